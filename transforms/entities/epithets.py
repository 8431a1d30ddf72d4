"""A second name the text itself gives a referent (`Rina Sari alias Ucok`, `Rina Sari atau yang akrab disapa Ucok`,
`Ucok, sapaan akrab Rina Sari`, `Macan Putih, julukan Persimaju`): one referent in the document, and across the
collection when every document giving that name gives it to the same referent. The cue words are in
data/epithet_cues.tsv."""

from __future__ import annotations

import re
from functools import lru_cache

from transforms.common import alternation
from transforms.entities.context import QUOTED_NICKNAME, DocumentContext, Mention, spells_initials
from transforms.entities.shape import GIVEN_NAME_READING
from transforms.entities.vocabulary import STRONG, WEAK, is_head_or_title
from transforms.lexicon import table_rows

EPITHET_RULE = "named_epithet"
EPITHET_TYPES = ("PERSON", "ORG")  # a person's nickname, a club's or a body's epithet
MIN_SHARED_LETTERS = 3  # letters in a row an epithet given by a description takes from the name it stands for
DESCRIPTION_WINDOW = 60  # characters before an epithet searched for `yang akrab disapa`


@lru_cache(maxsize=1)
def _cue_words() -> tuple[str, ...]:
    """The cue words of every part but the adverbs."""
    return tuple(sorted({w for part, w in table_rows('epithet_cues.tsv') if part != 'adverb'}))


@lru_cache(maxsize=1)
def _any_cue() -> re.Pattern:
    return re.compile(rf"\b(?:{alternation(_cue_words())})\b")


def _holds_a_cue(text: str) -> bool:
    """Any cue word: most texts hold none, and the pass reads no further. (Each word looked for as a string first: the
    texts holding none of them even inside a word, 87 % of the corpus, are not searched by the regex, whose opening `\b`
    has the engine try every position.)"""
    return any(word in text for word in _cue_words()) and _any_cue().search(text) is not None


@lru_cache(maxsize=1)
def _cues() -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    """(forward: between a name and its epithet; backward: between an epithet and the name; described: before an epithet
    given to the person a description stands for, `pria yang akrab disapa Ucok`; own: after an epithet given to the
    person the text is about, `Ucok, sapaan akrabnya`)."""
    parts: dict[str, list[str]] = {}
    for part, words in table_rows("epithet_cues.tsv"):
        parts.setdefault(part, []).append(words)
    adverb = f"(?:{alternation(parts['adverb'])})"
    address = r"(?:[A-Z][a-z]+\s+)?"  # a word of address or a title opening the epithet (`Gus`, `Kang`)
    age = r"(?:\(\s*\d+\s*\)\s*)?"  # `Rina Sari (40) alias Ucok`
    lead = rf"\s*{age},?\s*(?:atau\s+)?(?:yang\s+)?(?:{adverb}\s+)?"
    called = rf"\s*{age},?\s*(?:atau\s+(?:yang\s+)?|yang\s+)(?:{adverb}\s+)?|\s*{age},?\s*{adverb}\s+"
    forward = re.compile(rf"(?:{lead}(?:{alternation(parts['named'])})|(?:{called})(?:{alternation(parts['called'])}))"
                         rf"\s+[\"“']?{address}")
    # a comma or a dash before the noun, a dash written as hyphens apart (`Ucok - - sapaan akrabnya`)
    noun = rf"\s*(?:,|[-–—](?:[ \t]*[-–—])*)?\s*(?:{alternation(parts['noun'])})(?:\s+{adverb})?"
    backward = re.compile(rf"{noun}\s+{address}")
    described = re.compile(rf"\byang\s+(?:(?:{adverb}\s+)?(?:{alternation(parts['named'])})|{adverb}\s+(?:{alternation(parts['called'])}))"
                           rf"\s+[\"“']?{address}$")
    own = re.compile(rf"{noun}nya\b")
    return forward, backward, described, own


def _spelled_from(epithet: str, name: str) -> bool:
    """The epithet's last word shares MIN_SHARED_LETTERS letters in a row with a word of the name (`Aher`,
    `Ahmad Heryawan`; `Tika`, `Kartika Sari`), or, in capitals, spells the initials of the name's words (`AQ`, `Ahmad
    Qosim`)."""
    if epithet.isupper() and " " not in epithet and len(epithet) >= 2 and spells_initials(epithet, name):
        return True
    last = epithet.split()[-1].lower()
    words = name.lower().split()
    return any(last[i:i + MIN_SHARED_LETTERS] in word for word in words for i in range(len(last) - MIN_SHARED_LETTERS + 1))


def join_named_epithets(doc: DocumentContext) -> None:
    """Two names of a person or a body joined by an epithet's cue (data/epithet_cues.tsv) are one referent: every
    mention of the epithet in the document, written as it is, takes the name's key and type. The name is the one
    written in full (the other side of the cue), or, when a description stands for it (`pria yang akrab disapa Ucok`,
    `Ucok, sapaan akrabnya`), the last person the document named in full before, when the epithet takes letters from
    that name (`Aher` of `Ahmad Heryawan`: the description may stand for someone else). An epithet that is itself the
    document's name of another referent stays apart (`Rina Sari alias Ucok` when the document already names
    `Ucok Harahap`); a title or a word of address alone is no epithet, nor is a name a lone word nothing types (`dalam
    bahasa Sukamaju disebut ...`), nor letters in capitals (`RS alias Ucok`: a suspect's initials, or a body's)."""
    # a nickname quoted inside the name (`Hendra “Acong” Lisanto`) is the name's epithet
    named: dict[str, Mention] = {nickname.group().strip()[1:-1].lower(): m for m in doc.mentions if m.type == "PERSON"
                                 for nickname in QUOTED_NICKNAME.finditer(m.text)}  # the epithet, lower case -> its name
    if not _holds_a_cue(doc.text):
        _join_epithets(doc, named)
        return
    forward, backward, described, own = _cues()
    ordered = sorted(doc.mentions, key=lambda m: m.start)
    person = None  # the last person named in full so far
    for previous, current in zip([None, *ordered], ordered):
        if previous is not None and forward.fullmatch(doc.text, previous.end, current.start):
            epithet, name = current, previous
        elif previous is not None and backward.fullmatch(doc.text, previous.end, current.start):
            epithet, name = previous, current
        elif person is not None and (current.type == "PERSON" or current.single and current.strength < STRONG) \
                and _spelled_from(current.text, person.text) and (
                described.search(doc.text, max(0, current.start - DESCRIPTION_WINDOW), current.start) or own.match(doc.text, current.end)):
            epithet, name = current, person
        else:
            if current.type == "PERSON" and " " in current.key:
                person = current
            continue
        name = named.get(name.text.lower(), name)  # `A alias B alias C`: C is A's too
        # a given name alone is a person's name however weakly its reading types it (`Sutrisno alias Tris`)
        if name.type in EPITHET_TYPES and (name.strength > WEAK or name.type_rule == GIVEN_NAME_READING) and not name.text.isupper() \
                and epithet.key != name.key \
                and not is_head_or_title(epithet.text.lower()):
            named.setdefault(epithet.text.lower(), name)
    _join_epithets(doc, named)


def _join_epithets(doc: DocumentContext, named: dict[str, Mention]) -> None:
    """Every mention written as an epithet takes its name's key and type, unless its key is another name's."""
    if not named:
        return
    taken = {m.key for m in doc.mentions if m.text.lower() not in named}  # keys the document gives other names
    for mention in doc.mentions:
        name = named.get(mention.text.lower())
        if name is not None and (mention.key not in taken or mention.key == name.key):
            mention.key, mention.single = name.key, False
            mention.retype(name.type, name.strength, EPITHET_RULE)
