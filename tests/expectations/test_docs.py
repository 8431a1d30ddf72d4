import html
import shutil

import polars as pl
import pytest
from bs4 import BeautifulSoup

from expectations.docs import STYLESHEET, escape_strings, make_offline
from expectations.validate import validate_tables
from tests.conftest import MODIFIED, documents_from_texts, non_background_share
from transforms.schemas import ATTRIBUTIONS, ENTITIES, MENTIONS, QUARANTINE, QUOTE_CLUSTERS, QUOTES

HOSTILE_FILE = "<script>alert(1)</script>.txt"
HOSTILE_VALUE = "<img src=x onerror=alert(2)>"


@pytest.fixture(scope="module")
def failed_docs(tmp_path_factory):
    """Data Docs of a validation that fails on values carrying markup: a quarantined file name listed
    twice (not unique) and an entity type outside the allowed set."""
    docs = tmp_path_factory.mktemp("docs")
    documents = documents_from_texts({"a.txt": "Budi Santoso tiba di Jakarta."})
    tables = {
        "documents": documents,
        "entities": ENTITIES.conform(pl.DataFrame({"entity_id": ["E1"], "name": ["Budi Santoso"], "type": [HOSTILE_VALUE],
                                                   "aliases": [["Budi Santoso"]], "titles": [[]], "mention_count": [1],
                                                   "document_count": [1]})),
        "mentions": MENTIONS.empty(), "quotes": QUOTES.empty(), "attributions": ATTRIBUTIONS.empty(),
        "quote_clusters": QUOTE_CLUSTERS.empty(),
        "quarantine": QUARANTINE.conform(pl.DataFrame({"source_path": [HOSTILE_FILE] * 2, "reason": ["empty"] * 2,
                                                       "detail": ["empty"] * 2, "size": [0] * 2, "seen_at": [MODIFIED] * 2})),
    }
    report = validate_tables(tables, docs_dir=docs, run_name="hostile-run")
    assert not report.success
    assert any(HOSTILE_VALUE in failure for failure in report.failures), "the run's own messages show the value as it is"
    return docs


def pages(docs):
    return {page.relative_to(docs).as_posix(): BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
            for page in sorted(docs.rglob("*.html"))}


def test_escaping_is_one_to_one_like_html_escape():
    values = ["a&lt;b", "<x y='1'>&\"", None]
    assert escape_strings(pl.DataFrame({"s": values}))["s"].to_list() == [html.escape(v) if v else v for v in values]


def test_failing_values_with_markup_are_shown_as_text_and_never_as_tags(failed_docs):
    shown = set()
    for name, page in pages(failed_docs).items():
        assert page.find("script") is None, name
        assert page.find("img") is None, name
        assert not [tag.name for tag in page.find_all(True) if any(a.lower().startswith("on") for a in tag.attrs)], name
        text = page.get_text()
        shown |= {value for value in (HOSTILE_FILE, HOSTILE_VALUE) if value in text}
    assert shown == {HOSTILE_FILE, HOSTILE_VALUE}


def test_the_pages_need_no_network_and_name_their_asset_and_run(failed_docs):
    site = pages(failed_docs)
    assert (failed_docs / STYLESHEET).is_file()
    for name, page in site.items():
        for tag in page.find_all(["link", "script", "img", "iframe"]):
            assert not str(tag.get("src") or tag.get("href") or "").startswith(("http:", "https:", "//")), name
    entities = next(page for name, page in site.items() if name.startswith("validations/entities/"))
    assert "Data asset: entities" in entities.get_text() and "hostile-run" in entities.get_text()
    assert "Data asset: None" not in entities.get_text()


def test_the_index_lists_every_validation_result_without_scripts(failed_docs):
    index = pages(failed_docs)["index.html"]
    links = {a["href"] for a in index.find_all("a", href=True) if a["href"].startswith("validations/")}
    assert len(links) == 7 and all((failed_docs / link).is_file() for link in links)
    assert index.find(class_="fa-times") is not None and index.find(class_="fa-check-circle") is not None


def test_rewriting_again_changes_nothing_and_leaves_other_pages_alone(failed_docs, tmp_path):
    site = tmp_path / "site"
    shutil.copytree(failed_docs, site)
    other = site / "warta.html"
    other.write_text("<html><script>drawCharts()</script></html>", encoding="utf-8")
    before = {page: page.read_bytes() for page in site.rglob("*.html")}
    make_offline(site)
    assert {page: page.read_bytes() for page in site.rglob("*.html")} == before


def test_the_site_renders_offline_in_a_browser_with_the_list_and_status_icons(failed_docs, browser):
    rendered = browser(failed_docs / "index.html", "data-docs-index", height=1200)
    assert rendered.console == []
    index = BeautifulSoup(rendered.dom, "html.parser")
    assert len([a for a in index.find_all("a", href=True) if a["href"].startswith("validations/")]) == 7
    assert non_background_share(rendered.screenshot) > 0.02
    page = next(failed_docs.glob("validations/entities/*/*/*.html"))
    rendered = browser(page, "data-docs-entities", height=1600)
    assert rendered.console == []
    assert HOSTILE_VALUE in BeautifulSoup(rendered.dom, "html.parser").get_text()


def test_a_kept_suite_page_is_placed_instead_of_rendered_and_the_index_still_links_it(tmp_path):
    kept = tmp_path / "suite_pages"
    tables = {"documents": documents_from_texts({"a.txt": "Budi Santoso tiba di Jakarta."})}
    validate_tables(tables, docs_dir=tmp_path / "first", suite_pages=kept)
    (page,) = kept.glob("documents-*.html")
    assert page.read_bytes() == (tmp_path / "first" / "expectations" / "documents.html").read_bytes()
    page.write_text(page.read_text(encoding="utf-8") + "<!-- kept -->", encoding="utf-8")
    validate_tables(tables, docs_dir=tmp_path / "second", suite_pages=kept)
    assert (tmp_path / "second" / "expectations" / "documents.html").read_text(encoding="utf-8").endswith("<!-- kept -->")
    index = pages(tmp_path / "second")["index.html"]
    assert "expectations/documents.html" in {a["href"] for a in index.find_all("a", href=True)}
