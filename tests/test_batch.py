"""Many articles at once: one table with an article column, all cores, bad files skipped."""

from __future__ import annotations

import csv
import os
import shutil
import signal
import subprocess
import time
from contextlib import AbstractContextManager
from pathlib import Path

import pandas as pd
import pytest

from analysis import batch
from analysis.article import load_article
from analysis.batch import OUTPUT_COLUMNS, collect, extract_many, outcomes_frame
from analysis.cli import main
from analysis.extract import extract_figures
from tests.processes import alive, gone_within, stalled_driver


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


def test_the_batch_table_keeps_years_as_whole_numbers(tmp_path):
    article = tmp_path / "exports.txt"
    article.write_text("Exports rose 3.5 percent in 2024. The plant opened in 2019.\n", encoding="utf-8")
    frame, errors = outcomes_frame(extract_many([article]))
    assert errors == [] and [str(v) for v in frame["value"]] == ["3.5", "2024", "2019"]


def test_bad_file_is_reported_and_skipped(tmp_path, corpus_dir, capsys):
    corpus_copy(corpus_dir, tmp_path, copies=1)
    (tmp_path / "zz-bad.txt").write_bytes(b"\xfa\xfb bad")
    out = tmp_path / "all.csv"
    assert main(["extract", str(tmp_path), "--out", str(out), "--jobs", "2"]) == 1
    err = capsys.readouterr().err
    total, ids = corpus_figures(corpus_dir)
    assert (
        "zz-bad.txt: not valid utf-8" in err and f"wrote {total} figure(s) from {len(ids)} article(s)" in err
    )
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert len(rows) == total and tuple(rows[0]) == OUTPUT_COLUMNS


def test_all_bad_is_status_2_and_writes_nothing(tmp_path):
    (tmp_path / "a.txt").write_bytes(b"")
    (tmp_path / "b.txt").write_bytes(b"\x00")
    out = tmp_path / "all.csv"
    assert main(["extract", str(tmp_path), "--out", str(out), "--quiet"]) == 2
    assert not out.exists()


def test_files_sharing_an_article_id_are_both_refused_naming_each_other(tmp_path, capsys):
    (tmp_path / "a.txt").write_text("Fares rose 5 percent.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Fares rose 6 percent.\n", encoding="utf-8")
    (tmp_path / "c.txt").write_text("Fares rose 7 percent.\n", encoding="utf-8")
    for name in ("a", "b"):
        (tmp_path / f"{name}.meta.json").write_text('{"id": "fares"}', encoding="utf-8")
    out = tmp_path / "all.csv"
    assert main(["extract", str(tmp_path), "--out", str(out), "--jobs", "1"]) == 1
    err = capsys.readouterr().err
    assert f"{tmp_path / 'a.txt'}: id 'fares' is also the id of {tmp_path / 'b.txt'}" in err
    assert f"{tmp_path / 'b.txt'}: id 'fares' is also the id of {tmp_path / 'a.txt'}" in err
    assert "from 1 article(s)" in err
    assert [r["article"] for r in csv.DictReader(out.open(encoding="utf-8"))] == ["c"]


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


def _burn(seconds: float) -> None:
    """Work (CPU time) for `seconds`: the time limit counts CPU time, not waiting."""
    end = time.process_time() + seconds
    while time.process_time() < end:
        pass


def _slow_when_named_slow(real):
    def load(path, encoding="utf-8"):
        if "slow" in str(path):
            _burn(60)
        return real(path, encoding)

    return load


def _waiting_when_named_slow(real):
    def load(path, encoding="utf-8"):
        if "slow" in str(path):
            time.sleep(2)  # as a worker waits for a core on a loaded machine: no CPU time
        return real(path, encoding)

    return load


# fixwalk38-c: the limit counts the CPU time spent on the file, so a loaded machine (a worker
# waiting for a core) never fails a file.
@pytest.mark.parametrize("jobs", [1, 2])
def test_a_file_that_waits_past_its_limit_without_working_is_not_stopped(tmp_path, monkeypatch, jobs):
    monkeypatch.setattr(batch, "load_article", _waiting_when_named_slow(batch.load_article))
    files = [tmp_path / "slow.txt", tmp_path / "b.txt"]
    for number, path in enumerate(files):
        path.write_text(f"Ticket sales rose {number + 3} per cent.\n", encoding="utf-8")
    outcomes = list(extract_many(files, jobs=jobs, timeout=1.0))
    assert [o.error for o in outcomes] == ["", ""] and all(o.rows for o in outcomes)


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_file_past_the_time_limit_fails_alone(tmp_path, corpus_dir, capsys, monkeypatch, jobs):
    monkeypatch.setattr(batch, "load_article", _slow_when_named_slow(batch.load_article))
    corpus_copy(corpus_dir, tmp_path, copies=1)
    slow = (corpus_dir / "articles" / "01.txt").read_bytes() + b"\n"  # not 01's bytes: a copy is read once
    (tmp_path / "slow.txt").write_bytes(slow)
    out = tmp_path / "all.csv"
    # first, so the extractor's vocabularies (loaded on first use) are loaded here and in forked workers
    total, ids = corpus_figures(corpus_dir)
    started = sum(os.times()[:4])  # CPU time of this process and its workers (joined at the end)
    assert main(["extract", str(tmp_path), "--out", str(out), "--jobs", jobs, "--timeout", "5"]) == 1
    assert sum(os.times()[:4]) - started < 45  # the limit counts CPU time: wall time grows with load
    err = capsys.readouterr().err.splitlines()
    assert (
        f"error: {tmp_path / 'slow.txt'}: took longer than 5 s of CPU time; skipped (a longer limit: "
        "--timeout SECONDS)" in err
    )
    assert f"wrote {total} figure(s) from {len(ids)} article(s)" in err[-1]


def test_one_process_sets_the_limit_once_per_batch_stops_a_slow_file_and_leaves_nothing_armed(
    tmp_path, corpus_dir, monkeypatch
):
    monkeypatch.setattr(batch, "load_article", _slow_when_named_slow(batch.load_article))
    first, last = (corpus_dir / "articles" / name for name in ("01.txt", "d01.txt"))
    files = [tmp_path / "a.txt", tmp_path / "slow.txt", tmp_path / "b.txt"]
    for source, target in zip((first, first, last), files, strict=True):
        shutil.copyfile(source, target)
    handlers: list[int] = []
    real_signal = signal.signal
    monkeypatch.setattr(
        signal, "signal", lambda num, handler: handlers.append(num) or real_signal(num, handler)
    )
    before = signal.getsignal(signal.SIGPROF)
    started = time.monotonic()
    outcomes = list(extract_many(files, jobs=1, timeout=0.5))
    assert time.monotonic() - started < 30  # far below the slow file's 60 s
    assert [bool(o.rows) for o in outcomes] == [True, False, True]
    assert (
        outcomes[1].error
        == f"{files[1]}: took longer than 0.5 s of CPU time; skipped (a longer limit: --timeout SECONDS)"
    )
    assert {o.rows[0][0] for o in (outcomes[0], outcomes[2])} == {"a", "b"}
    assert handlers == [signal.SIGPROF, signal.SIGPROF]  # set and put back once, not per file
    assert signal.getsignal(signal.SIGPROF) is before
    assert signal.getitimer(signal.ITIMER_PROF) == (0.0, 0.0)


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        ("-1", "must be 0 (no limit) or a positive"),
        ("nan", "must be 0"),
        ("inf", "must be 0"),
        ("soon", "not a number"),
    ],
)
def test_timeout_must_be_a_number_of_seconds(value, problem, capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["extract", "x.txt", "--timeout", value])
    assert exit_info.value.code == 2 and problem in capsys.readouterr().err


# a batch whose files named slow*.txt never finish; prints each worker's pid when it starts one
DRIVER = """
import os, sys, time
import analysis.batch as batch
from analysis.cli import main
real = batch.load_article
def load(path, encoding="utf-8"):
    if "slow" in str(path):
        os.write(1, f"{os.getpid()}\\n".encode())  # one write: two workers' lines never interleave
        time.sleep(600)
    return real(path, encoding)
batch.load_article = load
sys.exit(main(sys.argv[1:]))
"""


def _stalled_batch(tmp_path: Path) -> AbstractContextManager[tuple[subprocess.Popen[str], list[int]]]:
    for n, name in enumerate(("slow1.txt", "slow2.txt"), 5):  # two texts: the same text is read once
        (tmp_path / name).write_text(f"Officials said {n} people died.\n", encoding="utf-8")
    return stalled_driver(DRIVER, ["extract", str(tmp_path), "--jobs", "2", "--timeout", "0"], 2)


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads process states from /proc")
def test_workers_end_when_the_batch_is_killed(tmp_path):
    with _stalled_batch(tmp_path) as (driver, pids):
        assert all(alive(pid) for pid in pids)
        driver.kill()
        driver.wait()
        assert gone_within(pids, 10)


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads process states from /proc")
def test_ctrl_c_ends_the_batch_cleanly(tmp_path):
    with _stalled_batch(tmp_path) as (driver, pids):
        os.killpg(driver.pid, signal.SIGINT)  # what a terminal does: the whole process group
        _, err = driver.communicate(timeout=60)
        assert (driver.returncode, err) == (130, "error: interrupted\n")
        assert gone_within(pids, 10)


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads process states from /proc")
def test_sigterm_ends_the_batch_cleanly(tmp_path):
    with _stalled_batch(tmp_path) as (driver, pids):
        driver.terminate()
        _, err = driver.communicate(timeout=60)
        assert (driver.returncode, err) == (143, "error: terminated\n")
        assert gone_within(pids, 10)


def test_a_fault_of_the_engine_on_one_file_is_its_error_line_and_the_rest_still_run(
    tmp_path, monkeypatch, capsys
):
    good, bad = tmp_path / "a-good.txt", tmp_path / "b-bad.txt"
    good.write_text("Exports rose 3.5 percent in 2024.\n", encoding="utf-8")
    bad.write_text("Imports fell 2 percent.\n", encoding="utf-8")
    real = batch._extract

    def faulty(path: str, encoding: str, use_review: bool) -> batch.Outcome:
        if path.endswith("b-bad.txt"):
            raise IndexError("list index out of range")
        return real(path, encoding, use_review)

    monkeypatch.setattr(batch, "_extract", faulty)
    monkeypatch.delenv("ARTICLE_FIGURES_TRACEBACK", raising=False)
    assert main(["extract", str(good), str(bad), "--jobs", "1"]) == 1
    out, err = capsys.readouterr()
    assert "3.5" in out and "Imports" not in out
    assert err.startswith(f"error: {bad}: internal error (IndexError: list index out of range)")
    assert len(err.splitlines()) == 1


def test_a_fault_of_the_program_in_a_command_is_one_line_and_status_2(monkeypatch, capsys):
    from analysis import cli

    def broken(args: object) -> int:
        raise RuntimeError("boom")

    monkeypatch.setattr(cli, "cmd_evaluate", broken)
    monkeypatch.delenv("ARTICLE_FIGURES_TRACEBACK", raising=False)
    assert main(["evaluate", "a", "b"]) == 2
    assert capsys.readouterr().err.startswith("error: internal error (RuntimeError: boom); this is a bug")
    monkeypatch.setenv("ARTICLE_FIGURES_TRACEBACK", "1")
    with pytest.raises(RuntimeError, match="boom"):
        main(["evaluate", "a", "b"])


def test_extract_of_a_folder_names_each_file_it_skips(tmp_path, capsys):
    (tmp_path / "a.txt").write_text("Prices rose 5 per cent.\n", encoding="utf-8")
    (tmp_path / "a.meta.json").write_text('{"title": "A"}', encoding="utf-8")
    (tmp_path / "a.context.json").write_text("{}", encoding="utf-8")
    (tmp_path / "story.pdf").write_bytes(b"%PDF-1.4")
    assert main(["extract", str(tmp_path), "--quiet"]) == 0
    assert capsys.readouterr().err == f"{tmp_path / 'story.pdf'}: not a .txt article; skipped\n"


def _slow_outcome(path, encoding, use_review):
    _burn(1.5)
    return batch.Outcome(path, [("row",)], article=Path(path).stem)


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_limit_that_grows_with_the_size_lets_a_long_file_through(tmp_path, monkeypatch, jobs):
    # fixwalk33-b: 1 s plus 60 s per MB: a 98 kB file may take 6.9 s, a 1 kB one 1.06 s; each takes 1.5 s
    monkeypatch.setattr(batch, "_extract", _slow_outcome)
    body = "Officials said 12 people were hurt in the storm. " * 2_000
    long, short = tmp_path / "long.txt", tmp_path / "short.txt"
    long.write_text(body, encoding="utf-8")
    short.write_text(body[:1000], encoding="utf-8")
    outcomes = list(extract_many([long, short], jobs=jobs, timeout=1.0, per_mb=60.0))
    assert outcomes[0].error == "" and outcomes[0].rows
    assert (
        outcomes[1].error
        == f"{short}: took longer than 1.06 s of CPU time; skipped (a longer limit: --timeout SECONDS)"
    )


def test_the_same_text_under_two_names_is_read_once_and_named(tmp_path, capsys):
    # fixwalk33-b: a desk merging folders would count one article's figures twice
    text = "Rescuers pulled 14 people from the river on Sunday.\n"
    for name in ("a.txt", "b copy.txt", "c.txt"):
        (tmp_path / name).write_text(
            text if name != "c.txt" else "Prices rose 5 per cent.\n", encoding="utf-8"
        )
    out = tmp_path / "all.csv"
    assert main(["extract", str(tmp_path), "--out", str(out), "--quiet"]) == 0
    err = capsys.readouterr().err.splitlines()
    assert (
        err[0]
        == f"warning: {tmp_path / 'b copy.txt'}: same text as {tmp_path / 'a.txt'}; skipped (its figures are read once)"
    )
    assert {row["article"] for row in csv.DictReader(out.open(encoding="utf-8"))} == {"a", "c"}


@pytest.mark.parametrize(
    ("beside", "says"),
    [
        # cleanup33: a.txt fails on its review file
        ({"a.review.csv": b"\xff\xfe not a review"}, "a.review.csv"),
        # cleanup35: a.txt is read, but c.txt's sidecar gives it a.txt's id: both are refused
        ({"c.txt": b"Prices rose 5 per cent.\n", "c.meta.json": b'{"id": "a"}'}, "is also the id of"),
    ],
)
def test_a_copy_of_a_file_that_failed_or_was_refused_is_read(tmp_path, capsys, beside, says):
    # only a file that was read, and not refused, is the original: its copy b.txt is read instead
    text = "Rescuers pulled 14 people from the river on Sunday.\n"
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(text, encoding="utf-8")
    for name, data in beside.items():
        (tmp_path / name).write_bytes(data)
    out = tmp_path / "all.csv"
    assert main(["extract", str(tmp_path), "--out", str(out), "--quiet"]) == 1
    err = capsys.readouterr().err
    assert "same text as" not in err and says in err
    assert {row["article"] for row in csv.DictReader(out.open(encoding="utf-8"))} == {"b"}


def test_the_same_text_with_another_sidecar_is_another_article(tmp_path, capsys):
    # cleanup33: a sidecar that differs makes another article (its own id, outlet, date)
    text = "Rescuers pulled 14 people from the river on Sunday.\n"
    for name, outlet in (("a", "Daily Post"), ("b", "Evening Star"), ("c", "Daily Post")):
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
        (tmp_path / f"{name}.meta.json").write_text(f'{{"outlet": "{outlet}"}}', encoding="utf-8")
    out = tmp_path / "all.csv"
    assert main(["extract", str(tmp_path), "--out", str(out), "--quiet"]) == 0
    err = capsys.readouterr().err.splitlines()
    assert err == [
        f"warning: {tmp_path / 'c.txt'}: same text as {tmp_path / 'a.txt'}; skipped (its figures are read once)"
    ]
    assert {row["article"] for row in csv.DictReader(out.open(encoding="utf-8"))} == {"a", "b"}


def test_a_review_or_context_file_beside_a_copy_makes_no_other_article(tmp_path, capsys):
    # cleanup35: only the metadata sidecar makes the same text another article; a review file or
    # a context file (inputs a fact-checker or an editor adds beside an article) does not
    text = "Rescuers pulled 14 people from the river on Sunday.\n"
    for name in ("a.txt", "b.txt", "c.txt"):
        (tmp_path / name).write_text(text, encoding="utf-8")
    (tmp_path / "b.review.csv").write_text(
        'action,quote,start,value,unit,kind,subject,reason\nreject,14 people,,,,,,"a wrong count"\n',
        encoding="utf-8",
    )
    (tmp_path / "c.context.json").write_text('{"facts": []}', encoding="utf-8")
    out = tmp_path / "all.csv"
    assert main(["extract", str(tmp_path), "--out", str(out), "--quiet"]) == 0
    assert capsys.readouterr().err.splitlines() == [
        f"warning: {tmp_path / name}.txt: same text as {tmp_path / 'a.txt'}; skipped (its figures are read once)"
        for name in ("b", "c")
    ]
    assert {row["article"] for row in csv.DictReader(out.open(encoding="utf-8"))} == {"a"}


def test_a_sub_folder_is_named_in_one_line_and_not_read(tmp_path, capsys):
    # fixwalk33-b: articles are read from the folder's top level only
    (tmp_path / "a.txt").write_text("Prices rose 5 per cent.\n", encoding="utf-8")
    (tmp_path / "older").mkdir()
    (tmp_path / "older" / "b.txt").write_text("Prices rose 7 per cent.\n", encoding="utf-8")
    (tmp_path / ".git").mkdir()
    out = tmp_path / "all.csv"
    assert main(["extract", str(tmp_path), "--out", str(out), "--quiet"]) == 0
    assert capsys.readouterr().err.splitlines()[0] == (
        f"{tmp_path / 'older'}: a folder; not read: articles are read from the top level only (name it to read it)"
    )
    assert {row["article"] for row in csv.DictReader(out.open(encoding="utf-8"))} == {"a"}


# fixwalk38-c: a copy skipped is a warning line naming both files, and the file read is the first
# in sorted path order, whatever the order the paths are given in.
@pytest.mark.parametrize("order", [("a.txt", "b.txt"), ("b.txt", "a.txt")])
def test_the_copy_read_does_not_depend_on_the_order_of_the_paths(tmp_path, capsys, order):
    for name in order:
        (tmp_path / name).write_text("Rescuers pulled 14 people from the river.\n", encoding="utf-8")
    out = tmp_path / "all.csv"
    assert main(["extract", *(str(tmp_path / name) for name in order), "--out", str(out), "-q"]) == 0
    assert capsys.readouterr().err.splitlines() == [
        f"warning: {tmp_path / 'b.txt'}: same text as {tmp_path / 'a.txt'}; skipped (its figures are read once)"
    ]
    assert {row["article"] for row in csv.DictReader(out.open(encoding="utf-8"))} == {"a"}
