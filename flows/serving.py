"""`warta serve`: the run flow on a schedule, with Prefect's own scheduler.

Prefect does not schedule on its temporary embedded server, so serving needs a real one: the server
named by `PREFECT_API_URL` when it is set, otherwise a local server that `serve` starts itself on
the loopback interface, with its database in the state folder, and stops on exit.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
import warnings
from contextlib import contextmanager
from pathlib import Path

from warta.settings import Settings

DEPLOYMENT_NAME = "scheduled"
SERVER_START_SECONDS = 180


class ServeError(RuntimeError):
    """The schedule cannot be served (the local server did not start)."""


def build_deployment(settings: Settings):
    """The run flow as a deployment carrying the schedule and the settings as parameters."""
    from flows.pipeline import warta_run

    parameters = {
        "input_dir": str(settings.input.resolve()), "output_dir": str(settings.output.resolve()),
        "max_bytes": settings.max_bytes, "state_dir": str(settings.state_dir.resolve()),
        "workers": settings.workers, "dask_address": settings.dask_address,
    }
    return warta_run.to_deployment(
        name=DEPLOYMENT_NAME, cron=settings.cron, interval=settings.interval, parameters=parameters,
        description=f"warta run of {parameters['input_dir']} into {parameters['output_dir']}",
    )


def serve(settings: Settings) -> None:
    """Serve the scheduled deployment until interrupted (Ctrl-C or SIGTERM)."""
    if os.environ.get("PREFECT_API_URL"):
        _serve_deployment(settings)
        return
    with local_server(settings.state_dir) as url:
        print(f"warta serve: started a local Prefect server at {url} (UI: {url.removesuffix('/api')})", flush=True)
        _serve_deployment(settings)


def _serve_deployment(settings: Settings) -> None:
    from prefect import serve as prefect_serve

    # Prefect's SIGTERM handler calls an async stop without awaiting it; the shutdown is clean anyway.
    warnings.filterwarnings("ignore", message="coroutine 'Runner.astop' was never awaited")
    schedule = f"cron {settings.cron!r}" if settings.cron else f"every {settings.interval} s"
    print(f"warta serve: {settings.input} -> {settings.output}, {schedule}; stop with Ctrl-C", flush=True)
    # One run at a time: a run that is late waits for the previous one instead of finding the output busy.
    prefect_serve(build_deployment(settings), print_starting_message=False, limit=1)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _healthy(url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{url}/health", timeout=2) as response:
            return response.status == 200
    except OSError:
        return False


@contextmanager
def local_server(state_dir: Path):
    """A Prefect server on 127.0.0.1 for the duration of the block; yields its API URL.

    It runs in its own process group, so stopping it also stops the workers it spawned; SIGTERM
    reaches this block as SystemExit (Prefect's runner turns it into a graceful exit).
    """
    port = _free_port()
    url = f"http://127.0.0.1:{port}/api"
    state_dir.mkdir(parents=True, exist_ok=True)
    log = open(state_dir / "prefect-server.log", "ab")
    environment = os.environ | {"PREFECT_SERVER_ANALYTICS_ENABLED": "false", "PREFECT_API_URL": url}
    server = subprocess.Popen(
        [sys.executable, "-m", "prefect", "server", "start", "--host", "127.0.0.1", "--port", str(port)],
        stdout=log, stderr=subprocess.STDOUT, env=environment, start_new_session=True,
    )
    try:
        deadline = time.monotonic() + SERVER_START_SECONDS
        while not _healthy(url):
            if server.poll() is not None or time.monotonic() > deadline:
                raise ServeError(f"the local Prefect server did not start; see {state_dir / 'prefect-server.log'}")
            time.sleep(0.5)
        os.environ["PREFECT_API_URL"] = url
        yield url
    finally:
        os.environ.pop("PREFECT_API_URL", None)
        _stop(server)
        log.close()


def _stop(server: subprocess.Popen) -> None:
    if server.poll() is None:
        os.killpg(server.pid, signal.SIGTERM)
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
            server.wait()
