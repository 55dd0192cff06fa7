"""Model names: digits of products, models and craft: flights and airliners, vessels, versions and
releases, chips and screen resolutions, radio stations and call signs, and a bare number after a
capitalised word (is_named_number: "Geekbench 6", "PCMark 10")."""

from __future__ import annotations

import re

from .. import measures as units
from ..reading import under_percent_heading
from ..vocab import (
    AVIATION_WORDS,
    BENCHMARK_NAMES,
    IRREGULAR_SINGULARS,
    MONTHS,
    POSTAL_DISTRICT_CITIES,
    SCALE_WORDS,
    VESSEL_NOUNS,
    VESSEL_PREFIXES,
    WEEKDAYS,
)
from .digit_groups import previous_word
from .numbers import WORD_NUMBER, alternation
from .place_names import NOT_NAMES, RE_CAPITALISED_BEFORE
from .reference_codes import RE_WORD_AFTER, provision_number, word_just_before

# a ship's IMO or MMSI number, seven to nine digits ("the tanker, IMO 9321483,"): a code
RE_SHIP_NUMBER_BEFORE = re.compile(r"\b(?:IMO|MMSI)(?:\s+(?:number|No\.?))?\s\Z")
# a flight's number spaced from its airline's two-character code after "flight" ("Flight QR 901",
# "on flight BA 117", "flight number KQ 310"), or set off after it by a comma ("the return flight,
# AP 1403, departs"; there the code has a letter: "after the flight, 12 34" is no code): a name
RE_FLIGHT_NUMBER_BEFORE = re.compile(
    r"\b[Ff]light(?:\s+(?:number|[Nn]o\.)\s+|,\s+(?=\d?[A-Z])|\s+)[A-Z0-9]{2}\s\Z"
)
FLIGHT_REACH = 24  # characters before a number read for "flight" and its airline's code
# ... and a name's word with an apostrophe inside it before a small letter, as romanised names are
# written ("China's Chang'e 6 probe", "the Tianwen 1 and Chang'e 5 missions"), not a possessive's "'s"
RE_APOSTROPHE_NAME_BEFORE = re.compile(r"([A-Z](?<![\w.&].)[A-Za-z]*['’](?!s\s)[a-z]+)\s\Z")
# After a name's number: the end of the clause, a verb or function word, never a counted noun.
# ... or a verb in "-s" with its object's determiner after it ("the Mazda 3 gets a new engine",
# "Silent Harbor 3 holds the record"): a plural noun is not followed by "a" or "the" ("2 goals
# the" is no English), save frequencies and rates ("Paris 3 times a year", "Brazil 2 goals a game")
RE_NAME_NUMBER_AFTER = re.compile(
    r"(?:\s*(?:[.,;:!?)”’\"']|\Z)|\s+(?:is|was|are|were|has|had|will|would|rose|fell|gained|lost|closed|index|"
    r"and|or|on|in|at|to|for|with|which|that|of|after|before|against|from|when|[A-Z]))"
    r"|\s+(?!(?:times|days|weeks|months|years|hours|minutes|nights|seconds|sessions|games|matches)\b)"
    r"[a-z]{2,}[^s\W]s\s+(?:the|its|their|his|her|an?(?!\s(?:day|week|month|year|hour|minute|second|"
    r"game|match|season|night|head|person|share|piece|unit|time)\b))\s"
    # ... or a verb a product takes in "-s" that no plural noun spells, before a preposition or a
    # price ("the Kora Vela 5 arrives in May", "the Zeta 5 goes on sale", "the Zeta 5 costs $999";
    # "the West Bank 40 homes in" counts the homes)
    r"|\s+(?:arrives|goes|launches|ships|debuts|retails|sells|comes|weighs|boasts|lands|costs)"
    r"\s+(?:in|on|at|for|from|with|to|more|less|about|around|under|over|[$£€¥]|\d)"
    # ... or "runs on" a named system ("the OnePlus 13 runs on Android", "the Zeta 5 runs on
    # Windows"; a weekday there is a cricket target's day: "set India 240 runs on Sunday")
    rf"|\s+runs\s+on\s+(?!(?:{'|'.join(WEEKDAYS)})\b)[A-Z]"
    # ... or a verb of a device's price or specification in "-s", then its amount ("the Pixel 9
    # starts at $799", "the RTX 4090 carries 24GB", "the Zeta 5 draws up to 450W"): a counted
    # noun has no amount right after it
    r"|\s+(?:starts\s+at|carries|packs|features|offers|draws|delivers|supports|needs|requires|uses)"
    r"\s+(?:(?:up\s+to|about|around|nearly|just|only)\s+)?(?:[$£€¥]|\d)"
    # ... or a verb in the past or in "-ing", then an amount, a number, its object's determiner or
    # "off" ("Hannover 96 paid €4.5 million", "Darmstadt 98 drew 17,400 fans", "a Falcon 9
    # carrying 23 satellites", "Ariane 6 lifted off"): a counted noun is no verb ("Germany 18
    # armoured vehicles" counts them)
    r"|\s+(?:[a-z]{2,}(?:ed|ing)|paid|drew|won|sold|beat|took|made|held|led|kept|left|sent|spent|bought|"
    r"built|flew|gave|got)\s+(?:[$£€¥\d]|(?:the|an?|its|their|his|her|off)[\s.,;]|off\Z)"
    # ... or a verb of reporting, as an outlet named with its number reports ("Nova 24 reported
    # that", "Sky News 24 said the ministry"): a counted noun is no such verb
    r"|\s+(?:said|says|reported|reports|quoted|quotes|wrote|writes|splashed|splashes|broadcast|aired)\b"
)
RE_PLURAL_AFTER = re.compile(r"\s+[a-z]+s\b(?!['’])")


# A video format named by its lines and its scan, progressive or interlaced ("1080p", "720p",
# "1080i", "1440p60"): the standard line counts, as no price in pence is written with them
VIDEO_LINE_COUNTS = frozenset({"480", "576", "720", "1080", "1440", "2160", "4320"})
RE_SCAN_LINES_END = re.compile(r"[pi](?![A-Za-z])(?!\s+(?:a|an|per|each)\b)")


# A processor's model code, digits and capitals ("14900K", "285K", "9800X3D"), after its series'
# code or a series' number after a capitalised word ("Core i9 14900K", "Core Ultra 9 285K"): a
# name (rules, table 8); "285K fans" with no series before keeps its number, and so does a unit
# glued in capitals ("the Hornsea 2 1,300MW farm")
CHIP_SUFFIX = r"(?:K[FS]?|X(?:T|3D)?|H[XSK]?|U|G)(?![\w.,-])"  # Intel's and AMD's ("14900KF", "7800X3D")
RE_CHIP_CODE_END = re.compile(CHIP_SUFFIX)
RE_CHIP_SERIES_BEFORE = re.compile(r"(?:(?<![\w-])[a-z]\d{1,2}|[A-Z][A-Za-z]+\s\d{1,2})\s\Z")
RE_CHIP_CODE_AFTER = re.compile(r"\s\d{3,5}" + CHIP_SUFFIX)


# A screen's or a video's resolution named by its width in thousands of pixels ("a 4K television",
# "shoots 8K at 30 frames per second", "8K-capable"): a format's name, like "5G" (rules, table 8),
# only after a space or a bracket (so "$8K at" stays money) and before a word of screens and video;
# "a 10K race", "4K staff" and "8K at the gate" keep their numbers
RE_RESOLUTION_AFTER = re.compile(
    r"[Kk](?:[-‑](?:capable|ready|resolution)\b|\s+(?:(?i:UHD|HDR\d*|OLED|QLED|Ultra\s+HD)\b|(?:video|videos"
    r"|TV|TVs|television|televisions|screen|screens|display|displays|resolution|monitor|monitors|footage"
    r"|recording|recordings|projector|projectors|streaming|content|camera|cameras|panel|panels"
    # ... or a plan, a tier or a mode of a streaming service or a console ("its 4K plan", "8K playback")
    r"|plan|plans|tier|tiers|package|packages|subscription|subscriptions|playback|output|mode|gaming"
    r"|graphics|upscaling|streams?)\b"
    r"|at\s+\d))"
)
# ... or the format a screen or a game is shown in, after "in" or "to" and before the clause's end
# or a joining word ("renders games in 4K", "upscales games to 4K using"), with a word of video or
# games before it: "grew to 4K." of members keeps its number
RE_RESOLUTION_END = re.compile(
    r"K(?=\s*(?:[.,;:!?)]|\Z)|\s+(?:and|but|or|using|with|via|on|at|while|when)\b)"
)
RE_RESOLUTION_CUE_BEFORE = re.compile(
    r"(?i:\b(?:games?|gaming|video|videos|films?|movies?|footage|render|renders|rendered|rendering|upscales?"
    r"|upscaled|upscaling|stream|streams|streamed|streaming|shoots?|shot|records?|recorded|recording"
    r"|plays?|played|playback|displays?|screens?|TVs?|consoles?|resolution|output|outputs)\b)"
)
RESOLUTION_CUE_REACH = 60  # characters before "in 4K" read for a word of video or games


# the standards and operating systems technology copy names with a version number after them
# ("Bluetooth 5.3", "Wi-Fi 7", "USB 3.2 ports", "iOS 18.1", "Android 16"), and the benchmarks
# reviews run in their versions (vocab.BENCHMARK_NAMES: "Geekbench 6", "PCMark 10"): the number is the
# version's name, never a count or an amount; the one-word names are also a cheap test of the word
# before a number, ahead of the pattern
VERSION_NAME_WORDS = frozenset(
    """Bluetooth USB HDMI WiFi iOS iPadOS macOS watchOS Android PCIe DisplayPort Thunderbolt Qi LPDDR
    DDR UFS""".split()
) | frozenset(BENCHMARK_NAMES)
RE_VERSION_NAME_BEFORE = re.compile(
    rf"(?<![\w-])(?:{'|'.join(sorted(VERSION_NAME_WORDS))}|Wi-Fi|Gorilla\s+Glass(?:\s+Victus)?)\s\Z"
)


# a software or game release named by its product and its dotted version ("the Vela 3.1 update",
# "a Nimbus 17.3 patch"): a capitalised word right before the number and a release noun right after
# ("grew 3.1 percent" has no release noun, "Team 2.4 kills" no capitalised product before a release)
RE_RELEASE_AFTER = re.compile(r"\s(?:patch|patches|update|updates|release|build|firmware|version)\b")
RE_PRODUCT_BEFORE = re.compile(r"(?<![\w.-])[A-Z][\w'’-]*\s\Z")
# ... and a release named by its noun, then its dotted version ("Update 2.4 fixes the bug", "patch
# 1.7", "firmware 3.2.1", "version 17.2 of the app"): the version's name, never a figure; a unit or
# a scale word after the number measures or counts ("a patch 2.5 metres wide", "update 1.5 million")
RELEASE_WORDS_BEFORE = frozenset(
    "Update Patch Version Release Build Firmware Hotfix update patch version firmware hotfix".split()
)
RE_RELEASE_VERSION = re.compile(r"\d{1,3}(?:\.\d{1,3}){1,3}")


def release_version(body: str, before: str, start: int, end: int) -> bool:
    """Whether a dotted number right after a release noun (RELEASE_WORDS_BEFORE) is the release's
    version ("Update 2.4", "patch 1.7"): no unit or scale word after it."""
    if RE_RELEASE_VERSION.fullmatch(body, start, end) is None or RE_FREQUENCY_AFTER.match(body, end) is None:
        return False
    if previous_word(before) not in RELEASE_WORDS_BEFORE:
        return False
    after = RE_WORD_AFTER.match(body, end)
    return after is None or (
        units.unit_word(after.group(1)) is None and after.group(1).lower() not in SCALE_WORDS
    )


def flight_name_end(body: str, end: int) -> bool:
    """Whether the number ending at `end` after a lower-case "flight" is the flight's name
    ("United flight 155 at 2:45", "on flight 1289 from Atlanta"): no unit, time unit or "times"
    follows it ("a flight 40 minutes late", "took the flight 3 times")."""
    after = RE_WORD_AFTER.match(body, end)
    return after is None or after.group(1).lower() != "times" and provision_number(body, end)


# an airline's two-character code spaced before a flight's number without the word "flight", as desks
# write them ("BA 2490 was diverted", "passengers on EK 601 from Karachi", "KQ 101 landed"): a name,
# in a sentence of flying (vocab.AVIATION_WORDS); not a period's label ("Q3 2025", "H1 2024"), a
# year's shape, nor a number a noun follows ("the EU 27 countries")
RE_AIRLINE_CODE_BEFORE = re.compile(r"(?<![\w&/.'’-])(?:[A-Z][A-Z0-9]|[0-9][A-Z]) \Z")
PERIOD_LABEL_CODES = frozenset("Q1 Q2 Q3 Q4 H1 H2 FY".split())
# what ends a flight's name or a model's number: a clause's mark, a function word or a verb
RE_NAMED_CRAFT_END = re.compile(
    r"[,;:)]|\.(?!\d)|\s*\Z|\s+(?:and|or|from|to|via|out|in|at|on|over|with|was|were|is|are|has|had|have"
    r"|will|would|could|can|carrying|bound|took|touched|returned|turned|made|declared|[a-z]+ed)\b"
)
RE_AVIATION_WORD = re.compile(rf"\b(?:{alternation(AVIATION_WORDS)})\b", re.IGNORECASE)
AVIATION_REACH = 120  # characters either side of a flight's or a model's number read for flying
# a determiner before an airliner's model number ("a 787", "The 737", "its 747")
RE_MODEL_DETERMINER_BEFORE = re.compile(r"(?<![\w'’-])(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|[Tt]his|[Tt]hat) \Z")


def _flying_near(body: str, start: int, end: int) -> bool:
    """Whether a word of flying (vocab.AVIATION_WORDS) stands near the number at start:end."""
    return (
        RE_AVIATION_WORD.search(body, max(0, start - AVIATION_REACH), min(len(body), end + AVIATION_REACH))
        is not None
    )


def airline_flight_number(body: str, start: int, end: int) -> bool:
    """Whether the number at start:end is a flight's after its airline's code, without the word
    "flight" (RE_AIRLINE_CODE_BEFORE), near a word of flying."""
    number = body[start:end]
    if not number.isdigit() or len(number) == 4 and number[:2] in ("19", "20"):
        return False
    return (
        body[start - 3 : start - 1] not in PERIOD_LABEL_CODES
        and RE_AIRLINE_CODE_BEFORE.search(body, max(0, start - 5), start) is not None
        and RE_NAMED_CRAFT_END.match(body, end) is not None
        and _flying_near(body, start, end)
    )


def airliner_model(body: str, start: int, end: int) -> bool:
    """Whether an airliner's model number (vocab.AIRLINER_MODEL_NUMBERS) after a determiner, with no
    noun after it, near a word of flying, names the aircraft ("a 787 on display", "The 737 was
    grounded"; "the 737 passengers" counts them)."""
    return (
        RE_MODEL_DETERMINER_BEFORE.search(body, max(0, start - 7), start) is not None
        and RE_NAMED_CRAFT_END.match(body, end) is not None
        and _flying_near(body, start, end)
    )


# A model's number after a determiner, then a trim's code of capitals and digits and a second
# code of capitals ("the 911 GT3 RS now costs", "its 718 GT4 RS", "the 208 R2 GT"): a name with its
# maker left out, no count; a noun after the code ("the 24 F35 jets", "the 300 EU2 Class engines",
# "the 12 GT3 RS cars were recalled") or a plural code ("the 12 A400Ms") counts, a verb in "-s"
# before its price or object names the model ("the 911 GT3 RS costs £178,000")
RE_TRIM_CODE_AFTER = re.compile(
    r" [A-Z]{1,3}\d{1,2}[A-Za-z]?(?![\w'’-]) [A-Z]{1,4}(?![\w'’-])"
    r"(?!\s+(?!(?:is|was|has|does|goes)\b)[a-z]+s\b(?!\s+(?:[$£€¥\d]|(?:the|an?|its|their|from|at|up)\b)))"
)


def trim_coded_model(body: str, start: int, end: int) -> bool:
    """Whether the number at start:end, after a determiner, names a model by the trim code and the
    code after it ("the 911 GT3 RS": RE_TRIM_CODE_AFTER)."""
    return (
        end - start <= 4
        and body[start:end].isdigit()
        and RE_TRIM_CODE_AFTER.match(body, end) is not None
        and RE_MODEL_DETERMINER_BEFORE.search(body, max(0, start - 7), start) is not None
    )


def flight_number(body: str, start: int, end: int) -> bool:
    """Whether a number of four digits or fewer is a flight's after its airline's code ("flight AI
    2016", RE_FLIGHT_NUMBER_BEFORE): a name, even where a year's shape and a letter before it read
    as "in 2016" does."""
    return (
        end - start <= 4
        and "light" in body[max(0, start - FLIGHT_REACH) : start]  # (the cheap test first)
        and bool(RE_FLIGHT_NUMBER_BEFORE.search(body, max(0, start - FLIGHT_REACH), start))
    )


# the word before a month's name that makes the two a name, so the number after is the name's
# ("Long March 5", China's rockets), no day of the month
NAMES_BEFORE_MONTH = ("Long ",)


# a decimal after a capitalised word, then a verb of a price and the price ("the Saga 1.3 sells for
# RM34,990", "the Vios 1.5 costs ฿609,000"): a model named by its engine's size, as car copy names
# them; a reading or a rating has no price after it
RE_DECIMAL_NAME_PRICE_AFTER = re.compile(
    r"\s+(?:sells\s+for|costs|retails\s+(?:for|at)|starts\s+at|is\s+priced\s+at)\s+"
    r"(?:(?:about|around|just|only|under|from)\s+)?[^\s\d]{0,4}\s?\d"
)


# A TV channel's number on a platform in brackets after the channel's name, as listings print it
# ("Sky Sport 2 (channel 52)", "SuperSport 4 (DStv channel 204)", "Nine (LCN 9)"): the name's
# number is part of the name
RE_CHANNEL_NUMBER_AFTER = re.compile(r" \((?:[A-Z][\w+-]*\s)?(?:[Cc]hannel|[Cc]h\.?|LCN)\s?\d{1,4}\)")
# what ends an address after a postal district's number: a clause's mark or the line's end
RE_POSTAL_DISTRICT_END = re.compile(
    r"[ \t]*(?:[,.;)]|\n|\Z)"
    # ... or a word that opens no counted noun: a verb, an adverb or a joiner ("a flat in Dublin 8
    # now rents for €2,350", "Dublin 4 and Dublin 6"; "in Dublin 8 people died" counts people)
    r"|[ \t]+(?:now|and|or|is|was|are|were|has|have|had|will|would|can|could|still|where|which|rents?"
    r"|costs?|sells?|sold|fetch(?:es|ed)?|went|goes)\b"
)


# a prize tier of a lottery's results line, "Match 5: 14 winners", "Match 5 + Bonus: 1 winner",
# "Match 6: no winner": the number matched, then the tier's winners
RE_PRIZE_TIER_AFTER = re.compile(
    r"(?:\s?\+\s?[A-Z][\w-]*(?:\s[A-Z][\w-]*)?)?:\s(?:no|one|an?|\d[\d,]*)\s(?:winners?|tickets?)\b"
)


def is_named_number(body: str, start: int, end: int, sentence_start: int) -> bool:
    """A bare number right after a capitalised word inside a sentence, with no counted noun after
    it or a count before the word, is part of a name: "The Nasdaq 100 rose", "Game 3 is on
    Tuesday", "the Mazda 3", "105 Leopard 2 tanks"; not after a tab, a table's cell break
    ("Blantyre<TAB>986": a place's row, then its count)."""
    if not word_just_before(body, start) or body[start - 1] == "\t":
        return False
    if body.startswith("\n", end) or end == len(body) or body.startswith(" (", end):
        if under_percent_heading(body, start):
            return False  # "Voting intention (%)" over "Labour 33": a label line's share, no name
    before = RE_CAPITALISED_BEFORE.search(body, max(sentence_start, start - 30), start)
    if before is None and body[start - 2 : start - 1].islower():
        before = RE_APOSTROPHE_NAME_BEFORE.search(body, max(sentence_start, start - 30), start)
    if before is None:
        return _letter_name_number(body, start, end, sentence_start)
    word = before.group(1)
    if word == "Match" and RE_PRIZE_TIER_AFTER.match(body, end):
        return False  # "Match 5: 14 winners": the numbers a ticket matched, a count (rules, table 4)
    if word in MONTHS and body.endswith(NAMES_BEFORE_MONTH, max(0, before.start(1) - 6), before.start(1)):
        return True  # "the Long March 5 rocket": a name holding a month's word, no date
    if (
        word not in NOT_NAMES
        and word not in MONTHS
        and RE_PAIRED_NAME_BEFORE.search(body, max(0, start - PAIRED_NAME_REACH), start)
    ):
        return end - start <= 4  # "the Zeta 5 and Zeta 7 models": a later name of a list, its noun shared
    if (
        end - start == 1
        and body[start].isdigit()
        and word not in NOT_NAMES
        and word not in MONTHS
        and RE_APPOSITION_END.match(body, end)
        and RE_APPOSED_NOUN_BEFORE.search(body, max(0, before.start(1) - APPOSED_REACH), before.start(1))
    ):
        return True  # "The satellite, Hikari 3, belongs to": a name set off after the noun it names
    if (
        word in POSTAL_DISTRICT_CITIES
        and body[start:end].isdigit()
        and int(body[start:end]) <= POSTAL_DISTRICT_CITIES[word]
        and RE_POSTAL_DISTRICT_END.match(body, end)
    ):
        return True  # "apartment, Dublin 8, €2,150", "PO Box 4512, Kingston 5.": a postal district
    if (
        end - start <= 3
        and body[start:end].isdigit()
        and vessel_prefixed(body, before.start(1))
        and _vessel_name(body, before.start(1), end)
    ):
        return True  # "the inter-atoll ferry, MV Mataliki 2.": a ship's name after its prefix
    if word in NOT_NAMES or word in MONTHS or body[before.start(1) - 2 : before.start(1)] == ", ":
        return False  # "In London, 25 people"; "Boston 48, Chicago 30" lists teams after commas
    if (
        end - start <= 3
        and word[1:].islower()
        and RE_LISTED_TEAM_BEFORE.search(body, max(0, before.start(1) - 30), before.start(1))
        and RE_TEAM_LIST_END.match(body, end)
    ):
        return False  # "Rebounds: Utah 48, Golden State 30.": a team of two words, listed last
    if (
        end - start <= 3
        and word[1:].islower()
        and RE_TALLIED_TEAM_BEFORE.search(body, max(0, before.start(1) - 40), before.start(1))
    ):
        return False  # "Progressive Alliance 23, National Front 14, officials said": a later tally
    if "." in body[start:end] and is_station_frequency(body, start, end):
        return True  # "Coast 104.1 rose", "Harbour 92.5 held steady": a radio station's name
    if body.endswith(".0", start, end) and _whole_version(body, word, before.start(1), start, end):
        return True  # "Program 2.0 will connect", "Web 3.0 products": a programme's or a product's version
    if (
        "." in body[start:end]
        and word not in SCALE_TITLE_WORDS
        and RE_DOTTED_VERSION.fullmatch(body, start, end)
        and RE_RELEASE_VERB_AFTER.match(body, end)
    ):
        return True  # "Minecraft 1.21 adds 10 new blocks": a product's dotted version, then what it brings
    if "." in body[start:end] and RE_DECIMAL_NAME_PRICE_AFTER.match(body, end):
        return True  # "the Proton Saga 1.3 sells for RM34,990": a model named by its engine's size, then its price
    if "." in body[start:end] or len(body[start:end]) > 4:
        return False
    if RE_COUNT_BEFORE_NAME.search(body, max(0, before.start(1) - 40), before.start(1)):
        return True  # "105 Leopard 2 tanks": the count is before the name, the number is the name's
    if RE_PAIR_BEFORE_NAME.search(body, max(0, before.start(1) - 40), before.start(1)):
        return True  # "a pair of Karst Talus 4 trail shoes": the pair counts, the number is the name's
    if (
        RE_TRADE_NOUN_AFTER.match(body, end)
        and body[sentence_start : before.start(1)].strip(" \"'“‘(")
        and not RE_PLACE_OR_TIME_LEAD.search(body, max(0, before.start(1) - 40), before.start(1))
    ):
        return True  # "Nintendo Switch 2 sales reached", "Windows 11 users": the product's trade
    if RE_TAKINGS_PAST_AFTER.match(body, end) and not RE_PLACE_OR_TIME_LEAD.search(
        body, max(0, before.start(1) - 40), before.start(1)
    ):
        return True  # "Black Ops 6 earned $1 billion": a name's number, then what it took
    if (
        len(body[start:end]) == 1
        and RE_TAKINGS_LISTED_AFTER.match(body, end)
        and not RE_PLACE_OR_TIME_LEAD.search(body, max(0, before.start(1) - 40), before.start(1))
    ):
        return True  # "Moana 2 $26.2m; Wicked $17m": a title's number, its takings listed after it
    if RE_SINGULAR_NOUN_AFTER.match(body, end) and (
        body.endswith(("the ", "The "), 0, before.start(1))
        or RE_NAME_LEAD.search(body, max(0, before.start(1) - NAME_LEAD_REACH), before.start(1))
    ):
        return True  # "the Cut 9 extension", "the Line 3 pipeline": a name, then the thing it names
    if (
        body[start:end].isdigit()
        and RE_SINGULAR_NOUN_AFTER.match(body, end)
        and not RE_MEASURE_WORD_AFTER.match(body, end)
        and RE_ARTICLE_NAME_LEAD.search(body, max(0, before.start(1) - NAME_LEAD_REACH), before.start(1))
    ):
        return True  # "an Ariane 6 rocket", "the 9th Ariane 6 mission": a name, then the thing it names
    if (
        body[start:end].isdigit()
        and int(body[start:end]) > 1
        and RE_SINGULAR_NOUN_AFTER.match(body, end)
        and not RE_MEASURE_WORD_AFTER.match(body, end)
        and RE_PLACE_PREPOSITION_BEFORE.search(body, max(0, before.start(1) - 6), before.start(1))
    ):
        return True  # "in Mile 12 market", "at Sector 62 junction": a place named with its number, then
        # its noun in the singular (a count above one takes a plural: "in Lagos 12 traders")
    if end - start <= 3 and body[start:end].isdigit() and _vessel_name(body, before.start(1), end):
        return True  # "the tanker Nord Star 3 sailed", "Dokmaat 12 (Curaçao), barge": a ship's name
    if body.startswith(" (", end) and RE_CHANNEL_NUMBER_AFTER.match(body, end):
        return True  # "Sky Sport 2 (channel 52)": a TV channel's name, then its number on a platform
    team = RE_TEAM_LIST.match(body, end)  # "Boston 48, Chicago 30"; not "Orion 12, Orion 14"
    return bool(RE_NAME_NUMBER_AFTER.match(body, end)) and (team is None or team.group(1) == word)


# A ship's name that ends in a number, as shipping copy writes it: after the vessel's kind in lower
# case and up to three more capitalised words ("the bulk carrier Ocean Pearl 2", "the container ship
# MSC Lucia 5 was held"), or before its flag in brackets and then its kind or its size ("Caribe
# Express 3 (Panama), general cargo, 9,412 GT"); a plural noun or a unit after the number counts or
# measures ("the ferry Ilha 40 cars" is no English, "the tanker Nord 3 miles off" measures)
_VESSEL = "|".join(sorted(VESSEL_NOUNS))
# a ship's size after its flag, in the unit table's spellings ("9,412 GT", "300,000 dwt", "4,000 TEU")
SHIP_SIZE_MEASURES = ("gross tonnage", "deadweight tonne", "twenty-foot equivalent unit")
_SHIP_SIZE = alternation(form for measure in SHIP_SIZE_MEASURES for form in units.OTHER_MEASURES[measure])
RE_VESSEL_BEFORE_NAME = re.compile(rf"\b(?:{_VESSEL})\s+(?:[A-Z][\w'’.-]*\s+){{0,3}}\Z")
# ... or after a ship's prefix (vocab.VESSEL_PREFIXES: "the inter-atoll ferry, MV Mataliki 2"), the
# prefix opening the name or up to two more capitalised words between them
_VESSEL_PREFIX = alternation(VESSEL_PREFIXES)
RE_VESSEL_PREFIX_BEFORE = re.compile(rf"(?<![\w/])(?:{_VESSEL_PREFIX})\s+(?:[A-Z][\w'’.-]*\s+){{0,2}}\Z")
RE_VESSEL_PREFIX_NAME = re.compile(rf"(?:{_VESSEL_PREFIX})\s+[A-Z]")
RE_FLAG_AFTER_NAME = re.compile(
    r"\s\([A-Z][^\W\d_]*(?:\s(?:[A-Z][^\W\d_]*|and|of|the))*\),\s"
    rf"(?:(?:[\w-]+\s){{0,2}}(?:{_VESSEL})\b|\d[\d,]*\s?(?:{_SHIP_SIZE})\b)"
)
VESSEL_REACH = 60  # characters before a ship's name read for its kind


def vessel_prefixed(body: str, name_start: int) -> bool:
    """Whether the capitalised name starting at `name_start` opens with a ship's prefix or follows one."""
    return bool(
        RE_VESSEL_PREFIX_NAME.match(body, name_start)
        or RE_VESSEL_PREFIX_BEFORE.search(body, max(0, name_start - VESSEL_REACH), name_start)
    )


def _vessel_name(body: str, name_start: int, end: int) -> bool:
    """Whether the short number ending at `end`, after a capitalised name that starts at
    `name_start`, ends a ship's name (see above)."""
    if RE_FLAG_AFTER_NAME.match(body, end, end + 80):
        return True
    if RE_PLURAL_AFTER.match(body, end, end + 24) or not provision_number(body, end):
        return False
    if vessel_prefixed(body, name_start):
        return True  # "MV Mataliki 2": the name opens with a ship's prefix
    return RE_VESSEL_BEFORE_NAME.search(body, max(0, name_start - VESSEL_REACH), name_start) is not None


# A name's version written whole with its ".0" ("the Digital Program 2.0", "Web 3.0 start-ups",
# "Industry 4.0"), after a word in title case that names no scale ("Magnitude 6.0", "Category
# 2.0") and with no unit after it (RE_FREQUENCY_AFTER: "2.0 per cent", "2.0%"), nor inside a list
# of names and their figures ("Germany 2.0, France 1.5", "Kane 8.0, Rice 7.0": ratings by name)
RE_VERSION_ZERO = re.compile(r"\d{1,2}\.0")
SCALE_TITLE_WORDS = frozenset(
    """Magnitude Category Force Level Stage Grade Index Scale Mach Richter Size Class Signal Alert
    Rating Score Mark Gas Gear Tier Tranche Phase""".split()
)
RE_LISTED_FIGURE_AFTER = re.compile(r"\s*[,;]\s*[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+\d")
RE_LISTED_FIGURE_BEFORE = re.compile(r"\d\s*[,;]\s*\Z")


def _whole_version(body: str, word: str, word_start: int, start: int, end: int) -> bool:
    """Whether the number "N.0" at start:end after the title-case `word` (from `word_start`) is that
    name's version (see RE_VERSION_ZERO)."""
    return (
        RE_VERSION_ZERO.fullmatch(body, start, end) is not None
        and word[:1].isupper()
        and word[1:].islower()
        and word not in SCALE_TITLE_WORDS
        and RE_FREQUENCY_AFTER.match(body, end) is not None
        and RE_LISTED_FIGURE_AFTER.match(body, end) is None
        and RE_LISTED_FIGURE_BEFORE.search(body, max(0, word_start - 4), word_start) is None
    )


# A radio station named by its brand and its FM frequency ("Coast 104.1", "Harbour 92.5", "Kfm
# 94.5") or by its call sign, a state's digit and two or three capitals, as Australian stations are
# ("2GB", "3AW", "6PR"): digits inside a name (rules, table 8), read so where the text speaks of
# radio near it; a unit or a scale after the number makes it a figure ("Index 98.7 points").
RE_FM_FREQUENCY = re.compile(r"(?:8[89]|9\d|10[0-7])\.\d|87\.[5-9]|108\.0")
RE_RADIO_CUE = re.compile(
    r"\b(?:[Rr]adio|stations?|FM|[Ll]isten(?:ers?|ed|ing|ership)|broadcast(?:s|ers?|ing)?|airwaves"
    r"|ratings|(?:breakfast|drive|morning|talkback)\s+(?:show|slot|shift|host|program|programme)s?"
    r"|audiences?|on\s+air|presenters?|DJs?)\b"
)
RADIO_REACH = 300  # characters either side of a station's number read for words of radio
RE_FREQUENCY_AFTER = re.compile(
    r"['’]s\b|[,;:)!?]|\.(?!\d)|\s*\Z|\s+(?!(?:per|percent|pc|points?|pts|million|billion|thousand|[mk]?hz)\b)"
    r"[a-z]+\b(?![-‑])",
    re.IGNORECASE,
)
RE_CALL_SIGN = re.compile(r"[2-8][A-Z]{2,3}(?![\w‑-])")
RE_CALL_SIGN_UNIT_AFTER = re.compile(r"\s+(?:of|RAM|memory|storage|data|SSD|cards?|drives?|plans?|model)\b")


def _radio_near(body: str, start: int, end: int) -> bool:
    """Whether a word of radio stands within RADIO_REACH characters of start:end."""
    return (
        RE_RADIO_CUE.search(body, max(0, start - RADIO_REACH), min(len(body), end + RADIO_REACH)) is not None
    )


def is_station_frequency(body: str, start: int, end: int) -> bool:
    """Whether a decimal after a capitalised word is a radio station's FM frequency (see above)."""
    if RE_FM_FREQUENCY.fullmatch(body, start, end) is None:
        return False
    unit = RE_WORD_AFTER.match(body, end)
    if unit is not None and units.unit_word(unit.group(1)) is not None:
        return False
    return RE_FREQUENCY_AFTER.match(body, end) is not None and _radio_near(body, start, end)


# ... and an FM frequency followed by "FM" ("transmits on 107.3 FM", "tune in to 94.5FM"): the
# station's place on the dial, which names it (rules, table 8), wherever it stands
RE_FM_AFTER = re.compile(r"\s?FM\b")


def is_fm_dial(body: str, start: int, end: int) -> bool:
    """Whether the decimal at start:end is an FM frequency written before "FM" (above)."""
    return (
        RE_FM_FREQUENCY.fullmatch(body, start, end) is not None and RE_FM_AFTER.match(body, end) is not None
    )


def is_call_sign(body: str, start: int, end: int) -> bool:
    """Whether a digit opens a radio station's call sign ("2GB lost 1.3 points"; see above)."""
    return (
        end - start == 1
        and (sign := RE_CALL_SIGN.match(body, start)) is not None
        and (start == 0 or not body[start - 1].isalnum())
        and RE_CALL_SIGN_UNIT_AFTER.match(body, sign.end()) is None
        and _radio_near(body, start, end)
    )


# An aircraft's registration mark whose nationality prefix opens with a digit, as air-accident and
# aviation copy names a plane ("registration 9V-SWQ", "5Y-KZA landed", "4K-AZ38"): a digit, a
# capital, a hyphen, two capitals and one to three more capitals or digits; a name, never "9 volts"
# (a lower-case word after the hyphen is a compound, "5G-ready", "3D-printed"; a unit glued again
# after a digit is a range, "5C-6C")
RE_REGISTRATION_MARK = re.compile(r"[2-9][A-Z][-‑][A-Z]{2}[A-Z0-9]{1,3}(?![\w-])")


def is_registration_mark(body: str, start: int, end: int) -> bool:
    """Whether a digit opens an aircraft's registration mark ("registration 9V-SWQ"; see above)."""
    return (
        end - start == 1
        and (start == 0 or not body[start - 1].isalnum())
        and RE_REGISTRATION_MARK.match(body, start) is not None
    )


# a team's name word: a capital, then letters of any script ("Fenerbahçe", "Çaykur", "Köln")
TEAM_WORD = r"[A-ZÀ-ÖØ-Þ][^\W\d_]+"
RE_TEAM_LIST = re.compile(rf",\s+({TEAM_WORD})(?:\s+{TEAM_WORD})?\s+\d")
# the first word of a team's two-word name listed after a comma ("Rebounds: Utah 48, Golden State
# 30."), and the end of the list after its number: a stop, a semicolon or "and" (a statistic has
# at most three digits, the name's words in title case: "PO Box 12, Perth WA 6000." is an address)
RE_LISTED_TEAM_BEFORE = re.compile(rf",\s+{TEAM_WORD}\s\Z")
# ... or after a tally of the list before it, wherever the list ends ("the Freedom Party 31, Socialist
# Party 22, the count showed": seats of two parties, as table 4's "Team N, Team M")
RE_TALLIED_TEAM_BEFORE = re.compile(rf"(?:[^\W\d_]|[’'])\s\d{{1,3}},\s+{TEAM_WORD}\s\Z")
RE_TEAM_LIST_END = re.compile(r"\s*(?:[.;](?!\d)|\Z)|\s+and\s")
# A list of names made of one word and a number, the word repeated ("the Zeta 5 and Zeta 7 models",
# "its Orion 12, Orion 14 and Orion 16 phones"): the last name's number is no count of the noun
# after it, which the names share
RE_PAIRED_NAME_BEFORE = re.compile(
    r"(?<![\w.&])([A-Z][A-Za-z&]*[A-Za-z])\s\d{1,4}(?:\s+(?:and|or|&)|,(?:\s+(?:and|or))?)\s+\1\s\Z"
)
PAIRED_NAME_REACH = 50  # characters before a number read for the first name of the pair


# a singular common noun after a number: one thing, which a count would not be; a plural not in
# "s" is none ("the Volta Region 300 people fled" counts them: vocab.IRREGULAR_SINGULARS)
RE_SINGULAR_NOUN_AFTER = re.compile(
    rf"\s(?!(?:per|a|an|the|and|or|of|to|in|on|at|by|for|{alternation(IRREGULAR_SINGULARS)})\b)"
    r"[a-z]{3,}(?:(?<!s)|(?<=ss))\b(?![-'’])"
)  # "class", "press": a singular's double "s" is no plural's

# a preposition of place right before a capitalised word and its number ("in Mile 12 market"), and
# the singular words of a measure or a period, which follow a count in the singular ("in Lagos 30
# percent", "a Nairobi 10 minute drive") and name no place
RE_PLACE_PREPOSITION_BEFORE = re.compile(r"\b(?:in|at|near|from|outside|around)\s\Z")
RE_MEASURE_WORD_AFTER = re.compile(
    r"\s(?:percent|cent|point|year|month|week|day|hour|minute|second|mile|metre|meter|degree|foot"
    r"|inch|acre|hectare|litre|liter|tonne|ton|kilo|gram|pound|dollar|euro)\b"
)

# What may open a name whose last word a number ends, before a singular noun or a verb: "the" or a
# possessive, a word of newness ("the new E 300 saloon"), then up to two capitalised words of the
# name or a measuring compound ("the
# ministry's Green Farm 5 scheme", "the 400-kilowatt Solvik 3 reopened", "the Nord Stream 2
# pipeline", a plant's capacity glued: "the 1.2GW Hornsea 2 wind farm"); "In Tartu 3 ..." has
# no such opening, and a plural noun after the number ("the Tartu 3 clinics" is no copy) is never
# read as a name's
RE_NAME_LEAD = re.compile(
    r"(?:\b[Tt]he|\w['’]s)\s(?:(?:new|latest|updated|revamped|refreshed|upcoming|all-new)\s)?"
    r"(?:(?:[A-Z][\w-]*(?:['’](?!s\s)[a-z]+)?|\d[\d,.]*-[a-z]+|\d[\d,.]*[GMk]W)\s){0,2}\Z"
)
NAME_LEAD_REACH = 48  # characters before a name's first word read for its opening
# ... or "a" or "an", or "the" and an ordinal, before up to two capitalised words ("a Falcon 9
# rocket", "an Ariane 6 launch", "the 9th Ariane 6 mission", "the second Long March 5 flight"): one
# thing named, as a count above one takes a plural noun
RE_ARTICLE_NAME_LEAD = re.compile(
    r"(?:\b[Aa]n?|\b[Tt]he\s(?:\d{1,3}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth"
    r"|ninth|tenth|last|latest|next|final|maiden))\s(?:[A-Z][\w-]*\s){0,2}\Z"
)

# a count right before the name: "105 Leopard 2 tanks", "three Type 26 frigates", "21 million
# PlayStation 5 consoles" (a scale word after the count's digits)
RE_COUNT_BEFORE_NAME = re.compile(
    rf"(?<![\w.,])(?:\d[\d,]*|\d[\d,]*(?:\.\d+)?\s(?:thousand|million|billion|mn|m|bn)|(?i:{WORD_NUMBER}))\s\Z"
)
# ... or a pair or a set of a product, its name of up to three words before the number ("a pair of
# Karst Talus 4 trail shoes", "two pairs of Levi 501 jeans"): what is counted is the pair
RE_PAIR_BEFORE_NAME = re.compile(r"\b(?:pairs?|sets?)\s+of\s+(?:[A-Z][\w'’-]*\s+){0,2}\Z")
# A product's trade after its name and number: its sales, shipments, owners or users ("Nintendo
# Switch 2 sales reached 10 million", "iPhone 15 owners", "Windows 11 users"), not what the number
# counts; the name's word opens no sentence ("Yesterday 40 users complained" counts the users)
RE_TRADE_NOUN_AFTER = re.compile(
    r"\s+(?:sales|shipments|deliveries|owners|users|buyers|pre-?orders|preorders)\b(?![-'’])"
)
# ... and the verbs a product's number takes in the past with its takings after them ("Black Ops 6
# earned $1 billion", "the Zeta 5 sold 2 million", "Nova 3 grossed $80 million")
# (and the box-office verbs before a currency sign: "Gladiator 2 opened with $55.5m", "Frozen 2 took
# in $130m", "Toy Story 4 made $120m")
RE_TAKINGS_PAST_AFTER = re.compile(
    r"\s+(?:(?:sold|shipped|earned|grossed)\s+(?:more|about|around|over|[$£€¥]|\d)"
    r"|(?:took|made|collected|(?:opened|debuted)\s+(?:with|to)|(?:took|pulled|raked|brought)\s+in)\s+"
    r"(?:(?:more\s+than|about|around|over|nearly|almost|an\s+estimated)\s+)?[$£€¥])"
)
# ... or its takings listed right after it, as a chart of the weekend's films gives them ("Moana 2
# $26.2m; Wicked $17m", "Moana 2 ($26.2m)"): a one-digit number then an amount of money
RE_TAKINGS_LISTED_AFTER = re.compile(r"\s\(?[$£€¥]\d")
# a place or a time opened by a preposition before the capitalised word, up to three of its words
# and "the" ("In Kenya 300 users", "At Christmas 40 buyers", "in the West Bank 40 sold"): the
# number after it counts, it is no name's
RE_PLACE_OR_TIME_LEAD = re.compile(
    r"(?<![\w-])(?i:at|in|on|by|for|from|over|during|since|until|after|before|across|around|throughout"
    r"|within|outside|inside)\s(?:the\s)?(?:[A-Z][\w'’.-]*\s){0,2}\Z"
)
# A one-word name and its one-digit number set off by commas after the noun it names, a determiner
# before that noun ("The satellite, Hikari 3, belongs to", "its rocket, Kamui 2, flew"), the clause
# going on after the name with a lower-case word that opens no item of a list: a name's number;
# "Rebounds: Utah 48, Golden State 30." lists teams after a number, and "In the final tally, Labour
# 40, the Tories 35" a party's seats (two digits, a determiner after the comma)
RE_APPOSED_NOUN_BEFORE = re.compile(
    r"\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur|[Tt]his|[Tt]hat|[Aa]n?)\s+(?:[a-z][\w-]*\s+){0,2}"
    r"[a-z][\w-]*[a-z],\s\Z"
)
APPOSED_REACH = 60  # characters before the name read for its noun and determiner
RE_APPOSITION_END = re.compile(r",\s+(?!(?:the|a|an|and|or|with|against|to|from|while)\b)[a-z]|\s*\)")
# A product's dotted version after its name, before a verb a release takes ("Minecraft 1.21 adds
# 10 new blocks", "Vela 3.4 fixes the login bug", "Nimbus 2.1 rolls out"): the version's name; a
# change or a level after a name takes no such verb ("Brent 1.21 higher")
RE_DOTTED_VERSION = re.compile(r"\d{1,3}\.\d{1,3}(?:\.\d{1,3})?")
RE_RELEASE_VERB_AFTER = re.compile(
    r"\s+(?:adds|added|brings|brought|introduces|introduced|fixes|fixed|removes|removed|rolls\s+out"
    r"|rolled\s+out|is\s+out|went\s+live|goes\s+live"
    # ... or what was done to the release, in the passive ("Llama 3.1 was trained on", "Gemini 2.5
    # is available to")
    r"|(?:is|was|were|are|will\s+be|has\s+been|had\s+been)\s+(?:trained|released|launched|unveiled"
    r"|available|rolled\s+out|built|designed|updated|open-sourced|deployed))\b"
)
# A one-letter name before its number ("the new E 300 saloon", "its X 5 model"): read only with the
# name's opening and a singular noun after the number, as a longer name is ("A" and "I" are words)
RE_LETTER_BEFORE = re.compile(r"(?<![\w.&'’-])([B-HJ-Z])\s\Z")


def _letter_name_number(body: str, start: int, end: int, sentence_start: int) -> bool:
    """Whether a number after a one-letter name is the name's (see RE_LETTER_BEFORE)."""
    letter = RE_LETTER_BEFORE.search(body, max(sentence_start, start - 3), start)
    return (
        letter is not None
        and end - start <= 4
        and body[start:end].isdigit()
        and RE_SINGULAR_NOUN_AFTER.match(body, end) is not None
        and RE_NAME_LEAD.search(body, max(0, letter.start(1) - NAME_LEAD_REACH), letter.start(1)) is not None
    )
