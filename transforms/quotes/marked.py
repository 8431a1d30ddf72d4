"""Quotations in marks: direct quotes (`“...,” kata X`, `X mengatakan, “...”`, a quotation continuing
the speaker's) and mixed ones (a reported clause holding a quoted fragment)."""

from __future__ import annotations

import re

from transforms.common import alternation
from transforms.lexicon import speech_verbs, word_set
from transforms.quotes.context import (
    COMMA,
    Quote,
    QuoteContext,
    add_unique,
    attach_post,
    attach_pre,
    clause_stop,
    cue_in,
    find_source,
    first_pre_cue,
    post_cue_after,
)
from transforms.quotes.patterns import quotation_spans
from transforms.quotes.reported import opens_clause
from transforms.quotes.speakers import trim

NAMING_WORDS = word_set("quote_naming_words.txt")
MIN_DIRECT_WORDS = 3
FRAGMENT_LINK = re.compile(r"\s*(?:untuk|bahwa|agar|akan|supaya)?\s*")
FRAGMENT_SHARE = 0.5
TERM_WORDS = 2  # a term in marks (`“telisik”`), not a phrase quoted from the speaker
MIN_CLAUSE_WORDS = 4  # words of a reported clause going on after such a term
FRAGMENT_JOINER = re.compile(r"[”\"]?\s*(?:,|dan|serta|atau|,\s*dan)\s*")
HYPHENATED_WORD = re.compile(r"[\w-]+")
# `Medan (Lintas) - “...”`: the place and outlet opening an article's first paragraph, closed by a spaced dash
DATELINE_BEFORE = re.compile(r"[^.!?“”\"]{2,60}\s(?:-\s?-|-|–|—)\s*")


def marked_quotations(doc: QuoteContext) -> None:
    """Every paragraph of the body outside boilerplate, through `line_quotations`."""
    offset = 0
    for line in doc.text.split("\n"):
        line_start = offset
        offset += len(line) + 1
        if not line.strip() or doc.excluded(line_start, line_start + len(line)):
            continue
        line_quotations(doc, line, line_start)


def line_quotations(doc: QuoteContext, line: str, line_start: int) -> None:
    """Each quotation of a paragraph: a direct quote, a fragment of a mixed one, or no statement."""
    for content_start, content_end, closed in nested_quotations(doc, line, quotation_spans(line)):
        start, end = trim(doc.text, line_start + content_start, line_start + content_end)
        if end <= start or start < doc.body_start:
            continue
        words = len(doc.text[start:end].split())
        sentence_start, sentence_end = doc.sentence_at(start - 1 if start > 0 else start)
        sentence_start = min(sentence_start, start - 1)
        before = doc.text[sentence_start:start - 1]
        after_start = line_start + content_end + (1 if closed else 0)
        after = doc.text[after_start:line_start + len(line)]
        # the first word before the quotation names it (`pesan “...”`): not a statement
        last_word = HYPHENATED_WORD.findall(before.lower())[-1:] if before.strip() else []
        if last_word and last_word[0] in NAMING_WORDS and not before.rstrip().endswith((",", ":")):
            continue
        ends_own_sentence = closed and doc.text[line_start + content_end - 1] in ",!?"
        post = doc.patterns["post"].match(doc.text, after_start, line_start + len(line)) or (
            ends_own_sentence and doc.patterns["closer"].match(doc.text, after_start, line_start + len(line)))
        subject = None if post or not ends_own_sentence else doc.patterns["direct_post_subject"].match(
            doc.text, after_start, line_start + len(line))
        # at the start of a sentence, or right after one the sentence splitter did not cut (`... baik. ”Kami ...`)
        at_start = not before.strip() or before.strip() in ("”", "“", '"') or before.rstrip().endswith((".", "!", "?")) or (
            DATELINE_BEFORE.fullmatch(before) is not None)
        pre = pre_cue_before(doc, before, sentence_start)
        # `Tetapi jika ia salah, “Tolong, maafkan saya,” kata Rina.`: a lead clause, then a whole sentence quoted and its cue
        led = bool(post) and before.rstrip().endswith(",") and doc.text[start].isupper()
        # `..., yang berbunyi: “Faktanya ...`: a passage after a colon, left open to the paragraph's end as a speech
        # running over paragraphs is
        passage = not closed and before.rstrip().endswith(":") and doc.text[start].isupper()
        # `“2018, Insyaallah,” katanya.`: a short sentence quoted whole, closed by its own comma, then its cue
        whole = bool(post) and at_start and ends_own_sentence
        if subject and at_start:
            quote = Quote(start, end, "direct", "direct_post_subject", subject.group("cue"), *subject.span("cue"),
                          *subject.span("speaker"), confidence=0.85)
            find_source(doc, quote, quote.cue_end)
            doc.quotes.append(quote)
            continue
        # `“... langgeng.” (Uu. C003)`: a sentence quoted whole, then an editor's code or an aside in brackets
        aside = closed and doc.text[end - 1] in ".!?" and after.lstrip()[:1] == "("
        if (words >= MIN_DIRECT_WORDS or whole) and (at_start or pre or led or passage) and (
                post or pre or not closed or aside or _ends_sentence(after)):
            quote = Quote(start, end, "direct", "direct_post_cue" if post else "direct_pre_cue" if pre else "direct_continued")
            if post:
                attach_post(doc, quote, post)
            elif pre:
                attach_pre(doc, quote, pre, sentence_start)
            doc.quotes.append(quote)
            if post:
                after_speaker = quote.speaker_end if quote.speaker_end is not None else post.end()
                added_statement(doc, quote, after_speaker, max(sentence_end, doc.sentence_at(after_speaker)[1]))
            continue
        mixed(doc, start, end, after_start, sentence_start, sentence_end)


def nested_quotations(doc: QuoteContext, line: str, spans: list[tuple[int, int, bool]]) -> list[tuple[int, int, bool]]:
    """`"Jangan sebut itu" bualan "tapi kerja keras," kata Rina.`: a paragraph opening with a quotation whose mark closes
    mid-sentence (no punctuation before it, a lower-case word after it), and whose last quotation closes with a
    speech cue: marks of a term quoted inside the quotation, written as plain marks; the quotation runs to the last."""
    if len(spans) < 2 or line[:spans[0][0] - 1].strip() or not spans[0][2] or not spans[-1][2]:
        return spans
    first_end = spans[0][1]
    inside = line[first_end - 1] not in ",.!?" and line[first_end + 1:].lstrip()[:1].islower()
    if inside and line[spans[-1][1] - 1] in ",!?" and doc.patterns["post"].match(line, spans[-1][1] + 1):
        return [(spans[0][0], spans[-1][1], True)]
    return spans


def added_statement(doc: QuoteContext, quote: Quote, start: int, sentence_end: int) -> None:
    """`“...,” kata Rina dalam sebuah pernyataan, menambahkan bahwa pasar dibuka besok.`: after a quotation's cue and
    speaker, a comma and a second speech verb with its link: the same speaker's next statement, through the same
    intermediary."""
    added = ADDED_CUE.search(doc.text, start, sentence_end)
    if not added or "\n" in doc.text[start:added.start()] or doc.text[start:added.start()].count(",") > 1:
        return
    content = trim(doc.text, added.end(), clause_stop(doc, added.end(), sentence_end))
    if content[1] > content[0] and doc.text[content[1] - 1] == ".":
        content = (content[0], content[1] - 1)
    if len(doc.text[content[0]:content[1]].split()) < MIN_ADDED_WORDS:
        return
    add_unique(doc, Quote(*content, "indirect", "indirect_added_cue", added.group("cue"), *added.span("cue"),
                          quote.speaker_start, quote.speaker_end, quote.via_start, quote.via_end, quote.via_cue, confidence=0.6))


# `, menambahkan bahwa`, `, sambil menegaskan bahwa`: a second speech verb of the speaker a cue just named, with its link
ADDED_CUE = re.compile(rf",\s*(?:(?:dan|sambil|seraya|serta)\s+)?(?:(?:juga|pun|kemudian|lalu)\s+)?"
                       rf"(?P<cue>{alternation(f for f, v in speech_verbs().items() if v[1] == 'men')})\s+(?:bahwa|agar|supaya)\s+",
                       re.IGNORECASE)
MIN_ADDED_WORDS = 4


def _term_in_clause(doc: QuoteContext, start: int, end: int, after_mark: int, sentence_end: int) -> bool:
    """`Rina mengatakan “telisik” tari adalah wadah diskusi ...`: a word or two in marks opening a clause that goes on
    after them with its predicate: a term the reported clause names, not the fragment reported alone (`menyatakan
    “dukungan penuh” bagi program itu` reports the fragment)."""
    rest = doc.text[after_mark:clause_stop(doc, after_mark, sentence_end)]
    return (len(doc.text[start:end].split()) <= TERM_WORDS and not FRAGMENT_JOINER.match(rest)
            and len(rest.split()) >= MIN_CLAUSE_WORDS and opens_clause(rest, 0, len(rest)))


def _ends_sentence(after: str) -> bool:
    return not after.strip() or after.lstrip()[:1] in (".", "!", "?") or after.lstrip()[:1].isupper()


def pre_cue_before(doc: QuoteContext, before: str, sentence_start: int) -> re.Match | None:
    stripped = before.rstrip()
    if not stripped.endswith((",", ":")):
        return None
    for match in doc.patterns["pre"].finditer(doc.text, sentence_start, sentence_start + len(stripped)):
        if sentence_start + len(stripped) - match.end() <= 1:
            return match
    return None


def mixed(doc: QuoteContext, start: int, end: int, after_mark: int, sentence_start: int, sentence_end: int) -> None:
    """A quoted fragment inside a reported clause, if a cue reports it.

    The quote is the fragment alone when it follows the cue directly (`menyatakan “...”`,
    `berjanji untuk “...”`) or fills most of the sentence; otherwise the whole reported clause.
    """
    pre = first_pre_cue(doc, sentence_start, start)
    previous = doc.quotes[-1] if doc.quotes else None
    if previous is not None and previous.method == "mixed_fragment" and FRAGMENT_JOINER.fullmatch(doc.text[previous.end:start - 1]):
        # `berjanji untuk “...” dan “...”`: a second fragment of the same statement
        quote = Quote(start, end, "mixed", "mixed_fragment", previous.cue, previous.cue_start, previous.cue_end,
                      previous.speaker_start, previous.speaker_end, confidence=previous.confidence)
        add_unique(doc, quote)
        return
    according = doc.patterns["according"].search(doc.text, after_mark, sentence_end)
    if pre and FRAGMENT_LINK.fullmatch(doc.text[pre.end():start - 1]) and not _term_in_clause(doc, start, end, after_mark, sentence_end) or (
        (end - start) >= FRAGMENT_SHARE * (sentence_end - sentence_start) and cue_in(doc, sentence_start, sentence_end)
    ) or (not pre and according and doc.text[after_mark:according.start()].rstrip().endswith(",")):
        quote = Quote(start, end, "mixed", "mixed_fragment")
        post = post_cue_after(doc, after_mark, sentence_end)
        if pre and pre.start() < start:
            attach_pre(doc, quote, pre, sentence_start)
        elif post:
            attach_post(doc, quote, post)
        elif according:
            quote.cue, quote.cue_start, quote.cue_end = according.group("cue"), according.start("cue"), according.end("cue")
            quote.speaker_start, quote.speaker_end = trim(doc.text, according.start("speaker"), according.end("speaker"))
            quote.confidence = 0.6
        add_unique(doc, quote)
        return
    clause_end = sentence_end
    for post in COMMA.finditer(doc.text[end:sentence_end]):
        match = doc.patterns["post"].match(doc.text, end + post.start(), sentence_end)
        if match:
            clause_end = end + post.start()
            lead = doc.text.rfind(", ", sentence_start, start)
            clause_start = lead + 2 if lead >= 0 and len(doc.text[lead:start].split()) > 2 else sentence_start
            pre = first_pre_cue(doc, sentence_start, start)
            if pre:
                clause_start = pre.end()
            quote = Quote(*trim(doc.text, clause_start, clause_end), "mixed", "mixed_post_cue")
            attach_post(doc, quote, match)
            add_unique(doc, quote)
            return
    pre = first_pre_cue(doc, sentence_start, start)
    if pre:
        stop = clause_stop(doc, pre.end(), sentence_end)
        quote = Quote(*trim(doc.text, pre.end(), max(stop, end + 1 if end < sentence_end else end)), "mixed", "mixed_pre_cue")
        quote.end = trim(doc.text, quote.start, min(quote.end, sentence_end))[1]
        if doc.text[quote.end - 1] == ".":
            quote.end -= 1
        attach_pre(doc, quote, pre, sentence_start)
        add_unique(doc, quote)

