"""Great Expectations suites, one per table, generated from the declarations in transforms/schemas.py.

What each suite checks:
- the columns, in declared order (types are compared in Polars: GX's type expectation is unreliable
  on Arrow-backed frames, see docs/stack-notes);
- non-null keys and required columns, unique ids, allowed values (entity types, quote kinds, roles);
- spans: 0 <= start < end <= length of the document's text;
- references: every doc_id, entity_id and quote_id points at an existing row of its table;
- accounting: every input path is a document or in quarantine (the `inputs` frame of a run).
The last three need several tables at once, so `add_check_columns` derives boolean columns
(`check__...`) in Polars first and the suite expects them to be all true. A breach of any of these
is critical: the run fails and publishes nothing.

Warning-level checks (`DISTRIBUTION`) look at the shape of the collection instead, with GX's
`mostly` thresholds: a breach publishes, and is reported in the run's summary, the report and the
run log.
"""

from __future__ import annotations

import html
from collections.abc import Mapping

import polars as pl

from transforms.lexicon import word_set
from transforms.schemas import DOCUMENTS, INPUTS, TABLES, Table

VALIDATED: dict[str, Table] = TABLES | {INPUTS.name: INPUTS}
Tables = Mapping[str, pl.DataFrame | pl.LazyFrame]  # frames, or scans of them read as each check needs

CHECK_PREFIX = "check__"


def span_check(span) -> str:
    return f"{CHECK_PREFIX}{span.start}_{span.end}_inside_text"


def reference_check(reference) -> str:
    return f"{CHECK_PREFIX}{reference.column}_in_{reference.target_table}"


def accounted_check(table: Table) -> str:
    return f"{CHECK_PREFIX}{table.columns[0].name}_accounted_for"


def check_names(table: Table) -> list[str]:
    return ([span_check(s) for s in table.spans] + [reference_check(r) for r in table.references]
            + ([accounted_check(table)] if table.accounted_in else []))


SPEAKER_NAMED = f"{CHECK_PREFIX}speaker_named"
TOP_ENTITY_NOT_COMMON_WORD = f"{CHECK_PREFIX}top_entity_not_common_word"


def distribution_expectations(table: Table) -> list:
    """The warning-level expectations of a table. Thresholds sit below what a healthy collection
    shows (the seeds: 80 % of documents with outlet and date, 85 % of quotes with a named speaker,
    59 % of entities seen once) and above what broken metadata or a broken name finder gives."""
    import great_expectations.expectations as gxe

    warning = {"severity": "warning"}
    return {
        "documents": [
            gxe.ExpectColumnValuesToNotBeNull(column="outlet", mostly=0.75, **warning),
            gxe.ExpectColumnValuesToNotBeNull(column="published_date", mostly=0.75, **warning),
        ],
        "quotes": [gxe.ExpectColumnValuesToBeInSet(column=SPEAKER_NAMED, value_set=[True], mostly=0.6, **warning)],
        "entities": [
            # at most 80 % of the entities seen only once
            gxe.ExpectColumnValuesToBeBetween(column="mention_count", min_value=2, mostly=0.2, **warning),
            gxe.ExpectColumnValuesToBeInSet(column=TOP_ENTITY_NOT_COMMON_WORD, value_set=[True], **warning),
        ],
    }.get(table.name, [])


DISTRIBUTION_COLUMNS = {"quotes": [SPEAKER_NAMED], "entities": [TOP_ENTITY_NOT_COMMON_WORD]}


def _add_distribution_columns(name: str, frame: pl.LazyFrame, tables: Tables) -> pl.LazyFrame:
    if name == "quotes" and "attributions" in tables:
        named = tables["attributions"].lazy().filter((pl.col("role") == "speaker") & pl.col("entity_id").is_not_null())
        return frame.with_columns(pl.col("quote_id").is_in(_column(named, "quote_id").implode()).alias(SPEAKER_NAMED))
    if name == "entities":
        common = pl.Series(sorted(word_set("common_words.txt")), dtype=pl.String).implode()
        top = pl.col("mention_count") == pl.col("mention_count").max()
        return frame.with_columns((~(top & pl.col("name").str.to_lowercase().is_in(common))).alias(TOP_ENTITY_NOT_COMMON_WORD))
    return frame


def _column(frame: pl.DataFrame | pl.LazyFrame, column: str) -> pl.Series:
    """One column of a frame; of a scan, read alone."""
    return frame.lazy().select(column).collect().to_series()


def text_lengths(tables: Tables) -> pl.DataFrame:
    """doc_id and the length of its text: what span checks compare offsets with."""
    return tables["documents"].lazy().select("doc_id", text_length=pl.col("text").str.len_chars().cast(pl.Int64)).collect()


def add_check_columns(name: str, tables: Tables, lengths: pl.DataFrame | None = None) -> pl.LazyFrame:
    """Table `name` with the boolean columns its suite needs for span, reference and distribution checks, as a plan:
    one table at a time (each is a second copy of its table), and from tables given as scans (a run's staged Parquet
    files) only the columns the checks and the caller select are read, of the other tables their key columns alone.
    `lengths`: `text_lengths(tables)`, made once for several tables."""
    frame, table = tables[name].lazy(), VALIDATED[name]
    if lengths is None:
        lengths = text_lengths(tables)
    if table.spans:
        frame = frame.join(lengths.lazy(), on="doc_id", how="left", maintain_order="left")
        frame = frame.with_columns(
            (
                pl.when(pl.col(s.start).is_null() & pl.col(s.end).is_null())
                .then(True)
                .otherwise(
                    (pl.col(s.start) >= 0) & (pl.col(s.start) < pl.col(s.end)) & (pl.col(s.end) <= pl.col("text_length"))
                )
                .fill_null(False)
                .alias(span_check(s))
                for s in table.spans
            )
        ).drop("text_length")
    for reference in table.references:
        targets = _column(tables[reference.target_table], reference.target_column).unique().implode()
        frame = frame.with_columns(
            (pl.col(reference.column).is_null() & table.column(reference.column).nullable
             | pl.col(reference.column).is_in(targets)).fill_null(False).alias(reference_check(reference))
        )
    if table.accounted_in:
        holders = pl.concat([_column(tables[other], column) for other, column in table.accounted_in]).unique().implode()
        key = table.columns[0].name
        frame = frame.with_columns(pl.col(key).is_in(holders).fill_null(False).alias(accounted_check(table)))
    return _add_distribution_columns(name, frame, tables)


def checked_columns(table: Table) -> list[str]:
    """The columns GX sees: the declared ones without nested types, then the check columns.

    Nested columns (lists, structs) are checked by the schema comparison only.
    """
    flat = [c.name for c in table.columns if not isinstance(c.dtype, (pl.List, pl.Struct))]
    return flat + check_names(table) + DISTRIBUTION_COLUMNS.get(table.name, [])


def build_suite(table: Table):
    """The GX expectation suite for one table."""
    import great_expectations as gx
    import great_expectations.expectations as gxe

    expectations = [gxe.ExpectTableColumnsToMatchOrderedList(column_list=checked_columns(table))]
    if table is DOCUMENTS:
        expectations.append(gxe.ExpectTableRowCountToBeBetween(min_value=0))
    for column in table.columns:
        if isinstance(column.dtype, (pl.List, pl.Struct)):
            continue
        if not column.nullable:
            expectations.append(gxe.ExpectColumnValuesToNotBeNull(column=column.name))
        if column.unique:
            expectations.append(gxe.ExpectColumnValuesToBeUnique(column=column.name))
        if column.allowed:
            # Escaped like the values GX is given (expectations/docs.py).
            expectations.append(gxe.ExpectColumnValuesToBeInSet(column=column.name, value_set=[html.escape(v) for v in column.allowed]))
    for check in check_names(table):
        expectations.append(gxe.ExpectColumnValuesToBeInSet(column=check, value_set=[True]))
    expectations += distribution_expectations(table)
    return gx.ExpectationSuite(name=table.name, expectations=expectations)


def check_schema(name: str, frame: pl.DataFrame | pl.LazyFrame) -> list[str]:
    """Differences between a frame's columns and types and the declaration, as sentences."""
    expected, schema = VALIDATED[name].schema, frame.collect_schema()
    problems = []
    if schema.names() != list(expected.names()):
        problems.append(f"columns are {schema.names()}, expected {list(expected.names())}")
    for column, dtype in expected.items():
        if column in schema and schema[column] != dtype:
            problems.append(f"column {column} is {schema[column]}, expected {dtype}")
    return problems
