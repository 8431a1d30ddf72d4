"""The shape table: each case builds one document's context and asks which rule types a name in it."""

import pytest

from tests.conftest import REPO, SEEDS
from transforms.entities import shape
from transforms.entities.context import DocumentContext
from transforms.entities.shape import SHAPE_ALONE_READINGS, SHAPE_RULES, type_by_shape

OTHER_OUTLETS = REPO / "tests" / "data" / "other_outlets"


def shape_of(text: str, name: str, context_title: str | None = None) -> tuple[str, int, str]:
    doc = DocumentContext(text)
    first = next(i for i, t in enumerate(doc.tokens) if t.start == text.index(name))
    last = first + len(name.split())
    words = [t.lower for t in doc.tokens[first:last]]
    return type_by_shape(doc, first, last, words, doc.previous_words(first), context_title)


@pytest.mark.parametrize("text, name, title, expected", [
    ("Ia bekerja di kantor berita Lintas Nusa sejak lama.", "Lintas Nusa", None, ("ORG", 2, "organisation_context_word")),
    ("Ia tinggal di Wakandara sejak lama.", "Wakandara", None, ("LOC", 1, "place_context_word")),
    # a name alone after `dari` is a place as often as a body or a person: no place by that word
    ("Paket itu dikirim dari Wakandara kemarin.", "Wakandara", None, ("ORG", 1, "single_word")),
    ("Rapat dipimpin Tono Raharjo kemarin.", "Tono Raharjo", None, ("PERSON", 2, "person_by_shape")),
    ("Warga Santa Lurenza bersiap kemarin.", "Santa Lurenza", None, ("LOC", 1, "saint_name")),  # a saint's: no person's
    ("Laga melawan The Kestrels berakhir imbang.", "The Kestrels", None, ("ORG", 1, "english_article")),
    ("Laga melawan The Rovers berakhir imbang.", "The Rovers", None, ("ORG", 2, "club_by_designator")),
    ("Menurut perusahaan distribusi film Tokovarsa, film itu laku.", "Tokovarsa", None, ("ORG", 2, "described_as_body")),
    ("Ia memimpin Sons of Tono sejak 2001.", "Sons of Tono", None, ("ORG", 1, "english_article")),
    ("Hal itu seperti dilansir Kabarkita, Senin.", "Kabarkita", None, ("ORG", 2, "medium_after_citing_verb")),
    ("Data itu dikutip dari Warkota kemarin.", "Warkota", None, ("ORG", 2, "medium_after_citing_verb")),
    ("Harga naik, kata Sarip.", "Sarip", None, ("PERSON", 2, "person_after_speech_verb")),
    # `menurut` cites a source, a body as often as a person: weak evidence of a person
    ("Menurut Lumixa, harga naik.", "Lumixa", None, ("PERSON", 1, "person_after_source_cue")),
    ("Musim ini LapakKerja tumbuh.", "LapakKerja", None, ("ORG", 2, "brand_word")),
    ("Pantauan detikSukamaju di lokasi, banjir surut.", "detikSukamaju", None, ("ORG", 2, "brand_word")),  # outlet table's brand
    ("Laporan itu disusun KPPN kemarin.", "KPPN", None, ("ORG", 2, "acronym")),
    ("Rumah rusak ringan milik Sunarsih (44) kemarin.", "Sunarsih", None, ("PERSON", 2, "name_with_age")),
    # a club's or a town's count is points, no age
    ("Posisi kedua ditempati Blora (40) kemarin.", "Blora", None, ("LOC", 2, "city_gazetteer")),
    ("Sebelumnya Wibisono mengatakan panen naik.", "Wibisono", None, ("PERSON", 1, "person_before_speech_verb")),
    ("Kantor Bupati Sukamaju ditutup.", "Sukamaju", "Bupati", ("LOC", 2, "governed_place")),
    ("Kepala Dinas Tata Ruang Sukamaju hadir.", "Tata Ruang Sukamaju", "Kepala Dinas", ("ORG", 1, "complement_of_title")),
    # a portfolio of vocabulary alone names no body
    ("Direktur Pengelolaan Data hadir.", "Pengelolaan Data", "Direktur", ("ORG", 1, "no_name_word")),
    # words the news corpus writes in lower case (mined) are vocabulary too
    ("Ia ikut tim Percepatan Wisata Kuliner kemarin.", "Percepatan Wisata Kuliner", None, ("ORG", 1, "no_name_word")),
    # a club's capitals then its city are no person's initials; initials then a surname are
    ("Kemenangan AC Gniezno disambut meriah.", "AC Gniezno", None, ("ORG", 1, "club_of_city")),
    ("Kemenangan AB Santoso disambut meriah.", "AB Santoso", None, ("PERSON", 2, "person_by_shape")),
    # common English words only are no person's name; a given name among them makes one
    ("Hal itu disusun Silent Harbor Lights kemarin.", "Silent Harbor Lights", None, ("ORG", 1, "english_words")),
    ("Hal itu disusun Rina Harbor kemarin.", "Rina Harbor", None, ("PERSON", 2, "person_by_shape")),
    # two words ending in vocabulary are a thing's name, unless a given name of any country opens them
    ("Klub itu membeli Wakanda Pohon kemarin.", "Wakanda Pohon", None, ("ORG", 1, "name_of_thing")),
    ("Klub itu membeli Dmitri Pohon kemarin.", "Dmitri Pohon", None, ("PERSON", 2, "person_by_shape")),
])
def test_the_first_rule_that_holds_types_the_name(text, name, title, expected):
    assert shape_of(text, name, title) == expected


def test_a_single_word_no_rule_before_places_is_an_organisation_weakly():
    assert shape_of("Hujan turun di atas Garuda.", "Garuda") == ("ORG", 1, "single_word")
    names = [rule.name for rule in SHAPE_RULES]
    assert names.index("single_word") < names.index("english_article")  # the rules after it see longer names


def test_a_town_s_name_the_document_quotes_a_speaker_by_is_no_town():
    assert shape_of("Warga Sari mengungsi kemarin.", "Sari")[2] == "city_gazetteer"
    type_, _, rule = shape_of("Sari meminta warga tenang. Banjir surut, kata Sari kemudian.", "Sari")
    assert (type_, rule) != ("LOC", "city_gazetteer") and type_ == "PERSON"


def test_the_readings_by_shape_alone_are_rules_of_the_table_that_look_at_no_word_around_the_name():
    names = [rule.name for rule in SHAPE_RULES]
    assert set(SHAPE_ALONE_READINGS) <= set(names)
    # a cue, title or gazetteer placed the others: `kata Sarip` stays a reading by its context
    assert "person_after_speech_verb" not in SHAPE_ALONE_READINGS and "city_gazetteer" not in SHAPE_ALONE_READINGS


def test_an_indonesian_village_listed_bare_is_a_place_weakly_unless_a_speaker_or_a_title_names_it():
    # the districts and villages of a toll road, listed bare (the gazetteer of data/indonesian_villages.txt)
    assert shape_of("Seksi itu meliputi Pakojan, Batusari dan Jurumudi.", "Batusari") == ("LOC", 1, "village_gazetteer")
    assert shape_of("Batusari meminta warga tenang. Banjir surut, kata Batusari kemudian.", "Batusari")[0] == "PERSON"
    assert shape_of("Kepala Dinas Batusari hadir.", "Batusari", "Kepala Dinas")[2] != "village_gazetteer"


def test_a_short_word_in_capitals_inside_a_sentence_is_an_acronym_not_the_gazetteer_town_it_spells():
    # `Kas` is a town of the gazetteer
    assert shape_of("Tiket habis, menurut data KAS kemarin.", "KAS")[2] == "acronym"
    assert shape_of("KAS - Warga memadati pasar.", "KAS")[2] == "city_gazetteer"  # a dateline opens its sentence


@pytest.mark.parametrize("single", [True, False])
def test_a_rule_tagged_for_one_length_of_name_never_holds_for_the_other(single, monkeypatch):
    # every name of these texts is typed by the rules of its length, then by all the rules in order: the same rule (a
    # rule tagged one word that holds for a longer name, or the reverse, would type some name differently)
    texts = [path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt")) + sorted(OTHER_OUTLETS.glob("*.txt"))]
    names = [(doc, first, last) for doc in map(DocumentContext, texts) for first, last in doc.runs if (last - first == 1) == single]
    by_length = [type_by_shape(doc, first, last, [t.lower for t in doc.tokens[first:last]], doc.previous_words(first), None)
                 for doc, first, last in names]
    monkeypatch.setattr(shape, "RULES_BY_LENGTH", {True: SHAPE_RULES, False: SHAPE_RULES})
    by_all = [type_by_shape(doc, first, last, [t.lower for t in doc.tokens[first:last]], doc.previous_words(first), None)
              for doc, first, last in names]
    assert len(names) > 50 and by_length == by_all
    assert len({rule for _, _, rule in by_all}) > 5
