"""A name written in Indonesian and in English: the glossary's renderings pair their words off."""

import pytest

from tests.transforms.entities import entity_of, extract
from transforms.entities.translations import own_words, translates


def words(name: str) -> tuple[str, ...]:
    return tuple(name.lower().split())


@pytest.mark.parametrize("indonesian, english", [
    ("Komite Internasional Palang Merah", "International Committee of the Red Cross"),  # a phrase renders two words
    ("Komisi Atlet Negara Bagian Wonotan", "Wonotan State Athletic Commission"),  # its own word the same on both sides
    ("Federasi Sepakraga Internasional", "International Sepakraga Federation"),
])
def test_a_name_and_its_english_rendering_translate_each_other(indonesian, english):
    assert translates(words(indonesian), words(english))
    assert own_words(words(indonesian)) == own_words(words(english))


@pytest.mark.parametrize("first, second", [
    ("Bank Sentral Wonotan", "Wonotan National Bank"),  # a word rendered otherwise: another body, or another rendering
    ("Partai Demokrat Wonotan", "Democratic Party"),  # an owner written on one side only
    ("Bank Wonotan", "Bank of Wonotan"),  # one language: nothing rendered
    ("Komite Internasional", "International Committee of the Red Cross"),  # words of the second left over
])
def test_names_whose_words_do_not_pair_off_through_the_glossary_are_no_translation(first, second):
    assert not (translates(words(first), words(second)) and own_words(words(first)) == own_words(words(second)))


def test_a_body_named_in_both_languages_in_one_document_is_one_referent_but_not_across_documents():
    _, mentions = extract("Komite Internasional Palang Merah mengirim bantuan. Menurut laporan International Committee "
                          "of the Red Cross, bantuan tiba kemarin.")
    english = "International Committee of the Red Cross"
    assert entity_of(mentions, "Komite Internasional Palang Merah") == entity_of(mentions, english)
    _, apart = extract("Kementerian Pendidikan membuka pendaftaran.", "Menurut Ministry of Education, sekolah libur.")
    assert entity_of(apart, "Kementerian Pendidikan") != entity_of(apart, "Ministry of Education")


def test_a_name_only_its_shape_read_as_a_person_s_joins_its_translation():
    # `Red Fort` has a person's shape, two capitalised words; its rendering of `Benteng Merah` says it is the fort
    _, mentions = extract("Wisatawan memadati Benteng Merah sejak pagi. Dibangun abad ke-17, Red Fort kini ramai.")
    assert entity_of(mentions, "Red Fort") == entity_of(mentions, "Benteng Merah")
