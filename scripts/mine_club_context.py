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

from corpus_files import read_corpus_except  # noqa: E402

sys.path.insert(0, str(REPO))

from transforms.lexicon import city_names, word_set  # noqa: E402

WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
TOWN_WORDS = {"kota", "kabupaten", "provinsi"}
CLUB_WORDS = {"klub", "tim"}


class Counts:
    """Words before clubs and before towns, and the different names each word stood before."""

    def __init__(self) -> None:
        self.club, self.town, self.names = Counter(), Counter(), defaultdict(set)
        self.roles, self.cities = word_set("team_roles.txt"), city_names()

    def add(self, text: str) -> None:
        words = WORD.findall(text)
        pairs = [(before, name) for before, name in zip(words, words[1:]) if name[0].isupper() and before.islower()]
        clubs = {name for before, name in pairs if before in CLUB_WORDS or before in self.roles and name.lower() in self.cities}
        towns = {name for before, name in pairs if before in TOWN_WORDS and name.lower() in self.cities} - clubs
        for before, name in pairs:
            if before in self.roles or before in TOWN_WORDS or before in CLUB_WORDS:
                continue
            if name in clubs:
                self.club[before] += 1
                self.names[before].add(name)
            elif name in towns:
                self.town[before] += 1

    def kept(self, min_hits: int, min_names: int, min_share: float) -> list[str]:
        return sorted((w for w, n in self.club.items() if n >= min_hits and len(self.names[w]) >= min_names
                       and n / (n + self.town[w]) >= min_share), key=lambda w: (-self.club[w], w))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--min-hits", type=int, default=10)
    parser.add_argument("--min-names", type=int, default=4)
    parser.add_argument("--min-share", type=float, default=0.8)
    parser.add_argument("--exclude-ids", type=Path, action="append", default=[])
    args = parser.parse_args()
    counts, articles = Counts(), 0
    for articles, article in enumerate(read_corpus_except(args.exclude_ids), start=1):
        counts.add(article["text"])
    print(f"# {articles} articles; word, hits before clubs, before towns, different names")
    for word in counts.kept(args.min_hits, args.min_names, args.min_share):
        print(f"{word}\t{counts.club[word]}\t{counts.town[word]}\t{len(counts.names[word])}")


if __name__ == "__main__":
    main()
