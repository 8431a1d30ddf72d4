import codecs

import polars as pl
import pytest

from tests.conftest import files_frame
from transforms.ingest import assign_doc_ids, decode_bytes, decode_files, latin_sense, normalise_text, select_quarantine

ARTICLE = "Menteri Keuangan mengatakan, “Anggaran naik tahun ini,” katanya di Jakarta."


@pytest.mark.parametrize(
    "raw, encoding",
    [
        (ARTICLE.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + ARTICLE.encode("utf-8"), "utf-8-sig"),
        (ARTICLE.encode("utf-16"), "utf-16"),  # with a byte-order mark
        (codecs.BOM_UTF16_BE + ARTICLE.encode("utf-16-be"), "utf-16"),
        (codecs.BOM_UTF32_LE + ARTICLE.encode("utf-32-le"), "utf-32"),
    ],
)
def test_unicode_files_decode_to_the_same_text(raw, encoding):
    decoded = decode_bytes(raw)
    assert (decoded.text, decoded.encoding, decoded.reason, decoded.confidence) == (ARTICLE, encoding, None, 1.0)


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_byte_order_mark_decodes_exactly(encoding):
    decoded = decode_bytes(("Café è, 5€ – " + ARTICLE).encode(encoding))
    assert (decoded.text, decoded.encoding, decoded.reason) == ("Café è, 5€ – " + ARTICLE, encoding, None)
    assert 0.8 <= decoded.confidence < 1 and decoded.warning is None


@pytest.mark.parametrize(
    "original",
    [
        "Kafe “Ñoño” di Bandung menjual crème brûlée dan kopi — harganya naik 10% pekan ini, kata pemilik kafe itu.",
        "Harga kopi di Medan naik, kata pedagang é café itu kepada wartawan pada hari Senin.",
        "Café è",  # cp1250 reads `č`, cp437 `Θ Φ`
        "5€ –",  # cp437 reads `Ç û`
        "Kopi di Café Bandung, kata Andre, harganya 5€ – naik lagi è.",
    ],
)
def test_a_legacy_single_byte_file_is_read_as_cp1252_when_that_makes_sense(original):
    decoded = decode_bytes(original.encode("cp1252"))
    assert (decoded.text, decoded.encoding, decoded.reason, decoded.warning) == (original, "cp1252", None, None)


@pytest.mark.parametrize(
    "raw, reason",
    [
        (b"", "empty"),
        (b"   \n\t\n", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        (bytes(range(1, 9)) * 40, "binary"),
        (codecs.BOM_UTF8 + b"\xff\xfe\xfa broken", "undecodable"),
    ],
)
def test_files_that_are_not_articles_get_a_reason(raw, reason):
    decoded = decode_bytes(raw)
    assert decoded.text is None and decoded.reason == reason and decoded.detail


@pytest.mark.parametrize("raw, expected", [("a\r\nb", "a\nb"), ("a\rb", "a\nb"), ("a\u2028b", "a\nb"), ("a\nb", "a\nb")])
def test_line_endings_become_newlines(raw, expected):
    assert normalise_text(raw) == expected


def test_oversized_unreadable_and_duplicate_files_are_quarantined_and_the_first_copy_kept():
    body = ARTICLE.encode()
    files = files_frame([
        ("b/copy.txt", len(body), body, None),
        ("a/original.txt", len(body), body, None),
        ("big.txt", 10**9, None, None),
        ("locked.txt", 0, None, "could not be read: Permission denied"),
    ])
    identified = assign_doc_ids(decode_files(files, max_bytes=1000))
    quarantine = select_quarantine(identified)
    reasons = dict(quarantine.select("source_path", "reason").iter_rows())
    assert reasons == {"b/copy.txt": "duplicate", "big.txt": "too_large", "locked.txt": "unreadable"}
    assert "a/original.txt" in quarantine.filter(pl.col("reason") == "duplicate")["detail"][0]


def test_doc_id_depends_on_the_text_only():
    one = assign_doc_ids(decode_files(files_frame([("x.txt", 3, b"abc", None)]), 100))
    other = assign_doc_ids(decode_files(files_frame([("elsewhere/y.txt", 3, b"abc", None)]), 100))
    assert one["doc_id"][0] == other["doc_id"][0] and len(one["doc_id"][0]) == 16


def test_a_cyrillic_legacy_file_is_not_forced_into_a_latin_encoding():
    original = "Привет, это новость из Москвы о переговорах и визите президента."
    decoded = decode_bytes(original.encode("cp1251"))
    assert (decoded.text, decoded.encoding, decoded.reason) == (original, "cp1251", None)
    assert not latin_sense(original.encode("cp1251").decode("cp1252"))


def test_a_guessed_encoding_carries_a_warning():
    decoded = decode_bytes("Zażółć gęślą jaźń".encode("cp1250"))
    assert decoded.confidence < 0.8 and "check the text" in decoded.warning
