"""The collection's context makes a body of a name the vote read as a person (transforms/entities/body_context.py).
Invented names only: `Garuda Rovers` a club, `Nusakarya` a company, `Rina Kartika` and `Dewi Lestari` people, `KUHS` a
code of law, `Nusamoto` a race, `Andromi` a system."""

import polars as pl

from tests.conftest import named_mention_frames
from transforms import retyping
from transforms.entities.body_context import bodies_by_context, things_by_context
from transforms.retyping import retype_entities


def frames(texts: list[str], names: dict[str, str], rule: str = "person_by_shape", rules: dict[str, str] | None = None):
    """(entities, mentions, documents) with every occurrence of each name a mention, read as its type by `rule` (or by
    `rules[name]`)."""
    return named_mention_frames(texts, names, rule, rules)


def bodies(texts, names, rule="person_by_shape", rules=None, speaking=None):
    entities, mentions, documents = frames(texts, names, rule, rules)
    return set(bodies_by_context(entities["entity_id"], mentions, documents, speaking))


CLUB_TEXTS = ["Para pemain Garuda Rovers berlatih sejak pagi di lapangan kota.",
              "Tim tamu bertandang ke markas Garuda Rovers pada Sabtu malam."]


def test_a_name_written_after_a_body_s_words_in_two_documents_is_a_body():
    assert bodies(CLUB_TEXTS, {"Garuda Rovers": "PERSON"}) == {"E-Garuda Rovers"}


def test_one_document_is_not_the_collection_s_usage():
    assert bodies(CLUB_TEXTS[:1] + ["Garuda Rovers menang dua gol."], {"Garuda Rovers": "PERSON"}) == set()


def test_a_name_the_text_defines_as_a_body_is_a_body_unless_the_collection_makes_it_a_person():
    texts = ["Nusakarya merupakan nama perusahaan rintisan dari Bandung. Nusakarya tumbuh pesat."]
    assert bodies(texts, {"Nusakarya": "PERSON"}) == {"E-Nusakarya"}
    assert bodies(["Nusakarya adalah sebuah startup. Nusakarya tumbuh."], {"Nusakarya": "PERSON"}) == {"E-Nusakarya"}
    # a description that is no body's (`adalah pendiri perusahaan`: a person founded it) says nothing
    assert bodies(["Rina Kartika adalah pendiri perusahaan itu."], {"Rina Kartika": "PERSON"}) == set()
    # a person's evidence anywhere keeps the person
    assert bodies(texts, {"Nusakarya": "PERSON"}, rule="person_after_title") == set()


def test_a_person_s_title_or_office_anywhere_in_the_collection_keeps_a_person():
    texts = CLUB_TEXTS + ["Ketua Umum Garuda Rovers membuka acara itu."]
    rules = {"Garuda Rovers": "person_by_shape"}
    assert bodies(texts, {"Garuda Rovers": "PERSON"}, rules=rules) == {"E-Garuda Rovers"}
    assert bodies(texts, {"Garuda Rovers": "PERSON"}, rule="person_after_title") == set()


def test_a_name_that_speaks_as_often_as_it_is_written_as_a_body_stays_a_person_unless_a_role_s_holder_speaks():
    texts = CLUB_TEXTS + ["Ribuan suporter Garuda Rovers memadati stadion.", '"Kami siap," kata Garuda Rovers.',
                          '"Kami menang," ujar pelatih Garuda Rovers.']
    entities, mentions, documents = frames(texts, {"Garuda Rovers": "PERSON"})
    spoken = mentions.join(documents.select("doc_id", "text").rename({"text": "body"}), on="doc_id").filter(
        pl.col("body").str.contains('"Kami')).select("doc_id", "start", "end")
    assert set(bodies_by_context(entities["entity_id"], mentions, documents, spoken)) == {"E-Garuda Rovers"}  # 3 against 1
    texts = CLUB_TEXTS + ["Ribuan suporter Garuda Rovers memadati stadion.", '"Kami siap," kata Garuda Rovers.',
                          '"Kami siap lagi," kata Garuda Rovers.']
    entities, mentions, documents = frames(texts, {"Garuda Rovers": "PERSON"})
    spoken = mentions.join(documents.select("doc_id", "text").rename({"text": "body"}), on="doc_id").filter(
        pl.col("body").str.contains('"Kami')).select("doc_id", "start", "end")
    assert set(bodies_by_context(entities["entity_id"], mentions, documents, spoken)) == set()


def test_the_body_of_a_role_whose_holder_is_named_beside_it_is_a_body_but_not_a_person_served_by_one():
    texts = ["Dewi Lestari, CEO Nusakarya, meresmikan kantor baru.", "CEO Nusakarya, Dewi Lestari, hadir di Jakarta."]
    assert bodies(texts, {"Nusakarya": "PERSON"}, rule="single_word") == {"E-Nusakarya"}
    texts = ["Dewi Lestari, asisten Rina Kartika, hadir.", "Asisten Rina Kartika, Dewi Lestari, menjawab."]
    assert bodies(texts, {"Rina Kartika": "PERSON"}) == set()


def test_a_role_word_before_a_name_that_is_no_body_s_word_nor_a_team_s_role_keeps_a_person():
    texts = CLUB_TEXTS + ["Pemeriksaan itu disaksikan warga Garuda Rovers di rumahnya."]
    assert bodies(texts, {"Garuda Rovers": "PERSON"}, rule="person_after_role_word") == set()
    texts = CLUB_TEXTS + ["Kemenangan itu disambut pelatih Garuda Rovers dengan gembira."]
    assert bodies(texts, {"Garuda Rovers": "PERSON"}, rule="person_after_role_word") == {"E-Garuda Rovers"}


def test_the_vote_s_person_becomes_a_body_and_its_mentions_name_the_rule(monkeypatch):
    monkeypatch.setattr(retyping, "RULE_MENTIONS", 10.0)  # a vote that keeps the rules' people, whatever the model reads
    texts = CLUB_TEXTS + ["Garuda Rovers menang dua gol, kata Rina Kartika."]
    rules = {"Garuda Rovers": "person_short_form", "Rina Kartika": "person_after_speech_verb"}  # the vote keeps both people
    entities, mentions = retype_entities(*frames(texts, {"Garuda Rovers": "PERSON", "Rina Kartika": "PERSON"}, rules=rules))
    types = dict(entities.select("name", "type").iter_rows())
    assert types["Garuda Rovers"] == "ORG" and types["Rina Kartika"] == "PERSON"
    assert set(mentions.filter(pl.col("text") == "Garuda Rovers")["type_rule"]) == {"body_by_collection_context"}


def test_a_body_the_text_defines_stays_however_little_the_vote_reads_it_as_one(monkeypatch):
    monkeypatch.setattr(retyping, "RULE_MENTIONS", 10.0)  # the vote keeps the rules' person: the body's share is nil
    texts = ["Nusakarya merupakan nama perusahaan rintisan. Nusakarya tumbuh pesat."]
    entities, _ = retype_entities(*frames(texts, {"Nusakarya": "PERSON"}))
    assert dict(entities.select("name", "type").iter_rows()) == {"Nusakarya": "ORG"}


def things(texts, names, rule="acronym", rules=None):
    entities, mentions, documents = frames(texts, names, rule, rules)
    return set(things_by_context(entities["entity_id"], mentions, documents))


def test_a_name_the_collection_writes_as_a_law_an_event_or_a_product_is_no_body():
    laws = ["Tersangka dijerat Pasal 340 KUHS tentang pembunuhan.", "Ia dikenai Pasal 55 ayat (1) ke-1 KUHS juncto Pasal 64 KUHS.",
            "Revisi KUHS dibahas pekan depan."]
    assert things(laws, {"KUHS": "ORG"}) == {"E-KUHS"}
    events = ["Pebalap itu menang di ajang Nusamoto tahun lalu.", "Nusamoto 2017 digelar di Sepang.", "Nusamoto ramai penonton."]
    assert things(events, {"Nusamoto": "ORG"}, rule="single_word") == {"E-Nusamoto"}
    products = ["Ponsel itu menjalankan sistem operasi Andromi terbaru.", "Aplikasi ini tersedia di perangkat Andromi."]
    assert things(products, {"Andromi": "ORG"}, rule="single_word") == {"E-Andromi"}


def test_a_thing_s_context_in_one_document_or_a_body_s_evidence_keeps_a_body():
    assert things(["Pasal 340 KUHS mengatur pembunuhan, kata ahli, merujuk Pasal 338 KUHS."], {"KUHS": "ORG"}) == set()
    events = ["Pebalap itu menang di ajang Nusamoto tahun lalu.", "Nusamoto 2017 digelar di Sepang."]
    rules = {"Nusamoto": "known_name"}
    assert things(events, {"Nusamoto": "ORG"}, rules=rules) == set()
    members = events + ["Para anggota Nusamoto berkumpul.", "Kantor anggota Nusamoto di Jakarta."]
    assert things(members, {"Nusamoto": "ORG"}, rule="single_word") == set()


def test_a_thing_leaves_both_tables_after_the_vote():
    texts = ["Tersangka dijerat Pasal 340 KUHS tentang pembunuhan, kata Rina Kartika.", "Ia dikenai Pasal 378 KUHS, kata Rina Kartika."]
    rules = {"KUHS": "acronym", "Rina Kartika": "person_after_speech_verb"}
    entities, mentions = retype_entities(*frames(texts, {"KUHS": "ORG", "Rina Kartika": "PERSON"}, rules=rules))
    assert "KUHS" not in set(entities["name"]) and "KUHS" not in set(mentions["text"])
    assert "Rina Kartika" in set(entities["name"])


def test_a_person_by_the_vote_the_collection_writes_as_an_event_is_no_entity_unless_a_person_s_reading_names_it():
    texts = ["Ia menang di ajang Nusa Prix tahun lalu.", "Nusa Prix 2017 digelar di Sepang.", "Nusa Prix ramai penonton."]
    entities, mentions, documents = frames(texts, {"Nusa Prix": "PERSON"})
    assert set(things_by_context(entities["entity_id"].clear(), mentions, documents, entities["entity_id"])) == {"E-Nusa Prix"}
    entities, mentions, documents = frames(texts, {"Nusa Prix": "PERSON"}, rule="person_after_title")
    assert set(things_by_context(entities["entity_id"].clear(), mentions, documents, entities["entity_id"])) == set()
