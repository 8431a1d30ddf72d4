import re
import string
import sys
from pathlib import Path

import pytest

from transforms.quotes.patterns import UNLIKE_LOWER, cue_patterns

TEXT = "Harga naik. Menurut Rina, stok aman. Namun menurutnya, harga turun. Lintas, mengutip Rina, melaporkan itu."


@pytest.mark.parametrize("name", ["according", "according_nya", "quoting"])
@pytest.mark.parametrize("span", [(0, len(TEXT)), (0, 11), (12, 36), (37, 66), (67, len(TEXT)), (15, 40)])
def test_guarded_patterns_search_as_their_regex(name, span):
    guarded = cue_patterns()[name]
    found, expected = guarded.search(TEXT, *span), guarded.pattern.search(TEXT, *span)
    assert (found and found.span()) == (expected and expected.span())


def test_guarded_pattern_finds_its_cue():
    assert cue_patterns()["according"].search(TEXT).group("speaker") == "Rina"


DATA = Path(__file__).resolve().parents[2] / "data"
SOURCES = "Seperti dikutip dari Lintas, harga naik. “Kami siap,” kata Rina kepada Kompas TV saat dihubungi. " \
          "Dilansir Warta.id, ujarnya melalui akun Instagram. Menurut laporan yang dikutipdetikNews, "


@pytest.mark.parametrize("name", ["source", "medium", "own_reporting"])
def test_anchored_patterns_find_what_their_regex_finds(name):
    anchored = cue_patterns()[name]
    texts = [path.read_text(encoding="utf-8") for path in sorted(DATA.glob("*/*.txt"))]
    texts += [SOURCES, SOURCES.upper(), SOURCES.replace("i", "ı"), SOURCES.replace("s", "ſ"), "İ " + SOURCES]
    for text in texts:
        for span in ((0, len(text)), (len(text) // 3, len(text)), (10, len(text) // 2)):
            found = [(m.span(), m.groups()) for m in anchored.finditer(text, *span)]
            assert found == [(m.span(), m.groups()) for m in anchored.pattern.finditer(text, *span)]
    assert list(anchored.finditer(SOURCES))  # the example holds a match of each


def test_letters_re_matches_to_ascii_letters_unlike_lower():
    every = "".join(map(chr, range(sys.maxunicode + 1)))
    letters = set(string.ascii_lowercase)
    related = set(re.findall("[a-z]", every, re.IGNORECASE)) | {char for char in every if char.lower() in letters}
    unlike = {char for char in related for letter in letters
              if bool(re.fullmatch(letter, char, re.IGNORECASE)) != (char.lower() == letter)}
    assert unlike == set(UNLIKE_LOWER)
