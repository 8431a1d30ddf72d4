"""Reading one capitalised run: titles, offices, names and places inside it.

The readers call each other as a run comes apart (`Kepala Dinas Kesehatan Sleman Heru Prasetyo`:
a title, then an office, then a name), so they live together here. Each mention they propose names
its rule (see rules.py); a name none of them places is typed by its shape (shape.py).
"""

from __future__ import annotations

import re
from functools import lru_cache

from transforms.common import two_capitals
from transforms.entities.context import SHORT_FORM_JOINERS as JOINERS, DocumentContext, Mention, spells_syllables, spells_word_starts
from transforms.entities.runs import ENGLISH_ARTICLE, ENGLISH_JOINERS
from transforms.entities.shape import GOVERNED_PLACE, type_by_shape
from transforms.entities.tokens import MAX_ACRONYM_LETTERS, dotted_initials
from transforms.entities.vocabulary import (
    AGE_AFTER,
    CLUB_DESIGNATORS,
    DIRECTIONS,
    FIRST_NAMES,
    INITIAL_NAMES,
    LEGAL_FORMS,
    LOC_CONTEXT,
    MAX_KNOWN_WORDS,
    MAX_PERSON_WORDS,
    MEDIUM,
    MISC_HEADS,
    NAME_PARTICLES,
    ORG_HEADS,
    ORG_TAILS,
    PERSON_NAMES,
    PERSON_OPENERS,
    PERSON_ROLES,
    PLACE_HEADS,
    PLACE_HEAD_CLASSES,
    PLACE_TITLES,
    REGNAL_NUMBER,
    SPEECH_VERBS,
    STRONG,
    TEAM_ROLES,
    TITLES,
    TITLE_STARTS,
    WEAK,
    camel_case,
    heads_name,
    is_head_or_title,
    is_ministry,
    is_ordinary_word,
    known_at,
    longest_phrase,
    normalise_key,
    office_held,
    place_class,
    town_keys,
)
from transforms.lexicon import (city_names, corpus_lower_share, indonesian_city_names, indonesian_village_names,
                                known_names, phrase_set, phrase_table, table_rows, word_set)

# Heads of a country's state or forces: `Pemerintah Jepang` is the country itself.
STATE_HEADS = {"pemerintah", "tentara", "pasukan", "angkatan", "militer"}
COMPETITION_GROUP_HEADS = {"grup", "group"}  # a body's head, or with one letter a competition's group (`Grup H`)
PORTFOLIO_JOINER = "dan"  # inside a run only where it joins a body's portfolios (runs.py)
MAX_SHORT_CITY = 3  # letters of a city's name that also opens longer names (`San`, `Los`)
PILGRIM_TITLE = "H"  # Haji, abbreviated before a name
BALINESE_PARTICLES = {"I", "Ni"}  # open a Balinese name before its birth-order name (`I Made X`, `Ni Luh Y`)
# lists the readers ask of every run: looked up once here, not through an lru_cache'd loader at each call
ORG_HEAD_PHRASES = phrase_set("org_heads.txt")
UNIT_HEADS = word_set("unit_heads.txt")
BODY_PART_HEADS = word_set("body_part_heads.txt")
PLATFORM_WORDS = word_set("platform_words.txt")
OWNER_PLACE_HEADS = word_set("owner_place_heads.txt")  # `gedung KPK`: in lower case, the owner follows
COMPETITION_WORDS = phrase_table("competition_words.tsv")


def read_quoted_speaker(doc: DocumentContext, first: int, last: int) -> bool:
    """An office-then-name run whose name the document quotes alone: the office, then the person."""
    split = speaker_start(doc, first, last, doc.quoted_names)
    if split is None:
        return False
    words = doc.lowers[first:split]
    leading = doc.title_at(words, 0)
    title = " ".join(t.text for t in doc.tokens[first:first + leading]) or None
    # a rank right before the name is the person's, not the office's (`Kepala Humas Polda X Komisaris Besar | Y`)
    rank = next((k for k in range(leading + 1, len(words)) if doc.title_at(words, k) == len(words) - k), len(words))
    if first + leading < first + rank:  # what precedes the name is an office or a place, not another person
        classify_name(doc, first + leading, first + rank, context_title=title or "")
    if rank < len(words):
        title = " ".join(t.text for t in doc.tokens[first + rank:split])
    doc.maybe_acronym(last, doc.add(split, last, "PERSON", STRONG, "quoted_speaker_in_run", title=title))
    return True


def speaker_start(doc: DocumentContext, first: int, last: int, speakers: set[str]) -> int | None:
    """Where a quoted person's name starts inside an office-then-name run (`Bupati Gresik | Sambari
    Halim`, `dan Transmigrasi | Abdul Halim Iskandar`): at a word the document quotes alone, after
    a word that is no personal name (an office word, a place) and before two to four name words."""
    for j in range(first + 1, last):
        word = doc.tokens[j]
        # a full name follows (two words or more): a one-word tail is a surname (`Ivan | Petrov`)
        if word.lower not in speakers or not 2 <= last - j <= MAX_PERSON_WORDS or not doc.name_like(j, ordinary_ok=True) \
                or word.lower in city_names() or (word.lower,) in TITLES:
            # a place quoted as a speaker (`Beijing menegaskan`) is no person, nor is a title (`kata Presiden`)
            continue
        before = doc.tokens[j - 1]
        if not before.capitalised or before.lower in ORG_HEADS:
            continue  # after a head comes the body's own name (`PT | Sinar Jaya Abadi`)
        office_or_place = is_ordinary_word(before.lower, bare_roots=True) or before.lower in city_names() \
            or before.key in known_names() or is_head_or_title(before.lower) or before.text.isupper()
        if not office_or_place or before.lower in PERSON_NAMES:
            return None  # `Joko Widodo` quoted as `Widodo`: the surname, not the start of the name
        if all(doc.name_like(k, ordinary_ok=True) or doc.tokens[k].lower in NAME_PARTICLES for k in range(j, last)) \
                and doc.person_shaped(doc.tokens[j:last]):  # `CEO LapakKerja | Budi Santoso`: a brand opens no name
            # a Balinese particle opens the name it precedes (`AKBP | I Made Parwita ... kata Made`)
            if j - 1 > first and before.text in BALINESE_PARTICLES:
                return j - 1
            return _given_name_quoted_after(doc, j, last, speakers, _takes_a_body(doc, first, j))
    return None


def _takes_a_body(doc: DocumentContext, first: int, start: int) -> bool:
    """The words of the run before `start` end with a title that takes a body or a portfolio after it (`CEO`,
    `Direktur Utama`: data/complement_titles.txt)."""
    words = tuple(doc.lowers[first:start])
    return any(words[-size:] in phrase_set("complement_titles.txt") for size in (1, 2, 3) if len(words) >= size)


def _given_name_quoted_after(doc: DocumentContext, start: int, last: int, speakers: set[str], after_body_title: bool) -> int:
    """`start`, or a given name the document quotes alone further on, before a full name, when the word at `start` is
    none: a company quoted alone (`Lapakku mengumumkan ...`) is the office's body, not the first name of its chief's
    (`CEO Lapakku | Tomi Hartono ... kata Tomi`). After a title that takes a body, any word the document quotes alone
    there opens the name when the word at `start` is written alone too (`CEO Lapakku | Xandro Hartono ... Lapakku
    tumbuh ... kata Xandro`): two words of one run each used alone are two names, and the title's body comes first."""
    if _given_name(doc.tokens[start].lower):
        return start
    return next((k for k in range(start + 1, last - 1) if doc.tokens[k].lower in speakers and (
        _given_name(doc.tokens[k].lower) or after_body_title and doc.tokens[start].lower in doc.short_forms)), start)


def _given_name(word: str) -> bool:
    return word in FIRST_NAMES or word in PERSON_NAMES


def _cites_law(tokens) -> bool:
    """A run citing a law (`UU Sukamaju`, `Undang-Undang Pers`): the shape rule LAW_CITATION reads it whole, as no entity."""
    return any(t.lower.partition("-")[0] in word_set("law_words.txt") for t in tokens)


def classify_run(doc: DocumentContext, first: int, last: int) -> None:
    """Titles, complements and names inside one capitalised run.

    `Kepala Bagian Penerangan Umum Divisi Humas Polri Komisaris Besar Asep Adi Saputra`: the name
    follows the last title of the run; what lies between two titles is the first one's complement.
    """
    first = _past_joiners(doc, first, last)
    if first == last or _read_rank_branch(doc, first, last):
        return
    if last - first > 1 and doc.term_acronym(doc.tokens[first]) and not _cites_law(doc.tokens[first:last]):
        classify_run(doc, first + 1, last)  # `permohonan PK Tono`: a term's acronym names nothing, the name follows it
        return
    tokens = doc.tokens[first:last]
    words = doc.lowers[first:last]
    raw = [t.text for t in tokens]
    title_size = 0
    initials = len(words) == 1 and raw[0].isupper() and AGE_AFTER.match(doc.text, tokens[0].end)  # `MR (35)`, `DR (40)`
    while title_size < len(words) and not initials and (size := doc.title_at(words, title_size)):
        title_size += size
    if title_size == len(words):
        return
    if title_size and " ".join(words) in indonesian_city_names():
        classify_name(doc, first, last)  # `di Raja Ampat`: a town named with a title's word, no title before a person
        return
    if len(words) == 1 and words[0] in TITLE_STARTS and doc.title_at(doc.lowers[first:last + 2], 0) > 1:
        return  # `Wali kota membenarkan ...`: a title written half in lower case
    if not TITLE_STARTS.isdisjoint(words[max(title_size, 1):]) and _read_inner_title(doc, first, last, words, raw, title_size):
        return
    if not title_size:
        classify_name(doc, first, last)
        return
    title = " ".join(raw[:title_size])
    rest = first + title_size
    title_words = tuple(words[:title_size])
    # (each ending of the title looked up, not each of the 120 titles compared with the title's ending)
    takes_complement = any(title_words[-size:] in phrase_set("complement_titles.txt") for size in range(1, title_size + 1))
    if not (takes_complement and split_office_and_name(doc, rest, last, title, after_title=True)):
        person_after_title(doc, rest, last, title, takes_complement)


def office_title(doc: DocumentContext, first: int, last: int) -> str | None:
    """The title opening a run that goes on after it (`Direktur Pengelolaan Data`), None when there is none."""
    words = doc.lowers[first:last]
    size = doc.title_at(words, 0)
    return " ".join(t.text for t in doc.tokens[first:first + size]) if 0 < size < len(words) else None


def read_office_continued(doc: DocumentContext, first: int, last: int, title: str) -> None:
    """The rest of a title's office after `dan`, then maybe its holder's name (`... dan Digitalisasi | Rina Sari`)."""
    if not split_office_and_name(doc, first, last, title, after_title=True):
        classify_name(doc, first, last, context_title=title)


def _read_rank_branch(doc: DocumentContext, first: int, last: int) -> bool:
    """`Kolonel (Czi) IGN Suriastawa`: the name after a rank's branch of service, initials and all;
    the branch itself (`(Czi)`, `(Purn)`) names nothing."""
    after_bracket = first > 0 and doc.text[doc.tokens[first - 1].end:doc.tokens[first - 1].end + 1] == ")"
    branch_title = doc.title_before_branch(first - 1) if after_bracket else None
    if branch_title is not None:
        lead = doc.tokens[first].text
        if last - first >= 2 and lead.isupper() and len(lead) <= 3 and doc.person_shaped(doc.tokens[first + 1:last]):
            doc.add(first, last, "PERSON", STRONG, "person_after_rank_branch", title=branch_title)
        else:
            person_after_title(doc, first, last, branch_title)
        return True
    return last - first == 1 and doc.text[doc.tokens[first].end:doc.tokens[first].end + 1] == ")" \
        and doc.title_before_branch(first) is not None


def _read_inner_title(doc: DocumentContext, first: int, last: int, words: list[str], raw: list[str], title_size: int) -> bool:
    """A title inside or closing the run: what precedes it is an office, the name follows it."""
    # a title closing the run (`Basarnas Mayor Jenderal (TNI) Budi`): the name comes after the bracket
    # (a one-word title at the end is more likely a name: `Ilham Hakim`)
    bracket = doc.text[doc.tokens[last - 1].end:doc.tokens[last - 1].end + 2].strip() == "("
    trailing = next((j for j in range(max(title_size, 1), len(words))
                     if doc.title_at(words, j) == len(words) - j and (bracket or len(words) - j >= 2)), None)
    if trailing is not None:  # what precedes the rank is the office (`Kepala Basarnas`), not a name
        if title_size < trailing:
            classify_name(doc, first + title_size, first + trailing, context_title=" ".join(raw[:title_size]) or None)
        return True
    inner = next(
        (j for j in range(len(words) - 2, max(title_size, 1) - 1, -1) if doc.title_at(words, j) and j + doc.title_at(words, j) < len(words)),
        None,
    )
    if inner is None or not title_size and (words[0] in MISC_HEADS or heads_name(words)):
        return False  # `Surat Edaran Ketua Satgas ...`, `Stadion Gelora Bung Karno`: a thing named after someone
    inner_end = inner + doc.title_at(words, inner)
    # the longest title ending there (`Ajun Komisaris Besar`, not `Komisaris Besar`)
    inner = next(j for j in range(max(title_size, 1), inner + 1) if j + doc.title_at(words, j) >= inner_end)
    inner_end = inner + doc.title_at(words, inner)
    # titles written one after the other are the holder's (`Polda X Komisaris Besar Raden | Y`: a rank, then an
    # honorific), not an office's last word then a title
    while (before := next((j for j in range(max(title_size, 1), inner) if j + doc.title_at(words, j) == inner), None)) is not None:
        inner = before
    title = " ".join(raw[:title_size]) or None
    classify_name(doc, first + title_size, first + inner, context_title=title)
    person_after_title(doc, first + inner_end, last, " ".join(raw[inner:inner_end]))
    return True


def person_after_title(doc: DocumentContext, first: int, last: int, title: str, takes_complement: bool = False) -> None:
    """What follows a title: a known name, the place a local title governs, an office then a name, or a person."""
    if last - first >= 3 and doc.tokens[first].text == PILGRIM_TITLE and doc.text.startswith(". ", doc.tokens[first].end):
        first += 1  # `Ir. H. Rudi Halim`: the pilgrim's title after another, no part of the name (runs.py drops it first)
    words = doc.lowers[first:last]
    size, hit = known_at(doc.tokens[first:last], 0)
    if size == len(words) and hit:
        doc.add(first, last, hit[0], STRONG, "known_name_after_title", key_words=[hit[1]])
        return
    if ENGLISH_JOINERS.intersection(words[1:-1]) and not _holder_apposed_to_office(doc, first, last) \
            and PERSON_NAMES.isdisjoint(words):
        classify_name(doc, first, last, context_title=title)  # `Anggota Wonford House of Representatives`: the body
        return
    # one word of no given name after an office's title, then its holder (`Pelatih Persimaju, Tono Raharjo`): the
    # office's body, as the news corpus writes this apposition (a title, one word, a comma, a name: a body or a place
    # all but always; data/complement_titles.txt: the titles taking one)
    lone_body = len(words) == 1 and takes_complement and words[0] not in FIRST_NAMES
    # ... or two after any title, the second a word of the vocabulary no given name is (`Direktur Tokovarsa Digital, Rina
    # Sari`, `Analis Wonford Sekuritas, Rina Sari`)
    described_body = len(words) == 2 and FIRST_NAMES.isdisjoint(words) \
        and PERSON_NAMES.isdisjoint(words) and (is_ordinary_word(words[1]) or _closes_a_body(words[1]))
    # (the body's word alone elsewhere is the body's, `Persimaju menang`, unless the document quotes a speaker by it)
    if (len(words) >= 3 and PERSON_NAMES.isdisjoint(words) or described_body) and _holder_apposed_to_office(doc, first, last) \
            or lone_body and doc.holder_apposed(last) and words[0] not in doc.quoted_names:
        # `Raja Keraton Kasunanan Sukamaju, Tono Raharjo`: three words or more with no given name, then the holder: the
        # office's body (a person's name of two words before a comma stays one: `Menteri Budiarto Sinaga, Rina Sari`)
        classify_name(doc, first, last, context_title=title)
        return
    title_words = title.lower().split()
    if title_words[-1] in PLACE_TITLES and len(words) == 1 and words[0] not in FIRST_NAMES and doc.holder_apposed(last):
        doc.add(first, last, "LOC", MEDIUM, "place_governed_by_title")  # `Bupati Wonotan, Rudi Halim`: the holder apposed
        return
    if title_words[0] in PLACE_TITLES and len(words) > 1 and (words[-1] in DIRECTIONS or " ".join(words) in city_names()):
        # `Lurah Grogol Selatan`, `Bupati Rejang Lebong (RL)`
        doc.maybe_acronym(last, doc.add(first, last, "LOC", MEDIUM, "place_governed_by_title"))
        return
    # a word of vocabulary opening a name a given name closes (`Setia Gunawan`) is the person's after a title too
    given_closes = len(words) == 2 and words[1] in PERSON_NAMES and doc.person_shaped(doc.tokens[first + 1:last]) \
        and not is_head_or_title(words[0]) and doc.tokens[first].key not in known_names()
    if not (given_closes or doc.person_shaped(doc.tokens[first:last])) or len(words) == 1 and words[0] in city_names() and (
        title.lower().split()[0] in PLACE_TITLES
    ):
        # `Kepala Dinas Pariwisata, ...`, `Wali Kota Magelang`: an office or a place, the name comes elsewhere,
        # unless the document quotes a name at its end (`Sekretaris Perusahaan PT KAI Rina Sari ... kata Rina`)
        if not (len(words) > 2 and split_office_and_name(doc, first, last, title, after_title=True, need_evidence=True)):
            classify_name(doc, first, last, context_title=title)
        return
    if len(words) >= 2 and _named_apart_before_given_name(doc, first):
        classify_name(doc, first, first + 1, context_title=title)  # `CMO Tokobaru | Rudy Halim`: the office's body, then its holder
        person_after_title(doc, first + 1, last, title)
        return
    governs_place = title_words[0] in PLACE_TITLES or title_words[-1] in PLACE_TITLES | {"daerah"}
    if (len(words) > 2 or governs_place) and split_place_then_name(doc, first, last, after_place_title=governs_place):
        return
    mention = doc.add(first, last, "PERSON", STRONG, "person_after_title", title=title)
    doc.maybe_acronym(last, mention)


def _closes_a_body(word: str) -> bool:
    """A word that closes a body's, a club's or a place's name (`Group`, `United`, `City`), no person's."""
    return word in ORG_TAILS or word in CLUB_DESIGNATORS or (word,) in phrase_set("place_tails.txt")


def _past_joiners(doc: DocumentContext, first: int, last: int) -> int:
    """The first token of a run's part past the lower-case joiners and article a split left at its start (`Iraq | and
    Syria`, `Head | of Research ...`, `Chairman | of the Committee ...`): a name opens with a capital."""
    while first < last and (doc.lowers[first] in ENGLISH_JOINERS or doc.lowers[first] == ENGLISH_ARTICLE) \
            and not doc.tokens[first].capitalised:
        first += 1
    return first


def classify_name(doc: DocumentContext, first: int, last: int, context_title: str | None = None) -> None:
    """A run with no title left to peel: a known name, a body or place by its head word, a place after a
    lower-case head, an office then a name; else the name's shape decides."""
    first = _past_joiners(doc, first, last)
    tokens = doc.tokens[first:last]
    words = doc.lowers[first:last]
    if not words:
        return
    size, hit = known_at(tokens, 0)
    if hit and len(words) == 1 and tokens[0].text.isupper() and AGE_AFTER.match(doc.text, tokens[0].end):
        hit = None  # `tersangka AS (45)`: a person's initials before an age, not the country they spell
    if hit and _read_known_name(doc, first, last, words, size, hit):
        return
    # after a title the run names the office's unit (`Kapolres | Metro Sukamaju Barat`), no town then its region
    if context_title is None and (second := _second_place_in_a_row(doc, first, last, words)) is not None:
        classify_name(doc, first, second)  # `Bogor | Jawa Barat`, `Cikande | Serang`: a town, then where it lies
        classify_name(doc, second, last)
        return
    body = _body_after_unit(doc, first, last, words, context_title)
    if body is not None:
        if body < last and not (last - body >= 2 and split_office_and_name(doc, body, last, None, after_title=False)):
            classify_name(doc, body, last)  # the body, or the body then a person the text names alone (`... | KPK Rina | Sari`)
        return
    if words[0] in DIRECTIONS and len(words) > 1 and doc.text[doc.tokens[first].start - 2:doc.tokens[first].start] == ") ":
        classify_name(doc, first + 1, last, context_title)  # `(MTI) Pusat Rina Sari`: the body's central board
        return
    if words[0] in MISC_HEADS:
        # `Sidang Dewan Keamanan PBB`, `Resolusi Majelis Umum`: an event or document of a named body; not a law's name
        # (`Peraturan Pemerintah Pengganti Undang-Undang`: a regulation of the government, no body named)
        if len(words) > 1 and (words[1] in ORG_HEADS or heads_name(words[1:])) and not _cites_law(tokens):
            classify_name(doc, first + 1, last, context_title)
        else:
            nested_places(doc, first, last)
        return
    if (club := _club_after_competition(doc, first, last, words)) is not None:
        classify_name(doc, first, club, context_title)  # `Liga Primer Inggris | Rovano United`: the competition, then the club
        classify_name(doc, club, last, context_title)
        return
    if _body_after_its_part(doc, first, last, words):
        classify_name(doc, first + 1, last, context_title)  # `Pimpinan KPK`, `Kantor Kementerian X`: the body named
        return
    if len(words) == 1 and (words[0] in ORG_HEADS or (words[0],) in PLACE_HEADS
                            or tokens[0].text[0] in "IVX" and REGNAL_NUMBER.fullmatch(tokens[0].text)
                            or len(tokens[0].text) == 1 and not AGE_AFTER.match(doc.text, tokens[0].end)):
        return  # a head alone, a number (`triwulan II`) or a letter (`Rp 990 M`) names nothing
    if _read_headed_name(doc, first, last, words):
        return
    before = doc.previous_words(first)
    if not hit and _read_lower_case_place(doc, first, last, words, before):
        return
    # an English name of a body (`Sons of Tono`, `Committee of the Red Cross`) holds a person only where the
    # document names that person alone (`Head of Sales of Sinar Group Tono Raharjo ... kata Tono`)
    english = bool(ENGLISH_JOINERS.intersection(words[1:-1]))
    if context_title is None and (_platform_before_body(doc, first, last, before) or split_body_before_person(doc, first, last, before)):
        return
    if len(words) > 2 and context_title is None and (
        split_office_and_name(doc, first, last, None, after_title=False, need_evidence=english)
        # `direktur olahraga Bremen Jonas Falke`: after a lower-case role, a town opens the office
        or not english and split_place_then_name(doc, first, last, after_role=_after_role(before))
    ) or len(words) == 2 and context_title is None and (tokens[0].text.isupper() or camel_case(tokens[0].text)) \
            and words[1] not in city_names() and _after_role(before) \
            and split_place_then_name(doc, first, last, after_role=True):
        return  # `personel SKN Rina`: after a role, a group's acronym then one name (`FC Tarnow` is a town's club)
    type_, strength, rule = type_by_shape(doc, first, last, words, before, context_title)
    level = _governed_level(doc, words[-1], context_title) if rule == GOVERNED_PLACE else None
    mention = doc.add(first, last, type_, strength, rule, key_words=[level, *words] if level else None)
    doc.maybe_acronym(last, mention)


def _governed_level(doc: DocumentContext, town: str, title: str | None) -> str | None:
    """The place class (data/place_title_levels.tsv) of the level a head of government's title names (`Wali Kota |
    Sukamaju` governs `Kota Sukamaju`, `Bupati | Sukamaju` `Kabupaten Sukamaju`) where the document names the town at
    another level too; else None: the town's name alone is then the place."""
    level = phrase_table("place_title_levels.tsv").get(office_held(title))
    named = {PLACE_HEAD_CLASSES[(doc.tokens[k - 1].lower,)] for k, t in enumerate(doc.tokens)
             if t.lower == town and doc.administered_town(k)}
    return level if named - {level} else None


def _club_after_competition(doc: DocumentContext, first: int, last: int, words: list[str]) -> int | None:
    """Where a club's name starts after a competition's in one run (data/competition_words.tsv): the competition's head,
    its qualifiers and numbers, then its country or region (`Liga Super Malaysia | Sukamaju FA`); without a country, only
    before a name a club's word closes (`League Two | Sukamaju City`). None where no such name follows, or where a word
    of the vocabulary does (`Liga Indonesia Baru` is one competition's name)."""
    if len(words) < 3 or COMPETITION_WORDS.get((words[0],)) != "head":
        return None
    end = 1
    while end < len(words) and (COMPETITION_WORDS.get((words[end],)) == "qualifier" or words[end].isdigit()
                                or REGNAL_NUMBER.fullmatch(doc.tokens[first + end].text)):
        end += 1
    size, hit = known_at(doc.tokens[first:last], end)
    placed = hit is not None and hit[0] == "LOC"
    end += size if placed else 0
    rest = words[end:]
    if not rest or end == 1 or any(is_ordinary_word(word) for word in rest):
        return None
    return first + end if placed or rest[-1] in CLUB_DESIGNATORS else None


def _body_after_its_part(doc: DocumentContext, first: int, last: int, words: list[str]) -> bool:
    """A word for a body's leadership, team or premises (data/body_part_heads.txt) before a name that opens as a body's
    own: an organisation's head, an acronym alone (`Tim KPK`), a club's name of two words or more that a club's word
    opens or closes (`Tim Wonotan United`) or a body the gazetteer knows."""
    if len(words) < 2 or words[0] not in BODY_PART_HEADS or words[1] in DIRECTIONS:  # `Pimpinan Pusat X`
        return False
    second = doc.tokens[first + 1]
    if words[1] in ORG_HEADS or len(words) == 2 and len(second.text) > 1 and second.text.isupper() \
            and not doc.term_acronym(second):
        return True  # `Tim KPK`; not `Tim SAR Gabungan`, whose capitals open the team's own name
    if len(words) >= 3 and (words[1] in CLUB_DESIGNATORS or words[-1] in CLUB_DESIGNATORS):
        return True
    _, hit = known_at(doc.tokens[first:last], 1)
    return hit is not None and hit[0] == "ORG"


def _after_role(before: list[str]) -> bool:
    """A person's role or title among the two lower-case words before a run."""
    return any(word in PERSON_ROLES or (word,) in TITLES for word in before[-2:])


def _platform_before_body(doc: DocumentContext, first: int, last: int, before: list[str]) -> bool:
    """`akun Lapakgram Polda Sukamaju`, `kanal Videoku Partai Rakyat`: after a platform's page word, one word then a
    body's name (its head, an acronym, a body the gazetteer knows): the platform, then the body whose page it is."""
    if not before or before[-1] not in PLATFORM_WORDS or last - first < 2:
        return False
    opening = doc.tokens[first + 1]
    if not (opening.lower in ORG_HEADS or len(opening.text) > 1 and opening.text.isupper()
            or known_at(doc.tokens[first + 1:last], 0)[1] is not None):
        return False
    doc.add(first, first + 1, "ORG", MEDIUM, "platform_before_body")
    classify_name(doc, first + 1, last)
    return True


BODY_BEFORE_PERSON = "body_before_person"  # the rule that reads a body before its person in one run


def split_body_before_person(doc: DocumentContext, first: int, last: int, before: list[str]) -> bool:
    """`manajer Rovers Tono Raharjo`, `akun Lapakgram Rina Sari`: after a lower-case role or a platform's page, a word
    the document also uses alone as a name, or one before a first name (`striker Rovers Matteo Tavera`), opens a run
    of three words or more (no given name itself, never quoted as a speaker): the body, then its person."""
    role = before[-1] if before else None
    if last - first < 3 or role is None or not (
            role in PERSON_ROLES or role in TEAM_ROLES or (role,) in TITLES
            or tuple(before[-2:]) in TITLES or role in word_set("platform_words.txt")):  # `juru bicara`
        return False
    lead = doc.tokens[first].lower
    if lead not in doc.short_forms and doc.tokens[first + 1].lower not in FIRST_NAMES \
            or lead in FIRST_NAMES and not _written_apart(doc, first, last) or lead in doc.quoted_names \
            or lead in doc.cued_names or not doc.name_like(first) or not doc.person_shaped(doc.tokens[first + 1:last]):
        return False
    doc.add(first, first + 1, "ORG", WEAK, BODY_BEFORE_PERSON)
    doc.add(first + 1, last, "PERSON", MEDIUM, "person_after_office")
    return True


def _written_apart(doc: DocumentContext, first: int, last: int) -> bool:
    """The run's first word and the rest, a full name, are each written without the other elsewhere in the document
    (`pemain Chelsea Diego Costa ... Diego Costa ... Chelsea menolak`): a given name may open a club's name."""
    rest = doc.text[doc.tokens[first + 1].start:doc.tokens[last - 1].end]
    run = doc.text[doc.tokens[first].start:doc.tokens[last - 1].end]
    return doc.tokens[first].lower in doc.short_forms and doc.text.count(rest) > doc.text.count(run)


def _body_after_unit(doc: DocumentContext, first: int, last: int, words: list[str], context_title: str | None) -> int | None:
    """Where the named body starts after a unit of it (`Bidang Humas | Polda Sukamaju`, `Penindakan dan
    Eksekusi | KPK` after a title), `last` when the run only describes a portfolio (`Kepala | Bidang Hukum`),
    None when the run does not open with a unit or, after a title, a word of vocabulary."""

    def described(word: str) -> bool:
        return word in UNIT_HEADS or word == "dan" or word not in ORG_HEADS and is_ordinary_word(word, bare_roots=True)

    if not (words[0] in UNIT_HEADS or described(words[0])) or doc.tokens[first].text.isupper():
        return None
    before = doc.previous_words(first, 2)
    listed = len(before) == 2 and before[1] == "dan" and doc.tokens[first - 2].capitalised  # `Penindakan dan | Eksekusi KPK`
    position = 1
    while position < len(words) and described(words[position]) and not doc.tokens[first + position].text.isupper():
        position += 1
    if position == len(words):
        return last if words[0] in UNIT_HEADS else None
    token = doc.tokens[first + position]
    known = known_at(doc.tokens[first + position:last], 0)[1]
    headed = words[position] in ORG_HEADS or known is not None and known[0] == "ORG"  # not `Pangan | Indonesia`
    if words[0] not in UNIT_HEADS and not listed and context_title is None:
        # vocabulary then a body's head word and a name (`Teknik Elektro | Universitas Sukamaju`): a department of the
        # body; not a place's or a title's words (`Gedung Sekretariat ...`), nor a head of vocabulary (`Lembaga Non Profit`)
        named_body = words[position] in ORG_HEADS and not is_head_or_title(words[0]) \
            and any(not is_ordinary_word(word) for word in words[position + 1:])
        return first + position if named_body else None
    if words[0] not in UNIT_HEADS and not listed:  # after a title, vocabulary then a body's head (`Pengolahan | PT X`)
        return first + position if headed else None
    named = headed or token.text.isupper() and len(token.text) > 1 or not doc.person_shaped(doc.tokens[first + position:last])
    return first + position if named else None


def _club_of_city(doc: DocumentContext, first: int, words: list[str], size: int) -> bool:
    """`AS Lublin`: a short form in capitals then one city (no given name) is a club named after the city,
    not the country the letters also spell and a place after it."""
    return size == 1 and len(words) == 2 and doc.tokens[first].text.isupper() and len(words[0]) <= 3 \
        and words[1] in city_names() and doc.tokens[first + 1].key not in known_names() \
        and words[1] not in PERSON_NAMES


def _read_known_name(doc: DocumentContext, first: int, last: int, words: list[str], size: int, hit: tuple[str, str]) -> bool:
    """A country or body from the gazetteer: the whole run, a part of a place, or the run's first words."""
    if size == len(words):
        mention = doc.add(first, last, hit[0], STRONG, "known_name", key_words=[hit[1]])
        doc.maybe_acronym(last, mention)
        return True
    if all(w in DIRECTIONS for w in words[size:]) and hit[0] == "LOC":
        doc.add(first, last, "LOC", STRONG, "known_place_part")  # `Jakarta Pusat`: a part of the place, one name
        return True
    if not heads_name(words) and (words[-1] not in ORG_TAILS or _club_after_country(words, size, hit)) \
            and not _club_of_city(doc, first, words, size):  # `Sukamaju Corruption Watch`: one body
        doc.add(first, first + size, hit[0], STRONG, "known_name_first", key_words=[hit[1]])
        classify_run(doc, first + size, last)
        return True
    rest = doc.tokens[first + size:last]
    if hit[0] == "ORG" and words[0] in ORG_HEADS and len(rest) <= MAX_PERSON_WORDS \
            and doc.person_shaped(rest) and not any(t.lower in ORG_TAILS for t in rest) \
            and not _places_only(doc, first + size, last):
        # `Kementerian Dalam Negeri | Rina Sari`: a body the gazetteer knows whole, then the name of one of its people (a
        # given name may be some town's too; the words are a place only when all of them are)
        doc.add(first, first + size, hit[0], STRONG, "known_name_first", key_words=[hit[1]])
        doc.add(first + size, last, "PERSON", MEDIUM, "person_after_office")
        return True
    return False


def _club_after_country(words: list[str], size: int, hit: tuple[str, str]) -> bool:
    """A country, then a club named by its town and a club's designator (`Inggris | Wonford United`): the club's
    country before the club's own name, not one body's name (`Sukamaju Corruption Watch`)."""
    rest = words[size:]
    return hit[0] == "LOC" and len(rest) >= 2 and rest[-1] in CLUB_DESIGNATORS and rest[0] in city_names()


def _read_headed_name(doc: DocumentContext, first: int, last: int, words: list[str]) -> bool:
    """A name opened by an organisation's head or opened or closed by a place word, unless an office
    then a quoted name (`Kepala Puskesmas ... Rina Sari`) fills the run."""
    org_head = words[0] in ORG_HEADS or longest_phrase(words, 0, ORG_HEAD_PHRASES)
    place_kind, distinct = place_class(words)
    if len(words) > 2 and (org_head or place_kind) and split_office_and_name(doc, first, last, None, False, need_evidence=True):
        return True
    if words[0] in COMPETITION_GROUP_HEADS and len(doc.tokens[first + 1].text) == 1:
        if len(words) > 2:
            classify_name(doc, first + 2, last)  # `Grup A Piala Dunia`: the competition's name after the group's
        return True  # `Grup H`, `Group B`: a competition's group, no body
    if org_head and len(words) > 1:
        head_size = longest_phrase(words, 0, ORG_HEAD_PHRASES) or 1
        size, hit = known_at(doc.tokens[first:last], head_size)
        if hit and head_size + size == len(words) and words[0] in STATE_HEADS:
            doc.add(first + head_size, last, hit[0], STRONG, "state_of_known_name", key_words=[hit[1]])
            return True
        if (holder := _holder_after_acronym(doc, first + head_size, last)) is not None:
            classify_name(doc, first, holder)  # `Komite Eksekutif PSSU | Rudi Halim`: the body, then its member
            doc.add(holder, last, "PERSON", MEDIUM, "person_after_office")
            return True
        mention = doc.add(first, last, "ORG", STRONG, "organisation_head")
        doc.maybe_acronym(last, mention)
        nested_places(doc, first + 1, last)
        return True
    if len(words) == 2 and words[1] == "city" and words[0] in city_names() and " ".join(words) not in city_names():
        doc.add(first, last, "ORG", MEDIUM, "club_of_city_named_city")  # `Sukamaju City`; `Mexico City` is a city
        return True
    if place_kind and distinct:
        chained = _next_place_in_chain(doc, first, last, words)
        if chained:  # `Pasar Senen Jakarta`, `Desa Sukamaju Kecamatan Cibadak`: an address, one place after another
            classify_name(doc, first, chained)
            classify_name(doc, chained, last)
            return True
        mention = doc.add(first, last, "LOC", STRONG, "place_head_or_tail", key_words=[place_kind, *distinct])
        nested_places(doc, first + 1, last)
        doc.maybe_acronym(last, mention)
        return True
    return False


@lru_cache(maxsize=1)
def regional_heads() -> frozenset[str]:
    """Bodies' heads as the press abbreviates them (data/abbreviated_heads.tsv) whose full head ends in a level of a
    region (`polres`, kepolisian resor; `dprd`, ... daerah; `pemkab`, pemerintah kabupaten): the next word is the
    region's name."""
    return frozenset(short for short, full in table_rows("abbreviated_heads.tsv") if full.split()[-1] in REGION_LEVELS)


def _holder_after_acronym(doc: DocumentContext, start: int, last: int) -> int | None:
    """Where a person's name of two words or more starts right after a body's acronym inside a body's run, a given name
    opening it (`Dewan Pengawas PSSU | Rudi Halim`), or any name word after the acronym of a body the gazetteer knows
    (`Komisi III DPR | Rieke Halim`: no body is named after someone behind a known body's letters): the body's member
    or holder, not a body named after someone."""
    for index in range(start + 1, last - 1):  # the acronym after the head: `RS Hasan Wirasaputra` is named after someone
        acronym = doc.tokens[index - 1].text
        if acronym.isupper() and acronym.isalpha() and 2 <= len(acronym) <= MAX_ACRONYM_LETTERS and not REGNAL_NUMBER.fullmatch(acronym) \
                and (doc.tokens[index].lower in FIRST_NAMES or _known_body(doc.tokens[index - 1].key)
                     and not is_ordinary_word(doc.tokens[index].lower) and doc.tokens[index].key not in known_names()) \
                and doc.tokens[index].adjacent_before \
                and doc.person_shaped(doc.tokens[index:last]) and not is_head_or_title(doc.tokens[index].lower):
            return index
    return None


def _known_body(key: str) -> bool:
    return (known_names().get(key) or ("",))[0] == "ORG"


def _second_place_in_a_row(doc: DocumentContext, first: int, last: int, words: list[str]) -> int | None:
    """Where the second place starts in a run of a town or village of the gazetteer, then the region or country it lies
    in, compass words and all (`Bogor Jawa Barat`, `Zhangjiajie China`); None in any other run or one the gazetteer knows
    whole (`Musi Banyuasin`). The town is no word of the vocabulary, no place's head and no Indonesian given name (`Negara`,
    `Kota`, `Surya` are towns too). A town after a town (`Cikande Serang`) may be one name: left whole (a held-out merge)."""
    whole = " ".join(words)
    if whole in city_names() or whole in indonesian_village_names():
        return None
    for position in range(1, len(words)):
        town = " ".join(words[:position])
        if town not in city_names() and town not in indonesian_village_names() or any(
                is_ordinary_word(word) or (word,) in PLACE_HEADS or word in PERSON_NAMES
                for word in words[:position]):
            continue  # nor an Indonesian given name (`Surya` is a village too); other countries' lists hold `Virginia`
        compass = len(words)
        while compass > position + 1 and words[compass - 1] in DIRECTIONS:
            compass -= 1
        size, hit = known_at(doc.tokens[first + position:first + compass], 0)
        if hit and hit[0] == "LOC" and size == compass - position:
            return first + position
    return None


def _next_place_in_chain(doc: DocumentContext, first: int, last: int, words: list[str]) -> int | None:
    """Where a second place starts inside a name a place head opens, after at least one name word of the first: another
    place head with its own name (`Pulau Batam Pulau Bintan`, `Desa Sukamaju Kecamatan Cibadak`), or a closing region or
    Indonesian town, compass words and all (`Taman Makam Kalibata Jakarta Selatan`, `Kecamatan Cibadak Sukabumi`)."""
    head = longest_phrase(words, 0, PLACE_HEADS)
    if not head:
        return None  # a place by its closing word (`Sukamaju Park`) is no chain
    named = " ".join(words[head:])
    if named in city_names() or named in indonesian_village_names():
        return None  # the gazetteer knows the name whole (`Kota Bandar Lampung`, a city named with its province)
    tokens = doc.tokens[first:last]
    for position in range(head + 1, len(words)):
        # the first place needs a word that names it: not vocabulary (`Kabupaten Administrasi Kepulauan X`, `Terminal Bus
        # Kampung X`), not an acronym saying what the place is or whose (`Stasiun MRT Dukuh X`, `Provinsi DKI Jakarta`,
        # `Gedung DPR RI`), not a word the news corpus writes in lower case half the time (`Bandara Internasional Yogyakarta`)
        if not any(doc.name_word(word) and not tokens[index].text.isupper() and word not in corpus_lower_share()
                   for index, word in enumerate(words[head:position], head)):
            continue
        if doc.text[tokens[position - 1].end:tokens[position].start] in ("-", " - "):
            continue  # `Tol Jakarta-Cikampek`: a route's two ends name one road
        size = longest_phrase(words, position, PLACE_HEADS)
        if size and position + size < len(words):
            return first + position
        compass = len(words)
        while compass > position + 1 and words[compass - 1] in DIRECTIONS:
            compass -= 1
        known_size, hit = known_at(doc.tokens[first + position:first + compass], 0)
        closing_town = compass - position == 1 and words[position] in town_keys() and doc.tokens[first + position].capitalised
        if (hit and hit[0] == "LOC" and known_size == compass - position) or closing_town:
            return first + position
    return None


def _read_lower_case_place(doc: DocumentContext, first: int, last: int, words: list[str], before: list[str]) -> bool:
    """`alun-alun Gatot Sumarno`, `sungai Ciliwung`: a place head in lower case opens the place's name (a head of two
    words, `negara bagian`, stands before it), unless the run is capitals alone (`pasar PC`, `stasiun TV`: a market, a channel of a kind; the capitals are read on their own),
    or the head takes its owner after it (data/owner_place_heads.txt: `gedung KPK`, `analis pasar Rina Sari`)."""
    if len(before) >= 2 and tuple(before[-2:]) in PLACE_HEADS and (before[-1],) not in PLACE_HEADS \
            and not doc.tokens[first - 1].capitalised \
            and not all(token.text.isupper() for token in doc.tokens[first:last]) and " ".join(words) not in city_names():
        doc.add(first, last, "LOC", STRONG, "lower_case_place_head")  # `negara bagian Oklarado`: the name after its head
        return True
    lower_place = bool(before) and (before[-1],) in PLACE_HEADS and not doc.tokens[first - 1].capitalised
    if not lower_place or before[-1] in LOC_CONTEXT or before[-1] in OWNER_PLACE_HEADS or " ".join(words) in city_names():
        return False
    if all(token.text.isupper() for token in doc.tokens[first:last]):
        return False
    start, end = doc.tokens[first - 1].start, doc.tokens[last - 1].end
    mention = Mention(start, end, doc.source[start:end], "LOC", STRONG, "lower_case_place_head", "lower_case_place_head")
    mention.key = normalise_key(PLACE_HEAD_CLASSES[(before[-1],)] + " " + " ".join(words))
    doc.mentions.append(mention)
    return True


def nested_places(doc: DocumentContext, first: int, last: int) -> None:
    """Countries and cities inside a larger name (`Deklarasi Jenewa`, `Kereta Api Jepang`)."""
    words = doc.lowers[first:last]
    position = 0
    while position < len(words):
        size, hit = known_at(doc.tokens[first:last], position)
        if hit and hit[0] == "LOC":
            directed = size
            while position + directed < len(words) and words[position + directed] in DIRECTIONS:
                directed += 1  # `Polres Jakarta Barat`: the part of the place, one name
            doc.add(first + position, first + position + directed, "LOC", STRONG, "nested_known_place",
                    key_words=[hit[1]] if directed == size else None)
            position += directed
            continue
        if doc.tokens[first + position].capitalised and words[position] in city_names() and words[position] not in word_set("common_words.txt") \
                and (words[position],) not in PLACE_HEADS and words[position] not in PERSON_NAMES \
                and (position == len(words) - 1 or words[position + 1] in DIRECTIONS) \
                and (position == 0 or doc.office_word(first + position - 1)):  # not amid name words (`PT Rina Sari Lorenza Group`, `Polda Metro Jaya`)
            directed = 1
            while position + directed < len(words) and words[position + directed] in DIRECTIONS:
                directed += 1  # `Pemkab Sukamaju Timur`: the city's part is the place, compass word and all
            doc.add(first + position, first + position + directed, "LOC", MEDIUM, "nested_city")
            position += directed
            continue
        position += 1


REGION_LEVELS = frozenset({"daerah", "resor", "kabupaten", "kota", "provinsi", "wilayah", "sektor", "negeri", "tinggi", "metro",
                           "besar"})


def split_office_and_name(doc: DocumentContext, first: int, last: int, title: str | None, after_title: bool,
                          need_evidence: bool = False) -> bool:
    """`Kepala Dinas Kesehatan Tangsel Deden Deni`: an office (organisation, place, portfolio) then a name.

    The name is the run of name-like words at the end (at most four). When the same document
    names the person by one word elsewhere (`kata Deden`), the name starts at that word. Without
    that evidence, a three-word tail after an organisation or place word gives its first word to
    the organisation (`Pimpinan Pusat Muhammadiyah | Busyro Muqoddas`).
    """
    start = _name_start_after_office(doc, first, last, after_title, need_evidence)
    if start is not None:
        start = _after_known_across(doc, first, start, last)
    if start is not None and last - start >= 3 and _given_name_after_body_word(doc, start):
        start += 1  # `Direktur Bank Sukamaju Syariah | Eva Dahlia`: the body's last word, then a given name opening the name
    if start is not None and first < start and last - start >= 3 and doc.tokens[start - 1].lower in word_set("unit_heads.txt") \
            and doc.tokens[start].lower not in doc.short_forms and doc.tokens[start].lower not in FIRST_NAMES:
        start += 1  # `Ketua DPP Bidang | Polsuka Al Rino Sasongko`: the word after a unit's head is the unit's name
    if start is not None and start > first and doc.tokens[start - 1].lower == PORTFOLIO_JOINER:
        start += 1  # `Kepala Badan Meteorologi, Klimatologi, dan Geofisika | Rina Sari`: the last portfolio is the body's
    if start is not None and first < start < last and doc.tokens[start - 1].text in BALINESE_PARTICLES:
        start -= 1  # `Wakil Bupati Bangli | I Wayan Diar`: the particle opens the Balinese name
    if start is not None and _given_name_after_office_place(doc, first, start):
        start -= 1  # `Menteri Luar Negeri AS | Rock Halimson`: the office's country ends it, a given name opens the name
    if start is not None:
        # `Ketua Bawaslu Sukamaju | I Ketut Rinda`: a particle before a given name opens the name wherever the tail began
        start = next((k for k in range(start + 1, last - 2) if doc.tokens[k].text in BALINESE_PARTICLES
                      and doc.tokens[k + 1].lower in FIRST_NAMES), start)
    if start is not None and first < start < last and (doc.administered_town(start) or last - start >= 2 and (
            doc.tokens[start - 1].lower in regional_heads() and doc.tokens[start].lower not in FIRST_NAMES
            and doc.tokens[start + 1].lower in FIRST_NAMES)):
        # `Kepala Dinas Kesehatan Kabupaten Wonotan | Rudi Halim`: an area's head names the area, no person; so does a
        # regional body's (`Ketua DPRD Wonotan | Hendra Gunawan`) where a given name opens the holder's name after it
        start += 1
    if start is None or start >= last or _is_known_place(doc, start, last):
        return False  # `Kementerian Luar Negeri Korea Selatan`: the office's country, not a person
    if _acronym_spells_across(doc, first, start, last):
        return False  # `Ketua Front Pembela Sukamaju (FPS)`: the bracketed acronym spells the body's name to its end
    if start > first and doc.tokens[start].lower not in doc.short_forms and _company_named_elsewhere(doc, start, last):
        return False  # `Ketua Serikat Pekerja Taru Sinar`, `PT Taru Sinar` elsewhere: a company's name, no person's
    if (doc.tokens[last - 1].lower,) in phrase_set("place_tails.txt"):
        return False  # `Hotel Pullman Central Park`: a place's closing word ends no person's name
    start += _known_place_size(doc, start, last)  # `Menteri Luar Negeri Korea Selatan | Park Jin-ho`
    if start < last and all(t.lower in word_set("english_words.txt") and t.lower not in FIRST_NAMES for t in doc.tokens[start:last]):
        return False  # `Pelabuhan Surabaya New Port`: common English words, no given name, name no person
    # `Luar Negeri`, `Kementerian Transportasi`: a portfolio or a body described, not named;
    # `Dinas Kesehatan Sleman` names one
    # a head then a country or region of the gazetteer names one (`Universitas Indonesia`), however often the lexicon
    # writes the words in lower case, and so does a head with two words or more (`Badan Pengawas Pangan dan Minuman`)
    # a minister's portfolios listed with commas (`Menteri Desa, Pembangunan Daerah Tertinggal, dan Transmigrasi`): the
    # ministry's, described (the run finder lists no body nor person as a portfolio)
    portfolios = bool(title) and start > first and not word_set("portfolio_titles.txt").isdisjoint(title.lower().split()) \
        and ", " in doc.text[doc.tokens[first].start:doc.tokens[start - 1].end]
    described = portfolios or all(t.lower in word_set("lowercase_words.txt") for t in doc.tokens[first:start]) and not (
        start - first > 1 and doc.tokens[first].lower in ORG_HEADS
        and (any(known_names().get(t.key, ("",))[0] == "LOC" for t in doc.tokens[first + 1:start]) or start - first >= 3))
    if _holder_apposed_to_office(doc, start, last):
        if not described or start > first and heads_name(doc.lowers[first:start]):
            return False  # `Ketua Yayasan Karya Bumi Lestari, Tono Raharjo`: the body's name runs to the comma
        classify_name(doc, start, last)  # `Direktur Riset SurveiKita, Tono Raharjo`: a portfolio, then its body
        return True
    if start > first and not described:
        classify_name(doc, first, start, context_title=title or "")
    person = doc.add(start, last, "PERSON", STRONG if after_title else MEDIUM, "person_after_office", title=title)
    doc.maybe_acronym(last, person)
    return True


def _given_name_after_office_place(doc: DocumentContext, first: int, start: int) -> bool:
    """A given name (of any country's, a word of the vocabulary too) right before `start`, right after a country or
    region of the gazetteer inside the office."""
    given = start - 1
    if given <= first or doc.tokens[given].lower not in FIRST_NAMES or not doc.tokens[given].capitalised:
        return False
    if _after_known_across(doc, first, given, start) != given:
        return False  # `Gubernur Kalimantan Timur | Rudi Halim`: the given name ends a place the gazetteer knows whole
    return any(_known_place_size(doc, place, given) == given - place for place in range(max(first, given - 3), given))


def _after_known_across(doc: DocumentContext, first: int, start: int, last: int) -> int:
    """`start`, or the end of a known country's or body's name the split at `start` would cut (`Presiden Afrika | Selatan
    Ri Chol Su Han`, four name words at most: `Afrika Selatan | Ri Chol Su Han`; `Ketua Partai | Persatuan Rakyat Tono
    Raharjo`): a person's name never opens inside a name the gazetteer knows."""
    for opening in range(max(first, start - MAX_KNOWN_WORDS + 1), start):
        size, hit = known_at(doc.tokens[first:last], opening - first)
        if hit is not None and opening + size > start:
            return opening + size
    return start


def _acronym_spells_across(doc: DocumentContext, first: int, start: int, last: int) -> bool:
    """A bracketed acronym after the run spells the initials of its words from before `start` to its end (joiners and a
    company's legal form left out: `PT Pembangunan Jaya Sukamaju (PJS)`), or a bracketed short form their starts or
    syllables spell (`Gabungan Pengusaha Kopi Sukamaju (Gapkosu)`, `spells_word_starts`, `spells_syllables`): the words
    from `start` end the body's name, they open no person's."""
    if last >= len(doc.tokens):
        return False
    acronym = doc.tokens[last]
    if doc.text[doc.tokens[last - 1].end:acronym.start].strip() != "(" or doc.text[acronym.end:acronym.end + 1] != ")" \
            or not acronym.text.isalpha():
        return False
    if not two_capitals(acronym.text):
        # spelt from the body's head on (`Sekjen Satuan X Sukamaju Barat (Subar)` spells the place, not the body)
        short = acronym.text[0].isupper() and doc.tokens[first].lower in ORG_HEADS and acronym.lower[0] == doc.tokens[first].lower[0]
        name = doc.text[doc.tokens[first].start:doc.tokens[last - 1].end]
        return short and (spells_word_starts(acronym.text, name) or spells_syllables(acronym.text, name))
    for opening in range(first, start):
        initials = "".join(t.text[0] for t in doc.tokens[opening:last] if t.lower not in JOINERS and t.lower not in LEGAL_FORMS)
        if initials.upper() == acronym.text.upper():
            return True
    return False


def _company_named_elsewhere(doc: DocumentContext, start: int, last: int) -> bool:
    """The words from `start` to the run's end are a company's whole name the document writes after its legal form
    (`PT Taru Sinar`, `CV Taru Sinar Tbk`)."""
    if doc.tokens[start].lower not in doc.company_names:
        return False
    name = doc.text[doc.tokens[start].start:doc.tokens[last - 1].end]
    return any(re.search(rf"(?i)\b{re.escape(form)} {re.escape(name)}\b", doc.text) for form in LEGAL_FORMS)


def _given_name_after_body_word(doc: DocumentContext, start: int) -> bool:
    """The word at `start` is vocabulary, no given name nor a word the document quotes alone, and a given name follows
    it: the word ends the body (`Bank Sukamaju Syariah | Eva Dahlia`), the given name opens the person's name."""
    word, following = doc.tokens[start].lower, doc.tokens[start + 1].lower
    return (is_ordinary_word(word) and word not in FIRST_NAMES and word not in doc.short_forms
            and doc.tokens[start].text not in BALINESE_PARTICLES
            and following in PERSON_NAMES)


def _named_apart_before_given_name(doc: DocumentContext, start: int) -> bool:
    """The word at `start` is a name the document writes alone (a place after `di`, a town of the gazetteer, a
    company's word as a subject), no given name nor a name it quotes alone, and a given name follows it: the office's
    body or place (`CMO Tokobaru | Rudy Halim`, `Tokobaru menjual ...`), not the holder's first name; not a head's own
    name (`Rumah Sakit Sukamaju Royal ...`)."""
    word, following = doc.tokens[start].lower, doc.tokens[start + 1].lower
    if start and (doc.tokens[start - 1].lower in ORG_HEADS or (doc.tokens[start - 1].lower,) in PLACE_HEADS):
        return False
    return (following in FIRST_NAMES and word not in FIRST_NAMES and word not in doc.quoted_names
            and (word in doc.places or word in doc.short_forms or word in city_names()))


def _holder_apposed_to_office(doc: DocumentContext, start: int, last: int) -> bool:
    """The office's holder is named after a comma (`Kepala SD Sukamaju Raya, Tono Raharjo, mengatakan`), so the words
    from `start` are no person: unless the document writes one of them alone (`... Budi Wibowo, Tono Raharjo ...
    Wibowo membantah`), or a given name opens two or more (`... dari Presiden Sukamaju Tono Raharjo, Rina Sari pulang`:
    a name fronted before the sentence's subject)."""
    return doc.holder_apposed(last) and not any(t.lower in doc.short_forms for t in doc.tokens[start:last]) and not (
        last - start >= 2 and doc.tokens[start].lower in PERSON_NAMES)


def _places_only(doc: DocumentContext, start: int, last: int) -> bool:
    """The tokens from `start` are known places and towns only, compass words after them (`DKI Sukamaju`)."""
    position = start
    while position < last:
        size, hit = known_at(doc.tokens[start:last], position - start)
        if hit and hit[0] == "LOC":
            position += size
        elif doc.tokens[position].lower in city_names() or position > start and doc.tokens[position].lower in DIRECTIONS:
            position += 1
        else:
            return False
    return position > start


def _known_place_size(doc: DocumentContext, start: int, last: int) -> int:
    """Words of the country or region the tokens at `start` name (0 when none)."""
    size, hit = known_at(doc.tokens[start:last], 0)
    return size if hit is not None and hit[0] == "LOC" else 0


def _is_known_place(doc: DocumentContext, start: int, last: int) -> bool:
    """A country or region, or one word naming a city (`Badan Bencana Daerah | Sukamaju`): the office's place."""
    return _known_place_size(doc, start, last) == last - start or last - start == 1 and doc.tokens[start].lower in city_names()


def _trailing_name(doc: DocumentContext, first: int, last: int) -> tuple[int, int]:
    """(start, real words) of the name-like words ending the run, at most four real ones."""
    start = last
    while start > first and (doc.tokens[start - 1].lower in NAME_PARTICLES or doc.name_like(start - 1, ordinary_ok=True)):
        start -= 1
    # the name opens with a real name word: leading ordinary words belong to the office
    while start < last and not (doc.name_like(start) or doc.tokens[start].lower in doc.quoted_names):
        start += 1  # an ordinary word opens a name the text quotes by it (`Lalu Ahmad Zaini`, `tutur Lalu`)
    real = sum(1 for t in doc.tokens[start:last] if t.lower not in NAME_PARTICLES)
    if real > MAX_PERSON_WORDS:
        start, real = last - MAX_PERSON_WORDS, MAX_PERSON_WORDS
    return start, real


def _used_alone_from(doc: DocumentContext, first: int, last: int) -> int | None:
    """Where the longest tail of the run the document also writes as a whole name starts (`Kiper Persimaju | Rolando
    Santos ... Rolando Santos menepis`), else the last word of the run it also uses alone as a name (`kata Deden`), if
    any."""
    # a name opens on a name's own word, after no head (`Rumah Sakit Prof Tono`, `Tim Relawan | Tono Raharjo`: bodies
    # named after people)
    written = next((j for j in range(first + 1, last - 1)
                    if doc.tokens[j].capitalised and doc.tokens[j].lower not in NAME_PARTICLES
                    and not is_head_or_title(doc.tokens[j].lower) and not is_head_or_title(doc.tokens[j - 1].lower)
                    and not is_ordinary_word(doc.tokens[j - 1].lower)
                    and tuple(doc.lowers[j:last]) in doc.written_names
                    and doc.tokens[j].lower not in doc.company_names and doc.tokens[j].lower not in doc.place_names
                    and not doc.administered_town(j) and doc.person_shaped(doc.tokens[j:last])), None)
    if written is not None:
        return written
    # a one-word tail is a surname (`Ivan | Petrov`), unless a company's own name comes before it, or a portfolio's word
    # (`Menteri Pertanian dan Perikanan | Sudarsono`: vocabulary, no given name)
    tail, before = doc.tokens[last - 1].lower, doc.tokens[last - 2].lower
    newest = last - 1 if last - first >= 3 and (
        before in doc.company_names and tail not in city_names()
        or doc.administered_town(last - 2) and tail in doc.short_forms - doc.places) or (
        is_ordinary_word(before, bare_roots=True) and before not in FIRST_NAMES and before not in INITIAL_NAMES
        and tail in doc.cued_names) else last - 2
    return next(
        (j for j in range(newest, first, -1)
         if doc.tokens[j].lower in doc.short_forms and doc.name_like(j)
         and doc.tokens[j].lower not in doc.company_names and doc.tokens[j].lower not in doc.place_names
         and not doc.administered_town(j)),  # `Kota Tegal Sri Rahayu`, `Tegal` alone elsewhere: the town
        None,
    )


def _name_start_after_office(doc: DocumentContext, first: int, last: int, after_title: bool, need_evidence: bool) -> int | None:
    """Where the person's name starts after an office, None when the run holds no such split: none where no title
    opens the run and the document quotes its first word alone, no given name after it (`Kartiwan Wiradi Sasmito ... kata
    Kartiwan`), a name's first word, however it also writes a later one alone (`Wiradi`); a body quoted alone before a
    given name is the holder's body (`Tokovarsa Rudi Wiranata ... Tokovarsa mengajak`)."""
    if not after_title and doc.tokens[first].lower in doc.quoted_names and doc.name_like(first) \
            and doc.tokens[first + 1].lower not in FIRST_NAMES:
        return None
    start, real = _trailing_name(doc, first, last)
    evidence = _used_alone_from(doc, first, last)
    prefix_words = doc.lowers[first:start]
    office_word = _holds_office_word(doc, first, start)
    speaks = doc.next_word(last) in SPEECH_VERBS and real >= 2  # `... Shinta W Kamdani berpendapat`
    if evidence is not None and evidence > first and not any(
        t.lower in ORG_TAILS or t.lower in ORG_HEADS for t in doc.tokens[evidence:last]
    ):  # the quoted word opens a name, not a company named after someone (`PT Rina Sari Group`); given names
        # before it are the person's (`Komisi X Ahmad Doli Kurnia ... kata Doli`)
        # (after a title the whole run may be the name: `Dosen | Muhammad S. Hidayat ... kata Hidayat`), and so is a
        # middle initial after a given name
        # a run of given names before it is the person's too (`Susilo Bambang Yudhoyono ... kata Bambang`, another
        # person's given name): no office opens it
        given_only = all(t.lower in PERSON_NAMES and not doc.office_word(k)
                         for k, t in enumerate(doc.tokens[first:evidence], first))
        lowest = first if after_title or given_only else first + 1
        while evidence - 1 >= lowest and (
                doc.tokens[evidence - 1].lower in PERSON_NAMES and not doc.office_word(evidence - 1)
                or len(doc.tokens[evidence - 1].text) == 1 and doc.tokens[evidence - 1].text.isupper()
                and evidence - 2 >= lowest and doc.tokens[evidence - 2].lower in PERSON_NAMES):
            evidence -= 1
        return evidence
    if need_evidence and not speaks and (after_place := name_after_place(doc, first, last)) is not None:
        return after_place
    if need_evidence and not speaks or real == 0:
        return None
    if prefix_words and prefix_words[-1] in ORG_HEADS and real <= 2:
        # `Dosen Universitas Gadjah Mada`: a head's own name follows it, unless given names show a
        # person (`Ketua Ombudsman Teguh Wirawan`, `Kepala Puskesmas Pamulang | Fitri`); after a title, a
        # head written as an acronym is the body's whole name, so a name that is no town is the person's
        # (`Ketua KPU | Sarifuddin`, not `Ketua KPU Garut`); a company's legal form is no body's whole name
        # (`Direktur PT Sinarmas`)
        given = [t.lower in PERSON_NAMES for t in doc.tokens[start:last]]
        acronym = doc.tokens[start - 1].text.isupper() and len(doc.tokens[start - 1].text) > 1 and prefix_words[-1] not in LEGAL_FORMS
        if given[0] or after_title and acronym and not any(t.lower in city_names() for t in doc.tokens[start:last]):
            return start
        return last - 1 if given[-1] and len(given) >= 2 else None
    if start == first:
        # `Bupati Musi Banyuasin | Sutarno`: a town of the gazetteer in two words or more, then the name
        if after_title and (town := _town_opening(doc, first, last)) is not None:
            return town
        # `Kepala Antariksa Ivan Petrov`: a one-word body, then the name; a given name opens the person's
        # (`Presiden Budi Santoso Wibowo`)
        if not after_title or real < 3 or doc.tokens[start].lower in PERSON_NAMES or doc.tokens[start].lower in PERSON_OPENERS:
            return None
        # the words a person's name opens with in the open NER sets open the holder's (`Menteri Perhubungan | Ahmad Sentosa
        # Wonoto`), else the last two words are his
        return next((k for k in range(start + 1, last - 1) if doc.tokens[k].lower in PERSON_OPENERS), last - 2)
    # (a body's number before the words counts as its head does: `Kepala SMAN 3 Wonotan | Tono Raharjo`)
    if real >= 3 and office_word and prefix_words and (is_ordinary_word(prefix_words[-1]) or prefix_words[-1] in ORG_HEADS
                                                       or prefix_words[-1].isdigit()) \
            and len(doc.tokens[start + 1].text) > 1 and _may_end_body(doc, start, first, last):
        # `Rina W Hartati`: a middle initial holds the name together
        return start + 1
    return start if after_title or office_word else None


def _town_opening(doc: DocumentContext, first: int, last: int) -> int | None:
    """The end of the longest town of the gazetteer in two words or more opening the run before a name word
    (`Musi Banyuasin | Sutarno`), None when none does."""
    words = doc.lowers[first:last]
    return next((first + size for size in range(len(words) - 1, 1, -1) if " ".join(words[:size]) in city_names()), None)


def _may_end_body(doc: DocumentContext, index: int, first: int, last: int) -> bool:
    """The word at `index`, before two more name words, ends the body rather than opening a person's name of
    three: a town (`Dinas Kesehatan Sleman | Heru Prasetyo`), a given name after it, or a word the document
    writes again outside the run (`Pimpinan Pusat Muhammadiyah | Busyro Muqoddas ... Muhammadiyah`)."""
    text = doc.tokens[index].text
    return doc.tokens[index].lower in city_names() or doc.tokens[index + 1].lower in PERSON_NAMES \
        or any(t.text == text for i, t in enumerate(doc.tokens) if not first <= i < last)


def _holds_office_word(doc: DocumentContext, first: int, stop: int) -> bool:
    """Words of an office among tokens [first, stop): a head, a place, a ministry, a known name, an acronym."""
    return any(
        w in ORG_HEADS or w in ORG_TAILS or (w,) in PLACE_HEADS
        or w in city_names() or is_ministry(w) for w in doc.lowers[first:stop]
    ) or any(t.key in known_names() or t.text.isupper() and len(t.text) > 1 and not dotted_initials(t.text)
             for t in doc.tokens[first:stop])


def name_after_place(doc: DocumentContext, first: int, last: int) -> int | None:
    """`Stasiun Klimatologi Garut | Yuliani Saraswati`, `Unit Distribusi Jabar | Benny Ratu`: where a town
    or region ends the office and a given name opens the last two to four name words."""
    for start in range(max(first + 1, last - MAX_PERSON_WORDS), last - 1):
        before = doc.tokens[start - 1]
        if (before.lower in city_names() or known_names().get(before.key, ("",))[0] == "LOC") and all(
                doc.name_like(k) and not is_ordinary_word(doc.tokens[k].lower, bare_roots=True)
                for k in range(start, last)):
            return start
    return None


def _given_name_opens_the_rest(words: list[str], position: int) -> bool:
    """A city opening three words, a given name (of any country's) no word of the vocabulary next: `Utrecht | Rudi
    Wonoto`, an office's city then its holder, where a title lost its case (`Menteri Dalam negeri Utrecht ...`)."""
    return position == 0 and len(words) == 3 and words[1] in FIRST_NAMES and not is_ordinary_word(words[1]) \
        and words[0] not in PERSON_NAMES and words[0] not in FIRST_NAMES \
        and words[0] not in word_set("saint_words.txt") and len(words[0]) > MAX_SHORT_CITY  # `San Antonio ...`: one name


def split_place_then_name(doc: DocumentContext, first: int, last: int, after_place_title: bool = False, after_role: bool = False) -> bool:
    """`Energi DKI Jakarta Andri Yansyah`, `LOKET Tubagus Utama`: an office's place or acronym, then a
    person's name. Splits when 1 to 4 name-like words follow a known place or a leading acronym.

    After a title that governs a place (`Bupati`, `Camat`, `Sekretaris Daerah`), a city and a
    single name are enough (`Camat Grogol Selatan | Asep`, `Sekda Banyuwangi | Mujiono`).
    """
    words = doc.lowers[first:last]
    for position in range(len(words) - 2, -1, -1):
        size, hit = known_at(doc.tokens[first:last], position)
        acronym = position == 0 and (doc.tokens[first].text.isupper() and doc.tokens[first].text.isalpha() and len(words[0]) >= 2
                                     or camel_case(doc.tokens[first].text))  # `SkyNova Rina`: a group's brand, no name word
        city = (
            words[position] in city_names() and doc.tokens[first + position].capitalised
            and (after_place_title or words[position] not in INITIAL_NAMES and (
                len(words) >= 4 - after_role or _given_name_opens_the_rest(words, position)))
            and not (position == 0 and words[position] in PERSON_NAMES)  # `Gubernur Bambang Sudarmo`
        )
        if not (hit and hit[0] == "LOC" or city or acronym):
            continue
        if position and not doc.office_word(first + position - 1):
            continue  # `Rina Sari Lorenza`: a town's name between name words is part of the name
        size = size or 1
        while position + size < len(words) - 1 and words[position + size] in DIRECTIONS:
            size += 1  # `Grogol Selatan`
        tail = words[position + size:]
        if not 1 <= len(tail) <= 4 or len(tail) == 1 and not (acronym or after_place_title):
            continue
        if any(is_ordinary_word(w) or w in ORG_HEADS or w in MISC_HEADS
               or w in ORG_TAILS or (w,) in phrase_set("place_tails.txt") for w in tail):
            continue  # `Pullman | Central Park`: a place's closing word is no person's
        if _places_only(doc, first + position + size, last):
            continue  # `DPRD DKI Sukamaju`: places after the acronym are the body's, no person's name
        if hit and hit[0] == "LOC":
            doc.add(first + position, first + position + size, "LOC", STRONG, "known_place_before_name", key_words=[hit[1]])
        elif acronym:
            doc.add(first, first + 1, "ORG", MEDIUM, "acronym_before_name")
        else:
            doc.add(first + position, first + position + size, "LOC", MEDIUM, "city_before_name")
        doc.add(first + position + size, last, "PERSON", MEDIUM, "person_after_place")
        return True
    return False
