"""The codebook: its table titles promise only the columns the tables have."""

from __future__ import annotations

import pytest

from analysis.codebook import TABLE_TITLES, TABLES


@pytest.mark.parametrize("word", ["share", "currency", "purpose", "period", "baseline", "multiplier"])
def test_a_title_names_a_column_only_when_the_table_has_it(word: str):
    for name, title in TABLE_TITLES.items():
        if word in title.lower():
            assert any(word in column for column in TABLES[name]), (
                f"{name}: {title!r} names no {word!r} column"
            )
