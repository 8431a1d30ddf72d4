"""`warta.duckdb`: the published tables and ready analyst views in one DuckDB file.

Written into the staging folder from the staged Parquet files, then validated and published with
them, so it always holds the same rows. The tables are copied in rather than referenced: DuckDB
resolves a relative path in a view against the working folder of whoever opens the file, not
against the file, so a view over `documents.parquet` would only work from inside the output
folder, and an absolute path would break when the folder moves.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import polars as pl

from transforms.schemas import TABLES, Column

DATABASE = "warta.duckdb"
# DuckDB's buffer while it copies the tables in (its default is 80% of the machine's memory, and it kept every table's
# blocks: 0.34 GB of the process for 18,306 articles, growing with the collection; 0.24 GB with this bound, the same file).
BUILD_MEMORY = "256MB"


@dataclass(frozen=True)
class View:
    name: str
    description: str
    columns: tuple[Column, ...]
    sql: str


# The speaker of a quote is its `speaker` attribution; the role a document gives the speaker is
# the first of the entity's titles that the document's text contains. The roles are found apart, one
# per speaker attribution with titles, so the documents' texts are joined to those rows only and
# never carried through the view's other joins (that copied every quote's text of its document:
# 1 GB for the statements of 18,306 articles, growing with the collection).
STATEMENTS = View(
    name="statements",
    description="Who said what: one row per quote with its speaker, source, outlet and date.",
    columns=(
        Column("quote_id", pl.String, "The quote (`quotes.quote_id`).", False),
        Column("doc_id", pl.String, "Its document.", False),
        Column("text", pl.String, "The statement as written.", False),
        Column("kind", pl.String, "direct, mixed or indirect.", False),
        Column("speaker", pl.String, "Speaker's canonical name, or the words at the cue when unnamed (`katanya`)."),
        Column("speaker_entity_id", pl.String, "Speaker entity, null when unnamed."),
        Column("speaker_type", pl.String, "PERSON or ORG; null when unnamed."),
        Column("speaker_role", pl.String, "The speaker's title or role as this document gives it (`Menteri Luar Negeri`)."),
        Column("source", pl.String, "Who the outlet got it through (`menurut kantor berita ...`), else null."),
        Column("source_entity_id", pl.String, "Source entity, null when there is none or it is unnamed."),
        Column("outlet", pl.String, "Outlet of the document."),
        Column("published_date", pl.Date, "Date of the document."),
        Column("title", pl.String, "Headline of the document."),
        Column("confidence", pl.Float64, "Confidence of the speaker attribution."),
        Column("cluster_id", pl.String, "Same id for the same statement in several documents.", False),
        Column("start", pl.Int64, "Start offset in `documents.text`.", False),
    ),
    sql="""
    WITH roles AS (
        SELECT a.attribution_id, list_filter(e.titles, lambda t: contains(d.text, t))[1] AS speaker_role
        FROM attributions a JOIN entities e USING (entity_id) JOIN documents d USING (doc_id)
        WHERE a.role = 'speaker' AND len(e.titles) > 0)
    SELECT q.quote_id, q.doc_id, q.text, q.kind,
           coalesce(se.name, s.text) AS speaker, s.entity_id AS speaker_entity_id, se.type AS speaker_type,
           roles.speaker_role,
           coalesce(re.name, r.text) AS source, r.entity_id AS source_entity_id,
           d.outlet, d.published_date, d.title, s.confidence, q.cluster_id, q.start
    FROM quotes q
    JOIN documents d USING (doc_id)
    LEFT JOIN attributions s ON s.quote_id = q.quote_id AND s.role = 'speaker'
    LEFT JOIN entities se ON se.entity_id = s.entity_id
    LEFT JOIN roles ON roles.attribution_id = s.attribution_id
    LEFT JOIN attributions r ON r.quote_id = q.quote_id AND r.role = 'source'
    LEFT JOIN entities re ON re.entity_id = r.entity_id
    """,
)

# A target is an entity mentioned inside the quote's span, or else in the sentence where the quote
# starts; neither the speaker nor the source it came through is a target.
QUOTE_TARGETS = View(
    name="quote_targets",
    description="About whom: one row per quote and entity it talks about (mentioned inside the quote, or in "
    "its sentence), with the speaker; `GROUP BY speaker, target` answers who talks about whom.",
    columns=(
        Column("quote_id", pl.String, "The quote.", False),
        Column("doc_id", pl.String, "Its document.", False),
        Column("speaker", pl.String, "Speaker's canonical name (or the words at the cue when unnamed)."),
        Column("speaker_entity_id", pl.String, "Speaker entity, null when unnamed."),
        Column("speaker_type", pl.String, "Speaker's entity type."),
        Column("target", pl.String, "Canonical name of the entity talked about.", False),
        Column("target_entity_id", pl.String, "Entity talked about.", False),
        Column("target_type", pl.String, "PERSON, ORG or LOC.", False),
        Column("scope", pl.String, "`quote` when mentioned inside the quote, `sentence` when only in its sentence.", False),
        Column("mentions", pl.Int64, "Mentions of the target in that scope.", False),
        Column("kind", pl.String, "Quote kind.", False),
        Column("outlet", pl.String, "Outlet of the document."),
        Column("published_date", pl.Date, "Date of the document."),
    ),
    sql="""
    WITH hits AS (
        SELECT s.*, m.entity_id AS target_entity_id, (m.start >= q.start AND m."end" <= q."end") AS inside
        FROM statements s
        JOIN quotes q USING (quote_id)
        JOIN mentions m ON m.doc_id = q.doc_id
             AND ((m.start >= q.start AND m."end" <= q."end") OR m.sentence_index = q.sentence_index)
        WHERE m.entity_id IS DISTINCT FROM s.speaker_entity_id AND m.entity_id IS DISTINCT FROM s.source_entity_id)
    SELECT h.quote_id, h.doc_id, h.speaker, h.speaker_entity_id, h.speaker_type,
           e.name AS target, h.target_entity_id, e.type AS target_type,
           CASE WHEN bool_or(h.inside) THEN 'quote' ELSE 'sentence' END AS scope,
           CASE WHEN bool_or(h.inside) THEN count(*) FILTER (WHERE h.inside) ELSE count(*) END AS mentions,
           h.kind, h.outlet, h.published_date
    FROM hits h JOIN entities e ON e.entity_id = h.target_entity_id
    GROUP BY h.quote_id, h.doc_id, h.speaker, h.speaker_entity_id, h.speaker_type, e.name, h.target_entity_id,
             e.type, h.kind, h.outlet, h.published_date
    """,
)

ENTITY_PROFILE = View(
    name="entity_profile",
    description="One row per entity: how often and where it is mentioned, when, how often it is quoted, "
    "and the entities most often mentioned in the same documents.",
    columns=(
        Column("entity_id", pl.String, "The entity.", False),
        Column("name", pl.String, "Canonical name.", False),
        Column("type", pl.String, "PERSON, ORG or LOC.", False),
        Column("mentions", pl.Int64, "Mentions in the collection.", False),
        Column("documents", pl.Int64, "Documents mentioning it.", False),
        Column("outlets", pl.Int64, "Distinct known outlets of those documents.", False),
        Column("first_date", pl.Date, "Earliest date of those documents, when any is known."),
        Column("last_date", pl.Date, "Latest date of those documents, when any is known."),
        Column("times_quoted", pl.Int64, "Quotes it is the speaker of.", False),
        Column("top_co_mentioned", pl.List(pl.String), "Up to five entities sharing the most documents with it, most first.", False),
    ),
    sql="""
    WITH seen AS (
        SELECT m.entity_id, count(*) AS mentions, count(DISTINCT m.doc_id) AS documents,
               count(DISTINCT d.outlet) AS outlets, min(d.published_date) AS first_date, max(d.published_date) AS last_date
        FROM mentions m JOIN documents d USING (doc_id) GROUP BY m.entity_id),
    quoted AS (
        SELECT entity_id, count(*) AS times_quoted FROM attributions
        WHERE role = 'speaker' AND entity_id IS NOT NULL GROUP BY entity_id),
    pairs AS (
        SELECT a.entity_id, b.entity_id AS other, count(DISTINCT a.doc_id) AS shared
        FROM (SELECT DISTINCT entity_id, doc_id FROM mentions) a
        JOIN (SELECT DISTINCT entity_id, doc_id FROM mentions) b ON a.doc_id = b.doc_id AND a.entity_id <> b.entity_id
        GROUP BY ALL),
    ranked AS (
        SELECT p.entity_id, e.name, p.shared,
               row_number() OVER (PARTITION BY p.entity_id ORDER BY p.shared DESC, e.name) AS rank
        FROM pairs p JOIN entities e ON e.entity_id = p.other),
    top AS (
        SELECT entity_id, list(name ORDER BY rank) AS top_co_mentioned FROM ranked WHERE rank <= 5 GROUP BY entity_id)
    SELECT e.entity_id, e.name, e.type, coalesce(seen.mentions, 0) AS mentions, coalesce(seen.documents, 0) AS documents,
           coalesce(seen.outlets, 0) AS outlets, seen.first_date, seen.last_date,
           coalesce(quoted.times_quoted, 0) AS times_quoted, coalesce(top.top_co_mentioned, []) AS top_co_mentioned
    FROM entities e
    LEFT JOIN seen USING (entity_id)
    LEFT JOIN quoted USING (entity_id)
    LEFT JOIN top USING (entity_id)
    """,
)

VIEWS: dict[str, View] = {v.name: v for v in (STATEMENTS, QUOTE_TARGETS, ENTITY_PROFILE)}


def copy_tables_in(folder: Path, names) -> None:
    """Copy the staged Parquet tables `names` of `folder` into its database in the making (a run copies those final
    after retyping while attribution runs); `write_database` copies the others and finishes it."""
    with _building(folder) as connection:
        _copy_tables(connection, folder, names)


def write_database(folder: Path) -> Path:
    """Build `warta.duckdb` in `folder` from the Parquet tables there (those `copy_tables_in` copied already are
    kept); written aside, then renamed in."""
    with _building(folder) as connection:
        copied = {row[0] for row in connection.execute("SELECT table_name FROM duckdb_tables()").fetchall()}
        _copy_tables(connection, folder, [name for name in TABLES if name not in copied])
        for view in VIEWS.values():
            connection.execute(f"CREATE VIEW {view.name} AS {view.sql}")
            connection.execute(f"COMMENT ON VIEW {view.name} IS '{view.description.replace(chr(39), chr(39) * 2)}'")
        connection.execute("CHECKPOINT")
    target = folder / DATABASE
    (folder / f"{DATABASE}.tmp").replace(target)
    return target


def _building(folder: Path):
    """A connection to the database being built in `folder`, beside the one it replaces."""
    import duckdb

    connection = duckdb.connect(str(folder / f"{DATABASE}.tmp"))
    connection.execute(f"SET memory_limit = '{BUILD_MEMORY}'")
    return connection


def _copy_tables(connection, folder: Path, names) -> None:
    for name in names:
        source = (folder / f"{name}.parquet").resolve().as_posix().replace("'", "''")
        connection.execute(f"CREATE TABLE {name} AS SELECT * FROM read_parquet('{source}')")
