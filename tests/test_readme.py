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
