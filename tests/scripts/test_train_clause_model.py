import importlib.util
import re
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "train_clause_model.py"
spec = importlib.util.spec_from_file_location("train_clause_model", SCRIPT)
train = importlib.util.module_from_spec(spec)
spec.loader.exec_module(train)


def test_the_training_sets_are_read_samples_only():
    names = {path.name for path in train.training_sets()}
    assert {"blind_a", "blind_d"} <= names
    assert not {name for name in names if re.fullmatch(r"blind_[e-t]|names28\w*|other_outlets", name)}
    sessions = [int(match.group(1)) for name in names if (match := re.fullmatch(r"dev(\d+)[a-z]?", name))]
    assert sessions and max(sessions) == train.LAST_READ_SESSION  # dev60 on, drawn after the model, stay unseen


def test_the_fit_learns_statements_against_none_and_leaves_optional_out():
    examples = ([("s1", "statement", ["bias", "cue=menilai"])] * 6 + [("s1", "none", ["bias", "cue=mengapresiasi"])] * 6
                + [("s2", "optional", ["bias", "cue=mengumumkan"])] * 6)
    weights = train.fit(examples)
    assert weights["cue=menilai"] > 0 > weights["cue=mengapresiasi"]
    assert "cue=mengumumkan" not in weights  # optional candidates are no training example
    assert train.probability(weights, ["bias", "cue=menilai"]) > 0.5 > train.probability(weights, ["bias", "cue=mengapresiasi"])
