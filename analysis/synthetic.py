"""A small synthetic news archive built from the development articles (tests/corpus/dev): every
article as one record, plus excerpts of the seed that restate its figures in other orders. It is
made up from real text for the archive notebook, the tests and the benchmarks, and says so."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator
from pathlib import Path

from .article import Article, list_articles, load_article
from .export import atomic_write
from .paths import CORPUS
from .restatements import tracked_figures

RECORD_FIELDS: tuple[str, ...] = ("id", "title", "outlet", "published", "source", "text")
SYNTHETIC_OUTLET = "synthetic archive (excerpts of a development article)"
PARAGRAPH = "\n\n"


def article_record(article: Article, record_id: str) -> dict[str, object]:
    """An archive record holding an article's body verbatim and its metadata."""
    meta = article.metadata
    return {
        "id": record_id,
        "title": meta["title"],
        "outlet": meta["outlet"],
        "published": meta["published"],
        "source": meta["source"],
        "text": article.body,
    }


def paragraphs_with(article: Article, starts: Iterable[int]) -> list[str]:
    """The body's paragraphs (blank-line separated) that hold any of the offsets, in text order."""
    wanted = sorted(set(starts))
    found: list[str] = []
    position = 0
    for paragraph in article.body.split(PARAGRAPH):
        end = position + len(paragraph)
        if any(position <= s < end for s in wanted):
            found.append(paragraph)
        position = end + len(PARAGRAPH)
    return found


def excerpt_records(seed: Article, starts: Iterable[int], base_id: str) -> list[dict[str, object]]:
    """Synthetic records made of the seed's paragraphs that hold the given figures: all of them in
    the seed's order, then in reverse order, then each alone."""
    paragraphs = paragraphs_with(seed, starts)
    texts = (
        [paragraphs, paragraphs[::-1], *([p] for p in paragraphs)] if len(paragraphs) > 1 else [paragraphs]
    )
    records = []
    for k, chosen in enumerate(texts, 1):
        record = article_record(seed, f"{base_id}--excerpt-{k}")
        record.update(
            title=f"Synthetic excerpt {k} of “{seed.metadata['title'] or seed.id}”",
            outlet=SYNTHETIC_OUTLET,
            text=PARAGRAPH.join(chosen),
        )
        records.append(record)
    return records


def dev_articles(folder: Path = CORPUS / "articles") -> list[Article]:
    """The development articles, by file name."""
    return [load_article(p) for p in list_articles(folder)]


def dev_archive(seed_stem: str = "seed") -> list[dict[str, object]]:
    """The shipped archive: each development article (id `dev-<file stem>`), then excerpts of the
    seed restating its tracked figures (its attack increases and money to named recipients)."""
    articles = dev_articles()
    records = [article_record(a, f"dev-{Path(a.path).stem}") for a in articles]
    seed = next(a for a in articles if Path(a.path).stem == seed_stem)
    return records + excerpt_records(seed, tracked_figures(seed)["start"], f"dev-{seed_stem}")


def repeated(records: list[dict[str, object]], count: int) -> Iterator[dict[str, object]]:
    """`count` records cycling through `records`, each with a unique id (for benchmarks)."""
    for i in range(count):
        record = dict(records[i % len(records)])
        record["id"] = f"{record['id']}--{i}"
        yield record


def jsonl_bytes(records: Iterable[dict[str, object]]) -> bytes:
    """Records as JSON Lines (UTF-8, one object a line, keys in RECORD_FIELDS order)."""
    return "".join(
        json.dumps({k: r.get(k) for k in RECORD_FIELDS}, ensure_ascii=False) + "\n" for r in records
    ).encode()


def csv_bytes(records: Iterable[dict[str, object]]) -> bytes:
    """Records as CSV (UTF-8, header RECORD_FIELDS, every field quoted: a lone carriage return in
    a text would otherwise end the row)."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\n", quoting=csv.QUOTE_ALL)
    writer.writerow(RECORD_FIELDS)
    writer.writerows([("" if r.get(k) is None else r.get(k)) for k in RECORD_FIELDS] for r in records)
    return out.getvalue().encode()


def parquet_bytes(records: Iterable[dict[str, object]], row_group: int = 1000) -> bytes:
    """Records as Parquet (string columns RECORD_FIELDS), `row_group` records per row group."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pa.Table.from_pylist(
        [{k: r.get(k) for k in RECORD_FIELDS} for r in records],
        schema=pa.schema([(k, pa.string()) for k in RECORD_FIELDS]),
    )
    buffer = io.BytesIO()
    pq.write_table(table, buffer, row_group_size=row_group)
    return buffer.getvalue()


ARCHIVE_WRITERS = {".jsonl": jsonl_bytes, ".csv": csv_bytes, ".parquet": parquet_bytes}


def write_archive(records: Iterable[dict[str, object]], path: Path | str) -> Path:
    """Write records as an archive file (format from the suffix: .jsonl, .csv, .parquet) atomically."""
    path = Path(path)
    return atomic_write(path, ARCHIVE_WRITERS[path.suffix.lower()](records))
