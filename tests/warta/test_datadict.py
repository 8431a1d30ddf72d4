from pathlib import Path

from warta.datadict import render


def test_the_data_dictionary_in_docs_is_up_to_date():
    committed = (Path(__file__).resolve().parents[2] / "docs" / "data-dictionary.md").read_text(encoding="utf-8")
    assert committed == render(), "run `python -m warta.datadict` after changing transforms/schemas.py"
