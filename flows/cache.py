"""The extraction cache: per-document extraction stored in entries keyed by content.

    <state>/cache/<code version>/<entry key>/{documents,sentences,mention_candidates,quote_candidates}.parquet
                                            /entry.json   doc ids, and each table's rows and SHA-256

An entry holds one batch of documents; its key is a hash of the code version and of the batch's
doc ids (each a hash of a text), so any number of output folders and concurrent runs can share one
state folder: entries are only ever added, each written under a unique temporary name and renamed
into place, never rewritten. An entry is trusted only when every table is there and matches the
rows and digest recorded when it was written; any other entry is set aside (renamed with a
timestamp, never deleted), a one-line warning says so, and its documents are extracted again.
"""

from __future__ import annotations

import fcntl
import hashlib
import io
import json
import os
import shutil
import sys
import uuid
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path

import polars as pl

from flows import storage
from transforms.attributions import ATTRIBUTED, CLUSTER_STATE
from transforms.increments import EXTRACTION_SCHEMAS, empty_extraction
from transforms.retyping import MENTION_SCORES

CACHE = "cache"
ENTRY_MANIFEST = "entry.json"
LOCK = "cache.lock"
KEY_LENGTH = 24
SET_ASIDE = ".set-aside-"


def version_folder(state_dir: Path, version: str) -> Path:
    return state_dir / CACHE / version


def entry_key(version: str, doc_ids: list[str]) -> str:
    digest = hashlib.sha256(version.encode())
    for doc_id in sorted(doc_ids):
        digest.update(doc_id.encode())
    return digest.hexdigest()[:KEY_LENGTH]


def _is_entry_name(name: str) -> bool:
    return len(name) == KEY_LENGTH and all(c in "0123456789abcdef" for c in name)


def _clear_the_way(state_dir: Path) -> None:
    """A file where the cache folder belongs is set aside, so the cache can be rebuilt."""
    folder = state_dir / CACHE
    if folder.exists() and not folder.is_dir():
        set_aside(folder, "it is a file, not a folder")


def index_entries(state_dir: Path, version: str) -> dict[str, Path]:
    """Which entry holds each cached doc id (the first in name order when several do)."""
    _clear_the_way(state_dir)
    folder = version_folder(state_dir, version)
    try:
        names = sorted(name for name in os.listdir(folder) if _is_entry_name(name))
    except (FileNotFoundError, NotADirectoryError):
        return {}
    holders: dict[str, Path] = {}
    for name in names:
        entry = folder / name
        try:
            doc_ids = json.loads((entry / ENTRY_MANIFEST).read_text(encoding="utf-8"))["doc_ids"]
        except FileNotFoundError:
            continue  # set aside by another run since the listing
        except (OSError, ValueError, KeyError, TypeError) as error:
            set_aside(entry, f"its {ENTRY_MANIFEST} does not read ({type(error).__name__})")
            continue
        for doc_id in doc_ids:
            holders.setdefault(doc_id, entry)
    return holders


def read_entries(holders: dict[str, Path], wanted: pl.Series) -> dict[str, pl.DataFrame]:
    """The cached extraction of the wanted doc ids that a trusted entry holds.

    Only rows of doc ids assigned to an entry are taken from it, so a document cached twice (two
    runs extracted it in different batches) is read once.
    """
    assigned: dict[Path, list[str]] = {}
    for doc_id in wanted.to_list():
        if doc_id in holders:
            assigned.setdefault(holders[doc_id], []).append(doc_id)
    parts: dict[str, list[pl.DataFrame]] = {name: [] for name in EXTRACTION_SCHEMAS}
    for entry, doc_ids in sorted(assigned.items()):
        frames = _read_trusted(entry)
        if frames is None:
            continue
        keep = pl.col("doc_id").is_in(pl.Series(doc_ids).implode())
        for name, frame in frames.items():
            parts[name].append(frame.filter(keep))
    empty = empty_extraction()
    return {name: pl.concat(frames) if frames else empty[name] for name, frames in parts.items()}


def scan_entries(entries: list[Path]) -> dict[str, pl.LazyFrame]:
    """The tables of entries this run wrote (or found written by another run for the same batch), as lazy scans: the
    merge reads them once, into the merged frames, and the run never holds the batches' frames besides."""
    if not entries:
        return {name: frame.lazy() for name, frame in empty_extraction().items()}
    return {name: pl.scan_parquet([entry / f"{name}.parquet" for entry in entries], schema=schema)
            for name, schema in EXTRACTION_SCHEMAS.items()}


def _read_trusted(entry: Path) -> dict[str, pl.DataFrame] | None:
    """The entry's tables when complete and matching their recorded digests; else set aside, None."""
    try:
        recorded = json.loads((entry / ENTRY_MANIFEST).read_text(encoding="utf-8"))["tables"]
        frames = {}
        for name, schema in EXTRACTION_SCHEMAS.items():
            content = (entry / f"{name}.parquet").read_bytes()
            if hashlib.sha256(content).hexdigest() != recorded[name]["sha256"]:
                raise ValueError(f"{name}.parquet does not match the digest recorded when it was written")
            frame = pl.read_parquet(io.BytesIO(content))
            if frame.schema != schema or frame.height != recorded[name]["rows"]:
                raise ValueError(f"{name}.parquet does not hold the recorded rows and columns")
            frames[name] = frame
    except FileNotFoundError as error:
        if not entry.exists():
            return None  # set aside by another run meanwhile
        set_aside(entry, f"it is incomplete ({Path(error.filename or '?').name} missing)")
        return None
    except (OSError, KeyError, TypeError, ValueError, pl.exceptions.PolarsError) as error:
        set_aside(entry, str(error).splitlines()[0] if str(error) else type(error).__name__)
        return None
    return frames


def write_entry(state_dir: Path, version: str, extraction: dict[str, pl.DataFrame]) -> Path:
    """Add the extraction of one batch as an entry; an entry of the same batch already there is kept."""
    doc_ids = extraction["documents"]["doc_id"].to_list()
    _clear_the_way(state_dir)
    folder = version_folder(state_dir, version)
    entry = folder / entry_key(version, doc_ids)
    # A unique temporary name per writer: concurrent runs never write into each other's files.
    temporary = folder / f".tmp-{uuid.uuid4().hex}"
    temporary.mkdir(parents=True)
    try:
        recorded = {}
        for name, schema in EXTRACTION_SCHEMAS.items():
            buffer = io.BytesIO()
            extraction[name].select(schema.names()).cast(schema).write_parquet(buffer, compression="zstd")
            content = buffer.getvalue()
            (temporary / f"{name}.parquet").write_bytes(content)
            recorded[name] = {"rows": extraction[name].height, "sha256": hashlib.sha256(content).hexdigest()}
        manifest = {"doc_ids": sorted(doc_ids), "tables": recorded}
        (temporary / ENTRY_MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")
        os.rename(temporary, entry)
    except OSError:
        if not entry.is_dir():
            raise
        # another run added the same batch first: its entry is as good as this one
    finally:
        shutil.rmtree(temporary, ignore_errors=True)
    return entry


@contextmanager
def _state_lock(state_dir: Path):
    """Exclusive hold on the state folder for what must not interleave: setting cache state aside.

    Writing entries needs no lock: each writer has its own temporary name and renames are atomic.
    """
    with open(state_dir / LOCK, "a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def set_aside(path: Path, why: str) -> None:
    """Rename an untrusted entry (or cache folder) out of the way with a timestamp and say so in one line."""
    state_dir = path.parent if path.name == CACHE else path.parent.parent.parent
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%fZ")
    aside = path.with_name(f"{path.name}{SET_ASIDE}{stamp}")
    with _state_lock(state_dir):
        if not path.exists():
            return  # another run set it aside first, and said so
        os.rename(path, aside)
    print(f"warta: warning: cache {'folder' if path.name == CACHE else 'entry'} {path} set aside as {aside.name}: {why}; "
          "what it held is extracted again", file=sys.stderr, flush=True)


# Collection-wide state of the latest run, one folder per code version, a Parquet file per frame, replaced as a whole:
# the per-document part of attribution (every document's rows by the digest of what they were made from, see
# transforms/attributions/tables.py), the quote clusters' state (transforms/attributions/clusters.py) and the mention
# spans' scores (transforms/retyping.py).
ATTRIBUTIONS = "attributions"
CLUSTERS = "clusters"
SCORES = "mention_scores"  # the name model's reading of every mention span (transforms/retyping.py)


def read_attributions(state_dir: Path, version: str) -> dict[str, pl.DataFrame] | None:
    """The attribution rows an earlier run left (ATTRIBUTED); None when there are none or they do not read whole."""
    return _read_frames(state_dir / ATTRIBUTIONS / version, ATTRIBUTED)


def write_attributions(state_dir: Path, version: str, rows: dict[str, pl.DataFrame]) -> None:
    _replace_frames(state_dir / ATTRIBUTIONS, version, rows)


def read_cluster_state(state_dir: Path, version: str) -> dict[str, pl.DataFrame] | None:
    """The clusters' state an earlier run left (CLUSTER_STATE); None when there is none or it does not read whole."""
    return _read_frames(state_dir / CLUSTERS / version, CLUSTER_STATE)


def write_cluster_state(state_dir: Path, version: str, state: dict[str, pl.DataFrame]) -> None:
    _replace_frames(state_dir / CLUSTERS, version, state)


def read_mention_scores(state_dir: Path, version: str) -> pl.DataFrame | None:
    """The mention spans' scores an earlier run left; None when there are none or they do not read whole."""
    frames = _read_frames(state_dir / SCORES / version, {"scores": MENTION_SCORES})
    return None if frames is None else frames["scores"]


def write_mention_scores(state_dir: Path, version: str, scores: pl.DataFrame) -> None:
    _replace_frames(state_dir / SCORES, version, {"scores": scores})


def _read_frames(folder: Path, schemas: dict[str, pl.Schema]) -> dict[str, pl.DataFrame] | None:
    """The frames of a state folder; None when there is none (or another run is replacing it), or when it does
    not read whole (then set aside)."""
    try:
        frames = {name: pl.read_parquet(folder / f"{name}.parquet") for name in schemas}
        if any(frames[name].schema != schema for name, schema in schemas.items()):
            raise ValueError("its tables do not have the expected columns")
    except FileNotFoundError:
        if folder.is_dir() and all((folder / f"{name}.parquet").exists() for name in schemas):
            return None  # replaced by another run while this one read it
        if folder.exists():
            storage.set_aside(folder, "is incomplete")
        return None
    except (OSError, ValueError, pl.exceptions.PolarsError) as error:
        storage.set_aside(folder, f"does not read ({str(error).splitlines()[0] if str(error) else type(error).__name__})")
        return None
    return frames


def _replace_frames(parent: Path, name: str, frames: dict[str, pl.DataFrame]) -> None:
    """Replace the state folder `parent/name` with these frames, as a whole: written under a unique temporary name,
    then the earlier folder renamed away and this one renamed into place (a run reading meanwhile finds none, and
    starts from nothing). When another run puts its folder there first, that one is kept: it is as whole as this."""
    temporary, old = parent / f".tmp-{uuid.uuid4().hex}", parent / f".old-{uuid.uuid4().hex}"
    temporary.mkdir(parents=True)
    try:
        for frame_name, frame in frames.items():
            frame.write_parquet(temporary / f"{frame_name}.parquet")
        try:
            os.rename(parent / name, old)
        except FileNotFoundError:
            pass
        try:
            os.rename(temporary, parent / name)
        except OSError:
            if not (parent / name).is_dir():
                raise
    finally:
        shutil.rmtree(temporary, ignore_errors=True)
        shutil.rmtree(old, ignore_errors=True)
