"""Mine the scale corpus for nicknames: a name opened by an article (`The X`, `Los X`, `Die X`, `I X`), or a team's
name of the press's own (`Macan Putih`, `Biancoverdi`), that the documents writing it nearly always write beside one
other name, and rarely beside any second one.

    python3 scripts/mine_nicknames.py --exclude-ids FILE ... > transforms/data/nicknames.tsv
    python3 scripts/mine_nicknames.py --teams --exclude-ids FILE ... > transforms/data/team_nicknames.tsv

The press calls clubs, bands and riders by nicknames without a cue (`The Gunners` for a club, `Los Blancos`), so
`mine_epithets.py`, which reads cues, does not find them. Here the corpus (every evaluation set's ids left out) goes
through warta's entity stage as one collection, up to the name model's vote; for each entity whose name opens with one of
NICKNAME_OPENERS and holds no given name (`I Ketut X` is a Balinese person), the entities of the documents writing it
that are bodies are counted (a club's coach and stars are written beside its nickname as often as the club). A nickname
written in MIN_DOCUMENTS documents or more, whose most frequent partner is in MIN_SHARE of them and whose next partner
in at most MAX_RIVAL of the first's count (`Los X` beside its club and the club's rival), is printed: nickname, partner, partner's type,
documents, share. Read by the entity stage as the epithets are (`known_epithets`): joined where a collection names both.

Without an article, a name beside one body is as often that body's stadium, its supporters' group, its sponsor or a
league it plays in as its nickname; so a team's nickname (`team_nicknames`) is a body's name of no given name, no
gazetteer's name, no club's listed form or club's word, no head of a body, place or competition and no acronym, and the
corpus writes it right after a word that takes a team (data/team_words.txt: `tim X`, `berjuluk X`, `melawan X`) at
least once: supporters, stadiums and sponsors are never written so; its partner is no competition (`Serie A`).
Deterministic: sorted by nickname.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "scripts"))
sys.path.insert(0, str(REPO))

import polars as pl  # noqa: E402

from corpus_files import article_text, file_name, read_corpus_except  # noqa: E402
from flows import ahead  # noqa: E402
from measure_rule_reliability import extraction_of  # noqa: E402
from transforms.entities import collection  # noqa: E402
from transforms.entities.document import club_forms, club_form_key  # noqa: E402
from transforms.entities.reading import COMPETITION_WORDS  # noqa: E402
from transforms.entities.vocabulary import CLUB_DESIGNATORS, ORG_HEADS, PLACE_HEADS, is_ordinary_word  # noqa: E402
from transforms.lexicon import city_names, known_names, match_key, word_set  # noqa: E402

MINED = ("nicknames.tsv", "team_nicknames.tsv")  # the files this script writes (transforms/data/), without and with --teams
NICKNAME_OPENERS = word_set("name_articles.txt")  # `The X`, `Los X`, `I X`
MIN_DOCUMENTS = 3
MIN_SHARE = 0.75
MAX_RIVAL = 0.6


def collection_entities(texts: dict[str, str]) -> tuple[pl.DataFrame, pl.DataFrame]:
    """The entities and mentions warta's entity stage resolves and types for these texts as one collection, without the
    nicknames already mined: with them, each nickname is its body's alias and no entity of its own, and a second run
    would mine nothing."""
    mined = collection.EPITHET_FILES
    collection.EPITHET_FILES = tuple(file for file in mined if file not in MINED)
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
    """(nickname, partner, partner's type, documents, share) of the names opened by an article that pass the module's
    thresholds."""
    given = _given_names()
    return _partnered(entities, mentions, lambda name: (len(words := name.lower().split()) >= 2 and words[0] in NICKNAME_OPENERS
                                                         and not given.intersection(words[1:])))


def team_nicknames(entities: pl.DataFrame, mentions: pl.DataFrame,
                   texts: dict[str, str]) -> list[tuple[str, str, str, int, float]]:
    """(nickname, partner, ...) of the bodies' names of no article (`Macan Putih`) that pass the thresholds, that the
    corpus writes right after a word that takes a team, and whose partner is no competition (module docstring)."""
    given = _given_names()
    forms, cities = club_forms(), city_names()
    bodies = set(entities.filter(pl.col("type") == "ORG")["name"])

    def shaped(name: str) -> bool:
        words = name.lower().split()
        return (name in bodies and words[0] not in NICKNAME_OPENERS and not given.intersection(words)
                and not any(word.isupper() or not word.isalpha() for word in name.split())
                and match_key(name) not in known_names() and club_form_key(name) not in forms and name.lower() not in cities
                and not set(words) & (CLUB_DESIGNATORS | ORG_HEADS) and not any((word,) in PLACE_HEADS for word in words)
                and not any((word,) in COMPETITION_WORDS for word in words) and not (len(words) == 1 and is_ordinary_word(words[0])))

    return [row for row in _partnered(entities, mentions, shaped) if _written_as_team(row[0], texts)
            and not any((word,) in COMPETITION_WORDS for word in row[1].lower().split())]


def _given_names() -> frozenset[str]:
    return word_set("person_names.txt") | word_set("world_given_names.txt")


def _written_as_team(name: str, texts: dict[str, str]) -> bool:
    """Some text writes `name` right after a word of data/team_words.txt, as written in lower case (`tim`, not `Tim`)."""
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(sorted(word_set("team_words.txt"))) + r")\s+" + re.escape(name) + r"(?![\w-])")
    return any(pattern.search(text) for text in texts.values() if name in text)


def _partnered(entities: pl.DataFrame, mentions: pl.DataFrame,
               shaped: Callable[[str], bool]) -> list[tuple[str, str, str, int, float]]:
    """(name, partner, partner's type, documents, share) of the entities whose name is `shaped` and that the documents
    writing them write beside one body (MIN_DOCUMENTS, MIN_SHARE, MAX_RIVAL)."""
    names = dict(entities.select("entity_id", "name").iter_rows())
    types = dict(entities.select("entity_id", "type").iter_rows())
    in_document: dict[str, set[str]] = defaultdict(set)
    documents_of: dict[str, set[str]] = defaultdict(set)
    for doc_id, entity_id in mentions.select("doc_id", "entity_id").unique().iter_rows():
        in_document[doc_id].add(entity_id)
        documents_of[entity_id].add(doc_id)
    found = []
    for entity_id, name in names.items():
        documents = documents_of[entity_id]
        if len(documents) < MIN_DOCUMENTS or not shaped(name):
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
    parser.add_argument("--teams", action="store_true", help="the teams' nicknames of no article (team_nicknames)")
    args = parser.parse_args()
    texts = {file_name(article["id"]): article_text(article) for article in read_corpus_except(args.exclude_ids)}
    entities, mentions = collection_entities(texts)
    print(f"# {len(texts)} articles; nickname, partner, partner's type, documents, share (MIN_DOCUMENTS {MIN_DOCUMENTS}, "
          f"MIN_SHARE {MIN_SHARE}, MAX_RIVAL {MAX_RIVAL})")
    for row in team_nicknames(entities, mentions, texts) if args.teams else nicknames(entities, mentions):
        print("\t".join(map(str, row)))


if __name__ == "__main__":
    main()
