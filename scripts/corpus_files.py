"""Write articles of the scale corpus (../shared/corpus/news-id-6k.jsonl.gz) out as `.txt` files.

    python3 scripts/corpus_files.py OUT_DIR [--ids FILE] [--limit N] [--copies K]

Each file holds the article's title, a blank line and its text, in UTF-8: the layout the benchmark,
the collection audit and the blind development sets (`tests/data/blind_*`, whose gold offsets refer
to these files) all share. File names are the corpus ids with `/` replaced by `__`. `--copies K`
repeats the corpus with new ids (for scale tests; copy 0 is the corpus as it is).
"""

from __future__ import annotations

import argparse
import gzip
import json
from pathlib import Path

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "news-id-6k.jsonl.gz"


def file_name(article_id: str) -> str:
    return article_id.replace("/", "__") + ".txt"


def article_text(article: dict) -> str:
    return f"{article['title']}\n\n{article['text']}\n"


def read_corpus(corpus: Path = CORPUS):
    with gzip.open(corpus, "rt", encoding="utf-8") as handle:
        for line in handle:
            yield json.loads(line)


def read_corpus_except(id_files: list[Path], corpus: Path = CORPUS):
    """The corpus without the articles whose ids the files list, one a line, `#` lines being comments (evaluation
    sets kept out of mining)."""
    excluded = {line.strip() for path in id_files for line in path.read_text().splitlines()
                if line.strip() and not line.startswith("#")}
    return (article for article in read_corpus(corpus) if article["id"] not in excluded)


def write_files(out_dir: Path, ids: set[str] | None = None, limit: int | None = None, copies: int = 1,
                corpus: Path = CORPUS) -> int:
    """Write the chosen articles (all, or those in `ids`, or the first `limit`); returns the file count."""
    written = 0
    for number, article in enumerate(read_corpus(corpus)):
        if limit is not None and number >= limit:
            break
        if ids is not None and article["id"] not in ids:
            continue
        for copy in range(copies):
            folder = out_dir if copy == 0 else out_dir / f"copy{copy:03d}"
            folder.mkdir(parents=True, exist_ok=True)
            text = article_text(article) + ("" if copy == 0 else f"[{copy}]\n")
            (folder / file_name(article["id"])).write_text(text, encoding="utf-8")
            written += 1
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--ids", type=Path, help="a file with one corpus id a line: only these articles")
    parser.add_argument("--limit", type=int, help="the first N articles only")
    parser.add_argument("--copies", type=int, default=1, help="repeat the corpus K times with new ids")
    args = parser.parse_args()
    ids = None
    if args.ids:
        ids = {line.strip() for line in args.ids.read_text().splitlines() if line.strip() and not line.startswith("#")}
    count = write_files(args.out_dir, ids, args.limit, args.copies)
    print(f"{count} files written to {args.out_dir}")


if __name__ == "__main__":
    main()
