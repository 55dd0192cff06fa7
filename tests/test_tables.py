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
    sum_periods,
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


@pytest.mark.parametrize(
    ("text", "periods"),
    [
        # two months, a span of months and a span named before are a figure's own period
        (
            "In January and February, car sales in Chile fell 6.2 percent from a year earlier.",
            ["In January and February"],
        ),
        (
            "Tax revenue rose 17 percent to 1.2 trillion kwacha between January and October, the revenue authority said.",
            ["between January and October"],
        ),
        (
            "Rainfall in Dhaka between July and mid-September was about 25 per cent above the average.",
            ["between July and mid-September"],
        ),
        (
            "The average monthly wage in August was 412,000 drams, 6.5% higher than a year earlier. Exports fell 14% "
            "to $3.1 billion over the eight months, while imports declined 9% to $5.2 billion.",
            ["in August", "over the eight months", "over the eight months"],
        ),
        # ... and a lead naming two months carries both
        (
            "In July and August, hotel occupancy on the Dalmatian coast rose 9 percent, the tourism board said. "
            "Arrivals from Poland grew 14 percent, while those from Austria fell 3 percent.",
            ["In July and August"] * 3,
        ),
        # the season or the same month a span runs from ("since" opens a span, never a base)
        (
            "Inflation in Hungary peaked at 25.7 per cent in January 2023. The forint has strengthened about 3 per "
            "cent against the euro since the summer.",
            ["in January 2023", "since the summer"],
        ),
        (
            "The peso has lost 22 percent of its value since January 1, and about 35% since the same month of 2024.",
            ["since January 1", "since the same month of 2024"],
        ),
        # "year-on-year" is a baseline, never a period: the period is the sentence's or its lead's
        # (class-periods12), never one of another clause before it
        (
            "Producer prices rose 0.4 per cent between August and September, and import prices were up 2.1 per cent "
            "year-on-year.",
            ["between August and September", "not stated"],
        ),
        (
            "Freight volumes on the line fell 8 per cent year-on-year, the operator said.",
            ["not stated"],
        ),
        (
            "Wine exports from Chile rose 5% in April. Shipments to China were up 12% on an annual basis.",
            ["in April", "in April"],
        ),
        # a report's span named bare, a span since the end of a month, a season's first months
        (
            "Bookings were steady at 4,100 as of June 30. Revenue per seat rose 6% in the quarter.",
            ["in the quarter"],
        ),
        (
            "Foreign reserves were $8.1 billion at the end of May. They have fallen 4% since the end of February.",
            ["since the end of February"],
        ),
        (
            "Sugar output in Thailand rose 9% in the first three months of the season.",
            ["in the first three months of the season"],
        ),
        # a rolling span is its own figure's, no report's lead
        (
            "Nickel stocks in London have fallen 12% in the past three weeks. Tin rose 0.8% to $35,100 a tonne.",
            ["in the past three weeks", "not stated"],
        ),
    ],
)
def test_a_period_named_with_no_date(text: str, periods: list[str]):
    table = percent_changes(article_from_text(text, "n")).sort_values("start")
    assert list(table["period"]) == periods


@pytest.mark.parametrize(
    ("text", "periods"),
    [
        # a period before a planned change dates the plan
        (
            "In March, the transport ministry signed an agreement with bus operators to cut fares by 10%.",
            ["not stated"],
        ),
        # ... one before an "after" clause dates the main clause
        (
            "Truckers blocked the border for two days in June after the government raised diesel duty by 9 per cent.",
            ["not stated"],
        ),
        # ... and one before a base of a standing or earlier level is the main figure's
        (
            "Consumer inflation eased to 3.3% in October, just above the central bank's 3% target, the statistics "
            "office said.",
            ["in October", "not stated"],
        ),
        # ... but a base after a change of the period's thing keeps it, and a bound is no base
        (
            "The outlook for growth in 2027 was revised to 2.1 percent from 2.6 percent.",
            ["in 2027", "in 2027"],
        ),
        ("In 2025, sales at the chain rose more than 20%.", ["In 2025"]),
        # a hypothetical relative clause is no time of the period before it; a plain one is
        (
            "Economists expect the economy to grow 0.3% in the fourth quarter after 0.6% in the third quarter, which "
            "would leave output 1.2% higher than a year earlier.",
            ["in the fourth quarter", "in the third quarter", "not stated"],
        ),
        (
            "The regulator approved water tariffs for 2027, which will rise by 6 per cent.",
            ["2027"],
        ),
        # a period before a noun phrase another verb governs dates that verb's event (class-periods12)
        (
            "Bakers in Lyon stopped work in April over a wage offer of 2%, the union said.",
            ["not stated"],
        ),
        (
            "Councillors voted in July to approve a rent increase of 6 per cent.",
            ["not stated"],
        ),
        # a point in time is a level's date, and a planned change's deadline no period
        (
            "Net debt was 4.6 billion pesos at Dec. 31, down 7% from a year before.",
            ["not stated"],
        ),
        (
            "The ministry wants water losses reduced by 30% by 2029.",
            ["not stated"],
        ),
        # the date of a finding is background, no later change's period
        (
            "A survey in 2017 counted 90 nesting pairs of storks. Their number has grown 35%, wardens say.",
            ["not stated"],
        ),
    ],
)
def test_a_period_before_a_figure_in_another_clause(text: str, periods: list[str]):
    table = percent_changes(article_from_text(text, "b")).sort_values("start")
    assert list(table["period"]) == periods


@pytest.mark.parametrize(
    ("text", "periods"),
    [
        # a price paid or a level held with a year is background, no lead of a later change (periods13)
        (
            "The new terminal cost $640 million in 2016. Landing fees at the airport have risen 30%.",
            ["not stated"],
        ),
        (
            "Public debt stood at 2.1 trillion pesos in 2019. Interest payments climbed 14%, the treasury said.",
            ["not stated"],
        ),
        # ... but a report's sum leads
        (
            "Coffee exports earned 1.4 billion dollars in 2025. Shipments to Germany rose 6%.",
            ["in 2025"],
        ),
        # a change said in words leads past a sentence of counts
        (
            "Sales at the drugstore chain rose in the second quarter. It runs 2,300 pharmacies. Online orders grew 18%.",
            ["in the second quarter"],
        ),
        # ... nor past a sentence of what a place the lead does not name has
        (
            "Profit at the insurer rose 6% in the first half. Nigeria has 58 insurers, and fewer than 3% of adults "
            "hold a policy. Premiums in the country grew 25%.",
            ["in the first half", "not stated"],
        ),
        # ... but not to a change up to now
        (
            "Maize prices rose sharply in 2022 after the drought. Flour costs have climbed 30%.",
            ["not stated"],
        ),
        # the base of a superlative or a first said after a change is no period; a span before it is
        (
            "Cement output in Egypt rose 7% to 4.2 million tonnes, the most since 2018.",
            ["not stated"],
        ),
        (
            "Cocoa arrivals fell 12% to 1.1 million tonnes in the eight months to May, the lowest since the 2015 season.",
            ["in the eight months to May"],
        ),
        (
            "Power demand rose 3.2% to 41 gigawatts, the highest since records began in 1985.",
            ["not stated"],
        ),
        # a named event, a festival, a holiday or a new government's first days is a period as said
        (
            "Spending on sweets in Karachi rose 19% during Eid, while clothing sales rose 11% over the Eid holiday.",
            ["during Eid", "over the Eid holiday"],
        ),
        (
            "Foreign investment pledges rose 40% in the first 100 days of the new government.",
            ["in the first 100 days of the new government"],
        ),
        (
            "Bus ridership in the city has fallen 22% since the flood, and toy sales rose 9% over the festive season.",
            ["since the flood", "over the festive season"],
        ),
    ],
)
def test_a_period_of_background_trailing_phrases_and_named_events(text: str, periods: list[str]):
    table = percent_changes(article_from_text(text, "e")).sort_values("start")
    assert list(table["period"]) == periods


@pytest.mark.parametrize(
    ("text", "periods"),
    [
        # a lead whose change is said as a comparative, with no verb of change (periods14)
        (
            "The ferry operator carried more vehicles in the second half. Freight revenue rose 7%.",
            ["in the second half"],
        ),
        (
            "Sri Lankan tea auctions were weaker in March. Prices for low-grown teas slipped 4%.",
            ["in March"],
        ),
        (
            "The brewer had a stronger fourth quarter. Beer volumes in Nigeria rose 5%.",
            ["fourth quarter"],
        ),
        # ... but not one compared with now
        (
            "The lender had more staff in 2016 than it has today. Deposits grew 9%.",
            ["not stated"],
        ),
        # a sum worth, invested or spent on one thing with a year is background, no lead
        (
            "The contract was worth 900 million rand in 2022. Passenger numbers on the line fell 6%.",
            ["not stated"],
        ),
        (
            "The province spent C$80 million on the new hospital in 2020. Wait times for surgery rose 12%.",
            ["not stated"],
        ),
        # ... but what a group spent in a period leads
        (
            "Visitors spent 4.1 billion baht in Phuket in the first quarter. Hotel bookings rose 15%.",
            ["in the first quarter"],
        ),
        # a span to now as said
        (
            "Gold has gained 11% so far this year, and the Sensex is up 4.5% year-to-date.",
            ["so far this year", "year-to-date"],
        ),
        # every item of a list takes its head's period, however long the list
        (
            "Highlights of 2025:\n- Wheat output up 6%\n- Maize output down 2%\n- Fertiliser use up 9%\n"
            "- Tractor sales up 14%\n- Farm wages up 5%",
            ["2025"] * 5,
        ),
        # a quarter or half written short before a year is part of the period
        (
            "The group reported the following for Q2 2026:\n- Orders up 8%\n- Backlog down 3%",
            ["Q2 2026", "Q2 2026"],
        ),
    ],
)
def test_a_period_of_comparative_leads_background_sums_and_spans_to_now(text: str, periods: list[str]):
    table = percent_changes(article_from_text(text, "f")).sort_values("start")
    assert list(table["period"]) == periods


@pytest.mark.parametrize(
    ("text", "periods"),
    [
        # a lead said as a past verb's comparative object leads (periods15)
        (
            "The estate brought in a bigger tea crop in 2025. Auction prices rose 6%.",
            ["in 2025"],
        ),
        (
            "Orchards in Normandy picked fewer pears this autumn. Cider prices rose 10%.",
            ["this autumn"],
        ),
        (
            "Rural banks lent more money to farmers in the third quarter. Deposits grew 4%.",
            ["in the third quarter"],
        ),
        # a sum spent or invested on a thing with no determiner is background, no lead
        (
            "The state spent $25 million on new ambulances in 2024. Response times fell 9%.",
            ["not stated"],
        ),
        # ... but a number in words or an approximation after "in" is a time, no thing (tidy36)
        (
            "Shoppers spent 2.4 billion rand in two weeks of sales in 2025. Mall footfall rose 8%.",
            ["in 2025"],
        ),
        ("Tourists spent $900 million in under a month in 2024. Hotel rates rose 5%.", ["in 2024"]),
        ("Fans spent £40m in just three days in 2023. Merchandise sales rose 12%.", ["in 2023"]),
        # spans said with a number word, as said
        (
            "Cotton yields have fallen 18% over the past two decades, while rents rose 40% over the last fifteen years.",
            ["over the past two decades", "over the last fifteen years"],
        ),
        # a day right after a change is its period, and the next change's in the sentence; a day that
        # dates a saying is none
        (
            "The lira fell 1.2% against the dollar on Tuesday, while bonds slid 0.5%.",
            ["on Tuesday", "on Tuesday"],
        ),
        (
            "The agency said on Friday that arrivals rose 7%.",
            ["not stated"],
        ),
    ],
)
def test_a_period_of_comparative_objects_spans_and_days(text: str, periods: list[str]):
    table = percent_changes(article_from_text(text, "g")).sort_values("start")
    assert list(table["period"]) == periods


@pytest.mark.parametrize(
    ("text", "periods"),
    [
        # a season with the article is a period as said, "this past" a relative one (periods16)
        ("Ferry bookings to the islands rose 8% over the winter, the operator said.", ["over the winter"]),
        ("Beef prices in Montevideo climbed 5% this past spring.", ["this past spring"]),
        # ... but not a season that modifies a noun, nor a possessive one past another clause's opening
        ("Prices rose 3% in the winter wheat market.", ["not stated"]),
        ("Landlords expect rents to rise 4% after last summer's boom.", ["not stated"]),
        # a count of what was done leads the changes after it; a count held does not
        (
            "In the year to June, the fire brigade answered 12,000 calls. False alarms fell 7%.",
            ["In the year to June"],
        ),
        ("The school employed 90 teachers in 2018. Class sizes have grown 15%.", ["not stated"]),
        # a day opening its sentence is the period of its changes, not of one a saying holds
        ("On Wednesday, the won slid 0.7%, while bond yields rose 0.2%.", ["On Wednesday", "On Wednesday"]),
        ("On Monday, dealers said the baht had gained 1.1%.", ["not stated"]),
        # "dealt with" and "took on" lead as "brought in" does
        ("The agency dealt with fewer complaints in 2025. Its budget fell 6%.", ["in 2025"]),
    ],
)
def test_a_period_of_seasons_counted_leads_and_opening_days(text: str, periods: list[str]):
    table = percent_changes(article_from_text(text, "g")).sort_values("start")
    assert list(table["period"]) == periods


def test_a_code_is_no_recipient_and_a_sum_without_one_has_its_own_period():
    # periods16: "for AI-92 petrol", "for Class 32 cement" name a grade, given to no one
    article = article_from_text(
        "Traders paid 9,000 som for AI-92 petrol and $700 a tonne for Class 32 cement. "
        "The port earned $90 million in 2024.",
        "g",
    )
    figures = extract_figures(article)
    assert aid_amounts(article, figures).empty
    periods = sum_periods(article, figures)
    assert sorted(periods.values()) == ["", "", "in 2024"]


@pytest.mark.parametrize(
    ("text", "periods"),
    [
        # a currency's move, a session's close and a gap between two prices keep to a time of their own
        (
            "Consumer prices in Ghana rose 8.1 per cent in October. The cedi has lost about 19 per cent of its value "
            "against the dollar.",
            ["in October", "not stated"],
        ),
        (
            "Copper has gained about 28% this year and is on course for a fifth weekly rise. The most-traded March "
            "contract on the Shanghai Futures Exchange closed 2.3% higher at 86,200 yuan a ton.",
            ["this year", "not stated"],
        ),
        (
            "Kenya's inflation rose to 4.6 percent in November. In the informal market, the dollar sold for 131 "
            "shillings, a premium of about 2 percent over the official rate.",
            ["in November", "not stated"],
        ),
        (
            "Halden Foods said organic sales rose 5.1% in the third quarter. Shares of the company gained 3.4% to "
            "$41.20 in New York.",
            ["in the third quarter", "not stated"],
        ),
        # a lead's period in a clause after its change is no lead's
        (
            "Volumes in Tanzania rose 8 percent after the Treasury cut excise duty in the 2025 budget. Sales in Rwanda "
            "rose 5 percent.",
            ["not stated", "not stated"],
        ),
    ],
)
def test_a_lead_does_not_carry_to_a_market_move_or_past_another_clause(text: str, periods: list[str]):
    table = percent_changes(article_from_text(text, "m")).sort_values("start")
    assert list(table["period"]) == periods


@pytest.mark.parametrize(
    "text",
    [
        # the end of a range ("from Sh1,500 to Sh2,000") or another figure is no recipient
        "The council raised the monthly fee for market stalls from Sh1,500 to Sh2,000 in January.",
        "A bus ticket now costs Rs 25, up from Rs 20, and a monthly pass was increased from Rs 600 to Rs 700.",
        "The toll rises by E4 to E30 a trip.",
    ],
)
def test_a_range_or_price_names_no_recipient(text: str):
    assert aid_amounts(article_from_text(text, "r")).empty


def test_a_year_in_the_recipients_name_is_no_period():
    text = "The bill allocates a further 12 billion dinars to the World Games 2029 venue in Nis."
    table = aid_amounts(article_from_text(text, "y"))
    assert list(table["recipient"]) == ["World Games"]
    assert list(table["period"]) == ["not stated"]
