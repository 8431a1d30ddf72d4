"""Counting of scripts/mine_term_acronyms.py on invented paragraphs."""

import importlib.util

from tests.conftest import REPO

spec = importlib.util.spec_from_file_location("mine_term_acronyms", REPO / "scripts" / "mine_term_acronyms.py")
mine = importlib.util.module_from_spec(spec)
spec.loader.exec_module(mine)


def test_acronyms_defined_after_words_in_lower_case_are_terms():
    counts = mine.Counts()
    counts.add("Pabrik memakai sistem pakar (SPK). Sentra Pangan Kita (SPK) menolak. Kini kecerdasan buatan (KB) dan KB lain.")
    vocabulary, bodies = counts.read()
    assert dict(counts.lower) == {"SPK": 1, "KB": 1} and dict(bodies) == {"SPK": 1} and not vocabulary
    assert counts.uses["KB"] == 2
    assert counts.kept(min_hits=1, ratio=2) == ["KB"]


def test_capitalised_vocabulary_defines_a_term_and_a_head_word_a_body():
    counts = mine.Counts()
    counts.add("Warga memegang Kartu Bantuan Sosial (KBS) dari Badan Arsip Sukamaju (BAS).")
    vocabulary, bodies = counts.read()
    assert dict(vocabulary) == {"KBS": 1} and dict(bodies) == {"BAS": 1}
    assert counts.kept(min_hits=1, ratio=2) == ["KBS"]


def test_the_words_spelling_the_letters_are_the_nearest_run():
    assert mine.spelled_words("data lama milik Kartu Bantuan Sosial".split(), "KBS") == ["Kartu", "Bantuan", "Sosial"]
    assert mine.spelled_words("data lama".split(), "KBS") is None
