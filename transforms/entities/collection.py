"""Entities across the collection: the candidate mentions of every document go through the steps of
COLLECTION_STEPS in order, each testable alone, then become the `entities` and `mentions` tables."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

import polars as pl
from rapidfuzz.distance import Indel
from rapidfuzz.process import cdist

from transforms.common import UnionFind, filtered, join_looked_up, join_looked_up_in_documents, stable_id, stable_ids
from transforms.entities.context import QUOTED_NICKNAME, SHORT_FORM_JOINERS as JOINERS, spells_pieces
from transforms.entities.document import MISSPELT_RULE, VARIANT_SIMILARITY, club_form_key, club_forms, swapped_letters
from transforms.entities.epithets import EPITHET_RULE
from transforms.entities.runs import SPACED_HYPHEN
from transforms.entities.shape import (ACRONYM_READING, BRAND_READING, CITY_READING, CLUB_LETTERS_READING, CLUB_READING, DEFAULT_READING, SHAPE_ALONE_READINGS,
                                       SHAPE_PERSON_READING, TITLE_COMPLEMENT, VILLAGE_READING)
from transforms.entities.translations import english_pattern, own_words, translates
from transforms.entities.vocabulary import (LEGAL_FORMS, MEDIUM, STRONG, TITLE_STARTS, WEAK, english_word_keys, foreign_given_name_keys,
                                              given_name_keys, is_head_or_title, is_ministry, is_ordinary_word, normalise_key, town_keys)
# the module, not its names: entity_keys imports from this package, so either may be imported first
from transforms import entity_keys
from transforms.documents import canonical_outlet, outlet_forms
from transforms.lexicon import city_names, indonesian_city_names, indonesian_village_names, known_names, phrase_set, phrase_table, table_rows, word_set
from transforms.schemas import ENTITIES, MENTION_CANDIDATES, MENTIONS

WEB_SUFFIX = re.compile(r" (?:com|co id|id|net|org|news)$")  # a key's web domain, as `normalise_key` spells it
MIDDLE_INITIAL = r"\s\p{Lu}\.?\s"  # a capital alone between two words of a person's name
DOMINANCE = 3  # a collection-wide candidate this many times more mentioned than the next one wins
MIN_SHARED_ACRONYM = 3  # shorter acronyms are defined anew by each document
MAX_ACRONYM_KEY = 5  # a key this short written only in capitals is an acronym (`MARQUEZ` in a shouted headline is not)
# readings that say nothing of the sense the text gives the name: a word alone, a city's name looked up in the gazetteer
CONTEXT_FREE_READINGS = (DEFAULT_READING, CITY_READING, VILLAGE_READING)
NOT_IN_PERSON_NAMES = frozenset({"vs", "versus", "v"}) | word_set("english_joiners.txt")
PLACE_HEAD_CLASSES = frozenset(tuple(normalise_key(c).split()) for c in phrase_table("place_heads.txt").values())
PLACE_HEAD_SIZES = sorted({len(c) for c in PLACE_HEAD_CLASSES}, reverse=True)
WEAK_DESIGNATORS = frozenset({"citi", "united"})  # club words also closing a place's name (`Manchester` of `Manchester City`), as keys spell them
# what the news corpus gives one name: cue-given epithets, mined nicknames (opened by an article; teams' of no article)
EPITHET_FILES = ("epithets.tsv", "nicknames.tsv", "team_nicknames.tsv")
MIN_MISSPELT = 5  # letters of a word whose misspelling a document's names are joined across (`Porestabes`)
MISSPELT_ELSEWHERE = 2  # documents writing a name whose misspelling, written once, another document's name is
MIN_PIECE = 2  # letters each word gives a short form written in lower case (`Kejati`: `keja` + `ti`)
# the share of documents (those reading a lone word as a person against those writing it alone with no such reading)
# the collection needs to read the word as a person's name, once MIN_VOTE documents write it alone with no such reading
PERSON_VOTE, MIN_VOTE = 0.5, 3
SHORT_FORM_READINGS = ("defined_acronym", "acronym_of_name", "abbreviation_of_name")  # a document's short form of a body
VOTE_READING = "type_vote"  # a mention the vote gave another type: the evidence is its entity's other mentions
GROUP_FORM, RENAMED_HEAD, LEVEL_FORM = "group_form", "renamed_head", "level_form"
TRANSLATED_NAME = "translated_name"  # a body or place named in the other language in its document
CLIPPED_WORD_NAME = "clipped_word_name"  # a name written in its document with a word cut short
MIN_CLIPPED_LETTERS = 3  # `Man Wonford`: fewer letters (`Ma`) clip too many words
MIN_CLIPPED_PERSON_LETTERS = 4  # a person's clipped word (`Will`, `Nico`); `Wen Lio` is not `Wen Lioko`
CLIPPED_PEOPLE_APART = 200  # characters at least between a person's clipped name and the full one: closer, two in a list
BODY_PLACE_LEVELS = ("kabupaten", "kota", "provinsi", "kab", "prov")  # a place's level written inside a body's name
SPAN = ("doc_id", "start", "end")  # a mention's place: the mentions table keeps one row of each
INNER_SHORT_FORM = r" \([A-Z][A-Za-z]*\)( [A-Z])"  # `Dinas Kesehatan (Dinkes) Sukamaju`: the body's short form inside its name
LEADING_ARTICLE = r"^The "  # an English article opening a form (`The ASEAN`)


@dataclass
class Collection:
    """What the steps read and change: the candidate mentions, their (key, type) groups, the keys joined so far."""

    mentions: pl.DataFrame
    keys: pl.DataFrame = field(init=False)
    union: UnionFind = field(default_factory=UnionFind)

    def __post_init__(self):
        self.keys = self.mentions.group_by("key", "type").agg(
            n=pl.len(), strength=pl.col("strength").max(), single=pl.col("single").all()
        )

    def hand_over_mentions(self) -> pl.DataFrame:
        """The mentions, which the collection no longer holds (nor their key groups): the frames made from them then
        replace them rather than add to them."""
        mentions, self.mentions, self.keys = self.mentions, None, None
        return mentions

    def set_mentions(self, mentions: pl.DataFrame) -> None:
        """Mentions whose keys a step rewrote: their (key, type) groups again."""
        self.mentions = mentions
        self.__post_init__()

    def document_keys(self, within: pl.Series) -> dict[str, dict[str, set[str]]]:
        """doc_id (of the documents `within`) -> key -> the types its mentions in that document were read with."""
        keys: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
        written = filtered(self.mentions, pl.col("doc_id").is_in(within.implode()), "doc_id", "key", "type").unique()
        for doc_id, key, type_ in written.iter_rows():
            keys[doc_id][key].add(type_)
        return keys

    def person_full_names(self) -> list[str]:
        return sorted(k for k, t in self.keys.select("key", "type").iter_rows() if t == "PERSON" and len(k.split()) >= 2)


def join_spelling_variants(collection: Collection) -> None:
    """Full names whose words are spelling variants of each other are one person (`Yurij`/`Yuriy`)."""
    by_initials: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for key in collection.person_full_names():
        by_initials[tuple(w[0] for w in key.split())].append(key)
    for group in by_initials.values():
        for a, b in _similar_pairs(group):
            if _variant_of(a, b):
                collection.union.union(a, b)


MIN_RUN_TOGETHER_LETTERS = 6  # letters of a name written with and without its spaces: shorter ones are other names


def join_names_run_together(collection: Collection) -> None:
    """Names the collection writes with and without a space or an apostrophe between their parts (`Gunung Wonokidul`
    and `Gunungwonokidul`, `Ma'ruf Sarip` and `Maruf Sarip`, `Daily Wonford` and `Dailywonford`) are one referent:
    their keys are the same letters. Not where the readings say two types (`Batu Wono` placed, `Batuwono` quoted as a
    speaker: a place and a person named after it), nor where a part is a lone letter (`M Andi`, initials, is no
    `Mandy`), nor names of fewer than MIN_RUN_TOGETHER_LETTERS letters."""
    readings = collection.keys.lazy().select("key", "type", letters=pl.col("key").str.replace_all(" ", "", literal=True))
    run_together = (readings.filter((pl.col("letters").str.len_chars() >= MIN_RUN_TOGETHER_LETTERS)
                                    & ~pl.col("key").str.contains(r"(?:^| )\S(?: |$)"))
                    .group_by("letters").agg(keys=pl.col("key").unique().sort(), types=pl.col("type").n_unique())
                    .filter((pl.col("keys").list.len() > 1) & (pl.col("types") == 1)).collect())
    for keys in run_together["keys"]:
        for other in keys[1:]:
            collection.union.union(keys[0], other)


def join_misspelt_names(collection: Collection) -> None:
    """A name of several words written once, which is another name with one of its words misspelt by a letter dropped or
    added or two of its letters swapped (`Porestabes Sukamaju` beside `Polrestabes Sukamaju`, `Machester Rovers`, `Rina
    Sarni`), is that name, whatever types the two were read with: a crawled article's typo is no second referent. The
    other name is in the same document and the collection writes it more often, or it is written in MISSPELT_ELSEWHERE
    documents or more. The other words are the same and the misspelt word has MIN_MISSPELT letters or more. Two names
    written as often are told apart by their words: the word the collection's names write more often is the one written
    right (`Kementrian X` once beside `Kementerian X` once, and `Kementerian` in five other names), then a word of its own
    (a given name, a town, vocabulary). A letter changed is not enough: clubs and people of one text are named that close
    (`Persiwa`, `Persiba`)."""
    named = filtered(collection.mentions, pl.col("text").str.contains(" ") & ~pl.col("text").str.contains(r"\d"),
                     "doc_id", "key", "text")
    named = named.with_columns(form=keyed_texts(named["text"]))
    written = Counter(named["form"].to_list())
    words_written: Counter = Counter()
    for text, count in collection.mentions["text"].value_counts().iter_rows():
        for word in normalise_key(text).split():
            words_written[word] += count
    in_document = Counter(named.select("doc_id", "form").iter_rows())
    documents_of: dict[str, set[str]] = defaultdict(set)
    keys_of: dict[str, Counter] = defaultdict(Counter)
    for doc_id, key, form in named.select("doc_id", "key", "form").iter_rows():
        documents_of[form].add(doc_id)
        keys_of[form][key] += 1
    # names alike but for one word, that word a letter shorter in one of them: each name is found under its other words
    # and that word, and under its other words and the word less each letter in turn (linear in the names, not square)
    written_as: dict[tuple[int, tuple[str, ...], str], list[str]] = defaultdict(list)
    for form in sorted(written):
        words = form.split()
        for place, word in enumerate(words):
            if len(word) >= MIN_MISSPELT:
                written_as[(place, tuple(words[:place] + words[place + 1:]), word)].append(form)
    # a word alone at its place beside the other words has no variant there: most, whose letters are not cut then
    words_beside = Counter((place, rest) for place, rest, _ in written_as)
    for (place, rest, word), longer_forms in list(written_as.items()):
        if words_beside[(place, rest)] == 1:
            continue
        # a letter less (the other name is the longer), or two letters side by side swapped (each pair found twice)
        variants = {word[:i] + word[i + 1:] for i in range(len(word))} | {
            swapped for i in range(1, len(word) - 2) if (swapped := word[:i] + word[i + 1] + word[i] + word[i + 2:]) > word}
        for cut in variants:
            for a in written_as.get((place, rest, cut), ()):
                for b in longer_forms:
                    # how often the name and its word are written, then whether the word is one of its own (`Iqbal`
                    # beside `Iqabl`, each written once)
                    evidence = {form: (written[form], words_written[form.split()[place]], _word_of_its_own(form.split()[place]))
                                for form in (a, b)}
                    once, other = (a, b) if evidence[a] < evidence[b] else (b, a)
                    if evidence[once] == evidence[other] or not _misspelt(once.split()[place], other.split()[place]):
                        continue
                    beside = any(in_document[(doc_id, once)] == 1 for doc_id in documents_of[once] & documents_of[other])
                    if beside or written[once] == 1 and len(documents_of[other]) >= MISSPELT_ELSEWHERE:
                        collection.union.union(keys_of[once].most_common(1)[0][0], keys_of[other].most_common(1)[0][0])


def _misspelt(typo: str, word: str) -> bool:
    """A word with a letter more or less, or two inner letters side by side swapped (`Iqabl`, `Kepualaun`), of
    MIN_MISSPELT letters or more, unless both are words of their own: two given names (`Irwan`, `Irawan`), two towns
    (`Badung`, `Bandung`), two words of the vocabulary."""
    return (min(len(typo), len(word)) >= MIN_MISSPELT and (Indel.distance(typo, word) == 1 or swapped_letters(typo, word))
            and not (_word_of_its_own(typo) and _word_of_its_own(word)))


@lru_cache(maxsize=100_000)
def _word_of_its_own(key: str) -> bool:
    return key in name_word_keys() or is_ordinary_word(key, bare_roots=True)


@lru_cache(maxsize=1)
def name_word_keys() -> frozenset[str]:
    """Given names (warta's and other countries'), Indonesia's towns and villages, as keys spell them."""
    return given_name_keys() | town_keys() | frozenset(
        normalise_key(name) for name in word_set("world_given_names.txt") | indonesian_village_names() if " " not in name)


def join_dropped_middle_names(collection: Collection) -> None:
    """A two-word name whose words open and close one three-word name of the collection, as written or as spelling
    variants (`Rina Wulandari`, `Rena Sari Wulandari`), is that person; not when two such names fit, nor when both of
    its words are common given names (`Andi Budi` says too little)."""
    full = [key.split() for key in collection.person_full_names()]
    by_ends: dict[tuple[str, str], list[list[str]]] = defaultdict(list)
    for words in full:
        if len(words) == 3:
            by_ends[(words[0][0], words[2][0])].append(words)
    for words in full:
        if len(words) != 2 or set(words) <= given_name_keys():
            continue
        fitting = [f for f in by_ends.get((words[0][0], words[1][0]), []) if _same_word(words[0], f[0]) and _same_word(words[1], f[2])]
        if len(fitting) == 1:
            collection.union.union(" ".join(words), " ".join(fitting[0]))


def join_dropped_first_names(collection: Collection) -> None:
    """A full name of two words or more that closes one longer name of the collection, whose one extra word opens it
    and is a given name the press drops (data/dropped_given_names.txt: `Muhammad Rina Sasongko`, `Rina Sasongko`), is
    that person; not when two such longer names fit."""
    dropped = frozenset(normalise_key(word) for word in word_set("dropped_given_names.txt"))
    full = set(collection.person_full_names())
    longer: dict[str, list[str]] = defaultdict(list)
    for key in full:
        first, _, rest = key.partition(" ")
        if first in dropped and len(rest.split()) >= 2:
            longer[rest].append(key)
    for rest, keys in longer.items():
        if rest in full and len(keys) == 1:
            collection.union.union(rest, keys[0])


def _same_word(a: str, b: str) -> bool:
    return a == b or a[0] == b[0] and Indel.normalized_similarity(a, b) >= VARIANT_SIMILARITY

def join_outlet_sites(collection: Collection) -> None:
    """An outlet's site is the outlet (`Kabar Kota` = `KabarKota.com`); but two outlets data/outlets.tsv lists apart stay
    apart (`Kompas.com` and the daily's `Kompas.id`), a name it does not list joining the one listed outlet among them."""
    by_compact: dict[str, list[str]] = defaultdict(list)
    for key in sorted(k for k, t in collection.keys.select("key", "type").iter_rows() if t == "ORG"):
        by_compact[WEB_SUFFIX.sub("", key).replace(" ", "")].append(key)
    for group in by_compact.values():
        if len(group) < 2 or not any(WEB_SUFFIX.search(k) for k in group):
            continue
        listed = {key: _listed_outlet(key) for key in group}
        outlets = sorted({outlet for outlet in listed.values() if outlet})
        for outlet in outlets or [None]:
            members = [k for k in group if listed[k] == outlet or listed[k] is None and len(outlets) <= 1]
            for key in members[1:]:
                collection.union.union(members[0], key)


def _listed_outlet(key: str) -> str | None:
    """The canonical outlet data/outlets.tsv gives a key (`kompas id` -> `Kompas.id`), None for a name it does not list."""
    suffix = WEB_SUFFIX.search(key)
    written = key[:suffix.start()].replace(" ", "") + "." + suffix.group(0).strip().replace(" ", ".") if suffix else key
    return canonical_outlet(written) if written in outlet_forms() else None


def join_extended_names(collection: Collection) -> None:
    """A body's or place's name written alone (`TMC`, `Itwasum`, `Dewan Keamanan`) in a document that writes it once more
    opening one longer name of a body or place, the rest being or ending with a place, a body the collection names, a club's or
    company's closing word or an ordinal (`TMC Polda Metro Jaya`, `Dewan Keamanan PBB`, `Sukamaju United`, `Desa Sukamaju
    II`), is that longer name in that document. Not a person, a name its document places, a place of the gazetteer (`Jawa` of `Jawa Barat`) nor a
    word of the vocabulary alone; not before a country (`Kementerian Luar Negeri Jepang` is another country's body).
    Not an acronym some document defines: it has a meaning of its own, and its expansion names the body of every place
    (`Dinas Lingkungan Hidup (DLH)` ... `DLH Bogor`; another document's `DLH Depok` is another body). Two longer names
    (`BPJS Kesehatan`, `BPJS Ketenagakerjaan`) are two bodies: the name alone stays itself."""
    mentions = collection.mentions
    fitting = _longer_names_opened(mentions)
    if fitting.is_empty():
        return
    people = set(filtered(mentions, pl.col("type") == "PERSON", "doc_id", "key").unique().iter_rows())
    placed = set(filtered(mentions, pl.col("rule").is_in(entity_keys.PLACING_READINGS), "doc_id", "key").unique().iter_rows())
    initials = _initials_of_people(mentions)
    defined = _defined_short_forms(mentions)
    # a body some reading other than the word alone names (not `Phone` of `Razer Phone`, a word read by default)
    bodies = set(collection.keys.filter((pl.col("type") == "ORG") & (pl.col("strength") >= MEDIUM))["key"])
    closing = {normalise_key(w) for w in word_set("club_designators.txt") | word_set("org_tails.txt")}
    targets = {}
    for doc_id, key, (name,), rest, text, of_company in fitting.iter_rows():
        acronym = " " not in text and text.isupper()
        short = normalise_key(text)
        # a name its document places (`di Sukamaju`) is the town, not `Sukamaju FC`
        if {(doc_id, key), (doc_id, name)} & people or (doc_id, key) in placed or _gazetteer_place(short) or entity_keys.is_country(normalise_key(rest)):
            continue
        if " " not in short and (is_ordinary_word(short) or short in given_name_keys()):
            continue
        # an acronym some document defines has its own meaning (`PSBB`, a policy, not `PSBB Sukamaju`)
        if acronym and (key != short or key in defined or (doc_id, text) in initials):
            continue  # nor a person's initials (`RHS` of `Rusli Hadi Santoso`, who founded `RHS Securities`)
        known_body = rest.upper() in known_names()  # an acronym the gazetteer knows in capitals (`PBB`)
        rest = normalise_key(rest)
        words = rest.split()
        placed_after = _closing_place(words) is not None
        # a short form its document already keyed to a body of another place (`Pemprov` of `Pemerintah Provinsi (Pemprov)
        # Sukamaju`) is that body, not the document's other one (`Pemprov Cibening`)
        if key != short and (place := _closing_place(key.split())) and place != _closing_place(words):
            continue
        # the first words of a company's name are its short name (`PT Sinar Jaya Abadi` ... `Sinar Jaya`), unless they
        # are all words of the vocabulary (`Kereta Api` of `PT Kereta Api Indonesia`: a train)
        short_name = of_company and not all(is_ordinary_word(word) for word in short.split())
        named_body = entity_keys.with_head_in_full(rest) in bodies  # `TMC` ... `TMC Polda X`: the body keyed in full
        if placed_after or short_name or known_body or named_body or set(words) <= closing or re.fullmatch(r"[ivxlc]+|\d+", rest):
            targets[(doc_id, key)] = name
    _rewrite_in_documents(collection, targets, "extended_name")


def _closing_place(words: list[str]) -> str | None:
    """The place of the gazetteer or the Indonesian town a key's words end with, the longest."""
    return next((" ".join(words[i:]) for i in range(len(words))
                 if _gazetteer_place(" ".join(words[i:])) or " ".join(words[i:]) in town_keys()), None)


def _longer_names_opened(mentions: pl.DataFrame) -> pl.DataFrame:
    """(doc_id, key, [longer], rest, text, company): the one longer name of a body or place each name opens in its
    document. Its frames, as long as the collection's forms of bodies and places, go when it returns: they are not
    held through the rewrite (at 61,020 articles, 0.2 GB)."""
    forms = filtered(mentions, pl.col("type").is_in(["ORG", "LOC"]), "doc_id", "key", "text").unique()
    forms = forms.with_columns(written=keyed_texts(forms["text"]))
    longer = forms.filter(pl.col("written").str.contains(" "))
    if longer.is_empty():
        return longer
    # every opening of a longer name's written words, a company's after its legal form (`PT`), and the words after it
    # (the rest as written: a key spells `PBB` inside a name `pb`)
    company = pl.col("words").list.first().is_in(list(LEGAL_FORMS))
    openings = (longer.with_columns(words=pl.col("written").str.split(" "), text_words=pl.col("text").str.split(" "))
                .with_columns(company=company, words=pl.when(company).then(pl.col("words").list.slice(1)).otherwise("words"),
                              text_words=pl.when(company).then(pl.col("text_words").list.slice(1)).otherwise("text_words"))
                .with_columns(size=pl.int_ranges(1, pl.col("words").list.len())).explode("size").drop_nulls("size")
                .select("doc_id", "company", longer="key", written=pl.col("words").list.head(pl.col("size")).list.join(" "),
                        rest=pl.col("text_words").list.slice(pl.col("size")).list.join(" ")))
    # sorted, so the form and rest each key is judged by are the same in every run
    return (forms.join(openings, on=["doc_id", "written"]).filter(pl.col("longer") != pl.col("key"))
            .sort("doc_id", "key", "text", "rest").group_by("doc_id", "key", maintain_order=True)
            .agg(pl.col("longer").unique(), pl.col("rest").first(), pl.col("text").first(), pl.col("company").first())
            .filter(pl.col("longer").list.len() == 1))


def join_group_forms(collection: Collection) -> None:
    """A body named with a group word before or after its name (data/group_words.txt: `Kelompok Bank Sukamaju`,
    `Sukamaju Group`) is the body its document names without it (`Bank Sukamaju`, or `Sukamaju` keyed with its legal
    form), when the document names one body so; a group word with no body of that name beside it stays its own name."""
    groups = word_set("group_words.txt")
    bodies = filtered(collection.mentions, pl.col("type") == "ORG", "doc_id", "key", "text").unique()
    bodies = bodies.with_columns(written=keyed_texts(bodies["text"])).select("doc_id", "key", "written")
    # the names opening or closing with a group word, and the bodies of their documents: the others' names are never
    # looked up
    grouped = bodies.filter(pl.col("written").str.contains(" ") & (pl.col("written").str.extract(r"^(\S+)").is_in(list(groups))
                                                                | pl.col("written").str.extract(r"(\S+)$").is_in(list(groups))))
    by_written: dict[tuple[str, str], set[str]] = defaultdict(set)
    for doc_id, key, written in bodies.filter(pl.col("doc_id").is_in(grouped["doc_id"].implode())).iter_rows():
        by_written[(doc_id, written)].add(key)
        by_written[(doc_id, key)].add(key)
    # a name its document also reads as a person: letters it writes alone may be his initials (`RHS` of `RHS Group`,
    # which `join_initials_of_names` gave its founder), no short form of the group
    people = set(filtered(collection.mentions, pl.col("type") == "PERSON", "doc_id", "key").unique().iter_rows())
    targets = {}
    for doc_id, key, written in grouped.unique().sort("doc_id", "key", "written").iter_rows():
        words = written.split()
        rest = " ".join(words[1:] if words[0] in groups else words[:-1])
        named = {name for name in by_written.get((doc_id, rest), set()) - {key} if (doc_id, name) not in people}
        if len(named) == 1 and (doc_id, key) not in targets:
            targets[(doc_id, key)] = next(iter(named))
    _rewrite_in_documents(collection, targets, GROUP_FORM)


def join_level_forms(collection: Collection) -> None:
    """A body whose name writes its place with the place's level (`KPU Kota Wonotan`, `Dinas Kesehatan Kabupaten
    Wonotan`) is the body its document also names without the level (`KPU Wonotan`): one body, its place written short
    or long. Not where the document writes the place at two levels (`Kota` and `Kabupaten Wonotan` are two places), nor
    where a town or regency shares its name with a place the gazetteer knows (a province: `DPRD Kota X` and `DPRD X` may
    be two councils): the level is then the body's."""
    levels = {normalise_key(word) for word in BODY_PLACE_LEVELS}
    bodies = filtered(collection.mentions, pl.col("type") == "ORG", "doc_id", "key", "text").unique()
    bodies = bodies.with_columns(written=keyed_texts(bodies["text"])).select("doc_id", "key", "written")
    levelled = bodies.filter(pl.col("written").str.split(" ").list.slice(1)
                             .list.eval(pl.element().is_in(list(levels))).list.any())
    if levelled.is_empty():
        return
    by_written: dict[tuple[str, str], set[str]] = defaultdict(set)
    for doc_id, key, written in bodies.filter(pl.col("doc_id").is_in(levelled["doc_id"].implode())).iter_rows():
        by_written[(doc_id, written)].add(key)
        by_written[(doc_id, key)].add(key)  # its key too: a head written short, spelt out (`Dishub X`: `dinas perhubungan x`)
    known_places = {normalise_key(name) for name, (kind, _) in known_names().items() if kind == "LOC"}
    province_levels = {normalise_key(word) for word in ("provinsi", "prov")}
    levels_of: dict[tuple[str, str], set[str]] = defaultdict(set)  # (doc_id, the name without its level) -> levels written
    parts = []
    for doc_id, key, written in levelled.unique().sort("doc_id", "key", "written").iter_rows():
        words = written.split()
        at = next(i for i in range(1, len(words)) if words[i] in levels)
        place, short = " ".join(words[at + 1:]), " ".join(words[:at] + words[at + 1:])
        if place and (words[at] in province_levels or place not in known_places):
            levels_of[(doc_id, short)].add(words[at])
            parts.append((doc_id, key, short))
    targets = {}
    for doc_id, key, short in parts:
        named = by_written.get((doc_id, short), set()) - {key}
        if len(levels_of[(doc_id, short)]) == 1 and len(named) == 1 and (doc_id, next(iter(named))) not in targets:
            targets[(doc_id, next(iter(named)))] = key
    _rewrite_in_documents(collection, targets, LEVEL_FORM)


def join_renamed_heads(collection: Collection) -> None:
    """A body named with the head its institution was renamed from (data/renamed_heads.tsv: `Departemen Kesehatan`) is
    the body its document names with the head it carries now (`Kementerian Kesehatan`, or its gazetteer short form), the
    rest of the name the same; in a document naming one of them only, each stays as written (`Departemen X` of another
    country's government is not the ministry of that name)."""
    renamed = {old: new for old, new in table_rows("renamed_heads.tsv")}
    bodies = filtered(collection.mentions, pl.col("type") == "ORG", "doc_id", "key").unique()
    # the few bodies named with an old head, with the name they would take, looked up among the bodies (not every
    # body's name made a Python string)
    head = pl.col("key").str.extract(r"^(\S+) ")
    moved = (bodies.filter(head.is_in(list(renamed)))
             .with_columns(target=pl.concat_str(head.replace_strict(renamed), pl.col("key").str.replace(r"^\S+", "")))
             .join(bodies, left_on=["doc_id", "target"], right_on=["doc_id", "key"], how="semi"))
    targets = {(doc_id, key): target for doc_id, key, target in moved.iter_rows()}
    _rewrite_in_documents(collection, targets, RENAMED_HEAD)


def join_translated_names(collection: Collection) -> None:
    """A body or place its document names in Indonesian and in English (`Komite Internasional Palang Merah`,
    `International Committee of the Red Cross`; translations.py) is one referent there: the name written later takes
    the key of the one written first. Only in one document: two documents' `Kementerian Pendidikan` and `Ministry of
    Education` may be two countries' ministries (their owners' names, written, must be the same on both sides)."""
    # (a person only by its shape, `Red Fort`, may be either: the vote decides the type of the name joined)
    bodies = pl.col("type").is_in(["ORG", "LOC"]) | pl.col("type_rule").is_in(SHAPE_ALONE_READINGS)
    named = filtered(collection.mentions, bodies & pl.col("text").str.contains(" "), "doc_id", "key", "text", "start")
    # only the documents naming something with an English word of the renderings (a few in a hundred) are compared
    english = named.filter(pl.col("text").str.to_lowercase().str.contains(english_pattern()))
    names = (named.filter(pl.col("doc_id").is_in(english["doc_id"].unique().implode()))
             .sort("start").group_by("doc_id", "key", maintain_order=True)
             .agg(pl.col("text").first(), pl.col("start").first()))
    by_own: dict[tuple[str, frozenset[str]], list[tuple[int, str, tuple[str, ...]]]] = defaultdict(list)
    for doc_id, key, text, start in names.iter_rows():
        words = tuple(text.lower().replace(SPACED_HYPHEN, "-").split())
        by_own[(doc_id, own_words(words))].append((start, key, words))
    targets = {}
    for (doc_id, _), written in by_own.items():
        written.sort()
        for later, (_, key, words) in enumerate(written):
            first = next((other for _, other, other_words in written[:later]
                          if other != key and (translates(words, other_words) or translates(other_words, words))), None)
            if first is not None and (doc_id, first) not in targets:
                targets[(doc_id, key)] = first
    _rewrite_in_documents(collection, targets, TRANSLATED_NAME)


def join_clipped_word_names(collection: Collection) -> None:
    """A name of two words or more its document also writes with one word or more cut short, every other word the same
    in the same place (`Man Wonford` and `Manchester Wonford`, `Will Rinaldo` and `William Rinaldo`, `Bank Sentra Wonotan`
    and `Bank Sentral Wonotan`, `Sukamaju Food` and `Sukamaju Foods`), is that name there: its mentions take the key of
    the one written in full, whatever their types (the vote decides). A word is clipped when the full word opens with it
    and it keeps MIN_CLIPPED_LETTERS letters (a person's, MIN_CLIPPED_PERSON_LETTERS); a clipped name fitting two full
    names stays apart, as do two people's names written close together (a list's two) and an Indonesian town cut from a
    longer one. Only in one document."""
    names = (filtered(collection.mentions, pl.col("text").str.contains(" "), "doc_id", "key", "text", "type", "start")
             .group_by("doc_id", "key").agg(pl.col("text").first(), pl.col("start"), person=(pl.col("type") == "PERSON").any())
             .with_columns(words=pl.col("text").str.to_lowercase().str.replace_all(SPACED_HYPHEN, "-", literal=True).str.split(" ")))
    # pairs of names of one document whose words open with the same letters in the same places (a clip keeps
    # MIN_CLIPPED_LETTERS of them): a few in a hundred documents
    names = names.with_columns(opening=pl.col("words").list.eval(pl.element().str.slice(0, MIN_CLIPPED_LETTERS)).list.join(" "))
    pairs = (names.select("doc_id", "key", "opening")
             .join(names.select("doc_id", key_full="key", opening="opening"), on=["doc_id", "opening"])
             .filter(pl.col("key") != pl.col("key_full")).select("doc_id", "key", "key_full"))
    if pairs.is_empty():
        return
    paired = names.join(pl.concat([pairs.select("doc_id", "key"), pairs.select("doc_id", key="key_full")]).unique(),
                        on=["doc_id", "key"], how="semi")
    words = {(doc_id, key): (tuple(w), person, starts)
             for doc_id, key, w, person, starts in paired.select("doc_id", "key", "words", "person", "start").iter_rows()}
    fitting: dict[tuple[str, str], set[str]] = defaultdict(set)
    for doc_id, key, full in pairs.iter_rows():
        (clipped, person, starts), (whole, whole_person, full_starts) = words[(doc_id, key)], words[(doc_id, full)]
        people = person or whole_person
        # two people's names written close together are a list's items (`Rudi Ardo, ..., Rudi Ardoni`): two people
        if people and min(abs(a - b) for a in starts for b in full_starts) < CLIPPED_PEOPLE_APART:
            continue
        if _clips_words(clipped, whole, MIN_CLIPPED_PERSON_LETTERS if people else MIN_CLIPPED_LETTERS):
            fitting[(doc_id, key)].add(full)
    targets = {name: next(iter(fulls)) for name, fulls in fitting.items() if len(fulls) == 1}
    _rewrite_in_documents(collection, {name: full for name, full in targets.items() if (name[0], full) not in targets},
                          CLIPPED_WORD_NAME)


def _clips_words(clipped: tuple[str, ...], whole: tuple[str, ...], min_letters: int) -> bool:
    """Every word of `clipped` is the word of `whole` in its place or opens it with `min_letters` letters or more (an
    abbreviation's dot aside), one word at least clipped so."""
    cut = False
    for short, full in zip(clipped, whole):
        short = short.rstrip(".")
        if short != full:
            if len(short) < min_letters or len(full) <= len(short) or not full.startswith(short) or full[len(short)] == "-" \
                    or short in indonesian_city_names():
                return False  # (`Thamrin` is no clip of the route `Thamrin-Sudirman`, nor the town `Banjar` of `Banjarmasin`)
            cut = True
    return cut and len(clipped) == len(whole)


def _defined_short_forms(mentions: pl.DataFrame) -> set[str]:
    """The keys of the short forms some document defines or spells from a body's words, as written."""
    return {normalise_key(text) for text in filtered(mentions, pl.col("type_rule").is_in(SHORT_FORM_READINGS), "text")["text"].unique()}


def join_defined_acronyms(collection: Collection) -> None:
    """An acronym or short form one document defines (`Lembaga Kajian Pangan (LKP)`) or spells from a body's words
    (`Lembaga Kajian Pangan ... LKP`, `Kejati Sukamaju`) is that body where another document uses it alone, when the
    collection gives it one meaning only: letters alone never join a name. Two letters (`US`) stand for too many things
    to carry a meaning across documents. A body's short form is no person other documents read by a cue or a title
    (`Kredit Usaha Mikro (KUMi)` is not the `Kumi` who speaks in another)."""
    expansions: dict[str, set[str]] = defaultdict(set)
    bodies = set()
    defined = filtered(collection.mentions, pl.col("type_rule").is_in(SHORT_FORM_READINGS), "text", "key", "type").unique()
    for text, key, type_ in defined.iter_rows():
        expansions[normalise_key(text)].add(key)
        if type_ != "PERSON":
            bodies.add(normalise_key(text))
    used = set(collection.keys["key"])
    people = set(filtered(collection.mentions, (pl.col("type") == "PERSON") & (pl.col("strength") >= MEDIUM)
                          & ~pl.col("type_rule").is_in(SHORT_FORM_READINGS), "key")["key"])
    for acronym, keys in sorted(expansions.items()):
        if acronym in bodies and acronym in people:
            continue
        if len(keys) == 1 and acronym in used and len(acronym) >= MIN_SHARED_ACRONYM:
            collection.union.union(acronym, next(iter(keys)))


def carry_named_epithets(collection: Collection) -> None:
    """An epithet a document gives a person or a body with a cue (`Tono Raharjo alias Totor`) is that referent where
    other documents use it alone, when every document giving it gives it to the same referent; so is an epithet the
    news corpus gives one name with a cue (data/epithets.tsv, mined by scripts/mine_epithets.py), where the collection
    names both and gives the epithet to no other; so is a nickname the corpus writes beside one body (`The Rovers`), and
    beside a club the collection names only with its club's word (`Sukamaju FC` for the corpus's `Sukamaju`).
    Never a common given name or a word of the vocabulary, which name too many people to carry one across documents."""
    meanings: dict[str, set[str]] = defaultdict(set)
    given = filtered(collection.mentions, pl.col("type_rule") == EPITHET_RULE, "text", "key").unique()
    for text, key in given.iter_rows():
        meanings[normalise_key(text)].add(key)
    used = set(collection.keys["key"])
    with_designator = _names_with_club_words(used)
    with_town = _names_with_towns(used)
    for epithet, name in known_epithets().items():
        if name not in used and len(with_designator.get(name, ())) == 1:
            name = next(iter(with_designator[name]))  # the club named with its club's word there (`Sukamaju FC`)
        elif name not in used and len(with_town.get(name, ())) == 1:
            name = next(iter(with_town[name]))  # the club named with its town there (`Persimaju Sukamaju`)
        if epithet not in meanings and name in used:
            meanings[epithet].add(name)
    for epithet, keys in sorted(meanings.items()):
        if len(keys) == 1 and epithet in used and epithet not in given_name_keys() \
                and not is_ordinary_word(epithet) and len(epithet) >= MIN_SHARED_ACRONYM:
            collection.union.union(epithet, next(iter(keys)))


def _names_with_club_words(keys: set[str]) -> dict[str, set[str]]:
    """A name -> the keys writing it with a club's word before or after it (`sukamaju` -> {`sukamaju fc`})."""
    named: dict[str, set[str]] = defaultdict(set)
    for key in keys:
        for _, name in club_name_parts(key.split()):
            named[name].add(key)
    return named


def _names_with_towns(keys: set[str]) -> dict[str, set[str]]:
    """A name -> the keys writing it with an Indonesian town after it (`persimaju` -> {`persimaju sukamaju`}): a club's
    name, which the press writes with and without its town."""
    towns = town_keys()
    named: dict[str, set[str]] = defaultdict(set)
    for key in keys:
        name, _, town = key.rpartition(" ")
        if name and town in towns:
            named[name].add(key)
    return named


def club_name_parts(words: list[str]) -> list[tuple[str, str]]:
    """(club's word, the name without it) for a key's words closed or opened by a club's word (`sukamaju fc`, `vfl
    sukamaju`). `City`/`United` close a club's name; opening one (`citi sukamaju`, the key of `Kota Sukamaju`) they
    name the town."""
    if len(words) < 2:
        return []
    designators = _club_designators()
    return [(designator, " ".join(name)) for designator, name in ((words[-1], words[:-1]), (words[0], words[1:]))
            if designator in designators and (designator is words[-1] or designator not in WEAK_DESIGNATORS)]


@lru_cache(maxsize=1)
def _club_designators() -> frozenset[str]:
    """The words marking a club's name (data/club_designators.txt), as keys spell them."""
    return frozenset(normalise_key(word) for word in word_set("club_designators.txt"))


NICKNAME_ARTICLES = ("i", "il", "la", "le", "los", "las", "el", "die", "der")


@lru_cache(maxsize=1)
def known_epithets() -> dict[str, str]:
    """The key of an epithet -> the key of the one name the news corpus gives it: with a cue (data/epithets.tsv), or as a
    nickname written beside it and rarely beside another body (data/nicknames.tsv, scripts/mine_nicknames.py)."""
    known = {normalise_key(epithet): normalise_key(name)
             for file in EPITHET_FILES for epithet, name, *_ in table_rows(file)}
    # a Romance or German nickname goes without its article as often as with it (`I Bianconeri`, `Bianconeri`), as an
    # English one does without `The`, which no key holds (normalise_key)
    bare = {key.split(" ", 1)[1]: name for key, name in known.items() if key.split(" ", 1)[0] in NICKNAME_ARTICLES}
    return {**bare, **known}


def join_initialled_names(collection: Collection) -> None:
    """A name written with initials for some of its words (`R. WULANDARI` in a results table, `Rina W.`) is the one
    person of its document whose full name those initials and words spell, word for word, whatever it was read as."""
    targets = {}
    initialled = filtered(collection.mentions, pl.col("key").str.contains(r"(?:^| )[a-z0-9](?: |$)"), "doc_id")["doc_id"].unique()
    for doc_id, keys in collection.document_keys(initialled).items():
        people = [key.split() for key, types in keys.items() if "PERSON" in types and " " in key]
        for short in keys:
            words = short.split()
            if len(words) < 2 or all(len(w) > 1 for w in words) or all(len(w) == 1 for w in words):
                continue
            fitting = {" ".join(person) for person in people if person != words and _initialled(words, person)}
            if len(fitting) == 1:
                targets[(doc_id, short)] = next(iter(fitting))
    _rewrite_in_documents(collection, targets, "initialled_name", "PERSON")


def join_initials_of_names(collection: Collection) -> None:
    """A word in capitals no rule but its capitals read (`FY`, the way reports name a suspect), or one read as a person
    (`Pak RK`), that spells the initials
    of one name of several words its document reads as a person, and of no body or place of the document, is that name
    there (`Fajar Yulianto ... FY`), a person where a title or a cue made the name one there, else of the vote's type (the
    name may be a body's read by its shape). Not a name of the gazetteer (`AS`), an acronym some document defines, nor
    one another document writes with no such name (`HP`, `DC`: letters with a meaning of their own)."""
    acronyms = filtered(collection.mentions, pl.col("text").str.contains(r"^\p{Lu}{2,4}$"), "doc_id", "key", "type_rule", "type")
    if acronyms.is_empty():
        return
    # a title or a cue may have made the letters a person already (`Pak RK`, `kata RK`), or the word a title governs
    # (`juru bicara SBY`, as `Menteri ESDM` is): still no name of its own
    read_by_capitals = pl.col("type_rule").is_in([ACRONYM_READING, TITLE_COMPLEMENT]) | (pl.col("type") == "PERSON")
    bare = (acronyms.group_by("doc_id", "key").agg(bare=read_by_capitals.all())
            .filter("bare").select("doc_id", "key"))
    defined = _defined_short_forms(collection.mentions)
    letters_in: dict[str, set[str]] = defaultdict(set)  # a document -> its bare letters
    for doc_id, key in bare.iter_rows():
        letters_in[doc_id].add(key)
    # (document, bare letters, the one name they spell there): only those letters are looked for, each document's
    # other keys being no row of `bare`
    fitting_of: list[tuple[str, str, str | None]] = []
    for doc_id, keys in collection.document_keys(bare["doc_id"].unique()).items():
        shorts = letters_in[doc_id]
        initials: dict[str, set[str | None]] = defaultdict(set)
        for key, types in keys.items():
            if " " in key and (spelt := "".join(word[0] for word in key.split())) in shorts:
                initials[spelt].add(key if types == {"PERSON"} else None)
        for short in shorts:
            fitting_of.append((doc_id, short, _one_name_spelt(initials.get(short, set()))))
    documents = pl.DataFrame(fitting_of, schema={"doc_id": bare.schema["doc_id"], "key": bare.schema["key"], "target": pl.String},
                             orient="row")
    every = documents.group_by("key").agg(fits=pl.col("target").is_not_null().all())
    kept = set(every.filter("fits")["key"]) - defined
    targets = {(doc_id, key): target for doc_id, key, target in documents.iter_rows()
               if key in kept and target is not None and not _gazetteer_place(key) and key.upper() not in known_names()}
    # a name a title or a cue made a person there: the letters are his (a body's acronym by their shape, mention after
    # mention, they outvoted the titled name `JK` spells); one a shape alone made a person may be a body's, for the vote
    placed = set(filtered(collection.mentions, (pl.col("type") == "PERSON") & ~pl.col("type_rule").is_in(SHAPE_ALONE_READINGS),
                          "doc_id", "key").unique().iter_rows())
    people = {spot: target for spot, target in targets.items() if (spot[0], target) in placed}
    _rewrite_in_documents(collection, people, "initials_of_name", "PERSON")
    _rewrite_in_documents(collection, {spot: target for spot, target in targets.items() if spot not in people}, "initials_of_name")


def _one_name_spelt(keys: set[str | None]) -> str | None:
    """The one name letters spell in a document: one key, or spellings of one name word by word (`fajar yulianto`,
    `fajar julianto`: a slip the variants' join mends later), the first of them in order; none for two names or a body."""
    if not keys or None in keys:
        return None
    first, *others = sorted(keys)
    words = first.split()
    same = all(len(other.split()) == len(words) and all(map(_same_word, words, other.split())) for other in others)
    return first if same else None


def _initials_of_people(mentions: pl.DataFrame) -> set[tuple[str, str]]:
    """(doc_id, the capitals of a full name's words as written) of each person of several words."""
    people = filtered(mentions, (pl.col("type") == "PERSON") & pl.col("text").str.contains(" "), "doc_id", "text").unique()
    return set(people.select("doc_id", pl.col("text").str.split(" ").list.eval(pl.element().str.slice(0, 1))
                             .list.join("").str.to_uppercase()).iter_rows())


def _initialled(words: list[str], person: list[str]) -> bool:
    return len(words) == len(person) and all(w == p or len(w) == 1 and p.startswith(w) for w, p in zip(words, person))


def join_club_short_forms(collection: Collection) -> None:
    """In a document naming a club with a club's word (`Sukamaju FC`, `VfL Sukamaju`, `Sukamaju United`), its name
    without that word is the club unless the document places it (`di Sukamaju`), and the word alone (`United`, even
    after a preposition: `selama di United`) is the one club of the document named with it. A name that goes with one such club in every document holding both
    (`Sukamaju` and `Sukamaju FC`) is that club across the collection; the word alone, and a place's name before
    `City` or `United` (`Manchester`) never."""
    placed = set(filtered(collection.mentions, pl.col("rule").is_in(entity_keys.PLACING_READINGS), "doc_id", "key").unique().iter_rows())
    # a town's name the document itself reads as a club (`pemain West Ham`): the club named with `United` there
    read_as_club = set(filtered(collection.mentions, pl.col("rule").is_in(entity_keys.CLUB_READINGS)
                                | pl.col("type_rule").is_in(entity_keys.CLUB_READINGS), "doc_id", "key").unique().iter_rows())
    designators = _club_designators()
    targets, clubs_of = {}, defaultdict(set)
    named = "|".join(sorted(designators))
    # a club's letters (`AS Sukamaju`, document.py) open its name only where the document read them so
    lettered = set(filtered(collection.mentions, pl.col("rule") == CLUB_LETTERS_READING, "doc_id", "key").iter_rows())
    with_clubs = filtered(collection.mentions, pl.col("key").str.contains(f"(?:^| )(?:{named})(?: |$)")
                          | (pl.col("rule") == CLUB_LETTERS_READING), "doc_id")["doc_id"].unique()
    written = Counter(filtered(collection.mentions, pl.col("doc_id").is_in(with_clubs.implode()), "doc_id", "key").iter_rows())
    # a lettered club's town the gazetteer keyed by its country (`Monaco` of `AS Monaco`: `cldr mc`), found by its name
    gazetteer_keyed = {(doc_id, normalise_key(text)): key for doc_id, text, key in filtered(
        collection.mentions, pl.col("doc_id").is_in(with_clubs.implode()) & (pl.col("rule") == "known_name"),
        "doc_id", "text", "key").unique().iter_rows()}
    for doc_id, keys in collection.document_keys(with_clubs).items():
        fitting: dict[str, set[str]] = defaultdict(set)
        for key in keys:
            words = key.split()
            if len(words) < 2:
                continue
            if (doc_id, key) in lettered:
                fitting[" ".join(words[1:])].add(key)
            for designator, name in club_name_parts(words):
                fitting[name].add(key)
                fitting[designator].add(key)
        for short, clubs in fitting.items():
            if short not in keys and all((doc_id, club) in lettered for club in clubs):
                short = gazetteer_keyed.get((doc_id, short), short)
            # two clubs of one name (`Real Sukamaju`, `Atletico Sukamaju`): the one the document writes DOMINANCE times as
            # often as the other is the one it means by the name alone (its report's subject)
            shared, clubs = len(clubs) > 1, _dominant(clubs, lambda club: written[(doc_id, club)])
            # a club's word alone is no place, whatever preposition comes before it (`selama di United`)
            if short in keys and len(clubs) == 1 and ((doc_id, short) not in placed or short in designators) and (
                    short in designators or next(iter(clubs)).split()[-1] not in WEAK_DESIGNATORS or not _gazetteer_place(short)
                    or (doc_id, short) in read_as_club):
                targets[(doc_id, short)] = next(iter(clubs))
                if short not in designators and (doc_id, next(iter(clubs))) not in lettered and not shared:  # `Sukamaju` elsewhere: the town
                    clubs_of[short].add(next(iter(clubs)))
    _rewrite_in_documents(collection, targets, "club_short_form", "ORG")
    for short, clubs in clubs_of.items():
        club = next(iter(clubs))
        if len(clubs) == 1 and not _gazetteer_place(short):
            collection.union.union(short, club)


def _dominant(keys: set[str], count) -> set[str]:
    """`keys`, or the one of them `count` finds DOMINANCE times as often as each other."""
    if len(keys) < 2:
        return keys
    ranked = sorted(keys, key=lambda key: (-count(key), key))
    return {ranked[0]} if count(ranked[0]) >= DOMINANCE * count(ranked[1]) else keys


def _gazetteer_place(key: str) -> bool:
    return key in city_names() or key in known_names()


def join_abbreviations(collection: Collection) -> None:
    """A short form made of the starts of a body's or place's words in order, in the same document, is that body or
    place, whatever it was read as: `Kejati Sukamaju` of `Kejaksaan Tinggi Sukamaju`, `Kemenbudpar` of `Kementerian
    Budaya dan Pariwisata`, `Sutim` of `Sukamaju Timur` (a later word may give its last three letters: `kum` of
    `hukum`). Letters alone only when written in capitals; never a person's name, never two candidates;
    `join_defined_acronyms` carries it to the other documents. A short form the gazetteer knows (`Kemenbudpar` ->
    `Kementerian Budaya dan Pariwisata`) makes the document's name it abbreviates (`Kementerian Budaya dan Par`) that
    name everywhere."""
    fitting_of, known = _abbreviations_found(collection.mentions)
    targets = {}
    for (doc_id, short, is_known), fitting in fitting_of.items():
        fitting = fitting - {known[doc_id][short]} if is_known else fitting
        if short in fitting:
            continue
        if len(fitting) == 1 and is_known:
            collection.union.union(known[doc_id][short], next(iter(fitting)))
        elif len(fitting) == 1:
            targets[(doc_id, short)] = next(iter(fitting))
    _rewrite_in_documents(collection, targets, "abbreviation_of_name")


def _abbreviations_found(mentions: pl.DataFrame) -> tuple[dict[tuple[str, str, bool], set[str]], dict[str, dict[str, str]]]:
    """(doc_id, short form, whether the gazetteer knows it) -> the names of bodies and places it abbreviates in its
    document, and doc_id -> the keys of the gazetteer's short forms it writes. Its frames, as long as the collection's
    (doc_id, key) pairs, go when it returns: they are not held through the rewrite."""
    # letters when the short form's first word is written in capitals (`KPN`, `BKF Kemenkeu`)
    first_written = pl.col("text").str.extract(r"^(\S+)")
    shouted = (filtered(mentions, first_written.str.to_uppercase() == first_written, "doc_id", "key")
               .with_columns(letters=pl.lit(True)).unique())
    known = defaultdict(dict)  # doc_id -> a short form's own key -> the gazetteer's key for it
    for doc_id, text, key in filtered(mentions, pl.col("rule") == "known_name", "doc_id", "text", "key").unique().iter_rows():
        if " " not in text:
            known[doc_id][normalise_key(text)] = key
    ordinary = word_set("root_words.txt") | given_name_keys()
    in_documents = mentions.group_by("doc_id", "key").agg(person=(pl.col("type") == "PERSON").any(),
                                                         body=pl.col("type").is_in(["ORG", "LOC"]).any())
    # a body's words as the document writes them, or its key when the written words hold it (`sukamaju timur` of
    # `Kabupaten Sukamaju Timur`); a key may hold a gazetteer's group (`cldr id`) or a place's class (`prison kelas` of
    # `Lapas Kelas`), no letters of which a short form takes
    texts = mentions.select("doc_id", "key", "text").unique()
    bodies = (in_documents.filter(pl.col("body") & ~pl.col("person") & pl.col("key").str.contains(" ")).select("doc_id", "key")
              .join(texts, on=["doc_id", "key"]))
    suffix = "|".join(sorted(normalise_key(w) for w in word_set("national_suffixes.txt")))
    # a country's suffix (`Kejaksaan RI`) is no word of the body's name a short form spells (`Kejari` is another body)
    bodies = bodies.with_columns(written=keyed_texts(bodies["text"]).str.replace(f" (?:{suffix})$", ""))
    bodies = pl.concat([bodies.select("doc_id", "key", "written"),
                        bodies.filter(pl.col("key").str.split(" ").list.set_difference(pl.col("written").str.split(" ")).list.len() == 0)
                        .select("doc_id", "key", written=pl.col("key"))])
    bodies = bodies.filter(pl.col("written").str.contains(" ")).unique()
    # a company's short form spells the words after its legal form (`KAS` of `PT Kereta Api Sukamaju`)
    legal = f"^(?:{'|'.join(re.escape(form) for form in sorted(LEGAL_FORMS))}) "
    bodies = pl.concat([bodies, bodies.filter(pl.col("written").str.contains(legal) & pl.col("written").str.count_matches(" ").ge(2))
                        .with_columns(pl.col("written").str.replace(legal, ""))])
    bodies = pl.concat([bodies.with_columns(lead=pl.col("written").str.slice(0, size)) for size in (1, MIN_PIECE)])
    shorts = pl.concat([in_documents.select("doc_id", "key", known=pl.lit(False)),
                        pl.DataFrame([(d, form, True) for d, forms in known.items() for form in forms],
                                     schema={"doc_id": pl.String, "key": pl.String, "known": pl.Boolean}, orient="row")])
    shorts = shorts.join(shouted, on=["doc_id", "key"], how="left").with_columns(pl.col("letters").fill_null(False))
    # two capitals stand for too many things alone, not before the words the body's name ends with (`PN Sukamaju`)
    shorts = shorts.with_columns(first=pl.col("key").str.extract(r"^(\S+)")).filter(
        (pl.col("first").str.len_chars() >= MIN_SHARED_ACRONYM) & ~pl.col("first").is_in(list(ordinary))
        | (pl.col("first").str.len_chars() == MIN_SHARED_ACRONYM - 1) & pl.col("letters") & pl.col("key").str.contains(" ")
        | pl.col("first").is_in(list(LEGAL_FORMS)) & pl.col("key").str.contains(" "))
    lead = pl.when("letters").then(pl.col("first").str.slice(0, 1)).otherwise(pl.col("first").str.slice(0, MIN_PIECE))
    pairs = (shorts.with_columns(lead=lead).join(bodies.rename({"key": "body"}), on=["doc_id", "lead"])
             .filter(pl.col("body") != pl.col("key")))
    # a short form as written too (`kejati sumsel`, its key `kejati sumatera selatan` spelling the region out); a
    # gazetteer's short form is its key
    written_shorts = pairs.filter(~pl.col("known")).select("doc_id", "key").unique().join(texts, on=["doc_id", "key"])
    written_shorts = pl.concat([written_shorts.select("doc_id", "key", known=pl.lit(False), short_written=keyed_texts(written_shorts["text"])),
                                pairs.filter("known").select("doc_id", "key", "known", short_written="key").unique()])
    pairs = pairs.join(written_shorts, on=["doc_id", "key", "known"])
    fitting_of: dict[tuple[str, str, bool], set[str]] = defaultdict(set)
    columns = ("doc_id", "key", "known", "letters", "body", "written", "short_written")
    for doc_id, short, is_known, letters, body, written, short_written in pairs.select(columns).unique().iter_rows():
        # as written only when its key is no fuller name the keys joined it to (`Persija` keyed `persija jakarta`)
        forms = (short, short_written) if not short.startswith(short_written + " ") else (short,)
        if any(_abbreviation_of(first, rest, written.split(), letters) for first, *rest in (form.split() for form in forms)):
            fitting_of[(doc_id, short, is_known)].add(body)
        if short_written != short and (_abbreviation_of(*_first_rest(short_written), short.split(), letters)
                                       or _head_written_short(short_written, short)):
            # letters the key's own words spell (`PN` keyed `pengadilan negeri`, defined so in the document; or keyed
            # `pengadilan negeri sukamaju`, its head spelt out) already have their name: they abbreviate no other body
            # with those initials (`Partai Nusantara`)
            fitting_of[(doc_id, short, is_known)].add(short)
    return fitting_of, known


def _head_written_short(written: str, key: str) -> bool:
    """The first word written is an abbreviated head (data/abbreviated_heads.tsv) the key opens with, spelt out."""
    head = entity_keys.abbreviated_heads().get(written.split()[0])
    return head is not None and (key == head or key.startswith(head + " "))


def _first_rest(form: str) -> tuple[str, list[str]]:
    first, *rest = form.split()
    return first, rest


def keyed_texts(texts: pl.Series) -> pl.Series:
    """Texts as `normalise_key` spells them, each distinct text spelled once."""
    return texts.replace_strict({text: normalise_key(text) for text in texts.unique()}, return_dtype=pl.String)


def _abbreviation_of(first: str, rest: list[str], name: list[str], letters: bool) -> bool:
    """`first` abbreviates the words of `name` before `rest`, which `name` ends with (`kejati` + [`sukamaju`]), as
    written or with the gazetteer's short forms of bodies spelt out (`BKF Kemenkeu` of `Badan Kebijakan Fiskal
    Kementerian Keuangan`); after a company's legal form, the letters of the words after it (`PT SMJ` of `PT Sinar Maju
    Jaya`)."""
    if first in LEGAL_FORMS:  # no letters of a body's words (`PT Sukamaju` is no `Pengadilan Tinggi Sukamaju`)
        return bool(rest) and name[0] == first and _abbreviation_of(rest[0], rest[1:], name[1:], letters)
    if rest and name[-len(rest):] != rest:
        if letters and _initials_of(name, first + "".join(rest)):
            return True  # `BEM US` of `Badan Eksekutif Mahasiswa Universitas Sukamaju`: two acronyms, one body
        rest = _bodies_spelt_out(rest)
        if name[-len(rest):] != rest:
            return False
    words = tuple(name[:len(name) - len(rest)])
    if letters:
        return _initials_of(words, first)
    # the name's first word whole abbreviates nothing (`Wonotan` is no `Wono` + `(Sela)tan` of `Wonotan Selatan`)
    return len([w for w in words if w not in JOINERS]) >= 2 and first != words[0] and spells_pieces(first, words, MIN_PIECE)


def _initials_of(words, letters: str) -> bool:
    """`KOI` of `Komite Olimpiade Indonesia`: one initial a word, joiners left out or not."""
    return len(words) >= 2 and letters in {"".join(w[0] for w in words), "".join(w[0] for w in words if w not in JOINERS)}


def _bodies_spelt_out(words: list[str]) -> list[str]:
    """Each word that the gazetteer knows as a body's short form (`kemenkeu`) replaced by that body's name's words."""
    spelt = []
    for word in words:
        kind, name = known_names().get(word, ("", ""))
        spelt.extend(normalise_key(name).split() if kind == "ORG" and " " in name else [word])
    return spelt


def _rewrite_in_documents(collection: Collection, targets: dict[tuple[str, str], str], rule: str | None,
                          type_: str | None = None) -> None:
    """(doc_id, key) -> the key its mentions take in that document; `rule`, when given, is named as their type's, and
    `type_`, when given, is their type."""
    if not targets:
        return
    frame = pl.DataFrame([(doc_id, key, target) for (doc_id, key), target in targets.items()],
                         schema={"doc_id": pl.String, "key": pl.String, "target": pl.String}, orient="row")
    moved = pl.col("target").is_not_null()
    collection.set_mentions(
        join_looked_up_in_documents(collection.mentions, frame, ["doc_id", "key"])
        .with_columns(key=pl.coalesce("target", "key"), single=pl.col("single") & ~moved,
                      type=pl.when(moved).then(pl.lit(type_)).otherwise("type") if type_ else pl.col("type"),
                      type_rule=pl.when(moved).then(pl.lit(rule)).otherwise("type_rule") if rule else pl.col("type_rule"))
        .drop("target")
    )


def join_place_short_forms(collection: Collection) -> None:
    """In a document naming a place with its head (`Sungai Cibening`, `Kabupaten Cibadak`, `Sirkuit Mugelo`: an
    administrative level or a head of data/natural_place_heads.txt, not a building's, whose word is as often its
    owner's, `Stadion <club>`), the place's distinct word alone is that place, whatever it was read as, when the
    document names one place only with that word after a head (`Kota Cibadak` and `Kabupaten Cibadak` in one document
    are two places) and no person or body by it. Under a head that is no administrative level, a town or country of the
    gazetteer alone is the town (`Sungai Martapura` ... `Martapura`)."""
    mentions = collection.mentions
    levels = set(entity_keys.admin_prefixes()) - entity_keys.country_forms()  # `Kesultanan Sukamaju` ... `Sukamaju`: the town, as often as the state
    named_by_word = levels | {normalise_key(c) for c in word_set("natural_place_heads.txt")}
    places: dict[tuple[str, str], set[str]] = defaultdict(set)  # (doc_id, distinct word) -> the place keys with it
    heads: dict[tuple[str, str], set[str]] = defaultdict(set)
    longer_places = filtered(mentions, (pl.col("type") == "LOC") & pl.col("key").str.contains(" "), "doc_id", "key").unique()
    for doc_id, key in longer_places.iter_rows():
        parts = key.split()
        head = _place_head(parts)
        if head is not None and len(parts) == len(head) + 1 and " ".join(head) in named_by_word:
            places[(doc_id, parts[-1])].add(key)
            heads[(doc_id, parts[-1])].add(" ".join(head))
    cities = _cities_named_inside(mentions)
    city_keys = set(filtered(collection.keys, pl.col("key").str.starts_with(f"{entity_keys.TOWN_LEVEL} "), "key")["key"])
    if not places:
        return
    # a person or a body the document reads by the words around it (`kata Cibening`, `pemain Cibening`: its club)
    named = set(filtered(mentions, pl.col("type").is_in(["PERSON", "ORG"]) & (pl.col("strength") >= MEDIUM), "doc_id", "key").iter_rows())
    targets = {}
    for doc_id, key in filtered(mentions, ~pl.col("key").str.contains(" "), "doc_id", "key").unique().iter_rows():
        city = f"{entity_keys.TOWN_LEVEL} {key}"
        fitting = _town_over_levels(places.get((doc_id, key), set()), city if (doc_id, key) in cities else None, city in city_keys)
        if not fitting or len(fitting) > 1 or (doc_id, key) in named:
            continue
        if _gazetteer_place(key) and not heads[(doc_id, key)] <= levels:
            continue
        targets[(doc_id, key)] = next(iter(fitting))
    _rewrite_in_documents(collection, targets, "place_short_form", "LOC")


def join_level_names_read_by_their_head(collection: Collection) -> None:
    """A place's name after its administrative level (`Kabupaten Gunung Wonokidul`, keyed without the level), written
    alone in its document (`Gunung Wonokidul`), is that place there, though its first word is a natural place's head
    (`Gunung`: the key of the name alone reads a mountain). The level's own name opens with the head; the document would
    write the mountain with a head of its own before the name only."""
    # names of several words only: the level's and the name written alone both have a space
    places = filtered(collection.mentions, (pl.col("type") == "LOC") & pl.col("text").str.contains(" "), "doc_id", "key", "text").unique()
    places = places.with_columns(written=keyed_texts(places["text"]))
    # the key is the name as written without its first word: a level the key drops (`kabupaten`)
    levelled = set(places.filter(pl.col("written").str.split(" ").list.len().gt(2)
                                 & (pl.col("written").str.split(" ").list.slice(1).list.join(" ") == pl.col("key")))
                   .select("doc_id", "key").iter_rows())
    if not levelled:
        return
    alone = places.filter(pl.col("written") != pl.col("key")).select("doc_id", "key", "written").unique()
    targets = {(doc_id, key): written for doc_id, key, written in alone.iter_rows()
               if (doc_id, written) in levelled and _place_head(key.split()) is not None}
    _rewrite_in_documents(collection, targets, "place_short_form", "LOC")


def _cities_named_inside(mentions: pl.DataFrame) -> set[tuple[str, str]]:
    """(doc_id, town) of the cities documents name inside a body's or a place's name (`Pemerintah Kota Cibadak`,
    `Masjid Raya Kota Cibadak`)."""
    # the level written out (`Pemerintah Kota X`), not a short head's expansion (`Polresta X`: a city's police, whatever
    # level its town is)
    inside = filtered(mentions, pl.col("key").str.contains(f". {entity_keys.TOWN_LEVEL} [^ ]+$")
                      & pl.col("text").str.to_lowercase().str.contains(rf"\b{entity_keys.TOWN_LEVEL}\b"), "doc_id", "key")
    return {(doc_id, entity_keys.town_inside(key)) for doc_id, key in inside.unique().iter_rows()}


def _town_over_levels(keys: set[str], city_inside: str | None, city_apart: bool) -> set[str]:
    """The places a document names with one word after a head, the city alone where the word names a city and another
    level too (`Kota Cibadak`, `Kabupaten Cibadak`, `Cibadak` alone): a regency or district shares its city's name, and
    the news write its level out where they mean it. A city the document names only inside another name (`Pemerintah
    Kota Cibadak`) counts too: the word alone is that city where the collection keeps it apart from other levels, and
    stays as it is where the city's key is the word itself."""
    if not all(key.split()[0] in entity_keys.admin_prefixes() for key in keys):
        return keys
    towns = {key for key in keys if key.split()[0] == entity_keys.TOWN_LEVEL}
    if towns or city_inside is None:
        return towns or keys
    return {city_inside} if city_apart else set()


def reread_misspellings(collection: Collection) -> None:
    """A lone word a document joined to a full name it misspells (`Wiranto` for `Dedi Wirasto`) is read again as the
    word itself when other documents, more of them, resolve it as written to another person's full name
    (`Rudi Wiranto ... kata Wiranto`): it is that person's name, which `redirect_short_forms` then follows."""
    mentions = collection.mentions
    misspelt = mentions.filter(pl.col("type_rule") == MISSPELT_RULE)
    if misspelt.is_empty():
        return
    learned = _learned_short_forms(mentions)
    reread = set()
    for doc_id, text, key in misspelt.select("doc_id", "text", "key").unique().iter_rows():
        votes = learned.get(normalise_key(text), Counter())
        if sum(votes.values()) - votes[key] > votes[key]:
            reread.add((doc_id, text))
    if not reread:
        return
    frame = pl.DataFrame(sorted(reread), schema={"doc_id": pl.String, "text": pl.String}, orient="row").with_columns(
        reread=pl.lit(True))
    again = pl.col("reread").fill_null(False) & (pl.col("type_rule") == MISSPELT_RULE)
    collection.set_mentions(
        join_looked_up_in_documents(mentions, frame, ["doc_id", "text"])
        .with_columns(key=pl.when(again).then(pl.col("text").map_elements(normalise_key, return_dtype=pl.String))
                      .otherwise("key"),
                      single=pl.col("single") | again, type_rule=pl.when(again).then(pl.col("rule")).otherwise("type_rule"))
        .drop("reread"))


def redirect_short_forms(collection: Collection) -> None:
    """Short forms no document could resolve: a tie goes to the collection's most mentioned candidate;
    a lone surname or first word (`Henriksen`, `Presiden Wirabumi`) to the one full name ending or opening with it, or
    to a clearly dominant one.
    A short form other documents resolved goes where they sent it most; a common given name alone
    (`Andi`) is too ambiguous to link across documents."""
    candidates = collection.mentions
    frequency = Counter(dict(candidates.group_by("key").len().iter_rows()))
    targets = _single_word_targets(collection, frequency, Counter(dict(candidates.group_by("key").agg(pl.col("doc_id").n_unique()).iter_rows())))
    ties = {tie: max(tie.split("|"), key=lambda k: (frequency[k], k)) for tie in candidates["tie"].drop_nulls().unique()}
    tied = pl.col("tie").is_not_null()
    collection.mentions = (
        join_looked_up(candidates, targets, ["key", "type"])
        .with_columns(
            key=pl.when(tied).then(pl.col("tie").replace_strict(ties, default=None)).otherwise(pl.coalesce("target", "key")),
            type=pl.when(tied).then(pl.lit("PERSON")).otherwise(pl.coalesce("target_type", "type")),
            type_rule=pl.when(tied).then(pl.lit("tie_break"))
            .when(pl.col("target_type") == "PERSON").then(pl.lit("surname_across_documents"))
            .when(pl.col("target_type") == "LOC").then(pl.lit("place_across_documents"))
            .otherwise("type_rule"),
        )
    )


def _place_head(parts: list[str]) -> tuple[str, ...] | None:
    """The class of the longest place head opening a key's words (`river` of `river cibening`), if any: looked up by
    size, not compared with every class (once per place key of the collection)."""
    return next((head for size in PLACE_HEAD_SIZES if (head := tuple(parts[:size])) in PLACE_HEAD_CLASSES), None)


def _single_word_targets(collection: Collection, frequency: Counter, documents: Counter) -> pl.DataFrame:
    """(key, type) of one-word names -> (target, target_type): the full name each stands for (frequency: mentions per
    key; documents: documents per key)."""
    candidates, keys = collection.mentions, collection.keys
    # the full names a word closes, and those it opens: the press calls a person by the surname, and many Indonesians
    # by the first word of the name (`Presiden Wirabumi` ... `Wirabumi Santoso`)
    by_surname: dict[str, set[str]] = defaultdict(set)
    by_first_word: dict[str, set[str]] = defaultdict(set)
    for key in collection.person_full_names():
        if not NOT_IN_PERSON_NAMES.intersection(words := key.split()):  # `Burnley Vs Arsenal` is no one's full name
            by_surname[words[-1]].add(key)
            by_first_word[words[0]].add(key)
    acronyms = _acronym_keys(candidates)
    brands = set(filtered(candidates, pl.col("rule").is_in([BRAND_READING, CLUB_READING])
                          | pl.col("type_rule").is_in(entity_keys.CLUB_TYPE_RULES), "key")["key"])
    # the distinct part of a place's name: its last word, or after a place's head (keyed by its class: `river
    # cibening`) the one word that follows; the last word of a longer name after a head (`Gedung Rektorat Unsuka`) is
    # the institution owning the building
    # (a village or town of the gazetteer alone is itself, not a longer name it closes: `Cikande` is no `Kawasan Industri
    # Modern Cikande`; but `Sungai Cibening` is the place its head and the word name)
    place_by_distinct: dict[str, list[str]] = defaultdict(list)
    for key in keys.filter(pl.col("type") == "LOC")["key"]:
        parts = key.split()
        if len(parts) < 2:
            continue
        head_class = _place_head(parts)
        if head_class is not None and " ".join(head_class) in word_set("village_named_place_heads.txt"):
            continue  # `Pantai Wonolaut`: `Wonolaut` alone is as often the village
        head = len(head_class or ())
        if len(parts) == head + 1 or not head and parts[-1] not in town_keys() and parts[-1] not in indonesian_village_names():
            place_by_distinct[parts[-1]].append(key)
    # a town a document names as a city (`Pemerintah Kota Cibadak`) is no other level's short form (`Kabupaten Cibadak`)
    cities = {town for _, town in _cities_named_inside(candidates)}
    for town in cities.intersection(place_by_distinct):
        place_by_distinct[town] = [key for key in place_by_distinct[town] if key.split()[0] == entity_keys.TOWN_LEVEL
                                   or key.split()[0] not in entity_keys.admin_prefixes()]
    learned = _learned_short_forms(candidates)
    # words the collection reads alone as a person (`kata Prabowo`): a weakly typed lone reading of such a word may go
    # where documents send its short form, or to the full name ending with it; one the collection's documents mostly
    # write alone with no person's cue (`saham Lumitra` in many documents, `kata Lumitra` in one) may not
    read_as_person, read_as_no_person = _person_votes(candidates)
    full_readings = filtered(candidates, pl.col("text").str.contains(" "), "key", "type_rule").group_by("key").agg(
        shape=(pl.col("type_rule") == SHAPE_PERSON_READING).all())
    shape_only = set(full_readings.filter(pl.col("shape"))["key"])
    # (its mentions of other types go with its person reading: `Wirabumi` alone at a sentence's start, typed by default)
    read_alone_as_person = set(keys.filter(pl.col("single") & (pl.col("type") == "PERSON"))["key"])
    single_target = {}
    for key, type_, strength in keys.filter(pl.col("single")).select("key", "type", "strength").iter_rows():
        if len(key.split()) != 1:
            continue
        # a first word only where a text reads it as a person's, and never another country's first name: the press
        # calls an Indonesian by the first word of the name (`Presiden Wirabumi`), others by the surname (`Harry` alone
        # is any Harry, not the `Harry Brown` of another document); nor an English word (`Engineering`, opening a team's
        # name another document's headline capitals made a person's)
        called = key in read_alone_as_person and key not in foreign_given_name_keys() and key not in english_word_keys()
        people = sorted(by_surname.get(key, set()) | (by_first_word.get(key, set()) if called else set()),
                        key=lambda k: (-frequency[k], k))
        # a weakly typed lone reading goes where documents send the word's short form only if the collection reads it alone
        # as a person (`kata Prabowo`); one never read so (`saham Lumitra`) may not
        from_documents = key in learned and (type_ == "PERSON" or key in read_as_person)
        if from_documents:
            people = sorted(learned[key], key=lambda k: (-learned[key][k], -frequency[k], k))
        if key in read_as_no_person and (type_ != "PERSON" or strength < MEDIUM):
            people = []  # `Reporter` alone in many documents is no short form of the `Hollywood Reporter` one misread
        if type_ != "PERSON":
            # a word no reading calls a person joins no name only its shape called one (`Sukamaju` alone is not the
            # `Rovers Sukamaju` a headline's capitals made a person)
            people = [person for person in people if person not in shape_only]
        if key in given_name_keys() or key in town_keys() or key in acronyms or key in brands:
            # `Eddy` alone: a common given name, not the surname of another document's `Kunto Edy`;
            # `Manado` alone: a town, whatever a full name ending with it was read as;
            # `US` (of `US$`), `IM`: letters, never the surname of `What About Us` or `Cora Yim`;
            # `MotoGP`, `LapakKerja`: a brand, never the surname of a name that ends with it; nor is a city some
            # document reads as its club (`pemain Sukamaju`)
            people = []
        # `di Sukamaju`: a place; but a word only weakly read as one (`Gubernur Rina` as a governed place) goes where the
        # documents holding both forms send it
        if people and (type_ == "PERSON" or strength < STRONG and (type_ != "LOC" or from_documents and strength == WEAK)):
            # a word the collection writes alone far more often than the full name is no short form of it (`Sumbaraya`
            # of many documents is not the surname of a `Rino Sumbaraya` one document read), counted by mentions and by
            # documents (one report on a feud writes a surname alone ten times)
            dominant = len(people) == 1 or frequency[people[0]] >= DOMINANCE * frequency[people[1]]
            if dominant and (frequency[key] <= DOMINANCE * frequency[people[0]] or documents[key] <= DOMINANCE * documents[people[0]]):
                single_target[(key, type_)] = (people[0], "PERSON")
        elif type_ == "LOC" and place_by_distinct.get(key) and strength == WEAK:
            single_target[(key, type_)] = (max(place_by_distinct[key], key=lambda k: (frequency[k], k)), "LOC")
    return pl.DataFrame(
        [(key, type_, target, target_type) for (key, type_), (target, target_type) in single_target.items()],
        schema={"key": pl.String, "type": pl.String, "target": pl.String, "target_type": pl.String}, orient="row",
    )


def _acronym_keys(candidates: pl.DataFrame) -> set[str]:
    """Short keys only ever written in capitals (`US`, `YIMM`): acronyms, whatever their letters spell. Roman
    numerals are a name's ordinal (`Nusantara IX`), not acronyms."""
    short = filtered(candidates, (pl.col("key").str.len_chars() <= MAX_ACRONYM_KEY) & ~pl.col("key").str.contains(r"^[ivxlcdm]+$"),
                     "key", "text")
    written = short.group_by("key").agg(shouted=(pl.col("text").str.to_uppercase() == pl.col("text")).all())
    return set(written.filter(pl.col("shouted"))["key"])


def _person_votes(candidates: pl.DataFrame) -> tuple[set[str], set[str]]:
    """(one-word keys the collection reads as a person's name, those it reads as no person's name). Documents vote:
    for, those reading the word alone as a person by a cue or a title (or as what a title governs: a holder's name or
    an office, never a company's or a product's), or resolving it to a person's full name
    (a full name some reading other than its shape calls a person); against, those writing it alone with no such
    reading. A word is a name when some document reads it
    so (alone or by resolving it) and, once MIN_VOTE documents vote against, the votes for are at least PERSON_VOTE of those; no name when that
    many vote against and it is not one."""
    sure_names = filtered(candidates, (pl.col("type") == "PERSON") & pl.col("text").str.contains(" ")
                          & (pl.col("type_rule") != SHAPE_PERSON_READING), "doc_id", "key").unique()
    resolved = (_resolved_words(candidates).join(sure_names, on=["doc_id", "key"]).select("word", "doc_id").unique()
                .group_by("word").len())
    learned_votes = dict(resolved.iter_rows())
    lone = filtered(candidates, pl.col("single") & ~pl.col("key").str.contains(" "), "doc_id", "key", "type", "strength", "type_rule")
    person = (pl.col("type") == "PERSON") & (pl.col("strength") >= MEDIUM) | (pl.col("type_rule") == TITLE_COMPLEMENT)
    votes = (lone.group_by("key", "doc_id").agg(person=person.any())
             .group_by("key").agg(person=pl.col("person").sum(), other=(~pl.col("person")).sum()))
    named, unnamed = set(), set()
    for key, person, other in votes.iter_rows():
        voted = other < MIN_VOTE or person + learned_votes.get(key, 0) >= PERSON_VOTE * other
        if (person or learned_votes.get(key, 0)) and voted:
            named.add(key)
        elif not voted:
            unnamed.add(key)
    return named, unnamed


def _learned_short_forms(candidates: pl.DataFrame) -> dict[str, Counter]:
    """One-word forms of full names, learned where a document holds both forms, counted in documents: nicknames
    (`Bamsoed` for `Bambang Soedirman`) and the word of a name its documents call the person by (`Prabowo` for the
    name it opens, not for another whose name merely ends with it)."""
    learned: dict[str, Counter] = defaultdict(Counter)
    for word, key in _resolved_words(candidates).select("word", "key", "doc_id").unique().select("word", "key").iter_rows():
        learned[word][key] += 1
    return learned


def _resolved_words(candidates: pl.DataFrame) -> pl.DataFrame:
    """(doc_id, word, key): one-word mentions, not in capitals, their document resolved to a person's full name."""
    used = filtered(candidates, ~pl.col("single") & (pl.col("type") == "PERSON") & ~pl.col("text").str.contains(" ")
                    & pl.col("key").str.contains(" ") & (pl.col("text").str.to_uppercase() != pl.col("text")), "doc_id", "key", "text")
    return used.select("doc_id", "key", word=pl.col("text").map_elements(normalise_key, return_dtype=pl.String))


def merge_joined_keys(collection: Collection) -> None:
    """Every key becomes its group's representative (the smallest key joined with it)."""
    frame = collection.mentions
    roots = {key: collection.union.find(key) for key in frame["key"].unique()}
    collection.mentions = frame.with_columns(pl.col("key").replace_strict(roots)).select(MENTION_CANDIDATES.column_names)


# what a document-scoped key carries after its name: `agus@<doc_id>` (keys are normalised words, never holding it)
DOCUMENT_SCOPE = "@"


def keep_lone_given_names_apart(collection: Collection) -> None:
    """A common given name written alone (`Agus`, data/person_names.txt) that no document joined to a full name is one
    person per document: the collection's many people called Agus are not one entity because none had a surname
    written. Its key becomes the document's own (`agus@<doc_id>`), and so does its entity."""
    person = pl.col("type") == "PERSON"
    lone = filtered(collection.mentions, pl.col("key").is_in(list(given_name_keys())) & person, "key", "doc_id")
    scattered = lone.group_by("key").agg(documents=pl.col("doc_id").n_unique()).filter(pl.col("documents") > 1)["key"]
    collection.mentions = collection.mentions.with_columns(
        key=pl.when(pl.col("key").is_in(scattered.implode()) & person)
        .then(pl.concat_str("key", pl.lit(DOCUMENT_SCOPE), "doc_id")).otherwise("key"))


def vote_types(collection: Collection) -> None:
    """One type per entity: the type with the most evidence, each mention weighing its strength,
    so one doubtful reading (`Wali Kota Sukamaju` read as a name) does not outvote many sure ones.

    A name alone with nothing around it (DEFAULT_READING), or a city's name the gazetteer alone typed, is no
    evidence of its sense: where the same document's other readings of the name mostly say one type, with
    some evidence above WEAK (a title before it, a speech verb after it, `melawan` before a club), those
    mentions vote that type, one sense per document. So a nickname used alone in many sentences is not
    outvoted by its own bare repetitions, a club named after its city is the club in every sentence of
    its match report, and a body read once as a person among other readings keeps its defaults. A name read as a
    person by its shape alone (SHAPE_PERSON_READING) takes the type the collection's other readings of it give,
    with evidence above WEAK: one document calling `Atletik Sukamaju` a club settles it in the others."""
    resolved = collection.mentions
    context_free = pl.col("type_rule").is_in(CONTEXT_FREE_READINGS)
    shape_guess = pl.col("type_rule") == SHAPE_PERSON_READING
    voting = resolved.select("doc_id", "key", "strength", "type", "type_rule")  # a filter copies every column it carries
    in_document = _majority_type(voting.filter(~context_free), ["doc_id", "key"], "document_type")
    in_collection = _majority_type(voting.filter(~context_free & ~shape_guess), ["key"], "collection_type")
    readings = (
        join_looked_up(join_looked_up(voting, in_document, ["doc_id", "key"]), in_collection, ["key"])
        .select("key", "strength", type=pl.when(context_free).then(pl.coalesce("document_type", "type"))
                .when(shape_guess).then(pl.coalesce("collection_type", "type")).otherwise("type"))
    )
    entity_types = (
        readings.group_by("key", "type").agg(strength=pl.col("strength").sum(), n=pl.len())
        .sort(["key", "strength", "n", "type"], descending=[False, True, True, False])
        .group_by("key", maintain_order=True).agg(type=pl.col("type").first())
    )
    collection.mentions = (
        join_looked_up(resolved.rename({"type": "read_as"}), entity_types, ["key"])  # every key has its type
        .with_columns(type_rule=pl.when(pl.col("type") != pl.col("read_as")).then(pl.lit(VOTE_READING)).otherwise("type_rule"))
        .drop("read_as")
    )


def _majority_type(readings: pl.DataFrame, by: list[str], name: str) -> pl.DataFrame:
    """`by` columns -> the type holding most of the strength of `readings` (over half), with some evidence above WEAK."""
    return (
        readings.group_by(*by, "type").agg(weight=pl.col("strength").sum(), surest=pl.col("strength").max())
        .filter((pl.col("surest") > WEAK) & (2 * pl.col("weight") > pl.col("weight").sum().over(by)))
        .select(*by, pl.col("type").alias(name))
    )


COLLECTION_STEPS = (join_spelling_variants, join_names_run_together, join_misspelt_names, join_dropped_middle_names,
                    join_dropped_first_names,
                    join_outlet_sites, join_initialled_names, join_initials_of_names,
                    join_club_short_forms, join_abbreviations, join_extended_names, join_group_forms, join_level_forms, join_renamed_heads,
                    join_translated_names, join_clipped_word_names,
                    join_defined_acronyms, carry_named_epithets,
                    join_place_short_forms, join_level_names_read_by_their_head, reread_misspellings, redirect_short_forms,
                    merge_joined_keys, keep_lone_given_names_apart, vote_types)


def resolve_entities(candidates: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Candidate mentions -> (entities, mentions) with one entity per referent across the collection."""
    if candidates.is_empty():
        return ENTITIES.empty(), MENTIONS.empty()
    collection = Collection(candidates)
    candidates = None  # the steps replace the collection's mentions: the first ones go with them
    for step in COLLECTION_STEPS:
        step(collection)
    return _tables(collection.hand_over_mentions())


def _tables(resolved: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame]:
    """The entities (named by canonical_names) and mentions tables of the resolved candidates."""
    names = _distinct_names(canonical_names(resolved).join(resolved.select("key", "type").unique("key"), on="key"), resolved)
    names = names.with_columns(
        entity_id=pl.Series([stable_id("E", t, n.lower(), *k.split(DOCUMENT_SCOPE)[1:])  # a scoped key's document too
                             for t, n, k in names.select("type", "name", "key").iter_rows()], dtype=pl.String)
    )
    # Each frame below is as long as the collection's mentions (2 million at 61,020 articles): only the columns the
    # two tables read are carried, and the mention ids are made for the rows kept.
    resolved = join_looked_up(resolved.select("doc_id", "start", "end", "text", "key", "type", "title", "rule", "type_rule"),
                              names.select("key", "name", "entity_id"), ["key"])  # every key has its name
    entities = _entities_of(resolved)
    # the first row of each span (a few are repeated), gathered in the table's order: the rows are copied once, and
    # `conform` finds them in order (`unique` then the table's sort copied them twice)
    spans = resolved.select(*SPAN, row=pl.int_range(pl.len(), dtype=pl.UInt32)).sort(*SPAN, maintain_order=True)
    opens = pl.any_horizontal(pl.col(c) != pl.col(c).shift() for c in SPAN).fill_null(True)
    first, repeats = spans.filter(opens)["row"], spans.filter(~opens)["row"]
    spans = None
    # an entity counts, names and dates by the mentions the table keeps: a repeated span's other rows are no mention of
    # it. The few entities such a row belongs to are made again from their kept rows (flags and filters over the whole
    # collection's rows held 0.1-0.2 GB more at 61,020 articles)
    if not repeats.is_empty():
        repeated = resolved[repeats]["entity_id"].unique().implode()
        again = (resolved.with_row_index("row").filter(pl.col("entity_id").is_in(repeated))
                 .filter(~pl.col("row").is_in(repeats.implode())).drop("row"))
        entities = ENTITIES.conform(pl.concat([entities.filter(~pl.col("entity_id").is_in(repeated)), _entities_of(again)]))
    kept = resolved.drop("key", "title", "name")[first]
    resolved = None
    mentions = MENTIONS.conform(kept.with_columns(mention_id=stable_ids("M", kept, list(SPAN)),
                                                  sentence_index=pl.lit(0, dtype=pl.Int64)))
    return entities, mentions


def _distinct_names(names: pl.DataFrame, resolved: pl.DataFrame) -> pl.DataFrame:
    """`names` (key, name, type) where two keys of one type share a name (an entity's id comes from its name): keys that
    name it with places or levels the other's lacks, neither holding the other's (`kota sukamaju`, `regenci sukamaju`;
    `satpol pp karangjati`, `satpol pp wonosari`), are two referents the keys kept apart, and each takes its fullest form
    (`Kota Sukamaju`, `Kabupaten Sukamaju`, though each is mostly written `Sukamaju`). Keys that differ otherwise (`persela`,
    `persela lamongan`: a club and its town) stay one entity under the name, as do keys a document scopes."""
    scoped = pl.col("key").str.contains(DOCUMENT_SCOPE, literal=True)
    shared = (names.filter(~scoped).group_by("type", lower=pl.col("name").str.to_lowercase())
              .agg(keys=pl.col("key")).filter(pl.col("keys").list.len() > 1))
    apart = set()
    for keys in shared["keys"]:
        qualifiers = {key: _place_words(key) for key in keys}
        apart.update(a for a in keys for b in keys if a != b and qualifiers[a] and qualifiers[b]
                     and not qualifiers[a] <= qualifiers[b] and not qualifiers[b] <= qualifiers[a])
    if not apart:
        return names
    fullest = (resolved.filter(pl.col("key").is_in(list(apart))).group_by("key", "text").agg(n=pl.len())
               .with_columns(words=pl.col("text").str.count_matches(r"\S+"))
               .sort(["key", "words", "n", "text"], descending=[False, True, True, False])
               .group_by("key", maintain_order=True).agg(fullest=pl.col("text").first()))
    return names.join(fullest, on="key", how="left").with_columns(name=pl.coalesce("fullest", "name")).drop("fullest")


def _place_words(key: str) -> frozenset[str]:
    """The words of a key that place it: a town's, a known place's, an administrative level's."""
    return frozenset(word for word in key.split() if word in town_keys() or word in entity_keys.admin_prefixes()
                     or entity_keys.known_by_key().get(word, ("",))[0] == "LOC")


def _entities_of(rows: pl.DataFrame) -> pl.DataFrame:
    """One entity row per `entity_id` of the resolved `rows`."""
    return ENTITIES.conform(rows.group_by("entity_id").agg(
        name=pl.col("name").first(),
        type=pl.col("type").first(),
        aliases=pl.col("text").unique().sort(),
        titles=pl.col("title").drop_nulls().unique().sort(),
        mention_count=pl.len().cast(pl.Int64),
        document_count=pl.col("doc_id").n_unique().cast(pl.Int64),
    ))


def canonical_names(resolved: pl.DataFrame) -> pl.DataFrame:
    """The canonical name of each key: the fullest surface form, the most used among equals.

    A body's name written with its bracketed short form inside it is its fullest form, the short form left out
    (`Dinas Kesehatan Sukamaju` for `Dinas Kesehatan (Dinkes) Sukamaju`, however often `Dinkes` alone names it: each
    regency's office its own name). Acronyms and all-capital forms only win when nothing else names the entity, nor does
    an epithet a document gives it or a nickname the news corpus gives it (data/nicknames.tsv). A body has a name of
    several words before a word alone that is a city, common vocabulary or a club's word (`City` of a club named after
    its town), a club's one-word form in the club lists for a longer name (`Spirs`) or a ministry's short form (`Kemenkeu`), however often
    sentences write that word. A person's office opening a form (`Wamenkes Rina Sari`) or a middle initial inside it counts no word of the name, and
    a form without it wins a tie, as do capitals without an English article (`ASEAN`, not `The ASEAN`) and, between
    forms as long, the one with fewer words of no list (a slip's). A body is named
    by its own name before its seat's (`Polres X`, not `Mapolres X`), and a name by its form without a tokeniser's
    spaced hyphen, however often that is written (`Ri Chol Un`, not `Ri Chol - un`).
    """
    forms = (
        resolved.with_columns(
            # a tokeniser's spaced hyphen is no word, and a form written without it wins (`Ri Chol Un`, not `Ri Chol - un`)
            words=pl.col("text").str.count_matches(r"\S*[^\s-]\S*"),
            # an English article before capitals shouts as they do (`The ASEAN` is no fuller name than `ASEAN`)
            shouting=pl.col("text").str.replace(LEADING_ARTICLE, "").pipe(lambda bare: bare.str.to_uppercase() == bare),
        )
        .group_by("key", "text", "type")
        .agg(n=pl.len(), words=pl.col("words").first(), shouting=pl.col("shouting").first())
    )
    designators = word_set("club_designators.txt")
    # an epithet names its referent less well than the name it is given to (`Tono Raharjo`, not `Si Kancil Lincah`)
    # (`Tono Raharjo`, not the short name a document gives him in brackets, `Cak Totor`)
    epithets = set(filtered(resolved, pl.col("type_rule").is_in([EPITHET_RULE, "bracketed_short_name"]), "text")["text"]
                   .str.to_lowercase())
    # ... nor a ministry's short form (`Kementerian Keuangan`, not `Kemenkeu`, however often the news writes it)
    # ... nor a club's one word the club lists give a club of a longer name (`Spirs` of `Tottenford Spirs`, data/club_names.tsv;
    # not `Juventoria`, a club's whole name)
    bare = [type_ == "ORG" and " " not in text and (text.lower() in city_names() or is_ordinary_word(text.lower())
                                                     or text.lower() in designators or is_ministry(text.lower())
                                                     or " " in club_forms().get(club_form_key(text), ""))
            for text, type_ in forms.select("text", "type").iter_rows()]
    office = [type_ == "PERSON" and _office_before_name(text) for text, type_ in forms.select("text", "type").iter_rows()]
    # a body named by its seat (`Mapolres Sukamaju`) is named by its own name where a document writes it
    seat = [type_ == "ORG" and " " in text and entity_keys.names_a_seat(text.split()[0].lower())
            for text, type_ in forms.select("text", "type").iter_rows()]
    # between forms written as often and as long, the one with fewer words of no list (given names, towns, vocabulary)
    # is spelt right (`Rina Sari`, not its slip `Rina Sarni`, each written once)
    odd = [sum(not _word_of_its_own(word) for word in normalise_key(text).split()) for text in forms["text"]]
    return (
        forms.with_columns(
            odd_words=pl.Series(odd, dtype=pl.Int64),
            office=pl.Series(office, dtype=pl.Boolean),
            bare=pl.Series(bare, dtype=pl.Boolean),
            seat=pl.Series(seat, dtype=pl.Boolean),
            # ... and so does a nickname or epithet the news corpus gives it (`The Rovers`, data/nicknames.tsv)
            epithet=pl.col("text").str.to_lowercase().is_in(list(epithets))
            | keyed_texts(forms["text"]).is_in(list(known_epithets())),
        )
        # a person's middle initial is no word of the name either (`Rudi J Halim` names no more than `Rudi Halim`)
        .with_columns(rank_words=pl.when(pl.col("type") == "PERSON").then(
                          pl.col("words") - pl.col("office").cast(pl.Int64) - pl.col("text").str.count_matches(MIDDLE_INITIAL))
                      .otherwise(pl.lit(0)), spelled_out=pl.col("text").str.contains(INNER_SHORT_FORM))
        .with_columns(articled=pl.col("text").str.contains(LEADING_ARTICLE) & pl.col("shouting"),
                      spaced=pl.col("text").str.contains(SPACED_HYPHEN, literal=True))
        .sort(["key", "epithet", "shouting", "bare", "seat", "spelled_out", "rank_words", "office", "spaced", "n", "articled",
               "words", "odd_words", "text"],
              descending=[False, False, False, False, False, True, True, False, False, True, False, True, False, False])
        .group_by("key", maintain_order=True)
        # the name without a short form or a nickname written inside it (`Jurgen "The Professor" Hallinger`)
        .agg(name=pl.col("text").first().str.replace(INNER_SHORT_FORM, "$1").str.replace(QUOTED_NICKNAME.pattern, " "))
    )


def _office_before_name(text: str) -> bool:
    """Whether a person's form opens with an office before the name (`Wamenkes Rina Sari`, `Perdana Menteri Rina Sari`):
    a whole title, a head, or a title glued to its portfolio (data/glued_office_prefixes.txt). A title's first word
    alone is none (`Imam Santoso`: `imam besar` is a title, `Imam` a given name), or two people would share the name
    their given name gives them, and with it their entity."""
    words = text.lower().split()
    return len(words) > 1 and (_is_office_word(words[0]) or any(
        tuple(words[:size]) in phrase_set("titles.txt") for size in range(1, len(words))))


@lru_cache(maxsize=100_000)
def _is_office_word(lower: str) -> bool:
    """A head, or a title glued to its portfolio; once per first word (the collection's forms share them)."""
    glued = any(lower.startswith(p) and len(lower) >= len(p) + 2 for p in word_set("glued_office_prefixes.txt"))
    return is_head_or_title(lower) and lower not in TITLE_STARTS or glued and not is_ordinary_word(lower)


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
    return all(_same_word(x, y) for x, y in zip(wa, wb))
