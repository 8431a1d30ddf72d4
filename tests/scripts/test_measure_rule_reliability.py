"""The per-rule counts of scripts/measure_rule_reliability.py, on an invented gold and invented entities."""

import importlib.util

import polars as pl

from tests.conftest import REPO

spec = importlib.util.spec_from_file_location("measure_rule_reliability", REPO / "scripts" / "measure_rule_reliability.py")
measure = importlib.util.module_from_spec(spec)
spec.loader.exec_module(measure)

GOLD = {
    "entities": {"Rina Kartika": {"type": "PERSON", "aliases": ["Rina"]}, "Sonara Mekar": {"type": "ORG"}},
    "optional_entities": ["Pekan Raya"],
    "documents": {"a.txt": {"entities": ["Rina Kartika", "Sonara Mekar"]}, "b.txt": {"entities": []}},
}


def test_each_rule_that_typed_an_entity_of_a_document_counts_it_once_right_of_another_type_or_no_name():
    entities = pl.DataFrame({
        "entity_id": ["E1", "E2", "E3", "E4"], "name": ["Rina Kartika", "Sonara Mekar", "River Kids", "Pekan Raya"],
        "aliases": [["Rina Kartika", "Rina"], ["Sonara Mekar"], ["River Kids"], ["Pekan Raya"]],
        "type": ["PERSON", "PERSON", "PERSON", "ORG"]})
    mentions = pl.DataFrame({  # doc `d2` (b.txt) has no gold entities: not counted
        "doc_id": ["d1", "d1", "d1", "d1", "d1", "d2"], "entity_id": ["E1", "E1", "E2", "E3", "E4", "E3"],
        "type_rule": ["person_after_title", "person_short_form", "person_after_office", "person_after_office",
                      "organisation_head", "person_after_office"]})
    counts = measure.rule_outcomes(GOLD, entities, mentions, {"a.txt": "d1", "b.txt": "d2"})
    assert counts == {("person_after_title", "right"): 1, ("person_short_form", "right"): 1,
                      ("person_after_office", "other_type"): 1, ("person_after_office", "no_name"): 1}
