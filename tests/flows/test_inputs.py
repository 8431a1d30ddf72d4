"""The input folder read in parts: a collection's bytes are never held at once, and no file is lost between parts."""

from __future__ import annotations

import polars as pl

from flows.inputs import read_inputs


def test_the_files_read_in_parts_are_the_files_read_at_once(tmp_path):
    for number in range(5):
        (tmp_path / f"{number}.txt").write_text(f"Teks nomor {number}.", encoding="utf-8")
    (tmp_path / "kosong.txt").mkdir()  # a folder named .txt: a quarantine row, in its part
    parts = list(read_inputs(tmp_path, 1_000, 2))
    assert [part.height for part in parts] == [2, 2, 2]
    assert pl.concat(parts).equals(next(read_inputs(tmp_path, 1_000, 100)))


def test_an_empty_folder_is_one_empty_part(tmp_path):
    assert [part.height for part in read_inputs(tmp_path, 1_000, 2)] == [0]
