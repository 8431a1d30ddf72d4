"""Build transforms/data/club_names.tsv, the football clubs' names and short forms, from openfootball's club lists.

    git clone https://github.com/openfootball/clubs /tmp/openfootball-clubs   # CC0 1.0, commit ae38002 (2025-01-03)
    python3 scripts/build_club_names.py /tmp/openfootball-clubs > transforms/data/club_names.tsv

The press names a club by its full name in one sentence and by a short form in the next (`Tottenham Hotspur` ...
`Spurs`, `Crystal Palace` ... `Palace`, `West Bromwich Albion` ... `West Brom`), and no rule over one text tells which
short form belongs to which club. openfootball's `*.clubs.txt` lists every club of about a hundred countries with the
forms it is written in (`Tottenham Hotspur FC, 1882, @ White Hart Lane, London` then `| Tottenham | Spurs`): each club
line opens a club, each `|` line adds forms (a `[de]`-style language tag dropped), `ii)` lines are reserve teams (left
out: their forms are the first team's with a suffix). A form is written as listed and without its accents (`Atletico`).

A form several clubs share goes to the one club of the European lists when exactly one of them is European (the
Indonesian press reports European football: `Barcelona`, `Arsenal`, `Liverpool`), and to none otherwise. Prints `form
<TAB> club` sorted by form, the form in lower case; the club is the list's own first name. Which forms the entity stage
uses (not a place, a given name or a word of the vocabulary) it decides itself: transforms/entities/document.py.
"""

from __future__ import annotations

import argparse
import re
import unicodedata
from collections import defaultdict
from pathlib import Path

LANGUAGE_TAG = re.compile(r"\[\w+\]")
RESERVE_TEAM = re.compile(r"^i+\)")
YEARS = re.compile(r"\s*\(.*?\)")  # `Wigan Borough FC (1920-1931)`: a former club's years
PREFERRED_REGION = "europe"


def without_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def read_clubs(text: str) -> list[tuple[str, set[str]]]:
    """(club, its forms) for each first-team club of one `*.clubs.txt` file."""
    clubs: list[tuple[str, set[str]]] = []
    forms: set[str] | None = None
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip() or line.lstrip().startswith("="):
            continue
        if line.lstrip().startswith("|"):
            if forms is not None:
                forms.update(form for part in line.split("|") if (form := " ".join(LANGUAGE_TAG.sub("", part).split())))
            continue
        if line[0].isspace():
            continue  # an address line under a club
        name = line.split(",", 1)[0].strip()
        if RESERVE_TEAM.match(name):
            forms = None
            continue
        name = " ".join(YEARS.sub("", name).split())
        forms = {name}
        clubs.append((name, forms))
    return clubs


def club_forms(source: Path) -> dict[str, str]:
    """Lower-case form -> club, each form given to one club (see the module's docstring)."""
    claims: dict[str, set[tuple[str, str]]] = defaultdict(set)  # form -> (club, region)
    for path in sorted(source.rglob("*.clubs.txt")):
        region = path.relative_to(source).parts[0]
        for club, forms in read_clubs(path.read_text(encoding="utf-8")):
            for form in forms | {without_accents(form) for form in forms}:
                claims[form.lower()].add((club, region))
    chosen = {}
    for form, clubs in claims.items():
        names = {club for club, _ in clubs}
        preferred = {club for club, region in clubs if region == PREFERRED_REGION}
        if len(names) == 1:
            chosen[form] = names.pop()
        elif len(preferred) == 1:
            chosen[form] = preferred.pop()
    return chosen


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("source", type=Path, help="a checkout of github.com/openfootball/clubs")
    args = parser.parse_args()
    forms = club_forms(args.source)
    print("# Football clubs' names and short forms: form<TAB>club. Built by scripts/build_club_names.py from openfootball's")
    print("# club lists (https://github.com/openfootball/clubs, commit ae38002, CC0 1.0: public domain dedication, no")
    print("# conditions; credit to the football.db / openfootball contributors). A form several clubs share goes to the one")
    print(f"# European club among them, else to none. {len(forms)} forms.")
    for form in sorted(forms):
        print(f"{form}\t{forms[form]}")


if __name__ == "__main__":
    main()
