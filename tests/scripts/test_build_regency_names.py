"""scripts/build_regency_names.py on invented province records, and the shipped list as the gazetteer reads it."""

import importlib.util

from tests.conftest import REPO
from transforms.lexicon import city_names, indonesian_city_names

spec = importlib.util.spec_from_file_location("build_regency_names", REPO / "scripts" / "build_regency_names.py")
build = importlib.util.module_from_spec(spec)
spec.loader.exec_module(build)


def province(*regencies: str) -> dict:
    return {"provinsi": "Sukamaju Raya", "kabupaten": [{"kab_kota": name} for name in regencies]}


def test_a_regency_is_named_without_its_level_and_with_its_bracketed_second_name():
    records = [province("Kabupaten Tonggar Hulu", "Kota Adm. Sukamaju Barat"), province("Kota Kartapura (Karta)")]
    assert build.regency_names(records) == {"tonggar hulu", "sukamaju barat", "kartapura", "karta"}


def test_a_one_word_regency_that_is_a_word_or_a_given_name_is_ambiguous():
    assert build.ambiguous("puncak") and build.ambiguous("budi")
    assert not build.ambiguous("tonggarwangi") and not build.ambiguous("puncak tonggar")


def test_the_shipped_regencies_are_indonesian_places_of_the_gazetteer():
    assert "kolaka timur" in indonesian_city_names() and "kolaka timur" in city_names()


def test_districts_and_villages_are_named_and_those_of_vocabulary_or_a_given_name_are_ordinary():
    district = {"kec": "Tonggarwangi", "kelurahan": [{"kelu": "Pakojan Hilir "}, {"kelu": "Kampung Baru"}]}
    records = [{"provinsi": "Sukamaju Raya", "kabupaten": [{"kab_kota": "Kota Kartapura", "kecamatan": [district]}]}]
    assert build.village_names(records) == {"tonggarwangi", "pakojan hilir", "kampung baru"}
    assert build.ordinary_village("kampung baru") and build.ordinary_village("budi jaya")
    assert not build.ordinary_village("pakojan hilir")


def test_the_shipped_villages_leave_out_vocabulary():
    from transforms.lexicon import indonesian_village_names

    assert "pakojan" in indonesian_village_names() and "kampung baru" not in indonesian_village_names()
