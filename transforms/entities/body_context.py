"""Bodies by the collection's context: after the name model's vote (transforms/retyping.py), a name the vote made a person
that the whole collection never gives a person's title, office, epithet or given name, and writes after a body's words
(data/body_context_words.txt: `pemain X`, `markas X`, `saham X`, `karyawan X`) in several documents, far more often than
it makes it speak, is a body (rule `body_by_collection_context`); and a name the collection writes as an event, a
product or a law (`ajang X`, `sistem operasi X`, `Pasal 5 ayat (1) X`, `X 2017`; data/thing_context_words.txt) is no
entity.

One sentence says little of what a name is: a company or a club acting in a sentence (`Sukamaju mengumumkan ...`,
`Sukamaju menang`) reads as a person to a model of one mention's words, mention after mention, and a club's two-word
name takes a person's shape. The collection says more: across its documents a person is given a title, an office, a
speech, an epithet, a role before a name; a body has members, premises, shares and products. So the type comes from
every mention of the entity, not from one sentence.
"""

from __future__ import annotations

from functools import lru_cache

import polars as pl

from transforms.entities.vocabulary import ORG_CONTEXT
from transforms.lexicon import phrase_set, speech_verbs, word_set

BODY_BY_CONTEXT = "body_by_collection_context"
# documents, and mentions, of an entity the collection writes as a body from which it is a body: one document's
# `pemain Sukamaju` is a slip or an apposition (`pemain Rina Sari`); two documents are the collection's usage
MIN_BODY_DOCUMENTS = 2
MIN_BODY_MENTIONS = 2
# readings that say the text treats a name as a person's: a title, an office, speech, an epithet, a given name, an age or
# a role after it, a bracketed short name; any of them anywhere in the collection keeps the entity a person
PERSON_EVIDENCE_READINGS = (
    "quoted_speaker_in_run", "person_after_rank_branch", "person_after_title", "person_after_office", "person_after_place",
    "person_after_speech_verb", "person_after_source_cue", "initials_with_age", "name_with_age", "described_person", "person_after_title_or_cue",
    "person_before_speech_verb", "given_name", "bracketed_short_name", "named_epithet", "speaker_apposition", "initialled_name",
    "initials_of_name",
)
# a role word before a name (`person_after_role_word`) is a person's evidence unless it is a body's word or a team's
# role, which clubs take as often as players (`pelatih Sukamaju`, `pemain Sukamaju`); so is a mention in a quote's speaker
# slot, unless such a word or a title stands before it: then the speaker is the one holding that role (`kata pelatih
# Sukamaju`)
ROLE_READING = "person_after_role_word"
# a body speaks too (`Sukamaju menyatakan ...`): a name the collection writes as a body this many times as often as it
# makes it speak or gives it a person's role is a body; a title, an office or an epithet (PERSON_EVIDENCE_READINGS) is
# never outweighed
BODY_OVER_PERSON = 3
CONTEXT_CHARS = 40  # of text before a mention read for the words before it
PREVIOUS_WORD = r"(?:^|[^\w-])(\w+)[ \t]+$"  # the word right before the name, on its line
# a role's holder named beside the role of a body (`CEO Sukamaju, Rina Sari`, `Rina Sari, pelatih Sukamaju`): a person's
# name, two capitalised words, after a comma right after the mention, or before a comma and at most two words before it
HOLDER_AFTER = r"^, \p{Lu}\p{Ll}+ \p{Lu}"
HOLDER_BEFORE = r"\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+, (?:\p{L}+ ){1,2}$"
# the text says what the name is: `X adalah perusahaan ...`, `X merupakan nama startup ...` (a copula, then a head of a
# body's description, data/body_description_heads.txt): one such sentence makes it a body, where nothing makes it a person
COPULAS = ("adalah", "merupakan", "ialah")
DESCRIPTION_FILLERS = ("sebuah", "suatu", "salah satu", "nama", "sebagai")


@lru_cache(maxsize=1)
def body_words() -> pl.Series:
    return pl.Series(sorted(word_set("body_context_words.txt") | ORG_CONTEXT), dtype=pl.String)


@lru_cache(maxsize=1)
def defined_as_body() -> str:
    """The pattern of a copula then a body's description head at the start of the text after a name."""
    heads = "|".join(sorted(word_set("body_description_heads.txt")))
    fillers = "|".join(DESCRIPTION_FILLERS)
    return rf"^ (?:{'|'.join(COPULAS)}) (?:(?:{fillers}) )*(?:{heads})\b"


@lru_cache(maxsize=1)
def role_words() -> pl.Series:
    """Words of a role a person holds in a body: the last word of a title, a team's role, a body's word; not a role held
    for a person (data/personal_roles.txt, kin_words.txt)."""
    titles = {phrase[-1] for phrase in phrase_set("titles.txt")}
    personal = word_set("personal_roles.txt") | word_set("kin_words.txt")
    return pl.Series(sorted((titles | word_set("team_roles.txt") | set(body_words())) - personal), dtype=pl.String)


@lru_cache(maxsize=1)
def _cues() -> pl.Series:
    return pl.Series(sorted(speech_verbs()), dtype=pl.String)


@lru_cache(maxsize=1)
def _team_roles() -> pl.Series:
    return pl.Series(sorted(word_set("team_roles.txt")), dtype=pl.String)


def bodies_by_context(candidates: pl.Series, mentions: pl.DataFrame, documents: pl.DataFrame,
                      speaking: pl.DataFrame | None = None) -> pl.Series:
    """The entity ids of `candidates` (people by the vote) that are bodies: none of their mentions has a reading of
    PERSON_EVIDENCE_READINGS, nor a role word before it that is neither a body's word nor a team's role, nor speaks (a
    span of `speaking`: doc_id, start, end) with no role or title before it; and MIN_BODY_MENTIONS of them, in
    MIN_BODY_DOCUMENTS documents, follow a body's word (data/body_context_words.txt, org_context_words.txt) or name the
    body of a role whose holder is named beside it (HOLDER_AFTER, HOLDER_BEFORE); or one of them is defined as a body
    (`X merupakan perusahaan ...`, `defined_as_body`) and none makes it a person."""
    read = mentions.filter(pl.col("entity_id").is_in(candidates.implode())).select("entity_id", "doc_id", "start", "end", "type_rule")
    evidenced = read.filter(pl.col("type_rule").is_in(PERSON_EVIDENCE_READINGS))["entity_id"].unique()
    read = read.filter(~pl.col("entity_id").is_in(evidenced.implode()))
    if read.is_empty():
        return pl.Series("entity_id", [], dtype=pl.String)
    spoken = pl.DataFrame(schema={"doc_id": pl.String, "start": pl.Int64, "end": pl.Int64}) if speaking is None else speaking
    before = (pl.col("start") - CONTEXT_CHARS).clip(lower_bound=0)
    words = (read.join(documents.select("doc_id", "text"), on="doc_id", how="left")
             .join(spoken.select("doc_id", "start", "end").unique().with_columns(speaks=pl.lit(True)), on=["doc_id", "start", "end"], how="left")
             .select("entity_id", "doc_id", "type_rule", speaks=pl.col("speaks").fill_null(False),
                     left=pl.col("text").str.slice(before, pl.col("start") - before), right=pl.col("text").str.slice(pl.col("end"), CONTEXT_CHARS))
             .with_columns(previous=pl.col("left").str.extract(PREVIOUS_WORD).str.to_lowercase()))
    lower_previous = pl.col("left").str.contains(r"(?:^|[^\w-])\p{Ll}+[ \t]+$")
    body = (pl.col("previous").is_in(body_words().implode()) & lower_previous).fill_null(False)
    role = pl.col("previous").is_in(role_words().implode()).fill_null(False)
    holder = role & (pl.col("right").str.contains(HOLDER_AFTER) | pl.col("left").str.contains(HOLDER_BEFORE))
    person_role = (pl.col("type_rule") == ROLE_READING) & ~body & ~pl.col("previous").is_in(_team_roles().implode()).fill_null(False)
    # a speaker with a lower-case word before it that is no speech cue is the holder of a role of the name's (`kata mantan
    # pimpinan Sukamaju`), not the name
    owned = lower_previous & ~pl.col("previous").is_in(_cues().implode()).fill_null(False)
    # each mention's verdicts made over the whole column, then counted: an expression inside `agg` is read again for
    # every entity's group
    defined = pl.col("right").str.contains(defined_as_body())
    counted = words.with_columns(body=body | holder, person=person_role | pl.col("speaks") & ~role & ~owned).group_by("entity_id").agg(
        body_mentions=pl.col("body").sum(), body_documents=pl.col("doc_id").filter("body").n_unique(),
        person=pl.col("person").sum(), defined=defined.any())
    return counted.filter((pl.col("body_mentions") >= MIN_BODY_MENTIONS) & (pl.col("body_documents") >= MIN_BODY_DOCUMENTS)
                          & (pl.col("body_mentions") >= BODY_OVER_PERSON * pl.col("person"))
                          | pl.col("defined") & (pl.col("person") == 0))["entity_id"].sort()


# Things by the collection's context: a name the vote made a body, a place or (with no person's reading anywhere) a person
# that the collection writes as an event, a product or a law (data/thing_context_words.txt: `ajang X`, `sistem operasi
# X`; an article cited before it, `Pasal 5 ayat (1) X`; a year after it, `X 2017`) in THING_SHARE of its mentions, in
# MIN_BODY_DOCUMENTS documents, and as a body (a body's reading, BODY_EVIDENCE_READINGS, or a body's word before it) at
# most a THING_OVER_BODY-th as often, is no entity.
THING_SHARE = 1 / 3
THING_OVER_BODY = 4
BODY_EVIDENCE_READINGS = (
    "known_name", "known_name_first", "known_name_after_title", "organisation_head", "organisation_tail_or_site", "defined_acronym",
    "acronym_of_name", "acronym_inside_name", "abbreviation_of_name", "acronym_in_brackets", "company_short_form", "body_own_name", "club_in_club_report",
    "club_after_team_role", "club_short_form", "club_full_name", "organisation_context_word", "medium_after_citing_verb",
    "body_before_person", "ministry_short_form",
)
# an article of a law cited right before the name (`Pasal 340 X`, `Pasal 55 ayat (1) ke-1 X`, `pasal 3 huruf a X`): the
# citation style of UU 12/2011 (data/law_words.txt)
ARTICLE_BEFORE = r"(?i)\bpasal \d+\w*(?:[ ,]+(?:ayat|huruf|angka|ke|dan|atau|jo|juncto|junto)?[ .]*\(?[\w-]+\)?)*[ \t]+$"
YEAR_AFTER = r"^ (?:19|20)\d\d\b"  # an edition or a season (`X 2017`)


@lru_cache(maxsize=1)
def thing_words() -> pl.Series:
    return pl.Series(sorted(word_set("thing_context_words.txt")), dtype=pl.String)


def things_by_context(candidates: pl.Series, mentions: pl.DataFrame, documents: pl.DataFrame,
                      people: pl.Series | None = None) -> pl.Series:
    """The entity ids of `candidates` (bodies and places by the vote) and of `people` (people by the vote no quote makes
    speak) the collection writes as things, not bodies (see THING_SHARE); of `people`, only those none of whose mentions
    has a person's reading (PERSON_EVIDENCE_READINGS): an event, a product or a work takes a person's shape as often as a
    club does (`Miss Sukamaju`, `Nusa Prix`), a person's songs and programmes are written after their name
    (`program Rina Sari`), which the thing's words leave out."""
    people = pl.Series("entity_id", [], dtype=pl.String) if people is None else people
    person_read = mentions.filter(pl.col("entity_id").is_in(people.implode()))
    unevidenced = people.filter(~people.is_in(person_read.filter(pl.col("type_rule").is_in(PERSON_EVIDENCE_READINGS))["entity_id"].implode()))
    candidates = pl.concat([candidates.cast(pl.String).rename("entity_id"), unevidenced.cast(pl.String).rename("entity_id")])
    read = mentions.filter(pl.col("entity_id").is_in(candidates.implode())).select("entity_id", "doc_id", "start", "end", "type_rule")
    if read.is_empty():
        return pl.Series("entity_id", [], dtype=pl.String)
    before = (pl.col("start") - CONTEXT_CHARS).clip(lower_bound=0)
    words = (read.join(documents.select("doc_id", "text"), on="doc_id", how="left")
             .select("entity_id", "doc_id", "type_rule", left=pl.col("text").str.slice(before, pl.col("start") - before),
                     right=pl.col("text").str.slice(pl.col("end"), 8))
             .with_columns(previous=pl.col("left").str.extract(r"(?:^|[^\w-])(\p{Ll}+)[ \t]+$")))
    thing = (pl.col("previous").is_in(thing_words().implode()).fill_null(False) | pl.col("left").str.contains(ARTICLE_BEFORE)
             | pl.col("right").str.contains(YEAR_AFTER))
    body = pl.col("type_rule").is_in(BODY_EVIDENCE_READINGS) | pl.col("previous").is_in(body_words().implode()).fill_null(False)
    counted = words.with_columns(thing=thing, body=body).group_by("entity_id").agg(  # as in `bodies_by_context`
        mentions=pl.len(), things=pl.col("thing").sum(), thing_documents=pl.col("doc_id").filter("thing").n_unique(),
        bodies=pl.col("body").sum())
    return counted.filter((pl.col("things") >= THING_SHARE * pl.col("mentions")) & (pl.col("thing_documents") >= MIN_BODY_DOCUMENTS)
                          & (THING_OVER_BODY * pl.col("bodies") <= pl.col("things")))["entity_id"].sort()
