"""The type of a name no other reader placed, from its shape and the words around it: an ordered rule
table, read top to bottom, the first rule whose condition holds decides (type, strength).

Single-word names end at `single_word`; the rules after it see names of two words or more.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

from transforms.entities.context import TERM_ACRONYM, DocumentContext
from transforms.entities.tokens import BRAND_CHANNEL, MAX_ACRONYM_LETTERS, Token
from transforms.entities.vocabulary import (
    AGE_AFTER,
    CLUB_DESIGNATORS,
    DEPUTY,
    FIRST_NAMES,
    INITIAL_NAMES,
    LOC_CONTEXT,
    MEDIUM,
    ORG_CONTEXT,
    ORG_TAILS,
    PERSON_NAMES,
    PERSON_ROLES,
    PLACE_HEADS,
    PLACE_PREPOSITIONS,
    PLACE_TITLES,
    SPEECH_VERBS,
    STRONG,
    TEAM_ROLES,
    TITLES,
    WEAK,
    WEB_ADDRESS_END,
    camel_case,
    is_ministry,
    is_ordinary_word,
    longest_phrase,
    normalise_key,
    office_held,
)
from transforms.entities.runs import ENGLISH_JOINERS
from transforms.lexicon import (city_names, indonesian_city_names, indonesian_village_names,
                                indonesian_vocabulary_places, known_names, word_set)

AS_DEFINED = "as defined"  # the type of the name an acronym was defined for
BRAND_READING = "brand_word"  # a word with a capital inside
MAX_CITED_WORDS = 3  # `Wonford Evening Gazette`: a medium's name cited
CITING = "source"  # the group of speech_verbs.tsv whose verbs cite a source (`dilansir`, `mengutip`)
DEFAULT_READING = "single_word"  # a word alone that nothing around it types: a body's name, weakly
CLUB_READING = "club_after_team_role"  # a city's name read as its club by the word before it
TITLE_COMPLEMENT = "complement_of_title"  # what a title governs when it is no place: an office (`Kepala Dinas X`)
TOWN_AFTER_SITE = "town_after_site"  # `Stadion Sukamaju Raya, Wonotan`: the town an address gives after a site
PLACING_READINGS = ("place_context_word", "place_preposition", "governed_place", TOWN_AFTER_SITE)  # its sentence places it
SHAPE_PERSON_READING = "person_by_shape"  # a person by the name's shape alone
CLUB_DESIGNATOR_READING = "club_by_designator"  # a club's designator opens or closes the name (`Atletico Sukamaju`)
GIVEN_NAME_READING = "given_name"  # a common given name alone, weakly a person
AGE_READING = "name_with_age"  # one word before a bracketed number: a person's age, or a list's count
ACRONYM_READING = "acronym"  # one word in capitals: a body's acronym, weakly
CAPITALS_READING = "capitals"  # several words in capitals
CITY_READING = "city_gazetteer"  # a city's name, by the gazetteer alone
CLUB_LETTERS_READING = "club_after_letters"  # `AS Sukamaju` in a document on clubs: a club's letters, no country (document.py)
VILLAGE_READING = "village_gazetteer"  # an Indonesian district's or village's name, by the gazetteer alone
PORTFOLIO_READING = "portfolio_of_title"  # one word of vocabulary after a title: an office's portfolio, no name
LAW_CITATION = "law_citation"  # a law or regulation cited: no entity
GOVERNED_PLACE = "governed_place"  # a name after the title of a place's head (`Bupati Sukamaju`)
PRODUCT_MODEL = "product_model"  # a product's name with its model code: no name of the gold's kinds
ENGLISH_READING = "english_article"  # an English article or joiner in it: no person's name
NO_NAME_WORD_READING = "no_name_word"  # capitalised vocabulary alone
LONG_READING = "long_or_numbered"  # over four words, or opening with a number
NOT_PERSON_READING = "not_person_shaped"  # words no personal name is made of
UNIT_READING = "odd_word_then_vocabulary"  # one odd word, then vocabulary
THING_READING = "name_of_thing"  # two words ending in vocabulary
ENGLISH_WORDS_READING = "english_words"  # common English words only (data/english_words.txt)
SAINT_READING = "saint_name"  # a saint's name (data/saint_words.txt): a place's or a body's
MODEL_CODE = re.compile(r"[A-Za-z]+\d+[A-Za-z]*|\d+[A-Za-z]+")  # `X5`, `F430`, `MB16AP`, `4S`: letters and digits in one word
# lists the rules ask of every name: looked up once here, not through an lru_cache'd loader at each call
BODY_DESCRIPTION_HEADS = word_set("body_description_heads.txt")
CLUB_CONTEXT_WORDS = word_set("club_context_words.txt")
CLUB_NAME_WORDS = CLUB_DESIGNATORS - {"city", "kas"}  # club designators that name no place nor money (`City`, `Kas` do)
ENGLISH_WORDS = word_set("english_words.txt")
LAW_WORDS = word_set("law_words.txt")
SAINT_WORDS = word_set("saint_words.txt")


@dataclass(slots=True)
class Shape:
    """What the rules look at: the name's tokens and words, the lower-case words before it, the title before it."""

    doc: DocumentContext
    first: int
    last: int
    tokens: list[Token]
    words: list[str]
    before: list[str]
    context_title: str | None
    previous: str | None  # the lower-case word right before the name
    single: bool  # a one-word name


# the lengths of name a shape rule's condition can hold for: a name is read only by the rules of its length (half the
# rules a name would otherwise be asked; tests/transforms/entities/test_shape.py checks the tags against the conditions)
ONE_WORD, SEVERAL_WORDS, ANY_LENGTH = "one word", "several words", "any length"


@dataclass(frozen=True)
class ShapeRule:
    name: str
    condition: Callable[[Shape], bool]
    type: str
    strength: int
    what: str
    example: str
    length: str = ANY_LENGTH  # the names the condition can hold for: one word, several, any


def _name_with_age(s: Shape) -> bool:
    word = s.tokens[0]
    return (bool(AGE_AFTER.match(s.doc.text, word.end)) and not is_ordinary_word(word.lower)
            and word.lower not in city_names() and word.key not in known_names())


def _described_person(s: Shape) -> bool:
    doc = s.doc
    return doc.apposition_follows(s.last) or doc.name_word(s.words[0]) and (
        doc.after_bracketed_acronym(s.first) or doc.affiliation_follows(s.last))


def _before_speech_verb(s: Shape) -> bool:
    following = s.doc.next_word(s.last)
    return following in SPEECH_VERBS and SPEECH_VERBS[following][1] in ("men", "passive")


# `perusahaan distribusi film Tokovarsa`, `perusahaan asal Sukamaju, Tokovarsa`: a body's description (a head of
# data/body_description_heads.txt, then at most four words of its kind or origin and maybe a comma) right before the
# name; not a demonstrative's (`perusahaan itu, Rina Sari`: its holder) nor an owner's or a leader's (`milik Rina Sari`)
# the last break before the name: the first of the reversed window (`.*` then a break, forwards, had the engine back off
# from the window's end one character at a time)
CLAUSE_BREAK = re.compile(r"[.;:!?\"“”()\n]")
DESCRIPTION_WORDS = 4
ORIGIN_WORDS = frozenset({"asal", "dari", "negara", "kota"})
# an active verb between the head and the name: the body acts, the name is what it acts on (`startup itu meraih pendanaan
# Seri B`); meN- and ber- verbs (not `berita`, `kantor berita Sukamaju`)
ACTIVE_VERB = re.compile(r"(?:mem|men|meng|meny|ber(?!ita))\w+")
NOT_DESCRIBING = frozenset({"itu", "ini", "tersebut", "milik", "pimpinan", "asuhan", "besutan", "binaan", "bentukan",
                            "bernama", "yang", "dan", "atau", "kepada", "oleh", "bersama", "dengan"})


def _described_as_body(s: Shape) -> bool:
    if s.words[0] in FIRST_NAMES or s.previous in PLACE_PREPOSITIONS or s.previous in ORIGIN_WORDS:
        return False  # `perusahaan asal | Sukamaju`: where the body comes from
    start = s.tokens[0].start
    window = s.doc.text[max(0, start - 80):start]
    cut = CLAUSE_BREAK.search(window[::-1])
    line = window[len(window) - cut.start():] if cut else window
    words = line.rstrip().removesuffix(",").split()[-(DESCRIPTION_WORDS + 1):]
    opening = len(line.split()) - len(words)  # words[0] opens the sentence when this is 0
    for index in range(len(words) - 1, -1, -1):
        # a head in lower case (of one word or two: `surat kabar`), or capitalised where it opens the sentence (`Klub
        # asal Sukamaju, Atletico Wonotan`)
        if words[index] in BODY_DESCRIPTION_HEADS or index and f"{words[index - 1]} {words[index]}" in BODY_DESCRIPTION_HEADS \
                or index + opening == 0 and words[index].lower() in BODY_DESCRIPTION_HEADS:
            between = words[index + 1:]
            # capitalised words only as a place: after `asal`, or a country or region of the gazetteer (`surat kabar
            # Korea Selatan, Hanmin Ilbo`)
            place = _known_place_words(between)
            return not NOT_DESCRIBING.intersection(w.lower() for w in between) and "," not in " ".join(words[index:]) \
                and not any(ACTIVE_VERB.match(w) for w in between) \
                and all(w.islower() or k >= len(between) - place or k > 0 and (between[k - 1] == "asal" or between[k - 1][:1].isupper())
                        for k, w in enumerate(between))
        if words[index][:1].isupper() and words[index].lower() in BODY_DESCRIPTION_HEADS:
            return False  # a head inside a name (`Bank Sukamaju, Rina Sari`)
    return False


def _known_place_words(words: list[str]) -> int:
    """How many of the last words name a country or region of the gazetteer (0 when none do)."""
    return next((size for size in range(len(words), 0, -1)
                 if known_names().get(normalise_key(" ".join(words[-size:])), ("",))[0] == "LOC"), 0)


def _after_citing_verb(s: Shape) -> bool:
    """`dilansir X`, `dikutip dari X`: a verb citing a source right before the name. `menurut` (group source,
    position pre) introduces a person as often as a medium, so only the verbs cited in any position count."""
    for size in (1, 2):
        verb = SPEECH_VERBS.get(" ".join(s.before[-size:])) if len(s.before) >= size else None
        if verb is not None and verb[1] == CITING and verb[2] == "any":
            return True
    return False


def _person_cue(word: str | None) -> bool:
    """A speech cue that says its speaker is a person: not one citing a source (`menurut X` names a body as often as a
    person, `dilansir X` a medium)."""
    return word in SPEECH_VERBS and SPEECH_VERBS[word][1] != CITING


def _defined_acronym_first(s: Shape) -> bool:
    defined = s.doc.acronyms.get(s.tokens[0].text)
    return defined is not None and defined.type != "PERSON"


def _after_site_and_comma(s: Shape) -> bool:
    """The name follows a comma closing a site's name (a place's head opens the run before it: `Stadion Sukamaju Raya, `,
    `Jalan Melati, `): an address, whose last part is the town the site is in."""
    tokens, before = s.doc.tokens, s.first - 1
    if before < 0 or not tokens[before].capitalised or s.doc.text[tokens[before].end:s.tokens[0].start] != ", ":
        return False
    opening = before
    while opening > 0 and tokens[opening].adjacent_before and tokens[opening - 1].capitalised:
        opening -= 1
    return longest_phrase(s.doc.lowers[opening:before + 1], 0, PLACE_HEADS) > 0


def _acronym_inside_sentence(s: Shape) -> bool:
    token = s.tokens[0]
    return s.single and 1 < len(token.text) <= MAX_ACRONYM_LETTERS and token.text.isupper() and not token.sentence_initial


def _governing_title(title: str | None) -> bool:
    """The title of a place's head, or of his deputy (`Wakil Wali Kota`)."""
    if not title:
        return False  # (most names follow no title: no words to split)
    words = office_held(title)
    return bool(words) and words[0] in PLACE_TITLES - {DEPUTY}


def _given(words) -> bool:
    return bool(set(words) & PERSON_NAMES)


SHAPE_RULES: tuple[ShapeRule, ...] = (
    ShapeRule(GOVERNED_PLACE, lambda s: _governing_title(s.context_title),
              "LOC", MEDIUM, "After the title of a place's head, the name is the place.", "Bupati Sukamaju"),
    ShapeRule(PRODUCT_MODEL, lambda s: not s.single and any(MODEL_CODE.fullmatch(t.text) for t in s.tokens[1:] if not t.text.isalpha()),
              "ORG", WEAK, "A model code (letters and digits in one word) after the name's first word: a product, no "
              "body, place or person; dropped.", "Nova X5 Pro", SEVERAL_WORDS),
    ShapeRule(LAW_CITATION, lambda s: len(s.words) > 1 and (s.words[-1] == "tahun" or bool(LAW_WORDS.intersection(s.words))),
              "ORG", WEAK, "A law, article or regulation cited (a word of citation in it, or `Tahun` closing it before "
              "the year): no entity; dropped.", "Jo Pasal, UU Pers Tahun", SEVERAL_WORDS),
    ShapeRule(TERM_ACRONYM, lambda s: s.single and s.doc.term_acronym(s.tokens[0]),
              "ORG", WEAK, "The acronym of a term (mined: the corpus defines it in lower case), or one the document "
              "defines so: no name; dropped.", "kecerdasan buatan (KB)", ONE_WORD),
    ShapeRule("organisation_tail_or_site",
              lambda s: s.words[-1] in ORG_TAILS and len(s.words) > 1 or bool(WEB_ADDRESS_END.search(s.words[-1])),
              "ORG", STRONG, "A company's closing word, or a web address.", "Sinar Makmur Tbk, Kabarkita.id"),
    ShapeRule("organisation_context_word", lambda s: s.previous in ORG_CONTEXT,
              "ORG", MEDIUM, "A lower-case word before the name says it is a body.", "kantor berita Lintas Nusa"),
    ShapeRule("described_as_body", _described_as_body,
              "ORG", MEDIUM, "A body's description right before the name (a head of data/body_description_heads.txt, a few "
              "words of its kind or origin, maybe a comma), no given name opening it.", "perusahaan distribusi film Tokovarsa"),
    ShapeRule(CLUB_DESIGNATOR_READING, lambda s: not s.single and bool(CLUB_NAME_WORDS & {s.words[0], s.words[-1]})
              and FIRST_NAMES.isdisjoint(s.words) and min(len(w) for w in s.words) > 1,
              "ORG", MEDIUM, "A club's designator opening or closing the name (data/club_designators.txt; not `City` nor "
              "`Kas`, words of places and of money), no given name nor a letter alone in it (`lisensi C AFC`, a "
              "coaching licence).", "Atletico Sukamaju, Sukamaju Rovers", SEVERAL_WORDS),
    ShapeRule(BRAND_READING, lambda s: s.single and (camel_case(s.tokens[0].text) or BRAND_CHANNEL.match(s.tokens[0].text) is not None),
              "ORG", MEDIUM, "A word with a capital inside: a brand, a platform, a series, an outlet's channel after its "
              "lower-case brand; never a person.", "LapakKerja, detikSukamaju", ONE_WORD),
    ShapeRule(CLUB_READING,
              lambda s: (s.previous in TEAM_ROLES or s.previous in CLUB_CONTEXT_WORDS)
              and " ".join(s.words) in city_names(),
              "ORG", MEDIUM, "A city right after a team's role word or a word of play (mined): the city's club.",
              "pelatih Sukamaju, melawan Sukamaju"),
    ShapeRule("person_after_role_word",
              lambda s: not s.single and s.previous in PERSON_ROLES and s.previous not in LOC_CONTEXT
              and s.doc.person_shaped(s.tokens),
              "PERSON", MEDIUM, "A role word before a person-shaped name.", "pelatih Rina Sari", SEVERAL_WORDS),
    ShapeRule("medium_after_citing_verb",
              lambda s: _after_citing_verb(s) and (s.single or len(s.words) <= MAX_CITED_WORDS and FIRST_NAMES.isdisjoint(s.words)
                                                   and PERSON_NAMES.isdisjoint(s.words)),
              "ORG", MEDIUM, "A name after a verb of citing, one word, or up to three with no given name: the medium cited.",
              "dilansir Kabarkita, dikutip dari Wonford Gazette"),
    ShapeRule("person_after_speech_verb",
              lambda s: s.single and _person_cue(s.previous) and not s.tokens[0].text.isupper(),
              "PERSON", MEDIUM, "One word after a speech cue (not one citing a source, `menurut`): who speaks is a person.",
              "kata Sarip", ONE_WORD),
    ShapeRule("person_after_source_cue", lambda s: s.single and s.previous in SPEECH_VERBS and not s.tokens[0].text.isupper(),
              "PERSON", WEAK, "One word after a cue citing a source (`menurut`): a person, weakly; bodies are cited so too.",
              "menurut Sarip", ONE_WORD),
    ShapeRule(TOWN_AFTER_SITE, lambda s: " ".join(s.words) in city_names() and _after_site_and_comma(s),
              "LOC", MEDIUM, "A city of the gazetteer after a comma closing a site's name (a place's head opens it): the "
              "address's town, a place even where a club bears its name.", "Stadion Sukamaju Raya, Wonotan"),
    ShapeRule(CITY_READING, lambda s: " ".join(s.words) in city_names() and not (s.single and s.words[0] in s.doc.cued_names)
              and not _acronym_inside_sentence(s),
              "LOC", MEDIUM, "A city in the GeoNames gazetteer, unless the document quotes a speaker by that one word, or it is "
              "a short word in capitals inside a sentence (an acronym: `Direktur KAS`; a dateline's `BALI` opens one).",
              "Sukamaju"),
    ShapeRule(VILLAGE_READING, lambda s: " ".join(s.words) in indonesian_village_names() and not s.context_title
              and not (s.single and s.words[0] in s.doc.cued_names),
              "LOC", WEAK, "An Indonesian district or village by its name (no vocabulary, no given name opening it), unless a "
              "title governs it or the document quotes a speaker by that one word.", "Cibeureum Hilir"),
    ShapeRule("vocabulary_place", lambda s: not s.single and not s.context_title and not s.tokens[0].sentence_initial
              and not s.tokens[0].heading and not (s.previous or "-")[0].isdigit()
              and " ".join(s.words) in indonesian_vocabulary_places(),
              "LOC", WEAK, "An Indonesian district or village named by words of vocabulary, capitalised inside a sentence "
              "and after no number (`110 Bujur Timur` is a longitude).",
              "Kelapa Sawah", SEVERAL_WORDS),
    ShapeRule(PORTFOLIO_READING, lambda s: bool(s.context_title) and s.single and is_ordinary_word(s.words[0]),
              "ORG", WEAK, "One word of vocabulary a title governs: a portfolio (`Direktur Kepatuhan`), no body; dropped.",
              "Direktur Kepatuhan", ONE_WORD),
    ShapeRule(TITLE_COMPLEMENT, lambda s: bool(s.context_title) and (s.single or any(s.doc.name_word(w) for w in s.words)),
              "ORG", WEAK, "What a title governs, when it is no place: an office; several words of vocabulary alone "
              "are a portfolio (`Direktur Pengelolaan Data`) that names no body.", "Kepala Dinas Tata Ruang"),
    ShapeRule("ministry_short_form", lambda s: s.single and is_ministry(s.words[0]),
              "ORG", STRONG, "A ministry's short form.", "Kemenbudtani", ONE_WORD),
    ShapeRule("initials_with_age",
              lambda s: s.single and s.tokens[0].text.isupper() and len(s.tokens[0].text) <= 4
              and bool(AGE_AFTER.match(s.doc.text, s.tokens[0].end)),
              "PERSON", MEDIUM, "Capital initials followed by an age: a suspect or victim.", "ZUL (20)", ONE_WORD),
    ShapeRule(AGE_READING, lambda s: s.single and _name_with_age(s),
              "PERSON", MEDIUM, "One word followed by an age, no word of the vocabulary nor a town's or known name: a "
              "person's (a town's or club's count is points or a rank).", "milik Sunarsih (44)", ONE_WORD),
    ShapeRule(ACRONYM_READING, lambda s: s.single and s.tokens[0].text.isupper() and 2 <= len(s.tokens[0].text) <= 6,
              "ORG", MEDIUM, "A word in capitals: a body's acronym.", "KPPN", ONE_WORD),
    ShapeRule("described_person", lambda s: s.single and _described_person(s),
              "PERSON", MEDIUM, "A name followed by a role, or after a body's bracketed acronym, or `dari` a body.",
              "Sukarni, warga Cilandak,", ONE_WORD),
    ShapeRule("place_context_word", lambda s: s.single and s.previous in LOC_CONTEXT,
              "LOC", WEAK, "A place word or preposition before one word.", "di Sukamaju", ONE_WORD),
    ShapeRule("person_after_title_or_cue",
              lambda s: s.single and s.previous is not None and ((s.previous,) in TITLES or _person_cue(s.previous)),
              "PERSON", MEDIUM, "A lower-case title or cue before one word.", "ujar direktur Sukarni", ONE_WORD),
    ShapeRule("person_before_speech_verb", lambda s: s.single and _before_speech_verb(s),
              "PERSON", WEAK, "One word before an active or passive speech verb.", "Sukarni menyatakan", ONE_WORD),
    ShapeRule(GIVEN_NAME_READING, lambda s: s.single and s.words[0] in PERSON_NAMES,
              "PERSON", WEAK, "A common given name alone.", "milik Yusuf", ONE_WORD),
    ShapeRule(DEFAULT_READING, lambda s: s.single,
              "ORG", WEAK, "Any other word alone: a body's name, weakly.", "Garuda", ONE_WORD),
    ShapeRule(ENGLISH_READING, lambda s: s.words[0] == "the" or bool(ENGLISH_JOINERS.intersection(s.words[1:-1])),
              "ORG", WEAK, "An English article opens no person's name, nor does an English joiner join one.",
              "The Rovers, Sons of Tono"),
    ShapeRule("defined_acronym_first", _defined_acronym_first,
              AS_DEFINED, MEDIUM, "Opens with an acronym the text defined for a body or place.", "PB Nusabakti"),
    ShapeRule(CAPITALS_READING,
              lambda s: all(t.text.isupper() for t in s.tokens) or s.tokens[0].text.isupper() and len(s.tokens[0].text) > 1
              and s.tokens[-1].key in known_names(),
              "ORG", MEDIUM, "All capitals, or an acronym then a country.", "KPU RI"),
    ShapeRule(NO_NAME_WORD_READING, lambda s: not any(s.doc.name_word(w) for w in s.words),
              "ORG", WEAK, "Capitalised vocabulary with no name word in it; kept only when the document names a "
              "body by it (a company's short form, a defined acronym).", "Alat Kesehatan"),
    ShapeRule(LONG_READING, lambda s: len(s.words) > 4 or s.tokens[0].text[0].isdigit(),
              "ORG", WEAK, "Over four words, or opening with a number.", "17 Agustus Group"),
    ShapeRule(NOT_PERSON_READING, lambda s: not s.doc.person_shaped(s.tokens),
              "ORG", WEAK, "Words no personal name is made of (acronyms, digits, heads).", "Pesawat X77"),
    ShapeRule(UNIT_READING,
              lambda s: len(s.words) >= 3 and all(is_ordinary_word(w) and w not in PERSON_NAMES for w in s.words[1:]),
              "ORG", WEAK, "One odd word, then vocabulary: a unit's name.", "Mitigasi Bencana Alam", SEVERAL_WORDS),
    ShapeRule("place_preposition", lambda s: s.previous in PLACE_PREPOSITIONS and s.words[0] not in PERSON_NAMES,
              "LOC", WEAK, "After a preposition of place, unless a given name opens it.", "di Asrama Haji Sukamaju"),
    ShapeRule("body_of_town", lambda s: len(s.words) == 2 and s.words[1] in indonesian_city_names() and not _given(s.words),
              "ORG", WEAK, "A word then an Indonesian town, no given name: the town's body.", "Dinkes Sukamaju", SEVERAL_WORDS),
    ShapeRule("club_of_city", lambda s: len(s.words) == 2 and s.tokens[0].text.isupper() and 2 <= len(s.tokens[0].text) <= 3
              and s.words[1] in city_names() and s.words[0] not in INITIAL_NAMES and not _given(s.words),
              "ORG", WEAK, "Two or three capitals then a city of the gazetteer, no given name: a club or body named after "
              "the city, not a person's initials.", "AC Opole", SEVERAL_WORDS),
    ShapeRule(THING_READING,
              lambda s: len(s.words) == 2 and is_ordinary_word(s.words[1]) and s.words[1] not in s.doc.short_forms
              and not any(w in PERSON_NAMES or w in INITIAL_NAMES for w in s.words)
              and s.words[0] not in FIRST_NAMES,
              "ORG", WEAK, "Two words ending in vocabulary, no given name (of any country's, first): a thing's name.",
              "Gerakan Tanam Pangan", SEVERAL_WORDS),
    ShapeRule(ENGLISH_WORDS_READING, lambda s: len(s.words) >= 2 and ENGLISH_WORDS.issuperset(s.words)
              and FIRST_NAMES.isdisjoint(s.words),
              "ORG", WEAK, "Common English words only, no given name: a body's or a thing's name, no person's.",
              "Lonely Planet", SEVERAL_WORDS),
    ShapeRule(SAINT_READING, lambda s: len(s.words) >= 2 and s.words[0] in SAINT_WORDS,
              "LOC", WEAK, "A saint's name opening it: a place's or a body's name, no person's.", "St. Vinzenburg", SEVERAL_WORDS),
    ShapeRule(SHAPE_PERSON_READING, lambda s: True,
              "PERSON", MEDIUM, "Any other name of two to four name words: a person.", "Rina Sari"),
)

# The rules that read a name by its words alone (no word around it, no gazetteer, no evidence of the document): they say
# which type a name would be, not whether it is one (transforms/retyping.py lets the name model's `none` decide that)
SHAPE_ALONE_READINGS = (ACRONYM_READING, CAPITALS_READING, ENGLISH_READING, NO_NAME_WORD_READING, LONG_READING,
                        NOT_PERSON_READING, UNIT_READING, THING_READING, ENGLISH_WORDS_READING, SAINT_READING,
                        SHAPE_PERSON_READING)

# single (whether a name is one word) -> the rules of SHAPE_RULES, in order, whose condition can hold for it
RULES_BY_LENGTH = {single: tuple(r for r in SHAPE_RULES if r.length != (SEVERAL_WORDS if single else ONE_WORD))
                   for single in (True, False)}


def type_by_shape(doc: DocumentContext, first: int, last: int, words: list[str], before: list[str],
                  context_title: str | None) -> tuple[str, int, str]:
    """(type, strength, rule name) of the first rule of SHAPE_RULES that holds."""
    shape = Shape(doc, first, last, doc.tokens[first:last], words, before, context_title,
                  before[-1] if before else None, len(words) == 1)
    rule = next(r for r in RULES_BY_LENGTH[shape.single] if r.condition(shape))
    type_ = doc.acronyms[shape.tokens[0].text].type if rule.type == AS_DEFINED else rule.type
    return type_, rule.strength, rule.name
