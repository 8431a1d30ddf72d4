"""The same statement carried by several documents: quote clusters and their summary rows."""

from __future__ import annotations

import re
import sys
from collections import Counter, defaultdict
from functools import lru_cache
from itertools import chain, count, filterfalse

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


@lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    return frozenset(w for row in table_rows("language_words.tsv") if row[0] == "id" for w in row[1].split())


# What `cluster_quotes_incrementally` keeps of a call for the next one: every quote compared (its speaker), the pairs
# of quotes it found (the same statement, or `part` of a passage: first the part), and the collection-wide facts a
# pair's comparison depends on: the words too common to find candidates with, the trigrams that are formulas.
CLUSTER_STATE: dict[str, pl.Schema] = {
    "quotes": pl.Schema({"quote_id": pl.String, "speaker": pl.String}),
    "pairs": pl.Schema({"first": pl.String, "second": pl.String, "part": pl.Boolean}),
    "markers": pl.Schema({"kind": pl.String, "value": pl.String}),  # kind: `common` (a word) or `formula` (a trigram)
}


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
    return cluster_quotes_incrementally(quotes, speakers, None)[0]


def cluster_quotes_incrementally(quotes: pl.DataFrame, speakers: dict[str, str] | None,
                                 earlier: dict[str, pl.DataFrame] | None) -> tuple[pl.DataFrame, dict[str, pl.DataFrame]]:
    """`cluster_quotes`, and the state (CLUSTER_STATE) that lets the next call compare only what changed.

    A pair's comparison reads only its two quotes (a quote id names a text and a document), their speakers, and
    whether their words are common and their trigrams formulas. With `earlier`, the state of a previous call, a
    quote is compared again only when it is new, its speaker changed, or one of its words or trigrams changed
    between rare and common or into or out of a formula; pairs of two other quotes keep the earlier verdict. The
    clusters are those of a call without `earlier`.
    """
    if quotes.is_empty():
        return quotes.with_columns(cluster_id=pl.lit(None, dtype=pl.String)), {
            name: pl.DataFrame(schema=schema) for name, schema in CLUSTER_STATE.items()}
    ids, docs, texts = quotes["quote_id"].to_list(), quotes["doc_id"].to_list(), quotes["text"].to_list()
    speakers = speakers or {}
    said = [speakers.get(quote_id) for quote_id in ids]
    # words as small ints, numbered as first met: a trigram is the int of its three words' (`_gram`), and sets of ints
    # intersect fast
    word_ids: dict[str, int] = defaultdict(count().__next__)
    units: list[tuple[int, frozenset, frozenset]] = []  # (quote position, trigrams, content words)
    negations: list[frozenset[str]] = []  # each unit's negation words
    read: dict[str, list[tuple[frozenset, frozenset, frozenset]]] = {}  # a text -> its units' sets, shared by its copies
    for position, text in enumerate(texts):
        if (parts := read.get(text)) is None:
            read[text] = parts = _unit_sets(text, word_ids)
        for grams, content, negated in parts:
            units.append((position, grams, content))
            negations.append(negated)
    del read  # the units hold the sets
    said_by: dict[str, set[int]] = defaultdict(set)  # a known speaker -> the trigrams they say
    for position, grams, _ in units:
        if (speaker := said[position]) is not None:
            said_by[speaker] |= grams
    formulas = {gram for gram, people in Counter(chain.from_iterable(said_by.values())).items() if people >= FORMULA_SPEAKERS}
    whole = units
    if formulas:  # a quote mostly formula keeps only its own words, and no paraphrase match on the formula's words
        # Most units keep their sets; the others' are made once per text (the copies of a text share their sets).
        stripped: dict[tuple[int, int], tuple[frozenset, frozenset]] = {}
        units = [(position, grams, content) if grams.isdisjoint(formulas) else
                 (position, *_without_formulas(grams, content, formulas, stripped)) for position, grams, content in units]
        del stripped
    quoting = Counter(chain.from_iterable(content for _, _, content in units))  # a word -> the units holding it
    words_of = list(word_ids)  # a word id -> the word
    markers = {("common", word) for word, found in quoting.items() if found > COMMON_POSTING} | {
        ("formula", " ".join(words_of[word] for word in _gram_words(gram))) for gram in formulas}
    compared, kept = _quotes_to_compare(earlier, ids, said, whole, markers, word_ids)
    compared_units = [unit for unit, (position, _, _) in enumerate(units) if position in compared]
    # The candidates of the units compared are found through their rare words only: the postings of the others are
    # never read (a run with one changed document compares a few dozen units of tens of thousands).
    wanted = {word for unit in compared_units for word in units[unit][2] if quoting[word] <= COMMON_POSTING}
    postings: dict[str, list[int]] = defaultdict(list)
    spoken: dict[str | None, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))  # speaker or None -> word -> units
    for unit, (position, _, content) in enumerate(units):
        if found := content & wanted:
            by_speaker = spoken[said[position]]
            for word in found:
                postings[word].append(unit)
                by_speaker[word].append(unit)
    pairs: set[tuple[str, str, bool]] = set(kept)
    for unit in compared_units:
        position, grams, content = units[unit]
        speaker = said[position]
        rare = [word for word in content if quoting[word] <= COMMON_POSTING]
        # Different people saying alike are no candidates: a quote of a known speaker is compared with the quotes
        # of the same speaker and of none (most candidate pairs of a collection are of two known speakers).
        found = [postings[word] for word in rare] if speaker is None else [
            by_speaker.get(word, ()) for word in rare for by_speaker in (spoken[None], spoken[speaker])]
        # Each pair once, from its first unit, as a run from scratch compares it (the part is the shorter, else the first).
        for other in set(chain.from_iterable(found)):
            if other <= unit and (other == unit or units[other][0] in compared):
                continue
            first, second = min(unit, other), max(unit, other)
            (first_position, first_grams, first_content), (other_position, other_grams, other_content) = units[first], units[second]
            if docs[other_position] == docs[first_position]:
                continue
            shared_grams, shared_words = len(first_grams & other_grams), len(first_content & other_content)
            shorter_grams = min(len(first_grams), len(other_grams))
            shorter_words = min(len(first_content), len(other_content))
            copied = shorter_grams and shared_grams >= SHINGLE_OVERLAP * shorter_grams
            paraphrased = shorter_words >= MIN_PARAPHRASE_WORDS and shared_words >= WORD_CONTAINMENT * shorter_words
            if not (copied or paraphrased):
                continue
            longer_share = (shared_grams / max(len(first_grams), len(other_grams)) if copied
                            else shared_words / max(len(first_content), len(other_content)))
            if longer_share >= PART_SHARE:
                if negations[first] == negations[second]:  # not `X terbukti melanggar` and `Y tidak terbukti melanggar`
                    pairs.add((ids[first_position], ids[other_position], False))
            else:
                part, passage = sorted((first_position, other_position), key=lambda p: len(texts[p]))
                pairs.add((ids[part], ids[passage], True))
    clusters = UnionFind()
    for first, second, part in pairs:
        if not part:
            clusters.union(first, second)
    _join_parts(clusters, [(first, second) for first, second, part in pairs if part])
    state = {
        "quotes": pl.DataFrame({"quote_id": [ids[p] for p in sorted({u[0] for u in units})],
                                "speaker": [said[p] for p in sorted({u[0] for u in units})]}, schema=CLUSTER_STATE["quotes"]),
        "pairs": pl.DataFrame(sorted(pairs), schema=CLUSTER_STATE["pairs"], orient="row"),
        "markers": pl.DataFrame(sorted(markers), schema=CLUSTER_STATE["markers"], orient="row"),
    }
    return quotes.with_columns(cluster_id=pl.Series([clusters.find(i) for i in ids], dtype=pl.String)), state


def _unit_sets(text: str, word_ids: dict[str, int]) -> list[tuple[frozenset, frozenset, frozenset]]:
    """The trigrams (`_gram`), content words and negation words of each unit of a quote's text: the text, and each
    quoted fragment of it, with MIN_CLUSTER_WORDS content words or more."""
    parts = []
    for part in [text, *FRAGMENT.findall(text)]:
        words = list(map(sys.intern, WORD.findall(part.lower())))  # one object per word: the sets share it
        distinct = set(words)
        content = frozenset(filterfalse(str.isdigit, distinct - _stop_words()))
        if len(content) >= MIN_CLUSTER_WORDS:
            numbers = list(map(word_ids.__getitem__, words))
            grams = frozenset(map(_gram, numbers, numbers[1:], numbers[2:]))
            parts.append((grams, content, NEGATIONS.intersection(distinct)))
    return parts


# A trigram's int holds its three word ids in fields this wide: a collection with more distinct words than fit would not
# fit in memory.
WORD_ID_BITS = 32


def _gram(first: int, second: int, third: int) -> int:
    """The trigram of three word ids as one int, each id in its own field: two trigrams are equal when their ints are."""
    return (first << 2 * WORD_ID_BITS) | (second << WORD_ID_BITS) | third


def _gram_words(gram: int) -> tuple[int, int, int]:
    """The three word ids of a trigram's int."""
    field = (1 << WORD_ID_BITS) - 1
    return gram >> 2 * WORD_ID_BITS, (gram >> WORD_ID_BITS) & field, gram & field


def _without_formulas(grams: frozenset, content: frozenset, formulas: set[int],
                      stripped: dict[tuple[int, int], tuple[frozenset, frozenset]]) -> tuple[frozenset, frozenset]:
    """A unit's trigrams without the formulas, and its content words unless formulas are half its trigrams or more;
    `stripped` keeps what was made, by the sets' identity (the units of one text share them)."""
    key = (id(grams), id(content))
    if key not in stripped:
        stripped[key] = grams - formulas, content if len(grams & formulas) * 2 < len(grams) else frozenset()
    return stripped[key]


def _quotes_to_compare(earlier: dict[str, pl.DataFrame] | None, ids: list[str], said: list[str | None],
                       units: list[tuple[int, frozenset, frozenset]], markers: set[tuple[str, str]],
                       word_ids: dict[str, int]) -> tuple[set[int], list[tuple[str, str, bool]]]:
    """The positions of the quotes to compare again, and the earlier pairs that stand (neither quote compared again).

    Without an earlier state every quote is compared. `units` are before formulas are taken out: a quote holding a
    trigram that became or ceased to be a formula is compared again, as is one holding a word that became or ceased
    to be common."""
    if earlier is None:
        return set(range(len(ids))), []
    before = dict(earlier["quotes"].iter_rows())
    changed = markers.symmetric_difference(earlier["markers"].iter_rows())
    words = {value for kind, value in changed if kind == "common"}
    formulas = [value.split(" ") for kind, value in changed if kind == "formula"]
    grams = {_gram(*map(word_ids.__getitem__, trigram)) for trigram in formulas if word_ids.keys() >= set(trigram)}
    compared = {position for position, unit_grams, content in units
                if ids[position] not in before or before[ids[position]] != said[position]
                or not words.isdisjoint(content) or not grams.isdisjoint(unit_grams)}
    current = {ids[position] for position, _, _ in units} - {ids[position] for position in compared}
    kept = [pair for pair in earlier["pairs"].iter_rows() if pair[0] in current and pair[1] in current]
    return compared, kept


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
