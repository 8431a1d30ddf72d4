"""A second opinion on resolved entities from the statistical name model (transforms/name_model.py).

The rules decide what a capitalised run is from titles, heads and the document's own evidence;
where they have little to go on (a lone word opening a sentence, a Title Case headline word, the
`US` of `US$`) the model, trained on open Indonesian NER data and the project's development golds,
reads the words around each mention.
Every mention is scored in its own context; an entity's type is the vote of its mentions, the
rules' type counting as a prior, and an entity the model reads as no name leaves the tables.
"""

from __future__ import annotations

from functools import lru_cache

import polars as pl

from transforms.common import join_looked_up, stable_id
from transforms.entities.body_context import BODY_BY_CONTEXT, bodies_by_context, things_by_context
from transforms.entities.shape import DEFAULT_READING, SHAPE_ALONE_READINGS, SHAPE_PERSON_READING, SHAPE_RULES
from transforms.entities.vocabulary import STRONG, normalise_key
from transforms.lexicon import city_names, corpus_vocabulary, known_names, match_key, phrase_set, table_rows, word_set
from transforms.name_model import CONTEXT_CHARS, FIXED_POINT, context_probabilities, span_contexts
from transforms.schemas import ENTITIES, ENTITY_TYPES, MENTIONS, QUOTE_CANDIDATES

# A name the rules found keeps its type unless several mentions say otherwise, and is dropped only on broad evidence.
# 3 -> 2 in session 31, chosen by two-fold cross-validation over dev29a..d and dev30a..d with fold models that never saw
# the fold (typed F1 +0.0020 and +0.0029; 1.5, 2.5 and 4 less on one fold or both), then measured once on the blind sets
# (held-out +0.0035, the fresh samples +0.0089, names28 +0.0038; docs/quality.md): the model, trained on 38 golds since,
# reads the words around each mention better than when the weight was set. 2 -> 0.75 in session 32, by three-fold
# cross-validation over dev29a..d, dev30a..d and dev31a..d with fold models trained on the other 38 golds (typed F1
# +0.0023, +0.0107, +0.0144; 1.0 and 1.25 up on every fold by less, 0.5 down on one), then measured once on the blind
# sets (held-out +0.0069, fresh dev32a..d +0.0010, names28 +0.0050; docs/quality.md). A shape's guess
# (GUESS_MENTIONS) now weighs as much before its reliability scales it: a lighter guess moved one fold up, one down.
RULE_MENTIONS = 0.75  # the rules' reading weighs as much as this many mentions the model reads as sure names of that type
# A type guessed from the name's shape alone (no title, head, gazetteer or cue placed it) weighs less than one
# sure mention: a model sure of another type in one mention (`Kebon Jeruk` read as a person's shape) wins. A word alone
# that only the default reading typed (DEFAULT_READING: a body, for want of any evidence) weighs nothing: the model's
# type decides, where it reads it as that type in MIN_OVERTURN_SHARE of its mentions (one-word people, surnames and
# nicknames, the default made bodies; counted on development sets the model never trained on, docs/quality.md). So does
# a person's shape alone (SHAPE_PERSON_READING: two to four words nothing else placed, as clubs, bands, places and works
# are written too), unless the text makes the name speak or describes it as a person (session 23, docs/quality.md).
GUESS_MENTIONS = 0.75
# Those two are what a reading that is always right weighs: each rule's prior is scaled by how often the entities it typed
# were right (a gold name of that type) on the name model's training golds, measured before the vote
# (data/rule_reliability.tsv, scripts/measure_rule_reliability.py; `rule_reliability`). Every rule weighed the same
# whatever its record: Title Case words after an office word (`Direktur <words>`) as much as a gazetteer's country. The precision
# is smoothed towards all rules' pooled precision by RELIABILITY_PSEUDO_ENTITIES, so a rule seen a few times weighs about
# what the average reading does, and one seen a hundred times what its record says; a rule right nine times in ten or more
# weighs nearly what it did before (docs/quality.md, session 26). A guess the text makes speak keeps the whole of
# GUESS_MENTIONS: scaled, the model retyped or dropped speakers (held-out speakers 877 -> 873 of 932; kept: 877).
RELIABILITY_PSEUDO_ENTITIES = 10
MIN_OVERTURN_SHARE = 0.3  # the model's mean probability of a type, over the mentions, that can overturn the rules' type
# share of the evidence saying `none` from which an entity is no name; 0.80 -> 0.70 in session 26, with SURE_NONE 0.95 ->
# 0.90, for the model retrained on 22 golds: chosen by two-fold grouped cross-validation over them (fold models, typed
# F1 0.8512 -> 0.8547, speakers equal), then measured once on the held-out sets (0.8175 -> 0.8207; docs/quality.md).
# 0.70 -> 0.55 in session 54, for the model trained on 198 golds. Two-fold grouped cross-validation (fold models that
# never saw dev50a..dev51h, dev52a..dev53h) with one share for every name gave typed F1 0.9009 / 0.9028 at 0.70, 0.9034
# / 0.9066 at 0.60, 0.9059 / 0.9067 at 0.55, 0.9061 / 0.9070 at 0.50, 0.9053 / 0.9059 at 0.45 (precision up, recall
# down; speakers equal down to 0.45); 0.55 with DESCRIBED_DROP_NONE 0.9059 / 0.9064, and with the parts of longer runs
# kept at 0.70 too 0.9039 / 0.9044 (the model's `none` for such a part is right more often than not); then measured
# once on the blind sets (docs/quality.md, round 52)
DROP_NONE = 0.55
# ... a name the text gives an acronym, an age or a role keeps the share of session 26: the text says it is a name
DESCRIBED_DROP_NONE = 0.70
# ... and for a name the collection writes in several documents, the shares of session 25 (0.80, SURE_NONE 0.95): on the
# corpus the lower ones dropped recurring bodies the model doubts in every mention (a municipal police unit, a parliamentary commission), as
# MIN_CONFIDENCE spares them
COLLECTION_DROP_NONE = 0.80
COLLECTION_SURE_NONE = 0.95
# A name the collection writes this many times as often under one entity as under another of another type ... 
MINOR_READING_RATIO = 10
MINOR_READING_CONFIDENCE = 0.6  # ... the lesser one this unsure of its type, is one referent (`_minor_readings_joined`)
# ... and a name the document makes a speaker that the rules only guessed by its shape (one they read otherwise stays):
# the text has it act, so it takes broader evidence (`pihak Tulus`, a singer; chosen by cross-validation and on unseen
# corpus text, docs/quality.md, session 21)
SPEAKER_DROP_NONE = 0.88
# The confidence (the final type's share of the evidence) under which a name of one document the text does not make
# speak leaves the tables: the model and the rules disagree on it too much for either reading to stand (of the entities
# under 0.2 on the development sets the model never trained on, 3 were right, 9 of another type and 12 no gold name;
# docs/quality.md, session 25). A name the collection writes in several documents stays (on the corpus the rule would
# drop clubs, apps and companies the model reads as no name mention after mention), as does a name of the gazetteer.
MIN_CONFIDENCE = 0.2
RECURRING_MENTIONS = 6  # mentions of a word alone in the collection from which it stays a name, whatever the model's `none`
# readings by which the text itself gives a mention its entity (`Rina Sari (Ucok)`, `... alias Ucok`, a defined
# acronym): the model's doubt that such a short form is a name says nothing of the entity's type
NAMED_BY_THE_TEXT = ("bracketed_short_name", "named_epithet", "defined_acronym", "acronym_of_name", "acronym_inside_name",
                     "abbreviation_of_name",
                     "surname_across_documents")
# The model's mean probability of `none` over an entity's mentions from which it is no name, whatever the rules read: a
# title, a head or a shape makes a name of capitalised vocabulary (`Promosi Jabatan Terbuka`, `Aliansi Masyarakat`) that
# the model, reading the words around it, is near certain of. Only where every mention is a whole capitalised run: for a
# part the rules cut from a longer run (`Sultan Rina Sari`), `none` says the span is not the run, not that it names no one.
# Chosen on dev16a/b, which the model never trained on; checked on fresh text (dev17a/b); 0.90 since session 26 (DROP_NONE).
# Nor for a name whose readings are all less reliable than the average reading (`_below_average_reading`, session 26).
SURE_NONE = 0.90
# A name read by its shape alone (SHAPE_ALONE_READINGS): codes and technical terms are written in capitals as often as
# bodies' acronyms (`RAM`, `KM230`; session 22), and terms, products, events and titles of works take a person's shape, a
# body's or a long name's as often as names do (`Crude Palm Oil`, `Trick Art`, `Smart TV`; session 23); the reading types
# the name but says nothing of whether it is one: the model's `none` decides that, as for DEFAULT_READING (docs/quality.md)
MODEL_COLUMNS = {"PERSON": "p_person", "ORG": "p_org", "LOC": "p_loc"}
SCORE_COLUMNS = ("p_none", *MODEL_COLUMNS.values())
SPAN_KEY = ("doc_id", "start", "end")
REFERENCE_READING = "reference_type"  # a mention typed by the reference collection's reading of its entity's name
MODEL_VOTE_READING = "name_model_vote"  # a mention whose entity the model's reading of its mentions gave another type
SETTING_COLUMNS = ("whole_run", "described")  # what SURE_NONE looks at around a span (`_span_settings`)
SPEAKING_COLUMNS = ("speaks", "cited", "pronoun_taken")  # what the quote candidates say of a mention (`_speaking_mentions`)
# The model's reading of each mention span, in fixed point, and its settings: both depend only on its document's text (a
# doc id is a digest of it) and its offsets, so they are kept between runs (flows/cache.py) and only new spans are read.
MENTION_SCORES = pl.Schema({"doc_id": pl.String, "start": pl.Int64, "end": pl.Int64, **dict.fromkeys(SCORE_COLUMNS, pl.Int64),
                            **dict.fromkeys(SETTING_COLUMNS, pl.Boolean)})
# Spans read at once: a slice holds the text cut around its spans and the scoring's frames. The 2 million spans of 61,020
# articles read at once took 0.68 GB above the stage's inputs, in slices of this size 0.31 GB; larger slices score fewer
# of the texts and contexts that repeat across them again, but hold more (docs/speed.md, session 23). The corpus's 6,102
# articles are one slice.
SPANS_AT_ONCE = 200_000


def mention_spans(mentions: pl.DataFrame, documents: pl.DataFrame) -> pl.DataFrame:
    """Each mention with CONTEXT_CHARS of its document's text on either side, as `score_spans` wants."""
    before = (pl.col("start") - CONTEXT_CHARS).clip(lower_bound=0)
    return (
        mentions.select("doc_id", "start", "end")
        .join(documents.select("doc_id", "text"), on="doc_id", how="left", maintain_order="left")
        .select(left=pl.col("text").str.slice(before, pl.col("start") - before),
                text=pl.col("text").str.slice(pl.col("start"), pl.col("end") - pl.col("start")),
                right=pl.col("text").str.slice(pl.col("end"), CONTEXT_CHARS))
    )


def score_mentions(mentions: pl.DataFrame, documents: pl.DataFrame, known: pl.DataFrame | None = None) -> pl.DataFrame:
    """MENTION_SCORES of every distinct span of `mentions`; the spans `known` (scores of an earlier call) holds are not
    scored again. Each span is read on its own, so they are read SPANS_AT_ONCE at a time, in the mentions' order: the
    text cut around them is held for one slice, not for all the collection's spans."""
    spans = mentions.select(SPAN_KEY).unique(maintain_order=True)
    found = spans.join(MENTION_SCORES.to_frame() if known is None else known, on=SPAN_KEY, how="inner", maintain_order="left")
    new = spans.join(found, on=SPAN_KEY, how="anti", maintain_order="left")
    scored = [_read_spans(new.slice(offset, SPANS_AT_ONCE), documents) for offset in range(0, new.height, SPANS_AT_ONCE)]
    return pl.concat([found, *scored]).cast(dict(MENTION_SCORES))


def _read_spans(spans: pl.DataFrame, documents: pl.DataFrame) -> pl.DataFrame:
    """`spans` (SPAN_KEY) with the model's reading of each, in fixed point, and its settings."""
    read = mention_spans(spans, documents)
    contexts = span_contexts(read)
    probabilities = pl.DataFrame(context_probabilities(contexts), schema=list(SCORE_COLUMNS), orient="row")
    return spans.hstack(probabilities.select((pl.col(column) * FIXED_POINT).round().cast(pl.Int64) for column in SCORE_COLUMNS)
                        ).hstack(_span_settings(read, contexts))


def retype_entities(entities: pl.DataFrame, mentions: pl.DataFrame, documents: pl.DataFrame,
                    scores: pl.DataFrame | None = None, quotes: pl.DataFrame | None = None) -> tuple[pl.DataFrame, pl.DataFrame]:
    """(entities, mentions) of `resolve_entities` -> the same with the model's vote on names and types.

    Each type's vote is the sum of its probability over the entity's mentions, plus RULE_MENTIONS
    for the rules' type (GUESS_MENTIONS when the shape alone typed every mention, none when the default reading or a
    person's shape alone typed it, for a name the text neither makes speak nor describes), times the measured precision
    of the most reliable rule that typed its mentions (`rule_reliability`); `confidence` is the winning
    vote's share of all the evidence but the model's `none` for the mentions the text itself names the entity by
    (NAMED_BY_THE_TEXT: a short form's shape is what the model doubts there). A name only guessed by its shape that the
    reference collection (the scale corpus, data/reference_types.tsv) reads as a body or a place by context in several
    documents takes that type, weighing RULE_MENTIONS: one run's articles rarely hold the cue other articles give (`klub`,
    `platform`, a body's head word), and the model alone reads a company acting in a sentence as a person. An entity
    leaves both tables when the `none` votes hold DROP_NONE (SPEAKER_DROP_NONE for a speaker) of the evidence (of its
    mentions alone for a single ordinary word, or for a name only ever read by the default or by its words alone,
    SHAPE_ALONE_READINGS, which say nothing of whether it is a name, unless a quote is cited from it), unless it is a
    known country, region, body or city. A name the document makes a speaker (a
    mention closing the speaker phrase of one of `quotes`, the quote candidates), not a word of the vocabulary, that the
    rules read by more than its shape stays, and the model does not make it a place unless the gazetteer knows it: the
    text has it act, which no reading of the words around one mention outweighs (a short form read as no name in most of
    its mentions, `Ipul` of `Gus Ipul`, took its person and his quotes away). Attributions
    are made afterwards, so they only refer to entities that stay. `scores`: `score_mentions` of these mentions, when
    the caller keeps them between runs.
    """
    if mentions.is_empty():
        return ENTITIES.conform(entities), mentions
    scores = _scores_in_order(mentions, scores if scores is not None else score_mentions(mentions, documents))
    guessed = pl.col("type_rule").is_in(list(_guess_rules())).all()
    defaulted = (pl.col("type_rule") == DEFAULT_READING).all()  # nothing but a word alone: no evidence of the rules
    by_shape = pl.col("type_rule").is_in(SHAPE_ALONE_READINGS).all()  # nothing but its shape: no evidence it is a name
    person_shaped = (pl.col("type_rule") == SHAPE_PERSON_READING).all()  # a person's shape says nothing of its type either
    spoken = _speaking_mentions(mentions, quotes)  # per mention: the vote sums it, the collection's context reads it
    reliabilities, pooled = rule_reliability()
    votes = (  # integer sums: the same in any order, so a rerun gives byte-identical confidences
        mentions.select("entity_id", "type_rule").hstack(scores).hstack(spoken)
        .with_columns(reliability=pl.col("type_rule").replace_strict(reliabilities, default=pooled, return_dtype=pl.Float64),
                      named_doubt=pl.when(pl.col("type_rule").is_in(NAMED_BY_THE_TEXT)).then("p_none").otherwise(0))
        .group_by("entity_id").agg(pl.all().exclude("type_rule", *SETTING_COLUMNS, *SPEAKING_COLUMNS, "reliability").sum(),
                                   mentions=pl.len(), guessed=guessed, defaulted=defaulted, by_shape=by_shape,
                                   person_shaped=person_shaped, whole_runs=pl.col("whole_run").all(),
                                   described=pl.col("described").any(), speaks=pl.col("speaks").any(),
                                   cited=pl.col("cited").any(), pronoun_taken=pl.col("pronoun_taken").any(),
                                   reliability=pl.col("reliability").max())  # the most reliable reading of its mentions
        .with_columns(pl.col("p_none", "named_doubt", *MODEL_COLUMNS.values()) / FIXED_POINT)
    )
    scores = None  # summed: not held while the mentions' retyped copy is made
    # a guess the reference collection reads otherwise by context takes that type, weighing as a reading of the rules
    referenced = pl.col("guessed") & pl.col("reference_type").is_not_null()
    lower = pl.col("name").str.to_lowercase()
    # a speaker the rules read by more than its shape, and no word of the vocabulary: `Ikan` closing `Kepala Balai
    # Karantina Hewan, Ikan` is the office's, `Express` of `menurut Sunday Express` a part the rules could not place
    speaking = pl.col("speaks") & ~lower.is_in(_ordinary_words().implode())
    evidence = pl.col("mentions") + pl.col("prior")
    vote_columns = [f"vote_{kind}" for kind in ENTITY_TYPES]
    weighed = (
        entities.join(votes, on="entity_id", how="left").with_columns(read_type=pl.col("type"))
        .with_columns(key=pl.col("name").map_elements(normalise_key, return_dtype=pl.String))
        .join(_reference_types(), on="key", how="left", maintain_order="left")
        .with_columns(known_key=pl.col("name").map_elements(match_key, return_dtype=pl.String))
        .join(_known_types(), on="known_key", how="left", maintain_order="left")
        .with_columns(type=pl.when(referenced).then("reference_type").otherwise("type"),
                      prior=pl.when((pl.col("defaulted") | pl.col("person_shaped") & ~speaking & ~pl.col("cited") & ~pl.col("described"))
                                & ~referenced).then(0.0)
                      .when(referenced).then(RULE_MENTIONS)
                      .when(pl.col("guessed") & speaking).then(GUESS_MENTIONS)  # a speaker's guess keeps its weight
                      .otherwise(pl.when("guessed").then(GUESS_MENTIONS).otherwise(RULE_MENTIONS) * pl.col("reliability")),
                      referenced=referenced)
    ).with_columns(
        **{f"vote_{kind}": pl.col(MODEL_COLUMNS[kind]) + pl.when(pl.col("type") == kind).then(pl.col("prior")).otherwise(0.0)
           for kind in ENTITY_TYPES}
    )
    weighed = weighed.with_columns(  # made once: the verdict below reads the winner three times
        winner=pl.concat_list(pl.lit(kind) for kind in ENTITY_TYPES).list.get(pl.concat_list(vote_columns).list.arg_max()),
        winner_share=pl.concat_list(MODEL_COLUMNS[kind] for kind in ENTITY_TYPES).list.get(
            pl.concat_list(vote_columns).list.arg_max()) / pl.col("mentions"))
    winner, winner_share = pl.col("winner"), pl.col("winner_share")
    known = pl.col("name").is_in(_gazetteer().implode()) | lower.is_in(_gazetteer().implode())
    speaker = speaking & ~pl.col("guessed")
    # the model overturns the rules only where it reads the name as that type often enough; a name
    # it mostly reads as no name (`Juventus` alone, a platform) keeps the rules' type; nor does it make a place of a
    # speaker the gazetteer does not know as one (a country speaks for its government)
    # nor does it retype a country, region or international body the rules read as the gazetteer types it: a country
    # acting in a sentence (`<country> menolak ...`) reads as a person to a model of one mention's words, mention after
    # mention, while the gazetteer knows the name (the corpus's most-mentioned "people" held a country)
    gazetteer_reading = (pl.col("type") == pl.col("known_type")) & (winner != pl.col("known_type"))
    kept_reading = (((winner != pl.col("type")) & (winner_share < MIN_OVERTURN_SHARE)) | (speaker & ~known & (winner == "LOC"))
                    | gazetteer_reading)
    type_ = pl.when(kept_reading).then(pl.col("type")).otherwise(winner)
    voted = weighed.with_columns(type=type_)
    # a person by the vote the collection never treats as one and writes as a body (transforms/entities/body_context.py)
    candidates = voted.filter(pl.col("type") == "PERSON")["entity_id"]
    speaks = mentions.select(SPAN_KEY).filter(spoken["speaks"])
    bodies = bodies_by_context(candidates, mentions, documents, speaks)
    retyped = voted.with_columns(by_context=pl.col("entity_id").is_in(bodies.implode())).with_columns(
        type=pl.when("by_context").then(pl.lit("ORG")).otherwise("type")).with_columns(
        confidence=(pl.concat_list(vote_columns).list.get(
            pl.col("type").replace_strict({kind: i for i, kind in enumerate(ENTITY_TYPES)}, return_dtype=pl.Int64))
            / (evidence - pl.col("named_doubt"))).clip(0.0, 1.0),
    )
    # whether it is a name at all: a word only ever read by the default, or by its shape alone, brings no evidence of the
    # rules for it, unless the document makes it speak or cites a quote from it, or the reference collection reads it by
    # context
    no_rule_evidence = pl.col("defaulted") | (pl.col("by_shape") & ~pl.col("referenced") & ~speaking & ~pl.col("cited"))
    name_evidence = pl.col("mentions") + pl.when(no_rule_evidence).then(0.0).otherwise(pl.col("prior"))
    several = pl.col("document_count") > 1
    sure_none = ((pl.col("whole_runs") | pl.col("guessed") | _below_average_reading(pooled)) & ~pl.col("described")
                 & (pl.col("p_none") / pl.col("mentions") >= pl.when(several).then(COLLECTION_SURE_NONE).otherwise(SURE_NONE)))
    drop_share = pl.when(speaking).then(SPEAKER_DROP_NONE).when(several).then(COLLECTION_DROP_NONE) \
        .when(pl.col("described")).then(DESCRIBED_DROP_NONE).otherwise(DROP_NONE)
    # a word in capitals only its capitals read, that the model reads as no name across the scale corpus (a code, a term:
    # `SPT`, `ESG`; data/unnamed_acronyms.tsv): one document's contexts say less than the corpus's
    unnamed = pl.col("by_shape") & (pl.col("name").str.to_uppercase() == pl.col("name")) & pl.col("key").is_in(_unnamed_acronyms().implode()) \
        & ~speaking & ~pl.col("cited") & ~pl.col("described")
    no_name = (pl.col("p_none") / name_evidence >= drop_share) | sure_none | unnamed | (
        lower.is_in(_ordinary_words().implode()) & (pl.col("p_none") / pl.col("mentions") >= DROP_NONE))  # `Semoga`, `Tarif`
    # a body or a place by the vote the collection writes as an event, a product or a law (transforms/entities/body_context.py)
    things = things_by_context(retyped.filter(pl.col("type") != "PERSON")["entity_id"], mentions, documents,
                               retyped.filter((pl.col("type") == "PERSON") & ~pl.col("speaks"))["entity_id"])
    thing = pl.col("entity_id").is_in(things.implode())
    # a body by the collection's context or the text's definition is no name the vote doubts, however its mentions read to
    # the model (`X merupakan nama perusahaan rintisan`: one model retrained in session 42 read that X as no name)
    unsure = (pl.col("confidence") < MIN_CONFIDENCE) & ~speaking & (pl.col("document_count") == 1) & ~pl.col("by_context")
    # a body's or place's word alone the collection writes as a name again and again, no acronym and no word of the
    # vocabulary (the corpus writes it in lower case less than half the time; KBBI's roots, `Islam`) or of English: a name, however the model
    # reads the words around each mention, or doubts its type (`Tokobaru merilis ...`, a company acting; a person's name
    # stays by the speakers' rules, and a term read as one, `Perda`, does not)
    recurring = ~pl.col("name").str.contains(" ") & (pl.col("name").str.to_uppercase() != pl.col("name")) \
        & (pl.col("mentions") >= RECURRING_MENTIONS) & (pl.col("type") != "PERSON") & ~lower.is_in(_any_vocabulary().implode())
    retyped = _minor_readings_joined(_ids_of_final_types(retyped.filter((~no_name | known | speaker | recurring | pl.col("by_context"))
                                                                        & (~thing | known)
                                                                        & (~unsure | known | recurring))))
    # the kept rows first, then their settled columns looked up: a join would copy every column of all the mentions
    kept = mentions.filter(pl.col("entity_id").is_in(retyped["entity_id"].implode())).rename({"type": "read_as"})
    mentions = None  # handed over by the caller (flows/ahead.py): the copy is retyped, grouped and ordered without them
    kept = (join_looked_up(kept, retyped.select("entity_id", "type", "new_id", "referenced", "by_context"), ["entity_id"])
            .with_columns(entity_id=pl.col("new_id"), type_rule=pl.when(pl.col("by_context") & (pl.col("type") != pl.col("read_as")))
                          .then(pl.lit(BODY_BY_CONTEXT))
                          .when(pl.col("referenced") & (pl.col("type") != pl.col("read_as")))
                          .then(pl.lit(REFERENCE_READING))
                          .when(pl.col("type") != pl.col("read_as")).then(pl.lit(MODEL_VOTE_READING)).otherwise("type_rule"))
            .drop("new_id", "read_as", "referenced", "by_context"))
    return ENTITIES.conform(_joined_by_type(retyped, kept)), MENTIONS.conform(kept)


def _below_average_reading(pooled: float) -> pl.Expr:
    """Whether the most reliable rule that typed an entity is right less often than the average reading (`pooled`), for a
    name no pronoun may take as a speaker. SURE_NONE spares a part the rules cut from a longer run, as the model's `none`
    there may only say that the span is not the run; a reading less reliable than the average gives no such benefit of the
    doubt: an office word's tail (`person_after_office`: of its 90 entities on the training golds 24 named no one, a club's
    or a show's English words) is no name where the model is that sure. A person named just before a quote whose
    speaker only a pronoun gives (`Direktur <body> <name> menyebut ... , katanya`) stays: attribution may give it the quote."""
    return (pl.col("reliability") < pooled) & ~pl.col("pronoun_taken")


@lru_cache(maxsize=1)
def rule_reliability() -> tuple[dict[str, float], float]:
    """(type rule -> its smoothed precision, all rules' pooled precision), from data/rule_reliability.tsv: a rule's right
    entities plus RELIABILITY_PSEUDO_ENTITIES at the pooled precision (a Beta prior), over its entities plus those. A rule
    the file does not list (never seen typing a gold document's entity) has the pooled precision."""
    rows = [(rule, int(right), int(other), int(none)) for rule, right, other, none in table_rows("rule_reliability.tsv")]
    pooled = sum(right for _, right, _, _ in rows) / sum(right + other + none for _, right, other, none in rows)
    return {rule: (right + RELIABILITY_PSEUDO_ENTITIES * pooled) / (right + other + none + RELIABILITY_PSEUDO_ENTITIES)
            for rule, right, other, none in rows}, pooled


def _scores_in_order(mentions: pl.DataFrame, scores: pl.DataFrame) -> pl.DataFrame:
    """The SCORE_COLUMNS and SETTING_COLUMNS of each mention, in the mentions' order: the scores of a run that scored every
    span come in that order already (each mention is a span of its own), and are not joined to the 2 million mentions
    again."""
    spans, columns = mentions.select(SPAN_KEY), [*SCORE_COLUMNS, *SETTING_COLUMNS]
    if scores.select(SPAN_KEY).equals(spans):
        return scores.select(columns)
    return spans.join(scores, on=SPAN_KEY, how="left", maintain_order="left").select(columns)


def _span_settings(spans: pl.DataFrame, contexts: pl.DataFrame) -> pl.DataFrame:
    """Per span (`mention_spans`, and its `span_contexts`), what SURE_NONE looks at: `whole_run`, no capitalised word
    touches it on either side but a one-word title before it (session 33: blind held-out +0.0011, fresh +0.0016);
    `described`, the text gives it an acronym or an age in brackets, or a person's role after a comma, right after it
    (`Asosiasi Pengolah Logam (APL)`, `Rina Kartika (30)`, `Pesta Sari, kakak korban`): the document itself treats it as
    a name."""
    # a title before the span touches it as no name's word does: the golds never hold it in the name (`Menteri | Rina
    # Sari`), so the model's `none` for the span after it speaks of the span, as for a whole run (`Ketua | Fraksi`)
    after_title = pl.col("prev").str.to_lowercase().is_in(_title_words().implode()).fill_null(False)
    capitalised_before = pl.col("prev").str.contains(r"^\p{Lu}").fill_null(False) & ~after_title
    touching = capitalised_before | pl.col("next").str.contains(r"^\p{Lu}").fill_null(False)
    bracketed = pl.col("right").str.contains(r"^ ?\((?:\p{Lu}[\p{Lu}\p{Ll}\d&-]*\p{Lu}[\p{Lu}\d]*|\d{1,3})\)")
    role = pl.col("right").str.extract(r"^, (\p{L}+)").str.to_lowercase().is_in(_person_roles().implode()).fill_null(False)
    return contexts.select(whole_run=~touching).hstack(spans.select(described=bracketed | role))


def _speaking_mentions(mentions: pl.DataFrame, quotes: pl.DataFrame | None) -> pl.DataFrame:
    """Per mention, `speaks`: it closes the speaker phrase of a quote candidate of its document, the slot of the speaker's
    name (`Menteri Sukamaju Rina Sari` of `kata Menteri Sukamaju Rina Sari`; not the office's words before it); `cited`:
    it closes the source a quote candidate is cited from (`dilansir Harian Sukamaju`)."""
    spans = mentions.select("doc_id", "start", "end").with_row_index("row")
    quotes = QUOTE_CANDIDATES.empty() if quotes is None else quotes

    def closing(start: str, end: str) -> pl.Expr:
        slots = quotes.select("doc_id", start, end).drop_nulls()
        rows = (spans.join(slots, left_on=["doc_id", "end"], right_on=["doc_id", end], how="inner")
                .filter(pl.col("start") >= pl.col(start))["row"].unique())
        return pl.col("row").is_in(rows.implode())

    speaking = spans.select(speaks=closing("speaker_start", "speaker_end"), cited=closing("via_start", "via_end"))
    return speaking.with_columns(pronoun_taken=_last_person_before_unnamed(mentions, quotes, speaking["speaks"]))


def _last_person_before_unnamed(mentions: pl.DataFrame, quotes: pl.DataFrame, speaks: pl.Series) -> pl.Series:
    """Per mention: it is the last person (by the rules' type) its document names before a quote candidate whose speaker
    phrase closes on no mention (`"...," katanya`, `Ia mengatakan ...`): the person a pronoun there may take."""
    named = mentions.select("doc_id", "end").filter(speaks)
    unnamed = (quotes.join(named, left_on=["doc_id", "speaker_end"], right_on=["doc_id", "end"], how="anti")
               .select("doc_id", opening=pl.min_horizontal("start", "cue_start", "speaker_start")).sort("opening"))
    people = mentions.select("doc_id", "end", "type").with_row_index("row").filter(pl.col("type") == "PERSON").sort("end")
    taken = unnamed.join_asof(people.drop("type"), left_on="opening", right_on="end", by="doc_id", strategy="backward",
                              check_sortedness=False)["row"].drop_nulls()  # sorted by position: each document's in order
    return pl.int_range(mentions.height, eager=True).is_in(taken.implode())


def _ids_of_final_types(entities: pl.DataFrame) -> pl.DataFrame:
    """`new_id`: the id `resolve_entities` gives a name of the type the vote settled on, so an entity's id does not
    change with the rules' first reading (which another document can tip) and incremental runs reuse the documents
    that mention it. A name two entities share (in any case: ids are made from the lower-cased name) keeps the ids
    resolution gave (unique, and no other name's id can equal them), unless only the rules' types kept them apart."""
    new_id = pl.Series([stable_id("E", kind, name.lower()) for kind, name in entities.select("type", "name").iter_rows()],
                       dtype=pl.String)
    entities = entities.with_columns(new_id=pl.when(pl.col("name").str.to_lowercase().is_duplicated()).then(pl.col("entity_id")).otherwise(pl.lit(new_id)))
    # entities of one name that resolution kept apart only by the rules' types (`di Sukamaju` read as a place, `Sukamaju`
    # elsewhere as a club) and the vote settled on one type are one referent: they take the id of the most mentioned
    same = [pl.col("name").str.to_lowercase(), "type"]
    apart_by_type = (pl.len().over(same) > 1) & (pl.col("read_type").n_unique().over(same) == pl.len().over(same))
    first = pl.col("new_id").sort_by(pl.col("mention_count"), "new_id", descending=[True, False]).first().over(same)
    return entities.with_columns(new_id=pl.when(apart_by_type).then(first).otherwise("new_id"))


def _minor_readings_joined(entities: pl.DataFrame) -> pl.DataFrame:
    """A name the collection writes MINOR_READING_RATIO times as often under one entity as under another of another type,
    the lesser one unsure of its type (under MINOR_READING_CONFIDENCE) and silent, is the same referent read otherwise in
    a few sentences (`Indonesia` read as a person where it acts, a club read as its town): it takes the greater one's id
    and type. A confident or speaking lesser reading stays apart (a person named like a country)."""
    name = pl.col("name").str.to_lowercase()
    greatest = pl.struct("new_id", "type").sort_by("mention_count", "new_id", descending=[True, False]).first().over(name)
    minor = ((pl.col("mention_count") * MINOR_READING_RATIO <= pl.col("mention_count").max().over(name))
             & (pl.col("confidence") < MINOR_READING_CONFIDENCE) & ~pl.col("speaks")
             & (pl.col("type") != greatest.struct.field("type")))
    return entities.with_columns(new_id=pl.when(minor).then(greatest.struct.field("new_id")).otherwise("new_id"),
                                 type=pl.when(minor).then(greatest.struct.field("type")).otherwise("type"))


def _joined_by_type(entities: pl.DataFrame, mentions: pl.DataFrame) -> pl.DataFrame:
    """One row per `new_id` of the settled entities: a referent `_ids_of_final_types` joined takes the name of its most
    mentioned part, every alias and title, and the mention-weighted confidence."""
    ordered = entities.sort("mention_count", "entity_id", descending=[True, False])
    return ordered.group_by("new_id", maintain_order=True).agg(
        name=pl.col("name").first(), type=pl.col("type").first(),
        aliases=pl.col("aliases").list.explode(keep_nulls=False, empty_as_null=False).unique().sort(),
        titles=pl.col("titles").list.explode(keep_nulls=False, empty_as_null=False).unique().sort(),
        confidence=pl.when(pl.len() == 1).then(pl.col("confidence").first())
        .otherwise((pl.col("confidence") * pl.col("mention_count")).sum() / pl.col("mention_count").sum()),
        mention_count=pl.col("mention_count").sum(),
    ).join(mentions.group_by("entity_id").agg(document_count=pl.col("doc_id").n_unique().cast(pl.Int64)),
           left_on="new_id", right_on="entity_id", how="left").rename({"new_id": "entity_id"})


@lru_cache(maxsize=1)
def _guess_rules() -> frozenset[str]:
    """The shape rules that type a name by its shape alone, below a strong reading."""
    return frozenset(rule.name for rule in SHAPE_RULES if rule.strength < STRONG)


@lru_cache(maxsize=1)
def _reference_types() -> pl.DataFrame:
    """key -> the type (ORG, LOC) the scale corpus, read as a reference collection, gives the name by context in several
    documents (data/reference_types.tsv, mined by scripts/mine_reference_types.py from each document's readings), else
    the body its whole collection's context makes of it (data/reference_bodies.tsv, scripts/mine_reference_bodies.py)."""
    types: dict[str, str] = {}
    for name in ("reference_types.tsv", "reference_bodies.tsv"):
        for key, type_, *_ in table_rows(name):
            types.setdefault(key, type_)
    return pl.DataFrame({"key": list(types), "reference_type": list(types.values())},
                        schema={"key": pl.String, "reference_type": pl.String})


@lru_cache(maxsize=1)
def _unnamed_acronyms() -> pl.Series:
    """Keys of the words in capitals the model reads as no name across the scale corpus (data/unnamed_acronyms.tsv, mined
    by scripts/mine_unnamed_acronyms.py)."""
    return pl.Series([key for key, *_ in table_rows("unnamed_acronyms.tsv")], dtype=pl.String)


@lru_cache(maxsize=1)
def _gazetteer() -> pl.Series:
    """Countries, regions, international bodies (as `match_key` writes them) and world cities; not a city whose name is a
    word the news corpus writes mostly in lower case (`Negara`, `Batu`, `Sumber`: 127 cities of GeoNames): capitalised,
    it opens a sentence or a title as often as it names the town, and the model's reading decides."""
    return pl.Series(sorted(set(known_names()) | (city_names() - corpus_vocabulary())), dtype=pl.String)


@lru_cache(maxsize=1)
def _known_types() -> pl.DataFrame:
    """Countries, regions and international bodies (as `match_key` writes them) -> their type (`known_names`)."""
    names = known_names()
    return pl.DataFrame({"known_key": list(names), "known_type": [kind for kind, _ in names.values()]},
                        schema={"known_key": pl.String, "known_type": pl.String})


@lru_cache(maxsize=1)
def _any_vocabulary() -> pl.Series:
    """Every list of words that are no names: the ordinary words, the corpus's lower-case words, KBBI's roots, English."""
    words = (word_set("common_words.txt") | word_set("lowercase_words.txt") | corpus_vocabulary() | word_set("root_words.txt")
             | word_set("english_words.txt"))
    return pl.Series(sorted(words), dtype=pl.String)


@lru_cache(maxsize=1)
def _ordinary_words() -> pl.Series:
    return pl.Series(sorted(word_set("common_words.txt") | word_set("lowercase_words.txt")), dtype=pl.String)


@lru_cache(maxsize=1)
def _title_words() -> pl.Series:
    """The one-word titles (data/titles.txt): `Menteri`, `Ketua`, `Presiden`."""
    return pl.Series(sorted(phrase[0] for phrase in phrase_set("titles.txt") if len(phrase) == 1), dtype=pl.String)


@lru_cache(maxsize=1)
def _person_roles() -> pl.Series:
    return pl.Series(sorted(word_set("person_roles.txt")), dtype=pl.String)
