import shutil

import polars as pl
import pytest
from bs4 import BeautifulSoup
from plotly.offline import get_plotlyjs

from flows.database import write_database
from flows.storage import write_table
from tests.conftest import MODIFIED, non_background_share
from transforms.schemas import QUARANTINE, TABLES
from warta.report import write_report

HOSTILE_TITLE = "<script>alert('title')</script>"
HOSTILE_QUOTE = "<img src=x onerror=alert(2)>"
HOSTILE_FILE = "<script>alert(1)</script>.txt"
CHARTS = ("speakers", "entities-person", "who-about-whom", "outlets")


@pytest.fixture(scope="module")
def hostile_report(seeds_output, tmp_path_factory):
    """The seeds' tables with markup in a title, a quote, an outlet and a quarantined file name."""
    output = tmp_path_factory.mktemp("hostile")
    for name in TABLES:
        shutil.copy(seeds_output / f"{name}.parquet", output)
    documents = pl.read_parquet(output / "documents.parquet")
    documents.with_columns(title=pl.when(pl.int_range(pl.len()) == 0).then(pl.lit(HOSTILE_TITLE)).otherwise("title"),
                           outlet=pl.when(pl.int_range(pl.len()) == 1).then(pl.lit("<b>Outlet</b>")).otherwise("outlet")
                           ).write_parquet(output / "documents.parquet")
    quotes = pl.read_parquet(output / "quotes.parquet")
    quotes.with_columns(text=pl.when(pl.int_range(pl.len()) == 0).then(pl.lit(HOSTILE_QUOTE)).otherwise("text")
                        ).write_parquet(output / "quotes.parquet")
    QUARANTINE.conform(pl.DataFrame({"source_path": [HOSTILE_FILE], "reason": ["empty"], "detail": ["<i>empty</i>"],
                                     "size": [0], "seen_at": [MODIFIED]})).write_parquet(output / "quarantine.parquet")
    write_database(output)
    return write_report(output)


def test_the_seeds_report_is_written_by_the_run_and_holds_every_section(seeds_output):
    page = BeautifulSoup((seeds_output / "_reports" / "warta.html").read_text(encoding="utf-8"), "html.parser")
    headings = [h.get_text() for h in page.find_all("h2")]
    for section in ("Collection", "Data health", "Top speakers", "Most-mentioned entities", "Who talks about whom",
                    "Outlets", "Timeline", "Statements carried by several outlets", "Statements"):
        assert section in headings
    quotes = pl.read_parquet(seeds_output / "quotes.parquet")
    assert len(page.select("#statements tbody tr")) == quotes.height
    for chart in CHARTS:
        assert page.find(id=f"chart-{chart}") is not None, chart


def test_the_report_needs_no_network_and_inlines_plotly_from_the_installed_package(hostile_report):
    page = BeautifulSoup(hostile_report.read_text(encoding="utf-8"), "html.parser")
    for tag in page.find_all(True):
        for attribute in ("src", "href"):
            assert not str(tag.get(attribute, "")).startswith(("http:", "https:", "//")), tag.name
    assert page.find("script").string == get_plotlyjs()


def test_article_text_in_the_report_is_text_not_markup(hostile_report):
    page = BeautifulSoup(hostile_report.read_text(encoding="utf-8"), "html.parser")
    text = page.get_text()
    for hostile in (HOSTILE_TITLE, HOSTILE_QUOTE, HOSTILE_FILE, "<b>Outlet</b>"):
        assert hostile in text
    assert page.find("img") is None and page.find("b", string="Outlet") is None
    assert not any(attribute.startswith("on") for tag in page.find_all(True) for attribute in tag.attrs)
    assert not any("alert(" in (script.string or "") for script in page.find_all("script"))


def test_the_report_renders_in_a_browser_with_its_charts_and_hostile_text_shown_as_text(hostile_report, browser):
    rendered = browser(hostile_report, "report")
    assert rendered.console == []
    page = BeautifulSoup(rendered.dom, "html.parser")
    for chart in CHARTS:
        assert page.select(f"#chart-{chart} svg.main-svg"), f"chart {chart} was not drawn"
    assert page.find("img") is None
    assert HOSTILE_TITLE in page.get_text() and HOSTILE_QUOTE in page.get_text()
    assert non_background_share(rendered.screenshot) > 0.05


def test_an_empty_collection_gets_a_report_that_says_so(tmp_path):
    for name, table in TABLES.items():
        write_table(table.empty(), tmp_path / f"{name}.parquet")
    write_database(tmp_path)
    text = BeautifulSoup(write_report(tmp_path).read_text(encoding="utf-8"), "html.parser").get_text()
    assert "No quote has a named speaker." in text and "no timeline" in text


def test_a_page_whose_queries_outgrow_the_bounded_buffer_is_rendered_unbounded_and_the_same(seeds_output, tmp_path,
                                                                                           monkeypatch):
    import warta.report as report

    output = tmp_path / "out"
    shutil.copytree(seeds_output, output, ignore=shutil.ignore_patterns("_reports"))
    bounded = report.render(output)
    monkeypatch.setattr(report, "RENDER_MEMORY", "1MB")  # too little for any query: each page runs out, then again
    assert report.render(output) == bounded
