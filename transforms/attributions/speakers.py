"""A speaker phrase to an entity: the phrase goes through SPEAKER_RULES in order and the first rule that
answers gives (entity id or None, the rule's name)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from transforms.attributions.context import (ACTIVE_VERB, KIN_WORDS, LEAD_DASH, NAMING_ROLE_WORDS, NON_SPACE, SPEAKER_COORDINATORS,
                                             SpeakerContext)
from transforms.entities.reading import STATE_HEADS
from transforms.lexicon import city_names, continues_subject, corpus_vocabulary, phrase_set, speech_verbs, word_set

UNNAMED_HEADS = word_set("unnamed_speaker_heads.txt")
PRONOUNS = word_set("pronouns.txt")
GROUP_PRONOUNS = frozenset({"mereka"})  # third person plural (KBBI): a group or a body, never one person
TITLE_PHRASES = phrase_set("titles.txt")
TITLE_OPENINGS = tuple(" ".join(title) + " " for title in TITLE_PHRASES)  # a phrase opened by a title starts with one
BODY_HEADS = word_set("body_description_heads.txt")
PARTY_WORDS = word_set("party_words.txt")
SIDE_HEADS = word_set("side_heads.txt")
STATEMENT_NOUNS = word_set("statement_nouns.txt")
ROLE_JOINERS = word_set("role_joiners.txt")
DEMONSTRATIVES = frozenset({"ini", "itu", "tersebut"})
AGENT_SETTING_WORDS = word_set("agent_setting_words.txt")
DESCRIPTION_MODIFIERS = word_set("description_modifiers.txt")
ACRONYM = re.compile(r"[A-Z]{2,8}")
RELATIVE_AFTER_NAME = re.compile(r"\s*,\s*yang\b")  # `Rina, yang juga ...`: a relative clause describing the name
HONORIFIC_WORDS = 3  # words of address or degree before a name after an apposition's comma (`dr. I Gusti`)
ORDINARY_WORDS = word_set("common_words.txt") | word_set("lowercase_words.txt") | PRONOUNS

Answer = tuple[str | None, str]


@dataclass
class Phrase:
    """The speaker phrase text[start:end] of a quote starting at `quote_start`, and the mentions inside it."""

    start: int
    end: int
    quote_start: int
    text: str  # stripped
    found: list[tuple[int, int, str, str]]

    @property
    def lower(self) -> str:
        return self.text.lower()

    @property
    def people(self) -> list[tuple[int, int, str, str]]:
        return [m for m in self.found if m[3] == "PERSON"]


def continued_subject(ctx: SpeakerContext, phrase: Phrase) -> Answer | None:
    """`Rina tiba di Bandung, dan mengakui bahwa ...`: a phrase that is only a conjunction (and adverbs) has no subject
    of its own; the subject of the clause before, the sentence subject named last before it, goes on speaking."""
    if not continues_subject(phrase.lower.split()):
        return None
    subject = ctx.subject_before(phrase.start)
    return (subject[1] if subject else None), "continued_subject"


def pronoun_reference(ctx: SpeakerContext, phrase: Phrase) -> Answer | None:
    """`ujarnya`, `kata dia`, `kata pemain film tersebut`: someone named before. The quoted speaker of the
    subject's own sentence or a later one outranks the subject (`"...," ujar Rina, yang datang bersama
    Budi Santoso.` then `ujarnya`: Rina), and so does it a later subject that quote named (`Rina meminta polisi
    memeriksa laporan Budi. Budi melapor pekan lalu. “...,” ujarnya.`: Rina) unless a speech verb makes that subject
    speak in this quote's paragraph (`Budi mengatakan hal senada. Menurutnya, ...`), and so does it a subject the quote
    itself names (`ustadz Amin` ... `“..., ustadz selalu ...,” katanya`: not Amin); then the sentence subject; then the
    last person named. A description with
    a demonstrative (`Pemain berusia 26 tahun itu`) or opened by `sang` (`sang pelatih`) is the speaker of the latest
    quote when no sentence subject came after it (`“...,” ucap Rina. Politikus itu mengatakan ...`), else the sentence
    subject when the document names it in two sentences or more (`Untuk acara itu, Rina rela terbang ... . Dalam video di X,
    pria berusia 30 tahun itu mengaku`: not X, however often a mistyped name recurs; not a name in passing), else the
    closest person the document names in the most sentences (two or more), the closest of equals; one whose head is a body's (`Media itu`, `perusahaan tersebut`) is the
    body named last in the two sentences before, or no one; one whose head names a statement (`bunyi pernyataan itu`)
    is the subject of a sentence before, who made it."""
    lower, start = _without_trailing_words(phrase, _without_glued_pun(_pronoun_before_adverbials(phrase))), phrase.start
    if lower.rsplit(", ", 1)[-1] in PRONOUNS and not phrase.people:
        lower = lower.rsplit(", ", 1)[-1]  # `Selama Ramadhan, ia menjelaskan, ...`: an adverbial before the pronoun
    words = lower.split()
    named_after_role = words[:1] == ["sang"] and phrase.text.split()[-1][:1].isupper()  # `sang gitaris Riko`: that person
    described = (words[-1:] != [] and words[-1] in DEMONSTRATIVES or words[:1] == ["sang"] and not named_after_role) and (
        not phrase.people or _named_inside_description(ctx, phrase, words)) or _described_by_attribute(phrase, words)
    if not (lower in PRONOUNS or lower == "nya" or described):
        return None
    if described and words[0] in BODY_HEADS:  # `Media itu`: a body, never a person; the one just named, else the one
        at = min(start, phrase.quote_start)    # the document follows
        return ctx.body_before(at) or ctx.protagonist_before(at, "ORG"), "body_reference"
    if described and words[0] in STATEMENT_NOUNS and (subject := ctx.subject_before(min(start, phrase.quote_start))):
        return subject[1], "pronoun_sentence_subject"  # `bunyi pernyataan itu`: the statement of the subject before
    if described and (holder := ctx.role_holder(words, min(start, phrase.quote_start))):
        return holder, "role_reference"  # `sang pelatih` after `pelatih Rina Sari`: Rina, whoever spoke last
    subject = ctx.subject_before(min(start, phrase.quote_start))
    if described and len(words) > 1 and ctx.last_speaker and (
            subject is None or ctx.sentence_start(ctx.last_speaker[0]) >= ctx.sentence_start(subject[0])):
        return ctx.last_speaker[1], "pronoun_previous_speaker"  # `“...,” ucap Rina. Politikus itu mengatakan ...`
    if described and len(words) > 1 and subject is not None and (
            ctx.followed(subject[1], min(start, phrase.quote_start)) or _introduced_just_before(ctx, subject[0], phrase)):
        return subject[1], "pronoun_sentence_subject"  # the person the sentence before is about, not a name in passing
    if described and len(words) > 1 and (named := ctx.protagonist_before(min(start, phrase.quote_start))):
        return named, "pronoun_previous_person"  # `Pemain berusia 26 tahun itu`: the person the document follows
    quote_end = next((e for s, e in ctx.quote_spans if s == phrase.quote_start), phrase.quote_start)
    if ctx.last_speaker and (subject is None or ctx.sentence_start(ctx.last_speaker[0]) >= ctx.sentence_start(subject[0])
                             or subject[1] in ctx.last_topics  # whom the speaker just talked about does not take over
                             and not _speaks_in_paragraph(ctx, subject[0], min(start, phrase.quote_start))
                             or subject[1] in ctx.named_in(phrase.quote_start, quote_end)):  # nor whom this quote names
        return ctx.last_speaker[1], "pronoun_previous_speaker"
    quoted_names = {m[2] for m in ctx.inside(phrase.quote_start, quote_end)}
    if subject is not None and subject[1] in quoted_names and (
            earlier := ctx.subject_before(ctx.sentence_start(subject[0]))) is not None and earlier[1] not in quoted_names:
        return earlier[1], "pronoun_sentence_subject"  # whom the quote names (`Pak Budi sudah sembuh`) is not its speaker
    if subject is not None:
        return subject[1], "pronoun_sentence_subject"
    return ctx.person_before(min(start, phrase.quote_start)), "pronoun_previous_person"


def _described_by_attribute(phrase: Phrase, words: list[str]) -> bool:
    """`pria asal Sukamaju`, `pemain kelahiran 1990`, `pelatih 51 tahun`, `Pria beristrikan Rina Sari`: a noun in lower
    case (no name, no pronoun) then its origin, birth, age or marriage (data/description_modifiers.txt): someone the
    article named before, with no closing demonstrative. Any name in the phrase comes after that word, describing."""
    written = phrase.text.split()
    if len(words) < 2 or len(written) != len(words) or words[0] in PRONOUNS or not words[0].isalpha():
        return False
    if phrase.found and phrase.found[0][0] == phrase.start:
        return False  # opened by a name (`Rina asal Sukamaju`): the named_person rule's
    aged = words[1].isdigit() and words[2:3] == ["tahun"]
    return (words[1] in DESCRIPTION_MODIFIERS or aged) and all(w[:1].islower() for w in written[:2])


def _introduced_just_before(ctx: SpeakerContext, subject: int, phrase: Phrase) -> bool:
    """The subject named at `subject` is the free subject (no word governs it) of the sentence right before the
    description's, and that sentence shares a word with the description (`Ketua Partai Maju Rina mengalami ... . Politikus
    Partai Maju itu mengaku`): the person just introduced, whom the description is about, however rarely the document
    named them before. Not a name an object's or a relative's word governs (`Benturan kepalanya dengan Rina, membuat`),
    nor one of a line that describes no one (a related headline: `Rina di Atas Panggung: Keren!`)."""
    opens = ctx.sentence_start(subject)
    if opens != ctx.sentence_start(max(0, ctx.sentence_start(phrase.start) - 1)) or ctx.governed(subject):
        return False
    described = {w for w in phrase.lower.split() if len(w) > 3} - DEMONSTRATIVES
    return bool(described & set(ctx.text[opens:ctx.sentence_start(phrase.start)].lower().split()))


def _speaks_in_paragraph(ctx: SpeakerContext, subject: int, at: int) -> bool:
    """The subject named at `subject` speaks in the paragraph of the quote at `at` (`Sementara itu, Rina mengatakan hal
    senada. Menurutnya, ...`): the paragraph is about it now, whoever talked about it before. Across a paragraph break
    the last speaker goes on (`Budi melaporkan kasus itu ke polisi.¶“...,” ungkapnya.`)."""
    return ctx.speaks_at(subject) and "\n" not in ctx.text[subject:at]


def _named_inside_description(ctx: SpeakerContext, phrase: Phrase, words: list[str]) -> bool:
    """`mantan hakim Pengadilan Sukamaju ini`, `pelantun hit Senja itu`: a name between the description's words and its closing
    demonstrative completes the description (a court, a song, a relative's name), no one speaking; the phrase points
    back. Not a phrase opened by the name (`Rina itu`), nor a name a relative clause set off by a comma describes up to
    the demonstrative (`Ketua Dewan Pers Rina, yang juga hadir dalam diskusi itu`: the demonstrative is the clause's,
    the name heads the phrase), unless a word of kin governs it (`istri Rina, yang ... itu`: his wife)."""
    first, first_end = phrase.people[0][0], phrase.people[0][1]
    if RELATIVE_AFTER_NAME.match(ctx.text, first_end) and not KIN_WORDS & set(ctx.text[phrase.start:first].lower().split()):
        return False
    return words[-1] in DEMONSTRATIVES and first > phrase.start and not ctx.text[phrase.start:first].strip().endswith(",")


def _without_trailing_words(phrase: Phrase, lower: str) -> str:
    """`Perempuan 50 tahun itu sebelumnya`, `suami dari Rina tersebut bicara`: a description closed by a demonstrative,
    then lower-case words (an adverb, the start of the predicate) that say nothing of who; the description alone. Not
    a phrase opened by a name (`Sukamaju selama ini berupaya`)."""
    words, written = lower.split(), phrase.text.split()
    if len(words) != len(written) or phrase.found and phrase.found[0][0] == phrase.start:
        return lower
    closing = max((i for i, w in enumerate(words[1:-1], 1) if w in DEMONSTRATIVES), default=None)
    if closing is None or not all(w[:1].islower() and w not in PRONOUNS for w in written[closing + 1:]):
        return lower  # `Momentum tersebut mereka manfaatkan`: a subject of its own after the demonstrative
    return " ".join(words[:closing + 1])


def _pronoun_before_adverbials(phrase: Phrase) -> str:
    """`Ia bahkan dengan tegas`, `dia masih`: a pronoun, then lower-case words naming no one (adverbs, a manner) before
    the verb; the pronoun alone is the subject."""
    words, written = phrase.lower.split(), phrase.text.split()
    if (len(words) > 1 and words[0] in PRONOUNS and not phrase.found
            and all(w[:1].islower() and w.lower() not in PRONOUNS for w in written[1:])):
        return words[0]
    return phrase.lower


def _without_glued_pun(lower: str) -> str:
    """`Pengusaha muda itupun`, `iapun`: the particle -pun glued to a closing demonstrative or a pronoun left out."""
    head, _, last = lower.rpartition(" ")
    if last.endswith("pun") and last[:-3] in PRONOUNS | DEMONSTRATIVES:
        return f"{head} {last[:-3]}".lstrip()
    return lower


def group_reference(ctx: SpeakerContext, phrase: Phrase) -> Answer | None:
    """`Mereka menilai ...`, `kata mereka`: a group, never one person taken alone. Whoever spoke (a band, a body), a body
    that was a subject, or the first of people joined as a subject (`Rina dan Budi menegaskan`), latest in this sentence
    or the one before (`“...,” ujar Lintas Band. “...,” tambah mereka`; `Lintas belum puas. Mereka menilai`), else a
    group the text does not name (`sejumlah warga ... . Mereka menuntut`): no one."""
    if _without_glued_pun(phrase.lower) not in GROUP_PRONOUNS:
        return None
    at = min(phrase.start, phrase.quote_start)
    opens = ctx.sentence_start(max(0, ctx.sentence_start(at) - 1))
    subject = ctx.subject_before(at)
    joined = ctx.first_of_joined(subject[0]) if subject else None
    found = [named for named in (ctx.last_speaker, ctx.last_body_speaker, joined, ctx.body_subject_before(at))
             if named is not None and named[1] is not None and named[0] >= opens]
    return (max(found)[1] if found else None), "group_reference"


def party_reference(ctx: SpeakerContext, phrase: Phrase) -> Answer | None:
    """`Pihaknya memastikan ...`: the body or its spokesperson just named: the speaker of the latest attributed quote
    when it spoke in this sentence or the one before, else the organisation named last there, else the sentence
    subject."""
    if phrase.lower not in PARTY_WORDS:
        return None
    at = min(phrase.start, phrase.quote_start)
    if ctx.last_speaker and ctx.last_speaker[0] >= ctx.sentence_start(max(0, ctx.sentence_start(at) - 1)):
        return ctx.last_speaker[1], "party_reference"
    if (body := ctx.body_before(at)) is not None:
        return body, "party_reference"
    subject = ctx.subject_before(at)
    return (subject[1] if subject else None), "party_reference"


def title_reference(ctx: SpeakerContext, phrase: Phrase) -> Answer | None:
    """`kata Presiden`: the person the document calls so; `KSAL menegaskan`: the person named right after the title the
    document abbreviates so (`Kepala Staf Angkatan Laut (KSAL) Laksamana Tono`)."""
    lower = phrase.lower
    if (lower,) in TITLE_PHRASES or tuple(lower.split()) in TITLE_PHRASES:
        titled = ctx.titled_before(lower, phrase.quote_start) or ctx.title_holder(phrase.text, min(phrase.start, phrase.quote_start))
        if titled is not None:
            return titled, "title_reference"
    if ACRONYM.fullmatch(phrase.text) and (holder := ctx.title_acronym_holder(phrase.text, min(phrase.start, phrase.quote_start))):
        return holder, "title_reference"
    if not phrase.found and " " not in phrase.text and phrase.text[:1].isupper() and not phrase.text.isupper() and (
            holder := ctx.abbreviated_title_holder(phrase.text, min(phrase.start, phrase.quote_start))):
        return holder, "title_reference"  # `kata Menpora` after `Menteri Pemuda dan Olahraga Rudi`
    return None


def person_in_body_name(ctx: SpeakerContext, phrase: Phrase) -> Answer | None:
    """`Ketua Bawaslu Rudi Santoso`, `Komisaris Besar Polisi Rudi Santoso`, `Menteri Koordinator bidang Politik, Hukum, dan
    Keamanan Rudi`: a phrase opened by an office whose last name, read as a body or place (`Bawaslu Rudi Santoso`), ends
    with words the document writes alone as a person's name: that person. The office's words were glued to the name; a
    single word of the corpus's vocabulary or a city (`Tim Advokasi Novel`, `Kepolisian New York`), or the short form of a
    longer name the document writes (`Klinik Seven Brown` ... `Bobbi Brown`), is no such name."""
    found = phrase.found
    if not found or found[-1][3] == "PERSON" or not phrase.lower.startswith(TITLE_OPENINGS):
        return None
    last = found[-1]
    if ctx.text[last[1]:phrase.end].strip(" ,."):
        return None  # the body's name does not close the phrase: no name slot
    words = ctx.text[last[0]:last[1]].split()
    for cut in range(1, len(words)):
        tail = words[cut:]
        if len(tail) == 1 and (tail[0].lower() in corpus_vocabulary() or tail[0] in city_names()):
            continue
        person = ctx.person_written(" ".join(tail), phrase.quote_start)
        if person is not None and (len(tail) > 1 or ctx.written_alone(person)):
            return person, "person_in_body_name"
    return None


def apposition(ctx: SpeakerContext, phrase: Phrase) -> Answer | None:
    """`ajudan Gubernur Rudi, Sinta Dewi`, `Direktur RS Sukamaju, dr. Sinta Dewi`: the person right after the comma
    (up to three words of address or degree before the name); `Sinta Dewi, Direktur ...`
    and `Rina, yang juga ...`, `Rina, di Bandung, ...`: the person before it. With no person on either side, a body's
    or place's name closing the phrase after an office that names no one (`Kepala Dinas Sukamaju, Rudi`): that name,
    a person's the entity stage typed otherwise."""
    comma = phrase.text.rfind(", ")
    if comma < 0:
        return None
    raw = ctx.text[phrase.start:phrase.end]
    offset = phrase.start + len(raw) - len(raw.lstrip())
    people = phrase.people
    after = [m for m in people if m[0] >= offset + comma + 2][:1]
    if after and not _led_by_honorific(ctx, phrase, offset + comma + 2, after[0][0]):
        after = []
    before_comma = [m for m in people if m[0] < offset + comma]
    if after and not (before_comma and before_comma[0][0] == offset):
        return after[0][2], "apposition"
    if before_comma:
        return before_comma[-1][2], "named_person"
    named = [m for m in phrase.found if m[0] >= offset + comma + 2]
    if (len(named) == 1 and not ctx.text[named[0][1]:phrase.end].strip(" ,.")
            and _led_by_honorific(ctx, phrase, offset + comma + 2, named[0][0])
            and ctx.named_after_office(named[0][0], named[0][1], phrase.start)):
        return named[0][2], "apposition"  # `Kepala Pusat Penerangan TNI, Rudi`: a name the entity stage typed otherwise
    return None


def _led_by_honorific(ctx: SpeakerContext, phrase: Phrase, start: int, person: int) -> bool:
    """Nothing, or up to three capitalised or abbreviated words naming no one else (`dr.`, `Prof.`, `dr. I Gusti`), between
    the comma and the person; not a relative clause (`Rina, yang juga warga Sukamaju`)."""
    words = ctx.text[start:person].split()
    return (len(words) <= HONORIFIC_WORDS and all(w[:1].isupper() or w.endswith(".") for w in words)
            and not any(start <= m[0] < person for m in phrase.found))


def named_person(ctx: SpeakerContext, phrase: Phrase) -> Answer | None:
    """`CEO Toko Maju Jaya Rina Sari`: the office comes first, so the name is the last person in the phrase; in
    `Rina Sari selaku mantan pemilik Toko Maju`, the role follows its holder, the last person before the joiner, and in
    `Kapolres Rina melalui Kapolsek Budi`, the one who relays follows; in `Rina membela Budi dan`, the subject of the
    verb speaks; of joint speakers (`Rina / Dewi`, `Rina dan
    Dewi`), the first named speaks for both."""
    people = phrase.people
    joiner = next((m.start() for m in NON_SPACE.finditer(ctx.text[phrase.start:phrase.end]) if m.group(0) in ROLE_JOINERS), None)
    if joiner is not None and (holders := [p for p in people if p[1] <= phrase.start + joiner]):
        people = holders
    verb = next((m.start() for m in NON_SPACE.finditer(ctx.text[phrase.start:phrase.end])
                 if ACTIVE_VERB.fullmatch(m.group(0)) and m.group(0) not in PRONOUNS), None)
    if verb is not None and (subjects := [p for p in people if p[1] <= phrase.start + verb]):
        people = subjects  # `Rina membela Budi dan menegaskan`: the subject before its verb speaks, not its object
    while len(people) > 1 and ctx.text[people[-2][1]:people[-1][0]].strip().lower() in SPEAKER_COORDINATORS:
        people = people[:-1]  # `Nadia / Tari mengaku`, `Rina dan Budi mengatakan`: joint speakers, the first named
    return (people[-1][2], "named_person") if people else None


def named_organisation(ctx: SpeakerContext, phrase: Phrase) -> Answer | None:
    """An organisation in the phrase, unless the phrase describes an unnamed speaker or opens with a title
    (`pejabat Kementerian X`, `Direktur Bank Y`), where only a phrase opened by an organisation's head counts: the one
    opening the phrase, else the last."""
    lower = phrase.lower
    first_word = lower.split()[0] if lower.split() else ""
    orgs = [m for m in phrase.found if m[3] == "ORG"]
    if not orgs:
        return None
    opens_with_title = lower.startswith(TITLE_OPENINGS)
    if not opens_with_title and first_word not in UNNAMED_HEADS - {"badan", "lembaga"} or first_word in word_set("org_heads.txt"):
        return (_opening_body(ctx, phrase) or orgs[-1][2]), "named_organisation"
    return None


def _opening_body(ctx: SpeakerContext, phrase: Phrase) -> str | None:
    """The body whose name opens the phrase (after an outlet's dateline, `Lintas - `): the one speaking, not a body
    it names after it (`Polisi Sukamaju melalui akun Lintas`, `X sebagaimana dikutip Lintas`, `X, lembaga di Y`, `X dan
    Y`: the first of joint speakers)."""
    raw = ctx.text[phrase.start:phrase.end]
    dateline = list(LEAD_DASH.finditer(raw))
    opening = phrase.start + (dateline[-1].end() if dateline else 0)
    first = next((m for m in phrase.found if m[0] >= opening), None)
    if first is not None and first[3] == "ORG" and not ctx.text[opening:first[0]].strip():
        return first[2]
    return None


def named_body(ctx: SpeakerContext, phrase: Phrase) -> Answer | None:
    """A body or place opening the phrase (`Beijing menegaskan`), or a place after the words of its state alone
    (`pemerintah Norwegia mengatakan`: the country speaks)."""
    found = phrase.found
    if found and found[0][0] == phrase.start and found[0][3] in ("ORG", "LOC"):
        return found[0][2], "named_body"
    if len(found) == 1 and found[0][3] == "LOC" and not ctx.text[found[0][1]:phrase.end].strip() and (
            state := ctx.text[phrase.start:found[0][0]].lower().split()) and all(w in STATE_HEADS for w in state):
        return found[0][2], "named_body"
    return None


def body_after_side_head(ctx: SpeakerContext, phrase: Phrase) -> Answer | None:
    """`Pihak Microsoft menyebutkan`, `menurut laporan Kabar Pagi`: a word standing for a body's side opens the phrase
    and the body or place follows it: that body speaks (`pihak` alone, or before a member, `pejabat`, stays unnamed)."""
    found = phrase.found
    if found and found[0][3] in ("ORG", "LOC") and len(head := ctx.text[phrase.start:found[0][0]].lower().split()) == 1 and (
            head[0] in SIDE_HEADS):
        return found[0][2], "body_after_side_head"
    return None


def named_in_document(ctx: SpeakerContext, phrase: Phrase) -> Answer | None:
    """`kata Raden`, `tutur Amin`: a word read as a title or an ordinary word, but the document names a
    person with it (`Raden Pardede`): the nearest such person. A single word typed in lower case that is no
    ordinary word (`kata eko`) is looked up the same way, whatever its case."""
    words = phrase.text.split()
    if phrase.found or not 1 <= len(words) <= 2:
        return None
    if all(w[:1].isupper() for w in words):
        named = ctx.person_named_with(words, phrase.quote_start)
    elif len(words) == 1 and words[0].isalpha() and words[0].lower() not in ORDINARY_WORDS:
        named = ctx.person_named_with([words[0].capitalize()], phrase.quote_start)
    else:
        return None
    return (named, "named_in_document") if named is not None else None


def role_alone(ctx: SpeakerContext, phrase: Phrase) -> Answer | None:
    """`ujar jaksa`, `kata pelatih`: role words alone, no name and no demonstrative, where the document puts one of them
    right before one person's name and before no other's: that person, as for `sang pelatih`."""
    words = phrase.lower.split()
    if phrase.found or not words or not all(w in NAMING_ROLE_WORDS for w in words):
        return None
    holder = ctx.role_holder(words, min(phrase.start, phrase.quote_start))
    return (holder, "role_reference") if holder is not None else None


def unnamed(ctx: SpeakerContext, phrase: Phrase) -> Answer:
    """A role with no name of a person or body (`juru bicara Istana`, `beberapa laporan`): no entity."""
    return None, "unnamed"


SPEAKER_RULES = (continued_subject, group_reference, pronoun_reference, party_reference, title_reference, person_in_body_name, apposition, named_person,
                 named_organisation, named_body, body_after_side_head, named_in_document, role_alone, unnamed)


# a name in quotation marks inside a speaker phrase is a work's title (`pemain film ‘Laskar Pelangi’ itu`), no one speaking
QUOTED_TITLE = re.compile(r"[‘“'\"][^‘’“”'\"]{1,60}[’”'\"]")
NAME_TAIL = re.compile(r"[^\n‘’“”\"]{1,40}")  # the rest of a name past a phrase's end: on its line, no quotation mark


def resolve_speaker(ctx: SpeakerContext, start: int, end: int, quote_start: int) -> Answer:
    """(entity id, rule name) for the speaker phrase text[start:end] of a quote starting at `quote_start`."""
    titled = [(m.start(), m.end()) for m in QUOTED_TITLE.finditer(ctx.text, start, end)]
    found = [m for m in ctx.inside(start, end) if not any(s <= m[0] and m[1] <= e for s, e in titled)]
    phrase = Phrase(start, end, quote_start, ctx.text[start:end].strip(), found)
    if _setting_after_passive_cue(ctx, phrase):
        entity_id, _ = pronoun_reference(ctx, Phrase(start, end, start, "nya", []))  # the statement before counts
        return entity_id, "agentless_passive"
    return next(answer for rule in SPEAKER_RULES if (answer := rule(ctx, phrase)) is not None)


def past_a_cut_name(ctx: SpeakerContext, start: int, end: int) -> int:
    """The phrase's end, or the end of a name it cuts on its line (`Duta Besar Cho Tae - | yong`: a dash the phrase
    stopped at joins the name's syllables), so the name the phrase holds is found whole."""
    crossing = [m[1] for m in ctx.mentions_across(end) if start <= m[0] and NAME_TAIL.fullmatch(ctx.text, end, m[1])]
    return max(crossing, default=end)


def _setting_after_passive_cue(ctx: SpeakerContext, phrase: Phrase) -> bool:
    """`Pernyataan itu disampaikan di hadapan para pemimpin dunia`, `Hal itu dikatakan usai rapat`: the words after a
    passive speech cue say where, when or to whom, no agent; the speaker goes on as after `-nya`."""
    words = phrase.lower.split()
    before = ctx.text[max(0, phrase.start - 30):phrase.start].split()
    return (bool(words) and words[0] in AGENT_SETTING_WORDS and bool(before)
            and speech_verbs().get(before[-1].lower(), ("", ""))[1] == "passive")
