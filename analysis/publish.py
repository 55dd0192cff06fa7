"""Published data: the tables of every article in seeds/ as CSV plus a Frictionless datapackage.json."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

import pandas as pd

from .article import Article
from .checks import consistency_checks
from .codebook import TABLE_TITLES, TABLES
from .export import atomic_write, table_csv
from .review import reviewed_figures
from .tables import aid_amounts, attack_increases

LICENSE = {
    "name": "CC-BY-4.0",
    "title": "Creative Commons Attribution 4.0",
    "path": "https://creativecommons.org/licenses/by/4.0/",
}


def article_tables(article: Article) -> dict[str, pd.DataFrame]:
    """The published tables of one article (its review file applied), each with an `article` column."""
    figures, decisions = reviewed_figures(article)
    tables = {
        "figures": figures,
        "review_decisions": decisions,
        "attack_increases": attack_increases(article, figures),
        "aid_amounts": aid_amounts(article, figures),
        "consistency_checks": consistency_checks(article, figures),
    }
    for name, frame in tables.items():
        if "article" not in frame.columns:
            frame.insert(0, "article", article.id)
        tables[name] = frame
    return tables


def published_tables(articles: Iterable[Article]) -> dict[str, pd.DataFrame]:
    """All articles' tables, concatenated, in codebook column order, rows sorted for stable files."""
    parts: dict[str, list[pd.DataFrame]] = {name: [] for name in TABLES}
    for article in articles:
        for name, frame in article_tables(article).items():
            if not frame.empty:
                parts[name].append(frame)
    out = {}
    for name, fields in TABLES.items():
        columns = list(fields)
        frame = pd.concat(parts[name], ignore_index=True) if parts[name] else pd.DataFrame(columns=columns)
        frame = frame.reindex(columns=columns)
        sort_keys = [c for c in ("article", "start", "starts", "check", "action") if c in columns]
        out[name] = frame.sort_values(sort_keys, kind="stable").reset_index(drop=True)
    return out


def datapackage(articles: list[Article]) -> dict[str, object]:
    """The Frictionless Data Package descriptor: resources, schemas and the articles as sources."""
    resources = []
    for name, fields in TABLES.items():
        resources.append(
            {
                "name": name,
                "path": f"{name}.csv",
                "title": TABLE_TITLES[name],
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "dialect": {"delimiter": ",", "lineTerminator": "\n", "header": True},
                "schema": {
                    "fields": [
                        {"name": col, "type": kind, "description": text}
                        | ({"trueValues": ["true"], "falseValues": ["false"]} if kind == "boolean" else {})
                        for col, (kind, text) in fields.items()
                    ],
                    "missingValues": [""],
                },
            }
        )
    return {
        "name": "article-figures",
        "title": "Figures stated in news articles, each traced to its quote and character span",
        "description": "Every figure the articles in seeds/ state, derived from the article text by the "
        "analysis package, with exact quotes and character spans; tables of attack increases, money to "
        "named recipients and consistency findings. Computed columns are described as computed.",
        "licenses": [LICENSE],
        "sources": [
            {
                "title": a.metadata.get("title") or a.id,
                "path": a.metadata.get("source") or f"seeds/{a.id}.txt",
            }
            for a in articles
        ],
        "articles": [dict(a.metadata) for a in articles],
        "resources": resources,
    }


def data_files(articles: list[Article]) -> dict[str, str]:
    """File name -> text of every published file, as `write_data` would write them."""
    files = {f"{name}.csv": table_csv(frame) for name, frame in published_tables(articles).items()}
    files["datapackage.json"] = json.dumps(datapackage(articles), ensure_ascii=False, indent=2) + "\n"
    return files


def write_data(folder: Path | str, articles: list[Article]) -> list[Path]:
    """Write the published CSVs and datapackage.json into folder, each atomically."""
    folder = Path(folder)
    return [atomic_write(folder / name, text) for name, text in data_files(articles).items()]
