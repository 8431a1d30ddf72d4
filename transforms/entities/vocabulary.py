"""What a word is, from the lists in transforms/data/ and the gazetteers: ordinary Indonesian
vocabulary, a name word, a title, a head of an organisation's or a place's name, a known country or
body; and the spelling-insensitive key names are compared by."""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from functools import lru_cache
from itertools import groupby

from transforms.common import two_capitals
from transforms.entities.tokens import MAX_ACRONYM_LETTERS, Token
from transforms.lexicon import (corpus_capitalised, corpus_lower_share, corpus_vocabulary, indonesian_city_names, known_names,
                                phrase_set, phrase_table, speech_verbs, table_rows, word_set, written_degree)

PREFIXES = tuple(row[0] for row in table_rows("affixes.tsv") if row[1] == "prefix") + ("",)
SUFFIXES = tuple(row[0] for row in table_rows("affixes.tsv") if row[1] == "suffix") + ("",)
NASAL_ROOT_START = {row[0]: row[2] for row in table_rows("affixes.tsv") if row[1] == "nasal"}
PARTICLES = word_set("clitics.txt")
MIN_ROOT = 4  # shorter roots make names look derived (`Doni` is not `don` + `-i`); a confix allows 3 (`ke-dua-nya`)
NAME_PARTICLES = word_set("name_particles.txt")
DIRECTIONS = word_set("directions.txt")
PLACE_TITLES = word_set("place_titles.txt")
DEPUTY = "wakil"  # before a title: the deputy of that office's holder
PLACE_PREPOSITIONS = word_set("place_prepositions.txt")
ORG_CONTEXT = word_set("org_context_words.txt")
LOC_CONTEXT = word_set("place_context_words.txt")
LEGAL_FORMS = word_set("legal_forms.txt")


def written_legal_form(word: str) -> bool:
    """A company's legal form not in capitals (`Tbk`, `Persero`): in capitals (`PT`, `PO`) it may be a body's acronym
    (`Pengadilan Tinggi (PT)`, `Perusahaan Otobus (PO)`)."""
    return word.lower() in LEGAL_FORMS and not word.isupper()

# Place classes (the second column of place_heads.txt) of Indonesia's administrative areas: no personal
# name holds their heads (`Tanjung`, `Gunung` can).
ADMINISTRATIVE_AREAS = {"kota", "regency", "province", "district"}
REGNAL_NUMBER = re.compile(r"(?=[IVX])X{0,2}(?:IX|IV|V?I{0,3})")
WEB_ADDRESS_END = re.compile(r"\.[a-z]{2,}$")  # `Warta.id`, `Kabar.com`: a site, no person
AGE_AFTER = re.compile(r"\s*(?:\(\d{1,2}\)|,\s*\d{1,2}\s*tahun)")
MAX_PERSON_WORDS = 4
STRONG, MEDIUM, WEAK = 3, 2, 1


def office_held(title: str | None) -> tuple[str, ...]:
    """A title's words, lower case, without the deputy's word before them: a deputy holds his head's office's place
    (`Wakil Wali Kota` governs what `Wali Kota` does)."""
    words = tuple((title or "").lower().split())
    while words[:1] == (DEPUTY,):
        words = words[1:]
    return words


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    """Given names of Indonesia (data/person_names.txt) and of other countries (data/world_given_names.txt), lower case."""
    return word_set("person_names.txt") | word_set("world_given_names.txt")


@lru_cache(maxsize=1)
def initial_names() -> frozenset[str]:
    """Words that open sentences as names more often than not (transforms/data/initial_names.txt, from a tagged
    corpus of 33k sentences), unless the scale corpus writes them in lower case inside its sentences."""
    return word_set("initial_names.txt") - corpus_vocabulary()


# the lists asked of every word and name the passes read (thousands of times an article): looked up once here, not through
# an lru_cache'd loader at each call (each such call costs several times a global's read)
PERSON_NAMES = word_set("person_names.txt")
PERSON_OPENERS = word_set("person_openers.txt")  # words the open NER sets' people's names open with (mined)
FIRST_NAMES = first_names()
INITIAL_NAMES = initial_names()
ORG_HEADS = word_set("org_heads.txt")
ORG_TAILS = word_set("org_tails.txt")
MISC_HEADS = word_set("misc_heads.txt")
TITLES = phrase_set("titles.txt")
PLACE_HEADS = phrase_set("place_heads.txt")
PLACE_HEAD_CLASSES = phrase_table("place_heads.txt")
ROOT_WORDS = word_set("root_words.txt")
COMMON_WORDS = word_set("common_words.txt")
LOWERCASE_WORDS = word_set("lowercase_words.txt")
CORPUS_VOCABULARY = corpus_vocabulary()
CORPUS_CAPITALISED = corpus_capitalised()
PERSON_ROLES = word_set("person_roles.txt")
TEAM_ROLES = word_set("team_roles.txt")
SPEECH_VERBS = speech_verbs()


@lru_cache(maxsize=200_000)
def is_ordinary_word(lower: str, bare_roots: bool = False) -> bool:
    """An Indonesian common word: listed, used in lower case, or visibly derived from a root (`perundingan`).

    Bare roots count only with `bare_roots`: many roots are also given names (`budi`, `agus`).
    """
    half, _, other = lower.partition("-")
    if half and half == other:
        lower = half
    if lower in INITIAL_NAMES or lower in PERSON_NAMES:
        return False
    if lower in CORPUS_VOCABULARY or lower in COMMON_WORDS or lower in LOWERCASE_WORDS:
        return True
    if any(lower.endswith(clitic) and len(lower) - len(clitic) >= MIN_CLITIC_STEM
           and is_ordinary_word(lower[:-len(clitic)], bare_roots=True) for clitic in PARTICLES):
        return True  # `Tujuannya`, `Bawaannya`: a word with its clitic
    if bare_roots and lower in ROOT_WORDS:
        return True
    # a word the press capitalises wherever it stands is a name, however derived it looks (me-gawat-i)
    return lower not in CORPUS_CAPITALISED and looks_affixed(lower)


def looks_affixed(lower: str) -> bool:
    """A root of the dictionary with a prefix, a suffix or both (`perundingan`: per-runding-an)."""
    for prefix in PREFIXES:
        if not lower.startswith(prefix):
            continue
        for suffix in SUFFIXES:
            if not (prefix or suffix) or not lower.endswith(suffix):
                continue
            root = lower[len(prefix):len(lower) - len(suffix)]
            if prefix == "be" and not (root.startswith("r") or root[1:3] == "er"):
                continue  # `ber-` drops its r only before r or an -er- syllable (`berencana`, `bekerja`), not `Be-nazir`
            shortest = MIN_ROOT - bool(prefix and suffix or suffix in PARTICLES)
            if len(root) >= shortest and (root in ROOT_WORDS or NASAL_ROOT_START.get(prefix, "") + root in ROOT_WORDS):
                return True
    return False


POSSESSIVE = "nya"
CODE_NUMBER = re.compile(r"[A-Z]{1,3}(?:-| - )\d+")
MIN_CLITIC_STEM = 4  # `Kenya`, `Sonya`: too short a stem to be a word with a clitic
AMOUNT = re.compile(r"([a-z]+)\d[\d.,]*")
# asked of every capitalised word: looked up once here, not through `word_set` at each call
CALENDAR_WORDS = word_set("calendar_words.txt")
NON_NAME_WORDS = word_set("non_name_words.txt")
CAPITALISED_NON_NAMES = word_set("capitalised_non_names.txt")
HOLIDAY_WORDS = word_set("holiday_words.txt")
CLUB_DESIGNATORS = word_set("club_designators.txt")
# nouns of a person's occupation or part (data/person_roles.txt, team_roles.txt) no given name shares and no title holds:
# capitalised mid-sentence (`mantan Wartawan Sukamaju Pos`, `Striker Rovers`) they describe the name after them
ROLE_NOUNS = (PERSON_ROLES | TEAM_ROLES) - FIRST_NAMES - PERSON_NAMES \
    - word_set("kin_words.txt") - {word for (word, *rest) in TITLES if not rest}


def is_name_word(token: Token, next_token: Token | None, named: set[str], starting: bool = True) -> bool:
    """A capitalised word that can be part of a name at this position.

    Where capitals are ambiguous (a sentence's first word, headings) an ordinary word is no name,
    unless the same document capitalises it mid-sentence too (`named`). At the start of a sentence
    a bare root word counts as ordinary when no capitalised word follows it (`Delegasi yang ...`);
    in headings it always does.
    """
    if not token.capitalised and not token.text[0].isdigit():
        return False
    lower = token.lower
    if lower in CALENDAR_WORDS or lower in NON_NAME_WORDS or starting and (
        lower in CAPITALISED_NON_NAMES or lower in HOLIDAY_WORDS or lower in ROLE_NOUNS
    ):
        return False
    if starting and "-" in token.text and CODE_NUMBER.fullmatch(token.text):  # (no hyphen, no code: no regex to run)
        return False  # `U-19`, `F - 16`: an age group or a model's code qualifies a name (`Timnas U-19`), opens none
    if lower.endswith(POSSESSIVE) and len(lower) - len(POSSESSIVE) >= MIN_CLITIC_STEM \
            and is_ordinary_word(lower[:-len(POSSESSIVE)], bare_roots=True):
        return False  # `PT Sukamaju Legalitasnya ada`, `Grup H. Pasalnya, ...`: a word with its possessive is no name's
    # `Rp7.000`: a currency sign glued to its amount (a word of letters alone holds no digit: no regex to run)
    if not lower.isalpha() and (amount := AMOUNT.fullmatch(lower)) and amount.group(1) in CALENDAR_WORDS:
        return False
    if token.sentence_initial and token.text in named:
        return True
    if starting and token.sentence_initial and next_token is not None and next_token.adjacent_before \
            and next_token.lower in ORG_HEADS and not is_head_or_title(lower) \
            and lower not in PERSON_NAMES and lower not in INITIAL_NAMES:
        # `Finalis Liga X`, `Kampiun Liga Y`: a body's name opens with its head; a word before the head
        # at a sentence's start describes the body (given names aside)
        return False
    if "." in token.text and WEB_ADDRESS_END.search(token.text):
        return True
    alone = next_token is None or not (next_token.adjacent_before and next_token.capitalised)
    if not alone and lower in NAME_PARTICLES:
        return True  # `Van Dijk menyundul`, `De Gea`: a name's particle opening a sentence takes its capital
    if not alone and lower in CLUB_DESIGNATORS and not is_ordinary_word(next_token.lower):
        return True  # `Real Sukamaju menang`: a club's word opening a sentence before a proper name opens the club's
    if token.sentence_initial and lower not in capitalised_known_names() \
            and is_ordinary_word(lower, bare_roots=token.heading or alone):
        # `Pertemuan Rudi dan Sinta ...` opening a sentence is a meeting, not a named event;
        # `Perjanjian Persahabatan ...` (Title Case ordinary words following) is a treaty's name.
        if lower in MISC_HEADS:
            return not alone and is_ordinary_word(next_token.lower) and not token.heading
        return is_head_or_title(lower)
    return True


@lru_cache(maxsize=1)
def capitalised_known_names() -> frozenset[str]:
    """One-word names of the gazetteer the corpus does not write in lower case inside its sentences: a dictionary root
    among them (`Belanda`, `Inggris`, `Lampung`) is the name when it opens a sentence too."""
    written_lower = corpus_lower_share()
    return frozenset(name for name in known_names() if " " not in name and name not in written_lower)


# first words of titles, organisation, place and other name heads
HEAD_AND_TITLE_WORDS = frozenset({phrase[0] for phrase in TITLES | PLACE_HEADS} | ORG_HEADS | MISC_HEADS)
TITLE_STARTS = frozenset(phrase[0] for phrase in TITLES)


MINISTRY_SHORT_FORM = re.compile(r"kem(?:en|n)[a-z]{2,}")


@lru_cache(maxsize=50_000)
def is_ministry(lower: str) -> bool:
    """A ministry's short form, `Kemen` + its portfolio (`Kemenkes`, `Kemnaker`, and the new ones each cabinet
    coins), not an ordinary word that starts alike (`kemenangan`, `kemenyan`)."""
    return MINISTRY_SHORT_FORM.fullmatch(lower) is not None and not is_ordinary_word(lower)


# a surname's particle written joined to it (`McKenna`, `MacLeod`; `DiCaprio`, `DeGeneres`, `VanDyke` with four lower-case
# letters at least after the capital: `DiDi`, `LaLa` are brands), or joined by an apostrophe (`O'Brien`, `D'Angelo`,
# `N'Golo`; not the French article `L'`, which opens brands and titles: `L'Oreal`, `L'Equipe`)
JOINED_SURNAME = re.compile(r"(?:Mc|Mac)[A-Z]\w*|(?:De|Di|Da|Du|La|Le|Van|Von|Fitz)[A-Z][a-z]{3,}|[ODN]['’][A-Z][a-z]{3,}")


def camel_case(text: str) -> bool:
    """A word with a capital inside (`LapakKerja`, `MotoGP`): a brand or a product, never a personal
    name, except a surname with its particle joined (JOINED_SURNAME); the capitals opening the parts of a hyphenated
    name (`Jean-Marc`, `Calvert-Lewin`) are no capitals inside it."""
    return two_capitals(text) and not text.isupper() and any(
        two_capitals(part) and not JOINED_SURNAME.fullmatch(part) for part in text.split("-"))


def is_head_or_title(lower: str) -> bool:
    return lower in HEAD_AND_TITLE_WORDS


def is_degree(token: Token) -> bool:
    """An academic degree as written after a name: `SH`, `S.H`, `M.Psi`, `PhD`, `Sp.PD` (not `Sh`)."""
    return written_degree(token.text)


def _phrase_sizes(phrases: frozenset[tuple[str, ...]]) -> dict[str, tuple[int, ...]]:
    """Each first word of the phrases -> the lengths of the phrases it opens, longest first."""
    sizes = defaultdict(set)
    for phrase in phrases:
        sizes[phrase[0]].add(len(phrase))
    return {word: tuple(sorted(lengths, reverse=True)) for word, lengths in sizes.items()}


@lru_cache(maxsize=1)
def _known_name_sizes() -> dict[str, tuple[int, ...]]:
    """Each first word of the gazetteer's names -> the numbers of words of the names it opens, most first."""
    sizes = defaultdict(set)
    for name in known_names():
        sizes[name.split(" ", 1)[0]].add(name.count(" ") + 1)
    return {word: tuple(sorted(counts, reverse=True)) for word, counts in sizes.items()}


# `_phrase_sizes` of each phrase set `longest_phrase` is asked about (the lists' own, phrase_set's: a few), kept in a dict: asked
# 200 times an article, an lru_cache call keyed by a set costs several times a dict's read
_SIZES_BY_PHRASES: dict[frozenset[tuple[str, ...]], dict[str, tuple[int, ...]]] = {}


def longest_phrase(words: list[str], start: int, phrases: frozenset[tuple[str, ...]], longest: int = 5) -> int:
    """Length of the longest phrase from `phrases` (a word list's set, phrase_set's) at words[start:], 0 when none."""
    if (sizes_by_word := _SIZES_BY_PHRASES.get(phrases)) is None:
        sizes_by_word = _SIZES_BY_PHRASES[phrases] = _phrase_sizes(phrases)
    # (most words open no phrase; the others are tried only at the lengths of the phrases they open)
    sizes = sizes_by_word.get(words[start]) if start < len(words) else None
    for size in sizes or ():
        if size <= longest and start + size <= len(words) and tuple(words[start:start + size]) in phrases:
            return size
    return 0


MAX_KNOWN_WORDS = 5  # words of the longest country or body name looked up


def known_at(tokens: list[Token], start: int) -> tuple[int, tuple[str, str] | None]:
    """Longest known country/body name at tokens[start:]."""
    # (most words open no known name; the others are tried only at the lengths of the names they open)
    sizes = _known_name_sizes().get(tokens[start].key) if start < len(tokens) else None
    for size in sizes or ():
        if size <= MAX_KNOWN_WORDS and start + size <= len(tokens):
            hit = known_names().get(" ".join(t.key for t in tokens[start:start + size]))
            if hit:
                return size, hit
    return 0, None


@lru_cache(maxsize=200_000)
def normalise_key(name: str) -> str:
    """Spelling-insensitive key: folded accents, lower case, common transliteration variants merged."""
    # ASCII has nothing to fold: most names are, and skip the decomposition
    folded = name.lower() if name.isascii() else unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    if name.isupper() and name.isalpha() and len(name) <= MAX_ACRONYM_LETTERS:
        return folded  # an acronym is its letters: `YIMM` is not `Im`, `IAA` not `Ia`
    words, written = [], NOT_KEY_CHARACTERS.sub(" ", folded).split()
    # each spelling is tested for before it is applied: most words need none, and skip their regexes
    for word in written:
        if "j" in word or "oe" in word:
            # the spelling before 1972 (Van Ophuijsen's): `Soekarno`/`Sukarno`, `Djabar`/`Jabar`, `Tjahjo`/`Cahjo`,
            # `Sjahrir`/`Syahrir`; the press writes a name either way
            word = OLD_SPELLING.sub(lambda m: OLD_SPELLINGS[m.group()], word)
        if word.endswith(Y_ENDINGS):
            word = word[:-2] + "ei"
        if "y" in word[1:]:
            # a word's first `y` stays: `Yim` is not `IM`, `Yaa` not `IAA`; inside a word it is a spelling (`Dedy`/`Dedi`)
            word = word[:1] + word[1:].replace("y", "i")
        if "k" in word:
            word = word.replace("ks", "x").replace("kh", "h")
        if DOUBLED_LETTER.search(word) and not ROMAN_NUMERAL.fullmatch(word):  # `Komisi II` is not `Komisi I`
            word = "".join(letter for letter, _ in groupby(word))  # each run of one letter written once
        words.append(word)
    if len(words) > 1 and words[0] == "the":
        words = words[1:]  # an English article opens a name or not as the sentence goes (`The Rovers`, `para Rovers`)
    elif len(words) > 2 and balinese_marker(written[0], written[1]):
        words = words[1:]  # `I Made Sukarta` and `Made Sukarta` name one person: the marker is written or left out
    return " ".join(words)


def balinese_marker(word: str, following: str) -> bool:
    """`I` or `Ni` before a Balinese birth-order or caste name (data/balinese_birth_names.txt): the gender marker that
    opens a Balinese name (`I Wayan`, `Ni Luh`), not a numeral or a pronoun."""
    return word.lower() in BALINESE_MARKERS and following.lower() in word_set("balinese_birth_names.txt")


BALINESE_MARKERS = ("i", "ni")
NOT_KEY_CHARACTERS = re.compile(r"[^a-z0-9 ]+")
OLD_SPELLINGS = {"oe": "u", "dj": "j", "tj": "c", "sj": "sy"}
# `tj` and `sj` only open a word: inside one they join two parts (`Kramatjati`, `masjid`); `nj` is today's (`Banjar`)
OLD_SPELLING = re.compile(r"oe|dj|^tj|^sj")
Y_ENDINGS = ("ey", "iy", "yy")
DOUBLED_LETTER = re.compile(r"(.)\1")
ROMAN_NUMERAL = re.compile(r"m{0,3}(?:cm|cd|d?c{0,3})(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})")


def place_class(words: list[str]) -> tuple[str | None, list[str]]:
    """(class, distinctive words) when the name opens or closes with a place word."""
    size = longest_phrase(words, 0, PLACE_HEADS)
    if size and size < len(words):
        return PLACE_HEAD_CLASSES[tuple(words[:size])], words[size:]
    for size in range(min(3, len(words) - 1), 0, -1):
        if tuple(words[-size:]) in phrase_set("place_tails.txt"):
            return phrase_table("place_tails.txt")[tuple(words[-size:])], words[:-size]
    return None, words


@lru_cache(maxsize=1)
def given_name_keys() -> frozenset[str]:
    return frozenset(normalise_key(name) for name in PERSON_NAMES)


@lru_cache(maxsize=1)
def foreign_given_name_keys() -> frozenset[str]:
    """Other countries' first names that no Indonesian list gives (data/foreign_given_names.txt: `Harry`), as keys."""
    return frozenset(normalise_key(name) for name in word_set("foreign_given_names.txt"))


@lru_cache(maxsize=1)
def english_word_keys() -> frozenset[str]:
    """Common English words (data/english_words.txt: `Chef`, `Engineering`), as keys."""
    return frozenset(normalise_key(word) for word in word_set("english_words.txt"))


@lru_cache(maxsize=1)
def town_keys() -> frozenset[str]:
    return frozenset(normalise_key(name) for name in indonesian_city_names())



def heads_name(words: list[str]) -> bool:
    """The words open with an organisation's head or open or close with a place word."""
    return words[0] in ORG_HEADS or bool(place_class(words)[0])
