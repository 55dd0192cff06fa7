"""Counts (analysis/figures/counts.py): digits and number words that count something."""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from analysis.article import article_from_text
from analysis.extract import extract_figures
from analysis.figures import count_results, counted_units, counts, person_nouns
from analysis.figures import numbers as N

from .corpus import Expected, case_ids, figures_of, scanner_of

COUNT = ("count", "count")
PEOPLE = ("people", "count")
OTHER = ("other", "other")
ALL_EXAMPLES: list[tuple[str, Expected]] = [
    # late-kinds15: a bare number set against a share that bounds a count's things counts them again
    (
        "In all, 9 clinics had fewer than 30% of staff vaccinated, against 14 last year.",
        [("9", *COUNT), ("30", "percent", "percentage_share"), ("14", *COUNT)],
    ),
    (
        "The pass rate fell below 30%, against 34 last year.",
        [("30", "percent", "percentage_share"), ("34", "percent", "percentage_share")],
    ),
    # late-kinds15: a kilometre post and a road's kilometre after "on" are positions (no row); a
    # distance in kilometres is measured
    ("The leak was found at kilometre post 412; crews closed the valves.", []),
    ("Landslides on kilometre 38 pushed costs up.", []),
    ("The road runs for 38 kilometres.", [("38", "other", "other")]),
    # late-kinds15: the later number of numbered stages ("stage 1 or 2") is a label; staff counted
    ("Doctors found 40 of the cases at stage 1 or 2, when surgery can cure.", [("40", *PEOPLE)]),
    # late-kinds15: "with one group of" animals is "a group", the base of a limit; tracked, a count
    ("The rules allow three swimmers with one pod of dolphins.", [("3", *PEOPLE)]),
    ("Rangers tracked one pod of dolphins for a week.", [("1", *COUNT)]),
    # late-kinds15: bites treated, as disease cases, count persons bitten; a bite-size piece is a thing
    ("The clinics treated 2,140 dog bites and 312 snakebites.", [("2140", *PEOPLE), ("312", *PEOPLE)]),
    ("The cheese was cut into 40 bite-size pieces.", [("40", *COUNT)]),
    # late-kinds15: industrial or commercial users of a utility are firms; an app's users persons
    ("The gas firm cut off 52 large industrial users.", [("52", *COUNT)]),
    ("The app has 52 million users.", [("52000000", *PEOPLE)]),
    # late-kinds15: a person's singular after a number above one, parallel to the modifier of a
    # plural noun of things after "and N", counts that noun; "one patient and two nurses" persons
    ("Some 40 passenger and 70 freight trains use the line.", [("40", *COUNT), ("70", *COUNT)]),
    ("The ward had 1 patient and 2 nurses.", [("1", *PEOPLE), ("2", *PEOPLE)]),
    # late-kinds15: a list's bare "(N of M)" counts what the other items' pairs name
    (
        "Pass rates:\n- Hill College: 97.8% (180 of 184 passed)\n- Bay College: 94.1% (128 of 136)\n",
        [
            ("97.8", "percent", "percentage_share"),
            ("180", *PEOPLE),
            ("184", *PEOPLE),
            ("94.1", "percent", "percentage_share"),
            ("128", *PEOPLE),
            ("136", *PEOPLE),
        ],
    ),
    (
        "Occupancy:\n- Hill Hotel: 97.8% (180 of 184 rooms)\n- Bay Hotel: 94.1% (128 of 136)\n",
        [
            ("97.8", "percent", "percentage_share"),
            ("180", *COUNT),
            ("184", *COUNT),
            ("94.1", "percent", "percentage_share"),
            ("128", *COUNT),
            ("136", *COUNT),
        ],
    ),
    # late-kinds15: a heading ending in a colon whose noun names persons ("Cases by ...") counts them
    # on the label lines under it, the bracketed earlier figure too; a heading of things does not
    (
        "Measles rose again.\n\nCases by district, this week (last week):\nKirkby 14 (9)\nAshworth 6 (11)",
        [("14", *PEOPLE), ("9", *PEOPLE), ("6", *PEOPLE), ("11", *PEOPLE)],
    ),
    (
        "Sales rose again.\n\nBranches by district, this year (last year):\nKirkby 14 (9)",
        [("14", *COUNT), ("9", *COUNT)],
    ),
    # late-kinds15: a short number word in a line of capitals is a word, not an acronym ("THE TOP SIX")
    ("Sales rose.\n\nTHE TOP SIX\n1. The Quiet Shore (Ana Ruiz)", [("6", "count", "count")]),
    ("Sales rose.\n\nTHE GDP GAP WIDENS\nOutput fell.", []),
    # late-units13: a box head's "TOP" and a number word before the chart's year counts its places
    (
        "Sales rose.\n\nCITY TOP FIVE, 2025\n1. The Quiet Shore (Ana Ruiz)",
        [("5", "count", "count"), ("2025", "year", "date")],
    ),
    # late-units12: "sources" after a modifier that makes them things are counted, not persons
    ("The array has found 3,400 radio sources so far.", [("3400", "count", "count")]),
    # late-lists10: "the number of" a doer's plural counts persons ("drivers of growth" do not); a
    # seabird whose plural has a doer's end is an animal
    (
        "The number of bakers in the town has since dropped to 12, the guild said.",
        [("12", "people", "count")],
    ),
    (
        "The cliffs hold 41,000 shearwaters and 9,000 puffins.",
        [("41000", "count", "count"), ("9000", "count", "count")],
    ),
    # tidy36: a vehicle before a doer's noun names persons only before those who drive or crew it
    (
        "The port authority licenses 16 ferry and 9 bus operators.",
        [("16", "count", "count"), ("9", "count", "count")],
    ),
    ("Four lorry makers raised prices in March.", [("4", "count", "count")]),
    ("The total of truck operators has shrunk to 31.", [("31", "count", "count")]),
    ("The walkout idled 640 coach drivers and 85 tram conductors.", [("640", *PEOPLE), ("85", *PEOPLE)]),
    # late-lists10: how many persons an aside after their call says are needed; sandbags stay things
    ("Drivers for the day trip (we need about 12) should ring the office.", [("12", "people", "count")]),
    ("Sandbags for the flood wall (we need about 300) are at the depot.", [("300", "count", "count")]),
    # late-lists10: "one" and a great-grandchild or a grandson counts a person; "in one" and a noun
    # with what it holds counts it ("at one point with 30 minutes left" is an idiom); "one" before a
    # size with its conversion in brackets counts the thing sized
    (
        "She is survived by two nephews and one great-granddaughter.",
        [("2", "people", "count"), ("1", "people", "count")],
    ),
    (
        "The pupils are taught in one classroom with 14 desks.",
        [("1", "count", "count"), ("14", "count", "count")],
    ),
    (
        "At one point with 20 minutes left, the visitors led.",
        [("20", "other", "duration")],
    ),
    (
        "Add one 400-gram (14-ounce) tin of tomatoes.",
        [("1", "count", "count"), ("400", "other", "other"), ("14", "other", "other")],
    ),
    # late-lists9: "the number of" a doer working a machine counts persons
    (
        "The number of forklift operators at the port fell to 340 from 415.",
        [("340", "people", "count"), ("415", "people", "count")],
    ),
    # late-lists9: a side a team names, a booking note's cap on places, a multi-buy offer's size
    ("Both sides must name their 15 an hour before kick-off.", [("15", "people", "count")]),
    ("The dawn chorus walk is £4 for members, limit 12.", [("4", "GBP", "money"), ("12", "people", "count")]),
    (
        "Car-park passes are $8 each or four for $28.",
        [("8", "USD", "money"), ("4", "count", "count"), ("28", "USD", "money")],
    ),
    # late-lists9: birds whose plural has a doer's end, and animals' plurals with no "s", are
    # things counted; a doer's plural working in a number of teams counts persons
    (
        "Observers on the point logged 56,000 eiders and 900 common scoters.",
        [("56000", "count", "count"), ("900", "count", "count")],
    ),
    ("Rangers counted 3,100 greylag geese on the loch.", [("3100", "count", "count")]),
    (
        "This spring 72 pickers in nine crews cleared the orchard.",
        [("72", "people", "count"), ("9", "count", "count")],
    ),
    # fixwalk33-c: a gapped list's name after a hyphened adjective ("the far-right Homeland Party 11")
    (
        "The Liberals won 18 seats, the far-right Homeland Party 11, and independents the remaining 5 seats.",
        [("18", "count", "count"), ("11", "count", "count"), ("5", "count", "count")],
    ),
    # class-left13: a team statistic's line whose team names have letters beyond ASCII; a "-strong"
    # orchestra's members; finalists as persons where the text names no teams; a forecast mark
    # after "the" whose relative clause's subject is the forecasters; a side's margin "down N" in
    # sport; the things a coordinated verb was done "on"; persons fronted "Of the dead,"
    (
        "Shots: Beşiktaş 12, Göztepe 7. Corners: Beşiktaş 5, Göztepe 2.",
        [("12", *COUNT), ("7", *COUNT), ("5", *COUNT), ("2", *COUNT)],
    ),
    ("The 95-strong orchestra toured Japan.", [("95", *PEOPLE)]),
    ("Six semi-finalists will share the prize money.", [("6", *PEOPLE)]),
    (
        "The console sold 1.8 million units, short of the 2.2 million analysts had predicted.",
        [("1800000", *COUNT), ("2200000", *COUNT)],
    ),
    ("Down two at half-time, the visitors won the match 3-2.", [("2", *COUNT)]),
    ("Crews examined 52 bridges and found cracks on eleven.", [("52", *COUNT), ("11", *COUNT)]),
    ("Of the wounded, five were in a serious condition.", [("5", *PEOPLE)]),
    # (... and a count's earlier value at the event's last edition)
    (
        "The market had 212 stalls, compared with ninety at last year's fair.",
        [("212", *COUNT), ("90", *COUNT)],
    ),
    # class-left11: livestock and game counted in "head" are things counted, never people; "head"
    # before the noun it modifies leaves that noun counted
    (
        "Drought has killed 4,800 head of cattle in the Turkana region since March.",
        [("4800", "count", "count")],
    ),
    ("Wardens counted 600 head of buffalo at the waterhole on Tuesday.", [("600", "count", "count")]),
    (
        "The ranch carries about 2,500 head on 40,000 hectares of leased land.",
        [("2500", "count", "count"), ("40000", "other", "other")],
    ),
    ("The 12 head teachers met the minister.", [("12", "people", "count")]),
    # class-discover-k: a church's congregations counted as one are persons; donors money was raised
    # from and a lottery's winners are persons; a bare count said to be a plural with a person's end
    (
        "Sunday congregations fell by a third to about 61,000, and the diocese closed 38 parishes.",
        [("61000", "people", "count"), ("38", "count", "count")],
    ),
    (
        "The new organ was paid for with £400,000 raised from 2,100 donors.",
        [("400000", "GBP", "money"), ("2100", "people", "count")],
    ),
    (
        "Some 40 donors pledged $2bn at the conference.",
        [("40", "count", "count"), ("2000000000", "USD", "money")],
    ),
    (
        "The lottery's 46 winners this year shared prizes of more than €310 million.",
        [("46", "people", "count"), ("310000000", "EUR", "money")],
    ),
    ("The trainer saddled 46 winners this season.", [("46", "count", "count")]),
    # class-discover-k: "stylists" have a person's end, as "finalists" have ("playlists" do not)
    (
        "The salon chain has 240 branches and 3,600 stylists.",
        [("240", "count", "count"), ("3600", "people", "count")],
    ),
    (
        "About 24% of residents are over 65, and 22,500 are centenarians.",
        [("24", "percent", "percentage_share"), ("65", "other", "count"), ("22500", "people", "count")],
    ),
    # class-discover-i: a glued "m" after "from" is millions when a count with a glued "m" comes
    # shortly before it; a bare number after a verb of forecasting takes the count it is set against
    (
        "Subscribers reached 3.4m in June, up from 2.9m.",
        [("3400000", "count", "count"), ("2900000", "count", "count")],
    ),
    (
        "The Nairobi–Mombasa SGR carried 2.4m passengers in 2025, up from 2.1m, and 6.8m tonnes of freight.",
        [
            ("2400000", "people", "count"),
            ("2025", "year", "date"),
            ("2100000", "people", "count"),
            ("6800000", "other", "other"),
        ],
    ),
    (
        "Retailers sold 61,000 cars in May; analysts had expected 58,000.",
        [("61000", "count", "count"), ("58000", "count", "count")],
    ),
    # class-discover-i: a hyphened "-led" adjective is no game's result, and "A to B" after it is no
    # scoreline
    (
        "The Labour-led council holds 41 seats, and the opposition could take 30 to 35 next year.",
        [("41", "count", "count"), ("30/35", "count", "count")],
    ),
    # class-discover-i: a rate per head with its base written short ("per 100k"), one rate and no
    # row for its base; a poll's sample before a bare number is the persons polled; donors to a
    # public appeal are persons, a donor conference's are counted
    (
        "The seven-day rolling average of cases is 412, and the rate is 38.6 per 100k.",
        [("7", "days", "duration"), ("412", "people", "count"), ("38.6", "other", "other")],
    ),
    ("There were 12.1 cases per 100k people last week.", [("12.1", "other", "other")]),
    (
        "Fieldwork took place Nov 20-23; sample size 2,045; margin of error +/- 2.2pp.",
        [
            ("--11-20/--11-23", "date", "date"),
            ("2045", "people", "count"),
            ("2.2", "other", "percent_change"),
        ],
    ),
    ("The poll had a sample of 1,500 and was taken online.", [("1500", "people", "count")]),
    (
        "The appeal has raised £1.2m of its £2m target from more than 8,400 donors since it opened in March.",
        [("1200000", "GBP", "money"), ("2000000", "GBP", "money"), ("8400", "people", "count")],
    ),
    (
        "The conference drew pledges of $2bn from 40 donors.",
        [("2000000000", "USD", "money"), ("40", "count", "count")],
    ),
    # late-people9: a parliament's members are persons; a plural modifier before a person noun;
    # "the N now serving" carries the persons before; a court's verb before cases; a quoted
    # modifier before the noun counted; a log entry's time stamp before a sentence's number word;
    # a series placed by an ordinal; "one <person> each"; a then-and-now box under a heading of persons
    ("Officials said the 280-member parliament would sit until June.", [("280", "people", "count")]),
    ("Kenya's 349-member National Assembly passed the bill on Thursday.", [("349", "people", "count")]),
    (
        "The prison service wants 85 more corrections officers, on top of the 900 now on duty.",
        [("85", "people", "count"), ("900", "people", "count")],
    ),
    (
        "The mobile court, sitting at the jail since 3 March in the capital, had disposed of 96 cases.",
        [("--03-03", "date", "date"), ("96", "count", "count")],
    ),
    ('Auditors found 3,100 "ghost" names on the municipal payroll.', [("3100", "count", "count")]),
    ("Inspectors found 450 'duplicate' entries in the register.", [("450", "count", "count")]),
    ("9:15 p.m. – Three women were rescued from the flooded valley.", [("3", "people", "count")]),
    ("The vote is the third step of five in the approval process.", [("5", "count", "count")]),
    ("The contract is the last step of three before the plant opens.", [("3", "count", "count")]),
    ("The delegation arrived with one interpreter each.", [("1", "people", "count")]),
    ("Patients may travel with one escort each.", [("1", "people", "count")]),
    (
        "Fishermen\n1990: 12,000\n2025: 3,400",
        [
            ("1990", "year", "date"),
            ("12000", "people", "count"),
            ("2025", "year", "date"),
            ("3400", "people", "count"),
        ],
    ),
    # class-names7: a combat aircraft's letters glued to its number count aircraft before "fighters"
    # (a rebel group's name does not); a city's name in "-is" is no demonym's plural of persons
    (
        "China flew 24 J20 fighters near the island on Monday, the defence ministry said.",
        [("24", "count", "count")],
    ),
    ("About 200 M23 fighters seized the town.", [("200", "people", "count")]),
    ("About 300 Parisians marched.", [("300", "people", "count")]),
    # class-carried7: a row label's bare thousands' scale with the noun it counts, on a line of its own
    ("Sales volume ('000 units): 312", [("312000", "count", "count")]),
    # late-names: seat tallies after parties' names of two words, listed; a gapped clause after a
    # part of a whole; a gapped clause that repeats the first clause's preposition
    (
        "The Progressive Alliance 23, National Front 14, according to the electoral commission.",
        [("23", "count", "count"), ("14", "count", "count")],
    ),
    (
        "The Greens won 12 of the 40 seats and the Farmers' Union 7, officials said.",
        [("12", "count", "count"), ("40", "count", "count"), ("7", "count", "count")],
    ),
    (
        "Early returns showed the ANC ahead in seven wards and the DA in three.",
        [("7", "count", "count"), ("3", "count", "count")],
    ),
    # a table's row label naming a bare scale ("Customers ('000)") takes its row out of the heading's money
    (
        "Quarterly results (KD million) | Q1 2026 | Q1 2025\nNet profit | 14.2 | 12.9\nCustomers ('000) | 412 | 388",
        [
            ("2026", "year", "date"),
            ("2025", "year", "date"),
            ("14200000", "KWD", "money"),
            ("12900000", "KWD", "money"),
            ("412000", "count", "count"),
            ("388000", "count", "count"),
        ],
    ),
    # counts listed after a colon are no places in a results line: a lower-case noun follows the name
    (
        "Casualties: 1 British tourist, 2 French nationals.",
        [("1", "people", "count"), ("2", "people", "count")],
    ),
    # a glued "m" before a noun in a sentence naming a field event is millions, no mark
    ("Javelin: the maker sold 2.45m units.", [("2450000", "count", "count")]),
    # golf scores listed in order are no places
    (
        "Leading scores: 65 R. Diaz (Chile); 66 P. Moss (Wales), L. Tan (Singapore).",
        [("65", "count", "count"), ("66", "count", "count")],
    ),
    # class-tech2: a product's or a strain's code inside the noun phrase; the noun after it is counted
    (
        "Cambodia has reported 27 human H5N1 infections since the start of 2023.",
        [("27", *PEOPLE), ("2023", "year", "date")],
    ),
    ("xAI's Colossus cluster in Memphis links 100,000 Nvidia H100 chips.", [("100000", *COUNT)]),
    ("Their 12 H5N1 cases were confirmed on Monday.", [("12", *PEOPLE)]),
    # class-sports2: "N-seater" counts seats as "N-seat" does, before a venue the persons it holds
    (
        "Around 4,200 fans watched in the 6,000-seater stadium in Nakuru.",
        [("4200", *PEOPLE), ("6000", *PEOPLE)],
    ),
    ("The team flew to the outback venue in a 12-seater Cessna.", [("12", *COUNT)]),
    (
        "The 18-seater minibus carrying the squad overturned near Kisumu, injuring 11 players.",
        [("18", *COUNT), ("11", *PEOPLE)],
    ),
    # ... a run chase's target with no noun after a verb of chasing, needing or setting
    ("Chasing 275, India were reduced to 41 for four inside 12 overs.", [("275", *COUNT), ("12", *COUNT)]),
    ("Set 312 to win, the hosts slumped to defeat on the final afternoon in Galle.", [("312", *COUNT)]),
    (
        "Needing 48 off 30 balls, Mumbai lost three wickets in an over.",
        [("48", *COUNT), ("30", *COUNT), ("3", *COUNT)],
    ),
    ("Karachi were chasing 168 in 20 overs when the floodlights failed.", [("168", *COUNT), ("20", *COUNT)]),
    # ... "N in M" as a player's or a team's record: two counts, not a ratio
    ("Osimhen has 9 in 14 matches since returning from injury.", [("9", *COUNT), ("14", *COUNT)]),
    (
        "The Brazilian wears the No. 9 shirt and has 6 in 8 for the national side.",
        [("6", *COUNT), ("8", *COUNT)],
    ),
    ("Three defeats in four left the coach under pressure.", [("3", *COUNT), ("4", *COUNT)]),
    ("After Saturday's loss they have three defeats in four.", [("3", *COUNT), ("4", *COUNT)]),
    ("The veteran striker has 6 in eight for her country.", [("6", *COUNT), ("8", *COUNT)]),
    # class-discover-b: a bare count after an opening "Among <plural noun> ...," counts that noun
    ("Among patients with chronic kidney disease, 312 received the new drug.", [("312", *PEOPLE)]),
    ("Among nurses in the northern region, 1,450 left the service last year.", [("1450", *PEOPLE)]),
    ("Among the districts surveyed, 14 reported shortages of insulin.", [("14", "count", "count")]),
    # class-people3: "N-member" before a group of persons counts persons, before a body with seats
    # its seats; "N-seat" before a venue counts the persons it holds, before a chamber its seats
    ("Kenya sent a 52-member delegation to the Commonwealth Games.", [("52", *PEOPLE)]),
    ("The 31-member Ghanaian contingent landed in Perth on Monday.", [("31", *PEOPLE)]),
    ("The bank's nine-member board approved the merger on Friday.", [("9", *COUNT)]),
    ("A seven-member panel of experts will review the bids.", [("7", *COUNT)]),
    ("The 32,000-seat stadium in Kumasi will host the final.", [("32000", *PEOPLE)]),
    ("The council approved a 450-seat theatre on the waterfront.", [("450", *PEOPLE)]),
    # (before a venue's name, its seats are counted, as p68's "48,000-seat Estadio Municipal" and p704;
    # late-formats2)
    ("The 2,400-seat Grand Festival Hall opens in March.", [("2400", *COUNT)]),
    ("The 180-seat chamber will hold its first sitting in May.", [("180", *COUNT)]),
    ("The airline ordered a 180-seat jet for the route.", [("180", *COUNT)]),
    ("The province will build a 120-bed hospital in Mardan.", [("120", *COUNT)]),
    # ... a group of persons "of N" with a modifier or an owner before it; its verb after the number
    ("A wedding party of 60 was stranded at the airport.", [("60", *PEOPLE)]),
    ("The parish's choir of 45 will sing at the service.", [("45", *PEOPLE)]),
    ("Fiji's squad of 30 flew out on Sunday.", [("30", *PEOPLE)]),
    ("A class of 28 shares one classroom.", [("28", *PEOPLE), ("1", *COUNT)]),
    ("A fishing party of 12 hires the boat for the day.", [("12", *PEOPLE)]),
    ("The census took a team of nine surveyors six weeks.", [("9", *PEOPLE), ("6", "other", "duration")]),
    ("He chairs a lobby group of 300 software makers.", [("300", *COUNT)]),
    ("A convoy of 40 trucks carrying aid crossed at Rafah.", [("40", *COUNT)]),
    # ... a box score's attendance line; a venue that "can seat" or "can hold" a bare number
    ("Att: 9,812. Time: 2:51.", [("9812", *PEOPLE)]),
    ("HR—Ortiz (4). T—2:47. A—6,120.", [("4", *COUNT), ("6120", *PEOPLE)]),
    ("After the restoration the cathedral can seat 900.", [("900", *PEOPLE)]),
    ("The ground could hold 25,000 when it reopens.", [("25000", *PEOPLE)]),
    ("The tank can hold 40,000 litres.", [("40000", *OTHER)]),
    # ... a role noun or a doer joined to persons in a list; passes in exam copy; sellers, tellers,
    # stevedores and thatchers
    ("Fiji's team of 48 athletes and 12 coaches flew out on Sunday.", [("48", *PEOPLE), ("12", *PEOPLE)]),
    ("The federation sent 14 coaches and physiotherapists to the camp.", [("14", *PEOPLE)]),
    ("The operator withdrew 26 coaches from its intercity fleet.", [("26", *COUNT)]),
    ("The depot handles 3,000 passengers and 40 coaches a day.", [("3000", *PEOPLE), ("40", *COUNT)]),
    ("The club sent 2,000 fans and 40 coaches to Wembley.", [("2000", *PEOPLE), ("40", *COUNT)]),
    ("The 9,000-seat open-air theatre was sold out.", [("9000", *PEOPLE)]),
    ("In this year's examinations the school had 56 passes, up from 41.", [("56", *PEOPLE), ("41", *PEOPLE)]),
    ("The striker completed 31 passes in the first half.", [("31", *COUNT)]),
    ("Police fined 96 sellers for trading on the pavement.", [("96", *PEOPLE)]),
    ("The bank has cut 40 tellers from its branches in rural Ohio.", [("40", *PEOPLE)]),
    ("About 300 stevedores stopped work at the port.", [("300", *PEOPLE)]),
    ("Only six thatchers remain in the county.", [("6", *PEOPLE)]),
    ("The market has room for 40 sellers' stalls.", [("40", *COUNT)]),
    ("A congregation of about 600 filled St Mary's Cathedral.", [("600", *PEOPLE)]),
    # class-doubled: a number written in words and then in digits in brackets counts what follows
    # the brackets, twice; a count alone in brackets after its noun is no repeat
    (
        "The school board approved leave for four (4) teachers to attend the training in Suva.",
        [("4", *PEOPLE), ("4", *PEOPLE)],
    ),
    ("The water board drilled nine (9) boreholes in the district last year.", [("9", *COUNT), ("9", *COUNT)]),
    (
        "The tribunal ordered the company to reinstate the eleven (11) dismissed workers within thirty"
        " (30) days.",
        [("11", *PEOPLE), ("11", *PEOPLE), ("30", "days", "duration"), ("30", "days", "duration")],
    ),
    (
        "The minutes record that the motion was carried by seven (7) votes to two (2).",
        [("7", *COUNT), ("7", *COUNT), ("2", *COUNT), ("2", *COUNT)],
    ),
    (
        "Of the applicants (212), only 40 were invited to interview, the board said.",
        [("212", *PEOPLE), ("40", *PEOPLE)],
    ),
    # class-people2: a doer's plural of five letters is read as one ("employs 35 dyers"); filers and
    # bellringers are persons; persons named by their age in a plural compound are counted
    (
        "The cooperative employs 35 dyers and 12 weavers at its mill outside Jaipur.",
        [("35", *PEOPLE), ("12", *PEOPLE)],
    ),
    ("The tax office said 1,200 filers had missed the January deadline.", [("1200", *PEOPLE)]),
    ("The cathedral's 60 bellringers will ring a full peal on Sunday.", [("60", *PEOPLE)]),
    # a species named with a capital or by two words is counted, even after a noun of persons;
    # wildlife counts write "zebra", "gazelle", "oryx" in the plural as the singular
    (
        "The reserve now holds 41 Arabian oryx and 26 sand gazelle, the ministry said.",
        [("41", *COUNT), ("26", *COUNT)],
    ),
    ("New arrivals include 12 Grevy's zebra and three Komodo dragons.", [("12", *COUNT), ("3", *COUNT)]),
    ("Rangers counted 2,305 zebra and 640 wildebeest on the plain.", [("2305", *COUNT), ("640", *COUNT)]),
    # persons named by two coordinated nouns; vets are persons
    ("A team of 28 vets and keepers tends the herd around the clock.", [("28", *PEOPLE)]),
    ("Around 300 firefighters and volunteers fought the blaze through the night.", [("300", *PEOPLE)]),
    ("The practice employs 12 vets.", [("12", *PEOPLE)]),
    (
        "Police said two 16-year-olds had been charged with criminal damage.",
        [("2", *PEOPLE), ("16", "other", "count")],
    ),
    ("The school has three under-fives on its waiting list.", [("3", *PEOPLE), ("5", "other", "count")]),
    (
        "The walking club has 40 over-sixties among its members.",
        [("40", *PEOPLE), ("60", "other", "count")],
    ),
    ("The plant bought 12 dryers.", [("12", *COUNT)]),
    ("The harbour has three piers.", [("3", *COUNT)]),
    ("The academy fielded two under-21 sides.", [("2", *COUNT)]),
    # ... a bare number before a verb only persons do; a doer's plural a crowd is drawn of
    ("A further 19 tested positive over the weekend, the health ministry said.", [("19", *PEOPLE)]),
    ("Four resigned in protest, the party said.", [("4", *PEOPLE)]),
    ("Only 30 volunteered for the night shift.", [("30", *PEOPLE)]),
    (
        "The festival drew 120,000 revellers over three days.",
        [("120000", *PEOPLE), ("3", "days", "duration")],
    ),
    # ... a bare number a vessel carries, a place is home to, or driven from their homes; agents
    # taken on are persons
    ("The ferry was carrying 212 when it ran aground off Lombok.", [("212", *PEOPLE)]),
    ("The island, home to 3,400, relies on a single ferry.", [("3400", *PEOPLE)]),
    ("The blaze forced 400 from their homes overnight.", [("400", *PEOPLE)]),
    ("The company is recruiting 250 call-centre agents in Belfast.", [("250", *PEOPLE)]),
    ("The ship was carrying 40 containers.", [("40", *COUNT)]),
    ("The region is home to 400 species of birds.", [("400", *COUNT)]),
    ("The firm bought 12 cleaning agents.", [("12", *COUNT)]),
    # class-names3: a headline's verb before the count of what it orders, buys or recalls
    ("Ryanair Orders 150 Boeing Jets Worth $20 Billion", [("150", *COUNT), ("20000000000", "USD", "money")]),
    ("Delta Buys 40 Airbus Planes", [("40", *COUNT)]),
    ("Microsoft Windows 11 Tops 400 Million Devices", [("400000000", *COUNT)]),
    # class-weights: fish written in the singular are things counted, whoever boated them; anglers
    # are people
    ("The skipper and his crew boated four wahoo and two tuna.", [("4", *COUNT), ("2", *COUNT)]),
    ("The charter took eight anglers out past the reef.", [("8", *PEOPLE)]),
    # "the number of" things between a count of people and a bare number: the bare number counts
    # those things, not the people before; "the number of nurses" still counts people
    (
        "Annual ridership climbed from 1.8 million to 2.3 million passengers, and the number of daily"
        " services from 96 to 120.",
        [("1800000", *PEOPLE), ("2300000", *PEOPLE), ("96", *COUNT), ("120", *COUNT)],
    ),
    (
        "The clinic saw 400 patients, and the number of nurses rose from 20 to 30.",
        [("400", *PEOPLE), ("20", *PEOPLE), ("30", *PEOPLE)],
    ),
    # a number word that states a difference with its noun left out ("two more than", "three fewer
    # than"): a count of what is counted before it, or of the clause
    ("Ndlovu scored 19 points, four more than his teammate Banda.", [("19", *COUNT), ("4", *COUNT)]),
    ("The school took in 118 new pupils, two more than the year before.", [("118", *PEOPLE), ("2", *PEOPLE)]),
    ("Only 27 boats took part in the regatta, three fewer than last year.", [("27", *COUNT), ("3", *COUNT)]),
    ("Mulenga scored two more than Banda.", [("2", *COUNT)]),
    # a number word in a compound with "point" in a sentence about polls or rates: percentage points
    (
        "Support for the governing party slipped from 38% to 35%, a three-point drop.",
        [
            ("38", "percent", "percentage_share"),
            ("35", "percent", "percentage_share"),
            ("3", "other", "percent_change"),
        ],
    ),
    # a compound number (a scale word, then smaller parts each with a smaller scale word) is one
    # figure, in digits or in words
    ("More than 1 million 300 thousand tourists visited the capital last year.", [("1300000", *PEOPLE)]),
    ("The district recorded 2 lakh 35 thousand new voters in the revision.", [("235000", *PEOPLE)]),
    ("Officials counted one million two hundred thousand ballots by midnight.", [("1200000", *COUNT)]),
    # ... not across a comma, nor before a year
    (
        "Output rose from 3 million, 41 thousand units came from the new line.",
        [("3000000", *COUNT), ("41000", *COUNT)],
    ),
    (
        "The bank said lending grew 1 million 2026 was not a good year.",
        [("1000000", *COUNT), ("2026", "year", "date")],
    ),
    # three quarters of a scale; half a dozen; "or so" and "-odd" between a number and its noun
    ("Nearly three-quarters of a million people signed the petition within a week.", [("750000", *PEOPLE)]),
    ("The council has repaired half a dozen bridges since the floods.", [("6", *COUNT)]),
    ("Some two dozen boats sank in the storm.", [("24", *COUNT)]),
    ("A half-million fans lined the route.", [("500000", *PEOPLE)]),
    ("A dozen or so protesters stayed outside the court after dark.", [("12", *PEOPLE)]),
    ("A thousand-odd pilgrims gathered at the shrine on Sunday.", [("1000", *PEOPLE)]),
    # "pp" after a whole number above 100 in a book's details line counts its pages
    (
        "Book details: The Salt Road, by Maya Iyer. Harbour Books, 368 pp, ₹575.",
        [("368", *COUNT), ("575", "INR", "money")],
    ),
    ("The Long Winter. Paperback, 256pp, £12.99.", [("256", *COUNT), ("12.99", "GBP", "money")]),
    ("The scheme pays two lakh fifty thousand rupees to each family.", [("250000", "INR", "money")]),
    # "one" before a singular noun counts it
    ("Only one bidder met the deadline for the contract.", [("1", *COUNT)]),
    # "N of them" after a plural noun of things counts those things, not the people counted in the
    # sentence before
    (
        "The bank has 3,910 employees. Demand for car loans is back: we signed 2,630 of them in June.",
        [("3910", *PEOPLE), ("2630", *COUNT)],
    ),
    # a number word opening a coordinated clause before its verb stands for the count before it
    (
        "Fourteen passengers were wounded; two were flown to Nairobi for surgery.",
        [("14", *PEOPLE), ("2", *PEOPLE)],
    ),
    (
        "Nine of the miners were found alive on Monday, and four were taken to the regional hospital.",
        [("9", *PEOPLE), ("4", *PEOPLE)],
    ),
    ("Fourteen vehicles were damaged, and two were towed to the depot.", [("14", *COUNT), ("2", *COUNT)]),
    # a bare number opening its sentence before its verb: the count of the sentence before, or the
    # people it names when it counts nothing
    (
        "The fighting drove about 9,000 people from their homes. Some 2,000 had reached the camp by Friday.",
        [("9000", *PEOPLE), ("2000", *PEOPLE)],
    ),
    (
        "Villagers fled north as the fighting spread. About 1,730 crossed into the neighbouring province on Sunday.",
        [("1730", *PEOPLE)],
    ),
    (
        "The quake damaged 4,000 buildings. About 1,730 collapsed in the first hour.",
        [("4000", *COUNT), ("1730", *COUNT)],
    ),
    # ... also before an irregular past tense
    (
        "Floods forced residents out of their homes. Some 6,530 sought shelter in schools.",
        [("6530", *PEOPLE)],
    ),
    (
        "Shares slid in early trade. Some 40 fell more than 5%.",
        [("40", *COUNT), ("5", "percent", "percent_change")],
    ),
    # ... also after a short fronted adverbial
    ("Refugees kept arriving. By Monday, 3,170 had crossed the border.", [("3170", *PEOPLE)]),
    ("Officials counted 90 polling stations. By noon, 20 had opened late.", [("90", *COUNT), ("20", *COUNT)]),
    (
        "The network hired 60 commentators, 40 dispatchers and 12 police advisers; 300 alumni and 25 research fellows came.",
        [("60", *PEOPLE), ("40", *PEOPLE), ("12", *PEOPLE), ("300", *PEOPLE), ("25", *PEOPLE)],
    ),
    # "one" and a singular whose plural names persons by its end
    ("One peacekeeper was killed and three were wounded.", [("1", *PEOPLE), ("3", *PEOPLE)]),
    # the parts of a plural noun by the names they come from, each number in brackets
    (
        "The contingent includes peacekeepers from Nepal (320) and Ghana (410).",
        [("320", *PEOPLE), ("410", *PEOPLE)],
    ),
    ("The fleet has tankers from Norway (12) and Greece (30).", [("12", *COUNT), ("30", *COUNT)]),
    # a breakdown by country after "led by", "topped by": the parts of the noun the clause names
    (
        "Foreign guests made up 58 percent of arrivals, led by Hungary with 21,370 and Slovenia with 9,730.",
        [("58", "percent", "percentage_share"), ("21370", *PEOPLE), ("9730", *PEOPLE)],
    ),
    (
        "Africans were 12% of arrivals, including Ghana with 800.",
        [("12", "percent", "percentage_share"), ("800", *PEOPLE)],
    ),
    # persons named by the end of their noun (vocab.PEOPLE_ENDINGS): agent ends and compounds whose
    # head is a person, with or without a nationality before them; and role nouns of the table
    ("The mission has 320 Nepali peacekeepers stationed near the border town.", [("320", *PEOPLE)]),
    (
        "The army deployed 1,200 reservists and 300 paratroopers to the province.",
        [("1200", *PEOPLE), ("300", *PEOPLE)],
    ),
    ("The plant employs 1,190 machinists and 210 welders.", [("1190", *PEOPLE), ("210", *PEOPLE)]),
    (
        "Some 420 paediatricians signed the letter, and 600 dockworkers walked out.",
        [("420", *PEOPLE), ("600", *PEOPLE)],
    ),
    (
        "The clinic treated 7,740 outpatients and 960 inpatients; 4,570 schoolteachers and 12 servicemen joined.",
        [("7740", *PEOPLE), ("960", *PEOPLE), ("4570", *PEOPLE), ("12", *PEOPLE)],
    ),
    (
        "The wealth unit has 41,730 private clients, 3,170 of them abroad.",
        [("41730", *PEOPLE), ("3170", *PEOPLE)],
    ),
    (
        "Some 2,630 observers from regional bodies monitored the count, and 60 stretcher-bearers helped.",
        [("2630", *PEOPLE), ("60", *PEOPLE)],
    ),
    # "N more" with no noun: the things of the count before it in its sentence, not the clause's
    # subject ("its monitors")
    (
        "The party reported problems at 143 polling stations and said its monitors were barred from 20 more.",
        [("143", *COUNT), ("20", *COUNT)],
    ),
    # a bare number "in front of" which a side plays is its crowd
    ("The Bulldogs won 26-18 in front of 31,250 at the stadium.", [("31250", *PEOPLE)]),
    # a player's line after "went": made of tried, two counts (a cricket score is "were N for M")
    ("Okafor went 2 for 4 with a triple.", [("2", *COUNT), ("4", *COUNT)]),
    # a pitcher's strikeouts written with no noun
    ("The left-hander struck out eight in six innings.", [("8", *COUNT), ("6", *COUNT)]),
    # two values of a tally after its plural and "of": two counts, not a range
    ("She made breaks of 104 and 76 in the final.", [("104", *COUNT), ("76", *COUNT)]),
    ("He carded rounds of 67 and 70 to lead.", [("67", *COUNT), ("70", *COUNT)]),
    # a cricket score's wickets before "in": no ratio, the overs are counted
    ("The hosts were 212 for 6 in 40 overs.", [("40", *COUNT)]),
    # cricket's rates in a text on wickets: a strike rate in runs per 100 balls, an economy rate
    # and a run rate in runs per over (signed when above zero), also "runs an over"
    (
        "Singh took two wickets and scored at a strike rate of 151.6.",
        [("2", *COUNT), ("151.6", "other", "other")],
    ),
    (
        "The side lost six wickets but has a net run rate of +0.29, and its spinner an economy of 6.5.",
        [("6", *COUNT), ("0.29", "other", "other"), ("6.5", "other", "other")],
    ),
    ("He took three wickets, conceding 7.35 runs an over.", [("3", *COUNT), ("7.35", "other", "other")]),
    ("The hosts scored at 6.4 an over in the powerplay.", [("6.4", "other", "other")]),
    # a number word after "a" with a preposition or a stop after it names a thing (a cricket shot)
    ("Patel hit a six over long-on and a four.", []),
    ("They bought a three bedroom flat.", [("3", *COUNT)]),
    # a venue's capacity in a compound counts people; "best-of-" a word counts the games; "one-"
    # counts points and wickets of a margin or a penalty
    ("The 13,250-capacity arena was full.", [("13250", *PEOPLE)]),
    ("They took the best-of-seven series.", [("7", *COUNT)]),
    ("She took a one-point penalty after a one-wicket loss.", [("1", *COUNT), ("1", *COUNT)]),
    # a number word ending its clause after "the top" counts the places of a ranking
    ("The club hopes to finish in the top eight.", [("8", *COUNT)]),
    ("They sit two points outside the top six, and the coach is calm.", [("2", *COUNT), ("6", *COUNT)]),
    # in a text with a goals-and-behinds score, other decimals with a unit or a noun are figures
    (
        "Hawthorn 10.13 (73) d Richmond 7.5 (47). Inflation was 2.4 per cent and he averaged 2.5 goals a game.",
        [("2.4", "percent", "percent_change"), ("2.5", "other", "other")],
    ),
    # a level verb in the present after a noun of people, as timelines write it; a place "of" a
    # bare number (its population); a single driver; a part of a whole in digits named with a place
    (
        "1988: Enrolment at the college peaks at 3,140 and employment peaks at 436.",
        [("1988", "year", "date"), ("3140", "people", "count"), ("436", "people", "count")],
    ),
    ("The village of 2,360 lost its only bank.", [("2360", "people", "count")]),
    ("One driver was freed by crews.", [("1", "people", "count")]),
    (
        "Of the 23 miners in hospital, five are critical.",
        [("23", "people", "count"), ("5", "people", "count")],
    ),
    # roles given to people of a community after "community" are persons; alone, or a place after
    # "community", they count things
    (
        "About 3,000 community relays and 450 community health agents joined, but 12 fuel distributors did not.",
        [("3000", "people", "count"), ("450", "people", "count"), ("12", "count", "count")],
    ),
    ("The town has nine community centres.", [("9", "count", "count")]),
    # producers a farming word names are farmers; alone, or oil producers, they count firms or states
    (
        "The union claims some 48,000 member producers, and 9,000 smallholder producers sell to the mill.",
        [("48000", "people", "count"), ("9000", "people", "count")],
    ),
    ("The two largest oil producers cut output.", [("2", "count", "count")]),
    ("Some 40 producers exhibited at the fair.", [("40", "count", "count")]),
    # a party counted in digits, and before a price verb read as a plural noun
    ("The chalet sleeps 10 and costs €2,000 a week.", [("10", "people", "count"), ("2000", "EUR", "money")]),
    ("A table for four costs about £170.", [("4", "people", "count"), ("170", "GBP", "money")]),
    ("The bank serves 12 countries.", [("12", "count", "count")]),
    ("The score was 0 800 metres from goal.", [("0", "count", "count"), ("800", "other", "other")]),
    ("The Mets went 4 for 11 with runners on base.", [("4", "count", "count"), ("11", "count", "count")]),
    # an average per round is a rate; a meal for N opening its sentence counts diners; a count before
    # a model number and its variant
    ("The rifler averaged 0.93 kills per round across the event.", [("0.93", "other", "other")]),
    ("Dinner for two at the bistro came to €85.", [("2", "people", "count"), ("85", "EUR", "money")]),
    ("The airline ordered 12 767-300 freighters.", [("12", "count", "count")]),
    ("Ryanair took 25 737-8100 jets in 2024.", [("25", "count", "count"), ("2024", "year", "date")]),
    ("About 11 000-13 000 people came.", [("11000/13000", "people", "count")]),
    # a bare number after a comparison and a possessive name takes the compared count's unit;
    # "visitor numbers" count people
    (
        "The 40 delegates backed 61 seats, against Labour's 52.",
        [("40", "people", "count"), ("61", "count", "count"), ("52", "count", "count")],
    ),
    ("Organisers put visitor numbers at around 37,400.", [("37400", "people", "count")]),
    (
        "The park opened 3 visitor centres.",
        [("3", "count", "count")],
    ),
    # a bare number after a sum of hours is hours, not the people of an aside
    ("Hours later, 300 residents were moved.", [("300", "people", "count")]),
    # a "by the numbers" list: the figure that opens a line before a colon counts what follows it
    (
        "The new library in numbers:\n- 12: reading rooms\n- 240: volunteers on the rota\n- 1,520: members in the first month",
        [("12", "count", "count"), ("240", "people", "count"), ("1520", "people", "count")],
    ),
    # a dash that opens a line is a list's bullet, never a range's dash after the line before
    (
        "It opened in 2019\n- 40 staff work there",
        [("2019", "year", "date"), ("40", "people", "count")],
    ),
    # a number word with no noun after a verb of feeding or sleeping people, or after "for" following
    # a meal, a table, a room or a bill: the diners or guests
    (
        "The lodge sleeps six, at €900 a week, and the roast would feed eight.",
        [("6", "people", "count"), ("900", "EUR", "money"), ("8", "people", "count")],
    ),
    # ... and a recipe box's or a holiday let's label "Serves:", "Sleeps:" (class-labels3)
    # (a recipe's servings are counted portions, not diners: rules p233, p714; late-formats2)
    ("Serves: 6\nPrep: 15 mins", [("6", "count", "count"), ("15", "other", "duration")]),
    ("Sleeps: up to 10", [("10", "people", "count")]),
    # a label of things or persons counted leaves a glued "m" on its line a million, an integer and a
    # change's "from" too; a "Subscribers:" line is no page furniture (class-labels3)
    (
        "Subscribers: 6.2m, up from 5.1m",
        [("6200000", "count", "count"), ("5100000", "count", "count")],
    ),
    ("Households: 3m", [("3000000", "count", "count")]),
    ("Monthly visitors: 2m", [("2000000", "people", "count")]),
    (
        "The tasting menu for two, with wine, is £140.",
        [("2", "people", "count"), ("140", "GBP", "money")],
    ),
    # ... not a span ("for two hours"), nor a cricket score ("41 for three")
    (
        "They were 41 for three at tea, and the rain fell for two hours.",
        [("2", "other", "duration")],
    ),
    # class-discover-h: a price for the party ("about £60 for two"), a price after it whatever the dish
    # ("the steak for two is £78"), a bill's total after it ("came to"); a cricket score stays none
    (
        "Price: about £60 for two, without drinks. Rating: 4/5.",
        [("60", "GBP", "money"), ("2", "people", "count")],
    ),
    (
        "Starters are £9 to £14, mains from £22, and the 1kg tomahawk steak for two is £78.",
        [
            ("9/14", "GBP", "money"),
            ("22", "GBP", "money"),
            ("1", "other", "other"),
            ("2", "people", "count"),
            ("78", "GBP", "money"),
        ],
    ),
    ("Supper for six came to €310 with wine.", [("6", "people", "count"), ("310", "EUR", "money")]),
    ("A suite for two costs €410 a night.", [("2", "people", "count"), ("410", "EUR", "money")]),
    # a number word ending its clause after a verb of winning or losing and "the next", "the first",
    # "the last" or "the final" counts the games, sets or rounds of a series
    (
        "They dropped the opening set before winning the next three, and he took the next two weeks off.",
        [("3", "count", "count"), ("2", "other", "duration")],
    ),
    # a number word after a group of animals and "of" counts the animals
    (
        "A litter of five is rare for the breed.",
        [("5", "count", "count")],
    ),
    # a number word ending its clause after "average of" counts what its sentence counted
    (
        "The station logged nine storms in May, against an average of five.",
        [("9", "count", "count"), ("5", "count", "count")],
    ),
    # walkers and ramblers are people
    (
        "We passed nine other walkers, and 30 ramblers joined the protest.",
        [("9", "people", "count"), ("30", "people", "count")],
    ),
    # what a team made of what it tried, "N for M" in North American sports copy: two counts; a
    # pair at the end of its sentence takes the cue of the sentence before
    ("Toronto went 1 for 4 on the power play.", [("1", "count", "count"), ("4", "count", "count")]),
    ("Alvarez was 2 for 3 at the plate.", [("2", "count", "count"), ("3", "count", "count")]),
    (
        "Ottawa was 0 for 3 on the power play. Boston was 2 for 6.",
        [("0", "count", "count"), ("3", "count", "count"), ("2", "count", "count"), ("6", "count", "count")],
    ),
    # consecutive games "in a row" are counted
    ("The Bruins have won four in a row.", [("4", "count", "count")]),
    # labour force counts of employment and unemployment are persons
    (
        "Construction employment rose by 5,700 to 402,300.",
        [("5700", "people", "count"), ("402300", "people", "count")],
    ),
    # a group of people before its verb ("a family of four spends"); "X/Y-bedroom" as one range; a count before a model number and its variant
    (
        "A family of five spends about $700 a month on food.",
        [("5", "people", "count"), ("700", "USD", "money")],
    ),
    ("A household of three needs a bigger flat.", [("3", "people", "count")]),
    ("The scheme offers 2/3-bedroom flats.", [("2/3", "count", "count")]),
    ("He got a 1/2-point lead.", []),
    ("The carrier leased three 737-800 freighters.", [("3", "count", "count")]),
    # an adjective ending in "s" ("overseas", "-ous") is no plural head: the noun after it is counted
    ("Some 3,850 overseas students enrolled this year.", [("3850", "people", "count")]),
    ("The council invited 15 religious leaders.", [("15", "people", "count")]),
    ("The charity serves 40 indigenous communities.", [("40", "count", "count")]),
    ("The airline added 12 overseas routes.", [("12", "count", "count")]),
    # a people noun in the singular before a compound with a plural head modifies it
    ("The city will open four more refugee support offices.", [("4", "count", "count")]),
    ("About 12 student loan accounts were closed.", [("12", "count", "count")]),
    ("Some 40 staff work weekends.", [("40", "people", "count")]),
    # contestants are people
    ("Nine contestants reached the final round.", [("9", "people", "count")]),
    # panellists are people
    ("The study drew on 640 volunteer panellists.", [("640", "people", "count")]),
    # an event rate per 100 patient-years and a density per square centimetre: one row, no base row
    ("Strokes ran at 2.3 events per 100 person-years.", [("2.3", "other", "other")]),
    ("The wafer showed 0.1 defects per square centimetre.", [("0.1", "other", "other")]),
    # a bare count whose predicate names people, an adjective before them; a predicate naming no
    # people leaves the count
    ("About 2,600 are single people.", [("2600", "people", "count")]),
    ("Of 900 cases, 300 were in children.", [("900", "people", "count"), ("300", "people", "count")]),
    (
        "There are 90 schools, and 30 are single-sex schools.",
        [("90", "count", "count"), ("30", "count", "count")],
    ),
    # court cases after "remain" or "were" and a participle of a court's work
    ("Some 480 cases remain pending before the tribunal.", [("480", "count", "count")]),
    ("About 300 cases were filed last month.", [("300", "count", "count")]),
    # "one" and a person noun before a modal
    ("One surety must sign the bond.", [("1", "people", "count")]),
    # ... also before a participle ("one member preferring", "one delegate abstaining")
    (
        "Six delegates voted yes, with one delegate abstaining.",
        [("6", "people", "count"), ("1", "people", "count")],
    ),
    ("One witness could not attend.", [("1", "people", "count")]),
    # day-fines counted, no span; "strong" spaced after a hyphened scale; a diaspora's or community's members
    ("He was fined 40 day-fines.", [("40", "count", "count")]),
    ("A 2.1-million strong diaspora sends money home.", [("2100000", "people", "count")]),
    ("The 40,000-strong community protested.", [("40000", "people", "count")]),
    # units named as power right after them, and cases a judge, magistrate or tribunal hears
    ("Bhutan exported 6,200 million units (MU) of power.", [("6200000000", "other", "other")]),
    ("Magistrates heard 1,170 cases in the quarter.", [("1170", "count", "count")]),
    ("Judges cleared a backlog of 12,000 cases.", [("12000", "count", "count")]),
    ("A tribunal has 480 cases pending.", [("480", "count", "count")]),
    # a shot named by its points is no count of points ("three-pointers"): only the number before it
    ("The guard sank six three-pointers.", [("6", "count", "count")]),
    # a game's margin in words after a verb of leading or trailing and "by"
    (
        "Mayo trailed by three at half-time but won by five.",
        [("3", "count", "count"), ("5", "count", "count")],
    ),
    # athletes of the strength and water sports are people
    (
        "The meet drew 140 powerlifters and 60 rowers.",
        [("140", "people", "count"), ("60", "people", "count")],
    ),
    # the last noun of a compound is its head: a people noun before it is a modifier
    ("The plant built 41,000 passenger cars.", [("41000", "count", "count")]),
    ("The agency runs 14 refugee camps.", [("14", "count", "count")]),
    ("Registered passenger cars passed 9 million.", [("9000000", "count", "count")]),
    # ... but a people noun with a people noun or a quantity after it is counted as people
    ("The city hired 250 police officers.", [("250", "people", "count")]),
    ("Passenger numbers rose to 8 million.", [("8000000", "people", "count")]),
    # scale words in sequence multiply; word numbers with hundreds after the thousands
    ("There were 3 hundred million viewers.", [("300000000", "people", "count")]),
    ("They counted twenty-one thousand four hundred and five votes.", [("21405", *COUNT)]),
    # ranges of number words, the scale written once or twice; "X or Y" is one range
    ("Some four to six thousand fans came.", [("4000/6000", "people", "count")]),
    ("Some four thousand to six thousand fans came.", [("4000/6000", "people", "count")]),
    ("They sold two or three cars.", [("2/3", *COUNT)]),
    # a number word counting part of a whole
    ("Three of the soldiers died.", [("3", "people", "count")]),
    ("Two of the firm's trucks crashed.", [("2", *COUNT)]),
    # number words inside compound adjectives, and lists sharing one noun
    ("She is a nine-time champion.", [("9", *COUNT)]),
    ("A twenty-five-member panel met.", [("25", *COUNT)]),
    ("It offers three-, four- and five-door models.", [("3", *COUNT), ("4", *COUNT), ("5", *COUNT)]),
    # scale letters glued to a count
    ("The firm sold 2.7M phones.", [("2700000", *COUNT)]),
    ("About 30k fans came.", [("30000", "people", "count")]),
    # a dateline before a sentence's first word
    ("MADRID: Two trains collided.", [("2", *COUNT)]),
    # Latin plurals are counted nouns too
    ("The panel set three criteria for the award.", [("3", *COUNT)]),
    # ... a place in title case with its date and agency, as national agencies write datelines
    (
        "Ohrid, 3 March 2027 (MIA) - Four firms have entered the tender.",
        [("2027-03-03", "date", "date"), ("4", *COUNT)],
    ),
    ("CHISINAU, Nov. 24 /MOLDPRES/ - Four firms bid.", [("--11-24", "date", "date"), ("4", *COUNT)]),
    # a quantifier after a year starts a new noun phrase: the year is not a count of people
    ("In 2021 most people stayed home.", [("2021", "year", "date")]),
    # a people verb before an approximation word: deaths
    ("The flood killed more than 1,300.", [("1300", "people", "count")]),
    # "one more" counts a singular noun
    ("The board expects one more cut this year.", [("1", *COUNT)]),
    # "one" and its singular noun: a count of that noun, not the people of the clause around it
    ("Children who have missed at least one dose will be called.", [("1", *COUNT)]),
    # people nouns (one table: vocab.PEOPLE_NOUNS)
    ("The team of 48 researchers met.", [("48", "people", "count")]),
    ("It hired 120 scientists and engineers.", [("120", "people", "count")]),
    ("India lost five batsmen for ducks.", [("5", "people", "count")]),
    ("The capsule carried four astronauts.", [("4", "people", "count")]),
    ("Cancellations hit some 8,000 travellers.", [("8000", "people", "count")]),
    ("The survey of 2,100 respondents was published.", [("2100", "people", "count")]),
    ("Attendance at the stadium was 73,500.", [("73500", "people", "count")]),
    ("Divers recovered 23 bodies from the lake.", [("23", "people", "count")]),
    ("The reserve employs 640 rangers.", [("640", "people", "count")]),
    ("Some 3,200 mineworkers joined the strike.", [("3200", "people", "count")]),
    (
        "About 9,000 runners and 150 entrants in wheelchairs started.",
        [("9000", "people", "count"), ("150", "people", "count")],
    ),
    ("Medics treated 38 competitors after the race.", [("38", "people", "count")]),
    ("Police arrested 12 poachers near the park.", [("12", "people", "count")]),
    # a population of animals is counted things, of a place or a prison people
    ("The koala population fell to 92,000.", [("92000", "count", "count")]),
    # hours with a word between them and the number are a time in hours, not things counted
    ("Pilots logged 9,000 flying hours.", [("9000", "other", "duration")]),
    # a threshold "or more" between the number and its noun
    ("Patients with 3 or more conditions waited longest.", [("3", "count", "count")]),
    ("Each bid was rejected four or more times.", [("4", "count", "count")]),
    ("The prison population rose to 88,000.", [("88000", "people", "count")]),
    # a unit inherited from the clause's people yields to a measure named right before the number
    ("Patients on the ward cut their calorie intake by 300 a day.", [("300", "other", "other")]),
    ("The seat has 41,372 electors.", [("41372", "people", "count")]),
    ("The electorate grew by more than 27,000.", [("27000", "people", "count")]),
    # plural nationality words count people (Filipinos as Pakistanis)
    ("Some 2.16 million Filipinos work abroad.", [("2160000", "people", "count")]),
    # peoples, nations and faiths with no demonym's end (vocab.DEMONYM_PLURALS), not as modifiers
    ("More than 52,000 Rohingya crossed into Bangladesh over the weekend.", [("52000", "people", "count")]),
    ("Some 400 Maasai gathered outside the conservancy office.", [("400", "people", "count")]),
    ("The ministry said 1,200 Britons had registered with the embassy.", [("1200", "people", "count")]),
    ("Organisers said 25,000 Scots marched through Glasgow.", [("25000", "people", "count")]),
    ("About 6,500 Uyghurs signed the petition.", [("6500", "people", "count")]),
    ("The agency runs 34 Rohingya camps near the border.", [("34", "count", "count")]),
    ("The party won all seven Maori seats.", [("7", "count", "count")]),
    # offices held by persons
    ("The president swore in 9 new ambassadors at State House on Tuesday.", [("9", "people", "count")]),
    ("A letter signed by 31 mayors urged the government to fund buses.", [("31", "people", "count")]),
    ("The conclave of 133 cardinals opens on Wednesday.", [("133", "people", "count")]),
    ("The king received 12 emirs at the palace.", [("12", "people", "count")]),
    ("About 60 chiefs met the governor.", [("60", "people", "count")]),
    # islanders and highlanders, cyclists on motorbikes, and a workforce or headcount as persons
    ("The ferry carried 212 islanders to the mainland on Sunday.", [("212", "people", "count")]),
    ("Around 300 highlanders were cut off by the landslide.", [("300", "people", "count")]),
    ("Seven of the motorcyclists who crashed were not wearing helmets.", [("7", "people", "count")]),
    ("The bank's headcount fell to 2,300 after the cuts.", [("2300", "people", "count")]),
    (
        "The workforce shrank from about 8,000 that decade to 4,600 by 2020.",
        [("8000", "people", "count"), ("4600", "people", "count"), ("2020", "year", "date")],
    ),
    # a body's name before a people noun: the persons are counted
    ("The 12 States members will vote on the budget next week.", [("12", "people", "count")]),
    # a toll read back across its clause's words
    (
        "The country's road toll for the first half of 2024 was 611.",
        [("2024", "year", "date"), ("611", "people", "count")],
    ),
    # "Of these," and a count with a past verb after it: a part of the count before, the noun
    # after the verb its object ("attacks ... Of these, 17 targeted civilians": attacks)
    (
        "Gunmen carried out 43 attacks on aid convoys in October. Of these, 17 targeted drivers.",
        [("43", "attacks", "count"), ("17", "attacks", "count")],
    ),
    (
        "Inspectors closed 120 clinics last year. Of these, 35 employed unlicensed nurses.",
        [("120", "count", "count"), ("35", "count", "count")],
    ),
    # "Of these, N were still in the <things>": the things hold the people counted before them
    (
        "Police moved 900 fans from 20 stands to 6 car parks. Of these, 350 were still in the car parks at midnight.",
        [
            ("900", "people", "count"),
            ("20", "count", "count"),
            ("6", "count", "count"),
            ("350", "people", "count"),
        ],
    ),
    # a demonym as an adjective ("any other Maltese trade unionist") names no persons for "of them"
    (
        "The yard built more ferries than any other Maltese firm, by its own count 380 of them.",
        [("380", "count", "count")],
    ),
    # a people noun owning the things a bare count is said to be: things
    ("Of the books sold at the fair, 1,200 were children's titles.", [("1200", "count", "count")]),
    ("About 400 were women's bicycles.", [("400", "count", "count")]),
    ("The charity runs 300 women's shelters across the country.", [("300", "count", "count")]),
    # a bare number word at either end of "from A to B" is a figure
    ("Seats rose from four to nine.", [("4", *COUNT), ("9", *COUNT)]),
    ("It raised the penalty from six points to nine, officials said.", [("6", *COUNT), ("9", *COUNT)]),
    # the people noun before "killed or injured" names what a bare number later in the clause counts
    ("The number of cyclists killed or badly hurt fell to 4,120.", [("4120", "people", "count")]),
    ("Sales rose and 4,120 more were sold.", [("4120", "count", "count")]),
    ("The island logged 4,210 arrivals by sea in May.", [("4210", "people", "count")]),
    ("Three bidders chased the vase.", [("3", "people", "count")]),
    ("About 140 buyers signed up.", [("140", "people", "count")]),
    # a bare number after an earlier figure's counted noun in its clause counts that noun, not
    # the audience named before it
    (
        "Ridership should climb from 2.3 million trips a day to 2.9 million.",
        [("2300000", "count", "count"), ("2900000", "count", "count")],
    ),
    ("Ridership hit 2.1 million on Monday.", [("2100000", "people", "count")]),
    # ... only the noun of the number "from" opens: another figure's noun in the clause carries nothing
    (
        "Passenger traffic at its 9 airports rose 4% to 12.5 million.",
        [("9", "count", "count"), ("4", "percent", "percent_change"), ("12500000", "people", "count")],
    ),
    # investors, savers and landlords are persons
    ("Some 12,400 first-time investors bought flats.", [("12400", "people", "count")]),
    ("The bank repaid 3,100 depositors.", [("3100", "people", "count")]),
    # an insurer's policyholders and a line's callers are persons
    ("The insurer wrote to 45,000 policyholders.", [("45000", "people", "count")]),
    ("Some 260 callers waited on hold.", [("260", "people", "count")]),
    # a cryptocurrency's coins take no "s": a count of them, not of the persons before them
    (
        "Hackers hit 900 savers and asked for 30 bitcoin.",
        [("900", "people", "count"), ("30", "count", "count")],
    ),
    ("In 2021 bitcoin hit a record.", [("2021", "year", "date")]),
    # a number word counting part of a whole whose size follows "of" with no determiner
    ("He won two of five sets.", [("2", "count", "count"), ("5", "count", "count")]),
    ("Three of nine judges dissented.", [("3", "people", "count"), ("9", "people", "count")]),
    # ... not with a base of ten (a ratio), nor "one of" (an idiom)
    ("Seven of 10 voters back the plan.", [("10", "people", "count")]),
    ("She is one of eight children.", [("8", "people", "count")]),
    # a number word before a compound adjective with digits counts the noun after it
    ("The bank made three 25-basis-point cuts.", [("3", *COUNT), ("25", "other", "percent_change")]),
    ("They built two 12-storey towers.", [("2", *COUNT), ("12", *COUNT)]),
    # "a father of three": the children counted, people
    ("Mr Okoro, a father of three, lost his job.", [("3", "people", "count")]),
    ("The victim was a mother of two from Leeds.", [("2", "people", "count")]),
    # a number word, then what happened to people: a count of people
    ("Two were arrested on Friday.", [("2", "people", "count")]),
    ("Four died and nine were still missing.", [("4", "people", "count"), ("9", "people", "count")]),
    # a number word as a clause's subject standing for the nouns just counted: at a sentence's
    # head before an auxiliary, or after "Of the N nouns,"
    (
        "The council received 80 bids and accepted 52. Twenty-eight were turned down on cost.",
        [("80", "count", "count"), ("52", "count", "count"), ("28", "count", "count")],
    ),
    (
        "Of the 16 clinics, five have stopped night shifts.",
        [("16", "count", "count"), ("5", "count", "count")],
    ),
    (
        "Eleven were taken to hospital and four were admitted.",
        [("11", "people", "count"), ("4", "people", "count")],
    ),
    # days counted with a modifier are days, not a span ("working days lost", rules table 4)
    ("Schools lost 12 teaching days to strikes.", [("12", "days", "count")]),
    ("The dispute cost 21,000 working days.", [("21000", "days", "count")]),
    ("The dam project needed 12,000 man-days of labour.", [("12000", "days", "count")]),
    # tidy36: days people take off are counted days; the time a process takes, in a calendar's days, a span
    ("Teachers took 2,300 sick days last term.", [("2300", "days", "count")]),
    ("Dockers took 950 strike days in the spring.", [("950", "days", "count")]),
    ("Clerks took 14 working days off after the merger.", [("14", "days", "count")]),
    ("Visa renewals take about 20 working days.", [("20", "days", "duration")]),
    # days in a row are a span, unless "on" counts the days something happened on
    (
        "The mill ran for 40 consecutive days, then 9 straight days more.",
        [("40", "days", "duration"), ("9", "days", "duration")],
    ),
    ("Frost fell on 11 consecutive days in March.", [("11", "days", "count")]),
    # contractors named by their place in a project are firms; others are the workers
    (
        "Two main contractors quit the site and 350 contractors were laid off.",
        [("2", *COUNT), ("350", *PEOPLE)],
    ),
    # cases of an offence are offences counted; disease cases are people (rules, table 4)
    ("Police logged 96 cases of cable theft.", [("96", *COUNT)]),
    ("Auditors found 12 cases of fraud.", [("12", *COUNT)]),
    ("There were 320 cases of cholera.", [("320", "people", "count")]),
    # hospital admissions and hospitalisations are the patients admitted, as disease cases are
    ("Hospital admissions with measles rose to 530 in March.", [("530", *PEOPLE)]),
    ("The ward logged 61 hospitalisations.", [("61", *PEOPLE)]),
    # digits in a compound adjective count its noun (rules, table 4); names after a hyphen do not
    ("They built a 12-storey tower.", [("12", *COUNT)]),
    # "one-" counts rooms and floors as any number word does (other "one-" words name a kind)
    ("One-bedroom flats let for £950 a month.", [("1", *COUNT), ("950", "GBP", "money")]),
    ("The school is a one-storey building.", [("1", *COUNT)]),
    # "one hand" counts, but "on one hand" is an idiom
    ("The climber lost the use of one hand.", [("1", *COUNT)]),
    # a number word opening a range whose high end another dimension read is its low end
    ("A taxi ride costs six or seven euros.", [("6/7", "EUR", "money")]),
    ("The beach is four to five kilometres away.", [("4/5", "other", "other")]),
    # an abbreviation defined in brackets after a scale word stands for its words
    (
        "The port handles 2.1 million passengers per year (mppy) and aims for 4 mppy.",
        [("2100000", *PEOPLE), ("4000000", *PEOPLE)],
    ),
    # ... and the air-transport press's "mppa" stands for million passengers a year undefined
    ("The new terminal lifts capacity to 45 mppa.", [("45000000", *PEOPLE)]),
    # a bowling average: runs per wicket, after a count of wickets in its clause
    ("She has 87 wickets at an average of 21.35.", [("87", *COUNT), ("21.35", "other", "other")]),
    # ... but an average of anything else stays what it counts
    ("Delays fell to an average of 18.5.", [("18.5", *COUNT)]),
    # an audience named in the clause of a bare number counts people
    ("Attendance at the fair reached 61,500.", [("61500", *PEOPLE)]),
    ("Television viewing peaked at 8.2 million.", [("8200000", *PEOPLE)]),
    # ... but an audience word as a modifier of a counted noun is no audience
    ("The stadium added 3 viewing platforms.", [("3", *COUNT)]),
    # tiers are counted as the steps of a scale are, but "two-tier" names a kind (table 8)
    ("Forecasters use a five-tier warning scale.", [("5", *COUNT)]),
    ("Buyers want one-bathroom homes.", [("1", *COUNT)]),
    ("It flew a 737-MAX jet.", []),
    # a rate per head of population: the base is part of the unit, not a figure of its own
    ("The rate reached 25.9 cases per 100,000 people.", [("25.9", "other", "other")]),
    ("It was 2.1 per 100,000 across England.", [("2.1", "other", "other")]),
    # a bare number after a rate in its sentence is a rate in the same unit
    (
        "The rate is 3.1 deaths per 100,000 people, against a national average of 5.6.",
        [("3.1", "other", "other"), ("5.6", "other", "other")],
    ),
    ("Infant deaths fell to 4.1 per 1,000 live births.", [("4.1", "other", "other")]),
    # ... or per woman, person, household or head, or per square kilometre (a density)
    (
        "The fertility rate fell to 1.6 births per woman from 1.8.",
        [("1.6", "other", "other"), ("1.8", "other", "other")],
    ),
    ("Homes have 2.4 cars per household.", [("2.4", "other", "other")]),
    # ... or "for every" or "for each" one of a thing: the same rate, read "nurses per patient"
    (
        "The unit now has 1.4 nurses for every patient, against 2 in 2010.",
        [("1.4", "other", "other"), ("2", "other", "other"), ("2010", "year", "date")],
    ),
    ("Holders receive 0.75 new shares for each Brightwater share.", [("0.75", "other", "other")]),
    # a part "of the" owner's whole: the whole's noun names the unit
    ("Six of the party's 40 MPs rebelled.", [("6", "people", "count"), ("40", "people", "count")]),
    # ... a one-word noun that more words of its phrase follow ("on duty")
    ("The ward had 6 patients for each nurse on shift.", [("6", "other", "other")]),
    # not a rate: "for each of", a number after "every", or a noun phrase going on with a verb
    ("She wrote 40 letters for each of the firms.", [("40", *COUNT)]),
    ("They hired 300 staff for every new store opened in Ohio.", [("300", "people", "count")]),
    # class-rates2: "for every" before a round base of a population, as "per" ("for every 1,000
    # inhabitants"); its base no figure
    (
        "Nigeria has 0.38 doctors for every 1,000 inhabitants, according to the medical association.",
        [("0.38", *OTHER)],
    ),
    ("The mill employs 0.9 engineers for every 1,000 workers.", [("0.9", *OTHER)]),
    # ... a count per a round base of other things, with its noun named or with decimals ("2.8
    # nurses per 10 beds", "13.5 births per 1,000 girls"): a rate, its base no figure
    ("Hospitals in the Marche region employ 2.8 nurses per 10 beds, the audit found.", [("2.8", *OTHER)]),
    ("Airlines logged 3 incidents for every 100,000 flights last year.", [("3", *OTHER)]),
    ("Teenage births fell to 11.2 per 1,000 girls, from 12.9.", [("11.2", *OTHER), ("12.9", *OTHER)]),
    ("The clinic saw 40 patients per 10 hours of opening.", [("40", *PEOPLE), ("10", "other", "duration")]),
    # ... a decimal per one thing, with "each" or "every" and its period after the thing
    ("Malta saw 1.7 tourists per resident each year.", [("1.7", *OTHER)]),
    # ... "one" and its noun before "for every" and a number: the rate's one, no count; the number
    # after counts its own noun (as "one for every five wards")
    (
        "In rural Chad there is one midwife for every 5,200 women of childbearing age.",
        [("5200", *PEOPLE)],
    ),
    ("There is one police officer for every 720 residents in Lagos State.", [("720", *PEOPLE)]),
    # class-bases: ... and "one" and its noun before "per" and a number ("one doctor per 4,300
    # people"), the same; before a round base of a population it is a rate of one
    ("There is one doctor per 4,300 people in the northern provinces.", [("4300", *PEOPLE)]),
    ("There was one death per 100,000 people in the county last year.", [("1", *OTHER)]),
    # ... a number word with its noun named before a round base is a rate, as digits are
    ("Regional carriers logged six complaints for every 10,000 flights in October.", [("6", *OTHER)]),
    # ... decimals "in every" round base: a rate, as "per" ("three in every 100 voters" is a ratio)
    ("Lenders recorded arrears on 4.2 in every 100 mortgages by June.", [("4.2", *OTHER)]),
    # ... persons "to one" person, "to a" or "to each": a ratio of persons, read "pupils per teacher"
    ("Secondary schools in Kasese district have 62 pupils to one teacher.", [("62", *OTHER)]),
    ("Wards in the old wing run at 11 patients to a nurse at night.", [("11", *OTHER)]),
    # ... but not to a place or a thing
    ("The health board moved 40 patients to one hospital in March.", [("40", *PEOPLE), ("1", *COUNT)]),
    (
        "The district has 410 people per square kilometre, against 380 in 2015.",
        [("410", "other", "other"), ("380", "other", "other"), ("2015", "year", "date")],
    ),
    # class-densities: a count per a unit of length or area, with "per", "a" or "an", whatever the
    # number, is a density; a round base before the unit is part of it; a bare number after keeps it
    (
        "Surveyors counted 31 nests per kilometre along the shore.",
        [("31", "other", "other")],
    ),
    ("Rangers recorded 14 snares a kilometre in the worst blocks.", [("14", "other", "other")]),
    ("The new apple blocks hold 1,250 trees an acre.", [("1250", "other", "other")]),
    (
        "Night counts found 7 bats per hectare, against 19 per hectare in the old forest.",
        [("7", "other", "other"), ("19", "other", "other")],
    ),
    ("Officers reported 2.3 lions per 100 square kilometres.", [("2.3", "other", "other")]),
    # ... or per a round 100 of a population
    (
        "Burglaries ran at 3.1 per 100 households, against 4.4 in the north.",
        [("3.1", "other", "other"), ("4.4", "other", "other")],
    ),
    # ... whose base said again with no noun is no figure
    (
        "The town has 12 hotel rooms per 100 residents, against 4 per 100 on the coast.",
        [("12", "other", "other"), ("4", "other", "other")],
    ),
    # ... and a decimal as written per one thing, with no noun before "per", is a rate
    (
        "Anglers caught an average of 2.0 per rod, up from 1.4.",
        [("2", "other", "other"), ("1.4", "other", "other")],
    ),
    # not a density: a distance away after "a", a whole number per one thing
    ("Fire reached 10 homes a kilometre from the river.", [("10", *COUNT)]),
    ("The promoter sold an average of 2,400 per show.", [("2400", *COUNT)]),
    # an average per owner stated with "each", "on average" or "an average of" is a rate too
    # (people per household, children per woman); a bare later number keeps it
    (
        "The survey found 2.3 million farms, with an average of 4.6 cows each, up from 3.9.",
        [("2300000", *COUNT), ("4.6", "other", "other"), ("3.9", "other", "other")],
    ),
    ("Urban households had 2.9 people each.", [("2.9", "other", "other")]),
    ("Each school had 31.4 pupils on average.", [("31.4", "other", "other")]),
    ("Kenyan mothers had an average of 3.4 children.", [("3.4", "other", "other")]),
    ("The average home had 2.1 cars.", [("2.1", "other", "other")]),
    ("An average farm has about 40.5 cows.", [("40.5", "other", "other")]),
    (
        "Average household size fell to 2.9 people from 3.4.",
        [("2.9", "other", "other"), ("3.4", "other", "other")],
    ),
    # ... but whole numbers "each" are counts, an average in time is no average per owner, and
    # with no owner named the count stays a count
    ("The 40 families had three children each.", [("40", *COUNT), ("3", *PEOPLE)]),
    ("Crowds averaged 41,000 fans.", [("41000", *PEOPLE)]),
    ("The average household size was five persons.", [("5", *PEOPLE)]),
    ("Officers made an average of 12 arrests a day.", [("12", *COUNT)]),
    ("Each unit made an average of 1.5 arrests a day.", [("1.5", *COUNT)]),
    ("The report says households had 3.7 people each.", [("3.7", *PEOPLE)]),
    # ... also after a rate of a noun that names no people, later in the sentence
    (
        "Police logged 6.2 crimes per 1,000 people, below the national rate of 7.4.",
        [("6.2", "other", "other"), ("7.4", "other", "other")],
    ),
    # ... but not in a clause of its own after "and", which counts its own noun
    (
        "The region has 2.1 doctors per 1,000 people, and its rural clinics now number 340.",
        [("2.1", "other", "other"), ("340", *COUNT)],
    ),
    # a number word after a bare number opens a figure of its own, not the first one's noun
    (
        "The town has 410 people per square kilometre, against 380 ten years ago.",
        [("410", "other", "other"), ("380", "other", "other"), ("10", "year", "duration")],
    ),
    # look-alikes: a count of other things per base, and "per" with no population base
    ("They hired 40 per 1,000 applicants.", [("40", "people", "count"), ("1000", "people", "count")]),
    ("It sells 5 per day.", [("5", *COUNT)]),
    ("The ferry takes 300 passengers per crossing.", [("300", "people", "count")]),
    # "one point" counts a point; "at one point" is an idiom
    ("The win puts them one point clear.", [("1", *COUNT)]),
    # a part takes the unit of the whole it is "of", before the words around it
    (
        "About 3.5 million of the 4.1 million eligible voters cast a ballot.",
        [("3500000", "people", "count"), ("4100000", "people", "count")],
    ),
    ("Nurses in 21 of Wales's 32 health boards struck.", [("21", *COUNT), ("32", *COUNT)]),
    ("Workers at 12 of the 40 plants walked out.", [("12", *COUNT), ("40", *COUNT)]),
    # a bare number takes the physical unit its clause names
    ("Runners cut their calorie intake by 400 a day.", [("400", "other", "other")]),
    # people by trade: analysts, economists, engineers, riders, growers...
    (
        "A poll of 240 economists and 35 strategists found no consensus.",
        [("240", "people", "count"), ("35", "people", "count")],
    ),
    ("The consensus of 14 analysts was lower.", [("14", "people", "count")]),
    ("The new plant will hire 1,800 engineers.", [("1800", "people", "count")]),
    ("The app works with 12,000 delivery riders.", [("12000", "people", "count")]),
    ("About 5,000 coffee growers sell to the cooperative.", [("5000", "people", "count")]),
    # members of a group of countries are countries, not people (rules, table 4: countries)
    ("Six members of OPEC+ will pump more oil.", [("6", *COUNT)]),
    ("Eleven members of the bloc backed the plan.", [("11", *COUNT)]),
    # ... but members of a band, a union or a staff are people
    ("Two members of the band were hurt.", [("2", "people", "count")]),
    ("Five members of NATO's staff flew home.", [("5", "people", "count")]),
    # "the group" standing for a group of countries the text has just named
    ("ASEAN meets in May. Four members of the group oppose the plan.", [("4", *COUNT)]),
    # ... but not with no such group named, nor when what happened to them was done to people
    ("The band toured Asia. Two members of the group fell ill.", [("2", "people", "count")]),
    ("NATO met. Police said six members of the group were arrested.", [("6", "people", "count")]),
    ("Three members of the alliance were killed.", [("3", "people", "count")]),
    # the members an institution owns ("its", "their", "the bloc's") are what its name says
    # they are: a group of countries, or a name holding universities, clubs, banks ...
    ("Colleges Wales said 11 of its 13 members froze pay.", [("11", *COUNT), ("13", *COUNT)]),
    ("NATO said 23 of its 32 members now meet the target.", [("23", *COUNT), ("32", *COUNT)]),
    ("The bloc's 27 members agreed.", [("27", *COUNT)]),
    ("The Federation of Savings Banks and its 380 members oppose the levy.", [("380", *COUNT)]),
    # ... but the members of a union, a parliament, a club or a college of persons are people
    ("The union said 3,000 of its 40,000 members voted to strike.", [("3000", *PEOPLE), ("40000", *PEOPLE)]),
    ("Parliament's 650 members sat late.", [("650", *PEOPLE)]),
    ("The club's 12,000 members were told.", [("12000", *PEOPLE)]),
    ("The Royal College of Surgeons and its 28 members disagree.", [("28", *PEOPLE)]),
    # digits that count part of an owner's people ("of its members", "of their drivers")
    ("The nurses' union said 9,000 of its members quit.", [("9000", *PEOPLE)]),
    ("The firm said 40 of its stores would close.", [("40", *COUNT)]),
    # "all" and a number word with no noun after it refer back to the count of that number
    (
        "The draw needs all five numbers. Few tickets match all five.",
        [("5", *COUNT), ("5", *COUNT)],
    ),
    ("Police held all seven suspects. All seven deny it.", [("7", *PEOPLE), ("7", *PEOPLE)]),
    # a part of a whole whose size is given: the noun after the whole's size names the unit
    ("Four of the 27 member states voted no.", [("4", *COUNT), ("27", *COUNT)]),
    ("Two of the 15 passengers were children.", [("2", "people", "count"), ("15", "people", "count")]),
    # two modifiers joined by "and" before one noun; sources who inform are people
    ("A poll of 14 shipping and trade sources found a rise.", [("14", "people", "count")]),
    ("Nine state and local officials quit.", [("9", "people", "count")]),
    ("They sold 30 red and blue vans.", [("30", *COUNT)]),
    # ... but sources "of" something are things, and "and" right after a number joins clauses
    ("The city has two sources of water.", [("2", *COUNT)]),
    ("He scored 12 and added three assists.", [("12", *COUNT), ("3", *COUNT)]),
    # a billion written "B", glued or spaced, before people; a spaced "B" before anything else
    # is no scale
    ("The world has about 8 B people.", [("8000000000", "people", "count")]),
    ("The app has 2.1B users.", [("2100000000", "people", "count")]),
    ("She got 7 B grades.", [("7", *COUNT)]),
    # subscribers and subscriptions are accounts, as utility customers are: counted things
    ("The streaming service added 3.1 million subscribers in the quarter.", [("3100000", *COUNT)]),
    ("The paper has 410,000 digital subscriptions.", [("410000", *COUNT)]),
    # "one" limited by "only" or "just" counts its noun
    ("There is only one option left.", [("1", *COUNT)]),
    # a bare new level counts the noun of its clause's subject, however far back in the clause
    (
        "The number of children sleeping in cars in the county rose 12% this year to 1,480.",
        [("12", "percent", "percent_change"), ("1480", "people", "count")],
    ),
    # "N of them" counts what the count before it counts
    (
        "Volunteers met 310 homeless men. About 45 of them were veterans.",
        [("310", "people", "count"), ("45", "people", "count")],
    ),
    ("The firm built 400 homes. Some 120 of them were sold.", [("400", *COUNT), ("120", *COUNT)]),
    # "one-" counts rooms, storeys, goals, runs and seats as "two-" does
    ("A one-bedroom flat now rents for more.", [("1", *COUNT)]),
    ("United held a one-goal lead.", [("1", *COUNT)]),
    # family members are people, each with its own noun in a list
    ("He leaves two sons and seven grandchildren.", [("2", "people", "count"), ("7", "people", "count")]),
    # a population counts people, also as the noun before a bare number; census takers are people
    ("The town's population rose to 48,200 last year.", [("48200", "people", "count")]),
    ("The population of Oslo grew by 3,100.", [("3100", "people", "count")]),
    ("About 2,000 enumerators will visit every home.", [("2000", "people", "count")]),
    ("The field includes 23 grandmasters.", [("23", "people", "count")]),
    # a sentence that opens with "The number of" and a people noun counts people to its end
    (
        "The number of patients waiting for surgery fell for a third month, to 6.2 million.",
        [("6200000", "people", "count")],
    ),
    # a number word, "were" and a people noun: people ("three were children")
    (
        "Of the 40 guests, 31 were adults, six were children and three were babies.",
        [
            ("40", "people", "count"),
            ("31", "people", "count"),
            ("6", "people", "count"),
            ("3", "people", "count"),
        ],
    ),
    # a hiring verb's bare object, and new employees, are people
    ("The council will hire 600 more next spring.", [("600", *PEOPLE)]),
    ("The bakery took on 35 new starters in March.", [("35", *PEOPLE)]),
    # cases of an offence, or cases its clause names an offence or a court for, are counted things
    ("Wildlife crime fell 12 per cent to 64 cases.", [("12", "percent", "percent_change"), ("64", *COUNT)]),
    (
        "Prosecutors filed 18 fraud cases and the courts heard 2,300 civil cases.",
        [("18", *COUNT), ("2300", *COUNT)],
    ),
    # in court copy (a court named twice, no word of health copy) every case is a lawsuit or a
    # prosecution, and so is a level of cases an offence names before it
    (
        "The High Court's backlog grew to 6,300 active cases, and judges say 730 cases were dropped.",
        [("6300", *COUNT), ("730", *COUNT)],
    ),
    ("The number of pending criminal cases in the region rose to 5,480.", [("5480", *COUNT)]),
    # ... while a text with a word of health copy keeps its cases as patients, court or not
    (
        "The court told the hospital to publish data. It said 48 cases were confirmed, and judges agreed.",
        [("48", *PEOPLE)],
    ),
    ("The number of active cases in the region rose to 5,480.", [("5480", *PEOPLE)]),
    # a bare number in brackets right after a people noun is that noun's figure, and the bracketed
    # numbers of places listed after it share it; after a noun of things it stays a plain count
    (
        "The east logged the most patients (2,300), followed by Riverside (905).",
        [("2300", *PEOPLE), ("905", *PEOPLE)],
    ),
    ("Shipments (1,210) rose.", [("1210", *COUNT)]),
    # a count set against its value a year earlier, after the span it was counted in
    (
        "Rangers found eight snares in the six months to May, against 14 a year earlier.",
        [("8", *COUNT), ("6", "other", "duration"), ("14", *COUNT)],
    ),
    (
        "Rangers found eight snares in the six months to May, against five a year earlier.",
        [("8", *COUNT), ("6", "other", "duration"), ("5", *COUNT)],
    ),
    (
        "Police arrested 40 people over the past six months, compared with 31 a year earlier.",
        [("40", *PEOPLE), ("6", "other", "duration"), ("31", *PEOPLE)],
    ),
    # number words joined by "and" after "between": one range
    ("Between thirty and forty volunteers turned up.", [("30/40", *PEOPLE)]),
    # "one" before a participle or "back" that modifies a noun, and before a capitalised name
    ("One more failed harvest could ruin the farm.", [("1", *COUNT)]),
    ("Rescuers freed one trapped miner on Sunday.", [("1", *COUNT)]),
    ("Its skull is small, and one back tooth is missing.", [("1", *COUNT)]),
    ("The new map abolishes one Rural District Council.", [("1", *COUNT)]),
    # a bare number after "the number of" people, set as the level it reached
    (
        "The figures show a 3 per cent increase in the number of residents since the census, to about 1.4 million.",
        [("3", "percent", "percent_change"), ("1400000", *PEOPLE)],
    ),
    # a bare number after "a <group of people> of": the members
    ("A team of 12 searched the hills, and the plane had a crew of five.", [("12", *PEOPLE), ("5", *PEOPLE)]),
    ("Tickets cost $400 for a table of 10.", [("400", "USD", "money"), ("10", *PEOPLE)]),
    # a verb that infects, surveys, trains or abducts people: its bare object counts people
    (
        "The outbreak has infected 1,500 and the pollster surveyed 2,000.",
        [("1500", *PEOPLE), ("2000", *PEOPLE)],
    ),
    # occasions, and a count of streams in a scale, are counted times
    ("The song was streamed 1.4 billion times.", [("1400000000", *COUNT)]),
    # a count before a noun whose size is measured: the noun is counted, the size is its own row
    ("The plant will fill six million 500ml bottles.", [("6000000", *COUNT), ("500", "other", "other")]),
    ("Four 40ft containers arrived.", [("4", *COUNT), ("40", "other", "other")]),
    # people named by faith, cause, trade or sport
    (
        "Over 2.5 lakh devotees took a holy dip, and 300 activists joined them.",
        [("250000", *PEOPLE), ("300", *PEOPLE)],
    ),
    # workers' strikes, hunger strikes and a bowler's strikes are counted things; military
    # strikes stay attacks
    ("Rail workers have held 12 strikes since June.", [("12", *COUNT)]),
    ("She went on three hunger strikes in prison.", [("3", *COUNT)]),
    ("Jets carried out 40 strikes on the city overnight.", [("40", "attacks", "count")]),
    # a number word and a half before a scale word: the scale applies to both
    ("About two and a half million tourists visited.", [("2500000", *PEOPLE)]),
    ("Twenty-one and a half million viewers watched.", [("21500000", *PEOPLE)]),
    # a player's averages: "a game" as "per game", and one base written once for a list
    ("He averages 1.2 goals a game and 3.4 assists.", [("1.2", "other", "other"), ("3.4", "other", "other")]),
    (
        "She averaged 23.7 points, 8.1 rebounds and 5.6 assists per game.",
        [("23.7", "other", "other"), ("8.1", "other", "other"), ("5.6", "other", "other")],
    ),
    # "mppa", undefined: million passengers per annum, as when defined in brackets
    (
        "The terminal will raise capacity to 20 mppa from 9 mppa.",
        [("20000000", *PEOPLE), ("9000000", *PEOPLE)],
    ),
    # a number word after a verb whose object is people, and a number before a verb only people do
    ("The crash killed nine, including four children.", [("9", *PEOPLE), ("4", *PEOPLE)]),
    ("Police arrested two on Friday.", [("2", *PEOPLE)]),
    (
        "About 600 marched through the city, and only 17 turned up to the vote.",
        [("600", *PEOPLE), ("17", *PEOPLE)],
    ),
    ("The film attracted 1.2 million in its first week.", [("1200000", *PEOPLE)]),
    # members of parliaments and candidates by their titles are people
    ("The chamber now has 14 MSPs from the party and two independents.", [("14", *PEOPLE), ("2", *PEOPLE)]),
    # a mixed number counts halves of its noun (a shared sack in American football)
    ("The end had 3 1/2 sacks on Sunday.", [("3.5", *COUNT)]),
    # "N others" that a verb of what persons do follows, with no count before: persons
    ("Okafor and three others fled the scene.", [("3", *PEOPLE)]),
    ("Police said two others were arrested at the port.", [("2", *PEOPLE)]),
    # the accused in a trial are persons, as a part "of his" or "of her" too
    ("Two of her co-accused were acquitted.", [("2", *PEOPLE)]),
    ("Some 1,200 street vendors lined the road.", [("1200", *PEOPLE)]),
    # "units" of power used, in an article about electricity, are kilowatt-hours; units sold are counted
    ("Homes using 100 units of electricity a month get the subsidy.", [("100", "other", "other")]),
    ("The developer sold 100 units, and electricity prices rose.", [("100", *COUNT)]),
    # people who go to an event: "-goers"
    (
        "About 11,000 racegoers and 3,500 concertgoers came.",
        [("11000", "people", "count"), ("3500", "people", "count")],
    ),
    # a mixed number in thirds, as innings pitched are written, at its exact value
    ("The reliever threw 6 2/3 innings.", [("6.666667", "count", "count")]),
    # owners, accountants and the trades of shops and workshops are people
    ("The council fined 23 shop owners and nine mechanics.", [("23", *PEOPLE), ("9", *PEOPLE)]),
    ("Four accountants and two cashiers were charged.", [("4", *PEOPLE), ("2", *PEOPLE)]),
    # "m" glued to a whole number right before a plural noun: millions ("4m customers")
    ("About 7m households will get the rebate.", [("7000000", "count", "count")]),
    ("The app was downloaded 15m times last year.", [("15000000", "count", "count")]),
    ("The bank plans to sell 40m shares.", [("40000000", "count", "count")]),
    # a range with the scale written once, glued to the second end
    ("Between 3 and 4m people were displaced.", [("3000000/4000000", "people", "count")]),
    ("About 2-3m homes lost power.", [("2000000/3000000", "count", "count")]),
    ("It expects to sell 1.1 to 1.3m cars.", [("1100000/1300000", "count", "count")]),
    # two numbers joined by a dash with no noun after them: a range after "between" or when both are
    # grouped in thousands (no score or code is)
    ("The agency expects to hire between 40-60 next year.", [("40/60", "count", "count")]),
    ("The builder expects to finish 1,200-1,500 by June.", [("1200/1500", "count", "count")]),
    # "k" glued before a people noun counts thousands, even runners (a race's distance names a run)
    ("About 15k runners lined up in the rain.", [("15000", "people", "count")]),
    # a mark of approximation or size between the number and its noun: the noun is counted
    ("About 40-odd residents were moved.", [("40", "people", "count")]),
    ("A 3,000-strong crowd marched.", [("3000", "people", "count")]),
    # ... and a group whose members are people ("a 400-strong workforce"); a fleet's are ships
    ("The 400-strong workforce was told on Friday.", [("400", "people", "count")]),
    ("A 12,000-strong army crossed the river.", [("12000", "people", "count")]),
    ("A 15-strong fleet left port.", [("15", "count", "count")]),
    # people named by their city ("Londoners", "Muscovites"), and holders of a ticket or a licence
    ("About 4,000 Dubliners marched.", [("4000", "people", "count")]),
    ("Some 900 Muscovites queued for hours.", [("900", "people", "count")]),
    ("The airline ordered 12 Dreamliners.", [("12", "count", "count")]),
    ("The club has 30,000 season-ticket holders.", [("30000", "people", "count")]),
    # any "-goers" and "-children" are persons
    ("Some 6,000 carnival-goers packed the streets.", [("6000", "people", "count")]),
    ("About 250 schoolchildren were evacuated.", [("250", "people", "count")]),
    ("Some 80+ volunteers signed up.", [("80", "people", "count")]),
    # a rate's base written without a thousands comma
    ("The district logged 41.7 cases per 100000 people.", [("41.7", "other", "other")]),
    # "half-a-million", hyphenated, as "half a million"
    ("Half-a-million pilgrims are expected.", [("500000", "people", "count")]),
    # class-spoken: spoken figures: the fraction after the scale ("a million and a half"), "and a
    # half thousand", "another hundred and forty", a number word with its scale read as digits, and
    # the counts added to a count with its noun ("another ninety", "six more by 2027")
    (
        "The port handled just under a million and a half passengers in 2025.",
        [("1500000", "people", "count"), ("2025", "year", "date")],
    ),
    (
        '"It\'s a million and a quarter people who rely on that river," the farmer said.',
        [("1250000", "people", "count")],
    ),
    (
        '"We\'ve got about two and a half thousand beds in the region," the minister said.',
        [("2500", "count", "count")],
    ),
    ("The agency said four and a half thousand homes were flooded.", [("4500", "count", "count")]),
    (
        "The developer built three hundred and sixty homes and has permission for another two hundred and forty.",
        [("360", "count", "count"), ("240", "count", "count")],
    ),
    (
        "The council approved 120 flats in May. The next phase is another hundred and sixty, officials said.",
        [("120", "count", "count"), ("160", "count", "count")],
    ),
    (
        "The trust opened four clinics this year and will open seven more by 2028.",
        [("4", "count", "count"), ("7", "count", "count"), ("2028", "year", "date")],
    ),
    ("The shelter took in another hundred people on Sunday.", [("100", "people", "count")]),
    (
        "The ferry carried 800,000 passengers last year and aims for two million.",
        [("800000", "people", "count"), ("2000000", "people", "count")],
    ),
    # co-defendants are people; the blocks of a power tariff and units named as power are kilowatt-hours
    ("Nine co-defendants were acquitted.", [("9", "people", "count")]),
    # "one" and a person noun the tables list in the plural only, ending its phrase: a person
    ("Bail was set at RM8,000 with one surety.", [("8000", "MYR", "money"), ("1", "people", "count")]),
    ("The defence called one witness.", [("1", "people", "count")]),
    ("Under the electricity tariff, the first 50 units a month are free.", [("50", "other", "other")]),
    ("The plant generated 1,450 units of electricity a day.", [("1450", "other", "other")]),
    # cases pending before a court are lawsuits, also after a number grouped by a space; cases
    # pending a laboratory's confirmation are patients
    ("The registry lists 2 480 cases pending before the high court.", [("2480", "count", "count")]),
    ("Nine cases pending laboratory confirmation were isolated.", [("9", "people", "count")]),
    # cases sent to or brought before a court, or in which proceedings run, are prosecutions; cases
    # sent to a laboratory or found in a clinical trial stay people
    (
        "Since January the office has sent 84 cases to court, 21 of them concerning bribery.",
        [("84", "count", "count"), ("21", "count", "count")],
    ),
    ("The agency brought 16 cases before the tribunal.", [("16", "count", "count")]),
    # a list of gapped clauses after a count, names of several words ("of", "for" joining them, a
    # people noun inside them) before bare numbers: the count's noun and unit carried
    (
        "The Greens won 31 seats, Voice of the Nation 19 and the Farmers Union 14.",
        [("31", "count", "count"), ("19", "count", "count"), ("14", "count", "count")],
    ),
    (
        "The Greens won 31 seats, the Party for Freedom 17 and Labour 9.",
        [("31", "count", "count"), ("17", "count", "count"), ("9", "count", "count")],
    ),
    ("Police have opened proceedings in 35 cases.", [("35", "count", "count")]),
    ("Health officials sent 14 cases to the laboratory.", [("14", "people", "count")]),
    ("A clinical trial found 12 cases of infection.", [("12", "people", "count")]),
    # a player's average of a statistic in a sentence about sport is a rate per game
    ("Wildcats guard Rosa Lind is averaging 22.3 points this season.", [("22.3", "other", "other")]),
    ("Mendes is averaging 9.7 rebounds a game.", [("9.7", "other", "other")]),
    # shots named by their points are counted when a number counts them; the whole of a part too
    ("Rosa Lind made five 3-pointers in the win.", [("5", *COUNT)]),
    ("The Hawks have won five of their last seven.", [("5", *COUNT), ("7", *COUNT)]),
    # a part of a group, then a verb of what happened to people
    ("Of the 900 patients enrolled, 41 of them died within a year.", [("900", *PEOPLE), ("41", *PEOPLE)]),
    # points in a sentence with basketball's box-score words are points scored
    (
        "The Hawks shot 44% from the field and turned 15 turnovers into 19 points.",
        [("44", "percent", "percentage_share"), ("15", *COUNT), ("19", *COUNT)],
    ),
    # a gapped clause after a count and its compared aside leaves out the count's noun
    (
        "Kingston recorded nine robberies, down from 15, and the Rural Parishes four.",
        [("9", "count", "count"), ("15", "count", "count"), ("4", "count", "count")],
    ),
    # a confidence interval's two decimal ends joined by a dash: one range, in the ratio's unit
    (
        "The odds ratio was 0.82 (95% CI 0.74-0.91).",
        [("0.82", "other", "other"), ("95", "percent", "percentage_share"), ("0.74/0.91", "other", "other")],
    ),
    # two number words joined by a slash before a compound: an "X or Y" estimate, one range
    ("The agents list a three/four-bedroom cottage.", [("3/4", *COUNT)]),
    # a later sentence's "that number" restates the count before it
    (
        "In 2015 the club had 900 members. A decade later that number stood at 640.",
        [("2015", "year", "date"), ("900", "people", "count"), ("640", "people", "count")],
    ),
    # "the rate" after a rate per head named with no figure: its levels, in that rate's unit
    (
        "The map shows nurses per 1,000 residents. The rate fell from 4.1 to 3.7.",
        [("4.1", "other", "other"), ("3.7", "other", "other")],
    ),
    # the figure after a colon that ends a clause of people
    ("Few people live on the island: 2,370, by the last count.", [("2370", "people", "count")]),
    # ... but the things named nearest the colon are what it counts
    ("Inspectors stopped the lorries: 40 failed the checks.", [("40", "count", "count")]),
    ("The beach had 12 lifeguards on duty.", [("12", "people", "count")]),
    # one side of a vote's tally with its noun left out, "against" or "in favour" ending the clause
    ("The bill passed with 61 votes in favour and seven against.", [("61", *COUNT), ("7", *COUNT)]),
    # (with no count before it in its sentence, the voters are persons: p411's recorded call, "41 against")
    ("The board voted 9-2, with two against.", [("2", *PEOPLE)]),
    ("The bill was approved by 40 votes to nine.", [("40", *COUNT), ("9", *COUNT)]),
    # "passenger movements", as airports count people passing through, are people; flights' are not
    ("The airport handled 6.1 million passenger movements.", [("6100000", *PEOPLE)]),
    ("Passenger movements reached 2.1 million.", [("2100000", *PEOPLE)]),
    ("Aircraft movements reached 40,000.", [("40000", *COUNT)]),
    ("The port logged 900 vessel movements.", [("900", *COUNT)]),
    # "N of them" with no count before it in its sentence: the plural noun "them" stands for
    ("Nurses are leaving the service: 4,000 of them quit last year.", [("4000", *PEOPLE)]),
    ("Officials counted the boats: 40 of them sank.", [("40", *COUNT)]),
    # a plural noun naming persons by their office counts people, also after "of its"
    ("The firm collapsed, and two of its directors fled abroad.", [("2", *PEOPLE)]),
    # a year and its comma end the clause before a bare count: the people noun before the year
    # gives it no unit, the count before it does
    (
        "About 52,000 households rented from private landlords in 2024, 3,000 fewer than a year earlier.",
        [("52000", *COUNT), ("2024", "year", "date"), ("3000", *COUNT)],
    ),
    # ... but after "year, to" the new level is of what rose
    (
        "Deaths rose 8% in 2024, to 1,400.",
        [("8", "percent", "percent_change"), ("2024", "year", "date"), ("1400", *PEOPLE)],
    ),
    # audit5: a vote's sides with no noun counted before them are the members voting; abstentions too
    (
        "The motion passed with 48 in favour and 12 against.",
        [("48", *PEOPLE), ("12", *PEOPLE)],
    ),
    ("The council backed the plan, with seven against and two abstaining.", [("7", *PEOPLE), ("2", *PEOPLE)]),
    # ... diseases named by a singular in "s" modify the cases counted
    ("Officials confirmed 45 measles cases.", [("45", *PEOPLE)]),
    ("The clinic logged 300 tuberculosis cases.", [("300", *PEOPLE)]),
    # ... a number word a colon leads to, a hedge at most between, ending its sentence
    ("The dead included children: at least nine.", [("9", *PEOPLE)]),
    ("Firefighters hurt: two in all.", [("2", *PEOPLE)]),
    # ... a glued "m" ending its clause, of persons counted, is millions
    ("Passenger movements hit 3.1m.", [("3100000", *PEOPLE)]),
    ("Visitor numbers rose to 2.4m, up 4%.", [("2400000", *PEOPLE), ("4", "percent", "percent_change")]),
    # audit5: persons named by office ("trustees", "commissioners", "ombudsmen")
    ("The firm appointed three trustees.", [("3", *PEOPLE)]),
    ("Five commissioners resigned.", [("5", *PEOPLE)]),
    # ... producers of a farm text counted in thousands are farmers; a few producers are firms or countries
    ("More than 260,000 producers grow cotton, the union said.", [("260000", *PEOPLE)]),
    ("The cooperative has 15,000 cocoa producers.", [("15000", *PEOPLE)]),
    ("The two largest cocoa producers met in Accra.", [("2", *COUNT)]),
    ("Some 4,000 oil producers operate in Texas.", [("4000", *COUNT)]),
    # ... a count after a name's number and "and", before a preposition, stands on its own
    (
        "The song spent 11 weeks in the Top 40 and 30 in the Top 100.",
        [("11", "other", "duration"), ("30", "other", "duration")],
    ),
    ("Covid-19 and 12 other diseases were listed.", [("12", *COUNT)]),
    # audit5: a side "in favour" makes its sentence a vote's
    (
        "The assembly approved the budget with 31 in favour, 9 against.",
        [("31", *PEOPLE), ("9", *PEOPLE)],
    ),
    # a doer's plural ("cutters", "pickers", "sweepers") counts persons where its clause says so:
    # a verb only persons do after it, "who", a participle of what is done to persons after
    # "were" or "been", or a verb of taking persons on before its number
    ("About 12,000 grape harvesters migrated to the southern estates this season.", [("12000", *PEOPLE)]),
    ("Some 3,500 tea pluckers went on strike on Monday.", [("3500", *PEOPLE)]),
    ("The estate employs 640 fruit pickers during the harvest.", [("640", *PEOPLE)]),
    ("The city hired 220 street sweepers last year.", [("220", *PEOPLE)]),
    ("The firm laid off 300 software developers in March.", [("300", *PEOPLE)]),
    ("The union said 2,500 dock loaders have been laid off.", [("2500", *PEOPLE)]),
    ("Some 900 tea pickers, many of them migrants, were left unpaid.", [("900", *PEOPLE)]),
    ("Some 2,000 cutters, of whom 300 are women, lost work.", [("2000", *PEOPLE), ("300", *PEOPLE)]),
    ("About 5,000 pickers and their families camp by the fields.", [("5000", *PEOPLE)]),
    ("Some 4,000 grape-pickers migrated south.", [("4000", *PEOPLE)]),  # a hyphened compound's head
    ("Nearly 700 sweepers have gone on strike.", [("700", *PEOPLE)]),
    ("The firm bought 12 hedge-trimmers.", [("12", *COUNT)]),
    ("Some 12,000 lobsters died in the heat.", [("12000", *COUNT)]),  # an animal is no doer
    ("About 300 migrant cutters sat in.", [("300", *PEOPLE)]),
    ("About 900 seasonal pickers walked off the job.", [("900", *PEOPLE)]),
    ("The ward bought 40 patient monitors.", [("40", *COUNT)]),
    ("The estate has 900 tappers, including 200 women.", [("900", *PEOPLE), ("200", *PEOPLE)]),
    ("The fleet has 40 tankers, including 12 new ones.", [("40", *COUNT), ("12", *COUNT)]),
    ("At least 80 grape harvesters lost their jobs.", [("80", *PEOPLE)]),
    ("The agency counted 5,200 seasonal pickers who earn less than the minimum wage.", [("5200", *PEOPLE)]),
    # class-people6: any other doer's plural names persons wherever it is written, with no cue of
    # its clause ("refuse collectors", "bakers", "air traffic controllers"); not a machine's, a
    # vehicle's or a thing's word with an agent's end (vocab.MACHINE_AGENT_WORDS, NOT_AGENT_WORDS),
    # nor one bought, sold or fitted ("bought 14 hand blowers"), nor a name in capitals
    ("The county said its 2,400 refuse collectors would return to work on Monday.", [("2400", *PEOPLE)]),
    ("The estate lost 120 tea pluckers to better-paying farms in Kericho.", [("120", *PEOPLE)]),
    ("The strike by 4,200 bus conductors left commuters stranded in Lagos.", [("4200", *PEOPLE)]),
    ("The 140 air traffic controllers at Heathrow voted to strike.", [("140", *PEOPLE)]),
    ("The bakery's 35 bakers start their shift before dawn.", [("35", *PEOPLE)]),
    ("About 80 bricklayers and 20 roofers are needed on the estate.", [("80", *PEOPLE), ("20", *PEOPLE)]),
    ("The council's 300 caseworkers and 45 auditors met the minister.", [("300", *PEOPLE), ("45", *PEOPLE)]),
    ("The shipping firm said it has 2,000 containers stuck in Shanghai.", [("2000", *COUNT)]),
    ("The cooperative bought 40 tractors with the grant.", [("40", *COUNT)]),
    ("Britain plans to build 12 reactors by 2050.", [("12", *COUNT), ("2050", "year", "date")]),
    ("The ministry installed 300 printers in rural schools.", [("300", *COUNT)]),
    ("The programme covers six sectors, including textiles and tourism.", [("6", *COUNT)]),
    ("The 45 lifeguard towers along the beach will be repainted.", [("45", *COUNT)]),
    ("Kenya Power said 70 transformers were vandalised in March.", [("70", *COUNT)]),
    ("The 15 motors in the pumping station were replaced.", [("15", *COUNT)]),
    ("The plant bought 14 hand blowers last year.", [("14", *COUNT)]),
    ("The navy flew two helicopters and three gliders over the bay.", [("2", *COUNT), ("3", *COUNT)]),
    ("She passed five Highers last summer.", [("5", *COUNT)]),
    ("The fleet of 46 purse seiners stayed in port.", [("46", *COUNT)]),
    ("Customs seized 12 revolvers and 3,000 painkillers.", [("12", *COUNT), ("3000", *COUNT)]),
    ("The pitcher struck out three batters in the ninth.", [("3", *COUNT)]),  # a statistic
    (
        "The villa employs 14 maids, four chauffeurs and two sommeliers.",
        [("14", *PEOPLE), ("4", *PEOPLE), ("2", *PEOPLE)],
    ),
    ("The recall covers 40 dishwashers and 12 air-fryers.", [("40", *COUNT), ("12", *COUNT)]),
    ("She hit five three-pointers in the fourth quarter.", [("5", *COUNT)]),
    ("Two tremors shook the valley overnight.", [("2", *COUNT)]),
    ("Police seized 300 firecrackers and 12 hairdryers.", [("300", *COUNT), ("12", *COUNT)]),
    ("The water works replaced 30 filters and two gas burners.", [("30", *COUNT), ("2", *COUNT)]),
    ("The hardware store sold 40 ladders and 12 hammers.", [("40", *COUNT), ("12", *COUNT)]),
    # ... and machines, tools and boats elsewhere
    ("The workshop sharpens cutters and drills; it sold 400 cutters last year.", [("400", *COUNT)]),
    ("The coast guard sent two cutters to the scene.", [("2", *COUNT)]),
    ("The farm bought three cotton pickers for $1.2 million.", [("3", *COUNT), ("1200000", "USD", "money")]),
    ("The city ordered 12 new street sweepers from a Swedish maker.", [("12", *COUNT)]),
    ("The ward installed 40 heart monitors last month.", [("40", *COUNT)]),
    ("The 12 cutters were sold at auction.", [("12", *COUNT)]),
    ("Three developers laid off 300 staff.", [("3", *COUNT), ("300", *PEOPLE)]),
    ("Two carriers said they would cut 14 routes.", [("2", *COUNT), ("14", *COUNT)]),  # firms say too
    # a tally "A to B" in a sentence about a vote or a chamber's seats: two counts, whichever side
    # is the larger, votes rather than the persons voting
    ("Councillors voted 9 to 4 to approve the budget.", [("9", *COUNT), ("4", *COUNT)]),
    ("The motion was defeated 231 to 196.", [("231", *COUNT), ("196", *COUNT)]),
    ("The motion failed 196 to 231.", [("196", *COUNT), ("231", *COUNT)]),
    ("Democrats control the Senate 51 to 49.", [("51", *COUNT), ("49", *COUNT)]),
    (
        "Democrats control the House 233 to 202 after the special elections.",
        [("233", *COUNT), ("202", *COUNT)],
    ),
    ("In a 6 to 3 ruling, the court struck down the law.", [("6", *COUNT), ("3", *COUNT)]),
    ("The Senate passed the bill by 61 to 38.", [("61", *COUNT), ("38", *COUNT)]),
    ("Councillors voted nine to four to approve the plan.", [("9", *COUNT), ("4", *COUNT)]),  # in words
    ("Delegates approved the new rules 415 to 87.", [("415", *COUNT), ("87", *COUNT)]),
    # ... a smaller side first needs a vote itself named: a range of persons otherwise
    ("The council will hire 20 to 30 at the meeting.", [("20/30", *PEOPLE)]),
    ("They set a target of 20 to 30 this season.", [("20/30", *COUNT)]),
    # ... a change "by A to B" stays a change
    ("Sales rose 300 to 9,730 in the half.", [("300", *COUNT), ("9730", *COUNT)]),
    # class-scales: a player's statistic per night, contest or outing is a rate per game; a decimal
    # statistic in the sentence of a per-game average is one too
    (
        "He took 6.8 shots a night, and made 3.1 of them.",
        [("6.8", "other", "other"), ("3.1", "other", "other")],
    ),
    ("The center blocked 2.2 shots a contest.", [("2.2", "other", "other")]),
    (
        "He averaged 19.2 points and 11.7 boards an outing.",
        [("19.2", "other", "other"), ("11.7", "other", "other")],
    ),
    # a batter's average read bare after "averages" or "an average of" in a sentence about batting
    ("The opener averages 53.1 in Test cricket.", [("53.1", "other", "other")]),
    (
        "She scored 1,170 runs at an average of 47.8 last summer.",
        [("1170", *COUNT), ("47.8", "other", "other")],
    ),
    (
        "The guard is averaging 21.9 points this season, up from 9.4 points as a rookie.",
        [("21.9", "other", "other"), ("9.4", "other", "other")],
    ),
    (
        "She is putting up 15.3 points a game and dishing out 5.2 assists.",
        [("15.3", "other", "other"), ("5.2", "other", "other")],
    ),
    # class-nouns: "entry points" may be gates (no admissions system); a cut-off level with no points
    # named anywhere before it takes no points unit (rules, table 1: the text gives it none)
    ("The stadium has 12 entry points.", [("12", *COUNT)]),
    (
        "The cut-off for medicine rose to 600 this year. Physiotherapy stayed at 540.",
        [("600", *COUNT), ("540", *COUNT)],
    ),
    # class-nouns: workers' compounds of "hands" are persons, an adjective between ("new", "extra")
    ("The trawler's nine deckhands were winched to safety by the coastguard helicopter.", [("9", *PEOPLE)]),
    ("The ranch hired 14 new farmhands and four stagehands for the show.", [("14", *PEOPLE), ("4", *PEOPLE)]),
    # ... an agent noun after a hiring "take on", or after a group of persons and "of"
    ("The port authority said it had taken on 240 new crane operators since the spring.", [("240", *PEOPLE)]),
    ("The council sent a team of six assessors and a crew of 14 riggers.", [("6", *PEOPLE), ("14", *PEOPLE)]),
    # ... and a ship's cargo taken on stays things
    ("The freighter took on 40 containers in Durban.", [("40", *COUNT)]),
    # persons3: a role noun that also names things ("coaches", "guides") decided as an agent noun
    # is; a person's modifier of how they are engaged ("volunteer", "full-time", "seasonal")
    ("The museum now relies on 75 volunteer guides to run its weekend tours.", [("75", *PEOPLE)]),
    ("The academy employs 16 full-time coaches across its youth teams.", [("16", *PEOPLE)]),
    ("The estate took on 45 seasonal packers for the apple harvest.", [("45", *PEOPLE)]),
    ("The operator bought 16 coaches for its airport shuttle.", [("16", *COUNT)]),
    ("The club hired 40 coaches to take fans to the final.", [("40", *COUNT)]),
    ("The club hired 12 full-time coaches for its academy.", [("12", *PEOPLE)]),
    ("The ministry printed 75 guides to the new benefit rules.", [("75", *COUNT)]),
    # ... the compounds of "-herds", "-smiths", "-wrights", "-graphers" and the "-ee" of one a
    # verb is done to are persons; "committees", "guarantees" and "herds" of animals are not
    ("Only four shepherds still work the high pastures above the village.", [("4", *PEOPLE)]),
    (
        "The festival booked 12 blacksmiths, six shipwrights and 20 photographers.",
        [("12", *PEOPLE), ("6", *PEOPLE), ("20", *PEOPLE)],
    ),
    (
        "The chain has 140 franchisees and 30 appointees on its board of partners.",
        [("140", *PEOPLE), ("30", *PEOPLE)],
    ),
    (
        "The council set up 12 committees and gave three guarantees to the owners of 40 herds.",
        [("12", *COUNT), ("3", *COUNT), ("40", *COUNT)],
    ),
    # ... a noun kept plural as a modifier leaves the head to the noun after it
    ("The insurer laid off 120 claims handlers after moving the work offshore.", [("120", *PEOPLE)]),
    ("Police and 60 customs officers searched the ship.", [("60", *PEOPLE)]),
    ("The club opened 12 sports halls this year.", [("12", *COUNT)]),
    # ... a verb of taking persons on or off ("sacked", "appointed") and a second object joined
    # by "and" to a taking verb's first, when that first names persons too
    ("The club sacked 14 fitters and appointed six loss adjusters.", [("14", *PEOPLE), ("6", *PEOPLE)]),
    ("The rail operator recruited 300 conductors and 150 signallers.", [("300", *PEOPLE), ("150", *PEOPLE)]),
    (
        "The city will deploy 200 water cannon and 40 sprinklers on the main roads.",
        [("200", *COUNT), ("40", *COUNT)],
    ),
    ("The navy deployed 12 destroyers and two minesweepers to the strait.", [("12", *COUNT), ("2", *COUNT)]),
    # ... on a rota or a payroll, working for someone, made redundant, furloughed, shed
    ("The depot keeps 14 fitters on duty overnight.", [("14", *PEOPLE)]),
    ("About 300 drillers employed at the quarry were told to stay home.", [("300", *PEOPLE)]),
    ("Forty packers working for the supplier were made redundant.", [("40", *PEOPLE)]),
    ("The courier firm furloughed 300 sorters and shed 40 loaders.", [("300", *PEOPLE), ("40", *PEOPLE)]),
    ("The navy said 12 destroyers were redeployed to the strait.", [("12", *COUNT)]),
    ("The plant keeps 12 generators on standby.", [("12", *COUNT)]),
    # ... machines, vehicles and vessels with an agent's end stay things after any of those verbs
    ("The navy deployed two tankers and four carriers to the Gulf.", [("2", *COUNT), ("4", *COUNT)]),
    ("The airport hired 50 scanners and 12 trailers for the summer.", [("50", *COUNT), ("12", *COUNT)]),
    ("The shipping line has ordered 40 tankers from a Korean yard.", [("40", *COUNT)]),
    (
        "The hospital bought 15 ventilators and 20 heaters with money raised by the appeal.",
        [("15", *COUNT), ("20", *COUNT)],
    ),
    # cases of goods (drinks, food, packed goods) are packs counted; of an illness, patients
    ("Customs officers seized 300 cases of counterfeit whisky at the border crossing.", [("300", *COUNT)]),
    ("The food bank handed out 640 cases of tinned tomatoes before Christmas.", [("640", *COUNT)]),
    (
        "Doctors saw 40 cases of food poisoning and 12 cases of chicken pox, and 300 of water-borne disease.",
        [("40", *PEOPLE), ("12", *PEOPLE), ("300", *PEOPLE)],
    ),
    ("Health officials confirmed 14 new cases of dengue fever in the province.", [("14", *PEOPLE)]),
    # individuals of animals (a named animal, species, a colony, breeding) are counted things; of a
    # survey, persons
    (
        "The country's wild population of the snow leopard is put at about 1,100 mature individuals.",
        [("1100", *COUNT)],
    ),
    ("The bird was one of only 19 individuals ringed at the site since records began.", [("19", *COUNT)]),
    (
        "The gannet colony grew 6 per cent to 3,400 individuals.",
        [("6", "percent", "percent_change"), ("3400", *COUNT)],
    ),
    ("Of the 2,004 individuals questioned by the pollster, a majority backed the plan.", [("2004", *PEOPLE)]),
    ("Of the 1,500 individuals surveyed about their pets, most own a dog.", [("1500", *PEOPLE)]),
    # heads of a state, a government or a department are persons; heads of cattle or lettuce, things
    ("Twelve heads of state and 30 heads of department attended.", [("12", *PEOPLE), ("30", *PEOPLE)]),
    ("The farm sold 5,000 heads of lettuce and 85 head of cattle.", [("5000", *COUNT), ("85", *COUNT)]),
    # members of a union are persons; member states are things counted
    (
        "The union, which has 14,500 members in the health service, says all 27 member states must agree.",
        [("14500", *PEOPLE), ("27", *COUNT)],
    ),
    # a league log's entries: a team's matches played, won, drawn, lost and its points, glued to or
    # spaced from the column's letters (two to four `count` rows each)
    (
        "STANDINGS: Rangers P14 Pts33; Hearts P14 Pts29; Hibernian P13 Pts24.",
        [
            ("14", "count", "count"),
            ("33", "count", "count"),
            ("14", "count", "count"),
            ("29", "count", "count"),
            ("13", "count", "count"),
            ("24", "count", "count"),
        ],
    ),
    (
        "Points table: India P5 W4 L1 Pts8",
        [("5", "count", "count"), ("4", "count", "count"), ("1", "count", "count"), ("8", "count", "count")],
    ),
    (
        "Pool A leaders: Fiji (P 3, W 3, Pts 14), Samoa (P 3, W 2, Pts 10).",
        [
            ("3", "count", "count"),
            ("3", "count", "count"),
            ("14", "count", "count"),
            ("3", "count", "count"),
            ("2", "count", "count"),
            ("10", "count", "count"),
        ],
    ),
    # ... and a league table under a head line of column letters; a position is a rank and a goal
    # difference a signed difference (no row)
    (
        "Team P W D L Pts\nArsenal 12 8 2 2 26\nLiverpool 12 7 3 2 24",
        [
            ("12", "count", "count"),
            ("8", "count", "count"),
            ("2", "count", "count"),
            ("2", "count", "count"),
            ("26", "count", "count"),
            ("12", "count", "count"),
            ("7", "count", "count"),
            ("3", "count", "count"),
            ("2", "count", "count"),
            ("24", "count", "count"),
        ],
    ),
    (
        "Pos Club Pld W D L GD Pts\n1 Al Ahly 9 7 2 0 +15 23\n2 Zamalek 9 6 1 2 +7 19",
        [
            ("9", "count", "count"),
            ("7", "count", "count"),
            ("2", "count", "count"),
            ("0", "count", "count"),
            ("23", "count", "count"),
            ("9", "count", "count"),
            ("6", "count", "count"),
            ("1", "count", "count"),
            ("2", "count", "count"),
            ("19", "count", "count"),
        ],
    ),
    # a fact box's label of persons ("Injured:", "Displaced:"), and a label with a bracketed aside
    (
        "Deaths: 23\nInjured: 140\nHomes destroyed: 1,260",
        [("23", "people", "count"), ("140", "people", "count"), ("1260", "count", "count")],
    ),
    ("Evacuated: 3,400\nShelters open: 18", [("3400", "people", "count"), ("18", "count", "count")]),
    ("Population (2021 census): 84,200", [("2021", "year", "date"), ("84200", "people", "count")]),
    ("Killed: 4\nHospitalised: 17", [("4", "people", "count"), ("17", "people", "count")]),
    # class-labels: a disease or disaster box's labels of persons by their state ("Missing:",
    # "Recoveries:", "Active:" among case counts); a statistic per team, listed or as "N-M"
    (
        "FLOODS: Missing: 12\nConfirmed dead: 31\nRescued: 208",
        [("12", "people", "count"), ("31", "people", "count"), ("208", "people", "count")],
    ),
    (
        "CHOLERA UPDATE: Cases: 4,812\nRecoveries: 4,210\nActive: 512\nDeaths: 90",
        [
            ("4812", "people", "count"),
            ("4210", "people", "count"),
            ("512", "people", "count"),
            ("90", "people", "count"),
        ],
    ),
    (
        "Recovered: 1,930\nIn hospital: 41\nIn intensive care: 6",
        [("1930", "people", "count"), ("41", "people", "count"), ("6", "people", "count")],
    ),
    ("Active: 2,400\nDormant: 310", [("2400", "count", "count"), ("310", "count", "count")]),
    (
        "Corners: Celtic 11, Rangers 4\nFouls: Celtic 9, Rangers 14",
        [
            ("11", "count", "count"),
            ("4", "count", "count"),
            ("9", "count", "count"),
            ("14", "count", "count"),
        ],
    ),
    (
        "Shots on target: 6-3\nPossession: 58%-42%",
        [
            ("6", "count", "count"),
            ("3", "count", "count"),
            ("58", "percent", "percentage_share"),
            ("42", "percent", "percentage_share"),
        ],
    ),
    # class-pipes: a table's cell under a column head that names persons counts them ("Voters",
    # "Registered voters", "Deaths"), and so does a participle's column after theirs ("Accepted");
    # a tab before a bare number is a cell break, no space inside a name ("Blantyre<TAB>986")
    (
        "Results by county:\nCounty | Voters | Turnout (%)\nKisumu | 412,300 | 61.2\nNakuru | 508,900 | 58.7",
        [
            ("412300", *PEOPLE),
            ("61.2", "percent", "percentage_share"),
            ("508900", *PEOPLE),
            ("58.7", "percent", "percentage_share"),
        ],
    ),
    (
        "Hospital | Patients | Beds\nSt Mary's | 214 | 250\nRoyal Infirmary | 388 | 420",
        [("214", *PEOPLE), ("250", *COUNT), ("388", *PEOPLE), ("420", *COUNT)],
    ),
    (
        "Municipality | Applicants | Accepted | Acceptance rate (%)\nTetovo | 530 | 318 | 60.0",
        [("530", *PEOPLE), ("318", *PEOPLE), ("60", "percent", "percentage_share")],
    ),
    (
        "Constituency | Registered voters | Polling stations\nKandy | 1,130,000 | 1,412",
        [("1130000", *PEOPLE), ("1412", *COUNT)],
    ),
    (
        "District\tCases\tDeaths\nLilongwe\t1,204\t17\nBlantyre\t986\t9",
        [("1204", *PEOPLE), ("17", *PEOPLE), ("986", *PEOPLE), ("9", *PEOPLE)],
    ),
    (
        "Club | Played | Won | Points\nZesco United | 12 | 8 | 27",
        [("12", *COUNT), ("8", *COUNT), ("27", *COUNT)],
    ),
    (
        "Ward | Homes without power | Engineers on site\nKabwata | 1,250 | 14",
        [("1250", *COUNT), ("14", *PEOPLE)],
    ),
    # class-looks3: "one in every N" is a ratio beside a count
    (
        "Police stopped 6,240 motorists over the Easter weekend, one in every 14 of them for speeding.",
        [("6240", "people", "count")],
    ),
    # late-pay: "who number" (or "who now total") before a bare count: persons; "which number": things
    (
        "Nurses at state hospitals, who number about 14 500, will get the new rates from January.",
        [("14500", "people", "count")],
    ),
    (
        "Security guards, who now total some 40 000 nationwide, earn R5 100 a month on average.",
        [("40000", "people", "count"), ("5100", "ZAR", "money")],
    ),
    ("The island's ferries, which number 12, are ageing.", [("12", *COUNT)]),
    # class-discover-f: a position column's cells in a pipe table are ranks, no row
    (
        "Pos | Club | P | Pts\n1 | Leopards | 11 | 25\n2 | Stars | 11 | 21",
        [("11", *COUNT), ("25", *COUNT), ("11", *COUNT), ("21", *COUNT)],
    ),
    # class-labels4: a league table's points abbreviated "pts" are counted, not the persons a club's
    # name spells; the games played in brackets after them are counted as the points are
    (
        "Top of the table: Rangers 31 pts (17), Celtic 28 pts (16).",
        [("31", *COUNT), ("17", *COUNT), ("28", *COUNT), ("16", *COUNT)],
    ),
    ("Rangers have 31 pts with a game in hand.", [("31", *COUNT)]),
    ("The ward treated 40 patients (12) last week.", [("40", *PEOPLE), ("12", *PEOPLE)]),
    # class-discover-e: an acronym that spells a function word modifies the noun after it; a
    # "-strong" size counts a group's members after modifiers; "troop" before "numbers"; a period
    # label "y/y" inside the clause; an aircraft's hyphened model name before its noun
    ("Seoul and Washington agreed to keep 28,500 US troops on the peninsula.", [("28500", *PEOPLE)]),
    ("The ministry hired 400 IT staff last year.", [("400", *PEOPLE)]),
    ("A 5,000-strong multinational brigade will be stationed on the border.", [("5000", *PEOPLE)]),
    ("Troop numbers in the region will rise from 4,000 to 10,000.", [("4000", *PEOPLE), ("10000", *PEOPLE)]),
    (
        "Passenger traffic at the port rose 6% y/y to 2.4 million.",
        [("6", "percent", "percent_change"), ("2400000", *PEOPLE)],
    ),
    ("The deal covers 48 F-16 jets and 1,200 missiles.", [("48", *COUNT), ("1200", *COUNT)]),
    ("The air force will buy 12 C-130 transport planes.", [("12", *COUNT)]),
    ("The army sent 12 troop carriers to the border.", [("12", *COUNT)]),
    # class-left7: a row label's bracket that names a count under a money heading: counts, persons
    # when named
    (
        "Group results (RM million)\nRevenue: 1,240.5\nStaff (number): 1,200\nBranches (units): 42",
        [("1240500000", "MYR", "money"), ("1200", *PEOPLE), ("42", *COUNT)],
    ),
    (
        "Summary (RM million)\nProfit before tax: 88.1\nShares in issue (number of shares): 412,000,000",
        [("88100000", "MYR", "money"), ("412000000", *COUNT)],
    ),
    (
        "Highlights (S$ million)\nTotal income: 512.3\nOutlets (units): 86\nStaff (persons): 2,950",
        [("512300000", "SGD", "money"), ("86", *COUNT), ("2950", *PEOPLE)],
    ),
    (
        "| (KD million) | 2026 | 2025 |\n| Net profit | 18.7 | 16.2 |\n| Employees (number) | 3,410 | 3,220 |",
        [
            ("2026", "year", "date"),
            ("2025", "year", "date"),
            ("18700000", "KWD", "money"),
            ("16200000", "KWD", "money"),
            ("3410", *PEOPLE),
            ("3220", *PEOPLE),
        ],
    ),
    # class-left7: "one" and its noun per a round base of a population is a rate of one, a noun in
    # "-ed" ("one bed") or of two words ("one hospital bed") too; the base no figure
    (
        "The district hospital in Kenema is badly stretched: it has one bed per 1,000 people.",
        [("1", *OTHER)],
    ),
    ("Rural Bihar has barely one hospital bed per 1,000 people, the audit found.", [("1", *OTHER)]),
    ("The county has one tool shed per 10,000 residents.", [("1", *OTHER)]),
    # ... a whole number "in every" a base of 1,000 or more is a rate ("in every 100" stays a ratio)
    ("Neonatal deaths fell to 12 in every 1,000 babies born in the province last year.", [("12", *OTHER)]),
    (
        "About 7 in every 10,000 flights were delayed by more than three hours, the regulator said.",
        [("7", *OTHER), ("3", "other", "duration")],
    ),
    # ... a base noun of two words or with a hyphen
    ("Card issuers said arrears hit 3.8 in every 100 credit-card accounts.", [("3.8", *OTHER)]),
    (
        "Insurers logged 2.9 claims per 1,000 first-time drivers in 2025.",
        [("2.9", *OTHER), ("2025", "year", "date")],
    ),
    # class-left7: "the" or "all" and a number word with no noun, standing for persons named before: persons
    # (a verb only persons do, or a title or a persons' noun before it), as an elided noun's count
    ("Mr Lavrov and Mr Rubio last spoke in May; the two met in Geneva on Friday.", [("2", *PEOPLE)]),
    (
        "Ms Baerbock, Mr Sikorski and Mr Barrot held talks in Weimar, and the three spoke by phone again.",
        [("3", *PEOPLE)],
    ),
    (
        "Police arrested a 34-year-old man and his brother at the port; the two were charged with smuggling.",
        [("34", "other", "count"), ("2", *PEOPLE)],
    ),
    ("Alonso and Norris touched wheels at the chicane, but the two later shook hands.", [("2", *PEOPLE)]),
    # ... not things named before, nor a noun after the number
    ("Shell and BP said the two would review the bid.", [("2", *COUNT)]),
    ("The two firms will merge next year, creating Kenya's largest tea exporter.", [("2", *COUNT)]),
    # class-people7: persons a sentence leaves implied, carried ("on board", "aboard"), awaited
    # ("expected at", "expected to attend"), taking part, or a verb done to persons right after
    ("The Antonov crashed shortly after take-off from Goma, killing all 67 on board.", [("67", *PEOPLE)]),
    ("The 1,100 aboard the cruise ship have been confined to their cabins.", [("1100", *PEOPLE)]),
    (
        "With 30,000 expected at the stadium on Saturday, police closed three roads.",
        [("30000", *PEOPLE), ("3", *COUNT)],
    ),
    (
        "A total of 6,000 are expected to attend the three-day summit in Kigali.",
        [("6000", *PEOPLE), ("3", "days", "duration")],
    ),
    ("Organisers said more than 8,000 took part in the march through Santiago.", [("8000", *PEOPLE)]),
    ("Of the 19 arrested, 11 were later released on bail.", [("19", *PEOPLE), ("11", *PEOPLE)]),
    (
        "Four of the 27 on board the helicopter were crew, the operator said.",
        [("4", *PEOPLE), ("27", *PEOPLE)],
    ),
    # ... two names as the subject of a verb only persons do, then "the two"
    (
        "Ruto and Museveni met in Entebbe on Tuesday, and the two agreed to reopen the border post.",
        [("2", *PEOPLE)],
    ),
    # ... trades and the persons' work before a doer's noun ("election monitors", "call-centre agents")
    (
        "The hotel group said it would hire 120 cooks and 60 cleaners before the season opens.",
        [("120", *PEOPLE), ("60", *PEOPLE)],
    ),
    ("The African Union deployed 45 election monitors to Lusaka ahead of the vote.", [("45", *PEOPLE)]),
    ("About 2,300 call-centre agents in Cebu walked out over unpaid overtime.", [("2300", *PEOPLE)]),
    # ... fighters after an aircraft's model are aircraft; after a group's name, persons
    ("India signed a deal for 114 Rafale fighters to be built partly in Nagpur.", [("114", *COUNT)]),
    ("The jets were escorted by two F-16 fighters from Aviano.", [("2", *COUNT)]),
    ("The air force flew four B-52 bombers over the Baltic.", [("4", *COUNT)]),
    ("The army said it had killed 200 Islamic State fighters in the Hamrin mountains.", [("200", *PEOPLE)]),
    ("Nearly 1,500 al-Shabaab fighters were believed to be in the area.", [("1500", *PEOPLE)]),
    # ... cases the police register or a law names are offences; of a disease, patients
    ("Police in the state registered 1.8 lakh cases last year.", [("180000", *COUNT)]),
    ("Prosecutors registered 3,400 cases under the penal code.", [("3400", *COUNT)]),
    ("Police said 40 new cases of cholera were found in the camp.", [("40", *PEOPLE)]),
    ("The district reported 412 dengue cases in the week to Sunday.", [("412", *PEOPLE)]),
    # late-formats2: a recipe's servings, a seat compound before a venue's name, subjects taught
    # before a persons' noun, a day of a date before "in N", a running total after "This week"
    ("Chickpea and spinach curry (serves 8)", [("8", *COUNT)]),
    ("Simmer the lamb stew for two hours (serves 4).", [("2", "other", "duration"), ("4", *COUNT)]),
    ("The stew serves six.", [("6", *COUNT)]),
    ("The festival opens in the 2,400-seat Grand Lyric theatre on Friday.", [("2400", *COUNT)]),
    ("The 18,000-seat stadium was sold out.", [("18000", *PEOPLE)]),
    ("The ministry will hire 1,200 Physics and Chemistry lecturers next year.", [("1200", *PEOPLE)]),
    ("The college trained 45 economics graduates as tax inspectors.", [("45", *PEOPLE)]),
    (
        "The film will be screened between June 3 and 9 in 23 cinemas.",
        [("--06-03/--06-09", "date", "date"), ("23", *COUNT)],
    ),
    ("The film will be shown in 23 cinemas across the country.", [("23", *COUNT)]),
    (
        "The council published four more corrections, bringing the total for 2026 to 52, against 47 in 2025.",
        [("4", *COUNT), ("2026", "year", "date"), ("52", *COUNT), ("47", *COUNT), ("2025", "year", "date")],
    ),
    ("This week the tally of new wells rose to 41.", [("41", *COUNT)]),
    ("Applicants are judged on a 9-point scale.", [("9", *COUNT)]),
    # class-people8: the counted noun before its number: an aside "numbering N" after it, cases a
    # court holds named after "cases", a body's membership or a school's enrolment as its persons;
    # role nouns of persons; an alternative party after "or"
    (
        "Nurses at the district hospital, numbering 640, stayed away from the wards on Monday.",
        [("640", *PEOPLE)],
    ),
    ("Court clerks across the county, numbering about 1,200, walked out.", [("1200", *PEOPLE)]),
    ("Delegates to the synod, totalling 410, voted on Friday.", [("410", *PEOPLE)]),
    ("The lorries, numbering 60, were impounded at the border.", [("60", *COUNT)]),
    ("Cases pending before the labour tribunal rose to 4,312 by the end of the month.", [("4312", *COUNT)]),
    ("Cases filed at the land court climbed to 980 this year.", [("980", *COUNT)]),
    ("Cases pending confirmation rose to 12, the health ministry said.", [("12", *PEOPLE)]),
    ("Membership of the cooperative climbed to 12,750 this season.", [("12750", *PEOPLE)]),
    ("Enrolment at the polytechnic has swelled to 7,820.", [("7820", *PEOPLE)]),
    ("Some 40 job aspirants queued outside the recruitment office in Lagos.", [("40", *PEOPLE)]),
    ("More than 300 hopefuls turned up for the open audition in Manchester.", [("300", *PEOPLE)]),
    ("Port officials found 12 stowaways in a container bound for Rotterdam.", [("12", *PEOPLE)]),
    ("About 150 congregants attended the vigil.", [("150", *PEOPLE)]),
    ("The army said 45 ex-combatants handed in their weapons.", [("45", *PEOPLE)]),
    ("Some 2,300 IDPs were moved to the new camp.", [("2300", *PEOPLE)]),
    ("This stew serves six as a main course or eight as a starter.", [("6", *COUNT), ("8", *COUNT)]),
    ("The cottage sleeps four in the house or six with the annexe.", [("4", *PEOPLE), ("6", *PEOPLE)]),
    # a rate per head named with no figure as its clause's subject: the bare levels after it are the rate's
    (
        "Cinema screens per 100,000 people fell from 9.4 to 8.1 in the decade.",
        [("9.4", "other", "other"), ("8.1", "other", "other")],
    ),
    ("Dentists per 10,000 residents stand at 6.2.", [("6.2", "other", "other")]),
    # shellfish counted with a plural written as the singular
    ("Divers counted 31 conch per hectare in the reserve.", [("31", "other", "other")]),
    # class-names8: an engine's cylinders glued to their number; things priced by the number, the
    # number after the price's "for" counting them (after "cost", a verb of selling, or a letter sign)
    (
        "The hatchback comes with a 1.5-litre 4cyl petrol engine producing 110kW.",
        [("1.5", "other", "other"), ("4", *COUNT), ("110", "other", "other")],
    ),
    ("Its 6cyl diesel was dropped from the range.", [("6", *COUNT)]),
    (
        "At the night market, dumplings cost HK$48 for eight and a bowl of congee HK$26.",
        [("48", "HKD", "money"), ("8", *COUNT), ("26", "HKD", "money")],
    ),
    ("Fishmongers in Lagos now sell tilapia at ₦4,500 for three.", [("4500", "NGN", "money"), ("3", *COUNT)]),
    ("Hawkers in Karachi sell guavas at Rs 200 for five.", [("200", "PKR", "money"), ("5", *COUNT)]),
    ("Oysters were €18 for six at the harbour stall.", [("18", "EUR", "money"), ("6", *COUNT)]),
    # class-kinds: a rate per head named by its measure alone as the clause's subject: the bare level
    # is the rate's, in the unit its definition gives it
    (
        "Japan's total fertility rate, watched closely by planners in Tokyo, slipped to 1.15 last year.",
        [("1.15", *OTHER)],
    ),
    ("The birth rate in Italy fell from 7.1 to 6.4 last year.", [("7.1", *OTHER), ("6.4", *OTHER)]),
    ("The murder rate, which peaked in 2016, dropped to 19.", [("2016", "year", "date"), ("19", *OTHER)]),
    # class-kinds: a bare count of the noun its sentence opens with, past an aside between commas
    (
        "Officers from the traffic division, about 450 in all, will be deployed along the route.",
        [("450", *PEOPLE)],
    ),
    (
        "Chaperones travelling with the school choir, 18 in all, were questioned at the airport.",
        [("18", *PEOPLE)],
    ),
    (
        "Teachers in the province, whose union has called a strike for next week, number 48,000.",
        [("48000", *PEOPLE)],
    ),
    ("Cars seized by customs, most of them stolen in Europe, numbered 740.", [("740", *COUNT)]),
    ("Kenya's midwives, long the backbone of rural clinics, now total 6,100.", [("6100", *PEOPLE)]),
    ("The survivors, 23 castaways from a sunken fishing boat, were found on an atoll.", [("23", *PEOPLE)]),
    ("Police, roughly 600 in all, sealed off the square.", [("600", *PEOPLE)]),
    # class-kinds: police counted after a number are persons; before a noun they modify it
    ("About 2,000 riot police were deployed in the capital.", [("2000", *PEOPLE)]),
    ("The force opened 40 police stations.", [("40", *COUNT)]),
    # class-kinds: persons after "by" and a participle are the agent, not the noun counted
    ("Scooters seized by officers in the old town rose to 1,300.", [("1300", *COUNT)]),
    # class-kinds: cases closed by an inquiry, or filed in a court its persons name, are files counted
    ("The watchdog closed 212 cases in the year.", [("212", *COUNT)]),
    ("Suits lodged in the magistrates courts rose to 4,100.", [("4100", *COUNT)]),
    # class-left10: "from two lanes to four": the first end's noun, after a number word, carried
    (
        "Engineers will widen the Nairobi bypass from two lanes to four at a cost of Sh8.2 billion.",
        [("2", "count", "count"), ("4", "count", "count"), ("8200000000", "KES", "money")],
    ),
    (
        "The ring road will be widened from four lanes to six.",
        [("4", "count", "count"), ("6", "count", "count")],
    ),
    # class-left10: a results list whose last item is a plural of doers in small letters: the
    # list's things (seats), not persons, and the bare item before it still an item of the list
    (
        "Final results gave the ruling party 212 seats, the main opposition 98 and independents 14.",
        [("212", "count", "count"), ("98", "count", "count"), ("14", "count", "count")],
    ),
    (
        "Results gave the governing alliance 151 seats, the Liberals 62 and independents 9.",
        [("151", "count", "count"), ("62", "count", "count"), ("9", "count", "count")],
    ),
    # ... a list of persons keeps its persons
    (
        "The firm employs 400 drivers, the depot 12 and conductors 30.",
        [("400", "people", "count"), ("12", "people", "count"), ("30", "people", "count")],
    ),
    # class-discover-j: the target of an attack or an offence is no counted noun
    ("Attacks on civilians rose to 40 last month.", [("40", "attacks", "count")]),
    ("Crimes against women rose to 4,100 last year.", [("4100", "count", "count")]),
    # class-discover-j: two names joined by "and" after "in" are one place, no clause break
    ("The prison population in England and Wales reached 88,350 on Friday.", [("88350", "people", "count")]),
    # class-discover-j: ", with N cases" goes on with the clause that names the offence
    (
        "Fraud losses reached £1.17bn last year, with 3.3 million cases.",
        [("1170000000", "GBP", "money"), ("3300000", "count", "count")],
    ),
    # class-discover-j: an average's owner after "the number of"
    (
        "The number of farms fell to 1,200, with an average of 3.5 workers each.",
        [("1200", "count", "count"), ("3.5", "other", "other")],
    ),
    # class-discover-j: a vehicle class named by its wheels gives no count of wheels
    ("Two-wheeler sales rose 12% in October.", [("12", "percent", "percent_change")]),
    ("The firm sold 1.2 million two-wheelers in October.", [("1200000", "count", "count")]),
    # late-formats3: a lottery's results line, the numbers matched counted, the tier's winners persons
    (
        "Match 5: 9 winners, J$412,000 each",
        [("5", "count", "count"), ("9", "people", "count"), ("412000", "JMD", "money")],
    ),
    (
        "Match 4 + Bonus: 3 winners, R18,250 each",
        [("4", "count", "count"), ("3", "people", "count"), ("18250", "ZAR", "money")],
    ),
    (
        "Match 3 + Bonus: 1 winner, €1,200",
        [("3", "count", "count"), ("1", "people", "count"), ("1200", "EUR", "money")],
    ),
    (
        "Match 6: no winner (jackpot of ₦45 million rolls over)",
        [("6", "count", "count"), ("45000000", "NGN", "money")],
    ),
    # class-discover-l: "N of them" after a count of things is a part of those things
    (
        "The agency owns 1,450 flats in the district, and 310 of them have stood empty for a year.",
        [("1450", *COUNT), ("310", *COUNT)],
    ),
    # ... and a utility's customers in a "who" clause about their supply are accounts (rules, table 4)
    (
        "By noon the utility had restored 45,000 of the 70,000 customers who lost power overnight.",
        [("45000", *COUNT), ("70000", *COUNT)],
    ),
    (
        "Around 9,000 subscribers who had no signal for two days will get a rebate.",
        [("9000", *COUNT), ("2", "days", "duration")],
    ),
    # ... a "who" clause of anything else still says persons
    ("Some 300 customers who queued overnight were turned away.", [("300", *PEOPLE)]),
    # class-discover-l: a decimal count after "each" and its owner is an average per owner
    ("Each family would need 2.3 children to keep the village school open.", [("2.3", "other", "other")]),
    # ... not after "each" and a span of time
    ("Each year the clinic sees 4,200 patients.", [("4200", *PEOPLE)]),
    # ... and so is a whole average written with its decimal (class-discover-l)
    ("In the hill district the average family has 4.0 members.", [("4", "other", "other")]),
    # class-left12: a tally's label by year or month names persons; a total under a heading of persons
    (
        "Asylum seekers by year: 2021 48,540; 2022 74,751",
        [("2021", "year", "date"), ("48540", *PEOPLE), ("2022", "year", "date"), ("74751", *PEOPLE)],
    ),
    ("Visitors by month: January 12,300; February 14,150", [("12300", *PEOPLE), ("14150", *PEOPLE)]),
    ("Registered voters by region. Total: 4.25m", [("4250000", *PEOPLE)]),
    ("Exports by region: north 1,200; south 900", [("1200", *COUNT), ("900", *COUNT)]),
    # late-kinds7: the members of groups counted or in the plural, or after a bound ("of up to")
    (
        "The open drew 96 squads of five to Tampere.",
        [("96", *COUNT), ("5", *PEOPLE)],
    ),
    ("Choirs of six sang in the square.", [("6", *PEOPLE)]),
    ("Tickets are €25 for a team of up to four.", [("25", "EUR", "money"), ("4", *PEOPLE)]),
    # late-kinds7: a quiz's bands of scores heading their sentences are ranges of answers
    ("9-12: you could work as a guide. 5-8: keep reading.", [("9/12", *COUNT), ("5/8", *COUNT)]),
    # late-kinds7: "one roof" counts a roof except in the idiom "under one roof"; "a" and an
    # adjective before "one" make it the pronoun
    ("One roof collapsed in the storm.", [("1", *COUNT)]),
    # late-kinds7: "at one" or "in one" before a compound noun counts the thing ("at one point" no)
    ("Inspectors found no soap at one wash basin.", [("1", *COUNT)]),
    ("A ripe one weighs about 200g.", [("200", *OTHER)]),
    # class-bare14: a bare number whose noun is said elsewhere: an earlier value dated by its year
    (
        "The port now has 12 cranes, up from seven in 2021.",
        [("12", *COUNT), ("7", *COUNT), ("2021", "year", "date")],
    ),
    # class-bare14: a bound on the things counted before it; what is left "down to" of a contest's field
    (
        "Each lorry leaves with 18 pallets, and the rules allow no more than twenty.",
        [("18", *COUNT), ("20", *COUNT)],
    ),
    ("The mayoral field of seven is down to two.", [("7", *PEOPLE), ("2", *PEOPLE)]),
    ("Her trainer entered the filly in a field of 16.", [("16", *COUNT)]),
    # class-bare14: the high end of "from A nouns a period to B"
    ("Pilots want night flights cut from five flights a week to three.", [("5", *COUNT), ("3", *COUNT)]),
    # class-bare14: a census counts persons; births are persons born
    ("The 2011 census counted 12,408.", [("2011", "year", "date"), ("12408", *PEOPLE)]),
    ("With births running at about 600 a year, the clinic is full.", [("600", *PEOPLE)]),
    # class-bare14: a fronted whole with a participle's phrase, then a number word and a verb
    (
        "Of the 12 ferries damaged in the gale of March 2023, three remain laid up.",
        [
            ("12", *COUNT),
            ("2023-03", "date", "date"),
            ("3", *COUNT),
        ],
    ),
    # class-bare14: a building's capacity after persons named; a question's "how many" answered
    (
        "Inmates sleep three to a cell. The jail was built for 300 and holds 520.",
        [("300", *PEOPLE), ("520", *PEOPLE)],
    ),
    ("The depot was built for 90 and is full.", [("90", *COUNT)]),
    ("How many nurses are on strike? About 3,000, the union says.", [("3000", *PEOPLE)]),
    ("How many bridges need repairs? Eleven, the engineers found.", [("11", *COUNT)]),
    # class-bare14: "the daily number" restating the persons counted the sentence before
    (
        "The ferry carried 1,200 passengers on Friday. The line expects the daily number to pass 2,000 in August.",
        [("1200", *PEOPLE), ("2000", *PEOPLE)],
    ),
    # class-bare14: a quiz's numbered answer counts what its numbered question asked "how many" of
    (
        "1. Which river crosses the town?\n\n2. How many people live in the valley?\n\nANSWERS\n\n"
        "1. The Dee.\n\n2. About 8,000, most of them in the old mill town.",
        [("8000", *PEOPLE)],
    ),
    (
        "3. How many ferries serve the island?\n\nANSWERS\n\n3. Three, from the north harbour.",
        [("3", *COUNT)],
    ),
    # class-bare14: a part after "in" of a fronted whole, not the persons its clause names
    ("Of the 64 robberies, detectives have arrested suspects in 21.", [("64", *COUNT), ("21", *COUNT)]),
    # class-bare14: a number word heading a clause of time after a count, standing for its things
    ("The fleet had 40 buses until six were scrapped.", [("40", *COUNT), ("6", *COUNT)]),
    # class-bare14: "only" between a fronted whole's comma and its part; a bare count before a verb
    # done "on" some of the same things
    (
        "Of the 30 wells drilled in the district since 2019, only four had clean water.",
        [("30", *COUNT), ("2019", "year", "date"), ("4", *COUNT)],
    ),
    (
        "The council checked all 120 of its street-lamp columns and replaced bulbs on nine.",
        [
            ("120", *COUNT),
            ("9", *COUNT),
        ],
    ),
    # late-kinds8: "cases" in a text of some length with no word of health are files or offences
    # counted; "N or more days of work" bounds an absence (a span); a machine
    (
        "The regulator received 2,140 complaints about broadband bills in the quarter, 6 per cent fewer"
        " than a year earlier, and settled most of them within 30 days. Billing errors made up 44 per"
        " cent of the total and slow repairs a further 21 per cent. These four cases, drawn from its"
        " files with the customers' names changed, show how some of them were put right, and what the"
        " companies paid. In each the customer had complained first to the provider and waited for a"
        " reply that never came, before the regulator stepped in and asked for the file."
        " Its quarterly report names none of the companies involved in them.",
        [
            ("2140", *COUNT),
            ("6", "percent", "percent_change"),
            ("30", "days", "duration"),
            ("44", "percent", "percentage_share"),
            ("21", "percent", "percentage_share"),
            ("4", *COUNT),
        ],
    ),
    ("Some 640 staff were off for five or more days of work.", [("640", *PEOPLE), ("5", "days", "duration")]),
    ("The dockers' strike left 12,000 air-conditioners in their crates.", [("12000", *COUNT)]),
    # late-carry8: nouns carried from the clause before: a breakdown's parts after "with", a list of
    # verbs each with a bare number, a later level after ", then", persons addressed "of you", a
    # crew's level
    (
        "Logging accounted for six of the injuries, followed by sawmills with four and haulage with two.",
        [("6", *PEOPLE), ("4", *PEOPLE), ("2", *PEOPLE)],
    ),
    (
        "The tribunal accepted 14, noted five and rejected three.",
        [("14", *COUNT), ("5", *COUNT), ("3", *COUNT)],
    ),
    ("Lambs need five feeds a day at first, then three.", [("5", *COUNT), ("3", *COUNT)]),
    ('"Thirty of you gave up a weekend," the captain said.', [("30", *PEOPLE)]),
    ("The deal sets a minimum staffing of two on every ward.", [("2", *PEOPLE)]),
    # late-units9: plants set out on each hectare (planting stock, or a verb of planting in the
    # clause) are a count, the hectare in the subject; a surveyed density stays a rate
    ("Contractors must plant 1,200 saplings a hectare on the burnt slopes.", [("1200", *COUNT)]),
    ("The orchard was replanted at 900 trees a hectare last spring.", [("900", *COUNT)]),
    # late-units11: a whole number of things per household under a limit is an allotment, a count;
    # a later count of what a reading per volume counted is that reading; a safe level after a
    # count of a noun in its sentence is in that noun, no index's points
    ("Shops may sell no more than four sacks per household.", [("4", *COUNT)]),
    ("The survey found 2.6 bicycles per household.", [("2.6", *OTHER)]),
    (
        "Birch pollen reached 230 grains per cubic metre in Turku. Oulu recorded 95 grains.",
        [("230", *OTHER), ("95", *OTHER)],
    ),
    (
        "The PMI blood unit said stocks stood at 640 bags, against a safe level of 1,500.",
        [("640", *COUNT), ("1500", *COUNT)],
    ),
]
# look-alikes: a percent named just before a bare number is no physical unit for it
LOOK_ALIKES: list[tuple[str, Expected]] = [
    # late-people9: a seated body's members stay its seats; a box under a heading of things; an
    # ordinal's series with its noun after; "one <thing> each"; a part of years with no span's word
    ("The 13-member Senate approved the treaty.", [("13", "count", "count")]),
    (
        "Hotel beds\n1996: 1,430\n2026: 1,180",
        [
            ("1996", "year", "date"),
            ("1430", "count", "count"),
            ("2026", "year", "date"),
            ("1180", "count", "count"),
        ],
    ),
    ("He was the second of four children.", [("4", "people", "count")]),
    ("Pupils received one laptop each.", [("1", "count", "count")]),
    ("Three of those years were dry.", [("3", "count", "count")]),
    ("Doctors treated 318 cases of cholera at the clinic.", [("318", "people", "count")]),
    # class-people8: a noun before a bare level that is no count of it: a price, an index, a
    # temperature, a rate in per cent
    ("Prices at the Kisumu market rose to 4,312 shillings a crate.", [("4312", "KES", "money")]),
    ("The benchmark index rose to 4,312 in early trade in Mumbai.", [("4312", *OTHER)]),
    ("Temperatures rose to 41 in the capital on Tuesday afternoon.", [("41", *OTHER)]),
    (
        "The unemployment rate stands at 6, the statistics office said.",
        [("6", "percent", "percentage_share")],
    ),
    # late-lists: a list of things, a dashed item of things, an abandoned thing stay counts
    ("The council published the list of 40 projects it plans to fund.", [("40", *COUNT)]),
    ("3,415 – cars sold in the month, a record for the dealership group.", [("3415", *COUNT)]),
    ("Three abandoned buildings on the street will be demolished.", [("3", *COUNT)]),
    ("Retailers put the shopping list at 40.", [("40", *COUNT)]),
    # class-scales: "a night" after what is no sport statistic leaves a count
    ("The shelter served 300 meals a night.", [("300", *COUNT)]),
    # "averaged" with no batting in the sentence leaves a count
    (
        "The club's crowds averaged 12,350 this season.",
        [("12350", *PEOPLE)],
    ),  # late-lists: crowds are persons
    # a source who speaks, a passive of things, a breakdown of things: no people carried
    ("Officials said the harvest was poor. Some 4,760 were planted late.", [("4760", *COUNT)]),
    (
        "Women made up 44 percent of the new posts, with Kenya at 410 and Uganda at 260.",
        [("44", "percent", "percentage_share"), ("410", *COUNT), ("260", *COUNT)],
    ),
    (
        "Imports made up 40 percent of sales, led by Japan with 3,170 and Korea with 1,200.",
        [("40", "percent", "percentage_share"), ("3170", *COUNT), ("1200", *COUNT)],
    ),
    # the ends of person nouns on things: devices, units, lists, sport statistics, animals
    (
        "The utility installed 250,000 new meters, 40 printers, 12 trailers and two boosters.",
        [("250000", *COUNT), ("40", *COUNT), ("12", *COUNT), ("2", *COUNT)],
    ),
    (
        "Staff compiled three checklists and 12 playlists; she had five assists and 100 careers ended.",
        [("3", *COUNT), ("12", *COUNT), ("5", *COUNT), ("100", *COUNT)],
    ),
    (
        "The site held 30 schists and 12 dalmatians; the bowls held 40 ramen.",
        [("30", *COUNT), ("12", *COUNT), ("40", *COUNT)],
    ),
    (
        "The cup's eight quarter-finalists were drawn, with 40 journalists watching.",
        [("8", *COUNT), ("40", *PEOPLE)],
    ),
    # "-llists" are players of an instrument, as "-lists" after a vowel are doers
    ("The orchestra hired 4 cellists for the tour.", [("4", *PEOPLE)]),
    (
        "The union cited 30 heists and 200 hoists, and 14 engineers, 3 beers and 40 steers.",
        [("30", *COUNT), ("200", *COUNT), ("14", *PEOPLE), ("3", *COUNT), ("40", *COUNT)],
    ),
    # volleyball's attacks beside its kills or aces are a statistic; attacks on anyone are attacks
    ("She had 12 kills on 30 attacks and two aces.", [("12", *COUNT), ("30", *COUNT), ("2", *COUNT)]),
    ("Militants carried out 41 attacks in the province last year.", [("41", "attacks", "count")]),
    ("Police logged 17 attacks within 3 blocks of the depot.", [("17", "attacks", "count"), ("3", *COUNT)]),
    # no wickets in the text: a footballer's strike rate is no cricket rate
    ("The striker has a strike rate of 0.62 this season.", [("0.62", *COUNT)]),
    # no goals-and-behinds score: a bracketed number that is not six goals plus behinds, and "the
    # top" with its noun or a verb after the number
    ("Growth was 4.2 (3.9) in May.", [("4.2", *COUNT), ("3.9", *COUNT)]),
    ("The top five clubs met.", [("5", *COUNT)]),
    ("The top three were arrested.", [("3", *PEOPLE)]),
    # ... not a plural noun that a verb-like word follows with no "at" ("mountain peaks at 40" is
    # a noun phrase), a village of things, nor a driver of growth
    ("Mountain peaks at 40 were counted.", [("40", "count", "count")]),
    ("The village of 2,360 homes lost power.", [("2360", "count", "count")]),
    (
        "One driver of growth was exports; two drivers of costs remain.",
        [("1", "count", "count"), ("2", "count", "count")],
    ),
    # a score's second number is no ratio's first term: the innings after "in" are counted
    ("The Mets won 6-4 in 12 innings.", [("12", "count", "count")]),
    # a part "of the" whole whose size is written in words: the whole's noun counts the part too
    ("Two of the three hikers were found.", [("2", "people", "count"), ("3", "people", "count")]),
    ("9 of the twelve jurors agreed.", [("9", "people", "count"), ("12", "people", "count")]),
    # ... not a number with its noun after it, nor "the N" outside a game's copy
    # (class-left13: finalists are persons unless the text speaks of teams)
    ("The drive cut the shortlist from the 30 finalists.", [("30", *PEOPLE)]),
    ("Prices fell back to the 40 they fetched in May.", [("40", *COUNT)]),
    # "N others" that things are done to, or after a count of things: the count's unit
    ("Five others were shipped to Rotterdam.", [("5", *COUNT)]),
    ("It sold 12 phones and three others were returned.", [("12", *COUNT), ("3", *COUNT)]),
    # "one every", "one for every": the first term of a rate, like "one in five"; only M is a figure
    ("Buses stop often, one every ten minutes.", [("10", "other", "duration")]),
    ("There are many wardens, one for every five wards.", [("5", "count", "count")]),
    # "the father of" a named thing counts nothing; "mother of two" before a noun counts the noun
    ("He was the father of modern surgery.", []),
    ("She is the mother of two boys.", [("2", "people", "count")]),
    # ... and only a count of the same number: "all five" after three hotels counts nothing
    ("She sold three hotels but kept all five.", [("3", *COUNT)]),
    # "k" glued to a race's distance is kilometres (sport_readings.py), not thousands of anything
    ("He ran the 10k race.", [("10", "other", "other")]),
    ("Thefts fell three per cent to 10,200.", [("3", "percent", "percent_change"), ("10200", *COUNT)]),
    ("The 5km race drew 500 runners.", [("5", "other", "other"), ("500", *PEOPLE)]),
    # not a ratio: the first number is the larger ("12 in 3 days" counts both)
    ("Police made 12 arrests in 3 towns.", [("12", *COUNT), ("3", *COUNT)]),
    # not a ratio: "one" counts its noun when no number follows "in"
    ("One school in Leeds closed.", [("1", *COUNT)]),
    # occasions counted, not a multiple
    ("It has happened 15 times this year.", [("15", *COUNT)]),
    ("She won it four times in a row.", [("4", *COUNT)]),
    # a bare number after "were" counts the clause's own plural noun, not people named inside it
    (
        "Actual starts in towns of 10,000 people or more were 17,843 in April.",
        [("10000", "people", "count"), ("17843", *COUNT)],
    ),
    (
        "Survivors of the 300 people aboard were 112.",
        [("300", "people", "count"), ("112", "people", "count")],
    ),
    # "drivers" of a trend and "sources" of money are not people: "of" follows them
    ("The report names three drivers of growth.", [("3", *COUNT)]),
    ("The city has two sources of revenue.", [("2", *COUNT)]),
    ("Analysts see four drivers behind the rally.", [("4", *COUNT)]),
    # drivers and sources with no "of" after them are people
    ("The app has 1.2 million registered drivers.", [("1200000", "people", "count")]),
    ("About 300 taxi drivers blocked the road.", [("300", "people", "count")]),
    ("Two sources familiar with the talks said so.", [("2", "people", "count")]),
    # ... but the number of things stays a count
    ("The number of burglaries fell in May, to 9,800.", [("9800", *COUNT)]),
    # "N for M" where a noun follows the second number: two counts
    ("He sold 3 for 10 tickets.", [("3", *COUNT), ("10", *COUNT)]),
    # occasions, not a multiple: "times" followed by no comparison
    ("Prices were raised five times in a year.", [("5", *COUNT)]),
    # the noun after a population's number is what is counted
    ("The population of the 12 districts grew.", [("12", *COUNT)]),
    # a count in digits, then "of the" and the noun counted: the noun names the unit
    ("Divers recovered 14 of the dead on Sunday.", [("14", "people", "count")]),
    ("Aid went to 25,000 of the poorest households.", [("25000", *COUNT)]),
    # ... and so the count takes no currency from the amount before it
    (
        "It pays 3,000 taka each to 20,000 of the poorest families.",
        [("3000", "BDT", "money"), ("20000", *COUNT)],
    ),
    # what happened to people, after the number: "have died", "had been diagnosed", a nationality
    ("Of the patients, 86 have died.", [("86", "people", "count")]),
    (
        "Doctors said 40 had been diagnosed and 12 were treated.",
        [("40", "people", "count"), ("12", "people", "count")],
    ),
    ("Of those held, six are Moroccan and two French.", [("6", "people", "count"), ("2", "people", "count")]),
    ("It housed 3,000 who lost their homes.", [("3000", "people", "count")]),
    # a player's average per game is a rate, not a count of points or goals
    ("She averaged 24.6 points per game.", [("24.6", "other", "other")]),
    ("He scored 0.7 goals per match in Serie A.", [("0.7", "other", "other")]),
    # a range whose low end is a word and high end digits: one range in the unit of the high end
    ("Plots of three to 15 acres were shared out.", [("3/15", "other", "other")]),
    ("Tickets cost four to 10 dollars.", [("4/10", "USD", "money")]),
    ("Between two and 14 villagers were hurt.", [("2/14", *PEOPLE)]),
    # disease cases stay people, a comma keeps an offence out of their clause; "and" without
    # "between" joins no range; a span not dated earlier still carries its unit
    ("The clinic confirmed 210 new cases of measles.", [("210", *PEOPLE)]),
    ("Nurses logged 75 cases of cholera. The court sat later.", [("75", *PEOPLE)]),
    # "one" as the article before a source counts nothing; a place "one site" is counted
    ("According to one estimate, 4,000 homes were lost.", [("4000", *COUNT)]),
    ("Some 80% of reviews on one film website were positive.", [("80", "percent", "percentage_share")]),
    ("The firm employs 300 staff on one site in Leeds.", [("300", *PEOPLE), ("1", *COUNT)]),
    # whole numbers beside a rate per game are counts; "a week" is no game
    ("He scored 12 goals and 0.8 goals per game.", [("12", *COUNT), ("0.8", "other", "other")]),
    ("They won 3 games a week.", [("3", *COUNT)]),
    # the number of things is no people; a group's noun after the number names what it counts
    ("The report notes a fall in the number of complaints this year, to 2,300.", [("2300", *COUNT)]),
    ("The league table of 20 clubs was published.", [("20", *COUNT)]),
    ("Despite fraud claims, the ministry reported 300 new cases of cholera.", [("300", *PEOPLE)]),
    ("The two and three bedroom flats sold quickly.", [("3", *COUNT)]),
    (
        "The wait grew to 14 weeks, against 9 a year earlier.",
        [("14", "other", "duration"), ("9", "other", "duration")],
    ),
    ("The lab took on 45 technicians and 6 specialists.", [("45", *PEOPLE), ("6", *PEOPLE)]),
    # a bare number compared with the count before it takes that count's noun
    (
        "The mall will have 310 shops and 2,000 staff, and 84 lifts, against 40 today.",
        [("310", *COUNT), ("2000", *PEOPLE), ("84", *COUNT), ("40", *COUNT)],
    ),
    # a number word before "of which" or "of whom" counts a part of the figure before it, in its unit
    ("The chain has 40 shops, ten of which will close.", [("40", *COUNT), ("10", *COUNT)]),
    (
        "She was jailed for 9 years, three of which were suspended.",
        [("9", "year", "duration"), ("3", "year", "duration")],
    ),
    # persons of courts, clinics, schools and farms: witnesses, sureties, learners, smallholders
    ("Bail was set with two sureties.", [("2", *PEOPLE)]),
    ("Some 4,715 learners sat the exam.", [("4715", *PEOPLE)]),
    ("About 2,670 smallholders and 140 pastoralists were hit.", [("2670", *PEOPLE), ("140", *PEOPLE)]),
    # those who oversee others' work are persons: supervisors, foremen, overseers, mobilisers
    ("The census hired 3,400 enumerators and 410 supervisors.", [("3400", *PEOPLE), ("410", *PEOPLE)]),
    ("Each site has two foremen.", [("2", *PEOPLE)]),
    # contractors laid off or hired are persons
    ("The mine released 250 contractors in May.", [("250", *PEOPLE)]),
    # "one" and its noun before a price is the base of the price; "only one" still counts
    ("Only one bid cost less than $2m.", [("1", *COUNT), ("2000000", "USD", "money")]),
    # a scale word joined to the digits by a hyphen scales a count too
    ("Roughly 1.4-million Albertans lack a family doctor.", [("1400000", *PEOPLE)]),
    # ... and before the rest of a compound adjective: the scale still counts ("a 12-member panel")
    ("The 1.4-million-member union struck.", [("1400000", "count", "count")]),
    ("Its 2-million-strong workforce voted.", [("2000000", *PEOPLE)]),
    # a waiting list counts the people on it, and those who "have waited" are people
    ("The waiting list rose to 58,200 in May.", [("58200", *PEOPLE)]),
    ("Some 4,100 have waited over a year.", [("4100", *PEOPLE)]),
    # cases a court heard, tried or filed are lawsuits or prosecutions, not patients
    ("The tribunal said 640 cases heard last year were settled.", [("640", *COUNT)]),
    # ... or sent to a court or its officers in the clause right after ("cases it took to court")
    (
        "The agency said 14 of the 90 cases it sent to the courts ended in jail terms.",
        [("14", *COUNT), ("90", *COUNT)],
    ),
    ("Auditors flagged 27 cases brought before magistrates.", [("27", *COUNT)]),
    # a court named before a grouped count of cases: the number's own comma ends no clause
    ("The district courts disposed of 5,180 cases in the year.", [("5180", *COUNT)]),
    ("Despite fraud claims, the clinic logged 3,000 cases.", [("3000", *PEOPLE)]),
    ("Clinics logged 320 cases reported in May.", [("320", *PEOPLE)]),
    # "-bed" counts bedrooms: a bed is a noun, though it ends like an adjective ("four-legged")
    ("A two-bed terrace sold within a week.", [("2", *COUNT)]),
    # a part of a whole of one digit ("2 of its 5 depots"): the noun after the whole
    (
        "Staff said the fire hit 40 homes, and 2 of its 5 depots closed.",
        [("40", *COUNT), ("2", *COUNT), ("5", *COUNT)],
    ),
    # persons by what they own, earn or practise
    (
        "The levy will reach 90,000 low earners, 3,150 landowners and 14 nurse practitioners.",
        [("90000", *PEOPLE), ("3150", *PEOPLE), ("14", *PEOPLE)],
    ),
    # the new level after a comma and "to" is the level of what grew: a population counts people
    (
        "The town's population grew 9 per cent over the decade, to 14,300.",
        [("9", "percent", "percent_change"), ("14300", *PEOPLE)],
    ),
    (
        "Car exports grew 9 per cent over the decade, to 14,300.",
        [("9", "percent", "percent_change"), ("14300", *COUNT)],
    ),
    # "quarter-finalists" is no fraction (players, or teams where the text speaks of teams: class-left13);
    # neighbours, and the members of "a group of N" with no noun after it, are people
    ("Two of the eight quarter-finalists are new.", [("2", *PEOPLE), ("8", *PEOPLE)]),
    ("Two of the eight quarter-finalists are clubs from Spain.", [("2", *COUNT), ("8", *COUNT)]),
    ("Two of her neighbours called police.", [("2", *PEOPLE)]),
    ("They were part of a group of five hiking the ridge.", [("5", *PEOPLE)]),
    # ... but with a noun after the second number, two counts
    ("He scored two goals in three games.", [("2", *COUNT), ("3", *COUNT)]),
    # snooker's century breaks are breaks counted, not centuries of time
    ("She compiled 14 century breaks.", [("14", *COUNT)]),
    ("Police hold two suspects in three separate towns.", [("2", *PEOPLE), ("3", *COUNT)]),
    # the first units of a housing tower are dwellings, not the blocks of a power tariff
    ("The developer sold the first 80 units of the tower.", [("80", *COUNT)]),
    # ... but a person noun that modifies another is no person counted
    ("One witness statement was read out.", [("1", *COUNT)]),
    # a capitalised number word opens its sentence after a list's bullet, an item's number or a
    # colon, as at the start of a line
    ("- Eight climbers reached the summit.", [("8", *PEOPLE)]),
    ("• Nine climbers reached the summit.", [("9", *PEOPLE)]),
    ("2) Nine hikers were rescued.", [("9", *PEOPLE)]),
    ("The toll rose overnight: Nine people died.", [("9", *PEOPLE)]),
    # ... or after a wire agency's name standing alone as the dateline
    ("(AP) — Eleven climbers were rescued from the ridge.", [("11", *PEOPLE)]),
    # ... and anywhere in a headline-style line, where every longer word is capitalised
    ("Storm Leaves Six Dead As Floods Sweep Coastal Towns", [("6", *PEOPLE)]),
    # a scale word capitalised after digits, as headline-style lines write it
    ("About 2.6 Million Voters Stayed Home", [("2600000", *PEOPLE)]),
    # "3-pointer", "3-point attempts": a kind of shot, named by its points; "one of the two" no count
    ("Lind's 3-pointer tied the game.", []),
    ("The Wildcats made 12 of 30 3-point attempts.", [("12", *COUNT), ("30", *COUNT)]),
    ("It was one of the two, he said.", []),
    # "one" and its noun before a modal and a verb of holding: the base of a measure
    ("One bar can contain 12g of sugar.", [("12", "other", "other")]),
    ("One container alone held 900kg.", [("1", *COUNT), ("900", "other", "other")]),
    # power used in "units" in an article on a power tariff: kilowatt hours
    (
        "The power tariff rises for homes using up to 200 units a month.",
        [("200", "other", "other")],
    ),
    # "N times out of M" is a frequency (a ratio) whatever M; times counted in a span, or out of
    # counted tries, stay counts
    ("It rains here 19 times in 20 years.", [("19", *COUNT), ("20", "year", "duration")]),
    ("The pump failed 12 times out of 40 starts.", [("12", *COUNT), ("40", *COUNT)]),
    # ... a single number of times there may count occasions
    ("Rates rose five times.", [("5", *COUNT)]),
    # a count restated over another period after ", or", as a number word with no noun
    ("Patients may take three capsules per dose, or six a day.", [("3", *COUNT), ("6", *COUNT)]),
    (
        "The clinic sees 40 patients an hour, or about three hundred a day.",
        [("40", *PEOPLE), ("300", *PEOPLE)],
    ),
    # class-measures2: a count with decimals per one thing is a rate, and a bare number after it
    # carries its unit
    (
        "Surveyors counted 0.45 fledglings per nest on the island, well short of the 0.9 needed to keep the colony stable.",
        [("0.45", "other", "other"), ("0.9", "other", "other")],
    ),
    ("Lambing rates on the hill farms averaged 1.3 lambs per ewe this spring.", [("1.3", "other", "other")]),
    ("The trial found 2.7 seizures per patient.", [("2.7", "other", "other")]),
    ("It has 3 beds per ward.", [("3", *COUNT)]),
    # class-measures3: persons with decimals are no count but an average; persons in the plural after
    # a round base are the population of a rate; persons in millions still count
    (
        "On average each firm employs 0.75 scientists, against 2.1 in Germany.",
        [("0.75", *OTHER), ("2.1", *OTHER)],
    ),
    ("The study counted 0.75 scientists per 1,000 workers in the region.", [("0.75", *OTHER)]),
    ("About 1.45m voters stayed at home.", [("1450000", *PEOPLE)]),
    # ... whole odds, and a quantity's move, in a sentence about betting are no price
    ("Betting turnover rose to 1.52 in the quarter.", [("1.52", *COUNT)]),
    # class-ratelevels: a number in digits writes its unit of points in the singular too; not a
    # noun it modifies
    (
        "The Reserve Bank of Australia lifted the cash rate by 0.25 point to 4.35% on Tuesday, its first move since June.",
        [("0.25", "other", "percent_change"), ("4.35", "percent", "other")],
    ),
    (
        "Variable home loan rates at the major banks rose by 0.15 point to 6.29% after the decision.",
        [("0.15", "other", "percent_change"), ("6.29", "percent", "other")],
    ),
    ("The opposition's lead in the poll narrowed by 1.5 point.", [("1.5", "other", "percent_change")]),
    ("The central bank unveiled a 10 point plan to bring rates down.", [("10", *COUNT)]),
    ("The Bulls won by 1 point on Sunday.", [("1", *COUNT)]),
    # class-headlines2: a verb of killing before a number in a headline counts persons ("Kill 14" is
    # no name's number); a vote's tally after a name word, the larger side first
    ("Floods Kill 14 In Northern Vietnam", [("14", "people", "count")]),
    ("Floods kill 14 in northern Vietnam.", [("14", "people", "count")]),
    ("Assembly Approves Transport Plan 31 To 12", [("31", *COUNT), ("12", *COUNT)]),
    ("Typhoon Displaces 30,000 On Luzon", [("30000", *PEOPLE)]),
    ("Police Detain 45 After Stadium Clashes", [("45", *PEOPLE)]),
    ("Police Arrest 17 After Match Violence", [("17", *PEOPLE)]),
    ("Coastguard Rescues 12 Off Cornwall", [("12", *PEOPLE)]),
    ("Police made 12 arrests in the raids.", [("12", *COUNT)]),  # arrests counted, not persons
    # class-partitives: a whole "out of" which a count is a part counts what the part counts
    (
        "Trains ran late on four days out of seven last week, the operator admitted.",
        [("4", "days", "count"), ("7", "days", "count")],
    ),
    # ... "the remaining N", "the other N": the rest of what the sentence counted
    (
        "Of the eight reactors at the site, three are offline for maintenance and the remaining five are running at full power.",
        [("8", *COUNT), ("3", *COUNT), ("5", *COUNT)],
    ),
    (
        "The utility commissioned the first three units of the plant and will finish the other three by June.",
        [("3", *COUNT), ("3", *COUNT)],
    ),
    # ... not a count after a preposition ("from two camps"): the climbers are the rest's noun
    (
        "Nine climbers reached the summit from two camps; the other five were rescued.",
        [("9", *PEOPLE), ("2", *COUNT), ("5", *PEOPLE)],
    ),
    # ... a power plant's "first two units" are machines, not a tariff block of kilowatt-hours
    (
        "The plant will supply electricity to 40,000 homes; its first two units, of 300 MW each, start next year.",
        [("40000", *COUNT), ("2", *COUNT), ("300", "other", "other")],
    ),
    # ... producers a crop is bought from by weight are farmers
    (
        "The agency has bought 30,000 tons of tea leaves from 4,200 producers.",
        [("30000", "other", "other"), ("4200", *PEOPLE)],
    ),
    # subj21: a number word closing a tally of bare counts counts what the digits before it count
    (
        "Among the traded companies, 57 closed higher, 23 closed lower and nine were flat.",
        [("57", *COUNT), ("23", *COUNT), ("9", *COUNT)],
    ),
    (
        "Of the 58 schools inspected, 12 were rated good and three were placed in special measures.",
        [("58", *COUNT), ("12", *COUNT), ("3", *COUNT)],
    ),
    # class-grouping: those who passed or graduated are persons, unless things were counted first
    (
        "Of these, 22 614 passed, giving the province a pass rate of 54,8 percent.",
        [("22614", *PEOPLE), ("54.8", "percent", "percentage_share")],
    ),
    ("Of those, 4 120 graduated with distinctions.", [("4120", *PEOPLE)]),
    ("Of the 12 bills, 9 passed.", [("12", *COUNT), ("9", *COUNT)]),
    # ... a part of a whole whose thousands are grouped by spaces takes the whole's unit
    ("Some 2 480 of the 3 100 learners wrote the examination.", [("2480", *PEOPLE), ("3100", *PEOPLE)]),
    # ... erven (plots) in the Afrikaans plural are things counted
    ("The town council will put 540 serviced erven up for auction.", [("540", *COUNT)]),
    # ... a bare number "up from" compares with the count of its size, not a small one between
    (
        "Some 41 276 candidates sat the examinations at 960 centres in six regions, up from 39 805.",
        [("41276", *PEOPLE), ("960", *COUNT), ("6", *COUNT), ("39805", *PEOPLE)],
    ),
    ("It runs 12 plants in four provinces, up from 9.", [("12", *COUNT), ("4", *COUNT), ("9", *COUNT)]),
    # ... a school's passes are learners who passed; a candidate's are subjects passed
    (
        "Last year the school had three passes, this year it had 41.",
        [("3", *PEOPLE), ("41", *PEOPLE)],
    ),
    ("She obtained five passes at O level.", [("5", *COUNT)]),
    # ... a verb ending as a people noun does ("-ees") counts nobody: the year before it is a year
    (
        "France's 2027 budget foresees spending of €1 612,4 billion.",
        [("2027", "year", "date"), ("1612400000000", "EUR", "money")],
    ),
    # ... an examination's aggregate is a grade on its scale
    ("Candidates need an aggregate of 15 units or better to be admitted.", [("15", *OTHER)]),
    # class-discover-a: a number word after ", including" is a part of the count before it, its
    # noun left out
    (
        "Ryanair will add 12 new routes from Dublin this winter, including four to Morocco.",
        [("12", *COUNT), ("4", *COUNT)],
    ),
    ("Police arrested 30 people, including eight in Leeds.", [("30", *PEOPLE), ("8", *PEOPLE)]),
    # ... a preposition of place ends the noun phrase after a count: a margin, not leaders counted
    (
        "Liverpool sit second in the table on 67 points, four behind leaders Arsenal with six games to play.",
        [("67", *COUNT), ("4", *COUNT), ("6", *COUNT)],
    ),
    ("The Swiss finished 3 behind winner Tom Ellis.", [("3", *COUNT)]),
    # ... a bare number after a verb of scoring or a side's dismissal "for" it counts runs or
    # points, whoever scored them
    ("The Kiwis were bowled out for 46, their lowest total at home.", [("46", *COUNT)]),
    ("The visitors scored 31 in the second half.", [("31", *COUNT)]),
    # class-people4: suppliers, contractors, vendors and bidders paid or tendering are firms; with
    # no purchase in the sentence, or a market's word before them, persons
    ("The ministry paid 27 contractors for roads that were never built.", [("27", *COUNT)]),
    ("The tender attracted 14 bidders, the procurement authority said.", [("14", *COUNT)]),
    ("Orders were split between 9 vendors to stay under the tender threshold.", [("9", *COUNT)]),
    ("The council paid 31 suppliers who had never delivered a thing.", [("31", *COUNT)]),
    ("The council paid 31 street vendors to leave the square.", [("31", *PEOPLE)]),
    ("Five bidders fought over the painting at Sotheby's.", [("5", *PEOPLE)]),
    ("The cooperative paid bonuses to 46 farmers in Nakuru.", [("46", *PEOPLE)]),
    # ... nor when the sentence is of a market or an auction, the clause says what befell them as
    # persons, or they are paid off
    ("Wages were paid late, and 300 contractors were laid off.", [("300", *PEOPLE)]),
    ("The mine paid off 250 contractors and closed the shaft.", [("250", *PEOPLE)]),
    ("Police said 312 vendors had been paid compensation after the market fire.", [("312", *PEOPLE)]),
    ("The auction house paid 12 bidders back their deposits.", [("12", *PEOPLE)]),
    # dropouts, absconders, escapees and juveniles are persons; juveniles and adults of a sentence
    # that names an animal are animals
    ("The apprenticeship scheme recorded 118 dropouts in its first year.", [("118", *PEOPLE)]),
    ("Border police caught 9 absconders from the detention centre.", [("9", *PEOPLE)]),
    ("Prison officials said the 12 escapees had all been recaptured.", [("12", *PEOPLE)]),
    (
        "Of the 230 people held on remand, 52 were juveniles aged 14 to 17.",
        [("230", *PEOPLE), ("52", *PEOPLE), ("14/17", "other", "count")],
    ),
    ("Of the 80 turtles tagged, 46 were juveniles.", [("80", *COUNT), ("46", *COUNT)]),
    ("Of the 80 turtles tagged, 46 were adults.", [("80", *COUNT), ("46", *COUNT)]),
    # a part and its whole owned by persons, "N of M surgeons' contracts": persons; the owned
    # thing alone, or things' parts, are counted
    (
        "At Kilifi county hospital, 4 of 9 visiting consultants' contracts lapsed.",
        [("4", *PEOPLE), ("9", *PEOPLE)],
    ),
    ("Only two of the 15 new judges' appointments were confirmed.", [("2", *PEOPLE), ("15", *PEOPLE)]),
    ("Officials said 3 of the 7 pumping stations' roofs leaked.", [("3", *COUNT), ("7", *COUNT)]),
    # a bare count whose part after a comma is persons counts persons
    ("The shelter housed 57 last night, 19 of them children.", [("57", *PEOPLE), ("19", *PEOPLE)]),
    ("Police held 230 overnight, most of them students.", [("230", *PEOPLE)]),
    # "the list" after a waiting list counts its people; a list with no waiting list is things
    (
        "The waiting list for hip operations reached 2,400. Removing duplicates would cut the list to 2,210.",
        [("2400", *PEOPLE), ("2210", *PEOPLE)],
    ),
    ("The ministry trimmed the list to 40 projects.", [("40", *COUNT)]),
    # class-carried6: "the N" after a verb or a coordinator, its noun counted before in the sentence
    (
        "She won the four wards on the coast but lost the six in the hills.",
        [("4", *COUNT), ("6", *COUNT)],
    ),
    (
        "The coalition took the 12 rural seats and the three in the capital.",
        [("12", *COUNT), ("3", *COUNT)],
    ),
    # ... not after a preposition ("between the two": the sides), nor "the one"
    ("Talks on 14 trade issues stalled between the two.", [("14", *COUNT)]),
    ("Police held 12 men and freed the one in Kano.", [("12", *PEOPLE)]),
    # ... another part listed beside a bare part of the same count, before a preposition
    (
        "The airline ordered 12 new jets: eight will go to the domestic fleet and four to its regional arm.",
        [("12", *COUNT), ("8", *COUNT), ("4", *COUNT)],
    ),
    (
        "The agency set up 30 polling stations, including six in Nukus and four in Tashkent.",
        [("30", *COUNT), ("6", *COUNT), ("4", *COUNT)],
    ),
    (
        "Of the 20 ferries, 14 are at sea, five in dry dock and one in Piraeus.",
        [("20", *COUNT), ("14", *COUNT), ("5", *COUNT)],
    ),
    # ... the object of a coordinated verb, its noun the count's before it
    ("The club sold 14 players in the summer window and signed nine.", [("14", *PEOPLE), ("9", *PEOPLE)]),
    ("Police arrested 12 protesters and released four on bail.", [("12", *PEOPLE), ("4", *PEOPLE)]),
    # ... not an age after "turned"
    (
        "The band has released 12 albums and turned forty in May.",
        [("12", *COUNT), ("40", "other", "count")],
    ),
    # ... a count before a measured item spaced from its unit
    ("Each pallet holds forty 5 kg bags of rice.", [("40", *COUNT), ("5", "other", "other")]),
    (
        "Volunteers handed out two hundred 1.5 litre bottles of water at the finish line.",
        [("200", *COUNT), ("1.5", "other", "other")],
    ),
    ("Each household will receive two 25 kg sacks of flour.", [("2", *COUNT), ("25", "other", "other")]),
    # late-lists: a waiting list a patient modifier names, or "on its list", counts its patients
    (
        "The trust said its cardiology waiting list stood at 4,812 at the end of the month, down 156 on the previous month.",
        [("4812", *PEOPLE), ("156", *PEOPLE)],
    ),
    ("The outpatient list rose to 6,120 from 5,880 a year ago.", [("6120", *PEOPLE), ("5880", *PEOPLE)]),
    ("The surgical list, for hip and knee patients, fell to 2,210.", [("2210", *PEOPLE)]),
    ("Dermatology had 1,206 on its list and urology 843.", [("1206", *PEOPLE), ("843", *PEOPLE)]),
    # ... crowds in the plural, as "the crowd"
    ("Police said crowds were estimated at 48,000 along the parade route.", [("48000", *PEOPLE)]),
    # ... a number word opening its sentence, then a verb of leaving a race or contest
    ("Five abandoned on the climb to the summit finish, leaving a much smaller peloton.", [("5", *PEOPLE)]),
    # class-names8: what a party books is priced for its persons, as before; a cricket score stays none
    ("Tickets cost £60 for two, with a glass of wine.", [("60", "GBP", "money"), ("2", *PEOPLE)]),
    ("Rooms cost €200 for two, breakfast included.", [("200", "EUR", "money"), ("2", *PEOPLE)]),
    ("Four withdrew from the leadership contest after the first ballot.", [("4", *PEOPLE)]),
    ("Six retired with heat exhaustion before the halfway mark of the marathon.", [("6", *PEOPLE)]),
    # ... an "in numbers" item whose persons follow its dash, and the change after it
    (
        "The month in numbers.\n\n12,604 – visitors to the island's museums, 1,150 more than a year earlier.",
        [("12604", *PEOPLE), ("1150", *PEOPLE)],
    ),
    (
        "2,917 – volunteers in the charity's annual count, 310 fewer than last year.",
        [("2917", *PEOPLE), ("310", *PEOPLE)],
    ),
    # class-discover-j: a singular role before a tally's noun, and migration, count persons
    (
        "The claimant count rose by 26,700 to 1.74 million in October.",
        [("26700", "people", "count"), ("1740000", "people", "count")],
    ),
    ("The inmate tally fell to 2,310 after the transfers.", [("2310", "people", "count")]),
    ("Net migration was 431,000 in the year to June.", [("431000", "people", "count")]),
    ("Immigration applications reached 3,000 last year.", [("3000", "count", "count")]),
    # class-discover-j: vehicles named by decks or wheels, and liners, are things
    ("The depot added 14 double-deckers to the fleet.", [("14", "count", "count")]),
    ("The carrier operates four ocean liners.", [("4", "count", "count")]),
    # class-discover-j: top letter grades counted
    ("Priya collected three A*s and an A.", [("3", "count", "count")]),
    ("She got four As and a B at A-level.", [("4", "count", "count")]),
    # late-counts5: police raids are operations counted, not attacks (only what the text calls attacks)
    ("Customs officers carried out 17 raids on warehouses in the port.", [("17", *COUNT)]),
    # ... a person's noun in a compound adjective counts persons; "-member" is left to its noun
    ("A seven-judge bench will hear the appeal.", [("7", *PEOPLE)]),
    ("The ministry sent a 25-doctor team to the flooded district.", [("25", *PEOPLE)]),
    ("A nine-member committee reviewed the bids.", [("9", *COUNT)]),
    ("The bank now requires a two-person sign-off for transfers.", [("2", *COUNT)]),
    # ... a role noun ("agents") joined right after to a count of persons is persons
    ("The operation involved 300 agents and 20 prosecutors.", [("300", *PEOPLE), ("20", *PEOPLE)]),
    ("The plant stores 40 agents and 12 solvents on site.", [("40", *COUNT), ("12", *COUNT)]),
    ("The bureau flew 25 agents to the island, along with four analysts.", [("25", *PEOPLE), ("4", *PEOPLE)]),
    ("The lab keeps 25 agents in the freezer and 12 reagents.", [("25", *COUNT), ("12", *COUNT)]),
    # ... "N of the M registered": the registered voters, the noun left out; the part too
    (
        "Polls opened in 15 prefectures; 96,200 of the 140,000 registered there voted.",
        [("15", *COUNT), ("96200", *PEOPLE), ("140000", *PEOPLE)],
    ),
    (
        "Across 22 cantons, 1.9 million of the 5.5 million registered turned out.",
        [("22", *COUNT), ("1900000", *PEOPLE), ("5500000", *PEOPLE)],
    ),
    ("The agency approved 1,200 registered charities.", [("1200", *COUNT)]),
    # ... the other side of a vote before the clause of what was found
    (
        "The tribunal held by four votes to three that the dismissal was unfair.",
        [("4", *COUNT), ("3", *COUNT)],
    ),
    # ... the passes required of a candidate are subjects passed, even in exam copy
    (
        "Entry requirements after the examinations:\n- Six passes in the Senior Certificate, including maths",
        [("6", *COUNT)],
    ),
    ("For the exams, applicants need at least four passes.", [("4", *COUNT)]),
    # ... persons split into groups: each group's members
    (
        "The study recruited 180 volunteers, who were tested in groups of about 30.",
        [("180", *PEOPLE), ("30", *PEOPLE)],
    ),
    ("The panels were mounted in groups of 12.", [("12", *COUNT)]),
    # ... "against N" after a count and a measurement describing a noun: the count's earlier level
    (
        "Rangers counted 412 elephants across the 8,000-hectare park, against 380 in the last survey.",
        [("412", *COUNT), ("8000", "other", "other"), ("380", *COUNT)],
    ),
    # ... a difference in an aside right after a count: that count's unit, not an earlier people count
    (
        "The festival expects 40,000 visitors and has booked 120 food trucks, 15 more than last year.",
        [("40000", *PEOPLE), ("120", *COUNT), ("15", *COUNT)],
    ),
    (
        "The bank has 2,000 staff and 60 branches, 8 fewer than in 2024.",
        [("2000", *PEOPLE), ("60", *COUNT), ("8", *COUNT), ("2024", "year", "date")],
    ),
    # ... "one" before a measured size and its noun counts the noun
    ("Doctors advise one 200-millilitre glass of juice a day.", [("1", *COUNT), ("200", "other", "other")]),
    # ... "to B from A" with a rate's period after the new level: both levels counted
    ("The ferry company will cut sailings to two a day from four.", [("2", *COUNT), ("4", *COUNT)]),
    # ... persons counted per one person named in the singular: a ratio of persons, not a count
    # (class-discover-m)
    ("Schools in the county have 21 pupils per teacher on average.", [("21", "other", "other")]),
    (
        "GP practices in the area had 2,350 patients per doctor in 2025, compared with 1,900 in 2015.",
        [
            ("2350", "other", "other"),
            ("2025", "year", "date"),
            ("1900", "other", "other"),
            ("2015", "year", "date"),
        ],
    ),
    ("The ward runs with eight patients per nurse at night.", [("8", "other", "other")]),
    # ... but per a thing, or per a period, the persons stay counted
    ("The clinic sees 40 patients per day.", [("40", *PEOPLE)]),
    ("There were 12 patients per bed in the corridor ward.", [("12", *PEOPLE)]),
    # ... cases of a legal matter (asylum, immigration, custody) are files counted, not patients
    (
        "The backlog of asylum cases stood at 86,460, involving 118,882 people.",
        [("86460", *COUNT), ("118882", *PEOPLE)],
    ),
    ("The agency has 14,000 immigration cases awaiting a decision.", [("14000", *COUNT)]),
    ("There were 320 cholera cases in the district.", [("320", *PEOPLE)]),
    # ... a TV ratings line: the number after a channel's or a show's name is its audience
    (
        "Ratings: BBC One 4.1m (22.3%), ITV 3.2m (17.5%).",
        [
            ("4100000", *PEOPLE),
            ("22.3", "percent", "percentage_share"),
            ("3200000", *PEOPLE),
            ("17.5", "percent", "percentage_share"),
        ],
    ),
    ("Sunday's audiences: Gladiators 5.1m, Countryfile 4.4m.", [("5100000", *PEOPLE), ("4400000", *PEOPLE)]),
    # ... not a rating out of a few points
    ("Ratings: Netflix 4, Prime 3.", [("4", *COUNT), ("3", *COUNT)]),
    # ... a glued "m" or "k" before a range's join and a second number with the same letter glued:
    # the low end of a range of millions or thousands, read as the high end is
    ("Coffee output is forecast at 6.2m-6.5m bags.", [("6200000/6500000", *COUNT)]),
    ("The country produces 8m to 9m tonnes of plastic a year.", [("8000000/9000000", "other", "other")]),
    ("The app now has between 8m and 9m users.", [("8000000/9000000", *PEOPLE)]),
    ("Sales of 40k-50k units are forecast.", [("40000/50000", *COUNT)]),
    # late-formats4: a team statistic's line after a percent, substitutes, a column's panel, a few
    # picked or the first few of those counted before, a venue's seats matched to its tickets
    (
        "Possession: Sporting 58 per cent. Shots on target: Sporting 5, Benfica 2",
        [("58", "percent", "percentage_share"), ("5", *COUNT), ("2", *COUNT)],
    ),
    ("Mendes brought on two substitutes at the break.", [("2", *PEOPLE)]),
    ("Our panel of four tasted 30 olive oils from Puglia.", [("4", *PEOPLE), ("30", *COUNT)]),
    ("Here are the six we would recommend for under $20.", [("6", *COUNT), ("20", "USD", "money")]),
    (
        "Nine bidders entered the auction. Here are the offers of the first two, in the order they came.",
        [("9", *PEOPLE), ("2", *PEOPLE)],
    ),
    (
        "The club sold 9,300 tickets for the 12,000-seat arena.",
        [("9300", *COUNT), ("12000", *COUNT)],
    ),
    # class-discover-p: a sentence opening on the figure restated ("The true figure was") takes the
    # unit of the figure before it; a glued "m" there, and the figure denied after it, are millions
    (
        "The post said 4m people were unemployed. Verdict: False. The true figure was 1.4m, not 4m.",
        [("4000000", *PEOPLE), ("1400000", *PEOPLE), ("4000000", *PEOPLE)],
    ),
    # class-discover-q: a scheme's penalty or loyalty points are counted, not percentage points,
    # even in a sentence with a percent; an average's owner named before its move ("The average
    # basket ... rose to") makes a decimal count a rate per owner, a span of time stays a duration
    (
        "Drivers face a fine of 50% of weekly pay and three penalty points.",
        [("50", "percent", "percentage_share"), ("3", *COUNT)],
    ),
    (
        "Members earn two loyalty points per pound, and 60% of customers use the card.",
        [("2", *COUNT), ("60", "percent", "percentage_share")],
    ),
    # late-units14: points spread along or across a place are places counted, and the number before
    # a verb of earning points counts who earn them, even in a sentence with a survey or a rate
    (
        "The erosion survey sampled the beach at 24 points along the bay, and 15% of them had retreated.",
        [("24", *COUNT), ("15", "percent", "percentage_share")],
    ),
    (
        "In the trials, where 30% of entries drop out, the first five home earn ranking points.",
        [("30", "percent", "percentage_share"), ("5", *COUNT)],
    ),
    ("The average basket at the grocer rose to 18.4 items, from 17.9.", [("18.4", *OTHER), ("17.9", *OTHER)]),
    ("The average stay at the resort rose to 4.2 nights.", [("4.2", "other", "duration")]),
    (
        "Speeding carries a fine of up to 175% of weekly income and a six-point penalty.",
        [("175", "percent", "percentage_share"), ("6", *COUNT)],
    ),
    # late-kinds11: a ratings column's audiences in full thousands carry the viewers of the count
    # before them (after a crowd verb, a night's day, or as more or fewer of them), an audience
    # noun before a rise names people, and a top list's lines under a heading naming viewers count them
    (
        "The serial drew 2,310,000 viewers on Sunday and peaked at 2,745,000 near the end.",
        [("2310000", *PEOPLE), ("2745000", *PEOPLE)],
    ),
    (
        "The late bulletin averaged 655,000 viewers, 31,000 fewer than in October. Its strongest "
        "night was Monday, 702,400, after the budget.",
        [("655000", *PEOPLE), ("31000", *PEOPLE), ("702400", *PEOPLE)],
    ),
    ("With catch-up viewing, the audience climbs to 2.9 million.", [("2900000", *PEOPLE)]),
    (
        "Most watched (live, viewers)\n1. Harbour Lights (RTL, Friday) 1,122,000\n2. Quiz Time (NPO, Monday) 984,000",
        [("1122000", *PEOPLE), ("984000", *PEOPLE)],
    ),
    # late-kinds11: donors of the body, or those blood is collected from, are persons; a bare count
    # dated by a year of its own after a span compares with the count, not the span
    (
        "The clinic collected 4,820 units of plasma from 3,960 donors in March.",
        [("4820", *COUNT), ("3960", *PEOPLE)],
    ),
    (
        "Surgeons used 37 living liver donors in the first nine months, more than the 31 of all of 2024.",
        [("37", *PEOPLE), ("9", "other", "duration"), ("31", *PEOPLE), ("2024", "year", "date")],
    ),
    # late-kinds11: a bare count of a nationality after a count of things is of those things; one
    # before a verb in the past and its object, after a count of things, counts the things
    (
        "The wreck yielded 2,300 coins. Most are Spanish, but 410 are Dutch.",
        [("2300", *COUNT), ("410", *COUNT)],
    ),
    ("Of the 75 quilts entered, 52 found buyers.", [("75", *COUNT), ("52", *COUNT)]),
    ("Of the 75 passengers, 52 are Italian.", [("75", *PEOPLE), ("52", *PEOPLE)]),
    # late-kinds11: "one" closing a list of parts counted by place is a count of one; after a colon,
    # with no list before it, it is a pronoun
    (
        "Of the 23 depots, 12 are in Ontario, seven in Quebec, three in Manitoba and one in Yukon.",
        [("23", *COUNT), ("12", *COUNT), ("7", *COUNT), ("3", *COUNT), ("1", *COUNT)],
    ),
    ("Two depots shut: one in Regina with 40 staff.", [("2", *COUNT), ("40", *PEOPLE)]),
    # late-kinds11: a heading in capitals before a bracketed aside in lower case is read as prose,
    # and an owner's "top" and a number word ending the line count the places of a ranking
    ("THE MONTH'S TOP SEVEN (all channels, live viewing)", [("7", *COUNT)]),
    ("Ours made the region's top nine.", [("9", *COUNT)]),
    # late-kinds11: a trade's plural after a word of the retail trade names its shops, and a firm's
    # plural joined to them is counted too; without the word the persons stay
    (
        "The board fined 74 independent grocers and 11 distributors over mislabelled eggs.",
        [("74", *COUNT), ("11", *COUNT)],
    ),
    ("The lab hired 12 chemists and 40 technicians.", [("12", *PEOPLE), ("40", *PEOPLE)]),
    # late-kinds11: a lettered item's figure under a heading that counts things is those things,
    # whatever persons the item's reason names
    (
        "The number of postal votes rejected was as follows:\n(a) no signature: 6\n"
        "(b) signed by someone other than the elector or the applicants named: 2",
        [("6", *COUNT), ("2", *COUNT)],
    ),
    # late-kinds12: sources counted in thousands are things; merchants of a payment service are
    # businesses; a machine before a doer's noun is persons only before its operators; firms in a
    # list of persons stay firms; professionals are persons
    (
        "The observatory has logged 850,000 X-ray sources. Two sources familiar with the work said so.",
        [("850000", *COUNT), ("2", *PEOPLE)],
    ),
    ("The wallet's card readers now serve 2.1 lakh merchants.", [("210000", *COUNT)]),
    (
        "The quarry runs three backhoe loaders, two of which are idle, and employs 12 crane operators.",
        [("3", *COUNT), ("2", *COUNT), ("12", *PEOPLE)],
    ),
    (
        "The poll drew replies from 9,400 nurses and 1,300 employers.",
        [("9400", *PEOPLE), ("1300", *COUNT)],
    ),
    ("The study covered 210 firms and 3,900 professionals.", [("210", *COUNT), ("3900", *PEOPLE)]),
    # late-kinds12: guests in a price's basis, a let's beds and a group's cap are persons; a
    # school's forms of entry are counted
    (
        "The break costs from €540 per person, based on two sharing.",
        [("540", "EUR", "money"), ("2", *PEOPLE)],
    ),
    ("The prize is a chalet sleeping eight (worth €2,000).", [("8", *PEOPLE), ("2000", "EUR", "money")]),
    ("The single supplement is £95; tours are capped at 16.", [("95", "GBP", "money"), ("16", *PEOPLE)]),
    ("The trust will open an eight-form-entry secondary.", [("8", *COUNT)]),
    # late-kinds12: a count's share in an aside before its verb; a number word after a sentence
    # opening "Every" and its noun; "a total of" and a bare count set against it; "the top ten"; a
    # plural of things before "hit" after a count of persons
    (
        "Some 9,100 pupils sat the test. Of those, 7,020, or 77 per cent, were given a pass.",
        [("9100", *PEOPLE), ("7020", *PEOPLE), ("77", "percent", "percentage_share")],
    ),
    (
        "Every ferry on the route carries 400 cars. Six were built in Poland.",
        [("400", *COUNT), ("6", *COUNT)],
    ),
    (
        "Three more clubs joined the league, for a total of nine, against five last season.",
        [("3", *COUNT), ("9", *COUNT), ("5", *COUNT)],
    ),
    ("The aim is the top ten by 2030.", [("10", *COUNT), ("2030", "year", "date")]),
    (
        "The airline hired 60 extra agents; complaints hit 9,300 on Friday.",
        [("60", *PEOPLE), ("9300", *COUNT)],
    ),
    # late-kinds13: speakers of a language (a text of a language, a language's name, a fluent or
    # native speaker) are persons, loudspeakers things; donors in the sentence after an appeal;
    # doers after a skill's modifier; "one" and a person's job after a modifier of engagement;
    # nouns with accented letters are counted
    (
        "The dialect is dying out: about 3,000 speakers remain, against 9,000 in 1980.",
        [("3000", *PEOPLE), ("9000", *PEOPLE), ("1980", "year", "date")],
    ),
    (
        "A survey counted 12,400 Gaelic speakers and 800 native speakers.",
        [("12400", *PEOPLE), ("800", *PEOPLE)],
    ),
    ("The venue fitted 300 speakers and 40 screens.", [("300", *COUNT), ("40", *COUNT)]),
    (
        "The toy appeal raised £31,000. The money came from 870 donors.",
        [("31000", "GBP", "money"), ("870", *PEOPLE)],
    ),
    ("Donor states met in Brussels, where 14 donors pledged more aid.", [("14", *COUNT)]),
    ("Only 18 skilled stone cutters still work the quarry.", [("18", *PEOPLE)]),
    ("The theatre employs one full-time electrician.", [("1", *PEOPLE)]),
    ("The canton has 21 écoles and three lycées.", [("21", *COUNT), ("3", *COUNT)]),
    ("The commune kept one crèche open.", [("1", *COUNT)]),
    # late-kinds14: subscribers in a sentence of shares or of reading are persons (a phone
    # service's are accounts); "individual" before a doer names persons; proxy advisers are firms
    ("The placing drew 5,100,000 shares from 96 subscribers.", [("5100000", *COUNT), ("96", *PEOPLE)]),
    ("The weekly newsletter has 3,912 subscribers.", [("3912", *PEOPLE)]),
    ("The operator lost 40,000 mobile subscribers.", [("40000", *COUNT)]),
    ("The museum's roof fund drew 612 individual donors.", [("612", *PEOPLE)]),
    ("Three proxy advisers opposed the pay plan.", [("3", *COUNT)]),
    # ... a few calendar days before "after" or "before" an event set a deadline, a span
    ("Objections close 15 working days after the notice is published.", [("15", "days", "duration")]),
    ("The strike cost 4,000 working days after the talks failed.", [("4000", "days", "count")]),
    # ... "more" after a verb of opening or building are more of the nearest count, after a
    # preposition too (places); after another verb not the count after the preposition
    (
        "The bank employs 900 staff in 31 branches and will open four more next year.",
        [("900", *PEOPLE), ("31", *COUNT), ("4", *COUNT)],
    ),
    (
        "Police arrested 12 people in three raids and will question five more.",
        [("12", *PEOPLE), ("3", *COUNT), ("5", *PEOPLE)],
    ),
    # ... "one or two" things failed, missed or passed are one range (the vague "one or two" stays none)
    ("Candidates who failed in one or two modules may resit them.", [("1/2", *COUNT)]),
    # ... a bare number above 100 after a share of persons is no level of that share
    (
        "Some 61 clinics saw fewer than 40% of their patients return, against 143 a year ago.",
        [("61", *COUNT), ("40", "percent", "percentage_share"), ("143", *COUNT)],
    ),
    # ... a number word heading a coordinated clause after a time and "only" stands for the count before
    (
        "The hostel has 36 bunks, and on Saturday only five were free.",
        [("36", *COUNT), ("5", *COUNT)],
    ),
]
NEGATIVE_EXAMPLES: list[str] = [
    # late-kinds14: an entitlement ratio of holdings names no figure
    "Holders will receive one new share for every four they own.",
    "Investors got three rights for each five shares held.",
    # late-units12: a multiple of a usual amount ("times a normal day"); a selective school's exam
    # named by its age
    "Visits to the site were about eight times a normal weekend.",
    "Her daughter passed the 11-plus last spring.",
    # late-units9: "from one ... to the next" is an idiom of succession, no count
    "Yields can halve from one growing season to the next.",
    # late-carry8: a sheep's age class named by its teeth
    "Champion: four-tooth Romney ewe, bred at Waipukurau.",
    "The magistrate remanded the suspect after the dawn raids.",  # late-counts5: no number
    "Divers jumped from 3.5m.",  # class-discover-i: a height "from", no count before it
    "The R number is rising again, health officials said.",  # class-discover-i: no reading without a number
    "Doctors per 1,000 people is the measure the WHO prefers.",
    # class-carried9: "the" and an adjective before "one" make it the pronoun, not a count (rules,
    # table 8: "the new one"), also with a verb in "-s" after it
    "The new one covers more ground than the old terminal.",
    "The older one holds less water, engineers said.",
    "The original one sits in a museum in Turin.",
    "This first one seats fewer passengers.",
    # class-bases: a whole number "in every" 100 is a ratio, as "one in five" (rules, table 8)
    "Three in every 100 voters backed the plan, the poll found.",
    # class-left7: ... and "one in every" a number is a ratio too
    "Roughly one in every 40 ballots was spoiled, observers said.",
    # class-people7: the aircraft named with no number, a model's digits
    "The F-16 fighters scrambled from Incirlik within minutes.",
    "Election monitors and clerks from the commission counted ballots until dawn.",
    "The islanders and the States members met the workforce's representatives on Tuesday.",
    "The road toll has fallen every year since the motorway opened.",
    "Syrians and Lebanese queued for hours at the border crossing.",
    "The Rohingya have faced decades of persecution.",
    # class-people4: persons with no count
    "Dozens were detained and several escapees remain at large.",
    # class-pipes: a single "|" in a headline's section line or a byline parts no table
    "Sport | Football",
    "By Maria Santos | Reuters",
    "Home | News | Business",
    # class-sports2: "chasing" with no word of cricket and no "to win" is no target; a ratio stays one
    "Chasing 40, she took up running.",
    "One in five adults in Norway now jogs regularly, the survey found.",
    "One in every 23 drivers stopped on the M6 failed a breath test, police said.",  # class-rates2
    "One driver in every 40 was over the limit.",
    "One in five matches in the league ends in a draw.",
    "Two in three races at the circuit are won from the front row.",
    # class-people3: "A" and a dash in prose is no box score's attendance line
    "She earned an A—the top grade—in every subject.",
    # class-names3: a round numbered at the head of a sentence, in words or digits
    "Round two interviews will be held next month.",
    "Round 3 results are due on Friday.",
    # class-labels3: a furniture line's prefix as a whole word is still furniture; clock times in a
    # forecast box's label lines are no figures
    "Subscribe today: 12 issues for 12 euros",
    "Sunrise: 07:14. Sunset: 16:52. Moonrise: 21:08.",
    # class-labels: a goal line's pair is the score itself; a box's postal address and phone lines
    "Goals: 2-1",
    "For advice call the helpline on 116 123 or write to P.O. Box 30099, Nairobi.",
    "Helpline: 999\nEmail: info@example.org",
    # class-ratelevels: a multiple is no count of occasions (an issue's cover, "three times
    # oversubscribed", is a reading since the twenty-fourth probe: tests/figures/test_measures.py)
    "Demand was three times what the organisers expected, the ministry said.",
    # class-measures2: decimal odds, a starting position compared, basketball's shooting zone
    "The favourite opened at 2.8 in early betting but drifted to 3.4 after drawing barrier 14.",
    "Bettors backed the champion into 1.9 before the off.",
    "In the betting, the mare shortened to 4.2 overnight.",
    "No runner has won from a gate wider than ten in this race.",
    "The Warriors struggled from three-point range all night.",
    "He shot poorly from 3-point range.",
    # a number word after a determiner before "more than" names a group, not a difference
    "The two more than held their own.",
    # names and ranks in headline-style lines and lines in capitals
    "NO. 1 SEED KNOCKED OUT IN FIRST ROUND",
    "Apollo 13 Crew Reunites In Houston",
    "Route 66 Diner Reopens Its Doors",
    # a tally "A to B" in a sentence about a game's result: a scoreline (rules, table 8)
    "Chelsea beat Everton 3 to 1 on Saturday.",
    "The Hawks won 88 to 79 in overtime.",
    "The Lakers led 54 to 50 at half-time.",
    "The Reds tied the game 4 to 4 in the ninth.",
    "The home side won three to one.",
    "He lives at House 14, Street 5.",  # an address's house number takes no article
    # "one" as the generic pronoun, with its verb in the present
    "One wonders why the minister said nothing in parliament.",
    "One suspects the answer is no.",
    "One can see why the drivers are angry.",
    # "a million" as a ratio's second term, or in thanks
    "The odds of a second strike were one in a million.",
    "The chance is put at 1 in a billion.",
    "Thanks a million, the coach told the fans.",
    # "number" before a number word: a rank
    "The world number one lost in the final.",
    "One of the reasons for the delay was the weather.",
    "No one was hurt in the fire, the brigade said.",
    "At one point the queue stretched around the block.",
    # "and" between two bare numbers with no tally's "of" before them: no range, no figure
    "The Bulldogs won 26 and 18 in the league.",
    "The car stopped in front of No 10.",
    "The visitors went to 62 for 4 at tea.",
    "The Magpies kicked 4.3 in the last term.",  # a goals-and-behinds tally after a verb of kicking
    # Australian rules football scores in goals and behinds with their totals, and the bare
    # tallies of a text that holds such a score: pairs read together (rules, table 8: scores)
    "Carlton 12.11 (83) d Essendon 9.14 (68)",
    "Geelong 15.10 (100) beat Sydney 8.6 (54) at home.",
    "Geelong 15.10 (100) beat Sydney. Sydney kicked 2.5 in the first half and 6.1 to 3.4 after it.",
    "The results hold 19 times out of 20, the pollster said.",
    "Nine times out of ten the ferry leaves late.",
    "He takes it once, or two a day.",
    # a range of times after a verb of growth ending its clause: a multiple
    '"Sales could grow five to seven times," the analyst said.',
    "The market may expand three to four times.",
    "One in 10, the inspectors found, had no licence.",
    # "one" as a pronoun at a sentence's head, and a number word that is no subject
    "One was late again.",
    "He said some twenty were there, maybe more.",
    "Her chance of winning is 1 in 10.",  # a ratio ending its sentence
    # class-discover-o: a ratio's terms joined by hyphens ("a 1-in-100-year flood")
    "Insurers called it a 1-in-200-year storm.",
    "The odds of a repeat were put at 1-in-5.",
    "Part 3: The council replies",  # a numbered heading, no list figure
    # "against" that goes on to what is opposed, or no vote in the sentence: no tally's side
    "The vote was won four against one.",
    "They fought five against twelve, and nobody won.",
    # "one" as a pronoun before a figure of its own (the amount is another dimension's)
    "The new ward is bright, and the old one about half as big.",
    # a numbered day, week, stage or leg in words heading its sentence: a position
    "Day three follows the canal towpath. Stage two crosses the moor.",
    # a capitalised number word after a name and a dash, no dateline: part of the name
    "The Famous Five - Four of them came.",
    # a situation of play named by the players each side has
    "He scored on a 3-on-1 break.",
    "They held a one-on-one meeting.",
    # a cricket score or bowling figures "N for M" stay pairs
    "The visitors were 141 for four at tea.",
    "Malik took 4 for 37 in the powerplay.",
    # a capitalised number word mid-sentence in running prose is a name
    "The England team won the Six Nations title.",
    # a ratio "N <noun> in M" with no noun after M: neither number counts
    "In dry years two wells in three fail.",
    "Nine riders in 10 finished.",
    # ... also before a negation, an adverb or a verb a poll reports in the present tense
    "Seven voters in 10 back the plan, a survey found.",
    "Two homes in five lack central heating.",
    "Three pupils in 10 cannot swim.",
    "Four shoppers in five now pay by card.",
    "Eight firms in 10 expect higher costs next year.",
    "Four patients in five recover within a week.",
    # a yard line in American football copy: a numbered position on the field
    "He ran the punt back to the 42. Moments later they scored from the 9.",
    "The drive stalled at its own 18, and the Hawks' kicker came on.",
    # "one" after a price's name: the base the price is for, no count
    "The price of one loaf went up in May.",
    # "one" and a noun a verb of saying follows: a source ("an analyst"), no count
    "One analyst said the shares were cheap.",
    "One insurer has estimated the damage at a record.",
    # "were taken" with no hospital says nothing of people
    "Three were taken by the thieves.",
    "They won all six.",  # "all six" with nothing of six counted before
    "The train left at five to 10 o'clock.",  # a clock time, not a range
    # clock times in words (rules, table 8)
    "The shop closes by two o'clock on Saturdays.",
    "The vote was called at ten past nine.",
    "Lunch is served at twelve noon.",
    "The gates shut by five to four.",
    "Voting ended at half past six, officials said.",
    "It was a one-off payment under one-party rule.",
    "She moved from one to another.",
    "It is a two-way street.",
    "The bank made two-factor login compulsory for its app.",
    "Fund managers still lean on a three-factor model of returns.",
    "On one hand, the plan is cheap.",
    "Unions fear a two-tier workforce.",
    "It was a one-off payment.",
    "The one-time champion retired.",
    "A one-stop shop opened.",
    "Two-thirds of members agreed.",
    "She took the same one home.",
    "One or two issues remain.",
    "They saw four-legged animals.",
    "One of the ministers resigned.",
    "Let us try one more time.",
    "Reece pulled one back before the break.",
    "It flooded one Tuesday morning.",
    "By one count there were many.",
    # multiples: a decimal number of times, a valuation multiple
    "The deal values the firm at about 2.5 times annual sales.",
    "The shares trade at 14 times earnings.",
    # "One of the ..." after a people verb is still no count (rules, table 8)
    "The blast killed one of the guards.",
    "Two were sold on Friday.",
    "At one point the lead was gone.",
    "They took one apiece.",
    # "one" meaning "a" before an option, a possibility, an example (rules, table 8: pronoun and
    # idiom uses of number words)
    'A rate cut in June is "one option", the governor said.',
    "One possibility is a merger.",
    "One explanation is the dry summer.",
    # ratios and fractions (rules, table 8)
    "One out of three tenants moved.",
    "About 1 in 10 adults smoke.",
    "One fourth of the land is forest.",
    "The odds are exactly one sixth.",
    "Nearly 3 in 4 voters backed it.",
    "Two out of three firms agreed.",
    "One train in six was late.",
    "Roughly one adult in five smokes.",
    # multiples (rules, table 8)
    "The planet is roughly 1.3 times the width of Earth.",
    "They sold three times as many.",
    "Prices are 2.5 times higher here.",
    # multiples (rules, table 8: "three times as many")
    "Sales reached three times the level of last year.",
    "Rents are 2.5 times higher in the capital.",
    "The new plant is four times larger.",
    "Bosses are paid 14 times what a cleaner earns.",
    "The new tower is four times its height.",
    # a trader's leverage is a multiple too
    "Traders bet at 5 and 10 times leverage.",
    # a cricket score or bowling figures, "N for M" with no noun after either (rules, table 8: scores)
    "India were 45 for two at lunch.",
    "Ashwin took 5 for 48 in the second innings.",
    "They closed on 312 for 7, a lead of nothing.",
    # a nationality word before a noun names the noun's kind: no people state
    "Three are Danish firms.",
    # "one" and its noun that a price is stated for: the base of the price, "a visit"
    "Before, one visit to the clinic could cost a farmer a week's wages.",
    # "one in N of which": a ratio, no part
    "About one in eight of which ended in a charge.",
    # a glued "m" before a noun sized in metres is no million
    "Surfers rode 12m waves at dawn.",
    "The 100m final starts at noon.",
    # ... a score stays no range
    "The visitors won 4-2 on Sunday.",
    # a title's number closed by a curly quote, as by a straight one, is part of the name
    "Their single \u2018Harbour Lights 7\u2019 went gold.",
    "Their single 'Harbour Lights 7' went gold.",
    # phone numbers: a line offered before another line's number, a star code, a number dialled, a
    # vanity number in digits
    "Residents can call the parks line 3110 or the council on 555-0163.",
    "Report a leak on *315 or at 868-555-0122.",
    "Motorists can get help by dialling 155.",
    "Call the police at 911 or Crime Stoppers at 555-HELP (4357).",
    "Work on phase two starts in May.",  # a phase numbered in words: a name (rules, table 8)
    "Schools are ranked 1 to 120 in the table.",  # ranks (rules, table 8)
    "See the full table on page 14.",  # a page number
    "The map shows nurses per 1,000 residents in each county.",  # a rate's base with no figure
    # audit5: a height left "from" and a length ending the clause are no millions
    "Divers jumped from 3.5m.",
    "The wall is 2.5m.",
    # audit5: a second name's number after "and" ("the FTSE 100 and 250")
    "The FTSE 100 and 250 fell.",
    # class-nouns: vague counts of persons by an agent or occupational noun
    "Hundreds of linesmen worked through the night to restore power.",
    "Dozens of deckhands and stewards were laid off.",
    # class-names2: "one hell of a" is an idiom of degree
    "It was one hell of a final, the captain said afterwards.",
    # persons3: vague counts of role nouns
    "Scores of volunteer guides and shepherds joined the march.",
    "Hundreds of franchisees and claims handlers were laid off.",
    # a results line: final scores "Team N Team M", one a segment (rules, table 8)
    "RESULTS: Kaizer Chiefs 1 Orlando Pirates 1; SuperSport United 3 AmaZulu 0.",
    "WEEKEND RESULTS: Dundee United 2 St Mirren 0; Ross County 1 Motherwell 1",
    "Final score: Bulls 104 Knicks 98",
    # class-spoken: "a million and one" is a countless number, no figure
    '"I\'ve got a million and one reasons to stay," the singer joked.',
    "There are a billion and one ways to get it wrong.",
    # class-partitives: "one of", "two of a kind": no quantity
    "It is one of the biggest fraud cases the court has heard.",
    "The mayor and the minister are two of a kind, critics say.",
    # class-looks3: "one in every N", a ratio
    "One in every 40 households in the district still lacks a latrine, the survey found.",
    # class-carried6: a name, a clock time
    "Kansas reached the Final Four for the first time.",
    "The Big Five banks reported higher profits.",
    "The shop opens at five on Sundays.",
    # late-formats2: no number served
    "She serves on the board of the charity.",
    # class-discover-h: a cricket side's score "N for two" after no price
    "The side made 240 for two before lunch.",
    # class-names8: a score, the runs not a price
    "Mumbai were 198 for six at tea on the second day.",
    # class-kinds: a rate or a herd with no figure
    "The exchange rate has doubled in a matter of weeks, traders said.",
    "Hundreds of bison roam the plains north of the park.",
    "The odds of winning the jackpot are 1 in 45,057,474.",  # class-discover-j: a ratio's large term
    "The condition affects 1 in 2,500 children.",  # class-discover-j
    "Exports by region. Total: 4.25m",  # class-left12: a total under a heading of no persons
    "The court, the registry and the archive will now sit under one roof.",  # late-kinds7: an idiom
    "The debt was cleared in one fell swoop.",  # late-kinds7: an idiom, no compound noun
]


@pytest.mark.parametrize(
    ("text", "expected"), ALL_EXAMPLES + LOOK_ALIKES, ids=case_ids("counts", ALL_EXAMPLES + LOOK_ALIKES)
)
def test_count_phrasings(text: str, expected: Expected):
    assert figures_of(text, expected) == expected


@pytest.mark.parametrize("text", NEGATIVE_EXAMPLES, ids=case_ids("counts-not", NEGATIVE_EXAMPLES))
def test_count_look_alikes_yield_nothing(text: str):
    assert figures_of(text) == []


@pytest.mark.parametrize(
    ("abbr", "num", "unit", "after", "ok"),
    [
        ("M", "4", "", " phones", True),
        ("k", "25", "", " fans", True),
        ("k", "5", "", " run", False),
        ("m", "400", "", " hurdles", False),
        ("m", "1.4", "", " Afghans", True),
        ("m", "3", "people", " people", True),
        ("m", "12", "", " of its shares", True),  # a part of what an owner has
        ("m", "200", "", " of the course", False),
    ],
)
def test_scale_letters_after_counts(abbr: str, num: str, unit: str, after: str, ok: bool):
    assert person_nouns.abbreviation_ok(abbr, num, unit, after, 0) is ok


@pytest.mark.parametrize(
    ("num", "plural_head", "ok"),
    [
        ("4", "customers", True),
        ("30", "shares", True),
        ("400", "hurdles", False),
        ("10", "waves", False),
        ("50", "trees", False),
        ("12", "", False),
    ],
)
def test_a_glued_m_before_a_plural_noun(num: str, plural_head: str, ok: bool):
    after = f" {plural_head}" if plural_head else " in"
    assert person_nouns.abbreviation_ok("m", num, "", after, 0, plural_head) is ok


@pytest.mark.parametrize(
    ("num", "noun", "ok"),
    [
        ("seven", "time", True),
        ("one", "way", False),
        ("two", "thirds", False),
        ("four", "legged", False),
        ("five", "tier", True),
        ("two", "tier", False),
    ],
)
def test_which_compounds_count_their_noun(num: str, noun: str, ok: bool):
    assert counts.compound_counts(num, noun) is ok


def test_suspended_number_word_takes_the_last_compounds_noun():
    body = "four-, five- and six-cylinder engines"
    assert counts.suspended_noun(body, 5) == "cylinder"
    assert counts.suspended_noun("four-, but the six-cylinder", 5) == ""


@pytest.mark.parametrize(
    ("text", "number", "found"),
    [
        ("Police said 25 people died.", "25", ("people", 21, "people", True)),
        ("Militants staged 12 attacks.", "12", ("attacks", 27, "attacks", True)),
        ("Another 840,000 hold cards.", "840,000", ("", 15, "", False)),  # a verb ends the phrase
        ("There were 5, 6 people.", "5", ("", 12, "", False)),  # no word right after the number
    ],
)
def test_count_unit_after_reads_the_noun_phrase(text: str, number: str, found: tuple[str, int, str, bool]):
    end = text.index(number) + len(number)
    assert counted_units.count_unit_after(scanner_of(text), end) == found


def test_scan_counts_inherits_the_unit_of_an_earlier_count_in_the_sentence():
    sc = scanner_of("The toll rose to 136,000 and 5 more.")
    counts.scan_counts(sc)
    assert [(f.value, f.unit) for f in sc.figures] == [(136000, "people"), (5, "people")]


def test_numbers_far_down_a_list_inherit_the_unit_of_its_first_count():
    text = "Police said 5 people died, then " + ", ".join(str(i) for i in range(10, 60)) + "."
    found = figures_of(text)
    assert len(found) == 51 and {unit for _, unit, _ in found} == {"people"}


def _ratio_by_regex(body: str, start: int, end: int, number: str) -> bool:
    """in_ratio as its two patterns alone say it (no early exit)."""
    value = float(number) if number[0].isdigit() else N.parse_word_number(number)
    after = count_results.RE_RATIO_AFTER.match(body, end)
    if after is None and number.lower() in ("one", "1"):
        after = count_results.RE_ONE_NOUN_RATIO_AFTER.match(body, end, end + 40)  # "one train in six"
    if after and value < count_results._small_value(after.group("m")):
        return True
    before = person_nouns.RE_RATIO_BEFORE.search(body, max(0, start - 30), start)
    if before is None:
        return (
            bool(count_results.RE_ONE_NOUN_RATIO_BEFORE.search(body, max(0, start - 30), start)) and value > 1
        )
    return count_results._small_value(before.group("n")) < value


_RATIO_NUMBER = st.sampled_from(("1", "3", "10", "one", "x"))
_RATIO_GAP = st.sampled_from((" ", "  ", "\n", "", ", "))
_RATIO_WORD = st.sampled_from(("in", "IN", "In", "out of", "Out Of", "of", "on", "", "train", "trains"))


@given(
    st.lists(st.one_of(_RATIO_NUMBER, _RATIO_GAP, _RATIO_WORD), max_size=3),
    _RATIO_NUMBER,
    _RATIO_GAP,
    _RATIO_WORD,
    _RATIO_GAP,
    _RATIO_NUMBER,
)
def test_in_ratio_agrees_with_its_patterns(lead, first, gap1, word, gap2, second):
    body = "".join(lead) + first + gap1 + word + gap2 + second
    for m in re.finditer(r"\d+", body):
        assert count_results.in_ratio(body, m.start(), m.end(), m.group()) == _ratio_by_regex(
            body, m.start(), m.end(), m.group()
        )


_STATE_PIECES = st.sampled_from(
    (" ", "  ", "\n", "\u00a0", "were", "are", "had been", "died", "drowned", "still")
)
_STATE_PIECES_MORE = st.sampled_from(("killed", "missing", "hurt", "injured", "x", ",", "W", "da", "h", "-"))


@given(st.lists(st.one_of(_STATE_PIECES, _STATE_PIECES_MORE), max_size=6).map("".join))
@example(" had been killed")
@example(" have been hurt")
@example("\n\u00a0died")
@example(" drowned")
@example(" were still missing")
@example(" are missing")
@example(" was hurt")
@example(" Were killed")
@example(" have died")
@example(" who lost")
@example(" had been diagnosed")
@example(" are Colombian and")
def test_the_cheap_test_before_the_people_state_pattern_changes_no_answer(after: str):
    body = "nine" + after
    assert counts._people_state_after(body, 4) == bool(person_nouns.RE_PEOPLE_STATE_AFTER.match(body, 4, 44))


@pytest.mark.parametrize(
    ("text", "scale_word"),
    [
        ("The port handles 2.1 million passengers per year (mppy) and aims for 4 mppy.", "million"),
        ("It ships 5.2 million tonnes per annum (mtpa) and plans 8 mtpa.", None),  # a measurement
        ("The union (nupe) said 40 nupe members quit.", None),  # no scale word abbreviated
    ],
)
def test_an_abbreviation_defined_in_brackets_after_a_scale_word(text: str, scale_word: str | None):
    end = text.rindex(" m") if "(m" in text else text.index("40") + 2
    defined = person_nouns.defined_abbreviation(scanner_of(text), end)
    assert (defined[0] if defined else None) == scale_word


def test_bracketed_abbreviations_are_indexed_once_at_their_first_place():
    text = "Some 2 million people per year (mppy) came; 3 mppy (mppy) later. A (Big) one (x) and (toolong)."
    sc = scanner_of(text)
    found = person_nouns.bracketed_abbreviations(sc)
    assert found == {"mppy": text.index("(mppy)")}  # lower case, 2 to 6 letters, first place only
    assert person_nouns.bracketed_abbreviations(sc) is found  # read once per article, not per number


@pytest.mark.parametrize(
    "text", ["Three consortia were shortlisted.", "The panel set three criteria for the award."]
)
def test_latin_plurals_are_the_counted_noun(text: str):
    sc = scanner_of(text)
    counts.scan_counts(sc)
    assert [f.subject for f in sc.figures] in (["consortia"], ["criteria"])


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        (
            "Infant mortality in the province is now 29 deaths per 1,000 live births, the health minister said.",
            "Infant mortality in the province (unit: deaths per 1,000 live births)",
        ),
        (
            "The incidence of measles stood at 12 cases per 100,000 people.",
            "incidence of measles (unit: cases per 100,000 people)",
        ),
        (
            "The mortality rate was 9 deaths per 1,000 people.",
            "mortality rate (unit: deaths per 1,000 people)",
        ),
    ],
)
def test_a_rate_per_head_takes_the_measure_named_before_it_as_subject(text: str, subject: str):
    figures = extract_figures(article_from_text(text, "case"))
    assert figures["subject"].iloc[0] == subject


def test_a_rate_per_head_with_no_measure_named_keeps_its_counted_noun():
    text = "Doctors logged 40 cases per 100,000 people in the city."
    assert "cases" in extract_figures(article_from_text(text, "case"))["subject"].iloc[0]
