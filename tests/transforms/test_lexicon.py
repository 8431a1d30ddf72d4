from tests.transforms.entities import typed_names
from transforms.lexicon import phrase_set


def test_a_one_word_title_has_its_deputys_title():
    titles = phrase_set("titles.txt")
    assert ("sekjen",) in titles and ("wasekjen",) in titles
    assert ("wasir",) not in titles  # a word the corpus writes in lower case is no deputy's title


def test_a_deputys_title_opens_an_office_before_a_name():
    names = typed_names("Hadir Wasekjen Partai Rakyat Budi Santoso dan Waketum Partai Tani Rina Wulandari.")
    assert {name for name, type_ in names if type_ == "PERSON"} == {"Budi Santoso", "Rina Wulandari"}


def test_no_title_holds_a_known_body_or_place():
    # `Panglima TNI`, `Kanselir Jerman`: the title is `Panglima`, `Kanselir`; the body or country after it is a mention
    from transforms.lexicon import known_names
    known = {name.lower() for name in known_names()}
    assert [phrase for phrase in phrase_set("titles.txt") if any(word in known for word in phrase[1:])] == []
