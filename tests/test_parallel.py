"""Parallel ingest gives the store a serial one gives: on worker processes, on a Dask cluster, in two steps, after a kill."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import psutil
import pytest

from tests.conftest import EXAMPLES, SEEDS, require_shared
from tidings import corpora, export, shards
from tidings.errors import InputError
from tidings.ingest import read_inputs
from tidings.parallel import InProcess, Processes, in_order
from tidings.pipeline import SHARD_KINDS, IngestSummary, analyse_batch, batches, extract_shards, ingest_paths, link_shards
from tidings.settings import Settings
from tidings.store import Store

# Small batches: the corpus makes a dozen work units, so that they complete out of order.
SETTINGS = Settings(batch_size=4)
TOPIC, N_ARTICLES = "LibyaWar_reuters", 40
MANIFEST = SEEDS / "manifest.jsonl"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """The five seed articles and the first 40 articles of a Timeline17 topic (a fixed subset)."""
    require_shared()
    path = tmp_path_factory.mktemp("corpus") / f"{TOPIC}.jsonl"
    corpora.write_jsonl(corpora.t17_articles([TOPIC])[:N_ARTICLES], path)
    return [*sorted(str(p) for p in SEEDS.glob("*.txt")), str(path)]


def ingest(inputs: list[str], db: Path, **kwargs: object) -> IngestSummary:
    store = Store(db)
    try:
        return ingest_paths(inputs, store, SETTINGS, manifest=MANIFEST, **kwargs)  # type: ignore[arg-type]
    finally:
        store.close()


def snapshot(db: Path) -> tuple[str, list[tuple[object, ...]]]:
    """The export (JSONL, every event with its id and sources) and every row that is not a time stamp."""
    store = Store(db, readonly=True)
    exported = "".join(export.render(store.events(), "jsonl"))
    store.close()
    con = sqlite3.connect(db)
    rows: list[tuple[object, ...]] = []
    for table, cols in (
        ("articles", "id, source, published, text"),
        ("rejected", "digest, source, reason, detail"),
        ("events", "id, record"),
        ("mentions", "event_id, article_id, start, record"),
        ("entities", "key, name, aliases"),
        ("event_participants", "event_id, entity_key, role"),
        ("sentence_days", "article_id, idx, day"),
    ):
        rows += sorted(((table, *r) for r in con.execute(f"SELECT {cols} FROM {table}")), key=repr)  # noqa: S608 (fixed names)
    con.close()
    return exported, rows


@pytest.fixture(scope="module")
def serial(corpus: list[str], tmp_path_factory: pytest.TempPathFactory) -> tuple[IngestSummary, tuple[str, list[tuple[object, ...]]]]:
    """The serial ingest (this process, one batch after the other): the reference."""
    db = tmp_path_factory.mktemp("serial") / "serial.db"
    summary = ingest(corpus, db)
    assert summary.read == N_ARTICLES + 5 and summary.failed == 0
    assert [r.reason for r in summary.rejected] == ["empty"]  # one of the 40 records has no text
    assert summary.events_created > 100
    return summary, snapshot(db)


def test_in_order_reassembles_and_bounds_the_work_out() -> None:
    """Units complete in any order; results come out in input order, never more than ``window`` out at once."""
    rng = random.Random(7)  # noqa: S311 (a fixed order of completion, not a secret)
    running: dict[int, int] = {}
    submitted: list[int] = []

    def submit(index: int, unit: int) -> None:
        running[index] = unit * unit
        submitted.append(index)

    def completed() -> tuple[int, int]:
        index = rng.choice(sorted(running))
        return index, running.pop(index)

    out = []
    for result in in_order(range(50), submit, completed, window=4):
        assert len(submitted) - len(out) <= 4  # out: submitted and not yet yielded
        out.append(result)
    assert out == [n * n for n in range(50)]
    assert list(in_order([], submit, completed, window=4)) == []


def test_two_worker_processes_give_the_serial_store_even_when_one_is_killed(corpus: list[str], serial, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """``--workers 2``; once the first batch is written, a worker is killed (-9): new workers run its batches again."""
    killed: list[int] = []

    def kill_one(_n: int) -> None:
        workers = [p for p in psutil.Process().children() if "spawn_main" in " ".join(p.cmdline())]
        if not killed and workers:
            workers[0].kill()
            killed.append(workers[0].pid)

    summary = ingest(corpus, tmp_path / "par.db", executor=Processes(2), progress=kill_one)
    assert killed
    assert summary.as_dict() == serial[0].as_dict()
    assert snapshot(tmp_path / "par.db") == serial[1]


def test_a_dask_cluster_gives_the_serial_store_even_when_a_worker_is_killed(corpus: list[str], serial, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A LocalCluster of two worker processes; once the first batch is written, one is killed (-9) while it analyses."""
    from distributed import Client, LocalCluster

    from tidings.cluster import Cluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, Client(cluster) as client:
        victim = next(iter(client.run(os.getpid).values()))
        killed: list[int] = []

        def kill_one(_n: int) -> None:
            if not killed:
                os.kill(victim, signal.SIGKILL)
                killed.append(victim)

        summary = ingest(corpus, tmp_path / "dask.db", executor=Cluster(cluster), progress=kill_one)
        assert killed and not psutil.pid_exists(victim)
    assert summary.as_dict() == serial[0].as_dict()
    assert snapshot(tmp_path / "dask.db") == serial[1]


def test_shards_then_link_give_the_serial_store_and_resume_shard_by_shard(corpus: list[str], serial, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "shards"
    first = extract_shards(corpus, folder, SETTINGS, manifest=MANIFEST, executor=Processes(2))
    n = first.shards
    assert n == len(shards.indices(folder)) > 2 and first.read == N_ARTICLES + 5 and first.skipped == 0

    # Killed before the end: a shard is missing. Linking refuses (it would link out of order); extracting again writes that one alone.
    (folder / shards.name(2)).unlink()
    with pytest.raises(InputError, match="lacks shard 2"):
        link_shards(folder, Store(":memory:"))
    again = extract_shards(corpus, folder, SETTINGS, manifest=MANIFEST, executor=InProcess())
    assert (again.shards, again.skipped, again.read) == (1, n - 1, first.read)

    store = Store(tmp_path / "linked.db")
    linked = link_shards(folder, store)
    relinked = link_shards(folder, store)
    store.close()
    assert linked.as_dict() == serial[0].as_dict()
    assert snapshot(tmp_path / "linked.db") == serial[1]
    assert relinked.new == 0 and relinked.duplicate == linked.new


def test_shard_records_round_trip(nlp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Every field of every record comes back from a shard as it went in (linking a shard is linking the records)."""
    items = list(read_inputs([str(EXAMPLES / "articles"), str(tmp_path / "missing.txt")]))
    results = [r for batch in batches(items, Settings()) for r in analyse_batch(batch, Settings())]
    assert {type(r).__name__ for r in results} == {"Analysis", "Rejection"}
    shards.write(tmp_path, 0, shards.key(items), results)
    assert shards.done(tmp_path, 0, shards.key(items)) and not shards.done(tmp_path, 0, "other")
    assert shards.read(tmp_path / shards.name(0), SHARD_KINDS) == results


def _children(pid: int) -> list[psutil.Process]:
    try:
        return psutil.Process(pid).children(recursive=True)
    except psutil.NoSuchProcess:
        return []


def _alive(process: psutil.Process) -> bool:
    try:
        return process.is_running() and process.status() != psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return False


def _wait(condition: Callable[[], bool], seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.2)
    return condition()


def _stored(db: Path) -> int:
    try:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
        try:
            return int(con.execute("SELECT COUNT(*) FROM articles").fetchone()[0])
        finally:
            con.close()
    except sqlite3.Error:
        return 0


def test_kill_9_of_a_parallel_ingest_and_a_rerun_complete_the_store(corpus: list[str], serial, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "k.db"
    command = [
        sys.executable,
        "-m",
        "tidings",
        "ingest",
        *corpus,
        "--manifest",
        str(MANIFEST),
        "--batch-size",
        "4",
        "--workers",
        "2",
        "--no-progress",
        "--db",
        str(db),
    ]
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        assert _wait(lambda: _stored(db) >= 8, 240), "the ingest wrote nothing"
        workers = _children(proc.pid)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert 8 <= _stored(db) < N_ARTICLES + 5
    # Orphaned workers notice and leave.
    assert _wait(lambda: not any(_alive(w) for w in workers), 30)
    subprocess.run(command, check=True, capture_output=True)
    assert snapshot(db) == serial[1]
