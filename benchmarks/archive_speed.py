"""Archive extraction speed and peak memory: the process pool and Dask (1 and 2 workers) on a
synthetic Parquet archive of the development articles repeated (100,000 articles, about 200 MB of
records, by default), and on a smaller one to show that peak memory stays flat as the archive grows.

Each run is `python -m analysis extract ARCHIVE --out DATASET` (plus `--dask`) in a child process,
timed end to end (interpreter and cluster start-up included); memory is the peak of the summed
resident memory of the whole process tree (client, pool or cluster workers), sampled every 0.1 s.
CPU seconds (user + system, every process of the run) are reported too: on a machine shared with
other work, articles per CPU second compare the engines where wall time cannot.
Run: `python benchmarks/archive_speed.py` (or `--articles 20000 --small 5000` for a quick look).
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil
import pyarrow as pa
import pyarrow.parquet as pq

from analysis.dataset import MARKER
from analysis.synthetic import RECORD_FIELDS, article_record, dev_articles, repeated

ROW_GROUP = 1000  # records per part
CONFIGS = {
    "pool, 1 process": ["--jobs", "1"],
    "pool, 2 processes": ["--jobs", "2"],
    "dask, 1 worker": ["--dask", "--jobs", "1"],
    "dask, 2 workers": ["--dask", "--jobs", "2"],
}


def write_synthetic_archive(path: Path, articles: int) -> int:
    """A Parquet archive of `articles` records cycling through the whole development articles,
    written row group by row group; returns the bytes of text and metadata it holds."""
    base = [article_record(a, f"dev-{Path(a.path).stem}") for a in dev_articles()]
    schema = pa.schema([(k, pa.string()) for k in RECORD_FIELDS])
    size = 0
    with pq.ParquetWriter(path, schema) as writer:
        batch: list[dict[str, object]] = []
        for record in repeated(base, articles):
            batch.append(record)
            size += sum(len(str(v).encode()) for v in record.values() if v is not None)
            if len(batch) == ROW_GROUP:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                batch = []
        if batch:
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))
    return size


def run(archive: Path, out: Path, options: list[str]) -> tuple[float, float, float, float]:
    """Wall seconds, CPU seconds of the whole process tree (so that a machine shared with other work
    can be read), peak summed RSS of the tree (MiB) and peak RSS of its largest process."""
    command = [sys.executable, "-m", "analysis", "extract", str(archive), "-q", "--out", str(out), *options]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    process = subprocess.Popen(command)
    root = psutil.Process(process.pid)
    peak_sum = peak_one = 0.0
    while process.poll() is None:
        try:
            tree = [root, *root.children(recursive=True)]
            sizes = [p.memory_info().rss for p in tree]
        except psutil.Error:  # a process ended between listing and reading: sample again
            continue
        peak_sum, peak_one = max(peak_sum, sum(sizes)), max(peak_one, max(sizes))
        time.sleep(0.1)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(command)}: exit status {process.returncode}")
    return wall, cpu, peak_sum / 2**20, peak_one / 2**20


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000, help="articles in the large archive")
    parser.add_argument("--small", type=int, default=25_000, help="articles in the small archive")
    parser.add_argument("--configs", nargs="*", default=list(CONFIGS), help="which runs (default: all)")
    args = parser.parse_args()
    print(f"machine: {psutil.cpu_count()} cores, load average {psutil.getloadavg()[0]:.1f} at start")
    with tempfile.TemporaryDirectory() as tmp:
        for articles in (args.small, args.articles):
            archive = Path(tmp) / f"archive-{articles}.parquet"
            size = write_synthetic_archive(archive, articles)
            print(
                f"archive: {articles} articles, {size / 1e6:.0f} MB of records "
                f"({archive.stat().st_size / 1e6:.1f} MB as Parquet), {-(-articles // ROW_GROUP)} parts"
            )
            for name in args.configs:
                out = Path(tmp) / f"figures-{articles}-{name.replace(' ', '').replace(',', '-')}"
                wall, cpu, tree, largest = run(archive, out, CONFIGS[name])
                done = json.loads((out / MARKER).read_text(encoding="utf-8"))
                print(
                    f"  {name:18} {done['articles'] / wall:7.0f} articles/s ({wall:6.1f} s, "
                    f"{done['figures']} figures; {done['articles'] / cpu:5.0f} articles per CPU second); "
                    f"peak memory {tree:5.0f} MiB in all, "
                    f"{largest:4.0f} MiB in the largest process; load {psutil.getloadavg()[0]:.1f}",
                    flush=True,
                )


if __name__ == "__main__":
    main()
