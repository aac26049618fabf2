"""Speed and TempEval-3 scores of ``temporal.tag`` on TimeBank and te3-platinum, without and with the spaCy pass.

    python bench/temporal_bench.py [--repeat N] [--no-record]

``tag`` alone is pure Python (regular expressions and calendar arithmetic) and
runs on one core: its rate is documents per second of the process's CPU time
over the 183 TimeBank documents, the median of ``--repeat`` passes, which is
what one core does whatever else the machine runs; the wall-clock rate is
printed beside it (on a shared machine it is lower by the time the process
waits for a core). Its scores are printed for TimeBank's development part, its
held-back part (every fifth document by file name: only scored, never read)
and all of it, and for the 20 te3-platinum documents. The pipeline also parses
each text with spaCy, whose tense of each clause ``tag`` takes as a hint: that
pass is timed and scored on te3-platinum. Appends to bench/results.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
TIMEML = ROOT.parent / "shared" / "corpus" / "timeml"
sys.path.insert(0, str(HERE))

from ingest_bench import machine, report  # noqa: E402  (beside this file)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=9, help="passes over the 183 TimeBank documents for the tag-only rate")
    parser.add_argument("--no-record", action="store_true")
    args = parser.parse_args()

    from tidings import nlp, temporal, timeml
    from tidings.actors import ArticleActors
    from tidings.pipeline import language

    timebank = timeml.read_folder(TIMEML / "timebank")
    platinum = timeml.read_folder(TIMEML / "te3-platinum")
    rates, wall = [], []
    for _ in range(args.repeat):
        c0, t0 = time.process_time(), time.perf_counter()
        for d in timebank:
            temporal.tag(d.text, d.dct)
        rates.append(len(timebank) / (time.process_time() - c0))
        wall.append(len(timebank) / (time.perf_counter() - t0))
    tag_rate = statistics.median(rates)
    scored = [
        (f"TimeBank {part} ({len(timeml.part(timebank, part))} documents)", timeml.score(timeml.part(timebank, part)))
        for part in timeml.PARTS
    ]
    scored.append((f"te3-platinum ({len(platinum)} documents)", timeml.score(platinum)))

    pipe = language()
    t0 = time.perf_counter()
    parsed = list(pipe.pipe((d.text for d in platinum), batch_size=32))
    by_text = {}
    for d, doc in zip(platinum, parsed, strict=True):
        ArticleActors(doc)  # the actors stage, timed as in the pipeline
        by_text[d.text] = temporal.tag(d.text, d.dct, tense_of=nlp.tense_lookup(doc))
    with_spacy = len(platinum) / (time.perf_counter() - t0)
    parsed_score = timeml.score(platinum, lambda text, _dct: by_text[text])

    lines = [
        f"### {dt.date.today().isoformat()}: temporal.tag on TimeBank (183 documents) and te3-platinum (20)",
        "",
        f"Machine: {machine()}. One process, one core.",
        "",
        f"`tag` alone (lexical tense): **{tag_rate:.0f} documents/s** of one core's CPU time on TimeBank, median of "
        f"{args.repeat} passes (slowest {min(rates):.0f}, fastest {max(rates):.0f}); wall clock {statistics.median(wall):.0f} "
        f"documents/s (slowest {min(wall):.0f}; load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores).",
        "",
        "| corpus | relaxed F1 | strict F1 | value accuracy | value F1 |",
        "|---|---|---|---|---|",
        *(f"| {name} | {s.relaxed_f1:.3f} | {s.strict_f1:.3f} | {s.value_accuracy:.3f} | {s.value_f1:.3f} |" for name, s in scored),
        f"| te3-platinum, spaCy parse + actors + `tag` with the parse's tense as a hint ({with_spacy:.1f} documents/s) "
        f"| {parsed_score.relaxed_f1:.3f} | {parsed_score.strict_f1:.3f} | {parsed_score.value_accuracy:.3f} | {parsed_score.value_f1:.3f} |",
        "",
        "Published value F1: HeidelTime 0.776 on te3-platinum (NavyTime 0.710, SUTime 0.674), 0.798 on TimeBank "
        "with this scorer; HeidelTime runs at about 2 documents/s.",
        "",
    ]
    report("\n".join(lines), record=not args.no_record)


if __name__ == "__main__":
    main()
