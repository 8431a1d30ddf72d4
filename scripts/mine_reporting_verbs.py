"""Rank the words of the scale corpus that introduce reported speech, for review by hand.

    python3 scripts/mine_reporting_verbs.py [--output TSV] [--top N] [--min-hits K] [--exclude-ids FILE ...]

Reads ../shared/corpus/news-id-6k.jsonl.gz and counts, for every candidate cue word (or two-word noun cue),
how often it stands in one of the frames where Indonesian news introduces reported speech:

- `bahwa`: the word right before `bahwa` (`X menilai bahwa ...`, `X menilai, bahwa ...`);
- `noun_bahwa`: a nominal word before `bahwa` with the word before it (`memberikan penekanan bahwa`);
- `pronoun`: the word after a clause-initial subject pronoun (`ia`, `dia`, `beliau`, `mereka`, `pihaknya`),
  adverbs (`juga`, `pun`, `kemudian` ...) skipped;
- `name`: the word after a run of capitalised words (a name or a role phrase; not one common word that only
  opens the sentence, `Selain itu,`), adverbs skipped, when a clause follows it (a comma, a colon, `bahwa`,
  `agar`/`supaya`, or a subject pronoun);
- `after_quote`: the word after a closing quotation mark and a comma, or `?"`, `!"` (`...," kata X`, `...", ujarnya`);
- `passive`: a di- word after a comma, `demikian`, `begitu`, `seperti` or `sebagaimana` and followed by `oleh` or a
  capitalised word (`..., dikatakan oleh X`, `demikian diungkapkan X`);
- `passive_hal`: a di- word after `hal/pernyataan/... itu/tersebut/ini` (`Hal itu disampaikan X`);
- `noun_in`: `dalam/melalui/lewat + word-nya` before a comma (`Dalam pernyataannya, ...`).

Each occurrence counts once however many frames it stands in (`hits`). The ranking is by `score` =
hits x share, where share = hits / all occurrences of the candidate in the corpus: a word must be both
frequent in the frames and mostly used in them (`menilai` is, `menjadi` is not). `pmi` is
log2(P(candidate | frame) / P(candidate)). `known` marks forms already in transforms/data/speech_verbs.tsv.
The output is deterministic: ties are broken by the candidate.
"""

from __future__ import annotations

import argparse
import math
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "scripts"))

from corpus_files import read_corpus_except  # noqa: E402

from transforms.lexicon import speech_verbs, word_set  # noqa: E402

# The frames' grammatical words (closed classes, from any grammar of Indonesian).
SUBJECT_PRONOUNS = {"ia", "dia", "beliau", "mereka", "pihaknya"}
ADVERBS = {"juga", "pun", "kemudian", "lalu", "lantas", "hanya", "sempat", "kembali", "bahkan", "justru", "pula",
           "sendiri", "sebelumnya", "masih", "tetap", "sudah", "telah"}
CLAUSE_OPENERS = {"namun", "tetapi", "tapi", "dan", "sementara", "sedangkan", "kini", "saat", "itu"}
LINKS = {",", ":", "bahwa", "agar", "supaya"}
PASSIVE_SUBJECTS = {"hal", "pernyataan", "informasi", "keterangan", "penjelasan", "kabar"}
DEMONSTRATIVES = {"itu", "tersebut", "ini"}
PASSIVE_LEADS = {",", "demikian", "begitu", "seperti", "sebagaimana"}  # `..., demikian dikatakan X`
NOUN_LEADS = {"dalam", "melalui", "lewat"}
SENTENCE_END = {".", "!", "?"}
QUOTE = '"'
QUOTE_MARKS = re.compile("[“”„‟«»]|''")
TOKEN = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*|\d+(?:[.,]\d+)*|[.,:;!?\"()]")
FRAMES = ("bahwa", "noun_bahwa", "pronoun", "name", "after_quote", "passive", "passive_hal", "noun_in")


def tokenize(paragraph: str) -> list[str]:
    """Words, numbers and punctuation of one paragraph; every quotation mark becomes `"`."""
    return TOKEN.findall(QUOTE_MARKS.sub(QUOTE, paragraph))


def _word(token: str) -> bool:
    return token.replace("-", "").isalpha() and token.islower()


def _capitalised(token: str) -> bool:
    return token[:1].isupper()


def _nominal(word: str) -> bool:
    """A derived noun or a possessed one: `pernyataan`, `penekanan`, `keterangannya`."""
    return word.endswith(("an", "nya")) and not word.startswith(("me", "di", "ber"))


def _skip_adverbs(lower: list[str], index: int) -> int:
    while index < len(lower) and lower[index] in ADVERBS:
        index += 1
    return index


def _after_name(tokens: list[str], lower: list[str], i: int) -> int | None:
    """Where the verb after a run of capitalised words starting at `i` stands, when a clause follows it."""
    if not (_capitalised(tokens[i]) and tokens[i].isalpha()) or (i and _capitalised(tokens[i - 1])):
        return None
    end = i
    while end < len(tokens) and _capitalised(tokens[end]) and tokens[end].isalpha():
        end += 1
    opens_sentence = i == 0 or lower[i - 1] in SENTENCE_END | {QUOTE}
    if end == i + 1 and opens_sentence and lower[i] in word_set("lowercase_words.txt"):
        return None  # `Selain itu,`, `Meski demikian,`: a common word capitalised at the sentence start
    j = _skip_adverbs(lower, end)
    if j + 1 < len(tokens) and _word(tokens[j]) and (lower[j + 1] in LINKS or lower[j + 1] in SUBJECT_PRONOUNS):
        return j
    return None


def frame_hits(tokens: list[str]) -> list[tuple[str, str, int]]:
    """(frame, candidate, token index of the candidate's last word) for every frame match in one paragraph."""
    lower = [t.lower() for t in tokens]
    hits: list[tuple[str, str, int]] = []
    for i, token in enumerate(lower):
        previous = lower[i - 1] if i else "."
        if token == "bahwa":
            j = i - 1 - (previous == ",")
            if j >= 0 and _word(tokens[j]):
                hits.append(("bahwa", lower[j], j))
                if j >= 1 and _nominal(lower[j]) and _word(tokens[j - 1]):
                    hits.append(("noun_bahwa", f"{lower[j - 1]} {lower[j]}", j))
        if token in SUBJECT_PRONOUNS and (previous in SENTENCE_END | {",", ";", QUOTE} or previous in CLAUSE_OPENERS):
            j = _skip_adverbs(lower, i + 1)
            if j < len(tokens) and _word(tokens[j]):
                hits.append(("pronoun", lower[j], j))
        if (j := _after_name(tokens, lower, i)) is not None:
            hits.append(("name", lower[j], j))
        if token == QUOTE and i + 2 < len(tokens) and (previous in {",", "?", "!"} or lower[i + 1] == ","):
            j = i + 1 + (lower[i + 1] == ",")
            if _word(tokens[j]):
                hits.append(("after_quote", lower[j], j))
        if token.startswith("di") and len(token) > 5 and _word(tokens[i]) and i + 1 < len(tokens):
            named = lower[i + 1] == "oleh" or (_capitalised(tokens[i + 1]) and tokens[i + 1].isalpha())
            if named and previous in PASSIVE_LEADS:
                hits.append(("passive", token, i))
            j = i - 1 - (previous == "juga")
            if j >= 1 and lower[j] in DEMONSTRATIVES and lower[j - 1] in PASSIVE_SUBJECTS:  # `Hal itu (juga) diW`
                hits.append(("passive_hal", token, i))
        if token in NOUN_LEADS and i + 2 < len(tokens) and lower[i + 1].endswith("nya") and lower[i + 2] == ",":
            if _word(tokens[i + 1]):
                hits.append(("noun_in", f"{token} {lower[i + 1]}", i + 1))
    return hits


class Counts:
    """Frame counts and corpus frequencies of candidates over many paragraphs."""

    def __init__(self) -> None:
        self.frames: dict[str, Counter] = defaultdict(Counter)  # candidate -> frame -> occurrences
        self.hits: Counter = Counter()  # candidate -> occurrences in at least one frame
        self.words: Counter = Counter()  # lower-case words and word pairs -> occurrences
        self.tokens = 0

    def add(self, paragraph: str) -> None:
        tokens = tokenize(paragraph)
        lower = [t.lower() for t in tokens]
        self.tokens += len(tokens)
        self.words.update(lower)
        self.words.update(f"{a} {b}" for a, b in zip(lower, lower[1:]))
        seen: set[tuple[str, int]] = set()
        for frame, candidate, position in frame_hits(tokens):
            self.frames[candidate][frame] += 1
            if (candidate, position) not in seen:
                seen.add((candidate, position))
                self.hits[candidate] += 1

    def ranked(self, min_hits: int) -> list[dict]:
        """Candidates with at least `min_hits` hits, best score first."""
        all_hits = sum(self.hits.values())
        rows = []
        for candidate, hits in self.hits.items():
            total = self.words[candidate]
            if hits < min_hits or not total:
                continue
            share = hits / total
            rows.append({
                "candidate": candidate, "score": hits * share, "hits": hits, "total": total, "share": share,
                "pmi": math.log2((hits / all_hits) / (total / self.tokens)),
                **{frame: self.frames[candidate][frame] for frame in FRAMES},
            })
        return sorted(rows, key=lambda row: (-row["score"], row["candidate"]))


def mine(articles: Iterable[dict]) -> Counts:
    counts = Counts()
    for article in articles:
        for paragraph in article["text"].split("\n"):
            if paragraph.strip():
                counts.add(paragraph)
    return counts


def write_tsv(rows: list[dict], path: Path, known: set[str], note: str) -> None:
    columns = ["candidate", "known", "score", "hits", "total", "share", "pmi", *FRAMES]
    lines = [f"# {note}", "\t".join(columns)]
    for row in rows:
        row = {**row, "known": "yes" if row["candidate"] in known else "no"}
        lines.append("\t".join(f"{row[c]:.3f}" if isinstance(row[c], float) else str(row[c]) for c in columns))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--output", type=Path, default=REPO / "docs" / "reporting-verbs-candidates.tsv")
    parser.add_argument("--top", type=int, default=600, help="keep the N best-scored candidates")
    parser.add_argument("--min-hits", type=int, default=2, help="drop candidates seen fewer times in the frames")
    parser.add_argument("--exclude-ids", type=Path, action="append", default=[],
                        help="a file with one corpus id a line: leave these articles out (evaluation sets)")
    args = parser.parse_args()
    counts = mine(read_corpus_except(args.exclude_ids))
    rows = counts.ranked(args.min_hits)[:args.top]
    excluded = ", ".join(str(p) for p in args.exclude_ids) or "none"
    note = (f"Generated by scripts/mine_reporting_verbs.py from news-id-6k.jsonl.gz ({counts.tokens} tokens; "
            f"articles left out: {excluded}); top {len(rows)} by score = hits x share, min hits {args.min_hits}.")
    write_tsv(rows, args.output, set(speech_verbs()), note)
    print(f"{len(rows)} candidates written to {args.output}")


if __name__ == "__main__":
    main()
