import json

import polars as pl
import pytest

from flows.storage import write_table
from transforms.schemas import TABLES
from warta.evaluate import evaluate, halves, match_spans


@pytest.mark.parametrize(
    "predicted, gold, expected",
    [
        ([(0, 10)], [(0, 10)], {0: 0}),
        ([(0, 10)], [(5, 30)], {}),  # overlap 5 < half of 25
        ([(2, 10), (0, 9)], [(0, 9)], {0: 1}),  # largest overlap first
        ([(0, 10)], [(0, 10), (1, 10)], {0: 0}),  # one prediction pairs with one gold quote
    ],
)
def test_span_matching(predicted, gold, expected):
    assert match_spans(predicted, gold) == expected


def test_metrics_on_a_small_made_up_gold(tmp_path):
    text = "“Harga naik,” kata Sari. Banjir surut, kata Tono."
    gold = {
        "entities": {"Sari Dewi": {"type": "PERSON", "aliases": ["Sari"]}, "Tono": {"type": "PERSON", "aliases": []}},
        "optional_entities": [],
        "documents": {"a.txt": {
            "meta": {"outlet": None, "title": None},
            "entities": ["Sari Dewi", "Tono"],
            "quotes": [
                {"start": 1, "end": 11, "kind": "direct", "speaker": "Sari Dewi", "speaker_text": "Sari", "via": "Antara"},
                {"start": 25, "end": 37, "kind": "indirect", "speaker": "Tono", "speaker_text": "Tono"},
                {"start": 40, "end": 44, "kind": "indirect", "speaker": None, "optional": True},
            ],
        }},
    }
    frames = {
        "documents": pl.DataFrame({"doc_id": ["d"], "source_path": ["a.txt"], "outlet": [None], "outlet_source": [None], "title": [None],
                                   "author": [None], "dateline": [None], "published_date": [None], "date_source": [None],
                                   "language": ["id"], "encoding": ["utf-8"],
                                   "encoding_confidence": [1.0], "encoding_warning": [None],
                                   "content_hash": ["h"], "n_chars": [len(text)], "body_start": [0], "boilerplate": [[]], "text": [text]}),
        "entities": pl.DataFrame({"entity_id": ["E1", "E2"], "name": ["Sari", "Budi"], "type": ["PERSON", "ORG"],
                                  "aliases": [["Sari"], ["Budi"]], "titles": [[], []], "mention_count": [1, 1], "document_count": [1, 1]}),
        "mentions": pl.DataFrame({"mention_id": ["M1", "M2"], "doc_id": ["d", "d"], "entity_id": ["E1", "E2"], "text": ["Sari", "Budi"],
                                  "start": [19, 0], "end": [23, 4], "sentence_index": [0, 0], "type": ["PERSON", "ORG"],
                                  "rule": ["given_name"] * 2, "type_rule": ["given_name"] * 2}),
        "quotes": pl.DataFrame({"quote_id": ["Q1", "Q2"], "doc_id": ["d", "d"], "text": ["Harga naik", "x"], "start": [1, 25],
                                "end": [11, 37], "kind": ["direct", "indirect"], "sentence_index": [0, 1], "cluster_id": ["Q1", "Q2"],
                                "rule": ["r", "r"]}),
        # Q2's gold names no via: its source, carried from elsewhere in the article, is spurious but not named in its sentence
        "attributions": pl.DataFrame({"attribution_id": ["A1", "A2", "A3"], "quote_id": ["Q1", "Q1", "Q2"], "doc_id": ["d"] * 3,
                                      "role": ["speaker", "source", "source"], "entity_id": ["E1", None, None],
                                      "text": ["Sari", "ANTARA", "ANTARA"], "start": [19, 0, 0], "end": [23, 6, 6],
                                      "cue": ["kata", None, None], "cue_start": [14, None, None], "cue_end": [18, None, None],
                                      "method": ["m", "source_cue", "article_source"], "confidence": [0.9, 0.8, 0.7]}),
    }
    for name, frame in frames.items():
        write_table(TABLES[name].conform(frame), tmp_path / f"{name}.parquet")
    (tmp_path / "gold.json").write_text(json.dumps(gold))
    report = evaluate(tmp_path / "gold.json", tmp_path)
    assert report.quotes == {"tp": 2, "fp": 0, "fn": 0, "precision": 1.0, "recall": 1.0, "f1": 1.0}
    assert report.speakers["right"] == 1 and report.speakers["matched"] == 2
    assert report.entities["untyped"]["tp"] == 1 and report.entities["untyped"]["fp"] == 1 and report.entities["untyped"]["fn"] == 1
    assert report.metadata == {"right": 2, "fields": 2, "accuracy": 1.0}
    assert report.sources == {"right": 1, "with_via": 1, "accuracy": 1.0, "spurious": 1, "spurious_in_sentence": 0}


def test_halves_cut_the_sorted_documents_in_two():
    assert halves(["c.txt", "a.txt", "d.txt", "b.txt", "e.txt"]) == (["a.txt", "b.txt"], ["c.txt", "d.txt", "e.txt"])
