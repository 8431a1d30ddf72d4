"""Incremental runs through the real flow: reuse, additions, changes, deletions, the run log."""

import hashlib
import os
import shutil
from pathlib import Path

import polars as pl
import pytest

from flows import storage
from flows.pipeline import run_collection
from flows.runs import RunSummary
from tests.conftest import SEEDS, published_snapshot, run_fresh
from transforms.schemas import TABLES

SEED_FILES = sorted(SEEDS.glob("*.txt"))


def tree_digest(folder: Path) -> dict[str, str]:
    """Every file below the folder, Data Docs and the lock file included."""
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def tables(folder: Path) -> dict[str, bytes]:
    return {name: (folder / f"{name}.parquet").read_bytes() for name in TABLES}


@pytest.fixture
def inbox(tmp_path) -> Path:
    folder = tmp_path / "inbox"
    folder.mkdir()
    for seed in SEED_FILES[:3]:
        shutil.copy(seed, folder / seed.name)
    return folder


@pytest.fixture(scope="module")
def three_published(prefect_server, tmp_path_factory) -> tuple[Path, RunSummary]:
    """The first three seeds run and published once (inbox, out, out.state), with the run's summary."""
    folder = tmp_path_factory.mktemp("three-published")
    inbox = folder / "inbox"
    inbox.mkdir()
    for seed in SEED_FILES[:3]:
        shutil.copy(seed, inbox / seed.name)
    return folder, run_fresh(inbox, folder / "out")


@pytest.fixture
def published(three_published, tmp_path) -> tuple[Path, Path, RunSummary]:
    """This test's own copy of the published run (modification times kept): its inbox, its output, the first run's summary."""
    folder, first = three_published
    for name in ("inbox", "out", "out.state"):
        shutil.copytree(folder / name, tmp_path / name, symlinks=True)
    return tmp_path / "inbox", tmp_path / "out", first


def test_a_rerun_on_unchanged_input_reports_nothing_new_and_leaves_every_file_byte_identical(published):
    inbox, output, first = published
    assert first.status == "published" and first.changes["new"] == 3
    before = tree_digest(output)
    again = run_fresh(inbox, output)
    assert again.status == "unchanged" and again.flow_run_id is None
    assert again.changes == {"new": 0, "changed": 0, "removed": 0, "unchanged": 3}
    assert tree_digest(output) == before


def test_touched_but_unchanged_files_run_the_flow_and_still_publish_nothing(published):
    inbox, output, _ = published
    before = tree_digest(output)
    for path in inbox.iterdir():
        os.utime(path, (1_000_000_000, 1_000_000_000))
    again = run_fresh(inbox, output)
    assert again.status == "unchanged" and again.flow_run_id is not None and again.extracted == 0
    assert tree_digest(output) == before


def test_adding_one_article_extracts_only_it_and_matches_a_run_from_scratch(published, tmp_path):
    inbox, output, _ = published
    documents_before = pl.read_parquet(output / "documents.parquet")
    shutil.copy(SEED_FILES[3], inbox / "baru.txt")
    summary = run_fresh(inbox, output)
    assert summary.changes == {"new": 1, "changed": 0, "removed": 0, "unchanged": 3} and summary.extracted == 1
    assert "(1 documents attributed)" in dict((name, counts) for name, counts, _ in summary.stages)["attributions"]
    documents_after = pl.read_parquet(output / "documents.parquet")
    assert documents_after.height == documents_before.height + 1
    assert documents_after.join(documents_before, on="doc_id", how="anti")["source_path"].to_list() == ["baru.txt"]
    run_fresh(inbox, tmp_path / "scratch")
    assert published_snapshot(output) == published_snapshot(tmp_path / "scratch")


def test_changed_and_deleted_files_leave_the_dataset(published, tmp_path):
    inbox, output, _ = published
    changed, deleted = sorted(inbox.iterdir())[:2]
    changed.write_text(changed.read_text(encoding="utf-8") + "\nTambahan paragraf.\n", encoding="utf-8")
    deleted.unlink()
    summary = run_fresh(inbox, output)
    assert summary.changes == {"new": 0, "changed": 1, "removed": 1, "unchanged": 1} and summary.extracted == 1
    documents = pl.read_parquet(output / "documents.parquet")
    assert sorted(documents["source_path"]) == sorted(p.name for p in inbox.iterdir())
    assert documents.filter(pl.col("source_path") == changed.name)["text"][0].endswith("Tambahan paragraf.\n")
    run_fresh(inbox, tmp_path / "scratch")
    assert published_snapshot(output) == published_snapshot(tmp_path / "scratch")


def test_full_rebuild_extracts_everything_and_gives_the_same_tables(published):
    inbox, output, _ = published
    before = tables(output)
    summary = run_fresh(inbox, output, full=True)
    assert summary.status == "published" and summary.extracted == 3
    assert tables(output) == before


def test_every_run_is_logged_with_its_counts_and_an_artifact(prefect_server, inbox, tmp_path):
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterKey

    output = tmp_path / "out"
    first = run_fresh(inbox, output)
    run_fresh(inbox, output)
    runs = storage.read_runs(Path(str(output) + ".state"))
    assert runs["status"].to_list() == ["published", "unchanged"]
    assert runs.row(0, named=True) | {"started_at": None, "ended_at": None} == {
        "run_id": first.run_id, "flow_run_id": first.flow_run_id, "started_at": None, "ended_at": None,
        "input_dir": str(inbox), "output_dir": str(output), "status": "published", "full_rebuild": False,
        "files_in": 3, "documents_new": 3, "documents_changed": 0, "documents_removed": 0, "documents_unchanged": 0,
        "documents_extracted": 3, "documents_out": 3, "quarantined": 0, "entities": first.counts["entities"],
        "mentions": first.counts["mentions"], "quotes": first.counts["quotes"],
        "attributions": first.counts["attributions"], "validation": "passed", "warnings": first.warnings, "message": None,
    }
    assert (runs["ended_at"] >= runs["started_at"]).all()
    with get_client(sync_client=True) as client:
        artifacts = client.read_artifacts(artifact_filter=ArtifactFilter(key=ArtifactFilterKey(any_=["warta-run"])))
    assert any(str(a.flow_run_id) == first.flow_run_id and first.run_id in (a.description or "") for a in artifacts)


def test_outputs_sharing_a_state_folder_share_its_cache(prefect_server, inbox, tmp_path):
    state = tmp_path / "state"
    first = run_collection(str(inbox), str(tmp_path / "one"), state_dir=str(state))
    shutil.copy(SEED_FILES[3], inbox / "baru.txt")
    second = run_collection(str(inbox), str(tmp_path / "two"), state_dir=str(state))
    assert first.extracted == 3 and second.extracted == 1 and second.status == "published"


def test_the_steps_read_ahead_while_the_server_starts_give_the_tables_of_a_flow_run_that_computes_them(
        published, tmp_path):
    from flows import ahead
    from flows.pipeline import warta_run

    inbox, output, _ = published
    changed = sorted(inbox.iterdir())[0]
    changed.write_text(changed.read_text(encoding="utf-8") + "\nTambahan paragraf.\n", encoding="utf-8")
    shutil.copytree(output, tmp_path / "computed", symlinks=True)
    shutil.copytree(str(output) + ".state", str(tmp_path / "computed") + ".state")
    summary = run_fresh(inbox, output)
    notes = {name: counts for name, counts, _ in summary.stages}
    assert all(notes[name].endswith("(read ahead)") for name in ahead.STEPS)
    ahead.start(str(tmp_path), 10, str(tmp_path / "elsewhere"), False, None, None)  # for other parameters: not taken
    computed = warta_run(str(inbox), str(tmp_path / "computed"), state_dir=str(tmp_path / "computed") + ".state")
    assert computed.extracted == 1 and not any(counts.endswith("(read ahead)") for _, counts, _ in computed.stages)
    assert tables(output) == tables(tmp_path / "computed")
