"""Publishing: the output folder's lock, staging, and the move of validated tables into place.

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

from flows.database import DATABASE
from flows.storage import write_table
from transforms.schemas import TABLES

LOCK = ".lock"
STAGING = ".staging"
JOURNAL = ".publish-journal.json"
MANIFEST = "_manifest.json"


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
    names = sorted(path.name for path in [*staging.glob("*.parquet"), staging / DATABASE] if path.exists())
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


def read_manifest(output_dir: Path) -> dict:
    """The published manifest, or {} when nothing (or nothing complete) is published."""
    try:
        manifest = json.loads((output_dir / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    complete = all((output_dir / name).is_file() for name in [*(f"{table}.parquet" for table in TABLES), DATABASE])
    return manifest if complete and not (output_dir / JOURNAL).exists() else {}


def read_published_documents(output_dir: Path) -> pl.DataFrame:
    """source_path and doc_id of the published documents (empty before the first run)."""
    try:
        return pl.read_parquet(output_dir / "documents.parquet", columns=["source_path", "doc_id"])
    except (OSError, pl.exceptions.PolarsError):
        return pl.DataFrame(schema={"source_path": pl.String, "doc_id": pl.String})
