"""The quotes and attributions tables: every quote candidate with its speaker (and intermediary source)
resolved to entities."""

from __future__ import annotations

from itertools import groupby
from operator import itemgetter

import polars as pl

from transforms.attributions.clusters import cluster_quotes_incrementally
from transforms.attributions.context import SpeakerContext
from transforms.attributions.speakers import resolve_speaker
from transforms.common import stable_id
from transforms.schemas import ATTRIBUTIONS, QUOTES, SOURCE_RULE
from transforms.sentences import attach_sentence_index


QUOTE_ROW = ["quote_id", "doc_id", "text", "start", "end", "kind", "rule"]
# One document's rows: its quotes (as QUOTE_ROW) and its attributions (as ATTRIBUTIONS).
DocumentRows = tuple[list[tuple], list[tuple]]


def attribute_quotes(candidates: pl.DataFrame, documents: pl.DataFrame, entities: pl.DataFrame, mentions: pl.DataFrame,
                     sentences: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Quote candidates -> (quotes, attributions)."""
    quotes, attributions, _ = assemble_attributions(attribute_documents(candidates, documents, entities, mentions, sentences, {}),
                                                    sentences, None)
    return quotes, attributions


def attribute_documents(candidates: pl.DataFrame, documents: pl.DataFrame, entities: pl.DataFrame, mentions: pl.DataFrame,
                        sentences: pl.DataFrame, known: dict[str, DocumentRows]) -> dict[str, DocumentRows]:
    """The rows of every document with quote candidates, by a digest of all that its speakers are resolved
    from (its text's id, candidates, mentions, sentence starts and the titles of the entities it mentions):
    a document whose digest is in `known` (the results of an earlier run) takes its rows from there."""
    texts = dict(documents.select("doc_id", "text").iter_rows())
    titles = {e: {t.lower() for t in ts} for e, ts in entities.select("entity_id", "titles").iter_rows()}
    by_doc: dict[str, list] = {}
    for doc_id, start, end, entity_id, type_ in mentions.select("doc_id", "start", "end", "entity_id", "type").iter_rows():
        by_doc.setdefault(doc_id, []).append((start, end, entity_id, type_))
    sentence_starts: dict[str, list[int]] = {}
    for doc_id, start in sentences.sort("doc_id", "start").select("doc_id", "start").iter_rows():
        sentence_starts.setdefault(doc_id, []).append(start)
    results: dict[str, DocumentRows] = {}
    for doc_id, group in groupby(candidates.sort("doc_id", "start").to_dicts(), key=itemgetter("doc_id")):
        rows, doc_mentions, starts = list(group), by_doc.get(doc_id, []), sentence_starts.get(doc_id, [])
        doc_titles = {e: titles[e] for e in sorted({m[2] for m in doc_mentions}) if e in titles}
        key = stable_id("D", doc_id, rows, doc_mentions, starts, {e: sorted(ts) for e, ts in doc_titles.items()})
        results[key] = known[key] if key in known else attribute_document(doc_id, texts[doc_id], rows, doc_mentions, starts, doc_titles)
    return results


def attribute_document(doc_id: str, text: str, rows: list[dict], mentions: list[tuple[int, int, str, str]],
                       sentence_starts: list[int], titles: dict[str, set[str]]) -> DocumentRows:
    """One document's quote candidates (`rows`, in order) -> its quote and attribution rows."""
    quote_rows, attribution_rows = [], []
    context = SpeakerContext(text, mentions, sentence_starts, [(q["start"], q["end"]) for q in rows], titles)
    for q in rows:
        if q["speaker_start"] is not None and q["speaker_end"] > q["speaker_start"]:
            named, how = resolve_speaker(context, q["speaker_start"], q["speaker_end"], q["start"])
            if named is not None and how in ("named_person", "apposition", "named_in_document"):
                context.confirmed.add(named)
    for q in rows:
        quote_id = stable_id("Q", doc_id, q["start"], q["end"])
        quote_rows.append((quote_id, doc_id, text[q["start"]:q["end"]], q["start"], q["end"], q["kind"], q["method"]))
        if q["speaker_start"] is not None and q["speaker_end"] > q["speaker_start"]:
            entity_id, how = resolve_speaker(context, q["speaker_start"], q["speaker_end"], q["start"])
            if entity_id is not None and entity_id in context.people:  # `ujarnya` refers to people
                context.last_speaker = (max(q["start"], q["speaker_start"]), entity_id)
                context.last_topics = context.named_in(q["start"], q["end"]) - {entity_id}
            confidence = q["confidence"] * (0.8 if how.startswith("pronoun") else 1.0) * (0.9 if entity_id is None else 1.0)
            attribution_rows.append((
                stable_id("A", quote_id, "speaker"), quote_id, doc_id, "speaker", entity_id,
                text[q["speaker_start"]:q["speaker_end"]], q["speaker_start"], q["speaker_end"],
                q["cue"], q["cue_start"], q["cue_end"], f"{q['method']}+{how}", round(confidence, 3),
            ))
        if q["via_start"] is not None and q["via_end"] > q["via_start"]:
            attribution_rows.append((
                stable_id("A", quote_id, "source"), quote_id, doc_id, "source", context.source(q["via_start"], q["via_end"]),
                text[q["via_start"]:q["via_end"]], q["via_start"], q["via_end"], q["via_cue"],
                None, None, SOURCE_RULE, round(q["confidence"] * 0.9, 3),
            ))
    return quote_rows, attribution_rows


def assemble_attributions(results: dict[str, DocumentRows], sentences: pl.DataFrame, clusters_before: dict[str, pl.DataFrame] | None
                          ) -> tuple[pl.DataFrame, pl.DataFrame, dict[str, pl.DataFrame]]:
    """The documents' rows -> (quotes, attributions, the clusters' state): sentence indexes and quote clusters are
    collection-wide; clusters compare only the quotes that changed since `clusters_before`, an earlier call's state."""
    quote_rows = [row for quotes, _ in results.values() for row in quotes]
    attribution_rows = [row for _, attributions in results.values() for row in attributions]
    quotes = pl.DataFrame(quote_rows, schema=QUOTE_ROW, orient="row")
    quotes = attach_sentence_index(quotes, sentences)
    speakers = {row[1]: row[4] for row in attribution_rows if row[3] == "speaker" and row[4] is not None}
    quotes, clusters = cluster_quotes_incrementally(quotes, speakers, clusters_before)
    attribution_schema = {c.name: c.dtype for c in ATTRIBUTIONS.columns}
    attributions = pl.DataFrame(attribution_rows, schema=attribution_schema, orient="row")
    return QUOTES.conform(quotes), ATTRIBUTIONS.conform(attributions), clusters

