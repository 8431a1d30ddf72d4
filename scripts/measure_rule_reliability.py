"""Measure how often each typing rule's entities are right, on the name model's training golds.

    .venv/bin/python scripts/measure_rule_reliability.py > transforms/data/rule_reliability.tsv

Each development set the name model trains on (DEVELOPMENT_GOLDS of scripts/train_name_model.py; never the sets
kept out of its training, nor any held-out set) is run through warta as its own collection, up to entity resolution:
the entities and mentions the name model's vote (transforms/retyping.py) weighs. In each gold document, every entity
its mentions name is matched by its names (canonical and aliases) against the document's gold entities, as `warta
evaluate` matches them; an entity carrying an optional name is left out. Each rule that typed one of the entity's
mentions in that document (`type_rule`) counts it once: `right` (a gold name of the same type), `other_type` (a gold
name of another type) or `no_name` (no gold name). Printed: rule, right, other_type, no_name, sorted by rule, after a
header naming the sets. Deterministic: the same code and golds give the same file.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import textwrap
from collections import Counter
from pathlib import Path

os.environ.setdefault("POLARS_MAX_THREADS", "1")
REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "scripts"))
sys.path.insert(0, str(REPO))

import polars as pl  # noqa: E402

from flows import ahead, defaults  # noqa: E402
from train_name_model import DEVELOPMENT_GOLDS, development_texts  # noqa: E402
from transforms.increments import FILE_COLUMNS, empty_extraction, extract_per_document, merge_extractions  # noqa: E402
from warta.evaluate import GoldNames  # noqa: E402

OUTCOMES = ("right", "other_type", "no_name")


def extraction_of(texts: dict[str, str]) -> dict[str, pl.DataFrame]:
    """The flow's extraction of these texts (file name -> text) as one collection, as a fresh run makes it."""
    with tempfile.TemporaryDirectory() as folder:
        for name, text in texts.items():
            (Path(folder) / name).write_text(text, encoding="utf-8")
        articles, _ = ahead.read_articles(Path(folder), defaults.MAX_BYTES)
    return merge_extractions(articles.select("doc_id", *FILE_COLUMNS), empty_extraction(), extract_per_document(articles))


def resolved_entities(texts: dict[str, str]) -> tuple[pl.DataFrame, pl.DataFrame, dict[str, str]]:
    """The collection's entities and mentions as the vote receives them, and file name -> doc_id."""
    extraction = extraction_of(texts)
    files = {Path(path).name: doc_id for doc_id, path in extraction["documents"].select("doc_id", "source_path").iter_rows()}
    entities, mentions = ahead.resolve(extraction)
    return entities, mentions, files


def rule_outcomes(gold: dict, entities: pl.DataFrame, mentions: pl.DataFrame, files: dict[str, str]) -> Counter:
    """(rule, outcome) -> entities of a document, as the module's docstring counts them."""
    names = GoldNames(gold)
    entity_names = {entity_id: ({name.casefold(), *(alias.casefold() for alias in aliases)}, kind)
                    for entity_id, name, aliases, kind in entities.select("entity_id", "name", "aliases", "type").iter_rows()}
    rules = mentions.group_by("doc_id", "entity_id").agg(pl.col("type_rule").unique().sort())
    by_document: dict[str, list[tuple[str, list[str]]]] = {}
    for doc_id, entity_id, typed_by in rules.sort("doc_id", "entity_id").iter_rows():
        by_document.setdefault(doc_id, []).append((entity_id, typed_by))
    counts: Counter = Counter()
    for file, document in sorted(gold["documents"].items()):
        gold_entities = document.get("entities", [])
        if file not in files or not gold_entities:
            continue
        for entity_id, typed_by in by_document.get(files[file], []):
            predicted, kind = entity_names[entity_id]
            if predicted & names.optional:
                continue
            hits = [entity for entity in gold_entities if predicted & names.names(entity)]
            outcome = ("right" if any(names.type(entity) == kind for entity in hits) else "other_type") if hits else "no_name"
            counts.update((rule, outcome) for rule in typed_by)
    return counts


def main() -> None:
    counts: Counter = Counter()
    for name in sorted(DEVELOPMENT_GOLDS):
        gold_file, source = DEVELOPMENT_GOLDS[name]
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        counts += rule_outcomes(gold, *resolved_entities(development_texts(source, sorted(gold["documents"]))))
    header = (
        "Per typing rule (mentions.type_rule), the entities of a gold document it typed before the name model's vote "
        "(after resolution), matched against the gold by their names: right (a gold name of that type), other_type (a gold "
        "name of another type), no_name (no gold name). Made by `python scripts/measure_rule_reliability.py` on the name "
        "model's training golds, the project's own blind annotations (DEVELOPMENT_GOLDS of scripts/train_name_model.py: "
        f"{', '.join(sorted(DEVELOPMENT_GOLDS))}); never on the development sets kept out of its training nor on the held-out "
        "sets. Read by transforms/retyping.py (`rule_reliability`): each rule's prior in the vote scales with its smoothed "
        "precision."
    )
    print("\n".join(f"# {line}" for line in textwrap.wrap(header, 116)))
    print("# " + "\t".join(("rule", *OUTCOMES)))
    for rule in sorted({rule for rule, _ in counts}):
        print("\t".join((rule, *(str(counts[rule, outcome]) for outcome in OUTCOMES))))


if __name__ == "__main__":
    main()
