"""docs/contributing.md, the newcomer's guide: its module map names every module of the package."""

from __future__ import annotations

import re

import pytest

from analysis.paths import PROJECT_ROOT


def _guide() -> str:
    return (PROJECT_ROOT / "docs" / "contributing.md").read_text(encoding="utf-8")


def _mapped(guide: str, folder: str) -> list[str]:
    """The modules the map lists under one folder's heading, in order."""
    section = guide.split(f"### `{folder}/`", 1)[1].split("###", 1)[0]
    return re.findall(r"^- `(\w+\.py)`: \S", section, re.M)


@pytest.mark.parametrize("folder", ["analysis", "analysis/figures"])
def test_module_map_lists_every_module_once(folder: str):
    modules = sorted(p.name for p in (PROJECT_ROOT / folder).glob("*.py"))
    assert _mapped(_guide(), folder) == modules


def test_readme_links_the_guide_from_its_tests_section():
    readme = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")
    tests = readme.split("## Tests and validation", 1)[1].split("\n## ", 1)[0]
    assert "](docs/contributing.md)" in tests


@pytest.mark.parametrize("claim", ["one file per module", "each with `ALL_EXAMPLES` and `NEGATIVE_EXAMPLES`"])
def test_readme_drops_claims_the_tree_does_not_keep(claim: str):
    readme = " ".join((PROJECT_ROOT / "README.md").read_text(encoding="utf-8").split())
    assert claim not in readme


def test_make_reports_is_the_step_make_figures_ends_with():
    """`make reports` (README: the quick look at a new article's report) calls what build_all ends with."""
    makefile = (PROJECT_ROOT / "Makefile").read_text(encoding="utf-8")
    build = (PROJECT_ROOT / "analysis" / "build.py").read_text(encoding="utf-8")
    target = re.search(r"^reports: .*\n\t(.+)", makefile, re.M)
    assert target and "seed_reports(SEEDS, SEED_REPORTS)" in target.group(1)
    assert "seed_reports(SEEDS, SEED_REPORTS, quiet)" in build
    assert "`make reports`" in (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")
