"""The proper-noun filters of scripts/build_english_words.py on invented paragraphs."""

import importlib.util

import pytest

from tests.conftest import REPO

pytest.importorskip("msgpack")
spec = importlib.util.spec_from_file_location("build_english_words", REPO / "scripts" / "build_english_words.py")
build = importlib.util.module_from_spec(spec)
spec.loader.exec_module(build)


def test_a_word_written_alone_with_a_capital_more_often_than_in_lower_case_is_a_name():
    uses = build.MIN_CASE_USES
    texts = ["Ia bertemu Tavelo di sana. Kata Tavelo, harga naik."] * uses + ["Ia membaca di Silent Harbor kemarin."] * uses \
        + ["Ia melihat harbor yang sepi."] * uses
    # `tavelo` stands alone with a capital; `harbor` only inside a capitalised run, and in lower case too
    assert build.corpus_names({"tavelo", "harbor", "silent"}, texts) == {"tavelo"}
    assert build.corpus_names({"tavelo"}, texts[:1]) == set()  # too few uses to tell


def test_page_furniture_is_no_common_word():
    assert build.page_furniture({"advertisement", "harbor"}) == {"advertisement"}
