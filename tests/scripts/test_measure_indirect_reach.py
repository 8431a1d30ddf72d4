"""scripts/measure_indirect_reach.py on invented sentences."""

import importlib.util

from tests.conftest import REPO

spec = importlib.util.spec_from_file_location("measure_indirect_reach", REPO / "scripts" / "measure_indirect_reach.py")
reach = importlib.util.module_from_spec(spec)
spec.loader.exec_module(reach)

VERBS = {"menilai": ("nilai", "men", "any", "object_verb"), "mengatakan": ("kata", "men", "any", "free")}
ADVERBS = frozenset({"juga"})


def test_the_verb_after_a_subject_and_what_follows_it():
    assert reach.reported_verb("Rina juga menilai bahwa pasar pulih.", VERBS, ADVERBS) == ("menilai", "bahwa")
    assert reach.reported_verb("Ia mengatakan, pasar pulih.", VERBS, ADVERBS) == ("mengatakan", "comma")
    assert reach.reported_verb("Ketua RT itu menilai kinerja dinas.", VERBS, ADVERBS) == ("menilai", "word")
    assert reach.reported_verb("Warga sekitar menilai kinerja dinas.", VERBS, ADVERBS) is None  # no subject word


def test_a_sentence_with_the_verb_and_no_quote_is_a_miss():
    texts = {"a.txt": "Judul\n\nRina Sari mengatakan bahwa harga beras turun pekan depan. Dodi menilai rapat itu.\n"}
    hits, misses, follows, shown = reach.measure(texts, examples=1)
    assert hits["mengatakan"] == 1 and misses["menilai"] == 1 and follows["menilai", "word"] == 1
    assert shown["menilai"] == ["Dodi menilai rapat itu."]
