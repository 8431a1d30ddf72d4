"""Run settings from CLI flags, then environment variables, then a config file, then defaults.

The config file is TOML with top-level keys named like the settings (`input = "inbox"`); it is
`warta.toml` in the working folder, or the file named by `--config` or `WARTA_CONFIG`.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, fields, replace
from pathlib import Path

from flows import defaults

CONFIG_FILE = "warta.toml"
CONFIG_ENV = "WARTA_CONFIG"


class SettingsError(ValueError):
    """A setting has a value warta cannot use; the message names the setting and where it came from."""


@dataclass(frozen=True)
class Settings:
    input: Path = Path(defaults.INPUT_DIR)
    output: Path = Path(defaults.OUTPUT_DIR)
    state_dir: Path = Path(defaults.STATE_DIR)
    max_bytes: int = defaults.MAX_BYTES
    keep_versions: int = defaults.KEEP_VERSIONS  # published versions kept in output/versions/
    mass_removal_share: float = defaults.MASS_REMOVAL_SHARE  # a run that would remove this share of the published documents refuses
    cron: str | None = None  # `warta serve` schedule, or
    interval: int | None = None  # seconds between scheduled runs
    workers: int | None = None  # extraction processes on this machine; None: one per core
    dask_address: str | None = None  # a Dask scheduler (tcp://host:8786) to extract on instead
    server_idle: int = defaults.SERVER_IDLE  # seconds the Prefect server kept warm for `warta run` waits; 0: none kept

    def flow_parameters(self) -> dict[str, object]:
        """The run flow's parameters for these settings, folders as absolute paths."""
        return {"input_dir": str(self.input.resolve()), "output_dir": str(self.output.resolve()),
                "max_bytes": self.max_bytes, "state_dir": str(self.state_dir.resolve()),
                "keep_versions": self.keep_versions, "mass_removal_share": self.mass_removal_share,
                "workers": self.workers, "dask_address": self.dask_address}

    @property
    def env_names(self) -> dict[str, str]:
        return {f.name: f"WARTA_{f.name.upper()}" for f in fields(self)}


def _positive_int(text: str) -> int:
    value = int(str(text).replace("_", ""))
    if value <= 0:
        raise ValueError("must be a positive whole number")
    return value


def _non_negative_int(text: str) -> int:
    value = int(str(text).replace("_", ""))
    if value < 0:
        raise ValueError("must be a whole number, 0 or more")
    return value


def _share(text: str) -> float:
    value = float(text)
    if not 0 < value <= 1:
        raise ValueError("must be a share above 0 and at most 1")
    return value


PARSERS: dict[str, Callable[[str], object]] = {
    "input": Path, "output": Path, "state_dir": Path, "max_bytes": _positive_int, "keep_versions": _positive_int,
    "mass_removal_share": _share, "cron": str, "interval": _positive_int, "workers": _positive_int, "dask_address": str,
    "server_idle": _non_negative_int,
}


def _parse(name: str, value: object, origin: str) -> object:
    try:
        return PARSERS[name](value)
    except (TypeError, ValueError) as error:
        raise SettingsError(f"{name} from {origin}: {value!r} is not valid ({error})") from None


def read_config(path: Path | None, explicit: bool) -> dict[str, object]:
    """The settings in a TOML file; a missing default file is no error, a missing named one is."""
    if path is None or not path.is_file():
        if explicit:
            raise SettingsError(f"config file not found: {path}")
        return {}
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise SettingsError(f"config file {path} is not valid TOML: {error}") from None
    unknown = sorted(set(data) - set(PARSERS))
    if unknown:
        raise SettingsError(f"config file {path}: unknown setting {', '.join(unknown)} (known: {', '.join(PARSERS)})")
    return data


def load_settings(flags: Mapping[str, object], environ: Mapping[str, str] | None = None,
                  config: Path | None = None) -> Settings:
    """Flags (None = not given) win over `WARTA_*` variables, which win over the config file."""
    environ = os.environ if environ is None else environ
    named = config or (Path(environ[CONFIG_ENV]) if environ.get(CONFIG_ENV) else None)
    file_values = read_config(named or Path(CONFIG_FILE), explicit=named is not None)
    settings = Settings()
    chosen: dict[str, object] = {}
    for name, env_name in settings.env_names.items():
        if flags.get(name) is not None:
            chosen[name] = _parse(name, flags[name], f"--{name.replace('_', '-')}")
        elif environ.get(env_name):
            chosen[name] = _parse(name, environ[env_name], env_name)
        elif name in file_values:
            chosen[name] = _parse(name, file_values[name], str(named or CONFIG_FILE))
    return replace(settings, **chosen)
