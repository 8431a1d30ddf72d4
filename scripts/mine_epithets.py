"""Mine the scale corpus for epithets the texts give with a cue: `X alias Y`, `X atau yang akrab disapa Y`,
`Y, sapaan akrab X`, `Y, julukan X` (the cues of transforms/data/epithet_cues.tsv, read by the entity stage's own
pass `join_named_epithets`).

    python3 scripts/mine_epithets.py [--min-documents N] [--exclude-ids FILE ...] > transforms/data/epithets.tsv

Each article's mentions are found as the entity stage finds them; every epithet the pass gave a name is counted,
once a document, with the fullest form the document writes for that name. An epithet given to one name only, in N
documents or more, is printed: epithet, name, the name's type, documents. Deterministic: sorted by the epithet.
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
    print(f"# {articles} articles; epithet, name, type, documents (one name only, {args.min_documents} documents or more)")
    for key in sorted(names):
        meanings = {normalise_key(name) for name, _ in names[key]}
        (name, type_), documents = names[key].most_common(1)[0]
        if len(meanings) == 1 and sum(names[key].values()) >= args.min_documents:
            print(f"{written[key]}\t{name}\t{type_}\t{sum(names[key].values())}")


if __name__ == "__main__":
    main()
