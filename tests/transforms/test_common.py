import re

from transforms.common import alternation


def test_alternation_matches_as_the_flat_longest_first_list():
    words = ["me", "meng", "mengatakan", "menjelaskan", "kata", "katanya", "ka", "seperti dikutip", "dikutip", "a.b"]
    text = "Ia mengatakan, katanya; ka me meng menjelaskan seperti dikutip Lintas, dikutip dari a.b axb KATANYA mengata"
    flat = "|".join(sorted(map(re.escape, words), key=len, reverse=True))
    for template in (r"\b(?:{})\b", r"(?:{})", r"\b(?P<cue>{})(?P<rest>\s*,?)"):
        for flags in (0, re.IGNORECASE):
            expected = [(m.span(), m.groups()) for m in re.finditer(template.format(flat), text, flags)]
            found = [(m.span(), m.groups()) for m in re.finditer(template.format(alternation(words)), text, flags)]
            assert found == expected


def test_alternation_shares_prefixes_and_tries_the_longest_word_first():
    assert alternation(["me", "mengatakan", "meminta"]) == "me(?:ngatakan|minta|)"
    assert re.match(alternation(["ka", "kata"]), "katanya").group() == "kata"
