"""Which quote rule fires: each case builds one document's context and runs one pass over it."""

import pytest

from transforms.quotes.context import QuoteContext
from transforms.quotes.marked import marked_quotations
from transforms.quotes.reported import reported_speech
from transforms.quotes.rules import QUOTE_RULES as REGISTRY
from transforms.schemas import QUOTE_RULES
from transforms.sentences import sentence_spans


def context(text: str) -> QuoteContext:
    return QuoteContext(text, [], 0, sentence_spans(text))


def test_the_registry_lists_every_allowed_rule_in_order():
    assert tuple(REGISTRY) == QUOTE_RULES


@pytest.mark.parametrize("text, rule", [
    ("“Jembatan itu selesai tahun ini,” kata Tono Raharjo.", "direct_post_cue"),
    ("“Jembatan itu selesai tahun ini,” ia menambahkan.", "direct_post_subject"),
    ("“Jembatan itu selesai tahun ini!” ia memposting pada hari Sabtu.", "direct_post_subject"),  # any meN- verb there
    ("Rina menegaskan, “Kami siap membangun pasar.”", "direct_pre_cue"),
    ("Rina berjanji untuk “membangun ulang pasar”.", "mixed_fragment"),
])
def test_marked_quotations(text, rule):
    doc = context(text)
    marked_quotations(doc)
    assert [q.method for q in doc.quotes] == [rule]


def test_a_second_verb_after_a_quotations_cue_adds_the_speakers_next_statement():
    doc = context("“Kami siap membantu,” kata Rina Sari, menambahkan bahwa pasar induk dibuka besok pagi.")
    marked_quotations(doc)
    assert [q.method for q in doc.quotes] == ["direct_post_cue", "indirect_added_cue"]
    added = doc.quotes[1]
    assert doc.text[added.start:added.end] == "pasar induk dibuka besok pagi"
    assert (added.speaker_start, added.speaker_end) == (doc.quotes[0].speaker_start, doc.quotes[0].speaker_end)


@pytest.mark.parametrize("text, rule", [
    ("Pasar dibuka besok pagi untuk semua warga. Hal tersebut dikatakan Rina Sari.", "indirect_passive"),
    ("Kata Rina Sari, harga beras akan turun bulan depan.", "indirect_cue_opener"),
    ("Harga beras naik tajam pekan ini, kantor berita Lintas mengutip pernyataan Rina Sari.", "indirect_quoting_source"),
    ("Harga beras, kata Rina Sari, akan turun bulan depan.", "indirect_inside_cue"),
    ("Harga beras akan turun bulan depan, kata Rina Sari.", "indirect_post_cue"),
    ("Rina Sari mengatakan bahwa harga beras akan turun bulan depan.", "indirect_pre_cue"),
    ("Harga beras akan turun bulan depan, Lintas melaporkan.", "indirect_post_subject"),
    ("Menurut Rina Sari, harga beras akan turun bulan depan.", "indirect_according"),
    ("Warga menyambut pernyataan Bupati Rina Sari bahwa pasar induk dibuka besok pagi.", "indirect_noun_cue"),
])
def test_reported_speech_sieves(text, rule):
    doc = context(text)
    reported_speech(doc)
    assert [q.method for q in doc.quotes] == [rule]


def test_a_speakers_apposition_closing_the_sentence_makes_the_cue_a_post_cue():
    doc = context("Harga beras akan turun bulan depan, kata juru bicara Dinas Pangan di Sukamaju, Rina Sari.")
    reported_speech(doc)
    assert [(q.method, doc.text[q.start:q.end]) for q in doc.quotes] == [
        ("indirect_post_cue", "Harga beras akan turun bulan depan")]


def test_a_lead_sentence_opened_by_the_dateline_quotes_from_where_the_body_starts():
    text = "Sukamaju (Lintas) - Harga beras akan turun bulan depan, kata Rina Sari."
    body_start = text.index("Harga")
    doc = QuoteContext(text, [], body_start, sentence_spans(text))
    reported_speech(doc)
    assert [doc.text[q.start:q.end] for q in doc.quotes] == ["Harga beras akan turun bulan depan"]
