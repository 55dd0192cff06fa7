from __future__ import annotations

import re
from types import SimpleNamespace

import pandas as pd
import pytest

from analysis.article import article_from_text
from analysis.chartcheck import chart_problems
from analysis.charts import (
    agrees,
    aid_chart,
    apart_note,
    as_stated,
    attack_chart,
    bar_labels,
    change_chart,
    clause_of,
    context_note,
    eventless_dates,
    fiscal_years,
    goes_on,
    house_figure,
    is_part_of_group,
    measure_of,
    money_label,
    multiplier_text,
    own_period,
    people_said,
    per_period,
    qualified,
    recipient_lines,
    render,
    report_charts,
    runs_on,
    save_chart,
    scale_bands,
    slug_of,
    source_line,
    timeline_chart,
    timeline_events,
    timeline_missing,
    timeline_text,
    unique_names,
    with_measures,
    with_periods,
    with_recipients,
    with_sum_periods,
    without_time,
)
from analysis.context import load_context
from analysis.export import table_csv
from analysis.extract import extract_figures
from analysis.house import claim_note
from analysis.tables import aid_amounts, attack_increases, percent_changes


@pytest.fixture(scope="module")
def attack(seed):
    return attack_chart(attack_increases(seed), seed, load_context(seed))


@pytest.fixture(scope="module")
def aid(seed):
    return aid_chart(aid_amounts(seed), seed, context=load_context(seed))


def texts(chart) -> list[str]:
    ax = chart.figure.axes[0]
    return [" ".join(t.get_text().split()) for t in [*ax.texts, *chart.figure.texts]]


def test_attack_bars_are_the_index_values(attack):
    ax = attack.figure.axes[0]
    widths = sorted(round(p.get_width(), 6) for p in ax.patches)
    assert widths == [100.0, 100.0, 160.0, 600.0]


def test_attack_annotations_carry_multipliers(attack):
    joined = "\n".join(texts(attack))  # wrapped lines joined by spaces
    assert "+500 per cent = 6 times the earlier level (not 5 times)" in joined
    assert "+60 per cent = 1.6 times the earlier level" in joined
    assert "Baseline: not stated by the article." in joined
    assert "since the return of Afghan Taliban to power in August 2021" in joined


def test_attack_chart_says_whose_claim_it_is(attack):
    joined = "\n".join(texts(attack))
    assert "The article states these figures in its own voice, naming no source." in joined
    assert (
        "Another source (brecorder.com), not the article: First stated by caretaker Prime Minister" in joined
    )


def test_attack_axis_ends_just_past_the_largest_bar(attack):
    assert attack.figure.axes[0].get_xlim() == (0, 700)


def test_source_line_is_built_from_metadata(seed, attack):
    line = source_line(seed)
    assert line.startswith("Source: The Express Tribune, “US extends support to Pakistan amid TTP threat”")
    assert "publication date not confirmed" in line
    assert any("The Express Tribune" in t for t in texts(attack))


def test_source_line_of_a_plain_file_says_what_is_unknown():
    line = source_line(article_from_text("Just 5 people.", "plain"))
    assert line == "Source: outlet unknown, untitled article (publication date unknown). article file plain"


def test_attack_alt_text_mentions_every_value(attack, seed):
    for row in attack_increases(seed).itertuples():
        assert f"{row.percent_change:g} per cent" in attack.alt_text
        assert f"to {row.index_after:g}" in attack.alt_text
        assert f"{row.multiplier:g} times" in attack.alt_text
    assert "Baseline: not stated by the article." in attack.alt_text


def test_aid_bars_are_the_amounts_in_millions(aid):
    ax = aid.figure.axes[0]
    assert sorted(p.get_width() for p in ax.patches) == pytest.approx([9.0, 77.0])
    assert [t.get_text() for t in ax.get_yticklabels()] == ["UNHCR", "IOM"]


def test_aid_chart_shows_no_shares_of_a_sum_the_article_does_not_state(aid):
    joined = "\n".join(texts(aid))
    assert "%" not in joined and "sum" not in joined
    assert "$77M period: this year" in joined
    assert "$9M purpose: to respond to recent earthquakes period: not stated" in joined
    assert "for these efforts" not in joined  # points back to another sentence: meaningless here
    assert "According to the US special envoy." in joined
    assert aid.figure.axes[0].get_xlim() == (0, 80)
    assert "share_of_computed_sum" not in aid.data.columns


def test_aid_alt_text_mentions_every_value(aid):
    for piece in ("UNHCR $77M", "IOM $9M", "this year", "no total is stated", "the US special envoy"):
        assert piece in aid.alt_text


def test_chart_data_is_what_is_drawn(attack, aid):
    assert list(attack.data["index_after"]) == [160.0, 600.0]
    assert list(aid.data["amount_millions"]) == [77.0, 9.0]


def test_timeline_draws_periods_as_spans_and_lists_yearless_dates():
    text = "The war began in August 2021. Talks resume on 5 December. It ended in 2023."
    article = article_from_text(text, "t")
    chart = timeline_chart(extract_figures(article), article)
    # fixwalk33-a: each row is labelled by the event it dates, in the clause's words
    assert list(chart.data["label"]) == [
        "August 2021: “The war began in August 2021”",
        "2023: “It ended in 2023”",
    ]
    assert list(chart.data["first_day"]) == ["2021-08-01", "2023-01-01"]
    assert list(chart.data["last_day"]) == ["2021-08-31", "2023-12-31"]
    assert "“5 December”" in "\n".join(texts(chart))
    assert "August 2021: “The war began in August 2021”: 2021-08-01 to 2021-08-31" in chart.alt_text
    assert "Not placed (no year): 5 December" in chart.alt_text


def test_a_lone_date_is_not_a_timeline(seed):
    figures = extract_figures(seed)
    assert "only one date in time (August 2021)" in timeline_missing(figures, seed)
    with pytest.raises(ValueError, match="no timeline"):
        timeline_chart(figures, seed)
    events, _ = timeline_events(figures, seed)
    assert list(events["mentions"]) == [2]  # "August 2021" twice is one date, mentioned twice


def test_since_runs_to_the_article_date_when_known():
    text = "Attacks have risen since August 2021, officials said."
    article = article_from_text(text, "s")
    article.metadata["published"] = "2023-12-09"
    events, _ = timeline_events(extract_figures(article), article)
    assert list(events["label"]) == [
        "since August 2021 (to the article's date)",
        "the article's date (2023-12-09)",
    ]
    assert list(events["last_day"]) == ["2023-12-09", "2023-12-09"]
    assert timeline_missing(extract_figures(article), article) == ""


def test_report_charts_need_two_comparable_values_and_keep_forecasts_apart():
    text = (
        "Revenue was $5 million in the quarter. The firm expects revenue of $9 million next year. "
        "Costs were $2 million. Some 40 people attended."
    )
    article = article_from_text(text, "r")
    figures = extract_figures(article)
    charts, notes = report_charts(article, figures, percent_changes(article, figures))
    assert [c.name for c in charts] == ["r--money-usd"]
    assert sorted(charts[0].data["value"]) == [2_000_000, 5_000_000]
    assert (
        "Only one money amount in USD (forecasts and expectations), “$9 million”: said in a sentence, not charted, "
        "nor drawn with the amounts stated as done in USD." in notes
    )
    assert "Only one count of people, “40 people”: said in a sentence, not charted." in notes


def test_context_note_only_for_the_charted_numbers(seed):
    context = load_context(seed)
    assert context_note(context, ["$77M", "$9M"]).startswith("Another source (avapress.com)")
    assert context_note(context, ["$12M", "$9M"]) == ""
    assert context_note(None, ["$77M"]) == ""


def test_rendering_is_byte_stable(attack):
    assert render(attack, "png") == render(attack, "png")
    svg = render(attack, "svg")
    assert svg == render(attack, "svg")
    assert b"<dc:date>" not in svg and b"How much did attacks rise?" in svg


def test_save_chart_writes_five_files(tmp_path, aid):
    paths = save_chart(aid, tmp_path)
    assert sorted(p.name.split("--")[1] for p in paths) == [
        "aid-amounts.alt.txt",
        "aid-amounts.csv",
        "aid-amounts.png",
        "aid-amounts.svg",
        "aid-amounts.texts.csv",
    ]
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(p.name for p in paths)
    assert (tmp_path / f"{aid.name}.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


@pytest.mark.parametrize(
    ("percent", "direction", "multiplier", "text"),
    [
        (500, "increase", 6.0, "+500 per cent = 6 times the earlier level (not 5 times)"),
        (13, "decrease", 0.87, "−13 per cent = 0.87 times the earlier level"),
    ],
)
def test_multiplier_text(percent, direction, multiplier, text):
    assert multiplier_text(percent, direction, multiplier) == text


def test_money_label():
    assert money_label(77_000_000, "USD") == "$77M"
    assert money_label(103_000_000_000, "PKR") == "103 billion PKR"


def test_an_article_with_nothing_to_draw_gets_a_sentence_and_no_files(tmp_path):
    """fixwalk34-b: a story notebook run on another article answers in a plain sentence, never a
    traceback, and writes nothing (the seed's committed charts stay as they are)."""
    from analysis.archive import archive_metadata
    from analysis.charts import NoChart, chart_rows, restatement_chart
    from analysis.dataset import read_dataset
    from analysis.paths import DEV_ARCHIVE, DEV_ARCHIVE_FIGURES
    from analysis.restatements import restatements, tracked_figures

    text = "title: Tram fares\n\nTram fares in the city rose 6 per cent on Monday, to 2.40 euros a ride.\n"
    article = article_from_text(text, "trams")
    tracked = tracked_figures(article)
    found = restatements(read_dataset(DEV_ARCHIVE_FIGURES), tracked, archive_metadata([DEV_ARCHIVE]))
    charts = [
        attack_chart(attack_increases(article), article),
        aid_chart(aid_amounts(article), article),
        restatement_chart(found, tracked, 21, article),
    ]
    assert all(isinstance(chart, NoChart) for chart in charts)
    assert [chart_rows(chart).split(":")[0] for chart in charts] == [
        "No attack increases",
        "No aid amounts",
        "No restatements",
    ]
    assert "trams states no percent change in attacks" in chart_rows(charts[0])
    assert "trams states no attack increase and no amount to a named recipient" in chart_rows(charts[2])
    for chart in charts:
        # fixwalk35: said once, where the chart's rows would be; no alt text and nothing shown
        # in the chart's place (a notebook prints the rows, the alt text, then shows the chart)
        assert chart.alt_text == repr(chart) == chart._repr_html_() == ""
        assert save_chart(chart, tmp_path) == []
    assert list(tmp_path.iterdir()) == []


def test_a_story_chart_of_another_article_is_saved_outside_the_committed_figures():
    """fixwalk34-b: figures/ for the seed (its committed charts), an untracked folder for any other."""
    from analysis.paths import FIGURES, NOTEBOOK_CHARTS, REPORTS, SEED_ID, chart_folder

    assert chart_folder(SEED_ID) == FIGURES
    assert chart_folder("my-own-article") == NOTEBOOK_CHARTS and NOTEBOOK_CHARTS.parent == REPORTS


def test_a_repeated_amount_is_one_bar_and_a_running_total_stands_apart():
    text = (
        "The EU announced €3.5 million in aid. The €3.5 million goes to partners. "
        "This comes on top of €89 million already allocated in 2023. Japan gave €2 million."
    )
    article = article_from_text(text, "eu")
    figures = extract_figures(article)
    charts, notes = report_charts(article, figures, percent_changes(article, figures))
    money = [c for c in charts if "money" in c.name]
    assert [c.name for c in money] == ["eu--money-eur"]
    assert sorted(money[0].data["value"]) == [2_000_000, 3_500_000]
    assert (
        "Only one money amount in EUR (cumulative totals), “€89 million”: said in a sentence, not charted, "
        "nor drawn with the amounts stated as done in EUR." in notes
    )


def test_a_sums_period_is_the_same_in_the_aid_table_and_the_money_chart():
    # periods15: a money bar's label gives its sum the period the aid table gives it, carried from a lead too
    article = article_from_text(
        "Norway gave $40 million to UNICEF in 2024. It gave $15 million to UNHCR.", "s"
    )
    figures = extract_figures(article)
    money = figures[figures["kind"] == "money"]
    labels = with_recipients(with_sum_periods(money, article, figures), article)
    assert list(labels["subject"]) == [
        "to UNICEF",
        "to UNHCR",
    ]  # fixwalk38-b: the period is said beside the bar
    assert list(labels["_lines"]) == [["period: in 2024"], ["period: in 2024"]]
    assert list(aid_amounts(article, figures)["period"]) == ["in 2024", "in 2024"]


def test_a_sum_without_a_recipient_is_labelled_with_its_own_period():
    # periods16: a sum with no recipient keeps its sentence's own period on the money chart; a sum
    # per period (a rate) takes none
    article = article_from_text(
        "The port earned $90 million in 2024 and paid $2 million a year in rent.", "s"
    )
    figures = extract_figures(article)
    money = with_periods(with_measures(figures[figures["kind"] == "money"]), article)
    labels = list(with_recipients(with_sum_periods(money, article, figures), article)["subject"])
    assert labels[0].endswith(", in 2024")
    assert not labels[1].endswith(", in 2024")


def test_money_bars_are_labelled_with_their_recipients(seed):
    figures = extract_figures(seed)
    charts, _ = report_charts(seed, figures, percent_changes(seed, figures))
    money = next(c for c in charts if c.name.endswith("money-usd"))
    labels = [t.get_text() for t in money.figure.axes[0].get_yticklabels()]
    assert labels == ["To UNHCR", "To IOM"]
    # fixwalk38-b: beside each bar the purpose and period the aid table and the aid chart give it (walk37 22)
    assert money.alt_text.startswith(
        "Bar chart of 2 money amounts in USD: To UNHCR, $77M; period: this year; To IOM, $9M; purpose: to "
        "respond to recent earthquakes; period: not stated."
    )
    aid = aid_chart(aid_amounts(seed, figures), seed)
    for row in aid_amounts(seed, figures).itertuples():
        for line in recipient_lines(row.purpose, row.period):
            assert line in aid.alt_text and line in money.alt_text
    beside = " ".join(" ".join(t.get_text().split()) for t in money.figure.axes[0].texts)
    assert "purpose: to respond to recent earthquakes period: not stated" in beside


def test_restatement_chart_says_the_archive_is_synthetic(seed):
    from analysis.archive import archive_metadata
    from analysis.charts import restatement_chart
    from analysis.dataset import read_dataset
    from analysis.paths import DEV_ARCHIVE, DEV_ARCHIVE_FIGURES
    from analysis.restatements import restatements, tracked_figures

    tracked = tracked_figures(seed)
    found = restatements(read_dataset(DEV_ARCHIVE_FIGURES), tracked, archive_metadata([DEV_ARCHIVE]))
    chart = restatement_chart(found, tracked, 11, seed)
    ax = chart.figure.axes[0]
    assert [t.get_text() for t in ax.get_yticklabels()][0] == "dev-seed"
    assert sum(len(c.get_offsets()) for c in ax.collections) == len(found) == 16
    assert chart.source.startswith(
        "Source: a synthetic archive, 11 records built from the development articles"
    )
    assert chart_problems(chart) == []
    assert "The Express Tribune" in chart.source and chart.source in chart.alt_text
    texts = [t.get_text() for t in chart.figure.texts]
    assert any("synthetic archive" in t.lower() for t in texts)
    assert {t.get_text() for t in ax.texts} == {"no one named", "the US special envoy"}
    # walk37: each figure's dots have a shape of their own, so grey print tells them apart
    shapes = [tuple(map(tuple, c.get_paths()[0].vertices.round(3))) for c in ax.collections]
    assert len(set(shapes)) == len(ax.collections) == len(tracked) > 1


def test_money_in_another_measure_is_charted_in_that_measure():
    rows = pd.DataFrame({"unit": ["other", "other", "USD"], "measure": ["sen", "", ""], "value": [5, 3, 7]})
    assert list(with_measures(rows)["_unit"]) == ["sen", "other", "USD"]
    assert list(with_measures(rows.drop(columns="measure"))["_unit"]) == ["other", "other", "USD"]


# An invented article in the shape of a reader's walk (a Lagos water tariff), kept in the test.
TARIFF = (
    "The corporation said it lost ₦4.2 billion in 2024, up from ₦2.8 billion a year earlier. "
    "It also spent ₦3.1 billion on repairs. "
    "About 1.2 million households are connected to the network, and 340,000 of them still rely on "
    "tanker deliveries. The state government has pledged ₦15 billion to repair 120 kilometres of old "
    "pipes. A monthly bill for a typical family will rise from ₦6,000 to ₦8,100, Okonkwo said."
)


@pytest.fixture(scope="module")
def tariff():
    article = article_from_text(TARIFF, "tariff")
    figures = extract_figures(article)
    return report_charts(article, figures, percent_changes(article, figures))


def test_report_charts_print_no_cut_label(tariff):
    charts, _ = tariff
    assert charts
    for chart in charts:
        labels = [t.get_text() for t in chart.figure.axes[0].get_yticklabels()]
        assert chart_problems(chart) == [], (chart.name, labels)


def test_a_subject_that_stops_inside_a_phrase_runs_on():
    sentence = "A monthly bill for a typical family will rise from ₦6,000 to ₦8,100."
    assert runs_on("Monthly bill for a typical", sentence)
    assert runs_on("to repair 120 kilometres of old", "to repair 120 kilometres of old pipes")
    assert not runs_on("Monthly bill for a typical family", sentence)
    assert not runs_on("Households", "About 1.2 million households are connected")
    assert not runs_on("to UNHCR", "$77M to UNHCR for shelter")
    assert not runs_on("arrivals from Tunisia", "arrivals from Tunisia rose to 9,870")
    assert runs_on("with fees at Christie's in New", "sold with fees at Christie's in New York")


def test_a_starting_level_is_not_a_forecast_and_scales_apart_are_not_on_one_axis(tariff):
    charts, notes = tariff
    money = [c for c in charts if "money" in c.name]
    assert [c.name for c in money] == ["tariff--money-ngn"]
    assert sorted(money[0].data["value"]) == [3_100_000_000, 4_200_000_000]
    # the starting levels are earlier levels of the figures after them, not amounts of their own
    for old, new in (("₦2.8 billion", "₦4.2 billion"), ("₦6,000", "₦8,100")):
        assert (
            f"“{old}” is the earlier level the article compares “{new}” with: not drawn as a further money amount."
            in notes
        )
    # a bill said moving from one level to the next is drawn with its earlier level or not at all (fixwalk34-a)
    assert any(n.startswith("“₦8,100” is the later level of a change the article states") for n in notes), (
        notes
    )
    assert any(
        n.startswith("Only one money amount in NGN (forecasts") and "“₦15 billion”" in n for n in notes
    ), notes


def test_a_part_is_not_drawn_beside_its_whole(tariff):
    charts, notes = tariff
    assert not [c for c in charts if "counts" in c.name]
    assert "“340,000” is a part of a group the article counts: not drawn beside its whole." in notes


def test_scale_bands_split_where_amounts_are_more_than_1000_times_apart():
    rows = pd.DataFrame({"value": [6_000.0, 4.2e9, 2.8e9, 8_100.0, 5.0]})
    bands = scale_bands(rows)
    assert [sorted(b["value"]) for b in bands] == [[2.8e9, 4.2e9], [6_000.0, 8_100.0], [5.0]]
    assert [len(b) for b in scale_bands(rows.head(1))] == [1]


def test_smaller_amounts_get_their_own_chart():
    text = "Revenue was $5 billion and $3 billion. Fees were $2,000 and $1,500."
    article = article_from_text(text, "s")
    figures = extract_figures(article)
    charts, _ = report_charts(article, figures, percent_changes(article, figures))
    assert [c.name for c in charts] == ["s--money-usd", "s--money-usd-scale2"]
    assert "smaller amounts, charted apart" in charts[1].figure.texts[0].get_text()


def test_counts_of_other_things_share_an_axis_only_when_they_count_the_same_thing():
    article = article_from_text("The plant has 40 machines and 25 trucks, officials said.", "m")
    figures = extract_figures(article)
    charts, notes = report_charts(article, figures, percent_changes(article, figures))
    assert charts == []  # machines and trucks are unlike things: no axis of "other things"
    assert (
        "Counts of unlike things, one of each: “40 machines”, “25 trucks”; said in sentences, "
        "not charted (counts of unlike things share no axis)." in notes
    )
    article = article_from_text("The plant has 40 new machines and 25 old machines, officials said.", "m")
    figures = extract_figures(article)
    charts, _ = report_charts(article, figures, percent_changes(article, figures))
    assert [c.name for c in charts] == ["m--counts-count-machines"]
    assert charts[0].alt_text.startswith("Bar chart of 2 counts of machines: ")


def test_a_change_chart_labels_a_cut_metric_by_its_quote(seed):
    changes = attack_increases(seed)
    changes = changes.assign(metric=["a rise in", *changes["metric"][1:]])
    chart = attack_chart(changes, seed)
    labels = [" ".join(t.get_text().split()) for t in chart.figure.axes[0].get_yticklabels()]
    assert labels[0] == changes["quote"].iloc[0][:1].upper() + changes["quote"].iloc[0][1:]
    assert chart_problems(chart) == []


# --- a chart editor's read of charts for articles of other kinds (invented texts) --------------

MARKETS = """source: typed in from a printed copy of the county edition
title: Markets slip as metals rally

Gold climbed to $2,150 an ounce on Tuesday, while crude oil traded at $58.30 a barrel.

The Harbourside Regional Manufacturers and Exporters Association index fell 3.1% in the week, and the shares of the Northern Municipal Waterworks and Sanitation Company declined 4.4%.

The festival drew 760,000 visitors last year and hired 3,200 stewards.

Ana Ruiz, 31, beat Tom Berg, 27, in the final.
"""


@pytest.fixture(scope="module")
def markets():
    article = article_from_text(MARKETS, "markets")
    figures = extract_figures(article)
    charts, notes = report_charts(article, figures, percent_changes(article, figures))
    return article, {c.name: c for c in charts}, notes


def test_a_source_that_is_no_address_names_no_outlet_and_is_said_once(markets):
    article, _, _ = markets
    assert source_line(article) == (
        "Source: outlet unknown, “Markets slip as metals rally” (publication date unknown). "
        "typed in from a printed copy of the county edition"
    )


def test_quotes_inside_a_quoted_title_are_single_quotes():
    # walk37: a title with its own quotes, inside the source line's “ ”, nests as ‘ ’
    article = article_from_text("Rates held at 5%.", "nested")
    article.metadata["title"] = '"Patience & prudence": bank holds; “Wait” says board'
    assert source_line(article).startswith(
        "Source: outlet unknown, “‘Patience & prudence’: bank holds; ‘Wait’ says board” ("
    )


def test_prices_per_different_units_share_no_axis(markets):
    _, charts, notes = markets
    assert not [name for name in charts if "money" in name]
    assert "Only one money amount in USD per ounce, “$2,150”: said in a sentence, not charted." in notes
    assert "Only one money amount in USD per barrel, “$58.30”: said in a sentence, not charted." in notes


def test_the_unit_a_figure_is_charted_in():
    assert measure_of("USD", None, "Brent crude (per barrel)") == "USD per barrel"
    assert measure_of("other", None, "tariff (unit: halalas)") == "halalas"
    assert measure_of("other", "foot", "sea level (unit: feet)") == "foot"
    assert measure_of("other", None, "") == "other"
    assert measure_of("people", None, "visitors") == "people"


def test_chart_files_are_named_by_slugs_and_measures_are_not_called_counts(markets):
    _, charts, _ = markets
    assert "markets--counts-years-of-age" in charts
    chart = charts["markets--counts-years-of-age"]
    assert chart.figure.texts[0].get_text() == "Figures the article states, in years of age"
    assert chart.alt_text.startswith("Bar chart of 2 figures in years of age:")
    assert slug_of("USD per barrel") == "usd-per-barrel"
    assert all(" " not in name for name in charts)


def test_a_change_chart_csv_holds_no_binary_noise(markets):
    _, charts, _ = markets
    chart = charts["markets--percent-changes"]
    assert list(chart.data["index_after"]) == [96.9, 95.6]
    assert "96.9," in table_csv(chart.data) and "9999" not in table_csv(chart.data)


def test_a_decrease_is_annotated_past_the_earlier_bar(markets):
    _, charts, _ = markets
    ax = charts["markets--percent-changes"].figure.axes[0]
    notes = [t for t in ax.texts if "per cent" in t.get_text()]
    assert len(notes) == 2 and all(t.get_position()[0] > 100 for t in notes)


def test_charts_of_long_labels_large_counts_and_long_sources_are_legible(markets):
    _, charts, _ = markets
    assert set(charts) == {  # visitors and stewards are unlike people: no axis (fixwalk34-a)
        "markets--percent-changes",
        "markets--counts-years-of-age",
    }
    for chart in charts.values():
        assert chart_problems(chart) == [], chart.name


def test_a_tall_chart_keeps_its_margins_in_inches(seed):
    short = house_figure("T", "Subtitle.", source_line(seed))[1].get_position()
    tall = house_figure("T", "Subtitle.", source_line(seed), size=(9.0, 10.8))[1].get_position()
    assert tall.y0 * 10.8 == pytest.approx(short.y0 * 5.4)
    assert (1 - tall.y1) * 10.8 == pytest.approx((1 - short.y1) * 5.4)


def _markets_changes():
    article = article_from_text(MARKETS, "markets")
    return article, percent_changes(article, extract_figures(article))


def test_each_bar_says_its_own_baseline_when_they_differ():
    article, changes = _markets_changes()
    changes = changes.assign(baseline=["from a year earlier", "not stated"])
    chart = change_chart(changes, article)
    joined = "\n".join(texts(chart))
    assert "Baselines as the article states them, per bar (a bar without one has none stated)." in joined
    assert "baseline: “from a year earlier”" in joined
    assert "“not stated”" not in joined and "“not stated”" not in chart.alt_text
    assert ", baseline: “from a year earlier”" in chart.alt_text
    assert ", baseline: not stated by the article" in chart.alt_text


def test_long_notes_beside_bars_get_rows_tall_enough_to_stay_clear():
    article, changes = _markets_changes()
    changes = pd.concat([changes] * 3, ignore_index=True).assign(
        period=["in the three months to the end of September", "not stated"] * 3,
        baseline=["than in the same quarter of the year before", "not stated"] * 3,
    )
    chart = change_chart(changes, article)
    assert chart_problems(chart) == []


def test_a_period_not_stated_is_not_quoted_as_if_the_article_said_it():
    assert as_stated("not stated") == "not stated by the article"
    assert as_stated("since March") == "“since March”"
    article, changes = _markets_changes()
    chart = change_chart(changes, article)
    assert "Period: not stated by the article." in "\n".join(texts(chart))


def test_a_change_chart_draws_at_most_max_bars():
    article, changes = _markets_changes()
    many = pd.concat([changes] * 11, ignore_index=True)
    chart = change_chart(many, article)
    assert len(chart.data) == 20
    assert len(chart.figure.axes[0].get_yticklabels()) == 20
    assert "The last 2 changes are left out of the chart (all are in the table)." in chart.alt_text


@pytest.mark.parametrize(
    ("quote", "after"),
    [
        ("nine of the 12 driest summers", " on record"),  # the group's size in the quote
        ("14", " of its 60 branches will close"),
        ("three", " of 20 candidates"),
        ("2,000", " of them"),
        ("Two", " of my three sons work there"),  # any possessive before the group's size
        ("one", " of your 12 lives"),
    ],
)
def test_a_part_of_a_group_counted_with_it_is_known(quote, after):
    assert is_part_of_group(quote, after)


@pytest.mark.parametrize(
    ("quote", "after"),
    [
        ("12 driest summers", " on record"),
        ("$5 billion", " of the 2024 budget"),  # a year, not the size of a group
        ("40", " of 10% growth"),
        ("two", " of the best"),
    ],
)
def test_a_figure_followed_by_no_group_size_is_no_part(quote, after):
    assert not is_part_of_group(quote, after)


def test_a_part_and_its_whole_counted_together_are_not_drawn_as_peers():
    # (the two counts of summers share a sentence: counts of one thing stated apart share an axis
    # only when their subjects are alike, see test_counts_of_one_thing_said_apart_...)
    text = "Nine of the 12 driest summers on record came after 1990, and the 40 wettest summers before it."
    article = article_from_text(text, "dry")
    figures = extract_figures(article)
    charts, notes = report_charts(article, figures, percent_changes(article, figures))
    drawn = [q for c in charts for q in c.data.get("quote", [])]
    # the part's quote is its own number ("Nine"), the group's size "12 driest summers" a figure apart
    assert "40 wettest summers" in drawn and not any(q.lower().startswith("nine") for q in drawn), drawn
    assert "“Nine” is a part of a group the article counts: not drawn beside its whole." in notes


def test_a_verb_of_change_ends_the_phrase_before_it():
    sentence = "Visits fell 18 per cent, while loans of e-books rose by 35 per cent."
    assert not runs_on("loans of e-books", sentence)
    assert not runs_on("cost of repairs", "The cost of repairs has doubled to $5M.")
    assert runs_on("rate of wage", "The rate of wage growth slowed to 2 per cent.")


def _subtitle(chart) -> str:
    return " ".join(" ".join(t.get_text().split()) for t in chart.figure.texts)


LIBRARY = (
    "The council voted to raise the library budget by 12 per cent. "
    "The library will receive $4.2 million next year, up from $3.75 million, the chair said. "
    "Loans of e-books rose by 35 per cent. The plan also funds 14 new staff, at a cost of $610,000 a year."
)


def test_an_amount_per_period_is_a_rate_charted_apart_from_sums():
    assert per_period(" a year.") == "year" and per_period(" annually") == "year"
    assert per_period(" to $7 a day") == "day" and per_period(" per month") == "month"
    assert (
        per_period(" a year earlier") == ""
        and per_period(" a year ago") == ""
        and per_period(" in 2024") == ""
    )
    article = article_from_text(LIBRARY, "library")
    figures = extract_figures(article)
    charts, notes = report_charts(article, figures, percent_changes(article, figures))
    assert not [c for c in charts if "money" in c.name]  # no old level beside a yearly cost
    assert (  # the cost of what the plan funds is the plan's (fixwalk34-a)
        "Only one money amount in USD per year (forecasts and expectations), “$610,000”: said in a sentence, "
        "not charted." in notes
    )
    assert (  # the old level is the earlier level of next year's, not an amount of its own
        "“$3.75 million” is the earlier level the article compares “$4.2 million” with: not drawn as "
        "a further money amount." in notes
    )


def test_a_subtitle_says_only_what_the_article_has_apart():
    assert apart_note(["USD", "USD"], {"actual"}) == ""
    note = apart_note(["USD", "EUR", "USD per year"], {"actual", "forecast"})
    assert note.startswith("Charted apart: amounts in other currencies; amounts stated per year")
    assert "forecasts, plans and requests" in note and "cumulative" not in note
    # tidy37: another currency per the chart's own period is no amount "stated per" it
    assert (
        apart_note(["EUR per week", "USD per week"], {"actual"})
        == "Charted apart: amounts in other currencies."
    )


def test_what_people_at_large_are_is_read_past_to_remain_and_reported():
    # tidy37: "to" after an auxiliary, a verb of state and "reported" are read past
    assert people_said(" had to be evacuated from the coast") == "evacuated"
    assert people_said(" were evacuated on Monday") == "evacuated"
    assert people_said(" remain missing after the floods") == "missing"
    assert people_said(" were reported missing in the hills") == "missing"
    assert people_said(" who remain in camps") == "in camps"


def test_both_seed_charts_carry_the_context_note_and_no_word_of_what_the_seed_lacks(seed):
    figures = extract_figures(seed)
    charts, _ = report_charts(seed, figures, percent_changes(seed, figures), load_context(seed))
    money, change = (
        next(c for c in charts if c.name.endswith(end)) for end in ("money-usd", "percent-changes")
    )
    for chart in (money, change):
        assert "Another source (" in _subtitle(chart) and "Another source (" in chart.alt_text
    assert "other currencies" not in _subtitle(money) and "orecasts" not in _subtitle(money)


def test_a_change_chart_labels_a_subject_that_a_verb_ends(tariff):
    article = article_from_text("Visits fell 18 per cent, while loans of e-books rose by 35 per cent.", "v")
    figures = extract_figures(article)
    charts, _ = report_charts(article, figures, percent_changes(article, figures))
    labels = [t.get_text() for t in charts[0].figure.axes[0].get_yticklabels()]
    assert labels == ["Visits", "Loans of e-books"]


def test_notes_speak_only_of_the_kinds_asked_for(seed):
    figures = extract_figures(seed)
    money = figures[figures["kind"] == "money"]
    _, notes = report_charts(seed, money, percent_changes(seed, money), kinds=("money",))
    assert notes == []
    _, every = report_charts(seed, money, percent_changes(seed, money))
    assert "No percent changes: no change chart." in every


# --- what the amount and change charts leave out (walk31) -----------------------------------------


def _report(text: str, name: str = "w") -> tuple[list, list[str]]:
    article = article_from_text(text, name)
    figures = extract_figures(article)
    return report_charts(article, figures, percent_changes(article, figures))


def _drawn(charts: list) -> list[str]:
    return [str(q) for c in charts if c.form == "bars" for q in c.data.get("quote", [])]


def test_a_figure_of_a_past_year_is_not_drawn_beside_the_articles():
    charts, notes = _report(
        "Floods killed 87 people and drove 140,000 people from their homes. "
        "It is the worst flooding since 2018, when nearly 500 people died."
    )
    assert "500 people" not in _drawn(charts)
    assert any(n.startswith("“500 people” is a figure of 2018") for n in notes), notes


def test_an_earlier_level_of_one_count_is_not_a_second_count():
    charts, notes = _report(
        "Floods drove 140,000 people from their homes. The death toll rose from 61 on Tuesday to 87 on "
        "Wednesday. Medical staff treated 1,150 runners, against 420 last year."
    )
    drawn = _drawn(charts)
    assert "61" not in drawn and "420" not in drawn, drawn
    assert "“61” is the earlier level the article compares “87” with: not drawn as a further count." in notes
    assert is_part_of_group("60 of them injured", ".")  # its whole ("212 pulled") is said before it
    # "B, N higher compared with A": A is compared with the first level before it, not the nearest
    _, notes = _report("Volume was 63,676 units, 1,083 units higher compared with 62,593 units in June.")
    assert (
        "“62,593 units” is the earlier level the article compares “63,676 units” with: not drawn as a further count."
        in notes
    )


def test_a_conversion_in_brackets_is_not_a_further_amount():
    charts, notes = _report(
        "The government pledged ₹2,000 crore (about $240 million) in relief. The World Bank pledged "
        "$150 million and the Emirates pledged $25 million."
    )
    assert "$240 million" not in _drawn(charts)
    assert any(
        n.startswith("“$240 million” is the article's conversion in brackets of “₹2,000 crore”")
        for n in notes
    )


def test_a_further_pledge_is_stated_as_the_pledge_before_it():
    charts, _ = _report(
        "The World Bank said it would lend $150 million, and the Asian Development Bank offered a "
        "further $75 million. The Emirates will give $25 million."
    )
    usd = next(c for c in charts if "money-usd" in c.name)
    assert usd.name.endswith("money-usd-forecast")
    assert sorted(usd.data["value"]) == [25_000_000, 75_000_000, 150_000_000]


def test_a_loss_and_levels_held_at_a_date_are_not_drawn_beside_a_quarters_sums():
    charts, notes = _report(
        "Net sales were SEK 18.6 billion and operating profit was SEK 2.4 billion. The order backlog "
        "reached SEK 61 billion, and the valuation of the company rose to SEK 95 billion. The unit swung "
        "to an operating loss of SEK 1.1 billion, compared with a profit of SEK 1.5 billion a year earlier."
    )
    names = {c.name: sorted(c.data["value"]) for c in charts if "money" in c.name}
    assert names["w--money-sek"] == [2_400_000_000, 18_600_000_000]
    assert names["w--money-sek-level"] == [61_000_000_000, 95_000_000_000]
    assert "levels held at a date" in _subtitle(next(c for c in charts if c.name == "w--money-sek-level"))
    assert any(n.startswith("“SEK 1.1 billion” is a loss") for n in notes), notes
    assert any(n.startswith("“SEK 1.5 billion” is the earlier level") for n in notes), notes


def test_counts_whose_words_name_nothing_counted_are_not_drawn():
    charts, notes = _report(
        "The number of men running under 2 hours 5 minutes rose from three to 18. He will earn a "
        "six-figure bonus. The club has 40 members and 25 members joined this year."
    )
    drawn = _drawn(charts)
    assert not {"18", "three", "six-figure bonus"} & set(drawn), drawn
    assert any(n.startswith("“six-figure bonus” says how many digits") for n in notes), notes


def test_bars_that_share_a_label_are_told_apart_by_their_clauses():
    # (charts40: runners treated are a part of the field, never its peer, so two fields here)
    charts, _ = _report(
        "Organisers said 48,700 runners started the race in Berlin. In Munich, organisers counted 31,150 "
        "runners at the start."
    )
    labels = [" ".join(t.get_text().split()) for t in charts[0].figure.axes[0].get_yticklabels()]
    assert labels == [
        "Runners: “Organisers said 48,700 runners started the race in Berlin”",
        "Runners: “organisers counted 31,150 runners at the start”",
    ]


def test_a_change_is_labelled_by_what_changed_and_a_repeat_is_one_bar():
    assert without_time("Net sales a year earlier") == "Net sales"
    assert without_time("death toll Tuesday") == "death toll" and without_time(None) == ""
    charts, notes = _report(
        "Its third-quarter operating profit rose 38 per cent. Net sales climbed to SEK 18.6 billion from "
        "SEK 15.5 billion a year earlier, an increase of 20 per cent. Operating profit rose 38 per cent, "
        "she said. He improved by 51 seconds, or about 0.7 per cent. Organisers said 48,700 runners from "
        "156 countries started the race, up 6 per cent on last year."
    )
    change = next(c for c in charts if "percent-changes" in c.name)
    labels = [" ".join(t.get_text().split()) for t in change.figure.axes[0].get_yticklabels()]
    assert len(labels) == 2 and labels[0].endswith("(mentioned twice)"), labels
    assert not any("earlier" in label for label in labels), labels
    assert "“0.7 per cent”: the article's words name nothing that changed: not charted." in notes
    assert any(n.startswith("“6 per cent”: the article does not say which of") for n in notes), notes


# --- walk32: money and count charts, and the notes ------------------------------------------------


def test_like_levels_at_two_times_are_drawn_together_or_not_at_all():
    charts, notes = _report(
        "Gross international reserves rose to $11.4 billion at the end of October, the bank said. That "
        "compares with $8.98 billion a year earlier. The IMF programme of $3 billion runs until 2026."
    )
    assert "$8.98 billion" not in _drawn(charts), _drawn(charts)
    assert (
        "“$8.98 billion” is the earlier level the article compares “$11.4 billion” with: not drawn as a further money amount."
        in notes
    )


def test_an_exchange_rate_is_no_money_amount():
    charts, notes = _report(
        "The cedi traded at 10.85 to the dollar. A year ago it traded at 15.9 to the dollar. Rice cost "
        "GHS 1,150 and beans GHS 900."
    )
    assert not {"10.85 to the dollar", "15.9 to the dollar"} & set(_drawn(charts)), _drawn(charts)
    assert any(n.startswith("“10.85 to the dollar” is an exchange rate") for n in notes), notes


# exrate33: a rate against a currency the old typed list lacked is no money amount either
@pytest.mark.parametrize(
    ("text", "rate"),
    [
        (
            "The leone traded at 1,530 to the Ghanaian cedi. Rice cost 15.3 million leones and beans "
            "9 million leones.",
            "1,530 to the Ghanaian cedi",
        ),
        (
            "The kip traded at 3,150 against the Thai baht. Fuel cost 31.5 million kip and rice 9 "
            "million kip.",
            "3,150 against the Thai baht",
        ),
    ],
)
def test_a_rate_against_any_currency_is_no_money_amount(text: str, rate: str):
    charts, notes = _report(text)
    assert rate not in _drawn(charts), _drawn(charts)
    assert any(n.startswith(f"“{rate}” is an exchange rate") for n in notes), notes


def test_an_earlier_level_after_up_from_is_not_drawn_and_against_says_only_compared():
    charts, notes = _report(
        "Revenue was £672m, a record, up from £631m a year earlier. Wages rose to £276m from £242m, and "
        "the club reported a loss of £26m, compared with a profit of £12m the year before. It sold "
        "GHS 4.2 billion of bills, against a target of GHS 3.5 billion."
    )
    assert "£631m" not in _drawn(charts), _drawn(charts)
    assert (
        "“£12m” is the earlier level the article compares “£26m” with: not drawn as a further money amount."
        in notes
    )
    assert (
        "“GHS 3.5 billion” is what the article compares “GHS 4.2 billion” with (“against a target of”): "
        "not drawn as a further money amount beside it." in notes
    )


def test_a_whole_is_not_drawn_beside_its_parts():
    # fixwalk33-a: the parts are drawn, the whole (the chamber's size, a bloc's sum) is a reference
    charts, notes = _report(
        "Labour won 64 of the 169 seats. The Centre Party and the Socialist Left together hold 21 seats. "
        'With those parties, the bloc has 85 seats. The Progress Party won 47 seats. "We have 64 seats."'
    )
    drawn = _drawn(charts)
    assert {"64", "21 seats", "47 seats"} <= set(drawn) and not {"85 seats", "169 seats"} & set(drawn), drawn
    assert (
        "“64” and “21 seats” add up to “85 seats”: a whole beside its parts, so the parts are drawn and "
        "the whole is not." in notes
    )
    assert any(n.startswith("“169 seats” is a whole the article states (“64 of the …”)") for n in notes), (
        notes
    )


def test_a_label_quotes_no_stray_quote_mark():
    article = article_from_text('Rivals have 40 seats. "We have 64 seats and will use them."', "q")
    assert clause_of(article, article.body.index("64"), article.body.index("64") + 8) == "We have 64 seats"


def test_counts_of_one_thing_said_apart_share_an_axis_only_with_like_subjects():
    charts, notes = _report(
        "Silva scored 27 goals in 41 games last season. The stadium hosted 11 concerts and two NFL games. "
        "The coach said it was a loss of 25 goals a season."
    )
    assert [c.name for c in charts if "counts" in c.name] == [], [c.name for c in charts]
    assert any(n.startswith("Counts of unlike things") and "“41 games”" in n for n in notes), notes


def test_a_cumulative_total_and_a_bare_amount_are_not_drawn_beside_a_years_accounts():
    charts, notes = _report(
        "Revenue was £672m and wages were £276m. The club had invested £1.2bn in its stadium since 2015. "
        "The club finished 5th in the Premier League and reached the semi-final of the Europa League, "
        "earning £38m in prize money from UEFA."
    )
    money = next(c for c in charts if "money" in c.name)
    assert sorted(money.data["value"]) == [276_000_000, 672_000_000]
    assert any("(cumulative totals), “£1.2bn”" in n for n in notes), notes
    assert (
        "“£38m”: the article's words give it no subject the chart can trust, so no label is true: not drawn."
        in notes
    )


def test_a_size_is_no_count_of_people():
    charts, notes = _report(
        "Revenue at the 62,850-seat stadium rose, helped by two academy players and 30 fans."
    )
    assert "62,850-seat stadium" not in _drawn(charts)
    assert "“62,850-seat stadium” is the size of a stadium, not a count of people: not drawn." in notes


def test_every_figure_kind_no_chart_draws_gets_a_note():
    _, notes = _report(
        "Labour won 27.4 per cent of the vote, down 1.6 percentage points. The bank cut its rate by 150 "
        "basis points to 19.5 per cent."
    )
    assert any(n.startswith("Shares of a whole (“27.4 per cent”)") for n in notes), notes
    assert any(n.startswith("Changes in percentage or basis points") for n in notes), notes


def test_a_rate_at_two_times_and_a_target_are_levels_not_changes():
    charts, notes = _report(
        "Consumer price inflation slowed to 8.9 per cent in October from 9.4 per cent in September. "
        "The central bank expects inflation to end next year within its target band of 8 per cent. "
        "The bank raised its growth forecast for the year to 5.8 per cent from 4.0 per cent.",
        "rates",
    )
    assert not [c.name for c in charts if "percent-changes" in c.name]
    for quote, word in (("8.9 per cent", "to"), ("9.4 per cent", "from"), ("5.8 per cent", "to")):
        assert any(n.startswith(f"“{quote}” is the level") and f"(“{word} {quote}”)" in n for n in notes), (
            quote
        )
    assert any(n.startswith("“8 per cent” is a level of a rate, target or forecast") for n in notes)


def test_changes_share_an_axis_only_for_one_period_or_one_passage():
    text = (
        "Support for the party rose 105 per cent. It was a big night. Crowds gathered. The mood was calm. "
        "Electricity prices rose 18 per cent over the summer. Fares fell. Many voted. Turnout was high. "
        "The index closed up 0.3 per cent. Sales rose 5 per cent in the second quarter, and costs rose "
        "7 per cent in the second quarter."
    )
    charts, notes = _report(text, "mix")
    changes = [c for c in charts if "percent-changes" in c.name]
    assert [sorted(c.data["percent_change"]) for c in changes] == [[5.0, 7.0]]
    assert "Drawn together: changes the article states for one period" in changes[0].alt_text
    assert any(n.startswith("One percent change for “over the summer”, “18 per cent”") for n in notes)
    assert any(n.startswith("One percent change, “105 per cent”, with no period stated") for n in notes)


def test_a_period_carried_from_an_earlier_sentence_is_said_so(seed):
    figures = extract_figures(seed)
    charts, _ = report_charts(seed, figures, percent_changes(seed, figures))
    chart = next(c for c in charts if "percent-changes" in c.name)
    assert "(stated in an earlier sentence)" in chart.alt_text


def test_a_year_that_names_no_event_is_left_out_of_the_timeline():
    text = (
        "Inflation was the lowest reading since 2021. The programme runs until 2026. "
        "The Conservatives had their worst result since 1993. The bank was founded in 1957. "
        "The floods took the deadliest toll since 2016."  # cleanup35: any superlative, vocab.SUPERLATIVE
    )
    article = article_from_text(text, "since")
    figures = extract_figures(article)
    events, _ = timeline_events(figures, article)
    assert list(events["label"]) == ["1957: “The bank was founded in 1957”"]
    _, notes = report_charts(article, figures, percent_changes(article, figures))
    assert (
        "“lowest reading since 2021” marks the far end of a comparison, not an event: left out of the timeline."
        in notes
    )
    assert (
        "“until 2026” ends a span whose start the article does not give: left out of the timeline." in notes
    )
    assert (
        "“deadliest toll since 2016” marks the far end of a comparison, not an event: left out of the timeline."
        in notes
    )


# --- fixwalk33-a: what a fact-checker would not publish (invented articles) -----------------------

COUNCIL = (
    "The Civic Alliance won 30 of the 61 seats, up from 26. The Rivers Party took 19 seats, "
    "and the Farmers' League, who lost 7 seats, and local independents the remaining 5 seats, for a "
    "total of 61. With the Rivers Party, the alliance controls 49 seats."
)


def test_a_chamber_size_a_sum_and_a_loss_are_not_drawn_among_the_seats():
    charts, notes = _report(COUNCIL, "council")
    drawn = _drawn(charts)
    assert not {"61", "61 seats", "7 seats", "49 seats"} & set(drawn), drawn
    assert {"30", "19 seats", "5 seats"} <= set(drawn), drawn
    assert any(n.startswith("“7 seats” is a change (“lost …”), not a level") for n in notes), notes
    assert (
        "“30” and “19 seats” add up to “49 seats”: a whole beside its parts, so the parts are drawn and the whole is not."
        in notes
    )
    assert any(n.startswith("“61” is a whole the article states (“for a total of …”)") for n in notes), notes


def test_a_bar_is_labelled_by_the_holder_its_sentence_names():
    charts, _ = _report(COUNCIL, "council")
    seats = next(c for c in charts if c.form == "bars")
    # the engine's subject names the holder of a part of the seats (attrib36); the chart keeps it
    assert "Seats of the Civic Alliance, 30" in seats.alt_text and "Rivers Party seats, 19" in seats.alt_text
    assert "The article names no holder for “5 seats”" in " ".join(texts(seats))


def test_a_stated_total_is_not_drawn_beside_its_parts():
    charts, notes = _report(
        "The former director diverted about £2 million from the charity. Investigators said £1.2 million "
        "went on a house, £500,000 on cars and £300,000 on holidays, a total of £2 million. "
        "She was fined £20,000."
    )
    drawn = _drawn(charts)
    assert "£2 million" not in drawn and {"£1.2 million", "£500,000", "£300,000"} <= set(drawn), drawn
    assert any(n.startswith("“£2 million” is a whole the article states (“a total of …”)") for n in notes), (
        notes
    )


def test_both_levels_of_a_stated_percent_change_are_left_out_of_the_amounts():
    charts, notes = _report(
        "Spending on school repairs rose 25 per cent, from $8 million to $10 million. "
        "The district also spent $3 million on buses and $2 million on books."
    )
    drawn = _drawn(charts)
    assert not {"$8 million", "$10 million"} & set(drawn) and {"$3 million", "$2 million"} <= set(drawn)
    assert any(n.startswith("“$10 million” is the later level of a change the article states") for n in notes)


def test_an_increase_of_an_amount_is_not_drawn_beside_amounts():
    charts, notes = _report(
        "The pension rises by $40 to $1,240 a month. The city spent $90 million on parks and "
        "$45 million on libraries."
    )
    assert "$40" not in _drawn(charts)
    assert any(n.startswith("“$40” is a change (“rises by …”), not a level") for n in notes), notes


def test_parts_named_by_their_noun_are_drawn_and_their_exact_whole_is_not():
    charts, notes = _report(
        "Police recorded 930 burglaries last year. Some 610 of the burglaries were at homes, and 320 "
        "burglaries at shops."
    )
    drawn = _drawn(charts)
    assert "930 burglaries" not in drawn and {"610 of the burglaries", "320 burglaries"} <= set(drawn), drawn
    assert (
        "“610 of the burglaries” and “320 burglaries” add up to “930 burglaries”: a whole beside its parts, "
        "so the parts are drawn and the whole is not." in notes
    )


def test_a_count_per_day_is_not_drawn_beside_counts():
    charts, notes = _report(
        "The shelter took in 2,300 people last year and 410 people in January. "
        "It still turns away 12 people a day."
    )
    assert "12 people" not in _drawn(charts)
    assert any("per day" in n and "“12 people”" in n for n in notes), notes


def test_value_labels_keep_the_articles_sign_and_approximate_words():
    charts, _ = _report("The province spent about R4 billion on roads and R1.5 billion on clinics.")
    alt = next(c for c in charts if c.form == "bars").alt_text
    assert "about R4 billion" in alt and "R1.5 billion" in alt and "ZAR;" not in alt, alt


def test_value_labels_keep_a_letter_sign_the_engine_reads_for_the_currency():
    # fixwalk34-c: a sign of letters ("KSh", "TSh", "Rs") is the article's own, as the article spaces it
    charts, _ = _report(
        "NAIROBI: The ministry set aside KSh 3.2 billion for water and KSh 870 million for roads. "
        "In Dodoma, the council spent TSh 41 billion on clinics and TSh 12 billion on schools."
    )
    alts = " ".join(c.alt_text for c in charts if c.form == "bars")
    assert "KSh 3.2 billion" in alts and "KSh 870 million" in alts and "KES;" not in alts, alts
    assert "TSh 41 billion" in alts and "TZS" not in alts.partition("Source")[0].split(":", 1)[1], alts


def test_a_currency_code_before_an_amount_stays_a_code_after_it():
    # fixwalk34-c: "PKR 103 billion" has no sign: the code is written after the number
    charts, _ = _report("The Pakistani province spent PKR 103 billion on roads and PKR 40 billion on canals.")
    alt = next(c for c in charts if c.form == "bars").alt_text
    assert "103 billion PKR" in alt, alt


def test_a_source_named_by_its_role_is_named_once():
    assert (
        claim_note(["Health Minister Ana Ruiz", "the minister"]) == "According to Health Minister Ana Ruiz."
    )
    assert claim_note(["the minister", "the treasury"]) == "According to the minister and the treasury."


def test_charted_apart_names_only_charts_that_are_drawn():
    charts, _ = _report(
        "The company earned $40 million in 2025 and paid $12 million in dividends. It expects to earn "
        "$55 million next year and to invest $20 million. Staff get a $300 monthly bonus."
    )
    for chart in charts:
        said = " ".join(texts(chart))
        assert "forecasts, plans and requests" not in said or "forecast" not in chart.name, said
        assert "per year, month, week or day" not in said, said


def test_a_label_prints_no_unit_note():
    rows = pd.DataFrame(
        {"subject": ["age (unit: years of age)", "age (unit: years of age)"], "quote": ["a", "b"]}
    )
    assert bar_labels(rows) == ["Age: “a”", "Age: “b”"]


def test_one_date_and_the_articles_own_date_make_no_timeline():
    article = article_from_text(
        "published: 2026-03-02\n\nThe stadium opened in 1998 and holds 40,000 fans.", "one"
    )
    assert timeline_missing(extract_figures(article), article) == (
        "the article states only one date (1998) besides its own date (2026-03-02); a timeline needs two "
        "dates the article states, or a period."
    )


def test_the_audit_date_sentence_counts_the_articles_own_date_and_is_whole():
    """The audit notebook's date line says the article's own date and never a fragment (fixwalk36-b)."""
    article = article_from_text(
        "published: 2026-05-04\n\nThe ferry service aims to reopen the pier by June 2028.", "pier"
    )
    assert timeline_text(extract_figures(article), article) == (
        "No timeline: the article states only one date (June 2028) besides its own date (2026-05-04); a "
        "timeline needs two dates the article states, or a period. Every date listed states its year."
    )
    article = article_from_text("The pier reopened on 3 May, four years after it closed in 2022.", "may")
    assert timeline_text(extract_figures(article), article).endswith(
        "No year stated, so not placed: “3 May”."
    )


def test_a_year_inside_a_name_and_a_fiscal_year_on_the_timeline():
    article = article_from_text(
        "Spending will reach $5 billion in the 2026/27 fiscal year and the deficit will close in 2029. "
        "The yield on the 2041 bond rose.",
        "fy",
    )
    figures = extract_figures(article)
    events, _ = timeline_events(figures, article)
    # a fiscal year whose months are not given is no span to draw (fixwalk34-a): a note says so
    assert [label.split(":")[0] for label in events["label"]] == ["2029"]
    assert fiscal_years(figures)[int(figures.loc[figures["quote"] == "2026/27", "start"].iloc[0])].startswith(
        "“2026/27” is a fiscal year whose months the article does not give"
    )


def test_a_change_over_a_period_still_to_come_is_no_change_done():
    charts, _ = _report(
        "Farm output rose 2.3 per cent in 2025 and is expected to climb by 1.1 per cent this year and by "
        "an average 2.0 per cent over the following three years."
    )
    drawn = [str(q) for c in charts for q in c.data.get("quote", [])]
    assert "2.0 per cent" not in drawn, drawn


def test_every_chart_row_carries_the_quote_and_span_it_draws():
    """A bar traces back to its words: each chart's data (its CSV) has quote, start and end (a
    timeline event its quotes, starts and ends), and the span is the quote (fixwalk34-b)."""
    text = (
        "published: 2025-03-14\n\n"
        "Ferry trips on the lake fell 9 per cent in the year to June, the operator said on Friday. "
        "Cargo crossings rose 14 per cent over the same year. "
        "The operator spent £4.2 million on new hulls and £1.8 million on piers. "
        "It carried 310,000 passengers and 42,000 cars. "
        "Work on the north pier ran from January 2023 to October 2024."
    )
    article = article_from_text(text, "ferries")
    figures = extract_figures(article)
    charts, _ = report_charts(article, figures, percent_changes(article, figures))
    assert {c.name.split("--")[1] for c in charts} >= {"percent-changes", "timeline"}
    for chart in charts:
        if chart.form == "timeline":
            rows = chart.data[chart.data["quotes"] != ""]
            for quotes, starts, ends in zip(rows["quotes"], rows["starts"], rows["ends"], strict=True):
                for start, end in zip(starts.split(" | "), ends.split(" | "), strict=True):
                    assert article.body[int(start) : int(end)] in quotes.split(" | ")
            continue
        assert {"quote", "start", "end"} <= set(chart.data.columns), chart.name
        for quote, start, end in zip(
            chart.data["quote"], chart.data["start"], chart.data["end"], strict=True
        ):
            assert article.body[int(start) : int(end)] == quote, chart.name


def test_a_timeline_rows_quotes_starts_and_ends_pair_one_to_one():
    """A date said three times is one row whose quotes, starts and ends each hold three entries, so a
    script zipping them keeps every mention (fixwalk36-b)."""
    article = article_from_text(
        "published: 2026-02-03\n\nThe mill closed in 2019. Rents have risen since 2019, and the town "
        "has lost a fifth of its shops since 2019. A new market opened in March 2025.",
        "mill",
    )
    events, _ = timeline_events(extract_figures(article), article)
    for quotes, starts, ends in zip(events["quotes"], events["starts"], events["ends"], strict=True):
        quotes, starts, ends = (str(c).split(" | ") if c else [] for c in (quotes, starts, ends))
        assert len(quotes) == len(starts) == len(ends)
        assert quotes == [article.body[int(s) : int(e)] for s, e in zip(starts, ends, strict=True)]
    assert "2019 | 2019" in " ".join(events["quotes"])


def test_a_since_date_never_overwrites_a_range_ending_on_the_latest_day():
    """tidy38: "since 2018" drawn to the latest past date leaves "from 2018 to 2023" its own row."""
    article = article_from_text(
        "Since 2018, the trust has restored 140 churches. From 2018 to 2023 it restored 45 in the west.",
        "trust",
    )
    events, _ = timeline_events(extract_figures(article), article)
    assert len(events) == 2 and any("2023" in str(q) for q in events["quotes"]), events[["label", "quotes"]]


# --- what a graphics desk would not publish (fixwalk34-a) ------------------------------------------


def test_a_change_the_articles_own_levels_contradict_is_not_charted_as_stated():
    said = (
        "Ferry crossings on the Tamar fell {} per cent in the year to June, from 5.0 million to 4.5 million, "
        "the port authority said. Freight sailings fell 8 per cent in the year to June."
    )
    charts, notes = _report(said.format(20))
    assert not [c for c in charts if "percent-changes" in c.name]
    assert (
        "“20 per cent” is not what the article's own levels give: “5.0 million” and “4.5 million” make a "
        "change of -10.0% (see the consistency findings), so it is not charted as stated." in notes
    )
    charts, _ = _report(said.format(10))  # levels that agree: drawn, and two levels are no baseline
    (chart,) = [c for c in charts if "percent-changes" in c.name]
    assert list(chart.data["baseline"]) == ["not stated", "not stated"]


def test_a_change_its_own_share_levels_contradict_is_not_charted_as_stated():
    charts, notes = _report(
        "Passenger numbers on the coastal line rose 4 per cent, the operator said. The share of its trains "
        "running on time rose from 71.2 per cent to 78.4 per cent, an improvement of 7.2 per cent."
    )
    assert "7.2 per cent" not in _drawn(charts)
    assert (
        "“7.2 per cent” is not what the article's own levels give: “71.2 per cent” and “78.4 per cent” make "
        "a change of +10.1 % (ratio of the levels) (see the consistency findings), so it is not charted as "
        "stated." in notes
    ), notes


def test_a_change_said_as_up_or_down_an_amount_is_not_drawn_as_a_level():
    """ "up 120 on the previous year" is a change, even with no direction in the table (fixwalk36-b)."""
    charts, notes = _report(
        "The number of lifeboat crews rose to 3,480, up 120 on the previous year, and the charity said "
        "92 per cent of launches took place within 10 minutes. It set up 40 new stations and 35 old ones."
    )
    assert "120" not in _drawn(charts), _drawn(charts)
    assert "“120” is a change (“up …”), not a level: not drawn as a count beside levels." in notes, notes


def test_counts_of_unlike_people_share_no_axis_even_beside_people_at_large():
    """Pupils, teachers and "people" waiting: never one count chart (fixwalk36-b)."""
    charts, notes = _report(
        "About 96,300 pupils were waiting for a school place in September, the education office said. "
        "Some 8,400 people were waiting for special-needs places. The office hired 1,250 teachers over "
        "the summer, and 1,100 teachers retired. Another 41,000 pupils moved school."
    )
    drawn = {c.name: list(c.data["quote"]) for c in charts if c.form == "bars"}
    assert not [q for q in drawn.values() if {"96,300 pupils", "1,250 teachers"} <= set(q)], drawn
    assert not [q for q in drawn.values() if {"96,300 pupils", "8,400 people"} <= set(q)], drawn
    assert "Counts of unlike things, one of each: “8,400 people”; said in sentences, not charted" in " ".join(
        notes
    ), notes


def test_a_weekly_and_an_hourly_amount_share_no_axis_and_a_past_years_amount_says_its_year():
    """Pay a week, pay an hour: other bases, other charts; "R21.50 in 2023" says its year (fixwalk36-b)."""
    charts, notes = _report(
        "Average weekly pay for care workers reached R4,120, the agency said, and R3,900 for cleaners. "
        "The hourly minimum for farm labour rose from R21.50 in 2023 to R28.40 this year."
    )
    drawn = {c.name: set(c.data["quote"]) for c in charts if c.form == "bars"}
    assert not [q for q in drawn.values() if {"R4,120", "R28.40"} <= q], drawn
    (chart,) = [c for c in charts if c.name.endswith("money-zar-per-hour")]
    assert "Hourly minimum for farm labour: “R21.50” (2023), R21.50" in chart.alt_text
    assert "Only one money amount in ZAR per week, “R4,120”: said in a sentence, not charted." in notes


def test_an_expectation_listed_after_and_is_no_result_and_its_bars_say_whose_it_is():
    """ "had expected sales of NOK 13.0 billion and operating profit of NOK 2.5 billion": both are the
    brokers' expectation, labelled so, drawn as written ("13.0") and never a cut phrase (fixwalk36-b)."""
    charts, _ = _report(
        "Harbourline posted sales of NOK 12.4 billion and an operating profit of NOK 2.2 billion for the "
        "year. Brokers at Vestkyst Markets had expected sales of NOK 13.0 billion and operating profit of "
        "NOK 2.5 billion."
    )
    charts = {c.name.removeprefix("w--"): c for c in charts}
    assert set(charts["money-nok"].data["quote"]) == {"NOK 12.4 billion", "NOK 2.2 billion"}
    assert charts["money-nok-forecast"].alt_text.startswith(
        "Bar chart of 2 money amounts in NOK: Sales (expected by Brokers), 13.0 billion NOK; "
        "Operating profit (expected by Brokers), 2.5 billion NOK."
    ), charts["money-nok-forecast"].alt_text


def test_a_year_of_a_starting_level_is_no_period_of_the_change():
    """ "rose from R21.50 in 2023 to R28.40 this year, a rise of 32 per cent" is no change in 2023
    (fixwalk36-b)."""
    _, notes = _report(
        "The hourly minimum for farm labour rose from R21.50 in 2023 to R28.40 this year, a rise of 32 per "
        "cent. Bus fares rose from R14 in 2023 to R16, up 14 per cent."
    )
    assert not [n for n in notes if "“in 2023”" in n or "“from R14 in 2023”" in n], notes
    assert "One percent change for “2023 to … this year”, “32 per cent”" in " ".join(notes), notes
    assert "One percent change, “14 per cent”, with no period stated" in " ".join(notes), notes


def test_a_past_fact_is_no_forecast_and_an_aim_is_one():
    """ "waiting for planned eye surgery fell in three of seven districts" is a past fact; "aimed to cut
    the list of 41,000 applicants to 30,000" a target from a level held now (fixwalk36-b)."""
    _, notes = _report(
        "Pupils waiting for planned eye surgery fell in three of the city's seven districts over the winter, "
        "the health office said. The office aimed to cut the list of 41,000 applicants to 30,000 by June "
        "2027. It housed 2,300 families and 600 pensioners. Analysts expected 5,000 families."
    )
    text = " ".join(notes)
    assert "Counts of unlike things, one of each: “three”, “seven districts”, “2,300 families”" in text, notes
    assert "Counts of unlike things, one of each: “41,000 applicants”, “600 pensioners”" in text, notes
    assert "Only one count of people (forecasts and expectations), “30,000”" in text, notes


def test_a_period_never_opens_on_the_metrics_words():
    """ "a 6 per cent rise in bookings for 2025" has the period "for 2025" (fixwalk36-b)."""
    _, notes = _report(
        "Alpenrail reported a 6 per cent rise in bookings for 2025 on Tuesday, helped by new routes."
    )
    assert any(n.startswith("One percent change for “for 2025”, “6 per cent”") for n in notes), notes


def test_all_of_a_count_is_a_whole_not_drawn_beside_its_parts():
    """ "all 96,300 pupils" is the whole that "about 700 pupils in the North" is part of (fixwalk36-b)."""
    charts, notes = _report(
        "The four districts together account for all 96,300 pupils waiting. In the North district, about "
        "700 pupils started late, and 900 pupils moved school."
    )
    assert "96,300 pupils" not in _drawn(charts), _drawn(charts)
    assert "“96,300 pupils” is a whole the article states (“all …”)" in " ".join(notes), notes


def test_a_vote_tally_is_labelled_for_and_against():
    charts, _ = _report("The council approved the plan by 31 votes to 9 on Monday.")
    (chart,) = [c for c in charts if "votes" in c.name]
    assert chart.alt_text.startswith("Bar chart of 2 counts of votes: Votes in favour, 31; Votes opposed, 9.")


def test_a_part_said_with_including_of_which_or_its_share_is_not_drawn_beside_its_whole():
    charts, notes = _report(
        "More than 3,400 pupils sat the exam this year, including 215 who took it early. "
        "Some 2,900 pupils sat it last year."
    )
    assert "215" not in _drawn(charts)
    assert (
        "“215” is a part of a whole the article names (“including …”): not drawn beside its whole." in notes
    )
    charts, notes = _report(
        "The province's wage bill, which takes $5.2 billion or 38 per cent of the budget, will be frozen. "
        "Hospitals get $3.9 billion and schools $2.7 billion. The county's pending bills total $800 million, "
        "of which $300 million is owed to builders."
    )
    assert not {"$5.2 billion", "$300 million"} & set(_drawn(charts)), _drawn(charts)
    assert any(
        n.startswith("“$5.2 billion” is a part of a whole the article names (“or 38 per cent of")
        for n in notes
    )


def test_a_count_labelled_only_by_its_number_is_not_drawn():
    article = article_from_text(
        "The ward treated 4,210 patients in May; 190 waited more than six hours.", "w"
    )
    figures = extract_figures(article)
    figures.loc[figures["quote"] == "190", "subject"] = "people who waited more than"  # a subject cut short
    charts, notes = report_charts(article, figures, percent_changes(article, figures))
    assert "190" not in _drawn(charts)
    assert any(n.startswith("“190”: the article's words give it no subject") for n in notes), notes


def test_amounts_that_go_on_a_cut_are_changes_not_levels():
    charts, notes = _report(
        "Under the plan, libraries lose $12 million, parks $8 million, and the arts council $3 million. "
        "The city spends $640 million on policing and $410 million on schools."
    )
    assert not {"$12 million", "$8 million", "$3 million"} & set(_drawn(charts))
    assert (
        "“$8 million” is said with “$12 million”, a change (an amount by which something moved), not a level: "
        "not drawn as a money amount beside levels." in notes
    )
    charts, _ = _report(  # an amount with a verb of its own is no member of the cut before it
        "Libraries lose $12 million, and parks get $80 million. The city spends $640 million on policing."
    )
    assert "$80 million" in _drawn(charts)


def test_debts_plans_per_unit_amounts_and_later_levels_are_not_drawn_beside_sums():
    charts, notes = _report(
        "The operator's pending bills stand at $950 million. It earned $2.4 billion in ticket revenue and "
        "spent $1.9 billion on operations last year. Fares for students will be halved from March, at a cost "
        "of about $6 million. The subsidy per passenger journey is $4.10. A day ticket rose from $7 to $9, "
        "and an annual pass from $900 to $1,050."
    )
    sums = [c for c in charts if c.name.endswith("money-usd")]
    assert sums and set(sums[0].data["quote"]) == {"$2.4 billion", "$1.9 billion"}, [c.data for c in charts]
    assert not {"$9", "$1,050", "$4.10"} & set(_drawn(charts))
    assert any("“$950 million”" in n and "levels held at a date" in n for n in notes), notes
    assert any("“$6 million”" in n and "forecasts" in n for n in notes), notes
    assert (
        "“$4.10” is an amount per passenger journey (a price or a rate), not a sum: not drawn beside sums."
        in notes
    )


def test_a_lone_fiscal_year_is_no_timeline_and_says_why():
    article = article_from_text(
        "published: 2027-03-03\n\nThe council approved a $2 billion budget for 2027/28.", "fy"
    )
    assert timeline_missing(extract_figures(article), article) == (
        "no date a timeline can place (see the note on the fiscal year left out)."
    )


def test_notes_name_targets_medians_and_what_shares_are_of_and_say_a_period_once():
    _, notes = _report(
        "Only 72 per cent of trains ran on time in May, against a target of 90 per cent. The median delay "
        "was 14 minutes, against 9 minutes a year earlier. The Coast Line, which carries 3.1 million "
        "passengers a year, was worst hit."
    )
    said = " ".join(notes)
    assert (
        "Targets (“90 per cent”): no chart, since each is the target its sentence gives for a share it states (“90 per cent” for “72 per cent”)"
        in said
    ), notes
    assert "a vote, a market" not in said and "per year per year" not in said, notes
    assert any(n.startswith("Medians and averages of time (“14 minutes”, “9 minutes”)") for n in notes), notes


# --- article text a chart draws, traced to its span (fixwalk35) -----------------------------------


def _quoted_pieces(chart) -> list[str]:
    """Every piece of quoted words drawn on a chart outside its source line, "…" splitting pieces."""
    source = " ".join(chart.source.split())
    drawn = [" ".join(t.get_text().split()) for t in chart.figure.texts]
    drawn += [" ".join(t.get_text().split()) for ax in chart.figure.axes for t in ax.texts]
    drawn += [" ".join(t.get_text().split()) for ax in chart.figure.axes for t in ax.get_yticklabels()]
    return [
        piece.strip()
        for text in drawn
        if text != source
        for quoted in re.findall(r"“([^“”]+)”", text)
        for piece in re.split(r"…", quoted)
        if piece.strip()
    ]


TRACED_ARTICLES = {
    "ferries": (
        "Ferry journeys across the bay rose 14 per cent in the year to June, the harbour board said. "
        "Freight sailings rose 6 per cent in the year to June. "
        "The board carried 2.1 million passengers and 48,000 cyclists. "
        "The new terminal will open in May 2027, and the old pier will close by 2029."
    ),
    "clinics": (
        "The health trust saw 8,410 patients at its walk-in clinics in August. "
        "Of those, 1,932 waited more than four hours from arrival, the trust said. "
        "Ambulances answered 611 calls from care homes."
    ),
}


@pytest.mark.parametrize("name", sorted(TRACED_ARTICLES))
def test_every_piece_of_article_text_a_chart_draws_has_its_span(name, tmp_path):
    """A period in a subtitle, a clause quoted in a label, a note's quoted words: each is a row of
    the chart's `texts` (and its .texts.csv) whose quote is the article's text at its span."""
    body = TRACED_ARTICLES[name]
    charts, _ = _report(body, name)
    assert charts
    article = article_from_text(body, name)
    traced = 0
    for chart in charts:
        assert list(chart.texts.columns) == ["drawn", "quote", "start", "end"]
        for row in chart.texts.itertuples():
            assert article.body[int(row.start) : int(row.end)] == row.quote, row
            traced += 1
        pieces = _quoted_pieces(chart)
        for piece in pieces:
            assert any(" ".join(q.split()) == " ".join(piece.split()) for q in chart.texts["quote"]), piece
        saved = tmp_path / f"{chart.name}.texts.csv"
        save_chart(chart, tmp_path)
        assert saved.read_text(encoding="utf-8") == table_csv(chart.texts)
    assert traced, "the test articles draw article text on their charts"


@pytest.mark.parametrize(
    ("body", "piece", "near", "span"),
    [
        # walk37: "28" of "Dec. 27 and 28" is not the "28" inside "11,286.35", even nearer
        ("The index closed at 11,286.35 points. Trading halts on Dec. 27 and 28.", "28", [20], (67, 69)),
        ("Output of 1,928 tonnes; the 928 extra tonnes came later.", "928", [5], (28, 31)),
        ("The 450-seat cinema opened.", "seat", [0], (8, 12)),
        ("The 450-seat cinema opened, said the mayor-elect.", "mayor", [0], (37, 42)),
        ("Revenue of 2.86bn came in.", "2.8", [0], None),
    ],
)
def test_a_traced_piece_is_a_whole_word_or_number_of_the_body(body, piece, near, span):
    from analysis.charts import traced_span

    assert traced_span(body, piece, near) == span


def test_the_seed_charts_trace_their_period_and_purpose(attack, aid, seed):
    """The attack chart's period (in its subtitle) and the aid chart's purpose and period (beside
    its bars, unquoted) each have their span; the chart's rows print them under its numbers."""
    from analysis.charts import TEXTS_HEAD, chart_rows

    assert list(attack.texts["drawn"]) == ["subtitle"]
    assert attack.texts["quote"].iloc[0].startswith("since the return of Afghan Taliban")
    assert list(aid.texts["quote"]) == ["this year", "to respond to recent earthquakes"]
    for chart in (attack, aid):
        for row in chart.texts.itertuples():
            assert seed.body[row.start : row.end] == row.quote
        assert TEXTS_HEAD in chart_rows(chart)


# --- a budget beside what it gives out, a past year's amount beside this year's (fixwalk35) ----


def test_a_budget_is_not_drawn_beside_the_sums_it_gives_out():
    """README rule 6: allocations said with "gets", "receives" or "is allocated" (no "including" or
    "of which") are parts of the budget stated with them; the parts are drawn, the budget is a
    reference named in a note."""
    charts, notes = _report(
        "The city council approved a £96.4 million budget for 2027-28 on Monday. "
        "Libraries get £4.2 million, parks receive £7.9 million and road repairs are allocated £12.5 million."
    )
    drawn = _drawn(charts)
    assert "£96.4 million" not in drawn
    assert {"£4.2 million", "£7.9 million", "£12.5 million"} <= set(drawn), drawn
    assert any(
        n.startswith("“£96.4 million” is a budget the article states beside sums it gives out") for n in notes
    )


def test_a_budget_with_no_sum_given_out_stays_a_bar():
    charts, _ = _report(
        "The regional health board set a €2.3 billion budget for next year. "
        "Its hospitals' building programme costs €310 million, and wages cost €1.4 billion."
    )
    assert "€2.3 billion" in _drawn(charts)


def test_last_years_amount_beside_this_years_says_which_is_which():
    """README rule 6: a bar whose clause dates it to a past time ("last year", "a year earlier")
    drawn beside bars it does not date so is labelled with that time; bars all of one past time
    are labelled as they were."""
    charts, _ = _report(
        "The port authority's cranes cost R2.4 billion and its dredging fleet R860 million. "
        "It earned R1.7 billion in harbour fees last year, the authority said."
    )
    money = next(c for c in charts if "money" in c.name)
    labels = [t.get_text().replace("\n", " ") for t in money.figure.axes[0].get_yticklabels()]
    past = [label for label in labels if label.endswith("(last year)")]
    assert len(past) == 1 and "fees" in past[0].lower(), labels
    assert "(last year)" in money.alt_text
    charts, _ = _report(
        "The airline made a profit of $412 million last year. Its fuel bill was $1.9 billion last year, "
        "and it paid $640 million in landing fees last year."
    )
    money = next(c for c in charts if "money" in c.name)
    assert {"$1.9 billion", "$640 million"} <= set(money.data["quote"])
    assert "(last year)" not in money.alt_text


@pytest.mark.parametrize(
    "text",
    [
        "Schools get NZ$3.1 billion more than last year, and hospitals NZ$9.8 billion. Police get NZ$2.2 billion.",
        "The port earned R1.7 billion in harbour fees compared with last year. Its cranes cost R2.4 billion.",
        "The port earned R1.7 billion in harbour fees, up on last year. Its cranes cost R2.4 billion.",
        "The port earned R1.7 billion in harbour fees against last year's R1.5 billion. Its cranes cost R2.4 billion.",
    ],
)
def test_a_time_a_figure_is_compared_with_is_no_time_of_the_figure(text: str):
    """README rule 6: "more than last year", "compared with last year", "up on last year" date the
    comparison, not the bar."""
    charts, _ = _report(text)
    money = next(c for c in charts if "money" in c.name)
    labels = [t.get_text().replace("\n", " ") for t in money.figure.axes[0].get_yticklabels()]
    assert not [label for label in labels if label.endswith("(last year)")], labels


# charts37: README rule 6, a company's divisions beside the group's amount of the same measure
def test_a_groups_amount_is_no_bar_beside_its_divisions_amounts():
    charts, notes = _report(
        "Halvorsen Marine reported group sales of NOK 8.4 billion for 2025. Its offshore division's sales "
        "came to NOK 3.1 billion, and the ferry unit had sales of NOK 2.2 billion."
    )
    drawn = _drawn(charts)
    assert "NOK 8.4 billion" not in drawn and {"NOK 3.1 billion", "NOK 2.2 billion"} <= set(drawn), drawn
    assert any(note.startswith("“NOK 8.4 billion” is the group's amount") for note in notes), notes
    charts, notes = _report(  # divisions beside each other, and a group amount of another measure
        "The offshore division's sales came to NOK 3.1 billion. The ferry unit had sales of NOK 2.2 billion, "
        "and group operating profit was NOK 0.9 billion."
    )
    assert {"NOK 3.1 billion", "NOK 2.2 billion", "NOK 0.9 billion"} <= set(_drawn(charts)), notes


# charts37: README rule 6, people at large (a bare subject) are what their sentence says they are
def test_people_at_large_said_to_be_unlike_share_no_axis():
    charts, notes = _report(
        "About 1.9 million people were employed in the province at the end of June, the bureau said. "
        "Another 64,000 people were claiming jobless benefits."
    )
    assert not [c for c in charts if {"1.9 million people", "64,000 people"} <= set(c.data.get("quote", []))]
    assert any("Counts of unlike things" in note and "64,000 people" in note for note in notes), notes
    charts, _ = _report(  # people said to be alike share an axis
        "Some 4,000 people were evacuated from the valley on Monday, officials said. "
        "A further 2,500 people were evacuated on Tuesday."
    )
    assert {"4,000 people", "2,500 people"} <= set(_drawn(charts))


# charts37: README rule 6, "Charted apart" names only the bases of other charts drawn
def test_a_per_period_chart_names_no_base_of_its_own_or_of_a_note():
    charts, _ = _report(
        "Nurses in the district earned an average of $1,240 a week, and cleaners took home $690 a week. "
        "Locum doctors were paid $95 an hour. The district spent $42 million on wages and $9 million on "
        "agency fees."
    )
    weekly = next(c for c in charts if c.name.endswith("usd-per-week"))
    sums = next(c for c in charts if c.name.endswith("money-usd"))
    assert "Charted apart: sums, not stated per year, month, week, day or hour." in " ".join(texts(weekly))
    assert "Charted apart: amounts stated per week (a rate is no sum)." in " ".join(texts(sums))
    assert "hour" not in " ".join(texts(sums))


# charts37: one table per fact, the hedges and period words of two patterns read from vocab
def test_a_noun_of_lead_takes_any_hedge_and_a_period_never_opens_on_its_own_words():
    assert goes_on(" and net profit of almost ") and goes_on(" and operating profit of more than ")
    assert own_period("in revenue for 2025") == "for 2025"
    assert own_period("in the fifth month of trading") == "in the fifth month of trading"
    assert own_period("in hotel nights over the summer") == "over the summer"


# fixwalk37-a: a bound said with a negation is labelled as the bound it says, never its opposite
@pytest.mark.parametrize(
    ("text", "quote", "label"),
    [
        (
            "Dumping waste in the lagoon carries a fine of not less than Rs5 million, the court said.",
            "Rs5 million",
            "at least Rs5 million",
        ),
        ("Each start-up grant is worth no more than €80,000 under the scheme.", "€80,000", "at most €80,000"),
        ("The new depot in Tromsø will employ no fewer than 65 drivers.", "65", "at least 65"),
        ("The new depot in Tromsø will employ fewer than 65 drivers.", "65", "fewer than 65"),
    ],
)
def test_qualified_reads_negated_bounds(text: str, quote: str, label: str) -> None:
    start = text.index(quote)
    row = {"quote": quote, "start": start, "approx": True}
    assert qualified(article_from_text(text, "bounds"), row, quote, None) == label


# fixwalk37-a: a fiscal year is a year and the next; a span of thirty years is none
@pytest.mark.parametrize(
    ("text", "fiscal"),
    [
        ("The 2025/26 budget of Nairobi county was passed in June.", ["2025/26"]),
        ("The FY2026-2027 plan was approved in Dhaka.", ["FY2026-2027"]),
        ("Winter in Oslo was 2.4C warmer than the 1991-2020 average.", []),
    ],
)
def test_a_span_of_years_is_no_fiscal_year(text: str, fiscal: list[str]):
    figures = extract_figures(article_from_text(text, "fy"))
    assert [figures.set_index("start").loc[start, "quote"] for start in fiscal_years(figures)] == fiscal


# charts41: a signed amount in brackets after a level is its change, never a level (README rule 6)
def test_a_signed_change_in_brackets_is_no_price():
    charts, notes = _report(
        "Prices at the exchange, in tenge a tonne:\nWheat, class 3: 98,500 tenge (-1,200 tenge)\nBarley, feed: "
        "72,000 tenge (+900 tenge)\nOats: 61,500 tenge (61,000 tenge a year ago)"
    )
    drawn = _drawn(charts)
    assert "1,200 tenge" not in drawn and "900 tenge" not in drawn and "98,500 tenge" in drawn, drawn
    assert any(
        n.startswith("“1,200 tenge” is a change in brackets after a level (“(-1,200 tenge)”)") for n in notes
    ), notes


# charts41: a price is no cumulative total, though its clause says "already" (README rule 6)
def test_a_ticket_price_is_no_cumulative_total():
    charts, _ = _report(
        "The stepwell already draws about 120,000 visitors a year at a ticket price of $5 for residents and $30 "
        "for foreigners."
    )
    names = [c.name for c in charts if "money" in c.name]
    assert names and not any("cumulative" in n for n in names), names


def test_a_sum_raised_so_far_stays_a_cumulative_total():
    _, notes = _report(
        "The trust has spent $38.5 million on repairs so far. The temple spent $4 million on its roof in "
        "2025 and $2 million in 2024."
    )
    assert any("(cumulative totals), “$38.5 million”" in n for n in notes), notes


# charts41: an age said with a bound word is an age limit, no one's age (README rule 6)
def test_an_age_limit_is_no_age_beside_a_persons():
    charts, notes = _report(
        "The club's chairman, Sam Whitlock, 41, said the scheme had changed habits. Its treasurer, Ann Cole, "
        "58, agreed. Riders under 16 are not allowed on the e-bikes."
    )
    drawn = _drawn(charts)
    assert "under 16" not in drawn and "Whitlock, 41" in drawn, drawn
    assert any(n.startswith("“under 16” is an age limit (“under …”)") for n in notes), notes


def test_an_age_limit_in_words_is_no_age():
    charts, notes = _report(
        "Pepper, 18 months, and Biscuit, 30 months, are ready for homes. Kittens under six months go home in pairs."
    )
    assert not any("six months" in d for d in _drawn(charts))
    assert any("six months” is an age limit (“under …”)" in n for n in notes), notes


# charts41: "fiscal 2025" is a fiscal year too, its months not given; a calendar year is none (README rule 8)
@pytest.mark.parametrize(
    ("text", "fiscal"),
    [
        ("The temple drew 410,000 visitors in fiscal 2025, up from 2019.", ["2025"]),
        ("Exports rose in the financial year 2024 and again in 2025.", ["2024"]),
        ("The temple drew 410,000 visitors in 2025, up from 2019.", []),
    ],
)
def test_a_year_said_fiscal_is_a_fiscal_year(text: str, fiscal: list[str]):
    article = article_from_text(text, "fy")
    figures = extract_figures(article)
    assert [
        figures.set_index("start").loc[start, "quote"] for start in fiscal_years(figures, article)
    ] == fiscal


# fixwalk37-b: a forecast bar never says its standing twice; a sum's own span of time is on its bar
def test_a_pledge_bar_says_pledged_once_and_keeps_the_span_its_sum_is_over():
    charts, _ = _report(
        "The Nordic fund has pledged NOK 400 million over five years to the coastal towns, and the county "
        "will spend another NOK 120 million on ferries. The ministry promised harbours NOK 75 million "
        "between 2027 and 2030, and NOK 30 million over the forecast of the board."
    )
    chart = next(c for c in charts if c.name.endswith("money-nok-forecast"))
    alt = chart.alt_text
    assert "(pledged)" not in alt.split(";")[0] and "over five years, 400 million NOK" in alt
    assert "between 2027 and 2030, 75 million NOK" in alt
    assert "Ferries (planned), 120 million NOK" in alt and "over the forecast" not in alt
    ticks = " ".join(" ".join(t.get_text().split()) for t in chart.figure.axes[0].get_yticklabels())
    assert "over five years" in ticks


# fixwalk37-b: a ceiling is no bar; a whole never takes its part's label
def test_a_ceiling_is_a_note_and_a_whole_is_never_labelled_as_its_part():
    charts, notes = _report(
        "The orchestra's outreach and the youth choir cost CHF 3.4 million, of which CHF 1.2 million went to "
        "the youth choir. Sponsors may add as much as CHF 2 million next season, and ticket sales brought "
        "CHF 8.9 million. Touring cost CHF 2.7 million."
    )
    chf = next(c for c in charts if c.name.endswith("money-chf"))
    assert "CHF 2 million" not in _drawn(charts)
    assert any(n.startswith("“CHF 2 million” is a ceiling (“as much as …”)") for n in notes), notes
    assert "The orchestra's outreach and the youth choir, 3.4 million CHF" in chf.alt_text
    assert "Youth choir, " not in chf.alt_text


# fixwalk37-b: a threshold is no bar beside holdings
def test_a_threshold_is_not_drawn_beside_holdings():
    charts, notes = _report(
        "The Farmers' League won 48 seats, the Greens took 31 seats and the Liberals 22 seats. A governing "
        "bloc needs 76 seats for a majority in the 150-seat assembly."
    )
    seats = [c for c in charts if "seats" in c.name]
    assert seats and "76 seats" not in _drawn(seats)
    assert {"48 seats", "31 seats", "22 seats"} <= set(_drawn(seats))
    assert any(n.startswith("“76 seats” is a threshold (“needs”)") for n in notes), notes
    charts, notes = _report(
        "Parties hold 120 seats and 95 seats, short of the 151 seats required to pass a budget in the chamber."
    )
    assert "151 seats" not in _drawn(charts)
    assert any(n.startswith("“151 seats” is a threshold") for n in notes), notes


# fixwalk37-b: a premium or a discount to another level is no change over time
def test_a_premium_or_discount_is_not_drawn_among_changes():
    charts, notes = _report(
        "Bidder shares rose 4.2 per cent in Oslo on Friday. The offer values the group at a 12.5 per cent "
        "premium to its closing price, while the rights issue was priced at a discount of 8 per cent to "
        "Thursday's close. The benchmark index fell 1.1 per cent on Friday."
    )
    drawn = [str(q) for c in charts if "percent" in c.name for q in c.data.get("quote", [])]
    assert not {"12.5 per cent", "8 per cent"} & set(drawn)
    assert any(n.startswith("“12.5 per cent” is a premium against another level") for n in notes), notes
    assert any(n.startswith("“8 per cent” is a discount against another level") for n in notes), notes


def test_a_part_of_a_year_is_drawn_as_its_months_or_marked_as_a_part():
    """fixwalk38-a (walk37 problem 13): a part of a year is never drawn as the whole year: the months
    its words give ("the second quarter of 2023", the same months "the same period" points back to),
    else a part marked as such ("by late 2027")."""
    article = article_from_text(
        "published: 2026-10-02\n\n"
        "The port handled 2.1 million containers in the first eight months of the year, against 1.8 "
        "million in the same period of 2025. Freight volumes had slumped in the second quarter of 2023 "
        "and in H2 2024. A new quay is due to open by late 2027.",
        "port",
    )
    events, _ = timeline_events(extract_figures(article), article)
    spans = {
        label.split(":")[0]: (first, last, kind)
        for label, first, last, kind in events[["label", "first_day", "last_day", "precision"]].itertuples(
            index=False
        )
    }
    assert spans["2025"] == ("2025-01-01", "2025-08-31", "part")
    assert spans["2023"] == ("2023-04-01", "2023-06-30", "part")
    assert spans["2024"] == ("2024-07-01", "2024-12-31", "part")
    assert spans["2027"] == ("2027-01-01", "2027-12-31", "part of the year")
    assert events["label"].iloc[-1].endswith("(a part of the year)")
    chart = timeline_chart(extract_figures(article), article)
    assert "A dashed outline: a part of that year the article does not give exactly." in "\n".join(
        texts(chart)
    )


def test_since_runs_to_the_latest_past_date_when_the_article_date_is_unknown():
    """fixwalk38-a (walk37 problem 13): "Since 2011" in an article without its date runs to the latest
    date the article states for a time past, never a plan's year."""
    article = article_from_text(
        "Since 2011, the charity has planted 90,000 trees. It planted 6,200 in 2019 and 7,400 in 2024. "
        "It will plant 10,000 more by 2030.",
        "trees",
    )
    events, _ = timeline_events(extract_figures(article), article)
    row = events[events["precision"] == "since"].iloc[0]
    assert (row["first_day"], row["last_day"]) == ("2011-01-01", "2024-12-31")
    assert row["label"].startswith("since 2011 (to the latest past date the article states")


def test_a_firsts_far_end_is_no_event_though_words_stand_between():
    """charts41: the far end of a first's comparison, with a long noun phrase between ("the first poetry
    title to top the chain's annual chart since 1998") or an opening said after "since" ("the first since
    the system opened in 2014"), is left out of the timeline; a span "since" a year stays."""
    article = article_from_text(
        "The fare rise, the first since the system opened in 2014, takes effect in January 2027. Salt Hours is "
        "the first poetry title to top the chain's annual chart since 1998. Fares have been frozen since 2019.",
        "firsts",
    )
    figures = extract_figures(article)
    left_out = "\n".join(eventless_dates(figures, article).values())
    assert "2014" in left_out and "1998" in left_out and "2019" not in left_out, left_out


def test_a_year_after_its_names_word_is_no_event():
    """fixwalk38-a (walk37 problem 13): a year inside a name before it ("Horizon 2020", "Expo 2035",
    "the Fisheries Act, 2019") is left out of the timeline, its rows stay; a month's or a quarter's
    year, and a year after a quote's opening "The", stays."""
    article = article_from_text(
        "Funding came from Horizon 2020 and the Expo 2035 bid, and under the Fisheries Act, 2019, "
        'quotas were cut in May 2021 and in Q1 2022. "The 2023 catch was poor," a skipper said.',
        "fish",
    )
    figures = extract_figures(article)
    left_out = "\n".join(eventless_dates(figures, article).values())
    for words in ("Horizon 2020", "Expo 2035", "Act, 2019"):
        assert f"“{words}” is a year inside a name" in left_out
    events, _ = timeline_events(figures, article)
    assert [label.split(":")[0] for label in events["label"]] == ["May 2021", "2022", "2023"]
    assert {"2020", "2035", "2019"} <= set(figures["quote"])  # the rows stay (rules table 5)


def test_a_day_without_its_year_is_placed_by_the_articles_date():
    """fixwalk38-a (walk37 problem 9): "March 3" in an article dated known is placed in the year of
    the latest such day not after the article's date, or the next such day for a day still to come
    ("will", "due"), and the label says the year is inferred."""
    article = article_from_text(
        "published: 2026-02-10\n\n"
        "The ferry ran aground on March 3 and was refloated on Jan. 28. Repairs will run from Feb. 20 "
        "to March 2, and the inquiry is due to report on Nov. 5.",
        "ferry",
    )
    events, unplaced = timeline_events(extract_figures(article), article)
    assert unplaced == []
    days = dict(zip(events["first_day"], events["label"], strict=True))
    assert "2025-03-03" in days and "2026-01-28" in days and "2026-11-05" in days
    assert events.loc[events["first_day"] == "2026-02-20", "last_day"].iloc[0] == "2026-03-02"
    assert days["2025-03-03"].endswith("(year 2025 from the article's date)")
    chart = timeline_chart(extract_figures(article), article)
    assert "is not stated: the nearest such day to it" in "\n".join(texts(chart))


def test_a_campaign_called_an_appeal_puts_no_day_to_come():
    """charts41: "The appeal ran ... from Oct. 12 to Nov. 30" in an article of Dec. 2 is this year's
    Oct. 12, the noun "appeal" saying nothing of a time to come; "will" still does."""
    article = article_from_text(
        "published: 2026-12-02\n\n"
        "The appeal ran for seven weeks, from Oct. 12 to Nov. 30. Volunteers will pack the hampers on Oct. 14.",
        "appeal",
    )
    events, _ = timeline_events(extract_figures(article), article)
    assert "2026-10-12" in set(events["first_day"]) and "2027-10-14" in set(events["first_day"]), events


def test_a_day_a_present_tense_opens_or_closes_is_to_come():
    """charts41: "submissions close December 18" and "Forms open on the website from May 14" schedule a day
    still to come; "The museum was open on May 2" is past."""
    article = article_from_text(
        "published: 2026-05-11\n\n"
        "Forms open on the board's website from May 14, and submissions close December 18. The museum was open "
        "on May 12 for the visit.",
        "opens",
    )
    days = set(timeline_events(extract_figures(article), article)[0]["first_day"])
    assert {"2026-05-14", "2026-12-18", "2025-05-12"} <= days, days


def test_an_earlier_level_after_from_pairs_with_the_level_right_before_it():
    """fixwalk38-a (walk37 problem 20): in "... rose 6 per cent to £31.5m and catering sales climbed to
    £12.2m from £10.4m" the earlier level £10.4m is catering's, never the first amount of the clause."""
    charts, notes = _report(
        "The theatre's revenue fell to £88.0m from £91.3m. Ticket sales dropped to £40.1m from £47.9m, while "
        "touring income rose 6 per cent to £31.5m and catering sales climbed to £12.2m from £10.4m."
    )
    said = "\n".join(notes)
    assert "“£10.4m” is the earlier level the article compares “£12.2m” with" in said
    assert "“£12.2m” is the later level of a change the article states, from “£10.4m”" in said
    assert "“£31.5m” is the later level" not in said


def test_notes_name_only_what_the_text_says_of_shares_averages_and_bases():
    """fixwalk38-a (walk37 problem 20): a share's whole is named only where its words say it ("of
    normal"), a share of a rate is among rates, a span that is an average's window ("the 20-year
    average") is a span of time, and a change said against a base year names that base, never its
    sentence's period."""
    _, notes = _report(
        "published: 2026-03-02\n\n"
        "Snowfall in the Alps was 64 per cent of normal, and lake levels stood at 81 per cent, said the "
        "hydrology office. Avalanches buried 412 hectares of forest, twice the 20-year average of 200 hectares. "
        "The lending rate was cut from 4.5 per cent. Nitrogen emissions were 310 kilotonnes in 2025, down "
        "2.4 per cent from 318 kilotonnes in 2024 and 19 per cent below 1990 levels."
    )
    said = "\n".join(notes)
    assert "(here: normal)" in said, said
    assert "Spans of time (“20-year average”)" in said
    assert "Medians and averages of time" not in said
    assert "“19 per cent below 1990 levels”, against a base year" in said
    assert "“4.5 per cent”" in next(n for n in notes if n.startswith("Rates held at a date"))


# fixwalk38-b: one figure stated twice, once rounded in a quote, is one bar (README rule 6)
def test_a_rounded_restatement_is_one_bar_and_a_figure_it_does_not_round_stays():
    said = (
        "The region's roads killed 1,570 people last year, an average of 4.3 deaths a day. \"We are losing "
        '{} people every day on our roads," the transport minister Ana Ruiz said. Police recorded '
        "2,900 injuries a month."
    )
    charts, notes = _report(said.format("more than four"))
    assert "four people" not in _drawn(charts)
    assert (
        "“four people” states “4.3 deaths” again, rounded (“more than …”): one figure, drawn once as the more precise."
        in notes
    )
    charts, _ = _report(said.format("more than six"))  # 4.3 is not "more than six": two figures
    assert {"six people", "4.3 deaths"} <= set(_drawn(charts))


# tidy38: with no bound word, two round counts in two sentences are two figures, never one restated
@pytest.mark.parametrize(
    "said",
    [
        "Police detained 60 people in Kumasi. In Tamale, officers detained 57 people.",
        "The shelter in Mwanza housed 2,000 children in May. The shelter in Dodoma housed 2,180 children in June.",
    ],
)
def test_two_round_counts_without_a_bound_word_are_not_one_restated(said):
    _, notes = _report(said)
    assert not [n for n in notes if "again, rounded" in n], notes


# charts39: `restated` sets a figure only against figures of its unit near its value (no pass over
# every pair), and names the first of them in the rows' order, as a pass over every pair did
def test_a_restatement_names_the_first_precise_figure_of_its_unit_in_the_rows_order():
    from analysis.charts import restated

    said = [
        "Officials counted more than 5 deaths a day.",  # the rounder figure
        "The toll was 5.8 deaths a day in May.",  # of another unit: never its precise one
        "The toll was 5.3 deaths a day in June.",
        "The toll was 5.1 deaths a day in July.",
        "The toll was 6.4 deaths a day in August.",  # past its rounding
    ]
    article = article_from_text("title: t\n\n" + " ".join(said), "t")
    rows = []
    for n, quote in enumerate(["5 deaths", "5.8 deaths", "5.3 deaths", "5.1 deaths", "6.4 deaths"]):
        start = article.body.index(quote)
        rows.append(
            {
                "quote": quote,
                "value": float(quote.split()[0]),
                "_unit": "wounded" if n == 1 else "deaths",
                "sentence": article.sentence_of(start),
                "start": start,
                "end": start + len(quote),
                "subject": "deaths",
                "approx": n == 0,
            }
        )
    frame = pd.DataFrame(rows).iloc[[4, 1, 0, 3, 2]]  # the rows' order is not the values'
    out = restated(frame, pd.Series("", index=frame.index, dtype=object), article)
    assert (
        out[0]
        == "“5 deaths” states “5.1 deaths” again, rounded (“more than …”): one figure, drawn once as the more precise."
    )
    assert list(out[out != ""].index) == [0]


@pytest.mark.parametrize(
    ("rough", "bound", "exact", "same"),
    [
        (5, "more than", 5.1, True),
        (5, "more than", 4.9, False),
        (5000, "about", 5140, True),
        (5000, "about", 5600, False),
        (300, "nearly", 296, True),
        (300, "nearly", 304, False),
        (5.1, "", 5, False),  # the rounder figure is the one restated, never the precise one
    ],
)
def test_a_rounded_figure_agrees_within_its_rounding_and_bound(rough, bound, exact, same):
    assert agrees(rough, bound, exact) is same


# tidy38: the bound words are the qualifier words a figure can have, each negated bound on its side
def test_every_bound_word_is_a_qualifier_word_and_negated_bounds_keep_their_side():
    from analysis.charts import LOWER_BOUNDS, QUALIFIER_WORDS, UPPER_BOUNDS

    assert (LOWER_BOUNDS | UPPER_BOUNDS) <= set(QUALIFIER_WORDS)
    assert {"no fewer than", "not less than"} <= LOWER_BOUNDS and "not more than" in UPPER_BOUNDS


# fixwalk38-b: two bars of a change chart never share a label (README rule 4)
def test_changes_of_one_metric_are_told_apart_by_their_clauses():
    charts, _ = _report(
        "Last year, sales rose 5 per cent in the northern stores, while sales rose 8 per cent in the southern "
        "stores. Profit fell 3 per cent last year."
    )
    chart = next(c for c in charts if "percent-changes" in c.name)
    ticks = [" ".join(t.get_text().split()) for t in chart.figure.axes[0].get_yticklabels()]
    assert len(set(ticks)) == len(ticks) == 3, ticks
    assert "Sales: “sales rose 5 per cent in the northern stores” rose 5 per cent" in chart.alt_text
    assert "; Profit fell 3 per cent" in chart.alt_text


# fixwalk38-b: a sum of holders is never drawn beside its own parts, said in other sentences too
def test_a_sum_of_holders_is_not_drawn_beside_its_parts():
    charts, notes = _report(
        "The Farmers' League won 48 seats, the Greens took 31 seats and the Liberals 22 seats. After the count, "
        "the Farmers' League and the Liberals together hold 70 seats, short of a majority."
    )
    assert "70 seats" not in _drawn(charts) and {"48 seats", "22 seats"} <= set(_drawn(charts))
    assert (
        "“70 seats” is a sum of holders the article states as one (“together hold”, the sum of “48 seats” and "
        "“22 seats”): a whole, not drawn beside its own parts." in notes
    )
    # parts not stated: the sum may itself be a part, and is drawn (test_a_whole_is_not_drawn_beside_its_parts)
    charts, _ = _report("The Greens took 31 seats. The Liberals and the Left have a combined 44 seats.")
    assert "44 seats" in _drawn(charts)


# fixwalk38-b: an axis names what all its bars measure, never its first bar's subject
def test_counts_of_unlike_subjects_are_on_an_axis_of_what_they_count():
    charts, _ = _report(
        "The Farmers' League won 48 seats and the Greens took 31 seats in the assembly. The senate has 14 vacant "
        "seats and 9 disputed seats."
    )
    senate = next(c for c in charts if "14 vacant seats" in _drawn([c]))
    assert senate.figure.axes[0].get_xlabel() == "seats"
    assert "Counts of seats in the article" in texts(senate)


# fixwalk38-b: places are no people (README rule 6)
@pytest.mark.parametrize(
    "place",
    [
        "The shelter in Mersin, built for 1,200 people,",
        "The shelter in Mersin, with a capacity of 1,200 people,",
    ],
)
def test_a_capacity_is_not_drawn_among_people(place):
    charts, notes = _report(
        f"{place} held 2,050 people on Friday, and 640 people slept in tents outside. Officials said 3,400 "
        "people had been evacuated from the valley."
    )
    assert "1,200 people" not in _drawn(charts) and "2,050 people" in _drawn(charts)
    assert any(n.startswith("“1,200 people” is a capacity (") for n in notes), notes


# charts41: a capacity of seats or of parking is places too, of people or of things (README rule 6)
def test_seats_and_parking_are_capacities_not_counts():
    charts, notes = _report(
        "The operator employs some 1,900 people and runs 120 cabins, each seating 10 people. The "
        "association's members run about 6,500 trucks. The dry port's first phase, with parking for 600 "
        "trucks, opens next year."
    )
    drawn = _drawn(charts)
    assert "10 people" not in drawn and "600 trucks" not in drawn, drawn
    assert any(n.startswith("“10 people” is a capacity (“each seating”)") for n in notes), notes
    assert any(
        n.startswith("“600 trucks” is a capacity (“parking for”), places and not the things") for n in notes
    ), notes


def test_trucks_parked_at_a_depot_are_no_capacity():
    charts, _ = _report(
        "The association's members run about 6,500 trucks. On Monday 600 trucks were parked at the depot, "
        "and 350 trucks were waiting at the border."
    )
    assert "600 trucks" in _drawn(charts)


# fixwalk38-b: money of unlike kinds shares no axis (README rule 6)
def test_money_of_unlike_kinds_is_charted_apart_or_left_to_a_note():
    charts, notes = _report(
        "Nordhavn Air's revenue was £4.2 billion in the year to March, and operating profit reached £610 "
        "million. The airline agreed a £900 million loan facility with three banks. It bought 12 aircraft from "
        "Embraer for £1.1 billion. The chief executive, Ingrid Sorensen, was paid £3.4 million."
    )
    money = [c for c in charts if "money" in c.name]
    assert [c.name for c in money] == ["w--money-gbp-income-and-spending"]
    assert sorted(_drawn(money)) == ["£4.2 billion", "£610 million"]
    assert (  # fixwalk39-b: the chief executive's pay is a kind of its own
        "Money of unlike kinds in GBP, one of each: “£900 million”, “£1.1 billion”, “£3.4 million”; said in "
        "sentences, not charted (debt, capital raised, a day's trading, a deal's price, a person's pay and a "
        "period's accounts share no axis)." in notes
    ), notes
    # sums no word sets apart stay on one chart
    charts, _ = _report(
        "Norway gave $40 million to UNICEF in 2024 and $15 million to UNHCR. Sweden gave $22 million to the Red Cross."
    )
    assert [c.name for c in charts if "money" in c.name] == ["w--money-usd"]


# fixwalk39-b (walk37 problem 20, leftovers): a rate's peak is a rate, never a share of a whole; a figure
# naming the example a forecast is stated on ("on an average mortgage of") takes no "will" of another verb
def test_a_rates_peak_is_a_rate_and_an_example_of_a_forecast_is_no_forecast():
    _, notes = _report(
        "published: 2026-05-04\n\n"
        "Consumer prices rose 3.1 per cent in the year to April, far below the peak of 14.2 per cent in "
        "October 2022. Imports made up 38 per cent of the grain supply, and farm debt reached 12 per cent "
        "of output.\n\nMonthly repayments will fall by about €45 on an average mortgage of €180,000, the "
        "central bank said. Banks will lend €2 billion to builders next year."
    )
    shares = next(n for n in notes if n.startswith("Shares of a whole"))
    assert "“38 per cent”" in shares and "“14.2 per cent”" not in shares, shares
    assert "“14.2 per cent”" in next(n for n in notes if n.startswith("Rates held at a date"))
    mortgage = next(n for n in notes if "“€180,000”" in n)
    assert "(amounts stated as done)" in mortgage, mortgage
    assert "“€2 billion”" in next(n for n in notes if "(forecasts and expectations)" in n)


# fixwalk39-b (walk37 problem 6, leftover): a person's pay is its own kind of money, never on a company's
# revenue axis; a payroll ("the wage bill") stays with the accounts (README rule 6)
def test_a_persons_pay_shares_no_axis_with_a_companys_accounts():
    charts, _ = _report(
        "published: 2026-07-01\n\n"
        "The group's revenue rose to €412 million in the year to March, and operating costs reached €350 "
        "million. The wage bill rose to €96 million. Its chief executive, Mara Lind, received a bonus "
        "of €2.4 million, and the finance director was paid €900,000."
    )
    drawn = {c.name: set(c.data["quote"]) for c in charts if c.form == "bars"}
    accounts = next(quotes for quotes in drawn.values() if "€412 million" in quotes)
    assert {"€350 million", "€96 million"} <= accounts
    assert not {"€2.4 million", "€900,000"} & accounts, drawn
    assert {"€2.4 million", "€900,000"} in drawn.values(), drawn


# fixwalk39-b (walk37 problem 4, file names): a chart file is named by what all its bars count, never by
# its first bar's subject, and each name is once in a report
def test_a_chart_file_is_named_by_what_all_its_bars_share_and_once_in_a_report():
    charts, _ = _report(
        "The retailer runs 3,400 stores and 120 warehouses. Rival chain Vesta opened 80 new stores in the "
        "spring, after 55 new stores last year. The retailer also closed 60 warehouses."
    )
    assert [c.name for c in charts] == ["w--counts-count-stores"]
    assert charts[0].alt_text.startswith("Bar chart of 2 counts of stores: ")
    named = unique_names([SimpleNamespace(name=name) for name in ("a", "b", "a", "a-2", "a")])
    assert [c.name for c in named] == ["a", "b", "a-3", "a-2", "a-4"]


# charts40: a part never beside its whole (people a clause says something befell beside the whole
# group; an amount for each of several beside the sum it comes from) and amounts in lakh and crore
# drawn with the article's scale words (README rules 2 and 6)


def _charts_by_name(text: str, article_id: str) -> tuple[dict, list[str]]:
    charts, notes = _report(text, article_id)
    return {c.name: c for c in charts}, notes


@pytest.mark.parametrize(
    ("text", "part", "whole"),
    [
        (
            "About 9,400 cyclists started the coastal Gran Fondo on Saturday. Paramedics treated 146 "
            "cyclists for dehydration at the finish, the organisers said.",
            "146 cyclists",
            "9,400 cyclists",
        ),
        (
            "More than 420 soldiers were sent to fight the blaze near Kalamata. Three soldiers, both "
            "reservists, were taken to hospital with burns.",
            "Three soldiers",
            "420 soldiers",
        ),
    ],
)
def test_people_something_befell_are_never_drawn_beside_their_whole_group(text, part, whole):
    charts, notes = _charts_by_name(text, "befell")
    drawn = {q for c in charts.values() for q in c.data.get("quote", [])}
    assert not {part, whole} <= drawn, drawn
    assert any(n.startswith(f"“{whole}” is the whole group") for n in notes), notes


def test_a_count_naming_no_one_after_a_count_of_people_is_some_of_them():
    text = (
        "Lifeguards rescued 64 swimmers at Bondi over the weekend, most of them tourists; seven were "
        "taken to hospital."
    )
    charts, notes = _charts_by_name(text, "rescued")
    drawn = {q for c in charts.values() for q in c.data.get("quote", [])}
    assert not {"64 swimmers", "seven"} <= drawn, drawn


def test_an_amount_for_each_of_several_is_no_sum_beside_the_fund_it_comes_from():
    text = (
        "The chess federation set a prize fund of $3 million for the championship, with $450,000 for "
        "each finalist. The venue cost the federation $2.1 million to hire."
    )
    charts, notes = _charts_by_name(text, "prize")
    drawn = {q for c in charts.values() for q in c.data.get("quote", [])}
    assert "$450,000" not in drawn and "$3 million" in drawn, drawn
    assert any(n.startswith("“$450,000” is an amount for each of several") for n in notes), notes


def test_amounts_in_lakh_and_crore_are_drawn_with_the_article_scale_words():
    text = (
        "PUNE: The state spent Rs 48 crore on the new hockey stadium, and the city corporation spent "
        "₹12.5 crore on roads around it. Local clubs spent Rs 75 lakh on the pitch lights."
    )
    charts, _ = _charts_by_name(text, "lakh")
    chart = next(c for name, c in charts.items() if "money-inr" in name)
    shown = texts(chart)
    for said in ("₹48 crore", "₹12.5 crore", "₹75 lakh"):
        assert any(said in t for t in shown), shown
        assert said in chart.alt_text
    assert "M" not in " ".join(t for t in shown if t.startswith("₹"))
    assert chart.figure.axes[0].get_xlabel() == "INR, crore"
    assert "drawn_in_crore" in chart.data.columns
    assert chart_problems(chart) == []
