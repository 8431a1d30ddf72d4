import polars as pl
import pytest

from transforms.name_model import (CLUSTER_GRAINS, SPANS_SCHEMA, _word_classes, _word_clusters, context_features, score_spans,
                                   span_contexts, spans_in_text, text_features)


def read(text: str, span: str) -> dict:
    start = text.index(span)
    return score_spans(spans_in_text(text, [(start, start + len(span))])).row(0, named=True)


@pytest.mark.parametrize("text, span, expected", [
    ("Menurut Rina Kartika, harga cabai turun pekan ini.", "Rina Kartika", "PERSON"),
    ("Ia bergabung dengan PT Sinar Mandiri Abadi tahun lalu.", "PT Sinar Mandiri Abadi", "ORG"),
    ("Semoga hujan reda besok pagi, kata warga.", "Semoga", "none"),  # a sentence-initial common word
    ("Pasal 12 undang-undang itu mengatur sanksi.", "Pasal", "none"),
    ("Harga emas naik menjadi US$ 2.000 per ons.", "US", "none"),  # a currency prefix
])
def test_spans_are_read_as_names_of_a_type_or_as_no_name(text, span, expected):
    scored = read(text, span)
    assert scored["model_type"] == expected
    assert scored["probability"] > 0.5


def test_probabilities_of_the_four_labels_sum_to_one():
    scored = read("Menurut Rina Kartika, harga cabai turun pekan ini.", "Rina Kartika")
    assert sum(scored[f"p_{label}"] for label in ("none", "person", "org", "loc")) == pytest.approx(1.0)
    assert scored["probability"] == scored["p_person"]


def test_the_words_around_a_span_change_its_reading():
    assert read("Menurut Rina Kartika, harga cabai turun.", "Rina")["p_none"] > read("Menurut Rina, harga cabai turun.", "Rina")["p_none"]


def test_the_second_word_before_a_span_and_after_it_are_features():
    # `Presiden Sukamaju | Tono`: the word before a name can be the office's place, the word before that its office
    text = "Kata Presiden Sukamaju Tono Wirawan, kemarin sore."
    start = text.index("Tono")
    contexts = span_contexts(spans_in_text(text, [(start, start + len("Tono Wirawan"))]))
    features = set(context_features(contexts)["feature"])
    assert {"p2=presiden", "pp=presiden|sukamaju", "n2=kemarin", "Q:title"} <= features


def test_the_classes_of_the_words_on_each_side_of_an_edge_are_crossed():
    # a linear model adds features up: `X:title|given` says what `P:title` and `F:given` apart cannot, a title then a name
    text = "Kata Presiden Tono Wirawan, kemarin."
    start = text.index("Tono")
    features = set(context_features(span_contexts(spans_in_text(text, [(start, start + len("Tono Wirawan"))])))["feature"])
    assert {"X:title|given", "P:title"} <= features


def test_spans_alike_but_for_the_second_word_before_are_each_read_in_their_own_context():
    text = "Kata ketua Rina, kemarin. Ujar ketua Rina, kemarin."
    first, second = text.index("Rina"), text.rindex("Rina")
    scores = score_spans(spans_in_text(text, [(first, first + 4), (second, second + 4)]))
    assert scores.height == 2


def test_no_spans_give_an_empty_frame():
    assert score_spans(pl.DataFrame(schema=SPANS_SCHEMA)).height == 0


def test_how_the_news_corpus_writes_a_word_is_a_feature():
    classes = {(word, name) for word, name in _word_classes().iter_rows()}
    assert ("kuliner", "lowcase") in classes and ("forum", "mixcase") in classes  # 93% and 54% in lower case


def test_other_countries_first_names_are_a_class_but_not_the_corpus_vocabulary():
    classes = {(word, name) for word, name in _word_classes().iter_rows()}
    assert ("matteo", "world") in classes and ("brigitte", "world") in classes  # Faker's lists (world_given_names.txt)
    assert ("bunga", "world") not in classes  # a first name somewhere, a flower in the corpus's sentences


def test_a_one_word_span_s_letter_trigrams_are_features_and_a_longer_span_has_none():
    features = text_features(pl.Series(["Nusaku", "Rina Kartika"]))
    trigrams = features.filter(pl.col("feature").str.starts_with("c3="))
    assert set(trigrams["row"]) == {0}
    assert set(trigrams["feature"]) == {"c3=^nu", "c3=nus", "c3=usa", "c3=sak", "c3=aku", "c3=ku$"}


def test_a_word_s_clusters_are_features_of_the_span_and_of_the_words_around_it():
    # word_clusters.tsv (scripts/mine_word_clusters.py): one cluster per grain for a word of the news's vocabulary
    clusters = dict(_word_clusters().group_by("word").agg("cluster").iter_rows())
    assert len(clusters["aplikasi"]) == len(CLUSTER_GRAINS) and "zzqxw" not in clusters
    text = "Ia mengatakan Aplikasi Wonford kemarin diluncurkan."
    start = text.index("Aplikasi")
    spans = spans_in_text(text, [(start, start + len("Aplikasi Wonford"))])
    features = set(text_features(spans["text"])["feature"]) | set(context_features(span_contexts(spans))["feature"])
    assert {f"CA:{cluster}" for cluster in clusters["aplikasi"]} <= features
    assert not any(feature.startswith("CL:") for feature in features)  # `wonford` is no word of the news: no cluster
    assert {f"CP:{cluster}" for cluster in clusters["mengatakan"]} | {f"CN:{cluster}" for cluster in clusters["kemarin"]} <= features


def test_words_written_in_the_same_company_share_a_cluster_and_names_have_none():
    # mined from the words around each word, not listed: verbs of saying keep the same company, currencies another
    clusters = dict(_word_clusters().filter(pl.col("cluster").str.starts_with(f"{CLUSTER_GRAINS[0]}:")).iter_rows())
    assert clusters["mengatakan"] == clusters["menyatakan"] and clusters["rupiah"] == clusters["dolar"]
    assert clusters["mengatakan"] != clusters["rupiah"]
    # only words the corpus writes in lower case half the time: the file names no person, body or place
    assert "jakarta" not in clusters and "facebook" not in clusters
