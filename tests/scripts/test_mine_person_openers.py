import pytest

from scripts import mine_person_openers as mine
from transforms.lexicon import word_set


def test_a_word_opening_people_s_names_in_most_of_its_capitalised_uses_is_an_opener():
    lines = ["Rudi B-PER", "Wonoto I-PER", "", "Rudi B-PERSON", "", "Karya B-ORG", "Karya I-ORG", "",
             "Sinta B-PER", "", "Sinta O", "", "Sinta O", ""]
    # `Rudi` opens people twice in two uses, `Karya` none; `Sinta` once in three; one use says too little (`Wonoto`)
    assert mine.openers(lines) == ["rudi"]


@pytest.mark.skipif(not mine.NER.exists(), reason="../shared/ner is not beside the repo")
def test_the_committed_list_is_what_the_script_mines():
    assert frozenset(mine.openers()) == word_set("person_openers.txt")
