"""Compare the published tables of two output folders, ignoring the provenance columns added since.

    .venv/bin/python scripts/compare_outputs.py BEFORE AFTER

Prints one verdict per table and exits 1 when any table differs. Columns that only AFTER has and that
are provenance (`mentions.rule`, `mentions.type_rule`, `quotes.rule`) are dropped before comparing; any
other column difference counts as a difference.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import polars as pl

PROVENANCE = {"mentions": {"rule", "type_rule"}, "quotes": {"rule"}}


def compare_table(before: Path, after: Path, name: str) -> str | None:
    """None when equal, else a one-line reason."""
    old, new = pl.read_parquet(before / f"{name}.parquet"), pl.read_parquet(after / f"{name}.parquet")
    added = set(new.columns) - set(old.columns)
    unexpected = added - PROVENANCE.get(name, set())
    if unexpected or set(old.columns) - set(new.columns):
        return f"columns differ: only before {sorted(set(old.columns) - set(new.columns))}, only after {sorted(unexpected)}"
    new = new.select(old.columns)
    if old.height != new.height:
        return f"{old.height} rows before, {new.height} after"
    if old.schema != new.schema:
        return f"types differ: {old.schema} vs {new.schema}"
    if not old.equals(new):
        differing = [c for c in old.columns if not old[c].equals(new[c])]
        return f"values differ in {differing}"
    return None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("before", type=Path)
    parser.add_argument("after", type=Path)
    args = parser.parse_args()
    names = sorted(p.stem for p in args.before.glob("*.parquet"))
    if not names:
        print(f"no tables in {args.before}")
        return 2
    failures = 0
    for name in names:
        reason = compare_table(args.before, args.after, name) if (args.after / f"{name}.parquet").exists() else "missing after"
        failures += reason is not None
        print(f"  {name:<16} {'identical' if reason is None else 'DIFFERS: ' + reason}")
    print(f"{len(names) - failures}/{len(names)} tables identical")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
