import polars as pl

from transforms.entities import after_vote
from transforms.entities.after_vote import (BARE_PLACE_NAME, BODY_SHORT_FORM, CLIPPED_BODY, CLIPPED_NAME, FORM_WRITTEN_TWICE, MISSPELT_FULL_NAME, MISSPELT_NAME,
                                           MISSPELT_PLACE, MISSPELT_WORD, SETTLED_SHORT_FORM, CLUB_WITHOUT_WORD,
                                           TOWN_OF_CLUB, TOWN_OF_NO_PERSON, drop_names_only_inside_names, join_articled_club_words, join_body_short_forms,
                                           join_clipped_bodies,
                                           join_clipped_names,
                                           join_forms_written_twice, join_misspelt_bodies, join_misspelt_full_names, join_misspelt_names,
                                           join_misspelt_places, join_settled_short_forms,
                                           join_bare_place_names, join_clubs_without_their_word, join_towns_to_their_clubs,
                                           release_towns_of_no_person)
from transforms.schemas import ENTITIES, MENTIONS


def frames(*rows: tuple[str, str, str, str, str, str]) -> tuple[pl.DataFrame, pl.DataFrame]:
    """(doc_id, entity name, entity type, mention text, rule, type_rule) -> the settled entities and their mentions."""
    mentions = MENTIONS.conform(pl.DataFrame(
        [{"mention_id": f"M{i}", "doc_id": doc, "entity_id": f"E-{name}", "text": text, "start": 10 * i, "end": 10 * i + 5,
          "sentence_index": 0, "type": type_, "rule": rule, "type_rule": type_rule}
         for i, (doc, name, type_, text, rule, type_rule) in enumerate(rows)]))
    entities = ENTITIES.conform(
        mentions.group_by("entity_id", maintain_order=True).agg(
            name=pl.col("entity_id").first().str.slice(2), type=pl.col("type").first(), aliases=pl.col("text").unique().sort(),
            titles=pl.lit([], dtype=pl.List(pl.String)), mention_count=pl.len().cast(pl.Int64),
            document_count=pl.col("doc_id").n_unique().cast(pl.Int64), confidence=pl.lit(0.9)))
    return entities, mentions


def entity_of(mentions: pl.DataFrame, doc: str, text: str) -> set[str]:
    return set(mentions.filter((pl.col("doc_id") == doc) & (pl.col("text") == text))["entity_id"])


def test_a_word_alone_joins_the_full_name_the_vote_made_a_person_in_its_document():
    entities, mentions = join_settled_short_forms(*frames(
        ("a", "Lady Sukamaju", "PERSON", "Lady Sukamaju", "not_person_shaped", "not_person_shaped"),
        ("a", "Sukamaju", "PERSON", "Sukamaju", "single_word", "single_word"),
        ("a", "Wulandara", "ORG", "Wulandara", "single_word", "single_word"),
        ("a", "Rina Wulandara", "PERSON", "Rina Wulandara", "name_of_thing", "name_of_thing"),
    ))
    assert entity_of(mentions, "a", "Sukamaju") == {"E-Lady Sukamaju"}
    assert entity_of(mentions, "a", "Wulandara") == {"E-Rina Wulandara"}
    assert mentions.filter(pl.col("text") == "Sukamaju")["type_rule"].to_list() == [SETTLED_SHORT_FORM]
    rows = {row["name"]: row for row in entities.iter_rows(named=True)}
    assert rows["Lady Sukamaju"]["aliases"] == ["Lady Sukamaju", "Sukamaju"] and rows["Lady Sukamaju"]["mention_count"] == 2
    assert set(rows) == {"Lady Sukamaju", "Rina Wulandara"}  # the words left no mention behind


def test_a_world_town_the_vote_made_a_person_is_the_surname_of_the_full_name_but_a_known_place_is_not():
    _, mentions = join_settled_short_forms(*frames(
        ("a", "Tarrow Exeter", "PERSON", "Tarrow Exeter", "person_by_shape", "person_by_shape"),
        ("a", "Exeter", "PERSON", "Exeter", "city_gazetteer", "name_model_vote"),
        # a town of Indonesia and a country are never a surname, whatever the vote
        ("b", "Rudi Bogor", "PERSON", "Rudi Bogor", "person_by_shape", "person_by_shape"),
        ("b", "Bogor", "PERSON", "Bogor", "city_gazetteer", "name_model_vote"),
        # a body the vote left a town's name stays the town's club, no person's surname
        ("c", "Tarrow Utrecht", "PERSON", "Tarrow Utrecht", "person_by_shape", "person_by_shape"),
        ("c", "Utrecht", "ORG", "Utrecht", "city_gazetteer", "single_word"),
    ))
    assert entity_of(mentions, "a", "Exeter") == {"E-Tarrow Exeter"}
    assert entity_of(mentions, "b", "Bogor") == {"E-Bogor"} and entity_of(mentions, "c", "Utrecht") == {"E-Utrecht"}


def test_an_indonesian_towns_word_the_document_makes_speak_is_the_persons_short_form():
    _, mentions = join_settled_short_forms(*frames(
        ("a", "Bogor Raharjo", "PERSON", "Bogor Raharjo", "village_gazetteer", "name_model_vote"),
        ("a", "Bogor", "PERSON", "Bogor", "person_after_speech_verb", "person_after_speech_verb"),
        ("a", "Bogor", "PERSON", "Bogor", "person_after_source_cue", "person_after_source_cue"),
        # read as a person by a speech verb once, by its shape once: the town's word stays apart
        ("b", "Depok Raharjo", "PERSON", "Depok Raharjo", "village_gazetteer", "name_model_vote"),
        ("b", "Depok", "PERSON", "Depok", "person_after_speech_verb", "person_after_speech_verb"),
        ("b", "Depok", "PERSON", "Depok", "city_gazetteer", "name_model_vote"),
    ))
    assert entity_of(mentions, "a", "Bogor") == {"E-Bogor Raharjo"}
    assert entity_of(mentions, "b", "Depok") == {"E-Depok"}


def test_a_word_other_documents_name_alone_stays_the_collection_s_entity():
    _, mentions = join_settled_short_forms(*frames(
        ("a", "Keamanan Wiratno", "PERSON", "Keamanan Wiratno", "person_by_shape", "person_by_shape"),
        ("a", "Wiratno", "PERSON", "Wiratno", "person_after_speech_verb", "person_after_speech_verb"),
        ("b", "Wiratno", "PERSON", "Wiratno", "person_after_speech_verb", "person_after_speech_verb"),
    ))
    assert entity_of(mentions, "a", "Wiratno") == entity_of(mentions, "b", "Wiratno") == {"E-Wiratno"}


def test_a_word_fitting_two_people_a_place_or_a_body_read_by_a_cue_stays_apart():
    _, mentions = join_settled_short_forms(*frames(
        ("a", "Rina Sari", "PERSON", "Rina Sari", "not_person_shaped", "not_person_shaped"),
        ("a", "Dewi Sari", "PERSON", "Dewi Sari", "person_by_shape", "person_by_shape"),
        ("a", "Sari", "PERSON", "Sari", "single_word", "single_word"),
        ("b", "Tono Cibening", "PERSON", "Tono Cibening", "name_of_thing", "name_of_thing"),
        ("b", "Cibening", "LOC", "Cibening", "place_context_word", "place_context_word"),
        ("c", "Lintas Rovers", "PERSON", "Lintas Rovers", "not_person_shaped", "not_person_shaped"),
        ("c", "Lintas", "ORG", "Lintas", "organisation_context_word", "organisation_context_word"),
        ("d", "Ivan Jepang", "PERSON", "Ivan Jepang", "person_by_shape", "person_by_shape"),
        ("d", "Jepang", "ORG", "Jepang", "single_word", "single_word"),
        ("e", "Pasar Tono Raharjo", "PERSON", "Pasar Tono Raharjo", "person_by_shape", "person_by_shape"),
        ("e", "Pasar", "ORG", "Pasar", "single_word", "single_word"),
    ))
    assert entity_of(mentions, "a", "Sari") == {"E-Sari"}
    assert entity_of(mentions, "b", "Cibening") == {"E-Cibening"}
    assert entity_of(mentions, "c", "Lintas") == {"E-Lintas"}
    assert entity_of(mentions, "d", "Jepang") == {"E-Jepang"}  # a country of the gazetteer
    assert entity_of(mentions, "e", "Pasar") == {"E-Pasar"}  # a word of the vocabulary


def test_a_word_of_the_vocabulary_a_cue_makes_speak_joins_the_full_name_it_ends():
    # a team's head read `Tim X`, the vote made it a person: `kata X` is his; a word no cue makes speak (a headline's) is not
    _, mentions = join_settled_short_forms(*frames(
        ("a", "Tim Pasar", "PERSON", "Tim Pasar", "organisation_head", "name_model_vote"),
        ("a", "Pasar", "PERSON", "Pasar", "single_word", "type_vote"),
        ("a", "Pasar", "PERSON", "Pasar", "person_after_speech_verb", "person_after_speech_verb"),
        ("b", "Tim Lapak", "PERSON", "Tim Lapak", "organisation_head", "name_model_vote"),
        ("b", "Lapak", "PERSON", "Lapak", "single_word", "type_vote"),
    ))
    assert entity_of(mentions, "a", "Pasar") == {"E-Tim Pasar"}
    assert entity_of(mentions, "b", "Lapak") == {"E-Lapak"}


def test_a_town_taken_for_a_part_of_a_name_the_vote_made_a_club_is_the_town_again():
    entities, mentions = release_towns_of_no_person(*frames(
        ("a", "Sporting Radom", "ORG", "Sporting Radom", "person_by_shape", "type_vote"),
        ("a", "Sporting Radom", "ORG", "Radom", "city_gazetteer", "person_short_form"),
        ("b", "Radom", "LOC", "Radom", "place_context_word", "place_context_word"),
    ))
    assert entity_of(mentions, "a", "Radom") == {"E-Radom"}
    assert mentions.filter(pl.col("doc_id") == "a").select("type", "type_rule").rows()[1] == ("LOC", TOWN_OF_NO_PERSON)
    rows = {row["name"]: row for row in entities.iter_rows(named=True)}
    assert rows["Sporting Radom"]["aliases"] == ["Sporting Radom"] and rows["Radom"]["mention_count"] == 2


def test_a_town_no_entity_names_alone_stays_with_the_club_it_was_joined_to():
    # in a club's report the town alone is the club (`Kielce menyatakan`): with no entity of its own, it stays
    entities, mentions = release_towns_of_no_person(*frames(
        ("a", "Kielce Dream", "ORG", "Kielce Dream", "person_by_shape", "type_vote"),
        ("a", "Kielce Dream", "ORG", "Kielce", "city_gazetteer", "tie_break"),
    ))
    assert entity_of(mentions, "a", "Kielce") == {"E-Kielce Dream"} and entities["name"].to_list() == ["Kielce Dream"]


def test_a_town_stays_in_a_person_s_name_and_in_a_name_opened_by_a_given_name():
    _, mentions = release_towns_of_no_person(*frames(
        ("a", "Tono Radom", "PERSON", "Tono Radom", "person_by_shape", "person_by_shape"),
        ("a", "Tono Radom", "PERSON", "Radom", "city_gazetteer", "person_short_form"),
        ("b", "Rina Opole", "LOC", "Rina Opole", "person_by_shape", "type_vote"),  # a person the vote misread as a place
        ("b", "Rina Opole", "LOC", "Opole", "city_gazetteer", "person_short_form"),
        ("c", "Radom", "LOC", "Radom", "place_context_word", "place_context_word"),
        ("c", "Opole", "LOC", "Opole", "place_context_word", "place_context_word"),
    ))
    assert entity_of(mentions, "a", "Radom") == {"E-Tono Radom"} and entity_of(mentions, "b", "Opole") == {"E-Rina Opole"}


def test_a_word_alone_misspelling_a_word_of_a_person_s_name_is_that_person():
    entities, mentions = join_misspelt_names(*frames(
        ("a", "Rudi Westbrane", "PERSON", "Rudi Westbrane", "person_by_shape", "person_by_shape"),
        ("a", "Rudi Westbrane", "PERSON", "Westbrane", "single_word", "person_short_form"),
        ("a", "Wesbrane", "PERSON", "Wesbrane", "person_after_speech_verb", "person_after_speech_verb"),  # a letter dropped
        ("b", "Lina Kartowijoyo", "PERSON", "Lina Kartowijoyo", "person_by_shape", "person_by_shape"),
        ("b", "Kratowijoyo", "PERSON", "Kratowijoyo", "single_word", "single_word"),  # two letters swapped
        ("c", "Tari Marbunsyah", "PERSON", "Tari Marbunsyah", "person_by_shape", "person_by_shape"),
        ("c", "Marbunsyahs", "PERSON", "Marbunsyahs", "single_word", "single_word"),  # a letter added
    ))
    assert entity_of(mentions, "a", "Wesbrane") == {"E-Rudi Westbrane"}
    assert entity_of(mentions, "b", "Kratowijoyo") == {"E-Lina Kartowijoyo"}
    assert entity_of(mentions, "c", "Marbunsyahs") == {"E-Tari Marbunsyah"}
    assert mentions.filter(pl.col("text") == "Wesbrane")["type_rule"].to_list() == [MISSPELT_NAME]
    rows = {row["name"]: row for row in entities.iter_rows(named=True)}
    assert rows["Rudi Westbrane"]["aliases"] == ["Rudi Westbrane", "Wesbrane", "Westbrane"] and rows["Rudi Westbrane"]["mention_count"] == 3
    assert "Wesbrane" not in rows


def test_a_word_alone_misspelling_the_word_another_person_is_named_by_more_often_is_that_person():
    _, mentions = join_misspelt_names(*frames(
        ("a", "Westbrane", "PERSON", "Westbrane", "person_after_speech_verb", "person_after_speech_verb"),
        ("a", "Westbrane", "PERSON", "Westbrane", "single_word", "type_vote"),
        ("a", "Wesbrane", "PERSON", "Wesbrane", "single_word", "single_word"),  # once, a letter dropped
        # as often as the other: either may be the slip
        ("b", "Kartowijoyo", "PERSON", "Kartowijoyo", "person_after_speech_verb", "person_after_speech_verb"),
        ("b", "Kratowijoyo", "PERSON", "Kratowijoyo", "person_after_speech_verb", "person_after_speech_verb"),
        # written three times: a name of its own, though the other is written more often still
        *[("c", "Marbunsyah", "PERSON", "Marbunsyah", "single_word", "single_word")] * 4,
        *[("c", "Marbunsyih", "PERSON", "Marbunsyih", "single_word", "single_word")] * 3,
    ))
    assert entity_of(mentions, "a", "Wesbrane") == {"E-Westbrane"}
    assert entity_of(mentions, "b", "Kratowijoyo") == {"E-Kratowijoyo"} and entity_of(mentions, "b", "Kartowijoyo") == {"E-Kartowijoyo"}
    assert entity_of(mentions, "c", "Marbunsyih") == {"E-Marbunsyih"}


def test_a_word_alone_that_may_be_another_person_s_name_stays_apart():
    _, mentions = join_misspelt_names(*frames(
        # a last vowel for another: a man and a woman of one family name
        ("a", "Dewi Sulistyanto", "PERSON", "Dewi Sulistyanto", "person_by_shape", "person_by_shape"),
        ("a", "Sulistyanti", "PERSON", "Sulistyanti", "person_after_speech_verb", "person_after_speech_verb"),
        # a given name of the list on either side
        ("b", "Lina Rahmat", "PERSON", "Lina Rahmat", "person_by_shape", "person_by_shape"),
        ("b", "Rahman", "PERSON", "Rahman", "person_after_speech_verb", "person_after_speech_verb"),
        # two slips away, or fitting two people
        ("c", "Tono Bramantyo", "PERSON", "Tono Bramantyo", "person_by_shape", "person_by_shape"),
        ("c", "Bramnatya", "PERSON", "Bramnatya", "single_word", "single_word"),
        ("d", "Tono Harjanto", "PERSON", "Tono Harjanto", "person_by_shape", "person_by_shape"),
        ("d", "Rina Harjonto", "PERSON", "Rina Harjonto", "person_by_shape", "person_by_shape"),
        ("d", "Harjento", "PERSON", "Harjento", "single_word", "single_word"),
        # named more often than the person it would join: a name of its own
        ("e", "Budi Sasmitra", "PERSON", "Budi Sasmitra", "person_by_shape", "person_by_shape"),
        ("e", "Sasmita", "PERSON", "Sasmita", "person_after_speech_verb", "person_after_speech_verb"),
        ("e", "Sasmita", "PERSON", "Sasmita", "person_before_speech_verb", "person_before_speech_verb"),
        # named by other documents too
        ("f", "Wati Gunarsah", "PERSON", "Wati Gunarsah", "person_by_shape", "person_by_shape"),
        ("f", "Gunarsa", "PERSON", "Gunarsa", "person_after_speech_verb", "person_after_speech_verb"),
        ("g", "Gunarsa", "PERSON", "Gunarsa", "person_after_speech_verb", "person_after_speech_verb"),
    ))
    for doc, word in (("a", "Sulistyanti"), ("b", "Rahman"), ("c", "Bramnatya"), ("d", "Harjento"), ("e", "Sasmita"), ("f", "Gunarsa")):
        assert entity_of(mentions, doc, word) == {f"E-{word}"}, word


def test_a_word_alone_clipping_a_word_of_a_person_s_full_name_is_that_person():
    entities, mentions = join_clipped_names(*frames(
        # the full name read as a thing by its vocabulary, the vote made it a person: the clip stayed apart
        ("a", "Wonnirana Murni", "PERSON", "Wonnirana Murni", "name_of_thing", "name_model_vote"),
        ("a", "Wonni", "PERSON", "Wonni", "person_after_speech_verb", "person_after_speech_verb"),
        ("a", "Wonni", "PERSON", "Wonni", "single_word", "type_vote"),
    ))
    assert entity_of(mentions, "a", "Wonni") == {"E-Wonnirana Murni"}
    assert set(mentions.filter(pl.col("text") == "Wonni")["type_rule"]) == {CLIPPED_NAME}
    rows = {row["name"]: row for row in entities.iter_rows(named=True)}
    assert set(rows) == {"Wonnirana Murni"} and rows["Wonnirana Murni"]["mention_count"] == 3


def test_a_clip_that_is_a_given_name_fits_two_people_or_is_named_elsewhere_stays_apart():
    _, mentions = join_clipped_names(*frames(
        # a given name of another country: as often another person (`Andre` beside `Andreas`)
        ("a", "Andreas Tarrowi", "PERSON", "Andreas Tarrowi", "person_by_shape", "person_by_shape"),
        ("a", "Andre", "PERSON", "Andre", "person_after_speech_verb", "person_after_speech_verb"),
        # clipping words of two people's names
        ("b", "Wonnirana Murni", "PERSON", "Wonnirana Murni", "person_by_shape", "person_by_shape"),
        ("b", "Wonnisari Tarrow", "PERSON", "Wonnisari Tarrow", "person_by_shape", "person_by_shape"),
        ("b", "Wonni", "PERSON", "Wonni", "person_after_speech_verb", "person_after_speech_verb"),
        # named by another document too: somebody's name
        ("c", "Kelvoranto Budi", "PERSON", "Kelvoranto Budi", "person_by_shape", "person_by_shape"),
        ("c", "Kelvo", "PERSON", "Kelvo", "person_after_speech_verb", "person_after_speech_verb"),
        ("d", "Kelvo", "PERSON", "Kelvo", "person_after_speech_verb", "person_after_speech_verb"),
    ))
    for doc, word in (("a", "Andre"), ("b", "Wonni"), ("c", "Kelvo")):
        assert entity_of(mentions, doc, word) == {f"E-{word}"}, word


def test_a_word_alone_opening_the_one_word_name_of_a_body_is_that_body():
    _, mentions = join_clipped_bodies(*frames(
        ("a", "Wonfordia", "ORG", "Wonfordia", "club_in_club_report", "club_in_club_report"),
        ("a", "Wonf", "PERSON", "Wonf", "single_word", "name_model_vote"),  # the vote made the clip a person
        # a clip opening two bodies' names, or a word that opens a longer name of its document, stays apart
        ("b", "Tarrowan", "ORG", "Tarrowan", "single_word", "single_word"),
        ("b", "Tarrowin", "ORG", "Tarrowin", "single_word", "single_word"),
        ("b", "Tarr", "ORG", "Tarr", "single_word", "single_word"),
        ("c", "Astropadu", "ORG", "Astropadu", "single_word", "single_word"),
        ("c", "Astro", "ORG", "Astro", "single_word", "single_word"),
        ("c", "Astro Lab", "ORG", "Astro Lab", "organisation_tail_or_site", "organisation_tail_or_site"),
        # one letter left out is a slip or another name (`Persib`, `Persiba`), not a clip
        ("d", "Wonkela", "ORG", "Wonkela", "single_word", "single_word"),
        ("d", "Wonkel", "ORG", "Wonkel", "single_word", "single_word"),
    ))
    assert entity_of(mentions, "a", "Wonf") == {"E-Wonfordia"}
    assert mentions.filter(pl.col("text") == "Wonf")["type_rule"].to_list() == [CLIPPED_BODY]
    for doc, word in (("b", "Tarr"), ("c", "Astro"), ("d", "Wonkel")):
        assert entity_of(mentions, doc, word) == {f"E-{word}"}, word


def test_a_clip_closing_on_a_vowel_of_its_own_is_the_body_it_opens_but_for_that_vowel():
    _, mentions = join_clipped_bodies(*frames(
        ("a", "Wonkrelona", "ORG", "Wonkrelona", "club_in_club_report", "club_in_club_report"),
        ("a", "Wonka", "ORG", "Wonka", "single_word", "single_word"),
        # a consonant the name does not go on with is another word
        ("b", "Wonkrelona", "ORG", "Wonkrelona", "club_in_club_report", "club_in_club_report"),
        ("b", "Wonkt", "ORG", "Wonkt", "single_word", "single_word"),
    ))
    assert entity_of(mentions, "a", "Wonka") == {"E-Wonkrelona"}
    assert entity_of(mentions, "b", "Wonkt") == {"E-Wonkt"}


def test_an_article_before_a_word_of_one_club_s_name_is_that_club():
    _, mentions = join_articled_club_words(*frames(
        ("a", "Real Wonford", "ORG", "Real Wonford", "club_by_designator", "club_by_designator"),
        ("a", "El Real", "ORG", "El Real", "single_word", "name_model_vote"),
        ("a", "Tarrowmont City", "ORG", "Tarrowmont City", "club_by_designator", "club_by_designator"),
        ("a", "The Tarrows", "ORG", "The Tarrows", "single_word", "single_word"),  # opens like the club's word
        # a word two clubs share, a club's nickname of other words, a word of a body no club reading made
        ("b", "Real Wonford", "ORG", "Real Wonford", "club_by_designator", "club_by_designator"),
        ("b", "Real Sukamaju", "ORG", "Real Sukamaju", "club_by_designator", "club_by_designator"),
        ("b", "El Real", "ORG", "El Real", "single_word", "name_model_vote"),
        ("c", "Tarrowmont City", "ORG", "Tarrowmont City", "club_by_designator", "club_by_designator"),
        ("c", "The Citizens", "ORG", "The Citizens", "single_word", "single_word"),
        ("d", "Wonford Times", "ORG", "Wonford Times", "organisation_tail_or_site", "organisation_tail_or_site"),
        ("d", "The Times", "ORG", "The Times", "single_word", "single_word"),
    ))
    assert entity_of(mentions, "a", "El Real") == {"E-Real Wonford"}
    assert entity_of(mentions, "a", "The Tarrows") == {"E-Tarrowmont City"}
    assert entity_of(mentions, "b", "El Real") == {"E-El Real"}
    assert entity_of(mentions, "c", "The Citizens") == {"E-The Citizens"}
    assert entity_of(mentions, "d", "The Times") == {"E-The Times"}


def test_a_full_name_one_word_of_which_is_a_slip_of_a_person_s_full_name_is_that_person():
    entities, mentions = join_misspelt_full_names(*frames(
        ("a", "Zarmi Wonford", "PERSON", "Zarmi Wonford", "person_after_title", "person_after_title"),
        ("a", "Zarmi Wonford", "PERSON", "Zarmi", "single_word", "person_short_form"),
        ("a", "Zarmi Wonfort", "PERSON", "Zarmi Wonfort", "person_by_shape", "person_by_shape"),  # a letter replaced
        # read as a place by the preposition before it: the slip joins whatever the vote made of it
        ("b", "Tono Bahrudin", "PERSON", "Tono Bahrudin", "person_by_shape", "person_by_shape"),
        ("b", "Tono Bahrudin", "PERSON", "Bahrudin", "single_word", "person_short_form"),
        ("b", "Tono Bahrundin", "LOC", "Tono Bahrundin", "place_preposition", "place_preposition"),  # a letter added
    ))
    assert entity_of(mentions, "a", "Zarmi Wonfort") == {"E-Zarmi Wonford"}
    assert entity_of(mentions, "b", "Tono Bahrundin") == {"E-Tono Bahrudin"}
    assert set(mentions.filter(pl.col("text").is_in(["Zarmi Wonfort", "Tono Bahrundin"]))["type_rule"]) == {MISSPELT_FULL_NAME}
    assert set(entities["name"]) == {"Zarmi Wonford", "Tono Bahrudin"}


def test_full_names_apart_by_more_than_a_slip_by_a_last_vowel_or_written_more_often_stay_apart():
    _, mentions = join_misspelt_full_names(*frames(
        # a last vowel for another: a brother and a sister
        ("a", "Rina Sulistyanto", "PERSON", "Rina Sulistyanto", "person_by_shape", "person_by_shape"),
        ("a", "Rina Sulistyanti", "PERSON", "Rina Sulistyanti", "person_by_shape", "person_by_shape"),
        # two words apart, or one word two slips away
        ("b", "Tono Wonford", "PERSON", "Tono Wonford", "person_by_shape", "person_by_shape"),
        ("b", "Tina Wonfort", "PERSON", "Tina Wonfort", "person_by_shape", "person_by_shape"),
        ("c", "Budi Tarrowin", "PERSON", "Budi Tarrowin", "person_by_shape", "person_by_shape"),
        ("c", "Budi Tarmawin", "PERSON", "Budi Tarmawin", "person_by_shape", "person_by_shape"),
        # written more often than the name it is a slip of (and named in another document): a name of its own
        ("d", "Lina Kelvorin", "PERSON", "Lina Kelvorin", "person_by_shape", "person_by_shape"),
        ("d", "Lina Kelvoran", "PERSON", "Lina Kelvoran", "person_by_shape", "person_by_shape"),
        ("d", "Lina Kelvoran", "PERSON", "Lina Kelvoran", "person_after_title", "person_after_title"),
        ("e", "Lina Kelvoran", "PERSON", "Lina Kelvoran", "person_by_shape", "person_by_shape"),
        # written as often (once each): the later one is the slip
        ("f", "Sari Wonmara", "PERSON", "Sari Wonmara", "person_by_shape", "person_by_shape"),
        ("f", "Sari Wonmaras", "PERSON", "Sari Wonmaras", "person_by_shape", "person_by_shape"),
    ))
    for doc, name in (("a", "Rina Sulistyanti"), ("a", "Rina Sulistyanto"), ("b", "Tina Wonfort"), ("c", "Budi Tarmawin"),
                      ("d", "Lina Kelvoran"), ("f", "Sari Wonmara")):
        assert entity_of(mentions, doc, name) == {f"E-{name}"}, name
    assert entity_of(mentions, "d", "Lina Kelvorin") == {"E-Lina Kelvoran"}  # the rarer form joins the other
    assert entity_of(mentions, "f", "Sari Wonmaras") == {"E-Sari Wonmara"}


def test_a_slip_in_a_place_s_or_a_body_s_full_name_joins_it_unless_the_slip_is_a_word_of_its_own():
    _, mentions = join_misspelt_full_names(*frames(
        ("a", "Nagari Wonkarta", "LOC", "Nagari Wonkarta", "place_head_or_tail", "place_head_or_tail"),
        ("a", "Nagari Wonkarta", "LOC", "Nagari Wonkarta", "place_head_or_tail", "place_head_or_tail"),
        ("a", "Nagari Wonkata", "LOC", "Nagari Wonkata", "place_head_or_tail", "place_head_or_tail"),  # a letter dropped
        ("b", "Yayasan Bintarsa", "ORG", "Yayasan Bintarsa", "organisation_head", "organisation_head"),
        ("b", "Yayasan Bintasa", "PERSON", "Yayasan Bintasa", "person_by_shape", "person_by_shape"),
        # the other word a town of its own, a word of the vocabulary or a number: another place, another team
        ("c", "Kota Batu", "LOC", "Kota Batu", "place_head_or_tail", "place_head_or_tail"),
        ("c", "Kota Baru", "LOC", "Kota Baru", "place_head_or_tail", "place_head_or_tail"),
        ("d", "Timnas U-19", "ORG", "Timnas U-19", "organisation_head", "organisation_head"),
        ("d", "Timnas U-16", "ORG", "Timnas U-16", "organisation_head", "organisation_head"),
    ))
    assert entity_of(mentions, "a", "Nagari Wonkata") == {"E-Nagari Wonkarta"}
    assert entity_of(mentions, "b", "Yayasan Bintasa") == {"E-Yayasan Bintarsa"}
    for doc, name in (("c", "Kota Baru"), ("c", "Kota Batu"), ("d", "Timnas U-16"), ("d", "Timnas U-19")):
        assert entity_of(mentions, doc, name) == {f"E-{name}"}, name


def spanned(*rows: tuple[str, str, str, int, int, str]) -> tuple[pl.DataFrame, pl.DataFrame]:
    """(doc_id, entity name, type, start, end, rule) -> the settled entities and their mentions, at the offsets given."""
    entities, mentions = frames(*((doc, name, type_, name, rule, rule) for doc, name, type_, _, _, rule in rows))
    return entities, mentions.with_columns(start=pl.Series([row[3] for row in rows], dtype=pl.Int64),
                                           end=pl.Series([row[4] for row in rows], dtype=pl.Int64))


def test_a_place_written_only_inside_a_body_s_name_is_no_entity_of_its_document():
    entities, mentions = drop_names_only_inside_names(*spanned(
        ("a", "Bank Sentral Wakanda", "ORG", 0, 20, "organisation_head"),
        ("a", "Wakanda", "LOC", 13, 20, "nested_known_place"),
        ("b", "Bank Sentral Wakanda", "ORG", 0, 20, "organisation_head"),
        ("b", "Wakanda", "LOC", 13, 20, "nested_known_place"),
        ("b", "Wakanda", "LOC", 40, 47, "known_name"),  # written alone too: every mention stays
        ("c", "Jalur Sukamaju", "ORG", 0, 14, "organisation_head"),
        ("c", "Sukamaju", "LOC", 6, 14, "known_name"),  # inside a name by another reading: the reader's own place
    ))
    assert set(mentions.filter(pl.col("doc_id") == "a")["entity_id"]) == {"E-Bank Sentral Wakanda"}
    assert mentions.filter(pl.col("entity_id") == "E-Wakanda")["doc_id"].to_list() == ["b", "b"]
    assert entity_of(mentions, "c", "Sukamaju") == {"E-Sukamaju"}
    wakanda = entities.filter(pl.col("name") == "Wakanda").row(0, named=True)
    assert (wakanda["mention_count"], wakanda["document_count"]) == (2, 1)


def test_a_body_named_by_the_first_words_of_one_longer_body_of_its_document_is_that_body():
    entities, mentions = join_body_short_forms(*frames(
        ("a", "Lumbara Putera", "ORG", "Lumbara Putera", "name_of_thing", "name_model_vote"),
        ("a", "Lumbara", "ORG", "Lumbara", "single_word", "single_word"),
        ("b", "PT Sinar Wangsa Abadi", "ORG", "PT Sinar Wangsa Abadi", "organisation_head", "organisation_head"),
        ("b", "Sinar Wangsa", "ORG", "Sinar Wangsa", "not_person_shaped", "name_model_vote"),
        ("c", "Aliansi Petani Sukamaju", "ORG", "Aliansi Petani Sukamaju", "organisation_head", "organisation_head"),
        ("c", "Aliansi Petani", "ORG", "Aliansi Petani", "organisation_head", "organisation_head"),
        ("d", "PT Tirta Lestari Mandiri", "ORG", "PT Tirta Lestari Mandiri", "organisation_head", "organisation_head"),
        ("d", "PT Tirta", "ORG", "PT Tirta", "organisation_head", "organisation_head"),
        # a word of the vocabulary after a legal form names the company (`pos` is a word)
        ("e", "PT Pos Nusantara", "ORG", "PT Pos Nusantara", "organisation_head", "organisation_head"),
        ("e", "PT Pos", "ORG", "PT Pos", "organisation_head", "organisation_head"),
    ))
    assert entity_of(mentions, "e", "PT Pos") == {"E-PT Pos Nusantara"}
    assert entity_of(mentions, "a", "Lumbara") == {"E-Lumbara Putera"}
    assert entity_of(mentions, "b", "Sinar Wangsa") == {"E-PT Sinar Wangsa Abadi"}  # after the legal form
    assert entity_of(mentions, "d", "PT Tirta") == {"E-PT Tirta Lestari Mandiri"}  # the legal form opening both
    assert entity_of(mentions, "c", "Aliansi Petani") == {"E-Aliansi Petani Sukamaju"}
    assert mentions.filter(pl.col("text") == "Lumbara")["type_rule"].to_list() == [BODY_SHORT_FORM]
    rows = {row["name"]: row for row in entities.iter_rows(named=True)}
    assert set(rows) == {"Lumbara Putera", "PT Sinar Wangsa Abadi", "Aliansi Petani Sukamaju", "PT Tirta Lestari Mandiri",
                         "PT Pos Nusantara"}
    assert rows["Lumbara Putera"]["aliases"] == ["Lumbara", "Lumbara Putera"] and rows["Lumbara Putera"]["mention_count"] == 2


def test_a_body_named_by_the_first_and_last_words_or_the_name_after_the_head_of_one_longer_body_is_that_body():
    _, mentions = join_body_short_forms(*frames(
        ("a", "Badan Penelitian dan Pembinaan Tanaman", "ORG", "Badan Penelitian dan Pembinaan Tanaman", "organisation_head",
         "organisation_head"),
        ("a", "Badan Tanaman", "ORG", "Badan Tanaman", "organisation_head", "organisation_head"),
        # words out of the longer name's order, or its last word left out: no short form of it
        ("b", "Dewan Kesenian Rakyat Sukamaju", "ORG", "Dewan Kesenian Rakyat Sukamaju", "organisation_head", "organisation_head"),
        ("b", "Dewan Rakyat", "ORG", "Dewan Rakyat", "organisation_head", "organisation_head"),
        ("c", "Dewan Kesenian Rakyat Wonoraja", "ORG", "Dewan Kesenian Rakyat Wonoraja", "organisation_head", "organisation_head"),
        ("c", "Dewan Rakyat Kesenian Wonoraja", "ORG", "Dewan Rakyat Kesenian Wonoraja", "organisation_head", "organisation_head"),
        ("f", "Timnas U21 Wonoraja", "ORG", "Timnas U21 Wonoraja", "organisation_head", "organisation_head"),
        ("f", "Timnas Wonoraja", "ORG", "Timnas Wonoraja", "organisation_head", "organisation_head"),
        ("d", "Universitas Wonfordia", "ORG", "Universitas Wonfordia", "organisation_head", "organisation_head"),
        ("d", "Wonfordia", "ORG", "Wonfordia", "single_word", "name_model_vote"),
        ("e", "Sinar Tirtana", "ORG", "Sinar Tirtana", "not_person_shaped", "not_person_shaped"),
        ("e", "Tirtana", "ORG", "Tirtana", "single_word", "name_model_vote"),
    ))
    assert entity_of(mentions, "a", "Badan Tanaman") == {"E-Badan Penelitian dan Pembinaan Tanaman"}
    assert entity_of(mentions, "d", "Wonfordia") == {"E-Universitas Wonfordia"}  # a body's head then its name
    assert entity_of(mentions, "e", "Tirtana") == {"E-Tirtana"}  # no body's head: a name of two words
    assert entity_of(mentions, "f", "Timnas Wonoraja") == {"E-Timnas Wonoraja"}  # an age group left out: another team
    assert entity_of(mentions, "b", "Dewan Rakyat") == {"E-Dewan Rakyat"}
    assert entity_of(mentions, "c", "Dewan Rakyat Kesenian Wonoraja") == {"E-Dewan Rakyat Kesenian Wonoraja"}


def test_a_body_s_short_form_fitting_two_bodies_a_place_a_word_or_other_documents_stays_apart():
    _, mentions = join_body_short_forms(*frames(
        ("a", "Lumbara United", "ORG", "Lumbara United", "organisation_tail_or_site", "organisation_tail_or_site"),
        ("a", "Lumbara City", "ORG", "Lumbara City", "club_of_city_named_city", "club_of_city_named_city"),
        ("a", "Lumbara", "ORG", "Lumbara", "single_word", "single_word"),
        ("b", "Jakarta Lestari Raya", "ORG", "Jakarta Lestari Raya", "not_person_shaped", "name_model_vote"),
        ("b", "Jakarta", "ORG", "Jakarta", "city_gazetteer", "name_model_vote"),  # a name of the gazetteer
        ("c", "Bank Sinar Wangsa", "ORG", "Bank Sinar Wangsa", "organisation_head", "organisation_head"),
        ("c", "Bank", "ORG", "Bank", "single_word", "single_word"),  # a word of the vocabulary
        ("d", "Tirtamas Group", "ORG", "Tirtamas Group", "organisation_tail_or_site", "organisation_tail_or_site"),
        ("d", "Tirtamas", "ORG", "Tirtamas", "single_word", "single_word"),
        ("e", "Tirtamas", "ORG", "Tirtamas", "single_word", "single_word"),  # written alone in another document too
        ("f", "Rina Sari", "PERSON", "Rina Sari", "person_by_shape", "person_by_shape"),
        ("f", "Rina", "ORG", "Rina", "single_word", "single_word"),  # the longer name is no body
        ("g", "Lintas Jaya", "ORG", "Lintas Jaya", "not_person_shaped", "not_person_shaped"),
        ("g", "Lintas Jaya Baru", "ORG", "Lintas Jaya Baru", "organisation_head", "organisation_head"),
        ("g", "Lintas Jaya Lama", "ORG", "Lintas Jaya Lama", "organisation_head", "organisation_head"),
        ("h", "Dinas Wisata Sukamaju Maria", "ORG", "Dinas Wisata Sukamaju Maria", "organisation_head", "organisation_head"),
        ("h", "Dinas Wisata Sukamaju", "ORG", "Dinas Wisata Sukamaju", "organisation_head", "organisation_head"),
        ("i", "Wonford Stadium", "ORG", "Wonford Stadium", "place_head_or_tail", "name_model_vote"),
        ("i", "Wonford", "ORG", "Wonford", "single_word", "single_word"),  # the club, not the stadium named after it
        ("j", "KPU Sukamaju", "ORG", "KPU Sukamaju", "organisation_head", "organisation_head"),
        ("j", "KPU", "ORG", "KPU", "known_name", "known_name"),  # the gazetteer's acronym, keyed as written
    ))
    assert entity_of(mentions, "a", "Lumbara") == {"E-Lumbara"}
    assert entity_of(mentions, "b", "Jakarta") == {"E-Jakarta"}
    assert entity_of(mentions, "c", "Bank") == {"E-Bank"}
    assert entity_of(mentions, "d", "Tirtamas") == {"E-Tirtamas"}
    assert entity_of(mentions, "f", "Rina") == {"E-Rina"} and entity_of(mentions, "i", "Wonford") == {"E-Wonford"}
    assert entity_of(mentions, "g", "Lintas Jaya") == {"E-Lintas Jaya"}
    assert entity_of(mentions, "h", "Dinas Wisata Sukamaju") == {"E-Dinas Wisata Sukamaju"}  # run on into a given name
    assert entity_of(mentions, "j", "KPU") == {"E-KPU"}  # the national body, not its regional office


def test_a_form_two_entities_of_one_type_write_in_a_document_is_the_one_writing_more_forms_there():
    entities, mentions = join_forms_written_twice(*frames(
        ("a", "Rina del Tono", "PERSON", "Rina del Tono", "person_by_shape", "person_by_shape"),
        ("a", "Rina del Tono", "PERSON", "Del Tono", "person_by_shape", "person_short_form"),
        ("a", "Del Tono", "PERSON", "Del Tono", "place_preposition", "name_model_vote"),   # read as a place once
        ("b", "Del Tono", "PERSON", "Del Tono", "person_after_speech_verb", "person_after_speech_verb"),
    ))
    assert entity_of(mentions, "a", "Del Tono") == {"E-Rina del Tono"}
    assert entity_of(mentions, "b", "Del Tono") == {"E-Del Tono"}  # another document: its own reading
    assert mentions.filter(pl.col("rule") == "place_preposition")["type_rule"].to_list() == [FORM_WRITTEN_TWICE]
    assert dict(entities.select("name", "mention_count").iter_rows()) == {"Rina del Tono": 3, "Del Tono": 1}


def test_forms_two_entities_write_alike_of_two_types_fitting_two_entities_or_not_retyped_stay_apart():
    _, mentions = join_forms_written_twice(*frames(
        ("a", "Lumbara", "ORG", "Lumbara", "single_word", "name_model_vote"),
        ("a", "Lumbara Raya", "ORG", "Lumbara", "single_word", "name_model_vote"),   # the same forms: no evidence
        ("b", "Tono Sukamaju", "PERSON", "Sukamaju", "person_short_form", "person_short_form"),
        ("b", "Tono Sukamaju", "PERSON", "Tono Sukamaju", "person_by_shape", "person_by_shape"),
        ("b", "Sukamaju", "LOC", "Sukamaju", "place_preposition", "name_model_vote"),   # a place: another type
        ("c", "Edge Lumbara", "ORG", "Lumbara", "single_word", "single_word"),
        ("c", "Edge Lumbara", "ORG", "Edge Lumbara", "single_word", "single_word"),
        ("c", "App Lumbara", "ORG", "Lumbara", "single_word", "single_word"),
        ("c", "App Lumbara", "ORG", "App Lumbara", "single_word", "single_word"),
        ("c", "Lumbara Co", "ORG", "Lumbara", "single_word", "name_model_vote"),   # two entities write it more fully
        # read as a person by the rules, not retyped: a name a boundary error also left inside a longer one stays
        ("d", "Tirta Wening Rina Sari", "PERSON", "Tirta Wening", "person_short_form", "person_short_form"),
        ("d", "Tirta Wening Rina Sari", "PERSON", "Tirta Wening Rina Sari", "person_by_shape", "person_by_shape"),
        ("d", "Tirta Wening", "PERSON", "Tirta Wening", "person_by_shape", "person_by_shape"),
    ))
    assert len(entity_of(mentions, "a", "Lumbara")) == 2
    assert entity_of(mentions, "b", "Sukamaju") == {"E-Tono Sukamaju", "E-Sukamaju"}
    assert len(entity_of(mentions, "c", "Lumbara")) == 3
    assert entity_of(mentions, "d", "Tirta Wening") == {"E-Tirta Wening Rina Sari", "E-Tirta Wening"}


def test_a_place_named_once_a_slip_from_a_place_its_document_writes_is_that_place():
    _, mentions = join_misspelt_places(*frames(
        ("a", "Lumbaria", "LOC", "Lumbaria", "known_name", "known_name"),
        ("a", "Lumbaria", "LOC", "Lumbaria", "place_preposition", "place_preposition"),
        ("a", "Lumbaira", "LOC", "Lumbaira", "single_word", "name_model_vote"),
        # two towns of Indonesia a letter apart, a word of the vocabulary: no slips
        ("b", "Pacitan", "LOC", "Pacitan", "city_gazetteer", "city_gazetteer"),
        ("b", "Paciran", "LOC", "Paciran", "city_gazetteer", "city_gazetteer"),
        ("c", "Bukit", "LOC", "Bukit", "place_preposition", "place_preposition"),
        ("c", "Bukti", "LOC", "Bukti", "place_preposition", "place_preposition"),
    ))
    assert entity_of(mentions, "a", "Lumbaira") == {"E-Lumbaria"}
    assert mentions.filter(pl.col("text") == "Lumbaira")["type_rule"].to_list() == [MISSPELT_PLACE]
    assert entity_of(mentions, "b", "Paciran") == {"E-Paciran"} and entity_of(mentions, "c", "Bukti") == {"E-Bukti"}


def test_a_body_named_once_a_slip_from_a_body_its_document_writes_more_often_is_that_body():
    _, mentions = join_misspelt_bodies(*frames(
        ("a", "Wonford", "ORG", "Wonford", "single_word", "single_word"),
        ("a", "Wonford", "ORG", "Wonford", "club_by_designator", "club_by_designator"),
        ("a", "Wonfrod", "PERSON", "Wonfrod", "single_word", "name_model_vote"),  # the vote's type says nothing of a slip
        # written as often: neither is the slip
        ("b", "Tarvolen", "ORG", "Tarvolen", "single_word", "single_word"),
        ("b", "Tarvlen", "ORG", "Tarvlen", "single_word", "single_word"),
        # a last letter more, or a word of a longer name the document writes: two clubs' names
        ("c", "Kelmor", "ORG", "Kelmor", "single_word", "single_word"),
        ("c", "Kelmor", "ORG", "Kelmor", "single_word", "single_word"),
        ("c", "Kelmora", "ORG", "Kelmora", "single_word", "single_word"),
        ("d", "Dorvant", "ORG", "Dorvant", "single_word", "single_word"),
        ("d", "Dorvant", "ORG", "Dorvant", "single_word", "single_word"),
        ("d", "Dovrant", "ORG", "Dovrant", "single_word", "single_word"),
        ("d", "Dovrant Wonotan", "ORG", "Dovrant Wonotan", "club_by_designator", "club_by_designator"),
    ))
    assert entity_of(mentions, "a", "Wonfrod") == {"E-Wonford"}
    assert mentions.filter(pl.col("text") == "Wonfrod")["type_rule"].to_list() == [MISSPELT_WORD]
    assert entity_of(mentions, "b", "Tarvlen") == {"E-Tarvlen"} and entity_of(mentions, "c", "Kelmora") == {"E-Kelmora"}
    assert entity_of(mentions, "d", "Dovrant") == {"E-Dovrant"}


def test_a_town_the_vote_made_a_body_is_the_one_club_its_document_names_after_it(monkeypatch):
    monkeypatch.setattr(after_vote, "_town_names", lambda: pl.Series(["lumbara", "tirta", "wonford"]))
    entities, mentions = join_towns_to_their_clubs(*frames(
        ("a", "Wonford United", "ORG", "Wonford United", "organisation_tail_or_site", "organisation_tail_or_site"),
        ("a", "Wonford", "ORG", "Wonford", "city_gazetteer", "name_model_vote"),
        # placed by its sentence (`di Lumbara`): the town, whatever the vote made of its entity
        ("b", "AC Lumbara", "ORG", "AC Lumbara", "club_after_letters", "club_after_letters"),
        ("b", "Lumbara", "ORG", "Lumbara", "place_preposition", "name_model_vote"),
        # two clubs of the town: either
        ("c", "Real Tirta", "ORG", "Real Tirta", "club_by_designator", "club_by_designator"),
        ("c", "Atletico Tirta", "ORG", "Atletico Tirta", "club_by_designator", "club_by_designator"),
        ("c", "Tirta", "ORG", "Tirta", "city_gazetteer", "name_model_vote"),
        # a company's name holding a club's word inside it is no club's
        ("d", "Wonford Racing Corporation", "ORG", "Wonford Racing Corporation", "organisation_tail_or_site", "name_model_vote"),
        ("d", "Wonford", "ORG", "Wonford", "city_gazetteer", "name_model_vote"),
    ))
    assert entity_of(mentions, "a", "Wonford") == {"E-Wonford United"}
    assert mentions.filter((pl.col("doc_id") == "a") & (pl.col("text") == "Wonford"))["type_rule"].to_list() == [TOWN_OF_CLUB]
    assert entity_of(mentions, "b", "Lumbara") == {"E-Lumbara"}
    assert entity_of(mentions, "c", "Tirta") == {"E-Tirta"}
    assert entity_of(mentions, "d", "Wonford") == {"E-Wonford"}


def test_a_name_written_alone_and_after_a_places_head_is_that_place(monkeypatch):
    monkeypatch.setattr(after_vote, "city_names", lambda: frozenset({"sukamaju"}))
    _, mentions = join_bare_place_names(*frames(
        ("a", "Bandara Wonoraya", "LOC", "Bandara Wonoraya", "place_head_or_tail", "place_head_or_tail"),
        ("a", "Wonoraya", "ORG", "Wonoraya", "single_word", "single_word"),  # a word alone's guess
        ("b", "Jalan Lumbara", "LOC", "Jalan Lumbara", "place_head_or_tail", "place_head_or_tail"),
        ("b", "Lumbara", "LOC", "Lumbara", "place_preposition", "place_preposition"),
        # a town of the gazetteer and its port are two places
        ("c", "Pelabuhan Sukamaju", "LOC", "Pelabuhan Sukamaju", "place_head_or_tail", "place_head_or_tail"),
        ("c", "Sukamaju", "LOC", "Sukamaju", "place_preposition", "place_preposition"),
        # a body a reading typed, and its building
        ("d", "Gedung KPTK", "LOC", "Gedung KPTK", "place_head_or_tail", "place_head_or_tail"),
        ("d", "KPTK", "ORG", "KPTK", "acronym", "acronym"),
        # listed beside other places: an area, whose beach is another place
        ("e", "Pantai Tirtasari", "LOC", "Pantai Tirtasari", "place_head_or_tail", "place_head_or_tail"),
        ("e", "Tirtasari", "LOC", "Tirtasari", "single_word", "coordination"),
        # two places of that name
        ("f", "Jalan Wonoraya", "LOC", "Jalan Wonoraya", "place_head_or_tail", "place_head_or_tail"),
        ("f", "Pasar Wonoraya", "LOC", "Pasar Wonoraya", "place_head_or_tail", "place_head_or_tail"),
        ("f", "Wonoraya", "ORG", "Wonoraya", "single_word", "single_word"),
        # a head in lower case: `pasar Sinarmas` is the company's market (share), no place
        ("g", "pasar Sinarmas", "LOC", "pasar Sinarmas", "lower_case_place_head", "lower_case_place_head"),
        ("g", "Sinarmas", "ORG", "Sinarmas", "single_word", "single_word"),
    ))
    assert entity_of(mentions, "a", "Wonoraya") == {"E-Bandara Wonoraya"}
    assert mentions.filter((pl.col("doc_id") == "a") & (pl.col("text") == "Wonoraya"))["type_rule"].to_list() == [BARE_PLACE_NAME]
    assert entity_of(mentions, "b", "Lumbara") == {"E-Jalan Lumbara"}
    assert entity_of(mentions, "c", "Sukamaju") == {"E-Sukamaju"}
    assert entity_of(mentions, "d", "KPTK") == {"E-KPTK"}
    assert entity_of(mentions, "e", "Tirtasari") == {"E-Tirtasari"}
    assert entity_of(mentions, "f", "Wonoraya") == {"E-Wonoraya"}
    assert entity_of(mentions, "g", "Sinarmas") == {"E-Sinarmas"}


def test_a_body_read_as_a_club_joins_the_one_club_named_after_it_with_its_clubs_word_across_documents():
    entities, mentions = join_clubs_without_their_word(*frames(
        ("a", "Wonford FC", "ORG", "Wonford FC", "organisation_tail_or_site", "club_by_designator"),
        ("b", "Wonford", "ORG", "Wonford", "city_gazetteer", "club_after_team_role"),
        ("c", "Wonford", "ORG", "Wonford", "city_gazetteer", "type_vote"),
        ("c", "Wonford", "ORG", "Wonford", "city_gazetteer", "type_vote"),
    ))
    assert entity_of(mentions, "a", "Wonford FC") == entity_of(mentions, "b", "Wonford") == {"E-Wonford"}  # the more mentioned
    assert mentions.filter(pl.col("text") == "Wonford FC")["type_rule"].to_list() == [CLUB_WITHOUT_WORD]
    assert entities.filter(pl.col("entity_id") == "E-Wonford")["aliases"].to_list() == [["Wonford", "Wonford FC"]]


def test_a_body_no_document_reads_as_a_club_or_named_by_two_clubs_stays_apart():
    entities, mentions = join_clubs_without_their_word(*frames(
        # a faculty's letters (`FK`) before a university's short form: the short form never read as a club
        ("a", "FK Unwara", "ORG", "FK Unwara", "organisation_head", "organisation_head"),
        ("b", "Unwara", "ORG", "Unwara", "defined_acronym", "defined_acronym"),
        # two clubs named after one town: which one the town's body is, nothing says
        ("c", "Real Tirta", "ORG", "Real Tirta", "club_by_designator", "club_by_designator"),
        ("d", "Atletico Tirta", "ORG", "Atletico Tirta", "club_by_designator", "club_by_designator"),
        ("e", "Tirta", "ORG", "Tirta", "city_gazetteer", "club_after_team_role"),
        # two clubs' words in a row: two clubs' names run together, no form of the one
        ("f", "Atletico Real Lumbara", "ORG", "Atletico Real Lumbara", "club_by_designator", "club_by_designator"),
        ("g", "Real Lumbara", "ORG", "Real Lumbara", "club_by_designator", "club_by_designator"),
        ("h", "Real Lumbara", "ORG", "Real Lumbara", "club_short_form", "club_short_form"),
    ))
    assert entity_of(mentions, "a", "FK Unwara") == {"E-FK Unwara"} and entity_of(mentions, "b", "Unwara") == {"E-Unwara"}
    assert entity_of(mentions, "e", "Tirta") == {"E-Tirta"}
    assert entity_of(mentions, "f", "Atletico Real Lumbara") == {"E-Atletico Real Lumbara"}
    assert CLUB_WITHOUT_WORD not in mentions["type_rule"].to_list()
