"""Publishing: the output folder's lock, staging, and versions that readers never see half published.

    output/versions/000007/          one published version: the tables, _manifest.json, _reports/
    output/current -> versions/000007
    output/documents.parquet -> current/documents.parquet   (the same for every file of a version)
    output/.staging/                 the next version while it is written and validated

Write, audit, publish: the next version is written to `.staging/` and validated there. Publishing
syncs it to disk, renames it into `versions/` and switches `current` by renaming a new link over
it: before that one rename readers see the old version whole, after it the new one. The top-level
names link through `current`, so they switch with it. A run killed at any step leaves at worst a
`.staging/` or a version never switched to, which the next run removes; the published versions are
never touched. The last `keep` versions stay, so a reader who resolved `current` once, or holds
files open, keeps reading one version while later runs publish.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import shutil
import sys
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import polars as pl
import pyarrow.parquet as pq

from flows import defaults
from flows.database import DATABASE
from flows.storage import write_table
from transforms.schemas import TABLES

LOCK = ".lock"
STAGING = ".staging"
MANIFEST = defaults.MANIFEST
VERSIONS = "versions"
CURRENT = "current"
DEFAULT_KEEP_VERSIONS = defaults.KEEP_VERSIONS
# What a published version holds besides its manifest and Data Docs.
PUBLISHED_FILES = [*(f"{table}.parquet" for table in TABLES), DATABASE]
# Written by warta before versioned publishing; nothing reads it any more.
OLD_JOURNAL = ".publish-journal.json"


def warn(line: str) -> None:
    print(f"warta: {line}", file=sys.stderr, flush=True)


class PublishRefused(Exception):
    """What this run would publish must not replace the published version; nothing is published."""


@dataclass(frozen=True)
class Policy:
    keep_versions: int = DEFAULT_KEEP_VERSIONS
    mass_removal_share: float = 1.0  # a run that would remove this share of the published documents refuses
    allow_mass_removal: bool = False

    def check_removal(self, input_dir: Path, removed: int, published: int) -> None:
        """Refuse a run whose inputs lost too many of the published documents: an emptied or
        unmounted input folder must not empty the dataset."""
        if removed and not self.allow_mass_removal and removed >= self.mass_removal_share * published:
            raise PublishRefused(f"{removed} of the {published} published documents are gone from {input_dir}: "
                                 "nothing published (an emptied or unmounted folder?); --allow-mass-removal publishes it")


class OutputBusy(Exception):
    """Another run holds the output folder."""


@contextmanager
def output_lock(output_dir: Path):
    """Hold the output folder for one run; a second run refuses at once instead of interleaving writes.

    The lock is an advisory `flock` on `<output>/.lock`: the system releases it when the holding
    process ends, even if it is killed, so a crashed run never leaves the folder locked.
    """
    output_dir.mkdir(parents=True, exist_ok=True)
    lock = output_dir / LOCK
    if lock.is_dir() and not lock.is_symlink():
        shutil.rmtree(lock, ignore_errors=True)
        warn(f"{lock} was a folder, not warta's lock file: removed it")
    # The file stays empty: a rerun that changes nothing must leave the output folder byte-identical.
    with open(lock, "a") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise OutputBusy(f"{output_dir} is being written by another warta run; try again when it ends") from None
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def stage_tables(tables: dict[str, pl.DataFrame], output_dir: Path) -> Path:
    """A new staging folder with the tables in it."""
    staging = output_dir / STAGING
    _remove(staging)
    staging.mkdir(parents=True)
    return add_staged(tables, staging)


def add_staged(tables: dict[str, pl.DataFrame], staging: Path) -> Path:
    """The tables written beside those staged already (a run stages the tables final after retyping first)."""
    for name, frame in tables.items():
        write_table(frame, staging / f"{name}.parquet")
    return staging


def scan_staged(staging: Path) -> dict[str, pl.LazyFrame]:
    """The staged tables as scans: a reader takes the columns it needs, when it needs them."""
    return {path.stem: pl.scan_parquet(path) for path in sorted(staging.glob("*.parquet"))}


def discard_staging(output_dir: Path) -> None:
    _remove(output_dir / STAGING)


def publish(staging: Path, output_dir: Path, manifest: dict, keep: int = DEFAULT_KEEP_VERSIONS) -> Path:
    """Make the staged folder the current version; the older versions beyond `keep` are removed."""
    digests = {path.name: _sha256(path) for path in sorted(staging.iterdir()) if path.is_file()}
    _write_atomic(staging / MANIFEST, json.dumps(manifest | {"sha256": digests}, indent=2, sort_keys=True, default=str))
    _sync_tree(staging)
    versions = output_dir / VERSIONS
    versions.mkdir(exist_ok=True)
    version = versions / f"{max(_version_numbers(versions), default=0) + 1:06d}"
    os.rename(staging, version)
    _fsync_dir(versions)
    _replace_with_link(output_dir / CURRENT, Path(VERSIONS) / version.name)
    _link_reader_names(output_dir, version)
    _remove_versions(output_dir, keep)
    return version


def recover(output_dir: Path) -> None:
    """Clear what an interrupted or older run left; the published versions are never touched."""
    if (output_dir / OLD_JOURNAL).exists():
        (output_dir / OLD_JOURNAL).unlink()
        warn(f"removed {output_dir / OLD_JOURNAL}, left by an older warta; publishing no longer uses it")
    staging = output_dir / STAGING
    if staging.exists() or staging.is_symlink():
        _remove(staging)
        warn(f"removed {staging}, the unfinished staging area of an interrupted run")
    for version in _unpublished_versions(output_dir):
        _remove(version)
        warn(f"removed {version}, a version an interrupted run wrote but never published")


def current_version(output_dir: Path) -> Path | None:
    """The folder of the published version, resolved once: read every table of one version from it."""
    try:
        target = (output_dir / CURRENT).resolve(strict=True)
    except (OSError, RuntimeError):
        return None
    return target if target.is_dir() else None


def read_manifest(output_dir: Path) -> dict:
    """The manifest of the published version, or {} when nothing (or nothing complete) is published."""
    version = current_version(output_dir)
    if version is None:
        return {}
    try:
        manifest = json.loads((version / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    complete = isinstance(manifest, dict) and all((version / name).is_file() for name in PUBLISHED_FILES)
    return manifest if complete else {}


def check_published(output_dir: Path, manifest: dict) -> str | None:
    """Why the published version cannot be trusted as it is, or None: every file must be the one
    written at publish time (its digest) and be reachable by its top-level name, every table must
    hold the rows the manifest counts."""
    version = current_version(output_dir)
    if version is None:
        return f"{output_dir / CURRENT} does not lead to a published version"
    digests, counts = manifest.get("sha256", {}), manifest.get("counts", {})
    for file_name in PUBLISHED_FILES:
        path, top = version / file_name, output_dir / file_name
        if not top.is_symlink() or os.readlink(top) != f"{CURRENT}/{file_name}":
            return f"{top} is not the link into {CURRENT}/ that readers open"
        if _sha256(path) != digests.get(file_name):
            return f"{path} differs from the file published"
    for name in TABLES:
        path = version / f"{name}.parquet"
        try:
            rows = pq.read_metadata(path).num_rows
        except (OSError, pq.lib.ArrowException):
            return f"{path} cannot be read as Parquet"
        if rows != counts.get(name):
            return f"{path} holds {rows} rows, the manifest says {counts.get(name)}"
    return None


def read_published_documents(output_dir: Path) -> pl.DataFrame:
    """source_path and doc_id of the published documents (empty before the first run)."""
    version = current_version(output_dir)
    try:
        return pl.read_parquet(version / "documents.parquet", columns=["source_path", "doc_id"])
    except (TypeError, OSError, pl.exceptions.PolarsError):
        return pl.DataFrame(schema={"source_path": pl.String, "doc_id": pl.String})


def _version_numbers(versions: Path) -> list[int]:
    return [int(path.name) for path in versions.iterdir() if path.name.isdigit()] if versions.is_dir() else []


def _unpublished_versions(output_dir: Path) -> list[Path]:
    """Versions after the current one: written by a run killed before it switched `current`."""
    versions, current = output_dir / VERSIONS, current_version(output_dir)
    newest = int(current.name) if current is not None and current.name.isdigit() else 0
    return [versions / f"{number:06d}" for number in _version_numbers(versions) if number > newest]


def _remove_versions(output_dir: Path, keep: int) -> None:
    """Keep the current version and the `keep - 1` before it."""
    current = current_version(output_dir)
    published = sorted(number for number in _version_numbers(output_dir / VERSIONS) if number <= int(current.name))
    for number in published[:-keep]:
        _remove(output_dir / VERSIONS / f"{number:06d}")


def _link_reader_names(output_dir: Path, version: Path) -> None:
    """Every file of the version gets a top-level name linking through `current`; an output folder
    from before versioned publishing has its files replaced by the links once."""
    for entry in sorted(version.iterdir()):
        top, target = output_dir / entry.name, Path(CURRENT) / entry.name
        if top.is_symlink() and Path(os.readlink(top)) == target:
            continue
        if top.is_dir() and not top.is_symlink():
            shutil.rmtree(top)
        _replace_with_link(top, target)
    for top in output_dir.iterdir():  # names of an earlier version that this one no longer has
        if top.is_symlink() and Path(os.readlink(top)).parent == Path(CURRENT) and not top.exists():
            top.unlink()


def _replace_with_link(path: Path, target: Path) -> None:
    """Point `path` at `target` in one rename: a reader sees the old or the new link, never none."""
    temporary = path.with_name(f".{path.name}.new")
    temporary.unlink(missing_ok=True)
    os.symlink(target, temporary)
    os.replace(temporary, path)
    _fsync_dir(path.parent)


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        path.unlink(missing_ok=True)


def _sha256(path: Path) -> str | None:
    digest = hashlib.sha256()
    try:
        with open(path, "rb") as handle:
            while block := handle.read(1 << 20):
                digest.update(block)
    except OSError:
        return None
    return digest.hexdigest()


def _sync_tree(folder: Path) -> None:
    """Everything under the folder on disk before it is renamed into place."""
    for path in sorted(folder.rglob("*"), reverse=True):
        if path.is_file() and not path.is_symlink():
            with open(path, "rb") as handle:
                os.fsync(handle.fileno())
        elif path.is_dir():
            _fsync_dir(path)
    _fsync_dir(folder)


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
