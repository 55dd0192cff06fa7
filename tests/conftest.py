"""Shared fixtures: the seed article and the development corpus inside the repository."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import settings

from analysis.article import Article, load_article
from analysis.paths import CORPUS, seed_path

ROOT = Path(__file__).resolve().parents[1]

# Properties are checked for what they return, never for how long an example takes: Hypothesis's
# default 200 ms deadline per example made the tests fail on a loaded machine. Speed is measured by
# the scripts in benchmarks/, not by tests.
settings.register_profile("no-deadline", deadline=None)
settings.load_profile("no-deadline")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Every word of a case's text is a keyword of its test, so `-k` takes any word, not only its id's."""
    for item in items:
        callspec = getattr(item, "callspec", None)
        text = callspec.params.get("text") if callspec else None
        if isinstance(text, str):
            item.extra_keyword_matches.update(re.findall(r"[^\W_]+", text.lower()))


@pytest.fixture(scope="session")
def seed() -> Article:
    return load_article(seed_path())


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    return CORPUS
