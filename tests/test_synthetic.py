"""The synthetic archive built from the development articles: shipped, in sync with its builder."""

from __future__ import annotations

import json
from pathlib import Path

from analysis.archive import ArchiveColumns, archive_parts
from analysis.archive_extract import extract_parts
from analysis.batch import OUTPUT_COLUMNS
from analysis.dataset import read_dataset
from analysis.export import rows_csv, table_csv
from analysis.paths import DEV_ARCHIVE, DEV_ARCHIVE_FIGURES
from analysis.synthetic import (
    SYNTHETIC_OUTLET,
    csv_bytes,
    dev_archive,
    dev_articles,
    jsonl_bytes,
    paragraphs_with,
    repeated,
)


def test_the_shipped_archive_is_what_the_builder_makes_now():
    assert DEV_ARCHIVE.read_bytes() == jsonl_bytes(dev_archive()), "run `make figures`"


def test_the_shipped_figure_dataset_is_the_extraction_of_the_shipped_archive():
    outcomes = extract_parts(archive_parts([DEV_ARCHIVE]), ArchiveColumns())
    rows = [row for o in outcomes for row in o.rows]
    assert table_csv(read_dataset(DEV_ARCHIVE_FIGURES)) == rows_csv(OUTPUT_COLUMNS, rows), (
        "run `make figures`"
    )


def test_every_development_article_is_a_record_then_the_seed_excerpts():
    records = dev_archive()
    ids = [r["id"] for r in records]
    n = len(dev_articles())
    assert ids[:n] == [f"dev-{Path(a.path).stem}" for a in dev_articles()]
    assert {"dev-01", "dev-13", "dev-seed", "dev-d01", "dev-d10"} <= set(ids[:n])
    assert ids[n:] == [f"dev-seed--excerpt-{k}" for k in range(1, 5)]
    assert all(r["outlet"] == SYNTHETIC_OUTLET and "Synthetic" in r["title"] for r in records[n:])


def test_excerpts_are_seed_paragraphs_verbatim_in_both_orders():
    seed = next(a for a in dev_articles() if a.id == "seed")
    records = {r["id"]: r["text"] for r in dev_archive()}
    first, second = records["dev-seed--excerpt-3"], records["dev-seed--excerpt-4"]
    assert first in seed.body and second in seed.body
    assert "60 per cent" in first and "$77M" in second
    assert records["dev-seed--excerpt-1"] == f"{first}\n\n{second}"
    assert records["dev-seed--excerpt-2"] == f"{second}\n\n{first}"


def test_paragraphs_with_finds_the_paragraphs_holding_offsets():
    seed = next(a for a in dev_articles() if a.id == "seed")
    start = seed.body.index("$9M")
    (paragraph,) = paragraphs_with(seed, [start, start + 1])
    assert "$9M" in paragraph and "\n\n" not in paragraph


def test_repeated_records_get_unique_ids():
    shipped = dev_archive()
    records = list(repeated(shipped, 2 * len(shipped) + 3))
    assert len({r["id"] for r in records}) == len(records)
    assert records[len(shipped)]["text"] == records[0]["text"]


def test_csv_keeps_line_breaks_and_writes_missing_values_empty():
    text = csv_bytes([{"id": "a", "text": "one\n\ntwo", "title": None}]).decode()
    assert text == '"id","title","outlet","published","source","text"\n"a","","","","","one\n\ntwo"\n'
    assert json.loads(jsonl_bytes([{"id": "a", "text": "x"}]))["title"] is None
