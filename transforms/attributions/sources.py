"""Sources that carry to a speaker: the pass after the quote stage's article-level carry (quotes/reported.py
`carried_sources`), where speakers are entities."""

from __future__ import annotations

from bisect import bisect_right

from transforms.quotes.patterns import cue_patterns
from transforms.quotes.reported import OWN_CHANNEL

Via = tuple[str, int, int]  # the cue, start and end of a quote's intermediary source


class SpeakerSources:
    """A source named for a speaker's statement in its paragraph (`kata Rina kepada Kabar TV`, `ujar Dinas Pasar dalam
    unggahan di Lapakgram`, `Dalam wawancara dengan Lintas, Rina mengaku ...`) covers that speaker's later quotes that
    name none, across paragraphs and other speakers' quotes: the interview or release goes on being quoted. It ends for
    that speaker at a quote it gives the outlet's own reporter (`kata Rina kepada wartawan`, `saat ditemui`) or on its
    own channel, and for every speaker at a sentence going back to an earlier occasion (`Sebelumnya, ...`). A source
    named away from the quote's paragraph (`Dilansir Lintas, ...` opening the article) is the article's: the quote
    stage carries it."""

    def __init__(self, text: str, sentence_starts: list[int]):
        self.text = text
        self.sentence_starts = sentence_starts or [0]
        patterns = cue_patterns()
        self.own_reporting, earlier = patterns["own_reporting"], patterns["earlier_opener"]
        self.earlier_openers = [start for start in self.sentence_starts if earlier.match(text, start)]
        self.named: dict[str, Via] = {}  # speaker -> the source named for its latest statement that named one
        self.position = 0  # where the previous quote started

    def carry(self, quote: dict, speaker: str | None) -> Via | None:
        """The source this quote takes from its speaker's earlier statement, if it names none of its own; records the
        source it names."""
        opens = self._sentence(quote["start"])
        if any(self.position < start <= opens[0] for start in self.earlier_openers):
            self.named.clear()  # `Sebelumnya, Rina mengatakan ...`: another occasion, another medium
        self.position = quote["start"]
        if speaker is None:
            return None
        if quote["via_start"] is not None and quote["via_end"] > quote["via_start"]:
            paragraph = self._paragraph(quote["start"], quote["end"])
            if paragraph[0] <= quote["via_start"] and quote["via_end"] <= paragraph[1]:
                self.named[speaker] = (quote["via_cue"], quote["via_start"], quote["via_end"])
            return None
        sentence = (opens[0], self._sentence(max(quote["start"], quote["end"] - 1))[1])
        if next(self.own_reporting.finditer(self.text, *sentence), None) or OWN_CHANNEL.search(self.text, *sentence):
            self.named.pop(speaker, None)  # `kata Rina kepada wartawan`: the outlet's own interview from here on
            return None
        return self.named.get(speaker)

    def names_its_own(self, quote: dict) -> bool:
        """Whether the quote's source is named in the sentences of the quote, its cue and its speaker (`kata Rina kepada
        Kabar TV`, `Dilansir Lintas, ...` opening the statement's sentence), not carried from elsewhere in the article
        (`Seperti dilansir Lintas, ...` in an earlier paragraph, `Demikian dilaporkan Lintas.` after it)."""
        paragraph = self._paragraph(quote["start"], quote["end"])
        spans = [(quote[f"{part}start"], quote[f"{part}end"]) for part in ("", "cue_", "speaker_")
                 if quote.get(f"{part}start") is not None and paragraph[0] <= quote[f"{part}start"] < paragraph[1]]
        # a cue or speaker of another paragraph (a quotation continuing an earlier speaker's) widens nothing
        first = self._sentence(min(start for start, _ in spans))[0]
        last = self._sentence(max(max(start, end - 1) for start, end in spans))[1]
        return first <= quote["via_start"] and quote["via_end"] <= last

    def _sentence(self, offset: int) -> tuple[int, int]:
        index = max(0, bisect_right(self.sentence_starts, offset) - 1)
        end = self.sentence_starts[index + 1] if index + 1 < len(self.sentence_starts) else len(self.text)
        return self.sentence_starts[index], end

    def _paragraph(self, start: int, end: int) -> tuple[int, int]:
        closes = self.text.find("\n", end)
        return self.text.rfind("\n", 0, start) + 1, len(self.text) if closes < 0 else closes
