"""Where extraction spends its CPU time, by sampling: a profiling timer (SIGPROF, CPU time) stops
the dev-article passes every few milliseconds and the Python stack is read. Unlike cProfile it
adds no cost per call, so many small functions are not made to look dearer than a few large ones;
it shows each function's share with what it calls (inclusive), its own share (self: the frame on
top, a regex or string method it runs included) and the lines that cost most.

Run: `python benchmarks/sample_extract.py [--repeats 300] [--top 30] [--under subjects.refine]`
(`--under` lists the functions called from one function, with their inclusive shares).
"""

from __future__ import annotations

import argparse
import gc
import signal
from collections import Counter
from types import FrameType

from analysis.article import article_from_text, list_articles, load_article
from analysis.extract import iter_rows
from analysis.paths import CORPUS

INTERVAL = 0.001  # seconds of CPU time between samples (the kernel may deliver them coarser)


def _name(frame: FrameType) -> str:
    """module.function of a frame ("subjects.refine")."""
    code = frame.f_code
    return f"{code.co_filename.rsplit('/', 1)[-1].removesuffix('.py')}.{code.co_name}"


class Sampler:
    """The stacks (outermost first, as (function, line) pairs) seen at each sample, counted."""

    def __init__(self) -> None:
        self.stacks: Counter[tuple[tuple[str, int], ...]] = Counter()

    def _sample(self, _signum: int, frame: FrameType | None) -> None:
        stack = []
        while frame is not None:
            stack.append((_name(frame), frame.f_lineno or 0))
            frame = frame.f_back
        self.stacks[tuple(reversed(stack))] += 1

    def start(self) -> None:
        signal.signal(signal.SIGPROF, self._sample)
        signal.setitimer(signal.ITIMER_PROF, INTERVAL, INTERVAL)

    def stop(self) -> None:
        signal.setitimer(signal.ITIMER_PROF, 0, 0)
        signal.signal(signal.SIGPROF, signal.SIG_DFL)


def report(stacks: Counter[tuple[tuple[str, int], ...]], top: int, under: str | None) -> None:
    """Print the inclusive, self and line shares of the samples (or the callees of `under`)."""
    total = sum(stacks.values())
    inclusive: Counter[str] = Counter()
    own: Counter[str] = Counter()
    lines: Counter[str] = Counter()
    callees: Counter[str] = Counter()
    for stack, count in stacks.items():
        names = [name for name, _ in stack]
        for name in set(names):
            inclusive[name] += count
        own[names[-1]] += count
        lines[f"{stack[-1][0]}:{stack[-1][1]}"] += count
        if under in names:
            below = names.index(under) + 1
            for name in set(names[below:]):
                callees[name] += count
    print(f"{total} samples")
    tables = [("inclusive", inclusive), ("self", own), ("lines (self)", lines)]
    if under:
        tables = [(f"called from {under} ({100 * inclusive[under] / total:.1f} % in all)", callees)]
    for title, counter in tables:
        print(f"== {title}")
        for name, count in counter.most_common(top):
            print(f"  {100 * count / total:5.1f} %  {name}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeats", type=int, default=300, help="passes over the dev articles (default 300)")
    parser.add_argument("--top", type=int, default=30, help="rows per table (default 30)")
    parser.add_argument("--under", help="list the functions called from this one (module.function)")
    args = parser.parse_args()
    bodies = [load_article(p).body for p in list_articles(CORPUS / "articles")]
    for body in bodies:  # the vocabularies are built on first use: not sampled
        list(iter_rows(article_from_text(body, "warm-up")))
    sampler = Sampler()
    gc.disable()  # a collection lands in whichever function triggers it
    sampler.start()
    try:
        for _ in range(args.repeats):
            for i, body in enumerate(bodies):
                for _row in iter_rows(article_from_text(body, str(i))):
                    pass
    finally:
        sampler.stop()
        gc.enable()
    report(sampler.stacks, args.top, args.under)


if __name__ == "__main__":
    main()
