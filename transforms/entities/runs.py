"""Candidate names: runs of capitalised words, with name particles, `dan` inside a body's name,
English joiners, and a body's list of portfolios; degrees after a name left out."""

from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache
from operator import attrgetter

from transforms.common import occurrences
from transforms.entities.tokens import Token, Tokens, is_field_label
from transforms.entities.vocabulary import (DIRECTIONS, MISC_HEADS, NAME_PARTICLES, ORG_HEADS, ORG_TAILS, PERSON_NAMES,
                                            PLACE_HEAD_CLASSES, TITLES, WEB_ADDRESS_END, is_degree, is_head_or_title,
                                            is_name_word, is_ordinary_word)
from transforms.lexicon import (calendar_words, city_names, indonesian_city_names, indonesian_village_names,
                                indonesian_vocabulary_places, known_names, word_set, written_degree)

MAX_NAME_TOKENS = 24  # office titles run long: `Kepala Bidang Humas Polda X Komisaris Besar Y Z`
ENGLISH_JOINERS = word_set("english_joiners.txt")
ENGLISH_ARTICLE = "the"  # between a joiner and the next word of a body's name: `Committee of the Red Cross`
HYPHEN_PREFIXES = word_set("hyphen_prefixes.txt")
UNITS = word_set("units.txt")
NUMBERING_WORDS = word_set("numbering_words.txt")
LAW_WORDS = word_set("law_words.txt")
ONE_WORD_TITLES = frozenset(phrase[0] for phrase in TITLES if len(phrase) == 1)
ORG_HEADS = ORG_HEADS
ORG_HEADS_NOT_DIRECTIONS = ORG_HEADS - DIRECTIONS
MAX_PORTFOLIO_WORDS = 4
PORTFOLIO_TITLES = word_set("portfolio_titles.txt")
PORTFOLIO_TITLE_WORDS = 4  # a portfolio's list follows its title within a few words (`Wakil Menteri Koordinator bidang`)
PORTFOLIO_MARKER = "bidang"  # lower case inside an office, before its portfolio
MAX_SYLLABLE_LETTERS = 5  # `un`, `hyun`, `seong`: a romanised Korean or Chinese syllable
MAX_SHORT_SYLLABLE = 3
MAX_CODE_LETTERS = 3  # `U - 19`, `MH - 17`; longer words in capitals before a spaced hyphen are names (`PSSI - Kemenpora`)
SHORT_PREFIX = 3  # letters of a word of vocabulary that may open a spaced hyphenated name (`Go - Wakar`)
SPACED_HYPHEN = " - "  # texts tokenised upstream (IndoSum) space their hyphens: `Undang - undang`
PLACE_HEAD_CLASSES = PLACE_HEAD_CLASSES
ROUTE_CLASSES = ("street", "tol", "airport")  # places named after the two ends of a route, or two people
COUNTRY_CODES = frozenset(code.upper() for code in word_set("country_codes.txt"))
MIN_TABLE_COUNTRIES = 2  # a results table lists athletes of several countries; one code may be a body's acronym


def _portfolio_list_end(tokens: Tokens, end: int, office: bool) -> int | None:
    """End of a body's name that lists its portfolios (`Badan Meteorologi, Klimatologi, dan Geofisika`,
    `Menteri Desa, Pembangunan Daerah Tertinggal, dan Transmigrasi`), None when no such list follows.

    Each listed portfolio is a few capitalised words that are no body of their own (`Kementerian
    Keuangan, Bank Indonesia, dan OJK` lists three bodies, not one) and no person's name. After an `office`'s title the
    holder's name may follow the last portfolio (`Menteri Desa, ..., dan Transmigrasi Eko Sandjojo`): the run goes on
    to the name's end, and the office's reading parts them.
    """
    text, count, position, listed = tokens.text, len(tokens), end, 0
    while position < count and listed < 6 and (text[tokens[position - 1].end:tokens[position].start] == ", " or (
            listed and tokens[position].lower == "dan" and tokens[position].adjacent_before)):  # `Klimatologi dan Geofisika`
        closing = tokens[position].lower == "dan"
        start = position + 1 if closing else position
        stop = start
        while stop < count and stop - start < MAX_PORTFOLIO_WORDS and tokens[stop].capitalised \
                and (stop == start or tokens[stop].adjacent_before) and tokens[stop].lower not in ORG_HEADS \
                and not (office and (tokens[stop].lower,) in TITLES):  # `Menteri X, Menteri Y, dan Jaksa`
            if tokens[stop].lower in PERSON_NAMES:
                # `Kepala Dinas Pendidikan, Budi Santoso, dan ...` lists people
                return _run_on_end(tokens, stop) if office and closing and stop > start and listed else None
            stop += 1
        if stop == start or " ".join(t.key for t in tokens[start:stop]) in known_names() \
                or (closing and text[tokens[position].end:tokens[start].start] != " ") \
                or stop - start == 1 and len(tokens[start].text) > 1 and tokens[start].text.isupper():
            return None  # a body's acronym (`Bank Sukamaju, BNI, dan BRI`) is no portfolio
        if closing:
            # a name running on after the list (`... dan Olahraga Kutai Rina Sari`) is split better without it
            runs_on = stop < count and tokens[stop].capitalised and tokens[stop].adjacent_before
            if office and runs_on:
                return _run_on_end(tokens, stop) if listed else None
            return stop if listed and not runs_on else None
        listed += 1
        position = stop
    return None


def _run_on_end(tokens: Tokens, index: int) -> int:
    """End of the capitalised words written on from `index`, one space apart."""
    while index < len(tokens) and tokens[index].capitalised and tokens[index].adjacent_before:
        index += 1
    return index


def _after_portfolio_title(tokens: Tokens, index: int, end: int) -> bool:
    """A run opened by a minister's title (`Menteri Koordinator Politik`) or holding `bidang` (`Menteri Koordinator
    bidang Politik`): what follows names the office's portfolios, which a list may go on naming."""
    return any(token.lower in PORTFOLIO_TITLES for token in tokens[index:min(index + PORTFOLIO_TITLE_WORDS, end)])


def _number_of_word_before(tokens, index: int) -> bool:
    """The number at `index` belongs to the word before it: a numbering word (`lantai 2`, `ayat 1`), or a code it is
    joined to by a hyphen or a slash (`U-19`, `C-2`, `A12/43`)."""
    if index == 0:
        return False
    before = tokens[index - 1]
    return before.lower in NUMBERING_WORDS or before.text in ("-", "/") or tokens.text[before.end:tokens[index].start].strip() in ("-", "/")


def _words_without_hyphen(tokens: Tokens) -> frozenset[str]:
    """Capitalised words the document writes somewhere with no hyphen, spaced or not, on either side."""
    # where a word touching a hyphen would start or end, from the text's hyphens: no word asked for its neighbours
    text, starts, ends = tokens.text, set(), set()
    for hyphen in occurrences(text, "-"):
        starts.add(hyphen + 1)
        ends.add(hyphen)
        if hyphen and text.startswith(SPACED_HYPHEN, hyphen - 1):
            starts.add(hyphen + 2)
            ends.add(hyphen - 1)
    listed = list(tokens)  # (indexed as a plain list: see `name_runs`)
    return frozenset(listed[i].text for i in tokens.candidates if listed[i].start not in starts and listed[i].end not in ends)


def _hyphen_compound(tokens: Tokens, index: int, solo: frozenset[str], joints: tuple[str, ...]) -> bool:
    """`Jean-Marc`, `Soekarno-Hatta`, `Calvert-Lewin`, and the same spaced by an upstream tokeniser (`Pierre - Emerick`,
    `Saint - Germain`): one name's hyphenated word. A pairing (`Persib-Persija`, `Jawa Barat - Banten`, `Rina-Sari` of a
    ticket) joins two names the document or the gazetteer knows on their own, so neither side may be one; nor may
    either side be vocabulary (`Kantorberita - Kasus campak ...`: a dateline's dash before a sentence)."""
    before, word = tokens[index - 1], tokens[index]
    joint = tokens.text[before.end:word.start]
    if not (joint in joints and before.capitalised and word.capitalised):
        return False  # most tokens of a spaced text, asked at each word of a run: no vocabulary to look up
    vocabulary = [is_ordinary_word(t.lower, bare_roots=True) for t in (before, word)]
    return (
        not _full_names_on_both_sides(tokens, index)
        and before.text.isalpha() and word.text.isalpha() and not word.heading
        # unspaced, only two words of vocabulary are no name (`Ekspor-Impor`; `Soekarno-Hatta` is one); spaced, a word of
        # vocabulary after the hyphen opens a sentence after a dateline's dash, one before it only a short prefix (`Go - Wakar`)
        and not (all(vocabulary) if joint == "-" else vocabulary[1] or vocabulary[0] and len(before.text) > SHORT_PREFIX)
        and not ({before.text, word.text} & solo)
        and not _place_pairing(before, word)
    )


def _spaced_reduplication(tokens: Tokens, index: int) -> bool:
    """`Perserikatan Bangsa - bangsa`: a reduplicated word spaced by the upstream tokeniser is one word, as the tokeniser
    keeps `Bangsa-Bangsa` one token."""
    before, word = tokens[index - 1], tokens[index]
    return before.capitalised and word.lower == before.lower and tokens.text[before.end:word.start] == SPACED_HYPHEN


def _place_pairing(before: Token, word: Token) -> bool:
    """`Sukamaju - Jakarta`, `Opole - Radom`: a route or a match between places. A foreign gazetteer town is
    a place here only when the other side is one too, or when it opens a sentence (a dateline's dash): the
    gazetteer holds villages named like given names and brands (a hyphenated player's or venue's first part)."""
    places = [t.lower in city_names() or t.key in known_names() for t in (before, word)]
    sure = [t.key in known_names() or t.lower in indonesian_city_names() for t in (before, word)]
    return any(sure) or all(places) or places[0] and before.sentence_initial


def _full_names_on_both_sides(tokens: Tokens, index: int) -> bool:
    """`Rina Sari - Budi Santoso`: a hyphen between two names of two words or more pairs two referents (a
    ticket, a match); one name's hyphenated word has a single word on at least one side."""
    before, after = index - 1, index + 1
    # a title before the first part is no name's word (`Pelatih Jean-Marc Duvalier`)
    two_words_before = before > 0 and tokens[before].adjacent_before and tokens[before - 1].capitalised \
        and not is_head_or_title(tokens[before - 1].lower)
    two_words_after = after < len(tokens) and tokens[after].adjacent_before and tokens[after].capitalised
    return two_words_before and two_words_after


def _route_after_head(tokens: Tokens, index: int, end: int) -> bool:
    """`Jalan Tol Depok - Antasari`, `Jln. Medan-Banda Aceh`, `Bandara Soekarno - Hatta`: a road or an airport named by
    two places joined by a hyphen is one place, whatever the places."""
    return (end - index >= 2 and tokens[end].capitalised and tokens.text[tokens[end - 1].end:tokens[end].start] in ("-", SPACED_HYPHEN)
            and PLACE_HEAD_CLASSES.get((tokens[index].lower,)) in ROUTE_CLASSES)


NUMBERED_HEADS = word_set("numbered_heads.txt")
NUMBERED_HEAD_LINKS = word_set("numbered_head_links.txt")
MAX_HEAD_NUMBER_DIGITS = 3  # `SMPN 115 Jakarta`; a year is no school's number, but a number opened by 0 is (`Kodim 0830`)


def _number_of_head(tokens: Tokens, index: int, end: int) -> bool:
    """`SMPN 6 Sukamaju`, `SMP Negeri 4 X`, `SMA N 3 X`: the number right after a numbered head (numbered_heads.txt) and
    its status words (numbered_head_links.txt) is part of the name."""
    number = tokens[end]
    if not (number.text.isdigit() and (len(number.text) <= MAX_HEAD_NUMBER_DIGITS or number.text[0] == "0")
            and number.adjacent_before):
        return False
    head = end - 1  # the head may follow an office's words in the run (`Kepala SMAN 3 X`)
    while head > index and tokens[head].lower in NUMBERED_HEAD_LINKS:
        head -= 1
    return tokens[head].lower in NUMBERED_HEADS


def _territory_of_number(tokens: Tokens, index: int, end: int) -> bool:
    """`Kodim 0830/Surabaya`, `Korem 174/Anim Ti Waninggap`: the capitalised word right after a slash that follows a numbered
    head's number (`_number_of_head`) is the unit's territory, part of its name."""
    return (end - index >= 2 and tokens[end - 1].text.isdigit() and tokens[end].capitalised
            and tokens.text[tokens[end - 1].end:tokens[end].start] == "/" and _number_of_head(tokens, index, end - 1))


def _spaced_code(tokens: Tokens, index: int) -> bool:
    """`U - 19`, `F - 16`, `C - 130`: a code of capital letters and its number, the hyphen spaced by an upstream
    tokeniser; the tokens keep `U-19` one word, so this is one too (`Timnas U - 19` is not `Timnas U`)."""
    before, number = tokens[index - 1], tokens[index]
    return (number.text.isdigit() and before.text.isalpha() and before.text.isupper() and len(before.text) <= MAX_CODE_LETTERS
            and tokens.text[before.end:number.start] == SPACED_HYPHEN)


def _spaced_syllable(tokens: Tokens, index: int) -> bool:
    """`Ri Chol - un`, `Jeon Dae - hyun`, `Eng - rot Sukarit`: a given name's last syllable in lower case inside a name,
    the hyphen spaced by an upstream tokeniser; the tokens keep `Chol-un` one word, so this is one too. Not a word of the
    vocabulary, nor one of English past three letters (`Brake - force`; English lists `min`, `hee`), nor one opening
    with the word's letter: a reduplication (`Ondel - ondel`, `Teka - teki`, `Bolak - balik`)."""
    syllable, before = tokens[index], tokens[index - 1]
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    # a name's word on either side: one before the syllable's word (`Ri Chol - un`), or a surname after it (`Eng - rot
    # Sukarit`)
    inside = tokens[index - 2].capitalised or following is not None and following.capitalised and following.adjacent_before
    return (index >= 2 and syllable.text.isalpha() and syllable.text.islower() and len(syllable.text) <= MAX_SYLLABLE_LETTERS
            and before.capitalised and inside and syllable.lower[0] != before.lower[0]
            and tokens.text[before.end:syllable.start] == SPACED_HYPHEN
            and not is_ordinary_word(syllable.lower)
            and (len(syllable.text) <= MAX_SHORT_SYLLABLE or syllable.lower not in word_set("english_words.txt")))


def _spaced_article(tokens: Tokens, index: int) -> bool:
    """`Masjid Al - Hikmah`, `Kelompok Al - Sukami`: an Arabic article or kin word, capitalised, before a capitalised word,
    the hyphen spaced by an upstream tokeniser; unspaced it opens one name whatever follows it (`Al-Hikmah`), so
    spaced too."""
    article, word = tokens[index - 1], tokens[index]
    return (article.capitalised and article.lower in HYPHEN_PREFIXES and word.capitalised
            and tokens.text[article.end:word.start] == SPACED_HYPHEN)


def _tokens_after_spaced_hyphens(tokens: Tokens) -> list[int]:
    """Indexes of the tokens a spaced hyphen parts from the token before (`Pierre - Emerick`): the text's few spaced
    hyphens looked up among the tokens, not every token asked."""
    found = []
    for position in occurrences(tokens.text, SPACED_HYPHEN):
        index = bisect_left(tokens, position + len(SPACED_HYPHEN), key=attrgetter("start"))  # the token starting after it
        if 0 < index < len(tokens) and tokens[index].start == position + len(SPACED_HYPHEN) and tokens[index - 1].end == position:
            found.append(index)
    return found


def join_hyphen_compounds(tokens: Tokens) -> Tokens:
    """The tokens with each unspaced hyphenated name one word (`Jean-Marc`, `Soekarno-Hatta`, `Levallois-Perret`), as
    `Covid-19` and `Tae-min` already are; pairings (`Jakarta-Bandung`, `TNI-Polri`) stay two words (`_hyphen_compound`).
    A code and its number, a given name's last syllable and an Arabic article's name, spaced by an upstream tokeniser,
    are one word too (`U - 19`, `Ri Chol - un`, `Al - Hikmah`)."""
    listed = list(tokens)  # (indexed as a plain list: see `name_runs`)
    joints = [i for i in tokens.candidates if listed[i].hyphen_before and listed[i - 1].capitalised]
    codes = set()
    if SPACED_HYPHEN in tokens.text:
        # the few tokens after a spaced hyphen, found once: each reading below asks for one (a text holds thousands)
        spaced = _tokens_after_spaced_hyphens(tokens)
        codes = {i for i in spaced if _spaced_code(tokens, i) or i >= 2 and _spaced_syllable(tokens, i) or _spaced_article(tokens, i)}
    if not joints and not codes:
        return tokens
    solo = _words_without_hyphen(tokens)
    # an Arabic article or kin word opens one name whatever follows it (`Al-Hikmah`, `Abu-Salim`)
    compounds = {i for i in joints if listed[i - 1].lower in HYPHEN_PREFIXES or _hyphen_compound(tokens, i, solo, ("-",))}
    return tokens.joined(compounds | codes) if compounds or codes else tokens


# as typed and as IndoSum's tokenised texts space them (`Dorian ' The Stone ' Malvern`)
OPENING_NICKNAME = (' "', " “", " ‘", " '", ' " ', " ' ")
CLOSING_NICKNAME = ('" ', "” ", "’ ", "' ", ' " ', " ' ")
MAX_NICKNAME_WORDS = 3


def _quoted_nickname_end(tokens: Tokens, end: int) -> int | None:
    """After a name's word, a nickname of at most three capitalised words in quotation marks, then the name's last word
    (`Hendra “Acong” Lisanto`, `Jurgen "The Professor" Hallinger`): the token after that last word. None where a word of
    the vocabulary stands on either side or inside the marks (`Video "Pak Ogah" Tutup`, `Rina "Tawarkan" Rudi`: a
    headline's quotation)."""
    text, count = tokens.text, len(tokens)
    if text[tokens[end - 1].end:tokens[end].start] not in OPENING_NICKNAME or is_ordinary_word(tokens[end - 1].lower):
        return None
    close = end
    while close < count and close - end < MAX_NICKNAME_WORDS and tokens[close].capitalised and (close == end or tokens[close].adjacent_before) \
            and (close > end or not is_ordinary_word(tokens[close].lower)):  # `"The Stone"`, not `"Tawarkan"`, `"Pak Ogah"`
        close += 1
    if close == end or close >= count or text[tokens[close - 1].end:tokens[close].start] not in CLOSING_NICKNAME:
        return None
    last = tokens[close]
    if not last.capitalised or is_ordinary_word(last.lower) or last.text.isupper() or is_head_or_title(last.lower):
        return None
    return close + 1


def _brand_channel(token: Token) -> bool:
    """An outlet's channel after its lower-case brand (`detikSukamaju`): capitalised, though lower-case first."""
    return token.capitalised and token.text[0].islower()


def results_table_codes(tokens: list[Token], candidates: list[int]) -> frozenset[int]:
    """The tokens that are country codes of a results table, written between an athlete's name and his team (`Rina Sari
    ESP Tim Sukamaju`, lines run together by the crawl): a code after two capitalised words that are no head nor title,
    with a capitalised word or a number after it, where the text writes codes of at least two countries so."""
    codes = [i for i in candidates if len(tokens[i].text) == 3 and tokens[i].text in COUNTRY_CODES and 2 <= i < len(tokens) - 1
             and tokens[i].adjacent_before and tokens[i - 1].capitalised and tokens[i - 1].adjacent_before
             and tokens[i - 2].capitalised and not is_head_or_title(tokens[i - 1].lower)
             and not is_head_or_title(tokens[i - 2].lower) and (tokens[i + 1].capitalised or tokens[i + 1].text[0].isdigit())]
    return frozenset(codes) if len({tokens[i].text for i in codes}) >= MIN_TABLE_COUNTRIES else frozenset()


def name_runs(tokens: Tokens, table_codes: frozenset[int] = frozenset()) -> list[tuple[int, int]]:
    """Token index ranges [i, j) of capitalised runs; a results table's country code (`results_table_codes`) closes the
    athlete's name and opens no run (`Rina Sari | ESP | Tim Sukamaju`)."""
    # the tokens as a plain list, indexed below hundreds of times a text: a subclass of list is indexed through its
    # `__getitem__` method, several times the work of the interpreter's own list indexing (the helpers take `tokens`)
    listed = list(tokens)
    named = {listed[i].text for i in tokens.candidates if not listed[i].sentence_initial}
    lowered = {t.lower for t in listed if not t.capitalised}  # words the document writes in lower case
    formula_words = word_set("non_name_words.txt")
    spaced = SPACED_HYPHEN in tokens.text  # most texts space no hyphen: no spaced compound to look for
    solo = _words_without_hyphen(tokens) if spaced else frozenset()
    runs = []
    count = len(tokens)
    resume = 0  # the token after the last run: candidates inside a run open none
    for index in tokens.candidates:
        if index < resume or index in table_codes:
            continue
        token = listed[index]
        following = listed[index + 1] if index + 1 < count else None
        # (most words open no place's name inside a sentence, nor follow a hyphen at one's start: no look-ups)
        place_end = _vocabulary_place_end(tokens, index) if not token.sentence_initial and following is not None \
            and following.capitalised and following.adjacent_before else None
        starts_name = place_end is not None or token.sentence_initial and _town_after_hyphen(tokens, index) or is_name_word(token, following, named) and not token.text[0].isdigit() and not (
            token.adjacent_before and listed[index - 1].lower in formula_words  # `Allahu Akbar`
        ) and not (  # `Kuasar itu ... kuasar lain`: a lone word capitalised only where a sentence opens is a word
            token.sentence_initial and token.lower in lowered and token.text not in named
            and not (following and following.adjacent_before and following.capitalised)
            and token.lower not in PERSON_NAMES  # `Eko ... kata eko`: a name typed in lower case
        ) and not (token.lower in UNITS and index > 0 and listed[index - 1].text[0].isdigit()) and not (  # `28 GHz`
            following is not None and following.lower == token.lower and not following.capitalised
            and tokens.text[token.end:following.start] == SPACED_HYPHEN  # `Undang - undang`: a reduplicated word, spaced
        )
        starts_number_name = (
            token.text.isdigit() and index + 1 < count and listed[index + 1].adjacent_before
            and listed[index + 1].capitalised and is_name_word(listed[index + 1], None, named)
            and not listed[index + 1].sentence_initial and len(token.text) <= 3
            and len(listed[index + 1].text) > 1 and listed[index + 1].lower not in UNITS  # `5 G`, `28 GHz`: quantities
            and not (index > 0 and listed[index - 1].capitalised and listed[index].adjacent_before)
            and not (index > 0 and listed[index - 1].text[0].isdigit())  # `4 - 0 Arsenal`, `2,74 Miliar`: a score, a decimal
            and not is_ordinary_word(listed[index + 1].lower, bare_roots=True)  # `babak 16 Liga X`, `600 Juta`: a count
            and not _number_of_word_before(tokens, index)
            and not listed[index + 1].text.isupper()  # `terdapat 12 LHLN`, `ayat 2 KUHP`: a count or a law's article
        )
        if not (starts_name or starts_number_name):
            continue
        end = place_end or index + 1
        while end < count and end - index < MAX_NAME_TOKENS and end not in table_codes:
            nxt = listed[end]
            # (one space before the word, as before most, holds no hyphen nor quotation mark: no compound, route or nickname
            # to look for)
            if not nxt.adjacent_before:
                if spaced and (_hyphen_compound(tokens, end, solo, (SPACED_HYPHEN,)) or _spaced_reduplication(tokens, end)) \
                        or _route_after_head(tokens, index, end):
                    end += 1
                    continue
                if _territory_of_number(tokens, index, end):
                    end += 1  # `Kodim 0830/Surabaya`: a numbered unit's territory after a slash goes on naming it
                    continue
                if (after_nickname := _quoted_nickname_end(tokens, end)) is not None:
                    end = after_nickname  # `Jurgen "The Professor" Hallinger`: the nickname quoted inside the name is the name's
                    continue
            if not (nxt.adjacent_before or nxt.hyphen_before) or (nxt.hyphen_before and listed[end - 1].lower not in HYPHEN_PREFIXES):
                break
            if tokens.text[nxt.end:nxt.end + 1] == ":" and is_field_label(nxt.lower):
                break  # `... Harry Kane Pelatih: Rino Sasongko`: a field's label closes a line-up, no name
            if _brand_channel(nxt) or _brand_channel(listed[end - 1]):
                break  # `Kabiro detikSukamaju Rina Sari`: an outlet's channel is a name of its own, no person's word
            if "." in listed[end - 1].text and WEB_ADDRESS_END.search(listed[end - 1].text) and nxt.lower not in ORG_TAILS:
                break  # `Founder Wonford.id Rina Sari`: a site's address closes its name (its company's form aside,
                # `Wonford.com Inc`), the founder's is another
            if nxt.capitalised and is_name_word(nxt, listed[end + 1] if end + 1 < count else None, named, starting=False):
                end += 1
                continue
            if _month_inside_name(tokens, end, named):
                end += 1
                continue
            if _number_of_head(tokens, index, end):
                end += 1  # `SMPN 6 Sukamaju`: a state school's number goes on naming it
                continue
            # `Rina binti Sari`, `Edwin van der Sar`: one or two particles, then the name goes on
            particles = 1 + (end + 2 < count and listed[end + 1].lower in NAME_PARTICLES and listed[end + 1].adjacent_before)
            # `Hassan al-Rashidi`, `Hassan al - Rashidi`: an Arabic particle joined to the name by a hyphen
            joined = end + particles < count and (listed[end + particles].adjacent_before or (
                listed[end + particles].hyphen_before or tokens.text[listed[end + particles - 1].end:listed[end + particles].start] == SPACED_HYPHEN
            ) and listed[end + particles - 1].lower in HYPHEN_PREFIXES)
            if (
                nxt.lower in NAME_PARTICLES and joined
                and listed[end + particles].capitalised and is_name_word(listed[end + particles], None, named, starting=False)
            ):
                end += particles + 1
                continue
            if nxt.lower == "dan" and _portfolio_after_dan(tokens, index, end):
                end += 2
                continue
            if nxt.lower == PORTFOLIO_MARKER and end + 1 < count and listed[end + 1].capitalised and listed[end + 1].adjacent_before \
                    and (is_head_or_title(listed[end - 1].lower) or listed[end - 1].text.isupper()):
                end += 2  # `Menteri Koordinator bidang Perekonomian`, `Wakil Ketua DPR bidang Politik`, `Komisi IX bidang`:
                continue  # an office's portfolio, as `Bidang` in capitals
            if nxt.lower in ENGLISH_JOINERS:
                # `House of Rattan`, `Network for Democracy`, `Committee of the Red Cross`: English names of bodies
                after = end + 2 if end + 2 < count and listed[end + 1].lower == ENGLISH_ARTICLE and listed[end + 1].adjacent_before \
                    and listed[end + 2].adjacent_before else end + 1
                if after < count and listed[after].capitalised and listed[after].adjacent_before \
                        and listed[after].lower not in ENGLISH_JOINERS:
                    end = after + 1
                    continue
            break
        # degrees after a name (`Rina Sari SH`, `Rina Sari, M.Psi`) are no part of it, nor a name of their own
        while end - index >= 2 and _degree_at(tokens, end - 1) and not is_head_or_title(listed[end - 2].lower):
            end -= 1
        # nor is a title abbreviated before a name the run does not reach (`RSCM Dr. dr. Rina Sari`: the titles are hers)
        while end - index >= 2 and listed[end - 1].lower in ONE_WORD_TITLES and tokens.text.startswith(".", listed[end - 1].end):
            end -= 1
        # nor is a numbering word its number follows (`Jl. Sukamaju No. 5`, `Gedung Sukamaju Lantai 3`, `Nova Seri 5`),
        # nor a name; but a law's article closes a citation, no name (`Jo Pasal 7`)
        numbered = end
        while end - index >= 2 and numbered < count and listed[end - 1].lower in NUMBERING_WORDS and listed[numbered].text[0].isdigit() \
                and listed[end - 1].lower not in LAW_WORDS:
            end -= 1
        if index > 0 and listed[index - 1].capitalised and not is_head_or_title(listed[index - 1].lower) \
                and tokens.text[listed[index - 1].end:token.start].lstrip(".") in (" ", ", ") \
                and all(_degree_at(tokens, k) for k in range(index, end)):
            resume = end
            continue
        if listed[index].lower in ORG_HEADS or index + 1 < end and listed[index + 1].lower in ORG_HEADS_NOT_DIRECTIONS:
            end = _portfolio_list_end(tokens, end, office=False) or end
        elif _after_portfolio_title(tokens, index, end):
            end = _portfolio_list_end(tokens, end, office=True) or end
        if end - index >= 3 and listed[index].text == "H" and tokens.text.startswith(". ", listed[index].end):
            index += 1  # `H. Rudi Hartono`: the pilgrim's title Haji, no part of the name (as `Hj.` is none)
        runs.append((index, end))
        resume = max(end, numbered)
    return runs


def _town_after_hyphen(tokens: Tokens, index: int) -> bool:
    """`Jakarta - Bogor`, `Jakarta-Bandung`: an Indonesian town after a hyphen and a name is the town, a route's or a
    pairing's end, though the hyphen reads as a dateline's dash before a sentence (where a word of the dictionary,
    `Bogor`, `Bekasi`, would open no name)."""
    token = tokens[index]
    return (index > 0 and token.sentence_initial and tokens[index - 1].capitalised and token.lower in indonesian_city_names()
            and tokens.text[tokens[index - 1].end:token.start] in ("-", SPACED_HYPHEN))


def _portfolio_after_dan(tokens: Tokens, start: int, dan: int) -> bool:
    """`Kementerian Pendidikan dan Kebudayaan`, `Kepala Dinas Perumahan Rakyat dan Permukiman`: `dan` joining two
    portfolios of one body, whose head opens the run or follows the title opening it. Not `KPU dan Pemda` (no portfolio
    before `dan`), nor `Perum Bulog dan Kementerian X` (two bodies). After a title the portfolios must be vocabulary
    (`Kepala Dinas Pendidikan dan Kebudayaan`, not `Kepala Dinas Pendidikan dan Rina Sari`): a title lists people too."""
    heads = ORG_HEADS | MISC_HEADS
    head = start if tokens[start].lower in heads else start + 1
    after_title = head > start
    if after_title and not (is_head_or_title(tokens[start].lower) and tokens[head].lower in ORG_HEADS):
        # a ministry's head further on, after an office's words (`Dirjen Perumahan Kementerian Perumahan dan Kawasan
        # Permukiman`): its portfolios, vocabulary too; a unit's (`Bidang X dan Y Kantor Z`) runs into its body's name
        head = next((k for k in range(dan - 2, start, -1) if tokens[k].lower in word_set("ministry_heads.txt")), None)
        if head is None:
            return False
    nxt = tokens[dan + 1] if dan + 1 < len(tokens) else None
    portfolio = tokens[head + 1:dan]
    return (
        dan - head >= 2 and nxt is not None and nxt.capitalised and nxt.adjacent_before
        and nxt.lower not in ORG_HEADS
        and " ".join(t.key for t in portfolio) not in known_names()
        # a town is no portfolio (`Pemkot Sukamaju dan BPN`), nor is a body's acronym (`Kementerian Kehakiman dan FBI`;
        # a term's is: `Koperasi dan UKM`)
        and not (portfolio[-1].lower in city_names() and not is_ordinary_word(portfolio[-1].lower))
        and not (len(nxt.text) > 1 and nxt.text.isupper() and nxt.lower not in word_set("term_acronyms.txt"))
        and not (after_title and not all(is_ordinary_word(t.lower, bare_roots=True) for t in (*portfolio, nxt)))
    )


@lru_cache(maxsize=1)
def _place_name_openings() -> frozenset[str]:
    """The first words of the districts' and villages' names `_vocabulary_place_end` looks up."""
    return frozenset(name.partition(" ")[0] for name in indonesian_vocabulary_places() | indonesian_village_names())


def _vocabulary_place_end(tokens: Tokens, index: int) -> int | None:
    """The end of a district's or village's name of two or three capitalised words opening at `index` inside a sentence,
    whatever its words (`Pasar Minggu`, `Tanah Tinggi`: a day, a word the lists call no name when it opens a run); asked
    of a word inside a sentence before a capitalised word."""
    if tokens[index].lower not in _place_name_openings():
        return None  # (most words open no such name: no name of two or three words put together and looked up)
    for size in (3, 2):
        words = tokens[index:index + size]
        if len(words) == size and all(w.capitalised and w.adjacent_before for w in words[1:]):
            name = " ".join(w.lower for w in words)
            if name in indonesian_vocabulary_places() or name in indonesian_village_names():
                return index + size
    return None


def _month_inside_name(tokens: Tokens, index: int, named: set[str]) -> bool:
    """`Rudi April Santoso`, `Tania June Prasetyo`, `Rina Mei`: a month's name right after a given name, before another
    name word or ending the name, is part of the name; a date has digits or a time word after the month (`Rudi Juni 2024`,
    `Rudi Juni lalu`), not a name."""
    month, after = tokens[index], tokens[index + 1] if index + 1 < len(tokens) else None
    given = tokens[index - 1].lower
    if not (month.capitalised and month.lower in calendar_words()
            and (given in PERSON_NAMES or given in word_set("world_given_names.txt"))):
        return False
    if after is not None and after.adjacent_before and after.capitalised:
        return is_name_word(after, None, named, starting=False)
    # ending the name (`Rosalind May menyatakan`, `kata Rina Mei.`): no number nor time word after it, which would make it
    # a date (`Rudi Juni 2024`, `kata Budi Maret lalu`)
    return after is None or not (after.text[0].isdigit() or after.lower in word_set("time_deixis.txt"))


def _degree_at(tokens, index: int) -> bool:
    """An academic degree as written after a name, its dot outside the token too (`Sp. B`, a specialist's degree written
    with a space: the token before the dot is the degree)."""
    token = tokens[index]
    return is_degree(token) or tokens.text.startswith(".", token.end) and written_degree(token.text + ".")
