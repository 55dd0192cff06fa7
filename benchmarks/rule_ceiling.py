"""The most a trigger index could save on the dev articles: every rule function that returned the
same empty answer (False, "", 0, an empty tuple) on every call of a dev pass is replaced by a stub
that returns it at once, the rows are checked identical, and a pass is timed both ways (CPU time,
best of --rounds). An index that skipped each such rule where its trigger words are absent could
save no more than the difference, and less: its own look-ups cost, and the rules that do fire stay.
Also prints the stubbed rules' largest shares of a profiled pass, and the time of the dev articles
with every digit written as a letter (what a pass costs with almost no figure to read).

Run: `python benchmarks/rule_ceiling.py [--rounds 3] [--min-calls 5] [--top 25]`.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import re
import sys
import time
import types
from collections import defaultdict
from collections.abc import Callable
from types import CodeType, FrameType

from analysis.article import Article, article_from_text, list_articles, load_article
from analysis.extract import iter_rows
from analysis.paths import CORPUS

EMPTY_TYPES = (bool, str, int, float, tuple, type(None))
GENERATOR_FLAG = 0x20  # a code object's CO_GENERATOR: its "return" events are its yields


def passes(articles: list[Article], n: int) -> float:
    """CPU seconds of `n` passes of extraction over the articles."""
    start = time.process_time()
    for _ in range(n):
        for article in articles:
            for _row in iter_rows(article):
                pass
    return time.process_time() - start


def answers(articles: list[Article]) -> dict[CodeType, list[object]]:
    """What each function of the engine returned on each call of one pass ("truthy" for any
    answer that is not empty)."""
    found: dict[CodeType, list[object]] = defaultdict(list)

    def local(frame: FrameType, event: str, arg: object) -> Callable[..., object]:
        if event == "return" and not frame.f_code.co_flags & GENERATOR_FLAG:
            empty = isinstance(arg, EMPTY_TYPES) and not arg
            found[frame.f_code].append(arg if empty else "truthy")
        return local

    def call(frame: FrameType, event: str, arg: object) -> Callable[..., object] | None:
        return local if "analysis" in frame.f_code.co_filename else None

    sys.settrace(call)
    try:
        passes(articles, 1)
    finally:
        sys.settrace(None)
    return found


def never_firing(found: dict[CodeType, list[object]], min_calls: int) -> dict[CodeType, object]:
    """The rules that gave one and the same empty answer, not None, on every call (at least
    `min_calls`): None alone is a procedure's return, no rule's answer."""
    out: dict[CodeType, object] = {}
    for code, returned in found.items():
        if len(returned) < min_calls or code.co_name.startswith("<"):
            continue
        kinds = {repr(r) for r in returned}
        if len(kinds) == 1 and returned[0] is not None and returned[0] != "truthy":
            out[code] = returned[0]
    return out


def stub(rules: dict[CodeType, object]) -> list[tuple[types.ModuleType, str, object]]:
    """Replace each rule, in every module of the engine that holds it, by a function returning its
    answer; the originals, to put back."""
    replaced = []
    for name, module in list(sys.modules.items()):
        if not name.startswith("analysis"):
            continue
        for attr, value in list(vars(module).items()):
            if isinstance(value, types.FunctionType) and value.__code__ in rules:
                answer = rules[value.__code__]
                setattr(module, attr, lambda *_a, _answer=answer, **_k: _answer)
                replaced.append((module, attr, value))
    return replaced


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--rounds", type=int, default=3, help="timings of 3 passes; the best is kept (default 3)"
    )
    parser.add_argument(
        "--min-calls", type=int, default=5, help="calls a rule needs to be stubbed (default 5)"
    )
    parser.add_argument(
        "--top", type=int, default=25, help="stubbed rules listed by their share (default 25)"
    )
    args = parser.parse_args()
    articles = [load_article(p) for p in list_articles(CORPUS / "articles")]
    rows = [list(iter_rows(a)) for a in articles]  # (also builds the vocabularies)
    normal = min(passes(articles, 3) for _ in range(args.rounds))
    plain = [article_from_text(re.sub(r"\d", "N", a.body), a.id) for a in articles]
    passes(plain, 1)
    no_digits = min(passes(plain, 3) for _ in range(args.rounds))
    rules = never_firing(answers(articles), args.min_calls)
    profile = cProfile.Profile()
    profile.runcall(passes, articles, 2)
    replaced = stub(rules)
    same = [list(iter_rows(a)) for a in articles] == rows
    stubbed = min(passes(articles, 3) for _ in range(args.rounds))
    for module, attr, value in replaced:
        setattr(module, attr, value)
    print(
        f"a dev pass: {normal / 3 * 1000:.1f} ms CPU; with every digit a letter {no_digits / 3 * 1000:.1f} ms"
    )
    print(
        f"{len(rules)} rules never fired ({len(replaced)} names stubbed; rows identical: {same}): "
        f"{stubbed / 3 * 1000:.1f} ms, {100 * (normal - stubbed) / normal:.1f}% less"
    )
    stats = pstats.Stats(profile).stats  # type: ignore[attr-defined]
    total = sum(v[2] for v in stats.values())
    keys = {(c.co_filename, c.co_firstlineno, c.co_name) for c in rules}
    shares = sorted(((v[3], v[1], k) for k, v in stats.items() if k in keys), reverse=True)
    for cumulative, calls, (path, _line, name) in shares[: args.top]:
        print(f"  {100 * cumulative / total:4.1f}% {calls:6d} calls  {path.split('analysis/')[-1]}:{name}")


if __name__ == "__main__":
    main()
