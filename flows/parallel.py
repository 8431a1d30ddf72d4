"""Per-document extraction in batches, and the per-document part of attribution: in this process, on a local Dask
cluster, or on an existing one.

The batches are plain Dask tasks inside one Prefect task (`extract` in flows/pipeline.py), not
Prefect task runs: a Prefect task on a Dask worker needs that worker to reach the flow's Prefect
API (or it starts a temporary server of its own, 10 s or more each) and pays its bookkeeping per
batch, while a batch is a pure function that needs neither. Dask itself runs a batch again on
another worker when the one running it dies, so no document is lost with a worker. The workers an extraction
started attribute the documents too (`Cluster.map`), in parts of a few thousand documents, once the collection's
entities are resolved.
"""

from __future__ import annotations

import logging
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import ExitStack, contextmanager
from itertools import islice

import polars as pl

from transforms.increments import extract_per_document

BATCH_SIZE = 200  # documents per task: a few seconds of work, small against the per-task overhead
IN_FLIGHT_PER_WORKER = 2  # batches queued per worker: one running, one ready to start
LARGEST_ITEM = "1GB"  # what one task may carry to a worker without Dask warning of a large graph


def default_workers() -> int:
    return len(os.sched_getaffinity(0))


class Batches:
    """Articles in doc id order, cut every `size` rows: the same texts make the same batches (and the same cache
    entries) whichever run extracts them. A batch's rows are gathered only when it is taken, so the batches never
    hold a second copy of every text while the extraction runs."""

    def __init__(self, articles: pl.DataFrame, size: int):
        self._articles, self._order, self._size = articles, articles["doc_id"].arg_sort(), size

    def __len__(self) -> int:
        return -(-self._articles.height // self._size)

    def __iter__(self) -> Iterator[pl.DataFrame]:
        for start in range(0, self._articles.height, self._size):
            yield self._articles[self._order.slice(start, self._size)]


@contextmanager
def dask_client(workers: int, address: str | None):
    """A client of the cluster at `address`, or of a local cluster of `workers` processes."""
    from distributed import Client, LocalCluster

    if address:
        with Client(address) as client:
            yield client
        return
    # One thread per worker: the extraction is Python code that holds the GIL.
    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None,
                      host="127.0.0.1", silence_logs=logging.ERROR, env={"POLARS_MAX_THREADS": "1"}) as cluster, Client(cluster) as client:
        yield client


def runs_here(batch_count: int, workers: int, address: str | None) -> bool:
    """One batch, or one worker and no cluster, runs in this process: starting workers would cost more."""
    return address is None and (workers == 1 or batch_count <= 1)


class Cluster:
    """The run's Dask client: started by the first extraction that needs workers, and kept by the run until its
    attributions are done, so the per-document part of attribution runs on the workers the extraction started
    (each already holds the word lists and models) while starting none for a run that extracts one batch."""

    def __init__(self, workers: int, address: str | None):
        self.workers, self.address = workers, address
        self._stack = ExitStack()
        self.client = None

    def start(self):
        if self.client is None:
            self.client = self._stack.enter_context(dask_client(self.workers, self.address))
        return self.client

    def close(self) -> None:
        self._stack.close()
        self.client = None

    def __enter__(self) -> Cluster:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def map(self, function: Callable, items: Iterable) -> Iterator:
        """`function` over `items`, results in order: on the workers when the run started them, else in this process.
        A few items per worker are handed out at a time, so the workers hold a few items' frames, not all of them."""
        if self.client is None:
            yield from map(function, items)
            return
        waiting = iter(items)
        running = deque(self._submit(function, item) for item in islice(waiting, self.in_flight()))
        while running:
            future = running.popleft()
            result = future.result()
            future.release()
            running.extend(self._submit(function, item) for item in islice(waiting, 1))
            yield result

    def _submit(self, function: Callable, item):
        # An item is data the workers are meant to read (an attribution part holds its documents' texts, about 14 MB
        # for 2,000): Dask's warning on large graphs is about data embedded by mistake.
        import dask

        with dask.config.set({"distributed.admin.large-graph-warning-threshold": LARGEST_ITEM}):
            return self.client.submit(function, item, pure=False)

    def in_flight(self) -> int:
        """Items handed to the workers at once: one running and one ready per worker."""
        return IN_FLIGHT_PER_WORKER * max(len(self.client.scheduler_info()["workers"]), 1)


def extract_batches(batches: Batches, cluster: Cluster) -> Iterator[dict[str, pl.DataFrame]]:
    """The extraction of each batch as it completes, in no particular order.

    Batches are handed to the cluster a few at a time, so its memory holds the texts of a few
    batches per worker, not the whole collection.
    """
    if runs_here(len(batches), cluster.workers, cluster.address):
        yield from map(extract_per_document, batches)
        return
    from distributed import as_completed

    # The scheduler and nannies log every start and stop at INFO; a run prints its own progress.
    logging.getLogger("distributed").setLevel(logging.ERROR)
    client = cluster.start()
    waiting = iter(batches)
    running = as_completed([client.submit(extract_per_document, batch, pure=False) for batch in islice(waiting, cluster.in_flight())],
                           with_results=True)
    for future, extraction in running:
        future.release()
        for batch in islice(waiting, 1):
            running.add(client.submit(extract_per_document, batch, pure=False))
        yield extraction
