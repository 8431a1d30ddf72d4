import importlib.util
from pathlib import Path

import numpy as np

from transforms.attributions.speaker_model import FEATURES

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "train_speaker_model.py"
spec = importlib.util.spec_from_file_location("train_speaker_model", SCRIPT)
train = importlib.util.module_from_spec(spec)
spec.loader.exec_module(train)


def _example(right: int, marked: int, size: int = 3) -> dict:
    x = np.zeros((size, len(FEATURES)))
    x[marked, FEATURES.index("speaks")] = 1.0
    y = np.zeros(size)
    y[right] = 1.0
    return {"x": x, "y": y}


def test_fit_learns_the_feature_that_marks_the_right_candidate():
    examples = [_example(i % 3, i % 3) for i in range(9)] + [_example(0, 1)]  # one noisy quote
    w = train.fit(examples)
    assert w[FEATURES.index("speaks")] > 0
    assert train.model_right(_example(2, 2), w)
    assert np.allclose(w, train.fit(examples))  # deterministic


def test_ranking_auc_counts_right_answers_scored_above_wrong_ones():
    assert train.ranking_auc([(0.9, True), (0.2, False)]) == 1.0
    assert train.ranking_auc([(0.5, True), (0.5, False), (0.1, True)]) == 0.25
