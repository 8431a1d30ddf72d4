"""Shared fixtures. Flow tests share one temporary Prefect server for the whole session."""

from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import dataclass
from datetime import datetime, timezone
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
os.environ.setdefault("WARTA_SERVER_IDLE", "0")  # a run's temporary server ends with it: no process outlives a test


MODIFIED = datetime(2026, 1, 2, 3, 4, 5, tzinfo=timezone.utc)


def files_frame(rows: list[tuple[str, int, bytes | None, str | None]]) -> pl.DataFrame:
    """The input files frame (path, size, raw, why unreadable), as flows/inputs.read_inputs builds it."""
    from transforms.ingest import FILES_SCHEMA

    return pl.DataFrame([(path, size, MODIFIED, raw, error and "unreadable", error) for path, size, raw, error in rows],
                        schema=FILES_SCHEMA, orient="row")


def documents_from_texts(texts: dict[str, str]) -> pl.DataFrame:
    """The documents table for in-memory texts, through the real ingest and documents transforms."""
    from transforms.documents import extract_documents
    from transforms.ingest import assign_doc_ids, decode_files, select_articles

    files = files_frame([(name, len(text.encode()), text.encode(), None) for name, text in texts.items()])
    return extract_documents(select_articles(assign_doc_ids(decode_files(files, 10_000_000))))


def named_mention_frames(texts: list[str], names: dict[str, str], rule: str, rules: dict[str, str] | None = None,
                         every_occurrence: bool = True) -> tuple[pl.DataFrame, pl.DataFrame, pl.DataFrame]:
    """(entities, mentions, documents) of invented texts where each name (name -> type) is one entity, mentioned where it
    occurs (every occurrence, or the first of each text), read by `rule` (or by `rules[name]`)."""
    from transforms.schemas import ENTITIES, MENTIONS

    documents = documents_from_texts({f"doc{i}.txt": text for i, text in enumerate(texts)})
    rows = []
    for doc_id, text in documents.select("doc_id", "text").iter_rows():
        for name, type_ in names.items():
            start = text.find(name)
            while start >= 0:
                read = (rules or {}).get(name, rule)
                rows.append({"mention_id": f"M{doc_id}{start}", "doc_id": doc_id, "entity_id": f"E-{name}", "text": name,
                             "start": start, "end": start + len(name), "sentence_index": 0, "type": type_, "rule": read,
                             "type_rule": read})
                start = text.find(name, start + 1) if every_occurrence else -1
    mentions = MENTIONS.conform(pl.DataFrame(rows))
    entities = ENTITIES.conform(
        mentions.group_by("entity_id").agg(name=pl.col("text").first(), type=pl.col("type").first(), aliases=pl.col("text").unique(),
                                           titles=pl.lit([], dtype=pl.List(pl.String)), mention_count=pl.len().cast(pl.Int64),
                                           document_count=pl.col("doc_id").n_unique().cast(pl.Int64)))
    return entities, mentions, documents


@pytest.fixture(scope="session")
def prefect_server(tmp_path_factory):
    """One temporary Prefect server (fresh SQLite database) for every flow test."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=180):
        yield


@pytest.fixture
def subprocess_env(prefect_server) -> dict[str, str]:
    """The environment for a warta run in a subprocess: it uses the session's Prefect server."""
    from prefect.settings import PREFECT_API_URL

    return os.environ | {"PREFECT_API_URL": PREFECT_API_URL.value(), "PYTHONUNBUFFERED": "1"}


@pytest.fixture(scope="session")
def seeds_output(prefect_server, tmp_path_factory) -> Path:
    """The seeds run through the whole flow once."""
    output = tmp_path_factory.mktemp("seeds-output")
    run_fresh(SEEDS, output)
    return output


def run_fresh(inputs: Path, output: Path, **options):
    """A flow run with its own state folder beside the output, so no cache is shared with other tests."""
    from flows.pipeline import run_collection

    return run_collection(str(inputs), str(output), state_dir=str(output) + ".state", **options)


def transform_tables(inputs: Path, output: Path, validate: bool = True) -> Path:
    """Write to `output` the seven tables a fresh run of `inputs` publishes, computed in this process by the flow's own
    steps (flows/ahead.py: read, extract, merge, resolve, retype, attribute) without Prefect or publishing, and check
    them with the inputs as the run's validate stage does (in the session's validating process, no Data Docs), unless
    `validate` is false.

    The quality tests (tests/test_quality.py) evaluate their gold sets this way: a few seconds of CPU per set instead
    of a flow run each (the flow itself is tested on the seeds and in tests/flows, tests/reliability).
    tests/test_quality.py checks that these are the flow's tables, byte for byte, on the seeds. Validation is two
    thirds of a set's time; the development sets skip it (test_quality.py says which).
    """
    from flows import ahead, defaults, parallel, validation
    from flows.storage import write_table
    from transforms.attributions import summarise_clusters
    from transforms.increments import FILE_COLUMNS, empty_extraction, extract_per_document, merge_extractions

    articles, quarantine = ahead.read_articles(inputs, defaults.MAX_BYTES)
    fresh = ahead.concat_extractions([extract_per_document(batch) for batch in parallel.Batches(articles, parallel.BATCH_SIZE)])
    extraction = merge_extractions(articles.select("doc_id", *FILE_COLUMNS), empty_extraction(), fresh)
    documents, sentences, candidates = extraction["documents"], extraction["sentences"], extraction["quote_candidates"]
    entities, mentions = ahead.resolve(extraction)
    # a full rebuild reads no state: no state folder and no code version are needed
    _, (entities, mentions) = ahead.retype({"entities": entities, "mentions": mentions}, documents, candidates, None, None,
                                          full=True)
    *_, quotes, attributions, _ = ahead.attribute({"candidates": candidates, "documents": documents, "entities": entities,
                                                   "mentions": mentions}, sentences, None, None, full=True)
    tables = {"documents": documents, "entities": entities, "mentions": mentions, "quotes": quotes,
              "attributions": attributions, "quote_clusters": summarise_clusters(quotes, documents),
              "quarantine": quarantine}
    output.mkdir(parents=True, exist_ok=True)
    for name, frame in tables.items():
        write_table(frame, output / f"{name}.parquet")
    if validate:
        inputs_found = pl.concat([articles.select("source_path"), quarantine.select("source_path")])
        report = validation.validate(output, inputs_found, None, f"tables-of-{output.name}", None)
        assert report.success, f"validation failed: {len(report.failures)} expectations"  # counts only: no held-out text
    return output


def published_snapshot(folder: Path) -> dict[str, object]:
    """The published tables' bytes and the manifest; two equal builds of a DuckDB file differ in bytes, so the
    digest of the database is left out."""
    import json

    from flows import publishing
    from flows.database import DATABASE
    from transforms.schemas import TABLES

    manifest = json.loads((folder / publishing.MANIFEST).read_text())
    del manifest["sha256"][DATABASE]
    return {f"{name}.parquet": (folder / f"{name}.parquet").read_bytes() for name in TABLES} | {publishing.MANIFEST: manifest}


BROWSERS = ("chromium", "chromium-browser", "google-chrome")
ARTEFACTS = Path(os.environ.get("WARTA_TEST_ARTEFACTS", REPO / "test-artefacts"))


@dataclass
class Rendered:
    """A page as headless Chromium left it: the DOM after scripts ran, its console lines, a screenshot."""

    dom: str
    console: list[str]
    screenshot: Path


@pytest.fixture(scope="session")
def browser():
    """Renders a local page in headless Chromium, offline; skips when no browser is installed (`.ci/run` installs one)."""
    binary = next((found for name in BROWSERS if (found := shutil.which(name))), None)
    if binary is None:
        pytest.skip(f"no headless browser: none of {', '.join(BROWSERS)} is on PATH (apt-get install chromium)")
    ARTEFACTS.mkdir(parents=True, exist_ok=True)

    def render(page: Path, name: str, height: int = 3000) -> Rendered:
        # Every host resolves to nothing: a page that needs the network shows it here.
        common = [binary, "--headless", "--disable-gpu", "--no-sandbox", "--enable-logging=stderr", "--v=0",
                  "--host-resolver-rules=MAP * ~NOTFOUND", "--virtual-time-budget=15000", f"--window-size=1280,{height}"]
        url = page.resolve().as_uri()
        dumped = subprocess.run([*common, "--dump-dom", url], capture_output=True, text=True, timeout=120)
        screenshot = ARTEFACTS / f"{name}.png"
        shot = subprocess.run([*common, f"--screenshot={screenshot}", url], capture_output=True, text=True, timeout=120)
        console = [line for line in (dumped.stderr + shot.stderr).splitlines() if ":CONSOLE" in line]
        return Rendered(dumped.stdout, console, screenshot)

    return render


def non_background_share(screenshot: Path) -> float:
    """Share of the screenshot's pixels that differ from its most common colour (the background)."""
    from PIL import Image

    with Image.open(screenshot) as image:
        colours = image.convert("RGB").getcolors(maxcolors=1 << 24)
    total = sum(count for count, _ in colours)
    return 1 - max(count for count, _ in colours) / total
