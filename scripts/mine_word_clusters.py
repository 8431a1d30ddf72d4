"""Mine word clusters from unlabelled news text for the name model (transforms/data/word_clusters.tsv).

    .venv/bin/python scripts/mine_word_clusters.py [--exclude-ids FILE ...] > transforms/data/word_clusters.tsv

The words around a name tell its type, and the words of a name's own (`aplikasi`, `klub`, `pabrik`) tell it too; a word
the golds never labelled reads as the words it keeps company with (`menyatakan` as `mengatakan`, `dolar` as `rupiah`).
Each word of the
scale corpus (../shared/corpus, every id listed in an `ids.txt` under tests/data and in each `--exclude-ids` file left
out) and of the train and dev splits of ../shared/ner (their test splits are left out: the README's span F1 is
measured on them) gets a vector from its neighbours (positive pointwise mutual information over a window of WINDOW
words each side, reduced by a truncated SVD), and the vectors of the vocabulary (words the corpus writes in lower case
inside sentences half the time or more, transforms/data/corpus_case.tsv) are grouped by k-means at two grains (GRAINS):
names help place the vocabulary but get no cluster, so the file names no person, body or place. Nothing here is
labelled or chosen by hand: the name model learns what a cluster means from its training golds.
Deterministic: sorted vocabulary, a fixed start vector for the SVD, seeded k-means++ starts.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

import numpy as np
from scipy import sparse
from scipy.sparse.linalg import svds

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "scripts"))

from corpus_files import read_corpus_except  # noqa: E402
from transforms.lexicon import corpus_lower_share  # noqa: E402

NER = REPO.parent / "shared" / "ner"
NER_SPLITS = [NER / "idner-news-2k" / "train.txt", NER / "idner-news-2k" / "dev.txt",
              NER / "nergrit" / "train.txt", NER / "nergrit" / "valid.txt"]
WORD = re.compile(r"\w+")  # the name model's context words are `\w+` runs, lower case
MIN_COUNT = 3  # a word seen fewer times has too few neighbours for a vector
WINDOW = 2
DIMENSIONS = 100
SMOOTHING = 0.75  # context counts raised to this power (Levy, Goldberg and Dagan 2015): rare contexts weigh less
GRAINS = (128, 1024)
ITERATIONS = 30


def lines_of_text(exclude: list[Path]):
    """Every line of the unlabelled text, lower case."""
    for article in read_corpus_except(exclude):
        yield from (article["title"] + "\n" + article["text"]).lower().split("\n")
    for path in NER_SPLITS:  # CoNLL-style: a token a line, blank lines between sentences
        sentence: list[str] = []
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                sentence.append(line.split()[0])
            elif sentence:
                yield " ".join(sentence).lower()
                sentence = []
        if sentence:
            yield " ".join(sentence).lower()


def cooccurrences(lines: list[list[str]], vocabulary: dict[str, int]) -> sparse.csr_matrix:
    """Word-by-word counts of neighbours within WINDOW, a line being the edge."""
    rows, cols = [], []
    for tokens in lines:
        ids = [vocabulary.get(token, -1) for token in tokens]
        for position, word in enumerate(ids):
            if word < 0:
                continue
            for other in ids[max(0, position - WINDOW):position]:
                if other >= 0:
                    rows += (word, other)
                    cols += (other, word)
    size = len(vocabulary)
    return sparse.csr_matrix((np.ones(len(rows), dtype=np.float64), (rows, cols)), shape=(size, size))


def ppmi_vectors(counts: sparse.csr_matrix) -> np.ndarray:
    """Positive PMI with smoothed context counts, reduced to DIMENSIONS by a truncated SVD; rows of unit length."""
    total = counts.sum()
    word_sums = np.asarray(counts.sum(axis=1)).ravel()
    context_sums = np.asarray(counts.sum(axis=0)).ravel() ** SMOOTHING
    coo = counts.tocoo()
    pmi = np.log(coo.data * context_sums.sum() / (word_sums[coo.row] * context_sums[coo.col]))
    keep = pmi > 0
    matrix = sparse.csr_matrix((pmi[keep], (coo.row[keep], coo.col[keep])), shape=counts.shape)
    start = np.full(min(matrix.shape), 1.0 / np.sqrt(min(matrix.shape)))
    left, singular, _ = svds(matrix, k=DIMENSIONS, v0=start, solver="arpack")
    vectors = left * np.sqrt(singular)
    return vectors / np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12)


def kmeans(vectors: np.ndarray, clusters: int, seed: int = 0) -> np.ndarray:
    """Cluster number per row: k-means++ starts from a seeded generator, then ITERATIONS Lloyd steps."""
    generator = np.random.default_rng(seed)
    centres = [vectors[generator.integers(len(vectors))]]
    distances = ((vectors - centres[0]) ** 2).sum(axis=1)
    for _ in range(clusters - 1):
        chosen = generator.choice(len(vectors), p=distances / distances.sum())
        centres.append(vectors[chosen])
        distances = np.minimum(distances, ((vectors - vectors[chosen]) ** 2).sum(axis=1))
    centres = np.array(centres)
    for _ in range(ITERATIONS):
        assignment = (vectors @ centres.T - 0.5 * (centres ** 2).sum(axis=1)).argmax(axis=1)
        for cluster in range(clusters):
            members = vectors[assignment == cluster]
            if len(members):
                centres[cluster] = members.mean(axis=0)
    return (vectors @ centres.T - 0.5 * (centres ** 2).sum(axis=1)).argmax(axis=1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--exclude-ids", type=Path, action="append", default=[])
    args = parser.parse_args()
    exclude = sorted((REPO / "tests" / "data").glob("*/ids.txt")) + args.exclude_ids
    lines = [WORD.findall(line) for line in lines_of_text(exclude)]
    frequency = Counter(token for tokens in lines for token in tokens if not token.isdigit())
    words = sorted(word for word, count in frequency.items() if count >= MIN_COUNT)
    vocabulary = {word: number for number, word in enumerate(words)}
    vectors = ppmi_vectors(cooccurrences(lines, vocabulary))
    # names keep their vectors as neighbours of other words but get no cluster of their own: the file is vocabulary
    # (words the corpus writes in lower case inside sentences half the time or more, transforms/data/corpus_case.tsv),
    # so it names no person, body or place of any text
    written_lower = corpus_lower_share()
    words = [word for word in words if word in written_lower]
    vectors = vectors[[vocabulary[word] for word in words]]
    grains = [kmeans(vectors, clusters) for clusters in GRAINS]
    print(f"# Word clusters for the name model: word, then its cluster at {' and '.join(map(str, GRAINS))} clusters. "
          f"Mined by `scripts/mine_word_clusters.py` from ../shared/corpus/news-id-6k.jsonl.gz")
    print("# (IndoSum CC BY-SA 4.0, Kompas, detik.com; every evaluation and blind set's ids left out) and the train and dev "
          "splits of ../shared/ner")
    print(f"# (idner-news-2k MIT, NERGRIT Apache-2.0; data/NAME_MODEL_LICENSES.md): {len(words)} words seen {MIN_COUNT} "
          "times or more that the corpus writes in lower case half the time or more inside sentences (no names).")
    for number, word in enumerate(words):
        print(word + "".join(f"\t{grain[number]}" for grain in grains))


if __name__ == "__main__":
    main()
