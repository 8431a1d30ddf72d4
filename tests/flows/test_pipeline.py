"""The whole flow on real files: write, audit, publish; quarantine; deterministic output."""

import shutil

import polars as pl

from flows import publishing, storage
from tests.conftest import SEEDS, published_snapshot, run_fresh
from transforms.attributions import READ_COLUMNS

TABLE_FILES = [f"{name}.parquet" for name in ("documents", "entities", "mentions", "quotes", "attributions", "quote_clusters", "quarantine")]


def test_a_run_publishes_every_table_and_the_data_docs(seeds_output):
    assert all((seeds_output / name).is_file() for name in TABLE_FILES)
    assert (seeds_output / "_reports" / "index.html").is_file()
    assert all((seeds_output / name).resolve().parent == publishing.current_version(seeds_output) for name in TABLE_FILES)
    assert not (seeds_output / publishing.STAGING).exists()
    documents = pl.read_parquet(seeds_output / "documents.parquet")
    assert sorted(documents["source_path"]) == sorted(p.name for p in SEEDS.glob("*.txt"))


def test_two_runs_from_scratch_give_byte_identical_tables(seeds_output, prefect_server, tmp_path):
    run_fresh(SEEDS, tmp_path / "out")
    assert published_snapshot(tmp_path / "out") == published_snapshot(seeds_output)


def test_tables_too_large_to_check_beside_attribution_are_checked_in_the_validate_stage_with_the_same_output(
    seeds_output, prefect_server, tmp_path, monkeypatch
):
    # the seeds' tables are checked while attribution runs (flows/pipeline.py); above the bound all wait for the stage
    from flows import pipeline, validation

    requests, validate = [], validation.validate
    monkeypatch.setattr(validation, "validate", lambda *args, **options: requests.append(options) or validate(*args, **options))
    monkeypatch.setattr(pipeline, "CHECKED_BESIDE_ATTRIBUTION", 0)
    # nor is the validating process started for the attribution: it would wait through it, idle
    events, start = [], validation.start
    monkeypatch.setattr(validation, "start", lambda: events.append("start") or start())
    for name in ("retyping_stage", "attributions_stage"):
        monkeypatch.setattr(pipeline, name, lambda *args, _stage=getattr(pipeline, name), _name=name, **options:
                            events.append(_name) or _stage(*args, **options))
    read = []  # the first tables are staged before the attribution, which holds only the columns it reads of them
    monkeypatch.setattr(pipeline, "attributions_stage", lambda *args, _stage=pipeline.attributions_stage, **options:
                        read.append([args[0][name].columns for name in ("documents", "entities", "mentions")]) or _stage(*args, **options))
    run_fresh(SEEDS, tmp_path / "out")
    assert requests == [{}]  # one request, the final one
    assert events[events.index("retyping_stage"):] == ["retyping_stage", "attributions_stage"]
    assert read == [[list(READ_COLUMNS[name]) for name in ("documents", "entities", "mentions")]]
    assert published_snapshot(tmp_path / "out") == published_snapshot(seeds_output)
    documented = [sorted(path.relative_to(output / "_reports" / "validations").parts[0]
                         for path in (output / "_reports" / "validations").rglob("*.html"))
                  for output in (tmp_path / "out", seeds_output)]
    assert documented[0] == documented[1] and len(documented[0]) == 8


def test_a_corrupted_staged_table_fails_validation_and_leaves_the_published_output_untouched(
    seeds_output, prefect_server, tmp_path, monkeypatch
):
    output = tmp_path / "output"
    shutil.copytree(seeds_output, output, symlinks=True)
    before = published_snapshot(output)
    original = publishing.stage_tables

    def stage_then_corrupt(tables, output_dir):
        staging = original(tables, output_dir)
        mentions = pl.read_parquet(staging / "mentions.parquet")
        storage.write_table(mentions.with_columns(pl.col("end") + 100_000), staging / "mentions.parquet")
        return staging

    monkeypatch.setattr(publishing, "stage_tables", stage_then_corrupt)
    summary = run_fresh(SEEDS, output, full=True)
    assert not summary.validation_success
    assert any("mentions" in f and "inside_text" in f for f in summary.failures)
    assert published_snapshot(output) == before
    assert not (output / publishing.STAGING).exists()


def test_bad_files_are_quarantined_with_a_reason_and_do_not_stop_the_run(prefect_server, tmp_path):
    inputs = tmp_path / "in"
    (inputs / "nested").mkdir(parents=True)
    for seed in sorted(SEEDS.glob("*.txt"))[:2]:
        shutil.copy(seed, inputs / seed.name)
    shutil.copy(sorted(SEEDS.glob("*.txt"))[0], inputs / "nested" / "copy of first.txt")
    (inputs / "empty.txt").write_bytes(b"")
    (inputs / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    (inputs / "berita lama.txt").write_bytes("Harga kopi naik, kata pedagang di Medan.".encode("utf-16"))
    (inputs / "windows.txt").write_bytes("Café di Bandung dibuka, ujar Andrés Muñoz.".encode("cp1252"))
    with open(inputs / "huge.txt", "wb") as huge:
        huge.truncate(50_000_000)  # a sparse 50 MB file: over the limit, so never read
    (inputs / "ignored.md").write_text("not an article")
    summary = run_fresh(inputs, tmp_path / "out", max_bytes=20_000_000)
    reasons = {row["source_path"]: row["reason"] for row in summary.quarantine}
    assert reasons == {"empty.txt": "empty", "image.txt": "binary", "nested/copy of first.txt": "duplicate",
                       "huge.txt": "too_large"}
    documents = pl.read_parquet(tmp_path / "out" / "documents.parquet")
    quarantine = pl.read_parquet(tmp_path / "out" / "quarantine.parquet")
    assert set(documents["source_path"]) | set(quarantine["source_path"]) == {p.relative_to(inputs).as_posix() for p in inputs.rglob("*.txt")}
    assert quarantine.filter(pl.col("source_path") == "huge.txt")["size"].to_list() == [50_000_000]
    assert quarantine["seen_at"].null_count() == 0
    text_of = dict(documents.select("source_path", "text").iter_rows())
    assert text_of["berita lama.txt"] == "Harga kopi naik, kata pedagang di Medan."
    assert text_of["windows.txt"] == "Café di Bandung dibuka, ujar Andrés Muñoz."
