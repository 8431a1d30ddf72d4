import polars as pl
import pytest

from transforms.schemas import Column, Table
from transforms.sentences import attach_sentence_index, sentence_spans


@pytest.mark.parametrize(
    "text, sentences",
    [
        ("Harga naik. Warga mengeluh.", ["Harga naik.", "Warga mengeluh."]),
        ("Ia bertemu Dr. Sutrisno di RS. Wali kota hadir.", ["Ia bertemu Dr. Sutrisno di RS.", "Wali kota hadir."]),
        ("Kata Teguh P. Nugroho, hujan turun. Banjir datang.", ["Kata Teguh P. Nugroho, hujan turun.", "Banjir datang."]),
        ("“Kami siap.” Kata itu diulang.\nBaris baru di sini", ["“Kami siap.”", "Kata itu diulang.", "Baris baru di sini"]),
        ("  \n\n", []),
        # a full stop glued to the next sentence, but not a web suffix nor an abbreviation with its capital
        ("Warga menjaga persatuan.Dia juga hadir.", ["Warga menjaga persatuan.", "Dia juga hadir."]),
        ("Baca di Kabarkita.Com dan di Jl.Sudirman kemarin.", ["Baca di Kabarkita.Com dan di Jl.Sudirman kemarin."]),
    ],
)
def test_sentence_spans(text, sentences):
    assert [text[s:e] for s, e in sentence_spans(text)] == sentences


def test_attach_sentence_index_finds_each_start_keeping_the_rows_order():
    sentences = pl.DataFrame({"doc_id": ["a", "a", "b"], "sentence_index": [0, 1, 0], "start": [0, 10, 0], "end": [9, 20, 5]})
    frame = pl.DataFrame({"doc_id": ["b", "a", "a"], "start": [2, 12, 3], "text": ["Rina", "Sukamaju", "Tono"]})
    attached = attach_sentence_index(frame, sentences)
    assert attached.to_dicts() == [
        {"doc_id": "b", "start": 2, "text": "Rina", "sentence_index": 0},
        {"doc_id": "a", "start": 12, "text": "Sukamaju", "sentence_index": 1},
        {"doc_id": "a", "start": 3, "text": "Tono", "sentence_index": 0},
    ]


def test_conform_orders_rows_whether_or_not_they_come_in_order():
    rows = {"doc_id": ["a", "a", "b"], "start": [1, 5, 0], "end": [3, 9, 4]}
    in_order = pl.DataFrame(rows)
    shuffled = in_order[[2, 0, 1]]
    spans = Table("spans", "Invented spans.", tuple(Column(name, dtype, name) for name, dtype in in_order.schema.items()),
                  sort_by=("doc_id", "start", "end"))
    for frame in (in_order, shuffled):
        conformed = spans.conform(frame)
        assert conformed.select("doc_id", "start", "end").to_dict(as_series=False) == rows
