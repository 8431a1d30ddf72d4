"""`warta serve`: the deployment carries the schedule; a served schedule really runs."""

import os
import re
import signal
import subprocess
import sys
import time
from datetime import datetime, timedelta, timezone

import pytest

from flows import storage
from flows.server import healthy
from flows.serving import build_deployment, next_run
from tests.conftest import REPO, SEEDS
from warta.cli import main
from warta.settings import Settings


@pytest.mark.parametrize("settings, expected", [
    (Settings(cron="0 6 * * *"), ("cron", "0 6 * * *")),
    (Settings(interval=900), ("interval", timedelta(seconds=900))),
])
def test_the_served_deployment_carries_the_schedule_and_the_settings(tmp_path, settings, expected):
    settings = Settings(input=SEEDS, output=tmp_path / "out", state_dir=tmp_path / "state", max_bytes=1234,
                        keep_versions=5, mass_removal_share=0.5, cron=settings.cron, interval=settings.interval,
                        workers=3, dask_address="tcp://scheduler:8786")
    deployment = build_deployment(settings.flow_parameters(), settings.cron, settings.interval)
    [schedule] = deployment.schedules
    attribute, value = expected
    assert getattr(schedule.schedule, attribute) == value
    assert deployment.parameters == {"input_dir": str(SEEDS), "output_dir": str(tmp_path / "out"),
                                     "max_bytes": 1234, "state_dir": str(tmp_path / "state"),
                                     "keep_versions": 5, "mass_removal_share": 0.5,
                                     "workers": 3, "dask_address": "tcp://scheduler:8786"}


def test_the_next_run_is_the_next_cron_time_or_now_for_an_interval():
    now = datetime(2026, 1, 2, 3, 4, 5, tzinfo=timezone.utc)
    assert next_run("*/15 * * * *", now) == datetime(2026, 1, 2, 3, 15, tzinfo=timezone.utc)
    assert next_run(None, now) == now


@pytest.mark.parametrize("arguments", [[], ["--cron", "0 * * * *", "--interval", "60"]])
def test_serve_needs_exactly_one_schedule(arguments, capsys):
    assert main(["serve", *arguments]) == 2
    assert "serve needs a schedule" in capsys.readouterr().err


def test_a_served_schedule_runs_at_once_on_its_own_local_server_which_stops_with_it(tmp_path):  # slow: starts a real server
    # an hour's interval: the run this test waits for can only be the first one, due at once
    environment = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"} | {"PYTHONUNBUFFERED": "1"}
    state = tmp_path / "state"
    server = subprocess.Popen(
        [sys.executable, "-m", "warta.cli", "serve", "--interval", "3600", "--input", str(SEEDS),
         "--output", str(tmp_path / "out"), "--state-dir", str(state)],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, cwd=REPO, env=environment, start_new_session=True,
    )
    try:
        first_line = server.stdout.readline()
        url = re.search(r"local Prefect server at (\S+)", first_line).group(1)
        deadline = time.monotonic() + 240
        while time.monotonic() < deadline and "published" not in storage.read_runs(state)["status"].to_list():
            time.sleep(2)
        assert "published" in storage.read_runs(state)["status"].to_list()
        assert (tmp_path / "out" / "documents.parquet").is_file()
    finally:
        # the serve process alone, as `kill PID` or `docker stop` signal it: signalled as a group in the seconds a run
        # finishes, its run is killed mid-report and Prefect's runner retries its state calls for minutes (README)
        os.kill(server.pid, signal.SIGTERM)
        # Prefect's runner lets a run in progress finish before it stops: give it a whole run's time.
        rest, _ = server.communicate(timeout=300)
    assert not healthy(url)
    # A flow run still in its subprocess when the server stops may print its connection error after this line.
    assert "warta serve: next run at " in rest and "warta serve: stopped at " in rest
