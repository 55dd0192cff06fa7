"""Shared runner for the per-dimension corpora (Duckling's Corpus.hs style): each dimension's test
module keeps ALL_EXAMPLES, (text, expected figures as (value, unit, kind)), and NEGATIVE_EXAMPLES,
look-alikes that must yield no figure at all."""

from __future__ import annotations

from analysis.article import article_from_text
from analysis.extract import Scanner, extract_figures
from analysis.formats import format_value

Expected = list[tuple[str, str, str]]


def figures_of(text: str) -> Expected:
    """(value, unit, kind) of every figure the engine reads in a text, in text order."""
    frame = extract_figures(article_from_text(text, "case"))
    return [(format_value(r.value), r.unit, r.kind) for r in frame.itertuples()]


def scanner_of(text: str) -> Scanner:
    """A fresh scanner over a text, for calling one dimension's scan or helper on its own."""
    return Scanner(article_from_text(text, "case"))
