"""Every published table, declared once.

The transforms end with `TABLE.conform(frame)`, the expectation suites are built from these
declarations, the tests check frames against them, the Parquet writer casts with them, and
`docs/data-dictionary.md` is generated from them (`python -m warta.datadict`).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import polars as pl

ENTITY_TYPES = ("PERSON", "ORG", "LOC")
QUOTE_KINDS = ("direct", "mixed", "indirect")
ATTRIBUTION_ROLES = ("speaker", "source")
# What named a document's outlet, strongest first (see transforms/documents.py).
OUTLET_SOURCES = ("dateline", "url", "byline", "blurb", "folder", "own_reporting")
# The rule that dated a document, strongest first (see transforms/dates.py).
DATE_SOURCES = ("url", "header", "dateline", "weekday_date", "weekday_year_inferred", "written_date", "weekday_year_collection")
QUARANTINE_REASONS = ("empty", "binary", "undecodable", "too_large", "duplicate", "unreadable", "bad_name", "not_a_file",
                      "bad_date")

# Provenance: the names of the rules and passes (described in docs/rules.md, generated from their registries).
# Readers of a capitalised run (transforms/entities/reading.py).
MENTION_READING_RULES = (
    "quoted_speaker_in_run", "person_after_rank_branch", "known_name_after_title", "place_governed_by_title",
    "person_after_title", "known_name", "known_place_part", "known_name_first", "state_of_known_name",
    "organisation_head", "club_of_city_named_city", "place_head_or_tail", "lower_case_place_head", "nested_known_place", "nested_city",
    "person_after_office", "platform_before_body", "body_before_person", "official_closing_body", "known_place_before_name", "acronym_before_name", "city_before_name", "person_after_place",
    "acronym_in_brackets", "name_its_acronym_spells", "body_across_short_form", "club_after_letters", "hereditary_title_name",
)
# The shape table (transforms/entities/shape.py), in its order.
MENTION_SHAPE_RULES = (
    "governed_place", "product_model", "law_citation", "term_acronym", "organisation_tail_or_site", "organisation_context_word", "described_as_body", "club_by_designator", "brand_word", "club_after_team_role", "person_after_role_word",
    "medium_after_citing_verb", "person_after_speech_verb", "person_after_source_cue", "town_after_site", "city_gazetteer", "village_gazetteer", "vocabulary_place", "portfolio_of_title", "complement_of_title", "ministry_short_form", "initials_with_age", "name_with_age",
    "acronym", "described_person", "place_context_word", "person_after_title_or_cue", "person_before_speech_verb",
    "given_name", "single_word", "english_article", "defined_acronym_first", "capitals", "no_name_word",
    "long_or_numbered", "not_person_shaped", "odd_word_then_vocabulary", "place_preposition", "body_of_town", "club_of_city",
    "name_of_thing", "english_words", "saint_name", "person_by_shape",
)
MENTION_RULES = MENTION_READING_RULES + MENTION_SHAPE_RULES
# The passes that find quotes (transforms/quotes/), named in `quotes.rule`.
QUOTE_RULES = (
    "direct_post_cue", "direct_post_subject", "direct_pre_cue", "direct_continued", "mixed_fragment", "mixed_post_cue", "mixed_pre_cue",
    "indirect_passive", "indirect_passive_opener", "indirect_cue_opener", "indirect_quoting_source", "indirect_inside_cue", "indirect_post_cue", "indirect_pre_cue",
    "indirect_pre_clause", "indirect_clause_model", "indirect_post_subject", "indirect_according", "indirect_noun_cue",
    "indirect_added_cue",
)
# How a speaker phrase became an entity (transforms/attributions/), in the order they are tried.
SPEAKER_RULES = (
    "continued_subject", "group_reference", "pronoun_previous_speaker", "pronoun_sentence_subject", "pronoun_previous_person", "role_reference", "body_reference",
    "party_reference",
    "speaker_model",
    "agentless_passive", "title_reference", "person_in_body_name",
    "apposition", "named_person", "named_organisation", "named_body", "body_after_side_head", "named_in_document", "unnamed",
)
SOURCE_RULE = "source_cue"
ARTICLE_SOURCE_RULE = "article_source"  # an article-level source the quote stage carried to a quote that names none
SPEAKER_SOURCE_RULE = "speaker_source"  # a source carried from the speaker's earlier statement (attributions/sources.py)
# `attributions.method`: the quote's rule and the speaker's (`direct_post_cue+named_person`), or the source rule.
ATTRIBUTION_METHODS = tuple(f"{quote}+{speaker}" for quote in QUOTE_RULES for speaker in SPEAKER_RULES) + (SOURCE_RULE, ARTICLE_SOURCE_RULE, SPEAKER_SOURCE_RULE)
# Passes that change a proposed mention's type: in the document, then across the collection.
MENTION_RETYPING_RULES = (
    "lineup_player", "athlete_before_country_code", "team_after_country_code", "club_full_name", "club_in_club_report", "coordination", "exemplified_by_class", "person_by_cued_last_word", "defined_acronym", "acronym_of_name", "acronym_inside_name", "company_short_form", "body_own_name", "club_form", "person_short_form", "misspelt_short_form", "short_form_tie",
    "bracketed_short_name", "bracketed_other_name", "acronym_before_its_name", "named_epithet", "glued_office_word", "possessive_clitic", "speaker_apposition",
    "initialled_name", "initials_of_name", "club_short_form", "abbreviation_of_name", "extended_name", "group_form", "level_form", "renamed_head", "translated_name", "clipped_word_name", "tie_break", "surname_across_documents",
    "place_short_form", "place_across_documents", "type_vote", "name_model_vote", "reference_type", "body_by_collection_context", "town_of_no_person", "settled_short_form", "clipped_name", "clipped_body", "articled_club_word", "body_short_form", "town_of_club", "club_without_word", "bare_place_name",
    "misspelt_name", "misspelt_full_name", "misspelt_place", "misspelt_word", "form_written_twice",
)


@dataclass(frozen=True)
class Column:
    name: str
    dtype: pl.DataType
    description: str
    nullable: bool = True
    unique: bool = False
    allowed: tuple[str, ...] | None = None
    # set by a later step than the one that builds the table: `conform` gives a frame without it nulls
    filled_later: bool = False


@dataclass(frozen=True)
class Reference:
    """`column` of this table holds values of `target_table.target_column`."""

    column: str
    target_table: str
    target_column: str


@dataclass(frozen=True)
class Span:
    """`start`/`end` are offsets into `documents.text` of the row's `doc_column`."""

    start: str
    end: str
    doc_column: str = "doc_id"


@dataclass(frozen=True)
class Table:
    name: str
    description: str
    columns: tuple[Column, ...]
    references: tuple[Reference, ...] = ()
    spans: tuple[Span, ...] = ()
    # (table, column) pairs that together must hold every value of this table's first column
    accounted_in: tuple[tuple[str, str], ...] = ()
    sort_by: tuple[str, ...] = field(default=())

    @property
    def schema(self) -> pl.Schema:
        return pl.Schema({c.name: c.dtype for c in self.columns})

    @property
    def column_names(self) -> list[str]:
        return [c.name for c in self.columns]

    def column(self, name: str) -> Column:
        return next(c for c in self.columns if c.name == name)

    def empty(self) -> pl.DataFrame:
        return pl.DataFrame(schema=self.schema)

    def conform(self, frame: pl.DataFrame) -> pl.DataFrame:
        """The table's columns, in declared order and types, sorted for deterministic output."""
        conformed = frame.select(
            (pl.lit(None) if c.filled_later and c.name not in frame.columns else pl.col(c.name)).cast(c.dtype).alias(c.name)
            for c in self.columns
        )
        if not self.sort_by:
            return conformed
        # the rows' order is found first and applied only when it moves them: a frame already in order (a collection's
        # mentions through retyping, its quotes) is not copied whole by the sort (the sort keys are unique)
        order = conformed.select(pl.arg_sort_by(self.sort_by, nulls_last=True)).to_series()
        return conformed if order.is_sorted() else conformed[order]


TIMESTAMP = pl.Datetime("us", "UTC")
BOILERPLATE_SPAN = pl.Struct({"start": pl.Int64, "end": pl.Int64, "kind": pl.String})

DOCUMENTS = Table(
    name="documents",
    description="One row per article read from the input folder.",
    columns=(
        Column("doc_id", pl.String, "Stable id: first 16 hex digits of the SHA-256 of `text`.", False, True),
        Column("source_path", pl.String, "Path of the file, relative to the input folder.", False, True),
        Column("outlet", pl.String, "News outlet named by a source URL line, the dateline, the byline or the footer (else "
               "by the input folder the file is in, when it is named after a listed outlet: `detik/...`; else by the body's "
               "own reporting, `outlet_source`), one canonical "
               "name per outlet (`Kompas.com` for `KOMPAS.com`, `KOMPAS`; see transforms/data/outlets.tsv)."),
        Column("outlet_source", pl.String, "What named `outlet`, strongest first: the `dateline`, a source `url` line, the "
               "`byline`, the outlet's self-description footer (`blurb`), the input `folder`, or the body's `own_reporting` (`Pantauan "
               "detikcom`, `saat dihubungi X`, `kepada X`: the words before a listed outlet by which an article says its "
               "own newsroom watched or asked, transforms/data/own_outlet_cues.txt; 97.5 % the lead's outlet where the "
               "corpus's leads name one); null when `outlet` is.", allowed=OUTLET_SOURCES),
        Column("title", pl.String, "Headline line at the top of the text, when there is one."),
        Column("author", pl.String, "Author from a byline (`- Warta.co.id/Rina Sari`)."),
        Column("dateline", pl.String, "Place of the dateline; one written in capitals in title case (`JAKARTA` -> `Jakarta`)."),
        Column("published_date", pl.Date, "The day the article reports: from a source URL, the header or dateline, "
               "else the first day-named date of the text (`Senin (3/3/2025)`), else its first full date."),
        Column("date_source", pl.String, "The rule that found `published_date` (`url`, `header`, `dateline`, "
               "`weekday_date`, `weekday_year_inferred`, `written_date`, or `weekday_year_collection`: a year-less dated "
               "weekday given the year the collection's dated documents carry); null when the text has no date.",
               allowed=DATE_SOURCES),
        Column("language", pl.String, "ISO 639-1 code of the text's language, `und` when unsure.", False),
        Column("encoding", pl.String, "Encoding the file was decoded from.", False),
        Column("encoding_confidence", pl.Float64, "How sure `encoding` is, in [0, 1]: 1 for UTF-8 and byte-order marks, "
               "0.9 for Latin text that makes sense in cp1252 or UTF-16 without a mark, lower when guessed.", False),
        Column("encoding_warning", pl.String, "Why the encoding is uncertain (confidence below 0.8), else null: "
               "check the text."),
        Column("content_hash", pl.String, "Full SHA-256 of `text`.", False),
        Column("n_chars", pl.Int64, "Length of `text` in characters.", False),
        Column("body_start", pl.Int64, "Offset where the article body starts, after title, byline and dateline.", False),
        Column(
            "boilerplate",
            pl.List(BOILERPLATE_SPAN),
            "Spans of non-article lines kept in `text` but left out of quote extraction "
            "(`advertisement`, `comment_prompt`, `photo_credit`, `read_more`, ...).",
            False,
        ),
        Column("text", pl.String, "Decoded text, line endings normalised to `\\n`. All offsets point here.", False),
    ),
    sort_by=("source_path",),
)

ENTITIES = Table(
    name="entities",
    description="People, organisations and places, one row per real-world referent across the collection.",
    columns=(
        Column("entity_id", pl.String, "Stable id derived from the settled type and the canonical name "
               "(the rules' first reading where two entities share a name).", False, True),
        Column("name", pl.String, "Canonical name: the fullest form the texts use.", False),
        Column("type", pl.String, "PERSON, ORG or LOC: the rules' type, or the name model's where its mentions outvote them.",
               False, allowed=ENTITY_TYPES),
        Column("aliases", pl.List(pl.String), "Every surface form the texts use for it, canonical name included.", False),
        Column("titles", pl.List(pl.String), "Titles and roles the texts give it (`Menteri Luar Negeri`).", False),
        Column("mention_count", pl.Int64, "Number of mentions in the collection.", False),
        Column("document_count", pl.Int64, "Number of documents mentioning it.", False),
        Column("confidence", pl.Float64, "In [0, 1]: how sure the name model, with the rules' type as a prior, is that its "
               "mentions name a real referent of this type. Filter on it (with `document_count`) for cleaner lists.",
               False, filled_later=True),
    ),
    sort_by=("entity_id",),
)

MENTIONS = Table(
    name="mentions",
    description="Every mention of an entity, with character offsets into `documents.text`.",
    columns=(
        Column("mention_id", pl.String, "Stable id of the mention.", False, True),
        Column("doc_id", pl.String, "Document of the mention.", False),
        Column("entity_id", pl.String, "Entity mentioned.", False),
        Column("text", pl.String, "The mention as written.", False),
        Column("start", pl.Int64, "Start offset in `documents.text`.", False),
        Column("end", pl.Int64, "End offset (exclusive).", False),
        Column("sentence_index", pl.Int64, "Index of the sentence holding the mention, from 0.", False),
        Column("type", pl.String, "Entity type.", False, allowed=ENTITY_TYPES),
        Column("rule", pl.String, "The rule that proposed the mention (see docs/rules.md).", False, allowed=MENTION_RULES),
        Column("type_rule", pl.String, "The rule that gave it its type: `rule` itself, or a later pass that changed it.",
               False, allowed=MENTION_RULES + MENTION_RETYPING_RULES),
    ),
    references=(Reference("doc_id", "documents", "doc_id"), Reference("entity_id", "entities", "entity_id")),
    spans=(Span("start", "end"),),
    sort_by=("doc_id", "start", "end"),
)

QUOTES = Table(
    name="quotes",
    description="Statements: direct (all inside quotation marks), mixed (a reported clause with a quoted "
    "fragment) and indirect (reported speech).",
    columns=(
        Column("quote_id", pl.String, "Stable id of the quote.", False, True),
        Column("doc_id", pl.String, "Document of the quote.", False),
        Column("text", pl.String, "The content as written (direct quotes without their marks).", False),
        Column("start", pl.Int64, "Start offset in `documents.text`.", False),
        Column("end", pl.Int64, "End offset (exclusive).", False),
        Column("kind", pl.String, "direct, mixed or indirect.", False, allowed=QUOTE_KINDS),
        Column("sentence_index", pl.Int64, "Index of the sentence where the quote starts.", False),
        Column("cluster_id", pl.String, "Same id for the same statement carried by several documents.", False),
        Column("rule", pl.String, "The pass that found the quote (see docs/rules.md).", False, allowed=QUOTE_RULES),
    ),
    references=(Reference("doc_id", "documents", "doc_id"), Reference("cluster_id", "quote_clusters", "cluster_id")),
    spans=(Span("start", "end"),),
    sort_by=("doc_id", "start", "end"),
)

ATTRIBUTIONS = Table(
    name="attributions",
    description="Who made each quote (role `speaker`) and through whom the outlet got it (role `source`).",
    columns=(
        Column("attribution_id", pl.String, "Stable id of the attribution.", False, True),
        Column("quote_id", pl.String, "Quote attributed.", False),
        Column("doc_id", pl.String, "Document of the quote.", False),
        Column("role", pl.String, "speaker or source.", False, allowed=ATTRIBUTION_ROLES),
        Column("entity_id", pl.String, "Entity, null when the speaker is unnamed (`Beberapa laporan`)."),
        Column("text", pl.String, "The speaker or source as written at the cue (`Rina Sari`, `katanya`).", False),
        Column("start", pl.Int64, "Start offset of `text` in `documents.text`.", False),
        Column("end", pl.Int64, "End offset of `text` (exclusive).", False),
        Column("cue", pl.String, "Speech or sourcing word as written (`kata`, `menurut`, `dikutip`)."),
        Column("cue_start", pl.Int64, "Start offset of the cue, null without a cue."),
        Column("cue_end", pl.Int64, "End offset of the cue, null without a cue."),
        Column("method", pl.String, "The rules that produced the attribution: the quote's `rule`, `+`, and how the "
               "speaker phrase became an entity (`direct_post_cue+named_person`); `source_cue` for a source named in the "
               "quote's own sentence, `article_source` for an article-level source carried to it (`Seperti dilansir X, ...` "
               "earlier, `Demikian dilaporkan X.` after it), `speaker_source` for one carried from its speaker's earlier "
               "statement.", False,
               allowed=ATTRIBUTION_METHODS),
        Column("confidence", pl.Float64, "In [0, 1]; higher where the evidence is stronger.", False),
    ),
    references=(
        Reference("quote_id", "quotes", "quote_id"),
        Reference("doc_id", "documents", "doc_id"),
        Reference("entity_id", "entities", "entity_id"),
    ),
    spans=(Span("start", "end"), Span("cue_start", "cue_end")),
    sort_by=("doc_id", "quote_id", "role"),
)

QUOTE_CLUSTERS = Table(
    name="quote_clusters",
    description="The same statement carried by several documents: one row per `quotes.cluster_id`.",
    columns=(
        Column("cluster_id", pl.String, "Id of the cluster (the smallest quote id in it).", False, True),
        Column("quote_count", pl.Int64, "Quotes in the cluster.", False),
        Column("document_count", pl.Int64, "Documents carrying the statement.", False),
        Column("outlet_count", pl.Int64, "Distinct outlets among those documents (known outlets only).", False),
        Column("first_doc_id", pl.String, "The document with the earliest date (then the first by path).", False),
        Column("first_seen", pl.Date, "Earliest published date among its documents, when any is known."),
        Column("longest_quote_id", pl.String, "The longest version.", False),
        Column("text", pl.String, "Text of the longest version.", False),
    ),
    references=(
        Reference("first_doc_id", "documents", "doc_id"),
        Reference("longest_quote_id", "quotes", "quote_id"),
    ),
    sort_by=("cluster_id",),
)

QUARANTINE = Table(
    name="quarantine",
    description="Input files that did not become documents, with the reason.",
    columns=(
        Column("source_path", pl.String, "Path of the file, relative to the input folder.", False, True),
        Column("reason", pl.String, "Why it was set aside.", False, allowed=QUARANTINE_REASONS),
        Column("detail", pl.String, "A sentence for people (which file it duplicates, the size limit, ...).", False),
        Column("size", pl.Int64, "File size in bytes.", False),
        Column("seen_at", TIMESTAMP, "Modification time of the file the run set aside (UTC): tells versions of a path apart "
               "and keeps reruns identical, which a clock reading would not.", False),
    ),
    sort_by=("source_path",),
)

TABLES: dict[str, Table] = {
    t.name: t for t in (DOCUMENTS, ENTITIES, MENTIONS, QUOTES, ATTRIBUTIONS, QUOTE_CLUSTERS, QUARANTINE)
}

MENTION_CANDIDATES = Table(
    name="mention_candidates",
    description="Mentions proposed inside each document, before resolution across the collection.",
    columns=(
        Column("doc_id", pl.String, "Document of the mention.", False),
        Column("start", pl.Int64, "Start offset in `documents.text`.", False),
        Column("end", pl.Int64, "End offset (exclusive).", False),
        Column("text", pl.String, "The mention as written.", False),
        Column("type", pl.String, "Type read in the document.", False, allowed=ENTITY_TYPES),
        Column("strength", pl.Int64, "How sure the reading is: 1 weak, 2 medium, 3 strong.", False),
        Column("key", pl.String, "Spelling-insensitive key of the name it stands for in the document.", False),
        Column("title", pl.String, "Title written before the name."),
        Column("single", pl.Boolean, "A one-word name no document-level rule expanded.", False),
        Column("tie", pl.String, "Full names a short form fits equally well, `|`-separated: the collection decides."),
        Column("rule", pl.String, "The rule that proposed it.", False, allowed=MENTION_RULES),
        Column("type_rule", pl.String, "The rule that gave it its type.", False, allowed=MENTION_RULES + MENTION_RETYPING_RULES),
    ),
)

QUOTE_CANDIDATES = Table(
    name="quote_candidates",
    description="Quotes found inside each document with the spans of their evidence, before attribution.",
    columns=(
        Column("doc_id", pl.String, "Document of the quote.", False),
        Column("start", pl.Int64, "Start offset of the content in `documents.text`.", False),
        Column("end", pl.Int64, "End offset (exclusive).", False),
        Column("kind", pl.String, "direct, mixed or indirect.", False, allowed=QUOTE_KINDS),
        Column("method", pl.String, "The pass that found it.", False, allowed=QUOTE_RULES),
        Column("cue", pl.String, "Speech word as written."),
        Column("cue_start", pl.Int64, "Start offset of the cue."),
        Column("cue_end", pl.Int64, "End offset of the cue."),
        Column("speaker_start", pl.Int64, "Start offset of the speaker phrase."),
        Column("speaker_end", pl.Int64, "End offset of the speaker phrase."),
        Column("via_cue", pl.String, "Sourcing word as written (`dikutip dari`)."),
        Column("via_start", pl.Int64, "Start offset of the intermediary source."),
        Column("via_end", pl.Int64, "End offset of the intermediary source."),
        Column("confidence", pl.Float64, "In [0, 1], before the speaker is resolved.", False),
    ),
)

SENTENCES = Table(
    name="sentences",
    description="Sentence spans of each document; the entity and quote passes read them rather than splitting again.",
    columns=(
        Column("doc_id", pl.String, "Document of the sentence.", False),
        Column("sentence_index", pl.Int64, "Index of the sentence in its document, from 0.", False),
        Column("start", pl.Int64, "Start offset in `documents.text`.", False),
        Column("end", pl.Int64, "End offset (exclusive).", False),
    ),
)

# Kept per document in `<state_dir>/cache/` between runs; listed in the data dictionary.
CACHED_TABLES = (SENTENCES, MENTION_CANDIDATES, QUOTE_CANDIDATES)

INPUTS = Table(
    name="inputs",
    description="Every `.txt` file a run found. Validated, not published: each path must be a document or in quarantine.",
    columns=(Column("source_path", pl.String, "Path of the file, relative to the input folder.", False, True),),
    accounted_in=(("documents", "source_path"), ("quarantine", "source_path")),
    sort_by=("source_path",),
)

RUN_STATUSES = ("published", "unchanged", "validation_failed", "busy")

RUNS = Table(
    name="runs",
    description="The run log, one row per `warta run` or scheduled run, in `<state_dir>/runs.parquet`. Run times live "
    "here, so the data tables of two runs on the same input are byte-identical.",
    columns=(
        Column("run_id", pl.String, "Id of the run.", False, True),
        Column("flow_run_id", pl.String, "Prefect flow run id; null when the inputs were unchanged and no flow was needed."),
        Column("started_at", TIMESTAMP, "Start (UTC).", False),
        Column("ended_at", TIMESTAMP, "End (UTC).", False),
        Column("input_dir", pl.String, "Input folder.", False),
        Column("output_dir", pl.String, "Output folder.", False),
        Column("status", pl.String, "What the run did.", False, allowed=RUN_STATUSES),
        Column("full_rebuild", pl.Boolean, "True when asked to ignore the extraction cache (`--full`).", False),
        Column("files_in", pl.Int64, "Input files found.", False),
        Column("documents_new", pl.Int64, "Documents whose path was not published before.", False),
        Column("documents_changed", pl.Int64, "Published paths whose text changed.", False),
        Column("documents_removed", pl.Int64, "Published documents whose file is gone or now set aside.", False),
        Column("documents_unchanged", pl.Int64, "Published documents with the same path and text.", False),
        Column("documents_extracted", pl.Int64, "Texts extracted by this run (the rest came from the cache).", False),
        Column("documents_out", pl.Int64, "Rows of `documents` after the run.", False),
        Column("quarantined", pl.Int64, "Rows of `quarantine` after the run.", False),
        Column("entities", pl.Int64, "Rows of `entities` after the run.", False),
        Column("mentions", pl.Int64, "Rows of `mentions` after the run.", False),
        Column("quotes", pl.Int64, "Rows of `quotes` after the run.", False),
        Column("attributions", pl.Int64, "Rows of `attributions` after the run.", False),
        Column("validation", pl.String, "passed, failed, or skipped (nothing changed, nothing to validate).", False,
               allowed=("passed", "failed", "skipped")),
        Column("warnings", pl.List(pl.String), "Warning-level checks the tables breach (share of documents with an "
               "outlet or a date, of quotes with a named speaker, ...): the run still publishes. Null in runs logged "
               "before warnings existed."),
        Column("message", pl.String, "Why a run did not publish (validation failures, the busy output), else null."),
    ),
    sort_by=("started_at", "run_id"),
)
