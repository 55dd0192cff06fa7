"""Extraction over many article files: one process per core, one bad file never stops the rest."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from .article import ArticleError, list_articles, load_article
from .extract import COLUMNS, Row, iter_rows


@dataclass(frozen=True)
class Outcome:
    """What extraction gave for one file: its rows, or the one-line error."""

    path: str
    rows: list[Row]
    error: str = ""


def expand_paths(paths: Iterable[str | Path]) -> tuple[list[Path], list[str]]:
    """Article files named directly or found in named folders; plus errors for empty folders."""
    files: list[Path] = []
    errors: list[str] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            try:
                files.extend(list_articles(path))
            except ArticleError as exc:
                errors.append(str(exc))
        else:
            files.append(path)
    return files, errors


def extract_one(job: tuple[str, str]) -> Outcome:
    """Rows for one file, or its error; never raises for a bad article."""
    path, encoding = job
    try:
        article = load_article(path, encoding)
        return Outcome(path, list(iter_rows(article)))
    except ArticleError as exc:
        return Outcome(path, [], str(exc))


def extract_many(
    files: list[Path], encoding: str = "utf-8", jobs: int = 1, progress: bool = False
) -> Iterator[Outcome]:
    """Outcomes in file order, using `jobs` worker processes (1: in this process)."""
    work = [(str(p), encoding) for p in files]
    bar = _progress(len(work)) if progress else None
    try:
        if jobs <= 1 or len(work) < 2:
            for job in work:
                outcome = extract_one(job)
                if bar is not None:
                    bar.update(1)
                yield outcome
            return
        chunk = max(1, min(64, len(work) // (jobs * 8) or 1))
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            for outcome in pool.map(extract_one, work, chunksize=chunk):
                if bar is not None:
                    bar.update(1)
                yield outcome
    finally:
        if bar is not None:
            bar.close()


def _progress(total: int):  # type: ignore[no-untyped-def]
    from tqdm import tqdm

    return tqdm(total=total, unit="article", file=sys.stderr, dynamic_ncols=True)


def default_jobs(n_files: int) -> int:
    """Worker processes for a batch: one per core, never more than files."""
    return max(1, min(os.cpu_count() or 1, n_files))


def collect(outcomes: Iterable[Outcome]) -> tuple[list[Row], list[str]]:
    """All rows as tuples in COLUMNS order, and the list of error lines."""
    rows: list[Row] = []
    errors: list[str] = []
    for outcome in outcomes:
        if outcome.error:
            errors.append(outcome.error)
        rows.extend(outcome.rows)
    return rows, errors


def outcomes_frame(outcomes: Iterable[Outcome]) -> tuple[pd.DataFrame, list[str]]:
    """All rows in one table (article column first) and the list of error lines."""
    rows, errors = collect(outcomes)
    return pd.DataFrame(rows, columns=list(COLUMNS)), errors
