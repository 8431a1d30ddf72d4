import polars as pl
import pytest

from expectations.validate import validate_tables
from flows import publishing, validation


@pytest.fixture(scope="module")
def published(seeds_output) -> tuple[dict[str, pl.DataFrame], pl.DataFrame]:
    """The seeds' published tables, and the input paths they came from."""
    tables = {name: scan.collect() for name, scan in publishing.scan_staged(seeds_output).items()}
    return tables, pl.concat([tables["documents"].select("source_path"), tables["quarantine"].select("source_path")])


def test_the_validating_process_reports_what_validation_in_this_process_reports(published, seeds_output, tmp_path):
    tables, inputs = published
    corrupted = publishing.stage_tables(tables | {"mentions": tables["mentions"].with_columns(pl.col("end") + 100_000)},
                                        tmp_path)
    for staging, frames in ((seeds_output, tables), (corrupted, publishing.scan_staged(corrupted))):
        report = validation.validate(staging, inputs, None, "test", None)
        assert report.to_json() == validate_tables(frames | {"inputs": inputs}, run_name="test").to_json()
    assert not report.success and any("inside_text" in failure for failure in report.failures)


def test_tables_staged_and_checked_before_the_others_are_reported_as_in_one_request(published, tmp_path):
    # a run stages and checks the tables final after retyping while attribution runs (flows/pipeline.py)
    tables, inputs = published
    first = {name: tables[name] for name in ("documents", "entities", "mentions", "quarantine")}
    staging = publishing.stage_tables(first, tmp_path)
    assert validation.validate(staging, inputs, None, "in-two", None, final=False) is None
    publishing.add_staged({name: frame for name, frame in tables.items() if name not in first}, staging)
    report = validation.validate(staging, inputs, None, "in-two", None)
    assert report.to_json() == validate_tables(tables | {"inputs": inputs}, run_name="in-two").to_json()
    assert [result.table for result in report.results] == [*sorted(tables), "inputs"]


def test_an_error_in_the_validating_process_is_raised_and_a_process_that_ended_is_replaced(seeds_output):
    validation.start()
    with pytest.raises(validation.ValidationProcessFailed, match="Traceback"):
        validation.validate(seeds_output, None, None, "test", None)  # no inputs frame: validate_tables raises
    ended = validation._validator[0]
    ended.kill()
    ended.wait()
    report = validation.validate(seeds_output, pl.DataFrame({"source_path": ["nowhere.txt"]}), None, "test", None)
    assert not report.success and validation._validator[0] is not ended


def test_a_request_interrupted_while_waiting_ends_the_process_so_no_later_run_reads_its_answer(seeds_output, monkeypatch):
    validation.start()
    interrupted = validation._validator[0]

    def interrupt(_):
        raise KeyboardInterrupt

    monkeypatch.setattr(validation.pickle, "load", interrupt)
    with pytest.raises(KeyboardInterrupt):
        validation.validate(seeds_output, pl.DataFrame({"source_path": ["nowhere.txt"]}), None, "test", None)
    assert interrupted.poll() is not None and not validation._validator


def test_a_stopped_validating_process_ends_at_once_and_the_next_validation_starts_another(seeds_output):
    # a run that extracts on workers ends it through the stages that hold the collection (0.33 GB with GX imported)
    validation.start()
    stopped = validation._validator[0]
    validation.stop()
    assert stopped.poll() is not None and not validation._validator
    report = validation.validate(seeds_output, pl.DataFrame({"source_path": ["nowhere.txt"]}), None, "test", None)
    assert not report.success and validation._validator[0] is not stopped
