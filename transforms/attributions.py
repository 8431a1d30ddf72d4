"""Speakers and sources of quotes resolved to entities; the quotes and attributions tables.

A speaker phrase becomes an entity this way:
- a pronoun or a `-nya` clitic (`katanya`, `ia`, `beliau`) is the speaker of the closest attributed
  quote before it, else the closest person mentioned before it;
- an apposition (`ajudan Gubernur Rudi Hartono, Sinta Dewi`) is the name after the comma;
- a role with no name of a person (`juru bicara Istana`, `media pemerintah Iran`) is an unnamed
  speaker: the text is kept, the entity is null;
- otherwise the first person named in the phrase, else the organisation, else a place that opens it.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict
from functools import lru_cache
from itertools import groupby
from operator import itemgetter

import polars as pl

from transforms.lexicon import _rows, city_names, phrase_set, speech_verbs, word_set
from transforms.common import UnionFind, stable_id
from transforms.schemas import ATTRIBUTIONS, QUOTE_CLUSTERS, QUOTES
from transforms.sentences import attach_sentence_index

UNNAMED_HEADS = word_set("unnamed_speaker_heads.txt")
PRONOUNS = word_set("pronouns.txt")


TITLE_PHRASES = phrase_set("titles.txt")
SUBJECT_WINDOW = 100  # characters from a sentence's start within which a name counts as its subject
# A name right before a verb is a subject too (`..., Budi memuji ...`): meN-, ber-, di- and ter- forms.
SPEECH_AFTER = re.compile(r",?\s+(?:(?:juga|pun|kembali|lalu|kemudian)\s+)?(\w+)")
# `Rina Sari, mengapresiasi ...`, `Rina Sari memprediksi, ...`: a verb set off by a comma reports what
# the person thinks or says, whatever the verb
REPORTS = re.compile(r",\s+(?:\w+\s+)?(?:me|ber)[a-z]{3,}\b|\s+(?:\w+\s+)?(?:me|ber)[a-z]{3,},")
VERB_AFTER = re.compile(r"\s+(?:(?:juga|pun|telah|sudah|akan|kemudian|lalu|pernah)\s+)?(?:me|ber|di|ter)[a-z]{3,}\b")


class SpeakerResolver:
    """Speaker and source phrases of one document to entity ids."""

    def __init__(self, text: str, mentions: list[tuple[int, int, str, str]], sentence_starts: list[int],
                 quote_spans: list[tuple[int, int]], titles: dict[str, set[str]]):
        self.text = text
        self.titles = titles  # entity id -> titles the collection gives it, lower case
        self.mentions = sorted(mentions)  # (start, end, entity_id, type)
        self.starts = [m[0] for m in self.mentions]
        self.sentence_starts = sentence_starts
        self.quote_spans = quote_spans
        self.last_speaker: tuple[int, str] | None = None
        # people the document quotes by name or gives a title: the antecedents pronouns prefer
        self.confirmed: set[str] = {e for _, _, e, t in self.mentions if t == "PERSON" and self.titles.get(e)}
        self.people = {e for _, _, e, t in self.mentions if t == "PERSON"}

    def _in_quote(self, offset: int) -> bool:
        return any(s <= offset < e for s, e in self.quote_spans)

    def subject_before(self, offset: int) -> tuple[int, str] | None:
        """The person named as the subject of the latest sentence before `offset` that names one, outside
        quotations: in Indonesian news, the person a following `ujarnya` or `ia` refers to.

        A subject is a person near the start of its sentence or right before a verb; of several in one
        sentence the first is the subject (`Rina menyoroti kawasan Sudirman-Thamrin`). Confirmed people
        come first: those the document quotes by name, gives a title, or names right before a speech
        verb (`Rina menjelaskan`). A capitalised phrase read as a person with none of that
        (`Ketidakhadiran Budi`, a shop's name) is only taken when no confirmed person is.
        """
        fallback = None
        for _, subjects in groupby(self._subjects(offset), key=itemgetter(0)):
            people = list(subjects)[::-1]  # the sentence's first subject first
            sure = next((p for p in people if p[3]), None)
            if sure is not None:
                return sure[1], sure[2]
            fallback = fallback or (people[0][1], people[0][2])
            if self._full_personal_name(people[0][1]):
                return fallback
        return fallback

    def _full_personal_name(self, start: int) -> bool:
        """`Toto Sugito`: a given name and more, not ending in a town (`Hasan Sadikin Bandung` is a hospital)."""
        index = bisect_left(self.starts, start)
        words = self.text[start:self.mentions[index][1]].lower().split()
        return len(words) >= 2 and words[0] in word_set("person_names.txt") and words[-1] not in city_names()

    def _subjects(self, offset: int):
        """(sentence start, start, entity id, confirmed) of the people before `offset` that could be
        their sentence's subject, outside quotations, latest first."""
        for position in range(bisect_left(self.starts, offset) - 1, -1, -1):
            start, end, entity_id, type_ = self.mentions[position]
            if type_ != "PERSON" or self._in_quote(start):
                continue
            opens = self._sentence_start(start)
            if start - opens <= SUBJECT_WINDOW or VERB_AFTER.match(self.text, end):
                yield opens, start, entity_id, entity_id in self.confirmed or self._speaks_after(end)

    def _sentence_start(self, offset: int) -> int:
        return self.sentence_starts[max(0, bisect_left(self.sentence_starts, offset + 1) - 1)] if self.sentence_starts else 0

    def _speaks_after(self, end: int) -> bool:
        word = SPEECH_AFTER.match(self.text, end)
        return word is not None and (word.group(1).lower() in speech_verbs() or REPORTS.match(self.text, end) is not None)

    def inside(self, start: int, end: int) -> list[tuple[int, int, str, str]]:
        index = bisect_left(self.starts, start)
        found = []
        while index < len(self.mentions) and self.mentions[index][0] < end:
            if self.mentions[index][1] <= end:
                found.append(self.mentions[index])
            index += 1
        return found

    def person_before(self, offset: int) -> str | None:
        index = bisect_left(self.starts, offset) - 1
        while index >= 0:
            if self.mentions[index][3] == "PERSON":
                return self.mentions[index][2]
            index -= 1
        return None

    def speaker(self, start: int, end: int, quote_start: int) -> tuple[str | None, str]:
        """(entity id, how) for the speaker phrase text[start:end]."""
        phrase = self.text[start:end].strip()
        lower = phrase.lower()
        described = lower.split()[-1:] in (["tersebut"], ["itu"]) and not any(m[3] == "PERSON" for m in self.inside(start, end))
        if lower in PRONOUNS or lower == "nya" or described:  # `kata pemain film tersebut`: someone named before
            subject = self.subject_before(min(start, quote_start))
            # the quoted speaker of the subject's own sentence or a later one outranks the subject
            # (`"...," ujar Rina, yang datang bersama Budi Santoso.` then `ujarnya`: Rina)
            if self.last_speaker and (subject is None or self._sentence_start(self.last_speaker[0]) >= self._sentence_start(subject[0])):
                return self.last_speaker[1], "pronoun_previous_speaker"
            if subject is not None:
                return subject[1], "pronoun_sentence_subject"
            return self.person_before(min(start, quote_start)), "pronoun_previous_person"
        if (lower,) in TITLE_PHRASES or tuple(lower.split()) in TITLE_PHRASES:
            titled = self.titled_before(lower, quote_start)
            if titled is not None:  # `kata Presiden`: the person the document calls so
                return titled, "title_reference"
        found = self.inside(start, end)
        people = [m for m in found if m[3] == "PERSON"]
        comma = phrase.rfind(", ")
        if comma >= 0:
            # `ajudan Gubernur Rudi, Sinta Dewi`: the person right after the comma; `Sinta Dewi, Direktur ...`
            # and `Rina, yang juga ...`, `Rina, di Bandung, ...`: the person before it
            offset = start + len(self.text[start:end]) - len(self.text[start:end].lstrip())
            after = [m for m in people if m[0] == offset + comma + 2]
            before_comma = [m for m in people if m[0] < offset + comma]
            if after and not (before_comma and before_comma[0][0] == offset):
                return after[0][2], "apposition"
            if before_comma:
                return before_comma[-1][2], "named_person"
        if people:
            # `CEO Toko Maju Jaya Rina Sari`: the office comes first, so the name is the last person-like phrase
            return people[-1][2], "named_person"
        first_word = lower.split()[0] if lower.split() else ""
        orgs = [m for m in found if m[3] == "ORG"]
        opens_with_title = any(lower.startswith(" ".join(t) + " ") for t in phrase_set("titles.txt"))
        if orgs and not opens_with_title and first_word not in UNNAMED_HEADS - {"badan", "lembaga"}:
            return orgs[-1][2], "named_organisation"
        if orgs and first_word in word_set("org_heads.txt"):
            return orgs[-1][2], "named_organisation"
        if found and found[0][0] == start and found[0][3] in ("ORG", "LOC"):
            return found[0][2], "named_body"
        words = phrase.split()
        if not found and 1 <= len(words) <= 2 and all(w[:1].isupper() for w in words):
            # `kata Raden`, `tutur Amin`: a word read as a title or an ordinary word, but the document
            # names a person with it (`Raden Pardede`): the nearest such person
            named = self.person_named_with(words, quote_start)
            if named is not None:
                return named, "named_in_document"
        return None, "unnamed"

    def person_named_with(self, words: list[str], offset: int) -> str | None:
        """The person mentioned closest to `offset` whose name holds these words in this order."""
        wanted = " ".join(words)
        best = None
        for start, end, entity_id, type_ in self.mentions:
            if type_ == "PERSON" and re.search(rf"(?<!\w){re.escape(wanted)}(?!\w)", self.text[start:end]):
                if best is None or abs(start - offset) < abs(best[0] - offset):
                    best = (start, entity_id)
        return None if best is None else best[1]

    def titled_before(self, title: str, offset: int) -> str | None:
        """The person with this title mentioned last before `offset` (or first after it)."""
        titled = [m for m in self.mentions if m[3] == "PERSON" and title in self.titles.get(m[2], ())]
        before = [m for m in titled if m[0] < offset]
        chosen = before[-1] if before else (titled[0] if titled else None)
        return None if chosen is None else chosen[2]

    def source(self, start: int, end: int) -> str | None:
        named = [m for m in self.inside(start, end) if m[3] in ("ORG", "PERSON")]
        return named[-1][2] if named else None


def attribute_quotes(candidates: pl.DataFrame, documents: pl.DataFrame, entities: pl.DataFrame, mentions: pl.DataFrame,
                     sentences: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Quote candidates -> (quotes, attributions)."""
    texts = dict(documents.select("doc_id", "text").iter_rows())
    titles = {e: {t.lower() for t in ts} for e, ts in entities.select("entity_id", "titles").iter_rows()}
    by_doc: dict[str, list] = {}
    for doc_id, start, end, entity_id, type_ in mentions.select("doc_id", "start", "end", "entity_id", "type").iter_rows():
        by_doc.setdefault(doc_id, []).append((start, end, entity_id, type_))
    sentence_starts: dict[str, list[int]] = {}
    for doc_id, start in sentences.sort("doc_id", "start").select("doc_id", "start").iter_rows():
        sentence_starts.setdefault(doc_id, []).append(start)
    quote_rows, attribution_rows = [], []
    for doc_id, group in candidates.sort("doc_id", "start").group_by("doc_id", maintain_order=True):
        doc_id = doc_id[0]
        text = texts[doc_id]
        rows = group.to_dicts()
        resolver = SpeakerResolver(text, by_doc.get(doc_id, []), sentence_starts.get(doc_id, []),
                                   [(q["start"], q["end"]) for q in rows], titles)
        for q in rows:
            if q["speaker_start"] is not None and q["speaker_end"] > q["speaker_start"]:
                named, how = resolver.speaker(q["speaker_start"], q["speaker_end"], q["start"])
                if named is not None and how in ("named_person", "apposition", "named_in_document"):
                    resolver.confirmed.add(named)
        for q in rows:
            quote_id = stable_id("Q", doc_id, q["start"], q["end"])
            quote_rows.append((quote_id, doc_id, text[q["start"]:q["end"]], q["start"], q["end"], q["kind"], q["method"]))
            if q["speaker_start"] is not None and q["speaker_end"] > q["speaker_start"]:
                entity_id, how = resolver.speaker(q["speaker_start"], q["speaker_end"], q["start"])
                if entity_id is not None and entity_id in resolver.people:  # `ujarnya` refers to people
                    resolver.last_speaker = (max(q["start"], q["speaker_start"]), entity_id)
                confidence = q["confidence"] * (0.8 if how.startswith("pronoun") else 1.0) * (0.9 if entity_id is None else 1.0)
                attribution_rows.append((
                    stable_id("A", quote_id, "speaker"), quote_id, doc_id, "speaker", entity_id,
                    text[q["speaker_start"]:q["speaker_end"]], q["speaker_start"], q["speaker_end"],
                    q["cue"], q["cue_start"], q["cue_end"], f"{q['method']}+{how}", round(confidence, 3),
                ))
            if q["via_start"] is not None and q["via_end"] > q["via_start"]:
                attribution_rows.append((
                    stable_id("A", quote_id, "source"), quote_id, doc_id, "source", resolver.source(q["via_start"], q["via_end"]),
                    text[q["via_start"]:q["via_end"]], q["via_start"], q["via_end"], q["via_cue"],
                    None, None, "source_cue", round(q["confidence"] * 0.9, 3),
                ))
    quotes = pl.DataFrame(quote_rows, schema=["quote_id", "doc_id", "text", "start", "end", "kind", "rule"], orient="row")
    quotes = attach_sentence_index(quotes, sentences)
    quotes = cluster_quotes(quotes)
    attribution_schema = {c.name: c.dtype for c in ATTRIBUTIONS.columns}
    attributions = pl.DataFrame(attribution_rows, schema=attribution_schema, orient="row")
    return QUOTES.conform(quotes), ATTRIBUTIONS.conform(attributions)


WORD = re.compile(r"\w+")
FRAGMENT = re.compile(r"[“\"”]([^“”\"]+)[”\"]")
MIN_CLUSTER_WORDS = 5
SHINGLE_OVERLAP = 0.6  # share of the shorter quote's word trigrams: copies and trimmed versions
WORD_CONTAINMENT = 0.8  # share of the shorter quote's content words: translations with another word order
MIN_PARAPHRASE_WORDS = 7  # below this, shared words are formula (`sebanyak ... orang`), not the same statement
COMMON_POSTING = 50  # words in more quotes than this are too common to find candidates with


def _content_words(text: str) -> frozenset[str]:
    stop = _stop_words()
    return frozenset(w for w in WORD.findall(text.lower()) if w not in stop and not w.isdigit())


@lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    return frozenset(w for row in _rows("language_words.tsv") if row[0] == "id" for w in row[1].split())


def _shingles(words: list[str]) -> frozenset[tuple[str, str, str]]:
    return frozenset(zip(words, words[1:], words[2:]))


def cluster_quotes(quotes: pl.DataFrame) -> pl.DataFrame:
    """Give the same `cluster_id` to quotes that carry the same statement in different documents.

    Two quotes of different documents join when the shorter shares at least 60% of its word
    trigrams with the longer (copies, trimmed versions), or, when it has seven content words or more,
    at least 80% of them (the same translation with another word order); the quoted fragment of a mixed quote counts as a
    quote of its own for this (`“menguraikan prospek kerja sama lebih lanjut”`). Ids are the
    smallest quote id of each cluster, so they are stable between runs.
    """
    if quotes.is_empty():
        return quotes.with_columns(cluster_id=pl.lit(None, dtype=pl.String))
    ids = quotes["quote_id"].to_list()
    docs = quotes["doc_id"].to_list()
    units: list[tuple[int, frozenset, frozenset]] = []  # (quote position, trigrams, content words)
    for position, text in enumerate(quotes["text"]):
        for part in [text, *FRAGMENT.findall(text)]:
            words = WORD.findall(part.lower())
            content = _content_words(part)
            if len(content) >= MIN_CLUSTER_WORDS:
                units.append((position, _shingles(words), content))
    clusters = UnionFind()
    postings: dict[str, list[int]] = defaultdict(list)
    for unit, (_, _, content) in enumerate(units):
        for word in content:
            postings[word].append(unit)
    for unit, (position, grams, content) in enumerate(units):
        candidates = {other for word in content if len(postings[word]) <= COMMON_POSTING for other in postings[word] if other > unit}
        for other in candidates:
            other_position, other_grams, other_content = units[other]
            if docs[other_position] == docs[position]:
                continue
            shorter_grams = min(len(grams), len(other_grams))
            shorter_words = min(len(content), len(other_content))
            same = (
                shorter_grams and len(grams & other_grams) >= SHINGLE_OVERLAP * shorter_grams
                or shorter_words >= MIN_PARAPHRASE_WORDS and len(content & other_content) >= WORD_CONTAINMENT * shorter_words
            )
            if same:
                clusters.union(ids[position], ids[other_position])
    return quotes.with_columns(cluster_id=pl.Series([clusters.find(i) for i in ids], dtype=pl.String))


def summarise_clusters(quotes: pl.DataFrame, documents: pl.DataFrame) -> pl.DataFrame:
    """One row per cluster: when and where it was first seen, how many documents and outlets carry
    it, and its longest version."""
    dated = quotes.join(documents.select("doc_id", "outlet", "published_date", "source_path"), on="doc_id", how="left")
    longest = (
        dated.with_columns(length=pl.col("text").str.len_chars())
        .sort(["cluster_id", "length", "quote_id"], descending=[False, True, False])
        .group_by("cluster_id", maintain_order=True)
        .agg(longest_quote_id=pl.col("quote_id").first(), text=pl.col("text").first())
    )
    first = (
        dated.sort(["cluster_id", "published_date", "source_path", "start"], nulls_last=True)
        .group_by("cluster_id", maintain_order=True)
        .agg(first_doc_id=pl.col("doc_id").first(), first_seen=pl.col("published_date").min())
    )
    counts = dated.group_by("cluster_id").agg(
        quote_count=pl.len().cast(pl.Int64),
        document_count=pl.col("doc_id").n_unique().cast(pl.Int64),
        outlet_count=pl.col("outlet").drop_nulls().n_unique().cast(pl.Int64),
    )
    return QUOTE_CLUSTERS.conform(counts.join(first, on="cluster_id").join(longest, on="cluster_id"))
