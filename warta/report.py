"""The collection report `_reports/warta.html`: one self-contained page built from `warta.duckdb`.

Charts are Plotly figures; plotly.js is inlined from the installed plotly package, so the page
needs no network. Every text that comes from the articles goes through `html.escape` (labels handed
to Plotly too: plotly.js reads tags in labels as markup and turns entities back into characters).
"""

from __future__ import annotations

import html
from pathlib import Path

import polars as pl

from expectations.docs import escape_strings
from flows.database import DATABASE

REPORT = "warta.html"
TOP = 15
ENTITY_TYPE_NAMES = {"PERSON": "people", "ORG": "organisations", "LOC": "places"}
STATEMENT_ROWS = 20_000  # the searchable table stays usable in a browser up to about this many rows
# DuckDB's buffer for the page's queries: its default (80% of the machine's memory) held 0.26 GiB more at 61,020 articles,
# beside the validating process, the run's peak; 256MB runs out there (docs/speed.md, session 27)
RENDER_MEMORY = "384MB"

STYLE = """
body{font-family:system-ui,sans-serif;margin:0 auto;max-width:1200px;padding:0 1.5em 3em;color:#222}
h1{margin-top:1em}h2{border-bottom:2px solid #ddd;padding-bottom:.2em;margin-top:2em}
table{border-collapse:collapse;width:100%;font-size:.9em;margin:.5em 0}
th,td{border-bottom:1px solid #e4e4e4;padding:.3em .5em;text-align:left;vertical-align:top}
th{background:#f5f5f5}td.n{text-align:right}
.cards{display:flex;flex-wrap:wrap;gap:.8em}.card{background:#f5f7fa;border-radius:6px;padding:.6em 1em;min-width:8em}
.card b{display:block;font-size:1.5em}.warning{background:#fff4d6;border-left:4px solid #e0a800;padding:.5em 1em}
.note{color:#666}.version{margin:.2em 0 .2em 1.5em}#statements-search{width:100%;padding:.4em;font-size:1em}
.scroll{max-height:40em;overflow:auto}
"""

SEARCH_SCRIPT = """
document.getElementById('statements-search').addEventListener('input', function (event) {
  var query = event.target.value.toLowerCase(), shown = 0;
  document.querySelectorAll('#statements tbody tr').forEach(function (row) {
    var match = row.textContent.toLowerCase().indexOf(query) >= 0;
    row.style.display = match ? '' : 'none';
    shown += match ? 1 : 0;
  });
  document.getElementById('statements-count').textContent = shown;
});
"""


def escape(value) -> str:
    return "" if value is None else html.escape(str(value))


WARNINGS_PLACE = "<!--warnings-->"  # where a rendered page takes the warning-level checks of the run that published it


def write_report(output_dir: Path, page: str | None = None) -> Path:
    """Write `_reports/warta.html` for the published folder, with the warnings its manifest records. `page`: the page
    rendered already from the same tables (the run renders it from the staged database while validation runs)."""
    from flows.publishing import read_manifest

    target = output_dir / "_reports" / REPORT
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_name(REPORT + ".tmp")
    warnings = [str(w) for w in read_manifest(output_dir).get("warnings", [])]
    page = render(output_dir) if page is None else page
    temporary.write_text(page.replace(WARNINGS_PLACE, _warning_block(warnings), 1), encoding="utf-8")
    temporary.replace(target)
    return target


def render(tables_dir: Path) -> str:
    """The page of the tables in `tables_dir`'s database, its warnings' block still to be placed. DuckDB's buffer is
    bounded (RENDER_MEMORY); queries a larger collection needs more for run again unbounded (a read-only database
    spills nothing)."""
    import duckdb

    try:
        return _render(tables_dir, RENDER_MEMORY)
    except duckdb.OutOfMemoryException:
        return _render(tables_dir, None)


def _render(tables_dir: Path, memory_limit: str | None) -> str:
    import duckdb
    from plotly.offline import get_plotlyjs

    with duckdb.connect(str(tables_dir / DATABASE), read_only=True) as connection:
        connection.execute("SET enable_progress_bar = false")
        if memory_limit is not None:
            connection.execute(f"SET memory_limit = '{memory_limit}'")
        def query(sql: str) -> pl.DataFrame:
            return connection.sql(sql).pl()

        sections = [
            _summary(query),
            _speakers(query),
            _entities(query),
            _who_about_whom(query),
            _outlets(query),
            _timeline(query),
            _clusters(query),
            _statements(query),
        ]
    return (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>warta: collection report</title>"
        f"<style>{STYLE}</style><script>{get_plotlyjs()}</script></head><body>"
        "<h1>Who said what, about whom, reported by whom</h1>"
        + "".join(sections)
        + f"<script>{SEARCH_SCRIPT}</script></body></html>"
    )


def _figure(figure, name: str) -> str:
    figure.update_layout(margin={"l": 180, "r": 10, "t": 40, "b": 10}, template="plotly_white")
    # A fixed div id keeps the page identical for identical tables.
    return figure.to_html(full_html=False, include_plotlyjs=False, div_id=f"chart-{name}",
                          config={"displaylogo": False, "responsive": True})


def _as_text(column: pl.Series) -> pl.Series:
    """Each value as `escape` writes it: Polars writes strings, integers and dates as Python's str() does, and the
    other values (floats, lists, times) are written by str() itself."""
    if column.dtype == pl.String or column.dtype.is_integer() or column.dtype == pl.Date:
        text = column.cast(pl.String)
    else:
        text = pl.Series(column.name, [None if value is None else str(value) for value in column.to_list()], dtype=pl.String)
    return escape_strings(text.to_frame()).to_series().fill_null("")


def _table(frame: pl.DataFrame, numeric: set[str] = frozenset(), table_id: str | None = None) -> str:
    """The frame as an HTML table, its rows written by Polars (the statements table has thousands)."""
    head = "".join(f"<th>{escape(c)}</th>" for c in frame.columns)
    cells = [pl.lit("<td class='n'>" if c in numeric else "<td>") + _as_text(frame[c]) + pl.lit("</td>") for c in frame.columns]
    rows = pl.select(pl.concat_str([pl.lit("<tr>"), *cells, pl.lit("</tr>")]).str.join("")).item() if frame.height else ""
    ident = f" id='{table_id}'" if table_id else ""
    return f"<table{ident}><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>"


def _bar(frame: pl.DataFrame, label: str, value: str, title: str, name: str) -> str:
    import plotly.graph_objects as go

    ordered = frame.reverse()  # Plotly draws horizontal bars from the bottom up
    figure = go.Figure(go.Bar(x=ordered[value].to_list(), y=[escape(v) for v in ordered[label]], orientation="h"))
    figure.update_layout(title=title, height=120 + 24 * frame.height, yaxis={"automargin": True})
    return _figure(figure, name)


def _warning_block(warnings: list[str]) -> str:
    return ("<div class='warning'><b>Warning-level checks breached in the last run</b><ul>"
            + "".join(f"<li>{escape(w)}</li>" for w in warnings) + "</ul></div>"
            if warnings else "<p class='note'>No warning-level check was breached in the last run.</p>")


def _summary(query) -> str:
    counts = query("""
        SELECT (SELECT count(*) FROM documents) AS documents, (SELECT count(DISTINCT outlet) FROM documents) AS outlets,
               (SELECT count(*) FROM entities) AS entities, (SELECT count(*) FROM mentions) AS mentions,
               (SELECT count(*) FROM quotes) AS quotes, (SELECT count(*) FROM statements WHERE speaker_entity_id IS NOT NULL)
               AS "quotes with a named speaker", (SELECT count(*) FROM quote_clusters WHERE outlet_count > 1)
               AS "statements in several outlets", (SELECT count(*) FROM quarantine) AS "files set aside",
               (SELECT min(published_date) FROM documents) AS "first date", (SELECT max(published_date) FROM documents)
               AS "last date"
    """).row(0, named=True)
    cards = "".join(f"<div class='card'><b>{escape('—' if v is None else v)}</b>{escape(k)}</div>" for k, v in counts.items())
    health = query("""
        SELECT 'documents' AS "table", c.column_name AS "column",
               round(c.null_percentage, 1) AS "null %"
        FROM (SUMMARIZE documents) c WHERE c.column_name IN ('outlet', 'title', 'author', 'dateline', 'published_date')
        UNION ALL
        SELECT 'statements', 'speaker_entity_id (unnamed speaker)',
               round(100 * avg(CASE WHEN speaker_entity_id IS NULL THEN 1 ELSE 0 END), 1) FROM statements
    """)
    quarantine = query("SELECT source_path AS file, reason, detail FROM quarantine ORDER BY source_path")
    quarantine_block = (_table(quarantine) if quarantine.height
                        else "<p class='note'>No file was set aside.</p>")
    return (f"<h2>Collection</h2><div class='cards'>{cards}</div><h2>Data health</h2>{WARNINGS_PLACE}"
            f"<h3>Missing values</h3>{_table(health, {'null %'})}<h3>Files set aside (quarantine)</h3>{quarantine_block}")


def _speakers(query) -> str:
    speakers = query(f"""
        SELECT speaker, any_value(speaker_type) AS type, count(*) AS quotes, count(DISTINCT outlet) AS outlets
        FROM statements WHERE speaker_entity_id IS NOT NULL
        GROUP BY speaker_entity_id, speaker ORDER BY quotes DESC, speaker LIMIT {TOP}
    """)
    if speakers.is_empty():
        return "<h2>Top speakers</h2><p class='note'>No quote has a named speaker.</p>"
    return "<h2>Top speakers</h2>" + _bar(speakers, "speaker", "quotes", "Quotes per named speaker", "speakers")


def _entities(query) -> str:
    parts = ["<h2>Most-mentioned entities</h2>"]
    # The counts of entity_profile, without the view: its co-mentions pair every two entities of each document.
    tops = query(f"""
        WITH seen AS (
            SELECT m.entity_id, count(*) AS mentions, count(DISTINCT m.doc_id) AS documents
            FROM mentions m JOIN documents d USING (doc_id) GROUP BY m.entity_id),
        counted AS (
            SELECT e.type, e.name, coalesce(seen.mentions, 0) AS mentions, coalesce(seen.documents, 0) AS documents
            FROM entities e LEFT JOIN seen USING (entity_id))
        SELECT * FROM counted
        QUALIFY row_number() OVER (PARTITION BY type ORDER BY mentions DESC, name) <= {TOP}
        ORDER BY mentions DESC, name
    """)
    for entity_type, plural in ENTITY_TYPE_NAMES.items():
        top = tops.filter(pl.col("type") == entity_type).drop("type")
        if top.height:
            parts.append(_bar(top, "name", "mentions", f"Most-mentioned {plural}", f"entities-{entity_type.lower()}"))
    return "".join(parts)


def _who_about_whom(query) -> str:
    import plotly.graph_objects as go

    pairs = query(f"""
        WITH named AS (SELECT * FROM quote_targets WHERE speaker_entity_id IS NOT NULL),
        speakers AS (SELECT speaker_entity_id FROM named GROUP BY 1 ORDER BY count(DISTINCT quote_id) DESC, 1 LIMIT {TOP}),
        targets AS (SELECT target_entity_id FROM named GROUP BY 1 ORDER BY count(DISTINCT quote_id) DESC, 1 LIMIT {TOP})
        SELECT speaker, target, count(DISTINCT quote_id) AS quotes FROM named
        WHERE speaker_entity_id IN (SELECT * FROM speakers) AND target_entity_id IN (SELECT * FROM targets)
        GROUP BY speaker, target ORDER BY quotes DESC, speaker, target
    """)
    title = "<h2>Who talks about whom</h2><p class='note'>Quotes of each speaker (rows) that mention each entity (columns), inside the quote or in its sentence.</p>"
    if pairs.is_empty():
        return title + "<p class='note'>No quote of a named speaker mentions another entity.</p>"
    matrix = pairs.pivot(on="target", index="speaker", values="quotes").fill_null(0)
    speakers = matrix["speaker"].to_list()
    targets = [c for c in matrix.columns if c != "speaker"]
    figure = go.Figure(go.Heatmap(z=matrix.select(targets).to_numpy().tolist(), x=[escape(t) for t in targets],
                                  y=[escape(s) for s in speakers], colorscale="Blues",
                                  hovertemplate="%{y} about %{x}: %{z} quotes<extra></extra>"))
    figure.update_layout(height=200 + 26 * len(speakers), xaxis={"tickangle": -45, "automargin": True},
                         yaxis={"automargin": True})
    return title + _figure(figure, "who-about-whom")


def _outlets(query) -> str:
    outlets = query("""
        SELECT coalesce(d.outlet, '(unknown)') AS outlet, count(DISTINCT d.doc_id) AS documents,
               count(s.quote_id) AS quotes, count(s.quote_id) FILTER (WHERE s.kind = 'direct') AS direct,
               count(s.quote_id) FILTER (WHERE s.speaker_entity_id IS NOT NULL) AS "named speaker",
               min(d.published_date) AS "first date", max(d.published_date) AS "last date"
        FROM documents d LEFT JOIN statements s USING (doc_id)
        GROUP BY 1 ORDER BY documents DESC, outlet
    """)
    import plotly.graph_objects as go

    labels = [escape(v) for v in outlets["outlet"]]
    figure = go.Figure([go.Bar(name="documents", x=labels, y=outlets["documents"].to_list()),
                        go.Bar(name="quotes", x=labels, y=outlets["quotes"].to_list())])
    figure.update_layout(title="Documents and quotes per outlet", barmode="group", height=380)
    numeric = {"documents", "quotes", "direct", "named speaker"}
    return "<h2>Outlets</h2>" + _figure(figure, "outlets") + _table(outlets, numeric)


def _timeline(query) -> str:
    import plotly.graph_objects as go

    days = query("""
        SELECT published_date AS day, count(*) AS quotes FROM statements
        WHERE published_date IS NOT NULL GROUP BY 1 ORDER BY 1
    """)
    if days.is_empty():
        return "<h2>Timeline</h2><p class='note'>No document has a date, so there is no timeline.</p>"
    undated = query("SELECT count(*) AS n FROM statements WHERE published_date IS NULL")["n"][0]
    figure = go.Figure(go.Bar(x=[d.isoformat() for d in days["day"]], y=days["quotes"].to_list()))
    figure.update_layout(title="Quotes per day", height=320, xaxis={"type": "date"})
    return (f"<h2>Timeline</h2>{_figure(figure, 'timeline')}"
            f"<p class='note'>{undated} quotes from documents without a date are not shown.</p>")


def _clusters(query) -> str:
    clusters = query(f"""
        SELECT cluster_id, outlet_count, document_count, first_seen, text FROM quote_clusters
        WHERE outlet_count > 1 OR document_count > 1
        ORDER BY outlet_count DESC, document_count DESC, cluster_id LIMIT {TOP}
    """)
    if clusters.is_empty():
        return "<h2>Statements carried by several outlets</h2><p class='note'>No statement appears in more than one document.</p>"
    versions = query(f"""
        SELECT cluster_id, coalesce(outlet, '(unknown outlet)') AS outlet, speaker, title, text FROM statements
        WHERE cluster_id IN ({', '.join("'" + c + "'" for c in clusters['cluster_id'])})
        ORDER BY cluster_id, outlet, doc_id
    """)
    parts = ["<h2>Statements carried by several outlets</h2>"]
    for cluster in clusters.iter_rows(named=True):
        parts.append(
            f"<h3>{escape(cluster['outlet_count'])} outlets, {escape(cluster['document_count'])} documents"
            f"{', first seen ' + escape(cluster['first_seen']) if cluster['first_seen'] else ''}</h3>"
            f"<blockquote>{escape(cluster['text'])}</blockquote>"
        )
        for version in versions.filter(pl.col("cluster_id") == cluster["cluster_id"]).iter_rows(named=True):
            parts.append(f"<p class='version'><b>{escape(version['outlet'])}</b> ({escape(version['speaker'] or 'no speaker')}; "
                         f"<i>{escape(version['title'])}</i>): {escape(version['text'])}</p>")
    return "".join(parts)


def _statements(query) -> str:
    statements = query(f"""
        SELECT speaker, speaker_role AS role, kind, text, outlet, published_date AS date, title
        FROM statements ORDER BY outlet NULLS LAST, published_date NULLS LAST, doc_id, start LIMIT {STATEMENT_ROWS}
    """)
    total = query("SELECT count(*) AS n FROM statements")["n"][0]
    cut = f" (the first {STATEMENT_ROWS} of {total}; query `statements` in warta.duckdb for all)" if total > STATEMENT_ROWS else ""
    return (
        f"<h2>Statements</h2><p><input id='statements-search' type='search' placeholder='Search speaker, text, outlet, title'>"
        f"</p><p class='note'><span id='statements-count'>{statements.height}</span> shown{escape(cut)}</p>"
        f"<div class='scroll'>{_table(statements, table_id='statements')}</div>"
    )
