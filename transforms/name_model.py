"""A statistical name model: is a capitalised span a person, an organisation, a place, or no name?

A multinomial logistic regression over sparse features of the span and the words around it,
trained on two openly licensed Indonesian NER sets and the project's development golds by
`scripts/train_name_model.py` (see data/NAME_MODEL_LICENSES.md). The weights live in data/name_model.parquet, one row per feature;
scoring is a join of the spans' features with that table and a sum, so whole frames score at once.
Some features are classes from warta's word lists and clusters of words mined from unlabelled news
(data/word_clusters.tsv, scripts/mine_word_clusters.py): retrain after changing the lists or the clusters read here.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np
import polars as pl

from transforms.lexicon import (DATA, city_names, corpus_lower_share, corpus_vocabulary, known_names, phrase_table,
                                table_rows, word_set)

MODEL_FILE = DATA / "name_model.parquet"
LABELS = ("none", "PERSON", "ORG", "LOC")
CONTEXT_CHARS = 40  # of text kept on each side of a span: enough for the word before and after it
SPANS_SCHEMA = {"left": pl.String, "text": pl.String, "right": pl.String}
SENTENCE_ENDS = [".", "!", "?", ":", ";"]
QUOTE_MARKS = ["“", '"', "‘", "'", "«", "("]
CLUSTER_GRAINS = ("128", "1024")  # the columns of data/word_clusters.tsv (scripts/mine_word_clusters.py)


@lru_cache(maxsize=1)
def _word_classes() -> pl.DataFrame:
    """(word, class) pairs from warta's own lists, lower case; a feature fires when a word belongs to a class."""
    first_words = lambda table: {phrase[0] for phrase in table}  # noqa: E731
    classes = {
        "common": word_set("common_words.txt") | word_set("lowercase_words.txt"),
        "capnon": word_set("capitalised_non_names.txt") | word_set("non_name_words.txt"),
        "propn": word_set("initial_names.txt"),
        # how the news corpus writes the word inside sentences: mostly in lower case, or as often as not
        "lowcase": corpus_vocabulary(),
        "mixcase": set(corpus_lower_share()) - corpus_vocabulary(),
        "given": word_set("person_names.txt"),
        "world": word_set("world_given_names.txt"),  # other countries' first names (Faker's lists)
        "title": first_words(phrase_table("titles.txt")),
        "role": word_set("person_roles.txt"),
        "orghead": word_set("org_heads.txt"),
        "orgtail": word_set("org_tails.txt") | word_set("media_words.txt"),
        "placehead": first_words(phrase_table("place_heads.txt")),
        "misc": word_set("misc_heads.txt"),
        "month": word_set("calendar_words.txt"),
        "english": word_set("english_words.txt"),  # common English words (wordfreq; data/ENGLISH_WORDS_LICENSE.md)
    }
    pairs = sorted((word, name) for name, words in classes.items() for word in words)
    return pl.DataFrame(pairs, schema={"word": pl.String, "class": pl.String}, orient="row")


@lru_cache(maxsize=1)
def _word_clusters() -> pl.DataFrame:
    """(word, cluster) pairs, a word in one cluster per grain (`128:12`, `1024:301`): words of the news's vocabulary it
    writes in the same company (mined from unlabelled text, data/word_clusters.tsv; names have none), so a word the golds
    never labelled reads as its neighbours do (`menyatakan` as `mengatakan`, `dolar` as `rupiah`)."""
    pairs = sorted((row[0], f"{grain}:{cluster}") for row in table_rows("word_clusters.tsv")
                   for grain, cluster in zip(CLUSTER_GRAINS, row[1:]))
    return pl.DataFrame(pairs, schema={"word": pl.String, "cluster": pl.String}, orient="row")


@lru_cache(maxsize=1)
def _gazetteers() -> pl.DataFrame:
    """Whole-span look-ups: world cities, and the countries, regions and bodies of `known_names`."""
    rows = {name: "city" for name in city_names()}
    rows.update({key: f"known_{kind}" for key, (kind, _) in known_names().items()})
    return pl.DataFrame({"key": list(rows), "gazetteer": list(rows.values())}).sort("key")


@lru_cache(maxsize=1)
def load_model() -> pl.DataFrame:
    """The packaged weights: `feature` and one Float32 column per label."""
    return pl.read_parquet(MODEL_FILE)


def _word_shape(column: pl.Expr) -> pl.Expr:
    """`Jakarta` -> `Xx`, `DPR` -> `X`, `Covid-19` -> `Xx-d`: letter classes with runs collapsed."""
    return (column.str.replace_all(r"\p{Lu}+", "X").str.replace_all(r"\p{Ll}+", "x")
            .str.replace_all(r"\d+", "d"))


def span_features(spans: pl.DataFrame) -> pl.DataFrame:
    """Spans (`left` context, `text`, `right` context) -> (row, feature) pairs, `row` the span's position.

    The training script and the scorer share the feature functions, so a feature means the same in both.
    """
    contexts = span_contexts(spans)
    return pl.concat([text_features(contexts.get_column("text")), context_features(contexts)])


def span_contexts(spans: pl.DataFrame) -> pl.DataFrame:
    """Spans -> `prev`, `text`, `next`, `prev2`, `next2`: all the features look at. The word or mark just before and
    after the span and the one beyond each, null across a line break or at the edge. The second word before reads an
    office before a place before a name (`Presiden Sukamaju | Tono`); session 33 (dev splits of ../shared/ner, the model
    trained on the train splits: idner 0.801 -> 0.807, NERGRIT 0.710 -> 0.715)."""
    return spans.select(prev=pl.col("left").str.extract(r"(\w+|[^\w\s])[ \t]*$"), text=pl.col("text"),
                        next=pl.col("right").str.extract(r"^[ \t]*(\w+|[^\w\s])"),
                        prev2=pl.col("left").str.extract(r"(\w+|[^\w\s])[ \t]*(?:\w+|[^\w\s])[ \t]*$"),
                        next2=pl.col("right").str.extract(r"^[ \t]*(?:\w+|[^\w\s])[ \t]*(\w+|[^\w\s])"))


def _span_words(frame: pl.DataFrame) -> pl.DataFrame:
    """`row` and `text` -> the span's words and shape columns both kinds of features use."""
    framed = frame.with_columns(lower=pl.col("text").str.to_lowercase()).with_columns(words=pl.col("lower").str.split(" "))
    return framed.with_columns(
        n=pl.col("words").list.len(), first=pl.col("words").list.first(), last=pl.col("words").list.last(),
        shape=_word_shape(pl.col("text")).str.split(" ").list.eval(pl.element().str.slice(0, 4)).list.join(" "),
    ).with_columns(length=pl.col("n").clip(upper_bound=5).cast(pl.String))


def text_features(texts: pl.Series) -> pl.DataFrame:
    """Span texts -> (row, feature) pairs of the features that look at the span alone."""
    framed = _span_words(pl.DataFrame({"text": texts}).with_row_index("row")).with_columns(
        caps=(pl.col("text") == pl.col("text").str.to_uppercase()) & pl.col("text").str.contains(r"\p{L}"),
    )
    length = pl.col("length")
    span_level = [
        pl.lit("bias"),
        "s=" + pl.col("lower"),
        "f=" + pl.col("first"),
        "l=" + pl.col("last"),
        "sh=" + pl.col("shape"),
        "len=" + length,
        "suf=" + pl.col("last").str.slice(-3),
        "fsuf=" + pl.col("first").str.slice(-3),
        pl.when(pl.col("caps")).then("caps|" + length),
        pl.when(pl.col("text").str.contains(r"\d")).then(pl.lit("digit")),
    ]
    gazetteer = framed.select(
        "row", key=pl.when(pl.col("caps") & (pl.col("text").str.len_chars() > 1)).then(pl.col("text"))
        .otherwise(pl.col("lower")),
    ).join(_gazetteers(), on="key", how="inner").select("row", feature="G:" + pl.col("gazetteer"))
    words = framed.select("row", word=pl.col("words")).explode("word").filter(pl.col("word") != "")
    # the word classes of the last and every word of the span, through one join
    classes = pl.concat([
        framed.select("row", word="last", tag=pl.lit("L:"), tail="|" + length),
        words.select("row", "word", tag=pl.lit("A:"), tail=pl.lit("")),
    ]).join(_word_classes(), on="word", how="inner").select("row", feature=pl.concat_str("tag", "class", "tail"))
    clusters = pl.concat([
        framed.select("row", word="last", tag=pl.lit("CL:")),
        words.select("row", "word", tag=pl.lit("CA:")),
    ]).join(_word_clusters(), on="word", how="inner").select("row", feature=pl.concat_str("tag", "cluster"))
    return pl.concat([
        *(framed.select("row", feature=feature) for feature in span_level),
        clusters,
        words.select("row", feature="w=" + pl.col("word")),
        classes,
        gazetteer,
        _letter_trigrams(framed),
    ]).drop_nulls("feature")


def _letter_trigrams(framed: pl.DataFrame) -> pl.DataFrame:
    """(row, feature) pairs `c3=<tri>` of a one-word span's letter trigrams, its edges marked (`^ca`, `lez`, `ez$`): a
    word no list knows still reads as a person's name or a company's coinage by its letters (`Cashlez`)."""
    single = framed.filter(pl.col("n") == 1).select("row", word="^" + pl.col("lower") + "$")
    longest = single.get_column("word").str.len_chars().max() or 0
    trigrams = [single.select("row", feature=pl.col("word").str.slice(i, 3)) for i in range(max(longest - 2, 0))]
    if not trigrams:
        return pl.DataFrame(schema={"row": pl.UInt32, "feature": pl.String})
    return pl.concat(trigrams).filter(pl.col("feature").str.len_chars() == 3).select("row", feature="c3=" + pl.col("feature"))


def context_features(contexts: pl.DataFrame) -> pl.DataFrame:
    """`span_contexts` rows -> (row, feature) pairs of the features that look at the words around the span."""
    framed = _span_words(contexts.with_row_index("row").with_columns(
        # a capitalised word touching the span: it is part of a longer run, as a title before a name is
        joined=pl.concat_str(pl.col("prev").str.contains(r"^\p{Lu}").fill_null(False).cast(pl.Int8),
                             pl.col("next").str.contains(r"^\p{Lu}").fill_null(False).cast(pl.Int8)),
        prev=pl.col("prev").str.to_lowercase(),
        next=pl.col("next").str.to_lowercase(),
        prev2=pl.col("prev2").str.to_lowercase(),
        next2=pl.col("next2").str.to_lowercase(),
    ))
    length = pl.col("length")
    position = (pl.when(pl.col("prev").is_null() | pl.col("prev").is_in(SENTENCE_ENDS)).then(pl.lit("init"))
                .when(pl.col("prev").is_in(QUOTE_MARKS)).then(pl.lit("quote")).otherwise(pl.lit("mid")))
    prev = pl.col("prev").fill_null("<s>")
    around = [
        "p=" + prev,
        "n=" + pl.col("next").fill_null("</s>"),
        "pf=" + prev + "|" + pl.col("first"),
        "psh=" + prev + "|" + pl.col("shape"),
        "joined=" + pl.col("joined") + "|" + length,
        "pos=" + position + "|" + length,
        "p2=" + pl.col("prev2").fill_null("<s>"),
        "pp=" + pl.col("prev2").fill_null("<s>") + "|" + prev,
        "n2=" + pl.col("next2").fill_null("</s>"),
    ]
    # the word classes of the first word (with its position), the previous, the next and the second previous word
    classes = pl.concat([
        framed.select("row", word="first", tag=pl.lit("F:"), tail="|" + position + "|" + length),
        framed.select("row", word="prev", tag=pl.lit("P:"), tail=pl.lit("")),
        framed.select("row", word="next", tag=pl.lit("N:"), tail=pl.lit("")),
        framed.select("row", word="prev2", tag=pl.lit("Q:"), tail=pl.lit("")),
    ]).join(_word_classes(), on="word", how="inner").select("row", feature=pl.concat_str("tag", "class", "tail"))
    clusters = pl.concat([
        framed.select("row", word="prev", tag=pl.lit("CP:")),
        framed.select("row", word="next", tag=pl.lit("CN:")),
    ]).join(_word_clusters(), on="word", how="inner").select("row", feature=pl.concat_str("tag", "cluster"))
    # a linear model adds features up: the class of the word touching each edge crossed with that of the span's word at
    # the edge says what the two apart cannot (`X:title|given`, an office then a first name; session 33)
    crossed = [_crossed_classes(framed, "prev", "first", "X:"), _crossed_classes(framed, "last", "next", "Y:")]
    return pl.concat([*(framed.select("row", feature=feature) for feature in around), classes, clusters, *crossed]
                     ).drop_nulls("feature")


def _crossed_classes(framed: pl.DataFrame, left: str, right: str, tag: str) -> pl.DataFrame:
    """(row, feature) pairs `<tag><class of the left word>|<class of the right word>`, for every pair of their classes."""
    classes = _word_classes()
    left_classes = framed.select("row", word=left).join(classes, on="word", how="inner").select("row", left="class")
    right_classes = framed.select("row", word=right).join(classes, on="word", how="inner").select("row", right="class")
    return left_classes.join(right_classes, on="row", how="inner").select("row", feature=tag + pl.col("left") + "|" + pl.col("right"))


FIXED_POINT = 2 ** 24  # weights are summed as integers: the same total in any order, so runs are byte-identical


def _fixed_point(weights: pl.DataFrame) -> pl.DataFrame:
    """The weight table in integers of 1 / FIXED_POINT."""
    return weights.select("feature", *((pl.col(label) * FIXED_POINT).round().cast(pl.Int64) for label in LABELS))


@lru_cache(maxsize=1)
def fixed_point_model() -> pl.DataFrame:
    """The packaged weights in fixed point, converted once per process (every scoring sums them)."""
    return _fixed_point(load_model())


def _raw_scores(features: pl.DataFrame, fixed: pl.DataFrame, rows: int) -> np.ndarray:
    """(row, feature) pairs and a fixed-point weight table (`_fixed_point`) -> (rows x labels) summed weights."""
    summed = (features.join(fixed, on="feature", how="inner")
              .group_by("row").agg(pl.col(label).sum() for label in LABELS))
    scores = np.zeros((rows, len(LABELS)), dtype=np.float64)
    scores[summed["row"].to_numpy()] = summed.select(LABELS).to_numpy() / FIXED_POINT
    return scores


def _softmax(scores: np.ndarray) -> np.ndarray:
    exponent = np.exp(scores - scores.max(axis=1, keepdims=True))
    return exponent / exponent.sum(axis=1, keepdims=True)


def score_features(features: pl.DataFrame, weights: pl.DataFrame, rows: int) -> np.ndarray:
    """(row, feature) pairs and a weight table -> (rows x labels) probabilities."""
    return _softmax(_raw_scores(features, _fixed_point(weights), rows))


def score_spans(spans: pl.DataFrame) -> pl.DataFrame:
    """Spans (`left`, `text`, `right`: the text before, of and after each) -> `model_type` and `probability`.

    `model_type` is the most probable label (`none` when the span is no name), `probability` its
    probability; `p_none`, `p_person`, `p_org` and `p_loc` give all four.
    """
    probabilities = context_probabilities(span_contexts(spans))
    return pl.DataFrame({
        "model_type": pl.Series([LABELS[i] for i in probabilities.argmax(axis=1)], dtype=pl.String),
        "probability": probabilities.max(axis=1) if spans.height else np.zeros(0),
        **{f"p_{label.lower()}": probabilities[:, i] for i, label in enumerate(LABELS)},
    })


def context_probabilities(contexts: pl.DataFrame) -> np.ndarray:
    """`span_contexts` rows -> (rows x labels) probabilities, in the order of LABELS."""
    # A linear model: the span's own features and those of its surroundings add up, so each part is
    # scored once per distinct text or surroundings (names repeat; this is what keeps scoring cheap).
    texts = contexts.select("text").unique(maintain_order=True)
    around = contexts.unique(maintain_order=True)
    weights = fixed_point_model()
    text_scores = _raw_scores(text_features(texts.get_column("text")), weights, texts.height)
    context_scores = _raw_scores(context_features(around), weights, around.height)
    at_text = contexts.join(texts.with_row_index("at"), on="text", how="left", maintain_order="left")["at"].to_numpy()
    at_context = contexts.join(around.with_row_index("at"), on=contexts.columns, how="left", nulls_equal=True,
                               maintain_order="left")["at"].to_numpy()
    return _softmax(text_scores[at_text] + context_scores[at_context])


def spans_in_text(text: str, offsets: list[tuple[int, int]]) -> pl.DataFrame:
    """The `score_spans` input for spans of one text given by their offsets."""
    rows = [(text[max(0, start - CONTEXT_CHARS):start], text[start:end], text[end:end + CONTEXT_CHARS]) for start, end in offsets]
    return pl.DataFrame(rows, schema=SPANS_SCHEMA, orient="row")

