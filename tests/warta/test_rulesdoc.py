from pathlib import Path

from transforms.schemas import ATTRIBUTION_METHODS, MENTIONS, QUOTE_RULES, SPEAKER_RULES
from warta.rulesdoc import SECTIONS, render


def test_the_rules_page_in_docs_is_up_to_date():
    committed = (Path(__file__).resolve().parents[2] / "docs" / "rules.md").read_text(encoding="utf-8")
    assert committed == render(), "run `python -m warta.rulesdoc` after changing a rule registry"


def test_the_rules_page_lists_every_allowed_rule():
    listed = {name for _, _, rules in SECTIONS for name in rules}
    assert set(MENTIONS.column("type_rule").allowed) | set(QUOTE_RULES) | set(SPEAKER_RULES) <= listed
    assert {method.split("+")[-1] for method in ATTRIBUTION_METHODS} <= listed
