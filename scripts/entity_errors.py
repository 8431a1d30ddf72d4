"""List a run's entity errors against a gold file, scored as `warta evaluate` scores them.

    python scripts/entity_errors.py GOLD OUTPUT [--half 1|2] [--classes]

Prints, per document, the false positives (a predicted entity matching no gold or optional name, with
its type, surfaces and the rules that proposed and typed it), the type errors (a name found with
another type) and the misses; then the splits (a gold entity under several entity ids, with their
names). The lines are tab-separated, so `grep`, `sort` and `cut` group them by cause. `--classes` adds
a count of the typed-entity errors by class (CLASSES), as docs/quality.md's rounds count them.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter, defaultdict
from pathlib import Path

import polars as pl

from warta.evaluate import GoldNames, halves


CLASSES = {  # class -> what it counts; a type error is one spurious and one missed entity of the typed score
    "type": "a gold name found with another type",
    "boundary_fp": "a spurious entity whose span overlaps an occurrence of a gold or optional name no mention is exactly",
    "not_a_name": "a spurious entity touching no gold name",
    "boundary_fn": "a missed gold name one of whose occurrences a mention overlaps without being it",
    "lower_case": "a missed gold name written in lower case wherever it occurs",
    "never_proposed": "a missed gold name no mention touches",
    "not_in_text": "a missed gold name none of whose names occurs in the text",
}


def entity_errors(gold_path: Path, output: Path, half: int | None = None) -> list[str]:
    return [line for line, _ in _errors(gold_path, output, half)]


def error_classes(gold_path: Path, output: Path, half: int | None = None) -> Counter:
    """CLASSES -> how many typed-entity errors of the run fall in each (splits are no typed error)."""
    return Counter(kind for _, kind in _errors(gold_path, output, half) if kind is not None)


def _occurrences(text: str, names: set[str]) -> set[tuple[int, int]]:
    return {(m.start(), m.end()) for name in names for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text, re.IGNORECASE)}


def _overlaps_inexactly(spans: set[tuple[int, int]], occurrences: set[tuple[int, int]], exact: set[tuple[int, int]]) -> bool:
    return any(s < oe and os < e and (os, oe) not in exact for s, e in spans for os, oe in occurrences)


def _missed_class(text: str, occurrences: set[tuple[int, int]], spans: set[tuple[int, int]]) -> str:
    if not occurrences:
        return "not_in_text"
    if _overlaps_inexactly(spans, occurrences, spans):
        return "boundary_fn"
    return "lower_case" if all(text[start].islower() for start, _ in occurrences) else "never_proposed"


def _errors(gold_path: Path, output: Path, half: int | None):
    """(line, class) of each error; class None for a split."""
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    documents = gold["documents"]
    if half is not None:
        kept = set(halves(documents)[half - 1])
        documents = {name: doc for name, doc in documents.items() if name in kept}
    names = GoldNames(gold)
    entities = pl.read_parquet(output / "entities.parquet")
    mentions = pl.read_parquet(output / "mentions.parquet")
    doc_by_file = {Path(p).name: (d, t) for d, p, t in pl.read_parquet(output / "documents.parquet")
                   .select("doc_id", "source_path", "text").iter_rows()}
    entity_names = {row["entity_id"]: {row["name"].casefold(), *(a.casefold() for a in row["aliases"])}
                    for row in entities.iter_rows(named=True)}
    entity_rows = {row["entity_id"]: row for row in entities.iter_rows(named=True)}
    found_by = defaultdict(set)
    for file_name, gold_doc in sorted(documents.items()):
        doc_id, text = doc_by_file.get(file_name, (None, ""))
        gold_entities = gold_doc.get("entities", [])
        if doc_id is None or not gold_entities:
            continue
        doc_mentions = mentions.filter(pl.col("doc_id") == doc_id)
        gold_names = {e: names.names(e) for e in gold_entities}
        spans = set(doc_mentions.select("start", "end").iter_rows())
        occurrences = {e: _occurrences(text, gold_names[e]) for e in gold_entities}
        named = set().union(*occurrences.values(), _occurrences(text, names.optional))
        for entity in gold_entities:
            hits = {p for p in set(doc_mentions["entity_id"]) if entity_names.get(p, set()) & gold_names[entity]}
            found_by[entity] |= hits
            if not hits:
                yield f"FN\t{file_name}\t{names.type(entity)}\t{entity}", _missed_class(text, occurrences[entity], spans)
            elif not any(entity_rows[p]["type"] == names.type(entity) for p in hits):
                got = ", ".join(f"{entity_rows[p]['name']}:{entity_rows[p]['type']}" for p in sorted(hits))
                yield f"TYPE\t{file_name}\t{names.type(entity)}\t{entity}\t-> {got}", "type"
        for entity_id, rows in doc_mentions.group_by("entity_id", maintain_order=True):
            entity_id = entity_id[0]
            predicted = entity_names.get(entity_id, set())
            if predicted & names.optional or any(predicted & gold_names[e] for e in gold_entities):
                continue
            surfaces = sorted(set(rows["text"]))
            rules = sorted(set(rows["rule"]) | set(rows["type_rule"]))
            kind = "boundary_fp" if _overlaps_inexactly(set(rows.select("start", "end").iter_rows()), named, spans) else "not_a_name"
            yield (f"FP\t{file_name}\t{entity_rows[entity_id]['type']}\t{entity_rows[entity_id]['name']}"
                   f"\t{' | '.join(surfaces)}\t{','.join(rules)}"), kind
    for entity, ids in sorted(found_by.items()):
        if len(ids) > 1:
            yield f"SPLIT\t{entity}\t" + " | ".join(sorted(entity_rows[i]["name"] for i in ids)), None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", type=Path)
    parser.add_argument("output", type=Path)
    parser.add_argument("--half", type=int, choices=(1, 2))
    parser.add_argument("--classes", action="store_true", help="end with the count of typed-entity errors by class")
    args = parser.parse_args()
    print("\n".join(entity_errors(args.gold, args.output, args.half)))
    if args.classes:
        counts = error_classes(args.gold, args.output, args.half)
        print("\n".join(f"CLASS\t{kind}\t{counts[kind]}\t{meaning}" for kind, meaning in CLASSES.items()))


if __name__ == "__main__":
    main()
