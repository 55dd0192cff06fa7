"""The story notebooks and the report notebook run on an article other than the seed (fixwalk35):
an invented article put in a seeds folder and named by its id in each notebook's `parameters`
cell, as the README tells a user to do. Each runs to the end without an error, says "no chart"
once where it has nothing to draw, and writes nothing into the tracked `figures/`."""

from __future__ import annotations

import multiprocessing
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import nbformat
import pytest

from analysis.build import execute_notebook
from analysis.paths import FIGURES, NOTEBOOKS, SEEDS

ARTICLE_ID = "harbour-ferries-test"
ARTICLE = """title: Harbour ferries carry more passengers as fares are frozen
outlet: Bay Gazette
published: 2026-04-02

Ferry journeys across the bay rose 14 per cent in the year to March, the harbour board said on Tuesday.
Freight sailings rose 6 per cent in the year to March.

The board gave $2.5 million to the Coastguard Trust to replace two lifeboats this year, and
$400,000 to the Seafarers' Mission for its drop-in centre.

The board carried 2.1 million passengers and 48,000 cyclists. A new terminal will open in May 2027.
"""
STORY = ("01-attacks.ipynb", "02-aid.ipynb", "03-audit.ipynb", "04-archive.ipynb")
NO_CHART = {"01-attacks.ipynb": "No attack increases:", "04-archive.ipynb": "No restatements:"}


def _redirected(path: Path, seeds: Path, charts: Path, out: Path) -> Path:
    """A copy of a notebook whose first cell (the test's, never committed) points the package's
    seeds folder and its folder for other articles' charts at temporary ones."""
    nb = nbformat.read(path, as_version=4)
    setup = nbformat.v4.new_code_cell(
        "import analysis.paths\n"
        f"analysis.paths.SEEDS = analysis.paths.Path({str(seeds)!r})\n"
        f"analysis.paths.NOTEBOOK_CHARTS = analysis.paths.Path({str(charts)!r})"
    )
    setup.id = "test-setup"
    nb.cells.insert(0, setup)
    copy = out / path.name
    nbformat.write(nb, copy)
    return copy


def _state(folder: Path) -> dict[str, tuple[int, int]]:
    return {
        str(p): (p.stat().st_size, p.stat().st_mtime_ns) for p in sorted(folder.rglob("*")) if p.is_file()
    }


def _text(cell: nbformat.NotebookNode) -> str:
    parts = []
    for output in cell.get("outputs", []):
        parts.append(output.get("text", ""))
        parts += [str(v) for k, v in output.get("data", {}).items() if k in ("text/plain", "text/html")]
    return "".join(parts)


@pytest.fixture(scope="module")
def executed(tmp_path_factory) -> dict[str, nbformat.NotebookNode]:
    """Every story notebook and report.ipynb, run on the invented article (in parallel)."""
    tmp = tmp_path_factory.mktemp("notebooks")
    seeds, charts, out = tmp / "seeds", tmp / "notebook-charts", tmp / "run"
    for folder in (seeds, out):
        folder.mkdir()
    (seeds / f"{ARTICLE_ID}.txt").write_text(ARTICLE, encoding="utf-8")
    before, seeds_before = _state(FIGURES), _state(SEEDS)
    jobs = {name: ({"article_id": ARTICLE_ID}) for name in STORY}
    jobs["report.ipynb"] = {"article": ARTICLE_ID, "out_dir": str(tmp / "report")}
    # processes, not threads: a notebook run takes over SIGINT and SIGTERM, which only a main thread may
    with ProcessPoolExecutor(
        max_workers=len(jobs), mp_context=multiprocessing.get_context("forkserver")
    ) as pool:
        done = {
            name: pool.submit(execute_notebook, _redirected(NOTEBOOKS / name, seeds, charts, out), params)
            for name, params in jobs.items()
        }
        paths = {name: future.result() for name, future in done.items()}
    assert _state(FIGURES) == before, "a notebook run on another article wrote into figures/"
    assert _state(SEEDS) == seeds_before
    found = {name: nbformat.read(path, as_version=4) for name, path in paths.items()}
    found["charts"] = sorted(p.name for p in charts.rglob("*"))  # type: ignore[assignment]
    found["report"] = sorted(p.name for p in (tmp / "report").iterdir())  # type: ignore[assignment]
    return found


@pytest.mark.parametrize("name", [*STORY, "report.ipynb"])
def test_a_notebook_runs_to_the_end_on_another_article(executed, name):
    nb = executed[name]
    code = [c for c in nb.cells if c.cell_type == "code" and c.source.strip()]
    assert all(c.execution_count is not None for c in code), f"{name} stopped before its last cell"
    assert all(o.output_type != "error" for c in code for o in c.outputs)
    assert ARTICLE_ID in "".join(_text(c) for c in code) or name == "03-audit.ipynb"


@pytest.mark.parametrize("name", sorted(NO_CHART))
def test_no_chart_is_said_once(executed, name):
    """fixwalk35: the sentence saying why there is no chart is printed once, not by the rows, the
    alt text and the chart's place each."""
    said = "".join(_text(c) for c in executed[name].cells if c.cell_type == "code")
    assert said.count(NO_CHART[name]) == 1, said


def test_charts_of_another_article_go_to_its_own_folder(executed):
    """02 draws the invented article's money to named recipients, saved outside figures/; the
    report writes its charts with the article text each draws (`.texts.csv`)."""
    assert f"{ARTICLE_ID}--aid-amounts.png" in executed["charts"]
    assert f"{ARTICLE_ID}--aid-amounts.texts.csv" in executed["charts"]
    assert any(name.endswith(".texts.csv") for name in executed["report"])
