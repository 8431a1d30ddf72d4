import re

import polars as pl
import pytest

from transforms import common
from transforms.common import (alternation, join_looked_up, join_looked_up_in_documents, line_starts, matches_at, occurrences,
                               stable_id, stable_ids, two_capitals)


def test_alternation_matches_as_the_flat_longest_first_list():
    words = ["me", "meng", "mengatakan", "menjelaskan", "kata", "katanya", "ka", "seperti dikutip", "dikutip", "a.b"]
    text = "Ia mengatakan, katanya; ka me meng menjelaskan seperti dikutip Lintas, dikutip dari a.b axb KATANYA mengata"
    flat = "|".join(sorted(map(re.escape, words), key=len, reverse=True))
    for template in (r"\b(?:{})\b", r"(?:{})", r"\b(?P<cue>{})(?P<rest>\s*,?)"):
        for flags in (0, re.IGNORECASE):
            expected = [(m.span(), m.groups()) for m in re.finditer(template.format(flat), text, flags)]
            found = [(m.span(), m.groups()) for m in re.finditer(template.format(alternation(words)), text, flags)]
            assert found == expected


def test_matches_tried_where_a_literal_occurs_are_the_scans_matches():
    text = "yakni seperti: Rina, seperti  Budi; yaitu yakni\nAntara: seperti\tseperti X\n\nsepertinya yakni"
    cues = re.compile(r"(?:seperti|yakni|yaitu)\b[ \t]*:?[ \t]+\w*")  # a match may hold the next cue: the scan goes on after it
    starts = [position for cue in ("seperti", "yakni", "yaitu") for position in occurrences(text, cue)]
    assert [m.span() for m in matches_at(cues, text, starts)] == [m.span() for m in cues.finditer(text)]
    lines = re.compile(r"^[A-Z]\w*:?", re.MULTILINE)
    assert [m.span() for m in matches_at(lines, text, line_starts(text))] == [m.span() for m in lines.finditer(text)]
    assert occurrences("aaa", "aa") == [0, 1] and line_starts("a\n\nb") == [0, 2, 3]


def test_two_capitals_counts_as_the_walk_through_every_character():
    words = ["Jakarta", "DPR", "LapakKerja", "PhD", "A", "A1", "1A", "RI", "ǅemal", "ǅA", "Ab-Cd", "İstanbul", "x", "ÉTAT", "é"]
    assert [two_capitals(w) for w in words] == [sum(c.isupper() for c in w) >= 2 for w in words]
    assert [two_capitals(w) for w in ("Jakarta", "DPR", "LapakKerja", "A1")] == [False, True, True, False]


def test_alternation_shares_prefixes_and_tries_the_longest_word_first():
    assert alternation(["me", "mengatakan", "meminta"]) == "me(?:ngatakan|minta|)"
    assert re.match(alternation(["ka", "kata"]), "katanya").group() == "kata"


def test_stable_ids_made_in_parts_are_each_rows_stable_id_in_order(monkeypatch):
    monkeypatch.setattr(common, "IDS_AT_ONCE", 2)
    frame = pl.DataFrame({"doc_id": ["d1", "d1", "d2", "d3", "d3"], "start": [0, 5, 0, 7, 9]})
    ids = stable_ids("M", frame, ["doc_id", "start"])
    assert ids.dtype == pl.String and ids.n_chunks() == 1
    assert ids.to_list() == [stable_id("M", doc_id, start) for doc_id, start in frame.iter_rows()]
    assert stable_ids("M", frame.clear(), ["doc_id", "start"]).to_list() == []


def test_a_lookup_gives_the_left_join_of_a_table_with_one_row_per_key_and_refuses_a_repeated_key():
    frame = pl.DataFrame({"doc_id": ["a", "a", "b", "c"], "key": ["x", "y", "x", None], "n": [1, 2, 3, 4]})
    table = pl.DataFrame({"doc_id": ["a", "b", "d"], "key": ["x", "x", "x"], "target": ["X", "Z", "W"]})
    looked_up = join_looked_up(frame, table, ["doc_id", "key"])
    assert looked_up.equals(frame.join(table, on=["doc_id", "key"], how="left", maintain_order="left"))
    assert looked_up["target"].to_list() == ["X", None, "Z", None]
    with pytest.raises(pl.exceptions.ShapeError):
        join_looked_up(frame, pl.concat([table, table]), ["doc_id", "key"])


def test_a_lookup_in_the_documents_named_gives_the_same_frame_and_refuses_a_repeated_key():
    frame = pl.DataFrame({"doc_id": ["a", "a", "b", "c", "b"], "key": ["x", "y", "x", None, "y"], "n": [1, 2, 3, 4, 5]})
    table = pl.DataFrame({"doc_id": ["a", "b", "d"], "key": ["x", "x", "x"], "target": ["X", "Z", "W"], "moved": True})
    for looked_up_in in (table, table.head(0), table.filter(pl.col("doc_id") == "d")):
        assert join_looked_up_in_documents(frame, looked_up_in, ["doc_id", "key"]).equals(
            join_looked_up(frame, looked_up_in, ["doc_id", "key"]))
    with pytest.raises(pl.exceptions.ShapeError):
        join_looked_up_in_documents(frame, pl.concat([table, table]), ["doc_id", "key"])
