"""Mine the scale corpus for nicknames: a name opened by an article (`The X`, `Los X`, `Die X`, `I X`) that the
documents writing it nearly always write beside one other name, and rarely beside any second one.

    python3 scripts/mine_nicknames.py --exclude-ids FILE ... > transforms/data/nicknames.tsv

The press calls clubs, bands and riders by nicknames without a cue (`The Gunners` for a club, `Los Blancos`), so
`mine_epithets.py`, which reads cues, does not find them. Here the corpus (every evaluation set's ids left out) goes
through warta's entity stage as one collection, up to the name model's vote; for each entity whose name opens with one of
NICKNAME_OPENERS and holds no given name (`I Ketut X` is a Balinese person), the entities of the documents writing it
that are bodies are counted (a club's coach and stars are written beside its nickname as often as the club). A nickname
written in MIN_DOCUMENTS documents or more, whose most frequent partner is in MIN_SHARE of them and whose next partner
in at most MAX_RIVAL of the first's count (`Los X` beside its club and the club's rival), is printed: nickname, partner, partner's type,
documents, share. Read by the entity stage as the epithets are (`known_epithets`): joined where a collection names both.
Deterministic: sorted by nickname.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "scripts"))
sys.path.insert(0, str(REPO))

import polars as pl  # noqa: E402

from corpus_files import article_text, file_name, read_corpus_except  # noqa: E402
from flows import ahead  # noqa: E402
from measure_rule_reliability import extraction_of  # noqa: E402
from transforms.entities import collection  # noqa: E402
from transforms.lexicon import word_set  # noqa: E402

NICKNAMES = "nicknames.tsv"  # the file this script writes (transforms/data/)
NICKNAME_OPENERS = frozenset({"the", "los", "las", "les", "le", "la", "die", "der", "el", "il", "i"})
MIN_DOCUMENTS = 3
MIN_SHARE = 0.75
MAX_RIVAL = 0.6


def collection_entities(texts: dict[str, str]) -> tuple[pl.DataFrame, pl.DataFrame]:
    """The entities and mentions warta's entity stage resolves and types for these texts as one collection, without the
    nicknames already mined: with them, each nickname is its body's alias and no entity of its own, and a second run
    would mine nothing."""
    mined = collection.EPITHET_FILES
    collection.EPITHET_FILES = tuple(file for file in mined if file != NICKNAMES)
    collection.known_epithets.cache_clear()
    try:
        extraction = extraction_of(texts)
        resolved = dict(zip(("entities", "mentions"), ahead.resolve(extraction)))
        _, (entities, mentions) = ahead.retype(resolved, extraction["documents"], extraction["quote_candidates"], None,
                                               None, full=True)
    finally:
        collection.EPITHET_FILES = mined
        collection.known_epithets.cache_clear()
    return entities, mentions


def nicknames(entities: pl.DataFrame, mentions: pl.DataFrame) -> list[tuple[str, str, str, int, float]]:
    """(nickname, partner, partner's type, documents, share) of the nicknames that pass the module's thresholds."""
    given = word_set("person_names.txt") | word_set("world_given_names.txt")
    names = dict(entities.select("entity_id", "name").iter_rows())
    types = dict(entities.select("entity_id", "type").iter_rows())
    in_document: dict[str, set[str]] = defaultdict(set)
    documents_of: dict[str, set[str]] = defaultdict(set)
    for doc_id, entity_id in mentions.select("doc_id", "entity_id").unique().iter_rows():
        in_document[doc_id].add(entity_id)
        documents_of[entity_id].add(doc_id)
    found = []
    for entity_id, name in names.items():
        words = name.lower().split()
        if len(words) < 2 or words[0] not in NICKNAME_OPENERS or given.intersection(words[1:]):
            continue
        documents = documents_of[entity_id]
        if len(documents) < MIN_DOCUMENTS:
            continue
        partners = Counter(other for doc_id in documents for other in in_document[doc_id]
                           if other != entity_id and types[other] == "ORG")
        if not partners:
            continue
        ranked = sorted(partners.items(), key=lambda item: (-item[1], names[item[0]]))
        (top, count), rival = ranked[0], ranked[1][1] if len(ranked) > 1 else 0
        if count >= MIN_SHARE * len(documents) and rival <= MAX_RIVAL * count:
            found.append((name, names[top], types[top], len(documents), round(count / len(documents), 2)))
    return sorted(found)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--exclude-ids", type=Path, action="append", default=[])
    args = parser.parse_args()
    texts = {file_name(article["id"]): article_text(article) for article in read_corpus_except(args.exclude_ids)}
    entities, mentions = collection_entities(texts)
    print(f"# {len(texts)} articles; nickname, partner, partner's type, documents, share (MIN_DOCUMENTS {MIN_DOCUMENTS}, "
          f"MIN_SHARE {MIN_SHARE}, MAX_RIVAL {MAX_RIVAL})")
    for row in nicknames(entities, mentions):
        print("\t".join(map(str, row)))


if __name__ == "__main__":
    main()
