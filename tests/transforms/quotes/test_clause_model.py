"""The clause model: where the rules' clause test finds no predicate word after a verb that also takes objects, the
committed weights decide whether the words state something (rule `indirect_clause_model`)."""

import pytest

from tests.transforms.quotes.test_rules import context
from transforms.lexicon import table_rows
from transforms.quotes import clause_model
from transforms.quotes.clause_model import MODEL_FILE, clause_weights, statement_probability
from transforms.quotes.reported import CLAUSE_MODEL_RULE, clause_features, reported_speech

JUDGEMENT = "Rina Sari menilai Rp 4.000 per suara terlalu besar untuk anggaran daerah."


def quotes(text: str) -> list[tuple[str, str]]:
    doc = context(text)
    reported_speech(doc)
    return [(q.method, text[q.start:q.end]) for q in doc.quotes]


@pytest.mark.parametrize("text, statement", [
    (JUDGEMENT, "Rp 4.000 per suara terlalu besar untuk anggaran daerah"),  # a number opens the clause, no predicate word
    ("Rina Sari mengaku punya hubungan dekat dengan klub tersebut sejak lama.",
     "punya hubungan dekat dengan klub tersebut sejak lama"),
])
def test_the_model_reads_a_statement_the_rules_clause_test_misses(text, statement):
    assert quotes(text) == [(CLAUSE_MODEL_RULE, statement)]


@pytest.mark.parametrize("text", [
    "Rina Sari menyampaikan terima kasih kepada warga yang hadir di pasar.",  # thanks: an object
    "Rina Sari melaporkan akun palsu itu ke kantor polisi kemarin sore.",  # a report to the police: an act
    "Rina Sari mengapresiasi kerja keras panitia pasar malam itu.",
])
def test_the_model_leaves_a_verbs_object(text):
    assert quotes(text) == []


def test_without_the_models_yes_the_rules_answer_stands(monkeypatch):
    monkeypatch.setattr(clause_model, "clause_weights", lambda: {"bias": -5.0})
    assert quotes(JUDGEMENT) == []


def test_a_clause_the_rules_read_is_no_business_of_the_model(monkeypatch):
    monkeypatch.setattr(clause_model, "clause_weights", lambda: {"bias": -5.0})
    assert quotes("Rina Sari memastikan harga beras tidak akan naik bulan depan.") == [
        ("indirect_pre_clause", "harga beras tidak akan naik bulan depan")]


def test_features_name_the_verb_the_first_word_and_the_word_classes():
    text = "Rina menilai tidak ada yang salah, kata dia."
    start = text.index(" tidak")
    features = clause_features("menilai", text, start, text.index(", kata"))
    assert {"bias", "cue=menilai", "prev=CAP", "w1=tidak", "c1=NEG", "c2=PRED", "c12=NEG_PRED", "kind=object_verb", "yang3", "len=<6"} <= set(features)
    # the word before the verb: a name's as `CAP` (no name is a feature), a lower-case one as written
    lowered = "Ia juga menilai tidak ada yang salah."
    assert "prev=juga" in clause_features("menilai", lowered, lowered.index(" tidak"), len(lowered))


def test_the_committed_weights_are_of_the_features_the_code_makes():
    weights = clause_weights()
    assert {feature for feature, _ in table_rows(MODEL_FILE)} == set(weights)
    assert all(f == "bias" or f.split("=")[0] in {"cue", "prev", "w1", "c1", "c2", "c3", "c12", "kind", "in2to6", "len"}
               or f in {"untuk6", "yang3", "comma5"} for f in weights)
    assert statement_probability([], {}) == 0.5
