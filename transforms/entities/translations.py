"""A body's or place's name written in Indonesian and in English in one text (`Komite Internasional Palang Merah`,
`International Committee of the Red Cross`): the words of each, rendered through data/name_glossary.tsv, pair off one
by one, and the words no glossary renders (its own name, its owner: `Nevada`, `Padel`) are the same on both sides."""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

from transforms.common import alternation
from transforms.lexicon import table_rows, word_set

EXTRA_JOINERS = frozenset({"the", "dan", "untuk"})  # words between a name's words in either language, rendering nothing


@lru_cache(maxsize=1)
def glossary() -> dict[tuple[str, ...], tuple[tuple[str, ...], ...]]:
    """Indonesian phrase (its words) -> its English renderings (each as its words)."""
    return {tuple(indonesian.split()): tuple(tuple(english.split()) for english in renderings.split("|"))
            for indonesian, renderings in table_rows("name_glossary.tsv")}


@lru_cache(maxsize=1)
def _longest_phrase() -> int:
    """Words of the glossary's longest Indonesian phrase (`hak asasi manusia`)."""
    return max(len(phrase) for phrase in glossary())


@lru_cache(maxsize=1)
def _english_words() -> frozenset[str]:
    return frozenset(word for renderings in glossary().values() for rendering in renderings for word in rendering)


@lru_cache(maxsize=1)
def english_pattern() -> str:
    """A regular expression finding the English words of the renderings that are no Indonesian word of the glossary
    (`committee`; not `bank`): a document naming nothing with one of them names nothing in English."""
    indonesian = {word for phrase in glossary() for word in phrase}
    return rf"\b(?:{alternation(sorted(_english_words() - indonesian))})\b"


@lru_cache(maxsize=1)
def _joiners() -> frozenset[str]:
    return word_set("english_joiners.txt") | EXTRA_JOINERS


def _units(words: tuple[str, ...]) -> list[tuple[str, ...]]:
    """The name's words in glossary phrases, longest first, and single words; joiners left out."""
    units, position, table = [], 0, glossary()
    while position < len(words):
        size = next((size for size in range(min(_longest_phrase(), len(words) - position), 1, -1)
                     if words[position:position + size] in table), 1)
        if words[position] not in _joiners() or size > 1:
            units.append(words[position:position + size])
        position += size
    return units


@lru_cache(maxsize=65536)  # a collection writes its names again and again
def own_words(words: tuple[str, ...]) -> frozenset[str]:
    """The words no glossary renders and no glossary renders into: a name's own (a place, an owner, a sport)."""
    table, english = glossary(), _english_words()
    return frozenset(unit[0] for unit in _units(words)
                     if len(unit) == 1 and (unit[0],) not in table and unit[0] not in english)


@lru_cache(maxsize=65536)
def translates(indonesian: tuple[str, ...], english: tuple[str, ...]) -> bool:
    """Whether each unit of the first name is a word of the second, or renders into words of it, every word of the
    second taken once; at least one unit rendered (two names in one language are no translation of each other)."""
    remaining = Counter(word for unit in _units(english) for word in unit)
    rendered = False
    for unit in _units(indonesian):
        if len(unit) == 1 and remaining[unit[0]] > 0:
            remaining[unit[0]] -= 1
            continue
        fitting = next((rendering for rendering in glossary().get(unit, ())
                        if all(remaining[word] >= count for word, count in Counter(rendering).items())), None)
        if fitting is None:
            return False
        remaining.subtract(fitting)
        rendered = True
    return rendered and not +remaining
