"""README.md states what the project's files hold: checks that would catch it drifting."""

from __future__ import annotations

import re

import pytest

from analysis.paths import FIGURES, PROJECT_ROOT


def _alt_text_after(readme: str, image: str) -> str:
    """The "*Alt text:*" paragraph that follows an image in the README, on one line."""
    after = readme[readme.index(f"]({image})") :]
    found = re.search(r"\*Alt text:\* (.+?)\n\n", after, re.S)
    assert found, f"no alt text after {image}"
    return " ".join(found.group(1).split())


@pytest.mark.parametrize("chart", ["attack-increases", "aid-amounts"])
def test_readme_alt_texts_are_copies_of_the_saved_ones(chart: str):
    readme = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")
    png = FIGURES / f"us-extends-support-to-pakistan-amid-ttp-threat--{chart}.png"
    saved = png.with_suffix(".alt.txt").read_text(encoding="utf-8")
    assert _alt_text_after(readme, png.relative_to(PROJECT_ROOT).as_posix()) == " ".join(saved.split())


def _readme() -> str:
    return (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")


def _slug(heading: str) -> str:
    """GitHub's anchor for a heading."""
    return re.sub(r"[^\w\- ]", "", heading.lower()).replace(" ", "-")


def test_readme_contents_link_every_section():
    readme = _readme()
    headings = re.findall(r"^## (.+)$", readme, re.M)
    contents = readme[readme.index("## Contents") : readme.index("## Quick start")]
    assert [f"[{h}](#{_slug(h)})" for h in headings if h != "Contents"] == re.findall(
        r"\[.+?\]\(#.+?\)", contents
    )


def test_readme_links_the_recogniser_rules_it_summarises():
    readme = _readme()
    assert "](docs/recogniser.md)" in readme
    rules = (PROJECT_ROOT / "docs" / "recogniser.md").read_text(encoding="utf-8")
    for heading in ("## Subjects: what a figure measures", "## Currencies and units"):
        assert heading in rules


def test_readme_stays_short_in_words():
    """A cap on words, not lines: today's 8,900 words and a margin for a few paragraphs."""
    assert len(_readme().split()) < 9_600


def test_readme_prose_lines_are_short():
    """No prose line over 110 characters (tables and code blocks aside), so the README reads and diffs."""
    prose, code = [], False
    for line in _readme().splitlines():
        code ^= line.startswith("```")
        if not code and not line.lstrip().startswith("|"):
            prose.append(line)
    assert [line[:60] for line in prose if len(line) > 110] == []


# A measured speed or score in the README goes stale with the next change to the engine: measurements
# live in benchmarks/README.md and tests/corpus/README.md, each with the commit it was taken on.
MEASUREMENT = re.compile(
    r"\d[\d.,]*\s*(?:MB/s|MB per second|articles? (?:a|per) second)"
    r"|(?<![-\w])(?:F1|precision|recall|subject agreement)\b[^.\n]{0,20}?\b[01]\.\d{2,}"
    r"|\bis stale\b",
    re.I,
)


def test_readme_states_no_measurement_that_goes_stale():
    found = [m.group(0) for m in MEASUREMENT.finditer(_readme())]
    assert found == [], f"README states measurements (move them to benchmarks/README.md): {found}"


@pytest.mark.parametrize(
    "line",
    ["`extract` reads 2.4 MB/s on one core.", "overall F1 is 0.997 on the probe", "The table is stale."],
)
def test_measurement_pattern_finds_a_stated_measurement(line: str):
    assert MEASUREMENT.search(line)


def test_readme_intro_says_what_a_new_seed_gets():
    intro = _readme().split("## Contents")[0]
    assert "gets the same treatment" not in intro
    assert "`data/figures.csv`" in intro and "`figures/reports/<article-id>/`" in intro
    for seed in (PROJECT_ROOT / "seeds").glob("*.txt"):
        assert (FIGURES / "reports" / seed.stem / "report.html").is_file()


def test_measurement_pattern_passes_an_option_named_for_a_score():
    assert not MEASUREMENT.search("evaluate tests/corpus/dev/articles tests/corpus/dev/gold --min-f1 0.95")
