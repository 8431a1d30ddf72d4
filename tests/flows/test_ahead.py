"""The steps read ahead of the flow run, as functions (the flow's use of them: tests/flows/test_incremental.py)."""

from flows import ahead
from tests.conftest import SEEDS, files_frame
from transforms.entities import attach_sentences, resolve_entities
from transforms.entity_keys import link_keys
from transforms.increments import extract_per_document
from transforms.ingest import assign_doc_ids, decode_files, select_articles


def test_resolve_takes_the_mention_candidates_out_of_the_extraction_and_resolves_them():
    seeds = sorted(SEEDS.glob("*.txt"))[:3]
    files = files_frame([(seed.name, seed.stat().st_size, seed.read_bytes(), None) for seed in seeds])
    extraction = extract_per_document(select_articles(assign_doc_ids(decode_files(files, 10**6))))
    candidates = extraction["mention_candidates"]
    entities, mentions = ahead.resolve(extraction)
    assert "mention_candidates" not in extraction  # nothing else holds them while resolution replaces them
    expected_entities, expected_mentions = resolve_entities(link_keys(candidates))
    assert mentions.height > 0 and entities.equals(expected_entities)
    assert mentions.equals(attach_sentences(expected_mentions, extraction["sentences"]))
