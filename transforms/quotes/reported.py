"""Reported speech without quotation marks: each sentence with no quote in it goes through the sieves of
REPORTED_SPEECH_SIEVES in order, and the first that finds a statement there wins."""

from __future__ import annotations

import re
from itertools import dropwhile, takewhile

from transforms.common import alternation, overlaps
from transforms.lexicon import corpus_vocabulary, known_names, speech_verbs, word_set
from transforms.quotes.context import (
    CHANNEL_HEADS,
    CLOSING_REACH,
    CLOSING_SOURCE,
    MAX_SPEAKER_CHARS,
    Quote,
    QuoteContext,
    add_unique,
    attach_post,
    attach_pre,
    cited_source,
    clause_stop,
    matched,
    medium_bounds,
    names_medium,
    names_source,
    opening_report,
    outlet_reporter,
    own_outlet,
    REPORT_VERBS,
    report_sources,
    source_bounds,
)
from transforms.quotes.clause_model import THRESHOLD as CLAUSE_THRESHOLD
from transforms.quotes.clause_model import statement_probability
from transforms.quotes.patterns import AMBIGUOUS_MARKS, CLOSE_MARKS, Guarded, source_cues
from transforms.quotes.speakers import DEMONSTRATIVES, NON_SPACE, speaker_after, speaker_before, trim

MIN_INDIRECT_WORDS = 4
CLAUSE_MODEL_RULE = "indirect_clause_model"  # a statement the clause model read where the rules' clause test found none
CLAUSE_MODEL_CONFIDENCE = 0.5  # below the rules' 0.6 for a clause with no link: the model's reading, not a predicate word
# the words of the cues naming an intermediary (`dilaporkan`, `diberitakan`): alone they report news, not a statement
SOURCE_CUE_WORDS = {word for kind in ("source", "interview", "medium") for phrase in source_cues(kind) for word in phrase.split()}
CONTINUED_REACH = 600  # characters between a quotation with no cue and the attributed quote whose speaker it takes
PASSIVE_SUBJECT_WORDS = 3  # words of the statement before a passive cue set inside it
STATEMENT_NOUNS = word_set("statement_nouns.txt")
SUBJECT_ADVERBS = word_set("subject_adverbs.txt")
MEDIA_WORDS = word_set("media_words.txt")
NOT_SPEAKERS = word_set("not_speakers.txt")
PRONOUNS = word_set("pronouns.txt")
NEGATION_REACH = 30  # characters before a cue where its negation can stand
NEGATION_BEFORE = re.compile(r"\b(?:tak|tidak|belum|enggan|bukan|menolak)\s+(?:(?:mau|ingin|bisa|dapat|pernah|akan|juga|lagi)\s+)?$",
                             re.IGNORECASE)
CLAUSE_PREDICATES = word_set("clause_predicates.txt")
DENIAL_VERBS = word_set("denial_verbs.txt")
OBJECT_PREPOSITIONS = word_set("object_prepositions.txt")
TOPIC_PREPOSITIONS = word_set("topic_prepositions.txt")
PLACE_PREPOSITIONS = word_set("place_prepositions.txt")
JUDGEMENT_ADJECTIVES = word_set("judgement_adjectives.txt")  # mined: scripts/mine_adjectives.py
DEGREE_ADVERBS = word_set("degree_adverbs.txt")
ROOT_WORDS = word_set("root_words.txt")
# shaped like verbs, no predicate of a reported clause: prepositions (`menjelang`, `melalui`) and ber- verbs describing
# the noun before them (`bernama`, `berisi`)
NOT_PREDICATE_VERBS = word_set("preposition_verbs.txt") | word_set("attributive_verbs.txt")
PURPOSE_CONJUNCTIONS = word_set("purpose_conjunctions.txt")
OBLIGATION_MODALS = word_set("obligation_modals.txt")
ADDRESSEES = word_set("addressee_words.txt") | word_set("person_roles.txt") | word_set("unnamed_speaker_heads.txt")
# adverbs a predicate may open with (`mengaku sering mendapat`, `untuk selalu menjaga`)
PREDICATE_ADVERBS = word_set("frequency_adverbs.txt") | DEGREE_ADVERBS | (SUBJECT_ADVERBS - CLAUSE_PREDICATES)
OPENER_WORDS = 2  # discourse words before an opening `menurut` (`Namun`, `Tetapi`, `Akan tetapi`)
ACTIVE_VERB = re.compile(r"(?:me|ber)[a-z]{3,}")
# prepositions shaped like verbs (`melalui`, `mengenai`, `menuju`): after a demonstrative they open no predicate
PREPOSITION_WORDS = OBJECT_PREPOSITIONS | word_set("place_prepositions.txt") | word_set("adverbial_leads.txt")
# before a verb, words that make it no object's verb: a relative clause or a verb coordinated with the request
# (`meminta doa dan membacakan ikrar`); a comma ends the object (`meminta maaf, Rina membungkuk`)
REQUEST_LINKS = frozenset({"untuk"})  # `meminta warga untuk menjaga ...`: links an object to what it is asked to do
NOT_OBJECT_VERB = frozenset({"yang", "dan", "serta", "lalu", "kemudian", "sambil", "seraya", "sebelum", "setelah"})
ACCORDING_OPENER = re.compile(r"\s*(?:\w+\s+){0,2}?[Mm]enurut(?:nya)?\b")
# `Kendati Rina menyebut ...,`: not `Meski begitu Rina mengatakan`, a connective (speakers.py leaves it out of the subject)
CONCESSIVE_OPENER = re.compile(rf"\s*(?:{alternation(word_set('concessive_openers.txt'))})\s+"
                               rf"(?!(?:{alternation(word_set('connective_closers.txt'))})\b)", re.IGNORECASE)
CLAUSE_SUBJECT_WORDS = 6  # `dana yang tersimpan saat ini bukan ...`: the subject of a reported clause
TIME_LEADS = word_set("time_conjunctions.txt")
LONG_SUBJECT_WORDS = 10  # `sistem pengawasan dan penegakan disiplin di tubuh lembaga itu perlu ...`: a predicate word
DATELINE_OR_CLAUSE = re.compile(r",|\s*[-–—](?:\s*[-–—])*\s+")  # what ends a dateline or a clause before the subject
INSIDE_STATEMENT = re.compile(r",(?:\s+\S+){%d}" % MIN_INDIRECT_WORDS)  # after `, menurut X`: the statement goes on
SOURCE_THEN_LINK = re.compile(r"\s*,\s*(?:bahwa\s+)?")
AFTER_MEDIUM = re.compile(r"[\s,:]*")
LATE_LINK = re.compile(r"\s*(?:[^\s,.;:“”\"]+\s+){0,3}?bahwa\s+", re.IGNORECASE)
# the name after a role and a comma, and where the speaker was (`Menurut dosen itu, Rina Sari di Malang, ...`)
INSIDE_APPOSITION = re.compile(
    r"\s*([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,4})(?:\s+di\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})?,")
FIRST_WORD = re.compile(r"\s*\w+")
COMMA = re.compile(r",\s*")  # a comma and the spaces after it


def reported_speech(doc: QuoteContext) -> None:
    """Every sentence outside boilerplate and quotes, with no quotation mark, through the sieves in order."""
    for index, (start, end) in enumerate(doc.sentences):
        if doc.excluded(start, end) or overlaps(start, end, ((q.start, q.end) for q in doc.quotes)):
            continue
        sentence = doc.text[start:end]
        if '"' in sentence or "“" in sentence or "”" in sentence:
            continue
        for sieve in REPORTED_SPEECH_SIEVES:
            if sieve(doc, index, start, end):
                break


def passive_statement(doc: QuoteContext, index: int, start: int, end: int) -> bool:
    """`Hal tersebut dikatakan (oleh) X.`: the statement is the sentence before."""
    match = doc.patterns["passive"].match(doc.text, start, end)
    if not match or index == 0:
        return False
    previous_start, previous_end = doc.sentences[index - 1]
    if doc.excluded(previous_start, previous_end):
        return False
    if overlaps(previous_start, previous_end, ((q.start, q.end) for q in doc.quotes)):
        return True  # `Rina menegaskan bahwa ... . Pernyataan itu disampaikan saat ...`: the statement pointed back to
                     # was read with its own cue; the sentence pointing back states nothing

    quote = matched(doc, trim(doc.text, previous_start, previous_end), "indirect_passive", match, 0.7)
    base = speech_verbs()[match.group("cue").lower()][0]
    if match.group("cue").lower().endswith("nya") and not base.endswith("nya"):
        quote.speaker_start, quote.speaker_end = match.end("cue") - 3, match.end("cue")  # `disampaikannya di Jakarta`
    add_unique(doc, quote)
    return True


def quoting_source(doc: QuoteContext, index: int, start: int, end: int) -> bool:
    """`..., kantor berita X mengutip pernyataan Y.`: Y speaks, X is the intermediary source."""
    match = doc.patterns["quoting"].search(doc.text, start, end)
    if not match:
        return False
    if not any(c.isupper() for c in match.group("source")):
        return False  # `..., karena beberapa kali mengutip kalimat bijak`: no outlet quotes there
    quote = matched(doc, trim(doc.text, start, match.start()), "indirect_quoting_source", match, 0.75)
    quote.via_cue, quote.via_start, quote.via_end = match.group("cue"), *trim(doc.text, match.start("source"), match.end("source"))
    if len(doc.text[quote.start:quote.end].split()) >= MIN_INDIRECT_WORDS:
        add_unique(doc, quote)
    return True


def passive_opener(doc: QuoteContext, index: int, start: int, end: int) -> bool:
    """`Dituturkan oleh Rina selaku manajer toko, ...`, `Disebut Rina, ...`: a passive cue and its agent open the
    sentence; what follows the comma is the statement."""
    match = doc.patterns["passive_opener"].match(doc.text, start, end)
    if not match or not match.group("cue")[:1].isupper():
        return False
    agent = (match.group("speaker") or "").split()
    if agent and agent[0].islower() and (agent[0] in CLAUSE_OPENERS or any(
            w in CLAUSE_PREDICATES or active_verb(w) or passive_verb(w) for w in agent)):
        return False  # `Disebutkan dalam laporan itu, ...`: where it was said; `Disebut sedang mengalami cedera, ...`:
                      # a clause about the subject, not who said it
    if not agent and match.group("cue").lower() in SOURCE_CUE_WORDS:
        return False  # `Dilaporkan, ...`: the news reported, no one's statement
    content = trim(doc.text, match.end(), end)
    if len(doc.text[content[0]:content[1]].split()) < MIN_INDIRECT_WORDS:
        return False
    if agent:
        quote = matched(doc, content, "indirect_passive_opener", match, 0.7)
    else:  # `Ditegaskan, ...`: the speaker goes on from the quotes before (continued_speakers)
        quote = Quote(*content, "indirect", "indirect_passive_opener", match.group("cue"), *match.span("cue"), confidence=0.5)
    add_unique(doc, quote)
    return True


def cue_opener(doc: QuoteContext, index: int, start: int, end: int) -> bool:
    """`Kata Rina, ...`, `Katanya, ...`: a bare cue, capitalised, opens the sentence with its speaker (a name, a pronoun
    or -nya) and a comma; what follows the comma is the statement."""
    match = doc.patterns["cue_opener"].match(doc.text, start, end)
    cue = match and (match.group("cue") or match.group("nya_cue"))
    if not cue or not cue[:1].isupper():
        return False
    content = trim(doc.text, match.end(), end)
    if len(doc.text[content[0]:content[1]].split()) < MIN_INDIRECT_WORDS:
        return False
    cue_start, cue_end = match.span("cue") if match.group("cue") else match.span("nya_cue")
    speaker = trim(doc.text, *match.span("speaker")) if match.group("cue") else (cue_end - 3, cue_end)
    add_unique(doc, Quote(*content, "indirect", "indirect_cue_opener", cue, cue_start, cue_end, *speaker, confidence=0.7))
    return True


def inside_cue(doc: QuoteContext, index: int, start: int, end: int) -> bool:
    """`..., sebut X, ...`, `Umumnya kata X, ...`, `..., disebutkan X, ...`: a cue and its speaker set inside the statement."""
    match = doc.patterns["inside"].search(doc.text, start, end)
    if match and speech_verbs()[match.group("cue").lower()][1] == "men" and not _names_someone(match.group("speaker")):
        match = None  # `Rina, pakar gizi, mengemukakan ada alasan ..., atau ...`: the verb's clause, not its speaker
    if match and not any(w[:1].islower() for w in doc.text[match.end():end].split()):
        return False  # `..., kata duta besar di Lintasia, Rina Sari.`: the speaker's apposition closes the sentence,
                      # no statement goes on after the cue (the post cue's pass reads it)
    opener = FIRST_WORD.match(doc.text[start:end])
    if not match and opener:  # `Umumnya kata dia, ...`: the cue after the sentence's first word, without a comma
        match = doc.patterns["inside_opener"].match(doc.text, start + opener.end(), end)
    if not match:
        match = doc.patterns["inside_passive"].search(doc.text, start, end)
        subject = [w for w in doc.text[start:match.start()].lower().split() if w not in SUBJECT_ADVERBS] if match else []
        if match and (len(subject) < PASSIVE_SUBJECT_WORDS or subject[-1] == "yang"
                      or any(w in STATEMENT_NOUNS for w in subject[:PASSIVE_SUBJECT_WORDS])):
            return False  # `Hal senada juga disampaikan Rina`, `Kabar itu dibenarkan Rina`, `apa yang pernah disampaikan Rina`
    if not match or match.group("cue").lower() in ("menurut",):
        return False
    quote = matched(doc, trim(doc.text, start, end), "indirect_inside_cue", match, 0.7)
    apposition = INSIDE_APPOSITION.match(doc.text, match.end(), end)
    if apposition:  # `, kata ahli gizi Universitas X, Rina Sari, di Bogor, ...`: the name after the role
        quote.speaker_end = apposition.end(1)
    add_unique(doc, quote)
    return True


def _names_someone(phrase: str) -> bool:
    """A capitalised name or a pronoun opens the phrase."""
    first = phrase.split()[0] if phrase.split() else ""
    return first[:1].isupper() or first.lower() in PRONOUNS


def post_cue(doc: QuoteContext, index: int, start: int, end: int) -> bool:
    """`..., kata X.`, `..., katanya, ...`: the statement, then the cue."""
    for comma in COMMA.finditer(doc.text[start:end]):
        position = start + comma.start()
        match = doc.patterns["post"].match(doc.text, position, end)
        if not match or speech_verbs()[match.group("cue").lower()][1] == "men":
            continue
        content_start, content_end = trim(doc.text, start, position)
        rest = doc.text[match.end():end]
        clitic = speech_verbs()[match.group("cue").lower()][1] == "nya"
        speaker_end = match.end() if clitic else speaker_after(doc.text, match.end(), end)[1]
        # `Koperasi itu, lanjutnya telah menyalurkan ...`, `Pembangunan itu, kata Rina juga akan ...`: the cue and its
        # speaker, then the statement's predicate going on with no comma
        inside = rest.lstrip().startswith(",") and len(rest.split()) > MIN_INDIRECT_WORDS or (
            (clitic or speaker_end > match.end("cue")) and predicate_follows(doc.text, speaker_end, end))
        if inside:  # `Dalam setahun ini, katanya, kunjungan naik drastis.`: the cue sits inside the statement
            content_start, content_end = trim(doc.text, start, end)
        elif (len(doc.text[content_start:content_end].split()) <= OPENER_WORDS and speaker_end > match.end("cue")
              and _names_someone(doc.text[match.end("cue"):speaker_end]) and clause_follows(doc.text, speaker_end, end)):
            # `Makanya, kata Rina listrik di lokasi itu ...`: a connective, the cue and its speaker, then the statement
            content_start, content_end = trim(doc.text, speaker_end, end)
            if doc.text[content_end - 1] == ".":
                content_end -= 1
        if len(doc.text[content_start:content_end].split()) < MIN_INDIRECT_WORDS and not short_clause(doc.text[content_start:content_end]):
            return False
        quote = Quote(content_start, content_end, "indirect", "indirect_inside_cue" if inside else "indirect_post_cue")
        attach_post(doc, quote, match)
        quote.confidence = 0.75
        add_unique(doc, quote)
        return True
    return False


def short_clause(content: str) -> bool:
    """Three words making a clause: a subject, then a predicate word or a verb (`pihaknya masih mendalaminya`,
    `identitas pemakainya dirahasiakan`), not a noun phrase closed by a demonstrative (`hal mengejutkan itu`); not after a verb taking objects with no
    link (the clause test needs more words)."""
    raw = [w.strip(",.;:!?") for w in content.split()]
    words = [w.lower() for w in raw]
    return len(words) == MIN_INDIRECT_WORDS - 1 and words[-1] not in DEMONSTRATIVES and any(
        w in CLAUSE_PREDICATES or passive_verb(w) or active_verb(w) and w not in NOT_PREDICATE_VERBS
        for w, r in zip(words[1:], raw[1:]) if not r[:1].isupper())  # `di Area Menteng`: a name is no verb


def predicate_follows(text: str, position: int, end: int) -> bool:
    """After a speaker set inside a statement with no comma closing it, the statement's predicate word goes on, adverbs
    allowed before it (`..., kata Rina juga akan menguntungkan warga`, `..., menurutnya sudah cukup`)."""
    words = [w.lower() for w in text[position:end].split()[:CLAUSE_SUBJECT_WORDS]]
    words = list(dropwhile(lambda w: w in SUBJECT_ADVERBS and w not in CLAUSE_PREDICATES, words))
    return bool(words) and words[0] in CLAUSE_PREDICATES


def clause_follows(text: str, position: int, end: int) -> bool:
    """Right after a speaker, a clause in lower case of at least MIN_INDIRECT_WORDS words with no comma first, opened by
    no preposition nor adverbial (`kata Rina listrik di lokasi itu ...`, not `kata Rina kepada wartawan`)."""
    rest = text[position:end]
    words = rest.split()
    return (len(words) >= MIN_INDIRECT_WORDS and rest[:1].isspace() and words[0].isalpha() and words[0].islower()
            and words[0] not in CLAUSE_OPENERS and words[0] not in speech_verbs())


def post_subject(doc: QuoteContext, index: int, start: int, end: int) -> bool:
    """`..., Xinhua melaporkan.`: the subject and its verb close the sentence."""
    commas = [start + c.start() for c in COMMA.finditer(doc.text[start:end])][-2:]  # the subject follows one of them
    match = next((m for c in commas if (m := doc.patterns["post_subject"].match(doc.text, c, end))), None)
    if not match:
        return False
    speaker_start, speaker_end = speaker_before(doc.text, match.start("speaker"), match.start("cue"))
    if speaker_end <= speaker_start or not any(w[:1].isupper() for w in doc.text[speaker_start:speaker_end].split()):
        return False  # `..., yang kemudian menyatakan.`: no subject named
    content_start, content_end = trim(doc.text, start, match.start())
    if len(doc.text[content_start:content_end].split()) < MIN_INDIRECT_WORDS:
        return False
    quote = Quote(content_start, content_end, "indirect", "indirect_post_subject", match.group("cue"),
                  match.start("cue"), match.end("cue"), speaker_start, speaker_end, confidence=0.6)
    add_unique(doc, quote)
    return True


def pre_cue(doc: QuoteContext, index: int, start: int, end: int) -> bool:
    """`X mengatakan (bahwa) ...`: the speaker and a cue, then the statement; not in a sentence opened by `Menurut X,`,
    whose whole content is X's (`Menurut Rina, dinas juga telah meminta ...`). After a concessive conjunction opening
    the sentence (`Kendati Rina menyebut ..., pedagang tetap ...`), the statement ends at the subordinate clause's comma."""
    if ACCORDING_OPENER.match(doc.text, start, end) and not opening_report(doc, start, end):
        return False  # (`Menurut laporan Lintas, Rina mengatakan ...`: the outlet relays, Rina's cue reports her statement)
    concession = CONCESSIVE_OPENER.match(doc.text, start, end)  # `Kendati Rina menyebut ..., pedagang tetap ...`
    clause_start = concession.end() if concession else start
    found, coordinated = False, None  # the first statement's speaker, and where a second cue joined to it stands
    for match in doc.patterns["pre"].finditer(doc.text, clause_start, end):
        if found and (coordinated is None or match.start("cue") != coordinated[0]):
            continue  # a verb inside the first statement
        if (NEGATION_BEFORE.search(doc.text, max(start, match.start("cue") - NEGATION_REACH), match.start("cue"))
                and match.group("cue").lower() not in DENIAL_VERBS):  # `Rina tak menampik bahwa ...`: an admission
            continue  # `Rina tak menjelaskan rencana itu`: a statement not made
        if (match.group("cue").lower() in REPORT_VERBS and doc.patterns["pre"].search(doc.text, match.end(), end)
                and outlet_reporter(doc, match.start("cue"))):
            continue  # `Kantor berita Lintas melaporkan, Rina mengatakan ...`: the outlet relays the statement Rina's cue reports
        before = [w for w in doc.text[clause_start:match.start("cue")].lower().split() if w not in SUBJECT_ADVERBS]
        if before[-1:] and before[-1] in PURPOSE_CONJUNCTIONS | OBLIGATION_MODALS:
            continue  # `... demi memastikan produk itu layak`: a purpose, no one reports; `X harus memastikan ...`: what X
                      # must say or do, no statement made
        speaker_start, speaker_end = coordinated[1] if found else speaker_before(doc.text, clause_start, match.start("cue"))
        relative = None if speaker_end > speaker_start else relative_subject(doc.text, clause_start, match.start("cue"))
        if relative:  # `Rina Sari yang juga ketua RT menegaskan ...`: the head before the relative clause speaks
            speaker_start, speaker_end = relative
        if speaker_end <= speaker_start or speaker_end - speaker_start > MAX_SPEAKER_CHARS:
            continue
        if doc.text[speaker_start:speaker_end].lower().split()[-1:] in (["yang"], ["akan"], ["untuk"]):
            continue
        linked = bool(match.group("link").strip())
        # `yakin penuh bahwa ...`, `mengatakan kepada wartawan bahwa ...`: a few words between the cue and its link
        # (also after the medium of the statement: `mengatakan kepada kantor berita Lintas bahwa ...`)
        medium = None if linked else doc.patterns["medium"].match(doc.text, match.end(), end)
        late = None if linked else LATE_LINK.match(doc.text, medium.end() if medium else match.end(), end)
        linked = linked or late is not None
        content = speech_verbs()[match.group("cue").lower()][3]
        # a second cue joined to a statement (`dan menjelaskan rencana itu`) reports one only with a clause of its own
        unlinked_clause = not linked and (content in ("link", "object_verb", "predicate") or found)
        subject = DATELINE_OR_CLAUSE.split(doc.text[speaker_start:speaker_end])[-1]  # not `Jakarta, Lintas TV - - Rina ...`
        if unlinked_clause and MEDIA_WORDS & set(re.split(r"[\s.]+", subject.lower())):
            unlinked_clause = False  # what an outlet reports is a statement (`Media lokal melaporkan bocah itu kini ...`)
        object_verb = found or content in ("object_verb", "predicate")
        by_model = unlinked_clause and not opens_clause(doc.text, match.end(), end, object_verb, predicate=content == "predicate")
        if by_model and not model_states_clause(match.group("cue").lower(), doc.text, match.end("cue"), end):
            continue  # `Rina menyampaikan terima kasih kepada warga`: an object, no statement
        # `mengatakan kepada kantor berita Lintas pelaku itu ...`: the medium is no part of the statement
        content_start = (late.end() if late else AFTER_MEDIUM.match(doc.text, medium.end()).end()
                         if medium and names_medium(medium) else match.end())
        source = doc.patterns["source"].match(doc.text, content_start, end)
        if source and (after := SOURCE_THEN_LINK.match(doc.text, source.end())):  # `mengumumkan, seperti dilansir X,
            content_start = after.end()                                            # bahwa ...`: the source is no content
        content_end = clause_stop(doc, content_start, end)
        # `Sebelum KPU mengumumkan peserta pemilu, partai itu ...`: a clause of time ends at its comma
        # (not after `bahwa`, whose clause may hold an apposition's commas)
        subordinate = concession or not linked and _last_word(doc.text, clause_start, speaker_start) in TIME_LEADS
        second = COORDINATED_CUE.search(doc.text, content_start, content_end)
        if second and (len(doc.text[content_start:second.start()].split()) < MIN_INDIRECT_WORDS
                       or not _reports_clause(doc.text, second.end(), end)):
            second = None  # `terbukti secara sah dan meyakinkan melakukan ...`: no second statement there
        if second and not second.group(0).startswith(",") and _governs_verb(doc.text[content_start:second.start()]):
            second = None  # `untuk menjaga X sekaligus memastikan ...`: the verb joins one inside the statement
        if second:  # `mengklaim bahwa ... dan mengungkapkan ...`: a second statement of the same speaker
            content_end = second.start()
        if subordinate and (comma := doc.text.find(",", content_start, content_end)) >= 0:
            content_end = comma  # the subordinate clause ends at its comma; the main clause is the writer's
            if unlinked_clause and not opens_clause(doc.text, content_start, content_end, object_verb, predicate=content == "predicate"):
                continue  # the clause test passed on the main clause's words
        content_start, content_end = trim(doc.text, content_start, content_end)
        if content_end > content_start and doc.text[content_end - 1] == ".":
            content_end -= 1
        if len(doc.text[content_start:content_end].split()) < MIN_INDIRECT_WORDS and (
                unlinked_clause or not short_clause(doc.text[content_start:content_end])):
            continue
        if (doc.text[content_start:content_end].split()[0].lower() in TOPIC_PREPOSITIONS and "," not in doc.text[content_start:content_end]
                and not opens_clause(doc.text, content_start, content_end)):
            continue  # `Rina bercerita soal masa kecilnya di Bandung`: what it is about, no statement
        comma = doc.text.find(",", content_start, content_end)
        if not linked and doc.text[content_start:content_end].split()[0].lower() in PLACE_PREPOSITIONS and (comma >= 0 or second):
            # `menulis di Twitter, tentang ...`, `menulis ke sebuah stasiun, dan menceritakan ...`: where the verb went,
            # no statement, unless a clause follows the place's comma (`mengatakan di Bandung, harga beras ...`,
            # `mengatakan dari program itu, terdapat kemajuan`); with no comma the place may open the clause
            # (`mengatakan di pertemuan itu kedua negara sepakat ...`)
            rest = trim(doc.text, comma + 1, content_end) if comma >= 0 else (content_end, content_end)
            words = doc.text[rest[0]:rest[1]].split()
            if len(words) < MIN_INDIRECT_WORDS - 1 or words[0].lower() in TOPIC_PREPOSITIONS | PLACE_PREPOSITIONS | NOT_OBJECT_VERB:
                continue  # `..., tentang rumahnya`, `..., dan menceritakan ...`: the verb's topic or its next act
        quote = Quote(content_start, content_end, "indirect",
                      CLAUSE_MODEL_RULE if by_model else "indirect_pre_clause" if unlinked_clause else "indirect_pre_cue")
        attach_pre(doc, quote, match, clause_start)
        if relative or found:
            quote.speaker_start, quote.speaker_end = relative or (speaker_start, speaker_end)
        quote.confidence = 0.7 if "bahwa" in match.group("link") or late else CLAUSE_MODEL_CONFIDENCE if by_model else 0.6
        add_unique(doc, quote)
        if found or not second:
            return True
        found, coordinated = True, (second.start("cue"), (quote.speaker_start, quote.speaker_end))
    return found


# `... dan mengungkapkan ...`, `..., serta menegaskan ...`: a second speech verb of the same subject, joined to the first
# statement
COORDINATED_CUE = re.compile(rf",?\s+(?:dan|serta|sekaligus|lalu|kemudian)\s+(?:(?:juga|pun|ia|dia)\s+)?"
                             rf"(?P<cue>{alternation(f for f, v in speech_verbs().items() if v[1] == 'men' and v[2] in ('pre', 'any'))})\b",
                             re.IGNORECASE)


def _governs_verb(content: str) -> bool:
    """The statement holds a meN- verb or a conjunction of purpose, which a verb joined to it by `dan` may go with
    (`Islam itu merangkul, mengajak pada kebaikan dan mengajak ...`)."""
    words = [w.lower().strip(",.;:") for w in content.split()]
    return any(w in PURPOSE_CONJUNCTIONS or w.startswith("me") and active_verb(w) and w not in NOT_PREDICATE_VERBS
               and w not in PRONOUNS for w in words)


def _last_word(text: str, start: int, end: int) -> str | None:
    """The last word of text[start:end], lower case; None when there is none."""
    words = text[start:end].lower().split()
    return words[-1] if words else None


def _reports_clause(text: str, position: int, end: int) -> bool:
    """After a speech verb, a link (`bahwa`, a comma) or a clause with its predicate: a statement, not an object nor
    what is promised or asked (`dan berjanji untuk mendukung ...` goes on with the first statement)."""
    if next(iter(text[position:end].split()), None) in PURPOSE_CONJUNCTIONS:
        return False
    return bool(CLAUSE_LINK.match(text, position, end)) or opens_clause(text, position, end, object_verb=True)


CLAUSE_LINK = re.compile(r"\s*(?:[,:]\s*)?(?:bahwa|agar|supaya|kalau|jika)\s", re.IGNORECASE)


def relative_subject(text: str, clause_start: int, cue_start: int) -> tuple[int, int] | None:
    """The subject of a cue whose subject carries a relative clause (`Rina Sari yang juga ketua RT menegaskan`,
    `Rina, yang memimpin partai itu pun mengatakan`, `Seorang sumber yang dikutip Lintas mengatakan`): the subject
    phrase before `yang` (the nearest `yang` that leaves one; the clause holds more than adverbs before the cue), when
    it names someone: a capitalised word that is no
    vocabulary (`Informasi yang dihimpun menyebutkan` names no one), a pronoun, or a word of a person's role; with the
    relative clause when a demonstrative closes a description naming no one (`Aktor yang lahir di Bandung itu
    menegaskan`), which points back."""
    for relative in reversed(list(RELATIVE.finditer(text, clause_start, cue_start))):
        if cue_start - relative.start() > MAX_SPEAKER_CHARS:
            break
        if all(w.lower() in SUBJECT_ADVERBS for w in text[relative.end():cue_start].split()):
            continue  # `Rina, yang turut menulis laporan itu ...`: the cue is the relative clause's own verb
        start, end = speaker_before(text, clause_start, relative.start())
        words = text[start:end].split()
        named = any(w[:1].isupper() and w.lower().strip(",") not in corpus_vocabulary() for w in words)
        if end > start and (named or any(w.lower() in SPEAKER_ROLES for w in words)):
            pointing = None if named else DESCRIPTION_END.search(text, relative.end(), cue_start)
            return start, pointing.end(1) if pointing else end
    return None


# `Aktor yang lahir di Bandung itu (juga) mengatakan`: a description closed by a demonstrative points back, whole
DESCRIPTION_END = re.compile(rf"\s({'|'.join(DEMONSTRATIVES)})(?:\s+(?:{alternation(SUBJECT_ADVERBS)}))*\s*$")


RELATIVE = re.compile(r"(?:,\s*|\s+)yang\b")
SPEAKER_ROLES = PRONOUNS | word_set("person_roles.txt") | word_set("titles.txt") | word_set("unnamed_speaker_heads.txt")


def passive_verb(word: str) -> bool:
    """`dibuat`, `dilakukan`, `diusut`: di- on a root, with -kan or -i or neither; a root word itself is none
    (`dinas`, `diskusi`, `direksi`)."""
    if not word.startswith("di") or word in ROOT_WORDS:
        return False
    stem = word[2:]
    return any(stem.endswith(suffix) and len(stem) - len(suffix) >= 3 and stem[:len(stem) - len(suffix)] in ROOT_WORDS
               for suffix in ("kan", "i", ""))


def active_verb(word: str) -> bool:
    """`menyebut`, `berjalan`: meN- or ber- on a root; a root word shaped like one is none (`mereka`, `media`,
    `berita`: `mengumumkan pembelian kedua mereka`, `meminta ... lewat media sosial`)."""
    return bool(ACTIVE_VERB.fullmatch(word)) and word not in ROOT_WORDS


def stative_verb(word: str) -> bool:
    """`tertarik`, `terkejut`: ter- on a root, a state the subject is in."""
    return word.startswith("ter") and word not in ROOT_WORDS and word[3:] in ROOT_WORDS


CLAUSE_MODEL_WORDS = 12  # words after the verb the clause model reads
CUE_CONTEXT_CHARS = 30  # characters before the verb where the clause model finds the word before it
NEGATIONS = word_set("negations.txt")
# the word classes of the clause model, tried in this order (the first that holds names the word)
WORD_CLASSES = (
    ("NEG", lambda w: w in NEGATIONS),
    ("PRON", lambda w: w in PRONOUNS),
    ("NYA", lambda w: w.endswith("nya") and len(w) > 5),  # `perusahaannya`, `pihaknya`: an owner's noun, a subject
    ("DEM", lambda w: w in DEMONSTRATIVES),
    ("PRED", lambda w: w in CLAUSE_PREDICATES),
    ("ADV", lambda w: w in PREDICATE_ADVERBS),
    ("PREP", lambda w: w in OBJECT_PREPOSITIONS or w in TOPIC_PREPOSITIONS or w in PLACE_PREPOSITIONS),
    ("ADJ", lambda w: w in JUDGEMENT_ADJECTIVES),
    ("ADDR", lambda w: w in ADDRESSEES),
    ("PASS", passive_verb),
    ("ACT", active_verb),
    ("STAT", stative_verb),
)


def _word_class(raw: str) -> str:
    """A word's class for the clause model: capitalised, a number, or the first of WORD_CLASSES its lower case is in."""
    if raw[:1].isupper():
        return "CAP"
    if raw[:1].isdigit():
        return "NUM"
    word = raw.lower().strip(',.;:"“”')
    return next((name for name, holds in WORD_CLASSES if holds(word)), "LOW")


def clause_features(cue: str, text: str, start: int, end: int) -> list[str]:
    """The clause model's features (transforms/quotes/clause_model.py) of the words after speech verb `cue` up to `end`:
    the verb and its content kind (data/speech_verbs.tsv), the word before the verb (`CAP` for a capitalised one, a name's
    last word: no name is a feature), the first word, the classes of the first three words and
    of the first two together, the classes among the second to sixth words, `untuk` among the first six (a request),
    `yang` among the first three (a described object), a comma among the first five, and the clause's length."""
    raw = text[start:end].split()
    words = [w.lower().strip(',.;:"“”') for w in raw[:CLAUSE_MODEL_WORDS]]
    classes = [_word_class(w) for w in raw[:CLAUSE_MODEL_WORDS]] + ["END"] * 3
    before = text[max(0, start - len(cue) - CUE_CONTEXT_CHARS):start - len(cue)].split()
    previous = "" if not before else "CAP" if before[-1][:1].isupper() else before[-1].lower()
    features = ["bias", f"cue={cue}", f"prev={previous}", f"w1={words[0] if words else ''}", f"c1={classes[0]}",
                f"c2={classes[1]}", f"c3={classes[2]}", f"c12={classes[0]}_{classes[1]}"]
    verb = speech_verbs().get(cue)
    if verb:
        features.append(f"kind={verb[3]}")
    features += [f"in2to6={name}" for name in ("PASS", "ACT", "PRED", "ADJ", "NEG") if name in classes[1:6]]
    if "untuk" in words[:6]:
        features.append("untuk6")
    if "yang" in words[:3]:
        features.append("yang3")
    if any(w.endswith(",") for w in raw[:5]):
        features.append("comma5")
    length = len(raw)
    features.append("len=" + ("<6" if length < 6 else "<12" if length < 12 else "<20" if length < 20 else "20+"))
    return features


def model_states_clause(cue: str, text: str, start: int, end: int) -> bool:
    """Whether the clause model reads the words after `cue` as a statement (THRESHOLD of clause_model.py)."""
    return statement_probability(clause_features(cue, text, start, end)) >= CLAUSE_THRESHOLD


def opens_clause(text: str, start: int, end: int, object_verb: bool = False, predicate: bool = False) -> bool:
    """`memastikan harga itu tidak naik`, `mengaku sempat kaget`: after a verb that takes an object as well as a
    statement, a predicate word among the first words, before any preposition after its object, makes a clause.
    After a verb of request or judgement, so does the object's own verb (`meminta warga menjaga kebersihan`), also
    after `untuk` (`meminta warga untuk menjaga kebersihan`), and an adjective after a closed object, one ended by a
    demonstrative or graded by a degree adverb (`menilai langkah ini penting`, `menilai langkah itu sangat tepat`), and a
    passive verb right after it (`mendesak dibuat komitmen tegas`: what is asked to be done). After a verb whose subject
    does what follows (`predicate`: `mengaku tertarik dengan ...`, `mengaku mendapat ancaman`), a verb or an adjective
    right after it is that predicate. After a verb of request or judgement the object's verb may be passive (`mengaku
    tangannya diikat`), and a named object takes its request after `untuk` (`meminta Rina untuk memeriksa ...`); after
    any such verb, a verb (passive, stative, or a meN- verb that is no preposition) right after a demonstrative is the
    predicate of a clause whose subject it closed (`memastikan pemeriksaan ini dilakukan menyeluruh`, `menyampaikan aturan
    tersebut memiliki peran`). A predicate word right after `yang` is a relative clause's, describing the
    object (`mengapresiasi rumah sakit yang sudah membantu`), no clause of the statement, and so is any verb after
    `yang`. A long subject (up to LONG_SUBJECT_WORDS) is ended by a predicate word only, unless a comma or a clause of
    time (`saat ...`) came first. Prepositions shaped like verbs (`melalui`) and ber- verbs describing the noun
    before them (`bernama`) are no predicate; a predicate may open with an adverb (`mengaku sering terlambat`), and so
    may the request after `untuk` (`untuk selalu menjaga`); one word in lower case is an object when it names people
    (`mengimbau warga untuk ...`)."""
    previous, closed, relative = "", False, False
    words = text[start:end].split()
    lowered = [w.lower().strip(",.;:") for w in words[:LONG_SUBJECT_WORDS + 2]]
    opening = len(list(takewhile(lambda w: w in PREDICATE_ADVERBS, lowered)))  # `mengaku sering mendapat ...`
    for index, raw in enumerate(words[:LONG_SUBJECT_WORDS + 1]):
        word = lowered[index]
        # after `untuk`, the next word (adverbs skipped: `untuk selalu menjaga`) is what the object is asked to do
        requested = word in REQUEST_LINKS and _requested(lowered, index)
        if index > CLAUSE_SUBJECT_WORDS:  # a long subject: only a predicate word, no comma before, says it ends;
            if closed:
                return False
            if object_verb and requested:
                return True  # `menyarankan para pelanggannya yang ingin ... untuk memesan ...`
            if any(w in TIME_LEADS or w == "yang" for w in lowered[1:index]):
                return False  # not the predicate of a clause of time or a relative clause inside the object
                              # (`pengalamannya saat akunnya ...`, `kisah X menjadi sosok yang ... harus ...`)
            if word in CLAUSE_PREDICATES:
                return True
            previous, closed = word, raw.endswith(",")
            continue
        # `meminta Rina untuk ...`, `mengimbau warga untuk ...`: a name, a person's role or a group of people is one
        has_object = index > 1 or index == 1 and (words[0][:1].isupper() or lowered[0] in ADDRESSEES
                                                  or lowered[0].endswith("nya") and lowered[0][:-3] in ADDRESSEES)
        if object_verb and requested and has_object and not closed and previous not in NOT_OBJECT_VERB:
            return True  # `meminta seluruh pihak untuk tidak membaca ...`: the object, then what it is asked to do
        if word in OBJECT_PREPOSITIONS and index > 0:  # right after the verb it opens an adverbial (`menilai untuk
            return False                                # pejabat publik seharusnya ...`), not an object's complement
        if word in CLAUSE_PREDICATES and previous != "yang" or object_verb and index == 0 and passive_verb(word):
            return True
        if predicate and index == opening and (ACTIVE_VERB.fullmatch(word) or stative_verb(word) or word in JUDGEMENT_ADJECTIVES
                                               or opening and raw[:1].islower()):
            return True  # (`mengaku lebih fokus pada ...`: after an adverb, the subject's own predicate whatever its shape)
        if object_verb and index > 0 and not closed and (
                (word in JUDGEMENT_ADJECTIVES or stative_verb(word)) and previous in DEGREE_ADVERBS | DEMONSTRATIVES
                or word in DEGREE_ADVERBS and lowered[index + 1:index + 2] and lowered[index + 1] in JUDGEMENT_ADJECTIVES):
            return True
        if (object_verb and index > 0 and not closed and not relative and previous not in NOT_OBJECT_VERB
                and (active_verb(word) and word not in NOT_PREDICATE_VERBS or passive_verb(word))
                and not raw[:1].isupper()):  # `mengusulkan skema Makan Bergizi Gratis`: a capitalised word is a name
            return True
        if index > 1 and not closed and previous in DEMONSTRATIVES and (
                passive_verb(word) or stative_verb(word) or word.startswith("me") and active_verb(word)
                and word not in PREPOSITION_WORDS and word not in speech_verbs()):
            return True  # `memastikan pemeriksaan ini dilakukan menyeluruh`: a demonstrative closes the clause's subject
        previous, closed = word, closed or raw.endswith(",")
        # `standar yang sudah dibangun`: the first verb after `yang` describes the object (a later one may be the
        # clause's: `pengalaman X yang pernah menjabat bupati membuatnya ...`)
        relative = word == "yang" or relative and word in PREDICATE_ADVERBS | CLAUSE_PREDICATES
    return False


def _requested(lowered: list[str], index: int) -> bool:
    """The word after `lowered[index]`, adverbs skipped, is a predicate word or a verb (`untuk selalu menjaga`)."""
    following = next((w for w in lowered[index + 1:] if w not in PREDICATE_ADVERBS), "")
    return following in CLAUSE_PREDICATES or active_verb(following) and following not in NOT_PREDICATE_VERBS


def according(doc: QuoteContext, index: int, start: int, end: int) -> bool:
    """`Menurut X, ...`, `..., menurut X.`, `Namun menurutnya, ...`."""
    match = doc.patterns["according"].search(doc.text, start, end) or doc.patterns["according_nya"].search(doc.text, start, end)
    if not match or match.group("speaker").split()[0].lower() in NOT_SPEAKERS:
        return False
    opener = len(doc.text[start:match.start()].split()) <= OPENER_WORDS
    if not opener and match.group("cue").lower().startswith("berdasarkan"):
        return False  # `Sketsa itu dibuat berdasarkan keterangan saksi`: what a thing is based on, no one's statement
    apposition = None
    predicate = _predicate_after_speaker(match)
    clause = _clause_after_name(match)
    if clause is not None and not opener and doc.text[start:match.start()].rstrip().endswith(",") and (
            doc.text[clause:end].split()[0] not in CLAUSE_PREDICATES | SUBJECT_ADVERBS):
        # `Terkait ancaman itu, menurut dia hal itu bisa dicegah`: after the lead's comma, the name, then a clause with
        # its own subject: the statement
        quote = matched(doc, trim(doc.text, clause, end), "indirect_according", match, 0.6)
        quote.speaker_end = trim(doc.text, match.start("speaker"), clause)[1]
        if doc.text[quote.end - 1] == ".":
            quote.end -= 1
        add_unique(doc, quote)
        return True
    if predicate is not None and doc.text[start:match.start()].rstrip().endswith(","):
        # `Pertemuan itu, menurut Rina akan membahas ...`: no comma closes the speaker, the statement's predicate does;
        # the statement is the whole sentence around the cue
        quote = matched(doc, trim(doc.text, start, end), "indirect_according", match, 0.6)
        quote.speaker_end = trim(doc.text, match.start("speaker"), predicate)[1]
        add_unique(doc, quote)
        return True
    clause = clause if opener else None
    if clause is not None:  # `Menurut Rina inflasi yang terkendali dapat ...`: no comma, the clause follows the name
        quote = matched(doc, trim(doc.text, clause, end), "indirect_according", match, 0.6)
        quote.speaker_end = trim(doc.text, match.start("speaker"), clause)[1]
        add_unique(doc, quote)
        return True
    if match.group("speaker") == "nya" and opener:
        content = trim(doc.text, match.end(), end)  # `Namun menurutnya, content.`
    elif opener:  # `(Tetapi) menurut X, content.`, `Menurut ahli itu, Rina Sari, content.`
        comma = doc.text.find(",", match.end("speaker"), end)
        if comma < 0:
            return False
        apposition = INSIDE_APPOSITION.match(doc.text, comma + 1, end)
        content = trim(doc.text, (apposition.end() if apposition else comma) + 1, end)
    elif INSIDE_STATEMENT.match(doc.text, match.end("speaker"), end) or (
            match.group("speaker") == "nya" and predicate_follows(doc.text, match.end(), end)):
        # `content, menurut X, content goes on.`, `content, menurutnya sudah ...`: both sides are X's statement
        content = trim(doc.text, start, end)
    else:  # `content, menurut X.`
        content = trim(doc.text, start, match.start())
    if len(doc.text[content[0]:content[1]].split()) < MIN_INDIRECT_WORDS:
        return False
    quote = matched(doc, content, "indirect_according", match, 0.6)
    if apposition:  # the name after the role belongs to the speaker, not to the statement
        quote.speaker_end = apposition.end(1)
    add_unique(doc, quote)
    return True


def _predicate_after_speaker(match: re.Match) -> int | None:
    """Where a predicate word (`akan`, `sudah`, `tidak` ...) in lower case follows the name after `menurut`, if one does."""
    words = list(NON_SPACE.finditer(match.group("speaker")))
    return next((match.start("speaker") + w.start() for w in words[1:] if w.group(0) in CLAUSE_PREDICATES), None)


def _clause_after_name(match: re.Match) -> int | None:
    """Where the statement starts when a capitalised name after `menurut` runs straight into a clause with its
    predicate (`Menurut Rina inflasi yang terkendali dapat menjaga ...`); None when a comma or a preposition after the
    name (`Menurut Rina saat ditemui, ...`, `Menurut Rina dari Lintas, ...`) says the phrase goes on. A pronoun is such a
    name (`menurut dia hal itu bisa dicegah`), and a demonstrative closing the clause's subject says it is one as a
    predicate word does (`Menurut Rina pelaporan itu sarat muatan politis`). With neither, the words after the name are
    the statement when no comma follows them in the sentence (`Menurut Rina harga beras melonjak tajam.`); before a
    comma they may still be naming the speaker (`Menurut Kepala bidang riset Lintas, Rina, ...`, `Menurut CEO Rina
    dikutip dari Lintas, ...`)."""
    words = list(NON_SPACE.finditer(match.group("speaker")))
    named = 1 if words and words[0].group(0) in PRONOUNS else 0
    while named < len(words) and words[named].group(0)[:1].isupper():
        named += 1
    if (1 < named < len(words) and words[named].group(0) in CLAUSE_PREDICATES
            and words[named - 1].group(0).lower() in known_names()):
        named -= 1  # `Menurut Rina Indonesia tidak punya pilihan`: a country after the name is the clause's subject
    rest = [w.group(0).lower() for w in words[named:]]
    if not named or len(rest) < MIN_INDIRECT_WORDS or rest[0] in CLAUSE_OPENERS or not rest[0].isalpha():
        return None
    if not any(w in CLAUSE_PREDICATES for w in rest[1:CLAUSE_SUBJECT_WORDS + 1]) and not any(
            w in DEMONSTRATIVES for w in rest[1:min(DEMONSTRATIVE_REACH, len(rest) - 2)]) \
            and match.string.startswith(",", match.end("speaker")):
        return None  # (a demonstrative with no clause after it closes a description: `Menurut Presiden ke-6 tersebut,`)
    return match.start("speaker") + words[named].start()


DEMONSTRATIVE_REACH = 4  # `pelaporan itu`, `langkah pemerintah itu`: the subject a demonstrative closes, in words
# words after a name that continue the phrase naming the speaker rather than open the statement
CLAUSE_OPENERS = OBJECT_PREPOSITIONS | word_set("adverbial_leads.txt") | {"yang", "selaku", "sebagai", "dari", "di", "dan"}


def noun_cue(doc: QuoteContext, index: int, start: int, end: int) -> bool:
    """`... pernyataan Ketua X Rina bahwa pansus bisa dipidana`, `klaimnya bahwa ...`: a noun of a statement, its
    speaker (a capitalised name or -nya) and `bahwa`; the clause after it is the speaker's statement."""
    match = NOUN_CUE.search(doc.text, start, end)  # Guarded: only where `bahwa` stands
    if not match:
        return False
    content = trim(doc.text, match.end(), clause_stop(doc, match.end(), end))
    if content[1] > content[0] and doc.text[content[1] - 1] == ".":
        content = (content[0], content[1] - 1)
    if len(doc.text[content[0]:content[1]].split()) < MIN_INDIRECT_WORDS:
        return False
    speaker = match.span("speaker") if match.group("speaker") else (match.end("cue") - 3, match.end("cue"))
    add_unique(doc, Quote(*content, "indirect", "indirect_noun_cue", match.group("cue"), *match.span("cue"), *speaker,
                          confidence=0.6))
    return True


NOUN_CUE = Guarded(re.compile(rf"\b(?P<cue>(?i:{alternation(word_set('noun_cues.txt'))})(?:nya)?)"
                      r"(?:(?<=nya)|\s+(?P<speaker>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’()-]*){0,7}))\s+(?i:bahwa)\s+"),
                   "bahwa", "Bahwa", "BAHWA")

REPORTED_SPEECH_SIEVES = (passive_statement, passive_opener, cue_opener, quoting_source, inside_cue, post_cue, pre_cue, post_subject,
                          according, noun_cue)


def continued_speakers(doc: QuoteContext) -> None:
    """A quotation with no cue takes the speaker of an attributed quote nearby, and its source when it names none: of
    the next one when it runs on into the next paragraph (`“A. ¶ “B,” kata Rina.`), of the previous one when it is
    closed (`“A,” kata Rina. ¶ “B.”`)."""
    ordered = sorted(doc.quotes, key=lambda q: q.start)
    for index, quote in enumerate(ordered):
        if quote.speaker_start is not None:
            continue
        following, previous = ordered[index + 1:index + 2], ordered[max(0, index - 1):index]
        closed = doc.text[quote.end:quote.end + 2].lstrip()[:1] in CLOSE_MARKS + AMBIGUOUS_MARKS
        neighbours = [q for q in (previous + following if closed else following + previous) if q.speaker_start is not None
                      and (q.start - quote.end if q.start > quote.start else quote.start - q.end) < CONTINUED_REACH]
        if neighbours:
            source = neighbours[0]
            quote.speaker_start, quote.speaker_end = source.speaker_start, source.speaker_end
            quote.cue, quote.cue_start, quote.cue_end = source.cue, source.cue_start, source.cue_end
            if quote.via_start is None:  # the same statement goes on: through the same intermediary
                quote.via_cue, quote.via_start, quote.via_end = source.via_cue, source.via_start, source.via_end
            quote.confidence = 0.5


def _cited_by_subject(doc: QuoteContext, source: re.Match) -> bool:
    """`Dodi mengutip data dari Lintas ...`: an active cue after its subject is what the subject cites, not where the
    article took its quotes from (`Mengutip Lintas, ...` and `..., mengutip Lintas, ...` are)."""
    before = doc.text[doc.sentence_at(source.start())[0]:source.start()].rstrip()
    last = before.rsplit(None, 1)[-1].lower() if before else ""
    if speech_verbs().get(last, ("", ""))[1] == "nya":
        return False  # `“...,” ujarnya mengutip Lintas`: the cue's clitic is the speaker; the outlet is the article's source
    return source.group("cue")[:2].lower() == "me" and bool(before) and not before.endswith(",")


def carried_sources(doc: QuoteContext) -> None:
    """An article-level source covers the quotes after it that name none, until another source or the outlet's own
    reporting (`kepada wartawan`, `saat dihubungi`) or a sentence going back to an earlier occasion (`Sebelumnya, ...`)
    takes over, or a quote names a source of its own (`..., menurut
    laporan media X`): a source opening a sentence (`Dilansir X, ...`,
    `Seperti dikutip dari X, ...`) or closing a quote (`“...,” kata Rina, dikutip X.`), and the written medium of a
    statement (`dalam siaran persnya`, `dalam keterangan tertulis`). An interview given to a medium (`kepada Kompas
    TV`) is that quote's own and ends an earlier cover (it goes on covering the same speaker's words in its paragraph:
    `“...,” lanjutnya.`); a quote from the speaker's own account (`tulis Rina di akun
    Instagram-nya`) takes no article-level source; one that closes what came before (`Demikian seperti dikutip X.`)
    covers nothing after it but the quotes before it in its paragraph that name none, and a sentence with no quote
    pointing back to statements (`Itu disampaikan X kepada Lintas.`) names the interview of the quotes before it in
    its paragraph and of those after it; the document's own outlet (`dikutip Kompas.com` in its own article) is its own reporting."""
    events, closing = [], []
    for m in doc.patterns["source"].finditer(doc.text, doc.body_start):
        if doc.excluded(m.start(), m.end()) or not names_source(doc, m) or _quoted(doc, m.start()) or _cited_by_subject(doc, m):
            continue
        if CLOSING_SOURCE.search(doc.text, max(0, m.start() - CLOSING_REACH), m.start()):
            closing.append((m.start(), cited_source(doc, m)))  # `Demikian dilaporkan X.`: the source of what came before
        else:
            events.append((m.start(), cited_source(doc, m), None))
    for position, source, closes in report_sources(doc):  # `Kantor berita Lintas melaporkan, ...`, `menurut laporan X`
        if not _quoted(doc, position):
            (closing if closes else events).append((position, source) if closes else (position, source, None))
    for m in doc.patterns["medium"].finditer(doc.text, doc.body_start):
        if doc.excluded(m.start(), m.end()) or _quoted(doc, m.start()) or not names_medium(m):
            continue
        if m.group("source2"):
            if m.group("cue2").lower() == "di":
                continue  # `mengirim video di akun Twitternya`, `data di situs X`: where something was posted or published,
                          # the source of its own sentence's quote only (find_source), never the article's
            events.append((m.start(), _written_medium(doc, m), None))
            continue
        medium, owner = _interview(doc, m)
        if medium is None and (pointed := _pointed_interview(doc, m)):
            # `Itu disampaikan X kepada Lintas.`: the interview the statements before and after it were given in
            medium = pointed
            closing.append((m.start(), pointed))
        events.append((m.start(), medium, owner))
    # own reporting takes over from the start of its sentence (`“...,” kata Rina kepada wartawan.`)
    events += [(doc.sentence_at(m.start())[0], None, None) for m in doc.patterns["own_reporting"].finditer(doc.text, doc.body_start)]
    events += [(start, None, None) for start, end in doc.sentences if start >= doc.body_start
               and doc.patterns["earlier_opener"].match(doc.text, start, end)]  # `Sebelumnya, ...`: another occasion
    events.sort(key=lambda event: event[0])
    carried, owner, position = None, None, 0
    for quote in sorted(doc.quotes, key=lambda q: q.start):
        while position < len(events) and events[position][0] < quote.start:
            _, carried, owner = events[position]
            position += 1
        if carried is not None and owner is not None and quote.via_start is None and not _goes_on_speaking(doc, quote, owner):
            carried = None  # a source given with one speaker's words does not cover another speaker's
        if quote.via_start is not None and carried is not None and (quote.via_start, quote.via_end) != carried[1:]:
            carried = None  # another source named for this quote (`menurut laporan media X`) takes over
        elif (quote.via_start is None and carried is not None and not OWN_CHANNEL.search(doc.text, *doc.sentence_at(quote.end))
              and not _speaks_itself(doc, quote, carried)):
            quote.via_cue, quote.via_start, quote.via_end = carried
    for position, source in closing:  # a closing source covers the quotes before it in its paragraph that name none
        for quote in doc.quotes:
            if (source is not None and quote.via_start is None and quote.end <= position and "\n" not in doc.text[quote.end:position]
                    and not _speaks_itself(doc, quote, source)):
                quote.via_cue, quote.via_start, quote.via_end = source


def _speaks_itself(doc: QuoteContext, quote: Quote, source: tuple[str, int, int]) -> bool:
    """The source is the quote's own speaker (`Kantor berita Lintas melaporkan bahwa ...`: the speaker phrase is the
    outlet, an outlet head before it at most): no intermediary of its own words (not `Menurut kabar yang dilansir Lintas`)."""
    if quote.speaker_start is None or not quote.speaker_start <= source[1] < source[2] <= quote.speaker_end + 1:
        return False
    return all(w.lower() in OUTLET_HEAD_WORDS | {"demikian", "begitu"} for w in doc.text[quote.speaker_start:source[1]].split())


OUTLET_HEAD_WORDS = {word for phrase in word_set("outlet_heads.txt") for word in phrase.split()}


def _pointed_interview(doc: QuoteContext, medium: re.Match) -> tuple[str, int, int] | None:
    """The outlet of an interview named by a sentence with no quote of its own that points back to statements
    (`Itu disampaikan X kepada Lintas.`, `Hal itu dikatakannya kepada Kabar TV`): a passive speech verb after a
    demonstrative opening the sentence."""
    sentence_start, sentence_end = doc.sentence_at(medium.start())
    if not POINTER.match(doc.text, sentence_start, sentence_end) or not _reported_through(doc, medium.start()):
        return None
    start, end = source_bounds(doc.text, medium.start("source"), medium.end("source"))
    return (medium.group("cue"), start, end) if end > start and not own_outlet(doc, start, end) else None


# `Itu disampaikan ...`, `Hal tersebut diungkapkan ...`: a sentence pointing back to the statements before it
POINTER = re.compile(rf"\s*(?:(?:hal|pernyataan|keterangan)\s+)?(?:itu|ini|tersebut)\s+(?:juga\s+)?"
                     rf"(?:{alternation(f for f, v in speech_verbs().items() if v[1] == 'passive')})\b", re.IGNORECASE)


def _goes_on_speaking(doc: QuoteContext, quote: Quote, owner: Quote) -> bool:
    """The quote is the owner's speaker going on in the owner's paragraph: no speaker phrase, a pronoun or `-nya`, a
    description closed by a demonstrative (`ujar pria itu`), or a name sharing a capitalised word with the owner's."""
    if "\n" in doc.text[owner.end:quote.start]:
        return False
    if quote.speaker_start is None:
        return True
    words = doc.text[quote.speaker_start:quote.speaker_end].split()
    names = {w for w in words if w[:1].isupper()}
    if not names:
        return not words or words[-1].lower() in PRONOUNS | DEMONSTRATIVES or words == ["nya"]
    return bool(names & {w for w in doc.text[owner.speaker_start:owner.speaker_end].split() if w[:1].isupper()})


def _interview(doc: QuoteContext, medium: re.Match) -> tuple[tuple[str, int, int] | None, Quote | None]:
    """An interview's medium (`kata Rina kepada Kabar TV`, `dalam wawancara dengan Lintas`) and the quote of its
    sentence it was named for: it goes on covering that speaker's next quotes (`“...,” lanjutnya.`), not another's;
    (None, None) when no quote there names it (it ends an earlier cover)."""
    if medium.group("source"):
        start, end = source_bounds(doc.text, medium.start("source"), medium.end("source"))
        sentence = [doc.sentence_at(medium.start())]
        owner = next((q for q in doc.quotes if (q.via_start, q.via_end) == (start, end) and q.speaker_start is not None
                      and overlaps(q.start, q.end, sentence)), None)
        if owner is not None and end > start:
            return (medium.group("cue"), start, end), owner
    return None, None


def _written_medium(doc: QuoteContext, medium: re.Match) -> tuple[str, int, int] | None:
    """The medium a statement was written in (`dalam siaran pers`), carried on; None (ending an earlier cover) for an
    interview (`kepada Kompas TV`) or the speaker's own channel (`melalui akun Instagram-nya`), unless a sentence with
    no quote of its own says statements were made there (`Kesiapan Rina itu diungkapkannya melalui akun X`): then the
    channel is the article's source of the quotes after it."""
    if not medium.group("source2"):
        return None
    if OWN_CHANNEL.search(doc.text, medium.start(), medium.end()) and not _reported_through(doc, medium.start()):
        return None
    return medium.group("cue2"), *medium_bounds(doc.text, medium)


def _reported_through(doc: QuoteContext, position: int) -> bool:
    """The sentence at `position` holds no quote and a speech verb (`diungkapkannya`, `mengatakan`): it says where the
    statements it describes were made."""
    start, end = doc.sentence_at(position)
    if overlaps(start, end, ((q.start, q.end) for q in doc.quotes)):
        return False
    verbs = speech_verbs()
    return any(word in verbs or word.endswith("nya") and word[:-3] in verbs
               for word in re.findall(r"\w+", doc.text[start:end].lower()))


# the speaker's own channel: what it says there needs no intermediary
OWN_CHANNEL = re.compile(rf"\b(?:di|{alternation(source_cues('medium'))})\s+(?:{alternation(CHANNEL_HEADS)})\b", re.IGNORECASE)


def _quoted(doc: QuoteContext, position: int) -> bool:
    """Inside a quotation, or inside a reported statement past its sentence's opening words: the speaker's own words
    (`tuduhan yang diberitakan Lintas tidak berdasar`), no source of the article's (a statement's span may hold the
    opening `Dikutip dari Lintas, menurut Rina, ...`)."""
    return any(q.start <= position < q.end and (q.kind == "direct" or len(
        doc.text[doc.sentence_at(position)[0]:position].split()) > OPENER_WORDS) for q in doc.quotes)
