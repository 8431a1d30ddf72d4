import polars as pl

from transforms.entities.after_vote import SETTLED_SHORT_FORM, join_settled_short_forms
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
