"""Invariants over arbitrary text: no exception, offsets inside the text, reruns change nothing."""

import re

import polars as pl
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from tests.conftest import documents_from_texts
from transforms.attributions import attribute_quotes, summarise_clusters
from transforms.common import line_starts, matches_at, occurrences
from transforms.documents import extract_documents
from transforms.entities import attach_sentences, find_mentions, resolve_entities
from transforms.increments import FILE_COLUMNS, empty_extraction, merge_extractions, select_unextracted
from transforms.ingest import decode_bytes
from transforms.quotes import find_quotes
from transforms.schemas import QUARANTINE_REASONS
from transforms.sentences import split_sentences

WORDS = ["Presiden", "Budi", "Santoso", "kata", "mengatakan", "bahwa", "“", "”", '"', ",", ".", "\n", "Jakarta", "ia",
         "Menurut", "KPK", "(", ")", "Rabu", "di", "Dewan", "Kota", "ujarnya", "Hal", "tersebut", "dikatakan", "oleh",
         "Advertisement", "-", "alun-alun", "dan", "'", "Sungai"]
texts = st.one_of(
    st.lists(st.sampled_from(WORDS), max_size=80).map(" ".join),
    st.text(max_size=300),
)


def run(text: str) -> dict[str, pl.DataFrame]:
    documents = documents_from_texts({"a.txt": text})
    if documents.is_empty():
        return {}
    sentences = split_sentences(documents)
    entities, mentions = resolve_entities(find_mentions(documents))
    mentions = attach_sentences(mentions, sentences)
    quotes, attributions = attribute_quotes(find_quotes(documents, sentences), documents, entities, mentions, sentences)
    return {"documents": documents, "sentences": sentences, "entities": entities, "mentions": mentions,
            "quotes": quotes, "attributions": attributions, "quote_clusters": summarise_clusters(quotes, documents)}


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_offsets_are_inside_the_text_and_reruns_are_identical(text):
    tables = run(text)
    if not tables:
        return
    length = len(tables["documents"]["text"][0])
    for name in ("sentences", "mentions", "quotes", "attributions"):
        frame = tables[name]
        assert (frame["start"] >= 0).all() and (frame["start"] < frame["end"]).all() and (frame["end"] <= length).all(), name
    cues = tables["attributions"].drop_nulls("cue_start")
    assert ((cues["cue_start"] < cues["cue_end"]) & (cues["cue_end"] <= length)).all()
    document_text = tables["documents"]["text"][0]
    assert all(document_text[s:e] == t for s, e, t in tables["mentions"].select("start", "end", "text").iter_rows())
    clusters = tables["quote_clusters"]
    assert set(tables["quotes"]["cluster_id"]) == set(clusters["cluster_id"])
    assert (clusters["quote_count"].sum() or 0) == tables["quotes"].height
    again = run(text)
    assert all(tables[name].equals(again[name]) for name in tables)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=400))
def test_any_bytes_decode_to_text_or_to_a_quarantine_reason(raw):
    decoded = decode_bytes(raw)
    assert (decoded.text is None) == (decoded.reason is not None)
    assert decoded.reason is None or (decoded.reason in QUARANTINE_REASONS and decoded.detail)
    assert decoded.reason is not None or (0 <= decoded.confidence <= 1 and (decoded.warning is None) == (decoded.confidence >= 0.8))


def extract(documents: pl.DataFrame) -> dict[str, pl.DataFrame]:
    sentences = split_sentences(documents)
    return {"documents": documents, "sentences": sentences,
            "mention_candidates": find_mentions(documents), "quote_candidates": find_quotes(documents, sentences)}


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(texts, min_size=1, max_size=4, unique=True), st.data())
def test_a_merge_of_cached_and_fresh_extraction_equals_extracting_everything(contents, data):
    documents = documents_from_texts({f"{i}.txt": text for i, text in enumerate(contents)})
    if documents.is_empty():
        return
    articles = documents.select("doc_id", "text", "content_hash", *FILE_COLUMNS)
    cached_ids = data.draw(st.lists(st.sampled_from(documents["doc_id"].to_list()), unique=True))
    stale = documents_from_texts({"gone.txt": "Teks lama yang sudah dihapus, kata Budi."})
    cached = extract(pl.concat([documents.filter(pl.col("doc_id").is_in(cached_ids)), stale]))
    fresh = extract(extract_documents(select_unextracted(articles, cached["documents"])))
    merged = merge_extractions(articles, cached, fresh)
    scanned = merge_extractions(articles, cached, {name: frame.lazy() for name, frame in fresh.items()})  # as the flow scans
    everything = merge_extractions(articles, empty_extraction(), extract(documents))
    assert all(merged[name].equals(everything[name]) and scanned[name].equals(everything[name]) for name in everything)


@given(st.lists(st.sampled_from(["seperti", "yakni", " ", "\t", ":", "Rina", "\n", "x", "sepertinya"]), max_size=40).map("".join))
@example("seperti yakni  ")  # a match holding the next cue's start: the scan goes on after the match, not at the cue
def test_matches_tried_where_their_literals_occur_or_lines_start_are_the_scans_matches(text):
    # the regexes warta tries only where a cue's string occurs or a line starts (tokens.py, document.py) match as a scan would
    cues = re.compile(r"(?:seperti(?<!\wseperti)|yakni(?<!\wyakni))[ \t]*:?[ \t]+\w*")  # a match may hold the next cue
    starts = [position for cue in ("seperti", "yakni") for position in occurrences(text, cue)]
    assert [m.span() for m in matches_at(cues, text, starts)] == [m.span() for m in cues.finditer(text)]
    lines = re.compile(r"^[A-Za-z]+:", re.MULTILINE)
    assert [m.span() for m in matches_at(lines, text, line_starts(text))] == [m.span() for m in lines.finditer(text)]

