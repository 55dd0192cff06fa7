"""Extraction of a news archive part by part: the work of one part (the same on every engine) and
the process-pool engine on one machine. A part's rows are returned, or written as one file of a
Parquet dataset so that memory stays flat however large the archive."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from . import dataset
from .archive import ArchiveColumns, Part, duplicated_ids, part_articles, part_ids
from .batch import article_rows


@dataclass(frozen=True)
class PartOutcome:
    """What one part gave: articles extracted, figure rows (unless written), skipped-record lines."""

    index: int
    articles: int
    figures: int
    skipped: list[str]
    rows: list[tuple[object, ...]] = field(default_factory=list)


def extract_part(
    index: int,
    part: Part,
    columns: ArchiveColumns,
    duplicates: frozenset[str] = frozenset(),
    staging: str | None = None,
) -> PartOutcome:
    """Extract every good article of a part; with `staging`, write the rows there as part `index`."""
    articles, skipped = part_articles(part, columns, duplicates)
    rows = [row for article in articles for row in article_rows(article)]
    if staging is not None:
        dataset.write_part(rows, staging, index)
        return PartOutcome(index, len(articles), len(rows), skipped)
    return PartOutcome(index, len(articles), len(rows), skipped, rows)


def _ids(job: tuple[Part, ArchiveColumns]) -> list[str]:
    return part_ids(*job)


Job = tuple[int, Part, ArchiveColumns, frozenset[str], str | None]  # extract_part's arguments


def _extract(job: Job) -> PartOutcome:
    return extract_part(*job)


def extract_parts(
    parts: list[Part],
    columns: ArchiveColumns,
    jobs: int = 1,
    staging: Path | str | None = None,
    progress: bool = False,
) -> Iterator[PartOutcome]:
    """Outcomes in part order on `jobs` worker processes (1: in this process): first the ids of
    every part (to find ids that are not unique), then the extraction; a bar on stderr if `progress`."""
    outcomes = _outcomes(parts, columns, jobs, None if staging is None else str(staging))
    if not progress:
        yield from outcomes
        return
    bar = _progress(len(parts))
    try:
        for outcome in outcomes:
            bar.update(1)
            yield outcome
    finally:
        bar.close()


def _outcomes(
    parts: list[Part], columns: ArchiveColumns, jobs: int, staging: str | None
) -> Iterator[PartOutcome]:
    if jobs <= 1 or len(parts) < 2:
        duplicates = duplicated_ids(part_ids(p, columns) for p in parts)
        for i, part in enumerate(parts):
            yield extract_part(i, part, columns, duplicates, staging)
        return
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        duplicates = duplicated_ids(pool.map(_ids, [(p, columns) for p in parts]))
        work = [(i, p, columns, duplicates, staging) for i, p in enumerate(parts)]
        yield from _bounded(pool, work, 2 * jobs)


def _bounded(pool: ProcessPoolExecutor, work: list[Job], window: int) -> Iterator[PartOutcome]:
    """Results in order, never more than `window` parts in flight (their rows held in memory)."""
    pending: list[Future[PartOutcome]] = []
    for job in work:
        pending.append(pool.submit(_extract, job))
        if len(pending) >= window:
            yield pending.pop(0).result()
    for future in pending:
        yield future.result()


def _progress(total: int):  # type: ignore[no-untyped-def]
    import sys

    from tqdm import tqdm

    return tqdm(total=total, unit="part", file=sys.stderr, dynamic_ncols=True)


def summary(outcomes: Iterable[PartOutcome]) -> dict[str, int]:
    """What a dataset's completion marker records: parts, articles, figures, records skipped."""
    done = list(outcomes)
    return {
        "parts": len(done),
        "articles": sum(o.articles for o in done),
        "figures": sum(o.figures for o in done),
        "skipped": sum(len(o.skipped) for o in done),
    }


def extract_to_dataset(
    parts: list[Part], columns: ArchiveColumns, target: Path | str, jobs: int = 1, progress: bool = False
) -> list[PartOutcome]:
    """Extract every part on the process pool into the Parquet dataset `target` (one file per part),
    committed only when every part is written."""
    with dataset.staged(target) as staging:
        outcomes = list(extract_parts(parts, columns, jobs, staging, progress))
        dataset.commit(staging, target, summary(outcomes))
    return outcomes
