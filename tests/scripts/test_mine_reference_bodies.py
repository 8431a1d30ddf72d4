"""scripts/mine_reference_bodies.py keeps the bodies the collection's context made, on an invented output."""

import importlib.util
import sys

import polars as pl

from tests.conftest import REPO

sys.path.insert(0, str(REPO / "scripts"))
spec = importlib.util.spec_from_file_location("mine_reference_bodies", REPO / "scripts" / "mine_reference_bodies.py")
mine = importlib.util.module_from_spec(spec)
spec.loader.exec_module(mine)


def test_only_the_bodies_made_by_the_collections_context_are_kept(tmp_path):
    pl.DataFrame({"entity_id": ["E1", "E1", "E2", "E3"],
                  "type_rule": ["body_by_collection_context", "person_by_shape", "organisation_head", "person_after_title"]}
                 ).write_parquet(tmp_path / "mentions.parquet")
    pl.DataFrame({"entity_id": ["E1", "E2", "E3"], "name": ["Garuda Rovers", "Dinas Pangan", "Rina Sari"],
                  "type": ["ORG", "ORG", "PERSON"], "document_count": [4, 9, 3]}).write_parquet(tmp_path / "entities.parquet")
    assert mine.collection_bodies(tmp_path).rows() == [("garuda rovers", 4)]
