"""Consistency checks: one quantity stated two ways, parts against a stated total, percent
changes against stated before and after values. Each finding names its quotes and what was computed."""

from __future__ import annotations

import re

import pandas as pd

from .article import Article
from .attribution import inside_quotation
from .formats import format_value
from .phrases import noun_class
from .review import reviewed_figures

FINDING_COLUMNS = (
    "check",
    "status",
    "quantity",
    "detail",
    "computed",
    "quotes",
    "starts",
    "sentences",
)
TOTAL_CUE = re.compile(r"\b(?:a total of|in total|total of|in all|altogether|overall)\b", re.IGNORECASE)
# A stated percent rounded to a whole number agrees with a computed one within this many points.
ROUNDING_TOLERANCE = 1.0


def _finding(
    check: str, status: str, quantity: str, detail: str, computed: str, rows: list[pd.Series]
) -> dict[str, object]:
    return {
        "check": check,
        "status": status,
        "quantity": quantity,
        "detail": detail,
        "computed": computed,
        "quotes": " | ".join(str(r["quote"]) for r in rows),
        "starts": " | ".join(str(int(r["start"])) for r in rows),
        "sentences": " | ".join(str(int(r["sentence"])) for r in rows),
    }


def voice(article: Article, row: pd.Series) -> str:
    """Whose words a figure is in: the article's own narrative or a quotation credited to someone."""
    if inside_quotation(article, int(row["start"])):
        who = row["attribution"]
        return f"in a direct quotation credited to {who}" if who else "in a direct quotation"
    return "in the article's own narrative"


def stated_two_ways(article: Article, figures: pd.DataFrame) -> list[dict[str, object]]:
    """Durations of the same thing ("three-day visit", "two-day visit") with different values."""
    out = []
    durations = figures[(figures["kind"] == "duration") & (figures["subject"].str.len() > 0)]
    for (subject, unit), group in durations.groupby(["subject", "unit"], sort=False):
        values = list(dict.fromkeys(format_value(v) for v in group["value"]))
        if len(values) < 2 or subject.startswith("("):
            continue
        rows = [r for _, r in group.iterrows()]
        stated = "; ".join(
            f"{format_value(r['value'])} {unit} ({r['quote']!r}, {voice(article, r)})" for r in rows
        )
        out.append(
            _finding(
                "stated_two_ways",
                "differs",
                f"length of the {subject}",
                f"The article states the length of the {subject} as {stated}.",
                f"distinct values: {', '.join(values)} {unit}",
                rows,
            )
        )
    return out


def parts_against_total(article: Article, figures: pd.DataFrame) -> list[dict[str, object]]:
    """A figure stated as a total against two or more same-unit parts in the next sentence."""
    out = []
    counts = figures[figures["kind"].isin(["count", "money"])]
    for _, total in counts.iterrows():
        lead = article.body[article.sentences[int(total["sentence"])][0] : int(total["start"])]
        if not TOTAL_CUE.search(lead[-40:]):
            continue
        for next_sentence in (int(total["sentence"]), int(total["sentence"]) + 1):
            parts = counts[
                (counts["sentence"] == next_sentence)
                & (counts["unit"] == total["unit"])
                & (counts["start"] != total["start"])
            ]
            parts = parts[parts["value"].map(lambda v: isinstance(v, (int, float)))]
            if len(parts) < 2:
                continue
            parts_sum = float(sum(parts["value"]))
            stated = float(total["value"])
            status = "adds up" if abs(parts_sum - stated) <= 1e-9 * max(stated, 1) else "does not add up"
            rows = [total] + [r for _, r in parts.iterrows()]
            out.append(
                _finding(
                    "parts_against_total",
                    status,
                    f"total {total['unit']} ({total['subject'] or total['quote']})",
                    f"Stated total {format_value(total['value'])}; stated parts "
                    + " + ".join(format_value(v) for v in parts["value"])
                    + f" = {format_value(parts_sum)}.",
                    f"sum of parts = {format_value(parts_sum)}; difference = {format_value(parts_sum - stated)}",
                    rows,
                )
            )
            break
    return out


def _change(before: float, after: float) -> float:
    return (after - before) / before * 100


def percent_against_values(article: Article, figures: pd.DataFrame) -> list[dict[str, object]]:
    """A stated percent change against the change computed from stated before and after values."""
    out = []
    changes = figures[figures["kind"] == "percent_change"]
    counts = figures[
        (figures["kind"].isin(["count", "money"]))
        & figures["value"].map(lambda v: isinstance(v, (int, float)) and v > 0)
    ]
    for _, pct in changes.iterrows():
        if not isinstance(pct["value"], (int, float)):
            continue
        stated = float(pct["value"]) * (1 if pct["direction"] == "increase" else -1)
        sentence = article.sentence_text(int(pct["sentence"]))
        same = counts[counts["sentence"] == pct["sentence"]]
        explicit = re.search(r"\bfrom\b.+\bto\b", sentence)
        if explicit and len(same) >= 2 and same["unit"].nunique() == 1:
            a, b = same.iloc[0], same.iloc[1]
            computed = _change(float(a["value"]), float(b["value"]))
            agrees = abs(computed - stated) <= ROUNDING_TOLERANCE
            out.append(
                _finding(
                    "percent_against_values",
                    "agrees" if agrees else "disagrees",
                    pct["subject"] or "change",
                    f"Stated change {stated:+g}% against {format_value(a['value'])} -> {format_value(b['value'])}.",
                    f"computed change = {computed:+.1f}%",
                    [pct, a, b],
                )
            )
            continue
        wanted = noun_class(pct["subject"])
        if not wanted:
            continue
        pool = counts[counts["subject"].map(noun_class) == wanted]
        best = None
        for _, a in pool.iterrows():
            for _, b in pool.iterrows():
                if a["start"] == b["start"] or a["unit"] != b["unit"]:
                    continue
                computed = _change(float(a["value"]), float(b["value"]))
                gap = abs(computed - stated)
                if gap <= ROUNDING_TOLERANCE and (best is None or gap < best[0]):
                    best = (gap, computed, a, b)
        if best:
            _, computed, a, b = best
            out.append(
                _finding(
                    "percent_against_values",
                    "agrees",
                    pct["subject"] or "change",
                    f"Stated change {stated:+g}% matches stated {wanted} going from "
                    f"{format_value(a['value'])} to {format_value(b['value'])} (pair found in the article).",
                    f"computed change = {computed:+.1f}%",
                    [pct, a, b],
                )
            )
    return out


def consistency_checks(article: Article, figures: pd.DataFrame | None = None) -> pd.DataFrame:
    """All findings for one article, in a fixed column order."""
    figures = reviewed_figures(article)[0] if figures is None else figures
    rows = (
        stated_two_ways(article, figures)
        + parts_against_total(article, figures)
        + percent_against_values(article, figures)
    )
    frame = pd.DataFrame(rows, columns=list(FINDING_COLUMNS))
    frame.insert(0, "article", article.id)
    return frame
