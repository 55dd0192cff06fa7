from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from analysis.figures import dates
from analysis.figures.words import tokens

from .corpus import Expected, case_ids, figures_of, scanner_of

# a fiscal year named "FY" is a year, a span of fiscal years one range (rules, table 5)
ALL_EXAMPLES: list[tuple[str, Expected]] = [
    # late-kinds15: a Nepali (Bikram Sambat) month and day, with its year or without, in an article
    # set in Nepal or naming the calendar, as written; a name before a count stays a count
    (
        "POKHARA, Nepal - The dam was closed on Asar 12 and reopened on Poush 3, 2082 BS.",
        [("--03-12", "date", "date"), ("2082-09-03", "date", "date")],
    ),
    ("POKHARA, Nepal - Kartik 14 films were screened.", [("14", "count", "count")]),
    # late-units13: an old year after a verb that dates or "in" and a word of rounding
    ("The oldest bridge, near the mill, dates back to around 1640.", [("1640", "year", "date")]),
    ("The abbey was founded about 1150 by monks from Cluny.", [("1150", "year", "date")]),
    # late-lists10: a day and "to" a level with a scale word is a date and the level, no range
    (
        "Listeners rose on April 3, to 4 million, the network said.",
        [("--04-03", "date", "date"), ("4000000", "people", "count")],
    ),
    # late-lists10: a year inside a plan's name is a year row, though "Plan 2" names a plan
    ("Heights follow the Dunedin City District Plan 2035, the panel said.", [("2035", "year", "date")]),
    # late-lists9: a catalogue's years: glued to "c.", after a participle of making or a place set
    # off by commas, and a life span after a people's name in brackets
    ("A walnut bracket clock, c.1760, the brass dial signed.", [("1760", "year", "date")]),
    ("A pair of silver salvers, Dublin 1745, maker's mark rubbed.", [("1745", "year", "date")]),
    ("A county map of Fife, engraved 1728, hand-coloured and framed.", [("1728", "year", "date")]),
    (
        "Joan Eardley (Scottish, 1921-1963), Catterline in Winter, oil on board.",
        [("1921/1963", "year", "date")],
    ),
    # class-left11: a year inside a reference number whose serial closes on the office's initials,
    # a court file's number of digit parts, and a "No." set off after the instrument it numbers; a
    # year-numbered tournament before "Euros" is its year
    (
        "The government set the new fuel prices in Decree No. 2025-1137/PM-RN, published on Thursday.",
        [("2025", "year", "date")],
    ),
    (
        "Prosecutors lodged the appeal under file no. 3381/2/2023 at the Cluj court of appeal.",
        [("2023", "year", "date")],
    ),
    (
        "The ordinance setting the tariffs, No. 2025-1140/MEF, takes effect on Monday.",
        [("2025", "year", "date")],
    ),
    ("England reached the final of the 2024 Euros in Berlin.", [("2024", "year", "date")]),
    # class-discover-k: a year after "the" opening a title whose first word is a capitalised singular
    # is a year inside a name, an old year too; a plural or persons after it keep the count
    ("The library holds the 1611 King James Bible.", [("1611", "year", "date")]),
    ("She cited the 1951 Refugee Convention in her appeal.", [("1951", "year", "date")]),
    ("The 1200 Afghan refugees arrived on Monday.", [("1200", "people", "count")]),
    # class-names7: a year before a city's name in "-is" that names an event is a year row
    ("Federer won the 1998 Paris Masters without dropping a set.", [("1998", "year", "date")]),
    # late-names2: a year inside a name before a monarch's regnal name is a year row, no persons
    # counted as a demonym's "-is" would read ("Iraqis")
    (
        "A dealer paid €2,300 for the 1952 Louis II gold coin.",
        [("2300", "EUR", "money"), ("1952", "year", "date")],
    ),
    ("Collectors prized the 1962 Francis XIV medal.", [("1962", "year", "date")]),
    # class-shipping: a month and year in figures after a pack's shelf-life label
    (
        "The retailer pulled its 400ml tins of coconut milk, best before 11/2027, from shelves.",
        [("400", "other", "other"), ("2027-11", "date", "date")],
    ),
    ("The jars are marked use by 03.2028 on the lid.", [("2028-03", "date", "date")]),
    # class-doubled: a notice's, a tender's or a letter's reference number with its year after a
    # slash, the serial after the office's initials
    ("Under Notice No. 17/2025 the ministry withdrew the old fishing licences.", [("2025", "year", "date")]),
    (
        "Bids under Tender No. KPA/031/2026 close at noon on Friday, the ports authority said.",
        [("2026", "year", "date")],
    ),
    ("Reference No. HR/22/2023 should be quoted in all correspondence.", [("2023", "year", "date")]),
    # a full date hyphened with its month's name; a date in figures after a verb of being
    ("The hearing was set for 14-Mar-2022.", [("2022-03-14", "date", "date")]),
    ("The order of 3-June-2025 stands.", [("2025-06-03", "date", "date")]),
    ("The deadline is 31/12/2026.", [("2026-12-31", "date", "date")]),
    # years outside numbers.YEAR after a word that dates them, or as a span
    ("The abbey was founded in 1132.", [("1132", "year", "date")]),
    ("The Great Storm of 1703 felled the spire.", [("1703", "year", "date")]),
    ("Seas may rise 1.4 metres by 2200.", [("1.4", "other", "other"), ("2200", "year", "date")]),
    ("The mill ran from 1710 to 1790.", [("1710/1790", "year", "date")]),
    # a range of days across a new year, each date with its own year: one range
    (
        "The dry season runs from 1 December 2025 to 28 February 2026.",
        [("2025-12-01/2026-02-28", "date", "date")],
    ),
    (
        "The exhibit is open Nov. 14, 2026, through Jan. 10, 2027.",
        [("2026-11-14/2027-01-10", "date", "date")],
    ),
    # ... not two dates whose second is earlier, nor "and" with no "between" or "from"
    (
        "Prices fell from 1 March 2024 to 30 August 2023 levels.",
        [("2024-03-01", "date", "date"), ("2023-08-30", "date", "date")],
    ),
    # ... not a number with a counted noun after it, nor "by" an old-looking count
    ("It is sold in 1500 shops.", [("1500", "count", "count")]),
    ("Sales rose by 1200 last month.", [("1200", "count", "count")]),
    # a short number ending the text: no year, and no read past the text's end
    ("It rose by 1", [("1", "count", "count")]),
    ("The utility's profit doubled in FY24.", [("2024", "year", "date")]),
    ("Sales rose 6% in Q3 FY26.", [("6", "percent", "percent_change"), ("2026", "year", "date")]),
    ("The FY2019-20 accounts were restated.", [("2019/2020", "year", "date")]),
    ("Its FY24-25 budget was cut.", [("2024/2025", "year", "date")]),
    ("Borrowing peaked in FY 2023.", [("2023", "year", "date")]),
    ("The FY2025/26 plan is ready.", [("2025/2026", "year", "date")]),
    ("Targets for FY25 and FY26 were set.", [("2025", "year", "date"), ("2026", "year", "date")]),
    # a year naming an event whose verb is a casualty word: the year, not a count of the dead
    ("The 2017 cyclone killed 31 fishermen.", [("2017", "year", "date"), ("31", "people", "count")]),
    ("Some 2,017 killed in the war were civilians.", [("2017", "people", "count")]),
    # "end-" before a year, like "mid-": the end of that year
    ("The plant will open by end-2027.", [("2027", "year", "date")]),
    # class-discover-o: a year joined by a hyphen to a name in title case is a year inside a name; a
    # code in capitals and a model's number stay names
    (
        "The Vostok-2026 drills drew 2,300 soldiers and 120 ships.",
        [("2026", "year", "date"), ("2300", "people", "count"), ("120", "count", "count")],
    ),
    ("Visitors returned to the Expo-2020 site in Dubai.", [("2020", "year", "date")]),
    ("Applicants for the DV-2027 lottery rose.", []),
    ("The Hwasong-17 missile flew for 68 minutes.", [("68", "other", "duration")]),
    # a year after a dating word, then "to" and a level: the year, then the level in its own unit
    (
        "The levy rose in 2019 to 21 per cent.",
        [("2019", "year", "date"), ("21", "percent", "percentage_share")],
    ),
    (
        "Output climbed in 2021 to 14 million tonnes.",
        [("2021", "year", "date"), ("14000000", "other", "other")],
    ),
    (
        "Fuel economy rose from 24 mpg in 2010 to 31 mpg in 2020.",
        [
            ("24", "other", "other"),
            ("2010", "year", "date"),
            ("31", "other", "other"),
            ("2020", "year", "date"),
        ],
    ),
    # ... while a span of years in two digits after "from" still is one
    ("The scheme ran from 2008 to 09.", [("2008/2009", "year", "date")]),
    # "from A to B" after a verb that moves a date: the old year and the new one, not a span
    (
        "The bridge's opening was pushed back from 2029 to 2032.",
        [("2029", "year", "date"), ("2032", "year", "date")],
    ),
    ("The census was moved from 2026 to 2027.", [("2026", "year", "date"), ("2027", "year", "date")]),
    # late-money8: ... and a verb that moves a date or extends a term, "in" its year, then "to" the
    # year it reaches: two years; a span after any other verb stays one
    (
        "The fishing concession was extended in 2022 to 2041.",
        [("2022", "year", "date"), ("2041", "year", "date")],
    ),
    ("The census was postponed in 2020 to 2022.", [("2020", "year", "date"), ("2022", "year", "date")]),
    ("Rainfall was low in 2015 to 2017, the survey found.", [("2015/2017", "year", "date")]),
    # ... but a span after any other verb, also a verb of change
    (
        "Exports grew 4% from 2016 to 2020.",
        [("4", "percent", "percent_change"), ("2016/2020", "year", "date")],
    ),
    # a day ends before thousands: "12,400" is no second day of October
    (
        "Sales began on Oct. 5, and 12,400 units had been sold by Friday.",
        [("--10-05", "date", "date"), ("12400", "count", "count")],
    ),
    # dates written in figures after a word that dates: day first outside the United States
    ("Bids close on 24/11/2026, the ministry said.", [("2026-11-24", "date", "date")]),
    ("The fair runs from 1/12/2026 to 5/12/2026.", [("2026-12-01/2026-12-05", "date", "date")]),
    ("WASHINGTON - The rule takes effect on 3/4/2026.", [("2026-03-04", "date", "date")]),
    # Hijri dates and years, as written (not converted)
    ("The decree was issued on 14 Rajab 1446 AH.", [("1446-07-14", "date", "date")]),
    ("Shops will close early during Ramadan 1447.", [("1447-09", "date", "date")]),
    ("The ministry's budget for 1447H was approved.", [("1447", "year", "date")]),
    # a law's or a decree's number and its year after a slash: the year
    ("The fees were set by Ministerial Decision No. 118/2024.", [("2024", "year", "date")]),
    ("Under Decree-Law No 7/2019, the tax doubled.", [("2019", "year", "date")]),
    # a results period's label glued to its year or fiscal year: only the year (rules, table 8)
    ("Net profit for 1QFY26 rose sharply.", [("2026", "year", "date")]),
    ("Revenue in 9MFY2027 beat forecasts.", [("2027", "year", "date")]),
    ("The 2H25 outlook is weaker.", [("2025", "year", "date")]),
    ("Q3FY26 sales slowed.", [("2026", "year", "date")]),
    # ... also without "No." ("Law 9/2017"); European copy's dotted dates; the ISO form
    ("The levy was set by Law 9/2017.", [("2017", "year", "date")]),
    ("Forms must be filed by 30.09.2026, the agency said.", [("2026-09-30", "date", "date")]),
    ("The notice took effect on 2026-02-15.", [("2026-02-15", "date", "date")]),
    # dates in figures with dots, or year first, after a word that dates them; the Buddhist Era's mark
    ("The ruling of 14.10.2026 stands.", [("2026-10-14", "date", "date")]),
    ("The rule took effect on 2026/10/14 in Busan.", [("2026-10-14", "date", "date")]),
    ("The permit runs from 3.12.2026 to 7.12.2026.", [("2026-12-03/2026-12-07", "date", "date")]),
    ("Effective 1.1.2027, fares rise.", [("2027-01-01", "date", "date")]),
    # a dateline with the month in capitals opening a line; Central European and Nordic acts' numbers
    (
        "TBILISI, MARCH 4, GEOSTAT. Exports rose 3%.",
        [("--03-04", "date", "date"), ("3", "percent", "percent_change")],
    ),
    (
        "MINSK, DEC. 9, 2025 (BELTA) - Output fell 2%.",
        [("2025-12-09", "date", "date"), ("2", "percent", "percent_change")],
    ),
    (
        "BISHKEK, 14 OCTOBER 2026 - Output fell 2%.",
        [("2026-10-14", "date", "date"), ("2", "percent", "percent_change")],
    ),
    ("Fees rise under Emergency Ordinance (GEO) 31/2019.", [("2019", "year", "date")]),
    # a date in figures in a line-opening dateline, a place before it and the agency or a dash after
    (
        "Kaolack, 19/02/2026 (APS) - Some 40 wells were dug.",
        [("2026-02-19", "date", "date"), ("40", "count", "count")],
    ),
    (
        "TUNIS, 07/05/2026 - Exports rose 4%.",
        [("2026-05-07", "date", "date"), ("4", "percent", "percent_change")],
    ),
    ("Hospitals are bound by Act No. 48/2011 on care.", [("2011", "year", "date")]),
    ("The rules are set by HG 905/2017 and apply now.", [("2017", "year", "date")]),
    ("Under the act on rescue services (379/2011), towns must plan.", [("2011", "year", "date")]),
    ("In B.E. 2570 the code was revised.", [("2570", "year", "date")]),
    # a weekday's name before each day of a range or a list of days
    (
        "Trains ran between Monday 9 and Wednesday 11 March, the union said.",
        [("--03-09/--03-11", "date", "date")],
    ),
    ("The fair runs from Friday 4 to Sunday 6 September.", [("--09-04/--09-06", "date", "date")]),
    (
        "Talks were held on Monday 9 and Wednesday 11 March.",
        [("--03-09", "date", "date"), ("--03-11", "date", "date")],
    ),
    # ... also in a US-style range, the weekday and a comma before each month
    (
        "The strike runs from Tuesday, Nov. 10, through Thursday, Nov. 12.",
        [("--11-10/--11-12", "date", "date")],
    ),
    ("The fair runs from Friday, March 4 to Sunday, March 6.", [("--03-04/--03-06", "date", "date")]),
    # ... while a comma before "and" after a date ends it
    ("It opened on March 4, and 300 people came.", [("--03-04", "date", "date"), ("300", "people", "count")]),
    # a year dated by the word before it, then a participle opening a clause: no count of its object
    (
        "He will table a law in the second quarter of 2028 giving tenants more rights.",
        [("2028", "year", "date")],
    ),
    ("The law passed in 2027 allowing landlords a bonus.", [("2027", "year", "date")]),
    # ... while a number counting people after a participle, with no dating word, is a count
    ("A rally of 2000 striking nurses blocked the road.", [("2000", "people", "count")]),
    ("Police counted 2000 marching students.", [("2000", "people", "count")]),
    # a day's heading set in capitals is read as a date, with its year when it has one
    (
        "SATURDAY 12 JUNE\nMostly sunny in the capital, with a light breeze from the south.",
        [("--06-12", "date", "date")],
    ),
    (
        "TUESDAY 21 SEPTEMBER 1954\nThe new harbour crane was lifted into place before a cheering crowd.",
        [("1954-09-21", "date", "date")],
    ),
    ("SAT 5 DEC\nRain spreading east by noon.", [("--12-05", "date", "date")]),
    ("THURSDAY 3RD DECEMBER\nA dry start, then showers.", [("--12-03", "date", "date")]),
    # ... and a heading's span of days, after a comma, one range
    (
        "FESTIVAL DIARY, 4-7 AUGUST\nThe fringe opens with a street parade through the old town.",
        [("--08-04/--08-07", "date", "date")],
    ),
    # a dateline's year after a slash: a full date
    (
        "WELLINGTON, March 14/2027 (NZPA) – The central bank left its cash rate unchanged on Thursday.",
        [("2027-03-14", "date", "date")],
    ),
    # a life span alone in brackets: one span of years, however long
    (
        "OKONKWO, Grace Adaeze (1939–2026), retired headmistress, died peacefully at home in Enugu.",
        [("1939/2026", "year", "date")],
    ),
    (
        "The parish will hold a memorial service for Peter Lindqvist (1951-2025) on Sunday.",
        [("1951/2025", "year", "date")],
    ),
    # years marked with their era: before Christ signed, a span one range low to high
    (
        "Fragments of pottery from between 3200 and 2900 BC were found beneath the car park.",
        [("-3200/-2900", "year", "date")],
    ),
    ("The chapel was built circa AD 1340 on the site of an earlier shrine.", [("1340", "year", "date")]),
    ("The hoard of bronze axes dates to c. 1500 BC, the museum said.", [("-1500", "year", "date")]),
    ("The clay tablets were inscribed around 3000 BCE in southern Mesopotamia.", [("-3000", "year", "date")]),
    ("The fort was held from 300 BC to AD 120.", [("-300/120", "year", "date")]),
    ("Flint tools from 10,000 B.C. lay in the trench.", [("-10000", "year", "date")]),
    ("The charter was sealed in 1215 AD.", [("1215", "year", "date")]),
    # ... while "BC" before a noun or a name is British Columbia, and "CE" a conformity mark
    ("The 2024 BC election was close.", [("2024", "year", "date")]),
    ("In 2024 BC Hydro raised its rates.", [("2024", "year", "date")]),
    ("Kettles sold since 2019 CE marked must carry a label.", [("2019", "year", "date")]),
    # a year opening its clause, or dated by a word that opens it: no count of the noun after it
    ("In 2021 fishermen landed most of their catch at the new jetty.", [("2021", "year", "date")]),
    (
        "2025 graduates face the toughest job market in a decade, the survey found.",
        [("2025", "year", "date")],
    ),
    (
        "By mid-2026 shoppers were paying 30 per cent more for rice than a year earlier.",
        [("2026", "year", "date"), ("30", "percent", "percent_change")],
    ),
    ("In 1980 members voted to admit women for the first time.", [("1980", "year", "date")]),
    ("2024 school leavers found few apprenticeships, the report said.", [("2024", "year", "date")]),
    ("Supplies ran short, and in late 2023 buyers queued for days.", [("2023", "year", "date")]),
    # ... or followed by a casualty verb with its own object
    (
        "The flood of 1953 killed 307 people in the county.",
        [("1953", "year", "date"), ("307", "people", "count")],
    ),
    # ... while a count inside its clause stays a count
    (
        "The cooperative now has 1980 members, up from 1,450 last year.",
        [("1980", "people", "count"), ("1450", "people", "count")],
    ),
    ("The union said 2,024 drivers had signed the petition by Friday.", [("2024", "people", "count")]),
    ("The storm resulted in 1500 deaths.", [("1500", "people", "count")]),
    ("1900 residents returned home on Monday, officials said.", [("1900", "people", "count")]),
    ("Before 2000 fans, the band played its old hits.", [("2000", "people", "count")]),
    # class-looks3: a case's or a tender's number gives its year, an office's part of one letter too
    (
        "Case No. HCCR/118/2025 was adjourned to 3 March, the court registrar said.",
        [("2025", "year", "date"), ("--03-03", "date", "date")],
    ),
    ("Bids under Tender No. KPA/W/31/2026 close on Friday.", [("2026", "year", "date")]),
    # ... and a reference's year before its serial, after the office's part
    (
        "The council's permit reference PLN/2026/0457 appears on every notice.",
        [("2026", "year", "date")],
    ),
    # late-refs: any document titled in capitals and numbered "No." gives the year of its reference,
    # after the serial, before it by a slash or a dash, after an office's mixed-case initials
    ("Senator Ruiz tabled Question No. 2214/2026 on hospital waiting lists.", [("2026", "year", "date")]),
    (
        "The council adopted Bylaw No. 2025-31 at its meeting, replacing the old parking rules.",
        [("2025", "year", "date")],
    ),
    ("Petition No. 2026/0042 asks the assembly to ban fireworks.", [("2026", "year", "date")]),
    ("Bids for Tender No. KRA/OT/19/2026 close at the end of the month.", [("2026", "year", "date")]),
    ("Quotations under Invitation No. MoE/RFQ/12/2026 are due on Monday.", [("2026", "year", "date")]),
    # late-ages: a weekday's comma closing the first date before "and" or "to": one range
    (
        "The office will be closed between Monday, December 21, and Friday, January 1.",
        [("--12-21/--01-01", "date", "date")],
    ),
    (
        "Roadworks are planned between Wednesday, 14 October, and Saturday, 17 October.",
        [("--10-14/--10-17", "date", "date")],
    ),
    # class-times3: a day and month in figures with no year, after "on" or in a bracketed citation
    # (day first); a full date in figures after "the" and before a noun; "24/7", fractions and a
    # clock time beside them stay no row
    (
        "Sir, I agree entirely with your correspondent (Letters, 3/12) about the bypass.",
        [("--12-03", "date", "date")],
    ),
    (
        "Shops will close early on 25/12 and reopen on 27/12, the chamber of commerce said.",
        [("--12-25", "date", "date"), ("--12-27", "date", "date")],
    ),
    ("The summit opens at 1400 GMT on 4/12 in Addis Ababa.", [("--12-04", "date", "date")]),
    ("The fees are due on 10/6, the bursar said.", [("--06-10", "date", "date")]),  # a date, not old money
    (
        "Minutes of the 12.11.2026 meeting show that three councillors voted against.",
        [("2026-11-12", "date", "date"), ("3", "people", "count")],
    ),
    ("The contract was signed in Harare on 3/12/2026 by both ministers.", [("2026-12-03", "date", "date")]),
    # late-kinds7: a month and a year of history after a word that dates; not before a counted noun
    ("In October 1717 the garrison mutinied.", [("1717-10", "date", "date")]),
    ("In March 1500 homes lost power.", [("1500", "count", "count")]),
    # late-units9: the second date of a range may open with its hour ("to 6 a.m. Monday, Aug. 3"):
    # one range of days, the hours no row
    (
        "The ramp closes from 10 p.m. Friday, Jul. 31, to 6 a.m. Monday, Aug. 3, for paving.",
        [("--07-31/--08-03", "date", "date")],
    ),
    # late-kinds11: an old year before a coin's name is the year it was struck; "a 1000 mark note"
    # is no coin's date
    ("A 1688 silver ducat fetched €2,400.", [("1688", "year", "date"), ("2400", "EUR", "money")]),
    ("A 1561 Frederick II mark went unsold.", [("1561", "year", "date")]),
    # fixwalk37-a: a day is never the whole part of a decimal after a month ("from March to May
    # 12.4mm below normal", "in June 3.8% higher"); a day at the end of a sentence still is
    (
        "Rainfall in Tasmania from March to May 12.4mm below normal emptied the dams.",
        [("12.4", "other", "other")],
    ),
    (
        "Imports in June 3.8% higher than a year earlier widened the deficit.",
        [("3.8", "percent", "percent_change")],
    ),
    ("The ferry to Vis leaves on July 2.", [("--07-02", "date", "date")]),
]
NEGATIVE_EXAMPLES: list[str] = [
    # late-lists9: a flight number after a capitalised word is no place and year
    "Passengers on Flight 1549, all of them rescued, were honoured at the airport.",
    # class-left11: a court's case number with no year in it
    "The complaint was registered as case no. 5512/3 at the Sofia district court.",
    # late-refs: a reference number with no year gives no row
    "Members approved Motion No. 47 after a short debate.",
    "The ministry issued Circular No. 88 to all district offices.",
    "The contract is listed as Ref. 00471/B in the register.",
    # class-shipping: a case's number with its year after a slash, no shelf-life label before it
    "Case 11/2027 was heard by the tribunal in the morning.",
    "The HFY25 code is a part number.",
    "Model FY25X goes on sale.",
    "The A1Q26 part shipped.",  # letters joined before the label: a part number
    "The 2H25X chip is new.",
    "Version 3.5.2026 of the app shipped.",  # dotted figures with no word that dates them
    "The appeal, case 45/2019, was heard on Monday.",  # a case number names no law or decree
    "During Ramadan, the malls stay open late.",  # a Hijri month with no number
    "The code 12-10-2020 was printed on the box.",  # figures with no word that dates them
    "The version number was 4.10.2026 in the log.",
    "The MARCH 12 RALLY drew crowds.",  # a month in capitals with no dateline's place before it
    "The final ended (3/2020) after extra time.",  # a bracketed pair with no law named before it
    "Total, 19/02/2026 was the only day listed.",  # no dash or agency after it: no dateline
    "Air India flight AI 2016 was diverted to Dubai after a medical emergency.",  # a flight's number
    "The manuscript was copied in the 12th century by monks in Durham.",  # an ordinal century
    "The pharmacy on Main Street is now open 24/7, the owner said.",
    "The champion is a 2/1 favourite to retain her title.",  # odds: a ratio
    "For bookings call 0772/455 310 or email the club office.",  # a phone number
    # class-looks3: a line's number that reads as a year, dialled or reached toll-free
    "Readers can dial 1919 from any phone to report a fault.",
    "Residents can report fly-tipping toll-free on 1920.",
    # class-times3: a fraction, "24/7" and an event named by its date after "on"
    "The ministry spent 3/12 of the budget on salaries last year.",
    "The clinic now offers a 24/7 service for emergencies.",
    "Nurses are on 24/7 standby at the depot.",
    "Guards were on 24/7, the warden said.",
    "The memorial lists those who died on 9/11 in the towers.",
]


@pytest.mark.parametrize(("text", "expected"), ALL_EXAMPLES, ids=case_ids("dates", ALL_EXAMPLES))
def test_date_phrasings(text: str, expected: Expected):
    assert figures_of(text, expected) == expected


@pytest.mark.parametrize("text", NEGATIVE_EXAMPLES, ids=case_ids("dates-not", NEGATIVE_EXAMPLES))
def test_date_look_alikes_yield_nothing(text: str):
    assert figures_of(text) == []


@given(st.integers(min_value=1970, max_value=2068), st.booleans())
def test_a_fiscal_year_named_fy_is_its_year_or_its_span(year: int, span: bool):
    short = f"{year % 100:02d}"
    named = f"FY{year}-{(year + 1) % 100:02d}" if span else f"FY{short}"
    expected = f"{year}/{year + 1}" if span else str(year)
    assert figures_of(f"Profit fell in {named}.") == [(expected, "year", "date")]


def test_date_digits_are_followed_by_a_month():
    body = "On 7 October 2023, 5 people left; 12 of them in March."
    digits = [i for i, c in enumerate(body) if c.isdigit() and (i == 0 or not body[i - 1].isdigit())]
    months = dates.month_anchors(body)
    assert [body[d : d + 2] for d in dates.date_digits(digits, months)] == ["7 ", "20", "5 ", "12"]
    assert [body[d : d + 4] for d in dates.year_digits(body, digits)] == ["2023"]


def test_month_anchors_are_capitalised_month_names():
    body = "May may come in Dec. or December"
    assert [body[i : i + 3] for i in dates.month_anchors(body)] == ["May", "Dec", "Dec"]


@given(
    st.lists(
        st.sampled_from(["May", "Mar", "March", "Sept.", "Dec", "_", "x", " ", "1", ".", "ch", "é"]),
        max_size=12,
    )
)
def test_month_anchors_are_where_a_month_name_matches(parts: list[str]):
    body = "".join(parts)
    assert dates.month_anchors(body) == [m.start() for m in dates.RE_MONTH_ANCHOR.finditer(body)]


_SUBJECT_PIECES = st.sampled_from(
    ["the", "well-known", "1,234.5", "year-end", "ministry's", " ", "  ", ",", ".", "In", "x" * 30, "é"]
)


@given(st.lists(_SUBJECT_PIECES, max_size=30).map("".join))
def test_a_date_subject_is_the_last_five_words_of_the_window_before_it(text: str) -> None:
    body = text + " 2024"
    sc = scanner_of(body)
    start = len(body) - 4
    s_start, _ = sc.sentence_bounds(start)
    words = [w for w in tokens(body[max(s_start, start - 80) : start]) if w.isalnum() or "-" in w]
    assert dates.date_subject(sc, start) == " ".join(words[-5:])
