"""Draw a blind annotation sample from the scale corpus, leaving out every article already under evaluation.

    python3 scripts/draw_sample.py OUT_DIR --seed N [--count 12] [--exclude-dir tests/data] [--exclude FILE ...]
        [--outlets indosum,detik]

Picks `--count` articles at random (seeded, so a draw can be repeated) among the corpus's articles of the given
outlets (the first part of an id: Kompas is left out by default, pfsa-dev is Kompas), leaving out every id listed in an
`ids.txt` under `--exclude-dir` and in each `--exclude` file (an earlier draw not yet committed). Writes OUT_DIR/ids.txt
and the articles as files beside it (scripts/corpus_files.py's layout, which gold offsets refer to). The annotator gets
OUT_DIR and tests/data/ANNOTATING.md, nothing else.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus_files import CORPUS, read_corpus_except, write_files  # noqa: E402

REPO = Path(__file__).resolve().parent.parent


def draw(seed: int, count: int, outlets: set[str], id_files: list[Path], corpus: Path = CORPUS) -> list[str]:
    """The ids drawn, sorted; the candidates are taken in corpus order, so the same seed gives the same draw."""
    candidates = [a["id"] for a in read_corpus_except(id_files, corpus) if a["id"].split("/", 1)[0] in outlets]
    if len(candidates) < count:
        raise SystemExit(f"draw_sample: only {len(candidates)} articles left to draw from, {count} asked")
    return sorted(random.Random(seed).sample(candidates, count))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--count", type=int, default=12)
    parser.add_argument("--outlets", default="indosum,detik", help="comma-separated first parts of the corpus ids")
    parser.add_argument("--exclude-dir", type=Path, default=REPO / "tests" / "data",
                        help="every ids.txt below it is left out (default: tests/data)")
    parser.add_argument("--exclude", type=Path, action="append", default=[], help="more id files to leave out")
    args = parser.parse_args(argv)
    id_files = sorted(args.exclude_dir.rglob("ids.txt")) + args.exclude
    ids = draw(args.seed, args.count, set(args.outlets.split(",")), id_files)
    args.out_dir.mkdir(parents=True, exist_ok=True)
    (args.out_dir / "ids.txt").write_text("\n".join(ids) + "\n", encoding="utf-8")
    written = write_files(args.out_dir, set(ids))
    print(f"{written} articles drawn into {args.out_dir} (seed {args.seed}; {len(id_files)} id files left out)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
