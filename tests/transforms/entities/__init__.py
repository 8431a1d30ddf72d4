"""Helpers of the entity tests: one small invented Indonesian news text per case."""

import polars as pl

from tests.conftest import documents_from_texts
from transforms.entities import find_mentions, resolve_entities
from transforms.entity_keys import link_keys


def extract(*texts: str) -> tuple[pl.DataFrame, pl.DataFrame]:
    documents = documents_from_texts({f"doc{i}.txt": t for i, t in enumerate(texts)})
    return resolve_entities(link_keys(find_mentions(documents)))  # as the flow does


def typed_names(text: str) -> set[tuple[str, str]]:
    entities, _ = extract(text)
    return set(entities.select("name", "type").iter_rows())


def entity_of(mentions: pl.DataFrame, surface: str) -> set[str]:
    """The entity ids of the mentions written `surface`."""
    return set(mentions.filter(pl.col("text") == surface)["entity_id"].to_list())
