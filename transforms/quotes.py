"""Quotes (direct, mixed, indirect) with their speaker, cue and intermediary source, as candidates.

Patterns, each named in the `method` column of attributions:
- `direct_post_cue`: “...,” kata X / ujarnya / tutur X (the cue after the closing mark)
- `direct_pre_cue`: X menggarisbawahi, “...” (a cue and a comma or colon before the opening mark)
- `direct_continued`: a quotation with no cue of its own, following one by the same speaker
- `mixed_post_cue`, `mixed_pre_cue`: a reported clause holding a quoted fragment, cue after or before
- `indirect_pre_cue`: X mengatakan (bahwa) ... / menurut X, ...
- `indirect_post_cue`: ..., kata X.
- `indirect_inside_cue`: ..., sebut X, ...
- `indirect_passive`: Hal tersebut dikatakan (oleh) X. (the statement is the sentence before)
- `indirect_quoting_source`: ..., kantor berita X mengutip pernyataan Y.
Quotations that are titles, nicknames, signs or scare quotes (no speech cue, or a naming word such
as `pesan`, `bertuliskan`, `dijuluki` before them) are not statements.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

import polars as pl

from transforms.lexicon import speech_verbs, word_set
from transforms.sentences import sentence_spans

OPEN_MARKS, CLOSE_MARKS, AMBIGUOUS_MARKS = "“", "”", '"'
NAMING_WORDS = {"pesan", "bertuliskan", "berjudul", "bertajuk", "dijuluki", "julukan", "istilah", "slogan", "tagar",
                "tema", "bernama", "disebut", "dinamai", "kata", "kalimat", "tulisan", "spanduk", "label", "sebutan", "judul"}
PRONOUNS = {"ia", "dia", "beliau", "mereka", "kami", "saya", "aku", "-nya", "nya"}
# Words that show the text before a cue is a clause, not the speaker's name or description.
CLAUSE_WORDS = {"karena", "yang", "sebelum", "setelah", "ketika", "untuk", "agar", "jika", "sehingga", "bahwa", "tetapi",
                # concessive and conditional clauses front a cue whose subject comes later
                # (`Kendati mengakui tidak mendengar, Rina menyebut, ...`)
                "kendati", "meski", "meskipun", "walau", "walaupun", "biarpun", "apabila", "bila", "seandainya"}
# Conjunctions that open a new clause with its own subject inside one sentence.
CONJUNCTIONS = {"namun", "tetapi", "tapi", "sedangkan", "padahal"}
# Words opening a comma-set phrase of time or circumstance between a speaker and the cue.
ADVERBIAL_LEADS = {"saat", "ketika", "sewaktu", "dalam", "di", "seusai", "usai", "selepas", "setelah", "sebelum", "sesudah", "pada",
                   "kemarin", "hari", "pekan", "dihubungi", "ditemui", "melalui", "lewat", "secara", "kepada", "beberapa"}
SPEAKER_LEAD_WORDS = {"mana", "sementara", "itu", "sebelumnya", "lebih", "lanjut", "selain", "kemudian", "namun", "tetapi", "sedangkan",
                      "adapun", "di", "sisi", "lain", "pun", "juga", "pula", "dalam", "kesempatan", "yang", "sama", "saat"}
# `menurut video yang disiarkan ...`: records and pictures show things, they do not make statements.
NOT_SPEAKERS = {"video", "foto", "gambar", "rekaman", "citra", "peta", "grafik", "tabel", "jadwal", "data", "catatan"}
MIN_DIRECT_WORDS = 3
MAX_NAMED_WORDS = 12  # an office and a name (`Manajer Humas PT Kereta Api Indonesia Rina Sari`)
FRAGMENT_LINK = re.compile(r"\s*(?:untuk|bahwa|agar|akan|supaya)?\s*")
FRAGMENT_SHARE = 0.5
FRAGMENT_JOINER = re.compile(r"[”\"]?\s*(?:,|dan|serta|atau|,\s*dan)\s*")
MIN_INDIRECT_WORDS = 4
MAX_SPEAKER_CHARS = 120


@dataclass
class Quote:
    start: int
    end: int
    kind: str
    method: str
    cue: str | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    via_start: int | None = None
    via_end: int | None = None
    via_cue: str | None = None
    confidence: float = 0.5


@lru_cache(maxsize=1)
def _cue_patterns() -> dict[str, re.Pattern]:
    verbs = speech_verbs()

    def alternation(groups: set[str], positions: set[str]) -> str:
        forms = [f for f, (_, group, position, _) in verbs.items() if group in groups and position in positions]
        return "|".join(sorted(map(re.escape, forms), key=len, reverse=True))

    post = alternation({"base", "nya", "men"}, {"post", "any"})
    pre = alternation({"men"}, {"pre", "any"})
    passive = alternation({"passive"}, {"any"})
    return {
        # `, kata X.` / `, ujarnya.` right after a quotation or clause
        "post": re.compile(rf"\s*,?\s*(?P<cue>{post})\b", re.IGNORECASE),
        # `X mengatakan(,| bahwa| :)` before content
        "pre": re.compile(rf"\b(?P<cue>{pre})\b(?P<link>\s*(?:,|:)?\s*(?:bahwa\s+)?)", re.IGNORECASE),
        "passive": re.compile(
            rf"(?:hal|pernyataan|informasi|keterangan|penjelasan|kabar)\s+(?:tersebut|itu|ini)\s+(?:juga\s+)?"
            rf"(?P<cue>{passive})\s+(?:oleh\s+)?(?P<speaker>[^.]+?)\s*\.?$",
            re.IGNORECASE,
        ),
        # `..., Xinhua melaporkan.`, `..., klub itu menyatakan, Sabtu.`: the subject and its verb close the sentence
        "post_subject": re.compile(
            rf",\s*(?P<speaker>[^,]{{2,80}}?)\s+(?P<cue>{pre})\s*(?:,\s*[A-Z][\w()/ ]{{0,30}})?\s*[.!]?\s*$", re.IGNORECASE
        ),
        "according_nya": re.compile(r"\b(?P<cue>[Mm]enurut(?P<speaker>nya))\b,?"),
        "inside": re.compile(rf",\s*(?P<cue>{post})\s+(?P<speaker>[^,]{{2,80}}),", re.IGNORECASE),
        # `menurut X, ...`; `berdasarkan keterangan tertulis yang disampaikan X, ...` says the same
        "according": re.compile(
            r"\b(?P<cue>[Mm]enurut|[Bb]erdasarkan (?:keterangan|penjelasan|pernyataan)(?: tertulis| resmi| pers)?"
            r"(?: yang disampaikan| dari)?)\s+(?P<speaker>[^,.]{2,100})"
        ),
        "source": re.compile(
            r"\b(?P<cue>(?:seperti |sebagaimana )?(?:dikutip|dilansir|diambil)(?: dari)?|melansir|mengutip)\s+"
            r"(?P<source>[^,.;]{2,80}(?:,\s*[A-Z][\w.-]*)?)",
        ),
        "quoting": re.compile(r",\s*(?P<source>[^,]{2,80}?)\s+(?P<cue>mengutip)\s+(?:pernyataan\s+|keterangan\s+)?(?P<speaker>.+?)\s*\.?$"),
    }


QUOTATION_MARK = re.compile(f"[{re.escape(OPEN_MARKS + CLOSE_MARKS + AMBIGUOUS_MARKS)}]")


def quotation_spans(line: str) -> list[tuple[int, int, bool]]:
    """(content start, content end, closed) of quotations in one paragraph, marks excluded.

    A closing mark with no quotation open opens one (`”Saya ...` in Kompas style); a quotation still
    open at the end of the paragraph runs to its end (it continues in the next paragraph).
    """
    spans = []
    opened: int | None = None
    for mark in QUOTATION_MARK.finditer(line):
        position, char = mark.start(), mark.group()
        if opened is None:
            opened = position
        elif char == OPEN_MARKS and line[opened] == OPEN_MARKS and position - opened > 1:
            spans.append((opened + 1, position, False))
            opened = position
        else:
            spans.append((opened + 1, position, True))
            opened = None
    if opened is not None and len(line) - opened > 1:
        spans.append((opened + 1, len(line), False))
    return spans


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while end > start and text[end - 1] in " ,;\t":
        end -= 1
    while start < end and text[start] in " \t":
        start += 1
    return start, end


SPEAKER_WORD = re.compile(r"[^\s,.;:“”\"()]+|[,.;:“”\"()]")
# Words after which a speaker phrase does not go on: circumstances and clause starters.
SPEAKER_STOP_WORDS = {"dalam", "saat", "ketika", "usai", "seusai", "di", "pada", "kepada", "yang", "melalui", "lewat",
                      "menurut", "dikutip", "dilansir", "seperti", "sebagaimana", "seraya", "sambil", "sebelum", "setelah",
                      "kemarin", "tadi", "via", "lalu"}


def _speaker_after(text: str, start: int, limit: int) -> tuple[int, int]:
    """The speaker phrase after a post cue (`kata Kepala Dinas X Budi Santoso`).

    It ends at the sentence's end, at a comma that is not followed by a capitalised name (an
    apposition such as `, Sinta Dewi` goes on), and at a lower-case word once a name has begun
    (`kata Candra menegaskan`, `kata Anang saat dihubungi`).
    """
    end = start
    named = False
    skip_to = start
    for word in SPEAKER_WORD.finditer(text, start, limit):
        if word.start() < skip_to:
            continue
        token = word.group(0)
        bracketed = BRACKETED_ACRONYM.match(text, word.start()) if token == "(" else None
        if bracketed:  # `peneliti Lembaga Ilmu Pengetahuan Indonesia (LIPI), Dewi ...`
            skip_to = end = bracketed.end()
            continue
        if token in ".;:“”\"()\n" or "\n" in text[end:word.start()]:
            break
        if token == ",":
            following = SPEAKER_WORD.search(text, word.end(), limit)
            if following and following.group(0)[:1].isupper() and following.group(0).lower() not in word_set("calendar_words.txt"):
                continue
            break
        lower = token.lower()
        if token[:1].islower() and lower in SPEAKER_STOP_WORDS or lower in word_set("calendar_words.txt"):
            break
        if token[:1].islower() and named and lower not in word_set("titles.txt") and lower not in NAME_JOINERS:
            break
        named = named or token[:1].isupper()
        end = word.end()
    return _trim(text, start, end)


NEGATION_REACH = 30  # characters before a cue where its negation can stand
NEGATION_BEFORE = re.compile(r"\b(?:tak|tidak|belum|enggan|bukan|menolak)\s+(?:(?:mau|ingin|bisa|dapat|pernah|akan|juga|lagi)\s+)?$",
                             re.IGNORECASE)
INSIDE_APPOSITION = re.compile(r"\s*([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,4}),")
NAME_JOINERS = {"bin", "binti", "van", "von", "de", "al", "dan"}
BRACKETED_ACRONYM = re.compile(r"\(\s*[A-Z][A-Za-z.&-]{1,15}\s*\)")


def _adverbial(part: str) -> bool:
    """`Senin (18/5/2020)`, `saat dihubungi di Ambon`: when or how someone spoke, not who."""
    words = part.lower().split()
    if words[:2] == ["di", "mana"]:
        return False  # `..., di mana pemimpin partai Rina Sari menyatakan`: a relative clause with its subject
    if words[:1] == ["yang"] and len(words) > 1 and words[1] in ADVERBIAL_LEADS:
        return True  # `Rina, yang dihubungi dari Jakarta, mengatakan`
    first = words[0].strip("(") if words else ""
    return not first or first[0].isdigit() or first in ADVERBIAL_LEADS or first in word_set("calendar_words.txt")


def _named_before_role(body: str, comma: int, part: str) -> int | None:
    """Where the name starts when `part` describes a name set before it with a comma
    (`Rina Sari, dokter dari RS Harapan, menjelaskan`, `Rina, yang juga ketua RT, mengatakan`)."""
    if not part[:1].islower() or all(word in SPEAKER_LEAD_WORDS for word in part.split()):
        return None
    previous = body.rfind(", ", 0, comma)
    start = previous + 2 if previous >= 0 else 0
    name = body[start:comma].split()
    if not 1 <= len(name) <= MAX_NAMED_WORDS or not (name[0][:1].isupper() and name[-1][:1].isupper()):
        return None
    if any(word.lower() in CLAUSE_WORDS for word in name):
        return None
    return start


def _opens_apposition(segment: str, word: re.Match) -> bool:
    """`yang` right after a comma opens an apposition closed by another (`Rina, yang juga ketua RT,
    mengatakan`), not a clause holding the cue (`Rina, yang turut menulis laporan itu menyebutkan`)."""
    return (word.group(0).lower() == "yang" and segment[:word.start()].rstrip().endswith(",")
            and "," in segment[word.end():])


def _speaker_before(text: str, clause_start: int, cue_start: int) -> tuple[int, int]:
    """The subject before a pre cue: the clause's words, leading discourse words left out.

    Between commas, the part nearest the cue names the speaker (`Sementara itu, Rina mengatakan`);
    parts that only say when or how (`Rina Sari, saat dihubungi, Senin, mengatakan`) are passed over.
    """
    segment = text[clause_start:cue_start]
    body = segment.rstrip(" ,")
    cut, position = 0, len(body)
    while (comma := body.rfind(", ", 0, position)) >= 0:
        part = body[comma + 2:position]
        if not _adverbial(part):
            cut = comma + 2 if len(part) >= 2 else 0  # `..., ia berjanji`
            named = _named_before_role(body, comma, part)
            if named is not None:
                cut = named
            break
        position = comma
    segment = segment[:position] if position < len(body) else segment
    words = list(re.finditer(r"\S+", segment[cut:]))
    joined = [i for i, w in enumerate(words) if w.group(0).lower() in CONJUNCTIONS]
    if joined and joined[-1] + 1 < len(words):  # `Rincian tidak diungkap namun media Prancis mengatakan`
        cut += words[joined[-1] + 1].start()
        words = list(re.finditer(r"\S+", segment[cut:]))
    if any(w.group(0).lower() in CLAUSE_WORDS for w in words if not _opens_apposition(segment[cut:], w)):
        return cue_start, cue_start
    first = 0
    while first < len(words) and words[first].group(0).lower().strip(",") in SPEAKER_LEAD_WORDS:
        first += 1
    if first >= len(words):
        return cue_start, cue_start
    start = clause_start + cut + words[first].start()
    return _trim(text, start, clause_start + len(segment))


class DocumentQuotes:
    def __init__(self, text: str, excluded: list[tuple[int, int]], body_start: int):
        self.text = text
        self.excluded = excluded
        self.body_start = body_start
        self.sentences = sentence_spans(text)
        self.sentence_starts = [s for s, _ in self.sentences]
        self.quotes: list[Quote] = []
        self.patterns = _cue_patterns()

    def sentence_at(self, offset: int) -> tuple[int, int]:
        index = max(0, bisect_right(self.sentence_starts, offset) - 1)
        return self.sentences[index] if self.sentences else (0, len(self.text))

    def _excluded(self, start: int, end: int) -> bool:
        return end <= self.body_start or any(start < e and s < end for s, e in self.excluded)

    def run(self) -> list[Quote]:
        offset = 0
        for line in self.text.split("\n"):
            line_start = offset
            offset += len(line) + 1
            if not line.strip() or self._excluded(line_start, line_start + len(line)):
                continue
            self._quotations(line, line_start)
        self._indirect()
        self._continued_speakers()
        return sorted(self.quotes, key=lambda q: q.start)

    # -- quotations -------------------------------------------------------------------------
    def _quotations(self, line: str, line_start: int) -> None:
        for content_start, content_end, closed in quotation_spans(line):
            start, end = _trim(self.text, line_start + content_start, line_start + content_end)
            if end <= start or start < self.body_start:
                continue
            words = len(self.text[start:end].split())
            sentence_start, sentence_end = self.sentence_at(start - 1 if start > 0 else start)
            sentence_start = min(sentence_start, start - 1)
            before = self.text[sentence_start:start - 1]
            after_start = line_start + content_end + (1 if closed else 0)
            after = self.text[after_start:line_start + len(line)]
            # the first word before the quotation names it (`pesan “...”`): not a statement
            last_word = re.findall(r"[\w-]+", before.lower())[-1:] if before.strip() else []
            if last_word and last_word[0] in NAMING_WORDS and not before.rstrip().endswith((",", ":")):
                continue
            post = self.patterns["post"].match(self.text, after_start, line_start + len(line))
            # at the start of a sentence, or right after one the sentence splitter did not cut (`... baik. ”Kami ...`)
            at_start = not before.strip() or before.strip() in ("”", "“", '"') or before.rstrip().endswith((".", "!", "?"))
            pre = self._pre_cue_before(before, sentence_start)
            if words >= MIN_DIRECT_WORDS and (at_start or pre) and (post or pre or not closed or self._ends_sentence(after)):
                quote = Quote(start, end, "direct", "direct_post_cue" if post else "direct_pre_cue" if pre else "direct_continued")
                if post:
                    self._attach_post(quote, post)
                elif pre:
                    self._attach_pre(quote, pre, sentence_start)
                self.quotes.append(quote)
                continue
            self._mixed(start, end, after_start, sentence_start, sentence_end)

    @staticmethod
    def _ends_sentence(after: str) -> bool:
        return not after.strip() or after.lstrip()[:1] in (".", "!", "?") or after.lstrip()[:1].isupper()

    def _pre_cue_before(self, before: str, sentence_start: int) -> re.Match | None:
        stripped = before.rstrip()
        if not stripped.endswith((",", ":")):
            return None
        for match in self.patterns["pre"].finditer(self.text, sentence_start, sentence_start + len(stripped)):
            if sentence_start + len(stripped) - match.end() <= 1:
                return match
        return None

    def _mixed(self, start: int, end: int, after_mark: int, sentence_start: int, sentence_end: int) -> None:
        """A quoted fragment inside a reported clause, if a cue reports it.

        The quote is the fragment alone when it follows the cue directly (`menyatakan “...”`,
        `berjanji untuk “...”`) or fills most of the sentence; otherwise the whole reported clause.
        """
        pre = self._first_pre_cue(sentence_start, start)
        previous = self.quotes[-1] if self.quotes else None
        if previous is not None and previous.method == "mixed_fragment" and FRAGMENT_JOINER.fullmatch(self.text[previous.end:start - 1]):
            # `berjanji untuk “...” dan “...”`: a second fragment of the same statement
            quote = Quote(start, end, "mixed", "mixed_fragment", previous.cue, previous.cue_start, previous.cue_end,
                          previous.speaker_start, previous.speaker_end, confidence=previous.confidence)
            self._add_unique(quote)
            return
        according = self.patterns["according"].search(self.text, after_mark, sentence_end)
        if pre and FRAGMENT_LINK.fullmatch(self.text[pre.end():start - 1]) or (
            (end - start) >= FRAGMENT_SHARE * (sentence_end - sentence_start) and self._cue_in(sentence_start, sentence_end)
        ) or (not pre and according and self.text[after_mark:according.start()].rstrip().endswith(",")):
            quote = Quote(start, end, "mixed", "mixed_fragment")
            post = self._post_cue_after(after_mark, sentence_end)
            if pre and pre.start() < start:
                self._attach_pre(quote, pre, sentence_start)
            elif post:
                self._attach_post(quote, post)
            elif according:
                quote.cue, quote.cue_start, quote.cue_end = according.group("cue"), according.start("cue"), according.end("cue")
                quote.speaker_start, quote.speaker_end = _trim(self.text, according.start("speaker"), according.end("speaker"))
                quote.confidence = 0.6
            self._add_unique(quote)
            return
        clause_end = sentence_end
        for post in re.finditer(r",\s*", self.text[end:sentence_end]):
            match = self.patterns["post"].match(self.text, end + post.start(), sentence_end)
            if match:
                clause_end = end + post.start()
                lead = self.text.rfind(", ", sentence_start, start)
                clause_start = lead + 2 if lead >= 0 and len(self.text[lead:start].split()) > 2 else sentence_start
                pre = self._first_pre_cue(sentence_start, start)
                if pre:
                    clause_start = pre.end()
                quote = Quote(*_trim(self.text, clause_start, clause_end), "mixed", "mixed_post_cue")
                self._attach_post(quote, match)
                self._add_unique(quote)
                return
        pre = self._first_pre_cue(sentence_start, start)
        if pre:
            stop = self._clause_stop(pre.end(), sentence_end)
            quote = Quote(*_trim(self.text, pre.end(), max(stop, end + 1 if end < sentence_end else end)), "mixed", "mixed_pre_cue")
            quote.end = _trim(self.text, quote.start, min(quote.end, sentence_end))[1]
            if self.text[quote.end - 1] == ".":
                quote.end -= 1
            self._attach_pre(quote, pre, sentence_start)
            self._add_unique(quote)

    def _first_pre_cue(self, sentence_start: int, limit: int) -> re.Match | None:
        for match in self.patterns["pre"].finditer(self.text, sentence_start, limit):
            if self._speaker_before_ok(sentence_start, match.start()):
                return match
        return None

    def _post_cue_after(self, start: int, sentence_end: int) -> re.Match | None:
        if match := self.patterns["post"].match(self.text, start, sentence_end):
            return match
        for comma in re.finditer(r",\s*", self.text[start:sentence_end]):
            match = self.patterns["post"].match(self.text, start + comma.start(), sentence_end)
            if match:
                return match
        return None

    def _cue_in(self, start: int, end: int) -> bool:
        return bool(self.patterns["pre"].search(self.text, start, end) or self._post_cue_after(start, end))

    def _speaker_before_ok(self, sentence_start: int, cue_start: int) -> bool:
        start, end = _speaker_before(self.text, sentence_start, cue_start)
        return end > start and end - start <= MAX_SPEAKER_CHARS

    def _clause_stop(self, start: int, sentence_end: int) -> int:
        """Where reported content ends: before a trailing `, menurut ...` or `, kata ...`."""
        tail = re.search(r",\s*(?:menurut|seperti dikutip|dikutip|dilansir|kata|ujar|tutur|lapor|yang)\b", self.text[start:sentence_end])
        return start + tail.start() if tail else sentence_end

    def _add_unique(self, quote: Quote) -> None:
        if quote.end - quote.start < 3:
            return
        for index, other in enumerate(self.quotes):
            if quote.start < other.end and other.start < quote.end:
                if other.kind == "direct" or other.end - other.start >= quote.end - quote.start:
                    return
                del self.quotes[index]
                break
        self.quotes.append(quote)

    # -- attribution evidence -------------------------------------------------------------------
    def _attach_post(self, quote: Quote, cue: re.Match) -> None:
        quote.cue, quote.cue_start, quote.cue_end = cue.group("cue"), cue.start("cue"), cue.end("cue")
        if cue.group("cue").lower().endswith("nya"):
            quote.speaker_start, quote.speaker_end = quote.cue_end - 3, quote.cue_end
            quote.confidence = 0.8
        else:
            line_end = self.text.find("\n", quote.cue_end)
            line_end = len(self.text) if line_end < 0 else line_end
            quote.speaker_start, quote.speaker_end = _speaker_after(self.text, quote.cue_end, line_end)
            quote.confidence = 0.9
        self._find_source(quote, quote.cue_end)

    def _attach_pre(self, quote: Quote, cue: re.Match, sentence_start: int) -> None:
        quote.cue, quote.cue_start, quote.cue_end = cue.group("cue"), cue.start("cue"), cue.end("cue")
        quote.speaker_start, quote.speaker_end = _speaker_before(self.text, sentence_start, cue.start("cue"))
        quote.confidence = 0.85
        self._find_source(quote, sentence_start)

    def _find_source(self, quote: Quote, search_from: int) -> None:
        sentence_start, sentence_end = self.sentence_at(quote.start)
        sentence_end = max(sentence_end, self.sentence_at(search_from)[1])
        source = self.patterns["source"].search(self.text, sentence_start, sentence_end)
        if source and not (quote.start <= source.start() < quote.end):
            quote.via_cue = source.group("cue")
            quote.via_start, quote.via_end = _trim(self.text, source.start("source"), source.end("source"))
            return
        according = self.patterns["according"].search(self.text, max(quote.end, sentence_start), sentence_end)
        if according and quote.cue and quote.cue.lower() != "menurut":
            quote.via_cue = according.group("cue")
            quote.via_start, quote.via_end = _trim(self.text, according.start("speaker"), according.end("speaker"))

    # -- reported speech without marks -------------------------------------------------------
    def _indirect(self) -> None:
        for index, (start, end) in enumerate(self.sentences):
            if self._excluded(start, end) or any(q.start < end and start < q.end for q in self.quotes):
                continue
            sentence = self.text[start:end]
            if '"' in sentence or "“" in sentence or "”" in sentence:
                continue
            if self._passive(index, start, end) or self._quoting_source(start, end) or self._inside_cue(start, end):
                continue
            if self._post_cue(start, end) or self._pre_cue(start, end) or self._post_subject(start, end):
                continue
            self._according(start, end)

    def _passive(self, index: int, start: int, end: int) -> bool:
        match = self.patterns["passive"].match(self.text, start, end)
        if not match or index == 0:
            return False
        previous_start, previous_end = self.sentences[index - 1]
        if self._excluded(previous_start, previous_end):
            return False
        self._add_unique(self._matched(_trim(self.text, previous_start, previous_end), "indirect_passive", match, 0.7))
        return True

    def _matched(self, content: tuple[int, int], method: str, match: re.Match, confidence: float) -> Quote:
        """An indirect quote whose cue and speaker are the `cue` and `speaker` groups of a pattern match."""
        quote = Quote(*content, "indirect", method, match.group("cue"), match.start("cue"), match.end("cue"), confidence=confidence)
        quote.speaker_start, quote.speaker_end = _trim(self.text, match.start("speaker"), match.end("speaker"))
        return quote

    def _quoting_source(self, start: int, end: int) -> bool:
        match = self.patterns["quoting"].search(self.text, start, end)
        if not match:
            return False
        quote = self._matched(_trim(self.text, start, match.start()), "indirect_quoting_source", match, 0.75)
        quote.via_cue, quote.via_start, quote.via_end = match.group("cue"), *_trim(self.text, match.start("source"), match.end("source"))
        if len(self.text[quote.start:quote.end].split()) >= MIN_INDIRECT_WORDS:
            self._add_unique(quote)
        return True

    def _inside_cue(self, start: int, end: int) -> bool:
        match = self.patterns["inside"].search(self.text, start, end)
        if not match or match.group("cue").lower() in ("menurut",):
            return False
        quote = self._matched(_trim(self.text, start, end), "indirect_inside_cue", match, 0.7)
        apposition = INSIDE_APPOSITION.match(self.text, match.end(), end)
        if apposition:  # `, kata ahli gizi Universitas X, Rina Sari, di Bogor, ...`: the name after the role
            quote.speaker_end = apposition.end(1)
        self._add_unique(quote)
        return True

    def _post_cue(self, start: int, end: int) -> bool:
        for comma in re.finditer(r",\s*", self.text[start:end]):
            position = start + comma.start()
            match = self.patterns["post"].match(self.text, position, end)
            if not match or speech_verbs()[match.group("cue").lower()][1] == "men":
                continue
            content_start, content_end = _trim(self.text, start, position)
            rest = self.text[match.end():end]
            inside = rest.lstrip().startswith(",") and len(rest.split()) > MIN_INDIRECT_WORDS
            if inside:  # `Dalam setahun ini, katanya, kunjungan naik drastis.`: the cue sits inside the statement
                content_start, content_end = _trim(self.text, start, end)
            if len(self.text[content_start:content_end].split()) < MIN_INDIRECT_WORDS:
                return False
            quote = Quote(content_start, content_end, "indirect", "indirect_inside_cue" if inside else "indirect_post_cue")
            self._attach_post(quote, match)
            quote.confidence = 0.75
            self._add_unique(quote)
            return True
        return False

    def _post_subject(self, start: int, end: int) -> bool:
        commas = [start + c.start() for c in re.finditer(",", self.text[start:end])][-2:]  # the subject follows one of them
        match = next((m for c in commas if (m := self.patterns["post_subject"].match(self.text, c, end))), None)
        if not match:
            return False
        speaker_start, speaker_end = _speaker_before(self.text, match.start("speaker"), match.start("cue"))
        if speaker_end <= speaker_start or not any(w[:1].isupper() for w in self.text[speaker_start:speaker_end].split()):
            return False  # `..., yang kemudian menyatakan.`: no subject named
        content_start, content_end = _trim(self.text, start, match.start())
        if len(self.text[content_start:content_end].split()) < MIN_INDIRECT_WORDS:
            return False
        quote = Quote(content_start, content_end, "indirect", "indirect_post_subject", match.group("cue"),
                      match.start("cue"), match.end("cue"), speaker_start, speaker_end, confidence=0.6)
        self._add_unique(quote)
        return True

    def _pre_cue(self, start: int, end: int) -> bool:
        for match in self.patterns["pre"].finditer(self.text, start, end):
            if NEGATION_BEFORE.search(self.text, max(start, match.start("cue") - NEGATION_REACH), match.start("cue")):
                continue  # `Rina tak menjelaskan rencana itu`: a statement not made
            speaker_start, speaker_end = _speaker_before(self.text, start, match.start("cue"))
            if speaker_end <= speaker_start or speaker_end - speaker_start > MAX_SPEAKER_CHARS:
                continue
            if self.text[speaker_start:speaker_end].lower().split()[-1:] in (["yang"], ["akan"], ["untuk"]):
                continue
            linked = bool(match.group("link").strip())
            if not linked and speech_verbs()[match.group("cue").lower()][3] == "link":
                continue
            content_start = match.end()
            content_end = self._clause_stop(content_start, end)
            content_start, content_end = _trim(self.text, content_start, content_end)
            if content_end > content_start and self.text[content_end - 1] == ".":
                content_end -= 1
            if len(self.text[content_start:content_end].split()) < MIN_INDIRECT_WORDS:
                continue
            quote = Quote(content_start, content_end, "indirect", "indirect_pre_cue")
            self._attach_pre(quote, match, start)
            quote.confidence = 0.7 if "bahwa" in match.group("link") else 0.6
            self._add_unique(quote)
            return True
        return False

    def _according(self, start: int, end: int) -> bool:
        match = self.patterns["according"].search(self.text, start, end) or self.patterns["according_nya"].search(self.text, start, end)
        if not match or match.group("speaker").split()[0].lower() in NOT_SPEAKERS:
            return False
        if match.group("speaker") == "nya" and len(self.text[start:match.start()].split()) <= 2:
            content = _trim(self.text, match.end(), end)  # `Namun menurutnya, content.`
        elif match.start() - start < 3:  # `Menurut X, content.`
            comma = self.text.find(",", match.end("speaker"), end)
            if comma < 0:
                return False
            content = _trim(self.text, comma + 1, end)
        else:  # `content, menurut X.`
            content = _trim(self.text, start, match.start())
        if len(self.text[content[0]:content[1]].split()) < MIN_INDIRECT_WORDS:
            return False
        self._add_unique(self._matched(content, "indirect_according", match, 0.6))
        return True

    def _continued_speakers(self) -> None:
        """A quotation with no cue takes the speaker of the next (or previous) attributed quote nearby."""
        ordered = sorted(self.quotes, key=lambda q: q.start)
        for index, quote in enumerate(ordered):
            if quote.speaker_start is not None:
                continue
            neighbours = [q for q in ordered[index + 1:index + 2] + ordered[max(0, index - 1):index] if q.speaker_start is not None]
            if neighbours and abs(neighbours[0].start - quote.end) < 600:
                source = neighbours[0]
                quote.speaker_start, quote.speaker_end = source.speaker_start, source.speaker_end
                quote.cue, quote.cue_start, quote.cue_end = source.cue, source.cue_start, source.cue_end
                quote.confidence = 0.5


QUOTE_CANDIDATE_SCHEMA = {
    "doc_id": pl.String, "start": pl.Int64, "end": pl.Int64, "kind": pl.String, "method": pl.String,
    "cue": pl.String, "cue_start": pl.Int64, "cue_end": pl.Int64, "speaker_start": pl.Int64, "speaker_end": pl.Int64,
    "via_cue": pl.String, "via_start": pl.Int64, "via_end": pl.Int64, "confidence": pl.Float64,
}


def find_quotes(documents: pl.DataFrame) -> pl.DataFrame:
    """documents (doc_id, text, boilerplate, body_start) -> quote candidates with their evidence spans."""
    rows = []
    for doc_id, text, boilerplate, body_start in documents.select("doc_id", "text", "boilerplate", "body_start").iter_rows():
        excluded = [(b["start"], b["end"]) for b in boilerplate or ()]
        for q in DocumentQuotes(text, excluded, body_start).run():
            rows.append((doc_id, q.start, q.end, q.kind, q.method, q.cue, q.cue_start, q.cue_end, q.speaker_start,
                         q.speaker_end, q.via_cue, q.via_start, q.via_end, q.confidence))
    return pl.DataFrame(rows, schema=QUOTE_CANDIDATE_SCHEMA, orient="row")
