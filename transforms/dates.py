"""Dates as Indonesian news writes them, and the day an article reports.

`19 Juni 2024`, `Selasa, 18 Juni 2024`, `Rabu (19/6/2024)` (also tokenized, `22/2 / 2018`), a day name
with a year-less date (`Kamis (22/2)`: the year is the one, among the years the article names, on
which that day falls on that weekday), and dates in a URL path (`/read/2025/03/04/...`,
`/20250304101500-20-...`). `date_from_body` tries its rules in the order of `BODY_DATE_RULES` and
says which one fired.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from functools import lru_cache

from transforms.common import alternation
from transforms.lexicon import _rows, calendar_words

BODY_DATE_RULES = ("weekday_date", "weekday_year_inferred", "written_date")
# Dates are read from the opening paragraphs only: later dates are mostly events the story recalls.
LEAD_CHARS = 1500
SLASH = r"\s*/\s*"


@lru_cache(maxsize=1)
def weekdays() -> dict[str, int]:
    """Day names -> weekday number (Monday 0)."""
    return {row[0].lower(): int(row[1]) for row in _rows("weekdays.tsv")}


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern]:
    months, days = alternation(calendar_words()), alternation(weekdays())
    day_prefix = rf"(?:(?P<weekday>{days})\s*,?\s*\(?\s*)"
    return {
        "written": re.compile(
            rf"\b{day_prefix}?(?P<day>\d{{1,2}})\s+(?P<month>{months})\.?\s+(?P<year>\d{{4}})\b", re.IGNORECASE),
        "numeric": re.compile(
            rf"\b{day_prefix}?\(?(?P<day>\d{{1,2}}){SLASH}(?P<month>\d{{1,2}}){SLASH}(?P<year>\d{{4}}|\d{{2}})\b\)?",
            re.IGNORECASE),
        # what every match of the two above holds (the day's last digit on): a search for it starts at a digit, quick,
        # where a full pattern opening with a day name is tried at every position of the text
        "written_core": re.compile(rf"\d\s+(?:{months})", re.IGNORECASE),
        "numeric_core": re.compile(rf"\d{SLASH}\d{{1,2}}{SLASH}\d\d"),
        "yearless": re.compile(
            rf"\b(?P<weekday>{days})\s*\(\s*(?P<day>\d{{1,2}}){SLASH}(?P<month>\d{{1,2}})\s*\)", re.IGNORECASE),
        "yearless_core": re.compile(rf"\(\s*\d{{1,2}}{SLASH}\d{{1,2}}\s*\)"),  # what every yearless date holds
        "year": re.compile(r"\b(?:19[5-9]\d|20\d\d)\b"),
        "url_path": re.compile(r"/(?P<year>(?:19|20)\d\d)/(?P<month>\d{1,2})/(?P<day>\d{1,2})(?:/|$)"),
        "url_stamp": re.compile(r"/(?P<year>(?:19|20)\d\d)(?P<month>\d\d)(?P<day>\d\d)\d{6}"),
    }


def _to_date(year: str | int, month: str | int, day: str | int) -> date | None:
    if isinstance(month, str) and not month.isdigit():
        month = calendar_words()[month.lower()]
    year = int(year)
    year += 2000 if year < 100 else 0
    try:
        return date(year, int(month), int(day))
    except ValueError:
        return None


def _match_date(match: re.Match) -> date | None:
    return _to_date(match["year"], match["month"], match["day"])


def parse_date(text: str) -> date | None:
    """A whole string that is one date (`19 Juni 2024`, `Rabu, 19 Juni 2024`, `Rabu (19/6/2024)`)."""
    stripped = text.strip(" ,")
    for name in ("written", "numeric"):
        match = _patterns()[name].fullmatch(stripped)
        if match:
            return _match_date(match)
    return None


def match_date_prefix(text: str) -> re.Match | None:
    """The date a string starts with, if any."""
    return _patterns()["written"].match(text) or _patterns()["numeric"].match(text)


def date_from_url(url: str) -> date | None:
    for name in ("url_path", "url_stamp"):
        match = _patterns()[name].search(url)
        if match and (found := _match_date(match)):
            return found
    return None


def _full_dates(body: str) -> list[tuple[int, date, bool]]:
    """(offset, date, written with a day name) for every full date in the text, in order."""
    found = []
    for name in ("written", "numeric"):
        if not _patterns()[f"{name}_core"].search(body):
            continue  # no date of this form
        for match in _patterns()[name].finditer(body):
            if (value := _match_date(match)) is not None:
                found.append((match.start(), value, match["weekday"] is not None))
    return sorted(found, key=lambda item: item[0])


def yearless_weekday_dates(body: str) -> list[tuple[int, int, int]]:
    """(weekday, month, day) of every year-less dated weekday (`Kamis (22/2)`) in the opening paragraphs, in order."""
    lead = body[:LEAD_CHARS]
    if not _patterns()["yearless_core"].search(lead):
        return []
    return [(weekdays()[m["weekday"].lower()], int(m["month"]), int(m["day"])) for m in _patterns()["yearless"].finditer(lead)]


def years_fitting(weekday: int, month: str | int, day: str | int, years: Iterable[int]) -> list[int]:
    """The years among `years` on which that day of that month falls on that weekday."""
    return [y for y in years if (d := _to_date(y, month, day)) and d.weekday() == weekday]


def _weekday_year(body: str, years: list[int]) -> date | None:
    """`Kamis (22/2)`: the first such date that falls on its weekday in exactly one year the text names."""
    if not _patterns()["yearless_core"].search(body):
        return None  # no bracketed day and month
    for match in _patterns()["yearless"].finditer(body):
        weekday = weekdays()[match["weekday"].lower()]
        fitting = set(years_fitting(weekday, match["month"], match["day"], years))
        if len(fitting) == 1:
            return _to_date(fitting.pop(), match["month"], match["day"])
    return None


def date_from_body(body: str, context: str = "") -> tuple[date | None, str | None]:
    """The day an article reports, from its opening paragraphs, and the rule that found it (one of
    BODY_DATE_RULES).

    A date with a day name is the news convention for the reporting day, so the first one wins;
    then a year-less dated weekday checked against the years that the lead (or `context`, the
    title) names; then the first date written in full.
    """
    body = body[:LEAD_CHARS]
    dates = _full_dates(body)
    for _, value, with_weekday in dates:
        if with_weekday:
            return value, "weekday_date"
    years = sorted({int(y) for y in _patterns()["year"].findall(f"{context}\n{body}")})
    if (inferred := _weekday_year(body, years)) is not None:
        return inferred, "weekday_year_inferred"
    if dates:
        return dates[0][1], "written_date"
    return None, None
