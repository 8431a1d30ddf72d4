"""The input folder, listed so that every entry whose name ends in `.txt` (in any case) is accounted for.

Each such entry becomes a file to read or a quarantine reason: a name that is not UTF-8 (`bad_name`,
shown with `\\x` escapes), a FIFO, socket, device or folder (`not_a_file`), a folder or file that
cannot be read, a path too long to open, a broken link or one leading outside the folder
(`unreadable`), a modification date no calendar holds (`bad_date`). Files are opened non-blocking
and read only when they are regular, so a FIFO never blocks a run.
"""

from __future__ import annotations

import hashlib
import os
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

import polars as pl

from transforms.ingest import FILES_SCHEMA

EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
SUFFIX = ".txt"
NOT_REGULAR = ((stat.S_ISDIR, "a folder"), (stat.S_ISFIFO, "a FIFO (named pipe)"), (stat.S_ISSOCK, "a socket"),
               (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"))


class InputFolderUnreadable(OSError):
    """The input folder itself cannot be listed: nothing can be said about what it holds."""


@dataclass(frozen=True)
class InputEntry:
    path: str  # to open: may hold the surrogate escapes of a name that is not UTF-8
    source_path: str  # relative to the input folder, readable (`\xff` for a byte that is not UTF-8)
    status: os.stat_result | None = None
    reason: str | None = None
    detail: str | None = None

    @property
    def modified_at(self) -> datetime | None:
        """None when the date is beyond what a calendar holds (year > 9999)."""
        try:
            return EPOCH + timedelta(microseconds=self.status.st_mtime_ns // 1000)
        except OverflowError:
            return None


def list_inputs(input_dir: Path) -> list[InputEntry]:
    """Every entry ending in `.txt` below the folder and every folder that cannot be read, sorted."""
    found: list[InputEntry] = []
    _walk(str(input_dir), "", input_dir.resolve(), found)
    return sorted(found, key=lambda entry: entry.source_path)


def _walk(folder: str, relative: str, root: Path, found: list[InputEntry]) -> None:
    """`relative` is the folder's path below the input folder as the system has it (maybe not UTF-8)."""
    try:
        with os.scandir(folder) as listing:
            entries = list(listing)
    except OSError as error:
        if not relative:
            raise InputFolderUnreadable(f"the input folder {readable(folder)} cannot be read: {error.strerror or error}") from None
        found.append(InputEntry(folder, readable(relative), reason="unreadable",
                                detail=f"a folder that cannot be read: {error.strerror or error}"))
        return
    for entry in entries:
        child = f"{relative}/{entry.name}" if relative else entry.name
        if entry.name.lower().endswith(SUFFIX):
            found.append(_examine(entry, child, root))
        if _is_folder(entry):
            _walk(entry.path, child, root, found)


def readable(name: str) -> str:
    """A file name as text: bytes that are not UTF-8 become `\\xff` escapes."""
    return os.fsencode(name).decode("utf-8", "backslashreplace")


def _is_folder(entry: os.DirEntry) -> bool:
    try:
        return entry.is_dir(follow_symlinks=False)  # linked folders are not followed: no loops, no escapes
    except OSError:
        return False


def _examine(entry: os.DirEntry, relative: str, root: Path) -> InputEntry:
    path, source_path = entry.path, readable(relative)
    if source_path != relative:
        return InputEntry(path, source_path, reason="bad_name",
                          detail="the path is not valid UTF-8 (shown with \\x escapes); rename the file")
    if entry.is_symlink():
        try:
            target = Path(path).resolve(strict=True)
        except (OSError, RuntimeError):
            return InputEntry(path, source_path, reason="unreadable", detail="a broken link")
        if not target.is_relative_to(root):
            return InputEntry(path, source_path, reason="unreadable",
                              detail=f"a link to {readable(str(target))}, outside the input folder: not followed")
    try:
        status = os.stat(path)
    except OSError as error:  # also a path longer than the system allows (`File name too long`)
        return InputEntry(path, source_path, reason="unreadable", detail=f"could not be read: {error.strerror or error}")
    for is_kind, kind in NOT_REGULAR:
        if is_kind(status.st_mode):
            return InputEntry(path, source_path, reason="not_a_file", detail=f"{kind}, not a file: not read")
    listed = InputEntry(path, source_path, status)
    if listed.modified_at is None:
        return InputEntry(path, source_path, status, reason="bad_date",
                          detail=f"modification time {status.st_mtime_ns // 10**9} s after 1970 is past year 9999; "
                                 "set a real date (touch the file)")
    return listed


def read_regular_file(path: str) -> bytes | None:
    """The bytes of a regular file; None when the path is no longer one (never blocks on a FIFO)."""
    descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_NOCTTY)
    with open(descriptor, "rb", closefd=True) as handle:
        if not stat.S_ISREG(os.fstat(descriptor).st_mode):
            return None
        return handle.read()


def read_inputs(input_dir: Path, max_bytes: int, part_size: int) -> Iterator[pl.DataFrame]:
    """One row per listed entry: relative path, size, modification time, bytes (null over the size
    limit or when not read), and the quarantine reason and detail when it cannot be read; in parts
    of `part_size` entries (at least one part), so the bytes of a whole collection are never held."""
    entries = list_inputs(input_dir)
    for start in range(0, max(len(entries), 1), part_size):
        yield _read_entries(entries[start:start + part_size], max_bytes)


def _read_entries(entries: list[InputEntry], max_bytes: int) -> pl.DataFrame:
    rows = []
    for entry in entries:
        size = entry.status.st_size if entry.status else 0
        modified = entry.modified_at if entry.reason is None else EPOCH
        if entry.reason is not None:
            rows.append((entry.source_path, size, modified, None, entry.reason, entry.detail))
            continue
        try:
            raw = read_regular_file(entry.path) if size <= max_bytes else None
        except OSError as error:
            rows.append((entry.source_path, 0, EPOCH, None, "unreadable", f"could not be read: {error.strerror or error}"))
            continue
        if raw is None and size <= max_bytes:
            rows.append((entry.source_path, 0, EPOCH, None, "not_a_file", "no longer a regular file when read"))
        else:
            rows.append((entry.source_path, size, modified, raw, None, None))
    return pl.DataFrame(rows, schema=FILES_SCHEMA, orient="row")


def files_fingerprint(input_dir: Path, max_bytes: int, version: str) -> str:
    """Paths, sizes, modes and modification times of the inputs: equal fingerprints need no reading."""
    digest = hashlib.sha256(f"{version}\n{max_bytes}\n".encode())
    for entry in list_inputs(input_dir):
        status = entry.status
        facts = (status.st_size, status.st_mode, status.st_mtime_ns) if status else ()
        digest.update(repr((entry.source_path, entry.reason, entry.detail, *facts)).encode())
    return digest.hexdigest()
