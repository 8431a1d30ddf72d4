"""Golden tests: today's figures on the gold sets, pinned as floors so quality can only rise.

Measured with `warta evaluate` (see README, Quality). Raise a floor when a change improves it.
"""

from pathlib import Path

import pytest

from tests.conftest import PFSA, SEEDS_GOLD, run_fresh
from warta.evaluate import evaluate

SEEDS_FLOORS = {
    "metadata": 1.0,
    "entities_typed_f1": 1.0,
    "quotes_f1": 1.0,
    "speaker_accuracy": 1.0,
}
OTHER_OUTLETS = Path(__file__).parent / "data" / "other_outlets"
OTHER_OUTLETS_FLOORS = {
    "quotes_f1": 0.949,
    "speaker_accuracy": 0.964,
    "entities_typed_f1": 0.895,
    "splits": 1,
}
PFSA_FLOORS = {
    "direct_recall": 0.984,
    "speaker_accuracy": 0.930,
}


def test_seeds_quality_does_not_drop(seeds_output):
    report = evaluate(SEEDS_GOLD, seeds_output)
    assert report.metadata["accuracy"] >= SEEDS_FLOORS["metadata"]
    assert report.entities["typed"]["f1"] >= SEEDS_FLOORS["entities_typed_f1"]
    assert report.resolution == {"splits": [], "merges": []}
    assert report.quotes["f1"] >= SEEDS_FLOORS["quotes_f1"]
    assert report.speakers["accuracy"] >= SEEDS_FLOORS["speaker_accuracy"]


@pytest.mark.skipif(not PFSA.exists(), reason="the PFSA-ID dev set is not beside the repo")
def test_pfsa_dev_quality_does_not_drop(prefect_server, tmp_path):
    run_fresh(PFSA / "articles", tmp_path)
    report = evaluate(PFSA / "gold.json", tmp_path)
    assert report.quotes_by_kind["direct"]["recall"] >= PFSA_FLOORS["direct_recall"]
    assert report.speakers["accuracy"] >= PFSA_FLOORS["speaker_accuracy"]


def test_other_outlets_quality_does_not_drop(prefect_server, tmp_path):
    run_fresh(OTHER_OUTLETS, tmp_path)
    report = evaluate(OTHER_OUTLETS / "gold.json", tmp_path)
    assert report.quotes["f1"] >= OTHER_OUTLETS_FLOORS["quotes_f1"]
    assert report.speakers["accuracy"] >= OTHER_OUTLETS_FLOORS["speaker_accuracy"]
    assert report.entities["typed"]["f1"] >= OTHER_OUTLETS_FLOORS["entities_typed_f1"]
    assert len(report.resolution["splits"]) <= OTHER_OUTLETS_FLOORS["splits"] and not report.resolution["merges"]
