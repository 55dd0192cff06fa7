"""Figure tables as a Parquet dataset: one file per part, the columns and types of the figure CSV,
committed whole. Parts are written into a hidden staging folder beside the target; only when every
part is there does a completion marker go in and the folder get its name, so a crashed run never
leaves a dataset that looks complete."""

from __future__ import annotations

import contextlib
import io
import json
import os
import shutil
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path

import pandas as pd

from .batch import OUTPUT_COLUMNS
from .codebook import FIGURES
from .export import atomic_write
from .formats import format_cell

MARKER = "_SUCCESS"
PART_GLOB = "part-*.parquet"
# Table Schema type -> Arrow type name (strings are what the CSV holds for everything else)
ARROW_TYPES = {"integer": "int64", "number": "float64", "boolean": "bool_", "string": "string"}


class DatasetError(Exception):
    """A dataset folder that cannot be written or read; str() is one line naming the folder."""

    def __init__(self, path: Path | str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")


def figure_schema(columns: Sequence[str] = OUTPUT_COLUMNS):  # type: ignore[no-untyped-def]
    """The Arrow schema of figure rows: codebook types, in output column order."""
    import pyarrow as pa

    return pa.schema([(c, getattr(pa, ARROW_TYPES[FIGURES[c][0]])()) for c in columns])


def rows_table(rows: Sequence[Sequence[object]], columns: Sequence[str] = OUTPUT_COLUMNS):  # type: ignore[no-untyped-def]
    """Figure rows (tuples in `columns` order) as an Arrow table; string columns hold the CSV text."""
    import pyarrow as pa

    schema = figure_schema(columns)
    arrays = []
    for i, fld in enumerate(schema):
        cells = [row[i] for row in rows]
        if pa.types.is_string(fld.type):
            cells = [format_cell(v) for v in cells]
        arrays.append(pa.array(cells, type=fld.type))
    return pa.Table.from_arrays(arrays, schema=schema)


def part_name(index: int) -> str:
    """File name of part `index` (zero-padded so names sort in part order)."""
    return f"part-{index:05d}.parquet"


def write_part(rows: Sequence[Sequence[object]], folder: Path | str, index: int) -> Path:
    """Write one part file atomically (temporary name, then rename) into a staging folder."""
    import pyarrow.parquet as pq

    buffer = io.BytesIO()
    pq.write_table(rows_table(rows), buffer)
    return atomic_write(Path(folder) / part_name(index), buffer.getvalue())


def _is_dataset(folder: Path) -> bool:
    """A folder this module committed: the marker and part files, nothing else."""
    names = [p.name for p in folder.iterdir()]
    return MARKER in names and all(n == MARKER or Path(n).match(PART_GLOB) for n in names)


def start(target: Path | str) -> Path:
    """A new, empty staging folder beside `target`; raises DatasetError when `target` exists and
    is not a dataset (it is never replaced then)."""
    target = Path(target)
    if target.exists() and not (target.is_dir() and _is_dataset(target)):
        raise DatasetError(target, "exists and is not a figure dataset; choose another --out")
    target.parent.mkdir(parents=True, exist_ok=True)
    return Path(tempfile.mkdtemp(prefix=f".{target.name}.staging-", dir=target.parent))


def commit(staging: Path | str, target: Path | str, summary: dict[str, object]) -> Path:
    """Mark a staging folder complete and move it to `target` (replacing an older dataset there)."""
    staging, target = Path(staging), Path(target)
    marker = staging / MARKER
    marker.write_text(json.dumps(summary, sort_keys=True) + "\n", encoding="utf-8")
    os.chmod(staging, 0o755)
    if target.exists():
        old = Path(tempfile.mkdtemp(prefix=f".{target.name}.old-", dir=target.parent))
        os.replace(target, old / target.name)
        os.replace(staging, target)
        shutil.rmtree(old)
    else:
        os.replace(staging, target)
    return target


def commit_extracted(staging: Path | str, target: Path | str, summary: dict[str, int]) -> Path | None:
    """Commit as `commit` when the run extracted at least one article; else remove the staging
    folder, so a run that extracted nothing (exit status 2) neither creates nor replaces a dataset."""
    if summary.get("articles"):
        return commit(staging, target, summary)
    shutil.rmtree(staging, ignore_errors=True)
    return None


@contextlib.contextmanager
def staged(target: Path | str) -> Iterator[Path]:
    """A staging folder for `target` (see start), removed when the block fails; commit inside it."""
    staging = start(target)
    try:
        yield staging
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


def read_dataset(folder: Path | str) -> pd.DataFrame:
    """A committed dataset as one table in part order; raises DatasetError for an incomplete one."""
    import pyarrow.parquet as pq

    folder = Path(folder)
    if not (folder / MARKER).is_file():
        raise DatasetError(folder, f"no {MARKER} marker: not a complete figure dataset")
    parts = sorted(folder.glob(PART_GLOB))
    if not parts:
        return rows_table([]).to_pandas()
    return pd.concat([pq.read_table(p).to_pandas() for p in parts], ignore_index=True)
