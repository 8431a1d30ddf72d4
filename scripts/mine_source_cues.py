"""Rank the phrases of the scale corpus that introduce an intermediary source or the medium of a statement, for review.

    python3 scripts/mine_source_cues.py [--output TSV] [--min-hits K] [--exclude-ids FILE ...] [--names-output TXT]

Reads ../shared/corpus/news-id-6k.jsonl.gz (without the articles the id files list) in two steps:

1. The names the corpus cites: a capitalised run (up to four words on one line, a day or month left out) right after
   a verb of the `source` group of transforms/data/speech_verbs.tsv (`dilansir`, `dikutip dari`, `mengutip` ...),
   cited MIN_CITED times at least and in MIN_CITED_SHARE of the places the corpus writes it (not `Jakarta` nor `AS`,
   cited once or twice among thousands of uses), or a web address. These seeds only find the names; the phrases come
   from step 2.
2. Every occurrence of a cited name, or of a medium head (transforms/data/source_heads.txt: `laman`, `situs`, `akun`,
   `siaran`, `keterangan`, `wawancara` ...), and the one to three lower-case words right before it in its clause
   (no punctuation, no capitalised word between): each is a candidate phrase with the kind of target it preceded.

For every phrase: `hits` (occurrences before a target), `total` (occurrences before any capitalised word or medium
head), `share` = hits / total (how selective the phrase is: `dilansir` nearly always cites, `kepada` mostly addresses
a person), `quoted` = the share of hits whose sentence or the next holds a quotation mark or a speech cue of
speech_verbs.tsv (the phrase introduces what someone said). Ranked by hits x share x quoted; deterministic.

With `--names-output`, the cited names themselves are written too (cited once or more, in MIN_CITED_SHARE of their
uses, most cited first): the candidates of transforms/data/cited_sources.txt, the outlets and agencies a quote may be
taken from (`kepada X`, `X melaporkan`), reviewed by hand before they go there.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "scripts"))

from corpus_files import read_corpus_except  # noqa: E402

from transforms.lexicon import speech_verbs, word_set  # noqa: E402

MAX_PHRASE_WORDS = 3
MIN_CITED = 2
MIN_CITED_SHARE = 0.05
NAME = r"[A-Z][\w.&'-]*(?:[^\S\n]+[A-Z][\w.&'-]*){0,3}"
WEB_ADDRESS = re.compile(r"\b[\w-]+(?:\.[\w-]+)*\.(?:com|id|net|org|co|go|tv)\b")
SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")
WORD = re.compile(r"[A-Za-z][\w-]*")
QUOTE_MARK = re.compile("[\"“”]")


def _seed_pattern() -> re.Pattern:
    cites = sorted((f for f, (_, group, _, _) in speech_verbs().items() if group == "source" and f != "menurut"),
                   key=len, reverse=True)
    return re.compile(rf"\b(?:{'|'.join(map(re.escape, cites))})[^\S\n]+({NAME})")


def cited_names(articles: list[dict]) -> Counter:
    """Names after a verb of citing, trailing full stops and days left out."""
    seed, calendar = _seed_pattern(), word_set("calendar_words.txt")
    names: Counter = Counter()
    for article in articles:
        for match in seed.finditer(article["text"]):
            name = re.split(r"\.\s", match.group(1))[0]  # `Reuters. Selain ...`: the sentence ended at the name
            words = [w for w in name.rstrip(".").split() if w.lower() not in calendar]
            if words and words[0].lower() not in calendar:
                names[" ".join(words)] += 1
    return names


def sources_of(articles: list[dict], cited: Counter, min_cited: int = MIN_CITED) -> list[str]:
    """The cited names that are sources: cited `min_cited` times, in MIN_CITED_SHARE of their uses, longer than a letter."""
    names = sorted((n for n, k in cited.items() if k >= min_cited and len(n) > 1), key=len, reverse=True)
    if not names:
        return []
    pattern = re.compile(rf"(?<![\w.])(?:{'|'.join(map(re.escape, names))})(?!\w)")
    uses = Counter(m.group() for article in articles for m in pattern.finditer(article["text"]))
    return [n for n in names if cited[n] >= MIN_CITED_SHARE * uses[n]]


def _cue_words() -> re.Pattern:
    forms = sorted((f for f, (_, group, _, _) in speech_verbs().items() if group in ("base", "nya", "men")),
                   key=len, reverse=True)
    return re.compile(rf"\b(?:{'|'.join(map(re.escape, forms))})\b", re.IGNORECASE)


class Counts:
    def __init__(self, names: Iterable[str]):
        self.names = sorted(set(names), key=len, reverse=True)
        self.heads = word_set("source_heads.txt")
        self.cues = _cue_words()
        self.hits: Counter = Counter()  # (phrase, target kind) -> occurrences
        self.quoted: Counter = Counter()
        self.total: Counter = Counter()  # phrase -> occurrences before any capitalised word or medium head
        name_alternation = "|".join(re.escape(n) for n in self.names) or "(?!)"
        self.target = re.compile(rf"(?:(?<![\w.])(?:{name_alternation})(?![\w])|{WEB_ADDRESS.pattern})")

    def add(self, text: str) -> None:
        sentences = [(m.start(), m.end()) for m in SENTENCE.finditer(text)]
        said = [bool(QUOTE_MARK.search(text, s, e) or self.cues.search(text, s, e)) for s, e in sentences]
        index = 0
        for word in WORD.finditer(text):
            while index + 1 < len(sentences) and sentences[index][1] <= word.start():
                index += 1
            head = word.group().lower() in self.heads
            if not (word.group()[:1].isupper() or head):
                continue
            kind = "medium" if head else ("name" if self.target.match(text, word.start()) else None)
            quoted = said[index] or (index + 1 < len(said) and said[index + 1])
            for phrase in _phrases_before(text, word.start()):
                self.total[phrase] += 1
                if kind:
                    self.hits[phrase, kind] += 1
                    self.quoted[phrase, kind] += quoted
        for match in WEB_ADDRESS.finditer(text):  # a lower-case address (`kabarwarta.com`) is a name too
            if match.group()[:1].islower():
                for phrase in _phrases_before(text, match.start()):
                    self.total[phrase] += 1
                    self.hits[phrase, "name"] += 1

    def ranked(self, min_hits: int) -> list[dict]:
        rows = []
        for (phrase, kind), hits in self.hits.items():
            if hits < min_hits:
                continue
            share, quoted = hits / self.total[phrase], self.quoted[phrase, kind] / hits
            rows.append({"phrase": phrase, "kind": kind, "score": hits * share * quoted, "hits": hits,
                         "total": self.total[phrase], "share": share, "quoted": quoted})
        return sorted(rows, key=lambda row: (-row["score"], row["phrase"], row["kind"]))


def _phrases_before(text: str, position: int) -> list[str]:
    """The one to three lower-case words right before `position` in its clause, shortest first."""
    words: list[str] = []
    before = text[max(0, position - 60):position]
    for raw in reversed(re.split(r"([^\S\n]+)", before)[:-1]):
        if not raw.strip():
            continue
        if not re.fullmatch(r"[a-z]+", raw) or len(words) == MAX_PHRASE_WORDS:
            break
        words.insert(0, raw)
    return [" ".join(words[-n:]) for n in range(1, len(words) + 1)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--output", type=Path, default=REPO / "docs" / "source-cues-candidates.tsv")
    parser.add_argument("--min-hits", type=int, default=3)
    parser.add_argument("--exclude-ids", type=Path, action="append", default=[],
                        help="a file with one corpus id a line: leave these articles out (evaluation sets)")
    parser.add_argument("--names-output", type=Path, help="also write the cited names (cited once or more), for review")
    args = parser.parse_args()
    articles = list(read_corpus_except(args.exclude_ids))
    cited = cited_names(articles)
    names = sources_of(articles, cited)
    if args.names_output:
        all_names = sorted(sources_of(articles, cited, min_cited=1), key=lambda n: (-cited[n], n))
        args.names_output.write_text("".join(f"{name}\t{cited[name]}\n" for name in all_names), encoding="utf-8")
        print(f"{len(all_names)} cited names written to {args.names_output}")
    counts = Counts(names)
    for article in articles:
        counts.add(article["text"])
    rows = counts.ranked(args.min_hits)
    excluded = ", ".join(str(p) for p in args.exclude_ids) or "none"
    columns = ["phrase", "kind", "score", "hits", "total", "share", "quoted"]
    lines = [f"# Generated by scripts/mine_source_cues.py from news-id-6k.jsonl.gz ({len(articles)} articles; left out: "
             f"{excluded}); {len(names)} cited names; phrases with {args.min_hits}+ hits, by hits x share x quoted.",
             "\t".join(columns)]
    lines += ["\t".join(f"{r[c]:.3f}" if isinstance(r[c], float) else str(r[c]) for c in columns) for r in rows]
    args.output.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(rows)} candidates written to {args.output}")


if __name__ == "__main__":
    main()
