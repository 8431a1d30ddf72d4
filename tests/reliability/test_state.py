"""State kept between runs (issue 17): a damaged run log or Prefect database never blocks a run, every
failure an operator can cause is one line and an exit code, and a run killed outright leaves no
process behind. Runs are subprocesses; they use the session's Prefect server unless the test is
about the server itself."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import polars as pl
import pytest

from flows import storage
from flows.pipeline import RunSummary
from flows.server import _database_problem
from tests.conftest import REPO, SEEDS, run_fresh
from tests.reliability.conftest import one_line, run_arguments, warta
from transforms.schemas import TABLES

SEED_FILES = sorted(SEEDS.glob("*.txt"))


def tables(output: Path) -> dict[str, bytes]:
    return {name: (output / f"{name}.parquet").read_bytes() for name in TABLES}


def inbox_of(tmp_path: Path, count: int) -> Path:
    inputs = tmp_path / "in"
    inputs.mkdir(exist_ok=True)
    for seed in SEED_FILES[:count]:
        shutil.copy(seed, inputs / seed.name)
    return inputs


def own_server_env(tmp_path: Path) -> dict[str, str]:
    """No PREFECT_API_URL: the run starts its own temporary server, with its database here."""
    environment = {key: value for key, value in os.environ.items() if key != "PREFECT_API_URL"}
    return environment | {"PREFECT_HOME": str(tmp_path / "prefect"), "PYTHONUNBUFFERED": "1"}


@pytest.fixture(scope="module")
def four_published(prefect_server, tmp_path_factory) -> Path:
    """The first four seeds run and published once; tests damage copies of it."""
    folder = tmp_path_factory.mktemp("four-published")
    run_fresh(inbox_of(folder, 4), folder / "out")
    return folder


@pytest.fixture
def published(four_published, tmp_path) -> tuple[Path, Path]:
    """Inputs and output of a published run, with its state folder: this test's own copy."""
    for name in ("in", "out", "out.state"):
        shutil.copytree(four_published / name, tmp_path / name, symlinks=True)
    return tmp_path / "in", tmp_path / "out"


def test_a_damaged_run_log_is_set_aside_and_a_run_log_that_cannot_be_written_never_fails_a_run(
        published, seeds_output, subprocess_env, tmp_path):
    inputs, output = published
    runs = Path(f"{output}.state") / "runs.parquet"
    runs.write_bytes(runs.read_bytes()[: runs.stat().st_size // 2])  # truncated
    unchanged = warta(*run_arguments(inputs, output, "--quiet"), env=subprocess_env)
    assert unchanged.returncode == 0
    assert "cannot be read as the run log (parquet: File out of specification" in one_line(unchanged)
    assert [path.name.startswith("runs.parquet.damaged-") for path in runs.parent.glob("runs.parquet.*")] == [True]
    assert pl.read_parquet(runs)["status"].to_list() == ["unchanged"]
    (runs.parent / "runs.parquet.tmp").mkdir()  # now the log cannot be written
    inbox_of(tmp_path, 5)
    publishing = warta(*run_arguments(inputs, output, "--quiet"), env=subprocess_env)
    assert publishing.returncode == 0 and "the run was not logged" in one_line(publishing)
    assert tables(output) == tables(seeds_output)


def test_a_run_log_of_another_schema_is_set_aside(tmp_path, capsys):
    pl.DataFrame({"run": ["of another tool"]}).write_parquet(tmp_path / "runs.parquet")
    run = RunSummary("in", "out", str(tmp_path), status="unchanged").as_run_row()
    assert storage.append_run(tmp_path, run) == tmp_path / "runs.parquet"
    assert "cannot be read as the run log (columns run are not those of the run log)" in capsys.readouterr().err
    assert storage.read_runs(tmp_path)["run_id"].to_list() == run["run_id"].to_list()
    assert len(list(tmp_path.glob("runs.parquet.damaged-*"))) == 1


def test_a_full_disk_while_staging_is_one_line_and_leaves_the_output_intact(published, subprocess_env, tmp_path):
    inputs, output = published
    before = tables(output) | {"manifest": (output / "_manifest.json").read_bytes()}
    inbox_of(tmp_path, 5)
    full_disk = (  # an injected OSError stands in for a full disk when a table is staged
        "import errno, sys\nfrom flows import publishing\n"
        "def full(frame, path): raise OSError(errno.ENOSPC, 'No space left on device', str(path))\n"
        "publishing.write_table = full\nfrom warta.cli import main\nsys.exit(main(sys.argv[1:]))\n")
    result = subprocess.run([sys.executable, "-c", full_disk, *run_arguments(inputs, output, "--quiet")],
                            capture_output=True, text=True, cwd=REPO, env=subprocess_env, timeout=300)
    assert result.returncode == 4
    assert "no space left on device writing" in one_line(result) and "published output was left as it was" in result.stderr
    assert tables(output) | {"manifest": (output / "_manifest.json").read_bytes()} == before


def test_a_read_only_output_is_one_line(published, subprocess_env, operator_permissions, tmp_path):
    inputs, output = published
    before = tables(output)
    inbox_of(tmp_path, 5)
    output.chmod(0o555)
    try:
        result = warta(*run_arguments(inputs, output, "--quiet"), env=subprocess_env, operator=True)
    finally:
        output.chmod(0o755)
    assert result.returncode == 4 and "permission denied: " in one_line(result)
    assert tables(output) == before


def test_a_prefect_server_that_does_not_start_in_time_is_one_line_in_seconds(tmp_path):
    environment = own_server_env(tmp_path) | {"PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "1"}
    result = warta(*run_arguments(inbox_of(tmp_path, 1), tmp_path / "out", "--quiet"), env=environment, timeout=120)
    assert result.returncode == 4
    assert "the temporary Prefect server did not start within 1 s" in one_line(result)


def children_of(pid: int) -> dict[int, bytes]:
    """Child processes of `pid`, with their start times (an id can be reused, a start time cannot)."""
    found = {}
    for entry in Path("/proc").iterdir():
        try:
            fields = (entry / "stat").read_bytes().rsplit(b")", 1)[1].split()
        except (OSError, ValueError):
            continue
        if entry.name.isdigit() and int(fields[1]) == pid:
            found[int(entry.name)] = fields[19]
    return found


def still_running(processes: dict[int, bytes]) -> list[int]:
    running = []
    for pid, started in processes.items():
        try:
            if (Path("/proc") / str(pid) / "stat").read_bytes().rsplit(b")", 1)[1].split()[19] == started:
                running.append(pid)
        except OSError:
            pass
    return running


def test_a_killed_run_leaves_no_process_and_a_damaged_prefect_database_does_not_block_the_next(seeds_output, tmp_path):
    inputs, output = inbox_of(tmp_path, 5), tmp_path / "out"
    environment = own_server_env(tmp_path)
    run = subprocess.Popen([sys.executable, "-m", "warta.cli", *run_arguments(inputs, output)], stdout=subprocess.PIPE,
                           stderr=subprocess.DEVNULL, text=True, cwd=REPO, env=environment, start_new_session=True)
    try:
        for line in run.stdout:
            if line.startswith("  ingest "):  # the server is up, its database written
                break
        processes = children_of(run.pid)
        assert processes, "the run started no server"
        os.kill(run.pid, signal.SIGKILL)  # the main process only, not its group
        run.wait()
        deadline = time.monotonic() + 5
        while still_running(processes) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert still_running(processes) == []
    finally:
        os.killpg(run.pid, signal.SIGKILL) if still_running({run.pid: b""}) else None
    database = tmp_path / "prefect" / "prefect.db"
    database.write_bytes(database.read_bytes()[: database.stat().st_size // 3])  # truncated
    started = time.monotonic()
    rerun = warta(*run_arguments(inputs, output, "--quiet"), env=environment)
    assert rerun.returncode == 0, rerun.stderr
    assert "is not a whole Prefect database" in rerun.stderr and time.monotonic() - started < 100
    assert list(database.parent.glob("prefect.db.damaged-*"))
    assert tables(output) == tables(seeds_output)


@pytest.mark.parametrize("damage, problem", [
    (lambda path: path.write_bytes(b"garbage" * 100), "not an SQLite file"),
    (lambda path: path.write_bytes(path.read_bytes()[:2048]), "malformed"),
    (lambda path: None, None),
])
def test_a_prefect_database_is_checked_before_the_server_starts(tmp_path, damage, problem):
    database = tmp_path / "prefect.db"
    with sqlite3.connect(database) as connection:
        connection.execute("CREATE TABLE flow_run (id TEXT, state TEXT)")
        connection.executemany("INSERT INTO flow_run VALUES (?, ?)", [(str(i), "x" * 200) for i in range(200)])
    connection.close()
    damage(database)
    found = _database_problem(database)
    assert (found is None) if problem is None else (problem in found)
