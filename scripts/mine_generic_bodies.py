"""Mine the scale corpus for kinds of body the press names with a body's head but writes as common nouns.

    python3 scripts/mine_generic_bodies.py [--min-uses N] [--min-lower-share S] [--exclude-ids FILE ...] > transforms/data/generic_bodies.tsv

A body's head (transforms/data/org_heads.txt) followed by one to three words reads as a body's name wherever it is
capitalised (`Partai Politik`, `Lembaga Negara` in a heading-like sentence), yet some of these phrases name a kind of body,
not one body: the press writes them in lower case inside its sentences nearly every time (`partai politik`, `pemerintah
daerah`), while it capitalises a body's name nearly every time (`Mahkamah Agung`, `Badan Pusat Statistik`). Only uses
inside a sentence count (after a lower-case word or a comma: elsewhere capitals say nothing), each phrase written wholly
in lower case or wholly capitalised. Prints every phrase used N times or more so, capitalised at least once and written in
lower case at least a share S of its uses, with both counts, most used first; the reviewed output is
transforms/data/generic_bodies.tsv. Deterministic: ties by the phrase.
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
from transforms.lexicon import word_set  # noqa: E402

WORD = re.compile(r"[^\W\d_]+")
MAX_WORDS_AFTER_HEAD = 3
INSIDE_SENTENCE = re.compile(r"[a-z,]$")  # what the text before a phrase ends with when the phrase stands inside a sentence


class PhraseCases:
    """Lower-case and capitalised uses, inside sentences, of each phrase a body's head opens."""

    def __init__(self, heads: frozenset[str]) -> None:
        self.heads = {tuple(head.split()) for head in heads}
        self.head_sizes = sorted({len(head) for head in self.heads}, reverse=True)
        self.lower, self.capital = Counter(), Counter()

    def add(self, text: str) -> None:
        for line in text.split("\n"):
            words = [(m.group(), m.start(), m.end()) for m in WORD.finditer(line)]
            for index, (_, start, _) in enumerate(words):
                if not INSIDE_SENTENCE.search(line[:start].rstrip(" ")):
                    continue
                size = next((size for size in self.head_sizes
                             if tuple(w.lower() for w, _, _ in words[index:index + size]) in self.heads), 0)
                if size:
                    self._count(line, words[index:index + size + MAX_WORDS_AFTER_HEAD], size)

    def _count(self, line: str, words: list[tuple[str, int, int]], head_size: int) -> None:
        for end in range(head_size + 1, len(words) + 1):
            if any(line[words[i][2]:words[i + 1][1]] != " " for i in range(end - 1)):
                return  # a phrase is words one space apart
            written = [word for word, _, _ in words[:end]]
            phrase = " ".join(written).lower()
            if all(word.islower() for word in written):
                self.lower[phrase] += 1
            elif all(word[0].isupper() and word[1:].islower() for word in written):
                self.capital[phrase] += 1

    def rows(self, min_uses: int, min_lower_share: float) -> list[tuple[str, int, int]]:
        kept = (p for p in self.capital if self.lower[p] + self.capital[p] >= min_uses
                and self.lower[p] >= min_lower_share * (self.lower[p] + self.capital[p]))
        return sorted(((p, self.lower[p], self.capital[p]) for p in kept), key=lambda r: (-(r[1] + r[2]), r[0]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--min-uses", type=int, default=5)
    parser.add_argument("--min-lower-share", type=float, default=0.8)
    parser.add_argument("--exclude-ids", type=Path, action="append", default=[])
    args = parser.parse_args()
    counts, articles = PhraseCases(word_set("org_heads.txt")), 0
    for articles, article in enumerate(read_corpus_except(args.exclude_ids), start=1):
        counts.add(article["text"])
    print(f"# {articles} articles; phrase, lower-case uses inside a sentence, capitalised ones "
          f"(min uses {args.min_uses}, min lower-case share {args.min_lower_share})")
    for phrase, lower, capital in counts.rows(args.min_uses, args.min_lower_share):
        print(f"{phrase}\t{lower}\t{capital}")


if __name__ == "__main__":
    main()
