"""What the speaker rules of one document read: its text, its mentions in order, its sentence starts, the
quotes' spans, the titles the collection gives each entity, and what earlier quotes established (the
last speaker, people confirmed as speakers)."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from itertools import groupby
from operator import itemgetter

from transforms.common import alternation
from transforms.lexicon import (city_names, corpus_vocabulary, known_names, match_key, phrase_set, phrase_table,
                                speech_verbs, table_rows, word_set)

SUBJECT_WINDOW = 100  # characters from a sentence's start within which a name counts as its subject
TITLE_HOLDER_GAP = 40  # characters of ranks between a title's bracketed acronym and its holder's name (`Jenderal TNI`)
# A name right before a verb is a subject too (`..., Budi memuji ...`): meN-, ber-, di- and ter- forms.
SPEECH_AFTER = re.compile(r",?\s+(?:(?:juga|pun|kembali|lalu|kemudian)\s+)?(\w+)")
SUBJECT_PRONOUNS = word_set("subject_pronouns.txt")  # `ia`, `dia`, `beliau`, `mereka`
PASSIVE_AGENT_WORDS = frozenset({"oleh", "pula", "juga", "pun"})  # between a passive verb and its agent (`disampaikan pula oleh`)
# `Rina Sari, mengapresiasi ...`, `Rina Sari memprediksi, ...`: a verb set off by a comma reports what
# the person thinks or says, whatever the verb; an adverb may stand before it (`Rina, juga menilai`), but not another
# subject, a name or a pronoun (`Soal Budi, Rina mengaku`, `untuk Budi ia berkata,`), and `menurut` cites someone else
# (`Posisi Budi, menurut dia, ...`)
_ADVERB_BEFORE_VERB = rf"(?:(?!(?:{alternation(SUBJECT_PRONOUNS)})\b)[a-z]\w*\s+)?"
REPORTS = re.compile(rf",\s+{_ADVERB_BEFORE_VERB}(?!menurut\b)(?:me|ber)[a-z]{{3,}}\b|\s+{_ADVERB_BEFORE_VERB}(?:me|ber)[a-z]{{3,}},")
VERB_AFTER = re.compile(r"\s+(?:(?:juga|pun|telah|sudah|akan|kemudian|lalu|pernah)\s+)?(?:me|ber|di|ter)[a-z]{3,}\b")
# `X adalah Rina.`, `..., salah satunya Rina.`, `..., yakni Rina.`: the sentence says who X is (KBBI)
IDENTIFYING_COPULAS = frozenset({"adalah", "ialah", "yakni", "yaitu", "satunya"})
IDENTIFIED_CLOSE = re.compile(r"\s*(?:\(\d+\))?\s*[.!]?\s*")  # an age in brackets, then the sentence's end
ACTIVE_VERB = re.compile(r"(?:me|ber)[a-z]{3,}")
WORD = re.compile(r"\w+")
NON_SPACE = re.compile(r"\S+")  # a word with the punctuation glued to it
CLAUSE_PART = re.compile(r"[^,—]+")  # what lies between commas and dashes
KIN_WORDS = word_set("kin_words.txt")
SPEAKER_COORDINATORS = word_set("speaker_coordinators.txt")
# words that may stand right before a subject: function words, discourse words, adverbs, clause conjunctions
SUBJECT_OPENERS = (word_set("subject_openers.txt") | word_set("speaker_lead_words.txt") | word_set("subject_adverbs.txt")
                   | word_set("clause_conjunctions.txt"))
# words of a title or role before a name (`juru bicara`, `pelatih`): part of who the person is, governing nothing
ROLE_WORDS = frozenset(w for phrase in phrase_set("titles.txt") for w in phrase) | word_set("person_roles.txt") - KIN_WORDS
WORD_BEFORE = re.compile(r"[\w'’/.-]+|[^\w\s]")
ADDRESS_WORDS = word_set("address_words.txt")
TITLE_WORDS = word_set("titles.txt")  # one-word titles open a title written out (`Menteri`, `Kepala`)
OFFICE_LIST_WORDS = frozenset({"dan", "bidang", "urusan"})  # lower-case words inside a title written out
# words opening a place's or a body's name (`Desa`, `Dinas`)
NAME_HEADS = frozenset(head[0] for head in phrase_table("place_heads.txt")) | word_set("org_heads.txt")
APPOSITION_ROLES = TITLE_WORDS | word_set("person_roles.txt")  # words opening an apposition that describes a person
NAMING_ROLE_WORDS = ROLE_WORDS - ADDRESS_WORDS  # a role word before a name names that person; a form of address does not
FIRST_WORD = re.compile(r"\W*(\w+)")
# between an outlet's name or a dateline and the lead, a single spaced hyphen too: unlike a speaker phrase
# (quotes/speakers.py DATELINE_DASH, where such a hyphen may join a name), no office's name runs across one
LEAD_DASH = re.compile(r"\s(?:-\s?-|-|–|—)\s")
CAPITALISED_AFTER = re.compile(r"(?: [A-Z][\w'’-]*){1,2}\b")  # words a mention may have stopped before (`Theresa| May`)
OPENING_PREPOSITIONS = word_set("adverbial_prepositions.txt")
PRONOUN_OPENER = re.compile(rf"\W*(?:{alternation(SUBJECT_PRONOUNS)})\b", re.IGNORECASE)
LIST_SEPARATOR = re.compile(r"\s*(?:,\s*(?:(?:dan|serta)\s+)?|(?:dan|serta)\s+)(?:[A-Z][\w.]*\s+){0,3}")  # `, dan Kombes `
SUBJECT_PRONOUN = re.compile(rf"\b(?:{alternation(SUBJECT_PRONOUNS)})\b", re.IGNORECASE)
EPITHET_CUES = {part: [w for p, w in table_rows("epithet_cues.tsv") if p == part] for part in ("named", "called", "adverb")}
# `Basuki atau akrab disapa Ahok`, `Rina alias Ucok`: a second name for the one before it, no subject of its own (a
# cue of calling only after `atau`, `yang` or an adverb, as in entities/epithets.py: `Rina dipanggil KPK` is a summons)
EPITHET_BEFORE = re.compile(
    rf"(?:\b(?:{alternation(EPITHET_CUES['named'])})|\b(?:atau|yang|{alternation(EPITHET_CUES['adverb'])})\s+"
    rf"(?:{alternation(EPITHET_CUES['called'])}))\s+[\"“']?$", re.IGNORECASE)
EPITHET_REACH = 40  # characters before a name searched for its epithet's cue
BACKGROUND_OPENER = re.compile(
    rf"\W*(?:{alternation(word_set('background_openers.txt'))})\b", re.IGNORECASE)


def spells_title(short: str, words: list[str]) -> bool:
    """The short form, cut into one piece per word of the title from its first on (two words or more), each piece found in
    order among its word's letters, the first opening with the title's first letter (`menpora`: men|p|ora over `menteri
    pemuda olahraga`, `kapolsek`: ka|pol|sek over `kepala kepolisian sektor`); words after the last piece are the title's
    place or body (`Kepala Kejari Sukamaju`: `kajari`)."""
    if len(short) < 4 or len(words) < 2:
        return False

    def cover(rest: str, index: int, pieces: int) -> bool:
        if not rest:
            return pieces >= 2
        if index >= len(words) or index == 0 and rest[0] != words[0][0]:
            return False
        for cut in range(len(rest), 0, -1):
            if _subsequence(rest[:cut], words[index]) and cover(rest[cut:], index + 1, pieces + 1):
                return True
        return False

    return cover(short, 0, 0)


def _subsequence(piece: str, word: str) -> bool:
    letters = iter(word)
    return all(letter in letters for letter in piece)


def _place_name(name: str) -> bool:
    """A country's, region's or city's name (`Jawa Barat`, `Bandung`)."""
    return match_key(name) in known_names() or name.lower() in city_names()


class MentionIndex:
    """The document's mentions (start, end, entity_id, type) in order, and lookups by offset."""

    def __init__(self, text: str, mentions: list[tuple[int, int, str, str]], titles: dict[str, set[str]]):
        self.text = text
        self.titles = titles  # entity id -> titles the collection gives it, lower case
        self.mentions = sorted(mentions)
        self.starts = [m[0] for m in self.mentions]
        self._by_entity: dict[str, list[tuple[int, int, str, str]]] | None = None

    def mentions_of(self, entity_id: str) -> list[tuple[int, int, str, str]]:
        """The entity's mentions, in order (grouped once per document: every quote's candidates ask)."""
        if self._by_entity is None:
            self._by_entity = {}
            for m in self.mentions:
                self._by_entity.setdefault(m[2], []).append(m)
        return self._by_entity.get(entity_id, [])

    def inside(self, start: int, end: int) -> list[tuple[int, int, str, str]]:
        index = bisect_left(self.starts, start)
        found = []
        while index < len(self.mentions) and self.mentions[index][0] < end:
            if self.mentions[index][1] <= end:
                found.append(self.mentions[index])
            index += 1
        return found

    def mentions_across(self, offset: int) -> list[tuple[int, int, str, str]]:
        """The mentions that start before `offset` and end after it."""
        return [m for m in self.mentions[:bisect_left(self.starts, offset)] if m[1] > offset]

    def person_before(self, offset: int) -> str | None:
        index = bisect_left(self.starts, offset) - 1
        while index >= 0:
            if self.mentions[index][3] == "PERSON":
                return self.mentions[index][2]
            index -= 1
        return None

    def person_named_with(self, words: list[str], offset: int) -> str | None:
        """The person mentioned closest to `offset` whose name, as written with the capitalised words right after its
        mention (`Theresa May` where the mention stopped at `Theresa`, `May` being a month), holds these words in this
        order."""
        wanted = " ".join(words)
        best = None
        for start, end, entity_id, type_ in self.mentions:
            if type_ != "PERSON":
                continue
            after = CAPITALISED_AFTER.match(self.text, end)
            if re.search(rf"(?<!\w){re.escape(wanted)}(?!\w)", self.text[start:after.end() if after else end]):
                if best is None or abs(start - offset) < abs(best[0] - offset):
                    best = (start, entity_id)
        return None if best is None else best[1]

    def person_written(self, name: str, offset: int) -> str | None:
        """The person mentioned closest to `offset` with exactly this text."""
        written = [(abs(start - offset), entity_id) for start, end, entity_id, type_ in self.mentions
                   if type_ == "PERSON" and self.text[start:end] == name]
        return min(written)[1] if written else None

    def written_alone(self, entity_id: str) -> bool:
        """The document writes this entity's name as one word only, never a longer form."""
        return all(len(self.text[start:end].split()) == 1 for start, end, e, _ in self.mentions if e == entity_id)

    def titled_before(self, title: str, offset: int) -> str | None:
        """The person with this title mentioned last before `offset` (or first after it)."""
        titled = [m for m in self.mentions if m[3] == "PERSON" and title in self.titles.get(m[2], ())]
        before = [m for m in titled if m[0] < offset]
        chosen = before[-1] if before else (titled[0] if titled else None)
        return None if chosen is None else chosen[2]

    def title_holder(self, title: str, offset: int) -> str | None:
        """The person the document names with this title (written as here, capitalised, not an acronym) and its capitalised
        complement, nearest before `offset`: the last person of the capitalised run after it (`Kapolsek Sukamaju, Kompol Rudi Santoso`: its place or body and ranks
        between), or the person right before it and a comma (`Rudi Santoso, Kapolsek Sukamaju, mengatakan`)."""
        holder = None
        if title[:1].isupper() and not title.isupper() and title.lower() not in ADDRESS_WORDS:
            for found in re.finditer(rf"(?<![\w-]){re.escape(title)}(?![\w-])", self.text[:offset]):
                complement = FIRST_WORD.match(self.text, found.end())
                if complement is None or not complement.group(1)[:1].isupper():
                    continue  # `Menag membaur ...`: the title used alone names no one here
                holder = self._named_after(found.end()) or self._named_before(found.start()) or holder
        return holder

    def abbreviated_title_holder(self, short: str, offset: int) -> str | None:
        """The person nearest before `offset` whose title, written out right before the name, the short form spells
        syllable by syllable (`Menpora`: Menteri Pemuda dan Olahraga; `Kapolsek`: Kepala Kepolisian Sektor): see
        `spells_title`."""
        for start, _, entity_id, type_ in reversed(self.mentions[:bisect_left(self.starts, offset)]):
            if type_ != "PERSON":
                continue
            words = WORD_BEFORE.findall(self.text, max(0, start - 90), start)
            run: list[str] = []
            while words and (words[-1][:1].isupper() or words[-1] in OFFICE_LIST_WORDS):
                run.insert(0, words.pop())
            while run and run[0].lower() not in TITLE_WORDS:
                run.pop(0)
            if run and spells_title(short.replace(" ", "").lower(), [w.lower() for w in run if w not in OFFICE_LIST_WORDS]):
                return entity_id
        return None

    def _named_after(self, end: int) -> str | None:
        """The last person of the run of mentions after `end` with only capitalised words and commas between them, within
        TITLE_HOLDER_GAP of each other."""
        named = None
        for start, stop, entity_id, type_ in self.mentions[bisect_left(self.starts, end):]:
            between = self.text[end:start].replace(",", " ").split()
            if start - end > TITLE_HOLDER_GAP or not all(w[:1].isupper() for w in between):
                break
            named = entity_id if type_ == "PERSON" else named
            end = stop
        return named

    def _named_before(self, start: int) -> str | None:
        """The person whose mention ends right before `start`, a comma between."""
        index = bisect_left(self.starts, start) - 1
        while index >= 0 and self.mentions[index][1] > start:
            index -= 1
        if index >= 0 and self.mentions[index][3] == "PERSON" and self.text[self.mentions[index][1]:start].strip() == ",":
            return self.mentions[index][2]
        return None

    def title_acronym_holder(self, acronym: str, offset: int) -> str | None:
        """The person named right after the title the document abbreviates so in brackets before `offset`
        (`Kepala Staf Angkatan Laut (KSAL) Laksamana Tono Wijaya`): the acronym's letters are the initials of the
        words before the bracket, the first a title; only capitalised words (ranks) stand between it and the name."""
        for bracket in re.compile(rf"\(\s*{re.escape(acronym)}\s*\)").finditer(self.text, 0, offset):
            words = WORD.findall(self.text, max(0, bracket.start() - 120), bracket.start())[-len(acronym):]
            if "".join(w[0] for w in words) != acronym or words[0].lower() not in ROLE_WORDS:
                continue
            for start, _, entity_id, type_ in self.mentions[bisect_left(self.starts, bracket.end()):]:
                between = self.text[bracket.end():start].split()
                if start - bracket.end() > TITLE_HOLDER_GAP or not all(w[:1].isupper() for w in between):
                    break
                if type_ == "PERSON":
                    return entity_id
        return None

    def source(self, start: int, end: int) -> str | None:
        named = [m for m in self.inside(start, end) if m[3] in ("ORG", "PERSON")]
        return named[-1][2] if named else None



class SpeakerContext(MentionIndex):
    """A document's mentions with its sentences and quotes, and the speakers established so far."""

    def __init__(self, text: str, mentions: list[tuple[int, int, str, str]], sentence_starts: list[int],
                 quote_spans: list[tuple[int, int]], titles: dict[str, set[str]]):
        super().__init__(text, mentions, titles)
        self.sentence_starts = sentence_starts
        self.quote_spans = quote_spans
        self.last_speaker: tuple[int, str | None] | None = None  # where the latest quote's speaker stands; None: unnamed
        self.last_topics: set[str] = set()  # people the latest attributed quote names: whom its speaker talked about
        self.last_body_speaker: tuple[int, str] | None = None  # where the latest quote a body speaks stands, and the body
        # people the document quotes by name or gives a title: the antecedents pronouns prefer
        self.confirmed: set[str] = {e for _, _, e, t in self.mentions if t == "PERSON" and self.titles.get(e)}
        self.people = {e for _, _, e, t in self.mentions if t == "PERSON"}
        self.speaking_as_people: set[str] = set()  # bodies or places quoted as a person (see document_context)
        self._subject_cache: dict[int, bool | None] = {}  # mention position -> what `_as_subject` found
        self._roles: dict[str, set[str]] | None = None  # person -> role words the text puts before its name
        self._governed: dict[int, bool] = {}  # mention start -> `governed` (asked again by every quote's candidates)

    def named_in(self, start: int, end: int) -> set[str]:
        """The people text[start:end] names: by name, or by a role word the document puts before their name
        (`ustadz Jakfar ...` then a quote about what `ustadz` did). Forms of address (`Pak`, `Bu`) name no one."""
        words = set(WORD.findall(self.text[start:end].lower()))
        return {m[2] for m in self.inside(start, end) if m[3] == "PERSON"} | {e for e, roles in self.roles().items() if roles & words}

    def roles(self) -> dict[str, set[str]]:
        """Person -> the role words the text puts right before their name (`pelatih Rina`: pelatih)."""
        if self._roles is None:
            self._roles = {}
            for m_start, _, entity_id, type_ in self.mentions:
                if type_ != "PERSON":
                    continue
                before = WORD_BEFORE.findall(self.text, max(0, m_start - 40), m_start)[-1:]
                if before and before[0].lower() in NAMING_ROLE_WORDS:
                    self._roles.setdefault(entity_id, set()).add(before[0].lower())
        return self._roles

    def role_holder(self, words: list[str], offset: int) -> str | None:
        """The one person named before `offset` with a role word among `words` (`sang pelatih` after `pelatih Rina`)."""
        wanted = set(words) & NAMING_ROLE_WORDS
        named = {m[2] for m in self.mentions[:bisect_left(self.starts, offset)]}
        holders = {e for e, roles in self.roles().items() if roles & wanted and e in named}
        return next(iter(holders)) if len(holders) == 1 else None

    def named_after_office(self, start: int, end: int, opens: int | None = None) -> bool:
        """`Ketua DPRD Sukamaju, Rudi mengatakan`, `kata Kepala Dinas Sukamaju, Rudi`: the name text[start:end], no
        country's or city's, follows, a comma between, a part opened by a title or a person's role (discourse words
        before it aside) that names no person: the office is the name's, whoever the entity stage took it for. The part
        starts after the comma before it, within the sentence (or from `opens`)."""
        name = self.text[start:end].strip()
        if _place_name(name) or name.split()[0].lower() in NAME_HEADS:
            return False  # `Ketua RT 21, Kelurahan Sukamaju`: the place of the office
        opens = self.sentence_start(start) if opens is None else opens
        before = self.text[opens:start].rstrip()
        if not before.endswith(","):
            return False
        part_start = opens + before.rfind(",", 0, len(before) - 1) + 1
        while part_start > opens and _place_name(self.text[part_start:start].strip(" ,")):
            before = self.text[opens:part_start].rstrip(" ,")  # `Kepala Dinas X, Jawa Barat, Rudi`: the office's place
            part_start = opens + before.rfind(",") + 1
        dateline = list(LEAD_DASH.finditer(self.text, part_start, start))
        if dateline:  # `Rimanews - Kepala Dinas Sukamaju, Rudi`: the outlet's dateline is no part of the office
            part_start = dateline[-1].end()
        words = [w.lower() for w in WORD.findall(self.text, part_start, start)]
        while words and words[0] in SUBJECT_OPENERS:
            words.pop(0)
        return (bool(words) and words[0] in APPOSITION_ROLES
                and not any(m[3] == "PERSON" for m in self.inside(part_start, start)))

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
                if fallback is not None and fallback[1] == sure[2]:
                    return fallback  # `Tomi membacakan ...`: the later sentence's subject is the same person, sure here
                return sure[1], sure[2]
            fallback = fallback or (people[0][1], people[0][2])
            if self._full_personal_name(people[0][1]):
                return fallback
        return fallback

    def _full_personal_name(self, start: int) -> bool:
        """`Toto Sugito`: a given name and more, not ending in a town (`Hasan Sadikin Bandung` is a hospital); a name
        whose first word is no vocabulary of the corpus, right before its verb, after the office or title that
        introduces it, too (`Ketua DE Zulfan Arkadewi mendukung`; not `Ketidakhadiran Budi Tarigan membuat`, nor a
        name in a list, nor a body's short name opening the sentence)."""
        index = bisect_left(self.starts, start)
        end = self.mentions[index][1]
        words = self.text[start:end].lower().split()
        if len(words) < 2 or words[-1] in city_names():
            return False
        if words[0] in word_set("person_names.txt"):
            return True
        before = [w.lower() for w in WORD_BEFORE.findall(self.text, max(self.sentence_start(start), start - 40), start)[-1:]]
        return (words[0] not in corpus_vocabulary() and VERB_AFTER.match(self.text, end) is not None
                and bool(before) and not (before[0] in corpus_vocabulary() and before[0] not in ROLE_WORDS))

    def _subjects(self, offset: int):
        """(sentence start, start, entity id, confirmed) of the people before `offset` that could be
        their sentence's subject, outside quotations, latest first."""
        for position in range(bisect_left(self.starts, offset) - 1, -1, -1):
            start, _, entity_id, type_ = self.mentions[position]
            if type_ != "PERSON":
                continue
            if position not in self._subject_cache:
                self._subject_cache[position] = self._as_subject(position)
            speaks = self._subject_cache[position]
            if speaks is not None:
                yield self.sentence_start(start), start, entity_id, entity_id in self.confirmed or speaks

    def speaks_at(self, start: int) -> bool:
        """The person mentioned at `start`, found as its sentence's subject, speaks there: a speech verb follows the name
        (`Rina mengatakan hal senada`, `Rina menilai ...`)."""
        return self._subject_cache.get(bisect_left(self.starts, start)) is True

    def _as_subject(self, position: int) -> bool | None:
        """None when the person mentioned at `position` cannot be its sentence's subject (inside a quotation, governed,
        far from the sentence's start with no verb after it); else whether the person speaks there."""
        start, end, _, _ = self.mentions[position]
        opens = self.sentence_start(start)
        if self._in_quote(start) or BACKGROUND_OPENER.match(self.text, opens):
            return None  # `Sebagaimana diketahui, Rina melaporkan Budi`: background, not the one speaking now
        if PRONOUN_OPENER.match(self.text, opens):
            return None  # `Ia melihat, Budi seolah ...`: the pronoun is the sentence's subject
        if self._in_opening_adverbial(opens, start):
            return None  # `Dalam acara X, Rina mengungkapkan`, `Mengutip Y, Rina ...`: X and Y are governed
        if self._role_holder_apposed(position):
            return None  # `Pengacara Rina Sari, Budi Santoso, berkomentar`: Rina is whose lawyer Budi is
        agent = self._agent_of_passive_speech(opens, start)  # the one speaking, wherever it stands in the sentence
        speaks = agent or self.speaks_after(end) or self._speaks_later(position)
        if self._identified(start, end) and not self._listed(position):
            return True  # `Salah satu warga yang protes adalah Rina.`: whom the sentence introduces, as sure as a speaker
        if not speaks and (self.governed(start) or self._pronoun_subject_after(opens, start, end)
                           or SUBJECT_PRONOUN.search(self.text, opens, start) or self._listed(position)):
            return None  # governed, after the sentence's pronoun subject (`Buktinya dia menghadiri pelantikan Gubernur X,
            # Rina`) or one of a list of people: no subject
        if agent or start - self.sentence_start(start) <= SUBJECT_WINDOW or VERB_AFTER.match(self.text, end):
            return speaks
        return None

    def _role_holder_apposed(self, position: int) -> bool:
        """The person mentioned at `position` follows a role word and another person follows it after a comma: the role
        is the second's, held for the first (`Pengacara Rina, Budi,`, `Juru bicara Rina, Budi,`)."""
        start, end, _, _ = self.mentions[position]
        if position + 1 >= len(self.mentions) or self.text[end:end + 2] != ", ":
            return False
        following = self.mentions[position + 1]
        before = WORD_BEFORE.findall(self.text, max(self.sentence_start(start), start - 40), start)[-1:]
        return following[0] == end + 2 and following[3] == "PERSON" and bool(before) and before[0].lower() in ROLE_WORDS

    def _listed(self, position: int) -> bool:
        """The person mentioned at `position` is one of three people or more listed by commas and `dan` (`adalah Kombes
        Rina, Kombes Budi, dan Kombes Tono`): a list names people, none of them the sentence's subject."""
        run = 1
        for step in (-1, 1):
            index = position
            while 0 <= index + step < len(self.mentions) and self._listed_after(*sorted((index, index + step))):
                index += step
                run += 1
        return run >= 3

    def _listed_after(self, left: int, right: int) -> bool:
        """The people mentioned at `left` and `right` are neighbours in a list: a comma or `dan` between them, and
        capitalised words of rank or title before the second (`, Kombes Budi`)."""
        return (self.mentions[left][3] == self.mentions[right][3] == "PERSON"
                and LIST_SEPARATOR.fullmatch(self.text, self.mentions[left][1], self.mentions[right][0]) is not None)

    def _in_opening_adverbial(self, opens: int, start: int) -> bool:
        """The name at `start` stands in the adverbial phrase that opens its sentence with a preposition or a citing verb
        and closes with a comma (`Dalam acara X,`, `Mengutip Y,`)."""
        first = FIRST_WORD.match(self.text, opens)
        if first is None or first.group(1).lower() not in OPENING_PREPOSITIONS or "," in self.text[opens:start]:
            return False
        following = bisect_right(self.sentence_starts, start)
        ends = self.sentence_starts[following] if following < len(self.sentence_starts) else len(self.text)
        return "," in self.text[start:ends]

    def governed(self, start: int) -> bool:
        """A name a word of its sentence governs: an object or possessor (`nama Rina`, `kondisi kesehatan Rina`,
        `kepada Rina`) or a relative (`istri Rina`), not a subject. (The last name before the sentence's speech verb is its
        subject whatever precedes it: a subheading may be glued to its sentence.) Titles, roles and capitalised office words
        before the name belong to it (`Kepala Dinas Kesehatan Rina`); punctuation, the sentence's start and
        function words (`dan`, `bahwa`, `Sementara itu`) leave it free."""
        if start not in self._governed:
            self._governed[start] = self._governed_at(start)
        return self._governed[start]

    def _governed_at(self, start: int) -> bool:
        opens = self.sentence_start(start)
        if EPITHET_BEFORE.search(self.text, max(opens, start - EPITHET_REACH), start):
            return True  # `Basuki atau akrab disapa Ahok`: the epithet of the name before
        tokens = WORD_BEFORE.findall(self.text, opens, start)
        for index in range(len(tokens) - 1, -1, -1):
            token, lower = tokens[index], tokens[index].lower()
            if not token[0].isalnum():
                return False
            if lower in KIN_WORDS:
                return True
            if lower.startswith("di") and len(lower) > 5 and lower not in ROLE_WORDS:
                return False  # the agent of a passive (`dihadiri Rina`, `disampaikan Rina`)
            if lower in ROLE_WORDS or lower in SUBJECT_OPENERS or token[0].isupper() and index > 0:
                continue
            return not token[0].isupper()  # the sentence's first word is capitalised whatever it is: an office's
        return False

    def protagonist_before(self, offset: int, type_: str = "PERSON") -> str | None:
        """The person (or body, by `type_`) the document follows most by `offset`: named in the most sentences (two or
        more, so not a name in passing such as `tes yang disebut Prostate Specific Antigen (PSA)`), the closest of
        equals."""
        sentences, last = self._people_sentences(offset, type_)
        followed = [e for e in sentences if len(sentences[e]) >= 2]
        return max(followed, key=lambda e: (len(sentences[e]), last[e])) if followed else None

    def followed(self, entity_id: str, offset: int) -> bool:
        """The document names this person in two sentences or more before `offset`: someone it follows, not a name in
        passing (`Benturan kepalanya dengan Rudi, membuat ...`)."""
        return len(self._people_sentences(offset)[0].get(entity_id, ())) >= 2

    def _people_sentences(self, offset: int, type_: str = "PERSON") -> tuple[dict[str, set[int]], dict[str, int]]:
        """Person (or body) -> the starts of the sentences naming it before `offset`, and where it is named last."""
        sentences: dict[str, set[int]] = {}
        last: dict[str, int] = {}
        for start, _, entity_id, mention_type in self.mentions[:bisect_left(self.starts, offset)]:
            if mention_type == type_:
                sentences.setdefault(entity_id, set()).add(self.sentence_start(start))
                last[entity_id] = start
        return sentences, last

    def body_before(self, offset: int) -> str | None:
        """The organisation mentioned last before `offset`, in its sentence or the one before, outside quotations."""
        opens = self.sentence_start(max(0, self.sentence_start(offset) - 1))
        for start, _, entity_id, type_ in reversed(self.mentions[:bisect_left(self.starts, offset)]):
            if start < opens:
                return None
            if type_ == "ORG" and not self._in_quote(start):
                return entity_id
        return None

    def first_of_joined(self, start: int) -> tuple[int, str] | None:
        """(start, entity id) of the first of the people joined with the one mentioned at `start` (`Rina dan Budi`,
        `Rina / Budi`), or None when no one is joined with it."""
        index = bisect_left(self.starts, start)
        first = index
        while first > 0 and self._joined(first - 1, first):
            first -= 1
        if first == index and not (index + 1 < len(self.mentions) and self._joined(index, index + 1)):
            return None
        return self.mentions[first][0], self.mentions[first][2]

    def _joined(self, left: int, right: int) -> bool:
        return (self.mentions[left][3] == self.mentions[right][3] == "PERSON"
                and self.text[self.mentions[left][1]:self.mentions[right][0]].strip().lower() in SPEAKER_COORDINATORS)

    def body_subject_before(self, offset: int) -> tuple[int, str] | None:
        """(start, entity id) of the organisation that is a subject (near its sentence's start or before its verb, not
        governed) latest before `offset`, in its sentence or the one before (`Lintas belum puas dengan hasil lewat AMP.
        Mereka menilai ...`: Lintas, not AMP, which `lewat` governs)."""
        opens = self.sentence_start(max(0, self.sentence_start(offset) - 1))
        for position in range(bisect_left(self.starts, offset) - 1, -1, -1):
            start, _, entity_id, type_ = self.mentions[position]
            if start < opens:
                return None
            if type_ == "ORG" and self._as_subject(position) is not None:
                return start, entity_id
        return None

    def sentence_start(self, offset: int) -> int:
        return self.sentence_starts[max(0, bisect_left(self.sentence_starts, offset + 1) - 1)] if self.sentence_starts else 0

    def _pronoun_subject_after(self, opens: int, start: int, end: int) -> bool:
        """A name inside the words that open its sentence, then a pronoun opening a later clause (`Usai rapat di Gedung
        Rina, Sabtu, dia mengatakan`): the pronoun is the sentence's subject, as when it opens the sentence. Not a name
        opening the sentence (`Rina tiba di Bandung, ia lalu ...`: Rina is the pronoun's)."""
        if all(w.lower() in SUBJECT_OPENERS or not w[0].isalnum() or w[0].isupper()
               for w in WORD_BEFORE.findall(self.text, opens, start)):
            return False
        sentence_end = next((s for s in self.sentence_starts if s > end), len(self.text))
        return any(PRONOUN_OPENER.match(part.group(0)) for part in CLAUSE_PART.finditer(self.text[end:sentence_end]))

    def _speaks_later(self, position: int) -> bool:
        """The person is the last one named before its sentence's verb, and that verb is a speech verb (`Dedi, kepala
        regu pemadam yang tiba pertama, menuturkan, ...`): the one who speaks, however long the description between."""
        start, end = self.mentions[position][0], self.mentions[position][1]
        following = next((m[0] for m in self.mentions[position + 1:] if m[3] == "PERSON"), len(self.text))
        sentence_end = next((s for s in self.sentence_starts if s > start), len(self.text))
        limit = min(following, sentence_end)
        for part in CLAUSE_PART.finditer(self.text[end:limit]):
            if part.group(0).split()[:1] == ["yang"]:
                continue  # `Rina, yang juga menjadi pembicara, mengatakan`: a relative clause's verb is not the sentence's
            previous = ""
            for word in WORD.finditer(part.group(0)):
                lower = word.group(0).lower()
                if lower in SUBJECT_PRONOUNS:
                    return False  # `untuk Rina ia berkata`: the pronoun is the verb's subject
                if speech_verbs().get(lower, ("", ""))[1] == "men":
                    return not self._in_quote(end + part.start() + word.start())
                if ACTIVE_VERB.fullmatch(lower) and previous != "yang":  # `dalam waktu yang berbeda mengatakan`
                    return False  # the sentence's verb says something else (`nama Rina mencuat setelah melaporkan`)
                previous = lower
        return False

    def _identified(self, start: int, end: int) -> bool:
        """The name closes its sentence right after `adalah` or `ialah` (`Salah satu warga yang memprotes adalah Rina (53).`):
        the sentence identifies the person it is about."""
        words = WORD_BEFORE.findall(self.text, max(self.sentence_start(start), start - 30), start)
        following = bisect_right(self.sentence_starts, start)
        sentence_end = self.sentence_starts[following] if following < len(self.sentence_starts) else len(self.text)
        return (bool(words) and words[-1].lower() in IDENTIFYING_COPULAS
                and IDENTIFIED_CLOSE.fullmatch(self.text, end, sentence_end) is not None)

    def _agent_of_passive_speech(self, opens: int, start: int) -> bool:
        """The name is the agent of a passive speech verb (`Hal senada disampaikan pula oleh Ketua X Rina`, `diungkapkan
        Rina`): the titles and roles before it aside, the verb, then adverbs or `oleh`, come right before it."""
        tokens = WORD_BEFORE.findall(self.text, max(opens, start - 120), start)
        while tokens and (tokens[-1][:1].isupper() or tokens[-1].lower() in ROLE_WORDS):
            tokens.pop()
        while tokens and tokens[-1].lower() in PASSIVE_AGENT_WORDS:
            tokens.pop()
        return bool(tokens) and speech_verbs().get(tokens[-1].lower(), ("", ""))[1] == "passive"

    def speaks_after(self, end: int) -> bool:
        """A speech verb, or a verb set off by a comma, follows the name: it speaks. Not `menurut`, which cites someone
        else about it (`Posisi Rina, menurut dia, ...`)."""
        word = SPEECH_AFTER.match(self.text, end)
        return word is not None and word.group(1).lower() != "menurut" and (
            word.group(1).lower() in speech_verbs() or REPORTS.match(self.text, end) is not None)

