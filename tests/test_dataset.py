"""Parquet datasets of figure rows: codebook types, one file per part, committed whole or not at all."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time

import pyarrow as pa
import pytest

from analysis.batch import OUTPUT_COLUMNS
from analysis.codebook import FIGURES
from analysis.dataset import (
    MARKER,
    DatasetError,
    commit,
    figure_schema,
    read_dataset,
    staged,
    write_part,
)
from analysis.paths import DEV_ARCHIVE
from analysis.synthetic import parquet_bytes, repeated

BLANK = {"string": "", "integer": 0, "boolean": False, "number": 0.0}


def row(**cells: object) -> tuple[object, ...]:
    """A figure row in OUTPUT_COLUMNS order: the cells given, blanks of the codebook type elsewhere."""
    return tuple(cells.get(c, BLANK[FIGURES[c][0]]) for c in OUTPUT_COLUMNS)


ROW = row(article="a", start=5, end=16, quote="60 per cent", value=60, unit="percent", kind="percent_change")


def test_schema_follows_the_output_columns_and_codebook_types():
    schema = figure_schema()
    assert schema.names == list(OUTPUT_COLUMNS)
    assert schema.field("start").type == pa.int64() and schema.field("approx").type == pa.bool_()
    assert schema.field("value").type == pa.string() and schema.field("quote").type == pa.string()


def test_a_committed_dataset_reads_back_in_part_order(tmp_path):
    target = tmp_path / "figures"
    with staged(target) as staging:
        write_part([ROW], staging, 1)
        write_part(
            [
                row(
                    article="a",
                    start=20,
                    end=25,
                    quote="$77M",
                    value=77e6,
                    unit="USD",
                    kind="money",
                    subject="aid",
                    approx=True,
                    attribution="envoy",
                )
            ],
            staging,
            0,
        )
        commit(staging, target, {"parts": 2})
    frame = read_dataset(target)
    assert list(frame["quote"]) == ["$77M", "60 per cent"]
    assert list(frame["value"]) == ["77000000", "60"] and list(frame["approx"]) == [True, False]
    assert json.loads((target / MARKER).read_text(encoding="utf-8")) == {"parts": 2}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["figures"]


def test_a_failed_run_leaves_nothing_behind(tmp_path):
    target = tmp_path / "figures"
    with pytest.raises(RuntimeError), staged(target) as staging:
        write_part([ROW], staging, 0)
        raise RuntimeError("worker died")
    assert list(tmp_path.iterdir()) == []


def test_a_new_run_replaces_an_older_dataset_whole(tmp_path):
    target = tmp_path / "figures"
    for parts in (3, 1):
        with staged(target) as staging:
            for i in range(parts):
                write_part([ROW], staging, i)
            commit(staging, target, {"parts": parts})
    assert sorted(p.name for p in target.iterdir()) == [MARKER, "part-00000.parquet"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["figures"]


def test_a_folder_that_is_not_a_dataset_is_never_replaced(tmp_path):
    target = tmp_path / "mine"
    target.mkdir()
    (target / "notes.txt").write_text("keep me", encoding="utf-8")
    with pytest.raises(DatasetError, match="is not a figure dataset"), staged(target):
        pass
    assert (target / "notes.txt").read_text(encoding="utf-8") == "keep me"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mine"]


def test_a_folder_without_the_marker_is_refused(tmp_path):
    write_part([ROW], tmp_path, 0)
    with pytest.raises(DatasetError, match=f"no {MARKER} marker"):
        read_dataset(tmp_path)


def test_a_killed_run_leaves_no_complete_looking_dataset(tmp_path):
    records = [json.loads(line) for line in DEV_ARCHIVE.read_text(encoding="utf-8").splitlines()]
    archive = tmp_path / "big.parquet"
    # small row groups (parts of 5 records), so the run is still going when the first part file appears
    archive.write_bytes(parquet_bytes(repeated(records, 1000), row_group=5))
    target = tmp_path / "out" / "figures"
    target.parent.mkdir()  # an --out goes only into a folder that exists
    options = ["--jobs", "1", "--quiet", "--out", str(target)]
    command = [sys.executable, "-m", "analysis", "extract", str(archive), *options]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 120
        while not list((tmp_path / "out").glob(".figures.staging-*/part-*.parquet")):
            assert process.poll() is None, "the run ended before it could be killed"
            assert time.monotonic() < deadline, "no part file appeared"
            time.sleep(0.05)
        process.send_signal(signal.SIGKILL)
    finally:
        process.wait(timeout=60)
    assert process.returncode == -signal.SIGKILL
    assert not target.exists()
    (staging,) = (tmp_path / "out").glob(".figures.staging-*")
    assert not (staging / MARKER).exists()
    with pytest.raises(DatasetError):
        read_dataset(staging)
