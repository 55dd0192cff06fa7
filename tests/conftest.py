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


# The modules that take longest, heaviest first (CPU seconds of each, tests and the processes they
# start, measured by ci41 on the whole suite). `make test` hands whole modules to its worker processes
# (pytest-xdist `--dist loadfile --no-loadscope-reorder`) in collection order: the heavy ones first,
# the many light ones after, so the workers end together rather than one idling while the other runs
# a heavy module it was handed last. A module not named here keeps its place after these.
HEAVY_FIRST = (
    "test_report.py",  # 150 s: a report notebook for each development article
    "test_slow_inputs.py",  # 125 s: the hostile inputs at the issues' sizes
    "test_hostile.py",  # 60 s: report notebooks, signals
    "test_notebooks_run.py",  # five notebooks at once on an invented article
    "test_charts.py",  # 45 s
    "test_subjects.py",  # 30 s
    "test_batch.py",  # 28 s
    "test_cli.py",  # 27 s: the commands as users run them
    "test_chartcheck.py",  # 25 s
    "test_archive_extract.py",  # 22 s
    "test_counts.py",  # 20 s
    "test_distributed.py",  # 20 s
    "test_benchmarks.py",  # 20 s
    "test_extract.py",  # 16 s
    "test_explorer.py",  # 15 s
    "test_whole_corpus.py",  # 15 s
)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Every word of a case's text is a keyword of its test, so `-k` takes any word, not only its id's;
    the modules of HEAVY_FIRST run first, in its order (a stable sort: each module stays whole)."""
    for item in items:
        callspec = getattr(item, "callspec", None)
        text = callspec.params.get("text") if callspec else None
        if isinstance(text, str):
            item.extra_keyword_matches.update(re.findall(r"[^\W_]+", text.lower()))
    rank = {name: place for place, name in enumerate(HEAVY_FIRST)}
    items.sort(key=lambda item: rank.get(item.path.name, len(HEAVY_FIRST)))


@pytest.fixture(scope="session")
def seed() -> Article:
    return load_article(seed_path())


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    return CORPUS
