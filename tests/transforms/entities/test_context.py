import pytest

from transforms.entities.context import acronym_fits, term_definitions


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
