"""Dates of events: a date closing a phrase after "since", "after"... takes the event
(analysis/figures/events.py)."""

from __future__ import annotations

import pytest

from analysis.article import article_from_text
from analysis.extract import extract_figures
from analysis.figures import events


def date_subjects(text: str) -> list[str]:
    frame = extract_figures(article_from_text(text, "case"))
    return frame.loc[frame["kind"] == "date", "subject"].tolist()


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        (
            "The number of attacks has gone up since the return of Afghan Taliban to power in August 2021.",
            "return of Afghan Taliban to power",
        ),
        ("Attacks rose after the fall of Kabul in August 2021.", "fall of Kabul"),
        (
            "Banks failed following the collapse of Lehman Brothers in September 2008.",
            "collapse of Lehman Brothers",
        ),
        ("Prices have doubled since the invasion on 24 February 2022.", "invasion"),
        ("Trade slowed before the vote on Brexit in 2016.", "vote on Brexit"),
        ("Since he took office in January 2021, prices rose.", "he took office"),
    ],
)
def test_a_date_closing_an_event_takes_the_event(text: str, subject: str):
    assert date_subjects(text) == [subject]


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        # look-alikes: no word of time order before the phrase, a clause break, a verb of saying,
        # a number inside, or the date right after "since"
        # (fixwalk40-a: mended as a phrase, never a fragment ending on its preposition)
        ("Sales rose in August 2021.", "Sales rose"),
        ("The population of Texas in 2010 was high.", "population of Texas"),
        ("Since then, sales rose in 2019.", "then sales rose"),
        ("After talks, officials said in May 2020 that it would end.", "talks officials said"),
        ("Attacks have risen since August 2021.", "Attacks have risen"),
    ],
)
def test_look_alikes_of_dated_events_keep_the_words_before(text: str, subject: str):
    assert date_subjects(text) == [subject]


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        # fixwalk40-a: a date's subject of the words before it is a phrase: the pieces of other
        # figures taken out with the word before them, the function words at either end too
        ("The dam's record of 31.2C set on 4 February 2019 still stands.", "record set"),
        ("The mill posted a profit of R88.1 million for the year to March 31, 2026.", "year"),
        ("The loan the club took out in 2021 is due.", "club took out"),
        ("The union warned that 2027 would be hard.", "union warned"),
        ("Shares have fallen since May 2024.", "Shares have fallen"),
        ("Floods hit the valley on Ash Wednesday 1983.", "valley on Ash Wednesday"),
    ],
)
def test_a_dates_subject_is_a_phrase_not_a_fragment(text: str, subject: str):
    assert date_subjects(text) == [subject]


@pytest.mark.parametrize(
    ("body", "start", "expected"),
    [("the return of X to power in 2021", 28, True), ("since 2021", 6, True), ("rose 5% 2021", 8, False)],
)
def test_might_date_an_event(body: str, start: int, expected: bool):
    assert events.might_date_an_event(body, start) is expected


def test_an_event_phrase_is_read_at_most_event_words_back():
    long = "since " + " ".join(["word"] * events.EVENT_WORDS) + " in"
    assert events.event_subject(long.split()) == ""
    assert events.event_subject(("since " + " ".join(["word"] * (events.EVENT_WORDS - 1)) + " in").split())
