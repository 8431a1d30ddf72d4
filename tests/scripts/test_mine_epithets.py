"""scripts/mine_epithets.py's choice of a name for an epithet, on invented counts."""

import importlib.util
from collections import Counter

from tests.conftest import REPO

spec = importlib.util.spec_from_file_location("mine_epithets", REPO / "scripts" / "mine_epithets.py")
mine = importlib.util.module_from_spec(spec)
spec.loader.exec_module(mine)


def test_a_name_misspelt_in_one_document_does_not_hide_the_name_the_others_give():
    meanings = Counter({("Rina Sari Wulandari", "PERSON"): 9, ("Rina Sary Wulandari", "PERSON"): 1})
    assert mine.dominant_name(meanings, 2) == (("Rina Sari Wulandari", "PERSON"), 10)


def test_an_epithet_given_to_two_names_alike_often_names_neither():
    meanings = Counter({("Rina Sari Wulandari", "PERSON"): 3, ("Tono Raharjo", "PERSON"): 2})
    assert mine.dominant_name(meanings, 2) is None


def test_an_epithet_given_in_fewer_documents_than_asked_is_left_out():
    assert mine.dominant_name(Counter({("Tono Raharjo", "PERSON"): 1}), 2) is None


def test_forms_of_one_name_count_together():
    # `Tjahaja` and `Cahaja` spell one key: the name is one, whichever form the documents write
    meanings = Counter({("Tono Tjahaja", "PERSON"): 2, ("Tono Cahaja", "PERSON"): 1, ("Rina Sari", "PERSON"): 1})
    assert mine.dominant_name(meanings, 2) == (("Tono Tjahaja", "PERSON"), 4)
