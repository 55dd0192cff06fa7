"""The committed notebooks: executed, with outputs, no errors, no helper code or typed paths."""

from __future__ import annotations

import re

import nbformat
import pytest

from analysis.build import normalised, notebook_text, story_notebooks
from analysis.paths import NOTEBOOKS, SEED_ID

NOTEBOOK_PATHS = sorted(NOTEBOOKS.glob("*.ipynb"))


def test_there_are_numbered_notebooks_and_a_report_notebook():
    assert [p.name for p in story_notebooks()] == [
        "00-explore.ipynb",
        "01-attacks.ipynb",
        "02-aid.ipynb",
        "03-audit.ipynb",
        "04-archive.ipynb",
    ]
    report = nbformat.read(NOTEBOOKS / "report.ipynb", as_version=4)
    tagged = [c for c in report.cells if "parameters" in c.metadata.get("tags", [])]
    assert len(tagged) == 1 and f'article = "{SEED_ID}"' in tagged[0].source
    assert "developer" in report.cells[0].metadata.get("tags", []), "developer notes stay out of report.html"


@pytest.mark.parametrize("path", story_notebooks()[1:], ids=lambda p: p.name)
def test_a_story_notebook_reads_the_article_its_parameter_names(path):
    """A user points a story notebook at an article of their own by its id, with no helper code or
    path: the cell tagged `parameters` names the seed by default, and the article is loaded by it."""
    nb = nbformat.read(path, as_version=4)
    tagged = [c for c in nb.cells if "parameters" in c.metadata.get("tags", [])]
    assert len(tagged) == 1 and tagged[0].source.startswith(f'article_id = "{SEED_ID}"')
    code = "\n".join(c.source for c in nb.cells if c.cell_type == "code")
    assert "seed_path(article_id)" in code and "seed_path()" not in code


@pytest.mark.parametrize("path", NOTEBOOK_PATHS, ids=lambda p: p.name)
def test_every_code_cell_was_executed_and_holds_outputs(path):
    nb = nbformat.read(path, as_version=4)
    for i, cell in enumerate(nb.cells):
        if cell.cell_type != "code" or not cell.source.strip():
            continue
        assert cell.execution_count is not None, f"{path.name} cell {i} never executed"
        if "parameters" not in cell.metadata.get("tags", []):  # assignments only: nothing to show
            assert cell.outputs, f"{path.name} cell {i} has no output"
        assert all(o.output_type != "error" for o in cell.outputs), f"{path.name} cell {i} raised"
        assert all(o.get("name") != "stderr" for o in cell.outputs), f"{path.name} cell {i} wrote to stderr"


@pytest.mark.parametrize("path", NOTEBOOK_PATHS, ids=lambda p: p.name)
def test_notebook_opens_with_question_inputs_outputs(path):
    first = nbformat.read(path, as_version=4).cells[0]
    assert first.cell_type == "markdown"
    for word in ("Question", "Inputs", "Outputs"):
        assert word in first.source


@pytest.mark.parametrize("path", NOTEBOOK_PATHS, ids=lambda p: p.name)
def test_no_paths_or_helper_code_in_cells(path):
    for cell in nbformat.read(path, as_version=4).cells:
        if cell.cell_type != "code":
            continue
        for literal in re.findall(r"\"([^\"]*)\"|'([^']*)'", cell.source):
            text = "".join(literal)
            assert "/" not in text and not text.endswith((".txt", ".csv", ".json")), text
        assert not re.search(r"^\s*(def|class) ", cell.source, re.MULTILINE), (
            "helper code belongs in analysis/"
        )
        assert "sys.path" not in cell.source


@pytest.mark.parametrize("path", NOTEBOOK_PATHS, ids=lambda p: p.name)
def test_stored_notebooks_are_normalised(path):
    text = path.read_text(encoding="utf-8")
    nb = nbformat.reads(text, as_version=4)
    assert notebook_text(normalised(nb)) == text, "run `make figures` to store the notebook normalised"
    assert '"execution": {' not in text


def test_nbcheck_flags_unexecuted_cells(tmp_path):
    from analysis.nbcheck import main, problems

    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("1 + 1")])
    path = tmp_path / "x.ipynb"
    nbformat.write(nb, path)
    assert problems(path) == [f"{path}: cell 0 was never executed (run `make figures`)"]
    assert main([str(path)]) == 1
    assert main([str(p) for p in NOTEBOOK_PATHS]) == 0
