"""Mine the scale corpus for acronyms of terms: the ones it defines by words in lower case.

    python3 scripts/mine_term_acronyms.py [--min-hits K] [--ratio R] [--exclude-ids FILE ...]

`kecerdasan buatan (AI)`, `pemutusan hubungan kerja (PHK)`: an acronym written in brackets right after two
lower-case words shortens a term, not the name of a body (`Badan Kepegawaian Negara (BKN)`). An acronym
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

from corpus_files import read_corpus  # noqa: E402

DEFINED = re.compile(r"(\w+) (\w+) \(([A-Z][A-Za-z]{1,6})\)")
ACRONYM = re.compile(r"\b[A-Z]{2,7}\b")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--min-hits", type=int, default=3)
    parser.add_argument("--ratio", type=float, default=2.0)
    parser.add_argument("--exclude-ids", type=Path, action="append", default=[])
    args = parser.parse_args()
    exclude = {line.strip() for path in args.exclude_ids for line in path.read_text().splitlines() if line.strip()}
    lower, capital, uses, articles = Counter(), Counter(), Counter(), 0
    for article in read_corpus():
        if article["id"] in exclude:
            continue
        articles += 1
        text = article["text"]
        for first, second, acronym in DEFINED.findall(text):
            if sum(c.isupper() for c in acronym) < 2:
                continue
            if first.islower() and second.islower():
                lower[acronym] += 1
            elif second[:1].isupper():
                capital[acronym] += 1
        uses.update(ACRONYM.findall(text))
    kept = sorted((a for a, n in lower.items() if n >= args.min_hits and n >= args.ratio * capital[a]),
                  key=lambda a: (-uses[a], a))
    print(f"# {articles} articles; acronym, lower-case definitions, capitalised ones, uses")
    for acronym in kept:
        print(f"{acronym}\t{lower[acronym]}\t{capital[acronym]}\t{uses[acronym]}")


if __name__ == "__main__":
    main()
