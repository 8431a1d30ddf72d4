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


def test_the_capitalised_end_keeps_the_words_written_capitalised_inside_sentences():
    counts = mine.CaseCounts()
    counts.add("Warga bertemu Mejawati di pasar. Lalu mejawati pulang, kata Mejawati dan Mejawati.\n"
               "Warga suka kuliner dan kuliner lagi.")
    assert counts.capital["mejawati"] == 3 and counts.lower["mejawati"] == 1
    assert counts.capitalised_rows(min_uses=2, max_lower_share=0.25) == [("mejawati", 1, 3)]
    assert counts.capitalised_rows(min_uses=2, max_lower_share=0.2) == []  # one use in four in lower case is too many
