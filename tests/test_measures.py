from __future__ import annotations

import math
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from analysis.measures import (
    MINOR_CURRENCY_MEASURES,
    OTHER_MEASURES,
    convert,
    is_ambiguous,
    measure_for,
    measure_of_label,
    quantity_of,
    registry,
    subject_unit_label,
    unit_alternation,
    unit_word,
)

# unit as written after a number -> stable measure name
WRITTEN = {
    "kg": "kilogram",
    "km": "kilometer",
    "lbs": "pound",
    "km/h": "kilometer / hour",
    "kph": "kilometer / hour",
    "kilometres per hour": "kilometer / hour",
    "mph": "mile / hour",
    "miles per hour": "mile / hour",
    "°C": "degree_Celsius",
    "degrees Celsius": "degree_Celsius",
    "°F": "degree_Fahrenheit",
    "bpd": "barrel / day",
    "barrels per day": "barrel / day",
    "hectares": "hectare",
    "acres": "acre",
    "feet": "foot",
    "ft": "foot",
    "foot": "foot",
    "inches": "inch",
    "sq km": "kilometer ** 2",
    "square miles": "mile ** 2",
    "square nautical miles": "nautical_mile ** 2",
    "mm": "millimeter",
    "cm": "centimeter",
    "metres": "meter",
    "Meters": "meter",
    "kilometres": "kilometer",
    "miles": "mile",
    "tonnes": "metric_ton",
    "litres": "liter",
    "gallons": "gallon",
    "GW": "gigawatt",
    "megawatts": "megawatt",
    "TWh": "terawatt_hour",
    "kWh": "kilowatt_hour",
    "TB": "terabyte",
    "gigabytes": "gigabyte",
    "calories": "kilocalorie",
    "knots": "knot",
    "months": "month",
    "weeks": "week",
    "hours": "hour",
    "minutes": "minute",
    "decades": "decade",
    "basis points": "basis point",
    "bps": "basis point",
    "percentage points": "percentage point",
    "years old": "years of age",
    "magnitude": "magnitude",
    "category": "category",
    "MMI": "intensity",
    "hp": "horsepower",
    "mpg": "mile / gallon",
    "Gt": "gigametric_ton",
    "gigatonnes": "gigametric_ton",
    "µm": "micrometer",
    "GHz": "gigahertz",
    "rpm": "revolutions_per_minute",
    "sqm": "meter ** 2",
    "pence": "penny",
    "cents": "cent",
    "sen": "sen",
    "paise": "paisa",
    "kobo": "kobo",
}


@pytest.mark.parametrize(("written", "measure"), sorted(WRITTEN.items()))
def test_measure_for(written, measure):
    assert measure_for(written) == measure


def test_pint_measures_are_pint_canonical_names():
    ureg = registry()
    for written, measure in WRITTEN.items():
        if measure not in OTHER_MEASURES:
            assert str(ureg.Unit(measure)) == measure, written


@pytest.mark.parametrize("word", ["in", "at", "a", "s", "h", "people", "", "MM", "Km/H!"])
def test_not_units(word):
    assert measure_for(word) is None


def test_symbols_keep_their_case():
    assert measure_for("mm") == "millimeter"
    assert measure_for("Mm") is None
    assert measure_for("MW") == "megawatt" and measure_for("mW") is None


@pytest.mark.parametrize(
    "written", ["m", "pounds", "pound", "tons", "degrees", "C", "points", "p", "nm", "stone"]
)
def test_ambiguous_units_are_flagged(written):
    word = unit_word(written)
    assert word is not None and word.ambiguous and is_ambiguous(written)


def test_plain_units_are_not_ambiguous():
    assert not is_ambiguous("metres") and not is_ambiguous("lbs") and not is_ambiguous("kg")
    assert not is_ambiguous("nonsense")


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("75kg", "kg"),
        ("12km", "km"),
        ("150lbs", "lbs"),
        ("90 km/h", "km/h"),
        ("90 kph", "kph"),
        ("40 mph", "mph"),
        ("31°C", "°C"),
        ("31 degrees Celsius", "degrees Celsius"),
        ("1.2 million bpd", "bpd"),
        ("20 million barrels per day", "barrels per day"),
        ("350 hectares", "hectares"),
        ("60 feet", "feet"),
        ("60 FEET", "FEET"),
        ("600 sq km", "sq km"),
        ("120mm of rain", "mm"),
        ("2 GW", "GW"),
        ("4 TB", "TB"),
        ("a 40m drop", "m"),
        ("25 basis points", "basis points"),
    ],
)
def test_unit_alternation_after_a_number(text, unit):
    match = re.search(rf"\d(?:\s?(?:million\s)?)(?P<unit>{unit_alternation()})(?![\w/])", text)
    assert match and match.group("unit") == unit


@pytest.mark.parametrize("text", ["5 in the", "3 at noon", "won 3 against", "2 a day", "10 hours"])
def test_unit_alternation_skips_english_words(text):
    found = re.search(rf"\d\s?(?P<unit>{unit_alternation()})(?![\w/])", text)
    assert found is None or found.group("unit") == "hours"


@pytest.mark.parametrize(
    ("measure", "label"),
    [
        ("meter", "metres"),
        ("kilometer / hour", "kilometres per hour"),
        ("mile / hour", "miles per hour"),
        ("degree_Celsius", "degrees Celsius"),
        ("barrel / day", "barrels per day"),
        ("foot", "feet"),
        ("inch", "inches"),
        ("kilometer ** 2", "square kilometres"),
        ("meter ** 3", "cubic metres"),
        ("liter", "litres"),
        ("metric_ton", "tonnes"),
        ("kilowatt_hour", "kilowatt hours"),
        ("basis point", "basis points"),
        ("percentage point", "percentage points"),
        ("years of age", "years of age"),
        ("month", "months"),
        ("decade", "decades"),
        ("magnitude", "magnitude"),
        ("category", "hurricane category"),
        ("penny", "pence"),
        ("cent", "cents"),
        ("sen", "sen"),
        ("paisa", "paise"),
        ("millimole / liter", "millimoles per litre"),
        ("microgram / meter ** 3", "micrograms per cubic metre"),
        ("millimeter_Hg", "millimetres of mercury"),
    ],
)
def test_subject_unit_labels(measure, label):
    assert subject_unit_label(measure) == label


@pytest.mark.parametrize(
    ("value", "source", "target", "expected"),
    [
        (90, "mile / hour", "kilometer / hour", 144.84096),
        (20000, "hectare", "acre", 49420.8786),
        (60, "foot", "meter", 18.288),
        (31, "degree_Celsius", "degree_Fahrenheit", 87.8),
        (75, "basis point", "percentage point", 0.75),
        (4, "decade", "year", 40),
        (72, "week", "month", 16.5585),
        (1, "barrel", "gallon", 42),  # a news barrel is an oil barrel
        (1, "kilocalorie", "joule", 4184),
    ],
)
def test_convert(value, source, target, expected):
    assert convert(value, source, target) == pytest.approx(expected, rel=1e-5)


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("meter", "second"),
        ("magnitude", "intensity"),
        ("years of age", "year"),
        ("percentage point", "meter"),
        ("penny", "cent"),
        ("no such unit", "meter"),
    ],
)
def test_convert_refuses_what_does_not_convert(source, target):
    assert convert(1, source, target) is None


@given(st.floats(min_value=-1e9, max_value=1e9, allow_nan=False))
def test_conversions_go_there_and_back(value):
    for source, target in (
        ("mile", "kilometer"),
        ("degree_Celsius", "degree_Fahrenheit"),
        ("acre", "hectare"),
    ):
        there = convert(value, source, target)
        assert there is not None
        back = convert(there, target, source)
        assert back is not None and math.isclose(back, value, rel_tol=1e-9, abs_tol=1e-6)


@given(st.text(max_size=20))
def test_lookups_never_fail(text):
    measure = measure_for(text)
    assert measure is None or subject_unit_label(measure)


def test_no_shorter_unit_shadows_a_longer_one():
    from analysis.measures import _forms

    units = re.compile(unit_alternation())
    assert all(units.match(form).group() == form for form in _forms())


@pytest.mark.parametrize(
    ("measure", "quantity"),
    [
        ("kilometer / hour", "speed"),
        ("kilometer / second", "speed"),
        ("degree_Celsius", "temperature"),
        ("pound", "weight"),
        ("hectare", "area"),
        ("liter", "volume"),
        ("kilowatt_hour", "energy"),
        ("megawatt", "power"),
        # a length is a height, a depth, a distance or rainfall: no one kind
        ("meter", ""),
        ("foot", ""),
        # the rules' own measures and rates as read are no pint units
        ("percentage point", ""),
        ("years of age", ""),
        ("cases per 100,000 people", ""),
    ],
)
def test_quantity_of_names_the_kind_a_unit_measures(measure: str, quantity: str):
    assert quantity_of(measure) == quantity


def test_every_unit_of_money_kept_as_stated_has_one_measure():
    """vocab.MINOR_CURRENCY_MEASURES names a measure for each minor unit's label (the one table of
    their names: measure_of_label and MINOR_CURRENCY_MEASURES read it)."""
    from analysis import vocab

    labels = set(vocab.MINOR_CURRENCY_UNITS.values())
    assert labels <= set(vocab.MINOR_CURRENCY_MEASURES)
    for label, measure in vocab.MINOR_CURRENCY_MEASURES.items():
        assert measure_of_label(label) == measure, label
        assert measure in MINOR_CURRENCY_MEASURES


@pytest.mark.parametrize(
    ("label", "measure"),
    [
        ("months", "month"),
        ("hours", "hour"),
        ("tomans", "toman"),
        ("pence", "penny"),
        ("nights", "night"),
        ("widgets", ""),
    ],
)
def test_measure_of_label(label, measure):
    assert measure_of_label(label) == measure
