"""Where extraction spends its time: CPU seconds per dimension of the recogniser (each scan step of
analysis/extract.py, the article build, composition and attribution) on the dev articles repeated,
then cProfile's top functions. CPU time, not wall time, so a loaded machine blurs it less; the
garbage collector is paused while stages are timed (a full collection walks every object the
vocabularies left on the heap and lands in whichever stage triggers it) and timed on its own.

Run: `python benchmarks/profile_extract.py [--repeats 20] [--top 30]`.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import pstats
import time
from collections import Counter

from analysis import extract as X
from analysis.article import Article, article_from_text, list_articles, load_article
from analysis.attribution import attribution_for
from analysis.paths import CORPUS


def dev_bodies() -> list[Article]:
    return [load_article(p) for p in list_articles(CORPUS / "articles")]


def one_pass(articles: list[Article], steps: Counter[str]) -> None:
    """Extract every article once, adding the CPU seconds of each stage to `steps`."""
    clock = time.process_time
    for source in articles:
        start = clock()
        article = article_from_text(source.body, source.id)
        scanner = X.Scanner(article)
        steps["article and anchors"] += clock() - start
        for step in X.SCAN_ORDER:
            start = clock()
            step(scanner)
            steps[step.__name__] += clock() - start
        start = clock()
        figures = X.finish_figures(article, scanner.figures)
        steps["compose, carry-over and subjects"] += clock() - start
        start = clock()
        memo: dict[int, str] = {}
        for fig in figures:
            attribution_for(article, article.sentence_of(fig.core[0]), memo)
        steps["attribution"] += clock() - start


class _time_collections:  # noqa: N801 (used like a function)
    """Seconds the garbage collector spends from now until stop()."""

    def __init__(self) -> None:
        self.seconds, self.count, self._start = 0.0, 0, 0.0
        gc.callbacks.append(self._callback)

    def _callback(self, phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            self._start = time.perf_counter()
        else:
            self.seconds += time.perf_counter() - self._start
            self.count += 1

    def stop(self) -> None:
        gc.callbacks.remove(self._callback)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeats", type=int, default=20, help="passes over the dev articles (default 20)")
    parser.add_argument("--top", type=int, default=30, help="functions listed by cProfile (default 30)")
    args = parser.parse_args()
    articles = dev_bodies()
    start = time.process_time()
    one_pass(articles, Counter())
    print(f"first pass (vocabularies built on first use): {time.process_time() - start:.2f} s CPU")
    steps: Counter[str] = Counter()
    collections = _time_collections()
    gc.disable()  # a collection lands in whichever stage triggers it: timed apart, below
    try:
        for _ in range(args.repeats):
            one_pass(articles, steps)
    finally:
        gc.enable()
    collections.stop()
    total = sum(steps.values())
    size = args.repeats * sum(len(a.body.encode("utf-8")) for a in articles)
    print(
        f"{size / 1e6:.2f} MB in {total:.2f} s CPU = {size / 1e6 / total:.2f} MB/s (no file reading or CSV)"
    )
    for name, seconds in steps.most_common():
        print(f"  {name:33s} {seconds:6.2f} s  {100 * seconds / total:4.1f} %")
    gc_seconds = _time_collections()
    for _ in range(args.repeats):
        one_pass(articles, Counter())
    gc_seconds.stop()
    print(
        f"garbage collection (the same passes, collector on): {gc_seconds.seconds:.2f} s in "
        f"{gc_seconds.count} collections, {len(gc.get_objects())} objects tracked"
    )
    profile = cProfile.Profile()
    profile.runcall(lambda: [one_pass(articles, Counter()) for _ in range(args.repeats)])
    pstats.Stats(profile).sort_stats("tottime").print_stats(args.top)


if __name__ == "__main__":
    main()
