import polars as pl
import pytest

from expectations.suites import add_check_columns, build_suite, check_schema
from expectations.validate import Validation, validate_tables
from tests.conftest import documents_from_texts
from transforms.schemas import ATTRIBUTIONS, ENTITIES, MENTIONS, QUARANTINE, QUOTE_CLUSTERS, QUOTES, TABLES


@pytest.fixture(scope="module")
def tables() -> dict[str, pl.DataFrame]:
    documents = documents_from_texts({"a.txt": "Budi Santoso tiba di Jakarta."})
    doc_id = documents["doc_id"][0]
    return {
        "documents": documents,
        "entities": ENTITIES.conform(pl.DataFrame({"entity_id": ["E1"], "name": ["Budi Santoso"], "type": ["PERSON"], "aliases": [["Budi Santoso"]],
                                                   "titles": [[]], "mention_count": [1], "document_count": [1],
                                                   "confidence": [0.9]})),
        "mentions": MENTIONS.conform(pl.DataFrame({"mention_id": ["M1"], "doc_id": [doc_id], "entity_id": ["E1"], "text": ["Budi Santoso"],
                                                   "start": [0], "end": [12], "sentence_index": [0], "type": ["PERSON"],
                                                   "rule": ["given_name"], "type_rule": ["given_name"]})),
        "quotes": QUOTES.empty(),
        "attributions": ATTRIBUTIONS.empty(),
        "quote_clusters": QUOTE_CLUSTERS.empty(),
        "quarantine": QUARANTINE.empty(),
    }


def test_every_declared_rule_is_in_the_suite():
    suite = build_suite(TABLES["mentions"])
    kinds = [(e.expectation_type if hasattr(e, "expectation_type") else type(e).__name__, getattr(e, "column", None))
             for e in suite.expectations]
    text = str(kinds)
    for needle in ("mention_id", "check__start_end_inside_text", "check__entity_id_in_entities", "check__doc_id_in_documents"):
        assert needle in text


def test_check_columns_flag_offsets_outside_the_text_and_dangling_references(tables):
    bad = dict(tables, mentions=tables["mentions"].with_columns(end=pl.lit(999, dtype=pl.Int64), entity_id=pl.lit("E404")))
    checked = add_check_columns("mentions", bad).collect()
    assert checked["check__start_end_inside_text"].to_list() == [False]
    assert checked["check__entity_id_in_entities"].to_list() == [False]


def test_tables_given_as_scans_are_checked_as_the_frames_are(tables, tmp_path):
    # the validating process reads a run's staged tables as scans: each table when it is checked, only what it needs
    bad = dict(tables, mentions=tables["mentions"].with_columns(end=pl.lit(999, dtype=pl.Int64)))
    for name, frame in bad.items():
        frame.write_parquet(tmp_path / f"{name}.parquet")
    scans = {name: pl.scan_parquet(tmp_path / f"{name}.parquet") for name in bad}
    for name in bad:
        assert add_check_columns(name, scans).collect().equals(add_check_columns(name, bad).collect())
    report = validate_tables(scans)
    assert not report.success and report.to_json() == validate_tables(bad).to_json()


def test_schema_differences_are_reported():
    assert check_schema("mentions", MENTIONS.empty()) == []
    assert check_schema("mentions", MENTIONS.empty().with_columns(pl.col("start").cast(pl.Int32)))


def test_good_tables_pass_and_broken_ones_fail_with_reasons(tables):
    assert validate_tables(tables).success
    broken = dict(tables, entities=tables["entities"].with_columns(type=pl.lit("ANIMAL")))
    report = validate_tables(broken)
    assert not report.success
    assert any("entities" in f and "in_set" in f.lower() for f in report.failures)


def test_an_input_path_that_is_neither_a_document_nor_quarantined_fails_validation(tables):
    inputs = pl.DataFrame({"source_path": ["a.txt", "lost.txt"]})
    checked = add_check_columns("inputs", dict(tables, inputs=inputs)).collect()
    assert checked["check__source_path_accounted_for"].to_list() == [True, False]
    assert validate_tables(dict(tables, inputs=inputs.head(1))).success
    report = validate_tables(dict(tables, inputs=inputs))
    assert any(f.startswith("inputs:") and "accounted_for" in f for f in report.failures)


def test_distribution_breaches_are_warnings_that_do_not_fail_validation(tables):
    # one document, with neither outlet nor date; its only entity is seen once
    report = validate_tables(tables)
    assert report.success and not report.failures
    text = " ".join(report.warnings)
    for needle in ("'column': 'outlet'", "'column': 'published_date'", "'column': 'mention_count'"):
        assert needle in text
    assert not any("top_entity_not_common_word" in w for w in report.warnings)


def test_a_common_word_as_the_most_mentioned_entity_is_a_warning(tables):
    common = dict(tables, entities=tables["entities"].with_columns(name=pl.lit("Pemerintah")))
    checked = add_check_columns("entities", common).collect()
    assert checked["check__top_entity_not_common_word"].to_list() == [False]
    assert any("top_entity_not_common_word" in w for w in validate_tables(common).warnings)


def test_the_share_of_quotes_with_a_named_speaker_is_checked(tables):
    doc_id = tables["documents"]["doc_id"][0]
    quotes = QUOTES.conform(pl.DataFrame({"quote_id": ["Q1", "Q2"], "doc_id": [doc_id] * 2, "text": ["a", "b"], "start": [0, 1],
                                          "end": [1, 2], "kind": ["direct"] * 2, "sentence_index": [0, 0], "cluster_id": ["Q1", "Q2"],
                                          "rule": ["direct_post_cue"] * 2}))
    attributions = ATTRIBUTIONS.conform(pl.DataFrame({
        "attribution_id": ["A1"], "quote_id": ["Q1"], "doc_id": [doc_id], "role": ["speaker"], "entity_id": ["E1"], "text": ["Budi"],
        "start": [0], "end": [4], "cue": [None], "cue_start": [None], "cue_end": [None], "method": ["test"], "confidence": [1.0]}))
    checked = add_check_columns("quotes", dict(tables, quotes=quotes, attributions=attributions)).collect()
    assert checked["check__speaker_named"].to_list() == [True, False]


def test_no_table_is_fingerprinted_for_data_docs(tables, monkeypatch):
    # the published manifest keeps each table's sha256; GX's md5 of pandas' row hashes cost the corpus 0.4 s a run
    import great_expectations.execution_engine.pandas_execution_engine as pandas_engine

    def fingerprint(frame):
        raise AssertionError("a table was fingerprinted")

    monkeypatch.setattr(pandas_engine, "hash_pandas_dataframe", fingerprint)
    assert validate_tables(tables).success


def test_strings_whose_values_no_expectation_reads_reach_gx_as_their_nulls(tables, monkeypatch):
    # at 61,020 articles the documents' texts alone cost the validating process 0.7 GB in GX's frames
    import expectations.validate as validate

    given, to_pandas = [], validate._pandas
    monkeypatch.setattr(validate, "_pandas", lambda frame: given.append(frame) or to_pandas(frame))
    assert validate_tables(tables).success
    frames = {frame.columns[0]: frame for frame in given}
    assert frames["doc_id"]["text"].to_list() == [""]  # documents: checked for nulls only
    assert frames["doc_id"]["doc_id"].to_list() == tables["documents"]["doc_id"].to_list()  # unique: its values
    assert frames["entity_id"]["type"].to_list() == ["PERSON"]  # in a set of types: its values
    unnamed = dict(tables, mentions=tables["mentions"].with_columns(text=pl.lit(None, pl.String)))
    report = validate_tables(unnamed)
    assert not report.success
    assert any(f.startswith("mentions:") and "not_be_null" in f and "'column': 'text'" in f for f in report.failures)


def test_tables_checked_in_two_calls_are_reported_as_in_one(tables, tmp_path):
    # a run checks the tables final after retyping while attribution runs, the others after
    broken = dict(tables, mentions=tables["mentions"].with_columns(end=pl.lit(999, dtype=pl.Int64)))
    first = {name: broken[name] for name in ("documents", "entities", "mentions", "quarantine")}
    validation = Validation(docs_dir=tmp_path / "docs", run_name="two-calls")
    validation.check(first)
    validation.check(broken)
    report = validation.report(broken)
    assert report.to_json() == validate_tables(broken, run_name="two-calls").to_json()
    assert [result.table for result in report.results] == list(broken)
    assert any(f.startswith("mentions:") and "inside_text" in f for f in report.failures)
    pages = {path.name for path in (tmp_path / "docs" / "validations").rglob("*.html")}
    assert len(pages) == len(broken)  # Data Docs: a page for each table's results, those of the first call included
