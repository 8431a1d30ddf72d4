"""Prefect's temporary server kept warm between runs, and the keeper process that ends it when it has been idle.

The server needs about 6.5 s of its own CPU before it answers (importing `prefect.server`): on the critical path of
every run that starts its own. The first run of a state folder with an idle time (`--server-idle`, default 10 minutes)
launches a keeper instead, detached (its own session, its output to `<state>/server/server.log`, no pipe to the run):
the keeper starts the server and records its URL and its own pid in `<state>/server/server.json`; the next runs reuse
it while it answers. Each run holds a shared lock on `<state>/server/use.lock` until it ends (the system releases it
when a run is killed); the keeper tries the lock in exclusive mode every poll, and when no run has held it and none
has claimed the server for the idle time, it removes the record, stops the server and ends. It also ends, once no run
holds the lock, when its record is gone or names another keeper (the state folder removed, another keeper launched in
its place for another Prefect home).

This module imports nothing but the standard library: the keeper runs it for minutes, and a run claims the server
before it imports Prefect.
"""

from __future__ import annotations

import fcntl
import importlib.util
import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
import uuid
from pathlib import Path

FOLDER = "server"  # in the state folder
RECORD, USE_LOCK, LAUNCH_LOCK, LOG = "server.json", "use.lock", "launch.lock", "server.log"
PORT_TAKEN = 3  # uvicorn's exit code when another process took the port first
STOP_SECONDS = 5  # SIGTERM, then SIGKILL after this, as Prefect stops its own server
_uses: list = []  # the shared locks this process holds on servers it uses: held until it ends


def server_command(port: int) -> list[str]:
    """Prefect's ephemeral server on `port`: its app as Prefect's own launcher runs it.

    Prefect's folder is found without importing Prefect."""
    prefect_folder = Path(importlib.util.find_spec("prefect").origin).parent
    return [sys.executable, "-m", "uvicorn", "--app-dir", str(prefect_folder.parent), "--factory",
            "prefect.server.api.server:create_app", "--host", "127.0.0.1", "--port", str(port), "--log-level", "error",
            "--lifespan", "on"]


def keeper_command(folder: Path, idle: float) -> list[str]:
    """The keeper of the server of `folder` (`keep`)."""
    return [sys.executable, "-m", "flows.warm", str(folder), str(idle)]


def server_environment(environment) -> dict[str, str]:
    """The environment Prefect's own launcher gives its ephemeral server."""
    return {**environment, "PREFECT_UI_ENABLED": "0", "PREFECT__SERVER_EPHEMERAL": "1", "PREFECT__SERVER_FINAL": "1"}


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def healthy(url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{url}/health", timeout=2) as response:
            return response.status == 200
    except OSError:
        return False


def start_time(pid: int) -> str | None:
    """The start time of process `pid` (ids are reused, start times tell them apart); None when it is gone."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as stat:
            return stat.read().rsplit(b")", 1)[1].split()[19].decode()
    except (OSError, IndexError):
        return None


def read_record(folder: Path) -> dict | None:
    try:
        return json.loads((folder / RECORD).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def _write_record(folder: Path, record: dict) -> None:
    temporary = folder / f".{RECORD}.{uuid.uuid4().hex}"
    temporary.write_text(json.dumps(record), encoding="utf-8")
    temporary.replace(folder / RECORD)


def keeper_alive(record: dict | None) -> bool:
    return record is not None and start_time(record["pid"]) == record["started"]


def claim(state_dir: Path, idle: float, environment, before_launch=lambda: None) -> Path:
    """Use the warm server of `state_dir`, launching its keeper when none is alive (or it serves another Prefect
    home); `before_launch` runs first then (the database check). Returns the server's folder, whose record names its
    URL (`wait`). The use lasts until this process ends."""
    folder = state_dir / FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    use = open(folder / USE_LOCK, "a+b")
    fcntl.flock(use, fcntl.LOCK_SH)  # waits while a keeper decides to stop: it then removes its record first
    _uses.append(use)
    with open(folder / LAUNCH_LOCK, "a+b") as launch:
        fcntl.flock(launch, fcntl.LOCK_EX)  # one run launches, the others reuse
        record = read_record(folder)
        if not keeper_alive(record) or record["prefect_home"] != environment.get("PREFECT_HOME"):
            before_launch()
            with open(folder / LOG, "ab") as log:
                keeper = subprocess.Popen(
                    keeper_command(folder, idle), env=server_environment(environment),
                    stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
            while keeper.poll() is None and (read_record(folder) or {}).get("pid") != keeper.pid:
                time.sleep(0.02)  # the keeper records itself once its server is launched
        if keeper_alive(read_record(folder)):
            os.utime(folder / RECORD)  # claimed now: the idle time counts from here at least
    return folder


def wait(folder: Path, deadline: float) -> str | None:
    """The URL of the warm server once it answers; None when its keeper ended or the deadline (monotonic) passed."""
    while time.monotonic() < deadline:
        record = read_record(folder)
        if not keeper_alive(record):
            return None
        if record["url"] and healthy(record["url"]):
            return record["url"]
        time.sleep(0.1)
    return None


def keep(folder: Path, idle: float) -> None:
    """The keeper: start the server, record its URL, and stop it once idle (see the module's description)."""
    me = {"pid": os.getpid(), "started": start_time(os.getpid())}
    server, restarted = None, False
    signal.signal(signal.SIGTERM, lambda number, frame: sys.exit(0))
    try:
        while True:
            port = free_port()
            server = subprocess.Popen(server_command(port), stdin=subprocess.DEVNULL)
            if restarted and not _mine(folder, me):
                return
            _write_record(folder, me | {"url": f"http://127.0.0.1:{port}/api", "idle": idle,
                                        "prefect_home": os.environ.get("PREFECT_HOME")})
            if _watch(folder, me, server, idle):
                return
            restarted = True  # its port was taken: on another port
    finally:
        if server is not None and server.poll() is None:
            server.terminate()
            try:
                server.wait(timeout=STOP_SECONDS)
            except subprocess.TimeoutExpired:
                server.kill()


def _mine(folder: Path, me: dict) -> bool:
    record = read_record(folder)
    return record is not None and record["pid"] == me["pid"] and record["started"] == me["started"]


def _watch(folder: Path, me: dict, server: subprocess.Popen, idle: float) -> bool:
    """Poll until the server ends (False: start it again when its port was taken) or is to be stopped (True)."""
    poll = min(1.0, max(idle / 10, 0.05))
    last_used = time.time()
    with open(folder / USE_LOCK, "a+b") as use:
        while server.poll() is None:
            time.sleep(poll)
            try:
                fcntl.flock(use, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:  # a run uses the server (even when another keeper was launched meanwhile)
                last_used = time.time()
                continue
            try:
                if not _mine(folder, me):
                    return True
                if time.time() - max(last_used, (folder / RECORD).stat().st_mtime) >= idle:
                    (folder / RECORD).unlink()  # under the lock: a run claiming now launches a new keeper
                    return True
            except FileNotFoundError:  # the state folder was removed
                return True
            finally:
                fcntl.flock(use, fcntl.LOCK_UN)
    if server.returncode != PORT_TAKEN and _mine(folder, me):
        (folder / RECORD).unlink(missing_ok=True)
    return server.returncode != PORT_TAKEN


if __name__ == "__main__":
    keep(Path(sys.argv[1]), float(sys.argv[2]))
