"""Handing freed memory back to the system, between the steps of a process that works through large frames."""

from __future__ import annotations

import ctypes
import gc
import os
import sys

# The allocators of a run's process (`use_freeing_allocators`) and of the validating one (flows/validation.py): Polars'
# jemalloc returns freed pages at once rather than after 10 s, and Arrow allocates from the C heap (its own jemalloc
# pool keeps freed pages too), so what one step freed is given back before the next step's (measured at 61,020
# articles: docs/speed.md, sessions 16 and 17). A run over a published collection returns them after 0.1 s
# (INCREMENTAL_DECAY): its small steps fault pages given back at once in again (a one-changed run's read-ahead: 1.1-1.4 s
# more CPU), while a run that builds a collection holds its most memory then (61,020 articles' peak +0.05 GB at 0.1 s,
# session 27).
FREEING_ALLOCATORS = {"_RJEM_MALLOC_CONF": "dirty_decay_ms:0,muzzy_decay_ms:0", "ARROW_DEFAULT_MEMORY_POOL": "system"}
INCREMENTAL_DECAY = {"_RJEM_MALLOC_CONF": "dirty_decay_ms:100,muzzy_decay_ms:0"}


def use_freeing_allocators(incremental: bool = False) -> None:
    """FREEING_ALLOCATORS (with INCREMENTAL_DECAY for a run over a published collection) for this process and those it
    starts, unless set otherwise. The allocators read them when Polars and Arrow load, so a process that loaded them
    already (a test calling the CLI) keeps its own and its environment is left as it is."""
    if "polars" in sys.modules or "pyarrow" in sys.modules:
        return
    for name, value in (FREEING_ALLOCATORS | (INCREMENTAL_DECAY if incremental else {})).items():
        os.environ.setdefault(name, value)


def release_memory() -> None:
    """Collect what was just dropped, and hand the C heap's free pages back to the system: the collection-wide
    stages build millions of small Python objects, and once they are freed glibc keeps their pages, which neither
    Polars nor DuckDB (each with an allocator of its own) reuse, so validation and the report would add to them."""
    gc.collect()
    try:
        ctypes.CDLL(None).malloc_trim(0)
    except (OSError, AttributeError):  # not glibc: its allocator keeps what it keeps
        pass
