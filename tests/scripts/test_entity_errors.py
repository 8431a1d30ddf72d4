"""scripts/entity_errors.py on invented tables: each kind of error on its own line."""

import importlib.util
import json

import polars as pl

from tests.conftest import REPO

spec = importlib.util.spec_from_file_location("entity_errors", REPO / "scripts" / "entity_errors.py")
errors = importlib.util.module_from_spec(spec)
spec.loader.exec_module(errors)


def test_false_positives_type_errors_misses_and_splits(tmp_path):
    gold = {"entities": {"Rina Sari": {"type": "PERSON", "aliases": ["Rina"]}, "Sukamaju": {"type": "LOC", "aliases": []},
                         "Dewan Tani": {"type": "ORG", "aliases": []}},
            "optional_entities": ["Kabar Kita"],
            "documents": {"a.txt": {"entities": ["Rina Sari", "Sukamaju", "Dewan Tani"]}}}
    (tmp_path / "gold.json").write_text(json.dumps(gold), encoding="utf-8")
    pl.DataFrame({"doc_id": ["d1"], "source_path": ["in/a.txt"]}).write_parquet(tmp_path / "documents.parquet")
    pl.DataFrame({"entity_id": ["E1", "E2", "E3", "E4", "E5"], "name": ["Rina Sari", "Rina", "Sukamaju", "Beras", "Kabar Kita"],
                  "type": ["PERSON", "PERSON", "ORG", "ORG", "ORG"],
                  "aliases": [["Rina Sari"], ["Rina"], ["Sukamaju"], ["Beras"], ["Kabar Kita"]]}).write_parquet(tmp_path / "entities.parquet")
    pl.DataFrame({"doc_id": ["d1"] * 5, "entity_id": ["E1", "E2", "E3", "E4", "E5"],
                  "text": ["Rina Sari", "Rina", "Sukamaju", "Beras", "Kabar Kita"],
                  "rule": ["person_by_shape", "single_word", "single_word", "single_word", "single_word"],
                  "type_rule": ["person_by_shape", "single_word", "single_word", "single_word", "single_word"]}
                 ).write_parquet(tmp_path / "mentions.parquet")
    lines = errors.entity_errors(tmp_path / "gold.json", tmp_path)
    assert lines == [
        "TYPE\ta.txt\tLOC\tSukamaju\t-> Sukamaju:ORG",
        "FN\ta.txt\tORG\tDewan Tani",
        "FP\ta.txt\tORG\tBeras\tBeras\tsingle_word",
        "SPLIT\tRina Sari\tRina | Rina Sari",
    ]
