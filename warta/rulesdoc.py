"""Write docs/rules.md from the rule registries of the extraction packages: `python -m warta.rulesdoc`."""

from __future__ import annotations

import sys
from pathlib import Path

from transforms.attributions.rules import ATTRIBUTION_RULES, SPEAKER_RULES
from transforms.entities.rules import READING_RULES, RETYPING_RULES
from transforms.entities.shape import SHAPE_RULES
from transforms.quotes.rules import QUOTE_RULES

HEADER = """# Rules

Generated from the rule registries (`transforms/*/rules.py`, `transforms/entities/shape.py`) by
`python -m warta.rulesdoc`; do not edit by hand. Every row of `mentions`, `quotes` and `attributions`
names the rule that made it: `mentions.rule` (the rule that proposed the mention) and
`mentions.type_rule` (the one that gave its type, the same rule unless a later pass changed it),
`quotes.rule`, and `attributions.method` (the quote's rule and the speaker rule joined by `+`, or
`source_cue`). The examples are invented.
"""

SECTIONS = (
    ("Mentions: readers of a capitalised run", "`mentions.rule`; transforms/entities/reading.py.", READING_RULES),
    ("Mentions: shape table", "`mentions.rule` of a name no reader placed: the first rule that holds, top to bottom; "
     "transforms/entities/shape.py.", {r.name: (f"{r.what} {r.type}.", r.example) for r in SHAPE_RULES}),
    ("Mentions: passes that change a type", "`mentions.type_rule`, in the order they run; transforms/entities/document.py "
     "and collection.py.", RETYPING_RULES),
    ("Quotes", "`quotes.rule`; transforms/quotes/.", QUOTE_RULES),
    ("Speakers", "The second half of `attributions.method`, in the order they are tried; "
     "transforms/attributions/speakers.py.", SPEAKER_RULES),
    ("Sources", "`attributions.method` of a `source` row.", ATTRIBUTION_RULES),
)


def render() -> str:
    parts = [HEADER]
    for title, note, rules in SECTIONS:
        parts.append(f"\n## {title}\n\n{note}\n")
        parts.append("| rule | what it does | example |\n|---|---|---|")
        for name, (what, example) in rules.items():
            parts.append(f"| `{name}` | {what.replace('|', '/')} | {example.replace('|', '/')} |")
    return "\n".join(parts) + "\n"


def main() -> int:
    target = Path(__file__).resolve().parent.parent / "docs" / "rules.md"
    target.write_text(render(), encoding="utf-8")
    print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
