"""Mine the scale corpus as a reference collection: the names it reads as bodies or places by evidence.

    python3 scripts/mine_reference_types.py --exclude-ids FILE ... > transforms/data/reference_types.tsv

Each article (every evaluation set's ids left out) goes through warta's per-document entity reading
(`find_mentions`). Only readings by context count as evidence: a body's head or closing word, a body's context
word (`platform X`, `perusahaan X`), a medium after a citing verb, an acronym defined in brackets, a place's head or
closing word, the gazetteer; and, so that a name the corpus also gives a person's title or office is left out, a
person after a title or an office. Each document votes the type of its strongest evidence for a key
(`normalise_key`); a key whose documents say body or place EVIDENCE_DOCUMENTS times or more, and that type in
MIN_SHARE of its documents with evidence, is printed: key, type, documents, share. Person readings are not printed:
on the corpus the rules read clubs and countries as people after a coach's or leader's title (`pelatih X`), so the
corpus's person evidence is not reliable enough to retype a name. Deterministic: sorted by key.
"""

from __future__ import annotations

import argparse
import sys
import textwrap
from datetime import datetime, timezone
from collections.abc import Iterator
from itertools import islice
from pathlib import Path

import polars as pl

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "scripts"))
sys.path.insert(0, str(REPO))

from corpus_files import article_text, read_corpus_except  # noqa: E402
from flows import defaults  # noqa: E402
from transforms.documents import extract_documents  # noqa: E402
from transforms.entities import find_mentions  # noqa: E402
from transforms.ingest import FILES_SCHEMA, assign_doc_ids, decode_files, select_articles  # noqa: E402

EVIDENCE = {  # type -> the readings (above WEAK) that place a name by its context
    "ORG": ("organisation_head", "organisation_tail_or_site", "organisation_context_word", "medium_after_citing_verb",
            "defined_acronym", "known_name", "known_name_first"),
    "LOC": ("known_name", "known_name_first", "place_head_or_tail", "nested_known_place", "known_place_part",
            "lower_case_place_head", "state_of_known_name"),
    "PERSON": ("person_after_title", "person_after_office", "quoted_speaker_in_run"),
}
PRINTED_TYPES = ("ORG", "LOC")
EVIDENCE_DOCUMENTS = 3
MIN_SHARE = 0.75
BATCH = 200
EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)


def evidence(mentions: pl.DataFrame) -> pl.DataFrame:
    """doc_id, key -> the type of the document's strongest context evidence for the key."""
    readings = pl.any_horizontal(
        (pl.col("type") == kind) & pl.col("type_rule").is_in(rules) for kind, rules in EVIDENCE.items())
    return (
        mentions.filter(readings & (pl.col("strength") >= 2))
        .group_by("doc_id", "key", "type").agg(weight=pl.col("strength").sum())
        .sort(["doc_id", "key", "weight", "type"], descending=[False, False, True, False])
        .group_by("doc_id", "key", maintain_order=True).agg(type=pl.col("type").first())
    )


def reference_types(document_types: pl.DataFrame) -> pl.DataFrame:
    """key, type, documents, share: the body and place keys the documents agree on."""
    return (
        document_types.group_by("key", "type").agg(documents=pl.len())
        .with_columns(share=pl.col("documents") / pl.col("documents").sum().over("key"))
        .filter(pl.col("type").is_in(PRINTED_TYPES) & (pl.col("documents") >= EVIDENCE_DOCUMENTS)
                & (pl.col("share") >= MIN_SHARE))
        .sort("key")
    )


def shown_path(path: Path) -> str:
    """An excluded ids file as the header names it: relative to the repository when it is in it."""
    return str(path.resolve().relative_to(REPO)) if path.resolve().is_relative_to(REPO) else path.name


def corpus_documents(exclude_ids: list[Path]) -> Iterator[pl.DataFrame]:
    """The scale corpus's articles but those of `exclude_ids`, as extracted documents, BATCH at a time."""
    articles = read_corpus_except(exclude_ids)
    while batch := list(islice(articles, BATCH)):
        rows = [(f"{a['id'].replace('/', '__')}.txt", len(raw), EPOCH, raw, None, None)
                for a in batch for raw in [article_text(a).encode()]]
        files = pl.DataFrame(rows, schema=FILES_SCHEMA, orient="row")
        yield extract_documents(select_articles(assign_doc_ids(decode_files(files, defaults.MAX_BYTES))))


def excluded_ids(description: str) -> list[Path]:
    """The `--exclude-ids` files of a miner's command line (every evaluation set's ids, the draws being annotated)."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--exclude-ids", type=Path, action="append", default=[])
    return parser.parse_args().exclude_ids


def exclusion_note(lead: str, exclude_ids: list[Path]) -> str:
    """The header's closing lines: `lead`, the excluded ids files, wrapped as comments."""
    excluded = " ".join(sorted(shown_path(path) for path in exclude_ids))
    return "\n".join(textwrap.wrap(f"{lead}{excluded}. Not edited by hand.", 112, initial_indent="# ", subsequent_indent="# "))


def main() -> None:
    exclude_ids = excluded_ids(__doc__.splitlines()[0])
    table = reference_types(pl.concat([evidence(find_mentions(documents)) for documents in corpus_documents(exclude_ids)]))
    print("# Names the scale corpus reads as bodies (ORG) or places (LOC) by context, in EVIDENCE_DOCUMENTS documents or")
    print("# more and MIN_SHARE of those giving it context evidence: key (as normalise_key spells it), type, documents,")
    print("# share. Mined by `python3 scripts/mine_reference_types.py` from ../shared/corpus/news-id-6k.jsonl.gz (IndoSum")
    print("# CC BY-SA 4.0, Kompas, detik.com), the ids of these files left out (every evaluation set's, and the draws")
    print(exclusion_note("being annotated): ", exclude_ids))
    for key, type_, documents, share in table.iter_rows():
        print(f"{key}\t{type_}\t{documents}\t{share:.2f}")


if __name__ == "__main__":
    main()
