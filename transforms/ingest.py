"""Raw file bytes to decoded article texts, or to quarantine rows with a reason.

Input frame (built by flows from the files, FILES_SCHEMA): source_path, size, modified_at, raw (bytes,
null when the file was not read: over the size limit, or a problem), problem (a quarantine reason
found while reading, such as `unreadable`, else null) and problem_detail.
"""

from __future__ import annotations

import codecs
import hashlib
import re
import unicodedata
from typing import NamedTuple

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
    "encoding_confidence": pl.Float64,
    "encoding_warning": pl.String,
    "reason": pl.String,
    "detail": pl.String,
}


class Decoded(NamedTuple):
    """One file's bytes decoded, or the reason they could not be."""

    text: str | None
    encoding: str = ""
    confidence: float = 0.0
    warning: str | None = None
    reason: str | None = None
    detail: str | None = None


# A Unicode encoding that decodes strictly is all but certain; a single-byte one is only plausible.
CERTAIN, PLAUSIBLE = 1.0, 0.9
UNCERTAIN_BELOW = 0.8  # documents decoded with less confidence carry a warning
# UTF-16 without a byte-order mark: Latin text has a NUL high byte in (nearly) every code unit.
UTF16_NUL_SHARE = 0.7
# Latin-script text in cp1252: accented letters are a small part of the letters (cp1251 Cyrillic read
# as cp1252 gives `Ïðèâåò`: all accented), and symbols are typographic ones a newsroom types. A few
# accented letters are always allowed: a short note (`Café è`) has too few letters for a share.
LATIN_ACCENTED_SHARE, LATIN_ACCENTED_ALWAYS = 0.3, 2
TYPOGRAPHIC = set("€£¥¢°±×÷½¼¾·•…‘’‚“”„«»–—¡¿§©®™¶ªº\u00a0")


def decode_bytes(raw: bytes) -> Decoded:
    """The text of one file's bytes, its encoding and how sure that is, or a quarantine reason."""
    if not raw.strip():
        return Decoded(None, reason="empty", detail="the file is empty or holds only white space")
    for bom, encoding in BOMS:
        if raw.startswith(bom):
            try:
                return _checked(Decoded(raw.decode(encoding), encoding, CERTAIN))
            except UnicodeDecodeError as error:
                return Decoded(None, encoding, reason="undecodable",
                               detail=f"starts with a {encoding} byte-order mark but {error.reason}")
    if b"\x00" in raw:
        decoded = _decode_utf16_without_bom(raw)
        if decoded is None:
            return Decoded(None, reason="binary", detail="holds NUL bytes: not a text file")
        return _checked(decoded)
    try:
        return _checked(Decoded(raw.decode("utf-8"), "utf-8", CERTAIN))
    except UnicodeDecodeError:
        pass
    decoded = _decode_legacy(raw)
    if decoded is None:
        return Decoded(None, reason="undecodable", detail="not UTF-8, and no single-byte encoding fits")
    return _checked(decoded)


def _checked(decoded: Decoded) -> Decoded:
    if len(CONTROL.findall(decoded.text)) > BINARY_CONTROL_SHARE * len(decoded.text):
        return Decoded(None, decoded.encoding, reason="binary", detail="more than 1% control characters: not a text file")
    return decoded


def _decode_utf16_without_bom(raw: bytes) -> Decoded | None:
    """UTF-16 text whose NUL bytes fall on one side of every code unit; None when they do not."""
    if len(raw) % 2:
        return None
    units = len(raw) // 2
    for encoding, high_bytes in (("utf-16-le", raw[1::2]), ("utf-16-be", raw[0::2])):
        nul_share = high_bytes.count(0) / units
        if nul_share >= UTF16_NUL_SHARE:
            try:
                text = raw.decode(encoding)
            except UnicodeDecodeError:
                return None
            confidence = round(min(nul_share, PLAUSIBLE), 2)  # never certain without a byte-order mark
            return Decoded(text, encoding, confidence, _warning(encoding, confidence, "UTF-16 without a byte-order mark"))
    return None


def latin_sense(text: str) -> bool:
    """Whether the characters beyond ASCII make sense in Latin-script news text: letters of the
    Latin script (`é`, `ñ`), a minority of all letters, and typographic punctuation (`€`, `–`, `“`)."""
    letters = accented = 0
    for character in text:
        if character.isalpha():
            letters += 1
        if character.isascii():
            continue
        if character.isalpha() and unicodedata.name(character, "").startswith("LATIN"):
            accented += 1
        elif character not in TYPOGRAPHIC:
            return False
    return accented <= max(LATIN_ACCENTED_SHARE * letters, LATIN_ACCENTED_ALWAYS)


# Encodings that give Latin text the same letters as cp1252 in other places (cp1250 reads `è` as
# `č`, cp437 reads `€ –` as `Ç û`): cp1252 is taken whenever its reading makes sense, and only
# text that does not is left to charset-normalizer's open ranking, with a warning.
def _decode_legacy(raw: bytes) -> Decoded | None:
    try:
        text = raw.decode("cp1252")
    except UnicodeDecodeError:
        text = None
    if text is not None and latin_sense(text):
        return Decoded(text, "cp1252", PLAUSIBLE)
    from charset_normalizer import from_bytes

    best = from_bytes(raw).best()
    if best is None:
        return None
    # charset-normalizer's own evidence: little mess (chaos) and letters frequent in some language (coherence).
    confidence = round(min(PLAUSIBLE, (1 - best.chaos) * best.coherence), 2)
    return Decoded(str(best), best.encoding, confidence,
                   _warning(best.encoding, confidence, "not UTF-8, and not Latin text in cp1252"))


def _warning(encoding: str, confidence: float, why: str) -> str | None:
    if confidence >= UNCERTAIN_BELOW:
        return None
    return f"decoded as {encoding} with confidence {confidence:.2f} ({why}): check the text"


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
        if problem is not None:
            decoded = Decoded(None, reason=problem, detail=problem_detail)
        elif size > max_bytes or raw is None:
            decoded = Decoded(None, reason="too_large", detail=f"{size:,} bytes is over the limit of {max_bytes:,} bytes")
        else:
            decoded = decode_bytes(raw)
            if decoded.text is not None:
                decoded = decoded._replace(text=normalise_text(decoded.text))
                if not decoded.text.strip():
                    decoded = Decoded(None, decoded.encoding, reason="empty", detail="the text holds only white space")
        rows.append((path, size, modified_at, *decoded))
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
        "doc_id", "source_path", "text", "encoding", "encoding_confidence", "encoding_warning", "content_hash"
    )


def select_quarantine(identified: pl.DataFrame) -> pl.DataFrame:
    """The rows set aside, in the quarantine table's shape."""
    return QUARANTINE.conform(identified.filter(pl.col("reason").is_not_null()))
