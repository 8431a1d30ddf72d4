"""Entities across documents: variants, short forms, sites, towns; stable ids."""

import polars as pl
import pytest

from tests.conftest import documents_from_texts
from tests.transforms.entities import entity_of, extract
from transforms.entities import collection, find_mentions
from transforms.entity_keys import link_keys
from transforms.entities.document import document_mentions
from transforms.entities.vocabulary import normalise_key
from transforms.entities.collection import (Collection, canonical_names, join_club_short_forms, join_initials_of_names,
                                            join_names_run_together, redirect_short_forms, resolve_entities, vote_types)
from transforms.schemas import MENTION_CANDIDATES


def test_spelling_variants_across_outlets_are_one_entity_but_namesakes_are_not():
    entities, _ = extract(
        "Menteri Energi Sergei Volkov tiba di Jakarta.",
        "Menteri Energi Sergey Volkov bertemu Menteri Pertanian Sergey Orlov.",
    )
    assert sorted(entities.filter(pl.col("type") == "PERSON")["name"].to_list()) == ["Sergei Volkov", "Sergey Orlov"]


def test_a_surname_alone_in_another_document_joins_the_full_name():
    entities, mentions = extract("Perdana Menteri Lars Henriksen berpidato.", "Henriksen menolak usul itu, katanya.")
    assert entities.filter(pl.col("type") == "PERSON")["name"].to_list() == ["Lars Henriksen"]
    assert mentions["entity_id"].n_unique() == 1


def test_a_common_given_name_alone_in_another_document_is_not_taken_for_a_surname():
    entities, _ = extract("Pengusaha Kunto Rina memuji kebijakan itu.", "Dokter Rina menolak usul itu, katanya.")
    assert sorted(entities.filter(pl.col("type") == "PERSON")["name"].to_list()) == ["Kunto Rina", "Rina"]


def test_a_lone_word_joins_the_person_other_documents_call_by_it_not_a_namesake_whose_name_ends_with_it():
    # `Kalandra` is the name other documents use for Kalandra Wiratama; a police chief's name merely ends with it
    entities, _ = extract(
        "Presiden Kalandra Wiratama membuka sidang. “Kita siap,” kata Kalandra.",
        "Presiden Kalandra Wiratama tiba di Bali. Kalandra disambut warga.",
        "Kapolri Jenderal Dimas Bayu Kalandra memimpin apel.",
        "“Menteri harus bekerja cepat,” kata Kalandra.",
        "Kalandra tiba di Bali kemarin.",
    )
    people = dict(entities.filter(pl.col("type") == "PERSON").select("name", "mention_count").iter_rows())
    assert people == {"Kalandra Wiratama": 6, "Dimas Bayu Kalandra": 1}


def test_a_company_no_document_reads_as_a_person_is_not_taken_by_a_name_that_opened_with_it():
    # one document read a company and its chief as one name; the company alone elsewhere stays the company
    entities, _ = extract("Menurut Lumitra Hendra Wijaya, pasar cerah. “Kami siap,” kata Lumitra.",
                          "Saham Lumitra naik tajam kemarin.", "Produk Lumitra laris di Asia.")
    assert dict(entities.select("name", "mention_count").iter_rows())["Lumitra Hendra Wijaya"] == 2


def test_a_word_the_collection_writes_alone_far_more_often_is_no_surname_of_a_name_read_once():
    # one document's reading of `Rino Sumbaraya` must not absorb the body many documents call `Sumbaraya`
    entities, _ = extract("Menteri Rino Sumbaraya hadir kemarin.", *[f"Sumbaraya menang lagi pekan ke-{n}." for n in range(4)])
    assert dict(entities.select("name", "mention_count").iter_rows())["Rino Sumbaraya"] == 1


def test_a_nickname_one_document_resolves_joins_the_full_name_in_others():
    entities, _ = extract("Wali Kota Tri Handayaningsih membuka acara. “Kami siap,” kata Handa.", "Menurut Handa, pasar ditutup.")
    assert entities.select("name", "mention_count").rows() == [("Tri Handayaningsih", 3)]


def test_an_outlet_and_its_site_are_one_organisation():
    entities, _ = extract("Kabar itu dimuat Warta Kota kemarin.", "Menurut laporan WartaKota.com, harga naik.")
    assert entities.filter(pl.col("type") == "ORG")["entity_id"].n_unique() == 1


def test_a_town_alone_in_another_document_is_not_taken_for_a_surname():
    entities, _ = extract("Ketua RT Joko Manado hadir dalam rapat.", "Banjir melanda Manado kemarin.")
    assert {("Joko Manado", "PERSON"), ("Manado", "LOC")} <= set(entities.select("name", "type").iter_rows())


def test_a_place_alone_in_another_document_is_not_taken_for_a_surname():
    entities, _ = extract("Pasien dirawat di RS Harapan Sentosa Mekarsari.", "Warga di Mekarsari cemas.")
    assert ("Mekarsari", "LOC") in set(entities.select("name", "type").iter_rows())


def test_entity_ids_are_stable_between_runs():
    text = "Gubernur Bali Made Suarta meresmikan Pelabuhan Benoa."
    assert extract(text)[0].equals(extract(text)[0])


def test_a_city_s_police_by_its_short_head_names_no_city_beside_the_regency():
    # `Polresta X` (a city's police, its key spelling `kota`) does not make `X` alone the city where only `Kabupaten X`
    # is written
    _, mentions = extract("Banjir melanda Kabupaten Wonokarta. Petugas Polresta Wonokarta berjaga di Wonokarta sejak pagi.")
    assert entity_of(mentions, "Wonokarta") and entity_of(mentions, "Wonokarta") == entity_of(mentions, "Kabupaten Wonokarta")


def test_a_country_s_epithet_in_the_press_is_the_country():
    # data/known_names.tsv lists the epithets the press gives countries and regions (`Negeri Jiran`)
    _, mentions = extract("Warga Negeri Jiran berdatangan.", "Pemerintah Malaysia menyambut mereka.")
    assert entity_of(mentions, "Negeri Jiran") and entity_of(mentions, "Negeri Jiran") == entity_of(mentions, "Malaysia")


def test_an_acronym_never_joins_a_country_by_its_letters():
    entities, _ = extract("Laporan itu dikutip dari CNN pagi ini.", "Pemerintah China membantah laporan itu.")
    by_name = dict(entities.select("name", "aliases").iter_rows())
    assert by_name["China"] == ["China"] and "CNN" in by_name


def test_a_word_in_capitals_alone_is_no_surname_of_a_name_in_another_document():
    entities, _ = extract("Perdana Menteri Lars Ubo berpidato.", "Dana itu dikelola UBO sejak 2010.")
    assert dict(entities.select("name", "aliases").iter_rows())["Lars Ubo"] == ["Lars Ubo"]


def test_a_nickname_alone_in_many_sentences_keeps_the_person_its_title_and_cues_say():
    text = ("Gubernur Baskoro meninjau pasar. “Harga stabil,” kata Baskoro. Baskoro tiba pukul delapan. "
            "Baskoro berkeliling. Baskoro membeli beras. Baskoro pulang siang.")
    entities, _ = extract(text, "Baskoro hadir. Baskoro pergi. Baskoro makan.")
    assert entities.filter(pl.col("name") == "Baskoro")["type"].to_list() == ["PERSON"]



def test_a_body_read_once_as_a_person_among_other_readings_keeps_its_bare_mentions_as_a_body():
    def reading(start, type_, strength, rule):
        return {"doc_id": "a", "start": start, "end": start + 7, "text": "Unikama", "type": type_, "strength": strength,
                "key": "unikama", "title": None, "single": True, "tie": None, "rule": rule, "type_rule": rule}
    readings = [reading(0, "PERSON", 3, "person_after_title"), reading(10, "LOC", 1, "place_context_word"),
                reading(20, "LOC", 1, "place_context_word"), reading(30, "ORG", 1, "complement_of_title")]
    readings += [reading(40 + 10 * i, "ORG", 1, "single_word") for i in range(3)]
    collection = Collection(MENTION_CANDIDATES.conform(pl.DataFrame(readings)))
    vote_types(collection)
    assert collection.mentions["type"].unique().to_list() == ["ORG"]


def _initials_readings(names: list[tuple[str, str]], letters_rule: str, letters_type: str) -> Collection:
    """One document: each (name, rule) read as a person, then `SBY` twice, read by `letters_rule` as `letters_type`."""
    readings = [{"doc_id": "a", "start": 40 * i, "end": 40 * i + len(name), "text": name, "type": "PERSON", "strength": 3,
                 "key": normalise_key(name), "title": None, "single": False, "tie": None, "rule": rule, "type_rule": rule}
                for i, (name, rule) in enumerate(names)]
    readings += [{"doc_id": "a", "start": 500 + 10 * i, "end": 503 + 10 * i, "text": "SBY", "type": letters_type, "strength": 1,
                  "key": "sby", "title": None, "single": True, "tie": None, "rule": rule, "type_rule": rule}
                 for i, rule in enumerate([letters_rule, "acronym"])]
    return Collection(MENTION_CANDIDATES.conform(pl.DataFrame(readings)))


def test_initials_a_title_governs_are_the_one_person_they_spell():
    # `juru bicara oleh SBY`: the word a title governs (as `Menteri ESDM` is) and no name of its own
    collection = _initials_readings([("Sutrisno Bayu Yuwono", "person_after_title")], "complement_of_title", "ORG")
    join_initials_of_names(collection)
    assert set(collection.mentions.filter(pl.col("text") == "SBY")["key"]) == {normalise_key("Sutrisno Bayu Yuwono")}


def test_initials_of_one_name_in_two_spellings_are_that_name_and_of_two_names_none():
    one = _initials_readings([("Sutrisno Bayu Yandriadi", "person_after_title"), ("Sutrisno Bayu Yandiadi", "person_after_title")],
                             "acronym", "ORG")
    join_initials_of_names(one)
    assert set(one.mentions.filter(pl.col("text") == "SBY")["key"]) == {normalise_key("Sutrisno Bayu Yandiadi")}
    two = _initials_readings([("Sutrisno Bayu Yuwono", "person_after_title"), ("Sari Budi Yanti", "person_after_title")],
                             "acronym", "ORG")
    join_initials_of_names(two)
    assert set(two.mentions.filter(pl.col("text") == "SBY")["key"]) == {"sby"}


def test_the_collection_hands_over_its_mentions_and_keeps_none_of_its_frames():
    # the tables are made from the mentions handed over: frames the collection kept would add to them (2 million rows
    # at 61,020 articles)
    reading = {"doc_id": "a", "start": 0, "end": 7, "text": "Unikama", "type": "ORG", "strength": 1, "key": "unikama",
               "title": None, "single": True, "tie": None, "rule": "single_word", "type_rule": "single_word"}
    collection = Collection(MENTION_CANDIDATES.conform(pl.DataFrame([reading])))
    mentions = collection.hand_over_mentions()
    assert mentions["key"].to_list() == ["unikama"]
    assert collection.mentions is None and collection.keys is None


def test_a_name_read_as_a_person_by_its_shape_alone_takes_the_type_another_document_gives_it():
    entities, _ = extract("Gol itu dicetak pemain Gniezno. Sporto Gniezno menang lagi.", "Sporto Gniezno kalah kemarin.",
                          "Sporto Gniezno seri pekan ini.")
    assert entities.filter(pl.col("name") == "Sporto Gniezno")["type"].to_list() == ["ORG"]


def test_a_city_a_document_reads_as_a_club_is_no_surname_of_a_person_in_another():
    entities, _ = extract("Gol itu dicetak pemain Gniezno kemarin.", "Menteri Rino Gniezno hadir kemarin.")
    assert set(entities.select("name", "type").iter_rows()) == {("Gniezno", "ORG"), ("Rino Gniezno", "PERSON")}


def test_a_city_a_report_on_clubs_reads_as_a_club_is_no_surname_of_a_person_in_another():
    entities, _ = extract("Tim itu menjamu Kielce dan melawan Tarnow, lalu Gniezno.", "Menteri Rino Gniezno hadir kemarin.")
    assert ("Rino Gniezno", "PERSON") in set(entities.select("name", "type").iter_rows())
    assert entities.filter(pl.col("name") == "Rino Gniezno")["aliases"].to_list() == [["Rino Gniezno"]]


def test_a_club_is_named_by_its_full_name_not_by_its_town_that_most_sentences_write():
    def form(start, text):
        return {"doc_id": "a", "start": start, "end": start + len(text), "text": text, "type": "ORG", "strength": 2,
                "key": "opole", "title": None, "single": False, "tie": None, "rule": "single_word", "type_rule": "single_word"}
    forms = [form(0, "Opole Rovers")] + [form(20 + 10 * i, "Opole") for i in range(3)]
    assert canonical_names(MENTION_CANDIDATES.conform(pl.DataFrame(forms)))["name"].to_list() == ["Opole Rovers"]


@pytest.mark.parametrize("articled, bare, counts, name", [
    ("The KPSB", "KPSB", (1, 5), "KPSB"),  # capitals after an English article are no fuller name than the capitals alone
    ("The KPSB", "KPSB", (1, 1), "KPSB"),  # the form without the article wins a tie
    ("The Sukamaju Post", "Sukamaju Post", (1, 1), "The Sukamaju Post"),  # a name of words keeps its article
])
def test_an_english_article_makes_no_fuller_name(articled, bare, counts, name):
    def form(start, text):
        return {"doc_id": "a", "start": start, "end": start + len(text), "text": text, "type": "ORG", "strength": 2,
                "key": "kpsb", "title": None, "single": False, "tie": None, "rule": "single_word", "type_rule": "single_word"}
    forms = [form(30 * i, articled) for i in range(counts[0])] + [form(500 + 30 * i, bare) for i in range(counts[1])]
    assert canonical_names(MENTION_CANDIDATES.conform(pl.DataFrame(forms)))["name"].to_list() == [name]


@pytest.mark.parametrize("full, short, key, type_", [
    ("Sukamaju City", "City", "sukamaju citi", "ORG"),  # a club's word alone names no club, however often it is written
    ("Wamenhut Rina Sari", "Rina Sari", "rina sari", "PERSON"),  # an office glued before a person's name is no name word
    ("Gubernur Rina Sari", "Rina Sari", "rina sari", "PERSON"),
])
def test_a_name_is_no_club_word_alone_nor_an_office_before_a_person(full, short, key, type_):
    def form(start, text):
        return {"doc_id": "a", "start": start, "end": start + len(text), "text": text, "type": type_, "strength": 2,
                "key": key, "title": None, "single": False, "tie": None, "rule": "single_word", "type_rule": "single_word"}
    forms = [form(0, full), form(20, full)] + [form(40 + 20 * i, short) for i in range(3 if type_ == "ORG" else 1)]
    assert canonical_names(MENTION_CANDIDATES.conform(pl.DataFrame(forms)))["name"].to_list() == [full if type_ == "ORG" else short]


def test_a_club_is_named_by_its_full_name_not_by_the_one_word_the_club_lists_give_it(monkeypatch):
    monkeypatch.setattr(collection, "club_forms", lambda: {"spirs": "Tottenford Spirs", "tottenford spirs": "Tottenford Spirs"})

    def form(start, text):
        return {"doc_id": "a", "start": start, "end": start + len(text), "text": text, "type": "ORG", "strength": 2,
                "key": "tottenford spirs", "title": None, "single": False, "tie": None, "rule": "single_word",
                "type_rule": "club_form"}
    forms = [form(0, "Tottenford Spirs")] + [form(30 + 10 * i, "Spirs") for i in range(3)]
    assert canonical_names(MENTION_CANDIDATES.conform(pl.DataFrame(forms)))["name"].to_list() == ["Tottenford Spirs"]
    # a club whose whole listed name is one word keeps it before a nickname written as often
    monkeypatch.setattr(collection, "club_forms", lambda: {"juventoria": "Juventoria"})
    forms = [form(0, "Juventoria"), form(20, "Juventoria"), form(40, "Juvo Merah")]
    assert canonical_names(MENTION_CANDIDATES.conform(pl.DataFrame(forms)))["name"].to_list() == ["Juventoria"]


def test_a_word_alone_joins_a_place_named_by_its_head_and_that_word_not_a_building_its_owner_names():
    entities, _ = extract("Air Sungai Cibening meluap kemarin.", "Warga di Cibening mengungsi.")
    assert entities["name"].to_list() == ["Sungai Cibening"]
    entities, _ = extract("Acara digelar di Gedung Rektorat Unsuka kemarin.", "Ia kuliah di Unsuka sejak 2010.")
    assert sorted(entities["name"].to_list()) == ["Gedung Rektorat Unsuka", "Unsuka"]


def test_a_word_alone_is_the_village_a_beach_takes_its_name_from_not_the_beach():
    _, mentions = extract("Turis itu terseret ombak di Pantai Wonolaut, Bali. Ia menginap di hotel di Wonolaut.")
    assert entity_of(mentions, "Wonolaut") != entity_of(mentions, "Pantai Wonolaut")

def test_a_town_alone_is_its_city_where_its_document_names_the_city_and_the_regency_too():
    # the city by its head, by a body's name or by its mayor's office: the bare name is the city, never the regency
    for city in ("Banjir melanda Kota Cibening.", "Pemerintah Kota Cibening menetapkan darurat.", "Kantor Wali Kota Cibening terendam."):
        _, mentions = extract(f"{city} Banjir juga melanda Kabupaten Cibening. Warga Cibening mengungsi.")
        assert entity_of(mentions, "Cibening") != entity_of(mentions, "Kabupaten Cibening")
    _, mentions = extract("Banjir melanda Kabupaten Cibening. Warga Cibening mengungsi.")
    assert entity_of(mentions, "Cibening") == entity_of(mentions, "Kabupaten Cibening")


def test_a_level_s_name_opening_with_a_natural_place_s_head_is_that_level_alone_too():
    # `Kabupaten Gunung Wonokidul` ... `Gunung Wonokidul`: the regency, though `Gunung` alone reads a mountain
    _, mentions = extract("Bunga bermekaran di Kabupaten Gunung Wonokidul. Warga Gunung Wonokidul senang.")
    assert entity_of(mentions, "Gunung Wonokidul") and \
        entity_of(mentions, "Gunung Wonokidul") == entity_of(mentions, "Kabupaten Gunung Wonokidul")


@pytest.mark.parametrize("office, level", [("Bupati", "Kabupaten Wonosari"), ("Wakil Wali Kota", "Kota Wonosari")])
def test_a_town_after_its_head_s_title_is_the_level_the_title_governs(office, level):
    _, mentions = extract(f"Banjir merendam rumah dinas {office} Wonosari. Warga Kota Wonosari dan Kabupaten Wonosari mengungsi.")
    assert entity_of(mentions, "Wonosari") == entity_of(mentions, level)


def test_a_tokenisers_spaced_hyphen_makes_no_fuller_name_nor_the_name():
    # written with the hyphen spaced more often than without it: the name is still the form without it
    entities, _ = extract("Pemimpin Korea Utara Ri Chol - un hadir. Ri Chol - un tertawa.", "Pemimpin Korea Utara Ri Chol Un hadir.")
    assert entities.filter(pl.col("type") == "PERSON")["name"].to_list() == ["Ri Chol Un"]


def test_a_hamlet_and_the_village_of_its_name_are_two_places():
    _, mentions = extract("Warga Desa Cibening di Kampung Cibening dan Dusun Cibening mengungsi.")
    assert len({*entity_of(mentions, "Desa Cibening"), *entity_of(mentions, "Kampung Cibening"),
                *entity_of(mentions, "Dusun Cibening")}) == 2  # a kampung and a dusun are one level, the hamlet's


def reading(doc, text, key, type_, strength, rule, single):
    """One candidate mention as a document's pass left it."""
    return {"doc_id": doc, "start": 0, "end": len(text), "text": text, "type": type_, "strength": strength, "key": key,
            "title": None, "single": single, "tie": None, "rule": rule, "type_rule": rule}


def test_a_word_weakly_read_as_a_place_goes_to_the_person_other_documents_call_by_it():
    collection = Collection(MENTION_CANDIDATES.conform(pl.DataFrame([
        reading("a", "Wirabumi Santosa", "wirabumi santosa", "PERSON", 3, "person_after_title", False),
        reading("a", "Wirabumi", "wirabumi santosa", "PERSON", 3, "person_short_form", False),
        reading("b", "Wirabumi", "wirabumi", "PERSON", 2, "person_after_speech_verb", True),
        reading("c", "Wirabumi", "wirabumi", "LOC", 1, "governed_place", True),
        reading("d", "Sukamaju", "sukamaju", "LOC", 1, "governed_place", True),
    ])))
    redirect_short_forms(collection)
    assert collection.mentions.filter(pl.col("doc_id") == "c")["key"].to_list() == ["wirabumi santosa"]
    assert collection.mentions.filter(pl.col("doc_id") == "d")["key"].to_list() == ["sukamaju"]


def test_a_town_is_no_club_of_a_key_that_opens_with_city():
    # `City` closes a club's name (`Sukamaju City`), it never opens one (`City Sukamaju`: the town)
    collection = Collection(MENTION_CANDIDATES.conform(pl.DataFrame([
        reading("a", "City Sukamaju", "citi sukamaju", "LOC", 2, "place_head_or_tail", False),
        reading("a", "Sukamaju", "sukamaju", "LOC", 3, "known_name", True),
        reading("b", "Rovers City", "rover citi", "ORG", 2, "organisation_head", False),
        reading("b", "Rovers", "rover", "PERSON", 1, "single_word", True),
    ])))
    join_club_short_forms(collection)
    assert collection.mentions.filter(pl.col("doc_id") == "a")["type"].to_list() == ["LOC", "LOC"]
    assert collection.mentions.filter(pl.col("text") == "Rovers")["type_rule"].to_list() == ["club_short_form"]


def test_a_town_is_keyed_by_its_class_not_by_the_club_word_city():
    # `Kota X` and the English `X City` are one town, keyed by the town's class; the key of the word `City`, which closes
    # clubs' names, opens neither
    assert [m.key for m in document_mentions("Warga Kota Sukamaju berkumpul di alun-alun.")] == ["kota sukamaju"]


def test_a_name_without_its_middle_name_in_another_document_is_the_person_even_misspelt():
    _, mentions = extract("Pagi itu Kindrawan Adiputra Sumolang meninjau pasar.", "Kata Kendrawan Sumolang, harga beras stabil.")
    assert entity_of(mentions, "Kindrawan Adiputra Sumolang") == entity_of(mentions, "Kendrawan Sumolang")


def test_a_name_without_the_given_name_the_press_drops_in_another_document_is_the_person():
    _, mentions = extract("Pagi itu Muhammad Kindrawan Sumolang meninjau pasar.", "Kata Kindrawan Sumolang, harga beras stabil.")
    assert entity_of(mentions, "Muhammad Kindrawan Sumolang") == entity_of(mentions, "Kindrawan Sumolang")
    # any other first word may be another person's (a wife's given name before her husband's name)
    _, mentions = extract("Pagi itu Rina Kindrawan Sumolang meninjau pasar.", "Kata Kindrawan Sumolang, harga beras stabil.")
    assert entity_of(mentions, "Rina Kindrawan Sumolang") != entity_of(mentions, "Kindrawan Sumolang")


def test_a_two_word_name_fitting_two_fuller_names_joins_neither():
    _, mentions = extract("Pagi itu Kendrawan Adiputra Sumolang meninjau pasar.", "Pagi itu Kendrawan Satria Sumolang membuka klinik.",
                          "Kata Kendrawan Sumolang, harga beras stabil.")
    assert len(set(mentions["entity_id"])) == 3


def test_a_word_no_reading_calls_a_person_joins_no_name_only_its_shape_called_a_person():
    collection = Collection(MENTION_CANDIDATES.conform(pl.DataFrame([
        reading("a", "Rovers Kartomo", "rovers kartomo", "PERSON", 2, "person_by_shape", False),
        reading("b", "Kartomo", "kartomo", "ORG", 1, "single_word", True),
        reading("c", "Tono Wiraguna", "tono wiraguna", "PERSON", 3, "person_after_title", False),
        reading("d", "Wiraguna", "wiraguna", "ORG", 1, "single_word", True),
    ])))
    redirect_short_forms(collection)
    assert collection.mentions.filter(pl.col("doc_id").is_in(["b", "d"]))["key"].to_list() == ["kartomo", "tono wiraguna"]


def test_a_word_one_document_reads_as_a_speaker_stays_the_body_the_collection_writes_it_for():
    # one document names a person with the company's word and another lets the company speak; five write it alone as
    # a company: the collection's readings decide, and those lone mentions stay the company's
    entities, _ = extract("Direktur Utama Dewi Lumitra meninjau pabrik. “Kami siap,” kata Lumitra.",
                          "“Kami siap melayani,” kata Lumitra.",
                          *[f"Saham Lumitra naik tajam pekan ke-{n}." for n in range(5)])
    assert dict(entities.select("name", "mention_count").iter_rows()) == {"Dewi Lumitra": 3, "Lumitra": 5}


def test_a_surname_the_collection_reads_as_a_person_joins_the_full_name_though_most_documents_write_it_bare():
    entities, _ = extract("Menteri Dewi Kartawiguna meninjau pasar. “Kami siap,” kata Kartawiguna.",
                          "Wakil Presiden Kartawiguna tiba di Bali.", "“Kami siap,” kata Kartawiguna.",
                          *[f"Kartawiguna tiba di Bali pekan ke-{n}." for n in range(4)])
    assert dict(entities.select("name", "mention_count").iter_rows())["Dewi Kartawiguna"] == 8


def test_a_club_s_word_alone_after_a_preposition_is_the_one_club_named_with_it():
    # `selama di United`: the club its player played for, no place
    collection = Collection(MENTION_CANDIDATES.conform(pl.DataFrame([
        reading("a", "Sukamaju United", "sukamaju united", "ORG", 2, "organisation_tail_or_site", False),
        reading("a", "United", "united", "ORG", 1, "place_context_word", True),
        reading("a", "United", "united", "ORG", 1, "single_word", True),
    ])))
    join_club_short_forms(collection)
    assert collection.mentions["key"].to_list() == ["sukamaju united"] * 3


@pytest.mark.parametrize("club", ["Sukamaju Wanderers", "Real Sukamaju"])
def test_a_club_named_with_a_word_of_european_clubs_names_is_its_name_alone_in_its_document(club):
    collection = Collection(MENTION_CANDIDATES.conform(pl.DataFrame([
        reading("a", club, normalise_key(club), "ORG", 2, "organisation_tail_or_site", False),
        reading("a", "Sukamaju", "sukamaju", "ORG", 1, "club_after_team_role", True),
    ])))
    join_club_short_forms(collection)
    assert collection.mentions["key"].to_list() == [normalise_key(club)] * 2


def test_a_name_two_clubs_share_is_the_club_the_document_writes_far_more_often():
    rows = [reading("a", "Real Sukamaju", "real sukamaju", "ORG", 2, "club_by_designator", False)] * 3 + [
        reading("a", "Atletico Sukamaju", "atletico sukamaju", "ORG", 2, "club_by_designator", False),
        reading("a", "Sukamaju", "sukamaju", "ORG", 1, "club_after_team_role", True)]
    collection = Collection(MENTION_CANDIDATES.conform(pl.DataFrame(rows)))
    join_club_short_forms(collection)
    assert collection.mentions["key"].to_list()[-1] == "real sukamaju"
    # written as often: either club, so neither
    collection = Collection(MENTION_CANDIDATES.conform(pl.DataFrame(rows[2:])))
    join_club_short_forms(collection)
    assert collection.mentions["key"].to_list()[-1] == "sukamaju"


def test_a_club_named_by_its_letters_is_its_name_alone_in_its_document_but_not_the_place_elsewhere():
    _, mentions = extract("Pelatih Sukamaju FC senang. Pemain itu dibeli dari AS Wirabumi. Wirabumi menang lagi.",
                          "Turis itu tiba di Wirabumi kemarin.")
    club = entity_of(mentions, "AS Wirabumi")
    assert len(club) == 1 and len(entity_of(mentions, "Wirabumi")) == 2 and club < entity_of(mentions, "Wirabumi")


def test_a_country_a_club_named_by_its_letters_is_named_after_is_the_club_in_its_document():
    # the gazetteer keys the country by its group, not by the name the club's key holds
    collection = Collection(MENTION_CANDIDATES.conform(pl.DataFrame([
        reading("a", "AS Andorra", "as andora", "ORG", 2, "club_after_letters", False),
        reading("a", "Andorra", "cldr ad", "LOC", 3, "known_name", True),
        reading("b", "Andorra", "cldr ad", "LOC", 3, "known_name", True),
    ])))
    join_club_short_forms(collection)
    assert collection.mentions.filter(pl.col("text") == "Andorra")["key"].to_list() == ["as andora", "cldr ad"]


def test_names_written_with_and_without_a_space_or_an_apostrophe_are_one_referent_of_one_type():
    collection = Collection(MENTION_CANDIDATES.conform(pl.DataFrame([
        reading("a", "Ma'ruf Sarip", "ma ruf sarip", "PERSON", 2, "person_by_shape", False),
        reading("b", "Maruf Sarip", "maruf sarip", "PERSON", 2, "person_by_shape", False),
        reading("c", "Batu Wono", "batu wono", "LOC", 2, "place_preposition", False),
        reading("d", "Batuwono", "batuwono", "PERSON", 2, "person_after_speech_verb", True),
        reading("e", "M Andika", "m andika", "PERSON", 2, "person_by_shape", False),
        reading("f", "Mandika", "mandika", "PERSON", 2, "person_after_speech_verb", True),
    ])))
    join_names_run_together(collection)
    assert collection.union.find("ma ruf sarip") == collection.union.find("maruf sarip")
    assert collection.union.find("batu wono") != collection.union.find("batuwono")  # a place and a person
    assert collection.union.find("m andika") != collection.union.find("mandika")  # an initial is no part of a word


def test_a_span_read_twice_keeps_its_first_reading_and_the_mentions_come_in_the_tables_order():
    rows = [("d2", 10, 15, "Rina", "PERSON", "rina"), ("d1", 0, 4, "Bank", "ORG", "bank"),
            ("d2", 0, 4, "Tono", "PERSON", "tono"), ("d2", 10, 15, "Rina", "LOC", "rina kota"),
            ("d1", 0, 4, "Bank", "LOC", "bank"), ("d1", 7, 9, "KS", "ORG", "ks")]
    candidates = pl.DataFrame(
        [dict(zip(("doc_id", "start", "end", "text", "type", "key"), row), strength=2, title=None, single=True, tie=None,
              rule="known_name", type_rule="known_name") for row in rows], schema=MENTION_CANDIDATES.schema)
    entities, mentions = resolve_entities(candidates)
    assert mentions.select("doc_id", "start", "end").rows() == [("d1", 0, 4), ("d1", 7, 9), ("d2", 0, 4), ("d2", 10, 15)]
    named = dict(entities.select("entity_id", "name").iter_rows())
    assert [named[entity_id] for entity_id in mentions["entity_id"]] == ["Bank", "KS", "Tono", "Rina"]
    assert mentions.filter(pl.col("doc_id") == "d2", pl.col("start") == 10)["type"].to_list() == ["PERSON"]


def test_an_entity_counts_names_and_dates_only_the_mentions_the_table_keeps():
    documents = documents_from_texts({"a.txt": "Kepala Dinas Rino Sumbaraya hadir. Rino Sumbaraya menolak usul itu."})
    candidates = link_keys(find_mentions(documents))
    repeated = candidates.filter(pl.col("text") == "Rino Sumbaraya").head(1).with_columns(key=pl.lit("lain"), text=pl.lit("Rino S"))
    entities, mentions = resolve_entities(pl.concat([candidates, repeated]))  # a span read twice: the table keeps one row
    counted = dict(mentions.group_by("entity_id").len().iter_rows())
    assert {e: n for e, n in entities.select("entity_id", "mention_count").iter_rows()} == counted
    assert "Rino S" not in {alias for aliases in entities["aliases"] for alias in aliases}


def test_a_word_weakly_read_as_a_body_joins_the_person_other_documents_call_by_it():
    # `diteken Rahmadi, Badan ...` reads a list (a body); another document calls its full name's person `Rahmadi`
    _, mentions = extract("Perpres itu belum diteken Rahmadi, Badan Gizi Nasional tetap bekerja.",
                          "Presiden Rahmadi Wicaksono berpidato. Rahmadi meminta semua menteri bekerja.")
    assert len(entity_of(mentions, "Rahmadi")) == 1 and entity_of(mentions, "Rahmadi") == entity_of(mentions, "Rahmadi Wicaksono")


def test_a_toll_road_with_and_without_its_street_word_is_one_road():
    _, mentions = extract("Antrean panjang di Tol Cipanas pagi ini.", "Kecelakaan terjadi di Jalan Tol Cipanas kemarin.")
    assert len(entity_of(mentions, "Tol Cipanas")) == 1 and entity_of(mentions, "Tol Cipanas") == entity_of(mentions, "Jalan Tol Cipanas")


def test_an_islamic_boarding_school_by_its_short_head_is_the_school_by_its_full_head():
    _, mentions = extract("Santri Ponpes Al-Hikmah Sukamaju berkumpul.", "Pengasuh Pondok Pesantren Al-Hikmah Sukamaju hadir.")
    school = entity_of(mentions, "Ponpes Al-Hikmah Sukamaju")
    assert len(school) == 1 and school == entity_of(mentions, "Pondok Pesantren Al-Hikmah Sukamaju")


def test_a_gazetteer_towns_name_the_document_reads_as_a_club_is_the_club_it_names_with_united():
    # `Kas` is a town of the gazetteer; here its name is read as a club (`pemain Kas`), the club named with `United`
    _, mentions = extract("Gelandang Kas United mencetak gol. Pemain Kas merayakan kemenangan.")
    assert len(entity_of(mentions, "Kas")) == 1 and entity_of(mentions, "Kas") == entity_of(mentions, "Kas United")
    # a town no reading of the document calls a club stays the town
    _, mentions = extract("Warga Exeter menonton laga Exeter United di pusat kota Exeter.")
    assert entity_of(mentions, "Exeter").isdisjoint(entity_of(mentions, "Exeter United"))


def test_a_name_a_document_misspells_once_is_the_name_it_writes_right():
    # a crawled article's typo of one word (`Keshatan`) is no second body, whatever each form was read as
    _, mentions = extract("Dinas Kesehatan Kalingga menggelar vaksinasi. Petugas Dinas Kesehatan Kalingga hadir. "
                          "Dinas Keshatan Kalingga menyiapkan 500 dosis.")
    assert mentions.filter(pl.col("text").str.contains("Kalingga"))["entity_id"].n_unique() == 1


def test_two_names_differing_by_more_than_a_dropped_letter_or_written_alike_as_often_stay_apart():
    # a letter changed (`Kalingga`, `Kalinggi`) names another body; a word cut short is the same name
    # (`join_clipped_word_names`) unless the cut word is a town of its own (`Banjar`, `Banjarmasin`)
    _, mentions = extract("Polres Kalingga menahan dua orang. Polres Kalingga memeriksa saksi. Polres Kalinggi menolak.",
                          "Polres Banjar menahan dua orang. Polres Banjarmasin memeriksa saksi.")
    assert mentions.filter(pl.col("text").str.contains("Kaling"))["entity_id"].n_unique() == 2
    assert mentions.filter(pl.col("text").str.contains("Polres Banjar"))["entity_id"].n_unique() == 2


def test_of_two_names_a_letter_apart_written_once_each_the_word_other_names_write_is_the_right_one():
    # `Kementrian` once, `Kementerian` in this name and another: the rarer word is the slip
    _, mentions = extract("Kementrian Pertanahan Sukamaju menggelar rapat. Kementerian Pertanahan Sukamaju hadir. "
                          "Kementerian Perairan Sukamaju menolak.")
    assert mentions.filter(pl.col("text").str.contains("Pertanahan"))["entity_id"].n_unique() == 1
    assert entity_of(mentions, "Kementerian Perairan Sukamaju").isdisjoint(entity_of(mentions, "Kementerian Pertanahan Sukamaju"))


def test_a_name_misspelt_once_in_the_collection_is_the_name_other_documents_write():
    _, mentions = extract("Badan Pengawas Tirtamaya menggelar rapat.", "Badan Pengawas Tirtamaya menolak usul itu.",
                          "Badan Pengawas Tirtamya memanggil saksi.")
    assert mentions.filter(pl.col("text").str.contains("Tirtam"))["entity_id"].n_unique() == 1


def test_a_name_with_two_letters_swapped_once_beside_it_is_that_name_and_named_as_spelt_right():
    # each written once: the slip is the form whose word no list holds
    entities, mentions = extract("Ketua Serikat Rina Kartika hadir. Rina Karitka menolak usul itu.")
    assert entity_of(mentions, "Rina Karitka") and entity_of(mentions, "Rina Karitka") == entity_of(mentions, "Rina Kartika")
    assert "Rina Kartika" in entities["name"].to_list()


def test_two_towns_a_letter_apart_are_no_misspelling():
    _, mentions = extract("Pemkab Bandung menggelar rapat.", "Pemkab Bandung menolak usul itu.", "Pemkab Badung memanggil saksi.")
    assert mentions.filter(pl.col("text").str.contains("Pemkab"))["entity_id"].n_unique() == 2


def test_a_body_is_named_by_its_name_not_by_the_nickname_the_corpus_gives_it(monkeypatch):
    from transforms.entities import collection

    monkeypatch.setattr(collection, "known_epithets", lambda: {"kestrels": "sukamaju rovers"})
    entities, mentions = extract("Klub Sukamaju Rovers menang. The Kestrels unggul lagi. The Kestrels juara.",
                                 "The Kestrels kalah. The Kestrels tersingkir.")
    assert entity_of(mentions, "The Kestrels") == entity_of(mentions, "Sukamaju Rovers")
    assert "Sukamaju Rovers" in entities["name"].to_list() and "The Kestrels" not in entities["name"].to_list()


def test_a_nickname_the_corpus_writes_with_an_article_is_known_without_it(monkeypatch):
    from transforms.entities import collection

    rows = {"nicknames.tsv": (("I Falchetti", "Sukamaju Rovers"), ("Los Merlos", "Wonford City"), ("The Hammers", "Tirta FC"))}
    monkeypatch.setattr(collection, "EPITHET_FILES", tuple(rows))
    monkeypatch.setattr(collection, "table_rows", lambda name: rows[name])
    collection.known_epithets.cache_clear()
    try:
        known = collection.known_epithets()
    finally:
        monkeypatch.undo()
        collection.known_epithets.cache_clear()
    assert known["falcheti"] == known["i falcheti"] == "sukamaju rovers"
    assert known["merlos"] == known["los merlos"] == "wonford citi"
    assert known["hamers"] == "tirta fc"  # an English `The` is in no key


def test_a_body_is_named_by_its_own_name_not_by_its_seat():
    entities, mentions = extract("Tersangka dibawa ke Mapolrestabes Sukamaju. Polrestabes Sukamaju menahan dua orang.")
    assert entity_of(mentions, "Mapolrestabes Sukamaju") == entity_of(mentions, "Polrestabes Sukamaju")
    assert "Polrestabes Sukamaju" in entities["name"].to_list()


def test_a_short_form_keyed_to_a_body_of_one_place_is_not_extended_to_another_place_s_body():
    # `Pemprov` of `Pemerintah Provinsi (Pemprov) Sukabumi` is that province's government, not `Pemprov Bali`'s
    _, mentions = extract("Pemerintah Provinsi (Pemprov) Sukabumi membantu Bali membangun jalan. Gubernur menyebut "
                          "Pemprov Sukabumi siap. Pemprov Bali menyambut baik bantuan itu.")
    assert entity_of(mentions, "Pemprov Sukabumi").isdisjoint(entity_of(mentions, "Pemprov Bali"))


def test_a_surname_one_report_writes_alone_many_times_joins_the_full_name_of_another_document():
    # counted by documents, not mentions: a report on a feud writes the surname alone again and again
    _, mentions = extract("Presiden Wonotan Rudi Halimson memperingatkan tetangganya. Halimson marah.",
                          "Toni Markus melawan Halimson. Ia donor Halimson. Ia berselisih dengan Halimson soal pajak. "
                          "Halimson menolak. Lalu Halimson mengancam. Toni Markus membalas Halimson lagi. Halimson diam. "
                          "Halimson pergi. Halimson pulang.")
    assert len(entity_of(mentions, "Halimson")) == 1
    assert entity_of(mentions, "Halimson") == entity_of(mentions, "Rudi Halimson")


def test_a_persons_middle_initial_makes_no_fuller_canonical_name():
    entities, _ = extract("Presiden Rudi J Halimson tiba di Jakarta.", "Rudi Halimson senang. Rudi Halimson pergi.")
    assert "Rudi Halimson" in set(entities["name"])
    # where the initial is the one form written, it is the name
    entities, _ = extract("Ia bertemu Rina K. Wonoto di kantor.")
    assert "Rina K. Wonoto" in set(entities["name"])


def test_a_ministry_is_named_in_full_however_often_its_short_form_is_written():
    entities, _ = extract("Kementerian Keuangan menaikkan tarif. Kemenkeu menyebut tarif naik. Kata Kemenkeu, tarif itu wajar.",
                          "Kemenkeu menolak usul itu. Kemenkeu juga menunda pajak.")
    assert entities.filter(pl.col("type") == "ORG")["name"].to_list() == ["Kementerian Keuangan"]


FILLER = " Pertandingan berlangsung ketat sejak menit awal dan kedua tim saling menyerang tanpa henti di lapangan. " * 3


@pytest.mark.parametrize("clipped, full", [
    ("Univ Wonotan", "Universitas Wonotan"),  # a word abbreviated
    ("Will Rinaldo", "William Rinaldo"),  # a given name's short form
    ("Bank Sentra Wonotan", "Bank Sentral Wonotan"),  # a letter lost
])
def test_a_name_its_document_writes_with_a_word_cut_short_is_the_name_written_in_full(clipped, full):
    _, mentions = extract(f"Laga dimenangi {full} kemarin." + FILLER + f"Pendukung {clipped} bersorak.")
    assert entity_of(mentions, clipped) == entity_of(mentions, full)


def test_names_close_together_or_clipped_too_short_stay_apart():
    # a line-up's two players; a clip of fewer letters than a person's name keeps (`Wen Lio` beside `Wen Lioko`)
    _, mentions = extract("Susunan pemain: Rinaldo Tavera, Samsul Ardo, Bima Halim, Samsul Ardoni, Rio Wonoto.")
    assert entity_of(mentions, "Samsul Ardo") != entity_of(mentions, "Samsul Ardoni")
    _, mentions = extract("Aktivis Wen Lio hadir." + FILLER + "Kata Wen Lioko kemudian.")
    assert entity_of(mentions, "Wen Lio") != entity_of(mentions, "Wen Lioko")


def test_a_word_is_clipped_when_the_full_word_opens_with_it_and_goes_on_in_letters():
    assert collection._clips_words(("man", "wonford"), ("manchester", "wonford"), 3)
    assert not collection._clips_words(("ma", "wonford"), ("manchester", "wonford"), 3)  # too few letters
    assert not collection._clips_words(("thamrin",), ("thamrin-sudirman",), 3)  # a route's first road
    assert not collection._clips_words(("bank", "wonford"), ("bank", "wonford"), 3)  # nothing clipped
    assert not collection._clips_words(("kota", "banjar"), ("kota", "banjarmasin"), 3)  # a town of its own
