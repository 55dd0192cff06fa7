"""Durations (analysis/figures/durations.py): spans of time, glued or spelled out."""

from __future__ import annotations

import pytest

from .corpus import Expected, case_ids, figures_of

ALL_EXAMPLES: list[tuple[str, Expected]] = [
    # late-kinds15: more days after a verb of needing or taking are a span; days of strikes counted
    ('"We need four to five more days," the engineer said.', [("4/5", "days", "duration")]),
    ("Drivers face four more days of strikes.", [("4", "days", "count")]),
    # late-kinds15: days after a verb of losing are days lost, counted; days shut are a span
    ('"I have lost three days of fares," said a driver.', [("3", "days", "count")]),
    ("The mill was shut for 12 days.", [("12", "days", "duration")]),
    # late-kinds15: a bare number in an aside after a span, then "more than", differs from it in
    # its unit; not after a span that dates a count before it
    (
        "The plant restarted after an outage of 40 days, six more than planned.",
        [("40", "days", "duration"), ("6", "days", "duration")],
    ),
    (
        "Police made 9,400 arrests over the 12 months, about 700 more than the year before.",
        [("9400", "count", "count"), ("12", "other", "duration"), ("700", "count", "count")],
    ),
    # late-units13: a bare number after the span's verb with a month or a weekday closing its clause;
    # a span said to be one length when it should be another; a calendar's days in a window back
    (
        "The crossing should take three days but took eight in March, the operator said.",
        [("3", "days", "duration"), ("8", "days", "duration")],
    ),
    (
        "Average clearance at the port is 11 days when it should be four, the report says.",
        [("11", "days", "duration"), ("4", "days", "duration")],
    ),
    (
        "Turnover was below its average over the past 30 trading days.",
        [("30", "days", "duration")],
    ),
    # class-left11: a span of hours with its unit after it (opening hours' bare times give none)
    ("The crews worked for 10 to 12 hours a day.", [("10/12", "other", "duration")]),
    # late-refs: a year after a span and "in" is a year, not a second span ("N weeks in YYYY and M weeks")
    (
        "The river flooded for 9 weeks in 2024 and 12 weeks in 2025.",
        [
            ("9", "other", "duration"),
            ("2024", "year", "date"),
            ("12", "other", "duration"),
            ("2025", "year", "date"),
        ],
    ),
    (
        "Delays averaged 3 months in 2023 and 5 months in 2024.",
        [
            ("3", "other", "duration"),
            ("2023", "year", "date"),
            ("5", "other", "duration"),
            ("2024", "year", "date"),
        ],
    ),
    # late-people9: a part of a span stated with "for" or "spent" is a span in its unit
    ("He chaired the club for 25 of those years.", [("25", "year", "duration")]),
    ("He spent 12 of those months in custody.", [("12", "other", "duration")]),
    # class-names7: rugby's tries as a word make a bare "after N" a match's minute; "countries" does not
    (
        "He scored two tries in 80 minutes and went off after 60.",
        [("2", "count", "count"), ("80", "other", "duration"), ("60", "other", "duration")],
    ),
    (
        "Banks in 14 countries shut for 30 minutes. Trading resumed after 11.",
        [("14", "count", "count"), ("30", "other", "duration")],
    ),
    # late-names2: the minutes beside a clock time after "until after" keep their row; the time has none
    (
        "The gates opened after 20 minutes of delay, and the stand stayed full from 15:00 until after 22:00"
        " as fans replayed a goal on the screens.",
        [("20", "other", "duration")],
    ),
    # class-carried7: hours written "h" after a distance and "in"
    (
        "The patrol walked 5 km in 3 h through the forest.",
        [("5", "other", "other"), ("3", "other", "duration")],
    ),
    (
        "The winner covered 42 km in 2 h 10 min.",
        [("42", "other", "other"), ("2", "other", "duration"), ("10", "other", "duration")],
    ),
    # class-discover-c: "zero-hours contracts" is a kind of contract; "zero hours of" is a span
    (
        "Real wages fell 2.1% in the year to June 2025, while 1.2 million workers were on zero-hours contracts.",
        [("2.1", "percent", "percent_change"), ("2025-06", "date", "date"), ("1200000", "people", "count")],
    ),
    ("The plant has logged zero hours of downtime since March.", [("0", "other", "duration")]),
    # class-spoken: "another hundred": the article of "a hundred" inside "another"
    ("The old bridge could stand another hundred years, engineers said.", [("100", "year", "duration")]),
    # class-doubled: a number written in words and then in digits in brackets, as notices, contracts
    # and court copy write it: two mentions, both measured by the unit after the brackets
    (
        "Applicants must have a minimum of eight (8) years' experience in public procurement, the Kenya"
        " Revenue Authority said in the advertisement.",
        [("8", "year", "duration"), ("8", "year", "duration")],
    ),
    (
        "The contractor shall complete the works within eighteen (18) months of the date of signing, the"
        " ministry's tender notice says.",
        [("18", "other", "duration"), ("18", "other", "duration")],
    ),
    (
        "Objections to the rezoning must be lodged within twenty-one (21) days of this notice.",
        [("21", "days", "duration"), ("21", "days", "duration")],
    ),
    (
        "The court sentenced him to fourteen (14) years' imprisonment.",
        [("14", "year", "duration"), ("14", "year", "duration")],
    ),
    (
        "The permit is valid for twelve (12) hours from the time of issue.",
        [("12", "other", "duration"), ("12", "other", "duration")],
    ),
    # days of a quantity accrued, owed or spent are counted days; "for 30 days" is a span
    ("Staff get 25 days' paid holiday a year.", [("25", "days", "count")]),
    ("She took 12 days of leave in May.", [("12", "days", "count")]),
    ("The strike lasted for 30 days before a deal was reached in Lagos.", [("30", "days", "duration")]),
    # late-ages: "on only N days" counts days as "on N days" does, and a bare number compared with
    # counted days takes their unit; a court that sat for days within a named period counts them
    (
        "The trawlers went to sea on only 48 days last winter, down from 65.",
        [("48", "days", "count"), ("65", "days", "count")],
    ),
    ("Rain fell on just 6 days in February.", [("6", "days", "count")]),
    (
        "The station recorded frost on 23 days in January, against an average of 15.",
        [("23", "days", "count"), ("15", "days", "count")],
    ),
    ("The tribunal sat for three days last week.", [("3", "days", "count")]),
    ("The hearing lasted for 12 days.", [("12", "days", "duration")]),
    # a headline-style line reads its time words as prose does
    ("Ferry Service Cut By 20 Minutes", [("20", "other", "duration")]),
    ("Coach, 54, Signs Two Year Deal", [("54", "other", "count"), ("2", "year", "duration")]),
    # "one" and a unit of time is a span where it is no time left untold
    ("The committee will meet again in one week.", [("1", "other", "duration")]),
    ("He worked one day a week at the depot.", [("1", "days", "duration")]),
    ("One day later, the river burst its banks.", [("1", "days", "duration")]),
    # "X or even Y": one uncertain span, as "X or Y" (a word or digits)
    ("Young orchards need three or even four years to bear fruit.", [("3/4", "year", "duration")]),
    ("Commuters face delays of 20 or even 30 minutes.", [("20/30", "other", "duration")]),
    # days counted by the weather they had, and the average they are set against
    (
        "The city logged 14 days with measurable rain in May, against an average of nine.",
        [("14", "days", "count"), ("9", "days", "count")],
    ),
    # a match's minute after "after" with its unit carried, in a report of tries or goals; a
    # cricket text's "out after 60" is runs
    (
        'Lowe scored a try after six minutes. "My legs went after about 65," he said.',
        [("6", "other", "duration"), ("65", "other", "duration")],
    ),
    (
        "Smith was out after 60, and the innings ended after 40 minutes.",
        [("60", "count", "count"), ("40", "other", "duration")],
    ),
    # a sum of hours heading its sentence: the bare numbers after it are hours
    (
        "Volunteer hours, which the trust logs weekly, fell by 350 to 8,740.",
        [("350", "other", "duration"), ("8740", "other", "duration")],
    ),
    ("Overtime hours rose to 43,700 last year.", [("43700", "other", "duration")]),
    # ... with a possessive before them, and the hours of a schedule where they change or are
    # counted a week or a day
    ("Drivers' rest hours were cut from 11 to 9.", [("11", "other", "duration"), ("9", "other", "duration")]),
    (
        "Opening hours at the pool will rise from 56 to 70 a week.",
        [("56", "other", "duration"), ("70", "other", "duration")],
    ),
    (
        "Visiting hours on the ward will be extended from 4 to 6 a day.",
        [("4", "other", "duration"), ("6", "other", "duration")],
    ),
    (
        "Weekly opening hours of the town's museum went up from 30 to 35.",
        [("30", "other", "duration"), ("35", "other", "duration")],
    ),
    # ... in words as in digits
    ("Volunteer hours rose from three to six.", [("3", "other", "duration"), ("6", "other", "duration")]),
    ("Hours later, three were rescued.", [("3", "people", "count")]),
    # the hours of the day are no sum of hours
    ("In the early hours, 40 were rescued.", [("40", "people", "count")]),
    # a gap in minutes and seconds, the seconds padded with a zero; days fit for a task are counted
    (
        "She won by 4min 07sec from the champion.",
        [("4", "other", "duration"), ("7", "other", "duration")],
    ),
    ("Only 3.2 days were suitable for fieldwork.", [("3.2", "days", "count")]),
    # a change "from A to B <unit>": the earlier span is in the same unit; a range stays one row
    (
        "The new line will cut the trip from 50 to 20 minutes.",
        [("50", "other", "duration"), ("20", "other", "duration")],
    ),
    ("Waits rose from 10 to 12 weeks.", [("10", "other", "duration"), ("12", "other", "duration")]),
    ("It took 10 to 12 weeks.", [("10/12", "other", "duration")]),
    ("Rates fell in 2019 to 12 months.", [("2019", "year", "date"), ("12", "other", "duration")]),
    ("She won gold at 14 years and 310 days.", [("14", "other", "count"), ("310", "other", "count")]),
    # an age to the day in a sentence of a first feat (a title, a debut); minutes and seconds glued; day fines spaced
    (
        "She won her first title at 18 years and 64 days.",
        [("18", "other", "count"), ("64", "other", "count")],
    ),
    ("The drought stood at 2 years and 40 days.", [("2", "year", "duration"), ("40", "days", "duration")]),
    ("His fastest lap, 1m 26.85s, came late.", [("1", "other", "duration"), ("26.85", "other", "duration")]),
    ("The court imposed 80 day fines on him.", [("80", "count", "count")]),
    # weeks and years abbreviated "wk", "wks", "yr"
    ("The treatment lasts 10-wk.", [("10", "other", "duration")]),
    ("The course runs for 12 wks.", [("12", "other", "duration")]),
    ("A 5-yr deal was signed.", [("5", "year", "duration")]),
    ("The call lasted 40min.", [("40", "other", "duration")]),
    ("Bake for 35 – 45min.", [("35/45", "other", "duration")]),
    ("A two- to three-hour wait.", [("2/3", "other", "duration")]),
    ("Two- and three-day passes sold out.", [("2", "days", "duration"), ("3", "days", "duration")]),
    # seconds, spelled out or abbreviated (rules, table 6: hours, minutes, seconds)
    ("He ran the 100m in 9.79 seconds.", [("100", "other", "other"), ("9.79", "other", "duration")]),
    ("It took 40 secs.", [("40", "other", "duration")]),
    # "second" hyphenated to digits in a compound adjective is a span in seconds
    ("Each player gets a 15-second bonus per move.", [("15", "other", "duration")]),
    ("The 30-second advert cost $7 million.", [("30", "other", "duration"), ("7000000", "USD", "money")]),
    ("There was a two-second pause.", [("2", "other", "duration")]),
    # "between A and B" is one range; without "between" the span after "and" is read alone
    ("The judge jailed him for between three and five years.", [("3/5", "year", "duration")]),
    ("Recovery takes between 2 and 4 weeks.", [("2/4", "other", "duration")]),
    ("He served two and three years.", [("3", "year", "duration")]),
    # digits before "and": two spans sharing the unit named after the second
    (
        "He served 5 and 10 years in two jails.",
        [("5", "year", "duration"), ("10", "year", "duration"), ("2", "count", "count")],
    ),
    # a scale word before the unit: spans of geological time
    ("The rocks formed 2.5 billion years ago.", [("2500000000", "year", "duration")]),
    ("The lineage split some 300 thousand years ago.", [("300000", "year", "duration")]),
    (
        "Ash layers were dated to 71.3 million and 70.9 million years ago.",
        [("71300000", "year", "duration"), ("70900000", "year", "duration")],
    ),
    # an age in months, weeks, days or hours ("-old", " old", " of age"): a count of time lived in
    # that unit, like an age in years (rules, table 4), whatever is that old
    ("Vets treated a nine-week-old kitten.", [("9", "other", "count")]),
    ("An 11-month-old boy was rescued.", [("11", "other", "count")]),
    ("The foal is four days old.", [("4", "other", "count")]),
    ("Infants under 8 weeks of age need two doses.", [("8", "other", "count"), ("2", "count", "count")]),
    ("The two-day-old truce held.", [("2", "other", "count")]),
    ("Clinics weigh all 12-month-olds.", [("12", "other", "count")]),
    ("He cares for his now-20 month-old son.", [("20", "other", "count")]),
    # quarters of a year, in the plural (rules, table 6: spans other than years and days are
    # `other`, the unit named)
    ("Margins shrank for the first time in nine quarters.", [("9", "other", "duration")]),
    # "the first (last, past) N quarters of" a year: a span of quarter-years, not a fraction
    (
        "Sales rose in the first three quarters of 2025.",
        [("3", "other", "duration"), ("2025", "year", "date")],
    ),
    ("Output fell in the past two quarters of the year.", [("2", "other", "duration")]),
    (
        "Profit has risen in 14 quarters out of 16.",
        [("14", "other", "duration"), ("16", "other", "duration")],
    ),
    # days on which a reading passed a mark are counted days, not a span
    ("Perth had 21 days above 35C last summer.", [("21", "days", "count"), ("35", "other", "other")]),
    ("The town logged 40 days below freezing.", [("40", "days", "count")]),
    # a whole number and a half of a time unit, also as a mixed number
    ("The hearing lasted 3 1/2 hours.", [("3.5", "other", "duration")]),
    ("She served 2½ years in jail.", [("2.5", "year", "duration")]),
    ("The rebuilding took three and a half years.", [("3.5", "year", "duration")]),
    ("Talks ran for two and a half hours.", [("2.5", "other", "duration")]),
    # one unit and a half, "a" or "an" standing for one
    ("The ferry left an hour and a half late.", [("1.5", "other", "duration")]),
    ("She spent a year and a half in Lagos.", [("1.5", "year", "duration")]),
    # a race result's gap behind the winner after the finishing place, in seconds
    (
        "Moreau was second, +0.36, and Osei fourth, +1.17.",
        [("0.36", "other", "duration"), ("1.17", "other", "duration")],
    ),
    # a span counted with words between the number and its unit: a duration in that unit
    ("The pilot had logged 9,400 flight hours.", [("9400", "other", "duration")]),
    # a bare number for "the most" of a time unit, and the next one carried by "with"
    (
        "The depot logged the most hours of delays, at 4,120, followed by Leeds with 3,845.",
        [("4120", "other", "duration"), ("3845", "other", "duration")],
    ),
    ("Night staff logged the most overtime hours, at 410.", [("410", "other", "duration")]),
    ("Growers endured three dry seasons in a row.", [("3", "other", "duration")]),
    (
        "The striker scored 41 goals over four seasons.",
        [("41", "count", "count"), ("4", "other", "duration")],
    ),
    ("The club waited five long years for a trophy.", [("5", "year", "duration")]),
    # ... but a superlative there ranks the periods, which are counted, not a span
    (
        "Nine of the 10 hottest years on record came after 2014.",
        [("9", "count", "count"), ("10", "count", "count"), ("2014", "year", "date")],
    ),
    ("The three driest months were in the south.", [("3", "count", "count")]),
    # seconds with a glued "s": a decimal time or a signed gap; "sec" glued as sports copy writes it
    (
        "The winner clocked 9.87s and the runner-up was +0.12s behind.",
        [("9.87", "other", "duration"), ("0.12", "other", "duration")],
    ),
    ("He won the title bout in 3min 31.4sec.", [("3", "other", "duration"), ("31.4", "other", "duration")]),
    # a margin after a verb of winning takes the unit of the time before it
    (
        "Kim won in 48.12 seconds, edging Park by 0.07.",
        [("48.12", "other", "duration"), ("0.07", "other", "duration")],
    ),
    # a plan's span in its capitalised title
    ("Beijing will publish its Fifteenth Five-Year Plan in March.", [("5", "year", "duration")]),
    ("The Three-Month Action Plan ends in May.", [("3", "other", "duration")]),
    # "hrs" after a span of hours is hours; after four digits it makes a clock time (no row)
    ("The siege lasted 36 hrs.", [("36", "other", "duration")]),
    # ... and its "mths" and "yrs" of spans
    ("Repairs will take 14 mths.", [("14", "other", "duration")]),
    ("The lease runs for 7 yrs.", [("7", "year", "duration")]),
    # four digits and "hours" of a span, not after a word that dates a clock time
    ("Pilots logged 1630 hours of flying.", [("1630", "other", "duration")]),
    # an age to the day after a superlative of age: years and days of age
    (
        "She became the youngest winner of the title at 19 years and 88 days.",
        [("19", "other", "count"), ("88", "other", "count")],
    ),
    # a time of glued parts: one duration a part
    (
        "The winner finished in 3d 7h 12m.",
        [("3", "days", "duration"), ("7", "other", "duration"), ("12", "other", "duration")],
    ),
    ("The ferry takes 2h 45m.", [("2", "other", "duration"), ("45", "other", "duration")]),
    # audit5: a match's minute carried in a report of an equaliser or a sending-off
    (
        "Rovers equalised after 14 minutes and the keeper was sent off after about 70.",
        [("14", "other", "duration"), ("70", "other", "duration")],
    ),
    # a fact box's label of time and where or till when: a span in that unit
    ("Asking price: $649,900\nDays on market: 9", [("649900", "USD", "money"), ("9", "days", "duration")]),
    ("Weeks in hospital: 3", [("3", "other", "duration")]),
    # class-partitives: the whole of days a part happened "on" is counted days too
    (
        "Smog exceeded the limit on 17 of the 30 days monitored in November.",
        [("17", "days", "count"), ("30", "days", "count")],
    ),
    (
        "Infections rose on nine of the 12 days after the festival.",
        [("9", "days", "count"), ("12", "days", "count")],
    ),
    # ... a part of a span just stated ("N of them", "the last N as"): a span in its unit
    (
        "He spent 31 years in the navy, 12 of them at sea.",
        [("31", "year", "duration"), ("12", "year", "duration")],
    ),
    (
        "She nursed at the clinic for 29 years, the last nine as its director.",
        [("29", "year", "duration"), ("9", "year", "duration")],
    ),
    (
        "Okafor was held for 20 months, seven of them in solitary confinement, his lawyers said.",
        [("20", "other", "duration"), ("7", "other", "duration")],
    ),
    (
        "Ms Lindqvist worked 26 years for the agency, the final six as its chief scientist.",
        [("26", "year", "duration"), ("6", "year", "duration")],
    ),
    # class-people4: the whole a span was part of, "out of N scheduled", in the span's unit
    (
        "The scanners were in use for 6.3 hours a day out of 10 planned, the audit found.",
        [("6.3", "other", "duration"), ("10", "other", "duration")],
    ),
    (
        "Classrooms were used for 22 weeks out of 36 scheduled because of the strike.",
        [("22", "other", "duration"), ("36", "other", "duration")],
    ),
    # ... but a noun after the whole counts its own things
    (
        "The crew worked 9 hours a day out of 12 shifts.",
        [("9", "other", "duration"), ("12", "count", "count")],
    ),
    # class-discover-l: a bare target or limit after a span of time, set off by a comma, is in its unit
    (
        "Ambulances took 41 minutes on average to reach callers, against a target of 18.",
        [("41", "other", "duration"), ("18", "other", "duration")],
    ),
    (
        "Asylum claims took 14 months to decide, far above the EU average of 6.",
        [("14", "other", "duration"), ("6", "other", "duration")],
    ),
    # ... but a span naming the guideline itself leaves the limit to the measurement before
    (
        "Ozone peaked at 190 µg/m³, above the 8-hour limit of 120.",
        [("190", "other", "other"), ("8", "other", "duration"), ("120", "other", "other")],
    ),
    # late-units10: a unit of time after a noun of what is booked counts lettings ("bed nights"),
    # and "night" heading a hyphened compound after a spaced number names the counted thing's kind
    (
        "Campsites logged 12,600 bed nights in January, against 11,900 a year before.",
        [("12600", "count", "count"), ("11900", "count", "count")],
    ),
    # late-units10: days a place was open within a period, and days on a part of a whole without
    # "the", are counted; counted days after a verb of time taken are a span
    ("The lido was open 188 days last year.", [("188", "days", "count")]),
    ("Divers went down on just 22 of 70 days.", [("22", "days", "count"), ("70", "days", "count")]),
    ("Renewals take up to 12 working days.", [("12", "days", "duration")]),
    (
        "The planetarium drew 31,000 night-sky visitors in 2024.",
        [("31000", "people", "count"), ("2024", "year", "date")],
    ),
    # late-units12: a running time hyphened "N-hour-M-minute" is two durations
    (
        "The 3-hour-5-minute opera sold out in a day.",
        [("3", "other", "duration"), ("5", "other", "duration")],
    ),
    # late-units11: a schedule's days a week after "on" are a span; a range of calendar days opening
    # with "one", a wait, days "in" which a thing is done and a span promised after one are spans
    ("After the fire the mill's weavers were put on two days a week.", [("2", "days", "duration")]),
    ("Bank transfers clear in one or two working days.", [("1/2", "days", "duration")]),
    (
        "Tenants waited more than nine working days for repairs promised in three.",
        [("9", "days", "duration"), ("3", "days", "duration")],
    ),
    # late-kinds11: a sidebar line's figure, a dash, then a unit of time is a span in that unit
    (
        "BY THE NUMBERS\n3,150 – hours the lifeboat crews spent at sea\n212 – call-outs",
        [("3150", "other", "duration"), ("212", "count", "count")],
    ),
    # tidy37: working days after a verb of waiting and two hedges are a span too
    ("Applicants may wait up to about 15 working days for an answer.", [("15", "days", "duration")]),
]
NEGATIVE_EXAMPLES: list[str] = [
    # a schedule's hours of the day, neither changed nor counted a week
    "Opening hours will run from 9am to 5pm on weekdays.",
    "Trading hours on Saturdays are 8 to 1.",
    "The shop's opening hours change from 9 to 10 on Sundays.",
    # late-names2: a clock time after "until after" is no minute of a match, even in a text of goals
    "Fans stayed in the square until after 23:00 to see the goal replayed.",
    # class-people4: attempts out of a whole are a ratio, no span's whole
    "The striker converted 5 out of 8 attempts.",
    # class-discover-c: "zero" joined to a unit of time before a noun names a kind of thing
    "Ministers plan to ban zero-hours contracts in the care sector.",
    "Attackers exploited a zero-day flaw in the firewall software.",
    # "one" and a unit of time opening a clause before its subject: a time left untold
    "One day the river simply stopped flowing, villagers recall.",
    "Then one year the harvest failed.",
    "One day, the guide said, the glacier will be gone.",
    "Teams trained for a day and a half-day session.",  # "a half-day": no unit and a half
    "She finished third, +3, on the final day.",  # golf's strokes over par: a whole number, no gap
    # a programme's title, a time unit capitalised in running prose after digits
    "Later, 48 Hours on CBS drew a steady crowd.",
    "It opens at 0600 hrs.",
    "The raid began at 1545 hours.",  # four digits and "hours" after "at": a clock time
    "The curfew runs until 0600 hours on Monday.",
    "They met within weeks.",
    # a tens word joined to "first" or "second" is an ordinal (rules, table 8)
    "It was the twenty-second day of the siege.",
    "Cities of the twenty-first century need trams.",
    # quarters that are fractions, and "and a half" before no time unit
    "Three quarters of the staff voted yes.",
    "Nearly three quarters of the first intake stayed on.",
    "Turnout reached three-quarters in the north.",
    "Prices rose one and a half times.",
    # capitalised number words in other titles stay names
    "The film Seven Years in Tibet was shown again.",
    "Historians still study the Six-Day War.",
    "Troops moved in at 0400 hrs.",
]
# "second" is an ordinal: "2 second-half goals" counts goals, no span of time
LOOK_ALIKES: list[tuple[str, Expected]] = [
    # class-looks2: a whole number and a half as a compound adjective
    (
        "The striker signed a two-and-a-half-year deal worth £12,000 a week.",
        [("2.5", "year", "duration"), ("12000", "GBP", "money")],
    ),
    (
        "Work on the bridge has been delayed by a three-and-a-half-month dispute.",
        [("3.5", "other", "duration")],
    ),
    # "day" or "night" before a plural of persons names their shift: the persons are counted
    ("About 2,000 day labourers gathered at the site.", [("2000", "people", "count")]),
    ("The 40 night workers walked out.", [("40", "people", "count")]),
    ("A 10 day trip ended.", [("10", "days", "duration")]),
    # ... and before a plural of things, their kind: the things are counted (class-densities)
    ("Rangers walked 26 night transects.", [("26", "count", "count")]),
    ("Volunteers made 12 day trips to the islands.", [("12", "count", "count")]),
    ("Nurses work three night shifts in a row.", [("3", "count", "count")]),
    # ... not before a plural of a unit of time
    ("Staff worked seven day weeks.", [("7", "days", "duration")]),
    # ... not days of leave with pay: a span
    ("Staff get 30 days with pay.", [("30", "days", "duration")]),
    ("He scored 2 second-half goals.", [("2", "count", "count")]),
    # a scale word before a counted noun, then a span: a count and a duration
    (
        "The museum drew 1.2 million visitors in two years.",
        [("1200000", "people", "count"), ("2", "year", "duration")],
    ),
    ("Shares of its 3 second-tier units fell.", [("3", "count", "count")]),
    # a number, a space and a "week-long" compound counts the noun after it ("two week-long
    # amnesties"); joined by a hyphen it is the span ("a two-week-long amnesty")
    ("Police held two week-long amnesties.", [("2", "count", "count")]),
    ("Police held a two-week-long amnesty.", [("2", "other", "duration")]),
    # without "old" the span is a duration, also beside an old thing
    ("The nine-week trial of the old drug ended.", [("9", "other", "duration")]),
    ("After 10 months, old rules returned.", [("10", "other", "duration")]),
    # a season named by its year is a year, not 2,025 seasons; counted days keep their own unit
    ("Tickets for the 2025 season sold out.", [("2025", "year", "date")]),
    (
        "Ticket sales for the 2023 and 2024 seasons fell.",
        [("2023", "year", "date"), ("2024", "year", "date")],
    ),
    ("The strike cost 1,200 teaching days.", [("1200", "days", "count")]),
    # days bought, sold, allotted or committed to: a quantity traded, not a span
    ("The group has committed to 1,500 days a year under the scheme.", [("1500", "days", "count")]),
    ("The ministry allocated 200 days of survey time.", [("200", "days", "count")]),
    ("He paid for 30 days in a hotel.", [("30", "days", "duration")]),
    # days something happened "on" are counted days (rules, table 4), not a span; "within" and
    # "for" are spans, and "on 30 days' notice" is a span too
    ("Load-shedding hit the grid on 11 days in June.", [("11", "days", "count")]),
    ("Trading stopped on more than three days last year.", [("3", "days", "count")]),
    ("The strike ran for 11 days in June.", [("11", "days", "duration")]),
    ("Tenants can leave on 30 days' notice.", [("30", "days", "duration")]),
    ("Staff went on three-day courses.", [("3", "days", "duration")]),
    # the regulator, not seconds; decades and ages in the plural are no glued seconds
    ("The 12 SEC filings were late.", [("12", "count", "count")]),
    ("Music from the 1980s was played to fans in their 40s.", []),
    # ... not where the sentence says nothing of age
    ("The strike ended at 2 years and 10 days.", [("2", "year", "duration"), ("10", "days", "duration")]),
]


@pytest.mark.parametrize(("text", "expected"), LOOK_ALIKES, ids=case_ids("look-alikes", LOOK_ALIKES))
def test_duration_look_alikes(text: str, expected: Expected):
    assert figures_of(text, expected) == expected


@pytest.mark.parametrize(("text", "expected"), ALL_EXAMPLES, ids=case_ids("durations", ALL_EXAMPLES))
def test_duration_phrasings(text: str, expected: Expected):
    assert figures_of(text, expected) == expected


@pytest.mark.parametrize("text", NEGATIVE_EXAMPLES, ids=case_ids("durations-not", NEGATIVE_EXAMPLES))
def test_duration_look_alikes_yield_nothing(text: str):
    assert figures_of(text) == []
