"""The temporary server is launched before the run imports Prefect, only when its settings can come from the environment."""

from __future__ import annotations

import sys

import pytest

from flows import server


@pytest.fixture
def launches(monkeypatch, tmp_path):
    """Record launches instead of starting a server; no server of this process is known."""
    started = []
    monkeypatch.setattr(server, "_temporary", {})
    monkeypatch.setattr(server, "_start", lambda environment, launched=None: started.append(environment))
    monkeypatch.setenv("PREFECT_HOME", str(tmp_path))
    monkeypatch.delenv("PREFECT_API_URL", raising=False)
    return started


def test_the_server_is_launched_early_when_prefect_is_not_imported_yet(launches, monkeypatch, tmp_path):
    monkeypatch.delitem(sys.modules, "prefect", raising=False)
    server.start_temporary_server(tmp_path, 0)
    assert len(launches) == 1


@pytest.mark.parametrize("setting", ["prefect imported", "api url", "no home"])
def test_the_server_is_not_launched_early_when_settings_may_differ_from_the_environment(launches, monkeypatch, setting, tmp_path):
    monkeypatch.delitem(sys.modules, "prefect", raising=False)
    if setting == "prefect imported":
        monkeypatch.setitem(sys.modules, "prefect", sys)  # any module: only its presence counts
    elif setting == "api url":
        monkeypatch.setenv("PREFECT_API_URL", "http://127.0.0.1:4200/api")
    else:
        monkeypatch.delenv("PREFECT_HOME")
    server.start_temporary_server(tmp_path, 0)
    assert launches == []


def test_a_server_launched_early_is_stopped_when_the_settings_name_a_server(monkeypatch):
    from prefect.settings import PREFECT_API_URL, temporary_settings

    stopped = []
    monkeypatch.setattr(server, "_temporary", {"process": "early", "url": "http://127.0.0.1:1/api", "ready": False, "launched": 0.0})
    monkeypatch.setattr(server, "_stop", stopped.append)
    with temporary_settings({PREFECT_API_URL: "http://127.0.0.1:4200/api"}):
        assert server.temporary_server_url() is None
    assert stopped == ["early"] and server._temporary == {}


def test_a_flow_run_on_the_temporary_server_sends_no_heartbeats(prefect_server):
    """The settings reach the flow run: its engine starts no heartbeat thread, which its end would wait for."""
    from prefect import flow
    from prefect.settings import PREFECT_API_URL, get_current_settings, temporary_settings

    @flow
    def settings_seen() -> tuple:
        settings = get_current_settings()
        return settings.api.url, settings.flows.heartbeat_frequency

    url = PREFECT_API_URL.value()
    assert settings_seen()[1] is not None  # Prefect's default: heartbeats
    with temporary_settings(server.temporary_server_settings(url)):
        assert settings_seen() == (url, None)
