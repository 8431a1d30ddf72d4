"""Make the Great Expectations Data Docs work offline.

GX's pages load Bootstrap, jQuery, bootstrap-table, Font Awesome and Vega from CDNs, and its index
draws the list of validation results with bootstrap-table from data inside a script. Offline that
list is empty and the status icons are blank. After GX writes the site, every page is rewritten:
external scripts, stylesheets and images go, the scripts that need jQuery go (with the event
handlers calling them), the index tables are
written out as plain HTML rows, and a stylesheet generated here (`static/warta/offline.css`) draws
the layout and the status icons with characters instead of the icon font.

Values from the data never reach these pages unescaped: `escape_strings` is applied to every frame
before GX sees it (see expectations/validate.py).
"""

from __future__ import annotations

import ast
import html
import re
from pathlib import Path

import polars as pl

STYLESHEET = Path("static") / "warta" / "offline.css"

OFFLINE_CSS = """
body{font-family:system-ui,sans-serif;color:#222;margin:0;padding:0 1.5em 2em}
nav,.ge-walkthrough-modal,.modal,#ge-cta-footer,.sticky .card:has(button){display:none}
.container-fluid .row{display:flex;flex-wrap:wrap;gap:1.5em}.col-lg-2{flex:0 0 14em}.col-lg-10,.col-md-10{flex:1 1 40em;min-width:0}
table{border-collapse:collapse;width:100%;margin:.5em 0;font-size:.9em}
th,td{border-bottom:1px solid #e4e4e4;padding:.3em .5em;text-align:left;vertical-align:top}
th{background:#f5f5f5}a{color:#0b5cad}.card{border:1px solid #ddd;border-radius:4px;margin:.8em 0;padding:.5em}
.cooltip .top,.hidden,.d-none,button,.sticky{display:none}.tab-content>.tab-pane{display:block;margin-bottom:2em}
.text-success{color:#1a7f37}.text-danger{color:#c62828}.text-warning{color:#b26a00}
.fas::before,.fa::before{font-style:normal;font-weight:bold}
.fa-check-circle::before{content:"\\2714"}.fa-times::before,.fa-times-circle::before{content:"\\2718"}
.fa-exclamation-triangle::before{content:"\\26A0"}.fa-question-circle::before{content:"?"}
.fa-external-link-alt::before{content:"\\2197"}.fa-trash::before,.fa-list::before,.fa-filter::before{content:""}
"""

_TABLE_SCRIPT = re.compile(r"columns:\s*(\[.*?\]),\s*data:\s*(\[.*\]),\s*toolbar:", re.S)


def escape_strings(frame: pl.DataFrame) -> pl.DataFrame:
    """Every string value HTML-escaped. The escape is one-to-one, so null, unique and in-set checks
    (with escaped value sets) give the same answers."""
    # As html.escape does; replace_many replaces in one pass, so `&` of `&lt;` is not escaped again.
    return frame.with_columns(
        pl.col(name).str.replace_many(["&", "<", ">", '"', "'"], ["&amp;", "&lt;", "&gt;", "&quot;", "&#x27;"])
        for name, dtype in frame.schema.items() if dtype == pl.String
    )


def make_offline(docs_dir: Path) -> None:
    """Rewrite every page of the site under `docs_dir` to need nothing from the network."""
    from bs4 import BeautifulSoup

    (docs_dir / STYLESHEET).parent.mkdir(parents=True, exist_ok=True)
    (docs_dir / STYLESHEET).write_text(OFFLINE_CSS, encoding="utf-8")
    for page in sorted(docs_dir.rglob("*.html")):
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        _tables_as_rows(soup)
        for tag in soup.find_all(["script", "link", "img"]):
            address = tag.get("src") or tag.get("href") or ""
            if tag.name == "script" or address.startswith(("http:", "https:", "//")):
                tag.decompose()
        for tag in soup.find_all(True):  # handlers that called the scripts just removed
            for attribute in [a for a in tag.attrs if a.lower().startswith("on")]:
                del tag[attribute]
        _name_asset(soup, page.relative_to(docs_dir))
        depth = len(page.relative_to(docs_dir).parts) - 1
        link = soup.new_tag("link", rel="stylesheet", href=("../" * depth) + STYLESHEET.as_posix())
        (soup.head or soup).append(link)
        page.write_text(str(soup), encoding="utf-8")


def _tables_as_rows(soup) -> None:
    """The tables bootstrap-table would draw from a script's `columns` and `data`, as HTML rows."""
    from bs4 import BeautifulSoup

    for table in soup.find_all("table", attrs={"data-toggle": "table"}):
        script = next((s for s in table.find_all_next("script") if table.get("id", "") in (s.string or "")
                       and "bootstrapTable(" in (s.string or "")), None)
        found = _TABLE_SCRIPT.search(script.string) if script else None
        if not found:
            continue
        columns, rows = ast.literal_eval(found.group(1)), ast.literal_eval(found.group(2))
        head = "".join(f"<th>{html.escape(c['title'])}</th>" for c in columns)
        body = []
        for row in rows:
            # GX's own cell markup (icons, suite links); the values in it are names warta chose.
            cells = [str(row.get(c["field"], "")) for c in columns]
            target = row.get("_table_row_link_path")
            if target:
                cells = [f"<a href='{html.escape(target)}'>{cells[0]}</a>", *cells[1:]]
            body.append("<tr>" + "".join(f"<td>{cell}</td>" for cell in cells) + "</tr>")
        table.clear()
        table.append(BeautifulSoup(f"<thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody>", "html.parser"))


def _name_asset(soup, relative: Path) -> None:
    """GX prints `Data asset: None` for dataframe batches; a result page's suite is its table."""
    if relative.parts[0] != "validations":
        return
    for text in soup.find_all(string=re.compile("Data asset: None")):
        text.replace_with(text.replace("Data asset: None", f"Data asset: {relative.parts[1]}"))
