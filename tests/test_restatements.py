"""Which archive articles restate the seed's figures, credited to whom, in what order."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.archive import archive_metadata
from analysis.dataset import read_dataset
from analysis.paths import DEV_ARCHIVE, DEV_ARCHIVE_FIGURES
from analysis.restatements import NO_ONE, restatements, tracked_figures


@pytest.fixture(scope="module")
def tracked(seed):
    return tracked_figures(seed)


@pytest.fixture(scope="module")
def found(tracked):
    return restatements(read_dataset(DEV_ARCHIVE_FIGURES), tracked, archive_metadata([DEV_ARCHIVE]))


def test_tracked_figures_are_the_seed_attack_rises_and_aid(tracked):
    assert list(tracked["value"]) == ["60", "500", "77000000", "9000000"]
    assert list(tracked["unit"]) == ["percent", "percent", "USD", "USD"]
    assert list(tracked["figure"]) == [
        "60 per cent rise in terrorist attacks",
        "500 per cent rise in suicide attacks",
        "$77M to UNHCR",
        "$9M to IOM",
    ]


def test_only_the_seed_and_its_excerpts_restate_them(found):
    assert list(dict.fromkeys(found["article"])) == ["dev-seed"] + [
        f"dev-seed--excerpt-{k}" for k in range(1, 5)
    ]


def test_order_is_the_order_of_the_text(found):
    reversed_excerpt = found[found["article"] == "dev-seed--excerpt-2"]
    assert list(reversed_excerpt["order"]) == [1, 2, 3, 4]
    assert list(reversed_excerpt["figure"])[:2] == ["$77M to UNHCR", "$9M to IOM"]


def test_credit_is_the_sentence_attribution_or_no_one(found):
    seed_rows = found[found["article"] == "dev-seed"].set_index("figure")["attribution"]
    assert seed_rows["$77M to UNHCR"] == "the US special envoy"
    assert seed_rows["60 per cent rise in terrorist attacks"] == NO_ONE


def test_a_value_in_another_unit_is_not_a_restatement(tracked):
    figures = pd.DataFrame(
        [
            {"article": "x", "sentence": 0, "start": 0, "end": 3, "quote": "60%", "value": "60"}
            | {"unit": "percent", "kind": "percentage_share", "attribution": ""},
            {"article": "x", "sentence": 0, "start": 9, "end": 12, "quote": "$9M", "value": 9000000}
            | {"unit": "USD", "kind": "money", "attribution": "a"},
        ]
    )
    articles = pd.DataFrame({"article": ["x"], "title": ["T"], "outlet": [None], "published": [None]})
    found = restatements(figures, tracked, articles)
    assert list(found["figure"]) == ["$9M to IOM"] and list(found["order"]) == [1]
