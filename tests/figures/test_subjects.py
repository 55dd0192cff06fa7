"""Subjects named from the clause before a figure (analysis/figures/subjects.py)."""

from __future__ import annotations

import pytest

from analysis.article import article_from_text
from analysis.extract import extract_figures
from analysis.figures import subjects


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Florence hit with maximum sustained winds of 90 miles per hour.", "winds"),
        ("The annual pace of housing starts was 282,428 units in January.", "housing"),
        ("The asteroid will pass about 25,000 miles from Earth.", "asteroid"),
        ("Utilities sent 8,000 from the Carolinas.", "Utilities"),
    ],
)
def test_a_figure_with_no_noun_after_it_takes_its_clause_as_subject(text: str, word: str):
    subject = extract_figures(article_from_text(text, "case"))["subject"].iloc[0]
    assert word in subject


def test_a_noun_after_the_number_stays_the_subject():
    frame = extract_figures(article_from_text("Officials said 40 villagers died.", "case"))
    assert frame["subject"].tolist() == ["villagers"]


def test_clause_subject_stops_at_the_clause_break():
    body = "Sales fell, while the group's net profit reached 5"
    assert subjects.clause_subject(body, 0, len(body) - 1) == "group's net profit"
    assert subjects.content_words("was up by about") == []


def test_a_conversion_in_brackets_measures_what_the_figure_before_it_measures():
    frame = extract_figures(article_from_text("The asteroid is about 60 feet (18m) wide.", "case"))
    first, second = frame["subject"].tolist()
    assert first.replace("feet", "metres") == second and "asteroid" in second


def test_a_figure_naming_nothing_takes_the_subject_before_it_in_the_sentence():
    text = "Deaths from shooting had dropped by 15 per cent, from 82 to 70."
    frame = extract_figures(article_from_text(text, "case"))
    assert all("shooting" in subject for subject in frame["subject"])
