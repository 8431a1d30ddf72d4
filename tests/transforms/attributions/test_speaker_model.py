import math

import polars as pl

from tests.transforms.attributions.test_attributions import attribute
from transforms.attributions import tables
from transforms.attributions.context import SpeakerContext
from transforms.attributions.speaker_model import FEATURES, Candidate, SpeakerModel, candidates, choose, load_model
from transforms.lexicon import table_rows

TEXT = ("Rina Sari mengatakan harga beras naik. Ia bertemu dengan Budi Santoso di pasar. "
        "“Harga di Pasar Sukamaju turun, kata Dodi Hartono,” ujarnya.")


def _context() -> tuple[SpeakerContext, dict[str, str]]:
    people = {"Rina Sari": "E1", "Budi Santoso": "E2", "Dodi Hartono": "E3"}
    mentions = [(TEXT.index(name), TEXT.index(name) + len(name), entity_id, "PERSON") for name, entity_id in people.items()]
    starts = [0, TEXT.index("Ia bertemu"), TEXT.index("“Harga")]
    quote = (TEXT.index("“Harga") + 1, TEXT.index(",” ujarnya") + 1)
    return SpeakerContext(TEXT, mentions, starts, [quote], {}), people


def test_candidates_say_where_each_person_stands():
    ctx, people = _context()
    phrase = TEXT.index("nya.")
    quote_start, quote_end = TEXT.index("“Harga") + 1, TEXT.index(",” ujarnya") + 1
    found = {c.entity_id: c.features for c in candidates(ctx, phrase, phrase + 3, quote_start, quote_end, "E1",
                                                         "pronoun_sentence_subject", {})}
    assert set(found) == set(people.values())
    rina, budi, dodi = found["E1"], found["E2"], found["E3"]
    assert rina["proposed"] == rina["proposed_by_sentence_subject"] == rina["speaks"] == 1.0
    assert budi["proposed"] == 0.0 and budi["object"] == 1.0 and "speaks" not in budi
    assert dodi["in_quote"] == dodi["only_in_quote"] == 1.0 and "in_quote" not in rina
    assert rina["pronoun_x_sentence_subject"] == rina["sentence_subject"] == 1.0


def test_choose_takes_the_best_scored_candidate_with_its_softmax_probability():
    found = [Candidate("E1", {"object": 1.0}), Candidate("E2", {"speaks": 1.0, "object": 0.0})]
    entity_id, probability = choose(found, {"object": -1.0, "speaks": 2.0})
    assert entity_id == "E2"
    assert math.isclose(probability, math.exp(2.0) / (math.exp(2.0) + math.exp(-1.0)))


def test_the_committed_weights_name_known_features_and_rules():
    model = load_model()
    assert set(model.weights) <= set(FEATURES)
    assert {key for key, *_ in table_rows("speaker_model.tsv")} - {"decides"} == set(model.weights)
    assert model.decides <= {"pronoun_previous_speaker", "pronoun_sentence_subject", "pronoun_previous_person",
                             "party_reference", "continued_subject", "body_reference"}


def test_a_deciding_model_names_its_rule_and_gives_its_probability(monkeypatch):
    monkeypatch.setattr(tables, "SPEAKER_MODEL", SpeakerModel({"object": 3.0}, frozenset({"pronoun_previous_speaker",
                                                                                          "pronoun_sentence_subject"})))
    entities, _, attributions = attribute("Rina Sari mengatakan harga beras naik. Ia bertemu dengan Budi Santoso di pasar. "
                                          "“Harga beras di pasar itu turun,” ujarnya.")
    row = attributions.filter(pl.col("method").str.ends_with("+speaker_model")).row(0, named=True)
    names = dict(entities.select("entity_id", "name").iter_rows())
    assert names[row["entity_id"]] == "Budi Santoso"  # the weights say so: the object wins
    assert 0.5 < row["confidence"] < 1.0
