"""Parallel ingest throughput on the 728 Timeline17 articles: 1 and 2 workers, local processes and a Dask LocalCluster.

    python bench/scale_bench.py [--no-record] [--limit N] [--modes serial,processes-1,processes-2,dask-1,dask-2]
    python bench/scale_bench.py --writer [--no-record]

Each mode runs in a fresh process with a fresh store, over the same JSONL:

- ``serial``: ``tidings ingest --workers 1``: one process does everything (the reference);
- ``processes-N``: ``--workers N``: N spawned worker processes analyse, this process writes;
- ``dask-N``: a Dask ``LocalCluster`` of N worker processes (one thread each), started
  before the clock (a cluster is already running when one ingests into it), analyses.

The clock covers the whole ``ingest_paths`` call: worker start-up and model loading
included (for the serial mode too). The rate counts stored articles. Peak memory is
the peak RSS of the largest worker process and of the writer. The writer's own time
(``write_batch``: linking and SQLite) is measured apart: it is the part that does not
run in parallel. The exports of every mode are compared with the serial one.
The result is appended to bench/results.md with the machine and the date.

``--writer`` measures the part that does not scale out: the T17 articles are
extracted to shards, then linked by the one writer, shard by shard, and the
linking cost per article is compared between the first and the last quarter.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import t17  # noqa: E402  (the loader beside this file)
from ingest_bench import machine, report  # noqa: E402

MODES = ("serial", "processes-1", "processes-2", "dask-1", "dask-2")


def _mb(kb: float) -> float:
    return kb / 1024


def run(mode: str, jsonl: Path) -> dict[str, Any]:
    """One measurement, in this (fresh) process."""
    from tidings import export, pipeline
    from tidings.parallel import InProcess, Processes
    from tidings.store import Store

    writing = [0.0]
    write_batch = pipeline.write_batch

    def timed_write(*args, **kwargs):  # type: ignore[no-untyped-def]
        t0 = time.perf_counter()
        write_batch(*args, **kwargs)
        writing[0] += time.perf_counter() - t0

    pipeline.write_batch = timed_write  # type: ignore[assignment]
    kind, _, n = mode.partition("-")
    workers = int(n or 1)
    cluster = client = None
    if kind == "dask":
        from distributed import Client, LocalCluster

        from tidings.cluster import Cluster

        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None)
        client = Client(cluster)
        executor: Any = Cluster(cluster)
    else:
        executor = InProcess() if kind == "serial" else Processes(workers)
    load_before = Path("/proc/loadavg").read_text().split()[0]
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "bench.db")
        cpu0 = resource.getrusage(resource.RUSAGE_SELF)
        t0 = time.perf_counter()
        summary = pipeline.ingest_paths([str(jsonl)], store, executor=executor)
        seconds = time.perf_counter() - t0
        cpu1 = resource.getrusage(resource.RUSAGE_SELF)
        digest = hashlib.sha256("".join(export.render(store.events(), "jsonl")).encode()).hexdigest()[:16]
        counts = store.counts()
        store.close()
    if kind == "serial":
        worker_mb = _mb(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
        workers_cpu = 0.0
    elif kind == "processes":
        children = resource.getrusage(resource.RUSAGE_CHILDREN)  # the ended workers: the largest peak, their CPU time
        worker_mb = _mb(children.ru_maxrss)
        workers_cpu = children.ru_utime + children.ru_stime
    else:
        assert client is not None and cluster is not None
        usage = client.run(lambda: resource.getrusage(resource.RUSAGE_SELF)[:3])
        worker_mb = _mb(max(u[2] for u in usage.values()))
        workers_cpu = sum(u[0] + u[1] for u in usage.values())
        client.close()
        cluster.close()
    return {
        "mode": mode,
        "workers": workers,
        "articles": summary.new,
        "seconds": seconds,
        "rate": summary.new / seconds,
        "write_seconds": writing[0],
        "writer_cpu_seconds": (cpu1.ru_utime + cpu1.ru_stime) - (cpu0.ru_utime + cpu0.ru_stime),
        "workers_cpu_seconds": workers_cpu,
        "worker_peak_mb": worker_mb,
        "writer_peak_mb": _mb(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss),
        "events": counts["events"],
        "mentions": counts["mentions"],
        "export": digest,
        "load": f"{load_before}/{Path('/proc/loadavg').read_text().split()[0]}",
    }


def writer(jsonl: Path, record: bool) -> None:
    """The one writer alone: extract to shards (2 workers), then link them, timing each shard against the store's size."""
    from tidings.parallel import Processes
    from tidings.pipeline import extract_shards, link_shards
    from tidings.store import Store

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "shards"
        t0 = time.perf_counter()
        extracted = extract_shards([str(jsonl)], folder, executor=Processes(2))
        extract_seconds = time.perf_counter() - t0
        store = Store(Path(tmp) / "linked.db")
        marks: list[tuple[int, float]] = []
        t0 = time.perf_counter()
        summary = link_shards(folder, store, progress=lambda n: marks.append((n, time.perf_counter())))
        link_seconds = time.perf_counter() - t0
        counts = store.counts()
        store.close()
    quarter = len(marks) // 4
    times = [b - a for (_, a), (_, b) in zip([(0, t0), *marks], marks, strict=False)]
    first = sum(times[:quarter]) / sum(n for n, _ in marks[:quarter])
    last = sum(times[-quarter:]) / sum(n for n, _ in marks[-quarter:])
    lines = [
        f"### {dt.date.today().isoformat()}: the writer alone: {summary.new} Timeline17 articles extracted to shards, then linked",
        "",
        f"Machine: {machine()}.",
        "",
        "| step | articles/s | seconds |",
        "|---|---|---|",
        f"| `tidings ingest --shards` (2 worker processes) | {extracted.analysed / extract_seconds:.2f} | {extract_seconds:.1f} |",
        f"| `tidings link` (the one writer: decode, link, SQLite) | {summary.new / link_seconds:.1f} | {link_seconds:.1f} |",
        "",
        f"Linking cost per article: {first * 1000:.0f} ms in the first quarter of the shards, {last * 1000:.0f} ms in the last"
        f" ({counts['events']} events, {counts['entities']} entities at the end).",
        "",
    ]
    report("\n".join(lines), record=record)


def child(mode: str, jsonl: Path) -> dict[str, Any]:
    out = subprocess.run([sys.executable, __file__, "--child", mode, "--jsonl", str(jsonl)], check=True, capture_output=True, text=True)
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--no-record", action="store_true", help="do not append to bench/results.md")
    parser.add_argument("--modes", default=",".join(MODES), help="comma-separated, from: " + ", ".join(MODES))
    parser.add_argument("--limit", type=int, help="the first N articles only (a quick run; the recorded figures use all)")
    parser.add_argument("--writer", action="store_true", help="the writer alone: extract to shards, then time the linking")
    parser.add_argument("--table", type=Path, help="only print (and record) the table of the measurements saved in FILE (JSON lines)")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--jsonl", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(run(args.child, args.jsonl)))
        return
    if args.table:
        report(table([json.loads(line) for line in args.table.read_text().splitlines() if line.strip()]), record=not args.no_record)
        return
    if args.writer:
        with tempfile.TemporaryDirectory() as tmp:
            jsonl = Path(tmp) / "t17.jsonl"
            t17.write_jsonl(t17.load()[: args.limit], jsonl)
            writer(jsonl, record=not args.no_record)
        return
    modes = args.modes.split(",")
    articles = t17.load()[: args.limit]
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        jsonl = Path(tmp) / "t17.jsonl"
        t17.write_jsonl(articles, jsonl)
        for mode in modes:
            r = child(mode, jsonl)
            print(json.dumps(r), file=sys.stderr)
            results.append(r)
    report(table(results), record=not args.no_record)


def table(results: list[dict[str, Any]]) -> str:
    """The measurements as a results.md entry; speed-ups are against the serial run."""
    base = next((r for r in results if r["mode"] == "serial"), results[0])
    same = all(r["export"] == base["export"] for r in results)
    rows = []
    for r in results:
        speedup = r["rate"] / base["rate"]
        rows.append(
            f"| {r['mode']} | {r['workers']} | {r['rate']:.2f} | **{speedup:.2f}** | {r['seconds']:.1f} |"
            f" {r['write_seconds']:.1f} | {r['writer_cpu_seconds']:.1f} | {r.get('workers_cpu_seconds', '–'):.4} | {r['worker_peak_mb']:.0f} |"
            f" {r['writer_peak_mb']:.0f} | {r['events']} | {r['load']} |"
        )
    cpu = base["writer_cpu_seconds"] / base["articles"]
    parallel = [r for r in results if r["mode"] != "serial"]
    writer_cpu = min((r["writer_cpu_seconds"] / r["articles"] for r in parallel), default=0.0)
    lines = [
        f"### {dt.date.today().isoformat()}: parallel ingest of {base['articles']} Timeline17 articles (1 and 2 workers)",
        "",
        f"Machine: {machine()}. One run of each mode, each in a fresh process with a fresh store; the clock includes"
        " worker start-up and model loading; the Dask LocalCluster (1 thread per worker) is started before it.",
        "",
        "| mode | workers | articles/s | speed-up over serial | seconds | writer: write_batch s | writer CPU s | workers CPU s | peak RSS per worker MB | writer peak RSS MB | events | load average before/after |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|",
        *rows,
        "",
        f"Exports identical to the serial one: {'yes' if same else 'NO'} ({base['events']} events, {base['mentions']} mentions)."
        f" Serial CPU time per article: {cpu * 1000:.0f} ms; the writer's CPU time per article in a parallel run (linking,"
        f" SQLite, receiving results; the part that does not run in parallel): {writer_cpu * 1000:.0f} ms.",
        "",
    ]
    return "\n".join(lines)


if __name__ == "__main__":
    main()
