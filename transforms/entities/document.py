"""The mentions of one document: its context computed once, then the passes of MENTION_PASSES in order."""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

import polars as pl
from rapidfuzz.distance import Indel

from transforms.common import line_starts, matches_at, occurrences, overlaps
from transforms.documents import canonical_outlet
from transforms.entities.context import DATELINE_END, DocumentContext, Mention, spells_initials, spells_syllables
from transforms.entities.epithets import join_named_epithets
from transforms.entities.reading import (BODY_BEFORE_PERSON, classify_run, office_title, read_office_continued, read_quoted_speaker,
                                         split_office_and_name)
from transforms.entities.shape import ACRONYM_READING, AGE_READING, CITY_READING, CLUB_DESIGNATOR_READING, CLUB_LETTERS_READING, CLUB_READING, DEFAULT_READING, LAW_CITATION, PLACING_READINGS, PORTFOLIO_READING, PRODUCT_MODEL, SHAPE_ALONE_READINGS, SHAPE_PERSON_READING, TERM_ACRONYM, TITLE_COMPLEMENT
from transforms.entities.vocabulary import (CLUB_DESIGNATORS, FIRST_NAMES, LEGAL_FORMS, MEDIUM, ORG_HEADS, ORG_TAILS,
                                            PERSON_NAMES, PERSON_ROLES, PLACE_PREPOSITIONS, STRONG, TEAM_ROLES, TITLES,
                                            WEAK, balinese_marker, given_name_keys, is_ordinary_word, longest_phrase,
                                            normalise_key, written_legal_form)
from transforms.lexicon import city_names, corpus_lower_share, indonesian_city_names, indonesian_village_names, known_names, match_key, phrase_set, phrase_table, table_rows, word_set
from transforms.schemas import MENTION_CANDIDATES
# the module, not its names: entity_keys imports from this package, so either may be imported first
from transforms import entity_keys

LOWER_WORD = re.compile(r"\b[a-z]+\b")
ROLE_WINDOW = 60  # characters before a mention searched for a role word
CONJUNCTION = re.compile(r"\b(?:dan|serta|atau|maupun)\b")
# between two listed names: a comma or a conjunction, after a bracketed acronym or count (`AS Sukamaju (19 gol), FC Tarnow
# 04 (18)`: a table's rows; not an age, `(35 tahun)`)
COORDINATION = re.compile(r"(?:\s+\d{1,3})?\s*(?:\((?:[A-Z]+|\d+(?:\s+(?!tahun\b)\w+)?)\))?\s*(?:,|dan|serta|atau|maupun|,\s*dan)\s*")
MIN_NICKNAME = 4
# letters a clipped nickname leaves out of its word: one or two make another word of the name (`Regensburg` of
# `Regensburger`, `Hasan` of `Hasanah`), not a clip
MIN_CLIPPED = 3
CLUB_FORM = "club_form"
COORDINATION_READING = "coordination"  # a name typed as the names listed beside it (`type_by_coordination`)
CLUB_TYPE_READINGS = (CLUB_DESIGNATOR_READING, CLUB_LETTERS_READING, CLUB_READING, "club_of_city_named_city", "club_of_city")
MIN_CLUB_FORM_LETTERS = 4
EVENT_TAILS = word_set("event_tails.txt")  # asked of every mention: looked up once here
BODY_ACROSS_SHORT_FORM = "body_across_short_form"
CLUB_READINGS = (CLUB_READING, "club_of_city_named_city")  # readings of a city's club by the words around it
MIN_CLUBS_OF_A_REPORT = 2  # cities read as clubs that make a document a report on clubs
TEAM_WORDS = TEAM_ROLES | word_set("team_words.txt")  # a team's roles, a team's nouns, a match's verbs (`_about_teams`)
MIN_TEAM_WORDS = 2
TITLE_WINDOW, MAX_TITLE_WORDS = 40, 3  # characters and words before a club's letters searched for a title
CUED_PERSON_READINGS = ("person_after_speech_verb", "person_before_speech_verb")  # shape.py: a speaker's cue
CUED_LAST_WORD_READING = "person_by_cued_last_word"
MAX_CUED_NAME_WORDS = 3
CLITIC, MIN_CLITIC_STEM = "nya", 4  # the possessive clitic glued to a name (`Instagramnya`), and the shortest name it ends
POSSESSIVE_CLITIC = "possessive_clitic"
PREVIOUS_WORD = re.compile(r"(\S+)\s+$")
# a kinship noun (data/kin_words.txt), maybe with its clitic and a comma, right before a name: the relative of someone
KIN_BEFORE = re.compile(rf"\b(?:{'|'.join(sorted(word_set('kin_words.txt')))})(?:nya)?,?\s+$", re.IGNORECASE)
WORD_WINDOW = 16  # characters before a name searched for the word before it (a preposition, a channel's word)
KIN_WINDOW = 30  # characters before a name searched for the kinship noun
EXAMPLE_CUES = ("seperti", "yakni", "yaitu", "antara lain", "di antaranya", "termasuk", "misalnya")
CLASS_MODIFIERS = 3  # lower-case words between a class noun and the word giving its examples (`pemain muda berbakat seperti`)
EXAMPLE_WINDOW = 80  # characters before a name searched for them
# (each cue first, a word's character before it looked behind: a match starts where a cue's string does, the only places
# it is tried, where `\b` opening the pattern had the engine try every position of every text)
_EXAMPLE_CUES_FIRST = "|".join(rf"{cue}(?<!\w{cue})" for cue in EXAMPLE_CUES)
EXAMPLE_CUE = re.compile(rf"(?:{_EXAMPLE_CUES_FIRST})[ \t]*:?[ \t]+")
EXEMPLIFIED_READING = "exemplified_by_class"
MAX_NICKNAME_LETTERS = 4  # a given name in brackets after a person's name this short is a nickname (`Nana`), not his team
COMPETITION_WINDOW = 40  # characters before a place searched for a competition's head and qualifiers
CONTEXT_FREE_NAME_READINGS = (DEFAULT_READING, CITY_READING, "known_name", "club_in_club_report", *CLUB_READINGS)
MIN_LIST = 3  # names in a list whose sure names can type the rest
MIN_LISTED_PEOPLE = 2  # a list whose sure names are all people, two at least, lists people only
LISTED_COUNT = re.compile(r"\(\d+(?:\s+(?!tahun\b)\w+)?\)")  # `(19 gol)`, `(18)`: a table's count, not an age
MIN_LISTED_SURE = 2  # ... and one whose names read by more than their shape are all bodies (or all places), two at least
# readings of a name's shape alone: a list's sure names type them (a club's name has a person's shape: `Bayer Tarnow`)
LISTED_GUESSES = (DEFAULT_READING, SHAPE_PERSON_READING, AGE_READING)
MIN_ACRONYM = 2  # letters of an acronym that may spell the initials of the one body of its document with them (`MU`)
MISSPELT_RULE = "misspelt_short_form"  # a lone word joined to a full name it misspells
VARIANT_SIMILARITY = 0.85  # per word, Indel: `mihail`/`mikhail`, `aleksei`/`aleksey`, `ahmad`/`achmad`
# `Rina Sari (Bu Rina)`: between a person's name and a name in brackets, the opening bracket and at most one
# capitalised word of address the mention left out
BRACKET_OPENING = re.compile(r"\s*\(\s*(?:[A-Z][a-z]+\s+)?")
BRACKETED_OTHER_NAME = "bracketed_other_name"
BRACKET_AFTER_ACRONYM = re.compile(r" ?\( ?")
ACRONYM_BEFORE_ITS_NAME = "acronym_before_its_name"
MAX_ACRONYM = 6  # letters: a longer word in capitals is a word set in capitals, no acronym
ACRONYM_SHORT_FORMS = ("defined_acronym", "acronym_of_name", "acronym_inside_name")  # short-form rules an acronym joins by
PLACE_LEVEL_WORDS = frozenset({"kota", "kabupaten", "kab", "provinsi", "kecamatan", "desa", "kelurahan"})  # before a place's name
NAME_JOINERS = frozenset({"dan", "and", "&", "of", "de", "der", "van"})  # lower-case words inside bodies' names
# a name read by the words around it alone (`di X`): too little evidence that a bracketed name after it is its own
BRACKETED_WEAK_READINGS = ("place_context_word", "place_preposition", "governed_place", DEFAULT_READING)
# Kinds of boilerplate that still name people, agencies and places (an outlet's blurb names its market: the blind
# sets' annotators take those as the article's entities); the others (adverts, prompts, related links) are skipped.
NAMING_BOILERPLATE = {"photo_credit", "credits", "photo_caption", "outlet_blurb"}
# A team's line-up in a match report: the team (after an optional label, `Susunan pemain:`), a formation in brackets
# maybe, a colon, then the players by lines of the formation (semicolons), substitutes in brackets with their minute.
LINEUP_LINE = re.compile(r"^[^\S\n]*(?:[^\n:;]{1,40}:\s*)?[A-Z][^\n:;()]{0,40}(?:\([\d\s\-–]+\))?\s*:\s*(?P<players>[^\n]+?)\s*$",
                         re.MULTILINE)
LINEUP_BRACKET = re.compile(r"\([^()\n]*\)")  # a substitute and his minute, a role's letters: not counted as names
# The same line written with shirt numbers (`21 Rinaldo; 4 Tavera, 3 Ramos, ...`, substitutes after `Cadangan:`): the
# numbers say it is a line-up without a team's colon; every item a number then a name's words (initials, particles)
NUMBERED_LINEUP_LINE = re.compile(r"^[^\S\n]*(?:[A-Z][^\n:;\d]{0,30}:\s*)?(?P<players>\d{1,3}\s+[A-Z][^\n]+?)\s*$",
                                  re.MULTILINE)
NUMBERED_PLAYER = re.compile(r"\d{1,3}\s+[A-Z][a-z'’-]*\.?(?:\s+(?:[A-Z][a-z'’-]*\.?|van|der|de|da|dos|al))*")
NUMBERED_MIN_PLAYERS = 6
SHIRT_NUMBER = re.compile(r"\d{1,3}\s+")
LINEUP_MIN_PLAYERS, LINEUP_MAX_NAME_WORDS, LINEUP_CAPITALISED = 8, 5, 0.8
LINEUP_ROLE_LETTERS = 2  # `(PG)`, `(C)`: the goalkeeper's or captain's letters after a player's name
LINEUP_READING = "lineup_player"
HEREDITARY_READING = "hereditary_title_name"
ATHLETE_READING, TEAM_READING = "athlete_before_country_code", "team_after_country_code"
LINEUP_SEPARATORS = (",", ";", "(", ")")
# one player's name inside a line-up item: words of letters joined by spaces, hyphens (`Walker-Peters`, spaced by an
# upstream tokeniser too), apostrophes and initials' dots; a minute or a number is no part of it
PLAYER_NAME = re.compile(r"[^\W\d_]+(?:[\s'’.-]+[^\W\d_]+)*")
PLAYER_OPENING = re.compile(r"[^\W\d_]")  # an item's first letter, after a shirt number or a space


def read_runs(doc: DocumentContext) -> None:
    """Every capitalised run: a quoted speaker after an office, else titles, offices and names. A run
    after `dan` that closed a title's office naming no one goes on with that office (`Direktur Data dan
    Digitalisasi Rina Sari`): the name at its end is the title's holder."""
    open_office = None  # (the token after a run that ended on a title's office, that title)
    for first, last in doc.runs:
        goes_on = open_office is not None and _goes_on_after_and(doc, open_office[0], first)
        if goes_on and open_office[0] + 1 == first:
            if not read_quoted_speaker(doc, first, last):
                read_office_continued(doc, first, last, open_office[1])
            open_office = None
            continue
        if goes_on and split_office_and_name(doc, open_office[0] + 1, last, open_office[1], after_title=True):
            # a capitalised word of vocabulary opening the office's rest, which no run opens (`Menteri Pekerjaan Umum
            # dan Perumahan Rakyat Rina Sari`), is the office's too, when a holder's name closes the run
            open_office = None
            continue
        added = len(doc.mentions)
        if not read_quoted_speaker(doc, first, last):
            classify_run(doc, first, last)
        title = office_title(doc, first, last)
        open_office = (last, title) if title and last < len(doc.tokens) and not any(
            m.type == "PERSON" for m in doc.mentions[added:]) else None


def _goes_on_after_and(doc: DocumentContext, conjunction: int, first: int) -> bool:
    """The run at `first` follows the office's `dan` in the same stretch of text, capitalised words alone between."""
    tokens = doc.tokens
    return tokens[conjunction].lower == "dan" and tokens[conjunction].adjacent_before and conjunction < first \
        and all(tokens[k].adjacent_before for k in range(conjunction + 1, first + 1)) \
        and all(tokens[k].capitalised for k in range(conjunction + 1, first))


def type_by_coordination(doc: DocumentContext) -> None:
    """`Aceh (NAD) dan Sumut`: a weakly typed name listed with a strongly typed one (a known name, a head; not a
    reading by the words around it, nor a city the gazetteer alone read, as often its club) shares its type; a word
    alone in a list of three or more whose surely typed names are all people (two at least) is a person."""
    ordered = sorted(doc.mentions, key=lambda m: m.start)
    chains = _coordinated_lists(doc, ordered)
    listed = {id(m) for chain in chains if any(
        CONJUNCTION.search(doc.text[a.end:b.start]) for a, b in zip(chain, chain[1:])) for m in chain}
    # the coordinated pairs in the text's order: those of the lists, one after the other
    for left, right in ((a, b) for chain in chains for a, b in zip(chain, chain[1:])):
        # people are listed beside places and bodies (`warga Sukamaju, Tono mengaku`): no person's reading
        # is given away, and none is taken; a name after a comma with no conjunction in its list, after a
        # person's role, is that person (`pelatih tim Sukamaju, Rinaldo, menilai`), not a place
        if left.strength >= STRONG and right.strength == WEAK and "PERSON" not in (left.type, right.type) \
                and (id(right) in listed or not _after_person_role(doc, left)):
            right.retype(left.type, MEDIUM, COORDINATION_READING)
        elif right.strength >= STRONG and left.strength == WEAK and "PERSON" not in (left.type, right.type):
            left.retype(right.type, MEDIUM, COORDINATION_READING)
    for chain in (c for c in chains if len(c) >= MIN_LIST):
        typed = [m.type for m in chain if m.strength >= MEDIUM]
        if typed.count("PERSON") >= MIN_LISTED_PEOPLE and set(typed) == {"PERSON"}:
            for mention in chain:  # `Rina Sari, Hulkor, Oskaro, serta Budi Santoso`: a list of people
                if mention.type_rule == DEFAULT_READING:
                    mention.retype("PERSON", MEDIUM, COORDINATION_READING)
            continue
        # `AS Sukamaju (19), Bayer Tarnow (18), FC Wonotan (17)`: a list whose sure names are all bodies lists bodies
        read = [m for m in chain if m.type_rule not in LISTED_GUESSES]
        sure = {m.type for m in read}
        # a table's rows (counts in brackets) with two such names, or any list with three: people are listed beside
        # bodies too (`dihadiri KPK, Polri, dan Rudi Halim`)
        tabled = any(LISTED_COUNT.search(doc.text, a.end, b.start) for a, b in zip(chain, chain[1:]))
        if len(sure) == 1 and "PERSON" not in sure and len(read) >= (MIN_LISTED_SURE if tabled else MIN_LIST) \
                and any(m.strength >= MEDIUM for m in read):
            for mention in chain:  # a given name opening a guess, or a name the document quotes, still makes a person
                first_word = mention.text.split()[0].lower()
                if mention.type_rule in LISTED_GUESSES and mention.type not in sure and first_word not in FIRST_NAMES \
                        and first_word not in doc.quoted_names and mention.text.split()[-1].lower() not in doc.quoted_names:
                    mention.retype(next(iter(sure)), MEDIUM, COORDINATION_READING)


def keep_hereditary_titles(doc: DocumentContext) -> None:
    """`Teuku Rasyid Harahap`, `I Gusti Ngurah Wirya`, `Lalu Ahmad Zaini`: a hereditary or royal title
    (data/hereditary_titles.txt) opening a person's name is part of it, not an office the name goes without; the
    readings of the words after it (a title peeled off, a town's word, `Rasyid`) give way to one person. Not where a
    longer name holds the title (`Universitas Teuku Umar`, `Jalan Pangeran Diponegoro`). So is a Balinese name's
    gender marker (`kiper I Made Sukarta`, `Bupati Sukamaju I Wayan Dirga`), which the readings take for a numeral
    ending the name before it (`Sukamaju I`) or for a body's letter."""
    titles = phrase_set("hereditary_titles.txt")
    for first, last in doc.runs:
        words = doc.lowers[first:last]
        for index in range(last - first - 1):
            opening = first + index
            marker = doc.tokens[opening].text in ("I", "Ni") and balinese_marker(words[index], words[index + 1])
            size = longest_phrase(words, index, titles)
            if marker and not size:
                # the birth-order name may be a word (`Gede`): the words after it say whether a name follows
                name_start = opening + 1
                shaped = name_start + 1 < last and doc.person_shaped(doc.tokens[name_start + 1:last])
            else:
                name_start = opening + size
                shaped = size and name_start < last and doc.person_shaped(doc.tokens[name_start:last])
            if not shaped or any(t.lower in doc.quoted_names or t.lower in doc.cued_names
                                 for t in doc.tokens[name_start + 1:last]):
                continue  # a later word the document makes speak alone (`kata Argo`) says where its reading put the name
            start, end = doc.tokens[opening].start, doc.tokens[last - 1].end
            if marker and (any(m.start == start and m.end == end and m.type == "PERSON" for m in doc.mentions)
                           or not _release_marker(doc, opening)):
                continue  # read whole already, or a body's numeral (`Komisi I`)
            inside = [m for m in doc.mentions if start <= m.start and m.end <= end]
            if not inside or any(m.start < start < m.end or m.start < end < m.end for m in doc.mentions) \
                    or any(m.type == "ORG" or m.strength >= STRONG and m.type != "PERSON"
                           for m in inside if not (marker and m.end <= doc.tokens[opening].end)):  # the marker read alone
                continue
            title = next((m.title for m in inside if m.title), None)
            written = doc.source[start:doc.tokens[name_start].start].strip()
            if title is not None and title.lower().endswith(written.lower()):
                title = title[:-len(written)].strip() or None
            # keyed by the name after the title, as the title's readings keyed it: the same person where another text
            # writes the name without it (`Rasyid Harahap`), and its short forms fit it; a Balinese marker is left out of
            # every key (normalise_key)
            whole = doc.add(opening, last, "PERSON", STRONG, HEREDITARY_READING, title=title,
                            key_words=[t.text for t in doc.tokens[name_start:last]])
            doc.mentions = [m for m in doc.mentions if m is whole or not (start <= m.start and m.end <= end)]
            break


def _release_marker(doc: DocumentContext, marker: int) -> bool:
    """A place read through a Balinese name's marker as its numeral (`Sukamaju I` of `Bupati Sukamaju I Wayan Dirga`)
    ends before it; a body's numeral stays (`Komisi I Made Dirga` reads either way: the body keeps it). False when a body
    holds the marker."""
    start, end = doc.tokens[marker].start, doc.tokens[marker].end
    through = [m for m in doc.mentions if m.start < start and m.end == end]
    if any(m.type != "LOC" for m in through):
        return False
    for mention in through:
        first = next(i for i, t in enumerate(doc.tokens) if t.start == mention.start)
        doc.mentions.remove(mention)
        shorter = doc.add(first, marker, mention.type, mention.strength, mention.rule, title=mention.title)
        shorter.type_rule = mention.type_rule
    return True


def type_lineups(doc: DocumentContext) -> None:
    """A team's line-up, one line of a match report (`Sukamaju FC (4-4-2): Rinaldo; Tavera, Ramos (Halim 68'), ...`):
    every name after the colon is a player, a person, whatever its word also names (a town, a brand); a role's letters
    in brackets (`(PG)`, `(C)`) name nothing. A player's name the reading cut in two (`Rizky | Dwi Putra`) is one name:
    each name of the line is one player."""
    for players_start, players_end in _lineup_spans(doc.text):
        players, dropped = defaultdict(list), set()
        _drop_shirt_numbers(doc, players_start, players_end)
        for mention in doc.mentions:
            if players_start <= mention.start and mention.end <= players_end:
                if mention.text.isupper() and len(mention.text) <= LINEUP_ROLE_LETTERS \
                        and doc.text[mention.start - 1:mention.start] == "(" and doc.text[mention.end:mention.end + 1] == ")":
                    dropped.add(id(mention))
                else:
                    mention.retype("PERSON", STRONG, LINEUP_READING)
                    players[_lineup_item(doc.text, mention.start, players_start)].append(mention)
        wholes = {}
        for item, parts in players.items():
            start, end = _player_start(doc.text, max(item + 1, players_start), parts[0].start), parts[-1].end
            if (len(parts) > 1 or start < parts[0].start) and PLAYER_NAME.fullmatch(doc.text, start, end):
                surface = doc.source[start:end]
                wholes[id(parts[0])] = Mention(start, end, surface, "PERSON", STRONG, parts[0].rule, LINEUP_READING,
                                               key=normalise_key(surface))
                dropped.update(id(part) for part in parts[1:])
        if wholes or dropped:
            doc.mentions = [wholes.get(id(m), m) for m in doc.mentions if id(m) not in dropped]


def type_results_tables(doc: DocumentContext) -> None:
    """In a results table (`Rina Sari ESP Tim Sukamaju`), the name before a country code is the athlete's, a person,
    and the name after it his team's, a body, whatever their words read as alone."""
    if not doc.table_codes:
        return
    token_at = {token.start: index for index, token in enumerate(doc.tokens)}
    token_ending = {token.end: index for index, token in enumerate(doc.tokens)}
    for mention in doc.mentions:
        if token_ending.get(mention.end, -1) + 1 in doc.table_codes:
            mention.retype("PERSON", STRONG, ATHLETE_READING)
        elif token_at.get(mention.start, 0) - 1 in doc.table_codes:
            mention.retype("ORG", STRONG, TEAM_READING)


def _drop_shirt_numbers(doc: DocumentContext, start: int, end: int) -> None:
    """A player's name read with the shirt number before it (`21 Rinaldo`) starts after the number; a number read alone
    names nothing."""
    doc.mentions = [m for m in doc.mentions if not (start <= m.start and m.end <= end and m.text.isdigit())]
    for index, mention in enumerate(doc.mentions):
        number = SHIRT_NUMBER.match(mention.text)
        if number and start <= mention.start and mention.end <= end and number.end() < len(mention.text):
            surface = mention.text[number.end():]
            doc.mentions[index] = Mention(mention.start + number.end(), mention.end, surface, mention.type,
                                          mention.strength, mention.rule, mention.type_rule, mention.title,
                                          normalise_key(surface))


def _player_start(text: str, item_start: int, first_part: int) -> int:
    """Where the player's name of a line-up item starts: at its first letter, after a shirt number (`23 Nick van der
    Velden`), so particles no reading keeps alone (`Van de`) are the name's too."""
    opening = PLAYER_OPENING.search(text, item_start, first_part)
    return opening.start() if opening else first_part


def _lineup_item(text: str, position: int, players_start: int) -> int:
    """Where the name of a line-up holding `position` starts: after the last separator (a comma, a semicolon, a
    bracket) before it."""
    return max(text.rfind(mark, players_start, position) for mark in LINEUP_SEPARATORS)


def _lineup_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of the players of each line-up line: after the colon that ends the team's name (a formation in
    brackets may follow it), at least LINEUP_MIN_PLAYERS names parted by commas and semicolons, one semicolon at least
    (the lines of a formation), most opening with a capital; or NUMBERED_MIN_PLAYERS shirt numbers each before a name."""
    spans, lines = [], line_starts(text)  # (a match opens a line: the regex is tried there alone, not at every position)
    # the lines of a formation are parted by semicolons: a text with none holds no such line-up, and is not searched
    for line in matches_at(LINEUP_LINE, text, lines) if ";" in text else ():
        players = line.group("players")
        names = [name.strip() for name in re.split(r"[;,]", LINEUP_BRACKET.sub("", players)) if name.strip()]
        if ";" in players and len(names) >= LINEUP_MIN_PLAYERS and all(len(name.split()) <= LINEUP_MAX_NAME_WORDS for name in names) \
                and sum(name[0].isupper() for name in names) >= LINEUP_CAPITALISED * len(names):
            spans.append((line.start("players"), line.end("players")))
    for line in matches_at(NUMBERED_LINEUP_LINE, text, lines):
        items = [item.strip() for item in re.split(r"[;,]", line.group("players"))]
        if len(items) >= NUMBERED_MIN_PLAYERS and all(NUMBERED_PLAYER.fullmatch(item) for item in items):
            spans.append((line.start("players"), line.end("players")))
    return spans


def type_clubs(doc: DocumentContext) -> None:
    """In a document that reads a city as a club (`pelatih Sukamaju`, `Sukamaju City`): a name read as a person by its
    shape alone, no given name in it, opening or ending with such a city is that club's full name (`Atletik Sukamaju`,
    `Sukamaju Rovers`). In a
    report that reads two cities so, or names a club `FC Sukamaju` besides (a match report, not a news story naming
    one final), a city the gazetteer alone typed, neither placed (after `di`, `kota`, or a place and a comma) nor a
    dateline, is a club too."""
    clubs = {m.key for m in doc.mentions if m.rule in CLUB_READINGS}
    letters = [m for m in doc.mentions if m.rule == "known_name_first" and m.type == "LOC" and m.text.isupper()
               and 2 <= len(m.text) <= 3 and entity_keys.is_country(match_key(m.text))]
    if letters and (clubs or _about_teams(doc) or any(_club_by_name(m) or CLUB_DESIGNATORS & set(m.text.lower().split())
                                                      for m in doc.mentions if m.type == "ORG")):
        _join_letters_before_clubs(doc, letters)
    if not clubs:
        return
    report = len(clubs | {m.key for m in doc.mentions if _club_by_name(m)}) >= MIN_CLUBS_OF_A_REPORT
    place_ends = {m.end for m in doc.mentions if m.type == "LOC" and m.type_rule != CITY_READING}
    for mention in doc.mentions:
        words = mention.key.split()
        if mention.type_rule == SHAPE_PERSON_READING and len(words) > 1 and (words[-1] in clubs or words[0] in clubs) \
                and not set(mention.text.lower().split()) & PERSON_NAMES:
            mention.retype("ORG", MEDIUM, "club_full_name")
        elif report and mention.type_rule == CITY_READING and not _placed(doc, mention, place_ends):
            mention.retype("ORG", MEDIUM, "club_in_club_report")


def _about_teams(doc: DocumentContext) -> bool:
    """The document writes MIN_TEAM_WORDS words of a team, its players or its matches (`pelatih`, `gelandang`,
    `menghadapi`, `klub`: data/team_roles.txt, data/team_words.txt), a report on sport though it reads no club."""
    return sum(token.lower in TEAM_WORDS for token in doc.tokens) >= MIN_TEAM_WORDS


def _join_letters_before_clubs(doc: DocumentContext, letters_read: list[Mention]) -> None:
    """In a document that reads a club (a city by the words around it, or a name with a club's word, `Sukamaju FC`) or
    writes of teams (`_about_teams`), two or three capitals the gazetteer reads as a country's (not a province's: `DKI`)
    short form, then one word closing the run that nothing but the gazetteer or its shape read (`AS Sukamaju`, `AS`
    read as Amerika Serikat), are one club's name: a club's letters (Associazione Sportiva), not a country then a place.
    Not a word of the vocabulary or capitals after them (`AS Terbuka`, the US Open; `MPR RI`), nor after a title or a
    capitalised word (`Presiden AS Tono`, a country's official; `Kedubes AS Jakarta`) but a player's or a team's role
    (`Kapten AS Sukamaju`)."""
    by_start = {m.start: m for m in doc.mentions}
    for letters in letters_read:
        name = by_start.get(letters.end + 1)
        before = PREVIOUS_WORD.search(doc.text, 0, letters.start)
        word_before = before.group(1).lower() if before else ""
        if name is None or doc.text[letters.end] != " " or " " in name.text or not name.text[:1].isupper() or name.text.isupper() \
                or name.type_rule not in CONTEXT_FREE_NAME_READINGS or is_ordinary_word(name.text.lower()) \
                or before and word_before not in TEAM_ROLES \
                and (before.group(1)[:1].isupper() or _after_title(doc, letters.start)):
            continue
        doc.mentions.remove(letters)
        doc.mentions.remove(name)
        club = Mention(letters.start, name.end, doc.source[letters.start:name.end], "ORG", MEDIUM, CLUB_LETTERS_READING,
                       CLUB_LETTERS_READING)
        club.key = normalise_key(club.text)
        doc.mentions.append(club)


def _after_title(doc: DocumentContext, start: int) -> bool:
    """A title of one word or several ends right before `start` (`presiden`, `duta besar`: a country's official)."""
    words = doc.text[max(0, start - TITLE_WINDOW):start].lower().split()[-MAX_TITLE_WORDS:]
    return any(tuple(words[i:]) in TITLES for i in range(len(words)))


def _club_by_name(mention: Mention) -> bool:
    """`FC Sukamaju`, `Sukamaju FC`: a foreign city and a club's short form in capitals (no legal form, no head)."""
    words = mention.text.split()
    if mention.type != "ORG" or len(words) != 2:
        return False
    for short, city in (words, words[::-1]):
        if short.isupper() and len(short) <= 3 and city.lower() in city_names() and city.lower() not in indonesian_city_names() \
                and short.lower() not in LEGAL_FORMS and short.lower() not in ORG_HEADS:
            return True
    return False


def _placed(doc: DocumentContext, mention: Mention, place_ends: set[int]) -> bool:
    """A word of place right before the mention (`di`, `kota`, `asal`), a place and a comma (`Stadion Utama, Sukamaju`),
    or the mention a dateline (`SUKAMAJU -`)."""
    before = doc.text[max(0, mention.start - 20):mention.start]
    previous = before.split()[-1].lower() if before.strip() else ""
    dateline = (not before.strip() or before.endswith("\n")) and DATELINE_END.match(doc.text, mention.end) is not None
    after_place = before.endswith(", ") and mention.start - 2 in place_ends
    return previous in word_set("place_context_words.txt") or dateline or after_place


def _after_person_role(doc: DocumentContext, mention: Mention) -> bool:
    """A person's role or title among the three words before the mention (`asisten pelatih tim Sukamaju`)."""
    words = LOWER_WORD.findall(doc.text[max(0, mention.start - ROLE_WINDOW):mention.start])[-3:]
    return any(w in PERSON_ROLES or (w,) in TITLES for w in words)


def _coordinated_lists(doc: DocumentContext, ordered: list[Mention]) -> list[list[Mention]]:
    """Runs of at least two mentions, each joined to the next by a comma or a conjunction."""
    chains, chain = [], ordered[:1]
    for left, right in zip(ordered, ordered[1:]):
        if COORDINATION.fullmatch(doc.text, left.end, right.start):  # (the text between them not copied out)
            chain.append(right)
            continue
        chains.append(chain)
        chain = [right]
    chains.append(chain)
    return [c for c in chains if len(c) >= 2]


@lru_cache(maxsize=1)
def _class_before_examples() -> re.Pattern:
    """A class noun (data/class_nouns.tsv, person_roles.txt, body_description_heads.txt), maybe plural or with a few
    lower-case words after it, then a word that gives examples, right before a name: the class is group 1."""
    nouns = "|".join(sorted(map(re.escape, _class_types()), key=len, reverse=True))
    cues = "|".join(EXAMPLE_CUES)
    return re.compile(rf"\b({nouns})(?:-\1)?(?:[ \t]+[a-z]+){{0,{CLASS_MODIFIERS}}}?[ \t]*,?[ \t]+(?:{cues})[ \t]*:?[ \t]+$")


@lru_cache(maxsize=1)
def _class_types() -> dict[str, str]:
    types = {word: "PERSON" for word in PERSON_ROLES} | {word: "ORG" for word in word_set("body_description_heads.txt")}
    return types | {" ".join(noun): type_ for noun, type_ in phrase_table("class_nouns.tsv").items()}


def type_names_by_their_cued_last_word(doc: DocumentContext) -> None:
    """A name of two or three capitalised words only its shape read as a body's or a thing's (`Seretan Wonford`: no given
    name the lists know, words no personal name seems made of), whose last word the document quotes alone as a speaker
    (`kata Wonford`), is a person's full name: a speech cue says more of a name than the look of its words. Not where a
    word of it is one the news corpus writes in lower case half the time or more (`Laporan Wonford`, a report, ...
    `Wonford mengatakan`; `Polisi mengatakan`)."""
    cued = {m.key for m in doc.mentions if m.single and m.type_rule in CUED_PERSON_READINGS}
    if not cued:
        return
    for mention in doc.mentions:
        words = mention.key.split()
        if mention.type != "PERSON" and mention.type_rule in SHAPE_ALONE_READINGS \
                and 2 <= len(words) <= MAX_CUED_NAME_WORDS and words[-1] in cued \
                and all(word[:1].isupper() and not word.isupper() and word.lower() not in corpus_lower_share()
                        for word in mention.text.split()):
            mention.retype("PERSON", MEDIUM, CUED_LAST_WORD_READING)


def type_exemplified_lists(doc: DocumentContext) -> None:
    """`pemain hebat seperti Rudi Halim, Wonotan, dan Tarrow`, `merek fesyen ternama seperti Wonford dan Tarrow`: the names
    a class noun's examples list (`seperti`, `yakni`, `antara lain`) are of the class's type. A name read weakly or by its
    shape alone takes it; a name a title, a head, a cue or the gazetteer read keeps its own (`pelaku industri yakni PT X`:
    a role word in a business sense)."""
    pattern = _class_before_examples()
    starts = {m.start: m for m in doc.mentions}
    # the cue words first: a document holds far fewer of them than names (found as strings, the regex tried there alone)
    cue_starts = [position for cue in EXAMPLE_CUES for position in occurrences(doc.text, cue)]
    opened = [starts[cue.end()] for cue in matches_at(EXAMPLE_CUE, doc.text, cue_starts) if cue.end() in starts]
    if not opened:
        return
    ordered = sorted(doc.mentions, key=lambda m: m.start)
    in_list = {id(m): chain for chain in _coordinated_lists(doc, ordered) for m in chain}
    for mention in opened:
        cue = pattern.search(doc.text, max(0, mention.start - EXAMPLE_WINDOW), mention.start)
        if cue is None:
            continue
        type_ = _class_types()[cue.group(1)]
        for member in in_list.get(id(mention), [mention]):
            # a guess of the class's type keeps its own reading, which the vote weighs by what it is
            if member.start >= mention.start and (member.strength == WEAK or member.type_rule in SHAPE_ALONE_READINGS) \
                    and (member.type != type_ or member.strength == WEAK):
                member.retype(type_, MEDIUM, EXEMPLIFIED_READING)


def drop_nested(doc: DocumentContext) -> None:
    """A mention inside a longer one of the same type goes (`Jakarta` inside `Jakarta Pusat`); not a body's bracketed
    short form inside its own name (`Dinas Kesehatan (Dinkes) Sukamaju`): one of the body's names."""
    doc.mentions.sort(key=lambda m: (m.start, -(m.end - m.start)))
    kept: list[Mention] = []
    for mention in doc.mentions:
        if kept and mention.start < kept[-1].end and mention.end <= kept[-1].end and mention.type == kept[-1].type \
                and not (mention.rule == "acronym_in_brackets" and mention.key == kept[-1].key):
            continue
        kept.append(mention)
    doc.mentions = kept


def split_bodies_opening_names(doc: DocumentContext) -> None:
    """A person's name of three words or more whose first word the document also writes alone, closed by a full name a
    given name opens whose last word the document writes alone too (`Direktur Olahraga Wonford Paolo Saraceni` ...
    `Wonford menang` ... `ujar Saraceni`): a body run into its official's name, whom the document calls by the surname,
    so the body, then the person (or one it cues by the word opening the name, though no listed given name: `ucap Paolo`);
    else the body's word alone joins the person as the first word of the name. Not when a given name opens the run
    (`Rina Paolo Sari` is one person's name), nor vocabulary alone (`Panti`), nor a word the document cues as a speaker
    (`kata Mardoni`: the person's own first name) or quotes as one, unless it cues the person by the name's next word;
    nor where another name of the document opens with the body's words and the person's first (one name written twice)."""
    split, parts = set(), []
    for mention in doc.mentions:
        words = mention.text.split(" ")
        if mention.type != "PERSON" or len(words) < 3 or "\n" in mention.text:
            continue
        lower = [word.lower() for word in words]
        opening = next((i for i in range(1, len(words) - 1) if lower[i] in FIRST_NAMES or lower[i] in doc.cued_names), None)
        if opening is None or lower[0] in FIRST_NAMES or len(lower[0]) == 1 or all(is_ordinary_word(word) for word in lower[:opening]):
            continue  # (one letter opens no body: an initial, the Balinese `I`)
        called = lower[opening] in doc.cued_names  # `ucap Paolo`: the document's own word for the person opens there
        if lower[0] not in doc.short_forms or not (lower[-1] in doc.short_forms or called) \
                or lower[0] in doc.cued_names or lower[0] in doc.quoted_names and not called \
                or _written_together(doc, lower[:opening + 1], lower):
            continue
        body_end = mention.start + len(" ".join(words[:opening]))
        person_start = body_end + 1
        split.add(id(mention))
        body = Mention(mention.start, body_end, doc.text[mention.start:body_end], "ORG", WEAK, BODY_BEFORE_PERSON, BODY_BEFORE_PERSON)
        person = Mention(person_start, mention.end, doc.text[person_start:mention.end], "PERSON", mention.strength, mention.rule,
                         mention.type_rule, mention.title)
        for part in (body, person):
            part.key, part.single = normalise_key(part.text), " " not in part.text
        parts += [body, person]
    if split:
        doc.mentions = [m for m in doc.mentions if id(m) not in split] + parts


def split_bodies_written_before_people(doc: DocumentContext) -> None:
    """A person's name of three words or more whose first words are or close a body's name the document writes on its
    own (`Direktur Olahraga Wonford City Paolo Saraceni` ... `Wonford City menang`: the office's reading cut the run
    before or inside the body's name): the body, as the document writes it, then the person; the office's complement
    before them loses the body's words (`Sepakbola Wonford` of `Direktur Sepakbola Wonford City ...`), and goes where
    what is left is vocabulary; not where another mention already holds the body's first words."""
    bodies = {m.text: m for m in doc.mentions
              if m.type in ("ORG", "LOC") and " " in m.text and m.rule not in SHAPE_ALONE_READINGS}
    if not bodies:
        return
    held = [(m.start, m.end) for m in doc.mentions if m.rule != TITLE_COMPLEMENT]
    complements = [m for m in doc.mentions if m.rule == TITLE_COMPLEMENT]
    split, parts = set(), []
    for mention in doc.mentions:
        words = mention.text.split(" ")
        if mention.type != "PERSON" or len(words) < 3 or "\n" in mention.text:
            continue
        for size in range(1, len(words) - 1):
            head = " ".join(words[:size])
            body = next((b for text, b in bodies.items() if (text == head or text.endswith(" " + head))
                         and doc.text.startswith(text, mention.start - len(text) + len(head))), None)
            if body is None:
                continue
            start, body_end = mention.start - len(body.text) + len(head), mention.start + len(head)
            if any(s < mention.start and e > start for s, e in held):
                break  # (the office's reading gave those words another name: the run is read otherwise)
            person_start = body_end + 1
            split.add(id(mention))
            for complement in (c for c in complements if c.start < mention.start and c.end > start):
                split.add(id(complement))
                left = doc.text[complement.start:start].rstrip()
                if left and not all(is_ordinary_word(word.lower()) for word in left.split()):
                    parts.append(Mention(complement.start, complement.start + len(left), left, complement.type,
                                         complement.strength, complement.rule, complement.type_rule))
                    parts[-1].key, parts[-1].single = normalise_key(left), " " not in left
            parts += [Mention(start, body_end, doc.text[start:body_end], body.type, MEDIUM, BODY_BEFORE_PERSON,
                              BODY_BEFORE_PERSON),
                      Mention(person_start, mention.end, doc.text[person_start:mention.end], "PERSON", mention.strength,
                              mention.rule, mention.type_rule, mention.title)]
            for part in parts[-2:]:
                part.key, part.single = normalise_key(part.text), " " not in part.text
            break
    if split:
        doc.mentions = [m for m in doc.mentions if id(m) not in split] + parts


OFFICIAL_CLOSING_BODY = "official_closing_body"


def split_officials_closing_bodies(doc: DocumentContext) -> None:
    """A body's run closed by a person's name of two words or more a given name opens, whose first or last word the
    document cues alone as a speaker (`Grup Wonford Rina Sari` ... `kata Sari`): the body, then its official; no title,
    head or known name among the name's words (a company named like a person is written alone, not cued). A body's head
    alone before the name names no body (`Pasukan Rina Sari`: her troops), only the person is kept. Not where a given
    name opens the run (no body before it), nor where a word of the vocabulary opens the name."""
    split, parts = set(), []
    starts = None
    for mention in doc.mentions:
        words = mention.text.split(" ")
        if mention.type != "ORG" or len(words) < 2 or "\n" in mention.text or words[0].lower() in FIRST_NAMES:
            continue
        lower = [word.lower() for word in words]
        opening = next((i for i in range(1, len(words) - 1) if lower[i] in FIRST_NAMES), None)
        if opening is None or not all(word[:1].isupper() and word.isalpha() for word in words[opening:]):
            continue
        tail = lower[opening:]
        cued = tail[0] in doc.cued_names or tail[-1] in doc.cued_names
        if not cued or is_ordinary_word(tail[0]) or any(word in ORG_HEADS or doc.title_at(tail, i) or match_key(word) in known_names()
                                                        for i, word in enumerate(tail)):
            continue
        if starts is None:
            starts = [token.start for token in doc.tokens]
        first = bisect_left(starts, mention.start) + opening
        if not doc.person_shaped(doc.tokens[first:first + len(tail)]):
            continue
        body_end = mention.start + len(" ".join(words[:opening]))
        person_start = body_end + 1
        split.add(id(mention))
        person = Mention(person_start, mention.end, doc.text[person_start:mention.end], "PERSON", MEDIUM, OFFICIAL_CLOSING_BODY,
                         OFFICIAL_CLOSING_BODY)
        kept = [person]
        if not (opening == 1 and lower[0] in ORG_HEADS):
            kept.append(Mention(mention.start, body_end, doc.text[mention.start:body_end], "ORG", mention.strength, mention.rule,
                                mention.type_rule))
        for part in kept:
            part.key, part.single = normalise_key(part.text), " " not in part.text
        parts += kept
    if split:
        doc.mentions = [m for m in doc.mentions if id(m) not in split] + parts


def _written_together(doc: DocumentContext, opening: list[str], run: list[str]) -> bool:
    """Whether another name of the document opens with these words (`Nawat Itsaragrisil` beside `Nawat Itsaragrisil
    Dibatasi` in a heading): a person's first names, no body before one."""
    return any(list(name[:len(opening)]) == opening for name in doc.written_names if list(name) != run)


@dataclass
class FullNames:
    """The document's full names (PERSON, two words or more) indexed by the short forms they allow."""

    companies: dict[str, Mention]  # a company's name without its legal form -> the company
    bodies: dict[str, Mention]  # a body's own name after its head (`Al Wonotan` of `Ponpes Al Wonotan`) -> the body
    by_part: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    by_tail: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    seen_at: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))
    name_starts: set[str] = field(default_factory=set)  # first two letters of the name words
    name_ends: set[str] = field(default_factory=set)  # first and last letter of the name words
    initials: set[str] = field(default_factory=set)  # the first letters of each full name's words
    one_word_people: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))  # a person named by one word
    club_forms: dict[str, dict[str, Mention]] = field(default_factory=lambda: defaultdict(dict))  # club -> form -> mention
    club_keys: set[str] = field(default_factory=set)  # the keys of the listed clubs' forms the document writes
    club_of: dict[int, str] = field(default_factory=dict)  # id of a mention of a listed club's form -> the club
    # the initials of a name's capitalised words -> its mentions, in order: a word in capitals asks for the one body whose
    # initials it is (`acronym_of_name`), not every mention of the document
    by_initials: dict[str, list[Mention]] = field(default_factory=lambda: defaultdict(list))

    def spell_initials(self, mention: Mention) -> bool:
        """A word that spells the initials of a full name of the document, in capitals or as a word (`Rhs`)."""
        return " " not in mention.text and mention.text.upper() in self.initials

    @classmethod
    def of(cls, mentions: list[Mention]) -> FullNames:
        # `Sinar Jaya` alone is the company `PT Sinar Jaya` (or `PT Sinar Jaya Persero`), whatever its own reading said
        companies, bodies, clubs_of_town = {}, {}, defaultdict(set)
        for m in mentions:
            words = m.key.split()
            if m.rule == "club_of_city_named_city":  # `Sukamaju City` ... `Sukamaju`: the club, in its own report
                companies.setdefault(words[0], m)
                clubs_of_town[words[0]].add(m.key)
            elif m.rule in ("club_of_city", CLUB_LETTERS_READING) and len(words) == 2:
                # `AC Sukamaju`, `AS Sukamaju` ... `Sukamaju`: the club too
                companies.setdefault(words[1], m)
                clubs_of_town[words[1]].add(m.key)
            elif m.type == "ORG" and len(words) == 2 and words[1] in club_designator_keys():
                clubs_of_town[words[0]].add(m.key)
            if m.type == "ORG" and len(words) >= 2 and words[0] in LEGAL_FORMS:
                companies[" ".join(words[1:])] = m
                if len(words) >= 3 and words[-1] in LEGAL_FORMS:
                    companies[" ".join(words[1:-1])] = m
                elif len(words) >= 3 and _closing_kind_or_country(m.text.split(" ", 1)[-1], words[1:]):
                    companies.setdefault(" ".join(words[1:-1]), m)  # `PT Sinar Indonesia` ... `Sinar`
            elif m.type == "ORG" and len(words) >= 2 and _closing_kind_or_country(m.text, words):
                # `Sinar Group`, `Sinar Indonesia` ... `Sinar`: the body without its kind's closing word or its country
                companies.setdefault(" ".join(words[:-1]), m)
            if m.type == "ORG" and (own_name := _own_name_after_head(m.text, words)):
                bodies.setdefault(own_name, m)  # `Pondok Pesantren Al Wonotan` ... `Al Wonotan`
        for town, clubs in clubs_of_town.items():
            if len(clubs) > 1 and companies.get(town) is not None and companies[town].key in clubs:
                del companies[town]  # a town two clubs of the document share (`Sukamaju City`, `Sukamaju United`) is neither
        # a body named after a person (`Rina Sari Foundation`): his name alone, which a title or a cue reads as a person's
        # in the document (`Ketua Umum X Rina Sari`), is his, not the body's
        people = {m.key for m in mentions if m.type == "PERSON" and " " in m.key and m.rule not in SHAPE_ALONE_READINGS}
        for short in people & companies.keys():
            del companies[short]
        names = cls(companies, bodies)
        forms = club_forms()
        for m in mentions:
            if (club := forms.get(form := club_form_key(m.text))) is not None:
                names.club_forms[club].setdefault(form, m)
                names.club_of[id(m)] = club  # looked up once: `club_form` asks of every mention again
                names.club_keys.add(m.key)  # a club's name its shape read as a person's names no person
            names.by_initials[_initials(m.text)].append(m)
        # `Budi Karya`, `Karya Sumadi` and `Sumadi` are parts of `Budi Karya Sumadi`.
        for person in (m for m in mentions if m.type == "PERSON" and len(m.key.split()) >= 2):
            parts = person.key.split()
            names.initials.add("".join(word[0] for word in person.text.split()).upper())  # as written: `Oe` is a key's `U`
            names.seen_at[person.key].append(person.start)
            for size in range(1, len(parts)):
                names.by_part[" ".join(parts[:size])].add(person.key)
            names.by_part[parts[-1]].add(person.key)
            for size in range(2, len(parts)):  # `Adi Sanjaya` after `Benediktus Adi Sanjaya`
                names.by_tail[" ".join(parts[-size:])].add(person.key)
            for part in parts[1:-1]:  # a middle name used alone (`Argo` of `Raden Rudi Argo Santoso`)
                names.by_part[part].add(person.key)
            for start in range(1, len(parts) - 2):  # the middle names together (`Rudi Argo` of `Raden Rudi Argo Santoso`)
                for end in range(start + 2, len(parts)):
                    names.by_part[" ".join(parts[start:end])].add(person.key)
            if len(parts) >= 3:  # the middle name left out (`Budi Sumadi` of `Budi Karya Sumadi`)
                names.by_part[f"{parts[0]} {parts[-1]}"].add(person.key)
        for person in (m for m in mentions if m.type == "PERSON" and " " not in m.key and m.strength >= MEDIUM):
            names.one_word_people[person.key].append(person.start)
        names.name_starts = {part[:2] for key in names.seen_at for part in key.split()}  # a nickname starts like a name word
        names.name_ends = {part[0] + part[-1] for key in names.seen_at for part in key.split()}  # a misspelling, and ends so
        return names


def _own_name_after_head(text: str, key_words: list[str]) -> str | None:
    """The key of a body's own name after its head (data/org_heads.txt: `Ponpes`, `Yayasan`, `Pondok Pesantren`), when
    that name is no place's (`Polres Sukamaju`, `Pemprov Sukamaju` are the place's bodies, not `Sukamaju`)."""
    written = text.split()
    if len(written) != len(key_words) or written[:1] and written[0].lower() not in _org_head_openings():
        return None  # (most bodies' names open with no head: no phrase of one is looked up)
    lower = [word.lower() for word in written]
    size = next((size for size in (2, 1) if len(lower) > size and " ".join(lower[:size]) in ORG_HEADS), 0)
    rest = " ".join(lower[size:])
    if not size or rest in city_names() or rest in known_names() or rest in indonesian_village_names() \
            or all(is_ordinary_word(word) for word in lower[size:]):
        return None
    return " ".join(key_words[size:])


@lru_cache(maxsize=1)
def _org_head_openings() -> frozenset[str]:
    """The first words of data/org_heads.txt's heads (`pondok` of `pondok pesantren`)."""
    return frozenset(head.split(" ")[0] for head in ORG_HEADS)


@lru_cache(maxsize=1)
def club_designator_keys() -> frozenset[str]:
    """Club words as keys spell them (`citi` of `City`)."""
    return frozenset(normalise_key(word) for word in CLUB_DESIGNATORS)


def _closing_kind_or_country(text: str, key_words: list[str]) -> bool:
    """The last word of a body's name is the kind of body (data/org_tails.txt: `Group`, `University`; a club's word is
    the club steps') or a country of the gazetteer, written as the last word of its key."""
    rest, _, last = text.lower().rpartition(" ")
    if len(text.split()) != len(key_words) or not last.isalpha() or rest in city_names() or rest in known_names():
        return False  # a town alone is the town (`Sukamaju` of `Sukamaju Group`)
    return last in ORG_TAILS and last not in CLUB_DESIGNATORS \
        or known_names().get(last, ("",))[0] == "LOC" and last not in city_names()


def defined_acronym(doc: DocumentContext, names: FullNames, mention: Mention) -> bool:
    """An acronym the document defined in brackets is the name it stands for; so is the body's head followed
    by it (`Dinas Tata Ruang (TR)` ... `Dinas TR`)."""
    defined = doc.acronyms.get(mention.text)
    if defined is None:
        head, _, rest = mention.text.partition(" ")
        defined = doc.acronyms.get(rest)
        if defined is None or defined.text.split(" ", 1)[0] != head:
            return False
    mention.key, mention.single = defined.key, False
    mention.retype(defined.type, defined.strength, "defined_acronym")
    return True


def company_short_form(doc: DocumentContext, names: FullNames, mention: Mention) -> bool:
    """A weakly typed name that is a company's name without its legal form, its kind's closing word or its country is
    that company; not letters that spell a person's initials there (`RHS` of `Rusli Hadi Santoso` and of `RHS
    Securities`, his company: `company_short_form` would give it his every mention). A body read strongly on its own
    (`Bank Sinar`, a head opening it) is the company only when it is the company's whole name but its legal forms
    (`PT Bank Sinar (Persero) Tbk`)."""
    company = names.companies.get(mention.key)
    if company is None or names.spell_initials(mention) \
            or mention.strength >= STRONG and not (mention.type == "ORG" and _named_but_legal_forms(company, mention)):
        return False
    if company.rule in ("club_of_city_named_city", "club_of_city", CLUB_LETTERS_READING) \
            and _word_before(doc, mention) in PLACE_PREPOSITIONS:
        return False  # `pindah ke Manchester`: the city the club is named after, where a preposition of place puts it
    mention.key, mention.single = company.key, False
    mention.retype("ORG", company.strength, "company_short_form")
    return True


def _named_but_legal_forms(company: Mention, mention: Mention) -> bool:
    """The mention's words are the company's once its legal forms are left out (`Bank Sinar` of `PT Bank Sinar Tbk`)."""
    words = company.key.split()
    return words[0] in LEGAL_FORMS and [word for word in words if word not in LEGAL_FORMS] == mention.key.split()


def _word_before(doc: DocumentContext, mention: Mention) -> str:
    """The word right before the mention, lower case (empty at the text's start)."""
    before = PREVIOUS_WORD.search(doc.text[max(0, mention.start - WORD_WINDOW):mention.start])
    return before.group(1).lower() if before else ""


def person_short_form(doc: DocumentContext, names: FullNames, mention: Mention) -> bool:
    """A part of a full name (or a nickname, or a misspelling of one) is that person; between several, the one
    named last before it; none before: a tie the collection breaks."""
    # several words a rule read weakly as a body or a place (`Menurut Rina Sari`, two words ending in vocabulary) are a
    # person's name when they are part of a full name the document writes
    if not (mention.type == "PERSON" or mention.strength < STRONG and mention.single
            or mention.strength == WEAK and " " in mention.key and mention.key in names.by_part):
        return False
    candidates, rule = _fitting_full_names(names, mention)
    if mention.type != "PERSON" and " " in mention.key:
        # `pemain Persimaju Rina Sari` read as one name, `Rina Sari` written alone too: a body before a person, not
        # the first words of one person's name
        candidates = [full for full in candidates if not _ends_with_written_name(names, full, mention.key)]
    candidates = sorted(candidates)
    if not candidates:
        return False
    if mention.type != "PERSON" and (mention.text.lower() in indonesian_city_names()
                                     or mention.text.lower() in doc.places and mention.text.lower() in city_names()):
        # `Depok` is no short form of a capitalised phrase read as a person (`Depok Berbanding`), nor is a city the
        # document places (`di Sukamaju`) one of a club read as a person (`Sukamaju Saint-Wonotan`)
        return False
    seen_at = names.seen_at
    if len(candidates) > 1:
        # a relative introduced as one (`sang istri, Victoria Sukamto`) takes no bare surname from the person the
        # document is about, named with it
        candidates = [k for k in candidates if not _introduced_as_relative(doc, min(seen_at[k]))] or candidates
        candidates = _without_names_named_after(candidates, seen_at)
    if len(candidates) > 1:
        if (salient := _first_named_bearer(doc, names, candidates, mention.key)) is not None:
            mention.key, mention.single = salient, False
            mention.retype("PERSON", STRONG, rule)
            return True
        # the one named last before it; a full name in brackets (`saudara saya (Andi Wirasto)`) only explains a word
        # and passes the bare name on to no one, unless every candidate was named so
        earlier = _named_last(doc, seen_at, candidates, mention.start, skip_bracketed=True) \
            or _named_last(doc, seen_at, candidates, mention.start, skip_bracketed=False)
        if not earlier:
            mention.tie = "|".join(candidates)
            mention.retype("PERSON", MEDIUM, "short_form_tie")
            return True
        best = max(earlier)[1]
    else:
        best = candidates[0]
    mention.key, mention.single = best, False
    mention.retype("PERSON", STRONG, rule)
    return True


def _without_names_named_after(candidates: list[str], seen_at: dict[str, list[int]]) -> list[str]:
    """The candidates but those ending with the whole name of another candidate the document names before them (`Budi
    Santoso` ... `Rina Budi Santoso`, a wife named with her husband's name, which `_fitting_full_names` keeps apart): a
    part both names hold is the shorter name's, whose own it is; the longer one's bearer is named after it. (Written
    after the longer name, the shorter one is the longer one's short form: `Rina Budi Santoso` ... `Budi Santoso`.)"""
    return [full for full in candidates if not any(
        full.endswith(" " + other) and min(seen_at[other]) < min(seen_at[full]) for other in candidates)]


def _first_named_bearer(doc: DocumentContext, names: FullNames, candidates: list[str], surname: str) -> str | None:
    """Of several people of the document who share `surname` as their last name, the one its body names first: a bare
    surname is the person the article introduces first, the one it is about, not the relative, team-mate or namesake
    named beside them later (`Tono Sukamto` ... `putranya, Budi Sukamto` ... `Sukamto`). In the read golds the first
    named owns the bare surname in 13 of 16 such documents, the one named last before it in about half the mentions.
    The headline is weak evidence (a phrase quoted in it, `'Raja Sukamto'`): a name written there only comes last.
    None where the word is not every candidate's last name."""
    if len(candidates) < 2 or any(full.rsplit(" ", 1)[-1] != surname for full in candidates):
        return None
    headline_end = doc.text.find("\n")

    def introduced(full: str) -> tuple[bool, int]:
        in_body = [p for p in names.seen_at[full] if p > headline_end]
        return not in_body, min(in_body or names.seen_at[full])

    return min(candidates, key=introduced)


def _named_last(doc: DocumentContext, seen_at: dict[str, list[int]], candidates: list[str], before: int,
                skip_bracketed: bool) -> list[tuple[int, str]]:
    """(last position before `before`, full name) of each candidate written before it."""
    named = []
    for key in candidates:
        positions = [p for p in seen_at[key] if p < before and not (skip_bracketed and doc.text[p - 1:p] == "(")]
        if positions:
            named.append((max(positions), key))
    return named


def _ends_with_written_name(names: FullNames, full: str, part: str) -> bool:
    """The words of `full` after its opening `part` are a full name the document writes on its own."""
    return full.startswith(part + " ") and full[len(part) + 1:] in names.seen_at


def _introduced_as_relative(doc: DocumentContext, start: int) -> bool:
    return KIN_BEFORE.search(doc.text, max(0, start - KIN_WINDOW), start) is not None


def _fitting_full_names(names: FullNames, mention: Mention) -> tuple[set[str] | list[str], str]:
    """The full names the mention may shorten, and the rule that found them (a misspelling is the weakest: the
    collection may know the word as another person's, `misspelt_short_form`)."""
    # a longer tail joins a full name met before it, unless the tail came first as a name of its own:
    # `Budi Santoso ... Rina Budi Santoso` (a wife named with her husband's name) stay two people
    seen_at, key = names.seen_at, mention.key
    introduced = min(seen_at[key]) if key in seen_at else mention.start
    candidates = names.by_part.get(key, set()) | {
        k for k in names.by_tail.get(key, ()) if min(seen_at[k]) < min(mention.start, introduced)}
    if not candidates and mention.single and key[:2] in names.name_starts:
        candidates = nickname_of(key, seen_at)
    if not candidates and mention.single and key not in PERSON_NAMES and key not in FIRST_NAMES:
        # `Pras` of `Prasetyo`, a person the document names by one word: the clip of that word (no given name itself)
        candidates = [person for person in nickname_of(key, names.one_word_people) if person != key]
    if not candidates and mention.single and key not in given_name_keys() \
            and not is_ordinary_word(mention.text.lower(), bare_roots=True):
        if key[:1] + key[-1:] in names.name_ends:
            # a full name's word misspelt; read as a person, only two of its letters swapped (`Mushin` of `Muhsin
            # Budiono`): a closer slip
            candidates = misspelt_part_of(key, seen_at) if mention.type != "PERSON" else \
                [full for full in seen_at if any(swapped_letters(key, part) for part in full.split())]
        if not candidates and not _gazetteer_name(mention):
            # the surname's last letter slipped (`Budionu`, `Budionoo`, `Budion` of `Rina Budiono`; a place of the
            # gazetteer is no slip: `Sukamaju` beside a headline's `Real Sukamajo`)
            candidates = [full for full in seen_at if " " in full and slipped_last_letter(key, full.rsplit(" ", 1)[-1])]
        return candidates, MISSPELT_RULE
    return candidates, "person_short_form"


def acronym_of_name(doc: DocumentContext, names: FullNames, mention: Mention) -> bool:
    """A word in capitals whose letters are the initials of one body's name in the document is that body
    (`Dewan Ekonomi Rakyat ... DER`), never a shorter or unrelated name."""
    if mention.rule != ACRONYM_READING or len(mention.text) < MIN_ACRONYM:
        return False
    bodies = {m.key: m for m in names.by_initials.get(mention.text, ()) if m.type == "ORG" and m is not mention}
    if len(bodies) != 1:
        return False
    body = next(iter(bodies.values()))
    mention.key, mention.single = body.key, False
    mention.retype("ORG", body.strength, "acronym_of_name")
    return True


def acronym_inside_name(doc: DocumentContext, names: FullNames, mention: Mention) -> bool:
    """A body's or a place's name written with some of its words as their initials (`Otorita IKS` of `Otorita Ibu Kota
    Sukamaju`, `Dewan HAM PBB`, `PT LM` of `PT Loka Mentari`) is the one longer name of the document it spells: the
    other words the same, in the same order, each word in capitals the initials of the words it stands for."""
    if mention.type not in ("ORG", "LOC") or " " not in mention.text or not any(_acronym_word(w) for w in mention.text.split()):
        return False
    short = mention.text.split()
    spelt = {m.key: m for m in doc.mentions
             if m.type in ("ORG", "LOC") and m.key != mention.key and _spells_with_initials(short, m.text.split())}
    if len(spelt) != 1:
        return False
    longer = next(iter(spelt.values()))
    mention.key, mention.single = longer.key, False
    mention.retype(longer.type, longer.strength, "acronym_inside_name")
    return True


def _acronym_word(word: str) -> bool:
    """Letters in capitals that may stand for words; a company's legal form (`PT`) opens a name, it spells none."""
    return len(word) >= MIN_ACRONYM and word.isalpha() and word.isupper() and word.lower() not in LEGAL_FORMS


def _spells_with_initials(short: list[str], longer: list[str]) -> bool:
    """`short` is `longer` with one run of its capitalised words or more written as their initials (at least one), a
    head of two or three words perhaps written as its syllables (`Komnas HAM` of `Komisi Nasional Hak Asasi Manusia`), and
    the place closing the longer name perhaps left out (`Dinas PU` of `Dinas Pekerjaan Umum Kota Sukamaju`)."""
    if len(short) >= len(longer):
        return False

    def aligned(i: int, j: int) -> bool:
        if i == len(short):
            return j == len(longer) or i > 1 and _closing_place(longer[j:])
        if j < len(longer) and short[i].casefold() == longer[j].casefold() and aligned(i + 1, j + 1):
            return True
        if i == 0 and not _acronym_word(short[0]):
            return any(_syllables_of_head(short[0], longer[:size]) and aligned(1, size) for size in (2, 3))
        if not _acronym_word(short[i]):
            return False
        run = len(short[i])
        return _initials(" ".join(longer[j:j + run])) == short[i] and aligned(i + 1, j + run)

    return aligned(0, 0)


def _syllables_of_head(word: str, head: list[str]) -> bool:
    """`Komnas` of `Komisi Nasional`: a capitalised word whose letters run in order through each of the head's words from
    the first one's start (`spells_syllables`)."""
    return len(head) >= 2 and word[0].isupper() and head[0].lower().startswith(word[:2].lower()) \
        and spells_syllables(word, " ".join(head))


def _closing_place(words: list[str]) -> bool:
    """Words closing a body's name that name a place: a region's level and its name (`Kota Sukamaju`), or a town or
    region of the gazetteers."""
    if not words:
        return False
    name = " ".join(words)
    return len(words) >= 2 and words[0].lower() in PLACE_LEVEL_WORDS or name.lower() in city_names() \
        or name.lower() in indonesian_city_names() or known_names().get(match_key(name), ("",))[0] == "LOC"


@lru_cache(maxsize=50_000)  # asked of every body in the document for each acronym in it
def _initials(name: str) -> str:
    """The first letters of a name's capitalised words (`Dewan Ekonomi dan Rakyat` -> `DER`)."""
    return "".join(word[0] for word in name.split() if word[0].isupper())


def body_own_name(doc: DocumentContext, names: FullNames, mention: Mention) -> bool:
    """A name only its shape read as a person that is a body's own name after the body's head (`Al Wonotan` after
    `Pondok Pesantren Al Wonotan`) is that body. Only a shape's reading: a place's name (`Sukamaju` of `Polres Sukamaju`,
    the gazetteer's or not, or one the document reads as a place elsewhere) stays the place, a person's a title names
    (`Yayasan Rudi Halim` ... `Bapak Rudi Halim`) stays his; a word alone is as often the place or the person a body is
    named after (`Pemerintah Rudi`, `Polres Wonotan`) and joins no body here."""
    body = names.bodies.get(mention.key)
    if body is None or mention.type_rule != SHAPE_PERSON_READING:
        return False
    if any(other.key == mention.key and (other.type == "LOC" or other.type == "PERSON" and other.strength >= STRONG)
           for other in doc.mentions):
        # `Pemerintah Wonotan` ... `di Wonotan`: the place the body governs; `Pemerintah Rudi` ... `Presiden Rudi`: the
        # person the body is named after (a title says so, not a speech verb: bodies speak too)
        return False
    mention.key, mention.single = body.key, False
    mention.retype("ORG", body.strength, "body_own_name")
    return True


def club_form(doc: DocumentContext, names: FullNames, mention: Mention) -> bool:
    """A name of the open club lists (data/club_names.tsv) is a football club's, whatever the words around it or its
    shape made of it (`Pelatih Wonford Brom`, `Tottenford Spirs`); one word alone not where a cue made it a person's, nor
    where it is a part of a person's full name the document writes (`Rina Lumbara` ... `Lumbara`), or a sentence places
    it (`di Lumbara`) and the document writes no other form of the club. Two forms of one club
    in a document (`Tottenford Spirs` ... `Spirs`, `Wonford Bromwich Athletic` ... `Wonford Brom`) are the club, named by
    its longest form there; a form with a club's word (data/club_designators.txt: `Olympique Sukamaju`) keeps its key,
    whose parts the collection's club steps read. Across documents the collection joins a club's names as any body's."""
    club = names.club_of.get(id(mention))
    if club is None:
        return False
    forms, single = names.club_forms[club], " " not in mention.text
    if single and (mention.type == "PERSON" and mention.strength >= STRONG or names.by_part.get(mention.key, set()) - names.club_keys
                   or mention.rule in PLACING_READINGS and len(forms) < 2):
        return False  # `di Lumbara` with no other form of the club: the town the club is named after
    joined = len(forms) > 1 and club_designator_keys().isdisjoint(mention.key.split())
    if joined:
        longest = max(forms.values(), key=lambda m: (len(m.text.split()), len(m.text), -m.start))
        mention.key, mention.single = longest.key, False
    if joined or mention.type_rule not in CLUB_TYPE_READINGS:  # a club's own reading keeps its record for the vote
        mention.retype("ORG", STRONG, CLUB_FORM)
    return True


@lru_cache(maxsize=100_000)  # asked of every mention, twice per document
def club_form_key(text: str) -> str:
    """A club's form as the club lists are looked up: lower case, accents and spacing aside (`Atlético` is `atletico`),
    no spelling merged (`normalise_key` would make `Links` of `Lynx`)."""
    folded = text if text.isascii() else "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return " ".join(folded.lower().split())


@lru_cache(maxsize=1)
def club_forms() -> dict[str, str]:
    """Form -> club of data/club_names.tsv, less the forms that name something else as often: a place of the gazetteers
    (`Milan`, `Newcastle`: the town's clubs are read by the words around them), a country or body the gazetteer knows, a
    given name or a surname (`Villa`), a word of the vocabulary or a common English word (`Rangers`, `Standard`), and
    forms of fewer than MIN_CLUB_FORM_LETTERS letters (`AFC`, `AFF`: bodies of Asian football)."""
    places = city_names() | indonesian_city_names() | indonesian_village_names()
    people = given_name_keys() | FIRST_NAMES | PERSON_NAMES
    forms = {}
    for form, club in table_rows("club_names.tsv"):
        words = form.split()
        if sum(c.isalpha() for c in form) < MIN_CLUB_FORM_LETTERS or form in places or match_key(form) in known_names() \
                or all(is_ordinary_word(word) for word in words) \
                or len(words) == 1 and (form in people or form in word_set("english_words.txt")):
            continue
        forms[club_form_key(form)] = club
    return forms


# a club's listed forms first: a club's name read as a person's by its shape (`Tottenford Spirs`) gives no short form
SHORT_FORM_RULES = (club_form, defined_acronym, acronym_of_name, acronym_inside_name, company_short_form, body_own_name,
                    person_short_form)


def resolve_short_forms(doc: DocumentContext) -> None:
    """Each mention through SHORT_FORM_RULES in order; the first that applies decides its key and type."""
    names = FullNames.of(doc.mentions)
    keys_before = [mention.key for mention in doc.mentions]
    for mention in doc.mentions:
        if mention.type_rule == TERM_ACRONYM:
            continue  # names nothing (`drop_vocabulary_names`): no short form of a person or a body
        for rule in SHORT_FORM_RULES:
            if rule(doc, names, mention):
                break
    follow_moved_keys(doc.mentions, keys_before)


def follow_moved_keys(mentions: list[Mention], keys_before: list[str]) -> None:
    """An acronym that took a name's key before that name itself moved to a longer one (`FT` of `First Travel`, then
    `First Travel` of `PT First Travel` in the same pass) follows it: a key all of whose own mentions moved to one other
    key names that key's referent. Only acronyms: a person's short form the passes gave a body's name read as a
    person's (`Wonford` of `Tim Wonford Racing`) would carry the error on."""
    moved_to = defaultdict(set)
    for mention, before in zip(mentions, keys_before):
        moved_to[before].add(mention.key)
    renamed = {before: next(iter(after)) for before, after in moved_to.items() if len(after) == 1 and before not in after}
    acronyms = [mention for mention in mentions if mention.type_rule in ACRONYM_SHORT_FORMS]
    for _ in range(len(renamed)):  # a chain of moves, each followed to its end
        changed = False
        for mention in acronyms:
            if mention.key in renamed:
                mention.key, changed = renamed[mention.key], True
        if not changed:
            break


def nickname_of(word: str, full_names) -> list[str]:
    """Full names `word` shortens the Indonesian way: the start of one name word (`Handayaningsih` ->
    `Handa`, MIN_CLIPPED letters left out at least, and not a word of their own: `Soekarno` is no clip of
    `Soekarnoputri`), or the starts of two consecutive name words run together (`Bambang Soedirman` -> `Bamsoed`)."""
    if len(word) < MIN_NICKNAME or " " in word:
        return []
    fitting = []
    for full in full_names:
        parts = full.split()
        clipped = any(len(part) >= len(word) + MIN_CLIPPED and part.startswith(word) and not _compound(part[len(word):])
                      for part in parts)
        blended = any(
            word[:cut] == left[:cut] and right.startswith(word[cut:])
            for left, right in zip(parts, parts[1:]) for cut in range(2, min(len(left), len(word) - 2) + 1)
        )
        if clipped or blended:
            fitting.append(full)
    return fitting


def _compound(rest: str) -> bool:
    """Whether the letters a clip leaves out are a word of their own, one the news corpus writes in lower case half the
    time or more (`putri` of `Soekarnoputri`; not `harini` of `Rismaharini`): the longer word is a name joined to a word,
    a patronym, and the clip is the other name it was made from, not a nickname."""
    return len(rest) >= MIN_NICKNAME and rest in corpus_lower_share()


def misspelt_part_of(word: str, full_names) -> list[str]:
    """Full names with a word `word` misspells (`Ansar` for `Anshar`, `Muhsin` for `Mushin`): same first and last
    letter, one letter more or less and nearly the same letters, or two inner letters swapped."""
    if len(word) < MIN_NICKNAME + 1 or " " in word:
        return []
    return [full for full in full_names if any(
        part[0] == word[0] and part[-1] == word[-1] and abs(len(part) - len(word)) <= 1
        and (Indel.normalized_similarity(part, word) >= VARIANT_SIMILARITY or swapped_letters(word, part))
        for part in full.split())]


MIN_SLIPPED_WORD = 5  # letters of a surname whose last letter a slip may change: shorter ones are other names
GENDERED_ENDINGS = (frozenset("ia"), frozenset("io"))  # `Yulianto`/`Yulianti`, `Putra`/`Putri`: two people's names


def slipped_last_letter(typo: str, word: str) -> bool:
    """`typo` is `word` (MIN_SLIPPED_WORD letters or more) with its last letter changed, doubled or another one added,
    or dropped; not a change between the endings of a man's and a woman's name."""
    if len(word) < MIN_SLIPPED_WORD or typo == word:
        return False
    if len(typo) == len(word):
        return typo[:-1] == word[:-1] and frozenset(typo[-1] + word[-1]) not in GENDERED_ENDINGS
    return typo[:-1] == word or word[:-1] == typo


def swapped_letters(typo: str, word: str) -> bool:
    """Two inner letters side by side swapped: the first and last letters stay (a typist's slip, not another name)."""
    differ = [i for i, (a, b) in enumerate(zip(typo, word)) if a != b]
    return (len(typo) == len(word) and len(differ) == 2 and differ[1] == differ[0] + 1 and 0 < differ[0]
            and differ[1] < len(word) - 1 and typo[differ[0]] == word[differ[1]] and typo[differ[1]] == word[differ[0]])


def join_bracketed_short_names(doc: DocumentContext) -> None:
    """A person's short name in brackets right after a person's name is that person's (`Tono Raharjo (Gus Totor)`,
    `Rina Sari (RS)`): every mention of it in the document, written as it is, joins the full name; a longer name the
    short one was read as part of (`Gus Totor Wijaya`) stays apart. A short name is one word, an acronym spelling the
    full name's initials; a full name in brackets is another person (an actor after the character), and so is the
    team, club or company (`_shortens_another_name`)."""
    ordered = sorted(doc.mentions, key=lambda m: m.start)
    people = {m.text.lower() for m in doc.mentions if m.type == "PERSON"}
    same: dict[str, Mention] = {}
    for previous, current in zip(ordered, ordered[1:]):
        opening = BRACKET_OPENING.match(doc.text, previous.end, current.start)
        # a person wherever read so: a word the document also reads as a person elsewhere (`Ibas menyatakan`), whatever
        # its bracketed mention was read as by its shape alone
        # or a short given name (`Lestiana Sari (Nana)`), however weakly read: a nickname is short, and a racer's team, a
        # player's club or a town of the lists in brackets (`(Williams)`, `(Roma)`) is no nickname
        person = current.type == "PERSON" or current.strength < STRONG and (
            current.text.lower() in people - {previous.text.lower()} or _short_given_name(current.text))
        # (a line-up's player in brackets is the substitute who came on for the one before: `Torres (Gaitán)`)
        if previous.type == "PERSON" and person and previous.key != current.key and opening \
                and current.type_rule != LINEUP_READING and opening.end() == current.start \
                and doc.text.startswith(")", current.end) \
                and _short_name_of(current.text, previous.text) and not _shortens_another_name(current, previous):
            same.setdefault(current.text.lower(), previous)
    for mention, full in _bracketed_names_written(doc, same):
        mention.retype("PERSON", full.strength, "bracketed_short_name")


def _short_given_name(word: str) -> bool:
    """A given name of the lists of MAX_NICKNAME_LETTERS letters at most, no town or name of the gazetteer."""
    lower = word.lower()
    return len(word) <= MAX_NICKNAME_LETTERS and lower in FIRST_NAMES and lower not in city_names() \
        and match_key(word) not in known_names()


def _shortens_another_name(bracketed: Mention, person: Mention) -> bool:
    """A word in brackets the passes made the short form of another longer name of the document (`Rudi Halim (Wonford)`
    beside `Scuderia Wonford`, however read) that opens like none of the person's words: his team, club or company, not
    his nickname (`Joko Sumanto (Josu)` stays his, whatever headline run `Josu` also opens)."""
    resolved = bracketed.key != normalise_key(bracketed.text) and " " in bracketed.key
    initials = {word[0].lower() for word in person.text.split()}
    return resolved and bracketed.text[0].lower() not in initials


def _short_name_of(short: str, full: str) -> bool:
    """A short name: one word (an acronym only if it spells the full name's initials), or two whose last is part of a
    word of the full name, a word of address before a clip (`Rudi Muhaimar (Cak Imar)`); not another full name (an actor
    after the character)."""
    words = short.split()
    if len(words) == 1:
        return not short.isupper() or spells_initials(short, full)
    last = words[-1].lower()
    return len(words) == 2 and len(last) >= MIN_CLIPPED and any(last in word and last != word for word in full.lower().split())


def _bracketed_names_written(doc: DocumentContext, same: dict[str, Mention]) -> list[tuple[Mention, Mention]]:
    """Each mention written as a bracketed name of `same` (lower case -> the name before the brackets), with that name,
    keyed to it: not the full names themselves, nor a longer name the short one was read as part of."""
    full_keys = {full.key for full in same.values()}
    joined = []
    for mention in doc.mentions:
        full = same.get(mention.text.lower())
        if full is not None and mention.key not in full_keys and full.text.lower() not in same:
            mention.key, mention.single = full.key, False
            joined.append((mention, full))
    return joined


def join_acronyms_before_their_names(doc: DocumentContext) -> None:
    """An acronym followed by the name it stands for alone in brackets (`saksi kasus WT (Wonford Travel)`) is that name:
    the text defines it the other way round. Every mention of the acronym in the document, written as it is, joins the
    name, of its type, whatever the name was read as or resolved to. The acronym spells the initials of the name's
    capitalised words, each in order (`_initials`), not any letters of it; a short form of one word in lower case after
    its capital spells a body's or a place's syllables as a bracket after the name would (`Perwoni (Persatuan Wonford
    Indonesia)`: `spells_syllables`)."""
    starting = {mention.start: mention for mention in doc.mentions}
    same: dict[str, Mention] = {}
    for acronym in doc.mentions:
        letters = acronym.text.isupper() and MIN_ACRONYM <= len(acronym.text) <= MAX_ACRONYM
        if not (acronym.text.isalpha() and (letters or acronym.text[:1].isupper() and acronym.text[1:].islower())):
            continue
        opening = BRACKET_AFTER_ACRONYM.match(doc.text, acronym.end)
        name = starting.get(opening.end()) if opening else None
        if name is not None and doc.text.startswith(")", name.end) and " " in name.text and name.key != acronym.key \
                and (_initials(name.text) == acronym.text if letters
                     else name.type in ("ORG", "LOC") and spells_syllables(acronym.text, name.text)):
            same.setdefault(acronym.text, name)
    for mention in doc.mentions:
        name = same.get(mention.text)
        if name is not None and mention.key != name.key:
            mention.key, mention.single = name.key, False
            mention.retype(name.type, name.strength, ACRONYM_BEFORE_ITS_NAME)


def join_bracketed_other_names(doc: DocumentContext) -> None:
    """A body's or a place's other name of several words alone in brackets right after its name is that body's or
    place's: its short form, its name in another language or its popular name (`Badan Wonford (Wonford Board)`, `Taman
    Wonotan (Wonotan Park)`). Every mention of it in the document, written as it is, joins the name before the
    brackets, of its type. One word in brackets is its short form only where its letters say so (`acronym_of_name`),
    else as often its chief or its town (`Asosiasi Wonford (Sukarni)`). Not a person in brackets (a body's official; a
    name its shape alone made one, no given name in it, may be the body's name in another language), nor a place of
    the gazetteer (`Gedung Wonotan (Kuala Lumpur)`: where it is), nor a name the brackets hold with other words (`(kini
    Wonford)`), nor a body nested in the name (`Serikat Pekerja PT Wonford (PT WF)`), nor one a pass resolved to
    another name already (`Direktorat X (Unsuka)`, the university of `Universitas Sukamaju`: its owner). The name
    before the brackets is the outermost one ending there, opening its name (no capitalised word before it, nor one and
    a joiner: a name the readers cut, `Kamar Dagang dan | Industri Wonford (Wonford Chamber)`) and read by more than a
    preposition, and opened by no given name (`Rina WONFORD (Tarrow Racing)`: a results table's rider, read as a body by
    her capitals, and her team)."""
    # the outermost name ending before the brackets (not a place nested in it: `Ikatan Dokter Sukamaju`'s `Sukamaju`)
    ending: dict[int, Mention] = {}
    for mention in sorted(doc.mentions, key=lambda m: -m.start):
        ending[mention.end] = mention
    same: dict[str, Mention] = {}
    for current in doc.mentions:
        # alone in its brackets: an opening bracket before it (spaces aside) and a closing one right after
        window = max(0, current.start - WORD_WINDOW)
        before = doc.text[window:current.start].rstrip(" \t")
        if not before.endswith("(") or not doc.text.startswith(")", current.end):
            continue
        previous = ending.get(len(doc.text[:window + len(before) - 1].rstrip(" \t")))
        if previous is not None and previous.type in ("ORG", "LOC") and " " in current.text and _no_person(current) \
                and previous.key != current.key and current.key == normalise_key(current.text) \
                and not _gazetteer_name(current) and not _gazetteer_name(previous) \
                and previous.type_rule not in BRACKETED_WEAK_READINGS and not _after_capitalised_word(doc, previous) \
                and not _opens_a_nested_body(current, previous) and previous.text.split()[0].lower() not in FIRST_NAMES:
            same.setdefault(current.text.lower(), previous)
    for mention, full in _bracketed_names_written(doc, same):
        # its own strength: a name the vote drops drops both
        mention.retype(full.type, mention.strength, BRACKETED_OTHER_NAME)


def _opens_a_nested_body(short: Mention, name: Mention) -> bool:
    """The short name opens with a legal form or a body's head that the name holds after its first word: it names the
    body nested there (`Serikat Pekerja PT Wonford (PT WF)`: the company, not its union)."""
    first = short.text.split()[0].lower()
    return first in name.text.lower().split()[1:] and (first in LEGAL_FORMS or first in ORG_HEADS)


def _gazetteer_name(mention: Mention) -> bool:
    return mention.text.lower() in city_names() or mention.text.lower() in known_names()


def _after_capitalised_word(doc: DocumentContext, mention: Mention) -> bool:
    """A capitalised word right before the mention, or before a joiner before it (`Kamar Dagang dan | Industri X`):
    the end of a longer name the readers may have cut."""
    words = doc.text[max(0, mention.start - 2 * WORD_WINDOW):mention.start].split()[-2:]
    if words and words[-1][:1].isupper():
        return True
    return len(words) == 2 and words[0][:1].isupper() and words[1].lower() in NAME_JOINERS


def _no_person(mention: Mention) -> bool:
    """Not a person, or one its shape alone made, no given name in it (`Wonford Settlement Body`)."""
    return mention.type != "PERSON" or mention.type_rule == SHAPE_PERSON_READING \
        and not set(mention.text.lower().split()) & FIRST_NAMES


def trim_glued_office_words(doc: DocumentContext) -> None:
    """A person or an office's complement read with an ordinary word glued before a name the document reads alone as a
    person (`Keamanan Tono` after an office ending in that word, `Tono` alone later) is that person, the word left out."""
    people = {}
    for mention in sorted(doc.mentions, key=lambda m: m.start):
        if mention.type == "PERSON":
            people.setdefault(mention.text, mention)
    for mention in doc.mentions:
        first, _, rest = mention.text.partition(" ")
        person = people.get(rest)
        if (mention.type == "PERSON" or mention.rule == "complement_of_title") and person is not None \
                and first.lower() in word_set("common_words.txt") and person.key != mention.key:
            mention.start, mention.text = mention.end - len(rest), rest
            mention.key, mention.single = person.key, person.single
            mention.retype("PERSON", person.strength, "glued_office_word")


def trim_possessive_clitics(doc: DocumentContext) -> None:
    """A name written with the possessive clitic glued to it (`akun Instagramnya`, `di Twitternya`: `-nya`, its) is the
    name the document writes alone elsewhere, the clitic left out; a word the clitic only ends (`Kenya`, `Catalunya`)
    names no such stem and stays. Not a name the gazetteer alone knows: `bahasa Indonesianya` names a language. After
    an account's or a channel's word the stem is the platform's name, written alone or not (`akun Twitternya`)."""
    written = {m.text for m in doc.mentions if m.single}
    for mention in doc.mentions:
        stem = mention.text[:-len(CLITIC)]
        if mention.single and mention.text.endswith(CLITIC) and len(stem) >= MIN_CLITIC_STEM and stem[:1].isupper() \
                and (stem in written or _word_before(doc, mention) in word_set("platform_words.txt")):
            mention.end, mention.text, mention.key = mention.end - len(CLITIC), stem, normalise_key(stem)
            mention.retype(mention.type, mention.strength, POSSESSIVE_CLITIC)


def drop_vocabulary_names(doc: DocumentContext) -> None:
    """Capitalised vocabulary (`Penetapan Dokumen Persyaratan`, `Bawang Merah`) that no short-form rule made a
    body's name and that defines no acronym (capitals it does not spell, `Energi dan Sumber Daya Mineral (ESDM)`, shorten a
    longer portfolio it only ends) names nothing: a heading, a title, a commodity; nor does the acronym
    of a term (TERM_ACRONYM), nor a product's name with its model code (PRODUCT_MODEL), nor a law cited (LAW_CITATION), nor a
    portfolio after a title (PORTFOLIO_READING), nor an event, award or competition, whatever read it (a name closed by
    a word of transforms/data/event_tails.txt: `Grammy Awards`), nor a kind of body the press writes in lower case
    (data/generic_bodies.tsv: `Partai Politik`), nor a company's legal form alone (`Tbk` after `(Persero)`)."""
    # a vocabulary run its bracketed capitals spell; capitals spelling more than the run (`Menteri Energi dan Sumber Daya
    # Mineral (ESDM)`) shorten a minister's whole portfolio, of which the run after `dan` is only the tail
    defining = {id(m) for acronym, m in doc.acronyms.items() if not acronym.isupper() or spells_initials(acronym, m.text)}
    generic = generic_bodies()
    doc.mentions = [m for m in doc.mentions if m.type_rule != TERM_ACRONYM and m.rule not in (PRODUCT_MODEL, LAW_CITATION)
                    and not written_legal_form(m.text)
                    and (m.type_rule not in ("no_name_word", PORTFOLIO_READING) and m.text.lower() not in generic
                         or id(m) in defining) and not _event(m)]


@lru_cache(maxsize=1)
def generic_bodies() -> frozenset[str]:
    """Phrases a body's head opens that the corpus writes in lower case inside its sentences (data/generic_bodies.tsv)."""
    return frozenset(phrase for phrase, *_ in table_rows("generic_bodies.tsv"))


@lru_cache(maxsize=1)
def _competition_words() -> tuple[re.Pattern, re.Pattern]:
    """The text before a place that names a competition (a head, then qualifiers or numbers), and the word after it that
    closes one (data/competition_words.tsv)."""
    kinds = phrase_table("competition_words.tsv")
    heads, qualifiers, tails = ("|".join(sorted(w for (w,), kind in kinds.items() if kind == k)) for k in ("head", "qualifier", "tail"))
    before = re.compile(rf"(?i)\b(?:{heads})(?:[ \t]+(?:{qualifiers}|\d+|[IVX]+))*[ \t]+$")
    return before, re.compile(rf"(?i)[ \t]+(?:{tails})\b")


def drop_places_in_competitions(doc: DocumentContext) -> None:
    """A place named inside a competition's name (`Liga Primer Sukamaju`, `Piala Asia 2027`, `Prancis Terbuka`) is the
    competition's, no mention of the place: the golds leave competitions out or optional, and the report is about the
    league, not the country."""
    before, after = _competition_words()
    places = [m for m in doc.mentions if m.type == "LOC" and (
        before.search(doc.text, max(0, m.start - COMPETITION_WINDOW), m.start) or after.match(doc.text, m.end))]
    # the closing word alone, read as a name of its own after the place (`Prancis | Terbuka`), goes with it
    ends = {after.match(doc.text, m.end).end() for m in places if after.match(doc.text, m.end)}
    dropped = {id(m) for m in places} | {id(m) for m in doc.mentions if m.end in ends}
    doc.mentions = [m for m in doc.mentions if id(m) not in dropped]


def _event(mention: Mention) -> bool:
    """An event's, an award's or a competition's name (`Grammy Awards`, `Song Festival`): closed by an event word."""
    words = mention.text.split()
    return len(words) > 1 and words[-1].lower() in EVENT_TAILS


def continue_bodies_past_short_forms(doc: DocumentContext) -> None:
    """A body's name its bracketed short form interrupts goes on after the bracket (`Kepolisian Daerah (Polda) Sukamaju
    Barat`, `Dinas Kesehatan (Dinkes) Sukamaju`, `Gerakan Pemuda (GP) Wiratama`): the name is the whole phrase, keyed as
    the press writes it short (`Polda Sukamaju Barat`), and the short form written with the rest later in the document
    is that body. Not a person after the bracket (`Kepala Dewan Ekonomi Rakyat (DER) Tono Raharjo`: the body's head); a
    place after it stays a place of its own too."""
    starts = {m.start: m for m in doc.mentions}
    replaced: set[int] = set()
    wholes: list[Mention] = []
    for short in [m for m in doc.mentions if m.rule == "acronym_in_brackets"]:
        body = doc.acronyms.get(short.text)
        rest = starts.get(short.end + 2)
        if body is None or body.type != "ORG" or body.end > short.start or rest is None or rest.type == "PERSON" \
                or doc.text[short.end:rest.start] != ") " or short.text in known_names() or short.text.lower() in known_names():
            continue  # `Bank Sentral Sukamaju (AS)`: a country's short form ends the name
        whole = Mention(body.start, rest.end, doc.source[body.start:rest.end], "ORG", max(body.strength, rest.strength),
                        BODY_ACROSS_SHORT_FORM, BODY_ACROSS_SHORT_FORM)
        whole.key = normalise_key(f"{short.text} {rest.text}")
        short.key = whole.key
        doc.acronyms[short.text] = doc.acronyms[f"{short.text} {rest.text}"] = whole
        replaced |= {id(body)} | ({id(rest)} if rest.type != "LOC" else set())
        wholes.append(whole)
    if wholes:  # one pass over the mentions however many bodies: a document may hold thousands of brackets
        doc.mentions = [m for m in doc.mentions if id(m) not in replaced] + wholes


def drop_skipped_boilerplate(doc: DocumentContext) -> None:
    """Names in skipped boilerplate (a related article's title after `Baca:`) are no mentions, nor full names the
    document's short forms could join."""
    if doc.skipped:
        doc.mentions = [m for m in doc.mentions if not overlaps(m.start, m.end, doc.skipped)]


# The document passes, in order (the context itself, tokens, runs and evidence, is computed first).
MENTION_PASSES = (read_runs, keep_hereditary_titles, drop_skipped_boilerplate, type_lineups, type_results_tables, continue_bodies_past_short_forms, type_clubs,
                  type_by_coordination, type_exemplified_lists, type_names_by_their_cued_last_word,
                  drop_nested, split_bodies_opening_names, split_officials_closing_bodies, split_bodies_written_before_people,
                  resolve_short_forms, join_bracketed_short_names, join_bracketed_other_names,
                  join_acronyms_before_their_names,
                  join_named_epithets, trim_glued_office_words, trim_possessive_clitics,
                  drop_places_in_competitions, drop_vocabulary_names)


def document_mentions(text: str, skipped: tuple[tuple[int, int], ...] = ()) -> list[Mention]:
    doc = DocumentContext(text, skipped)
    for step in MENTION_PASSES:
        step(doc)
    return doc.mentions


def find_mentions(documents: pl.DataFrame) -> pl.DataFrame:
    """documents (doc_id, text, boilerplate) -> candidate mentions with a document-level key.

    Kinds of boilerplate with no names in them (adverts, prompts) are skipped; bylines and photo
    credits still name people and agencies. The outlet's own name in its dateline, byline or blurb is the
    document's `outlet`, not a mention.
    """
    rows = []
    columns = ("doc_id", "text", "boilerplate", "title", "outlet", "body_start")
    for doc_id, text, boilerplate, title, outlet, body_start in documents.select(columns).iter_rows():
        skipped = tuple((b["start"], b["end"]) for b in boilerplate or () if b["kind"] not in NAMING_BOILERPLATE)
        blurbs = tuple((b["start"], b["end"]) for b in boilerplate or () if b["kind"] == "outlet_blurb")
        header_from = text.find(title) + len(title) if title else 0
        for m in document_mentions(text, skipped):
            own_name = outlet is not None and (header_from <= m.start and m.end <= body_start or overlaps(m.start, m.end, blurbs)) \
                and canonical_outlet(m.text) == outlet
            currency = text.startswith("$", m.end)  # `US$`, `S$`: a currency's sign, not a name
            if not own_name and not currency:  # `Jakarta, CNN Indonesia --`: metadata
                rows.append((doc_id, m.start, m.end, m.text, m.type, m.strength, m.key, m.title, m.single, m.tie, m.rule, m.type_rule))
    return pl.DataFrame(list(zip(*rows)), schema=MENTION_CANDIDATES.schema, orient="col")  # (columns convert faster than rows)
