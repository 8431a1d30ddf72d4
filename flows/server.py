"""The Prefect server a run talks to when no `PREFECT_API_URL` names one.

Its SQLite database is checked before it starts (a damaged one makes the server fail for minutes
with thousands of log lines): a database that is not whole is set aside and a new one created. It
starts within a timeout given in seconds. With an idle time (`warta run --server-idle`, the default)
the server is kept warm for the next runs and ended by its keeper (flows/warm.py); with 0, a watchdog
stops it when the run ends, even when the run is killed with SIGKILL and has no chance to stop it itself.
"""

from __future__ import annotations

import atexit
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from flows import warm
from flows.storage import set_aside
from flows.warm import free_port, healthy

PREFECT_DATABASE = "prefect.db"
SQLITE_HEADER = b"SQLite format 3\x00"
DATABASE_URL_SETTINGS = ("PREFECT_SERVER_DATABASE_CONNECTION_URL", "PREFECT_API_DATABASE_CONNECTION_URL")
STOP_SECONDS = 3

# Run by a separate Python process: its stdin is a pipe that only the run holds open, so reading it
# returns when the run ends, however it ends. It then stops the server (SIGTERM, then SIGKILL), if
# the process with that id is still the server (same start time in /proc: ids are reused).
WATCHDOG = """
import os, signal, sys, time
pid, started, whole_group = int(sys.argv[1]), sys.argv[2], sys.argv[3] == "group"
sys.stdin.buffer.read()
def start_time():
    try:
        with open(f"/proc/{pid}/stat", "rb") as stat:
            return stat.read().rsplit(b")", 1)[1].split()[19].decode()
    except OSError:
        return None
def signal_server(number):
    try:
        os.killpg(pid, number) if whole_group else os.kill(pid, number)
    except OSError:
        pass
if start_time() == started:
    signal_server(signal.SIGTERM)
    deadline = time.monotonic() + float(sys.argv[4])
    while time.monotonic() < deadline and start_time() == started:
        time.sleep(0.1)
    if start_time() == started:
        signal_server(signal.SIGKILL)
"""


class ServerDidNotStart(RuntimeError):
    """The Prefect server did not answer within its start timeout."""


def prefect_home() -> Path:
    from prefect.settings import PREFECT_HOME

    return Path(PREFECT_HOME.value()).expanduser()


def set_aside_damaged_database(prefect_home: Path) -> Path | None:
    """Set aside Prefect's SQLite database (in PREFECT_HOME) when it is not a whole SQLite file.

    Checks the header and runs SQLite's `PRAGMA quick_check` (milliseconds on a run's database);
    a database configured elsewhere (another URL) is not warta's to check.
    """
    if any(os.environ.get(name) for name in DATABASE_URL_SETTINGS):
        return None
    path = prefect_home / PREFECT_DATABASE
    problem = _database_problem(path)
    if problem is None:
        return None
    aside = set_aside(path, f"is not a whole Prefect database ({problem})")
    for suffix in ("-wal", "-shm"):  # SQLite's journal files belong with the database they were written for
        if path.with_name(PREFECT_DATABASE + suffix).exists():
            os.replace(path.with_name(PREFECT_DATABASE + suffix), aside.with_name(aside.name + suffix))
    return aside


def _database_problem(path: Path) -> str | None:
    try:
        with open(path, "rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except FileNotFoundError:
        return None
    if not header:
        return None  # an empty file is an empty database: Prefect creates its tables in it
    if header != SQLITE_HEADER:
        return "not an SQLite file"
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as connection:
            verdict = connection.execute("PRAGMA quick_check").fetchone()[0]
    except sqlite3.DatabaseError as error:
        return str(error)
    return None if verdict == "ok" else verdict.splitlines()[0]


def start_temporary_server(state_dir: Path, idle: float) -> None:
    """Launch the temporary server without waiting for it, before this process imports Prefect, so
    that the server's start (seconds of CPU) overlaps the run's own imports on another core; with an
    `idle` time (seconds), use the server kept warm for `state_dir` instead, launched when none is
    (flows/warm.py).

    Only before Prefect is imported, when the environment names no server (PREFECT_API_URL) and
    names the database's place (PREFECT_HOME, as the CLI does): then no setting can have been
    changed in this process, so the server reads from the environment the settings the run has.
    `temporary_server_url` lets it go when a profile names a server after all.
    """
    if _temporary or "prefect" in sys.modules or os.environ.get("PREFECT_API_URL") or not os.environ.get("PREFECT_HOME"):
        return
    home = Path(os.environ["PREFECT_HOME"]).expanduser()
    if idle > 0:
        folder = warm.claim(state_dir, idle, os.environ, before_launch=lambda: set_aside_damaged_database(home))
        _temporary.update(warm=folder, launched=time.monotonic(), ready=False)
        return
    set_aside_damaged_database(home)
    _start(os.environ)


def temporary_server_settings(url: str) -> dict:
    """The Prefect settings of a flow run on the temporary server at `url`: its API, and no heartbeats.

    Heartbeats let automations on a server find crashed flow runs; a temporary server has none. A sync flow run's end
    waits for its heartbeat thread, which sleeps a second at a time between heartbeats: 0 to 1 s of wall at the end of
    every run."""
    from prefect.settings import PREFECT_API_URL, PREFECT_FLOWS_HEARTBEAT_FREQUENCY

    return {PREFECT_API_URL: url, PREFECT_FLOWS_HEARTBEAT_FREQUENCY: None}


def temporary_server_url() -> str | None:
    """The API URL of this process's temporary Prefect server, started on first use (database
    checked first, start timed, process watched); None when `PREFECT_API_URL` names a server.

    The server is Prefect's own ephemeral one (its app, with the settings Prefect gives it) run here
    rather than through Prefect's launcher, which imports the whole server into this process
    first: seconds of CPU on the run's critical path, the server process importing it anyway.
    """
    from prefect.settings import PREFECT_API_URL, PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS, get_current_settings

    if PREFECT_API_URL.value():
        if "process" in _temporary:
            _stop(_temporary["process"])
        _temporary.clear()  # a warm server is left to its keeper
        return None
    timeout = PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS.value()
    if "warm" in _temporary:
        if not _temporary["ready"]:
            url = warm.wait(_temporary["warm"], _temporary["launched"] + timeout)
            if url is None:
                raise ServerDidNotStart(f"the Prefect server kept warm in {_temporary['warm']} did not answer within "
                                        f"{timeout} s (PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS; its log: "
                                        f"{_temporary['warm'] / warm.LOG})")
            _temporary.update(url=url, ready=True)
        return _temporary["url"]
    if _temporary.get("ready") and _temporary["process"].poll() is None:
        return _temporary["url"]
    environment = {**os.environ, **get_current_settings().to_environment_variables(exclude_unset=True)}
    if not _temporary or _temporary["process"].poll() is not None:
        _temporary.clear()
        set_aside_damaged_database(prefect_home())
        _start(environment)
    deadline = _temporary["launched"] + timeout
    while True:
        process, url = _temporary["process"], _temporary["url"]
        while process.poll() is None and not healthy(url) and time.monotonic() < deadline:
            time.sleep(0.1)
        if process.poll() is None and healthy(url):
            break
        _stop(process)
        if process.returncode != warm.PORT_TAKEN or time.monotonic() >= deadline:
            _temporary.clear()
            raise ServerDidNotStart(
                f"the temporary Prefect server did not start within {timeout} s "
                f"(PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS; database in {prefect_home()})")
        _start(environment, launched=_temporary["launched"])
    _temporary["ready"] = True
    return url


# This process's temporary server: process (or warm: the folder of the server kept warm), url, launched (monotonic seconds), ready.
_temporary: dict = {}


def _start(environment, launched: float | None = None) -> None:
    """Launch the server on a free port, watched, and let it go when this process exits."""
    port = free_port()
    process = _launch(port, environment)
    stop_with_this_process(process.pid, whole_group=False)
    if not _temporary:
        atexit.register(_let_go)
    _temporary.update(process=process, url=f"http://127.0.0.1:{port}/api", ready=False,
                      launched=time.monotonic() if launched is None else launched)


def _launch(port: int, environment) -> subprocess.Popen:
    """Prefect's ephemeral server on `port`, with the environment Prefect's own launcher gives it."""
    return subprocess.Popen(warm.server_command(port), env=warm.server_environment(environment))


def _let_go() -> None:
    """At exit: ask the server to stop without waiting for it (its graceful shutdown can take
    seconds); the watchdog kills it a few seconds after this process has ended if it has not."""
    if _temporary and _temporary["process"].poll() is None:
        _temporary["process"].terminate()


def _stop(process: subprocess.Popen) -> None:
    """Stop the server as Prefect stops its own: SIGTERM, then SIGKILL after 5 s."""
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def stop_with_this_process(pid: int, whole_group: bool) -> None:
    """Start a watchdog that stops process `pid` (its process group when `whole_group`) when this
    process ends, even by SIGKILL. The watchdog is in its own session, so killing the run's group
    does not kill it first."""
    started = warm.start_time(pid)
    watchdog = subprocess.Popen(
        [sys.executable, "-c", WATCHDOG, str(pid), started, "group" if whole_group else "process", str(STOP_SECONDS)],
        stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
    )
    # Kept referenced, so the pipe stays open: this process never writes to it, and the system
    # closes it when the process ends, which wakes the watchdog.
    _watchdogs.append(watchdog)


_watchdogs: list[subprocess.Popen] = []
