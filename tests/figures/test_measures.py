"""Measurements and the measure column (analysis/figures/measures.py and its readers in
unit_readings.py, length_readings.py, sport_readings.py, weather_readings.py and scale_readings.py)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from analysis.article import article_from_text
from analysis.extract import extract_figures
from analysis.figures import measures, scale_readings, unit_readings, weather_readings
from analysis.figures import numbers as N

from .corpus import Expected, case_ids, figures_of, scanner_of

OTHER = ("other", "other")
PEOPLE = ("people", "count")
ALL_EXAMPLES: list[tuple[str, Expected]] = [
    # late-units12: inches with no stop bracketed after a metric length; an "m" converted into feet
    # after a slash (a tide table's line); two lengths glued to "m" joined by "by"; square degrees
    (
        "The quay wall has sunk 3.2 cm (1.3 in) since spring.",
        [("3.2", *OTHER), ("1.3", *OTHER)],
    ),
    (
        "Tue Apr 14: low 06:20 (1.1 m/3.6 ft), high 12:35 (7.9 m/25.9 ft)",
        [("--04-14", "date", "date"), ("1.1", *OTHER), ("3.6", *OTHER), ("7.9", *OTHER), ("25.9", *OTHER)],
    ),
    ("Each plot will be at least 4m by 6m.", [("4", *OTHER), ("6", *OTHER)]),
    ("The new camera will image 5,600 square degrees of sky.", [("5600", *OTHER)]),
    # late-units12: points moved right after a reading against its top are that scale's points
    (
        "The port scored 58.6 out of 100 in the survey, down 2.7 points on 2025.",
        [("58.6", *OTHER), ("2.7", *OTHER), ("2025", "year", "date")],
    ),
    # late-lists10: a landform or a settlement lying or standing at a glued "m" is at that altitude
    (
        "The crater lies at 2,950m and the hut stands at 2,400m.",
        [("2950", "other", "other"), ("2400", "other", "other")],
    ),
    # class-left13: a screen's size in pixels "N x M" (two measurements, as "18 by 120 feet"); an
    # attack's or a link's size as a compound "terabit-per-second"
    (
        "The tablet's panel has a resolution of 2,732 x 2,048, up from 2,360 x 1,640 pixels.",
        [
            ("2732", "other", "other"),
            ("2048", "other", "other"),
            ("2360", "other", "other"),
            ("1640", "other", "other"),
        ],
    ),
    (
        "The host mitigated a 3.2 terabit-per-second attack and a 700 gigabit per second flood.",
        [("3.2", "other", "other"), ("700", "other", "other")],
    ),
    # class-left11: a range of glued metres joined by "to" after a length named; a volatility
    # index's levels are index levels
    ("Forecasters warned of waves of 3m to 5m along the southern coast.", [("3/5", "other", "other")]),
    (
        "The VIX rose to 24.15 from 19.80 on Friday.",
        [("24.15", "other", "other"), ("19.8", "other", "other")],
    ),
    # late-counts5: two coordinated clauses, each a count and its verb; the second's bare number
    # after the same verb is in the first clause's measurement unit
    (
        "Of the wells sampled, 31 had more than 5 milligrams per litre, and 7 had over 20.",
        [("31", "count", "count"), ("5", *OTHER), ("7", "count", "count"), ("20", *OTHER)],
    ),
    # class-discover-k: a magnet's field strength in teslas ("a 1.5-tesla scanner"); "T" alone is no unit
    (
        "The hospital bought a 1.5-tesla scanner for £1.1m, and the lab runs a 7 tesla magnet.",
        [("1.5", "other", "other"), ("1100000", "GBP", "money"), ("7", "other", "other")],
    ),
    # class-discover-i: data rates written with the bit and the second apart ("Mbit/s")
    (
        "Average mobile download speeds rose 19% to 63.4 Mbit/s, while fixed broadband reached 212 Mbit/s.",
        [("19", "percent", "percent_change"), ("63.4", "other", "other"), ("212", "other", "other")],
    ),
    # class-discover-i: an epidemic's reproduction number is a reading (other/other), not a count;
    # a bare "R" only in a text of an epidemic
    (
        "Test positivity rose to 12.6 per cent, and the R number is estimated at between 1.1 and 1.3.",
        [("12.6", "percent", "percentage_share"), ("1.1/1.3", "other", "other")],
    ),
    (
        "Positivity among those tested was 4.7%, while the R-number was put at 0.8-1.0.",
        [("4.7", "percent", "percentage_share"), ("0.8/1", "other", "other")],
    ),
    ("New infections slowed and the reproduction rate fell to 0.95.", [("0.95", "other", "other")]),
    ("Cases rose again, with the R at around 1.15.", [("1.15", "other", "other")]),
    # class-names7: a warning signal where no storm is named, after a verb a signal takes; a stage of
    # water restrictions where the text never says "drought"; a level on a scale whose top is given
    # (the top counts the levels)
    (
        "Signal No. 1 remains hoisted and the Observatory said it would consider a higher signal before noon.",
        [("1", *OTHER)],
    ),
    (
        "The No. 3 signal was replaced by Signal No. 8 at 2.40pm, and 17 people were injured by falling trees.",
        [("3", *OTHER), ("8", *OTHER), ("17", "people", "count")],
    ),
    (
        "Stage 2 water restrictions come into force on Monday, banning hosepipes for 1.4 million households.",
        [("2", *OTHER), ("1400000", "count", "count")],
    ),
    (
        "The city moved to Stage 3 curbs, and lawns may be watered twice a week, with 40 inspectors on patrol.",
        [("3", *OTHER), ("40", "people", "count")],
    ),
    (
        "The volcano's alert was raised to level 3 of 5 on Sunday, and 1,200 residents within 4 km were"
        " told to leave.",
        [("3", *OTHER), ("5", "count", "count"), ("1200", "people", "count"), ("4", *OTHER)],
    ),
    (
        "Fire danger was raised to level 4 of the six-level scale on Friday.",
        [("4", *OTHER), ("6", "count", "count")],
    ),
    # class-carried7: a row label's unit of measurement in brackets on a line of its own (a rate's
    # period after it allowed, a thousands' scale before it); a count of things before a spaced "m"
    # that sizes each of them
    ("Copper output (tonnes) 48,200", [("48200", *OTHER)]),
    ("Crude output (barrels a day): 1,120,000", [("1120000", *OTHER)]),
    ("Output ('000 tonnes): 1,240", [("1240000", *OTHER)]),
    # class-discover-m: ... or its figures listed after the colon, a name before each
    (
        "Emissions (MtCO2e): energy 81.4, transport 112.0, agriculture 46.3.",
        [("81.4", *OTHER), ("112", *OTHER), ("46.3", *OTHER)],
    ),
    (
        "Yields (t/ha): wheat 8.1, barley 6.4, oilseed rape 3.2",
        [("8.1", *OTHER), ("6.4", *OTHER), ("3.2", *OTHER)],
    ),
    # ... and a label that is a rate per head of population, its figures listed the same way
    ("Deaths per 100,000 people: Lagos 12.1; Kano 9.8", [("12.1", *OTHER), ("9.8", *OTHER)]),
    # ... a bracket that names no unit leaves the list's numbers counted
    ("Entries (first round): Leeds 41, York 12.", [("41", "count", "count"), ("12", "count", "count")]),
    (
        "The municipality has bought four 6 m floodgates for the river mouth.",
        [("4", "count", "count"), ("6", *OTHER)],
    ),
    # late-names: a score a jury or a panel awards (a decimal no count of points has, or a half beside
    # a jury's word), a glued "m" sizing a bridge named by its design, and a measure hyphened to the
    # noun a price is quoted per; points counted in play stay counts
    ("Her Cabernet scored 94.5 points from the panel of judges.", [("94.5", *OTHER)]),
    (
        "The Ethiopian lot finished second, scoring 89.75, and sold for $41 a pound.",
        [("89.75", *OTHER), ("41", "USD", "money")],
    ),
    ("The gymnast scored 14.233 points on the beam to take gold.", [("14.233", *OTHER)]),
    (
        "The grandmaster scored 6.5 points from nine rounds.",
        [("6.5", "count", "count"), ("9", "count", "count")],
    ),
    ("A 60m Bailey bridge will carry traffic while the old span is rebuilt.", [("60", *OTHER)]),
    ("Farmers sold cardamom at Rs 2,400 per 20-kilogram bag.", [("2400", "INR", "money"), ("20", *OTHER)]),
    # a table's row label naming its unit of measurement ("Gold (ounces)")
    (
        "Production summary\n\n| | 2026 | 2025 | Change |\n| Gold (ounces) | 41,200 | 38,900 | +5.9% |\n| Copper (tonnes) | 12,480 | 13,010 | -4.1% |",
        [
            ("2026", "year", "date"),
            ("2025", "year", "date"),
            ("41200", "other", "other"),
            ("38900", "other", "other"),
            ("5.9", "percent", "percent_change"),
            ("12480", "other", "other"),
            ("13010", "other", "other"),
            ("4.1", "percent", "percent_change"),
        ],
    ),
    # class-units4: a spaced "m" sizing the singular noun after a determiner, a spaced "m" before a
    # preposition of distance, a spaced "t" weighing goods or the noun after a determiner, and the
    # cubic units hyphenated in a compound adjective; a spaced letter after a name's number is none
    ("Salvage crews towed the 210 m tanker clear of the reef.", [("210", *OTHER)]),
    ("Engineers will extend the 850 m breakwater next year.", [("850", *OTHER)]),
    ("The pilot brought the glider down 40 m short of the field.", [("40", *OTHER)]),
    ("The lift plunged 25 m down the shaft.", [("25", *OTHER)]),
    ("The ferry has a 12 t vehicle limit on its upper deck.", [("12", *OTHER)]),
    ("Inspectors found 65 t of rotten grain in the silo.", [("65", *OTHER)]),
    ("A 9-cubic-metre concrete mixer blocked the lane.", [("9", *OTHER)]),
    ("Gardeners sold the 2-cubic-foot bag of compost for less.", [("2", *OTHER)]),
    ("Each axle of the trailer may carry up to 11 t.", [("11", *OTHER)]),
    # class-discover-o: a "t" glued to the number is tonnes whatever follows it; a currency sign's
    # trillion and a glued compound are none
    ("Ministers cut the herring quota to 4,300t from 5,100t.", [("4300", *OTHER), ("5100", *OTHER)]),
    ("A 44t lorry blocked the ferry ramp.", [("44", *OTHER)]),
    ("The 4t-class lorries were banned.", []),
    ("The 3 m-high flood barrier held overnight.", [("3", *OTHER)]),
    ("She won bronze in the 200 m hurdles in Nairobi.", [("200", *OTHER)]),
    ("Form 4 t pupils went home early.", []),
    ("Pupils in Class 4 m sat the exam.", []),
    # class-shipping: a ship's gross tonnage ("GT", glued "gt"), and litres spaced as "l" or "L" where
    # a pack's size is listed (its container, "of" and the goods, a label's batch after a comma, or
    # a multipack's count before it)
    ("A 6,800gt roll-on roll-off vessel ran aground near the breakwater on Sunday.", [("6800", *OTHER)]),
    (
        "The cruise ship Aurora Sky, 142,000 GT, is due at Cruise Terminal 2 on 14 January.",
        [("142000", *OTHER), ("--01-14", "date", "date")],
    ),
    (
        "The supermarket sold the water in packs of 6 x 1.5 L bottles for €2.99.",
        [("6", "count", "count"), ("1.5", *OTHER), ("2.99", "EUR", "money")],
    ),
    (
        "Affected: Sunflower oil 1 l, lot 23-118, best before 30.06.2027.",
        [("1", *OTHER), ("2027-06-30", "date", "date")],
    ),
    ("Volunteers handed out 3 L of drinking water to each family.", [("3", *OTHER)]),
    # class-tech2: a blood test's reading after the test's name, and the units such readings take
    ("Patients with a CD4 count below 200 are at high risk of opportunistic infections.", [("200", *OTHER)]),
    (
        "Her viral load fell below 50 copies/mL within six months of starting treatment.",
        [("50", *OTHER), ("6", "other", "duration")],
    ),
    ("A platelet count of 20,000 per microlitre is considered dangerously low.", [("20000", *OTHER)]),
    ("A white blood cell count of 4,000 is normal, the nurse said.", [("4000", *OTHER)]),
    ("Fewer than 50 copies/mL were found in the samples.", [("50", *OTHER)]),
    # class-sports2: a race time to hundredths in m:ss in its sentence speaks of racing
    (
        "The Ethiopian crossed the line in 27:14.52 to retain her 10,000m title.",
        [("10000", "other", "other")],
    ),
    # class-weights: "of N pounds" after a fish, a beast, a catch, a baby or a pack weighs, a list
    # or range of them too, in any country's copy; a line's "N-pound-test" strength is pounds
    (
        "A Saipan angler landed two yellowfin of 41 and 47 pounds near the Marpi banks.",
        [("2", "count", "count"), ("41", *OTHER), ("47", *OTHER)],
    ),
    (
        "The charter crew boated three dorado of 12, 15 and 19 pounds.",
        [("3", "count", "count"), ("12", *OTHER), ("15", *OTHER), ("19", *OTHER)],
    ),
    ("Snapper of 3 to 5 pounds were biting on the reef edge off Rincón, Puerto Rico.", [("3/5", *OTHER)]),
    (
        "The Cardiff fishmonger's best cod this week was a fish of 19 pounds from the Bristol Channel.",
        [("19", *OTHER)],
    ),
    ("A halibut of 90 pounds was the biggest of the trip out of Homer, Alaska.", [("90", *OTHER)]),
    ("The Yorkshire baby of 9 pounds was born on Tuesday.", [("9", *OTHER)]),
    # late-units14: a catch, a haul or a load in the clause before a change to the pounds weighs them,
    # unless a word of money stands between
    ("In Cornwall a day's catch of mackerel has dropped to about 30 pounds.", [("30", *OTHER)]),
    ("In Cornwall the catch was sold for 30 pounds at the quay.", [("30", "GBP", "money")]),
    ("The 50-pound-test leader parted as the marlin jumped off Kona.", [("50", *OTHER)]),
    ("She fished 20-pound test on a light spinning rod.", [("20", *OTHER)]),
    # ... and a text that names no country but writes its money in "$" weighs in pounds, unless it
    # marks sterling or a money cue stands before them
    (
        "The co-op's boats landed 2,400 pounds in the week. Entry to the derby costs $150.",
        [("2400", *OTHER), ("150", "USD", "money")],
    ),
    (
        "The co-op's boats landed 2,400 pounds. Entry costs $150 or £120.",
        [("2400", "GBP", "money"), ("150", "USD", "money"), ("120", "GBP", "money")],
    ),
    # ... but a crew's members before "and" a measurement stay people, and a fine of pounds is money
    (
        "The crew of 12 and 600 kilograms of cargo reached port.",
        [("12", "people", "count"), ("600", *OTHER)],
    ),
    ("A fine of 50 and 60 pounds was imposed in Leeds.", [("50", "GBP", "money"), ("60", "GBP", "money")]),
    # class-labels: a fact box's label of a height, a length or a tide makes a glued "m" metres;
    # a market box's "Close:" reads index points; a count's label leaves "m" a million
    ("Height: 1.91m\nWeight: 84kg\nPosition: Lock", [("1.91", "other", "other"), ("84", "other", "other")]),
    (
        "High tide: 3.12m at 14:05\nLow tide: 0.48m at 20:21",
        [("3.12", "other", "other"), ("0.48", "other", "other")],
    ),
    (
        "Close: 2,456.10 points\nVolume: 1.2bn shares",
        [("2456.1", "other", "other"), ("1200000000", "count", "count")],
    ),
    (
        "Vaccinated: 2.3m\nBooster doses: 410,000",
        [("2300000", "people", "count"), ("410000", "count", "count")],
    ),
    ("High: 31 points", [("31", "count", "count")]),
    # class-discover-h: a markets box's line labelled by the index it reads, its level in index points;
    # a label naming no index keeps its count
    (
        "FTSE 100: 8,164.1 (-0.6%)\nDow Jones: 38,904.0 (+0.3%)\nGBP/USD: 1.2688 (+0.1%)",
        [
            ("8164.1", "other", "other"),
            ("0.6", "percent", "percent_change"),
            ("38904", "other", "other"),
            ("0.3", "percent", "percent_change"),
            ("1.2688", "USD", "money"),
            ("0.1", "percent", "percent_change"),
        ],
    ),
    (
        "Markets at a glance\n\n- Nikkei 225: 38,120.5, down 1.1%\n- Hang Seng: 17,004 (+0.4%)",
        [
            ("38120.5", "other", "other"),
            ("1.1", "percent", "percent_change"),
            ("17004", "other", "other"),
            ("0.4", "percent", "percent_change"),
        ],
    ),
    (
        "Shares traded: 1.2 billion\nStudents: 1,200",
        [("1200000000", "count", "count"), ("1200", "people", "count")],
    ),
    # class-labels3: a length's label makes every glued "m" after it on its line metres, after other
    # words too ("high", "easing to", "beam"), and "of" words may follow the label's noun; another
    # label or a sentence's stop ends its reach
    (
        "Tide: high 5.2m at 06:40, low 0.7m at 12:55",
        [("5.2", "other", "other"), ("0.7", "other", "other")],
    ),
    ("Height of mast: 38m", [("38", "other", "other")]),
    ("Swell: 4m easing to 2.5m by evening", [("4", "other", "other"), ("2.5", "other", "other")]),
    ("Length: 12.2m, beam 3.9m, draft 1.4m", [("12.2", *OTHER), ("3.9", *OTHER), ("1.4", *OTHER)]),
    ("Seas: 1.5m to 2m", [("1.5/2", "other", "other")]),
    ("Length: 6.5m. Price: £1.2m", [("6.5", "other", "other"), ("1200000", "GBP", "money")]),
    # ... and a particle size's label makes its bare reading micrograms per cubic metre
    ("PM2.5: 214", [("214", "other", "other")]),
    ("PM10 (daily mean): 88, against 41 a year ago", [("88", "other", "other"), ("41", "other", "other")]),
    ("- PM2.5: 150-180", [("150/180", "other", "other")]),
    ("PM2.5: 1,120 µg/m³", [("1120", "other", "other")]),
    # ... a diver's or a weather box's visibility; a named index read after its label's colon
    ("Depth: 12m\nVisibility: 20m", [("12", "other", "other"), ("20", "other", "other")]),
    ("Sunrise: 06:12\nSunset: 18:40\nUV index: 9", [("9", "other", "other")]),
    ("AQI: 312", [("312", "other", "other")]),
    # a headline-style line, or a line in capitals, reads its unit words as prose does
    ("Heatwave Pushes Temperatures To 41 Degrees", [("41", "other", "other")]),
    ("Rain Brings Up To 4 Inches Overnight", [("4", "other", "other")]),
    ("Storm Drops 6 To 10 Inches Of Rain On Valley", [("6/10", "other", "other")]),
    # a range of glued metres after a length named, a verb after it; millions of viewers stay a count
    ("Waves of 5-6m battered the harbour wall.", [("5/6", "other", "other")]),
    ("The show drew 5-6m viewers.", [("5000000/6000000", "people", "count")]),
    # the centner of post-Soviet farm statistics (100 kg), alone and per hectare
    (
        "Wheat yields averaged 32.4 centners per hectare, up from 30.1 centners.",
        [("32.4", "other", "other"), ("30.1", "other", "other")],
    ),
    ("Barley gave 21 centners a hectare on the state farms.", [("21", "other", "other")]),
    # a bar's height cleared, to the centimetre, and a person's height after "who is": metres; a
    # debt cleared in millions stays a count
    ("She cleared 4.70m at her third attempt.", [("4.7", "other", "other")]),
    ("The Swede vaulted 5.95m to win.", [("5.95", "other", "other")]),
    ("The club cleared 1.35m in debt last year.", [("1350000", "count", "count")]),
    (
        "The centre, who is 2.04m, signed a two-year deal.",
        [("2.04", "other", "other"), ("2", "year", "duration")],
    ),
    ("The city, which is 1.83m strong, votes today.", [("1830000", "count", "count")]),
    # two close ends right after a change verb are one uncertain amount of the move; ends far apart
    # are the move and the level reached, and "from A to B" a before and an after
    ("The blizzard dropped 8 to 12 inches on the city overnight.", [("8/12", "other", "other")]),
    (
        "The glacier has lost 25 to 35 metres of ice since 2000.",
        [("25/35", "other", "other"), ("2000", "year", "date")],
    ),
    ("The river rose 2 to 3 feet overnight.", [("2/3", "other", "other")]),
    ("Temperatures fell 5 to 8 degrees overnight.", [("5/8", "other", "other")]),
    (
        "The river rose 1.2 to 4.5 metres at the bridge.",
        [("1.2", "other", "other"), ("4.5", "other", "other")],
    ),
    ("The river rose from 2 to 3 metres overnight.", [("2", "other", "other"), ("3", "other", "other")]),
    # a compound number before a unit (numbers.compounds_as_decimals), and a mark of size
    # after a number in words
    (
        "Farmers of the region delivered 2 million 140 thousand tons of wheat.",
        [("2140000", "other", "other")],
    ),
    (
        "The new reservoir holds 1 billion 200 million cubic metres of water.",
        [("1200000000", "other", "other")],
    ),
    ("The plant produced 45 thousand 600 tons of cement in October.", [("45600", "other", "other")]),
    ("Sixty-odd metres of fence fell in the storm.", [("60", "other", "other")]),
    # "a million", "half a million", "three-quarters of a million" before a physical unit
    ("Half a million litres of water leaked from the main.", [("500000", "other", "other")]),
    ("Three-quarters of a million tonnes of grain rotted in silos.", [("750000", "other", "other")]),
    # ... also in an article whose one decimal it would make look continental
    (
        "The farm produced 2 thousand 700 tons of rice, the agency said.",
        [("2700", "other", "other")],
    ),
    # a person's height in metres with two decimals before a person's noun, or after "stands"
    ("The 1.93m winger scored twice.", [("1.93", "other", "other")]),
    ("The 2.04-metre 24-year-old signed.", [("2.04", "other", "other"), ("24", "other", "count")]),
    ("She stands 1.92m.", [("1.92", "other", "other")]),
    # a river's forecast peak; "tonight" after the level
    ("The Rangitikei River is expected to peak at 6.1m tonight.", [("6.1", "other", "other")]),
    ("Sales are expected to reach 6.1m tonight.", [("6100000", "count", "count")]),
    ("The dam's spillway level is 118.5m, engineers said.", [("118.5", "other", "other")]),
    # a river's crest in glued metres; commodity desks' "MT" as metric tonnes; a range in AU; Gcal/h
    ("The Waikato crested at 4.6m on Tuesday.", [("4.6", "other", "other")]),
    ("Forecasters expect a crest of 7.1m at Grafton.", [("7.1", "other", "other")]),
    ("India exported 1.1 million MT of sugar.", [("1100000", "other", "other")]),
    ("The comet will pass 2.5-3 AU from the Sun.", [("2.5/3", "other", "other")]),
    ("The plant's boilers are rated at 35 Gcal/h.", [("35", "other", "other")]),
    # a climb's category, a track's rating, a horse's margin of a length and a half, a race's
    # distance in brackets after its name, a gust's bare speed in the wind's unit
    (
        "The route reaches the Cat. 3 Col de Mure, a category 1 climb.",
        [("3", *OTHER), ("1", *OTHER)],
    ),
    ("The filly got up by a length and a half on a track rated a Heavy 8.", [("1.5", *OTHER), ("8", *OTHER)]),
    ("She won the Coastal Stakes (1450m) last year.", [("1450", *OTHER)]),
    ("A breeze built from 9 knots to gusts of 24 by noon.", [("9", *OTHER), ("24", *OTHER)]),
    ("Winds of 40mph, with gusts of up to 65, hit the coast.", [("40", *OTHER), ("65", *OTHER)]),
    # a horse race's distance markers and a weight carried, in a racing text that states metres and kilograms
    (
        "Over 1150 metres, the jockey waited until the 600 and led at the 200. Carrying 56 in the wet,"
        " the colt, on 54kg last time, won.",
        [("1150", *OTHER), ("600", *OTHER), ("200", *OTHER), ("56", *OTHER), ("54", *OTHER)],
    ),
    # ... not a crowd counted after "the" in such a text, nor a ferry's passengers without kilograms
    (
        "Over 1150 metres the jockey won, and the 600 who came cheered.",
        [("1150", *OTHER), ("600", "people", "count")],
    ),
    # ... not a class's category, a song's title, nor a firm's millions in brackets
    ("Placed in Category 3 of the register, the prisoners climb.", []),
    ("She sang Good 4 U on a race day.", []),
    ("The storm brought gusts of 60.", [("60", "count", "count")]),
    # a "by the numbers" line: the unit after the colon measures the figure that opens the line
    (
        "The new pier in numbers\n- 120: metres, its length\n- 4.5: kilometres of new cycle path",
        [("120", "other", "other"), ("4.5", "other", "other")],
    ),
    # a glued "m" of ascent or descent, a stake's, and a walking route's height after "climbs to"
    (
        "The ridge walk is 12km, with 760m of ascent and a descent of 420m.",
        [("12", "other", "other"), ("760", "other", "other"), ("420", "other", "other")],
    ),
    (
        "Drive a 2.1m stake in beside each vine.",
        [("2.1", "other", "other")],
    ),
    (
        "From the car park the path climbs to about 540m, near the old cairn.",
        [("540", "other", "other")],
    ),
    # ... while a count that climbs stays millions
    (
        "The number of accounts climbs to 1.4m this spring.",
        [("1400000", "count", "count")],
    ),
    # hockey's and baseball's proportions written with a leading point, read as stated
    ("The goalie has a .917 save percentage this season.", [("0.917", "other", "other")]),
    ("Her on-base percentage of .388 leads the team.", [("0.388", "other", "other")]),
    # a scale word written once on a dashed range's high end serves both ends; "AU" before a bracketed conversion; a wind chill's "values near"; interest cover
    ("Farmers expect 2-3 million tonnes of maize.", [("2000000/3000000", "other", "other")]),
    (
        "The comet came within 0.4 AU (60 million km) of the Sun.",
        [("0.4", "other", "other"), ("60000000", "other", "other")],
    ),
    ("Wind chill readings near -35 are forecast.", [("-35", "other", "other")]),
    ("Interest cover improved to 5.5x.", [("5.5", "other", "other")]),
    # gigacalories of heat; knots as "kt" in a sentence of wind; a felt temperature with no unit; watts spaced before "each"; a voltage pair; a financial multiple
    ("The city's boilers sold 2,800 Gcal of heat.", [("2800", "other", "other")]),
    ("Gusts of 70 kt hit the coast.", [("70", "other", "other")]),
    ("A 15 kt warhead was tested.", [("15", "other", "other")]),  # kilotonnes (class-units6)
    ("Forecasters said it will feel like minus 15 by dawn.", [("-15", "other", "other")]),
    ("The wind chill of -22 kept schools shut.", [("-22", "other", "other")]),
    ("Supporters said it felt like 12 goals.", [("12", "count", "count")]),
    ("The roof carries 300 panels of 430 W each.", [("300", "count", "count"), ("430", "other", "other")]),
    ("A 132/33 kV substation was built.", [("132", "other", "other"), ("33", "other", "other")]),
    ("Net debt to EBITDA fell to 1.7x from 2.0x.", [("1.7", "other", "other"), ("2", "other", "other")]),
    ("The phone's 3x zoom impressed reviewers.", []),
    ("Leaders met at the 2026 AU summit in Addis Ababa.", [("2026", "year", "date")]),
    # astronomical units written "AU" with a distance word after; kantars of cotton; a part of a whole in a plural unit before a verb
    ("The asteroid passed 0.8 AU from Earth.", [("0.8", "other", "other")]),
    ("The probe is now 120 AU away.", [("120", "other", "other")]),
    ("Egypt's cotton crop reached 1.2 million kantars.", [("1200000", "other", "other")]),
    ("Yields rose to 8 kentars per feddan.", [("8", "other", "other")]),
    ("Fire swept 25 of the 300 hectares planted.", [("25", "other", "other"), ("300", "other", "other")]),
    # two arms compared with "vs", the unit written once after the second
    ("Doses averaged 4.1 vs 5.3 mg in the trial.", [("4.1", *OTHER), ("5.3", *OTHER)]),
    (
        "Strokes ran at 1.9 versus 2.6 events per 100 person-years.",
        [("1.9", *OTHER), ("2.6", *OTHER)],
    ),
    # a study's ratio by its abbreviation in a bracket, with its interval, and its P value as written
    (
        "Strokes were rarer with the pill (HR 0.72; 95% CI 0.61-0.87; P < .001).",
        [("0.72", *OTHER), ("95", "percent", "percentage_share"), ("0.61/0.87", *OTHER), ("0.001", *OTHER)],
    ),
    ("Smokers had an adjusted OR of 1.64 for the disease.", [("1.64", *OTHER)]),
    ("The P value of 0.04 was marginal.", [("0.04", *OTHER)]),
    # latency in milliseconds, a die in square millimetres, lab values per millilitre, yields in bpa
    ("Latency was 12ms on cable.", [("12", *OTHER)]),
    ("The new die measures 120mm².", [("120", *OTHER)]),
    ("Median troponin was 41 pg/mL and PSA 4.2 ng/mL.", [("41", *OTHER), ("4.2", *OTHER)]),
    ("Soybeans made 55 bpa on the sandy ground.", [("55", *OTHER)]),
    # the tical, a hundredth of a viss
    ("One tical equals about 16.3 grams.", [("16.3", "other", "other")]),
    ("She sold 3 ticals of gold in Yangon.", [("3", "other", "other")]),
    # a flight level in a spec line named by "cruise"
    ("Cruise speed: 480 knots at FL410.", [("480", "other", "other"), ("410", "other", "other")]),
    # a glued "m" before a word of distance from a place; inches spaced with their stop
    ("The camp lies 800m from the fence.", [("800", "other", "other")]),
    ("The wreck lies 300m offshore.", [("300", "other", "other")]),
    ("Shells landed 200m away.", [("200", "other", "other")]),
    ("The screen is 24 in. wide.", [("24", "other", "other")]),
    # late-carry7: inches with their stop in a conversion's brackets; a plural noun of length with "of"
    ("The clay jar stands 38 cm (15 in.) tall.", [("38", "other", "other"), ("15", "other", "other")]),
    ("Olive groves there grow at elevations of 1,250m to 1,700m.", [("1250/1700", "other", "other")]),
    # flight levels after other verbs and cues, Worldscale in full, spaced fuel use, plural pings, a grade after "grading" or "of", a depth downhole
    ("The jet climbed to FL350 before turning back.", [("350", "other", "other")]),
    ("The crew requested FL390.", [("390", "other", "other")]),
    ("Suezmax rates held at Worldscale 95 on the route for tankers.", [("95", "other", "other")]),
    ("Official economy is 5.8 L/100km.", [("5.8", "other", "other")]),
    ("The hatch used 13.6kWh/100km on our loop.", [("13.6", "other", "other")]),
    ("Its rated use is 18 kWh per 100 km in town.", [("18", "other", "other")]),
    ("Taiwan's new towers offer units of 18 to 25 pings.", [("18/25", "other", "other")]),
    (
        "The hole cut 3.2m grading 9.1 g/t gold from 45m downhole.",
        [("3.2", "other", "other"), ("9.1", "other", "other"), ("45", "other", "other")],
    ),
    (
        "Drilling returned 8m of 1.4% copper.",
        [("8", "other", "other"), ("1.4", "percent", "percentage_share")],
    ),
    # a headline-style line, every longer word capitalised, reads its unit words as prose does
    (
        "Miners Dug 3.2 Million Tonnes of Coal Last Year, Up 4% on the Year Before",
        [("3200000", "other", "other"), ("4", "percent", "percent_change")],
    ),
    ("Ferries Will Cruise at 35 Km/h Along the Estuary From Next Spring", [("35", *OTHER)]),
    # ... where a name before an age keeps its capital
    (
        "Orchard Owner Tomas Reyes, 62, Cleared 15 Hectares of Old Vines",
        [("62", "other", "count"), ("15", *OTHER)],
    ),
    ("The cuts total 20 million barrels per day.", [("20000000", *OTHER)]),
    ("Winds reached 90 km/h.", [("90", *OTHER)]),
    # stones and inches glued to the number, as British copy writes them; not an ordinal "21st"
    ("He weighed 23st before the operation.", [("23", *OTHER)]),
    ("The lock is 6ft 5in tall.", [("6", *OTHER), ("5", *OTHER)]),
    ("It was his 21st cap.", []),
    # a bare reading of the scale named in its sentence or the one before
    ("The Kp index gauges geomagnetic storms. A reading of 6 is strong.", [("6", *OTHER)]),
    ("The UV index peaks in July. Readings of 9 are common.", [("9", *OTHER)]),
    ("The city's AQI crossed 420 on Sunday.", [("420", *OTHER)]),
    # ... none named: the reading stays a plain number
    ("The survey index fell. A reading of 48 points to a slump.", [("48", "count", "count")]),
    # a star's or a planet's magnitude: a sign right after the scale's name is the reading's
    ("The comet could brighten to magnitude -3 in May.", [("-3", *OTHER)]),
    ("Jupiter shines at magnitude minus 2.7 tonight.", [("-2.7", *OTHER)]),
    ("The star faded to magnitude 1.7.", [("1.7", *OTHER)]),
    # late-kinds7: a shaking intensity read on the scale named after it
    ("The quake was felt at intensity 4 on the Mercalli scale in Gytheio.", [("4", *OTHER)]),
    ("Shaking reached intensity 7 on the EMS-98 scale near the epicentre.", [("7", *OTHER)]),
    # ... but a quake's magnitude is never below zero: the sign reads nothing
    ("The quake started at magnitude 5.3.", [("5.3", *OTHER)]),
    ("It was 31 degrees Celsius.", [("31", *OTHER)]),
    ("The wall is a 3.5-metre wall.", [("3.5", *OTHER)]),
    ("It is 60 feet (18m) wide.", [("60", *OTHER), ("18", *OTHER)]),
    ("Patients lost up to 52 pounds.", [("52", *OTHER)]),
    ("The phone has 256GB of storage.", [("256", *OTHER)]),
    # units glued to the number, in any case ("Ghz"), and letters that are units only when glued
    ("The engine makes 520bhp.", [("520", *OTHER)]),
    ("A 50Mbps line.", [("50", *OTHER)]),
    ("It has a 1.6l engine.", [("1.6", *OTHER)]),
    # a mixed number before a unit
    ("Snow lay 5 1/2 inches deep.", [("5.5", *OTHER)]),
    # the kitchen's spoons and cups in a recipe; a cup with a metric weight in brackets; a bare
    # fraction before a unit stays no number (rules, table 8)
    (
        "Whisk in 3 tablespoons of honey and one teaspoon of cinnamon, then 2 1/2 cups of oats.",
        [("3", *OTHER), ("1", *OTHER), ("2.5", *OTHER)],
    ),
    ("Fold in 1 cup (125 grams) of walnuts.", [("1", *OTHER), ("125", *OTHER)]),
    ("Add 2 tbsp olive oil and 1/2 tsp salt.", [("2", *OTHER)]),
    # a British oven's settings joined by slashes, and a mixed glyph before a cup of flour
    ("Set the oven to 190C/170C fan/gas 5.", [("190", *OTHER), ("170", *OTHER), ("5", *OTHER)]),
    ("Bake at 200C/gas mark 6 with 2½ cups of flour.", [("200", *OTHER), ("6", *OTHER), ("2.5", *OTHER)]),
    ("Highs of 31C/88F are forecast.", [("31", *OTHER), ("88", *OTHER)]),
    ("The hatchback emits 118g/km of CO2.", [("118", *OTHER)]),
    # torque and power as car reviews state them, and inches glued to the number
    (
        "The diesel makes 190 PS and 400 Nm, or 295 lb-ft.",
        [("190", *OTHER), ("400", *OTHER), ("295", *OTHER)],
    ),
    ("The hatch sits on 19in alloys and has a 10.9in screen.", [("19", *OTHER), ("10.9", *OTHER)]),
    # an airliner's flight level and a tanker's Worldscale rate
    ("The airliner climbed to FL390 before the pilot turned back.", [("390", *OTHER)]),
    ("Suezmax freight on the route firmed to WS97.5.", [("97.5", *OTHER)]),
    ("Aframax rates gained 13.25 points to WS180 in the Baltic.", [("13.25", *OTHER), ("180", *OTHER)]),
    # a drill intercept: metres of core at a grade; a price target in a minor unit is money
    (
        "The hole returned 14m at 2.6g/t gold and 9m at 1.1% copper.",
        [("14", *OTHER), ("2.6", *OTHER), ("9", *OTHER), ("1.1", "percent", "percentage_share")],
    ),
    ("The bank set a 65-cent target.", [("65", "other", "money")]),
    ("Top hits were 4.2m @ 9.6g/t Au.", [("4.2", *OTHER), ("9.6", *OTHER)]),
    ("The jet slowed to 160kts on approach.", [("160", *OTHER)]),
    # a part of a measured whole is in the whole's unit; a unit that sizes a noun counts the noun
    ("Farmers have planted 40 of the 120 hectares.", [("40", *OTHER), ("120", *OTHER)]),
    ("Crews have cleared 2,300 of the park's 8,000 square metres.", [("2300", *OTHER), ("8000", *OTHER)]),
    ("About 60 of its 250 kilometres of track are single.", [("60", *OTHER), ("250", *OTHER)]),
    ("Riders finished 3 of the 10km stages.", [("3", "count", "count"), ("10", *OTHER)]),
    # a US property tax levy in mills; mills counted as works are counts
    ("Voters rejected a 3.9-mill operating levy in May.", [("3.9", *OTHER)]),
    (
        "The district will seek a 1.5-mill renewal and a 2-mill permanent improvement levy.",
        [("1.5", *OTHER), ("2", *OTHER)],
    ),
    (
        "The levy of 6.9 mills would raise $2.1 million a year.",
        [("6.9", *OTHER), ("2100000", "USD", "money")],
    ),
    ("The county has 14 mills and a tax on timber.", [("14", "count", "count")]),
    # a dairy farm's output in kilograms of milk solids, glued or spaced
    ("The farm supplied 148,000kgMS last season.", [("148000", *OTHER)]),
    ("Each cow averaged 430 kg MS, up from 405 kg MS.", [("430", *OTHER), ("405", *OTHER)]),
    # two dimensions before one unit; a US oven's bare degrees are Fahrenheit
    (
        "Spread it in an 8-by-11-inch tin and bake at 350 degrees.",
        [("8", *OTHER), ("11", *OTHER), ("350", *OTHER)],
    ),
    ("Each cell is 6 by 9 feet.", [("6", *OTHER), ("9", *OTHER)]),
    # fuel use per 100km is one unit; a bridge's span named before a glued "m"; "nm" at sea
    ("The diesel uses 5.4L/100km.", [("5.4", *OTHER)]),
    ("The crossing's main span is 1,415m.", [("1415", *OTHER)]),
    ("The trawler sank 14nm off the coast.", [("14", *OTHER)]),
    # a rating scheme's stars before "rating"; a star rating naming a kind of hotel gets no row
    ("The hatch earned a four-star Euro NCAP rating.", [("4", *OTHER)]),
    ("The offices hold a 5.5-star NABERS energy rating.", [("5.5", *OTHER)]),
    # class-looks2: a hotel's or a restaurant's star grading is a reading in every position; a
    # grade naming a kind of other thing is none
    ("They booked a three-star hotel.", [("3", *OTHER)]),
    (
        "Visitors can choose between two five-star hotels and a guesthouse.",
        [("2", "count", "count"), ("5", *OTHER)],
    ),
    ("The restaurant kept its two Michelin stars for a third year.", [("2", *OTHER)]),
    # late-units12: stars held, kept or raised to (a range too), stars under a scheme's rating named
    # in lower case, and a graded place's noun opening its name
    (
        "Only 7 of the 41 campsites hold three or four stars, and the inn was upgraded to five stars.",
        [("7", "count", "count"), ("41", "count", "count"), ("3/4", *OTHER), ("5", *OTHER)],
    ),
    ("Every cafe must reach at least three stars under the city's food hygiene rating.", [("3", *OTHER)]),
    ("They stayed at the five-star Hotel Miramar.", [("5", *OTHER)]),
    (
        "Under the council's hygiene scheme, the takeaway's rating was cut from five stars to two.",
        [("5", *OTHER), ("2", *OTHER)],
    ),
    ("Four-star petrol was withdrawn from forecourts in 2000.", [("2000", "year", "date")]),
    ("A four-star general led the inquiry.", []),
    ("Guests got five-star treatment at hotels across the island.", []),
    ("The firm runs a four-star country house hotel.", [("4", *OTHER)]),
    # ... and stars a named scheme's testing gave, or stars out of the scale's top; counted stars
    ("The van earned four stars in Euro NCAP crash testing.", [("4", *OTHER)]),
    # (the scale's top is its own row in stars, late-units13)
    ("Critics gave the play three stars out of five.", [("3", *OTHER), ("5", *OTHER)]),
    ("Astronomers saw five stars in Orion.", [("5", "count", "count")]),
    # late-units13: the top a rating in stars is stated against, other stars in a text that rates
    # in stars, a box line's stars and an earlier rating bracketed after them; stars a determiner
    # owns are persons
    (
        "Inspectors rated the care home two stars out of five, up from 1.5 stars in 2024. "
        '"Two stars is not good enough, and one star for food is a shock," its manager said.',
        [
            ("2", *OTHER),
            ("5", *OTHER),
            ("1.5", *OTHER),
            ("2024", "year", "date"),
            ("2", *OTHER),
            ("1", *OTHER),
        ],
    ),
    (
        "Cleanliness: 3 stars (2023: 2.5)",
        [("3", *OTHER), ("2023", "year", "date"), ("2.5", *OTHER)],
    ),
    (
        "The film was rated four stars out of five; the two stars of the film flew in on Monday.",
        [("4", *OTHER), ("5", *OTHER), ("2", "count", "count")],
    ),
    # late-units14: the top a text's judged scores are stated against is its own row, and each "N
    # points" up to it in that text is a score on the scale, never points counted in play
    (
        "Our judges tasted 52 cheeses; scores are out of 100.\n\nHigh Fell Blue\nSoft and salty. 88 points.",
        [("52", "count", "count"), ("100", *OTHER), ("88", *OTHER)],
    ),
    (
        "The Rovers scored 88 points in the season, out of 114 available.",
        [("88", "count", "count"), ("114", "count", "count")],
    ),
    # late-units13: a bare number right after an index's word or after "possible" is its level
    ("Performance index 91.2 of a possible 120", [("91.2", *OTHER), ("120", *OTHER)]),
    ("Two stars in the Ashes side were dropped.", [("2", "count", "count")]),
    # a review score on a named site's scale, or out of the scale's top: a reading
    ("The sequel holds a score of 84 on review aggregator Critiq.", [("84", *OTHER)]),
    ("The cafe has a rating of 4.6 out of 5.", [("4.6", *OTHER)]),
    ("They reached a score of 3 on Saturday.", [("3", "count", "count")]),
    # a ratio stays a ratio; a count out of a whole with its noun is none of the scale's; a score on
    # the night names no instrument
    ("Three out of four voters agreed.", []),
    ("The team scored 3 out of 5 penalties.", []),
    ("He scored 21 on the night.", [("21", "count", "count")]),
    # a confidence vote is no survey's index
    (
        "The government won the confidence vote by 231 to 209.",
        [("231", "count", "count"), ("209", "count", "count")],
    ),
    # a driving licence's penalty points are counted
    (
        "Under the penalty points system, drivers who reach 12 points lose their licence.",
        [("12", "count", "count")],
    ),
    ("The runner passed the halfway mark of the race at 40 minutes.", [("40", "other", "duration")]),
    (
        "The index rose 2%. It now has 40 members.",
        [("2", "percent", "percent_change"), ("40", "people", "count")],
    ),
    # a height in feet and inches hyphened: two measurements, no range
    ("The 6-foot-9 centre grabbed 14 rebounds.", [("6", *OTHER), ("9", *OTHER), ("14", "count", "count")]),
    # a hole drilled to a depth in glued metres
    ("The rig drilled to 612m before hitting water.", [("612", *OTHER)]),
    # weight classes written with a limit before the number: no phone code, no name
    ("She took the +78kg title and he won the under-60kg final.", [("78", *OTHER), ("60", *OTHER)]),
    # digits hyphened to "pound" before a noun weigh it, unless the noun is money's
    ("The 245-pound tackle signed on Monday.", [("245", *OTHER)]),
    # in a recipe (it measures in spoons) pounds weigh
    ("Brown 3 pounds beef shin in 2 tablespoons of oil.", [("3", *OTHER), ("2", *OTHER)]),
    # lab values, doses per body weight, blood pressure and air quality
    ("Her HbA1c was 53 mmol/mol in June.", [("53", *OTHER)]),
    ("Adults need 600 IU of vitamin D a day.", [("600", *OTHER)]),
    ("Her fasting glucose was 7.2 mmol/L, up from 5.9mmol/l.", [("7.2", *OTHER), ("5.9", *OTHER)]),
    ("A level above 190 mg/dL calls for treatment.", [("190", *OTHER)]),
    ("Children with more than 3.5 µg/dL of lead in their blood were retested.", [("3.5", *OTHER)]),
    ("The trial gave 0.5 mg/kg of the drug.", [("0.5", *OTHER)]),
    ("Her systolic pressure fell to 128mmHg.", [("128", *OTHER)]),
    ("Fine particles reached 240 µg/m3 on Sunday.", [("240", *OTHER)]),
    # the weights of South Asian markets, and a crop's yield in maunds per acre
    ("Buyers took 3 tolas each.", [("3", *OTHER)]),
    ("Wheat fetched more at 60 maunds.", [("60", *OTHER)]),
    ("Cotton yields reached 22 maunds per acre.", [("22", *OTHER)]),
    # grain by the metric tonne, the quintal and the bushel, and yields per acre or hectare
    ("The agency will buy 80,000 metric tonnes of maize.", [("80000", *OTHER)]),
    ("Growers reaped 52 bushels an acre, against 47 last year.", [("52", *OTHER), ("47", *OTHER)]),
    ("The elevator holds 4.5 million bushels.", [("4500000", *OTHER, "bushel")]),
    ("Yields rose to 38 quintals per hectare.", [("38", *OTHER)]),
    ("Wheat yields averaged 3.2 t/ha, against 2.9 tonnes per hectare.", [("3.2", *OTHER), ("2.9", *OTHER)]),
    ("Traders hold 12,000 quintals of lentils.", [("12000", *OTHER)]),
    # a city's water in megalitres, and greenhouse gases as inventories write them
    ("The works treats 310 megalitres a day.", [("310", *OTHER)]),
    # a basin's storage in gigalitres, a river's flow in cumecs
    ("The basin's dams hold 2,270 gigalitres.", [("2270", *OTHER, "gigaliter")]),
    ("The spillway released 450 cumecs.", [("450", *OTHER)]),
    (
        "Demand is 800ML/day against 320ML/d, with 90 ML stored.",
        [("800", *OTHER), ("320", *OTHER), ("90", *OTHER)],
    ),
    ("Emissions fell by 6.4 MtCO2e in a year.", [("6.4", *OTHER)]),
    ("World emissions reached 44.7 GtCO2e.", [("44.7", *OTHER)]),
    ("A return flight emits about 1.9 tCO2e.", [("1.9", *OTHER)]),
    # the energy industry's units: gas in bcm and tcf, energy in Mtoe, voltage, peak and electric power
    ("Imports reached 38 bcm, from a field of 4.2 tcf.", [("38", *OTHER), ("4.2", *OTHER)]),
    ("Armenia bought 310 mcm of gas in the winter.", [("310", *OTHER)]),  # million cubic metres
    ("The boiler house burned 2.8 TJ of gas in a week.", [("2.8", *OTHER)]),  # terajoules
    # freight and passenger turnover: work done in tonne-kilometres and passenger-kilometres
    ("Rail freight turnover fell to 96 billion tonne-km.", [("96000000000", *OTHER)]),
    ("Buses logged 2.7 billion passenger-km last year.", [("2700000000", *OTHER)]),
    # an airline's capacity and traffic in seat and passenger kilometres, as its releases write them
    ("Summer capacity is set at 4.1 billion ASKs.", [("4100000000", *OTHER)]),
    ("The carrier flew 830 million RPKs in May.", [("830000000", *OTHER)]),
    ("It offered 610 million available seat kilometres.", [("610000000", *OTHER)]),
    ("Domestic flights logged 1.5 billion ASMs.", [("1500000000", *OTHER)]),
    # British "microgrammes"; the round volume a concentration is stated in is its base, no figure
    ("Her sample held 48 microgrammes of ethanol in 100 millilitres of blood.", [("48", *OTHER)]),
    ("Tests found 12 micrograms of lead in 1 litre of tap water.", [("12", *OTHER)]),
    ("Demand reached 13.6 Mtoe.", [("13.6", *OTHER)]),
    (
        "The 400 kV line and a 220-kV spur carry 50 MWp of solar power.",
        [("400", *OTHER), ("220", *OTHER), ("50", *OTHER)],
    ),
    # the land measures of the Middle East's and Thailand's press: dunams, feddans and rai
    ("Settlers fenced off 1,500 dunams near the village.", [("1500", *OTHER)]),
    ("Farmers planted 3.4 million feddans of wheat.", [("3400000", *OTHER)]),
    ("The industrial estate covers 2,400 rai.", [("2400", *OTHER)]),
    ("Growers in the province planted 1.2 million mu of soybeans.", [("1200000", *OTHER)]),
    ("The depot stores 9,000 kilolitres of diesel.", [("9000", *OTHER, "kiloliter")]),
    # fixwalk39-c: a fourth item checks the measure too (bushels read as litres would fail)
    # gold's purity in karats; a gem's weight in carats
    ("She bought a 22-karat gold chain.", [("22", *OTHER)]),
    ("A 41-carat diamond sold.", [("41", *OTHER)]),
    # a glued "m" before a spaced unit word is million
    ("Mills crushed 4.5m tonnes of cane.", [("4500000", *OTHER)]),
    ("Farmers sowed 2.2m acres.", [("2200000", *OTHER, "acre")]),
    # late-subj14: an acre-foot of water is a volume, never an acre of land
    ("The dam released 41,000 acre-feet in May.", [("41000", *OTHER, "acre_foot")]),
    # the base of a price or rate after "per" is no figure
    ("Silver sold at $31 per 10 grams.", [("31", "USD", "money")]),
    ("The van uses 9 litres per 100 km.", [("9", *OTHER)]),
    ("A 2.4Ghz radio.", [("2.4", *OTHER)]),
    ("Add 30mL of water.", [("30", *OTHER)]),
    ("Speeds of 120km/hr.", [("120", *OTHER)]),
    ("Light travels at nearly 300,000 km/s.", [("300000", *OTHER)]),
    ("The probe flew by at 14.2 kilometres per second.", [("14.2", *OTHER, "kilometer / second")]),
    # an area in square nautical miles (a search at sea)
    ("Ships searched 120 square nautical miles overnight.", [("120", *OTHER)]),
    # a number in words before a unit word
    ("The herd walked nearly eight kilometres.", [("8", *OTHER)]),
    ("Crews built a two-metre wall.", [("2", *OTHER)]),  # read with the compounds (counts.py)
    ("Twelve miles of track were closed.", [("12", *OTHER)]),
    ("It was 3.2deg C warmer.", [("3.2", *OTHER)]),
    # ranges of a measurement, the unit written once or twice; a change stays two figures
    ("A 20-40W bulb.", [("20/40", *OTHER)]),
    ("The hearing range is between 18kHz and 20kHz.", [("18/20", *OTHER)]),
    ("Adults need 1800 - 2200 Calories a day.", [("1800/2200", *OTHER)]),
    ("The gap widened from 3.5 to 4.0 mm.", [("3.5", *OTHER), ("4", *OTHER)]),
    # a unit symbol that opens with a capital, joined by a hyphen, describes the noun after it
    ("The yard delivered a 23,500-TEU vessel.", [("23500", *OTHER)]),
    ("Buyers prefer the 512-GB version.", [("512", *OTHER)]),
    ("Each 8-MW machine stands offshore.", [("8", *OTHER)]),
    ("A 2.4-GW link is planned.", [("2.4", *OTHER)]),
    # a compound adjective of an area, hyphenated throughout; a line's or a grid's voltage
    ("A 48,000-square-metre hall opens in May.", [("48000", *OTHER)]),
    # a scale word hyphened between the number and its unit scales it ("a 1.6-million-tonne crop")
    ("The 1.6-million-tonne crop was late.", [("1600000", *OTHER)]),
    ("A 2.5-million-square-foot depot is planned.", [("2500000", *OTHER)]),
    ("The chain leases a 90,000-square-foot store.", [("90000", *OTHER)]),
    ("The utility will string a 400-kilovolt line.", [("400", *OTHER)]),
    ("The grid carries power at 132 kV.", [("132", *OTHER)]),
    ("A 12V socket sits under the seat.", [("12", *OTHER)]),
    # megapixels of a camera, spelt or written "MP" before a camera word
    ("The handset gets a 64-MP rear camera.", [("64", *OTHER)]),
    ("It adds a 108MP main sensor.", [("108", *OTHER)]),
    ("The 12-megapixel lens is new.", [("12", *OTHER)]),
    # a scale glued to the number before a unit
    ("The probe travelled 6.4bn km.", [("6400000000", *OTHER)]),
    # metres glued, converted into feet in brackets
    ("The spire is 48m (157ft) tall.", [("48", *OTHER), ("157", *OTHER)]),
    # a glued "m" hyphened to an adjective of size is metres, as "km" and "ft" are
    ("Rangers caught a 4m-long crocodile near the dam.", [("4", *OTHER)]),
    ("The council will build a 30m-high barrier.", [("30", *OTHER)]),
    # "m" glued or spaced before a word of length, depth or width is metres
    ("The roof fell in some 850m below surface.", [("850", *OTHER)]),
    ("The crater is 40 m in diameter.", [("40", *OTHER)]),
    ("Each tile measures 1.2 m across.", [("1.2", *OTHER)]),
    ("The cable runs 300m underground.", [("300", *OTHER)]),
    # scientific notation, with a unit or without
    ("A grain weighs 6.5×10−5 kilograms.", [("0.000065", *OTHER)]),
    ("The sample held 3.2 x 10^6 cells.", [("3200000", "count", "count")]),
    # a market index: its bare points are index points, the level it reached a reading on it
    # long tons of cargo; container traffic in twenty-foot equivalent units
    ("Cargo through the strait fell to 310 million long tons.", [("310000000", *OTHER)]),
    ("The port handled 31.5 million TEUs last year.", [("31500000", *OTHER)]),
    ("Terminal capacity will reach 4.8 million TEU.", [("4800000", *OTHER)]),
    # the unit's name spelt out in brackets measures no length
    ("The port moved 2.1 million TEUs (twenty-foot equivalent units) last year.", [("2100000", *OTHER)]),
    # class-discover-o: traffic in forty-foot containers (FFE, FEU) is measured the same way
    ("The carrier moved 3.1 million FFE on its Asia-Europe loops.", [("3100000", *OTHER)]),
    (
        "Volumes reached 12.4 million FEU (forty-foot equivalent units) in 2025.",
        [("12400000", *OTHER), ("2025", "year", "date")],
    ),
    ("Spot rates rose to $3,260 per FEU.", [("3260", "USD", "money")]),
    ("The Dow rose 312 points to close at 42,150.25.", [("312", *OTHER), ("42150.25", *OTHER)]),
    ("The Sensex ended 0.4% higher at 81,250.", [("0.4", "percent", "percent_change"), ("81250", *OTHER)]),
    ("The benchmark index slipped to 1,910 from 1,955.", [("1910", *OTHER), ("1955", *OTHER)]),
    # Asian exchanges' indices by their initials: Taipei's, Kuala Lumpur's, Jakarta's, Karachi's
    ("The Taiex slid 182.4 points to 21,930.7.", [("182.4", *OTHER), ("21930.7", *OTHER)]),
    ("The FBM KLCI ended at 1,588.2.", [("1588.2", *OTHER)]),
    ("The PSX benchmark rose 450 points.", [("450", *OTHER)]),
    # a player's rating points: a reading on a named scale, not percentage points
    ("She gained 12 rating points and her approval grew.", [("12", *OTHER)]),
    # a ratio the sentence names before a bare decimal: a reading of the ratio, not a count
    (
        "The sale's cover ratio dropped to 2.41 from 2.87 a month earlier.",
        [("2.41", *OTHER), ("2.87", *OTHER)],
    ),
    (
        "Its debt-to-equity ratio stands at 1.35, against an industry average of 0.9.",
        [("1.35", *OTHER), ("0.9", *OTHER)],
    ),
    # class-bases: a ratio named before "N to 1": its level, the one no figure; a level carried after
    (
        "The province's primary schools have a pupil-teacher ratio of 38 to 1, against a national target of 40.",
        [("38", *OTHER), ("40", *OTHER)],
    ),
    ("The ratio is 40 pupils to one teacher in the hill districts.", [("40", *OTHER)]),
    # ... "1 <noun> to M": the one no figure, M counts its own noun (as "one midwife for every 5,200")
    ("Inspectors found a ratio of 1 officer to 8 inmates at the Maseru central prison.", [("8", *PEOPLE)]),
    ("Care homes must keep a ratio of one carer to five residents at night.", [("5", *PEOPLE)]),
    # a temperature below zero keeps its sign: a reading, not a decrease (rules, table 1, "no rule
    # yet": decided here), after a hyphen, a minus sign or the word "minus"
    ("Lows of -12C are expected.", [("-12", *OTHER)]),
    ("The moon's night falls to −170°C.", [("-170", *OTHER)]),
    ("It was minus 31C at the airport.", [("-31", *OTHER)]),
    ("Gas is cooled to minus-160 degrees Celsius.", [("-160", *OTHER)]),
    # the word "minus" signs any measurement; a bare dash before a length is no sign
    ("Their rushing total was minus 12 yards.", [("-12", *OTHER)]),
    ("The gap shrank from 9 yards to -3 yards.", [("9", *OTHER), ("3", *OTHER)]),
    # a race is named by its distance, which the number measures (as in "the 100 metres"): a glued
    # "m" is metres for a standard race distance in a sentence that speaks of racing
    ("She won the 400m hurdles.", [("400", *OTHER)]),
    ("He took the men's 1,500m title.", [("1500", *OTHER)]),
    ("The 10,000m race starts at noon.", [("10000", *OTHER)]),
    # ... or run, swum or timed with no racing word: "ran 200m", "the 800m in 1:44"
    ("Aged 17, she ran 200m faster than anyone.", [("17", "other", "count"), ("200", *OTHER)]),
    ("He took the 800m in 1:44.", [("800", *OTHER)]),
    # a field event's mark printed to the centimetre, glued to "m", in a sentence naming the event
    ("Discus: Ivo Marek 67.35m, Tom Field 65.02m.", [("67.35", *OTHER), ("65.02", *OTHER)]),
    ("Triple jump: 1 Ana Ruiz 14.61m; 2 Kim Sole 14.48m.", [("14.61", *OTHER), ("14.48", *OTHER)]),
    # label lines under a heading line ending in a bracketed unit ("(mm)") are in that unit
    ("Rainfall to 9am (mm):\nKisumu 31.4\nEldoret 8.2", [("31.4", *OTHER), ("8.2", *OTHER)]),
    ("The relay swimmer's split over 100m was quick.", [("100", *OTHER)]),
    # "k" glued to a road race's distance is kilometres: a race noun after it, a run or a time
    ("Over 900 people entered the 10k fun run.", [("900", *PEOPLE), ("10", *OTHER)]),
    ("She won the 5K in 15 minutes.", [("5", *OTHER), ("15", "other", "duration")]),
    ("He ran a 10K every Sunday.", [("10", *OTHER)]),
    # pounds lost by the means of losing weight are weight, not money
    ("He went from 240 pounds to 205 by dieting.", [("240", *OTHER), ("205", *OTHER)]),
    ("She shed 20 pounds by exercising daily.", [("20", *OTHER)]),
    # a range of numbers in words before a unit word; a change "from ... to" stays two figures
    ("Swells of three to four metres battered the pier.", [("3/4", *OTHER)]),
    ("Hikers may walk one or two miles before dusk.", [("1/2", *OTHER)]),
    ("The canal rose from two to three metres in a night.", [("2", *OTHER), ("3", *OTHER)]),
    # "below zero" after a reading signs it, with its unit or alone (in the scale named first)
    ("The thermometer showed 18 degrees below zero at dawn.", [("-18", *OTHER)]),
    ("Lows of 5F are due, and wind chills of 30 below zero.", [("5", *OTHER), ("-30", *OTHER)]),
    # ... and the scale named after "zero" is the reading's, the zero no reading of its own
    ("The village recorded 27 below zero Celsius.", [("-27", *OTHER)]),
    ("Lows reach 12 degrees below zero Fahrenheit.", [("-12", *OTHER)]),
    # with no reading before "below", zero is the reading ("the mercury fell below zero Celsius")
    ("The mercury fell below zero Celsius overnight.", [("0", *OTHER)]),
    # an agency's alert level: a reading on its scale, like a storm's category
    ("Officials raised the alert level to 3 after the tremors.", [("3", *OTHER)]),
    ("The region stays on a level-2 alert.", [("2", *OTHER)]),
    ("The alert level of four holds until Friday.", [("4", *OTHER)]),
    # late-units5: "to level N" or "at level N" after a travel advice, an alert, a warning or a
    # threat named in its sentence or the one before
    ('New Zealand raised its travel advice for Haiti to level 4, "do not travel".', [("4", *OTHER)]),
    ("The threat level was raised to level 3 after the attack.", [("3", *OTHER)]),
    (
        "We have lowered our advice for the north to level 2. The capital remains at level 3.",
        [("2", *OTHER), ("3", *OTHER)],
    ),
    # a stage of load-shedding: a reading on the grid operator's scale of power cuts
    ("Load-shedding rose to stage 4 on Monday.", [("4", *OTHER)]),
    ("The utility said Stage 6 load shedding would run all week.", [("6", *OTHER)]),
    # a stage of a drought plan's water restrictions, in a story on drought and watering curbs
    (
        "The town moved to Stage 2 of its drought plan. Lawn watering is banned, and Stage 3 may follow.",
        [("2", *OTHER), ("3", *OTHER)],
    ),
    # degrees in a compound, of temperature or of an angle; nouns made from units; yards by play
    ("Players trained in 14-degree cold.", [("14", *OTHER)]),
    ("The lorry made a 90-degree turn.", [("90", *OTHER)]),
    ("Homes on slopes steeper than 25 degrees were cleared.", [("25", *OTHER)]),
    ("Her 48-yarder won it, after a 15-footer hit the post.", [("48", *OTHER), ("15", *OTHER)]),
    ("He finished with 97 rushing yards and 140 receiving yards.", [("97", *OTHER), ("140", *OTHER)]),
    # the planetary K-index of geomagnetic activity: a reading on a named scale
    ("Forecasters said activity could reach Kp 8 by Friday.", [("8", *OTHER)]),
    ("Storms of Kp7 or above are rare, and a Kp of 5 brings auroras.", [("7", *OTHER), ("5", *OTHER)]),
    # readings on the named indices of weather and health news, a tornado's rating, a Mach number
    ("The air quality index reached 287 in Lahore.", [("287", *OTHER)]),
    ("An AQI of 412 is hazardous, and the UV index will reach 9.", [("412", *OTHER), ("9", *OTHER)]),
    ("Adults with a BMI of 30 or more were invited.", [("30", *OTHER)]),
    ("The heat index hit 112 on Sunday.", [("112", *OTHER)]),
    ("An EF4 tornado tore through the county.", [("4", *OTHER)]),
    # late-units14: an apprentice's claim in brackets after the rider's name on a card, in kilograms
    (
        "The trainer has booked apprentice K. Lee (a1.5) for Silver Kite, who carries 54kg.",
        [("1.5", *OTHER), ("54", *OTHER)],
    ),
    # late-units14: a scaled measurement restated after ", or" with its scale and no unit keeps the unit
    (
        "The smelter will turn out 2.6 million tonnes a year, or 2.1 million once the old line shuts.",
        [("2600000", *OTHER), ("2100000", *OTHER)],
    ),
    (
        "The port moved 4 million tonnes, or 2 million truckloads.",
        [("4000000", *OTHER), ("2000000", "count", "count")],
    ),
    # late-units14: a glued "m" before a word of distance or excess, a length in metres in its clause
    (
        "The mast would stand 30 metres tall, 2.5m over the 27.5-metre limit and 180m from the nearest home.",
        [("30", *OTHER), ("2.5", *OTHER), ("27.5", *OTHER), ("180", *OTHER)],
    ),
    (
        "The stadium drew 1.2m over the season, against 0.9m a year earlier.",
        [("1200000", "count", "count"), ("900000", "count", "count")],
    ),
    # late-units14: a rating a comma ends, and a box line's "EF" rating in a text about a tornado
    (
        "The twister that hit Dunmore was an EF3, forecasters said.\n\nRating: EF3",
        [("3", *OTHER), ("3", *OTHER)],
    ),
    ("The missile flew at Mach 8.", [("8", *OTHER)]),
    # volumes in cubic feet, and a reservoir's storage in million cubic feet as stated
    ("The tank holds 9,000 cubic feet of grain.", [("9000", *OTHER)]),
    ("The dam held 2,410 mcft, against 3,100 mcft a year ago.", [("2410", *OTHER), ("3100", *OTHER)]),
    ("Inflows added 1.2 tmcft in a week.", [("1.2", *OTHER)]),
    # output rates and volumes in abbreviations that carry their scale, the value as stated
    ("The port will handle 8 mtpa of coal, up from 5 mtpa.", [("8", *OTHER), ("5", *OTHER)]),
    ("The smelter makes 300 ktpa of copper and the mine 12 Mtpa of ore.", [("300", *OTHER), ("12", *OTHER)]),
    ("Europe imported 55 bcm of gas, and supply rose by 1.2 mb/d.", [("55", *OTHER), ("1.2", *OTHER)]),
    ("The field makes 500 mmscfd and holds 4 tcf.", [("500", *OTHER), ("4", *OTHER)]),
    (
        "The refinery exports 150 kb/d and the firm pumps 450,000 boe/d.",
        [("150", *OTHER), ("450000", *OTHER)],
    ),
    ("Emissions reached 37.4 Gt of CO2, and the plant's 1.2 Mt a year.", [("37.4", *OTHER), ("1.2", *OTHER)]),
    # blood pressure in millimetres of mercury
    ("Blood pressure fell by 8 mmHg on average, to 130 mm Hg.", [("8", *OTHER), ("130", *OTHER)]),
    # number words joined by "and" after "between": one range
    ("The ridge lies between four and five kilometres from the town.", [("4/5", *OTHER)]),
    # the gas trade's abbreviations are values as stated; spelt out, the scale applies
    ("Exports rose to 9.5 bcm from 8.1 bcm.", [("9.5", *OTHER), ("8.1", *OTHER)]),
    ("The field holds 9.5 billion cubic metres.", [("9500000000", *OTHER)]),
    # a ship's deadweight, computing speed, and a line's speed written with a capital
    ("A 320,000-dwt tanker ran aground.", [("320000", *OTHER)]),
    ("The new machine reaches 1.8 exaflops.", [("1.8", *OTHER)]),
    ("Its AI engine handles 50 TOPS.", [("50", *OTHER)]),
    ("Home broadband averages 210 Mbps.", [("210", *OTHER)]),
    # a mine's ounces in thousands and millions as stated, and an ore's grade in grams per tonne
    ("The mine poured 187koz last year.", [("187", *OTHER)]),
    ("Reserves were raised to 2.6Moz.", [("2.6", *OTHER)]),
    ("The best hole cut 14 metres at 3.8 g/t gold.", [("14", *OTHER), ("3.8", *OTHER)]),
    # a yield in bags an acre or per hectare is one rate; bags alone are counted
    ("Growers harvested 22 bags an acre in the valley.", [("22", *OTHER)]),
    ("Yields fell to 14 bags per hectare.", [("14", *OTHER)]),
    ("He sold 25 bags and an acre of land.", [("25", "count", "count")]),
    # a number word and a scale word before a unit
    ("Authorities set a target of four million tonnes a year.", [("4000000", *OTHER)]),
    ("The field holds two to three billion barrels.", [("2000000000/3000000000", *OTHER)]),
    # a storm's category with no storm noun right after it, a storm named near it
    (
        "Storm Ana strengthened to a Category 3 overnight, with winds of 180km/h.",
        [("3", *OTHER), ("180", *OTHER)],
    ),
    # horse racing's distances and margins: furlongs, lengths (a whole number and a half too)
    ("The filly took the five-furlong sprint by three lengths.", [("5", *OTHER), ("3", *OTHER)]),
    ("The gelding was beaten by one and a half lengths over 12 furlongs.", [("1.5", *OTHER), ("12", *OTHER)]),
    # air pressure in weather copy
    ("The depression deepened to 985 hPa overnight.", [("985", *OTHER)]),
    ("The central pressure fell to 962 hectopascals, or 962 millibars.", [("962", *OTHER), ("962", *OTHER)]),
    # a glued "m" before a comparative of size, with a length in metres in words in its sentence
    (
        "The river crested at 4.1 metres, 0.6m higher than in the last flood.",
        [("4.1", *OTHER), ("0.6", *OTHER)],
    ),
    # tropical cyclone warning signals: readings on a numbered scale
    (
        "Forecasters raised Signal No. 3 as the storm neared, then the No 8 Gale or Storm Signal.",
        [("3", *OTHER), ("8", *OTHER)],
    ),
    # ... as other desks write them: Hong Kong's "T8 signal", broadcast copy's "Cat 4 storm"
    ("The T8 signal stayed up as the typhoon passed.", [("8", *OTHER)]),
    ("Forecasters see a Cat 3 hurricane by Sunday.", [("3", *OTHER)]),
    ("He drove a Cat 4 digger to the site.", []),  # a machine's model: a name (late-units5)
    # late-units5: a code's number before a spaced dash is no low end of a range ("XR-40 - 5 mg")
    ("Patients took the compound, XR-40 — 5 mg a day — in the trial.", [("5", *OTHER)]),
    ("Inspectors found 3.2 micrograms per kilogram of the toxin in the flour.", [("3.2", *OTHER)]),
    # a relay's leg in metres (the number of legs is a multiple: no row)
    ("Jamaica won the 4x400m relay in the final event.", [("400", *OTHER)]),
    # baseball's earned run and batting averages, a golf green's speed, golf pars (counts of strokes)
    ("The left-hander lowered his ERA to 2.17 and is batting .288.", [("2.17", *OTHER), ("0.288", *OTHER)]),
    # ... and as other desks write them: the number before "ERA", "hit" or "hitting" before the average
    ("The closer carries a 1.84 ERA into May.", [("1.84", *OTHER)]),
    # hockey's goals-against average, before or after its name: a reading, not goals counted
    ("The rookie goalie owns a 2.57 goals-against average.", [("2.57", *OTHER)]),
    ("Her goals-against average fell to 1.69 in March.", [("1.69", *OTHER)]),
    ("The shortstop hit .274 with 12 doubles.", [("0.274", *OTHER), ("12", "count", "count")]),
    ("The club posted a .276 team batting average.", [("0.276", *OTHER)]),
    ("The greens ran at 10.5 on the Stimpmeter.", [("10.5", *OTHER)]),
    # a score on a points system or scale named right after the points: a reading
    ("Flats with up to 140 points under the valuation system are covered.", [("140", *OTHER)]),
    ("Applicants need 70 points under the points-based system.", [("70", *OTHER)]),
    # ... while points with no system named after them are counted
    ("The team has 40 points in the league.", [("40", "count", "count")]),
    ("The par-70 course has a par-three 17th.", [("70", "count", "count"), ("3", "count", "count")]),
    # a weight in stones and pounds, glued
    ("The jockey weighed in at 9st 4lb.", [("9", *OTHER), ("4", *OTHER)]),
    # a race's distance in miles and furlongs: one row for each unit
    ("The gelding won the three-mile-one-furlong chase.", [("3", *OTHER), ("1", *OTHER)]),
    ("She rides in the 2m4f handicap.", [("2", *OTHER), ("4", *OTHER)]),
    # petrol's octane rating, a current in amperes, gas flows written out with a scale word
    ("The pump sells 92-octane petrol and 98 octane for sports cars.", [("92", *OTHER), ("98", *OTHER)]),
    ("Residents pay a flat fee for a 10-ampere line, or 15 amps.", [("10", *OTHER), ("15", *OTHER)]),
    ("The plant treats 640 million standard cubic feet per day of gas.", [("640000000", *OTHER)]),
    ("The well tested at 3.2 million standard cubic feet a day.", [("3200000", *OTHER)]),
    # a glued "m" is metres after a noun of length with "of" or a comparative of length, or before
    # "of water" or "in depth" (length_readings.RE_LENGTH_BEFORE, RE_LENGTH_AFTER)
    ("The trawler sank in about 60m of water.", [("60", *OTHER)]),
    ("Divers reached a depth of 32.5m on Friday.", [("32.5", *OTHER)]),
    ("The dam has a height of up to 95m.", [("95", *OTHER)]),
    ("Barges longer than 150m need a pilot.", [("150", *OTHER)]),
    ("The new shaft will be 700m in depth.", [("700", *OTHER)]),
    ("The hut stands at an altitude of 2,380m.", [("2380", *OTHER)]),
    # "kgs", the plural abbreviation South Asian and African desks write
    ("Each sack holds 25 kgs of flour.", [("25", *OTHER)]),
    # a lone "m" written apart, SI style, before punctuation or a preposition: metres
    ("The summit camp sits at 4,120 m in thin air.", [("4120", *OTHER)]),
    ("The river peaked at 6.3 m.", [("6.3", *OTHER)]),
    ("The shop floor covers 1,200 sqft.", [("1200", *OTHER)]),
    # a capital "M" glued before a unit word is million too
    ("The group pumped 3.1M barrels a day.", [("3100000", *OTHER)]),
    # ... against a mark, or in metres per second
    ("The gauge read 0.65m above the danger mark.", [("0.65", *OTHER)]),
    # a glued "m" between a determiner and a singular noun sized in metres, or after "waves of"
    ("Crews rebuilt a 3.5m wall by the quay.", [("3.5", *OTHER)]),
    ("The 40m stretch of track reopened.", [("40", *OTHER)]),
    ("Forecasters warned of swells of up to 5m.", [("5", *OTHER)]),
    # ... or after a sea's swell builds or eases to it (class-carry3)
    ("The swell is expected to build to 3m on Friday.", [("3", *OTHER)]),
    ("Surf eased to 1.5m overnight.", [("1.5", *OTHER)]),
    # a price quoted per unit names no measure of the bare number after it
    (
        "Kerosene cost $1.10 a gallon in May and 1.25 in June.",
        [("1.1", "USD", "money"), ("1.25", "USD", "money")],
    ),
    ("The club agreed a 4m deal.", []),
    (
        "The mine will pour 1.4 Moz of gold.",
        [("1.4", *OTHER)],
    ),  # mining copy's spaced "Moz"  # no currency named: no row, and no metres
    ("The 3m homes still lack fibre.", [("3000000", "count", "count")]),
    ("The climbers camped 600m below the summit.", [("600", *OTHER)]),
    ("Wind gusted at 14m per second.", [("14", *OTHER)]),
    # a unit glued to both ends of a hyphenated range: one range in that unit, no code
    ("Forecasters expect highs of 31C-33C.", [("31/33", *OTHER)]),
    ("Gusts of 60km/h-80km/h hit the coast.", [("60/80", *OTHER)]),
    ("Up to 80mm-120mm of rain may fall.", [("80/120", *OTHER)]),
    # Asian market weights and floor and land areas, and South Asia's million units of power
    ("Traders bought 250 viss of chillies.", [("250", *OTHER)]),
    ("The flat measures 42 ping.", [("42", *OTHER)]),
    ("A 25-tsubo shop in Ginza sold last week.", [("25", *OTHER)]),
    ("Their apartment is 34 pyeong.", [("34", *OTHER)]),
    ("He bought 3 taels of gold.", [("3", *OTHER)]),
    ("A 10-marla house and two kanals of farmland.", [("10", *OTHER), ("2", *OTHER)]),
    ("The family owns five bighas.", [("5", *OTHER)]),
    ("The plot is 120 sq.m. in Makati.", [("120", *OTHER)]),
    ("He owns 4 ropani and 6 aana of land.", [("4", *OTHER), ("6", *OTHER)]),
    ("She bought 5 jin of pork.", [("5", *OTHER)]),
    ("Peak demand reached 2,375 MU on Monday.", [("2375", *OTHER)]),
    # "One <unit>" defined by another: the base of the definition gets no row
    ("One catty, the market's old weight, equals about 605 grams.", [("605", *OTHER)]),
    ("One tola is about 11.66 grams.", [("11.66", *OTHER)]),
    # Central America's quintales and manzanas, Egypt's ardebs and their yield per feddan
    ("Growers delivered 2.4 million quintales of cardamom.", [("2400000", *OTHER)]),
    ("The cooperative farms 40 manzanas of beans.", [("40", *OTHER)]),
    ("Yields reached 14 ardebs per feddan in the delta.", [("14", *OTHER)]),
    # pounds of a drug, a food or a material weigh it
    ("Customs officers seized 260 pounds of marijuana at the wharf.", [("260", *OTHER)]),
    ("Volunteers collected 1,730 pounds of plastic from the beach.", [("1730", *OTHER)]),
    ("Each crate holds about 40 pounds of fresh fish.", [("40", *OTHER)]),
    # a pack "of" N pounds weighs it, wherever the pound is money
    ("LONDON - The mill sells sacks of 50 pounds each.", [("50", *OTHER)]),
    ("Farmers packed 12,000 boxes of about 40 pounds each.", [("12000", "count", "count"), ("40", *OTHER)]),
    # meters installed are devices counted; a length installed names what it measures
    ("The water board will install 36,000 meters this year.", [("36000", "count", "count")]),
    ("Crews installed 120 meters of fencing.", [("120", *OTHER)]),
    # a share set off after a figure is an aside: the list after it keeps the figure's unit
    (
        "Spain shipped 3.2 million tonnes, or 41% of the total, followed by Italy with 1.1 million and Greece with 800,000.",
        [
            ("3200000", *OTHER),
            ("41", "percent", "percentage_share"),
            ("1100000", *OTHER),
            ("800000", *OTHER),
        ],
    ),
    # a screen's brightness in nits, a frame rate, astronomical units, kelvin, a hyphened nautical mile
    ("The laptop's panel reaches 1,600 nits in HDR mode.", [("1600", *OTHER)]),
    (
        "The console renders most games at 60 frames per second, and some at 120fps.",
        [("60", *OTHER), ("120", *OTHER)],
    ),
    ("Jupiter lies about 5.2 astronomical units from the Sun.", [("5.2", *OTHER)]),
    ("The telescope's mirror is cooled to 7 kelvin.", [("7", *OTHER)]),
    ("The 1,200-nautical-mile race starts in Cowes.", [("1200", *OTHER)]),
    # a glued "m" before a noun sized in metres, one modifier between them
    ("The hotel has a 25m indoor pool.", [("25", *OTHER)]),
    # benchmark scores in a sentence that names a benchmark: readings, not counts
    (
        "In our benchmark runs the tablet scored 1,990 in the single-core test and 7,120 in the multi-core one.",
        [("1990", *OTHER), ("7120", *OTHER)],
    ),
    # the same desks' other units: watt-hours, pixel density, candelas per square metre, frames/s,
    # and a player's averages abbreviated
    (
        "The laptop has a 72Wh battery and a 460ppi display rated at 500 cd/m2.",
        [("72", *OTHER), ("460", *OTHER), ("500", *OTHER)],
    ),
    ("He is averaging 27.1 ppg and 9.8 rpg this season.", [("27.1", *OTHER), ("9.8", *OTHER)]),
    ("It records at 240 frames/s.", [("240", *OTHER)]),
    # a study's relative risk is a ratio read as one, like a hazard ratio
    ("Heavy drinkers had a relative risk of 1.47 compared with non-drinkers.", [("1.47", *OTHER)]),
    # millibars glued as "mb" in a sentence about pressure or a storm
    (
        "The storm deepened to 951 mb overnight, and pressure may reach 940mb.",
        [("951", *OTHER), ("940", *OTHER)],
    ),
    # a mark of size between a number and its spaced unit
    (
        "Boat speeds topped 30-plus knots and the mast is 60-odd metres tall.",
        [("30", *OTHER), ("60", *OTHER)],
    ),
    # a second threshold on the same named index after "or"
    (
        "The jab is offered to those whose body mass index (BMI) is 35 or above, or 32 with high blood pressure.",
        [("35", *OTHER), ("32", *OTHER)],
    ),
    ("Alerts go out at an AQI of 150, or 100 for children.", [("150", *OTHER), ("100", *OTHER)]),
    # a close pass in Earth-Moon distances; a liquid medicine's strength in milligrams per millilitre
    ("The rock passed at 0.4 lunar distances on Friday.", [("0.4", *OTHER)]),
    ("The syrup, a 5mg/mL oral solution, comes in 100mL bottles.", [("5", *OTHER), ("100", *OTHER)]),
    # audit5: drought curbs named by lawns watered, hosepipes, sprinklers or curbs
    ("Under stage 4 drought rules, lawns may be watered once a week.", [("4", *OTHER)]),
    # ... "a length and a half" ending its sentence
    ("The gelding won by a length and a half.", [("1.5", *OTHER)]),
    # late-racing: a quarter and three-quarters after a unit or a whole number ("a length and a quarter")
    ("Kowloon Star won race 2 by a length and a quarter for trainer Wong Chi-keung.", [("1.25", *OTHER)]),
    (
        "Won by a length and three-quarters, two lengths. Nine ran.",
        [("1.75", *OTHER), ("2", *OTHER), ("9", "count", "count")],
    ),
    ("The hikers walked two and a quarter miles to the camp.", [("2.25", *OTHER)]),
    # ... a river's crest or level as a range of glued metres
    ("The river crested at 6.5-7m.", [("6.5/7", *OTHER)]),
    ("The river will crest at 5.5m to 6m.", [("5.5/6", *OTHER)]),
    # ... pounds of goods weigh, in digits or in words, with up to three words before the goods
    ("He burned two pounds of coal in the stove.", [("2", *OTHER)]),
    ("She bought one pound of good Welsh butter.", [("1", *OTHER)]),
    # audit5: a crest "forecast at" a range of glued metres, with its conversion in brackets
    ("The crest is forecast at 6.5-7m (21-23ft) on Sunday.", [("6.5/7", *OTHER), ("21/23", *OTHER)]),
    # audit5: a climb's category after "is rated"
    ("The 2.6km climb is rated Cat. 2.", [("2.6", *OTHER), ("2", *OTHER)]),
    # a weather box's bare highs and lows, a low named in prose and the mercury's move, in a text
    # that states temperatures in degrees: readings in its scale
    (
        "Weather at Elmhurst\nHigh: 58 degrees\nAverage low: 36\nRecord high for the date: 77 in 2003",
        [("58", *OTHER), ("36", *OTHER), ("77", *OTHER), ("2003", "year", "date")],
    ),
    (
        "The overnight low of 12 degrees came a day after the mercury climbed to 44. Forecasters expect"
        " a high of 39 on Friday.",
        [("12", *OTHER), ("44", *OTHER), ("39", *OTHER)],
    ),
    # an almanac's normal in brackets after a measured figure, and its degree days after a label
    (
        "Snow so far: 8.2 inches (normal 13.7)\nCooling degree days: 14",
        [("8.2", *OTHER), ("13.7", *OTHER), ("14", *OTHER)],
    ),
    ("The co-op has tallied 2,265 growing degree days this season.", [("2265", *OTHER)]),
    # a television rating in rating points, and the rating after the viewers in a show's brackets
    (
        "The finale drew 4.2 million viewers and a 0.76 rating among adults 18-49. Crown Court"
        " (2.6 million, 0.33) held steady.",
        [
            ("4200000", *PEOPLE),
            ("0.76", *OTHER),
            ("18/49", "other", "count"),
            ("2600000", *PEOPLE),
            ("0.33", *OTHER),
        ],
    ),
    ("The derby posted a 3.4 demo rating.", [("3.4", *OTHER)]),
    # a police cordon or an exclusion zone sized in glued metres, and the cordon set to a new size
    (
        "Police set up a 300m cordon around the depot. By dawn the cordon had been reduced to 150m.",
        [("300", *OTHER), ("150", *OTHER)],
    ),
    ("A 400m exclusion zone stays in place.", [("400", *OTHER)]),
    # a forecast's highs reaching a bare number, also the second after "and", in a text of degrees
    (
        "It was 28 degrees at noon, forecasters said. Highs should reach the upper 30s by Monday and 44 on Tuesday.",
        [("28", *OTHER), ("44", *OTHER)],
    ),
    # "X or Y" with the scale written once, after the second number: both ends take it
    ("Engineers expect the seam to hold 3 or 4 million tonnes of coal.", [("3000000/4000000", *OTHER)]),
    # "X or even Y": one uncertain measurement
    ("Temperatures will reach 38 or even 40 degrees Celsius.", [("38/40", *OTHER)]),
    ("The new kiln may fire twelve or perhaps fifteen tonnes of clay a day.", [("12/15", *OTHER)]),
    # a word of basis between the number and its unit: the unit is the word after it (also hyphened)
    ("A 6,000-gross-ton freighter sank.", [("6000", *OTHER)]),
    ("Crews moved 2 million cubic yards of gravel.", [("2000000", *OTHER)]),
    ("The mine shipped 2.3 million wet tonnes of iron ore in the quarter.", [("2300000", *OTHER)]),
    ("Output at the concentrator rose to 832,000 dry metric tonnes.", [("832000", *OTHER)]),
    ("Gold production reached 312,000 troy ounces.", [("312000", *OTHER)]),
    ("The company expects to haul eighteen million short tons of coal.", [("18000000", *OTHER)]),
    ("The ferry, of about 2,000 gross tonnes, was built in Norway.", [("2000", *OTHER)]),
    ("Smelters consumed between 2 million and 3 million dry tonnes.", [("2000000/3000000", *OTHER)]),
    # class-scales: readings on named scales. A reef's heat stress in degree heating weeks (DHW)
    (
        "Parts of the southern reef accumulated 10 degree heating weeks over summer, scientists said.",
        [("10", *OTHER)],
    ),
    (
        "Mass bleaching usually begins once heat stress passes 4 DHW, and mortality follows above 8 DHW.",
        [("4", *OTHER), ("8", *OTHER)],
    ),
    # a storm's category in lower case, before "system", and as a number word
    (
        "Forecasters expect the storm to strengthen into a category 3 system before landfall on Friday.",
        [("3", *OTHER)],
    ),
    ("Cyclone Ravi was downgraded to category two overnight as it moved inland.", [("2", *OTHER)]),
    # an alert level with the hazard's word between ("a level 4 heat alert")
    ("The meteorological office issued a level 4 heat alert for the capital.", [("4", *OTHER)]),
    # an index's level: after a level verb, before "mark", for a PMI, an indicator, a gauge, and
    # after "It" that carries the index of the sentence before
    (
        "The services PMI rose to 53.4, its highest reading since January, staying above the 50 mark that"
        " separates growth from contraction.",
        [("53.4", *OTHER), ("50", *OTHER)],
    ),
    (
        "The economic sentiment indicator for the euro zone climbed to 95.1, beating forecasts of 94.7.",
        [("95.1", *OTHER), ("94.7", *OTHER)],
    ),
    (
        "The Kospi finished at 2,611.4, after touching 2,640 earlier in the session.",
        [("2611.4", *OTHER), ("2640", *OTHER)],
    ),
    ("Authorities said the fire behaviour index reached 78.", [("78", *OTHER)]),
    ("Consumer confidence rose to 96.8 in March from 95.2.", [("96.8", *OTHER), ("95.2", *OTHER)]),
    # (fixes written after the carry-over measure) a score moving from one level to another, a long
    # clause between a rating and its level, a reading against its scale's top, a score reached on a
    # named instrument, stars given in crash tests
    ("His pain score fell from 7 to 2 after surgery.", [("7", *OTHER), ("2", *OTHER)]),
    ("The hygiene rating of the corner cafe was lifted to 5 in May.", [("5", *OTHER)]),
    ("Average life satisfaction fell to 6.8 out of 10, the survey found.", [("6.8", *OTHER)]),
    ("Reviewers rated it 8 out of 10.", [("8", *OTHER)]),
    ("Children scoring 12 or more on the anxiety questionnaire were offered help.", [("12", *OTHER)]),
    ("The hatchback earned four stars in crash tests.", [("4", *OTHER)]),
    ("The factory gauge for June is due on Monday. It fell to 46.3 in May.", [("46.3", *OTHER)]),
    # a score or a rating named by its scale before a bare number or its points
    ("Borrowers with a credit score of 740 or higher qualify for the lowest rates.", [("740", *OTHER)]),
    ("Her FICO score fell 45 points to 655 after the missed payment.", [("45", *OTHER), ("655", *OTHER)]),
    ("Patients with a frailty score of 6 or more were excluded from the trial.", [("6", *OTHER)]),
    ("The hotel's hygiene rating was cut to 2 after the visit.", [("2", *OTHER)]),
    ("The pass mark of 40 was lowered to 35 this year.", [("40", *OTHER), ("35", *OTHER)]),
    ("Borrowers with credit scores of 800 or more pay least.", [("800", *OTHER)]),
    (
        "Markit's services PMI was released on Tuesday. The reading of 48.1 was the lowest since 2020.",
        [("48.1", *OTHER), ("2020", "year", "date")],
    ),
    (
        "The app has a rating of 4.5 stars from 12,000 reviews.",
        [("4.5", *OTHER), ("12000", "count", "count")],
    ),
    # points on a points system, moving to or from a bare level, and a later level in the sentence
    (
        "Entry to law at the state university rose 8 points to 512 under this year's admissions points system.",
        [("8", *OTHER), ("512", *OTHER)],
    ),
    (
        "The cut-off for the nursing degree climbed to 455 points from 437 last year.",
        [("455", *OTHER), ("437", *OTHER)],
    ),
    # a text naming its points system ("points-based") reads its later points on it
    (
        "Under the points-based system, applicants need 70 points. She had 65 points.",
        [("70", *OTHER), ("65", *OTHER)],
    ),
    (
        "Dentistry at Westfield College slipped 4 points to 588, and pharmacy stayed at 540.",
        [("4", *OTHER), ("588", *OTHER), ("540", *OTHER)],
    ),
    # class-nouns: points an admissions word names are readings on the admissions points system, and
    # a later level in their sentence too
    (
        "Medicine needed 480 admission points this year, and veterinary science stayed at 520.",
        [("480", *OTHER), ("520", *OTHER)],
    ),
    ("The course asks for 410 CAO points.", [("410", *OTHER)]),
    # pounds weigh in a story set in a US state (currencies.NEWS_PLACES)
    ("COLUMBUS, Ohio - The largest pumpkin at the county fair came in at 1,137 pounds.", [("1137", *OTHER)]),
    (
        "Wildlife officers in Montana said the bear cub was about 90 pounds when it was found.",
        [("90", *OTHER)],
    ),
    ("A Nebraska farmer said each bale runs about 1,200 pounds this year.", [("1200", *OTHER)]),
    ("The Texas A&M defensive tackle is listed at 310 pounds.", [("310", *OTHER)]),
    # and in a story from a smaller US town or territory's village GeoNames knows (analysis/gazetteer.py)
    (
        "Members of the Dededo cooperative sold 2,300 pounds on Saturday, against 1,800 pounds a week "
        "earlier, the manager in Tamuning said.",
        [("2300", *OTHER), ("1800", *OTHER)],
    ),
    ("The Yakima food bank handed out 14,000 pounds on Thursday, volunteers said.", [("14000", *OTHER)]),
    ("ATLANTA - The zoo's newborn gorilla is 4 pounds, keepers said.", [("4", *OTHER)]),
    # class-measures2: a glued "m" sizing a noun after a determiner and one word describing it; a
    # point or a section of a race's course, and a horse race's distance after "over", in racing copy
    (
        "The new leisure centre will have an eight-lane 50m pool and a learner pool.",
        [("8", "count", "count"), ("50", *OTHER)],
    ),
    ("The club has ordered a brand-new 14m yacht for the regatta.", [("14", *OTHER)]),
    ("Mbeki led for most of the race but faded over the final 150m to finish fourth.", [("150", *OTHER)]),
    ("The trainer expects the filly to stay on over 2,000m at Randwick.", [("2000", *OTHER)]),
    ("The jockey said the colt was still travelling well at the 300m.", [("300", *OTHER)]),
    # ... a height above the place it stands in, an altitude in a sentence about climbers
    ("The tower rises 310m above the city and has 72 floors.", [("310", *OTHER), ("72", "count", "count")]),
    ("Climbers turned back at 8,300m as the winds picked up.", [("8300", *OTHER)]),
    # ... imperial gallons and cubic centimetres (pint's units)
    (
        "The leak wasted an estimated 4.2 million imperial gallons a day, the water company admitted.",
        [("4200000", *OTHER)],
    ),
    # fixwalk40-a: a unit named with its country as pint's aliases name it ("US_liquid_gallon",
    # "UK_gallon"): the country before the unit's own name
    ("The barge carried about 310,000 US gallons of molasses.", [("310000", *OTHER, "gallon")]),
    ("A leaking main lost 8,500 UK gallons before dawn.", [("8500", *OTHER, "imperial_gallon")]),
    # fixwalk40-a: a flow keeps its time: a volume, a weight or an energy, then "a", "an" or "per"
    # and a unit of time, is measured in the whole unit; not "a year earlier"
    ("The new borehole yields 9,000 litres a day for the clinic.", [("9000", *OTHER, "liter / day")]),
    ("The quarry's crusher handles 180 tonnes an hour.", [("180", *OTHER, "metric_ton / hour")]),
    ("The spring gives 400 gallons per minute in a wet winter.", [("400", *OTHER, "gallon / minute")]),
    ("The mill ground 75 tonnes a year earlier.", [("75", *OTHER, "metric_ton")]),
    ("The hatchback comes with engines of up to 1,500cc.", [("1500", *OTHER)]),
    ("A 125cc scooter is the cheapest way into the city.", [("125", *OTHER)]),
    # ... a word of comparison between a number and its unit
    ("The gelding's trainer said three extra kilos would not stop him.", [("3", *OTHER)]),
    # ... a level something is rated at; a rating in a text about sport; a grading in stars
    ("The five-year-old, rated 104, drops in class on Saturday.", [("5", "other", "count"), ("104", *OTHER)]),
    ("Her Elo rating climbed to 2,641 after the win in Wijk aan Zee.", [("2641", *OTHER)]),
    (
        "The hotel, which holds a four-star grading from the tourism board, employs 85 staff.",
        [("4", *OTHER), ("85", *PEOPLE)],
    ),
    # class-headlines2: "Magnitude" before its number and after a number's hyphen in a headline is
    # the scale; a unit's symbol in capitals glued to its number is read in lower case
    ("Quake Of Magnitude 5.9 Strikes Off Coast Of Sumatra", [("5.9", *OTHER)]),
    ("Strong 6.2-Magnitude Quake Jolts Central Chile", [("6.2", *OTHER)]),
    ("WEATHER: 120MM OF RAIN FORECAST FOR COASTAL AREAS", [("120", *OTHER)]),
    ("RUNNERS BRAVE HEAT IN 5KM CHARITY RUN", [("5", *OTHER)]),
    ("Flights Cancelled As 40CM Of Snow Falls", [("40", *OTHER)]),
    # class-measures3: a glued "m" after a verb of a body moving, hanging or landing, with a path
    # or the clause's end after it; a lead in a race; an overhang "by"; a height ranked by its size
    ("The walker slid 45m down a scree slope before a ledge broke his fall.", [("45", *OTHER)]),
    ("The helicopter hovered 15m above the water as crew winched the man aboard.", [("15", *OTHER)]),
    ("The ski jumper landed at 131.5m on the 125m hill in Zakopane.", [("131.5", *OTHER), ("125", *OTHER)]),
    ("The new tower rose 40m above the old town walls.", [("40", *OTHER)]),
    ("The car careered 30m down the embankment and overturned.", [("30", *OTHER)]),
    ("The trawler capsized 300m off Mizen Head.", [("300", *OTHER)]),
    ("The runner was 30m clear at the bell and held on to win.", [("30", *OTHER)]),
    ("The balcony overhangs the pavement by 1.5m, which planners say breaches the code.", [("1.5", *OTHER)]),
    ("Slieve Donard, at 850m the highest peak in the province, was shrouded in fog.", [("850", *OTHER)]),
    ("Fans watched the jumper fly 251.5m at Vikersund.", [("251.5", *OTHER)]),
    ("The excavator dug 6m into the hillside.", [("6", *OTHER)]),
    ("The wall encroaches 2m onto the neighbouring plot.", [("2", *OTHER)]),
    ("The avalanche swept the skiers 300m down the couloir.", [("300", *OTHER)]),
    ("The lorry was left hanging 10m above the motorway after the crash.", [("10", *OTHER)]),
    # ... a glued "m" sizing a trench, a ditch or a showjumping class
    ("Workers dug a 3m trench around the site to stop the fire spreading.", [("3", *OTHER)]),
    ("She won the 1.45m class at Hickstead on her grey mare.", [("1.45", *OTHER)]),
    # ... pounds weighed by a verb before them, with no country in the text
    ("Anglers said the pike went 31 pounds on the club scales.", [("31", *OTHER)]),
    ("The calf tipped the scales at 62 pounds at birth, the zoo said.", [("62", *OTHER)]),
    ("He has put on 20 pounds since the injury.", [("20", *OTHER)]),
    # class-oldmoney: the local land units a desk writes, each named (vergées, guntha, morgen,
    # roods and perches, cords of wood, a hundredth of an acre before land)
    ("The family owns 1.5 vergées of côtil above the bay.", [("1.5", *OTHER)]),
    ("The plot, just under 3 vergées, is zoned for agriculture.", [("3", *OTHER)]),
    ("Each farmer in the scheme gets 20 guntha of irrigated land.", [("20", *OTHER)]),
    ("The vineyard covers 12 morgen on the slopes outside Stellenbosch.", [("12", *OTHER)]),
    ("The glebe was let as 2 acres, 3 roods and 12 perches.", [("2", *OTHER), ("3", *OTHER), ("12", *OTHER)]),
    ("The fire destroyed 30 cords of firewood stacked behind the mill.", [("30", *OTHER)]),
    ("He bought 25 cents of land near Thrissur in 2019.", [("25", *OTHER), ("2019", "year", "date")]),
    ("The widow inherited forty cents of coconut land.", [("40", *OTHER)]),
    ("Farmers in the district hold an average of 4 bighas each.", [("4", *OTHER)]),
    ("The county expanded its wheat area by 30,000 mu this year.", [("30000", *OTHER)]),
    # class-discover-f: a forecast line's label with no colon, in a text of forecast lines that may
    # state no degrees (a chance of rain or snow, a UV index, a wind by its compass point), "minus"
    # signing it; a sea area's wind force on the Beaufort scale
    (
        "Tonight: Clear. Low 28. Winds NW 10 to 15 mph.\nTuesday: High 45, with a 30 percent chance of snow.",
        [("28", *OTHER), ("10/15", *OTHER), ("45", *OTHER), ("30", "percent", "percentage_share")],
    ),
    (
        "Brisbane: Min 21 Max 30. Storms likely. Chance of rain: 80%.",
        [("21", *OTHER), ("30", *OTHER), ("80", "percent", "percentage_share")],
    ),
    ("Saturday: Snow. High minus 9. Wind west 25 km/h.", [("-9", *OTHER), ("25", *OTHER)]),
    (
        "Coastal waters: wind northwest force 4 to 6, increasing gale force 8 later.",
        [("4/6", *OTHER), ("8", *OTHER)],
    ),
    # ... and a forecast's high and low joined by a slash after the degree's scale (no class's code)
    ("Lusaka: Sunny, 29°C/16°C, light winds.", [("29", *OTHER), ("16", *OTHER)]),
    # class-discover-e: a spaced "F" or "C" is a temperature unless a hyphened model number follows
    ("Temperatures in the valley hit 48 F on Sunday.", [("48", *OTHER)]),
    # class-units6: industry abbreviations with their scale inside are values as stated ("kt"
    # kilotonnes, or knots at sea, in the air or in the wind, or karats before gold; "mt" tonnes);
    # a data rate in megabytes a second
    (
        "The smelter produced 600 kt of aluminium last year, up from 540 kt.",
        [("600", *OTHER), ("540", *OTHER)],
    ),
    ("The patrol boat closed in at 30 kt off the coast.", [("30", *OTHER)]),
    ("She wore an 18kt white gold chain.", [("18", *OTHER)]),
    ("Flows through the pipeline averaged 40 mcm/d over the weekend.", [("40", *OTHER)]),
    ("The pipeline's capacity will rise to 1.2 mmbpd next year.", [("1.2", *OTHER)]),
    (
        "Shale gas output rose to 103 bcf/d, and the group's to 2.4 mboe/d.",
        [("103", *OTHER), ("2.4", *OTHER)],
    ),
    ("Exports of thermal coal reached 4.8 mt in the quarter.", [("4.8", *OTHER)]),
    ("The new drive reads data at 7,000 MB/s.", [("7000", *OTHER)]),
    # ... and a glued size after a price's "per" sizes the noun after it, where "per 10g" is the base
    (
        "Spot rates on the Asia-Europe route rose to $1,850 per 40ft box.",
        [("1850", "USD", "money"), ("40", *OTHER)],
    ),
    ("Jewellers paid Rs 7,450 per 10g of gold.", [("7450", "INR", "money")]),
    # class-units7: oil and gas abbreviations whose capital is their scale, and the doubled Roman
    # thousand ("MMt", "MMbbl", "MMboe", "MMcf"), as stated; gold's karats as "K" before the metal
    # ("18K" elsewhere a thousand); bullion's fineness; a size spaced after a price's "per"
    ("Output from the field rose to 1.2 Mb/d in October, the operator said.", [("1.2", *OTHER)]),
    ("The new unit will add 90 Kb/d of capacity.", [("90", *OTHER)]),
    ("Dry gas output averaged 104.5 Bcf/d last month.", [("104.5", *OTHER)]),
    ("The well tested at 12 MMcf/d of gas.", [("12", *OTHER)]),
    ("The plant will burn 1.1 MMt of coal a year, down from 1.4 MMt.", [("1.1", *OTHER), ("1.4", *OTHER)]),
    ("The block holds an estimated 46 MMbbl of oil and 12 MMboe of gas.", [("46", *OTHER), ("12", *OTHER)]),
    ("The jeweller sold an 18K gold bracelet for $3,400.", [("18", *OTHER), ("3400", "USD", "money")]),
    ("Sales of 22k white gold chains rose before the wedding season.", [("22", *OTHER)]),
    ("Organisers expect 18K runners at Sunday's city marathon.", [("18000", "people", "count")]),
    (
        "The refiner casts 1 kg bars of 999.9 fine gold for the central bank.",
        [("1", *OTHER), ("999.9", *OTHER)],
    ),
    ("The mint's new coin is struck in 925 fine silver.", [("925", *OTHER)]),
    ("Bars must be of at least 995 fineness to be traded.", [("995", *OTHER)]),
    (
        "Freight on the Shanghai–Rotterdam lane climbed to $2,400 per 40 ft box this week.",
        [("2400", "USD", "money"), ("40", *OTHER)],
    ),
    (
        "Shipping lines quoted $1,350 per 20 ft container to Mombasa.",
        [("1350", "USD", "money"), ("20", *OTHER)],
    ),
    # class-labels4: Hong Kong's Strong Wind Signal; a UV index written "UV"; a shipping forecast's
    # Beaufort forces with no word "force", after a compass point or the scale's own names
    ("The Observatory hoisted the Strong Wind Signal No. 3 on Tuesday afternoon.", [("3", *OTHER)]),
    ("Expect a sunny morning with UV 6 and a top of 24 degrees.", [("6", *OTHER), ("24", *OTHER)]),
    ("Saturday: sunny, UV 11 (extreme), light winds.", [("11", *OTHER)]),
    (
        "Fisher, German Bight: Westerly 6 to gale 8, occasionally severe gale 9 later.",
        [("6/8", *OTHER), ("9", *OTHER)],
    ),
    ("Cromarty, Forth: Southwest 5 to 7, veering west 4 later.", [("5/7", *OTHER), ("4", *OTHER)]),
    ("Irish Sea: Cyclonic 6 or 7, perhaps storm 10 later.", [("6/7", *OTHER), ("10", *OTHER)]),
    # late-formats2: a score above or below a level on a named scale; one degree spaced
    (
        "Projects that scored below 4.2 on the agency's 10-point scale were rejected.",
        [("4.2", *OTHER), ("10", "count", "count")],
    ),
    ("Most bids scored above 6 on our 9-point scale.", [("6", *OTHER), ("9", "count", "count")]),
    ("Sea temperatures were about 1 degree above the March average.", [("1", *OTHER)]),
    ("The lake was 1 degree warmer than last year.", [("1", *OTHER)]),
    # class-people8: "temperature" the subject of a level verb right before a bare reading
    ("Temperatures rose to 41 in the capital on Tuesday afternoon.", [("41", *OTHER)]),
    ("In the valley the temperature has dropped to minus 3.", [("-3", *OTHER)]),
    ("Temperatures hovered around 38 for most of the week.", [("38", *OTHER)]),
    ("The mercury climbed to 46 in Jacobabad.", [("46", *OTHER)]),
    # class-names8: bullion's purity in per cent, from its point, and as a hallmark before the metal;
    # warning and alert levels; an engine's thrust in pounds-force
    ("The refinery in Ticino casts kilobars of 99.99 fine gold for Asian buyers.", [("99.99", *OTHER)]),
    (
        "Coins struck in .999 fine silver sold out within 48 hours, the Perth Mint said.",
        [("0.999", *OTHER), ("48", "other", "duration")],
    ),
    (
        "Dealers said 916 gold, the 22-karat standard, traded at RM420 a gram in Kuala Lumpur.",
        [("916", *OTHER), ("22", *OTHER), ("420", "MYR", "money")],
    ),
    ("The shop's 925 sterling silver bangles start at $40.", [("925", *OTHER), ("40", "USD", "money")]),
    ("Forecasters issued a level 3 warning for heavy rain across Kyushu on Tuesday.", [("3", *OTHER)]),
    ("A level 2 flood warning remains in place for the lower valley.", [("2", *OTHER)]),
    ("The volcano alert stayed at level 2, the agency said.", [("2", *OTHER)]),
    ("The alert level was raised to 3 after the eruption.", [("3", *OTHER)]),
    (
        "The Saturn V's first stage produced 7.6 million pounds of thrust at lift-off.",
        [("7600000", *OTHER)],
    ),
    ("The F-35's engine makes about 43,000 pounds of thrust with afterburner.", [("43000", *OTHER)]),
    ("Each of the new engines is rated at 35,000 lbf.", [("35000", *OTHER)]),
    # class-kinds: a whole number after a level word is the level of the ratio its clause has as subject
    (
        "The ratio of patients to nurses on night shifts at the county hospital reached 14, the union said.",
        [("14", *OTHER)],
    ),
    (
        "Kenya's pupil-teacher ratio in public primary schools stands at 42, the ministry said.",
        [("42", *OTHER)],
    ),
    # late-clock: a tide table's height after its clock time is metres, never millions
    (
        "Aberdeen: high 04.12 3.9m and 16.40 4.1m; low 10.26 0.8m and 22.55 0.6m.",
        [("3.9", *OTHER), ("4.1", *OTHER), ("0.8", *OTHER), ("0.6", *OTHER)],
    ),
    (
        "High water at Dover on Sunday is at 06.33, 6.4m, and at 18.57, 6.2m.",
        [("6.4", *OTHER), ("6.2", *OTHER)],
    ),
    (
        "Tides, Galway: Mon 03.48 4.8m, 10.02 0.9m, 16.15 4.6m, 22.31 1.1m.",
        [("4.8", *OTHER), ("0.9", *OTHER), ("4.6", *OTHER), ("1.1", *OTHER)],
    ),
    # class-left10: a glued "m" after a verb of size and a structure works resize is metres
    (
        "The airport wants to extend its main runway from 2,400m to 3,100m before the tourist season.",
        [("2400", "other", "other"), ("3100", "other", "other")],
    ),
    ("Crews will raise the dam wall by 4.5m next year.", [("4.5", "other", "other")]),
    # ... and "from 4m to 6m" after a change word is a before and an after, as "from 4 metres to 6"
    ("The wall was raised from 4m to 6m.", [("4", "other", "other"), ("6", "other", "other")]),
    # class-left10: a reproduction number given for a place, of two digits, or named "R0" by a strain
    (
        "Health officials said the R number for the region was now between 0.9 and 1.1.",
        [("0.9/1.1", "other", "other")],
    ),
    ("The outbreak strain has an R0 of 10 to 12.", [("10/12", "other", "other")]),
    ("The new variant is thought to have an R0 of around 3.5.", [("3.5", "other", "other")]),
    ("The galaxy was seen at a redshift of 13.2.", [("13.2", "other", "other")]),  # class-discover-j
    # class-discover-n: three dimensions before one unit in a spec box; square yards of a plot
    (
        "Dimensions: 420 x 310 x 18.5mm; Weight: 1.6kg",
        [
            ("420", "other", "other"),
            ("310", "other", "other"),
            ("18.5", "other", "other"),
            ("1.6", "other", "other"),
        ],
    ),
    (
        "The crate measures 60 x 40 x 35cm.",
        [("60", "other", "other"), ("40", "other", "other"), ("35", "other", "other")],
    ),
    (
        "A 240 sq yards plot in Gulshan, Karachi, sold for Rs 2.1 crore.",
        [("240", "other", "other"), ("21000000", "PKR", "money")],
    ),
    ("The stadium is laying 9,000 square yards of new turf.", [("9000", "other", "other")]),
    # class-left12: a glued "m" compared or before a target year when a level or height is measured
    (
        "Sea levels in the Bay of Bengal could rise another 0.8m by 2100.",
        [("0.8", "other", "other"), ("2100", "year", "date")],
    ),
    ("The floodwall will be rebuilt 1.2m higher than the old one.", [("1.2", "other", "other")]),
    (
        "The region could add another 2.4m residents by 2050.",
        [("2400000", "people", "count"), ("2050", "year", "date")],
    ),
    ("Sales were 1.2m higher than a year ago.", [("1200000", "count", "count")]),
    # late-units6: the hundredweight and the centilitre, and a mountain's height beside its name or
    # its noun, or glued before a noun of height
    (
        "The heifer, which weighed about 9cwt, sold for £1,450 at Carlisle mart.",
        [("9", "other", "other"), ("1450", "GBP", "money")],
    ),
    (
        "The distillery launched a 70cl bottle priced at £45.",
        [("70", "other", "other"), ("45", "GBP", "money")],
    ),
    ("Walkers reached the top of Ben Nevis (1,345m) by noon.", [("1345", "other", "other")]),
    (
        "The trail links the island's highest peaks, 2,310m and 2,452m.",
        [("2310", "other", "other"), ("2452", "other", "other")],
    ),
    ("Climbers set off for the 3,718m summit of Teide on Tenerife.", [("3718", "other", "other")]),
    ("Visitors can walk to the 80m Cascata waterfall from the village.", [("80", "other", "other")]),
    # class-discover-p: a forecast bulletin's sky opening its line ("Sunny, high 24") or a UV index
    # written "UV 6" makes a text of forecast lines, its bare highs and lows temperatures; a count of
    # grains or cells per unit of volume is a concentration; "GB" before persons is Great Britain
    (
        "Outlook: Saturday 9 May\nSunny, high 24, low 11. UV 6.",
        [("--05-09", "date", "date"), ("24", *OTHER), ("11", *OTHER), ("6", *OTHER)],
    ),
    ("Cloudy, max 14, min 6.", [("14", *OTHER), ("6", *OTHER)]),
    ("Sunny. Highs 21 to 24, lows 8 to 10.", [("21/24", *OTHER), ("8/10", *OTHER)]),
    ("Forecast: Rain at times, 3-8mm. High 14.", [("3/8", *OTHER), ("14", *OTHER)]),
    ("Tests counted 900 grains per cubic metre in the air on Monday.", [("900", *OTHER)]),
    ("Base: 1,650 GB adults, interviewed online.", [("1650", *PEOPLE)]),
    # late-carry8: the wet-bulb globe temperature, a heat index named by its letters or words; a cup of
    # a food measured out; the WBGT's "index" is no market's
    ("Outdoor work must stop at a WBGT of 32 or above.", [("32", *OTHER)]),
    ("Give the puppy three cups of kibble a day.", [("3", *OTHER)]),
    (
        "Clinic visits hit 40, up from 31, as the wet-bulb globe temperature index passed 30.",
        [("40", "count", "count"), ("31", "count", "count"), ("30", *OTHER)],
    ),
    # late-units9: a glued "m" in brackets after a named pass or col, and after a level of the air
    # (a freezing level, a snow line) and a preposition of height, is metres
    ("Cyclists crossed the Col du Tourmalet (2,115m) at noon.", [("2115", *OTHER)]),
    ("The bus route over Sani Pass (2,876m) reopened on Monday.", [("2876", *OTHER)]),
    ("The snow line is expected to fall to about 1,400m overnight.", [("1400", *OTHER)]),
    ("Rain will turn to snow as the freezing level drops below 700m.", [("700", *OTHER)]),
    # late-units10: a pattern's sizes in brackets before a unit, one measurement per size; a glued
    # "m" before a material ending its phrase or before a singular noun; a heart rate and a pace
    ("Knit the cuff until it measures 6 (7, 8) cm.", [("6", *OTHER), ("7", *OTHER), ("8", *OTHER)]),
    # tidy36: a size in brackets reads thousands groups
    ("The bag measures 950 (1,050) mm across.", [("950", *OTHER), ("1050", *OTHER)]),
    ("Finished length 920 (1,020, 1,120) mm.", [("920", *OTHER), ("1020", *OTHER), ("1120", *OTHER)]),
    ("KAYAK, 2.9m fibreglass, paddle included.", [("2.9", *OTHER)]),
    ("Police recovered a 5.5m aluminium boat from the estuary.", [("5.5", *OTHER)]),
    ("Her pulse settled at 62 beats a minute.", [("62", *OTHER)]),
    ("Keep your pulse between 110 and 125 bpm on easy runs.", [("110/125", *OTHER)]),
    ("The hills cost her 12 to 15 seconds a kilometre.", [("12/15", *OTHER)]),
    # late-units11: a glued "C" on a route's or gate's code is no temperature; a highs' pair stays
    ("Boarding for the ferry is now at gates 7A and 11C.", []),
    ("Highs of 29C and 27C are forecast for the coast.", [("29", *OTHER), ("27", *OTHER)]),
    # late-units15: gas flows in the doubled Roman thousand, radiation doses (a collective dose in
    # man-sieverts, a limit after it in the same unit), a yearly output after a slash, a spaced "m"
    # up a slope and a range of metres with its "m" once
    ("Flows fell to about 3.2 MMm3/d after the leak.", [("3.2", *OTHER, "million cubic metres per day")]),
    (
        "The crew's collective dose was 0.21 man-sievert, under the 0.4 limit, and no diver got more than 4 millisieverts.",
        [("0.21", *OTHER, "man-sievert"), ("0.4", *OTHER, "man-sievert"), ("4", *OTHER, "millisievert")],
    ),
    ("Residents near the fence get 1.2 mSv a year.", [("1.2", *OTHER, "millisievert")]),
    ("Output: 410 GWh/yr", [("410", *OTHER, "gigawatt_hour / year")]),
    ("The new track was cut 40 m uphill from the old one.", [("40", *OTHER, "meter")]),
    ("Its blades sweep a circle 126-128 m across.", [("126/128", *OTHER, "meter")]),
]
# look-alikes: unit words that are something else here
LOOK_ALIKES: list[tuple[str, Expected]] = [
    # late-units10: a glued "m" before a material and a plural or a noun of business counts millions
    ("The smelter shipped 1.2m aluminium ingots in May.", [("1200000", "count", "count")]),
    ("The shipbuilder won a 2.6m steel contract.", [("2600000", "count", "count")]),
    # late-clock: a market's close and a volume in millions after it, no tide named
    (
        "Shares closed at 14.58, 1.7m changing hands.",
        [("14.58", "count", "count"), ("1700000", "count", "count")],
    ),
    # class-names7: a railway's signal is passed, not hoisted; a stage of a lockdown with no water named
    # stays a name (as "Level 4 restrictions")
    ("The driver passed Signal No. 4 at danger near the junction.", []),
    ("Melbourne entered Stage 4 lockdown for six weeks.", [("6", "other", "duration")]),
    # class-shipping: "GT" after a car's model number is its grade, a spaced "L" with no pack a letter
    ("The Porsche 911 GT was the fastest car in the class.", []),
    ("The council shelved Plan 2 L after the vote.", []),
    # class-units6: a name or a state's code in capitals, not gigawatts or tonnes
    ("GW Pharmaceuticals shares jumped after the cannabis drug won approval.", []),
    ("The company has offices in Billings, MT and Boise, Idaho.", []),
    # class-looks2: a glued "m" is metres in a tide's bracket after its clock time, a swell, snow or a
    # depth reached, a body of water or its wall moved as a verb's object; millions with a sign, a
    # counted noun or no such words
    ("High water at Lerwick is at 06:12 (2.1m) and 18:40 (1.9m).", [("2.1", *OTHER), ("1.9", *OTHER)]),
    ("Low water 12:25 (0.4m).", [("0.4", *OTHER)]),
    ("Low tide 1.15pm (0.3m), then high tide 7.40pm (1.8m).", [("0.3", *OTHER), ("1.8", *OTHER)]),
    ("The show airs at 20:00 (1.2m viewers last week).", [("1200000", "people", "count")]),
    ("A swell of 3.5m is expected along the west coast on Sunday.", [("3.5", *OTHER)]),
    ("Snow depths reached 1.8m at the summit station overnight.", [("1.8", *OTHER)]),
    (
        "The surge pushed the river to 4.6m at the gauge, its highest since 2007.",
        [("4.6", *OTHER), ("2007", "year", "date")],
    ),
    (
        "The county will spend £2.4m on raising the sea wall by 0.5m.",
        [("2400000", "GBP", "money"), ("0.5", *OTHER)],
    ),
    ("The resort sold 1.2m lift passes last winter.", [("1200000", "count", "count")]),
    ("The harbour board put the repair bill at 1.5m euros.", [("1500000", "EUR", "money")]),
    # ... a reading of a scale named before, as a band's threshold or a later tremor
    (
        "Pollution readings on the AQI scale peaked at 387; anything over 300 triggers school closures.",
        [("387", *OTHER), ("300", *OTHER)],
    ),
    (
        "The quake measured 4.7 on the Richter scale; a second tremor of 3.9 followed at dawn.",
        [("4.7", *OTHER), ("3.9", *OTHER)],
    ),
    (
        "The tremor of 3.5 seconds was felt by 200 people.",
        [("3.5", "other", "duration"), ("200", "people", "count")],
    ),
    # class-scales: a category with no storm near is a class's name; a poll's points are percentage
    # points; points scored and points behind are counts; "a score of 3" names no scale; "score"
    # after an adverb is a verb
    ("Category 2 drugs face the strictest controls under the new law.", []),
    ("Labour's lead narrowed to 4 points in the latest poll.", [("4", "other", "percent_change")]),
    (
        "The team is 6 points behind the leaders with five games left.",
        [("6", "count", "count"), ("5", "count", "count")],
    ),
    ("The forward scored 27 points in the win over the Hawks.", [("27", "count", "count")]),
    ("They reached a score of 3 on Saturday.", [("3", "count", "count")]),
    ("Diamonds typically score between 50 and 70 on that scale.", [("50/70", "count", "count")]),
    # "meters" as devices: installed with the verb after them, or named by kind in their sentence;
    # not with a word of length after them
    (
        "Households pay through smart meters, and 5,700 meters have been installed so far.",
        [("5700", "count", "count")],
    ),
    ("About 2,730 meters were fitted last year.", [("2730", "count", "count")]),
    ("The smart meters sit 40 meters apart.", [("40", *OTHER)]),
    ("Crews have installed 300 meters of cable.", [("300", *OTHER)]),
    # a name's number before "by" and a length is no dimension; two sizes "by" each other are
    ("The firm will extend Berth 4 by 100 metres.", [("100", *OTHER)]),
    ("The hall is 13 by 24 metres.", [("13", *OTHER), ("24", *OTHER)]),
    # stones weigh only where the sentence weighs, or in a hyphened compound; else they are things
    ("The jeweller set 12 stones in the ring.", [("12", "count", "count")]),
    ("The pit's 12 stone cottages will be restored.", [("12", "count", "count")]),
    ("He lost 3 stone in a year.", [("3", *OTHER)]),
    ("The 20-stone prop scored.", [("20", *OTHER)]),
    # a body's feet after a possessive are no length; a length in feet is
    ("The dog's four feet were muddy.", [("4", "count", "count")]),
    ("The wall is two feet high.", [("2", *OTHER)]),
    # a word of basis with no unit after it, or before a span of time: no measurement
    (
        "The wet season brought 12 dry days and 5 net new jobs.",
        [("12", "days", "count"), ("5", "count", "count")],
    ),
    ("The 423 million long tons moved.", [("423000000", *OTHER)]),
    # millions before a thing's noun, or paid for a player: no height
    ("A 2.03m grant for the centre was approved.", [("2030000", "count", "count")]),
    ("The club paid $1.93m for the winger.", [("1930000", "USD", "money")]),
    # a film's certificate and a star rating are no television ratings
    ("The film got an 18 rating from the board.", [("18", "count", "count")]),
    # a capital "OR" outside a bracket, a "P" before a whole number: no ratio, no P value
    ("WIN OR LOSE, the team plays 2.5 games.", [("2.5", "count", "count")]),
    ("Group P = 3 members.", [("3", "people", "count")]),
    # millions before "from" and a noun that is no place stay millions
    ("It drew 2m visitors from the city.", [("2000000", "people", "count")]),
    ("The bank lent £800m from the fund.", [("800000000", "GBP", "money")]),
    # the air quality index: a range after its name, and readings in the sentence after it
    ("The city's AQI stayed between 310 and 390 all week.", [("310/390", "other", "other")]),
    (
        "The air quality index is published hourly. Five stations logged readings above 450.",
        [("5", "count", "count"), ("450", "other", "other")],
    ),
    # acidity, a data centre's power usage effectiveness, a grape must's sugar
    ("The pool water had a pH of 7.8.", [("7.8", "other", "other")]),
    ("Engineers target a PUE of 1.1 at the new site.", [("1.1", "other", "other")]),
    ("The fruit was picked at 12.35 Baumé.", [("12.35", "other", "other")]),
    ("Sauvignon blanc came in at 22.5 Brix.", [("22.5", "other", "other")]),
    # bacteria in a water sample; the base volume is no figure
    ("Samples held 2,860 cfu/100ml of enterococci.", [("2860", "other", "other")]),
    ("Tests found 640 colony-forming units per 100ml.", [("640", "other", "other")]),
    ("The run drops 2,735 vertical feet.", [("2735", "other", "other")]),
    # noise A-weighted, as noise studies write it
    # a limit, standard or guideline named after a measurement takes its unit, figures between
    (
        "Nitrate stood at 68 mg/l, above the legal limit of 50.",
        [("68", "other", "other"), ("50", "other", "other")],
    ),
    # ... as other desks name it: a maximum, a safe or permitted level, a threshold that "is"
    (
        "The lorry weighed 46 tonnes, above the legal maximum of 42.",
        [("46", "other", "other"), ("42", "other", "other")],
    ),
    (
        "Noise reached 94 decibels; the permitted threshold is 87.",
        [("94", "other", "other"), ("87", "other", "other")],
    ),
    (
        "The river rose 2 metres, and the maximum is 5 people per boat.",
        [("2", "other", "other"), ("5", "people", "count")],
    ),
    (
        "Ozone peaked at 212 micrograms per cubic metre, twice a standard of 100 and the 8-hour guideline of 60.",
        [
            ("212", "other", "other"),
            ("100", "other", "other"),
            ("8", "other", "duration"),
            ("60", "other", "other"),
        ],
    ),
    ("Noise reached 73 decibels, above the 55 limit.", [("73", "other", "other"), ("55", "other", "other")]),
    # ... or named as the subject of the next sentence, short after the measurement; not two sentences on
    (
        "Noise at the site reached 92 decibels on Friday. The legal limit is 85.",
        [("92", "other", "other"), ("85", "other", "other")],
    ),
    (
        "Water use hit 210 litres per person per day last summer. The target is 150.",
        [("210", "other", "other"), ("150", "other", "other")],
    ),
    (
        "Noise at the site reached 92 decibels on Friday. Crews left at noon. The legal limit is 85.",
        [("92", "other", "other"), ("85", "count", "count")],
    ),
    # ... but not a limit with its own noun
    (
        "The river rose 2 metres; the council set a target of 40 homes.",
        [("2", "other", "other"), ("40", "count", "count")],
    ),
    # a harvest in hectolitres, as Europe's wine and olive-oil producers state it
    (
        "Spain made 33.9 million hectolitres (hl) of wine, against 35.2 million hl.",
        [("33900000", "other", "other"), ("35200000", "other", "other")],
    ),
    # an index's reading past a bracket or a band's name in quotes
    (
        "Lahore's AQI (24-hour average) stood at 377 on Monday.",
        [("24", "other", "duration"), ("377", "other", "other")],
    ),
    ("The AQI was 'hazardous' at 433.", [("433", "other", "other")]),
    # "three-dart average" is no count of darts
    ("The league's three-dart average was 92.6.", [("92.6", "other", "other")]),
    (
        "Night flights reached 71dB(A), above the 57 dBA limit.",
        [("71", "other", "other"), ("57", "other", "other")],
    ),
    # avalanche forecasts: the danger level and a slide's destructive size
    # degrees on slopes are angles, also at a range's upper end
    ("Slides start on slopes between 30 and 45 degrees.", [("30/45", "other", "other")]),
    (
        "Forecasters put the avalanche danger at Level 4 on the five-level scale.",
        [("4", "other", "other"), ("5", "count", "count")],
    ),
    ("The avalanche was rated D3, big enough to destroy a house.", [("3", "other", "other")]),
    ("A size 2 avalanche buried the road.", [("2", "other", "other")]),
    # a darts player's three-dart average
    # a place's reading after a superlative, and a band of the scale, when the index is named
    (
        "The UV index is high today. Darwin was the highest at 12 and Hobart the lowest at 6.",
        [("12", "other", "other"), ("6", "other", "other")],
    ),
    ("The AQI could ease into the 'moderate' range of 101-200.", [("101/200", "other", "other")]),
    # Delhi's air-pollution curbs by stage, and a beef animal's fat score
    ("The CAQM invoked Stage III of GRAP on Monday.", [("3", "other", "other")]),
    ("Curbs under GRAP Stage 4 stayed for 12 days.", [("4", "other", "other"), ("12", "days", "duration")]),
    (
        "Heavy cows in fat score 3 made 320c/kg.",
        [("3", "other", "other"), ("320", "other", "money")],
    ),
    (
        "In the darts final she averaged 101.47 and hit nine maximums.",
        [("101.47", "other", "other"), ("9", "count", "count")],
    ),
    # the same readings as other desks word them: the index with a place or a day before its verb,
    # "air quality readings", a Kp index's modal verb, a darts average before a verb or moved to a
    # level, an avalanche danger level in brackets or raised to
    ("The AQI in Multan was 286 on Friday.", [("286", *OTHER)]),
    ("Air quality readings above 350 were logged.", [("350", *OTHER)]),
    ("The Kp index may climb to 7 on Saturday.", [("7", *OTHER)]),
    ("In the darts semi-final, his average of 97.3 was his best.", [("97.3", *OTHER)]),
    ("In the darts final her average slipped to 89.2.", [("89.2", *OTHER)]),
    ("The avalanche danger stayed high (level 4) on lee slopes.", [("4", *OTHER)]),
    ("Avalanche risk was raised to level 3 on Sunday.", [("3", *OTHER)]),
    ("After the avalanche, the risk was 2 times higher on steep slopes.", []),
    # no avalanche, no darts: a numbered level and a plain average
    ("Phase 2 and Stage 3 of the metro opened.", []),
    ("Level 3 restrictions ended.", []),
    ("She averaged 24.5 points a game.", [("24.5", "other", "other")]),
    # "Rai" capitalised is a music or a name, not the Thai land measure
    ("The 3 Rai bands toured Oran.", [("3", "count", "count")]),
    ("The club paid 52 pounds for it.", [("52", "GBP", "money")]),
    # "and" without "between" joins no range; a capitalised abbreviation before a noun is a name
    ("The team walked one and two kilometres on alternate days.", [("2", *OTHER)]),
    ("The BCM meeting drew 40 members.", [("40", "people", "count")]),
    # "Mt" before a capitalised word is a mountain's name
    ("The convoy reached the 4,000 Mt Kenya camp.", [("4000", "count", "count")]),
    # a change in temperature, and a range, stay unsigned; pounds in prices stay money
    ("Highs dropped 4C overnight.", [("4", *OTHER)]),
    ("Expect 10-15C by noon.", [("10/15", *OTHER)]),
    ("Seats fell from 90 pounds to 65 after the final.", [("90", "GBP", "money"), ("65", "GBP", "money")]),
    ("Sterling gained, and the charity raised 2 million pounds.", [("2000000", "GBP", "money")]),
    # a standard race distance glued to "m" where nothing speaks of racing: no metres
    ("The firm raised 400m in new funding.", []),
    ("The fund ran up 400m in losses.", []),
    ("Its profit came in 400m below forecasts.", []),
    # "k" with no race is thousands; a race named with no number is no figure
    ("The clip drew 10k views.", [("10000", "count", "count")]),
    ("She ran a 5k to raise 5k for the ward.", [("5", *OTHER), ("5000", "count", "count")]),
    ("He finished a half-marathon in May.", []),
    ("It became a category one hurricane.", [("1", *OTHER)]),
    ("The category 2 winners were named.", [("2", "count", "count")]),
    ("In the 2016 Stone report.", [("2016", "year", "date")]),
    ("The talks lasted 48 hours.", [("48", "other", "duration")]),
    ("Take the 2 L train.", [("2", "count", "count")]),  # a spaced "L" is no litre
    # a short symbol after a number in words is a word of the sentence
    ("One in five adults smoke.", []),
    ("Those three category winners spoke.", [("3", "count", "count")]),
    ("He kept both feet on the ground and three points clear.", [("3", "count", "count")]),
    ("They met on 12 Miles Street.", []),
    ("The union TEU met in 2019.", [("2019", "year", "date")]),
    # a hyphen and a lone capital, or a name's letters, after a number: a name, no unit
    ("The airline flies the 737-MAX jets.", []),
    ("Pupils built a 3-D map.", []),
    # "MP" with no camera after it names members of parliament, not megapixels
    ("The government has a 16-MP majority.", []),
    ("A 20 MP bloc voted against.", [("20", "count", "count")]),
    ("A 3 x 10 grid.", [("3", "count", "count"), ("10", "count", "count")]),  # no exponent
    # a number word joined to a unit is a measurement, not a count of the unit
    ("She carried a five-pound bag.", [("5", *OTHER)]),
    ("They took a two-mile walk.", [("2", *OTHER)]),
    # points with no index named: percentage points of a poll, points scored in a game
    ("Her lead grew to 7 points in the poll.", [("7", "other", "percent_change")]),
    ("The Celtics scored 118 points at home.", [("118", "count", "count")]),
    # an index named, but the number before "at" counts something: no level
    ("The index tracks 500 firms at home.", [("500", "count", "count")]),
    # a ratio named, but a whole number or a counted noun: counts
    ("The ratio of staff to pupils was checked in 14 schools.", [("14", "count", "count")]),
    # class-bases: odds and colon ratios name no ratio's level (rules, table 8)
    ("Bookmakers quoted odds of 22,000 to 1 on the outsider.", []),
    ("The coalition partners agreed a 60:40 split of cabinet posts.", []),
    # a decimal in a sentence on a quake, but a percent, a ratio or a unit after it: no magnitude
    ("After the quake the firm posted a 3.5% rise.", [("3.5", "percent", "percent_change")]),
    ("After the quake, a 1 in 10 chance remained.", []),
    ("The quake hit a 2.5 hectare farm.", [("2.5", *OTHER)]),
    ("Under the new ratio rules, 3.5 million accounts may switch.", [("3500000", "count", "count")]),
    # "below zero" with no reading before it, or a fall below zero of something else
    ("Her balance fell 40 dollars below zero.", [("40", "USD", "money")]),
    ("It stayed below zero for 12 days.", [("12", "days", "duration")]),
    # "level" without an alert, and an alert without a level, read no scale
    ("Level 4 students sat 3 papers.", [("3", "count", "count")]),
    ("The alert went to 40 schools.", [("40", "count", "count")]),
    # a stage with no load-shedding in its sentence reads no scale
    ("Load-shedding ended. Stage 4 of the race had 150 riders.", [("150", "people", "count")]),
    # ... nor a stage in a story on a drought with no restrictions or watering in it
    ("The drought hit farms. Stage 4 of the race had 150 riders.", [("150", "people", "count")]),
    # the singular "degree" and the nouns made from units count, spaced from the number
    (
        "She took 2 degree courses, and the club sold 18 footers.",
        [("2", "count", "count"), ("18", "count", "count")],
    ),
    # "EF" and a digit with no tornado in the sentence is a name or code; an index with a percent moves
    ("The EF2 model sold 40 units.", [("40", "count", "count")]),
    ("The index rose 2% on Monday.", [("2", "percent", "percent_change")]),
    # "KP" without "index": a province's initials ("KP" for Khyber Pakhtunkhwa), no scale
    ("PESHAWAR - KP 5 districts reported floods.", [("5", "count", "count")]),
    # a social register's category is no storm reading
    ("Families placed in Category 2 of the social register get free care.", []),
    # "1.5m higher" with no length in metres in its sentence counts millions
    ("Sales were 1.5m higher than a year earlier.", [("1500000", "count", "count")]),
    # a seed's number and a railway signal's are no cyclone warnings
    ("The No. 8 seed won despite the storm.", []),
    ("Signal No 4 at the junction failed.", []),
    # ordinals in "st" are no stones; "at par" has no number
    ("The 1st and 21st entries were late.", []),
    ("The bonds were redeemed at par.", []),
    # a glued "m" with no furlongs after it is millions
    ("The 3m fund was closed.", []),
    # "high-octane" has no number; a price "per 5 amperes" gives its base no row
    ("It was a high-octane final, won by 2 goals.", [("2", "count", "count")]),
    ("Buses on routes 4A and 9B run late.", []),  # letters after route numbers: no amperes
    # ... a glued "m" after a noun that is no length, or a comparative that is none, is millions
    ("The firm made a loss of 3m last year.", []),
    ("It sold more than 200m shares.", [("200000000", "count", "count")]),
    # "close" and "closing" hold "lose" and "losing" but weigh nothing: pounds of money
    (
        "The college cut 90 posts to close a 14 million pounds gap.",
        [("90", "count", "count"), ("14000000", "GBP", "money")],
    ),
    ("Losing 30 pounds took her a year.", [("30", *OTHER)]),
    # ... below a figure that is no mark, a glued "m" stays millions
    ("Revenue came in 1.4m below forecasts.", [("1400000", "count", "count")]),
    # a glued "m" with no noun after it is metres when a body of water or its level moves or stands
    # at it ...
    ("The river rose 1.7m above normal.", [("1.7", *OTHER)]),
    ("Lake levels fell 0.3m in a week.", [("0.3", *OTHER)]),
    ("The river at Wexham peaked at 3.9m on Sunday.", [("3.9", *OTHER)]),
    ("Floodwaters have risen by 1.1m since Friday.", [("1.1", *OTHER)]),
    ("The sea level could rise 1m by 2100.", [("1", *OTHER), ("2100", "year", "date")]),
    # ... but not when something else is the subject, or a noun after it names what is counted
    # (the unemployed, a count in millions: rules, table 7's "m" with counts; audit5)
    ("The unemployment level rose 1.3m.", [("1300000", *PEOPLE)]),
    ("Water bills rose 3m in a year.", []),
    ("River freight rose 1.6m tonnes.", [("1600000", *OTHER)]),
    # ... or a river's set level, a level against such a mark, a tributary after an apposition, a
    # bank that holds water raised by it, or a level move in a sentence naming water and a length
    ("The alarm level at Kings Weir is 4.1m, the council says.", [("4.1", *OTHER)]),
    ("Its evacuation trigger is 7m.", [("7", *OTHER)]),
    ("The creek crested 0.6m above its warning level.", [("0.6", *OTHER)]),
    ("The Ohau Stream, a tributary, peaked at 2.7m on Monday.", [("2.7", *OTHER)]),
    ("The levees were raised by 1.5m after the storm.", [("1.5", *OTHER)]),
    (
        "The lake was dropping 4cm a day and should fall below 2.2m by Friday.",
        [("4", *OTHER), ("2.2", *OTHER)],
    ),
    # ... but a count's level, a sum raised or a count with no length beside it stays millions
    ("The sales level is 4.1m.", []),
    ("The fund was raised by 1.5m.", []),
    (
        "Visitors to the lake should rise to 2.2m by 2030.",
        [("2200000", "people", "count"), ("2030", "year", "date")],
    ),
    # "One <unit>" before another verb than a definition's is a quantity; a capitalised "Ping" after
    # a year is a name
    ("One tonne was seized at the port.", [("1", *OTHER)]),
    ("In 2019 Ping An hired 300 staff.", [("2019", "year", "date"), ("300", "people", "count")]),
    # cups outside a recipe are trophies; "FL" and "WS" outside flying and freight are other things
    ("The club has won four cups in six seasons.", [("4", "count", "count"), ("6", "other", "duration")]),
    ("The FL 250 mower went on sale.", []),
    ("The WS 200 guitar amplifier went on sale.", []),
    # "by" between a change and a count is no dimension
    ("The vote passed by 14 to 6.", [("14", "count", "count"), ("6", "count", "count")]),
    # the preposition after a spaced number is no inch
    ("Sales rose 5 in the first week.", [("5", "count", "count")]),
    # a resolution named "4K" or "8K" before words of video and screens is a format's name; the
    # kelvin's "K" is never read after a number, a thousand with a sign or a counted noun after it
    ("The studio films in 4K at 60 frames per second.", [("60", *OTHER)]),
    ("The new 8K television costs $3,000.", [("3000", "USD", "money")]),
    ("They raised $8K at the gala.", [("8000", "USD", "money")]),
    ("Nearly 4K fans were turned away.", [("4000", "people", "count")]),
    # ... while points scored in a game stay counts
    ("Okafor scored 31 in the game.", [("31", "count", "count")]),
    # ... not a file's size, in a sentence with no word of pressure
    ("The file is 950mb and the plan gives 50mb broadband.", []),
    # ... a number after "or" with a plural noun of its own counts that noun
    (
        "Those with a BMI of 40, or 12 patients in all, were seen.",
        [("40", *OTHER), ("12", "people", "count")],
    ),
    # a share price's low and an index's high in copy that states no degrees stay bare counts; a
    # bracketed "normal" after a count is no measure
    (
        "The shares hit a low of 42 before closing at 47.",
        [("42", "count", "count"), ("47", "count", "count")],
    ),
    ("Index high: 4,512 on Tuesday.", [("4512", "count", "count")]),
    # ... nor a share price's low in copy whose only degrees are a review's (no weather word)
    (
        "After a 360-degree review, its shares fell to a low of 42.",
        [("360", *OTHER), ("42", "count", "count")],
    ),
    (
        "It was 28 degrees. Sales should reach 40 by Monday and 52 on Tuesday.",
        [("28", *OTHER), ("40", "count", "count"), ("52", "count", "count")],
    ),
    (
        "The clinic saw 12 patients (normal 9) on a day of 30 degrees.",
        [("12", "people", "count"), ("9", "people", "count"), ("30", *OTHER)],
    ),
    # class-measures2: a glued "m" with no race, place or climb to make it metres stays a million
    ("Sales rose to 2m above the city target.", []),
    ("The final 150m of the loan was repaid in May.", []),
    ("The club owes over 1,600m to its lenders.", []),
    ("Give me two more C grades.", [("2", "count", "count")]),
    # class-measures3: sums and counts that move with no path, or against a figure, stay millions
    ("Audience figures plunged 2m after the finale.", []),
    ("Passenger numbers fell 2m from the previous year.", []),
    ("Exports dropped 2m into the red.", []),
    ("Labour were 2m ahead in the popular vote.", []),
    ("The club is 2m behind schedule on its stadium payments.", []),
    ("Subscribers rose 1.2m above the forecast.", [("1200000", "count", "count")]),  # accounts, millions
    ("The bank lowered its estimate 2m below the previous figure.", []),
    ("Pre-tax profit landed at 2.3m, in line with forecasts.", []),
    ("Viewing figures hovered at 4.2m, the broadcaster said.", [("4200000", "people", "count")]),
    # class-oldmoney: cents of money beside land, a land word as a name, a bushel in an idiom
    ("The shares closed 15 cents higher at $2.40.", [("15", "other", "money"), ("2.4", "USD", "money")]),
    (
        "The levy adds 5 cents of property tax per $100 of value.",
        [("5", "other", "money"), ("100", "USD", "money")],
    ),
    ("Mr Rai said the co-operative would meet again next month.", []),
    ("Don't hide your light under a bushel, the coach told the squad.", []),
    # class-ratelevels2: an issue's cover as a multiple is a reading "(unit: times covered)"; other
    # multiples and occasions are not
    (
        "The initial public offering was oversubscribed 8.3 times, the exchange said on Monday.",
        [("8.3", *OTHER)],
    ),
    (
        "Orders for the seven-year sukuk reached 5.2 times the amount offered.",
        [("7", "year", "duration"), ("5.2", *OTHER)],
    ),
    ("The retail tranche was covered 11.4 times on the final day of bidding.", [("11.4", *OTHER)]),
    ("Applications totalled 4.1 times the shares on offer, the lead manager said.", [("4.1", *OTHER)]),
    (
        "The treasury raised $750 million from the five-year bond, which was 3.4 times covered.",
        [("750000000", "USD", "money"), ("5", "year", "duration"), ("3.4", *OTHER)],
    ),
    ("The rights issue was three times oversubscribed.", [("3", *OTHER)]),
    ("Demand was 2.5 times the amount offered, the airline said.", [("2.5", *OTHER)]),
    ("He checks the share price 10 times a day.", [("10", "count", "count")]),
    ("The new terminal is three times the size of the old one.", []),
    ("The story was covered 3 times on the evening news.", [("3", "count", "count")]),
    ("Rents are now four times the amount tenants paid in 2010.", [("2010", "year", "date")]),
    # class-discover-b: a confidence interval after an estimate in a physical unit is in that unit;
    # an air quality index's mean; a benchmark named after the score; a second glued "m" compared
    # to a water level read in metres
    (
        "Weight fell by 3.4kg (95% CI, 2.2-4.6) more in the diet group.",
        [("3.4", *OTHER), ("95", "percent", "percentage_share"), ("2.2/4.6", *OTHER)],
    ),
    (
        "Diastolic pressure dropped 2.8 mmHg (95% confidence interval 1.5 to 4.1).",
        [("2.8", *OTHER), ("95", "percent", "percentage_share"), ("1.5/4.1", *OTHER)],
    ),
    ("Kathmandu's AQI averaged 164 last week, monitors showed.", [("164", *OTHER)]),
    ("The AQI registered 233 in Lahore on Tuesday.", [("233", *OTHER)]),
    ("The laptop scores 12,450 in Cinebench multi-core runs.", [("12450", *OTHER)]),
    (
        "The river Wye peaked at 4.8m at Hereford, 0.3m below its 1960 record.",
        [("4.8", *OTHER), ("0.3", *OTHER), ("1960", "year", "date")],
    ),
    (
        "The club spent £6.1m on players, £0.9m below its budget.",
        [("6100000", "GBP", "money"), ("900000", "GBP", "money")],
    ),
    # class-discover-f: a band of readings is no reading; a force named by a capitalised word is a name
    ("Temperatures will sit in the high 20s, with a chance of rain on Sunday.", []),
    ("Strong winds kept Air Force 1 on the ground at Andrews.", []),
    # late-units15: "man" after a number with no currency counts people; a range before "m" with no
    # length word after it stays millions
    ("Only 3 man and 2 women stayed on the boat.", [("3", "people", "count"), ("2", "people", "count")]),
    ("The fund raised £30-35m uphill from the start.", [("30000000/35000000", "GBP", "money")]),
    ("The Task Force 10 report on wind farms was published.", []),
    # class-labels4: a product named "UV" and a number; a storm's distance; a compass word before a
    # model's number; "Level N restrictions" with no scale of alerts named stays a name
    ("Buy UV 10 lamps for the terrarium.", [("10", "count", "count")]),
    ("The storm 10 miles offshore strengthened overnight.", [("10", *OTHER)]),
    ("Southwest 737 flights were grounded as the storm passed.", [("737", "count", "count")]),
    ("Auckland moved to Level 4 restrictions for 14 days.", [("14", "days", "duration")]),
    # class-names8: gold counted by the piece; money in sterling; a floor of a building; pounds paid
    (
        "The mint sold 750 gold coins and 375 gold bars last year.",
        [("750", "count", "count"), ("375", "count", "count")],
    ),
    ("The fund lost 925 sterling in fees.", [("925", "GBP", "money")]),
    ("The warning sign hangs at level 3 of the car park.", []),
    ("The club paid 8 million pounds for the striker, a record.", [("8000000", "GBP", "money")]),
    # class-kinds: a new clause after the ratio has its own subject
    ("The ratio fell, while cases rose to 40.", [("40", *PEOPLE)]),
]


@pytest.mark.parametrize(
    ("text", "expected"), ALL_EXAMPLES + LOOK_ALIKES, ids=case_ids("measures", ALL_EXAMPLES + LOOK_ALIKES)
)
def test_measurement_phrasings(text: str, expected: Expected):
    assert figures_of(text, expected) == expected


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        ("Winds of 90 miles per hour.", "mile / hour"),
        ("A 6.3 magnitude quake.", "magnitude"),
        ("The USGS put the magnitude at 6.1.", "magnitude"),
        ("Dozens of aftershocks followed, the largest a 5.2, officials said.", "magnitude"),
        ("An aftershock measuring 4.8 struck at dawn.", "magnitude"),
        ("The tremor cracked a 7.5-metre wall.", "meter"),
        ("Arsenic in the wells reached 62 parts per billion.", "ppb"),
        ("A Category 3 hurricane.", "category"),
        ("The agency set the alert level at 4.", "alert level"),
        ("The Kp index hit 6 overnight.", "Kp index"),
        ("Delhi's AQI was 312 on Monday.", "air quality index"),
        ("A tornado rated EF-3 hit the town.", "Enhanced Fujita scale"),
        ("The lorry made a 90-degree turn.", "degree"),
        ("Players trained in 14-degree cold.", "degree_Celsius"),
        ("He hit a 52-yarder.", "yard"),
        ("Tonight's low is 7 degrees below zero.", "degree_Celsius"),
        ("The reservoirs held 6,120 mcft.", "million cubic feet"),
        ("The cement works emitted 2.3 MtCO2e.", "million tonnes of CO2 equivalent"),
        ("Growers reaped 61 bushels an acre.", "bushel / acre"),
        ("The mill bought 900 quintals.", "quintal"),
        ("The dam releases 150 megalitres a day.", "megaliter / day"),  # a flow (fixwalk40-a)
        ("A 765 kV line opened.", "kilovolt"),
        ("The park adds 80 MWp.", "megawatt"),
        ("Exports fell to 31 bcm.", "billion cubic metres"),
        ("The state bought 20,000 metric tonnes.", "metric_ton"),
        ("The new train adds 7.8 mtpa of capacity.", "million tonnes per annum"),
        ("Egypt imported 9.5 bcm of gas.", "billion cubic metres"),
        ("The field holds 13 tcf of gas.", "trillion cubic feet"),
        ("The plant burns 240 MMscfd.", "million standard cubic feet per day"),
        ("Buyers took 3.1 million MMBtu.", "million British thermal units"),
        ("Wells yield 80 cubic feet a minute.", "foot ** 3 / minute"),  # a flow (fixwalk40-a)
        ("It cut rates by 25 basis points.", "basis point"),
        ("The 31-year-old left.", "years of age"),
        ("Vets treated a nine-week-old kitten.", "weeks of age"),
        ("The foal is four days old.", "days of age"),
        ("A 36-hour-old calf.", "hours of age"),
        ("A six-month-old boy.", "months of age"),
        ("It took six months.", "month"),
        ("A 5 sen dividend.", "sen"),
        ("The Hang Seng index closed at 25,289.", "index point"),
        ("The services PMI slipped to 49.1.", "index point"),
        ("Reefs passed 6 DHW in March.", "degree heating week"),
        ("Her credit score rose to 702.", "score point"),
        ("Under the points system the course needs 480 points.", "scheme point"),
        ("The bid-to-cover ratio fell to 2.92.", "ratio"),
        ("The range is between 18kHz and 20kHz.", "kilohertz"),
        ("The yard moved 9.1 million TEU.", "twenty-foot equivalent unit"),
        ("A 5-MW turbine.", "megawatt"),
        ("A 48-MP camera.", "megapixel"),
        ("The barge took 1,500 long tons.", "long_ton"),  # a composed range keeps it
        ("It has a 1.6l engine.", "liter"),
        ("Bake for 40min.", "minute"),
        ("A 2.998×10−8 m/s drift.", "meter / second"),
        ("The chip uses a 3nm process.", "nanometer"),
        ("The ferry turned back 6nm from port.", "nautical_mile"),
        ("The smelter produced 600 kt of aluminium.", "kilometric_ton"),
        ("The yacht sailed at 12 kt.", "knot"),
        ("She wore an 18kt gold ring.", "karat"),
        ("She wore an 18K gold ring.", "karat"),
        ("The field pumped 1.2 Mb/d.", "million barrels per day"),
        ("The plant burns 1.1 MMt of coal.", "megametric_ton"),
        ("The field holds 46 MMbbl.", "million barrels"),
        ("The bars are of 999.9 fine gold.", "millesimal fineness"),
        ("The bars are of 99.99 fine gold.", "fineness"),
        ("The coins are of .999 fine silver.", "fineness"),
        ("Chains of 916 gold.", "millesimal fineness"),
        ("The rocket makes 7.6 million pounds of thrust.", "force_pound"),
        ("Forecasters issued a level 3 warning.", "alert level"),
        ("Flows averaged 40 mcm/d.", "million cubic metres per day"),
        ("The card writes at 90 MB/s.", "megabyte / second"),
        ("The hatch uses 4.9L/100km.", "litres per 100 kilometres"),
        ("The engine makes 380Nm.", "meter * newton"),
    ],
)
def test_every_other_row_names_its_measure(text: str, measure: str):
    frame = extract_figures(article_from_text(text, "case"))
    assert frame["unit"].tolist() == ["other"] and frame["measure"].tolist() == [measure]


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        ("Lows of 5F tonight, then wind chills of 30 below zero.", "degree_Fahrenheit"),
        ("It was minus 12 degrees Fahrenheit (minus 24 Celsius).", "degree_Fahrenheit"),
        ("Highs of 31 degrees Celsius, or 88 Fahrenheit.", "degree_Celsius"),
        ("It was 40 below zero.", "degree_Celsius"),
    ],
)
def test_a_bare_temperature_is_in_the_scale_the_article_names_first(text: str, measure: str):
    assert weather_readings.scale_named_first(text) == measure


def test_rows_with_a_fixed_unit_have_no_measure():
    frame = extract_figures(article_from_text("It gave $5M to 40 villages in 2023, 12% more.", "case"))
    assert set(frame["measure"]) == {""}


def test_time_units_and_ambiguous_words_are_not_measurements_here():
    assert unit_readings.reading("hours", weighs=False) == ""
    assert unit_readings.reading("m", weighs=False) == ""
    assert unit_readings.reading("pounds", weighs=False) == ""
    assert unit_readings.reading("pounds", weighs=True) == "pound"
    assert unit_readings.reading("km", weighs=False) == "kilometer"


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        ("They cut their calorie intake by 500 a day.", "kilocalorie"),
        ("They waited many hours by 500 a day.", ""),  # time units name nothing here
        ("The team scored 500 in the end.", ""),
        ("Their calorie intake fell by 4, 500 a day.", ""),  # a number, not the unit word, is last
        ("Their calorie intake fell by (500 a day).", ""),  # so is a sign
    ],
)
def test_clause_measure_is_the_unit_word_before_a_bare_number(text: str, measure: str):
    assert measures.clause_measure(scanner_of(text), text.index("500")) == measure


_PIECE = st.sampled_from(
    ("2", "2.998", "1,5", " ", "", "×", "x", "X", "10", "^", "**", "−8", "-3", "²³", "⁻", "a")
)


@given(st.lists(_PIECE, max_size=7).map("".join), st.lists(_PIECE, max_size=7).map("".join))
def test_scientific_numbers_are_tried_wherever_they_can_match(a: str, b: str):
    for body in (a, b, a + "x10^" + b, a + " × 10" + b):
        for run in N.RE_DIGIT_RUN.finditer(body):
            if N.RE_SCIENTIFIC.match(body, run.start()):
                assert unit_readings.SCIENTIFIC_FOLLOWERS(N.follower(body, run.start()))


_QUAKE_PIECES = st.sampled_from(
    ["a", "an", "A", "measuring", "measured", "unmeasured", "Iran", "mega", " ", "  ", "\n", "\u00a0"]
    + ["5.4", "6.1", "15.4", "5.41", "5.4.", "7", ",", ".", ";", ")", "struck", "and", "x"]
)


@given(st.lists(_QUAKE_PIECES, max_size=12).map("".join))
def test_bare_magnitudes_are_what_the_pattern_finds_in_the_whole_text(text: str) -> None:
    digits = [start for start, _, _ in N.digit_runs(text)]
    found = [(m.span(), m.group("num")) for m in scale_readings.bare_magnitudes(text, digits)]
    assert found == [(m.span(), m.group("num")) for m in scale_readings.RE_MAGNITUDE_BARE.finditer(text)]


def test_a_bare_magnitude_after_an_article_or_measuring() -> None:
    text = "an aftershock measuring 5.2 struck, and then a  6.1; not Iran 5.4 nor mega 4.4."
    digits = [start for start, _, _ in N.digit_runs(text)]
    assert [m.group("num") for m in scale_readings.bare_magnitudes(text, digits)] == ["5.2", "6.1"]


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        ("Knit the cuff until it measures 6 (7, 8) cm.", ["6", "7", "8) cm"]),
        ("The bag measures 950 (1,050) mm across.", ["950", "1,050) mm"]),
        ("Finished length 920 (1,020, 1,120) mm.", ["920", "1,020", "1,120) mm"]),
    ],
)
def test_each_size_in_brackets_is_quoted_to_its_own_number(text: str, quotes: list[str]) -> None:
    """tidy36: a bracketed size's quote ends where its number ends, the last's where the unit ends."""
    assert list(extract_figures(article_from_text(text, "case")).quote) == quotes


def test_a_range_below_zero_has_both_ends_below_zero():
    """ "15-20 degrees below zero": a range of readings, -20 to -15 (a range is no single number to negate)."""
    assert figures_of("Overnight the gauge read 15-20 degrees below zero.") == [("-20/-15", "other", "other")]
