"""News archives: articles as records of JSON Lines, CSV or Parquet files, read part by part.

An archive is cut into parts (a Parquet row group, a block of JSON lines, a CSV file) that any
worker can read on its own; each record becomes an Article whose offsets count code points of
the text exactly as stored in the record."""

from __future__ import annotations

import json
import os
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from .article import (
    ID_RULE,
    METADATA_FIELDS,
    Article,
    ArticleError,
    furniture_lines,
    normalise_metadata,
    printable,
    split_sentences,
    valid_id,
)

if TYPE_CHECKING:  # pandas is imported by the readers, not with the command line (is_archive)
    import pandas as pd

ARCHIVE_SUFFIXES: tuple[str, ...] = (".jsonl", ".csv", ".parquet")
# article metadata an archive column can fill (the id has its own option)
METADATA_COLUMNS: tuple[str, ...] = tuple(f for f in METADATA_FIELDS if f != "id")
JSONL_BLOCK = 16 * 2**20  # bytes of JSON lines per part


@dataclass(frozen=True)
class ArchiveColumns:
    """Which record columns hold the id, the text and the article metadata."""

    text: str = "text"
    id: str = "id"
    metadata: tuple[tuple[str, str], ...] = field(default=())  # (metadata field, column), given explicitly

    def metadata_map(self, available: Iterable[str]) -> dict[str, str]:
        """Metadata field -> column: the mappings given, else a column named like the field."""
        present = set(available)
        mapping = {f: f for f in METADATA_COLUMNS if f in present and f not in (self.text, self.id)}
        mapping.update(dict(self.metadata))
        return mapping

    def wanted(self, available: Iterable[str]) -> list[str]:
        """The columns to read: id, text, then the mapped metadata columns."""
        return list(dict.fromkeys([self.id, self.text, *self.metadata_map(available).values()]))


def meta_column(item: str) -> tuple[str, str]:
    """One `FIELD=COLUMN` of `--meta-column` as a pair; a ValueError naming the item when it is not
    one, or its field is no metadata field."""
    name, eq, column = item.partition("=")
    if not eq or not column or name not in METADATA_COLUMNS:
        raise ValueError(f"{item!r}: use FIELD=COLUMN with FIELD one of {', '.join(METADATA_COLUMNS)}")
    return name, column


class Part(NamedTuple):
    """A piece of an archive one worker reads on its own: a row group, a byte range or a file."""

    path: str
    kind: str  # parquet, jsonl or csv
    index: int  # row group (parquet), first byte (jsonl), 0 (csv)
    stop: int = 0  # first byte after the range (jsonl)
    first_row: int = 0  # rows before this row group (parquet)


def is_archive(path: Path | str) -> bool:
    """Whether a path names an archive file (by suffix) or a folder holding some and no `*.txt`
    article (a folder of articles may hold their `<stem>.review.csv` files)."""
    path = Path(path)
    if path.is_dir():
        if any(path.glob("*.txt")):
            return False
        return any(p.suffix.lower() in ARCHIVE_SUFFIXES for p in path.iterdir() if p.is_file())
    return path.suffix.lower() in ARCHIVE_SUFFIXES


def archive_files(paths: Iterable[str | Path]) -> list[Path]:
    """Archive files named directly or found in named folders (sorted by name); raises ArticleError."""
    files: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = sorted(p for p in path.iterdir() if p.is_file() and p.suffix.lower() in ARCHIVE_SUFFIXES)
            if not found:
                raise ArticleError(path, "folder holds no archive files (.jsonl, .csv, .parquet)")
            files.extend(found)
        elif not path.exists():
            raise ArticleError(path, "no such file")
        elif not path.is_file():
            raise ArticleError(path, "is not a regular file (a pipe or a device?)")
        elif path.suffix.lower() not in ARCHIVE_SUFFIXES:
            raise ArticleError(path, "not an archive file (.jsonl, .csv or .parquet)")
        else:
            files.append(path)
    return files


def archive_parts(files: Iterable[Path], block: int = JSONL_BLOCK) -> list[Part]:
    """The parts of archive files, in archive order; raises ArticleError for an unreadable file."""
    parts: list[Part] = []
    for path in files:
        kind = path.suffix.lower().lstrip(".")
        if path.stat().st_size == 0:
            raise ArticleError(path, "empty file, no records")
        if kind == "parquet":
            counts = _row_group_sizes(path)
            before = 0
            for i, rows in enumerate(counts):
                parts.append(Part(str(path), kind, i, 0, before))
                before += rows
        elif kind == "jsonl":
            size = path.stat().st_size
            parts.extend(
                Part(str(path), kind, s, min(s + block, size)) for s in range(0, max(size, 1), block)
            )
        else:
            parts.append(Part(str(path), kind, 0))
    return parts


def _row_group_sizes(path: Path) -> list[int]:
    import pyarrow.parquet as pq

    try:
        meta = pq.ParquetFile(path).metadata
    except (OSError, ValueError) as exc:
        raise ArticleError(path, f"not a readable Parquet file ({exc})") from None
    return [meta.row_group(i).num_rows for i in range(meta.num_row_groups)]


def read_part(part: Part, columns: ArchiveColumns, ids_only: bool = False) -> tuple[pd.DataFrame, list[str]]:
    """The records of a part: a `where` column (row or byte of each record), the id and text columns
    and the mapped metadata columns; plus lines for records that could not be parsed.
    Raises ArticleError when a column named by the options is missing."""
    if part.kind == "parquet":
        frame, bad = _read_parquet(part, columns, ids_only), []
    elif part.kind == "jsonl":
        frame, bad = _read_jsonl(part)
    else:
        frame, bad = _read_csv(part), []
    needed = [columns.id] if ids_only else [columns.id, columns.text, *dict(columns.metadata).values()]
    missing = [c for c in needed if c not in frame.columns]
    if missing and (len(frame) or part.kind != "jsonl"):
        option = {columns.id: "--id-column", columns.text: "--text-column"}.get(missing[0], "--meta-column")
        raise ArticleError(
            part.path,
            f"no column {missing[0]!r} (see {option}); columns: {', '.join(map(str, frame.columns[1:]))}",
        )
    return frame, bad


def _read_parquet(part: Part, columns: ArchiveColumns, ids_only: bool) -> pd.DataFrame:
    import pyarrow.parquet as pq

    try:
        handle = pq.ParquetFile(part.path)
        names = handle.schema_arrow.names
        wanted = [columns.id] if ids_only else columns.wanted(names)
        table = handle.read_row_group(part.index, columns=[c for c in wanted if c in names])
    except (OSError, ValueError) as exc:
        raise ArticleError(part.path, f"not a readable Parquet file ({exc})") from None
    frame = table.to_pandas(types_mapper=None)
    frame.insert(0, "where", [f"row {part.first_row + i + 1}" for i in range(len(frame))])
    return frame


def _read_jsonl(part: Part) -> tuple[pd.DataFrame, list[str]]:
    import pandas as pd

    records: list[dict[str, object]] = []
    bad: list[str] = []
    with open(part.path, "rb") as handle:
        if part.index > 0:  # start at the first line that begins inside this range
            handle.seek(part.index - 1)
            handle.readline()
        position = handle.tell()
        while position < part.stop or (part.stop == 0 and position == 0):
            line = handle.readline()
            if not line:
                break
            where = f"line at byte {position}"
            position += len(line)
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except UnicodeDecodeError as exc:
                problem = f"not utf-8 text (byte 0x{exc.object[exc.start]:02x})"
                bad.append(printable(f"{part.path}: {where}: {problem}; skipped"))
                continue
            except ValueError as exc:
                bad.append(printable(f"{part.path}: {where}: not valid JSON ({exc}); skipped"))
                continue
            if not isinstance(record, dict):
                bad.append(printable(f"{part.path}: {where}: not a JSON object; skipped"))
                continue
            record["where"] = where
            records.append(record)
    if not records and part.index == 0:  # the file's first part: no JSON Lines file at all
        if bad:
            first = bad[0].removeprefix(f"{printable(part.path)}: ").removesuffix("; skipped")
            whole = part.stop >= os.path.getsize(part.path)
            lines = "no line" if whole else f"no line of its first {JSONL_BLOCK // 2**20} MiB"
            raise ArticleError(part.path, f"not a JSON Lines file: {lines} is a JSON object; {first}")
        if part.stop >= os.path.getsize(part.path):
            raise ArticleError(part.path, "no records (only blank lines)")
    frame = pd.DataFrame.from_records(records) if records else pd.DataFrame({"where": []})
    return frame[["where", *(c for c in frame.columns if c != "where")]], bad


def _read_csv(part: Part) -> pd.DataFrame:
    import pandas as pd

    try:
        frame = pd.read_csv(part.path, dtype=str, keep_default_na=False, na_filter=False, encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise ArticleError(part.path, f"not valid utf-8 text (byte offset {exc.start})") from None
    except (pd.errors.ParserError, pd.errors.EmptyDataError, OSError) as exc:
        raise ArticleError(part.path, f"not a readable CSV file ({str(exc).splitlines()[0]})") from None
    if frame.empty:
        raise ArticleError(part.path, "no records (a header row only)")
    frame.insert(0, "where", [f"row {i + 1}" for i in range(len(frame))])
    return frame


def record_id(value: object) -> str | None:
    """A record's id as text (strings and integers), or None when it has no usable id."""
    if isinstance(value, str):
        return value if value.strip() else None
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    if hasattr(value, "item") and not isinstance(value, float):  # numpy integers
        return record_id(value.item())
    return None


def part_ids(part: Part, columns: ArchiveColumns) -> list[str]:
    """The usable ids of a part's records (for finding ids that are not unique; of a Parquet part,
    only the id column is read)."""
    frame, _ = read_part(part, columns, ids_only=True)
    if columns.id not in frame.columns:
        return []
    return [i for i in map(record_id, frame[columns.id]) if i is not None]


def duplicated_ids(id_lists: Iterable[Iterable[str]]) -> frozenset[str]:
    """Ids that more than one record carries."""
    counts: Counter[str] = Counter()
    for ids in id_lists:
        counts.update(ids)
    return frozenset(i for i, n in counts.items() if n > 1)


def part_articles(
    part: Part, columns: ArchiveColumns, duplicates: frozenset[str] = frozenset()
) -> tuple[list[Article], list[str]]:
    """The articles of a part and one line per record skipped (no id, an id shared with another
    record, empty or non-text content), naming the file, the record and its id."""
    frame, bad = read_part(part, columns)
    mapping = columns.metadata_map(frame.columns)
    articles: list[Article] = []
    for record in frame.to_dict("records"):
        where = printable(f"{part.path}: {record['where']}")
        article_id = record_id(record.get(columns.id))
        text = record.get(columns.text)
        if article_id is None:
            bad.append(f"{where}: no usable id in column {columns.id!r}; skipped")
        elif not valid_id(article_id):
            bad.append(f"{where}: id {article_id!r} is not a valid id ({ID_RULE}); skipped")
        elif article_id in duplicates:
            bad.append(
                f"{where}: id {article_id!r} is not unique in the archive; every record with it skipped"
            )
        elif _metadata_value(text) is None:
            bad.append(f"{where}: id {article_id!r}: no text; skipped")
        elif not isinstance(text, str):
            bad.append(f"{where}: id {article_id!r}: text is not text ({type(text).__name__}); skipped")
        elif not text.strip():
            bad.append(f"{where}: id {article_id!r}: empty text; skipped")
        else:
            meta = {f: _metadata_value(record.get(c)) for f, c in mapping.items()}
            articles.append(record_article(article_id, text, meta))
    return articles, sorted(bad, key=_record_order)


_WHERE = re.compile(r": (?:line at byte|row) (\d+): ")


def _record_order(line: str) -> int:
    """Where in its file the record of a skipped-record line is (its byte or row): lines for records
    that could not be parsed and for records with bad content come in file order."""
    found = _WHERE.search(line)
    return int(found.group(1)) if found else -1


def _metadata_value(value: object) -> object:
    if value is None or (isinstance(value, float) and value != value):
        return None
    return value.isoformat()[:10] if hasattr(value, "isoformat") else value


def record_article(article_id: str, text: str, metadata: dict[str, object]) -> Article:
    """An Article from an archive record: the text verbatim as the body (no header block read)."""
    meta = normalise_metadata({}, {**metadata, "id": article_id}, article_id)
    return Article(
        id=article_id,
        metadata=meta,
        body=text,
        sentences=split_sentences(text),
        path="",
        furniture=furniture_lines(text),
    )


def iter_archive_articles(paths: Iterable[str | Path], columns: ArchiveColumns) -> Iterator[Article]:
    """Every good article of an archive, in archive order (skipped records are left out)."""
    parts = archive_parts(archive_files(paths))
    duplicates = duplicated_ids(part_ids(p, columns) for p in parts)
    for part in parts:
        yield from part_articles(part, columns, duplicates)[0]


def archive_metadata(paths: Iterable[str | Path], columns: ArchiveColumns = ArchiveColumns()) -> pd.DataFrame:
    """One row per good article: its id and metadata (for joining figure tables to their articles)."""
    import pandas as pd

    rows = [
        {"article": a.id, **{f: a.metadata[f] for f in METADATA_COLUMNS}}
        for a in iter_archive_articles(paths, columns)
    ]
    return pd.DataFrame(rows, columns=["article", *METADATA_COLUMNS])
