"""The name in the slot of a speaker phrase's apposition is a person in the entity tables, so the attributions agree."""

import polars as pl
import pytest

from tests.conftest import documents_from_texts
from transforms.attributions import attribute_quotes
from transforms.entities import attach_sentences, find_mentions, resolve_entities, type_appositive_speakers
from transforms.quotes import find_quotes
from transforms.sentences import split_sentences


def run(text: str) -> tuple[pl.DataFrame, pl.DataFrame, list[str | None]]:
    """(entities, mentions, speaker names) of one text, as the flow makes them."""
    documents = documents_from_texts({"doc0.txt": text})
    sentences = split_sentences(documents)
    quotes = find_quotes(documents, sentences)
    entities, mentions = resolve_entities(type_appositive_speakers(documents, find_mentions(documents), quotes))
    _, attributions = attribute_quotes(quotes, documents, entities, attach_sentences(mentions, sentences), sentences)
    names = dict(entities.select("entity_id", "name").iter_rows())
    speaking = attributions.filter(pl.col("role") == "speaker").sort("start")
    return entities, mentions, [names.get(e) for e in speaking["entity_id"]]


@pytest.mark.parametrize("name, expected_type, expected_speaker", [
    # a name alone after the speaker phrase's comma, read as a body by its word alone: a person, who speaks
    ("Handoko", "PERSON", "Handoko"),
    # a known city keeps its type: the slot names the office's place
    ("Bandung", "LOC", None),
])
def test_a_name_in_the_apposition_slot_of_a_speaker_phrase_is_a_person(name, expected_type, expected_speaker):
    text = f"Judul\n\n“Jalan ditutup,” kata Humas PT Lintas Raya cabang Sukamaju, {name}. Antrean {name} sudah lama."
    entities, mentions, speakers = run(text)
    assert dict(entities.select("name", "type").iter_rows())[name] == expected_type
    if expected_type == "PERSON":  # every mention of the name in the document, by the rule that decided it
        assert set(mentions.filter(pl.col("text") == name)["type_rule"]) == {"speaker_apposition"}
        assert speakers == [expected_speaker]


def test_no_quote_no_apposition():
    entities, _, _ = run("Judul\n\nHumas PT Lintas Raya cabang Sukamaju, Handoko, datang terlambat.")
    assert dict(entities.select("name", "type").iter_rows()).get("Handoko") != "PERSON"
