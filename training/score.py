"""Score tidings on real-news gold: the team's test (or training) split, or the shared news-gold.

    python training/score.py test            # the fixed test split (64 articles): never tuned on
    python training/score.py news-gold       # ../shared/corpus/news-gold (32 articles): never tuned on
    python training/score.py train           # the training split (development only)
    python training/score.py test --json     # the whole report as JSON

Prints precision, recall, F1, date accuracy and duplicates, per type, two
lenient views (ignoring dates, and also counting a participant found when one
of the right country takes part), and the scores of the events kept at each
``--min-confidence`` cut-off (the report model's probability).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

from tidings import corpora
from tidings.evaluate import GoldParticipant, Report, evaluate, load_gold, score

CONFIDENCE_CUTS = (0.2, 0.3, 0.4, 0.5)


def run(split: str) -> tuple[Report, Path, list[object]]:
    corpus, gold = corpora.real_news_gold(split, Path(tempfile.mkdtemp(prefix="tidings-score-")))
    report, events = evaluate([str(corpus)], gold, None)
    return report, gold, list(events)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("split", choices=["test", "train", "news-gold"])
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    report, gold_path, events = run(args.split)
    if args.json:
        json.dump(report.as_dict(), sys.stdout, indent=1)
        return
    o = report.overall
    print(f"{args.split}: P {o.precision:.3f}  R {o.recall:.3f}  F1 {o.f1:.3f}  (tp {o.tp}, fp {o.fp}, fn {o.fn})")
    print(f"date accuracy {report.date_accuracy:.3f} over {report.date_pairs}; duplicates {len(report.duplicates)}")
    for name, s in sorted(report.by_type.items()):
        print(f"  {name:<9} P {s.precision:.3f}  R {s.recall:.3f}  F1 {s.f1:.3f}  (tp {s.tp}, fp {s.fp}, fn {s.fn})")
    golds, _ = load_gold(gold_path)
    undated = [replace(g, date=None) for g in golds]
    lenient = score(undated, events)  # type: ignore[arg-type]
    print(f"ignoring dates: F1 {lenient.overall.f1:.3f} (P {lenient.overall.precision:.3f}, R {lenient.overall.recall:.3f})")
    countries = [
        replace(
            g,
            actors=tuple(GoldParticipant(None, p.country) if p.country else p for p in g.actors),
            recipients=tuple(GoldParticipant(None, p.country) if p.country else p for p in g.recipients),
        )
        for g in undated
    ]
    loose = score(countries, events)  # type: ignore[arg-type]
    print(
        f"ignoring dates, participants by country: F1 {loose.overall.f1:.3f} (P {loose.overall.precision:.3f}, R {loose.overall.recall:.3f})"
    )
    for cut in CONFIDENCE_CUTS:  # what a user who asks for --min-confidence gets
        kept = [e for e in events if getattr(e, "confidence", 0.0) >= cut]
        r = score(golds, kept)  # type: ignore[arg-type]
        print(
            f"--min-confidence {cut}: P {r.overall.precision:.3f}  R {r.overall.recall:.3f}  F1 {r.overall.f1:.3f}  "
            f"({len(kept)} events); date accuracy {r.date_accuracy:.3f}; duplicates {len(r.duplicates)}"
        )


if __name__ == "__main__":
    main()
