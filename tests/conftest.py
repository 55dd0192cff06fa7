"""Shared fixtures: the seed article and the development corpus inside the repository."""

from __future__ import annotations

from pathlib import Path

import pytest

from analysis.article import Article, load_article
from analysis.paths import CORPUS, seed_path

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def seed() -> Article:
    return load_article(seed_path())


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    return CORPUS
