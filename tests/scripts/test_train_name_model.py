import importlib.util
from pathlib import Path

import polars as pl
import pytest

from transforms.name_model import MODEL_FILE

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "train_name_model.py"
spec = importlib.util.spec_from_file_location("train_name_model", SCRIPT)
train = importlib.util.module_from_spec(spec)
spec.loader.exec_module(train)

# Span F1 of the committed model on the test splits, as the README reports them
README_F1 = {"idner-news-2k": 0.864, "nergrit": 0.647}


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
