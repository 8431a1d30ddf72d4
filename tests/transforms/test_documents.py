from datetime import date

import pytest

from transforms.dates import date_from_body
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
    assert (header.title, header.dateline, header.outlet) == ("Banjir Rendam Ratusan Rumah", "Semarang", "Kompas.com")


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
        ("KabarTekno.id adalah portal berita teknologi. Kamu bisa menjadi anggota komunitas KabarTekno.id.", "outlet_blurb"),
        ("--------------------------------", "markup_residue"),
        (":::: {#gtx-trans}", "markup_residue"),
        ("Presiden adalah media bagi rakyat.", None),
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


@pytest.mark.parametrize(
    "text, outlet, dateline",
    [
        ("Judul Berita\n\nJakarta, CNN Indonesia - - Dua anggota polisi dirawat.", "CNN Indonesia", "Jakarta"),
        ("Judul Berita\n\nNEW YORK. KOMPAS.com - Pengadilan memblokir tarif.", "Kompas.com", "New York"),
        ("Judul Berita\n\nPalu, Sulawesi Tengah (ANTARA News) - Gempa mengguncang.", "Antara", "Palu"),
        ("Judul Berita\n\nNew York, Boston, (ANTARA News) - Badai salju melanda.", "Antara", "New York"),
        ("Judul Berita\n\nSuara.com -,\n\nDalam keterangan resmi, menteri itu hadir.", "Suara.com", None),
        ("Judul Berita\n\nJUARA.NET, KUALA LUMPUR - Pebulu tangkis itu menang.", "Juara.net", "Kuala Lumpur"),
        ("Judul Berita\n\nBEKASI (Pos Kota) – Tiga nelayan selamat.", "Pos Kota", "Bekasi"),
        ("Judul Berita\n\nBogor (ANTARA Bews) - Tiga nelayan selamat.", "Antara", "Bogor"),
        ("Judul Berita\n\nBANDUNG, KOMPAS - Genangan banjir mulai surut.", "Kompas.com", "Bandung"),
        ("Judul Berita\n\nMALANG KOMPAS.com - Genangan banjir mulai surut.", "Kompas.com", "Malang"),
        ("Judul Berita\n\nMALANG, KOMPAS.com -Genangan banjir mulai surut.", "Kompas.com", "Malang"),
        ("Judul Berita\n\n\\\nMALANG, KOMPAS.com - Genangan banjir mulai surut.", "Kompas.com", "Malang"),
        # a comma, then a dash later in the sentence (`U - 22`): no place and outlet, still the outlet's own lead
        ("Judul Berita\n\nJUARA.net - Dibanding sektor lain, lini belakang tim U - 22 paling meyakinkan.", "Juara.net", None),
    ],
)
def test_outlets_from_leads_are_canonical(text, outlet, dateline):
    header = parse_header(text)
    assert (header.outlet, header.dateline) == (outlet, dateline)


def test_a_self_description_footer_names_the_outlet_when_the_lead_does_not():
    footer = "\n\nKabarTekno.id adalah portal berita startup dan teknologi."
    header = parse_header("Judul Berita\n\nPerusahaan itu meluncurkan ponsel baru." + footer)
    assert (header.outlet, header.outlet_source) == ("KabarTekno.id", "blurb")
    header = parse_header("Judul Berita\n\nJakarta, CNN Indonesia -- Ponsel baru." + footer)
    assert (header.outlet, header.outlet_source) == ("CNN Indonesia", "dateline")


def test_a_source_url_line_names_outlet_and_date_and_is_never_the_title():
    text = ("https://regional.kompas.com/read/2025/03/04/101500/banjir-rendam-rumah\n"
            "Banjir Rendam Ratusan Rumah\n\nBanjir merendam ratusan rumah warga, Senin (3/3/2025).")
    header = parse_header(text)
    assert (header.title, header.outlet, header.outlet_source, header.published_date, header.date_source) == (
        "Banjir Rendam Ratusan Rumah", "Kompas.com", "url", date(2025, 3, 4), "url")
    assert [span["kind"] for span in header.boilerplate] == ["source_url"]


@pytest.mark.parametrize(
    "body, published, rule",
    [
        ("Polisi menangkap pelaku, Senin (3/3/2025), di rumahnya.", date(2025, 3, 3), "weekday_date"),
        ("Laga digelar Kamis (22/2 / 2018) dini hari.", date(2018, 2, 22), "weekday_date"),
        ("Rapat digelar Selasa, 4 Maret 2025 pukul 10.15 WIB.", date(2025, 3, 4), "weekday_date"),
        ("Polisi menangkap pelaku pada Kamis (22/2). Sepanjang 2018 ada tiga kasus.", date(2018, 2, 22),
         "weekday_year_inferred"),
        ("Polisi menangkap pelaku pada Kamis ( 22 / 2 ). Sepanjang 2018 ada tiga kasus.", date(2018, 2, 22),
         "weekday_year_inferred"),  # spaces inside the brackets, as tokenised texts write them
        ("Polisi menangkap pelaku pada Kamis (22/2). Tidak ada tahun di sini.", None, None),
        ("Gedung itu diresmikan pada 4 Maret 2025 oleh wali kota.", date(2025, 3, 4), "written_date"),
        ("Tidak ada tanggal dalam teks ini.", None, None),
    ],
)
def test_the_reported_day_from_the_text(body, published, rule):
    header = parse_header("Judul Berita\n\n" + body)
    assert (header.published_date, header.date_source) == (published, rule)


@pytest.mark.parametrize("body, author", [
    ("Harga beras turun.\n\nPenulis: Rina Sari, dosen di Sukamaju\n\nHarga cabai naik.", "Rina Sari"),
    ("Harga beras turun. (Rina / abc)", "Rina"),
    ("Harga beras turun. (rs / abc)", None),  # a reporter's initials name no one
    ("Harga beras turun. (Antara / abc)", None),  # the source outlet, not a writer
    ("Harga beras turun.\nRina Sari.Dosen di Universitas Sukamaju.\n\nSimak juga Video: Harga Cabai", "Rina Sari"),
    ("Harga beras turun.\nRina Sari, Ph.D. Peneliti di Lembaga Sukamaju", "Rina Sari"),
    ("Harga beras turun.\nBudi Santoso, Rina Sari, Tono Raharjo.", None),  # a list of names closing a report
])
def test_the_writer_named_after_the_header(body, author):
    assert parse_header("Judul Berita\n\n" + body).author == author


def test_a_document_naming_no_outlet_takes_its_folders_listed_outlet():
    import polars as pl

    from transforms.documents import outlet_from_folders

    documents = pl.DataFrame({"source_path": ["detik/a.txt", "detik/b.txt", "kabar/c.txt", "d.txt", "kompas.com/2025/e.txt",
                                              "detik/f.txt", "g.txt"],
                              "outlet": [None, "Antara", None, None, None, "Tempo", "Tempo"],
                              "outlet_source": [None, "dateline", None, None, None, "own_reporting", "own_reporting"]})
    found = outlet_from_folders(documents)
    # the keeper's folder outweighs what the body's own reporting named, not what the header named
    assert found["outlet"].to_list() == ["detik.com", "Antara", None, None, "Kompas.com", "detik.com", "Tempo"]
    assert found["outlet_source"].to_list() == ["folder", "dateline", None, None, "folder", "folder", "own_reporting"]


@pytest.mark.parametrize("body, outlet", [
    ("Pantauan detikcom di lokasi, air masih tinggi.", "detik.com"),
    ("Pantauandetikcom, Senin, air masih tinggi.", "detik.com"),  # a crawl glued the cue to the outlet
    ("“Air naik,” kata Rina Sari saat dihubungi Tempo, Senin.", "Tempo"),
    ("“Air naik,” kata Rina Sari kepada Antara. Pantauan Antara di lokasi, air masih tinggi.", "Antara"),
    # citing another outlet names no own one; nor a listed form written as a common word (`suara`, a voice)
    ("Seperti dilansir Tempo, air masih tinggi.", None),
    ("Ia menyampaikan kepada suara hatinya.", None),
    # two outlets named as often: neither
    ("“Air naik,” kata Rina kepada Tempo. “Kami mengungsi,” kata Budi kepada Antara.", None),
])
def test_a_document_naming_no_outlet_in_its_header_takes_the_one_its_body_says_reported(body, outlet):
    header = parse_header("Judul Berita\n\n" + body)
    assert (header.outlet, header.outlet_source) == (outlet, "own_reporting" if outlet else None)
    # a header naming an outlet keeps it
    header = parse_header("Judul Berita\n\nJakarta, CNN Indonesia -- " + body)
    assert (header.outlet, header.outlet_source) == ("CNN Indonesia", "dateline")


def test_unify_outlets_gives_an_unlisted_outlet_one_spelling():
    import polars as pl

    from transforms.documents import unify_outlets

    documents = pl.DataFrame({"doc_id": ["a", "b", "c", "d"],
                              "outlet": ["KabarWarta.com", "KABARWARTA.COM", "KabarWarta.com", None]})
    assert unify_outlets(documents)["outlet"].to_list() == ["KabarWarta.com"] * 3 + [None]


def _collection(undated_text: str, outlet: str | None, dated: list[tuple[str | None, date]]):
    import polars as pl

    rows = [(f"d{i}", outlet_, day, "weekday_date", "teks") for i, (outlet_, day) in enumerate(dated)]
    rows.append(("u", outlet, None, None, undated_text))
    return pl.DataFrame(rows, schema={"doc_id": pl.String, "outlet": pl.String, "published_date": pl.Date,
                                      "date_source": pl.String, "text": pl.String}, orient="row").with_columns(
        body_start=pl.lit(0, pl.Int64))


def _undated_row(documents):
    import polars as pl

    return documents.filter(pl.col("doc_id") == "u").select("published_date", "date_source").row(0)


def test_a_yearless_weekday_takes_the_year_the_collection_carries():
    from transforms.documents import date_from_collection

    # 22 February fell on a Thursday in 2018 and 2024: the collection's dated documents are of 2018
    documents = _collection("Polisi menangkap pelaku pada Kamis (22/2) malam.", None,
                            [(None, date(2018, 3, day)) for day in range(1, 8)] + [(None, date(2024, 5, 1))])
    assert _undated_row(date_from_collection(documents)) == (date(2018, 2, 22), "weekday_year_collection")


def test_a_yearless_weekday_stays_undated_when_no_fitting_year_clearly_leads():
    from transforms.documents import date_from_collection

    even = [(None, date(2018, 3, day)) for day in range(1, 8)] + [(None, date(2024, 5, day)) for day in range(1, 8)]
    assert _undated_row(date_from_collection(_collection("Rapat digelar Kamis (22/2) malam.", None, even))) == (None, None)
    few = [(None, date(2018, 3, day)) for day in range(1, 3)]
    assert _undated_row(date_from_collection(_collection("Rapat digelar Kamis (22/2) malam.", None, few))) == (None, None)


def test_a_yearless_weekday_takes_its_own_outlets_years_first():
    from transforms.documents import date_from_collection

    dated = [("Lintas", date(2024, 3, day)) for day in range(1, 8)] + [(None, date(2018, 3, day)) for day in range(1, 30)]
    documents = _collection("Rapat digelar Kamis (22/2) malam.", "Lintas", dated)
    assert _undated_row(date_from_collection(documents)) == (date(2024, 2, 22), "weekday_year_collection")


def test_a_yearless_weekday_its_outlets_years_do_not_fit_takes_the_collections_next_to_them():
    from transforms.documents import date_from_collection

    # the outlet's dated documents are of 2017, on which 22 February was no Thursday; the collection's are of 2018
    dated = [("Lintas", date(2017, 3, day)) for day in range(1, 8)] + [(None, date(2018, 3, day)) for day in range(1, 30)]
    documents = _collection("Rapat digelar Kamis (22/2) malam.", "Lintas", dated)
    assert _undated_row(date_from_collection(documents)) == (date(2018, 2, 22), "weekday_year_collection")
    # ... but not a year far from the outlet's (2015): an earlier event's day
    dated = [("Lintas", date(2015, 3, day)) for day in range(1, 8)] + [(None, date(2024, 3, day)) for day in range(1, 30)]
    documents = _collection("Rapat digelar Kamis (22/2) malam.", "Lintas", dated)
    assert _undated_row(date_from_collection(documents)) == (None, None)


@pytest.mark.parametrize("line", ["[Baca Juga: Lima Tips Hemat Listrik]", "[img.2]", "https://www.contoh.co.id/berita/1"])
def test_bracketed_prompts_image_slots_and_urls_are_boilerplate(line):
    assert boilerplate_kind(line) is not None


@pytest.mark.parametrize(
    "body, expected",
    [
        ("Hujan turun sejak pagi, Rabu, 19 Juni 2024. Warga mengungsi sejak 18 Juni 2024.", (date(2024, 6, 19), "weekday_date")),
        ("Banjir surut. Kamis ( 22 / 2 / 2018 ) warga kembali.", (date(2018, 2, 22), "weekday_date")),
        ("Rapat digelar 3 Maret 2023 di balai kota.", (date(2023, 3, 3), "written_date")),
        ("Rapat digelar kemarin di balai kota (12/1).", (None, None)),
    ],
)
def test_dates_in_the_body(body, expected):
    assert date_from_body(body) == expected
