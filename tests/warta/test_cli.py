import subprocess
import sys

from tests.conftest import REPO, SEEDS, SEEDS_GOLD
from warta.cli import main


def test_a_missing_input_folder_is_one_clear_line_and_exit_2(tmp_path):
    result = subprocess.run([sys.executable, "-m", "warta.cli", "run", "--input", str(tmp_path / "nope")],
                            capture_output=True, text=True, cwd=REPO)
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0 and "input folder not found" in result.stderr
    assert "Traceback" not in result.stderr + result.stdout


def test_a_bad_setting_is_one_clear_line_and_exit_2(capsys):
    assert main(["run", "--max-bytes", "many"]) == 2
    assert "max_bytes from --max-bytes: 'many' is not valid" in capsys.readouterr().err


def test_run_prints_a_line_per_stage_and_a_summary(prefect_server, tmp_path, capsys):
    assert main(["run", "--input", str(SEEDS), "--output", str(tmp_path / "out"), "--state-dir", str(tmp_path / "state")]) == 0
    out = capsys.readouterr().out
    for stage in ("ingest", "read-cache", "extract", "merge", "entities", "attributions", "validate", "publish"):
        assert f"  {stage} " in out
    assert "5 new, 0 changed, 0 removed, 0 unchanged documents" in out and "validation passed" in out


def test_evaluate_prints_the_metrics(seeds_output, capsys):
    assert main(["evaluate", "--gold", str(SEEDS_GOLD), "--output", str(seeds_output)]) == 0
    out = capsys.readouterr().out
    assert "quotes: precision" in out and "metadata: accuracy 0.920 (23/25 fields)" in out


def test_a_second_run_on_a_busy_output_refuses_with_a_clear_message(tmp_path):  # settled before any flow or server starts
    from flows.publishing import output_lock

    with output_lock(tmp_path / "out"):
        result = subprocess.run([sys.executable, "-m", "warta.cli", "run", "--input", str(SEEDS), "--output", str(tmp_path / "out"),
                                 "--state-dir", str(tmp_path / "state")], capture_output=True, text=True, cwd=REPO)
    assert result.returncode == 3
    assert "being written by another warta run" in result.stderr and "Traceback" not in result.stderr


def test_warnings_publish_and_show_in_the_summary_the_run_log_and_the_report(prefect_server, tmp_path, capsys):
    inbox, output, state = tmp_path / "inbox", tmp_path / "out", tmp_path / "state"
    inbox.mkdir()
    for number in range(2):  # no outlet, no date: two warning-level breaches
        (inbox / f"{number}.txt").write_text(f"Rapat warga ke-{number}\n\nWarga bernama Sutrisno Wibowo berkata, "
                                             f"\"Kami menunggu jawaban dari Dinas Pekerjaan Umum.\"\n", encoding="utf-8")
    assert main(["run", "--input", str(inbox), "--output", str(output), "--state-dir", str(state)]) == 0
    out = capsys.readouterr().out
    assert "warning-level checks breached" in out and "published_date" in out
    assert (output / "documents.parquet").is_file()
    assert main(["runs", "--state-dir", str(state)]) == 0
    out = capsys.readouterr().out
    for column in ("seconds", "input", "output", "warnings"):
        assert column in out
    assert str(inbox)[-20:] in out and "published_date" in out
    assert main(["report", "--output", str(output)]) == 0
    assert "published_date" in (output / "_reports" / "warta.html").read_text(encoding="utf-8").split("Data health")[1]


def test_runs_show_the_end_of_a_long_folder_path():
    import polars as pl

    from warta.cli import PATH_CHARS, _path_tail

    long_path, short_path = "/mnt/" + "deep/" * 40 + "inbox-2026", "/data/inbox"
    shown = pl.DataFrame({"path": [long_path, short_path]}).select(shown=_path_tail(pl.col("path")))["shown"].to_list()
    assert shown[0].endswith("deep/inbox-2026") and shown[0].startswith("…") and len(shown[0]) == PATH_CHARS
    assert shown[1] == short_path


def test_prefects_queue_services_are_quiet_unless_debugging(tmp_path, monkeypatch):
    """They log outside the `prefect` logger; under load their drain warning joined the one failure line."""
    import logging
    import os
    from types import SimpleNamespace

    from warta.cli import PREFECT_QUEUE_SERVICES, _quiet_prefect

    monkeypatch.setattr(os, "environ", dict(os.environ))
    for service in PREFECT_QUEUE_SERVICES:
        monkeypatch.setattr(logging.getLogger(service), "level", logging.NOTSET)
    _quiet_prefect(SimpleNamespace(state_dir=tmp_path), debug=False)
    assert not any(logging.getLogger(service).isEnabledFor(logging.WARNING) for service in PREFECT_QUEUE_SERVICES)
    _quiet_prefect(SimpleNamespace(state_dir=tmp_path), debug=True)
    assert all(logging.getLogger(service).isEnabledFor(logging.WARNING) for service in PREFECT_QUEUE_SERVICES)
