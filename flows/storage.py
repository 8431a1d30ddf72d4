"""File system side of the pipeline: input files, the extraction cache and the run log
(publishing is in flows/publishing.py)."""

from __future__ import annotations

import fcntl
import hashlib
import os
import shutil
from functools import lru_cache
from pathlib import Path

import polars as pl

import transforms
from transforms.increments import EXTRACTION_SCHEMAS
from transforms.schemas import RUNS, TABLES

CACHE = "cache"
CACHE_VERSION = "version.txt"
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




def read_cache(state_dir: Path, version: str) -> dict[str, pl.DataFrame] | None:
    """The cached per-document extraction, or None when there is none for this code version.

    A cache that cannot be read (a crash while it was written, a disk error) is only a slower run.
    """
    folder = state_dir / CACHE
    try:
        if (folder / CACHE_VERSION).read_text().strip() != version:
            return None
        return {name: pl.read_parquet(folder / f"{name}.parquet") for name in EXTRACTION_SCHEMAS}
    except (OSError, pl.exceptions.PolarsError):
        return None


def write_cache(state_dir: Path, version: str, extraction: dict[str, pl.DataFrame]) -> None:
    """Replace the cache with this extraction; written aside, then renamed into place."""
    folder, fresh = state_dir / CACHE, state_dir / f"{CACHE}.new"
    shutil.rmtree(fresh, ignore_errors=True)
    fresh.mkdir(parents=True)
    for name in EXTRACTION_SCHEMAS:
        extraction[name].write_parquet(fresh / f"{name}.parquet", compression="zstd")
    (fresh / CACHE_VERSION).write_text(version)
    shutil.rmtree(folder, ignore_errors=True)
    os.replace(fresh, folder)


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
