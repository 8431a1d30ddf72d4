"""Incremental runs: which articles need extracting, and the cached extraction merged with the new one.

Everything computed per document (the documents row, sentences, candidate mentions and quotes)
depends on the text alone, so it is cached by `doc_id` (a hash of the text) and reused while the
text is unchanged. Collection-wide steps (entity resolution, attribution, quote clusters) always run
over the merged frames, so an incremental run gives the same tables as a run from scratch.
"""

from __future__ import annotations

import hashlib

import polars as pl

from transforms.documents import date_from_collection, extract_documents, outlet_from_folders, unify_outlets
from transforms.entities import find_mentions, type_appositive_speakers
from transforms.quotes import find_quotes
from transforms.schemas import DOCUMENTS, MENTION_CANDIDATES, QUOTE_CANDIDATES, SENTENCES
from transforms.sentences import split_sentences

EXTRACTION_SCHEMAS: dict[str, pl.Schema] = {
    "documents": DOCUMENTS.schema,
    "sentences": SENTENCES.schema,
    "mention_candidates": MENTION_CANDIDATES.schema,
    "quote_candidates": QUOTE_CANDIDATES.schema,
}
# Columns of a documents row that belong to the file, not to the text.
FILE_COLUMNS = ("source_path", "encoding", "encoding_confidence", "encoding_warning")
CHANGE_COUNTS = ("new", "changed", "removed", "unchanged")


def empty_extraction() -> dict[str, pl.DataFrame]:
    return {name: pl.DataFrame(schema=schema) for name, schema in EXTRACTION_SCHEMAS.items()}


def select_unextracted(articles: pl.DataFrame, extracted_documents: pl.DataFrame) -> pl.DataFrame:
    """The articles whose text has no cached extraction."""
    return articles.filter(~pl.col("doc_id").is_in(extracted_documents["doc_id"].implode()))


def merge_extractions(articles: pl.DataFrame, cached: dict[str, pl.DataFrame | pl.LazyFrame],
                      fresh: dict[str, pl.DataFrame | pl.LazyFrame]) -> dict[str, pl.DataFrame]:
    """Cached rows of the current articles plus the fresh ones, in one order whatever came from where.

    Rows of texts no longer among the articles (deleted or changed files) are dropped; documents
    take their path and encoding from the current files, since a text can move or be re-encoded,
    an outlet from their folder when the header names none (`outlet_from_folders`), and an outlet's spelling and a
    year-less date's year from the whole collection (`unify_outlets`, `date_from_collection`). The extractions may be
    lazy (scans of the cache's files): each table is then read once, into the merged frame.
    """
    current = articles["doc_id"].implode()
    merged = {}
    for name, schema in EXTRACTION_SCHEMAS.items():
        frame = pl.concat([
            cached[name].lazy().select(schema.names()).cast(schema).filter(pl.col("doc_id").is_in(current)),
            fresh[name].lazy().select(schema.names()).cast(schema),
        ])
        if name == "documents":
            files = articles.lazy().select("doc_id", *FILE_COLUMNS)
            merged[name] = date_from_collection(unify_outlets(outlet_from_folders(
                DOCUMENTS.conform(frame.drop(*FILE_COLUMNS).join(files, on="doc_id").collect()))))
        else:
            merged[name] = frame.sort(schema.names(), nulls_last=True).collect()
    return merged


def compare_inputs(articles: pl.DataFrame, published: pl.DataFrame) -> pl.DataFrame:
    """One row: how many documents are new, changed, removed or unchanged against the published ones.

    Both frames have source_path and doc_id; `published` is empty before the first run.
    """
    now = articles.select("source_path", "doc_id")
    before = published.select("source_path", pl.col("doc_id").alias("published_doc_id"))
    joined = now.join(before, on="source_path", how="full", coalesce=True)
    return joined.select(
        new=pl.col("published_doc_id").is_null().sum(),
        changed=(pl.col("doc_id") != pl.col("published_doc_id")).sum(),
        removed=pl.col("doc_id").is_null().sum(),
        unchanged=(pl.col("doc_id") == pl.col("published_doc_id")).sum(),
    ).cast(pl.Int64)


def digest_inputs(articles: pl.DataFrame, quarantine: pl.DataFrame, code_version: str, max_bytes: int) -> str:
    """A fingerprint of what a run would publish from: equal digests mean equal tables."""
    digest = hashlib.sha256(f"{code_version}\n{max_bytes}\n".encode())
    for row in articles.select("source_path", "doc_id", "encoding").sort("source_path").iter_rows():
        digest.update(repr(row).encode())
    for row in quarantine.sort("source_path").iter_rows():
        digest.update(repr(row).encode())
    return digest.hexdigest()


def extract_per_document(articles: pl.DataFrame) -> dict[str, pl.DataFrame]:
    """Everything computed from each text alone, for a batch of articles: the cacheable extraction."""
    documents = extract_documents(articles)
    sentences = split_sentences(documents)
    quotes = find_quotes(documents, sentences)
    mentions = type_appositive_speakers(documents, find_mentions(documents), quotes)
    return {"documents": documents, "sentences": sentences, "mention_candidates": mentions, "quote_candidates": quotes}
