"""News timeline summarization on Timeline17, with the protocol and metrics of news-tls, through the user's path.

Gholipour Ghalandari & Ifrim (ACL 2020): for each gold timeline, the input is
the topic's articles published within the gold's first and last dates; the
system outputs as many dates as the gold has (L), with the gold's mean number
of sentences per date (K, rounded). Scores: date F1 (exact days), and
alignment-based ROUGE-1/2 (``tilse``'s
``evaluate_align_date_content_costs_many_to_one``), averaged over timelines as
news-tls does (mean precision and recall, then F1).

tidings runs as a user runs it: the articles within the gold's span are
written to a JSONL file and ingested into a fresh store with ``tidings
ingest``; the timeline is ``tidings timeline --since START --until END
--max-dates L --per-date K --format json`` (the CLI's default source, no
``--topic``). Beside it, the publication-count baseline: the L days on which
the most articles were published, each summarised by the K sentences, among
the first five of that day's articles, closest to their TF-IDF centroid (no
repeats): news-tls' publication-count date ranker with its "P" sentences.

The mean is reported with and without EgyptianProtest, whose gold has a date on
every day of its span (any system scores date F1 1.0 there).

``tilse`` runs with ``rouge_computation="reimpl"``, its Python ROUGE-1/2 with
ROUGE-1.5.5's stemming and stopword list: the Perl original needs a fork of
pyrouge that is not on PyPI. tilse's authors say the two differ little.

    python bench/tls.py                  # needs: make bench-tls (installs tilse)
    python bench/tls.py --reuse          # reuse the stores of bench/out/tls (keyed by topic and span) while iterating

Each topic's store is kept in ``bench/out/tls/<topic>_<start>_<end>/`` (git-ignored)
with its ingest time; ``--reuse`` skips the ingest when it is there. A recorded
run should ingest afresh (no ``--reuse``).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import shutil
import subprocess
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import t17  # noqa: E402  (the loader beside this file)
from ingest_bench import machine, report  # noqa: E402

OUT = HERE / "out" / "tls"
TIDINGS = Path(sys.executable).parent / "tidings"
LEAD = 5  # the baseline summarises a day from the first five sentences of its articles (news-tls' "P" sentences)
WHOLE_SPAN = "EgyptianProtest_cnn"  # its gold dates every day of its span

# Published averages on the full Timeline17 benchmark (news-tls, ACL 2020, Table 4).
DATEWISE = {"date_f1": 0.544, "rouge_1": 0.120, "rouge_2": 0.035}


@dataclass(frozen=True, eq=False)
class Case:
    """One gold timeline and the input it is built from."""

    topic: str
    gold: dict[dt.date, list[str]]

    @property
    def start(self) -> str:
        return min(self.gold).isoformat()

    @property
    def end(self) -> str:
        return max(self.gold).isoformat()

    @property
    def max_dates(self) -> int:
        return len(self.gold)

    @property
    def per_date(self) -> int:
        return max(1, round(sum(len(s) for s in self.gold.values()) / len(self.gold)))

    @property
    def folder(self) -> Path:
        return OUT / f"{self.topic}_{self.start}_{self.end}"

    @property
    def db(self) -> Path:
        return self.folder / "tidings.db"


def cases(topics: Sequence[str]) -> list[Case]:
    out = []
    for topic in topics:
        for line in (t17.T17 / topic / "timelines.jsonl").read_text(encoding="utf-8").splitlines():
            if line.strip():
                gold = {dt.date.fromisoformat(d[:10]): [s.strip() for s in sents] for d, sents in json.loads(line)}
                out.append(Case(topic, gold))
    return out


def ingest(case: Case, reuse: bool) -> dict[str, Any]:
    """``tidings ingest`` of the topic's articles within the gold's span into the case's store (or the cached one)."""
    meta = case.folder / "ingest.json"
    if reuse and meta.exists() and case.db.exists():
        return dict(json.loads(meta.read_text(encoding="utf-8")))
    if case.folder.exists():
        shutil.rmtree(case.folder)
    case.folder.mkdir(parents=True)
    articles = [a for a in t17.load([case.topic]) if case.start <= a.published <= case.end]
    jsonl = case.folder / "articles.jsonl"
    t17.write_jsonl(articles, jsonl)
    t0 = time.perf_counter()
    done = subprocess.run(
        [str(TIDINGS), "ingest", str(jsonl), "--db", str(case.db), "--no-progress", "--json"], check=True, capture_output=True, text=True
    )
    seconds = time.perf_counter() - t0
    summary = json.loads(done.stdout)
    info = {"articles": summary["new"], "rejected": summary["rejected"], "ingest_seconds": seconds}
    meta.write_text(json.dumps(info), encoding="utf-8")
    return info


def cli_timeline(case: Case, topic: str | None = None) -> tuple[dict[str, list[str]], float]:
    """The timeline the CLI prints for the case (default source), and the seconds the command took."""
    cmd = [str(TIDINGS), "timeline", "--db", str(case.db), "--since", case.start, "--until", case.end]
    cmd += ["--max-dates", str(case.max_dates), "--per-date", str(case.per_date), "--format", "json"]
    if topic:
        cmd += ["--topic", topic]
    t0 = time.perf_counter()
    done = subprocess.run(cmd, check=True, capture_output=True, text=True)
    seconds = time.perf_counter() - t0
    return {d["date"]: d["summary"] for d in json.loads(done.stdout)["dates"]}, seconds


def event_filter(case: Case) -> Any:
    """The events ``tidings timeline --since START --until END`` reads."""
    from tidings.store import EventFilter

    return EventFilter(since=case.start, until=case.end)


def baseline(case: Case) -> dict[str, list[str]]:
    """The L days with the most articles published; each day's K lead sentences nearest their TF-IDF centroid."""
    from tidings.store import Store

    store = Store(case.db, readonly=True)
    try:
        sentences = store.sentences(case.start, case.end)
    finally:
        store.close()
    articles: dict[str, set[str]] = defaultdict(set)
    by_day: dict[str, list[str]] = defaultdict(list)
    for s in sentences:
        if s.published:
            articles[s.published].add(s.article_id)
            if s.index < LEAD and 6 <= len(s.text.split()) <= 60:
                by_day[s.published].append(" ".join(s.text.split()))
    days = sorted(articles, key=lambda d: (-len(articles[d]), d))[: case.max_dates]
    return {d: _central(by_day[d], case.per_date) for d in days}


def _central(texts: list[str], k: int) -> list[str]:
    bags = [Counter(w.lower() for w in t.split() if w.isalpha() and len(w) > 2) for t in texts]
    df: Counter[str] = Counter(w for b in bags for w in b)
    vectors = []
    for b in bags:
        v = {w: c * math.log(len(bags) / df[w]) for w, c in b.items()}
        norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
        vectors.append({w: x / norm for w, x in v.items()})
    centroid: dict[str, float] = defaultdict(float)
    for v in vectors:
        for w, x in v.items():
            centroid[w] += x

    def cos(a: dict[str, float], b: dict[str, float]) -> float:
        return sum(x * b.get(w, 0.0) for w, x in a.items())

    picked: list[int] = []
    for i in sorted(range(len(texts)), key=lambda i: (-cos(vectors[i], centroid), i)):
        if texts[i] not in (texts[j] for j in picked) and all(cos(vectors[i], vectors[j]) <= 0.5 for j in picked):
            picked.append(i)
        if len(picked) == k:
            break
    return [texts[i] for i in picked]


def average(results: list[dict[str, float]]) -> dict[str, float]:
    p = sum(r["precision"] for r in results) / len(results)
    r = sum(r["recall"] for r in results) / len(results)
    return {"precision": p, "recall": r, "f_score": 2 * p * r / (p + r) if p + r else 0.0}


class Scorer:
    """Date F1 and tilse's alignment-based ROUGE-1/2 (date and content costs, many-to-one), as news-tls scores."""

    def __init__(self) -> None:
        try:
            from tilse.evaluation import rouge
        except ImportError:
            raise SystemExit("tilse is not installed: run `make bench-tls`") from None
        import spacy

        self.tokenizer = spacy.blank("en").tokenizer
        self.evaluator = rouge.TimelineRougeEvaluator(measures={"rouge_1", "rouge_2"}, rouge_computation="reimpl")

    def __call__(self, pred: dict[str, list[str]], gold: dict[dt.date, list[str]]) -> dict[str, dict[str, float]]:
        """Scores of a timeline; an entry that is not a day (a week, a month) counts as a wrong date."""
        from tilse.data.timelines import GroundTruth, Timeline

        def tokenize(text: str) -> str:
            return " ".join(t.text for t in self.tokenizer(text))

        days = {dt.date.fromisoformat(d): sents for d, sents in pred.items() if len(d) == 10}
        system = Timeline({d: [tokenize(s) for s in sents] for d, sents in days.items()})
        rouge = self.evaluator.evaluate_align_date_content_costs_many_to_one(system, GroundTruth([Timeline(gold)]))
        shared = len(set(days) & set(gold))
        p = shared / len(pred) if pred else 0.0
        r = shared / len(gold)
        dates = {"precision": p, "recall": r, "f_score": 2 * p * r / (p + r) if p + r else 0.0}
        return {"dates": dates, "rouge_1": rouge["rouge_1"], "rouge_2": rouge["rouge_2"]}


def triple(scores: dict[str, dict[str, float]], bold: bool = False) -> str:
    """Date F1 | ROUGE-1 F | ROUGE-2 F."""
    mark = "**" if bold else ""
    return " | ".join(f"{mark}{scores[k]['f_score']:.3f}{mark}" for k in ("dates", "rouge_1", "rouge_2"))


def mean(rows: list[dict[str, Any]], system: str) -> dict[str, dict[str, float]]:
    """The mean over timelines of a system's scores, as news-tls averages (mean precision and recall, then F1)."""
    return {k: average([r[system][k] for r in rows]) for k in ("dates", "rouge_1", "rouge_2")}


def means(rows: list[dict[str, Any]]) -> list[tuple[str, list[dict[str, Any]]]]:
    """All timelines, and all but the one whose gold dates every day of its span."""
    return [("mean", rows), (f"mean without {WHOLE_SPAN}", [r for r in rows if r["case"].topic != WHOLE_SPAN])]


def keywords(case: Case) -> str:
    """The benchmark's topic keywords, as a user would give them to ``--topic``."""
    return " ".join(json.loads((t17.T17 / case.topic / "keywords.json").read_text(encoding="utf-8")))


def table(rows: list[dict[str, Any]]) -> list[str]:
    lines = [
        "| topic | L | K | articles | tidings date F1 | R-1 | R-2 | baseline date F1 | R-1 | R-2 | `--topic` date F1 | R-1 | R-2 | ingest s | timeline s |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        c = r["case"]
        lines.append(
            f"| {c.topic} | {c.max_dates} | {c.per_date} | {r['articles']} | {triple(r['tidings'])} | {triple(r['baseline'])} |"
            f" {triple(r['topic'])} | {r['ingest_seconds']:.0f} | {r['timeline_seconds']:.2f} |"
        )
    for label, subset in means(rows):
        if subset:
            lines.append(
                f"| **{label}** | | | | {triple(mean(subset, 'tidings'), bold=True)} | {triple(mean(subset, 'baseline'))} |"
                f" {triple(mean(subset, 'topic'))} | | |"
            )
    published = " | ".join(f"{DATEWISE[k]:.3f}" for k in ("date_f1", "rouge_1", "rouge_2"))
    lines.append(f"| DATEWISE (published, full T17) | | | | {published} |" + " |" * 8)
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--no-record", action="store_true", help="do not append to bench/results.md")
    parser.add_argument("--reuse", action="store_true", help="reuse the cached stores of bench/out/tls (no fresh ingest; records nothing)")
    parser.add_argument("--topics", nargs="*", help="topic folders (default: all of ../shared/corpus/t17)")
    parser.add_argument("--ingest-only", action="store_true", help="build (or reuse) the stores and stop")
    args = parser.parse_args()
    topics = args.topics or sorted(p.name for p in t17.T17.iterdir() if p.is_dir())
    todo = cases(topics)
    ingested = [ingest(c, args.reuse) for c in todo]
    if args.ingest_only:
        for c, info in zip(todo, ingested, strict=True):
            print(c.folder.name, info)
        return
    score = Scorer()
    rows = []
    for c, info in zip(todo, ingested, strict=True):
        built, seconds = cli_timeline(c)
        on_topic, _ = cli_timeline(c, keywords(c))
        rows.append(
            {
                "case": c,
                **info,
                "timeline_seconds": seconds,
                "tidings": score(built, c.gold),
                "baseline": score(baseline(c), c.gold),
                "topic": score(on_topic, c.gold),
            }
        )
    ingest_s = sum(r["ingest_seconds"] for r in rows)
    build_s = sum(r["timeline_seconds"] for r in rows)
    lines = [
        f"### {dt.date.today().isoformat()}: news timeline summarization on Timeline17 ({len(todo)} timelines, news-tls protocol, user path)",
        "",
        f"Machine: {machine()}. tilse 0.2.1 (`reimpl` ROUGE), `evaluate_align_date_content_costs_many_to_one`.",
        "Input: the articles within the gold's span, `tidings ingest`; then `tidings timeline --since START --until END --max-dates L"
        " --per-date K --format json` (default source; `--topic` adds the benchmark's keywords.json). Baseline: the L days with the most"
        " articles published, each told by the K sentences among its articles' first five nearest their TF-IDF centroid."
        " The date ranker's shipped weights were trained on these three topics: these figures are in-sample; the"
        " leave-one-topic-out figures are recorded by `training/timeline_dates.py`.",
        "",
        *table(rows),
        "",
        f"Timeline construction / ingest time: **{build_s / ingest_s:.4f}** ({build_s:.2f} s for the `tidings timeline` commands,"
        f" process start included, against {ingest_s:.0f} s of `tidings ingest` for {sum(r['articles'] for r in rows)} articles;"
        " the target is below 0.1).",
        "",
    ]
    report("\n".join(lines), record=not args.no_record and not args.reuse)


if __name__ == "__main__":
    main()
