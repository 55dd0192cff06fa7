"""Archives on the process pool: a time limit per article, and workers that end with their parent."""

from __future__ import annotations

import os
import signal
import subprocess
import time
from contextlib import AbstractContextManager
from pathlib import Path

import pytest

from analysis import archive_extract, workers
from analysis.archive import ArchiveColumns, archive_files, archive_parts
from analysis.article import article_from_text
from analysis.cli import main
from analysis.extract import extract_figures
from analysis.synthetic import write_archive
from tests.processes import alive, gone_within, stalled_driver


def record(record_id: str) -> dict[str, str]:
    return {"id": record_id, "text": "Attacks rose 60 per cent last year, officials said."}


def two_file_archive(folder: Path, slow: str = "slow") -> Path:
    """A folder of two JSON Lines files (two parts): records a, b and `slow` in the first, c in the second."""
    folder.mkdir()
    write_archive([record("a"), record(slow), record("b")], folder / "1.jsonl")
    write_archive([record("c")], folder / "2.jsonl")
    return folder


@pytest.fixture
def warm() -> None:
    """The extractor's vocabularies loaded (once per process, on first use, and inherited by forked
    workers): the short limits below are for the slow record, not for that loading."""
    extract_figures(article_from_text(record("w")["text"], "w"))


def _burn(seconds: float) -> None:
    """Work (CPU time) for `seconds`: the time limit counts CPU time, not waiting."""
    end = time.process_time() + seconds
    while time.process_time() < end:
        pass


def _slow_when_named_slow(real):
    def rows(article):
        if "slow" in article.id:
            _burn(60)
        return real(article)

    return rows


def _waiting_when_named_slow(real):
    def rows(article):
        if "slow" in article.id:
            time.sleep(2)  # as a worker waits for a core on a loaded machine: no CPU time
        return real(article)

    return rows


# fixwalk39-a: an archive's article is stopped on CPU time too, so a loaded machine never fails it
@pytest.mark.parametrize("jobs", [1, 2])
def test_an_article_that_waits_past_its_limit_without_working_is_not_stopped(
    tmp_path, monkeypatch, warm, jobs
):
    monkeypatch.setattr(
        archive_extract, "article_rows", _waiting_when_named_slow(archive_extract.article_rows)
    )
    parts = archive_parts(archive_files([str(two_file_archive(tmp_path / "archive"))]))
    outcomes = list(archive_extract.extract_parts(parts, ArchiveColumns(), jobs, timeout=1.0))
    assert [o.skipped for o in outcomes] == [[], []]
    assert sum(o.articles for o in outcomes) == 4


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_record_past_the_time_limit_is_skipped_by_id(tmp_path, capsys, monkeypatch, warm, jobs):
    monkeypatch.setattr(archive_extract, "article_rows", _slow_when_named_slow(archive_extract.article_rows))
    archive = two_file_archive(tmp_path / "archive")
    out = tmp_path / "out.csv"
    started = sum(os.times()[:4])  # CPU time of this process and its workers (joined at the end)
    assert main(["extract", str(archive), "--out", str(out), "--jobs", jobs, "--timeout", "5"]) == 1
    assert sum(os.times()[:4]) - started < 30  # the limit counts CPU time: wall time grows with load
    err = capsys.readouterr().err.splitlines()
    assert err[0] == (
        f"error: {archive / '1.jsonl'}: id 'slow': took longer than 5 s of CPU time; skipped (a longer limit: "
        "--timeout SECONDS)"
    )
    assert err[1] == f"wrote 3 figure(s) from 3 article(s) to {out}"
    assert [line.split(",")[0] for line in out.read_text(encoding="utf-8").splitlines()[1:]] == [
        "a",
        "b",
        "c",
    ]


def test_a_part_sets_the_alarm_handler_once_and_puts_it_back(tmp_path, monkeypatch, warm):
    monkeypatch.setattr(archive_extract, "article_rows", _slow_when_named_slow(archive_extract.article_rows))
    write_archive([record("a"), record("slow"), record("b"), record("c")], tmp_path / "1.jsonl")
    [part] = archive_parts([tmp_path / "1.jsonl"])
    handlers: list[object] = []
    real_signal = signal.signal

    def counting(signum, handler):
        if signum == signal.SIGPROF:
            handlers.append(handler)
        return real_signal(signum, handler)

    monkeypatch.setattr(signal, "signal", counting)
    before = signal.getsignal(signal.SIGPROF)
    outcome = archive_extract.extract_part(0, part, ArchiveColumns(), limit=0.5)
    assert (outcome.articles, [row[0] for row in outcome.rows]) == (3, ["a", "b", "c"])
    assert outcome.skipped == [
        f"{tmp_path / '1.jsonl'}: id 'slow': took longer than 0.5 s of CPU time; skipped (a longer limit: "
        "--timeout SECONDS)"
    ]
    assert len(handlers) == 2 and handlers[1] is before  # set for the part, then the one before put back
    assert signal.getsignal(signal.SIGPROF) is before and signal.getitimer(signal.ITIMER_PROF) == (0.0, 0.0)


def _ignores_the_alarm(real):
    def rows(article):
        if "slow" in article.id:
            signal.signal(signal.SIGPROF, signal.SIG_IGN)
            _burn(60)
        return real(article)

    return rows


def test_a_part_whose_worker_cannot_be_stopped_is_lost_alone(tmp_path, capsys, monkeypatch, warm):
    monkeypatch.setattr(workers, "KILL_GRACE_SECONDS", 0.2)
    monkeypatch.setattr(archive_extract, "article_rows", _ignores_the_alarm(archive_extract.article_rows))
    archive = two_file_archive(tmp_path / "archive")
    target = tmp_path / "dataset"
    started = sum(os.times()[:4])
    assert main(["extract", str(archive), "--out", str(target), "--jobs", "2", "--timeout", "2"]) == 1
    assert sum(os.times()[:4]) - started < 30
    err = capsys.readouterr().err.splitlines()
    assert err[0] == (
        f"error: {archive / '1.jsonl'}: part 1: took longer than 6 s of CPU time; its records skipped"
    )
    assert err[1] == f"wrote 1 figure(s) from 1 article(s) to {target}"
    assert sorted(p.name for p in target.iterdir()) == [
        "_SUCCESS",
        "part-00000.parquet",
        "part-00001.parquet",
    ]


# an archive extraction whose records named slow* never finish; prints each worker's pid when it starts one
DRIVER = """
import os, sys, time
import analysis.archive_extract as archive_extract
from analysis.article import article_from_text
from analysis.cli import main
from analysis.extract import extract_figures
real = archive_extract.article_rows
def rows(article):
    if "slow" in article.id:
        os.write(1, f"{os.getpid()}\\n".encode())  # one write: two workers' lines never interleave
        time.sleep(600)
    return real(article)
archive_extract.article_rows = rows
sys.exit(main(sys.argv[1:]))
"""


def _stalled_archive(tmp_path: Path) -> AbstractContextManager[tuple[subprocess.Popen[str], list[int]]]:
    folder = tmp_path / "archive"
    folder.mkdir()
    write_archive([record("slow1")], folder / "1.jsonl")
    write_archive([record("slow2")], folder / "2.jsonl")
    return stalled_driver(DRIVER, ["extract", str(folder), "--jobs", "2", "--timeout", "0"], 2)


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads process states from /proc")
def test_archive_workers_end_when_the_run_is_killed(tmp_path):
    with _stalled_archive(tmp_path) as (driver, pids):
        assert all(alive(pid) for pid in pids)
        driver.kill()
        driver.wait()
        assert gone_within(pids, 10)


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads process states from /proc")
def test_ctrl_c_ends_an_archive_run_cleanly(tmp_path):
    with _stalled_archive(tmp_path) as (driver, pids):
        os.killpg(driver.pid, signal.SIGINT)  # what a terminal does: the whole process group
        _, err = driver.communicate(timeout=60)
        assert (driver.returncode, err) == (130, "error: interrupted\n")
        assert gone_within(pids, 10)
