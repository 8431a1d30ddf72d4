"""scripts/corpus_files.py on an invented corpus file."""

import gzip
import importlib.util
import json

from tests.conftest import REPO

spec = importlib.util.spec_from_file_location("corpus_files", REPO / "scripts" / "corpus_files.py")
corpus_files = importlib.util.module_from_spec(spec)
spec.loader.exec_module(corpus_files)


def test_mining_reads_the_corpus_without_the_listed_evaluation_articles(tmp_path):
    corpus = tmp_path / "corpus.jsonl.gz"
    with gzip.open(corpus, "wt", encoding="utf-8") as handle:
        for article_id in ("x/1", "x/2", "x/3"):
            handle.write(json.dumps({"id": article_id, "title": "Judul", "text": "Isi."}) + "\n")
    ids = tmp_path / "ids.txt"
    ids.write_text("# held out\nx/2\n\n")
    assert [a["id"] for a in corpus_files.read_corpus_except([ids], corpus)] == ["x/1", "x/3"]
    assert [a["id"] for a in corpus_files.read_corpus_except([], corpus)] == ["x/1", "x/2", "x/3"]
