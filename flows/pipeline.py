"""The `warta run` flow: read, transform, validate, publish. One task per stage, over whole frames.

Runs are incremental: the per-document extraction of unchanged texts comes from a cache in the
state folder, the collection-wide stages always run over everything, and a run whose inputs match
the published ones stops after reading them. Only the file-system tasks retry: the transforms are
pure, so a retry would fail the same way.
"""

from __future__ import annotations

import functools
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import polars as pl
from prefect import flow, task
from prefect.cache_policies import NO_CACHE
from prefect.states import Failed

from flows import ahead, cache, defaults, parallel, publishing, storage, validation
from flows.database import DATABASE, copy_tables_in, write_database
from flows.inputs import InputFolderUnreadable, files_fingerprint
from flows.memory import release_memory
from flows.runs import Progress, RunNotPublished, RunSummary, fewer_collections, now, report_unchanged
from flows.runs import run_collection as run_collection  # the entry point's home before flows/runs.py
from transforms.attributions import READ_COLUMNS, summarise_clusters
from transforms.increments import (
    EXTRACTION_SCHEMAS,
    FILE_COLUMNS,
    compare_inputs,
    digest_inputs,
    merge_extractions,
    select_unextracted,
)

REPORTS = "_reports"
SUITE_PAGES = "suite_pages"  # in the state folder: the Data Docs pages of the expectation suites (expectations/validate.py)
ARTIFACT_KEY = "warta-run"
# The tables final after retyping are checked while attribution runs when they hold at most this many bytes (the
# corpus's 6,102 articles: 40 MB): the validating process's copy of larger ones, with their check columns, would add
# to the run's peak (attribution's, at 61,020 articles: about 1 GB more), so their checks wait for the validate stage.
CHECKED_BESIDE_ATTRIBUTION = 128 * 2**20
FIRST_TABLES = ("documents", "entities", "mentions", "quarantine")  # final after retyping: staged before the attribution
FIRST_TABLES_WEIGHED = ("documents", "mention_candidates")  # the extraction's frames that weigh as the first tables will

# Every stage is a Prefect task without a cache policy: Prefect's default computes a cache key for each call by
# pickling and hashing its arguments (whole frames of the collection: seconds per run), and warta keeps its own
# content-keyed caches (flows/cache.py).
stage = functools.partial(task, cache_policy=NO_CACHE)


@stage(name="ingest", retries=2, retry_delay_seconds=1)
def ingest(input_dir: Path, max_bytes: int) -> tuple[pl.DataFrame, pl.DataFrame]:
    if (result := ahead.take("ingest")) is not ahead.NOT_READ:
        return result
    return ahead.read_articles(input_dir, max_bytes)


@stage(name="read-published", retries=2, retry_delay_seconds=1)
def read_published(output_dir: Path) -> tuple[dict, pl.DataFrame]:
    """The published manifest and the path and id of every published document."""
    return publishing.read_manifest(output_dir), publishing.read_published_documents(output_dir)


@stage(name="read-cache", retries=2, retry_delay_seconds=1)
def read_cache(state_dir: Path, version: str, articles: pl.DataFrame, full: bool) -> dict[str, pl.DataFrame]:
    """The cached per-document extraction of the articles that has one; empty for a full rebuild."""
    if (result := ahead.take("read-cache")) is not ahead.NOT_READ:
        return result
    return ahead.cached_extraction(state_dir, version, articles, full)


@stage(name="extract")
def extract_stage(unextracted: dict[str, pl.DataFrame], state_dir: Path, version: str, workers: int,
                  dask_address: str | None) -> tuple[dict[str, pl.LazyFrame], int, dict[str, int]]:
    """Extract the articles, which it takes out of `unextracted` (a timer that Prefect's event loop schedules while a
    task runs keeps a copy of the task's context, its arguments with it, until it fires 5 s after the task returned:
    the texts would be held into the merge), in batches; each batch is added to the cache as soon as it is done, and
    dropped.

    Returns the extraction as lazy scans of the batches' cache entries, the number of batches and the rows of each
    table.
    """
    batches = parallel.Batches(unextracted.pop("articles"), parallel.BATCH_SIZE)
    if (extractions := ahead.take("extract")) is ahead.NOT_READ:
        extractions = parallel.extract_batches(batches, workers, dask_address)
    entries, rows = [], dict.fromkeys(EXTRACTION_SCHEMAS, 0)
    for extraction in extractions:
        entries.append(cache.write_entry(state_dir, version, extraction))
        for name in rows:
            rows[name] += extraction[name].height
    return cache.scan_entries(entries), len(batches), rows


@stage(name="merge")
def merge_stage(articles: pl.DataFrame, cached: dict[str, pl.DataFrame],
                fresh: dict[str, pl.LazyFrame]) -> dict[str, pl.DataFrame]:
    if (result := ahead.take("merge")) is not ahead.NOT_READ:
        return result
    return merge_extractions(articles, cached, fresh)


@stage(name="entities")
def entities_stage(extraction: dict[str, pl.DataFrame]) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Entities and mentions from the mention candidates, which `ahead.resolve` takes out of `extraction` (a task's
    arguments are held until it returns: the frame itself would be)."""
    if (result := ahead.take("entities")) is not ahead.NOT_READ:
        return result
    return ahead.resolve(extraction)


@stage(name="retyping")
def retyping_stage(resolved: dict[str, pl.DataFrame], documents: pl.DataFrame, quotes: pl.DataFrame,
                   state_dir: Path, version: str, full: bool) -> tuple[pl.DataFrame, pl.DataFrame]:
    """The name model's vote on the resolved entities and mentions, which `ahead.retype` takes out of `resolved` (a
    task's arguments are held until it returns: the unretyped mentions would be, beside their retyped copy); the mention
    spans' scores are kept in the state folder, and only spans not scored by an earlier run are scored."""
    if (result := ahead.take("retyping")) is ahead.NOT_READ:
        result = ahead.retype(resolved, documents, quotes, state_dir, version, full,
                              functools.partial(cache.write_mention_scores, state_dir, version))
    resolved.clear()  # read ahead: the flow's own are of no use
    scores, retyped = result
    if scores is not None:  # read ahead, which writes nothing
        cache.write_mention_scores(state_dir, version, scores)
    return retyped


@stage(name="attributions")
def attributions_stage(inputs: dict[str, pl.DataFrame], sentences: pl.DataFrame, state_dir: Path, version: str,
                       full: bool) -> tuple[pl.DataFrame, pl.DataFrame, pl.DataFrame, int]:
    """Quotes, attributions and clusters, and how many documents were attributed again, from the quote candidates,
    documents, entities and mentions that `ahead.attribute` takes out of `inputs` once it has read them.

    A document's rows are cached by a digest of all they are made from (its text, candidates, mentions
    and the titles of their entities): only documents whose digest changed are attributed again. The quote
    clusters' state is kept too: only quotes that changed are compared again.
    """
    if (result := ahead.take("attributions")) is ahead.NOT_READ:
        result = ahead.attribute(inputs, sentences, state_dir, version, full, parallel.workers_started())
    known, rows, quotes, attributions, clusters = result
    keys, known_keys = (set(frame["quotes"]["key"].unique()) if frame else set() for frame in (rows, known))
    if keys != known_keys:
        cache.write_attributions(state_dir, version, rows)
    cache.write_cluster_state(state_dir, version, clusters)
    return quotes, attributions, summarise_clusters(quotes, inputs.pop("documents")), len(keys - known_keys)


def stage_and_check_first(tables: dict[str, pl.DataFrame], output_dir: Path, inputs: pl.DataFrame, state_dir: Path,
                          run_name: str) -> Path:
    """Stage the tables final after retyping, copy them into the database and check them (with the inputs) in the
    validating process: done while attribution runs, on the core it leaves idle, this leaves the validate stage the
    attribution's tables and the Data Docs."""
    staging = publishing.stage_tables(tables, output_dir)
    copy_tables_in(staging, tables)
    validation.validate(staging, inputs, staging / REPORTS, run_name, state_dir / SUITE_PAGES, final=False)
    return staging


@stage(name="write-staging", retries=2, retry_delay_seconds=1)
def staging_stage(tables: dict[str, pl.DataFrame], output_dir: Path, staged: Path | None) -> Path:
    """Stage the tables: beside those `stage_and_check_first` staged in `staged`, else in a new staging folder."""
    return publishing.stage_tables(tables, output_dir) if staged is None else publishing.add_staged(tables, staged)


@stage(name="validate")
def validate_stage(staging: Path, inputs: pl.DataFrame, state_dir: Path, run_name: str):
    """Validate the staged tables, read back, with the inputs (those `stage_and_check_first` checked are only reported);
    build their database and render the report's page.

    The validating process checks the tables (flows/validation.py) while this one builds the database and renders the
    page from it: the report is the published tables' once validation passes, and costs the run no time of its own.
    """
    from warta.report import render

    with ThreadPoolExecutor(max_workers=1) as pool:
        checks = pool.submit(validation.validate, staging, inputs, staging / REPORTS, run_name, state_dir / SUITE_PAGES)
        write_database(staging)
        try:
            page = render(staging)
        except Exception:  # tables that fail validation may break a query: the verdict comes first, and the report
            page = None  # stage (reached with valid tables only) renders the page again
        return checks.result(), page


@stage(name="publish", retries=2, retry_delay_seconds=1)
def publish_stage(output_dir: Path, manifest: dict, keep: int) -> None:
    publishing.publish(output_dir / publishing.STAGING, output_dir, manifest, keep)


@stage(name="report")
def report_stage(output_dir: Path, page: str | None) -> Path:
    """The collection report of the tables just published: the page rendered while they were validated, with the
    warnings."""
    from warta.report import write_report

    return write_report(output_dir, page)


@stage(name="record-run", retries=2, retry_delay_seconds=1)
def record_run(summary: RunSummary) -> None:
    """Append the run to the run log and attach the same summary to the flow run as an artifact."""
    from prefect.artifacts import create_table_artifact

    row = summary.as_run_row()
    storage.append_run(Path(summary.state_dir), row)
    table = [{key: "" if value is None else str(value) for key, value in row.to_dicts()[0].items()}]
    create_table_artifact(key=ARTIFACT_KEY, table=table, description=f"warta run {summary.run_id}: {summary.status}")


@flow(name="warta-run", log_prints=False)
def warta_run(input_dir: str = defaults.INPUT_DIR, output_dir: str = defaults.OUTPUT_DIR, max_bytes: int = defaults.MAX_BYTES,
              state_dir: str = defaults.STATE_DIR, full: bool = False, keep_versions: int = defaults.KEEP_VERSIONS,
              mass_removal_share: float = defaults.MASS_REMOVAL_SHARE, allow_mass_removal: bool = False,
              workers: int | None = None, dask_address: str | None = None):
    """Extract the articles of `input_dir` into validated tables in `output_dir`.

    Documents are extracted in batches on `workers` local processes (default: one per core), or on
    the Dask cluster whose scheduler is at `dask_address`.

    Ends Failed (with the summary as its data) when another run holds the output folder, when
    validation fails or when publishing is refused; the published tables are then left as they were.
    """
    from prefect.runtime import flow_run

    ahead.claim((input_dir, max_bytes, state_dir, full, workers, dask_address))
    summary = RunSummary(input_dir, output_dir, state_dir, full_rebuild=full, flow_run_id=flow_run.id)
    try:
        with publishing.output_lock(Path(output_dir)), fewer_collections():
            policy = publishing.Policy(keep_versions, mass_removal_share, allow_mass_removal)
            _run_stages(summary, Path(input_dir), Path(output_dir), max_bytes, Path(state_dir), full, policy,
                        workers or parallel.default_workers(), dask_address)
    except publishing.OutputBusy as busy:
        summary.status, summary.message = "busy", str(busy)
    except publishing.PublishRefused as refused:
        summary.status, summary.message = "refused", str(refused)
    except InputFolderUnreadable as unreadable:
        summary.status, summary.message = "refused", f"{unreadable}: nothing published"
    finally:
        ahead.release()
        parallel.stop_workers()
    summary.ended_at = now()
    record_run(summary)
    if summary.status in ("busy", "validation_failed", "refused"):
        return Failed(message=summary.message, data=RunNotPublished(summary))
    return summary


def _run_stages(summary: RunSummary, inputs: Path, output: Path, max_bytes: int, state_dir: Path, full: bool,
                policy: publishing.Policy, workers: int, dask_address: str | None) -> None:
    publishing.recover(output)
    version = storage.code_version()
    fingerprint = files_fingerprint(inputs, max_bytes, version)
    with Progress.stage(summary, "ingest") as note:
        articles, quarantine = ingest(inputs, max_bytes)
        manifest, published = read_published(output)
        summary.changes = compare_inputs(articles, published).to_dicts()[0]
        summary.files_in = articles.height + quarantine.height
        summary.quarantine = quarantine.select("source_path", "reason", "detail").to_dicts()
        note["counts"] = (f"{summary.files_in} files, {quarantine.height} set aside; "
                          + ", ".join(f"{count} {name}" for name, count in summary.changes.items()))
    digest = digest_inputs(articles, quarantine, version, max_bytes)
    policy.check_removal(inputs, summary.changes["removed"], published.height)
    if not manifest and publishing.current_version(output) is not None:
        summary.message = "the published version has no readable manifest or misses a table: rebuilding and republishing it"
        publishing.warn(summary.message)
    if not full and manifest.get("inputs_digest") == digest:
        if (damage := publishing.check_published(output, manifest)) is None:
            report_unchanged(summary, manifest)
            return
        summary.message = f"the published output is damaged ({damage}): rebuilding and republishing it"
        publishing.warn(summary.message)
    validation.start()  # started already when run_collection started the flow
    with Progress.stage(summary, "read-cache") as note:
        cached = read_cache(state_dir, version, articles, full)  # only now: a run with nothing new never reads it
        note["counts"] = f"{cached['documents'].height} documents' extraction"
    unextracted = select_unextracted(articles, cached["documents"])
    on_workers = not parallel.runs_here(parallel.batch_count(unextracted.height), workers, dask_address)
    if on_workers:
        # A run that extracts on workers has many documents to extract: its validating process (GX imported, 0.33 GB)
        # is ended through the extraction, then started again before entity resolution (a small collection) or before
        # attribution (a larger one: not beside the stages that hold the collection).
        validation.stop()
    # From here on the texts are those of the articles to extract, then of the extraction: dropping the other copies
    # bounds memory.
    articles = articles.select("doc_id", *FILE_COLUMNS)
    summary.extracted = unextracted.height
    with Progress.stage(summary, "extract") as note:
        unextracted = {"articles": unextracted}  # handed over (`extract_stage`)
        fresh, batches, rows = extract_stage(unextracted, state_dir, version, workers, dask_address)
        where = ("in this process" if parallel.runs_here(batches, workers, dask_address)
                 else f"on the cluster at {dask_address}" if dask_address else f"on {workers} local workers")
        note["counts"] = (f"{summary.extracted} documents in {batches} batches {where}, "
                          f"{rows['mention_candidates']} mentions, {rows['quote_candidates']} quotes")
        # What the extraction's results left in the C heap goes back to the system before the merge reads the
        # collection (0.12 GB at 61,020 articles), as what the merge and each collection-wide stage leave does after it
        release_memory()
    with Progress.stage(summary, "merge") as note:
        extraction = merge_stage(articles, cached, fresh)
        cached = fresh = None
        release_memory()  # 0.15 GB at 61,020 articles: the merge's reads
        documents, sentences = extraction["documents"], extraction["sentences"]
        note["counts"] = f"{documents.height} documents, {sentences.height} sentences"
    if on_workers and sum(extraction[name].estimated_size() for name in FIRST_TABLES_WEIGHED) <= CHECKED_BESIDE_ATTRIBUTION:
        # The attribution's helpers start now, on the core entity resolution and retyping leave idle: the validating
        # process (GX's import) and the parts' workers (their start and imports). In a larger collection they start
        # later: their memory would add to resolution's peak. (A run that extracts in this process never ended the
        # first, has no workers, and may have resolved its entities ahead: `ahead` took the candidates.)
        validation.start()
        parallel.start_part_workers()
    with Progress.stage(summary, "entities") as note:
        entities, mentions = entities_stage(extraction)
        note["counts"] = f"{entities.height} entities, {mentions.height} mentions"
        release_memory()
    with Progress.stage(summary, "retyping") as note:
        before, resolved = entities.height, {"entities": entities, "mentions": mentions}
        entities = mentions = None  # handed over (`retyping_stage`)
        entities, mentions = retyping_stage(resolved, documents, extraction["quote_candidates"], state_dir, version, full)
        note["counts"] = f"{entities.height} entities ({before - entities.height} read as no name), {mentions.height} mentions"
        release_memory()
    first = dict(zip(FIRST_TABLES, (documents, entities, mentions, quarantine), strict=True))
    heights = {name: frame.height for name, frame in first.items()}
    checked_beside = sum(frame.estimated_size() for frame in first.values()) <= CHECKED_BESIDE_ATTRIBUTION
    if checked_beside:  # else it would wait through the attribution, idle (0.3 GB with GX): the validate stage starts it
        validation.start()  # unless it runs: its import beside the attribution
    inputs_found = pl.concat([articles.select("source_path"), quarantine.select("source_path")])
    run_name = f"warta-run-{summary.run_id[:12]}"
    with ThreadPoolExecutor(max_workers=1) as beside_attribution:
        first_checked = staged = None
        if checked_beside:
            first_checked = beside_attribution.submit(stage_and_check_first, first, output, inputs_found, state_dir,
                                                      run_name)
        with Progress.stage(summary, "attributions") as note:
            if first_checked is None:
                # A large collection's first tables are staged now (their checks wait for the validate stage), and the
                # attribution holds only the columns it reads of them (0.2 GB less at 61,020 articles).
                staged, first = staging_stage(first, output, None), None
                del extraction["documents"]  # the attribution's `documents` are the columns it reads
                documents, entities, mentions = (frame.select(READ_COLUMNS[name]) for name, frame in
                                                 (("documents", documents), ("entities", entities), ("mentions", mentions)))
            inputs = {"candidates": extraction.pop("quote_candidates"), "documents": documents, "entities": entities,
                      "mentions": mentions}
            documents = entities = mentions = None  # handed over (`attributions_stage`)
            quotes, attributions, clusters, attributed = attributions_stage(inputs, sentences, state_dir, version, full)
            shared = clusters.filter(pl.col("document_count") > 1).height
            note["counts"] = (f"{quotes.height} quotes, {attributions.height} attributions ({attributed} documents attributed), "
                              f"{shared} shared statements")
        tables = {"quotes": quotes, "attributions": attributions, "quote_clusters": clusters}
        summary.counts = {**{name: heights[name] for name in ("documents", "entities", "mentions")},
                          **{name: frame.height for name, frame in tables.items()}, "quarantine": heights["quarantine"]}
        # From here on only `tables` holds the stages' frames, and only until they are staged: validation reads them
        # back and the report reads the database, so neither adds to what the stages held.
        articles = extraction = sentences = inputs = quotes = attributions = clusters = None
        first = None
        with Progress.stage(summary, "validate") as note:
            staged = staged if first_checked is None else first_checked.result()
            staging, tables = staging_stage(tables, output, staged), None
            release_memory()
            report, page = validate_stage(staging, inputs_found, state_dir, run_name)
            summary.validation, summary.failures = ("passed" if report.success else "failed"), report.failures
            summary.warnings = report.warnings
            note["counts"] = ("passed" if report.success else f"FAILED ({len(report.failures)} expectations)") + (
                f", {len(report.warnings)} warnings" if report.warnings else "")
    if not report.success:
        summary.status, summary.message = "validation_failed", f"validation failed: {len(report.failures)} expectations"
        publishing.discard_staging(output)
        return
    with Progress.stage(summary, "publish") as note:
        manifest = {"counts": summary.counts, "input": str(inputs), "inputs_digest": digest,
                    "files_fingerprint": fingerprint, "code_version": version, "quarantine": summary.quarantine,
                    "warnings": summary.warnings}
        publish_stage(output, manifest, policy.keep_versions)
        note["counts"] = f"{len(summary.counts)} tables and {DATABASE}"
    with Progress.stage(summary, "report") as note:
        note["counts"] = f"{REPORTS}/{report_stage(output, page).name}"
