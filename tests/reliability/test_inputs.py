"""An inbox as it really is (issue 19): every entry ending in `.txt`, in any case, is a document or a
quarantine row with a reason, and no input stops a run. Runs use the session's Prefect server."""

from __future__ import annotations

import os
import shutil
import socket
import stat
import tempfile
from pathlib import Path

import polars as pl
import pytest

from tests.conftest import SEEDS
from tests.reliability.conftest import one_line, run_arguments, warta

CP1252_TEXT = "Harga kopi di Café è naik jadi 5€ – kata pemilik kafe itu kepada wartawan."
UTF16_TEXT = "Menteri Budi Santoso mengatakan harga beras naik di Jakarta, kata pedagang Café."
FAR_FUTURE_NS = 300_000_000_000 * 10**9  # year 11476
PATH_MAX = os.pathconf("/", "PC_PATH_MAX")


def make_path_longer_than_path_max(inputs: Path) -> str:
    """A file whose folder can be listed but whose own path is too long to open; its relative path."""
    parts, length = [], len(str(inputs.resolve()))
    while length < PATH_MAX - 20:
        part = "d" * min(200, PATH_MAX - 20 - length)
        parts.append(part)
        length += len(part) + 1
    folder = inputs.joinpath(*parts)
    folder.mkdir(parents=True)
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.close(os.open("terlalu-panjang-sekali.txt", os.O_WRONLY | os.O_CREAT, dir_fd=descriptor))
    finally:
        os.close(descriptor)
    return "/".join([*parts, "terlalu-panjang-sekali.txt"])


@pytest.fixture
def inbox(tmp_path):
    """A folder holding each input of issue 19's table, with the reason each should get (None: a
    document). On a tmpfs when there is one: other file systems cannot store a year past 9999."""
    base = Path(tempfile.mkdtemp(dir="/dev/shm")) if os.access("/dev/shm", os.W_OK) else tmp_path
    inputs = base / "inbox"
    inputs.mkdir()
    expected: dict[str, str | None] = {}
    for seed in sorted(SEEDS.glob("*.txt"))[:2]:
        shutil.copy(seed, inputs / seed.name)
        expected[seed.name] = None
    shutil.copy(sorted(SEEDS.glob("*.txt"))[2], inputs / "KAPITAL.TXT")
    (inputs / "cp1252.txt").write_bytes(CP1252_TEXT.encode("cp1252"))
    (inputs / "utf16-tanpa-bom.txt").write_bytes(UTF16_TEXT.encode("utf-16-le"))
    expected |= {"KAPITAL.TXT": None, "cp1252.txt": None, "utf16-tanpa-bom.txt": None}
    with open(os.path.join(os.fsencode(inputs), b"bad\xff\xfe.txt"), "wb") as handle:
        handle.write(b"Menteri berkata.")
    os.mkfifo(inputs / "antrian.txt")
    with socket.socket(socket.AF_UNIX) as listener:
        listener.bind(str(inputs / "soket.txt"))
    (inputs / "folder.txt").mkdir()
    (inputs / "terkunci").mkdir()
    (inputs / "terkunci" / "rahasia.txt").write_text("Tidak terbaca, kata Budi.")
    (inputs / "terkunci").chmod(0)
    expected |= {"bad\\xff\\xfe.txt": "bad_name", "antrian.txt": "not_a_file", "soket.txt": "not_a_file",
                 "folder.txt": "not_a_file", "terkunci": "unreadable", make_path_longer_than_path_max(inputs): "unreadable"}
    future = inputs / "masa-depan.txt"
    future.write_text("Berita dari masa depan, kata Budi.")
    os.utime(future, ns=(FAR_FUTURE_NS, FAR_FUTURE_NS))
    if future.stat().st_mtime_ns == FAR_FUTURE_NS:
        expected["masa-depan.txt"] = "bad_date"
    else:  # the file system clamped the date: a real date, so a document
        expected["masa-depan.txt"] = None
    yield inputs, expected
    (inputs / "terkunci").chmod(stat.S_IRWXU)
    shutil.rmtree(base, ignore_errors=True)


def test_every_txt_entry_of_a_hostile_inbox_is_a_document_or_a_quarantine_row(inbox, subprocess_env, operator_permissions, tmp_path):
    inputs, expected = inbox
    output = tmp_path / "out"
    result = warta(*run_arguments(inputs, output), env=subprocess_env, operator=True)
    assert result.returncode == 0, result.stderr
    documents = pl.read_parquet(output / "documents.parquet")
    quarantine = pl.read_parquet(output / "quarantine.parquet")
    found = dict.fromkeys(documents["source_path"]) | dict(quarantine.select("source_path", "reason").iter_rows())
    assert found == expected
    assert all(detail for detail in quarantine["detail"])
    texts = dict(documents.select("source_path", "text").iter_rows())
    assert texts["cp1252.txt"] == CP1252_TEXT and texts["utf16-tanpa-bom.txt"] == UTF16_TEXT
    encodings = {path: (encoding, confidence, warning) for path, encoding, confidence, warning in documents.select(
        "source_path", "encoding", "encoding_confidence", "encoding_warning").iter_rows()}
    assert encodings["cp1252.txt"] == ("cp1252", 0.9, None)
    assert encodings["utf16-tanpa-bom.txt"][0] == "utf-16-le"
    assert encodings["KAPITAL.TXT"] == ("utf-8", 1.0, None)


def test_an_unreadable_input_folder_is_one_line_and_publishes_nothing(subprocess_env, operator_permissions, tmp_path):
    inputs, output = tmp_path / "in", tmp_path / "out"
    inputs.mkdir()
    shutil.copy(sorted(SEEDS.glob("*.txt"))[0], inputs)
    inputs.chmod(0)
    try:
        result = warta(*run_arguments(inputs, output), env=subprocess_env, operator=True)
    finally:
        inputs.chmod(stat.S_IRWXU)
    assert result.returncode == 1
    assert "cannot be read: Permission denied: nothing published" in one_line(result)
    assert not (output / "documents.parquet").exists()


@pytest.mark.parametrize("where, message", [
    ("output", "output {tmp}/a-file/out cannot be created: {tmp}/a-file is a file"),
    ("state", "state_dir {tmp}/a-file/state cannot be created: {tmp}/a-file is a file"),
    ("state-in-input", "state_dir {tmp}/in/state is inside the input folder {tmp}/in: its files would be read as articles"),
])
def test_unusable_folders_are_one_line_and_exit_2(tmp_path, where, message):
    (tmp_path / "a-file").write_text("")
    (tmp_path / "in").mkdir()
    output, state = tmp_path / "out", tmp_path / "state"
    if where == "output":
        output = tmp_path / "a-file" / "out"
    elif where == "state":
        state = tmp_path / "a-file" / "state"
    else:
        state = tmp_path / "in" / "state"
    result = warta("run", "--input", str(tmp_path / "in"), "--output", str(output), "--state-dir", str(state),
                   env=dict(os.environ), timeout=60)
    assert result.returncode == 2
    assert message.format(tmp=tmp_path) in one_line(result)
    assert not state.exists()


def test_a_bad_cron_is_one_line_and_exit_2_before_any_server_starts(tmp_path):
    environment = {key: value for key, value in os.environ.items() if key != "PREFECT_API_URL"}
    result = warta("serve", "--cron", "not a cron", "--input", str(SEEDS), "--output", str(tmp_path / "out"),
                   "--state-dir", str(tmp_path / "state"), env=environment, timeout=60)
    assert result.returncode == 2
    assert "cron 'not a cron' is not a cron expression" in one_line(result)
    assert not (tmp_path / "state" / "prefect-server.log").exists()
