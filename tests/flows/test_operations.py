"""Operations under stress: hostile inputs, killed runs, concurrent runs. Runs in subprocesses use the
session's Prefect server, as a scheduled deployment would use its server."""

import json
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import polars as pl
import pytest

from flows import publishing, storage
from tests.conftest import REPO, SEEDS, run_fresh
from transforms.schemas import TABLES

SEED_FILES = sorted(SEEDS.glob("*.txt"))


def start_run(inputs: Path, output: Path, env: dict[str, str]) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "warta.cli", "run", "--input", str(inputs), "--output", str(output),
         "--state-dir", str(output) + ".state"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=REPO, env=env, start_new_session=True,
    )


def wait_for_line(process: subprocess.Popen, prefix: str) -> None:
    for line in process.stdout:
        if line.startswith(prefix):
            return
    raise AssertionError(f"the run ended before printing {prefix!r}: {process.stderr.read()}")


def published(output: Path) -> dict[str, bytes]:
    return {name: (output / name).read_bytes() for name in [f"{t}.parquet" for t in TABLES] + [publishing.MANIFEST]}


def assert_complete(output: Path) -> None:
    """Every table readable, and the row counts those of the manifest written with them."""
    counts = json.loads((output / publishing.MANIFEST).read_text())["counts"]
    assert {name: pl.read_parquet(output / f"{name}.parquet").height for name in TABLES} == counts


def test_hostile_file_names_links_and_an_endless_line(prefect_server, tmp_path):
    inputs, outside = tmp_path / "in", tmp_path / "outside.txt"
    inputs.mkdir()
    outside.write_text("Rahasia di luar folder, kata seseorang.")
    names = ["berita dengan spasi.txt", "kutip 'satu' \"dua\".txt", "Bérita ñ 北京.txt"]
    for name, seed in zip(names, SEED_FILES):
        shutil.copy(seed, inputs / name)
    (inputs / "keluar.txt").symlink_to(outside)
    (inputs / "putus.txt").symlink_to(tmp_path / "gone.txt")
    sentence = "Menteri Budi Santoso mengatakan harga beras naik di Jakarta, \"kami siap\" ujarnya, dan "
    (inputs / "satu baris.txt").write_text(sentence * 6000, encoding="utf-8")  # ~500 kB, no line break
    summary = run_fresh(inputs, tmp_path / "out")
    assert summary.status == "published"
    reasons = {row["source_path"]: (row["reason"], row["detail"]) for row in summary.quarantine}
    assert reasons.keys() == {"keluar.txt", "putus.txt"}
    assert "outside the input folder: not followed" in reasons["keluar.txt"][1]
    documents = pl.read_parquet(tmp_path / "out" / "documents.parquet")
    assert sorted(documents["source_path"]) == sorted(names + ["satu baris.txt"])
    assert "Rahasia" not in "".join(documents["text"])
    endless = documents.filter(pl.col("source_path") == "satu baris.txt")
    assert endless["n_chars"][0] == len(sentence) * 6000
    quotes = pl.read_parquet(tmp_path / "out" / "quotes.parquet")
    assert quotes.filter(pl.col("doc_id") == endless["doc_id"][0]).height > 100


@pytest.fixture(scope="module")
def two_published(prefect_server, tmp_path_factory) -> Path:
    """The first two seeds run and published once (in, out, out.state); tests kill runs on copies of it."""
    folder = tmp_path_factory.mktemp("two-published")
    (folder / "in").mkdir()
    for seed in SEED_FILES[:2]:
        shutil.copy(seed, folder / "in" / seed.name)
    run_fresh(folder / "in", folder / "out")
    return folder


@pytest.mark.parametrize("stage", ["ingest", "extract", "attributions", "validate"])
def test_a_run_killed_at_any_stage_leaves_the_last_published_output_complete(two_published, subprocess_env, tmp_path, stage):
    inputs, output = tmp_path / "in", tmp_path / "out"
    for name in ("in", "out", "out.state"):
        shutil.copytree(two_published / name, tmp_path / name, symlinks=True)
    before = published(output)
    for seed in SEED_FILES[2:]:
        shutil.copy(seed, inputs / seed.name)
    process = start_run(inputs, output, subprocess_env)
    wait_for_line(process, f"  {stage} ")
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()
    assert_complete(output)
    if stage != "validate":  # after validation the publish may have completed before the kill
        assert published(output) == before
    rerun = run_fresh(inputs, output)
    assert rerun.status == "published" and rerun.counts["documents"] == len(SEED_FILES)
    assert_complete(output)


def test_a_second_run_while_one_is_running_refuses_with_a_clear_message(subprocess_env, tmp_path):
    output = tmp_path / "out"
    first = start_run(SEEDS, output, subprocess_env)
    wait_for_line(first, "  ingest ")
    second = subprocess.run(
        [sys.executable, "-m", "warta.cli", "run", "--input", str(SEEDS), "--output", str(output),
         "--state-dir", str(tmp_path / "other-state")],
        capture_output=True, text=True, cwd=REPO, env=subprocess_env, timeout=120,
    )
    first_out, first_err = first.communicate(timeout=300)
    assert second.returncode == 3, second.stdout + second.stderr
    assert "is being written by another warta run" in second.stderr and "Traceback" not in second.stderr
    assert first.returncode == 0, first_err
    assert_complete(output)
    assert storage.read_runs(tmp_path / "other-state")["status"].to_list() == ["busy"]
