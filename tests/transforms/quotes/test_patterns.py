import pytest

from transforms.quotes.patterns import cue_patterns

TEXT = "Harga naik. Menurut Rina, stok aman. Namun menurutnya, harga turun. Lintas, mengutip Rina, melaporkan itu."


@pytest.mark.parametrize("name", ["according", "according_nya", "quoting"])
@pytest.mark.parametrize("span", [(0, len(TEXT)), (0, 11), (12, 36), (37, 66), (67, len(TEXT)), (15, 40)])
def test_guarded_patterns_search_as_their_regex(name, span):
    guarded = cue_patterns()[name]
    found, expected = guarded.search(TEXT, *span), guarded.pattern.search(TEXT, *span)
    assert (found and found.span()) == (expected and expected.span())


def test_guarded_pattern_finds_its_cue():
    assert cue_patterns()["according"].search(TEXT).group("speaker") == "Rina"
