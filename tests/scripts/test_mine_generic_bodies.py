"""Counting of scripts/mine_generic_bodies.py on invented paragraphs."""

import importlib.util

from tests.conftest import REPO

spec = importlib.util.spec_from_file_location("mine_generic_bodies", REPO / "scripts" / "mine_generic_bodies.py")
mine = importlib.util.module_from_spec(spec)
spec.loader.exec_module(mine)


def test_head_phrases_inside_a_sentence_count_by_how_they_are_written():
    counts = mine.PhraseCases(frozenset({"partai", "badan"}))
    counts.add("Kata dia, partai politik dan Partai Politik berbeda. Partai Politik dibentuk.\n"
               "Menurut Badan Wonotan, partai  politik dan Partai politik lama ada di badan Wonotan.")
    assert counts.lower["partai politik"] == 1 and counts.capital["partai politik"] == 1  # opener, gap, mixed case skipped
    assert counts.capital["badan wonotan"] == 1 and counts.lower["badan wonotan"] == 0
    assert counts.capital["partai politik berbeda"] == 0 and counts.lower["partai politik dan"] == 1
    assert counts.rows(min_uses=2, min_lower_share=0.5) == [("partai politik", 1, 1)]
    assert counts.rows(min_uses=2, min_lower_share=0.8) == []
