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


def test_a_country_whose_canonical_cldr_does_not_write_joins_the_cldr_group_of_its_forms():
    # a row's canonical CLDR spells otherwise (`Inggris`; CLDR's Indonesian name is another) takes the group of a form
    # CLDR writes (`United Kingdom`), so CLDR's own name of that country is the same place
    from babel import Locale

    from transforms.lexicon import CLDR_GROUP, CONTINENT_CODES, _rows, known_names, match_key
    cldr = {name.lower() for locale in ("id", "en") for code, name in Locale(locale).territories.items()
            if code.isalpha() or code in CONTINENT_CODES}
    rows = [(group, aliases) for kind, group, *aliases in _rows("known_names.tsv")
            if kind == "LOC" and any(form.lower() in cldr for form in (group, *aliases))]
    assert rows
    assert [group for group, _ in rows if not known_names()[match_key(group)][1].startswith(CLDR_GROUP + " ")] == []


def test_a_cldr_name_with_another_in_brackets_is_known_by_each():
    # CLDR writes `Myanmar (Burma)`: the texts write `Myanmar` or `Burma`, the same country
    from transforms.lexicon import known_names
    names = known_names()
    assert names["myanmar"] == names["burma"] == names["myanmar (burma)"]
    assert names["myanmar"][1].startswith("cldr ")


def test_korea_alone_is_south_korea_as_the_news_writes_it():
    from transforms.lexicon import known_names
    names = known_names()
    assert names["korea"] == names["korea selatan"] != names["korea utara"]


def test_a_countrys_formal_name_is_the_country_and_no_continents_or_provinces():
    from transforms.lexicon import known_names
    names = known_names()
    assert names["negara palestina"] == names["palestina"] and names["palestina"][1].startswith("cldr ")
    assert names["kerajaan belanda"] == names["belanda"] and names["republik ceko"] == names["ceko"]
    # a continent after `Negara` is a list of its countries, a kingdom of a province's name a state of its past
    assert "negara eropa" not in names and "kerajaan aceh" not in names
