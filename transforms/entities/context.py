"""What the passes of one document read: its tokens, its capitalised runs, and the document's own
evidence (one-word names it uses, names it quotes alone, words after an organisation's or a place's
head), computed once; and the mentions the passes propose."""

from __future__ import annotations

import re
from dataclasses import dataclass
from operator import attrgetter

from transforms.common import occurrences, two_capitals
from transforms.entities.runs import join_hyphen_compounds, name_runs, results_table_codes
from transforms.entities.tokens import Token, Tokens, dotted_initials, reading_view
from transforms.entities.vocabulary import (
    ADMINISTRATIVE_AREAS,
    CALENDAR_WORDS,
    CAPITALISED_NON_NAMES,
    DIRECTIONS,
    FIRST_NAMES,
    INITIAL_NAMES,
    MAX_PERSON_WORDS,
    NAME_PARTICLES,
    ORG_HEADS,
    ORG_TAILS,
    PERSON_NAMES,
    PERSON_ROLES,
    PLACE_HEADS,
    PLACE_HEAD_CLASSES,
    PLACE_PREPOSITIONS,
    REGNAL_NUMBER,
    SPEECH_VERBS,
    STRONG,
    TITLES,
    TITLE_STARTS,
    WEAK,
    WEB_ADDRESS_END,
    camel_case,
    is_head_or_title,
    is_ministry,
    is_ordinary_word,
    known_at,
    longest_phrase,
    normalise_key,
    written_legal_form,
)
from transforms.lexicon import (
    CLDR_GROUP,
    city_names,
    indonesian_city_names,
    known_names,
    match_key,
    phrase_table,
    word_set,
)

TERM_ACRONYM = "term_acronym"  # the acronym of a term, or the capitalised words that spell it: no name
TERM_ACRONYMS = word_set("term_acronyms.txt")
BRANCH_MAX_LETTERS = 4  # `Inf`, `Czi`, `Purn`, `TNI`, `Pnb`
LIST_JOINERS = ("dan", "serta")  # the words that join the last item of a list of names
# `kecerdasan buatan (KB)`: two lower-case words of two letters or more, then an acronym in brackets; the pattern
# `\b([a-z][a-z-]++ [a-z][a-z-]++) \(((?:[A-Z][a-z]?){2,7})\)` written for the reversed text, where it opens with `)`
# and the regex engine skips from bracket to bracket (forwards it tried two words at every word: 1.7% of the
# extraction). The longest first word backwards is the earliest start forwards: the same pairs (`term_definitions`).
# a nickname quoted inside a name (`Jurgen "The Professor" Hallinger`, runs.py): no word of the name's key, so the name
# written without it is the same name
DATELINE_END = re.compile(r"\s*(?:,|-|–|\()")  # after a dateline's place: `SUKAMAJU, Outlet -`, `SUKAMAJU -`
DATELINE_DASH = re.compile(r"\s+[-–]\s")
QUOTED_NICKNAME = re.compile(r"\s[\"“‘'][^\"“”‘’']+[\"”’']\s")
BODY_NUMBER = re.compile(r"[ivx]{1,5}|\d{1,3}")  # a body's number after its head, in lower case (`komisi iii`)
DESCRIPTION_WORDS = 3  # lower-case words before a term's two searched for a body's head (`federasi sepak bola dunia`)
# those words, each closed by one space, as the reversed text holds them after the term's place: the longest run of them
WORDS_BEFORE_REVERSED = re.compile(rf"(?: [a-z-]+){{0,{DESCRIPTION_WORDS}}}")
TERM_DEFINITION_REVERSED = re.compile(r"\)((?:[a-z]?[A-Z]){2,7})\( ([a-z-]+[a-z]) ([a-z-]+[a-z])(?!\w)")


@dataclass
class Mention:
    start: int
    end: int
    text: str
    type: str
    strength: int
    rule: str  # the pass or rule that proposed the mention
    type_rule: str  # the one that gave it its current type
    title: str | None = None
    key: str = ""
    single: bool = False
    tie: str | None = None  # full names a short form fits equally well, `|`-separated

    def retype(self, type_: str, strength: int, rule: str) -> None:
        self.type, self.strength, self.type_rule = type_, strength, rule


class TokenQuestions:
    """Questions about the word at a token index of the document: its neighbours, titles, name-likeness."""

    text: str
    tokens: list[Token]
    lowers: list[str]  # each token's `lower`, in order

    def previous_words(self, index: int, count: int = 3) -> list[str]:
        """The lower-case words right before the token at `index`, on its line (a title line cut short, `... ke`, says
        nothing of the paragraph's first name)."""
        words = []
        position = index - 1
        while position >= 0 and len(words) < count:
            token = self.tokens[position]
            between = self.text[token.end:self.tokens[position + 1].start]
            if between.strip() not in ("", "-") or "\n" in between:
                break
            words.insert(0, token.lower)
            position -= 1
        return words

    def next_word(self, index: int) -> str | None:
        between = self.text[self.tokens[index - 1].end:self.tokens[index].start] if index < len(self.tokens) else "\n"
        if between.strip() == "" and "\n" not in between:
            return self.tokens[index].lower
        return None

    def title_at(self, words: list[str], position: int) -> int:
        """Length of the title phrase at words[position:], 0 when none (`ibu kota` is a place, not a title). A title that
        is also a given name is the name's word after a given name (`Lukman Hakim Saifuddin`) or where the document
        quotes a speaker by it alone (`Imam Nahrawi ... kata Imam`)."""
        if words[position:position + 2] == ["ibu", "kota"]:
            return 0
        size = longest_phrase(words, position, TITLES)
        if size > 1 and _opens_known_body(words, position + size - 1):
            # `Ketua Dewan` before `Dewan Perwakilan Sukamaju`, a body the gazetteer knows: the title's last word is the body's
            return size - 1
        if size == 1 and words[position] in PERSON_NAMES and (
                position and words[position - 1] in PERSON_NAMES or words[position] in self.cued_names):
            return 0
        return size

    def title_before_branch(self, index: int) -> str | None:
        """The rank before tokens[index] when that token stands alone in brackets after it (`Kolonel (Inf)`)."""
        if index < 1 or index + 1 > len(self.tokens):
            return None
        token = self.tokens[index]
        if self.text[token.end:token.end + 1] != ")" or len(token.text) > BRANCH_MAX_LETTERS:
            return None
        if self.text[self.tokens[index - 1].end:token.start].strip() != "(":
            return None
        words = self.lowers[max(0, index - 4):index]
        for start in range(len(words)):
            if self.title_at(words, start) == len(words) - start:
                return " ".join(t.text for t in self.tokens[index - len(words) + start:index])
        return None

    def name_like(self, index: int, ordinary_ok: bool = False) -> bool:
        """Could be a word of a personal name. Ordinary words (`Hakim`, `Utama`) only with `ordinary_ok`."""
        token = self.tokens[index]
        word = token.lower
        return (
            token.capitalised and (token.text.isalpha() or not any(c.isdigit() for c in token.text))  # (letters alone: no walk)
            and not (token.text.isupper() and len(token.text) > 1 and not dotted_initials(token.text))
            and (ordinary_ok or word in INITIAL_NAMES or not is_ordinary_word(word))
            and word not in ORG_HEADS and (word,) not in PLACE_HEADS
            and token.key not in known_names() and word not in CALENDAR_WORDS
            and word not in ORG_TAILS and (ordinary_ok or (word,) not in TITLES)
            and not is_ministry(word)
        )

    def administered_town(self, index: int) -> bool:
        """A word after the head of an administrative area (`Kabupaten | Magelang`): the area's name."""
        return index > 0 and PLACE_HEAD_CLASSES.get((self.tokens[index - 1].lower,)) in ADMINISTRATIVE_AREAS

    def office_word(self, index: int) -> bool:
        """A word that ends an office rather than a name: vocabulary, a head or title word, an acronym, a place."""
        token = self.tokens[index]
        return is_ordinary_word(token.lower) or is_head_or_title(token.lower) or token.lower in ORG_TAILS \
            or token.text.isupper() or token.key in known_names()


class NameQuestions(TokenQuestions):
    """Questions about a name and what follows it, some using the document's evidence (`short_forms`)."""

    short_forms: set[str]
    written_names: set[tuple[str, ...]]
    run_ends: dict[int, int]

    def affiliation_follows(self, last: int) -> bool:
        """`dari PT ...`, `dari LSM ...` after the name: the body the person comes from."""
        if self.next_word(last) != "dari" or last + 1 >= len(self.tokens):
            return False
        body = self.tokens[last + 1]
        return body.lower in ORG_HEADS or body.text.isupper() and len(body.text) > 1 and body.key not in known_names()

    def after_bracketed_acronym(self, first: int) -> bool:
        """Right after `Title Office (ACRONYM) `: where an office holder's name goes."""
        before = self.tokens[first - 1] if first else None
        if before is None or self.text[before.end:self.tokens[first].start] != ") " or not before.text.isupper() \
                or len(before.text) < 2 or self.text[before.start - 1:before.start] != "(":
            return False
        position = first - 2  # the office's last word, then back to its first
        while position > 0 and self.tokens[position].adjacent_before and (
                self.tokens[position - 1].capitalised or self.tokens[position - 1].lower == "dan"):
            position -= 1
        return position >= 0 and self.tokens[position].lower in TITLE_STARTS

    def apposition_follows(self, last: int) -> bool:
        """`, warga ...`, `, Kepala ...` right after the name: a role or title that describes a person."""
        if last >= len(self.tokens) or self.text[self.tokens[last - 1].end:self.tokens[last].start] != ", ":
            return False
        word = self.tokens[last].lower
        return word in PERSON_ROLES or (word,) in TITLES or longest_phrase(
            self.lowers[last:last + 3], 0, TITLES) > 0

    def _dateline(self, index: int) -> bool:
        """The token opens a line as a dateline: in capitals before a comma or dash (`SUKAMAJU, Outlet -`), or before a
        dash (`Sukamaju -`); a paragraph opening with a name and a comma (`Lawrence, yang ...`) is no dateline."""
        token = self.tokens[index]
        if not (index == 0 or "\n" in self.text[self.tokens[index - 1].end:token.start]):
            return False
        return DATELINE_DASH.match(self.text, token.end) is not None or token.text.isupper() and DATELINE_END.match(self.text, token.end) is not None

    def holder_apposed(self, last: int) -> bool:
        """`Ketua Yayasan Sukamaju Raya, Tono Raharjo`: right after the run, a comma and a person's name of two to four
        words that ends there (no list of names goes on): the office's holder is named in apposition, so the office
        holds no name of a person."""
        if last >= len(self.tokens) or self.text[self.tokens[last - 1].end:self.tokens[last].start] != ", ":
            return False
        end = self.run_ends.get(last)
        if end is None:
            return False
        while last < end and self.text.startswith(".", self.tokens[last].end) and (self.tokens[last].lower,) in TITLES:
            last += 1  # `Bupati Wonotan, Ir. H. Rudi Halim`: titles abbreviated before the holder's name
        opening = self.tokens[last].text
        if not 2 <= end - last <= MAX_PERSON_WORDS or self.tokens[last].lower in TITLE_STARTS \
                or len(opening) > 1 and opening.isupper():  # `RS Sukamaju`: a body's acronym opens no holder's name
            return False
        holder = self.tokens[last:end]
        if holder[0].lower in city_names() or any(t.lower in DIRECTIONS or t.key in known_names() for t in holder):
            return False  # `di RS Sukamaju, Jakarta Selatan`: the place of what comes before; a surname may be a town's
            # name too (`Rina Sari`), a first name seldom is
        return not self._listed_after(end) and self.person_shaped(self.tokens[last:end])

    def _listed_after(self, end: int) -> bool:
        """Another name, or `dan`/`serta` and one, goes on after the name ending before tokens[end]: a list."""
        if end >= len(self.tokens):
            return False
        between = self.text[self.tokens[end - 1].end:self.tokens[end].start].strip()
        return between in (",", ";") and (self.tokens[end].capitalised or self.tokens[end].lower in LIST_JOINERS) \
            or between == "" and self.tokens[end].lower in LIST_JOINERS

    def name_word(self, word: str) -> bool:
        """A word that names someone: a given name by the corpus or of another country, used alone in this document, or
        no Indonesian vocabulary at all (`Warjiyo`)."""
        return (
            word in INITIAL_NAMES or word in self.short_forms
            # a dictionary's bare root that is a given name of another country (`wani`), not a word of the press's
            or word in FIRST_NAMES and not is_ordinary_word(word) and word not in CAPITALISED_NON_NAMES
            or not (is_ordinary_word(word, bare_roots=True) or word in word_set("lowercase_words.txt"))
        )

    def person_shaped(self, tokens: list[Token]) -> bool:
        """Words a personal name is made of: no acronyms (initials aside), no digits, no common word first
        (unless the document uses that word alone as a name, `kata Kapau`)."""
        first = tokens[0].lower
        ordinary = is_ordinary_word(first) and first not in INITIAL_NAMES and first not in self.short_forms \
            and not (len(tokens) > 1 and first in NAME_PARTICLES) \
            and not (len(tokens) == 1 and len(tokens[0].text) == 2 and tokens[0].text.isupper())
        # `Van Dijk` opening a sentence: the particle's capital; two capitals alone are initials (`Bripda AN`), no word
        if ordinary or any(t.lower in ORG_HEADS or is_ministry(t.lower) for t in tokens):
            return False  # `Reskrim Polres`: a unit of a body, not a name
        names = known_names()
        if any(t.key in names or PLACE_HEAD_CLASSES.get((t.lower,)) in ADMINISTRATIVE_AREAS for t in tokens) \
                or any(known_at(tokens, i)[0] > 1 for i in range(len(tokens) - 1)):
            return False  # `Forwarder Indonesia`, `Kadin Jatim`, `Metro Kota Garut`: named after a country or region; `Hong Kong`
        if len(tokens) == 1 and len(tokens[0].text.rstrip(".")) == 1:
            return False  # a lone initial
        if "." in tokens[-1].text and WEB_ADDRESS_END.search(tokens[-1].text):
            return False  # `Wonford.id`: a site's address
        if len(tokens) >= 2 and tokens[-1].lower in indonesian_city_names() \
                and not any(t.lower in PERSON_NAMES for t in tokens):
            return False  # `Persikama Sukamaju`: a club or body of its town, unless a given name makes it a person's
        if REGNAL_NUMBER.fullmatch(tokens[-1].text) and not any(t.text.isupper() for t in tokens[:-1]) and (
                len(tokens) >= 3 or len(tokens) == 2 and (tokens[0].lower in PERSON_NAMES
                                                          or tokens[0].lower in word_set("world_given_names.txt"))):
            tokens = tokens[:-1]  # `Hamengku Buwono X`, `Rosalind II`: a ruler's number after a name, or a given name
        return all(
            (t.text.isalpha() or not any(c.isdigit() for c in t.text))  # letters alone: no digit, no walk through them
            and not (t.text.isupper() and len(t.text.rstrip(".")) > 2 and not (position and dotted_initials(t.text)))
            and not (position and t.text.isupper() and len(t.text) > 1 and (position == len(tokens) - 1 or len(t.text) > 2)
                     and not (position < len(tokens) - 1 and dotted_initials(t.text)))  # `Rina A.B. Sari`
            # `Humas RT`, `SPMB SMA`; but middle initials hold a name together (`Rudi AP Santoso`)
            and not camel_case(t.text)
            and not (position and position == len(tokens) - 1 and len(t.text) == 1)  # `Vitamin C`, `Galaxy S`
            and t.lower not in ORG_TAILS
            for position, t in enumerate(tokens)
        )


class DocumentContext(NameQuestions):
    """One document's text, tokens, runs and evidence, with the word-level questions the passes ask."""

    def __init__(self, text: str, skipped: tuple[tuple[int, int], ...] = ()):
        self.source = text  # as written: what a mention's text is
        self.text = reading_view(text)  # as read: mojibake repaired, every offset the same
        self.skipped = skipped  # spans of boilerplate whose names are no mentions (related links, adverts)
        tokens = join_hyphen_compounds(Tokens(self.text))
        # a plain list of them: a subclass of list is indexed through its `__getitem__` method, several times the work of
        # a list's own indexing, and the readers index the tokens hundreds of times a document
        self.tokens = list(tokens)
        # each token's word in lower case, in order: the words of a run or a window are a slice of it, not a list built
        # from the tokens each time a reader asks
        self.lowers = list(map(attrgetter("lower"), tokens))
        self.table_codes = results_table_codes(self.tokens, tokens.candidates)
        self.runs = name_runs(tokens, self.table_codes)
        self.run_ends = dict(self.runs)  # first token of a run -> the token after its last
        self.mentions: list[Mention] = []
        self.acronyms: dict[str, Mention] = {}  # acronym defined in brackets -> the mention it shortens
        self.company_names: set[str] = set()  # words that follow an organisation head in this document
        self.place_names: set[str] = set()  # words that follow a place head
        # One-word names the document uses (`kata Deden`): where a long run's person name starts.
        self.short_forms = {self.tokens[a].lower for a, b in self.runs if b - a == 1}
        # names of several words the document writes as a whole run: a longer run ending in one holds that name
        self.written_names = {tuple(self.lowers[a:b]) for a, b in self.runs if b - a >= 2}
        # one-word names the document puts after `di`, `ke`, `dari`, or opening a line as its dateline (`SUKAMAJU -`)
        self.places = {self.tokens[a].lower for a, b in self.runs
                       if b - a == 1 and (a and self.tokens[a - 1].lower in PLACE_PREPOSITIONS or self._dateline(a))}
        # one-word names the document puts after a speech cue (`kata Ali`): a speaker, whatever town shares the name
        self.cued_names = {self.tokens[a].lower for a, b in self.runs
                           if b - a == 1 and a and self.tokens[a - 1].lower in SPEECH_VERBS}
        self.quoted_names = self._collect_quoted_names(self.runs)  # first words of the short names it quotes
        # acronyms the document defines by a term in lower case (`kecerdasan buatan (AI)`), not by a body described
        # (`federasi sepak bola dunia (FSD)`: a body's head or context word among the few words before the bracket)
        self.term_acronyms = {acronym for before, acronym in term_definitions(self.text)
                              if not self._describes_a_body(before, acronym)}

    def _describes_a_body(self, term: str, acronym: str) -> bool:
        """The term holds a body's context word (`media sosial (MS)`), or one of the DESCRIPTION_WORDS lower-case words
        before it on its line is a body's head (`federasi sepak bola dunia (FSD)`), wherever the document defines it."""
        if set(term.split()) & word_set("org_context_words.txt"):
            return True
        # each definition found as a string, the words before it read backwards from there in the reversed text (a regex
        # opening with those words tried them at every position of the text)
        reversed_text = self.text[::-1]
        for position in occurrences(self.text, f"{term} ({acronym})"):
            before = WORDS_BEFORE_REVERSED.match(reversed_text, len(self.text) - position).group()
            if set(before[::-1].split()) & ORG_HEADS:
                return True
        return False

    def _collect_quoted_names(self, runs: list[tuple[int, int]]) -> set[str]:
        """First words of the one- and two-word names the document quotes (`ujar Saminan`, `Abdul Halim
        mengatakan`): sure evidence of where a person's name starts inside a longer run."""
        found = set()
        for a, b in runs:
            if b - a <= 2 and (a > 0 and self.tokens[a - 1].lower in SPEECH_VERBS or self.next_word(b) in SPEECH_VERBS):
                found.add(self.tokens[a].lower)
            for k in range(a, b - 1):
                head, name = self.tokens[k].lower, self.tokens[k + 1].lower
                if (head in ORG_HEADS or (head,) in PLACE_HEADS and name not in PERSON_NAMES) \
                        and self.name_like(k + 1) and name not in city_names():  # not `Hotel Cempaka | Indra`
                    (self.company_names if head in ORG_HEADS else self.place_names).add(name)
        # `PT Sinar Jaya`, `Masjid Baiturrahim` elsewhere: a body or place quoted alone (`Sinar menyatakan`)
        # starts no person's name
        return found - self.company_names - self.place_names

    def add(self, first: int, last: int, type_: str, strength: int, rule: str, title: str | None = None,
            key_words=None) -> Mention:
        """Propose tokens[first:last] as a mention, `rule` naming what proposed and typed it."""
        start, end = self.tokens[first].start, self.tokens[last - 1].end
        surface = self.source[start:end]
        mention = Mention(start, end, surface, type_, strength, rule, rule, title)
        mention.single = last - first == 1
        mention.key = normalise_key(" ".join(key_words) if key_words else QUOTED_NICKNAME.sub(" ", surface))
        self.mentions.append(mention)
        return mention

    def term_acronym(self, token: Token) -> bool:
        """The acronym of a term (mined, transforms/data/term_acronyms.txt, or defined so by the document): no name."""
        return two_capitals(token.text) and (
            token.lower in TERM_ACRONYMS or token.text in self.term_acronyms)

    def _longer_phrase(self, acronym: str, mention: Mention) -> int | None:
        """Where the phrase starts whose initials the letters spell: the capitalised words just before the name, then the
        name's (`Generasi Muda Partai Sukamaju (GMPS)`, where the reading kept `Partai Sukamaju`); None when they spell
        no such phrase."""
        words = mention.text.split()
        missing = len(acronym) - len(words)
        if missing <= 0:
            return None
        before = LONGER_PHRASE.search(self.text, max(0, mention.start - LONGER_PHRASE_REACH), mention.start)
        leading = list(re.finditer(r"\S+", before.group(1)))[-missing:] if before else []
        initials = "".join(w[0] for w in [m.group() for m in leading] + words)
        if len(leading) < missing or initials.upper() != acronym.upper():
            return None
        return before.start(1) + leading[0].start()

    def maybe_acronym(self, last: int, mention: Mention) -> None:
        """`Dewan Ekonomi Nasional (DEN)`: the acronym in brackets names the same entity."""
        end = mention.end
        while last < len(self.tokens) and written_legal_form(self.tokens[last].text) \
                and LEGAL_FORM_GAP.fullmatch(self.text[end:self.tokens[last].start]):
            end, last = self.tokens[last].end, last + 1  # `PT Sinar (Persero) Tbk (SNRI)`: the ticker after the forms
        if last >= len(self.tokens):
            return
        token = self.tokens[last]
        after_form = end > mention.end or written_legal_form(mention.text.rsplit(None, 1)[-1])  # `Tbk.`, `(Persero)`
        if self.text[end:token.start].strip(" .)" if after_form else None) != "(" or self.text[token.end:token.end + 1] != ")":
            return
        if not (token.text.isalpha() and token.text[0].isupper()):
            return
        if not (two_capitals(token.text) or mention.type == "ORG" and (
                spells_word_starts(token.text, mention.text) or abbreviates_head(token.text, mention.text)
                or mention.strength > WEAK and spells_syllables(token.text, mention.text) and token.key not in known_names()
                and token.lower not in city_names())):
            return  # a capitalised word in brackets is a body's short form when its words' starts spell it (`Perpeni`)
            # or it is the press's short form of the body's head (`Kepolisian Daerah (Polda)`), or its syllables spell a
            # name some reading beyond its words alone made a body's (`Tindak Pidana Umum (Pidum)` is a term), unless
            # the word is a place's own name (`Polda Jawa Tengah (Jateng)`: the province's short form, not the body's)
        if not acronym_fits(token.text, mention.text, mention.type):
            return
        if mention.type == "ORG" and known_names().get(match_key(token.text), ("",))[0] == "LOC":
            return  # `Kejaksaan Tinggi Daerah Istimewa Sukamaju (DIS)`: the place's own short form, not the body's
        if (start := self._longer_phrase(token.text, mention)) is not None:
            # the name is the longer phrase its acronym spells, unless another mention holds its first words
            if any(other.start < mention.start and other.end > start for other in self.mentions if other is not mention):
                return
            mention.start, mention.text, mention.single = start, self.text[start:mention.end], False
            mention.key, mention.rule = normalise_key(mention.text), LONGER_PHRASE_RULE  # its type's reading stands
        if self.term_acronym(token) and mention.strength < STRONG:
            # `Pajak Tambahan Barang (PTB)`: capitalised words that spell a term's acronym (mined) name a term, unless
            # a head or a gazetteer read them surely
            mention.retype(mention.type, mention.strength, TERM_ACRONYM)
            return
        alias = Mention(token.start, token.end, token.text, mention.type, mention.strength, "acronym_in_brackets", mention.type_rule)
        alias.key = mention.key
        alias.single = True
        self.acronyms[token.text] = mention
        self.mentions.append(alias)


def _opens_known_body(words: list[str], head: int) -> bool:
    """The body's head at words[head] opens a body's name: its number (`Komisi III`) or a name the gazetteer knows
    (two words or more)."""
    if words[head] not in ORG_HEADS:
        return False
    if head + 1 < len(words) and BODY_NUMBER.fullmatch(words[head + 1]):
        return True
    return any(known_names().get(match_key(" ".join(words[head:end])), ("",))[0] == "ORG"
               for end in range(head + 2, len(words) + 1))


def term_definitions(text: str) -> list[tuple[str, str]]:
    """(the two words, the acronym) of each term defined in the text with its acronym in brackets, in order."""
    return [(f"{first[::-1]} {second[::-1]}", acronym[::-1])
            for acronym, second, first in TERM_DEFINITION_REVERSED.findall(text[::-1])][::-1]


LEGAL_FORM_GAP = re.compile(r"[\s.()]*")  # what may stand between a company's name and a legal form after it
LONGER_PHRASE_RULE = "name_its_acronym_spells"
LONGER_PHRASE_REACH = 80  # characters before a name searched for the words its acronym also spells
LONGER_PHRASE = re.compile(r"((?:[A-Z][\w-]*\s+)+)$")  # the capitalised words just before a mention, on its line


def acronym_fits(acronym: str, name: str, type_: str) -> bool:
    """Whether a bracketed acronym can stand for the name before it. A body of several words may carry
    the acronym of its name in another language (`Organisasi Kesehatan Dunia (WHO)`); any
    other name at least shares its first letter (`Sinar (SNR)`). One that does not (`Indonesia (APPI)`, `Rina Yim (YIMM)`) names something else: a
    body the reading missed, a stage name, a ticker. A place of several words spells their initials
    (`Daerah Istimewa Sukamaju (DIS)`): letters that do not (`... sepak bola Sukamaju Raya (LSR)`) stand for the
    longer phrase around the place. A country's own acronyms are in the gazetteer (`RI`, `AS`): any other after it
    (`Pasukan Pertahanan Norwegia (NDF)`, `dolar Norwegia (NOK)`) stands for the phrase the country ends."""
    if type_ == "LOC" and len(name.split()) >= 2:
        return spells_initials(acronym, name)
    country = known_names().get(match_key(name)) if type_ == "LOC" else None
    if country is not None and country[1].startswith(CLDR_GROUP):
        return known_names().get(match_key(acronym), ("", ""))[1] == country[1]
    if type_ != "PERSON" and len(name.split()) >= 2:
        return True
    return acronym[:1].lower() == name.lstrip()[:1].lower()


MIN_SYLLABIC_SHORT_FORM = 5  # a short form spelt by letters from inside the words: shorter ones fit too many names
MIN_SHORT_FORM = 4  # letters of a short form a bracket defines by its body's word starts: shorter fit too many names
SHORT_FORM_JOINERS = frozenset({"dan"}) | word_set("english_joiners.txt")  # words a body's short form leaves out
END_PIECE = 3  # the letters of a word's end standing for it in a short form (`kum` of `hukum`)


def spells_pieces(short: str, words: tuple[str, ...], least: int, opening: bool = True) -> bool:
    """`short` is a start of each word in turn, `least` letters or more (joiners may be left out; after the first word,
    its last three letters may stand instead: `kum` of `hukum`)."""
    if not words:
        return not short
    if not short:
        return False
    word, rest = words[0], words[1:]
    if word in SHORT_FORM_JOINERS and spells_pieces(short, rest, least, opening):
        return True
    for size in range(min(len(word), len(short)), least - 1, -1):
        if short.startswith(word[:size]) and spells_pieces(short[size:], rest, least, False):
            return True
    return not opening and len(word) > END_PIECE and short.startswith(word[-END_PIECE:]) \
        and spells_pieces(short[END_PIECE:], rest, least, False)


def spells_word_starts(short: str, name: str) -> bool:
    """`Perpeni` of `Perhimpunan Pengacara Indonesia`, `Apesindo` of `Asosiasi Pedagang Sayur Indonesia`: a short form
    in brackets after its body's name, a letter or more of each word in turn (`spells_pieces`)."""
    words = tuple(re.findall(r"\w+", name.lower()))
    return len(short) >= MIN_SHORT_FORM and len(words) >= 2 and spells_pieces(short.lower(), words, 1)


def spells_syllables(short: str, name: str) -> bool:
    """`Kemendiknas` of `Kementerian Pendidikan Nasional`, `Himbara` of `Himpunan Bank Milik Negara`, `Aptika` of
    `Direktorat Jenderal Aplikasi dan Informatika`: a short form in brackets after its body's name, its letters in order
    through two words of the name or more, from the start of one word to the last word (syllables from inside the words,
    as Indonesian short forms take them; a head may be left out). A word in capitals is an acronym (`acronym_fits`)."""
    if len(short) < MIN_SYLLABIC_SHORT_FORM or short.isupper():
        return False
    short, words = short.lower(), re.findall(r"\w+", name.lower())
    for first in range(len(words) - 1):
        if not words[first].startswith(short[0]):
            continue
        letters, used = iter(short), set()
        wanted = next(letters)
        for index in range(first, len(words)):
            for letter in words[index]:
                if letter == wanted:
                    used.add(index)
                    wanted = next(letters, None)
                    if wanted is None:
                        return index == len(words) - 1 and len(used) >= 2
        # letters left over: this start does not spell it
    return False


def abbreviates_head(short: str, name: str) -> bool:
    """`Polda` of `Kepolisian Daerah`, `Kejari` of `Kejaksaan Negeri`: the press's short form of the body's head
    (data/abbreviated_heads.tsv), its syllables taken from inside the words."""
    full = phrase_table("abbreviated_heads.tsv").get((short.lower(),))
    return full is not None and name.lower().startswith(full)


def spells_initials(acronym: str, name: str) -> bool:
    """Every letter of the acronym, in order, opens a word of the name (words may be skipped: `di`, `dan`)."""
    initials = iter(word[0] for word in re.findall(r"\w+", name.lower()))
    return all(letter in initials for letter in acronym.lower())

