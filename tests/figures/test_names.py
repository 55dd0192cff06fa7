"""Names and codes are never figures (analysis/figures/names.py and its readers in
digit_groups.py, place_names.py, reference_codes.py, model_names.py and sport_names.py)."""

from __future__ import annotations

from itertools import takewhile

import pytest
from hypothesis import given
from hypothesis import strategies as st

from analysis.figures import digit_groups, model_names, names, place_names, reference_codes, sport_names

from .corpus import Expected, case_ids, figures_of

NEGATIVE_EXAMPLES: list[str] = [
    # late-units13: a ratio's decimal terms before "ratio", an FM frequency before "FM", a reference
    # of capitals, a slash and its number
    "Rising stocks beat falling ones on the Nasdaq by a 1.9-to-1 ratio.",
    "The breakfast show airs on 101.9 FM every weekday.",
    "Write to the planning office, quoting reference PL/377.",
    # late-units12: a road named by its number right after a street's word
    "Traffic was diverted past the Jalan 14 taxi rank.",
    # late-lists9: an injury list's expected return after a colon is a numbered round
    "Tevita Moala (hamstring): round 19. He missed Friday's training.",
    # class-left13: a number inside a foreign name between its small words and a capitalised word
    "Pilgrims gathered at the Largo dos 4 Caminhos before dawn.",
    "The hostel on Calle de las 3 Cruces has closed.",
    # late-units6: a listed company's code on its exchange, and more indices named with numbers
    "Trading in shares of the bank, listed under the symbol 1120, was suspended.",
    "The insurer's shares, which trade under the ticker 8766, were halted.",
    "Lisbon's PSI 20 index closed flat.",
    # class-left11: emergency services' numbers named with their service; a lottery game's number
    # in its results line's label and a ball named with no colon; names whose capital is accented;
    # the bare times of a place's hours
    "Residents can reach the fire brigade on 112 and the ambulance service on 115.",
    "Emergency numbers for visitors are 113 (police) and 115 (ambulance).",
    "Pick 3 Midday: 4 – 0 – 7",
    "The winning numbers in Saturday's draw were 5 - 17 - 22 - 38 - 41, Powerball 9.",
    "Rádio 7 reported that the mayor had resigned.",
    "Équipe 21, the club's youth side, won the regional cup on Sunday.",
    "Visiting hours at the prison are 10 to 12 and 2 to 4.",
    "Opening hours at the library are 9 to 1 and 2 to 6.",
    # class-discover-k: a numbered part of a building or a site, capitalised, and a sports channel
    # numbered within its brand; a race known by its off time at its course
    "The funeral will be held at Chapel 2, with tea afterwards in the Pavilion.",
    "The night shelter at Unit 5, Arch 14 opens its doors at 8pm.",
    "Enter by the east gate; the café by Enclosure 9 closes at 4.30pm.",
    "Sky Sports 2 and TNT Sports 1 show the game live.",
    "She rode the winner of the 2.30 at Kempton on Saturday.",
    "The 12.40 at Cheltenham was abandoned because of frost.",
    # class-discover-k: a vehicle emission standard; a sports video game's yearly edition
    "Older diesels that fail the Euro 6 standard pay the charge.",
    "The patch for FIFA 25 and Madden 26 arrives on Monday.",
    # class-discover-k: a clock time naming the sitting or the ceremony that starts at it
    "Table 9 was booked for the 7.30 sitting, and guests came for the 4.15 ceremony.",
    "Passengers on the 12 tram face delays.",  # class-discover-i: a route's number
    # class-discover-i: a place named with its number before a singular noun
    "Stalls in Sector 62 market reopened on Monday.",
    # class-names7: a flight's name after its airline's code with no "flight", provisions cited in a
    # list with their subsections
    "Passengers on EK 601 from Karachi were told to wait.",
    "Sections 12(1) and 14(3) of the act were repealed.",
    # ... and a building's floor named "level N of the ..."
    "The office moved to level 3 of the car park.",
    # class-carried8: an agenda item in a gapped clause, its verb left out before what it was
    "Item 4 on the agenda was the budget and item 7 the new depot.",
    "Item 2 was the levy and item 5 the pool.",
    # class-carried8: a numbered ward after a compass adjective, no gapped clause
    "Officials moved the clinic from the central ward 6 to a new site.",
    # late-names2: a range of seat rows, a French address's lower-case street word, a corner of
    # Havana's grid, an hour quoted alone, a runner's number and a flight set off by commas
    "Seats in rows 12 to 18 were closed after the roof leaked.",
    "Protesters gathered outside the ministry at 45 avenue Montaigne on Saturday.",
    "Vendors at the 23 y 12 corner in Vedado had run out of bread by noon.",
    'Organisers said the march would begin "at 10" outside parliament.',
    "Runner number 1045 was disqualified for cutting the course.",
    "The outbound flight, EK 742, was the last to leave.",
    # late-names: a road's hyphened code after "the" or a road's word, a service line's number that
    # looks like a year, and a grid's numbered feeders and circuits
    "Traffic was diverted onto the regional road R3-612 after the lorry overturned.",
    "A landslide closed the N7-22 near the border crossing on Tuesday.",
    "Callers can reach the flood information line 1971 at any hour.",
    "Engineers switched off feeders 4, 8 and 11 to protect the substation.",
    "Circuits 2 and 6 were restored by noon, but circuit 9 is still down.",
    # class-discover-o: a fishery's or a map's numbered area and subarea
    "Scientists advised closing area 4 to trawlers until the spring.",
    "Boats fishing in subareas 6 and 7 must carry observers.",
    # late-ages: a provision's number in brackets after its word
    "Section (3) of the act was repealed.",
    "The tribunal read regulation (12) aloud.",
    # class-shipping: a ship's name ending in a number, after its kind or before its flag and kind;
    # a radio's channel in lower case, as a berth or a platform
    "The coastguard asked all craft to monitor VHF channel 16 during the exercise.",
    "The feeder Hanne Maersk 7 sailed for Rotterdam the same evening.",
    "The harbour tug Smit 7 towed the dredger into port.",
    "Arrived: Westland 9 (Netherlands), general cargo, from Aruba.",
    "The container ship MSC Lucia 5 was held at anchor off the port.",
    # class-discover-c: a numbered courtroom; a bus route's number before "between"; a court's file
    # number opening with its year
    "Court 4 heard the application for bail on Monday.",
    "The case was moved to Courtroom 2 after the lunch adjournment.",
    "Commuters on the 73 bus between Stoke Newington and Euston faced delays.",
    "Case number 2024-CR-1187 was adjourned until 10am on Friday.",
    "The judge dismissed docket 2023-CV-0412 without a hearing.",
    # class-sports2: a shirt known by "the number N" names the shirt, as "the No. 10 shirt"
    "The striker, who wears the number 7 shirt, was substituted at half-time.",
    "He has been handed his number 23 jersey by the club.",
    # class-names5: a flight after a lower-case "flight" and its airline's code; farms, lots and a
    # township's extensions by number; bills by their chamber's letters; clubs named with a year;
    # names before a verb in the past or in "-ing" and its object or "off"
    "Delta flight 1289 diverted to Raleigh.",
    "The crew of flight QR 908 declared an emergency.",
    "Police were called to Farm 112 near Otjiwarongo.",
    "Residents of Extension 9 marched to the council.",
    "H.R. 5012 passed the House on Thursday.",
    "The Senate bill, S. 2226, stalled in committee.",
    "Bayern beat 1860 Munich 3-0 in the derby.",
    "TSV 1860 München fired the coach.",
    "Hannover 96 paid a record fee for the striker.",
    "Ariane 6 lifted off from Kourou on Tuesday.",
    "A Falcon 9 carrying the probe lifted off at dawn.",
    # late-units5: a launcher's or a mission's name after "a", "an" or "the" and an ordinal, then the
    # singular noun it names
    "A Falcon 9 rocket lifted off from Cape Canaveral on Friday.",
    "It was the fourth Vega C mission since the rocket returned to flight.",
    "The agency booked an Ariane 6 launch for the probe.",
    "It was the 12th Long March 5 flight from Wenchang.",
    "The ferry Islander 2 carried the mayor across.",
    "Stand No. 8812 in Mbare was allocated twice, the audit found.",
    # class-doubled: a section's number opening its line before its heading, a subsection glued in
    # brackets, a sub-item, a clause or paragraph in lower case, a telephone extension
    "4.2 Drainage works: the engineer reported that the culvert at Mile End had been cleared.",
    "Section 12(3) of the Constitution was cited by the petitioners.",
    "Councillors deferred item 5(b) to the December meeting.",
    "Under clause 9.3 of the lease the tenant pays for repairs.",
    "The landlord relied on paragraph 14 of the agreement.",
    "For further details call the registry on (868) 625-4411, ext. 3107.",
    "Please contact the procurement unit on extension 4410 during office hours.",
    "Queries go to Ms Tuilagi on extension 2307.",
    # betting odds glued or spaced before "odds" or a betting noun: a ratio (rules, table 8)
    "The bookmakers had the outsider at 10-to-1 odds before the race.",
    "A 100-to-1 shot won the Grand National on Saturday.",
    "The colt was a ten-to-one shot.",
    "The favourite started at 2 to 1 odds.",
    # a pollutant's or a gas's name written with a space, as "PM2.5" and "CO2" are names
    "PM 2.5 and PM 10 levels were high across the city.",
    "Cement plants are big emitters of CO 2.",
    # class-grouping: a township's extension and a farm named by number; phone numbers in three
    # spaced groups, one opened by a year-like group after a verb of calling
    "The clinic will be built on Farm 112 near Rehoboth.",
    "The suspect was arrested at a house on Erf 2213 in Extension 4.",
    "Residents can report leaks on 0800 222 777 or call the ward office on 081 234 5678.",
    "For help, call 2019 555 019 before noon.",
    "Police can be reached on 061 290 2000 and the ambulance on 211 111.",
    # class-names3: a release's dotted version after its noun; a route set off after its vehicle or
    # said to be meant to run; a product counted by the pair; a name set off after the noun it names;
    # a one-letter name before a singular noun; a product's sales and users after its name
    "The developer pushed Update 2.4 to players on Tuesday.",
    "Engineers installed firmware 3.2.1 on the turbines.",
    "A night bus, the 94, stops outside the hospital.",
    "The number 12 is supposed to run through the estate.",
    "He finished in a pair of Strada Vento 3 running shoes.",
    "Its rover, Kestrel 2, landed near the crater.",
    "The new E 250 estate goes on sale in spring.",
    "In Zambia, the N 4 road and the K 7 bridge were shut.",
    "Analysts expect Nintendo Switch 2 sales to slow.",
    "Dealers said Nova 9 owners were the keenest to trade in.",
    # ... a product's dotted version before a release's verb, a ballot measure by its number
    "Vela 3.4 fixes the login bug.",
    "Voters backed Prop 22 in California.",
    # class-looks2: a programme's or a product's whole version, a keyword texted to a short number, a
    # line said to be on its number, an emergency line's number
    "The ministry launched its Digital Farming Program 2.0 in March.",
    "In an emergency call 999 and ask for the coastguard.",
    "Text FLOOD to 88600 for river warnings.",
    "The pollen line is on 40250 from May.",
    "Report it to the 101 non-emergency number.",
    # class-labels: a postal box and a fact box's phone lines
    "Write to: PO Box 7731, Kampala",
    "Tel: 020 7946 0321\nFax: 020 7946 0322",
    "Contact: Private Bag 4410, Gaborone",
    # class-currency2: five digits or more after an abbreviation in capitals, a registry's number
    "LAGOS - The firm is registered with the Corporate Affairs Commission as RC 118204.",
    "The Swiss racer started with bib 12 on the icy course.",  # a racer's bib names the competitor
    "Write to the club at PO Box 12, Perth WA 6000.",  # an address after a comma: no team list
    # a street's hundred block in a police log: an address
    "Officers were called to the 2700 block of Cedar Avenue.",
    # a numbered week of a season, as "Round 6" is a numbered round
    "The Week 12 game kicks off late.",
    # a lone trunk "0" before two groups opens a phone number (it groups no thousands)
    "Victims can call 0 800 12 345 free of charge.",
    # betting odds between "a" and a betting noun, "odds" unwritten
    "Bookmakers make the filly a 5 to 2 favourite.",
    "The colt went off a 33 to 1 shot.",
    # a stage race's results line with teams and gaps "at"; places in a series of races
    "Stage 6 result: 1 Ana Lopes (Por) Team Lusa 3:51:20; 2 Piet Maas (Ned) Orbis at 0:35; 3 Jo Hart (GBR) Kestrel +1:02.",
    "Overall: 1 Maas 31:10:02; 2 Lopes at 0:51; 3 Hart at 1:40.",
    "The crew finished 3, 1, 2 in the day's races.",
    "They placed 4, 2 and 1 over the weekend.",
    # a lower-case stage, a horse's barrier, a numbered race on a card
    "She won stage 12 of the tour after the stage 8 time trial.",
    "The filly jumped from barrier 11 and won Race 5.",
    # class-measures3: a stall, a berth, a lane, a pitch, a court or a platform before a short number
    "Horses drawn in stall 7 have the best record at this course, trainers say.",
    "The ferry is moored at berth 4 while engineers inspect its hull.",
    "The Kenyan, drawn in lane 6, led from the gun.",
    "Groundstaff said pitch 3 would be used for the semi-final after heavy rain.",
    "The quarter-final was moved to court 5 as the rain cleared.",
    "The delayed train left from platform 9 in the end.",
    # a chart named by its length; chart moves to a place; a one-design class's name
    "The song is back in the Top 40, and the midweek Top 20 is out on Monday.",
    "Boats raced in the J/70 and J/109 classes.",
    # a work's title opening with a number after its kind
    "The revival of the musical 12 Chairs toured the north.",
    # a triathlon named by its distance where the text speaks of the sport
    "She won the Ironman 70.3 after a fast swim and a strong bike leg.",
    "The Lakeside 226 ran in heat, and the triathlon's swim was cut.",
    # finishing places in a results line, before a name and a race time; a trial's lower-case phase
    "Women: 1 Ana Costa 2:31:07, 2 Lena Berg (Swe) 2:33:40, 3 Jo Hart 2:35:12.",
    "Results: 1 tom price 4:05:33, 2 ian dunn (aus) 4:06:01.",
    # ... and places in order before names, whatever mark follows them (odds, a time in words)
    "Result: 1 Copper Kettle (7/2), 2 Sea Breeze (5-1), 3 Tall Order (12-1).",
    "Heats, fastest losers: 1 Rosa Lind (SWE), 2 Ama Owusu (GHA), 3 Eva Noor (EST).",
    # late-racing: a racing result's entry, a place before a horse, its jockey and its price, on its
    # own line or run on after the purse; entries one a line; a race of the card in lower case or as
    # a capitalised heading
    "1 Golden Harbour (T. Mensah) 7-2",
    "2 Northern Lad (S. Okafor) 11-4 fav",
    "Race 3, purse paid in full: 1 Sea Wolf (K. Naidoo) 5-1 2 Tin Soldier (J. Pillay) 7-2 fav 3 Dusty Road (T. Moyo) evens",
    "Sprint final.\n\n1 Rosa Lind (SWE)\n2 Ama Owusu (GHA)\n3 Eva Noor (EST)",
    "The stable's runner was placed 3rd in race 4 at Doncaster and took race 6 at Ascot.",
    "Officials said the 6-4 favourite in race 1 was lame after the race.",
    "RACE 9 (5:10pm) – Maiden Plate",
    "The phase 2 study is due to report.",
    # a named release's dotted version before "update", "patch" or "release"
    "The Vela 3.1 update fixed the bug, and the Nimbus 17.3 patch followed.",
    # the first clock time of a span whose "am" or "pm" is written on the second alone
    "The bakery opens 7.05-11am and again 4.45-8pm on weekdays.",
    "The museum is open 10-5pm, and 9-1pm on Saturdays.",
    "Crews will close the bypass from 9 to 11 p.m. on Saturday.",
    "The desk is staffed from 7.40 to 6pm.",
    # betting odds and chances written "N to M" after "odds": a ratio
    "The odds of a full house are 700 to 1, and the colt started at odds of 9 to 2 against.",
    # a short number after "type" names a kind of virus, disease or thing
    "Adults with type 2 diabetes were invited.",
    "The outbreak was of poliovirus type 3.",
    "The jab guards against HPV types 16 and 18.",
    "For help, ring 1890 36 2072 any day.",
    # a clock time that reads like a year before a time zone; a software release's version; a second agenda item
    "Polls close at 2200 GMT on Sunday.",
    "The briefing begins at 1930 CET.",
    "The firm shipped version 2.1 of its app.",
    "The board deferred agenda item 8 and item 11.",
    # a 24-hour clock time before a time zone, as wire copy writes it
    "The call with analysts starts at 1415 CET.",
    "Trading resumed at 0945 EST after the halt.",
    # a house number before a street named "Row", "Mews", "Grove" or "Gardens"
    "The defendant, of 27 Tanner Row, was bailed.",
    "Police were called to 4 Linden Mews at midnight.",
    # a flight's number spaced from its airline's code
    "Flight QR 901 landed at dawn.",
    "The pilot of flight BA 117 landed safely.",
    "Passengers on route 21 say buses are late.",
    # a lower-case route number before its verb
    "Passengers on route 48 face delays.",
    "Bus route 7 will be cut.",
    "The Nasdaq 100 rose.",
    # a numbered drill hole or well
    "Hole 22 and Well 3 were logged.",
    # a name ending in a number after "the" and a measuring compound or a possessive: no count
    "The ministry's Green Farm 5 scheme stalled.",
    "Dial 455-2180 for the desk.",  # a phone number's groups are no range
    "The carrier grounded its 767-300 freighters.",  # nor an aircraft's variant
    # a numbered part of a law's article, as post-Soviet criminal codes are cited
    "She was charged under Article 327, Part 2 of the Criminal Code.",
    "He was charged under Article 203, part 4, of the code.",
    # a clock time in UTC, a ship's IMO number
    "The alert came at 0615 UTC.",
    "The tanker, IMO 9412837, changed flags.",
    # an aircraft model's variant after a hyphen
    "The airline took delivery of an A330-300 and an ATR72-600 turboprop.",
    # a building's numbered floors, a runway's bearing and a transponder's code
    "The restaurant sits on level 41, above the offices on levels 3 to 18.",
    "The freighter touched down on runway 09 after the crew squawked 7600.",
    "Pilots set the transponder to 7500 during a hijacking.",
    # the numbers of a list's items, opening their lines, are labels
    "1. The committee met on Monday.\n2. The vote was put off.\n(3) Members agreed to meet again.",
    "What the panel asked for:\n4) An inquiry into the tender.",
    # a numbered radio station is a name
    "She told BBC Radio 4 she would stand again.",
    # a numbered bus or tram route is a name
    "Bus 46 was rerouted.",
    "Tram 9 stops at the station.",
    "The FTSE 250 fell.",
    "Game 3 is on Tuesday.",
    "He bought an iPhone 15 on Monday.",
    "They flew on an Airbus A380.",
    # a product model's word after the number: the number is part of the name
    "The carrier grounded its 737 Max jets.",
    "The firm's own 787 Dreamliner was late.",
    "Reviewers tested the 15 Pro and the 15 Ultra.",
    # a mine's numbered level, named without an article: a position
    "The east drive collapsed on 14 level.",
    "Demand for the Mazda 3.",
    # a name's number before a verb in "-s" and its object's determiner
    "The Zeta 5 gets a bigger screen this year.",
    "Iron Lantern 4 holds the top spot in the chart.",
    # a list of names of one word and a number, the word repeated: the noun after is shared
    "The firm sells the Zeta 5 and Zeta 7 models.",
    "Stores stock the Orion 12, Orion 14 and Orion 16 phones.",
    # a numbered week or day of a trial or a strike is a position (rules, table 8)
    "Symptoms eased by week 52 of the study.",
    "Talks resumed on day 3 of the strike.",
    # ... and a numbered move, round or lap of a game or a race
    "Her rook fell on move 31 of the game.",
    "He led after round 9 and won.",
    '"After move 20 it was level," she said.',
    "The car spun on lap 12 in the rain.",
    "Windows 11 is out.",
    # a numbered provision in lower case, a music chart, a document identifier
    "The regulator opened a section 54 inquiry.",
    "It was charged under subsection 3 of the law.",
    "The album topped the Billboard 200 chart.",
    "Journal reference: Nature Geoscience, DOI: 10.1038/s41561-026-01234-5",
    "The Boeing 737 was grounded.",
    "Apollo 11 landed.",
    "Covid-19 spread fast.",
    "The meeting starts at 2:30 pm ET.",
    "Call +92-51-9201234 for details.",
    "Call 051-9201234 for details.",
    # phone numbers written with spaces: every group after a trunk "0" or a "+" country code
    "Parents can call 0300 123 1000 to book.",
    # a phone number opened by a trunk group of one or two digits, as Moldovan and Bulgarian
    # hotlines are written
    "CHISINAU - Citizens can report fraud on the hotline 0 800 44 650.",
    "SOFIA - Signals can be sent to 02 8173 404.",
    "The helpline, 0345 279 1000, opens at noon.",
    "Ring +44 20 7946 0000 before Friday.",
    # ... or a hyphen after the trunk group; a North American number with its area code in
    # brackets, and a short line offered beside a phone number
    "Complaints go to the helpline 022-2612 3456 all week.",
    "The storm desk is at (313) 555-0188 overnight.",
    "Residents can dial 311 or (212) 555-0147 for help.",
    # a number in three groups joined by hyphens (a toll-free line), and a short line named a hotline
    "Callers can book online or at 1800-318-4462.",
    "Drivers can report fuel overcharging on 1700-212-646 or online.",
    # a law or decree known by its number, with a verb or participle after it
    "The opposition said Law 2,317 gives the regulator too little time.",
    "The tariff was set by Decree 77 signed late on Monday.",
    "The council's hotline, 1471, took the calls.",
    "Callers can ring the helpline on 1553 all night.",
    # ... also with whom the line is for; the groups after an international prefix in brackets
    "The board's hotline for tenants, 1471, opens at dawn.",
    "Growers can ring a helpline for dairy farmers on 1553.",
    # a free line named the "green line" or "green number", all its groups
    "Parents can report side effects on the green line 13 13 (free call).",
    "Questions go to the green number 800 21 44 every weekday.",
    # ... or the "free line", also with another number offered after "or"
    "Complaints go to the free line 155 or to 97 12 44 60.",
    "Victims may call the free number 8080, the ministry said.",
    "Bookings are taken at (+44 20) 7946 0000 or online.",
    "Call (+61) 2 9374 4000 for a brochure.",
    # a short number called or dialled with no noun after it, and a line offered after a phone number
    "Residents should call 311 to report a pothole.",
    "Dial 999 if you see smoke.",
    "Tips go to the unit at 020-7946-0321 or Crimestoppers on 111.",
    # a Spanish or Portuguese street named by a number or a date
    "The stall stands on Calle 5 de Mayo, by Avenida 20 de Noviembre.",
    "Traffic slowed on Carrera 7 and Rua 25 de Março.",
    # a line's short number that reads like a year, and a mobile network's service codes
    "Complaints go to the hotline 1919 on weekdays.",
    "Customers can pay through the code *151# or check a balance with *120*3#.",
    # a phone number in two spaced groups, the later one of four digits (not thousands' groups)
    "The help line can be reached on 800 7315.",
    "Bookings can be made on 4172 6050 until Friday.",
    # market indices, house numbers, fractions, clock times, ZIP codes, codes, numbered parts
    "The S&P 500 closed higher.",
    "Shares on the FTSE 250 slipped on Friday.",
    "Traders watched the s p 500 all day.",
    "She lives at 14 Harbour View Road.",
    "Vendors on Sukhumvit Soi 71 closed early.",  # a Thai lane's number
    # petrol grades named by their octane number
    "Motorists filled up with Super 98 and Special 95 before the rise.",
    "Pumps ran dry of RON 97 and Unleaded 91.",
    "The office is at 7 W 52nd St.",
    "The shop is at 3 Rue Cler, and 18 Ave Foch.",
    "Add 1/4 of the flour.",
    "Stir in 1⁄8 of a cup.",
    "Doors open at 9 a.m. sharp.",
    "Homes in the 10115 ZIP code sold fast.",
    # a number right after a word naming a code is that code (CODE_WORDS), in any case
    "Homes in ZIP code 90210 sold fast.",
    "Homes in zip code 90210 sold fast.",
    "The shop is in postcode 3000.",
    "Postcode 3000 is in Melbourne.",
    "The postal code 75008 is in Paris.",
    "Enter your PIN code 1234 to pay.",
    "Dial area code 212 first.",
    "The 2000 postcode is in Sydney.",
    "Homes in zip code 90210-1234 sold fast.",
    "The firm tested its ABX-R12 compound.",
    "He pitched in Game 4 after the rain.",
    "Part 2 of the report is due.",
    # a numbered plan or tier of a scheme is its name ("Plan 2 loans", "Tier 2 visas")
    "Graduates on Plan 2 loans repay more.",
    "Tier 2 visas were cut.",
    # a school year and a grade are names of levels, not counts
    "Year 11 pupils sat grade 4 papers.",
    "See https://example.org/search?q=15%25%2030% for more.",
    "Read www.example.com/2024/05/12 today.",
    # a lottery's drawn numbers are labels of balls
    "Saturday's winning numbers were 4, 11, 23, 36 and 47.",
    "The numbers drawn were 9, 30 and 45.",
    # late-lists10: ... also with the draw's day or game before the colon or the verb
    "Winning numbers in Tuesday's draw: 6, 13, 28 and 40.",
    "The numbers drawn on Friday night were 7, 21 and 34.",
    # a toll-free line's number, a numbered area of a city, a plot's number, a social category
    "Residents can call the toll-free line 3322 to report leaks.",
    "The office is in Area 25, near the market.",
    "The house stands on Erf 4410 in the old suburb.",
    # the parts of an address and a numbered microdistrict
    "Police searched Villa 12 and Flat 4 near Exit 14.",
    # ... and a road's exit or junction in lower case, as traffic copy writes it
    "The lorry shed its load near exit 31 of the ring road.",
    "Queues stretched back to junction 12 of the motorway.",
    "The clinic moved to Microdistrict 5 last year.",
    # a French-named national road; a utility's or an emergency service's phone number
    "Traffic was cut on Route Nationale 3 after the flood.",
    "Subscribers can ring the water board's service number 155 to report a leak.",
    "Residents should call the emergency number 112 first.",
    "Families in Category 2 of the social register get free care.",
    # batch and lot numbers written as two four-digit groups; a line named after its number; golf
    # clubs; a numbered game of a series
    "Check the label for batch number 2025-0311 before use.",
    "Look for lot 2024-1187 on the lid.",
    "Readers can call the 1919 helpline for advice.",
    "She hit a 4-iron to the green and a 3-wood off the tee.",
    "He was due to pitch in Game 5 on Sunday.",
    # beds of the darts board, darts' perfect leg, US highways, mile markers, grid references
    "He threw his last dart at double 18.",
    "She hit treble 19 with her first dart.",
    "He nearly threw a nine-darter.",
    "U.S. 36 was closed east of the town.",
    "The crash happened near mile marker 117.",
    "The outfall sits at grid reference SU 412 136.",
    # a port's numbered quays and docks, a bus route's number in lower case, a week of the
    # epidemiologists' calendar
    "The ferry now berths at Quay 7 and Dock 3.",
    "Minibuses on route 48 between the market and the hospital were full.",
    "Measles cases peaked in epidemiological week 14.",
    # a phone number in three spaced groups, the first of four digits
    "For advice, phone the helpline on 1300 555 123.",
    "Report faults on 0161 200 3300 at any time.",
    # a phone number in three spaced groups, a trunk "0" group first: no thousands grouped by spaces
    "Tickets can be booked by phoning 021 455 7820.",
    "To enter the draw, text 085 316 2290 before Friday.",
    # a meeting's agenda item named by its number in lower case
    "The levy, item 12 on Tuesday's agenda, passed without debate.",
    "Councillors deferred agenda items 4 and 5 until March.",
    "Under item 7, councillors voted to sell the depot.",
    # a standard's or an operating system's version number
    "It supports Wi-Fi 7 and Bluetooth 5.3 and ships with Android 16.",
    # a phone number spaced in groups with a later pair of digits, and a vanity number dialled
    "For advice, call 13 CARE (13 22 73) at any hour.",
    "Bookings: ring 0412 55 61 20 before noon.",
    # a line of a tax form, a bus or tram line, cited by its number in lower case
    "Pension income goes on line 11500 of the return and the credit on line 31400.",
    "Riders on bus line 207, which the metro replaces, wait longest.",
    # a numbered week after a report's "covering", "during" or "since"
    "Admissions fell during week 6 and have risen since week 9.",
    # a three-digit service line named before its word; a 24-hour clock time with a point
    "Potholes can be reported through the city's 311 app or the 211 helpline.",
    # an emergency number, before "emergency" and the line's word or after "calls to"
    "Some callers could not reach the 999 emergency line for hours.",
    "Calls to 911 doubled in May.",
    # ... or with up to two words saying what the line or helpline is for
    "Anyone struggling can text the 988 suicide crisis helpline.",
    "The 211 community information line is open all night.",
    # an asteroid's or a comet's catalogue designation, a year in it too
    "The space rock, asteroid 99942 Apophis, is well tracked.",
    "Astronomers watched asteroid 2024 YR4 for weeks.",
    "The minor planet 4179 Toutatis tumbles as it turns.",
    "The last ferry, normally at 22.40, will sail earlier, and the 06.15 train is cut.",
    # a gazette's regulation or proclamation numbered with a letter that is also a sign
    "The unit will probe the tenders under Proclamation R71 and Regulation R8 in Durban.",
    "The tablet runs iOS 18.1 and has an HDMI 2.1 output.",
    # a phone number of two spaced four-digit groups right after a verb of calling, though its first
    # group reads like a year
    "For flight updates, call 2041 7730 or check the website.",
    "Stranded travellers were told to phone 2093 4410 for news.",
    # ... also with whom is called and "on" or "at" between them
    "Passengers can call the airline on 2041 7730 for updates.",
    # a bus, tram or metro line's number after a lower-case "line" with its mode before it
    "The night bus line 77, which runs to the airport, is full by 6am.",
    "Tram line 4 will close in May.",
    # an article of a code or a treaty cited in lower case
    "Fraud is punished under article 210 of the penal code.",
    "The court cited article 7 of the treaty and articles 12 and 14.",
    # audit5: 24-hour clock times with a point in a sentence of an event's hours (gates, doors,
    # polls, a curfew, a match, a concert)
    "Gates open at 18.30 and the match kicks off at 19.45.",
    "Polls close at 22.00 on Thursday.",
    "A curfew runs from 21.00 until 05.00.",
    "Doors open at 19.15 for the concert.",
    # ... a bus line's number before a noun its name modifies
    "The route 9 timetable changes in May.",
    "The bus line 3 depot closed.",
    # ... a place reached on entering a chart named between
    "The band re-entered the chart at 18 this week.",
    "Her song entered the UK singles chart at 5.",
    # ... a class of boats named by a word and a number before "class"
    "She won gold in the Nacra 17 class.",
    # ... a school year abbreviated
    "The Yr 9 pupils sat the test in May.",
    # audit5: a bus known by "the number N" before its vehicle or a route's verb
    "The number 9 runs hourly to the station.",
    "Take the number 14 bus to the beach.",
    "The number 7 will no longer stop at the market.",
    # ... a product's name of two words and its number before a verb in "-s" and a preposition
    "The Kora Vela 5 arrives in May.",
    "The Zeta 5 goes on sale in June.",
    # audit5: a place "at number N" in a chart or a table; a form known by its number; a ceremony's hour
    "The single debuts at number 7 this week.",
    "It sits at number 3 in the table.",
    "Report the income on line 15 of form 1040.",
    "The ceremony starts at 11.00.",
    # audit5: a train known by its hour with one digit before the point, then the place it runs from or to
    "The 8.15 from Brighton was cancelled.",
    # audit5: a rank "the number N seed"; a product's number before "costs more"
    "The number 3 seed lost in round one.",
    "The Zeta 5 costs more than its rivals.",
    # audit5: a route ridden "on the number N"
    "Commuters on the number 38 faced delays.",
    # class-numstyle: a house number after the street's name, as continental desks write an
    # address, and a postcode before its town
    "Shareholders will meet in the Festhalle, Ludwigstrasse 12, on Friday.",
    "Residents can view the plans at the town hall, Hauptplatz 1, 8010 Graz.",
    "The port authority, based at Wilhelminakade 909, said so.",
    "The agency at Drottninggatan 45 forecasts more starts.",
    "The mill at Tehtaankatu 8 in Kotka was closed.",
    "The minister will present the plan in the Rue de la Loi 16 on Friday.",
    "Its flagship store in Via Montenapoleone 8 is open daily.",
    "Its customer centre at Rosa-Fischer-Gasse 2, 1160 Wien, opens on Monday.",
    "The works at Bahnhofstrasse 4 start on Monday.",
    "Talks resume at the head office, 75008 Paris.",
    "Write to the agency, Molenstraat 14, 2513 BK Den Haag, or call.",
    "Staff at Brivibas iela 12 and Slovenska cesta 5 were told.",
    "The cafe on Rua Augusta 120 in Lisbon reopened.",
    "Applications go to Calle del Prado 21, Madrid.",
    # ... opening hours with a point, a range's second time after "to", "and" or a dash, and noon
    "The registry is open from 8.00 to 15.30 on weekdays.",
    "The clinic is open 7.10-16.35 daily.",
    "The museum is open between 10.00 and 18.00 at weekends.",
    "The ferry leaves at 7.10 daily.",
    "Bidders have until 12 noon to submit offers.",
    "The assembly, with its new members, meets at 13.25 Uhr in the town hall.",
    # ... a short line's number after a verb of calling, whom is called and "on" or "at"
    "Members of the public can call the agency on 41275.",
    "Ring the council at 5512 to book a collection.",
    # times of day in an event's, a shop's or a timetable's hours (digit_groups.is_clock_hour)
    "The library will open 8 to 6 on weekdays during the renovation.",
    "Pupils who arrive later than 7.20 will be marked absent.",
    "The market closes at 10.00 WIB on Fridays.",
    "The ferry leaves Makassar at 14.40 WITA each day.",
    "The march sets off at 9 sharp from the town hall.",
    "The first bus left at half past 7.",
    "Rain is expected between 6 and 8 in the evening.",
    "Doors at 7, with the first band on stage at 8.",
    "The clinic is open 8 to 6, Monday to Friday.",
    "Kick-off is at 3 on Saturday.",
    "Shops in the centre may stay open until 10 on Thursdays.",
    "A memorial service will be held at 11 in the morning.",
    "Gates open at 6.55 and the parade starts at 8.",
    "Lessons run from 8.35 to 3.05 each day.",
    "Trading in the stock resumed at 1415 local time.",
    "The curfew runs from 9 to 6 each night.",
    "The museum closes at 5 on Sundays.",
    "Opening hours are 10 to 4 daily.",
    "Volunteers will staff the hall from 9 to 5 on Saturday.",
    "Residents must put their bins out by 11.00 on Monday.",
    # (after the carry-over measure) a change's verb at a time, and a span joined by "and" before "a.m."
    "The boil-water notice was lifted at 18.00 WITA.",
    "Visitors may call between 8 and 10 a.m. on weekdays.",
    "Stock markets open at 9 and close at 4.",
    # class-names2: a radio station named by its FM frequency or its call sign where the text speaks
    # of radio; a route known by its bare number after "the"; a road's later junction; idioms
    "Commercial station Harbour 92.5 held steady in the survey.",
    "Its breakfast show on Coast 104.1's airwaves has ended.",
    "The bakery on Long Street stays open until 10 on Fridays.",
    "The night market is open until 9 most nights.",
    "The 14 bus was late again this morning.",
    "Commuters say the 62 tram runs every morning without fail.",
    # class-headlines2: digits inside names in headlines
    "F1 TEAM UNVEILS NEW CAR AHEAD OF SEASON",
    "COVID-19 Cases Fall For Third Straight Week",
    "Windows 11 Update Causes Printer Problems",
    "UPDATE 3-Shipping Lines Reroute Vessels Away From Red Sea",  # a wire slug's update number
    "Formula 1 confirmed the new season.",
    # a fact box's address line: a house number
    "Venue: 221 Kingsway, Vancouver\nDoors: 7pm",
    # class-discover-b: a device's or a chip's family and number, an emissions scope, a benchmark's
    # version
    "Scope 3 emissions are the hardest to measure, the auditors said.",
    "The Xbox 360 consoles sold out within a week.",
    "The company has not reported its scope 1 and 2 emissions since the merger.",
    "The chip was tested in Geekbench 6 and PCMark 10 by the reviewers.",
    # class-tech2: a processor's model code after its series, a video format's lines and scan, a
    # resolution after a plan or a mode and after "in" or "to" in copy about games and video
    "Intel's Core Ultra 9 285K and the Core i9 14900K are rivals.",
    "Netflix's 1080p tier is being phased out for new subscribers in Canada.",
    "The console streams films in 1080p or 720p.",
    "The PlayStation 5 Pro upscales games to 4K using a machine-learning model.",
    "The streaming service said its 4K plan would be withdrawn.",
    # class-looks3: ratios written with a colon, a phone number's short extension, a line reached
    # toll-free, dialled or texted
    "Shareholders backed the merger by a 3:1 majority at Thursday's meeting in Frankfurt.",
    "Mix cement and sand 1:3 by volume for the foundation, the guide advises.",
    "Bookings can be made on 020 7946 0321, extension 4, on weekdays.",
    "Report power outages on 0800 600 700, extension 2, or on the utility's app.",
    "Residents can report illegal dumping toll-free on 1199, the county said.",
    "Victims of gender-based violence can dial 1195 at any hour, the ministry said.",
    "Consumers can call the helpline on 1800 425 0011 or send an SMS to 55444.",
    # class-names6: numbered places, units of government and parts of a process in lower case or as a
    # capitalised plural before a pair, a range or a list
    "Residents of Wards 3 and 7 say their rubbish has not been collected since the strike began.",
    "The module 2 hearings of the inquiry will examine decisions taken by ministers.",
    "Voting at polling station 17 was suspended after a ballot box was found open.",
    "Polling stations 112 to 118 opened late.",
    "Officers from precinct 14 were sent to the march.",
    "Sectors 7 and 11 were placed under curfew after the clashes.",
    "Councillors for ward 4 and ward 8 walked out of the budget meeting.",
    "The zone 3 office in Lusaka will close on Fridays.",
    "Constituencies 12 to 15 will be redrawn before the next election.",
    "Results from polling unit 012 in Ikeja were disputed by both parties.",
    "Blocks 3 and 4 of the estate were demolished to make way for the new road.",
    "Bins in wards 3 and 7 of the city were not emptied for a month.",
    "Region 3 farmers lost their maize to the drought, the ministry said.",
    # class-discover-f: a city's numbered postal district in an address, a street abbreviation after
    # a house number, a TV channel's number before its platform number in brackets
    "To let: studio flat, Dublin 6, available now.",
    "Send entries to PO Box 771, Colombo 7.",
    "Open home at 22 Waratah Cres, Turramurra on Saturday.",
    "Live on SuperSport 4 (DStv channel 204) from kick-off.",
    # class-places3: seats, rows, gates, stands and lots; routes before their vehicles; a road's
    # code after a preposition; hours after "shortly after", "at about" and an opening "At N,"
    "The passenger in row 31 F told the crew she had smelled smoke.",
    "The man in seat 14C was escorted off the plane by police.",
    "She was moved to seat 9D after complaining about the noise.",
    "Buses to Kisumu leave from Stand 3 every morning.",
    "Taxis queue from stand 12 along the market wall.",
    "The lorry had been parked in Bay 4 of the depot since the weekend.",
    "Flights to Lagos now board from gate 5, the airport authority said.",
    "The fire started in a shed on plot 27 behind the school.",
    "Fares on route 44 buses will rise next month.",
    "Passengers on route 9 trams faced long delays on Monday.",
    "The crash happened on R2-409 near the village of Kostel.",
    "At 10, the meeting was adjourned so that councillors could consult their lawyers.",
    "At about 4 the storm reached the coast, forecasters said.",
    "Shortly after 11 the police arrived and cleared the square.",
    "Just after 9 the first results came in from the rural districts.",
    "The fighting stopped at around 3, residents said.",
    "Inmates in wing 2 went on hunger strike over visiting rights.",
    "The prisoner in cell 14 was found dead on Sunday.",
    # class-units7: a numbered box, a ballot's or a post office's
    "Police found the missing ballots in box 14 at the Kano collation centre.",
    "Send entries to PO Box 4021 before Friday.",
    "Passengers at terminal 2 waited for hours after the system failed.",
    # class-times3: hours and minutes after a word that places a time, with no business word near
    # ("meet at 7.45"), a place after them ("at 10.20 near"), a proceeding's verb near a market's
    # words; a working day's, a poll's and a meeting's hours; "until 7." ending its clause; an opening
    # "At 11," before a proceeding's verb
    "At 11, the judge called a short recess before the defence resumed its case.",
    "At 10, he adjourned the hearing until the afternoon.",
    "Police said the man was stopped at about 2.30 outside the bar on Queen Street.",
    "The finance committee will meet at 7.45 on Monday to consider the draft budget.",
    "Polls close at 10 tonight and the first results are expected by dawn.",
    "Staff at the tax office work from 9 to 5 and are not paid overtime.",
    "Firefighters were called to the warehouse at 3.40 and fought the blaze until 7.",
    "The board met at 8.15 before the chairman's statement.",
    "Trading was halted at 2.15 after the index fell sharply.",
    "Voting ends at 6 today, the electoral commission said.",
    "The story led the 6 o'clock news on every channel.",
    "The launch is scheduled for 0930 local time, weather permitting.",
    "By 10 the next day the water had receded from the main road.",
    "Around 3 in the afternoon the crowd dispersed peacefully.",
    "The convoy arrived about 7 that evening, witnesses said.",
    "The bus overturned at kilometre 112 of the Nairobi-Mombasa highway.",
    "Exhibitors in hall 3 complained about the heat on the opening day.",
    "Residents of flat 12 were evacuated after the gas leak.",
    "The delayed train finally left from track 9 at noon.",
    "The explosion happened a little after 8 on Tuesday.",
    # class-discover-e: a UN resolution cited in lower case
    "Under resolution 2231, the curbs were due to lapse in the autumn.",
    # class-labels4: a ratings body's, a league's and a poll's numbered week, round, wave or survey;
    # a bus or a train's car in lower case after a preposition or its owner; an emergency line's
    # number before the calls made to it, after a quantifier or before one call
    "The show topped the ratings in BARC week 47 across Hindi-speaking markets.",
    "Nielsen week 32 figures were released on Thursday.",
    "Arsenal have not lost since matchweek 12, when they fell at Villa Park.",
    "Gameweek 9 deadline is Friday at 11am.",
    "The station lost ground in Radio survey 6, published on Tuesday.",
    "The cup moves to round 16 of the competition in March.",
    "It took until week 3 of the trial for the first side effects to show.",
    "The bomb threat forced commuters off bus 14 near the station.",
    "A fire broke out aboard tram 6 on the city loop.",
    "Operators say most 112 calls in the region are made by mistake.",
    "She made a 999 call at midnight from the hotel car park.",
    # class-discover-h: a garment's or a shoe's size on a size chart, a launch countdown's mark
    "Shoppers complained that a size 12 dress in the chain's stores measured like a size 10 elsewhere.",
    "The boots come in UK sizes 4 to 8 only.",
    "Wearing a size 16, she said the chain's sizing had shrunk.",
    "At T-minus 10 seconds the countdown was halted, and the launch was moved to 14:32 GMT on Thursday.",
    "The boosters separated at T-plus 2 minutes 40 seconds.",
    # late-names3: a survey's marker, a ship named after its prefix, a short code a number or a
    # keyword is sent to, a line named by its owner, a short line offered before a French number,
    # and a street named for a date in French or Spanish
    "At stake 12 the snow lay deeper than anywhere on the glacier.",
    "Borehole 4 was capped after the drilling.",
    "The islands are served by a single ferry, MV Lomaiviti 3.",
    "Applicants can check progress by sending their file number to 7788.",
    "Parents can text their child's ID number to 3344 or visit a school.",
    "Farmers who lost their cards can send an SMS with their national ID number to 8899.",
    "Voters can send the code VOTE to 6161.",
    "Tenants can call the council's line 3030 between 9 a.m. and noon.",
    "In an emergency, dial 15 or 04 91 22 33 44.",
    "The market on Place du 8 Mai reopened.",
    "Talks were held at a hotel on Boulevard du 30 Juin.",
    # class-names8: a runner's saddlecloth number, after "horse" or between "the" and "horse"
    "Race 3 was abandoned after the 8 horse fell at the second furlong.",
    "Punters who backed the 3 horse were left empty-handed.",
    "She put her stake on horse 14 in the last race.",
    # an engine's layout, a model's number after its maker
    "Its V8 was dropped from the range, leaving a V6 hybrid as the flagship.",
    "The airline grounded its 787s after a fuel-pump fault.",
    # late-clock: 24-hour clock times with a point in almanac, shift and opening-hours copy, an
    # address's house number after a street's name, a phone line's other number, a hotline "is N"
    "Opening hours at the Bergen library will be extended to 22.00 from Monday, the council said.",
    "Tórshavn on Sunday: sunrise 09.52, sunset 15.04.",
    "The moon rises at about 19.45 and sets shortly before 10.30 the next morning.",
    "Entries should be posted to the Fishermen's Association, Havnargøta 28, Klaksvík, by Friday.",
    "Ballots go to the party's head office, Brekkutún 5, Klaksvík.",
    "For bookings call Tel: 443-2-560912 / 560913 or write to the club secretary.",
    "The helpline for farmers is 1517, open around the clock.",
    "The hotline is 1212, the ministry said.",
    # class-left10: a 24-hour clock time with a point before "instead", "rather than" the time it
    # replaces, or a venue's closing hour
    "The last ferry will now sail at 22.15 instead.",
    "The night bus will leave at 23.40 rather than 23.10.",
    "Bars in the old town must close by 23.30 under the new rules.",
    "She got a 7 in English and a 9 in maths.",  # class-discover-j: grades written as bare digits
    "Pupils need a 4 or above to pass.",  # class-discover-j
    "About a third of entries were graded 7 or above.",  # class-discover-j
    # late-formats3: a draw's numbers in a results line, and a newspaper named with its number
    "Winning numbers: 04 – 12 – 19 – 27 – 33 – 41   Bonus ball: 08",
    "Winning numbers: 2 – 9 – 14 – 31 – 45   Powerball: 17",
    "Evening (7.30 pm): 5 – 0 – 8",
    "24 Chasa, the Sofia daily, leads with the new fuel prices.",
    # class-discover-n: a notice's or a listing's reference after "ref.", "no." or a number sign
    "Viewing by appointment only, quoting ref. 5528.",
    "Donations to the lifeboat fund (charity no. 2071438) c/o the funeral directors.",
    "Price on application, MLS# 3318704.",
    "Objections may be sent quoting application no. 6612 by the closing date.",
    # class-discover-n: a programme's numbered episode in lower case
    "In episode 5 the detectives finally reach the island.",
    # class-left12: a number dialled, an adverb of the call after it
    "People with minor injuries should dial 111 rather than go to hospital.",
    "Anyone struggling can call 116 123 free at any hour.",
    # late-formats4: a live commentary's match-minute heads and an itinerary's day heads
    "Day 6 – Free day in Kyoto.",
    "Summary of the night.\n\n88' Bakayoko is booked for a late tackle.",
    "Build-up.\n\n45+2’ The referee waves play on.",
    # late-heads7: places ending in a stop and crews joined by a slash in a results line, museum
    # labels numbered alone on their lines, house numbers before a British postcode, an accession
    # number's range of parts
    "Final standings (elapsed time): 1. Marta Vilar (Vigo) 4:12:08; 2. Ines Sousa (Braga) 4:13:40.",
    "1\nFishing net float\nGlass\n\n2\nNet needle\nWhalebone",
    "Gift of the Harbour Trust (2004.7.1-3)",
    # class-discover-q: a chain's numbered store or branch, and a car's model number before its trim
    # codes with the maker left out, are names
    "The chain said store 2214 in Leeds would stay open.",
    "Staff at branch 87 were told on Friday.",
    "The 718 GT4 RS is sold out in Britain.",
    # late-money8: a number dialled in the past tense, a service known by its short number, the
    # lines named between "toll-free" and "line", a union's numbered local
    "Hikers caught by the storm dialled 999, the police said.",
    "Worried parents rang 116 when the school bus was late.",
    "Hearing-impaired residents can use Text to 988 at any hour.",
    "Calls to the toll-free 1919 and 1800 lines were answered by volunteers.",
    "Teamsters Local 727 voted to authorise a strike.",
    # late-carry8: the other number to dial after one dialled
    "Report a fire by calling 998, or 112 from a mobile.",
    # late-units11: a line's number in spaced groups; a bare "Box" in an address
    "Parents can ring the school's absence line, 914 227 305, before 9am.",
    "Entries go to the competition desk, Box 552, Suva.",
]

ALL_EXAMPLES: list[tuple[str, Expected]] = [
    # late-units14: a race card's saddlecloth and barrier draw, and a tipster's saddlecloths after
    # its label, are names; the weight carried and the rating are read
    (
        "1 Night Ferry (4) 58kg, rated 77\n2 Quiet Harbour (7) 55.5kg, rated 70"
        "\n\nBest bets: 2 Quiet Harbour, 1 Night Ferry",
        [
            ("58", "other", "other"),
            ("77", "other", "other"),
            ("55.5", "other", "other"),
            ("70", "other", "other"),
        ],
    ),
    # late-lists10: the steps of a school career or a course in the plural before a range or a list,
    # a course's session and a land lot's subdistrict are labels; the figures beside them are read
    ("Girls in Years 8 to 11 will sit the test in March 2027.", [("2027-03", "date", "date")]),
    ("Weeks 4 to 6: walk briskly for 25 minutes.", [("25", "other", "duration")]),
    ("Children in Grades 2 and 3 will get a free lunch from 2026.", [("2026", "year", "date")]),
    ("Session 4 covers splints, and the course costs $60.", [("60", "USD", "money")]),
    ("The site, Lot 771, Mukim 9, will hold 88 terrace houses.", [("88", "count", "count")]),
    ("Over the years 7 to 10 people a day have called.", [("7/10", "people", "count")]),
    # late-money8: a count before a number dialled in the past tense, a year after a service's
    # number; "called 150 players" and "the toll-free line took 300 calls" count
    ("Some 2,400 people phoned 111 in the first hour, the board said.", [("2400", "people", "count")]),
    ("Text to 988, available since 2022, was little used.", [("2022", "year", "date")]),
    ("The coach called 23 players for the qualifier.", [("23", "people", "count")]),
    ("The toll-free line took 300 calls on Monday.", [("300", "count", "count")]),
    # late-heads7: a race's leg, a live page's update and a team by number are names; a crew's places
    # in a leaderboard line are positions; house numbers in addresses; the figures beside them are read
    (
        "Update 3 – Friday, June 5, 2:15 p.m.\nThe lead pack reached Ruby Mountain after 14 hours on the trail.",
        [("--06-05", "date", "date"), ("14", "other", "duration")],
    ),
    ("Team 7 (Ole Haugen) checked in at Tolka with 10 dogs still in harness.", [("10", "count", "count")]),
    ("The standings after Leg 2 show the Irish boat 40 minutes clear.", [("40", "other", "duration")]),
    ("Team members from 4 countries took part in the rescue.", [("4", "count", "count")]),
    (
        "Leaders after Round 5: 1 Lopes/Reis 58min 12.1sec; 2 Dias/Matos +9.7sec.",
        [("58", "other", "duration"), ("12.1", "other", "duration"), ("9.7", "other", "duration")],
    ),
    (
        "3\nCoal tub\nOak and iron, about 1900\n\n4\nMiner's lamp\nBrass, 1915",
        [("1900", "year", "date"), ("1915", "year", "date")],
    ),
    ("14 Kingsway Rise, TR1 2AB, semi-detached, £245,500", [("245500", "GBP", "money")]),
    ("Lucky Star Kitchen, 12 Tiverton Trail, Warwick. Three core violations.", [("3", "count", "count")]),
    # late-units13: an event's only place ending in a stop after its line's label is a position
    ("Hammer throw: 1. Petra Lind, Gdansk, 71.40 metres.", [("71.4", "other", "other")]),
    ("Jade Garden Buffet, 1875 Cedar Brook Ave., Cranston. Inspected Nov. 3.", [("--11-03", "date", "date")]),
    # late-formats4: the minute head and the day head are positions, the figures in the entry are read
    ("67' Chance! Okoye's header from 12 yards drifts wide.", [("12", "other", "other")]),
    (
        "Day 3 – Hoi An. A free morning, then a 40-minute boat ride to the lantern market.",
        [("40", "other", "duration")],
    ),
    ("Leg 2: Perth to Adelaide, a drive of 2,700km.", [("2700", "other", "other")]),
    ("Day 3 of the strike saw 40 arrests.", [("40", "count", "count")]),
    # class-left11: a count after "reached" is no emergency number; an amount beside a ball named
    (
        "Vaccination teams reached 110 villages in the first week of the campaign.",
        [("110", "count", "count")],
    ),
    (
        "The jackpot, worth $48 million, went unclaimed after nobody matched the Mega Ball 14.",
        [("48000000", "USD", "money")],
    ),
    ("Élan 5 drew an audience of 1.2 million viewers.", [("1200000", "people", "count")]),
    # class-discover-k: the building part's number is a name, the count after it is still counted
    ("Studio 4 seats 120 people.", [("120", "people", "count")]),
    (
        "The Euro 2024 final drew 20 million viewers.",
        [("2024", "year", "date"), ("20000000", "people", "count")],
    ),
    ("The FIFA 2026 World Cup opens in June.", [("2026", "year", "date")]),
    # class-discover-i: a route's number between "the" and its vehicle's singular; the plural counts
    (
        "Fares on the 38 bus rise from £1.75 to £2 on Sunday.",
        [("1.75", "GBP", "money"), ("2", "GBP", "money")],
    ),
    ("The 38 buses the city bought cost £9m.", [("38", "count", "count"), ("9000000", "GBP", "money")]),
    # class-discover-i: a postal district before a verb or an adverb ("in Dublin 6 now sell"), and a
    # place named with its number before a singular noun ("in Mile 12 market"); a count above one
    # before a plural stays a count
    ("Homes in Dublin 6 now sell for €720,000 on average.", [("720000", "EUR", "money")]),
    ("In Dublin 8 people were hurt in the crash.", [("8", "people", "count")]),
    (
        "Tomatoes now cost ₦85,000 per basket in Mile 12 market, compared with ₦30,000 in July.",
        [("85000", "NGN", "money"), ("30000", "NGN", "money")],
    ),
    ("In Kano 40 traders were arrested.", [("40", "people", "count")]),
    # class-names7: a flight's name after its airline's code with no "flight" and an airliner's bare
    # model number, near a word of flying; provisions cited in a list with their subsections; the
    # figures beside them keep their rows, as do a period's label and a model number before persons
    (
        "BA 2490 was diverted to Shannon on Tuesday after a passenger fell ill, and its 214 passengers"
        " were put up in hotels overnight.",
        [("214", "people", "count")],
    ),
    (
        "Kenya Airways' KQ 101 landed safely in Nairobi after a bird strike; none of the 186 people on"
        " board was hurt.",
        [("186", "people", "count")],
    ),
    ("The 787 was grounded for 36 hours at Heathrow after a fault.", [("36", "other", "duration")]),
    (
        "Boeing showed a 787 on display at the Dubai Airshow alongside two of its freighters.",
        [("2", "count", "count")],
    ),
    (
        "The pair were charged under Sections 115(2) and 351(3) of the Penal Code and face up to seven"
        " years in jail.",
        [("7", "year", "duration")],
    ),
    (
        "Airlines flew 12% more passengers in Q3 2025 than a year earlier.",
        [("12", "percent", "percent_change"), ("2025", "year", "date")],
    ),
    ("The 737 passengers on the delayed flight were given vouchers.", [("737", "people", "count")]),
    ("Under section 3, 40 officers were suspended.", [("40", "people", "count")]),
    ("The EU 27 countries banned the flights.", [("27", "count", "count")]),
    ("Miners were trapped at level 21 of the mine, and 14 were rescued.", [("14", "people", "count")]),
    # late-names2: numbers that label (a bib, an auction's lot, a flight with its airline's code, a
    # French address, a flat's layout of rooms) give no row; the figures beside them keep theirs
    ("Kiptoo, wearing bib number 214, finished ahead of 3,500 other runners.", [("3500", "people", "count")]),
    ("The Picasso sketch, lot 412, sold for €38,000 after a brief bidding war.", [("38000", "EUR", "money")]),
    ("The auctioneer said lot 56 fetched 9,000 euros.", [("9000", "EUR", "money")]),
    ("The team sold 12 lots for €40,000 in total.", [("12", "count", "count"), ("40000", "EUR", "money")]),
    (
        "Passengers booked on flight number LH 455 were moved to three later services.",
        [("3", "count", "count")],
    ),
    (
        "The stadium added 14 rows of 60 seats behind the north goal.",
        [("14", "count", "count"), ("60", "count", "count")],
    ),
    ("The embassy moved to 14 rue de la Paix in 2019.", [("2019", "year", "date")]),
    ("The clinic, at 31 avenida Bolívar, treated 230 patients last week.", [("230", "people", "count")]),
    ("A 3+kk flat in Brno now rents for 22,000 koruna a month.", [("22000", "CZK", "money")]),
    ("The 2+1 apartments on the estate sold for an average of 95,000 euros.", [("95000", "EUR", "money")]),
    # late-racing: counts that look like a racing result's entries keep their rows (no price after
    # the bracket; a recipe's lines, no name capitalised; a race run late by hours)
    ("He scored 2 goals (both headers) in a 3-1 win.", [("2", "count", "count")]),
    (
        "You need:\n1 onion, chopped\n2 carrots, diced\n3 eggs (beaten)",
        [("1", "count", "count"), ("2", "count", "count"), ("3", "count", "count")],
    ),
    ("Storms meant they ran the race 2 hours late.", [("2", "other", "duration")]),
    # late-names: a road's hyphened code is no figure, the delay after it is; a feeder's number
    # before a count of its customers; a circuit lapped a number of times is counted
    (
        "Drivers on the B2-114 face delays of up to 40 minutes while the bridge is resurfaced.",
        [("40", "other", "duration")],
    ),
    ("The drivers lapped the circuit 12 times in the rain.", [("12", "count", "count")]),
    # class-shipping: a ship's name before its flag and size; a count after a vessel's name still counts
    (
        "The coaster Westland 9 (Netherlands), general cargo, 2,995 GT, sailed for Aruba.",
        [("2995", "other", "other")],
    ),
    (
        "The Kapitan Dranitsyn 2 icebreaker cleared a path for 14 ships last winter.",
        [("14", "count", "count")],
    ),
    ("The ferry Aran Star 2 carried 340 passengers on Sunday.", [("340", "people", "count")]),
    # class-discover-c: a courtroom's number is a name, the counts after it are figures; a bus
    # route's number before "between"
    (
        "Court 4 heard that the 52-year-old had 17 previous convictions for 31 offences.",
        [("52", "other", "count"), ("17", "count", "count"), ("31", "count", "count")],
    ),
    (
        "Fares on the 25 bus between Stratford and Oxford Circus are capped at £1.75 a journey.",
        [("1.75", "GBP", "money")],
    ),
    ("The 14 buses between Leeds and York were cancelled.", [("14", "count", "count")]),
    # class-tech2: a chip's model code is its name, a plant's glued capacity opens a name, a resolution
    # before a mode is no figure, while "$4K" is money and "grew to 4K" a count
    (
        "Intel's Core Ultra 9 285K sells for $589 in the US, while AMD's Ryzen 7 9800X3D costs $479.",
        [("589", "USD", "money"), ("479", "USD", "money")],
    ),
    (
        "The 1.2GW Hornsea 2 wind farm can power more than 1.4 million homes.",
        [("1.2", "other", "other"), ("1400000", "count", "count")],
    ),
    ("The TV supports 8K playback and costs 2,499 euros.", [("2499", "EUR", "money")]),
    ("Staff will get a $4K bonus after the launch of its 4K plan.", [("4000", "USD", "money")]),
    ("Membership of the club grew to 4K last year.", [("4000", "people", "count")]),
    ("About 2 500MW of capacity was lost, Eskom said.", [("2500", "other", "other")]),
    ("Petrol reached 145p a litre in the spring.", [("145", "other", "money")]),
    (
        "Meta said Llama 3.1 was trained on more than 16,000 H100 GPUs over several months.",
        [("16000", "count", "count")],
    ),
    # class-discover-b: a product's number before a verb of its price or specification and an
    # amount is its name; the amount stays
    ("The Zeta 5 starts at $499 in the United States.", [("499", "USD", "money")]),
    (
        "The Korvo 12 carries 16GB of memory and a 6.7in screen.",
        [("16", "other", "other"), ("6.7", "other", "other")],
    ),
    ("The Nimbus 7 draws up to 65W from the wall socket.", [("65", "other", "other")]),
    ("Landsat 9 images cover 185km swaths of the Earth.", [("185", "other", "other")]),
    ("An RTX 4090 graphics card costs about $1,600.", [("1600", "USD", "money")]),
    ("Pixel 9 prices start at $799.", [("799", "USD", "money")]),
    ("The Ryzen 7 processors ship with 8 cores.", [("8", "count", "count")]),
    # class-doubled: figures that look like a section's number, a subsection or an extension keep
    # their row (a scale word or a unit after a decimal opening a line, a count after "extension")
    ("3.5 Million people live in the coastal districts.", [("3500000", "people", "count")]),
    ("2.1 Percent of voters stayed home, the commission said.", [("2.1", "percent", "percentage_share")]),
    ("The water board said the extension 400 households awaited was delayed.", [("400", "count", "count")]),
    ("The council granted the builder an extension of 30 days.", [("30", "days", "duration")]),
    (
        "PM 2.5 levels in Delhi reached 312 micrograms per cubic metre on Sunday.",
        [("312", "other", "other")],
    ),
    ("Cement plants emit about 8 per cent of global CO 2 emissions.", [("8", "percent", "percentage_share")]),
    # class-grouping: a year a word places before thousands grouped by a space is no phone number's
    # first group; a name's number before a count
    (
        "In 2019 12 200 homes in Mabvuku had no piped water, the council said.",
        [("2019", "year", "date"), ("12200", "count", "count")],
    ),
    (
        "The council has allocated 2 350 serviced residential plots in Extension 9 since 2021.",
        [("2350", "count", "count"), ("2021", "year", "date")],
    ),
    # ... a line score's runs after its innings are the final score's part; hits and errors count
    (
        "Line score: Santurce 010 002 002 — 5 9 0; Caguas 000 300 000 — 3 7 2.",
        [("9", "count", "count"), ("0", "count", "count"), ("7", "count", "count"), ("2", "count", "count")],
    ),
    # ... a second number after "and the ... on" is counted when a noun follows it
    (
        "The firm paid 250 000 and the state spent on 300 beds.",
        [("250000", "count", "count"), ("300", "count", "count")],
    ),
    # class-names3: names with numbers beside the figures that count, and the look-alikes that stay
    # figures (a unit or a scale word after a release noun's number, a noun after a bus's number set
    # off by commas, a count after a capitalised word that opens the sentence)
    ("The developer pushed Update 2.4 to fix 30 bugs.", [("30", "count", "count")]),
    (
        "Nintendo Switch 2 sales reached 10 million in four months.",
        [("10000000", "count", "count"), ("4", "other", "duration")],
    ),
    ("Mercedes unveiled the new E 300 saloon, priced from £51,000.", [("51000", "GBP", "money")]),
    ("They laid a patch 2.5 metres wide.", [("2.5", "other", "other")]),
    ("The bus, the 40 passengers said, was late.", [("40", "people", "count")]),
    ("Yesterday 40 users complained about the app.", [("40", "people", "count")]),
    (
        "Apple sold 50 million iPhone 15 handsets in their first six months on sale.",
        [("50000000", "count", "count"), ("6", "other", "duration")],
    ),
    # ... a scaled count before a name and its number, a name's number before a verb of takings in
    # the past, a dotted version before a release's verb, a ballot measure
    ("Sony has shipped 21 million PlayStation 5 consoles in Europe.", [("21000000", "count", "count")]),
    ("Black Ops 6 earned $1 billion in its first month.", [("1000000000", "USD", "money")]),
    ("Minecraft 1.21 adds 10 new blocks.", [("10", "count", "count")]),
    ("Proposition 47 reduced some thefts under $950 to misdemeanours.", [("950", "USD", "money")]),
    ("In Gaza 40 died on Monday.", [("40", "people", "count")]),
    ("At Christmas 40 buyers queued outside.", [("40", "people", "count")]),
    ("In South Korea 300 users lost access.", [("300", "people", "count")]),
    ("In the final tally, Labour 40, the Tories 35.", [("40", "count", "count"), ("35", "count", "count")]),
    # class-looks2: whole versions after a name are no figures; a whole number with a unit, a scale
    # word before it, or in a list of names and figures is one
    ("Start-ups pitching Web 3.0 products raised $48 million last quarter.", [("48000000", "USD", "money")]),
    (
        "The Industry 4.0 strategy aims to train 20,000 technicians by 2028.",
        [("20000", "people", "count"), ("2028", "year", "date")],
    ),
    ("Growth in Germany was 2.0 percent.", [("2", "percent", "percent_change")]),
    ("Text DONATE to 70070 to give £5 to the appeal.", [("5", "GBP", "money")]),
    ("Organisers sent texts to 400 volunteers.", [("400", "people", "count")]),
    (
        "Calls to the 101 non-emergency number rose 18 per cent in the year.",
        [("18", "percent", "percent_change")],
    ),
    # class-measures3: stalls, berths and lanes counted, or a stall measured, are no positions
    ("Organisers have hired 12 pitches for the youth tournament.", [("12", "count", "count")]),
    ("The marina has 40 berths and a waiting list.", [("40", "count", "count")]),
    ("The market stall 12 metres long sold fish.", [("12", "other", "other")]),
    ("The ship was moored at berth 4 for 12 days.", [("12", "days", "duration")]),
    # ... while blocks of flats are counted
    ("The council will sell 300 blocks of flats.", [("300", "count", "count")]),
    # ... while a year after "Week" is a year in an event's name
    ("Harbour Design Week 2027 will host 40 studios.", [("2027", "year", "date"), ("40", "count", "count")]),
    ("Attendance rose from 5 to 7 shots.", [("5", "people", "count"), ("7", "people", "count")]),
    # a count before a clock time with "at" is no results line's place; a stage's minutes late count
    ("By noon, 40 people at 12:30 had left.", [("40", "people", "count")]),
    ("He took to the stage 20 minutes late.", [("20", "other", "duration")]),
    ("A barrier 3 metres high was built.", [("3", "other", "other")]),
    # places cut to a number, the Top of a list with its plural noun, and a chart's lower-case top 10
    (
        "The record rose three places to 14 in the chart, and the duo re-enter at 31.",
        [("3", "count", "count")],
    ),
    (
        "The college cut 200 places to 1,730 this year.",
        [("200", "count", "count"), ("1730", "count", "count")],
    ),
    ("They made the Top 10 films list.", [("10", "count", "count")]),
    ("She has three singles in the top 10.", [("3", "count", "count"), ("10", "count", "count")]),
    (
        "The boats finished 3 seconds and 8 seconds behind.",
        [("3", "other", "duration"), ("8", "other", "duration")],
    ),
    # a title's kind before a count of a lower-case noun; a best-of final's frames
    ("The film 12 critics liked won.", [("12", "count", "count")]),
    ("She took the best-of-19 match on the black.", [("19", "count", "count")]),
    # a signed change in brackets is no phone number's prefix; a hotline's span is a duration
    ("The party gained (+3) 40 seats.", [("40", "count", "count")]),
    ("The hotline for 12 months took calls.", [("12", "other", "duration")]),
    # ... and a percent right after a line's name is a change, not the line's number
    (
        "Staff took 5,200 calls on the helpline, 18% more than in 2023.",
        [("5200", "count", "count"), ("18", "percent", "percent_change"), ("2023", "year", "date")],
    ),
    # ... while a transit line's count keeps its noun
    ("The green line 40 trams run all night.", [("40", "count", "count")]),
    ("The free line 8 shuttle buses carried riders.", [("8", "count", "count")]),
    # ... while such a number counting a noun, or in a text on no triathlon, keeps its value
    ("Some 226 athletes started the triathlon.", [("226", "people", "count")]),
    ("Just 113 riders finished the Ironman.", [("113", "people", "count")]),
    # ... but a count before a clock time in a clause, and phases counted, keep their numbers
    ("Of the field, 3 finished by 2:10.", [("3", "count", "count")]),
    ("The project has three phases.", [("3", "count", "count")]),
    # "item" before a number that quantifies: a count of times, a count after the counted noun
    ("She bought the item 3 times.", [("3", "count", "count")]),
    # a zero before two numbers that are no phone number's groups stays a figure
    ("The team won 0 of its 12 games.", [("0", "count", "count"), ("12", "count", "count")]),
    (
        "In 2020 0 people died and 12 400 were hurt.",
        [("2020", "year", "date"), ("0", "people", "count"), ("12400", "people", "count")],
    ),
    ("Of the 30 items 12 were sold.", [("30", "count", "count"), ("12", "count", "count")]),
    # a lower-case "route" before a number with a noun after it: the noun is counted
    ("Along the route 300 people waited.", [("300", "people", "count")]),
    # a recipe's yield opening its line is a count, not a name ("Serves" counts the diners)
    ("Serves 6 to 8. Makes 24 biscuits.", [("6/8", "count", "count"), ("24", "count", "count")]),
    # ... while a number after "level" with a unit, or "at level", is read
    ("Water stood 2 metres above its usual level.", [("2", "other", "other")]),
    # a numbered list's items: their figures are read, their numbers are not
    (
        "Key findings:\n1. Exports rose 4% in the quarter.\n2) Imports fell 2%.",
        [("4", "percent", "percent_change"), ("2", "percent", "percent_change")],
    ),
    # ... but digits that open a line without an item's mark are read ("1.5 million", "12 people")
    (
        "1.5 million people fled the floods.\n12 people died.",
        [("1500000", "people", "count"), ("12", "people", "count")],
    ),
    # ... and in a headline-style line the name before a number keeps it ("Route 7")
    (
        "Ferry Operator Adds Two Boats on Route 7 After Queues Grew to 90 Minutes",
        [("2", "count", "count"), ("90", "other", "duration")],
    ),
    # a capitalised word joined by a hyphen after a number is no model's name
    ("The 40 Pro-Kremlin deputies voted.", [("40", "people", "count")]),
    # a tally of sport copy, made and tried: two counts, the second no end of a name
    (
        "She scored 24 points on 9-of-15 shooting.",
        [("24", "count", "count"), ("9", "count", "count"), ("15", "count", "count")],
    ),
    # look-alikes of spaced phone groups, form lines, numbered weeks, service lines and clock
    # times with a point: amounts grouped by thousands, counted lines, counts and prices are read
    (
        "Some 12 or 34 people came; 1 450 posts and 12 400 homes were counted.",
        [("12/34", "people", "count"), ("1450", "count", "count"), ("12400", "count", "count")],
    ),
    (
        "The code has 25,000 lines and 40 people waited on line 20 minutes.",
        [("25000", "count", "count"), ("40", "people", "count"), ("20", "other", "duration")],
    ),
    ("The bus fare in town rose to 18.35 euros.", [("18.35", "EUR", "money")]),
    ("Shares closed at 21.55 on Friday.", [("21.55", "count", "count")]),
    ("The bulletin, covering week 19 (May 4 to 10), shows a dip.", [("--05-04/--05-10", "date", "date")]),
    ("The 311 people on board were safe.", [("311", "people", "count")]),
    ("Some 511 service members were deployed.", [("511", "people", "count")]),
    ("A R71 fee was charged.", [("71", "ZAR", "money")]),
    # a number called with a noun after it counts the noun ("call 12 witnesses")
    ("The defence will call 12 witnesses.", [("12", "people", "count")]),
    # ... while an index's level after "to" or "at", and counted levels, are figures
    ("The Nifty slipped to 22,000 level.", [("22000", "other", "other")]),
    ("Rescuers searched 14 levels of the mine.", [("14", "count", "count")]),
    # look-alikes that are figures: team statistics, places before counts, years in names
    ("Rebounds: Boston 48, Chicago 30.", [("48", "count", "count"), ("30", "count", "count")]),
    # ... also a team named by two words, listed first or last
    ("Tackles: Geelong 70, West Coast 58.", [("70", "count", "count"), ("58", "count", "count")]),
    ("Marks: North Shore 96, Carlton 81.", [("96", "count", "count"), ("81", "count", "count")]),
    ("In London, 25 people were hurt.", [("25", "people", "count")]),
    # ... and a frequency or a rate after a place's name
    ("She flies to Lisbon 4 times a year.", [("4", "count", "count")]),
    ("Officials said 120 calls to 112 from mobiles failed.", [("120", "count", "count")]),
    ("The council cut calls to 300 homes.", [("300", "count", "count")]),
    ("The 112 emergency workers were praised.", [("112", "people", "count")]),
    ("The Nasdaq 100 rose 1.2 percent.", [("1.2", "percent", "percent_change")]),
    ("Officials said 40 people died.", [("40", "people", "count")]),
    # "plan" in lower case names no scheme
    ("The plan took 2 years to draw up.", [("2", "year", "duration")]),
    # "section" names no provision before a measure; a chart's name before a count is no name
    ("A section 12 metres long gave way.", [("12", "other", "other")]),
    ("The new exit 20 metres away opens soon.", [("20", "other", "other")]),
    ("Vision 2030 was launched.", [("2030", "year", "date")]),
    (
        "The Year 2000 problem cost $300 billion.",
        [("2000", "year", "date"), ("300000000000", "USD", "money")],
    ),
    # an index at a level (index points, rules table 7), a count before a street name, a range that
    # looks like a phone group
    ("The Nasdaq hit 16,000 on Monday.", [("16000", "other", "other")]),
    ("They found 14 homes on Harbour Road.", [("14", "count", "count")]),
    ("A 20-40W bulb.", [("20/40", "other", "other")]),
    # a look-alike of phone groups: a year, then a count (no trunk "0" group before them)
    ("In 2020 123 people were hurt.", [("2020", "year", "date"), ("123", "people", "count")]),
    ("In 2020 1500 homes were built.", [("2020", "year", "date"), ("1500", "count", "count")]),
    # (a venue's seats count the persons it holds, p624)
    ("They built 350 1200-seat halls.", [("350", "count", "count"), ("1200", "people", "count")]),
    # a number in brackets before no phone number, and "or" before no phone number
    ("The panel (120 in all) sat for 3 weeks.", [("120", "count", "count"), ("3", "other", "duration")]),
    ("Police said 40 or 50 people were hurt.", [("40/50", "people", "count")]),
    # a year range, then a hyphen and a year; a hotline's calls counted
    ("In 1800-1805 there were wars.", [("1800/1805", "year", "date")]),
    ("The hotline took 1,348 calls.", [("1348", "count", "count")]),
    ("The hotline opened in 1994.", [("1994", "year", "date")]),
    ("Mine scored 5* in 2020.", [("5", "count", "count"), ("2020", "year", "date")]),
    # code words that do not stand right beside the number: plurals, a possessive, a comma
    ("It sent codes for 500 postcodes.", [("500", "count", "count")]),
    ("The firm covers 300 ZIP codes.", [("300", "count", "count")]),
    ("In 2000 postcodes were new.", [("2000", "year", "date")]),
    ("The ZIP code's 40,000 residents voted.", [("40000", "people", "count")]),
    ("In the ZIP code, 300 homes sold.", [("300", "count", "count")]),
    # (class-discover-k: a lottery's winners are persons)
    ("The postcode lottery paid 12 winners.", [("12", "people", "count")]),
    # a count before a model's name: the number after the name is the name's, not a second count
    ("The army ordered 44 Leopard 2 tanks.", [("44", "count", "count")]),
    # ... but a plural after the number with no "the" or possessive opening a name: a count
    ("In Tartu 3 people were hurt.", [("3", "people", "count")]),
    ("Officials said the 400-kilowatt Solvik 3 reopened.", [("400", "other", "other")]),
    # a range of round numbers joined by a hyphen, its high end of three digits: no code's group
    ("Between shifts, 60-120 volunteers help.", [("60/120", "people", "count")]),
    ("Subsidies cover 70-100% of the fee.", [("70/100", "percent", "percentage_share")]),
    # ... but two different words before the numbers: a list of teams, each with its count
    ("Rebounds: Denver 51, Utah 39.", [("51", "count", "count"), ("39", "count", "count")]),
    ("Britain will buy three Type 26 frigates.", [("3", "count", "count")]),
    # a count after "last week", "a day": no position
    ("Last week 40 people were hurt.", [("40", "people", "count")]),
    ("The move 40 workers feared came in May.", [("40", "people", "count")]),
    ("The next round 12 bidders entered was the last.", [("12", "people", "count")]),
    ("Crews fly 12 sorties a day 5 days a week.", [("12", "count", "count"), ("5", "days", "duration")]),
    # "winning numbers" then a counted noun or money: figures
    ("The winning numbers were sold to 12 syndicates.", [("12", "count", "count")]),
    ("Phone numbers were 40 in all.", [("40", "count", "count")]),
    # "the", a capitalised word, a number and a singular noun: a name, then the thing it names
    ("The Line 3 pipeline leaked 40 barrels.", [("40", "other", "other")]),
    ("At the mine, the Cut 7 project is 55% complete.", [("55", "percent", "percentage_share")]),
    # a numbered metro line or runway is a name; the span after it is a figure
    ("Trains on Line 2 run every 4 minutes.", [("4", "other", "duration")]),
    # ... while a year before a count is no phone number
    ("In 1794 412 men enlisted.", [("1794", "year", "date"), ("412", "people", "count")]),
    # ... while a count after such a word names its noun
    ("Android users number 3 billion.", [("3000000000", "people", "count")]),
    # a year, then a four-digit count, after "call" used of naming: no phone number
    ("Critics call 2026 a lost year for 1200 farms.", [("2026", "year", "date"), ("1200", "count", "count")]),
    (
        "The union called on 2026 2000 members to strike.",
        [("2026", "year", "date"), ("2000", "people", "count")],
    ),
    # a line measured, or one with a counted noun after its number; "line" with no mode before it
    ("A tram line 12 kilometres long opened.", [("12", "other", "other")]),
    ("Metro line 2 carries 300 passengers an hour.", [("300", "people", "count")]),
    ("The bus line 40 people queued for was late.", [("40", "people", "count")]),
    ("Residents queued in a line 300 metres long.", [("300", "other", "other")]),
    # "article" after a determiner is a piece of writing: the number after it is read
    ("She wrote the article 10 days ago.", [("10", "days", "duration")]),
    ("The article 2,000 readers shared was wrong.", [("2000", "people", "count")]),
    ("He filed an article 1,200 words long.", [("1200", "count", "count")]),
    # a line's number before descriptive words and a noun that is no line stays a count
    ("The 999 new service staff started on Monday.", [("999", "people", "count")]),
    # a count after "asteroid" with a thousands comma, or a year with no designation after it
    ("The survey found asteroid 3,170 more.", [("3170", "count", "count")]),
    ("The asteroid 2024 was named for is small.", [("2024", "year", "date")]),
    # audit5: a tram or bus line's number before a noun the line's name modifies is a name
    ("The tram line 4 extension will cost €90 million.", [("90000000", "EUR", "money")]),
    # ... a line long enough to be measured keeps its length
    ("The new tram line 9 km long opens in 2028.", [("9", "other", "other"), ("2028", "year", "date")]),
    # audit5: ... while "the number N" that is a figure, and a count of homes after a place's name, stay
    ("The number 12 is too low, the coach said.", [("12", "count", "count")]),
    ("Israel approved the West Bank 40 homes in the plan.", [("40", "count", "count")]),
    ("The Nova Prime 7 costs $949.", [("949", "USD", "money")]),
    # audit5: a line's number before a verb in the past is the line's ("on tram line 6 waited")
    ("Commuters on tram line 6 waited 40 minutes.", [("40", "other", "duration")]),
    # class-numstyle: look-alikes of a house number after a street's name or of a postcode: a
    # count with its noun, a year, a score, a count after a clause
    (
        "The Rathausplatz market has 32 stalls, up from 28 a year ago.",
        [("32", "count", "count"), ("28", "count", "count")],
    ),
    ("The Kirchgasse 7 stalls reopened.", [("7", "count", "count")]),
    ("Traffic on the Brennerstrasse rose 19 percent.", [("19", "percent", "percent_change")]),
    ("The Ringstrasse 2025 parade drew 400 people.", [("2025", "year", "date"), ("400", "people", "count")]),
    ("Colgate 4, Cornell 2.", [("4", "count", "count"), ("2", "count", "count")]),
    ("By March, 4500 Graz residents had signed.", [("4500", "people", "count")]),
    ("At Ludwigstrasse 4 people were hurt.", [("4", "people", "count")]),
    ("In Rue Cler 4 shops closed.", [("4", "count", "count")]),
    # ... and of opening hours: prices and index levels with no word of a timetable or hours
    (
        "Shares in 1,200 firms rose from 9.70 to 10.85 in a day.",
        [("1200", "count", "count"), ("9.7", "count", "count"), ("10.85", "count", "count")],
    ),
    (
        "The index opened at 9.70 and closed at 10.85.",
        [("9.7", "other", "other"), ("10.85", "other", "other")],
    ),
    ("On the open market the rouble sold at 9.48 on Friday.", [("9.48", "RUB", "money")]),
    # (after the carry-over measure) a house number before a verb taking its object
    ("The garage at Mühlgasse 40 holds 300 bicycles.", [("300", "count", "count")]),
    ("The union called on 150 to resign.", [("150", "count", "count")]),
    ("Call the desk on 40 occasions.", [("40", "count", "count")]),
    # look-alikes of times of day: a unit or a noun after them, a change, an age, a price
    ("The meeting began at quarter to 10 and ran for two hours.", [("2", "other", "duration")]),
    ("Trains will run every 20 minutes from 6 until 11 at night.", [("20", "other", "duration")]),
    ("The index rose 9 to 5,370 in early trade.", [("9", "other", "other"), ("5370", "other", "other")]),
    ("The scheme is open to children aged 9 to 15.", [("9/15", "other", "count")]),
    ("The firm plans to open 8 to 10 new stores next year.", [("8/10", "count", "count")]),
    ("Evening shifts rose from 6 to 8 a week.", [("6", "count", "count"), ("8", "count", "count")]),
    ("Tickets sold at 11.00 euros each.", [("11", "EUR", "money")]),
    ("Doors at 40 schools were damaged in the storm.", [("40", "count", "count")]),
    ("The death toll stood at 9 on Monday.", [("9", "people", "count")]),
    (
        "The club lifted its squad from 6 to 8 in the evening league.",
        [("6", "count", "count"), ("8", "count", "count")],
    ),
    # class-names2: FM frequencies and call signs of stations in radio copy are names; a frequency
    # with a unit after it or no radio near it is read
    ("Listeners tuned to Coast 104.1 rose to 412,000 in the latest survey.", [("412000", "people", "count")]),
    ("Heart 106.2 lost 45,000 listeners over the survey period.", [("45000", "people", "count")]),
    (
        "Sydney's 2GB lost 1.3 points in the latest ratings survey.",
        [("1.3", "other", "percent_change")],
    ),
    ("The phone has 2GB of memory.", [("2", "other", "other")]),
    # class-discover-o: an aircraft's registration mark opening with a digit is a name; a battery's
    # volts glued to its number and a compound in lower case after a hyphen are read
    (
        "The jet, registration 9V-SWQ, landed with 281 people aboard.",
        [("281", "people", "count")],
    ),
    ("The turboprop 5Y-KZA was grounded for 12 days.", [("12", "days", "duration")]),
    ("A 9V battery powers the 3D-printed drone.", [("9", "other", "other")]),
    ("In area 4, 12 trawlers were fishing illegally.", [("12", "count", "count")]),
    ("The fire burned an area 12 km wide.", [("12", "other", "other")]),
    ("The 501 runs every 10 minutes along Queen Street during rush hour.", [("10", "other", "duration")]),
    ("The 14 bus routes will be cut.", [("14", "count", "count")]),
    (
        "The M25 was closed between junctions 10 and 11 for six hours after the spill.",
        [("6", "other", "duration")],
    ),
    ("Formula 1 confirmed a 24-race calendar for next season.", [("24", "count", "count")]),
    ("House Passes Budget Bill 221 To 204", [("221", "count", "count"), ("204", "count", "count")]),
    # class-names5: the names above beside figures, and their look-alikes that are figures; a line
    # score's runs are a side of the final score (no row), its hits and errors counts
    (
        "Passengers on Delta flight 1289 from Atlanta were stuck on the tarmac for four hours on Sunday.",
        [("4", "other", "duration")],
    ),
    (
        "The Qatar Airways jet, operating as flight QR 908, diverted to Darwin with 312 passengers aboard.",
        [("312", "people", "count")],
    ),
    ("She takes the flight 3 times a week.", [("3", "count", "count")]),
    ("The airline added 155 flights a week to its summer schedule.", [("155", "count", "count")]),
    (
        "Police were called to Farm 112 near Otjiwarongo after 14 cattle were stolen overnight.",
        [("14", "count", "count")],
    ),
    (
        "The 37 farms in the district lost a combined 2,100 hectares to the fire.",
        [("37", "count", "count"), ("2100", "other", "other")],
    ),
    (
        "Residents of Extension 9 have gone without water for 11 days, the ward councillor said.",
        [("11", "days", "duration")],
    ),
    ("Six extensions to the township were approved by the council on Tuesday.", [("6", "count", "count")]),
    (
        "H.R. 5012, which would add $4 billion to border spending, passed the House on Thursday.",
        [("4000000000", "USD", "money")],
    ),
    (
        "The Senate bill, S. 2226, would raise the minimum wage to $17 an hour by 2028.",
        [("17", "USD", "money"), ("2028", "year", "date")],
    ),
    (
        "1860 Munich sold 15,000 season tickets for their return to the third division.",
        [("15000", "count", "count")],
    ),
    ("In 1860 Munich had 100,000 people.", [("1860", "year", "date"), ("100000", "people", "count")]),
    (
        "The 1908 London Olympics drew 2,000 athletes.",
        [("1908", "year", "date"), ("2000", "people", "count")],
    ),
    ("Past winners: 1958 Brazil, 1962 Brazil.", [("1958", "year", "date"), ("1962", "year", "date")]),
    ("Hannover 96 paid €4.5 million for the Danish striker.", [("4500000", "EUR", "money")]),
    (
        "SpaceX launched a Falcon 9 carrying 23 Starlink satellites from Cape Canaveral on Tuesday night.",
        [("23", "count", "count")],
    ),
    ("The ferry Islander 2 carried 87 cars on its first crossing.", [("87", "count", "count")]),
    ("Licey 100 020 001 — 4 10 1", [("10", "count", "count"), ("1", "count", "count")]),
    (
        "Escogido 000 110 00x — 2 7 0\nLicey 100 020 001 — 4 10 1",
        [("7", "count", "count"), ("0", "count", "count"), ("10", "count", "count"), ("1", "count", "count")],
    ),
    # class-looks3: a ratio's terms with a colon, a rocket's or a phone's name that ends in a number
    # or holds a month's word; a hotline's number beside real counts of calls keeps the counts
    ("The board approved a 2:1 stock split, its first since 2014.", [("2014", "year", "date")]),
    ("Police logged 113 calls about fireworks on New Year's Eve.", [("113", "count", "count")]),
    (
        "A 999-year lease on the plot was signed in 1891, the land registry shows.",
        [("999", "year", "duration"), ("1891", "year", "date")],
    ),
    ("The county hired 45 agricultural extension officers last year.", [("45", "people", "count")]),
    (
        "China's Long March 5 rocket lifted off from Wenchang carrying a 7.6-tonne module.",
        [("7.6", "other", "other")],
    ),
    ("The OnePlus 13 runs on Android and sells for 899 euros in Germany.", [("899", "EUR", "money")]),
    ("The Proton Saga 1.3 sells for RM34,990 in Malaysia.", [("34990", "MYR", "money")]),
    # class-names6: a numbered place's number names it; the counts beside it, and a count after a
    # determiner and the place's word ("in the district 12 people"), stay
    ("District 9 reported 41 new cholera cases on Tuesday.", [("41", "people", "count")]),
    ("Wards 5 to 8 will vote on 14 March.", [("--03-14", "date", "date")]),
    ("The ward 10 councillor said 300 homes had been flooded.", [("300", "count", "count")]),
    ("Officers from precinct 14 arrested 23 people after the protest.", [("23", "people", "count")]),
    ("Module 1 students sat the exam on June 3.", [("--06-03", "date", "date")]),
    ("In the district 12 people died when the bridge collapsed.", [("12", "people", "count")]),
    ("In the region 40 were killed, the army said.", [("40", "people", "count")]),
    (
        "The camp 30 kilometres from the border holds 4,000 people.",
        [("30", "other", "other"), ("4000", "people", "count")],
    ),
    (
        "The county is split into 17 wards, each with two councillors.",
        [("17", "count", "count"), ("2", "people", "count")],
    ),
    ("Ntuli won the 3-ward constituency by a wide margin.", [("3", "count", "count")]),
    ("The Nasdaq 100 and 20 of its members fell on Monday.", [("20", "people", "count")]),
    ("In the Volta Region 300 people fled the floods.", [("300", "people", "count")]),
    ("In Kasese District 14 people died in the landslide.", [("14", "people", "count")]),
    ("Phase 2 will cost $40m and add 600 beds.", [("40000000", "USD", "money"), ("600", "count", "count")]),
    # class-places3: a slot's, a route's or an hour's number is none; the counts, measures and ages
    # beside them stay, as do words that are verbs too ("can seat 12", "stand 3 clear")
    ("Police said 42 ward 6 residents were moved to a school hall.", [("42", "people", "count")]),
    ("In row 31 seats 6 people, the airline said.", [("6", "people", "count")]),
    ("He was sitting in seat 14A when 7 passengers were hurt.", [("7", "people", "count")]),
    ("The hall can seat 12 comfortably.", [("12", "count", "count")]),
    ("For the third day in a row 40 people died.", [("40", "people", "count")]),
    ("Buses on route 25 now take 50 minutes to reach the airport.", [("50", "other", "duration")]),
    ("The ferry docked at Berth 7 carrying 212 passengers.", [("212", "people", "count")]),
    ("At 10, she left school to work on her family's farm.", [("10", "other", "count")]),
    ("Voting ends at 6 today in all 14 constituencies.", [("14", "count", "count")]),
    ("The bomb went off at 10.20 near the bus station, killing seven people.", [("7", "people", "count")]),
    ("Turnout had reached 41 per cent by 4, officials said.", [("41", "percent", "percentage_share")]),
    ("The clinic is open from 8 to 4 on weekdays, with 12 doctors on duty.", [("12", "people", "count")]),
    # ... not a level's verb nor a market's close: those keep their numbers
    ("The index closed at 7.45, down from 7.61.", [("7.45", "other", "other"), ("7.61", "other", "other")]),
    ("The ratio stood at 2.30 in March.", [("2.3", "other", "other")]),
    ("He averaged 2.30 points a game.", [("2.3", "other", "other")]),
    ("His winning run ended at 6 when he lost in Madrid.", [("6", "count", "count")]),
    ("The death toll stood at about 9, officials said.", [("9", "people", "count")]),
    ("Testing will take place at about 10 sites across the province.", [("10", "count", "count")]),
    ("He was caught shortly after 6 years on the run.", [("6", "year", "duration")]),
    ("Shortly after 6 the first boats returned with 400 kilograms of fish.", [("400", "other", "other")]),
    ("The train was travelling at 10 km/h when it derailed.", [("10", "other", "other")]),
    ("The fund holds R2-300 million for rural roads.", [("2000000/300000000", "ZAR", "money")]),
    ("The crash on the N1 near km 45 killed 3 people.", [("3", "people", "count")]),
    ("Gunmen killed about 9 in the morning, police said.", [("9", "people", "count")]),
    ("The militia's armed wing 300 fighters strong was disbanded.", [("300", "people", "count")]),
    ("On the platform 12 were injured in the crush.", [("12", "people", "count")]),
    ("At the pier 20 died when the ferry capsized.", [("20", "people", "count")]),
    ("Prices stayed flat 3 months in a row.", [("3", "other", "duration")]),
    # class-discover-e: a resolution's number in lower case names it; a plural noun after it is counted
    (
        "The Security Council adopted resolution 2799 by 13 votes to none, with two abstentions.",
        [("13", "count", "count"), ("2", "count", "count")],
    ),
    ("The resolution 12 members backed failed.", [("12", "people", "count")]),
    # class-labels4: a slot's number inside a counted noun phrase, a car's before a verb and a count;
    # an emergency line's number after a count of calls; period words that set a time, a named week
    # before persons counted, and a share or a count in a numbered week keep their figures
    ("Guards found 12 cell 4 inmates with phones during the search.", [("12", "people", "count")]),
    ("The train's car 4 seats 64 passengers.", [("64", "people", "count")]),
    ("In the car 3 men were found asleep.", [("3", "people", "count")]),
    ("The service handled 3,200 999 calls on New Year's Eve.", [("3200", "count", "count")]),
    ("Dispatchers took more than 900 911 calls during the storm.", [("900", "count", "count")]),
    ("The centre received 112 calls on Monday.", [("112", "count", "count")]),
    ("The charity said 999 people had used the shelter since March.", [("999", "people", "count")]),
    ("Last week 40 people died on the roads.", [("40", "people", "count")]),
    ("Easter week 40 people died on the roads.", [("40", "people", "count")]),
    ("Christmas week 30 flights were cancelled at the airport.", [("30", "count", "count")]),
    ("In survey 600 people said they would vote.", [("600", "people", "count")]),
    (
        "In wave 3 of the poll, 41 per cent of respondents backed the plan.",
        [("41", "percent", "percentage_share")],
    ),
    ("Week 3 saw 4,000 arrivals at the border post.", [("4000", "people", "count")]),
    ("In the week 3 of the crew fell ill.", [("3", "people", "count")]),
    # class-discover-h: a size and a car's insurance group name a band on a chart; sizes counted and a
    # group's size stay counts; a romanised name's number with an apostrophe before it
    ("The dress, a size 8, sold for £1,250 at auction.", [("1250", "GBP", "money")]),
    ("It sits in insurance group 29 and costs about £1,200 a year to insure.", [("1200", "GBP", "money")]),
    ("The firm makes 14 sizes of the boot.", [("14", "count", "count")]),
    # (a survey's sample is the persons polled, class-discover-i: rules, table 4, people interviewed)
    ("A survey with a sample size of 2,000 found support.", [("2000", "people", "count")]),
    (
        "China's Chang'e 6 probe returned 1,935.3 grams of lunar samples on June 25, 2024, after a 53-day mission.",
        [("1935.3", "other", "other"), ("2024-06-25", "date", "date"), ("53", "days", "duration")],
    ),
    (
        "The Chang'e 5 mission returned 1,731 grams of samples in 2020.",
        [("1731", "other", "other"), ("2020", "year", "date")],
    ),
    ("Britain's 40 universities signed the pledge.", [("40", "count", "count")]),
    ("The hold lasted 10 minutes.", [("10", "other", "duration")]),
    # late-names3: markers, ships, short codes, owned lines and dated streets beside real figures;
    # a marker with a unit after it measures, a stake with a percent is a share, a count after "to" counts
    (
        "At marker 12, about 2,300 metres up the glacier, the ice thinned by 4 metres.",
        [("2300", "other", "other"), ("4", "other", "other")],
    ),
    (
        "Researchers drilled borehole 3 to a depth of 85 metres in 2024.",
        [("85", "other", "other"), ("2024", "year", "date")],
    ),
    ("The inter-island ferry, MV Tui Tonga 2, carried 312 passengers.", [("312", "people", "count")]),
    ("A bakery on Rue du 4 Septembre was fined 5,000 euros.", [("5000", "EUR", "money")]),
    ("Shops on Plaza 25 de Mayo stayed shut on 2 March.", [("--03-02", "date", "date")]),
    (
        "Applicants can send their reference number to 4040, and the office handled 2,300 requests in May.",
        [("2300", "count", "count")],
    ),
    (
        "To report a fire, dial 18 or 04 91 22 33 44; the brigade answered 61 calls last week.",
        [("61", "count", "count")],
    ),
    (
        "Callers may use the ministry's line 5151 between 9 a.m. and 4 p.m.; it took 2,000 calls in March.",
        [("2000", "count", "count")],
    ),
    ("Crews set a marker 3 metres high at the site.", [("3", "other", "other")]),
    ("The fund sold its 7 percent stake in the firm.", [("7", "percent", "percentage_share")]),
    ("The council sent the number to 3000 households.", [("3000", "count", "count")]),
    ("The network's line 300 trains run late.", [("300", "count", "count")]),
    # class-names8: horses counted; a horse's height; a stake in money on a numbered horse
    ("The 12 horses were scratched before the off.", [("12", "count", "count")]),
    ("Punters put a ¥10,000 stake on horse 14 in the Tenno Sho.", [("10000", "JPY", "money")]),
    # late-clock: the clock time, the house number and the route get no row; look-alikes keep theirs
    (
        "Nurses on the 18.30 shift at Tórshavn's national hospital say they are short of 12 staff.",
        [("12", "people", "count")],
    ),
    ("Passengers on the 73 wait up to 40 minutes at Elephant and Castle.", [("40", "other", "duration")]),
    ("The new clinic opens at Kirkegata 15, Drammen, with 40 beds.", [("40", "count", "count")]),
    (
        "Police closed Storgata between 08.00 and 17.30 for the parade, which drew about 5,000 people.",
        [("5000", "people", "count")],
    ),
    (
        "Shares in the shipping group grew 12.45 per cent on Tuesday.",
        [("12.45", "percent", "percent_change")],
    ),
    ("The sunset clause expires and shares closed at 21.55 on Friday.", [("21.55", "count", "count")]),
    ("Commuters on the 300 trains each day face delays.", [("300", "count", "count")]),
    ("The hotline took 1,517 calls in a week.", [("1517", "count", "count")]),
    (
        "Exports grew 18.30 per cent to 23.00 billion.",
        [("18.3", "percent", "percent_change"), ("23000000000", "count", "count")],
    ),
    ("Prices rose at about 18.20 a share.", [("18.2", "count", "count")]),
    ("Inspectors graded 40 schools as good.", [("40", "count", "count")]),  # class-discover-j: no grade
    # late-formats3: a bulletin head's clock time after its date; an outlet named with its number
    ("ROAD CONDITIONS, Monday 30 November, 7.00", [("--11-30", "date", "date")]),
    ("POLLEN COUNT, Friday 4 December, 06.30", [("--12-04", "date", "date")]),
    ("Nova 24 reported that 300 homes had lost power.", [("300", "count", "count")]),
    ("Sky News 24 said the ministry had bought 12 helicopters.", [("12", "count", "count")]),
    ("20 Minutes, the free daily, says 40 cafés in Lyon will close.", [("40", "count", "count")]),
    # class-discover-l: digits hyphened to the "a" of a rate ("-a-year") are no code
    (
        "Builders finished 182,000 homes, short of the 300,000-a-year target.",
        [("182000", "count", "count"), ("300000", "count", "count")],
    ),
    ("Tourists face a 500-a-day limit at the site.", [("500", "people", "count")]),
    # class-discover-n: a listing's reference gives no row; its year-first code keeps its year
    (
        "3-bed terrace, 1,050 sq ft, £210,000, ref. 7319.",
        [("3", "count", "count"), ("1050", "other", "other"), ("210000", "GBP", "money")],
    ),
    (
        "Objections to the plan must be received by 12 June, quoting ref. 2025/0871.",
        [("--06-12", "date", "date"), ("2025", "year", "date")],
    ),
    (
        "Series 2, episode 6: the couples have 45 minutes to cook for 12 guests.",
        [("45", "other", "duration"), ("12", "people", "count")],
    ),
    # class-left12: a title's digit before its takings; a count called is no number dialled
    ("Gladiator 2 opened with $55.5m domestically, ahead of Wicked.", [("55500000", "USD", "money")]),
    (
        "Weekend box office: Moana 2 $26.2m; Wicked $17m.",
        [("26200000", "USD", "money"), ("17000000", "USD", "money")],
    ),
    ("Prosecutors called 57 witnesses over the trial.", [("57", "people", "count")]),
    # class-discover-p: a numbered list's item opens its own line after a wide headline-style line
    (
        "Five things to know about the Auckland harbour crossing\n1. It will cost NZ$12.4 billion.",
        [("5", "count", "count"), ("12400000000", "NZD", "money")],
    ),
    # class-discover-q: a store's number is a label, "to store" a verb before a count; a model's number
    # before its trim codes is a name, the figures beside it are read
    (
        "The retailer will shut 40 of its 310 stores but keep store 86 on the high street.",
        [("40", "count", "count"), ("310", "count", "count")],
    ),
    ("The warehouse is able to store 4,000 in its racks.", [("4000", "count", "count")]),
    (
        "Its 911 GT3 RS costs £178,000 and 12 were sold in May.",
        [("178000", "GBP", "money"), ("12", "count", "count")],
    ),
    ("Porsche said the 12 GT3 RS cars were recalled.", [("12", "count", "count")]),
    (
        "The retailer runs one store 20 miles from the city.",
        [("1", "count", "count"), ("20", "other", "other")],
    ),  # tidy37: thousands grouped by spaces after "number is" are a count, no phone line's number
    ("Of the coins in circulation, the total number is 312 000 000.", [("312000000", "count", "count")]),
]


@pytest.mark.parametrize("text", NEGATIVE_EXAMPLES, ids=case_ids("names-not", NEGATIVE_EXAMPLES))
def test_a_name_or_code_yields_no_figure(text: str):
    assert figures_of(text) == []


@pytest.mark.parametrize(("text", "expected"), ALL_EXAMPLES, ids=case_ids("names", ALL_EXAMPLES))
def test_look_alikes_of_names_are_figures(text: str, expected: Expected):
    assert figures_of(text, expected) == expected


def test_named_number_needs_a_capitalised_word_right_before_it():
    body = "the game 3 is on"
    assert not model_names.is_named_number(body, 9, 10, 0)
    assert model_names.is_named_number("The Game 3 is on", 9, 10, 0)


def test_previous_word_skips_punctuation():
    assert digit_groups.previous_word("under Section ") == "Section"
    assert digit_groups.previous_word("(No. ") == "No."


@pytest.mark.parametrize(
    ("body", "start", "end", "index"),
    [
        ("S&P 500 rose", 4, 7, True),
        ("The FTSE\t250 rose", 9, 12, True),
        ("500 rose", 0, 3, False),  # nothing before the number
        ("FTSE 250.5", 5, 10, False),  # not a whole number
        ("FTSE, 250", 6, 9, False),  # no letter right before the space
        ("FTSE 251", 5, 8, False),  # no index is named with that number
    ],
)
def test_index_numbers_need_the_index_name_right_before_them(body: str, start: int, end: int, index: bool):
    assert reference_codes.is_index_number(body, start, end) is index


@pytest.mark.parametrize(
    ("body", "beside"),
    [
        ("ZIP code 90210", True),
        ("the 90210 zip code", True),
        ("Post code 3000", True),
        ("PIN  code 1234", True),
        ("the 90210 ZIP codes", False),
        ("ZIP codes 90210", False),
        ("zipcode 90210", False),
        ("code 90210", False),
    ],
)
def test_beside_code_word_reads_the_words_right_around_the_number(body: str, beside: bool):
    start = next(i for i, c in enumerate(body) if c.isdigit())
    end = start + next(i for i, c in enumerate(body[start:] + " ") if not c.isdigit())
    assert reference_codes.beside_code_word(body, start, end) is beside


# words and signs that the cheap tests before the name, code-word and address patterns must pass or stop
_NEAR_WORDS = st.sampled_from(
    [
        " ",
        "\t",
        "\u00a0",
        ".",
        "(",
        "-",
        "Section",
        "section",
        "No.",
        "iPhone",
        "Mr.Road",
        "ZIP",
        "zip",
        "code",
        "CODE",
        "codé",
        "post",
        "Post",
        "area",
        "PIN",
        "Rue",
        "Ave.",
        "Calle",
        "Main",
        "9",
        "K",
        "st",
        "Street",
        "Road",
        "Year",
        "year",
        "grade",
        "grades",
        "é",
        "\u212a",
        "a",
        "by",
        "week",
        "midweek",
        "Week",
        "x.y",
        "2",
    ]
)


def _previous_word_by_characters(before: str) -> str:
    """digit_groups.previous_word as it read the word before its fast path: the letters and dots that
    end the last token, read back character by character, without the dots they start with."""
    stripped = before.rstrip()
    if not stripped or not (stripped[-1].isalpha() or stripped[-1] == "."):
        return ""
    token = stripped.rsplit(None, 1)[-1]
    tail = takewhile(lambda c: c.isalpha() or c == ".", reversed(token))
    return "".join(reversed(list(tail))).lstrip(".")


@given(st.lists(_NEAR_WORDS, max_size=6).map("".join))
def test_the_cheap_tests_before_the_name_patterns_change_no_answer(before: str):
    before += " "
    word = digit_groups.previous_word(before)
    assert word == _previous_word_by_characters(before)
    # the word gate before the period pattern (names._named_by_word_before) turns down nothing it reads
    period = bool(sport_names.RE_PERIOD_POSITION_BEFORE.search(before))
    assert (word in sport_names.PERIOD_POSITION_WORDS and period) == period
    assert reference_codes.code_word_before(before) == bool(
        reference_codes.RE_CODE_WORD_BEFORE.search(before)
    )
    body = "12" + before + "Main Street"
    assert place_names.address_after(body, 2) == bool(place_names.RE_ADDRESS_AFTER.match(body, 2, 62))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the S&P 500 rose", True),
        ("the s p 500 rose", True),
        ("up 500 points", False),
        ("the 2000 Census", False),
    ],
)
def test_index_numbers_after_the_cheap_test(text: str, expected: bool) -> None:
    start = next(i for i, c in enumerate(text) if c.isdigit())
    end = start + len(text[start:].split()[0])
    assert reference_codes.is_index_number(text, start, end) is expected


def test_clock_times_and_codes_after_a_space_are_still_read() -> None:
    for text in ("at 5 pm on", "at 9 GMT", "PIN 1234 -5678", "the 10115 ZIP code"):
        start = next(i for i, c in enumerate(text) if c.isdigit())
        end = start + len(text[start:].split()[0])
        assert names.is_name_or_code(text, start, end), text
    assert not names.is_name_or_code("the 500 people", 4, 7)


def test_an_opening_at_hour_is_no_level_nor_a_persons_age() -> None:
    # class-places3: "At N," opening a sentence is an hour unless a level or a person follows
    assert digit_groups.is_clock_hour("At 10, the meeting was adjourned.", 3, 5)
    assert not digit_groups.is_clock_hour("At 12, the toll is the highest since 2019.", 3, 5)
    assert not digit_groups.is_clock_hour("At 3, the youngest, she was already reading.", 3, 4)
    assert digit_groups.is_clock_hour("They met. At 7, the hall was full.", 13, 14)
