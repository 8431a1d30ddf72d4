"""scripts/mine_nicknames.py on invented collections: a nickname is the one body written beside it."""

import importlib.util

import polars as pl
import pytest

from tests.conftest import REPO
from transforms.entities.collection import known_epithets
from transforms.entities.vocabulary import normalise_key
from transforms.lexicon import table_rows

spec = importlib.util.spec_from_file_location("mine_nicknames", REPO / "scripts" / "mine_nicknames.py")
mine = importlib.util.module_from_spec(spec)
spec.loader.exec_module(mine)


def _collection(documents: dict[str, list[str]], types: dict[str, str]):
    entities = pl.DataFrame({"entity_id": list(types), "name": list(types), "type": list(types.values())})
    mentions = pl.DataFrame([(doc_id, name) for doc_id, names in documents.items() for name in names],
                            schema={"doc_id": pl.String, "entity_id": pl.String}, orient="row")
    return entities, mentions


def test_a_nickname_written_beside_one_body_in_nearly_every_document_is_that_body():
    types = {"The Kestrels": "ORG", "Sukamaju Rovers": "ORG", "Tono Raharjo": "PERSON", "Cibening City": "ORG", "Jakarta": "LOC"}
    # the club's coach is beside its nickname as often as the club: people are no partners; a rival club in one of four
    documents = {f"d{n}": ["The Kestrels", "Sukamaju Rovers", "Tono Raharjo", "Jakarta"] for n in range(4)}
    documents["d0"].append("Cibening City")
    assert mine.nicknames(*_collection(documents, types)) == [("The Kestrels", "Sukamaju Rovers", "ORG", 4, 1.0)]


def test_a_nickname_beside_two_bodies_as_often_or_in_too_few_documents_is_none():
    types = {"The Kestrels": "ORG", "Sukamaju Rovers": "ORG", "Cibening City": "ORG", "Los Halcones": "ORG"}
    rivals = {f"d{n}": ["The Kestrels", "Sukamaju Rovers", "Cibening City"] for n in range(4)}
    rare = {f"e{n}": ["Los Halcones", "Cibening City"] for n in range(mine.MIN_DOCUMENTS - 1)}
    assert mine.nicknames(*_collection(rivals | rare, types)) == []


def test_a_name_opened_by_an_article_and_a_given_name_is_a_person_not_a_nickname():
    types = {"I Ketut Wirana": "PERSON", "Polres Sukamaju": "ORG"}
    documents = {f"d{n}": ["I Ketut Wirana", "Polres Sukamaju"] for n in range(4)}
    assert mine.nicknames(*_collection(documents, types)) == []


def test_the_entity_stage_reads_the_mined_nicknames_with_the_epithets():
    rows = table_rows("nicknames.tsv")
    assert rows and all(known_epithets()[normalise_key(nickname)] == normalise_key(body) for nickname, body, *_ in rows)


def test_the_miner_reads_the_corpus_without_the_nicknames_it_mines(monkeypatch):
    # with them each nickname is its body's alias, no entity of its own, and a second run would mine nothing
    from transforms.entities import collection
    seen = []

    def resolve(extraction):
        seen.append(collection.EPITHET_FILES)
        raise RuntimeError("enough")

    monkeypatch.setattr(mine.ahead, "resolve", resolve)
    with pytest.raises(RuntimeError):
        mine.collection_entities({"a.txt": "Klub Sukamaju Rovers menang. The Kestrels unggul."})
    assert seen == [("epithets.tsv",)]  # neither mined file
    assert {"nicknames.tsv", "team_nicknames.tsv"} <= set(collection.EPITHET_FILES)  # restored


def test_a_teams_nickname_of_no_article_is_mined_only_where_the_corpus_writes_it_as_a_team():
    # a supporters' group is written beside its club as often as the club's nickname, but never after `tim`, `melawan`
    types = {"Macan Wirabumi": "ORG", "Wirabumania": "ORG", "Persimaju": "ORG", "Tono Raharjo": "PERSON"}
    documents = {f"d{n}": ["Macan Wirabumi", "Persimaju", "Tono Raharjo"] for n in range(4)}
    documents |= {f"e{n}": ["Wirabumania", "Persimaju"] for n in range(4)}
    texts = {"a.txt": "Persimaju menang atas tim Macan Wirabumi. Wirabumania bernyanyi.",
             "b.txt": "Persimaju kalah. Ribuan Wirabumania kecewa."}
    assert mine.team_nicknames(*_collection(documents, types), texts) == [("Macan Wirabumi", "Persimaju", "ORG", 4, 1.0)]


@pytest.mark.parametrize("name", ["Sleman", "Liga Wirabumi", "Polres Wirabumi", "Tono Wirabumi", "PSWB Wirabumi"])
def test_a_town_a_competition_a_body_with_a_head_a_person_or_letters_is_no_teams_nickname(name):
    types = {name: "ORG", "Persimaju": "ORG"}
    documents = {f"d{n}": [name, "Persimaju"] for n in range(4)}
    texts = {"a.txt": f"Persimaju menang atas tim {name}."}
    assert name not in {nickname for nickname, *_ in mine.team_nicknames(*_collection(documents, types), texts)}


def test_the_entity_stage_reads_the_mined_team_nicknames_with_the_epithets():
    rows = table_rows("team_nicknames.tsv")
    assert rows and all(known_epithets()[normalise_key(nickname)] == normalise_key(body) for nickname, body, *_ in rows)
