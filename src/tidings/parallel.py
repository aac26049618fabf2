"""Running work units elsewhere and getting their results back in order: here, on worker processes, or on a cluster.

The pipeline cuts its input into work units (batches of articles) and hands
an executor a function and the units; the executor runs ``fn(unit, *shared)``
for each unit somewhere and yields the results **in the order of the units**,
however they complete. This module knows no stage: the pipeline passes it the
function (``pipeline.analyse_batch``) and the one function every worker runs
when it starts (``pipeline.warm``).

Executors:

- ``InProcess``: here, one unit after the other, each computed only when the
  caller asks for it (the serial ingest, unchanged);
- ``Processes(n)``: ``n`` worker processes of this machine, started with the
  ``spawn`` method (a fresh interpreter that loads the model once, never a
  fork of a process that holds one); a worker that dies is replaced and the
  units it held are run again; an input of one unit runs here (starting
  workers would cost more than it saves);
- ``tidings.cluster.Cluster(address)``: the workers of a Dask cluster (the
  optional extra ``tidings[cluster]``).

``in_order`` is the reassembly they share: results are kept until every
earlier one has been yielded, and at most ``window`` units are out (running,
or done and waiting for an earlier one) at a time, so memory stays bounded
however long the input.
"""

from __future__ import annotations

import itertools
import logging
import multiprocessing
import os
import signal
import threading
import time
from collections.abc import Callable, Generator, Iterable
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from typing import Any, Protocol, TypeVar

from tidings.errors import WorkerError

log = logging.getLogger(__name__)

U = TypeVar("U")
R = TypeVar("R")
Start = Callable[[], object]

# How many times a pool of worker processes is replaced after a worker died before the ingest gives up.
RESTARTS = 2


class Executor(Protocol):
    """Runs ``fn(unit, *shared)`` for each unit and yields the results in the order of the units."""

    @property
    def remote(self) -> bool:
        """True when units run in other processes (``shared`` and the results are pickled)."""
        ...

    def map(
        self, fn: Callable[..., R], units: Iterable[U], shared: tuple[object, ...] = (), start: Start | None = None
    ) -> Generator[R, None, None]:
        """The results of ``fn(unit, *shared)``, in the order of ``units``; ``start`` runs once in each worker first."""
        ...


def in_order(
    units: Iterable[U], submit: Callable[[int, U], None], completed: Callable[[], tuple[int, R]], window: int
) -> Generator[R, None, None]:
    """The results of ``units`` in their order, at most ``window`` units out at a time.

    ``submit(i, unit)`` starts unit ``i``; ``completed()`` waits until any
    started unit is done and returns its index and result.
    """
    pending = iter(units)
    done: dict[int, R] = {}
    started = yielded = 0
    exhausted = False
    while True:
        while not exhausted and started - yielded < window:
            try:
                unit = next(pending)
            except StopIteration:
                exhausted = True
                break
            submit(started, unit)
            started += 1
        if yielded == started:
            return
        while yielded not in done:
            index, result = completed()
            done[index] = result
        yield done.pop(yielded)
        yielded += 1


class InProcess:
    """Each unit here, when the caller asks for its result: one after the other.

    ``start`` is not run: this process is the caller's, set up by it (the model loads when first needed).
    """

    remote = False

    def map(
        self, fn: Callable[..., R], units: Iterable[U], shared: tuple[object, ...] = (), start: Start | None = None
    ) -> Generator[R, None, None]:
        for unit in units:
            yield fn(unit, *shared)


class Processes:
    """``workers`` processes of this machine, each started once per ``map`` (``spawn``), ``start`` run in each.

    ``window`` (default: three units per worker) bounds the units out at a time.
    """

    remote = True

    def __init__(self, workers: int, window: int | None = None, method: str = "spawn") -> None:
        if workers < 1:
            raise ValueError("workers must be at least 1")
        self.workers = workers
        self.window = window or 3 * workers
        self.method = method

    def map(
        self, fn: Callable[..., R], units: Iterable[U], shared: tuple[object, ...] = (), start: Start | None = None
    ) -> Generator[R, None, None]:
        pending = iter(units)
        head = list(itertools.islice(pending, 2))
        if len(head) < 2:
            # One unit of work: starting workers would cost more than it saves.
            yield from InProcess().map(fn, head, shared, start)
            return
        yield from self._map(fn, itertools.chain(head, pending), shared, start)

    def _map(self, fn: Callable[..., R], units: Iterable[U], shared: tuple[object, ...], start: Start | None) -> Generator[R, None, None]:
        context = multiprocessing.get_context(self.method)
        out: dict[Future[R], tuple[int, U]] = {}
        pools: list[ProcessPoolExecutor] = []

        def new_pool() -> ProcessPoolExecutor:
            pool = ProcessPoolExecutor(self.workers, mp_context=context, initializer=_worker_start, initargs=(start, shared, os.getpid()))
            pools.append(pool)
            return pool

        pool = new_pool()

        def submit(index: int, unit: U) -> None:
            out[pool.submit(_worker_call, fn, unit)] = (index, unit)

        def completed() -> tuple[int, R]:
            nonlocal pool
            while True:
                finished, _ = wait(out, return_when=FIRST_COMPLETED)
                future = min(finished, key=lambda f: out[f][0])
                try:
                    result = future.result()
                except BrokenProcessPool as exc:
                    if len(pools) > RESTARTS:
                        raise WorkerError(
                            f"worker processes died {len(pools)} times (killed, or out of memory: try fewer --workers or a smaller"
                            " --batch-size); the store keeps every batch written so far: run the same command again to complete it"
                        ) from exc
                    log.warning("a worker process died; starting new workers and running its %d unit(s) again", len(out))
                    pool.shutdown(wait=False, cancel_futures=True)
                    pool = new_pool()
                    again = list(out.values())
                    out.clear()
                    for index, unit in again:
                        submit(index, unit)
                    continue
                index, _unit = out.pop(future)
                return index, result

        try:
            yield from in_order(units, submit, completed, self.window)
        finally:
            for p in pools:
                _stop(p)


def _stop(pool: ProcessPoolExecutor) -> None:
    """Shut a pool down without waiting for the units it still runs (an interrupted or failed ingest)."""
    processes = list((getattr(pool, "_processes", None) or {}).values())  # the standard library's own record of its workers
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        if process.is_alive():
            process.terminate()
    for process in processes:
        process.join(timeout=5)


# -- in the worker processes --------------------------------------------------------
_shared: tuple[object, ...] = ()


def _worker_start(start: Start | None, shared: tuple[object, ...], parent: int) -> None:
    """A worker's start-up: Ctrl+C is for the parent alone, the worker leaves when the parent is gone, ``start`` runs."""
    global _shared
    _shared = shared
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_leave_with, args=(parent,), daemon=True, name="tidings-parent-watch").start()
    if start is not None:
        start()


def _leave_with(parent: int) -> None:
    """Exit when the parent process is gone (killed with -9, it cannot stop its workers)."""
    while os.getppid() == parent:
        time.sleep(1.0)
    os._exit(1)


def _worker_call(fn: Callable[..., Any], unit: object) -> Any:
    return fn(unit, *_shared)


def executor(workers: int | None = None, scheduler: str | None = None) -> Executor:
    """The executor for ``--workers N`` (0 or None: one per core; 1: in this process) or ``--scheduler ADDRESS``."""
    if scheduler:
        try:
            from tidings.cluster import Cluster
        except ImportError as exc:
            raise WorkerError(f"--scheduler needs Dask ({exc}): pip install 'tidings[cluster]'") from exc
        return Cluster(scheduler)
    n = workers or cores()
    return InProcess() if n == 1 else Processes(n)


def cores() -> int:
    """The cores this process may run on (a container's or a task set's, not the machine's)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # macOS, Windows
        return os.cpu_count() or 1
