"""Whether the words after a speech verb state something: a logistic model over the verb and the shape of the words
that follow it, for the verbs that take an object as well as a statement (`X menilai langkah itu`, `X menilai Rp 4.000
terlalu besar`) where the clause test of the rules (`reported.opens_clause`) finds no predicate word.

The weights (data/clause_model.tsv) are trained by scripts/train_clause_model.py on the development golds read before
it was trained (never a held-out set): each candidate the clause test turned down is labelled by whether its quote
matches a required gold quote (a statement) or none (no statement; an optional gold quote, a verb's bare object, is
left out of training). The features are the verb, the first word, and word classes of the first words
(`clause_features`, transforms/quotes/reported.py), so it reads words the development texts never held by their
shape."""

from __future__ import annotations

import math
from functools import lru_cache

from transforms.lexicon import table_rows

MODEL_FILE = "clause_model.tsv"
# The probability of a statement from which the model keeps a candidate: where a kept candidate that states nothing
# costs a false quote as a missed statement costs a true one (the gold's optional quotes, most of the rest, cost
# nothing either way). Chosen by cross-validation over the development sets (scripts/train_clause_model.py).
THRESHOLD = 0.5


@lru_cache(maxsize=1)
def clause_weights() -> dict[str, float]:
    """data/clause_model.tsv: `feature<TAB>weight` lines."""
    return {feature: float(weight) for feature, weight in table_rows(MODEL_FILE)}


def statement_probability(features: list[str], weights: dict[str, float] | None = None) -> float:
    """The model's probability that the words after the verb state something; features it never saw weigh nothing."""
    weights = clause_weights() if weights is None else weights
    score = sum(weights.get(feature, 0.0) for feature in features)
    return 1.0 / (1.0 + math.exp(-score))
