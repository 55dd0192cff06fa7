"""Many articles at once: one table with an article column, all cores, bad files skipped."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pandas as pd

from analysis.article import load_article
from analysis.batch import OUTPUT_COLUMNS, collect, extract_many
from analysis.cli import main
from analysis.extract import extract_figures


def corpus_figures(corpus_dir: Path) -> tuple[int, set[str]]:
    """How many figures the corpus articles hold, one by one, and their ids."""
    paths = sorted((corpus_dir / "articles").glob("*.txt"))
    return sum(len(extract_figures(load_article(p))) for p in paths), {p.stem for p in paths}


def corpus_copy(corpus_dir: Path, folder: Path, copies: int = 3) -> list[Path]:
    files = []
    for i in range(copies):
        for src in sorted((corpus_dir / "articles").glob("*.txt")):
            target = folder / f"{i}-{src.name}"
            shutil.copyfile(src, target)
            files.append(target)
    return files


def test_two_workers_give_the_same_rows_in_the_same_order(tmp_path, corpus_dir):
    files = corpus_copy(corpus_dir, tmp_path)
    one, _ = collect(extract_many(files, jobs=1))
    two, _ = collect(extract_many(files, jobs=2))
    assert one == two and len(one) == 3 * corpus_figures(corpus_dir)[0]


def test_bad_file_is_reported_and_skipped(tmp_path, corpus_dir, capsys):
    corpus_copy(corpus_dir, tmp_path, copies=1)
    (tmp_path / "zz-bad.txt").write_bytes(b"\xfa\xfb bad")
    out = tmp_path / "all.csv"
    assert main(["extract", str(tmp_path), "--out", str(out), "--jobs", "2"]) == 1
    err = capsys.readouterr().err
    total, ids = corpus_figures(corpus_dir)
    assert "zz-bad.txt: not valid utf-8" in err and f"wrote {total} figures from {len(ids)} article(s)" in err
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert len(rows) == total and tuple(rows[0]) == OUTPUT_COLUMNS


def test_all_bad_is_status_2_and_writes_nothing(tmp_path):
    (tmp_path / "a.txt").write_bytes(b"")
    (tmp_path / "b.txt").write_bytes(b"\x00")
    out = tmp_path / "all.csv"
    assert main(["extract", str(tmp_path), "--out", str(out), "--quiet"]) == 2
    assert not out.exists()


def test_parquet_output(tmp_path, corpus_dir):
    out = tmp_path / "all.parquet"
    assert main(["extract", str(corpus_dir / "articles"), "--out", str(out), "--quiet"]) == 0
    frame = pd.read_parquet(out)
    total, ids = corpus_figures(corpus_dir)
    assert list(frame.columns) == list(OUTPUT_COLUMNS) and len(frame) == total
    assert set(frame["article"]) == ids and {"seed", "d01", "d10"} <= ids
    assert "77000000" in set(frame["value"])


def test_progress_bar_goes_to_stderr(tmp_path, corpus_dir, capsys):
    files = corpus_copy(corpus_dir, tmp_path, copies=1)
    rows, errors = collect(extract_many(files, progress=True))
    err = capsys.readouterr().err
    assert f"{len(files)}/{len(files)}" in err and "article" in err and not errors and rows


def test_quiet_mode_prints_nothing_on_stderr(tmp_path, corpus_dir, capsys):
    corpus_copy(corpus_dir, tmp_path, copies=1)
    assert main(["extract", str(tmp_path), "--out", str(tmp_path / "o.csv"), "--quiet"]) == 0
    assert capsys.readouterr().err == ""
