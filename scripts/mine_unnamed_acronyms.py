"""Mine the scale corpus for acronyms the name model reads as no name wherever the corpus writes them.

    python3 scripts/mine_unnamed_acronyms.py --exclude-ids FILE ... > transforms/data/unnamed_acronyms.tsv

Each article (every evaluation set's ids left out) goes through warta's per-document entity reading (`find_mentions`);
the mentions read by their capitals alone (`acronym`: a word in capitals that no definition, head or gazetteer placed)
are scored by the name model in their own contexts (`score_mentions`). Per document, the mean probability that such a
word is no name; per word, the mean of its documents'. A word written so in EVIDENCE_DOCUMENTS documents or more whose
mean is MIN_NONE or more is printed: key, documents, mean. One document's words say little of a capitalised code (`ESG`,
`SPT`: terms; `KPK`: a body); the collection's many contexts say more (retyping reads the list: transforms/retyping.py).
Deterministic: sorted by key.
"""

from __future__ import annotations

import sys
from pathlib import Path

import polars as pl

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "scripts"))
sys.path.insert(0, str(REPO))

from mine_reference_types import corpus_documents, excluded_ids, exclusion_note  # noqa: E402
from transforms.entities import find_mentions  # noqa: E402
from transforms.entities.shape import ACRONYM_READING  # noqa: E402
from transforms.name_model import FIXED_POINT  # noqa: E402
from transforms.retyping import score_mentions  # noqa: E402

EVIDENCE_DOCUMENTS = 3
MIN_NONE = 0.8


def none_by_document(mentions: pl.DataFrame, documents: pl.DataFrame) -> pl.DataFrame:
    """doc_id, key -> the mean probability of `none` over the document's mentions of the word read by its capitals."""
    read = mentions.filter((pl.col("type_rule") == ACRONYM_READING) & (pl.col("rule") == ACRONYM_READING))
    if read.is_empty():
        return pl.DataFrame(schema={"doc_id": pl.String, "key": pl.String, "none": pl.Float64})
    scores = score_mentions(read, documents)
    return (read.select("doc_id", "start", "end", "key").join(scores, on=["doc_id", "start", "end"])
            .group_by("doc_id", "key").agg(none=(pl.col("p_none") / FIXED_POINT).mean()))


def unnamed(by_document: pl.DataFrame) -> pl.DataFrame:
    return (by_document.group_by("key").agg(documents=pl.len(), none=pl.col("none").mean())
            .filter((pl.col("documents") >= EVIDENCE_DOCUMENTS) & (pl.col("none") >= MIN_NONE)).sort("key"))


def main() -> None:
    exclude_ids = excluded_ids(__doc__.splitlines()[0])
    table = unnamed(pl.concat([none_by_document(find_mentions(documents), documents)
                               for documents in corpus_documents(exclude_ids)]))
    print("# Words in capitals the name model reads as no name across the scale corpus: in EVIDENCE_DOCUMENTS documents or")
    print("# more read by their capitals alone (`acronym`), the mean over those documents of the model's probability of")
    print("# `none` at MIN_NONE or more: key (as normalise_key spells it), documents, mean. Mined by")
    print("# `python3 scripts/mine_unnamed_acronyms.py` from ../shared/corpus/news-id-6k.jsonl.gz (IndoSum CC BY-SA 4.0,")
    print(exclusion_note("Kompas, detik.com), the ids of these files left out: ", exclude_ids))
    for key, documents, none in table.iter_rows():
        print(f"{key}\t{documents}\t{none:.2f}")


if __name__ == "__main__":
    main()
