"""The first steps of a run, started before its flow run exists, without Prefect.

A run that does work waits seconds for Prefect's temporary server to start and create the flow run (the server
needs about 6.5 s of its own CPU), while this process only imports. `start` runs the first steps of the coming flow
run in a thread meanwhile: reading the inputs and the extraction cache, extracting the changed documents when they
are one batch extracted in this process, merging, entity resolution, retyping and attribution (with the state the
earlier runs left). The steps read and compute; they write nothing. The flow claims the steps started with its own
parameters, and each of its tasks takes its step's result (`take`; a step's error is raised by its task) and writes
what is to be written (the extraction's cache entry, the spans' scores, the attribution and clusters' state), or
computes when nothing was read ahead for it. This module imports neither Prefect nor the flow, so the steps start as
soon as the server does.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future
from pathlib import Path

import polars as pl

from flows import cache, parallel, storage
from flows.inputs import read_inputs
from transforms.attributions import assemble_attributions, attribute_documents
from transforms.entities import attach_sentences, resolve_entities
from transforms.entity_keys import link_keys
from transforms.increments import (
    EXTRACTION_SCHEMAS,
    FILE_COLUMNS,
    empty_extraction,
    extract_per_document,
    merge_extractions,
    select_unextracted,
)
from transforms.ingest import assign_doc_ids, decode_files, select_articles, select_quarantine
from transforms.entities.after_vote import resolve_after_vote
from transforms.retyping import retype_entities, score_mentions

STEPS = ("ingest", "read-cache", "extract", "merge", "entities", "retyping", "attributions")  # the names of the flow's tasks that take them
FILES_AT_ONCE = 2000  # input files read and decoded together: their bytes are dropped once decoded
NOT_READ = object()  # what `take` gives for a step nothing was read ahead for
_next_run: dict = {}  # the steps of the flow run this process makes next: its parameters, steps and `cancel` event
_claimed: dict[str, Future] = {}  # the steps of the flow run in progress not taken yet
_taken: set[str] = set()  # the steps whose results the flow run in progress took


def read_articles(input_dir: Path, max_bytes: int) -> tuple[pl.DataFrame, pl.DataFrame]:
    """The articles of the input folder, and its files set aside."""
    decoded = pl.concat([decode_files(files, max_bytes) for files in read_inputs(input_dir, max_bytes, FILES_AT_ONCE)])
    identified = assign_doc_ids(decoded)
    return select_articles(identified), select_quarantine(identified)


def cached_extraction(state_dir: Path, version: str, articles: pl.DataFrame, full: bool) -> dict[str, pl.DataFrame]:
    """The cached per-document extraction of the articles that has one; empty for a full rebuild."""
    if full:
        return empty_extraction()
    return cache.read_entries(cache.index_entries(state_dir, version), articles["doc_id"])


def concat_extractions(extractions: list[dict[str, pl.DataFrame]]) -> dict[str, pl.DataFrame]:
    """The batches' extractions as one."""
    if not extractions:
        return empty_extraction()
    return {name: pl.concat([extraction[name] for extraction in extractions]) for name in EXTRACTION_SCHEMAS}


def resolve(extraction: dict[str, pl.DataFrame]) -> tuple[pl.DataFrame, pl.DataFrame]:
    """The collection's entities and mentions, from the mention candidates it takes out of `extraction`: resolution
    replaces them step by step, and nothing holds the first ones meanwhile (0.3 GB of its peak at 61,020 articles)."""
    entities, *mentions = resolve_entities(link_keys(extraction.pop("mention_candidates")))
    return entities, attach_sentences(mentions.pop(), extraction["sentences"])  # handed over: not held while their sorted copy is made


def retype(resolved: dict[str, pl.DataFrame], documents: pl.DataFrame, quotes: pl.DataFrame, state_dir: Path,
           version: str, full: bool, write_scores: Callable[[pl.DataFrame], None] | None = None,
           ) -> tuple[pl.DataFrame | None, tuple[pl.DataFrame, pl.DataFrame]]:
    """The mention spans' scores (only spans no earlier run scored are scored: the flow's task keeps them) and the
    name model's vote on the resolved entities and mentions, which it takes out of `resolved`, with them (the quote
    candidates say which names speak), and the short forms the vote's people take in their documents. Nothing holds the
    unretyped mentions once `retype_entities` has made their retyped copy (0.3 GB at 61,020 articles). The flow's task
    gives `write_scores`: the scores are written before the vote, which then holds only their columns in the mentions'
    order, and None is returned for them."""
    scores = score_mentions(resolved["mentions"], documents, None if full else cache.read_mention_scores(state_dir, version))
    if write_scores is not None:
        write_scores(scores)
        resolved["scores"], scores = scores, None  # the vote takes them
    retyped = retype_entities(resolved.pop("entities"), resolved.pop("mentions"), documents, resolved.pop("scores", scores),
                              quotes)
    return scores, resolve_after_vote(*retyped)


def attribute(inputs: dict[str, pl.DataFrame], sentences: pl.DataFrame, state_dir: Path, version: str, full: bool,
              on_workers: bool = False) -> tuple:
    """The attribution rows an earlier run left (None for none), every document's rows (only documents whose digest
    changed attributed again, in parts on the run's workers when `on_workers`), and the quotes, attributions and
    clusters' state assembled from them (only quotes that changed compared again).

    The rows are made from the quote candidates, documents, entities and mentions it takes out of `inputs`: nothing
    holds those, nor the documents' texts, through the clusters (0.3 GB at 61,020 articles); `inputs` keeps the
    documents' other columns, which the clusters' summary reads."""
    known = None if full else cache.read_attributions(state_dir, version)
    parts = {"map_parts": parallel.map_on_workers, "documents_at_once": parallel.ATTRIBUTION_PART} if on_workers else {}
    documents = inputs.pop("documents")
    rows = attribute_documents(inputs.pop("candidates"), documents, inputs.pop("entities"), inputs.pop("mentions"),
                               sentences, known, **parts)
    inputs["documents"], documents = documents.drop("text"), None
    if on_workers:  # the clusters, this process's largest Python objects, come next: the workers' memory goes first
        parallel.stop_workers()
    return known, rows, *assemble_attributions(rows, sentences, None if full else cache.read_cluster_state(state_dir, version))


def start(input_dir: str, max_bytes: int, state_dir: str, full: bool, workers: int | None,
          dask_address: str | None) -> None:
    """Start the steps of the flow run about to be made with these parameters (those of `warta_run`)."""
    steps, cancel = {name: Future() for name in STEPS}, threading.Event()
    _cancel_next_run()
    _next_run.update(parameters=(input_dir, max_bytes, state_dir, full, workers, dask_address), steps=steps, cancel=cancel)
    threading.Thread(target=_run, daemon=True, args=(
        steps, cancel, Path(input_dir), max_bytes, Path(state_dir), full, workers or parallel.default_workers(),
        dask_address)).start()


def _run(steps: dict[str, Future], cancel: threading.Event, input_dir: Path, max_bytes: int, state_dir: Path,
         full: bool, workers: int, dask_address: str | None) -> None:
    def step(name, compute):
        if cancel.is_set():
            raise _Cancelled
        try:
            value = compute()
        except BaseException as error:
            steps[name].set_exception(error)
            raise
        steps[name].set_result(value)
        return value

    try:
        version = storage.code_version()
        articles, _ = step("ingest", lambda: read_articles(input_dir, max_bytes))
        cached = step("read-cache", lambda: cached_extraction(state_dir, version, articles, full))
        batches = parallel.Batches(select_unextracted(articles, cached["documents"]), parallel.BATCH_SIZE)
        if not parallel.runs_here(len(batches), workers, dask_address):
            if not cancel.is_set():
                parallel.start_workers(workers, dask_address)  # while the flow run is made: its extraction's task uses them
            return  # the extraction on workers, batch by batch into the cache: the flow's task
        if len(batches) > 1:
            return  # the extraction in this process, batch by batch into the cache: the flow's task
        fresh = concat_extractions(step("extract", lambda: list(map(extract_per_document, batches))))
        articles, batches = articles.select("doc_id", *FILE_COLUMNS), None  # the texts are the extraction's now, as in the flow
        extraction = step("merge", lambda: merge_extractions(articles, cached, fresh))
        entities, mentions = step("entities", lambda: resolve(extraction))
        documents, sentences = extraction["documents"], extraction["sentences"]
        _, (entities, mentions) = step("retyping", lambda: retype({"entities": entities, "mentions": mentions}, documents,
                                                                   extraction["quote_candidates"], state_dir, version, full))
        inputs = {"candidates": extraction["quote_candidates"], "documents": documents, "entities": entities,
                  "mentions": mentions}
        step("attributions", lambda: attribute(inputs, sentences, state_dir, version, full))
    except BaseException:  # the task that takes the step raises it, in the flow
        pass
    finally:
        for future in steps.values():
            if not future.done():
                future.set_result(NOT_READ)


class _Cancelled(Exception):
    """The flow run the steps were for has ended, or was made with other parameters."""


def _cancel_next_run() -> None:
    if _next_run:
        _next_run["cancel"].set()
    _next_run.clear()


def claim(parameters: tuple) -> None:
    """Take the steps started with the flow run's parameters for it; any others are cancelled."""
    _claimed.clear()
    _taken.clear()
    if _next_run.get("parameters") == parameters:
        _claimed.update(_next_run.pop("steps"))
        _next_run["parameters"] = None  # its `cancel` is set when the flow run ends
    else:
        _cancel_next_run()


def release() -> None:
    """The flow run has ended: steps not taken yet are of no use."""
    _cancel_next_run()
    _claimed.clear()


def take(name: str):
    """The result of step `name` read ahead for the flow run in progress (its error raised), else NOT_READ."""
    future = _claimed.pop(name, None)
    value = NOT_READ if future is None else future.result()
    if value is not NOT_READ:
        _taken.add(name)
    return value


def note(name: str) -> str:
    """What a stage's progress line adds when its result was read ahead."""
    return " (read ahead)" if name in _taken else ""
