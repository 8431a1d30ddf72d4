"""Frame counting of scripts/mine_reporting_verbs.py on an invented paragraph."""

import importlib.util

from tests.conftest import REPO

spec = importlib.util.spec_from_file_location("mine_reporting_verbs", REPO / "scripts" / "mine_reporting_verbs.py")
mine = importlib.util.module_from_spec(spec)
spec.loader.exec_module(mine)

# IndoSum spacing (` , ”`) and both kinds of quotation marks on purpose
PARAGRAPH = (
    "“Harga cabai akan turun pekan depan , ” kata Budi. Ia juga menilai bahwa pasokan cukup. "
    "Rina Wati berharap, pemerintah segera bertindak. Hal itu disampaikan Rina di Bandung. "
    "Dalam keterangannya, polisi memastikan jalan aman. Selain itu, panitia memberikan penekanan bahwa acara tetap "
    'digelar. "Kami siap" , ujarnya. Warga membaca berita itu, lalu pulang.'
)


def test_frames_of_a_paragraph():
    hits = [(frame, candidate) for frame, candidate, _ in mine.frame_hits(mine.tokenize(PARAGRAPH))]
    assert hits == [
        ("after_quote", "kata"),
        ("pronoun", "menilai"),
        ("bahwa", "menilai"),
        ("name", "berharap"),
        ("passive_hal", "disampaikan"),
        ("noun_in", "dalam keterangannya"),
        ("bahwa", "penekanan"),
        ("noun_bahwa", "memberikan penekanan"),
        ("after_quote", "ujarnya"),
    ]


def test_an_occurrence_in_two_frames_counts_once():
    counts = mine.Counts()
    counts.add(PARAGRAPH)
    counts.add("Menteri itu menilai pasar sudah pulih.")  # `menilai` outside any frame
    assert dict(counts.frames["menilai"]) == {"pronoun": 1, "bahwa": 1}
    assert counts.hits["menilai"] == 1 and counts.words["menilai"] == 2
    ranked = {row["candidate"]: row for row in counts.ranked(min_hits=1)}
    assert ranked["menilai"]["share"] == 0.5 and ranked["kata"]["share"] == 1.0
    assert "itu" not in ranked  # `Selain itu,` opens the sentence: no name before it
