"""Entities across the collection: the candidate mentions of every document go through the steps of
COLLECTION_STEPS in order, each testable alone, then become the `entities` and `mentions` tables."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

import polars as pl
from rapidfuzz.distance import Indel
from rapidfuzz.process import cdist

from transforms.common import UnionFind, stable_id, stable_ids
from transforms.entities.document import VARIANT_SIMILARITY
from transforms.entities.shape import BRAND_READING, CITY_READING, CLUB_READING, DEFAULT_READING, SHAPE_PERSON_READING
from transforms.entities.vocabulary import MEDIUM, STRONG, WEAK, given_name_keys, is_ordinary_word, normalise_key, town_keys
from transforms.lexicon import city_names, phrase_table, word_set
from transforms.schemas import ENTITIES, MENTION_CANDIDATES, MENTIONS

WEB_SUFFIX = re.compile(r" (?:com|co id|id|net|org|news)$")  # a key's web domain, as `normalise_key` spells it
DOMINANCE = 3  # a collection-wide candidate this many times more mentioned than the next one wins
MIN_SHARED_ACRONYM = 3  # shorter acronyms are defined anew by each document
MAX_ACRONYM_KEY = 5  # a key this short written only in capitals is an acronym (`MARQUEZ` in a shouted headline is not)
# readings that say nothing of the sense the text gives the name: a word alone, a city's name looked up in the gazetteer
CONTEXT_FREE_READINGS = (DEFAULT_READING, CITY_READING)
CLUB_TYPE_RULES = ("club_in_club_report", "club_of_city_named_city")  # the document passes that read a city's club
NOT_IN_PERSON_NAMES = frozenset({"vs", "versus", "v"}) | word_set("english_joiners.txt")
PLACE_HEAD_CLASSES = sorted({tuple(c.split()) for c in phrase_table("place_heads.txt").values()}, key=len, reverse=True)


@dataclass
class Collection:
    """What the steps read and change: the candidate mentions, their (key, type) groups, the keys joined so far."""

    mentions: pl.DataFrame
    keys: pl.DataFrame = field(init=False)
    union: UnionFind = field(default_factory=UnionFind)

    def __post_init__(self):
        self.keys = self.mentions.group_by("key", "type").agg(
            n=pl.len(), strength=pl.col("strength").max(), single=pl.col("single").all()
        )

    def person_full_names(self) -> list[str]:
        return sorted(k for k, t in self.keys.select("key", "type").iter_rows() if t == "PERSON" and len(k.split()) >= 2)


def join_spelling_variants(collection: Collection) -> None:
    """Full names whose words are spelling variants of each other are one person (`Yurij`/`Yuriy`)."""
    by_initials: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for key in collection.person_full_names():
        by_initials[tuple(w[0] for w in key.split())].append(key)
    for group in by_initials.values():
        for a, b in _similar_pairs(group):
            if _variant_of(a, b):
                collection.union.union(a, b)


def join_outlet_sites(collection: Collection) -> None:
    """An outlet's site is the outlet (`Kabar Kota` = `KabarKota.com`)."""
    by_compact: dict[str, list[str]] = defaultdict(list)
    for key in sorted(k for k, t in collection.keys.select("key", "type").iter_rows() if t == "ORG"):
        by_compact[WEB_SUFFIX.sub("", key).replace(" ", "")].append(key)
    for group in by_compact.values():
        if len(group) > 1 and any(WEB_SUFFIX.search(k) for k in group):
            for key in group[1:]:
                collection.union.union(group[0], key)


def join_defined_acronyms(collection: Collection) -> None:
    """An acronym one document defines (`Lembaga Kajian Pangan (LKP)`) is that body where another document
    uses it alone, when the collection defines it one way only: letters alone never join a name. Two letters
    (`US`) stand for too many things to carry a definition across documents."""
    expansions: dict[str, set[str]] = defaultdict(set)
    defined = collection.mentions.filter(pl.col("type_rule") == "defined_acronym").select("text", "key").unique()
    for text, key in defined.iter_rows():
        expansions[normalise_key(text)].add(key)
    used = set(collection.keys["key"])
    for acronym, keys in sorted(expansions.items()):
        if len(keys) == 1 and acronym in used and len(acronym) >= MIN_SHARED_ACRONYM:
            collection.union.union(acronym, next(iter(keys)))


def redirect_short_forms(collection: Collection) -> None:
    """Short forms no document could resolve: a tie goes to the collection's most mentioned candidate;
    a lone surname (`Henriksen`) to the one full name ending with it, or to a clearly dominant one.
    A short form other documents resolved goes where they sent it most; a common given name alone
    (`Andi`) is too ambiguous to link across documents."""
    candidates = collection.mentions
    frequency = Counter(dict(candidates.group_by("key").len().iter_rows()))
    targets = _single_word_targets(collection, frequency)
    ties = {tie: max(tie.split("|"), key=lambda k: (frequency[k], k)) for tie in candidates["tie"].drop_nulls().unique()}
    tied = pl.col("tie").is_not_null()
    collection.mentions = (
        candidates.join(targets, on=["key", "type"], how="left", maintain_order="left")
        .with_columns(
            key=pl.when(tied).then(pl.col("tie").replace_strict(ties, default=None)).otherwise(pl.coalesce("target", "key")),
            type=pl.when(tied).then(pl.lit("PERSON")).otherwise(pl.coalesce("target_type", "type")),
            type_rule=pl.when(tied).then(pl.lit("tie_break"))
            .when(pl.col("target_type") == "PERSON").then(pl.lit("surname_across_documents"))
            .when(pl.col("target_type") == "LOC").then(pl.lit("place_across_documents"))
            .otherwise("type_rule"),
        )
    )


def _single_word_targets(collection: Collection, frequency: Counter) -> pl.DataFrame:
    """(key, type) of one-word names -> (target, target_type): the full name each stands for."""
    candidates, keys = collection.mentions, collection.keys
    by_surname: dict[str, list[str]] = defaultdict(list)
    for key in collection.person_full_names():
        if not NOT_IN_PERSON_NAMES.intersection(key.split()):  # `Burnley Vs Arsenal` is no one's full name
            by_surname[key.split()[-1]].append(key)
    acronyms = _acronym_keys(candidates)
    brands = set(candidates.filter(pl.col("rule").is_in([BRAND_READING, CLUB_READING])
                                   | pl.col("type_rule").is_in(CLUB_TYPE_RULES))["key"])
    # the distinct part of a place's name: its last word, or after a place's head (keyed by its class: `river
    # cibening`) the one word that follows; the last word of a longer name after a head (`Gedung Rektorat Unsuka`) is
    # the institution owning the building
    place_by_distinct: dict[str, list[str]] = defaultdict(list)
    for key, type_ in keys.select("key", "type").iter_rows():
        parts = key.split()
        head = next((len(c) for c in PLACE_HEAD_CLASSES if tuple(parts[:len(c)]) == c), 0)
        if type_ == "LOC" and len(parts) >= 2 and (not head or len(parts) == head + 1):
            place_by_distinct[parts[-1]].append(key)
    learned = _learned_short_forms(candidates)
    # words some document reads alone as a person by a cue or a title (`kata Prabowo`): a weakly typed lone reading of
    # such a word may go where documents send its short form; one never read so (`saham Lumitra`) may not
    read_as_person = set(keys.filter(pl.col("single") & (pl.col("type") == "PERSON") & (pl.col("strength") >= MEDIUM))["key"])
    single_target = {}
    for key, type_, strength in keys.filter(pl.col("single")).select("key", "type", "strength").iter_rows():
        if len(key.split()) != 1:
            continue
        people = sorted(by_surname.get(key, []), key=lambda k: (-frequency[k], k))
        if key in learned and (type_ == "PERSON" or key in read_as_person):
            people = sorted(learned[key], key=lambda k: (-learned[key][k], -frequency[k], k))
        if key in given_name_keys() or key in town_keys() or key in acronyms or key in brands:
            # `Eddy` alone: a common given name, not the surname of another document's `Kunto Edy`;
            # `Manado` alone: a town, whatever a full name ending with it was read as;
            # `US` (of `US$`), `IM`: letters, never the surname of `What About Us` or `Cora Yim`;
            # `MotoGP`, `LapakKerja`: a brand, never the surname of a name that ends with it; nor is a city some
            # document reads as its club (`pemain Sukamaju`)
            people = []
        if people and (type_ == "PERSON" or strength < STRONG and type_ != "LOC"):  # `di Sukamaju`: a place
            # a word the collection writes alone far more often than the full name is no short form of it (`Sumbaraya`
            # of many documents is not the surname of a `Rino Sumbaraya` one document read)
            dominant = len(people) == 1 or frequency[people[0]] >= DOMINANCE * frequency[people[1]]
            if dominant and frequency[key] <= DOMINANCE * frequency[people[0]]:
                single_target[(key, type_)] = (people[0], "PERSON")
        elif type_ == "LOC" and place_by_distinct.get(key) and strength == WEAK:
            single_target[(key, type_)] = (max(place_by_distinct[key], key=lambda k: (frequency[k], k)), "LOC")
    return pl.DataFrame(
        [(key, type_, target, target_type) for (key, type_), (target, target_type) in single_target.items()],
        schema={"key": pl.String, "type": pl.String, "target": pl.String, "target_type": pl.String}, orient="row",
    )


def _acronym_keys(candidates: pl.DataFrame) -> set[str]:
    """Short keys only ever written in capitals (`US`, `YIMM`): acronyms, whatever their letters spell. Roman
    numerals are a name's ordinal (`Nusantara IX`), not acronyms."""
    short = candidates.filter((pl.col("key").str.len_chars() <= MAX_ACRONYM_KEY) & ~pl.col("key").str.contains(r"^[ivxlcdm]+$"))
    written = short.group_by("key").agg(shouted=(pl.col("text").str.to_uppercase() == pl.col("text")).all())
    return set(written.filter(pl.col("shouted"))["key"])


def _learned_short_forms(candidates: pl.DataFrame) -> dict[str, Counter]:
    """One-word forms of full names, learned where a document holds both forms, counted in documents: nicknames
    (`Bamsoed` for `Bambang Soedirman`) and the word of a name its documents call the person by (`Prabowo` for the
    name it opens, not for another whose name merely ends with it)."""
    learned: dict[str, Counter] = defaultdict(Counter)
    used = candidates.filter(~pl.col("single") & (pl.col("type") == "PERSON") & ~pl.col("text").str.contains(" ")
                             & pl.col("key").str.contains(" ") & (pl.col("text").str.to_uppercase() != pl.col("text")))
    for text, key in used.select("text", "key", "doc_id").unique().select("text", "key").iter_rows():
        learned[normalise_key(text)][key] += 1
    return learned


def merge_joined_keys(collection: Collection) -> None:
    """Every key becomes its group's representative (the smallest key joined with it)."""
    frame = collection.mentions
    roots = {key: collection.union.find(key) for key in frame["key"].unique()}
    collection.mentions = frame.with_columns(pl.col("key").replace_strict(roots)).select(MENTION_CANDIDATES.column_names)


def vote_types(collection: Collection) -> None:
    """One type per entity: the type with the most evidence, each mention weighing its strength,
    so one doubtful reading (`Wali Kota Sukamaju` read as a name) does not outvote many sure ones.

    A name alone with nothing around it (DEFAULT_READING), or a city's name the gazetteer alone typed, is no
    evidence of its sense: where the same document's other readings of the name mostly say one type, with
    some evidence above WEAK (a title before it, a speech verb after it, `melawan` before a club), those
    mentions vote that type, one sense per document. So a nickname used alone in many sentences is not
    outvoted by its own bare repetitions, a club named after its city is the club in every sentence of
    its match report, and a body read once as a person among other readings keeps its defaults. A name read as a
    person by its shape alone (SHAPE_PERSON_READING) takes the type the collection's other readings of it give,
    with evidence above WEAK: one document calling `Atletik Sukamaju` a club settles it in the others."""
    resolved = collection.mentions
    context_free = pl.col("type_rule").is_in(CONTEXT_FREE_READINGS)
    shape_guess = pl.col("type_rule") == SHAPE_PERSON_READING
    in_document = _majority_type(resolved.filter(~context_free), ["doc_id", "key"], "document_type")
    in_collection = _majority_type(resolved.filter(~context_free & ~shape_guess), ["key"], "collection_type")
    readings = (
        resolved.join(in_document, on=["doc_id", "key"], how="left", maintain_order="left")
        .join(in_collection, on="key", how="left", maintain_order="left")
        .select("key", "strength", type=pl.when(context_free).then(pl.coalesce("document_type", "type"))
                .when(shape_guess).then(pl.coalesce("collection_type", "type")).otherwise("type"))
    )
    entity_types = (
        readings.group_by("key", "type").agg(strength=pl.col("strength").sum(), n=pl.len())
        .sort(["key", "strength", "n", "type"], descending=[False, True, True, False])
        .group_by("key", maintain_order=True).agg(type=pl.col("type").first())
    )
    collection.mentions = (
        resolved.rename({"type": "read_as"}).join(entity_types, on="key", maintain_order="left")
        .with_columns(type_rule=pl.when(pl.col("type") != pl.col("read_as")).then(pl.lit("type_vote")).otherwise("type_rule"))
        .drop("read_as")
    )


def _majority_type(readings: pl.DataFrame, by: list[str], name: str) -> pl.DataFrame:
    """`by` columns -> the type holding most of the strength of `readings` (over half), with some evidence above WEAK."""
    return (
        readings.group_by(*by, "type").agg(weight=pl.col("strength").sum(), surest=pl.col("strength").max())
        .filter((pl.col("surest") > WEAK) & (2 * pl.col("weight") > pl.col("weight").sum().over(by)))
        .select(*by, pl.col("type").alias(name))
    )


COLLECTION_STEPS = (join_spelling_variants, join_outlet_sites, join_defined_acronyms, redirect_short_forms, merge_joined_keys, vote_types)


def resolve_entities(candidates: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Candidate mentions -> (entities, mentions) with one entity per referent across the collection."""
    if candidates.is_empty():
        return ENTITIES.empty(), MENTIONS.empty()
    collection = Collection(candidates)
    for step in COLLECTION_STEPS:
        step(collection)
    return _tables(collection.mentions)


def _tables(resolved: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame]:
    """The entities (named by canonical_names) and mentions tables of the resolved candidates."""
    names = canonical_names(resolved).join(resolved.select("key", "type").unique("key"), on="key")
    names = names.with_columns(
        entity_id=pl.Series([stable_id("E", t, n.lower()) for t, n in names.select("type", "name").iter_rows()], dtype=pl.String)
    )
    resolved = resolved.join(names.select("key", "name", "entity_id"), on="key", maintain_order="left")
    mentions = MENTIONS.conform(
        resolved.with_columns(
            mention_id=pl.Series(stable_ids("M", resolved, ["doc_id", "start", "end"]), dtype=pl.String),
            sentence_index=pl.lit(0, dtype=pl.Int64),
        ).unique(["doc_id", "start", "end"], keep="first", maintain_order=True)
    )
    entities = ENTITIES.conform(
        resolved.group_by("entity_id").agg(
            name=pl.col("name").first(),
            type=pl.col("type").first(),
            aliases=pl.col("text").unique().sort(),
            titles=pl.col("title").drop_nulls().unique().sort(),
            mention_count=pl.len().cast(pl.Int64),
            document_count=pl.col("doc_id").n_unique().cast(pl.Int64),
        )
    )
    return entities, mentions


def canonical_names(resolved: pl.DataFrame) -> pl.DataFrame:
    """The canonical name of each key: the fullest surface form, the most used among equals.

    Acronyms and all-capital forms only win when nothing else names the entity. A body has a name of several words before a word
    alone that is a city or common vocabulary (a club named after its town), however often sentences write that word.
    """
    forms = (
        resolved.with_columns(
            words=pl.col("text").str.count_matches(r"\S+"),
            shouting=pl.col("text").str.to_uppercase() == pl.col("text"),
        )
        .group_by("key", "text", "type")
        .agg(n=pl.len(), words=pl.col("words").first(), shouting=pl.col("shouting").first())
    )
    bare = [type_ == "ORG" and " " not in text and (text.lower() in city_names() or is_ordinary_word(text.lower()))
            for text, type_ in forms.select("text", "type").iter_rows()]
    return (
        forms.with_columns(
            rank_words=pl.when(pl.col("type") == "PERSON").then(pl.col("words")).otherwise(pl.lit(0)),
            bare=pl.Series(bare, dtype=pl.Boolean),
        )
        .sort(["key", "shouting", "bare", "rank_words", "n", "words", "text"],
              descending=[False, False, False, True, True, True, False])
        .group_by("key", maintain_order=True)
        .agg(name=pl.col("text").first())
    )


def _similar_pairs(keys: list[str]) -> list[tuple[str, str]]:
    """Pairs of keys whose whole strings are at least VARIANT_SIMILARITY alike.

    Words that pair up as variants make whole strings at least as alike (the edit distances add
    up), so this cheap C-side filter keeps every pair `_variant_of` could accept.
    """
    if len(keys) < 2:
        return []
    if len(keys) < 16:
        return [(a, b) for i, a in enumerate(keys) for b in keys[i + 1:]]
    scores = cdist(keys, keys, scorer=Indel.normalized_similarity, score_cutoff=VARIANT_SIMILARITY)
    return [(keys[i], keys[j]) for i, j in zip(*scores.nonzero()) if i < j]


def _variant_of(a: str, b: str) -> bool:
    """Two multi-word names whose words pair up as spelling variants (`aleksey volkov`/`aleksei volkov`)."""
    wa, wb = a.split(), b.split()
    if len(wa) != len(wb) or len(wa) < 2:
        return False
    return all(x[0] == y[0] and (x == y or Indel.normalized_similarity(x, y) >= VARIANT_SIMILARITY) for x, y in zip(wa, wb))
