from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from analysis.alternation import grouped_alternation


def test_the_longest_word_wins():
    pattern = re.compile(grouped_alternation(["R", "RM", "R$", "Rs", "Rs."]))
    assert [pattern.match(t).group() for t in ("RM5", "Rs. 5", "Rs 5", "R$3", "R5")] == [
        "RM",
        "Rs.",
        "Rs",
        "R$",
        "R",
    ]


def test_folded_groups_match_any_case_inside_an_ignore_case_group():
    pattern = re.compile(f"(?i:{grouped_alternation(['Naira', 'naira', 'Won'], ignore_case=True)})")
    assert pattern.fullmatch("NAIRA") and pattern.fullmatch("won")


@given(st.lists(st.text(min_size=1, max_size=6), min_size=1, max_size=12))
def test_same_language_as_a_plain_alternation(words):
    grouped = re.compile(f"(?:{grouped_alternation(words)})")
    for word in words:
        match = grouped.match(word)
        assert match is not None
        assert match.group() == max((w for w in words if word.startswith(w)), key=len)


@given(
    st.lists(st.text(alphabet="abAB .$", min_size=1, max_size=5), min_size=1, max_size=12),
    st.text(alphabet="abAB .$x", max_size=40),
)
def test_same_matches_as_a_plain_alternation_longest_first_whatever_follows(words, text):
    """The trie tries the words that match at a place longest first, as the plain alternation
    does, so a pattern going on after it (here: no letter next) finds the same matches."""
    plain = "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))
    found = [m.span() for m in re.finditer(f"(?:{grouped_alternation(words)})(?![ab])", text)]
    assert found == [m.span() for m in re.finditer(f"(?:{plain})(?![ab])", text)]
