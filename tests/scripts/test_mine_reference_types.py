"""The document votes and the kept keys of scripts/mine_reference_types.py, on invented readings."""

import importlib.util

import polars as pl

from tests.conftest import REPO

spec = importlib.util.spec_from_file_location("mine_reference_types", REPO / "scripts" / "mine_reference_types.py")
mine = importlib.util.module_from_spec(spec)
spec.loader.exec_module(mine)


def readings(rows: list[tuple[str, str, str, str, int]]) -> pl.DataFrame:
    return pl.DataFrame(rows, schema=["doc_id", "key", "type", "type_rule", "strength"], orient="row")


def test_each_document_votes_its_strongest_context_evidence_and_guesses_are_no_evidence():
    votes = mine.evidence(readings([
        ("d1", "sonara", "ORG", "organisation_context_word", 2),
        ("d1", "sonara", "PERSON", "person_by_shape", 2),
        ("d2", "sonara", "PERSON", "person_after_title", 3),
        ("d2", "sonara", "ORG", "organisation_context_word", 2),
        ("d3", "sonara", "ORG", "single_word", 1),
    ]))
    assert sorted(votes.rows()) == [("d1", "sonara", "ORG"), ("d2", "sonara", "PERSON")]


def test_a_body_or_place_most_documents_agree_on_is_kept_and_people_are_not_printed():
    votes = pl.DataFrame(
        [(f"d{i}", "sonara", "ORG") for i in range(3)] + [(f"e{i}", "mekar", "ORG") for i in range(3)] + [("e9", "mekar", "PERSON")]
        + [(f"f{i}", "tono raharjo", "PERSON") for i in range(5)] + [(f"g{i}", "cibening", "LOC") for i in range(2)],
        schema=["doc_id", "key", "type"], orient="row")
    kept = mine.reference_types(votes)
    assert kept.select("key", "type", "documents").rows() == [("mekar", "ORG", 3), ("sonara", "ORG", 3)]
