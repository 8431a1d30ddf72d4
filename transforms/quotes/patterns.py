"""Speech cues and quotation marks: the regular expressions the quote passes match, built from
data/speech_verbs.tsv."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from functools import lru_cache

from transforms.common import alternation
from transforms.lexicon import speech_verbs, table_rows, word_set

OPEN_MARKS, CLOSE_MARKS, AMBIGUOUS_MARKS = "“", "”", '"'


class Guarded:
    """A pattern that cannot match unless one of `literals` (its own case-sensitive words) lies in the span searched:
    `search` looks for them first (`str.find`, many times faster than the regex engine's walk through every position)
    and runs the pattern only when one is there. The same results as the pattern's own `search`."""

    def __init__(self, pattern: re.Pattern, *literals: str):
        self.pattern, self.literals = pattern, literals

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match | None:
        if all(text.find(literal, pos, endpos) < 0 for literal in self.literals):
            return None
        return self.pattern.search(text, pos, endpos)


class Anchored:
    """A pattern each of whose matches opens with one of `anchors` (lower-case words the pattern matches in any case):
    `finditer` finds the anchors in the lower-cased text (`str.find`) and tries the pattern only there, where Python's
    re tries a pattern opening with a word boundary at every position. The same matches as the pattern's `finditer`.
    A text with a letter that re matches to an ASCII letter while `str.lower` does not (`İ`, `ı`, `ſ`) is left to re."""

    def __init__(self, pattern: re.Pattern, *anchors: str):
        self.pattern, self.anchors = pattern, anchors
        self.match = pattern.match

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match]:
        span = text[pos:endpos]
        if any(letter in span for letter in UNLIKE_LOWER):
            yield from self.pattern.finditer(text, pos, endpos)
            return
        lowered, starts = span.lower(), set()
        for anchor in self.anchors:
            found = lowered.find(anchor)
            while found >= 0:
                starts.add(pos + found)
                found = lowered.find(anchor, found + 1)
        resume = pos  # like re, the next match starts where the last one ended
        for start in sorted(starts):
            if start >= resume and (match := self.pattern.match(text, start, endpos)):
                yield match
                resume = match.end()


UNLIKE_LOWER = "İıſ"  # `str.find` finds them faster than a character class would


# after an outlet's head, words that start no outlet's name (`kepada media di Sukamaju`, `kepada televisi saat ...`)
NOT_OUTLET_WORDS = (word_set("place_prepositions.txt") | word_set("object_prepositions.txt")
                    | word_set("adverbial_leads.txt"))


@lru_cache(maxsize=1)
def cue_patterns() -> dict[str, re.Pattern | Guarded | Anchored]:
    verbs = speech_verbs()

    def cues(groups: set[str], positions: set[str]) -> str:
        forms = [f for f, (_, group, position, _) in verbs.items() if group in groups and position in positions]
        return alternation(forms)

    post = cues({"base", "nya", "men"}, {"post", "any"})
    base = cues({"base"}, {"post", "any"})
    nya = cues({"nya"}, {"post", "any"})
    pronouns = "|".join(sorted(w for w in word_set("pronouns.txt") if w.isalpha()))
    pre = cues({"men"}, {"pre", "any"})
    closers = alternation(word_set("quote_closers.txt"))
    passive = cues({"passive"}, {"any"})
    return {
        # `, kata X.` / `, ujarnya.` right after a quotation or clause
        # (`, demikian kata X`: a closing word may stand before the cue)
        "post": re.compile(rf"[\s\u200b-\u200f]*,?[\s\u200b-\u200f]*(?:(?:{closers})\s+)?(?P<cue>{post})(?:\b|(?=(?-i:[A-Z])[a-z]))", re.IGNORECASE),  # also `kataRina` (a crawl glued them)
        # `“...,” demikian Rina Sari.`: a closing word and the speaker's name after a quotation, no verb
        "closer": re.compile(rf"[\s\u200b-\u200f]*,?[\s\u200b-\u200f]*(?P<cue>(?i:{closers}))(?=\s+[A-Z])"),
        # `X mengatakan(,| bahwa| :)`, `X meminta agar`, `X berujar, kalau` before content
        "pre": re.compile(rf"\b(?P<cue>{pre})\b(?P<link>\s*(?:,|:)?\s*(?:(?:bahwa|agar|supaya|kalau|jika)\s+)?)", re.IGNORECASE),
        "passive": re.compile(
            rf"(?:hal|pernyataan|informasi|keterangan|penjelasan|kabar)\s+(?:tersebut|itu|ini)\s+(?:juga\s+)?"
            rf"(?P<cue>{passive})\s+(?:oleh\s+)?(?P<speaker>[^.]+?)\s*\.?$",
            re.IGNORECASE,
        ),
        # `Dituturkan oleh Rina selaku manajer toko, ...`, `Disebut Rina, ...`: a passive cue and its agent open the
        # sentence, a comma closes the agent, the statement follows
        # also `Dinyatakan hakim, ...` (an agent in lower case, at most five words) and `Ditegaskan, ...` (no agent: the
        # speaker goes on from the quotes before); `bahwa` after the comma is no part of the statement
        "passive_opener": re.compile(
            rf"\s*(?P<cue>(?i:{passive}|{alternation(word_set('passive_openers.txt'))}))"
            rf"(?:\s+(?:oleh\s+)?(?P<speaker>[A-Z][^,;]{{1,100}}?|[a-z][\w-]*(?:\s+[\w-]+){{0,4}}?))?\s*,\s*(?:bahwa\s+)?"
        ),
        # `..., Xinhua melaporkan.`, `..., klub itu menyatakan, Sabtu.`: the subject and its verb close the sentence
        "post_subject": re.compile(
            rf",\s*(?P<speaker>[^,]{{2,80}}?)\s+(?P<cue>{pre})\s*(?:,\s*[A-Z][\w()/ ]{{0,30}})?\s*[.!]?\s*$", re.IGNORECASE
        ),
        "according_nya": Guarded(re.compile(r"\b(?P<cue>[Mm]enurut(?P<speaker>nya))\b,?"), "enurutnya"),
        "inside": re.compile(rf",\s*(?P<cue>{post})\s+(?P<speaker>[^,]{{2,80}}),", re.IGNORECASE),
        # `“...,” ia menambahkan.`, `“...,” Rina Sari menjelaskan kepada wartawan.`: after a quotation closed by its own
        # comma, its speaker (a pronoun or a name) and a speech verb, then the sentence's end or where and to whom; any
        # active meN- verb there reports the quotation (`“...!” ia memposting pada hari Sabtu`), the lexicon's or not
        "direct_post_subject": re.compile(
            rf"[^\S\n]*(?P<speaker>(?:{pronouns})|(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){{0,3}})\s+"
            rf"(?P<cue>{pre}|(?-i:me[a-z]{{3,}}))"
            rf"(?=\s*[.,!?]|\s*$|\s+(?:kepada|di|dalam|saat|ketika|pada|melalui)\b)", re.IGNORECASE),
        # `Umumnya kata dia, ...`: a bare cue right after the sentence's first word, then a name or a pronoun and a comma
        "inside_opener": re.compile(rf"\s+(?P<cue>(?i:{base}))\s+(?P<speaker>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{0,4}}|{pronouns}),"),
        # `Kata Rina, ...`, `Katanya, ...`: a bare cue opens the sentence, with a name, a pronoun or -nya, then a comma
        "cue_opener": re.compile(rf"\s*(?:(?P<cue>(?i:{base}))\s+(?P<speaker>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{0,4}}|{pronouns})"
                                 rf"|(?P<nya_cue>(?i:{nya})))\s*,"),
        # `Pertimbangan itu, disebutkan Rina, ...`, `Warung itu dikatakan Rina mulai buka pukul 08.00`: a passive cue
        # and a named agent inside the statement, then a comma or the statement going on (not `kepada` its addressee)
        "inside_passive": re.compile(
            rf"(?:,\s*|\s+)(?P<cue>{passive})\s+(?:oleh\s+)?(?P<speaker>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{0,3}})"
            rf"(?:\s*,|\s+(?!(?:{'|'.join(sorted(word_set('object_prepositions.txt') | word_set('adverbial_leads.txt') | {'ke', 'sebagai'}))})\b)(?=[a-z]))"
        ),
        # `menurut X, ...`; `berdasarkan keterangan tertulis yang disampaikan X, ...` says the same
        "according": Guarded(re.compile(
            r"\b(?P<cue>[Mm]enurut|[Bb]erdasarkan (?:keterangan|penjelasan|pernyataan)(?: tertulis| resmi| pers)?"
            r"(?: yang disampaikan| dari)?)\s+(?P<speaker>[^,.]{2,100})"
        ), "enurut", "erdasarkan "),
        # `dilansir X`, `seperti dikutip dari X`: the cues of source_cues.tsv, then the name (a web address keeps its
        # dots: `Lintas.co.id`)
        "source": Anchored(re.compile(
            rf"\b(?P<cue>(?i:{alternation(source_cues('source'))}))"
            r"(?:[^\S\n]+|(?:(?<=[dD]ikutip)|(?<=[dD]ilansir))(?=[a-z]*[A-Z]))"  # also `dikutipdetikNews` (a crawl glued them)
            r"(?P<source>(?:[^,.;\n]|\.(?=[a-z])){2,80}(?:,\s*[A-Z][\w.-]*)?)",
        ), *first_words(source_cues("source"))),
        # the medium of an interview or statement: `kepada Kompas TV`, `saat diwawancarai oleh media Jerman X`, `kepada
        # kantor berita X` (interview cues, an outlet head), `melalui akun Instagram-nya`, `dalam keterangan tertulis`,
        # `Dalam pernyataan resmi, X mengatakan ...` (medium cues, a medium head)
        "medium": Anchored(re.compile(
            rf"\b(?P<cue>(?i:{alternation(source_cues('interview'))}))\s+"
            rf"(?P<head>(?:{alternation(word_set('outlet_heads.txt'))})(?:\s+(?!(?:{alternation(NOT_OUTLET_WORDS)})\b)\w+)?\s+)?"
            r"(?P<source>[A-Z][\w-]*(?:\.[a-z]+)?(?:\s+[A-Z][\w-]*(?:\.[a-z]+)?){0,3})|"
            rf"\b(?P<cue2>(?i:{alternation(source_cues('medium'))}))\s+"
            rf"(?P<source2>(?i:{alternation(medium_heads())})\b(?:[^,.;]|\.(?=\w)){{0,40}}?)"  # a web address keeps its dots
            r"(?=\s*(?:[,;]|\.(?!\w))|\s+(?:pada|di|saat|kepada)\b|$)",
        ), *first_words(source_cues("interview") + source_cues("medium"))),
        # the outlet's own reporting: after it, a source named earlier no longer covers the quotes
        "own_reporting": Anchored(re.compile(rf"\b(?:{alternation(word_set('own_reporting.txt'))})\b", re.IGNORECASE),
                                  *word_set("own_reporting.txt")),
        # a sentence going back to an earlier occasion (`Sebelumnya, ...`): a source named before no longer covers it
        "earlier_opener": re.compile(rf"\s*(?:{alternation(word_set('earlier_openers.txt'))}),",
                                     re.IGNORECASE),
        "quoting": Guarded(re.compile(
            r",\s*(?P<source>[^,]{2,80}?)\s+(?P<cue>mengutip)\s+(?:pernyataan\s+|keterangan\s+)?(?P<speaker>.+?)\s*\.?$"), "mengutip"),
    }


def source_cues(kind: str) -> list[str]:
    """The phrases of source_cues.tsv of one kind (`source`, `interview`, `medium`)."""
    return [phrase for phrase, cue_kind in table_rows("source_cues.tsv") if cue_kind == kind]


@lru_cache(maxsize=1)
def medium_heads() -> dict[str, str]:
    """medium_heads.tsv: a channel of a written statement -> its kind (`release`, `channel`). A release also takes the
    possessive clitic (`dalam keterangan tertulisnya`: the speaker's own, issued to the press all the same)."""
    heads = dict(table_rows("medium_heads.tsv"))
    return heads | {f"{head}nya": kind for head, kind in heads.items() if kind == "release" and not head.endswith("nya")}


def first_words(phrases: list[str]) -> set[str]:
    """The words the phrases open with: the anchors of a pattern opening with one of them."""
    return {phrase.split()[0] for phrase in phrases}


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

