"""File system side of the pipeline: input files, staged and published tables, the extraction cache
and the run log.

Write, audit, publish: tables are written to `<output>/.staging/`, validated there, and only then
moved over the published files. The moves are atomic renames on one file system; a journal
(`.publish-journal.json`) written before the first rename lets the next run finish a publish that
was interrupted half-way, so readers never keep a mix of two runs.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import shutil
import sys
from contextlib import contextmanager
from datetime import datetime, timezone
from functools import lru_cache
from pathlib import Path

import polars as pl

import transforms
from transforms.increments import EXTRACTION_SCHEMAS
from transforms.schemas import RUNS, TABLES

LOCK = ".lock"
STAGING = ".staging"
JOURNAL = ".publish-journal.json"
MANIFEST = "_manifest.json"
CACHE = "cache"
CACHE_VERSION = "version.txt"
RUNS_FILE = "runs.parquet"


class OutputBusy(Exception):
    """Another run holds the output folder."""


@contextmanager
def output_lock(output_dir: Path):
    """Hold the output folder for one run; a second run refuses at once instead of interleaving writes.

    The lock is an advisory `flock` on `<output>/.lock`: the system releases it when the holding
    process ends, even if it is killed, so a crashed run never leaves the folder locked.
    """
    output_dir.mkdir(parents=True, exist_ok=True)
    # The file stays empty: a rerun that changes nothing must leave the output folder byte-identical.
    with open(output_dir / LOCK, "a") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise OutputBusy(f"{output_dir} is being written by another warta run; try again when it ends") from None
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def write_table(frame: pl.DataFrame, path: Path) -> None:
    """Parquet with the declared schema, zstd, statistics on; deterministic for equal frames."""
    table = TABLES[path.stem]
    frame.select(pl.col(c.name).cast(c.dtype) for c in table.columns).write_parquet(
        path, compression="zstd", statistics=True, row_group_size=100_000
    )


def stage_tables(tables: dict[str, pl.DataFrame], output_dir: Path) -> Path:
    staging = output_dir / STAGING
    if staging.exists():
        shutil.rmtree(staging)
    staging.mkdir(parents=True)
    for name, frame in tables.items():
        write_table(frame, staging / f"{name}.parquet")
    return staging


def read_staged(staging: Path) -> dict[str, pl.DataFrame]:
    return {path.stem: pl.read_parquet(path) for path in sorted(staging.glob("*.parquet"))}


def publish(staging: Path, output_dir: Path, manifest: dict) -> None:
    """Move staged tables over the published ones; the journal makes the move all-or-nothing."""
    names = sorted(path.name for path in staging.glob("*.parquet"))
    _write_atomic(output_dir / JOURNAL, json.dumps({"tables": names}))
    _write_atomic(staging / MANIFEST, json.dumps(manifest, indent=2, sort_keys=True, default=str))
    finish_publish(output_dir)


def finish_publish(output_dir: Path) -> bool:
    """Complete an interrupted publish, if a journal is left. True when there was one."""
    journal = output_dir / JOURNAL
    if not journal.exists():
        return False
    staging = output_dir / STAGING
    for name in json.loads(journal.read_text())["tables"] + [MANIFEST]:
        if (staging / name).exists():
            os.replace(staging / name, output_dir / name)
    _fsync_dir(output_dir)
    journal.unlink()
    shutil.rmtree(staging, ignore_errors=True)
    return True


def discard_staging(output_dir: Path) -> None:
    shutil.rmtree(output_dir / STAGING, ignore_errors=True)


def _write_atomic(path: Path, content: str) -> None:
    temporary = path.with_name(path.name + ".tmp")
    with open(temporary, "w", encoding="utf-8") as handle:
        handle.write(content)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temporary, path)


def _fsync_dir(path: Path) -> None:
    descriptor = os.open(path, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


@lru_cache(maxsize=1)
def code_version() -> str:
    """Hash of the transforms' code and data: cached extractions and digests are only reused under it."""
    root = Path(transforms.__file__).parent
    digest = hashlib.sha256()
    for path in sorted(p for p in root.rglob("*") if p.is_file() and p.suffix != ".pyc" and "__pycache__" not in p.parts):
        digest.update(path.relative_to(root).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def read_manifest(output_dir: Path) -> dict:
    """The published manifest, or {} when nothing (or nothing complete) is published."""
    try:
        manifest = json.loads((output_dir / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    complete = all((output_dir / f"{name}.parquet").is_file() for name in TABLES)
    return manifest if complete and not (output_dir / JOURNAL).exists() else {}


def read_published_documents(output_dir: Path) -> pl.DataFrame:
    """source_path and doc_id of the published documents (empty before the first run)."""
    try:
        return pl.read_parquet(output_dir / "documents.parquet", columns=["source_path", "doc_id"])
    except (OSError, pl.exceptions.PolarsError):
        return pl.DataFrame(schema={"source_path": pl.String, "doc_id": pl.String})


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
    if runs.schema != RUNS.schema:
        raise pl.exceptions.SchemaError(f"columns {', '.join(runs.columns)} are not those of the run log")
    return runs


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
