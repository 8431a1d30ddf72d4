"""A run's summary, and `run_collection`: the run, without Prefect when nothing changed.

Importing Prefect and the transforms costs a run seconds; a run whose inputs and code are those of
the published output needs neither, so this module imports the flow (flows/pipeline.py) only when a
flow is to run.
"""

from __future__ import annotations

import gc
import time
import uuid
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

import polars as pl

from flows import defaults, publishing, storage, validation
from flows.inputs import InputFolderUnreadable, files_fingerprint
from transforms.increments import CHANGE_COUNTS
from transforms.schemas import RUNS


def now() -> datetime:
    return datetime.now(timezone.utc)


@dataclass
class RunSummary:
    input_dir: str
    output_dir: str
    state_dir: str
    full_rebuild: bool = False
    run_id: str = field(default_factory=lambda: uuid.uuid4().hex)
    flow_run_id: str | None = None
    started_at: datetime = field(default_factory=now)
    ended_at: datetime | None = None
    status: str = "published"
    files_in: int = 0
    changes: dict[str, int] = field(default_factory=lambda: dict.fromkeys(CHANGE_COUNTS, 0))
    extracted: int = 0
    counts: dict[str, int] = field(default_factory=dict)
    quarantine: list[dict] = field(default_factory=list)
    validation: str = "skipped"
    failures: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    stages: list[tuple[str, str, float]] = field(default_factory=list)
    message: str | None = None

    @property
    def validation_success(self) -> bool:
        return self.validation != "failed"

    @property
    def busy(self) -> str | None:
        return self.message if self.status == "busy" else None

    def as_run_row(self) -> pl.DataFrame:
        """This run as a row of the `runs` table."""
        row = {
            "run_id": self.run_id, "flow_run_id": self.flow_run_id, "started_at": self.started_at,
            "ended_at": self.ended_at or now(), "input_dir": self.input_dir, "output_dir": self.output_dir,
            "status": self.status, "full_rebuild": self.full_rebuild, "files_in": self.files_in,
            **{f"documents_{name}": count for name, count in self.changes.items()},
            "documents_extracted": self.extracted, "documents_out": self.counts.get("documents", 0),
            "quarantined": self.counts.get("quarantine", 0),
            **{name: self.counts.get(name, 0) for name in ("entities", "mentions", "quotes", "attributions")},
            "validation": self.validation, "warnings": self.warnings, "message": self.message,
        }
        return RUNS.conform(pl.DataFrame([row], schema=RUNS.schema))


class RunNotPublished(Exception):
    """The data of a Failed run state: Prefect resolves a failed state's data into an exception."""

    def __init__(self, summary: RunSummary):
        super().__init__(summary.message)
        self.summary = summary


class Progress:
    """Prints one line per stage (name, counts, seconds) when enabled; the CLI enables it. A stage whose result was
    read ahead (flows/ahead.py) says so: its seconds are its wait."""

    enabled = False

    @classmethod
    @contextmanager
    def stage(cls, summary: RunSummary, name: str):
        from flows import ahead

        started = time.perf_counter()
        note: dict[str, str] = {}
        yield note
        seconds = time.perf_counter() - started
        counts = note.get("counts", "") + ahead.note(name)
        summary.stages.append((name, counts, seconds))
        if cls.enabled:
            print(f"  {name:<13} {counts:<52} {seconds:6.2f} s", flush=True)


GC_YOUNG_THRESHOLD = 50_000  # allocations between two collections of the youngest generation (Python's default: 700)


@contextmanager
def fewer_collections():
    """The stages build millions of small Python objects (quote units, keys, rows) that live until the stage ends:
    with Python's default threshold the collector walks them again and again (1 to 2 s of CPU of the ~11 s of
    entities, retyping and attributions over the corpus). The objects already there (the imports) are frozen for
    the run: they are never garbage. Both are undone at the end, for a process that runs flows again (`warta serve`)."""
    threshold = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(GC_YOUNG_THRESHOLD, *threshold[1:])
    try:
        yield
    finally:
        gc.set_threshold(*threshold)
        gc.unfreeze()


def run_collection(input_dir: str, output_dir: str, max_bytes: int = defaults.MAX_BYTES,
                   state_dir: str = defaults.STATE_DIR, full: bool = False, workers: int | None = None,
                   dask_address: str | None = None, server_idle: float = 0, **policy) -> RunSummary:
    """Run the flow and return its summary, whether the run succeeded or not.

    When the input files (paths, sizes, modification times) and the code are those of the
    published output, or another run holds the output folder, the run ends at once without
    starting a flow: the common case of a frequent schedule then costs a directory listing and a
    check of the published files against their manifest. `policy`: the publishing settings of
    `warta_run` (keep_versions, mass_removal_share, allow_mass_removal). With a `server_idle` time
    (seconds) and no server named, Prefect's temporary server is kept warm for the next runs
    (flows/warm.py); with 0 it ends with the run.
    """
    if not full:
        settled = settle_without_flow(Path(input_dir), Path(output_dir), max_bytes, Path(state_dir))
        if settled is not None:
            return settled
    from flows.server import start_temporary_server, temporary_server_settings, temporary_server_url

    start_temporary_server(Path(state_dir), server_idle)  # its start overlaps the imports of Prefect and the transforms
    validation.start()  # Great Expectations imported in a process of its own meanwhile
    # From the read-ahead's start: its steps (entity resolution, attribution) are the run's heaviest Python work.
    with fewer_collections():
        from flows import ahead

        ahead.start(input_dir, max_bytes, state_dir, full, workers, dask_address)  # and the run's first steps
        from prefect.settings import temporary_settings

        from flows.pipeline import warta_run
        url = temporary_server_url()
        with temporary_settings(temporary_server_settings(url)) if url else nullcontext():
            state = warta_run(input_dir, output_dir, max_bytes, state_dir, full, workers=workers,
                              dask_address=dask_address, **policy, return_state=True)
    result = state.result(raise_on_failure=False)
    if isinstance(result, RunNotPublished):
        return result.summary
    if isinstance(result, BaseException):
        raise result
    return result


def settle_without_flow(inputs: Path, output: Path, max_bytes: int, state_dir: Path) -> RunSummary | None:
    summary = RunSummary(str(inputs), str(output), str(state_dir), status="unchanged")
    try:
        with publishing.output_lock(output):
            publishing.recover(output)
            manifest = publishing.read_manifest(output)
            fingerprint = files_fingerprint(inputs, max_bytes, storage.code_version())
            if not manifest or manifest.get("files_fingerprint") != fingerprint or publishing.check_published(output, manifest):
                return None
    except publishing.OutputBusy as busy:
        summary.status, summary.message = "busy", str(busy)
    except InputFolderUnreadable:
        return None  # the flow refuses such a run with its one line, publishing nothing
    else:
        report_unchanged(summary, manifest)
    summary.ended_at = now()
    storage.append_run(state_dir, summary.as_run_row())
    return summary


def report_unchanged(summary: RunSummary, manifest: dict) -> None:
    summary.status, summary.counts = "unchanged", dict(manifest.get("counts", {}))
    summary.files_in = summary.counts.get("documents", 0) + summary.counts.get("quarantine", 0)
    summary.changes = dict.fromkeys(CHANGE_COUNTS, 0) | {"unchanged": summary.counts.get("documents", 0)}
    summary.quarantine = manifest.get("quarantine", [])
    summary.warnings = manifest.get("warnings", [])
    if Progress.enabled:
        print("  nothing changed since the last publish: the published tables are left as they are", flush=True)
