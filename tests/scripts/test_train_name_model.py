import importlib.util
from pathlib import Path

import numpy as np
import polars as pl
import pytest

from transforms.name_model import MODEL_FILE

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "train_name_model.py"
spec = importlib.util.spec_from_file_location("train_name_model", SCRIPT)
train = importlib.util.module_from_spec(spec)
spec.loader.exec_module(train)

# Span F1 of the committed model on the test splits, as the README reports them
README_F1 = {"idner-news-2k": 0.879, "nergrit": 0.671}


def test_candidates_are_capitalised_runs_and_their_sub_runs():
    tokens = "Kata Rina Kartika dari Bank of Sukamaju di sana".split()
    spans = {" ".join(tokens[a:b]) for a, b in train.candidate_spans(tokens)}
    assert {"Rina Kartika", "Kata Rina Kartika", "Rina", "Bank of Sukamaju", "Sukamaju"} <= spans
    assert not {"Bank of", "dari Bank", "Kartika dari Bank"} & spans


def test_iob2_tags_become_typed_spans():
    assert train._gold_spans(["B-PER", "I-PER", "O", "B-ORGANISATION", "B-PLACE", "I-PLACE"]) == {
        (0, 2): "PERSON", (3, 4): "ORG", (4, 6): "LOC"}


@pytest.mark.skipif(not train.NER.exists(), reason="../shared/ner is not beside the repo")
@pytest.mark.parametrize("corpus", sorted(README_F1))
def test_the_committed_model_scores_what_the_readme_says(corpus):
    sentences = train.read_sentences(train.NER / corpus / train.SPLITS[corpus]["test"])
    report = train.span_f1(sentences, pl.read_parquet(MODEL_FILE))
    assert report["all"]["f1"] == pytest.approx(README_F1[corpus], abs=0.005)


def test_development_candidates_take_the_gold_type_of_the_alias_they_spell():
    text = "Kata Rina Kartika dari Bank Sukamaju.\nIa tinggal di Desa Lembah, Jawa."
    spans, labels = train.document_spans(text, {"rina kartika": "PERSON", "bank sukamaju": "ORG"}, {"desa lembah"})
    labelled = dict(zip(spans["text"], labels))
    assert labelled["Rina Kartika"] == "PERSON" and labelled["Bank Sukamaju"] == "ORG"
    assert labelled["Kata Rina Kartika"] == labelled["Sukamaju"] == labelled["Jawa"] == "none"
    assert "Desa Lembah" not in labelled  # optional: neither a name nor no name
    assert "Sukamaju Ia" not in labelled  # a run ends with its line
    row = spans.row(list(spans["text"]).index("Bank Sukamaju"), named=True)
    assert row["left"].endswith("dari ") and row["right"].startswith(".\nIa")  # scored in the text as warta scores it


def test_in_domain_examples_weigh_as_asked():
    spans = pl.DataFrame([("", "Sukamaju", ""), ("", "Sukamaju", "")], schema=train.SPANS_SCHEMA, orient="row")
    features = train.span_features(spans)
    heavy_org = train.fit(features, ["ORG", "none"], np.array([3.0, 1.0]))
    heavy_none = train.fit(features, ["ORG", "none"], np.array([1.0, 3.0]))
    assert heavy_org.filter(pl.col("feature") == "bias")["ORG"][0] > heavy_none.filter(pl.col("feature") == "bias")["ORG"][0]
