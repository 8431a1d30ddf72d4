"""The steps read ahead of the flow run, as functions (the flow's use of them: tests/flows/test_incremental.py)."""

import weakref

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


def test_attribute_takes_the_frames_it_reads_out_of_the_inputs_and_keeps_the_documents_without_their_texts():
    from transforms.attributions import attribute_quotes

    seeds = sorted(SEEDS.glob("*.txt"))[:3]
    files = files_frame([(seed.name, seed.stat().st_size, seed.read_bytes(), None) for seed in seeds])
    extraction = extract_per_document(select_articles(assign_doc_ids(decode_files(files, 10**6))))
    entities, mentions = ahead.resolve(extraction)
    documents, candidates, sentences = extraction["documents"], extraction["quote_candidates"], extraction["sentences"]
    inputs = {"candidates": candidates, "documents": documents, "entities": entities, "mentions": mentions}
    *_, quotes, attributions, _ = ahead.attribute(inputs, sentences, None, None, full=True)
    # nothing holds the frames the rows were made from through the clusters; the clusters' summary reads the documents
    assert list(inputs) == ["documents"] and inputs["documents"].equals(documents.drop("text"))
    expected_quotes, expected_attributions = attribute_quotes(candidates, documents, entities, mentions, sentences)
    assert quotes.height > 0 and quotes.equals(expected_quotes) and attributions.equals(expected_attributions)


def resolved_seeds():
    """Entities, mentions, documents and quote candidates of three seeds, resolved."""
    seeds = sorted(SEEDS.glob("*.txt"))[:3]
    files = files_frame([(seed.name, seed.stat().st_size, seed.read_bytes(), None) for seed in seeds])
    extraction = extract_per_document(select_articles(assign_doc_ids(decode_files(files, 10**6))))
    return *ahead.resolve(extraction), extraction["documents"], extraction["quote_candidates"]


def test_retype_takes_the_resolved_frames_and_drops_the_unretyped_mentions_before_grouping_their_copy(tmp_path, monkeypatch):
    from transforms import retyping

    entities, mentions, documents, quotes = resolved_seeds()
    expected = ahead.retype({"entities": entities, "mentions": mentions}, documents, quotes, tmp_path, "v", True)
    unretyped, grouped = weakref.ref(mentions), retyping._joined_by_type
    alive_when_grouped = []
    monkeypatch.setattr(retyping, "_joined_by_type", lambda *frames: alive_when_grouped.append(unretyped() is not None)
                        or grouped(*frames))
    resolved = {"entities": entities, "mentions": mentions}
    entities = mentions = None
    scores, (settled, retyped) = ahead.retype(resolved, documents, quotes, tmp_path, "v", True)
    assert resolved == {} and alive_when_grouped == [False]
    assert scores.equals(expected[0]) and settled.equals(expected[1][0]) and retyped.equals(expected[1][1])


def test_retype_gives_the_scores_to_be_written_before_the_vote_and_holds_them_no_longer(tmp_path, monkeypatch):
    from transforms import retyping

    entities, mentions, documents, quotes = resolved_seeds()
    expected = ahead.retype({"entities": entities, "mentions": mentions}, documents, quotes, tmp_path, "v", True)
    written, grouped, alive_when_grouped = [], retyping._joined_by_type, []
    monkeypatch.setattr(retyping, "_joined_by_type", lambda *frames: alive_when_grouped.append(written[0][1]() is not None)
                        or grouped(*frames))
    scores, (settled, retyped) = ahead.retype({"entities": entities, "mentions": mentions}, documents, quotes, tmp_path, "v",
                                              True, lambda frame: written.append((frame.clone(), weakref.ref(frame))))
    assert scores is None and written[0][0].equals(expected[0]) and alive_when_grouped == [False]
    assert settled.equals(expected[1][0]) and retyped.equals(expected[1][1])
