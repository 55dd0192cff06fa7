"""Context from other public sources kept beside an article (`<stem>.context.json`), always with
its source address and never mixed into the article's own figures."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd

from .article import (
    CONTEXT_SUFFIX,
    Article,
    ArticleError,
    DuplicateKeyError,
    duplicate_key_problem,
    no_duplicate_keys,
    read_input,
)
from .escape import is_http_url
from .formats import is_missing

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
        text = data.decode("utf-8-sig")
        facts = json.loads(text, object_pairs_hook=no_duplicate_keys)["facts"]
        frame = pd.DataFrame(facts, columns=list(CONTEXT_COLUMNS))
    except DuplicateKeyError as exc:
        raise ArticleError(path, f"context file {duplicate_key_problem(text, exc.key)}") from None
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
    untold = ~frame["fact"].map(lambda fact: isinstance(fact, str) and bool(fact.strip()))
    if untold.any():
        raise ArticleError(path, f"context fact must be text, not {frame.loc[untold, 'fact'].iloc[0]!r}")
    odd = ~frame["topic"].map(lambda topic: topic is None or isinstance(topic, str) or is_missing(topic))
    if odd.any():
        raise ArticleError(path, f"context topic must be text, not {frame.loc[odd, 'topic'].iloc[0]!r}")
    return frame
