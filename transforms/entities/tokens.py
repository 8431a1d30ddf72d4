"""The words of a text, with what the name passes need to know about each: capitals, hyphens, the
sentence start, headings."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from functools import lru_cache

from transforms.common import matches_at, occurrences
from transforms.lexicon import known_names, phrase_set, table_rows, word_set

# A clitic after a hyphen (`Bawaslu-nya`) is no part of the word, nor is an editor's mark (`(Sukamaju FC-red)`: `red`
# for redaksi, the newsroom's note inside a quotation). A dot joins the parts of a word (`A.B`, `M.Kes`, `kabar.id`,
# `1.000`, `Prof.Rina`) except between a word ending in five lower-case letters and a capitalised one (`Rina
# Sarinah.Dosen`): two sentences run together for want of a space (an opinion column's signature).
# Possessive (`++`, `*+`): what follows a part never needs it shorter (it is optional), so the regex engine keeps no
# positions to go back to: the same tokens, found faster. (The dot first, the five letters before it looked behind: the
# engine looks behind at a dot only, not at the end of every word.)
_PART = r"[^\W_]++(?:['’][^\W_]++|\.(?<![a-z]{5}\.)[^\W_]++|\.(?![A-Z][a-z])[^\W_]++)*+"
# (The whole token is a group: `TOKEN.split` gives the text between the words and the words themselves, with no match
# object made per word. The hyphenated parts' repetition is possessive: nothing follows it to give a part back to.)
TOKEN = re.compile(rf"((?P<w>{_PART})(?:-(?:(?![A-Z]|(?:nya|ku|mu|lah|pun|kah|red)\b){_PART}|(?i:(?P=w))\b))*+)")
INITIALS = re.compile(r"(?:[A-Z]\.)*[A-Z]")  # `P`, `A.B`: a name's initials (their last dot follows the token)
TITLE_CASE_SHARE = 0.6
MAX_HEADING_WORDS = 16
OPENING_MARKS = "“\"‘'(["
# a cue that cites a source or a speaker, glued to the capitalised name after it (data/glued_cues.txt); not `Nya`, the
# capitalised clitic of God (`kepadaNya`)
GLUED_CUE = re.compile(r"(" + "|".join(sorted(word_set("glued_cues.txt"), key=len, reverse=True)) + r")(?!Nya\b)(?=[A-Z])")
MAX_CUE_LETTERS = max(map(len, word_set("glued_cues.txt")))
# a capital right after a lower-case letter, where a glued cue (its letters lower-case ASCII) can end (the capital first,
# the letter before it looked behind: the regex engine skips from capital to capital)
CAPITAL_AFTER_LOWER = re.compile(r"[A-Z](?<=[a-z][A-Z])")
# an outlet's brand written in lower case before its channel (data/outlets.tsv: `detikNews`, `kumparanNEWS`) glued to
# the word before it, and maybe to a preposition after it (`DilansirdetikKota`, `PantauandetikSukamajudi`: 163 in the scale
# corpus's detik.com files): the brand and its channel (`com` or one capitalised word) are a word
BRAND_WORDS = tuple(sorted({match.group(1) for _, forms, *_ in table_rows("outlets.tsv") for form in forms.split("|")
                             if (match := re.match(r"([a-z]{3,})[A-Z]", form))}, key=len, reverse=True))
_BRANDS = "|".join(BRAND_WORDS)
_TAILS = "|".join(sorted(word_set("glued_cues.txt"), key=len, reverse=True))
# an outlet's channel written after its lower-case brand (`detikSukamaju`, `kumparanKota`): a name, though lower-case first
BRAND_CHANNEL = re.compile(rf"(?:{_BRANDS})[A-Z]")
# (each brand first, the lower-case letter before it looked behind: the regex engine skips to a brand's first letter,
# where a lookbehind opening the pattern had it try every position)
_GLUED_BRANDS = "|".join(f"{brand}(?<=[a-z]{brand})" for brand in BRAND_WORDS)
GLUED_BRAND = re.compile(rf"(?:{_GLUED_BRANDS})(?:com|[A-Z][A-Za-z]+?)(?=(?:{_TAILS})?\b)")
# a word of lower-case letters glued to the one- or two-digit number of a list item, its dot and a capital or a space
GLUED_LIST_NUMBER = re.compile(r"([A-Z]?[a-z]{2,})(\d{1,2})\.(?: |[A-Z])")
# where it may match: the dot after a letter and one or two digits (the dot first, what precedes it looked behind)
GLUED_LIST_NUMBER_ANYWHERE = re.compile(r"\.(?:(?<=[a-z]\d\.)|(?<=[a-z]\d\d\.))[ A-Z]")
# a word ending in three or four lower-case letters glued by a dot to a capitalised one (`Rudi Halim.Mahasiswa`): two
# sentences run together too, unless the word is an abbreviation (`Prof.Tono`, `Kab.Sukamaju`; _PART splits after five)
GLUED_SENTENCE = re.compile(r"([^\W\d_]*[a-z]{3})\.(?=[A-Z][a-z])")
# (the dot first, its three letters looked behind: the regex engine skips from dot to dot)
GLUED_SENTENCE_ANYWHERE = re.compile(r"\.(?<=[a-z]{3}\.)[A-Z][a-z]")
MAX_ACRONYM_LETTERS = 5  # longer words in capitals are shouted names (`MARQUEZ`, a dateline's `SWEDIA`), spelt as names


@lru_cache(maxsize=1)
def name_opening_abbreviations() -> frozenset[str]:
    """Abbreviations written with a dot (abbreviations.txt) that open a name: titles (`Dr.`, `Prof.`, `Ir.`) and the
    heads of bodies and places (`PT.`, `Kab.`, `Jl.`), a saint's (`St.`). Their dot ends no sentence; the name goes on
    after it."""
    heads = ({phrase[0] for phrase in phrase_set("titles.txt") | phrase_set("place_heads.txt")}
             | word_set("org_heads.txt") | word_set("saint_words.txt"))
    return frozenset(word_set("abbreviations.txt") & heads)


def dotted_initials(text: str) -> bool:
    """`A.B`: a name's initials written with dots, no acronym."""
    return "." in text and INITIALS.fullmatch(text) is not None


@dataclass(slots=True)
class Token:
    """One word of the text. Slots, not a named tuple: the name passes read a token's fields millions of times a corpus,
    and Python 3.11 specialises reading a slot (a named tuple's field is read through its descriptor, several times the
    work), which saves far more than making a token costs."""

    start: int
    end: int
    text: str
    lower: str
    key: str  # gazetteer key, see `match_key`: acronyms (up to MAX_ACRONYM_LETTERS) keep their case
    capitalised: bool
    hyphen_before: bool
    adjacent_before: bool  # only one space between this token and the previous one
    sentence_initial: bool
    heading: bool  # inside a Title Case line or a short Title Case quotation



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
        # (a token made as `object.__new__` then its `__init__` called as a function: the interpreter runs that call in
        # its own loop, where calling the class goes through C and a fresh interpreter loop: a third of the work less)
        append, new, init = tokens.append, object.__new__, Token.__init__
        gaps, words = _token_parts(text)
        # (each word's offsets from the lengths of the gaps and words before it; the first word's gap is read as if a line
        # break opened it, one character more than it holds: it follows no word, no hyphen nor space joins it to one)
        if gaps:
            gaps[0] = "\n" + gaps[0]
        previous_start, end = -1, -1
        for gap, word in zip(gaps, words):
            start = end + len(gap)
            end = start + len(word)
            if len(gap) == 1:  # most words: one character after the one before
                hyphen, adjacent = gap == "-", gap == " "
            else:
                hyphen = False
                # `Teguh P. Nugroho`, `Rina A.B. Sari`: an initial's dot does not separate the name
                adjacent = gap == ". " and (INITIALS.fullmatch(text, previous_start, start - 2) is not None
                                            or tokens[-1].lower in name_opening_abbreviations())
            previous_start = start
            token = new(Token)
            if word.islower() and not word[0].isdigit():
                # most words, in lower case throughout: their own lower case and key, no channel's capital, no name's
                init(token, start, end, word, word, word, False, hyphen, adjacent, False, False)
                append(token)
                continue
            first = word[0]
            capitalised = first.isupper() or first.islower() and BRAND_CHANNEL.match(word) is not None
            lower = key = lowered[start:end] if lowered is not None else word.lower()  # tokens never end with a dot
            in_heading = initial = False
            if capitalised or first.isdigit():
                candidates.append(len(tokens))
                while headings[heading][1] <= start:
                    heading += 1
                in_heading = headings[heading][0] <= start
                # (one space after a word, the common case, opens no sentence: no walk back)
                initial = in_heading or (gap != " " and _is_sentence_initial(text, start)
                                         and not _known_name_bracketed(text, start, end, lower))
                if 1 < len(word) <= MAX_ACRONYM_LETTERS and word.isupper():
                    key = word
            init(token, start, end, word, lower, key, capitalised, hyphen, adjacent, initial, in_heading)
            append(token)
        super().__init__(tokens)
        self.text = text
        self.candidates = candidates  # the tokens that can open or continue a name

    def joined(self, joints: set[int]) -> Tokens:
        """These tokens with each token of `joints` joined to the one before it (`Soekarno`, `Hatta` -> `Soekarno-Hatta`),
        the word keeping the first part's place in the sentence."""
        merged = []
        for index, token in enumerate(self):
            if index in joints:
                first = merged[-1]
                word = self.text[first.start:token.end]
                lower = word.lower()  # as the constructor lowers a word (offsets come from start and end, not from it)
                key = word if 1 < len(word) <= MAX_ACRONYM_LETTERS and word.isupper() else lower
                merged[-1] = replace(first, end=token.end, text=word, lower=lower, key=key)
            else:
                merged.append(token)
        tokens = Tokens.__new__(Tokens)
        list.__init__(tokens, merged)
        tokens.text = self.text
        tokens.candidates = [i for i, t in enumerate(merged) if t.capitalised or t.text[0].isdigit()]
        return tokens


def _token_parts(text: str) -> tuple[list[str], list[str]]:
    """The text before each word (from the previous word's end, or the text's start) and the words, TOKEN's matches; a
    cue word glued to the name after it by a lost space (`dilansirAFP`, `dariReuters`, `kataRina`: pages whose markup
    the crawl dropped) gives two, as does a word glued to the number of the list item after it (`Rina Sari2. Kepala
    ...`: a numbered list whose line breaks the crawl dropped), a word glued by a dot to the next sentence's first
    (`Halim.Mahasiswa`), and a brand glued between two words (`DilansirdetikNews`) up to three."""
    # most texts have no glued brand (nor a brand's name to search around), cue, sentence or list number: their words
    # are not searched one by one
    brands = any(brand in text for brand in BRAND_WORDS) and GLUED_BRAND.search(text) is not None
    cues = _glued_cue(text)
    dotted = GLUED_SENTENCE_ANYWHERE.search(text) is not None
    numbered = GLUED_LIST_NUMBER_ANYWHERE.search(text) is not None
    if not (brands or cues or dotted or numbered):
        parts = TOKEN.split(text)  # between the words, each word, its first part (the group TOKEN refers back to), ...
        return parts[0:-1:3], parts[1::3]
    spans = list(_glued_token_spans(text, brands, cues, dotted, numbered))
    ends = [0] + [end for _, end in spans]
    return [text[end:start] for end, (start, _) in zip(ends, spans)], [text[start:end] for start, end in spans]


def _glued_cue(text: str) -> bool:
    """Whether GLUED_CUE matches anywhere in the text, tried only in a window before each capital that follows a
    lower-case letter (a few a text, where GLUED_CUE's own search tries its eleven cues at nearly every position: half
    the instructions). The window ends after the capital and the three letters (`Nya`) and boundary its lookahead reads."""
    return any(GLUED_CUE.search(text, max(0, capital.start() - MAX_CUE_LETTERS), capital.start() + len("Nya") + 1)
               for capital in CAPITAL_AFTER_LOWER.finditer(text))


def _glued_token_spans(text: str, brands: bool, cues: bool, dotted: bool, numbered: bool):
    """(start, end) of each word of a text with words glued as each flag says (`_token_parts`)."""
    for match in TOKEN.finditer(text):
        start, end = match.span()
        if brands and (brand := GLUED_BRAND.search(text, start, end)):
            yield start, brand.start()
            yield brand.start(), brand.end()
            if brand.end() < end:
                yield brand.end(), end
        elif cues and text[start].islower() and not text[start:end].islower() and (glued := GLUED_CUE.match(text, start, end)):
            yield start, glued.end(1)
            yield glued.end(1), end
        elif dotted and (glued_sentence := GLUED_SENTENCE.match(text, start, end)) \
                and glued_sentence.group(1).lower() not in word_set("abbreviations.txt"):
            yield start, glued_sentence.end(1)
            yield glued_sentence.end(), end
        elif numbered and text[end - 1].isdigit() and (item := GLUED_LIST_NUMBER.match(text, start, end + 2)) \
                and _item_before(text, start, int(item.group(2))):
            yield start, item.end(1)
            yield item.end(1), end
        else:
            yield start, end


def _item_before(text: str, start: int, number: int) -> bool:
    """Whether the list item before item `number` (`1. `, or glued, `Sari1.`) comes before `start`: the number
    counts a list's items, it is no part of a word (`Covid19.` ending a sentence)."""
    return number > 1 and re.search(rf"(?<!\d){number - 1}\.\s*[A-Z]", text[:start]) is not None


# UTF-8 read as Latin-1 or Windows-1252 by a crawl (`Ø§` for an Arabic alef, `â\x81\xa0` for a word joiner, `Ä\x81` for
# `ā`): a lead byte's character, then one to three continuation bytes' characters. The characters Windows-1252 gives
# the bytes 0x80-0x9f, besides Latin-1's own.
_CP1252_HIGH = bytes(range(0x80, 0xA0)).decode("cp1252", errors="ignore")
MOJIBAKE = re.compile(f"[\u00c2-\u00f4][\u0080-\u00bf{re.escape(_CP1252_HIGH)}]{{1,3}}")


def _byte(character: str) -> bytes:
    try:
        return character.encode("cp1252")
    except UnicodeEncodeError:
        return character.encode("latin-1")  # the five bytes Windows-1252 leaves undefined, kept by Latin-1


def reading_view(text: str) -> str:
    """The text as the entity passes read it, of the same length so every offset holds: each run of UTF-8 read as
    Latin-1 (43 articles of the scale corpus, mostly Arabic script) is the character it encodes, then spaces; one that
    is no visible letter, digit or mark (a word joiner, a no-break space) is spaces. An uppercase `Ø` or `Ù` opens no
    name then, and the joiner no longer glues a list's number to the next word."""
    if text.isascii() or MOJIBAKE.search(text) is None:  # (three texts in four are ASCII, asked at once: no search)
        return text

    def repaired(match: re.Match) -> str:
        try:
            character = b"".join(_byte(c) for c in match.group()).decode("utf-8")
        except (UnicodeDecodeError, UnicodeEncodeError):
            return match.group()
        if len(character) != 1:
            return match.group()
        visible = unicodedata.category(character)[0] in "LMNPS"
        return (character if visible else " ").ljust(len(match.group()))
    return MOJIBAKE.sub(repaired, text)


def tokenize(text: str) -> Tokens:
    return Tokens(text)


# double or single marks; the opening mark is one class ahead of the two branches, so a match starts at a mark (the marks
# found as strings, the regex tried there alone: the engine's scan checked every character against the class)
QUOTATION_OPENINGS = ("“", '"', "‘")
SHORT_QUOTATION = re.compile(r"[“\"‘](?:(?<=[“\"])([^“”\"\n]{1,80})[”\"]|(?<=‘)([^‘’\n]{1,80})’)")


def heading_spans(text: str) -> list[tuple[int, int]]:
    """Title Case lines (headlines, subheadings) and short Title Case quotations (signs, slogans),
    where capitals say nothing about names."""
    spans, offset = [], 0
    for quoted in matches_at(SHORT_QUOTATION, text, [position for mark in QUOTATION_OPENINGS for position in occurrences(text, mark)]):
        group = 1 if quoted.group(1) is not None else 2
        words = quoted.group(group).split()
        if 2 <= len(words) <= 8 and sum(w[0].isupper() for w in words) / len(words) >= TITLE_CASE_SHARE:
            spans.append(quoted.span(group))
    for line in text.split("\n"):
        # credit lines (`- (Name, Agency, ... via AP)`) list names; they are not headings (nor are lines ending a
        # sentence: tested first, paragraphs are neither split into words nor read for a field's label)
        if not line.rstrip().endswith((".", ",", '"', "”")) and not (line.lstrip()[:1] in ("-", "–", "—", "(") or _field_label(line)) \
                and 0 < len(words := line.split()) <= MAX_HEADING_WORDS:
            capitalised = sum(w[0].isupper() for w in words if w[0].isalpha())
            alphabetic = sum(w[0].isalpha() for w in words)
            if alphabetic and capitalised / alphabetic >= TITLE_CASE_SHARE and len(words) >= 2:
                spans.append((offset, offset + len(line)))
        offset += len(line) + 1
    return spans


def _field_label(line: str) -> bool:
    """A line opened by a label and a colon that lists names (`Pelatih: Tono Raharjo`, `Penulis: Rina Sari`): a
    line-up's or credits' field, data/field_labels.txt besides titles and a team's roles."""
    label, colon, _ = line.strip().partition(":")
    return bool(colon) and " " not in label and is_field_label(label.lower())


def is_field_label(word: str) -> bool:
    """A word that labels a field of a line-up or of credits before its colon (`Pelatih:`, `Penulis:`)."""
    return word in word_set("field_labels.txt") or word in word_set("team_roles.txt") or (word,) in phrase_set("titles.txt")


def _known_name_bracketed(text: str, start: int, end: int, lower: str) -> bool:
    """A name of the gazetteer alone in brackets, or first of a bracketed credit (`(Antara)`, `[Antara / Reuters]`,
    closing an article, its bracket maybe left open): a source credited, no sentence opened, though the gazetteer's
    word is also a word of the vocabulary (`antara`)."""
    return start > 0 and text[start - 1] in "([" and lower in known_names() \
        and (text[end:end + 1] in (")", "]") or text[end:end + 3].lstrip().startswith("/") or not text[end:].strip())


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
    if position >= 1 and text[position] == ".":
        word_start = position
        while word_start > 0 and text[word_start - 1].isalpha():
            word_start -= 1
        if text[word_start:position].lower() in name_opening_abbreviations():
            return False  # `Dr. Rina`, `Kab. Sukamaju`: the abbreviated title or head of the name that follows
    return position < 0 or text[position] in ".!?:\n–—-"

