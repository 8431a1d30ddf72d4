"""Write docs/data-dictionary.md from the table declarations: `python -m warta.datadict`."""

from __future__ import annotations

import sys
from pathlib import Path

from flows.database import DATABASE, VIEWS
from transforms.schemas import CACHED_TABLES, RUNS, TABLES

HEADER = """# Data dictionary

Generated from `transforms/schemas.py` by `python -m warta.datadict`; do not edit by hand.
Every table is `output/<table>.parquet`, except the run log `runs`, which is `<state_dir>/runs.parquet`
(`.state/runs.parquet` by default; `warta runs` prints it). Offsets (`start`, `end`, `cue_start`, `cue_end`) are character
offsets into `documents.text`, end exclusive. The cached tables (`sentences`, `mention_candidates`, `quote_candidates`)
are the per-document extraction kept in `<state_dir>/cache/` between runs.
"""

VIEWS_HEADER = f"""
# DuckDB views

`output/{DATABASE}` holds every table above (except `runs`) and these views over them, written in the same
publish step as the Parquet files. Open it with `duckdb output/{DATABASE}` or
`duckdb.connect("output/{DATABASE}", read_only=True)`.
"""


def render() -> str:
    parts = [HEADER]
    for table in [*TABLES.values(), RUNS, *CACHED_TABLES]:
        parts += _columns(table)
        for reference in table.references:
            parts.append(f"\n`{reference.column}` refers to `{reference.target_table}.{reference.target_column}`.")
    parts.append(VIEWS_HEADER)
    for view in VIEWS.values():
        parts += _columns(view)
    return "\n".join(parts) + "\n"


def _columns(table) -> list[str]:
    lines = [f"\n## {table.name}\n\n{table.description}\n", "| column | type | null | description |\n|---|---|---|---|"]
    for column in table.columns:
        note = column.description + (f" One of {', '.join(column.allowed)}." if column.allowed else "")
        note += " Unique." if column.unique else ""
        lines.append(f"| `{column.name}` | {column.dtype} | {'yes' if column.nullable else 'no'} | {note.replace('|', '/')} |")
    return lines


def main() -> int:
    target = Path(__file__).resolve().parent.parent / "docs" / "data-dictionary.md"
    target.parent.mkdir(exist_ok=True)
    target.write_text(render(), encoding="utf-8")
    print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
