"""Check a gold file against the texts it annotates, before anyone scores with it.

    python3 scripts/check_gold.py GOLD.json TEXT_DIR

Prints one line per problem and exits 1 if there is any: a quote whose offsets do not cut its text out of its file
(`text[start:end] == quote text`, Python `str` indices on the file as read, UTF-8, no normalisation), a quote kind
outside direct/mixed/indirect, a speaker or document entity missing from `entities`, an entity type outside
PERSON/ORG/LOC, a document with no file.
(Aliases may hold forms the texts do not write, a body's expansion or its wire agency's full name: not checked.)
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

KINDS = {"direct", "mixed", "indirect"}
TYPES = {"PERSON", "ORG", "LOC"}


def gold_problems(gold: dict, texts: dict[str, str]) -> list[str]:
    problems = []
    entities = gold.get("entities", {})
    for name, entity in entities.items():
        if entity.get("type") not in TYPES:
            problems.append(f"entity {name!r}: type {entity.get('type')!r}")
    for doc, annotation in gold.get("documents", {}).items():
        if doc not in texts:
            problems.append(f"{doc}: no such file")
            continue
        text = texts[doc]
        for name in annotation.get("entities", []):
            if name not in entities:
                problems.append(f"{doc}: document entity {name!r} is not in entities")
        for number, quote in enumerate(annotation.get("quotes", [])):
            where = f"{doc} quote {number}"
            if text[quote["start"]:quote["end"]] != quote["text"]:
                problems.append(f"{where}: offsets {quote['start']}-{quote['end']} do not cut out its text")
            if quote.get("kind") not in KINDS:
                problems.append(f"{where}: kind {quote.get('kind')!r}")
            if quote.get("speaker") is not None and quote["speaker"] not in entities:
                problems.append(f"{where}: speaker {quote['speaker']!r} is not in entities")
    return problems


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 2:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    gold = json.loads(Path(args[0]).read_text(encoding="utf-8"))
    texts = {path.name: path.read_text(encoding="utf-8") for path in Path(args[1]).glob("*.txt")}
    problems = gold_problems(gold, texts)
    for problem in problems:
        print(problem)
    print(f"{len(problems)} problems in {len(gold.get('documents', {}))} documents")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
