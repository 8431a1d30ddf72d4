"""Train the speaker chooser (transforms/attributions/speaker_model.py) on the development golds, measure it by
leaving one set out, and write transforms/data/speaker_model.tsv.

    python3 scripts/train_speaker_model.py RUNS_DIR [--write]

RUNS_DIR/<set> is the output of `warta run --input TEXTS --output RUNS_DIR/<set> --state-dir RUNS_DIR/<set>.state`
for each set of SETS below (the quote candidates and sentences are read from the extraction cache of the state
folder); a set without a run is named and left out. Texts of corpus sets are written by
`scripts/corpus_files.py DIR --ids IDS`. Only development golds: never PFSA's second half nor a held-out set.

For every quote whose speaker phrase only points back to someone (the speaker rules of RULE_GROUPS), the rules'
walk through the document gives the candidates and their features; a candidate is right when the evaluation would
count it right (warta.evaluate). A conditional logit (softmax over a quote's candidates, L2 penalty) is fitted
by Newton steps from zero: deterministic. Leave-one-set-out: for each set, the model trained on the others
chooses the speakers of that set, compared with the rules' answers. The model decides the rules where it beat the
rules over all left-out sets.
"""

from __future__ import annotations

import argparse
import glob
import json
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np
import polars as pl

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from transforms.attributions.speaker_model import FEATURES, SpeakerModel, speak  # noqa: E402
from transforms.attributions.tables import document_context  # noqa: E402
from warta.evaluate import GoldNames, _speaker_right, halves, match_spans  # noqa: E402

SHARED = ROOT.parent.parent / "shared" / "gold"
TRAINING = ROOT / "tests" / "data" / "speaker_training"
# name, gold, half of the gold's documents (None: all); texts: seeds/, tests/data/other_outlets, the PFSA articles,
# the corpus ids beside each gold
SETS = [
    ("seeds", SHARED / "seeds.gold.json", None),
    ("other", ROOT / "tests/data/other_outlets/gold.json", None),
    ("blind_a", ROOT / "tests/data/blind_a/gold.json", None),
    ("blind_b", ROOT / "tests/data/blind_b/gold.json", None),
    ("pfsa", SHARED / "pfsa-dev/gold.json", 1),
] + [(path.name.removesuffix(".gold.json"), path, None) for path in sorted(TRAINING.glob("*.gold.json"))]
PENALTY = 1.0  # L2 on the weights
STEPS = 30


def examples(run: Path, gold_path: Path, half: int | None) -> list[dict]:
    """One example per matched gold quote whose speaker phrase a pointing rule answered."""
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    kept = set(halves(gold["documents"])[half - 1]) if half else set(gold["documents"])
    names = GoldNames(gold)
    state = Path(f"{run}.state")
    cached = {part: pl.concat([pl.read_parquet(p) for p in sorted(glob.glob(f"{state}/cache/*/*/{part}.parquet"))])
              for part in ("quote_candidates", "sentences")}
    documents = pl.read_parquet(run / "documents.parquet")
    mentions = pl.read_parquet(run / "mentions.parquet")
    entities = pl.read_parquet(run / "entities.parquet")
    entity_names = {e: {n.casefold(), *(a.casefold() for a in aliases)}
                    for e, n, aliases in entities.select("entity_id", "name", "aliases").iter_rows()}
    titles = {e: {t.lower() for t in ts} for e, ts in entities.select("entity_id", "titles").iter_rows()}
    found = []
    for doc_id, text, path in documents.select("doc_id", "text", "source_path").iter_rows():
        file_name = Path(path).name
        if file_name not in kept:
            continue
        rows = cached["quote_candidates"].filter(pl.col("doc_id") == doc_id).sort("start").to_dicts()
        doc_mentions = [tuple(m) for m in mentions.filter(pl.col("doc_id") == doc_id).select("start", "end", "entity_id", "type").iter_rows()]
        starts = sorted(cached["sentences"].filter(pl.col("doc_id") == doc_id)["start"].to_list())
        doc_titles = {e: titles[e] for e in {m[2] for m in doc_mentions} if e in titles}
        context = document_context(text, rows, doc_mentions, starts, doc_titles)
        record: list = []
        spoken: dict[str, int] = {}
        for q in rows:
            if q["speaker_start"] is not None and q["speaker_end"] > q["speaker_start"]:
                speak(context, q, spoken, SpeakerModel({}, frozenset()), record)
        gold_quotes = gold["documents"][file_name].get("quotes", [])
        matched = {p: g for g, p in match_spans([(q["start"], q["end"]) for q, *_ in record],
                                                [(g["start"], g["end"]) for g in gold_quotes]).items()}
        for index, (q, proposed, rule, candidates) in enumerate(record):
            if index not in matched or gold_quotes[matched[index]].get("optional") or not candidates:
                continue
            gold_quote = gold_quotes[matched[index]]
            phrase = text[q["speaker_start"]:q["speaker_end"]]

            def right(entity_id):
                names_of = entity_names.get(entity_id, set()) | (titles.get(entity_id, set()) if names.surname else set())
                return _speaker_right(gold_quote, {"entity_id": entity_id, "text": phrase, "names": names_of}, names)
            found.append({"rule": rule, "rules_right": right(proposed),
                          "x": np.array([[c.features.get(f, 0.0) for f in FEATURES] for c in candidates]),
                          "y": np.array([right(c.entity_id) for c in candidates], dtype=float)})
    return found


def fit(train: list[dict]) -> np.ndarray:
    """Weights maximising the log probability of a quote's right candidates, minus PENALTY/2 |w|^2 (Newton)."""
    usable = [e for e in train if e["y"].any()]
    w = np.zeros(len(FEATURES))
    for _ in range(STEPS):
        gradient = -PENALTY * w
        hessian = -PENALTY * np.eye(len(FEATURES))
        for e in usable:
            x, y = e["x"], e["y"]
            s = x @ w
            p = np.exp(s - s.max())
            p /= p.sum()
            q = p * y / (p * y).sum()  # the right candidates' share
            gradient += x.T @ (q - p)
            mean = p @ x
            hessian -= (x * p[:, None]).T @ x - np.outer(mean, mean)
            mean_right = q @ x
            hessian += (x * q[:, None]).T @ x - np.outer(mean_right, mean_right)
        w -= np.linalg.solve(hessian, gradient)
    return w


def model_right(e: dict, w: np.ndarray) -> bool:
    scores = e["x"] @ w
    return bool(e["y"][int(np.argmax(scores))])


def proposal_probability(e: dict, w: np.ndarray) -> float:
    """The model's probability of the rules' answer (0 when the rules answered no candidate)."""
    proposed = e["x"][:, FEATURES.index("proposed")]
    if not proposed.any():
        return 0.0
    scores = e["x"] @ w
    p = np.exp(scores - scores.max())
    return float(p[int(np.argmax(proposed))] / p.sum())


def ranking_auc(scored: list[tuple[float, bool]]) -> float:
    """The chance that a right answer scores above a wrong one (ties count half)."""
    right = [s for s, ok in scored if ok]
    wrong = [s for s, ok in scored if not ok]
    pairs = len(right) * len(wrong)
    return sum((r > w) + 0.5 * (r == w) for r in right for w in wrong) / pairs if pairs else 1.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("runs", type=Path)
    parser.add_argument("--write", action="store_true", help="write transforms/data/speaker_model.tsv")
    args = parser.parse_args()
    data = {}
    for name, gold, half in SETS:
        run = args.runs / name
        if not (run / "documents.parquet").exists():
            print(f"missing run: {run}")
            continue
        data[name] = examples(run, gold, half)
    totals = defaultdict(lambda: [0, 0, 0])  # rule -> [examples, rules right, model right]
    scored: dict[str, list[tuple[float, bool]]] = {}  # set -> (probability of the rules' answer, rules right)
    print(f"{'left out':<12} {'quotes':>6} {'rules':>6} {'model':>6} {'reachable':>9}")
    for name, left_out in data.items():
        w = fit([e for other, found in data.items() if other != name for e in found])
        rules = sum(e["rules_right"] for e in left_out)
        model = sum(model_right(e, w) for e in left_out)
        reachable = sum(bool(e["y"].any()) for e in left_out)
        print(f"{name:<12} {len(left_out):>6} {rules:>6} {model:>6} {reachable:>9}")
        scored[name] = [(proposal_probability(e, w), e["rules_right"]) for e in left_out]
        for e in left_out:
            t = totals[e["rule"]]
            t[0] += 1
            t[1] += e["rules_right"]
            t[2] += model_right(e, w)
    print("the model's probability of the rules' answer as its confidence, ranking AUC over the left-out sets: "
          f"{ranking_auc([p for found in scored.values() for p in found]):.3f}; without pfsa (whose gold credits some "
          f"quotes to the next paragraph's speaker): {ranking_auc([p for n, found in scored.items() if n != 'pfsa' for p in found]):.3f}")
    print("by rule (all left-out sets):")
    for rule, (n, rules, model) in sorted(totals.items()):
        print(f"  {rule:<26} {n:>5} rules {rules:>5} model {model:>5}")
    decides = sorted(rule for rule, (n, rules, model) in totals.items() if model > rules)
    w = fit([e for found in data.values() for e in found])
    print("decides:", ",".join(decides) or "-")
    for f, value in sorted(zip(FEATURES, w), key=lambda p: -abs(p[1])):
        print(f"  {f:<32} {value:+.3f}")
    if args.write:
        lines = ["# Speaker model (transforms/attributions/speaker_model.py): a conditional logit over a quote's candidate",
                 "# speakers. Trained by scripts/train_speaker_model.py on the development golds only (seeds, other_outlets,",
                 "# blind_a, blind_b, PFSA-ID dev half 1, tests/data/speaker_training); `decides`: the speaker rules whose",
                 "# answers the model beat in leave-one-set-out cross-validation, which it now decides.",
                 f"decides\t{','.join(decides) or '-'}"]
        lines += [f"{f}\t{value:.4f}" for f, value in zip(FEATURES, w)]
        (ROOT / "transforms/data/speaker_model.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
