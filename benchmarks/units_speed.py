"""Speed of the unit vocabularies: first-use build time, lookups per second, and MB/s of
`article_country` and of a scan for amounts with a currency sign, currency name or unit.

Run: `python benchmarks/units_speed.py` (about 1 MB of the dev articles, repeated).
"""

from __future__ import annotations

import argparse
import re
import time
from collections.abc import Callable

from analysis import currencies, measures
from analysis.article import list_articles, load_article
from analysis.paths import CORPUS


def corpus(target_bytes: int = 1_000_000) -> str:
    """Dev article bodies repeated to about target_bytes of UTF-8 text."""
    bodies = [load_article(p).body for p in list_articles(CORPUS / "articles")]
    parts, size = [], 0
    while size < target_bytes:
        for body in bodies:
            parts.append(body)
            size += len(body.encode("utf-8"))
    return "\n\n".join(parts)


def timed(step: Callable[[], object]) -> float:
    start = time.perf_counter()
    step()
    return time.perf_counter() - start


def per_second(step: Callable[[str], object], words: list[str], rounds: int = 20) -> float:
    start = time.perf_counter()
    for _ in range(rounds):
        for word in words:
            step(word)
    return rounds * len(words) / (time.perf_counter() - start)


def main() -> None:
    build = {
        "currency signs and names (Babel/CLDR)": timed(
            lambda: (currencies.sign_alternation(), currencies.name_alternation())
        ),
        "places for article_country (CLDR)": timed(lambda: currencies.article_country("Kenya")),
        "unit words (pint)": timed(measures.unit_alternation),
    }
    for what, seconds in build.items():
        print(f"first use, {what}: {seconds:.2f} s")
    print(
        f"covered: {len(currencies._signs())} currency signs and codes, {len(currencies._names())} "
        f"currency names, {len(currencies._tender())} currencies in use today; "
        f"{len(measures._forms())} unit spellings of {len(set(w.measure for w in measures._forms().values()))} measures"
    )
    signs = ["$", "KSh", "Rs", "¥", "R$", "EUR", "kr", "Q"]
    names = ["rupees", "Canadian dollars", "won", "naira", "widgets"]
    units = ["km/h", "metres", "bpd", "°C", "sq km", "people"]
    print(f"currency_for_sign: {per_second(lambda s: currencies.currency_for_sign(s, 'PK'), signs):,.0f}/s")
    print(f"currency_for_name: {per_second(lambda s: currencies.currency_for_name(s, 'PK'), names):,.0f}/s")
    print(f"measure_for: {per_second(measures.measure_for, units):,.0f}/s")

    text = corpus()
    megabytes = len(text.encode("utf-8")) / 1e6
    seconds = min(timed(lambda: currencies.article_country(text)) for _ in range(3))
    print(f"article_country: {megabytes / seconds:.1f} MB/s on {megabytes:.2f} MB")
    amount = r"\d(?:[\d,.]*\d)?"
    scan = re.compile(
        rf"(?<![\w$])(?:{currencies.sign_alternation()})\s?{amount}"
        rf"|{amount}\s?(?:(?:{currencies.name_alternation()})|(?:{measures.unit_alternation()}))(?![\w/])"
    )
    seconds = min(timed(lambda: sum(1 for _ in scan.finditer(text))) for _ in range(3))
    found = sum(1 for _ in scan.finditer(text))
    print(f"scan for amounts with a sign, name or unit: {megabytes / seconds:.1f} MB/s ({found} hits)")


if __name__ == "__main__":
    argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    ).parse_args()
    main()
