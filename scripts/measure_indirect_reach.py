"""Which reporting verbs the indirect patterns never reach on the corpus, and the shapes around them.

    python3 scripts/measure_indirect_reach.py [--sample N] [--seed S] [--exclude-ids FILE ...] [--examples K]

Runs the quote passes (transforms.quotes.find_quotes) over a seeded sample of the non-Kompas articles of
../shared/corpus (the articles the id files list left out) and, in every sentence without quotation marks, finds the
first meN- verb of the lexicon (speech_verbs.tsv and reporting_verbs_mined.tsv, group `men`) right after a subject (a
capitalised word, a subject pronoun or a demonstrative closing a role phrase, adverbs of subject_adverbs.txt skipped).
A sentence that holds such a verb and no quote is a miss. Prints, per verb, misses and hits, its content class, what
follows it in the misses (`bahwa`, a comma, a word), and up to K examples of misses: the shapes to widen the patterns by.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections import Counter, defaultdict
from datetime import datetime, timezone
from pathlib import Path

import polars as pl

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "scripts"))

from corpus_files import article_text, read_corpus_except  # noqa: E402

from flows import defaults  # noqa: E402
from transforms.documents import extract_documents  # noqa: E402
from transforms.ingest import FILES_SCHEMA, assign_doc_ids, decode_files, select_articles  # noqa: E402
from transforms.lexicon import speech_verbs, word_set  # noqa: E402
from transforms.quotes import find_quotes  # noqa: E402
from transforms.sentences import split_sentences  # noqa: E402

EPOCH = datetime(2026, 1, 1, tzinfo=timezone.utc)
SUBJECT_WORDS = word_set("pronouns.txt") | {"pihaknya", "itu", "ini", "tersebut"}
WORD = re.compile(r"[\w-]+")


def documents_of(texts: dict[str, str]) -> pl.DataFrame:
    rows = [(name, len(text.encode()), EPOCH, text.encode(), None, None) for name, text in texts.items()]
    files = pl.DataFrame(rows, schema=FILES_SCHEMA, orient="row")
    return extract_documents(select_articles(assign_doc_ids(decode_files(files, defaults.MAX_BYTES))))


def reported_verb(sentence: str, verbs: dict, adverbs: frozenset[str]) -> tuple[str, str] | None:
    """(verb, what follows it: `bahwa`, `comma` or `word`) for the first lexicon verb right after a subject."""
    words = list(WORD.finditer(sentence))
    for index, word in enumerate(words):
        if index == 0 or word.group().lower() not in verbs:
            continue
        before = index - 1
        while before >= 0 and words[before].group().lower() in adverbs:
            before -= 1
        if before < 0:
            continue
        subject = words[before].group()
        if not (subject[:1].isupper() or subject.lower() in SUBJECT_WORDS):
            continue
        after = words[index + 1].group().lower() if index + 1 < len(words) else ""
        follows = "bahwa" if after == "bahwa" else "comma" if sentence[word.end():word.end() + 1] == "," else "word"
        return word.group().lower(), follows
    return None


def measure(texts: dict[str, str], examples: int) -> tuple[Counter, Counter, Counter, dict[str, list[str]]]:
    """Hits, misses, (verb, follows) of the misses, and examples of misses per verb."""
    documents = documents_of(texts)
    sentences = split_sentences(documents)
    quotes = find_quotes(documents, sentences)
    spans = defaultdict(list)
    for doc_id, start, end in quotes.select("doc_id", "start", "end").iter_rows():
        spans[doc_id].append((start, end))
    text_of = dict(documents.select("doc_id", "text").iter_rows())
    verbs = {form: row for form, row in speech_verbs().items() if row[1] == "men" and " " not in form}
    adverbs = word_set("subject_adverbs.txt")
    hits, misses, follows, shown = Counter(), Counter(), Counter(), defaultdict(list)
    for doc_id, start, end in sentences.select("doc_id", "start", "end").iter_rows():
        sentence = text_of[doc_id][start:end]
        if any(mark in sentence for mark in '"“”'):
            continue
        found = reported_verb(sentence, verbs, adverbs)
        if found is None:
            continue
        verb, after = found
        if any(s < end and start < e for s, e in spans[doc_id]):
            hits[verb] += 1
            continue
        misses[verb] += 1
        follows[verb, after] += 1
        if len(shown[verb]) < examples:
            shown[verb].append(" ".join(sentence.split()))
    return hits, misses, follows, shown


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sample", type=int, default=1500)
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument("--examples", type=int, default=3)
    parser.add_argument("--top", type=int, default=40)
    parser.add_argument("--exclude-ids", type=Path, action="append", default=[])
    args = parser.parse_args()
    articles = [a for a in read_corpus_except(args.exclude_ids) if not a["id"].startswith("kompas/")]
    articles = random.Random(args.seed).sample(articles, min(args.sample, len(articles)))
    hits, misses, follows, shown = measure({a["id"].replace("/", "__") + ".txt": article_text(a) for a in articles},
                                           args.examples)
    verbs = speech_verbs()
    for verb, missed in sorted(misses.items(), key=lambda item: (-item[1], item[0]))[:args.top]:
        print(f"{verb}\tmiss {missed}\thit {hits[verb]}\t{verbs[verb][3]}\tbahwa {follows[verb, 'bahwa']}"
              f"\tcomma {follows[verb, 'comma']}\tword {follows[verb, 'word']}")
        for example in shown[verb]:
            print(f"    {example}")


if __name__ == "__main__":
    main()
