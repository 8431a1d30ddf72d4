"""Raw file bytes to decoded article texts, or to quarantine rows with a reason.

Input frame (built by flows from the files, FILES_SCHEMA): source_path, size, modified_at, raw (bytes,
null when the file was not read: over the size limit, or a problem), problem (a quarantine reason
found while reading, such as `unreadable`, else null) and problem_detail.
"""

from __future__ import annotations

import codecs
import hashlib
import re

import polars as pl

from transforms.schemas import QUARANTINE, TIMESTAMP

FILES_SCHEMA = {"source_path": pl.String, "size": pl.Int64, "modified_at": TIMESTAMP, "raw": pl.Binary,
                "problem": pl.String, "problem_detail": pl.String}

BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# C0 controls other than tab, newline, vertical tab, form feed and carriage return.
CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
BINARY_CONTROL_SHARE = 0.01
LINE_BREAKS = re.compile(r"\r\n?|\u2028|\u2029|\x85")

DECODED_SCHEMA = {
    "source_path": pl.String,
    "size": pl.Int64,
    "seen_at": TIMESTAMP,
    "text": pl.String,
    "encoding": pl.String,
    "reason": pl.String,
    "detail": pl.String,
}


def decode_bytes(raw: bytes) -> tuple[str | None, str, str | None, str | None]:
    """(text, encoding, quarantine reason, detail) for one file's bytes."""
    if not raw.strip():
        return None, "", "empty", "the file is empty or holds only white space"
    for bom, encoding in BOMS:
        if raw.startswith(bom):
            try:
                return raw.decode(encoding), encoding, None, None
            except UnicodeDecodeError as error:
                return None, encoding, "undecodable", f"starts with a {encoding} byte-order mark but {error.reason}"
    if b"\x00" in raw:
        return None, "", "binary", "holds NUL bytes: not a text file"
    try:
        text, encoding = raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        text, encoding = _decode_legacy(raw)
        if text is None:
            return None, "", "undecodable", "not UTF-8, and no single-byte encoding fits"
    if len(CONTROL.findall(text)) > BINARY_CONTROL_SHARE * len(text):
        return None, encoding, "binary", "more than 1% control characters: not a text file"
    return text, encoding, None, None


# Latin-script single-byte encodings a newsroom's Windows or Unix tools write, most likely first.
# They are tried on their own first: on short texts charset-normalizer's open ranking prefers
# look-alikes (`mac_latin2`, `cp1250`) that turn `é` into `ť` and `Ñ` into `Ń`.
PREFERRED_LEGACY = ["cp1252", "latin_1", "iso8859_15"]


def _decode_legacy(raw: bytes) -> tuple[str | None, str]:
    from charset_normalizer import from_bytes

    latin = from_bytes(raw, cp_isolation=PREFERRED_LEGACY).best()
    other = from_bytes(raw).best()
    best = latin if latin is not None and (other is None or latin.percent_chaos <= other.percent_chaos) else other
    if best is None:
        return None, ""
    return str(best), best.encoding


def normalise_text(text: str) -> str:
    """Line endings to `\\n`; nothing else changes, so offsets match the file's characters."""
    return LINE_BREAKS.sub("\n", text)


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def decode_files(files: pl.DataFrame, max_bytes: int) -> pl.DataFrame:
    """Decode every file; rows that cannot become documents carry a quarantine reason."""
    rows = []
    columns = ("source_path", "size", "modified_at", "raw", "problem", "problem_detail")
    for path, size, modified_at, raw, problem, problem_detail in files.select(columns).iter_rows():
        text, encoding, reason, detail = None, "", None, None
        if problem is not None:
            reason, detail = problem, problem_detail
        elif size > max_bytes or raw is None:
            reason, detail = "too_large", f"{size:,} bytes is over the limit of {max_bytes:,} bytes"
        else:
            text, encoding, reason, detail = decode_bytes(raw)
            if text is not None:
                text = normalise_text(text)
                if not text.strip():
                    text, reason, detail = None, "empty", "the text holds only white space"
        rows.append((path, size, modified_at, text, encoding, reason, detail))
    return pl.DataFrame(rows, schema=DECODED_SCHEMA, orient="row")


def assign_doc_ids(decoded: pl.DataFrame) -> pl.DataFrame:
    """doc_id and content_hash from the text; a later copy of the same text becomes a duplicate."""
    hashes = [text_hash(t) if t is not None else None for t in decoded["text"]]
    with_ids = decoded.with_columns(
        content_hash=pl.Series(hashes, dtype=pl.String),
    ).with_columns(doc_id=pl.col("content_hash").str.slice(0, 16))
    first_path = (
        with_ids.filter(pl.col("reason").is_null())
        .sort("source_path")
        .group_by("doc_id", maintain_order=True)
        .agg(first_path=pl.col("source_path").first())
    )
    return (
        with_ids.join(first_path, on="doc_id", how="left")
        .with_columns(
            is_duplicate=pl.col("reason").is_null() & (pl.col("source_path") != pl.col("first_path")),
        )
        .with_columns(
            reason=pl.when("is_duplicate").then(pl.lit("duplicate")).otherwise("reason"),
            detail=pl.when("is_duplicate")
            .then(pl.format("same text as {}", pl.col("first_path")))
            .otherwise("detail"),
        )
        .drop("first_path", "is_duplicate")
    )


def select_articles(identified: pl.DataFrame) -> pl.DataFrame:
    """The rows that become documents."""
    return identified.filter(pl.col("reason").is_null()).select(
        "doc_id", "source_path", "text", "encoding", "content_hash"
    )


def select_quarantine(identified: pl.DataFrame) -> pl.DataFrame:
    """The rows set aside, in the quarantine table's shape."""
    return QUARANTINE.conform(identified.filter(pl.col("reason").is_not_null()))
