"""Money given names a contribution to its recipient (analysis/figures/giving.py)."""

from __future__ import annotations

import pytest

from analysis.article import article_from_text
from analysis.extract import extract_figures
from analysis.figures import giving

from .test_subjects import subject_of


@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    [
        # an amount after a verb of giving with "to X" is a contribution to X, named by its giver
        (
            '"Proud that US has contributed $77M to UNHCR this year for these efforts," the envoy said.',
            "$77M",
            "US contribution to UNHCR this year",
        ),
        ("The government donated $5 million to the Red Cross.", "$5", "government donation to the Red Cross"),
        ("The EU has provided more than €40 million to Ukraine.", "€40", "EU contribution to Ukraine"),
        ("Norway pledged NOK 200 million to the fund.", "NOK", "Norway pledge to the fund"),
        (
            "The ministry allocated Rs 3 billion to the flood victims.",
            "Rs",
            "ministry allocation to the flood victims",
        ),
        (
            "It granted $2m to the local charities.",
            "$2m",
            "grant to the local charities",
        ),  # a pronoun names no giver
        ("Donors gave $9 million to the appeal.", "$9", "Donors contribution to the appeal"),
    ],
)
def test_money_given_to_a_recipient_is_a_contribution_to_it(text: str, quote: str, subject: str):
    assert subject_of(text, quote) == subject


@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    [
        # a second amount joined by "and" is given by the same verb
        (
            '"Proud that US has contributed $77M to UNHCR this year for these efforts, and $9M to IOM to '
            'respond to recent earthquakes," he said.',
            "$9M",
            "US contribution to IOM",
        ),
        (
            "The government donated $5 million to the Red Cross and $2 million to UNICEF.",
            "$2",
            "government donation to UNICEF",
        ),
    ],
)
def test_an_amount_joined_by_and_to_a_gift_is_a_gift_too(text: str, quote: str, subject: str):
    assert subject_of(text, quote) == subject


@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    [
        (
            "Japan gave $3 million to the fund, while Korea paid $2 million to Chad.",
            "$2",
            "Korea payment to Chad",
        ),
        (
            "The firm will pay 300,000 pesos ($5,200) to the family.",
            "$5,200",
            "firm payment to the family",
        ),
    ],
)
def test_money_paid_to_a_recipient_is_a_payment_to_it(text: str, quote: str, subject: str):
    assert subject_of(text, quote) == subject


@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    [
        # look-alikes: a purpose after "to", no recipient, a verb that gives nothing, another sentence
        ("It pledged $5m to rebuild the school.", "$5m", "to rebuild the school"),
        ("Korea gave $2 million.", "$2", "Korea gave"),
        ("The firm sold $3 million to investors.", "$3", "to investors"),
        ("Japan gave $3 million to the fund. Prices rose and $2 million went to Chad.", "$2", "went to Chad"),
        (
            "Japan gave $3 million to the fund, while Korea earned $2 million from Chad.",
            "$2",
            "earnings of Korea",
        ),
    ],
)
def test_look_alikes_of_giving_keep_their_subjects(text: str, quote: str, subject: str):
    assert subject_of(text, quote) == subject


@pytest.mark.parametrize(
    ("words", "stem"),
    [
        ("Proud that US has contributed", "US contribution"),
        ("The government has donated about", "government donation"),
        ("It gave", "contribution"),
        ("The fund received", ""),
        ("", ""),
    ],
)
def test_giving_stem(words: str, stem: str):
    assert giving.giving_stem(words.split()) == stem


def test_given_subject_needs_a_to_phrase():
    assert giving.given_subject("grant", "to the school .".split()) == "grant to the school"
    assert giving.given_subject("grant", "for the school .".split()) == ""
    assert giving.given_subject("grant", "to rebuild it".split()) == ""


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        # a verb of giving in the passive: its subject is the recipient
        (
            "The city's housing agency has been allocated $4.8 million to buy land.",
            "allocation to city's housing agency",
        ),
        ("The family was given $20,000 in compensation.", "contribution to family"),
        # "a further" between the verb and the amount; a plural noun after "to" is a recipient
        ("Regional banks will lend an extra $7 million to growers.", "Regional banks loan to growers"),
        # a verb's base form after "to" is a purpose, no recipient: the gift names it, with its giver
        (
            "The ministry will give $2 million to address the backlog.",
            "ministry contribution to address the backlog",
        ),
    ],
)
def test_gifts_in_the_passive_after_a_further_and_to_plural_recipients(text: str, subject: str):
    frame = extract_figures(article_from_text(text, "case"))
    assert frame["subject"].tolist()[0] == subject


def test_a_passive_gift_names_no_recipient_inside_a_prepositional_phrase():
    text = "A clerk who was sacked after 9 years with a delivery firm has been awarded $20,000 by a court."
    subjects = extract_figures(article_from_text(text, "case"))["subject"].tolist()
    assert not any("award to" in s for s in subjects)
