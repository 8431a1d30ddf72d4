"""Helpers the extraction packages share, one of each: span overlap, stable ids, union-find, word alternations, a
regex's matches tried where a literal occurs."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Iterator

import polars as pl


def overlaps(start: int, end: int, spans) -> bool:
    """[start, end) shares a character with one of the (start, end) spans."""
    return any(start < other_end and other_start < end for other_start, other_end in spans)


def two_capitals(text: str) -> bool:
    """At least two capital letters (`DPR`, `LapakKerja`, `PhD`): asked of every capitalised word, so the common case, a
    word whose other letters are lower case (`Jakarta`), is decided without a walk through its characters."""
    return not text[1:].islower() and sum(c.isupper() for c in text) >= 2


def alternation(words) -> str:
    """A regular expression matching any of `words` (literal strings), the longest that fits first: the same
    matches as `"|".join(sorted(map(re.escape, words), key=len, reverse=True))`, written as a tree of shared
    prefixes (`me(?:n(?:gatakan|jelaskan)|minta)`). Python's `re` tries the branches of an alternation one by one,
    so a flat list of 140 verbs costs 140 tries at every word; the tree costs a few. The words must not differ
    only in case (the word lists are lower case), or a case-insensitive pattern could try a shorter one first."""
    tree: dict = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}  # a word ends here

    def written(node: dict) -> str:
        # longer words first: a branch going on before the word that ends here, as the flat list has them
        branches = [re.escape(char) + written(child) for char, child in node.items() if char]
        if "" in node:
            branches.append("")
        return branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"

    return written(tree)


def occurrences(text: str, literal: str) -> list[int]:
    """Every position where `literal` occurs in `text`, in order (overlapping ones too)."""
    found = []
    position = text.find(literal)
    while position >= 0:
        found.append(position)
        position = text.find(literal, position + 1)
    return found


def line_starts(text: str) -> list[int]:
    """Where each line of `text` starts."""
    return [0] + [position + 1 for position in occurrences(text, "\n")]


def matches_at(pattern: re.Pattern, text: str, starts: Iterable[int]) -> Iterator[re.Match]:
    """`pattern.finditer(text)` for a pattern whose matches are never empty and can only start at one of `starts` (where
    a literal opening its every branch occurs, where lines start): those positions tried alone, in order, each from the
    last match's end on. The engine's own scan enters the pattern at every position its first character allows (each
    `s` of the text, each character a set is checked against, each position of all before `^`); `str.find` finds a
    literal's few places for far less."""
    reached = 0
    for start in sorted(starts):
        if start >= reached and (found := pattern.match(text, start)) is not None:
            reached = found.end()
            yield found


IDS_AT_ONCE = 100_000


def stable_id(prefix: str, *parts) -> str:
    """`prefix` + 15 hex digits of the SHA-1 of the parts joined by `|`: the same row, the same id, every run."""
    return prefix + hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()[:15]


def stable_ids(prefix: str, frame: pl.DataFrame, columns: list[str]) -> pl.Series:
    """`stable_id(prefix, *row)` of every row of `frame[columns]`, the keys joined in Polars; the keys and ids are
    Python strings IDS_AT_ONCE rows at a time (a collection's mentions at once: about 0.3 GB at 61,020 articles)."""
    sha1 = hashlib.sha1
    keys = frame.select(pl.concat_str(columns, separator="|")).to_series()
    return pl.concat([pl.Series([prefix + sha1(key.encode()).hexdigest()[:15] for key in keys.slice(start, IDS_AT_ONCE).to_list()],
                                dtype=pl.String) for start in range(0, len(keys), IDS_AT_ONCE)] or [pl.Series(dtype=pl.String)],
                     rechunk=True)


def join_looked_up(frame: pl.DataFrame, table: pl.DataFrame, on: list[str]) -> pl.DataFrame:
    """`frame.join(table, on=on, how="left", maintain_order="left")` for a `table` with one row per `on` at most: the
    join copies every column of `frame`, this only the columns `table` adds, `frame`'s own shared with the result
    (a collection's mentions: 2 million rows at 61,020 articles). A key `table` repeats raises: the heights differ."""
    return frame.hstack(frame.select(on).join(table, on=on, how="left", maintain_order="left").drop(on))


def filtered(frame: pl.DataFrame, which: pl.Expr, *columns: str) -> pl.DataFrame:
    """`frame.filter(which).select(columns)`, with only `columns` and those `which` reads filtered: a frame's filter
    copies every column it carries (a collection's mentions: a dozen columns of 2 million rows at 61,020 articles)."""
    return frame.lazy().filter(which).select(columns).collect()


def join_looked_up_in_documents(frame: pl.DataFrame, table: pl.DataFrame, on: list[str]) -> pl.DataFrame:
    """`join_looked_up` for a `table` keyed by `doc_id` and more, naming a few documents: only the rows of those
    documents are looked up, the others take nulls. A join of every row would encode every row's keys (a collection's
    mentions: 2 million at 61,020 articles, 0.1 GB, for a few thousand targets)."""
    rows = frame.select(pl.arg_where(pl.col("doc_id").is_in(table["doc_id"].implode()))).to_series()
    found = frame.select(on)[rows].join(table, on=on, how="left", maintain_order="left").drop(on)
    if found.height != rows.len():
        raise pl.exceptions.ShapeError("the table repeats a key")
    return frame.hstack([pl.repeat(None, frame.height, dtype=column.dtype, eager=True).alias(column.name).scatter(rows, column)
                         for column in found.iter_columns()])


class UnionFind:
    """Disjoint sets of strings; the smallest member is each set's representative, so ids stay stable."""

    def __init__(self):
        self.parent: dict[str, str] = {}

    def find(self, item: str) -> str:
        self.parent.setdefault(item, item)
        while self.parent[item] != item:
            self.parent[item] = self.parent[self.parent[item]]
            item = self.parent[item]
        return item

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)
