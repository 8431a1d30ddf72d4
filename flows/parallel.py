"""Per-document extraction in batches: in this process, on a local Dask cluster, or on an existing one.

The batches are plain Dask tasks inside one Prefect task (`extract` in flows/pipeline.py), not
Prefect task runs: a Prefect task on a Dask worker needs that worker to reach the flow's Prefect
API (or it starts a temporary server of its own, 10 s or more each) and pays its bookkeeping per
batch, while a batch is a pure function that needs neither. Dask itself runs a batch again on
another worker when the one running it dies, so no document is lost with a worker.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from itertools import islice

import polars as pl

from transforms.increments import extract_per_document

BATCH_SIZE = 200  # documents per task: a few seconds of work, small against the per-task overhead
IN_FLIGHT_PER_WORKER = 2  # batches queued per worker: one running, one ready to start


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


def extract_batches(batches: Batches, workers: int, address: str | None) -> Iterator[dict[str, pl.DataFrame]]:
    """The extraction of each batch as it completes, in no particular order.

    Batches are handed to the cluster a few at a time, so its memory holds the texts of a few
    batches per worker, not the whole collection.
    """
    if runs_here(len(batches), workers, address):
        yield from map(extract_per_document, batches)
        return
    from distributed import as_completed

    # The scheduler and nannies log every start and stop at INFO; a run prints its own progress.
    logging.getLogger("distributed").setLevel(logging.ERROR)
    with dask_client(workers, address) as client:
        waiting = iter(batches)
        in_flight = IN_FLIGHT_PER_WORKER * max(len(client.scheduler_info()["workers"]), 1)
        running = as_completed([client.submit(extract_per_document, batch, pure=False) for batch in islice(waiting, in_flight)],
                               with_results=True)
        for future, extraction in running:
            future.release()
            for batch in islice(waiting, 1):
                running.add(client.submit(extract_per_document, batch, pure=False))
            yield extraction
