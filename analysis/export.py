"""Exporters: figure tables as CSV, JSON and Markdown text; atomic, byte-stable file writes."""

from __future__ import annotations

import csv
import io
import json
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

import pandas as pd

from .formats import format_cell, to_native


def table_csv(frame: pd.DataFrame) -> str:
    """CSV text: header first, fixed column order, plain numbers, true/false, `\\n` endings."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(list(frame.columns))
    for row in frame.itertuples(index=False):
        writer.writerow([format_cell(v) for v in row])
    return out.getvalue()


def table_records(frame: pd.DataFrame) -> list[dict[str, object]]:
    """Rows as dictionaries of native JSON values."""
    cols = list(frame.columns)
    return [
        dict(zip(cols, (to_native(v) for v in row), strict=True)) for row in frame.itertuples(index=False)
    ]


def table_json(frame: pd.DataFrame) -> str:
    """JSON text: a list of objects with native types."""
    return json.dumps(table_records(frame), ensure_ascii=False, indent=2) + "\n"


def table_markdown(frame: pd.DataFrame) -> str:
    """A GitHub-flavoured Markdown table (pipes in cells escaped)."""
    cols = list(frame.columns)
    lines = ["| " + " | ".join(cols) + " |", "|" + "|".join("---" for _ in cols) + "|"]
    for row in frame.itertuples(index=False):
        cells = [format_cell(v).replace("|", "\\|").replace("\n", " ") for v in row]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


FORMATTERS: dict[str, Callable[[pd.DataFrame], str]] = {
    "csv": table_csv,
    "json": table_json,
    "markdown": table_markdown,
}


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
    if suffix == ".parquet":
        out = frame.copy()
        if "value" in out:  # mixed numbers, dates and ranges: stored as their text form
            out["value"] = out["value"].map(format_cell)
        buffer = io.BytesIO()
        out.to_parquet(buffer, index=False)
        return atomic_write(path, buffer.getvalue())
    kind = {".csv": "csv", ".json": "json", ".md": "markdown"}.get(suffix)
    if kind is None:
        raise ValueError(f"{path}: unknown table format {suffix!r} (use .csv, .json, .md or .parquet)")
    return atomic_write(path, FORMATTERS[kind](frame))
