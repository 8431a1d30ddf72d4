"""Resolution never confuses two referents, and joins the forms of one: each wrong merge and split seen on the
real corpus, written again with invented names."""

import polars as pl
import pytest

from tests.transforms.entities import extract
from transforms.entities.collection import Collection, redirect_short_forms
from transforms.schemas import MENTION_CANDIDATES


def entity_of(mentions: pl.DataFrame, surface: str) -> set[str]:
    return set(mentions.filter(pl.col("text") == surface)["entity_id"].to_list())


@pytest.mark.parametrize(
    "acronym_text, name_text, acronym, name",
    [
        ("Pasien dibawa ke RS terdekat pada malam itu.", "Pengusaha Rudi Santoso menyumbang ambulans.", "RS", "Rudi Santoso"),
        ("Suporter MU kecewa setelah kekalahan itu.", "Pelatih Marco Umberto kecewa dengan wasit.", "MU", "Marco Umberto"),
        ("Pelanggaran HAM berat itu diselidiki.", "Klub Hamrun Spartans menang tipis.", "HAM", "Hamrun Spartans"),
        ("Kongres PSSB digelar di Sukamaju.", "Penyanyi Putri Sasabila merilis lagu baru.", "PSSB", "Putri Sasabila"),
        # letters are never the surname of a full name in another document
        ("Perusahaan IM mencatat laba besar.", "Penyanyi Sora Yim merilis album baru.", "IM", "Sora Yim"),
        ("Kapal itu milik US dan Jepang.", "Lagu penyanyi Dora Us diputar di radio.", "US", "Dora Us"),
    ],
)
def test_an_undefined_acronym_never_joins_a_name_by_its_letters(acronym_text, name_text, acronym, name):
    _, mentions = extract(acronym_text, name_text)
    assert entity_of(mentions, acronym).isdisjoint(entity_of(mentions, name))


def test_an_acronym_defined_in_one_document_joins_its_expansion_in_another():
    _, mentions = extract(
        "Lembaga Kajian Pangan Nusantara (LKPN) merilis laporan harga beras.",
        "LKPN menilai harga beras naik bulan ini.",
    )
    assert entity_of(mentions, "LKPN") == entity_of(mentions, "Lembaga Kajian Pangan Nusantara")


def test_a_bare_surname_joins_the_salient_person_not_a_relative_named_with_him():
    _, mentions = extract(
        "Menteri Bambang Wiratmo tiba di Sukamaju bersama istrinya, Ratna Wiratmo. "
        "Bambang Wiratmo meninjau pasar. Bambang Wiratmo juga meresmikan jembatan.",
        "Wiratmo mengatakan harga beras stabil.",
    )
    assert entity_of(mentions, "Wiratmo") == entity_of(mentions, "Bambang Wiratmo")


def test_a_company_and_its_chief_executive_stay_two_entities():
    entities, mentions = extract(
        "CEO Maju Sentosa Group, Hendra Kusuma, mengatakan laba naik.",
        "Maju Sentosa Group mencatat laba terbesar tahun ini.",
    )
    assert entity_of(mentions, "Hendra Kusuma").isdisjoint(entity_of(mentions, "Maju Sentosa Group"))


def test_the_same_body_of_two_countries_stays_apart():
    entities, _ = extract(
        "Kementerian Luar Negeri Jepang menyatakan keprihatinan.",
        "Kementerian Luar Negeri Korea Selatan menyatakan dukungan.",
    )
    orgs = entities.filter(pl.col("type") == "ORG")["name"].to_list()
    assert len([name for name in orgs if name.startswith("Kementerian Luar Negeri")]) == 2


@pytest.mark.parametrize(
    "first, second, a, b",
    [
        ("Kementerian Keuangan memangkas anggaran.", "Kemenkeu menilai defisit aman.", "Kementerian Keuangan", "Kemenkeu"),
        ("Persimaju Bekasi menang 2-0.", "Pelatih Persimaju memuji pemain.", "Persimaju Bekasi", "Persimaju"),
        ("Presiden Wirabumi berpidato di Sukamaju.", "Hadi Wirabumi menolak usul itu.", "Wirabumi", "Hadi Wirabumi"),
    ],
)
def test_plainly_one_referent_is_one_entity(first, second, a, b):
    _, mentions = extract(first, second)
    assert entity_of(mentions, a) and entity_of(mentions, a) == entity_of(mentions, b)


def test_first_names_join_the_fuller_name_the_collection_uses():
    _, mentions = extract("Menteri Dewi Kartika meninjau sekolah.", "Dewi Kartika Sarasvati meresmikan perpustakaan.",
                          "Dewi Kartika Sarasvati tiba di Sukamaju.")
    assert entity_of(mentions, "Dewi Kartika") == entity_of(mentions, "Dewi Kartika Sarasvati")


def test_a_match_title_is_no_ones_full_name():
    _, mentions = extract("Jadwal Laga Kartono Vs Persimaju malam ini.", "Pelatih Persimaju memuji pemainnya.")
    assert entity_of(mentions, "Persimaju").isdisjoint(entity_of(mentions, "Laga Kartono Vs Persimaju") | entity_of(mentions, "Kartono Vs Persimaju"))


def test_a_two_letter_acronym_defined_in_one_document_stays_there():
    _, mentions = extract("Tim Unit Siaga Sukamaju (US) dikerahkan ke lokasi.", "Kapal itu milik US dan Jepang.")
    assert len(entity_of(mentions, "US")) == 2


def test_bodies_numbered_apart_stay_apart():
    entities, _ = extract("Komisi II DPR memanggil menteri.", "Komisi III DPR memanggil jaksa.")
    assert {"Komisi II DPR", "Komisi III DPR"} <= set(entities["name"])


def test_a_currency_sign_is_no_name():
    _, mentions = extract("Harga emas naik menjadi US$ 1.900 per ons.", "Tiket itu seharga S$20.")
    assert mentions.is_empty()


def test_a_brand_written_in_camel_case_before_a_quoted_name_is_not_part_of_the_person():
    text = ("CEO LapakKerja Dimas R. Wiratmoko menjelaskan layanan itu. LapakKerja tumbuh pesat. "
            "“Kami fokus pada anak muda,” terang Dimas. Menurut LapakKerja, jumlah pengguna naik.")
    entities, _ = extract(text)
    assert ("Dimas R. Wiratmoko", "PERSON") in set(entities.select("name", "type").iter_rows())
    assert ("LapakKerja", "ORG") in set(entities.select("name", "type").iter_rows())



def test_a_brand_alone_in_another_document_is_no_surname_of_a_person_ending_with_it():
    def reading(doc, text, key, type_, rule, single):
        return {"doc_id": doc, "start": 0, "end": len(text), "text": text, "type": type_, "strength": 2, "key": key,
                "title": None, "single": single, "tie": None, "rule": rule, "type_rule": rule}
    collection = Collection(MENTION_CANDIDATES.conform(pl.DataFrame([
        reading("a", "Sakura BalapGP", "sakura balapgp", "PERSON", "person_after_office", False),
        reading("b", "BalapGP", "balapgp", "ORG", "brand_word", True),
    ])))
    redirect_short_forms(collection)
    assert collection.mentions.filter(pl.col("doc_id") == "b")["key"].to_list() == ["balapgp"]


def test_a_club_named_after_its_town_is_no_person_even_after_a_role_word():
    entities, _ = extract("Pelatih Persikama Bandung memuji timnya. Persikama Bandung menang 2-0.",
                          "Laga Persikama kalah kemarin di kandang.")
    assert entities.select("name", "type").rows() == [("Persikama Bandung", "ORG")]
