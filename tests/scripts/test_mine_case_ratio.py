"""Counting of scripts/mine_case_ratio.py on invented paragraphs."""

import importlib.util

from tests.conftest import REPO

spec = importlib.util.spec_from_file_location("mine_case_ratio", REPO / "scripts" / "mine_case_ratio.py")
mine = importlib.util.module_from_spec(spec)
spec.loader.exec_module(mine)


def test_only_words_inside_a_sentence_count_and_names_are_left_out():
    counts = mine.CaseCounts()
    counts.add("Kuliner khas Sukamaju dijual. Warga suka kuliner dan Kuliner Sukamaju.\n"
               "Kuliner ramai, kata Sukamaju: \"Kuliner enak\" di pasar KULINER (Kuliner).")
    assert counts.lower["kuliner"] == 1 and counts.capital["kuliner"] == 1  # openers, quotes, brackets, capitals skipped
    assert counts.capital["sukamaju"] == 3
    assert counts.rows(min_uses=2, min_lower_share=0.5) == [("kuliner", 1, 1)]
