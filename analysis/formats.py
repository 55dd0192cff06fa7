"""Plain text forms of figure values and table cells (CSV, JSON, Markdown)."""

from __future__ import annotations

import math
import sys
from decimal import Decimal

PLAIN_DECIMALS = 10  # decimals a value is written with when they hold it exactly
# what a report, a chart's source line and a table show for an article's missing metadata
UNTITLED = "Untitled article"
NO_OUTLET = "outlet unknown"
# A title longer than this is cut at a word, with "…", in a chart's source line and a report's
# heading; the report page's <title> and the metadata (figures.csv, data/) keep it whole.
SHOWN_TITLE_CHARS = 120


def format_number(value: float | int) -> str:
    """A number written plainly: no exponent, no separators, integers without a decimal point; a
    finite float reads back as itself (one that PLAIN_DECIMALS decimals do not hold is written as its
    shortest exact decimal, so 1.2e-11 is "0.000000000012", never "0")."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int) or float(value).is_integer():
        return str(int(value))
    text = f"{value:.{PLAIN_DECIMALS}f}".rstrip("0").rstrip(".")
    if float(text) == value or not math.isfinite(value):
        return text
    return format(Decimal(repr(float(value))), "f")


def grouped_number(number: float | int) -> str:
    """A number exactly, with thousands separators: 18600 -> "18,600", 3.755 -> "3.755"."""
    text = format_number(number)
    whole, dot, decimals = text.partition(".")
    sign = "-" if whole.startswith("-") else ""
    return f"{sign}{int(whole.lstrip('-')):,}{dot}{decimals}"


def format_value(value: object) -> str:
    """A figure value as text: numbers plainly, dates and ranges as they stand, empty for none."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return format_number(value)
    return str(value)


def is_missing(value: object) -> bool:
    """None, NaN, or pandas' NA (a cell can only hold NA once pandas is imported: this module does
    not import it, so the command line starts without it)."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return True
    pandas = sys.modules.get("pandas")
    return pandas is not None and value is getattr(pandas, "NA", None)


def format_cell(value: object) -> str:
    """Any table cell as text: booleans true/false, numbers plainly, missing values empty."""
    kind = type(value)
    if kind is str:
        return value  # type: ignore[return-value]
    if kind is int:
        return str(value)
    if kind is bool:
        return "true" if value else "false"
    if is_missing(value):
        return ""
    if hasattr(value, "item") and not isinstance(value, str):
        value = value.item()
    return format_value(value)


def to_native(value: object) -> object:
    """A cell as a native JSON value (numpy scalars unwrapped, NaN as null)."""
    if is_missing(value):
        return None
    if hasattr(value, "item") and not isinstance(value, str):
        return value.item()
    return value


def shown_title(title: str, limit: int = SHOWN_TITLE_CHARS) -> str:
    """A title as a chart's source line and a report's heading show it: as it stands up to `limit`
    characters, else cut at the last word that fits (within the last half) and ended by "…"."""
    if len(title) <= limit:
        return title
    cut = title[: limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:.-–—") + "…"
