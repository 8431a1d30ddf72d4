"""Validation in a process of its own, started at the beginning of a run.

Great Expectations' import (about 2.3 s of CPU) and its checks (about 2.3 s more) are Python work that, in the run's
process, competes with the stages for Python's lock: a thread importing it slowed entity resolution and attribution as
much as it saved. In a process of its own both use the other core: the import overlaps the stages, and the checks
overlap the building of the database. The process reads the staged tables itself and serves its parent's runs one
after the other (a test session or a served deployment imports GX once); it ends when its parent closes the pipe or
ends. A plain subprocess rather than multiprocessing's spawn, which runs the parent's main script again in the child.
"""

from __future__ import annotations

import atexit
import gc
import os
import pickle
import subprocess
import sys
import threading
import traceback
from pathlib import Path

import polars as pl

from flows.memory import FREEING_ALLOCATORS

_lock = threading.Lock()  # one validation at a time on the one pipe
_validator: list[subprocess.Popen] = []  # the running process, if any


class ValidationProcessFailed(RuntimeError):
    """The validating process raised, or ended before answering: nothing was validated."""


def start() -> None:
    """Start the validating process (it imports Great Expectations at once), unless it runs already."""
    with _lock:
        _start()


def _start() -> subprocess.Popen:
    if _validator and _validator[0].poll() is None:
        return _validator[0]
    _validator.clear()
    path = os.pathsep.join(entry or os.getcwd() for entry in sys.path)  # the parent's modules, wherever they came from
    process = subprocess.Popen([sys.executable, "-c", "from flows.validation import serve; serve()"],
                               stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                               env=FREEING_ALLOCATORS | os.environ | {"PYTHONPATH": path})
    _validator.append(process)
    return process


def stop() -> None:
    """End the validating process, if one runs, at once (importing GX or waiting for a request); `start` and
    `validate` start another."""
    with _lock:
        for process in _validator:
            process.kill()
            process.wait()
        _validator.clear()


def validate(staging: Path, inputs: pl.DataFrame, docs_dir: Path | None, run_name: str, suite_pages: Path | None,
             final: bool = True):
    """The validation report of the staged tables with the inputs found (expectations/validate.py's
    `validate_tables`), computed in the validating process. `final=False` checks the tables staged so far and answers
    None: the next request of the same `run_name` checks the tables staged since and reports on all of them."""
    with _lock:
        process = _start()
        try:
            pickle.dump((staging, inputs, docs_dir, run_name, suite_pages, final), process.stdin)
            process.stdin.flush()
            failed, outcome = pickle.load(process.stdout)
        except BaseException as error:  # interrupted too: the next request would read this one's answer
            process.kill()
            process.wait()
            _validator.clear()
            if isinstance(error, (EOFError, OSError, pickle.UnpicklingError)):
                raise ValidationProcessFailed(f"the validating process ended before answering ({error!r})") from error
            raise
    if failed:
        raise ValidationProcessFailed(f"validation raised in its process:\n{outcome}")
    return outcome


@atexit.register
def _stop() -> None:
    """Close the pipe: the process sees its end and exits at once (without a teardown); waiting for it counts its CPU
    in this process's children's, as a run's measure reads them."""
    for process in _validator:
        process.stdin.close()
        try:
            process.wait(timeout=1)
        except subprocess.TimeoutExpired:  # still validating for a run that failed meanwhile: it ends after, at the pipe
            pass


def serve() -> None:
    """The validating process: answer each request on stdin with a pickled (failed, report or traceback) on stdout."""
    requests, answers = sys.stdin.buffer, os.fdopen(os.dup(sys.stdout.fileno()), "wb")
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())  # what GX prints goes to stderr, never into the answers
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")  # as expectations/validate.py sets it before its import
    import great_expectations  # noqa: F401  (most of the cost: imported before the first request comes)

    from expectations.validate import Validation
    from flows.publishing import scan_staged

    # The imports' objects are never garbage: frozen, the full collections that hand each table's memory back
    # (flows/memory.py) skip them (GX's modules made each collection 0.1 s, about 0.9 s of the corpus's checks).
    gc.freeze()
    started = None  # the run whose first tables were checked (its name and Validation), until its final request
    while True:
        try:
            staging, inputs, docs_dir, run_name, suite_pages, final = pickle.load(requests)
        except EOFError:  # the parent closed the pipe or ended: nothing to flush, so no teardown of GX's modules either
            os._exit(0)
        try:
            if started is None or started[0] != run_name:
                started = run_name, Validation(docs_dir, run_name, suite_pages)
            tables = scan_staged(staging) | {"inputs": inputs}
            started[1].check(tables)
            outcome = False, (started[1].report(tables) if final else None)
        except Exception:  # its exceptions need not pickle: the parent raises with the traceback's text
            outcome = True, traceback.format_exc()
        tables = None
        if final or outcome[0]:
            started = None
        pickle.dump(outcome, answers)
        answers.flush()
