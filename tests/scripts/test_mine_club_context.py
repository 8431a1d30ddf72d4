"""Counting of scripts/mine_club_context.py on invented paragraphs."""

import importlib.util

from tests.conftest import REPO

spec = importlib.util.spec_from_file_location("mine_club_context", REPO / "scripts" / "mine_club_context.py")
mine = importlib.util.module_from_spec(spec)
spec.loader.exec_module(mine)


def test_words_before_a_city_the_document_calls_a_club_or_a_town():
    counts = mine.Counts()
    counts.add("Kata pelatih Kielce, tim itu akan menjamu Kielce pekan depan, lalu melawan Tarnow. Kini klub Tarnow siap.")
    counts.add("Warga kota Radom mengungsi. Banjir melanda Radom kemarin.")
    assert dict(counts.club) == {"menjamu": 1, "melawan": 1}  # role words and `klub` are the evidence, not counted
    assert dict(counts.town) == {"melanda": 1}
    assert counts.kept(min_hits=1, min_names=1, min_share=0.9) == ["melawan", "menjamu"]
    assert counts.kept(min_hits=1, min_names=2, min_share=0.9) == []
