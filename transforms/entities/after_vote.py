"""Resolution again where the name model's vote (transforms/retyping.py) settled a type the document's passes did not
read, the passes of AFTER_VOTE_PASSES in order: a town the passes took for a part of a person's name whose full name
the vote made a body or a place (`Madrid` of `Atletico Madrid`) is the town again; a full name they took for a body or a
thing (`Lady Sukamaju` by its shape, a name of vocabulary) that the vote made a person takes its short forms, left in
the document as entities of their own; a body a document names by the first words of the one longer body's name it
writes (`Sinar` of `Sinar Jaya Group`) is that body; a town the vote made a body is the one club its document names after
it (`Wonford` of `Wonford United`), and a body read as a club the one club of the collection named after it with a
club's word (`Wonford` of another document's `Wonford FC`); a name a document writes alone and after a place's head is
that place (`Wonoraya` of `Bandara Wonoraya`); a person named by one word alone that misspells a word of another
person's name in its document (`Wiratmo` for `Rina Wiratno`) is that person, and a place's one word misspelling another
place's of its document (`Filiphina`) that place; an entity whose every form in a document another entity of its type
writes there is that entity there; a name a document writes only inside the names of other entities (`Indonesia` of
`Bank Indonesia`) is no entity of that document."""

from __future__ import annotations

from collections import defaultdict
from functools import lru_cache

import polars as pl
from rapidfuzz.distance import OSA

from transforms.common import join_looked_up
from transforms.entities.collection import VOTE_READING, club_name_parts, keyed_texts, name_word_keys
from transforms.entities.document import COORDINATION_READING, club_designator_keys, club_form_key, club_forms, nickname_of
from transforms.entities.shape import BRAND_READING, DEFAULT_READING, PLACING_READINGS
from transforms.entities.vocabulary import first_names, given_name_keys, is_ordinary_word, normalise_key
from transforms.entity_keys import CLUB_READINGS, known_by_key
from transforms.lexicon import city_names, indonesian_city_names, indonesian_village_names, known_names, phrase_set, phrase_table, word_set
from transforms.retyping import MODEL_VOTE_READING, REFERENCE_READING

SETTLED_SHORT_FORM = "settled_short_form"
BODY_SHORT_FORM = "body_short_form"
MISSPELT_NAME = "misspelt_name"
FORM_WRITTEN_TWICE = "form_written_twice"
MISSPELT_PLACE = "misspelt_place"
MISSPELT_WORD = "misspelt_word"
MISSPELT_FULL_NAME = "misspelt_full_name"
CLIPPED_NAME = "clipped_name"
CLIPPED_BODY = "clipped_body"
ARTICLED_CLUB_WORD = "articled_club_word"
MIN_SHARED_OPENING = 5  # letters a team's articled word and its club's word open alike (`Swans`, `Swansea`)
MIN_CLIP_LETTERS, MIN_CLIPPED_OFF = 4, 2  # `Juve` of `Juventus`; a clip one letter short is a slip or another name
CLIP_VOWELS = frozenset("aeiou")  # a clip may close on a vowel of its own (`Barca` of `Barcelona`)
MIN_SLIPPED = 4  # letters of the one word two full names write apart: the other words they share make a slip likelier
MAX_SLIPS = 2  # times a slip of a word another person is named by alone may be written
MIN_MISSPELT = 5  # letters of a word alone and of the name word it misspells: a shorter word is another name as often
VOWELS = frozenset("aeiou")
TOWN_OF_NO_PERSON = "town_of_no_person"
TOWN_OF_CLUB = "town_of_club"
CLUB_WITHOUT_WORD = "club_without_word"
# the readings of a town's or a body's name as a club's (document.py, collection.py, shape.py)
CLUB_EVIDENCE = (*CLUB_READINGS, "club_short_form", TOWN_OF_CLUB)
BARE_PLACE_NAME = "bare_place_name"
NESTED_READINGS = ("nested_known_place", "nested_city")  # a place the readers found inside a longer name (reading.py)
# the rules joining a word alone to a person's full name as a part of it (document.py, collection.py)
PERSON_PART_RULES = ("person_short_form", "short_form_tie", "misspelt_short_form", "tie_break", "surname_across_documents")
# how a lone word was read when no cue placed it: alone, as a brand by its capitals, or by its entity's vote
WEAK_LONE_READINGS = (DEFAULT_READING, BRAND_READING, VOTE_READING)
SPEAKING_READINGS = ("person_after_speech_verb", "person_before_speech_verb", "person_after_source_cue")  # shape.py
VOTED_READINGS = (VOTE_READING, MODEL_VOTE_READING, REFERENCE_READING)  # a mention typed by its entity's other readings


def release_towns_of_no_person(entities: pl.DataFrame, mentions: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame]:
    """A town of the gazetteer written alone that the passes joined to a full name as a part of a person's name, the
    vote having made that name a body or a place (`Atletico Madrid`, `Google Maps`: a club, a product), is no part of it:
    a town has a sense of its own, which only a person named after it (`Lewis Hamilton`) overrides, as does a name
    opened by a given name, whatever the vote made of it. It goes to the entity the collection names by that word alone
    (the most mentioned, any type); where the collection names none, the word stays: in a club's report the town alone
    is the club (`Marseille menyatakan`), and nothing here tells the two apart."""
    towns = pl.Series(sorted(city_names()), dtype=pl.String)
    given = pl.Series(sorted(given_name_keys()), dtype=pl.String)
    no_people = (entities.filter((pl.col("type") != "PERSON")
                                 & ~keyed_texts(entities["name"]).str.split(" ").list.first().is_in(given.implode()))
                 .select("entity_id", full=pl.col("name").str.to_lowercase()))
    lower = pl.col("text").str.to_lowercase()
    released = (mentions.filter(pl.col("type_rule").is_in(PERSON_PART_RULES) & lower.is_in(towns.implode()))
                .join(no_people, on="entity_id").filter(lower != pl.col("full")))
    if released.is_empty():
        return entities, mentions
    alone = (entities.with_columns(word=pl.col("name").str.to_lowercase())
             .filter(pl.col("word").is_in(released["text"].str.to_lowercase().unique().implode()))
             .sort("mention_count", "entity_id", descending=[True, False]).unique("word", keep="first", maintain_order=True)
             .select("word", town="entity_id", town_type="type"))
    moved = released.with_columns(word=lower).join(alone, on="word").select("mention_id", "entity_id", "town", "town_type")
    if moved.is_empty():
        return entities, mentions
    joined = (join_looked_up(mentions, moved.drop("entity_id"), ["mention_id"])
              .with_columns(entity_id=pl.coalesce("town", "entity_id"),
                            type=pl.when(pl.col("town").is_not_null()).then("town_type").otherwise("type"),
                            type_rule=pl.when(pl.col("town").is_not_null()).then(pl.lit(TOWN_OF_NO_PERSON)).otherwise("type_rule"))
              .drop("town", "town_type"))
    return _recounted(entities, joined, set(moved["entity_id"]) | set(moved["town"])), joined


def join_settled_short_forms(entities: pl.DataFrame, mentions: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame]:
    """A word alone that is an entity of its own in its one document (a person, or a body only guessed from the word
    alone) and a word of the one person's full name that document writes with that word is that person. Not a place,
    nor a name of the gazetteer, nor a word of the vocabulary no cue makes speak (`Laptop` of a headline; `kata Cook` is `Tim Cook`'s), nor a word fitting two people's names (`Rina Sari`, `Dewi Sari`: `Sari` stays apart),
    nor a word other documents name alone too: the collection's entity (`Wiratno` in many documents) is surer than a
    full name one document's capitals made (`Keamanan Wiratno`)."""
    lower = pl.col("name").str.to_lowercase()
    # a town of the world the vote made a person (`Navas`, a footballer and a Spanish town) is the surname it reads as;
    # an Indonesian town's word is a person's name only where the document makes it speak (`kata Bima` beside `Bima
    # Sakti`): every mention of it read by a speech verb or a source's cue
    spoken = mentions.group_by("entity_id").agg(spoken=pl.col("rule").is_in(SPEAKING_READINGS).all(),
                                                speaks=pl.col("rule").is_in(SPEAKING_READINGS).any())
    gazetteer = (pl.when(pl.col("type") == "PERSON").then(lower.is_in(_places_no_surname().implode()) & ~pl.col("spoken"))
                 .otherwise(_in_gazetteer(pl.col("name"))))
    lone_entities = entities.join(spoken, on="entity_id", how="left").filter(
        ~pl.col("name").str.contains(" ") & (pl.col("type") != "LOC") & (pl.col("document_count") == 1) & ~gazetteer
    ).select("entity_id", "type", "speaks")
    # a word of the vocabulary a cue makes speak is a person's name there (`Cook` of `Tim Cook`, `kata Cook`)
    vocabulary = {name for name, speaks in lone_entities.join(entities, on="entity_id").select("name", "speaks").iter_rows()
                  if is_ordinary_word(name.lower()) and not speaks}
    lone_entities = lone_entities.join(entities.filter(pl.col("name").is_in(list(vocabulary))), on="entity_id", how="anti").drop("speaks")
    lone = mentions.join(lone_entities, on="entity_id", suffix="_entity")
    people = entities.filter((pl.col("type") == "PERSON") & pl.col("name").str.contains(" ")).select("entity_id")
    full = (mentions.join(lone.select("doc_id").unique(), on="doc_id", how="semi").join(people, on="entity_id", how="semi")
            .filter(pl.col("text").str.contains(" ")).select("doc_id", "entity_id", "text").unique())
    if full.is_empty():
        return entities, mentions
    words = (full.with_columns(word=keyed_texts(full["text"]).str.split(" ")).explode("word").select("doc_id", "word", "entity_id")
             .unique().group_by("doc_id", "word").agg(person=pl.col("entity_id").first(), people=pl.len())
             .filter(pl.col("people") == 1).drop("people"))
    lone = lone.join(full.select("doc_id").unique(), on="doc_id", how="semi")
    lone = lone.with_columns(word=keyed_texts(lone["text"])).join(words, on=["doc_id", "word"])
    # a body's word moves only when every mention of it in the document was read weakly
    eligible = (lone.group_by("doc_id", "entity_id").agg(
        weak=(pl.col("type_entity") == "PERSON").all() | pl.col("type_rule").is_in(WEAK_LONE_READINGS).all(),
        person=pl.col("person").first()).filter("weak").select("doc_id", "entity_id", "person"))
    if eligible.is_empty():
        return entities, mentions
    moved = pl.col("person").is_not_null()
    joined = (join_looked_up(mentions, eligible, ["doc_id", "entity_id"])
              .with_columns(entity_id=pl.coalesce("person", "entity_id"),
                            type=pl.when(moved).then(pl.lit("PERSON")).otherwise("type"),
                            type_rule=pl.when(moved).then(pl.lit(SETTLED_SHORT_FORM)).otherwise("type_rule"))
              .drop("person"))
    return _recounted(entities, joined, set(eligible["entity_id"]) | set(eligible["person"])), joined


def join_misspelt_names(entities: pl.DataFrame, mentions: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame]:
    """A person named by one word alone, in one document only, that misspells a word of the one person's full name its
    document writes (`Wiratmo`, `Wiratnoo` or `Wirtano` for `Rina Wiratno`: one letter added, dropped, replaced, or two
    side by side swapped; the same first letter), or the one word another person is named by alone there and more
    often (`Wiratmo` once beside `Wiratno` thrice), is that person, when it is written no more often than that person:
    a reporter's slip, not a name of its own. Never a given name of the list (data/person_names.txt) on either side, nor
    words differing only in their last vowel (`Susanto`, `Susanti`: the way Javanese names tell a man from a woman),
    nor a name of the gazetteer or a word of the vocabulary; a word fitting two people's names stays apart, and so does a
    word the collection names in other documents (then it is somebody's name, not a slip)."""
    given = given_name_keys()
    lone = entities.filter((pl.col("type") == "PERSON") & ~pl.col("name").str.contains(" ") & (pl.col("document_count") == 1)
                           & (pl.col("name").str.len_chars() >= MIN_MISSPELT))
    lone = lone.with_columns(word=keyed_texts(lone["name"])).filter(
        ~pl.col("word").is_in(list(given)) & ~_in_gazetteer(pl.col("name"))
        & ~pl.col("name").str.to_lowercase().map_elements(is_ordinary_word, return_dtype=pl.Boolean))
    if lone.is_empty():
        return entities, mentions
    lone_mentions = mentions.join(lone.select("entity_id", "word"), on="entity_id")
    people = entities.filter(pl.col("type") == "PERSON").select("entity_id")
    in_documents = mentions.join(lone_mentions.select("doc_id").unique(), on="doc_id", how="semi")
    named = in_documents.join(people, on="entity_id", how="semi").select("doc_id", "entity_id", "text").unique()
    if named.is_empty():
        return entities, mentions
    words = defaultdict(set)  # doc_id -> (a word of a person's name, the person, whether the name is that word alone)
    for doc_id, name_word, person, alone in (named.with_columns(word=keyed_texts(named["text"]).str.split(" "),
                                                                alone=~pl.col("text").str.contains(" "))
                                             .explode("word").select("doc_id", "word", "entity_id", "alone").unique().iter_rows()):
        if name_word not in given:
            words[doc_id].add((name_word, person, alone))
    counts = {(doc_id, entity_id): n for doc_id, entity_id, n in in_documents.group_by("doc_id", "entity_id").len().iter_rows()}
    targets = []
    for doc_id, entity_id, word in lone_mentions.select("doc_id", "entity_id", "word").unique().sort("doc_id", "entity_id").iter_rows():
        # a person named by one word alone too (`Wiratno` beside `Wiratmo`) only when written more often, the slip at most
        # MAX_SLIPS times: of two words written as often nothing says which is the slip, and one written thrice is a
        # name of its own (two figures of a myth)
        fitting = {person for name_word, person, alone in words[doc_id] if person != entity_id and _misspells(word, name_word)
                   and (not alone or counts[(doc_id, entity_id)] < counts[(doc_id, person)] and counts[(doc_id, entity_id)] <= MAX_SLIPS)}
        if len(fitting) == 1 and counts[(doc_id, entity_id)] <= counts[(doc_id, next(iter(fitting)))]:
            targets.append((doc_id, entity_id, next(iter(fitting))))
    return _moved_in_documents(entities, mentions, targets, MISSPELT_NAME)


def join_clipped_names(entities: pl.DataFrame, mentions: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame]:
    """A person named by one word alone, in one document only, that clips a word of the one person's full name its
    document writes (`Handa` of `Rina Handayaningsih`, `nickname_of`) is that person: the document's passes, which join
    such clips, did not when they read the full name as a body or a thing (`Rina Murni` by its vocabulary) and the vote
    made it a person. Never a given name of any country's (`Andre` beside `Andreas Sukamto` is as often another man),
    a name of the gazetteer or a word of the vocabulary."""
    lone = entities.filter((pl.col("type") == "PERSON") & ~pl.col("name").str.contains(" ") & (pl.col("document_count") == 1)
                           & ~_in_gazetteer(pl.col("name")))
    if lone.is_empty():
        return entities, mentions
    lone = lone.with_columns(word=keyed_texts(lone["name"])).filter(~pl.col("word").is_in(list(first_names() | given_name_keys())))
    lone = lone.filter(~pl.col("name").str.to_lowercase().map_elements(is_ordinary_word, return_dtype=pl.Boolean))
    lone_mentions = mentions.join(lone.select("entity_id", "word"), on="entity_id").select("doc_id", "entity_id", "word").unique()
    full = _written_full_names(entities, mentions, lone_mentions)
    targets = []
    for doc_id, entity_id, word in lone_mentions.sort("doc_id", "entity_id").iter_rows():
        fitting = {full[doc_id][name] for name in nickname_of(word, full.get(doc_id, {}))}
        if len(fitting) == 1:
            targets.append((doc_id, entity_id, next(iter(fitting))))
    return _moved_in_documents(entities, mentions, targets, CLIPPED_NAME)


def join_clipped_bodies(entities: pl.DataFrame, mentions: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame]:
    """A body or a person named by one word alone in a document, that opens the one-word name of the one body its
    document writes so (`Wonfo` beside `Wonfordia`: MIN_CLIP_LETTERS letters at least, two or more left out), is that body
    in that document: a club's or a company's clipped name (`Juve`; `Barca`, closing on a vowel of its own: `_clips`), whatever type the vote gave the clip. Never
    a name of the gazetteer, a given name or a word of the vocabulary; a clip opening two bodies' names stays apart."""
    one_word = ~pl.col("name").str.contains(" ")
    lone = entities.filter(pl.col("type").is_in(["ORG", "PERSON"]) & one_word
                           & (pl.col("name").str.len_chars() >= MIN_CLIP_LETTERS) & ~_in_gazetteer(pl.col("name")))
    bodies = entities.filter(pl.col("type") == "ORG").select("entity_id")  # written by one word in the document
    if lone.is_empty() or bodies.is_empty():
        return entities, mentions
    given = first_names() | given_name_keys()
    # letters as written, lower case: a clip keeps the spelling the key would change (`Barca`, `barselona`)
    lone = lone.with_columns(word=pl.col("name").str.to_lowercase()).filter(
        ~keyed_texts(lone["name"]).is_in(list(given)) & ~pl.col("word").map_elements(is_ordinary_word, return_dtype=pl.Boolean))
    lone_mentions = mentions.join(lone.select("entity_id", "word"), on="entity_id").select("doc_id", "entity_id", "word").unique()
    in_documents = mentions.join(lone_mentions.select("doc_id").unique(), on="doc_id", how="semi")
    names = (in_documents.join(bodies, on="entity_id", how="semi").filter(~pl.col("text").str.contains(" "))
             .select("doc_id", "entity_id", word=pl.col("text").str.to_lowercase()).unique())
    written: dict[str, set[tuple[str, str]]] = defaultdict(set)  # doc_id -> (one-word name of a body, the body)
    for doc_id, entity_id, word in names.iter_rows():
        written[doc_id].add((word, entity_id))
    # a word its document writes opening a longer name (`Astro HQ` beside `Astropad`) is that name's, no clip
    opening = set(in_documents.filter(pl.col("text").str.contains(" ")).select(
        "doc_id", pl.col("text").str.to_lowercase().str.split(" ").list.first()).iter_rows())
    targets = []
    for doc_id, entity_id, word in lone_mentions.sort("doc_id", "entity_id").iter_rows():
        if (doc_id, word) in opening:
            continue
        fitting = {body for name, body in written[doc_id] if body != entity_id and _clips(word, name)}
        if len(fitting) == 1:
            targets.append((doc_id, entity_id, next(iter(fitting))))
    return _moved_in_documents(entities, mentions, targets, CLIPPED_BODY)


def _clips(word: str, name: str) -> bool:
    """`juve` opens `juventus`, or opens it but for a closing vowel the clip took (`barca` of `barcelona`, `atleti` of
    `atletico`), MIN_CLIPPED_OFF letters or more left out."""
    opening = word[:-1] if word[-1] in CLIP_VOWELS and not name.startswith(word) else word
    return len(opening) >= MIN_CLIP_LETTERS and name.startswith(opening) and len(name) - len(word) >= MIN_CLIPPED_OFF


def join_articled_club_words(entities: pl.DataFrame, mentions: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame]:
    """A body named by an article and one word (data/name_articles.txt: `El Real`, `The Suns`, `The Swans`, `Die
    Borussen`), in a document whose passes read clubs, whose word is a word of the one club's name there (`Real
    Madrid`, `Phoenix Suns`) or opens like one, MIN_SHARED_OPENING letters or more (`Swansea City`, `Borussia Dortmund`),
    is that club: the press's article before the club's own word. A nickname of other words (`The Citizens`) needs the
    mined lists; a word two clubs of the document share (`Real Madrid`, `Real Sociedad`) leaves it apart."""
    articles = word_set("name_articles.txt")
    articled = entities.filter((pl.col("type") == "ORG") & (pl.col("name").str.count_matches(" ") == 1)
                               & pl.col("name").str.to_lowercase().str.extract(r"^(\S+) ").is_in(list(articles)))
    if articled.is_empty():
        return entities, mentions
    articled_mentions = (mentions.join(articled.select("entity_id"), on="entity_id")
                         .select("doc_id", "entity_id", word=pl.col("text").str.to_lowercase().str.split(" ").list.last()).unique())
    # a reading of a club: the readings and passes before this one that read a club are named `club_...` (schemas.py)
    club_reading = pl.col("rule").str.starts_with("club_") | pl.col("type_rule").str.starts_with("club_")
    clubs = (mentions.join(articled_mentions.select("doc_id").unique(), on="doc_id", how="semi")
             .join(entities.filter(pl.col("type") == "ORG").select("entity_id"), on="entity_id", how="semi")
             .filter(club_reading).select("doc_id", "entity_id", "text").unique())
    words: dict[str, set[tuple[str, str]]] = defaultdict(set)  # doc_id -> (a word of a club's name, the club)
    for doc_id, entity_id, text in clubs.iter_rows():
        for word in text.lower().split():
            words[doc_id].add((word, entity_id))
    targets = []
    for doc_id, entity_id, word in articled_mentions.sort("doc_id", "entity_id").iter_rows():
        fitting = {club for name, club in words[doc_id] if club != entity_id and (
            name == word or min(len(name), len(word)) >= MIN_SHARED_OPENING and name[:MIN_SHARED_OPENING] == word[:MIN_SHARED_OPENING])}
        if len(fitting) == 1:
            targets.append((doc_id, entity_id, next(iter(fitting))))
    return _moved_in_documents(entities, mentions, targets, ARTICLED_CLUB_WORD)


def join_misspelt_full_names(entities: pl.DataFrame, mentions: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame]:
    """A name of several words, in one document only, that writes the full name of one person of its document with the
    same words but one, that one a slip of the other's (`Rina Wiratmo` beside `Rina Wiratno`: one letter added, dropped,
    replaced or two swapped, the same first letter, not a last vowel for another), is that person when its document
    writes it no more often: a reporter's slip, whatever type the vote gave it (`di Rina Wiratmo` reads as a place).
    Of two written as often, the one named later is the slip. So is a slip of a place's or a body's full name
    (`Nagari Wonkata` beside `Nagari Wonkarta`), unless the slipped word is a word of its own (`_slip_of_no_word`)."""
    names = entities.filter(pl.col("name").str.contains(" ") & (pl.col("document_count") == 1)).select("entity_id")
    slips = (mentions.join(names, on="entity_id").filter(pl.col("text").str.contains(" "))
             .select("doc_id", "entity_id", "text").unique())
    if slips.is_empty():
        return entities, mentions
    full = _written_full_names(entities, mentions, slips, ("PERSON", "ORG", "LOC"))
    people = set(entities.filter(pl.col("type") == "PERSON")["entity_id"])
    # the full names indexed by each form with one word masked: a slip shares one with the name it misspells
    masked: dict[tuple[str, str], set[tuple[str, str]]] = defaultdict(set)
    for doc_id, names_of_document in full.items():
        for name, person in names_of_document.items():
            for form in _one_word_masked(name):
                masked[(doc_id, form)].add((name, person))
    pairs = {}
    for doc_id, entity_id, text in slips.with_columns(key=keyed_texts(slips["text"])).select(
            "doc_id", "entity_id", "key").sort("doc_id", "entity_id", "key").iter_rows():
        fitting = {person for form in _one_word_masked(text) for name, person in masked.get((doc_id, form), ())
                   if person != entity_id and _one_word_slipped(text, name) and (person in people or _slip_of_no_word(text, name))}
        if len(fitting) == 1:
            pairs[(doc_id, entity_id)] = next(iter(fitting))
    if not pairs:
        return entities, mentions
    involved = {entity for (_, entity_id), person in pairs.items() for entity in (entity_id, person)}
    written = {(doc_id, entity_id): (n, first) for doc_id, entity_id, n, first in mentions.filter(
        pl.col("entity_id").is_in(list(involved))).group_by("doc_id", "entity_id").agg(pl.len(), pl.col("start").min()).iter_rows()}
    targets = {}
    for (doc_id, entity_id), person in pairs.items():
        (count, first), (other_count, other_first) = written[(doc_id, entity_id)], written[(doc_id, person)]
        if count < other_count or count == other_count and first > other_first:
            targets[(doc_id, entity_id)] = person
    return _moved_in_documents(entities, mentions, [(d, e, p) for (d, e), p in targets.items() if (d, p) not in targets],
                               MISSPELT_FULL_NAME)


def _slip_of_no_word(name: str, other: str) -> bool:
    """The word the keyed name `name` writes apart from `other` is in letters and no word of its own: not a name of the
    gazetteers, a town, a village or a given name of warta's lists, nor a word of the vocabulary (`Kota Baru` beside
    `Kota Batu` names another town, `Timnas U-16` another team)."""
    word = next(a for a, b in zip(name.split(), other.split()) if a != b)
    places = (city_names(), indonesian_city_names(), indonesian_village_names())
    return word.isalpha() and word not in known_by_key() and not any(word in known for known in places) \
        and word not in given_name_keys() and not is_ordinary_word(word)


def _written_full_names(entities: pl.DataFrame, mentions: pl.DataFrame, documents: pl.DataFrame,
                       types: tuple[str, ...] = ("PERSON",)) -> dict[str, dict[str, str]]:
    """doc_id -> {keyed full name (several words) of an entity of `types` (people unless told) written in it -> that
    entity}, for `documents`."""
    people = entities.filter(pl.col("type").is_in(types)).select("entity_id")
    full = (mentions.join(documents.select("doc_id").unique(), on="doc_id", how="semi").join(people, on="entity_id", how="semi")
            .filter(pl.col("text").str.contains(" ")).select("doc_id", "entity_id", "text").unique())
    names: dict[str, dict[str, str]] = defaultdict(dict)
    for doc_id, entity_id, key in full.with_columns(key=keyed_texts(full["text"])).select(
            "doc_id", "entity_id", "key").sort("doc_id", "entity_id", "key").iter_rows():
        names[doc_id].setdefault(key, entity_id)
    return names


def _one_word_masked(name: str) -> list[str]:
    """The name with each of its words in turn replaced by `*`."""
    words = name.split()
    return [" ".join([*words[:i], "*", *words[i + 1:]]) for i in range(len(words))]


def _one_word_slipped(name: str, other: str) -> bool:
    """Two keyed names of as many words, all the same but one, that one a slip of the other (MIN_SLIPPED letters)."""
    words, others = name.split(), other.split()
    apart = [(a, b) for a, b in zip(words, others) if a != b]
    return len(words) == len(others) and len(apart) == 1 and _misspells(*apart[0], min_letters=MIN_SLIPPED)


def join_misspelt_places(entities: pl.DataFrame, mentions: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame]:
    """A place named by one word in one document only, one slip (`_misspells`) from the one-word name of the one other
    place its document writes at least as often (`Filiphina` beside `Filipina`), is that place: a reporter's slip. Never
    a name of the gazetteer, a town or village of Indonesia, a given name or a word of the vocabulary (two places a letter
    apart, `Badung` and `Bandung`, are both known)."""
    return _join_misspelt_words(entities, mentions, ("LOC",), MISSPELT_PLACE, as_often=True)


def join_misspelt_bodies(entities: pl.DataFrame, mentions: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame]:
    """A body or a person named by one word in one document only, one slip (`_misspells`) from the one-word name of the
    one other body or person its document writes more often (`Udinesa` once beside `Udinese` five times, `Wonkellt`
    beside `Wonkell`), is that name, whichever of the two types the vote gave each: a reporter's slip. The same guards
    as for places (no name of the gazetteer, no town, given name or word of the vocabulary); written as often, neither
    says which is the slip, and the two stay apart; nor is a word a slip that its document writes in a longer name, or
    that is the other with a last letter added or dropped (`Persiba` beside `Persib`, `Wonkela` beside `Wonkel`: two
    clubs' or people's names are that close as often as a slip is)."""
    return _join_misspelt_words(entities, mentions, ("ORG", "PERSON"), MISSPELT_WORD, as_often=False, in_longer_names=False)


def _join_misspelt_words(entities: pl.DataFrame, mentions: pl.DataFrame, types: tuple[str, ...], rule: str,
                         as_often: bool, in_longer_names: bool = True) -> tuple[pl.DataFrame, pl.DataFrame]:
    """The entities of `types` named by one word in one document only that misspell the one-word name of one other entity
    of `types` their document writes at least as often (`as_often`) or more often, moved into it; unless
    `in_longer_names`, not a word its document also writes in a longer name."""
    of_types = pl.col("type").is_in(types)
    lone = entities.filter(of_types & ~pl.col("name").str.contains(" ") & (pl.col("document_count") == 1)
                           & (pl.col("name").str.len_chars() >= MIN_MISSPELT) & ~_in_gazetteer(pl.col("name")))
    if lone.is_empty():
        return entities, mentions
    known = name_word_keys()
    names = entities.filter(of_types & ~pl.col("name").str.contains(" ")).select("entity_id", "name")
    written = (mentions.join(names, on="entity_id").join(mentions.join(lone.select("entity_id"), on="entity_id").select("doc_id").unique(),
                                                         on="doc_id", how="semi")
               .group_by("doc_id", "entity_id").agg(pl.col("name").first(), count=pl.len()))
    written = written.with_columns(word=keyed_texts(written["name"]))
    lone_ids = set(lone["entity_id"])
    in_longer = set() if in_longer_names else _words_of_longer_names(mentions, written.select("doc_id").unique())
    in_document: dict[str, list[tuple[str, str, int]]] = defaultdict(list)
    for doc_id, entity_id, _, count, word in written.sort("doc_id", "entity_id").iter_rows():
        in_document[doc_id].append((entity_id, word, count))
    targets = []
    for doc_id, entries in sorted(in_document.items()):
        for entity_id, word, count in entries:
            if entity_id not in lone_ids or word in known or is_ordinary_word(word) or (doc_id, word) in in_longer:
                continue
            fitting = [(other, n) for other, name_word, n in entries if other != entity_id and _misspells(word, name_word)
                       and (in_longer_names or not _last_letter_apart(word, name_word))]
            if len(fitting) == 1 and (count <= fitting[0][1] if as_often else count < fitting[0][1]):
                targets.append((doc_id, entity_id, fitting[0][0]))
    return _moved_in_documents(entities, mentions, targets, rule)


def _words_of_longer_names(mentions: pl.DataFrame, documents: pl.DataFrame) -> set[tuple[str, str]]:
    """(doc_id, keyed word) of every name of several words these documents write."""
    longer = mentions.filter(pl.col("text").str.contains(" ")).join(documents, on="doc_id", how="semi")
    return set(longer.select("doc_id", word=keyed_texts(longer["text"]).str.split(" ")).explode("word").iter_rows())


def _last_letter_apart(word: str, other: str) -> bool:
    return word[:-1] == other or other[:-1] == word


def _misspells(word: str, name_word: str, min_letters: int = MIN_MISSPELT) -> bool:
    """`word` is one slip away from `name_word` (keys, `min_letters` or more), their first letters the same, and not a
    last vowel for another."""
    if word == name_word or min(len(word), len(name_word)) < min_letters or word[0] != name_word[0]:
        return False
    if word[:-1] == name_word[:-1] and {word[-1], name_word[-1]} <= VOWELS:
        return False
    return OSA.distance(word, name_word) == 1


def drop_names_only_inside_names(entities: pl.DataFrame, mentions: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame]:
    """A place the readers found inside a longer name (NESTED_READINGS: `Indonesia` of `Bank Indonesia`, `Sumsel` of
    `Polda Sumsel`) that its document writes only inside the names of other entities is no entity of that document: the
    body's name, not the place the text talks about. The same place written once on its own keeps every mention. Run
    after the vote, which may drop the larger name: a place inside a name the vote found no name is the document's own
    again. The gold sets' convention (tests/data/ANNOTATING.md, 11): a place nested in a unit's name is none of the
    document's entities."""
    spans = mentions.select("doc_id", "entity_id", "start", "end", "rule")
    # a sweep, not a pairing of every two mentions (a document of 18,000 mentions would pair 3e8): in the order of
    # their starts, longest first, a mention lies inside an earlier one when the furthest end before it reaches its end
    inside = (spans.sort("doc_id", "start", pl.col("end"), descending=[False, False, True])
              .with_columns(reach=pl.col("end").cum_max().shift(1).over("doc_id"))
              .filter(pl.col("rule").is_in(NESTED_READINGS) & (pl.col("reach") >= pl.col("end")))
              .select("doc_id", "entity_id", "start", "end").unique())
    if inside.is_empty():
        return entities, mentions
    spans = spans.drop("rule")
    counted = spans.join(inside.with_columns(nested=pl.lit(True)), on=["doc_id", "entity_id", "start", "end"], how="left")
    only_inside = (counted.group_by("doc_id", "entity_id").agg(pl.col("nested").is_not_null().all().alias("gone"))
                   .filter("gone").select("doc_id", "entity_id"))
    if only_inside.is_empty():
        return entities, mentions
    kept = mentions.join(only_inside, on=["doc_id", "entity_id"], how="anti")
    return _recounted(entities, kept, set(only_inside["entity_id"])), kept


def join_body_short_forms(entities: pl.DataFrame, mentions: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame]:
    """A body named in one document only, by the first words of the one longer body's name that document writes
    (`Sinar` or `Sinar Jaya` of `Sinar Jaya Group`, `Sukamaju` of `Sukamaju Putera`), or by its first and last words (`Badan
    Bahasa` of `Badan Pengembangan dan Pembinaan Bahasa`), or by the one word after a body's head (`Wonfordia` of
    `Universitas Wonfordia`; not a company's short form: `PT Sinar`), or by those words after its legal
    form, written with it or not (`Sinar`, `PT Sinar` of `PT Sinar Jaya`), is that body: the vote settled one of them as
    a body after the document's passes, which only join a short form to a name they read as a body already. Not a name of the gazetteer (`Jakarta` of
    `Jakarta International Stadium`) nor one word of the vocabulary (`Bank` of `Bank Sinar`), nor a form fitting two
    longer bodies (`Sukamaju` of `Sukamaju United` and `Sukamaju City`), nor a name other documents write too; nor a
    longer name whose words after the short form open with a given name: a body's name run on into its official's,
    which the short form would only confirm (a word of a person the document names was tried too: the person's own
    boundary errors, `Axiata Rina Sari`, then kept a company's short form apart; development and names28 -0.001); nor a
    place named after the body, a place's closing word ending the longer name (`Sukamaju Stadium`: the club plays there,
    the vote having made the stadium a body)."""
    bodies = entities.filter(pl.col("type") == "ORG").select("entity_id")
    written = mentions.join(bodies, on="entity_id", how="semi").select("doc_id", "entity_id", "text").unique()
    written = written.with_columns(words=keyed_texts(written["text"]).str.split(" "))
    short = (written.join(entities.filter((pl.col("type") == "ORG") & (pl.col("document_count") == 1)).select("entity_id"),
                          on="entity_id", how="semi")
             .filter(~_in_gazetteer(pl.col("text"))))
    if short.is_empty():
        return entities, mentions
    legal_forms, given = word_set("legal_forms.txt"), given_name_keys()
    venues = set(keyed_texts(pl.Series(sorted(tail for (tail, *more) in phrase_set("place_tails.txt")
                                              if not more and tail not in word_set("club_designators.txt")))))
    longer = written.join(short.select("doc_id").unique(), on="doc_id", how="semi").filter(pl.col("words").list.len() > 1)
    by_opening = defaultdict(list)  # (doc_id, the first word after any legal form) -> (body, those words)
    by_closing = defaultdict(list)  # (doc_id, the last word) -> (body, its words)
    heads = {normalise_key(head) for head in word_set("org_heads.txt")}
    for doc_id, entity_id, words in longer.select("doc_id", "entity_id", "words").iter_rows():
        if words[-1] in venues:
            continue
        rest = words[1:] if words[0] in legal_forms else words
        by_opening[(doc_id, rest[0])].append((entity_id, rest))
        by_closing[(doc_id, words[-1])].append((entity_id, words))
    fits = defaultdict(list)  # (doc_id, short entity) -> per form it is written in, the longer bodies that form opens
    for doc_id, entity_id, words in short.select("doc_id", "entity_id", "words").sort("doc_id", "entity_id", "words").iter_rows():
        opened, company = set(), len(words) > 1 and words[0] in legal_forms
        if company:
            words = words[1:]  # `PT Sinar` of `PT Sinar Jaya`: the legal form opens both
        # a word of the vocabulary stands for no one body, unless a legal form says it names a company (`PT Pos`)
        if len(words) > 1 or company or not is_ordinary_word(words[0]):
            for other, rest in by_opening.get((doc_id, words[0]), ()):
                # not a name that ran on into a person's (`Dinas Sukamaju | Rina Sari`: a boundary the passes missed)
                if other != entity_id and len(rest) > len(words) and (
                        rest[:len(words)] == words and rest[len(words)] not in given or _outer_words(words, rest)):
                    opened.add(other)
            for other, rest in by_closing.get((doc_id, words[-1]), ()):
                if other != entity_id and len(words) == 1 and len(rest) == 2 and rest[0] in heads and not company:
                    opened.add(other)
        fits[(doc_id, entity_id)].append(opened)
    targets = [(doc_id, entity_id, next(iter(opened[0]))) for (doc_id, entity_id), opened in sorted(fits.items())
               if len(opened[0]) == 1 and all(other == opened[0] for other in opened)]
    return _moved_in_documents(entities, mentions, targets, BODY_SHORT_FORM)


def join_towns_to_their_clubs(entities: pl.DataFrame, mentions: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame]:
    """A town of the gazetteer that the vote made a body in a document (`Wonford menang`), where that document writes one
    club's name holding the town's word (`AC Wonford`, `Wonford United`, `Brighford and Hove Albion`: opened or closed by a
    club's word, data/club_designators.txt, or a form of the club lists, data/club_names.tsv), is that club there. The
    document's passes leave a town alone apart from a club's name, since the town is as often the place; the vote, reading every mention,
    settled it as a body. Not where a sentence places it (`di Wonford`), nor beside two clubs of the town (`Real Wonford`,
    `Atletico Wonford`: which one the word means, nothing here says)."""
    towns = entities.filter((pl.col("type") == "ORG") & ~pl.col("name").str.contains(" ")
                            & pl.col("name").str.to_lowercase().is_in(_town_names().implode()))
    if towns.is_empty():
        return entities, mentions
    town_mentions = mentions.join(towns.select("entity_id"), on="entity_id")
    placed = set(town_mentions.filter(pl.col("rule").is_in(PLACING_READINGS)).select("doc_id", "entity_id").iter_rows())
    town_words = {(doc_id, entity_id): normalise_key(text) for doc_id, entity_id, text
                  in town_mentions.select("doc_id", "entity_id", "text").unique().iter_rows()
                  if (doc_id, entity_id) not in placed}
    bodies = entities.filter((pl.col("type") == "ORG") & pl.col("name").str.contains(" ")).select("entity_id")
    named = (mentions.join(town_mentions.select("doc_id").unique(), on="doc_id", how="semi").join(bodies, on="entity_id", how="semi")
             .filter(pl.col("text").str.contains(" ")).select("doc_id", "entity_id", "text").unique())
    designators, listed = club_designator_keys(), club_forms()
    clubs: dict[tuple[str, str], set[str]] = defaultdict(set)  # (doc_id, a word of a club's name) -> the clubs
    for doc_id, entity_id, text in named.iter_rows():
        words = normalise_key(text).split()
        if club_form_key(text) in listed or words[0] in designators or words[-1] in designators:  # not `Sukamaju Racing Corporation`
            for word in words:
                clubs[(doc_id, word)].add(entity_id)
    targets = [(doc_id, entity_id, next(iter(clubs[(doc_id, word)]))) for (doc_id, entity_id), word in sorted(town_words.items())
               if len(clubs.get((doc_id, word), ())) == 1]
    return _moved_in_documents(entities, mentions, targets, TOWN_OF_CLUB)


def join_bare_place_names(entities: pl.DataFrame, mentions: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame]:
    """A name a document writes alone (`Wonoraya`) and after a place's head in capitals (`Jalan Wonoraya`, `Bandara
    Wonoraya`, `Masjid Wonoraya`: data/place_heads.txt) is that place there, whatever its readings typed the bare form
    (a shape's person, a word alone's body): the document's passes join a short form only to a name they read as its type. Not a place the
    gazetteers know on its own (`Sukamaju` of `Pelabuhan Sukamaju`: the town and its port are two), not a person or a body
    a reading other than a guess typed (`Jenderal Wonoraya`; `KPK` of `Gedung KPK`, the body and its building), not a
    name listed beside other places (`Kuta, Wonoraya dan Seminyak`: an area as they are, whose beach `Pantai Wonoraya`
    is another place), not where the document writes two such places (`Jalan Wonoraya`, `Pasar Wonoraya`)."""
    places = entities.filter(pl.col("type") == "LOC").select("entity_id")
    headed_forms = (mentions.join(places, on="entity_id", how="semi").filter(pl.col("text").str.contains(" "))
                    .select("doc_id", "entity_id", "text").unique())
    heads = phrase_table("place_heads.txt")
    sizes = sorted({len(head) for head in heads}, reverse=True)
    headed: dict[tuple[str, str], set[str]] = defaultdict(set)  # (doc_id, the name after the head) -> the places
    for doc_id, entity_id, text in headed_forms.iter_rows():
        words = text.split()
        size = next((size for size in sizes if len(words) > size and tuple(w.lower() for w in words[:size]) in heads), 0)
        if size and words[0][0].isupper():  # `pasar Sinar` is the company's market (share), no place
            headed[(doc_id, normalise_key(" ".join(words[size:])))].add(entity_id)
    if not headed:
        return entities, mentions
    documents = pl.Series(sorted({doc_id for doc_id, _ in headed}), dtype=pl.String)
    typed = entities.select("entity_id", entity_type="type")
    bare = (mentions.filter(pl.col("doc_id").is_in(documents.implode())).join(typed, on="entity_id")
            .group_by("doc_id", "entity_id").agg(pl.col("text").unique(), pl.col("entity_type").first(),
                                                  guessed=pl.col("rule").is_in(WEAK_LONE_READINGS).all(),
                                                  listed=(pl.col("type_rule") == COORDINATION_READING).any()))
    gazetteer = set(known_names()) | city_names() | indonesian_city_names() | indonesian_village_names()
    targets = []
    for doc_id, entity_id, texts, entity_type, guessed, listed in bare.sort("doc_id", "entity_id").iter_rows():
        keys = {normalise_key(text) for text in texts}
        if len(keys) != 1 or entity_type != "LOC" and not guessed or listed:
            continue
        key = next(iter(keys))
        fitting = headed.get((doc_id, key), set()) - {entity_id}
        if len(fitting) == 1 and key not in gazetteer and not any(text.lower() in gazetteer for text in texts):
            targets.append((doc_id, entity_id, next(iter(fitting))))
    return _moved_in_documents(entities, mentions, targets, BARE_PLACE_NAME)


def join_clubs_without_their_word(entities: pl.DataFrame, mentions: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame]:
    """A body the vote settled, named as a club is without its club's word (`Wonford` beside `Wonford FC`, `VfL
    Wonford`, `Wonford City` of other documents: data/club_designators.txt), is that club across the collection, when
    some document reads the body as a club and the collection names one club only so. The documents' passes join the two
    where one document writes both, and leave a town's name apart elsewhere since it names the town as often; a body
    the vote made of it, read as a club, in a collection naming one club after it, is that club (`Wonford United` and
    `Wonford City` both: which one, nothing says). Never a run of two clubs' words (`Atletico Real Wonford`: two names
    run together). The entity with fewer mentions goes to the other."""
    bodies = entities.filter(pl.col("type") == "ORG")
    by_name: dict[str, list[str]] = defaultdict(list)  # a body's key -> the bodies named so
    clubs_of: dict[str, set[str]] = defaultdict(set)  # a name without its club's word -> the clubs named so
    for entity_id, name in bodies.select("entity_id", "name").iter_rows():
        words = normalise_key(name).split()
        by_name[" ".join(words)].append(entity_id)
        if not _two_clubs_words(words):
            for _, bare in club_name_parts(words):
                clubs_of[bare].add(entity_id)
    counts = dict(bodies.select("entity_id", "mention_count").iter_rows())
    # a body some document reads as a club (`pemain Wonford`, a report on clubs, beside its club's full name): a name
    # other bodies hold too (a faculty's letters `FK` before a university's short form) never is
    read_as_club = set(mentions.filter(pl.col("type_rule").is_in(CLUB_EVIDENCE) | pl.col("rule").is_in(CLUB_EVIDENCE))["entity_id"])
    moves = {}
    for bare, clubs in clubs_of.items():
        if len(clubs) == 1 and len(by_name.get(bare, ())) == 1 and by_name[bare][0] in read_as_club:
            smaller, larger = sorted((next(iter(clubs)), by_name[bare][0]), key=lambda entity_id: (counts[entity_id], entity_id))
            moves[smaller] = larger
    if not moves:
        return entities, mentions
    moved = mentions.filter(pl.col("entity_id").is_in(list(moves))).select("doc_id", "entity_id").unique()
    targets = [(doc_id, entity_id, moves[entity_id]) for doc_id, entity_id in moved.sort("doc_id", "entity_id").iter_rows()]
    return _moved_in_documents(entities, mentions, targets, CLUB_WITHOUT_WORD)


def _two_clubs_words(words: list[str]) -> bool:
    """Two club's words opening or closing a key (`atletico real wonford`): two clubs' names run together."""
    designators = club_designator_keys()
    return len(words) >= 3 and ({words[0], words[1]} <= designators or {words[-2], words[-1]} <= designators)


def _outer_words(words: list[str], longer: list[str]) -> bool:
    """A body's short form keeping the first and last words of its longer name and some between, in order (`Badan Bahasa`
    of `Badan Pengembangan dan Pembinaan Bahasa`), leaving out no number (an age group's)."""
    if len(words) < 2 or words[0] != longer[0] or words[-1] != longer[-1]:
        return False
    inner = iter(longer[1:-1])
    if not all(word in inner for word in words[1:-1]):
        return False
    # a number left out names an age group or a unit: another body's (`Timnas U21 Sukamaju` is no `Timnas Sukamaju`)
    return not any(any(c.isdigit() for c in word) for word in longer[1:-1] if word not in words)


def join_forms_written_twice(entities: pl.DataFrame, mentions: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame]:
    """An entity the vote retyped in a document (every mention there), whose every form there (case aside) another
    entity of the same type also writes there, the one such entity, writing more forms there, is that entity in that
    document: one form, one referent, in one text. The readers had typed a form two ways (`Del Tono` after `dari` read
    as a place, beside `Rina del Tono`'s other mentions) and the vote settled both on one type after resolution. Forms
    two entities write alike stay apart (no evidence which reading is right), and so does a name the rules read as its
    type (a boundary error may have left the same form inside another entity: `Le Minerale` of `Le Minerale Rina
    Sari`, on the corpus)."""
    typed = mentions.join(entities.select("entity_id", entity_type="type"), on="entity_id")
    forms = typed.select("doc_id", "entity_id", "entity_type", form=pl.col("text").str.to_lowercase()).unique()
    shared = forms.filter(pl.col("entity_id").n_unique().over("doc_id", "entity_type", "form") > 1)
    retyped = (typed.group_by("doc_id", "entity_id").agg(retyped=pl.col("type_rule").is_in(VOTED_READINGS).all())
               .filter("retyped").select("doc_id", "entity_id"))
    movable = shared.join(retyped, on=["doc_id", "entity_id"], how="semi")
    if movable.is_empty():
        return entities, mentions
    forms = forms.join(shared.select("doc_id", "entity_type").unique(), on=["doc_id", "entity_type"], how="semi")
    written: dict[tuple[str, str], set[str]] = defaultdict(set)  # (doc_id, entity) -> its forms in that document
    for doc_id, entity_id, form in forms.select("doc_id", "entity_id", "form").iter_rows():
        written[(doc_id, entity_id)].add(form)
    writers: dict[tuple[str, str, str], set[str]] = defaultdict(set)  # (doc_id, type, form) -> the entities writing it
    for doc_id, entity_id, entity_type, form in forms.iter_rows():
        writers[(doc_id, entity_type, form)].add(entity_id)
    targets = []
    for doc_id, entity_id, entity_type in movable.select("doc_id", "entity_id", "entity_type").unique().sort("doc_id", "entity_id").iter_rows():
        own = written[(doc_id, entity_id)]
        others = set.intersection(*(writers[(doc_id, entity_type, form)] for form in own)) - {entity_id}
        if len(others) == 1 and own < written[(doc_id, target := next(iter(others)))]:
            targets.append((doc_id, entity_id, target))
    return _moved_in_documents(entities, mentions, targets, FORM_WRITTEN_TWICE)


@lru_cache(maxsize=1)
def _places_no_surname() -> pl.Series:
    """The countries, regions and bodies of the gazetteer and Indonesia's towns, lower case: never a person's surname."""
    return pl.Series(sorted(set(known_names()) | indonesian_city_names()), dtype=pl.String)


@lru_cache(maxsize=1)
def _town_names() -> pl.Series:
    """The world's cities of the gazetteer, lower case, made once."""
    return pl.Series(sorted(city_names()), dtype=pl.String)


@lru_cache(maxsize=1)
def _gazetteer_names() -> pl.Series:
    """The countries, regions and bodies of the gazetteer (as `match_key` spells them: acronyms as written) and the
    world's cities, lower case, made once."""
    return pl.Series(sorted(set(known_names()) | city_names()), dtype=pl.String)


def _in_gazetteer(names: pl.Expr) -> pl.Expr:
    """Whether each name is the gazetteer's, looked up as `match_key` does: an acronym as written (`TNI`), the rest in
    lower case."""
    gazetteer = _gazetteer_names().implode()
    return names.is_in(gazetteer) | names.str.to_lowercase().is_in(gazetteer)


def _moved_in_documents(entities: pl.DataFrame, mentions: pl.DataFrame, targets: list[tuple[str, str, str]],
                        rule: str) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Each (doc_id, entity_id, target) of `targets`: the entity's mentions in that document are the target's, `rule`
    named as their type's; the entities whose mentions moved counted again."""
    if not targets:
        return entities, mentions
    moved = pl.DataFrame(targets, schema={"doc_id": pl.String, "entity_id": pl.String, "target": pl.String}, orient="row")
    joined = (join_looked_up(mentions, moved, ["doc_id", "entity_id"])
              .with_columns(type_rule=pl.when(pl.col("target").is_not_null()).then(pl.lit(rule)).otherwise("type_rule"),
                            entity_id=pl.coalesce("target", "entity_id"))
              .drop("target"))
    return _recounted(entities, joined, set(moved["entity_id"]) | set(moved["target"])), joined


def _recounted(entities: pl.DataFrame, mentions: pl.DataFrame, changed: set[str]) -> pl.DataFrame:
    """The entities whose mentions moved, counted again from their mentions (those left with none gone); each keeps its
    name, type, titles and confidence."""
    counts = (mentions.filter(pl.col("entity_id").is_in(list(changed))).group_by("entity_id")
              .agg(aliases=pl.col("text").unique().sort(), mention_count=pl.len().cast(pl.Int64),
                   document_count=pl.col("doc_id").n_unique().cast(pl.Int64)))
    kept = entities.filter(~pl.col("entity_id").is_in(list(changed)) | pl.col("entity_id").is_in(counts["entity_id"].implode()))
    return (kept.join(counts, on="entity_id", how="left", suffix="_new", maintain_order="left")
            .with_columns(aliases=pl.coalesce("aliases_new", "aliases"), mention_count=pl.coalesce("mention_count_new", "mention_count"),
                          document_count=pl.coalesce("document_count_new", "document_count"))
            .select(entities.columns))


AFTER_VOTE_PASSES = (release_towns_of_no_person, join_settled_short_forms, join_clipped_names, join_clipped_bodies, join_articled_club_words,
                     join_body_short_forms,
                     join_towns_to_their_clubs, join_clubs_without_their_word, join_bare_place_names,
                     join_misspelt_names, join_misspelt_full_names,
                     join_misspelt_places, join_misspelt_bodies, join_forms_written_twice, drop_names_only_inside_names)


def resolve_after_vote(entities: pl.DataFrame, mentions: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Every pass of AFTER_VOTE_PASSES in order."""
    for step in AFTER_VOTE_PASSES:
        entities, mentions = step(entities, mentions)
    return entities, mentions
