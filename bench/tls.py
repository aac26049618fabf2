"""News timeline summarization on Timeline17, with the protocol and metrics of news-tls.

Gholipour Ghalandari & Ifrim (ACL 2020): for each gold timeline, the input is
the topic's articles published within the gold's first and last dates; the
system outputs as many dates as the gold has, with the gold's mean number of
sentences per date (rounded). Scores: date F1 (exact days), and alignment-based
ROUGE-1/2 (``tilse``'s ``evaluate_align_date_content_costs_many_to_one``),
averaged over timelines as news-tls does (mean precision and recall, then F1).

``tilse`` runs with ``rouge_computation="reimpl"``, its Python ROUGE-1/2 with
ROUGE-1.5.5's stemming and stopword list: the Perl original needs a fork of
pyrouge that is not on PyPI. tilse's authors say the two differ little.

tidings is run as a user would: each topic's articles are ingested into a
fresh store (``tidings ingest``), then ``timeline.summarize`` builds the
timeline from the store's dated sentences and events. Nothing is tuned to these
topics: the method and its constants were fixed before the first run. Ingest
and timeline times are recorded; the timeline must take less than a tenth of
the ingest.

    python bench/tls.py            # needs: make bench-tls (installs tilse)
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import t17  # noqa: E402  (the loader beside this file)
from ingest_bench import machine, report  # noqa: E402

# Published averages on the full Timeline17 benchmark (news-tls, ACL 2020, Table 3).
DATEWISE = {"date_f1": 0.544, "rouge_1": 0.120, "rouge_2": 0.035}


def gold_timelines(topic: str) -> list[dict[dt.date, list[str]]]:
    out = []
    for line in (t17.T17 / topic / "timelines.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            out.append({dt.date.fromisoformat(d[:10]): [s.strip() for s in sents] for d, sents in json.loads(line)})
    return out


def date_scores(pred: set[dt.date], ref: set[dt.date]) -> dict[str, float]:
    shared = len(pred & ref)
    p = shared / len(pred) if pred else 0.0
    r = shared / len(ref) if ref else 0.0
    return {"precision": p, "recall": r, "f_score": 2 * p * r / (p + r) if p + r else 0.0}


def average(results: list[dict[str, float]]) -> dict[str, float]:
    p = sum(r["precision"] for r in results) / len(results)
    r = sum(r["recall"] for r in results) / len(results)
    return {"precision": p, "recall": r, "f_score": 2 * p * r / (p + r) if p + r else 0.0}


def run_topic(topic: str, evaluator: Any, tokenize: Any) -> list[dict[str, Any]]:
    from tilse.data.timelines import GroundTruth, Timeline

    from tidings import timeline
    from tidings.pipeline import ingest_paths
    from tidings.store import Store

    articles = t17.load([topic])
    out = []
    with tempfile.TemporaryDirectory(prefix="tidings-tls-") as tmp:
        jsonl = Path(tmp) / "articles.jsonl"
        t17.write_jsonl(articles, jsonl)
        store = Store(Path(tmp) / "tls.db")
        t0 = time.perf_counter()
        summary = ingest_paths([str(jsonl)], store)
        ingest_seconds = time.perf_counter() - t0
        for gold in gold_timelines(topic):
            dates = sorted(gold)
            start, end = dates[0].isoformat(), dates[-1].isoformat()
            per_date = max(1, round(sum(len(s) for s in gold.values()) / len(gold)))
            t1 = time.perf_counter()
            sentences = store.sentences(start, end)
            events = [e for e in store.events() if e.first_published and start <= e.first_published <= end]
            built = timeline.summarize(sentences, events, max_dates=len(dates), per_date=per_date, start=start, end=end)
            timeline_seconds = time.perf_counter() - t1
            pred = Timeline({dt.date.fromisoformat(d.date): [tokenize(s) for s in d.summary] for d in built})
            rouge = evaluator.evaluate_align_date_content_costs_many_to_one(pred, GroundTruth([Timeline(gold)]))
            out.append(
                {
                    "topic": topic,
                    "articles": summary.new,
                    "input_sentences": len(sentences),
                    "gold_dates": len(dates),
                    "per_date": per_date,
                    "dates": date_scores(set(pred.get_dates()), set(dates)),
                    "rouge_1": rouge["rouge_1"],
                    "rouge_2": rouge["rouge_2"],
                    "ingest_seconds": ingest_seconds,
                    "timeline_seconds": timeline_seconds,
                }
            )
        store.close()
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--no-record", action="store_true", help="do not append to bench/results.md")
    parser.add_argument("--topics", nargs="*", help="topic folders (default: all of ../shared/corpus/t17)")
    args = parser.parse_args()
    try:
        from tilse.evaluation import rouge
    except ImportError:
        raise SystemExit("tilse is not installed: run `make bench-tls`") from None
    import spacy

    tokenizer = spacy.blank("en").tokenizer

    def tokenize(text: str) -> str:
        return " ".join(t.text for t in tokenizer(text))

    evaluator = rouge.TimelineRougeEvaluator(measures={"rouge_1", "rouge_2"}, rouge_computation="reimpl")
    topics = args.topics or sorted(p.name for p in t17.T17.iterdir() if p.is_dir())
    results = [r for topic in topics for r in run_topic(topic, evaluator, tokenize)]
    avg = {k: average([r[k] for r in results]) for k in ("dates", "rouge_1", "rouge_2")}
    ingest = sum(r["ingest_seconds"] for r in results)
    build = sum(r["timeline_seconds"] for r in results)
    n_articles = sum(r["articles"] for r in results)
    lines = [
        f"### {dt.date.today().isoformat()}: news timeline summarization on Timeline17 ({len(topics)} topics, news-tls protocol)",
        "",
        f"Machine: {machine()}. tilse 0.2.1 (`reimpl` ROUGE), `evaluate_align_date_content_costs_many_to_one`.",
        "",
        "| topic | gold dates | sentences/date | input sentences | date F1 | ROUGE-1 F | ROUGE-2 F | ingest s | timeline s |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for r in results:
        lines.append(
            f"| {r['topic']} | {r['gold_dates']} | {r['per_date']} | {r['input_sentences']} | {r['dates']['f_score']:.3f} |"
            f" {r['rouge_1']['f_score']:.3f} | {r['rouge_2']['f_score']:.3f} | {r['ingest_seconds']:.0f} | {r['timeline_seconds']:.2f} |"
        )
    lines += [
        f"| **average** (tidings) | | | | **{avg['dates']['f_score']:.3f}** | **{avg['rouge_1']['f_score']:.3f}** |"
        f" **{avg['rouge_2']['f_score']:.3f}** | {ingest:.0f} | {build:.2f} |",
        f"| DATEWISE (published, full T17) | | | | {DATEWISE['date_f1']:.3f} | {DATEWISE['rouge_1']:.3f} | {DATEWISE['rouge_2']:.3f} | | |",
        "",
        f"Timeline construction / ingest time: **{build / ingest:.4f}** ({build:.2f} s against {ingest:.0f} s"
        f" for {n_articles} articles; the target is below 0.1).",
        "",
    ]
    report("\n".join(lines), record=not args.no_record)


if __name__ == "__main__":
    main()
