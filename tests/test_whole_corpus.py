"""Properties checked over every dev and probe article (`tests/corpus/`), in one module so that the
articles are extracted once for all of them (ci40: three modules extracted the probe set each, and
`make test` hands a test module to one process)."""

from __future__ import annotations

from pathlib import Path

import pytest

import analysis.evaluate as ev
from analysis.article import Article, load_article
from analysis.extract import COLUMNS, figure_frame, iter_rows

from .test_evaluate import PROBE_F1_BAR, PROBE_KIND_BAR, PROBE_SUBJECT_BAR

Rows = list[tuple[object, ...]]


@pytest.fixture(scope="module")
def corpus(corpus_dir: Path) -> dict[Path, tuple[Article, Rows]]:
    """Every dev and probe article with its figure rows (`iter_rows`), by path."""
    folders = (corpus_dir / "articles", corpus_dir.parent / "probe" / "articles")
    paths = [path for folder in folders for path in sorted(folder.glob("*.txt"))]
    found = {path: (article, list(iter_rows(article))) for path in paths for article in [load_article(path)]}
    assert len(found) > 100 and {p.parent.parent.name for p in found} == {"dev", "probe"}
    return found


def test_probe_set_meets_the_bars(corpus_dir, corpus, monkeypatch):
    """evaluate_folder over the probe set, each article's figures the rows the engine gave it above."""
    by_text = {(a.id, a.body): rows for a, rows in corpus.values()}
    used = []

    def extracted(article: Article):
        used.append(article.id)
        return figure_frame(by_text[article.id, article.body])

    monkeypatch.setattr(ev, "extract_figures", extracted)
    scores, total = ev.evaluate_folder(
        corpus_dir.parent / "probe" / "articles", corpus_dir.parent / "probe" / "gold"
    )
    assert len(used) == len(scores)
    assert len(scores) >= 8 and all(s.gold for s in scores)
    assert total.f1 >= PROBE_F1_BAR, total.line()
    assert total.kind_accuracy >= PROBE_KIND_BAR, total.line()
    assert total.subject_agreement >= PROBE_SUBJECT_BAR, total.line()


def test_every_row_of_unit_other_names_its_measure(corpus):
    """Issue 8: a dev or probe row whose unit is "other" names its real unit in `measure` (a minor
    or old unit of money, "118,500 tomans" -> "toman"; a stay's nights; hours a subject's label
    names), so no row of "other" is left without one. (ci40: in test_extract.py it read the folders
    `dev/dev` and `dev/probe`, which do not exist, so it checked no row.)"""
    quote, unit, measure, subject = (COLUMNS.index(c) for c in ("quote", "unit", "measure", "subject"))
    empty = [
        f"{path.parent.parent.name}/{path.stem} {row[quote]!r} {row[subject]!r}"
        for path, (_, rows) in corpus.items()
        for row in rows
        if row[unit] == "other" and not row[measure]
    ]
    assert empty == []


def test_no_two_figures_of_a_corpus_article_overlap(corpus):
    """The articles' part of tests/figures/test_resolve.py's check over every corpus text."""
    overlapping = []
    for path, (_, rows) in corpus.items():
        spans = sorted((row[2], row[3]) for row in rows)
        overlapping += [(path.stem, a, b) for a, b in zip(spans, spans[1:], strict=False) if b[0] < a[1]]
    assert overlapping == []
