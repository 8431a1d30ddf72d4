"""File system side of the pipeline: input files, staged and published tables and the run log
(the extraction cache is flows/cache.py).

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
from contextlib import contextmanager
from datetime import datetime, timezone
from functools import lru_cache
from pathlib import Path

import polars as pl

import transforms
from transforms.ingest import FILES_SCHEMA
from transforms.schemas import RUNS, TABLES

LOCK = ".lock"
STAGING = ".staging"
JOURNAL = ".publish-journal.json"
MANIFEST = "_manifest.json"
EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
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


def list_inputs(input_dir: Path) -> list[tuple[Path, str | None]]:
    """Every `*.txt` below the folder, sorted, with why it cannot be read as it is (None when it can).

    Links that lead outside the folder are listed but not followed, so they end in quarantine
    instead of silently missing; so do broken links.
    """
    root = input_dir.resolve()
    found = []
    for path in sorted(input_dir.rglob("*.txt")):
        try:
            target = path.resolve(strict=True)
        except (OSError, RuntimeError):
            found.append((path, "a broken link"))
            continue
        if not target.is_relative_to(root):
            found.append((path, f"a link to {target}, outside the input folder: not followed"))
        elif target.is_file():
            found.append((path, None))
    return found


def read_inputs(input_dir: Path, max_bytes: int) -> pl.DataFrame:
    """One row per input file: relative path, size, modification time, bytes (null over the size
    limit or when unreadable), and why it could not be read."""
    rows = []
    for path, problem in list_inputs(input_dir):
        relative = path.relative_to(input_dir).as_posix()
        if problem is not None:
            rows.append((relative, 0, EPOCH, None, "unreadable", problem))
            continue
        try:
            status = path.stat()
            modified = datetime.fromtimestamp(status.st_mtime_ns // 1000 / 1e6, tz=timezone.utc)
            raw = path.read_bytes() if status.st_size <= max_bytes else None
            rows.append((relative, status.st_size, modified, raw, None, None))
        except OSError as error:
            rows.append((relative, 0, EPOCH, None, "unreadable", f"could not be read: {error.strerror or error}"))
    return pl.DataFrame(rows, schema=FILES_SCHEMA, orient="row")


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


def files_fingerprint(input_dir: Path, max_bytes: int, version: str) -> str:
    """Paths, sizes and modification times of the inputs: equal fingerprints need no reading at all."""
    digest = hashlib.sha256(f"{version}\n{max_bytes}\n".encode())
    for path, _ in list_inputs(input_dir):
        try:
            status = path.stat()
            digest.update(f"{path.relative_to(input_dir).as_posix()}\0{status.st_size}\0{status.st_mtime_ns}\n".encode())
        except OSError:
            digest.update(f"{path}\0unreadable\n".encode())
    return digest.hexdigest()


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
