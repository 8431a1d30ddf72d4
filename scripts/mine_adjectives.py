"""Mine the adjectives of the scale corpus: the words that stand right after a degree adverb.

    python3 scripts/mine_adjectives.py [--min-hits K] [--min-share S] [--exclude-ids FILE ...] > transforms/data/judgement_adjectives.txt

Indonesian marks an adjective by the degree adverbs it takes (transforms/data/degree_adverbs.txt: `sangat penting`,
`cukup tinggi`, `terlalu mahal`). A word counted K or more times after one of them, and in at least share S of all its
occurrences, is listed, most hits first. After a verb of judgement (`menilai`, `menganggap`), an object followed by such an
adjective is the judgement reported (`X menilai langkah itu penting`). Deterministic: ties by the word.
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

sys.path.insert(0, str(REPO))

from transforms.lexicon import word_set  # noqa: E402

DEGREE_ADVERBS = word_set("degree_adverbs.txt")
WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--min-hits", type=int, default=8)
    parser.add_argument("--min-share", type=float, default=0.05)
    parser.add_argument("--exclude-ids", type=Path, action="append", default=[])
    args = parser.parse_args()
    hits, total, articles = Counter(), Counter(), 0
    for articles, article in enumerate(read_corpus_except(args.exclude_ids), start=1):
        words = WORD.findall(article["text"].lower())
        total.update(words)
        hits.update(after for before, after in zip(words, words[1:]) if before in DEGREE_ADVERBS and after not in DEGREE_ADVERBS)
    kept = sorted((w for w, n in hits.items() if n >= args.min_hits and n / total[w] >= args.min_share and len(w) > 2),
                  key=lambda w: (-hits[w], w))
    print("# Adjectives mined from the scale corpus: words that stand right after a degree adverb (degree_adverbs.txt).")
    print("# Source: python3 scripts/mine_adjectives.py "
          f"--min-hits {args.min_hits} --min-share {args.min_share}"
          + "".join(f" --exclude-ids {p}" for p in args.exclude_ids))
    print(f"# over ../shared/corpus/news-id-6k.jsonl.gz ({articles} articles); most hits first.")
    for word in kept:
        print(word)


if __name__ == "__main__":
    main()
