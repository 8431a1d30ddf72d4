"""Mine the scale corpus for the lower-case words that stand before a club named after its city.

    python3 scripts/mine_club_context.py [--min-hits K] [--min-names N] [--min-share S] [--exclude-ids FILE ...]

In a document, a name is a club where the document also writes `klub X` or `tim X`, or puts a team's role word
before it when it is a city (`pelatih Sukamaju`, transforms/data/team_roles.txt); a city is the town where it
writes `kota Sukamaju` and none of those. Every other occurrence of the name in those documents is read with the
word before it; a word seen K times or more before clubs, before at least N different names, and in at least
share S of its occurrences before either sense, is printed with its counts, most hits first, for review
(`melawan`, `menjamu`). The reviewed list is transforms/data/club_context_words.txt. Deterministic: ties by
the word.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "scripts"))

from corpus_files import read_corpus  # noqa: E402

sys.path.insert(0, str(REPO))

from transforms.lexicon import city_names, word_set  # noqa: E402

WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
TOWN_WORDS = {"kota", "kabupaten", "provinsi"}
CLUB_WORDS = {"klub", "tim"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--min-hits", type=int, default=10)
    parser.add_argument("--min-names", type=int, default=4)
    parser.add_argument("--min-share", type=float, default=0.8)
    parser.add_argument("--exclude-ids", type=Path, action="append", default=[])
    args = parser.parse_args()
    exclude = {line.strip() for path in args.exclude_ids for line in path.read_text().splitlines() if line.strip()}
    roles, cities = word_set("team_roles.txt"), city_names()
    club, town, names = Counter(), Counter(), defaultdict(set)
    articles = 0
    for article in read_corpus():
        if article["id"] in exclude:
            continue
        articles += 1
        words = WORD.findall(article["text"])
        pairs = [(before, name) for before, name in zip(words, words[1:]) if name[0].isupper() and before.islower()]
        clubs = {name for before, name in pairs if before in CLUB_WORDS or before in roles and name.lower() in cities}
        towns = {name for before, name in pairs if before in TOWN_WORDS and name.lower() in cities} - clubs
        for before, name in pairs:
            if before in roles or before in TOWN_WORDS or before in CLUB_WORDS:
                continue
            if name in clubs:
                club[before] += 1
                names[before].add(name)
            elif name in towns:
                town[before] += 1
    kept = sorted((w for w, n in club.items() if n >= args.min_hits and len(names[w]) >= args.min_names
                   and n / (n + town[w]) >= args.min_share), key=lambda w: (-club[w], w))
    print(f"# {articles} articles; word, hits before clubs, before towns, different names")
    for word in kept:
        print(f"{word}\t{club[word]}\t{town[word]}\t{len(names[word])}")


if __name__ == "__main__":
    main()
