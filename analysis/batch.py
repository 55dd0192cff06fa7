"""Extraction over many article files: one process per core, one bad file never stops the rest
(not by failing, nor by taking too long: each file has a time limit)."""

from __future__ import annotations

import hashlib
import os
import stat
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from .article import (
    MAX_INPUT_BYTES,
    Article,
    ArticleError,
    list_articles,
    load_article,
    not_articles,
    printable,
    read_input,
    sidecar_path,
    skipped_line,
)
from .extract import COLUMNS, extract_figures, figure_frame, iter_rows
from .review import REVIEW_COLUMN, apply_review, has_review, load_review
from .stopping import debugging, internal_error
from .timelimit import DEFAULT_TIMEOUT, TimeLimits, limit_for_size
from .workers import run_in_workers

if TYPE_CHECKING:
    import pandas as pd

OUTPUT_COLUMNS: tuple[str, ...] = (*COLUMNS, REVIEW_COLUMN)
# a job: path, encoding, whether to apply its review file, its time limit in seconds (None: none)
Job = tuple[str, str, bool, float | None]
T = TypeVar("T")


@dataclass(frozen=True)
class Outcome:
    """What extraction gave for one file: its rows (and its article id), or the one-line error."""

    path: str
    rows: list[tuple[object, ...]]
    error: str = ""
    decisions: list[str] = field(default_factory=list)
    article: str = ""


def expand_paths(paths: Iterable[str | Path]) -> tuple[list[Path], list[str], list[str]]:
    """Article files named directly or found in named folders; errors for empty folders; and one
    line for each other file of a named folder, which is skipped (see not_articles)."""
    files: list[Path] = []
    errors: list[str] = []
    skipped: list[str] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            skipped.extend(map(skipped_line, not_articles(path)))
            try:
                files.extend(list_articles(path))
            except ArticleError as exc:
                errors.append(str(exc))
        else:
            files.append(path)
    return files, errors, skipped


def _regular_size(path: Path) -> int:
    """A regular file's size in bytes, or 0 for anything else (a pipe is never read twice)."""
    try:
        info = os.stat(path)
    except OSError:
        return 0
    return info.st_size if stat.S_ISREG(info.st_mode) and info.st_size <= MAX_INPUT_BYTES else 0


def _sidecar_digest(path: Path) -> bytes | None:
    """The SHA-256 of an article's sidecar (see sidecar_path), b"" when it has none, None when it
    cannot be read (the article's own run names the problem)."""
    try:
        data = read_input(sidecar_path(path))
    except ArticleError:
        return None
    return b"" if data is None else hashlib.sha256(data).digest()


def same_groups(files: list[Path]) -> list[list[Path]]:
    """The groups of two or more files (in sorted path order, whatever the order they were named in)
    that hold one article: the same bytes and the same sidecar (or none); a sidecar that differs
    makes another article. Only files of one size are
    read and compared (by their SHA-256); a file named twice is no group of its own (see collect)."""
    by_size: dict[int, list[Path]] = {}
    for path in files:
        size = _regular_size(path)
        if size:
            by_size.setdefault(size, []).append(path)
    groups: dict[tuple[bytes, bytes], list[Path]] = {}
    for group in by_size.values():
        for path in group if len(group) > 1 else []:
            side = _sidecar_digest(path)
            try:
                digest = hashlib.sha256(path.read_bytes()).digest()
            except OSError:
                continue
            if side is not None:
                same = groups.setdefault((digest, side), [])
                if all(path.resolve() != other.resolve() for other in same):
                    same.append(path)
    return [sorted(group, key=str) for group in groups.values() if len(group) > 1]


def read_once(
    files: list[Path], read: Callable[[list[Path]], list[T]], article_id: Callable[[T], str]
) -> tuple[list[T], list[str]]:
    """What `read` gives for each file read, in file order, and one warning line for each other file
    that holds an article read (same_groups: "warning: b.txt: same text as a.txt"), skipped: one
    article under two names would count its figures twice. Only a file that was read (`article_id`
    gives its id, "" for a file that failed: empty, binary, bad sidecar, too slow...) and whose id no
    other file read has (collect refuses them all) is the original: else the next file of its group
    is read."""
    groups = same_groups(files)
    later = {path for group in groups for path in group[1:]}
    results: dict[Path, T] = {}
    batch = [p for p in files if p not in later]
    originals: set[Path] = set()
    while batch:
        results.update(zip(batch, read(batch), strict=True))
        originals = _originals(files, results, article_id)
        unread = [
            [p for p in group if p not in results] for group in groups if not originals.intersection(group)
        ]
        batch = [paths[0] for paths in unread if paths]
    copy_of = {
        p: o for group in groups for o in originals.intersection(group) for p in group if p not in results
    }
    lines = [
        f"warning: {printable(str(p))}: same text as {printable(str(copy_of[p]))}; skipped (its figures "
        "are read once)"
        for p in files
        if p in copy_of
    ]
    return [results[p] for p in files if p in results], lines


def _originals(files: list[Path], results: dict[Path, T], article_id: Callable[[T], str]) -> set[Path]:
    """The files read whose article id no other file read (nor the same file named twice) has."""
    ids = Counter(article_id(results[p]) for p in files if p in results)
    return {p for p, result in results.items() if article_id(result) and ids[article_id(result)] == 1}


def extract_one(job: Job) -> Outcome:
    """Rows for one file (OUTPUT_COLUMNS: its review file applied unless told not to), or its
    error; never raises for a bad article, nor for a fault of the engine on it (reported as an
    internal error naming the file, so that the other files still run). No time limit here: the
    caller sets it (extract_many)."""
    path, encoding, use_review, _ = job
    try:
        return _extract(path, encoding, use_review)
    except ArticleError as exc:
        return Outcome(path, [], str(exc))
    except Exception as exc:
        if debugging():
            raise
        return Outcome(path, [], f"{path}: {internal_error(exc)}")


def _extract(path: str, encoding: str, use_review: bool) -> Outcome:
    article = load_article(path, encoding)
    review = load_review(article) if use_review and has_review(article) else None
    if review is None or review.empty:
        return Outcome(path, article_rows(article), article=article.id)
    figures, decisions = apply_review(article, extract_figures(article), review)
    lines = [
        f"{'warning' if d.status == 'stale' else 'review'}: {path}: {d.status}: {d.action} {d.quote!r} "
        f"({d.reason}; {d.detail})"
        for d in decisions.itertuples()
    ]
    rows = list(figures.itertuples(index=False, name=None))
    return Outcome(path, rows, decisions=lines, article=article.id)


def _lost(job: Job, reason: str) -> Outcome:
    """The failure line of a file whose extraction was stopped or whose worker was lost."""
    hint = "; skipped (a longer limit: --timeout SECONDS)" if reason.startswith("took longer") else ""
    return Outcome(job[0], [], f"{job[0]}: {reason}{hint}")


def article_rows(article: Article) -> list[tuple[object, ...]]:
    """Rows of one article without a review, in OUTPUT_COLUMNS order (the review column empty)."""
    return [(*row, "") for row in iter_rows(article)]


def extract_many(
    files: list[Path],
    encoding: str = "utf-8",
    jobs: int = 1,
    progress: bool = False,
    review: bool = True,
    timeout: float | None = DEFAULT_TIMEOUT,
    per_mb: float = 0.0,
) -> Iterator[Outcome]:
    """Outcomes in file order, using `jobs` worker processes (1: in this process); a file taking
    longer than `timeout` seconds of CPU time plus `per_mb` for each megabyte of it (`timeout` None
    or 0: no limit) fails with a one-line error. CPU time, not wall time: a file is never failed for
    waiting for a core on a loaded machine."""
    work: list[Job] = [(str(p), encoding, review, limit_for_size(timeout, per_mb, _size(p))) for p in files]
    bar = _progress(len(work)) if progress else None
    try:
        if jobs <= 1 or len(work) < 2:
            outcomes: Iterator[Outcome] = _in_this_process(work)
        else:
            outcomes = run_in_workers(
                extract_one, work, jobs, job_limit, _lost, stop_in_worker=True, cpu=True
            )
        for outcome in outcomes:
            if bar is not None:
                bar.update(1)
            yield outcome
    finally:
        if bar is not None:
            bar.close()


def _size(path: Path) -> int:
    """A file's size in bytes (0 when it cannot be read: loading it then says why)."""
    try:
        return path.stat().st_size
    except OSError:
        return 0


def job_limit(job: Job) -> float | None:
    """A job's time limit in seconds (None: no limit)."""
    return job[3]


def _in_this_process(work: list[Job]) -> Iterator[Outcome]:
    """Outcomes one file after another here, the time limit's signal handler set once for all."""
    with TimeLimits(job_limit if any(job[3] for job in work) else None, cpu=True) as limits:
        for job in work:
            yield limits.call_or(extract_one, job, _lost)


def _progress(total: int):  # type: ignore[no-untyped-def]
    from tqdm import tqdm

    return tqdm(total=total, unit="article", file=sys.stderr, dynamic_ncols=True)


def default_jobs(n_files: int) -> int:
    """Worker processes for a batch: one per core, never more than files."""
    return max(1, min(os.cpu_count() or 1, n_files))


def collect(
    outcomes: Iterable[Outcome], notes: list[str] | None = None
) -> tuple[list[tuple[object, ...]], list[str]]:
    """All rows as tuples in OUTPUT_COLUMNS order, and the list of error lines; review decision
    lines go to `notes` when it is given. Files whose articles share an id are all refused (the
    `article` column could not tell their rows apart), each error naming another of them."""
    done = list(outcomes)
    paths_of: dict[str, list[str]] = {}
    for outcome in done:
        if outcome.article and not outcome.error:
            paths_of.setdefault(outcome.article, []).append(outcome.path)
    rows: list[tuple[object, ...]] = []
    errors: list[str] = []
    for outcome in done:
        sharing = paths_of.get(outcome.article, []) if not outcome.error else []
        if len(sharing) > 1:
            other = next((p for p in sharing if p != outcome.path), outcome.path)  # or named twice
            errors.append(
                str(ArticleError(outcome.path, f"id {outcome.article!r} is also the id of {other}"))
            )
            continue
        if outcome.error:
            errors.append(outcome.error)
        if notes is not None:
            notes.extend(outcome.decisions)
        rows.extend(outcome.rows)
    return rows, errors


def outcomes_frame(outcomes: Iterable[Outcome]) -> tuple[pd.DataFrame, list[str]]:
    """All rows in one table (article column first) and the list of error lines."""
    rows, errors = collect(outcomes)
    return figure_frame(rows, OUTPUT_COLUMNS), errors
