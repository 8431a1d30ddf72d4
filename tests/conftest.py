"""Shared fixtures. Flow tests share one temporary Prefect server for the whole session."""

from __future__ import annotations

import os
from pathlib import Path

import polars as pl
import pytest

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"
SHARED = REPO.parent / "shared"
SEEDS_GOLD = SHARED / "gold" / "seeds.gold.json"
PFSA = SHARED / "gold" / "pfsa-dev"

os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("DO_NOT_TRACK", "1")


def documents_from_texts(texts: dict[str, str]) -> pl.DataFrame:
    """The documents table for in-memory texts, through the real ingest and documents transforms."""
    from transforms.documents import extract_documents
    from transforms.ingest import assign_doc_ids, decode_files, select_articles

    files = pl.DataFrame(
        [(name, len(text.encode()), text.encode(), None) for name, text in texts.items()],
        schema={"source_path": pl.String, "size": pl.Int64, "raw": pl.Binary, "read_error": pl.String},
        orient="row",
    )
    return extract_documents(select_articles(assign_doc_ids(decode_files(files, 10_000_000))))


@pytest.fixture(scope="session")
def prefect_server(tmp_path_factory):
    """One temporary Prefect server (fresh SQLite database) for every flow test."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=180):
        yield


@pytest.fixture(scope="session")
def seeds_output(prefect_server, tmp_path_factory) -> Path:
    """The seeds run through the whole flow once."""
    from flows.pipeline import run_collection

    output = tmp_path_factory.mktemp("seeds-output")
    run_collection(str(SEEDS), str(output))
    return output
