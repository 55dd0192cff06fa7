"""Ranges, changes and carried units across dimensions (analysis/figures/compose.py and its
readers in change_pairs.py, coordination.py, elided_units.py and carry_over.py)."""

from __future__ import annotations

import pytest

from analysis.article import article_from_text
from analysis.extract import _is_change_word, extract_figures
from analysis.figures.change_pairs import is_change_pair

from .corpus import Expected, case_ids, figures_of

ALL_EXAMPLES: list[tuple[str, Expected]] = [
    # late-units5: alternatives, each with its unit written, or the last two of a list "X, A or B":
    # one row each, not an "X or Y" estimate
    (
        "The drug is taken as 25 mg, 50 mg or 100 mg tablets once a day.",
        [("25", "other", "other"), ("50", "other", "other"), ("100", "other", "other")],
    ),
    (
        "Bottles come in 1, 2 or 5 litres at most supermarkets.",
        [("1", "other", "other"), ("2", "other", "other"), ("5", "other", "other")],
    ),
    (
        "Runners can enter the 5 km or 10 km races on Sunday.",
        [("5", "other", "other"), ("10", "other", "other")],
    ),
    # late-kinds7: a question's options, a span of time written after the last, each its own row
    (
        "How long did the siege of the fortress last: 40, 80 or 120 days?",
        [("40", "days", "duration"), ("80", "days", "duration"), ("120", "days", "duration")],
    ),
    # ... while the unit written once, a scale word or a percent twice, or a year opening the clause
    # before, leaves one uncertain range
    ("The storm could drop two or three inches of rain.", [("2/3", "other", "other")]),
    # a bare number after "a N-year average of", set against a figure just before: that figure's
    # usual level, in its unit; the span is the average's period (class-discover-m)
    (
        "The harvest is expected at 2.9-3.1 million tonnes, compared with a five-year average of 3.4 million.",
        [("2900000/3100000", "other", "other"), ("5", "year", "duration"), ("3400000", "other", "other")],
    ),
    (
        "Rainfall reached 96mm, against a 30-year average of 210.",
        [("96", "other", "other"), ("30", "year", "duration"), ("210", "other", "other")],
    ),
    (
        "The clinic treated 412 patients, against a five-year average of 380.",
        [("412", "people", "count"), ("5", "year", "duration"), ("380", "people", "count")],
    ),
    (
        "Prices averaged $4.30 a pound, against a 12-month average of 3.10.",
        [("4.3", "USD", "money"), ("12", "other", "duration"), ("3.1", "USD", "money")],
    ),
    # ... not a number far from the figure's size
    (
        "The river rose 2 metres at the weir, against a 10-year average of 3,100.",
        [("2", "other", "other"), ("10", "year", "duration"), ("3100", "count", "count")],
    ),
    ("The pipes carry 40 or 50 litres a minute.", [("40/50", "other", "other")]),
    ("Some 5 million or 6 million people watched.", [("5000000/6000000", "people", "count")]),
    ("In 2023, 5 or 6 people drowned there.", [("2023", "year", "date"), ("5/6", "people", "count")]),
    # a gapped clause after a first clause whose verb is a form of "be" and a word ("was ahead in",
    # "were level in"): the repeated preposition marks the gap as after a verb alone
    (
        "Labour was ahead in nine constituencies and the Greens in five.",
        [("9", "count", "count"), ("5", "count", "count")],
    ),
    (
        "The Tories were level in 12 wards and Labour in three.",
        [("12", "count", "count"), ("3", "count", "count")],
    ),
    # class-carried9: a unit carried to a bare number by a verb other than "be": the same verb in
    # another form, a limiting adverb after a verb of measuring, a span taken or lasting, the
    # perfect "it has been", a price a verb of pricing gives; number words ending a clause after
    # the verb of a span before them
    (
        "The old bridge over the Drava had a span of 38 metres. The replacement measures barely 24.",
        [("38", "other", "other"), ("24", "other", "other")],
    ),
    (
        "The ferry crossing to Mull used to take 90 minutes. It now takes 55.",
        [("90", "other", "duration"), ("55", "other", "duration")],
    ),
    # late-carry8: a span waited, in the unit of the span before it
    (
        "Repairs must start within 28 days, but the tenant had waited 61.",
        [("28", "days", "duration"), ("61", "days", "duration")],
    ),
    (
        "A kilo of tomatoes cost 120 rupees in Lahore's Sunday market last month. This week it costs 180.",
        [("120", "PKR", "money"), ("180", "PKR", "money")],
    ),
    (
        "Temperatures in Jacobabad reached 51 degrees Celsius in May. This week it has been nearly 50.",
        [("51", "other", "other"), ("50", "other", "other")],
    ),
    (
        "Diesel sold for 1.72 euros a litre in Lisbon in May. In October it fetched 1.85.",
        [("1.72", "EUR", "money"), ("1.85", "EUR", "money")],
    ),
    (
        "The first leg of the rescue took nine hours; the second took eleven.",
        [("9", "other", "duration"), ("11", "other", "duration")],
    ),
    (
        "The first Atlantic crossing by the new vessel took 11 days. The return voyage took nine.",
        [("11", "days", "duration"), ("9", "days", "duration")],
    ),
    (
        "The morning session lasted three hours, and the evening session lasted two.",
        [("3", "other", "duration"), ("2", "other", "duration")],
    ),
    (
        "The first walk took nine hours. The second took five, the guide said.",
        [("9", "other", "duration"), ("5", "other", "duration")],
    ),
    (
        "The company's first warehouse near Rotterdam covers 12,000 square metres. The new one covers 30,000.",
        [("12000", "other", "other"), ("30000", "other", "other")],
    ),
    # ... and its look-alikes: an age, a clock time, a year, a score, persons counted between
    (
        "The heaviest lamb at the Builth show weighed 58 kilograms. Its breeder, aged 40, has farmed there since 2009.",
        [("58", "other", "other"), ("40", "other", "count"), ("2009", "year", "date")],
    ),
    (
        "The fastest runner finished the hill course in 31 minutes. He turned 50 last week.",
        [("31", "other", "duration"), ("50", "other", "count")],
    ),
    (
        "The queue outside the museum stretched 300 metres on Saturday. Doors opened at 11.",
        [("300", "other", "other")],
    ),
    (
        "The stadium held 45,000 spectators when it opened. It closed in 1999.",
        [("45000", "people", "count"), ("1999", "year", "date")],
    ),
    (
        "The striker has scored 14 goals this season. On Saturday his side won 3-1.",
        [("14", "count", "count")],
    ),
    (
        "The search took 14 hours. Of the 9 climbers stranded there, helicopters lifted 6 to safety.",
        [("14", "other", "duration"), ("9", "people", "count"), ("6", "people", "count")],
    ),
    # class-carried9: a measurement or an amount carried to the bare object of any verb (a past form
    # or an "-s") of a clause with its own subject or of the next sentence; not to a verb phrase
    # coordinated with the first, across a paragraph or a bracket, after an age's verb, nor to a
    # clock time after "at"
    (
        "The record catch of sardines at Peniche weighed 38 tonnes; yesterday's boats landed 29.",
        [("38", "other", "other"), ("29", "other", "other")],
    ),
    (
        "The fire burned through 3,200 hectares in its first day. By Thursday it had consumed 7,500.",
        [("3200", "other", "other"), ("7500", "other", "other")],
    ),
    (
        "The first shipment of copper weighed 240 tonnes, and the second barge unloaded 180.",
        [("240", "other", "other"), ("180", "other", "other")],
    ),
    (
        "Gold traded at $2,310 an ounce on Monday. By Friday dealers quoted 2,360.",
        [("2310", "USD", "money"), ("2360", "USD", "money")],
    ),
    ("The hall is 40 metres long. Rehearsals started at 9.", [("40", "other", "other")]),
    (
        "The bridge spans 300 metres. Its designer turned 60 in May.",
        [("300", "other", "other"), ("60", "other", "count")],
    ),
    (
        "Dinner for four cost $40.\n\nSOUP (serves 4)",
        [("4", "people", "count"), ("40", "USD", "money"), ("4", "count", "count")],
    ),
    # class-carried8: a later level in the next sentence, "it" or "they" opening it after a short
    # fronted time, inside a quote, or "this one"; a span only after the pronoun and "be" (a verb of
    # its own names another thing)
    (
        "The river peaked at 6.2 metres on Tuesday. By Thursday it was down to 4.9.",
        [("6.2", "other", "other"), ("4.9", "other", "other")],
    ),
    (
        "The lake stood at 41 per cent of capacity in June. By October it was at 29.",
        [("41", "percent", "percentage_share"), ("29", "percent", "percentage_share")],
    ),
    (
        'Her first contract ran for 24 months. "This one is closer to 40," she said.',
        [("24", "other", "duration"), ("40", "other", "duration")],
    ),
    (
        'The permit took 14 weeks last year. "It\'s now over 20," a builder said.',
        [("14", "other", "duration"), ("20", "other", "duration")],
    ),
    (
        "The crossing took 50 minutes last summer. Now it is nearer 70.",
        [("50", "other", "duration"), ("70", "other", "duration")],
    ),
    (
        "He spent 20 years at the firm. By then it had grown to 45.",
        [("20", "year", "duration"), ("45", "count", "count")],
    ),
    (
        "The talks lasted 14 hours. By midnight they had reached 12.",
        [("14", "other", "duration"), ("12", "count", "count")],
    ),
    ("The wait was 2 hours. It is now past 3.", [("2", "other", "duration"), ("3", "count", "count")]),
    # class-carried8: gapped clauses: a common noun before a repeated "by"; a list's comma after the
    # first clause's rest; a count's passive verb before the first place; a common noun before a
    # scaled number (no verb, adverb, preposition or "worth" there)
    ("Petrol rose by 9p a litre and diesel by 11.", [("9", "other", "money"), ("11", "other", "money")]),
    ("Diesel rose by 14 cents a litre and petrol by 9.", [("14", "other", "money"), ("9", "other", "money")]),
    ("Diesel rose by 14 cents a litre in May and shops closed by 9.", [("14", "other", "money")]),
    (
        "Norway won 16 medals at the championships, Sweden nine.",
        [("16", "count", "count"), ("9", "count", "count")],
    ),
    (
        "Ethiopia took four gold medals in the distance events, Kenya three.",
        [("4", "count", "count"), ("3", "count", "count")],
    ),
    (
        "Police said 17 people were arrested in Durban and four in Pietermaritzburg.",
        [("17", "people", "count"), ("4", "people", "count")],
    ),
    (
        "Twelve homes were destroyed in Galle and three in Matara.",
        [("12", "count", "count"), ("3", "count", "count")],
    ),
    (
        "Wheat output reached 27.5 million tonnes this season, maize 8.2 million.",
        [("27500000", "other", "other"), ("8200000", "other", "other")],
    ),
    (
        "Cocoa earnings rose to 2.4 billion cedis, and gold receipts 5.1 billion.",
        [("2400000000", "GHS", "money"), ("5100000000", "GHS", "money")],
    ),
    (
        "Wheat output reached 27.5 million tonnes, enough for 8.2 million.",
        [("27500000", "other", "other"), ("8200000", "count", "count")],
    ),
    # class-carried8: a gapped clause of a region named by a compass adjective and a place's word,
    # no numbered place ("District 35")
    (
        "The eastern district received 60 new ambulances, the western district 35.",
        [("60", "count", "count"), ("35", "count", "count")],
    ),
    (
        "The northern region got 1,200 tonnes of seed and the southern region 800.",
        [("1200", "other", "other"), ("800", "other", "other")],
    ),
    # class-discover-h: a part of a whole counted by its size right after it takes the whole's noun,
    # not the index points of the move before it
    (
        "The Sensex ended 441.3 points higher at 72,831.9, with 22 of its 30 stocks advancing.",
        [
            ("441.3", "other", "other"),
            ("72831.9", "other", "other"),
            ("22", "count", "count"),
            ("30", "count", "count"),
        ],
    ),
    (
        "The Kospi fell 38 points, with 610 of its 940 stocks lower.",
        [("38", "other", "other"), ("610", "count", "count"), ("940", "count", "count")],
    ),
    # class-carried7: a gapped clause of a region named by a compass word, or of persons named by a
    # plain plural noun, the amount's unit or currency left out
    (
        "Under the allocation the north got 40 tonnes of seed and the south 25.",
        [("40", "other", "other"), ("25", "other", "other")],
    ),
    (
        "Men in the garment sector earn 9,800 taka a month and women 8,200.",
        [("9800", "BDT", "money"), ("8200", "BDT", "money")],
    ),
    # class-people6: a gapped clause of persons named by a doer's plural, the amount's currency left
    # out; a pay period after the gapped amount, and persons with their verb opening the first clause
    (
        "Matatu drivers earn Sh38,000 and conductors 25,000 a month, the survey found.",
        [("38000", "KES", "money"), ("25000", "KES", "money")],
    ),
    ("Porters earn $400 and cleaners 300 a month.", [("400", "USD", "money"), ("300", "USD", "money")]),
    (
        "Site foremen earn R18,000 and bricklayers 11,000.",
        [("18000", "ZAR", "money"), ("11000", "ZAR", "money")],
    ),
    # class-sports2: a bare decimal run or clocked in a race named by its distance is its time in seconds
    (
        "The Jamaican clocked 10.71 in the 100m final, the fastest time in the world this year.",
        [("10.71", "other", "duration"), ("100", "other", "other")],
    ),
    (
        "Lyles ran 19.31 in the 200m to win by 0.12 seconds.",
        [("19.31", "other", "duration"), ("200", "other", "other"), ("0.12", "other", "duration")],
    ),
    # "to" glued between two numbers by hyphens: a range, with its unit
    ("Trawlers in the bay land 18-to-34 tonnes of sardines on a good night.", [("18/34", "other", "other")]),
    ("The judge handed down a 3-to-5-year sentence for the fraud in Toronto.", [("3/5", "year", "duration")]),
    ("Crews need a 20-to-30-minute window to refuel the aircraft.", [("20/30", "other", "duration")]),
    ("The council wants a 2-to-3-metre buffer between homes and the river.", [("2/3", "other", "other")]),
    ("A 5-to-7-day course of antibiotics is usually enough.", [("5/7", "days", "duration")]),
    ("Shippers warn of a two-to-three-week delay at the port.", [("2/3", "other", "duration")]),
    (
        "Turnout among the 25-to-40 age group fell to 48 per cent.",
        [("25/40", "other", "count"), ("48", "percent", "percentage_share")],
    ),
    # a quantity named once, then a later clause's bare object of a verb of gaining, keeping or
    # using it, a "now" against the past, or the same verb: the quantity's unit
    (
        "To sit the master's exam a deckhand needs 360 days of sea time; Mensah has logged 298.",
        [("360", "days", "count"), ("298", "days", "count")],
    ),
    (
        "Nurses at the hospital may carry over 10 days of annual leave, and most staff have banked 6.",
        [("10", "days", "count"), ("6", "days", "count")],
    ),
    (
        "Under the new rule, a worker who has accumulated 15 days of sick leave can donate 5 to a colleague.",
        [("15", "days", "count"), ("5", "days", "count")],
    ),
    (
        "The farm produced 2,400 litres of milk a day last year and now yields 3,100.",
        [("2400", "other", "other"), ("3100", "other", "other")],
    ),
    (
        "The refinery processes 90,000 barrels a day and will process 120,000 after the upgrade.",
        [("90000", "other", "other"), ("120000", "other", "other")],
    ),
    (
        "The reservoir held 640 megalitres last week; it now holds 590.",
        [("640", "other", "other"), ("590", "other", "other")],
    ),
    (
        "Rainfall totalled 120 mm in March, and the station recorded 95 in April.",
        [("120", "other", "other"), ("95", "other", "other")],
    ),
    # ... a span of time only to a verb that accrues it
    (
        "Each student must log 200 hours of practice; Ana has logged 150.",
        [("200", "other", "duration"), ("150", "other", "duration")],
    ),
    (
        "The strike lasted 30 days, and unions have held 12 since.",
        [("30", "days", "duration"), ("12", "count", "count")],
    ),
    # ... not after a verb of another thing, nor persons by their verb
    (
        "The runner covered 42 km and has raised 300 for charity.",
        [("42", "other", "other"), ("300", "count", "count")],
    ),
    ("The plane flew 900 km and will carry 180.", [("900", "other", "other"), ("180", "count", "count")]),
    (
        "The tanker carried 40 tonnes of aid and has rescued 12.",
        [("40", "other", "other"), ("12", "people", "count")],
    ),
    # coordinated figures with the unit written once, after the last: each bare number before it
    # takes its unit and kind ("and", or commas with "and" before the last); not after "between"
    # (a range), nor when the last opens a clause of its own ("rose to 45, and 30 people were hurt")
    (
        "Exports of coffee and tea reached 410,000 and 95,000 tonnes.",
        [("410000", "other", "other"), ("95000", "other", "other")],
    ),
    (
        "Budgets of 2.1 billion and 2.6 billion rand were approved for health and education.",
        [("2100000000", "ZAR", "money"), ("2600000000", "ZAR", "money")],
    ),
    (
        "Police said 23, 31 and 40 people were detained on Friday, Saturday and Sunday.",
        [("23", "people", "count"), ("31", "people", "count"), ("40", "people", "count")],
    ),
    (
        "Bus fines in Abu Dhabi are 200 and 400 dirhams for a first and a second offence.",
        [("200", "AED", "money"), ("400", "AED", "money")],
    ),
    (
        "The death toll rose to 45, and 30 people were still missing.",
        [("45", "people", "count"), ("30", "people", "count")],
    ),
    # two bare numbers set against a clause's figures after a word of comparing are counts ("against
    # 87 and 41"), and the second of a compared pair takes the unit of the second it stands against
    (
        "The party won 112 seats, against 87 and 41 for the Liberals and the Greens.",
        [("112", "count", "count"), ("87", "count", "count"), ("41", "count", "count")],
    ),
    (
        "Revenue and profit reached $2 billion and $300 million, against 1.8 billion and 250 million a year earlier.",
        [
            ("2000000000", "USD", "money"),
            ("300000000", "USD", "money"),
            ("1800000000", "USD", "money"),
            ("250000000", "USD", "money"),
        ],
    ),
    # gapping in a list of three or more: a comma joins the middle clause, "and" the last, each a
    # change when the first "from A to B" is
    (
        "Single fares will rise from £2.40 to £2.80, weekly passes from £18 to £21 and annual season"
        " tickets from £640 to £720.",
        [
            ("2.4", "GBP", "money"),
            ("2.8", "GBP", "money"),
            ("18", "GBP", "money"),
            ("21", "GBP", "money"),
            ("640", "GBP", "money"),
            ("720", "GBP", "money"),
        ],
    ),
    (
        "Prices range from $5 to $9, rentals from $20 to $30 and lessons from $40 to $60.",
        [("5/9", "USD", "money"), ("20/30", "USD", "money"), ("40/60", "USD", "money")],
    ),
    # a clause after "and" with its verb left out (gapping) takes the earlier clause's verb: when
    # that "from A to B" is a change, so is the gapped one (two figures each, not a range); a clause
    # with a verb of its own, or after a range, keeps its range
    (
        "Adult fares go up from $2.40 to $2.60 on Monday, and concession fares from $1.20 to $1.30.",
        [("2.4", "USD", "money"), ("2.6", "USD", "money"), ("1.2", "USD", "money"), ("1.3", "USD", "money")],
    ),
    (
        "The toll for cars will rise from NZ$2.40 to NZ$2.90, and for trucks from NZ$4.80 to NZ$5.80.",
        [("2.4", "NZD", "money"), ("2.9", "NZD", "money"), ("4.8", "NZD", "money"), ("5.8", "NZD", "money")],
    ),
    (
        "Water tariffs in Tshwane, South Africa, rise from R18.40 to R19.90 a kilolitre, and the fixed"
        " monthly charge from R120 to R135.",
        [
            ("18.4", "ZAR", "money"),
            ("19.9", "ZAR", "money"),
            ("120", "ZAR", "money"),
            ("135", "ZAR", "money"),
        ],
    ),
    (
        "Fares rose from $2 to $3, and the monthly pass from $1,200 to $1,450.",
        [("2", "USD", "money"), ("3", "USD", "money"), ("1200", "USD", "money"), ("1450", "USD", "money")],
    ),
    (
        "Fares rose from $2 to $3, and tickets now cost from $5 to $9.",
        [("2", "USD", "money"), ("3", "USD", "money"), ("5/9", "USD", "money")],
    ),
    (
        "Tickets cost from €35 to €90, and hotel rooms from €80 to €200.",
        [("35/90", "EUR", "money"), ("80/200", "EUR", "money")],
    ),
    # late-money8: a semicolon joins a gapped clause as "and" does; after a range it stays a range
    (
        "Bus drivers' hourly rate rose from $24.10 to $25.30; mechanics from $27.40 to $28.75.",
        [
            ("24.1", "USD", "money"),
            ("25.3", "USD", "money"),
            ("27.4", "USD", "money"),
            ("28.75", "USD", "money"),
        ],
    ),
    (
        "Single rooms cost from €60 to €95; suites from €80 to €140.",
        [("60/95", "EUR", "money"), ("80/140", "EUR", "money")],
    ),
    # a share price, then its level at the next open or close with the currency left out
    (
        "Safaricom shares, which closed at Sh17.20 on Friday, opened at 17.60 on Monday in Nairobi.",
        [("17.2", "KES", "money"), ("17.6", "KES", "money")],
    ),
    # ", with N more" after a count of carriers and the load they carry: more carriers; with no
    # carriers before the load, more of the load
    (
        "Nine barges laden with 30,000 tonnes of grain reached the port, with 12 more due by Friday.",
        [("9", "count", "count"), ("30000", "other", "other"), ("12", "count", "count")],
    ),
    (
        "Exports reached 30,000 tonnes, with 5,000 more expected.",
        [("30000", "other", "other"), ("5000", "other", "other")],
    ),
    # a number word and "more" before a verb, after "and" or ", with" and a count with its noun:
    # more of that count; not with a noun after it (class-spoken: with a phrase after it, more of
    # the count with its noun before, as "six more by 2027")
    ("Two ships docked, with three more expected.", [("2", "count", "count"), ("3", "count", "count")]),
    ("Seven people died and three more were hurt.", [("7", "people", "count"), ("3", "people", "count")]),
    (
        "He scored two goals and added two more in the second half.",
        [("2", "count", "count"), ("2", "count", "count")],
    ),
    # a change "from about A to B" after a change verb: two figures, not a range
    (
        "The number of audits rises from about 700 to 2,130 next year.",
        [("700", "count", "count"), ("2130", "count", "count")],
    ),
    # a change word in the sentence before never makes "from A to B" a change
    (
        "Ticket sales rose. Seats cost from £15 to £90.",
        [("15/90", "GBP", "money")],
    ),
    (
        "Most entrants will win nothing. Rewards range from $10 to $2m.",
        [("10/2000000", "USD", "money")],
    ),
    # the earlier period's amount alone in brackets after an amount: the same currency, as results
    # briefs write it; not when its scale is unknown
    ("Diluted EPS came to $2.37 (2.04).", [("2.37", "USD", "money"), ("2.04", "USD", "money")]),
    ("The interim dividend is EUR 0.35 (0.30) a share.", [("0.35", "EUR", "money"), ("0.3", "EUR", "money")]),
    ("Sales reached $4.2m (12) in the quarter.", [("4200000", "USD", "money"), ("12", "count", "count")]),
    # a level after "to" in a clause whose subject is a unit: the level is in that unit; not a
    # price per unit
    (
        "Rail tonne-kilometres rose 3.5% to 41 billion last year.",
        [("3.5", "percent", "percent_change"), ("41000000000", "other", "other")],
    ),
    (
        "Available seat kilometres (ASKs) grew 6% y/y to 880 million.",
        [("6", "percent", "percent_change"), ("880000000", "other", "other")],
    ),
    (
        "Prices per tonne rose 4% to 120 in March.",
        [("4", "percent", "percent_change"), ("120", "count", "count")],
    ),
    # a bare number after "and", its own date after it with "by", takes the unit of the dated
    # figure before it
    (
        "The utility plans to pump 900,000 barrels a day by late 2026 and 1.1 million by 2029.",
        [
            ("900000", "other", "other"),
            ("2026", "year", "date"),
            ("1100000", "other", "other"),
            ("2029", "year", "date"),
        ],
    ),
    # a clause opened by "of the" and a whole: the bare number after the comma is its part, in its
    # unit; an "of the" inside a noun phrase opens no such clause
    (
        "Of the 40,000 hectares farmed last season, just 25,000 were sown this year.",
        [("40000", "other", "other"), ("25000", "other", "other")],
    ),
    # a part that a persons' verb would make people counts the whole's animals or things
    (
        "Of the 200 cattle on the farm, 35 died in the floods.",
        [("200", "count", "count"), ("35", "count", "count")],
    ),
    (
        "Of the 60 goats in the herd, 14 were killed by dogs.",
        [("60", "count", "count"), ("14", "count", "count")],
    ),
    ("Of the 90 passengers on board, 12 died.", [("90", "people", "count"), ("12", "people", "count")]),
    (
        "The cost of the 40,000 hectares, 25,000 more than planned, rose.",
        [("40000", "other", "other"), ("25000", "count", "count")],
    ),
    # a part "of which" takes the whole's unit; a parallel after the same verb in the next sentence
    # takes its noun or unit, past an age of its own sentence
    (
        "The driver, 44, had 6,450 road hours. The mechanic, 28, had 950, of which 350 were at night.",
        [
            ("44", "other", "count"),
            ("6450", "other", "duration"),
            ("28", "other", "count"),
            ("950", "other", "duration"),
            ("350", "other", "duration"),
        ],
    ),
    ("Okafor kicked 11 points. Brady kicked 7.", [("11", "count", "count"), ("7", "count", "count")]),
    # a bare number opening the sentence after a count is part of what it counted, also when the
    # two sentences stand as a list's items or the first in brackets
    (
        "- Twelve pilots took off at dawn.\n- Three turned back in the fog.",
        [("12", "people", "count"), ("3", "people", "count")],
    ),
    (
        "(Twelve pilots took off at dawn.) Three turned back in the fog.",
        [("12", "people", "count"), ("3", "people", "count")],
    ),
    ("It costs between $1.2 million and $1.5 million.", [("1200000/1500000", "USD", "money")]),
    ("Flats cost $1.2 to $1.5 million.", [("1200000/1500000", "USD", "money")]),
    # the sign on the first amount only, the scale on the second only: one range of money
    ("The refit will cost $3.8-4.3bn.", [("3800000000/4300000000", "USD", "money")]),
    (
        "Repairs cost €10-12 million and Rs 3-4 lakh.",
        [("10000000/12000000", "EUR", "money"), ("300000/400000", "INR", "money")],
    ),
    ("It costs between $2 and 3 million.", [("2000000/3000000", "USD", "money")]),
    (
        "Tickets cost between $10 and 15, or $20 to 25 at the door.",
        [("10/15", "USD", "money"), ("20/25", "USD", "money")],
    ),
    ("Fares rose from $10 to 15.", [("10", "USD", "money"), ("15", "USD", "money")]),
    ("Sales rose from $5 to 7 million.", [("5000000", "USD", "money"), ("7000000", "USD", "money")]),
    ("He paid $5 to 2 million customers.", [("5", "USD", "money"), ("2000000", "count", "count")]),
    (
        "The extension of the quay from 410 metres to 650 metres.",
        [("410", "other", "other"), ("650", "other", "other")],
    ),
    ("Estimates run 10 percent to 15 percent.", [("10/15", "percent", "percentage_share")]),
    ("Temperatures dropped by 1 to 1.5 degrees Celsius.", [("1/1.5", "other", "other")]),
    ("Wages grew by 5 to 7 percent.", [("5/7", "percent", "percent_change")]),
    ("Her rent went from 3,200 to 4,100 rand a month.", [("3200", "ZAR", "money"), ("4100", "ZAR", "money")]),
    # late-refs: "from A to B" after a comma that ends a change by an amount, and after a verb that
    # moves its object, both units written: a before and an after; a spread of readings is a range
    (
        "The regulator proposes to increase the tariff by 6.2 per cent, from $212.40 to $225.57 a quarter.",
        [("6.2", "percent", "percent_change"), ("212.4", "USD", "money"), ("225.57", "USD", "money")],
    ),
    (
        "The utility will lift the standing charge by 3.1 per cent, from R412.50 to R425.29 a month.",
        [("3.1", "percent", "percent_change"), ("412.5", "ZAR", "money"), ("425.29", "ZAR", "money")],
    ),
    (
        "The dredging will take the harbour entrance from 14.5 metres to 17 metres.",
        [("14.5", "other", "other"), ("17", "other", "other")],
    ),
    (
        "The new scanners brought the backlog from 4,000 files to 900 files in a month.",
        [("4000", "count", "count"), ("900", "count", "count")],
    ),
    (
        "Daytime temperatures will range from 12 to 18 degrees across the weekend.",
        [("12/18", "other", "other")],
    ),
    ("Water depths in the bay are between 16.6 and 18 metres.", [("16.6/18", "other", "other")]),
    ("The crossing takes from 40 to 50 minutes in calm weather.", [("40/50", "other", "duration")]),
    ("Police said 40 or 50 people were hurt.", [("40/50", "people", "count")]),
    # a vote's other side takes the votes of the first ("by 41 votes to 29")
    (
        "The assembly passed the bill by 212 votes to 187.",
        [("212", "count", "count"), ("187", "count", "count")],
    ),
    # a part of a count "of them" after a period of time ending in a month takes the count's unit
    (
        "Some 64 patients died in the six months to May 2025, 21 of them at home.",
        [
            ("64", "people", "count"),
            ("6", "other", "duration"),
            ("2025-05", "date", "date"),
            ("21", "people", "count"),
        ],
    ),
    # "either A or B" names two alternatives, each its own figure, not one uncertain figure
    ("Buyers pay either $20 or $35 a month.", [("20", "USD", "money"), ("35", "USD", "money")]),
    ("Patients got either 10 mg or 20 mg daily.", [("10", "other", "other"), ("20", "other", "other")]),
    # ... the unit written once, after the second: the first takes it
    ("Doses were either 5 or 10 mg a day.", [("5", "other", "other"), ("10", "other", "other")]),
    # ... in number words and in digits, also where "Either" opens the sentence
    ("Either 8 or 9 passengers were rescued.", [("8", "people", "count"), ("9", "people", "count")]),
    (
        "Officials said either seven or eight miners were trapped.",
        [("7", "people", "count"), ("8", "people", "count")],
    ),
    ("The loan runs for either two or three years.", [("2", "year", "duration"), ("3", "year", "duration")]),
    # without "either", "A or B" is one uncertain figure
    ("Officials said seven or eight miners were trapped.", [("7/8", "people", "count")]),
    ("The loan runs for two or three years.", [("2/3", "year", "duration")]),
    (
        "Savers get either 3 or 4 percent.",
        [("3", "percent", "percentage_share"), ("4", "percent", "percentage_share")],
    ),
    (
        "The deficit rose by $43.6 billion to $419.2 billion.",
        [("43600000000", "USD", "money"), ("419200000000", "USD", "money")],
    ),
    # an approximation word between "by" and the change does not make the pair a range
    (
        "Its market value shrank by roughly $2.3 billion to $9.6 billion.",
        [("2300000000", "USD", "money"), ("9600000000", "USD", "money")],
    ),
    ("Prices climbed by around 2 to 3 percent.", [("2/3", "percent", "percent_change")]),
    ("Sales rose by 5% to 40%.", [("5", "percent", "percent_change"), ("40", "percent", "percentage_share")]),
    ("Deaths fell from 82 to 70 people.", [("82", "people", "count"), ("70", "people", "count")]),
    # a verb of change further back in the clause makes "from A to B" a change too
    (
        "The council will raise the charge for parking a car overnight from £40 to £65.",
        [("40", "GBP", "money"), ("65", "GBP", "money")],
    ),
    # a semicolon ends the clause, and "more" only counts right before "from": ranges
    (
        "Rents rose sharply last year; flats in the old town now cost from $600 to $800.",
        [("600/800", "USD", "money")],
    ),
    (
        "More than 200 shops sell phones priced from $90 to $120.",
        [("200", "count", "count"), ("90/120", "USD", "money")],
    ),
    (
        "Police figures showed a rise in attacks against the person, up from 233,600 to 265,800.",
        [("233600", "attacks", "count"), ("265800", "attacks", "count")],
    ),
    # carry-over: a bare number takes the currency, percent or unit of the figure before it
    # ... also with an approximation word between the carry word and the number
    (
        "Turnover climbed to 8.4 billion rand from roughly 7.9 billion.",
        [("8400000000", "ZAR", "money"), ("7900000000", "ZAR", "money")],
    ),
    (
        "The tank holds 40 litres, against about 25 in the old model.",
        [("40", "other", "other"), ("25", "other", "other")],
    ),
    # ... but not when the word before the approximation carries nothing
    (
        "The firm paid 2 billion rand, hiring roughly 1,500 in the city.",
        [("2000000000", "ZAR", "money"), ("1500", "people", "count")],  # hired: people
    ),
    (
        "Profit rose to 3.1 billion rand from 2.7 billion.",
        [("3100000000", "ZAR", "money"), ("2700000000", "ZAR", "money")],
    ),
    ("The fare went up to 1,400 yen from 1,250.", [("1400", "JPY", "money"), ("1250", "JPY", "money")]),
    (
        "Inflation rose to 3.4% from 3.1 in May.",
        [("3.4", "percent", "percent_change"), ("3.1", "percent", "percent_change")],
    ),
    ("Highs rose to 31C from 26.", [("31", "other", "other"), ("26", "other", "other")]),
    # ... further back when a comma and a contrast stand before the bare number
    (
        "Members must pay in for 35 years of their working life under the plan, rather than 30 as before.",
        [("35", "year", "duration"), ("30", "year", "duration")],
    ),
    (
        "Buses will run every 15 minutes on the coastal route, instead of 25 today.",
        [("15", "other", "duration"), ("25", "other", "duration")],
    ),
    # a span of time carries too: "for more than 30 minutes and ... for more than 60"
    (
        "Refunds are half for delays of more than 30 minutes and full for more than 60.",
        [("30", "other", "duration"), ("60", "other", "duration")],
    ),
    (
        "The talks lasted 40 minutes with 12 officials.",
        [("40", "other", "duration"), ("12", "people", "count")],
    ),
    # a span of time carries no unit to a number with a scale word (no span runs to millions):
    # the count before it names the unit
    (
        "The port handled 4.2 million containers over the nine months, up from 3.9 million.",
        [("4200000", "count", "count"), ("9", "other", "duration"), ("3900000", "count", "count")],
    ),
    (
        "Cinemas sold 21.5 million tickets in 12 weeks, against 18 million.",
        [("21500000", "count", "count"), ("12", "other", "duration"), ("18000000", "count", "count")],
    ),
    # ... nor to a number far larger than the span: the count before it names the unit
    (
        "About 1,900 patients waited more than 52 weeks, down from 2,460 in May.",
        [("1900", "people", "count"), ("52", "other", "duration"), ("2460", "people", "count")],
    ),
    (
        "The average delay rose to 11 minutes from 8.",
        [("11", "other", "duration"), ("8", "other", "duration")],
    ),
    # a bare number word after "not" or "every" set against a figure takes its unit ("five
    # years, not two", "every 10 minutes instead of every five")
    (
        "Clearing the backlog will take five years, not two.",
        [("5", "year", "duration"), ("2", "year", "duration")],
    ),
    (
        "Trains ran every 10 minutes instead of every five.",
        [("10", "other", "duration"), ("5", "other", "duration")],
    ),
    # late-carry7: ... across the clock time the interval starts at; a bare level after a
    # temperature reading ("about minus 27", "at least 110") takes its degrees, but not a count a
    # verb follows
    (
        "The night bus will leave every 30 minutes from 11pm, rather than every 60.",
        [("30", "other", "duration"), ("60", "other", "duration")],
    ),
    (
        "Dawn in Norilsk was minus 22C, about minus 35 with the wind chill.",
        [("-22", "other", "other"), ("-35", "other", "other")],
    ),
    (
        "The fryer oil was at 160 degrees Fahrenheit; the chain's manual calls for at least 175.",
        [("160", "other", "other"), ("175", "other", "other")],
    ),
    (
        "It reached 39C in Lahore, and at least 15 were taken to hospital with heatstroke.",
        [("39", "other", "other"), ("15", "people", "count")],
    ),
    # late-carry7: "Of the N in ..." opening a sentence is a subgroup of the people counted before it
    (
        "The clinic screened 840 miners last year. Of the 120 in the deepest pits, 30% had lung damage.",
        [("840", "people", "count"), ("120", "people", "count"), ("30", "percent", "percentage_share")],
    ),
    # ... and after "rather than" or "instead of", "the" allowed before it, a word or digits
    (
        "Land leases will now run for three years rather than two.",
        [("3", "year", "duration"), ("2", "year", "duration")],
    ),
    (
        "The wind farm will generate 900 gigawatt-hours a year rather than the 700 first planned.",
        [("900", "other", "other"), ("700", "other", "other")],
    ),
    (
        "The pipeline will carry 20 million cubic metres a day instead of 15 million.",
        [("20000000", "other", "other"), ("15000000", "other", "other")],
    ),
    (
        "The tunnel will run 3.4 kilometres instead of the 2.9 first designed.",
        [("3.4", "other", "other"), ("2.9", "other", "other")],
    ),
    (
        "Twelve thousand cubic metres of water a day will flow through the pipe rather than eight thousand.",
        [("12000", "other", "other"), ("8000", "other", "other")],
    ),
    # "not A but B": A takes B's unit or noun, in digits or words, the scale written on both
    (
        "The new shaft will reach not 800 but 1,000 metres.",
        [("800", "other", "other"), ("1000", "other", "other")],
    ),
    (
        "Growers now expect not three but four tonnes a hectare.",
        [("3", "other", "other"), ("4", "other", "other")],
    ),
    (
        "The dam will hold not 2 billion but 2.6 billion cubic metres.",
        [("2000000000", "other", "other"), ("2600000000", "other", "other")],
    ),
    ("He said not two but three people came.", [("2", "people", "count"), ("3", "people", "count")]),
    # a bare number after a named measure (volume, capacity, output) of what a physical unit
    # measured before it: the level in that unit
    (
        "Lake Kariba held 38.2 billion cubic metres of usable water, against a full-supply volume of 64.8 billion.",
        [("38200000000", "other", "other"), ("64800000000", "other", "other")],
    ),
    (
        "The plant generated 4.2 billion kWh in 2025, and its rated annual output is 5.6 billion.",
        [("4200000000", "other", "other"), ("2025", "year", "date"), ("5600000000", "other", "other")],
    ),
    (
        "The mill crushed 1.1 million tonnes of cane, short of its capacity of 1.4 million.",
        [("1100000", "other", "other"), ("1400000", "other", "other")],
    ),
    # a measurement listed by matter, its unit written once: each takes the unit; not a part of a
    # whole after "of the" or "of them"
    (
        "The plant produces 40,000 tonnes of zinc, 12,000 of lead and 300 of silver.",
        [("40000", "other", "other"), ("12000", "other", "other"), ("300", "other", "other")],
    ),
    (
        "The 40 tonnes of aid reached 12 of the villages.",
        [("40", "other", "other"), ("12", "count", "count")],
    ),
    # a number word set against a count takes its noun
    ("Five workers, not four, were hurt.", [("5", "people", "count"), ("4", "people", "count")]),
    ("It has 12 mines rather than three.", [("12", "count", "count"), ("3", "count", "count")]),
    # look-alike: a count set against another keeps its own noun
    (
        "The mine employs 1,200 people rather than the 1,500 it had.",
        [("1200", "people", "count"), ("1500", "people", "count")],
    ),
    # a part takes the currency of the whole after it
    (
        "She has raised 90 million of the 1.2 billion shekels.",
        [("90000000", "ILS", "money"), ("1200000000", "ILS", "money")],
    ),
    # look-alikes: no carry over a count with its own noun, a level after a percent change,
    # or a scale written on the first figure only
    ("The fund gave $5 million to 300 families.", [("5000000", "USD", "money"), ("300", "count", "count")]),
    ("Thefts fell 4 per cent to 9,800.", [("4", "percent", "percent_change"), ("9800", "count", "count")]),
    ("It rose to $5.2bn from 4.8.", [("5200000000", "USD", "money"), ("4.8", "count", "count")]),
    ("Only 5 of $20 million was spent.", [("5", "count", "count"), ("20000000", "USD", "money")]),
    ("The price is $4.25 and 32 is the count.", [("4.25", "USD", "money"), ("32", "count", "count")]),
    # a count with its own noun, then a bare number after "to": two counts, no range
    (
        "Airlines cut flights between the two cities to 28 a day.",
        [("2", "count", "count"), ("28", "count", "count")],
    ),
    ("They moved 40 families to 12 new flats.", [("40", "count", "count"), ("12", "count", "count")]),
    # the noun written after the second number only: a range
    ("Some six to seven cups a day.", [("6/7", "count", "count")]),
    # carry-over across the dates of both figures, and along a list of dated levels
    (
        "Joblessness rose to 6.3% in 2025 from 5.9 in 2024.",
        [("6.3", "percent", "percentage_share"), ("2025", "year", "date")]
        + [("5.9", "percent", "percentage_share"), ("2024", "year", "date")],
    ),
    (
        "Exports hit 2.1 billion rand in 2025, against 1.8 billion in 2024.",
        [("2100000000", "ZAR", "money"), ("2025", "year", "date")]
        + [("1800000000", "ZAR", "money"), ("2024", "year", "date")],
    ),
    (
        "Growth was 2.2 per cent in 2023 and 1.6 in 2024.",
        [("2.2", "percent", "percent_change"), ("2023", "year", "date")]
        + [("1.6", "percent", "percent_change"), ("2024", "year", "date")],
    ),
    # ... but not to a number that cannot be a percent of the list, nor after a share "of"
    (
        "It cut 5% of its staff in 2023 and 240 in 2024.",
        [("5", "percent", "percent_change"), ("2023", "year", "date")]
        + [("240", "count", "count"), ("2024", "year", "date")],
    ),
    # ellipsis: a bare number whose noun or unit stands with its parallel figure before it
    ("Ruiz took 11 wickets and Okafor took 7.", [("11", "count", "count"), ("7", "count", "count")]),
    ("Leeds had 21 corners to Hull's six.", [("21", "count", "count"), ("6", "count", "count")]),
    (
        "Lagos had 38 per cent of cases, and Kano alone for 212.",
        [("38", "percent", "percentage_share"), ("212", "count", "count")],
    ),
    (
        "Lagos accounted for 38 per cent of cases, and Kano alone for 212.",
        [("38", "percent", "percentage_share"), ("212", "people", "count")],
    ),
    (
        "She was given 40 minutes to finish the climb. She needed 25.",
        [("40", "other", "duration"), ("25", "other", "duration")],
    ),
    # a possessive between the carry word and the bare number: the owner's figure, in the same unit
    (
        "The pump draws 90 kW, down from the old pump's 120.",
        [("90", "other", "other"), ("120", "other", "other")],
    ),
    (
        "Core inflation slowed to 3.1% from last month's 3.4.",
        [("3.1", "percent", "percent_change"), ("3.4", "percent", "percent_change")],
    ),
    (
        "Profit was £2.4bn, against analysts' 2.2bn.",
        [("2400000000", "GBP", "money"), ("2200000000", "GBP", "money")],
    ),
    # a bare number with a conversion in brackets: the local currency of the amount converted before
    (
        "The car sells for 3,100,000 yen ($20,900) with a manual gearbox and 3,050,000 ($20,600) with an automatic.",
        [
            ("3100000", "JPY", "money"),
            ("20900", "USD", "money"),
            ("3050000", "JPY", "money"),
            ("20600", "USD", "money"),
        ],
    ),
    # ... or "it" or "that" and a form of "be" before the bare number: the amount, in its unit
    (
        '"I pay 90 rupees a day for the bus now. Next month it will be 55," a clerk said.',
        [("90", "INR", "money"), ("55", "INR", "money")],
    ),
    ("The fee was $12, and now it is 9.", [("12", "USD", "money"), ("9", "USD", "money")]),
    ("The wall is 400 metres long. It was 80.", [("400", "other", "other"), ("80", "other", "other")]),
    # ... not a person's pronoun (an age), nor a number with its own noun after it
    ("He earns £300 a week. He is 45.", [("300", "GBP", "money"), ("45", "other", "count")]),
    (
        "The club paid $3m in May. It was 12 days late.",
        [("3000000", "USD", "money"), ("12", "days", "duration")],
    ),
    # ... or a gapped clause, a name standing for its subject and the verb left out, in a list too
    (
        "The Tories won 1,840 votes and the Social Democrats 977.",
        [("1840", "count", "count"), ("977", "count", "count")],
    ),
    (
        "Labour holds 48 seats, the Greens five and Plaid two.",
        [("48", "count", "count"), ("5", "count", "count"), ("2", "count", "count")],
    ),
    (
        "Denver had 51 rebounds and Utah 39.",
        [("51", "count", "count"), ("39", "count", "count")],
    ),
    # ... but not a name after a pronoun's verb, nor a number word that does not end its clause
    ("It recalled 12,000 cars and the Model 3.", [("12000", "count", "count")]),
    ("Labour holds 48 seats, the Greens five times more.", [("48", "count", "count")]),
    # ... or the count that ends the sentence before, a bare number opening the next with a verb
    (
        "Eleven riders started the stage. Four crashed before the summit.",
        [("11", "people", "count"), ("4", "people", "count")],
    ),
    (
        "The airline ordered 30 jets. Six were delivered in May.",
        [("30", "count", "count"), ("6", "count", "count")],
    ),
    (
        "The depot has 40 buses, but only 12 are running.",
        [("40", "count", "count"), ("12", "count", "count")],
    ),
    # ... or a count "of" one thing, then a bare number "of" another: the same noun, left out
    (
        "She admitted four counts of fraud and two of theft.",
        [("4", "count", "count"), ("2", "count", "count")],
    ),
    # ... but not a number with its own noun there
    (
        "The airline ordered 30 jets. Six engineers were hired.",
        [("30", "count", "count"), ("6", "people", "count")],
    ),
    # ... or the habit it is set against, the same verb before both ("used to", "once")
    (
        "Shoppers now take 4 or 5 kilograms where they used to take 12.",
        [("4/5", "other", "other"), ("12", "other", "other")],
    ),
    (
        "Growers now sell 40 bags where they used to sell 90.",
        [("40", "count", "count"), ("90", "count", "count")],
    ),
    (
        "Pickers now earn $5 a day, having once earned 12.",
        [("5", "USD", "money"), ("12", "USD", "money")],
    ),
    # ... but not with another verb after "used to"
    (
        "Shoppers now take 4 kilograms; they used to visit 12 times.",
        [("4", "other", "other"), ("12", "count", "count")],
    ),
    # ... a count too, also with the period it answers for ("last year") after the number
    (
        "The port we run was built for 900 passengers. We handled 1,400 last year.",
        [("900", "people", "count"), ("1400", "people", "count")],
    ),
    # ... but not an answer about someone else, nor a number followed by its own words
    (
        "The hall was built for 900 spectators. We sold 400 last year.",
        [("900", "people", "count"), ("400", "count", "count")],
    ),
    (
        "The plan took 40 minutes. They counted 25.",
        [("40", "other", "duration"), ("25", "count", "count")],
    ),
    (
        "Ruiz took 11 wickets and Okafor took 7 catches.",
        [("11", "count", "count"), ("7", "count", "count")],
    ),
    (
        "The ward had 12 beds in 2019 and 15 in 2020.",
        [
            ("12", "count", "count"),
            ("2019", "year", "date"),
            ("15", "count", "count"),
            ("2020", "year", "date"),
        ],
    ),
    # an amount compared with another through a noun of its own: the same currency
    (
        "The group made a net loss of €8.2 million, compared with a profit of 1.9 million a year earlier.",
        [("8200000", "EUR", "money"), ("1900000", "EUR", "money")],
    ),
    (
        "Revenue reached $2bn against operating costs of 1.4bn.",
        [("2000000000", "USD", "money"), ("1400000000", "USD", "money")],
    ),
    # ... not a number of people compared with it
    (
        "It paid £3m, compared with a workforce of 2.1 million.",
        [("3000000", "GBP", "money"), ("2100000", "people", "count")],
    ),
    # "from A up to B" with no change word: a range; after a change word or without "from", two
    ("Salaries range from £20,000 up to £45,000.", [("20000/45000", "GBP", "money")]),
    (
        "The fine is $500, up to $2,000 for repeat offenders.",
        [("500", "USD", "money"), ("2000", "USD", "money")],
    ),
    # a further amount after an amount, joined by a verb of paying or by "plus": the same currency
    (
        "The tribunal awarded her £12,000, and the firm must pay a further 3,500.",
        [("12000", "GBP", "money"), ("3500", "GBP", "money")],
    ),
    (
        "The grant is $5,000, plus another 2,000 for travel.",
        [("5000", "USD", "money"), ("2000", "USD", "money")],
    ),
    # a bare "35m" after an amount in millions is millions of the same currency
    (
        "Profit rose to £40m from 35m a year earlier.",
        [("40000000", "GBP", "money"), ("35000000", "GBP", "money")],
    ),
    (
        "The council spent £40m, plus another 12m on repairs.",
        [("40000000", "GBP", "money"), ("12000000", "GBP", "money")],
    ),
    # ... not after a length, nor after a word that is no currency (a plural noun after "3m" is
    # counted in millions: person_nouns.abbreviation_ok)
    ("The 200m runner won 3m prizes.", [("200", "other", "other"), ("3000000", "count", "count")]),
    # ... not a further count after another verb
    ("The firm paid £2m and hired another 300.", [("2000000", "GBP", "money"), ("300", "count", "count")]),
    # an index that added points: a change and the level reached, not a range
    ("The index added 120 points to 7,450.", [("120", "other", "other"), ("7450", "other", "other")]),
    # (8) the same noun counted in two named places: the second number carries it
    (
        "The chain has 14 branches in Kingston and three in Montego Bay.",
        [("14", "count", "count"), ("3", "count", "count")],
    ),
    (
        "Officials counted 12 deaths in Gaza and three in the West Bank.",
        [("12", "people", "count"), ("3", "people", "count")],
    ),
    # "less than" is an approximation, not a change before "from A to B": a range
    (
        "Seats went in less than three hours, with prices from SEK 300 to SEK 900.",
        [("3", "other", "duration"), ("300/900", "SEK", "money")],
    ),
    # "it was" after a span ago: the amount before the span, not the span, gives the unit
    (
        "A season ticket costs 1.2 million won. Three years ago it was 0.9 million.",
        [("1200000", "KRW", "money"), ("3", "year", "duration"), ("900000", "KRW", "money")],
    ),
    ("Five years ago it was 40 million.", [("5", "year", "duration"), ("40000000", "count", "count")]),
    # an amount or a measurement and a bare number, each before the same preposition: one unit
    (
        "Entry costs £12 for adults and 7 for children.",
        [("12", "GBP", "money"), ("7", "GBP", "money")],
    ),
    (
        "Highs reached 38C in Murcia and 36 in Granada.",
        [("38", "other", "other"), ("36", "other", "other")],
    ),
    # ... not after a scaled amount (the scale is left out too)
    ("It spent $4m on roads and 9 on parks.", [("4000000", "USD", "money"), ("9", "count", "count")]),
    # a bare scaled count after a verb that takes an audience, a sentence or two after a scaled
    # count of people (across a year between them), or alone in brackets after a name: those people
    (
        "The quiz drew 6.2 million viewers in 2024. With catch-up added it should pass 8 million.",
        [("6200000", "people", "count"), ("2024", "year", "date"), ("8000000", "people", "count")],
    ),
    (
        "The derby averaged 2.4 million viewers. Rival drama Crown Court (1.1 million) trailed, and"
        " the late news averaged 835,500.",
        # (late-kinds11: an audience in full thousands after "averaged" carries the viewers too, as
        # p982's ratings column's "averaged 914,000" does)
        [("2400000", "people", "count"), ("1100000", "people", "count"), ("835500", "people", "count")],
    ),
    # ... not after a verb of handling goods, nor after a scaled amount of money
    (
        "The city has 1.2 million residents. Its port handled 3 million last year.",
        [("1200000", "people", "count"), ("3000000", "count", "count")],
    ),
    (
        "The fair drew 1.3 million visitors. By Sunday it had topped 2 million in ticket sales.",
        [("1300000", "people", "count"), ("2000000", "count", "count")],
    ),
    (
        "The fair drew 2 million visitors and $40 million in sales. Next year it hopes to top 3 million.",
        [("2000000", "people", "count"), ("40000000", "USD", "money"), ("3000000", "count", "count")],
    ),
    # class-carried6: a count and a bare number each after the same preposition, in lower case
    (
        "The brigade lost three tanks in the first week and two in the second.",
        [("3", "count", "count"), ("2", "count", "count")],
    ),
    (
        "Rescuers found 12 survivors in the rubble and three in the river.",
        [("12", "people", "count"), ("3", "people", "count")],
    ),
    # ... "and N more" after a bare count of people whose noun the sentence before gave
    (
        "About 90 migrants reached the island this week. Fifty landed on Sunday and 40 more on Monday.",
        [("90", "people", "count"), ("50", "people", "count"), ("40", "people", "count")],
    ),
    # a level in a unit per base, then a place's bare level after "at", in its sentence or the next
    (
        "Norway counts 5.2 physicians per 1,000 inhabitants, while Sweden stands at 4.3 and Finland at 3.6.",
        [("5.2", "other", "other"), ("4.3", "other", "other"), ("3.6", "other", "other")],
    ),
    (
        "Malta has 8.1 hospital beds per 1,000 people. Cyprus is at 3.2 and Greece at 4.2.",
        [("8.1", "other", "other"), ("3.2", "other", "other"), ("4.2", "other", "other")],
    ),
    # ... not a clock time in the next sentence's clause of its own
    (
        "Malta has 8.1 hospital beds per 1,000 people. Valletta will vote at 9 tomorrow.",
        [("8.1", "other", "other"), ("9", "count", "count")],
    ),
    # class-left10: "from A to B" after a verb of size that moves one measure of a thing, right
    # before "from" or with its object between, the second end with its unit: a before and an after
    (
        "Dredgers will deepen the harbour basin from 10.5 to 13 metres.",
        [("10.5", "other", "other"), ("13", "other", "other")],
    ),
    (
        "The quay will be lengthened from 240 metres to 410 metres.",
        [("240", "other", "other"), ("410", "other", "other")],
    ),
    # ... a span of years after such a verb keeps its range (no unit after its second end)
    ("The council will extend the scheme from 2025 to 2027.", [("2025/2027", "year", "date")]),
    # ... and after a verb of a multiple, a comma between or none
    (
        "The number of inspectors will double, from three to six.",
        [("3", "people", "count"), ("6", "people", "count")],
    ),
    ("Daily sailings will double, from four to eight.", [("4", "count", "count"), ("8", "count", "count")]),
    # class-left10: a results list opened by a verb of giving and the name it gives to
    (
        "The exit poll gives Labour 405 seats, the Conservatives 112 and the Liberal Democrats 64.",
        [("405", "count", "count"), ("112", "count", "count"), ("64", "count", "count")],
    ),
    (
        "The projection hands the Social Democrats 88 seats, the Moderates 71 and the Greens 19.",
        [("88", "count", "count"), ("71", "count", "count"), ("19", "count", "count")],
    ),
    # class-discover-j: a participle with "by" after the noun is a passive, the noun counted, no carry
    (
        "Customers can withdraw £500 from the 1,100 banking hubs planned by 2030.",
        [("500", "GBP", "money"), ("1100", "count", "count"), ("2030", "year", "date")],
    ),
    # late-units9: a percent change, then "from" a bare number: the level's unit, not the percent's;
    # a gapped clause of a plural noun after a span counts that noun
    (
        "Copper output slid to 1.9 million tonnes in 2025, down 6 per cent from 2.02 million in 2024.",
        [
            ("1900000", "other", "other"),
            ("2025", "year", "date"),
            ("6", "percent", "percent_change"),
            ("2020000", "other", "other"),
            ("2024", "year", "date"),
        ],
    ),
    (
        "Break-ins fell to 88 in the first ten weeks, and car thefts to 12 from 17.",
        [
            ("88", "count", "count"),
            ("10", "other", "duration"),
            ("12", "count", "count"),
            ("17", "count", "count"),
        ],
    ),
    # late-units11: "A to B" before a base each unit of which it is counted on is one range; a change
    # to a new level "by" an amount stays two figures
    ("Growers would lose 5 to 7 cents on every dollar of sales.", [("5/7", "other", "money")]),
    # ... and a count of what a reading per volume counted carries that reading to the bare numbers after it
    (
        "Spores hit 4,100 spores per cubic metre in Cork. Limerick logged 3,300 spores and Galway 2,900.",
        [("4100", "other", "other"), ("3300", "other", "other"), ("2900", "other", "other")],
    ),
    # ... a bare number past a mark just after a reading, in its sentence or the next, is a level of
    # that reading; one the text calls a count after a reading per volume is that reading's
    (
        "The alert level for ozone starts at 240 µg/m³. The city has been above 180 for four days running.",
        [("240", "other", "other"), ("180", "other", "other"), ("4", "days", "duration")],
    ),
    (
        "Ragweed hit 88 grains per cubic metre in Szeged. In 2024 the peak daily count was 410.",
        [("88", "other", "other"), ("2024", "year", "date"), ("410", "other", "other")],
    ),
    # tidy37: ... a mark with its capital too; not the subject of a verb, even in a clause of levels
    (
        "Ozone passed the alert threshold of 240 µg/m³ on Tuesday. It stayed above 200 all day, and at such"
        " levels over 90 were treated for breathing problems.",
        [("240", "other", "other"), ("200", "other", "other"), ("90", "people", "count")],
    ),
    (
        "Ozone's alert threshold is 240 µg/m³. Below 180 the city lifts its car ban.",
        [("240", "other", "other"), ("180", "other", "other")],
    ),
    # tidy37: ... only when its clause calls it a level, "them" or "it", or the reading is a level or
    # a threshold: another measure or an age past a mark keeps no unit of the reading
    (
        "Gusts reached 95 km/h on the coast. Temperatures will drop below 10 overnight.",
        [("95", "other", "other"), ("10", "count", "count")],
    ),
    (
        "The truck weighed 12 tonnes. Its driver, aged over 60, was unhurt.",
        [("12", "other", "other"), ("60", "count", "count")],
    ),
    # tidy37: ... and a count of another thing after such a reading stays a count
    (
        "Ragweed hit 88 grains per cubic metre in Szeged. Doctors said the patient count was 35.",
        [("88", "other", "other"), ("35", "people", "count")],
    ),  # late-kinds14: two percents joined by "to" after a verb of loss, a whole after them, are one
    # range (not from "from", nor ends far apart); an activity named by a change word's "-ing" form
    # leaves a scale of fines "from A to B" one range
    (
        "Some orchards lost 60% to 90% of their fruit to the frost.",
        [("60/90", "percent", "percent_change")],
    ),
    (
        "The debt climbed from 41% to 48% of output.",
        [("41", "percent", "percentage_share"), ("48", "percent", "percentage_share")],
    ),
    (
        "Penalties for illegal fishing, from $800 to $12,000, are seldom paid.",
        [("800/12000", "USD", "money")],
    ),
]
# a bare decimal introduced as a time ("third in 9.91", "clocked 43.71") takes the seconds its
# sentence, or the sentence before, gives a time in
TIMED_EXAMPLES: list[tuple[str, Expected]] = [
    (
        "Okoro won by 0.12 seconds, with Lind second in 20.31.",
        [("0.12", "other", "duration"), ("20.31", "other", "duration")],
    ),
    (
        "Vance set a meeting record of 47.02 seconds. Adeyemi clocked 47.65.",
        [("47.02", "other", "duration"), ("47.65", "other", "duration")],
    ),
    # look-alikes: no time in seconds stated, another span of time closer, no word introducing a time
    ("Lind was second in 20.31.", [("20.31", "count", "count")]),
    (
        "He won in 10.2 seconds. Two weeks later the index finished in 9.91.",
        [("10.2", "other", "duration"), ("2", "other", "duration"), ("9.91", "count", "count")],
    ),
    (
        "She won in 22.4 seconds; rivals scored 7.5.",
        [("22.4", "other", "duration"), ("7.5", "count", "count")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), TIMED_EXAMPLES, ids=case_ids("timed", TIMED_EXAMPLES))
def test_a_bare_decimal_introduced_as_a_time_takes_the_seconds_of_the_report(text: str, expected: Expected):
    assert figures_of(text, expected) == expected


# A word of comparison or a multiple, then "the", before a bare number: an amount stated against
# the figure before it, its unit or counted noun left out; look-alikes: a number with its own noun
# or unit after "the", an age after "over the"
COMPARED_THE_EXAMPLES: list[tuple[str, Expected]] = [
    (
        "Peak electricity demand in the city reached 4,250 megawatts on Tuesday, well above the 3,571 the grid was built for.",
        [("4250", "other", "other"), ("3571", "other", "other")],
    ),
    (
        "The new ferry can carry 900 tonnes of freight, more than the 650 its predecessor managed.",
        [("900", "other", "other"), ("650", "other", "other")],
    ),
    (
        "The new turbine produces 14 megawatts, twice the 7 of the model it replaces.",
        [("14", "other", "other"), ("7", "other", "other")],
    ),
    (
        "The clinic saw 1,263 patients in June, more than the 900 it was designed to serve.",
        [("1263", "people", "count"), ("900", "people", "count")],
    ),
    (
        "Nearly 3,000 migrants crossed the channel in May, three times the 1,000 recorded in April.",
        [("3000", "people", "count"), ("1000", "people", "count")],
    ),
    (
        "The club paid £12m for the striker, far more than the 8m it had offered in January.",
        [("12000000", "GBP", "money"), ("8000000", "GBP", "money")],
    ),
    (
        "Turnout reached 64 per cent, above the 58 recorded in 2021.",
        [
            ("64", "percent", "percentage_share"),
            ("58", "percent", "percentage_share"),
            ("2021", "year", "date"),
        ],
    ),
    (
        "The strike lasted 19 days, longer than the 12 of the last walkout.",
        [("19", "days", "duration"), ("12", "days", "duration")],
    ),
    (
        "Her winning throw measured 67.9 metres, short of the 69.5 she managed in Rome.",
        [("67.9", "other", "other"), ("69.5", "other", "other")],
    ),
    # a range carries as its numbers do, and takes a range's unit
    (
        "The mill needs 4,000 to 4,437 tonnes of cane a day, against 3,137 to 3,571 now.",
        [("4000/4437", "other", "other"), ("3137/3571", "other", "other")],
    ),
    (
        "Mileage rose from about 14-18 mpg to 24 for larger cars.",
        [("14/18", "other", "other"), ("24", "other", "other")],
    ),
    # the earlier figure in brackets after a scaled measurement, as results briefs give it; not an
    # unscaled note
    (
        "Output: 1.34 million tonnes (1.17 million).",
        [("1340000", "other", "other"), ("1170000", "other", "other")],
    ),
    ("The mill crushed 40 tonnes (12) of cane.", [("40", "other", "other"), ("12", "count", "count")]),
    # a clock span after a measurement is no figure
    ("Crews will close the 4.5-kilometre bypass from 9 to 11 p.m. on Saturday.", [("4.5", "other", "other")]),
    # a word or two describing the amount after "the"
    (
        "The refinery processed 315,000 barrels a day in June, short of the planned 345,000.",
        [("315000", "other", "other"), ("345000", "other", "other")],
    ),
    (
        "Cement sales fell to 4.2 million tonnes, against the year-earlier 4.6 million.",
        [("4200000", "other", "other"), ("4600000", "other", "other")],
    ),
    (
        "His jump of 8.37 metres fell short of the world record 8.93.",
        [("8.37", "other", "other"), ("8.93", "other", "other")],
    ),
    (
        "The town will get 40 new homes over the next 12 months.",
        [("40", "count", "count"), ("12", "other", "duration")],
    ),
    # a verb that beats, misses or equals a reference, then "the"
    (
        "Her time of 52.31 seconds beat the 52.64 she ran at the trials.",
        [("52.31", "other", "duration"), ("52.64", "other", "duration")],
    ),
    (
        "Shipments hit 2.6 million tonnes in 2025, surpassing the 2.2 million of the boom year.",
        [("2600000", "other", "other"), ("2025", "year", "date"), ("2200000", "other", "other")],
    ),
    (
        "The appeal raised $3.1 million, missing the 5 million aid agencies had sought.",
        [("3100000", "USD", "money"), ("5000000", "USD", "money")],
    ),
    ("The lake rose 3 metres, beating the 1998 flood.", [("3", "other", "other"), ("1998", "year", "date")]),
    # the noun after the number the subject of a clause whose object is the number
    (
        "The reservoir held 61 million cubic metres last week, below the 75 million engineers consider safe.",
        [("61000000", "other", "other"), ("75000000", "other", "other")],
    ),
    (
        "About 6,550 volunteers signed up, fewer than the 9,000 organisers wanted.",
        [("6550", "people", "count"), ("9000", "people", "count")],
    ),
    (
        "Rainfall in the district totalled 310 millimetres in July, short of the 420 farmers had hoped for.",
        [("310", "other", "other"), ("420", "other", "other")],
    ),
    (
        "Ticket prices climbed to €85, above the 70 fans paid last season.",
        [("85", "EUR", "money"), ("70", "EUR", "money")],
    ),
    (
        "Nearly 4.2 lakh children were vaccinated in the drive, short of the 5 lakh health officials had targeted.",
        [("420000", "people", "count"), ("500000", "people", "count")],
    ),
    (
        "The jet flew within 900 metres of the tower, closer than the 1,500 controllers had first allowed.",
        [("900", "other", "other"), ("1500", "other", "other")],
    ),
    # look-alikes
    (
        "The plant burns 900 tonnes of coal a week, more than the 300 trucks on the road can deliver.",
        [("900", "other", "other"), ("300", "count", "count")],
    ),
    (
        "The firm cut 400 jobs, more than the 300 workers who arrived in May.",
        [("400", "count", "count"), ("300", "people", "count")],
    ),
    (
        "The river carried 40 tonnes of silt, against the 12 engineers expected to inspect the dam.",
        [("40", "other", "other"), ("12", "people", "count")],
    ),
    (
        "The stadium holds 30,000 spectators, smaller than the 45,000-seat arena across town.",
        [("30000", "people", "count"), ("45000", "people", "count")],  # a venue's seats: persons (p624)
    ),
    (
        "About 2,361 staff took the offer, more than the 15% the bank had planned.",
        [("2361", "people", "count"), ("15", "percent", "percentage_share")],
    ),
    (
        "Seventeen players over the age of 21 were released.",
        [("17", "people", "count"), ("21", "other", "count")],
    ),
    (
        "Exports rose 4 per cent to 9,873 in May.",
        [("4", "percent", "percent_change"), ("9873", "count", "count")],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), COMPARED_THE_EXAMPLES, ids=case_ids("compared-the", COMPARED_THE_EXAMPLES)
)
def test_a_bare_amount_compared_after_the_takes_the_unit_before_it(text: str, expected: Expected):
    assert figures_of(text, expected) == expected


# Gapping after a first clause that goes on past its figure (a period, a place, an aside, a code's
# digits) before "and" and the name of the gapped clause: the figure's noun or unit; look-alikes:
# a year after the name, a name's own number with a verb after it, a name in another sentence
GAPPED_REST_EXAMPLES: list[tuple[str, Expected]] = [
    (
        "Kenya Airways runs seven flights a week to Dubai, and Emirates three.",
        [("7", "count", "count"), ("3", "count", "count")],
    ),
    (
        "Germany imported 3.2 million tonnes of the grain last year, and Italy 1.9 million.",
        [("3200000", "other", "other"), ("1900000", "other", "other")],
    ),
    (
        "Qantas flew up to 14 return services a week to Bali in January, including the overnight QF43,"
        " and Virgin five, the airport said.",
        [("14", "count", "count"), ("5", "count", "count")],
    ),
    # a singular noun after a possessive as the gapped subject
    (
        "The first twin weighed 2.9kg at birth and her sister 2.6.",
        [("2.9", "other", "other"), ("2.6", "other", "other")],
    ),
    (
        "The Greens won nine seats in 2019 and the Liberals in 2023.",
        [("9", "count", "count"), ("2019", "year", "date"), ("2023", "year", "date")],
    ),
    # a name with its own number and a verb with its preposition opening the first clause
    (
        "The FTSE 100 ended at 8,204 points on Friday, and the DAX 18,310.",
        [("8204", "other", "other"), ("18310", "other", "other")],
    ),
    (
        "The FTSE 100 ended at 8,204 points on Friday, and the Dow gained at 3pm.",
        [("8204", "other", "other")],
    ),
    # an ordinal in the rest of the first clause, a modal before its verb
    (
        "Woods drove 318 yards on the 7th and Spieth 293.",
        [("318", "other", "other"), ("293", "other", "other")],
    ),
    (
        "Northern will run six buses an hour and Arriva four.",
        [("6", "count", "count"), ("4", "count", "count")],
    ),
    (
        "Woods drove 318 yards on the 7th and Spieth said 3 more.",
        [("318", "other", "other"), ("3", "count", "count")],
    ),
    # a definite plural noun for the gapped clause's subject; not with a verb after it, nor a year
    (
        "The hosts had 14 shots on target and the visitors three.",
        [("14", "count", "count"), ("3", "count", "count")],
    ),
    (
        "Last season the club signed five players and its rivals two.",
        [("5", "people", "count"), ("2", "people", "count")],
    ),
    ("The hosts had 14 shots and the visitors left at 5pm.", [("14", "count", "count")]),
    (
        "The firm sold 40 vans in March and the dealers 2024's best month.",
        [("40", "count", "count"), ("2024", "year", "date")],
    ),
    # a measurement gapped: the name's digits are the gapped figure, not part of the name
    (
        "Sydney recorded 42 millimetres of rain overnight and Newcastle 67.",
        [("42", "other", "other"), ("67", "other", "other")],
    ),
    (
        "Aberdeen had 31 millimetres of rain and Inverness 24, the Met Office said.",
        [("31", "other", "other"), ("24", "other", "other")],
    ),
    ("The update weighs 3 gigabytes, and so does Windows 11.", [("3", "other", "other")]),
    ("The lorry carried 12 tonnes. Its driver and Route 66 were named.", [("12", "other", "other")]),
    (
        "Microsoft sold 20 million licences last year and Windows 11 sold well.",
        [("20000000", "count", "count")],
    ),
    (
        "Police arrested 12 men in the raid. Later the Chief Inspector said Route 66 was closed and Interpol four.",
        [("12", "people", "count")],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), GAPPED_REST_EXAMPLES, ids=case_ids("gapped-rest", GAPPED_REST_EXAMPLES)
)
def test_a_gapped_clause_after_the_rest_of_the_first_takes_its_noun_or_unit(text: str, expected: Expected):
    assert figures_of(text, expected) == expected


# A list after a measurement or an amount, each item followed by the same preposition, joined by
# commas as well as "and"; not a time of day after "in the"
LISTED_PREP_EXAMPLES: list[tuple[str, Expected]] = [
    (
        "Temperatures hit 44C in Delhi, 43 in Jaipur and 41 in Lucknow.",
        [("44", "other", "other"), ("43", "other", "other"), ("41", "other", "other")],
    ),
    (
        "Tickets cost £40 for adults, 25 for students and 10 for children.",
        [("40", "GBP", "money"), ("25", "GBP", "money"), ("10", "GBP", "money")],
    ),
    (
        "The storm dumped 40mm in Sydney, 3 in the morning alone.",
        [("40", "other", "other"), ("3", "count", "count")],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), LISTED_PREP_EXAMPLES, ids=case_ids("listed-prep", LISTED_PREP_EXAMPLES)
)
def test_a_list_by_the_same_preposition_keeps_the_first_unit(text: str, expected: Expected):
    assert figures_of(text, expected) == expected


# A carry word across a sentence end, the next sentence opening by pointing back at the figure
# ("That was", "That compares"); not a new noun, nor a sentence about something else
RESTATED_EXAMPLES: list[tuple[str, Expected]] = [
    (
        "Copper output reached 43,500 tonnes in May. That was up from 37,500 a year earlier.",
        [("43500", "other", "other"), ("37500", "other", "other")],
    ),
    (
        "The bank set aside €640 million for bad loans. That compares with 510 million in the same quarter last year.",
        [("640000000", "EUR", "money"), ("510000000", "EUR", "money")],
    ),
    (
        "Copper output reached 43,500 tonnes in May. That was up from 38 mines a year earlier.",
        [("43500", "other", "other"), ("38", "count", "count")],
    ),
    (
        "Copper output reached 43,500 tonnes in May. Prices were up from 38 a year earlier.",
        [("43500", "other", "other"), ("38", "count", "count")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), RESTATED_EXAMPLES, ids=case_ids("restated", RESTATED_EXAMPLES))
def test_a_sentence_pointing_back_at_a_figure_carries_its_unit(text: str, expected: Expected):
    assert figures_of(text, expected) == expected


# A later level of the same measure, its unit left out, in a later clause of the sentence: after a
# word that sets a level ("to", "at", "from", "above", "after", "against", "still", "an average of")
# or after "and" with the first clause's verb left out, then the clause's end or when or where it
# stood (class-carry3)
LATER_LEVEL_EXAMPLES: list[tuple[str, Expected]] = [
    (
        "The river at Carlisle rose to 4.3 metres overnight and is expected to peak at 4.6 on Saturday.",
        [("4.3", "other", "other"), ("4.6", "other", "other")],
    ),
    (
        "The swell is forecast to build to 2.5m on Thursday before easing to 1.2 by the weekend.",
        [("2.5", "other", "other"), ("1.2", "other", "other")],
    ),
    (
        "Diesel sold for R23.40 a litre in Johannesburg in March and 24.10 in April.",
        [("23.4", "ZAR", "money"), ("24.1", "ZAR", "money")],
    ),
    (
        "Petrol prices climbed to $3.89 a gallon in June and 4.02 in July, the highest since 2022.",
        [("3.89", "USD", "money"), ("4.02", "USD", "money"), ("2022", "year", "date")],
    ),
    (
        "Wind gusts reached 70mph on the coast and 55 inland.",
        [("70", "other", "other"), ("55", "other", "other")],
    ),
    (
        "Rainfall totalled 84mm at Cardiff airport, against an average of 61 for the month.",
        [("84", "other", "other"), ("61", "other", "other")],
    ),
    (
        "Hurricane Delia strengthened to a Category 3 storm overnight and could reach 4 before landfall.",
        [("3", "other", "other"), ("4", "other", "other")],
    ),
    (
        "The reservoir was 62% full on Monday, down from 71 a month ago.",
        [("62", "percent", "percentage_share"), ("71", "percent", "percentage_share")],
    ),
    (
        "The pound fell to $1.21, its lowest level since March, before recovering to 1.23.",
        [("1.21", "USD", "money"), ("1.23", "USD", "money")],
    ),
    (
        "Temperatures hit 38C in Seville on Tuesday and were still 30 at 10pm.",
        [("38", "other", "other"), ("30", "other", "other")],
    ),
    (
        "The budget deficit is forecast at 3.1% of GDP this year and 2.8 next year.",
        [("3.1", "percent", "percentage_share"), ("2.8", "percent", "percentage_share")],
    ),
    (
        "Snow depths reached 45cm in the Cairngorms, and 30 on lower ground.",
        [("45", "other", "other"), ("30", "other", "other")],
    ),
    (
        "The central bank left its policy rate at 6.5% and said it could fall to 6 by December.",
        [("6.5", "percent", "other"), ("6", "percent", "other")],
    ),
    (
        "House prices rose 3.4% in the year to June, after 2.9 in the year to May.",
        [("3.4", "percent", "percent_change"), ("2.9", "percent", "percent_change")],
    ),
    (
        "Mortgage rates averaged 6.8% in October, against 7.1 in September.",
        [("6.8", "percent", "other"), ("7.1", "percent", "other")],
    ),
    # ... after "but" or "while", a year dating the first figure between, or after a verb of
    # forecasting with a time after the number
    (
        "Turnout reached 64% in the capital but only 41 in rural districts.",
        [("64", "percent", "percentage_share"), ("41", "percent", "percentage_share")],
    ),
    (
        "Exports rose 5% in March but only 2 in April.",
        [("5", "percent", "percent_change"), ("2", "percent", "percent_change")],
    ),
    (
        "The lake was 2.1 metres below normal in August and 2.6 below by October.",
        [("2.1", "other", "other"), ("2.6", "other", "other")],
    ),
    (
        "Growth slowed to 1.2% in 2024, and the IMF sees 1.5 this year.",
        [
            ("1.2", "percent", "percent_change"),
            ("2024", "year", "date"),
            ("1.5", "percent", "percent_change"),
        ],
    ),
    (
        "The heatwave pushed the mercury to 46.8C in Jacobabad, and forecasters expect 48 by Sunday.",
        [("46.8", "other", "other"), ("48", "other", "other")],
    ),
    # ... or in the next sentence, "It" standing for what the figure measured
    (
        "The air quality index hit 436 in Lahore on Monday. It is expected to exceed 300 again on Friday.",
        [("436", "other", "other"), ("300", "other", "other")],
    ),
    (
        "The rupee hit 88.9 to the dollar on Monday; it could weaken past 90 by March.",
        [("88.9", "INR", "money"), ("90", "INR", "money")],
    ),
    # look-alikes: a count with a verb of its own, a clock time after "at", a number word, a gapped
    # clause of another subject, a level after a percent change, a measure of a noun it is joined to
    (
        "Temperatures reached 31C on Sunday, and 12 at the beach were treated for heatstroke.",
        [("31", "other", "other"), ("12", "count", "count")],
    ),
    (
        "Winds hit 90mph on the coast, and at 3 on Tuesday the ferry was cancelled.",
        [("90", "other", "other")],
    ),
    (
        "The town had 11 days with a low of 20F or below, against an average of three.",
        [("11", "days", "count"), ("20", "other", "other"), ("3", "days", "count")],
    ),
    (
        "Its market share rose to 12% and its fleet to 40 by 2024.",
        [("12", "percent", "percentage_share"), ("40", "count", "count"), ("2024", "year", "date")],
    ),
    (
        "Thefts fell 4 per cent on Monday, to 9,800 by Friday.",
        [("4", "percent", "percent_change"), ("9800", "count", "count")],
    ),
    (
        "Temperatures hit 31C on Saturday, and organisers expect 20 at the vigil.",
        [("31", "other", "other"), ("20", "count", "count")],
    ),
    (
        "The river rose to 3.2m on Monday, and 150 were evacuated in the town.",
        [("3.2", "other", "other"), ("150", "people", "count")],
    ),
    (
        "Rainfall reached 120mm on Monday. It forced 40 from their homes.",
        [("120", "other", "other"), ("40", "people", "count")],
    ),
    (
        "A 12-metre wave hit the pier, and the crossing reached a high of 40 by June.",
        [("12", "other", "other"), ("40", "count", "count")],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), LATER_LEVEL_EXAMPLES, ids=case_ids("later-level", LATER_LEVEL_EXAMPLES)
)
def test_a_later_level_keeps_the_unit_of_the_figure_before(text: str, expected: Expected):
    assert figures_of(text, expected) == expected


# look-alikes: joined numbers that are no range
NEGATIVE_EXAMPLES: list[str] = [
    "Finland stands at the top of the table.",
    # "not" and a number word with no figure before it to take a unit from
    "He said it was not two, but it was.",
    "Pakistan won 3-1 against India.",
    "The Senate voted 68-29 to approve it.",
]


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        (
            "The firm sold 300 cars and 120 vans, compared with 250 and 90 a year earlier.",
            ["cars", "vans", "cars", "vans"],
        ),
        (
            "The airport expects 2.1 million passengers and 40,000 flights in 2027, against 1.9 million and"
            " 36,000 this year.",
            ["passengers", "flights", "passengers", "flights"],
        ),
    ],
)
def test_a_compared_pair_measures_what_the_pair_before_it_does_in_order(text: str, subjects: list[str]):
    frame = extract_figures(article_from_text(text, "case"))
    assert [s for s, k in zip(frame["subject"], frame["kind"], strict=True) if k != "date"] == subjects


@pytest.mark.parametrize(("text", "expected"), ALL_EXAMPLES, ids=case_ids("compose", ALL_EXAMPLES))
def test_composed_phrasings(text: str, expected: Expected):
    assert figures_of(text, expected) == expected


@pytest.mark.parametrize("text", NEGATIVE_EXAMPLES, ids=case_ids("compose-not", NEGATIVE_EXAMPLES))
def test_scores_are_not_ranges(text: str):
    assert figures_of(text) == []


@pytest.mark.parametrize(
    ("text", "change"),
    [
        ("prices rose from 5 to 7", True),
        ("up 4,293 to 25,145", True),
        ("ranging from 5 to 7", False),
        ("between 5 and 7", False),
        ("by 1 to 1.5", False),
        ("by $43.6 billion to $419.2 billion", True),
        ("fell by about $310 billion to $1.7 trillion", True),
        ("by more than 120 to 640", True),
        ("by about 1 to 1.5", False),
        # a noun or verb of lengthening in the clause makes "from A to B" the before and after
        ("the extension of the pier from 120 to 180", True),
        ("the line will be extended from 14 to 22", True),
        ("extended 2 to 3", False),
        # a verb that moves a value, right before "from" (a particle between): a before and an after
        ("the fee went from 40 to 65", True),
        ("the vote was pushed back from 12 to 19", True),
        ("tickets go from 20 to 50", False),
        ("which went public, costing from 5 to 7", False),
    ],
)
def test_change_pairs_told_from_ranges(text: str, change: bool):
    start = next(i for i, c in enumerate(text) if c.isdigit() or c == "$")
    assert is_change_pair(text, start, _is_change_word) is change


def test_coordinated_counts_share_the_noun_after_the_second():
    assert figures_of("I have seen 45 and 50 cases.") == [
        ("45", "people", "count"),
        ("50", "people", "count"),
    ]


def _approx_of(text: str) -> list[tuple[str, bool]]:
    from analysis.article import article_from_text
    from analysis.extract import extract_figures

    frame = extract_figures(article_from_text(text, "case"))
    return [(r.quote, bool(r.approx)) for r in frame.itertuples()]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a conversion in brackets is as approximate as the figure it converts
        (
            "The birds can fly more than 300 kilometres (186 miles).",
            [("300 kilometres", True), ("186 miles", True)],
        ),
        (
            "Savers with over 2 million kronor ($185,000) pay a fee.",
            [("2 million kronor", True), ("$185,000", True)],
        ),
        ("Winds reached 90 mph (145 km/h).", [("90 mph", False), ("145 km/h", False)]),
        # ... not a figure of another kind in brackets
        ("About 40 (12%) were hurt.", [("40", True), ("12%", False)]),
        # a tilde glued before a number means "about"; between two numbers it joins a range
        ("The grains were ~0.4mm wide.", [("0.4mm", True)]),
        ("The rods are 10~20 cm long.", [("10", False), ("20 cm", False)]),
        # "for over" a span is more than it; "over" a span alone is the time it took
        ("She has been jobless for over three years.", [("three years", True)]),
        ("Prices doubled over five years.", [("five years", False)]),
        # a comparative that bounds the figure from one side, as "more than" does
        ("Yields stayed higher than 4% all year.", [("4%", True)]),
        ("Prices were 5% higher than a year ago.", [("5%", False)]),
        # "sub-" glued before a number: under it
        ("Demand for sub-500 sq m offices rose.", [("500 sq m", True)]),
    ],
)
def test_approximation_signs_and_conversions(text: str, expected: list[tuple[str, bool]]):
    assert _approx_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a range read whole by its dimension ("between 4 and 6 percent") is no end of a second range
        "Margins of between 4 and 6 percent to 9% were forecast.",
    ],
)
def test_a_range_read_whole_is_not_joined_again(text: str):
    assert [f[1] for f in figures_of(text)] == ["percent", "percent"]


# class-doubled: a number written in words and then in brackets gives the words and a repeat with
# what follows the brackets, the repeat's subject ending "(repeat)" before its unit label
@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "Candidates need a minimum of five (5) years' experience in audit.",
            [("five", "experience"), ("(5) years", "experience (repeat)")],
        ),
        (
            "The court ordered him to pay the sum of Fifteen Thousand Dollars ($15,000.00) within three (3) months.",
            [
                ("Fifteen Thousand Dollars", "sum"),
                ("$15,000.00", "sum (repeat)"),
                ("three", "length of the period (unit: months)"),
                ("(3) months", "length of the period (repeat) (unit: months)"),
            ],
        ),
        ("A fee of two (2) per cent applies.", [("two", "fee"), ("(2) per cent", "fee (repeat)")]),
    ],
)
def test_a_number_written_twice_gives_its_words_and_a_repeat(text: str, rows: list[tuple[str, str]]):
    frame = extract_figures(article_from_text(text, "case"))
    assert list(zip(frame["quote"], frame["subject"], strict=True)) == rows


# fixwalk40-a: measurements listed or paired before a flow share its time, written once after the last
@pytest.mark.parametrize(
    ("text", "measures"),
    [
        ("Patients took 10 mg, 20 mg or 40 mg a day of the drug.", ["milligram / day"] * 3),
        ("Adults should eat between 25g and 30g a day of fibre.", ["gram / day"]),
        ("The pumps move 40 litres a day and the pipes 90 litres.", ["liter / day", "liter"]),
    ],
)
def test_a_flow_written_once_after_a_list_is_each_members(text: str, measures: list[str]):
    frame = extract_figures(article_from_text(text, "case"))
    assert frame["measure"].tolist() == measures
