"""Document metadata read from the text: title, byline, dateline, date, language, boilerplate."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

import polars as pl

from transforms.dates import date_from_body, date_from_url, match_date_prefix, parse_date, yearless_weekday_dates, years_fitting
from transforms.lexicon import _rows, phrase_set, word_set, written_degree
from transforms.schemas import DOCUMENTS

# `-`, `--`, `---`, en and em dashes, and the tokenized `- -` of some crawls (`Jakarta, CNN Indonesia - -`).
DASH = r"(?:---?|-\s-|[-–—])"
MAX_TITLE_CHARS = 200
MAX_TITLE_WORDS = 30
HEADER_LINES = 6


@dataclass
class Header:
    title: str | None = None
    author: str | None = None
    outlet: str | None = None
    outlet_source: str | None = None  # which part of the text named the outlet (OUTLET_SOURCES)
    dateline: str | None = None
    published_date: date | None = None
    date_source: str | None = None
    body_start: int = 0
    boilerplate: list[dict] = field(default_factory=list)


@lru_cache(maxsize=1)
def _boilerplate_pattern() -> tuple[re.Pattern, list[str]]:
    """The patterns of boilerplate.tsv as one alternation, each row a group named by its position, and the rows'
    kinds: a fullmatch tries the rows in file order, as one fullmatch per row would, in one call."""
    rows = _rows("boilerplate.tsv")
    alternatives = "|".join(f"(?P<row{number}>{pattern})" for number, (_, pattern) in enumerate(rows))
    return re.compile(alternatives, re.IGNORECASE), [kind for kind, _ in rows]


def boilerplate_kind(line: str) -> str | None:
    stripped = line.strip()
    if not stripped or len(stripped) > 300:
        return None
    pattern, kinds = _boilerplate_pattern()
    match = pattern.fullmatch(stripped)
    return kinds[int(match.lastgroup.removeprefix("row"))] if match else None


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
URL_LINE = re.compile(r"^\s*(?:https?://|www\.)(?P<host>[^/\s]+)\S*\s*$", re.IGNORECASE)
BYLINE = re.compile(rf"^\s*{DASH}?\s*(?P<outlet>{DOMAIN})\s*/\s*(?P<author>[^\n/]{{2,60}}?)\s*$")
LABELLED_BYLINE = re.compile(r"^\s*(?:oleh|penulis|reporter|pewarta|by)\s*:?\s+(?P<author>[A-Z][^\n]{1,60}?)\s*$", re.I)
# Where a text names its writer outside the header: a credits line (`Penulis: Rina Sari, dosen ...`), a closing
# bracket of the reporter's name and the editor's initials (`(Rina / abc)`, not initials alone: `(rs / abc)`), or an
# opinion piece's closing line on its writer (`Rina Sari, Ph.D. Peneliti di ...`, `Rina Sari.Dosen di ...`)
CREDITED_AUTHOR = re.compile(r"^\s*(?:penulis|reporter|pewarta|wartawan)\s*:\s*(?P<author>(?-i:[A-Z])[^\n,;(]{1,60}?)\s*(?:[,;(].*)?$",
                             re.IGNORECASE)
CLOSING_BRACKET_AUTHOR = re.compile(r"\((?P<author>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,3})\s*/\s*[a-z]{2,6}\s*\)\s*$")
WRITER_LINE = re.compile(r"^(?P<author>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3})\s*[.,]\s*(?P<role>[A-Z][^\n]{2,300})$")
# `SEOUL (SR28) –`, `Jakarta (ANTARA) -`, `Samarinda, Kalimantan Timur (ANTARA News) -`, two towns of one report
# (`New York, Boston, (ANTARA News) -`)
CITY_PAREN_OUTLET = re.compile(
    rf"^(?P<city>{PLACE})(?:,\s*{PLACE}){{0,2}},?\s*\((?P<outlet>[^()\n]{{2,30}})\)\s*{DASH}\s*")
# `JAKARTA, KOMPAS.com -`, `JAKARTA, KOMPAS —`, `Liputan6.com, Tokyo -`, `NAGAGG NEWS, 19 Juni 2024 –`
# The body may follow a spaced dash without a space (`KOMPAS.com -Warga`) when it opens with a capital or a quote;
# a dash inside a word (`Damrong-Ongtrakul`) is no dateline's.
TWO_PART = re.compile(rf"^(?P<first>[^,\n()]{{2,40}}?),\s*(?P<second>[^,\n()]{{2,40}}?)(?:\s*{DASH}\s+|\s+{DASH}(?=[A-Z\"“]))")
# `NEW YORK. KOMPAS.com -`, and without the dot or comma: `BANDUNG KOMPAS.com -`
CITY_DOT_OUTLET = re.compile(rf"^(?P<city>{PLACE})\.?\s+(?P<outlet>{DOMAIN})\s*{DASH}\s*")
# `KOMPAS.com -`, `Suara.com -,`, `Rimanews –`: the outlet alone opens the lead.
OUTLET_DASH = re.compile(rf"^(?P<outlet>[^\s,()][^,\n()]{{0,30}}?)\s*{DASH}[\s,]*")
# `Jakarta - detikNews -`, `JAKARTA -`
CITY_DASH = re.compile(rf"^(?P<city>{PLACE})\s*{DASH}\s+(?:(?P<outlet>detik\w*|{DOMAIN})\s*(?:{DASH}\s*)?)?")


@lru_cache(maxsize=1)
def _outlet_table() -> tuple[dict[str, str], dict[str, str]]:
    """(written form -> canonical name, web host -> canonical name), from data/outlets.tsv."""
    forms, hosts = {}, {}
    for canonical, written, web_hosts in _rows("outlets.tsv"):
        for form in [canonical, *written.split("|")]:
            if forms.setdefault(form.lower(), canonical) != canonical:
                raise ValueError(f"outlets.tsv: {form!r} is written for both {forms[form.lower()]} and {canonical}")
        for host in web_hosts.split("|"):
            hosts[host.lower()] = canonical
    return forms, hosts


def outlet_forms() -> frozenset[str]:
    """Every name of the outlet table, lower case: its outlets' canonical and written forms."""
    return frozenset(_outlet_table()[0])


def canonical_outlet(name: str | None) -> str | None:
    """One name per listed outlet: `KOMPAS.COM`, `kompas.com` and `Kompas` are `Kompas.com`. An
    unlisted name stays as written; `unify_outlets` then gives all its spellings one form."""
    if not name or not name.strip(" .,-"):
        return None
    cleaned = " ".join(name.strip(" .,-").split())
    forms, hosts = _outlet_table()
    if cleaned.lower() in forms:
        return forms[cleaned.lower()]
    if len(cleaned) >= 6 and (close := _misspelt_outlet(cleaned.lower())):
        return close
    if re.fullmatch(DOMAIN, cleaned):
        return outlet_of_host(cleaned) or cleaned
    return cleaned


def _misspelt_outlet(written: str) -> str | None:
    """A listed outlet one typo away (`ANTARA Bews`, `JUUARA.net`)."""
    from rapidfuzz import fuzz, process

    forms = _outlet_table()[0]
    found = process.extractOne(written, [f for f in forms if len(f) >= 6], scorer=fuzz.ratio, score_cutoff=88)
    return forms[found[0]] if found else None


def outlet_of_host(host: str) -> str | None:
    """The listed outlet whose web host is `host` or one of its parents (`nasional.kompas.com`)."""
    labels = host.lower().removeprefix("www.").split(".")
    hosts = _outlet_table()[1]
    for index in range(len(labels) - 1):
        if ".".join(labels[index:]) in hosts:
            return hosts[".".join(labels[index:])]
    return None


def _is_known_outlet(name: str) -> bool:
    return " ".join(name.split()).lower() in _outlet_table()[0]


def _is_outlet(name: str) -> bool:
    if re.fullmatch(DOMAIN, name) or _is_known_outlet(name):
        return True
    words = name.lower().split()
    return bool(words) and name.upper() == name and any(w in word_set("media_words.txt") for w in words)


def _is_place(name: str) -> bool:
    return bool(re.fullmatch(PLACE, name)) and not re.search(r"\d", name)


def normal_place(name: str | None) -> str | None:
    """A dateline written in capitals in title case (`NEW YORK` -> `New York`), so one city is one value."""
    if name is None or name != name.upper():
        return name
    return " ".join(word.capitalize() for word in name.split())


def _split_two_parts(first: str, second: str) -> tuple[str | None, str | None, date | None] | None:
    """(city, outlet, date) of `first, second -` when the pair is a dateline, else None."""
    first_date, second_date = parse_date(first), parse_date(second)
    if second_date and (_is_outlet(first) or _is_place(first)):
        return (None, first, second_date) if _is_outlet(first) else (first, None, second_date)
    if _is_outlet(first) and _is_place(second) and not _is_known_outlet(second):
        return second, first, None
    if _is_place(first) and _is_outlet(second):
        return first, second, None
    if first_date is None and _is_place(first) and second.upper() == second and len(second.split()) <= 3:
        return first, second, None
    return None


def _match_dateline(line: str) -> tuple[str | None, str | None, date | None, int] | None:
    if (match := CITY_PAREN_OUTLET.match(line)) and _is_place(match["city"]):
        return match["city"], match["outlet"].strip(), None, match.end()
    if (match := TWO_PART.match(line)) and len(match.group(0)) <= 80 \
            and (parts := _split_two_parts(match["first"].strip(), match["second"].strip())) is not None:
        return *parts, match.end()  # two parts that are no place and outlet may be an outlet's lead: `X.net - A, B U - 22`
    if (match := CITY_DOT_OUTLET.match(line)) and _is_place(city := match["city"].rstrip(".")):
        return city, match["outlet"], None, match.end()
    if (match := OUTLET_DASH.match(line)) and _is_outlet(match["outlet"].strip()):
        return None, match["outlet"].strip(), None, match.end()
    if (match := CITY_DASH.match(line)) and _is_place(match["city"]) and len(match["city"]) <= 30:
        if match["outlet"] or match["city"].isupper() or len(match["city"].split()) == 1:
            return match["city"], match["outlet"], None, match.end()
    return None


def parse_dateline(line: str) -> tuple[str | None, str | None, date | None, int] | None:
    """(dateline city, outlet, date, length of the prefix) for a body line opening with a dateline."""
    parsed = _match_dateline(line)
    if parsed is None:
        return None
    city, outlet, published, end = parsed
    if published is None and (date_match := match_date_prefix(line[end:])):
        published = parse_date(date_match.group(0))
        rest = line[end + date_match.end() :]
        end += date_match.end() + len(rest) - len(rest.lstrip(" ,"))
    return city, outlet, published, end


def _header_lines(text: str) -> list[tuple[int, str]]:
    """The first non-blank lines with their offsets."""
    lines, offset = [], 0
    for line in text.split("\n"):
        # A line without a letter or digit (a stray `\\` of a crawl) is noise between title and lead.
        if re.search(r"\w", line):
            lines.append((offset, line))
        offset += len(line) + 1
        if len(lines) >= HEADER_LINES:
            break
    return lines


def _read_url_lines(header: Header, lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Leading source-URL lines (crawled files start with them): their host names the outlet and
    their path often the date. They are boilerplate, never a title."""
    while lines and (match := URL_LINE.match(lines[0][1])):
        if header.outlet is None:
            header.outlet = outlet_of_host(match["host"]) or match["host"].lower().removeprefix("www.")
            header.outlet_source = "url"
        found = date_from_url(lines[0][1])
        if found and header.published_date is None:
            header.published_date, header.date_source = found, "url"
        header.body_start = lines[0][0] + len(lines[0][1])
        lines = lines[1:]
    return lines


def _set_date(header: Header, value: date | None, source: str) -> None:
    if value is not None and header.published_date is None:
        header.published_date, header.date_source = value, source


def parse_header(text: str) -> Header:
    """Title, byline, dateline and date of an article, and where its body starts."""
    header = Header(boilerplate=find_boilerplate(text))
    lines = _read_url_lines(header, _header_lines(text))
    index = 0
    if lines and parse_dateline(lines[0][1]) is None and _looks_like_title(text, lines):
        start, first = lines[0]
        header.title = first.strip()
        header.body_start = start + len(first)
        index = 1
    while index < len(lines):
        start, line = lines[index]
        byline = BYLINE.match(line) or LABELLED_BYLINE.match(line)
        standalone_date = parse_date(line)
        if byline:
            header.author = byline["author"].strip()
            if header.outlet is None and byline.groupdict().get("outlet"):
                header.outlet, header.outlet_source = byline["outlet"], "byline"
        elif standalone_date:
            _set_date(header, standalone_date, "header")
        else:
            break
        header.body_start = start + len(line)
        index += 1
    if index < len(lines):
        start, line = lines[index]
        parsed = parse_dateline(line)
        if parsed:
            city, outlet, published, length = parsed
            header.dateline = normal_place(city)
            if outlet:
                header.outlet, header.outlet_source = outlet, "dateline"
            _set_date(header, published, "dateline")
            header.body_start = start + length
        elif header.body_start:
            header.body_start = start
    if header.outlet is None and (blurb := _outlet_of_blurb(text, header.boilerplate)):
        header.outlet, header.outlet_source = blurb, "blurb"
    if header.outlet is None and (reporting := _own_reporting_outlet(text, header.body_start)):
        header.outlet, header.outlet_source = reporting, "own_reporting"  # a collection's folder may still name it
    header.outlet = canonical_outlet(header.outlet)
    header.outlet_source = header.outlet_source if header.outlet else None
    header.author = header.author or _author_of_credits(text, header.boilerplate)
    if header.published_date is None:
        _set_date(header, *date_from_body(text[header.body_start :], context=header.title or ""))
    return header


WRITER_ROLES = word_set("person_roles.txt") | {title[0] for title in phrase_set("titles.txt")}


def _author_of_credits(text: str, boilerplate: list[dict]) -> str | None:
    """The writer a text names after its header: a credits line, else its closing line (a reporter's name in
    brackets, or an opinion piece's line on its writer whose description opens with a role, a title or a degree)."""
    found = None
    for span in boilerplate:
        if span["kind"] == "credits" and (credited := CREDITED_AUTHOR.match(text[span["start"]:span["end"]])):
            found = credited["author"].strip()
            break
    last = _last_body_line(text, boilerplate)
    if found is None and (bracket := CLOSING_BRACKET_AUTHOR.search(last)):
        found = bracket["author"]
    if found is None and (writer := WRITER_LINE.match(last)) and _describes_writer(writer["role"]):
        found = writer["author"]
    return None if found is None or found.lower() in _outlet_table()[0] else found  # `(Antara / abc)`: the source


def _last_body_line(text: str, boilerplate: list[dict]) -> str:
    """The text's last line that is no boilerplate (`Simak juga Video: ...` after an opinion's closing line)."""
    furniture = {span["start"] for span in boilerplate}
    end = len(text.rstrip())
    while end > 0:
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        if line.strip() and start + len(line) - len(line.lstrip()) not in furniture:
            return line.strip()
        end = len(text[:max(start - 1, 0)].rstrip())
    return ""


def _describes_writer(role: str) -> bool:
    """`Dosen di ...`, `Ph.D. Peneliti ...`, `S.Si.,M.M., Kepala ...`: a role, a title or academic degrees open it."""
    first = re.split(r"[\s,]+", role)[0]
    return first.lower() in WRITER_ROLES or written_degree(first)


def _outlet_of_blurb(text: str, boilerplate: list[dict]) -> str | None:
    """The outlet an article's self-description footer names (`Kabar.id adalah portal berita ...`),
    for articles whose lead does not name it."""
    for span in boilerplate:
        if span["kind"] == "outlet_blurb":
            return text[span["start"] : span["end"]].split()[0]
    return None


def _looks_like_title(text: str, lines: list[tuple[int, str]]) -> bool:
    start, first = lines[0]
    stripped = first.strip()
    if len(lines) < 2 or len(stripped) > MAX_TITLE_CHARS or len(stripped.split()) > MAX_TITLE_WORDS:
        return False
    ends_like_a_sentence = stripped.endswith((".", ",", ";", ":")) and not stripped.endswith(("...", "…"))
    if ends_like_a_sentence or boilerplate_kind(stripped):
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
    scores = {lang: sum(map(vocab.__contains__, words)) for lang, vocab in _language_words().items()}
    best = max(scores, key=lambda lang: (scores[lang] + (0.5 if lang == "id" else 0)))
    if scores[best] < max(2, len(words) * 0.05):
        return "und"
    if best == "ms" and scores["ms"] < scores["id"] * 0.1:
        return "id"
    if best == "id" and scores["ms"] > scores["id"] * 0.3:
        return "ms"
    return best


def unify_outlets(documents: pl.DataFrame) -> pl.DataFrame:
    """Collection-wide: every spelling of an unlisted outlet (`KabarKota.com`, `KABARKOTA.COM`) becomes
    its most frequent one in the collection (ties: the first in sort order), so one outlet is one value."""
    key = pl.col("outlet").str.to_lowercase()
    forms = (documents.filter(pl.col("outlet").is_not_null()).group_by(key.alias("key"), "outlet").len()
             .sort(["key", "len", "outlet"], descending=[False, True, False]).unique("key", keep="first")
             .select("key", pl.col("outlet").alias("unified")))
    return (documents.with_columns(key.alias("key")).join(forms, on="key", how="left")
            .with_columns(outlet=pl.col("unified")).drop("key", "unified").select(documents.columns))


def outlet_from_folders(documents: pl.DataFrame) -> pl.DataFrame:
    """A document whose header and footer name no outlet takes the one its input folder is named after
    (`detik/2025/x.txt`: the first folder of its path, when data/outlets.tsv lists it as an outlet's form or host):
    collections are often kept one folder per outlet, and the keeper's folder outweighs the body's own reporting."""
    forms, hosts = _outlet_table()
    folder = pl.col("source_path").str.split("/")  # relative to the input folder, POSIX-style
    named = (pl.when(folder.list.len() > 1).then(folder.list.first().str.to_lowercase())
             .replace_strict({**hosts, **forms}, default=None, return_dtype=pl.String))
    replaceable = (pl.col("outlet").is_null() | (pl.col("outlet_source") == "own_reporting")) & pl.col("named").is_not_null()
    return documents.with_columns(named.alias("named")).with_columns(
        outlet_source=pl.when(replaceable).then(pl.lit("folder")).otherwise(pl.col("outlet_source")),
        outlet=pl.when(replaceable).then(pl.col("named")).otherwise(pl.col("outlet")),
    ).drop("named")


@lru_cache(maxsize=1)
def _own_reporting_pattern() -> tuple[re.Pattern, frozenset[str]]:
    """The cues of own_outlet_cues.txt before a listed outlet's name (`Pantauandetikcom`: a crawl glued them), and the
    listed forms written in lower case (`detikcom`, `kumparan`): any other must be capitalised (not `kepada suara`)."""
    forms = _outlet_table()[0]
    cues = "|".join(re.escape(c).replace(r"\ ", r"\s+") for c in sorted(word_set("own_outlet_cues.txt"), key=len, reverse=True))
    names = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    written = {form for _, row, _ in _rows("outlets.tsv") for form in row.split("|")}
    lower = frozenset(f.lower() for f in written if f[:1].islower())
    return re.compile(rf"\b(?:{cues})\s*(?:tim\s+)?(?P<outlet>{names})(?![\w-])", re.IGNORECASE), lower


def _own_reporting_outlet(text: str, body_start: int) -> str | None:
    """The listed outlet the body says watched, asked or was sent something (`Pantauan detikcom`, `saat dihubungi
    Kabarwarta`, `kepada Lintas.com`: data/own_outlet_cues.txt, 97.5 % the lead's own outlet where the corpus's leads
    name one), for a document whose header and footer name none; the outlet such words name most, none on a tie."""
    pattern, lower = _own_reporting_pattern()
    forms = _outlet_table()[0]
    named = Counter(forms[match["outlet"].lower()] for match in pattern.finditer(text, body_start)
                    if match["outlet"][0].isupper() or match["outlet"].lower() in lower).most_common(2)
    return named[0][0] if named and (len(named) == 1 or named[0][1] > named[1][1]) else None


# A year-less dated weekday's year from the collection: the fitting year must be carried by this many dated documents of
# the outlet (or of the whole collection, for an outlet with fewer dated ones) and by this many times more than the next
# fitting year. Weekdays repeat on a date every 5, 6 or 11 years, so a collection spanning a few years leaves one year.
MIN_DATED_FOR_YEAR = 5
YEAR_LEAD = 3
YEARS_BESIDE_OUTLET = 1  # a year the outlet's dated documents do not carry counts only this close to theirs


def date_from_collection(documents: pl.DataFrame) -> pl.DataFrame:
    """Collection-wide: a document with no date whose lead dates its day without the year (`Kamis (22/2)`, no fitting year
    named in the text) takes the year, among those on which that day falls on that weekday, that the collection's dated
    documents carry most (those of its outlet when it has MIN_DATED_FOR_YEAR of them; when they carry no fitting year that
    often, the whole collection's, for a year next to the outlet's), when that year clearly leads (YEAR_LEAD times the
    next); `date_source` says `weekday_year_collection`. Otherwise the date stays null."""
    dated = documents.filter(pl.col("published_date").is_not_null()).select("outlet", year=pl.col("published_date").dt.year())
    if dated.is_empty():
        return documents
    everywhere = dict(dated.group_by("year").len().iter_rows())
    by_outlet: dict[str, dict[int, int]] = {}
    for outlet, year, count in dated.filter(pl.col("outlet").is_not_null()).group_by("outlet", "year").len().iter_rows():
        by_outlet.setdefault(outlet, {})[year] = count
    undated = documents.filter(pl.col("published_date").is_null()).select("doc_id", "outlet", "text", "body_start")
    found = {}
    for doc_id, outlet, text, body_start in undated.iter_rows():
        own = by_outlet.get(outlet, {})
        own = own if sum(own.values()) >= MIN_DATED_FOR_YEAR else everywhere
        span = [year for year, count in own.items() if count >= MIN_DATED_FOR_YEAR] if own is not everywhere else []
        for weekday, month, day in yearless_weekday_dates(text[body_start:]):
            year = _leading_year(own, weekday, month, day)
            if year is None and span and not any(own[y] >= MIN_DATED_FOR_YEAR for y in years_fitting(weekday, month, day, own)):
                # the outlet's dated documents carry no fitting year: the collection's leading one, if it lies next to
                # the outlet's years (an outlet's dated documents span a few; a distant year is an earlier event's day)
                year = _leading_year(everywhere, weekday, month, day)
                year = year if year is not None and min(span) - YEARS_BESIDE_OUTLET <= year <= max(span) + YEARS_BESIDE_OUTLET else None
            if year is not None:
                found[doc_id] = date(year, month, day)
                break
    if not found:
        return documents
    filled = pl.DataFrame({"doc_id": list(found), "collection_date": list(found.values())},
                          schema={"doc_id": pl.String, "collection_date": pl.Date})
    return (documents.join(filled, on="doc_id", how="left")
            .with_columns(date_source=pl.when(pl.col("collection_date").is_not_null())
                          .then(pl.lit("weekday_year_collection")).otherwise(pl.col("date_source")),
                          published_date=pl.coalesce("published_date", "collection_date"))
            .select(documents.columns))


def _leading_year(counts: dict[int, int], weekday: int, month: int, day: int) -> int | None:
    """The year on which that day falls on that weekday that the dated documents `counts` carry clearly most (at least
    MIN_DATED_FOR_YEAR of them, YEAR_LEAD times the next fitting year), None when none does; only years the dated
    documents carry can lead: a fitting year none carries counts 0, as no year at all."""
    ranked = sorted(((counts[year], year) for year in years_fitting(weekday, month, day, counts)), reverse=True)
    if ranked and ranked[0][0] >= MIN_DATED_FOR_YEAR and ranked[0][0] >= YEAR_LEAD * (ranked[1][0] if len(ranked) > 1 else 0):
        return ranked[0][1]
    return None


def extract_documents(articles: pl.DataFrame) -> pl.DataFrame:
    """articles (doc_id, source_path, text, encoding, content_hash) -> the documents table."""
    headers = [parse_header(t) for t in articles["text"]]
    return DOCUMENTS.conform(
        articles.with_columns(
            title=pl.Series([h.title for h in headers], dtype=pl.String),
            author=pl.Series([h.author for h in headers], dtype=pl.String),
            outlet=pl.Series([h.outlet for h in headers], dtype=pl.String),
            outlet_source=pl.Series([h.outlet_source for h in headers], dtype=pl.String),
            dateline=pl.Series([h.dateline for h in headers], dtype=pl.String),
            published_date=pl.Series([h.published_date for h in headers], dtype=pl.Date),
            date_source=pl.Series([h.date_source for h in headers], dtype=pl.String),
            body_start=pl.Series([h.body_start for h in headers], dtype=pl.Int64),
            boilerplate=pl.Series([h.boilerplate for h in headers], dtype=DOCUMENTS.column("boilerplate").dtype),
            language=pl.Series([detect_language(t) for t in articles["text"]], dtype=pl.String),
            n_chars=pl.col("text").str.len_chars().cast(pl.Int64),
        )
    )
