"""Percent kinds and points (analysis/figures/percent.py and its readers in
percent_points.py, change_words.py, rate_levels.py and pay_rises.py)."""

from __future__ import annotations

import pytest

from analysis.article import article_from_text
from analysis.extract import extract_figures
from analysis.figures import change_words, pay_rises, percent, percent_points, rate_levels
from analysis.figures.figure import Figure

from .corpus import Expected, case_ids, figures_of, scanner_of

SHARE = ("percent", "percentage_share")
ALL_EXAMPLES: list[tuple[str, Expected]] = [
    # late-kinds15: numbered lines under a sentence saying they are ranked by a share give the
    # figure after each label's colon, and last year's in brackets, as that share; ranked by a
    # number, they stay counts
    (
        "Clubs are ranked by the share of members who renewed; last year's share is in brackets.\n"
        "1. Harbour Rowing Club, Portree: 91.4 (88.2), 240 members.\n"
        "2. Loch Side Sailing, Ullapool: 86.0 (90.5), 118 members.",
        [
            ("91.4", *SHARE),
            ("88.2", *SHARE),
            ("240", "people", "count"),
            ("86", *SHARE),
            ("90.5", *SHARE),
            ("118", "people", "count"),
        ],
    ),
    (
        "Clubs are ranked by the number of members who renewed.\n1. Harbour Rowing Club, Portree: 214 (198).",
        [("214", "count", "count"), ("198", "count", "count")],
    ),
    # late-lists9: an auction's premium charged to the buyer on the hammer price is a share
    (
        "The saleroom charges a buyer's premium of 24 per cent on each hammer price.",
        [("24", "percent", "percentage_share")],
    ),
    ("Successful bidders pay a 20% buyers' premium.", [("20", "percent", "percentage_share")]),
    # fixwalk33-c: a party's "got/took N per cent" is a share of the vote, even when the sentence
    # before names a party with a pay word in it ("Farmers' Union"); a pay rise needs a pay word or
    # its payees ("Teachers got 4.5 per cent")
    (
        "The Farmers' Union list's share of the vote fell to 14 per cent. The Greens took 8.6 per cent, while the Centrists got 7.7 per cent.",
        [("14", *SHARE), ("8.6", *SHARE), ("7.7", *SHARE)],
    ),
    ("Teachers got 4.5 per cent this year after the strike.", [("4.5", "percent", "percent_change")]),
    # class-left13: a change's named mark after "against a ... target of" and a gapped clause's
    # average of the same change are changes too; a share's average stays a share
    (
        "The endowment returned 5.4 per cent a year over the decade, against an annual target of 4.5 per cent.",
        [("5.4", "percent", "percent_change"), ("4.5", "percent", "percent_change")],
    ),
    (
        "Core inflation was 3.8 percent in August, and the three-month average at 3.5 percent.",
        [
            ("3.8", "percent", "percent_change"),
            ("3", "other", "duration"),
            ("3.5", "percent", "percent_change"),
        ],
    ),
    (
        "Turnout was 61%, against a national average of 58%.",
        [("61", "percent", "percentage_share"), ("58", "percent", "percentage_share")],
    ),
    # class-left13: "a N% cut for" someone in a sentence about a prize shared out is the part taken
    (
        "The winners split the £40,000 purse after a 15 per cent cut for their management company.",
        [("40000", "GBP", "money"), ("15", "percent", "percentage_share")],
    ),
    # class-discover-i: a level above or below a year that ends its sentence is a change; ", or N%"
    # after "verb object by N" (and a period after it) restates the verb's change
    ("Exports were 6% below 2019.", [("6", "percent", "percent_change"), ("2019", "year", "date")]),
    (
        "The airline will cut flights by 1,200 a week this summer, or 8%.",
        [("1200", "count", "count"), ("8", "percent", "percent_change")],
    ),
    (
        "Ryanair will cut capacity by 800,000 seats this winter, or about 10%, blaming a €15-per-passenger tax.",
        [("800000", "count", "count"), ("10", "percent", "percent_change"), ("15", "EUR", "money")],
    ),
    # class-discover-i: a part of a home's price named right beside its percent ("a 10% deposit", "a
    # loan-to-value of 90%") is a share though its clause names a rate or borrowing; ", with rates
    # from" in a sentence of lending is the rate's level
    (
        "First-time buyers with a 10% deposit can now borrow at a loan-to-value of 90% for 4.99 per cent.",
        [("10", *SHARE), ("90", *SHARE), ("4.99", "percent", "other")],
    ),
    (
        "Borrowers with a 15% deposit can fix for two years at 5.1%.",
        [("15", *SHARE), ("2", "year", "duration"), ("5.1", "percent", "other")],
    ),
    (
        "Lenders are offering 95% LTV deals again, with rates from 4.89%.",
        [("95", *SHARE), ("4.89", "percent", "other")],
    ),
    ("The central bank raised its deposit rate to 3.5%.", [("3.5", "percent", "other")]),
    # class-discover-i: a signed bare number in brackets after a share or a level is its move in
    # points, as poll tables and data boxes give it; "(n/c)" and "(=)" give none
    (
        "Labour 34% (-2), Conservatives 29% (+1), Reform 17% (n/c), Lib Dems 11% (+1).",
        [
            ("34", *SHARE),
            ("2", "other", "percent_change"),
            ("29", *SHARE),
            ("1", "other", "percent_change"),
            ("17", *SHARE),
            ("11", *SHARE),
            ("1", "other", "percent_change"),
        ],
    ),
    (
        "Unemployment stood at 5.1% (+0.3) in the quarter.",
        [("5.1", *SHARE), ("0.3", "other", "percent_change")],
    ),
    ("Sales rose 4% (+2) in May.", [("4", "percent", "percent_change")]),
    # class-carried8: "only" or "just" before a gapped clause's percent continues the change
    (
        "Retail food prices rose 3.4 per cent in October and household energy only 0.8 per cent.",
        [("3.4", "percent", "percent_change"), ("0.8", "percent", "percent_change")],
    ),
    (
        "Bus fares rose 6 per cent and rail fares just 2 per cent.",
        [("6", "percent", "percent_change"), ("2", "percent", "percent_change")],
    ),
    (
        "Sales rose 3.4 per cent in October, and only 12 per cent of shops said so.",
        [("3.4", "percent", "percent_change"), ("12", "percent", "percentage_share")],
    ),
    # class-discover-c: a pay-rise noun alone ("deal", "offer", "award") naming a percent, in a
    # sentence of a workforce or of pay: the rise, a change; "of" after the percent keeps a share
    (
        "Rail workers accepted a two-year deal worth 9% and a one-off payment of €1,500.",
        [("2", "year", "duration"), ("9", "percent", "percent_change"), ("1500", "EUR", "money")],
    ),
    ("Teachers in Ontario voted to accept a 6.5 per cent offer.", [("6.5", "percent", "percent_change")]),
    ("Hospital cleaners rejected an award of 3% as too little.", [("3", "percent", "percent_change")]),
    (
        "Staff were offered the deal of 9% of the shares.",
        [("9", "percent", "percentage_share")],
    ),
    # class-doubled: a percent in words and then in figures in brackets; a decimal share opening a
    # line is no section's number
    (
        "A penalty of ten per cent (10%) of the contract sum applies to late delivery.",
        [("10", *SHARE), ("10", *SHARE)],
    ),
    (
        "3.4 per cent of registered voters did not collect their cards, the commission said.",
        [("3.4", *SHARE)],
    ),
    # class-labels: a fact box's label of an interest rate, or a rate's name alone, gives its level
    (
        "Policy rate: 6.25%\nInflation (October): 5.1%",
        [("6.25", "percent", "other"), ("5.1", "percent", "percent_change")],
    ),
    ("Prime: 10.5%\nDeposit rate: 3.2%", [("10.5", "percent", "other"), ("3.2", "percent", "other")]),
    ("Unemployment rate: 5.2%", [("5.2", "percent", "percentage_share")]),
    # "A and B per cent": two percents, the sign written once; the second takes the first's kind;
    # a list's first number is read where the list opens
    (
        "Maize and wheat prices rose 14 and 9 per cent respectively.",
        [("14", "percent", "percent_change"), ("9", "percent", "percent_change")],
    ),
    (
        "Shares of Tata Steel and JSW fell 3.2 and 2.7 percent.",
        [("3.2", "percent", "percent_change"), ("2.7", "percent", "percent_change")],
    ),
    (
        "Mortgage rates of 6.5 and 7 per cent have squeezed first-time buyers.",
        [("6.5", "percent", "other"), ("7", "percent", "other")],
    ),
    (
        "The thresholds stand at 5 and 7 per cent for parties and alliances.",
        [("5", "percent", "percentage_share"), ("7", "percent", "percentage_share")],
    ),
    (
        "Output grew 2, 3.5 and 5 per cent in the three regions.",
        [
            ("2", "percent", "percent_change"),
            ("3.5", "percent", "percent_change"),
            ("5", "percent", "percent_change"),
            ("3", "count", "count"),
        ],
    ),
    # ... not when the second opens a clause of its own, its verb after the sign
    (
        "The death toll rose to 45 and 30 per cent of the dead were children.",
        [("45", "people", "count"), ("30", "percent", "percentage_share")],
    ),
    # a rate level, then "and" alone before the next percent: a second level
    (
        "The central bank hiked deposit and lending rates by 400 basis points, to 19.5% and 21%.",
        [("400", "other", "percent_change"), ("19.5", "percent", "other"), ("21", "percent", "other")],
    ),
    # a bare "benchmark" a central bank sets: its policy rate
    ("The Reserve Bank kept its benchmark at 7.25 percent on Thursday.", [("7.25", "percent", "other")]),
    ("Indonesia's central bank raised its benchmark to 6.25% on Wednesday.", [("6.25", "percent", "other")]),
    (
        "The index closed the session with its benchmark at 40 percent of the peak.",
        [("40", "percent", "percentage_share")],
    ),
    # a fraction of a point written out, in a sentence about rates or polls: percentage points,
    # and the level a rate moved to after a move in points
    (
        "The central bank announced a rate cut of half a point, to 4.25%, its first in two years.",
        [("0.5", "other", "percent_change"), ("4.25", "percent", "other"), ("2", "year", "duration")],
    ),
    (
        "The Bank of Ghana raised its policy rate by half a percentage point to 28 percent.",
        [("0.5", "other", "percent_change"), ("28", "percent", "other")],
    ),
    (
        "Markets expect a quarter-point cut in the benchmark rate next month.",
        [("0.25", "other", "percent_change")],
    ),
    # a discounted price: a lower level stated in percent, a change
    (
        "The airline is offering a 25% discounted fare to students who book before March 1.",
        [("25", "percent", "percent_change"), ("--03-01", "date", "date")],
    ),
    (
        "Pensioners will get a 10 per cent discounted rate on council tax.",
        [("10", "percent", "percent_change")],
    ),
    # a percent that is the subject of a past verb, regular or irregular, is a part of a group
    ("Among the buses checked, 17% left late.", [("17", *SHARE)]),
    ("Some 6% declined to say, and 3% dropped out.", [("6", *SHARE), ("3", *SHARE)]),
    (
        "Of the 40 stocks, 30% rose and 70% fell.",
        [("40", "count", "count"), ("30", *SHARE), ("70", *SHARE)],
    ),
    # rebates are discounts; a compound naming a loan, debt securities "were yielding", a product
    # "savings" names and a loan's interest after an aside are rate levels
    ("Dealers are offering rebates averaging 4 percent.", [("4", "percent", "percent_change")]),
    ("Lenders charge 14% on their microloans.", [("14", "percent", "other")]),
    ("Ten-year notes were yielding 4.4 per cent.", [("10", "year", "duration"), ("4.4", "percent", "other")]),
    ("The savings plan pays 5 per cent.", [("5", "percent", "other")]),
    (
        "The society's loan of $2 million, at 9 percent interest, runs for five years.",
        [("2000000", "USD", "money"), ("9", "percent", "other"), ("5", "year", "duration")],
    ),
    # a coupon set at a level is a debt's interest
    ("The coupon was fixed at 3.95 percent.", [("3.95", "percent", "other")]),
    # loans charged at a percent in the passive, and a loan's phrases holding an amount with its
    # sign: the loan's interest; a fee on loans charged as a part "of" the balance is a share
    ("Student loans are charged at 6.3 percent a year.", [("6.3", "percent", "other")]),
    (
        "The ministry took a loan of $300 million from a development bank at 1.5% a year.",
        [("300000000", "USD", "money"), ("1.5", "percent", "other")],
    ),
    ("Late fees on loans are charged at 2% of the balance.", [("2", *SHARE)]),
    # "by an average of" measures an amount of difference; "by" before a bare percent may name the
    # voters of a passive, a share
    ("Electronics were discounted by an average of 31 percent.", [("31", "percent", "percent_change")]),
    ("The motion was approved by 62%, the party said.", [("62", *SHARE)]),
    # two close ends right after a change verb: one range of the change; a level far above the
    # move is the level it reached
    ("Production fell 7 to 11 percent in the quarter.", [("7/11", "percent", "percent_change")]),
    (
        "Turnout dropped 6 to 49 per cent.",
        [("6", "percent", "percent_change"), ("49", "percent", "percentage_share")],
    ),
    # "pp" after a change of at most 100 is percentage points (above 100 it counts pages)
    (
        "The party's share fell 2.4 pp to 31 per cent.",
        [("2.4", "other", "percent_change"), ("31", "percent", "percentage_share")],
    ),
    # "A to B percent of" a whole after a change verb: one range of the part lost, not a change
    # and a level; without the whole, the change and its level
    (
        "Herders lost 35 to 45 percent of their goats in the dry season.",
        [("35/45", "percent", "percent_change")],
    ),
    (
        "Unemployment fell 0.2 to 4.1 percent in May.",
        [("0.2", "percent", "percent_change"), ("4.1", "percent", "percentage_share")],
    ),
    # a share's move of a fraction of a point, "percentage" left out
    (
        "Cable took 26.7% of viewing, up 0.8 of a point on the month.",
        [("26.7", "percent", "percentage_share"), ("0.8", "other", "percent_change")],
    ),
    # ... not a judges' margin, in a sentence of no share or poll
    ("She took the beam title by 0.3 of a point.", [("0.3", "count", "count")]),
    # "and" alone (an approximation at most) before a percent with its period or place after it: the
    # same change, its verb and subject left out; a share opening its own clause stays a share
    (
        "The lira has lost 12 percent of its value this year, and about 30% in the past decade.",
        [("12", "percent", "percent_change"), ("30", "percent", "percent_change")],
    ),
    (
        "Fares rose 4% this spring after the operator's fuel costs jumped, and about 60% said they would drive.",
        [("4", "percent", "percent_change"), ("60", "percent", "percentage_share")],
    ),
    # returns "averaged", and the target or benchmark a fund's return is set against
    (
        "Pension fund returns averaged 6.3 per cent over five years.",
        [("6.3", "percent", "percent_change"), ("5", "year", "duration")],
    ),
    (
        "The fund returned 5%, short of its 7% benchmark.",
        [("5", "percent", "percent_change"), ("7", "percent", "percent_change")],
    ),
    (
        "Turnout returned to 40%, below its 50% target.",
        [("40", "percent", "percentage_share"), ("50", "percent", "percentage_share")],
    ),
    # "earned" after a holder of investments is its return; savers earn interest, a firm a share
    ("The university's endowment earned 11.7% last year.", [("11.7", "percent", "percent_change")]),
    ("The fund earned 30% of its income abroad.", [("30", "percent", "percentage_share")]),
    # "it's" (the spoken "it is") opening a percent's clause stands for the inflation named before it
    ("Inflation has slowed. It's now at 2.5 percent.", [("2.5", "percent", "percent_change")]),
    (
        "REPORTER: Where's inflation now? GOVERNOR: It's running at about 3.1 percent.",
        [("3.1", "percent", "percent_change")],
    ),
    # a return with its sign written out is still a return
    (
        "The fund returned a negative 2.4% in 2022.",
        [("2.4", "percent", "percent_change"), ("2022", "year", "date")],
    ),
    ("Its return was minus 3%.", [("3", "percent", "percent_change")]),
    # a change in money restated in percent after "or" with no comma; a bare "N or M%" is one figure
    (
        "Spending reached $9 billion, an increase of $310 million or 3.6 per cent.",
        [("9000000000", "USD", "money"), ("310000000", "USD", "money"), ("3.6", "percent", "percent_change")],
    ),
    (
        "Revenue was $5 million or 8 per cent of sales.",
        [("5000000", "USD", "money"), ("8", "percent", "percentage_share")],
    ),
    # "another" between a change verb and its percent; "deducted" lowers what it names
    ("Exports fell another 3% in May.", [("3", "percent", "percent_change")]),
    ("The court deducted 20 per cent for the plea.", [("20", "percent", "percent_change")]),
    ("Another 10% of staff left.", [("10", "percent", "percentage_share")]),
    # a change verb before a coordinated object ("the risk of X or a Y") still makes "by N%" a change
    (
        "The jab lowered the risk of death or a first stroke in care by 22% in adults.",
        [("22", "percent", "percent_change")],
    ),
    # bare points after a share are percentage points, also in a line on winter wheat ("win" is
    # no sport cue in "winter")
    (
        "Winter wheat: 52% of the crop was rated good, down 4 points on the week.",
        [("52", "percent", "percentage_share"), ("4", "other", "percent_change")],
    ),
    # the rate a savings product pays, and a rate labelled AER or APR: interest-rate levels
    (
        "Notice accounts now pay 3.85 per cent, and fixed bonds are paying 4.05%.",
        [("3.85", "percent", "other"), ("4.05", "percent", "other")],
    ),
    (
        "Cash earning 1% loses value, and the bank's Easy Saver pays 3.2% AER.",
        [("1", "percent", "other"), ("3.2", "percent", "other")],
    ),
    (
        "The lottery's prize fund rate is 2.9%, and the card carries a 38.45% APR.",
        [("2.9", "percent", "other"), ("38.45", "percent", "other")],
    ),
    # ... not a share a firm pays, nor a return savers (people) earn
    (
        "The firm pays 35% of its profits out, and savers earned a 6% return.",
        [("35", "percent", "percentage_share"), ("6", "percent", "percent_change")],
    ),
    # a gapped clause repeating "by" after a change and its date continues the change
    (
        "Rents will rise by 3.5% from June 1 and bus fares by 6.0% from August 2028.",
        [
            ("3.5", "percent", "percent_change"),
            ("--06-01", "date", "date"),
            ("6", "percent", "percent_change"),
            ("2028-08", "date", "date"),
        ],
    ),
    (
        "Fares rose by 4% in the spring and the company owned by 30% of shareholders.",
        [("4", "percent", "percent_change"), ("30", "percent", "percentage_share")],
    ),
    # a year before "to" and a smaller percent is the year the percent is for, not a low end
    (
        "The ministry cut its growth forecast for 2027 to 2.6% from 3.9%.",
        [
            ("2027", "year", "date"),
            ("2.6", "percent", "percent_change"),
            ("3.9", "percent", "percent_change"),
        ],
    ),
    # a participle clause of movement after a comma gives the level of what the clause before measures
    (
        "Growth is 1.2 percent this year, picking up to 2.1 percent next year.",
        [("1.2", "percent", "percent_change"), ("2.1", "percent", "percent_change")],
    ),
    (
        "Turnout was 52 percent, rising to 58 percent in towns.",
        [("52", "percent", "percentage_share"), ("58", "percent", "percentage_share")],
    ),
    # a percent set after "growth," or "inflation," with no verb restates that change
    ("They see steady growth, four or five percent, this year.", [("4/5", "percent", "percent_change")]),
    ("Core inflation, 2.6 percent in April, eased.", [("2.6", "percent", "percent_change")]),
    ("Joblessness, 4.4 percent in April, rose.", [("4.4", "percent", "percentage_share")]),
    # "it" opening a percent's clause stands for the inflation or growth named just before it
    ("Inflation has cooled. It came in at 2.7 percent in May.", [("2.7", "percent", "percent_change")]),
    ("Growth stalled. It was 0.3 percent in the quarter.", [("0.3", "percent", "percent_change")]),
    # ... not with another figure between, nor for a share of something
    (
        "Inflation peaked at 9pc. The bank kept its rate at 8pc, after cutting it by 250 basis points.",
        [("9", "percent", "percent_change"), ("8", "percent", "other"), ("250", "other", "percent_change")],
    ),
    (
        "Inflation data came out. It showed 30 percent of renters struggle.",
        [("30", "percent", "percentage_share")],
    ),
    # a change restated in percent after ", or", past "by" and a per-period phrase
    (
        "Rents have gone up by about $60 a month, or 4 per cent.",
        [("60", "USD", "money"), ("4", "percent", "percent_change")],
    ),
    ("Dues rose £40 a year, or 9%.", [("40", "GBP", "money"), ("9", "percent", "percent_change")]),
    ("It costs £40 a year, or 9% of income.", [("40", "GBP", "money"), ("9", "percent", "percentage_share")]),
    # "X's at N%": the spoken "is", not a possessive
    ("HOST: Joblessness's at 4.9 percent.", [("4.9", "percent", "percentage_share")]),
    # an investment's return is the gain in its value, a change; a return on equity is a ratio, and
    # a level a thing returned to is not a return
    ("The endowment returned 6.8 per cent last year.", [("6.8", "percent", "percent_change")]),
    ("Its net return of 4.1% trailed rivals.", [("4.1", "percent", "percent_change")]),
    (
        "The five-year return was 5.3 percent.",
        [("5", "year", "duration"), ("5.3", "percent", "percent_change")],
    ),
    ("Savers earned a 7% return.", [("7", "percent", "percent_change")]),
    (
        "Bonds returned 2.9 per cent, and property 8.4 per cent.",
        [("2.9", "percent", "percent_change"), ("8.4", "percent", "percent_change")],
    ),
    ("The lender reported a 13% return on equity.", [("13", "percent", "percentage_share")]),
    ("Turnout returned to 57 per cent.", [("57", "percent", "percentage_share")]),
    ("The group returned 35% of its profit to investors.", [("35", "percent", "percentage_share")]),
    # a whole number and a half, written out as spoken
    ("Joblessness may peak at six and a half percent.", [("6.5", "percent", "percentage_share")]),
    ("Support fell two and a half percentage points.", [("2.5", "other", "percent_change")]),
    # "A% to B%" after a forecast's verb is one uncertain change, unless B is several times A
    ("Insurers expect premiums to rise 4 per cent to 8 per cent.", [("4/8", "percent", "percent_change")]),
    ("Fares could climb 6 percent to 9 percent.", [("6/9", "percent", "percent_change")]),
    (
        "Joblessness is expected to rise 0.4% to 6.2%.",
        [("0.4", "percent", "percent_change"), ("6.2", "percent", "percentage_share")],
    ),
    ("The state's rate peg was set at 3.8% for councils.", [("3.8", "percent", "percent_change")]),
    # a cap set by an active verb in the past tense, and a council rate cap or peg "at" or "of" a percent, bound a change
    ("The regulator capped fare rises at 4.5 per cent.", [("4.5", "percent", "percent_change")]),
    ("The minister set the rate cap at 2.9 per cent.", [("2.9", "percent", "percent_change")]),
    ("Councils face a rate peg of 3.4% next year.", [("3.4", "percent", "percent_change")]),
    ("The bank capped its exposure at 15% of capital.", [("15", "percent", "percentage_share")]),
    # the most council rates may rise is a change; a tax rate's level stays a share
    ("The rate peg the tribunal fixed for councils is 2.8 per cent.", [("2.8", "percent", "percent_change")]),
    (
        "Victoria's rate cap for 2026-27 is 2.75 per cent.",
        [("2026/2027", "year", "date"), ("2.75", "percent", "percent_change")],
    ),
    ("The tax rate is 12 per cent.", [("12", "percent", "percentage_share")]),
    # "p.c." and "percentage pts"; standing facilities by their initials
    ("Inflation eased to 3 p.c. in May.", [("3", "percent", "percent_change")]),
    ("About 40 p.c. of voters backed him.", [("40", "percent", "percentage_share")]),
    ("Support rose 2 percentage pts.", [("2", "other", "percent_change")]),
    ("The SDF rate was left at 6.25 per cent.", [("6.25", "percent", "other")]),
    ("The central bank kept the MSF at 6.5%.", [("6.5", "percent", "other")]),
    ("Sales rose 8.2%.", [("8.2", "percent", "percent_change")]),
    ("Exports fell 3 per cent.", [("3", "percent", "percent_change")]),
    # a headline-style line: "Percent" capitalised, a counted noun capitalised
    (
        "Firm Says Profit Jumped 12 Percent as Orders Rose to 4,815 Tractors",
        [("12", "percent", "percent_change"), ("4815", "count", "count")],
    ),
    # hard-wrapped copy: a line break inside a sentence is read as the space it stands for
    (
        "The central bank raised its benchmark lending rate by 50 basis\npoints on Thursday.",
        [("50", "other", "percent_change")],
    ),
    (
        "In its quarterly review the statistics office said retail sales rose\n1.2 percent from a year earlier.",
        [("1.2", "percent", "percent_change")],
    ),
    (
        "Turnout in the district fell to\n58% from 64% four years earlier.",
        [
            ("58", "percent", "percentage_share"),
            ("64", "percent", "percentage_share"),
            ("4", "year", "duration"),
        ],
    ),
    # "rates" a central bank holds or moves: its interest rates, a level
    ("The central bank held rates at 6.75%.", [("6.75", "percent", "other")]),
    ("The Fed raised rates to 4.75%.", [("4.75", "percent", "other")]),
    ("The bank cut rates by 0.75%.", [("0.75", "percent", "percent_change")]),
    # a change word (and an adverb) right before a bracketed percent; "by a N%"
    ("Output expanded modestly (1.8%) in May.", [("1.8", "percent", "percent_change")]),
    ("Thefts had fallen by a 12 per cent over the year.", [("12", "percent", "percent_change")]),
    ("Members (38%) voted no.", [("38", "percent", "percentage_share")]),
    # a loss put down to a cause that takes part of a flow: a share of what is produced
    ("The utility is losing 45 percent of its water through leaks.", [("45", "percent", "percentage_share")]),
    # ... and with the leak named before the loss verb
    (
        "Crews will patch leaky pipes that lose 27 percent of the supply.",
        [("27", "percent", "percentage_share")],
    ),
    # ... while a loss with no leak named is a fall (rules, table 2)
    ("The fund lost 14 percent of its value.", [("14", "percent", "percent_change")]),
    ("Growers lose 30% of the crop to pests.", [("30", "percent", "percentage_share")]),
    # ... not a loss of a level with no cause named (rules, table 2)
    ("Patients lost 15% of their body weight.", [("15", "percent", "percent_change")]),
    # a hedge before a percent: read past; after a comma, the size of the clause's change
    ("Rents will drop by perhaps 4 per cent.", [("4", "percent", "percent_change")]),
    ("Land values will fall, maybe 6 to 9 per cent in some towns.", [("6/9", "percent", "percent_change")]),
    # ... not a share of a whole after the hedge, nor a clause with no change
    ("Turnout rose, perhaps 60 per cent of voters.", [("60", "percent", "percentage_share")]),
    ("She won, possibly 52 per cent in the end.", [("52", "percent", "percentage_share")]),
    # every form of a verb of change: "plummeting", "skyrocketing", "shed", "lose"
    ("The coin rose again after plummeting 40% in May.", [("40", "percent", "percent_change")]),
    ("The token fell after skyrocketing 80%.", [("80", "percent", "percent_change")]),
    ("The index shed 2.1 per cent on Friday.", [("2.1", "percent", "percent_change")]),
    ("The pill helps patients lose 12% of their body weight.", [("12", "percent", "percent_change")]),
    # ... not a noun of sport or politics that reads like one
    (
        "She added 11 rebounds and 45% of the team's shots.",
        [("11", "count", "count"), ("45", "percent", "percentage_share")],
    ),
    ("About 38% of voters backed him.", [("38", "percent", "percentage_share")]),
    ("Inflation eased to 3.4%.", [("3.4", "percent", "percent_change")]),
    ("It keeps a 2 percent inflation target.", [("2", "percent", "percent_change")]),
    ("The bank holds its key rate at 6.5%.", [("6.5", "percent", "other")]),
    ("The central bank left its cash rate at 3.85%.", [("3.85", "percent", "other")]),
    ("Banks raised the prime rate to 8.5 percent.", [("8.5", "percent", "other")]),
    ("The unemployment rate stood at 6.1%.", [("6.1", "percent", "percentage_share")]),
    ("It rose 0.25 percentage points.", [("0.25", "other", "percent_change")]),
    ("The Fed cut by 75 basis points.", [("75", "other", "percent_change")]),
    ("Growth of 3-4% is expected next year.", [("3/4", "percent", "percent_change")]),
    # an "X or Y" estimate is one range, its kind read before the first number
    ("Fares will rise 6 or 7 per cent in May.", [("6/7", "percent", "percent_change")]),
    ("The party may win 9 or 10 percent of the vote.", [("9/10", "percent", "percentage_share")]),
    # a jail or ward above its capacity, as a price above a reference, is a relative difference
    ("Inspectors found an overcrowding of 45 per cent in the wing.", [("45", "percent", "percent_change")]),
    # a sign before a percent is a change (rules, table 1: a fall written "-0.4%")
    ("Dow +0.2% on the day.", [("0.2", "percent", "percent_change")]),
    # the sign joined by hyphens in a compound adjective
    ("Ridership posted a 6-per-cent gain last year.", [("6", "percent", "percent_change")]),
    ("The district reported a 14-percent drop in enrolment.", [("14", "percent", "percent_change")]),
    ("Shares moved -0.4% by noon.", [("0.4", "percent", "percent_change")]),
    # the number of a market index's name is no figure; the signed move after it is
    ("The Euro Stoxx 50 -0.8% on the day.", [("0.8", "percent", "percent_change")]),
    # a change word, an article and an adjective before the percent
    ("Rents rose an annual 4.1% in May.", [("4.1", "percent", "percent_change")]),
    ("Shares fell a further 2% on Friday.", [("2", "percent", "percent_change")]),
    # a change word, then "an average of" or "a total of"; "of" alone after a noun stays a share
    ("Patients lost an average of 11.5% of their weight.", [("11.5", "percent", "percent_change")]),
    ("An average of 11.5% of patients relapsed.", [("11.5", "percent", "percentage_share")]),
    # a comparative after the percent: a change (rules, table 2: "a 15 percent lower risk")
    ("The new budget is 12 percent smaller than the last.", [("12", "percent", "percent_change")]),
    ("Homes are 7% cheaper than a year ago.", [("7", "percent", "percent_change")]),
    ("Traffic was 40 percent heavier than usual.", [("40", "percent", "percent_change")]),
    ("The new route is 15 per cent longer.", [("15", "percent", "percent_change")]),
    # class-discover-h: a market's comparatives of a currency's or an index's move, a change; a
    # change listed after one whose new level has a decimal point continues it
    (
        "The JSE all share index closed 1.3% firmer at 78,402 points, and the rand firmed to R18.21/$.",
        [("1.3", "percent", "percent_change"), ("78402", "other", "other"), ("18.21", "ZAR", "money")],
    ),
    ("The lira ended 0.7% weaker against the dollar.", [("0.7", "percent", "percent_change")]),
    ("Copper was 1.1 per cent softer in late trade.", [("1.1", "percent", "percent_change")]),
    (
        "The pound rose 0.4% to $1.2715 and 0.2% to €1.1690, while the yen traded at 156.8 per dollar.",
        [
            ("0.4", "percent", "percent_change"),
            ("1.2715", "USD", "money"),
            ("0.2", "percent", "percent_change"),
            ("1.169", "EUR", "money"),
            ("156.8", "JPY", "money"),
        ],
    ),
    (
        "Sales rose 4% to $1.2m, and 40% of buyers were new.",
        [
            ("4", "percent", "percent_change"),
            ("1200000", "USD", "money"),
            ("40", "percent", "percentage_share"),
        ],
    ),
    ("Queues were 20% shorter on Monday.", [("20", "percent", "percent_change")]),
    # "by N%" after a verb with a long object: the verb sets the change
    (
        "The drug cut the risk of stroke, heart failure or kidney disease by 18% in the study.",
        [("18", "percent", "percent_change")],
    ),
    # a change word, then a limiting adverb ("just", "only") before the percent
    ("School budgets rose just 1.9% this year.", [("1.9", "percent", "percent_change")]),
    ("Output fell only 0.3 per cent in May.", [("0.3", "percent", "percent_change")]),
    # a limiting adverb with no change word before it: a share
    ("Only 12% of pupils passed.", [("12", "percent", "percentage_share")]),
    # a bare number in brackets after "percentage" (rules, table 2)
    ("Idaho grew fastest in percentage (21.3), ahead of Utah.", [("21.3", "percent", "percent_change")]),
    ("Its share in percentage (13.6) was small.", [("13.6", "percent", "percentage_share")]),
    ("The poll lead widened to 5 points.", [("5", "other", "percent_change")]),
    # percentage points never pass 100: more bare points in a sentence about a rating are its own
    ("The grandmaster's rating has climbed 230 points since May.", [("230", "other", "other")]),
    ("Her approval rating dropped 9 points.", [("9", "other", "percent_change")]),
    ("Labour holds a 7-point lead in the poll.", [("7", "other", "percent_change")]),
    # ... but points kicked in a lead at half-time are scored, not percentage points
    ("Galway led at half-time, their captain kicking six points.", [("6", "count", "count")]),
    # a swing is a change in vote share; a share "of" something stays a share
    ("The party needs a swing of 4.5% to win the seat.", [("4.5", "percent", "percent_change")]),
    ("Swing voters made up 12% of the sample.", [("12", "percent", "percentage_share")]),
    ("The swing from the Tories to Labour was 9.5 points.", [("9.5", "other", "percent_change")]),
    ("A 14-point swing in the fourth quarter decided the game.", [("14", "count", "count")]),
    ("Women make up 48 per cent of staff.", [("48", "percent", "percentage_share")]),
    # "N% or more" bounds a level: no change, unless a change word stands before it
    ("Firms with a market share of 40 per cent or more were fined.", [("40", "percent", "percentage_share")]),
    ("Prices rose 5% or more in most towns.", [("5", "percent", "percent_change")]),
    ("Rent takes up about 40% of a nurse's pay.", [("40", "percent", "percentage_share")]),
    # "cut" as the head of a compound after "a N%": a change ("a 12% tariff cut"); not a verb
    ("The regulator proposed a 12% tariff cut.", [("12", "percent", "percent_change")]),
    ("Just 2 percent were cut.", [("2", "percent", "percentage_share")]),
    ("Imports took up 3% last month.", [("3", "percent", "percent_change")]),
    ("Shares ended up 3% on the day.", [("3", "percent", "percent_change")]),
    ("He scored 31 points in the game.", [("31", "count", "count")]),
    # a change restated in percent after ", or"; a level after "to" is not the change
    (
        "Copper fell $210, or 2.3%, on Monday.",
        [("210", "USD", "money"), ("2.3", "percent", "percent_change")],
    ),
    (
        "Its shares gained 35p, or 4.1%, by noon.",
        [("35", "other", "money"), ("4.1", "percent", "percent_change")],
    ),
    (
        "Profit rose to RM5 million, or 12%.",
        [("5000000", "MYR", "money"), ("12", "percent", "percentage_share")],
    ),
    (
        "Costs were 1,200, or 40%, of the total.",
        [("1200", "count", "count"), ("40", "percent", "percentage_share")],
    ),
    # a currency gaining or losing value
    ("The peso weakened 1.2% on Tuesday.", [("1.2", "percent", "percent_change")]),
    ("The rand strengthened 0.8% overnight.", [("0.8", "percent", "percent_change")]),
    # an adverb between "by" and the percent
    ("Output is set to grow by only 0.6% this year.", [("0.6", "percent", "percent_change")]),
    # a rate known by its own name, and the UK's Bank Rate, at a level
    ("Analysts see the Selic at 12.5% in December.", [("12.5", "percent", "other")]),
    ("The Bank of England kept Bank Rate at 4%.", [("4", "percent", "other")]),
    # a bare target in a sentence on inflation is an inflation target: a change (rules, table 2)
    (
        "Consumer prices rose 4.4%, above the 3.5% target.",
        [("4.4", "percent", "percent_change"), ("3.5", "percent", "percent_change")],
    ),
    # a target for something named is not
    (
        "It has a 40% target for solar power, while inflation is 3%.",
        [("40", "percent", "percentage_share"), ("3", "percent", "percent_change")],
    ),
    # a gain's level is a change
    ("It trimmed its gain for the year to 9%.", [("9", "percent", "percent_change")]),
    # a bond's yield is the market's interest rate on it: its level is a rate level
    (
        "Treasury yields climbed 12 basis points to 4.1%.",
        [("12", "other", "percent_change"), ("4.1", "percent", "other")],
    ),
    ("The gilt yield stood at 4.65% on Monday.", [("4.65", "percent", "other")]),
    ("The shares offer a dividend yield of 5.2%.", [("5.2", "percent", "other")]),
    # a yield that changes is a change; a share "of" something in a clause on yields stays a share
    ("Wheat yields fell 8% this season.", [("8", "percent", "percent_change")]),
    ("Yields were poor as 30% of the fields flooded.", [("30", "percent", "percentage_share")]),
    # a percent a year, a month or a quarter is a rate of change ("an offer of about 5% a year")
    ("The offer works out at about 5% a year.", [("5", "percent", "percent_change")]),
    ("Tuition fees will be capped at 3 per cent per annum.", [("3", "percent", "percent_change")]),
    ("Prices are climbing by about 0.4% a month.", [("0.4", "percent", "percent_change")]),
    # ... but not a level "a year earlier", a share of a year's total (nor an interest rate: see below)
    ("Its margin was 9.8% a year earlier.", [("9.8", "percent", "percentage_share")]),
    ("About 30% of a year's rain fell on Monday.", [("30", "percent", "percentage_share")]),
    # a percent that a change noun is worth is that change
    ("The rise, worth 4.9 per cent, starts in April.", [("4.9", "percent", "percent_change")]),
    ("A pay cut worth 3% was agreed.", [("3", "percent", "percent_change")]),
    ("The stake, worth 12%, was sold.", [("12", "percent", "percentage_share")]),
    # a loan product named fixed or variable stands at a rate level (rules, table 2), and so do
    # the earlier levels it is compared with
    (
        "A typical three-year fixed rate is now 5.3%.",
        [("3", "year", "duration"), ("5.3", "percent", "other")],
    ),
    (
        "Variable mortgages cost 7.2%, up from 6.9% in spring and from a low of 3.1% in 2021.",
        [
            ("7.2", "percent", "other"),
            ("6.9", "percent", "other"),
            ("3.1", "percent", "other"),
            ("2021", "year", "date"),
        ],
    ),
    # the rates of loans and a central bank's base rate are rate levels, by the month too
    ("Personal loan rates slipped to 2.9% a month.", [("2.9", "percent", "other")]),
    ("The Bank of England held its base rate at 3.15%.", [("3.15", "percent", "other")]),
    # ... but a household savings rate is a share of income saved
    ("The household savings rate fell to 4.2%.", [("4.2", "percent", "percentage_share")]),
    # a bank's own rate ("its rate") is its interest rate; its rate of something else is a share
    ("The Bank of Korea held its rate at 2.5% on Thursday.", [("2.5", "percent", "other")]),
    ("The bank said its rate of bad loans rose to 3%.", [("3", "percent", "percentage_share")]),
    # ... but a rate of loans going bad is a share of them
    ("The loan default rate rose to 5%.", [("5", "percent", "percentage_share")]),
    # a change "by an average of" (or "a total of") N%: the change "by" measures
    ("The utility raised its tariffs by an average of 18 percent.", [("18", "percent", "percent_change")]),
    ("Rents fell by an average of 4% in the city.", [("4", "percent", "percent_change")]),
    # ... while "a total of N% of" something with no change word is a share
    ("A total of 40% of loans were repaid.", [("40", "percent", "percentage_share")]),
    # ... but a share of loans stays a share, and so does a share after a rate level
    ("Fixed rates now cover 86% of home loans.", [("86", "percent", "percentage_share")]),
    (
        "The repo rate is 6.5%, and 30% of borrowers are behind on payments.",
        [("6.5", "percent", "other"), ("30", "percent", "percentage_share")],
    ),
    # interest charged on loans, and what loans carry, are rate levels (rules, table 2)
    ("Interest on the loans is charged at 6.3 percent.", [("6.3", "percent", "other")]),
    ("Older loans carry up to 7.9 percent.", [("7.9", "percent", "other")]),
    # an adverb between the loan and its price verb; a loan offered "at" a percent
    ("Car loans now cost 14% to 17% a year.", [("14/17", "percent", "other")]),
    (
        "The fund offers loans of up to 2 million rand at 8.5 percent.",
        [("2000000", "ZAR", "money"), ("8.5", "percent", "other")],
    ),
    ("The lender issued loans that expanded at 12% a year.", [("12", "percent", "percent_change")]),
    # what borrowers pay: a percent in a clause of borrowing or lending, not "of" a sum
    (
        "Farmers can borrow up to $20,000 each at an annual rate of 6.5%.",
        [("20000", "USD", "money"), ("6.5", "percent", "other")],
    ),
    ("The state bank lends to exporters at 11 percent.", [("11", "percent", "other")]),
    ("Buyers borrowed 85% of the price.", [("85", "percent", "percentage_share")]),
    # ... but an interest held in a firm is a stake, a share
    ("The firm holds an interest of 35 percent in the mine.", [("35", "percent", "percentage_share")]),
    # a rise in pay offered, awarded or agreed is a change, not a share (rules, table 2)
    ("Porters turned down a pay offer of 2.8% on Monday.", [("2.8", "percent", "percent_change")]),
    ("Drivers won a 6% pay award.", [("6", "percent", "percent_change")]),
    ("The nurses' wage deal is worth 4.5%.", [("4.5", "percent", "percent_change")]),
    # a percent offered or demanded where the sentence speaks of pay or a union: a pay rise
    (
        "Management has offered 6 percent over two years, the union said.",
        [("6", "percent", "percent_change"), ("2", "year", "duration")],
    ),
    ("Workers are demanding 12 percent, and the strike goes on.", [("12", "percent", "percent_change")]),
    ("The dockers' union asked for 9 percent; the port offered less.", [("9", "percent", "percent_change")]),
    ("Teachers are pushing for 7% in this year's pay round.", [("7", "percent", "percent_change")]),
    # ... not an ask where no pay is spoken of, nor a part asked for
    ("The city asked for 20 percent of the grant.", [("20", "percent", "percentage_share")]),
    # class-paychanges: a percent got, granted or bargained over in a pay sentence is the pay rise
    # (a change), with no word of a rise beside it: after a verb of getting, a side's position in
    # the talks, or a pay-rise noun without a pay word
    (
        "Bus drivers get 4.5 per cent this year and a further 3 per cent next year, the union said.",
        [("4.5", "percent", "percent_change"), ("3", "percent", "percent_change")],
    ),
    (
        "The teachers' union opened at 12 percent and settled at 7.5 percent after marathon talks.",
        [("12", "percent", "percent_change"), ("7.5", "percent", "percent_change")],
    ),
    (
        "The government's offer of 5 per cent was rejected by the nurses' union.",
        [("5", "percent", "percent_change")],
    ),
    ("Dockworkers accepted a 9% award from the arbitration panel.", [("9", "percent", "percent_change")]),
    ("The pay review body recommended 4 per cent for consultants.", [("4", "percent", "percent_change")]),
    (
        "Civil servants below the threshold will receive 7 per cent, and those above it 4 per cent.",
        [("7", "percent", "percent_change"), ("4", "percent", "percent_change")],
    ),
    (
        "Hospital cleaners, backed by their union, came down to 11 percent.",
        [("11", "percent", "percent_change")],
    ),
    (
        "Clerical grades will be paid 6% more, while managers get 2%.",
        [("6", "percent", "percent_change"), ("2", "percent", "percent_change")],
    ),
    (
        "Police officers are to receive a 3.5% uplift, the home secretary announced.",
        [("3.5", "percent", "percent_change")],
    ),
    # ... not a vote share where a union or workers stand for election, nor a part got "of" a whole,
    # nor a percent got where no pay is spoken of
    ("The Democratic Union won 12 percent in Sunday's election.", [("12", *SHARE)]),
    ("The union's membership is down to 23 percent of the workforce.", [("23", *SHARE)]),
    ("Workers will receive 10 percent of the shares under the buyout.", [("10", *SHARE)]),
    (
        "Under the deal, the state gets 51 percent and the investor 49 percent.",
        [("51", *SHARE), ("49", *SHARE)],
    ),
    # a target, its range or band, in a sentence on inflation or right after one: the inflation
    # target (rules, table 2); not beside an interest rate, nor a target share of something
    (
        "Inflation slowed to 3.1% in May. The reading sits inside the bank's target range of 2% to 4%.",
        [("3.1", "percent", "percent_change"), ("2/4", "percent", "percent_change")],
    ),
    (
        "Inflation averaged 4.2 percent, inside the central bank's objective range of 3 to 6 percent.",
        [("4.2", "percent", "percent_change"), ("3/6", "percent", "percent_change")],
    ),
    (
        "Inflation cooled to 2.7% in July. The Fed kept its target range of 5% to 5.25%.",
        [("2.7", "percent", "percent_change"), ("5/5.25", "percent", "percentage_share")],
    ),
    (
        "Inflation slowed in May. The pension fund keeps a target of 60% of assets in bonds.",
        [("60", "percent", "percentage_share")],
    ),
    # a monetary union's inflation "ceiling" is its target; a ceiling of a share or on a price is not
    (
        "Consumer prices rose 2.1% in June, under the monetary union's ceiling of 3.5%.",
        [("2.1", "percent", "percent_change"), ("3.5", "percent", "percent_change")],
    ),
    (
        "Inflation is 5%, and the council put a ceiling of 4% on rents.",
        [("5", "percent", "percent_change"), ("4", "percent", "percentage_share")],
    ),
    (
        "Inflation slowed in May. The bloc keeps a debt ceiling of 70% of output.",
        [("70", "percent", "percentage_share")],
    ),
    # a bare percent after a verb of expecting, with a change or inflation just before: a forecast
    # of that change; after a share, a forecast share
    (
        "Retail sales rose 2.4% in March. Economists had expected 2.2%.",
        [("2.4", "percent", "percent_change"), ("2.2", "percent", "percent_change")],
    ),
    (
        "Turnout reached 61% on Sunday. Pollsters had expected 58%.",
        [("61", "percent", "percentage_share"), ("58", "percent", "percentage_share")],
    ),
    # the direction of a move after the percent: "upward", "downward"
    (
        "Bread prices may now move 4 percent upward or 6 percent downward in a month.",
        [("4", "percent", "percent_change"), ("6", "percent", "percent_change")],
    ),
    # a share's own rise or fall after it stays a change
    (
        "Online sales were 3.1% of the total, down 8.5% on the year.",
        [("3.1", "percent", "percentage_share"), ("8.5", "percent", "percent_change")],
    ),
    # ... but not a part of something offered, nor an offer where no pay is spoken of
    ("The union offered 5 percent of its shares.", [("5", "percent", "percentage_share")]),
    ("The fund offered 40 percent to savers in the scheme.", [("40", "percent", "percentage_share")]),
    # ... but a share of pay, or of the votes on a pay deal, is a share
    ("Rent takes 35% of their wages.", [("35", "percent", "percentage_share")]),
    ("The pay deal was backed by 71% in the ballot.", [("71", "percent", "percentage_share")]),
    # a level placed against a reference ("below normal", "behind last season") is a change (table 2)
    ("Snowfall in the Alps was 27% below normal this winter.", [("27", "percent", "percent_change")]),
    # ... and so is a level "over" or "under" a plan with no article ("over budget", "under estimate")
    (
        "The stadium came in 18% over budget and the road 4 per cent under estimate.",
        [("18", "percent", "percent_change"), ("4", "percent", "percent_change")],
    ),
    # ... while "over" before a period or a figure places nothing against a plan
    ("Some 40% of staff left over the period.", [("40", "percent", "percentage_share")]),
    # a penalty charged by the period is a share of the balance, unless its clause names a change
    (
        "Late payers owe a penalty of 3 per cent plus 1.5 per cent a month.",
        [("3", "percent", "percentage_share"), ("1.5", "percent", "percentage_share")],
    ),
    ("Penalties rose 2 per cent a year.", [("2", "percent", "percent_change")]),
    # a rate's level set after it in an aside, in a clause about interest: an interest-rate level
    ("Interest on late bills is charged at the set rate, currently 6 per cent.", [("6", "percent", "other")]),
    # ... not a rate of another clause ("Interest rates rose, and the jobless rate, now 5%")
    (
        "Interest rates rose, and the jobless rate, now 5 per cent, fell.",
        [("5", "percent", "percentage_share")],
    ),
    ("Bookings are running 12 percent ahead of last summer.", [("12", "percent", "percent_change")]),
    ("Copper still trades 9% below its May peak.", [("9", "percent", "percent_change")]),
    # ... but not a band starting at a figure, nor people over or under a threshold: shares
    (
        "A top rate of 45% above £150,000 applies.",
        [("45", "percent", "percentage_share"), ("150000", "GBP", "money")],
    ),
    ("In the district, 31% below the poverty line went hungry.", [("31", "percent", "percentage_share")]),
    # a price set against a reference price, a premium or a discount, is a change too
    ("The bid is a premium of 28% to Friday's close.", [("28", "percent", "percent_change")]),
    # ... and an addition on a level, a bonus or a markup, raises that level
    ("The law gives owners a 4 percent bonus on the rent cap.", [("4", "percent", "percent_change")]),
    ("Retailers add a 30% markup on cost.", [("30", "percent", "percent_change")]),
    # ... while a bonus of a share of salary is that share
    ("Staff get a bonus of 8% of salary.", [("8", "percent", "percentage_share")]),
    ("Bidders offered a 15 percent premium over the last price.", [("15", "percent", "percent_change")]),
    ("New shares go at a discount of 6% to the market.", [("6", "percent", "percent_change")]),
    # ... and the premium after "and of", a parallel of the first, though the first is far back
    (
        "It pays a premium of 31% to the closing price on Friday and of 35% to the average price.",
        [("31", "percent", "percent_change"), ("35", "percent", "percent_change")],
    ),
    # ... but a premium that is a share of something is a share
    ("Insurers charge a premium of 2% of the loan.", [("2", "percent", "percentage_share")]),
    # a cut after the percent is a fall, unless it is a cut of something (a share)
    ("A 15% cut would close the mill.", [("15", "percent", "percent_change")]),
    ("The agent takes a 10% cut of the fee.", [("10", "percent", "percentage_share")]),
    # the verb of "by N%" stands further back, after "to", behind a long object with no article
    (
        "Ministers voted on Monday to cut next year's herring catch in the Irish Sea by 18 percent.",
        [("18", "percent", "percent_change")],
    ),
    # a second "by N%" of a list, its own object between: a change in the same direction
    (
        "The plan lowers the fee for small farms by 12% and for large estates by 20%.",
        [("12", "percent", "percent_change"), ("20", "percent", "percent_change")],
    ),
    # the level a rate moved to or from in basis points, the rate named before a comma or referred
    # to: an interest-rate level (rules, table 2)
    (
        "The bank held its repo rate at 6%, having raised it by 250 basis points from 3.5%.",
        [("6", "percent", "other"), ("250", "other", "percent_change"), ("3.5", "percent", "other")],
    ),
    (
        "It has lifted the lending rate by 75 bps since June, to 9.25%.",
        [("75", "other", "percent_change"), ("9.25", "percent", "other")],
    ),
    # points written as a compound adjective, and a fraction of one point written with "of a"
    ("The bank made 50-basis-point cuts.", [("50", "other", "percent_change")]),
    ("A 0.5-percentage-point rise is likely.", [("0.5", "other", "percent_change")]),
    ("The jobless rate slipped 0.4 of a percentage point.", [("0.4", "other", "percent_change")]),
    # a move restated in percent, its direction after it; a loss in percent is a change
    (
        "The index ended 27.3 points, or 0.4 per cent, lower at 6,845.2.",
        [("27.3", "other", "other"), ("0.4", "percent", "percent_change"), ("6845.2", "other", "other")],
    ),
    ("The euro was set for a monthly loss of 2.3%.", [("2.3", "percent", "percent_change")]),
    # a margin moved in basis points stays a share
    (
        "The operating margin widened by 90 basis points to 14.2%.",
        [("90", "other", "percent_change"), ("14.2", "percent", "percentage_share")],
    ),
    # a distance from a reference level, either way: "within N per cent of" a level, an error
    ("Costs must stay within 20 per cent of the forecast.", [("20", "percent", "percent_change")]),
    ("A 5 or 10 per cent error is normal for such surveys.", [("5/10", "percent", "percent_change")]),
    # ... but "within" a share of a whole caps the share, and a share "of the variation" is a share
    ("The rules cap the deficit within 4pc of GDP.", [("4", "percent", "percentage_share")]),
    ("About 45 per cent of the variation is explained by income.", [("45", "percent", "percentage_share")]),
    # "between" opens a range; the word before it tells the kind
    ("Prices are expected to increase between 5% and 6%.", [("5/6", "percent", "percent_change")]),
    ("The tax is levied at between 10 and 15 per cent.", [("10/15", "percent", "percentage_share")]),
    # a change compared with an earlier period's, or following it: a change too
    (
        "GDP grew 0.3% in the third quarter, after 0.5% in the second.",
        [("0.3", "percent", "percent_change"), ("0.5", "percent", "percent_change")],
    ),
    (
        "Sales rose 4%, compared with 2.5% a year earlier.",
        [("4", "percent", "percent_change"), ("2.5", "percent", "percent_change")],
    ),
    # ... or its earlier reading after ", up from" or ", down from" (an earlier estimate of it)
    (
        "Output growth is projected at 3.2 per cent, down from 3.6 per cent.",
        [("3.2", "percent", "percent_change"), ("3.6", "percent", "percent_change")],
    ),
    (
        "Farm growth is put at 2.7%, up from an initial estimate of 2.2%.",
        [("2.7", "percent", "percent_change"), ("2.2", "percent", "percent_change")],
    ),
    # ... while a share's earlier level stays a share
    (
        "The jobless rate rose to 6.4%, up from 6.1%.",
        [("6.4", "percent", "percentage_share"), ("6.1", "percent", "percentage_share")],
    ),
    # a sentence adverb between commas does not hide the measure before it
    ("Core inflation, however, stayed at 5.5 per cent.", [("5.5", "percent", "percent_change")]),
    ("Turnout, meanwhile, fell to 58 per cent.", [("58", "percent", "percentage_share")]),
    # ... but a share of something after it stays a share
    (
        "Shares rose 3% after 40% of investors backed the deal.",
        [("3", "percent", "percent_change"), ("40", "percent", "percentage_share")],
    ),
    # interest paid at a percent is a rate's level; an interest "in" a firm is a stake, a share
    ("Savers earn 5% interest on the account.", [("5", "percent", "other")]),
    ("The group bought a 35% interest in the mine.", [("35", "percent", "percentage_share")]),
    # a decimal comma before a percent sign or "per cent" (a thousands group has three digits)
    ("PRETORIA - Joblessness rose to 36,4%.", [("36.4", "percent", "percentage_share")]),
    ("The index rose 1,6 per cent.", [("1.6", "percent", "percent_change")]),
    ("It rose 12,345%.", [("12345", "percent", "percent_change")]),
    # central banks' rates by their initials stand at rate levels
    (
        "ABUJA - The MPR was raised by 50 basis points to 26.25 per cent.",
        [("50", "other", "percent_change"), ("26.25", "percent", "other")],
    ),
    ("NAIROBI - The CBK cut the CBR to 9.75 percent.", [("9.75", "percent", "other")]),
    # "by N%" after a verb that sets a figure against a reference: the relative gap, a change
    ("Sales exceeded the target by 12%.", [("12", "percent", "percent_change")]),
    ("The firm missed its forecast by 3%.", [("3", "percent", "percent_change")]),
    ("Exports exceeded 40% of output.", [("40", "percent", "percentage_share")]),
    # ", or N%" restating a change noun's amount is that change; after "made up" a part of a whole
    (
        "The union wants a rise of 40 cents, or 8 per cent.",
        [("40", "other", "money"), ("8", "percent", "percent_change")],
    ),
    # ... also without the comma after a sum in a currency named after it ("15 tyiyn or 11%")
    (
        "Bread prices went up by 50 naira or roughly 8 percent in Lagos.",
        [("50", "NGN", "money"), ("8", "percent", "percent_change")],
    ),
    (
        "Fares in Bishkek rose to 25 soms, a rise of 5 soms or about 25 percent.",
        [("25", "KGS", "money"), ("5", "KGS", "money"), ("25", "percent", "percent_change")],
    ),
    (
        "Grants made up $30 million, or 12 per cent.",
        [("30000000", "USD", "money"), ("12", "percent", "percentage_share")],
    ),
    # a level below a year's level: a change from it
    (
        "Ferry use remains 7 per cent below 2019 levels.",
        [("7", "percent", "percent_change"), ("2019", "year", "date")],
    ),
    # a change ranked after another with "followed by ... at": a change too (a share stays a share)
    (
        "Prices rose most in Galway, up 9.1 per cent, followed by Kerry at 7.4 per cent.",
        [("9.1", "percent", "percent_change"), ("7.4", "percent", "percent_change")],
    ),
    (
        "Labour took 31 per cent, followed by the Greens at 14 per cent.",
        [("31", "percent", "percentage_share"), ("14", "percent", "percentage_share")],
    ),
    # a cap on a change bounds the change; a cap on a stake is a share
    ("Yearly rent rises are capped at 3 per cent.", [("3", "percent", "percent_change")]),
    ("Foreign ownership is capped at 49 per cent.", [("49", "percent", "percentage_share")]),
    # a gap between two levels in percent: how much one stands above the other
    ("The street rate shows a gap of 6% with the official rate.", [("6", "percent", "percent_change")]),
    # a number joined to its word by a hyphen is one word of the clause: the rate is still named
    (
        "Interest rates on 60-day time deposits at state lenders climbed to 39 percent a year.",
        [("60", "days", "duration"), ("39", "percent", "other")],
    ),
    # the financial desks' "bp" and "ppt(s)": basis and percentage points, a change
    ("Bond yields rose 6 bp on Tuesday.", [("6", "other", "percent_change")]),
    ("The lender's margin fell 1.5 ppts.", [("1.5", "other", "percent_change")]),
    # two percents joined by a dash after a change verb: one range of the change ("to" may join a
    # change to its new level: "rose 0.2% to 3.4%" stays two)
    ("Rents rose 6%-8% in the capital.", [("6/8", "percent", "percent_change")]),
    ("Output fell 2.5%\u20133% in May.", [("2.5/3", "percent", "percent_change")]),
    # point abbreviations of European and markets copy: "pp", "ppt", "ppts", "bp" (small letters)
    (
        "The jobless rate fell 0.4pp to 5.2%.",
        [("0.4", "other", "percent_change"), ("5.2", "percent", "percentage_share")],
    ),
    ("Bund yields rose 9bp on Monday.", [("9", "other", "percent_change")]),
    ("Support slipped 1.5 ppts in a week.", [("1.5", "other", "percent_change")]),
    ("The chain runs 14 BP stations.", [("14", "count", "count")]),
    ("Planners see 2%-3% growth next year.", [("2/3", "percent", "percent_change")]),
    # "between" makes two percents one range even after a change verb and with "to"
    ("Fares rose between 4% to 9% last year.", [("4/9", "percent", "percent_change")]),
    ("The county grew fastest in percentage terms (9.7).", [("9.7", "percent", "percent_change")]),
    # a bare number ending its clause after "a percentage of" (a ladder's points for against points
    # against, as sports tables print it) is a percent
    ("The club sits fifth with a percentage of 104.2.", [("104.2", "percent", "percentage_share")]),
    # a bare change verb after a modal or "to" is a forecast: "A to B percent" after it is one range,
    # while a change that happened gives the change, then the level
    ("Analysts say rents could rise 4 to 6 percent next year.", [("4/6", "percent", "percent_change")]),
    (
        "The unemployment rate fell 0.3 to 5.1 percent.",
        [("0.3", "percent", "percent_change"), ("5.1", "percent", "percentage_share")],
    ),
    # a gapped clause naming only its place keeps the change of the percent before it
    (
        "Output fell 12% in Busan, and in Incheon 9%.",
        [("12", "percent", "percent_change"), ("9", "percent", "percent_change")],
    ),
    # a central bank's standing facility rates are interest-rate levels
    ("The marginal lending facility rate now stands at 4.35%.", [("4.35", "percent", "other")]),
    # a currency's appreciation or depreciation, as a noun, is a change in its value
    ("The cedi posted an appreciation of 3.2% in the quarter.", [("3.2", "percent", "percent_change")]),
    ("A depreciation of 6 percent lifted import bills.", [("6", "percent", "percent_change")]),
    # a change ranked among others and stated "at N%" is that change; "followed by" may bracket the
    # next one's percent
    (
        "Fares rose most in Leeds at 8%, followed by York at 5%.",
        [("8", "percent", "percent_change"), ("5", "percent", "percent_change")],
    ),
    ("The steepest fall was in Porto, at 6%.", [("6", "percent", "percent_change")]),
    (
        "Rents grew 11% in Lyon, followed by Lille (7%).",
        [("11", "percent", "percent_change"), ("7", "percent", "percent_change")],
    ),
    ("The largest bank, now at 38%, leads the market.", [("38", "percent", "percentage_share")]),
    # a clause of only its verb after an aside reads the clause the aside interrupts
    ("Inflation in Porto, Portugal, was 2.9 per cent in June.", [("2.9", "percent", "percent_change")]),
    ("Core inflation, which leaves out energy, was 3.3%.", [("3.3", "percent", "percent_change")]),
    ("In Porto, Portugal, turnout was 64%.", [("64", "percent", "percentage_share")]),
    # a change, a price gap or a cap on a change as the subject of "is"/"was": the percent is that change
    ("The increase was 4% last year.", [("4", "percent", "percent_change")]),
    ("The fall in bookings was 9 per cent.", [("9", "percent", "percent_change")]),
    ("The discount for pensioners is 25 per cent.", [("25", "percent", "percent_change")]),
    ("The cap on rent increases is 3.5%.", [("3.5", "percent", "percent_change")]),
    ("The limit on foreign stakes is 49%.", [("49", "percent", "percentage_share")]),
    ("Its share of the increase was 40%.", [("40", "percent", "percentage_share")]),
    # a change "at a rate" or "at a pace" of a percent is that change
    ("Output grew at an annualised rate of 2.6%.", [("2.6", "percent", "percent_change")]),
    ("Rents climbed at a 6% rate.", [("6", "percent", "percent_change")]),
    ("The board set a rate of 5%.", [("5", "percent", "percentage_share")]),
    # "up" as a verb's particle: "up to" after it names the new level, no bound
    ("The jobless rate edged up to 4.7%.", [("4.7", "percent", "percentage_share")]),
    ("Inflation ticked up to 3.6%.", [("3.6", "percent", "percent_change")]),
    # a bare "rates" moved in basis points to a level: an interest rate's level
    (
        "Rates were raised 50 basis points to 6.25%.",
        [("50", "other", "percent_change"), ("6.25", "percent", "other")],
    ),
    (
        "The jobless rate rose 30 basis points to 5.6%.",
        [("30", "other", "percent_change"), ("5.6", "percent", "percentage_share")],
    ),
    # "N% down" or "N% up" before what it is compared with; an adjective after "by a"
    ("Bookings were 6% down on last year.", [("6", "percent", "percent_change")]),
    ("Output is 2% up from March.", [("2", "percent", "percent_change")]),
    ("Buyers need a 15% down payment.", [("15", "percent", "percentage_share")]),
    ("Costs rose by a hefty 9%.", [("9", "percent", "percent_change")]),
    # "N% off": a discount
    ("All coats are 30% off this weekend.", [("30", "percent", "percent_change")]),
    ("It costs 5% of the price.", [("5", "percent", "percentage_share")]),
    # the refinancing rate of the former Soviet Union's central banks; a hyphened modifier before "rate"
    ("The board kept the refinancing rate at 9.5%.", [("9.5", "percent", "other")]),
    ("The lender's fixed non-indexed rate stands at 8.4 per cent.", [("8.4", "percent", "other")]),
    # an active verb capping a change: the bound is a change, not a share
    ("The accord will limit yearly wage increases to 4 per cent.", [("4", "percent", "percent_change")]),
    # percentage points written "p.p.", as Central and Eastern European copy abbreviates them
    ("Turnout rose by 2.3 p.p. on the last vote.", [("2.3", "other", "percent_change")]),
    # a gapped change after "and those in <Place>": the change of the first, its noun left out
    (
        "Rents in Porto rose 6% and those in Braga 4%.",
        [("6", "percent", "percent_change"), ("4", "percent", "percent_change")],
    ),
    # a gapped clause with "another": the change goes on; loans "at" a percent: their interest,
    # unless the clause names a ratio of the loan
    (
        "Rents went up 2.5% in March and water another 3%.",
        [("2.5", "percent", "percent_change"), ("3", "percent", "percent_change")],
    ),
    ("The bank lends to farmers with loans at 8% a year.", [("8", "percent", "other")]),
    # a line of credit at a percent is lent at that interest; a tax credit's percent is a share
    ("The lender set up a credit line at 7 percent for small shops.", [("7", "percent", "other")]),
    ("Growers can draw on a line of credit at 5% to replant.", [("5", "percent", "other")]),
    ("The state offers a tax credit at 30 percent of costs.", [("30", "percent", "percentage_share")]),
    (
        "The regulator capped loan-to-value ratios for home loans at 70 percent.",
        [("70", "percent", "percentage_share")],
    ),
    # a gapped clause whose subject ends in a name or an acronym continues the change; a percent
    # before "adjustment" or "revision" is a change either way
    (
        "Output grew 5.2 per cent in 2025 and non-oil GDP 3.9 per cent.",
        [
            ("5.2", "percent", "percent_change"),
            ("2025", "year", "date"),
            ("3.9", "percent", "percent_change"),
        ],
    ),
    (
        "Sales rose 3% and Tesco has 27% of the market.",
        [("3", "percent", "percent_change"), ("27", "percent", "percentage_share")],
    ),
    ("Water bills rise under the 4% adjustment the board wants.", [("4", "percent", "percent_change")]),
    # a gapped clause with a common-noun subject and no verb continues the change: statistics
    # releases list the parts of a total so
    (
        "Bakery sales climbed 5.5%, frozen foods 3.2% and household goods 1.4%.",
        [
            ("5.5", "percent", "percent_change"),
            ("3.2", "percent", "percent_change"),
            ("1.4", "percent", "percent_change"),
        ],
    ),
    (
        "Card spending grew 4.7%, of online purchases 9.1%.",
        [("4.7", "percent", "percent_change"), ("9.1", "percent", "percent_change")],
    ),
    # ... not when the second clause has its own verb
    (
        "Exports rose 3% and margins were 12% on average.",
        [("3", "percent", "percent_change"), ("12", "percent", "percentage_share")],
    ),
    # a confidence interval's bare bounds after a percent estimate: one range in the estimate's
    # unit and kind; the interval's level a share; bounds with a unit keep their own rule
    (
        "Among older men the share came to 26.3 per cent (a 90 per cent confidence interval of 23.7 to 29.8).",
        [("26.3", *SHARE), ("90", *SHARE), ("23.7/29.8", *SHARE)],
    ),
    (
        "Uptake reached 48% (95% CI 46.3-51.7) in the trial.",
        [("48", *SHARE), ("95", *SHARE), ("46.3/51.7", *SHARE)],
    ),
    (
        "Support stood at 44 per cent, 95 per cent CI 41 to 47.",
        [("44", *SHARE), ("95", *SHARE), ("41/47", *SHARE)],
    ),
    # audit5: a gap to a plan written "over budget by N%"; a fund's averaged return; plural markups
    ("The tunnel ran over budget by 9 per cent.", [("9", "percent", "percent_change")]),
    ("Over budget by 12%: the bridge's final bill", [("12", "percent", "percent_change")]),
    ("The fund averaged 6.1 percent a year.", [("6.1", "percent", "percent_change")]),
    ("Markups of 20-35% are common on wine.", [("20/35", "percent", "percent_change")]),
    ("Discounts of up to 50% lured shoppers.", [("50", "percent", "percent_change")]),
    # ... while a class's average mark stays a share
    ("The class averaged 62 percent on the test.", [("62", "percent", "percentage_share")]),
    # verbs of adjusting a payment by a percent, with no direction of their own: a change
    ("Pensions will be indexed by 4.2 per cent from April.", [("4.2", "percent", "percent_change")]),
    ("Benefits are to be uprated by 3.1% next year.", [("3.1", "percent", "percent_change")]),
    ("The minimum wage will be adjusted by 5.5% in January.", [("5.5", "percent", "percent_change")]),
    # an adjustment noun after the words that name what is adjusted
    ("The union accepted a 4.5 percent wage adjustment.", [("4.5", "percent", "percent_change")]),
    (
        "The deal includes a 2.8% cost-of-living adjustment for retirees.",
        [("2.8", "percent", "percent_change")],
    ),
    ("Retirees get a 3% pension indexation.", [("3", "percent", "percent_change")]),
    ("About 12% of the adjustment fell on retirees.", [("12", "percent", "percentage_share")]),
    # "returned an average N%": the investment's return
    (
        "The retirement funds returned an average 8.3 per cent over the past year.",
        [("8.3", "percent", "percent_change")],
    ),
    # a conjunction after a percent opens another clause, whose move is its own
    (
        "The 30-year yield climbed as high as 5.1 percent before easing to 5.04 percent.",
        [("30", "year", "duration"), ("5.1", "percent", "other"), ("5.04", "percent", "other")],
    ),
    # the rate on a facility, a loan or a deposit is its interest rate
    (
        "It also raised the rate on its marginal lending facility to 7.75% from 7.35%.",
        [("7.75", "percent", "other"), ("7.35", "percent", "other")],
    ),
    ("The average rate on new corporate loans was 13.7% per annum in June.", [("13.7", "percent", "other")]),
    ("The tax rate on savings income rose to 20%.", [("20", "percent", "percentage_share")]),
    ("The default rate on mortgages rose to 3%.", [("3", "percent", "percentage_share")]),
    ("Companies with accounts in the UK pay 19%.", [("19", "percent", "percentage_share")]),
    # the money market's rates, a bond's coupon, a policy rate's target range
    ("Interbank rates jumped to 16.15% as liquidity dried up.", [("16.15", "percent", "other")]),
    ("Treasury bill rates eased to 9.2% at the auction.", [("9.2", "percent", "other")]),
    (
        "The Treasury sold seven-year notes with a coupon of 3.45%.",
        [("7", "year", "duration"), ("3.45", "percent", "other")],
    ),
    ("Shoppers can use a coupon worth 20% off.", [("20", "percent", "percent_change")]),
    ("The Fed lowered the federal funds target range to 3.55%-4%.", [("3.55/4", "percent", "other")]),
    # savings products with a phrase after them, and loans offered in the passive
    (
        "Term deposits of up to one year earned 6.5% per annum, the bank said.",
        [("1", "year", "duration"), ("6.5", "percent", "other")],
    ),
    ("Savings accounts at the lender pay 2.95 per cent a year.", [("2.95", "percent", "other")]),
    ("Home loans are being offered at 9.5 percent per annum.", [("9.5", "percent", "other")]),
    # a bare "the rate" after an interest-rate level: that rate
    (
        "The Bank of Thailand held rates at 2.5%. Analysts see the rate staying at 2.5% until mid-year.",
        [("2.5", "percent", "other"), ("2.5", "percent", "other")],
    ),
    (
        "The central bank cut its key rate to 17.15%. She expects the bank to bring the rate down to 9.5% by March.",
        [("17.15", "percent", "other"), ("9.5", "percent", "other")],
    ),
    (
        "The bank held its policy rate at 6%. Inflation rose, and the rate of inflation reached 4%.",
        [("6", "percent", "other"), ("4", "percent", "percent_change")],
    ),
    (
        "The bank held its policy rate at 6%. The jobless rate rose to 7%, and the rate may reach 8% soon.",
        [
            ("6", "percent", "other"),
            ("7", "percent", "percentage_share"),
            ("8", "percent", "percentage_share"),
        ],
    ),
    # a rate a central bank or a lender sets, named by any word but a tax's or a share's
    ("The bank left the rate at 3%, where it has been for a year.", [("3", "percent", "other")]),
    ("Peru's central bank brought the reference rate down to 4.35%.", [("4.35", "percent", "other")]),
    ("The chancellor cut the top rate to 40%.", [("40", "percent", "percentage_share")]),
    ("The central bank raised the reserve tax rate to 5%.", [("5", "percent", "percentage_share")]),
    ("The club kept the ticket rate at 10%.", [("10", "percent", "percentage_share")]),
    # a percent "on" loans or deposits is the interest on them
    (
        "Banks paid depositors about 3.2% on one-year deposits.",
        [("3.2", "percent", "other"), ("1", "year", "duration")],
    ),
    ("Auto lenders charged an average 7.4% on new-car loans in the quarter.", [("7.4", "percent", "other")]),
    ("The levy of 2% on deposits was scrapped.", [("2", "percent", "percentage_share")]),
    # bills or bonds sold at a percent: its yield; a loan named with a word between
    (
        "The Treasury auctioned 182-day bills at 8.85 percent.",
        [("182", "days", "duration"), ("8.85", "percent", "other")],
    ),
    ("Lenders are pricing fixed home loans from 5.99 percent.", [("5.99", "percent", "other")]),
    # a central bank's move in basis points to a level, the rate named by initials
    (
        "Bank of Botswana trimmed the MoPR by 25bps to 1.9%.",
        [("25", "other", "percent_change"), ("1.9", "percent", "other")],
    ),
    (
        "Bank lending growth slowed 50 basis points to 4%.",
        [("50", "other", "percent_change"), ("4", "percent", "percent_change")],
    ),
    (
        "Colombia's Banco de la Republica lowered its intervention rate to 9.5 percent.",
        [("9.5", "percent", "other")],
    ),
    (
        "Private equity holdings delivered 12% while real estate lost 3%.",
        [("12", "percent", "percent_change"), ("3", "percent", "percent_change")],
    ),
    ("The plan's holdings delivered 30% of its income.", [("30", "percent", "percentage_share")]),
    # a possessor before "rate on"
    (
        "The Philippine central bank's rate on its overnight reverse repurchase facility is now 5.5 percent.",
        [("5.5", "percent", "other")],
    ),
    # the British spelling of the direction, another verb of adjusting, a return with its modifier
    (
        "Civil servants' salaries will be revised upwards by 12 percent.",
        [("12", "percent", "percent_change")],
    ),
    ("Public pensions will be revalorised by 6.1 percent in March.", [("6.1", "percent", "percent_change")]),
    ("Social security benefits get a 2.5 percent COLA in January.", [("2.5", "percent", "percent_change")]),
    (
        "Ontario's teachers' plan earned a 6.8 per cent net return last year.",
        [("6.8", "percent", "percent_change")],
    ),
    ("The bank reported a 14% net return on equity.", [("14", "percent", "percentage_share")]),
    # a level crossed after a move ("fell below", "rose above"): its kind is what it is a level of
    (
        "The benchmark 10-year bund yield dipped below 2.5%.",
        [("10", "year", "duration"), ("2.5", "percent", "other")],
    ),
    ("Unemployment fell below 5% in May.", [("5", "percent", "percentage_share")]),
    ("Inflation rose above 3% in May.", [("3", "percent", "percent_change")]),
    ("Sales fell 5% in May.", [("5", "percent", "percent_change")]),
    # lenders charging a percent, an APR, swap rates
    ("Microfinance institutions charge borrowers up to 26 percent a year.", [("26", "percent", "other")]),
    ("Banks charge a 2% fee on transfers.", [("2", "percent", "percentage_share")]),
    ("Payday lenders can charge an APR of more than 400%.", [("400", "percent", "other")]),
    ("Five-year swap rates rose to 4.02%.", [("5", "year", "duration"), ("4.02", "percent", "other")]),
    # savings "offer" a rate; a bank's cost of funds; a median return; a coupon after the percent;
    # a net interest margin is a ratio, a share
    ("The best easy-access savings accounts now offer 4.65%.", [("4.65", "percent", "other")]),
    (
        "The bank's average cost of funds rose to 4.9% from 3.8%.",
        [("4.9", "percent", "other"), ("3.8", "percent", "other")],
    ),
    (
        "Superannuation funds returned a median 9.9 per cent in the financial year.",
        [("9.9", "percent", "percent_change")],
    ),
    ("The five-year bond carries a 6.25% coupon.", [("5", "year", "duration"), ("6.25", "percent", "other")]),
    ("The lender's net interest margin narrowed to 5.6%.", [("5.6", "percent", "percentage_share")]),
    ("The shop's deals offer 40% off.", [("40", "percent", "percent_change")]),
    # a second rate's level with its verb left out; rates on cards; a word between a rate-level
    # word and "rate"; a return that "stood at"; earnings on investments; a capital gains tax rate
    (
        "The central bank left its one-year rate at 3.1%, and the five-year rate at 3.6%.",
        [
            ("1", "year", "duration"),
            ("3.1", "percent", "other"),
            ("5", "year", "duration"),
            ("3.6", "percent", "other"),
        ],
    ),
    ("Rates on credit cards averaged 23% in the quarter.", [("23", "percent", "other")]),
    ("The discount window rate rose to 5.5 percent.", [("5.5", "percent", "other")]),
    ("The mortgage approval rate fell to 61%.", [("61", "percent", "percentage_share")]),
    (
        "The endowment's three-year annualized return stood at 6.6 percent.",
        [("3", "year", "duration"), ("6.6", "percent", "percent_change")],
    ),
    ("The retirement system earned 9.7% on its investments.", [("9.7", "percent", "percent_change")]),
    (
        "The capital gains tax rate will rise to 24% from 20%.",
        [("24", "percent", "percentage_share"), ("20", "percent", "percentage_share")],
    ),
    # a pay rise held out for
    (
        "In the wage talks, employers offered 3 percent and the union is holding out for 7 percent.",
        [("3", "percent", "percent_change"), ("7", "percent", "percent_change")],
    ),
    # a percent that is the subject of its own verb is a part of a group counted, whatever the
    # verb's complement says; a percent after the verb keeps its reading
    (
        "A survey of landlords found that 37% were planning to sell within two years.",
        [("37", "percent", "percentage_share"), ("2", "year", "duration")],
    ),
    ("Inspectors visited the care homes, and 18% had no working fire alarm.", [("18", *SHARE)]),
    ("The council checked its bridges and found that 23 percent were behind schedule.", [("23", *SHARE)]),
    ("Sales were 43% behind last year's pace.", [("43", "percent", "percent_change")]),
    # a margin after "by" and the gap between two things are a higher or lower level, a change; a
    # margin of profit is a share
    ("Her firm's bid was the cheapest by a margin of about 6 percent.", [("6", "percent", "percent_change")]),
    ("The retailer's profit margin averaged 4 percent.", [("4", *SHARE)]),
    ("Operating margins were 13.9% in the quarter.", [("13.9", *SHARE)]),
    (
        "The gap between the two offers was 4 percent.",
        [("2", "count", "count"), ("4", "percent", "percent_change")],
    ),
    (
        "The state-owned builder undercut its rival by nearly 11 percent.",
        [("11", "percent", "percent_change")],
    ),
    # what a discount, a markdown or a cut averaged is that change; what a share averaged a share
    ("Discounts on winter coats averaged 35 percent.", [("35", "percent", "percent_change")]),
    ("Markdowns averaged 18% across the chain's stores.", [("18", "percent", "percent_change")]),
    (
        "Price cuts on garden furniture averaged 45%, the trade body said.",
        [("45", "percent", "percent_change")],
    ),
    ("Unemployment averaged 6.3% last year.", [("6.3", *SHARE)]),
    # "at N%" closing a loan's phrases of amount and lender is the loan's interest; loans that grew
    # at a pace are a change
    (
        "The council took a loan of 40 million euros from a state bank at 3.9 percent a year.",
        [("40000000", "EUR", "money"), ("3.9", "percent", "other")],
    ),
    ("Loans from the state bank grew at 6 percent a year.", [("6", "percent", "percent_change")]),
    # a move in basis points written as a noun, then "to": the rate's new level; a margin moved in
    # basis points stays a share, and inflation a change
    (
        "Most analysts expect a 50 basis point cut to 7.35%.",
        [("50", "other", "percent_change"), ("7.35", "percent", "other")],
    ),
    (
        "The margin widened 140 basis points to 16.85%.",
        [("140", "other", "percent_change"), ("16.85", *SHARE)],
    ),
    (
        "Economists forecast a 40 basis point rise in inflation to 3.1%.",
        [("40", "other", "percent_change"), ("3.1", "percent", "percent_change")],
    ),
    # a card's rates and what debt securities yielded are interest-rate levels
    ("Credit-card rates now average 24.15 percent.", [("24.15", "percent", "other")]),
    ("Treasury bills yielded 12.35 percent at Monday's auction.", [("12.35", "percent", "other")]),
    # a level a rate moved from, an approximation word before it
    (
        "The ten-year yield fell to 4.1% from above 5% in June.",
        [("10", "year", "duration"), ("4.1", "percent", "other"), ("5", "percent", "other")],
    ),
    # a table's column head naming a percent: a share, or a change when the head says change
    (
        "Party | Seats | Votes (%)\nLabour | 54 | 38.2\nNational | 41 | 31.5",
        [
            ("54", "count", "count"),
            ("38.2", "percent", "percentage_share"),
            ("41", "count", "count"),
            ("31.5", "percent", "percentage_share"),
        ],
    ),
    (
        "Region | Change (%)\nNorth | 4.2\nSouth | 1.9",
        [("4.2", "percent", "percent_change"), ("1.9", "percent", "percent_change")],
    ),
    # a fact box's label naming inflation or growth: a change
    (
        "Headline inflation: 5.1%\nCore inflation: 4.4%",
        [("5.1", "percent", "percent_change"), ("4.4", "percent", "percent_change")],
    ),
    # class-ratelevels: bare "rates" opening the clause, or offered or paid in a sentence about
    # saving or lending, is an interest rate; "rates of return" and a named rate are not
    (
        "Rates are now 3 percent, down from a peak of 5.5 percent last year.",
        [("3", "percent", "other"), ("5.5", "percent", "other")],
    ),
    (
        "Banks are offering rates of 4% to 5% for savers willing to lock money away.",
        [("4/5", "percent", "other")],
    ),
    ("Rates of return were 5% last year.", [("5", "percent", "percent_change")]),
    ("Response rates were 40% in the latest survey.", [("40", *SHARE)]),
    ("Hotels are offering rates of 20% below last summer's.", [("20", "percent", "percent_change")]),
    # ... "borrowing costs" are the interest borrowers pay
    (
        "Borrowing costs are at a 16-year high of 5.5%, squeezing first-time buyers.",
        [("16", "year", "duration"), ("5.5", "percent", "other")],
    ),
    # ... a debt or savings product's verb of paying inside a relative clause
    # (the cover "three times oversubscribed" is a reading, README p611-p616: "(unit: times covered)")
    (
        "The bonds, which pay 7.1 per cent, were three times oversubscribed.",
        [("7.1", "percent", "other"), ("3", "other", "other")],
    ),
    ("Notice accounts that now pay 4.6% are still scarce.", [("4.6", "percent", "other")]),
    ("The firm, which pays 40% of its profits in dividends, grew.", [("40", *SHARE)]),
    # ... a level after a move in points by a central bank, or of bare rates it brings somewhere
    (
        "The Fed delivered a quarter-point cut, taking rates to 4%.",
        [("0.25", "other", "percent_change"), ("4", "percent", "other")],
    ),
    (
        "Norway's central bank cut by 0.5 point to 4% on Thursday.",
        [("0.5", "other", "percent_change"), ("4", "percent", "other")],
    ),
    # ... a coupon that is a percent; a rate held "unchanged" or "steady" at a level; a rate's level
    # in an aside after it (unemployment's stays a share, a shop's coupon "worth 20% off" a change)
    (
        "The coupon is 3.875%, the lowest the province has paid since 2021.",
        [("3.875", "percent", "other"), ("2021", "year", "date")],
    ),
    ("Shoppers can use the coupon, worth 20% off, until Sunday.", [("20", "percent", "percent_change")]),
    ("The Monetary Policy Committee left the rate unchanged at 9.5 per cent.", [("9.5", "percent", "other")]),
    (
        "Peru's central bank held its reference rate steady at 4.75% for a third month.",
        [("4.75", "percent", "other")],
    ),
    ("Mortgage rates, now 6.8%, have frozen the housing market.", [("6.8", "percent", "other")]),
    ("Unemployment, now 5.1%, is rising.", [("5.1", *SHARE)]),
    ("The vacancy rate, now 6%, is the highest in a decade.", [("6", *SHARE)]),
    (
        "The jobless rate rose 0.3 point to 5.1%.",
        [("0.3", "other", "percent_change"), ("5.1", *SHARE)],
    ),
    # class-ratelevels2: a market's daily price limit ("circuit") is a cap on a change; a gap to a
    # high restated after "or"; an issue oversubscribed "by" a percent; a sukuk's profit rate, a
    # loan "priced at" or "at" a percent in an aside, a debt's price guidance and expected return,
    # a balance repaid "at a rate of" are rate levels; "grow N% of" a crop is a share
    (
        "Shares of Himal Cement hit the upper circuit of 10 percent in early trade on Thursday.",
        [("10", "percent", "percent_change")],
    ),
    (
        "Three banking stocks were stuck at the lower circuit of 5% for a second session in Karachi.",
        [("3", "count", "count"), ("5", "percent", "percent_change")],
    ),
    ("The stock was locked at a 10% upper circuit again.", [("10", "percent", "percent_change")]),
    (
        "The index now stands about 310 points, or 5.2 percent, below its record of 5,980 points.",
        [("310", "other", "other"), ("5.2", "percent", "percent_change"), ("5980", "other", "other")],
    ),
    (
        "The Islamic notes were oversubscribed by 212pc, according to the central bank.",
        [("212", "percent", "percent_change")],
    ),
    (
        "The Omani sovereign sukuk was priced with a profit rate of 5.375 per cent.",
        [("5.375", "percent", "other")],
    ),
    ("The firm's profit rate of 14% beat the sector.", [("14", *SHARE)]),
    ("The car loan was priced at 8.4 percent, the dealer said.", [("8.4", "percent", "other")]),
    (
        "Her van has $2,100 left on the loan, at 11.5 percent.",
        [("2100", "USD", "money"), ("11.5", "percent", "other")],
    ),
    (
        "The new green bond offers an expected return of 6.1pc to retail investors.",
        [("6.1", "percent", "other")],
    ),
    ("Banks opened initial price guidance of around 5.9% on the notes.", [("5.9", "percent", "other")]),
    ("The fund's portfolio of bonds has an expected return of 7%.", [("7", "percent", "percent_change")]),
    (
        "Savers can earn up to 4.5 per cent on the bank's new one-year bond.",
        [("4.5", "percent", "other"), ("1", "year", "duration")],
    ),
    (
        "Buyers may repay the balance over 15 years at the agency's rate of 8.25%.",
        [("15", "year", "duration"), ("8.25", "percent", "other")],
    ),
    ("Women grow about 60% of the food eaten in the district.", [("60", *SHARE)]),
    ("Maize yields grew 12% on the irrigated plots.", [("12", "percent", "percent_change")]),
    # class-grouping: a balance repaid at a rate is charged interest at that level
    (
        "Buyers pay a deposit of 10% and may pay off the balance over 15 years at the council's rate of 11,25%.",
        [("10", *SHARE), ("15", "year", "duration"), ("11.25", "percent", "other")],
    ),
    ("Farmers can repay the loan at a rate of 11%.", [("11", "percent", "other")]),
    # class-discover-b: a vaccine's or a drug's efficacy is a lower risk (a change); an effective
    # tax rate and a share of doses are not
    (
        "The malaria vaccine showed 77% efficacy over 12 months in the trial in Burkina Faso.",
        [("77", "percent", "percent_change"), ("12", "other", "duration")],
    ),
    ("The booster jab was 68% effective against hospital admission.", [("68", "percent", "percent_change")]),
    ("The drug's efficacy of 54% fell short of the agency's bar.", [("54", "percent", "percent_change")]),
    ("The group paid a 14% effective tax rate last year.", [("14", *SHARE)]),
    ("Only 35% of the doses delivered to the clinics were effective.", [("35", *SHARE)]),
    # class-paychanges: cases prevented, protection, and an efficacy named before its verb are the
    # same lower risk; not cases "of" a group, nor a flood barrier's protection
    (
        "The vaccine prevented 74.2% of hospitalisations in the trial.",
        [("74.2", "percent", "percent_change")],
    ),
    (
        "Efficacy against infection was 64.7 per cent, the company said.",
        [("64.7", "percent", "percent_change")],
    ),
    (
        "In the trial, protection was lower in older volunteers, at 58.3%.",
        [("58.3", "percent", "percent_change")],
    ),
    (
        "The malaria vaccine was 77 percent effective over 12 months.",
        [("77", "percent", "percent_change"), ("12", "other", "duration")],
    ),
    ("The new barrier gives 80% protection to homes on the river.", [("80", *SHARE)]),
    ("Two doses of the jab give about 95 per cent protection.", [("2", "count", "count"), ("95", *SHARE)]),
    (
        "Apprentices are paid a share of the full rate: first-year workers get 55%.",
        [("55", *SHARE)],
    ),
    ("The drug trial enrolled 40% of its volunteers in Kenya.", [("40", *SHARE)]),
    # class-discover-a: a fix named by its term is a fixed-rate deal, and its percent a rate level
    (
        "First-time buyers can now fix for five years at 4.19%, with a 90% loan-to-value mortgage.",
        [("5", "year", "duration"), ("4.19", "percent", "other"), ("90", *SHARE)],
    ),
    (
        "The bank will lend up to 4.5 times income, with a two-year fix at 4.49% and a £999 fee.",
        [("2", "year", "duration"), ("4.49", "percent", "other"), ("999", "GBP", "money")],
    ),
    (
        "Nationwide cut its 10-year fixes to 4.6% on Monday.",
        [("10", "year", "duration"), ("4.6", "percent", "other")],
    ),
    # class-discover-a: a table's points are no percentage points: a poll cue starts a word and
    # "leaders" holds none, and a championship's standings are sport
    ("Liverpool are four points behind leaders Arsenal.", [("4", "count", "count")]),
    ("The Pirates are 14 points behind the Chiefs on the log.", [("14", "count", "count")]),
    ("Verstappen leads the championship by 63 points from Norris.", [("63", "count", "count")]),
    ("Mercedes lead the constructors' standings by 24 points.", [("24", "count", "count")]),
    # ... a poll's lead is still in percentage points
    ("Labour now leads the Conservatives by 12 points.", [("12", "other", "percent_change")]),
    # class-spoken: bare points added to a rate in percent named in the sentence before
    (
        "The levy rose from eight to ten percent in July. That extra two points raises $4m a year.",
        [
            ("8", "percent", "percentage_share"),
            ("10", "percent", "percentage_share"),
            ("2", "other", "percent_change"),
            ("4000000", "USD", "money"),
        ],
    ),
    # class-discover-o: bare points moving a level in percent right after them are percentage points,
    # though the sentence names a business quarter; a game's points to a score stay counts
    (
        "The seat load factor climbed 2.4 points to 86.9% in the quarter.",
        [("2.4", "other", "percent_change"), ("86.9", "percent", "percentage_share")],
    ),
    (
        "The Hawks won by 12 points to 98 in the fourth quarter.",
        [("12", "count", "count"), ("98", "count", "count")],
    ),
    # class-discover-o: a ratio a change word modifies ("loss ratio") is a share, like the combined
    # ratio; a loss itself stays a change
    (
        "The underwriter's loss ratio improved to 54.3% from 61.8% after a quiet hurricane season.",
        [("54.3", "percent", "percentage_share"), ("61.8", "percent", "percentage_share")],
    ),
    ("The mutual posted a 71% loss ratio on motor business.", [("71", "percent", "percentage_share")]),
    ("Its net loss widened to 4% of sales.", [("4", "percent", "percentage_share")]),
    ("Weight loss was 9% after a year.", [("9", "percent", "percent_change")]),
    # ... a fix with no term is a repair ("the fix cut crashes by 40%")
    ("The software fix cut crashes by 40% in a week.", [("40", "percent", "percent_change")]),
    # class-pay2: pay rises named in the sentence before, given to someone, ranges, moves between
    # offers, gapped lists, an arbitrator's award, an occupation's; shares and levels that look alike
    (
        "The teachers' union says its members need a decent salary settlement. It opened talks at 11 percent.",
        [("11", "percent", "percent_change")],
    ),
    (
        "Dockworkers in Antwerp want a better wage deal. Their negotiators are asking for 9 per cent.",
        [("9", "percent", "percent_change")],
    ),
    (
        "The agreement gives police officers 7.5 percent over two years, the ministry said.",
        [("7.5", "percent", "percent_change"), ("2", "year", "duration")],
    ),
    ("The tribunal awarded nurses 4 per cent, backdated to April.", [("4", "percent", "percent_change")]),
    (
        "Union leaders are seeking a range of 5 to 8 percent for bus drivers.",
        [("5/8", "percent", "percent_change")],
    ),
    (
        "Officials said the rise for junior doctors would be between 3% and 4.5%.",
        [("3/4.5", "percent", "percent_change")],
    ),
    (
        "The employers moved from 2 to 3.5 percent during Thursday's pay talks.",
        [("2", "percent", "percent_change"), ("3.5", "percent", "percent_change")],
    ),
    (
        "Under the offer, senior grades get 3 percent and lower grades 6 percent.",
        [("3", "percent", "percent_change"), ("6", "percent", "percent_change")],
    ),
    (
        "The health board said it could not afford the arbitrator's 7% award.",
        [("7", "percent", "percent_change")],
    ),
    ("University lecturers accepted 5% after a week of strikes.", [("5", "percent", "percent_change")]),
    (
        "Firefighters were offered 6.5 per cent by the regional authority.",
        [("6.5", "percent", "percent_change")],
    ),
    (
        "The review body recommended 5.5 percent for prison officers in England.",
        [("5.5", "percent", "percent_change")],
    ),
    (
        "Railway workers in Victoria have been offered between 4 and 6 per cent.",
        [("4/6", "percent", "percent_change")],
    ),
    (
        "Miners at the Kalgoorlie site rejected 3.2 percent and walked out.",
        [("3.2", "percent", "percent_change")],
    ),
    (
        "The council granted refuse collectors 4.8 percent, ending the dispute.",
        [("4.8", "percent", "percent_change")],
    ),
    (
        "The wage offer to hospital porters went from 1.5% to 2.8%.",
        [("1.5", "percent", "percent_change"), ("2.8", "percent", "percent_change")],
    ),
    (
        "Garment workers in Dhaka demand higher wages. The federation wants 25 percent.",
        [("25", "percent", "percent_change")],
    ),
    (
        "Cabin crew will receive 4 percent this year and pilots 3 percent.",
        [("4", "percent", "percent_change"), ("3", "percent", "percent_change")],
    ),
    (
        "Union membership came down to 23 percent of the workforce last year.",
        [("23", "percent", "percentage_share")],
    ),
    ("The strike ballot recorded a turnout of 62 percent.", [("62", "percent", "percentage_share")]),
    ("Only 7 percent of nurses said they felt valued at work.", [("7", "percent", "percentage_share")]),
    ("The bank's overdraft rate stands at 11.5%, unchanged since spring.", [("11.5", "percent", "other")]),
    (
        "The founder gave 7.5 percent of its shares to a staff trust.",
        [("7.5", "percent", "percentage_share")],
    ),
    (
        "Workers want a pay rise. The survey found 40 percent of staff plan to leave.",
        [("40", "percent", "percentage_share")],
    ),
    (
        "The pay deal was signed in Nairobi on Monday. Inflation hit 6 percent last month.",
        [("6", "percent", "percent_change")],
    ),
    (
        "Graduate engineers hold 12 percent of the firm's equity, the filing shows.",
        [("12", "percent", "percentage_share")],
    ),
    (
        "Care workers were awarded 9.7 per cent by the Fair Work Commission.",
        [("9.7", "percent", "percent_change")],
    ),
    (
        "Paramedics want better pay. About 9 percent of paramedics quit last year.",
        [("9", "percent", "percentage_share")],
    ),
    ("The health ministry offered nurses 4 percent.", [("4", "percent", "percent_change")]),
    ("The founder offered investors 7.5 percent of the company.", [("7.5", "percent", "percentage_share")]),
    (
        "Pay talks stalled. The fund moved from 40 to 45 percent of its assets.",
        [("40/45", "percent", "percentage_share")],
    ),
    # late-pay: a pay-rise noun and "was", where the sides met, a further rise, and how much poorer
    # or worse off persons are (a decrease); a further share stays a share
    (
        "The employer's first offer was 2.8 per cent, well short of the union's demand of 11 per cent.",
        [("2.8", "percent", "percent_change"), ("11", "percent", "percent_change")],
    ),
    (
        "The management side's opening offer was 1.5 per cent, which the union called an insult.",
        [("1.5", "percent", "percent_change")],
    ),
    (
        "After three days of mediation the sides met at 7 per cent, backdated to March.",
        [("3", "days", "duration"), ("7", "percent", "percent_change")],
    ),
    (
        "The union said members would get 6 per cent now and a further 3 per cent from January 2028.",
        [("6", "percent", "percent_change"), ("3", "percent", "percent_change"), ("2028-01", "date", "date")],
    ),
    (
        "Union officials say bus drivers are 9 per cent poorer in real terms than they were in 2020.",
        [("9", "percent", "percent_change"), ("2020", "year", "date")],
    ),
    (
        "Inflation averaged 5.4 per cent in the period, leaving members 3 per cent worse off in real terms.",
        [("5.4", "percent", "percent_change"), ("3", "percent", "percent_change")],
    ),
    (
        "Pensioners in the north are 15 percent richer than a decade ago.",
        [("15", "percent", "percent_change")],
    ),
    (
        "The union says a further 12 per cent of workers have left the industry.",
        [("12", "percent", "percentage_share")],
    ),
    ("Some 62 per cent of members voted to accept the wage offer.", [("62", "percent", "percentage_share")]),
    # class-pay3: a rise given to persons named after a verb of giving (no pay word needed), a
    # review body's recommendation, the persons a rise is "for", persons told before a verb of
    # getting or being given, an aside after an offer, a ballot "to accept"; shares and returns stay
    (
        "The pay review body recommended 4.5% for judges in England and Wales, the Ministry of Justice said.",
        [("4.5", "percent", "percent_change")],
    ),
    (
        "Ministers accepted in full a recommendation of 5.5 per cent for prison officers.",
        [("5.5", "percent", "percent_change")],
    ),
    (
        "A recommendation of 6 per cent for paramedics and ambulance technicians was rejected by the health secretary.",
        [("6", "percent", "percent_change")],
    ),
    (
        "The independent panel proposed giving MPs 2.7 per cent, the smallest rise in a decade.",
        [("2.7", "percent", "percent_change")],
    ),
    (
        "The tribunal ordered the council to pay its cleaners 6 percent backdated to April 2025.",
        [("6", "percent", "percent_change"), ("2025-04", "date", "date")],
    ),
    (
        "The arbitrator awarded dockers 7.25% over two years.",
        [("7.25", "percent", "percent_change"), ("2", "year", "duration")],
    ),
    (
        "Porters at the city's three main hospitals were offered 4 percent by the trust on Tuesday.",
        [("3", "count", "count"), ("4", "percent", "percent_change")],
    ),
    (
        "Senior judges will get 2 per cent and district judges 3.5 per cent, the Lord Chancellor announced.",
        [("2", "percent", "percent_change"), ("3.5", "percent", "percent_change")],
    ),
    (
        'Mr Khumalo said the offer to bus drivers, 5.2 per cent, "does not even cover inflation".',
        [("5.2", "percent", "percent_change")],
    ),
    (
        "Bus drivers in Dublin voted to accept 9.25% over 30 months.",
        [("9.25", "percent", "percent_change"), ("30", "other", "duration")],
    ),
    (
        "Only 5% of midwives in rural districts hold a postgraduate qualification, the survey found.",
        [("5", "percent", "percentage_share")],
    ),
    (
        "Judges in 4 per cent of cases imposed a suspended sentence instead.",
        [("4", "percent", "percentage_share")],
    ),
    (
        "Judges ruled against the government in 14% of asylum appeals last year.",
        [("14", "percent", "percentage_share")],
    ),
    (
        "The ministry agreed to give porters and cleaners 5.5 per cent from July.",
        [("5.5", "percent", "percent_change")],
    ),
    (
        "Dockers at Durban were promised 6 per cent by the port authority.",
        [("6", "percent", "percent_change")],
    ),
    ("Judges were awarded 3 per cent in the spring.", [("3", "percent", "percent_change")]),
    ("Investors will receive 5 percent a year on the notes.", [("5", "percent", "percentage_share")]),
    ("Students who got 45 percent failed the exam.", [("45", "percent", "percentage_share")]),
    ("The retailer gave shoppers 10% cashback over the holiday.", [("10", "percent", "percentage_share")]),
    ("A new survey gives Republicans 48 percent in the state.", [("48", "percent", "percentage_share")]),
    # class-discover-e: "the annual rate" in a sentence of inflation is inflation; an inflation
    # target "for" a stretch of time
    (
        "Consumer prices rose 1.1 per cent in March, taking the annual rate to 9.4 per cent.",
        [("1.1", "percent", "percent_change"), ("9.4", "percent", "percent_change")],
    ),
    (
        "Core consumer prices rose 2.5% in May, staying above the central bank's 2% target for a third straight month.",
        [("2.5", "percent", "percent_change"), ("2", "percent", "percent_change")],
    ),
    ("The government set a 40% target for renewables.", [("40", "percent", "percentage_share")]),
    # class-discover-e: "by an average N%" after a change verb is the change
    (
        "The water board will raise charges by an average 6.4% from July.",
        [("6.4", "percent", "percent_change")],
    ),
    # class-left7: a rise given in the passive, its participle and "to" the persons after the percent
    (
        "Under the deal, the 2.5 per cent given to civil servants in April will be topped up in October.",
        [("2.5", "percent", "percent_change")],
    ),
    (
        "Unions said the 4% awarded to nurses fell well short of inflation.",
        [("4", "percent", "percent_change")],
    ),
    (
        "The Treasury said the 3.5 percent granted to police officers would be funded from reserves.",
        [("3.5", "percent", "percent_change")],
    ),
    # ... and a rise named by how it is paid, right before the percent ("backdated", "one-off")
    (
        "A backdated 6 per cent for paramedics was agreed after 11 hours of talks.",
        [("6", "percent", "percent_change"), ("11", "other", "duration")],
    ),
    (
        "Teachers will receive a one-off 3 per cent on top of their salaries, the ministry said.",
        [("3", "percent", "percent_change")],
    ),
    # ... but not a share given to things, nor paid to holders of money
    (
        "Of the lottery's takings, the 28 per cent given to good causes is ring-fenced by law.",
        [("28", "percent", "percentage_share")],
    ),
    (
        "The 40 per cent awarded to shareholders came out of retained profit.",
        [("40", "percent", "percentage_share")],
    ),
    # class-discover-g: a conjunction after a percent ("and", "as", "but") opens the next clause:
    # its move and its measure are that clause's, not the rate level's before it
    (
        "The Bank of Ghana raised its policy rate by 150 basis points to 29.5 per cent as inflation "
        "climbed to 23.4 per cent in October.",
        [
            ("150", "other", "percent_change"),
            ("29.5", "percent", "other"),
            ("23.4", "percent", "percent_change"),
        ],
    ),
    (
        "The Bank of Thailand held its policy rate at 1.5% and forecast growth of 2.2% for 2027.",
        [("1.5", "percent", "other"), ("2.2", "percent", "percent_change"), ("2027", "year", "date")],
    ),
    (
        "Uganda's central bank held the central bank rate at 9.75% and said core inflation would "
        "average 4-5% in 2027.",
        [("9.75", "percent", "other"), ("4/5", "percent", "percent_change"), ("2027", "year", "date")],
    ),
    (
        "The Reserve Bank kept the repo rate at 6.5 per cent but exports fell 3 per cent in May.",
        [("6.5", "percent", "other"), ("3", "percent", "percent_change")],
    ),
    # ... but not one that carries the clause on ("and then to", "and by another")
    (
        "The bank cut rates by 25bp to 5% and by another 25bp to 4.75% in March.",
        [
            ("25", "other", "percent_change"),
            ("5", "percent", "other"),
            ("25", "other", "percent_change"),
            ("4.75", "percent", "other"),
        ],
    ),
    # late-formats2: a bare ceiling on a change named near it; a change noun, "of" and a limiting adverb
    (
        "Schools asked for a bigger rise in tuition fees, but the cap is 4 per cent.",
        [("4", "percent", "percent_change")],
    ),
    (
        "The regulator approved tariff increases for 12 utilities. The cap is 6 per cent.",
        [("12", "count", "count"), ("6", "percent", "percent_change")],
    ),
    ("Rents saw a rise of only 0.8 per cent last year.", [("0.8", "percent", "percent_change")]),
    ("The limit is 40 per cent of household income.", [("40", *SHARE)]),
    # class-people8: a bare level of a rate written in per cent, named or carried by "the rate"
    ("The unemployment rate stands at 6, the statistics office said.", [("6", *SHARE)]),
    ("The mortgage rate stood at 6.5 in October.", [("6.5", "percent", "other")]),
    (
        "The central bank cut its policy rate to 6.25% in March. The rate now stands at 6 after a further cut.",
        [("6.25", "percent", "other"), ("6", "percent", "other")],
    ),
    (
        "Inflation eased to 4.1 per cent in May, and the rate stands at 3.9 in the capital.",
        [("4.1", "percent", "percent_change"), ("3.9", "percent", "percent_change")],
    ),
    # ... not a rate per head
    ("The homicide rate stands at 6 per 100,000 people.", [("6", "other", "other")]),
    # "of whom" opens a part of the group before it, a share, not a change listed after a change
    (
        "Sales rose 12 per cent to 9,800 cars, of whom 30 per cent were first-time buyers.",
        [
            ("12", "percent", "percent_change"),
            ("9800", "count", "count"),
            ("30", "percent", "percentage_share"),
        ],
    ),
    # "builds up N% of" a whole: a share
    (
        "Each member builds up 1.75 per cent of the final salary for every year worked.",
        [("1.75", "percent", "percentage_share")],
    ),
    # missing a target by N%: the gap to it, a change
    ("The ministry expects to miss it by 3 to 5 percent.", [("3/5", "percent", "percent_change")]),
    ("Exports will miss the target by 4 percent.", [("4", "percent", "percent_change")]),
    # the interest on a borrowing, in an aside after its clause; a share of a whole is not
    (
        "The city borrowed $90 million from pension funds last year, at 5.25 per cent.",
        [("90000000", "USD", "money"), ("5.25", "percent", "other")],
    ),
    (
        "The city borrowed $90 million last year, at 80 per cent of its limit.",
        [("90000000", "USD", "money"), ("80", "percent", "percentage_share")],
    ),
    # class-kinds: a percent level of a price's move is the pace it moves at, both ends of "from A to B"
    (
        "Prices of staple foods rose from 4 to 9 per cent a year under the old government.",
        [("4", "percent", "percent_change"), ("9", "percent", "percent_change")],
    ),
    (
        "Rents in the capital climbed from 3 per cent to 7 per cent.",
        [("3", "percent", "percent_change"), ("7", "percent", "percent_change")],
    ),
    ("Wages rose to 60 per cent of the national average.", [("60", *SHARE)]),
    ("Support for the party rose from 30 to 40 per cent.", [("30", *SHARE), ("40", *SHARE)]),
    # class-kinds: a bare level of a rate that is a percent by what it measures, as its clause's subject
    (
        "The jobless rate, which peaked in 2021, eased to 6.3.",
        [("2021", "year", "date"), ("6.3", *SHARE)],
    ),
    ("The repo rate, unchanged since March, stands at 6.5.", [("6.5", "percent", "other")]),
    (
        "The growth rate of the economy slowed from 3.4 to 2.8.",
        [("3.4", "percent", "percent_change"), ("2.8", "percent", "percent_change")],
    ),
    # class-left10: ", or N%" after a change of a price per unit restates the change
    (
        "The government will raise excise on diesel by 46 cents a litre, or about 12%, from July.",
        [("46", "other", "money"), ("12", "percent", "percent_change")],
    ),
    (
        "Cigarette duty goes up by £1.20 a pack, or roughly 9 per cent.",
        [("1.2", "GBP", "money"), ("9", "percent", "percent_change")],
    ),
    # class-discover-j: "a further" percent after a share stated with "of" adds to that share
    (
        "Staff pay 5% of their salary into the pension and employers pay a further 3%.",
        [("5", "percent", "percentage_share"), ("3", "percent", "percentage_share")],
    ),
    (
        "Nurses will get 4% from April and a further 3% in October.",
        [("4", "percent", "percent_change"), ("3", "percent", "percent_change")],
    ),
    # late-formats3: an improvement, a gap that reached a level and a change's aside are changes
    (
        "The new filter brings a 40 percent improvement in fuel economy.",
        [("40", "percent", "percent_change")],
    ),
    (
        "The gap between the cheapest and dearest pharmacy reached 52 percent.",
        [("52", "percent", "percent_change")],
    ),
    (
        "The sensor can pick up a dip of as little as 0.02 percent in the light.",
        [("0.02", "percent", "percent_change")],
    ),
    (
        "Traders watched the fall in the rand, about 2 percent, with alarm.",
        [("2", "percent", "percent_change")],
    ),
    ("Some 40 percent of the improvement came from lighter tyres.", [("40", "percent", "percentage_share")]),
    # class-discover-l: "make up" with a limiting adverb before the percent is still a share
    ("Women make up just 24% of engineers in the firm.", [("24", "percent", "percentage_share")]),
    (
        "Rent takes up only 35 per cent of income in the north, down from 41 per cent.",
        [("35", "percent", "percentage_share"), ("41", "percent", "percentage_share")],
    ),
    # ... while "went up just" is a rise
    ("Bus fares went up just 2% this year.", [("2", "percent", "percent_change")]),
    # ... and a loss to a cause read past a range's second percent (class-discover-l)
    (
        "Farmers lose between 20% and 25% of their grain to pests after harvest.",
        [("20/25", "percent", "percentage_share")],
    ),
    # class-discover-l: a change noun a verb of bringing takes to a percent is a change
    (
        "Bus fares rose 1.5% in March, taking the yearly increase to 7.9%.",
        [("1.5", "percent", "percent_change"), ("7.9", "percent", "percent_change")],
    ),
    # ... while a stake brought to a percent stays a share
    ("The bank bought more shares, taking its holding to 18%.", [("18", "percent", "percentage_share")]),
    # class-left12: a cutting verb and its bare object before the percent is the object's fall; a
    # loss "of the vote" is a vote share
    ("The steelmaker has cut emissions 35% at its Duisburg plant.", [("35", "percent", "percent_change")]),
    (
        "The airline trimmed its long-haul capacity 6 per cent this winter.",
        [("6", "percent", "percent_change")],
    ),
    # class-discover-o: ... and a raising verb and its bare object before the percent the object's rise;
    # a participle as an adjective is none
    (
        "Tokyo raised its defence budget 9.4% to 8.7 trillion yen for next year.",
        [("9.4", "percent", "percent_change"), ("8700000000000", "JPY", "money")],
    ),
    ("The ferry operator hiked fares 6 per cent on its island routes.", [("6", "percent", "percent_change")]),
    ("The increased fees take 20% of a fisher's income.", [("20", "percent", "percentage_share")]),
    (
        "The Liberal Democrats lost 3.1% of the vote compared with the last election.",
        [("3.1", "percent", "percentage_share")],
    ),
    # late-formats4: a figure denied right after the stated one is a repeat in its unit and kind
    (
        "Tuition fees will rise by 9 per cent, not 6 as first reported.",
        [("9", "percent", "percent_change"), ("6", "percent", "percent_change")],
    ),
    (
        "Shares rose 3 per cent, not enough to undo the week's losses.",
        [("3", "percent", "percent_change")],
    ),
    # late-units6: a fund-raiser's "raised" with a whole after it, and a percent asked for right
    # after a change is stated
    (
        "The hospital said it raised only 30 per cent of its budget from donors.",
        [("30", "percent", "percentage_share")],
    ),
    (
        '"A 40 per cent rise is too steep. We asked for 15 per cent this year," the traders said.',
        [("40", "percent", "percent_change"), ("15", "percent", "percent_change")],
    ),
    (
        "Turkey's central bank wants inflation inside a 3% to 7% target band by 2028.",
        [("3/7", "percent", "percent_change"), ("2028", "year", "date")],
    ),
    (
        "Belgium's BEL 20 index gained 0.8% while the CAC 40 in Paris fell 0.3%.",
        [("0.8", "percent", "percent_change"), ("0.3", "percent", "percent_change")],
    ),
    # class-discover-p: a heading line ending in "(%)" over label lines gives their bare numbers,
    # the bracketed earlier ones too, as shares
    (
        "Voting intention (%)\nLabour 33 (35)\nGreens 14 (12)",
        [("33", *SHARE), ("35", *SHARE), ("14", *SHARE), ("12", *SHARE)],
    ),
    ("Support by party (% of voters)\nLabour 33\nLib Dems 9", [("33", *SHARE), ("9", *SHARE)]),
    # ... and a signed number in brackets after a line's share, its move in percentage points
    (
        "Voting intention (%)\nReform 29 (+3)\nLabour 22 (-1)",
        [("29", *SHARE), ("3", "other", "percent_change"), ("22", *SHARE), ("1", "other", "percent_change")],
    ),
    # late-kinds7: "back by N per cent" after a verb is a change either way
    ("Tenants are pushing back by 5 to 8 per cent on renewals.", [("5/8", "percent", "percent_change")]),
    # late-kinds8: "shrink by" and "contract by" measure a fall ("contract" only right before "by")
    (
        "Economists now expect the economy to shrink by 0.5% this year.",
        [("0.5", "percent", "percent_change")],
    ),
    ("Output could contract by 0.3% in the third quarter.", [("0.3", "percent", "percent_change")]),
    # late-kinds8: a schedule of rises, each step dated after it, and their sum "compounded over"
    (
        "- Rises of 3 per cent from the first pay period after the vote, 2.5 per cent in May 2027 and"
        " 2 per cent in May 2028: 7.7 per cent compounded over the deal.",
        [
            ("3", "percent", "percent_change"),
            ("2.5", "percent", "percent_change"),
            ("2027-05", "date", "date"),
            ("2", "percent", "percent_change"),
            ("2028-05", "date", "date"),
            ("7.7", "percent", "percent_change"),
        ],
    ),
    # late-units10: a lender's posted rate is an interest-rate level; a change brought "to" a
    # level after the period it is over ("taking the rise over 12 months to") is a change
    (
        "Banks' posted three-year rates sit at about 5.4 per cent.",
        [("3", "year", "duration"), ("5.4", "percent", "other")],
    ),
    (
        "Fares rose 0.6% in June, bringing the rise in the past 12 months to 3.9%.",
        [
            ("0.6", "percent", "percent_change"),
            ("12", "other", "duration"),
            ("3.9", "percent", "percent_change"),
        ],
    ),
    # late-units10: "fixing for" a term is a fixed loan's rate level, as "fix for" is
    (
        "Fixing for three years costs 4.6 per cent at most lenders.",
        [("3", "year", "duration"), ("4.6", "percent", "other")],
    ),
    # late-units10: "occupancy" and "turnout" are shares by their own name: bare points beside
    # them are percentage points
    ("The 2.9-point rise in occupancy lifted the resort's revenue.", [("2.9", "other", "percent_change")]),
    ("Officials blamed the rain for a 4-point drop in turnout.", [("4", "other", "percent_change")]),
    # late-units11: a loan and what it is for before its verb: its rates are rate levels
    ("Loans for solar panels carry yearly rates of 9 to 14 percent.", [("9/14", "percent", "other")]),
    # fixwalk37-a: after a change in points restated in percent, the percent it is measured from
    # ("on their 8.9 per cent last time", "against 7 per cent in 2021") is the share's earlier level
    (
        "The Agrarians took 10.2 per cent, up 1.3 points, or 15 per cent, on their 8.9 per cent last time.",
        [
            ("10.2", "percent", "percentage_share"),
            ("1.3", "other", "percent_change"),
            ("15", "percent", "percent_change"),
            ("8.9", "percent", "percentage_share"),
        ],
    ),
    (
        "The Left polled 6.1 per cent, down 0.9 points, or 13 per cent, against 7 per cent in 2021.",
        [
            ("6.1", "percent", "percentage_share"),
            ("0.9", "other", "percent_change"),
            ("13", "percent", "percent_change"),
            ("7", "percent", "percentage_share"),
            ("2021", "year", "date"),
        ],
    ),
    # late-kinds13: a change verb's object with a phrase after a preposition before "by"; a
    # comparison verb before "by" an amount restated in percent; a rate's level after an aside
    (
        "The county will cut its grant to the city's museums and libraries by 9 per cent.",
        [("9", "percent", "percent_change")],
    ),
    (
        "Turnover topped last year's £2.2 million by £300,000, or 14 per cent.",
        [("2200000", "GBP", "money"), ("300000", "GBP", "money"), ("14", "percent", "percent_change")],
    ),
    (
        "The 10-year bond yield, a gauge of long-term borrowing costs, eased to 4.12%.",
        [("10", "year", "duration"), ("4.12", "percent", "other")],
    ),
    ("The coalition, hit by rising inflation, slipped to 27% in the poll.", [("27", *SHARE)]),
    # late-kinds14: a plural of a pay-rise noun before "of" a percent is a pay rise
    ("Pay settlements of more than 6 percent squeezed margins.", [("6", "percent", "percent_change")]),
    # ... rates a verb of charging takes, after a word of their period, are rate levels, and so is a
    # ceiling after rate levels in its sentence
    (
        "The lender charges effective annual rates of 21% to 29%, under the 33% ceiling set by the regulator.",
        [("21/29", "percent", "other"), ("33", "percent", "other")],
    ),
    ("The council charges rates of 2% on land value.", [("2", *SHARE)]),
    # ... a loss verb's amount restated after a comma as a part of its owner's whole is a fall
    (
        "The lake lost 3.1 square kilometres of reed beds, about 8% of its cover, in a decade.",
        [("3.1", "other", "other"), ("8", "percent", "percent_change")],
    ),
]
NEGATIVE_EXAMPLES: list[str] = [
    # half a point in a game's standings is no percentage point
    "The grandmaster, half a point clear after the last round, drew his final game to win the title.",
    "Two-thirds of members agreed.",
    "One in five adults smokes.",
    "Profits doubled.",
    "It was the 100th anniversary.",
    "See www.example.ca/news/rates-rise-2-per-cent-in-may-1.2045 for more.",
    "Two of a percentage of the vote.",
]


@pytest.mark.parametrize(("text", "expected"), ALL_EXAMPLES, ids=case_ids("percent", ALL_EXAMPLES))
def test_percent_phrasings(text: str, expected: Expected):
    assert figures_of(text, expected) == expected


@pytest.mark.parametrize("text", NEGATIVE_EXAMPLES, ids=case_ids("percent-not", NEGATIVE_EXAMPLES))
def test_percent_look_alikes_yield_nothing(text: str):
    assert figures_of(text) == []


@pytest.mark.parametrize(
    "text", ["The loan carries a rate of 7% a year.", "The bond pays interest of 4% a year."]
)
def test_an_interest_rate_a_year_is_no_change(text: str):
    assert [kind for _, _, kind in figures_of(text)] != ["percent_change"]


@pytest.mark.parametrize(
    ("value", "sentence", "measure"),
    [
        (9.0, "her approval rating dropped 9 points", "percentage point"),
        (230.0, "his rating climbed 230 points", "rating point"),
        (400.0, "the poll lead is 400 points", ""),
    ],
)
def test_bare_points_past_a_hundred_are_no_percentage_points(value: float, sentence: str, measure: str):
    assert percent_points.bare_points_measure(value, sentence) == measure


def test_point_units():
    assert percent_points.point_unit("basis  points") == "basis points"
    assert percent_points.point_unit("bps") == "basis points"
    assert percent_points.point_unit("basis-point") == "basis points"
    assert percent_points.point_unit("of a percentage point") == "percentage points"
    assert percent_points.point_unit("%") == ""


def test_rate_level_needs_a_rate_word_and_no_direction():
    assert rate_levels.is_rate_level(["the", "policy", "rate", "at"], "")
    assert not rate_levels.is_rate_level(["the", "policy", "rate", "at"], "increase")
    assert not rate_levels.is_rate_level(["the", "unemployment", "rate", "at"], "")


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        ("Sales dipped 3 percent.", "decrease"),
        ("Shares plunged 20%.", "decrease"),
        ("Inflation eased to 3.4%.", "decrease"),
        ("The deficit narrowed 2%.", "decrease"),
        ("The gap widened 4%.", "increase"),
        # a change verb with an object sets the direction, not a change noun inside the object
        ("The bank cut its growth forecast by 3 percent.", "decrease"),
        ("Analysts lowered their estimate for growth by 2 percent.", "decrease"),
        ("The mill raised the output of the plant by 4 percent.", "increase"),
        ("It trimmed the increase by 2 percent.", "decrease"),
        ("The growth forecast was cut by 3 percent.", "decrease"),
        ("Revenue from the growth unit fell by 3 percent.", "decrease"),
        # growth that slows, cools or moderates is a fall in the rate, not a rise
        ("Sales growth slowed by 3 percent.", "decrease"),
        ("Growth in exports slows 2 percent.", "decrease"),
        ("Wage growth cooled by 0.4 percentage points.", "decrease"),
        ("Rent growth is cooling 1.5 percent a year.", "decrease"),
        ("Price growth moderated to 2.9 percent in March.", "decrease"),
        ("Loan growth moderates 4 percent.", "decrease"),
        ("Output growth was slowing by 2 percent.", "decrease"),
    ],
)
def test_change_words_set_the_direction(text: str, direction: str):
    from analysis.article import article_from_text
    from analysis.extract import extract_figures

    assert extract_figures(article_from_text(text, "case"))["direction"].tolist() == [direction]


def test_decrease_is_unsigned_with_direction():
    assert [(f.value, f.direction) for f in _percents("Exports fell 13 per cent.")] == [(13, "decrease")]


def test_scan_percent_reads_changes_and_shares_on_its_own():
    found = _percents("Exports fell 13 per cent, and 40% of firms shut.")
    assert [(f.value, f.kind, f.direction, f.subject) for f in found] == [
        (13, "percent_change", "decrease", "Exports"),
        (40, "percentage_share", "", "firms shut"),
    ]


def _percents(text: str) -> list[Figure]:
    sc = scanner_of(text)
    percent.scan_percent(sc)
    return sc.figures


@pytest.mark.parametrize(
    ("words", "direction"),
    [
        ("cut its growth forecast", "decrease"),  # the verb before the object's determiner
        ("boosted the decline of the unit", "increase"),  # "of" continues the object
        ("growth in the unit fell", "decrease"),  # no verb before a determiner: the nearest word
        ("the growth forecast", "increase"),  # a determiner with no change verb before it
        ("the forecast", ""),
        # a verb after "to" further back than the nearest words, in the same clause
        ("to cut next year 's catch limit for north sea cod", "decrease"),
        ("cut , they said , next year 's catch limit for north sea cod", ""),
    ],
)
def test_direction_before_by(words: str, direction: str):
    assert change_words.direction_before_by(words.split()) == direction


@pytest.mark.parametrize(
    ("text", "kind", "direction"),
    [
        # "slow", "cool" and "moderate" as adjectives, and a slowing word in another clause
        ("Slow trains carry 40 percent of passengers.", "percentage_share", ""),
        ("Cooling systems use 30 percent of the power.", "percentage_share", ""),
        ("The economy slowed, and 40 percent of firms cut jobs.", "percentage_share", ""),
        ("The slowing economy grew 1.2 percent.", "percent_change", "increase"),
        ("Demand for cooling rose 8 percent.", "percent_change", "increase"),
    ],
)
def test_look_alikes_of_slowing_words_keep_their_kind_and_direction(text: str, kind: str, direction: str):
    from analysis.article import article_from_text
    from analysis.extract import extract_figures

    row = extract_figures(article_from_text(text, "case")).iloc[0]
    assert (row["kind"], row["direction"]) == (kind, direction)


@pytest.mark.parametrize(
    ("text", "kind", "direction", "subject"),
    [
        # an aside after a comma states the level of the noun before it: that noun is measured,
        # and inflation and growth stay changes (rules, table 2), not a share of "February"
        ("Inflation, at 24.5 per cent in February, had cut incomes.", "percent_change", "", "Inflation"),
        ("Food prices rose and inflation, at 9 per cent, hurt.", "percent_change", "", "inflation"),
        (
            "Economic growth, running at 3 per cent a year, slowed.",
            "percent_change",
            "increase",
            "Economic growth",
        ),
        ("Unemployment, now 6.1 per cent in May, is rising.", "percentage_share", "", "Unemployment"),
        (
            "It was the only state with a population decline, at 0.6 percent.",
            "percent_change",
            "decrease",
            "population decline",
        ),
        # a relative clause after a comma describes the noun before it: inflation's level is a change
        (
            "She said inflation, which eased to 2.1% in May, helped.",
            "percent_change",
            "decrease",
            "inflation",
        ),
        ("Growth, which slowed to 1.2% last year, will pick up.", "percent_change", "decrease", "Growth"),
        ("The survey, which covered 40% of firms, was published.", "percentage_share", "", "firms"),
        # look-alikes: "at least" is an approximation, a period before the comma names nothing
        ("Despite inflation, at least 40 per cent of homes paid.", "percentage_share", "", "homes paid"),
    ],
)
def test_an_aside_after_a_comma_measures_the_noun_before_it(
    text: str, kind: str, direction: str, subject: str
):
    from analysis.article import article_from_text
    from analysis.extract import extract_figures

    row = extract_figures(article_from_text(text, "case")).iloc[0]
    assert (row["kind"], row["direction"], row["subject"]) == (kind, direction, subject)


def test_lower_tokens_after_reads_the_first_tokens_lower_case() -> None:
    body = "rose 5% A Year Earlier, said the bank"
    assert pay_rises.lower_tokens_after(body, 7, len(body), 3) == ["a", "year", "earlier"]
    assert pay_rises.lower_tokens_after(body, 7, 14, 3) == ["a", "year"]


def _subject_of(text: str, value: float) -> str:
    """The subject the engine gives the figure of a value in a text."""
    frame = extract_figures(article_from_text(text, "case"))
    return str(frame[frame["value"] == value].iloc[0]["subject"])


def test_a_comparison_after_a_comma_measures_the_count_of_its_clause():
    """ "..., N% more than ..." set after a clause that counts something measures that count."""
    assert "passengers" in _subject_of(
        "The ferry carried 912,470 passengers in 2025, 7.5% more than a year earlier.", 7.5
    )
    assert "Exports" in _subject_of("Exports rose in 2025, 8% more than expected.", 8)


def test_a_return_after_a_long_relative_clause_names_whole_words():
    """The noun before ", which ... ," is read back from a window: a word the window cuts is left out."""
    text = (
        "The national pension plans, which hold CHF 71.5 billion for some 612,000 insured members, "
        "returned an average 5.3 per cent last year."
    )
    assert _subject_of(text, 5.3) == "pension plans"  # not "al pension plans"


def test_a_share_of_what_keeps_the_clause_before_it():
    """ "N% of what they bill" names no noun: the clause before the percent says what is shared."""
    assert "Farmers" in _subject_of("Farmers keep 41% of what they grow.", 41)


def test_a_fronted_span_of_time_is_no_part_of_the_changes_subject():
    """ "In the last four years traffic has grown 7%": the span fronted before the subject ends there."""
    assert _subject_of("In the last four years traffic has grown 7% a year.", 7) == "traffic"


@pytest.mark.parametrize(
    "text",
    [
        # "which" alone right before the percent: no estimate clause ("which analysts put at"), no fault
        "The levy was raised, which 4 percent opposed in a poll.",
        "Costs went up, which 7 percent to 2 million.",
    ],
)
def test_which_right_before_a_percent_is_read(text: str):
    assert [f[1] for f in figures_of(text)][:1] == ["percent"]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The treasury's forecast assumes growth of 5.2% in 2028.", "growth"),
        ("The bank projects inflation of 3.1% in the second half.", "inflation"),
        ("Brokers see growth of 4% in the exports of tea.", "exports"),
    ],
)
def test_a_change_measure_before_of_names_the_percent_unless_an_object_follows(text: str, word: str):
    assert word in extract_figures(article_from_text(text, "case"))["subject"].iloc[0]
