"""Exporters: figure tables as CSV, JSON and Markdown text; atomic, byte-stable file writes."""

from __future__ import annotations

import csv
import errno
import io
import json
import os
import re
import stat
import tempfile
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from .formats import format_cell, is_missing, to_native

if TYPE_CHECKING:  # pandas is imported by the writers that need it, not with the command line
    import pandas as pd

Rows = Iterable[Sequence[object]]


def rows_csv(columns: Sequence[str], rows: Rows) -> str:
    """CSV text: header first, fixed column order, plain numbers, true/false, `\\n` endings; byte for
    byte what `csv.writer` (minimal quoting) writes of the cells."""
    table = [columns, *rows]
    widths = set(map(len, table))
    if len(widths) != 1 or min(widths) < 2:  # ragged rows, or csv's own rule for a lone empty cell
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerows([v if type(v) in _PLAIN else format_cell(v) for v in row] for row in table)
        return out.getvalue()
    cells = [_csv_column(column) for column in zip(*table, strict=True)]
    return "\n".join(map(",".join, zip(*cells, strict=True))) + "\n"


_PLAIN = frozenset(
    (str, int, type(None))
)  # written as they are (None as an empty cell); the rest by format_cell

# The characters that make `csv.writer` (lineterminator "\n", minimal quoting) quote a cell.
CSV_QUOTED_CHARS = ',"\n'
_RE_CSV_QUOTED = re.compile(f"[{re.escape(CSV_QUOTED_CHARS)}]")


def _csv_column(column: Sequence[object]) -> Sequence[str]:
    """One column's cells as csv.writer writes them: text as it is, None empty, an int in digits,
    the rest as format_cell writes it; a cell holding one of CSV_QUOTED_CHARS in quotes, its own
    quotes doubled. The column is read whole where it holds one type, and tested whole first:
    most columns need no cell tested."""
    texts: Sequence[str]
    try:
        joined = "".join(column)  # type: ignore[arg-type]
        texts = column  # type: ignore[assignment]  # all text (the commonest column)
    except TypeError:
        kinds = set(map(type, column))
        if kinds == {int}:
            return list(map(str, column))  # digits (and a sign) only: never quoted
        if kinds == {bool}:
            return list(map(_BOOL_TEXT.__getitem__, column))  # type: ignore[arg-type]
        texts = [
            v if type(v) is str else "" if v is None else str(v) if type(v) is int else format_cell(v)
            for v in column
        ]
        joined = "".join(texts)
    if not any(char in joined for char in CSV_QUOTED_CHARS):
        return texts
    search = _RE_CSV_QUOTED.search
    return ['"' + text.replace('"', '""') + '"' if search(text) else text for text in texts]


_BOOL_TEXT = {value: format_cell(value) for value in (False, True)}


def rows_json(columns: Sequence[str], rows: Rows) -> str:
    """JSON text: a list of objects with native types, but a `value` column always as text, as the
    codebook types it and CSV and Parquet write it (a number, a date or a range: one JSON type for
    a schema, and "31.0" kept as written)."""
    texts = [column == "value" for column in columns]
    records = [
        {c: _json_text(v) if text else to_native(v) for c, v, text in zip(columns, row, texts, strict=True)}
        for row in rows
    ]
    return json.dumps(records, ensure_ascii=False, indent=2) + "\n"


def _json_text(value: object) -> str | None:
    """A `value` cell in JSON: its CSV text (null when missing)."""
    return None if is_missing(value) else format_cell(value)


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
# the suffixes as an error message lists them: ".csv, .json, .md or .parquet"
SUFFIXES_SAID = f"{', '.join(list(TABLE_SUFFIXES)[:-1])} or {list(TABLE_SUFFIXES)[-1]}"


def table_csv(frame: pd.DataFrame) -> str:
    """A DataFrame as CSV text (see rows_csv)."""
    return rows_csv(list(frame.columns), frame.itertuples(index=False))


def table_json(frame: pd.DataFrame) -> str:
    """A DataFrame as JSON text (see rows_json)."""
    return rows_json(list(frame.columns), frame.itertuples(index=False))


def table_markdown(frame: pd.DataFrame) -> str:
    """A DataFrame as a Markdown table (see rows_markdown)."""
    return rows_markdown(list(frame.columns), frame.itertuples(index=False))


def missing_folder(path: Path | str) -> str | None:
    """Why an output named by the user cannot go where it is named, or None: like cp and tee, its
    folder must exist (a command may create the output itself, never the folders above it)."""
    parent = Path(os.path.abspath(path)).parent
    if parent.is_dir():
        return None
    if parent.exists():
        return f"{parent} is not a folder"
    return f"folder {parent} does not exist"


def write_problem(exc: OSError, path: Path | str) -> str:
    """What an OSError raised while writing `path` means, in words: no errno, no temporary file."""
    if exc.errno == errno.ENOENT:
        problem = missing_folder(path)
        return problem or f"{Path(os.path.abspath(path)).parent} accepts no new files"
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "permission denied"
    return (exc.strerror or type(exc).__name__).lower()


# what a path that is no regular file holds, by the file type bits of its mode (os.stat)
SPECIAL_FILES = {
    stat.S_IFDIR: "a folder",
    stat.S_IFCHR: "a character device",
    stat.S_IFBLK: "a block device",
    stat.S_IFIFO: "a named pipe",
    stat.S_IFSOCK: "a socket",
}


def special_file(path: Path | str, follow: bool = True) -> str | None:
    """What `path` is when it exists and is no regular file ("a named pipe", "a character device",
    "a folder", ...), behind symbolic links when `follow`; None for a regular file, a missing path
    (or a dangling link) and, without `follow`, a symbolic link. Nothing is opened."""
    try:
        mode = os.stat(path) if follow else os.lstat(path)
    except OSError:
        return None
    return SPECIAL_FILES.get(stat.S_IFMT(mode.st_mode))


def atomic_write(path: Path | str, data: bytes | str) -> Path:
    """Write a file through a temporary file in the same folder, then rename it into place; a device,
    named pipe, socket or folder at `path` is never replaced (an OSError)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
        os.chmod(tmp, 0o644)
        special = special_file(path, follow=False)
        if special:  # checked last, so one made while the data was written is kept too
            raise OSError(errno.EEXIST, f"it is {special}, not a regular file: never replaced")
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def table_kind(path: Path) -> str:
    """The table format a file suffix names (TABLE_SUFFIXES), or a ValueError."""
    kind = TABLE_SUFFIXES.get(path.suffix.lower())
    if kind is None:
        raise ValueError(f"{path}: unknown table format {path.suffix.lower()!r} (use {SUFFIXES_SAID})")
    return kind


def out_format(path: Path | str, fmt: str | None) -> str:
    """The format of a table file named `path`: an explicit `fmt` wins over the suffix, but a known
    suffix naming another format is a ValueError ("x.csv" with "json"); without `fmt`, the suffix's
    format (table_kind)."""
    path = Path(path)
    if fmt is None:
        if path.suffix.lower() not in TABLE_SUFFIXES:
            said = f"unknown table format {path.suffix.lower()!r}" if path.suffix else "no table format"
            raise ValueError(f"{path}: {said} in the name (end it in {SUFFIXES_SAID}, or add --format)")
        return table_kind(path)
    named = TABLE_SUFFIXES.get(path.suffix.lower())
    if named is not None and named != fmt:
        raise ValueError(
            f"{path}: the name says {named} but --format is {fmt} (make them agree, or leave one out)"
        )
    return fmt


def write_rows(
    columns: Sequence[str], rows: Sequence[Sequence[object]], path: Path | str, kind: str | None = None
) -> Path:
    """Write row tuples atomically as a table file in format `kind` (by default the one its suffix
    names), like write_table: CSV, JSON and Markdown straight from the rows, byte for byte what
    FORMATTERS print (each number as the row holds it, where a DataFrame's float column would write
    12 as 12.0); Parquet through a DataFrame."""
    path = Path(path)
    kind = kind or table_kind(path)
    if kind in FORMATTERS:
        return atomic_write(path, FORMATTERS[kind](columns, rows))
    import pandas as pd

    return write_table(pd.DataFrame(rows, columns=list(columns)), path)


def write_table(frame: pd.DataFrame, path: Path | str) -> Path:
    """Write a table atomically as CSV, JSON, Markdown or Parquet, chosen by the file suffix."""
    path = Path(path)
    kind = table_kind(path)
    if kind == "parquet":
        out = frame.copy()
        if "value" in out:  # mixed numbers, dates and ranges: stored as their text form
            out["value"] = out["value"].map(format_cell)
        buffer = io.BytesIO()
        out.to_parquet(buffer, index=False)
        return atomic_write(path, buffer.getvalue())
    return atomic_write(path, FORMATTERS[kind](list(frame.columns), frame.itertuples(index=False)))


def file_names(paths: Iterable[Path]) -> str:
    """The names of written files, one a line ("no files written" for none)."""
    return "\n".join(Path(path).name for path in paths) or "no files written"
