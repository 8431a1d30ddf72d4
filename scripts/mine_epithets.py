"""Mine the scale corpus for epithets the texts give with a cue: `X alias Y`, `X atau yang akrab disapa Y`,
`Y, sapaan akrab X`, `Y, julukan X` (the cues of transforms/data/epithet_cues.tsv, read by the entity stage's own
pass `join_named_epithets`).

    python3 scripts/mine_epithets.py [--min-documents N] [--exclude-ids FILE ...] > transforms/data/epithets.tsv

Each article's mentions are found as the entity stage finds them; every epithet the pass gave a name is counted,
once a document, with the fullest form the document writes for that name. An epithet given to one name only, in N
documents or more, is printed: epithet, name, the name's type, documents. A name misspelt in one document (`Rina
Sary` once beside `Rina Sari` twenty times) does not hide the pair: the name the epithet is given must hold MIN_SHARE
of the documents giving it, as a nickname's partner must (mine_nicknames.py). Deterministic: sorted by the epithet.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "scripts"))

from corpus_files import article_text, read_corpus_except  # noqa: E402

sys.path.insert(0, str(REPO))

from transforms.entities.document import document_mentions  # noqa: E402
from transforms.entities.epithets import EPITHET_RULE  # noqa: E402
from transforms.entities.vocabulary import normalise_key  # noqa: E402


def epithets_of(text: str) -> set[tuple[str, str, str]]:
    """(epithet as written, the fullest form of its name in the document, the name's type)."""
    mentions = document_mentions(text)
    given = [m for m in mentions if m.type_rule == EPITHET_RULE]
    found = set()
    for epithet in given:
        forms = [m.text for m in mentions if m.key == epithet.key and m.type_rule != EPITHET_RULE]
        if forms:
            found.add((epithet.text, max(forms, key=lambda t: (len(t.split()), len(t), t)), epithet.type))
    return found


MIN_SHARE = 0.75  # of the documents giving an epithet, those giving it to its most frequent name


def dominant_name(meanings: Counter, min_documents: int) -> tuple[tuple[str, str], int] | None:
    """(name, type) and documents of the one name an epithet is given in min_documents documents or more and in
    MIN_SHARE of the documents giving it; None when no name dominates."""
    documents = sum(meanings.values())
    if not meanings or documents < min_documents:
        return None
    by_name: Counter = Counter()
    for (name, _), count in meanings.items():
        by_name[normalise_key(name)] += count
    key, count = by_name.most_common(1)[0]
    if count < MIN_SHARE * documents or list(by_name.values()).count(count) > 1:
        return None
    written = max((n for n in meanings.items() if normalise_key(n[0][0]) == key), key=lambda n: (n[1], n[0]))[0]
    return written, documents


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--min-documents", type=int, default=1)
    parser.add_argument("--exclude-ids", type=Path, action="append", default=[])
    args = parser.parse_args()
    names: dict[str, Counter] = defaultdict(Counter)
    written: dict[str, str] = {}
    articles = 0
    for articles, article in enumerate(read_corpus_except(args.exclude_ids), start=1):
        for epithet, name, type_ in epithets_of(article_text(article)):
            key = normalise_key(epithet)
            names[key][(name, type_)] += 1
            written.setdefault(key, epithet)
    print(f"# {articles} articles; epithet, name, type, documents (one name in {MIN_SHARE:.0%} of them,"
          f" {args.min_documents} documents or more)")
    for key in sorted(names):
        if found := dominant_name(names[key], args.min_documents):
            (name, type_), documents = found
            print(f"{written[key]}\t{name}\t{type_}\t{documents}")


if __name__ == "__main__":
    main()
