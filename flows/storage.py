"""File system side of the pipeline: tables, the code version and the run log (the input folder is read
in flows/inputs.py, publishing is in flows/publishing.py, the extraction cache in flows/cache.py)."""

from __future__ import annotations

import fcntl
import hashlib
import os
import sys
from datetime import datetime, timezone
from functools import lru_cache
from pathlib import Path

import polars as pl

import transforms
from transforms.schemas import RUNS, TABLES

RUNS_FILE = "runs.parquet"


def write_table(frame: pl.DataFrame, path: Path) -> None:
    """Parquet with the declared schema, zstd, statistics on; deterministic for equal frames."""
    table = TABLES[path.stem]
    frame.select(pl.col(c.name).cast(c.dtype) for c in table.columns).write_parquet(
        path, compression="zstd", statistics=True, row_group_size=100_000
    )


@lru_cache(maxsize=1)
def code_version() -> str:
    """Hash of the transforms' code and data: cached extractions and digests are only reused under it."""
    root = Path(transforms.__file__).parent
    digest = hashlib.sha256()
    for path in sorted(p for p in root.rglob("*") if p.is_file() and p.suffix != ".pyc" and "__pycache__" not in p.parts):
        digest.update(path.relative_to(root).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def set_aside(path: Path, why: str) -> Path:
    """Rename damaged state out of the way (never delete it: it may help find what damaged it) and say so."""
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%fZ")
    aside = path.with_name(f"{path.name}.damaged-{stamp}")
    os.replace(path, aside)
    warn(f"{path} {why}; set aside as {aside.name}, a new one is started")
    return aside


def warn(message: str) -> None:
    print(f"warta: warning: {message}", file=sys.stderr, flush=True)


def read_runs(state_dir: Path) -> pl.DataFrame:
    """The run log; empty when there is none. Raises when the file is damaged or has another schema."""
    path = state_dir / RUNS_FILE
    if not path.exists():
        return RUNS.empty()
    runs = pl.read_parquet(path)
    foreign = {name: dtype for name, dtype in runs.schema.items() if RUNS.schema.get(name) != dtype}
    if foreign:
        raise pl.exceptions.SchemaError(f"columns {', '.join(foreign)} are not those of the run log")
    # a log written before a column was added gets nulls in it
    return RUNS.conform(runs.with_columns(pl.lit(None, dtype).alias(name) for name, dtype in RUNS.schema.items()
                                          if name not in runs.columns))


def append_run(state_dir: Path, run: pl.DataFrame) -> Path | None:
    """Add one row to the run log. Runs that find the output busy append too, hence the own lock.

    A log that cannot be read (truncated, another schema) is set aside and a new one started; a log
    that cannot be written is only a warning: the run's outcome is in its tables, not in its log.
    """
    path = state_dir / RUNS_FILE
    try:
        state_dir.mkdir(parents=True, exist_ok=True)
        with open(state_dir / "runs.lock", "a") as handle:
            fcntl.flock(handle, fcntl.LOCK_EX)
            try:
                try:
                    runs = read_runs(state_dir)
                except (OSError, pl.exceptions.PolarsError) as error:
                    set_aside(path, f"cannot be read as the run log ({str(error).splitlines()[0]})")
                    runs = RUNS.empty()
                runs = RUNS.conform(pl.concat([runs, RUNS.conform(run)]))
                temporary = path.with_name(path.name + ".tmp")
                runs.write_parquet(temporary, compression="zstd")
                os.replace(temporary, path)
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)
    except (OSError, pl.exceptions.PolarsError) as error:
        reason = getattr(error, "strerror", None) or str(error).splitlines()[0]
        warn(f"the run was not logged: {path} cannot be written ({reason})")
        return None
    return path
