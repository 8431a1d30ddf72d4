"""What a document's quotes say about its names: the name in the slot of a speaker phrase's apposition is a person.

It runs once a document's mention candidates and quote candidates are both found (transforms/increments.py), so the
entities and mentions tables, and the attributions made from them, read the name the same way."""

from __future__ import annotations

from collections import defaultdict

import polars as pl

from transforms.entities.vocabulary import STRONG
from transforms.lexicon import city_names, known_names, match_key, phrase_set, word_set

APPOSITION_RULE = "speaker_apposition"
# words no personal name is made of: heads and tails of bodies and places, media, legal forms, titles
NOT_NAME_WORDS = (word_set("org_heads.txt") | word_set("org_tails.txt") | word_set("media_words.txt") | word_set("legal_forms.txt")
                  | word_set("capitalised_non_names.txt") | word_set("non_name_words.txt") | word_set("place_tails.txt")
                  | {phrase[0] for phrase in phrase_set("place_heads.txt")} | {phrase[0] for phrase in phrase_set("titles.txt")})
MAX_WORDS = 3


def appositive_speakers(text: str, mentions: list[tuple[int, int, str, str]], speaker_spans) -> set[str]:
    """Keys of the names alone after the last comma of a speaker phrase, the slot of the speaker's name (`kata Humas PT
    Lintas cabang Sukamaju, Handoko`), that the document typed as a place or body, when the name has a person's shape
    (capitalised words, no acronym, no head word of a body or place, not a known place or city)."""
    named = set()
    for start, end in speaker_spans:
        comma = text.rfind(", ", start, end)
        if comma < 0:
            continue
        after = [m for m in mentions if comma < m[0] and m[1] <= end]
        if len(after) != 1 or after[0][3] == "PERSON" or text[after[0][1]:end].strip() or text[comma + 2:after[0][0]].strip():
            continue
        words = text[after[0][0]:after[0][1]].split()
        if (len(words) <= MAX_WORDS and all(w[:1].isupper() and w[1:].islower() and w.isalpha() for w in words)
                and not any(w.lower() in NOT_NAME_WORDS for w in words)
                and match_key(" ".join(words)) not in known_names() and " ".join(words).lower() not in city_names()):
            named.add(after[0][2])
    return named


def type_appositive_speakers(documents: pl.DataFrame, mentions: pl.DataFrame, quotes: pl.DataFrame) -> pl.DataFrame:
    """Mention candidates -> the same, every mention of a name `appositive_speakers` finds in its document a person
    (STRONG, `type_rule` speaker_apposition): the document quotes it by that name."""
    spans = quotes.filter(pl.col("speaker_start").is_not_null() & (pl.col("speaker_end") > pl.col("speaker_start")))
    if spans.is_empty() or mentions.is_empty():
        return mentions
    by_doc: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for doc_id, start, end in spans.select("doc_id", "speaker_start", "speaker_end").iter_rows():
        by_doc[doc_id].append((start, end))
    quoted = mentions.filter(pl.col("doc_id").is_in(list(by_doc)))
    texts = dict(documents.filter(pl.col("doc_id").is_in(list(by_doc))).select("doc_id", "text").iter_rows())
    names_by_doc: dict[str, list[tuple[int, int, str, str]]] = defaultdict(list)
    for doc_id, *name in quoted.select("doc_id", "start", "end", "key", "type").iter_rows():  # one frame per batch, not per document
        names_by_doc[doc_id].append(tuple(name))
    found = [(doc_id, key) for doc_id, names in names_by_doc.items()
             for key in appositive_speakers(texts[doc_id], sorted(names), by_doc[doc_id])]
    if not found:
        return mentions
    people = pl.DataFrame(found, schema={"doc_id": pl.String, "key": pl.String}, orient="row").with_columns(person=pl.lit(True))
    speaking = pl.col("person").fill_null(False)
    return (mentions.join(people, on=["doc_id", "key"], how="left", maintain_order="left")
            .with_columns(type=pl.when(speaking).then(pl.lit("PERSON")).otherwise("type"),
                          strength=pl.when(speaking).then(pl.lit(STRONG, dtype=pl.Int64)).otherwise("strength"),
                          type_rule=pl.when(speaking).then(pl.lit(APPOSITION_RULE)).otherwise("type_rule"))
            .drop("person"))
