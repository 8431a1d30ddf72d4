import shutil

import duckdb
import polars as pl
import pytest

from flows import publishing
from flows.database import DATABASE, VIEWS, copy_tables_in, write_database
from transforms.schemas import TABLES


@pytest.fixture(scope="module")
def moved_database(seeds_output, tmp_path_factory):
    """The published folder copied elsewhere: the database must not depend on where it was written."""
    moved = tmp_path_factory.mktemp("moved") / "output"
    shutil.copytree(seeds_output, moved, ignore=shutil.ignore_patterns("_reports"))
    with duckdb.connect(str(moved / DATABASE), read_only=True) as connection:
        yield connection


def query(connection, sql: str) -> pl.DataFrame:
    return connection.sql(sql).pl()


def test_the_database_holds_the_published_tables_row_for_row(seeds_output, moved_database):
    for name in TABLES:
        published = pl.read_parquet(seeds_output / f"{name}.parquet")
        # DuckDB hands timestamps back in its session time zone: compare the same instants
        assert query(moved_database, f"SELECT * FROM {name}").cast(published.schema).equals(published), name


def test_every_view_has_its_declared_columns_and_types(moved_database):
    for view in VIEWS.values():
        frame = query(moved_database, f"SELECT * FROM {view.name}")
        assert frame.schema == pl.Schema({c.name: c.dtype for c in view.columns}), view.name
        assert frame.height > 0, view.name
        for column in view.columns:
            if not column.nullable:
                assert frame[column.name].null_count() == 0, (view.name, column.name)


def test_statements_has_one_row_per_quote_with_its_speaker_by_name(seeds_output, moved_database):
    statements = query(moved_database, "SELECT * FROM statements")
    quotes = pl.read_parquet(seeds_output / "quotes.parquet")
    assert sorted(statements["quote_id"]) == sorted(quotes["quote_id"])
    speakers = pl.read_parquet(seeds_output / "attributions.parquet").filter(pl.col("role") == "speaker", pl.col("entity_id").is_not_null())
    named = statements.filter(pl.col("speaker_entity_id").is_not_null())
    assert named.height == speakers.height
    entities = pl.read_parquet(seeds_output / "entities.parquet")
    assert named.join(entities, left_on="speaker_entity_id", right_on="entity_id").filter(pl.col("speaker") != pl.col("name")).is_empty()


def test_quote_targets_are_mentioned_inside_the_quote_or_its_sentence_and_never_the_speaker(seeds_output, moved_database):
    targets = query(moved_database, "SELECT * FROM quote_targets")
    assert targets.filter(pl.col("target_entity_id") == pl.col("speaker_entity_id")).is_empty()
    assert set(targets["scope"]) <= {"quote", "sentence"} and "quote" in set(targets["scope"])
    quotes = pl.read_parquet(seeds_output / "quotes.parquet")
    mentions = pl.read_parquet(seeds_output / "mentions.parquet")
    inside = (targets.filter(scope="quote").join(quotes, on="quote_id", suffix="_q")
              .join(mentions, left_on=["doc_id", "target_entity_id"], right_on=["doc_id", "entity_id"])
              .filter((pl.col("start_right") >= pl.col("start")) & (pl.col("end_right") <= pl.col("end"))))
    assert inside.select("quote_id", "target_entity_id").n_unique() == targets.filter(scope="quote").height
    who_about_whom = query(moved_database, "SELECT speaker, target, count(*) AS n FROM quote_targets GROUP BY ALL")
    assert who_about_whom.height > 0


def test_entity_profile_counts_agree_with_the_mentions_table(seeds_output, moved_database):
    profile = query(moved_database, "SELECT * FROM entity_profile")
    assert profile.height == pl.read_parquet(seeds_output / "entities.parquet").height
    counted = (pl.read_parquet(seeds_output / "mentions.parquet").group_by("entity_id")
               .agg(mentions=pl.len().cast(pl.Int64), documents=pl.col("doc_id").n_unique().cast(pl.Int64)))
    joined = profile.join(counted, on="entity_id", suffix="_counted")
    assert joined.height == counted.height
    assert joined.filter((pl.col("mentions") != pl.col("mentions_counted")) | (pl.col("documents") != pl.col("documents_counted"))).is_empty()
    quoted = query(moved_database, "SELECT sum(times_quoted) AS n FROM entity_profile")["n"][0]
    assert quoted == query(moved_database, "SELECT count(*) AS n FROM statements WHERE speaker_entity_id IS NOT NULL")["n"][0]


def test_a_statements_role_is_the_first_title_of_its_speaker_that_its_document_holds(seeds_output, moved_database):
    statements = query(moved_database, "SELECT quote_id, doc_id, speaker_entity_id, speaker_role FROM statements")
    texts = dict(pl.read_parquet(seeds_output / "documents.parquet").select("doc_id", "text").iter_rows())
    titles = dict(pl.read_parquet(seeds_output / "entities.parquet").select("entity_id", "titles").iter_rows())
    expected = [next((t for t in titles.get(entity, []) if t in texts[doc]), None) if entity else None
                for doc, entity in statements.select("doc_id", "speaker_entity_id").iter_rows()]
    assert statements["speaker_role"].to_list() == expected
    assert statements["speaker_role"].drop_nulls().len() > 0


def test_tables_copied_in_first_are_kept_and_the_others_added(seeds_output, tmp_path):
    # a run copies the tables final after retyping while attribution runs (flows/pipeline.py)
    tables = {name: scan.collect() for name, scan in publishing.scan_staged(seeds_output).items()}
    first = ["documents", "mentions"]
    in_parts = publishing.stage_tables(tables, tmp_path / "in-parts")
    copy_tables_in(in_parts, first)
    with duckdb.connect(str(in_parts / f"{DATABASE}.tmp"), read_only=True) as connection:
        assert sorted(row[0] for row in connection.execute("SELECT table_name FROM duckdb_tables()").fetchall()) == first
    whole = write_database(publishing.stage_tables(tables, tmp_path / "whole"))
    with duckdb.connect(str(write_database(in_parts)), read_only=True) as built, \
            duckdb.connect(str(whole), read_only=True) as at_once:
        for name in [*TABLES, *VIEWS]:
            sql = f"SELECT * FROM {name} ORDER BY ALL"
            assert query(built, sql).equals(query(at_once, sql)), name
    assert not (in_parts / f"{DATABASE}.tmp").exists()
