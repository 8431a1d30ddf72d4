"""List a run's entity errors against a gold file, scored as `warta evaluate` scores them.

    python scripts/entity_errors.py GOLD OUTPUT [--half 1|2]

Prints, per document, the false positives (a predicted entity matching no gold or optional name, with
its type, surfaces and the rules that proposed and typed it), the type errors (a name found with
another type) and the misses; then the splits (a gold entity under several entity ids, with their
names). The lines are tab-separated, so `grep`, `sort` and `cut` group them by cause.
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from pathlib import Path

import polars as pl

from warta.evaluate import GoldNames, halves


def entity_errors(gold_path: Path, output: Path, half: int | None = None) -> list[str]:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    documents = gold["documents"]
    if half is not None:
        kept = set(halves(documents)[half - 1])
        documents = {name: doc for name, doc in documents.items() if name in kept}
    names = GoldNames(gold)
    entities = pl.read_parquet(output / "entities.parquet")
    mentions = pl.read_parquet(output / "mentions.parquet")
    doc_by_file = {Path(p).name: d for d, p in pl.read_parquet(output / "documents.parquet")
                   .select("doc_id", "source_path").iter_rows()}
    entity_names = {row["entity_id"]: {row["name"].casefold(), *(a.casefold() for a in row["aliases"])}
                    for row in entities.iter_rows(named=True)}
    entity_rows = {row["entity_id"]: row for row in entities.iter_rows(named=True)}
    lines, found_by = [], defaultdict(set)
    for file_name, gold_doc in sorted(documents.items()):
        doc_id = doc_by_file.get(file_name)
        gold_entities = gold_doc.get("entities", [])
        if doc_id is None or not gold_entities:
            continue
        doc_mentions = mentions.filter(pl.col("doc_id") == doc_id)
        gold_names = {e: names.names(e) for e in gold_entities}
        for entity in gold_entities:
            hits = {p for p in set(doc_mentions["entity_id"]) if entity_names.get(p, set()) & gold_names[entity]}
            found_by[entity] |= hits
            if not hits:
                lines.append(f"FN\t{file_name}\t{names.type(entity)}\t{entity}")
            elif not any(entity_rows[p]["type"] == names.type(entity) for p in hits):
                got = ", ".join(f"{entity_rows[p]['name']}:{entity_rows[p]['type']}" for p in sorted(hits))
                lines.append(f"TYPE\t{file_name}\t{names.type(entity)}\t{entity}\t-> {got}")
        for entity_id, rows in doc_mentions.group_by("entity_id", maintain_order=True):
            entity_id = entity_id[0]
            predicted = entity_names.get(entity_id, set())
            if predicted & names.optional or any(predicted & gold_names[e] for e in gold_entities):
                continue
            surfaces = sorted(set(rows["text"]))
            rules = sorted(set(rows["rule"]) | set(rows["type_rule"]))
            lines.append(f"FP\t{file_name}\t{entity_rows[entity_id]['type']}\t{entity_rows[entity_id]['name']}"
                         f"\t{' | '.join(surfaces)}\t{','.join(rules)}")
    for entity, ids in sorted(found_by.items()):
        if len(ids) > 1:
            lines.append(f"SPLIT\t{entity}\t" + " | ".join(sorted(entity_rows[i]["name"] for i in ids)))
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", type=Path)
    parser.add_argument("output", type=Path)
    parser.add_argument("--half", type=int, choices=(1, 2))
    args = parser.parse_args()
    print("\n".join(entity_errors(args.gold, args.output, args.half)))


if __name__ == "__main__":
    main()
