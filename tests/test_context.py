from __future__ import annotations

from analysis.article import article_from_text
from analysis.context import load_context


def test_seed_context_has_a_source_for_every_fact(seed):
    context = load_context(seed)
    assert len(context) >= 10
    assert context["source"].str.startswith("https://").all()
    assert context["fact"].str.len().min() > 20


def test_article_without_context_gives_an_empty_table():
    assert load_context(article_from_text("No context.", "x")).empty
