"""Noun phrases read around a figure (analysis/figures/noun_phrases.py)."""

from __future__ import annotations

import re
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from analysis.figures import noun_phrases as NP
from analysis.figures.words import RE_TOKEN
from analysis.letters import LETTER


def test_a_purpose_is_not_a_recipient_but_a_named_receiver_is():
    assert NP.recipient("to enhance the capacity".split()) == []
    assert NP.recipient("to the treasury .".split()) == ["to", "the", "treasury"]


def test_approximation_phrases_are_stripped_whole():
    assert NP.without_approx("the total of more than".split()) == ["the", "total", "of"]
    assert NP.without_approx("a budget of".split()) == ["a", "budget", "of"]
    assert NP.without_approx("rose to just over".split()) == ["rose", "to"]
    assert NP.without_approx("Upwards of".split()) == []
    assert NP.without_approx("rose up to".split()) == ["rose"]
    assert NP.without_approx("fell to".split()) == ["fell", "to"]


APPROX_PIECES = tuple(sorted({w for p in NP.APPROX_WORDS for w in p.split()} | {"rose", "Up", "AS"}))


@given(st.lists(st.sampled_from(APPROX_PIECES), max_size=8))
def test_approximation_phrases_are_stripped_as_matched_one_by_one(words: list[str]):
    """The cheap test on the word before a last word changes nothing: each phrase that ends the
    words is taken off, longest first, until none does."""
    expected = list(words)
    while True:
        lower = [w.lower() for w in expected]
        ends = [p for p in NP.APPROX_WORDS if lower[-len(p.split()) :] == p.split()]
        if not ends:
            break
        expected = expected[: -len(max(ends, key=len).split())]
    assert NP.without_approx(words) == expected


@pytest.mark.parametrize(
    ("words", "head"),
    [
        ("The net profit of the region's biggest appliance and tool maker", "net profit"),
        ("the number of recorded violent crimes", "number of recorded violent crimes"),
        ("Total industry volume in July 2023", "Total industry volume"),
        ("Deaths from shooting", "Deaths from shooting"),
        # an amount's glued scale letter is no word of the head ("The £2.5m pavilion")
        ("The £ 2.5 m pavilion", "pavilion"),
        ("The $ 7 bn plan", "plan"),
        ("it", ""),
        ("the units", ""),
    ],
)
def test_head_of_a_noun_phrase(words: str, head: str):
    assert NP.head_of(words.split()) == head


@pytest.mark.parametrize(
    ("words", "found"),
    [
        ("Operating profit plunged", ("Operating profit", "verb")),
        ("The unemployment rate stood at", ("unemployment rate", "link")),
        ("The EU's emergency funding of", ("EU's emergency funding", "of")),
        ("This aid package , worth", ("aid package", "link")),
        ("52 per cent of the", ("", "of")),
        ("Officials said", ("", "")),
        # a change noun used as the verb: its object is what changed
        ("The central bank cut rates by", ("rates", "verb")),
        ("will cut prices by", ("prices", "verb")),
        ("a sharp drop in sales by", ("", "")),
        # a participle that gives a noun's value links it to the figure; not one that takes an
        # object or works as a preposition
        ("Losses exceeding", ("Losses", "link")),
        ("Salaries averaging", ("Salaries", "link")),
        ("Estimates ranging between", ("Estimates", "link")),
        ("Companies employing", ("", "")),
        ("Information concerning these", ("", "")),
        ("Staff including", ("", "")),
        # a transitive verb of change: its object is what changed, in every inflection
        ("its vote to raise mortgage rates by", ("mortgage rates", "verb")),
        ("The lender trims its fees by", ("fees", "verb")),
        ("Officials plan to reduce emissions by", ("emissions", "verb")),
        # a change noun between a noun and a link word ends the phrase; not after a determiner,
        # and not before another change word
        ("The tax hikes were worth", ("tax hikes", "link")),
        ("The annual pay raise was", ("annual pay raise", "link")),
        ("The boost was", ("", "verb")),
        ("The firm's profits rose", ("firm's profits", "verb")),
        # a time adverb inside a passive; a verb of need or expectation and "to" before the change
        ("The trade deficit is now projected at", ("trade deficit", "link")),
        ("Tourist numbers would need to grow by", ("Tourist numbers", "verb")),
        ("Bus fares are expected to rise", ("Bus fares", "verb")),
        ("Adults need", ("", "")),
        # a clause joined by "and" to a figure's own: the noun of the first clause
        ("She earned 12 points and is likely to climb to", ("points", "verb")),
        # a limiting adverb after a link, and a relative clause between the noun and its link
        ("The reservoir , which feeds the city and its farms , stood at just", ("reservoir", "link")),
    ],
)
def test_what_the_words_before_a_figure_measure(words: str, found: tuple[str, str]):
    assert NP.measured_before(words.split()) == found


def test_a_noun_phrase_read_backwards_stops_at_a_verb_of_saying_and_skips_brackets():
    assert NP.noun_phrase_before("Officials said the gross ( adjusted ) output".split()) == [
        "the",
        "gross",
        "output",
    ]


def test_a_verb_of_saying_that_is_a_plural_noun_heads_a_phrase_only_at_its_end():
    assert NP.noun_phrase_before(["Official", "estimates"]) == ["Official", "estimates"]
    assert NP.noun_phrase_before("The IMF estimates inflation".split()) == ["inflation"]


def test_a_noun_phrase_opens_at_its_determiner_after_a_figure_and_its_preposition():
    words = "will pocket 80,000 dollars from a record purse".split()
    assert NP.noun_phrase_before(words) == ["a", "record", "purse"]
    # ... but a preposition inside a phrase with no figure before it keeps it going
    assert NP.noun_phrase_before("the cuts for the group".split()) == "the cuts for the group".split()


def test_an_aside_set_off_by_commas_is_left_out():
    assert NP.without_aside("The company , which employs 4,000 people ,".split()) == ["The", "company"]
    assert NP.without_aside("Exports to China , its biggest market ,".split()) == ["Exports", "to", "China"]
    long_aside = "The reservoir , which feeds the turbines of all three power stations downstream ,"
    assert NP.without_aside(long_aside.split()) == ["The", "reservoir"]
    assert NP.without_aside("Sales , profit and revenue ,".split()) == "Sales , profit and revenue ,".split()


def test_lists_of_nouns_share_a_plural_head_written_once():
    assert NP.list_parts("South and West regions".split()) == ["South regions", "West regions"]
    assert NP.list_parts("sales and net income".split()) == ["sales", "net income"]


def test_a_window_of_a_tokenised_sentence_rereads_the_words_it_cuts():
    body = "The multi-unit starts rose 1,234.5 per cent."
    sentence = NP.tokenise(body, 0, len(body))
    assert NP.tokens_in(sentence, body, 6, 30) == ["lti-unit", "starts", "rose", "1,2"]
    assert NP.tokens_in(sentence, body, 24, 4) == []


def test_a_window_that_cuts_a_word_reads_on_as_the_window_itself_would():
    body = "xx well-know'n yy"
    sentence = NP.tokenise(body, 0, len(body))
    assert sentence.words == ["xx", "well-know'n", "yy"]  # a hyphened part keeps its apostrophe
    assert NP.tokens_in(sentence, body, 8, len(body)) == NP.tokens(body, 8, len(body)) == ["know'n", "yy"]


TOKEN_TEXT = st.text(alphabet="ab'’-1,.9 $%()_é", max_size=40)


@given(TOKEN_TEXT, st.integers(0, 45), st.integers(0, 45), st.integers(0, 45), st.integers(0, 45))
def test_a_window_of_a_tokenised_stretch_reads_as_the_window_itself(text, a, b, c, d):
    s_start, s_end = sorted((min(a, len(text)), min(b, len(text))))
    sentence = NP.tokenise(text, s_start, s_end)
    assert NP.tokens_in(sentence, text, c, d) == NP.tokens(text, c, d)


PHRASE_WORDS = (
    *"the a its of in to by at from between with and , ( ) Sales profit rates prices Estimates".split(),
    *"cut rose fell was stood ranging exceeding including concerning these said estimates IMF 5".split(),
    *"raise hikes lift trimmed tax pay were worth".split(),
)


@given(
    st.lists(st.sampled_from((*PHRASE_WORDS, "nearly", "more", "than", "sharply", "Italy", "%")), max_size=30)
)
def test_words_that_end_plainly_are_read_as_naming_nothing_at_once(words: list[str]):
    assert NP.measured_before(words) == NP._read_measured(words)


@given(st.lists(st.sampled_from(PHRASE_WORDS), max_size=30))
def test_what_the_words_before_a_figure_measure_is_made_of_those_words(words: list[str]):
    head, mode = NP.measured_before(words)
    assert mode in ("", "of", "verb", "link")
    assert set(head.split()) - {"of"} <= set(words)


def test_every_letter_and_space_is_read_as_the_token_pattern_reads_it():
    """What token_runs and word_runs rely on: str.isalpha() letters are LETTER's, str.split() spaces are \\s."""
    letter, space = re.compile(LETTER), re.compile(r"\s")
    everything = "".join(map(chr, range(sys.maxunicode + 1)))
    assert all(letter.fullmatch(c) for c in everything if c.isalpha())
    assert [c for c in everything if c.isspace()] == space.findall(everything)


WINDOW_TEXT = st.text(alphabet="ab'’-1,.9 \u00a0\t$%()_éß²Ⅻ\u0301;:!?[]\"“”", max_size=40)


@given(WINDOW_TEXT, st.integers(0, 45), st.integers(0, 45))
def test_a_window_reads_as_the_token_pattern_reads_it(text, a, b):
    assert NP.tokens(text, a, b) == RE_TOKEN.findall(text, a, b)


@given(st.text(max_size=30), st.integers(0, 35), st.integers(0, 35))
def test_a_window_of_any_characters_reads_as_the_token_pattern_reads_it(text, a, b):
    assert NP.tokens(text, a, b) == RE_TOKEN.findall(text, a, b)


GLUED_TEXT = st.text(alphabet="ab'’-é\u0301ß1. ", max_size=20)  # apostrophes and hyphens inside runs


@given(GLUED_TEXT)
def test_runs_of_letters_apostrophes_and_hyphens_read_as_the_patterns_read_them(text):
    assert NP.token_runs(text) == RE_TOKEN.findall(text)
    assert NP.word_runs(text) == NP.RE_WORD.findall(text)


def test_a_possessive_or_hyphened_run_is_one_token_and_a_loose_sign_is_not():
    assert NP.token_runs("world's pre-tax year’s students'") == ["world's", "pre-tax", "year’s", "students'"]
    loose = "'tis well- -known a--b rock-n'roll"
    assert NP.token_runs(loose) == RE_TOKEN.findall(loose)
    assert NP.token_runs("rock-n'roll") == ["rock-n'roll"]  # a hyphened part's apostrophe, as "Coca-Cola's"
    assert NP.token_runs("rock-'n'-roll") == ["rock", "-", "'", "n'-roll"]  # a part never opens on one


@given(WINDOW_TEXT)
def test_the_words_of_a_phrase_are_the_word_pattern_s(text):
    assert NP.word_runs(text) == NP.RE_WORD.findall(text)


@given(st.text(max_size=30))
def test_the_words_of_any_characters_are_the_word_pattern_s(text):
    assert NP.word_runs(text) == NP.RE_WORD.findall(text)


@given(WINDOW_TEXT)
def test_a_phrase_holds_a_content_word_when_it_has_content_words(text):
    assert NP.has_content_word(text) == bool(NP.content_words(text))


@given(st.lists(st.sampled_from((*PHRASE_WORDS, "up", "nearly", "Sales,", "(profit", "1,480.")), max_size=12))
def test_tokens_hold_a_content_word_as_their_phrase_does(words):
    assert NP.runs_have_content(words) == bool(NP.content_words(" ".join(words)))


def test_a_content_word_is_found_after_small_words():
    assert NP.has_content_word("was up by about 5% in sales")
    assert not NP.has_content_word("was up by about 5%")


def test_a_letter_and_number_name_after_a_figure_is_kept_whole():
    """A road's or a line's name of a capital and digits, which the tokens split ("M6", "E39")."""
    assert NP.noun_after(["M", "6", "line", "in", "2028"]) == ["M6", "line"]
    assert NP.noun_after(["E", "39", "road"]) == ["E39", "road"]
    assert NP.noun_after(["pupils", "in", "2026"]) == ["pupils"]


# fixwalk36-c: a subject cut by the figures taken out of it ends on, or holds before "and", a
# function word; a month written "May" is no modal
@pytest.mark.parametrize(
    ("subject", "cut"),
    [
        ("sales of and operating profit", True),
        ("staff of will", True),
        ("fares doubled from in", True),
        ("can", False),
        ("operating profit", False),
        ("sales and profit", False),
        ("year of the harvest in May", False),
        ("", False),
    ],
)
def test_a_cut_phrase_ends_on_a_function_word(subject: str, cut: bool):
    assert NP.is_cut_phrase(subject) is cut


@pytest.mark.parametrize(
    ("subject", "joined", "mended"),
    [
        ("sales of and operating profit", True, "sales"),
        ("sales of and operating profit", False, "operating profit"),
        ("the harbour fee for the", False, "the harbour fee"),
        ("of the", False, ""),
        # a name cut before the name joined to it is not mended into a whole-looking wrong subject
        ("earnings of Premier League and", False, "earnings of Premier League and"),
    ],
)
def test_a_cut_subject_keeps_its_own_part(subject: str, joined: bool, mended: str):
    assert NP.uncut(subject, joined) == mended
