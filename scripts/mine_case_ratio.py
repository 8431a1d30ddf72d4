"""Mine the scale corpus for how it writes each word inside a sentence: in lower case or capitalised.

    python3 scripts/mine_case_ratio.py [--min-uses N] [--min-lower-share S] [--exclude-ids FILE ...] > transforms/data/corpus_case.tsv
    python3 scripts/mine_case_ratio.py --capitalised --min-uses 5 --max-lower-share 0.05 \
        --exclude-ids tests/data/*/ids.txt > transforms/data/corpus_capitalised.tsv

A word the press writes in lower case almost every time it stands inside a sentence (`kuliner`, `festival`,
`brand`) is vocabulary, whatever lists of Indonesian words say; one it capitalises there (`ubud`, `schurrle`) is a
name. Only tokens inside a sentence count (not after `.`, `!`, `?`, `:`, a quotation mark, a bracket or a line
break: there capitals say nothing); words in capitals (acronyms) and words with a capital inside are skipped.
Prints every word used N times or more so and written in lower case at least a share S of them (the names, written
capitalised, are left out), with its lower-case and capitalised counts, most used first; the reviewed output is
transforms/data/corpus_case.tsv. With --capitalised it prints the other end instead: the words written in lower case
at most a share S of their uses inside sentences that the affix rules would read as derived words (shaped like
me-gawat-i: transforms/entities/vocabulary.py `looks_affixed`), names however derived they look; no other name is
printed (transforms/data/corpus_capitalised.tsv).
Deterministic: ties by the word.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "scripts"))
sys.path.insert(0, str(REPO))

from corpus_files import read_corpus_except  # noqa: E402

WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
OPENERS = set(".!?:;\"'“”‘’([\n")  # after these a capital may just open a sentence, a quote or a heading


class CaseCounts:
    """Lower-case and capitalised uses of each word inside sentences."""

    def __init__(self) -> None:
        self.lower, self.capital = Counter(), Counter()

    def add(self, text: str) -> None:
        for match in WORD.finditer(text):
            word = match.group()
            before = text[:match.start()].rstrip(" \t-–—")
            if not before or before[-1] in OPENERS:
                continue
            if word.islower():
                self.lower[word] += 1
            elif word[0].isupper() and word[1:].islower():
                self.capital[word.lower()] += 1

    def rows(self, min_uses: int, min_lower_share: float) -> list[tuple[str, int, int]]:
        words = (w for w in self.lower if self.lower[w] + self.capital[w] >= min_uses
                 and self.lower[w] >= min_lower_share * (self.lower[w] + self.capital[w]))
        return sorted(((w, self.lower[w], self.capital[w]) for w in words), key=lambda r: (-(r[1] + r[2]), r[0]))

    def capitalised_rows(self, min_uses: int, max_lower_share: float) -> list[tuple[str, int, int]]:
        words = (w for w in self.capital if self.lower[w] + self.capital[w] >= min_uses
                 and self.lower[w] <= max_lower_share * (self.lower[w] + self.capital[w]))
        return sorted(((w, self.lower[w], self.capital[w]) for w in words), key=lambda r: (-(r[1] + r[2]), r[0]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--min-uses", type=int, default=5)
    parser.add_argument("--min-lower-share", type=float, default=0.5)
    parser.add_argument("--capitalised", action="store_true", help="print the words capitalised inside sentences")
    parser.add_argument("--max-lower-share", type=float, default=0.05)
    parser.add_argument("--exclude-ids", type=Path, nargs="+", action="extend", default=[])
    args = parser.parse_args()
    counts, articles = CaseCounts(), 0
    for articles, article in enumerate(read_corpus_except(args.exclude_ids), start=1):
        counts.add(article["text"])
    print(f"# {articles} articles; word, lower-case uses inside a sentence, capitalised ones")
    if args.capitalised:
        from transforms.entities.vocabulary import looks_affixed  # the affix rules alone, not the list being mined

        rows = [row for row in counts.capitalised_rows(args.min_uses, args.max_lower_share) if looks_affixed(row[0])]
    else:
        rows = counts.rows(args.min_uses, args.min_lower_share)
    for word, lower, capital in rows:
        print(f"{word}\t{lower}\t{capital}")


if __name__ == "__main__":
    main()
