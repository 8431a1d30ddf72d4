"""Collection-wide rewriting of candidate keys before resolution: one key for the forms of one place or body.

- `link_region_short_forms`: a province or country written in its short form inside a longer name is
  the same name (`Polda Jabar` = `Polda Jawa Barat`, `Kedubes AS` = `Kedubes Amerika Serikat`); the
  short forms are those of data/known_names.tsv.
- `expand_abbreviated_heads`: a body named with its head abbreviated (`RS Sukamaju`, data/abbreviated_heads.tsv) is the
  body named with the head in full (`Rumah Sakit Sukamaju`).
- `drop_admin_prefixes`: a place with its administrative level is the place (`Provinsi Jawa Tengah` =
  `Jawa Tengah`); for levels whose names repeat (`Kota Bekasi`, `Kabupaten Bekasi`) only when the
  collection names the place at one level.
- `join_party_names`: `Partai X` and `X` are one party when X is a name, not a word (`Partai Buruh`
  is not `buruh`).
- `join_town_suffixed_names`: a body named with its town (`Persimaju Bekasi`, a club) and the same name
  alone are one, when the name alone is a name (not a word, not a given name).
- `join_body_forms`: a body with its country's suffix (`KPU RI`) or its seat's word (`Mabes Polri`) is the
  body the collection names without them; a seat glued to a police head (`Mapolres X`) is that unit.
- `join_known_short_forms`: a body named by a form the gazetteer knows, with its head repeated (`Partai Golkar`) or
  a known acronym opening it (`KPU Sumsel`), is the known body (`Komisi Pemilihan Umum Sumatera Selatan`).
- `join_regional_government_forms`: a regional government named without its level (`Pemda Bekasi`) is the one
  the collection names with its level (`Pemkot Bekasi`), when it names one only.
- `drop_province_levels_in_bodies`: a body named with its province's level (`DPRD Provinsi X`) is the body named
  without it (`DPRD X`); a town's or a regency's level stays (two councils).
- `join_spacing_variants`: bodies and places written with and without a space (`Kramat Jati`/`Kramatjati`)
  are one name, the form the collection uses most.
- `join_titled_place_names`: a place named after a person with the person's title (`Jalan Jenderal Sudirman`) is
  the place the collection names without it (`Jalan Sudirman`).
- `join_clipped_first_words`: a body's two-word name whose first word is clipped (`Man Rovers`) is the one name of the
  collection with that word in full and the same second word (`Manchester Rovers`), written at least as often.
- `join_name_prefixes`: a person's first names alone (`Rina Sari`) are the person whose fuller name
  (`Rina Sari Wulandari`) the collection uses, when one such name clearly dominates.

Each step is a pure pass over the candidate mentions (`key`, `type`); `KEY_STEPS` is their order.
"""

from __future__ import annotations

from collections import defaultdict
from functools import lru_cache

import polars as pl

from transforms.common import filtered, join_looked_up_in_documents
from transforms.entities.shape import CLUB_LETTERS_READING, CLUB_READING, PLACING_READINGS
from transforms.entities.vocabulary import given_name_keys, is_head_or_title, is_ordinary_word, town_keys
from transforms.entities.vocabulary import normalise_key as _normalise_key
from transforms.lexicon import CLDR_GROUP, _rows, known_names, phrase_table, word_set

PARTY_HEAD = "partai"
# the readings of a town's name as its club, by the words around it or the document's report on clubs
CLUB_TYPE_RULES = ("club_in_club_report", "club_of_city_named_city")  # the document passes that read a city's club
CLUB_READINGS = (CLUB_READING, *CLUB_TYPE_RULES)
TOWN_LEVEL = "kota"  # the class (data/place_heads.txt) and the word of a city's level: `Kota X`
# A fuller name takes a shorter one only when it is this many times more frequent than the next.
DOMINANCE = 3
MIN_DOCUMENTS = 2


@lru_cache(maxsize=1)
def region_forms() -> dict[tuple[str, ...], tuple[str, ...]]:
    """Key words of a place's short or other form -> key words of its canonical name (longest forms first)."""
    forms = {}
    for row in _rows("known_names.tsv"):
        if row[0] != "LOC":
            continue
        canonical = tuple(_normalise_key(row[1]).split())
        for alias in row[2:]:
            words = tuple(_normalise_key(alias).split())
            if words and words != canonical:
                forms[words] = canonical
    return dict(sorted(forms.items(), key=lambda item: -len(item[0])))


@lru_cache(maxsize=1)
def admin_prefixes() -> dict[str, bool]:
    """Administrative level, spelt as keys spell it (`village` -> `vilage`) -> whether a name has one place at that level
    (a state's form before a country: the country, `country_forms`)."""
    return {_normalise_key(level): unique != "no" for level, unique in _rows("admin_prefixes.tsv")}


@lru_cache(maxsize=1)
def known_by_key() -> dict[str, tuple[str, str]]:
    """`known_names` looked up by a candidate's key, spelt as keys are (`inggris` -> `ingris`; acronyms in lower case):
    a country or body whose key the spelling rules change is known under it too."""
    keyed = dict(known_names())
    for surface, known in known_names().items():
        keyed.setdefault(_normalise_key(surface), known)
    return keyed


@lru_cache(maxsize=1)
def country_forms() -> frozenset[str]:
    """The levels that are a state's form (`Kerajaan`, `Republik`): dropped only before a country of the gazetteer."""
    return frozenset(_normalise_key(level) for level, unique in _rows("admin_prefixes.tsv") if unique == "country")


@lru_cache(maxsize=1)
def _region_forms_by_first_word() -> dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]]:
    """`region_forms` grouped by their first word, each group longest first: only those can match at a word."""
    grouped: dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]] = defaultdict(list)
    for form, canonical in region_forms().items():
        grouped[form[0]].append((form, canonical))
    return dict(grouped)


def _expand_regions(key: str) -> str:
    words, out, index = key.split(), [], 0
    while index < len(words):
        for form, canonical in _region_forms_by_first_word().get(words[index], ()):
            if tuple(words[index:index + len(form)]) == form:
                out.extend(canonical)
                index += len(form)
                break
        else:
            out.append(words[index])
            index += 1
    return " ".join(out)


def link_region_short_forms(candidates: pl.DataFrame) -> pl.DataFrame:
    """Bodies and places of two or more words: region short forms inside them spelt out; not a club's letters
    (`AS Sukamaju`, read so by its document: no country)."""
    lettered = set(_keys(candidates, pl.col("rule") == CLUB_LETTERS_READING))
    keys = [key for key in _keys(candidates, pl.col("type").is_in(["ORG", "LOC"]) & pl.col("key").str.contains(" "))
            if key not in lettered]
    rewritten = {key: _expand_regions(key) for key in keys}
    changed = {key: new for key, new in rewritten.items() if new != key}
    return _rewrite(candidates, changed, types=("ORG", "LOC"))


@lru_cache(maxsize=1)
def abbreviated_heads() -> dict[str, str]:
    """An abbreviated head's key -> the key words of the head in full."""
    return {_normalise_key(short): _normalise_key(full) for short, full in _rows("abbreviated_heads.tsv")}


def expand_abbreviated_heads(candidates: pl.DataFrame) -> pl.DataFrame:
    """`rs sukamaju` -> `rumah sakit sukamaju`: a body's or place's key opening with an abbreviated head."""
    changed = {}
    for key in _keys(candidates, pl.col("type").is_in(["ORG", "LOC"])):
        if (expanded := with_head_in_full(key)) != key:
            changed[key] = expanded
    return _rewrite(candidates, changed, ("ORG", "LOC"))


def with_head_in_full(key: str) -> str:
    """The key with its abbreviated head written in full (`rs sukamaju` -> `rumah sakit sukamaju`), else itself."""
    first, _, rest = key.partition(" ")
    full = abbreviated_heads().get(first) if rest else None
    return f"{full} {rest}" if full else key


def drop_admin_prefixes(candidates: pl.DataFrame) -> pl.DataFrame:
    """`provinsi X` -> `X`; `kota X` -> `X` unless the collection also has X at another level whose names repeat, or
    reads X alone as a club more often than it places it (`Kota Sukamaju` is the town, where `Sukamaju` alone is mostly
    the club named after it); `kerajaan X` -> `X` when X is a country (`Kerajaan Inggris` is Inggris)."""
    levels: dict[str, set[str]] = defaultdict(set)
    for key in _keys(candidates, pl.col("type") == "LOC"):
        first, _, rest = key.partition(" ")
        if not rest or first not in admin_prefixes():
            continue
        # a level below a province before a country names a unit of that country (`Distrik Amerika Serikat`, a court's
        # district; `Kota Meksiko`, its capital), not the country; a state's form names only a country
        names_the_place = is_country(rest) if first in country_forms() else admin_prefixes()[first] or not is_country(rest)
        if names_the_place:
            levels[rest].add(first)
    for key in _keys(candidates, pl.col("key").str.contains(f". {TOWN_LEVEL} .")):
        levels[town_inside(key)].add(TOWN_LEVEL)  # `Pemerintah Kota X` names the city: `Kabupaten X` is another place
    # names read alone as a club more often than placed by the words around them (`di Sukamaju`)
    club = pl.col("rule").is_in(CLUB_READINGS) | pl.col("type_rule").is_in(CLUB_READINGS)
    readings = candidates.group_by("key").agg(club=club.sum(), placed=pl.col("rule").is_in(PLACING_READINGS).sum())
    clubs = set(readings.filter(pl.col("club") > pl.col("placed"))["key"])
    changed = {}
    for rest, prefixes in levels.items():
        if rest in clubs:
            continue
        # a level whose names repeat is the place when it is the only such level named (`Kabupaten X` beside
        # `Daerah X`: one regency), never when two are (`Kota X` and `Kabupaten X`, two places)
        if sum(not admin_prefixes()[p] for p in prefixes) <= 1:
            known = known_by_key().get(rest)  # `Pulau Sumatra` is the gazetteer's `Sumatera`, as `Sumatra` alone is
            place = _normalise_key(known[1]) if known and known[0] == "LOC" else rest
            changed.update({f"{prefix} {rest}": place for prefix in prefixes})
    return _rewrite(candidates, changed, types=("LOC",))


def town_inside(key: str) -> str:
    """The city a longer name's key names after its level's word (`pemerintah kota sukamaju`, `masjid raya kota
    sukamaju`: `sukamaju`)."""
    return key.rpartition(f" {TOWN_LEVEL} ")[2]


def is_country(key: str) -> bool:
    """Whether a key names a country or territory of CLDR (its group's code is letters: continents' are digits)."""
    kind, group = known_by_key().get(key, ("", ""))
    return kind == "LOC" and group.startswith(CLDR_GROUP + " ") and group[len(CLDR_GROUP) + 1:].isalpha()


def join_party_names(candidates: pl.DataFrame) -> pl.DataFrame:
    """`Partai X` and `X` are one; not when the collection writes X after its one town (or its dominant town,
    `_dominant_town_form`) more often than after `Partai` (`X <town>`, a club: `Partai X` is a misreading), which
    `join_town_suffixed_names` then joins."""
    organisations = set(_keys(candidates, pl.col("type") == "ORG"))
    words = word_set("root_words.txt")
    changed = {key[len(PARTY_HEAD) + 1:]: key for key in organisations if key.startswith(PARTY_HEAD + " ")
               and key[len(PARTY_HEAD) + 1:] in organisations and key[len(PARTY_HEAD) + 1:] not in words}
    if changed:  # only the names a party's form would take are looked up with a town (the collection has few)
        named = filtered(candidates, pl.col("type").is_in(["ORG", "PERSON"])
                         & (pl.col("key").str.replace(r" \S+$", "").is_in(list(changed)) | pl.col("key").is_in(list(changed.values()))),
                         "key")
        counts = dict(named.group_by("key").len().iter_rows())
        with_town = _town_suffixed(set(counts))
        town_forms = {name: _dominant_town_form(name, with_town[name], counts) for name in changed if name in with_town}
        changed = {name: party for name, party in changed.items()
                   if town_forms.get(name) is None or counts[town_forms[name]] <= counts[party]}
    return _rewrite(candidates, changed, types=("ORG",))


def join_town_suffixed_names(candidates: pl.DataFrame) -> pl.DataFrame:
    """`X <town>` and `X` are one, when one town follows X in the collection (`_dominant_town_form`): across the collection when it writes
    that form at least a DOMINANCE-th as often as X alone, else only in the documents naming that form. A form far
    rarer than the bare name is a town's office (`BPJS` in many documents, `BPJS Sukamaju` in one: the national body
    elsewhere), though its own document's bare `BPJS` is that office."""
    types = ("ORG", "PERSON")
    named = filtered(candidates, pl.col("type").is_in(types), "doc_id", "key")
    keys = set(named["key"].unique())
    ordinary = word_set("root_words.txt") | given_name_keys()
    suffixed = {name: fuller for name, fuller in _town_suffixed(keys).items() if name in keys and name not in ordinary}
    counts = dict(named.filter(pl.col("key").is_in([*suffixed, *(k for f in suffixed.values() for k in f)]))
                  .group_by("key").len().iter_rows())
    several = [name for name, fuller in suffixed.items() if len(fuller) > 1]
    shouted = set(filtered(candidates, pl.col("type").is_in(types) & pl.col("key").is_in(several), "key", "text").group_by("key")
                  .agg(shouted=(pl.col("text").str.to_uppercase() == pl.col("text")).all()).filter("shouted")["key"]) if several else set()
    changed = {name: _dominant_town_form(name, fuller, counts) if name not in shouted or len(fuller) == 1 else None
               for name, fuller in suffixed.items()}
    changed = {name: fuller for name, fuller in changed.items() if fuller is not None}
    local = {name: fuller for name, fuller in changed.items() if DOMINANCE * counts[fuller] < counts[name]}
    candidates = _rewrite(candidates, {name: fuller for name, fuller in changed.items() if name not in local}, types)
    if not local:
        return candidates
    names_of = {fuller: name for name, fuller in local.items()}
    in_documents = (named.filter(pl.col("key").is_in(list(names_of))).select("doc_id", fuller="key").unique()
                    .with_columns(key=pl.col("fuller").replace_strict(names_of), local=pl.lit(True)))
    return (join_looked_up_in_documents(candidates, in_documents, ["doc_id", "key"])
            .with_columns(key=pl.when(pl.col("local").fill_null(False) & pl.col("type").is_in(types))
                          .then("fuller").otherwise("key"))
            .drop("fuller", "local"))


def _dominant_town_form(name: str, fuller: list[str], counts: dict[str, int]) -> str | None:
    """The one `X <town>` form X takes: the only one, or one the collection writes DOMINANCE times as often as the others
    together (`Persimaju Bekasi`, and once `Persimaju Depok`, a misreading), unless X is an office's head or title that
    every town has (`Polres`, `Pengadilan Negeri`) or an acronym, always written in capitals (`BPBD`, one in each town:
    the caller's test)."""
    if len(fuller) == 1:
        return fuller[0]
    ranked = sorted(fuller, key=lambda k: (-counts[k], k))
    if is_head_or_title(name.split()[0]) or counts[ranked[0]] < DOMINANCE * sum(counts[k] for k in ranked[1:]):
        return None
    return ranked[0]


def _town_suffixed(keys: set[str]) -> dict[str, list[str]]:
    """X -> the keys `X <town>` (an Indonesian town) among `keys`."""
    with_town: dict[str, list[str]] = defaultdict(list)
    for key in sorted(keys):
        *name, last = key.split()
        if name and last in town_keys():
            with_town[" ".join(name)].append(key)
    return with_town


SEAT_PREFIX = "ma"  # `mapolres`, `mapolda`: the seat (markas) of a police unit, glued to its head


def join_body_forms(candidates: pl.DataFrame) -> pl.DataFrame:
    """`kpu ri` -> `kpu`, `mabes polri` -> the key of `polri`, `mapolres x` -> `polres x`: only into a key the
    collection uses for a body (or the gazetteer's key of a known body). A seat read as a place (`dibawa ke Mapolres
    X`, its building) is the body too: the press writes the seat for the unit."""
    organisations = set(_keys(candidates, pl.col("type") == "ORG"))
    suffixes = sorted((_normalise_key(s) for s in word_set("national_suffixes.txt")), key=len, reverse=True)
    changed = {}
    for key in _keys(candidates, pl.col("type").is_in(["ORG", "LOC"])):
        first, _, rest = key.partition(" ")
        body = next((key[:-len(s) - 1] for s in suffixes if key.endswith(" " + s)), None) if key in organisations else None
        if body is None and rest and names_a_seat(first):
            body = rest if first in word_set("body_seat_words.txt") else f"{first[len(SEAT_PREFIX):]} {rest}"
        if body is None:
            continue
        known = known_by_key().get(body)
        target = _normalise_key(known[1]) if known and known[0] == "ORG" else body
        if target not in organisations:  # the unit's head spelt out by `expand_abbreviated_heads` (`polrestabes x`)
            target = with_head_in_full(target)
        if target in organisations and target != key:
            changed[key] = target
    return _rewrite(candidates, changed, types=("ORG", "LOC"))


def names_a_seat(first_word: str) -> bool:
    """Whether a body's name opens with its seat (`Mabes X`, `Markas X`, or the seat's prefix glued to a body's head,
    `Mapolres X`): the body's building, which the press writes for the body."""
    return first_word in word_set("body_seat_words.txt") or (
        first_word.startswith(SEAT_PREFIX) and first_word[len(SEAT_PREFIX):] in word_set("org_heads.txt"))


def drop_province_levels_in_bodies(candidates: pl.DataFrame) -> pl.DataFrame:
    """`DPRD Provinsi X` -> `DPRD X`, `Dinas Pendidikan Provinsi X` -> `Dinas Pendidikan X`: inside a body's name, the
    level of a province or a state (data/place_heads.txt classes that admin_prefixes.tsv marks unique: a province is named
    once) before its name tells no two bodies apart; the press writes it or not. Only in a name an organisation's head
    opens (data/org_heads.txt). Not `Kota`/`Kabupaten`: `DPRD Kota X` and `DPRD Kabupaten X` are two councils."""
    levels = {tuple(_normalise_key(" ".join(words)).split()) for words, kind in phrase_table("place_heads.txt").items()
              if kind in ("province", "state")}
    heads = {_normalise_key(word) for word in word_set("org_heads.txt")}
    changed = {}
    for key in _keys(candidates, pl.col("type") == "ORG"):
        words = key.split()
        if words[0] not in heads:  # a part cut from a longer name (`HAM Provinsi Bali` of a ministry's regional office)
            continue  # is no body's name: without its level it would spell other names (`Hambali`)
        for start in range(1, len(words) - 1):
            level = next((size for size in (2, 1) if tuple(words[start:start + size]) in levels), None)
            if level and start + level < len(words):
                changed[key] = " ".join(words[:start] + words[start + level:])
                break
    return _rewrite(candidates, changed, types=("ORG",))


def join_regional_government_forms(candidates: pl.DataFrame) -> pl.DataFrame:
    """`pemda x` -> the one `pemprov x`, `pemkab x` or `pemkot x` the collection names (data/regional_government_forms.tsv)."""
    organisations = set(_keys(candidates, pl.col("type") == "ORG"))
    changed = {}
    for generic, *levels in _rows("regional_government_forms.tsv"):
        for key in organisations:
            if key.startswith(generic + " "):
                rest = key[len(generic):]
                fitting = [level + rest for level in levels if level + rest in organisations]
                if len(fitting) == 1:
                    changed[key] = fitting[0]
    return _rewrite(candidates, changed, types=("ORG",))

def join_known_short_forms(candidates: pl.DataFrame) -> pl.DataFrame:
    """A body's key that is a form the gazetteer knows (`pdi perjuangan`), that repeats the head of the body a known form
    names (`partai golkar`: Golkar is `Partai Golongan Karya`), or that opens with a known acronym (`kpu sumsel`) ->
    the known body's key, the rest kept."""
    changed = {}
    for key in _keys(candidates, pl.col("type") == "ORG"):
        first, _, rest = key.partition(" ")
        target = _known_body(key)
        if target is None and rest:
            named = _known_body(rest)
            opening = _known_body(first)
            if named is not None and named.split()[0] == first:
                target = named
            elif opening is not None:
                target = f"{opening} {rest}"
        if target is not None and target != key:
            changed[key] = target
    return _rewrite(candidates, changed, types=("ORG",))


def _known_body(form: str) -> str | None:
    known = known_by_key().get(form)
    return _normalise_key(known[1]) if known and known[0] == "ORG" else None

def join_spacing_variants(candidates: pl.DataFrame) -> pl.DataFrame:
    """Keys of bodies and places equal once their spaces are taken out: the most used one (then the first)."""
    counts = filtered(candidates, pl.col("type").is_in(["ORG", "LOC"]), "key").group_by("key").len()
    by_compact: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for key, n in counts.iter_rows():
        by_compact[key.replace(" ", "")].append((-n, key))
    changed = {}
    for group in by_compact.values():
        if len(group) > 1:
            target = min(group)[1]
            changed.update({key: target for _, key in group if key != target})
    return _rewrite(candidates, changed, types=("ORG", "LOC"))


def join_titled_place_names(candidates: pl.DataFrame) -> pl.DataFrame:
    """A place named after a person with the person's title (`Jalan Jenderal Sudirman`) is the place the collection
    names without it (`Jalan Sudirman`): its class kept, the titles after it left out."""
    places = set(_keys(candidates, pl.col("type") == "LOC"))
    changed = {}
    for key in places:
        head, *rest = key.split()
        untitled = [word for word in rest if not is_head_or_title(word)]
        if rest and len(untitled) < len(rest) and untitled and (shorter := " ".join([head, *untitled])) in places:
            changed[key] = shorter
    return _rewrite(candidates, changed, types=("LOC",))


MIN_CLIP = 3  # letters a clipped first word keeps (`Man` of `Manchester`)
MIN_CLIPPED = 3  # letters it leaves out: one or two are an inflection or a misspelling (`Strait`/`Straits`), not a clip
ENGLISH_ARTICLE = "the"


def join_clipped_first_words(candidates: pl.DataFrame) -> pl.DataFrame:
    """`man rovers` -> `manchester rovers`: two-word names of bodies or places whose second words are the same and whose
    first word clips the other's (MIN_CLIP letters kept, MIN_CLIPPED left out), when one such fuller name fits and the
    collection writes it at least as often as the clipped one (the short form of a usual name, not another name that
    opens with a shorter one's word: `Grab Indonesia` is no `Grabpay Indonesia`). A clip that is a word of the
    vocabulary (`Ban Sukamaju`) or an English article is no clip."""
    changed = {}
    for type_ in ("ORG", "LOC"):
        counts = dict(filtered(candidates, (pl.col("type") == type_) & (pl.col("key").str.count_matches(" ") == 1), "key")
                      .group_by("key").len().iter_rows())
        firsts: dict[str, list[str]] = defaultdict(list)
        for key in counts:
            first, second = key.split()
            firsts[second].append(first)
        for key, n in counts.items():
            clip, second = key.split()
            if len(clip) < MIN_CLIP or clip == ENGLISH_ARTICLE or is_ordinary_word(clip):
                continue
            fuller = [f for f in firsts[second] if f.startswith(clip) and len(f) >= len(clip) + MIN_CLIPPED]
            if len(fuller) == 1 and counts[f"{fuller[0]} {second}"] >= n:
                changed[key] = f"{fuller[0]} {second}"
    return _rewrite(candidates, changed, types=("ORG", "LOC"))


def join_name_prefixes(candidates: pl.DataFrame) -> pl.DataFrame:
    """Only fuller names that several documents use and whose added words are names, not words: a
    name run on into the next word (`Rina Sari. Dalam`) or a neighbour's name is no fuller name."""
    people = (filtered(candidates, pl.col("type") == "PERSON", "doc_id", "key")
              .group_by("key").agg(n=pl.len(), documents=pl.col("doc_id").n_unique()))
    frequency = dict(people.select("key", "n").iter_rows())
    attested = set(people.filter(pl.col("documents") >= MIN_DOCUMENTS)["key"])
    words_not_names = word_set("root_words.txt")
    fuller: dict[str, list[str]] = defaultdict(list)
    for key in attested:
        words = key.split()
        for size in range(2, len(words)):
            prefix = " ".join(words[:size])
            if prefix in frequency and not words_not_names.intersection(words[size:]):
                fuller[prefix].append(key)
    changed = {}
    for prefix, names in fuller.items():
        ranked = sorted(names, key=lambda k: (-frequency[k], k))
        if len(ranked) == 1 or frequency[ranked[0]] >= DOMINANCE * frequency[ranked[1]]:
            changed[prefix] = ranked[0]
    return _rewrite(candidates, changed, types=("PERSON",))


def _keys(candidates: pl.DataFrame, which: pl.Expr) -> pl.Series:
    """The distinct keys of the candidates `which` selects."""
    return filtered(candidates, which, "key")["key"].unique()


def _rewrite(candidates: pl.DataFrame, changed: dict[str, str], types: tuple[str, ...]) -> pl.DataFrame:
    if not changed:
        return candidates
    return candidates.with_columns(
        key=pl.when(pl.col("type").is_in(types)).then(pl.col("key").replace(changed)).otherwise(pl.col("key"))
    )


KEY_STEPS = (expand_abbreviated_heads, drop_admin_prefixes, join_body_forms, join_known_short_forms, link_region_short_forms, join_party_names, join_regional_government_forms,
             drop_province_levels_in_bodies, join_spacing_variants, join_town_suffixed_names, join_titled_place_names, join_clipped_first_words, join_name_prefixes)


def link_keys(candidates: pl.DataFrame) -> pl.DataFrame:
    """Every step of KEY_STEPS in order."""
    for step in KEY_STEPS:
        candidates = step(candidates)
    return candidates
