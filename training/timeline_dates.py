"""Train the timeline's date ranker by leave-one-topic-out on the Timeline17 topics, and ship its weights.

    python bench/tls.py --ingest-only      # once: the topics' stores under bench/out/tls (tidings ingest)
    python training/timeline_dates.py      # needs tilse (make bench-tls)

The architecture and every hyper-parameter are in ``training/timeline_dates.cfg``.
For each topic in turn, the ranker is trained on the other topics' days alone
and the held-out topic's timeline is built with ``timeline.compose`` (what
``tidings timeline`` runs) and scored as ``bench/tls.py`` scores it: date F1
and alignment-based ROUGE-1/2, beside the publication-count baseline. Then the
ranker is trained on every topic and its weights are written to
``src/tidings/data/timeline_dates.tsv``, with the fold scores in its header.
A gold timeline whose every day is a gold date (EgyptianProtest) gives no pair
to learn from: it counts in the scores, not in the training.
"""

from __future__ import annotations

import argparse
import configparser
import datetime as dt
import sys
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import tls  # noqa: E402  (the benchmark's cases, stores, baseline and scorer)
from tidings import timeline  # noqa: E402
from tidings.store import Store  # noqa: E402

CONFIG = Path(__file__).with_suffix(".cfg")
WEIGHTS = ROOT / "src" / "tidings" / "data" / "timeline_dates.tsv"


class Topic:
    """One gold timeline with its store's material, its days' features and their gold labels."""

    def __init__(self, case: tls.Case, names: list[str]) -> None:
        if not case.db.exists():
            raise SystemExit(f"no store for {case.topic}: run `python bench/tls.py --ingest-only` first")
        store = Store(case.db, readonly=True)
        try:
            self.sentences = store.sentences(case.start, case.end)
            self.events = store.events(tls.event_filter(case))
        finally:
            store.close()
        self.case = case
        evidence = timeline.gather(self.sentences, self.events, lambda d: len(d) == 10 and case.start <= d <= case.end)
        self.days = sorted(evidence)
        self.x = np.array([[timeline.features(evidence[d])[n] for n in names] for d in self.days])
        gold = {d.isoformat() for d in case.gold}
        self.y = np.array([d in gold for d in self.days])


def train(topics: list[Topic], l2: float, rate: float, iterations: int) -> np.ndarray:
    """Pairwise logistic ranking: minimise the mean over each topic's (gold, other) pairs of log(1 + exp(-(x_gold - x_other) w))."""
    pairs = []
    for t in topics:
        pos, neg = t.x[t.y], t.x[~t.y]
        if len(pos) and len(neg):
            pairs.append((pos[:, None, :] - neg[None, :, :]).reshape(-1, t.x.shape[1]))
    w = np.zeros(topics[0].x.shape[1])
    if not pairs:
        return w
    for _ in range(iterations):
        grad = l2 * w
        for diff in pairs:
            grad -= (diff * (1 / (1 + np.exp(diff @ w)))[:, None]).mean(0) / len(pairs)
        w -= rate * grad
    return w


def evaluate(topic: Topic, model: timeline.DateModel, score: tls.Scorer) -> dict[str, Any]:
    case = topic.case
    built = timeline.compose(
        topic.sentences, topic.events, max_dates=case.max_dates, per_date=case.per_date, start=case.start, end=case.end, model=model
    )
    return {"tidings": score({d.date: d.summary for d in built}, case.gold), "baseline": score(tls.baseline(case), case.gold)}


def folds(topics: list[Topic], names: list[str], l2: float, rate: float, iterations: int, score: tls.Scorer) -> list[dict[str, Any]]:
    """Each topic held out in turn: the weights learned from the others, and the held-out timeline's scores."""
    rows = []
    for held in topics:
        w = train([t for t in topics if t is not held], l2, rate, iterations)
        rows.append({"case": held.case, "weights": w, **evaluate(held, timeline.DateModel(dict(zip(names, w, strict=True))), score)})
    return rows


def record(rows: list[dict[str, Any]], names: list[str], l2: float, trained: str, spread: dict[float, list[dict[str, Any]]]) -> None:
    """The fold table in bench/results.md, as the benchmarks record theirs."""
    text = [
        f"### {dt.date.today().isoformat()}: the timeline's date ranker, leave-one-topic-out on Timeline17 (`training/timeline_dates.py`)",
        "",
        f"Machine: {tls.machine()}. Features: {', '.join(names)} (logarithms); pairwise logistic ranker, L2 {l2}."
        " Each row: the ranker trained on the other topics alone, the held-out topic's timeline built by `timeline.compose`"
        " (what `tidings timeline` runs) from its store of `bench/out/tls`, scored as `bench/tls.py` scores.",
        "",
        "| held-out topic | weights learned without it | tidings date F1 | R-1 | R-2 | baseline date F1 | R-1 | R-2 |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        weights = ", ".join(f"{n} {x:+.3f}" for n, x in zip(names, r["weights"], strict=True))
        text.append(f"| {r['case'].topic} | {weights} | {tls.triple(r['tidings'])} | {tls.triple(r['baseline'])} |")
    for label, subset in tls.means(rows):
        text.append(
            f"| **{label}** | | {tls.triple(tls.mean(subset, 'tidings'), bold=True)} | {tls.triple(tls.mean(subset, 'baseline'))} |"
        )
    text += ["", trained + ".", "", "How the folds move with the L2 strength (date F1 / ROUGE-1 of each held-out topic):", ""]
    text += ["| L2 | " + " | ".join(r["case"].topic for r in rows) + " |", "|---|" + "---|" * len(rows)]
    for strength, other in sorted({**spread, l2: rows}.items()):
        cells = " | ".join(f"{r['tidings']['dates']['f_score']:.3f} / {r['tidings']['rouge_1']['f_score']:.3f}" for r in other)
        text.append(f"| {strength:g} | {cells} |")
    text.append("")
    tls.report("\n".join(text))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--no-write", action="store_true", help="report the folds, write no weights")
    args = parser.parse_args()
    cfg = configparser.ConfigParser()
    cfg.read(CONFIG)
    names = cfg["model"]["features"].split()
    l2, rate, iterations = cfg.getfloat("model", "l2"), cfg.getfloat("model", "learning_rate"), cfg.getint("model", "iterations")
    topics = [Topic(c, names) for c in tls.cases(cfg["data"]["topics"].split())]
    score = tls.Scorer()
    rows = folds(topics, names, l2, rate, iterations, score)
    spread = {strength: folds(topics, names, strength, rate, iterations, score) for strength in (l2 / 10, l2 * 10)}
    final = train(topics, l2, rate, iterations)
    lines = [
        f"leave-one-topic-out ({dt.date.today().isoformat()}): features {' '.join(names)}; l2 {l2}",
        "held-out topic | weights | tidings date F1 / ROUGE-1 / ROUGE-2 | baseline date F1 / ROUGE-1 / ROUGE-2",
    ]
    for r in rows:
        lines.append(
            f"{r['case'].topic} | {' '.join(f'{x:+.3f}' for x in r['weights'])} | {tls.triple(r['tidings'])} | {tls.triple(r['baseline'])}"
        )
    for label, subset in tls.means(rows):
        lines.append(f"{label} | | {tls.triple(tls.mean(subset, 'tidings'))} | {tls.triple(tls.mean(subset, 'baseline'))}")
    trained = "trained on every topic (shipped): " + " ".join(f"{n} {x:+.4f}" for n, x in zip(names, final, strict=True))
    print("\n".join(lines))
    print(trained)
    if not args.no_write:
        record(rows, names, l2, trained, spread)
        header = [
            "# The timeline's date ranker (tidings.timeline.DateModel): feature, weight. Written by training/timeline_dates.py",
            f"# from training/timeline_dates.cfg, trained on {' '.join(t.case.topic for t in topics)} (Timeline17).",
            "# A user data directory's timeline_dates.tsv overrides a weight by naming its feature again.",
            *(f"# {line}" for line in lines),
        ]
        body = [f"{n}\t{x:.4f}" for n, x in zip(names, final, strict=True)]
        WEIGHTS.write_text("\n".join(header + body) + "\n", encoding="utf-8")
        print(f"wrote {WEIGHTS.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
