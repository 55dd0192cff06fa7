"""Extraction as a Dask computation, for archives beyond one machine: one task per archive part,
on a local cluster of worker processes or on an existing `dask.distributed` scheduler. Workers
read their parts and write their Parquet files themselves; only counts and skipped-record lines
come back, so the client's memory stays flat."""

from __future__ import annotations

import contextlib
import logging
import sys
from collections.abc import Iterator
from pathlib import Path

from . import dataset
from .archive import ArchiveColumns, Part, duplicated_ids, part_ids
from .archive_extract import PartOutcome, extract_part, summary

LOCAL = "local"  # the --dask value meaning "start a local cluster"
LOOPBACK = "127.0.0.1"


@contextlib.contextmanager
def dask_client(address: str = LOCAL, workers: int = 1) -> Iterator[object]:
    """A client of the scheduler at `address`, or of a local cluster of `workers` single-threaded
    processes on the loopback interface (no dashboard; the scheduler's HTTP server on a free port of
    the loopback interface) that is closed on exit."""
    from distributed import Client, LocalCluster

    if address != LOCAL:
        with Client(address, timeout="30s") as client:
            yield client
        return
    with (
        LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            host=LOOPBACK,
            dashboard_address=None,
            # the scheduler serves HTTP (health, metrics) even without a dashboard, by default on
            # port 8787 of every interface, with a warning when that port is taken: no dashboard,
            # a free port of the loopback interface
            scheduler_kwargs={"dashboard": False, "dashboard_address": f"{LOOPBACK}:0"},
            silence_logs=logging.ERROR,
        ) as cluster,
        Client(cluster) as client,
    ):
        yield client


def extract_on_dask(
    parts: list[Part],
    columns: ArchiveColumns,
    target: Path | str,
    address: str = LOCAL,
    workers: int = 1,
    progress: bool = False,
) -> list[PartOutcome]:
    """Extract every part on Dask into the Parquet dataset `target` (one file per part), committed
    only when every part is written and some article was extracted; returns the outcomes in part
    order."""
    with dataset.staged(target) as staging:
        with dask_client(address, workers) as client:
            ids = client.map(part_ids, parts, columns=columns, pure=False)  # type: ignore[attr-defined]
            duplicates = duplicated_ids(client.gather(ids))  # type: ignore[attr-defined]
            futures = client.map(  # type: ignore[attr-defined]
                extract_part,
                range(len(parts)),
                parts,
                columns=columns,
                duplicates=duplicates,
                staging=str(staging),
                pure=False,
            )
            if progress:
                _show_progress(futures)
            outcomes: list[PartOutcome] = client.gather(futures)  # type: ignore[attr-defined]
        dataset.commit_extracted(staging, target, summary(outcomes))
    return outcomes


def _show_progress(futures: list[object]) -> None:
    """Dask's own text progress bar, drawn on stderr (stdout is for tables)."""
    from distributed import progress

    with contextlib.redirect_stdout(sys.stderr):
        progress(futures)
        print(file=sys.stderr)
