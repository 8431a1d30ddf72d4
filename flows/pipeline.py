"""The `warta run` flow: read, transform, validate, publish. One task per stage, over whole frames.

Only the file-system tasks retry: the transforms are pure, so a retry would fail the same way.
"""

from __future__ import annotations

import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import polars as pl
from prefect import flow, task
from prefect.states import Failed

from flows import storage
from transforms.attributions import attribute_quotes, summarise_clusters
from transforms.documents import extract_documents
from transforms.entities import attach_sentences, find_mentions, resolve_entities
from transforms.ingest import assign_doc_ids, decode_files, select_articles, select_quarantine
from transforms.quotes import find_quotes
from transforms.sentences import split_sentences

DEFAULT_MAX_BYTES = 20_000_000
REPORTS = "_reports"


@dataclass
class RunSummary:
    input_dir: str
    output_dir: str
    counts: dict[str, int] = field(default_factory=dict)
    quarantine: list[dict] = field(default_factory=list)
    validation_success: bool = False
    failures: list[str] = field(default_factory=list)
    stages: list[tuple[str, str, float]] = field(default_factory=list)
    busy: str | None = None  # why the run did not start: another run holds the output folder


class Progress:
    """Prints one line per stage (name, counts, seconds) when enabled; the CLI enables it."""

    enabled = False

    @classmethod
    @contextmanager
    def stage(cls, summary: RunSummary, name: str):
        started = time.perf_counter()
        note: dict[str, str] = {}
        yield note
        seconds = time.perf_counter() - started
        summary.stages.append((name, note.get("counts", ""), seconds))
        if cls.enabled:
            print(f"  {name:<13} {note.get('counts', ''):<48} {seconds:6.2f} s", flush=True)


@task(name="ingest", retries=2, retry_delay_seconds=1)
def ingest(input_dir: Path, max_bytes: int) -> tuple[pl.DataFrame, pl.DataFrame]:
    files = storage.read_inputs(input_dir, max_bytes)
    identified = assign_doc_ids(decode_files(files, max_bytes))
    return select_articles(identified), select_quarantine(identified)


@task(name="documents")
def documents_stage(articles: pl.DataFrame) -> pl.DataFrame:
    return extract_documents(articles)


@task(name="sentences")
def sentences_stage(documents: pl.DataFrame) -> pl.DataFrame:
    return split_sentences(documents)


@task(name="entities")
def entities_stage(documents: pl.DataFrame, sentences: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame]:
    entities, mentions = resolve_entities(find_mentions(documents))
    return entities, attach_sentences(mentions, sentences)


@task(name="quotes")
def quotes_stage(documents: pl.DataFrame) -> pl.DataFrame:
    return find_quotes(documents)


@task(name="attributions")
def attributions_stage(candidates, documents, entities, mentions, sentences) -> tuple[pl.DataFrame, pl.DataFrame, pl.DataFrame]:
    quotes, attributions = attribute_quotes(candidates, documents, entities, mentions, sentences)
    return quotes, attributions, summarise_clusters(quotes, documents)


@task(name="validate")
def validate_stage(tables: dict[str, pl.DataFrame], output_dir: Path):
    """Write the tables to staging, read them back and validate what was written."""
    from expectations.validate import validate_tables

    staging = storage.stage_tables(tables, output_dir)
    return validate_tables(storage.read_staged(staging), docs_dir=output_dir / REPORTS)


@task(name="publish", retries=2, retry_delay_seconds=1)
def publish_stage(output_dir: Path, manifest: dict) -> None:
    storage.publish(output_dir / storage.STAGING, output_dir, manifest)


@flow(name="warta-run", log_prints=False)
def warta_run(input_dir: str = "seeds", output_dir: str = "output", max_bytes: int = DEFAULT_MAX_BYTES):
    """Extract the articles of `input_dir` into validated tables in `output_dir`.

    Ends Failed (with the summary as its data) when another run holds the output folder or when
    validation fails; the published tables are then left as they were.
    """
    inputs, output = Path(input_dir), Path(output_dir)
    try:
        with storage.output_lock(output):
            summary = _run_stages(inputs, output, max_bytes)
    except storage.OutputBusy as busy:
        return Failed(message=str(busy), data=RunSummary(str(inputs), str(output), busy=str(busy)))
    if not summary.validation_success:
        return Failed(message=f"validation failed: {len(summary.failures)} expectations", data=summary)
    return summary


def run_collection(input_dir: str, output_dir: str, max_bytes: int = DEFAULT_MAX_BYTES) -> RunSummary:
    """Run the flow and return its summary, whether the run succeeded or not."""
    state = warta_run(input_dir, output_dir, max_bytes, return_state=True)
    result = state.result(raise_on_failure=False)
    if isinstance(result, BaseException):
        raise result
    return result


def _run_stages(inputs: Path, output: Path, max_bytes: int) -> RunSummary:
    storage.finish_publish(output)
    summary = RunSummary(str(inputs), str(output))
    with Progress.stage(summary, "ingest") as note:
        articles, quarantine = ingest(inputs, max_bytes)
        note["counts"] = f"{articles.height + quarantine.height} files, {quarantine.height} set aside"
    with Progress.stage(summary, "documents") as note:
        documents = documents_stage(articles)
        note["counts"] = f"{documents.height} documents"
    with Progress.stage(summary, "sentences") as note:
        sentences = sentences_stage(documents)
        note["counts"] = f"{sentences.height} sentences"
    with Progress.stage(summary, "entities") as note:
        entities, mentions = entities_stage(documents, sentences)
        note["counts"] = f"{entities.height} entities, {mentions.height} mentions"
    with Progress.stage(summary, "quotes") as note:
        candidates = quotes_stage(documents)
        note["counts"] = f"{candidates.height} quotes"
    with Progress.stage(summary, "attributions") as note:
        quotes, attributions, clusters = attributions_stage(candidates, documents, entities, mentions, sentences)
        shared = clusters.filter(pl.col("document_count") > 1).height
        note["counts"] = f"{attributions.height} attributions, {shared} shared statements"
    tables = {"documents": documents, "entities": entities, "mentions": mentions, "quotes": quotes,
              "attributions": attributions, "quote_clusters": clusters, "quarantine": quarantine}
    summary.counts = {name: frame.height for name, frame in tables.items()}
    summary.quarantine = quarantine.select("source_path", "reason", "detail").to_dicts()
    with Progress.stage(summary, "validate") as note:
        report = validate_stage(tables, output)
        summary.validation_success, summary.failures = report.success, report.failures
        note["counts"] = "passed" if report.success else f"FAILED ({len(report.failures)} expectations)"
    if not report.success:
        storage.discard_staging(output)
        return summary
    with Progress.stage(summary, "publish") as note:
        publish_stage(output, {"counts": summary.counts, "input": str(inputs)})
        note["counts"] = f"{len(tables)} tables"
    return summary
