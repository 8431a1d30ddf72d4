import pytest

from transforms.sentences import sentence_spans


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
