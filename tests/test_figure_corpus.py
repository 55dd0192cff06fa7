"""Runs every phrasing in tests/figure_corpus.py: positives yield exactly their figures,
negatives yield none."""

from __future__ import annotations

import pytest

from analysis.article import article_from_text
from analysis.extract import extract_figures
from analysis.formats import format_value

from .figure_corpus import NEGATIVE, POSITIVE
from .figures.corpus import case_ids


@pytest.mark.parametrize(("text", "expected"), POSITIVE, ids=case_ids("corpus", POSITIVE))
def test_positive_phrasings(text: str, expected: list[tuple[str, str, str]]):
    frame = extract_figures(article_from_text(text, "case"))
    got = [(format_value(r.value), r.unit, r.kind) for r in frame.itertuples()]
    assert got == expected


@pytest.mark.parametrize("text", NEGATIVE, ids=case_ids("corpus-not", NEGATIVE))
def test_negative_phrasings(text: str):
    frame = extract_figures(article_from_text(text, "case"))
    assert list(frame["quote"]) == []
