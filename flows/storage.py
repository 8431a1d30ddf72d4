"""File system side of the pipeline: reading input files, staging tables, publishing them.

Write, audit, publish: tables are written to `<output>/.staging/`, validated there, and only then
moved over the published files. The moves are atomic renames on one file system; a journal
(`.publish-journal.json`) written before the first rename lets the next run finish a publish that
was interrupted half-way, so readers never keep a mix of two runs.
"""

from __future__ import annotations

import fcntl
import json
import os
import shutil
from contextlib import contextmanager
from pathlib import Path

import polars as pl

from transforms.schemas import TABLES

LOCK = ".lock"
STAGING = ".staging"
JOURNAL = ".publish-journal.json"
MANIFEST = "_manifest.json"
READ_SCHEMA = {"source_path": pl.String, "size": pl.Int64, "raw": pl.Binary, "read_error": pl.String}


class OutputBusy(Exception):
    """Another run holds the output folder."""


@contextmanager
def output_lock(output_dir: Path):
    """Hold the output folder for one run; a second run refuses at once instead of interleaving writes.

    The lock is an advisory `flock` on `<output>/.lock`: the system releases it when the holding
    process ends, even if it is killed, so a crashed run never leaves the folder locked.
    """
    output_dir.mkdir(parents=True, exist_ok=True)
    with open(output_dir / LOCK, "a+") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            holder = handle.read().strip() or "another process"
            raise OutputBusy(f"{output_dir} is being written by another warta run ({holder}); try again when it ends") from None
        handle.seek(0)
        handle.truncate()
        handle.write(f"pid {os.getpid()}")
        handle.flush()
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def list_inputs(input_dir: Path) -> list[Path]:
    """Every `*.txt` below the folder, sorted; links that lead outside the folder are not followed."""
    root = input_dir.resolve()
    found = []
    for path in sorted(input_dir.rglob("*.txt")):
        try:
            inside = path.resolve().is_relative_to(root)
        except OSError:
            inside = False
        if inside and path.is_file():
            found.append(path)
    return found


def read_inputs(input_dir: Path, max_bytes: int) -> pl.DataFrame:
    """One row per input file: relative path, size, bytes (null over the size limit), read error."""
    rows = []
    for path in list_inputs(input_dir):
        relative = path.relative_to(input_dir).as_posix()
        try:
            size = path.stat().st_size
            raw = path.read_bytes() if size <= max_bytes else None
            rows.append((relative, size, raw, None))
        except OSError as error:
            rows.append((relative, 0, None, f"could not be read: {error.strerror or error}"))
    return pl.DataFrame(rows, schema=READ_SCHEMA, orient="row")


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
