from transforms.attributions.sources import SpeakerSources


def carried(text: str, quotes: list[tuple[str, str | None, str | None]]) -> list[str | None]:
    """The source each quote takes from its speaker's earlier statement. `quotes`: (the quote's words, its speaker, the
    source the quote stage gave it); every line of `text` is one sentence."""
    starts = [0] + [i + 1 for i, c in enumerate(text) if c == "\n"]
    pass_ = SpeakerSources(text, starts)
    found = []
    for words, speaker, via in quotes:
        start = text.index(words)
        via_start = text.index(via) if via else None
        quote = {"start": start, "end": start + len(words), "via_cue": "kepada" if via else None, "via_start": via_start,
                 "via_end": via_start + len(via) if via else None}
        source = pass_.carry(quote, speaker)
        found.append(text[source[1]:source[2]] if source else None)
    return found


def test_an_interview_carries_to_the_speakers_later_quotes_across_paragraphs_and_other_speakers():
    text = ("“Air naik sangat cepat,” kata Rina Sari kepada Kabar TV.\n"
            "“Kami mengungsi ke masjid,” kata Budi Santoso.\n"
            "“Bantuan belum datang,” ujarnya.")
    assert carried(text, [("Air naik", "rina", "Kabar TV"), ("Kami mengungsi", "budi", None),
                          ("Bantuan belum", "rina", None)]) == [None, None, "Kabar TV"]


def test_another_speakers_quote_takes_nothing():
    text = "“Air naik sangat cepat,” kata Rina Sari kepada Kabar TV.\n“Kami mengungsi ke masjid,” kata Budi Santoso."
    assert carried(text, [("Air naik", "rina", "Kabar TV"), ("Kami mengungsi", "budi", None)]) == [None, None]


def test_an_unresolved_speaker_takes_nothing():
    text = "“Air naik sangat cepat,” kata Rina Sari kepada Kabar TV.\n“Kami mengungsi ke masjid,” kata seorang warga."
    assert carried(text, [("Air naik", "rina", "Kabar TV"), ("Kami mengungsi", None, None)]) == [None, None]


def test_the_outlets_own_interview_ends_the_carry_for_that_speaker():
    text = ("“Air naik sangat cepat,” kata Rina Sari kepada Kabar TV.\n"
            "“Kami mengungsi ke masjid,” kata Rina kepada wartawan.\n"
            "“Bantuan belum datang,” ujarnya.")
    assert carried(text, [("Air naik", "rina", "Kabar TV"), ("Kami mengungsi", "rina", None),
                          ("Bantuan belum", "rina", None)]) == [None, None, None]


def test_a_sentence_going_back_to_an_earlier_occasion_ends_every_carry():
    text = ("“Air naik sangat cepat,” kata Rina Sari kepada Kabar TV.\n"
            "Sebelumnya, Rina mengatakan bahwa bantuan sudah dikirim ke semua desa.")
    assert carried(text, [("Air naik", "rina", "Kabar TV"), ("bantuan sudah", "rina", None)]) == [None, None]


def test_a_source_named_away_from_the_quotes_paragraph_is_the_articles_not_the_speakers():
    text = ("Seperti dilansir Lintas Warta, banjir melanda kota itu.\n"
            "“Air naik sangat cepat,” kata Rina Sari.\n"
            "“Kami mengungsi ke masjid,” kata Camat Dodi kepada wartawan.\n"
            "“Bantuan belum datang,” ujar Rina.")
    assert carried(text, [("Air naik", "rina", "Lintas Warta"), ("Kami mengungsi", "dodi", None),
                          ("Bantuan belum", "rina", None)]) == [None, None, None]


def test_a_later_source_of_the_speaker_replaces_the_earlier_one():
    text = ("“Air naik sangat cepat,” kata Rina Sari kepada Kabar TV.\n"
            "“Kami mengungsi ke masjid,” kata Rina dalam siaran pers.\n"
            "“Bantuan belum datang,” ujarnya.")
    assert carried(text, [("Air naik", "rina", "Kabar TV"), ("Kami mengungsi", "rina", "siaran pers"),
                          ("Bantuan belum", "rina", None)]) == [None, None, "siaran pers"]
