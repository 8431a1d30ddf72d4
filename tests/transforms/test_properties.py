"""Invariants over arbitrary text: no exception, offsets inside the text, reruns change nothing."""

import polars as pl
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import documents_from_texts
from transforms.attributions import attribute_quotes
from transforms.entities import attach_sentences, find_mentions, resolve_entities
from transforms.quotes import find_quotes
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
    quotes, attributions = attribute_quotes(find_quotes(documents), documents, entities, mentions, sentences)
    return {"documents": documents, "sentences": sentences, "entities": entities, "mentions": mentions,
            "quotes": quotes, "attributions": attributions}


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
    again = run(text)
    assert all(tables[name].equals(again[name]) for name in tables)
