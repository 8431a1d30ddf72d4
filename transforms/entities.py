"""Entity mentions (PERSON, ORG, LOC) found in Indonesian news text, resolved inside each document and
across the collection.

How a mention is found, in order:
1. Candidate names are runs of capitalised words (with name particles such as `bin`, `van`, `al`),
   skipping a sentence's first word when the corpus lexicon says it is an ordinary word, and day and
   month names.
2. Titles at the front (`Wakil Perdana Menteri Pertama`) are peeled off; a title that takes a
   complement (`Presiden Rusia`, `Kepala Kereta Api Rusia`) leaves the last two words as the name
   when the rest looks like the complement.
3. The type comes from, strongest first: the country/body gazetteer, organisation and place head
   words, a title before the name, a lower-case context word before it (`kantor berita X`, `di X`),
   the city gazetteer, the name's shape (acronym, several words).
4. Inside a document a short form joins the full name sharing its surname or first name (`Wibisono`,
   `Agus`); when several full names fit, the most mentioned wins. Across documents, names whose words
   are spelling variants of each other (`Yurij`/`Yuriy`, `Aleksey`/`Aleksei`) are one entity, and a
   short form no document resolved joins the collection's most mentioned fitting name.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from bisect import bisect_right
from functools import lru_cache
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import NamedTuple

import polars as pl
from rapidfuzz.distance import Indel
from rapidfuzz.process import cdist

from transforms.lexicon import city_names, indonesian_city_names, known_names, phrase_set, phrase_table, speech_verbs, word_set
from transforms.schemas import ENTITIES, MENTIONS
from transforms.sentences import attach_sentence_index

# A clitic after a hyphen (`Bawaslu-nya`) is no part of the word.
TOKEN = re.compile(r"(?P<w>[^\W_]+(?:['’.][^\W_]+)*)(?:-(?:(?![A-Z]|(?:nya|ku|mu|lah|pun|kah)\b)[^\W_]+(?:['’.][^\W_]+)*|(?i:(?P=w))\b))*")
NAME_PARTICLES = {"bin", "binti", "van", "von", "der", "den", "de", "del", "la", "le", "al", "el", "dos", "du", "bte", "ibn"}
PREFIXES = ("meng", "meny", "mem", "men", "me", "peng", "peny", "pem", "pen", "per", "pe", "ber", "be", "ter", "di", "ke", "se", "")
SUFFIXES = ("nya", "lah", "kah", "pun", "kan", "an", "i", "")
NASAL_ROOT_START = {"meny": "s", "peny": "s", "mem": "p", "pem": "p", "men": "t", "pen": "t", "meng": "k", "peng": "k"}
TITLE_CASE_SHARE = 0.6
PARTICLES = {"lah", "kah", "pun", "nya"}  # clitics that never end a name: `Itulah`, `Apakah`
MIN_ROOT = 4  # shorter roots make names look derived (`Doni` is not `don` + `-i`); a confix allows 3 (`ke-dua-nya`)
MAX_HEADING_WORDS = 16
BRANCH_MAX_LETTERS = 4  # `Inf`, `Czi`, `Purn`, `TNI`, `Pnb`
REGNAL_NUMBER = re.compile(r"(?=[IVX])X{0,2}(?:IX|IV|V?I{0,3})")
WEB_ADDRESS_END = re.compile(r"\.[a-z]{2,}$")  # `Warta.id`, `Kabar.com`: a site, no person
WEB_SUFFIX = re.compile(r" (?:com|co id|id|net|org|news)$")  # a key's web domain, as `_normalise_key` spells it
ENGLISH_JOINERS = {"of", "for", "and", "&"}
HYPHEN_PREFIXES = {"al", "el", "ad", "ar", "as", "at", "az", "abu", "ibn"}
OPENING_MARKS = "“\"‘'(["
# Lower-case words right before a name that tell its type.
ORG_CONTEXT = {"berita", "kabar", "media", "harian", "majalah", "situs", "laman", "perusahaan", "klub", "partai",
               "organisasi", "kelompok", "grup", "band", "televisi", "stasiun", "lembaga", "firma", "maskapai", "bank"}
LOC_CONTEXT = {"di", "ke", "dari", "menuju", "kota", "negara", "provinsi", "kabupaten", "wilayah", "kawasan",
               "daerah", "desa", "ibu", "kepulauan", "pulau", "perbatasan", "sekitar", "asal", "warga"}
LEGAL_FORMS = {"pt", "cv", "perum", "pd", "ud", "po"}  # Indonesian company forms, written before the name
# Place heads of Indonesia's administrative areas: no personal name holds them (`Tanjung`, `Gunung` can).
ADMINISTRATIVE_AREAS = {"city", "regency", "province", "district"}
PLACE_PREPOSITIONS = {"di", "ke", "menuju", "dari"}
AGE_AFTER = re.compile(r"\s*(?:\(\d{1,2}\)|,\s*\d{1,2}\s*tahun)")
# Words that complete a place's name after it (`Jakarta Pusat`, `Jawa Timur`, `Surabaya Raya`).
DIRECTIONS = {"utara", "selatan", "barat", "timur", "tengah", "pusat", "raya", "laut", "daya", "tenggara"}
STRONG, MEDIUM, WEAK = 3, 2, 1
COORDINATION = re.compile(r"\s*(?:\([A-Z]+\))?\s*(?:,|dan|serta|atau|maupun|,\s*dan)\s*")
MAX_NAME_TOKENS = 24  # office titles run long: `Kepala Bidang Humas Polda X Komisaris Besar Y Z`
MAX_PERSON_WORDS = 4
# Titles of a place's head: a lone place name after them is the place (`Bupati Sleman`), not a person.
PLACE_TITLES = {"gubernur", "bupati", "wali", "walikota", "camat", "lurah", "kapolda", "kapolres", "kapolsek", "wakil"}
VARIANT_SIMILARITY = 0.85  # per word, Indel: `mihail`/`mikhail`, `aleksei`/`aleksey`, `ahmad`/`achmad`
DOMINANCE = 3  # a collection-wide candidate this many times more mentioned than the next one wins


class Token(NamedTuple):
    """One word of the text. A tuple: there are hundreds per article, and tuples are made fastest."""

    start: int
    end: int
    text: str
    lower: str
    key: str  # gazetteer key, see `match_key`: acronyms keep their case
    capitalised: bool
    hyphen_before: bool
    adjacent_before: bool  # only one space between this token and the previous one
    sentence_initial: bool
    heading: bool  # inside a Title Case line or a short Title Case quotation


@dataclass
class Mention:
    start: int
    end: int
    text: str
    type: str
    strength: int
    title: str | None = None
    key: str = ""
    single: bool = False
    tie: str | None = None  # full names a short form fits equally well, `|`-separated


class Tokens(list):
    """The words of a text, as Token objects (a plain list: indexing them is the hot path).

    Hyphenated words stay one token when the part after the hyphen is lower case or repeats the
    first part (`alun-alun`, `Bangsa-Bangsa`, `Covid-19`); capitalised compounds split
    (`Jawa Barat-Banten` gives `Barat`, `Banten`). Only capitalised words and numbers, which open or
    continue names, learn whether they start a sentence or sit in a heading.
    """

    def __init__(self, text: str):
        headings = sorted(heading_spans(text)) + [(len(text) + 1, len(text) + 1)]
        heading = 0  # index of the first heading that does not end before the current token
        lowered = text.lower()
        if len(lowered) != len(text):  # a few letters (`İ`) lower-case to two characters: offsets would drift
            lowered = None
        tokens, candidates = [], []
        append, new = tokens.append, tuple.__new__  # tuple.__new__ skips the named tuple's Python-level constructor
        previous_start = previous_end = -1
        for start, end in [match.span() for match in TOKEN.finditer(text)]:
            word = text[start:end]
            first = word[0]
            capitalised = first.isupper()
            if previous_end >= 0:
                after = text[previous_end]
                gap = start - previous_end
                hyphen = gap == 1 and after == "-"
                # `Teguh P. Nugroho`: an initial's dot does not separate the name
                adjacent = gap == 1 and after == " " or gap == 2 and after == "." and text[previous_end + 1] == " " \
                    and previous_end - previous_start == 1 and text[previous_start].isupper()
            else:
                hyphen = adjacent = False
            lower = lowered[start:end] if lowered is not None else word.lower()  # tokens never end with a dot
            in_heading = initial = False
            key = lower
            if capitalised or first.isdigit():
                candidates.append(len(tokens))
                while headings[heading][1] <= start:
                    heading += 1
                in_heading = headings[heading][0] <= start
                initial = in_heading or _is_sentence_initial(text, start)
                if len(word) > 1 and word.isupper():
                    key = word
            append(new(Token, (start, end, word, lower, key, capitalised, hyphen, adjacent, initial, in_heading)))
            previous_start, previous_end = start, end
        super().__init__(tokens)
        self.text = text
        self.candidates = candidates  # the tokens that can open or continue a name


def tokenize(text: str) -> Tokens:
    return Tokens(text)


@lru_cache(maxsize=200_000)
def is_ordinary_word(lower: str, bare_roots: bool = False) -> bool:
    """An Indonesian common word: listed, used in lower case, or visibly derived from a root (`perundingan`).

    Bare roots count only with `bare_roots`: many roots are also given names (`budi`, `agus`).
    """
    half, _, other = lower.partition("-")
    if half and half == other:
        lower = half
    if lower in word_set("initial_names.txt") or lower in word_set("person_names.txt"):
        return False
    if lower in word_set("common_words.txt") or lower in word_set("lowercase_words.txt"):
        return True
    roots = word_set("root_words.txt")
    if bare_roots and lower in roots:
        return True
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
            if len(root) >= shortest and (root in roots or NASAL_ROOT_START.get(prefix, "") + root in roots):
                return True
    return False


SHORT_QUOTATION = re.compile(r"[“\"]([^“”\"\n]{1,80})[”\"]")


def heading_spans(text: str) -> list[tuple[int, int]]:
    """Title Case lines (headlines, subheadings) and short Title Case quotations (signs, slogans),
    where capitals say nothing about names."""
    spans, offset = [], 0
    for quoted in SHORT_QUOTATION.finditer(text):
        words = quoted.group(1).split()
        if 2 <= len(words) <= 8 and sum(w[0].isupper() for w in words) / len(words) >= TITLE_CASE_SHARE:
            spans.append(quoted.span(1))
    for line in text.split("\n"):
        words = line.split()
        # credit lines (`- (Name, Agency, ... via AP)`) list names; they are not headings
        credit = line.lstrip()[:1] in ("-", "–", "—", "(")
        if 0 < len(words) <= MAX_HEADING_WORDS and not credit and not line.rstrip().endswith((".", ",", '"', "”")):
            capitalised = sum(w[0].isupper() for w in words if w[0].isalpha())
            alphabetic = sum(w[0].isalpha() for w in words)
            if alphabetic and capitalised / alphabetic >= TITLE_CASE_SHARE and len(words) >= 2:
                spans.append((offset, offset + len(line)))
        offset += len(line) + 1
    return spans


def _is_sentence_initial(text: str, start: int) -> bool:
    """At the start of a line or sentence, or right after an opening quotation mark."""
    if start > 1 and text[start - 1] == " " and (text[start - 2].isalnum() or text[start - 2] == ","):
        return False  # the common case, a word after a word: decided without the walk back
    if start > 0 and text[start - 1] in "“\"‘'":
        return True
    position = start - 1
    while position >= 0 and (text[position] in " \t" or text[position] in OPENING_MARKS or text[position] in "”’"):
        position -= 1
    if position >= 1 and text[position] == "." and text[position - 1].isupper() and (position < 2 or not text[position - 2].isalnum()):
        return False  # an initial (`Teguh P. Nugroho`), not a sentence end
    return position < 0 or text[position] in ".!?:\n–—-"


def _is_name_word(token: Token, next_token: Token | None, named: frozenset[str], starting: bool = True) -> bool:
    """A capitalised word that can be part of a name at this position.

    Where capitals are ambiguous (a sentence's first word, headings) an ordinary word is no name,
    unless the same document capitalises it mid-sentence too (`named`). At the start of a sentence
    a bare root word counts as ordinary when no capitalised word follows it (`Delegasi yang ...`);
    in headings it always does.
    """
    if not token.capitalised and not token.text[0].isdigit():
        return False
    lower = token.lower
    if lower in word_set("calendar_words.txt") or lower in word_set("non_name_words.txt") or starting and (
        lower in word_set("capitalised_non_names.txt") or lower in word_set("holiday_words.txt")
    ):
        return False
    if token.sentence_initial and token.text in named:
        return True
    if token.text.count(".") and WEB_ADDRESS_END.search(token.text):
        return True
    alone = next_token is None or not (next_token.adjacent_before and next_token.capitalised)
    if token.sentence_initial and is_ordinary_word(lower, bare_roots=token.heading or alone):
        # `Pertemuan Rudi dan Sinta ...` opening a sentence is a meeting, not a named event;
        # `Perjanjian Persahabatan ...` (Title Case ordinary words following) is a treaty's name.
        if lower in word_set("misc_heads.txt"):
            return not alone and is_ordinary_word(next_token.lower) and not token.heading
        return _is_head_or_title(lower)
    return True


@lru_cache(maxsize=1)
def _head_and_title_words() -> frozenset[str]:
    """First words of titles, organisation, place and other name heads."""
    return frozenset(
        {phrase[0] for phrase in phrase_set("titles.txt") | phrase_set("place_heads.txt")}
        | word_set("org_heads.txt") | word_set("misc_heads.txt")
    )


@lru_cache(maxsize=1)
def _title_starts() -> frozenset[str]:
    return frozenset(phrase[0] for phrase in phrase_set("titles.txt"))


MINISTRY_SHORT_FORM = re.compile(r"kem(?:en|n)[a-z]{2,}")


@lru_cache(maxsize=50_000)
def _is_ministry(lower: str) -> bool:
    """A ministry's short form, `Kemen` + its portfolio (`Kemenkes`, `Kemnaker`, and the new ones each cabinet
    coins), not an ordinary word that starts alike (`kemenangan`, `kemenyan`)."""
    return MINISTRY_SHORT_FORM.fullmatch(lower) is not None and not is_ordinary_word(lower)


def _is_head_or_title(lower: str) -> bool:
    return lower in _head_and_title_words()


MAX_PORTFOLIO_WORDS = 4


def _portfolio_list_end(tokens: Tokens, end: int) -> int | None:
    """End of a body's name that lists its portfolios (`Badan Meteorologi, Klimatologi, dan Geofisika`,
    `Menteri Desa, Pembangunan Daerah Tertinggal, dan Transmigrasi`), None when no such list follows.

    Each listed portfolio is a few capitalised words that are no body of their own (`Kementerian
    Keuangan, Bank Indonesia, dan OJK` lists three bodies, not one) and no person's name.
    """
    text, count, position, listed = tokens.text, len(tokens), end, 0
    while position < count and listed < 6 and text[tokens[position - 1].end:tokens[position].start] == ", ":
        closing = tokens[position].lower == "dan"
        start = position + 1 if closing else position
        stop = start
        while stop < count and stop - start < MAX_PORTFOLIO_WORDS and tokens[stop].capitalised \
                and (stop == start or tokens[stop].adjacent_before) and tokens[stop].lower not in word_set("org_heads.txt"):
            if tokens[stop].lower in word_set("person_names.txt"):
                return None  # `Kepala Dinas Pendidikan, Budi Santoso, dan ...` lists people
            stop += 1
        if stop == start or " ".join(t.key for t in tokens[start:stop]) in known_names() \
                or (closing and text[tokens[position].end:tokens[start].start] != " "):
            return None
        if closing:
            # a name running on after the list (`... dan Olahraga Kutai Rina Sari`) is split better without it
            runs_on = stop < count and tokens[stop].capitalised and tokens[stop].adjacent_before
            return stop if listed and not runs_on else None
        listed += 1
        position = stop
    return None


def _is_degree(token: Token) -> bool:
    """An academic degree as written after a name: `SH`, `S.H`, `M.Psi`, `PhD`, `Sp.PD` (not `Sh`)."""
    text = token.text
    return token.lower.replace(".", "") in word_set("academic_degrees.txt") and ("." in text or sum(c.isupper() for c in text) >= 2)


def name_runs(tokens: Tokens) -> list[tuple[int, int]]:
    """Token index ranges [i, j) of capitalised runs."""
    named = frozenset(tokens[i].text for i in tokens.candidates if not tokens[i].sentence_initial)
    formula_words = word_set("non_name_words.txt")
    runs = []
    count = len(tokens)
    candidates = iter(tokens.candidates)
    index = -1
    while True:
        index = next((i for i in candidates if i >= index), None)
        if index is None:
            break
        token = tokens[index]
        following = tokens[index + 1] if index + 1 < count else None
        starts_name = _is_name_word(token, following, named) and not token.text[0].isdigit() and not (
            token.adjacent_before and tokens[index - 1].lower in formula_words  # `Allahu Akbar`
        )
        starts_number_name = (
            token.text.isdigit() and index + 1 < count and tokens[index + 1].adjacent_before
            and tokens[index + 1].capitalised and _is_name_word(tokens[index + 1], None, named)
            and not tokens[index + 1].sentence_initial and len(token.text) <= 3
            and not (index > 0 and tokens[index - 1].capitalised and tokens[index].adjacent_before)
        )
        if not (starts_name or starts_number_name):
            index += 1
            continue
        end = index + 1
        while end < count and end - index < MAX_NAME_TOKENS:
            nxt = tokens[end]
            if not nxt.adjacent_before or (nxt.hyphen_before and tokens[end - 1].lower not in HYPHEN_PREFIXES):
                break
            if nxt.capitalised and _is_name_word(nxt, tokens[end + 1] if end + 1 < count else None, named, starting=False):
                end += 1
                continue
            if (
                nxt.lower in NAME_PARTICLES and end + 1 < count and tokens[end + 1].adjacent_before
                and tokens[end + 1].capitalised and _is_name_word(tokens[end + 1], None, named, starting=False)
            ):
                end += 2
                continue
            if (
                nxt.lower == "dan" and tokens[index].lower in word_set("org_heads.txt") | word_set("misc_heads.txt")
                and end - index >= 2  # `Kementerian Pendidikan dan Kebudayaan`, not `KPU dan Pemda`
                and end + 1 < count and tokens[end + 1].capitalised and tokens[end + 1].adjacent_before
                and " ".join(t.key for t in tokens[index + 1:end]) not in known_names()
            ):
                end += 2
                continue
            if (
                nxt.lower in ENGLISH_JOINERS and end + 1 < count and tokens[end + 1].capitalised
                and tokens[end + 1].adjacent_before and tokens[end + 1].lower not in ENGLISH_JOINERS
            ):
                end += 2  # `House of Rattan`, `Network for Democracy`: English names of bodies, never of people
                continue
            break
        # degrees after a name (`Rina Sari SH`, `Rina Sari, M.Psi`) are no part of it, nor a name of their own
        while end - index >= 2 and _is_degree(tokens[end - 1]) and not _is_head_or_title(tokens[end - 2].lower):
            end -= 1
        if index > 0 and tokens[index - 1].capitalised and not _is_head_or_title(tokens[index - 1].lower) \
                and tokens.text[tokens[index - 1].end:token.start].lstrip(".") in (" ", ", ") \
                and all(_is_degree(t) for t in tokens[index:end]):
            index = end
            continue
        heads = word_set("org_heads.txt")
        if tokens[index].lower in heads or index + 1 < end and tokens[index + 1].lower in heads - DIRECTIONS:
            end = _portfolio_list_end(tokens, end) or end
        runs.append((index, end))
        index = end
    return runs


@lru_cache(maxsize=16)
def _first_words(phrases: frozenset[tuple[str, ...]]) -> frozenset[str]:
    return frozenset(phrase[0] for phrase in phrases)


@lru_cache(maxsize=1)
def _known_first_words() -> frozenset[str]:
    return frozenset(name.split(" ", 1)[0] for name in known_names())


def _longest_phrase(words: list[str], start: int, phrases: frozenset[tuple[str, ...]], longest: int = 5) -> int:
    """Length of the longest phrase from `phrases` at words[start:], 0 when none."""
    if start >= len(words) or words[start] not in _first_words(phrases):
        return 0  # most words open no phrase: skip building the candidates
    for size in range(min(longest, len(words) - start), 0, -1):
        if tuple(words[start:start + size]) in phrases:
            return size
    return 0


def _known(tokens: list[Token], start: int) -> tuple[int, tuple[str, str] | None]:
    """Longest known country/body name at tokens[start:]."""
    if start >= len(tokens) or tokens[start].key not in _known_first_words():
        return 0, None
    names = known_names()
    for size in range(min(5, len(tokens) - start), 0, -1):
        hit = names.get(" ".join(t.key for t in tokens[start:start + size]))
        if hit:
            return size, hit
    return 0, None


@lru_cache(maxsize=200_000)
def _normalise_key(name: str) -> str:
    """Spelling-insensitive key: folded accents, lower case, common transliteration variants merged."""
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    folded = NOT_KEY_CHARACTERS.sub(" ", folded)
    words = []
    for word in folded.split():
        word = Y_ENDING.sub("ei", word)
        word = word.replace("y", "i").replace("ks", "x").replace("kh", "h")
        word = DOUBLED_LETTER.sub(r"\1", word)
        words.append(word)
    return " ".join(words)


NOT_KEY_CHARACTERS = re.compile(r"[^a-z0-9 ]+")
Y_ENDING = re.compile(r"(ey|iy|yy)$")
DOUBLED_LETTER = re.compile(r"(.)\1+")


def _place_class(words: list[str]) -> tuple[str | None, list[str]]:
    """(class, distinctive words) when the name opens or closes with a place word."""
    size = _longest_phrase(words, 0, phrase_set("place_heads.txt"))
    if size and size < len(words):
        return phrase_table("place_heads.txt")[tuple(words[:size])], words[size:]
    for size in range(min(3, len(words) - 1), 0, -1):
        if tuple(words[-size:]) in phrase_set("place_tails.txt"):
            return phrase_table("place_tails.txt")[tuple(words[-size:])], words[:-size]
    return None, words


class DocumentMentions:
    """Finds and types the mentions of one document."""

    def __init__(self, text: str, excluded: list[tuple[int, int]]):
        self.text = text
        self.tokens = tokenize(text)
        self.excluded = excluded
        self.mentions: list[Mention] = []
        self.acronyms: dict[str, Mention] = {}
        self.company_names: set[str] = set()  # words that follow an organisation head in this document
        self.place_names: set[str] = set()  # words that follow a place head
        self.places: set[str] = set()  # one-word names the document puts after `di`, `ke`, `dari`
        self.quoted_names: set[str] = set()  # first words of the short names the document quotes

    def run(self) -> list[Mention]:
        runs = name_runs(self.tokens)
        # One-word names the document uses (`kata Deden`): where a long run's person name starts.
        self.short_forms = {self.tokens[a].lower for a, b in runs if b - a == 1}
        self.places = {self.tokens[a].lower for a, b in runs if b - a == 1 and a and self.tokens[a - 1].lower in PLACE_PREPOSITIONS}
        speakers = self._speaking_short_forms(runs)
        for start, end in runs:
            split = self._speaker_start(start, end, speakers)
            if split is None:
                self._classify_run(start, end)
                continue
            leading = self._title_at([t.lower for t in self.tokens[start:split]], 0)
            title = " ".join(t.text for t in self.tokens[start:start + leading]) or None
            if start + leading < split:  # what precedes the name is an office or a place, not another person
                self._classify_name(start + leading, split, context_title=title or "")
            self._maybe_acronym(end, self._add(split, end, "PERSON", STRONG, title=title))
        self._type_by_coordination()
        self._resolve_short_forms()
        return self.mentions

    def _speaking_short_forms(self, runs: list[tuple[int, int]]) -> set[str]:
        """First words of the one- and two-word names the document quotes (`ujar Saminan`, `Abdul Halim
        mengatakan`): sure evidence of where a person's name starts inside a longer run."""
        verbs = speech_verbs()
        heads, place_heads, given = word_set("org_heads.txt"), phrase_set("place_heads.txt"), word_set("person_names.txt")
        found = set()
        for a, b in runs:
            if b - a <= 2 and (a > 0 and self.tokens[a - 1].lower in verbs or self._next_word(b) in verbs):
                found.add(self.tokens[a].lower)
            for k in range(a, b - 1):
                head, name = self.tokens[k].lower, self.tokens[k + 1].lower
                if (head in heads or (head,) in place_heads and name not in given) \
                        and self._name_like(k + 1) and name not in city_names():  # not `Hotel Cempaka | Indra`
                    (self.company_names if head in heads else self.place_names).add(name)
        # `PT Sinar Jaya`, `Masjid Baiturrahim` elsewhere: a body or place quoted alone (`Sinar menyatakan`)
        # starts no person's name
        self.quoted_names = found - self.company_names - self.place_names
        return self.quoted_names

    def _speaker_start(self, first: int, last: int, speakers: set[str]) -> int | None:
        """Where a quoted person's name starts inside an office-then-name run (`Bupati Gresik | Sambari
        Halim`, `dan Transmigrasi | Abdul Halim Iskandar`): at a word the document quotes alone, after
        a word that is no personal name (an office word, a place) and before two to four name words."""
        for j in range(first + 1, last):
            word = self.tokens[j]
            # a full name follows (two words or more): a one-word tail is a surname (`Ivan | Petrov`)
            if word.lower not in speakers or not 2 <= last - j <= MAX_PERSON_WORDS or not self._name_like(j, ordinary_ok=True) \
                    or word.lower in city_names() or (word.lower,) in phrase_set("titles.txt"):
            # a place quoted as a speaker (`Beijing menegaskan`) is no person, nor is a title (`kata Presiden`)
                continue
            before = self.tokens[j - 1]
            if not before.capitalised or before.lower in word_set("org_heads.txt"):
                continue  # after a head comes the body's own name (`PT | Sinar Jaya Abadi`)
            office_or_place = is_ordinary_word(before.lower, bare_roots=True) or before.lower in city_names() \
                or before.key in known_names() or _is_head_or_title(before.lower) or before.text.isupper()
            if not office_or_place or before.lower in word_set("person_names.txt"):
                return None  # `Joko Widodo` quoted as `Widodo`: the surname, not the start of the name
            if all(self._name_like(k, ordinary_ok=True) or self.tokens[k].lower in NAME_PARTICLES for k in range(j, last)):
                return j
        return None

    def _type_by_coordination(self) -> None:
        """`Aceh (NAD) dan Sumut`: a weakly typed name listed with a strongly typed one shares its type."""
        ordered = sorted(self.mentions, key=lambda m: m.start)
        for left, right in zip(ordered, ordered[1:]):
            between = self.text[left.end:right.start]
            if not COORDINATION.fullmatch(between):
                continue
            if left.strength >= MEDIUM and right.strength == WEAK and left.type != "PERSON":
                right.type, right.strength = left.type, MEDIUM
            elif right.strength >= MEDIUM and left.strength == WEAK and right.type != "PERSON":
                left.type, left.strength = right.type, MEDIUM

    def _add(self, first: int, last: int, type_: str, strength: int, title: str | None = None, key_words=None) -> Mention:
        start, end = self.tokens[first].start, self.tokens[last - 1].end
        surface = self.text[start:end]
        mention = Mention(start, end, surface, type_, strength, title)
        mention.single = last - first == 1
        mention.key = _normalise_key(" ".join(key_words) if key_words else surface)
        self.mentions.append(mention)
        return mention

    def _previous_words(self, index: int, count: int = 3) -> list[str]:
        words = []
        position = index - 1
        while position >= 0 and len(words) < count:
            token = self.tokens[position]
            between = self.text[token.end:self.tokens[position + 1].start]
            if between.strip() not in ("", "-"):
                break
            words.insert(0, token.lower)
            position -= 1
        return words

    def _title_at(self, words: list[str], position: int) -> int:
        """Length of the title phrase at words[position:], 0 when none (`ibu kota` is a place, not a title)."""
        if words[position:position + 2] == ["ibu", "kota"]:
            return 0
        return _longest_phrase(words, position, phrase_set("titles.txt"))

    def _title_before_branch(self, index: int) -> str | None:
        """The rank before tokens[index] when that token stands alone in brackets after it (`Kolonel (Inf)`)."""
        if index < 1 or index + 1 > len(self.tokens):
            return None
        token = self.tokens[index]
        if self.text[token.end:token.end + 1] != ")" or len(token.text) > BRANCH_MAX_LETTERS:
            return None
        if self.text[self.tokens[index - 1].end:token.start].strip() != "(":
            return None
        words = [t.lower for t in self.tokens[max(0, index - 4):index]]
        for start in range(len(words)):
            if self._title_at(words, start) == len(words) - start:
                return " ".join(t.text for t in self.tokens[index - len(words) + start:index])
        return None

    def _classify_run(self, first: int, last: int) -> None:
        """Titles, complements and names inside one capitalised run.

        `Kepala Bagian Penerangan Umum Divisi Humas Polri Komisaris Besar Asep Adi Saputra`: the name
        follows the last title of the run; what lies between two titles is the first one's complement.
        """
        after_bracket = first > 0 and self.text[self.tokens[first - 1].end:self.tokens[first - 1].end + 1] == ")"
        branch_title = self._title_before_branch(first - 1) if after_bracket else None
        if branch_title is not None:
            # `Kolonel (Czi) IGN Suriastawa`: the name after a rank's branch of service, initials and all
            lead = self.tokens[first].text
            if last - first >= 2 and lead.isupper() and len(lead) <= 3 and self._person_shaped(self.tokens[first + 1:last]):
                self._add(first, last, "PERSON", STRONG, title=branch_title)
            else:
                self._person_after_title(first, last, branch_title)
            return
        if last - first == 1 and self.text[self.tokens[first].end:self.tokens[first].end + 1] == ")" \
                and self._title_before_branch(first) is not None:
            return  # `(Czi)`, `(Purn)`: the branch or status of a rank, no entity
        tokens = self.tokens[first:last]
        words = [t.lower for t in tokens]
        raw = [t.text for t in tokens]
        title_size = 0
        while title_size < len(words) and (size := self._title_at(words, title_size)):
            title_size += size
        if title_size == len(words):
            return
        if len(words) == 1 and words[0] in _title_starts() and self._title_at(words + [t.lower for t in self.tokens[last:last + 2]], 0) > 1:
            return  # `Wali kota membenarkan ...`: a title written half in lower case
        inner = None
        if any(w in _title_starts() for w in words[max(title_size, 1):]):
            # a title closing the run (`Basarnas Mayor Jenderal (TNI) Budi`): the name comes after the bracket
            # (a one-word title at the end is more likely a name: `Ilham Hakim`)
            bracket = self.text[self.tokens[last - 1].end:self.tokens[last - 1].end + 2].strip() == "("
            trailing = next((j for j in range(max(title_size, 1), len(words))
                             if self._title_at(words, j) == len(words) - j and (bracket or len(words) - j >= 2)), None)
            if trailing is not None:  # what precedes the rank is the office (`Kepala Basarnas`), not a name
                if title_size < trailing:
                    self._classify_name(first + title_size, first + trailing, context_title=" ".join(raw[:title_size]) or None)
                return
            inner = next(
                (j for j in range(len(words) - 2, max(title_size, 1) - 1, -1) if self._title_at(words, j) and j + self._title_at(words, j) < len(words)),
                None,
            )
            if inner is not None and not title_size and (words[0] in word_set("misc_heads.txt") or self._heads_name(words)):
                inner = None  # `Surat Edaran Ketua Satgas ...`, `Stadion Gelora Bung Karno`: a thing named after someone
        if inner is not None:
            inner_end = inner + self._title_at(words, inner)
            # the longest title ending there (`Ajun Komisaris Besar`, not `Komisaris Besar`)
            inner = next(j for j in range(max(title_size, 1), inner + 1) if j + self._title_at(words, j) >= inner_end)
            inner_end = inner + self._title_at(words, inner)
            title = " ".join(raw[:title_size]) or None
            self._classify_name(first + title_size, first + inner, context_title=title)
            self._person_after_title(first + inner_end, last, " ".join(raw[inner:inner_end]))
            return
        if not title_size:
            self._classify_name(first, last)
            return
        title = " ".join(raw[:title_size])
        rest = first + title_size
        title_words = tuple(words[:title_size])
        takes_complement = any(title_words[-len(p):] == p for p in phrase_set("complement_titles.txt"))
        if not (takes_complement and self._split_office_and_name(rest, last, title, after_title=True)):
            self._person_after_title(rest, last, title)

    def _name_like(self, index: int, ordinary_ok: bool = False) -> bool:
        """Could be a word of a personal name. Ordinary words (`Hakim`, `Utama`) only with `ordinary_ok`."""
        token = self.tokens[index]
        word = token.lower
        return (
            token.capitalised and not any(c.isdigit() for c in token.text)
            and not (token.text.isupper() and len(token.text) > 1)
            and (ordinary_ok or word in word_set("initial_names.txt") or not is_ordinary_word(word))
            and word not in word_set("org_heads.txt") and (word,) not in phrase_set("place_heads.txt")
            and token.key not in known_names() and word not in word_set("calendar_words.txt")
            and word not in word_set("org_tails.txt") and (ordinary_ok or (word,) not in phrase_set("titles.txt"))
            and not _is_ministry(word)
        )

    def _split_office_and_name(self, first: int, last: int, title: str | None, after_title: bool,
                               need_evidence: bool = False) -> bool:
        """`Kepala Dinas Kesehatan Tangsel Deden Deni`: an office (organisation, place, portfolio) then a name.

        The name is the run of name-like words at the end (at most four). When the same document
        names the person by one word elsewhere (`kata Deden`), the name starts at that word. Without
        that evidence, a three-word tail after an organisation or place word gives its first word to
        the organisation (`Pimpinan Pusat Muhammadiyah | Busyro Muqoddas`).
        """
        start = last
        while start > first and (self.tokens[start - 1].lower in NAME_PARTICLES or self._name_like(start - 1, ordinary_ok=True)):
            start -= 1
        # the name opens with a real name word: leading ordinary words belong to the office
        while start < last and not (self._name_like(start) or self.tokens[start].lower in self.quoted_names):
            start += 1  # an ordinary word opens a name the text quotes by it (`Lalu Ahmad Zaini`, `tutur Lalu`)
        real = sum(1 for t in self.tokens[start:last] if t.lower not in NAME_PARTICLES)
        if real > MAX_PERSON_WORDS:
            start, real = last - MAX_PERSON_WORDS, MAX_PERSON_WORDS
        # a one-word tail is a surname (`Ivan | Petrov`), unless a company's own name comes before it
        tail = self.tokens[last - 1].lower
        newest = last - 1 if last - first >= 3 and (
            self.tokens[last - 2].lower in self.company_names and tail not in city_names()
            or self._administered_town(last - 2) and tail in self.short_forms - self.places) else last - 2
        evidence = next(
            (j for j in range(newest, first, -1)
             if self.tokens[j].lower in self.short_forms and self._name_like(j)
             and self.tokens[j].lower not in self.company_names and self.tokens[j].lower not in self.place_names
             and not self._administered_town(j)),  # `Kota Tegal Sri Rahayu`, `Tegal` alone elsewhere: the town
            None,
        )
        prefix_words = [t.lower for t in self.tokens[first:start]]
        office_word = any(
            w in word_set("org_heads.txt") or w in word_set("org_tails.txt") or (w,) in phrase_set("place_heads.txt")
            or w in city_names() or _is_ministry(w) for w in prefix_words
        ) or any(t.key in known_names() for t in self.tokens[first:start]) or any(t.text.isupper() and len(t.text) > 1 for t in self.tokens[first:start])
        speaks = self._next_word(last) in speech_verbs() and real >= 2  # `... Shinta W Kamdani berpendapat`
        if evidence is not None and evidence > first and not any(
            t.lower in word_set("org_tails.txt") or t.lower in word_set("org_heads.txt") for t in self.tokens[evidence:last]
        ):  # the quoted word opens a name, not a company named after someone (`PT Rina Sari Group`)
            start = evidence
        elif need_evidence and not speaks and (after_place := self._name_after_place(first, last)) is not None:
            start = after_place
        elif need_evidence and not speaks or real == 0:
            return False
        elif prefix_words and prefix_words[-1] in word_set("org_heads.txt") and real <= 2:
            # `Dosen Universitas Gadjah Mada`: a head's own name follows it, unless given names show a
            # person (`Ketua Ombudsman Teguh Wirawan`, `Kepala Puskesmas Pamulang | Fitri`)
            given = [t.lower in word_set("person_names.txt") for t in self.tokens[start:last]]
            if not given[0]:
                if not given[-1] or len(given) < 2:
                    return False
                start = last - 1
        elif start == first:
            if not (after_title and real >= 3):
                return False
            start = last - 2  # `Kepala Antariksa Ivan Petrov`: a one-word body, then the name
        elif real >= 3 and office_word and prefix_words and (is_ordinary_word(prefix_words[-1]) or prefix_words[-1] in word_set("org_heads.txt")) \
                and len(self.tokens[start + 1].text) > 1:  # `Rina W Hartati`: a middle initial holds the name together
            start += 1
        elif not (after_title or office_word):
            return False
        # `Luar Negeri`, `Kementerian Transportasi`: a portfolio or a body described, not named;
        # `Dinas Kesehatan Sleman` names one
        described = all(t.lower in word_set("lowercase_words.txt") for t in self.tokens[first:start])
        if start > first and not described:
            self._classify_name(first, start, context_title=title or "")
        person = self._add(start, last, "PERSON", STRONG if after_title else MEDIUM, title=title)
        self._maybe_acronym(last, person)
        return True

    def _name_after_place(self, first: int, last: int) -> int | None:
        """`Stasiun Klimatologi Garut | Yuliani Saraswati`, `Unit Distribusi Jabar | Benny Ratu`: where a town
        or region ends the office and a given name opens the last two to four name words."""
        for start in range(max(first + 1, last - MAX_PERSON_WORDS), last - 1):
            before = self.tokens[start - 1]
            if (before.lower in city_names() or known_names().get(before.key, ("",))[0] == "LOC") and all(
                        self._name_like(k) and not is_ordinary_word(self.tokens[k].lower, bare_roots=True)
                        for k in range(start, last)):
                return start
        return None

    def _administered_town(self, index: int) -> bool:
        """A word after the head of an administrative area (`Kabupaten | Magelang`): the area's name."""
        return index > 0 and phrase_table("place_heads.txt").get((self.tokens[index - 1].lower,)) in ADMINISTRATIVE_AREAS

    def _split_place_then_name(self, first: int, last: int, after_place_title: bool = False, after_role: bool = False) -> bool:
        """`Energi DKI Jakarta Andri Yansyah`, `LOKET Tubagus Utama`: an office's place or acronym, then a
        person's name. Splits when 1 to 4 name-like words follow a known place or a leading acronym.

        After a title that governs a place (`Bupati`, `Camat`, `Sekretaris Daerah`), a city and a
        single name are enough (`Camat Grogol Selatan | Asep`, `Sekda Banyuwangi | Mujiono`).
        """
        words = [t.lower for t in self.tokens[first:last]]
        for position in range(len(words) - 2, -1, -1):
            size, hit = _known(self.tokens[first:last], position)
            acronym = position == 0 and self.tokens[first].text.isupper() and self.tokens[first].text.isalpha() and len(words[0]) >= 2
            city = (
                words[position] in city_names() and self.tokens[first + position].capitalised
                and (after_place_title or words[position] not in word_set("initial_names.txt") and len(words) >= 4 - after_role)
                and not (position == 0 and words[position] in word_set("person_names.txt"))  # `Gubernur Bambang Sudarmo`
            )
            if not (hit and hit[0] == "LOC" or city or acronym):
                continue
            if position and not self._office_word(first + position - 1):
                continue  # `Rina Sari Lorenza`: a town's name between name words is part of the name
            size = size or 1
            while position + size < len(words) - 1 and words[position + size] in DIRECTIONS:
                size += 1  # `Grogol Selatan`
            tail = words[position + size:]
            if not 1 <= len(tail) <= 4 or len(tail) == 1 and not (acronym or after_place_title):
                continue
            if any(is_ordinary_word(w) or w in word_set("org_heads.txt") or w in word_set("misc_heads.txt")
                   or w in word_set("org_tails.txt") for w in tail):
                continue
            if hit and hit[0] == "LOC":
                self._add(first + position, first + position + size, "LOC", STRONG, key_words=[hit[1]])
            elif acronym:
                self._add(first, first + 1, "ORG", MEDIUM)
            else:
                self._add(first + position, first + position + size, "LOC", MEDIUM)
            self._add(first + position + size, last, "PERSON", MEDIUM)
            return True
        return False

    def _office_word(self, index: int) -> bool:
        """A word that ends an office rather than a name: vocabulary, a head or title word, an acronym, a place."""
        token = self.tokens[index]
        return is_ordinary_word(token.lower) or _is_head_or_title(token.lower) or token.lower in word_set("org_tails.txt") \
            or token.text.isupper() or token.key in known_names()

    def _person_after_title(self, first: int, last: int, title: str) -> None:
        words = [t.lower for t in self.tokens[first:last]]
        size, hit = _known(self.tokens[first:last], 0)
        if size == len(words) and hit:
            self._add(first, last, hit[0], STRONG, key_words=[hit[1]])
            return
        title_words = title.lower().split()
        if title_words[0] in PLACE_TITLES and len(words) > 1 and words[-1] in DIRECTIONS:
            self._add(first, last, "LOC", MEDIUM)  # `Lurah Grogol Selatan`: the place the title governs
            return
        if not self._person_shaped(self.tokens[first:last]) or len(words) == 1 and words[0] in city_names() and (
            title.lower().split()[0] in PLACE_TITLES
        ):
            # `Kepala Dinas Pariwisata, ...`, `Wali Kota Magelang`: an office or a place, the name comes elsewhere,
            # unless the document quotes a name at its end (`Sekretaris Perusahaan PT KAI Rina Sari ... kata Rina`)
            if not (len(words) > 2 and self._split_office_and_name(first, last, title, after_title=True, need_evidence=True)):
                self._classify_name(first, last, context_title=title)
            return
        governs_place = title_words[0] in PLACE_TITLES or title_words[-1] in PLACE_TITLES | {"daerah"}
        if (len(words) > 2 or governs_place) and self._split_place_then_name(first, last, after_place_title=governs_place):
            return
        mention = self._add(first, last, "PERSON", STRONG, title=title)
        self._maybe_acronym(last, mention)

    def _classify_name(self, first: int, last: int, context_title: str | None = None) -> None:
        tokens = self.tokens[first:last]
        words = [t.lower for t in tokens]
        if not words:
            return
        size, hit = _known(self.tokens[first:last], 0)
        if size == len(words) and hit:
            mention = self._add(first, last, hit[0], STRONG, key_words=[hit[1]])
            self._maybe_acronym(last, mention)
            return
        if hit and size < len(words) and all(w in DIRECTIONS for w in words[size:]) and hit[0] == "LOC":
            self._add(first, last, "LOC", STRONG)  # `Jakarta Pusat`: a part of the place, one name
            return
        if hit and size < len(words) and not self._heads_name(words):
            self._add(first, first + size, hit[0], STRONG, key_words=[hit[1]])
            self._classify_run(first + size, last)
            return
        if words[0] in DIRECTIONS and len(words) > 1 and self.text[self.tokens[first].start - 2:self.tokens[first].start] == ") ":
            self._classify_name(first + 1, last, context_title)  # `(MTI) Pusat Rina Sari`: the body's central board
            return
        if words[0] in word_set("misc_heads.txt"):
            # `Sidang Dewan Keamanan PBB`, `Resolusi Majelis Umum`: an event or document of a named body
            if len(words) > 1 and (words[1] in word_set("org_heads.txt") or self._heads_name(words[1:])):
                self._classify_name(first + 1, last, context_title)
            else:
                self._nested_places(first, last)
            return
        if len(words) == 1 and (words[0] in word_set("org_heads.txt") or (words[0],) in phrase_set("place_heads.txt")
                                or tokens[0].text[0] in "IVX" and REGNAL_NUMBER.fullmatch(tokens[0].text)
                                or len(tokens[0].text) == 1 and not AGE_AFTER.match(self.text, tokens[0].end)):
            return  # a head alone, a number (`triwulan II`) or a letter (`Rp 990 M`) names nothing
        org_head = words[0] in word_set("org_heads.txt") or _longest_phrase(words, 0, phrase_set("org_heads.txt"))
        place_class, distinct = _place_class(words)
        before = self._previous_words(first)
        lower_place = bool(before) and (before[-1],) in phrase_set("place_heads.txt") and not self.tokens[first - 1].capitalised
        if len(words) > 2 and (org_head or place_class) and self._split_office_and_name(first, last, None, False, need_evidence=True):
            return
        if org_head and len(words) > 1:
            head_size = _longest_phrase(words, 0, phrase_set("org_heads.txt")) or 1
            size, hit = _known(self.tokens[first:last], head_size)
            if hit and head_size + size == len(words) and words[0] in {"pemerintah", "tentara", "pasukan", "angkatan", "militer"}:
                self._add(first + head_size, last, hit[0], STRONG, key_words=[hit[1]])
                return
            mention = self._add(first, last, "ORG", STRONG)
            self._maybe_acronym(last, mention)
            self._nested_places(first + 1, last)
            return
        if place_class and distinct:
            mention = self._add(first, last, "LOC", STRONG, key_words=[place_class, *distinct])
            self._nested_places(first + 1, last)
            self._maybe_acronym(last, mention)
            return
        if lower_place and before[-1] not in LOC_CONTEXT:
            if not (" ".join(words) in city_names() or hit):
                head_token = self.tokens[first - 1]
                start = head_token.start
                surface = self.text[start:tokens[-1].end]
                mention = Mention(start, tokens[-1].end, surface, "LOC", STRONG)
                mention.key = _normalise_key(phrase_table("place_heads.txt")[(before[-1],)] + " " + " ".join(words))
                self.mentions.append(mention)
                return
        if len(words) > 2 and context_title is None and (
            self._split_office_and_name(first, last, None, after_title=False)
            # `direktur olahraga Bremen Jonas Falke`: after a lower-case role, a town opens the office
            or self._split_place_then_name(first, last, after_role=any(
                word in word_set("person_roles.txt") or (word,) in phrase_set("titles.txt") for word in before[-2:]))
        ):
            return
        type_, strength = self._type_by_shape(first, last, words, before, context_title)
        mention = self._add(first, last, type_, strength)
        self._maybe_acronym(last, mention)

    @staticmethod
    def _heads_name(words: list[str]) -> bool:
        return words[0] in word_set("org_heads.txt") or bool(_place_class(words)[0])

    def _type_by_shape(self, first: int, last: int, words: list[str], before: list[str], context_title: str | None) -> tuple[str, int]:
        tokens = self.tokens[first:last]
        joined = " ".join(words)
        if context_title and context_title.lower().split()[0] in PLACE_TITLES - {"wakil"}:
            return "LOC", MEDIUM
        if words[-1] in word_set("org_tails.txt") and len(words) > 1 or WEB_ADDRESS_END.search(joined):
            return "ORG", STRONG
        if before and before[-1] in ORG_CONTEXT:
            return "ORG", MEDIUM
        if len(words) > 1 and before and before[-1] in word_set("person_roles.txt") and before[-1] not in LOC_CONTEXT \
                and self._person_shaped(tokens):
            return "PERSON", MEDIUM  # `penyanyi Kirana Bintang`, `pelatih Rina Sari`: a role word names a person next
        if len(words) == 1 and before and before[-1] in speech_verbs() and not tokens[0].text.isupper():
            return "PERSON", MEDIUM  # `kata Kapau`: who speaks after a cue is a person
        if joined in city_names():
            return "LOC", MEDIUM
        if context_title:
            return "ORG", WEAK
        if len(words) == 1:
            token = tokens[0]
            if _is_ministry(words[0]):
                return "ORG", STRONG
            if token.text.isupper() and len(token.text) <= 4 and AGE_AFTER.match(self.text, token.end):
                return "PERSON", MEDIUM  # `ZUL, 20 tahun`, `HA (18)`: a suspect's initials
            if token.text.isupper() and 2 <= len(token.text) <= 6:
                return "ORG", MEDIUM
            if self._apposition_follows(last) or self._name_word(words[0]) and (
                    self._after_bracketed_acronym(first) or self._affiliation_follows(last)):
                # `Sukarni, warga Cilandak,`: a person described after the comma;
                # `Kepala Badan Antariksa (BAN) Sukarni`: the office holder named after the body's acronym;
                # `Sukarni dari PT Maju Jaya`: a person and where they work
                return "PERSON", MEDIUM
            if before and before[-1] in LOC_CONTEXT:
                return "LOC", WEAK
            if before and ((before[-1],) in phrase_set("titles.txt") or before[-1] in speech_verbs()):
                return "PERSON", MEDIUM
            following = self._next_word(last)
            if following in speech_verbs() and speech_verbs()[following][1] in ("men", "passive"):
                return "PERSON", WEAK
            if words[0] in word_set("person_names.txt"):
                return "PERSON", WEAK  # `milik Idris`: a common given name
            return "ORG", WEAK
        if words[0] == "the":
            return "ORG", WEAK  # `The Blues`, `The Jakarta Post`: an English article opens no person's name
        defined = self.acronyms.get(tokens[0].text)
        if defined is not None and defined.type != "PERSON":
            return defined.type, MEDIUM  # `PB Alwashliyah` after `Pengurus Besar (PB)`: the body's acronym, no initials
        if all(t.text.isupper() for t in tokens) or tokens[0].text.isupper() and len(tokens[0].text) > 1 and tokens[-1].key in known_names():
            return "ORG", MEDIUM  # `KPU RI`, `CNN Indonesia`
        if len(words) > 4 or tokens[0].text[0].isdigit():
            return "ORG", WEAK
        if not any(self._name_word(w) for w in words):
            return "ORG", WEAK  # `Alat Kesehatan`, `Giro Wajib Minimum`: capitalised vocabulary, no name in it
        if not self._person_shaped(tokens):
            return "ORG", WEAK  # `KPU Manado`, `Pesawat N219`, `Pelaksanaan PSBB`
        if len(words) >= 3 and all(is_ordinary_word(w) and w not in word_set("person_names.txt") for w in words[1:]):
            return "ORG", WEAK  # `Mitigasi Bencana Alam`: one odd word, then vocabulary, is a unit's name
        if before and before[-1] in PLACE_PREPOSITIONS and words[0] not in word_set("person_names.txt"):
            return "LOC", WEAK  # `di Asrama Haji Surabaya`, but `ke Ahmad Fauzi` is a person
        if len(words) == 2 and words[1] in indonesian_city_names() and not set(words) & word_set("person_names.txt"):
            return "ORG", WEAK  # `Dinkes Sidoarjo`, `Persib Bandung`: a body of the town, not a person
        if len(words) == 2 and is_ordinary_word(words[1]) and words[1] not in self.short_forms \
                and not set(words) & (word_set("person_names.txt") | word_set("initial_names.txt")):
            return "ORG", WEAK  # `Stasiun Solo Balapan` cut short, `Gerakan Sonjo Pangan`: a name of a thing
        return "PERSON", MEDIUM

    def _affiliation_follows(self, last: int) -> bool:
        """`dari PT ...`, `dari LSM ...` after the name: the body the person comes from."""
        if self._next_word(last) != "dari" or last + 1 >= len(self.tokens):
            return False
        body = self.tokens[last + 1]
        return body.lower in word_set("org_heads.txt") or body.text.isupper() and len(body.text) > 1 and body.key not in known_names()

    def _after_bracketed_acronym(self, first: int) -> bool:
        """Right after `Title Office (ACRONYM) `: where an office holder's name goes."""
        before = self.tokens[first - 1] if first else None
        if before is None or self.text[before.end:self.tokens[first].start] != ") " or not before.text.isupper() \
                or len(before.text) < 2 or self.text[before.start - 1:before.start] != "(":
            return False
        position = first - 2  # the office's last word, then back to its first
        while position > 0 and self.tokens[position].adjacent_before and (
                self.tokens[position - 1].capitalised or self.tokens[position - 1].lower == "dan"):
            position -= 1
        return position >= 0 and self.tokens[position].lower in _title_starts()

    def _apposition_follows(self, last: int) -> bool:
        """`, warga ...`, `, Kepala ...` right after the name: a role or title that describes a person."""
        if last >= len(self.tokens) or self.text[self.tokens[last - 1].end:self.tokens[last].start] != ", ":
            return False
        word = self.tokens[last].lower
        return word in word_set("person_roles.txt") or (word,) in phrase_set("titles.txt") or _longest_phrase(
            [t.lower for t in self.tokens[last:last + 3]], 0, phrase_set("titles.txt")) > 0

    def _name_word(self, word: str) -> bool:
        """A word that names someone: a given name by the corpus, used alone in this document, or no
        Indonesian vocabulary at all (`Warjiyo`)."""
        return (
            word in word_set("initial_names.txt") or word in word_set("person_names.txt") or word in self.short_forms
            or not (is_ordinary_word(word, bare_roots=True) or word in word_set("lowercase_words.txt"))
        )

    def _person_shaped(self, tokens: list[Token]) -> bool:
        """Words a personal name is made of: no acronyms (initials aside), no digits, no common word first
        (unless the document uses that word alone as a name, `kata Kapau`)."""
        first = tokens[0].lower
        ordinary = is_ordinary_word(first) and first not in word_set("initial_names.txt") and first not in self.short_forms
        if ordinary or any(t.lower in word_set("org_heads.txt") or _is_ministry(t.lower) for t in tokens):
            return False  # `Reskrim Polres`: a unit of a body, not a name
        if any(t.key in known_names() or phrase_table("place_heads.txt").get((t.lower,)) in ADMINISTRATIVE_AREAS for t in tokens):
            return False  # `Forwarder Indonesia`, `Kadin Jatim`, `Metro Kota Garut`: named after a country or region
        if len(tokens) == 1 and len(tokens[0].text.rstrip(".")) == 1:
            return False  # a lone initial
        if len(tokens) >= 3 and REGNAL_NUMBER.fullmatch(tokens[-1].text) and not any(t.text.isupper() for t in tokens[:-1]):
            tokens = tokens[:-1]  # `Hamengku Buwono X`: a ruler's number
        return all(
            not any(c.isdigit() for c in t.text)
            and not (t.text.isupper() and len(t.text.rstrip(".")) > 2)
            and not (position and t.text.isupper() and len(t.text) > 1 and (position == len(tokens) - 1 or len(t.text) > 2))
            # `Humas RT`, `SPMB SMA`; but middle initials hold a name together (`Rudi AP Santoso`)
            and not (sum(c.isupper() for c in t.text) >= 2 and not t.text.isupper() and not t.text.startswith(("Mc", "Mac")))
            and not (position and position == len(tokens) - 1 and len(t.text) == 1)  # `Vitamin C`, `Galaxy S`
            and t.lower not in word_set("org_tails.txt")
            for position, t in enumerate(tokens)
        )

    def _next_word(self, index: int) -> str | None:
        if index < len(self.tokens) and self.text[self.tokens[index - 1].end:self.tokens[index].start].strip() == "":
            return self.tokens[index].lower
        return None

    def _nested_places(self, first: int, last: int) -> None:
        """Countries and cities inside a larger name (`Deklarasi Jenewa`, `Kereta Api Jepang`)."""
        words = [t.lower for t in self.tokens[first:last]]
        position = 0
        while position < len(words):
            size, hit = _known(self.tokens[first:last], position)
            if hit and hit[0] == "LOC":
                directed = size
                while position + directed < len(words) and words[position + directed] in DIRECTIONS:
                    directed += 1  # `Polres Jakarta Barat`: the part of the place, one name
                self._add(first + position, first + position + directed, "LOC", STRONG,
                          key_words=[hit[1]] if directed == size else None)
                position += directed
                continue
            if self.tokens[first + position].capitalised and words[position] in city_names() and words[position] not in word_set("common_words.txt") \
                    and (words[position],) not in phrase_set("place_heads.txt") \
                    and (position in (0, len(words) - 1) or self._office_word(first + position - 1)):  # not amid name words (`PT Rina Sari Lorenza Group`)
                self._add(first + position, first + position + 1, "LOC", MEDIUM)
            position += 1

    def _maybe_acronym(self, last: int, mention: Mention) -> None:
        """`Dewan Ekonomi Nasional (DEN)`: the acronym in brackets names the same entity."""
        if last >= len(self.tokens):
            return
        token = self.tokens[last]
        if self.text[mention.end:token.start].strip() != "(" or self.text[token.end:token.end + 1] != ")":
            return
        if not (token.text.isalpha() and token.text[0].isupper() and sum(c.isupper() for c in token.text) >= 2):
            return
        alias = Mention(token.start, token.end, token.text, mention.type, mention.strength)
        alias.key = mention.key
        alias.single = True
        self.acronyms[token.text] = mention
        self.mentions.append(alias)

    def _resolve_short_forms(self) -> None:
        """Short forms to the full person name of the document; drop mentions inside boilerplate-free overlaps."""
        self.mentions.sort(key=lambda m: (m.start, -(m.end - m.start)))
        kept: list[Mention] = []
        for mention in self.mentions:
            if kept and mention.start < kept[-1].end and mention.end <= kept[-1].end and mention.type == kept[-1].type:
                continue
            kept.append(mention)
        self.mentions = kept
        # `Sinar Jaya` alone is the company `PT Sinar Jaya`, whatever its own reading said
        companies = {m.key.split(" ", 1)[1]: m for m in self.mentions
                     if m.type == "ORG" and m.key.split(" ", 1)[0] in LEGAL_FORMS and " " in m.key}
        persons = [m for m in self.mentions if m.type == "PERSON" and len(m.key.split()) >= 2]
        # `Budi Karya`, `Karya Sumadi` and `Sumadi` are parts of `Budi Karya Sumadi`.
        by_part: dict[str, set[str]] = defaultdict(set)
        by_tail: dict[str, set[str]] = defaultdict(set)
        seen_at: dict[str, list[int]] = defaultdict(list)
        for person in persons:
            parts = person.key.split()
            seen_at[person.key].append(person.start)
            for size in range(1, len(parts)):
                by_part[" ".join(parts[:size])].add(person.key)
            by_part[parts[-1]].add(person.key)
            for size in range(2, len(parts)):  # `Adi Sanjaya` after `Benediktus Adi Sanjaya`
                by_tail[" ".join(parts[-size:])].add(person.key)
            for part in parts[1:-1]:  # a middle name used alone (`Argo` of `Raden Prabowo Argo Yuwono`)
                by_part[part].add(person.key)
        name_starts = {part[:2] for key in seen_at for part in key.split()}  # a nickname starts like a name word
        name_ends = {part[0] + part[-1] for key in seen_at for part in key.split()}  # so does a misspelling, and ends so
        for mention in self.mentions:
            defined = self.acronyms.get(mention.text)
            if defined is not None:
                mention.key, mention.type, mention.strength, mention.single = defined.key, defined.type, defined.strength, False
                continue
            company = companies.get(mention.key)
            if company is not None and mention.strength < STRONG:
                mention.key, mention.type, mention.strength, mention.single = company.key, "ORG", company.strength, False
                continue
            if not (mention.type == "PERSON" or mention.strength < STRONG and mention.single):
                continue
            # a longer tail joins a full name met before it, unless the tail came first as a name of its own:
            # `Budi Santoso ... Rina Budi Santoso` (a wife named with her husband's name) stay two people
            introduced = min(seen_at[mention.key]) if mention.key in seen_at else mention.start
            candidates = by_part.get(mention.key, set()) | {
                k for k in by_tail.get(mention.key, ()) if min(seen_at[k]) < min(mention.start, introduced)}
            if not candidates and mention.single and mention.key[:2] in name_starts:
                candidates = _nickname_of(mention.key, seen_at)
            if not candidates and mention.single and mention.type != "PERSON" and mention.key[:1] + mention.key[-1:] in name_ends \
                    and mention.key not in _given_name_keys() and not is_ordinary_word(mention.text.lower(), bare_roots=True):
                candidates = _misspelt_part_of(mention.key, seen_at)
            candidates = sorted(candidates)
            if not candidates:
                continue
            if mention.type != "PERSON" and mention.text.lower() in indonesian_city_names():
                continue  # `Depok` is no short form of a capitalised phrase read as a person (`Depok Berbanding`)
            if len(candidates) > 1:
                # the full name met most recently before the short form; none before: a tie the collection breaks
                earlier = [(max(p for p in seen_at[k] if p < mention.start), k) for k in candidates if min(seen_at[k]) < mention.start]
                if not earlier:
                    mention.type, mention.strength, mention.tie = "PERSON", MEDIUM, "|".join(candidates)
                    continue
                best = max(earlier)[1]
            else:
                best = candidates[0]
            mention.key, mention.type, mention.strength, mention.single = best, "PERSON", STRONG, False


MIN_NICKNAME = 4


def _nickname_of(word: str, full_names) -> list[str]:
    """Full names `word` shortens the Indonesian way: the start of one name word (`Handayaningsih` ->
    `Handa`), or the starts of two consecutive name words run together (`Bambang Soedirman` -> `Bamsoed`)."""
    if len(word) < MIN_NICKNAME or " " in word:
        return []
    fitting = []
    for full in full_names:
        parts = full.split()
        clipped = any(len(part) >= len(word) + 2 and part.startswith(word) for part in parts)
        blended = any(
            word[:cut] == left[:cut] and right.startswith(word[cut:])
            for left, right in zip(parts, parts[1:]) for cut in range(2, min(len(left), len(word) - 2) + 1)
        )
        if clipped or blended:
            fitting.append(full)
    return fitting


def _misspelt_part_of(word: str, full_names) -> list[str]:
    """Full names with a word `word` misspells (`Ansar` for `Anshar`): same first and last letter, one letter
    more or less, nearly the same letters."""
    if len(word) < MIN_NICKNAME + 1 or " " in word:
        return []
    return [full for full in full_names if any(
        part[0] == word[0] and part[-1] == word[-1] and abs(len(part) - len(word)) <= 1
        and Indel.normalized_similarity(part, word) >= VARIANT_SIMILARITY for part in full.split())]


def _entity_id(type_: str, name: str) -> str:
    return "E" + hashlib.sha1(f"{type_}|{name.lower()}".encode()).hexdigest()[:15]


def _mention_ids(spans: pl.DataFrame) -> list[str]:
    """Stable ids from (doc_id, start, end): the same mention gets the same id on every run."""
    sha1 = hashlib.sha1
    keys = spans.select(pl.format("{}|{}|{}", "doc_id", "start", "end")).to_series().to_list()
    return ["M" + sha1(key.encode()).hexdigest()[:15] for key in keys]


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(start < s_end and s_start < end for s_start, s_end in spans)


MENTION_COLUMNS = {"doc_id": pl.String, "start": pl.Int64, "end": pl.Int64, "text": pl.String, "type": pl.String,
                   "strength": pl.Int64, "key": pl.String, "title": pl.String, "single": pl.Boolean, "tie": pl.String}


def find_mentions(documents: pl.DataFrame) -> pl.DataFrame:
    """documents (doc_id, text, boilerplate) -> candidate mentions with a document-level key.

    Kinds of boilerplate with no names in them (adverts, prompts) are skipped; bylines and photo
    credits still name people and agencies.
    """
    rows = []
    for doc_id, text, boilerplate in documents.select("doc_id", "text", "boilerplate").iter_rows():
        skipped = [(b["start"], b["end"]) for b in boilerplate or () if b["kind"] not in {"photo_credit", "credits", "photo_caption"}]
        for m in DocumentMentions(text, skipped).run():
            if not _overlaps(m.start, m.end, skipped):
                rows.append((doc_id, m.start, m.end, m.text, m.type, m.strength, m.key, m.title, m.single, m.tie))
    return pl.DataFrame(rows, schema=MENTION_COLUMNS, orient="row")


class _UnionFind:
    def __init__(self):
        self.parent: dict[str, str] = {}

    def find(self, item: str) -> str:
        self.parent.setdefault(item, item)
        while self.parent[item] != item:
            self.parent[item] = self.parent[self.parent[item]]
            item = self.parent[item]
        return item

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _similar_pairs(keys: list[str]) -> list[tuple[str, str]]:
    """Pairs of keys whose whole strings are at least VARIANT_SIMILARITY alike.

    Words that pair up as variants make whole strings at least as alike (the edit distances add
    up), so this cheap C-side filter keeps every pair `_variant_of` could accept.
    """
    if len(keys) < 2:
        return []
    if len(keys) < 16:
        return [(a, b) for i, a in enumerate(keys) for b in keys[i + 1:]]
    scores = cdist(keys, keys, scorer=Indel.normalized_similarity, score_cutoff=VARIANT_SIMILARITY)
    return [(keys[i], keys[j]) for i, j in zip(*scores.nonzero()) if i < j]


def _variant_of(a: str, b: str) -> bool:
    """Two multi-word names whose words pair up as spelling variants (`aleksey volkov`/`aleksei volkov`)."""
    wa, wb = a.split(), b.split()
    if len(wa) != len(wb) or len(wa) < 2:
        return False
    return all(x[0] == y[0] and (x == y or Indel.normalized_similarity(x, y) >= VARIANT_SIMILARITY) for x, y in zip(wa, wb))


@lru_cache(maxsize=1)
def _given_name_keys() -> frozenset[str]:
    return frozenset(_normalise_key(name) for name in word_set("person_names.txt"))


@lru_cache(maxsize=1)
def _town_keys() -> frozenset[str]:
    return frozenset(_normalise_key(name) for name in indonesian_city_names())


def resolve_entities(candidates: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Candidate mentions -> (entities, mentions) with one entity per referent across the collection."""
    if candidates.is_empty():
        return ENTITIES.empty(), MENTIONS.empty()
    keys = candidates.group_by("key", "type").agg(
        n=pl.len(), strength=pl.col("strength").max(), single=pl.col("single").all()
    )
    union = _UnionFind()
    person_full = sorted(k for k, t, s in keys.select("key", "type", "single").iter_rows() if t == "PERSON" and len(k.split()) >= 2)
    by_initials: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for key in person_full:
        by_initials[tuple(w[0] for w in key.split())].append(key)
    for group in by_initials.values():
        for a, b in _similar_pairs(group):
            if _variant_of(a, b):
                union.union(a, b)
    # an outlet's site is the outlet (`Kabar Kota` = `KabarKota.com`)
    by_compact: dict[str, list[str]] = defaultdict(list)
    for key in sorted(k for k, t in keys.select("key", "type").iter_rows() if t == "ORG"):
        by_compact[WEB_SUFFIX.sub("", key).replace(" ", "")].append(key)
    for group in by_compact.values():
        if len(group) > 1 and any(WEB_SUFFIX.search(k) for k in group):
            for key in group[1:]:
                union.union(group[0], key)
    # Short forms no document could resolve: a tie goes to the collection's most mentioned candidate;
    # a lone surname (`Henriksen`) to the one full name ending with it, or to a clearly dominant one.
    # A short form other documents resolved goes where they sent it most; a common given name alone
    # (`Andi`) is too ambiguous to link across documents.
    frequency = Counter(dict(candidates.group_by("key").len().iter_rows()))
    by_surname: dict[str, list[str]] = defaultdict(list)
    for key in person_full:
        by_surname[key.split()[-1]].append(key)
    place_by_distinct: dict[str, list[str]] = defaultdict(list)
    for key, type_ in keys.select("key", "type").iter_rows():
        parts = key.split()
        if type_ == "LOC" and len(parts) >= 2:
            place_by_distinct[parts[-1]].append(key)
    # Nicknames, learned where a document holds both forms (`Bamsoed` for `Bambang Soedirman`)
    learned: dict[str, Counter] = defaultdict(Counter)
    for text, key in candidates.filter(~pl.col("single") & (pl.col("type") == "PERSON") & ~pl.col("text").str.contains(" ")
                                       & pl.col("key").str.contains(" ")).select("text", "key").iter_rows():
        short = _normalise_key(text)
        if short not in key.split() and not text.isupper():
            learned[short][key] += 1
    single_target = {}
    for key, type_, strength in keys.filter(pl.col("single")).select("key", "type", "strength").iter_rows():
        if len(key.split()) != 1:
            continue
        people = sorted(by_surname.get(key, []), key=lambda k: (-frequency[k], k))
        if key in learned and type_ == "PERSON":
            people = sorted(learned[key], key=lambda k: (-learned[key][k], -frequency[k], k))
        if key in _given_name_keys() or key in _town_keys():
            # `Eddy` alone: a common given name, not the surname of another document's `Kunto Edy`;
            # `Manado` alone: a town, whatever a full name ending with it was read as
            people = []
        if people and (type_ == "PERSON" or strength < STRONG and type_ != "LOC"):  # `di Sukamaju`: a place
            if len(people) == 1 or frequency[people[0]] >= DOMINANCE * frequency[people[1]]:
                single_target[(key, type_)] = (people[0], "PERSON")
        elif type_ == "LOC" and place_by_distinct.get(key) and strength == WEAK:
            single_target[(key, type_)] = (max(place_by_distinct[key], key=lambda k: (frequency[k], k)), "LOC")
    ties = {tie: max(tie.split("|"), key=lambda k: (frequency[k], k)) for tie in candidates["tie"].drop_nulls().unique()}
    targets = pl.DataFrame(
        [(key, type_, target, target_type) for (key, type_), (target, target_type) in single_target.items()],
        schema={"key": pl.String, "type": pl.String, "target": pl.String, "target_type": pl.String}, orient="row",
    )
    redirected = (
        candidates.join(targets, on=["key", "type"], how="left", maintain_order="left")
        .with_columns(
            key=pl.when(pl.col("tie").is_not_null()).then(pl.col("tie").replace_strict(ties, default=None))
            .otherwise(pl.coalesce("target", "key")),
            type=pl.when(pl.col("tie").is_not_null()).then(pl.lit("PERSON")).otherwise(pl.coalesce("target_type", "type")),
        )
    )
    roots = {key: union.find(key) for key in redirected["key"].unique()}
    resolved = redirected.with_columns(pl.col("key").replace_strict(roots)).select(list(MENTION_COLUMNS))
    # One type per entity: the type with the most evidence, each mention weighing its strength,
    # so one doubtful reading (`Wali Kota Surabaya` read as a name) does not outvote many sure ones.
    entity_types = (
        resolved.group_by("key", "type").agg(strength=pl.col("strength").sum(), n=pl.len())
        .sort(["key", "strength", "n", "type"], descending=[False, True, True, False])
        .group_by("key", maintain_order=True).agg(type=pl.col("type").first())
    )
    resolved = resolved.drop("type").join(entity_types, on="key", maintain_order="left")
    names = _canonical_names(resolved)
    names = names.join(entity_types, on="key")
    names = names.with_columns(
        entity_id=pl.Series([_entity_id(t, n) for t, n in names.select("type", "name").iter_rows()], dtype=pl.String)
    )
    resolved = resolved.join(names.select("key", "name", "entity_id"), on="key", maintain_order="left")
    mention_ids = _mention_ids(resolved)
    mentions = MENTIONS.conform(
        resolved.with_columns(
            mention_id=pl.Series(mention_ids, dtype=pl.String), sentence_index=pl.lit(0, dtype=pl.Int64),
        ).unique(["doc_id", "start", "end"], keep="first", maintain_order=True)
    )
    entities = ENTITIES.conform(
        resolved.group_by("entity_id").agg(
            name=pl.col("name").first(),
            type=pl.col("type").first(),
            aliases=pl.col("text").unique().sort(),
            titles=pl.col("title").drop_nulls().unique().sort(),
            mention_count=pl.len().cast(pl.Int64),
            document_count=pl.col("doc_id").n_unique().cast(pl.Int64),
        )
    )
    return entities, mentions


def _canonical_names(resolved: pl.DataFrame) -> pl.DataFrame:
    """The canonical name of each key: the fullest surface form, the most used among equals.

    Acronyms and all-capital forms only win when nothing else names the entity.
    """
    return (
        resolved.with_columns(
            words=pl.col("text").str.count_matches(r"\S+"),
            shouting=pl.col("text").str.to_uppercase() == pl.col("text"),
        )
        .group_by("key", "text", "type")
        .agg(n=pl.len(), words=pl.col("words").first(), shouting=pl.col("shouting").first())
        .with_columns(
            rank_words=pl.when(pl.col("type") == "PERSON").then(pl.col("words")).otherwise(pl.lit(0)),
        )
        .sort(["key", "shouting", "rank_words", "n", "words", "text"], descending=[False, False, True, True, True, False])
        .group_by("key", maintain_order=True)
        .agg(name=pl.col("text").first())
    )


def attach_sentences(mentions: pl.DataFrame, sentences: pl.DataFrame) -> pl.DataFrame:
    """Fill `sentence_index` with the sentence holding each mention's start."""
    return MENTIONS.conform(attach_sentence_index(mentions, sentences))
