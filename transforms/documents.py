"""Document metadata read from the text: title, byline, dateline, date, language, boilerplate."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

import polars as pl

from transforms.lexicon import _rows, calendar_words, word_set
from transforms.schemas import DOCUMENTS

DASH = r"(?:--|[-–—])"
MAX_TITLE_CHARS = 200
MAX_TITLE_WORDS = 30
HEADER_LINES = 6


@dataclass
class Header:
    title: str | None = None
    author: str | None = None
    outlet: str | None = None
    dateline: str | None = None
    published_date: date | None = None
    body_start: int = 0
    boilerplate: list[dict] = field(default_factory=list)


@lru_cache(maxsize=1)
def _date_patterns() -> tuple[re.Pattern, re.Pattern]:
    months = "|".join(sorted(map(re.escape, calendar_words()), key=len, reverse=True))
    days = "|".join(sorted(d for d in word_set("calendar_words.txt") if d not in calendar_words()))
    written = re.compile(
        rf"(?:(?:{days}),?\s+)?(?P<day>\d{{1,2}})\s+(?P<month>{months})\.?\s+(?P<year>\d{{4}})", re.IGNORECASE
    )
    numeric = re.compile(
        rf"(?:(?:{days}),?\s*)?\(?(?P<day>\d{{1,2}})/(?P<month>\d{{1,2}})/(?P<year>\d{{4}}|\d{{2}})\)?", re.IGNORECASE
    )
    return written, numeric


def parse_date(text: str) -> date | None:
    """A date written in full (`19 Juni 2024`, `Rabu, 19 Juni 2024`) or as `Rabu (19/6/2024)`."""
    written, numeric = _date_patterns()
    match = written.fullmatch(text.strip(" ,")) or numeric.fullmatch(text.strip(" ,"))
    if not match:
        return None
    month = match["month"]
    month_number = int(month) if month.isdigit() else calendar_words()[month.lower()]
    year = int(match["year"]) + (2000 if len(match["year"]) == 2 else 0)
    try:
        return date(year, month_number, int(match["day"]))
    except ValueError:
        return None


def _find_date_prefix(text: str) -> re.Match | None:
    written, numeric = _date_patterns()
    return written.match(text) or numeric.match(text)


@lru_cache(maxsize=1)
def _boilerplate_patterns() -> list[tuple[str, re.Pattern]]:
    return [(kind, re.compile(pattern, re.IGNORECASE)) for kind, pattern in _rows("boilerplate.tsv")]


def boilerplate_kind(line: str) -> str | None:
    stripped = line.strip()
    if not stripped or len(stripped) > 300:
        return None
    for kind, pattern in _boilerplate_patterns():
        if pattern.fullmatch(stripped):
            return kind
    return None


def find_boilerplate(text: str) -> list[dict]:
    """Spans of page-furniture lines; a short caption line right above a photo credit is one too."""
    spans: list[dict] = []
    offset = 0
    previous: tuple[int, int, str] | None = None
    for line in text.split("\n"):
        start, end = offset, offset + len(line)
        offset = end + 1
        kind = boilerplate_kind(line)
        if kind == "photo_credit" and previous and _looks_like_caption(previous[2]):
            spans.append({"start": previous[0], "end": previous[1], "kind": "photo_caption"})
        if kind:
            lead = len(line) - len(line.lstrip())
            spans.append({"start": start + lead, "end": start + len(line.rstrip()), "kind": kind})
        if line.strip():
            previous = (start + len(line) - len(line.lstrip()), start + len(line.rstrip()), line.strip())
    return spans


def _looks_like_caption(line: str) -> bool:
    return len(line.split()) <= 20 and not line.endswith((".", "!", "?", '"', "”")) and boilerplate_kind(line) is None


# Outlet name forms: a domain (`Liputan6.com`, `TEMPO.CO`, `VIVA.co.id`), or a name in capitals.
DOMAIN = r"[A-Za-z][\w-]*(?:\.[A-Za-z]{2,})+"
PLACE = r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}"
BYLINE = re.compile(rf"^\s*{DASH}?\s*(?P<outlet>{DOMAIN})\s*/\s*(?P<author>[^\n/]{{2,60}}?)\s*$")
LABELLED_BYLINE = re.compile(r"^\s*(?:oleh|penulis|reporter|pewarta|by)\s*:?\s+(?P<author>[A-Z][^\n]{1,60}?)\s*$", re.I)
# `SEOUL (SR28) –`, `Jakarta (ANTARA) -`
CITY_PAREN_OUTLET = re.compile(rf"^(?P<city>{PLACE})\s*\((?P<outlet>[^()\n]{{2,30}})\)\s*{DASH}\s*")
# `JAKARTA, KOMPAS.com -`, `JAKARTA, KOMPAS —`, `Liputan6.com, Tokyo -`, `NAGAGG NEWS, 19 Juni 2024 –`
TWO_PART = re.compile(rf"^(?P<first>[^,\n()]{{2,40}}?),\s*(?P<second>[^,\n()]{{2,40}}?)\s*{DASH}\s+")
# `Jakarta - detikNews`, `JAKARTA -`
CITY_DASH = re.compile(rf"^(?P<city>{PLACE})\s*{DASH}\s+(?:(?P<outlet>detik\w*|{DOMAIN})\s*(?:{DASH}\s*)?)?")


def _is_outlet(name: str) -> bool:
    if re.fullmatch(DOMAIN, name):
        return True
    words = name.lower().split()
    return bool(words) and name.upper() == name and any(w in word_set("media_words.txt") for w in words)


def _is_place(name: str) -> bool:
    return bool(re.fullmatch(PLACE, name)) and not re.search(r"\d", name)


def parse_dateline(line: str) -> tuple[str | None, str | None, date | None, int] | None:
    """(dateline city, outlet, date, length of the prefix) for a body line opening with a dateline."""
    match = CITY_PAREN_OUTLET.match(line)
    if match and _is_place(match["city"]):
        city, outlet, end = match["city"], match["outlet"].strip(), match.end()
    elif (match := TWO_PART.match(line)) and len(match.group(0)) <= 80:
        first, second = match["first"].strip(), match["second"].strip()
        first_date, second_date = parse_date(first), parse_date(second)
        if second_date and (_is_outlet(first) or _is_place(first)):
            city, outlet = (None, first) if _is_outlet(first) else (first, None)
            return city, outlet, second_date, match.end()
        if _is_outlet(first) and _is_place(second):
            city, outlet = second, first
        elif _is_place(first) and _is_outlet(second):
            city, outlet = first, second
        elif first_date is None and _is_place(first) and second.upper() == second and len(second.split()) <= 3:
            city, outlet = first, second
        else:
            return None
        end = match.end()
    elif (match := CITY_DASH.match(line)) and _is_place(match["city"]) and len(match["city"]) <= 30:
        if not (match["outlet"] or match["city"].isupper() or len(match["city"].split()) == 1):
            return None
        city, outlet, end = match["city"], match["outlet"], match.end()
    else:
        return None
    published = None
    date_match = _find_date_prefix(line[end:])
    if date_match:
        published = parse_date(date_match.group(0))
        rest = line[end + date_match.end() :]
        end += date_match.end() + len(rest) - len(rest.lstrip(" ,"))
    return city, outlet, published, end


def parse_header(text: str) -> Header:
    """Title, byline and dateline at the top of an article."""
    header = Header(boilerplate=find_boilerplate(text))
    lines, offset = [], 0
    for line in text.split("\n"):
        if line.strip():
            lines.append((offset, line))
        offset += len(line) + 1
        if len(lines) >= HEADER_LINES:
            break
    index = 0
    if not lines:
        return header
    start, first = lines[0]
    if parse_dateline(first) is None and _looks_like_title(text, lines):
        header.title = first.strip()
        header.body_start = start + len(first)
        index = 1
    while index < len(lines):
        start, line = lines[index]
        byline = BYLINE.match(line) or LABELLED_BYLINE.match(line)
        standalone_date = parse_date(line)
        if byline:
            header.author = byline["author"].strip()
            header.outlet = header.outlet or (byline.groupdict().get("outlet"))
        elif standalone_date:
            header.published_date = standalone_date
        else:
            break
        header.body_start = start + len(line)
        index += 1
    if index < len(lines):
        start, line = lines[index]
        parsed = parse_dateline(line)
        if parsed:
            city, outlet, published, length = parsed
            header.dateline = city
            header.outlet = outlet or header.outlet
            header.published_date = published or header.published_date
            header.body_start = start + length
        elif header.body_start:
            header.body_start = start
    return header


def _looks_like_title(text: str, lines: list[tuple[int, str]]) -> bool:
    start, first = lines[0]
    stripped = first.strip()
    if len(lines) < 2 or len(stripped) > MAX_TITLE_CHARS or len(stripped.split()) > MAX_TITLE_WORDS:
        return False
    if stripped.endswith((".", ",", ";", ":")) or boilerplate_kind(stripped):
        return False
    next_start, next_line = lines[1]
    blank_between = "\n\n" in text[start : next_start + 1]
    return blank_between or bool(BYLINE.match(next_line) or LABELLED_BYLINE.match(next_line)) or (
        parse_dateline(next_line) is not None
    )


@lru_cache(maxsize=1)
def _language_words() -> dict[str, frozenset[str]]:
    return {row[0]: frozenset(row[1].split()) for row in _rows("language_words.tsv")}


def detect_language(text: str) -> str:
    """`id`, `en` or `ms` by function-word counts; `und` when too few words to tell."""
    words = re.findall(r"[a-z]+", text[:5000].lower())
    if len(words) < 5:
        return "und"
    scores = {lang: sum(w in vocab for w in words) for lang, vocab in _language_words().items()}
    best = max(scores, key=lambda lang: (scores[lang] + (0.5 if lang == "id" else 0)))
    if scores[best] < max(2, len(words) * 0.05):
        return "und"
    if best == "ms" and scores["ms"] < scores["id"] * 0.1:
        return "id"
    if best == "id" and scores["ms"] > scores["id"] * 0.3:
        return "ms"
    return best


def extract_documents(articles: pl.DataFrame) -> pl.DataFrame:
    """articles (doc_id, source_path, text, encoding, content_hash) -> the documents table."""
    headers = [parse_header(t) for t in articles["text"]]
    return DOCUMENTS.conform(
        articles.with_columns(
            title=pl.Series([h.title for h in headers], dtype=pl.String),
            author=pl.Series([h.author for h in headers], dtype=pl.String),
            outlet=pl.Series([h.outlet for h in headers], dtype=pl.String),
            dateline=pl.Series([h.dateline for h in headers], dtype=pl.String),
            published_date=pl.Series([h.published_date for h in headers], dtype=pl.Date),
            body_start=pl.Series([h.body_start for h in headers], dtype=pl.Int64),
            boilerplate=pl.Series([h.boilerplate for h in headers], dtype=DOCUMENTS.column("boilerplate").dtype),
            language=pl.Series([detect_language(t) for t in articles["text"]], dtype=pl.String),
            n_chars=pl.col("text").str.len_chars().cast(pl.Int64),
        )
    )
