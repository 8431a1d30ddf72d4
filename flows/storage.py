"""File system side of the pipeline: tables, the code version and the run log (publishing is in
flows/publishing.py, the extraction cache in flows/cache.py)."""

from __future__ import annotations

import fcntl
import hashlib
import os
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


def read_runs(state_dir: Path) -> pl.DataFrame:
    path = state_dir / RUNS_FILE
    return pl.read_parquet(path) if path.exists() else RUNS.empty()


def append_run(state_dir: Path, run: pl.DataFrame) -> Path:
    """Add one row to the run log. Runs that find the output busy append too, hence the own lock."""
    state_dir.mkdir(parents=True, exist_ok=True)
    path = state_dir / RUNS_FILE
    with open(state_dir / "runs.lock", "a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            runs = RUNS.conform(pl.concat([read_runs(state_dir), RUNS.conform(run)]))
            temporary = path.with_name(path.name + ".tmp")
            runs.write_parquet(temporary, compression="zstd")
            os.replace(temporary, path)
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
    return path
