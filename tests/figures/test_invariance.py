"""Metamorphic invariances: the same figure written the ways different desks write it gives the same
value, unit and kind (only the quote and span may move). Every sentence is invented."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from analysis.article import article_from_text
from analysis.extract import extract_figures
from analysis.formats import format_value

from .corpus import Expected, figures_of

AGE = ("other", "count")

# thousands grouped by a comma, a thin space, a narrow no-break space or a no-break space
GROUPINGS = (",", "\u2009", "\u202f", "\u00a0")


def grouped(value: int, separator: str) -> str:
    """A whole number with its thousands grouped by `separator` ("12,500" -> "12\u2009500")."""
    return f"{value:,}".replace(",", separator)


def same_for_every_form(template: str, forms: list[str], expected: Expected) -> None:
    """Every form, put into the template, reads as `expected`."""
    for form in forms:
        assert figures_of(template.format(form)) == expected, form


@given(st.integers(min_value=1_000, max_value=999_999_999), st.sampled_from(GROUPINGS))
def test_every_thousands_grouping_reads_one_count(value: int, separator: str):
    text = f"Officials counted {grouped(value, separator)} ballots on Sunday."
    assert figures_of(text) == [(str(value), "count", "count")]


@given(
    st.integers(min_value=1_000, max_value=99_999_999),
    st.integers(min_value=0, max_value=99),
    st.sampled_from(GROUPINGS),
)
def test_every_thousands_grouping_reads_one_price_with_decimals(whole: int, cents: int, separator: str):
    text = f"Gold settled at ${grouped(whole, separator)}.{cents:02d} an ounce."
    value = whole + cents / 100
    [(got, unit, kind)] = figures_of(text)
    assert (float(got), unit, kind) == (value, "USD", "money")


@given(st.integers(min_value=2, max_value=99), st.sampled_from(["-", "\u2010", "\u2011", "\u2013"]))
def test_every_hyphen_of_an_age_reads_one_age(age: int, hyphen: str):
    text = f"The {age}{hyphen}year{hyphen}old driver was unhurt."
    assert figures_of(text) == [(str(age), *AGE)]


@given(
    st.sampled_from(["two", "three", "five", "ten", "4", "12", "48"]),
    st.sampled_from([("hour", "other"), ("day", "days"), ("year", "year")]),
    st.sampled_from(["-", "\u2010", "\u2011", "\u2013"]),
)
def test_every_hyphen_of_a_compound_span_reads_one_duration(number: str, span: tuple[str, str], hyphen: str):
    words = {"two": "2", "three": "3", "five": "5", "ten": "10"}
    text = f"Workers began a {number}{hyphen}{span[0]} stoppage on Monday."
    assert figures_of(text) == [(words.get(number, number), span[1], "duration")]


def test_every_form_of_an_age_in_years_reads_one_age():
    same_for_every_form(
        "Applicants must be {} to enrol.",
        ["at least 21 years old", "at least 21 years of age", "at least 21-years-old"],
        [("21", *AGE)],
    )


@given(
    st.integers(min_value=2, max_value=40),
    st.integers(min_value=1, max_value=30),
    st.sampled_from(["-", "–", " - ", " – ", " to "]),
)
def test_every_range_dash_of_an_age_range_reads_one_range(low: int, gap: int, dash: str):
    low, high = low * 2, low * 2 + gap
    assert figures_of(f"The suspect is about {low}{dash}{high} years old.") == [(f"{low}/{high}", *AGE)]


@given(st.integers(min_value=1, max_value=999), st.sampled_from(["m", " million", "mn", " mln"]))
def test_every_million_after_a_plural_noun_reads_one_count(value: int, scale: str):
    text = f"The utility said {value}{scale} households had no power."
    assert figures_of(text) == [(str(value * 1_000_000), "count", "count")]


@given(
    st.integers(min_value=1, max_value=20),
    st.integers(min_value=1, max_value=9),
    st.sampled_from(
        ["{a}-{b}%", "{a}%-{b}%", "{a}\u2013{b}%", "{a}%\u2013{b}%", "{a}-{b} per cent", "{a} to {b} percent"]
    ),
)
def test_every_range_form_of_a_growth_forecast_reads_one_range(low: int, gap: int, form: str):
    figure = form.format(a=low, b=low + gap)
    assert figures_of(f"Analysts expect growth of {figure} next year.") == [
        (f"{low}/{low + gap}", "percent", "percent_change")
    ]


@given(
    st.integers(min_value=5, max_value=40),
    st.integers(min_value=1, max_value=9),
    st.sampled_from(
        ["{a}-{b}C", "{a}\u2013{b}C", "{a}C-{b}C", "{a}C to {b}C", "{a} to {b}C", "{a}\u00b0C-{b}\u00b0C"]
    ),
)
def test_every_range_form_of_a_temperature_reads_one_range(low: int, gap: int, form: str):
    figure = form.format(a=low, b=low + gap)
    assert figures_of(f"Forecasters expect highs of {figure} on Friday.") == [
        (f"{low}/{low + gap}", "other", "other")
    ]


def test_every_form_of_half_a_million_reads_one_count():
    same_for_every_form(
        "{} pilgrims are expected.",
        ["Half a million", "Half-a-million", "Some 500,000", "Some 500\u2009000", "Some 0.5 million"],
        [("500000", "people", "count")],
    )


# What surrounds a sentence does not change its figures: a list's bullet or item number, a lead
# line above it, a byline, a headline-style line, an attribution with a colon, or hard-wrapped
# lines. The figures of each sentence alone are the expected answer.
SURROUNDED = (
    "Nine firefighters were treated for smoke inhalation after the blaze.",
    "The authority raised its key rate by 25 basis points to 4.75% on Tuesday.",
    "Exports of copper rose 6.5 percent to $2.1 billion in the year to June.",
    "Rainfall reached 112 millimetres in the hills over the weekend, forecasters said.",
    "Two of the injured were taken to hospital and three others were treated at the scene.",
    "The 42-year-old driver was fined £1,375 and banned from driving for 18 months.",
)
SURROUNDINGS = (
    "- {}",
    "• {}",
    "* {}",
    "1. {}",
    "3) {}",
    "Key points\n- {}",
    "Key points:\n\n• {}",
    "By Amaka Obi, Business Reporter\n{}",
    "Harbour Traffic Slows As Winter Sets In\n{}",
    "LONDON (Reuters) - {}",
    'An official said: "{}"',
    "The update was blunt: {}",
)


def wrapped(text: str, width: int) -> str:
    """The text hard-wrapped to lines of at most `width` characters (breaks between words)."""
    lines: list[str] = []
    line = ""
    for word in text.split(" "):
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    return "\n".join([*lines, line])


@given(st.sampled_from(SURROUNDED), st.sampled_from(SURROUNDINGS))
def test_a_sentences_surroundings_leave_its_figures_alone(sentence: str, surrounding: str):
    assert figures_of(surrounding.format(sentence)) == figures_of(sentence)


@given(st.sampled_from(SURROUNDED), st.integers(min_value=50, max_value=90))
def test_hard_wrapped_lines_leave_a_sentences_figures_alone(sentence: str, width: int):
    assert figures_of(wrapped(sentence, width)) == figures_of(sentence)


def rows_of(text: str) -> list[tuple[int, int, str, str, str]]:
    """(start, end, value, unit, kind) of every figure the engine reads in a text, in text order."""
    frame = extract_figures(article_from_text(text, "case"))
    return [(r.start, r.end, format_value(r.value), r.unit, r.kind) for r in frame.itertuples()]


# A dotted capital I ("İ", U+0130: a Turkish name such as "İzmir", or every I of a text a program set
# in capitals in a Turkish locale) reads as a plain I does: str.lower makes two characters of it, and
# the figures after it once lost their offsets ("(6.4)" quoted as ".4)") or the text its figures (a
# case-blind "MİNUTES" was no key of the units' table).
DOTTED_OPENERS = ("İzmir: {}", "From İstanbul, İlhan Demir writes: {}", "{} (İHA)")


@pytest.mark.parametrize("sentence", SURROUNDED)
def test_a_dotted_capital_i_reads_as_a_plain_one(sentence: str):
    for opener in DOTTED_OPENERS:
        text = opener.format(sentence)
        assert rows_of(text) == rows_of(text.replace("İ", "I")), text
    capitals = sentence.upper()
    assert rows_of(capitals.replace("I", "İ")) == rows_of(capitals), capitals


@pytest.mark.parametrize("sentence", SURROUNDED)
def test_a_dotless_i_or_a_long_s_reads_as_a_plain_letter(sentence: str):
    # a Turkish-locale lower case ("mınutes") or old print's long s ("ſeconds"): a word matched
    # case-blind was no key of its table when lowered (KeyError)
    assert rows_of(sentence.replace("i", "ı")) == rows_of(sentence)
    assert rows_of(sentence.replace("s", "ſ")) == rows_of(sentence)
