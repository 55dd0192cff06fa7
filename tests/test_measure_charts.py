"""Charts of measurements (analysis/measure_charts.py), wired into report_charts: invented articles."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.article import article_from_text
from analysis.chartcheck import chart_problems
from analysis.charts import render, report_charts
from analysis.extract import extract_figures
from analysis.measure_charts import clause_words, rate_key, whole_not_drawn
from analysis.tables import percent_changes

HEADER = (
    "title: {title}\npublished: 2026-11-20\noutlet: The Test Ledger\nsource: https://ledger.example/{id}\n\n"
)


def charted(text: str, article_id: str, title: str = "A story") -> tuple[dict, list[str], object]:
    """The measurement charts (by name), every note, and the article."""
    article = article_from_text(HEADER.format(title=title, id=article_id) + text, article_id)
    figures = extract_figures(article)
    charts, notes = report_charts(article, figures, percent_changes(article, figures))
    return {c.name: c for c in charts if "--measures-" in c.name}, notes, article


CLIMATE = (
    "HOBART: The hottest day of the summer reached 39.4C at Launceston on Friday, while Hobart "
    "peaked at 35.1C and Devonport at 31.2C, the weather bureau said. The season's mean maximum was "
    "2.2C above the long-term average.\n\n"
    "The state inventory put emissions from transport at 3.9 megatonnes in 2025, with farming at "
    "2.6 megatonnes and industry at 1.4 megatonnes (1.5 million short tons). Emissions from waste rose "
    "by 0.2 megatonnes, the inventory said."
)


@pytest.fixture(scope="module")
def climate():
    return charted(CLIMATE, "climate-m")


def test_temperatures_are_points_on_a_scale_not_starting_at_zero(climate):
    charts, _, article = climate
    chart = charts["climate-m--measures-degrees-celsius"]
    assert chart.form == "dots"
    assert list(chart.data["quote"]) == ["39.4C", "35.1C", "31.2C"]
    low, _ = chart.figure.axes[0].get_xlim()
    assert low > 0  # no bar from zero: zero degrees is no absence of heat
    assert not chart.figure.axes[0].patches
    assert "does not start at zero" in chart.alt_text
    assert chart_problems(chart) == []
    for row in chart.data.itertuples():
        assert article.body[row.start : row.end] == row.quote


def test_emissions_by_sector_are_bars_and_a_bracketed_conversion_is_the_same_figure(climate):
    charts, notes, article = climate
    chart = charts["climate-m--measures-megatonnes"]
    assert chart.form == "bars"
    assert list(chart.data["quote"]) == ["3.9 megatonnes", "2.6 megatonnes", "1.4 megatonnes"]
    assert "1.5 million short tons" not in set(chart.data["quote"])
    assert any(
        "“1.5 million short tons” is the article's conversion in brackets of “1.4 megatonnes”" in n
        for n in notes
    )
    assert "Megatonnes" == chart.figure.axes[0].get_xlabel()
    labels = [t.get_text() for t in chart.figure.axes[0].get_yticklabels()]
    assert labels == ["Emissions from transport (2025)", "Farming (2025)", "Industry (2025)"]
    assert chart_problems(chart) == []
    assert render(chart, "png") == render(chart, "png")
    assert render(chart, "svg") == render(chart, "svg")
    for row in chart.texts.itertuples():
        assert article.body[row.start : row.end] == row.quote


def test_a_difference_and_a_change_in_a_measure_are_notes_never_levels(climate):
    charts, notes, _ = climate
    drawn = {q for c in charts.values() for q in c.data["quote"]}
    assert "2.2C" not in drawn and "0.2 megatonnes" not in drawn
    assert any(n.startswith("“2.2C” is a difference from another level") for n in notes)
    assert any(n.startswith("“0.2 megatonnes” is a change") for n in notes)
    # the uncharted note lists only what is still not drawn
    assert not any(n.startswith("Figures of other kinds") for n in notes)


def test_oil_output_in_barrels_per_day_with_the_period_its_sentence_says_once():
    text = (
        "LAGOS: Nigeria pumped 1.6 million barrels per day in October, Angola produced 1.1 million barrels "
        "per day and Libya 1.3 million barrels per day, a survey of shippers showed."
    )
    charts, _, _ = charted(text, "oil-m")
    chart = charts["oil-m--measures-barrels-per-day"]
    assert list(chart.data["quote"]) == [
        "1.6 million barrels per day",
        "1.3 million barrels per day",
        "1.1 million barrels per day",
    ]
    labels = [" ".join(t.get_text().split()) for t in chart.figure.axes[0].get_yticklabels()]
    assert all("in October" in label for label in labels)
    # "Nigeria pumped" ends on the verb that takes its figure: no noun phrase, so the clause labels it
    assert labels[0] == "“Nigeria pumped 1.6 million barrels per day in October”"
    assert chart.figure.axes[0].get_xlabel() == "Barrels per day, millions"
    assert chart_problems(chart) == []


def test_rates_per_1000_people_only_beside_rates_of_the_same_base_and_thing():
    text = (
        "RIGA: Estonia recorded 8.2 deaths per 1,000 inhabitants last year, while Latvia had 9.6 deaths per "
        "1,000 residents and Lithuania 9.1 per 1,000, the statistics offices said. Road deaths stood at "
        "6.4 per 100,000 people."
    )
    charts, _, article = charted(text, "rates-m")
    chart = charts["rates-m--measures-deaths-per-1-000-people"]
    assert sorted(chart.data["quote"]) == [
        "8.2 deaths per 1,000 inhabitants",
        "9.1 per 1,000",
        "9.6 deaths per 1,000 residents",
    ]
    assert list(charts) == ["rates-m--measures-deaths-per-1-000-people"]  # per 100,000: no second rate
    assert chart_problems(chart) == []
    assert rate_key("applications per 1,000 inhabitants") == ("applications", "per 1,000 people")
    assert rate_key("per 100,000 live births") == ("", "per 100,000 live births")
    assert rate_key("megametric_ton") is None
    # tidy38: the people a base may name are one vocabulary table
    from analysis.vocab import PEOPLE_BASES

    assert rate_key("per 1,000 citizens")[1] == "per 1,000 people" and "population" in PEOPLE_BASES


# tidy38: a rate whose subject names other things never takes the thing of the rate before it
def test_a_rate_whose_subject_names_other_things_is_not_on_the_axis_before_it():
    text = (
        "VILNIUS: Lithuania recorded 9.4 divorces per 1,000 inhabitants in 2025, while Poland had 8.8 divorces "
        "per 1,000 residents. Its suicides stood at 7.1 per 1,000 people, the statistics office said."
    )
    charts, _, _ = charted(text, "divorce-m")
    drawn = [q for c in charts.values() for q in c.data["quote"]]
    assert "7.1 per 1,000 people" not in drawn, drawn


@pytest.mark.parametrize(
    "text",
    [
        # one level only
        "GENEVA: The Aletsch glacier now covers 77 square kilometres, the survey said.",
        # a level beside its change
        "GENEVA: The glacier covers 77 square kilometres after it lost 3 square kilometres since last summer.",
        # a temperature difference beside another
        "MADRID: July was 2.4C warmer than the 1991-2020 average, after June came in 1.7C above normal.",
        # sizes of things said as their adjectives
        "BENGALURU: The agency launched a 2,150 kg radar satellite, weeks after a 4-tonne navigation "
        "satellite went up from Tanegashima.",
        # a total beside a part of it
        "ACCRA: Total throughput reached 21.3 million tonnes, while transit cargo for Burkina Faso rose "
        "to 2.9 million tonnes.",
        # lengths only (a height and a distance share a unit, not a quantity), and a range
        "NEPAL: The pass rises to 5,416 metres, 14 kilometres from the camp, where 2 to 3 tonnes of "
        "supplies arrive.",
        # a bound and a level
        "CAIRO: Temperatures topped 45C in Aswan, where the reading was 44.2C at noon.",
    ],
)
def test_look_alikes_give_no_measurement_chart(text):
    charts, notes, _ = charted(text, "alike-m")
    assert charts == {}
    assert any("no chart" in n or "not drawn" in n for n in notes)


def test_a_level_in_another_unit_is_converted_to_the_unit_the_article_uses_most():
    text = (
        "PERTH: Fires burned 5,000 hectares near Esperance, 3,200 hectares at Albany and 12 square kilometres "
        "near Mandurah, the fire service said."
    )
    charts, _, _ = charted(text, "area-m")
    chart = charts["area-m--measures-hectares"]
    drawn = dict(zip(chart.data["quote"], chart.data["drawn_in_hectares"], strict=True))
    assert drawn == {"5,000 hectares": 5000.0, "3,200 hectares": 3200.0, "12 square kilometres": 1200.0}
    assert "(stated: “12 square kilometres”)" in chart.alt_text
    assert "converted to hectares, the unit the levels drawn use most" in chart.alt_text or any(
        "converted to hectares" in t.get_text() for t in chart.figure.texts
    )


def test_clause_words_quote_the_clause_of_a_figure():
    article = article_from_text(
        "Oil and gas remained the largest source at 208 megatonnes, said the agency. That is why the "
        "old 200 MW units at the plant will close.",
        "l",
    )
    start = article.body.index("208")
    assert (
        clause_words(article, start, start + 14)
        == "Oil and gas remained the largest source at 208 megatonnes"
    )
    start = article.body.index("200 MW")
    assert (
        clause_words(article, start, start + 6) == "That is why the old 200 MW units at the plant will close"
    )


# charts38b: a part beside its whole, an estimate beside results, unlike things on one axis, and a
# label from a subject that is no noun phrase of its sentence


@pytest.mark.parametrize(
    "text",
    [
        # a named plant of a national total
        "OSLO: Norway's carbon emissions fell to 46.2 million tonnes last year, the statistics office "
        "said. The Mongstad refinery emitted 1.9 million tonnes, the most of any single site.",
        # a named mine of a company total
        "PERTH: Westgold's gold output reached 410,000 ounces in the year, while its Bluebird mine "
        "produced 95,000 ounces.",
        # the usable part of a capacity ("of which only")
        "SUVA: The Walu Bay depot can hold 3.1 million litres, of which only 2.2 million litres is "
        "usable after a tank failed its inspection.",
        # a part said "out of" its whole
        "LIMA: Farmers planted 42,000 hectares out of 60,000 hectares set aside for the crop.",
    ],
)
def test_a_part_is_never_drawn_beside_its_whole(text):
    charts, notes, _ = charted(text, "part-m")
    assert charts == {}
    assert any("part of" in n for n in notes)


def test_an_estimate_is_never_drawn_beside_results():
    text = (
        "KAMPALA: Uganda's coffee farmers harvested 8.1 million bags in the season just ended, up from "
        "6.9 million bags. The ministry has put next season's crop at about 9.4 million bags, and "
        "exports are seen at 7.2 million bags. Robusta output was estimated at 6.3 million bags."
    )
    article = article_from_text(HEADER.format(title="Coffee", id="est-m") + text, "est-m")
    from analysis.charts import _with_standing

    figures = extract_figures(article)
    kinds = dict(zip(figures["quote"], _with_standing(article, figures), strict=True))
    assert kinds.get("9.4 million bags") == "forecast"
    assert kinds.get("7.2 million bags") == "forecast"
    assert kinds.get("6.3 million bags") == "forecast"
    assert kinds.get("8.1 million bags") == "actual"


def test_an_estimate_of_a_measurement_is_not_drawn_beside_results():
    text = (
        "LUSAKA: Mills crushed 3.2 million tonnes of cane last season. The board has put cane supply "
        "for next season at about 3.6 million tonnes, while the northern estate crushed 1.1 million "
        "tonnes of cane."
    )
    charts, _, _ = charted(text, "est2-m")
    drawn = {q for c in charts.values() for q in c.data["quote"]}
    assert "3.6 million tonnes" not in drawn


def test_unlike_things_of_one_quantity_get_a_chart_each():
    text = (
        "LUCKNOW: In Uttar Pradesh, mills crushed 1,020 lakh tonnes of cane and produced 104.2 lakh tonnes "
        "of sugar this season. In Bihar, mills crushed 410 lakh tonnes of cane and produced 39.5 lakh "
        "tonnes of sugar."
    )
    charts, _, _ = charted(text, "thing-m")
    drawn = {name: set(chart.data["quote"]) for name, chart in charts.items()}
    assert drawn == {
        "thing-m--measures-tonnes-cane": {"1,020 lakh tonnes", "410 lakh tonnes"},
        "thing-m--measures-tonnes-sugar": {"104.2 lakh tonnes", "39.5 lakh tonnes"},
    }
    assert charts["thing-m--measures-tonnes-cane"].alt_text.startswith(
        "Bar chart of 2 levels of cane in tonnes"
    )


def test_a_subject_that_is_no_noun_phrase_gives_way_to_the_clause():
    text = (
        "KOLHAPUR: This season the district's 22 mills ended crushing 170.5 lakh tonnes of cane and producing "
        "20.1 lakh tonnes of sugar. In neighbouring Sangli, mills crushed 132.3 lakh tonnes of cane."
    )
    charts, _, _ = charted(text, "label-m")
    labels = [t.get_text() for c in charts.values() for t in c.figure.axes[0].get_yticklabels()]
    assert labels and not any(label.lower().startswith("cane and") for label in labels), labels


def test_an_estimate_and_a_forecast_of_unlike_things_share_no_chart():
    text = (
        "NAIROBI: Mills crushed 6.1 million tonnes of cane and made 520,000 tonnes of sugar this year. The "
        "board has put cane supply for next year at about 6.8 million tonnes, and expects output to reach "
        "600,000 tonnes."
    )
    charts, _, _ = charted(text, "fc-m")
    for chart in charts.values():
        assert not {"6.8 million tonnes", "600,000 tonnes"} <= set(chart.data["quote"]), chart.alt_text


# tidy38: a level alone in its scale band is noted as too small for the others' axis, never as uncharted
def test_a_level_alone_in_its_scale_band_has_a_note_of_its_own():
    text = (
        "The farm covers 30 square kilometres and the pond 15 acres (6 hectares). The forest covers "
        "84,000 hectares."
    )
    _, notes, _ = charted(text, "band-m")
    assert any("“15 acres”" in n and "too small" in n for n in notes) or any(
        "“6 hectares”" in n and "too small" in n for n in notes
    ), notes
    assert not any("second level" in n and "acres" in n for n in notes), notes


# tidy38: a dot before the share's digits ("U.K.") is read as no number, never raises
def test_a_share_after_a_dotted_name_reads_its_digits():
    levels = pd.DataFrame({"_unit": ["tonne"], "value": [40.0]})
    row = {"_unit": "tonne", "value": 10.0}
    assert whole_not_drawn(levels, row, "the U.K. percent of the 2040 target, or ", "") in (True, False)
    assert whole_not_drawn(levels, row, "", ", or 25 per cent of the total") is False


# tidy38: any rough word of the vocabulary may stand between "a rise of" and the difference
def test_a_difference_after_a_rough_word_is_a_note_never_a_level():
    text = (
        "The hottest day reached 41.2C at Mildura, while Swan Hill peaked at 38.6C and Echuca at 37.9C. "
        "That was a rise of approximately 1.7C on the old record."
    )
    charts, notes, _ = charted(text, "rough-m")
    assert "1.7C" not in {q for c in charts.values() for q in c.data["quote"]}
    assert any(n.startswith("“1.7C” is a difference from another level") for n in notes), notes


# charts39: every bound word of the vocabulary's one table (vocab.BOUND_WORDS) bounds a measurement
BOUNDS = (
    "ROSARIO: Farmers in Buenos Aires province planted 4.1 million hectares this season, and those in "
    "Cordoba 2.9 million hectares, the grain exchange said. Growers had hoped for upwards of 5.2 million hectares, and the "
    "drought damaged in excess of 1.8 million hectares. Insurers expect to cover no less than 0.9 "
    "million hectares."
)


def test_every_bound_word_of_the_vocabulary_bounds_a_measurement():
    charts, notes, _ = charted(BOUNDS, "bounds-m")
    drawn = [q for c in charts.values() for q in c.data["quote"]]
    assert drawn == ["4.1 million hectares", "2.9 million hectares"]
    for quote, words in (("5.2", "upwards of"), ("1.8", "in excess of"), ("0.9", "no less than")):
        assert any(
            n.startswith(f"“{quote} million hectares” is a bound") and f"(“{words} …”)" in n for n in notes
        )


def test_the_chart_modules_import_no_private_name_of_another_module():
    # charts39: the scaffolding measure_charts shares with charts (and measures' pint names) is public
    import ast
    from pathlib import Path

    import analysis

    for path in sorted(Path(analysis.__file__).parent.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module != "__future__":
                assert not [a.name for a in node.names if a.name.startswith("_")], (path.name, node.module)


# charts39: the measurement charts' weak cases (README rule 10)
CAPACITY = (
    "WELLINGTON: The Seaview fuel terminal can hold 3.5 million litres. On Monday it held 1.2 million "
    "litres, and the Burnham depot held 2.1 million litres, the regulator said."
)
UNITS = (
    "WARSAW: Installed solar capacity reached 23.4 GW at the end of June, the grid operator said, and "
    "onshore wind reached 11.2 GW. The 5,102 MW Bełchatów power station will close its old 360 MW units "
    "by 2030, and a 450 MW gas unit opens in Ostrołęka."
)
LIVESTOCK = (
    "OMAGH: A Limousin bullock of 720kg sold for £2,300 at the mart on Saturday, and heifers sold to "
    "£2,050 for 640kg. A pen of Suffolk lambs of 42kg made £150 each."
)
PLACES = (
    "LA PAZ: Temperatures reached 41.2C in Tarija, Bolivia, and 39.5C in Salta, Argentina, on Tuesday, "
    "the weather service said."
)


def test_a_capacity_is_a_note_beside_the_levels_it_holds():
    charts, notes, _ = charted(CAPACITY, "capacity-m")
    assert [q for c in charts.values() for q in c.data["quote"]] == [
        "2.1 million litres",
        "1.2 million litres",
    ]
    assert any(n.startswith("“3.5 million litres” is a capacity (“can hold …”)") for n in notes)


def test_the_axis_unit_is_the_one_used_most_among_the_levels_drawn():
    charts, notes, _ = charted(UNITS, "units-m")
    assert list(charts) == ["units-m--measures-gigawatts"]  # the megawatts are sizes, left out
    chart = charts["units-m--measures-gigawatts"]
    assert chart.figure.axes[0].get_xlabel() == "Gigawatts"
    assert list(chart.data["drawn_in_gigawatts"]) == [23.4, 11.2]
    assert sum("is the size of a thing" in n for n in notes) == 3


def test_weights_of_unlike_animals_are_never_drawn_on_one_axis():
    charts, _, _ = charted(LIVESTOCK, "livestock-m")
    assert not charts  # a bullock, heifers and lambs: one thing each, no second level


def test_a_comma_between_two_place_names_never_cuts_a_label():
    charts, _, _ = charted(PLACES, "places-m")
    labels = [
        t.get_text().replace("\n", " ")
        for t in charts["places-m--measures-degrees-celsius"].figure.axes[0].get_yticklabels()
    ]
    assert labels == ["“Temperatures reached 41.2C in Tarija, Bolivia”", "“and 39.5C in Salta, Argentina”"]


# charts40: a reference (an average, a record, a forecast) never beside the day's results, and a
# country's total never beside one body's own figure (README rules 6 and 10)


def test_an_average_a_record_and_a_forecast_are_never_drawn_beside_the_day_results():
    text = (
        "PERTH: Perth reached 41.2C on Tuesday and Mandurah 39.8C, the weather bureau said. The "
        "bureau said the average maximum for March is 29.4C. It forecasts a cool change on Thursday, "
        "with temperatures easing to 27C on Friday.\n\n"
        "Power demand in Western Australia peaked at 4,050 megawatts at 6pm, and at 3,920 megawatts "
        "on Monday, just below the all-time high of 4,210MW."
    )
    charts, notes, _ = charted(text, "ref-m")
    drawn = {q for c in charts.values() for q in c.data["quote"]}
    assert {"41.2C", "39.8C"} <= drawn, drawn
    assert not {"29.4C", "27C", "4,210MW"} & drawn, drawn
    assert any(n.startswith("“29.4C” is a reference") for n in notes), notes
    assert any(n.startswith("“4,210MW” is a reference") for n in notes), notes


def test_averages_alone_are_drawn_beside_each_other():
    text = (
        "DARWIN: The average maximum for October is 34.1C, the bureau said, and the average minimum "
        "for the month is 25.2C."
    )
    charts, _, _ = charted(text, "avg-m")
    drawn = {q for c in charts.values() for q in c.data["quote"]}
    assert {"34.1C", "25.2C"} <= drawn, drawn


def test_a_country_total_is_never_drawn_beside_one_body_own_level():
    text = (
        "ACCRA: Ghana produced 1.1 million tonnes of cocoa beans in 2025, according to the cocoa board. "
        "The Ashanti Growers Union delivered 84,000 tonnes of cocoa beans in the season, its chairman "
        "said, and the Volta cooperative delivered 61,000 tonnes of cocoa beans."
    )
    charts, notes, _ = charted(text, "scope-m")
    drawn = {q for c in charts.values() for q in c.data["quote"]}
    assert "1.1 million tonnes" not in drawn, drawn
    assert any(n.startswith("“1.1 million tonnes” is a whole of wider scope (Ghana") for n in notes), notes
