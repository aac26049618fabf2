"""Speed of ``temporal.tag`` on the TempEval-3 platinum texts, without and with the spaCy pass.

    python bench/temporal_bench.py [--repeat N] [--no-record]

``tag`` alone is pure Python (regular expressions and calendar arithmetic);
the pipeline also parses each text with spaCy, which gives ``tag`` the tense
of each clause. Both rates are documents per second on one core; the
TempEval-3 scores of both are printed too. Appends to bench/results.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
PLATINUM = ROOT.parent / "shared" / "corpus" / "timeml" / "te3-platinum"
sys.path.insert(0, str(HERE))

from ingest_bench import machine, report  # noqa: E402  (beside this file)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=20, help="passes over the 20 documents for the tag-only rate")
    parser.add_argument("--no-record", action="store_true")
    args = parser.parse_args()

    from tidings import nlp, temporal, timeml
    from tidings.actors import ArticleActors
    from tidings.pipeline import language

    docs = timeml.read_folder(PLATINUM)
    rates = []
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        for d in docs:
            temporal.tag(d.text, d.dct)
        rates.append(len(docs) / (time.perf_counter() - t0))
    tag_rate = statistics.median(rates)
    plain = timeml.score(docs)

    pipe = language()
    t0 = time.perf_counter()
    parsed = list(pipe.pipe((d.text for d in docs), batch_size=32))
    by_text = {}
    for d, doc in zip(docs, parsed, strict=True):
        ArticleActors(doc)  # the actors stage, timed as in the pipeline
        by_text[d.text] = temporal.tag(d.text, d.dct, tense_of=nlp.tense_lookup(doc))
    with_spacy = len(docs) / (time.perf_counter() - t0)
    parsed_score = timeml.score(docs, lambda text, _dct: by_text[text])

    lines = [
        f"### {dt.date.today().isoformat()}: temporal.tag on the {len(docs)} TempEval-3 platinum documents",
        "",
        f"Machine: {machine()}. One process, one core.",
        "",
        "| pass | documents/s | relaxed F1 | strict F1 | value accuracy | value F1 |",
        "|---|---|---|---|---|---|",
        f"| `tag` alone (lexical tense), median of {args.repeat} passes | {tag_rate:.0f} | {plain.relaxed_f1:.3f} | {plain.strict_f1:.3f} | {plain.value_accuracy:.3f} | {plain.value_f1:.3f} |",
        f"| spaCy parse + actors + `tag` with the parse's tense | {with_spacy:.1f} | {parsed_score.relaxed_f1:.3f} | {parsed_score.strict_f1:.3f} | {parsed_score.value_accuracy:.3f} | {parsed_score.value_f1:.3f} |",
        "",
        "Published on this set (value F1): HeidelTime 0.776, NavyTime 0.710, SUTime 0.674; HeidelTime runs at about 2 documents/s.",
        "",
    ]
    report("\n".join(lines), record=not args.no_record)


if __name__ == "__main__":
    main()
