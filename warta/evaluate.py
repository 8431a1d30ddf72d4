"""Score an output folder against a gold file, by the rules of ../shared/gold/README.md.

- Quotes: a prediction matches a gold quote of the same document when their spans overlap by at least
  half of the longer one; each gold quote pairs with at most one prediction, largest overlap first.
  Optional gold quotes are neither required nor counted against a prediction that matches them.
- Speaker accuracy: among matched quotes, the share whose predicted speaker entity is the gold speaker
  (canonical name or any alias). A null gold speaker is right when the prediction has no entity or its
  speaker text overlaps the gold speaker text. With `"speaker_match": "surname"` names are compared
  by their last word.
- Entities: per document, a gold entity is found when a predicted entity shares a name (canonical or
  alias, case-insensitive); a predicted entity matching no gold entity of the document nor an optional
  name is a false positive. Typed scores also need the type. Splits: gold entities found under more
  than one entity id across the collection; merges: entity ids that found more than one gold entity.
- Sources: among matched gold quotes that name an intermediary (`via`), the share whose predicted
  `source` attribution names it (its text or entity overlaps the gold `via`, case-folded). A source on a
  matched quote whose gold names none is counted, and apart those named in the quote's own sentence
  (`source_cue`): the golds give a via only there, while warta also carries an article's source on.
- Metadata: exact match per field after case and whitespace folding.

`halves`: the gold documents sorted by name and cut in two, so one half can be developed on and the
other reported (`--half 1` / `--half 2`).
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import asdict, dataclass, field
from pathlib import Path

import polars as pl

from transforms.schemas import SOURCE_RULE

META_FIELDS = {"outlet": "outlet", "dateline": "dateline", "date": "published_date", "title": "title", "author": "author"}


def _fold(value) -> str | None:
    return None if value is None else re.sub(r"\s+", " ", str(value)).strip().casefold()


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 1.0


def _f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


@dataclass
class Report:
    documents: int = 0
    quotes: dict = field(default_factory=dict)
    quotes_by_kind: dict = field(default_factory=dict)
    speakers: dict = field(default_factory=dict)
    entities: dict = field(default_factory=dict)
    resolution: dict = field(default_factory=dict)
    metadata: dict = field(default_factory=dict)
    sources: dict = field(default_factory=dict)
    missing_documents: list = field(default_factory=list)

    def to_json(self) -> str:
        return json.dumps(asdict(self), indent=2, sort_keys=True)


def _prf(tp: int, fp: int, fn: int) -> dict:
    precision, recall = _ratio(tp, tp + fp), _ratio(tp, tp + fn)
    return {"tp": tp, "fp": fp, "fn": fn, "precision": round(precision, 4), "recall": round(recall, 4),
            "f1": round(_f1(precision, recall), 4)}


def match_spans(predicted: list[tuple[int, int]], gold: list[tuple[int, int]]) -> dict[int, int]:
    """gold index -> predicted index, greedily by overlap, each side used once."""
    pairs = []
    for g, (gs, ge) in enumerate(gold):
        for p, (ps, pe) in enumerate(predicted):
            overlap = min(ge, pe) - max(gs, ps)
            if overlap > 0 and overlap >= 0.5 * max(ge - gs, pe - ps):
                pairs.append((overlap, g, p))
    matched, used = {}, set()
    for _, g, p in sorted(pairs, key=lambda x: (-x[0], x[1], x[2])):
        if g not in matched and p not in used:
            matched[g] = p
            used.add(p)
    return matched


class GoldNames:
    def __init__(self, gold: dict):
        self.entities = gold.get("entities", {})
        self.optional = {n.casefold() for n in gold.get("optional_entities", [])}
        self.surname = gold.get("speaker_match") == "surname"

    def names(self, canonical: str) -> set[str]:
        entry = self.entities.get(canonical, {})
        return {canonical.casefold(), *(a.casefold() for a in entry.get("aliases", []))}

    def type(self, canonical: str) -> str | None:
        return self.entities.get(canonical, {}).get("type")


def _speaker_right(gold_quote: dict, predicted: dict | None, names: GoldNames) -> bool:
    candidates = [gold_quote.get("speaker")] + list(gold_quote.get("speaker_alt", []))
    predicted_names = predicted["names"] if predicted else set()
    for speaker in candidates:
        if speaker is None:
            if predicted is None or predicted["entity_id"] is None:
                return True
            gold_text, text = _fold(gold_quote.get("speaker_text")) or "", _fold(predicted["text"]) or ""
            if gold_text and text and (gold_text in text or text in gold_text):
                return True
            continue
        if names.surname:
            gold_last = speaker.casefold().split()[-1]
            words = {w for n in predicted_names | ({_fold(predicted["text"])} if predicted else set()) if n for w in n.split()}
            if gold_last in words:
                return True
        elif predicted_names & names.names(speaker):
            return True
    return False


def halves(document_names) -> tuple[list[str], list[str]]:
    ordered = sorted(document_names)
    return ordered[: len(ordered) // 2], ordered[len(ordered) // 2 :]


def _names_overlap(gold_text: str | None, predicted: set[str]) -> bool:
    gold_text = _fold(gold_text)
    return bool(gold_text) and any(n and (gold_text in n or n in gold_text) for n in predicted)


def evaluate(gold_path: Path, output: Path, half: int | None = None) -> Report:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    if half is not None:
        kept = set(halves(gold["documents"])[half - 1])
        gold["documents"] = {name: doc for name, doc in gold["documents"].items() if name in kept}
    names = GoldNames(gold)
    documents = pl.read_parquet(output / "documents.parquet")
    quotes = pl.read_parquet(output / "quotes.parquet")
    attributions = pl.read_parquet(output / "attributions.parquet")
    entities = pl.read_parquet(output / "entities.parquet")
    mentions = pl.read_parquet(output / "mentions.parquet")

    entity_names = {
        row["entity_id"]: {row["name"].casefold(), *(a.casefold() for a in row["aliases"])}
        for row in entities.iter_rows(named=True)
    }
    entity_titles = {row["entity_id"]: {t.casefold() for t in row["titles"]} for row in entities.iter_rows(named=True)}
    entity_types = dict(entities.select("entity_id", "type").iter_rows())
    doc_by_file = {Path(p).name: d for d, p in documents.select("doc_id", "source_path").iter_rows()}
    document_rows = {row["doc_id"]: row for row in documents.iter_rows(named=True)}
    speakers = {
        row["quote_id"]: row
        for row in attributions.filter(pl.col("role") == "speaker").iter_rows(named=True)
    }
    sources = defaultdict(set)
    for row in attributions.filter(pl.col("role") == "source").iter_rows(named=True):
        sources[row["quote_id"]] |= {_fold(row["text"])} | entity_names.get(row["entity_id"], set())
    # the quotes with a source named in their own sentence (the golds give a via only there; carried ones are counted apart)
    named_in_sentence = set(attributions.filter((pl.col("role") == "source") & (pl.col("method") == SOURCE_RULE))["quote_id"])
    source_counts = defaultdict(int)

    report = Report()
    quote_counts = defaultdict(int)
    kind_counts = defaultdict(lambda: defaultdict(int))
    speaker_right = speaker_total = attributed_tp = 0
    entity_counts = defaultdict(int)
    found_by = defaultdict(set)  # gold entity -> predicted entity ids
    meta_right = meta_total = 0
    for file_name, gold_doc in gold["documents"].items():
        doc_id = doc_by_file.get(file_name)
        if doc_id is None:
            report.missing_documents.append(file_name)
            continue
        report.documents += 1
        # quotes
        predicted = quotes.filter(pl.col("doc_id") == doc_id).sort("start").to_dicts()
        gold_quotes = gold_doc.get("quotes", [])
        matched = match_spans([(q["start"], q["end"]) for q in predicted], [(q["start"], q["end"]) for q in gold_quotes])
        matched_predictions = set(matched.values())
        for g, gold_quote in enumerate(gold_quotes):
            optional = gold_quote.get("optional", False)
            kind = gold_quote.get("kind", "direct")
            if g not in matched:
                if not optional:
                    quote_counts["fn"] += 1
                    kind_counts[kind]["fn"] += 1
                continue
            if optional:
                continue
            quote_counts["tp"] += 1
            kind_counts[kind]["tp"] += 1
            quote_id = predicted[matched[g]]["quote_id"]
            if gold_quote.get("via"):
                source_counts["with_via"] += 1
                source_counts["right"] += _names_overlap(gold_quote["via"], sources.get(quote_id, set()))
            else:
                source_counts["spurious"] += quote_id in sources
                source_counts["spurious_in_sentence"] += quote_id in named_in_sentence
            attribution = speakers.get(quote_id)
            predicted_speaker = None
            if attribution is not None:
                entity_id = attribution["entity_id"]
                predicted_speaker = {
                    "entity_id": entity_id,
                    "text": attribution["text"],
                    "names": entity_names.get(entity_id, set()) | (entity_titles.get(entity_id, set()) if names.surname else set()),
                }
            right = _speaker_right(gold_quote, predicted_speaker, names)
            speaker_total += 1
            speaker_right += right
            attributed_tp += right
        quote_counts["fp"] += len(predicted) - len(matched_predictions)
        # entities
        present = set(mentions.filter(pl.col("doc_id") == doc_id)["entity_id"].unique())
        gold_entities = gold_doc.get("entities", [])
        if gold_entities:
            gold_name_sets = {e: names.names(e) for e in gold_entities}
            for entity in gold_entities:
                hits = {p for p in present if entity_names.get(p, set()) & gold_name_sets[entity]}
                typed_hits = {p for p in hits if entity_types.get(p) == names.type(entity)}
                entity_counts["tp"] += bool(hits)
                entity_counts["fn"] += not hits
                entity_counts["typed_tp"] += bool(typed_hits)
                entity_counts["typed_fn"] += not typed_hits
                found_by[entity] |= hits
            for p in present:
                predicted_names = entity_names.get(p, set())
                if predicted_names & names.optional:
                    continue
                matches = [e for e in gold_entities if predicted_names & gold_name_sets[e]]
                entity_counts["fp"] += not matches
                entity_counts["typed_fp"] += not any(entity_types.get(p) == names.type(e) for e in matches)
        # metadata
        meta = gold_doc.get("meta", {})
        row = document_rows[doc_id]
        for gold_field, column in META_FIELDS.items():
            if gold_field in meta:
                meta_total += 1
                meta_right += _fold(meta[gold_field]) == _fold(row[column])

    report.quotes = _prf(quote_counts["tp"], quote_counts["fp"], quote_counts["fn"])
    report.quotes_by_kind = {
        kind: {"tp": c["tp"], "fn": c["fn"], "recall": round(_ratio(c["tp"], c["tp"] + c["fn"]), 4)}
        for kind, c in sorted(kind_counts.items())
    }
    attributed = _prf(attributed_tp, quote_counts["tp"] + quote_counts["fp"] - attributed_tp, quote_counts["tp"] + quote_counts["fn"] - attributed_tp)
    report.speakers = {"right": speaker_right, "matched": speaker_total,
                       "accuracy": round(_ratio(speaker_right, speaker_total), 4), "attributed_f1": attributed["f1"]}
    if entity_counts:
        report.entities = {
            "untyped": _prf(entity_counts["tp"], entity_counts["fp"], entity_counts["fn"]),
            "typed": _prf(entity_counts["typed_tp"], entity_counts["typed_fp"], entity_counts["typed_fn"]),
        }
        owners = defaultdict(set)
        for entity, ids in found_by.items():
            for entity_id in ids:
                owners[entity_id].add(entity)
        report.resolution = {
            "splits": sorted(e for e, ids in found_by.items() if len(ids) > 1),
            "merges": sorted(sorted(g) for g in owners.values() if len(g) > 1),
        }
    report.sources = {"right": source_counts["right"], "with_via": source_counts["with_via"],
                      "accuracy": round(_ratio(source_counts["right"], source_counts["with_via"]), 4),
                      "spurious": source_counts["spurious"], "spurious_in_sentence": source_counts["spurious_in_sentence"]}
    if meta_total:
        report.metadata = {"right": meta_right, "fields": meta_total, "accuracy": round(_ratio(meta_right, meta_total), 4)}
    return report


def format_report(report: Report) -> str:
    lines = [f"documents scored: {report.documents}"]
    if report.missing_documents:
        lines.append(f"documents missing from the output: {len(report.missing_documents)}")
    q = report.quotes
    lines.append(f"quotes: precision {q['precision']:.3f}  recall {q['recall']:.3f}  F1 {q['f1']:.3f}  "
                 f"(tp {q['tp']}, fp {q['fp']}, fn {q['fn']})")
    for kind, c in report.quotes_by_kind.items():
        lines.append(f"  {kind:<9} recall {c['recall']:.3f} ({c['tp']}/{c['tp'] + c['fn']})")
    s = report.speakers
    lines.append(f"speakers: accuracy {s['accuracy']:.3f} ({s['right']}/{s['matched']})  attributed-quote F1 {s['attributed_f1']:.3f}")
    if report.sources.get("with_via"):
        c = report.sources
        lines.append(f"sources (via): accuracy {c['accuracy']:.3f} ({c['right']}/{c['with_via']})  "
                     f"source on a quote without one: {c['spurious']} ({c['spurious_in_sentence']} named in its sentence, "
                     f"the rest carried)")
    if report.entities:
        for label in ("untyped", "typed"):
            e = report.entities[label]
            lines.append(f"entities {label}: precision {e['precision']:.3f}  recall {e['recall']:.3f}  F1 {e['f1']:.3f}  "
                         f"(tp {e['tp']}, fp {e['fp']}, fn {e['fn']})")
        r = report.resolution
        lines.append(f"resolution: {len(r['splits'])} split, {len(r['merges'])} merged"
                     + (f"  splits: {r['splits']}" if r["splits"] else "") + (f"  merges: {r['merges']}" if r["merges"] else ""))
    if report.metadata:
        m = report.metadata
        lines.append(f"metadata: accuracy {m['accuracy']:.3f} ({m['right']}/{m['fields']} fields)")
    return "\n".join(lines)
