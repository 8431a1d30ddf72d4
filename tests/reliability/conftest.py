"""Runs of the `warta` command as an operator makes them, in subprocesses, with what they print."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO


def warta(*arguments: str, env: dict[str, str], timeout: float = 300, operator: bool = False) -> subprocess.CompletedProcess:
    """`warta ARGUMENTS` in a subprocess. `operator` runs it without the super-user's right to read
    and write any file, so that permissions matter even when the tests run as root."""
    command = [sys.executable, "-m", "warta.cli", *arguments]
    if operator and os.geteuid() == 0:
        command = [shutil.which("setpriv"), "--bounding-set", "-dac_override,-dac_read_search", *command]
    return subprocess.run(command, capture_output=True, text=True, cwd=REPO, env=env, timeout=timeout)


def one_line(result: subprocess.CompletedProcess) -> str:
    """The single `warta:` line a failure prints, and no traceback."""
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("warta: "), result.stderr
    assert "Traceback" not in result.stdout
    return lines[0]


@pytest.fixture
def operator_permissions() -> None:
    """Skip when permissions cannot be made to matter (root without setpriv)."""
    if os.geteuid() == 0 and shutil.which("setpriv") is None:
        pytest.skip("running as root without setpriv: file permissions are not enforced")


def run_arguments(inputs: Path, output: Path, *more: str) -> list[str]:
    return ["run", "--input", str(inputs), "--output", str(output), "--state-dir", f"{output}.state", *more]
