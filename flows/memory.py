"""Handing freed memory back to the system, between the steps of a process that works through large frames."""

from __future__ import annotations

import ctypes
import gc

# The validating process's allocators (flows/validation.py): Polars' jemalloc returns freed pages at once rather than
# after 10 s, and Arrow allocates from the C heap (its own jemalloc pool keeps freed pages too), so what one table's
# checks freed is given back before the next table's (measured at 61,020 articles: docs/speed.md, session 16).
FREEING_ALLOCATORS = {"_RJEM_MALLOC_CONF": "dirty_decay_ms:0,muzzy_decay_ms:0", "ARROW_DEFAULT_MEMORY_POOL": "system"}


def release_memory() -> None:
    """Collect what was just dropped, and hand the C heap's free pages back to the system: the collection-wide
    stages build millions of small Python objects, and once they are freed glibc keeps their pages, which neither
    Polars nor DuckDB (each with an allocator of its own) reuse, so validation and the report would add to them."""
    gc.collect()
    try:
        ctypes.CDLL(None).malloc_trim(0)
    except (OSError, AttributeError):  # not glibc: its allocator keeps what it keeps
        pass
