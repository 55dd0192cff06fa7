"""article-figures: the figures a news article states, as provenance-tracked tables and charts.

Import what you need from the modules: `analysis.article.load_article`,
`analysis.extract.extract_figures`, `analysis.tables`, `analysis.checks`, `analysis.charts`.
Importing the package reads no files and does not import matplotlib.
"""

from .article import Article, ArticleError, load_article
from .extract import extract_figures

__all__ = ["Article", "ArticleError", "extract_figures", "load_article"]
__version__ = "0.1.0"
