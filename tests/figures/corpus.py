"""Shared runner for the per-dimension corpora (Duckling's Corpus.hs style): each dimension's test
module keeps ALL_EXAMPLES, (text, expected figures as (value, unit, kind)), and NEGATIVE_EXAMPLES,
look-alikes that must yield no figure at all. An expected figure may add a fourth item, its
`measure` (the pint name `figures.csv` writes for an `other` row, "" for none): it is then checked
too. Cases get short ids, `<prefix>-<number>-<first words>`, which `pytest -k` takes."""

from __future__ import annotations

import re
from collections.abc import Sequence

from analysis.article import article_from_text
from analysis.extract import Scanner, extract_figures
from analysis.formats import format_value

Expected = list[tuple[str, ...]]


def figures_of(text: str, like: Expected | None = None) -> Expected:
    """(value, unit, kind) of every figure the engine reads in a text, in text order; with the
    measure too for each figure whose expected tuple in `like` (same place) names one."""
    frame = extract_figures(article_from_text(text, "case"))
    rows = [(format_value(r.value), r.unit, r.kind, r.measure) for r in frame.itertuples()]
    like = like or []
    return [row if i < len(like) and len(like[i]) == 4 else row[:3] for i, row in enumerate(rows)]


def case_ids(prefix: str, cases: Sequence[str | tuple[str, object]]) -> list[str]:
    """Short, `-k`-safe test ids of corpus cases: "ages-017-a-third-of-them"."""
    width = len(str(len(cases)))
    texts = [case if isinstance(case, str) else case[0] for case in cases]
    return [f"{prefix}-{n:0{width}d}-{_first_words(text)}" for n, text in enumerate(texts, 1)]


def _first_words(text: str, words: int = 5) -> str:
    """The first few words of a text, lower case, joined by hyphens (letters and digits only)."""
    return "-".join(re.findall(r"[^\W_]+", text.lower())[:words])


def scanner_of(text: str) -> Scanner:
    """A fresh scanner over a text, for calling one dimension's scan or helper on its own."""
    return Scanner(article_from_text(text, "case"))
