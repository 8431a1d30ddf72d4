"""Run the suites over a set of tables with an in-memory GX context, and write Data Docs."""

from __future__ import annotations

import glob
import hashlib
import html
import json
import os
import shutil
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import polars as pl

from expectations.docs import escape_strings, make_offline
from expectations.suites import (
    VALIDATED,
    Tables,
    add_check_columns,
    build_suite,
    check_schema,
    checked_columns,
    text_lengths,
)
from flows.memory import release_memory

DATA_SOURCE = "warta"  # the pandas data source each table is checked in (its name shows in Data Docs)


@dataclass
class TableResult:
    table: str
    rows: int
    success: bool
    failures: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # breached warning-level checks: reported, not failing


@dataclass
class ValidationReport:
    results: list[TableResult]

    @property
    def success(self) -> bool:
        return all(r.success for r in self.results)

    @property
    def failures(self) -> list[str]:
        return [f"{r.table}: {f}" for r in self.results for f in r.failures]

    @property
    def warnings(self) -> list[str]:
        return [f"{r.table}: {w}" for r in self.results for w in r.warnings]

    def to_json(self) -> str:
        return json.dumps(
            {"success": self.success, "tables": [r.__dict__ for r in self.results]}, indent=2, sort_keys=True
        )


def _context(docs_dir: Path | None):
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
    import great_expectations as gx
    import great_expectations.execution_engine.pandas_execution_engine as pandas_engine
    from great_expectations.data_context.types.base import (
        DataContextConfig,
        InMemoryStoreBackendDefaults,
        ProgressBarsConfig,
    )

    # GX fingerprints every batch's pandas frame (an md5 of pandas' row hashes, about 0.4 s of the 2.3 s the corpus's
    # tables take) for a batch marker only Data Docs show; the published manifest keeps each table's sha256 instead.
    pandas_engine.HASH_THRESHOLD = 0
    context = gx.get_context(
        project_config=DataContextConfig(
            store_backend_defaults=InMemoryStoreBackendDefaults(init_temp_docs_sites=False),
            progress_bars=ProgressBarsConfig(globally=False),
        )
    )
    if docs_dir is not None:
        context.add_data_docs_site(
            site_name="warta",
            site_config={
                "class_name": "SiteBuilder",
                "store_backend": {"class_name": "TupleFilesystemStoreBackend", "base_directory": str(docs_dir.resolve())},
                "site_index_builder": {"class_name": "DefaultSiteIndexBuilder"},
            },
        )
    return context


def _describe(result) -> str:
    config = result.expectation_config
    kwargs = {k: v for k, v in config.kwargs.items() if k not in ("batch_id", "value_set", "column_list")}
    detail = result.result or {}
    count = detail.get("unexpected_count")
    sample = detail.get("partial_unexpected_list") or detail.get("observed_value")
    text = f"{config.type} {kwargs}"
    if count is not None:
        share = detail.get("unexpected_percent")
        text += f": {count} unexpected" + (f" ({share:.1f} %)" if share is not None else "")
    if sample is not None and config.type != "expect_column_values_to_not_be_null":  # its samples are all nulls
        # GX saw escaped strings (see escape_strings); people reading the run's output get them back.
        text += f" (e.g. {html.unescape(str(sample))[:160]})"
    return text


class SuitePages:
    """Data Docs pages of expectation suites kept in a folder between runs, each under a digest of what it is made
    from (the suite, the GX version, the offline rewrite): a suite's page does not depend on the data, so a suite whose
    page is kept is not rendered again (8 of the 17 pages GX rendered and warta rewrote in every run)."""

    def __init__(self, folder: Path | None):
        self.folder = folder

    def key(self, suite) -> str:
        import great_expectations as gx

        digest = hashlib.sha256(json.dumps(suite.to_json_dict(), sort_keys=True, default=str).encode())
        digest.update(gx.__version__.encode())
        digest.update(Path(make_offline.__code__.co_filename).read_bytes())
        return digest.hexdigest()[:16]

    def _page(self, name: str, key: str) -> Path:
        return self.folder / f"{name}-{key}.html"

    def place(self, name: str, key: str, docs_dir: Path) -> bool:
        """Put the kept page of suite `name` into the site; False when none is kept (or another run sharing the
        folder just replaced it)."""
        if self.folder is None:
            return False
        target = docs_dir / "expectations" / f"{name}.html"
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            shutil.copyfile(self._page(name, key), target)
        except FileNotFoundError:
            target.unlink(missing_ok=True)
            return False
        return True

    def keep(self, name: str, key: str, docs_dir: Path) -> None:
        """Keep the page just rendered for suite `name`, in place of the pages of its earlier versions."""
        if self.folder is None:
            return
        self.folder.mkdir(parents=True, exist_ok=True)
        for earlier in self.folder.glob(f"{glob.escape(name)}-*.html"):
            if earlier != self._page(name, key):
                earlier.unlink(missing_ok=True)
        temporary = self.folder / f".{name}-{uuid.uuid4().hex}.tmp"
        shutil.copyfile(docs_dir / "expectations" / f"{name}.html", temporary)
        temporary.replace(self._page(name, key))


def _pandas(frame: pl.DataFrame):
    """The frame for GX's pandas engine, its strings kept in Arrow's memory: as Python objects (pandas' default) a
    collection's strings took GBs. Other columns convert as pandas' default has them (a null date shows as `NaT` in
    Data Docs)."""
    import pandas as pd
    import pyarrow as pa

    return frame.to_pandas(types_mapper=lambda dtype: pd.ArrowDtype(dtype) if pa.types.is_large_string(dtype)
                           or pa.types.is_string(dtype) or pa.types.is_string_view(dtype) else None)


def _nulls_of_unread_strings(frame: pl.LazyFrame, suite) -> pl.LazyFrame:
    """The frame with each string column whose values no expectation of `suite` reads (only its nulls are checked)
    as its nulls: an empty string for every value. The checks' answers are the same, and GX does not hold the texts
    (the documents' alone were +0.7 GB of the validating process at 61,020 articles)."""
    read = {expectation.column for expectation in suite.expectations if getattr(expectation, "column", None)
            and expectation.expectation_type != "expect_column_values_to_not_be_null"}
    return frame.with_columns(pl.when(pl.col(name).is_not_null()).then(pl.lit("")).alias(name)
                              for name, dtype in frame.collect_schema().items() if dtype == pl.String and name not in read)


def validate_tables(tables: Tables, docs_dir: Path | None = None,
                    run_name: str = "warta", suite_pages: Path | None = None) -> ValidationReport:
    """Validate every table against its declaration and suite; Data Docs go to `docs_dir`, the
    results named `run_name`; the suites' pages are kept in `suite_pages` (see SuitePages). Tables given as scans are
    read one at a time, each only for the columns its checks need."""
    validation = Validation(docs_dir, run_name, suite_pages)
    validation.check(tables)
    return validation.report(tables)


class Validation:
    """One run's validation in one GX context, its tables checked in one call or several (a run checks those final
    after retyping while attribution runs), its Data Docs built once at the end."""

    def __init__(self, docs_dir: Path | None = None, run_name: str = "warta", suite_pages: Path | None = None):
        self.docs_dir, self.run_name = docs_dir, run_name
        self.context = _context(docs_dir)
        self.pages = SuitePages(suite_pages if docs_dir is not None else None)
        self.results: dict[str, TableResult] = {}
        self.documented, self.rendered = [], {}

    def check(self, tables: Tables) -> None:
        """Check the tables of `tables` not checked yet; the others are there for the checks that read several."""
        lengths = text_lengths(tables)
        for name, frame in tables.items():
            if name not in self.results:
                self.results[name] = self._check(name, frame, tables, lengths)

    def _check(self, name: str, frame: pl.DataFrame | pl.LazyFrame, tables: Tables, lengths: pl.DataFrame) -> TableResult:
        import great_expectations as gx
        from great_expectations.core.run_identifier import RunIdentifier
        from great_expectations.data_context.types.resource_identifiers import ExpectationSuiteIdentifier

        schema_problems = check_schema(name, frame)
        # A data source of its own per table, deleted once checked: its execution engine keeps every batch's data and
        # computed metrics (at 61,020 articles, GBs for the whole collection's tables).
        source = self.context.data_sources.add_pandas(name=DATA_SOURCE)
        batch = source.add_dataframe_asset(name=name).add_batch_definition_whole_dataframe("whole")
        declared = build_suite(VALIDATED[name])
        key = self.pages.key(declared)
        if not self.pages.place(name, key, self.docs_dir):
            self.rendered[name] = key
        suite = self.context.suites.add(declared)
        definition = self.context.validation_definitions.add(
            gx.ValidationDefinition(name=f"{name}_validation", data=batch, suite=suite)
        )
        checkpoint = self.context.checkpoints.add(gx.Checkpoint(name=f"{name}_checkpoint", validation_definitions=[definition]))
        checked = add_check_columns(name, tables, lengths)
        present = [c for c in checked_columns(VALIDATED[name]) if c in checked.collect_schema()]
        flat, checked = escape_strings(_nulls_of_unread_strings(checked.select(present), declared).collect()), None
        rows, flat = flat.height, _pandas(flat)  # GX's copy only, not the frame it is made from, through the checks
        outcome = checkpoint.run(batch_parameters={"dataframe": flat}, run_id=RunIdentifier(run_name=self.run_name))
        self.context.data_sources.delete(DATA_SOURCE)
        flat = None
        release_memory()
        failures, warnings = list(schema_problems), []
        for result_id, run_result in outcome.run_results.items():
            self.documented.append(result_id)
            if name in self.rendered:
                self.documented.append(ExpectationSuiteIdentifier(name=run_result.suite_name))
            for result in run_result.results:
                if not result.success:
                    (warnings if result.expectation_config.severity == "warning" else failures).append(_describe(result))
        return TableResult(name, rows, not failures, failures, warnings)

    def report(self, order) -> ValidationReport:
        """The results of the tables named in `order`, in that order, once the Data Docs of all checked are built."""
        if self.docs_dir is not None:
            # One build of the site for all tables: a data-docs action per checkpoint would rebuild the index every time.
            self.context.build_data_docs(site_names=["warta"], resource_identifiers=self.documented, build_index=True)
            make_offline(self.docs_dir)
            for name, key in self.rendered.items():
                self.pages.keep(name, key, self.docs_dir)
        return ValidationReport([self.results[name] for name in order])
