import polars as pl
import pytest

from tests.transforms.entities import entity_of, extract
from transforms.entities.context import DocumentContext, acronym_fits, term_definitions


@pytest.mark.parametrize(
    "acronym, name, type_, fits",
    [
        ("KPK", "Komisi Pemberantasan Korupsi", "ORG", True),
        ("WHO", "Organisasi Kesehatan Dunia", "ORG", True),  # an organisation's acronym in another language
        ("RRT", "Republik Rakyat Tiongkok", "LOC", True),
        ("SBY", "Susilo Bambang Yudhoyono", "PERSON", True),
        ("APPI", "Indonesia", "LOC", False),  # the bracket names a body the reading missed
        ("NDF", "Norwegia", "LOC", False),  # `Pasukan Pertahanan Norwegia (NDF)`: the phrase the country ends
        ("NOK", "Norwegia", "LOC", False),  # `dolar Norwegia (NOK)`: a currency
        ("AS", "Amerika Serikat", "LOC", True),  # a country's own acronym, from the gazetteer
        ("RI", "Indonesia", "LOC", True),
        ("SKM", "Sukamaju", "LOC", True),  # a town shares the acronym's first letter
        ("DIS", "Daerah Istimewa Sukamaju", "LOC", True),
        ("LSR", "Sukamaju Raya", "LOC", False),  # `liga sepak bola Sukamaju Raya (LSR)`
        ("YIMM", "Rina Yim", "PERSON", False),
        ("BBCA", "Tbk", "ORG", False),
    ],
)
def test_a_bracketed_acronym_stands_for_the_name_before_it_only_when_it_fits(acronym, name, type_, fits):
    assert acronym_fits(acronym, name, type_) is fits


@pytest.mark.parametrize(
    "text, definitions",
    [
        ("Sistem kecerdasan buatan (KB) dan pembelajaran mesin (PM) dipakai.",
         [("kecerdasan buatan", "KB"), ("pembelajaran mesin", "PM")]),
        ("uji ulang-alik cepat (UAC)", [("ulang-alik cepat", "UAC")]),
        ("Xtra-ulang alik (UA)", [("ulang alik", "UA")]),  # the first word starts after the hyphen, not inside `Xtra`
        ("a bc (AB)", []),  # words of one letter define nothing
        ("kecerdasan buatan (K)", []),  # nor does a single capital
        ("kecerdasan  buatan (KB)", []),  # two spaces: not one term
    ],
)
def test_a_term_in_lower_case_defines_the_acronym_in_brackets_after_it(text, definitions):
    assert term_definitions(text) == definitions


@pytest.mark.parametrize(
    "text, holder",
    [
        ("Kata Ketua Yayasan Karya Bumi, Tono Raharjo, kemarin.", True),
        ("Kata Ketua Yayasan Karya Bumi, Tono Raharjo. Ia pulang.", True),
        ("Kata Ketua Yayasan Karya Bumi, Tono Sari, kemarin.", True),  # a surname that is also a town's name
        ("Kata Ketua Yayasan Karya Bumi, Sari Selatan, kemarin.", False),  # a town and its part: the body's place
        ("Kata Ketua Yayasan Karya Bumi, Tono Raharjo, Rina Hartati, dan warga.", False),  # a list of names
        ("Kata Ketua Yayasan Karya Bumi, Tono Raharjo dan Rina Hartati.", False),
        ("Kata Ketua Yayasan Karya Bumi, Reformasi Birokrasi, dan Teknologi.", False),  # a list of portfolios
        ("Kata Ketua Yayasan Karya Bumi, RS Sukamaju siap.", False),  # an acronym opens a body, not a holder
        ("Kata Ketua Yayasan Karya Bumi, Menteri Tono Raharjo hadir.", False),  # a title: another office
        ("Kata Ketua Yayasan Karya Bumi, Tono, kemarin.", False),  # one word: too little to call a holder
        ("Kata Ketua Yayasan Karya Bumi Tono Raharjo hadir.", False),  # no comma
    ],
)
def test_an_office_holder_is_named_in_apposition_only_by_a_person_s_name_that_lists_nothing(text, holder):
    doc = DocumentContext(text)
    office_end = next(i for i, t in enumerate(doc.tokens) if t.text == "Bumi") + 1
    assert doc.holder_apposed(office_end) is holder


def test_a_first_name_of_another_country_is_a_name_word_though_the_dictionary_lists_it():
    doc = DocumentContext("Ia bertemu Adnan Kirana kemarin.")
    assert doc.name_word("adnan")  # a root of the dictionary, and a given name of other countries
    assert not doc.name_word("anda")  # capitalised as the polite `you`, no name


@pytest.mark.parametrize("short, name, spells", [
    ("Kemendikmas", "Kementerian Pendidikan Masyarakat", True),  # syllables from inside the words
    ("Himbasa", "Himpunan Bank Milik Desa", True),  # a word left out
    ("Apsika", "Direktorat Jenderal Aplikasi dan Statistika", True),  # the head left out
    ("Tbk", "PT Bank Sukamaju", False),  # too short
    ("Sukamaju", "Dinas Kesehatan", False),
    ("Aplika", "Direktorat Jenderal Aplikasi dan Statistika", False),  # one word alone, the last word not reached
    ("APSIKA", "Direktorat Jenderal Aplikasi dan Statistika", False),  # capitals: an acronym, `acronym_fits` decides
])
def test_a_syllabic_short_form_spells_its_bodys_name_in_order_to_the_last_word(short, name, spells):
    from transforms.entities.context import spells_syllables
    assert spells_syllables(short, name) is spells


def test_a_name_is_the_longer_phrase_its_bracketed_acronym_spells():
    # the reading kept `Partai Sukamaju` of `Generasi Muda Partai Sukamaju (GMPS)`: the wing is not the party
    _, mentions = extract("Jakarta - Generasi Muda Partai Sukamaju (GMPS) akan melapor. Kemudian GMPS bertemu pengurus "
                          "Partai Sukamaju.")
    assert entity_of(mentions, "GMPS") == entity_of(mentions, "Generasi Muda Partai Sukamaju")
    assert entity_of(mentions, "GMPS").isdisjoint(entity_of(mentions, "Partai Sukamaju"))
    assert mentions.filter(pl.col("text") == "Generasi Muda Partai Sukamaju")["rule"].to_list() == ["name_its_acronym_spells"]


def test_the_words_before_a_name_stop_at_a_line_break():
    # a title line cut short (`... ke`) says nothing of the paragraph's first name
    doc = DocumentContext("kasus ini dibawa ke\n\nSukarni mengatakan hal itu.")
    first = next(i for i, t in enumerate(doc.tokens) if t.text == "Sukarni")
    assert doc.previous_words(first) == []
    assert doc.next_word(first) is None  # nor the line's first word the word after the last name of the line before


@pytest.mark.parametrize("text, acronym, term", [
    ("Sistem kecerdasan buatan (KB) dipakai.", "KB", True),
    # a body described in lower case: its head a few words before the bracket
    ("Kali ini giliran federasi sepak bola dunia (FSD) yang bersuara.", "FSD", False),
    ("Hal itu disampaikan badan kesehatan dunia (BKD).", "BKD", False),
])
def test_an_acronym_defined_in_lower_case_is_a_terms_unless_the_words_describe_a_body(text, acronym, term):
    assert (acronym in DocumentContext(text).term_acronyms) is term


def test_a_titles_last_word_that_opens_a_body_the_gazetteer_knows_is_the_bodys(monkeypatch):
    from transforms.entities import context
    known = {**context.known_names(), "dewan perwakilan sukamaju": ("ORG", "Dewan Perwakilan Sukamaju")}
    monkeypatch.setattr(context, "known_names", lambda: known)
    entities, _ = extract("Turut hadir Ketua Dewan Perwakilan Sukamaju Tono Wiranata di sana.")
    assert {("Dewan Perwakilan Sukamaju", "ORG"), ("Tono Wiranata", "PERSON")} <= set(entities.select("name", "type").iter_rows())


def test_a_titles_last_word_before_a_number_is_the_numbered_bodys():
    entities, _ = extract("Turut hadir Ketua Komisi III Dewan Sukamaju Tono Wiranata di sana.")
    assert {("Komisi III Dewan Sukamaju", "ORG"), ("Tono Wiranata", "PERSON")} <= set(entities.select("name", "type").iter_rows())


@pytest.mark.parametrize("forms", ["(Persero) Tbk", "Tbk", "Tbk.", "(Persero)"])
def test_a_companys_ticker_in_brackets_after_its_legal_forms_is_the_company(forms):
    # letters that are no initials of the name (`SJMR` of `Sinar Jaya Makmur`) after the forms the name ends with
    _, mentions = extract(f"Jakarta - Saham PT Sinar Jaya Makmur {forms} (SJMR) naik 2%. Volume SJMR mencapai 3 juta lembar.")
    company = mentions.filter(pl.col("text").str.starts_with("PT Sinar"))["entity_id"].to_list()
    assert len(company) == 1 and entity_of(mentions, "SJMR") == set(company)
    assert mentions.filter(pl.col("text").is_in(["Tbk", "Persero"])).is_empty()  # a legal form alone names nothing


def test_a_legal_form_in_capitals_may_be_a_bodys_acronym():
    # `PT` is a company's form and the acronym of `Pengadilan Tinggi`; `Tbk` written so is a form alone
    _, mentions = extract("Jakarta - Pengadilan Tinggi (PT) Sukamaju menolak banding itu. PT Sukamaju menyatakan putusan sah.")
    court = entity_of(mentions, "Pengadilan Tinggi (PT) Sukamaju")
    assert court and entity_of(mentions, "PT") == court == entity_of(mentions, "PT Sukamaju")



@pytest.mark.parametrize("words, shaped", [
    ("Rina Sarimaya", True),
    ("Wonford.id", False),  # a site's address is no person's name, after a title as anywhere
    ("Tarrow Wonford.com", False),
])
def test_a_site_s_address_is_not_shaped_like_a_person_s_name(words, shaped):
    doc = DocumentContext(f"Kata {words} kemarin.", ())
    tokens = [t for t in doc.tokens if t.text in words.split()]
    assert doc.person_shaped(tokens) is shaped
