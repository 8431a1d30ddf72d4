"""Mine the scale corpus, run through the whole flow, for the names its collection context makes bodies.

    python3 scripts/mine_reference_bodies.py --exclude-ids FILE ... > transforms/data/reference_bodies.tsv

The corpus (every evaluation set's ids left out) is written to a scratch folder and goes through `warta run`; the
entities the collection's context turned from people into bodies (rule `body_by_collection_context`,
transforms/entities/body_context.py: a body's words before the name in several documents, no person's evidence
anywhere) are printed: key (as `normalise_key` spells it), ORG, documents. One run's articles rarely give a club or a
company that context twice; the reference collection lends it, as data/reference_types.tsv does for the readings of
one document (retyping reads both). The run must read no earlier verdicts (a name already lent its type is no longer a
person for the pass to turn): the command's redirect empties the file before the run, and the script refuses to run
while it holds rows. Deterministic: sorted by key.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

import polars as pl

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "scripts"))
sys.path.insert(0, str(REPO))

from corpus_files import article_text, file_name, read_corpus_except  # noqa: E402
from mine_reference_types import shown_path  # noqa: E402
from transforms.entities.body_context import BODY_BY_CONTEXT  # noqa: E402
from transforms.entities.vocabulary import normalise_key  # noqa: E402


def collection_bodies(output: Path) -> pl.DataFrame:
    """(key, documents) of the entities of a published output the collection's context made bodies."""
    mentions = pl.read_parquet(output / "mentions.parquet", columns=["entity_id", "type_rule"])
    entities = pl.read_parquet(output / "entities.parquet", columns=["entity_id", "name", "type", "document_count"])
    made = mentions.filter(pl.col("type_rule") == BODY_BY_CONTEXT)["entity_id"].unique()
    bodies = entities.filter(pl.col("entity_id").is_in(made.implode()) & (pl.col("type") == "ORG"))
    return (bodies.select(key=pl.col("name").map_elements(normalise_key, return_dtype=pl.String), documents="document_count")
            .group_by("key").agg(pl.col("documents").sum()).sort("key"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--exclude-ids", type=Path, action="append", default=[])
    args = parser.parse_args()
    if any(line.strip() and not line.startswith("#") for line in (REPO / "transforms/data/reference_bodies.tsv").read_text().splitlines()):
        sys.exit("transforms/data/reference_bodies.tsv holds rows: redirect the output into it (which empties it first)")
    with tempfile.TemporaryDirectory() as scratch:
        articles, output = Path(scratch) / "articles", Path(scratch) / "output"
        articles.mkdir()
        for article in read_corpus_except(args.exclude_ids):
            (articles / file_name(article["id"])).write_text(article_text(article), encoding="utf-8")
        subprocess.run([sys.executable, "-m", "warta.cli", "run", "--input", str(articles), "--output", str(output),
                        "--state-dir", str(Path(scratch) / "state")], check=True, cwd=REPO, stdout=subprocess.DEVNULL)
        table = collection_bodies(output)
    print("# Names the scale corpus, run whole through warta, makes bodies by the collection's context (rule")
    print("# body_by_collection_context): key (as normalise_key spells it), type, documents. Mined by")
    print("# `python3 scripts/mine_reference_bodies.py` from ../shared/corpus/news-id-6k.jsonl.gz (IndoSum CC BY-SA 4.0,")
    excluded = " ".join(sorted(shown_path(path) for path in args.exclude_ids))
    print("\n".join(textwrap.wrap(f"Kompas, detik.com), the ids of these files left out: {excluded}. Not edited by hand.",
                                  112, initial_indent="# ", subsequent_indent="# ")))
    for key, documents in table.iter_rows():
        print(f"{key}\tORG\t{documents}")


if __name__ == "__main__":
    main()
