"""Speakers and sources of quotes resolved to entities; the quotes, attributions and quote_clusters tables.

A speaker phrase becomes an entity through the rules of SPEAKER_RULES, in order (speakers.py):
- `pronoun_reference`: a pronoun or a `-nya` clitic (`katanya`, `ia`, `beliau`) is the speaker of the
  closest attributed quote before it (unless a later sentence has a subject that quote did not name), else
  the subject of a sentence before it (never a name a word governs: `nama Rina`, `istri Rina`), else the
  closest person mentioned before it; a description with a demonstrative (`pemain berusia 26 tahun itu`) or `sang` is the
  closest person the document has named in two sentences;
- `role_reference`: a description (`sang pelatih`, `pelatih asal Bandung itu`) or role words alone (`kata jaksa`) whose
  role word the document puts before one person's name only is that person;
- `title_reference`: a title alone (`kata Presiden`) is the person the document gives that title;
- `apposition`: `ajudan Gubernur Rudi Hartono, Sinta Dewi` is the name after the comma;
- `named_person`, `named_organisation`, `named_body`: the person named in the phrase, else the
  organisation, else a body or place that opens it;
- `body_after_side_head`: `Pihak Microsoft`, `laporan X`: the body after a word standing for its side;
- `named_in_document`: a word the document uses in a person's name (`tutur Amin`);
- `unnamed`: a role with no name (`juru bicara Istana`, `media pemerintah`): the text is kept, the
  entity is null.
Quotes of the same statement in several documents share a `cluster_id` (clusters.py): close wording, and
speakers that are the same or unknown; word trigrams three or more different speakers say are formulas.
`attributions.method` is the quote's rule and the speaker rule joined by `+`; see docs/rules.md.
The per-document part (`attribute_documents`) is keyed by a digest of all it reads, so a run can reuse an
earlier run's rows of unchanged documents; sentence indexes and clusters (`assemble_attributions`) are
collection-wide; clusters compare only the quotes that changed since an earlier run's state (`CLUSTER_STATE`).
"""

from transforms.attributions.clusters import CLUSTER_STATE, cluster_quotes, summarise_clusters
from transforms.attributions.tables import (
    ATTRIBUTED,
    READ_COLUMNS,
    assemble_attributions,
    attribute_documents,
    attribute_quotes,
)

__all__ = ["ATTRIBUTED", "CLUSTER_STATE", "READ_COLUMNS", "assemble_attributions", "attribute_documents", "attribute_quotes",
           "cluster_quotes", "summarise_clusters"]
