"""The quotes and attributions tables: every quote candidate with its speaker (and intermediary source)
resolved to entities."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import groupby
from operator import itemgetter

import polars as pl

from transforms.attributions.clusters import cluster_quotes_incrementally
from transforms.attributions.context import SpeakerContext
from transforms.attributions.speaker_model import load_model, speak
from transforms.attributions.sources import SpeakerSources
from transforms.attributions.speakers import PRONOUNS, past_a_cut_name, resolve_speaker
from transforms.common import alternation, join_looked_up, stable_id
from transforms.lexicon import word_set
from transforms.schemas import ARTICLE_SOURCE_RULE, ATTRIBUTIONS, QUOTES, SOURCE_RULE, SPEAKER_SOURCE_RULE
from transforms.sentences import attach_sentence_index


QUOTE_ROW = ["quote_id", "doc_id", "text", "start", "end", "kind", "rule"]
# One document's rows: its quotes (as QUOTE_ROW) and its attributions (as ATTRIBUTIONS).
DocumentRows = tuple[list[tuple], list[tuple]]
# The rows of many documents, each row with the key of its document (see `attribute_documents`): the frames
# `quotes` (QUOTE_ROW) and `attributions` (ATTRIBUTIONS), in the documents' order, each document's rows in theirs.
SPEAKER_MODEL = load_model()
BODY_VOICE = re.compile(rf"\b(?:{alternation(word_set('first_person_plural_exclusive.txt'))})\b", re.IGNORECASE)
FIRST_PERSON = re.compile(rf"\b(?:{alternation(word_set('first_person_singular.txt'))})\b", re.IGNORECASE)
NAMING_BODY_RULES = ("named_organisation", "named_body")  # the phrase names a body or place (`kata RM`, `RM mengaku`)
ATTRIBUTED: dict[str, pl.Schema] = {
    "quotes": pl.Schema({"key": pl.String, **{name: QUOTES.schema[name] for name in QUOTE_ROW}}),
    "attributions": pl.Schema({"key": pl.String, **ATTRIBUTIONS.schema}),
}
# The columns of the collection's tables the attribution and the clusters' summary read (`_document_keys`, `_part_frames`,
# `summarise_clusters`): a run that has staged those tables already holds only these meanwhile.
READ_COLUMNS = {
    "documents": ("doc_id", "text", "outlet", "published_date", "source_path"),
    "entities": ("entity_id", "titles"),
    "mentions": ("doc_id", "start", "end", "entity_id", "type"),
}
# Documents attributed together: their texts, candidates and mentions are Python objects meanwhile (at 18,306 articles,
# all at once held 0.3 GB more than the collection's frames).
DOCUMENTS_AT_ONCE = 2000


def attribute_quotes(candidates: pl.DataFrame, documents: pl.DataFrame, entities: pl.DataFrame, mentions: pl.DataFrame,
                     sentences: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Quote candidates -> (quotes, attributions)."""
    quotes, attributions, _ = assemble_attributions(attribute_documents(candidates, documents, entities, mentions, sentences, None),
                                                    sentences, None)
    return quotes, attributions


def attribute_documents(candidates: pl.DataFrame, documents: pl.DataFrame, entities: pl.DataFrame, mentions: pl.DataFrame,
                        sentences: pl.DataFrame, known: dict[str, pl.DataFrame] | None, map_parts=map,
                        documents_at_once: int = DOCUMENTS_AT_ONCE) -> dict[str, pl.DataFrame]:
    """The rows (ATTRIBUTED) of every document with quote candidates, keyed by a digest of all that its speakers
    are resolved from (its text's id, candidates, mentions, sentence starts and the titles of the entities it
    mentions): a document whose key has rows in `known` (an earlier call's result) takes them from there.

    The keys are computed in Polars; only the documents to attribute again become Python rows, `documents_at_once`
    at a time, so the Python objects of a collection's texts, candidates and mentions never exist all at once. Each
    part's frames are given to `attribute_part` through `map_parts` (the builtin `map`, or one that runs the parts
    elsewhere, in parallel: a part reads only its frames), which yields the parts' rows in the parts' order."""
    candidates = candidates.sort("doc_id", "start")  # a document's candidates in the order they are attributed
    keys = _document_keys(candidates, entities, mentions, sentences)
    known = known or {name: pl.DataFrame(schema=schema) for name, schema in ATTRIBUTED.items()}
    wanted = keys.filter(~pl.col("key").is_in(known["quotes"]["key"].implode()))
    fresh = list(map_parts(attribute_part, _parts(wanted, candidates, documents, entities, mentions, sentences, documents_at_once)))
    order = keys.with_row_index("order").select("key", "order")  # every row's key is there, once
    rows = {}
    for name in ATTRIBUTED:
        # the order is looked up, not joined with every column, and each table's parts go once it is sorted: the rows
        # are not held twice over beside the collection's (at 61,020 articles: 343,810 quotes)
        rows[name] = (join_looked_up(pl.concat([known[name].filter(pl.col("key").is_in(keys["key"].implode())),
                                                *(part.pop(name) for part in fresh)]), order, ["key"])
                      .sort("order", maintain_order=True).drop("order"))
    return rows


def _parts(wanted: pl.DataFrame, candidates: pl.DataFrame, documents: pl.DataFrame, entities: pl.DataFrame,
           mentions: pl.DataFrame, sentences: pl.DataFrame, size: int) -> Iterator[dict[str, pl.DataFrame]]:
    """The frames of each part of `size` (at most DOCUMENTS_AT_ONCE) `wanted` documents, in their order: each
    DOCUMENTS_AT_ONCE documents' frames are filtered out of the collection's first, and their parts out of those (a
    filter reads the whole frame: small parts of a large collection would read it again and again)."""
    for start in range(0, wanted.height, DOCUMENTS_AT_ONCE):
        frames = _part_frames(wanted.slice(start, DOCUMENTS_AT_ONCE), candidates, documents, entities, mentions, sentences)
        for offset in range(0, frames["wanted"].height, size):
            yield _part_frames(frames["wanted"].slice(offset, size), frames["candidates"], frames["texts"], frames["titles"],
                               frames["mentions"], frames["starts"])


def _part_frames(wanted: pl.DataFrame, candidates: pl.DataFrame, documents: pl.DataFrame, entities: pl.DataFrame,
                 mentions: pl.DataFrame, sentences: pl.DataFrame) -> dict[str, pl.DataFrame]:
    """What `attribute_part` reads of the `wanted` documents (doc_id, key), and nothing else."""
    doc_ids = wanted["doc_id"].implode()
    doc_mentions = mentions.filter(pl.col("doc_id").is_in(doc_ids)).select("doc_id", "start", "end", "entity_id", "type")
    mentioned = doc_mentions["entity_id"].unique().implode()
    return {
        "wanted": wanted,
        "texts": documents.filter(pl.col("doc_id").is_in(doc_ids)).select("doc_id", "text"),
        "mentions": doc_mentions,
        "titles": entities.filter(pl.col("entity_id").is_in(mentioned)).select("entity_id", "titles"),
        "starts": sentences.filter(pl.col("doc_id").is_in(doc_ids)).sort("doc_id", "start").select("doc_id", "start"),
        "candidates": candidates.filter(pl.col("doc_id").is_in(doc_ids)),
    }


def attribute_part(frames: dict[str, pl.DataFrame]) -> dict[str, pl.DataFrame]:
    """The rows (ATTRIBUTED) of one part's documents, from their frames (`_part_frames`)."""
    texts = dict(frames["texts"].iter_rows())
    titles = {e: {t.lower() for t in ts} for e, ts in frames["titles"].iter_rows()}
    by_doc: dict[str, list] = {}
    for doc_id, start, end, entity_id, type_ in frames["mentions"].iter_rows():
        by_doc.setdefault(doc_id, []).append((start, end, entity_id, type_))
    sentence_starts: dict[str, list[int]] = {}
    for doc_id, start in frames["starts"].iter_rows():
        sentence_starts.setdefault(doc_id, []).append(start)
    rows = {doc_id: list(group) for doc_id, group in groupby(frames["candidates"].to_dicts(), key=itemgetter("doc_id"))}
    fresh: dict[str, list[tuple]] = {"quotes": [], "attributions": []}
    for doc_id, key in frames["wanted"].iter_rows():
        doc_mentions_list = by_doc.get(doc_id, [])
        doc_titles = {e: titles[e] for e in sorted({m[2] for m in doc_mentions_list}) if e in titles}
        quote_rows, attribution_rows = attribute_document(doc_id, texts[doc_id], rows[doc_id], doc_mentions_list,
                                                          sentence_starts.get(doc_id, []), doc_titles)
        fresh["quotes"] += [(key, *row) for row in quote_rows]
        fresh["attributions"] += [(key, *row) for row in attribution_rows]
    return {name: pl.DataFrame(fresh[name], schema=schema, orient="row") for name, schema in ATTRIBUTED.items()}


def _document_keys(candidates: pl.DataFrame, entities: pl.DataFrame, mentions: pl.DataFrame, sentences: pl.DataFrame) -> pl.DataFrame:
    """doc_id and key of every document with candidates (in the candidates' order): a digest of its candidates, its
    mentions (in their order), its sentence starts and the titles of the entities it mentions."""
    def joined(frame: pl.DataFrame, name: str, columns: list[str]) -> pl.DataFrame:
        row = pl.concat_str([pl.col(c).cast(pl.String).fill_null("\x00") for c in columns], separator="\x1f")
        return frame.group_by("doc_id", maintain_order=True).agg(row.str.join("\x1e").alias(name))

    titles = (mentions.select("doc_id", "entity_id").unique()
              .join(entities.select("entity_id", pl.col("titles").list.sort().list.join("\x1f").alias("titles")), on="entity_id")
              .sort("doc_id", "entity_id"))
    parts = [joined(candidates, "candidates", candidates.columns),
             joined(mentions, "mentions", ["start", "end", "entity_id", "type"]),
             joined(sentences.sort("doc_id", "start"), "starts", ["start"]),
             joined(titles, "titles", ["entity_id", "titles"])]
    frame = parts[0]
    for part in parts[1:]:
        frame = frame.join(part, on="doc_id", how="left", maintain_order="left")
    keys = frame.select(pl.concat_str([pl.col(c).fill_null("") for c in frame.columns], separator="\x1d").alias("key"))["key"].to_list()
    return pl.DataFrame({"doc_id": frame["doc_id"], "key": pl.Series([stable_id("D", key) for key in keys], dtype=pl.String)})


def document_context(text: str, rows: list[dict], mentions: list[tuple[int, int, str, str]], sentence_starts: list[int],
                     titles: dict[str, set[str]]) -> SpeakerContext:
    """What the speaker rules read of one document, with the people its quotes name as speakers confirmed.

    A name the entity stage typed as a body or place that the document quotes by name saying `saya` or `aku`
    (`kata RM. “Saya ...”`), or whose next quote, given by a pronoun or `-nya` alone, says it (unless its own quote
    says `kami`, a body's voice), or right after an office or a person's role and a comma (`Ketua DPRD Sukamaju,
    Rudi mengatakan`, `kata Kepala Dinas Sukamaju, Rudi`; not a country or a city), speaks as a person: its mentions
    are read as a person's, so `ujarnya` and `ia` after them can point to it, whatever its type."""
    context = _confirmed_context(text, rows, mentions, sentence_starts, titles)
    if context.speaking_as_people:
        mentions = [(s, e, i, "PERSON" if i in context.speaking_as_people else t) for s, e, i, t in mentions]
        context = _confirmed_context(text, rows, mentions, sentence_starts, titles)
    return context


def _confirmed_context(text: str, rows: list[dict], mentions: list[tuple[int, int, str, str]], sentence_starts: list[int],
                       titles: dict[str, set[str]]) -> SpeakerContext:
    context = SpeakerContext(text, mentions, sentence_starts, [(q["start"], q["end"]) for q in rows], titles)
    attributed = [q for q in rows if q["speaker_start"] is not None and q["speaker_end"] > q["speaker_start"]]
    for q, following in zip(attributed, attributed[1:] + [None]):
        named, how = resolve_speaker(context, q["speaker_start"], q["speaker_end"], q["start"])
        if named is not None and how in ("named_person", "person_in_body_name", "apposition", "named_in_document"):
            context.confirmed.add(named)
        if named is not None and named not in context.people and (
                how == "apposition"  # `kata Kepala Dinas Sukamaju, Rudi`: a body's name after an office
                or how in NAMING_BODY_RULES and (
                    FIRST_PERSON.search(text, q["start"], q["end"])
                    or following is not None and _continued_as_i(text, q, following)
                    or len(context.inside(q["speaker_start"], q["speaker_end"])) == 1
                    and context.named_after_office(q["speaker_start"], q["speaker_end"]))):
            context.speaking_as_people.add(named)
    return context


def _continued_as_i(text: str, quote: dict, following: dict) -> bool:
    """The next quote is given by a pronoun or `-nya` alone and says `saya` or `aku` (`Rina menyebut ... . “... saya
    ...,” imbuhnya.`), and this one does not say `kami`, a body's voice."""
    return (text[following["speaker_start"]:following["speaker_end"]].strip().lower() in PRONOUNS
            and FIRST_PERSON.search(text, following["start"], following["end"]) is not None
            and BODY_VOICE.search(text, quote["start"], quote["end"]) is None)


def attribute_document(doc_id: str, text: str, rows: list[dict], mentions: list[tuple[int, int, str, str]],
                       sentence_starts: list[int], titles: dict[str, set[str]]) -> DocumentRows:
    """One document's quote candidates (`rows`, in order) -> its quote and attribution rows."""
    quote_rows, attribution_rows = [], []
    context = document_context(text, rows, mentions, sentence_starts, titles)
    spoken: dict[str, int] = {}
    speaker_sources = SpeakerSources(text, sentence_starts)
    for q in rows:
        quote_id = stable_id("Q", doc_id, q["start"], q["end"])
        quote_rows.append((quote_id, doc_id, text[q["start"]:q["end"]], q["start"], q["end"], q["kind"], q["method"]))
        entity_id = None
        if q["speaker_start"] is not None and q["speaker_end"] > q["speaker_start"]:
            q = {**q, "speaker_end": past_a_cut_name(context, q["speaker_start"], q["speaker_end"])}
            entity_id, how, probability = speak(context, q, spoken, SPEAKER_MODEL)
            if probability is not None:  # the speaker model's probability of the speaker given
                confidence = q["confidence"] * probability
            else:
                confidence = q["confidence"] * (0.8 if how.startswith("pronoun") else 1.0) * (0.9 if entity_id is None else 1.0)
            attribution_rows.append((
                stable_id("A", quote_id, "speaker"), quote_id, doc_id, "speaker", entity_id,
                text[q["speaker_start"]:q["speaker_end"]], q["speaker_start"], q["speaker_end"],
                q["cue"], q["cue_start"], q["cue_end"], f"{q['method']}+{how}", round(confidence, 3),
            ))
        if q["via_start"] is not None and q["via_end"] > q["via_start"]:
            own = speaker_sources.names_its_own(q)
            attribution_rows.append((
                stable_id("A", quote_id, "source"), quote_id, doc_id, "source", context.source(q["via_start"], q["via_end"]),
                text[q["via_start"]:q["via_end"]], q["via_start"], q["via_end"], q["via_cue"],
                None, None, SOURCE_RULE if own else ARTICLE_SOURCE_RULE, round(q["confidence"] * (0.9 if own else 0.8), 3),
            ))
        if (carried := speaker_sources.carry(q, entity_id)) is not None:  # the speaker's earlier interview or release
            via_cue, via_start, via_end = carried
            attribution_rows.append((
                stable_id("A", quote_id, "source"), quote_id, doc_id, "source", context.source(via_start, via_end),
                text[via_start:via_end], via_start, via_end, via_cue, None, None, SPEAKER_SOURCE_RULE,
                round(q["confidence"] * 0.8, 3),
            ))
    return quote_rows, attribution_rows


def assemble_attributions(rows: dict[str, pl.DataFrame], sentences: pl.DataFrame, clusters_before: dict[str, pl.DataFrame] | None
                          ) -> tuple[pl.DataFrame, pl.DataFrame, dict[str, pl.DataFrame]]:
    """The documents' rows (ATTRIBUTED) -> (quotes, attributions, the clusters' state): sentence indexes and quote
    clusters are collection-wide; clusters compare only the quotes that changed since `clusters_before`, an earlier
    call's state."""
    quotes = attach_sentence_index(rows["quotes"].drop("key"), sentences)
    speakers = dict(rows["attributions"].filter((pl.col("role") == "speaker") & pl.col("entity_id").is_not_null())
                    .select("quote_id", "entity_id").iter_rows())
    quotes, clusters = cluster_quotes_incrementally(quotes, speakers, clusters_before)
    return QUOTES.conform(quotes), ATTRIBUTIONS.conform(rows["attributions"].drop("key")), clusters
