"""Where the project's folders are: every path comes from here, resolved from the project root."""

from __future__ import annotations

from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[1]
SEEDS = PROJECT_ROOT / "seeds"
NOTEBOOKS = PROJECT_ROOT / "notebooks"
FIGURES = PROJECT_ROOT / "figures"
DATA = PROJECT_ROOT / "data"
REPORTS = PROJECT_ROOT / "reports"  # `report` writes here by default (not committed)
SEED_REPORTS = FIGURES / "reports"  # `make figures` writes a report per article in seeds/ (committed)
CORPUS = PROJECT_ROOT / "tests" / "corpus" / "dev"

SEED_ID = "us-extends-support-to-pakistan-amid-ttp-threat"


NOTEBOOK_CHARTS = REPORTS / "notebooks"  # story notebooks' charts of articles other than the seed


def seed_path(article_id: str = SEED_ID) -> Path:
    """The article file in seeds/ with this id (its file stem)."""
    return SEEDS / f"{article_id}.txt"


def chart_folder(article_id: str) -> Path:
    """Where a story notebook saves its chart: figures/ for the seed (the committed charts `make
    figures` rebuilds byte for byte), else reports/notebooks/ (not committed), so running a notebook
    on one's own article changes no tracked file."""
    return FIGURES if article_id == SEED_ID else NOTEBOOK_CHARTS


ARCHIVE = PROJECT_ROOT / "archive"
DEV_ARCHIVE = ARCHIVE / "dev-articles.jsonl"  # synthetic archive built from the development articles
DEV_ARCHIVE_FIGURES = ARCHIVE / "dev-articles-figures"  # its figure table, a Parquet dataset
