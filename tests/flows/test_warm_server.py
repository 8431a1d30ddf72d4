"""The Prefect server kept warm between runs (flows/warm.py): reused while it answers, ended by its keeper once idle.

The keeper runs a stand-in server (a few lines of http.server answering every request) instead of Prefect's, which
needs seconds of CPU to start; what is tested is the keeper's and the runs' part."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from flows import warm

STAND_IN = ("import http.server, sys\n"
            "class Ok(http.server.BaseHTTPRequestHandler):\n"
            "    def do_GET(self): self.send_response(200); self.end_headers()\n"
            "    def log_message(self, *args): pass\n"
            "http.server.HTTPServer(('127.0.0.1', int(sys.argv[1])), Ok).serve_forever()\n")
KEEPER = ("import sys\nfrom pathlib import Path\nfrom flows import warm\n"
          f"warm.server_command = lambda port: [sys.executable, '-c', {STAND_IN!r}, str(port)]\n"
          "warm.keep(Path(sys.argv[1]), float(sys.argv[2]))\n")
# A run: claims the server of a state folder, prints its URL and keeper, then works for argv[3] seconds and says
# whether the server still answers.
RUN = ("import os, sys, time\nfrom pathlib import Path\nfrom flows import warm\n"
       f"warm.keeper_command = lambda folder, idle: [sys.executable, '-c', {KEEPER!r}, str(folder), str(idle)]\n"
       "folder = warm.claim(Path(sys.argv[1]), float(sys.argv[2]), os.environ)\n"
       "url = warm.wait(folder, time.monotonic() + 30)\n"
       "print(url, warm.read_record(folder)['pid'], flush=True)\n"
       "time.sleep(float(sys.argv[3]))\n"
       "print(warm.healthy(url))\n")


def run(state: Path, idle: float, works: float = 0) -> list[str]:
    result = subprocess.run([sys.executable, "-c", RUN, str(state), str(idle), str(works)], capture_output=True,
                            text=True, timeout=60, env={"PREFECT_HOME": str(state / "prefect"), "PATH": ""})
    assert result.returncode == 0, result.stderr
    return result.stdout.split()


def ended(record: dict) -> bool:
    """Whether the keeper of `record` ends within seconds."""
    deadline = time.monotonic() + 10
    while warm.keeper_alive(record) and time.monotonic() < deadline:
        time.sleep(0.1)
    return not warm.keeper_alive(record)


def test_the_next_run_reuses_the_server_which_ends_once_idle_and_not_while_a_run_uses_it(tmp_path):
    first = run(tmp_path, idle=1)
    url, keeper = first[0], int(first[1])
    assert url.startswith("http://127.0.0.1:") and warm.healthy(url)
    assert run(tmp_path, idle=1, works=2.5) == [url, str(keeper), "True"]  # reused; kept while in use past its idle time
    assert ended(warm.read_record(tmp_path / warm.FOLDER)) and not warm.healthy(url)
    assert warm.read_record(tmp_path / warm.FOLDER) is None
    assert run(tmp_path, idle=1)[1] != str(keeper)  # the next run launches a new one
    assert ended(warm.read_record(tmp_path / warm.FOLDER))
