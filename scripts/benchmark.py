"""Stage throughput on the scale corpus (../shared/corpus/news-id-6k.jsonl.gz), one core.

    .venv/bin/python scripts/benchmark.py [--limit N] [--copies K]

Runs the pure transforms in this process (no Prefect, no validation) and prints articles per second
for each stage. POLARS_MAX_THREADS=1 keeps Polars on one core, like the rest of the code.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

os.environ.setdefault("POLARS_MAX_THREADS", "1")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import polars as pl  # noqa: E402

from flows import defaults  # noqa: E402
from transforms.attributions import attribute_quotes  # noqa: E402
from transforms.documents import extract_documents, unify_outlets  # noqa: E402
from transforms.entities import attach_sentences, find_mentions, resolve_entities  # noqa: E402
from transforms.entities.after_vote import resolve_after_vote  # noqa: E402
from transforms.entity_keys import link_keys  # noqa: E402
from transforms.ingest import FILES_SCHEMA, assign_doc_ids, decode_files, select_articles  # noqa: E402
from transforms.lexicon import city_names, known_names  # noqa: E402
from transforms.name_model import score_spans, spans_in_text  # noqa: E402
from transforms.quotes import find_quotes  # noqa: E402
from transforms.retyping import retype_entities  # noqa: E402
from transforms.sentences import split_sentences  # noqa: E402

EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "news-id-6k.jsonl.gz"


def load(limit: int | None, copies: int) -> pl.DataFrame:
    rows = []
    with gzip.open(CORPUS, "rt", encoding="utf-8") as handle:
        for number, line in enumerate(handle):
            if limit is not None and number >= limit:
                break
            article = json.loads(line)
            for copy in range(copies):
                raw = f"{article['title']}\n\n{article['text']}\n{'' if copy == 0 else f'[{copy}]'}".encode()
                rows.append((f"{copy}/{article['id']}.txt", len(raw), EPOCH, raw, None, None))
    return pl.DataFrame(rows, schema=FILES_SCHEMA, orient="row")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--limit", type=int, default=None, help="first N articles only")
    parser.add_argument("--copies", type=int, default=1, help="repeat the corpus K times with new ids")
    args = parser.parse_args()
    files = load(args.limit, args.copies)
    city_names(), known_names(), score_spans(spans_in_text("", []))  # gazetteers and the model load once per process
    timings: dict[str, float] = {}

    def timed(name, function, *arguments):
        started = time.perf_counter()
        result = function(*arguments)
        timings[name] = time.perf_counter() - started
        return result

    articles = timed("ingest", lambda f: select_articles(assign_doc_ids(decode_files(f, defaults.MAX_BYTES))), files)
    documents = timed("documents", lambda a: unify_outlets(extract_documents(a)), articles)
    sentences = timed("sentences", split_sentences, documents)
    entities, mentions = timed("entities", lambda d, s: (lambda e, m: (e, attach_sentences(m, s)))(*resolve_entities(link_keys(find_mentions(d)))), documents, sentences)
    candidates = timed("quotes", find_quotes, documents, sentences)
    entities, mentions = timed("retyping", lambda e, m, d, q: resolve_after_vote(*retype_entities(e, m, d, quotes=q)),
                               entities, mentions, documents, candidates)
    quotes, attributions = timed("attributions", attribute_quotes, candidates, documents, entities, mentions, sentences)
    count = documents.height
    print(f"{count} articles, {documents['n_chars'].sum() / count:,.0f} characters on average, POLARS_MAX_THREADS={os.environ['POLARS_MAX_THREADS']}")
    for name, seconds in timings.items():
        print(f"  {name:<13} {seconds:7.2f} s  {count / seconds:8.0f} articles/s")
    entity_stage = timings["entities"] + timings["retyping"]
    print(f"  {'entities+ret.':<13} {entity_stage:7.2f} s  {count / entity_stage:8.0f} articles/s")
    quote_stage = timings["quotes"] + timings["attributions"]
    print(f"  {'quotes+attr.':<13} {quote_stage:7.2f} s  {count / quote_stage:8.0f} articles/s")
    print(f"  output: {entities.height} entities, {mentions.height} mentions, {quotes.height} quotes, {attributions.height} attributions")


if __name__ == "__main__":
    main()
