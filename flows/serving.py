"""`warta serve`: the run flow on a schedule, with Prefect's own scheduler.

Prefect does not schedule on its temporary embedded server, so serving needs a real one: the server
named by `PREFECT_API_URL` when it is set, otherwise a local server that `serve` starts itself on
the loopback interface, with its database in the state folder, and stops on exit.
"""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
import warnings
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path

from flows.server import ServerDidNotStart, free_port, healthy, prefect_home, set_aside_damaged_database, stop_with_this_process

DEPLOYMENT_NAME = "scheduled"
SERVER_START_SECONDS = 180


class ServeError(ValueError):
    """The schedule cannot be served as given (a cron expression that is not one)."""


def check_schedule(cron: str | None) -> None:
    """Refuse a bad cron expression before anything starts."""
    if cron is None:
        return
    from prefect.client.schemas.schedules import CronSchedule

    try:
        CronSchedule(cron=cron)
    except ValueError:
        raise ServeError(f"cron {cron!r} is not a cron expression (five fields, e.g. \"*/15 * * * *\")") from None


def build_deployment(parameters: dict[str, object], cron: str | None, interval: int | None):
    """The run flow as a deployment carrying the schedule (a cron expression or seconds) and its parameters."""
    from flows.pipeline import warta_run

    return warta_run.to_deployment(
        name=DEPLOYMENT_NAME, cron=cron, interval=interval, parameters=parameters,
        description=f"warta run of {parameters['input_dir']} into {parameters['output_dir']}",
    )


def next_run(cron: str | None, now: datetime) -> datetime:
    """When the schedule first fires after `now` (UTC, Prefect's default time zone for schedules).

    An interval schedule's first run is due at once (`_serve_deployment` starts it).
    """
    from cronsim import CronSim

    return next(CronSim(cron, now)) if cron else now


def serve(parameters: dict[str, object], cron: str | None, interval: int | None) -> None:
    """Serve the scheduled deployment of the run flow with these parameters until interrupted (Ctrl-C or SIGTERM)."""
    check_schedule(cron)
    try:
        if os.environ.get("PREFECT_API_URL"):
            _serve_deployment(parameters, cron, interval, pause_on_shutdown=True)
            return
        with local_server(Path(str(parameters["state_dir"]))) as url:
            print(f"warta serve: started a local Prefect server at {url} (UI: {url.removesuffix('/api')})", flush=True)
            # the schedule dies with its own server: pausing it would only retry against a server going down
            _serve_deployment(parameters, cron, interval, pause_on_shutdown=False)
    finally:
        print(f"warta serve: stopped at {datetime.now(timezone.utc):%Y-%m-%d %H:%M:%S} UTC; no further runs", flush=True)


def _serve_deployment(parameters: dict[str, object], cron: str | None, interval: int | None, pause_on_shutdown: bool) -> None:
    from prefect.deployments import run_deployment
    from prefect.exceptions import TerminationSignal
    from prefect.runner import Runner

    # Prefect's SIGTERM handler calls an async stop without awaiting it; the shutdown is clean anyway.
    warnings.filterwarnings("ignore", message="coroutine 'Runner.astop' was never awaited")
    schedule = f"cron {cron!r}" if cron else f"every {interval} s"
    print(f"warta serve: {parameters['input_dir']} -> {parameters['output_dir']}, {schedule}; stop with Ctrl-C", flush=True)
    print(f"warta serve: next run at {next_run(cron, datetime.now(timezone.utc)):%Y-%m-%d %H:%M:%S} UTC", flush=True)
    # One run at a time: a run that is late waits for the previous one instead of finding the output busy.
    runner = Runner(pause_on_shutdown=pause_on_shutdown, limit=1)
    deployment_id = runner.add_deployment(build_deployment(parameters, cron, interval))
    if interval:
        # Prefect's scheduler places an interval's first run one interval after the deployment is made
        # (an hour's wait for `--interval 3600`); the user expects the first run now.
        run_deployment(deployment_id, timeout=0, as_subflow=False)
    try:
        asyncio.run(runner.start())
    except (KeyboardInterrupt, TerminationSignal):
        pass


@contextmanager
def local_server(state_dir: Path):
    """A Prefect server on 127.0.0.1 for the duration of the block; yields its API URL.

    It runs in its own process group, so stopping it also stops the workers it spawned; SIGTERM
    reaches this block as SystemExit (Prefect's runner turns it into a graceful exit), and a watchdog
    stops the group when this process is killed outright.
    """
    set_aside_damaged_database(prefect_home())
    port = free_port()
    url = f"http://127.0.0.1:{port}/api"
    state_dir.mkdir(parents=True, exist_ok=True)
    log = open(state_dir / "prefect-server.log", "ab")
    environment = os.environ | {"PREFECT_SERVER_ANALYTICS_ENABLED": "false", "PREFECT_API_URL": url}
    server = subprocess.Popen(
        [sys.executable, "-m", "prefect", "server", "start", "--host", "127.0.0.1", "--port", str(port)],
        stdout=log, stderr=subprocess.STDOUT, env=environment, start_new_session=True,
    )
    stop_with_this_process(server.pid, whole_group=True)
    try:
        deadline = time.monotonic() + SERVER_START_SECONDS
        while not healthy(url):
            if server.poll() is not None or time.monotonic() > deadline:
                raise ServerDidNotStart(f"the local Prefect server did not start within {SERVER_START_SECONDS} s; "
                                        f"see {state_dir / 'prefect-server.log'}")
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
