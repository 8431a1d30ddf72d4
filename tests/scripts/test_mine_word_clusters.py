"""Vectors and clusters of scripts/mine_word_clusters.py on invented counts."""

import importlib.util

import numpy as np
from scipy import sparse

from tests.conftest import REPO

spec = importlib.util.spec_from_file_location("mine_word_clusters", REPO / "scripts" / "mine_word_clusters.py")
mine = importlib.util.module_from_spec(spec)
spec.loader.exec_module(mine)


def test_neighbours_within_the_window_are_counted_both_ways_and_a_line_is_an_edge():
    vocabulary = {"a": 0, "b": 1, "c": 2, "d": 3}
    counts = mine.cooccurrences([["a", "b", "c", "d"], ["d", "zz", "a"]], vocabulary).toarray()
    assert counts[0, 1] == counts[1, 0] == 1 and counts[0, 2] == 1  # `a` and `c` are two words apart
    assert counts[0, 3] == 1  # only across `zz` (no word of the vocabulary, still a position) on the second line
    assert counts[1, 3] == 1 and counts[0, 0] == 0


def test_words_with_the_same_neighbours_land_in_one_cluster_and_the_result_is_the_same_every_run():
    # two families of words: each family's members keep the same company
    rng = np.random.default_rng(1)
    blocks = np.kron(np.eye(2), np.ones((60, 60))) * 20 + rng.integers(0, 2, (120, 120))
    counts = sparse.csr_matrix(blocks + blocks.T)
    old = mine.DIMENSIONS
    mine.DIMENSIONS = 5
    try:
        vectors = mine.ppmi_vectors(counts)
    finally:
        mine.DIMENSIONS = old
    assert vectors.shape == (120, 5)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1)
    first, again = mine.kmeans(vectors, 2), mine.kmeans(vectors, 2)
    assert (first == again).all()
    assert len(set(first[:60])) == 1 and len(set(first[60:])) == 1 and first[0] != first[60]
