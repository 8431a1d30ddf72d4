"""What the quote passes of one document read and write: the text, its sentences (from the `sentences`
table, not split again), the spans left out, the quotes found so far; and the evidence helpers that
attach a cue, a speaker and an intermediary source to a quote."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from transforms.common import alternation, overlaps
from transforms.documents import outlet_forms
from transforms.lexicon import city_names, corpus_vocabulary, known_names, match_key, phrase_set, speech_verbs, table_rows, word_set
from transforms.quotes.patterns import cue_patterns, medium_heads, source_cues
from transforms.quotes.speakers import speaker_after, speaker_before, trim

MAX_SPEAKER_CHARS = 120
# `Demikian (seperti) dikutip X`, `..., demikian dilansir X`: the source of what came before, not of what follows
CLOSING_SOURCE = re.compile(r"\b(?:demikian|begitu)\s+$", re.IGNORECASE)
CLOSING_REACH = 12


@dataclass
class Quote:
    start: int
    end: int
    kind: str
    method: str  # the pass that found it: `quotes.rule`, and the first half of `attributions.method`
    cue: str | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    via_start: int | None = None
    via_end: int | None = None
    via_cue: str | None = None
    confidence: float = 0.5


@dataclass
class QuoteContext:
    text: str
    excluded_spans: list[tuple[int, int]]  # boilerplate
    body_start: int
    sentences: list[tuple[int, int]]
    quotes: list[Quote] = field(default_factory=list)
    outlet: str | None = None  # the document's own outlet: quotes given to it are its own reporting

    def __post_init__(self):
        # a lead sentence opened by the dateline (`Magelang (Lintas) - Harga ...`) starts, for quotes, where the body does
        self.sentences = [(max(start, self.body_start) if start < self.body_start < end else start, end)
                          for start, end in self.sentences]
        self.sentence_starts = [s for s, _ in self.sentences]
        self.patterns = cue_patterns()

    def sentence_at(self, offset: int) -> tuple[int, int]:
        index = max(0, bisect_right(self.sentence_starts, offset) - 1)
        return self.sentences[index] if self.sentences else (0, len(self.text))

    def excluded(self, start: int, end: int) -> bool:
        """Before the body, or overlapping boilerplate."""
        return end <= self.body_start or overlaps(start, end, self.excluded_spans)


def first_pre_cue(doc: QuoteContext, sentence_start: int, limit: int) -> re.Match | None:
    for match in doc.patterns["pre"].finditer(doc.text, sentence_start, limit):
        if speaker_before_ok(doc, sentence_start, match.start()):
            return match
    return None


def post_cue_after(doc: QuoteContext, start: int, sentence_end: int) -> re.Match | None:
    if match := doc.patterns["post"].match(doc.text, start, sentence_end):
        return match
    for comma in COMMA.finditer(doc.text[start:sentence_end]):
        match = doc.patterns["post"].match(doc.text, start + comma.start(), sentence_end)
        if match:
            return match
    return None


def cue_in(doc: QuoteContext, start: int, end: int) -> bool:
    return bool(doc.patterns["pre"].search(doc.text, start, end) or post_cue_after(doc, start, end))


def speaker_before_ok(doc: QuoteContext, sentence_start: int, cue_start: int) -> bool:
    start, end = speaker_before(doc.text, sentence_start, cue_start)
    return end > start and end - start <= MAX_SPEAKER_CHARS


def clause_stop(doc: QuoteContext, start: int, sentence_end: int) -> int:
    """Where reported content ends: before a trailing `, menurut ...` or `, kata ...`."""
    tail = CLAUSE_TAIL.search(doc.text, start, sentence_end)
    return tail.start() if tail else sentence_end


# `, menurut X`, `, kata X`, `, seperti dilaporkan X` (a cue of source_cues.tsv), `, yang ...`: what follows a statement
# and `, demikian Lintas melaporkan` (an outlet and a verb of report_words.tsv)
CLAUSE_TAIL = re.compile(
    rf",\s*(?:demikian\s+)?(?:menurut|{alternation(source_cues('source'))}|kata|ujar|tutur|lapor|yang)\b"
    # `... menurut pernyataan Lintas yang dikutip X`: with no comma, a report or statement it was read in
    rf"|\s+menurut\s+(?:pernyataan|keterangan|{alternation(w for w, kind in table_rows('report_words.tsv') if kind == 'noun')})\b"
    rf"|,\s*demikian\s+(?:[\w.]+\s+){{1,4}}?(?:{alternation(w for w, kind in table_rows('report_words.tsv') if kind == 'verb')})\b")


def add_unique(doc: QuoteContext, quote: Quote) -> None:
    if quote.end - quote.start < 3:
        return
    for index, other in enumerate(doc.quotes):
        if overlaps(quote.start, quote.end, [(other.start, other.end)]):
            if other.kind == "direct" or other.end - other.start >= quote.end - quote.start:
                return
            del doc.quotes[index]
            break
    doc.quotes.append(quote)

# -- attribution evidence -------------------------------------------------------------------


def attach_post(doc: QuoteContext, quote: Quote, cue: re.Match) -> None:
    quote.cue, quote.cue_start, quote.cue_end = cue.group("cue"), cue.start("cue"), cue.end("cue")
    if speech_verbs().get(cue.group("cue").lower(), ("", "closer"))[1] == "nya":  # `ujarnya`, not `tanya`
        quote.speaker_start, quote.speaker_end = quote.cue_end - 3, quote.cue_end
        quote.confidence = 0.8
    else:
        line_end = doc.text.find("\n", quote.cue_end)
        line_end = len(doc.text) if line_end < 0 else line_end
        quote.speaker_start, quote.speaker_end = speaker_after(doc.text, quote.cue_end, line_end)
        quote.confidence = 0.9
    find_source(doc, quote, quote.cue_end)


def attach_pre(doc: QuoteContext, quote: Quote, cue: re.Match, sentence_start: int) -> None:
    quote.cue, quote.cue_start, quote.cue_end = cue.group("cue"), cue.start("cue"), cue.end("cue")
    quote.speaker_start, quote.speaker_end = speaker_before(doc.text, sentence_start, cue.start("cue"))
    quote.confidence = 0.85
    find_source(doc, quote, sentence_start)


def source_span(doc: QuoteContext, source: re.Match) -> tuple[int, int]:
    """The source a `source` pattern match names, with its name after a comma (`kantor berita negara Rusia, RIA`)
    but not a day (`Antara, Rabu`) nor the sentence going on (`mengutip Lintas Musik, Rina Sari mengatakan`)."""
    start, end = source_bounds(doc.text, source.start("source"), source.end("source"))
    comma = doc.text.find(",", start, end)
    if comma > start:
        after_comma = doc.text[comma + 1:end].strip().rstrip(".").lower()
        if after_comma in word_set("calendar_words.txt") or SENTENCE_GOES_ON.match(doc.text, end):
            end = comma
    return start, end


SENTENCE_GOES_ON = re.compile(r"\s+[\w(]")
COMMA = re.compile(r",\s*")  # a comma and the spaces after it


def source_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """A source's span, trimmed; `dari` glued to the name (`dikutip dariReuters`) left out, and the day after it
    (`dilansir dari Lintas pada Senin (17/7)`); empty when it names a day, not a source (`dilansir pada Sabtu (26/7)`)."""
    start, end = trim(text, start, end)
    if GLUED_DARI.match(text, start):
        start += 4
    if _dated(text[start:end]):
        return start, start
    day = next((m for m in DAY_AFTER_SOURCE.finditer(text, start, end) if m.group(1).lower() in CALENDAR_WORDS), None)
    end = day.start() if day and day.start() > start else end
    date = next((m for m in DATE_IN_SOURCE.finditer(text, start, end) if m.group("glued") is None
                 or m.group("glued").lower() in CALENDAR_WORDS), None)
    end = date.start() if date and date.start() > start else end
    relay = RELAYED.match(text, start, end)
    if relay and is_outlet_name(relay.group("relay")):
        start = relay.end()
    return trim(text, start, end - (end > start and text[end - 1] == ":"))


def is_outlet_name(name: str) -> bool:
    """An outlet of the outlet table, or one of its channels written glued to it (`KompasTekno`, `detikINET`)."""
    forms = outlet_forms()
    lowered = name.lower()
    return lowered in forms or any(lowered.startswith(form) and name[len(form):][:1].isupper() for form in forms)


CALENDAR_WORDS = word_set("calendar_words.txt")
GLUED_DARI = re.compile(r"dari(?=[A-Z]|[a-z]+[A-Z])")  # `dariReuters`, `daridetikNews`: a space lost in the crawl
# `Lintas pada Senin (17/7)`, `Lintas, Rabu`, `Lintas Jumat (3/1)`, `Lintaspada Kamis` (a space lost): when, not from where
DAY_AFTER_SOURCE = re.compile(r"(?:,?\s+(?:pada\s+|tanggal\s+)?|pada\s+)([A-Za-z']+)\b")
# a date after the name (`Lintas (30/10/2024)`, `Lintas pada 30 Oktober`) or a day glued to it (`LintasRabu (22/10)`):
# when the text was taken, not from where
DATE_IN_SOURCE = re.compile(r"\s*\(\s*\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*\d{2,4})?\s*\)|\s+pada\s+\d{1,2}\b"
                            r"|(?<=[a-z])(?P<glued>[A-Z][a-z']+)\b")
# `dihimpun KompasTekno dari Lintas Review`: an outlet passing on what another published; the other is the source
RELAYED = re.compile(r"(?P<relay>[^\s,]+)\s+dari\s+(?=\S)")


def find_source(doc: QuoteContext, quote: Quote, search_from: int) -> None:
    sentence_start, sentence_end = doc.sentence_at(quote.start)
    sentence_end = max(sentence_end, doc.sentence_at(search_from)[1])
    source = next((m for m in doc.patterns["source"].finditer(doc.text, sentence_start, sentence_end)
                   if names_source(doc, m)), None)  # not `katanya mengutip puisi ..., dilansir Lintas`: the second
    if source and not (quote.start <= source.start() < quote.end):
        if cited := cited_source(doc, source):
            quote.via_cue, quote.via_start, quote.via_end = cited
        return
    medium = next((m for m in doc.patterns["medium"].finditer(doc.text, sentence_start, sentence_end)
                   if not quote.start <= m.start() < quote.end and names_medium(m)), None)
    if medium:
        if medium.group("source"):
            start, end = source_bounds(doc.text, medium.start("source"), medium.end("source"))
            # not `kepada Kompas.com` in its own article, nor a day (`diwawancarai radio pada Senin`)
            if end > start and not own_outlet(doc, medium.start("source"), medium.end("source")):
                quote.via_cue, quote.via_start, quote.via_end = medium.group("cue"), start, end
        else:
            quote.via_cue = medium.group("cue2")
            quote.via_start, quote.via_end = medium_bounds(doc.text, medium)
        return
    according = doc.patterns["according"].search(doc.text, max(quote.end, sentence_start), sentence_end)
    if according and quote.cue and quote.cue.lower() != "menurut":
        quote.via_cue = according.group("cue")
        quote.via_start, quote.via_end = trim(doc.text, according.start("speaker"), according.end("speaker"))


def cited_source(doc: QuoteContext, source: re.Match) -> tuple[str, int, int] | None:
    """(cue, start, end) of the source a `source` match names; None for the document's own outlet."""
    start, end = source_span(doc, source)
    return None if own_outlet(doc, start, end) else (source.group("cue"), start, end)


def own_outlet(doc: QuoteContext, start: int, end: int) -> bool:
    """The document's own outlet (`kepada Kompas.com`, `dikutip JUARA` in their own articles): its own reporting, no
    intermediary."""
    return doc.outlet is not None and _outlet_key(doc.text[start:end]) == _outlet_key(doc.outlet)


def _outlet_key(name: str) -> str:
    """An outlet's name compared without case, spaces, `News` or web suffix (`KabarWarta`, `KABARWARTA.COM`), but not
    through the outlet table: a sister channel (`detikHot` in a detik.com article) is a source of its own."""
    return re.sub(r"(?:\s*news)?(?:\.(?:co|com|net|id|tv))*$|\W", "", name.lower())


def medium_bounds(text: str, medium: re.Match) -> tuple[int, int]:
    """A written medium without what follows its noun (`siaran pers yang diterima X` -> `siaran pers`), with the platform
    a post was made on (`dalam unggahan di Instagram` -> `unggahan di Instagram`: the post alone names no source)."""
    end = medium.end("source2")
    if (platform := POST_PLATFORM.match(text, end)) and medium.group("source2").lower() in CHANNEL_HEADS:
        end = platform.end()
    start, end = source_bounds(text, medium.start("source2"), end)
    relative = re.search(r"\s+yang\b", text[start:end])
    return (start, start + relative.start()) if relative else (start, end)


# the speaker's own channel (medium_heads.tsv, kind channel), and a post's platform after it: `unggahan di Instagram`,
# `cuitan di akun Kicau`, `unggahan di platform X` (the page words of platform_words.txt, and `platform` itself)
CHANNEL_HEADS = frozenset(head for head, kind in medium_heads().items() if kind == "channel")
POST_PLATFORM = re.compile(rf"\s+di\s+(?:(?:{alternation(word_set('platform_words.txt') | {'platform'})})\s+)?[A-Z]\w*(?:\.\w+)*")


def names_medium(medium: re.Match) -> bool:
    """A `medium` match names one: `kepada` only an outlet, by its name or its head (`kepada kantor berita X`;
    `kepada Menteri X` names none, nor `kepada media Direktur X`: the press, then the speaker)."""
    head = (medium.group("head") or "").split()
    if (medium.group("cue2") or "").lower() == "di" and any(
            f"{medium.group('source2').lower()} ".startswith(f"{circulating} ") for circulating in CIRCULATION_MEDIA):
        return False  # `komentar di media sosial yang ...`: where something circulates, no statement's channel
    if medium.group("source") and names_place(medium.group("source")):
        return False  # `kepada media Rusia`, `dalam wawancara dengan Jepang`: a place or a body, no outlet
    if medium.group("source") and not _outlet(medium.group("source")) and HOST_SHOW.match(medium.string, medium.end()):
        return False  # `wawancara dengan Tono Raharjo di acara radio`: the show's host, a person
    return ((medium.group("cue") or "").lower() != "kepada" or bool(head) and head[0].lower() != "media"
            or _outlet(medium.group("source")))


CIRCULATION_MEDIA = word_set("circulation_media.txt")


def names_source(doc: QuoteContext, source: re.Match) -> bool:
    """A `source` match names one: not a day (`dikutip Jumat (20/1)`), and a capitalised name among its first words, a
    web address or a medium (`keterangan tertulis`, `laman resmi kementerian`), not `Diberitakan sebelumnya` nor
    `mengutip data ...`."""
    start, end = source_span(doc, source)
    name = doc.text[start:end]
    if end <= start or name.split()[0].lower() in NOT_SOURCE_OPENERS:
        return False  # `dilaporkan ke Polda X`: a report made to someone, no source named
    first = name.split()[0]
    if first.islower() and first not in SOURCE_OPENINGS and not _outlet(first):
        return False  # `diberitakan ditangkap X`, `diambil dari pantai di X`: no medium or outlet opens it
    if source.group("cue").lower() in QUOTE_ONLY_CUES and not (
            QUOTATION_CLOSE.search(doc.text, doc.sentence_at(source.start())[0], source.start())
            or CLOSING_SOURCE.search(doc.text, max(0, source.start() - CLOSING_REACH), source.start())):
        return False  # bare `dilaporkan X` names a source only after a quotation (`“...,” ujarnya dilaporkan X`) or
                      # closing what came before (`Demikian dilaporkan X.`)
    opening = " ".join(name.split()[:NAME_REACH])  # not `mengutip seorang sumber yang ... Jenderal Rina`
    return any(c.isupper() for c in opening) or WEB_ADDRESS.search(name) is not None or name.split()[0].lower() in SOURCE_HEADS


# a source names no place, time or addressee first (`dilaporkan ke polisi`, `dikutip pada Senin`)
NOT_SOURCE_OPENERS = (word_set("place_prepositions.txt") | word_set("object_prepositions.txt")) - {"dari"}
# cues that also report a case to the police (`dilaporkan`): a source after them only right after a quotation
QUOTE_ONLY_CUES = {"dilaporkan", "dilaporkan oleh"}
QUOTATION_CLOSE = re.compile(r"[”\"’]")


NAME_REACH = 3  # words after a source cue where the name starts (`dikutip dari the Lintas Reporter`)


SOURCE_HEADS = word_set("source_heads.txt")
# lower-case words a source may open with: medium heads, outlet heads, determiners (source_openers.txt)
SOURCE_OPENINGS = (SOURCE_HEADS | word_set("source_openers.txt") | {w for p in word_set("outlet_heads.txt") for w in p.split()}
                   | {phrase.split()[0] for phrase, _ in table_rows("medium_heads.tsv")} | {"dari", "oleh"})
WEB_ADDRESS = re.compile(r"\w\.(?:com|id|net|org|co|go)\b")


def _dated(name: str) -> bool:
    """`dikutip Jumat (20/1)`, `dilansir pada Senin`: when the text was taken, not from where."""
    words = re.findall(r"[\w']+", name.lower())
    words = words[1:] if words[:1] == ["pada"] else words
    return bool(words) and (words[0] in word_set("calendar_words.txt") or words[0].isdigit())


def _outlet(name: str) -> bool:
    """`Kompas TV`, `Antara`, `Radio Elshinta`: a name with a news-medium word (`kepada Menteri X` names no medium), a web
    address, or a name the corpus cites as a source opening it (cited_sources.txt: `kepada Lintas Warta`)."""
    words = re.split(r"[\s.]+", name.lower())
    return (any(word in word_set("media_words.txt") for word in words) or bool(WEB_ADDRESS.search(name))
            or any(tuple(name.lower().split()[:length]) in CITED_SOURCES for length in range(1, CITED_WORDS + 1)))


def names_place(name: str) -> bool:
    """`media Rusia`, `kepada Jepang`, `laporan Bank Dunia`: a country, region or city of the gazetteers, or a body of
    known_names.tsv, says where or whose, never the outlet a statement was taken from (an outlet named like a town,
    `Marca`, is the outlet)."""
    cleaned = name.strip(" .,;:")
    return (match_key(cleaned) in known_names() or cleaned.lower() in city_names()) and not _outlet(cleaned)


CITED_SOURCES = phrase_set("cited_sources.txt")
HOST_SHOW = re.compile(r"\s+(?:di|dalam)\s+acara\b", re.IGNORECASE)  # after an interviewer's name: the show they host
CITED_WORDS = 4  # the longest cited name's words (`Architectural Digest India`)


def report_sources(doc: QuoteContext) -> list[tuple[int, tuple[str, int, int], bool]]:
    """An outlet reporting what the article relays: its name before a verb of reporting (`Kantor berita Lintas
    melaporkan, ...`) or after a noun of reporting opening a sentence (`Menurut laporan Lintas, ...`), report_words.tsv; (where the phrase starts,
    (cue, start, end) of the outlet, whether it closes what came before: `..., demikian Lintas melaporkan.`). Only an
    outlet: a name with an outlet head, a news-medium word or one the corpus cites (`Polisi melaporkan` is none)."""
    found = []
    for cue in REPORT_VERB.finditer(doc.text, doc.body_start):
        if reporter := outlet_reporter(doc, cue.start()):
            start = reporter.start("source")
            while (word := WORD_AT.match(doc.text, start, reporter.end("source"))) and word.group(1).lower() in corpus_vocabulary():
                start = word.end()  # `Sementara Lintas melaporkan`: a sentence's first word is no part of the name
            found.append((reporter.start(), (cue.group("cue"), *trim(doc.text, start, _name_end(doc.text, reporter.end("source")))),
                          bool(CLOSING_SOURCE.search(doc.text, max(0, reporter.start() - CLOSING_REACH), reporter.start()))))
    for sentence_start, sentence_end in doc.sentences:
        # not `..., menurut laporan Lintas.` after its statement: that quote's own source (`according`)
        if sentence_start >= doc.body_start and (report := opening_report(doc, sentence_start, sentence_end)):
            found.append((report.start(), (report.group("cue"), *trim(doc.text, report.start("source"), _name_end(doc.text, report.end("source")))),
                          False))
    return [f for f in found if not doc.excluded(f[0], f[1][2]) and f[1][2] > f[1][1] and not own_outlet(doc, *f[1][1:])
            and not names_place(doc.text[f[1][1]:f[1][2]])]


def _name_end(text: str, end: int) -> int:
    """A name's end without the full stop closing its sentence (`menurut laporan Lintas.`)."""
    return end - 1 if text[end - 1:end] == "." else end


def opening_report(doc: QuoteContext, start: int, end: int) -> re.Match | None:
    """An outlet's report opening the sentence at `start` (`Menurut laporan Lintas, ...`, `Namun menurut kantor berita
    Lintas, ...`, `Menurut Lintas TV, ...`), if one does: a noun of reporting or an outlet head before the name, or a name
    that is an outlet (`Menurut Rina, ...` is her own statement)."""
    if doc.text.find("enurut", start, min(end, start + REPORT_OPENER_REACH)) < 0:
        return None  # (found by str.find first: most sentences open with no `menurut`)
    report = REPORT_NOUN.search(doc.text, start, end)
    if not report or len(doc.text[start:report.start()].split()) > REPORT_OPENER_WORDS:
        return None
    return report if report.group("noun") or report.group("head") or _outlet(report.group("source")) else None


def outlet_reporter(doc: QuoteContext, cue_start: int) -> re.Match | None:
    """The outlet named right before a verb of reporting at `cue_start` (`Kantor berita Lintas melaporkan`), if an outlet
    stands there."""
    sentence_start = doc.sentence_at(cue_start)[0]
    reporter = REPORTER_BEFORE.search(doc.text, max(sentence_start, cue_start - REPORTER_REACH), cue_start)
    return reporter if reporter and (reporter.group("head") or _outlet(reporter.group("source"))) else None


REPORT_WORDS = table_rows("report_words.tsv")
REPORT_VERBS = frozenset(w for w, kind in REPORT_WORDS if kind == "verb")
OUTLET_NAME = r"[A-Z][\w.&'’-]*(?:[^\S\n]+[A-Z][\w.&'’-]*){0,3}"
OUTLET_HEAD = rf"(?P<head>(?i:{alternation(word_set('outlet_heads.txt'))})\s+)?"
REPORT_VERB = re.compile(rf"\b(?P<cue>{alternation(REPORT_VERBS)})\b")
WORD_AT = re.compile(r"(\w+)\s+")
REPORTER_REACH = 80
REPORT_OPENER_WORDS = 2  # discourse words before an opening `Menurut laporan X,` (`Namun`, `Akan tetapi`)
REPORT_OPENER_REACH = 40  # characters from a sentence's start within which that `menurut` stands  # characters before a verb of reporting where the outlet's name starts
REPORTER_BEFORE = re.compile(rf"{OUTLET_HEAD}(?P<source>{OUTLET_NAME})\s+(?:(?:juga|pun|kembali)\s+)?$")
REPORT_NOUN = re.compile(rf"\b(?P<cue>[Mm]enurut(?:\s+(?P<noun>{alternation(w for w, kind in REPORT_WORDS if kind == 'noun')}))?)\s+"
                         rf"{OUTLET_HEAD}(?P<source>{OUTLET_NAME})")


def matched(doc: QuoteContext, content: tuple[int, int], method: str, match: re.Match, confidence: float) -> Quote:
    """An indirect quote whose cue and speaker are the `cue` and `speaker` groups of a pattern match."""
    quote = Quote(*content, "indirect", method, match.group("cue"), match.start("cue"), match.end("cue"), confidence=confidence)
    quote.speaker_start, quote.speaker_end = trim(doc.text, match.start("speaker"), match.end("speaker"))
    return quote

