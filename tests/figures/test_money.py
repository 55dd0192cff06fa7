"""Money from the CLDR vocabulary (analysis/figures/money.py and its readers in
currency_signs.py, exchange_rates.py, money_subjects.py and old_money.py)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from analysis.article import article_from_text
from analysis.extract import extract_figures
from analysis.figures import currency_signs, exchange_rates, money, money_subjects, rate_bases

from .corpus import Expected, case_ids, figures_of, scanner_of

ALL_EXAMPLES: list[tuple[str, Expected]] = [
    # late-units12: a price per person glued to "pp"; a cap on a clause's own subject after a price
    # takes no currency
    (
        "Four nights in Porto are from £389pp, and a week in Crete from £1,049pp.",
        [("4", "other", "duration"), ("389", "GBP", "money"), ("1049", "GBP", "money")],
    ),
    # a group's size capped counts its people (late-kinds12, as p1011's "groups are capped at 24")
    ("Entry costs €12; tours are limited to 15.", [("12", "EUR", "money"), ("15", "people", "count")]),
    # fixwalk33-c: "kroner" is shared (DKK, NOK): the article's country settles it (a demonym, a
    # dateline, a place); with no evidence it is the usual one, DKK (rules, table 3; as "rupees": INR)
    ("The Norwegian fund will spend 4.5 billion kroner on housing.", [("4500000000", "NOK", "money")]),
    ("The museum's ticket now costs 180 kroner.", [("180", "DKK", "money")]),
    # class-names7: ... a price in riyals after a verb of price stays money
    ("A ticket on the flight cost QR 632 to Doha.", [("632", "QAR", "money")]),
    # class-pastmoney: a currency name shared by currencies past and present, read as the one the
    # article's country used in the year the sentence names (CLDR through Babel); today's without one
    (
        "The flat in Lisbon's Alfama district sold for 18 million escudos in 1995.",
        [("18000000", "PTE", "money"), ("1995", "year", "date")],
    ),
    (
        "A coffee in Praia costs 100 escudos, the Cape Verdean statistics institute said.",
        [("100", "CVE", "money")],
    ),
    (
        "The Dutch cabinet set aside 2.5 billion guilders for the dikes in 1995.",
        [("2500000000", "NLG", "money"), ("1995", "year", "date")],
    ),
    ("In Curaçao, a litre of petrol now costs 2.30 guilders.", [("2.3", "XCG", "money")]),
    # class-units7: ... and with no year, the one the country once used where it uses none of them
    # today; a town opening its sentence before a place's noun, or naming its region ("Kano
    # State"), gives the country of a letter sign or a shared name
    (
        "Amsterdam's city council set aside 12 million guilders for the canal bridges.",
        [("12000000", "NLG", "money")],
    ),
    (
        "Rotterdam port authorities raised harbour dues to 4 million guilders a year in 1989.",
        [("4000000", "NLG", "money"), ("1989", "year", "date")],
    ),
    (
        "The Kano State House of Assembly passed a budget of N1.2 trillion for 2027 on Tuesday.",
        [("1200000000000", "NGN", "money"), ("2027", "year", "date")],
    ),
    ("Kaduna residents will pay N4,500 a month for water.", [("4500", "NGN", "money")]),
    # class-names8: ... or a town opening its sentence before its persons, a trade's words between
    ("Stavanger oil workers were offered a rise of 3,000 kr a month.", [("3000", "NOK", "money")]),
    ("Odense bus drivers rejected a rise of 1,100 kr a month.", [("1100", "DKK", "money")]),
    ("Jinja boda boda riders now pay Sh5,000 a day for parking.", [("5000", "UGX", "money")]),
    ("Delta State officials said contractors were owed N38 billion.", [("38000000000", "NGN", "money")]),
    (
        "Paris bakers raised the price of a baguette to 4.20 francs in 1998.",
        [("4.2", "FRF", "money"), ("1998", "year", "date")],
    ),
    (
        "A season ticket at Standard Liège in Belgium cost 9,000 francs in 1996.",
        [("9000", "BEF", "money"), ("1996", "year", "date")],
    ),
    (
        "Luxembourg's budget for 1997 ran to 180 billion francs.",
        [("1997", "year", "date"), ("180000000000", "LUF", "money")],
    ),
    ("The Geneva canton will spend 40 million francs on the new tram line.", [("40000000", "CHF", "money")]),
    (
        "A Swiss watchmaker in Biel posted sales of 1.2 billion francs in 1999.",
        [("1200000000", "CHF", "money"), ("1999", "year", "date")],
    ),
    (
        "In 1993 the Frankfurt office block fetched 12 million marks.",
        [("1993", "year", "date"), ("12000000", "DEM", "money")],
    ),
    (
        "Bayer shares rose 3 marks to 85 marks in Frankfurt trading in 1998.",
        [("3", "DEM", "money"), ("85", "DEM", "money"), ("1998", "year", "date")],
    ),
    ("In Sarajevo, a monthly tram pass costs 53 marks.", [("53", "BAM", "money")]),
    (
        "A pint of stout in Dublin cost about two punts in 1998.",
        [("2", "IEP", "money"), ("1998", "year", "date")],
    ),
    ("A Helsinki tram ticket cost 10 markkaa in 1999.", [("10", "FIM", "money"), ("1999", "year", "date")]),
    (
        "In 1962 a pint of milk in Leeds cost 9 old pence.",
        [("1962", "year", "date"), ("9", "other", "money")],
    ),
    # ... "marks" and "punts" with a plain number, no price and no year: scores and kicks
    ("In Sarajevo she scored 85 marks in the exam.", [("85", "count", "count")]),
    ("The Dublin team averaged 41 yards on six punts.", [("41", "other", "other"), ("6", "count", "count")]),
    # ... and pounds of nuts weigh, wherever the story is
    ("The recipe calls for 2 pounds of almonds.", [("2", "other", "other")]),
    # class-carried7: a row label's own money in brackets on a line of its own, its figures after it
    ("Dividend per share (sen): 18.5", [("18.5", "other", "money")]),
    ("Net profit per share (cents) 42.7", [("42.7", "other", "money")]),
    ("Revenue (RM million): 412", [("412000000", "MYR", "money")]),
    # class-discover-m: ... or its figures listed after the colon, a name or a year before each
    (
        "Advertising revenue (£m): 2023 1,790; 2024 1,760.",
        [
            ("2023", "year", "date"),
            ("1790000000", "GBP", "money"),
            ("2024", "year", "date"),
            ("1760000000", "GBP", "money"),
        ],
    ),
    # class-carried7: a retired currency's sign after a year when it was tender, wherever the story
    # is from, or in an article about its country; the old lire's plurals
    (
        "In 1998 the board paid each of the 340 dockers who left IR£12,000.",
        [("1998", "year", "date"), ("340", "people", "count"), ("12000", "IEP", "money")],
    ),
    (
        "Under the 1987 plan, each of the 1,100 miners received DM24,000 in severance.",
        [("1987", "year", "date"), ("1100", "people", "count"), ("24000", "DEM", "money")],
    ),
    (
        "In 1995 each of the 85 workers at the Hamrun plant was paid Lm3,200 in compensation.",
        [("1995", "year", "date"), ("85", "people", "count"), ("3200", "MTL", "money")],
    ),
    (
        "In 1997 the state paid each of the 400 steelworkers FF150,000 to leave.",
        [("1997", "year", "date"), ("400", "people", "count"), ("150000", "FRF", "money")],
    ),
    ("The Valletta shipyard paid Lm3,200 to each worker, Malta's archives show.", [("3200", "MTL", "money")]),
    ("In 1996 a seat at La Scala cost 90,000 lire.", [("1996", "year", "date"), ("90000", "ITL", "money")]),
    # late-names: a rand range with a scale word is no road's code
    ("The fund holds R2-3 billion for the roads.", [("2000000000/3000000000", "ZAR", "money")]),
    # class-discover-c: the dollar, the euro or sterling moving against another currency, then the
    # level it reached: in the currency after "against", save the dollar against the euro (dollars)
    (
        "The dollar rose 0.4% against the yen to 149.85, while the euro was flat at $1.0915.",
        [("0.4", "percent", "percent_change"), ("149.85", "JPY", "money"), ("1.0915", "USD", "money")],
    ),
    (
        "The euro slipped 0.2% against the Swiss franc to 0.9412 in Zurich trading.",
        [("0.2", "percent", "percent_change"), ("0.9412", "CHF", "money")],
    ),
    ("The dollar fell against the euro to 1.0874 after the jobs report.", [("1.0874", "USD", "money")]),
    ("The rupee fell against the dollar to 83.42 in Mumbai.", [("83.42", "INR", "money")]),
    # class-doubled: a sum written in words in capitals, as contracts and court orders write it, then
    # in figures in brackets: two mentions, the words read as prose writes them
    (
        "The successful bidder will be required to furnish a performance bond of Fifty Thousand Dollars"
        " ($50,000.00) before work begins.",
        [("50000", "USD", "money"), ("50000", "USD", "money")],
    ),
    (
        "The estate shall pay the sum of Two Hundred Thousand Pounds (£200,000) to the trust, the judge"
        " ordered.",
        [("200000", "GBP", "money"), ("200000", "GBP", "money")],
    ),
    # class-names3: an ISO code glued to a one- or two-digit number in an article about no country
    # of its currency is a name ("COP29"); with a scale, a price's unit or in its country, money
    (
        "Delegates at COP29 in Baku agreed a finance goal of $300 billion a year by 2035.",
        [("300000000000", "USD", "money"), ("2035", "year", "date")],
    ),
    ("The Colombian government spent COP29 billion on roads in Bogota.", [("29000000000", "COP", "money")]),
    ("Oil traded at USD5 a barrel in Baku.", [("5", "USD", "money")]),
    ("A GBP50 fine was imposed in Lagos.", [("50", "GBP", "money")]),
    ("Nairobi traders paid GBP50 each.", [("50", "GBP", "money")]),
    # class-weights: "N grand" is thousands of the article's money (USD with no country); the
    # German mark as news wrote it; a bare "pounds" in Gibraltar or the Falklands is sterling, as
    # "£" there is, while "Gibraltar pounds" keep their code
    ("The Tennessee dealer said he sold the truck for 50 grand in cash.", [("50000", "USD", "money")]),
    ("Police in Leeds said the gang had been paid 20 grand for each delivery.", [("20000", "GBP", "money")]),
    ("He owes the bookmaker 5 grand.", [("5000", "USD", "money")]),
    ("She has won 24 grand slams in her career.", [("24", "count", "count")]),
    (
        "In 1990 a worker in Leipzig earned about 1,200 Deutsche marks a month.",
        [("1990", "year", "date"), ("1200", "DEM", "money")],
    ),
    ("The merger was valued at 3 billion deutschmarks.", [("3000000000", "DEM", "money")]),
    ("Pupils who scored 65 marks or more in the Kenya Certificate exam qualify.", [("65", "count", "count")]),
    (
        "The Gibraltar court fined the skipper 4,000 pounds for the smuggling offence.",
        [("4000", "GBP", "money")],
    ),
    ("Gibraltar's court fined him 900 Gibraltar pounds.", [("900", "GIP", "money")]),
    ("In Stanley, Falkland Islands, a tin of coffee now costs 6 pounds.", [("6", "GBP", "money")]),
    # ... but a list of one sign with a noun of money after it is money
    (
        "JOHANNESBURG - He paid the R50 and the R20 fees.",
        [("50", "ZAR", "money"), ("20", "ZAR", "money")],
    ),
    (
        "PRETORIA - The bank issued the R5, R10 and R20 coins.",
        [("5", "ZAR", "money"), ("10", "ZAR", "money"), ("20", "ZAR", "money")],
    ),
    # a line in capitals, or a headline-style line, reads its currency and money words as prose does
    ("PROVINCE SECURES RS. 30 MILLION GRANT FOR ROADS", [("30000000", "INR", "money")]),
    ("Tax On Fuel Rises By 3 Cents A Litre", [("3", "other", "money")]),
    # a compound number of money, in digits (with Indian scales) or in words
    (
        "The city budget was set at 12 crore 40 lakh rupees for the coming year.",
        [("124000000", "INR", "money")],
    ),
    (
        "The charity raised two million five hundred thousand euros for the appeal.",
        [("2500000", "EUR", "money")],
    ),
    # a decimal comma before a currency's name written after the amount
    (
        "BRATISLAVA - Fuel costs 1,93 euros a litre, up 3,1 percent.",
        [("1.93", "EUR", "money"), ("3.1", "percent", "percent_change")],
    ),
    ("The rent is 2,500 euros a month.", [("2500", "EUR", "money")]),
    (
        "MAPUTO, Mozambique - The deal is worth 640 million MT (about $10 million).",
        [("640000000", "MZN", "money"), ("10000000", "USD", "money")],
    ),
    (
        "MAPUTO, Mozambique - The government owes 12 billion MT to suppliers.",
        [("12000000000", "MZN", "money")],
    ),
    # a letter sign's one-digit amount before a noun of money paid, a change or a coin stays money
    ("LUANDA - A Kz 5 rise in fares angered drivers.", [("5", "AOA", "money")]),
    ("MUMBAI - The Rs 2 coin is rare.", [("2", "INR", "money")]),
    # a glued letter sign's plain amount before a noun of money paid; a range's low end after a verb of
    # paying; a decimal comma before a sign written after the amount
    ("MASERU, Lesotho - Vehicles on the A1 road must pay a M20 toll.", [("20", "LSL", "money")]),
    (
        "MAPUTO, Mozambique - Teachers earn between 9,000 MT and 14,000 MT a month.",
        [("9000/14000", "MZN", "money")],
    ),
    (
        "SARAJEVO - Bread costs 1,80 KM and a litre of milk 2,20 KM, up 6,5 percent.",
        [("1.8", "BAM", "money"), ("2.2", "BAM", "money"), ("6.5", "percent", "percent_change")],
    ),
    # a country's letter sign spaced from an amount with a scale word needs no price word; a
    # space-grouped amount is a full amount too
    ("GUATEMALA CITY - The tax agency collected Q 2.1 billion in March.", [("2100000000", "GTQ", "money")]),
    ("LUSAKA - The government borrowed K 3.5 billion from local banks.", [("3500000000", "ZMW", "money")]),
    ("LAGOS - A N 15 billion plan.", [("15000000000", "NGN", "money")]),
    ("MASERU, Lesotho - Farmers were paid M 3 200 per tonne of maize.", [("3200", "LSL", "money")]),
    # a glued letter sign's amount with cents after a decimal comma
    ("MBABANE, Eswatini - A bread roll now costs E2,50.", [("2.5", "SZL", "money")]),
    # Mozambique's "MT" before an amount, and after one that a verb of paying or fining names or that
    # closes a pair
    ("MAPUTO, Mozambique - A bag of cement costs MT 650.", [("650", "MZN", "money")]),
    ("MAPUTO, Mozambique - The fine ranges from MT 5,000 to MT 50,000.", [("5000/50000", "MZN", "money")]),
    ("MAPUTO, Mozambique - The council fined the firm 250,000 MT.", [("250000", "MZN", "money")]),
    (
        "MAPUTO, Mozambique - A loaf rose from 10 MT to 12 MT.",
        [("10", "MZN", "money"), ("12", "MZN", "money")],
    ),
    # a plain low end before a full amount in the same sign written after it
    ("MOSTAR - Fines range from 200 KM to 1,500 KM.", [("200/1500", "BAM", "money")]),
    # a change made "by" an amount "to" a new level, each with its sign: two rows (not when uncertain)
    ("The allowance rises by €1 to €2.95 a week.", [("1", "EUR", "money"), ("2.95", "EUR", "money")]),
    ("Parking went up by £1.35 to £6 an hour.", [("1.35", "GBP", "money"), ("6", "GBP", "money")]),
    ("Fares could rise by €1 to €2.", [("1/2", "EUR", "money")]),
    # ... but a prize with a scale, or a price of a thing named after "shot", is money
    ("The $2 million favourite for buyers was a flat.", [("2000000", "USD", "money")]),
    ("He bought a $40 shot glass.", [("40", "USD", "money")]),
    # a "by the numbers" line in dollars: the colon stands between the amount and its currency
    (
        "The fair in numbers\n- 13.85: dollars, the price of a day pass\n- 2.4 million: dollars spent on the grounds",
        [("13.85", "USD", "money"), ("2400000", "USD", "money")],
    ),
    ("A Lusaka vendor sells charcoal at K 140 a bag.", [("140", "ZMW", "money")]),
    # Finland's "snt" for the euro's cents; Kazakhstan's monthly calculation index as a unit of account, there only; Bosnia's "KM"
    ("In Tampere, power averaged 7.3 snt per kilowatt-hour.", [("7.3", "other", "money")]),
    ("In Kazakhstan, littering now draws a fine of 30 MCI.", [("30", "other", "money")]),
    ("Iran's operator put up 40 MCI towers.", [("40", "count", "count")]),
    ("In Bosnia, the levy is KM 300 a year.", [("300", "BAM", "money")]),
    ("Sarajevo's canton set aside KM 4.5 million for roads.", [("4500000", "BAM", "money")]),
    ("A Bosnian pensioner gets 640 KM a month.", [("640", "BAM", "money")]),
    ("In Bosnia, a bus ticket costs 3 KM.", [("3", "BAM", "money")]),
    # one group after a point, after the sign of a currency whose amounts have no decimals, groups thousands
    ("In Paraguay, a kilo of pork costs Gs. 38.000.", [("38000", "PYG", "money")]),
    (
        "Jakarta: the fare rose to Rp 12.000 from Rp 9.500.",
        [("12000", "IDR", "money"), ("9500", "IDR", "money")],
    ),
    ("Paraguay paid Gs. 2.300 million for the bridge.", [("2300000000", "PYG", "money")]),
    ("In Indonesia, the rupiah slid to Rp 16.120 per dollar.", [("16120", "IDR", "money")]),
    # "per" keeps a unit that is of something ("per quintal of maize"); a plain amount spaced from its letter sign when both priced and paid
    ("In Guatemala, millers pay Q85 to Q95 per quintal of wheat.", [("85/95", "GTQ", "money")]),
    ("Brent rose to $81 per barrel of crude.", [("81", "USD", "money")]),
    # ... and the glued size of the bag is a row (class-units6, as p663's "per 46-kilogram quintal")
    ("In Zambia, traders sell at K 240 per 25kg bag.", [("240", "ZMW", "money"), ("25", "other", "other")]),
    # "N-pound" before a noun of money is pounds of money
    ("He found a 20-pound note in London.", [("20", "GBP", "money")]),
    ("She paid a 50-pound fine.", [("50", "GBP", "money")]),
    # class-measures3: a price that went up or higher by pounds is money, not a weight
    ("The price of lamb went 5 pounds higher this week.", [("5", "GBP", "money")]),
    # a spaced letter sign before a price in cents after "at"
    ("Zambia's millers sell a 25kg bag at K 310.50.", [("25", "other", "other"), ("310.5", "ZMW", "money")]),
    # a range of two amounts each with a country's letter sign; Myanmar's "Ks" after an amount
    ("The Gambia's traders charge D200-D250 per bag.", [("200/250", "GMD", "money")]),
    ("In Zambia, a bag costs K350-K380.", [("350/380", "ZMW", "money")]),
    ("Myanmar's pump price of diesel rose to 2,850 Ks a litre.", [("2850", "MMK", "money")]),
    # a country's letter sign spaced from a full amount that is priced
    ("In Zambia, maize costs K 97,400 a tonne.", [("97400", "ZMW", "money")]),
    ("In Gambia, a fine of D 25,000 was imposed.", [("25000", "GMD", "money")]),
    ("LAGOS - Fuel sells at N 1,050.50 per litre.", [("1050.5", "NGN", "money")]),
    # a rate after a pair in codes and a verb of reaching; tomans with a scale word, kept as stated; a country named only by its currency; "Nu" with a plain number only in Bhutan
    ("In Laos, the LAK/USD rate crossed 21,860.", [("21860", "LAK", "money")]),
    # class-discover-h: a markets box's line labelled by a currency pair alone
    (
        "Currencies\n- EUR/JPY: 163.42\n- USD/ZAR: 18.31",
        [("163.42", "JPY", "money"), ("18.31", "ZAR", "money")],
    ),
    ("Rent in the capital rose to 9 million tomans.", [("9000000", "other", "money")]),
    ("A loaf costs 5,000 tomans.", [("5000", "other", "money")]),
    ("The naira fell to N1,500 against the dollar.", [("1500", "NGN", "money")]),
    ("Traders said the kyat weakened to K4,500 per dollar.", [("4500", "MMK", "money")]),
    ("Thimphu: a ticket costs Nu. 50.", [("50", "BTN", "money")]),
    # the DR Congo, Korea and West Africa named as their own press names them; "won" with its object is the verb
    ("DR Congo's treasury raised 2,370 FC in bonds.", [("2370", "CDF", "money")]),
    ("The DRC's bakers sell a loaf at 1,200 FC.", [("1200", "CDF", "money")]),
    ("Senegalese growers were paid 340 FCFA per kilogramme.", [("340", "XOF", "money")]),
    ("In Korea, a stamp costs 430 won.", [("430", "KRW", "money")]),
    (
        "Of the 30 bills tabled in Seoul, 12 won approval.",
        [("30", "count", "count"), ("12", "count", "count")],
    ),
    ("The ministry set aside 2.4 billion shekels.", [("2400000000", "ILS", "money")]),
    # scale words capitalised after digits, in headline-style lines and South Asian copy
    ("The Club Signs A $45 Million Sponsorship Deal With A Bank", [("45000000", "USD", "money")]),
    ("The council approved Rs 450 Crore for flood defences.", [("4500000000", "INR", "money")]),
    ("The firm raised 15 million Canadian dollars.", [("15000000", "CAD", "money")]),
    ("Farmers lost KSh4.2 billion.", [("4200000000", "KES", "money")]),
    ("The project costs RM120 million.", [("120000000", "MYR", "money")]),
    # an exchange rate quoted per one unit of another currency after a slash: the base is no amount
    ("The rupee ended at Rs 281/US$1 on Friday.", [("281", "INR", "money")]),
    ("Tickets cost $5/$1 for children.", [("5", "USD", "money"), ("1", "USD", "money")]),
    # the South Asian scale words above crore
    ("Kathmandu's metro plan costs NRs 4.2 arba.", [("4200000000", "NPR", "money")]),
    ("Japan unveiled a ¥48.5-trillion package.", [("48500000000000", "JPY", "money")]),
    ("The company paid $2,500,000 for the site.", [("2500000", "USD", "money")]),
    ("Apple is worth $1.8T.", [("1800000000000", "USD", "money")]),
    ("The price of this book is 100 ₡", [("100", "CRC", "money")]),
    ("Exports fell to hk $ 10.05 billion .", [("10050000000", "HKD", "money")]),
    ("A $5 fee.", [("5", "USD", "money")]),
    ("They laundered RM3.06mil from victims.", [("3060000", "MYR", "money")]),
    ("A ticket costs R18 in Durban.", [("18", "ZAR", "money")]),
    # a number word joined to a currency name
    ("She found a five-dollar bill.", [("5", "USD", "money")]),
    ("The firm withdrew its one-yen bid.", [("1", "JPY", "money")]),
    # a possessive "s" or the end of "u.s" before a spaced "$" marks no country's dollar
    ("it was the band ' s $ 500 million deal .", [("500000000", "USD", "money")]),
    ("the prize is u.s $ 100,000 .", [("100000", "USD", "money")]),
    ("he paid S $ 5 for it .", [("5", "SGD", "money")]),
    ("The lira loan was TRY 5 billion.", [("5000000000", "TRY", "money")]),
    ("The fine was 7.5 million Danish crowns.", [("7500000", "DKK", "money")]),
    # a name in capitals; letter signs written after the amount
    ("It lists at 2,100,000 YEN.", [("2100000", "JPY", "money")]),
    ("A beer costs 45 kr in Copenhagen, Denmark.", [("45", "DKK", "money")]),
    ("It cost 50 zł in Warsaw.", [("50", "PLN", "money")]),
    # the British financial press's Nordic crowns, the Nepali press's two rupees, Zimbabwe Gold
    (
        "The brewer is worth DKr61bn and paid SKr2.4bn.",
        [("61000000000", "DKK", "money"), ("2400000000", "SEK", "money")],
    ),
    ("Its Oslo unit lost NKr310mn.", [("310000000", "NOK", "money")]),
    (
        "Traders paid IRs8 a unit, and the authority earned NRs 3 billion.",
        [("8", "INR", "money"), ("3000000000", "NPR", "money")],
    ),
    ("A bus fare rose to ZiG25.", [("25", "ZWG", "money")]),
    # the Malaysian press's "bil" beside its "mil", Vietnam's quadrillions, and the ZiG by name
    (
        "KUALA LUMPUR: The line will cost RM4.5bil, up from RM800mil.",
        [("4500000000", "MYR", "money"), ("800000000", "MYR", "money")],
    ),
    ("HANOI - Public investment reached VND2.3 quadrillion.", [("2300000000000000", "VND", "money")]),
    ("HARARE - The ZiG traded at 27.1 to the US dollar.", [("27.1", "ZWG", "money")]),
    # a money range glued by a dash, the scale on the second amount or on both
    (
        "Repairs will cost £20-25m, or €2m-3m a year.",
        [("20000000/25000000", "GBP", "money"), ("2000000/3000000", "EUR", "money")],
    ),
    # ... and with no scale at all: the sign on the first amount only
    (
        "Seats cost £5-6 a head, rooms R800-1,200 a night.",
        [("5/6", "GBP", "money"), ("800/1200", "ZAR", "money")],
    ),
    # the Vietnamese dong's letter after the amount, and its name with its diacritics
    (
        "A bowl of noodles costs 45,000đ, or 50,000 đồng downtown.",
        [("45000", "VND", "money"), ("50000", "VND", "money")],
    ),
    ("He won 3 ALL.", [("3", "count", "count")]),
    # a code that is an English word in capitals, before a plain number: no money (a count here)
    ("ALL 5 answers were wrong.", [("5", "count", "count")]),
    # exchange rates: the currency named before the rate, quoted against the one after it
    ("LAGOS - The naira traded at 1,530 to the dollar.", [("1530", "NGN", "money")]),
    ("The rupee closed at 83.25 against the U.S. dollar.", [("83.25", "INR", "money")]),
    ("The Swiss franc firmed to 0.94 per euro.", [("0.94", "CHF", "money")]),
    # ... against any currency after "to the" or "against the", and a second rate of the same
    # currency after the first one's base
    ("The dong traded at 3,400 to the Chinese yuan.", [("3400", "VND", "money")]),
    (
        "The riel stood at 4,050 to the US dollar and 118 to the Thai baht.",
        [("4050", "KHR", "money"), ("118", "KHR", "money")],
    ),
    (
        "The rupee closed at 83.2 to the dollar and 90.1 against the euro.",
        [("83.2", "INR", "money"), ("90.1", "INR", "money")],
    ),
    # a bare name plain elsewhere ("real") is the article's country's currency
    ("SAO PAULO, Brazil - The real ended at 5.42 per dollar.", [("5.42", "BRL", "money")]),
    # a second exchange rate compared with the first by the noun "rate", no scale written
    (
        "The parallel market rate was 1,715 naira to the dollar, against an official rate of 1,530.",
        [("1715", "NGN", "money"), ("1530", "NGN", "money")],
    ),
    (
        "The Ghanaian cedi opened at 9.3 per dollar, against its previous close of 9.1.",
        [("9.3", "GHS", "money"), ("9.1", "GHS", "money")],
    ),
    # a currency named with a possessive: the currency, or the country's own
    ("The yuan's midpoint was set at 7.1 per dollar.", [("7.1", "CNY", "money")]),
    (
        "Brazil's real weakened 1.2% to 5.48 per dollar.",
        [("1.2", "percent", "percent_change"), ("5.48", "BRL", "money")],
    ),
    # "it" opening the rate's clause: the currency the sentence before named
    (
        "The Mauritian rupee has lost about 4% against the dollar this year. It traded at 45.2 per dollar on"
        " Friday, compared with 41.9 at the start of the year.",
        [("4", "percent", "percent_change"), ("45.2", "MUR", "money"), ("41.9", "MUR", "money")],
    ),
    ("The Canadian dollar traded at 1.37 per U.S. dollar.", [("1.37", "CAD", "money")]),
    # a rate with its base left out: the currency stands right before a verb of where it stands
    ("The Indian rupee hit a record low of 88.94.", [("88.94", "INR", "money")]),
    ("The Australian dollar rose to 0.6612.", [("0.6612", "AUD", "money")]),
    # "N" glued to an amount is the naira in a Nigerian article (with a scale, decimals or grouping)
    ("ABUJA - The state pledged N15 billion for roads.", [("15000000000", "NGN", "money")]),
    ("Traders in Lagos said a sack of beans now sells for N67,350.", [("67350", "NGN", "money")]),
    ("LAGOS - The bank lent N2.5bn to farmers.", [("2500000000", "NGN", "money")]),
    ("LAGOS - Domestic debt rose to N64.8trn.", [("64800000000000", "NGN", "money")]),
    # a plain amount after a grouped one in the same sentence carries the sign ("from N960")
    (
        "LAGOS - Stations raised diesel to N1,120/litre from N960.",
        [("1120", "NGN", "money"), ("960", "NGN", "money")],
    ),
    # ... but not two digits ("N95 masks"), nor past the sentence's end
    ("LAGOS - Nurses paid N1,500 for N95 masks.", [("1500", "NGN", "money")]),
    ("LAGOS - The N1,135 fare rose. Then the N300 road shut.", [("1135", "NGN", "money")]),
    ("TOKYO - The budget is 3.4 trln yen.", [("3400000000000", "JPY", "money")]),
    # a minor unit of a named country's currency
    ("The Australian dollar fell to 71.42 US cents.", [("71.42", "other", "money")]),
    # "P" glued to an amount is the peso in a Philippine article, on the same terms
    ("MANILA, Philippines - The fund released P3.7 billion in grants.", [("3700000000", "PHP", "money")]),
    ("DAVAO CITY, Philippines - Each farmer gets P45,000.", [("45000", "PHP", "money")]),
    # "crowns" alone is the crown of the article's country (Copenhagen: DKK; Oslo: NOK)
    ("COPENHAGEN - The brewer earned 4.1 billion crowns.", [("4100000000", "DKK", "money")]),
    ("OSLO (Wire) - Fares rose to 89 crowns.", [("89", "NOK", "money")]),
    # "CFA francs" without the region: the CFA franc of the article's country, else the West African one
    ("DAKAR, Senegal - A sack of onions costs 12,500 CFA francs.", [("12500", "XOF", "money")]),
    ("YAOUNDE, Cameroon - Fuel rose to 840 CFA francs a litre.", [("840", "XAF", "money")]),
    ("The levy is 500 CFA francs per passenger.", [("500", "XOF", "money")]),
    # the IMF's special drawing right (ISO 4217 XDR), as sign or name
    ("The fund approved SDR 530 million for Jordan.", [("530000000", "XDR", "money")]),
    ("It holds 2.1 billion special drawing rights.", [("2100000000", "XDR", "money")]),
    # "Re", one rupee: the face value of a share
    ("MUMBAI - Each share has a face value of Re 1.", [("1", "INR", "money")]),
    # "paisa", as Pakistan's press writes the minor unit for any number
    ("KARACHI - The rupee lost 14 paisa.", [("14", "other", "money")]),
    # the East African shilling signs as each country's press prints them, and the cedi with a cent sign
    ("KAMPALA, Uganda - The council released Shs1.8 billion for roads.", [("1800000000", "UGX", "money")]),
    ("KAMPALA - Traders paid USh 45,000 for a bag.", [("45000", "UGX", "money")]),
    ("DAR ES SALAAM - Tanzania's board set aside TSh12 billion.", [("12000000000", "TZS", "money")]),
    ("ACCRA, Ghana - The fare rose to GH¢12.50 on Monday.", [("12.5", "GHS", "money")]),
    ("The assembly spent GH¢3.4 million on drains.", [("3400000", "GHS", "money")]),
    # dollars marked with their country's letters, which CLDR prints as a bare "$"
    ("KINGSTON - The court fined him J$2.5 million.", [("2500000", "JMD", "money")]),
    ("PORT OF SPAIN - Diesel costs TT$4.97 a litre.", [("4.97", "TTD", "money")]),
    ("WINDHOEK - The drought fund holds N$600 million.", [("600000000", "NAD", "money")]),
    # a bare rate after the currency's move in minor units: the rate of that currency
    (
        "KARACHI - The rupee gained 6 paisa against the dollar in interbank trade to settle at 279.4.",
        [("6", "other", "money"), ("279.4", "PKR", "money")],
    ),
    # a range in number words, the scale word written once after the second end, scales both
    ("The fine could reach two to three million euros.", [("2000000/3000000", "EUR", "money")]),
    ("Repairs will cost between four and five billion dollars.", [("4000000000/5000000000", "USD", "money")]),
    ("The tickets cost five to six hundred dollars.", [("500/600", "USD", "money")]),
    # signs in other scripts quoted in English copy, after the amount or before it
    ("A bowl of noodles now costs 38元 in the city.", [("38", "CNY", "money")]),
    ("The fee rose to 1,200円 this spring.", [("1200", "JPY", "money")]),
    ("She borrowed 250,000 ரூ from a cousin.", [("250000", "LKR", "money")]),
    ("A coconut sells for ரூ.180 at the market.", [("180", "LKR", "money")]),
    # the Ghana cedi with the cent sign or the cedi sign
    (
        "Farmers get GH¢150 per bag, against GH¢120 last season.",
        [("150", "GHS", "money"), ("120", "GHS", "money")],
    ),
    ("The levy raised GH₵2.4 billion.", [("2400000000", "GHS", "money")]),
    # East and Central African signs, the shilling's by the article's country
    (
        "KAMPALA - The budget is Shs52 trillion, and fees rose to USh50,000.",
        [("52000000000000", "UGX", "money"), ("50000", "UGX", "money")],
    ),
    ("NAIROBI - The levy is Shs200 per litre.", [("200", "KES", "money")]),
    ("DAR ES SALAAM - The loan is TSh1.2 trillion.", [("1200000000000", "TZS", "money")]),
    ("KIGALI - The project costs Rwf20 billion.", [("20000000000", "RWF", "money")]),
    ("DAKAR - The plan costs FCFA 500 billion.", [("500000000000", "XOF", "money")]),
    ("WINDHOEK - Tickets cost N$150.", [("150", "NAD", "money")]),
    ("ADDIS ABABA - Fuel costs Br80 a litre.", [("80", "ETB", "money")]),
    # Cyrillic lev and rouble abbreviations, and the rial sign, quoted in English copy
    (
        "A coffee costs 3.50 лв in the capital and 90 руб in Moscow.",
        [("3.5", "BGN", "money"), ("90", "RUB", "money")],
    ),
    ("TEHRAN - Bread costs ﷼50,000.", [("50000", "IRR", "money")]),
    # a number word and a half before a scale word
    ("The firm raised three and a half billion dollars.", [("3500000000", "USD", "money")]),
    # Middle Eastern and Gulf desks' letter signs: an amount anywhere, a plain number in their country
    ("RIYADH: The ministry awarded SR4.2 billion in contracts.", [("4200000000", "SAR", "money")]),
    ("RIYADH: Entry to the park costs SR 35.", [("35", "SAR", "money")]),
    ("JERUSALEM - Monthly rent rose to NIS 5,800.", [("5800", "ILS", "money")]),
    ("TEL AVIV - A bus ride now costs NIS 6.", [("6", "ILS", "money")]),
    ("ISTANBUL - Bread went up to TL 12.50 a loaf.", [("12.5", "TRY", "money")]),
    ("ANKARA - Pensions rose to 16,881 TL a month.", [("16881", "TRY", "money")]),
    ("DOHA - The ministry set aside QR1.8 billion for roads.", [("1800000000", "QAR", "money")]),
    ("KUWAIT CITY - Spending reached KD 24.5 billion.", [("24500000000", "KWD", "money")]),
    ("MANAMA - The airline lost BD 37.9 million.", [("37900000", "BHD", "money")]),
    ("MUSCAT - The port cost RO 210 million.", [("210000000", "OMR", "money")]),
    ("CAIRO - A subsidised loaf stays at LE 0.20.", [("0.2", "EGP", "money")]),
    # the Cyprus pound's signs in old amounts, the euro in brackets its own row
    (
        "Buyers paid CY£250,000 (about €427,000) for the villa.",
        [("250000", "CYP", "money"), ("427000", "EUR", "money")],
    ),
    ("The land was sold for C£40 million.", [("40000000", "CYP", "money")]),
    ("DUBAI - Tenants pay Dhs 62,000 a year.", [("62000", "AED", "money")]),
    ("BANGKOK - The cabinet approved a Bt3.2 trillion budget.", [("3200000000000", "THB", "money")]),
    ("BUCHAREST, Romania - A litre of diesel costs RON 7.35.", [("7.35", "RON", "money")]),
    ("ANKARA - The fine was raised to 2.4 million liras.", [("2400000", "TRY", "money")]),
    # the Levant's letter signs, the lira of Lebanon's press and the Uzbek som's spellings
    ("AMMAN - A bus ticket now costs JD0.650.", [("0.65", "JOD", "money")]),
    ("AMMAN - The tax office collected JD1.7 billion.", [("1700000000", "JOD", "money")]),
    ("IRBID - Each family receives JD 50 a month.", [("50", "JOD", "money")]),
    ("BEIRUT - A taxi ride now costs LL250,000.", [("250000", "LBP", "money")]),
    ("BEIRUT - The teachers' allowance is LL 9 million.", [("9000000", "LBP", "money")]),
    ("BEIRUT - The stamp fee rose to 300,000 lira.", [("300000", "LBP", "money")]),
    ("TASHKENT - A metro ride costs 2,000 soums.", [("2000", "UZS", "money")]),
    ("TASHKENT, Uzbekistan - The fund lent 640 billion sums to farmers.", [("640000000000", "UZS", "money")]),
    ("KABUL - The ministry spent Afs 2.3 billion on wells.", [("2300000000", "AFN", "money")]),
    ("MUSCAT - A litre of diesel rose by 5 baisas.", [("5", "other", "money")]),
    ("TASHKENT - The fare rose by 50 tiyin.", [("50", "other", "money")]),
    # the Middle East's and Asia's minor units, kept as stated
    ("RIYADH: The plant bid 1.17 halalas per kilowatt-hour.", [("1.17", "other", "money")]),
    ("ISTANBUL - Diesel rose by 95 kuruş a liter.", [("95", "other", "money")]),
    ("BANGKOK - Shares added 50 satang.", [("50", "other", "money")]),
    # digits joined to a currency name by a hyphen, a scale between or not: an amount
    ("BANGKOK - The 15-baht bus fare stays.", [("15", "THB", "money")]),
    ("BANGKOK - The 62.4-billion-baht line opens late.", [("62400000000", "THB", "money")]),
    ("DHAKA - The 500-taka note was redesigned.", [("500", "BDT", "money")]),
    # "K" glued to an amount is the kwacha in a Zambian or Malawian article, "MK" the Malawian
    # press's own mark, "P" the pula in a Botswana one (with a scale, decimals or grouping; or a
    # plain amount quoted per unit, or compared with an amount just read)
    (
        "LUSAKA, Zambia - The miners' union was paid K4.8 billion in arrears.",
        [("4800000000", "ZMW", "money")],
    ),
    ("NDOLA, Zambia - Fuel rose to K28.65 a litre.", [("28.65", "ZMW", "money")]),
    ("BLANTYRE, Malawi - A bag of sugar now sells for K9 500 in town.", [("9500", "MWK", "money")]),
    ("BLANTYRE, Malawi - Tomatoes fetch K800 per kilogramme at the market.", [("800", "MWK", "money")]),
    ("LILONGWE, Malawi - The council owes MK2.1 billion to suppliers.", [("2100000000", "MWK", "money")]),
    ("FRANCISTOWN, Botswana - The clinic cost P42 million to build.", [("42000000", "BWP", "money")]),
    ("MAUN, Botswana - The pula fell to P13.85 per dollar.", [("13.85", "BWP", "money")]),
    (
        "LUSAKA, Zambia - The kwacha slid to K26.10 from about K24 in March.",
        [("26.1", "ZMW", "money"), ("24", "ZMW", "money")],
    ),
    # "E" glued to an amount is the lilangeni in an article about Eswatini, "M" the loti in one about
    # Lesotho (their press writes no other sign for them)
    ("MANZINI, Eswatini - Bread now costs E26.15 a loaf.", [("26.15", "SZL", "money")]),
    ("MBABANE, Eswatini - The levy will raise E3.2 billion.", [("3200000000", "SZL", "money")]),
    ("MBABANE, Eswatini - Teachers asked for E8 400 a month.", [("8400", "SZL", "money")]),
    ("MASERU, Lesotho - The council spent M640 million on roads.", [("640000000", "LSL", "money")]),
    ("MASERU, Lesotho - Wool fetched M95 per kilogram this season.", [("95", "LSL", "money")]),
    # "MT" after an amount is the metical in an article about Mozambique, as a price only
    ("MAPUTO, Mozambique - A litre of diesel costs 88.50 MT in the city.", [("88.5", "MZN", "money")]),
    ("BEIRA, Mozambique - Water now costs 45 MT per cubic metre.", [("45", "MZN", "money")]),
    ("MAPUTO, Mozambique - Traders face fines of up to 20,000 MT.", [("20000", "MZN", "money")]),
    # ... and as a sum spent, invested or reserved: the verb before it, in the passive after it, or
    # "in" and a noun of what the sum is after it
    (
        "In Maputo, the finance ministry said 4.5 billion MT had been set aside for road repairs.",
        [("4500000000", "MZN", "money")],
    ),
    (
        "MAPUTO, Mozambique - Of that sum, 1.8 billion MT is earmarked for clinics.",
        [("1800000000", "MZN", "money")],
    ),
    (
        "QUELIMANE, Mozambique - The province will invest 600 million MT in ferries.",
        [("600000000", "MZN", "money")],
    ),
    (
        "MAPUTO, Mozambique - The state raised 95 billion MT in revenue last year.",
        [("95000000000", "MZN", "money")],
    ),
    # Eritrea's nakfa as Asmara's press writes it
    (
        "ASMARA, Eritrea - The new port fees will raise Nfa 120 million a year.",
        [("120000000", "ERN", "money")],
    ),
    ("Bidders in Eritrea pay a non-refundable fee of Nfa 200.", [("200", "ERN", "money")]),
    # ... also a plain amount right after a verb of price ("costs", "sells for", "fetched")
    ("KITWE, Zambia - A bag of mealie meal costs K295 this week.", [("295", "ZMW", "money")]),
    (
        "ZOMBA, Malawi - Vendors now charge K450 for a 2kg bag.",
        [("450", "MWK", "money"), ("2", "other", "other")],
    ),
    ("SEROWE, Botswana - A litre of diesel sells at P16.", [("16", "BWP", "money")]),
    # a number word before a minor unit's word: the minor unit ("rose five cents", "one halala")
    ("Diesel rose seven cents a litre.", [("7", "other", "money")]),
    ("Stamps went up twelve pence.", [("12", "other", "money")]),
    ("RIYADH - The tariff rises by one halala.", [("1", "other", "money")]),
    ("ACCRA - A sachet of water costs 30 pesewas.", [("30", "other", "money")]),
    # Morocco's dirham in capitals, and a code that is a word once the text has used it for money
    ("TANGIER, Morocco - A taxi ride costs DH 15 in the old town.", [("15", "MAD", "money")]),
    (
        "CASABLANCA, Morocco - The tram cost MAD 3.6 billion; a ticket costs MAD 8.",
        [("3600000000", "MAD", "money"), ("8", "MAD", "money")],
    ),
    # cents after a decimal comma in a price; a decimal comma before a large scale (a thousands
    # group has three digits)
    ("WINDHOEK - Residents pay N$27,85 per cubic metre.", [("27.85", "NAD", "money")]),
    ("A loaf costs R13,45 in Durban.", [("13.45", "ZAR", "money")]),
    ("WINDHOEK - The town spent N$3,4 million on roads.", [("3400000", "NAD", "money")]),
    ("JOHANNESBURG - The tender was worth R2,5bn.", [("2500000000", "ZAR", "money")]),
    # more of Africa's signs and names as its press writes them
    ("MAPUTO, Mozambique - The port paid 1.8 billion meticais in tax.", [("1800000000", "MZN", "money")]),
    ("KAMPALA, Uganda - The road will cost UShs 40 billion.", [("40000000000", "UGX", "money")]),
    ("LUANDA, Angola - The refinery earned Kz 12 billion.", [("12000000000", "AOA", "money")]),
    ("KIGALI, Rwanda - A permit costs Frw20,000.", [("20000", "RWF", "money")]),
    # the capitals of Southern Africa that CLDR's time-zone list lacks tell the article's country
    ("LILONGWE - Growers earned MK84 billion this season.", [("84000000000", "MWK", "money")]),
    ("NDOLA - A bag of mealie meal costs K310.40 now.", [("310.4", "ZMW", "money")]),
    # Ethiopia's "Birr" named before the amount
    ("ADDIS ABABA - The agency lent Birr 4.6 billion to exporters.", [("4600000000", "ETB", "money")]),
    # ... and "FRW" in capitals, before a plain number only in a Rwandan article
    ("KIGALI, Rwanda - Growers get FRW 410 per kilo of cherries.", [("410", "RWF", "money")]),
    ("HUYE, Rwanda - The council set aside FRW 3.2 billion.", [("3200000000", "RWF", "money")]),
    ("BUJUMBURA, Burundi - Sugar costs FBu 7,350 a kilo.", [("7350", "BIF", "money")]),
    # Djibouti's franc as its press writes it, before or after the amount
    ("DJIBOUTI - The port took a Fdj 4.2 billion credit for its cranes.", [("4200000000", "DJF", "money")]),
    ("DJIBOUTI - A bus ride across town costs 150 Fdj since May.", [("150", "DJF", "money")]),
    # "R" is the Seychelles rupee in a Seychellois article, the rand elsewhere
    ("VICTORIA, Seychelles - A kilo of red snapper sells for R72 at the quay.", [("72", "SCR", "money")]),
    ("DURBAN, South Africa - A kilo of hake sells for R72 at the quay.", [("72", "ZAR", "money")]),
    ("ANTANANARIVO, Madagascar - Vanilla sells at Ar 86,500 a kilo.", [("86500", "MGA", "money")]),
    ("FREETOWN, Sierra Leone - The council raised NLe 3 million.", [("3000000", "SLE", "money")]),
    ("MASERU, Lesotho - Nurses earn 8,400 maloti a month.", [("8400", "LSL", "money")]),
    ("DAKAR, Senegal - The budget is CFAF 7,150 billion.", [("7150000000000", "XOF", "money")]),
    # the CFA franc's letters after the amount, also before a full stop; the Zimbabwe dollar's marks
    ("YAOUNDE, Cameroon - The bridge cost 38 billion FCFA.", [("38000000000", "XAF", "money")]),
    ("DAKAR, Senegal - A bus ticket costs 350 FCFA in town.", [("350", "XOF", "money")]),
    # a thousands group of spaces with decimals before a scale word, as budget copy writes it
    ("LOME, Togo - Deputies passed a budget of 1 950.7 billion FCFA.", [("1950700000000", "XOF", "money")]),
    ("The airline's revenue reached 3 105.25 million euros.", [("3105250000", "EUR", "money")]),
    ("HARARE - The city collected ZWL$2.7 billion in rates.", [("2700000000", "ZWL", "money")]),
    ("HARARE - A bus fare was RTGS$850 last year.", [("850", "ZWL", "money")]),
    # a range with the letter sign written on both amounts and joined by a hyphen
    ("NAIROBI - Fares rose to Sh2,850-Sh3,150 a trip.", [("2850/3150", "KES", "money")]),
    ("DURBAN - Rooms cost R7,500-R11,250 a month.", [("7500/11250", "ZAR", "money")]),
    # a bare "$" after the article's first dollar amount marked as a country's own dollar is that
    # dollar (carried over); a conversion in brackets and a world price per ounce stay US dollars
    (
        "PORT OF SPAIN - The bank earned TT$210 million, against $188 million a year earlier.",
        [("210000000", "TTD", "money"), ("188000000", "TTD", "money")],
    ),
    (
        "SUVA - The council approved F$4.5 million for drains and $2 million for roads.",
        [("4500000", "FJD", "money"), ("2000000", "FJD", "money")],
    ),
    ("SUVA - A kilo of kava costs F$95 ($66).", [("95", "FJD", "money"), ("66", "USD", "money")]),
    (
        "KINGSTON - The fund holds J$3 billion, and gold traded at $2,400 an ounce.",
        [("3000000000", "JMD", "money"), ("2400", "USD", "money")],
    ),
    # the first dollar amount bare, two countries' dollars marked, or a bare "$" converting an
    # amount in brackets: a bare "$" is the US dollar
    (
        "TORONTO - The miner earned C$1.4 billion ($1 billion) and will spend $300 million.",
        [("1400000000", "CAD", "money"), ("1000000000", "USD", "money"), ("300000000", "USD", "money")],
    ),
    (
        "SUVA - The loan is $40 million, and F$12 million comes from the state.",
        [("40000000", "USD", "money"), ("12000000", "FJD", "money")],
    ),
    (
        "TORONTO - The C$2 billion deal and an A$1 billion bond came with $3 billion in debt.",
        [("2000000000", "CAD", "money"), ("1000000000", "AUD", "money"), ("3000000000", "USD", "money")],
    ),
    # Latin American peso marks and Chile's unit of account (UF, ISO code CLF)
    ("BOGOTA - A bus ticket now costs COP$3,000.", [("3000", "COP", "money")]),
    (
        "SANTIAGO - The flat sold for UF 3,750, or about Ch$150 million.",
        [("3750", "CLF", "money"), ("150000000", "CLP", "money")],
    ),
    ("SANTIAGO - The subsidy adds up to UF 180.", [("180", "CLF", "money")]),
    # Uruguay's press marks: the peso "$U", the US dollar "U$S", the indexed unit "UI" (ISO UYI)
    (
        "MONTEVIDEO - A bus ticket costs $U 52 and a taxi start $U 68.50, or about U$S 2.",
        [("52", "UYU", "money"), ("68.5", "UYU", "money"), ("2", "USD", "money")],
    ),
    (
        "MONTEVIDEO - Uruguay's housing agency lends up to UI 863,500, about $U 5.3 million.",
        [("863500", "UYI", "money"), ("5300000", "UYU", "money")],
    ),
    # the kina's "K", in an article about Papua New Guinea; a plain number only with a price unit
    (
        "PORT MORESBY - The council set aside K17.3 million, and market fees stay at K10 a day.",
        [("17300000", "PGK", "money"), ("10", "PGK", "money")],
    ),
    # a "$" amount that names its currency right after it: that currency, by the article's country
    ("SANTIAGO - The fare is $800 pesos.", [("800", "CLP", "money")]),
    ("MEXICO CITY - A ticket costs $5 pesos.", [("5", "MXN", "money")]),
    ("The fund has $2 billion dollars.", [("2000000000", "USD", "money")]),
    ("SEOUL - He bet $5 and won at cards.", [("5", "USD", "money")]),
    # the Caribbean's and the Pacific's marked dollars and pesos, and Kyiv's "Hr"
    ("CASTRIES, St Lucia - The port earned EC$42 million.", [("42000000", "XCD", "money")]),
    ("SANTO DOMINGO - Remittances reached RD$1.2 billion.", [("1200000000", "DOP", "money")]),
    ("HONIARA - The budget is SI$4.1 billion.", [("4100000000", "SBD", "money")]),
    ("GEORGE TOWN, Cayman Islands - The levy raised CI$3.2 million.", [("3200000", "KYD", "money")]),
    # late-units5: a dollar marked with the initials of its English name, with or without the D of
    # "dollar"; a mark several dollars share follows the article's country
    ("HAMILTON, Bermuda - Salaries start at BD$55,000 a year plus housing.", [("55000", "BMD", "money")]),
    (
        "MONROVIA, Liberia - Traders pay LD$500 a stall, rising to LD$650 in March.",
        [("500", "LRD", "money"), ("650", "LRD", "money")],
    ),
    ("BRIDGETOWN, Barbados - The levy adds BD$12 million plus fees.", [("12000000", "BBD", "money")]),
    ("TAIPEI - Fares rise to NTD$30 from Monday.", [("30", "TWD", "money")]),
    # a bare "$" compared right after a marked dollar amount in its clause is that dollar, even
    # when the article's first dollar is the US dollar
    (
        "KINGSTON - The US$90 million deal leaves J$2.6 billion for roads, up from $1.9 billion.",
        [("90000000", "USD", "money"), ("2600000000", "JMD", "money"), ("1900000000", "JMD", "money")],
    ),
    (
        "The US$5 million grant matches TT$30 million in bonds compared with $22 million before.",
        [("5000000", "USD", "money"), ("30000000", "TTD", "money"), ("22000000", "TTD", "money")],
    ),
    # ... but not a conversion, nor a comparison with a US dollar amount
    (
        "The US$4 million loan equals EC$10.6 million, or $4 million at par.",
        [("4000000", "USD", "money"), ("10600000", "XCD", "money"), ("4000000", "USD", "money")],
    ),
    (
        "The US$4 million loan follows US$3 million, up from $2 million before.",
        [("4000000", "USD", "money"), ("3000000", "USD", "money"), ("2000000", "USD", "money")],
    ),
    ("APIA - A fare costs WS$2.", [("2", "WST", "money")]),
    (
        "KYIV - The fund got Hr 3.6 trillion, and a loaf costs Hr 30.",
        [("3600000000000", "UAH", "money"), ("30", "UAH", "money")],
    ),
    # a plain amount after a letter sign: after a noun of money paid and "of", a change word and
    # "to" or "from", or joined to an amount before it
    ("PORT MORESBY - Hawkers risk fines of up to K300.", [("300", "PGK", "money")]),
    ("PORT MORESBY - Drivers want a rise to K3.", [("3", "PGK", "money")]),
    ("LAGOS - The fare rose from N50 to N70.", [("50", "NGN", "money"), ("70", "NGN", "money")]),
    # ... or the sum a verb of payment names, ending its clause or before "each"
    (
        "LAE: Police said 312 vendors had been fined K200 each since the market closed.",
        [("312", "people", "count"), ("200", "PGK", "money")],
    ),
    (
        "LUSAKA — The magistrate fined the four traders K750 each.",
        [("4", "people", "count"), ("750", "ZMW", "money")],
    ),
    (
        "GABORONE — Each of the 12 farmers was paid P800.",
        [("12", "people", "count"), ("800", "BWP", "money")],
    ),
    # ... whom the verb fines or pays, by their count, between the verb and the sum
    (
        "FRANCISTOWN — The council fined 23 hawkers P500 each.",
        [("23", "people", "count"), ("500", "BWP", "money")],
    ),
    # Barbados's dollar in capitals
    (
        "BRIDGETOWN, Barbados — Drivers caught using a phone face a fine of BDS$500 under the amended law.",
        [("500", "BBD", "money")],
    ),
    # a dateline's region after its town says where the story is filed: pounds in a story from
    # Virginia, Massachusetts or Alabama weigh, whatever the town's namesake in Egypt or England
    (
        "ALEXANDRIA, Va., Nov 30 (Reuters) - A federal jury convicted a contractor who billed the Army for"
        " 4,000 pounds of rations it never delivered.",
        [("--11-30", "date", "date"), ("4000", "other", "other")],
    ),
    (
        "CAMBRIDGE, Mass. (AP) — The campus food pantry handed out 12,000 pounds of groceries in October.",
        [("12000", "other", "other")],
    ),
    (
        "BIRMINGHAM, Ala. — The city's recycling drive collected 48,000 pounds of old electronics.",
        [("48000", "other", "other")],
    ),
    (
        "A cafe owner in Cairo, Ill., said she buys 40 pounds of catfish every Friday.",
        [("40", "other", "other")],
    ),
    (
        "ALEXANDRIA, Egypt — Bakers said a sack of flour now sells for 1,150 pounds, up from 900 pounds in March.",
        [("1150", "EGP", "money"), ("900", "EGP", "money")],
    ),
    # minor units of the crowns, the kina and the hryvnia
    ("STOCKHOLM - Power cost 92 öre per kilowatt hour.", [("92", "other", "money")]),
    ("PORT MORESBY - A bus ride costs 80 toea.", [("80", "other", "money")]),
    # Southern and East Africa's minor units: ngwee, tambala, thebe, lisente, santim
    ("NDOLA - A minibus ride went up by 40 ngwee.", [("40", "other", "money")]),
    ("ZOMBA - Salt rose 60 tambala a packet.", [("60", "other", "money")]),
    ("FRANCISTOWN - Milk rose 30 thebe a litre.", [("30", "other", "money")]),
    ("MASERU - A letter costs 70 lisente to post.", [("70", "other", "money")]),
    ("BAHIR DAR - The birr lost 45 santim in a week.", [("45", "other", "money")]),
    ("CHISINAU - A tram ticket costs 60 bani more.", [("60", "other", "money")]),
    ("SOFIA - Bread rose by 15 stotinki a loaf.", [("15", "other", "money")]),
    # the euro's cents named with the currency; the Balkans' denar and convertible mark; the qəpik
    ("VILNIUS - Heat now costs 9.4 euro cents a kilowatt-hour.", [("9.4", "other", "money")]),
    ("SKOPJE - The city borrowed 2.6 billion denars.", [("2600000000", "MKD", "money")]),
    ("MOSTAR - Each family gets 300 convertible marks.", [("300", "BAM", "money")]),
    ("GANJA - A bus ride costs 60 qəpik.", [("60", "other", "money")]),
    # a decimal comma after a lone zero, which no thousands group opens with
    ("KAUNAS - Power traded at 0,21 EUR/kWh at the peak.", [("0.21", "EUR", "money")]),
    ("KYIV - A loaf costs 30 hryvnias and 50 kopiykas.", [("30", "UAH", "money"), ("50", "other", "money")]),
    ("Iron ore traded at $110 a tonne.", [("110", "USD", "money")]),  # "ore" is no öre
    # "up by A to B" with B several times A: the change, then the new level
    ("PRAGUE - The toll goes up by CZK 20 to CZK 90.", [("20", "CZK", "money"), ("90", "CZK", "money")]),
    # the Nordic kronor's hundredths, a range too
    (
        "Each stream earns 2 to 3 öre, or 40 øre a month.",
        [("2/3", "other", "money"), ("40", "other", "money")],
    ),
    # cents glued as "c" before a unit ("c/kg", "c/L"), as Australian market copy prices stock and
    # fuel; a bare glued "c" in a sentence that prices that way
    ("Trade steers made 365c to 402c/kg at the Dubbo sale.", [("365/402", "other", "money")]),
    ("Unleaded petrol averaged 187.9c/L in Geelong.", [("187.9", "other", "money")]),
    (
        "Diesel rose 4.2c a litre to 201.9c.",
        [("4.2", "other", "money"), ("201.9", "other", "money")],
    ),
    (
        "The indicator slipped 8.5c to 590.75c/kg on Friday.",
        [("8.5", "other", "money"), ("590.75", "other", "money")],
    ),
    # grain futures in fractions of a cent joined by a hyphen
    (
        "Corn settled up 3-1/4 cents at $4.52-1/2 a bushel.",
        [("3.25", "other", "money"), ("4.525", "USD", "money")],
    ),
    ("Oats closed at $3.07-3/4 on Monday.", [("3.0775", "USD", "money")]),
    # a dashed range before a currency's name: one range of money, three digits or grouped too
    ("Tickets will cost 120-180 euros.", [("120/180", "EUR", "money")]),
    ("The rent is between 2,500-3,000 pesos.", [("2500/3000", "MXN", "money")]),
    ("Each stall pays 350\u2013600 rupiah a day.", [("350/600", "IDR", "money")]),
    # the Indian press's "cr" for crore, US financial copy's "MM" for million
    ("The start-up raised Rs 240 cr in its latest round.", [("2400000000", "INR", "money")]),
    ("The seed round brought in $3.5MM.", [("3500000", "USD", "money")]),
    # "kr." with its full stop before the amount, as Danish and Icelandic copy writes it; the
    # stop of a "kr." after an amount still ends its sentence
    ("In Copenhagen a coffee costs kr. 48.", [("48", "DKK", "money")]),
    # late-money8: a town of a thousand people or more decides a shared sign as its country's name
    # does (GeoNames' `cities1000`: Danish, Norwegian and Swedish island and harbour towns)
    ("A ferry ticket bought in Faaborg costs kr. 95 each way.", [("95", "DKK", "money")]),
    ("The fish shop in Stokmarknes sells cod at kr 160 a kilo.", [("160", "NOK", "money")]),
    ("A bus pass in Reykjavik costs kr. 8,700.", [("8700", "ISK", "money")]),
    ("The ticket costs 85 kr. 40 people bought one.", [("85", "SEK", "money"), ("40", "people", "count")]),
    # the sol with the stop Peru's press long wrote after its sign, and Argentina's peso mark
    ("In Arequipa the bus fare is S/. 2.80 per trip.", [("2.8", "PEN", "money")]),
    ("The parallel rate in Rosario reached AR$1,510.", [("1510", "ARS", "money")]),
    # cents glued as "c" in a price's words, as Irish and Australian copy writes them
    ("Diesel fell to 169.4c a litre in Cork.", [("169.4", "other", "money")]),
    ("The stock closed up 7c at $2.41.", [("7", "other", "money"), ("2.41", "USD", "money")]),
    # ... its cues read in its own sentence only: the weather of the next one does not unsay a price
    ("Diesel rose 3.1c a litre. Highs of 33c are forecast.", [("3.1", "other", "money")]),
    ("Heat will ease this week. Bank shares slipped 6c on Friday.", [("6", "other", "money")]),
    # the Kenyan shilling's plural sign
    ("The county owes suppliers Kshs1.8 billion.", [("1800000000", "KES", "money")]),
    # the wire's "dlrs" and "stg" after an amount
    ("The unit was sold for 42 mln dlrs.", [("42000000", "USD", "money")]),
    ("Pre-tax profit rose to 17.5 mln stg.", [("17500000", "GBP", "money")]),
    ("The upgrade will cost half-a-billion rand.", [("500000000", "ZAR", "money")]),
    # South and South-East Asian and Pacific desks' marks and names: the kyat's "Ks", the rufiyaa's
    # "Rf" and "MRf", Brunei's "B$", the vatu's "Vt", the pa'anga, Taiwan's and Mongolia's names
    ("In Mandalay, Myanmar, a sack of beans sold for Ks 64,500.", [("64500", "MMK", "money")]),
    ("Myanmar's ministry set aside Ks.120 billion for seed loans.", [("120000000000", "MMK", "money")]),
    ("A ferry ticket in Malé, Maldives, costs Rf 35.", [("35", "MVR", "money")]),
    ("The resort paid MRf 4.2 million in rent.", [("4200000", "MVR", "money")]),
    ("Brunei's budget for roads is B$310 million.", [("310000000", "BND", "money")]),
    ("In Port Vila, Vanuatu, a bus ride costs Vt150.", [("150", "VUV", "money")]),
    ("Tonga's levy is 12 pa'anga a head.", [("12", "TOP", "money")]),
    ("The chip maker earned 8.6 billion Taiwan dollars.", [("8600000000", "TWD", "money")]),
    ("Herders sold cashmere for 167,500 togrog a kilo.", [("167500", "MNT", "money")]),
    ("In Yangon 500 kyats bought a meal.", [("500", "MMK", "money")]),
    ("Household debt stands at RM1.5tril.", [("1500000000000", "MYR", "money")]),
    # a plain number before "won" is money in an article about Korea (its cities name it)
    ("In Busan, mackerel sold for 9000 won a kilo.", [("9000", "KRW", "money")]),
    # Manila's "Php" and the dong's "VNĐ"
    ("The agency got Php 1.2 billion.", [("1200000000", "PHP", "money")]),
    ("In Manila, a jeepney ride costs Php 13.", [("13", "PHP", "money")]),
    ("Funds of VNĐ1.2 trillion were set aside.", [("1200000000000", "VND", "money")]),
    # a rate after a currency pair of codes: in the quote currency, or the local one against the dollar
    ("The USD/THB rate ended at 36.42 on Friday.", [("36.42", "THB", "money")]),
    ("The LAK/USD rate stood at 21,840.", [("21840", "LAK", "money")]),
    ("EUR/USD slipped to 1.0735.", [("1.0735", "USD", "money")]),
    # letter signs with the stop of an abbreviation
    ("The fine is Nu. 5,000.", [("5000", "BTN", "money")]),
    ("He paid Tk. 500 in Dhaka.", [("500", "BDT", "money")]),
    ("It cost Rp. 5,000 in Jakarta.", [("5000", "IDR", "money")]),
    # the won's "W" in an article about Korea
    ("Hyundai posted a profit of W3.4 trillion, Seoul said.", [("3400000000000", "KRW", "money")]),
    # a dollar's or a peso's ISO code with the sign glued after it; Samoa's "SAT$"
    ("Fiji's grant was FJD$20m.", [("20000000", "FJD", "money")]),
    ("The trust gave TTD$4,000 to each school.", [("4000", "TTD", "money")]),
    ("The firm paid USD$5 million.", [("5000000", "USD", "money")]),
    # ... the tala and the pa'anga, once marked, are the bare "$" of their press, unless a
    # bracket converts into US dollars
    (
        "Apia's levy raised SAT$2 million. Shops pay $500 each.",
        [("2000000", "WST", "money"), ("500", "WST", "money")],
    ),
    (
        "Nuku'alofa's market got T$1.2 million. Stalls cost $40 a week.",
        [("1200000", "TOP", "money"), ("40", "TOP", "money")],
    ),
    # ... or when the first bare "$" amount names the tala or the pa'anga after it
    (
        "A clerk who took $3,200 tala from a church fund had repaid $400 by March.",
        [("3200", "WST", "money"), ("400", "WST", "money")],
    ),
    (
        "The choir raised $2.5 million pa'anga. Tickets sold for $15.",
        [("2500000", "TOP", "money"), ("15", "TOP", "money")],
    ),
    # ... but a bare "$" amount before no currency's name stays the US dollar
    (
        "A tourist paid $40 for a mat and $12 for a fan.",
        [("40", "USD", "money"), ("12", "USD", "money")],
    ),
    (
        "Apia's levy raised SAT$2 million ($615,000). Shops pay $500 each.",
        [("2000000", "WST", "money"), ("615000", "USD", "money"), ("500", "USD", "money")],
    ),
    # ... and their minor units: the chhertum, laari, seniti and sene
    ("The tariff rose by 40 chhertum a unit.", [("40", "other", "money")]),
    ("A bus ride costs 75 laari.", [("75", "other", "money")]),
    ("Stamps went up 50 seniti.", [("50", "other", "money")]),
    ("Bread costs 90 sene in Apia.", [("90", "other", "money")]),
    # a price "now" set against the one before it, with the same scale word: in its currency
    (
        "A sack used to cost 2 lakh kyats. Now the same sack is 2.6 lakh.",
        [("200000", "MMK", "money"), ("260000", "MMK", "money")],
    ),
    # the Gambian press's dalasi glued as "D"; Mauritius's "Rs" by its towns, with the long-scale
    # "milliards"; Tunisia's "MD" for millions of dinars; the CFA franc's "F CFA" and the
    # Congolese franc's "FC" after an amount
    ("BANJUL - The court fined the trader D25,000.", [("25000", "GMD", "money")]),
    ("BANJUL, The Gambia - The council approved a D1.4 billion budget.", [("1400000000", "GMD", "money")]),
    ("PORT-LOUIS - Bus fares rose to Rs 30.", [("30", "MUR", "money")]),
    ("CUREPIPE - The new market cost Rs 2.1 milliards.", [("2100000000", "MUR", "money")]),
    ("TUNIS - Date exports brought in 640.5 MD.", [("640500000", "TND", "money")]),
    ("SFAX, Tunisia - The port spent 35 MDT on new cranes.", [("35000000", "TND", "money")]),
    ("DAKAR - Onions sold at 600 F CFA per kilogram.", [("600", "XOF", "money")]),
    ("YAOUNDE - A bag of cement costs 5,450 F.CFA.", [("5450", "XAF", "money")]),
    ("KINSHASA - A taxi ride costs 3,000 FC.", [("3000", "CDF", "money")]),
    # units courts set fines in, kept as stated like a minor unit: Moldova's conventional units,
    # Australian penalty units
    ("CHISINAU - The court imposed a fine of 3,150 conventional units.", [("3150", "other", "money")]),
    ("He was fined 120 penalty units.", [("120", "other", "money")]),
    # Bosnia and Herzegovina's convertible mark as its press writes it, "KM" after or before the
    # amount, with a decimal comma; read only in a Bosnian article
    ("SARAJEVO - The average pension rose to 612 KM a month.", [("612", "BAM", "money")]),
    (
        "MOSTAR, Bosnia and Herzegovina - The canton will spend KM 4,5 million on school roofs.",
        [("4500000", "BAM", "money")],
    ),
    ("BANJA LUKA - Households will pay 0,1520 KM per kilowatt-hour.", [("0.152", "BAM", "money")]),
    # the franc's region alone before an amount; the Algerian dinar's "DA" either side of it, the
    # Libyan dinar's "LD" and the Sierra Leonean leone's "Le", each in its own country's article
    ("DAKAR - The state will spend CFA 1.2 billion on seed.", [("1200000000", "XOF", "money")]),
    ("ALGIERS - A kilo of potatoes costs 120 DA.", [("120", "DZD", "money")]),
    ("ALGIERS - The budget is DA 8,620 billion.", [("8620000000000", "DZD", "money")]),
    ("TRIPOLI - Salaries rose to LD 1,500.", [("1500", "LYD", "money")]),
    # Yemen's "YR" before the amount, read only in a Yemeni article
    ("ADEN - A sack of flour sells for YR 37,500.", [("37500", "YER", "money")]),
    ("SANAA, Yemen - Teachers were paid YR 95,500 for the month.", [("95500", "YER", "money")]),
    # Libya's dirham, a thousandth of the dinar, is its minor unit there; elsewhere the currency
    ("TRIPOLI - A loaf of bread costs 250 dirhams.", [("250", "other", "money")]),
    ("DUBAI - A taxi ride costs 25 dirhams.", [("25", "AED", "money")]),
    ("RABAT, Morocco - A tagine costs 60 dirhams.", [("60", "MAD", "money")]),
    # centimes, the franc's and the Maghreb's minor unit, in digits or in words
    ("ALGIERS - A kilo of onions costs 9,000 centimes.", [("9000", "other", "money")]),
    ("ORAN, Algeria - Fifteen thousand centimes buys a kilo of apples.", [("15000", "other", "money")]),
    # a redenominated currency's "new" or "old" before its name: the unit of the amount ("old
    # cedis", the cedi before 2007, take their own code)
    ("TEHRAN - Under the bill one new rial will replace today's notes.", [("1", "IRR", "money")]),
    ("BAKU, Azerbaijan - A bus fare is two new manats.", [("2", "AZN", "money")]),
    ("ACCRA - A loaf once cost 40,000 old cedis.", [("40000", "GHC", "money")]),
    ("FREETOWN - The fine is Le 5 million.", [("5000000", "SLE", "money")]),
    # an amount converted "in old leones" is in the unit the redenomination replaced
    (
        "FREETOWN - A tin of oil costs NLe 40 (Le 40,000 in old leones).",
        [("40", "SLE", "money"), ("40000", "SLL", "money")],
    ),
    # Central America's letter signs glued to amounts, each only in its own country's article: the
    # lempira's "L" and the quetzal's "Q"; a low end before a second letter amount that is priced
    # is money too, in any country whose letter sign is read
    (
        "TEGUCIGALPA - The mayor's office spent L17.6 million on street lights.",
        [("17600000", "HNL", "money")],
    ),
    ("SAN PEDRO SULA, Honduras - Bus drivers earn L450 to L520 a day.", [("450/520", "HNL", "money")]),
    ("GUATEMALA CITY - A sack of black beans sells for Q185.50.", [("185.5", "GTQ", "money")]),
    ("LUSAKA - Cassava sells at K90 to K110 per tin.", [("90/110", "ZMW", "money")]),
    # a bare "$" after a first amount in a shared local mark is the dollar the country settles
    (
        "NASSAU, Bahamas - The ministry set aside B$3.2 million for the clinic; each bed costs $1,370.",
        [("3200000", "BSD", "money"), ("1370", "BSD", "money")],
    ),
    # the guarani's letters, and thousands grouped by points
    ("ASUNCIÓN, Paraguay - The monthly minimum wage is Gs. 2.899.048.", [("2899048", "PYG", "money")]),
    ("ASUNCIÓN - Bus fares rise to Gs 2,640 next week.", [("2640", "PYG", "money")]),
    ("JAKARTA - The fine is Rp 2.500.000 for each offence.", [("2500000", "IDR", "money")]),
    # the cent sign, before or after the amount; the colón's stand-in in a Costa Rican article
    ("The utility pays US¢9.6 per kilowatt-hour for solar power.", [("9.6", "other", "money")]),
    ("A first-class stamp now costs 73¢.", [("73", "other", "money")]),
    (
        "SAN JOSÉ, Costa Rica - The council approved ¢850 million for bridges.",
        [("850000000", "CRC", "money")],
    ),
    ("CAIRO - The 25-piaster fare rise angered commuters.", [("25", "other", "money")]),
    # pounds of what money pays for stay money
    ("The council spent 5 million pounds of public money on it.", [("5000000", "GBP", "money")]),
    # a plain number paid "for" something is a sum in the currency of the amount written before it
    (
        'ACCRA - Yams sell at 60 cedis a tuber. "I paid 45 for a small one," she said.',
        [("60", "GHS", "money"), ("45", "GHS", "money")],
    ),
    # ... not with no amount before it, nor the people a verb of paying takes
    ("Rents are high. He paid 90 for a week in the hostel.", [("90", "count", "count")]),
    # pounds of a fine or a grant stay money; a pack's pounds weigh (test_measures)
    ("LONDON - Each of the men paid fines of 200 pounds each.", [("200", "GBP", "money")]),
    ("LONDON - The charities won grants of 5,000 pounds each.", [("5000", "GBP", "money")]),
    # audit5: minor units the tables lacked (the Tunisian millime, the kopek as American copy
    # spells it, the Swiss Rappen, the Gambian butut)
    ("TUNIS - A stamp went up by 90 millimes.", [("90", "other", "money")]),
    ("MOSCOW - Metro fares rose 60 kopeks.", [("60", "other", "money")]),
    ("ZURICH - A coffee costs 40 rappen more.", [("40", "other", "money")]),
    ("BANJUL - A loaf rose by 50 bututs.", [("50", "other", "money")]),
    # ... the old units of currencies redenominated since 2005 ("old lira", "old lei", "old manats")
    ("ANKARA - The stamp once cost 500,000 old lira.", [("500000", "TRL", "money")]),
    ("BUCHAREST - A tram ticket cost 8,000 old lei.", [("8000", "ROL", "money")]),
    ("BAKU - The fare was 3,000 old manats.", [("3000", "AZM", "money")]),
    # ... a number word heading its sentence before a currency's name
    ("Fifty euros was the fine for each bag.", [("50", "EUR", "money")]),
    ("Two million dollars was raised at the gala.", [("2000000", "USD", "money")]),
    ("TEHRAN - Ten new rials will buy a stamp.", [("10", "IRR", "money")]),
    # ... Morocco's capital and cities, whose dirham is not the UAE's
    ("RABAT - Taxi fares rose to 9 dirhams.", [("9", "MAD", "money")]),
    ("MARRAKECH - A mint tea costs 15 dirhams.", [("15", "MAD", "money")]),
    # ... a plain number a verb of spending takes before "on", after an amount
    (
        "Tickets were £25 and most fans spent 15 on food.",
        [("25", "GBP", "money"), ("15", "GBP", "money")],
    ),
    # audit5: a scale word in capitals keeps its scale ("EUR 1.5 BILLION", all-capital copy)
    ("The group will invest EUR 2.5 BILLION in new plants.", [("2500000000", "EUR", "money")]),
    ("The fund holds USD 4 BILLION.", [("4000000000", "USD", "money")]),
    # class-numstyle: a sign with a space inside, the franc's letter apart from its region, before
    # the amount ("F CFA", "F CFP"), and Swiss thousands grouped by apostrophes
    ("DAKAR - The council voted F CFA 45 billion for schools.", [("45000000000", "XOF", "money")]),
    ("NOUMEA - The territory spent F CFP 3,8 billion on fuel subsidies.", [("3800000000", "XPF", "money")]),
    ("The smelter owes F CFP 620 million in royalties.", [("620000000", "XPF", "money")]),
    ("It paid a bonus of CHF 1'340 to each of its staff.", [("1340", "CHF", "money")]),
    # class-currency2: a CLDR sign of the article's own country that is no letter sign elsewhere
    # (the Aruban florin's "Afl."), read there only
    (
        "ORANJESTAD, Aruba - The water company will spend Afl. 12 million on pipes.",
        [("12000000", "AWG", "money")],
    ),
    ("In Aruba, a bus ticket now costs Afl. 2.95.", [("2.95", "AWG", "money")]),
    ("TUNIS - Tunisia's grain office pays farmers DT 130 a quintal.", [("130", "TND", "money")]),
    ("ORANJESTAD - In Aruba, a litre of petrol costs ƒ 3.05 at the pump.", [("3.05", "AWG", "money")]),
    ("NOUAKCHOTT - Mauritania's budget rises to UM 110 billion.", [("110000000000", "MRU", "money")]),
    ("WILLEMSTAD - Curaçao's civil servants will get a Cg 150 bonus.", [("150", "XCG", "money")]),
    ("The Turkmen government set the price of wheat at 1,400 manats a tonne.", [("1400", "TMT", "money")]),
    # ... names CLDR gives no plural, in the regular one: the florin, Turkmenistan's manat
    ("Aruba's parliament approved a budget of 1.4 billion florins.", [("1400000000", "AWG", "money")]),
    (
        "ASHGABAT - Cotton growers in Turkmenistan will be paid 2,500 manats a tonne.",
        [("2500", "TMT", "money")],
    ),
    ("BAKU - In Azerbaijan, the average wage rose to 2,740 manats.", [("2740", "AZN", "money")]),
    # ... a country's letter amount hyphened to a rate, or before "a" and what one of buys
    ("Nurses in the Philippines want a P50,000-a-month starting salary.", [("50000", "PHP", "money")]),
    ("In Manila, fish balls sell on the street at P15 a cup.", [("15", "PHP", "money")]),
    ("In Zambia, maize sells for between K250 and K300 in Lusaka.", [("250/300", "ZMW", "money")]),
    ("GABORONE, Botswana - Nurses want a P900 monthly allowance.", [("900", "BWP", "money")]),
    # ... the rupee's old sixteenth and the Kyrgyz som's hundredth, minor units
    ("In colonial India, a farm labourer earned four annas a day.", [("4", "other", "money")]),
    ("In Bishkek, the som gained 30 tyiyn against the dollar.", [("30", "other", "money")]),
    ("DUSHANBE - Tajikistan raised bread prices by 50 dirams a loaf.", [("50", "other", "money")]),
    ("BEIJING - China's pork price rose by 30 fen a jin.", [("30", "other", "money")]),
    ("LIMA - In Peru, a bus fare rose by 50 céntimos.", [("50", "other", "money")]),
    # ... plurals English copy writes that CLDR lacks
    ("TIRANA - Albania's pensioners will get 3,000 leks more a month.", [("3000", "ALL", "money")]),
    ("CARACAS - In Venezuela, a kilo of cheese costs 900 bolívares.", [("900", "VES", "money")]),
    ("ASUNCIÓN - In Paraguay, a bus ride costs 3,260 guaraníes.", [("3260", "PYG", "money")]),
    # ... "pounds" after a plain number weigh in a story about a country with no pound and no
    # money in pounds sterling; in London, or quoted per tonne of goods, they are money
    (
        "MANILA, Philippines - The boxer shed 12 pounds in six weeks.",
        [("12", "other", "other"), ("6", "other", "duration")],
    ),
    ("Anglers in Manila Bay in the Philippines landed a tuna of 90 pounds.", [("90", "other", "other")]),
    ("In Britain, the fine for speeding rose by 100 pounds.", [("100", "GBP", "money")]),
    ("ABIDJAN, Ivory Coast - London cocoa traded at 5,200 pounds a tonne.", [("5200", "GBP", "money")]),
    ("NAIROBI, Kenya - The painting sold for 900 pounds at a London auction.", [("900", "GBP", "money")]),
    (
        "NAIROBI, Kenya - Police seized 200 pounds of bhang and sold 40 pounds.",
        [("200", "other", "other"), ("40", "other", "other")],
    ),
    (
        "MANILA, Philippines - The British court fined him 500 pounds ($630).",
        [("500", "GBP", "money"), ("630", "USD", "money")],
    ),
    # the article's country from a US state, a province, a city or a parliament (currencies.NEWS_PLACES)
    (
        "Flood relief in Sindh will cost Rs 12 billion, the provincial minister said.",
        [("12000000000", "PKR", "money")],
    ),
    ("In Faisalabad, textile exporters said power now costs Rs 45 a unit.", [("45", "PKR", "money")]),
    ("The Karnataka cabinet approved Rs 2,000 crore for irrigation.", [("20000000000", "INR", "money")]),
    ("A Jaffna fisherman said diesel had risen to Rs 310 a litre.", [("310", "LKR", "money")]),
    ("Hotels in Pokhara charge foreigners Rs 3,500 a night.", [("3500", "NPR", "money")]),
    ("Traders in Hyderabad, Telangana, said onions sold at Rs 60 a kg.", [("60", "INR", "money")]),
    ("Rice farmers in Mindanao sell at P22 a kilo, the agriculture office said.", [("22", "PHP", "money")]),
    ("A jeepney ride in Iloilo now costs 13 pesos.", [("13", "PHP", "money")]),
    ("Coffee pickers in Antioquia are paid 90,000 pesos a day.", [("90000", "COP", "money")]),
    ("GALLE - A room at the fort hotel costs Rs 25,000 a night.", [("25000", "LKR", "money")]),
    ("Members of the Storting voted to spend 3 billion kroner on rail.", [("3000000000", "NOK", "money")]),
    # the article's country from a smaller town GeoNames knows (analysis/gazetteer.py)
    (
        "Horse-carriage drivers in Luxor say a ride along the Corniche now costs 200 pounds for tourists.",
        [("200", "EGP", "money")],
    ),
    (
        "A pint at the harbour bars of Tromsø now costs kr 120, the highest in the region.",
        [("120", "NOK", "money")],
    ),
    ("Akureyri's swimming pool raised its adult entry to 1,250 kr on Monday.", [("1250", "ISK", "money")]),
    ("Firewood in Temuco sold at 60,000 pesos a cubic metre this winter.", [("60000", "CLP", "money")]),
    # late-units14: a box line's move in brackets after its level, signed "+" too, is money in the
    # head's unit; a class of goods in the line's label is its name
    (
        "GRAIN PRICES (tenge per tonne)\nBarley, class 2: 72,000 (+1,500)\nOats: 65,400 (-300)",
        [
            ("72000", "KZT", "money"),
            ("1500", "KZT", "money"),
            ("65400", "KZT", "money"),
            ("300", "KZT", "money"),
        ],
    ),
    # late-units14: capitals glued to a long serial after a word of reference are a code, no money
    ("Build a carport at 4 Kea Lane. Ref ALL30917.", []),
    ("The fee was USD45000.", [("45000", "USD", "money")]),
    # late-units14: Chile's wine valleys and regional cities name its country for a shared "pesos"
    ("A Carmenere from Colchagua sells for 12,490 pesos.", [("12490", "CLP", "money")]),
    ("Harvest workers in Curicó earn about 35,000 pesos a day.", [("35000", "CLP", "money")]),
    ("Fishermen in Alexandria sold sardines at 90 pounds a kilo on the quay.", [("90", "EGP", "money")]),
    # towns that are English words or people's names, standing where any word is capitalised or
    # inside a longer name, are no evidence: pounds sterling stay
    (
        "Reading Borough Council will spend 4 million pounds on new pavements. Mobile libraries will "
        "also get 300,000 pounds, the council said.",
        [("4000000", "GBP", "money"), ("300000", "GBP", "money")],
    ),
    (
        "Victoria Hughes and Jackson Reed bought the village pub for 650,000 pounds.",
        [("650000", "GBP", "money")],
    ),
    (
        "Traders on Paradise Street will pay 12,000 pounds more a year in rent, and Temple Market "
        "stallholders face a rise of 8 per cent.",
        [("12000", "GBP", "money"), ("8", "percent", "percent_change")],
    ),
    # a dateline is one place among the others: a wire story filed abroad keeps the country it names
    (
        "WASHINGTON - Pakistan asked the IMF to let it raise spending; Pakistani officials said the budget gap"
        " is Rs 800 billion.",
        [("800000000000", "PKR", "money")],
    ),
    (
        "KARACHI - Importers in Punjab and in Gujarat pay Rs 90 a kilo for the same lentils.",
        [("90", "PKR", "money")],
    ),
    # a sea named after a country is no evidence of the story's place (currencies._WATER_AFTER/_BEFORE)
    (
        "Trawlers licensed by Mauritius to fish the Indian Ocean pay Rs 2,000 a day; Indian Ocean tuna stocks"
        " are falling.",
        [("2000", "MUR", "money")],
    ),
    (
        "Ports on the Gulf of Aden and the Sea of Japan saw rates rise; in Sri Lanka a container now costs"
        " Rs 9,000 to clear.",
        [("9000", "LKR", "money")],
    ),
    # a British story naming a US state in passing still counts in pounds sterling
    (
        "The top ram at the Welsh show made 8,000 pounds; its breeder from Ohio was delighted.",
        [("8000", "GBP", "money")],
    ),
    ("Edinburgh landlords want 1,400 pounds a month, a Texas student said.", [("1400", "GBP", "money")]),
    ("A Scottish distillery gave 50,000 pounds to a Kentucky charity.", [("50000", "GBP", "money")]),
    # a regional city of a country that shares the shilling, the dinar or the peso
    ("Traders in Gulu said a bag of beans now fetches 180,000 shillings.", [("180000", "UGX", "money")]),
    ("Bakers in Oran say flour costs 5,000 dinars a sack.", [("5000", "DZD", "money")]),
    ("Families in Benghazi pay 20 dinars for a gas cylinder.", [("20", "LYD", "money")]),
    ("Dock workers in Valparaiso earn 900,000 pesos a month.", [("900000", "CLP", "money")]),
    # a people named in the plural
    ("Filipinos working abroad sent home 300 billion pesos last year.", [("300000000000", "PHP", "money")]),
    ("Pakistanis queued for hours to pay Rs 500 for a sack of flour.", [("500", "PKR", "money")]),
    ("Colombians will pay 2,000 pesos more for a tank of petrol.", [("2000", "COP", "money")]),
    ("Nepalis abroad sent Rs 1 trillion home in remittances.", [("1000000000000", "NPR", "money")]),
    # class-signs: a shared or local sign follows the best-ranked of the article's countries that
    # uses it, where a former power, a donor or a neighbour is named more often than the country
    (
        "PHILIPSBURG — The Netherlands will lend Cg 90 million for the landfill, Dutch officials told"
        " the Dutch parliament in The Hague.",
        [("90000000", "XCG", "money")],
    ),
    (
        "PORT MORESBY — Australian and Chinese contractors bid K1.4 billion for the airport upgrade,"
        " Australian officials said.",
        [("1400000000", "PGK", "money")],
    ),
    (
        "CEBU — American and Japanese buyers pay P95 a kilo for dried mangoes, US trade officials in the"
        " United States said.",
        [("95", "PHP", "money")],
    ),
    # ... a dateline's place outweighs a passing mention, a place of several short words included
    (
        "PORT LOUIS — Mauritius will pay Rs 2.2 billion for Indian-built patrol boats, under a credit"
        " line India extended after Indian and French yards bid.",
        [("2200000000", "MUR", "money")],
    ),
    (
        "DAR ES SALAAM — The Kenyan firm will pay 90 billion shillings for the Tanzanian port"
        " concession, Kenyan media reported.",
        [("90000000000", "TZS", "money")],
    ),
    # ... the Seychelles rupee written "Rs" (in capitals too), the Antillean guilder's old sign
    (
        "SEYCHELLES TO SPEND RS 310 MILLION ON NEW PORT AFTER FRANCE, INDIA PLEDGE AID",
        [("310000000", "SCR", "money")],
    ),
    (
        "PHILIPSBURG, Sint Maarten — The harbour company owes NAf. 12.6 million to Dutch and American"
        " lenders, auditors said.",
        [("12600000", "ANG", "money")],
    ),
    ("ARUBA GETS DUTCH NOD TO BORROW AFL. 40 MILLION FOR SEA WALL", [("40000000", "AWG", "money")]),
    # ... and an amount set in capitals inside a sentence of prose
    (
        "NAIROBI — Tanzanian and Ugandan firms owe KRA KSHS 12 BILLION in taxes, the authority said.",
        [("12000000000", "KES", "money")],
    ),
    (
        "PORT LOUIS — The Indian and French embassies pledged RS 900 MILLION for the new hospital.",
        [("900000000", "MUR", "money")],
    ),
    (
        "WILLEMSTAD — The Dutch government said Curaçao's refinery deal was worth CG 480 MILLION to the"
        " Dutch and the Venezuelans.",
        [("480000000", "XCG", "money")],
    ),
    # ... but whether "pounds" weigh is the article's own country's question: a country named in
    # passing that pays in pounds leaves a Manila story's pounds weighing
    (
        "MANILA — The Filipino boxer shed 12 pounds before his fight against a challenger from Britain.",
        [("12", "other", "other")],
    ),
    # look-alikes: "New Mexico" is no Mexico; a foreign place in passing leaves a London story's pounds
    ("A New Mexico rancher said hay had reached $300 a ton.", [("300", "USD", "money")]),
    (
        "LONDON - A Manchester fund sold its stake to investors from Ohio and Texas for 40 million pounds.",
        [("40000000", "GBP", "money")],
    ),
    # class-names2: a road after "the" is a name, a price after "the" before its noun is money
    (
        "The R62 through the Karoo drew 18,000 cyclists last year, the Cape Town organisers said.",
        [("18000", "people", "count")],
    ),
    (
        "The R45 fee at the Cape Town gate is fair, the owners said.",
        [("45", "ZAR", "money")],
    ),
    (
        "Entry went up to R50 from the R45, the Cape Town park said.",
        [("50", "ZAR", "money"), ("45", "ZAR", "money")],
    ),
    (
        "The R5, R10 and R20 coins were redesigned, the Reserve Bank in Pretoria said.",
        [("5", "ZAR", "money"), ("10", "ZAR", "money"), ("20", "ZAR", "money")],
    ),
    # a table in the text: a bare number alone in a cell takes the currency (and scale) its heading
    # or its column's head names
    (
        "Fuel prices in New Delhi and Mumbai, in Rs per litre:\nCity | Petrol | Diesel\nDelhi | 94.72 | 87.62",
        [("94.72", "INR", "money"), ("87.62", "INR", "money")],
    ),
    (
        "The Pune-based company's September quarter (Rs crore):\nItem | This year | Year ago\n"
        "Revenue | 4,812 | 4,390",
        [("48120000000", "INR", "money"), ("43900000000", "INR", "money")],
    ),
    (
        "Figures in NZ$ millions\nRevenue | 1,204.5 | 1,118.2",
        [("1204500000", "NZD", "money"), ("1118200000", "NZD", "money")],
    ),
    # ... a head over the row labels naming the money, above columns headed by years; a row's label
    # naming a percent
    (
        "Half-year results (BD million) | 2026 | 2025\nNet profit | 31.4 | 27.9\nCost-to-income (%) | 41.2 | 44.0",
        [
            ("2026", "year", "date"),
            ("2025", "year", "date"),
            ("31400000", "BHD", "money"),
            ("27900000", "BHD", "money"),
            ("41.2", "percent", "percentage_share"),
            ("44", "percent", "percentage_share"),
        ],
    ),
    # ... a heading over one blank line, its money named before "unless stated", a scale joined to
    # its sign ("in RM'000", "(£m)"), and a row label's own money overriding it ("Total assets (KD
    # billion)", "Earnings per share (QR)")
    (
        "Key figures (KD million unless stated)\n\n| | 2026 | 2025 | Change |\n| Net profit | 61.3 | 55.0 | +11.5% |\n| Operating income | 140.2 | 131.8 | +6.4% |",
        [
            ("2026", "year", "date"),
            ("2025", "year", "date"),
            ("61300000", "KWD", "money"),
            ("55000000", "KWD", "money"),
            ("11.5", "percent", "percent_change"),
            ("140200000", "KWD", "money"),
            ("131800000", "KWD", "money"),
            ("6.4", "percent", "percent_change"),
        ],
    ),
    (
        "Summary of results, in RM'000\n\n| | FY2026 | FY2025 |\n| Revenue | 345,210 | 298,774 |\n| Profit before tax | 41,006 | 36,120 |",
        [
            ("2026", "year", "date"),
            ("2025", "year", "date"),
            ("345210000", "MYR", "money"),
            ("298774000", "MYR", "money"),
            ("41006000", "MYR", "money"),
            ("36120000", "MYR", "money"),
        ],
    ),
    (
        "Interim results (£m)\n\n| | H1 2026 | H1 2025 |\n| Revenue | 214.7 | 198.2 |\n| Operating profit | 31.5 | 28.9 |",
        [
            ("2026", "year", "date"),
            ("2025", "year", "date"),
            ("214700000", "GBP", "money"),
            ("198200000", "GBP", "money"),
            ("31500000", "GBP", "money"),
            ("28900000", "GBP", "money"),
        ],
    ),
    (
        "Third-quarter figures (US$ bn)\n\n| | Q3 2026 | Q3 2025 | Change |\n| Revenue | 4.82 | 4.51 | +6.9% |\n| Free cash flow | 0.91 | 1.02 | -10.8% |",
        [
            ("2026", "year", "date"),
            ("2025", "year", "date"),
            ("4820000000", "USD", "money"),
            ("4510000000", "USD", "money"),
            ("6.9", "percent", "percent_change"),
            ("910000000", "USD", "money"),
            ("1020000000", "USD", "money"),
            ("10.8", "percent", "percent_change"),
        ],
    ),
    (
        "| (KD million) | 2026 | 2025 |\n| Net profit | 18.7 | 16.2 |\n| Total assets (KD billion) | 2.45 | 2.31 |",
        [
            ("2026", "year", "date"),
            ("2025", "year", "date"),
            ("18700000", "KWD", "money"),
            ("16200000", "KWD", "money"),
            ("2450000000", "KWD", "money"),
            ("2310000000", "KWD", "money"),
        ],
    ),
    (
        "Group results (KD million)\tQ2 2026\tQ2 2025\tChange\nNet profit\t9.6\t8.8\t+9.1%\nTotal assets (KD billion)\t3.02\t2.87\t+5.2%",
        [
            ("2026", "year", "date"),
            ("2025", "year", "date"),
            ("9600000", "KWD", "money"),
            ("8800000", "KWD", "money"),
            ("9.1", "percent", "percent_change"),
            ("3020000000", "KWD", "money"),
            ("2870000000", "KWD", "money"),
            ("5.2", "percent", "percent_change"),
        ],
    ),
    (
        "Nine-month highlights (QR million unless stated)\n\n| | 9M 2026 | 9M 2025 | Change |\n| Net profit | 845.2 | 790.6 | +6.9% |\n| Earnings per share (QR) | 0.62 | 0.58 | +6.9% |",
        [
            ("9", "other", "duration"),
            ("2026", "year", "date"),
            ("2025", "year", "date"),
            ("845200000", "QAR", "money"),
            ("790600000", "QAR", "money"),
            ("6.9", "percent", "percent_change"),
            ("0.62", "QAR", "money"),
            ("0.58", "QAR", "money"),
            ("6.9", "percent", "percent_change"),
        ],
    ),
    # ... and label lines under a heading line that names the money ("(in $ thousands)")
    (
        "Quarterly summary (in $ thousands)\nNet sales: 8,315\nGross profit 2,140 (2025: 1,962)",
        [
            ("8315000", "USD", "money"),
            ("2140000", "USD", "money"),
            ("2025", "year", "date"),
            ("1962000", "USD", "money"),
        ],
    ),
    (
        "Nairobi Securities Exchange closing prices (Sh):\nSafaricom     17.45\nEquity        48.20",
        [("17.45", "KES", "money"), ("48.2", "KES", "money")],
    ),
    (
        "Central Bank of Nigeria exchange rates (naira per unit):\nUS dollar | 1,532.40\nPound | 1,948.10",
        [("1532.4", "NGN", "money"), ("1948.1", "NGN", "money")],
    ),
    ("Prices in €:\nEspresso | 1.20 | 1.50", [("1.2", "EUR", "money"), ("1.5", "EUR", "money")]),
    (
        "Model\tPrice (US$)\nSealion\t38,990\nDolphin\t24,500",
        [("38990", "USD", "money"), ("24500", "USD", "money")],
    ),
    # ... a markdown table (its rule line read past), and a letter sign under a head that names a price
    (
        "| Item | Price (R) |\n|---|---|\n| Bread, 700g | 21.99 |\n| Milk, 2L | 36.49 |",
        [
            ("700", "other", "other"),
            ("21.99", "ZAR", "money"),
            ("2", "other", "other"),
            ("36.49", "ZAR", "money"),
        ],
    ),
    (
        "Fares from July 1 (in Rs):\nOrdinary | 10 | 15\nAC | 20 | 35",
        [
            ("--07-01", "date", "date"),
            ("10", "INR", "money"),
            ("15", "INR", "money"),
            ("20", "INR", "money"),
            ("35", "INR", "money"),
        ],
    ),
    # class-headlines2: scale abbreviations in capitals ("BN", "MLN", "BLN"), glued or spaced; a sign's
    # abbreviation in capitals before its amount ends no sentence ("AFL. 12 MILLION"); a place in
    # capitals is read as the name it is ("SRI LANKA" gives the rupee)
    ("SRI LANKA: RS. 4.5 BN LOAN FOR RURAL ROADS SIGNED WITH ADB", [("4500000000", "LKR", "money")]),
    ("Shipping Group Posts $2.4BN Loss As Freight Rates Slump", [("2400000000", "USD", "money")]),
    ("NIGERIA: FIRM SECURES US$1.2 BLN FOR REFINERY UPGRADE", [("1200000000", "USD", "money")]),
    ("PAKISTAN: RS 2.5 MLN FINE IMPOSED ON SUGAR MILL", [("2500000", "PKR", "money")]),
    ("EU Fines Tech Giant €1.8BN Over Ad Practices", [("1800000000", "EUR", "money")]),
    ("ARUBA: AFL. 12 MILLION FOR NEW AIRPORT TERMINAL", [("12000000", "AWG", "money")]),
    ("KENYA: KSH. 40 BILLION SET ASIDE FOR COUNTY ROADS", [("40000000000", "KES", "money")]),
    # class-labels3: an ISO code closed by a stop before its amount, read as a letter sign is, only
    # where its currency is used ("SINT MAARTEN", a Kenyan story); a Kenyan story's "USD." ends its sentence
    ("SINT MAARTEN: ANG. 8.5 MILLION FOR HARBOUR DREDGING", [("8500000", "ANG", "money")]),
    ("The Kenyan treasury released KES. 4.5 billion to the counties.", [("4500000000", "KES", "money")]),
    ("Kenyan exporters are paid in USD. 12 firms have complained.", [("12", "count", "count")]),
    ("FIRM RAISES $1.2MM IN SEED ROUND", [("1200000", "USD", "money")]),  # a scale, not millimetres
    # ... a headline's exchange rate with no article before its base ("Against Dollar")
    ("Rupee Falls To 84.2 Against Dollar", [("84.2", "INR", "money")]),
    ("Naira Slides To 1,580 Against Dollar On Black Market", [("1580", "NGN", "money")]),
    # class-partitives: a part of an amount "of which" or "of it" in its clause takes its currency
    (
        "The Maharashtra government approved Rs 450 crore for the upgrade, of which 180 crore has been disbursed.",
        [("4500000000", "INR", "money"), ("1800000000", "INR", "money")],
    ),
    (
        "The fund raised 620 million euros last year, 400 million of it from pension schemes.",
        [("620000000", "EUR", "money"), ("400000000", "EUR", "money")],
    ),
    # ... and the part of a whole named after "Of this year's ..." opening its sentence
    (
        "Of this year's grant of 2.4 billion rand, 900 million has been paid.",
        [("2400000000", "ZAR", "money"), ("900000000", "ZAR", "money")],
    ),
    # class-oldmoney: pre-decimal shillings and pence, one row per part, the pounds the sign's own
    (
        "The old-age pension was raised in 1925 from 10s to 12s 6d a week.",
        [
            ("1925", "year", "date"),
            ("10", "other", "money"),
            ("12", "other", "money"),
            ("6", "other", "money"),
        ],
    ),
    (
        "Growers were paid £9 15s a ton for early potatoes that spring.",
        [("9", "GBP", "money"), ("15", "other", "money")],
    ),
    (
        "The bill for the repairs came to £3 4s 2d, the minutes record.",
        [("3", "GBP", "money"), ("4", "other", "money"), ("2", "other", "money")],
    ),
    (
        "A farm labourer then earned 32s a week, the council heard in 1938.",
        [("32", "other", "money"), ("1938", "year", "date")],
    ),
    (
        "Seats in the gallery cost 2s 6d, and the stalls 5s.",
        [("2", "other", "money"), ("6", "other", "money"), ("5", "other", "money")],
    ),
    (
        "A pint of stout was 1s. 2d. in the Cork pubs of the time.",
        [("1", "other", "money"), ("2", "other", "money")],
    ),
    ("In 1951 a loaf of bread cost 4½d in Dublin.", [("1951", "year", "date"), ("4.5", "other", "money")]),
    ("Tram fares in Sydney rose from 3d to 4d.", [("3", "other", "money"), ("4", "other", "money")]),
    ("Inland letter stamps went up to 4d each in 1957.", [("4", "other", "money"), ("1957", "year", "date")]),
    # ... a shop ticket's slash after a price's verb ("10/6", "5/-"), the pence words, the half-crown
    (
        "A pair of boots from the Co-op was advertised at 10/6.",
        [("10", "other", "money"), ("6", "other", "money")],
    ),
    (
        "The raincoat cost 19/11 and the scarf 5/-.",
        [("19", "other", "money"), ("11", "other", "money"), ("5", "other", "money")],
    ),
    (
        "Admission was half a crown, and children went in for sixpence.",
        [("0.5", "other", "money"), ("6", "other", "money")],
    ),
    # ... the guinea, and India's pice and pies (after annas) before decimalisation
    ("The winner of the ploughing match received five guineas and a silver cup.", [("5", "other", "money")]),
    ("Postcards sold for 3 pice each at the Calcutta fair.", [("3", "other", "money")]),
    (
        "The clerk's fine was fixed at one rupee, four annas and six pies.",
        [("1", "INR", "money"), ("4", "other", "money"), ("6", "other", "money")],
    ),
    # ... "shillings" spelled out where the old pound had them and no country of today's shilling is named
    (
        "DUBLIN - In 1950 a pint of stout cost two shillings.",
        [("1950", "year", "date"), ("2", "other", "money")],
    ),
    (
        "LONDON - In 1960 a paperback cost three shillings and sixpence.",
        [("1960", "year", "date"), ("3", "other", "money"), ("6", "other", "money")],
    ),
    ("LONDON - Kenya will pay 90 billion shillings for the port.", [("90000000000", "KES", "money")]),
    # class-signs2: a letter sign's plain amount before how often it is paid and up to two words of
    # its kind before the noun of money paid; or before "more", "extra" or "less" and a span it is
    # paid for
    (
        "GABORONE, Botswana - Nurses will get a P900 monthly risk allowance from April.",
        [("900", "BWP", "money")],
    ),
    ("LUSAKA, Zambia - Guards earn a K60 daily night-shift bonus.", [("60", "ZMW", "money")]),
    (
        "FRANCISTOWN, Botswana - Teachers on the lowest grade will take home P540 more a month.",
        [("540", "BWP", "money")],
    ),
    ("LILONGWE, Malawi - Nurses will get K900 extra a week in hardship pay.", [("900", "MWK", "money")]),
    # ... a currency name after an amount stands on its line: a table's next row head is no currency
    (
        "District | Tests | Positive (%)\nArua | 2,210 | 3.6\nLira | 1,940 | 2.2",
        [
            ("2210", "count", "count"),
            ("3.6", "percent", "percentage_share"),
            ("1940", "count", "count"),
            ("2.2", "percent", "percentage_share"),
        ],
    ),
    # ... with a scale, pounds "of" a thing weigh in a text whose pounds weigh; of money they are money
    (
        "FRESNO, Calif. - Growers shipped 3 million pounds of almonds to Spain in May.",
        [("3000000", "other", "other")],
    ),
    (
        "BOSTON - The firm raised 2 million pounds of funding in London, or $2.5 million.",
        [("2000000", "GBP", "money"), ("2500000", "USD", "money")],
    ),
    # late-pay: a move between an old and a new level is two amounts; a range of amounts stays one;
    # a letter sign's new level "to" before "from" its old one
    (
        "Under the deal, the minimum wage for farmworkers will move from R4 200 to R4 650 a month.",
        [("4200", "ZAR", "money"), ("4650", "ZAR", "money")],
    ),
    (
        "Cleaners' hourly pay shifts from £11.45 to £12.65 in April, the council said.",
        [("11.45", "GBP", "money"), ("12.65", "GBP", "money")],
    ),
    (
        "Entry-level pay for prison officers will move from €24 300 to €25 900 a year.",
        [("24300", "EUR", "money"), ("25900", "EUR", "money")],
    ),
    ("A salary band of R18 000-R22 000 applies to senior artisans.", [("18000/22000", "ZAR", "money")]),
    ("Room rates range from R900 to R1 400 a night in Durban.", [("900/1400", "ZAR", "money")]),
    (
        "The Eswatini government raised the allowance for cutters to E165 from E148.",
        [("165", "SZL", "money"), ("148", "SZL", "money")],
    ),
    # class-pay3: a pay level that "will go" or "goes" from an old to a new one is two amounts; a
    # span of prices or grades that "go from" stays one range
    (
        "Under the new agreement, cleaners' wages will go from R5 100 to R5 480 a month.",
        [("5100", "ZAR", "money"), ("5480", "ZAR", "money")],
    ),
    (
        "The minimum monthly wage for farm labourers goes from 1,300 cedis to 1,450 cedis under the new order.",
        [("1300", "GHS", "money"), ("1450", "GHS", "money")],
    ),
    (
        "Civil servants on the lowest grades will see their pay go from 45,000 to 52,000 naira a month.",
        [("45000", "NGN", "money"), ("52000", "NGN", "money")],
    ),
    ("Tickets for the final go from $20 to $50.", [("20/50", "USD", "money")]),
    (
        "Salaries at the firm go from $30,000 to $90,000 depending on grade.",
        [("30000/90000", "USD", "money")],
    ),
    # class-discover-g: the Indian press's "Cr" and "L" after a rupee amount are crore and lakh
    # (after a bare number "L" stays a litre)
    ("The Chennai firm raised ₹320 Cr from investors.", [("3200000000", "INR", "money")]),
    ("Campus offers at the Indian institute averaged ₹22.4L a year.", [("2240000", "INR", "money")]),
    (
        "The 1.5L engine of the Indian hatchback costs Rs 6.8 lakh.",
        [("1.5", "other", "other"), ("680000", "INR", "money")],
    ),
    # ... and the old cedi's code "GHC", which Ghana's press writes for today's cedi (GH¢), unless
    # the sentence dates the amount to the old cedi's time
    ("Ghana's roads agency paid GHC 45 million to contractors.", [("45000000", "GHS", "money")]),
    (
        "In 2004 Ghana's government paid GHC 900 billion in fuel subsidies.",
        [("2004", "year", "date"), ("900000000000", "GHC", "money")],
    ),
    # late-formats2: a price list's earlier price in brackets with its time; the dirham after an
    # amount in Qatari riyals (its hundredth)
    (
        "Maize flour: 1,800 naira a bag (1,650 in mid-August).",
        [("1800", "NGN", "money"), ("1650", "NGN", "money")],
    ),
    (
        "Diesel: 1.62 euros a litre (1.71 in late September).",
        [("1.62", "EUR", "money"), ("1.71", "EUR", "money")],
    ),
    (
        "Petrol will sell at Dh3.12 a litre, a rise of 9 fils.",
        [("3.12", "AED", "money"), ("9", "other", "money")],
    ),
    (
        "Premium petrol now costs QR2.20 a litre, a rise of 15 dirhams.",
        [("2.2", "QAR", "money"), ("15", "other", "money")],
    ),
    ("A taxi ride across Dubai costs 45 dirhams.", [("45", "AED", "money")]),
    # pounds of a fish landed, of hyphened goods, or a catch quota weigh; a quota of money does not
    ("Trawlers landed 2.4 million pounds of haddock in March.", [("2400000", "other", "other")]),
    ("The plant processed 300 pounds of sun-dried fish a day.", [("300", "other", "other")]),
    (
        "The snapper quota was cut to 75,000 pounds from 110,000.",
        [("75000", "other", "other"), ("110000", "other", "other")],
    ),
    ("The council set a quota of 5 million pounds in grants.", [("5000000", "GBP", "money")]),
    ("The transfer quota was raised to 900,000 pounds.", [("900000", "GBP", "money")]),
    # class-kinds: a currency's exchange rate as the subject of the clause a bare level ends
    (
        "The rupee's exchange rate against the US dollar weakened to 86.4 on Thursday, the central bank said.",
        [("86.4", "INR", "money")],
    ),
    (
        "The exchange rate of the Ghanaian cedi, which has slid all year, stood at 15.2.",
        [("15.2", "GHS", "money")],
    ),
    ("Malaysia's official exchange rate eased to 4.71.", [("4.71", "MYR", "money")]),
    (
        "Hong Kong's exchange rate, pegged since 1983, stood at 7.81 on Monday.",
        [("1983", "year", "date"), ("7.81", "HKD", "money")],
    ),
    # late-units6: a shared name by the article's country (a bank's acronym in brackets is no
    # currency code: "BAM" is Bank Al-Maghrib, not Bosnia's mark), a rate after "services" is no
    # clock time, a country's "currency" is its one currency, and "goes from A to B" is a change
    (
        "In Rabat, Bank Al-Maghrib (BAM) said the dirham traded at 10.71 to the euro, and BAM kept its key rate at 2.25%.",
        [("10.71", "MAD", "money"), ("2.25", "percent", "other")],
    ),
    (
        "Despite weak services exports, the dirham traded at 9.18 to the dollar in Casablanca.",
        [("9.18", "MAD", "money")],
    ),
    (
        "Morocco's currency ended at 9.24 to the dollar and 10.81 to the euro, Bank Al-Maghrib data showed.",
        [("9.24", "MAD", "money"), ("10.81", "MAD", "money")],
    ),
    (
        "In Lae, a market stall licence goes from K150 to K240 next year.",
        [("150", "PGK", "money"), ("240", "PGK", "money")],
    ),
    # late-units9: a region of the country decides a shared sign ("Br": ETB, BYN), and a plain
    # number before "won" after an amount in won in its sentence is money, with no country named
    ("Traders in the Sidama region sell a kilo of coffee for Br 480.", [("480", "ETB", "money")]),
    (
        "Parking costs 2,400 won an hour downtown, while lots by the station charge up to 900 won.",
        [("2400", "KRW", "money"), ("900", "KRW", "money")],
    ),
    # late-units15: Japanese scale words before the currency's name ("man" 10^4, "oku" 10^8), a
    # country's letter sign after a noun of money paid and "is", and the level in brackets after an
    # amount named by its time ("(now 14,800)", "(was 40)")
    ("The town pays a bounty of 5 man yen per boar.", [("50000", "JPY", "money")]),
    ("The city set aside 1.2 oku yen for the repairs.", [("120000000", "JPY", "money")]),
    ("CEBU CITY - The licence fee is P650, and the office opens on Monday.", [("650", "PHP", "money")]),
    (
        "Category I: COP 12,400 (now 11,900)",
        [("12400", "COP", "money"), ("11900", "COP", "money")],
    ),
    ("The day pass goes up to 45 euros (was 40).", [("45", "EUR", "money"), ("40", "EUR", "money")]),
]
NEGATIVE_EXAMPLES: list[str] = [
    # late-units10: a code with capitals after its digits and a hyphen opens with a letter sign
    "Durban's bus operator tested the K7-LX chassis on hilly routes.",
    # late-units6: a market index whose letters are a currency code (Belgium's old franc, "BEL")
    "Brussels' BEL 20 index opened higher on Monday.",
    "The conch quota was cut again this season.",
    # class-units7: a mask's model after a Kenyan town, and one after a Nigerian state's town
    "Health workers in Kisumu were issued N95 masks after the outbreak.",
    "The Kano State health ministry handed out N95 masks.",
    # class-names7: Qatar Airways' code before a flight's number, near a word of flying
    "QR 632 to Doha turned back after take-off.",
    # class-pastmoney: "marks" that are no money
    "She got full marks in the Leaving Certificate maths paper in Dublin.",
    "The Munich examiners gave her full marks.",
    # class-carried7: a retired currency's letters with no year of its time and no article of its
    # country: no money
    "The DM 5 model sold out last spring.",
    "Readers can DM 2,000 words to the desk.",
    # a heading naming money over prose: no table, no figure
    "Financial highlights (KD million unless stated)\n\nThe board will publish the full accounts next month.",
    "Teachers will move from grade 4 to grade 5 pay scales next year.",
    # class-signs2: a letter and a number before how often and a noun that is not money paid
    "GABORONE, Botswana - The P2 weekly magazine closed.",
    "LUSAKA, Zambia - The K9 daily shuttle bus runs to the airport.",
    # class-weights: "pound for pound" and "grand" before a noun are no amounts
    "Pound for pound, the Filipino southpaw is the best fighter of his generation.",
    "The grand jury met on Tuesday to hear the case.",
    # roads listed in one sign after "the": each with its own "the", or the list ending as a road does
    "JOHANNESBURG - Accidents closed the R61 and the R72 after the flooding.",
    "CAPE TOWN - Crashes closed the R45 and R310.",
    # a letter sign and a one-digit number between a determiner and the noun they name
    "LUANDA - The Kz 2 model sold well in Angola.",
    "KIGALI - The FRW 1 league resumes on Saturday.",
    "MASERU, Lesotho - Traffic on the M25 motorway was slow.",
    # a verb of selling before a glued letter sign with no "for" or "at": the goods, not a price
    "MBABANE, Eswatini - Filling stations will sell E10 fuel from June.",
    # "MT" after an amount outside a price: metric tonnes; a plain "UI" amount unpriced in Uruguay
    "MAPUTO, Mozambique - The smelter exported 2.4 million MT of aluminium.",
    "MONTEVIDEO - The agency's UI 2 redesign launched on Monday.",
    "The MT 300 engine was shown in Billings.",
    # fixed odds of Australian racing copy before "favourite" or "chance"
    "The mare beat the $4.20 favourite, and a $31 chance ran third.",
    # "to the" and a word that is no currency after a number: no rate
    "The club sold 500 to the Rovers.",
    "The team lost 12 penalty shootouts.",
    # "FRW" before a plain number outside Rwanda: a name
    "The FRW 2 rotor was fitted in Bremen.",
    # the Irish town, not the birr
    "Birr 2-14 Tullamore 1-10 was the final score.",
    # "MT" after an amount as metric tonnes: of goods, as an output, or outside Mozambique
    "BEIRA, Mozambique - The port loaded 80,000 MT of coal.",
    "NACALA, Mozambique - The smelter turns out 950 MT a day.",
    "BEIRA, Mozambique - The vessel discharged 32,000 MT of fertiliser for farmers.",
    "MAPUTO, Mozambique - The agency set aside 50,000 MT of maize for the lean season.",
    "PEMBA, Mozambique - The mine will spend years producing 12 million MT.",
    "The trader sold 3,000 MT at the port.",
    # "E" and "M" before digits outside Eswatini and Lesotho, and as names inside them
    "Drivers in Leeds queued for E10 petrol.",
    "Traffic on the M25 slowed to a crawl near Heathrow.",
    "MBABANE, Eswatini - Pupils sat the E3 paper on Monday.",
    "MASERU, Lesotho - The M2 bus stop was moved.",
    "In Bosnia, the KM7 marker on the old road was moved.",
    "In Croatia, the KM 40 exit was closed.",
    "In Zambia, the N 4 road and the K 7 bridge were shut.",
    # a spaced letter and a version number
    "LAGOS - Version N 2.15 shipped.",
    # "Ks" after an amount outside Myanmar: strikeouts
    "The pitcher has 1,437 Ks in his career.",
    "LAGOS - Nurses ran short of N95-grade masks.",
    # a brand's "Nu" outside Bhutan
    "The Nu 2 series of phones sold well.",
    # "won" before its object in a Korean article: the verb
    "The Korean side won 3 titles in Busan.",
    "Seoul's mayor said 4 won their appeals.",
    # a glued "c" with no price per unit in its sentence: a temperature in tabloid style
    "Temperatures hit 35c on Sunday.",
    # a hyphen and a fraction with no currency sign or cents: a code, not a price
    "The Form 10-1/4 filing was late.",
    "The index passed the 1,000 mark.",
    # a glued "c" among words of the weather is degrees, and one with no price near it no amount
    "Temperatures reached 29c in Perth.",
    "Pupils in class 4c sat the test.",
    "The Mk2 model was shown.",
    "The IRs and NRs were filed.",  # plurals of abbreviations, with no amount after them
    "The KM5 marker was moved.",
    "The firm tested its PLX-R12 compound.",
    "Take 1/2 pound of sugar.",
    # "per dollar" with no currency named before it: a ratio, not an exchange rate
    "Donors gave 4 per dollar raised.",
    # a currency named, but not standing before a verb of its level: no rate
    "The yen's slide lifted Toyota to 3,100.",
    "The dollar rose to 104.5.",
    "The real ended at 5.42 per dollar.",  # "real" with no country that tenders it
    # "N" before digits: a name or code even in a Nigerian article, and no money elsewhere
    "LAGOS - Nurses ran short of N95 masks.",
    "LAGOS - Traffic on the N1 highway and the N2 motorway was slow.",
    "LAGOS - He still plays his N64 every week.",
    "LAGOS - The N-1 plan was dropped.",
    "The county pledged N15 billion for roads.",  # no Nigerian article: "N" is no sign
    "Re: 5 questions about the merger",  # "Re:" heads a letter; it stands before no amount
    "JOHANNESBURG - The N1 toll rose for N3,500 trucks.",
    "MANILA, Philippines - The P4 engine and the P3 visa.",
    # Ghana's senior high schools (SHS) and their forms are no shillings
    "ACCRA, Ghana - SHS 3 classes sat the exam, and 1,200 SHS places were added.",
    "The fund released P3.7 billion in grants.",  # no Philippine article: "P" is no sign
    # the Gulf's and Israel's letter signs before a plain number outside their country: names
    "SEATTLE - Traffic on SR 520 backed up for miles.",
    "BRUSSELS - The NIS 2 directive covers 18 sectors.",
    "LONDON - The BD 4 form was filed late.",
    "Farmers in Iowa planted Bt11 maize.",
    # Jordan's "JD" and Lebanon's "LL" before a plain number outside their countries: names
    "CHICAGO - The JD 3 section met on Monday.",
    "LONDON - The LL 4 tractor was shown.",
    "The two sums were added up.",  # "sums" outside Uzbekistan: no currency
    # "K" before a plain number with no price unit in a Papua New Guinea story: a name ("K2");
    # "UF" before a plain number outside Chile: a name or a team
    "PORT MORESBY - Climbers trained for K2 last year.",
    # a verb of payment before a letter sign and a number after an article: a name, not the sum
    "LUSAKA — Handlers were paid to train the K9 unit.",
    "MASERU — Taxi drivers were fined on the M1.",
    # a state's abbreviation in a list of lawmakers: no dateline, no figure
    "Sen. Tim Kaine, D-Va., and Rep. Jennifer Wexton, D-Va., sent a letter to the agency on Tuesday.",
    "The UF 101 course filled up.",
    # "UI" outside Uruguay: a user interface or unemployment insurance, whatever follows
    "The app's UI 2.0 redesign shipped in March.",
    "OHIO - The state paid UI 1,387 claims last week.",
    "LONDON - The Hr 5 form was filed.",
    "LAGOS - Nurses switched to N95 masks.",  # "Hr" before a plain number outside Ukraine: a name
    # the terms of a ratio before a currency name: no amount (rules, table 8)
    "Nine out of ten pesos we raise go to schools.",
    "One in five dollars is wasted.",
    # "pound" joined by a hyphen before a noun weighs it: no amount (tests/figures/test_measures.py)
    "She carried a 5-pound bag of flour home.",
    # "K" before digits in a name, or outside the kwacha's and kina's countries: no amount
    "KATHMANDU - The K2 expedition and the K9 unit returned.",
    "LUSAKA, Zambia - Climbers on K2 and the K9 unit returned.",
    "LUSAKA, Zambia - The K-pop band sold out.",
    "LUSAKA, Zambia - The K9 unit went to K2 camp.",  # a verb of going, no price
    "The Ar 2 prototype flew.",
    # "MD" is a doctor's degree or Maryland, "FC" a club's name and "D" a size or a vitamin
    # outside the Tunisian, Congolese and Gambian press
    "The state funds 12 MD programmes.",
    "TUNIS - Dr Salah Ben Ali, MD, opened 3 clinics.",
    "MUNICH - Bayern 4 FC Porto 0.",
    # "KM" outside a Bosnian article: kilometres in capitals, a road's marker
    "LONDON - Organisers put up 10 KM markers along the route.",
    "ZAGREB - Drivers passed the KM 42 marker.",
    "LONDON - Fans bought 2,000 FC scarves.",
    "The D2 avalanche buried 3 cars.",
    "BANJUL - The D3 vitamin drive reached 12 schools.",
    "DENVER - Forecasters rated the slide D1.5.",
    "NEW YORK - The DA 2,000 files were reviewed.",
    "PARIS - Le 14 juillet parade was held.",
    "LONDON - He holds the CFA 3 charter.",
    "TUNIS - The LD 1,500 bonus was paid.",
    # "YR" outside Yemen: a year in capitals
    "LONDON - The YR 2 syllabus was revised.",
    # "new" and "old" before a word that is no currency name
    "LONDON - Three new chairs and two old tables were sold.",
    "LONDON - The 300 centimetres of rope were cut.",
    "The 12-R5 engine was shown.",  # a letter sign after a hyphen and digits that are no amount: a code  # Madagascar's ariary only in a Malagasy article before a plain number
    # a Myanmar, Maldivian or Vanuatu sign before a plain small number outside its country is a name
    "The Ks 5 model was discontinued.",
    "The Rf 7 scanner failed.",
    "Route VT 100 closed after the storm.",
    # "won" after a plain number in a story about no won's country is the verb
    "Of the 20 clubs, 14 won at home.",
    "Php 8 was released with new features.",  # a programming language's version outside Manila
    "In Seoul, the W3 model sold well.",  # the won's "W" before a plain number: a model's name
    # the lempira's "L" and the quetzal's "Q" before a plain number with no price: a visa, a quarter
    "TEGUCIGALPA - The L2 visa rules changed.",
    "GUATEMALA CITY - Exporters waited for Q3 data.",
    "LONDON - The L2 point lies beyond the Moon.",
    # class-numstyle: a certificate's letters, no franc's sign
    "The CFP 2 exam is hard to pass.",
    # class-currency2: a bond named by a letter sign and its maturity or serial number
    "JOHANNESBURG - Investors in South Africa bought the benchmark R2030 bond.",
    # ... a country's letters before a plain number with nothing priced: grades, roads, models
    "In Botswana, P1 grade pupils in Gaborone start school in January.",
    "In Malawi, the MK4 Golf remains the most common taxi in Lilongwe.",
    "In Lesotho, the M1 road to the border at Maseru was washed away.",
    "The K9 unit of the Lusaka police in Zambia found the drugs.",
    "LAE, Papua New Guinea - The guide climbed K2 a second time last spring.",
    # ... a CLDR sign of another country: letters ("Afl." is read only in Aruba)
    "The Afl. 5 form was filed in Bogota, Colombia.",
    "TUNIS - In Tunisia, the DT 4 engine was recalled.",
    "The UM 110 billion figure was a typo, the Michigan board said.",  # the ouguiya's letters only in Mauritania
    "The fen near Cambridge holds 5 fen of old reed beds.",  # the yuan's fen only in a Chinese article
    # class-names2: South African roads named by a letter and a number are no rand
    "Traffic backed up on the R45 near Paarl after the crash, Cape Town police said.",
    "She took the N2 to Hermanus and the R43 back to Cape Town.",
    "Kleinrivier Lodge, R62, Barrydale. Bookings by e-mail, Cape Town office.",
    # class-signs: an initial before a name; an old sign outside the countries that used it
    "LUSAKA, Zambia — Mr K. Mwanza, head of the farmers' union, said Malawi had closed its border.",
    "In Amsterdam, the NAf 2 ruling of the Dutch court was overturned.",
    # ... a road's number in a story that names a country of the sign in passing
    "SEATTLE — Drivers on the SR 520 bridge waited an hour, Saudi Arabia's visiting minister said.",
    # class-oldmoney: decades of life and of a century, a unit's ordinal, a coin, a date, a race, pastry
    "She moved to the coast in her 30s and paid off the cottage.",
    "Tens of thousands, 10s of thousands by some counts, paid their respects.",
    "He served with the 2d Battalion and was paid off at the end of the war.",
    "As a boy he found a sixpence in the Christmas pudding.",
    # ("The fees are due on 10/6, the bursar said." is a date: tests/figures/test_dates.py)
    "Bakers sold six pies and a cake to the visitors.",
    "Anna sold six pies at the fete.",
    "The 2,000 Guineas was run at Newmarket in a downpour.",
    "The school keeps five guinea pigs in the science block.",
    # ... a bare "2d" or "10s" before a noun is a compound's part, not an amount
    "The fee for a 2d sketch was raised, the gallery said.",
    "Sprinters need 10s flat to qualify, and the fares are paid by the club.",
    # ... a bare amount is old money only in pre-decimal copy: an amount in parts or the old units
    # named in the text, or a year before 1971 in its sentence (a price's words are not enough)
    "The sprinter, paid by the club, ran the course in 30s.",
    "Prices rose in the 60s and 70s.",
    "The advert ran for 20s and cost the firm little.",
    "Tickets sold fast and the queue moved 10s at a time.",
    # class-discover-f: a letter sign after "#" opens a listing's code
    "Listing #R4410923 was withdrawn on Friday.",
    # class-kinds: an exchange rate modifying another noun, and a clause of its own after it
    "The exchange rate policy was revised, and reserves fell sharply.",
    # class-left10: "R0" names the basic reproduction number, no rand
    "Scientists have yet to settle the variant's R0.",
    # late-units15: a country's letter and a number after "is" with no noun of money paid is a name
    "CEBU CITY - The new model is P4, the maker said.",
]
# "crowns" where the article's country has no crown: titles won, not money
NOT_MONEY: list[tuple[str, Expected]] = [
    ("LONDON - The rider has won three crowns.", [("3", "count", "count")]),
]


@pytest.mark.parametrize(("text", "expected"), ALL_EXAMPLES, ids=case_ids("money", ALL_EXAMPLES))
def test_money_phrasings(text: str, expected: Expected):
    assert figures_of(text, expected) == expected


@pytest.mark.parametrize(("text", "expected"), NOT_MONEY)
def test_crowns_outside_a_crown_country_are_no_money(text, expected):
    assert figures_of(text, expected) == expected


@pytest.mark.parametrize("text", NEGATIVE_EXAMPLES, ids=case_ids("money-not", NEGATIVE_EXAMPLES))
def test_money_look_alikes_yield_no_money(text: str):
    assert all(unit == "count" or kind == "other" for _, unit, kind in figures_of(text))


def test_letter_signs_are_few_and_symbols_always_count():
    assert (
        currency_signs.sign_allowed("$")
        and currency_signs.sign_allowed("KSh")
        and currency_signs.sign_allowed("USD")
    )
    assert not currency_signs.sign_allowed("MK") and not currency_signs.sign_allowed("FC")
    assert "KM" in money.COUNTRY_ONLY_SIGNS  # the convertible mark's sign, read only in Bosnia


def _no_country() -> str | None:
    raise AssertionError("the article's country was looked up")


@pytest.mark.parametrize("noun", ["party", "step", "cylinder", "member"])
def test_a_compound_noun_that_names_no_currency_looks_up_no_country(noun: str):
    assert currency_signs.compound_currency(noun, _no_country) is None


def test_a_compound_currency_is_found_and_a_shared_name_asks_the_country():
    assert currency_signs.compound_currency("dollar", _no_country) == "USD"
    assert currency_signs.compound_currency("yen", lambda: None) == "JPY"
    asked: list[bool] = []
    currency_signs.compound_currency("rupee", lambda: asked.append(True) or "pk")
    assert asked == [True]


SIGN_FRAGMENTS = tuple("$|US $|Rs|Rs.|RM|KSh|in|kr|€|x|A| |-|/|5|12|.".split("|"))


@given(st.lists(st.sampled_from(SIGN_FRAGMENTS), max_size=20).map("".join))
def test_sign_anchors_are_those_a_search_before_every_number_finds(body: str):
    sc = scanner_of(body)
    pats = money.patterns()
    every = set()
    for d in sc.digits:
        before = body[d - 2] if d > 1 and body[d - 1] == " " else body[d - 1]
        found = pats.sign_tail.search(body, max(0, d - 8), d)
        if d and found and (before.isalpha() or not before.isascii() or before in "$./"):
            every.add(found.start())
    assert currency_signs.money_anchors(sc, pats.sign_tail, pats.sign_ends) == sorted(every)


@pytest.mark.parametrize(
    ("sign", "country", "code"),
    [("$", None, "USD"), ("C$", None, "CAD"), ("KSh", None, "KES"), ("Rs", "PK", "PKR"), ("Rs", "IN", "INR")],
)
def test_a_sign_names_the_same_currency_each_time_it_is_asked(sign: str, country: str | None, code: str):
    assert currency_signs.sign_currency(sign, country) == code
    assert currency_signs.sign_currency(sign, country) == code  # the remembered answer


@given(
    st.integers(min_value=1, max_value=99_999_999), st.sampled_from(["masks", "road", "units", "", "billion"])
)
def test_n_before_digits_is_naira_only_as_an_amount_in_a_nigerian_article(number: int, after: str):
    grouped = figures_of(f"LAGOS - The state paid N{number:,} {after} on Monday.")
    plain = figures_of(f"LAGOS - The state paid N{number} {after} on Monday.")
    abroad = figures_of(f"NAIROBI - The state paid N{number:,} {after} on Monday.")
    scale = 1_000_000_000 if after == "billion" else 1
    if number >= 1000 or scale > 1:  # digit grouping or a scale: an amount
        assert (str(number * scale), "NGN", "money") in grouped
    assert scale > 1 or all(unit != "NGN" for _, unit, _ in plain)
    assert all(unit != "NGN" for _, unit, _ in abroad)


def test_country_sign_anchors_are_where_a_letter_sign_is_glued_to_digits() -> None:
    body = "N15 billion, N95 masks and 7 N 8"
    digits = [1, 14, 27, 31]  # where the digit runs start
    assert currency_signs.country_sign_anchors(body, digits) == [0, 13]


@given(st.text(alphabet="N5 ,.xM-", max_size=30))
def test_country_sign_anchors_find_every_country_letter_amount(body: str) -> None:
    digits = [i for i, c in enumerate(body) if c.isdigit() and (not i or not body[i - 1].isdigit())]
    found = [m.start() for m in money.RE_COUNTRY_LETTER_AMOUNT.finditer(body)]
    assert set(found) <= set(currency_signs.country_sign_anchors(body, digits))


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("$78 a barrel", "barrel"),
        ("GH¢400 per session", "session"),
        ("N1,135/litre", "litre"),
        ("$21 per square foot", "square foot"),
        ("£13.40 an hour", ""),  # a span of time: the subject's own words name the period
        # not a period before "ago", nor a word that is no unit after "a"
        ("$5,000 a year ago", ""),
        ("$5 million a record", ""),
        ("$5 per cent", ""),
    ],
)
def test_the_unit_a_price_is_quoted_for(text: str, unit: str):
    end = text.index("/") if "/" in text else text.index(" ")
    assert money_subjects.price_unit(text, end) == unit


def test_a_price_per_unit_names_its_unit_in_the_subject():
    frame = extract_figures(article_from_text("Brent crude rose to $78 a barrel on Monday.", "case"))
    assert list(frame["subject"]) == ["Brent crude (per barrel)"]


@pytest.mark.parametrize(
    ("text", "code", "subject"),
    [
        ("The rouble traded at 1.1 soms on Monday.", "KGS", "KGS per rouble"),
        ("The pound traded at ¥190.5 on Friday.", "JPY", "JPY per pound"),
        ("The rupee fell to 1.6 yen in Tokyo.", "JPY", "JPY per rupee"),
        ("The rupee fell to 83 rupees a dollar.", "INR", ""),
        ("The shilling traded at Shs3,600 on Monday.", "UGX", ""),
        ("The dollar rose to $5 in trade.", "USD", ""),
    ],
)
def test_an_amount_a_currency_named_before_its_verb_is_worth_is_a_rate(text: str, code: str, subject: str):
    start = next(i for i, c in enumerate(text) if c.isdigit() or c in "$¥" or text.startswith("Shs", i))
    assert exchange_rates.quoted_base(text, start, code) == subject


# exrate33: the one reader of the currency a rate is quoted against (rate_bases.py)
@pytest.mark.parametrize(
    ("text", "every_base", "found"),
    [
        ("at 750 to the dollar", False, ("dollar", "US dollar", "USD")),
        ("at 9.21 to one U.S. dollar", False, ("dollar", "US dollar", "USD")),
        ("at 1,530 to the Ghanaian cedi", False, ("cedi", "Ghanaian cedi", "GHS")),
        ("at 3,150 against the Thai baht", False, ("baht", "Thai baht", "THB")),
        ("at 17.1 against the Brazilian real", False, ("real", "Brazilian real", "BRL")),
        ("at 18.2 to the greenback", False, ("greenback", "greenback", "USD")),
        ("at 0.41 per euro", False, ("euro", "euro", "EUR")),
        ("at 0.41 per kina", True, ("kina", "kina", "PGK")),
        ("at 0.41 per kina", False, None),  # "per" and "a" take the big names alone
        ("at 12 per cent", True, None),
        ("at 5 against the real thing", False, None),  # a plain word needs its country's
        ("at 5 to the Dollar", False, None),
    ],
)
def test_the_currency_a_rate_is_quoted_against(text: str, every_base: bool, found: tuple | None):
    at = text.index(" ", 3)
    base = rate_bases.rate_base(text, at, every_base=every_base)
    assert (base and (base.word, base.name, base.code)) == found
    if base:
        assert base.end == len(text)


@pytest.mark.parametrize(
    ("quote", "after", "code"),
    [
        ("1,530 to the dollar", " on Monday", "USD"),  # inside the quote
        ("NOK 10.74", " per dollar", "USD"),  # right after it
        ("1,715 naira", " to the dollar", "USD"),  # after one word of its own currency
        ("$5.4 billion", " to the dollar", None),  # a scale, no currency's word
        ("12 cents", " to the dollar", None),  # a share of it
        ("GHS 1,150", " and beans", None),
    ],
)
def test_an_amount_quoted_against_a_currency(quote: str, after: str, code: str | None):
    base = rate_bases.quoted_against(quote + after, 0, len(quote))
    assert (base and base.code) == code


def test_an_amount_hyphened_to_a_span_names_the_noun_after_it_paid_per_span():
    frame = extract_figures(
        article_from_text("MANILA, Philippines - His P90,000-a-month lease would not be renewed.\n", "case")
    )
    assert list(frame["subject"]) == ["lease (per month)"]
