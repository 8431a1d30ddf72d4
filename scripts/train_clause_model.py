"""Train the clause model (transforms/quotes/clause_model.py) on the development golds, measure it by leaving sets out,
and write transforms/data/clause_model.tsv.

    python3 scripts/train_clause_model.py [--write]

The development sets are the corpus samples of tests/data read before the model was trained (`training_sets`: blind_a..d
and the dev sets of sessions 14 to LAST_READ_SESSION); the held-out sets (blind_e..t), the entity-only sets and
later samples are never read. Their texts are the corpus articles their ids.txt lists (../shared/corpus). The quote
passes run on each set with the model answering yes to every candidate the rules' clause test turns down, and each
candidate's quote is labelled as the evaluation would count it (warta.evaluate's span matching): a statement when it
matches a required gold quote, none when it matches no gold quote; a match with an optional gold quote (a verb's bare
object, which the scoring counts neither way) is left out. A logistic regression with an L2 penalty is fitted by
Newton steps from zero, on the features seen MIN_FEATURE_COUNT times or more: deterministic. Five folds of whole sets
give the figures printed for each threshold: candidates kept that are statements, optional, or none.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from datetime import datetime, timezone
from pathlib import Path

import numpy as np
import polars as pl

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from corpus_files import article_text, file_name, read_corpus  # noqa: E402
from flows import defaults  # noqa: E402
from transforms.documents import extract_documents, unify_outlets  # noqa: E402
from transforms.ingest import FILES_SCHEMA, assign_doc_ids, decode_files, select_articles  # noqa: E402
from transforms.quotes import find_quotes, reported  # noqa: E402
from transforms.sentences import split_sentences  # noqa: E402
from warta.evaluate import match_spans  # noqa: E402

DATA = ROOT / "tests" / "data"
LAST_READ_SESSION = 59
READ_SAMPLE = re.compile(r"blind_[a-d]|dev(\d+)[a-z]?")
OUTPUT = ROOT / "transforms" / "data" / "clause_model.tsv"
PENALTY = 1.0  # L2 on the weights
STEPS = 25
MIN_FEATURE_COUNT = 2
FOLDS = 5
EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)


def training_sets() -> list[Path]:
    """The read corpus samples: blind_a..d and the dev sets of sessions up to LAST_READ_SESSION."""
    return [path for path in sorted(DATA.iterdir())
            if (match := READ_SAMPLE.fullmatch(path.name)) and (match.group(1) is None or int(match.group(1)) <= LAST_READ_SESSION)
            and (path / "gold.json").exists() and (path / "ids.txt").exists()]


def candidates(sets: list[Path]) -> list[tuple[str, str, list[str]]]:
    """(set, label, features) of every candidate the rules' clause test turns down, in set and document order."""
    wanted = {path.name: {line.strip() for line in (path / "ids.txt").read_text().splitlines() if line.strip()} for path in sets}
    every = set().union(*wanted.values())
    texts = {file_name(article["id"]): article_text(article) for article in read_corpus() if article["id"] in every}
    recorded: dict[tuple[int, int], list[str]] = {}

    def record(cue: str, text: str, start: int, end: int) -> bool:
        recorded[(hash(text), start)] = reported.clause_features(cue, text, start, end)
        return True

    found = []
    rules_answer, reported.model_states_clause = reported.model_states_clause, record
    try:
        for path in sets:
            gold = json.loads((path / "gold.json").read_text(encoding="utf-8"))
            names = [file_name(i) for i in sorted(wanted[path.name])]
            files = pl.DataFrame([(n, len(texts[n].encode()), EPOCH, texts[n].encode(), None, None) for n in names],
                                 schema=FILES_SCHEMA, orient="row")
            documents = unify_outlets(extract_documents(select_articles(assign_doc_ids(decode_files(files, defaults.MAX_BYTES)))))
            quotes = find_quotes(documents, split_sentences(documents))
            for doc_id, source, text in documents.select("doc_id", "source_path", "text").iter_rows():
                gold_quotes = gold["documents"].get(Path(source).name, {}).get("quotes", [])
                predicted = quotes.filter(pl.col("doc_id") == doc_id).sort("start").to_dicts()
                matched = {p: g for g, p in match_spans([(q["start"], q["end"]) for q in predicted],
                                                         [(q["start"], q["end"]) for q in gold_quotes]).items()}
                for index, quote in enumerate(predicted):
                    if quote["method"] != reported.CLAUSE_MODEL_RULE:
                        continue
                    g = matched.get(index)
                    label = "none" if g is None else "optional" if gold_quotes[g].get("optional") else "statement"
                    found.append((path.name, label, recorded[(hash(text), quote["cue_end"])]))
    finally:
        reported.model_states_clause = rules_answer
    return found


def fit(examples: list[tuple[str, str, list[str]]]) -> dict[str, float]:
    """Weights of a logistic regression of statement against none."""
    kept = [(label == "statement", features) for _, label, features in examples if label != "optional"]
    counts = Counter(feature for _, features in kept for feature in features)
    names = sorted(feature for feature, count in counts.items() if count >= MIN_FEATURE_COUNT)
    index = {name: i for i, name in enumerate(names)}
    x = np.zeros((len(kept), len(names)))
    for row, (_, features) in enumerate(kept):
        for feature in features:
            if feature in index:
                x[row, index[feature]] = 1.0
    y = np.array([statement for statement, _ in kept], dtype=float)
    weights = np.zeros(len(names))
    for _ in range(STEPS):
        p = 1.0 / (1.0 + np.exp(-x @ weights))
        gradient = x.T @ (p - y) + PENALTY * weights
        hessian = (x.T * (p * (1 - p))) @ x + PENALTY * np.eye(len(names))
        weights -= np.linalg.solve(hessian, gradient)
    return {name: round(float(w), 4) for name, w in zip(names, weights)}


def probability(weights: dict[str, float], features: list[str]) -> float:
    return 1.0 / (1.0 + np.exp(-sum(weights.get(f, 0.0) for f in features)))


def cross_validate(examples: list[tuple[str, str, list[str]]]) -> None:
    sets = sorted({name for name, _, _ in examples})
    fold_of = {name: i % FOLDS for i, name in enumerate(sets)}
    held: list[tuple[str, float]] = []
    for fold in range(FOLDS):
        weights = fit([e for e in examples if fold_of[e[0]] != fold])
        held += [(label, probability(weights, features)) for name, label, features in examples if fold_of[name] == fold]
    print(f"{len(examples)} candidates in {len(sets)} sets: " + ", ".join(f"{k} {v}" for k, v in sorted(Counter(l for _, l, _ in examples).items())))
    for threshold in (0.4, 0.5, 0.6, 0.7):
        kept = Counter(label for label, p in held if p >= threshold)
        print(f"  threshold {threshold}: kept statements {kept['statement']}, optional {kept['optional']}, none {kept['none']}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--write", action="store_true", help=f"write {OUTPUT.relative_to(ROOT)}")
    args = parser.parse_args()
    sets = training_sets()
    examples = candidates(sets)
    cross_validate(examples)
    weights = fit(examples)
    if args.write:
        header = ("# Clause model (transforms/quotes/clause_model.py): a logistic regression of whether the words after a\n"
                  "# speech verb state something, where the rules' clause test found no predicate word. Trained by\n"
                  f"# scripts/train_clause_model.py on the development golds read up to session {LAST_READ_SESSION} "
                  f"({len(sets)} sets of tests/data: blind_a..d, dev14..dev{LAST_READ_SESSION}; our own annotations\n"
                  "# of ../shared/corpus articles; never a held-out set). feature<TAB>weight.\n")
        OUTPUT.write_text(header + "".join(f"{name}\t{weight}\n" for name, weight in sorted(weights.items())), encoding="utf-8")
        print(f"wrote {OUTPUT.relative_to(ROOT)}: {len(weights)} features")


if __name__ == "__main__":
    main()
