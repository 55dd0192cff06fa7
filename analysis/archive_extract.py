"""Extraction of a news archive part by part: the work of one part (the same on every engine) and
the process-pool engine on one machine. A part's rows are returned, or written as one file of a
Parquet dataset so that memory stays flat however large the archive."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from . import dataset
from .archive import ArchiveColumns, Part, duplicated_ids, part_articles, part_ids
from .article import printable
from .batch import article_rows
from .timelimit import TimeLimitExceeded, TimeLimits
from .workers import run_in_workers


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
    limit: float | None = None,
) -> PartOutcome:
    """Extract every good article of a part, each within `limit` seconds of CPU time (None: no limit;
    one that runs over is skipped by id; waiting for a core on a loaded machine counts nothing);
    with `staging`, write the rows there as part `index`."""
    articles, skipped = part_articles(part, columns, duplicates)
    rows: list[tuple[object, ...]] = []
    extracted = 0
    with TimeLimits(limit, cpu=True) as limits:  # the signal handler set once for the part
        for article in articles:
            try:
                found = limits.call(article_rows, article)
            except TimeLimitExceeded as exc:
                where = printable(f"{part.path}: id {article.id!r}")
                skipped.append(f"{where}: {exc}; skipped (a longer limit: --timeout SECONDS)")
                continue
            rows.extend(found)
            extracted += 1
    if staging is not None:
        dataset.write_part(rows, staging, index)
        return PartOutcome(index, extracted, len(rows), skipped)
    return PartOutcome(index, extracted, len(rows), skipped, rows)


class PartJob(NamedTuple):
    """extract_part's arguments: one task for a worker process."""

    index: int
    part: Part
    columns: ArchiveColumns
    duplicates: frozenset[str]
    staging: str | None
    limit: float | None


def _ids(job: tuple[Part, ArchiveColumns]) -> list[str]:
    return part_ids(*job)


def _ids_lost(job: tuple[Part, ArchiveColumns], reason: str) -> list[str]:
    raise ValueError(printable(f"{job[0].path}: cannot read the ids of its records: {reason}"))


def _extract(job: PartJob) -> PartOutcome:
    return extract_part(*job)


def _part_lost(job: PartJob, reason: str) -> PartOutcome:
    """A part whose worker ran past the time limit or died: reported, and an empty part file (the
    dataset keeps one file per part)."""
    if job.staging is not None:
        dataset.write_part([], job.staging, job.index)
    where = printable(f"{job.part.path}: part {job.index + 1}")
    return PartOutcome(job.index, 0, 0, [f"{where}: {reason}; its records skipped"])


def extract_parts(
    parts: list[Part],
    columns: ArchiveColumns,
    jobs: int = 1,
    staging: Path | str | None = None,
    progress: bool = False,
    timeout: float | None = None,
) -> Iterator[PartOutcome]:
    """Outcomes in part order on `jobs` worker processes (1: in this process): first the ids of
    every part (to find ids that are not unique), then the extraction, each article within `timeout`
    seconds of CPU time (None or 0: no limit); a bar on stderr if `progress`."""
    outcomes = _outcomes(parts, columns, jobs, None if staging is None else str(staging), timeout or None)
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
    parts: list[Part], columns: ArchiveColumns, jobs: int, staging: str | None, limit: float | None
) -> Iterator[PartOutcome]:
    if jobs <= 1 or len(parts) < 2:
        duplicates = duplicated_ids(part_ids(p, columns) for p in parts)
        for i, part in enumerate(parts):
            yield extract_part(i, part, columns, duplicates, staging, limit)
        return
    ids = list(run_in_workers(_ids, [(p, columns) for p in parts], jobs, None, _ids_lost))
    duplicates = duplicated_ids(ids)
    work = [PartJob(i, p, columns, duplicates, staging, limit) for i, p in enumerate(parts)]
    # the workers stop each article at the limit; the parent ends a worker whose part runs past
    # the limit of all its records (work that cannot be interrupted), counting the worker's CPU time
    part_limit = limit * max(1, max(map(len, ids))) if limit else None
    yield from run_in_workers(_extract, work, jobs, part_limit, _part_lost, cpu=True)


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
    parts: list[Part],
    columns: ArchiveColumns,
    target: Path | str,
    jobs: int = 1,
    progress: bool = False,
    timeout: float | None = None,
) -> list[PartOutcome]:
    """Extract every part on the process pool into the Parquet dataset `target` (one file per part),
    committed only when every part is written and some article was extracted; `timeout` as for
    extract_parts."""
    with dataset.staged(target) as staging:
        outcomes = list(extract_parts(parts, columns, jobs, staging, progress, timeout))
        dataset.commit_extracted(staging, target, summary(outcomes))
    return outcomes
