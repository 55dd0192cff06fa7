"""Which articles of an archive restate the seed's figures (its attack increases and its money to
named recipients), credited to whom, and in what order each article states them."""

from __future__ import annotations

import pandas as pd

from .article import Article
from .formats import format_value
from .tables import aid_amounts, attack_increases

TRACKED_COLUMNS: tuple[str, ...] = ("figure", "value", "unit", "kind", "quote", "start")
RESTATEMENT_COLUMNS: tuple[str, ...] = (
    "article",
    "title",
    "outlet",
    "published",
    "order",
    "figure",
    "quote",
    "start",
    "end",
    "sentence",
    "attribution",
)
NO_ONE = "no one named"


def tracked_figures(seed: Article) -> pd.DataFrame:
    """The seed's figures to look for: each attack increase and each amount to a named recipient,
    with the value, unit and kind they carry in a figure table (value as its text form)."""
    attacks = attack_increases(seed)
    aid = aid_amounts(seed)
    rows = [
        (
            f"{r.quote} rise in {r.metric}",
            format_value(r.percent_change),
            "percent",
            "percent_change",
            r.quote,
            r.start,
        )
        for r in attacks.itertuples()
    ] + [
        (f"{r.quote} to {r.recipient}", format_value(r.amount), r.currency, "money", r.quote, r.start)
        for r in aid.itertuples()
    ]
    return pd.DataFrame(rows, columns=list(TRACKED_COLUMNS))


def restatements(figures: pd.DataFrame, tracked: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """One row per mention of a tracked figure in the archive: the article and its metadata, the
    figure's rank among the tracked figures that article states (1 = first in its text), the quote,
    span and who the sentence credits. Rows in archive order (the order of `articles`), then text order."""
    keyed = figures.assign(value=figures["value"].map(format_value))
    found = keyed.merge(tracked[["figure", "value", "unit", "kind"]], on=["value", "unit", "kind"])
    found = found.merge(articles, on="article")
    position = {a: i for i, a in enumerate(articles["article"])}
    found = found.assign(_archive=found["article"].map(position)).sort_values(
        ["_archive", "start"], kind="stable"
    )
    found["order"] = found.groupby("article").cumcount() + 1
    found["attribution"] = found["attribution"].where(found["attribution"].astype(bool), NO_ONE)
    return found[list(RESTATEMENT_COLUMNS)].reset_index(drop=True)
