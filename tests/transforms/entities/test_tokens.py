from transforms.entities.tokens import Tokens, heading_spans, reading_view


def test_tokens_keep_reduplications_and_split_capitalised_compounds_and_clitics():
    words = [t.text for t in Tokens("anak-anak di Korea Utara-Rusia, Bawaslu-nya (Sukamaju FC-red)")]
    assert words == ["anak-anak", "di", "Korea", "Utara", "Rusia", "Bawaslu", "nya", "Sukamaju", "FC", "red"]


def test_a_dot_joins_a_word_unless_two_sentences_run_together():
    words = [t.text for t in Tokens("Oleh Rina Sarinah.Dosen Hukum. Prof.Tono, dr. Sari M.Kes, A.B. Lubis, kabar.id, 1.000")]
    assert words[:5] == ["Oleh", "Rina", "Sarinah", "Dosen", "Hukum"]
    assert {"Prof.Tono", "M.Kes", "A.B", "kabar.id", "1.000"} <= set(words)


def test_headings_are_short_title_case_lines_and_quotations_in_matching_marks():
    text = 'Pasar Baru Dibuka Lagi\nWarga membawa spanduk “Jaga Pasar Kita” dan ‘Pasar Untuk Semua’ ke Balai Kota.\n' \
           'Papan ‘Dilarang Masuk" dipasang.\nPasar Baru Dibuka Lagi.'
    spans = heading_spans(text)
    assert [text[start:end] for start, end in spans] == ["Jaga Pasar Kita", "Pasar Untuk Semua", "Pasar Baru Dibuka Lagi"]


def test_the_dot_of_an_abbreviated_title_or_head_ends_no_sentence():
    tokens = Tokens("Kata Dr. Rinalda kemarin di Kab. Sukamaju. Lalu Tono pulang.")
    by_text = {t.text: t for t in tokens}
    assert not by_text["Rinalda"].sentence_initial and by_text["Rinalda"].adjacent_before
    assert not by_text["Sukamaju"].sentence_initial and by_text["Sukamaju"].adjacent_before
    assert by_text["Lalu"].sentence_initial  # a sentence's own dot still ends it


def test_a_labelled_line_listing_names_is_no_heading():
    text = "Pelatih: Tono Raharjo\n\nPenulis: Rina Sari\n\nVideo: Warga Sukamaju Tanam Pohon\n"
    headed = [text[start:end] for start, end in heading_spans(text)]
    assert headed == ["Video: Warga Sukamaju Tanam Pohon"]


def test_a_cue_glued_to_the_name_after_it_is_two_words():
    # a crawl that drops the markup between them glues them; God's `kepadaNya` stays one word
    text = "seperti dilansirKabarkita dan dikutip dariWartaku. Syukur kepadaNya."
    assert [t.text for t in Tokens(text)] == ["seperti", "dilansir", "Kabarkita", "dan", "dikutip", "dari", "Wartaku",
                                              "Syukur", "kepadaNya"]


def test_a_lower_case_brand_glued_between_two_words_is_a_word_of_its_own():
    # the brand's channel ends where a preposition glued after it starts; `milidetik` holds no brand
    text = "DilansirdetikKota, Pantauandetikcomdi lokasi. Ujar Rina kepadadetikSukamajudi sana dalam 5 milidetik."
    assert [t.text for t in Tokens(text)] == ["Dilansir", "detikKota", "Pantauan", "detikcom", "di", "lokasi", "Ujar",
                                              "Rina", "kepada", "detikSukamaju", "di", "sana", "dalam", "5", "milidetik"]


def test_an_outlets_channel_after_its_lower_case_brand_opens_a_name():
    # `detik` is a brand of the outlet table; a lower-case word with a capital inside it is no channel of one
    tokens = Tokens("Hal itu dikutip dari detikSukamaju dan eKatalog, Kamis.")
    assert [t.text for t in tokens if t.capitalised] == ["Hal", "detikSukamaju", "Kamis"]


def test_a_word_glued_to_the_number_of_the_next_list_item_is_two_words():
    # a numbered list whose line breaks the crawl dropped; a number closing a word with no list before it stays
    text = "1. Menteri Rina Sari2. Kepala Badan Tono Wirawan3. Menteri Dodi. Kasus Covid19. Pemerintah"
    words = [t.text for t in Tokens(text)]
    assert words[:7] == ["1", "Menteri", "Rina", "Sari", "2", "Kepala", "Badan"]
    assert words[7:10] == ["Tono", "Wirawan", "3"]
    assert "Covid19" in words


def test_utf8_read_as_latin1_is_read_as_what_it_encodes_with_every_offset_kept():
    joiner = "\u2060".encode("utf-8").decode("latin-1")  # a word joiner as a crawl wrote it
    alef = "\u0627".encode("utf-8").decode("latin-1")  # an Arabic letter: `Ø§`, a capital and a sign
    text = f"1.{joiner} SMA Sukatani, Blora2.{joiner} SMA Wonotan, Kebumen. Lafaz {alef}{alef} dibaca."
    view = reading_view(text)
    assert len(view) == len(text)
    assert view == "1.    SMA Sukatani, Blora2.    SMA Wonotan, Kebumen. Lafaz \u0627 \u0627  dibaca."
    assert reading_view("Kata Rina Sari.") == "Kata Rina Sari."  # clean text is left as it is


def test_names_are_read_in_the_repaired_view_and_written_as_the_source_writes_them():
    from transforms.entities.context import DocumentContext
    alef = "\u0627".encode("utf-8").decode("latin-1")
    doc = DocumentContext(f"Lafaz {alef}{alef} itu dibaca oleh Rina Sari.")
    assert [doc.source[t.start:t.end] for t in doc.tokens if t.capitalised] == ["Lafaz", "Rina", "Sari"]


def test_a_dot_between_a_word_and_a_capitalised_one_ends_a_sentence_the_crawl_glued():
    words = [t.text for t in Tokens("Hal itu kata Rudi Halim.Mahasiswa itu pulang.")]
    assert words[:6] == ["Hal", "itu", "kata", "Rudi", "Halim", "Mahasiswa"]
    # after a word of lower-case letters and capitals that is no glued cue (`iPhone`)
    assert "Mahasiswa" in [t.text for t in Tokens("Ia memakai iPhone baru, kata Rudi Halim.Mahasiswa itu pulang.")]


def test_a_name_of_the_gazetteer_alone_in_brackets_opens_no_sentence():
    # `antara` is a word of the vocabulary too: opening a sentence it names nothing, credited in brackets it is the agency
    ending = "Harga beras di pasar itu naik tajam sejak pekan lalu, kata pedagang. "
    for credit in ("(Antara)", "[Antara]", "(Antara / Reuters)", "[Antara"):
        agency = next(t for t in Tokens(ending + credit) if t.text == "Antara")
        assert not agency.sentence_initial, credit
    assert next(t for t in Tokens(ending + "Antara lain beras.") if t.text == "Antara").sentence_initial
    # a word of the vocabulary alone in brackets that the gazetteer does not know stays a sentence's first word
    assert next(t for t in Tokens(ending + "(Ilustrasi)") if t.text == "Ilustrasi").sentence_initial
