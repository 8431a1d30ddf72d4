from datetime import date

import pytest

from transforms.documents import boilerplate_kind, detect_language, parse_date, parse_dateline, parse_header


@pytest.mark.parametrize(
    "line, city, outlet, published",
    [
        ("JAKARTA, KOMPAS.com - Gubernur meresmikan jembatan.", "JAKARTA", "KOMPAS.com", None),
        ("BANDUNG, KOMPAS.com -- Hujan deras turun.", "BANDUNG", "KOMPAS.com", None),
        ("JAKARTA, KOMPAS — Pemerintah menambah anggaran.", "JAKARTA", "KOMPAS", None),
        ("Jakarta - detikNews - Polisi menangkap dua orang.", "Jakarta", "detikNews", None),
        ("Jakarta (ANTARA) - Bank sentral menahan suku bunga.", "Jakarta", "ANTARA", None),
        ("TEMPO.CO, Jakarta - Menteri itu membantah.", "Jakarta", "TEMPO.CO", None),
        ("Medanbisnis.com, Medan - Harga cabai naik.", "Medan", "Medanbisnis.com", None),
        ("SURABAYA (KT01) – 3 Maret 2023, warga berkumpul di balai kota.", "SURABAYA", "KT01", date(2023, 3, 3)),
        ("WARTA RAKYAT NEWS, 12 Januari 2022 – Banjir melanda kota.", None, "WARTA RAKYAT NEWS", date(2022, 1, 12)),
    ],
)
def test_datelines(line, city, outlet, published):
    parsed = parse_dateline(line)
    assert parsed is not None
    assert parsed[:3] == (city, outlet, published)
    assert line[parsed[3]:][:1].isalpha()


@pytest.mark.parametrize("line", ["Presiden meninjau lokasi banjir di Bekasi.", "Harga beras, kata pedagang, naik lagi."])
def test_ordinary_first_lines_are_not_datelines(line):
    assert parse_dateline(line) is None


@pytest.mark.parametrize(
    "text, expected",
    [
        ("19 Juni 2024", date(2024, 6, 19)),
        ("Selasa, 18 Juni 2024", date(2024, 6, 18)),
        ("Rabu (19/6/2024)", date(2024, 6, 19)),
        ("1 Agt 2021", date(2021, 8, 1)),
        ("31 Februari 2024", None),
        ("kemarin", None),
    ],
)
def test_dates(text, expected):
    assert parse_date(text) == expected


def test_headline_and_byline_before_the_body():
    text = "Harga Cabai Melonjak Jelang Lebaran\n- Warta.co.id/Rina Sari\nHarga cabai di pasar naik dua kali lipat."
    header = parse_header(text)
    assert (header.title, header.author, header.outlet) == ("Harga Cabai Melonjak Jelang Lebaran", "Rina Sari", "Warta.co.id")
    assert text[header.body_start:].strip().startswith("Harga cabai di pasar")


def test_headline_then_blank_line_then_dateline():
    text = "Banjir Rendam Ratusan Rumah\n\nSEMARANG, KOMPAS.com - Banjir merendam ratusan rumah warga."
    header = parse_header(text)
    assert (header.title, header.dateline, header.outlet) == ("Banjir Rendam Ratusan Rumah", "SEMARANG", "KOMPAS.com")


def test_a_long_first_sentence_is_not_a_title():
    text = "Tak lama setelah rapat dimulai, para menteri sepakat menaikkan anggaran pendidikan tahun ini.\nRapat berlangsung lama."
    assert parse_header(text).title is None


@pytest.mark.parametrize(
    "line, kind",
    [
        ("Advertisement", "advertisement"),
        ("SCROLL TO CONTINUE WITH CONTENT", "scroll_prompt"),
        ("Tinggalkan Komentar", "comment_prompt"),
        ("Baca juga: Harga Minyak Turun Lagi", "read_more"),
        ("- (Budi Santoso, Antara, Pool Photo via AP)", "photo_credit"),
        ("Foto: Dok. Humas Pemkot", "photo_credit"),
        ("ANTARA FOTO/Rina Sari", "photo_credit"),
        ("Editor: Rina Sari", "credits"),
        ("Presiden meninjau lokasi banjir.", None),
    ],
)
def test_boilerplate_lines(line, kind):
    assert boilerplate_kind(line) == kind


def test_boilerplate_is_recorded_as_spans_and_kept_in_the_text():
    text = "Gubernur meresmikan jembatan baru.\nAdvertisement\nJembatan itu menghubungkan dua desa.\nTinggalkan Komentar"
    header = parse_header(text)
    assert [(text[s["start"]:s["end"]], s["kind"]) for s in header.boilerplate] == [
        ("Advertisement", "advertisement"), ("Tinggalkan Komentar", "comment_prompt")]


@pytest.mark.parametrize(
    "text, language",
    [
        ("Pemerintah akan menaikkan harga bahan bakar minyak pada bulan depan karena anggaran subsidi yang tidak cukup.", "id"),
        ("The government will raise fuel prices next month because the subsidy budget is not enough for the year.", "en"),
        ("Rp 10", "und"),
    ],
)
def test_language(text, language):
    assert detect_language(text) == language
