"""Context from other public sources kept beside an article (`<stem>.context.json`), always with
its source address and never mixed into the article's own figures."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd

from .article import Article, ArticleError, read_input
from .escape import is_http_url

CONTEXT_SUFFIX = ".context.json"
CONTEXT_COLUMNS = ("topic", "fact", "source")


def context_path(article: Article) -> Path:
    """Where an article's context file lives (beside the article file)."""
    path = Path(article.path)
    return path.with_name(path.stem + CONTEXT_SUFFIX)


def load_context(article: Article) -> pd.DataFrame:
    """The context facts for an article (empty table when it has none); each row names its source."""
    if not article.path:
        return pd.DataFrame(columns=list(CONTEXT_COLUMNS))
    path = context_path(article)
    data = read_input(path)
    if data is None:
        return pd.DataFrame(columns=list(CONTEXT_COLUMNS))
    try:
        facts = json.loads(data.decode("utf-8-sig"))["facts"]
        frame = pd.DataFrame(facts, columns=list(CONTEXT_COLUMNS))
    except (ValueError, KeyError, TypeError, RecursionError, UnicodeDecodeError) as exc:
        problem = "nested too deeply" if isinstance(exc, RecursionError) else str(exc).splitlines()[0]
        raise ArticleError(path, f"context file is not valid ({problem})") from None
    missing = frame["source"].isna() | (frame["source"].astype(str).str.strip() == "")
    if missing.any():
        raise ArticleError(
            path, f"context fact without a source address: {frame.loc[missing, 'fact'].iloc[0]!r}"
        )
    unsafe = ~frame["source"].map(is_http_url)
    if unsafe.any():
        raise ArticleError(
            path, f"context source must be an http(s) address, not {frame.loc[unsafe, 'source'].iloc[0]!r}"
        )
    return frame
