"""Phrase counting of scripts/mine_source_cues.py on invented articles."""

import importlib.util

from tests.conftest import REPO

spec = importlib.util.spec_from_file_location("mine_source_cues", REPO / "scripts" / "mine_source_cues.py")
mine = importlib.util.module_from_spec(spec)
spec.loader.exec_module(mine)

ARTICLES = [
    {"text": "Harga naik, dilansir Kabar Lintas, Senin. “Kami siap,” kata Rina Sari seperti dikutip dari Kabar Lintas."},
    {"text": "Rina Sari bertemu warga Sukamaju. Seperti dilansir Kabar Lintas, panen gagal, kata Dodi.\n"
             "Kabar Lintas juga memuat foto itu. Dodi mengatakan hal itu dalam keterangan tertulis."},
    {"text": "Sukamaju ramai. Rina Sari tiba di Sukamaju. Dikutip Sukamaju, Rabu."},
]


def test_cited_names_leave_out_days_and_names_rarely_cited():
    cited = mine.cited_names(ARTICLES)
    assert cited["Kabar Lintas"] == 3 and "Senin" not in cited
    # `Sukamaju` is cited once (MIN_CITED): no source
    assert mine.sources_of(ARTICLES, cited) == ["Kabar Lintas"]


def test_phrases_before_a_cited_name_or_a_medium_head():
    counts = mine.Counts(["Kabar Lintas"])
    for article in ARTICLES:
        counts.add(article["text"])
    assert counts.hits["dilansir", "name"] == 2 and counts.hits["seperti dikutip dari", "name"] == 1
    assert counts.hits["dalam", "medium"] == 1  # `dalam keterangan tertulis`
    rows = {(row["phrase"], row["kind"]): row for row in counts.ranked(min_hits=1)}
    assert rows["dilansir", "name"]["quoted"] == 1.0  # a speech cue in its sentence or the next
    assert ("bertemu warga", "name") not in rows  # a capitalised name that no one cites


def test_a_cited_name_ends_with_its_sentence_and_names_cited_once_are_candidates_too():
    cited = mine.cited_names([{"text": "Harga naik, dikutip dari Kabar Lintas. Selain itu, warga cemas."}])
    assert list(cited) == ["Kabar Lintas"]  # not `Kabar Lintas. Selain`
    once = [{"text": "Banjir surut, dilansir Warta Kota. Warta Kota memuat foto itu."}]
    assert mine.sources_of(once, mine.cited_names(once)) == []
    assert mine.sources_of(once, mine.cited_names(once), min_cited=1) == ["Warta Kota"]
