"""Quotes (direct, mixed, indirect) with their speaker, cue and intermediary source, as candidates.

Per document, a context (context.py: the text, its sentences from the `sentences` table, the
boilerplate left out) and the passes of QUOTE_PASSES in order:

1. `marked_quotations` (marked.py): quotations in marks.
   - `direct_post_cue`: “...,” kata X / ujarnya / tutur X (the cue after the closing mark)
   - `direct_post_subject`: “...,” ia menambahkan (the speaker, then a speech verb, after the closing mark)
   - `direct_pre_cue`: X menggarisbawahi, “...” (a cue and a comma or colon before the opening mark)
   - `direct_continued`: a quotation with no cue of its own, following one by the same speaker
   - `mixed_fragment`, `mixed_post_cue`, `mixed_pre_cue`: a reported clause holding a quoted fragment
   - `indirect_added_cue`: “...,” kata X, menambahkan bahwa ... (a second verb of the speaker the cue named)
   Quotations that are titles, nicknames, signs or scare quotes (no speech cue, or a naming word such
   as `pesan`, `bertuliskan`, `dijuluki` before them) are not statements.
2. `reported_speech` (reported.py): sentences without marks through the sieves of
   REPORTED_SPEECH_SIEVES: `indirect_passive`, `indirect_passive_opener`, `indirect_cue_opener`, `indirect_quoting_source`, `indirect_inside_cue`,
   `indirect_post_cue`, `indirect_pre_cue` (`indirect_pre_clause` when no link opens the clause, `indirect_clause_model`
   when no predicate word does but the clause model reads a statement), `indirect_post_subject`, `indirect_according`,
   `indirect_noun_cue`.
3. `continued_speakers`: a quotation with no cue takes the speaker of an attributed quote nearby.
4. `carried_sources`: an article-level source (`Seperti dilansir X, ...`) covers the following quotes that name
   none, until another source or the outlet's own reporting (`kepada wartawan`) takes over.

The name of the pass that found a quote is its `method`: `quotes.rule`, and the first half of
`attributions.method`. See docs/rules.md.
"""

from __future__ import annotations

import polars as pl

from transforms.quotes.context import QuoteContext
from transforms.quotes.marked import marked_quotations
from transforms.quotes.patterns import quotation_spans
from transforms.quotes.reported import carried_sources, continued_speakers, reported_speech
from transforms.schemas import QUOTE_CANDIDATES

QUOTE_PASSES = (marked_quotations, reported_speech, continued_speakers, carried_sources)


def find_quotes(documents: pl.DataFrame, sentences: pl.DataFrame) -> pl.DataFrame:
    """documents (doc_id, text, boilerplate, body_start, outlet) and their sentences -> quote candidates with
    their evidence spans."""
    spans: dict[str, list[tuple[int, int]]] = {}
    for doc_id, start, end in sentences.sort("doc_id", "sentence_index").select("doc_id", "start", "end").iter_rows():
        spans.setdefault(doc_id, []).append((start, end))
    rows = []
    for doc_id, text, boilerplate, body_start, outlet in documents.select(
            "doc_id", "text", "boilerplate", "body_start", "outlet").iter_rows():
        doc = QuoteContext(text, [(b["start"], b["end"]) for b in boilerplate or ()], body_start, spans.get(doc_id, []),
                           outlet=outlet)
        for step in QUOTE_PASSES:
            step(doc)
        for q in sorted(doc.quotes, key=lambda q: q.start):
            rows.append((doc_id, q.start, q.end, q.kind, q.method, q.cue, q.cue_start, q.cue_end, q.speaker_start,
                         q.speaker_end, q.via_cue, q.via_start, q.via_end, q.confidence))
    return pl.DataFrame(rows, schema=QUOTE_CANDIDATES.schema, orient="row")


__all__ = ["find_quotes", "quotation_spans"]
