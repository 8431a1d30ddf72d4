"""The run's Dask workers: extraction and mapped parts, on a cluster reached through its address (as a remote cluster
would be) and on a local one."""

import os
import signal
import sys
import threading
import time
from pathlib import Path

import polars as pl
import pytest

from flows import parallel
from flows.pipeline import run_collection
from tests.conftest import SEEDS
from transforms.schemas import TABLES


def tables(folder: Path) -> dict[str, bytes]:
    return {name: (folder / f"{name}.parquet").read_bytes() for name in TABLES}


@pytest.fixture(scope="module")
def cluster():
    from distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None, host="127.0.0.1") as local:
        yield local


@pytest.fixture(scope="module")
def single_process_tables(seeds_output) -> dict[str, bytes]:
    """The seeds are one batch: their run in the session extracted them in its own process."""
    return tables(seeds_output)


@pytest.fixture
def one_document_batches(monkeypatch):
    monkeypatch.setattr(parallel, "BATCH_SIZE", 1)


def test_batches_cut_articles_in_doc_id_order():
    articles = pl.DataFrame({"doc_id": ["c", "a", "e", "b", "d"]})
    batches = parallel.Batches(articles, 2)
    assert len(batches) == 3
    assert [b["doc_id"].to_list() for b in batches] == [["a", "b"], ["c", "d"], ["e"]]


def test_a_run_on_a_cluster_gives_the_tables_of_a_single_process_run(cluster, single_process_tables, one_document_batches, tmp_path,
                                                                     monkeypatch):
    from flows import pipeline, validation

    # a small collection extracted on workers starts its validating process again between the extraction and entities
    events, start = [], validation.start
    monkeypatch.setattr(validation, "start", lambda: events.append("start") or start())
    for name in ("extract_stage", "entities_stage"):
        monkeypatch.setattr(pipeline, name, lambda *args, _stage=getattr(pipeline, name), _name=name, **options:
                            events.append(_name) or _stage(*args, **options))
    summary = run_collection(str(SEEDS), str(tmp_path / "out"), state_dir=str(tmp_path / "state"),
                             dask_address=cluster.scheduler_address)
    assert summary.status == "published" and summary.extracted == len(list(SEEDS.glob("*.txt")))
    assert events[events.index("extract_stage"):events.index("entities_stage")].count("start") == 1
    assert tables(tmp_path / "out") == single_process_tables


def test_a_worker_killed_mid_run_loses_no_document(cluster, single_process_tables, one_document_batches, tmp_path):
    from distributed import Client

    killed: list[int] = []
    run_over = threading.Event()

    def kill_a_busy_worker():
        with Client(cluster.scheduler_address) as client:
            pids = client.run(os.getpid)
            while not run_over.is_set():
                busy = [address for address, tasks in client.processing().items() if tasks]
                if busy:
                    pid = pids[busy[0]]
                    os.kill(pid, signal.SIGKILL)
                    killed.append(pid)
                    return

    killer = threading.Thread(target=kill_a_busy_worker)
    killer.start()
    summary = run_collection(str(SEEDS), str(tmp_path / "out"), state_dir=str(tmp_path / "state"),
                             dask_address=cluster.scheduler_address)
    run_over.set()
    killer.join()
    assert killed, "no worker was busy to kill"
    assert summary.status == "published" and summary.validation == "passed"
    assert tables(tmp_path / "out") == single_process_tables


def test_the_run_s_workers_and_this_process_map_parts_in_their_order_until_stopped(cluster):
    assert list(parallel.map_on_workers(os.getpid, [])) == [] and not parallel.workers_started()
    parallel.start_workers(2, cluster.scheduler_address)
    parallel.start_workers(2, cluster.scheduler_address)  # started once
    try:
        worker_pids = set(parallel._client(2, cluster.scheduler_address).run(os.getpid).values())
        assert list(parallel.map_on_workers(str, range(9))) == [str(n) for n in range(9)]
        ran_in = set(parallel.map_on_workers(lambda _: os.getpid(), range(6)))  # and here, while waiting for them
        assert ran_in & worker_pids and ran_in <= worker_pids | {os.getpid()}
    finally:
        parallel.stop_workers()
    assert not parallel.workers_started() and list(parallel.map_on_workers(lambda _: os.getpid(), range(2))) == [os.getpid()] * 2


def _wait_for_workers(client, count: int) -> int:
    deadline = time.monotonic() + 60
    while len(client.scheduler_info()["workers"]) != count and time.monotonic() < deadline:
        time.sleep(0.2)
    return len(client.scheduler_info()["workers"])


def test_a_local_cluster_ends_its_workers_after_extracting_and_starts_one_fewer_to_attribute_beside_this_process():
    from flows.ahead import read_articles

    articles, _ = read_articles(SEEDS, 10_000_000)
    parallel.start_part_workers()  # no workers started: nothing to do
    assert not parallel.workers_started()
    parallel.start_workers(2, None)
    try:
        extracted = list(parallel.extract_batches(parallel.Batches(articles, 2), 2, None))
        assert sorted(doc for part in extracted for doc in part["documents"]["doc_id"]) == sorted(articles["doc_id"])
        client, cluster = parallel._workers["started"].result()
        # closed when the extraction ends: their memory is given back before the merge and the collection-wide stages
        assert not cluster.workers and not client.scheduler_info()["workers"]
        # nor does this process keep the batches' messages (their texts) for Dask's debugging logs
        assert len(client.scheduler_comm.recent_message_log) <= parallel.DASK_LOG_LENGTH < len(extracted)
        parallel.start_part_workers()  # before the parts are mapped: started, and their modules imported, meanwhile
        assert _wait_for_workers(client, 1) == 1
        deadline = time.monotonic() + 60
        while not all(client.run(lambda: parallel.PART_MODULE in sys.modules).values()) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert all(client.run(lambda: parallel.PART_MODULE in sys.modules).values())
        assert list(parallel.map_on_workers(str, range(5))) == [str(n) for n in range(5)]
        assert _wait_for_workers(client, 1) == 1
        ran_in = set(parallel.map_on_workers(lambda _: os.getpid(), range(20)))
        assert ran_in - {os.getpid()}  # a worker took parts
    finally:
        parallel.stop_workers()
