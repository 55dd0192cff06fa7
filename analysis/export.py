"""Exporters: figure tables as CSV, JSON and Markdown text; atomic, byte-stable file writes."""

from __future__ import annotations

import csv
import io
import json
import os
import tempfile
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

import pandas as pd

from .formats import format_cell, to_native

Rows = Iterable[Sequence[object]]


def rows_csv(columns: Sequence[str], rows: Rows) -> str:
    """CSV text: header first, fixed column order, plain numbers, true/false, `\\n` endings."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(list(columns))
    plain = (str, int)  # written as they are; everything else goes through format_cell
    writer.writerows([v if type(v) in plain else format_cell(v) for v in row] for row in rows)
    return out.getvalue()


def rows_json(columns: Sequence[str], rows: Rows) -> str:
    """JSON text: a list of objects with native types."""
    records = [dict(zip(columns, (to_native(v) for v in row), strict=True)) for row in rows]
    return json.dumps(records, ensure_ascii=False, indent=2) + "\n"


def rows_markdown(columns: Sequence[str], rows: Rows) -> str:
    """A GitHub-flavoured Markdown table (pipes in cells escaped)."""
    lines = ["| " + " | ".join(columns) + " |", "|" + "|".join("---" for _ in columns) + "|"]
    for row in rows:
        cells = [format_cell(v).replace("|", "\\|").replace("\n", " ") for v in row]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


FORMATTERS: dict[str, Callable[[Sequence[str], Rows], str]] = {
    "csv": rows_csv,
    "json": rows_json,
    "markdown": rows_markdown,
}


# file suffix -> table format (write_table)
TABLE_SUFFIXES: dict[str, str] = {".csv": "csv", ".json": "json", ".md": "markdown", ".parquet": "parquet"}


def table_csv(frame: pd.DataFrame) -> str:
    """A DataFrame as CSV text (see rows_csv)."""
    return rows_csv(list(frame.columns), frame.itertuples(index=False))


def table_json(frame: pd.DataFrame) -> str:
    """A DataFrame as JSON text (see rows_json)."""
    return rows_json(list(frame.columns), frame.itertuples(index=False))


def table_markdown(frame: pd.DataFrame) -> str:
    """A DataFrame as a Markdown table (see rows_markdown)."""
    return rows_markdown(list(frame.columns), frame.itertuples(index=False))


def atomic_write(path: Path | str, data: bytes | str) -> Path:
    """Write a file through a temporary file in the same folder, then rename it into place."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def write_table(frame: pd.DataFrame, path: Path | str) -> Path:
    """Write a table atomically as CSV, JSON, Markdown or Parquet, chosen by the file suffix."""
    path = Path(path)
    suffix = path.suffix.lower()
    kind = TABLE_SUFFIXES.get(suffix)
    if kind == "parquet":
        out = frame.copy()
        if "value" in out:  # mixed numbers, dates and ranges: stored as their text form
            out["value"] = out["value"].map(format_cell)
        buffer = io.BytesIO()
        out.to_parquet(buffer, index=False)
        return atomic_write(path, buffer.getvalue())
    if kind is None:
        raise ValueError(f"{path}: unknown table format {suffix!r} (use .csv, .json, .md or .parquet)")
    return atomic_write(path, FORMATTERS[kind](list(frame.columns), frame.itertuples(index=False)))
