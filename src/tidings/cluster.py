"""The executor for a Dask cluster (``tidings ingest --scheduler tcp://HOST:8786``; the extra ``tidings[cluster]``).

Units go to the cluster's workers as tasks; their results stream back as
they complete (``distributed.as_completed``) and ``parallel.in_order`` puts
them back in the order of the units, with at most ``window`` tasks out at a
time (default: three per worker thread). The arguments every task shares
(the settings, the ids already stored) are sent once to every worker
(``scatter(broadcast=True)``), not once per task.

Each worker runs ``start`` once when it joins (a worker plugin: also a worker
that replaces a dead one). A worker that dies loses nothing: the scheduler
runs its tasks again on another worker (up to Dask's
``distributed.scheduler.allowed-failures``), and a task that raises is tried
``retries`` more times; the writer's idempotence does the rest.

The workers need tidings installed (the same version) and, for
``--data-dir`` and ``--shards``, the same paths on shared storage.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Generator, Iterable
from typing import TypeVar

from distributed import Client, LocalCluster, WorkerPlugin, as_completed

from tidings.errors import WorkerError
from tidings.parallel import Start, in_order

log = logging.getLogger(__name__)

U = TypeVar("U")
R = TypeVar("R")


class Cluster:
    """The workers of the Dask cluster whose scheduler is at ``address`` (or a ``LocalCluster``)."""

    remote = True

    def __init__(self, address: str | LocalCluster, *, window: int | None = None, retries: int = 2, timeout: float = 30) -> None:
        self.address = address
        self.window = window
        self.retries = retries
        self.timeout = timeout

    def map(
        self, fn: Callable[..., R], units: Iterable[U], shared: tuple[object, ...] = (), start: Start | None = None
    ) -> Generator[R, None, None]:
        try:
            client = Client(self.address, timeout=self.timeout, set_as_default=False)
        except OSError as exc:
            raise WorkerError(f"cannot reach the Dask scheduler at {self.address}: {exc} (is `dask scheduler` running there?)") from exc
        try:
            if start is not None:
                client.register_plugin(_Start(start), name="tidings-start")
            handles = [client.scatter([value], broadcast=True, hash=False)[0] for value in shared]
            threads = sum(client.nthreads().values())
            if threads == 0:
                raise WorkerError(f"the Dask cluster at {self.address} has no workers (start some with `dask worker {self.address}`)")
            run = uuid.uuid4().hex[:8]
            index_of: dict[str, int] = {}
            stream = as_completed(loop=client.loop)

            def submit(index: int, unit: U) -> None:
                key = f"tidings-{getattr(fn, '__name__', 'unit')}-{run}-{index}"
                future = client.submit(fn, unit, *handles, key=key, retries=self.retries, pure=False)
                index_of[key] = index
                stream.add(future)

            def completed() -> tuple[int, R]:
                future = next(stream)
                result: R = future.result()
                index = index_of.pop(str(future.key))
                future.release()
                return index, result

            yield from in_order(units, submit, completed, self.window or 3 * threads)
        finally:
            client.close()


class _Start(WorkerPlugin):
    """Runs ``start`` once on every worker, when it joins (``pipeline.warm``: the data files, the model)."""

    def __init__(self, start: Start) -> None:
        self.start = start

    def setup(self, worker: object) -> None:
        self.start()
