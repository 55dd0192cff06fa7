from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from analysis.figures import numbers as N


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("one", 1),
        ("seven", 7),
        ("eleven", 11),
        ("twenty-five", 25),
        ("ninety nine", 99),
        ("a dozen", 12),
        ("half a dozen", 6),
        ("half-a-dozen", 6),
        ("three hundred", 300),
        ("three hundred and six", 306),
        ("two thousand", 2000),
        ("a hundred", 100),
    ],
)
def test_word_numbers(text: str, value: int):
    assert N.parse_word_number(text) == value


@pytest.mark.parametrize(
    ("number", "scale", "value"),
    [
        ("1,67,929", None, 167929),
        ("24,822", None, 24822),
        ("6.3", None, 6.3),
        ("8.2", "million", 8_200_000),
        ("2.5", "mn", 2_500_000),
        ("103", "billion", 103_000_000_000),
        ("77", "M", 77_000_000),
        ("3", "bn", 3_000_000_000),
        ("1.5", "lakh", 150_000),
        ("500", "crore", 5_000_000_000),
        ("2", "lakh crore", 2_000_000_000_000),
        ("1.5", "arba", 1.5e9),
        ("3", "kharba", 3e11),
        ("4", "tr", 4e12),
        ("71.2", "trn", 71.2e12),
        ("3.4", "trln", 3.4e12),
        ("2.1", "bln", 2.1e9),
        ("five", "million", 5_000_000),
    ],
)
def test_amounts_with_scales(number: str, scale: str | None, value: float):
    assert N.parse_amount(number, scale) == pytest.approx(value, rel=1e-12)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("a million", 1e6),
        ("half a million", 5e5),
        ("a quarter of a billion", 2.5e8),
        ("three-quarters of a million", 7.5e5),
        ("three quarters of a billion", 7.5e8),
        ("a half-million", 5e5),
        ("one-and-a-half million", 1.5e6),
    ],
)
def test_article_scale_phrases(text: str, value: float):
    assert N.parse_a_scale(text) == value


@pytest.mark.parametrize(("name", "month"), [("Dec.", 12), ("Sept", 9), ("May", 5), ("AUGUST", 8)])
def test_month_names(name: str, month: int):
    assert N.month_number(name) == month


@given(st.integers(min_value=0, max_value=10**15))
def test_grouped_digits_parse_back(value: int):
    assert N.parse_amount(f"{value:,}") == value


@given(st.integers(min_value=0, max_value=10**9), st.sampled_from(["million", "billion", "crore", "lakh"]))
def test_scale_is_exact_for_decimals(whole: int, scale: str):
    text = f"{whole / 10:.1f}"
    expected = int(round(whole * N.scale_value(scale) / 10))
    assert N.normalise_number(N.parse_amount(text, scale)) == expected


@given(st.integers(min_value=1, max_value=99))
def test_word_numbers_round_trip(value: int):
    units = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
    teens = [
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
    ]
    tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
    if value < 10:
        text = units[value]
    elif value < 20:
        text = teens[value - 10]
    else:
        text = tens[value // 10] + ("-" + units[value % 10] if value % 10 else "")
    assert N.parse_word_number(text) == value


@given(
    st.integers(min_value=0, max_value=10**12),
    st.integers(min_value=0, max_value=6),
    st.sampled_from([None, "million", "bn", "lakh", "crore", "trillion"]),
)
def test_decimal_amounts_match_exact_decimal_arithmetic(digits: int, places: int, scale: str | None):
    """parse_amount's integer arithmetic gives what exact Decimal arithmetic gives: the same type
    (int when whole) and the same value (the float nearest the exact value otherwise)."""
    text = str(digits).rjust(places + 1, "0")
    if places:
        text = f"{text[:-places]}.{text[-places:]}"
    exact = Decimal(text) * N.scale_value(scale)
    expected = int(exact) if exact == exact.to_integral_value() else float(exact)
    value = N.parse_amount(text, scale)
    assert value == expected
    assert type(value) is type(expected)


def test_whole_amounts_are_exact_ints_beyond_float_precision():
    value = N.parse_amount("999,999,999,999,999", "trillion")
    assert value == 999_999_999_999_999 * 10**12
    assert isinstance(value, int)


@pytest.mark.parametrize(
    ("run", "beyond"),
    [
        ("123456789012345", False),
        ("1,234,567,890.12345", False),
        ("0.000000000000001", False),
        ("1234567890123456", True),
        # zeros that end a fraction add no precision ("3.0410000000000000 million", a compound)
        ("3.04100000000000000000000", False),
        ("3.04100000000000000000001", True),
        ("12345678901234567891", True),
        ("1,234,567,890,123,456,789", True),
        ("9" * 400, True),
    ],
)
def test_digit_runs_longer_than_a_float_keeps(run: str, beyond: bool):
    assert N.beyond_float(run) is beyond


UNITS = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def _below_thousand(value: int, joiner: str) -> str:
    """English words for 1..999 ("six hundred forty-two", or with " and ")."""
    hundreds, rest = divmod(value, 100)
    if rest < 10:
        small = UNITS[rest]
    elif rest < 19:
        small = TEENS[rest - 10]
    elif rest == 19:
        small = "nineteen"
    else:
        small = TENS[rest // 10] + ("-" + UNITS[rest % 10] if rest % 10 else "")
    if not hundreds:
        return small
    return f"{UNITS[hundreds]} hundred" + (f"{joiner}{small}" if small else "")


@given(st.integers(min_value=1, max_value=999_999), st.sampled_from([" ", " and "]))
def test_word_numbers_up_to_a_million_are_read_whole(value: int, joiner: str):
    thousands, rest = divmod(value, 1000)
    parts = [f"{_below_thousand(thousands, joiner)} thousand"] if thousands else []
    if rest:
        parts.append(_below_thousand(rest, joiner))
    text = " ".join(parts)
    assert N.WORD_NUMBER_RE.fullmatch(text)
    assert N.parse_word_number(text) == value


@given(st.integers(min_value=1, max_value=9999), st.integers(min_value=-30, max_value=12))
def test_scientific_notation_parses_back(mantissa: int, exponent: int):
    text = f"{mantissa / 1000:.3f}×10{'−' if exponent < 0 else '^'}{abs(exponent)}"
    match = N.RE_SCIENTIFIC.fullmatch(text)
    assert match
    value = N.parse_scientific(match.group("mant"), match.group("e1") or match.group("e3"))
    assert value == pytest.approx(mantissa / 1000 * 10.0**exponent, rel=1e-12)


@pytest.mark.parametrize("text", ["a 2 x 10 grid", "3×10 table", "the 1×10"])
def test_times_ten_without_an_exponent_is_not_scientific(text: str):
    assert N.RE_SCIENTIFIC.search(text) is None


@pytest.mark.parametrize(
    ("low", "high_text", "high", "scale", "value"),
    [
        ("2", "3", 3_000_000, "million", 2_000_000),
        ("four", "five thousand", 5000, None, 4000),
        ("four thousand", "five thousand", 5000, None, 4000),
        ("45", "50", 50, None, 45),
        ("two", "three hundred", 300, None, 200),
    ],
)
def test_range_low_takes_the_scale_written_once(
    low: str, high_text: str, high: int, scale: str | None, value: int
):
    assert N.range_low(low, high_text, high, scale) == value


@pytest.mark.parametrize(
    ("text", "follower"),
    [
        ("5 people", "people"),
        ("1,250,000 dollars", "dollars"),
        ("3.5\n\npercent", "percent"),
        ("45%", "%"),
        ("10-15", "-"),
        ("7km/h", "km"),
        ("100元", "元"),
        ("5", ""),
    ],
)
def test_follower_is_the_word_or_sign_after_the_number(text: str, follower: str):
    assert N.follower(text, 0) == follower


def test_followers_whole_words_pass_only_themselves():
    test = N.Followers(("percent", "per cent", "%", "km/h"))
    assert test("percent") and test("PerCent") and test("per") and test("%") and test("km")
    assert not test("people") and not test("percentage") and not test("pe") and not test("")


def test_followers_glued_words_pass_what_begins_with_them():
    test = N.Followers((), starts=("million",))
    assert test("million") and test("millionkm")
    assert not test("mill") and not test("people")


def test_followers_three_letter_codes_are_upper_case():
    test = N.Followers(("dollars",), three_letter_codes=True)
    assert test("USD") and test("dollars")
    assert not test("the") and not test("Usd")


def test_followers_pass_what_they_cannot_judge():
    assert N.Followers(("rupees",))("złoty")  # letters outside ASCII
    assert N.Followers(("K",)).everything is False
    assert N.Followers(("\u212a",)).everything  # Kelvin's K matches "k" when case is ignored
    assert N.Followers((".5",)).everything  # a word a number run could swallow


WORDS = ["percent", "per cent", "km/h", "%", "-", "dollars", "million", "USD", "m", "złoty"]


@given(
    st.sampled_from(WORDS),
    st.sampled_from(["", " ", "  ", "\n"]),
    st.sampled_from(["", ".", " ", ")", "s", "x"]),
)
def test_followers_never_reject_a_listed_word(word: str, space: str, after: str):
    """Whatever is written after a listed word, the follower of the number before it passes."""
    test = N.Followers(WORDS, starts=("million",), three_letter_codes=True)
    text = f"12{space}{word}{after}"
    if word[0].isalpha() and after.isalpha() and word not in ("million",):
        return  # letters glued after a whole word make another word, which the pattern rejects too
    assert test(N.follower(text, 0))


@given(st.text(alphabet="0123456789, .\n\t\u2003abc%$€-_٣", max_size=80))
def test_digit_runs_are_the_runs_of_digits_with_their_followers(text):
    assert N.digit_runs(text) == [
        (m.start(), m.end(), N.follower(text, m.start())) for m in N.RE_DIGIT_RUN.finditer(text)
    ]


@given(st.text(alphabet="0123456789, .\n٣é?a", max_size=60))
def test_number_lists_found_with_bytes_find_are_the_pattern_s(text):
    assert [m.span() for m in N.number_lists(text)] == [m.span() for m in N.RE_NUMBER_LIST.finditer(text)]


def test_the_runs_of_a_list_of_numbers_share_the_follower_after_it():
    text = ", ".join(str(i) for i in range(5)) + " people"
    assert N.digit_runs(text) == [(i, i + 2 if i < 12 else 13, "people") for i in (0, 3, 6, 9, 12)]


def test_followers_passing_is_the_set_that_passes():
    test = N.Followers(("percent", "per cent", "%"))
    assert test.passing({"percent", "people", "%", ""}) == {"percent", "%"}
    assert test.passing({"people", "per"}) == {"per"}  # judged before or now: the same answer


def test_followers_remember_a_bounded_number(monkeypatch):
    monkeypatch.setattr(N, "MAX_KNOWN_FOLLOWERS", 3)
    test = N.Followers(("percent",))
    assert test.passing({"percent", "a", "b"}) == {"percent"}
    assert test.passing({"percent", "c", "d"}) == {"percent"}  # over the bound: forgotten, judged again
    assert len(test._seen) <= 3


@pytest.mark.parametrize(
    ("text", "value"), [("7", 7), ("0042", 42), ("٣٤", 34), ("12345678901234", 12345678901234)]
)
def test_plain_digits_of_any_script_are_their_whole_number(text: str, value: int):
    parsed = N.parse_amount(text)
    assert parsed == value and type(parsed) is int


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("had 2 1/2 sacks", "had 2.500 sacks"),
        ("14 1/2 for the season", "14.500 for the season"),
        ("a 3 3/4-mile walk", "a 3.750-mile walk"),
        ("served 2½ years", "served 2.5years"),
        ("a 6¼-inch nail", "a 6¼-inch nail"),  # no room for ".25": left as written
        # bare fractions, dates and codes with a slash are left as they are
        ("take 1/2 pound", "take 1/2 pound"),
        ("on 3/4/2025", "on 3/4/2025"),
        ("route 9 1/2a", "route 9 1/2a"),
        ("7 5/8 inches", "7 5/8 inches"),
    ],
)
def test_mixed_numbers_read_as_decimals_of_the_same_length(text: str, read: str):
    assert N.mixed_as_decimals(text) == read


@given(st.text(alphabet="0123456789 1/2½¼¾-ab.,", max_size=40))
def test_mixed_number_reading_keeps_every_offset(text: str):
    assert len(N.mixed_as_decimals(text)) == len(text)


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("delivered 2 million 140 thousand tons", "delivered 2.140000000000 million tons"),
        ("holds 1 billion 200 million cubic metres", "holds 1.20000000000 billion cubic metres"),
        ("set at 12 crore 40 lakh rupees", "set at 12.4000000 crore rupees"),
        ("recorded 2 lakh 35 thousand new voters", "recorded 2.35000000000 lakh new voters"),
        ("produced 45 thousand 600 tons", "produced 45.600 thousand tons"),
        ("with 3 million 41 thousand 300 tons", "with 3.041300000000000 million tons"),
        ("spent N2 billion 400 million", "spent N2.40000000000 billion"),
        (
            "counted one million two hundred thousand ballots",
            "counted 1.2000000000000000000000 million ballots",
        ),
        ("Two billion three hundred million people", "2.30000000000000000000000 billion people"),
        ("pays two lakh fifty thousand rupees", "pays 2.5000000000000000 lakh rupees"),
        ("fined Rs 1 crore 5 lakh.", "fined Rs 1.050000 crore."),
        # look-alikes: a comma or "and" between the parts, a year or a count with no smaller
        # scale word after the scale, parts that do not fall below the scale before them
        ("from 3 million, 41 thousand units", "from 3 million, 41 thousand units"),
        ("between 2 million and 3 million", "between 2 million and 3 million"),
        ("lent 1 million 2026 was", "lent 1 million 2026 was"),
        ("sold 2 million 2025 models", "sold 2 million 2025 models"),
        ("owed 5 million 2 years ago", "owed 5 million 2 years ago"),
        ("owed 7 thousand 3 years ago", "owed 7 thousand 3 years ago"),
        ("rose 2 million 3 million", "rose 2 million 3 million"),
        ("paid 1 lakh 500 rupees", "paid 1 lakh 500 rupees"),
        ("sold two million one year later", "sold two million one year later"),
    ],
)
def test_compound_numbers_read_as_decimals_of_the_same_length(text: str, read: str):
    assert N.compounds_as_decimals(text) == read


@given(st.text(alphabet="0123456789 ,.-abmilonthusdcrek", max_size=60))
def test_compound_number_reading_keeps_every_offset(text: str):
    assert len(N.compounds_as_decimals(text)) == len(text)


@pytest.mark.parametrize(
    ("text", "pages"),
    [
        ("Harbour Books, 368 pp", True),
        ("Paperback, 1,024pp", True),
        ("runs to 101 pp", True),
        ("rose 100 pp", False),
        ("a 12 pp lead", False),
        ("fell 2.4 pp", False),
        ("Gold gained 120 pp", False),  # after a word of change: points
        ("down by 150 pp", False),
    ],
)
def test_pp_after_a_whole_number_above_100_counts_pages(text: str, pages: bool):
    num = text.split()[-2] if text.endswith(" pp") else text.split()[-1].removesuffix("pp")
    assert N.pages_not_points(text, text.rindex(num), num) is pages


@pytest.mark.parametrize(
    ("text", "ascii"),
    [
        ("a 2\u2009500-seat hall", "a 2,500-seat hall"),
        ("R1\u00a0375 a month", "R1,375 a month"),
        ("at 3\u202f415.20", "at 3,415.20"),
        ("12\u2009345\u2009678 votes", "12,345,678 votes"),
        ("the 31\u2011year\u2011old", "the 31-year-old"),
        ("a 48\u2013hour strike", "a 48-hour strike"),
        ("a five\u2013year deal", "a five-year deal"),
        ("a 31-year\u2013old", "a 31-year-old"),
        # a range dash between two numbers, a spaced dash and a dash between words stay
        ("40\u201350 years", "40\u201350 years"),
        ("grew \u2013 slowly", "grew \u2013 slowly"),
        ("the Paris\u2013based firm", "the Paris\u2013based firm"),
        # a space before a group of other than three digits is no grouping
        ("5\u00a0km and 12\u00a034", "5\u00a0km and 12\u00a034"),
    ],
)
def test_typography_as_ascii(text: str, ascii: str):
    assert N.typography_as_ascii(text) == ascii


@given(st.text(alphabet="0123456789 ,.-\u2009\u202f\u00a0\u2010\u2011\u2013abcyearold", max_size=60))
def test_typography_as_ascii_keeps_every_offset(text: str):
    assert len(N.typography_as_ascii(text)) == len(text)


# A text wholly in the continental style (decimal commas, no comma thousands, no point decimals)
# groups thousands with one point; a text with any English-style number keeps "1.930" a decimal.
CONTINENTAL_EXAMPLES: list[tuple[str, list[tuple[str, str, str]]]] = [
    (
        "Prices rose 4,8 percent and the firm hired 1.930 workers.",
        [("4.8", "percent", "percent_change"), ("1930", "people", "count")],
    ),
    (
        "The index stood at 0,65 on 12.03.2025 and 2.480 homes were built.",
        [("0.65", "other", "other"), ("2025-03-12", "date", "date"), ("2480", "count", "count")],
    ),
    (
        "The river carried 3,5 million cubic metres, and the plant hired 2.350 workers for 1.600 homes.",
        [("3500000", "other", "other"), ("2350", "people", "count"), ("1600", "count", "count")],
    ),
    # look-alikes: English-style decimals or comma thousands elsewhere in the text
    (
        "Prices rose 4.8 percent and the firm hired 1.930 workers.",
        [("4.8", "percent", "percent_change"), ("1.93", "people", "count")],
    ),
    (
        "Prices rose 4,8 percent, the firm hired 1,930 workers and 1.930 tonnes were shipped.",
        [("4.8", "percent", "percent_change"), ("1930", "people", "count"), ("1.93", "other", "other")],
    ),
    ("The ratio was 1.930 in the test.", [("1.93", "other", "other")]),
    # a continental desk's clock times are no English decimals, and its decimal commas before a
    # unit are read too: the whole text is continental
    (
        "The lender cut 1.640 jobs and its capital ratio rose to 13,7 percent. Shareholders meet on 14 May at 10.00.",
        [("1640", "count", "count"), ("13.7", "percent", "percentage_share"), ("--05-14", "date", "date")],
    ),
    (
        "Construction of the 7,4-kilometre route costs €312,6 million. The plans are on view from 8.00 to 15.00 on weekdays.",
        [("7.4", "other", "other"), ("312600000", "EUR", "money")],
    ),
    (
        "The canton's hospitals treated 61.200 patients, 2,7 percent more. The desk is staffed 7.10-16.35.",
        [("61200", "people", "count"), ("2.7", "percent", "percent_change")],
    ),
    (
        "The carmaker sold 3.700 cars, a rise of 4,3 %.",
        [("3700", "count", "count"), ("4.3", "percent", "percent_change")],
    ),
    ("The barrier produced 1.234,5 MWh from its turbines.", [("1234.5", "other", "other")]),
    # ... thousands in two point groups, or one point and three zeros before a word, are evidence too
    (
        "The state will spend €1.340.000.000 on rail, and 2.400 commuters signed a petition at 13.45.",
        [("1340000000", "EUR", "money"), ("2400", "people", "count")],
    ),
    ("The district's 63.000 households will get fibre from Monday at 7.00.", [("63000", "count", "count")]),
    # ... Swiss thousands grouped by apostrophes leave the continental reading whole
    (
        "Premiums grew 3,1 percent and a bonus of CHF 1'340 went to 14'300 staff; trading resumed at 11.15.",
        [("3.1", "percent", "percent_change"), ("1340", "CHF", "money"), ("14300", "people", "count")],
    ),
    # look-alikes: a decimal after a word of time that is no clock time, a decimal count of three
    # digits that are not zeros, a list's commas
    (
        "Prices rose 4,8 percent and then 2.5 percent, and the firm hired 1.930 workers.",
        [
            ("4.8", "percent", "percent_change"),
            ("2.5", "percent", "percent_change"),
            ("1.93", "people", "count"),
        ],
    ),
    ("The refinery processed 1.873 million barrels a day.", [("1873000", "other", "other")]),
    ("The ratio was 1.487 in 2024.", [("1.487", "other", "other"), ("2024", "year", "date")]),
]


@pytest.mark.parametrize(("text", "expected"), CONTINENTAL_EXAMPLES)
def test_one_point_groups_thousands_only_in_continental_text(text: str, expected):
    from .corpus import figures_of

    assert figures_of(text, expected) == expected


def test_a_comma_after_a_lone_zero_is_decimal():
    assert N.parse_amount("0,1520") == Decimal("0.152") or N.parse_amount("0,1520") == 0.152
    assert N.continental_style("It costs 0,1520 KM and 1.630 GWh.")
    assert not N.continental_style("It costs 0,1520 KM and 2.5 GWh.")


@pytest.mark.parametrize(
    ("text", "continental"),
    [
        ("It rose 8,3 percent to 1.873 GWh; bids close at 11.00.", True),
        ("The route is 5,7 km long and cost 63.000 euros.", True),
        ("It employs 63.000 people.", True),
        ("It paid €1.340.000 for 2.400 tonnes.", True),
        ("Output was 1.234,5 MWh.", True),
        ("Open 7.10-16.35 and from 8.00 to 15.30; it rose 8,3 percent.", True),
        # look-alikes: an English decimal besides the clock, English thousands, a list's comma
        ("It rose 8,3 percent to 1.873 GWh and 2.5 percent at 11.00.", False),
        ("It rose 8,3 percent and 63,000 people came.", False),
        ("It rose to 12.70, and 1.873 GWh were made.", False),
        ("Rounds 1,2 and 3 went to 1.873 points.", False),
        ("The 1.000 batting average", False),
    ],
)
def test_continental_style_is_the_whole_texts_evidence(text: str, continental: bool):
    assert N.continental_style(text) is continental


def test_continental_marks_exchanged_and_clock_points_as_colons():
    text = "It rose 8,3 percent to 1.873 GWh, 1.234,5 MWh and 2.500.000 tonnes, from 8.00 to 15.30."
    assert N.typography_as_ascii(text) == (
        "It rose 8.3 percent to 1,873 GWh, 1,234.5 MWh and 2,500,000 tonnes, from 8:00 to 15:30."
    )


# class-grouping: thousands grouped by spaces beside a decimal comma, a name's number and a year
# side by side with a space-grouped count
SPACED_GROUP_EXAMPLES: list[tuple[str, list[tuple[str, str, str]]]] = [
    # a decimal comma after spaced groups is one number, before a unit, a sign's amount or a scale
    ("The pipeline will run for 1 412,6 km from the coast to the mine.", [("1412.6", "other", "other")]),
    ("School fees were R1 250,50 a term.", [("1250.5", "ZAR", "money")]),
    ("Exports totalled 2 150,4 million euros in the first quarter.", [("2150400000", "EUR", "money")]),
    # a group of three digits after a name's number is a number of its own
    ("In Ward 14 312 households were left without power after the storm.", [("312", "count", "count")]),
    ("In Ward 7 450 voters were turned away at the polling station.", [("450", "people", "count")]),
    (
        "A total of 1 200 learners sat in Grade 7 120 classrooms.",
        [("1200", "people", "count"), ("120", "count", "count")],
    ),
    # a year a word places, then thousands grouped by a space: the year and a count
    (
        "By 2030 250 000 young people will enter the job market every year, the minister said.",
        [("2030", "year", "date"), ("250000", "people", "count")],
    ),
    (
        "By 2031 12 000 hectares will be under irrigation, the ministry said.",
        [("2031", "year", "date"), ("12000", "other", "other")],
    ),
    # look-alikes: a name's number with no group after it, English comma thousands
    (
        "The school has 1,500 pupils and 42 teachers.",
        [("1500", "people", "count"), ("42", "people", "count")],
    ),
    ("In Ward 14 the storm hit 1 312 households.", [("1312", "count", "count")]),
]


@pytest.mark.parametrize(("text", "expected"), SPACED_GROUP_EXAMPLES)
def test_spaced_groups_beside_decimal_commas_names_and_years(text: str, expected):
    from .corpus import figures_of

    assert figures_of(text, expected) == expected


# class-names8: full-width digits and other scripts' digits in English copy, read as ASCII's; a
# run followed by its own script's letters is that script's copy and stays
DIGITS_OF_OTHER_SCRIPTS: list[tuple[str, list[tuple[str, str, str]]]] = [
    (
        "She bought a １８K gold bangle for 6,800 yuan in Shenzhen.",
        [("18", "other", "other"), ("6800", "CNY", "money")],
    ),
    ("Prices rose ３．２％ in October, the statistics bureau said.", [("3.2", "percent", "percent_change")]),
    ("The shop sold １２ kilograms of saffron last month.", [("12", "other", "other")]),
]


@pytest.mark.parametrize(("text", "expected"), DIGITS_OF_OTHER_SCRIPTS)
def test_digits_of_other_scripts_in_english_copy(text: str, expected):
    from .corpus import figures_of

    assert figures_of(text, expected) == expected


def test_digits_as_ascii_keeps_offsets_and_other_scripts_copy():
    assert N.digits_as_ascii("a １８K gold ３．２％ rise") == "a 18K gold 3.2% rise"
    assert N.digits_as_ascii("the sign read ٢٠ دولار") == "the sign read ٢٠ دولار"
    assert N.digits_as_ascii("rose ٢٠ percent") == "rose 20 percent"
    assert N.digits_as_ascii("plain ascii 12") == "plain ascii 12"


def test_spaced_decimal_comma_and_name_gap_keep_offsets():
    text = "Fees of R1 250,50 in Ward 14 312 homes."
    out = N.typography_as_ascii(text)
    assert len(out) == len(text)
    assert "R1,250.50" in out
    assert "14\u2002312" in out
