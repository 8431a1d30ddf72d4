"""Publishing under damage: a killed publish, a vanished input folder, damaged published files, a
damaged staging area, lock or journal. Real runs in subprocesses on the session's Prefect server,
as an operator's schedule would run them; the damage is done between two runs."""

import hashlib
import shutil
import subprocess
import sys
from pathlib import Path

import polars as pl
import pytest

from flows import publishing
from tests.conftest import REPO, SEEDS, run_fresh
from tests.reliability.conftest import one_line, run_arguments, warta
from transforms.schemas import TABLES

TABLE_FILES = [f"{name}.parquet" for name in TABLES]


def tables(output: Path) -> dict[str, bytes]:
    """What a reader gets from the top-level names."""
    return {name: (output / name).read_bytes() for name in TABLE_FILES}


def tree_digest(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def clean_run(prefect_server, tmp_path_factory) -> tuple[Path, Path]:
    """Three seed articles published once: inputs and output, to copy before damaging them."""
    folder = tmp_path_factory.mktemp("clean")
    inputs, output = folder / "in", folder / "out"
    inputs.mkdir()
    for seed in sorted(SEEDS.glob("*.txt"))[:3]:
        shutil.copy2(seed, inputs / seed.name)
    run_fresh(inputs, output)
    return inputs, output


@pytest.fixture
def published(clean_run, tmp_path) -> tuple[Path, Path]:
    """A private copy of the clean run: inputs, output and state folder."""
    inputs, output = clean_run
    shutil.copytree(inputs, tmp_path / "in")
    shutil.copytree(output, tmp_path / "out", symlinks=True)
    shutil.copytree(str(output) + ".state", str(tmp_path / "out") + ".state", symlinks=True)
    return tmp_path / "in", tmp_path / "out"


KILL_AT_RENAME = """
import os, signal, sys
from pathlib import Path
import polars as pl
from flows import publishing
from flows.database import write_database

output, kill_at = Path(sys.argv[1]), int(sys.argv[2])
tables = {path.stem: pl.read_parquet(path).head(1) for path in sorted(output.glob("*.parquet"))}
write_database(publishing.stage_tables(tables, output))
renames = 0
def rename_or_die(real):
    def rename(*args, **kwargs):
        global renames
        renames += 1
        if renames == kill_at:
            os.kill(os.getpid(), signal.SIGKILL)
        return real(*args, **kwargs)
    return rename
os.rename, os.replace = rename_or_die(os.rename), rename_or_die(os.replace)
publishing.publish(output / publishing.STAGING, output, {"counts": {name: f.height for name, f in tables.items()}})
"""


def test_a_publish_killed_at_each_rename_leaves_readers_one_consistent_version(clean_run, tmp_path):
    _, clean = clean_run
    clean_counts = {name: pl.read_parquet(clean / f"{name}.parquet").height for name in TABLES}
    kill_at, finished = 1, False
    while not finished:
        output = tmp_path / f"kill-{kill_at}"
        shutil.copytree(clean, output, symlinks=True)
        with open(output / "mentions.parquet", "rb") as reading:  # opened before the publish
            process = subprocess.run([sys.executable, "-c", KILL_AT_RENAME, str(output), str(kill_at)],
                                     capture_output=True, text=True, cwd=REPO, timeout=120)
            assert reading.read() == (clean / "mentions.parquet").read_bytes()
        finished = process.returncode == 0
        assert finished or process.returncode == -9, process.stderr
        # What a reader opening the top-level names sees: one whole version, the old or the new one.
        manifest = publishing.read_manifest(output)
        counts = {name: pl.read_parquet(output / f"{name}.parquet").height for name in TABLES}
        assert counts == manifest["counts"] == ({name: min(count, 1) for name, count in clean_counts.items()}
                                                if finished else clean_counts)
        assert publishing.check_published(output, manifest) is None
        publishing.recover(output)
        assert not (output / publishing.STAGING).exists()
        assert sorted(p.name for p in (output / publishing.VERSIONS).iterdir()) == (
            ["000001", "000002"] if finished else ["000001"])
        kill_at += 1
    assert kill_at == 5  # killed at each of three renames: the manifest, the version folder, the `current` link


def test_only_the_last_versions_are_kept_and_their_data_docs_with_them(clean_run, tmp_path):
    _, clean = clean_run
    output = tmp_path / "out"
    shutil.copytree(clean, output, symlinks=True)
    frames = {name: pl.read_parquet(clean / f"{name}.parquet") for name in TABLES}
    for rows in (3, 2, 1):
        staging = publishing.stage_tables({name: frame.head(rows) for name, frame in frames.items()}, output)
        (staging / "_reports").mkdir()
        publishing.publish(staging, output, {"counts": dict.fromkeys(TABLES, rows)}, keep=2)
    assert sorted(p.name for p in (output / publishing.VERSIONS).iterdir()) == ["000003", "000004"]
    assert (output / "_reports").resolve() == output / publishing.VERSIONS / "000004" / "_reports"
    assert pl.read_parquet(output / "documents.parquet").height == 1


def test_an_emptied_input_folder_publishes_nothing(published, subprocess_env):
    inputs, output = published
    before = tree_digest(output)
    for path in inputs.iterdir():
        path.unlink()
    emptied = warta(*run_arguments(inputs, output, "--quiet"), env=subprocess_env)
    assert emptied.returncode == 1
    assert "3 of the 3 published documents are gone" in one_line(emptied)
    assert tree_digest(output) == before


def test_a_removal_over_the_set_share_needs_allow_mass_removal(published):
    inputs, output = published
    for path in sorted(inputs.iterdir())[:2]:
        path.unlink()
    refused = run_fresh(inputs, output, mass_removal_share=0.5)
    assert refused.status == "refused" and "2 of the 3 published documents are gone" in refused.message
    allowed = run_fresh(inputs, output, mass_removal_share=0.5, allow_mass_removal=True)
    assert allowed.status == "published" and allowed.counts["documents"] == 1


def garble(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    path.write_bytes(bytes(data))


def wrong_counts(path: Path) -> None:
    path.write_text(path.read_text().replace('"documents": 3', '"documents": 4'))


def replace_link_with_a_copy(path: Path) -> None:
    data = path.read_bytes()
    path.unlink()
    path.write_bytes(data[:-8])


@pytest.mark.parametrize("name, damage, why", [
    ("mentions.parquet", garble, "mentions.parquet differs from the file published"),
    ("quotes.parquet", Path.unlink, "quotes.parquet is not the link into current/"),
    ("entities.parquet", replace_link_with_a_copy, "entities.parquet is not the link into current/"),
    ("_manifest.json", wrong_counts, "documents.parquet holds 3 rows, the manifest says 4"),
    ("_manifest.json", lambda path: path.write_text("{garbled"), "the published version has no readable manifest"),
])
def test_a_damaged_published_output_is_rebuilt_by_the_next_run_on_unchanged_input(
    published, clean_run, subprocess_env, name, damage, why
):
    inputs, output = published
    damage(output / name)
    repaired = warta(*run_arguments(inputs, output, "--quiet"), env=subprocess_env)
    assert repaired.returncode == 0, repaired.stderr
    assert why in one_line(repaired)
    assert tables(output) == tables(clean_run[1])
    assert publishing.check_published(output, publishing.read_manifest(output)) is None


def half_written_version(output: Path) -> None:
    version = output / publishing.VERSIONS / "000002"
    version.mkdir()
    (version / "documents.parquet").write_bytes(b"PAR1 half")


@pytest.mark.parametrize("damage, line", [
    (lambda output: (output / publishing.STAGING).write_text("not a folder"), "unfinished staging area"),
    (lambda output: (output / publishing.LOCK).unlink() or (output / publishing.LOCK).mkdir(), "was a folder"),
    (lambda output: (output / publishing.OLD_JOURNAL).write_text("{garbled"), "left by an older warta"),
    (half_written_version, "never published"),
])
def test_a_damaged_staging_area_lock_or_journal_is_cleared_without_touching_the_published_version(
    published, subprocess_env, damage, line
):
    inputs, output = published
    version = publishing.current_version(output)
    before = tree_digest(version)
    damage(output)
    cleared = warta(*run_arguments(inputs, output, "--quiet"), env=subprocess_env)
    assert cleared.returncode == 0, cleared.stderr
    assert line in one_line(cleared)
    assert publishing.current_version(output) == version and tree_digest(version) == before
    assert sorted(p.name for p in output.iterdir() if p.name.startswith(".")) == [publishing.LOCK]
    assert sorted(p.name for p in (output / publishing.VERSIONS).iterdir()) == [version.name]


def test_an_output_folder_of_the_unversioned_layout_is_moved_to_versions(clean_run, tmp_path):
    inputs, clean = clean_run
    output = tmp_path / "out"
    output.mkdir()
    for name in publishing.PUBLISHED_FILES + [publishing.MANIFEST]:
        shutil.copy(clean / name, output / name)
    shutil.copytree(clean / "_reports", output / "_reports")
    summary = run_fresh(inputs, output)
    assert summary.status == "published"
    assert all((output / name).is_symlink() for name in publishing.PUBLISHED_FILES + [publishing.MANIFEST, "_reports"])
    assert tables(output) == tables(clean)
