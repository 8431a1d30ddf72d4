"""Mine the scale corpus for acronyms of terms: the ones it defines by words of its vocabulary.

    python3 scripts/mine_term_acronyms.py [--min-hits K] [--ratio R] [--exclude-ids FILE ...]

`kecerdasan buatan (AI)`, `pemutusan hubungan kerja (PHK)`: an acronym written in brackets right after two
lower-case words shortens a term, not the name of a body (`Badan Arsip Sukamaju (BAS)`). So does one defined by
capitalised vocabulary (`Kartu Tanda Penduduk (KTP)`): the words right before the bracket that spell the acronym's
letters, none of them a word the corpus writes capitalised more often than not (transforms/data/corpus_case.tsv),
no head of a body or place or a title first, read by the name model as no name (MIN_NONE). Other capitalised
definitions name a body. An acronym
defined as a term K times or more, and R times more often than as a body, is printed with its counts (lower-case
definitions, capitalised vocabulary ones, body ones, uses in all), most used first, for review. The reviewed list is
transforms/data/term_acronyms.txt. Deterministic: ties by the acronym.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

import polars as pl

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "scripts"))
sys.path.insert(0, str(REPO))

from corpus_files import read_corpus_except  # noqa: E402
from transforms.entities.context import spells_initials  # noqa: E402
from transforms.lexicon import corpus_lower_share, phrase_set, word_set  # noqa: E402
from transforms.name_model import SPANS_SCHEMA, score_spans  # noqa: E402

DEFINED = re.compile(r"((?:[\w-]+ ){1,8})\(([A-Z][A-Za-z]{1,6})\)")
ACRONYM = re.compile(r"\b[A-Z]{2,7}\b")
MIN_NONE = 0.9  # the name model's probability of `none` from which capitalised words define a term
JOINERS = frozenset({"dan", "di", "dari", "untuk", "atau", "&"})  # words an acronym skips (`Anggaran ... dan Belanja ...`)


def _heads() -> frozenset[str]:
    """Words that open the name of a body or a place, or a title: what a defined body's name starts with."""
    return (word_set("org_heads.txt") | {phrase[0] for phrase in phrase_set("place_heads.txt")}
            | {phrase[0] for phrase in phrase_set("titles.txt")})


def spelled_words(words: list[str], acronym: str) -> list[str] | None:
    """The words right before an acronym that spell its letters: the shortest run ending at the bracket whose first
    word opens with the acronym's first letter and whose words' initials give every letter in order."""
    for start in range(len(words) - 1, -1, -1):
        run = words[start:]
        if run[0][:1].lower() == acronym[0].lower() and spells_initials(acronym, " ".join(run)):
            return run
    return None


class Counts:
    """Lower-case, capitalised-vocabulary and body definitions of each acronym, and its uses."""

    def __init__(self) -> None:
        self.lower, self.uses = Counter(), Counter()
        self.heads, self.words_in_lower_case = _heads(), set(corpus_lower_share())
        self.spelled: list[tuple[str, str, str]] = []  # (acronym, word before, capitalised words) to read by the model
        self._read: tuple[Counter, Counter] | None = None

    def add(self, text: str) -> None:
        for before, acronym in DEFINED.findall(text):
            if sum(c.isupper() for c in acronym) < 2:
                continue
            words = before.split()
            if words[-2:] == [w.lower() for w in words[-2:]] and len(words) >= 2:
                self.lower[acronym] += 1
                continue
            run = spelled_words(words, acronym)
            if run is None or not run[-1][:1].isupper():
                continue
            before_run = words[len(words) - len(run) - 1] if len(words) > len(run) else ""
            self.spelled.append((acronym, before_run, " ".join(run)))
        self.uses.update(ACRONYM.findall(text))

    def read(self) -> tuple[Counter, Counter]:
        """(vocabulary, capital): the capitalised definitions the name model reads as no name (MIN_NONE) with no head
        of a body, place or title first, and the others."""
        if self._read is None:
            vocabulary, capital = Counter(), Counter()
            if self.spelled:
                spans = pl.DataFrame([(before, run, ")") for _, before, run in self.spelled], schema=SPANS_SCHEMA, orient="row")
                p_none = score_spans(spans.with_columns(right=pl.lit(" (X)"))).get_column("p_none").to_list()
                for (acronym, _, run), none in zip(self.spelled, p_none):
                    lowered = run.lower().split()
                    term = none >= MIN_NONE and lowered[0] not in self.heads and all(
                        word in self.words_in_lower_case or word in JOINERS for word in lowered)
                    (vocabulary if term else capital)[acronym] += 1
            self._read = vocabulary, capital
        return self._read

    def kept(self, min_hits: int, ratio: float) -> list[str]:
        vocabulary, capital = self.read()
        terms = self.lower + vocabulary
        return sorted((a for a, n in terms.items() if n >= min_hits and n >= ratio * capital[a]),
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
    print(f"# {articles} articles; acronym, lower-case definitions, capitalised vocabulary ones, body ones, uses")
    for acronym in counts.kept(args.min_hits, args.ratio):
        vocabulary, capital = counts.read()
        print(f"{acronym}\t{counts.lower[acronym]}\t{vocabulary[acronym]}\t{capital[acronym]}\t{counts.uses[acronym]}")


if __name__ == "__main__":
    main()
