"""scripts/check_gold.py on invented golds, and on the golds whose texts are in the repo."""

import importlib.util
import json

from tests.conftest import REPO, SEEDS_GOLD

spec = importlib.util.spec_from_file_location("check_gold", REPO / "scripts" / "check_gold.py")
check_gold = importlib.util.module_from_spec(spec)
spec.loader.exec_module(check_gold)

TEXT = "Harga naik, kata Rina Sari di Sukamaju."


def gold(**quote):
    return {"entities": {"Rina Sari": {"type": "PERSON", "aliases": ["Rina Sari"]}},
            "documents": {"a.txt": {"entities": ["Rina Sari"],
                                    "quotes": [{"text": "Harga naik", "start": 0, "end": 10, "kind": "indirect",
                                                "speaker": "Rina Sari"} | quote]}}}


def test_a_sound_gold_has_no_problem():
    assert check_gold.gold_problems(gold(), {"a.txt": TEXT}) == []


def test_each_broken_invariant_is_named():
    assert "offsets 1-10" in check_gold.gold_problems(gold(start=1), {"a.txt": TEXT})[0]
    assert "kind 'quoted'" in check_gold.gold_problems(gold(kind="quoted"), {"a.txt": TEXT})[0]
    assert "speaker 'Tono'" in check_gold.gold_problems(gold(speaker="Tono"), {"a.txt": TEXT})[0]
    assert check_gold.gold_problems(gold(), {}) == ["a.txt: no such file"]


def test_the_committed_golds_with_texts_in_the_repo_pass(tmp_path):
    other = REPO / "tests" / "data" / "other_outlets"
    assert check_gold.main([str(other / "gold.json"), str(other)]) == 0
    if SEEDS_GOLD.exists():
        assert check_gold.main([str(SEEDS_GOLD), str(REPO / "seeds")]) == 0
    broken = json.loads((other / "gold.json").read_text())
    first = next(iter(broken["documents"].values()))["quotes"][0]
    first["start"] += 1
    (tmp_path / "gold.json").write_text(json.dumps(broken))
    assert check_gold.main([str(tmp_path / "gold.json"), str(other)]) == 1
