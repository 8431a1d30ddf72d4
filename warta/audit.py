"""`warta audit OUTPUT`: a collection's health at a glance, as an analyst would first look at it.

Null rates of the metadata and of speakers, the most-mentioned entities per type, the widest alias
sets (where wrong merges show first), the top speakers and the statements that several outlets carry.
`collection_health` computes the figures from the published tables; `format_audit` prints them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import polars as pl

from transforms.schemas import ENTITY_TYPES

AUDITED_TABLES = ("documents", "entities", "quotes", "attributions", "quote_clusters", "quarantine")
TOP_ENTITIES = 30
TOP_ROWS = 15
LOW_CONFIDENCE = 0.2  # below it an entity is the model's and the rules' doubt (README: filter on `confidence`)


@dataclass
class Health:
    counts: dict[str, int]
    null_rates: dict[str, float]
    date_sources: list[dict]
    outlet_sources: list[dict]
    outlets: list[dict]
    top_entities: dict[str, list[dict]]
    widest_aliases: list[dict]
    top_speakers: list[dict]
    shared_statements: dict[str, int]
    largest_clusters: list[dict] = field(default_factory=list)


def read_tables(output: Path) -> dict[str, pl.DataFrame]:
    return {name: pl.read_parquet(output / f"{name}.parquet") for name in AUDITED_TABLES}


def _share_null(frame: pl.DataFrame, column: str) -> float:
    return round(frame[column].is_null().mean(), 4) if frame.height else 0.0


def _speakers(quotes: pl.DataFrame, attributions: pl.DataFrame) -> pl.DataFrame:
    """One row per quote: its speaker's entity (null when unnamed or unattributed)."""
    speakers = attributions.filter(pl.col("role") == "speaker").group_by("quote_id").agg(pl.col("entity_id").first())
    return quotes.select("quote_id").join(speakers, on="quote_id", how="left")


def collection_health(tables: dict[str, pl.DataFrame]) -> Health:
    documents, entities, quotes = tables["documents"], tables["entities"], tables["quotes"]
    attributions, clusters = tables["attributions"], tables["quote_clusters"]
    speakers = _speakers(quotes, attributions)
    sources = attributions.filter(pl.col("role") == "source")["quote_id"].n_unique()
    null_rates = {f"documents.{c}": _share_null(documents, c) for c in ("published_date", "outlet", "dateline", "title")}
    null_rates["quotes without a named speaker"] = _share_null(speakers, "entity_id")
    null_rates["quotes without a source"] = round(1 - sources / quotes.height, 4) if quotes.height else 0.0
    null_rates["entities seen once"] = round((entities["mention_count"] == 1).mean(), 4) if entities.height else 0.0
    doubtful = entities["confidence"] < LOW_CONFIDENCE
    null_rates[f"entities under confidence {LOW_CONFIDENCE}"] = round(doubtful.mean(), 4) if entities.height else 0.0
    named = speakers.drop_nulls("entity_id").group_by("entity_id").len("quotes")
    top_speakers = (named.join(entities.select("entity_id", "name", "type"), on="entity_id")
                    .sort(["quotes", "name"], descending=[True, False]).head(TOP_ROWS))
    widest = (entities.with_columns(alias_count=pl.col("aliases").list.len())
              .sort(["alias_count", "mention_count", "name"], descending=[True, True, False]).head(TOP_ROWS))
    return Health(
        counts={name: frame.height for name, frame in tables.items()},
        null_rates=null_rates,
        date_sources=documents.group_by("date_source").len().sort("len", descending=True).to_dicts(),
        outlet_sources=documents.group_by("outlet_source").len().sort(["len", "outlet_source"], descending=[True, False],
                                                                       nulls_last=True).to_dicts(),
        outlets=documents.group_by("outlet").len().sort(["len", "outlet"], descending=[True, False]).head(TOP_ROWS).to_dicts(),
        top_entities={
            kind: entities.filter(pl.col("type") == kind).sort(["mention_count", "name"], descending=[True, False])
            .head(TOP_ENTITIES).select("name", "mention_count", "document_count", pl.col("aliases").list.len().alias("aliases"),
                                       "confidence")
            .to_dicts()
            for kind in ENTITY_TYPES
        },
        widest_aliases=widest.select("name", "type", "alias_count", "aliases").to_dicts(),
        top_speakers=top_speakers.select("name", "type", "quotes").to_dicts(),
        shared_statements={
            "clusters in several documents": clusters.filter(pl.col("document_count") > 1).height,
            "clusters in several outlets": clusters.filter(pl.col("outlet_count") > 1).height,
        },
        largest_clusters=clusters.sort(["document_count", "quote_count", "cluster_id"], descending=[True, True, False])
        .head(10).select("document_count", "outlet_count", "first_seen", "text").to_dicts(),
    )


def _short(text: str | None, width: int) -> str:
    text = " ".join(str(text).split()) if text is not None else "-"
    return text if len(text) <= width else text[: width - 1] + "…"


def _outlets(count: int) -> str:
    """A cluster's outlets: `0 outlets` would read as none, where its documents only do not name theirs."""
    return f"{count:2} outlets" if count else "outlets unnamed"


def format_audit(health: Health) -> str:
    lines = ["rows: " + ", ".join(f"{name} {count:,}" for name, count in health.counts.items()), "", "null rates:"]
    lines += [f"  {name:<34} {rate:6.1%}" for name, rate in health.null_rates.items()]
    lines.append("dates found by: " + ", ".join(f"{row['date_source'] or 'none'} {row['len']:,}" for row in health.date_sources))
    lines.append("outlets found by: " + ", ".join(f"{row['outlet_source'] or 'none'} {row['len']:,}"
                                                  for row in health.outlet_sources))
    lines.append("outlets: " + ", ".join(f"{row['outlet'] or 'unknown'} {row['len']:,}" for row in health.outlets))
    for kind, rows in health.top_entities.items():
        lines += ["", f"most-mentioned {kind} (mentions / documents / aliases / confidence, ? under {LOW_CONFIDENCE}):"]
        lines += [f"  {_short(r['name'], 40):<40} {r['mention_count']:6,} {r['document_count']:6,} {r['aliases']:4}  "
                  f"{r['confidence']:.2f}{' ?' if r['confidence'] < LOW_CONFIDENCE else ''}" for r in rows]
    lines += ["", "widest alias sets:"]
    lines += [f"  {_short(r['name'], 30):<30} {r['type']:<6} {r['alias_count']:3}  {_short(' | '.join(r['aliases']), 90)}"
              for r in health.widest_aliases]
    lines += ["", "top speakers (quotes):"]
    lines += [f"  {_short(r['name'], 40):<40} {r['type']:<6} {r['quotes']:5,}" for r in health.top_speakers]
    lines += ["", "shared statements: " + ", ".join(f"{k} {v:,}" for k, v in health.shared_statements.items())]
    lines += [f"  {r['document_count']:3} docs {_outlets(r['outlet_count'])}  {r['first_seen'] or '-'}  {_short(r['text'], 80)}"
              for r in health.largest_clusters]
    return "\n".join(lines)
