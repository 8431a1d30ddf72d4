"""Counting of scripts/mine_term_acronyms.py on invented paragraphs."""

import importlib.util

from tests.conftest import REPO

spec = importlib.util.spec_from_file_location("mine_term_acronyms", REPO / "scripts" / "mine_term_acronyms.py")
mine = importlib.util.module_from_spec(spec)
spec.loader.exec_module(mine)


def test_acronyms_defined_after_words_in_lower_case_are_terms():
    counts = mine.Counts()
    counts.add("Pabrik memakai sistem pakar (SPK). Sentra Pangan Kita (SPK) menolak. Kini kecerdasan buatan (KB) dan KB lain.")
    assert dict(counts.lower) == {"SPK": 1, "KB": 1} and dict(counts.capital) == {"SPK": 1}
    assert counts.uses["KB"] == 2
    assert counts.kept(min_hits=1, ratio=2) == ["KB"]
