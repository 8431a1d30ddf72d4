from pathlib import Path

import pytest

from warta.settings import Settings, SettingsError, load_settings


@pytest.fixture
def config(tmp_path) -> Path:
    path = tmp_path / "warta.toml"
    path.write_text('input = "from-file"\noutput = "out-file"\nmax_bytes = 1_000\ncron = "0 6 * * *"\n')
    return path


@pytest.mark.parametrize("flags, environ, expected", [
    ({}, {}, {"input": Path("from-file"), "output": Path("out-file"), "max_bytes": 1000, "cron": "0 6 * * *"}),
    ({}, {"WARTA_INPUT": "from-env", "WARTA_MAX_BYTES": "2000"}, {"input": Path("from-env"), "max_bytes": 2000}),
    ({"input": "from-flag", "max_bytes": "3000"}, {"WARTA_INPUT": "from-env"}, {"input": Path("from-flag"), "max_bytes": 3000}),
    ({"interval": "60"}, {"WARTA_STATE_DIR": "/var/lib/warta"}, {"interval": 60, "state_dir": Path("/var/lib/warta")}),
    ({"keep_versions": "5"}, {"WARTA_MASS_REMOVAL_SHARE": "0.25"}, {"keep_versions": 5, "mass_removal_share": 0.25}),
    ({"output": None}, {"WARTA_OUTPUT": ""}, {"output": Path("out-file")}),  # unset flag and empty variable do not count
    ({"workers": "3"}, {"WARTA_DASK_ADDRESS": "tcp://scheduler:8786", "WARTA_WORKERS": "8"},
     {"workers": 3, "dask_address": "tcp://scheduler:8786"}),
    ({"server_idle": "0"}, {"WARTA_SERVER_IDLE": "30"}, {"server_idle": 0}),  # 0 counts: the server ends with the run
    ({}, {"WARTA_SERVER_IDLE": "45"}, {"server_idle": 45}),
])
def test_flags_win_over_environment_which_wins_over_the_config_file(config, flags, environ, expected):
    settings = load_settings(flags, environ, config)
    assert {name: getattr(settings, name) for name in expected} == expected


def test_without_a_config_file_the_defaults_apply(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert load_settings({}, {}) == Settings()


def test_the_config_file_can_be_named_by_the_environment(config):
    assert load_settings({}, {"WARTA_CONFIG": str(config)}).input == Path("from-file")


@pytest.mark.parametrize("flags, environ, content, message", [
    ({"max_bytes": "lots"}, {}, "", "max_bytes from --max-bytes: 'lots' is not valid"),
    ({}, {"WARTA_INTERVAL": "-5"}, "", "interval from WARTA_INTERVAL: '-5' is not valid (must be a positive whole number)"),
    ({}, {"WARTA_MASS_REMOVAL_SHARE": "1.5"}, "", "mass_removal_share from WARTA_MASS_REMOVAL_SHARE: '1.5' is not valid (must be a share above 0 and at most 1)"),
    ({}, {"WARTA_SERVER_IDLE": "-1"}, "", "server_idle from WARTA_SERVER_IDLE: '-1' is not valid (must be a whole number, 0 or more)"),
    ({}, {}, "inptu = 'x'\n", "unknown setting inptu"),
    ({}, {}, "input = \n", "is not valid TOML"),
])
def test_bad_settings_name_the_setting_and_where_it_came_from(tmp_path, flags, environ, content, message):
    path = tmp_path / "warta.toml"
    path.write_text(content)
    with pytest.raises(SettingsError, match=message.replace("(", r"\(").replace(")", r"\)")):
        load_settings(flags, environ, path)


def test_a_named_config_file_that_is_missing_is_an_error(tmp_path):
    with pytest.raises(SettingsError, match="config file not found"):
        load_settings({}, {}, tmp_path / "nope.toml")
