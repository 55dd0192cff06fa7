from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from analysis.article import article_from_text
from analysis.extract import extract_figures
from analysis.phrases import dateline_end
from analysis.tables import (
    aid_amounts,
    attack_increases,
    percent_change_to_multiplier,
    percent_changes,
)


@pytest.mark.parametrize(
    ("percent", "direction", "multiplier"),
    [(500, "increase", 6.0), (60, "increase", 1.6), (13, "decrease", 0.87), (100, "increase", 2.0)],
)
def test_multiplier(percent, direction, multiplier):
    assert percent_change_to_multiplier(percent, direction) == pytest.approx(multiplier)


def test_attack_increases_of_the_seed(seed):
    table = attack_increases(seed).set_index("metric")
    assert list(table.index) == ["terrorist attacks", "suicide attacks"]
    assert table.loc["suicide attacks", "percent_change"] == 500
    assert table.loc["suicide attacks", "multiplier"] == pytest.approx(6.0)
    assert table.loc["suicide attacks", "index_after"] == pytest.approx(600.0)
    assert table.loc["terrorist attacks", "index_after"] == pytest.approx(160.0)
    assert (table["index_before"] == 100).all()
    assert (table["period"] == "since the return of Afghan Taliban to power in August 2021").all()
    assert (table["baseline"] == "not stated").all()


def test_attack_rows_trace_to_the_text(seed):
    for row in attack_increases(seed).itertuples():
        assert seed.body[row.start : row.end] == row.quote
        assert seed.body[row.period_start :].startswith(row.period)


def test_aid_amounts_of_the_seed(seed):
    table = aid_amounts(seed).set_index("recipient")
    assert list(table.index) == ["UNHCR", "IOM"]
    assert table.loc["UNHCR", "amount_usd"] == 77_000_000
    assert table.loc["IOM", "amount_usd"] == 9_000_000
    assert table.loc["UNHCR", "period"] == "this year"
    assert table.loc["IOM", "period"] == "not stated"
    assert table.loc["IOM", "purpose"] == "to respond to recent earthquakes"
    assert not {"share_of_total", "total_is_computed"} & set(table.columns)  # no total is stated
    for row in aid_amounts(seed).itertuples():
        assert seed.body[row.start : row.end] == row.quote


def test_repeated_mentions_are_grouped():
    text = "Officials said terrorist attacks rose 60 per cent. Again, terrorist attacks rose 60 per cent."
    table = attack_increases(article_from_text(text, "r"))
    assert len(table) == 1
    assert (table.loc[0, "mentions"], table.loc[0, "starts"]) == (2, "38 | 81")
    text2 = "The US gave $5M to UNICEF this year. Later, the US gave $5M to UNICEF."
    aid = aid_amounts(article_from_text(text2, "g"))
    assert len(aid) == 1 and aid.loc[0, "mentions"] == 2 and aid.loc[0, "quotes"] == "$5M | $5M"


def test_no_money_to_a_recipient_gives_an_empty_table():
    assert aid_amounts(article_from_text("Nothing was given.", "e")).empty
    assert attack_increases(article_from_text("Exports rose 5 per cent.", "e")).empty


def test_the_dateline_date_is_not_a_period():
    text = (
        "SEOUL, Oct 7 (Reuters) - Samsung said its operating profit rose 274 per cent to 2.4 trillion won. "
        "Revenue rose 12 per cent in the July-September quarter."
    )
    article = article_from_text(text, "dl")
    # the quarter the second sentence names is its own period; the dateline's date is no one's
    assert list(percent_changes(article)["period"]) == ["not stated", "in the July-September quarter"]


def test_dateline_end():
    assert dateline_end("Shillong, July 3: According to a report") == len("Shillong, July 3:")
    assert dateline_end("SEOUL, Oct 7 (Reuters) - Samsung") == len("SEOUL, Oct 7 (Reuters) -")
    assert dateline_end("ISLAMABAD: The envoy said") == 0
    assert dateline_end("Attacks rose since August 2021, officials said.") == 0
    # the day before the month, letters beyond ASCII, an agency closing it, the date in brackets
    assert dateline_end("KAMPALA, 14 March – Coffee exports") == len("KAMPALA, 14 March –")
    assert dateline_end("BRAŞOV, 2 May - Output") == len("BRAŞOV, 2 May -")
    assert dateline_end("Taipei, Dec. 2 (CNA) Export orders") == len("Taipei, Dec. 2 (CNA)")
    assert dateline_end("QUITO (Nov. 3) – The fare") == len("QUITO (Nov. 3) –")
    assert dateline_end("In Paris, May 3 was a holiday") == 0


@given(st.text(max_size=200))
def test_dateline_end_is_a_prefix_of_the_body(body):
    end = dateline_end(body)
    assert 0 <= end <= len(body)
    assert end == 0 or body[end - 1] in "-–—:)"


def test_a_change_in_points_gets_no_multiplier():
    article = article_from_text("The bank raised rates by 25 basis points. Sales rose 25 percent.", "case")
    changes = percent_changes(article, extract_figures(article))
    assert changes["quote"].tolist() == ["25 percent"]


@pytest.mark.parametrize(
    ("text", "periods"),
    [
        # a date of an earlier sentence about something else is no period of the change
        (
            "The bridge, closed since April 2021, reopened on Friday. Traffic across it rose 20 per cent.",
            ["not stated"],
        ),
        (
            "The plant has been idle since January 2025. Output dropped 30 per cent, the company said.",
            ["not stated"],
        ),
        # ... the period the sentence names with no date is stated
        (
            "The pool, shut since May 2022, reopens next week. Swimming lessons fell 40 per cent during the refit.",
            ["during the refit"],
        ),
        # ... and a back-reference carries the earlier sentence's period
        (
            "The port was hit by a strike in March 2024. Since then, container volumes have fallen 9 per cent.",
            ["in March 2024"],
        ),
        # ... as does an earlier sentence about the same thing
        ("Attacks have risen since August 2021. Suicide attacks rose 500 per cent.", ["since August 2021"]),
    ],
)
def test_a_period_stays_in_its_sentence_unless_the_text_carries_it(text: str, periods: list[str]):
    table = percent_changes(article_from_text(text, "p"))
    assert list(table["period"]) == periods


@pytest.mark.parametrize(
    ("text", "periods"),
    [
        # a report's lead carries its period to the sentences that continue the report
        (
            "Tesco said like-for-like sales rose 4.1 per cent in the first half. Online sales grew 11 per cent, "
            "while clothing sales fell 2 per cent.",
            ["in the first half"] * 3,
        ),
        (
            "Qantas said underlying profit rose 12 per cent for the year to June 30. Revenue climbed 8 per cent.",
            ["for the year to June 30"] * 2,
        ),
        (
            "In the 2025-26 budget, defence spending rises 9 per cent. Health gets a 4 per cent increase.",
            ["In the 2025-26 budget"] * 2,
        ),
        ("2025 in numbers: Passenger traffic rose 18 per cent. Cargo volumes fell 4 per cent.", ["2025"] * 2),
        # ... not to another company, place or topic, a forecast or a quote
        (
            "Shell said adjusted profit rose 9 per cent in the third quarter. BP reported a 5 per cent fall in earnings.",
            ["in the third quarter", "not stated"],
        ),
        (
            "Retail sales in Germany rose 1.5 per cent in October. In France, industrial output fell 0.8 per cent.",
            ["in October", "not stated"],
        ),
        (
            "Inflation in Kenya eased to 4.1 per cent in May. Separately, the shilling gained 2 per cent.",
            ["in May", "not stated"],
        ),
        (
            "Unilever said turnover rose 6 per cent in the first half. Analysts forecast that sales would rise 3 per cent.",
            ["in the first half", "not stated"],
        ),
        # ... nor past a background sentence whose period is no change's
        (
            "Exports from Vietnam rose 14 per cent in the first half. The central bank cut its policy rate in March. "
            "Rice prices rose 10 per cent.",
            ["in the first half", "not stated"],
        ),
        # a date the change is measured against is not its period
        (
            "Visitors reached 2.1 million in the first ten months of 2026, 6.4% more than in the same period of 2025.",
            ["in the first ten months of 2026"],
        ),
    ],
)
def test_a_report_lead_carries_its_period(text: str, periods: list[str]):
    table = percent_changes(article_from_text(text, "p")).sort_values("start")
    assert list(table["period"]) == periods


@pytest.mark.parametrize(
    ("text", "periods"),
    [
        (
            "The United States gave $12 million to UNICEF in 2024. It also gave $3 million to the World Food Programme.",
            ["in 2024", "in 2024"],
        ),
        (
            "The European Union gave €40 million to UNHCR this year. Japan gave $5 million to the IOM.",
            ["this year", "not stated"],
        ),
    ],
)
def test_a_sum_takes_its_sentence_or_its_lead_period(text: str, periods: list[str]):
    table = aid_amounts(article_from_text(text, "a")).sort_values("start")
    assert list(table["period"]) == periods


@pytest.mark.parametrize(
    ("text", "periods"),
    [
        # the period right after a figure is its own, a base's too
        (
            "Annual inflation eased to 6.1% in April from 6.8% in March, the central bank said.",
            ["in April", "in March"],
        ),
        (
            "Consumer prices rose 2.9% in October from a year earlier, after 3.4% in September.",
            ["in October", "in September"],
        ),
        ("Sales of new homes rose 4.2% in June, compared with growth of 1.8% in May.", ["in June", "in May"]),
        # a period past another clause's opening is that clause's event's
        (
            "The rand weakened 1.2% to 18.40 per dollar after the finance minister said a tax increase in February "
            "was possible.",
            ["not stated"],
        ),
        (
            "The company's revenue rose 14% to $2.1 billion, helped by a new range of trucks which was launched in "
            "September.",
            ["not stated"],
        ),
        ("Hotel nights rose 5.5%, while occupancy in Crete peaked in July.", ["not stated"]),
        (
            "Rice exports rose 7% to 1.1 million tonnes, the ministry said, citing customs data published in November.",
            ["not stated"],
        ),
        # ... as is one a participle dates after another noun, or a superlative's base
        (
            "Copper fell 2.3% to $8,950 a tonne, still 11% below its record of $10,100 set in May.",
            ["not stated"] * 2,
        ),
        ("Nurses got a 4 per cent pay rise under an agreement signed in January.", ["not stated"]),
        ("Bitcoin dropped 8% to $61,000, its lowest since January.", ["not stated"]),
        # ... but not a reporting span ("the third quarter ended Nov. 1") nor a coordinated figure's
        (
            "Comparable sales fell 6.8% in the third quarter ended Nov. 1.",
            ["in the third quarter ended Nov. 1"],
        ),
        ("Exports rose 4% and imports fell 2% in October.", ["in October"] * 2),
        # a period a figure is measured against is none ("8% below its level a year ago")
        ("The peso closed at 17.20 per dollar, 8% below its level a year ago.", ["not stated"]),
        ("Cashew prices are 25% higher than at the opening of the season on 1 March.", ["not stated"]),
        # ... but the day a change runs from is its period
        ("The council will raise water rates by 4 per cent from 1 July 2027.", ["from 1 July 2027"]),
    ],
)
def test_a_figure_takes_the_period_of_its_own_clause(text: str, periods: list[str]):
    table = percent_changes(article_from_text(text, "c")).sort_values("start")
    assert list(table["period"]) == periods


@pytest.mark.parametrize(
    ("text", "periods"),
    [
        # a market price's move keeps to its trading day, not the results lead's period
        (
            "Harmony said headline earnings rose 41% for the six months to December. Its shares fell 3.8% in "
            "Johannesburg.",
            ["for the six months to December", "not stated"],
        ),
        (
            "Vodacom said service revenue grew 6% in the first half. Its share price rose 2.1% to R118.",
            ["in the first half", "not stated"],
        ),
        # a rate per unit of time has its own period
        (
            "Inflation slowed to 2.4% in September. The currency band widens by 1 percent a month.",
            ["in September", "not stated"],
        ),
        # a dateline's date is no one's, whatever its form
        ("Taipei, Dec. 2 (CNA) Export orders fell 3.1 percent, the ministry said.", ["not stated"]),
        # a sentence whose period dates another event gives the figure none, and no lead's either
        (
            "Cocoa grindings fell 8% in the first quarter. Prices are still 20% below the record reached in "
            "December 2024.",
            ["in the first quarter", "not stated"],
        ),
    ],
)
def test_a_lead_does_not_carry_to_a_figure_with_its_own_time(text: str, periods: list[str]):
    table = percent_changes(article_from_text(text, "t")).sort_values("start")
    assert list(table["period"]) == periods


@pytest.mark.parametrize(
    "text",
    [
        "The kwacha traded at 1,750 kwacha to the US dollar.",
        "The budget assumes 140 dinars to the US dollar and oil at $60 a barrel.",
        # ... nor a price a change ends at
        "At the Kericho auction the average price slipped 3 US cents to US$2.41 a kg.",
    ],
)
def test_an_exchange_rate_is_no_sum_given(text: str):
    assert aid_amounts(article_from_text(text, "x")).empty
