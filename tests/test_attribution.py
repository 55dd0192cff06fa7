"""Who a sentence credits (analysis/attribution.py): names of any Latin, Greek or Cyrillic script."""

from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from analysis import attribution
from analysis.attribution import CUE_WORDS, cue_spans, sentence_attribution


@pytest.mark.parametrize(
    ("sentence", "credited"),
    [
        ("Sales rose 5 percent, Société Générale said.", "Société Générale"),
        ("Sales rose 5 percent, Élysée officials said.", "Élysée officials"),
        ("Łukasz Nowak said sales rose 5 percent.", "Łukasz Nowak"),
        ("Sales rose 5 percent, said Łukasz Nowak.", "Łukasz Nowak"),
        ('"Sales rose 5 percent," Ángela Pérez said.', "Ángela Pérez"),
        ("Sales rose 5 percent, Ωmega Analytics reported.", "Ωmega Analytics"),
        ("Sales rose 5 percent, said the Élysée.", "the Élysée"),
    ],
)
def test_a_name_opening_with_a_capital_of_any_script_is_credited_whole(sentence: str, credited: str):
    assert sentence_attribution(sentence) == credited


def test_a_lower_case_word_of_any_script_opens_no_name():
    assert sentence_attribution("Sales rose 5 percent, said élan.") == ""


@pytest.mark.parametrize(
    "sentence",
    [
        "Sales rose 5 percent, Société Générale said.",
        "Łukasz Núñez said sales rose 5 percent.",
        "Sales rose 5 percent, said Álvaro Núñez.",
        '"Sales rose 5 percent," Señora Pérez said.',
    ],
)
def test_a_name_typed_with_combining_marks_is_credited_whole(sentence: str):
    decomposed = unicodedata.normalize("NFD", sentence)
    assert decomposed != sentence
    credited = sentence_attribution(decomposed)
    assert unicodedata.normalize("NFC", credited) == sentence_attribution(sentence) != ""
    assert credited in decomposed  # as typed: the text is never normalised


# Cue words are found as plain strings (attribution.cue_spans): the same spans as a regex of the
# whole words, touching letters of any script, digits, "_", marks and number signs included.
_CUE_PIECES = st.sampled_from(
    [
        "said",
        "says",
        "According",
        "according",
        "shows",
        "ed",
        "x",
        "_",
        "é",
        "7",
        " ",
        "\u0301",
        "²",
        "٣",
        ".",
    ]
)
_RE_CUES = re.compile(rf"\b(?:{'|'.join(sorted(CUE_WORDS, key=len, reverse=True))})\b")


@given(st.lists(_CUE_PIECES, max_size=12).map("".join))
def test_cue_words_are_the_whole_words_a_word_boundary_regex_finds(text: str):
    assert cue_spans(text) == [m.span() for m in _RE_CUES.finditer(text)]


def test_a_cue_word_inside_a_longer_word_is_no_cue():
    assert cue_spans("The essays and the founder said so.") == [(27, 31)]


@pytest.mark.parametrize(
    ("sentence", "credited"),
    [
        ("Sales rose 5 percent,\n  the   Minister  of\tFinance said.", "the Minister of Finance"),
        ("Sales rose 5 percent, according to the ministry of.", "the ministry"),
        ("Sales rose 5 percent, according to Jane Smith and.", "Jane Smith"),
    ],
)
def test_a_credited_name_has_single_spaces_and_no_dangling_function_word(sentence: str, credited: str):
    assert sentence_attribution(sentence) == credited


@given(st.text(alphabet=" \t\n,.\"'“”abcdefhinorstAT", max_size=40))
def test_cleaning_a_name_collapses_white_space_strips_quotes_and_cuts_one_function_word(who: str):
    from analysis.attribution import _clean

    spaced = re.sub(r"\s+", " ", who).strip(" ,.;:\"'“”‘’")
    assert _clean(who) == re.sub(r"\s+(?:the|a|an|in|on|of|for|and)$", "", spaced)


_SAID_PIECES = st.sampled_from(
    ["The", "the", "Ministry", "ministry", "of", "within", "said", "says", "told", "has", "(WHO)", "think",
     "tank", "he", "officials", "company", "Ó", "x", "5", ",", '"', "é", "  ", "\n"]
)  # fmt: skip


@given(st.lists(_SAID_PIECES, max_size=14).map(" ".join))
def test_a_search_for_a_name_before_a_verb_is_skipped_only_where_it_finds_nothing(text: str):
    cues = cue_spans(text)
    for k, (verb_start, verb_end) in enumerate(cues):
        window = attribution.said_window(text, verb_start)
        if not any(attribution.may_end_name(text, window, s) for s, _ in cues[: k + 1] if s > window):
            assert attribution.RE_SUBJECT_SAID.search(text, window, verb_end) is None


def test_a_name_may_end_in_a_capital_word_or_a_lower_case_name_word_only():
    text = "the think tank said and the company said and Acme (ACM) has said"
    verbs = [start for start, _ in cue_spans(text)]
    assert [attribution.may_end_name(text, 0, v) for v in verbs] == [True, False, True]


@given(st.lists(_SAID_PIECES, max_size=14).map(" ".join), st.integers(0, 60))
def test_the_clause_subject_after_a_comma_is_the_whole_pattern_s_match(text: str, last: int):
    whole = attribution.RE_CLAUSE_SUBJECT.search(text, 0, last)
    split = attribution.RE_CLAUSE_SUBJECT.match(text, 0, last) or attribution._RE_CLAUSE_AFTER_COMMA.search(
        text, 1, last
    )
    assert (whole and whole.group("who")) == (split and split.group("who"))


@pytest.mark.parametrize(
    ("sentence", "credited"),
    [
        # an amount right after the verb is no name; a group named with digits is
        ("The minister, who toured the site on Friday, announced Shs3.4 billion for roads.", ""),
        ("The mayor, back from Lagos on Monday, pledged RM120 million to the fund.", ""),
        ("Trade will grow 3 percent, said the G20.", "the G20"),
    ],
)
def test_an_amount_after_a_speech_verb_is_credited_as_no_one(sentence: str, credited: str):
    assert sentence_attribution(sentence) == credited


@pytest.mark.parametrize(
    ("sentence", "credited"),
    [
        # a speaker's title and name in apposition before the verb: the name is credited
        ("About 600 jobs are at risk, the union's regional secretary, Tom Briggs, said.", "Tom Briggs"),
        (
            "The fund will invest €40 million in broadband, the agency's director, Sophie Laurent, said on Wednesday.",
            "Sophie Laurent",
        ),
        (
            "Exports rose 9 per cent, the ministry's spokesman, Joseph Mwangi, told reporters.",
            "Joseph Mwangi",
        ),
        ("Water use fell by 11 per cent, its chief executive, Ravi Menon, says.", "Ravi Menon"),
        ("Ticket sales reached 18,000, Lisbon's festival founder, Ines Duarte, said.", "Ines Duarte"),
        # a title and a name with no speech verb after them credit no one
        ("The mayor, Carla Ortiz, opened 3 new parks in the north of the city.", ""),
    ],
)
def test_a_name_in_apposition_to_a_title_before_the_verb_is_credited(sentence: str, credited: str):
    assert sentence_attribution(sentence) == credited
