"""scripts/entity_errors.py on invented tables: each kind of error on its own line, and each counted in its class."""

import importlib.util
import json

import polars as pl

from tests.conftest import REPO

spec = importlib.util.spec_from_file_location("entity_errors", REPO / "scripts" / "entity_errors.py")
errors = importlib.util.module_from_spec(spec)
spec.loader.exec_module(errors)

TEXT = "Rina Sari dari Sukamaju menemui Dewan Tani Raya. Harga Beras naik, tulis Kabar Kita. Rina senang. Ketua koperasi Tunas ikut."


def run(tmp_path, mentioned: list[tuple[str, str, str, str]]):
    """mentioned: (entity_id, name, type, rule) of mentions at each name's first occurrence in TEXT."""
    gold = {"entities": {"Rina Sari": {"type": "PERSON", "aliases": ["Rina"]}, "Sukamaju": {"type": "LOC", "aliases": []},
                         "Dewan Tani": {"type": "ORG", "aliases": []}, "koperasi Tunas": {"type": "ORG", "aliases": []},
                         "Lembaga Pangan": {"type": "ORG", "aliases": []}},
            "optional_entities": ["Kabar Kita"],
            "documents": {"a.txt": {"entities": ["Rina Sari", "Sukamaju", "Dewan Tani", "koperasi Tunas", "Lembaga Pangan"]}}}
    (tmp_path / "gold.json").write_text(json.dumps(gold), encoding="utf-8")
    pl.DataFrame({"doc_id": ["d1"], "source_path": ["in/a.txt"], "text": [TEXT]}).write_parquet(tmp_path / "documents.parquet")
    pl.DataFrame({"entity_id": [m[0] for m in mentioned], "name": [m[1] for m in mentioned], "type": [m[2] for m in mentioned],
                  "aliases": [[m[1]] for m in mentioned]}).write_parquet(tmp_path / "entities.parquet")
    starts = [TEXT.rindex(m[1]) if m[1] == "Rina" else TEXT.index(m[1]) for m in mentioned]
    pl.DataFrame({"doc_id": ["d1"] * len(mentioned), "entity_id": [m[0] for m in mentioned], "text": [m[1] for m in mentioned],
                  "start": starts, "end": [s + len(m[1]) for s, m in zip(starts, mentioned)],
                  "rule": [m[3] for m in mentioned], "type_rule": [m[3] for m in mentioned]}).write_parquet(tmp_path / "mentions.parquet")
    return errors.entity_errors(tmp_path / "gold.json", tmp_path), errors.error_classes(tmp_path / "gold.json", tmp_path)


def test_false_positives_type_errors_misses_and_splits_each_in_its_class(tmp_path):
    lines, classes = run(tmp_path, [("E1", "Rina Sari", "PERSON", "person_by_shape"), ("E2", "Rina", "PERSON", "single_word"),
                                    ("E3", "Sukamaju", "ORG", "single_word"), ("E4", "Beras", "ORG", "single_word"),
                                    ("E5", "Kabar Kita", "ORG", "single_word"),
                                    ("E6", "Dewan Tani Raya", "ORG", "organisation_head")])
    assert lines == [
        "TYPE\ta.txt\tLOC\tSukamaju\t-> Sukamaju:ORG",
        "FN\ta.txt\tORG\tDewan Tani",
        "FN\ta.txt\tORG\tkoperasi Tunas",
        "FN\ta.txt\tORG\tLembaga Pangan",
        "FP\ta.txt\tORG\tBeras\tBeras\tsingle_word",
        "FP\ta.txt\tORG\tDewan Tani Raya\tDewan Tani Raya\torganisation_head",
        "SPLIT\tRina Sari\tRina | Rina Sari",
    ]
    assert classes == {"type": 1, "boundary_fn": 1, "lower_case": 1, "not_in_text": 1, "not_a_name": 1, "boundary_fp": 1}


def test_a_missed_name_no_mention_touches_was_never_proposed(tmp_path):
    _, classes = run(tmp_path, [("E1", "Rina Sari", "PERSON", "person_by_shape"), ("E3", "Sukamaju", "LOC", "single_word")])
    assert classes["never_proposed"] == 1 and classes["boundary_fn"] == 0
