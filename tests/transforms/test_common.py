import re

import polars as pl

from transforms import common
from transforms.common import alternation, stable_id, stable_ids


def test_alternation_matches_as_the_flat_longest_first_list():
    words = ["me", "meng", "mengatakan", "menjelaskan", "kata", "katanya", "ka", "seperti dikutip", "dikutip", "a.b"]
    text = "Ia mengatakan, katanya; ka me meng menjelaskan seperti dikutip Lintas, dikutip dari a.b axb KATANYA mengata"
    flat = "|".join(sorted(map(re.escape, words), key=len, reverse=True))
    for template in (r"\b(?:{})\b", r"(?:{})", r"\b(?P<cue>{})(?P<rest>\s*,?)"):
        for flags in (0, re.IGNORECASE):
            expected = [(m.span(), m.groups()) for m in re.finditer(template.format(flat), text, flags)]
            found = [(m.span(), m.groups()) for m in re.finditer(template.format(alternation(words)), text, flags)]
            assert found == expected


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
