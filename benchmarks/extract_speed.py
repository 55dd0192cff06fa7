"""Extraction speed and peak memory on about 1 MB of news text (the dev articles repeated).

Prints MB/s on one core (interpreter start-up and imports excluded) and peak memory; with
--batch, articles per second for `extract DIR` on a folder of copies with 1 and 2 workers.
Compares with quantulum3 when it is installed. Run: `make bench` or `python benchmarks/extract_speed.py`.
"""

from __future__ import annotations

import argparse
import resource
import shutil
import tempfile
import time
import tracemalloc
from pathlib import Path

from analysis.article import article_from_text, list_articles, load_article
from analysis.batch import extract_many, outcomes_frame
from analysis.extract import extract_figures
from analysis.paths import CORPUS


def corpus_text(target_bytes: int) -> list[str]:
    """Dev article bodies repeated until about target_bytes of UTF-8 text."""
    bodies = [load_article(p).body for p in list_articles(CORPUS / "articles")]
    texts, size = [], 0
    while size < target_bytes:
        for body in bodies:
            texts.append(body)
            size += len(body.encode("utf-8"))
    return texts


def bench_single(megabytes: float) -> None:
    texts = corpus_text(int(megabytes * 1_000_000))
    size = sum(len(t.encode("utf-8")) for t in texts)
    articles = [article_from_text(t, f"a{i}") for i, t in enumerate(texts)]
    extract_figures(articles[0])  # warm caches and regex compilation
    start = time.perf_counter()
    figures = sum(len(extract_figures(a)) for a in articles)
    elapsed = time.perf_counter() - start
    tracemalloc.start()
    for a in articles[:200]:
        extract_figures(a)
    _, traced_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"analysis.extract: {size / 1e6:.2f} MB, {len(articles)} articles, {figures} figures in "
        f"{elapsed:.2f} s = {size / 1e6 / elapsed:.2f} MB/s on one core; "
        f"peak RSS {rss:.0f} MiB, traced peak for 200 articles {traced_peak / 2**20:.1f} MiB"
    )
    try:
        from quantulum3 import parser  # type: ignore[import-not-found]
    except ImportError:
        print("quantulum3: not installed, no comparison")
        return
    sample = texts[:100]
    start = time.perf_counter()
    for t in sample:
        parser.parse(t)
    elapsed = time.perf_counter() - start
    print(f"quantulum3: {len(sample) / elapsed:.1f} articles/s")


def bench_batch(copies: int) -> None:
    sources = list_articles(CORPUS / "articles")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for i in range(copies):
            src = sources[i % len(sources)]
            shutil.copyfile(src, folder / f"{i:05d}-{src.name}")
        files = list_articles(folder)
        for jobs in (1, 2):
            start = time.perf_counter()
            frame, errors = outcomes_frame(extract_many(files, jobs=jobs))
            elapsed = time.perf_counter() - start
            print(
                f"extract DIR: {len(files)} articles, {len(frame)} figures, jobs={jobs}: "
                f"{elapsed:.2f} s = {len(files) / elapsed:.0f} articles/s"
            )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--megabytes", type=float, default=1.0, help="text to extract from (default 1.0)")
    parser.add_argument(
        "--batch", type=int, default=1000, metavar="N", help="folder size for the batch run (0: skip)"
    )
    args = parser.parse_args()
    bench_single(args.megabytes)
    if args.batch:
        bench_batch(args.batch)


if __name__ == "__main__":
    main()
