"""Extraction on Dask: the same rows as the process pool, on a cluster of two workers started and
closed here or on a local cluster the command starts itself; no process is left behind."""

from __future__ import annotations

import json
import logging

import psutil
import pytest
from distributed import Client, LocalCluster

from analysis.archive import ArchiveColumns, archive_parts
from analysis.archive_extract import extract_parts
from analysis.batch import OUTPUT_COLUMNS
from analysis.cli import main
from analysis.dataset import MARKER, read_dataset
from analysis.export import rows_csv, table_csv
from analysis.paths import DEV_ARCHIVE
from analysis.synthetic import parquet_bytes


def children() -> list[int]:
    """Process ids of this test process's descendants, less multiprocessing's resource tracker
    (one per parent process, started on first use, it ends with the parent by design)."""
    return sorted(
        p.pid
        for p in psutil.Process().children(recursive=True)
        if "multiprocessing.resource_tracker" not in " ".join(p.cmdline())
    )


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    """The shipped archive as Parquet in row groups of 3 records, one record bad."""
    records = [json.loads(line) for line in DEV_ARCHIVE.read_text(encoding="utf-8").splitlines()]
    records.insert(5, {"id": "blank", "text": ""})
    path = tmp_path_factory.mktemp("archive") / "dev.parquet"
    path.write_bytes(parquet_bytes(records, row_group=3))
    return path


def shipped_records() -> int:
    """How many records the shipped archive holds."""
    return len(DEV_ARCHIVE.read_text(encoding="utf-8").splitlines())


def parts_of(records: int, per_part: int = 3) -> int:
    return -(-records // per_part)


@pytest.fixture(scope="module")
def pool_csv(archive):
    outcomes = list(extract_parts(archive_parts([archive]), ArchiveColumns(), jobs=2))
    return rows_csv(OUTPUT_COLUMNS, [row for o in outcomes for row in o.rows])


def test_two_worker_cluster_gives_the_pool_rows(tmp_path, archive, pool_csv, capsys):
    before = children()
    with (
        LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            host="127.0.0.1",
            dashboard_address=None,
            silence_logs=logging.ERROR,
        ) as cluster,
        Client(cluster) as client,
    ):
        assert len(client.scheduler_info()["workers"]) == 2
        out = tmp_path / "figures"
        assert main(["extract", str(archive), "--dask", cluster.scheduler_address, "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert f"{archive}: row 6: id 'blank': empty text; skipped" in err
    articles, figures = shipped_records(), pool_csv.count("\n") - 1
    parts = parts_of(articles + 1)  # the blank record is one row of a part too
    assert f"wrote {figures} figure(s) from {articles} article(s)" in err
    assert sorted(p.name for p in out.iterdir()) == [MARKER] + [f"part-{i:05d}.parquet" for i in range(parts)]
    assert table_csv(read_dataset(out)) == pool_csv
    assert json.loads((out / MARKER).read_text(encoding="utf-8")) == {
        "articles": articles,
        "figures": figures,
        "parts": parts,
        "skipped": 1,
    }
    assert children() == before


def test_the_command_starts_and_closes_its_own_local_cluster(tmp_path, archive, pool_csv):
    before = children()
    out = tmp_path / "figures"
    assert main(["extract", str(archive), "--dask", "--jobs", "1", "--quiet", "--out", str(out)]) == 1
    assert table_csv(read_dataset(out)) == pool_csv
    assert children() == before


def test_dask_needs_a_dataset_folder(archive, capsys):
    assert main(["extract", str(archive), "--dask"]) == 2
    assert "--out" in capsys.readouterr().err


def test_the_pool_writes_the_same_dataset(tmp_path, archive, pool_csv):
    out = tmp_path / "figures"
    assert main(["extract", str(archive), "--jobs", "2", "--quiet", "--out", str(out)]) == 1
    assert table_csv(read_dataset(out)) == pool_csv


def test_dasks_progress_bar_is_drawn_on_stderr(tmp_path, archive, capsys):
    from analysis.distributed import LOCAL, extract_on_dask

    outcomes = extract_on_dask(
        archive_parts([archive]), ArchiveColumns(), tmp_path / "f", LOCAL, 1, progress=True
    )
    captured = capsys.readouterr()
    assert "100% Completed" in captured.err and captured.out == ""
    assert [o.index for o in outcomes] == list(range(parts_of(shipped_records() + 1)))


def test_a_failure_on_the_cluster_is_one_line_and_leaves_no_dataset(tmp_path, archive, capsys, monkeypatch):
    import analysis.distributed

    def lost(*args, **kwargs):
        raise RuntimeError("worker lost")

    monkeypatch.setattr(analysis.distributed, "extract_on_dask", lost)
    out = tmp_path / "figures"
    assert main(["extract", str(archive), "--dask", "tcp://127.0.0.1:1", "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert err == f"error: {out}: the Dask run on tcp://127.0.0.1:1 failed (RuntimeError: worker lost)\n"
    assert not out.exists()


def test_dask_is_for_archives_not_txt_folders(corpus_dir, tmp_path, capsys):
    assert main(["extract", str(corpus_dir / "articles"), "--dask", "--out", str(tmp_path / "f")]) == 2
    assert "--dask reads archives" in capsys.readouterr().err and not (tmp_path / "f").exists()


# fixwalk38-c: the local cluster starts no dashboard and says nothing when port 8787 is taken (by
# another cluster on the host): its scheduler's HTTP server is on a free loopback port.
def test_the_local_cluster_has_no_dashboard_and_warns_of_no_taken_port():
    import socket
    import warnings

    from analysis.distributed import dask_client

    taken = socket.socket()
    try:
        taken.bind(("127.0.0.1", 8787))
    except OSError:
        pass  # taken already
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            with dask_client(workers=1) as client:
                server = client.cluster.scheduler.http_server  # type: ignore[attr-defined]
                assert server.address == "127.0.0.1" and server.port != 8787
        assert not [w for w in caught if "8787" in str(w.message)]
    finally:
        taken.close()
