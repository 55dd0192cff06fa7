"""article-figures: the figures a news article states, as provenance-tracked tables and charts.

Import what you need from the modules: `analysis.article.load_article`,
`analysis.extract.extract_figures`, `analysis.tables`, `analysis.checks`, `analysis.charts`.
Importing the package reads no files and imports nothing heavy (no pandas, no matplotlib): the
names below are loaded when first used (PEP 562).
"""

from __future__ import annotations

from importlib import import_module

# name -> the module defining it
_LAZY = {
    "Article": "article",
    "ArticleError": "article",
    "load_article": "article",
    "extract_figures": "extract",
}

__all__ = ["Article", "ArticleError", "extract_figures", "load_article"]
__version__ = "0.1.0"


def __getattr__(name: str) -> object:
    if name not in _LAZY:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f".{_LAZY[name]}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_LAZY])
