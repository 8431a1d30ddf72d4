"""Helpers the extraction packages share, one of each: span overlap, stable ids, union-find."""

from __future__ import annotations

import hashlib

import polars as pl


def overlaps(start: int, end: int, spans) -> bool:
    """[start, end) shares a character with one of the (start, end) spans."""
    return any(start < other_end and other_start < end for other_start, other_end in spans)


def stable_id(prefix: str, *parts) -> str:
    """`prefix` + 15 hex digits of the SHA-1 of the parts joined by `|`: the same row, the same id, every run."""
    return prefix + hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()[:15]


def stable_ids(prefix: str, frame: pl.DataFrame, columns: list[str]) -> list[str]:
    """`stable_id(prefix, *row)` of every row of `frame[columns]`, the keys joined in Polars."""
    sha1 = hashlib.sha1
    keys = frame.select(pl.concat_str(columns, separator="|")).to_series().to_list()
    return [prefix + sha1(key.encode()).hexdigest()[:15] for key in keys]


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
