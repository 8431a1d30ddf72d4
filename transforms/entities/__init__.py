"""Entity mentions (PERSON, ORG, LOC) in Indonesian news text, found in each document and resolved
across the collection.

Per document (document.py): a context computed once (tokens.py: words, sentence starts, headings;
runs.py: the capitalised runs; context.py: the document's own evidence, such as one-word names it
uses and names it quotes alone), then the passes of `MENTION_PASSES` in order:

1. `read_runs`: each run is read by the readers of reading.py: titles peeled off the front, an office
   then a name split, gazetteer names, organisation and place heads; a name none of them places is
   typed by the ordered rule table of shape.py; `keep_hereditary_titles`: a hereditary title opening a person's name
   (`Teuku`, `Raden`) or a Balinese name's marker (`I Wayan`) stays in it; `drop_skipped_boilerplate`: names in
   skipped boilerplate (a related article's title) go before any pass reads them; `type_lineups`: every name of a
   team's line-up line (by formation or with shirt numbers) is a player;
2. `type_by_coordination`: a weakly typed name listed with a strongly typed one shares its type;
3. `drop_nested`: a mention inside a longer one of the same type goes;
4. `resolve_short_forms`: acronyms defined in brackets, a name with some words as their initials (`Otorita IKS`),
   company names without their legal form (or their kind's closing word, or their country), and
   parts of full names (`Wibisono` for `Agus Wibisono`; of two, the one named last outside brackets) join their full name;
5. `join_bracketed_short_names`, `trim_glued_office_words`: the document itself shows two readings to be one
   person (`Tono Raharjo (Cak Totor)`, `(Ibas)` read as a person elsewhere; `Keamanan Tono` where `Tono` is read alone).

Once the document's quotes are found, `type_appositive_speakers` (apposition.py) makes the name in the slot of a
speaker phrase's apposition a person, in every mention the document makes of it.

Across the collection (collection.py), the steps of `COLLECTION_STEPS`: spelling variants, outlet
sites, short forms no document resolved (a body written with or without its place's level among them), the type vote,
canonical names; after the name model's vote, the passes of after_vote.py (clips and slips of names, bodies' short
forms by their first words, their first and last words or the word after a body's head). Every mention row names the
rule that proposed it (`rule`) and the one that gave its type (`type_rule`); see docs/rules.md.
"""

import polars as pl

from transforms.entities.apposition import type_appositive_speakers
from transforms.entities.collection import resolve_entities
from transforms.entities.document import find_mentions
from transforms.schemas import MENTIONS
from transforms.sentences import attach_sentence_index


def attach_sentences(mentions: pl.DataFrame, sentences: pl.DataFrame) -> pl.DataFrame:
    """Fill `sentence_index` with the sentence holding each mention's start."""
    return MENTIONS.conform(attach_sentence_index(mentions, sentences))


__all__ = ["attach_sentences", "find_mentions", "resolve_entities", "type_appositive_speakers"]
