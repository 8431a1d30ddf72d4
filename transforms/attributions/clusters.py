"""The same statement carried by several documents: quote clusters and their summary rows."""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache

import polars as pl

from transforms.common import UnionFind
from transforms.lexicon import table_rows
from transforms.schemas import QUOTE_CLUSTERS

WORD = re.compile(r"\w+")
FRAGMENT = re.compile(r"[“\"”]([^“”\"]+)[”\"]")
MIN_CLUSTER_WORDS = 5
SHINGLE_OVERLAP = 0.6  # share of the shorter quote's word trigrams: copies and trimmed versions
WORD_CONTAINMENT = 0.8  # share of the shorter quote's content words: translations with another word order
MIN_PARAPHRASE_WORDS = 7  # below this, shared words are formula (`sebanyak ... orang`), not the same statement
FORMULA_SPEAKERS = 3  # a trigram this many different speakers say is a formula, not one statement
COMMON_POSTING = 50  # words in more quotes than this are too common to find candidates with
NEGATIONS = frozenset({"tidak", "tak", "bukan", "belum", "tanpa", "enggak", "nggak", "gak"})
PART_SHARE = 0.5  # a match covering less than this share of the longer quote makes the shorter one a part of it


def _content_words(words: list[str]) -> frozenset[str]:
    stop = _stop_words()
    return frozenset(w for w in words if w not in stop and not w.isdigit())


@lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    return frozenset(w for row in table_rows("language_words.tsv") if row[0] == "id" for w in row[1].split())


def _shingles(words: list[str]) -> frozenset[tuple[str, str, str]]:
    return frozenset(zip(words, words[1:], words[2:]))


def cluster_quotes(quotes: pl.DataFrame, speakers: dict[str, str] | None = None) -> pl.DataFrame:
    """Give the same `cluster_id` to quotes that carry the same statement in different documents.

    Two quotes of different documents join when the shorter shares at least 60% of its word
    trigrams with the longer (copies, trimmed versions), or, when it has seven content words or more,
    at least 80% of them (the same translation with another word order); the quoted fragment of a mixed quote counts as a
    quote of its own for this (`“menguraikan prospek kerja sama lebih lanjut”`). Ids are the
    smallest quote id of each cluster, so they are stable between runs.

    `speakers` (quote id -> speaker entity) keeps statements of different known speakers apart, and finds formulas:
    word trigrams that FORMULA_SPEAKERS or more different speakers say (`terbukti secara sah dan meyakinkan`) are no
    evidence of the same statement, and are left out of the comparison.

    A match covering less than half of the longer quote makes the shorter a *part* of a passage. Parts never bridge
    two statements: see `_join_parts`.
    """
    if quotes.is_empty():
        return quotes.with_columns(cluster_id=pl.lit(None, dtype=pl.String))
    ids, docs, texts = quotes["quote_id"].to_list(), quotes["doc_id"].to_list(), quotes["text"].to_list()
    speakers = speakers or {}
    said = [speakers.get(quote_id) for quote_id in ids]
    gram_ids: dict[tuple[str, str, str], int] = {}  # trigrams as small ints: sets of them intersect fast
    units: list[tuple[int, frozenset, frozenset]] = []  # (quote position, trigram ids, content words)
    negations: list[frozenset[str]] = []  # each unit's negation words
    for position, text in enumerate(texts):
        for part in [text, *FRAGMENT.findall(text)]:
            words = WORD.findall(part.lower())
            content = _content_words(words)
            if len(content) >= MIN_CLUSTER_WORDS:
                grams = frozenset(gram_ids.setdefault(gram, len(gram_ids)) for gram in _shingles(words))
                units.append((position, grams, content))
                negations.append(NEGATIONS.intersection(words))
    said_by: dict[int, set[str]] = defaultdict(set)
    for position, grams, _ in units:
        if (speaker := said[position]) is not None:
            for gram in grams:
                said_by[gram].add(speaker)
    formulas = {gram for gram, people in said_by.items() if len(people) >= FORMULA_SPEAKERS}
    if formulas:  # a quote mostly formula keeps only its own words, and no paraphrase match on the formula's words
        units = [(position, grams - formulas, content if len(grams & formulas) * 2 < len(grams) else frozenset())
                 for position, grams, content in units]
    clusters = UnionFind()
    parts: list[tuple[str, str]] = []  # (part quote id, passage quote id)
    postings: dict[str, list[int]] = defaultdict(list)
    spoken: dict[tuple[str, str | None], list[int]] = defaultdict(list)  # (word, speaker or None) -> units
    for unit, (position, _, content) in enumerate(units):
        for word in content:
            postings[word].append(unit)
            spoken[word, said[position]].append(unit)
    for unit, (position, grams, content) in enumerate(units):
        doc, speaker = docs[position], said[position]
        rare = [word for word in content if len(postings[word]) <= COMMON_POSTING]
        # Different people saying alike are no candidates: a quote of a known speaker is compared with the quotes
        # of the same speaker and of none (most candidate pairs of a collection are of two known speakers).
        found = [postings[word] for word in rare] if speaker is None else [
            spoken.get((word, who), ()) for word in rare for who in (None, speaker)]
        candidates = {other for units_of_word in found for other in units_of_word if other > unit}
        for other in candidates:
            other_position, other_grams, other_content = units[other]
            if docs[other_position] == doc:
                continue
            shared_grams, shared_words = len(grams & other_grams), len(content & other_content)
            shorter_grams = min(len(grams), len(other_grams))
            shorter_words = min(len(content), len(other_content))
            copied = shorter_grams and shared_grams >= SHINGLE_OVERLAP * shorter_grams
            paraphrased = shorter_words >= MIN_PARAPHRASE_WORDS and shared_words >= WORD_CONTAINMENT * shorter_words
            if not (copied or paraphrased):
                continue
            longer_share = shared_grams / max(len(grams), len(other_grams)) if copied else shared_words / max(len(content), len(other_content))
            if longer_share >= PART_SHARE:
                if negations[unit] == negations[other]:  # not `X terbukti melanggar` and `Y tidak terbukti melanggar`
                    clusters.union(ids[position], ids[other_position])
            else:
                part, passage = sorted((position, other_position), key=lambda p: len(texts[p]))
                parts.append((ids[part], ids[passage]))
    _join_parts(clusters, parts)
    return quotes.with_columns(cluster_id=pl.Series([clusters.find(i) for i in ids], dtype=pl.String))


def _join_parts(clusters: UnionFind, parts: list[tuple[str, str]]) -> None:
    """Join quoted parts to the passage that contains them, unless that would join two statements.

    A passage quoted whole in one document and in pieces in others is one statement only while a single piece
    is at stake: a passage whose parts form two or more clusters (`X thanked Y ...` and `this deal proves ...`)
    stays apart from all of them, and a part found in two different passages joins neither.
    """
    part_clusters: dict[str, set[str]] = defaultdict(set)  # passage cluster -> its parts' clusters
    passage_clusters: dict[str, set[str]] = defaultdict(set)  # part cluster -> the passages' clusters
    for part, passage in parts:
        part_clusters[clusters.find(passage)].add(clusters.find(part))
        passage_clusters[clusters.find(part)].add(clusters.find(passage))
    for passage, found in sorted(part_clusters.items()):
        if len(found) == 1 and len(passage_clusters[part := next(iter(found))]) == 1:
            clusters.union(part, passage)


def summarise_clusters(quotes: pl.DataFrame, documents: pl.DataFrame) -> pl.DataFrame:
    """One row per cluster: when and where it was first seen, how many documents and outlets carry
    it, and its longest version."""
    dated = quotes.join(documents.select("doc_id", "outlet", "published_date", "source_path"), on="doc_id", how="left")
    longest = (
        dated.with_columns(length=pl.col("text").str.len_chars())
        .sort(["cluster_id", "length", "quote_id"], descending=[False, True, False])
        .group_by("cluster_id", maintain_order=True)
        .agg(longest_quote_id=pl.col("quote_id").first(), text=pl.col("text").first())
    )
    first = (
        dated.sort(["cluster_id", "published_date", "source_path", "start"], nulls_last=True)
        .group_by("cluster_id", maintain_order=True)
        .agg(first_doc_id=pl.col("doc_id").first(), first_seen=pl.col("published_date").min())
    )
    counts = dated.group_by("cluster_id").agg(
        quote_count=pl.len().cast(pl.Int64),
        document_count=pl.col("doc_id").n_unique().cast(pl.Int64),
        outlet_count=pl.col("outlet").drop_nulls().n_unique().cast(pl.Int64),
    )
    return QUOTE_CLUSTERS.conform(counts.join(first, on="cluster_id").join(longest, on="cluster_id"))
