"""Per-document work in batches: in this process, on a local Dask cluster, or on an existing one.

The batches are plain Dask tasks inside one Prefect task (`extract` in flows/pipeline.py), not
Prefect task runs: a Prefect task on a Dask worker needs that worker to reach the flow's Prefect
API (or it starts a temporary server of its own, 10 s or more each) and pays its bookkeeping per
batch, while a batch is a pure function that needs neither. Dask itself runs a batch again on
another worker when the one running it dies, so no document is lost with a worker.

A run's workers are started once (`start_workers`, as soon as the run knows it has batches to extract: a local
cluster's processes take seconds to start and import the transforms) and serve its stages until `stop_workers`:
the extraction's batches, then the attribution's per-document parts (`map_on_workers`; a local cluster ends its
workers between the two, and starts one fewer for the attribution, in a small collection while entities are resolved:
`start_part_workers`).
"""

from __future__ import annotations

import importlib
import logging
import os
import threading
import time
import warnings
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future
from itertools import islice

import polars as pl

from transforms.increments import extract_per_document

BATCH_SIZE = 200  # documents per task: a few seconds of work, small against the per-task overhead
IN_FLIGHT_PER_WORKER = 2  # batches queued per worker: one running, one ready to start
WORKERS_CLOSING_SECONDS = 10  # the longest the extraction waits for its local workers to close
DASK_LOG_LENGTH = 1  # messages and transitions Dask keeps of each kind for debugging: see `connect`
ATTRIBUTION_PART = 400  # documents per attribution task on workers: a second or so of work, parts spread over the workers
_workers: dict = {}  # the run's workers: their parameters, and a Future of their client and what closes them
_workers_lock = threading.Lock()


def default_workers() -> int:
    return len(os.sched_getaffinity(0))


def batch_count(documents: int, size: int = BATCH_SIZE) -> int:
    return -(-documents // size)


class Batches:
    """Articles in doc id order, cut every `size` rows: the same texts make the same batches (and the same cache
    entries) whichever run extracts them. A batch's rows are gathered only when it is taken, so the batches never
    hold a second copy of every text while the extraction runs."""

    def __init__(self, articles: pl.DataFrame, size: int):
        self._articles, self._order, self._size = articles, articles["doc_id"].arg_sort(), size

    def __len__(self) -> int:
        return batch_count(self._articles.height, self._size)

    def __iter__(self) -> Iterator[pl.DataFrame]:
        for start in range(0, self._articles.height, self._size):
            yield self._articles[self._order.slice(start, self._size)]


def connect(workers: int, address: str | None) -> tuple:
    """A client of the cluster at `address`, or of a local cluster of `workers` processes, and that cluster (None for
    one at an address). Not context managers: a Dask client entered in one thread cannot be left in another."""
    import dask
    from distributed import Client, LocalCluster

    # Dask keeps its last messages for debugging (`distributed.admin.low-level-log-length`, 1,000 of each comm): the
    # client's messages to the scheduler carry each batch's texts and each attribution part's frames, and a local
    # cluster's scheduler runs in this process, so its logs held them too (0.16 GB at 61,020 articles, until the run's
    # workers stopped in the attribution).
    dask.config.set({"distributed.admin.low-level-log-length": DASK_LOG_LENGTH})
    if address:
        return Client(address), None
    # One thread per worker: the extraction is Python code that holds the GIL.
    cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None,
                           host="127.0.0.1", silence_logs=logging.ERROR, env={"POLARS_MAX_THREADS": "1"})
    try:
        return Client(cluster), cluster
    except BaseException:
        cluster.close()
        raise


def runs_here(batch_count: int, workers: int, address: str | None) -> bool:
    """One batch, or one worker and no cluster, runs in this process: starting workers would cost more."""
    return address is None and (workers == 1 or batch_count <= 1)


def start_workers(workers: int, address: str | None) -> None:
    """Start the run's workers (a client of the cluster at `address`, or a local cluster whose processes have imported
    the transforms) in a thread, unless they are started already."""
    with _workers_lock:
        if _workers.get("parameters") == (workers, address):
            return
        _stop_locked()
        started: Future = Future()
        _workers.update(parameters=(workers, address), started=started)
    threading.Thread(target=_start, args=(started, workers, address), daemon=True).start()


def _start(started: Future, workers: int, address: str | None) -> None:
    # The scheduler and nannies log every start and stop at INFO (levels set when `distributed` is first imported); a
    # run prints its own progress. The scheduler's HTTP endpoint (no dashboard) takes another port when another
    # cluster on the machine holds its default one.
    importlib.import_module("distributed")
    logging.getLogger("distributed").setLevel(logging.ERROR)
    warnings.filterwarnings("ignore", message="Port .* is already in use", category=UserWarning)
    try:
        client, cluster = connect(workers, address)
    except BaseException as error:
        started.set_exception(error)
        return
    try:
        if not address:  # the first batch of each worker would wait for these imports
            client.run(importlib.import_module, "transforms.increments")
    finally:
        started.set_result((client, cluster))


def _client(workers: int, address: str | None):
    start_workers(workers, address)
    return _workers["started"].result()[0]


def workers_started() -> bool:
    return bool(_workers)


def stop_workers() -> None:
    """Close the run's workers, if any were started."""
    with _workers_lock:
        _stop_locked()


def _stop_locked() -> None:
    if started := _workers.pop("started", None):
        if started.exception() is None:  # workers that never started have nothing to close
            client, cluster = started.result()
            client.close()
            if cluster is not None:
                cluster.close()
    _workers.clear()


def _in_flight(client) -> int:
    """Tasks handed to the cluster at a time: a few per worker, so its memory holds the inputs of a few tasks each."""
    return IN_FLIGHT_PER_WORKER * max(len(client.scheduler_info()["workers"]), 1)


PART_MODULE = "transforms.attributions.tables"  # what the attribution's parts import on a worker (the speaker model)


def start_part_workers() -> None:
    """Start a local cluster's workers for the per-document parts (`map_on_workers`) now, their modules imported, so
    that neither their start nor their imports (seconds of CPU) falls in the stage that maps the parts: called while
    this process works alone (entity resolution), they use the core it leaves idle. Nothing for a cluster at an address
    (its workers live on) or a run without workers."""
    if not _workers:
        return
    client, cluster = _workers["started"].result()
    if cluster is not None:
        count = _scale_for_parts(cluster)
        threading.Thread(target=_import_on_workers, args=(client, count, PART_MODULE), daemon=True).start()


def _scale_for_parts(cluster) -> int:
    """This process computes parts beside the workers: one worker fewer keeps a core each."""
    count = max(_workers["parameters"][0] - 1, 1)
    cluster.scale(count)
    return count


def _import_on_workers(client, count: int, module: str) -> None:
    try:
        client.wait_for_workers(count)
        client.run(importlib.import_module, module)
    except Exception:  # the run's workers were stopped meanwhile: a part imports what it needs itself
        return


def map_on_workers(function: Callable, parts: Iterable) -> Iterator:
    """`map(function, parts)` on the run's workers when they are started, and in this process while it would wait for
    them; its results in the parts' order."""
    if not _workers:
        yield from map(function, parts)
        return
    client, cluster = _workers["started"].result()
    if cluster is not None:  # as many as `start_part_workers` started: scaling again to the same count starts none
        _scale_for_parts(cluster)
    waiting = iter(parts)
    # Each part's result to come, in the parts' order: a worker's Future, or a part computed here (done at once).
    results = deque(client.submit(function, part, pure=False) for part in islice(waiting, _in_flight(client)))
    while results:
        if not results[0].done() and (part := next(waiting, None)) is not None:
            done: Future = Future()
            done.set_result(function(part))
            results.append(done)
            continue
        result = results.popleft().result()
        results.extend(client.submit(function, part, pure=False) for part in islice(waiting, 1))
        yield result


def extract_batches(batches: Batches, workers: int, address: str | None) -> Iterator[dict[str, pl.DataFrame]]:
    """The extraction of each batch as it completes, in no particular order, on the run's workers.

    Batches are handed to the cluster a few at a time, so its memory holds the texts of a few
    batches per worker, not the whole collection.
    """
    if runs_here(len(batches), workers, address):
        yield from map(extract_per_document, batches)
        return
    from distributed import as_completed

    client = _client(workers, address)
    waiting = iter(batches)
    running = as_completed([client.submit(extract_per_document, batch, pure=False) for batch in islice(waiting, _in_flight(client))],
                           with_results=True)
    for future, extraction in running:
        future.release()
        for batch in islice(waiting, 1):
            running.add(client.submit(extract_per_document, batch, pure=False))
        yield extraction
    if (cluster := _workers["started"].result()[1]) is not None:
        # The collection-wide stages that come next run in this process: the workers' memory (0.26 GB at 61,020
        # articles, what the batches left) is given back meanwhile; the attribution starts fresh ones (`map_on_workers`).
        # They are waited for: the merge that comes next would otherwise read the collection beside them (0.45 GB).
        cluster.scale(0)
        deadline = time.monotonic() + WORKERS_CLOSING_SECONDS
        while cluster.workers and time.monotonic() < deadline:
            time.sleep(0.05)
