"""Reading of scripts/build_club_names.py on invented club lists in openfootball's layout."""

import importlib.util

from tests.conftest import REPO

spec = importlib.util.spec_from_file_location("build_club_names", REPO / "scripts" / "build_club_names.py")
build = importlib.util.module_from_spec(spec)
spec.loader.exec_module(build)

ENGLAND = """= Wonfordshire

Wonford Rovers FC, 1886, @ Wonford Park, Wonford   ## a comment
  | Wonford | Rovers
  | FC Wönford [de]
 Wonford Road 1 // an address line
ii) Wonford Rovers B
  | Rovers B
Sukamaju Town FC (1920-1931),   Sukamaju
  | Sukamaju\tTown
"""


def test_a_club_list_gives_each_first_team_its_forms():
    clubs = dict(build.read_clubs(ENGLAND))
    assert clubs == {"Wonford Rovers FC": {"Wonford Rovers FC", "Wonford", "Rovers", "FC Wönford"},
                     "Sukamaju Town FC": {"Sukamaju Town FC", "Sukamaju Town"}}


def test_a_form_two_clubs_share_goes_to_the_one_european_club(tmp_path):
    (tmp_path / "europe" / "wonfordia").mkdir(parents=True)
    (tmp_path / "europe" / "wonfordia" / "wf.clubs.txt").write_text(ENGLAND, encoding="utf-8")
    (tmp_path / "south-america" / "sukamajia").mkdir(parents=True)
    (tmp_path / "south-america" / "sukamajia" / "sk.clubs.txt").write_text(
        "Wonford Juniors, Sukamaju\n  | Wonford | Juniors\nRovers SC, Sukamaju\n  | Rovers\n", encoding="utf-8")
    (tmp_path / "south-america" / "sukamajia" / "sk2.clubs.txt").write_text("Juniors United, Sukamaju\n  | Juniors\n",
                                                                           encoding="utf-8")
    forms = build.club_forms(tmp_path)
    assert forms["wonford"] == "Wonford Rovers FC" and forms["rovers"] == "Wonford Rovers FC"
    assert forms["fc wonford"] == forms["fc wönford"] == "Wonford Rovers FC"  # written without its accents too
    assert "juniors" not in forms  # two clubs, neither European
    assert forms["wonford juniors"] == "Wonford Juniors"
