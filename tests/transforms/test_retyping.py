import polars as pl
from tests.conftest import documents_from_texts, named_mention_frames
from transforms import retyping
from transforms.common import stable_id
from transforms.name_model import FIXED_POINT
from transforms.retyping import (MIN_OVERTURN_SHARE, SCORE_COLUMNS, SETTING_COLUMNS, SPAN_KEY, _scores_in_order, mention_spans,
                                 retype_entities, score_mentions)
from transforms.schemas import ENTITIES, MENTION_RETYPING_RULES, MENTION_RULES, MENTIONS, QUOTE_CANDIDATES

# Invented articles: a person, a company the rules typed as a person, a country, and a word that opens sentences
TEXTS = [
    f"Semoga harga beras turun bulan {month}, kata Rina Kartika. Ia bekerja di PT Sinar Mandiri Abadi dan pernah tinggal di Jepang."
    for month in ("ini", "depan", "Juni", "Juli", "Agustus", "September")
]
RULE_TYPES = {"Semoga": "ORG", "Rina Kartika": "PERSON", "PT Sinar Mandiri Abadi": "PERSON", "Jepang": "LOC"}


def frames(names: dict[str, str] = RULE_TYPES, texts: list[str] = TEXTS,
           rule: str = MENTION_RULES[0]) -> tuple[pl.DataFrame, pl.DataFrame, pl.DataFrame]:
    return named_mention_frames(texts, names, rule, every_occurrence=False)


def by_name(entities: pl.DataFrame) -> dict[str, dict]:
    return {row["name"]: row for row in entities.iter_rows(named=True)}


def test_a_word_the_model_reads_as_no_name_leaves_entities_and_mentions():
    entities, mentions = retype_entities(*frames())
    assert "Semoga" not in by_name(entities)
    assert "Semoga" not in mentions["text"].to_list()
    assert set(mentions["entity_id"]) == set(entities["entity_id"])


def test_names_keep_their_type_and_get_a_confidence():
    entities, _ = retype_entities(*frames())
    kept = by_name(entities)
    assert kept["Rina Kartika"]["type"] == "PERSON" and kept["Rina Kartika"]["confidence"] > 0.5
    assert kept["Jepang"]["type"] == "LOC"
    assert all(0.0 <= row["confidence"] <= 1.0 for row in kept.values())
    assert kept["Rina Kartika"]["document_count"] == len(TEXTS)


def test_many_mentions_read_as_another_type_outvote_the_rules_and_mentions_follow():
    entities, mentions = retype_entities(*frames())
    assert by_name(entities)["PT Sinar Mandiri Abadi"]["type"] == "ORG"
    assert mentions.filter(pl.col("text") == "PT Sinar Mandiri Abadi")["type"].unique().to_list() == ["ORG"]


def test_one_doubtful_mention_does_not_outvote_the_rules():
    # the one mention read as a body at 0.45 and as a person at 0.2: the rules' person, weighing RULE_MENTIONS times its
    # reliability, outweighs it
    entities, mentions, documents = frames(texts=TEXTS[:1])
    doubtful = score_mentions(mentions, documents).with_columns(
        p_none=pl.lit(round(0.35 * FIXED_POINT), dtype=pl.Int64), p_person=pl.lit(round(0.2 * FIXED_POINT), dtype=pl.Int64),
        p_org=pl.lit(round(0.45 * FIXED_POINT), dtype=pl.Int64), p_loc=pl.lit(0, dtype=pl.Int64))
    assert 0.2 + retyping.RULE_MENTIONS * retyping.rule_reliability()[0][MENTION_RULES[0]] > 0.45
    assert by_name(retype_entities(entities, mentions, documents, doubtful)[0])["PT Sinar Mandiri Abadi"]["type"] == "PERSON"


def test_a_type_guessed_from_the_shape_alone_yields_to_one_sure_mention():
    texts = ["Rumahnya di kawasan Cibening Baru, Jakarta Selatan, terendam banjir sejak pagi."]
    names = {"Cibening Baru": "PERSON"}

    def type_read_by(rule: str) -> str:  # the model reads a place at 0.6, a person at 0.3
        entities, mentions, documents = frames(names, texts, rule=rule)
        scores = score_mentions(mentions, documents).with_columns(
            p_none=pl.lit(round(0.1 * FIXED_POINT), dtype=pl.Int64), p_person=pl.lit(round(0.3 * FIXED_POINT), dtype=pl.Int64),
            p_org=pl.lit(0, dtype=pl.Int64), p_loc=pl.lit(round(0.6 * FIXED_POINT), dtype=pl.Int64))
        return by_name(retype_entities(entities, mentions, documents, scores)[0])["Cibening Baru"]["type"]

    assert type_read_by("person_by_shape") == "LOC"
    assert 0.3 + retyping.RULE_MENTIONS * retyping.rule_reliability()[0]["person_after_title"] > 0.6
    assert type_read_by("person_after_title") == "PERSON"


def test_a_person_s_shape_alone_gives_no_type_against_the_model_unless_the_text_makes_it_speak_or_describes_it():
    def body_read(texts, rule="person_by_shape"):  # the model reads a body in its one mention, at 0.55
        entities, mentions, documents = frames({"Garuda Rovers": "PERSON"}, texts, rule=rule)
        scores = score_mentions(mentions, documents).with_columns(
            p_none=pl.lit(round(0.35 * FIXED_POINT), dtype=pl.Int64), p_person=pl.lit(round(0.1 * FIXED_POINT), dtype=pl.Int64),
            p_org=pl.lit(round(0.55 * FIXED_POINT), dtype=pl.Int64), p_loc=pl.lit(0, dtype=pl.Int64))
        return entities, mentions, documents, scores

    def type_of(entities, mentions, documents, scores, quotes=None):
        return by_name(retype_entities(entities, mentions, documents, scores, quotes)[0])["Garuda Rovers"]["type"]

    texts = ["Para pemain Garuda Rovers berlatih di lapangan kota sejak pagi, kata Rina Kartika."]  # an invented club
    assert 0.55 < 0.1 + retyping.GUESS_MENTIONS  # a guess's prior would keep the person
    assert type_of(*body_read(texts)) == "ORG"
    # a person read by a role word before it keeps the prior of its guess
    assert type_of(*body_read(texts, rule="person_after_role_word")) == "PERSON"
    # the text makes it speak, or gives it a person's role after a comma: the shape's type counts again
    entities, mentions, documents, scores = body_read(texts)
    assert type_of(entities, mentions, documents, scores, speaker_quotes(mentions, "Garuda Rovers")) == "PERSON"
    assert type_of(*body_read(["Garuda Rovers, pelatih tim kota, berlatih sejak pagi."])) == "PERSON"


def test_a_guess_the_reference_collection_reads_as_a_body_takes_that_type(monkeypatch):
    texts = ["Kemarin Sonara Mekar merilis fitur baru, kata Rina Kartika.", "Sonara Mekar digunakan banyak orang."]
    names = {"Sonara Mekar": "PERSON", "Rina Kartika": "PERSON"}
    reference = pl.DataFrame({"key": ["sonara mekar"], "reference_type": ["ORG"]})
    monkeypatch.setattr(retyping, "_reference_types", lambda: reference)

    def retyped(rule: str) -> dict[str, dict]:
        # the model unsure between a person and a body in every mention, the person a little ahead: the reference's
        # reading, weighing as the rules', decides (fixed scores: any trained model's would move the margin)
        entities, mentions, documents = frames(names, texts, rule=rule)
        scores = score_mentions(mentions, documents).with_columns(
            p_none=pl.lit(round(0.3 * FIXED_POINT)), p_person=pl.lit(round(0.4 * FIXED_POINT)),
            p_org=pl.lit(round(0.3 * FIXED_POINT)), p_loc=pl.lit(0))
        return by_name(retype_entities(entities, mentions, documents, scores)[0])

    guessed = retyped("person_by_shape")
    assert guessed["Sonara Mekar"]["type"] == "ORG" and guessed["Rina Kartika"]["type"] == "PERSON"
    # a name the document itself reads by context keeps its reading
    assert retyped("person_after_title")["Sonara Mekar"]["type"] == "PERSON"


def test_a_name_the_model_mostly_reads_as_no_name_keeps_the_rules_type():
    # the model gives `Sonara` (a club) a little of a person in each of many mentions, and no name most of all
    templates = ("Para pendukung Sonara bersorak di stadion pada laga ke-{n}.", "Suporter Sonara bersorak di stadion pada laga ke-{n}.")
    texts = [templates[n % 2].format(n=n) for n in range(30)]
    entities, mentions, documents = frames({"Sonara": "ORG"}, texts)
    scores = score_mentions(mentions, documents).with_columns(
        p_none=pl.lit(round(0.5 * FIXED_POINT)), p_person=pl.lit(round(0.25 * FIXED_POINT)),
        p_org=pl.lit(round(0.05 * FIXED_POINT)), p_loc=pl.lit(round(0.2 * FIXED_POINT)))
    assert 30 * 0.25 > max(30 * 0.05 + retyping.RULE_MENTIONS, 30 * 0.2) and 0.25 < MIN_OVERTURN_SHARE  # the person's vote wins, thinly
    assert 30 * 0.5 / (30 + retyping.RULE_MENTIONS) < retyping.DROP_NONE  # and `none` does not drop it
    assert by_name(retype_entities(entities, mentions, documents, scores)[0])["Sonara"]["type"] == "ORG"


def test_a_known_country_stays_whatever_the_model_reads():
    texts = [f"Semoga Jepang menang {day}." for day in ("besok", "lusa", "Senin", "Selasa", "Rabu")]
    entities, mentions, documents = frames({"Jepang": "LOC"}, texts)
    read_as_no_name = {"p_none": FIXED_POINT, "p_person": 0, "p_org": 0, "p_loc": 0}
    scores = score_mentions(mentions, documents).with_columns(pl.lit(v, dtype=pl.Int64).alias(c) for c, v in read_as_no_name.items())
    assert list(by_name(retype_entities(entities, mentions, documents, scores)[0])) == ["Jepang"]


def test_a_known_country_the_rules_read_as_one_stays_a_place_where_the_model_reads_a_person_in_every_mention():
    texts = [f"Jepang menolak usulan itu {day}." for day in ("kemarin", "Senin", "Selasa", "Rabu", "Kamis")]
    entities, mentions, documents = frames({"Jepang": "LOC"}, texts)
    read_as_person = {"p_none": 0, "p_person": FIXED_POINT, "p_org": 0, "p_loc": 0}
    scores = score_mentions(mentions, documents).with_columns(pl.lit(v, dtype=pl.Int64).alias(c) for c, v in read_as_person.items())
    assert by_name(retype_entities(entities, mentions, documents, scores)[0])["Jepang"]["type"] == "LOC"


def test_a_city_named_by_a_word_of_the_vocabulary_is_dropped_where_the_model_reads_no_name():
    # `Sumber` (a source) and `Batu` (a stone) are towns of GeoNames too; `Bogor` is only a town
    texts = ["Sumber itu menyebut Batu dan Bogor, ujar warga."]
    entities, mentions, documents = frames({"Sumber": "LOC", "Batu": "LOC", "Bogor": "LOC"}, texts, rule="city_gazetteer")
    no_name = {"p_none": FIXED_POINT, "p_person": 0, "p_org": 0, "p_loc": 0}
    scores = score_mentions(mentions, documents).with_columns(pl.lit(v, dtype=pl.Int64).alias(c) for c, v in no_name.items())
    assert set(by_name(retype_entities(entities, mentions, documents, scores)[0])) == {"Bogor"}


def test_no_mentions_give_empty_tables_with_the_confidence_column():
    entities, mentions = retype_entities(ENTITIES.empty(), MENTIONS.empty(), documents_from_texts({"a.txt": "Tidak ada nama."}))
    assert entities.columns == ENTITIES.column_names and entities.is_empty() and mentions.is_empty()


def test_a_word_only_ever_read_by_the_default_is_dropped_on_the_model_s_word_alone():
    texts = ["Pokoknya Mantul sekali, ujar warga."]  # slang, in no word list: only the model knows it is no name
    mostly_no_name = {"p_none": FIXED_POINT * 4 // 5, "p_person": 0, "p_org": FIXED_POINT // 5, "p_loc": 0}

    def retyped(rule: str) -> pl.DataFrame:
        entities, mentions, documents = frames({"Mantul": "ORG"}, texts, rule=rule)
        scores = score_mentions(mentions, documents).with_columns(pl.lit(v, dtype=pl.Int64).alias(c) for c, v in mostly_no_name.items())
        return retype_entities(entities, mentions, documents, scores)[0]

    alone, read = retyped("single_word"), retyped("organisation_context_word")
    assert "Mantul" not in by_name(alone) and "Mantul" in by_name(read)


def test_a_code_read_by_its_capitals_alone_is_dropped_where_the_model_doubts_it_is_a_name():
    texts = ["Ponsel itu memakai chip QX7 buatan sendiri, ujar Rina Kartika."]
    entities, mentions, documents = frames({"QX7": "ORG"}, texts, rule="acronym")
    # `none` at 0.85 in its one mention: under DROP_NONE against the mention and a guess's prior, over it alone
    doubtful = score_mentions(mentions, documents).with_columns(
        p_none=pl.lit(round(0.85 * FIXED_POINT), dtype=pl.Int64), p_person=pl.lit(0, dtype=pl.Int64),
        p_org=pl.lit(round(0.15 * FIXED_POINT), dtype=pl.Int64), p_loc=pl.lit(0, dtype=pl.Int64))
    assert 0.85 / (1 + retyping.GUESS_MENTIONS) < retyping.DROP_NONE <= 0.85 < retyping.SURE_NONE
    assert "QX7" not in by_name(retype_entities(entities, mentions, documents, doubtful)[0])
    for rule in ("capitals", "organisation_context_word"):  # several words in capitals too; a reading by a cue word stays
        read = frames({"QX7": "ORG"}, texts, rule=rule)
        assert ("QX7" in by_name(retype_entities(*read, doubtful)[0])) == (rule != "capitals")
    # the text makes it speak: its reading counts again
    assert "QX7" in by_name(retype_entities(entities, mentions, documents, doubtful, speaker_quotes(mentions, "QX7"))[0])


def test_a_code_the_corpus_reads_as_no_name_is_dropped_whatever_one_document_reads(monkeypatch):
    texts = ["Dokumen QXB wajib dilaporkan, kata Rina Kartika."]
    # the model reads it as a body in its one mention: on its own, it would stay
    sure = lambda mentions, documents: score_mentions(mentions, documents).with_columns(  # noqa: E731
        p_none=pl.lit(round(0.2 * FIXED_POINT), dtype=pl.Int64), p_person=pl.lit(0, dtype=pl.Int64),
        p_org=pl.lit(round(0.8 * FIXED_POINT), dtype=pl.Int64), p_loc=pl.lit(0, dtype=pl.Int64))
    read = frames({"QXB": "ORG"}, texts, rule="acronym")
    assert "QXB" in by_name(retype_entities(*read, sure(*read[1:]))[0])
    monkeypatch.setattr(retyping, "_unnamed_acronyms", lambda: pl.Series(["qxb"], dtype=pl.String))
    assert "QXB" not in by_name(retype_entities(*read, sure(*read[1:]))[0])
    # a reading by a cue word, or the text making it speak, keeps it
    cued = frames({"QXB": "ORG"}, texts, rule="organisation_context_word")
    assert "QXB" in by_name(retype_entities(*cued, sure(*cued[1:]))[0])
    entities, mentions, documents = read
    assert "QXB" in by_name(retype_entities(entities, mentions, documents, sure(mentions, documents),
                                            speaker_quotes(mentions, "QXB"))[0])


def test_a_title_case_phrase_read_as_a_person_by_its_shape_alone_is_dropped_where_the_model_doubts_it_is_a_name():
    texts = ["Harga Golden Palm Blend naik lagi pekan ini, ujar Rina Kartika."]  # an invented English trade term
    entities, mentions, documents = frames({"Golden Palm Blend": "PERSON"}, texts, rule="person_by_shape")
    # `none` at 0.85 in its one mention: under DROP_NONE against the mention and a guess's prior, over it alone
    doubtful = score_mentions(mentions, documents).with_columns(
        p_none=pl.lit(round(0.85 * FIXED_POINT), dtype=pl.Int64), p_person=pl.lit(round(0.15 * FIXED_POINT), dtype=pl.Int64),
        p_org=pl.lit(0, dtype=pl.Int64), p_loc=pl.lit(0, dtype=pl.Int64))
    assert 0.85 / (1 + retyping.GUESS_MENTIONS) < retyping.DROP_NONE <= 0.85 < retyping.SURE_NONE
    assert "Golden Palm Blend" not in by_name(retype_entities(entities, mentions, documents, doubtful)[0])
    # read as a person by a role word before it, the reading is evidence of a name and it stays
    read = frames({"Golden Palm Blend": "PERSON"}, texts, rule="person_after_role_word")
    assert "Golden Palm Blend" in by_name(retype_entities(*read, doubtful)[0])
    # the text makes it speak, or cites a quote from it: its shape's reading counts again
    spoken = speaker_quotes(mentions, "Golden Palm Blend")
    assert "Golden Palm Blend" in by_name(retype_entities(entities, mentions, documents, doubtful, spoken)[0])
    cited = spoken.with_columns(speaker_start=pl.lit(None, dtype=pl.Int64), speaker_end=pl.lit(None, dtype=pl.Int64),
                                via_cue=pl.lit("dilansir"), via_start="speaker_start", via_end="speaker_end")
    assert "Golden Palm Blend" in by_name(retype_entities(entities, mentions, documents, doubtful, cited)[0])
    # a body's name by its words alone (`Smart Layar Nusa`, words no person's name is made of) is no evidence either
    read = frames({"Golden Palm Blend": "ORG"}, texts, rule="not_person_shaped")
    assert "Golden Palm Blend" not in by_name(retype_entities(*read, doubtful)[0])


def test_capitalised_vocabulary_the_model_is_sure_of_leaves_whatever_the_rules_read():
    texts = ["Para guru mengikuti Pelatihan Kurikulum Terpadu di sekolah itu, kata Rina Kartika."]
    names = {"Pelatihan Kurikulum Terpadu": "ORG", "Rina Kartika": "PERSON"}
    kept = by_name(retype_entities(*frames(names, texts, rule="organisation_head"))[0])
    assert "Pelatihan Kurikulum Terpadu" not in kept and "Rina Kartika" in kept


def test_a_name_the_text_gives_an_acronym_an_age_or_a_role_stays_whatever_the_model_reads():
    texts = ["Para guru mengikuti Pelatihan Kurikulum Terpadu (PKT) di sekolah itu, kata Rina Kartika."]
    names = {"Pelatihan Kurikulum Terpadu": "ORG"}
    assert "Pelatihan Kurikulum Terpadu" in by_name(retype_entities(*frames(names, texts, rule="organisation_head"))[0])
    aged = ["Para guru mengikuti Pelatihan Kurikulum Terpadu (45) di sekolah itu."]
    assert "Pelatihan Kurikulum Terpadu" in by_name(retype_entities(*frames(names, aged, rule="organisation_head"))[0])
    described = ["Pelatihan Kurikulum Terpadu, warga setempat, mengikuti rapat di sekolah itu."]
    assert "Pelatihan Kurikulum Terpadu" in by_name(retype_entities(*frames(names, described, rule="organisation_head"))[0])


def test_a_name_the_text_says_nothing_more_of_leaves_on_a_smaller_share_of_none_than_one_it_describes(monkeypatch):
    # one mention, the model 0.88 sure it is no name (under SURE_NONE): against the rules' prior that share drops a
    # whole run the text says nothing more of, not the same run given its acronym
    reliabilities(monkeypatch, organisation_head=0.5)
    names = {"Pelatihan Kurikulum Terpadu": "ORG"}

    def kept(text: str) -> bool:
        entities, mentions, documents = frames(names, [text], rule="organisation_head")
        doubted = score_mentions(mentions, documents).with_columns(
            p_none=pl.lit(round(0.88 * FIXED_POINT), dtype=pl.Int64), p_person=pl.lit(0, dtype=pl.Int64),
            p_org=pl.lit(round(0.12 * FIXED_POINT), dtype=pl.Int64), p_loc=pl.lit(0, dtype=pl.Int64))
        return "Pelatihan Kurikulum Terpadu" in by_name(retype_entities(entities, mentions, documents, doubted)[0])

    assert 0.88 < retyping.SURE_NONE and retyping.DROP_NONE <= 0.88 / (1 + retyping.RULE_MENTIONS * 0.5) < retyping.DESCRIBED_DROP_NONE
    assert not kept("Para guru mengikuti Pelatihan Kurikulum Terpadu di sekolah itu.")
    assert kept("Para guru mengikuti Pelatihan Kurikulum Terpadu (PKT) di sekolah itu.")


def speaker_quotes(mentions: pl.DataFrame, name: str) -> pl.DataFrame:
    """Quote candidates whose speaker phrase is each mention of `name`."""
    spoken = mentions.filter(pl.col("text") == name)
    return QUOTE_CANDIDATES.conform(spoken.select(
        "doc_id", start=pl.lit(0, dtype=pl.Int64), end=pl.col("start") - 6, kind=pl.lit("direct"), method=pl.lit("direct_post_cue"),
        cue=pl.lit("kata"), cue_start=pl.col("start") - 5, cue_end=pl.col("start") - 1, speaker_start="start",
        speaker_end="end", via_cue=pl.lit(None, dtype=pl.String), via_start=pl.lit(None, dtype=pl.Int64),
        via_end=pl.lit(None, dtype=pl.Int64), confidence=pl.lit(0.9)))


def test_a_name_that_speaks_stays_whatever_the_model_reads():
    texts = ["“Harga sudah turun,” kata Tono Mantul."]
    entities, mentions, documents = frames({"Tono Mantul": "PERSON"}, texts, rule="person_after_title")
    sure_none = score_mentions(mentions, documents).with_columns(  # the model sure it is no name
        p_none=pl.lit(FIXED_POINT, dtype=pl.Int64), p_person=pl.lit(0, dtype=pl.Int64), p_org=pl.lit(0, dtype=pl.Int64),
        p_loc=pl.lit(0, dtype=pl.Int64))
    assert "Tono Mantul" not in by_name(retype_entities(entities, mentions, documents, sure_none)[0])
    spoken = speaker_quotes(mentions, "Tono Mantul")
    assert "Tono Mantul" in by_name(retype_entities(entities, mentions, documents, sure_none, spoken)[0])
    # a quote whose speaker phrase is elsewhere in the document does not keep it
    elsewhere = spoken.with_columns(speaker_start=pl.lit(0, dtype=pl.Int64), speaker_end=pl.lit(5, dtype=pl.Int64))
    assert "Tono Mantul" not in by_name(retype_entities(entities, mentions, documents, sure_none, elsewhere)[0])
    # nor does it keep a name only its shape typed (`Sunday Express` cut to `Express`), or a word of the vocabulary
    guessed = frames({"Tono Mantul": "PERSON"}, texts, rule="person_by_shape")
    assert "Tono Mantul" not in by_name(retype_entities(*guessed, sure_none, spoken)[0])
    entities, mentions, documents = frames()
    assert "Semoga" not in by_name(retype_entities(entities, mentions, documents, quotes=speaker_quotes(mentions, "Semoga"))[0])


def test_a_speaker_only_guessed_by_its_shape_takes_broader_evidence_to_be_dropped():
    texts = [f"“Harga sudah turun,” kata Tono Mantul pada hari ke-{n}." for n in range(5)]
    entities, mentions, documents = frames({"Tono Mantul": "PERSON"}, texts, rule="person_by_shape")
    # `none` holds 0.77 of the evidence (five mentions at 0.89, under SURE_NONE; the shape's guess at GUESS_MENTIONS)
    doubtful = score_mentions(mentions, documents).with_columns(
        p_none=pl.lit(round(0.89 * FIXED_POINT), dtype=pl.Int64), p_person=pl.lit(round(0.11 * FIXED_POINT), dtype=pl.Int64),
        p_org=pl.lit(0, dtype=pl.Int64), p_loc=pl.lit(0, dtype=pl.Int64))
    assert 0.89 < retyping.SURE_NONE
    share = 5 * 0.89 / (5 + retyping.GUESS_MENTIONS)
    assert retyping.DROP_NONE <= share < retyping.SPEAKER_DROP_NONE
    assert "Tono Mantul" not in by_name(retype_entities(entities, mentions, documents, doubtful)[0])
    spoken = speaker_quotes(mentions, "Tono Mantul")
    assert "Tono Mantul" in by_name(retype_entities(entities, mentions, documents, doubtful, spoken)[0])


def test_the_model_does_not_make_a_place_of_a_name_that_speaks():
    texts = [f"“Harga sudah turun,” kata Tono Mantul pada hari ke-{n}." for n in range(5)]
    entities, mentions, documents = frames({"Tono Mantul": "PERSON"}, texts, rule="person_after_title")
    sure_place = score_mentions(mentions, documents).with_columns(  # the model sure every mention is a place
        p_none=pl.lit(0, dtype=pl.Int64), p_person=pl.lit(0, dtype=pl.Int64), p_org=pl.lit(0, dtype=pl.Int64),
        p_loc=pl.lit(FIXED_POINT, dtype=pl.Int64))
    assert by_name(retype_entities(entities, mentions, documents, sure_place)[0])["Tono Mantul"]["type"] == "LOC"
    spoken = retype_entities(entities, mentions, documents, sure_place, speaker_quotes(mentions, "Tono Mantul"))
    assert by_name(spoken[0])["Tono Mantul"]["type"] == "PERSON"


def test_a_part_of_a_longer_run_stays_unless_only_its_shape_typed_it(monkeypatch):
    # `none` for a span the rules cut from a longer run says the span is not the run, not that it names no one (SURE_NONE
    # set apart from the share of `none` that drops a name, here the share of a name the text describes)
    monkeypatch.setattr(retyping, "DROP_NONE", retyping.DESCRIBED_DROP_NONE)
    texts = ["Hal itu dikatakan Kepala Penilaian Kinerja Bersama Rina Sari kemarin."]
    names = {"Penilaian Kinerja Bersama": "ORG"}
    assert "Penilaian Kinerja Bersama" in by_name(retype_entities(*frames(names, texts, rule="organisation_head"))[0])
    assert "Penilaian Kinerja Bersama" not in by_name(retype_entities(*frames(names, texts, rule="not_person_shaped"))[0])


def test_an_entity_retyped_takes_the_id_of_its_settled_type_and_its_mentions_follow():
    entities, mentions = retype_entities(*frames())
    company = by_name(entities)["PT Sinar Mandiri Abadi"]
    assert company["entity_id"] == stable_id("E", "ORG", "pt sinar mandiri abadi")  # not the rules' PERSON reading
    assert set(mentions.filter(pl.col("text") == "PT Sinar Mandiri Abadi")["entity_id"]) == {company["entity_id"]}


def test_two_entities_sharing_a_name_keep_their_own_ids():
    # resolution kept them apart (say, two bodies of one name with different owners): one id each, as before retyping
    entities, mentions, documents = frames()
    twin = mentions.filter(pl.col("text") == "Jepang").with_columns(entity_id=pl.lit("E-Jepang-2"))
    mentions = pl.concat([mentions.filter(pl.col("text") != "Jepang"), twin.head(3),
                          mentions.filter(pl.col("text") == "Jepang").tail(3)])
    entities = pl.concat([entities, entities.filter(pl.col("name") == "Jepang").with_columns(
        entity_id=pl.lit("E-Jepang-2"))])
    settled, kept = retype_entities(entities, mentions, documents)
    japan = settled.filter(pl.col("name") == "Jepang")
    assert japan.height == 2 and japan["entity_id"].n_unique() == 2
    assert set(kept.filter(pl.col("text") == "Jepang")["entity_id"]) <= set(japan["entity_id"])


def test_two_entities_whose_names_differ_only_in_case_keep_their_own_ids():
    # ids are made from the lower-cased name: `Jepang` and `JEPANG` settling on one type would get one id
    entities, mentions, documents = frames()
    shouted = mentions.filter(pl.col("text") == "Jepang").with_columns(entity_id=pl.lit("E-JEPANG"), text=pl.lit("JEPANG"))
    mentions = pl.concat([mentions.filter(pl.col("text") != "Jepang"), shouted.head(3),
                          mentions.filter(pl.col("text") == "Jepang").tail(3)])
    entities = pl.concat([entities, entities.filter(pl.col("name") == "Jepang").with_columns(
        entity_id=pl.lit("E-JEPANG"), name=pl.lit("JEPANG"))])
    settled, _ = retype_entities(entities, mentions, documents)
    japan = settled.filter(pl.col("name").str.to_lowercase() == "jepang")
    assert japan.height == 2 and japan["entity_id"].n_unique() == 2


def test_kept_span_scores_are_reused_new_spans_scored_and_gone_spans_dropped():
    entities, mentions, documents = frames()
    scores = score_mentions(mentions, documents)
    assert scores.height == mentions.height
    kept = scores.head(1).with_columns(p_none=pl.lit(-7, dtype=pl.Int64))
    again = score_mentions(mentions, documents, pl.concat([kept, scores.head(1).with_columns(doc_id=pl.lit("gone"))]))
    assert again.filter(pl.col("p_none") == -7).height == 1, "a kept score is not computed again"
    assert again.filter(pl.col("p_none") != -7).sort(SPAN_KEY).equals(scores.slice(1).sort(SPAN_KEY))
    # the settings are kept with the scores: a kept span's are read, not computed again
    flipped = scores.with_columns(whole_run=~pl.col("whole_run"), described=~pl.col("described"))
    assert score_mentions(mentions, documents, flipped).sort(SPAN_KEY).equals(flipped.sort(SPAN_KEY))
    assert all(ours.equals(theirs) for ours, theirs in zip(retype_entities(entities, mentions, documents, scores),
                                                            retype_entities(entities, mentions, documents)))


def test_spans_read_a_slice_at_a_time_score_as_read_at_once(monkeypatch):
    entities, mentions, documents = frames()
    at_once = score_mentions(mentions, documents)
    read = []
    monkeypatch.setattr(retyping, "mention_spans", lambda spans, documents: read.append(spans.height) or mention_spans(spans, documents))
    monkeypatch.setattr(retyping, "SPANS_AT_ONCE", 5)
    assert score_mentions(mentions, documents).equals(at_once)
    assert set(read[:-1]) == {5} and 0 < read[-1] <= 5 and sum(read) == mentions.height > 10


def test_entities_of_one_name_kept_apart_only_by_the_rules_types_are_one_once_the_vote_agrees():
    texts = [f"Kemarin Sukamaju menang {score} di kandang." for score in ("2-0", "3-1", "1-0", "4-2")]
    entities, mentions, documents = frames({"Sukamaju": "ORG"}, texts, rule="single_word")
    first_two = pl.col("doc_id").is_in(documents["doc_id"].head(2).implode())
    mentions = mentions.with_columns(entity_id=pl.when(first_two).then(pl.lit("E-place")).otherwise(pl.lit("E-club")),
                                     type=pl.when(first_two).then(pl.lit("LOC")).otherwise(pl.lit("ORG")))
    entities = pl.concat([entities.with_columns(entity_id=pl.lit("E-club"), mention_count=pl.lit(2), document_count=pl.lit(2)),
                          entities.with_columns(entity_id=pl.lit("E-place"), type=pl.lit("LOC"), mention_count=pl.lit(2),
                                                document_count=pl.lit(2))])
    organisations = score_mentions(mentions, documents).with_columns(  # the spans' own settings, these scores
        p_none=pl.lit(0), p_person=pl.lit(0), p_org=pl.lit(FIXED_POINT), p_loc=pl.lit(0))
    settled, kept = retype_entities(entities, mentions, documents, organisations)
    assert settled.select("name", "type", "mention_count", "document_count").rows() == [("Sukamaju", "ORG", 4, 4)]
    assert set(kept["entity_id"]) == set(settled["entity_id"])
    read_places = pl.DataFrame(organisations).with_columns(p_org=pl.lit(0), p_loc=pl.lit(FIXED_POINT))
    kept_apart, _ = retype_entities(entities.with_columns(type=pl.lit("LOC")), mentions.with_columns(type=pl.lit("LOC")),
                                    documents, read_places)
    assert kept_apart.height == 2  # read alike by the rules: resolution had its reasons


def test_a_word_only_the_default_typed_takes_the_model_s_type_where_it_reads_it_so_often_enough():
    # `Sukarni` alone, no title or cue: the default reads a body for want of evidence; the model, reading a person in
    # the words around it, decides, as long as it does so in MIN_OVERTURN_SHARE of the mentions (two documents: a name
    # of one document this unsure of its type leaves, MIN_CONFIDENCE)
    texts = ["Gol kedua dicetak Sukarni pada menit ke-80.", "Gol ketiga dicetak Sukarni pada menit ke-85."]

    def scored(p_person: float, rule: str) -> str:
        entities, mentions, documents = frames({"Sukarni": "ORG"}, texts, rule=rule)
        scores = score_mentions(mentions, documents).with_columns(
            p_none=pl.lit(round((0.9 - p_person) * FIXED_POINT)), p_person=pl.lit(round(p_person * FIXED_POINT)),
            p_org=pl.lit(round(0.1 * FIXED_POINT)), p_loc=pl.lit(0))
        return by_name(retype_entities(entities, mentions, documents, scores)[0])["Sukarni"]["type"]
    assert scored(0.4, "single_word") == "PERSON"
    assert scored(0.4, "city_gazetteer") == "ORG", "a reading of the rules still weighs"
    assert scored(MIN_OVERTURN_SHARE - 0.1, "single_word") == "ORG"


def test_a_name_the_collection_writes_in_several_documents_takes_broader_evidence_to_be_dropped():
    def kept(texts: list[str]) -> bool:
        entities, mentions, documents = named_mention_frames(texts, {"Pamong Tirta": "ORG"}, "organisation_head", every_occurrence=True)
        scores = score_mentions(mentions, documents).with_columns(
            p_none=pl.lit(round(0.78 * FIXED_POINT)), p_person=pl.lit(0), p_org=pl.lit(round(0.22 * FIXED_POINT)), p_loc=pl.lit(0))
        return "Pamong Tirta" in by_name(retype_entities(entities, mentions, documents, scores)[0])
    one = [f"Petugas Pamong Tirta berjaga di pasar ke-{n}." for n in range(20)]
    prior = retyping.RULE_MENTIONS * retyping.rule_reliability()[0]["organisation_head"]
    assert retyping.DROP_NONE <= 20 * 0.78 / (20 + prior) < retyping.COLLECTION_DROP_NONE  # `none`'s share of the evidence
    assert not kept(["\n".join(one)])  # twenty mentions in one document
    assert kept(["\n".join(one[:10]), "\n".join(one[10:])])  # the same in two documents


def test_a_guess_of_the_rules_keeps_its_whole_weight_for_a_name_the_text_makes_speak():
    texts = ["Gol kedua dicetak Sukarni pada menit ke-80.", "Gol ketiga dicetak Sukarni pada menit ke-85."]
    entities, mentions, documents = frames({"Sukarni": "ORG"}, texts, rule="acronym")  # a guess by its capitals
    scores = score_mentions(mentions, documents).with_columns(
        p_none=pl.lit(round(0.54 * FIXED_POINT)), p_person=pl.lit(round(0.36 * FIXED_POINT)),
        p_org=pl.lit(round(0.1 * FIXED_POINT)), p_loc=pl.lit(0))
    scaled = retyping.GUESS_MENTIONS * retyping.rule_reliability()[0]["acronym"]
    assert 2 * 0.1 + scaled < 2 * 0.36 < 2 * 0.1 + retyping.GUESS_MENTIONS  # the acronym reading is right under half the time
    assert by_name(retype_entities(entities, mentions, documents, scores)[0])["Sukarni"]["type"] == "PERSON"
    spoken = speaker_quotes(mentions, "Sukarni")
    assert by_name(retype_entities(entities, mentions, documents, scores, spoken)[0])["Sukarni"]["type"] == "ORG"


def test_a_name_of_one_document_whose_type_no_reading_supports_leaves_unless_another_document_writes_it_or_it_speaks():
    def kept(texts: list[str], p_org: float) -> bool:
        entities, mentions, documents = frames({"Lumixa": "ORG"}, texts, rule="single_word")
        scores = score_mentions(mentions, documents).with_columns(
            p_none=pl.lit(round((0.5 - p_org) * FIXED_POINT)), p_person=pl.lit(round(0.25 * FIXED_POINT)),
            p_org=pl.lit(round(p_org * FIXED_POINT)), p_loc=pl.lit(round(0.25 * FIXED_POINT)))
        return "Lumixa" in by_name(retype_entities(entities, mentions, documents, scores)[0])
    one = ["Ia membeli Lumixa pada pekan lalu."]
    assert not kept(one, 0.1) and kept(one, 0.3)  # confidence 0.1 and 0.3 against MIN_CONFIDENCE
    assert kept(one + ["Ia menjual Lumixa pada pekan ini."], 0.1)  # the collection writes it in two documents
    entities, mentions, documents = frames({"Lumixa": "ORG"}, one, rule="single_word")
    unsure = score_mentions(mentions, documents).with_columns(
        p_none=pl.lit(round(0.4 * FIXED_POINT)), p_person=pl.lit(round(0.25 * FIXED_POINT)),
        p_org=pl.lit(round(0.1 * FIXED_POINT)), p_loc=pl.lit(round(0.25 * FIXED_POINT)))
    spoken = speaker_quotes(mentions, "Lumixa")  # the text makes it speak: the name stays, whatever its confidence
    assert "Lumixa" in by_name(retype_entities(entities, mentions, documents, unsure, spoken)[0])


def test_scores_in_order_follow_the_mentions_whatever_order_they_come_in():
    mentions = pl.DataFrame({"doc_id": ["a", "a", "b"], "start": [0, 7, 3], "end": [5, 9, 8]})
    columns = [*SCORE_COLUMNS, *SETTING_COLUMNS]
    scores = mentions.with_columns(**{column: pl.Series([1, 2, 3]) * (i + 1) for i, column in enumerate(columns)})
    for given in (scores, scores[[2, 0, 1]]):
        assert _scores_in_order(mentions, given).equals(scores.select(columns))


def reliabilities(monkeypatch, **precision: float) -> float:
    """Invented measured precisions of the named rules (every other rule at 0.75, the pooled precision, returned)."""
    monkeypatch.setattr(retyping, "rule_reliability", lambda: (precision, 0.75))
    return 0.75


def test_a_rule_s_reading_weighs_by_how_often_its_entities_were_right(monkeypatch):
    # two mentions the model reads as a body at 0.3, against a strong rule's person: a rule right 95 times in 100 keeps
    # its reading, one right 30 times in 100 weighs less than the model's two mentions
    texts = [f"Kemarin Sonara Kids membuka cabang ke-{n}, ujar Rina Kartika." for n in range(2)]
    entities, mentions, documents = frames({"Sonara Kids": "PERSON"}, texts, rule="person_after_office")
    bodies = score_mentions(mentions, documents).with_columns(
        p_none=pl.lit(round(0.6 * FIXED_POINT), dtype=pl.Int64), p_person=pl.lit(round(0.1 * FIXED_POINT), dtype=pl.Int64),
        p_org=pl.lit(round(0.3 * FIXED_POINT), dtype=pl.Int64), p_loc=pl.lit(0, dtype=pl.Int64))
    assert 2 * 0.1 + retyping.RULE_MENTIONS * 0.3 < 2 * 0.3 < 2 * 0.1 + retyping.RULE_MENTIONS * 0.95
    reliabilities(monkeypatch, person_after_office=0.95)
    assert by_name(retype_entities(entities, mentions, documents, bodies)[0])["Sonara Kids"]["type"] == "PERSON"
    reliabilities(monkeypatch, person_after_office=0.3)
    retyped, retyped_mentions = retype_entities(entities, mentions, documents, bodies)
    assert by_name(retyped)["Sonara Kids"]["type"] == "ORG"
    assert set(retyped_mentions["type_rule"]) == {"name_model_vote"}  # the mentions say the model's vote typed them
    # an entity weighs by the most reliable rule that typed one of its mentions
    read_twice = mentions.with_columns(type_rule=pl.when(pl.int_range(pl.len()) == 0).then(pl.lit("person_after_title"))
                                       .otherwise("type_rule"))
    reliabilities(monkeypatch, person_after_office=0.3, person_after_title=0.95)
    assert by_name(retype_entities(entities, read_twice, documents, bodies)[0])["Sonara Kids"]["type"] == "PERSON"


def test_a_word_after_a_title_the_model_is_sure_is_no_name_leaves_as_a_whole_run_does(monkeypatch):
    # `Ketua Fraksi`, `Menteri Agraria`: the golds never hold a title in a name, so the model's `none` for the span after
    # one speaks of the span; after a capitalised word of no title (`Utama`) the span may be a part of a longer name
    reliabilities(monkeypatch, person_after_title=0.95)  # above the average reading: a part of a run is spared
    monkeypatch.setattr(retyping, "DROP_NONE", retyping.DESCRIBED_DROP_NONE)  # SURE_NONE alone, not the share of `none`

    def kept(text: str) -> tuple[bool, bool]:
        entities, mentions, documents = frames({"Lumbara": "PERSON"}, [text], rule="person_after_title")
        scores = score_mentions(mentions, documents)
        sure = scores.with_columns(p_none=pl.lit(round(0.97 * FIXED_POINT), dtype=pl.Int64),
                                   p_person=pl.lit(round(0.03 * FIXED_POINT), dtype=pl.Int64),
                                   p_org=pl.lit(0, dtype=pl.Int64), p_loc=pl.lit(0, dtype=pl.Int64))
        return scores["whole_run"][0], "Lumbara" in by_name(retype_entities(entities, mentions, documents, sure)[0])

    assert kept("Rapat itu dipimpin Ketua Lumbara kemarin.") == (True, False)
    assert kept("Rapat itu dibuka Direktur Utama Lumbara pagi.") == (False, True)


def test_a_reading_less_reliable_than_the_average_does_not_spare_a_part_of_a_run_the_model_is_sure_is_no_name(monkeypatch):
    def sure_none(mentions, documents):  # the model 0.97 sure the one mention is no name
        return score_mentions(mentions, documents).with_columns(
            p_none=pl.lit(round(0.97 * FIXED_POINT), dtype=pl.Int64), p_person=pl.lit(round(0.03 * FIXED_POINT), dtype=pl.Int64),
            p_org=pl.lit(0, dtype=pl.Int64), p_loc=pl.lit(0, dtype=pl.Int64))

    monkeypatch.setattr(retyping, "DROP_NONE", retyping.DESCRIBED_DROP_NONE)  # SURE_NONE alone, not the share of `none`
    texts = ["Acara itu dibuka Direktur Utama Sonara Kids dan berlangsung meriah."]  # an invented event's name after an office
    entities, mentions, documents = frames({"Sonara Kids": "PERSON"}, texts, rule="person_after_office")
    sure = sure_none(mentions, documents)
    assert not sure["whole_run"].any() and 0.97 >= retyping.SURE_NONE  # a part of `Direktur Utama Sonara Kids`
    pooled = reliabilities(monkeypatch, person_after_office=0.8)
    assert "Sonara Kids" in by_name(retype_entities(entities, mentions, documents, sure)[0])
    reliabilities(monkeypatch, person_after_office=pooled - 0.1)
    assert "Sonara Kids" not in by_name(retype_entities(entities, mentions, documents, sure)[0])
    # named just before a quote whose speaker only a pronoun gives: attribution may give it the quote, it stays
    quoted = ["Direktur Utama Sonara Kids menilai acara itu meriah. \u201cKami puas,\u201d katanya."]
    entities, mentions, documents = frames({"Sonara Kids": "PERSON"}, quoted, rule="person_after_office")
    text = documents["text"][0]
    offsets = ("speaker_start", "speaker_end", "via_start", "via_end")  # no speaker phrase: `katanya`
    pronoun = QUOTE_CANDIDATES.conform(pl.DataFrame({
        "doc_id": documents["doc_id"], "start": [text.index("Kami")], "end": [text.index(",\u201d")], "kind": ["direct"],
        "method": ["direct_post_cue"], "cue": ["katanya"], "cue_start": [text.index("katanya")],
        "cue_end": [text.index("katanya") + 7], **dict.fromkeys(offsets, [None]), "via_cue": [None], "confidence": [0.9]},
        schema_overrides=dict.fromkeys(offsets, pl.Int64)))
    sure = sure_none(mentions, documents)
    assert "Sonara Kids" in by_name(retype_entities(entities, mentions, documents, sure, pronoun)[0])
    assert "Sonara Kids" not in by_name(retype_entities(entities, mentions, documents, sure)[0])


def test_rule_reliability_smooths_each_rule_towards_the_pooled_precision(monkeypatch):
    rows = (("often_right", "95", "2", "3"), ("seldom_right", "30", "20", "50"), ("seen_once", "0", "0", "1"))
    monkeypatch.setattr(retyping, "table_rows", lambda name: rows)
    precision, pooled = retyping.rule_reliability.__wrapped__()
    assert pooled == 125 / 201
    k = retyping.RELIABILITY_PSEUDO_ENTITIES
    assert precision["often_right"] == (95 + k * pooled) / (100 + k) and 0.9 < precision["often_right"] < 0.95
    assert 0.3 < precision["seldom_right"] < 0.35
    assert abs(precision["seen_once"] - pooled) < 0.1, "a rule seen once stays near the average reading"


def test_the_shipped_reliability_table_names_only_rules_that_type_mentions():
    # a renamed rule would fall back to the pooled precision: regenerate the table (scripts/measure_rule_reliability.py)
    precision, pooled = retyping.rule_reliability()
    assert set(precision) <= set(MENTION_RULES + MENTION_RETYPING_RULES) and 0.5 < pooled < 1


def test_a_lesser_unsure_reading_of_a_name_the_collection_writes_mostly_otherwise_joins_the_greater_one():
    entities = pl.DataFrame({
        "name": ["Lumira", "Lumira", "LUMIRA", "Tarvesa", "Tarvesa", "Tarvesa"],
        "type": ["LOC", "PERSON", "ORG", "ORG", "PERSON", "LOC"],
        "new_id": ["E1", "E2", "E3", "E4", "E5", "E6"],
        "mention_count": [40, 3, 2, 40, 3, 10],
        "confidence": [0.9, 0.3, 0.8, 0.9, 0.3, 0.3],
        "speaks": [False, False, False, False, True, False],
    })
    joined = retyping._minor_readings_joined(entities)
    assert joined.select("new_id", "type").rows() == [
        ("E1", "LOC"), ("E1", "LOC"),  # unsure and silent: the country read as a person where it acts
        ("E3", "ORG"),  # sure of its own type: another referent
        ("E4", "ORG"), ("E5", "PERSON"),  # it speaks: a person named like the body
        ("E6", "LOC")]  # a quarter of the greater one's mentions: no slip of a few sentences


def test_the_models_doubt_about_a_short_form_the_text_gives_an_entity_does_not_lower_its_confidence():
    entities, mentions, documents = frames(texts=TEXTS[:3])
    doubtful = score_mentions(mentions, documents).with_columns(
        p_none=pl.lit(round(0.6 * FIXED_POINT), dtype=pl.Int64), p_person=pl.lit(round(0.4 * FIXED_POINT), dtype=pl.Int64),
        p_org=pl.lit(0, dtype=pl.Int64), p_loc=pl.lit(0, dtype=pl.Int64))
    person = pl.col("text") == "Rina Kartika"

    def confidence(type_rule: str) -> float:
        named = mentions.with_columns(type_rule=pl.when(person).then(pl.lit(type_rule)).otherwise("type_rule"))
        return by_name(retype_entities(entities, named, documents, doubtful)[0])["Rina Kartika"]["confidence"]

    # `Rina Kartika (Ucok)`: the text names the person by the form; a form read by its shape alone gets no such pass
    assert confidence("bracketed_short_name") > 0.9 > 0.6 > confidence(MENTION_RULES[0])



def test_a_word_alone_the_collection_writes_as_a_name_again_and_again_stays_whatever_the_model_reads():
    # a company acting, six times, read by the default reading alone: the model's `none` around each mention drops no name
    # written so often; a word of the vocabulary (`Semoga`) goes as before
    texts = [f"Semoga Tokovarsa merilis konsep baru {day}." for day in ("kemarin", "Senin", "Selasa", "Rabu", "Kamis", "Jumat")]
    entities, mentions, documents = frames({"Tokovarsa": "ORG", "Semoga": "ORG"}, texts, rule="single_word")
    read_as_no_name = {"p_none": FIXED_POINT, "p_person": 0, "p_org": 0, "p_loc": 0}
    scores = score_mentions(mentions, documents).with_columns(pl.lit(v, dtype=pl.Int64).alias(c) for c, v in read_as_no_name.items())
    assert list(by_name(retype_entities(entities, mentions, documents, scores)[0])) == ["Tokovarsa"]
    # a KBBI root (a religion's name, `Islam`) is vocabulary, however capitalised
    islam = [text.replace("Tokovarsa", "Islam") for text in texts]
    entities, mentions, documents = frames({"Islam": "ORG"}, islam, rule="single_word")
    scores = score_mentions(mentions, documents).with_columns(pl.lit(v, dtype=pl.Int64).alias(c) for c, v in read_as_no_name.items())
    assert list(by_name(retype_entities(entities, mentions, documents, scores)[0])) == []
    fewer = frames({"Tokovarsa": "ORG"}, texts[:retyping.RECURRING_MENTIONS - 1], rule="single_word")
    scores = score_mentions(*fewer[1:]).with_columns(pl.lit(v, dtype=pl.Int64).alias(c) for c, v in read_as_no_name.items())
    assert list(by_name(retype_entities(*fewer, scores)[0])) == []
