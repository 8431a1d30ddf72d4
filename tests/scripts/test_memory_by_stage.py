"""scripts/memory_by_stage.py's grouping of samples by stage."""

import importlib.util

from tests.conftest import REPO

spec = importlib.util.spec_from_file_location("memory_by_stage", REPO / "scripts" / "memory_by_stage.py")
memory_by_stage = importlib.util.module_from_spec(spec)
spec.loader.exec_module(memory_by_stage)
by_stage = memory_by_stage.by_stage


def rss(run: int, workers: int = 0) -> dict[str, int]:
    return {"run": run, "workers": workers, "validating": 0, "server": 0, "other": 0}


def test_a_sample_belongs_to_the_stage_whose_line_comes_next_and_each_kind_keeps_its_own_peak():
    samples = [(1.0, rss(5, 9)), (2.0, rss(7, 1)), (3.0, rss(4)), (9.0, rss(2))]
    peaks = by_stage(samples, [("extract", 2.0), ("entities", 3.5)])
    assert (peaks["extract"]["run"], peaks["extract"]["workers"], peaks["extract"]["all"]) == (7, 9, 14)
    assert peaks["entities"]["run"] == 4 and peaks["exit"]["all"] == 2
