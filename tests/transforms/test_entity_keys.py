import polars as pl
import pytest

from transforms.entity_keys import (
    drop_admin_prefixes,
    drop_province_levels_in_bodies,
    expand_abbreviated_heads,
    join_body_forms,
    join_clipped_first_words,
    join_known_short_forms,
    join_spacing_variants,
    join_town_suffixed_names,
    join_titled_place_names,
    join_name_prefixes,
    join_party_names,
    join_regional_government_forms,
    link_keys,
    link_region_short_forms,
)


def candidates(*rows: tuple[str, str], rule: str = "single_word") -> pl.DataFrame:
    """Candidate mentions, each in a document of its own, read by `rule`."""
    return pl.DataFrame({"key": [key for key, _ in rows], "type": [type_ for _, type_ in rows],
                         "doc_id": [f"d{index}" for index in range(len(rows))], "rule": rule, "type_rule": rule})


@pytest.mark.parametrize(
    "key, expected",
    [
        ("satpol pp jabar", "satpol pp jawa barat"),    # a province's short form inside a body's name
        ("kedubes as", "kedubes amerika serikat"),      # a country's
        ("bank sentral", "bank sentral"),               # nothing to spell out
    ],
)
def test_region_short_forms_inside_names_are_spelt_out(key, expected):
    assert link_region_short_forms(candidates((key, "ORG")))["key"].to_list() == [expected]


def test_a_one_word_key_or_a_person_is_left_alone():
    rows = candidates(("jabar", "ORG"), ("rina jabar", "PERSON"))
    assert link_region_short_forms(rows)["key"].to_list() == ["jabar", "rina jabar"]


def test_a_province_is_the_same_place_with_or_without_its_level():
    rows = candidates(("province sulawesi tengah", "LOC"), ("sulawesi tengah", "LOC"))
    assert drop_admin_prefixes(rows)["key"].to_list() == ["sulawesi tengah", "sulawesi tengah"]


def test_a_town_named_at_two_levels_stays_two_places():
    # keys spell the levels as normalise_key does (`regency` -> `regenci`)
    rows = candidates(("kota sukamaju", "LOC"), ("regenci sukamaju", "LOC"), ("kota karangjati", "LOC"), ("karangjati", "LOC"))
    assert drop_admin_prefixes(rows)["key"].to_list() == ["kota sukamaju", "regenci sukamaju", "karangjati", "karangjati"]


def test_a_regency_named_beside_a_level_whose_names_do_not_repeat_is_still_one_place():
    # `Kabupaten Sukamaju`, `Daerah Sukamaju` and `Sukamaju`: one level of the repeating kind only
    rows = candidates(("regenci sukamaju", "LOC"), ("region sukamaju", "LOC"), ("sukamaju", "LOC"))
    assert drop_admin_prefixes(rows)["key"].to_list() == ["sukamaju", "sukamaju", "sukamaju"]


def test_a_town_with_its_level_is_not_the_club_its_name_alone_mostly_stands_for():
    rows = pl.concat([candidates(("kota sukamaju", "LOC"), ("kota karangjati", "LOC"), ("karangjati", "LOC")),
                      candidates(("sukamaju", "ORG"), ("karangjati", "ORG"), rule="club_after_team_role"),
                      candidates(("karangjati", "LOC"), ("karangjati", "LOC"), rule="place_preposition")])
    # Sukamaju alone is read as a club only; Karangjati is placed more often than read as a club
    assert drop_admin_prefixes(rows)["key"].to_list() == ["kota sukamaju", "karangjati", "karangjati", "sukamaju",
                                                          "karangjati", "karangjati", "karangjati"]


def test_a_level_below_a_province_before_a_country_is_no_name_of_the_country():
    # `Hakim Distrik Amerika Serikat`: a court's district; `Kota Meksiko`: the capital, not the country
    rows = candidates(("district amerika serikat", "LOC"), ("kota meksiko", "LOC"), ("amerika serikat", "LOC"), ("meksiko", "LOC"))
    assert drop_admin_prefixes(rows)["key"].to_list() == ["district amerika serikat", "kota meksiko", "amerika serikat", "meksiko"]


def test_a_state_s_form_before_a_country_is_the_country_but_before_any_other_name_keeps_its_head():
    # `Kerajaan Norwegia` is Norwegia; `Kerajaan Sukamaju`, no country of today, stays a kingdom's name (keys spell
    # the head's class as normalise_key does: `country` -> `countri`)
    rows = candidates(("countri norwegia", "LOC"), ("countri sukamaju", "LOC"), ("sukamaju", "LOC"))
    keys = drop_admin_prefixes(rows)["key"].to_list()
    assert keys[0] == drop_admin_prefixes(candidates(("province norwegia", "LOC")))["key"][0] != "countri norwegia"
    assert keys[1:] == ["countri sukamaju", "sukamaju"]


def test_a_state_s_form_before_a_country_whose_key_is_respelt_is_the_country():
    # keys spell `Andorra` as `andora`: the gazetteer is looked up by the key's spelling too, and the state is its country
    assert drop_admin_prefixes(candidates(("countri andora", "LOC")))["key"].to_list() == ["cldr ad"]


def test_an_island_or_region_is_the_place_it_names():
    rows = candidates(("island sukamaju", "LOC"), ("sukamaju", "LOC"), ("region karangjati", "LOC"))
    assert drop_admin_prefixes(rows)["key"].to_list() == ["sukamaju", "sukamaju", "karangjati"]


def test_an_organisation_keeps_its_level_word():
    assert drop_admin_prefixes(candidates(("kota sukamaju", "ORG")))["key"].to_list() == ["kota sukamaju"]


def test_a_body_named_with_its_province_s_level_is_the_body_named_without_it():
    rows = candidates(("dinas pendidikan provinsi sukamaju", "ORG"), ("dinas pendidikan negara bagian sukamaju", "ORG"),
                      ("dewan kota sukamaju", "ORG"), ("provinsi sukamaju", "ORG"), ("dinas provinsi", "ORG"),
                      ("pemerintah provinsi sukamaju", "LOC"), ("ham provinsi sukamaju", "ORG"))
    assert drop_province_levels_in_bodies(rows)["key"].to_list() == [
        "dinas pendidikan sukamaju", "dinas pendidikan sukamaju",  # a province is named once: its level tells nothing
        "dewan kota sukamaju",  # a town's level stays: a town and a regency may share the name
        "provinsi sukamaju", "dinas provinsi",  # the level opening or closing the name is no level inside it
        "pemerintah provinsi sukamaju",  # a place is drop_admin_prefixes' to read
        "ham provinsi sukamaju"]  # no organisation's head opens it: a part of a longer name, which `ham sukamaju` is not


def test_steps_run_in_order_so_a_prefixed_short_form_reaches_the_canonical_key():
    rows = candidates(("province dki jakarta", "LOC"), ("jakarta", "LOC"))
    assert link_keys(rows)["key"].to_list() == ["jakarta", "jakarta"]


def test_a_party_with_and_without_partai_is_one_body_but_not_a_plain_word():
    rows = candidates(("partai maju jaya", "ORG"), ("maju jaya", "ORG"), ("partai buruh", "ORG"), ("buruh", "ORG"))
    assert join_party_names(rows)["key"].to_list() == ["partai maju jaya", "partai maju jaya", "partai buruh", "buruh"]


def test_a_name_written_after_its_town_more_often_than_after_partai_joins_the_town_s_form():
    # a club (`Sumbara Garut`, `Sumbara`) once misread as `Partai Sumbara` is no party
    club = candidates(("partai sumbara", "ORG"), *[("sumbara garut", "ORG")] * 3, ("sumbara", "ORG"))
    assert link_keys(club)["key"].to_list() == ["partai sumbara"] + ["sumbara garut"] * 4
    party = candidates(*[("partai sumbara", "ORG")] * 3, ("sumbara garut", "ORG"), ("sumbara", "ORG"))
    assert join_party_names(party)["key"].to_list() == ["partai sumbara"] * 3 + ["sumbara garut", "partai sumbara"]
    # its usual town's form, though another town's form misread once (`Sumbara Bekasi`) is there too
    club = candidates(("partai sumbara", "ORG"), *[("sumbara garut", "ORG")] * 3, ("sumbara bekasi", "ORG"),
                      ("sumbara", "ORG")).with_columns(text=pl.col("key").str.to_titlecase())
    assert link_keys(club)["key"].to_list() == ["partai sumbara"] + ["sumbara garut"] * 3 + ["sumbara bekasi", "sumbara garut"]


def test_a_name_joins_its_one_town_s_form_unless_that_form_is_far_rarer_than_the_name_alone():
    club = candidates(*[("sumbara", "ORG")] * 3, ("sumbara garut", "ORG"))
    assert set(join_town_suffixed_names(club)["key"]) == {"sumbara garut"}
    body = candidates(*[("bpkn", "ORG")] * 4, ("bpkn garut", "ORG"))  # the national body, once its town's office
    assert join_town_suffixed_names(body)["key"].to_list() == ["bpkn"] * 4 + ["bpkn garut"]
    # in the town office's own document, the bare name is that office
    body = pl.concat([body, pl.DataFrame({"key": ["bpkn"], "type": ["ORG"], "doc_id": ["d4"], "rule": ["single_word"],
                                          "type_rule": ["single_word"]})])
    assert join_town_suffixed_names(body)["key"].to_list() == ["bpkn"] * 4 + ["bpkn garut"] * 2


def test_a_name_joins_the_town_s_form_the_collection_writes_far_more_often_than_its_others():
    def written(*rows, shouted=False):
        return candidates(*rows).with_columns(text=pl.col("key").str.to_uppercase() if shouted else pl.col("key").str.to_titlecase())
    # `Sumbara Bekasi` once, a misreading, does not keep `Sumbara` from the club's usual form
    club = written(*[("sumbara", "ORG")] * 3, *[("sumbara garut", "ORG")] * 3, ("sumbara bekasi", "ORG"))
    assert join_town_suffixed_names(club)["key"].to_list() == ["sumbara garut"] * 6 + ["sumbara bekasi"]
    # two towns' forms as common: two clubs or two offices; an office's head every town has, or an acronym, takes none
    even = written(*[("sumbara", "ORG")] * 3, *[("sumbara garut", "ORG")] * 2, ("sumbara bekasi", "ORG"))
    assert join_town_suffixed_names(even)["key"].to_list() == ["sumbara"] * 3 + ["sumbara garut"] * 2 + ["sumbara bekasi"]
    office = written(*[("polres", "ORG")] * 3, *[("polres garut", "ORG")] * 3, ("polres bekasi", "ORG"))
    assert join_town_suffixed_names(office)["key"].to_list()[:3] == ["polres"] * 3
    acronym = written(*[("bpkd", "ORG")] * 3, *[("bpkd garut", "ORG")] * 3, ("bpkd bekasi", "ORG"), shouted=True)
    assert join_town_suffixed_names(acronym)["key"].to_list()[:3] == ["bpkd"] * 3


def test_first_names_alone_join_the_dominant_fuller_name():
    rows = candidates(*[("rina sari", "PERSON")] * 2, *[("rina sari wulandari", "PERSON")] * 6,
                      ("rina sari dipanggil", "PERSON"), ("dimas anggara", "PERSON"),
                      ("dimas anggara putra", "PERSON"), ("dimas anggara saputra", "PERSON"))
    assert join_name_prefixes(rows)["key"].to_list() == (
        ["rina sari wulandari"] * 8 + ["rina sari dipanggil", "dimas anggara", "dimas anggara putra", "dimas anggara saputra"])


def test_a_fuller_name_from_one_document_or_run_on_into_a_word_takes_nothing():
    rows = pl.DataFrame({"key": ["rina sari", "rina sari wulandari", "rina sari wulandari", "dimas anggara",
                                 "dimas anggara dalam", "dimas anggara dalam"],
                         "type": ["PERSON"] * 6, "doc_id": ["a", "b", "b", "c", "d", "e"]})
    assert join_name_prefixes(rows)["key"].to_list() == rows["key"].to_list()


def test_a_body_with_its_country_suffix_or_seat_is_the_body_the_collection_names():
    rows = candidates(("lkbn ri", "ORG"), ("lkbn", "ORG"), ("mabes lkbn", "ORG"), ("mapolres sukamaju", "ORG"),
                      ("polres sukamaju", "ORG"), ("dewan tani ri", "ORG"), ("mabes polri", "ORG"),
                      ("kepolisian negara republik indonesia", "ORG"))
    assert join_body_forms(rows)["key"].to_list() == [
        "lkbn", "lkbn", "lkbn", "polres sukamaju", "polres sukamaju",
        "dewan tani ri",  # no `dewan tani` in the collection: left alone
        "kepolisian negara republik indonesia", "kepolisian negara republik indonesia"]  # the gazetteer's key of Polri


def test_bodies_and_places_written_with_and_without_a_space_are_one_name():
    rows = candidates(("market induk kramat jati", "LOC"), ("market induk kramatjati", "LOC"), ("market induk kramat jati", "LOC"),
                      ("rina sari", "PERSON"), ("rinasari", "PERSON"))
    assert join_spacing_variants(rows)["key"].to_list() == [
        "market induk kramat jati", "market induk kramat jati", "market induk kramat jati", "rina sari", "rinasari"]


def test_a_regional_government_without_its_level_is_the_one_the_collection_names_with_it():
    rows = candidates(("pemda sukamaju", "ORG"), ("pemprov sukamaju", "ORG"), ("pemda cibening", "ORG"),
                      ("pemkab cibening", "ORG"), ("pemkot cibening", "ORG"))
    assert join_regional_government_forms(rows)["key"].to_list() == [
        "pemprov sukamaju", "pemprov sukamaju", "pemda cibening", "pemkab cibening", "pemkot cibening"]


def test_a_body_named_by_a_known_form_with_its_head_repeated_or_after_a_known_acronym_is_the_known_body():
    rows = candidates(("partai perindo", "ORG"), ("bpk sukamaju", "ORG"), ("partai sukamaju", "ORG"), ("perindo", "PERSON"))
    assert join_known_short_forms(rows)["key"].to_list() == [
        "partai persatuan indonesia", "badan pemerixa keuangan sukamaju", "partai sukamaju", "perindo"]


def test_a_place_named_after_a_person_is_one_place_with_or_without_the_person_s_title():
    rows = candidates(("stret jenderal sukarta", "LOC"), ("stret sukarta", "LOC"), ("stret kolonel wiraguna", "LOC"),
                      ("jenderal sukarta", "PERSON"))
    # without its title only where the collection names it so; a person keeps the title's place in the key
    assert join_titled_place_names(rows)["key"].to_list() == ["stret sukarta", "stret sukarta", "stret kolonel wiraguna",
                                                              "jenderal sukarta"]


def test_a_clipped_first_word_is_the_one_usual_name_it_clips():
    rows = candidates(("sun rovers", "ORG"), ("sunderham rovers", "ORG"), ("sunderham rovers", "ORG"),
                      # a name of its own the collection writes more often than the fuller one
                      ("kal indonesia", "ORG"), ("kalpay indonesia", "ORG"),
                      ("kalpay indonesia", "ORG"), ("kal indonesia", "ORG"), ("kal indonesia", "ORG"),
                      ("mor united", "ORG"), ("morton united", "ORG"), ("morley united", "ORG"),  # two fit
                      ("sukamaju timur", "LOC"), ("sukamajuan timur", "LOC"))  # two letters: a misspelling, no clip
    assert join_clipped_first_words(rows)["key"].to_list() == [
        "sunderham rovers", "sunderham rovers", "sunderham rovers", "kal indonesia", "kalpay indonesia",
        "kalpay indonesia", "kal indonesia", "kal indonesia", "mor united", "morton united", "morley united",
        "sukamaju timur", "sukamajuan timur"]


def test_a_body_with_its_head_abbreviated_is_the_body_with_the_head_in_full():
    keyed = expand_abbreviated_heads(candidates(("rs medika", "ORG"), ("rumah sakit medika", "ORG"), ("rs", "ORG"), ("rs medika", "PERSON"),
                                                ("smkn 2 wonotan", "ORG"), ("smk negeri 2 wonotan", "ORG")))
    assert keyed["key"].to_list() == ["rumah sakit medika", "rumah sakit medika", "rs", "rs medika",
                                      "smk negeri 2 wonotan", "smk negeri 2 wonotan"]  # a state school's `N` is `Negeri`


def test_an_abbreviated_head_is_written_in_full_and_any_other_key_is_itself():
    from transforms.entity_keys import with_head_in_full
    assert with_head_in_full("polda sukamaju") == "kepolisian daerah sukamaju"
    assert with_head_in_full("rs sukamaju") == "rumah sakit sukamaju"
    assert with_head_in_full("polda") == "polda" and with_head_in_full("sukamaju raya") == "sukamaju raya"
    # a head the press shortens, not abbreviates: a boarding school named without its `pondok`
    assert with_head_in_full("pesantren nurul wonotan") == "pondok pesantren nurul wonotan"
    # a regional office's `Dis-` form, as its organisation chart writes it
    assert with_head_in_full("disperindag wonotan") == "dinas perindustrian dan perdagangan wonotan"
    assert with_head_in_full("diskes sukamaju") == with_head_in_full("dinkes sukamaju") == "dinas kesehatan sukamaju"


def test_a_regional_government_defined_by_its_short_form_is_the_one_another_document_names_in_full():
    # `Pemerintah Provinsi (Pemprov) X` keys by the short form it defines, `Pemerintah Provinsi X` by the words in full;
    # the region's short form (`Jabar`) is its name (a key step spells it out)
    from tests.transforms.entities import entity_of, extract
    _, mentions = extract("Pemerintah Provinsi (Pemprov) Jabar menggelar rapat. Pemprov Jabar menolak usul itu.",
                          "Pemerintah Provinsi Jawa Barat menambah anggaran tahun ini.")
    assert entity_of(mentions, "Pemprov Jabar") == entity_of(mentions, "Pemerintah Provinsi Jawa Barat")


def test_a_police_unit_s_seat_is_the_unit_whose_head_the_keys_spell_out():
    # `Mapolrestabes X` (its headquarters) and `Polrestabes X`, whose abbreviated head an earlier step spelt out
    keys = link_keys(candidates(("mapolrestabes sukamaju", "ORG"), ("polrestabes sukamaju", "ORG")))["key"].to_list()
    assert keys[0] == keys[1]
