"""Every published table, declared once.

The transforms end with `TABLE.conform(frame)`, the expectation suites are built from these
declarations, the tests check frames against them, the Parquet writer casts with them, and
`docs/data-dictionary.md` is generated from them (`python -m warta.datadict`).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import polars as pl

ENTITY_TYPES = ("PERSON", "ORG", "LOC")
QUOTE_KINDS = ("direct", "mixed", "indirect")
ATTRIBUTION_ROLES = ("speaker", "source")
QUARANTINE_REASONS = ("empty", "binary", "undecodable", "too_large", "duplicate", "unreadable")


@dataclass(frozen=True)
class Column:
    name: str
    dtype: pl.DataType
    description: str
    nullable: bool = True
    unique: bool = False
    allowed: tuple[str, ...] | None = None
    # set by a later step than the one that builds the table: `conform` gives a frame without it nulls
    filled_later: bool = False


@dataclass(frozen=True)
class Reference:
    """`column` of this table holds values of `target_table.target_column`."""

    column: str
    target_table: str
    target_column: str


@dataclass(frozen=True)
class Span:
    """`start`/`end` are offsets into `documents.text` of the row's `doc_column`."""

    start: str
    end: str
    doc_column: str = "doc_id"


@dataclass(frozen=True)
class Table:
    name: str
    description: str
    columns: tuple[Column, ...]
    references: tuple[Reference, ...] = ()
    spans: tuple[Span, ...] = ()
    # (table, column) pairs that together must hold every value of this table's first column
    accounted_in: tuple[tuple[str, str], ...] = ()
    sort_by: tuple[str, ...] = field(default=())

    @property
    def schema(self) -> pl.Schema:
        return pl.Schema({c.name: c.dtype for c in self.columns})

    @property
    def column_names(self) -> list[str]:
        return [c.name for c in self.columns]

    def column(self, name: str) -> Column:
        return next(c for c in self.columns if c.name == name)

    def empty(self) -> pl.DataFrame:
        return pl.DataFrame(schema=self.schema)

    def conform(self, frame: pl.DataFrame) -> pl.DataFrame:
        """The table's columns, in declared order and types, sorted for deterministic output."""
        conformed = frame.select(
            (pl.lit(None) if c.filled_later and c.name not in frame.columns else pl.col(c.name)).cast(c.dtype).alias(c.name)
            for c in self.columns
        )
        return conformed.sort(self.sort_by, nulls_last=True) if self.sort_by else conformed


TIMESTAMP = pl.Datetime("us", "UTC")
BOILERPLATE_SPAN = pl.Struct({"start": pl.Int64, "end": pl.Int64, "kind": pl.String})

DOCUMENTS = Table(
    name="documents",
    description="One row per article read from the input folder.",
    columns=(
        Column("doc_id", pl.String, "Stable id: first 16 hex digits of the SHA-256 of `text`.", False, True),
        Column("source_path", pl.String, "Path of the file, relative to the input folder.", False, True),
        Column("outlet", pl.String, "News outlet named in the dateline or byline (`KOMPAS.com`, `ANTARA`)."),
        Column("title", pl.String, "Headline line at the top of the text, when there is one."),
        Column("author", pl.String, "Author from a byline (`- Warta.co.id/Rina Sari`)."),
        Column("dateline", pl.String, "City of the dateline, as written (`JAKARTA`, `Tokyo`)."),
        Column("published_date", pl.Date, "Date given in the dateline or header."),
        Column("language", pl.String, "ISO 639-1 code of the text's language, `und` when unsure.", False),
        Column("encoding", pl.String, "Encoding the file was decoded from.", False),
        Column("content_hash", pl.String, "Full SHA-256 of `text`.", False),
        Column("n_chars", pl.Int64, "Length of `text` in characters.", False),
        Column("body_start", pl.Int64, "Offset where the article body starts, after title, byline and dateline.", False),
        Column(
            "boilerplate",
            pl.List(BOILERPLATE_SPAN),
            "Spans of non-article lines kept in `text` but left out of quote extraction "
            "(`advertisement`, `comment_prompt`, `photo_credit`, `read_more`, ...).",
            False,
        ),
        Column("text", pl.String, "Decoded text, line endings normalised to `\\n`. All offsets point here.", False),
    ),
    sort_by=("source_path",),
)

ENTITIES = Table(
    name="entities",
    description="People, organisations and places, one row per real-world referent across the collection.",
    columns=(
        Column("entity_id", pl.String, "Stable id derived from the rules' type and the canonical name.", False, True),
        Column("name", pl.String, "Canonical name: the fullest form the texts use.", False),
        Column("type", pl.String, "PERSON, ORG or LOC: the rules' type, or the name model's where its mentions outvote them.",
               False, allowed=ENTITY_TYPES),
        Column("aliases", pl.List(pl.String), "Every surface form the texts use for it, canonical name included.", False),
        Column("titles", pl.List(pl.String), "Titles and roles the texts give it (`Menteri Luar Negeri`).", False),
        Column("mention_count", pl.Int64, "Number of mentions in the collection.", False),
        Column("document_count", pl.Int64, "Number of documents mentioning it.", False),
        Column("confidence", pl.Float64, "In [0, 1]: how sure the name model, with the rules' type as a prior, is that its "
               "mentions name a real referent of this type. Filter on it (with `document_count`) for cleaner lists.",
               False, filled_later=True),
    ),
    sort_by=("entity_id",),
)

MENTIONS = Table(
    name="mentions",
    description="Every mention of an entity, with character offsets into `documents.text`.",
    columns=(
        Column("mention_id", pl.String, "Stable id of the mention.", False, True),
        Column("doc_id", pl.String, "Document of the mention.", False),
        Column("entity_id", pl.String, "Entity mentioned.", False),
        Column("text", pl.String, "The mention as written.", False),
        Column("start", pl.Int64, "Start offset in `documents.text`.", False),
        Column("end", pl.Int64, "End offset (exclusive).", False),
        Column("sentence_index", pl.Int64, "Index of the sentence holding the mention, from 0.", False),
        Column("type", pl.String, "Entity type.", False, allowed=ENTITY_TYPES),
    ),
    references=(Reference("doc_id", "documents", "doc_id"), Reference("entity_id", "entities", "entity_id")),
    spans=(Span("start", "end"),),
    sort_by=("doc_id", "start", "end"),
)

QUOTES = Table(
    name="quotes",
    description="Statements: direct (all inside quotation marks), mixed (a reported clause with a quoted "
    "fragment) and indirect (reported speech).",
    columns=(
        Column("quote_id", pl.String, "Stable id of the quote.", False, True),
        Column("doc_id", pl.String, "Document of the quote.", False),
        Column("text", pl.String, "The content as written (direct quotes without their marks).", False),
        Column("start", pl.Int64, "Start offset in `documents.text`.", False),
        Column("end", pl.Int64, "End offset (exclusive).", False),
        Column("kind", pl.String, "direct, mixed or indirect.", False, allowed=QUOTE_KINDS),
        Column("sentence_index", pl.Int64, "Index of the sentence where the quote starts.", False),
        Column("cluster_id", pl.String, "Same id for the same statement carried by several documents.", False),
    ),
    references=(Reference("doc_id", "documents", "doc_id"), Reference("cluster_id", "quote_clusters", "cluster_id")),
    spans=(Span("start", "end"),),
    sort_by=("doc_id", "start", "end"),
)

ATTRIBUTIONS = Table(
    name="attributions",
    description="Who made each quote (role `speaker`) and through whom the outlet got it (role `source`).",
    columns=(
        Column("attribution_id", pl.String, "Stable id of the attribution.", False, True),
        Column("quote_id", pl.String, "Quote attributed.", False),
        Column("doc_id", pl.String, "Document of the quote.", False),
        Column("role", pl.String, "speaker or source.", False, allowed=ATTRIBUTION_ROLES),
        Column("entity_id", pl.String, "Entity, null when the speaker is unnamed (`Beberapa laporan`)."),
        Column("text", pl.String, "The speaker or source as written at the cue (`Rina Sari`, `katanya`).", False),
        Column("start", pl.Int64, "Start offset of `text` in `documents.text`.", False),
        Column("end", pl.Int64, "End offset of `text` (exclusive).", False),
        Column("cue", pl.String, "Speech or sourcing word as written (`kata`, `menurut`, `dikutip`)."),
        Column("cue_start", pl.Int64, "Start offset of the cue, null without a cue."),
        Column("cue_end", pl.Int64, "End offset of the cue, null without a cue."),
        Column("method", pl.String, "The rule that produced the attribution.", False),
        Column("confidence", pl.Float64, "In [0, 1]; higher where the evidence is stronger.", False),
    ),
    references=(
        Reference("quote_id", "quotes", "quote_id"),
        Reference("doc_id", "documents", "doc_id"),
        Reference("entity_id", "entities", "entity_id"),
    ),
    spans=(Span("start", "end"), Span("cue_start", "cue_end")),
    sort_by=("doc_id", "quote_id", "role"),
)

QUOTE_CLUSTERS = Table(
    name="quote_clusters",
    description="The same statement carried by several documents: one row per `quotes.cluster_id`.",
    columns=(
        Column("cluster_id", pl.String, "Id of the cluster (the smallest quote id in it).", False, True),
        Column("quote_count", pl.Int64, "Quotes in the cluster.", False),
        Column("document_count", pl.Int64, "Documents carrying the statement.", False),
        Column("outlet_count", pl.Int64, "Distinct outlets among those documents (known outlets only).", False),
        Column("first_doc_id", pl.String, "The document with the earliest date (then the first by path).", False),
        Column("first_seen", pl.Date, "Earliest published date among its documents, when any is known."),
        Column("longest_quote_id", pl.String, "The longest version.", False),
        Column("text", pl.String, "Text of the longest version.", False),
    ),
    references=(
        Reference("first_doc_id", "documents", "doc_id"),
        Reference("longest_quote_id", "quotes", "quote_id"),
    ),
    sort_by=("cluster_id",),
)

QUARANTINE = Table(
    name="quarantine",
    description="Input files that did not become documents, with the reason.",
    columns=(
        Column("source_path", pl.String, "Path of the file, relative to the input folder.", False, True),
        Column("reason", pl.String, "Why it was set aside.", False, allowed=QUARANTINE_REASONS),
        Column("detail", pl.String, "A sentence for people (which file it duplicates, the size limit, ...).", False),
        Column("size", pl.Int64, "File size in bytes.", False),
        Column("seen_at", TIMESTAMP, "Modification time of the file the run set aside (UTC): tells versions of a path apart "
               "and keeps reruns identical, which a clock reading would not.", False),
    ),
    sort_by=("source_path",),
)

TABLES: dict[str, Table] = {
    t.name: t for t in (DOCUMENTS, ENTITIES, MENTIONS, QUOTES, ATTRIBUTIONS, QUOTE_CLUSTERS, QUARANTINE)
}

INPUTS = Table(
    name="inputs",
    description="Every `.txt` file a run found. Validated, not published: each path must be a document or in quarantine.",
    columns=(Column("source_path", pl.String, "Path of the file, relative to the input folder.", False, True),),
    accounted_in=(("documents", "source_path"), ("quarantine", "source_path")),
    sort_by=("source_path",),
)

RUN_STATUSES = ("published", "unchanged", "validation_failed", "busy")

RUNS = Table(
    name="runs",
    description="The run log, one row per `warta run` or scheduled run, in `<state_dir>/runs.parquet`. Run times live "
    "here, so the data tables of two runs on the same input are byte-identical.",
    columns=(
        Column("run_id", pl.String, "Id of the run.", False, True),
        Column("flow_run_id", pl.String, "Prefect flow run id; null when the inputs were unchanged and no flow was needed."),
        Column("started_at", TIMESTAMP, "Start (UTC).", False),
        Column("ended_at", TIMESTAMP, "End (UTC).", False),
        Column("input_dir", pl.String, "Input folder.", False),
        Column("output_dir", pl.String, "Output folder.", False),
        Column("status", pl.String, "What the run did.", False, allowed=RUN_STATUSES),
        Column("full_rebuild", pl.Boolean, "True when asked to ignore the extraction cache (`--full`).", False),
        Column("files_in", pl.Int64, "Input files found.", False),
        Column("documents_new", pl.Int64, "Documents whose path was not published before.", False),
        Column("documents_changed", pl.Int64, "Published paths whose text changed.", False),
        Column("documents_removed", pl.Int64, "Published documents whose file is gone or now set aside.", False),
        Column("documents_unchanged", pl.Int64, "Published documents with the same path and text.", False),
        Column("documents_extracted", pl.Int64, "Texts extracted by this run (the rest came from the cache).", False),
        Column("documents_out", pl.Int64, "Rows of `documents` after the run.", False),
        Column("quarantined", pl.Int64, "Rows of `quarantine` after the run.", False),
        Column("entities", pl.Int64, "Rows of `entities` after the run.", False),
        Column("mentions", pl.Int64, "Rows of `mentions` after the run.", False),
        Column("quotes", pl.Int64, "Rows of `quotes` after the run.", False),
        Column("attributions", pl.Int64, "Rows of `attributions` after the run.", False),
        Column("validation", pl.String, "passed, failed, or skipped (nothing changed, nothing to validate).", False,
               allowed=("passed", "failed", "skipped")),
        Column("message", pl.String, "Why a run did not publish (validation failures, the busy output), else null."),
    ),
    sort_by=("started_at", "run_id"),
)
