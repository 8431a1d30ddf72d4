"""scripts/draw_sample.py on an invented corpus file."""

import gzip
import importlib.util
import json

import pytest

from tests.conftest import REPO

spec = importlib.util.spec_from_file_location("draw_sample", REPO / "scripts" / "draw_sample.py")
draw_sample = importlib.util.module_from_spec(spec)
spec.loader.exec_module(draw_sample)


@pytest.fixture
def corpus(tmp_path):
    path = tmp_path / "corpus.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        for article_id in ("kompas/1", "detik/a/1", "detik/a/2", "indosum/3", "indosum/4", "indosum/5"):
            handle.write(json.dumps({"id": article_id, "title": "Judul", "text": "Isi."}) + "\n")
    return path


def test_a_draw_leaves_out_listed_ids_and_other_outlets_and_repeats_with_its_seed(tmp_path, corpus):
    listed = tmp_path / "ids.txt"
    listed.write_text("indosum/4\n")
    first = draw_sample.draw(7, 3, {"indosum", "detik"}, [listed], corpus)
    assert len(first) == 3 and "indosum/4" not in first and "kompas/1" not in first
    assert first == sorted(first) == draw_sample.draw(7, 3, {"indosum", "detik"}, [listed], corpus)


def test_a_draw_larger_than_what_is_left_says_so(tmp_path, corpus):
    with pytest.raises(SystemExit, match="only 2 articles left"):
        draw_sample.draw(7, 3, {"detik"}, [], corpus)
