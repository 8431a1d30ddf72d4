"""Language knowledge read from the data files beside this module and from packages that ship it.

Every loader is cached: the files are read once per process.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from transforms.common import two_capitals

DATA = Path(__file__).resolve().parent / "data"


def _lines(name: str) -> list[str]:
    text = (DATA / name).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]


def _rows(name: str) -> list[list[str]]:
    return [line.split("\t") for line in _lines(name)]


@lru_cache(maxsize=None)
def table_rows(name: str) -> tuple[tuple[str, ...], ...]:
    """A tab-separated file's rows, in file order (where order matters or a row has several columns)."""
    return tuple(tuple(row) for row in _rows(name))


@lru_cache(maxsize=None)
def word_set(name: str) -> frozenset[str]:
    """A one-word-a-line file as a set of lower-case entries."""
    return frozenset(line.lower() for line in _lines(name))


LOWER_SHARE = 0.8  # a word the corpus writes in lower case this often inside sentences is vocabulary
MIN_CASE_USES = 10  # words used inside sentences this often in the corpus (`kak` of `Kak Rina`, 7 uses, says too little)
MIN_CASE_LETTERS = 3  # shorter words are initials (`I Wayan`) or parts of names (`Na`, `Yu`) as often as vocabulary


@lru_cache(maxsize=1)
def corpus_lower_share() -> dict[str, float]:
    """How often the scale corpus writes a word in lower case inside its sentences (mined, corpus_case.tsv): words of
    MIN_CASE_LETTERS letters or more, used MIN_CASE_USES times at least, written in lower case half the time or more."""
    shares = {}
    for word, lower, capital in table_rows("corpus_case.tsv"):
        uses = int(lower) + int(capital)
        if len(word) >= MIN_CASE_LETTERS and uses >= MIN_CASE_USES:
            shares[word] = int(lower) / uses
    return shares


@lru_cache(maxsize=1)
def corpus_vocabulary() -> frozenset[str]:
    """Words the scale corpus writes in lower case inside sentences LOWER_SHARE of the time or more (mined,
    transforms/data/corpus_case.tsv): `kuliner`, `gaming`, `skuad` are vocabulary, whatever older lists say."""
    return frozenset(word for word, share in corpus_lower_share().items() if share >= LOWER_SHARE)


@lru_cache(maxsize=1)
def corpus_capitalised() -> frozenset[str]:
    """Words the scale corpus capitalises inside its sentences (mined, corpus_capitalised.tsv): names, however
    derived they look (a name shaped like me-gawat-i or ke-mayor-an is no derived word)."""
    return frozenset(row[0] for row in table_rows("corpus_capitalised.tsv"))


@lru_cache(maxsize=None)
def phrase_table(name: str) -> dict[tuple[str, ...], str]:
    """`phrase<TAB>class` rows keyed by the lower-case token tuple of the phrase; the titles with their deputies'."""
    table = {}
    for row in _rows(name):
        table[tuple(row[0].lower().split())] = row[1] if len(row) > 1 else row[0].lower()
    if name in TITLE_FILES:
        table = _deputy_titles(table) | table
    if name == "titles.txt":
        table = _corps_titles() | table
    return table


TITLE_FILES = ("titles.txt", "complement_titles.txt")  # the titles, and those taking a body after them
DEPUTY_PREFIX = "wa"  # KBBI: `wa-`, short for `wakil`, before a title's one word (`Wagub`, `Wasekjen`, `Waketum`, `Wakapolda`)


def _deputy_titles(titles: dict[tuple[str, ...], str]) -> dict[tuple[str, ...], str]:
    """The deputy's title of each one-word title, unless that word is a root of the dictionary or the corpus writes it
    in lower case (`wasir`)."""
    words = corpus_lower_share().keys() | word_set("root_words.txt")
    return {(DEPUTY_PREFIX + phrase[0],): DEPUTY_PREFIX + phrase[0] for phrase in titles
            if len(phrase) == 1 and phrase[0].isalpha() and DEPUTY_PREFIX + phrase[0] not in words}


def _corps_titles() -> dict[tuple[str, ...], str]:
    """A TNI rank then its corps (`Kolonel Inf`, `Letkol Chk`): the title the corps closes."""
    return {(*rank.split(), corps): f"{rank} {corps}" for rank in word_set("military_ranks.txt")
            for corps in word_set("military_corps.txt")}


@lru_cache(maxsize=None)
def phrase_set(name: str) -> frozenset[tuple[str, ...]]:
    return frozenset(phrase_table(name))


@lru_cache(maxsize=None)
def known_names() -> dict[str, tuple[str, str]]:
    """Surface form (see `match_key`) -> (type, group key) for countries, regions and international bodies.

    Countries come from CLDR through Babel (`Locale("id").territories`, plus the English names),
    and Indonesian short forms and foreign forms from data/known_names.tsv.
    """
    from babel import Locale

    names: dict[str, tuple[str, str]] = {}
    indonesian, english = Locale("id").territories, Locale("en").territories
    for code, name in indonesian.items():
        if code.isdigit() and code not in CONTINENT_CODES:
            continue
        # The group is named apart from any written name, so an acronym (`CN`, `ID`) never joins it by letters.
        group = f"{CLDR_GROUP} {code}"
        for written in (name, english.get(code)):
            if written is None:
                continue
            names.setdefault(written.lower(), ("LOC", group))
            # `Myanmar (Burma)`: the name before the brackets and the one inside them are the country's as well
            if (bracketed := CLDR_BRACKETED.fullmatch(written)) is not None:
                for part in bracketed.groups():
                    names.setdefault(part.lower(), ("LOC", group))
    for kind, group, *aliases in _rows("known_names.tsv"):
        # a canonical CLDR does not write joins the CLDR group of an alias it does write (`Inggris`: `United Kingdom`),
        # so `Inggris Raya`, CLDR's, is the same country
        cldr = next((names[alias.lower()][1] for alias in (group, *aliases) if alias.lower() in names
                     and names[alias.lower()][1].startswith(CLDR_GROUP + " ")), None) if kind == "LOC" else None
        key = cldr or names.get(group.lower(), (kind, group))[1]
        for alias in (group, *aliases):
            names[match_key(alias)] = (kind, key)
    # a country's formal name (`Negara Palestina`, `Kerajaan Belanda`) is the country, however CLDR writes it
    countries = [(written, key) for written, (kind, key) in names.items()
                 if kind == "LOC" and key.startswith(CLDR_GROUP + " ") and key[-1].isalpha() and not written.isupper()]
    for form in word_set("state_forms.txt"):
        for written, key in countries:
            names.setdefault(f"{form} {written}", ("LOC", key))
    return names


def match_key(name: str) -> str:
    """How a name is looked up: acronyms as written (`UN` is not `Un`, `AS` is not `as`), the rest in lower case."""
    return name if name.isupper() and len(name.replace(" ", "")) > 1 else name.lower()


CLDR_GROUP = "cldr"
CLDR_BRACKETED = re.compile(r"(.+?)\s*\((.+)\)")  # a CLDR name with another name in brackets
# CLDR region codes of continents and world regions worth naming (`Asia`, `Eropa`, `Afrika`).
CONTINENT_CODES = {"002", "019", "142", "150", "009", "010", "003", "005", "013", "145", "035", "030", "034", "155", "151", "154", "039"}


@lru_cache(maxsize=1)
def city_names() -> frozenset[str]:
    """World city names (GeoNames, cities over 15,000 people, with the Latin-script alternate names of cities over
    100,000: `Beijing`, `Kolkata`), US states, and Indonesia's regencies: data/geonames_cities.txt, written by
    scripts/build_city_names.py, and `indonesian_regencies`."""
    return word_set("geonames_cities.txt") | indonesian_regencies()


@lru_cache(maxsize=1)
def indonesian_city_names() -> frozenset[str]:
    """Main names of Indonesia's cities and towns in GeoNames (data/geonames_indonesian_cities.txt) and of its
    regencies, lower case."""
    return word_set("geonames_indonesian_cities.txt") | indonesian_regencies()


@lru_cache(maxsize=1)
def indonesian_village_names() -> frozenset[str]:
    """Indonesia's districts and villages (kecamatan, kelurahan, desa) whose names are no vocabulary and open with no
    given name, lower case: data/indonesian_villages.txt, written by scripts/build_regency_names.py."""
    return word_set("indonesian_villages.txt")


@lru_cache(maxsize=1)
def indonesian_vocabulary_places() -> frozenset[str]:
    """Indonesia's districts and villages whose names of two words or more are made of vocabulary (`Kelapa Gading`,
    `Pasar Minggu`), lower case: data/indonesian_vocabulary_places.txt, written by scripts/build_regency_names.py."""
    return word_set("indonesian_vocabulary_places.txt")


def indonesian_regencies() -> frozenset[str]:
    """Indonesia's regencies and cities (kabupaten, kota) by name, lower case: data/indonesian_regencies.txt, written by
    scripts/build_regency_names.py. GeoNames lists towns, not the regencies news name their officials after."""
    return word_set("indonesian_regencies.txt")


@lru_cache(maxsize=None)
def speech_verbs() -> dict[str, tuple[str, str, str, str]]:
    """Surface form -> (base, group, position, content) from data/speech_verbs.tsv (read from dictionaries and
    news) and data/reporting_verbs_mined.tsv (mined from the corpus and reviewed; see their source notes)."""
    return {row[0].lower(): (row[1], row[2], row[3], row[4])
            for name in ("speech_verbs.tsv", "reporting_verbs_mined.tsv") for row in _rows(name)}


@lru_cache(maxsize=None)
def calendar_words() -> dict[str, int]:
    """Indonesian and English month names and abbreviations -> month number."""
    return {row[0].lower(): int(row[1]) for row in _rows("months.tsv")}


def continues_subject(words: list[str]) -> bool:
    """`dan`, `lalu kemudian`, `serta juga` (lower case): a conjunction and adverbs with no subject of their own; the
    subject of the clause before goes on speaking."""
    leads, adverbs = word_set("subjectless_leads.txt"), word_set("subject_adverbs.txt")
    return bool(words) and words[0] in leads and all(w in leads or w in adverbs for w in words)


def written_degree(word: str) -> bool:
    """An academic degree as written after a name: `SH`, `S.H`, `M.Psi`, `PhD`, `Sp.PD` (not `Sh`: a degree has a dot or
    two capitals), data/academic_degrees.txt."""
    return (word.replace(".", "").lower() in word_set("academic_degrees.txt")
            and ("." in word or two_capitals(word)))
