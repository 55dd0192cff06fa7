"""What is never a figure: digits inside names and codes ("Covid-19", "Section 144", "Nasdaq 100",
"Game 3", "Airbus A380"), clock times ("9.15am", "2:30 pm") and phone numbers.

This module holds the test every number passes (is_name_or_code) and the names a word before a
number opens (named by the word before); the readers they call live in digit_groups.py,
place_names.py, reference_codes.py, model_names.py and sport_names.py."""

from __future__ import annotations

import re

from ..reading import under_percent_heading
from ..vocab import (
    AIRLINER_MODEL_NUMBERS,
    FLOORED_BUILDING_NOUNS,
    LABEL_NUMBER_NOUNS,
    NAME_PARTICLES,
    NAME_WORDS,
    PROVISION_WORDS,
    SHOP_SLOT_WORDS,
)
from .digit_groups import (
    CALLS_COUNT_REACH,
    CLOCK_AFTER,
    DIAL_ON_REACH,
    DIAL_TAILS,
    GREEN_LINE_WORDS,
    HOTLINE_REACH,
    PERCENT_AFTER,
    PHONE_REACH,
    RE_AREA_CODE_AFTER,
    RE_BRACKET_PREFIX_BEFORE,
    RE_CALLS_COUNT_BEFORE,
    RE_CALLS_TO_BEFORE,
    RE_DIAL_BEFORE,
    RE_DIAL_OR_BEFORE,
    RE_DIAL_WHOM_ON_BEFORE,
    RE_EMERGENCY_CALLS_AFTER,
    RE_EMERGENCY_DIGITS,
    RE_EMERGENCY_LINE_AFTER,
    RE_EMERGENCY_NUMBER,
    RE_GREEN_LINE_BEFORE,
    RE_GROUP_AFTER,
    RE_HOTLINE_BEFORE,
    RE_LINE_AFTER_PHONE,
    RE_LINE_ON_BEFORE,
    RE_NO_NOUN_AFTER,
    RE_OWNED_LINE_BEFORE,
    RE_OWNED_LINE_PLURAL_AFTER,
    RE_PHONE_AFTER_OR,
    RE_PHONE_GROUPS_BEFORE,
    RE_SENT_CODE_TO_BEFORE,
    RE_SERVICE_NUMBER,
    RE_SHORT_TRUNK_BEFORE,
    RE_SMS_TO_BEFORE,
    RE_STAR_CODE_BEFORE,
    RE_TEXT_KEYWORD_BEFORE,
    RE_TOLL_FREE_ON_BEFORE,
    RE_TWO_GROUPS_AFTER,
    RE_VANITY_BEFORE,
    RE_VANITY_WORD_AFTER,
    SENT_CODE_REACH,
    TEXT_KEYWORD_REACH,
    clock_digits,
    clock_hours,
    in_web_address,
    is_clock_hour,
    is_extension,
    paired_digit_groups,
    point_clock_time,
    previous_word,
    quoted_hour,
    service_line_number,
    service_number,
    spaced_phone_group,
    three_spaced_groups,
)
from .model_names import (
    RE_CHIP_CODE_AFTER,
    RE_CHIP_CODE_END,
    RE_CHIP_SERIES_BEFORE,
    RE_FLIGHT_NUMBER_BEFORE,
    RE_PRODUCT_BEFORE,
    RE_RELEASE_AFTER,
    RE_RESOLUTION_AFTER,
    RE_RESOLUTION_CUE_BEFORE,
    RE_RESOLUTION_END,
    RE_SCAN_LINES_END,
    RE_SHIP_NUMBER_BEFORE,
    RE_VERSION_NAME_BEFORE,
    RESOLUTION_CUE_REACH,
    VERSION_NAME_WORDS,
    VIDEO_LINE_COUNTS,
    airline_flight_number,
    airliner_model,
    flight_name_end,
    is_call_sign,
    is_fm_dial,
    is_registration_mark,
    release_version,
    trim_coded_model,
)
from .numbers import alternation
from .place_names import (
    RE_CAPITALISED_BEFORE,
    RE_MODEL_CODE_BEFORE,
    address_after,
    grid_corner,
    numbered_place,
    place_name_number,
    postcode,
    road_code,
    step_label,
    street_date_name,
    street_house_number,
)
from .reference_codes import (
    CATALOGUED_BODY_WORDS,
    CODE_AFTER,
    DOI_BEFORE,
    HYPHEN_NAME_AFTER,
    LIST_MARKS,
    PROVISION_LIST_TAILS,
    RE_CODE_BEFORE,
    RE_LATER_GROUP_BEFORE,
    auction_lot,
    catalogued_body,
    cited_provision,
    code_word_before,
    dotted_code_part,
    drawn_number,
    is_batch_code,
    is_index_number,
    is_label_line_number,
    is_list_number,
    is_section_number,
    is_subsection,
    is_ticker_number,
    provision_number,
    registry_number,
)
from .sport_names import (
    PERIOD_POSITION_WORDS,
    RE_AGE_GRADE_TEAM_AFTER,
    RE_SADDLECLOTH_AFTER,
    RE_STAGE_NUMBER_END,
    STAGE_POSITION_WORDS,
    club_founding_year,
    entry_head,
    is_result_place,
    is_series_place,
    is_triathlon_name,
    line_score_runs,
    minute_head,
    odds,
    period_position,
    position_compared,
    race_card_number,
    slot_number,
    tally_after_name,
)

RE_SPAN_DIGIT_AFTER = re.compile(r" (?:to|and|until|till) \d")  # a span's second number after a space
# what right after a number makes it a name, a code or a clock time: the three above, tried at once
# a golf club named by its number ("a 3-iron second shot", "off the tee with a 5-wood")
RE_CLUB_AFTER = re.compile(r"[-‑](?:iron|wood|hybrid)s?\b")
RE_NAME_CODE_CLOCK_AFTER = re.compile(f"{HYPHEN_NAME_AFTER}|{CODE_AFTER}|{CLOCK_AFTER}")
# the first characters those can start with
NAME_CODE_CLOCK_FIRST = "-‑/⁄:–. aApPGUhHoZzpCEBMJSHnm"
# after a first space, the characters those can go on with: a dash before a code's digits, the
# first letter of a code word (any case) or of a clock word
NAME_CODE_CLOCK_AFTER_SPACE = frozenset("-–aApPzZGUhoCEBMJSHnm")
# A US street's hundred block as police logs give an address ("the 300 block of Orchard Lane",
# "in the 2700 block of West Main"): a whole hundred before "block of" and a capitalised name is
# a place, not a count ("a 300-block estate", "12 blocks of flats" are counts)
RE_HUNDRED_BLOCK = re.compile(r"\d{0,3}00 block of [A-Z]")
RE_HYPHEN_NAME_BEFORE = re.compile(r"[A-Za-z]+[-‑](?=$)")
# "34C-36C", "150mm-200mm", "40km/h-50km/h": a number with a unit glued, a hyphen, then a number
# with the same unit: a range in that unit, not a code
RE_UNIT_BEFORE_HYPHEN = re.compile(r"\d(?P<unit>[A-Za-z°/]{1,6})[-‑]\Z")
# prefixes that qualify the number after them ("sub-300 sq m" is under 300), not names
HYPHEN_PREFIXES_OK = (
    "mid-",
    "early-",
    "late-",
    "pre-",
    "post-",
    "around-",
    "sub-",
    "minus-",
    "then-",  # "the then-18-year-old": the age then, not a name
    "under-",  # "the under-73kg division", "under-16s pay": a limit, not a name (save a team's grade)
    "foot-",  # "the 6-foot-2 guard": the inches of a height
    "over-",
    "now-",
    "end-",  # "by end-2027": the end of that year
    "End-",
    "Mid-",
    "Early-",
    "Late-",
    "Sub-",
    "best-of-",  # "a best-of-11 final": the games, frames or sets a match is played over, a count
)
# a calendar year joined by a hyphen to a name in title case, as a named exercise, fair, plan or
# tournament is written ("the Zapad-2025 exercise", "Expo-2020", "Vision-2030"): the year inside
# the name is read (rules, table 5: a year inside a name), while a code in capitals ("HB-2001",
# "DV-2025"), a model's number "Agni-5" or a year with more after it ("Expo-2020-B") stay names
RE_TITLE_NAME_BEFORE = re.compile(r"(?<![\w.-])[A-Z][a-z]{2,}[-‑]\Z")
RE_NAMED_YEAR = re.compile(r"(?:19[5-9]\d|20\d\d)(?![\w‑/-]|[.,]\d)")
# a tally of sport copy, made and tried ("12-of-20 shooting", "went 3-for-4"): the second number
# is a count too, not the end of a name
RE_TALLY_BEFORE = re.compile(r"(?<![\w.,-])\d{1,3}[-‑](?:of|for)[-‑]\Z")


# Words before a short number that name a school year or a grade ("Year 11 pupils", "Yr 9 pupils",
# "a grade 4 or above"); a longer number after "Year" is a calendar year ("the Year 2000 problem").
# A type of a virus, a disease or a thing named by a short number ("type 2 diabetes", "poliovirus
# type 2", "HPV types 16 and 18", "serotype 3") names the kind, as "Type 26 frigates" does.
# A clinical trial's or a project's numbered stage in lower case ("a phase 3 trial", "phase 2
# results") is a position, as "Phase 3" is (rules, table 8); "three phases" counts them.
# A greenhouse-gas inventory's scope ("Scope 3 emissions", "scope 1 and 2 emissions") names the kind
# of emissions, as a type does.
# A racer's bib before its number ("started with bib 7", "bibs 3 and 12") names the competitor, as
# "the No. 16 car" does (rules, table 8); "handed out 900 bibs" counts them.
# A garment's or a shoe's size on a size chart ("a size 12 dress", "UK sizes 3 to 9", "stocks up to
# a size 24") names the size, as "Grade 12" names a grade; a group's size is a count ("a class size
# 30", "household size 4": RE_COUNTED_SIZE_BEFORE).
# A vehicle emission standard, "Euro 6 diesels", "the Euro 7 rules": one digit after "Euro" names
# the standard, where "Euro 2024" is a tournament's year (rules, table 5) and "Euro 4 million" an
# amount
RE_SCALE_AFTER_DIGIT = re.compile(r"\s*(?:m|mn|bn|k|million|billion|thousand|trillion)\b", re.IGNORECASE)
SHORT_NAME_WORDS = frozenset(
    ("Year", "Yr", "grade", "grades", "type", "types", "Type", "serotype", "subtype", "genotype", "serotypes")
    + ("phase", "phases")
    # a grade of goods by its class, as commodity price lists name it ("Wheat, class 3: 98,500",
    # "class 2 milling wheat": late-units14), as "grade 2" is
    + ("class", "classes")
    + ("bib", "bibs")
    + ("Scope", "scope", "Scopes", "scopes")
    + ("size", "sizes")
    # a sports video game's yearly edition, two digits after its series ("FIFA 25 gets a patch",
    # "Madden 26"), where "the FIFA 2026 World Cup" keeps its year
    + ("FIFA", "Madden")
)
# An exam grade written as a bare digit after "a" or "graded", told by what follows it: "or above"
# ("a 4 or above", "graded 7 or higher") or "in" and a school subject ("a 9 in maths"): a grade
# named by its number, as "grade 4" is; "graded 40 schools" and "a 5 in 10 chance" are no grades
GRADE_WORDS_BEFORE = frozenset(("a", "an", "graded"))
RE_GRADE_AFTER = re.compile(
    r" (?:or (?:above|higher|better|below|lower)\b"
    r"|in (?:English|Welsh|maths|math|mathematics|science|physics|chemistry|biology|history|geography"
    r"|French|Spanish|German|Latin|art|music|computing|economics)\b)"
)
RE_COUNTED_SIZE_BEFORE = re.compile(
    r"(?<![\w-])(?i:class|sample|household|family|group|batch|party|team|squad|crowd|herd|litter|fleet|field"
    r"|crew|brood|cohort|ward|unit|board|panel|jury)\s+sizes?\s\Z"
)
# a launch countdown's mark, "T-minus 10 seconds", "T minus 40 minutes", "T-plus 2 minutes": a point
# on the countdown's clock, as a clock time is (rules, table 8), no span; its later part too ("at
# T-plus 2 minutes 40 seconds")
RE_COUNTDOWN_BEFORE = re.compile(
    r"(?<![\w-])[TL](?:-|\s)?(?:minus|plus)\s(?:\d{1,3}\s?(?:hours?|hrs?|minutes?|mins?)\s(?:and\s)?)?\Z"
)
# a car's insurance group in Britain's rating of 1 to 50 ("It sits in insurance group 29"): a band
# on the insurers' scale, named by its number, no count
RE_INSURANCE_GROUP_BEFORE = re.compile(r"(?<![\w-])(?i:insurance)\s+group\s\Z")


# A chart or a list named by its length, capitalised inside a sentence ("in the Top 40", "the
# midweek Top 20 is out", "a Top 40 show"): a name (rules, table 8); "Top" opening a sentence
# quantifies ("Top 5 priorities"), and so do the top of a list with its plural noun ("the Top 10
# films") and "the top 20" in lower case (counts of what is ranked).
RE_CHART_TOP_BEFORE = re.compile(r"(?<=[A-Za-z’'])\sTop\s\Z")
RE_CHART_TOP_AFTER = re.compile(
    r"\s+(?!(?:is|was|has|as|this|its|plus|across|thus|less|unless|always|whereas)\b)[a-z]+s\b(?!['’])|[-–]"
)
# A place in a music or sales chart reached by a move, as chart reports give it ("climbs three
# places to 12", "re-enters at 31", "a new entry at 7"): a position (rules, table 8); "cut 200
# places to 1,730" counts, and the place must end its clause or take a preposition.
RE_CHART_MOVE_BEFORE = re.compile(
    r"(?:\b(?:climb|rise|rose|risen|jump|fall|fell|fallen|drop|slip|move|leap|leapt|up|down)[a-z]*\s+"
    r"(?:\d{1,3}|[a-z]+)\s+places?\s+to|\bre-?enter(?:s|ed|ing)?\s+at|\bnew\s+entr(?:y|ies)\s+at"
    # ... or enters a chart named between ("re-entered the chart at 18", "entered the UK charts at 5")
    r"|\b(?:re-?)?enter(?:s|ed|ing)?\s+the\s+(?:[A-Za-z]+\s+){0,2}charts?\s+at)\s\Z",
    re.IGNORECASE,
)
RE_CHART_PLACE_END = re.compile(
    r"\s+(?:on|in|with|after|this|last|and|as|for|behind|while|despite)\b|[,.;:)]|\s*\Z"
)
# A work's title that opens with a number, after the word for its kind ("the musical 12 Chairs",
# "the film 28 Nights", "her single 7 Rings"): part of a name (rules, table 8); the title's next
# word is capitalised ("the film 12 critics liked" counts them)
TITLE_KIND_WORDS = frozenset(
    "musical film movie album single song play novel book show opera documentary sitcom series".split()
)
RE_TITLE_WORD_AFTER = re.compile(r" [A-Z][a-z]")
# a rank or a range of ranks after "ranked" ("the schools are ranked 1 to 120", "ranked 3 in the
# league", "it ranks 14 worldwide"): positions, no quantities (rules, table 8); "climbed 5 places"
# counts places (no "ranked" before), and a noun after the number ends no rank ("ranked 3 places
# higher" counts the places)
RE_RANK_BEFORE = re.compile(
    r"(?<![\w-])(?:ranked|ranks|rank|ranking)\s+(?:(?:from\s+)?\d{1,3}\s*(?:to|through|-|–)\s*)?\Z"
)
RE_RANK_END = re.compile(
    r"(?:[,.;:)]|\s+(?:to|through|and|or|in|on|of|out|among|by|for|with|worldwide|nationally|overall)\b|\s*\Z)"
)
RANK_TAILS = frozenset(("ranked", "ranks", "rank", "ranking", "to", "through"))
# a bus or ferry route's number in lower case ("minibuses on route 48 between the market
# and the hospital"): a name when no noun follows the number ("route 300 people" would count them)
# ... and a line's number in lower case the same way: a bus, tram or metro line, or a numbered line
# of a tax or benefit form, as filing-season copy cites them ("enter it on line 12100 of the return",
# "tram line 4 between the depot and the quay", "the bus line 77, which runs all night"), after "on"
# or a mode of transport; "25,000 lines" counts lines, "waited on line 3 hours" keeps its unit, "a
# tram line 12 kilometres long" measures it, "the front line 20" is no line's
TRANSIT_MODES = (
    "bus",
    "tram",
    "metro",
    "subway",
    "underground",
    "trolleybus",
    "ferry",
    "train",
    "rail",
    "coach",
)
RE_ROUTE_BEFORE = re.compile(rf"(?<![\w-])(?:route|(?:on|(?i:{'|'.join(TRANSIT_MODES)}))\s+line)\s\Z")
RE_ROUTE_NUMBER_END = re.compile(
    r"\s+(?:between|from|via|to|and|or|in|on|at|through|[A-Z]"
    # a verb after the route as its subject ("passengers on route 48 face delays", "route 7 will
    # be cut"): auxiliaries and the verbs a route takes
    r"|(?:is|was|are|were|will|would|can|could|may|might|must|should|has|have|had|face|faces|faced"
    r"|runs?|ran|serves?|served|links?|linked|connects?|connected|stops?|stopped|carries|carried"
    r"|say|says|said|charge|charges|charged|costs?|remains?|remained|gets?|got|uses?|used"
    r"|[a-z]{3,}ed)\b"  # a verb in the past after the route ("commuters on tram line 6 waited")
    # a singular noun the line's name modifies ("the tram line 4 extension", "the route 9 timetable")
    r"|(?:extension|upgrade|project|works|service|timetable|corridor|depot|contract|tender|closure)\b"
    # ... or the vehicles that run it, or an adverb before the route's verb ("route 44 buses", "route 9
    # trams", "route 25 now takes"): the vehicles are not counted by the route's number
    rf"|(?:{'|'.join(TRANSIT_MODES)}|minibus|matatu|taxi|shuttle)(?:e?s)?\b"
    r"|(?:now|also|still|usually|normally|currently|often|only)\s+[a-z]{3,}\b)"
    r"|[,.;:)]|\s*\Z"
)

# a bus, tram or train known by "the number N", before its vehicle's noun or a verb a route takes
# ("the number 9 runs hourly", "take the number 14 bus"): a route's name (rules, table 8); "the
# number 12 is too low" goes on with no such word and keeps its figure
RE_NUMBERED_ROUTE_BEFORE = re.compile(r"\b[Tt]he\s+number\s\Z")
RE_RANKED_NOUN_AFTER = re.compile(r"\s+(?:seed|seeded|ranked|spot|position|pick|draft\s+pick)\b")
# a player's shirt known by "the number N" ("wears the number 7 shirt", "in his number 10 jersey"):
# a number naming the shirt, as "the No. 10 shirt" (rules, table 8: numbered positions)
RE_SHIRT_NUMBER_BEFORE = re.compile(r"\b(?i:the|his|her|their|its|a)\s+number\s\Z")
RE_SHIRT_AFTER = re.compile(r"\s+(?:shirts?|jerseys?)\b")
RE_NUMBERED_ROUTE_AFTER = re.compile(
    rf"\s+(?:(?:{'|'.join(TRANSIT_MODES)})(?:e?s)?|route|service|runs|ran|stops|stopped|leaves"
    r"|left|serves|served|departs|departed|terminates|terminated"
    r"|(?:will|would|does|did|should|can|could|must|used\s+to)\s+(?:(?:no\s+longer|still|not)\s+)?"
    r"(?:run|stop|leave|serve|depart|terminate)"
    # ... or its timetable's word before the verb ("The number 7 is meant to run every 90 minutes")
    r"|(?:is|was|are|were)\s+(?:(?:still|not)\s+)?(?:meant|supposed|due|scheduled|timetabled)\s+to\s+"
    r"(?:run|stop|leave|serve|depart|call|come|arrive))\b"
)
# a bus, tram or ferry route's number set off after its vehicle's noun ("A local bus, the 282, makes
# two runs a day", "the ferry (the 14) leaves at noon"): the route's name (rules, table 8); "the
# bus, the 40 passengers said," counts the passengers (a noun after the number)
RE_APPOSED_ROUTE_BEFORE = re.compile(
    rf"\b(?:{'|'.join(TRANSIT_MODES)}|minibus|streetcar)(?:e?s)?\s*[,(]\s*the\s\Z", re.IGNORECASE
)
RE_APPOSED_ROUTE_END = re.compile(r"\s*[,)]")

# ... and a route ridden, after a rider's noun and "on the", its bare number before a verb or the
# end of a clause ("a trip on the 52 costs me $4", "Passengers on the 73 wait", "a return on the
# 19 takes"); "commuters on the 300 trains" counts the trains
RE_RIDER_ROUTE_BEFORE = re.compile(
    r"\b(?i:trips?|rides?|journeys?|commutes?|passengers|commuters|riders|returns?|singles?|fares?|tickets?)"
    r"\s+on\s+the\s\Z"
)
RE_RIDER_ROUTE_AFTER = re.compile(
    r"(?:[,;:)!?]|\.(?!\d)|\s*\Z|\s+(?:costs?|takes?|took|is|was|are|were|runs?|ran|waits?|waited|has|have"
    r"|had|will|would|can|could|now|still|used|goes|went|leaves?|left|arrives?|arrived|rises?|rose|falls?"
    r"|fell|says?|said|faces?|faced|gets?|got)\b)"
)
RIDER_ROUTE_REACH = 40  # characters before a route's number read for the rider's noun

# a meeting's agenda item named by its number in lower case, as council and school-board copy
# writes it ("the budget, item 9 on the agenda", "deferred agenda items 4 and 5", "under item 12,
# councillors ..."): a numbered position (rules, table 8); "bought the item 3 times", "each item
# 20% off" and "of the 30 items 12 were sold" quantify
# (or its sub-item glued to it: "deferred item 4(b) to May"; or what it was, its verb gapped:
# "Item 4 was the budget and item 7 the new depot")
RE_AGENDA_ITEM_END = re.compile(
    r"(?:\([a-z\d]{1,4}\)|\s+(?:and|to|through|or)\s+(?:items?\s+)?\d|\s+(?:on|of|in|at|was|is|were|will|would|the)\b(?!\s+\d)|[,;:)]|\.(?!\d)|\s*\Z)"
)
RE_COUNTED_ITEMS_BEFORE = re.compile(r"\d\s+items?\s\Z")  # "the 30 items 12 ...": a count's noun
# the later number of a list of items ("items 4 and 5", "items 9 to 11") or of a road's numbered
# junctions ("closed between junctions 10 and 11": positions, as "junction 14" is)
# ("items" before the look-behinds on what precedes it: the search skips to the word)
RE_AGENDA_ITEMS_BEFORE = re.compile(
    r"(?:items(?<!\d items)(?<![\w-]items)|(?<![\w-])junctions)\s+\d{1,3}\s+(?:and|to|through|or)\s\Z"
)
# ... and of a disease's or a trial's numbered stages, the later number ending its phrase as a
# stage's does (RE_STAGE_NUMBER_END: "found at stage 1 or 2, when", "phase 2 or 3 trials"): labels,
# as "stage 4" is; "moved to stage 2 and 14 staff left" counts the staff (late-kinds15)
RE_STAGES_BEFORE = re.compile(r"(?<![\w-])(?:stages?|phases?)\s+\d{1,2}\s+(?:and|to|or)\s\Z")
RE_STAGES_END = re.compile(rf"{RE_STAGE_NUMBER_END.pattern}|\s+(?:trials?|disease|patients)\b")

# a bus, tram or streetcar route known by its bare number after "the": the vehicle's noun in the
# singular, then the end of a clause, a verb or a preposition ("the 14 bus was late", "took the 38
# tram to work", "the 25 bus between Stratford and Bow"), or the route's own verb "runs" and where or how often it runs ("the 501 runs
# downtown", "the 7 runs every 10 minutes"); "the 14 bus routes" and "the 501 runs he scored" count
RE_ROUTE_VEHICLE_AFTER = re.compile(
    r" (?:(?:bus|tram|streetcar|trolleybus|trolley|minibus)"
    r"(?=[,;:)!?]|\.(?!\d)|\s*\Z|\s+(?:is|was|will|would|has|had|runs|ran|route|line|service|stop|to|from|into"
    r"|at|on|in|along|past|via|through|between|linking|serving|and|or|down|up)\b)"
    r"|runs\s+(?:downtown|uptown|crosstown|every|along|past|via|hourly|daily|nightly|half-hourly"
    r"|north|south|east|west|[a-z]+bound)\b)"
)

# ... and a route ridden, after a preposition or a verb of riding and "the", its vehicle's singular
# followed by any word but a plural noun ("Fares on the 38 bus rise", "caught the 7 tram home"; "on
# the 14 bus routes" counts routes)
RE_RIDDEN_ROUTE_BEFORE = re.compile(
    r"(?<![\w-])(?:on|onto|off|took|take|takes|taking|catch|catches|caught|ride|rides|rode|board|boarded)"
    r"\s+the\s\Z"
)
RE_RIDDEN_VEHICLE_AFTER = re.compile(
    r" (?:bus|tram|streetcar|trolleybus|trolley|minibus)(?![\w'’-]|\s+[a-z]+s\b)"
)
# a run of three or more numbers of one or two digits joined by spaced dashes, as results lines
# print a draw ("Midday (1.00 pm): 7 – 4 – 1", "05 – 14 – 19 – 22 – 30"): labels of balls, no
# figure (a range or a score joins two)
RE_DASHED_RUN = re.compile(r"(?<![\w.,])\d{1,2}(?:\s[-–—]\s\d{1,2}){2,}(?![\w%]|[.,]\d)")
DASHED_RUN_REACH = 40  # characters either side of a number read for its run
# a drawn ball named before a colon in a results line ("Bonus ball: 21", "Powerball: 17", "Bonus
# number: 8"), the number ending its line or its item, with a draw's word before it
RE_BALL_LABEL_BEFORE = re.compile(r"(?:\b[A-Z]\w*\s?[Bb]all|\b[Bb]onus\s(?:ball|number)):\s\Z")
# ... or with no colon, the ball named by the lotteries' own words ("5 - 17 - 22 - 38 - 41, Powerball
# 9", "matched the Mega Ball 14"; a "Football 5" is no ball of a draw)
RE_NAMED_BALL_BEFORE = re.compile(
    r"\b(?:Power|Mega|Star|Thunder|Lucky|Bonus|Gold|Cash)\s?[Bb]all\s\Z|\b[Bb]onus\snumber\s\Z"
)
# a game's name in the label of a results line, before its colon and the dashed run of the balls
# drawn ("Pick 3 Midday: 4 – 0 – 7", "Cash 5: 02 – 11 – 19 – 27 – 33", "Pick 4 (Evening): 3 – 8 –
# 8 – 1"): the number is the game's (rules, table 8)
# (the label opens its line with the game's capitalised name: "scored 3 goals: 1 - 1 - 1" is none)
RE_RUN_LABEL_AFTER = re.compile(
    r"(?: [A-Za-z]+){0,2}(?: \([^()\n]{1,24}\))?:[ \t]+\d{1,2}(?:\s[-–—]\s\d{1,2}){2,}(?![\w%]|[.,]\d)"
)
RE_GAME_NAME_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:[-–•*·][ \t]+)?[A-Z][A-Za-z]*(?: [A-Z][A-Za-z]*){0,2} \Z")
GAME_NAME_REACH = 40  # characters before a game's number read for its name opening the line
RE_BALL_NUMBER_END = re.compile(r"[ \t]*(?:[,;)\n]|\Z)|\s{2}|\.(?!\d)")
RE_DRAW_WORDS = re.compile(r"(?i:numbers|draw|lott|jackpot)")
DRAW_WORD_REACH = 200  # characters before a ball's label read for a word of the draw


# The high end of a range joined by a hyphen, of three digits, then a percent or a lower-case word
# ("100-150 people", "80-120 minutes", "80-100% of the price"): no code's later group
RE_RANGE_HIGH_AFTER = re.compile(
    r"[-–](\d{3})(?![\w\-–/]|[.,]\d)(?=\s?(?:%|per ?cent\b|percent\b)|\s[a-z]{2,})"
)


def _round_range(low: str, after: str) -> bool:
    """Whether a number and the hyphened three digits after it are a range of round numbers, low
    to high ("100-150 people"): both multiples of five, as estimates are, unlike a phone number's
    groups ("555-1234") or an aircraft's variant ("737-800 jets")."""
    m = RE_RANGE_HIGH_AFTER.match(after)
    if m is None or not low.isdigit():
        return False
    lo, hi = int(low), int(m.group(1))
    return lo < hi and lo % 5 == 0 and hi % 5 == 0


def year_in_hyphened_name(body: str, start: int, end: int) -> bool:
    """Whether the number at start:end is a calendar year joined by a hyphen to a name in title
    case ("the Zapad-2025 exercise", "Expo-2020"; see RE_TITLE_NAME_BEFORE): a year to read."""
    return (
        end - start == 4
        and RE_NAMED_YEAR.match(body, start) is not None
        and RE_TITLE_NAME_BEFORE.search(body, max(0, start - 24), start) is not None
    )


def _unit_range(before: str, after: str) -> bool:
    """Whether the text before a number ends in another number with a unit glued and a hyphen, and
    the same unit follows the number ("34C-" before "36C")."""
    m = RE_UNIT_BEFORE_HYPHEN.search(before)
    return (
        m is not None
        and after.startswith(m.group("unit"))
        and not after[len(m.group("unit")) :][:1].isalnum()
    )


# A pollutant's or a gas's name written with a space before its number ("PM 2.5", "PM 10", "CO 2",
# "NO 2"): a name, as "PM2.5" and "CO2" are (rules, table 8); "at 5 PM 10 officers" is a clock's
POLLUTANT_HEADS = ("PM ", "CO ", "NO ", "SO ")
RE_SPACED_POLLUTANT = re.compile(r"(?<![\w.-])(?<!\d )(?:PM (?:2\.5|10|1)|(?:CO|NO|SO) 2)(?![\w.,%]|\.\d)")


# a newspaper's, a channel's or a station's name that opens with its number, set off by the noun of
# what it is ("24 URE, the tabloid, splashes on", "20 Minutes, the free daily, says"): the number
# is the name's
RE_NUMBERED_OUTLET_AFTER = re.compile(
    r" [A-Z][\w'’&-]*(?: [A-Z][\w'’&-]*){0,2}, (?:the|a|an) (?:[\w'’-]+ ){0,3}?"
    r"(?:tabloid|daily|dailies|newspaper|paper|weekly|broadsheet|magazine|broadcaster|channel|station"
    r"|network|website|news\s+site|portal|radio|television)\b"
)
NUMBERED_OUTLET_REACH = 90  # characters after the number read for the name and its noun


def numbered_outlet(body: str, end: int) -> bool:
    """Whether a number ending at `end` opens an outlet's name (RE_NUMBERED_OUTLET_AFTER)."""
    return RE_NUMBERED_OUTLET_AFTER.match(body, end, end + NUMBERED_OUTLET_REACH) is not None


# a number inside a foreign name, after a capitalised word and one or two of its small words and
# before another capitalised word ("the Levada das 25 Fontes", "Calle de los 7 Pecados"; vocab
# .NAME_PARTICLES); a month after it makes a date of the name ("Rue du 11 Novembre" is read as dates)
RE_PARTICLE_NAME_BEFORE = re.compile(
    rf"[A-ZÀ-ÖØ-Þ][^\W\d_]*(?:\s(?:{'|'.join(sorted(NAME_PARTICLES))})){{1,2}}\s\Z"
)
RE_PARTICLE_NAME_AFTER = re.compile(r"\s[A-ZÀ-ÖØ-Þ][^\W\d_]")
PARTICLE_NAME_REACH = 30  # characters before the number read for the name's words


def particle_name_number(body: str, start: int, end: int) -> bool:
    """Whether the number at start:end sits inside a foreign name between its small words and its
    next capitalised word (RE_PARTICLE_NAME_BEFORE)."""
    return (
        end - start <= 3
        and RE_PARTICLE_NAME_AFTER.match(body, end) is not None
        and RE_PARTICLE_NAME_BEFORE.search(body, max(0, start - PARTICLE_NAME_REACH), start) is not None
    )


def is_name_or_code(body: str, start: int, end: int) -> bool:
    """Digits inside names, clock times, phone numbers, codes, web addresses ("Covid-19", "Section 144"),
    and the numbers of a list's items."""
    size, following, digits = end - start, body[end : end + 1], body[start:end]  # read once for the tests
    if start and not body[start - 1].isspace() and in_web_address(body, start):
        return True
    if size <= 2 and following in LIST_MARKS and is_list_number(body, start, end):
        return True  # "1. The bank ...": an item's number (the cheap tests first)
    if size <= 2 and following == "\n" and is_label_line_number(body, start, end):
        return True  # "1\nSafety lamp\nBrass, about 1905": a museum label's number on its own line
    if 3 <= size <= 11 and body[start + 1 : start + 3].find(".") >= 0 and is_section_number(body, start, end):
        return True  # "3.1 Waste management": a section's number opening its line
    if following in "'’+" and minute_head(body, start, end):
        return True  # "23' GOAL!", "90+4' The volley": a live commentary's match-minute head
    if size <= 2 and drawn_run_or_ball(body, start, end):
        return True  # "Winning numbers: 03 – 11 – 17", "Bonus ball: 21": a draw's balls, labels
    if following == " " and body[end + 1 : end + 2].isupper() and numbered_outlet(body, end):
        return True  # "24 URE, the tabloid, splashes on": a newspaper's or a channel's name
    if size <= 2 and (following == " " or body[end : end + 2] == ". ") and is_result_place(body, start, end):
        return True  # "Women: 1 Ana Costa 2:09:14, 2 ...", "top three: 1. Lucy Nattar ...; 2. ...": places
    if size <= 2 and race_card_number(body, start, end):
        return True  # "1 Raja Kinta (8) 59kg", "SELECTIONS: 1 Raja Kinta": a saddlecloth, a draw
    if size <= 2 and is_series_place(body, start, end):
        return True  # "the crew finished 3, 1, 2 in the day's races": places in a series
    if size <= 2 and following == " " and line_score_runs(body, start, end):
        return True  # "Santurce 010 002 002 — 5 9 0": the runs, a side of the final score
    if size == 4 and body[start] == "1" and club_founding_year(body, start, end):
        return True  # "1860 Munich sold", "TSG 1899 Hoffenheim": a club's founding year, its name
    if 3 <= size <= 5 and is_triathlon_name(body, start, end):
        return True  # "the Lakeside 226", "Ironman 70.3": a race named by its distance
    if size == 4 and is_batch_code(body, start, end):
        return True  # "batch number 2025-0408": a code
    if size <= 4 and (following in "-‑" or body[start - 1 : start] in "-‑") and road_code(body, start, end):
        return True  # "the regional road R2-409": a road's code
    before = body[max(0, start - 24) : start]
    after = body[end : end + 12]
    last = before[-1:]
    # the word before the number and its white space, read once for the tests below that ask it
    word = previous_word(before) if last.isspace() else ""
    if last == " " and entry_head(body, word, start, end):
        return True  # "Day 1 – Funchal.", "Stage 3 – Tarbes to Pau": an itinerary's entry head
    if last == " " and word in NAME_PARTICLES and particle_name_number(body, start, end):
        return True  # "the Levada das 25 Fontes": a digit inside a foreign name
    if last == "(" and is_subsection(body, start, end):
        return True  # "Section 12(3)": a subsection's number
    if last == " " and ("minus " in before or "plus " in before) and RE_COUNTDOWN_BEFORE.search(before):
        return True  # "At T-minus 10 seconds the countdown was halted": a mark on a launch's clock
    if (last == " " or last == ".") and is_extension(body, start, end):
        return True  # "ext. 2214": a telephone extension
    if last == " " and before.endswith(POLLUTANT_HEADS) and RE_SPACED_POLLUTANT.match(body, start - 3, end):
        return True  # "PM 2.5 levels", "CO 2 emissions": a pollutant's name with a space (as "PM2.5")
    if last == " " and before.endswith(("Box ", "Bag ")) and RE_POSTAL_BOX_BEFORE.search(before):
        return True  # "P.O. Box 30099", "Private Bag 12": a postal address (rules, table 8)
    if (
        (last == " " or before[-2:-1] == ":")
        and ":" in body[max(0, start - 48) : start]  # (the cheap test first: every label ends in a colon)
        and RE_PHONE_LABEL_BEFORE.search(body, max(0, start - 48), start)
    ):
        return True  # a fact box's "Tel: 116 123", "Helpline: 999", "Fax: 020 7946": a phone number
    if after[:3] in (" FM", "FM") and is_fm_dial(body, start, end):
        return True  # "transmits on 107.3 FM": a station's frequency names it
    if size == 1 and after[:1].isupper() and is_call_sign(body, start, end):
        return True  # "Sydney's 2GB lost 1.3 points": a radio station's call sign
    if size == 1 and after[:1].isupper() and is_registration_mark(body, start, end):
        return True  # "registration 9V-SWQ": an aircraft's registration mark
    if (
        before.endswith(" on the ")
        and size <= 3
        and digits.isdigit()
        and RE_RIDER_ROUTE_AFTER.match(body, end)
        and RE_RIDER_ROUTE_BEFORE.search(body, max(0, start - RIDER_ROUTE_REACH), start)
    ):
        return True  # "Passengers on the 73 wait": a bus route's number
    if (
        last == " "
        and before[-2:-1] == "/"
        and size >= 4
        and RE_PHONE_SLASH_BEFORE.search(body, max(0, start - PHONE_REACH), start)
    ):
        return True  # "Tel: 443-2-560912 / 560913": the other line of a phone number
    if (
        after[:1] == " "
        and before.endswith(("the ", "The "))
        and size <= 4
        and digits.isdigit()
        and RE_ROUTE_VEHICLE_AFTER.match(body, end)
    ):
        return True  # "the 501 runs downtown", "the 14 bus was late": a route's number
    if (
        after[:1] == " "
        and size <= 4
        and digits.isdigit()
        and before[-4:-1] == "the"  # (the cheap test first: the pattern ends with "the" and a space)
        and RE_RIDDEN_ROUTE_BEFORE.search(before)
        and RE_RIDDEN_VEHICLE_AFTER.match(body, end)
    ):
        return True  # "Fares on the 38 bus rise", "took the 7 tram home": the route ridden, whatever verb follows
    if (
        before.endswith("the ")
        and size <= 4
        and digits.isdigit()
        and RE_APPOSED_ROUTE_END.match(body, end)
        and RE_APPOSED_ROUTE_BEFORE.search(body, max(0, start - 32), start)
    ):
        return True  # "A local bus, the 282, makes two runs": a route's number set off after its vehicle
    if before.endswith(("under-", "over-")) and RE_AGE_GRADE_TEAM_AFTER.match(body, end + (following == "s")):
        return True  # "the under-21 side", "at under-19 level": an age-grade team's name, not a limit
    if last and last in "-‑" and before[-2:-1].isdigit() and dotted_code_part(body, start):
        return True  # "(1992.3.1-4)": the last of a set of parts after a museum's accession number
    if last and last in "-‑" and RE_HYPHEN_NAME_BEFORE.search(before):
        return not (
            before.endswith(HYPHEN_PREFIXES_OK)
            or RE_TALLY_BEFORE.search(before)
            or _unit_range(before, after)
            or year_in_hyphened_name(body, start, end)
        )
    if last == " " and before[-2:-1] in ("#", "№") and digits.isdigit():
        return True  # "MLS# 2207741", "Listing # 4411": a code after its number sign and a space
    if last and last in "/:#+№⁄" and RE_CODE_BEFORE.search(before):
        # "+0.2%" is a signed change, "the +87kg class" a limit with a unit glued, "Reform 29 (+3)"
        # under a percent heading a share's move in brackets (reading.under_percent_heading), and
        # "214,000 (+7,200)" a move in brackets right after the level it moved (late-units14): no codes
        return not (
            last == "+"
            and (
                after.startswith(("%", " per", "pc"))
                or after[:1].isalpha()
                or before.endswith(" (+")
                and after.startswith(")")
                and (before[-4:-3].isdigit() or under_percent_heading(body, start))
            )
        )
    if (
        last == "-"
        and before[-2:-1].isdigit()
        and "," not in digits  # no group of a phone number or code has a thousands comma
        and (size >= 5 or RE_LATER_GROUP_BEFORE.search(before))
    ):
        return True  # "+92-51-9201234": a later group of a phone number or code
    if last == "-" and RE_MODEL_CODE_BEFORE.search(before):
        return True  # "an Airbus A350-900", "the F-35A-2": a model's variant, part of its name
    if last == " " and before[-2:-1].isdigit() and RE_PHONE_GROUPS_BEFORE.search(before):
        return True  # "0300 123 1000": a later group of a phone number
    if (
        last == " "
        and before[-2:-1] in ")0123456789"
        and RE_BRACKET_PREFIX_BEFORE.search(before)
        and (before[-2] != ")" or size >= 6 or RE_GROUP_AFTER.match(body, end))
    ):
        # "(+44 20) 7946 0000": a group after a phone number's bracketed prefix (the first one
        # with another group after it or long: "(+3) 40 seats" is a change and a count)
        return True
    if (
        last == " "
        and before[-2:-1].isdigit()
        and RE_SHORT_TRUNK_BEFORE.search(before)
        and RE_GROUP_AFTER.match(body, end)
    ):
        return True  # "02 8173 404": the group after a phone number's short trunk group
    if size == 1 and body[start] == "0" and RE_TWO_GROUPS_AFTER.match(body, end):
        return True  # "0 800 12 345": a lone trunk "0" before two groups
    if (
        last == " "
        and before[-2:-1].isalpha()
        and (word in VERSION_NAME_WORDS or before.endswith(("Glass ", "Victus ", "Wi-Fi ")))
        and RE_VERSION_NAME_BEFORE.search(before)
    ):
        return True  # "Bluetooth 5.3", "iOS 18.1", "HDMI 2.1 ports": a standard's or a system's version
    if (
        last == " "
        and body.find(".", start, end) > 0
        and before[-2:-1].isalpha()
        and RE_RELEASE_AFTER.match(body, end, end + 16)
        and RE_PRODUCT_BEFORE.search(before)
    ):
        return True  # "the Vela 3.1 update", "its Nimbus 17.3 patch": a named release's version
    if last == " " and body.find(".", start, end) > 0 and release_version(body, before, start, end):
        return True  # "Update 2.4 fixes the bug", "firmware 3.2.1": a release's version after its noun
    if last == "*" and (after[:1] in ("#", "*") or RE_STAR_CODE_BEFORE.search(before)):
        return True  # "*151#", "*120*3#", "on *462": a mobile network's or a utility's service code
    if last == "(" and RE_VANITY_BEFORE.search(before):
        return True  # "555-HELP (4357)": a vanity number in digits
    spaced = after[:1] == " " and after[1:2].isdigit() or last == " " and before[-2:-1].isdigit()
    if spaced and size <= 8 and three_spaced_groups(body, start, end):
        return True  # "report it on 1300 555 019": a phone number's groups
    if spaced_phone_group(body, before, start, end):
        return True  # "call 800 7315": the groups of a phone number
    if spaced and size <= 4 and paired_digit_groups(body, start, end):
        return True  # "(13 43 25 84)": a phone number's groups, a later one of two digits
    if size == 3 and after[:1] == " " and RE_SERVICE_NUMBER.match(body, start):
        return True  # "the city's 311 app": a service line's number
    if (
        size == 3
        and after.startswith(" call")
        and RE_EMERGENCY_DIGITS.fullmatch(body, start, end)
        and (calls := RE_EMERGENCY_CALLS_AFTER.match(body, end))
        and (
            calls.group("one") or RE_CALLS_COUNT_BEFORE.search(body, max(0, start - CALLS_COUNT_REACH), start)
        )
    ):
        return True  # "3,200 999 calls", "a 911 call": an emergency line's number
    if size == 3 and RE_CALLS_TO_BEFORE.search(before[-10:]) and RE_EMERGENCY_NUMBER.match(body, start):
        return True  # "calls to 999 doubled": an emergency number called
    if size in (4, 5) and last in " -–" and point_clock_time(body, before, start, end):
        return True  # "normally at 21.55": a clock time
    if size <= 5 and last in " -–" and is_clock_hour(body, start, end):
        return True  # "doors at 7", "open 8 to 6", "at 9 sharp": a time of day
    if last == "(" and RE_AREA_CODE_AFTER.match(body, end):
        return True  # "(716) 555-0142": the area code of a phone number
    if before.endswith(DOI_BEFORE):
        return True  # "DOI: 10.1016/j.x.2025.104417": a document identifier
    if (
        last == " "
        and ("line" in (window := body[max(0, start - HOTLINE_REACH) : start]) or "number" in window)
        and RE_HOTLINE_BEFORE.search(window)  # (the cheap test first)
        and not after.startswith(PERCENT_AFTER)  # "calls to the hotline, 15% more": a change
    ):
        return True  # "the hotline, 1471,", "the hotline for tenants, 1471,": a phone line's number
    if last == " " and " " in digits and _spaced_line_number(body, before, start, end):
        return True  # "the allergy line, 955 545 060,": a line's number in spaced groups
    if (
        last == " "
        and any(word in before for word in GREEN_LINE_WORDS)  # (the cheap test first)
        and (not after[1:2].isalpha() or after.startswith(" or ") or before[-2:-1].isdigit())
        and RE_GREEN_LINE_BEFORE.search(before)
    ):
        return True  # "call the green line 13 13": a free line's number
    if (
        last == " "
        and before[-5:-1].lower() in DIAL_TAILS
        and RE_DIAL_BEFORE.search(before)
        and (RE_NO_NOUN_AFTER.match(body, end) or RE_VANITY_WORD_AFTER.match(body, end))
    ):
        return True  # "call 311 to report it": a number to dial
    if (
        before.endswith("or ")
        and 2 <= size <= 5
        and digits.isdigit()
        and RE_DIAL_OR_BEFORE.search(before)
        and RE_NO_NOUN_AFTER.match(body, end)
    ):
        return True  # "call 999, or 994 from a mobile": the other number to dial
    if (
        before.endswith((" on ", " at "))
        and size >= 3
        and digits.isdigit()
        and RE_DIAL_WHOM_ON_BEFORE.search(body, max(0, start - DIAL_ON_REACH), start)
        and RE_NO_NOUN_AFTER.match(body, end)
    ):
        return True  # "call the agency on 41275.": a short line's number to dial
    if (
        last == " "
        and size >= 3
        and digits.isdigit()
        and (
            before.endswith(" to ")
            and RE_TEXT_KEYWORD_BEFORE.search(body, max(0, start - TEXT_KEYWORD_REACH), start)
            or before.endswith(" on ")
            and RE_LINE_ON_BEFORE.search(before)
        )
        and RE_NO_NOUN_AFTER.match(body, end)
    ):
        return True  # "text HELP to 85258", "the forecast line is on 27100": a short line's number
    if (
        last == " "
        and size >= 3
        and digits.isdigit()
        and (
            before.endswith((" on ", " at "))
            and RE_TOLL_FREE_ON_BEFORE.search(before)
            or size >= 4
            and before.endswith(" to ")
            and RE_SMS_TO_BEFORE.search(before)
        )
        and RE_NO_NOUN_AFTER.match(body, end)
    ):
        return True  # "toll-free on 1199", "an SMS to 55444": a short line's number
    if (
        last == " "
        and size >= 4
        and before.endswith(" to ")
        and digits.isdigit()
        and RE_SENT_CODE_TO_BEFORE.search(body, max(0, start - SENT_CODE_REACH), start)
        and RE_NO_NOUN_AFTER.match(body, end)
    ):
        return True  # "sending their reference number to 4455", "send the code EXAM to 6060": a short code
    if (
        last == " "
        and 3 <= size <= 5
        and before.endswith("line ")
        and digits.isdigit()
        and RE_OWNED_LINE_BEFORE.search(before)
        and not RE_OWNED_LINE_PLURAL_AFTER.match(body, end)
        and not after.startswith(PERCENT_AFTER)
    ):
        return True  # "call the ministry's line 5050 between 8 a.m.": a line's number
    if (
        last == " "
        and 3 <= size <= 5
        and before.endswith(("the ", "The ", "a ", "its ", "their "))
        and RE_EMERGENCY_LINE_AFTER.match(body, end)
    ):
        return True  # "the 101 non-emergency number": an emergency or non-emergency line's number
    if service_line_number(body, start, end):
        return True  # "reached on 110 (police)", "the ambulance on 115": an emergency service's line
    if service_number(body, start, end):
        return True  # "Text to 988", "the toll-free 1919 and 1800 lines": a service's or a line's number
    if (
        before.endswith((" at ", " on "))
        and (line := RE_LINE_AFTER_PHONE.search(body, max(0, start - PHONE_REACH), start))
        and (line.group("name") or RE_NO_NOUN_AFTER.match(body, end))
    ):
        return True  # "at 555-210-8127 or Parks Line at 311", "on 061 290 2000 and the ambulance on 211 111"
    first = after[:1]
    if after.startswith(" or ") and RE_PHONE_AFTER_OR.match(body, end):
        return True  # "at 311 or (716) 555-0142": another line to call
    if (
        first
        and first in NAME_CODE_CLOCK_FIRST
        and (
            first != " "
            or after[1:2] in NAME_CODE_CLOCK_AFTER_SPACE
            or after.startswith((" to ", " and ", " until ", " till "))
            and RE_SPAN_DIGIT_AFTER.match(after) is not None  # "from 9 to 11 p.m.", "between 7 and 9 a.m."
        )
        and (found := RE_NAME_CODE_CLOCK_AFTER.match(after))
        and not (found.group(0).lstrip().startswith("hrs") and not clock_digits(body, start, end))
        and not _round_range(digits, after)
    ):
        return True
    if after.startswith(" hours") and clock_hours(body, before, start, end):
        return True  # "the raid began at 1545 hours": a clock time, as military and police copy writes it
    if last.isspace() and _named_by_word_before(body, before, word, start, end):
        return True
    if (
        last == " "
        and size <= 4
        and (
            following in "(,"
            or before.endswith(PROVISION_LIST_TAILS)
            or after.startswith(PROVISION_LIST_TAILS[1:])
        )
        and cited_provision(body, start, end)
    ):
        return True  # "Sections 115(2) and 351(3) of the Penal Code": the provisions cited
    if last == " " and size <= 4 and before[-2:-1].isalnum() and airline_flight_number(body, start, end):
        return True  # "BA 2490 was diverted", "passengers on EK 601": a flight's name
    if last == " " and digits in AIRLINER_MODEL_NUMBERS and airliner_model(body, start, end):
        return True  # "Boeing showed a 787 on display": an airliner's model, a name
    if last == " " and trim_coded_model(body, start, end):
        return True  # "the 911 GT3 RS now costs": a car's model and its trim, a name
    if (
        last == " "
        and size <= 3
        and before.endswith(" level ")
        and body.startswith(" of ", end)
        and RE_FLOOR_OF_BUILDING_AFTER.match(body, end)
    ):
        return True  # "moved to level 3 of the car park": a floor, a numbered position
    if last == " " and place_name_number(body, before, start, end):
        return True
    if (
        last == " "
        and (before[-2:-1].isalpha() or before[-2:-1] == ".")
        and street_house_number(body, before, word, start, end)
    ):
        return True  # "the town hall, Kirchgasse 7,": a house number after the street's name
    if last == " " and size <= 2 and street_date_name(body, start, end):
        return True  # "a house on Rue du 11 Novembre", "Avenida 9 de Julio": a street named for a date
    if last == " " and before[-2:-1] == "," and postcode(body, before, start, end):
        return True  # "Kirchgasse 7, 6020 Innsbruck": a postcode
    if first == " " and after.startswith(" level") and RE_NUMBERED_LEVEL.match(body, start - 3, end + 8):
        return True  # "collapsed on 21 level": a mine's numbered level, a position (rules, table 8)
    if (
        first == " "
        and after[1:2] in MODEL_WORD_FIRSTS
        and (model := RE_MODEL_WORD_AFTER.match(body, end, end + 16))
        and model.group(1) in MODEL_WORDS
        and not before.endswith(("Min ", "min ", "MIN "))  # "Min 19 Max 27": a forecast's two readings
    ):
        return True  # "two new 737 Max jets", "its 787 Dreamliner", "the 11 Pro Max": a model's name
    if first in "pi" and digits in VIDEO_LINE_COUNTS and RE_SCAN_LINES_END.match(body, end):
        return True  # "its 1080p tier", "streams in 720p": a video format's lines, not pence
    if (
        first.isupper()
        and size >= 3
        and digits.isdigit()
        and RE_CHIP_CODE_END.match(body, end)
        and RE_CHIP_SERIES_BEFORE.search(before)
    ):
        return True  # "the Core i9 14900K", "Core Ultra 9 285K": a processor's model code
    if (
        last == " "
        and size <= 2
        and first.isspace()
        and RE_CHIP_CODE_AFTER.match(body, end)
        and RE_CAPITALISED_BEFORE.search(before)
    ):
        return True  # "Core Ultra 9 285K": the number of the series the model code is of
    if (
        first in "Kk"
        and size <= 2
        and (not last or last in " (\"'“")
        and RE_RESOLUTION_AFTER.match(body, end, end + 24)
    ):
        return True  # "8K video", "a 4K TV": a resolution's name
    if (
        first == "K"
        and size == 1
        and before.endswith((" in ", " to "))
        and RE_RESOLUTION_END.match(body, end)
        and RE_RESOLUTION_CUE_BEFORE.search(body, max(0, start - RESOLUTION_CUE_REACH), start)
    ):
        return True  # "renders games in 4K", "upscales games to 4K using": the format shown in
    if first in "-‑" and RE_CLUB_AFTER.match(after):
        return True  # "a 3-iron", "his 5-wood": a golf club's name
    if (first == " " and after[1:3] == "to" or last == " " and before[-3:-1] == "to") and odds(
        body, start, end
    ):
        return True  # "odds of 14 to 1": a ratio (rules, table 8)
    if first == " " and after.startswith(" block of ") and RE_HUNDRED_BLOCK.match(body, start, end + 12):
        return True  # "the 300 block of Orchard Lane": an address in US police copy, no count
    if (
        last == " "
        and before[-2:-1] == ":"
        and after[1:2].isalpha()
        and RE_ADDRESS_LABEL_BEFORE.search(body, max(0, start - 24), start)
    ):
        # "Venue: 221 Kingsway, Vancouver": a fact box's address line, a house number (its street
        # may be lowered with a headline-style line)
        return True
    if (
        size <= 3
        and (first == " " and after.startswith(" y ") or last == " " and before.endswith(" y "))
        and grid_corner(body, start, end)
    ):
        return True  # "the 19 y B market", "at 23 y 12": a corner of two streets
    if size <= 2 and last == " " and first in '"”.,!?' and quoted_hour(body, before, start, end):
        return True  # 'it would start "at 6".': an hour quoted alone
    if first == "+" and size == 1 and RE_FLAT_LAYOUT_AFTER.match(body, end, end + 40):
        return True  # "a 2+kk flat", "3+1 apartments": a flat's layout of rooms, a name
    return first.isspace() and address_after(body, end)


# a flat's layout of rooms, as Czech, Slovak and Turkish listings write it: rooms plus a kitchenette
# ("a 2+kk flat") or plus a living room before a dwelling's word ("3+1 apartments", "a 4+1 villa")
RE_FLAT_LAYOUT_AFTER = re.compile(
    r"\+(?:kk|KK)(?![\w+])"
    r"|\+1(?![\w+.,])[ -](?:[\w-]+ ){0,2}(?:flats?|apartments?|units?|homes?|houses?|villas?|studios?|dwellings?|layouts?)\b"
)


# a number of three or more spaced groups right after a line or a number of any name ("the health
# service's allergy line, 955 545 060,", "the club's number is 021 44 83"): a phone number, as
# thousands grouped by spaces after "line" never are; after "number" they may be ("The total number
# is 120 000 000"), so there only groups that are no thousands
RE_LINE_NAMED_BEFORE = re.compile(r"\b(?i:(?P<line>line)|number)(?:,| on| at| is)? \Z")
RE_SPACED_DIGITS = re.compile(r"\d{2,4}(?: \d{2,4}){2,}")
RE_SPACED_THOUSANDS = re.compile(r"[1-9]\d{0,2}(?: \d{3})+")


def _spaced_line_number(body: str, before: str, start: int, end: int) -> bool:
    """Whether the number from `start` to `end` is a line's number in spaced groups (above)."""
    named = (
        RE_LINE_NAMED_BEFORE.search(before[-12:]) if RE_SPACED_DIGITS.fullmatch(body, start, end) else None
    )
    return named is not None and (
        named.group("line") is not None or RE_SPACED_THOUSANDS.fullmatch(body, start, end) is None
    )


# a postal box or bag before its number ("P.O. Box 30099", "PO Box 7731", "Private Bag X12")
RE_POSTAL_BOX_BEFORE = re.compile(
    r"\b(?:P\.?\s?O\.?|Post\s+Office|Private|Postal)\s+(?:Box|Bag)\s\Z"
    # ... or a bare "Box" with its capital, written to or set off by a comma in an address ("Write
    # to the newsroom, Box 1014, Visby", "c/o Box 88")
    r"|(?:\b(?:to|at|c/o)|,)\s+(?-i:Box)\s\Z",
    re.IGNORECASE,
)
# a fact box's line labelled with a telephone line, then the number's groups so far ("Tel: 020
# 7946 0321", "Helpline: 999", "Fax: +27 11 555 0199", "Emergency line: 112"): no figure
# (... and another line after a slash: "Tel: 443-2-560912 / 560913")
RE_PHONE_LABEL_BEFORE = re.compile(
    r"(?:^|\n)[ \t]*(?:[-–•*·][ \t]+)?(?:(?:[A-Z][a-z]*[ \t]+)?(?:Tel|Telephone|Phone|Fax|Helpline|Hotline"
    r"|WhatsApp|Freephone)|(?:Emergency|Contact|Phone|Tip|Crisis|Support)[ \t]+(?:line|number))"
    r"\.?(?:[ \t]+\([^()\n]{1,20}\))?:[ \t]*(?:\+?[\d() /-]*[ \t/-])?\Z",
    re.IGNORECASE,
)
# another line after a slash and a phone number of three hyphenated groups ("443-2-560912 / 560913")
RE_PHONE_SLASH_BEFORE = re.compile(r"(?<![\w.,-])\d{1,4}[-‑]\d{1,4}[-‑]\d{4,} ?/ \Z")
# a fact box's label of a place opening its line, right before a house number and a street's name
RE_ADDRESS_LABEL_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:Address|Venue|Office|Offices|Showroom):\s\Z")


# "the House" with its article before a tally "N to M" is a legislature's chamber, its seats split
# ("Democrats control the House 233 to 202"), where an address's "House 14" takes no article
RE_TALLY_AFTER = re.compile(r" to \d{1,3}(?![\w.,]\d|\w)")


def _named_by_word_before(body: str, before: str, word: str, start: int, end: int) -> bool:
    """Whether the words before a number and its white space make it part of a name, a code, a
    numbered position or a drawn number ("Section 144", "Year 11", "ZIP code 90210", "S&P 500",
    "by week 68", "winning numbers were 7"): `word` is the word before (previous_word(before))."""
    return (
        word in WORD_KEYED
        and _named_by_that_word(body, before, word, start, end)
        or _named_by_any_word(body, before, word, start, end)
    )


def _named_by_that_word(body: str, before: str, word: str, start: int, end: int) -> bool:
    """_named_by_word_before's tests that hold only for a word of WORD_KEYED before the number."""
    short = end - start <= 2
    return (
        word in NAME_WORDS
        and not (word == "House" and before.endswith("the House ") and RE_TALLY_AFTER.match(body, end))
        and not tally_after_name(body, word, start, end)
        or word in PROVISION_WORDS
        and provision_number(body, end)
        and not (word.startswith("resolution") and RE_PLURAL_NOUN_AFTER.match(body, end))
        and not (word[0] == "a" and RE_PIECE_OF_WRITING_BEFORE.search(before))
        or word == "part"
        and bool(RE_ARTICLE_PART_BEFORE.search(before))
        or word == "Euro"
        and end - start == 1
        and not RE_SCALE_AFTER_DIGIT.match(body, end)
        or short
        and word in SHORT_NAME_WORDS
        and not body.startswith(PERCENT_AFTER, end)  # "lower grades 6 percent": a rise, not a grade
        and not (word[:4] == "size" and RE_COUNTED_SIZE_BEFORE.search(before))
        and not (word[:5] == "class" and RE_PLURAL_NOUN_AFTER.match(body, end))  # "a class 2 years ago"
        or end - start == 1
        and word in GRADE_WORDS_BEFORE
        and bool(RE_GRADE_AFTER.match(body, end))
        or short
        and word == "group"
        and bool(RE_INSURANCE_GROUP_BEFORE.search(before))
        or word in ("item", "items")
        and not RE_COUNTED_ITEMS_BEFORE.search(before)
        and bool(RE_AGENDA_ITEM_END.match(body, end))
        or word in ("and", "to", "through", "or")
        and bool(RE_AGENDA_ITEMS_BEFORE.search(before))
        or short
        and word in ("and", "to", "or")
        and bool(RE_STAGES_BEFORE.search(before))
        and bool(RE_STAGES_END.match(body, end))
        or word in RANK_TAILS
        and "rank" in before[-24:]  # the cheap test first
        and bool(RE_RANK_BEFORE.search(before[-24:]))
        and bool(RE_RANK_END.match(body, end))
        or word == "Top"
        and bool(RE_CHART_TOP_BEFORE.search(before))
        and not RE_CHART_TOP_AFTER.match(body, end)
        or end - start <= 3
        and word in ("to", "at", "To", "At")
        and ("place" in before or "ent" in before or "chart" in before)  # the cheap test first
        and bool(RE_CHART_MOVE_BEFORE.search(body, max(0, start - 40), start))
        and bool(RE_CHART_PLACE_END.match(body, end))
        or end - start <= 4
        and word in TITLE_KIND_WORDS
        and bool(RE_TITLE_WORD_AFTER.match(body, end))
        or word in CATALOGUED_BODY_WORDS
        and catalogued_body(body, start, end)
        or short
        and word in STAGE_POSITION_WORDS
        and bool(RE_STAGE_NUMBER_END.match(body, end))
        or short
        and word in ("the", "The")
        and body[start:end].isdigit()
        and bool(RE_SADDLECLOTH_AFTER.match(body, end))
        or word == "than"
        and position_compared(body, start, end)
        or word == "number"
        and end - start <= 3
        and (
            bool(RE_NUMBERED_ROUTE_BEFORE.search(before))
            and bool(RE_NUMBERED_ROUTE_AFTER.match(body, end))
            # ... or ridden: "on the number 38" before a verb or a clause's end, a route's number
            or before.endswith(("on the number ", "aboard the number ", "board the number "))
            and bool(RE_ROUTE_NUMBER_END.match(body, end))
            # a place in a chart or a table "at number N" ("debuts at number 7", "sits at number 3 in
            # the table"): a position (rules, table 8), no noun after it
            or before.endswith(" at number ")
            and bool(RE_CHART_PLACE_END.match(body, end))
            # ... or a seed's or a player's rank "the number 3 seed" (rules, table 8: "the No. 5 seed")
            or bool(RE_NUMBERED_ROUTE_BEFORE.search(before))
            and bool(RE_RANKED_NOUN_AFTER.match(body, end))
            or bool(RE_SHIRT_AFTER.match(body, end))
            and bool(RE_SHIRT_NUMBER_BEFORE.search(before))
        )
        or word in ("route", "line")
        and "," not in body[start:end]  # no line or route is numbered with a thousands comma
        and bool(RE_ROUTE_BEFORE.search(before))
        and (bool(RE_ROUTE_NUMBER_END.match(body, end)) or word == "line" and body.startswith(" of ", end))
        or word == "flight"
        and end - start <= 4
        and body[start:end].isdigit()
        and flight_name_end(body, end)
        or word in LABEL_NUMBER_TAILS
        and bool(RE_LABEL_NUMBER_BEFORE.search(before))
        and provision_number(body, end)
        or word == "lot"
        and end - start <= 5
        and auction_lot(body, before, end)
    )


def _named_by_any_word(body: str, before: str, word: str, start: int, end: int) -> bool:
    """_named_by_word_before's tests that may hold whatever the word before the number."""
    short = end - start <= 2
    return (
        code_word_before(before)
        or is_index_number(body, start, end)
        or word[:1] in "sStTcC"
        and is_ticker_number(body, start, end)
        or word.lower() in PERIOD_POSITION_WORDS
        and period_position(body, before, word, start, end)
        or end - start >= 5
        and registry_number(word, body[start:end])
        or (short or (word == "channel" or word.lower() in SHOP_SLOT_WORDS) and end - start <= 4)
        and slot_number(body, word, start, end)  # "DStv channel 204", "store 3047": a platform's, a chain's
        or end - start <= 4
        and before.endswith(f"{word} ")
        and numbered_place(body, word, start, end)
        or short
        and word[-1:] == "s"  # the cheap test first
        and before.endswith(f"{word} ")
        and step_label(body, word, start)
        or short
        and drawn_number(body, start)
        or before.endswith(POSITION_OR_CODE_TAILS, 0, len(before) - 1)  # the cheap test first
        and bool(RE_POSITION_OR_CODE_BEFORE.search(before))
        or end - start >= 7
        and bool(RE_SHIP_NUMBER_BEFORE.search(before))
        or end - start <= 4
        and "light" in before  # the cheap test first
        and bool(RE_FLIGHT_NUMBER_BEFORE.search(before))
    )


# a thing labelled by its number, in lower case or opening a sentence (vocab.LABEL_NUMBER_NOUNS)
# before "number" or "no." ("wearing bib number 71", "Runner number 1045", "charity no. 1089464"),
# a runner's "bib" alone ("wore bib 214"), and a listing's or a notice's reference after "ref."
# ("3-bed semi, £325,000, ref. 4411"): labels, no quantities (rules, table 8)
RE_LABEL_NUMBER_BEFORE = re.compile(
    rf"(?<![\w-])(?i:(?:{alternation(LABEL_NUMBER_NOUNS)})\s+(?:number|no\.)|bib|ref\.?)\s\Z"
)
LABEL_NUMBER_TAILS = frozenset(
    ("number", "bib", "no.", "ref", "ref.", "Ref", "Ref.", "REF")
)  # their last words
# every word one of _named_by_that_word's tests asks for first: a number after any other word
# (most: "of", "in", "by", "rose") skips them all, the cheap test first
WORD_KEYED = (
    NAME_WORDS
    | PROVISION_WORDS
    | SHORT_NAME_WORDS
    | GRADE_WORDS_BEFORE
    | RANK_TAILS
    | TITLE_KIND_WORDS
    | CATALOGUED_BODY_WORDS
    | STAGE_POSITION_WORDS
    | LABEL_NUMBER_TAILS
    | frozenset(
        ("part", "Euro", "group", "item", "items", "and", "to", "through", "or", "Top", "at", "To", "At")
    )
    | frozenset(("the", "The", "than", "number", "route", "line", "flight", "lot"))
)


# a floor of a building named by its number after "on", "above" or "below" ("a restaurant on level 64",
# "shops on levels 1 to 4", "offices above level 40"), a runway by its bearing ("landed on runway
# 27"), and the code an aircraft's transponder is set to ("squawked 7600", "set the transponder to
# 7500"): numbered positions and codes, no quantities (rules, table 8)
RE_POSITION_OR_CODE_BEFORE = re.compile(
    r"(?:\b(?:on|above|below)\s+levels?|\b[Rr]unways?|\bsquawk(?:s|ed|ing)?|\btransponder\s+(?:code\s+)?to)\s\Z"
)
# the words that end RE_POSITION_OR_CODE_BEFORE's matches before their white space
POSITION_OR_CODE_TAILS = tuple("level levels unway unways squawk squawks squawked squawking to".split())
RE_MODEL_WORD_AFTER = re.compile(r" ([A-Za-z]+)(?![\w-])")
# "on 21 level": a numbered level of a mine, named without an article (not "to 18,000 level", an
# index's level in some desks' English, nor "on the 21st level")
RE_NUMBERED_LEVEL = re.compile(r"on \d{1,3} level(?![\w-])")
# capitalised words that, right after a number, make it a product model's name (rules, table 8:
# digits inside names, "Boeing 737"), not joined to a word after them ("40 Pro-Kremlin deputies")
MODEL_WORDS = frozenset("Max MAX Dreamliner Pro Ultra Mini".split())
MODEL_WORD_FIRSTS = frozenset(word[0] for word in MODEL_WORDS)  # a cheap test before the pattern


# a numbered part of an article cited after its number, in lower case ("under Article 194, part 2"):
# a provision, as post-Soviet criminal codes are cited; "took part 3 times" has no article before
RE_ARTICLE_PART_BEFORE = re.compile(r"(?i:\barticles?\s+\d+[\w.]*,\s+part\s)\Z")


# "article" after a determiner or a possessive is a piece of writing, not a provision: "the
# article 300 readers shared", "an article 900 words long", "her article 40 times"
RE_PIECE_OF_WRITING_BEFORE = re.compile(
    r"\b(?i:a|an|the|this|that|these|those|each|every|his|her|its|their|our|my|your|whose)\s+articles?\s\Z"
)


# a plural noun right after a number that follows "resolution": the number counts it ("the
# resolution 12 members backed"), where "under resolution 2231, the curbs" names a resolution
RE_PLURAL_NOUN_AFTER = re.compile(r" [a-z]{2,}s\b")


def drawn_run_or_ball(body: str, start: int, end: int) -> bool:
    """Whether a number of one or two digits is in a dashed run of drawn numbers (RE_DASHED_RUN) or
    is a drawn ball named before a colon (RE_BALL_LABEL_BEFORE), as results lines print them."""
    if end - start > 2:
        return False
    lo, hi = max(0, start - DASHED_RUN_REACH), min(len(body), end + DASHED_RUN_REACH)
    if "–" in body[lo:hi] or " - " in body[lo:hi] or "—" in body[lo:hi]:  # the cheap test first
        for run in RE_DASHED_RUN.finditer(body, lo, hi):
            if run.start() <= start < run.end():
                return True
    if (
        body[end : end + 1] in " :"
        and RE_RUN_LABEL_AFTER.match(body, end, end + 2 * DASHED_RUN_REACH)
        and RE_GAME_NAME_BEFORE.search(body, max(0, start - GAME_NAME_REACH), start)
    ):
        return True  # "Pick 3 Midday: 4 – 0 – 7": the game's name
    return (
        (
            body.endswith(": ", 0, start)
            and bool(RE_BALL_LABEL_BEFORE.search(body, max(0, start - 24), start))
            or body.endswith(("l ", "r "), 0, start)  # "Powerball 9", "Bonus number 8"
            and bool(RE_NAMED_BALL_BEFORE.search(body, max(0, start - 24), start))
        )
        and bool(RE_BALL_NUMBER_END.match(body, end))
        and RE_DRAW_WORDS.search(body, max(0, start - DRAW_WORD_REACH), start) is not None
    )


# a building's floor named "level N of the ..." (vocab.FLOORED_BUILDING_NOUNS), up to two words
# between "the" and the building's noun ("level 3 of the new multi-storey car park")
RE_FLOOR_OF_BUILDING_AFTER = re.compile(
    rf" of (?:the|its|a|an) (?:[\w'’-]+ ){{0,2}}?(?:{alternation(FLOORED_BUILDING_NOUNS)})(?![\w-])"
)
