"""Mine the scale corpus for acronyms of terms: the ones it defines by words in lower case.

    python3 scripts/mine_term_acronyms.py [--min-hits K] [--ratio R] [--exclude-ids FILE ...]

`kecerdasan buatan (AI)`, `pemutusan hubungan kerja (PHK)`: an acronym written in brackets right after two
lower-case words shortens a term, not the name of a body (`Badan Arsip Sukamaju (BAS)`). An acronym
defined so K times or more, and R times more often than after capitalised words, is printed with its counts
(lower-case definitions, capitalised ones, uses in all), most used first, for review. The reviewed list is
transforms/data/term_acronyms.txt. Deterministic: ties by the acronym.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "scripts"))

from corpus_files import read_corpus_except  # noqa: E402

DEFINED = re.compile(r"(\w+) (\w+) \(([A-Z][A-Za-z]{1,6})\)")
ACRONYM = re.compile(r"\b[A-Z]{2,7}\b")


class Counts:
    """Lower-case and capitalised definitions of each acronym, and its uses."""

    def __init__(self) -> None:
        self.lower, self.capital, self.uses = Counter(), Counter(), Counter()

    def add(self, text: str) -> None:
        for first, second, acronym in DEFINED.findall(text):
            if sum(c.isupper() for c in acronym) < 2:
                continue
            if first.islower() and second.islower():
                self.lower[acronym] += 1
            elif second[:1].isupper():
                self.capital[acronym] += 1
        self.uses.update(ACRONYM.findall(text))

    def kept(self, min_hits: int, ratio: float) -> list[str]:
        return sorted((a for a, n in self.lower.items() if n >= min_hits and n >= ratio * self.capital[a]),
                      key=lambda a: (-self.uses[a], a))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--min-hits", type=int, default=3)
    parser.add_argument("--ratio", type=float, default=2.0)
    parser.add_argument("--exclude-ids", type=Path, action="append", default=[])
    args = parser.parse_args()
    counts, articles = Counts(), 0
    for articles, article in enumerate(read_corpus_except(args.exclude_ids), start=1):
        counts.add(article["text"])
    print(f"# {articles} articles; acronym, lower-case definitions, capitalised ones, uses")
    for acronym in counts.kept(args.min_hits, args.ratio):
        print(f"{acronym}\t{counts.lower[acronym]}\t{counts.capital[acronym]}\t{counts.uses[acronym]}")


if __name__ == "__main__":
    main()
