"""Human review: a fact-checker's `<stem>.review.csv` beside an article rejects extracted figures or
adds missed ones, each with a reason. Every decision is listed; a row that no longer matches the
text is reported as stale, never dropped silently."""

from __future__ import annotations

import csv
import io
import math
import os
import re
from pathlib import Path
from typing import TYPE_CHECKING

from .article import REVIEW_SUFFIX, Article, ArticleError, read_input
from .attribution import figure_attribution
from .extract import COLUMNS, extract_figures
from .vocab import KINDS

if TYPE_CHECKING:  # imported where a table is built: checking for a review file needs no pandas
    import pandas as pd

REVIEW_COLUMNS = ("action", "quote", "start", "value", "unit", "kind", "subject", "reason")
ACTIONS = ("reject", "add")
DECISION_COLUMNS = ("article", "action", "quote", "start", "status", "reason", "detail")
REVIEW_COLUMN = "review"  # added to reviewed figure tables: empty, or why a person added the row
FIELD_LIMIT = 131_072  # characters in one review cell (csv's default limit, whatever it is set to)
OFFSET = re.compile(r"[0-9]{1,12}")
# values a person may add: a number (thousands commas allowed), an ISO date, or a range LOW/HIGH
_NUMBER = r"-?(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.[0-9]+)?"
NUMBER = re.compile(_NUMBER)
ISO_DATE_VALUE = re.compile(r"[0-9]{4}-[0-9]{2}(?:-[0-9]{2})?|--[0-9]{2}-[0-9]{2}")
RANGE = re.compile(f"({_NUMBER})/({_NUMBER})")
VALUE_RULE = (
    "a number (77000000 or 77,000,000), an ISO date (2021-08-15, 2021-08, or --08-15 without a year) "
    "or a range LOW/HIGH"
)


def review_path(article: Article) -> Path | None:
    """Where the article's review file lives (beside the article file), or None for in-memory text."""
    if not article.path:
        return None
    path = Path(article.path)
    return path.with_name(path.stem + REVIEW_SUFFIX)


def has_review(article: Article) -> bool:
    """Whether a review file lies beside the article (a cheap check, no table built)."""
    if not article.path:
        return False
    return os.path.exists(os.path.splitext(article.path)[0] + REVIEW_SUFFIX)


def review_value(text: str) -> str | None:
    """A review `value` in its plain form (thousands commas dropped), or None when it is not
    VALUE_RULE or a number is too large for a float."""
    if ISO_DATE_VALUE.fullmatch(text):
        return text
    parts = RANGE.fullmatch(text)
    numbers = parts.groups() if parts else (text,) if NUMBER.fullmatch(text) else ()
    plain = [n.replace(",", "") for n in numbers]
    if not plain or not all(math.isfinite(float(n)) for n in plain):
        return None
    return "/".join(plain)


def parse_review(text: str, where: Path | str) -> pd.DataFrame:
    """Review rows from CSV text, checked: known action, a quote, a reason; adds carry value, unit, kind,
    each added figure once. Any problem is an ArticleError naming the line."""
    import pandas as pd

    reader = csv.DictReader(io.StringIO(text), strict=True)
    try:
        rows = _review_rows(reader, where)
    except csv.Error as exc:
        raise ArticleError(where, f"line {reader.line_num}: not valid CSV ({exc})") from None
    return pd.DataFrame(rows, columns=list(REVIEW_COLUMNS))


def _review_rows(reader: csv.DictReader, where: Path | str) -> list[dict[str, str]]:
    missing = [c for c in ("action", "quote", "reason") if c not in (reader.fieldnames or [])]
    if missing:
        raise ArticleError(
            where, f"review file lacks column(s) {', '.join(missing)} (needs {', '.join(REVIEW_COLUMNS)})"
        )
    rows = []
    added: dict[tuple[str, str], int] = {}
    for record in reader:
        line = reader.line_num
        if any(len(value) > FIELD_LIMIT for value in record.values() if isinstance(value, str)):
            raise ArticleError(where, f"line {line}: a cell is longer than {FIELD_LIMIT} characters")
        row = {c: (record.get(c) or "").strip() for c in REVIEW_COLUMNS}
        if row["action"] not in ACTIONS:
            raise ArticleError(
                where, f"line {line}: action must be one of {', '.join(ACTIONS)}, not {row['action']!r}"
            )
        if not row["quote"] or not row["reason"]:
            raise ArticleError(where, f"line {line}: every review row needs a quote and a reason")
        if row["start"] and not OFFSET.fullmatch(row["start"]):
            raise ArticleError(where, f"line {line}: start must be a character offset, not {row['start']!r}")
        if row["action"] == "add":
            if not (row["value"] and row["unit"] and row["kind"]):
                raise ArticleError(where, f"line {line}: an added figure needs value, unit and kind")
            if row["kind"] not in KINDS:
                raise ArticleError(where, f"line {line}: kind must be one of {', '.join(KINDS)}")
            value = review_value(row["value"])
            if value is None:
                raise ArticleError(where, f"line {line}: value must be {VALUE_RULE}, not {row['value']!r}")
            row["value"] = value
            key = (row["quote"], row["start"])
            if key in added:
                raise ArticleError(where, f"line {line}: adds the same figure as line {added[key]}")
            added[key] = line
        rows.append(row)
    return rows


def load_review(article: Article) -> pd.DataFrame:
    """The article's review rows (an empty table when it has no review file)."""
    import pandas as pd

    path = review_path(article)
    data = None if path is None else read_input(path)
    if data is None:
        return pd.DataFrame(columns=list(REVIEW_COLUMNS))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ArticleError(path, f"review file is not UTF-8 ({exc.reason} at byte {exc.start})") from None
    return parse_review(text, path)


def _typed_value(text: str) -> int | float | str:
    """A checked review value: "77000000" -> 77000000, "6.3" -> 6.3, "2021-08" and ranges stay text."""
    if not NUMBER.fullmatch(text):
        return text
    return float(text) if "." in text else int(text)


def _stale(decision: dict[str, object], what: str, start: int | None) -> dict[str, object]:
    """A decision for a review row that no longer matches the text, saying what is missing."""
    return decision | {"status": "stale", "detail": what + (f" at {start}" if start is not None else "")}


def apply_review(
    article: Article, figures: pd.DataFrame, review: pd.DataFrame
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Figures with rejected rows removed and added rows inserted (column `review` says why), and
    one decision per review row: rejected, added, or stale with what no longer matches."""
    import pandas as pd

    figures = figures.copy()
    figures[REVIEW_COLUMN] = ""
    decisions = []
    added = []
    seen: set[tuple[int, str]] = set()
    for row in review.itertuples(index=False):
        start = int(row.start) if row.start else None
        decision = {
            "article": article.id,
            "action": row.action,
            "quote": row.quote,
            "start": start,
            "reason": row.reason,
        }
        if row.action == "reject":
            hits = figures[
                (figures["quote"] == row.quote) & ((figures["start"] == start) if start is not None else True)
            ]
            if hits.empty:
                decisions.append(_stale(decision, "no extracted figure has this quote", start))
                continue
            figures = figures.drop(index=hits.index[:1])
            decisions.append(
                decision
                | {
                    "status": "rejected",
                    "start": int(hits.iloc[0]["start"]),
                    "detail": f"removed the extracted figure at {int(hits.iloc[0]['start'])}",
                }
            )
            continue
        found = start if start is not None else article.body.find(row.quote)
        if found < 0 or article.body[found : found + len(row.quote)] != row.quote:
            decisions.append(_stale(decision, "the quote is not in the article text", start))
            continue
        if (found, row.quote) in seen:
            decisions.append(_stale(decision, "an earlier row already added this figure", found))
            continue
        seen.add((found, row.quote))
        sentence = article.sentence_of(found)
        added.append(
            {
                "article": article.id,
                "sentence": sentence,
                "start": found,
                "end": found + len(row.quote),
                "quote": row.quote,
                "value": _typed_value(row.value),
                "unit": row.unit,
                "kind": row.kind,
                "subject": row.subject,
                "approx": False,
                "direction": "",
                "attribution": figure_attribution(article, sentence, found, {}, {}),
                REVIEW_COLUMN: f"added by review: {row.reason}",
            }
        )
        decisions.append(
            decision
            | {"status": "added", "start": found, "detail": f"added {row.value} {row.unit} ({row.kind})"}
        )
    if added:
        figures = pd.concat([figures, pd.DataFrame(added)], ignore_index=True)
    figures = figures.sort_values(["start", "end"], kind="stable").reset_index(drop=True)
    figures = figures.astype({"sentence": "int64", "start": "int64", "end": "int64", "approx": "bool"})
    return figures[[*COLUMNS, REVIEW_COLUMN]], pd.DataFrame(decisions, columns=list(DECISION_COLUMNS))


def reviewed_figures(article: Article) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The article's figures after its review file (if any), and the list of review decisions."""
    return apply_review(article, extract_figures(article), load_review(article))


NO_DECISIONS = "No review decisions: the figures are the machine's extraction as it stands."


def decisions_text(decisions: pd.DataFrame) -> str:
    """The review decisions as text, one a line, each with its status, quote, reason and detail."""
    if decisions.empty:
        return NO_DECISIONS
    return "\n".join(
        f"[{row.status}] {row.action} {row.quote!r}: {row.reason} ({row.detail})"
        for row in decisions.itertuples()
    )
