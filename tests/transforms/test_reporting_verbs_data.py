"""Shape of transforms/data/reporting_verbs_mined.tsv: the columns and values of speech_verbs.tsv, no form of that file,
and every form a candidate the mining script ranked (docs/reporting-verbs-candidates.tsv)."""

import pytest

from tests.conftest import REPO
from transforms.lexicon import DATA

MINED = DATA / "reporting_verbs_mined.tsv"
CANDIDATES = REPO / "docs" / "reporting-verbs-candidates.tsv"
GROUPS = {"base", "men", "nya", "passive", "source"}
POSITIONS = {"post", "pre", "any"}
CONTENTS = {"free", "link", "object_verb", "predicate"}


def rows(path):
    return [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]


MINED_ROWS = rows(MINED)


def test_header_names_its_source():
    header = [line for line in MINED.read_text(encoding="utf-8").splitlines() if line.startswith("#")]
    assert any("scripts/mine_reporting_verbs.py" in line for line in header)
    assert any("reviewed by hand" in line for line in header)


@pytest.mark.parametrize("row", MINED_ROWS, ids=lambda row: row[0])
def test_row_has_the_columns_of_speech_verbs(row):
    assert len(row) == 5
    form, base, group, position, content = row
    assert form == form.strip().lower() and base
    assert group in GROUPS and position in POSITIONS and content in CONTENTS
    if group == "nya":
        assert form.endswith("nya") and position == "post"
    if group == "passive":  # the quote finder reads passives only with position `any`
        assert form.startswith("di") and position == "any"
    if group == "base":
        assert " " not in form


def test_forms_are_unique_and_new():
    forms = [row[0] for row in MINED_ROWS]
    assert len(forms) == len(set(forms))
    known = {row[0].lower() for row in rows(DATA / "speech_verbs.tsv")}
    assert not known & set(forms)


def test_every_form_was_mined():
    ranked = {row[0]: row for row in rows(CANDIDATES)[1:]}  # after the column names
    assert all(ranked[row[0]][1] == "no" for row in MINED_ROWS if row[0] in ranked)
    assert [row[0] for row in MINED_ROWS if row[0] not in ranked] == []
