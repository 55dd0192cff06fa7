"""Length readings: when a glued or spaced "m" is metres, not millions ("60 feet (18m)", "a 4m-long
crocodile", "the river rose 1.5m", "slid 45m down a slope"), and a spaced "t" tonnes: lengths
named, nouns sized in metres, water levels and tides, heights climbed and bars cleared, distances
moved, people's heights and dimensions ("3m by 4m")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..vocab import (
    FUNCTION_WORDS,
    LIMITING_ADVERBS,
    METRE_SIZED_NOUNS,
    PEOPLE_NOUNS,
    PERSON_NOUNS,
    ROUGH_COUNT_WORDS,
    SIZED_PACKS,
    TODAY_WORDS,
)
from . import numbers as N
from .figure import Figure
from .numbers import NUM, WNUM
from .unit_readings import label, measure_of, quantity_subject
from .words import line_label, sentence_fact, sentence_names, singular, tokens

if TYPE_CHECKING:
    from ..extract import Scanner

# "60 feet (18m)", "37m (121ft)": a glued "m" is metres when it converts a length in brackets, is
# converted into feet, or is a length, height or depth ("1.6 m across", "1,340m below surface",
# hyphened to its adjective: "a 4m-long crocodile", "a 30m-high wall"), or a distance up or down a
# slope ("a route moved 35 m uphill", "slid 20m downhill")
# (or a level against a mark: "1.1m above the danger mark", "40m below the summit"), or a speed
# in metres per second ("0.4m per second")
RE_METRES = re.compile(  # (a range with the "m" once, after its second end: "a rotor 147-149 m across")
    rf"(?:(?P<low>{NUM})(?P<join>[-–]))?(?P<num>{NUM})(?:m|\sm(?=[\s-]))(?=\)|-(?:tall|high|long|wide|deep)\b|\s+(?:tall|high|long|wide|deep|away|drop|across|underground|uphill|downhill|upslope|downslope"
    r"|in\s+diameter|(?:below|above)\s+(?:the\s+)?(?:surface|ground|sea|seabed|riverbed|summit|top|waterline"
    # ... or a height over the place it stands in, which ends its phrase ("rises 310m above the
    # city", "40m above the valley floor"; "2m above the city target" names a target)
    r"|(?:city|town|village|valley|streets?|rooftops|harbour)(?=[.,;:)]|\s*\Z|\s+(?:floor|and|or|in|on|at|with|to|from|as|below)\b)"
    r"|(?:danger\s+)?mark|danger\s+level|(?:chart\s+)?datum)|above\s+sea|(?:per|a)\s+second"
    # a level against a river's set marks ("0.6m above its alarm level", "2m below the warning mark")
    r"|(?:below|above)\s+(?:the|its|their)\s+(?:(?:flood|danger|alarm|alert|warning|evacuation|spill)\s+)+"
    r"(?:level|mark|line)s?)\b"
    r"|\s?\(\d[\d,.]*\s?(?:ft|feet|foot)\b)"
)
# "3.4 metres above datum, 0.9m lower than in 2018": a glued "m" before a comparative of size is
# metres when its sentence states a length in metres in words (else "sales were 1.2m higher" counts
# millions)
# A drill intercept as mining results write it: metres of core, then the grade it ran at ("31m at
# 2.2g/t gold", "6.5m at 3.8 grams per tonne", "40m at 0.8% copper", "4.2m @ 9.6g/t Au", "3m grading
# 5g/t", "8m of 1.1% copper"), or a depth "downhole" ("from 210m downhole"): the glued "m" is metres
RE_METRES_AT_GRADE = re.compile(
    rf"(?P<num>{NUM})m(?=\s+(?:at|@|grading|of)\s*\d[\d.]*\s?(?:g/t|grams?\s+per\s+tonne|oz/t|(?:%|per\s?cent)\s+"
    r"(?:copper|nickel|zinc|lead|lithium|tin|cobalt|Cu|Ni|Zn|Pb|Li2O|U3O8|WO3)\b)|\s+down-?hole\b)"
)
# "800m from the fence", "lies 300m offshore", "200m away", "500m north of the bridge": a glued
# "m" before a word of distance from a place is metres (an amount or a count is not "away" or
# "offshore"; "from" counts only before a place's noun: "rose to 1.2m from the previous 1.1m" and
# "raised 5m from the sale" stay millions)
DISTANCE_FROM_PLACES = (
    "border|fence|frontline|front line|coast|shore|shoreline|site|scene|camp|river|riverbank|road"
    "|edge|wall|line|summit|surface|school|airport|runway|station|embassy|beach|house|home|building"
    "|village|town|city centre|entrance|gate|checkpoint|crater|epicentre|plant|reactor|mosque|church"
    "|hospital|stadium|palace|bridge|dam|port|harbour|lake|sea|tower|mine|well|hotel|market|park"
)
RE_METRES_AWAY = re.compile(
    rf"(?P<num>{NUM})m(?=\s+(?:away|offshore|inland|upstream|downstream|off\s+the\s+(?:coast|shore)"
    r"|(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)\s+of"
    rf"|from\s+(?:the|a|its|their|his|her)\s+(?:{DISTANCE_FROM_PLACES}))\b)"
)
# "24 in. wide", "a 55 in. (140cm) screen": inches spaced from the number and closed by the
# abbreviation's stop, as US copy writes them, when the sentence goes on after the stop (a lower-case
# word, a bracket or a comma); "rose 5 in." ending a sentence is left alone, but a conversion in
# brackets closes on its own bracket ("27 cm (10.6 in.) high": the opening bracket right before it)
RE_INCHES_STOP = re.compile(
    rf"(?:(?<=\()(?P<open>))?(?P<num>{NUM}) in\.(?=\s*[(,]|\s+[a-z]|(?(open)\)|(?!)))"
)
INCHES_STOP_FOLLOWERS = N.Followers(("in",))
# ... and inches with no stop when they are a bracketed conversion of a metric length, the bracket
# closing on "in" ("rose 1.8 cm (0.7 in) since May", "98 mm (3.9 in) across"): no preposition ends
# a bracket right after a number, and the length before the bracket says what is converted
RE_INCHES_BRACKETED = re.compile(rf"(?<=\()(?P<num>{NUM}) in(?=\))")
METRIC_LENGTHS = ("millimeter", "centimeter", "meter", "kilometer")
# "high 05:47 (8.6 m/28.2 ft)", "a 14.6 m/48 ft tide": an "m" converted into feet after a slash is
# metres (no sum or count is given again in feet)
RE_METRES_SLASH_FEET = re.compile(rf"(?P<num>{NUM})\s?m(?=\s?/\s?\d[\d,.]*\s?(?:ft|feet|foot)\b)")
RE_METRES_COMPARED = re.compile(
    rf"(?P<num>{NUM})m(?=\s+(?:lower|higher|deeper|shallower|taller|shorter|longer|wider|narrower)\b)"
)
# ... and so is a glued "m" compared, or a glued "m" before "by" and a target year ("could rise
# another 0.8m by 2100"), when its sentence measures a height or a level before it: a level of the
# sea or of water, a body of water or a wall that holds it back, or a verb of sinking ("the lake
# stood 3.5m lower", "the floodwall will be 1.2m higher", "the coast could sink another 1.8m by
# 2080"); "another 2.4m residents by 2050" has its noun, and "sales were 1.2m higher" no level
RE_METRES_BY_YEAR = re.compile(rf"(?P<num>{NUM})m(?=\s+by\s+(?:the\s+end\s+of\s+)?(?:19|20|21)\d\d\b)")
RE_LEVEL_MEASURED = re.compile(
    r"\b(?:(?:sea|water|lake|river|tide|ocean|groundwater|reservoir)[\s-]levels?"
    r"|sink|sinks|sank|sunk|sinking|subside|subsides|subsided|subsiding)\b",
    re.IGNORECASE,
)
# "a depth of 40m", "reached a height of up to 8m", "ships longer than 200m", "lies in 40m of
# water", "30m below the surface": a glued "m" is metres when a noun of length with "of", or a
# comparative of length with "than", stands right before the number, or a length follows it ("of
# water", "in depth"); no amount of money or count is so named ("a loss of 3m", "more than 200m",
# "1.2m below forecasts" stay millions)
LENGTH_OF_NOUNS = (
    "depth",
    "height",
    "length",
    "altitude",
    "elevation",
    "draught",
    "width",
    "wingspan",
    "diameter",
    "radius",
    "resolution",
    "span",  # a bridge's ("a main span of 1,390m", "its main span is 980m")
    "ascent",  # a walk's or a climb's ("a total ascent of 900m", "a descent of 300m")
    "descent",
)
RE_LENGTH_BEFORE = re.compile(
    # (the plural with "of" too: "at heights of 1,400m to 1,950m", "altitudes of 3,200m")
    rf"\b(?:(?:{'|'.join(LENGTH_OF_NOUNS)})\s+(?:of|is|was|will\s+be)|(?:longer|deeper|taller)\s+than"
    rf"|(?:{'|'.join(LENGTH_OF_NOUNS)})s\s+of"
    # ... also in the plural, or reaching a size ("snow depths reached 1.8m", "the height hit 4m")
    rf"|(?:{'|'.join(LENGTH_OF_NOUNS)})s?\s+(?:are|were|reached|hit|topped|exceeded|(?:stood|stands|rose|fell)\s+(?:at|to))"
    # ... or the heights of the sea ("waves of up to 6m", "a swell of 4m"), a depth of snow ("snow
    # of 1.2m", "a snowpack of 2m"), or a depth drilled to
    r"|(?:waves?|swells?|seas|surf|snow|snowfall|snowpack)\s+of|(?:drilled|bored)\s+to"
    # ... or a flood's crest, said of a river, a tide or a wave only ("the Waikato crested at 4.6m",
    # "a crest of 7.1m"): no count or sum crests
    r"|crest(?:ed|s|ing)?\s+at|crest\s+of|crest\s+(?:is|was)\s+(?:forecast|expected|predicted)\s+(?:at|to\s+be)"
    # ... or a cordon or an exclusion zone round a scene set to a new size ("the cordon was reduced
    # to 200m", "the exclusion zone has been widened to 800m")
    r"|(?:cordon|exclusion\s+zone)s?\s+(?:(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+)?"
    r"(?:reduced|extended|widened|narrowed|cut|expanded|increased|shrunk|set)\s+to"
    # ... or a river's set level ("the flood warning level at Mill Bridge is 4.5m", "its evacuation
    # trigger is 6m"): no count or sum is an alarm, warning or evacuation level
    r"|(?:flood|danger|alarm|alert|warning|evacuation|spill|spillway)\s+(?:level|mark|trigger|line)"
    r"(?:\s+at\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?\s+(?:is|was|will\s+be|of|stands\s+at|sits\s+at))"
    rf"(?:\s+(?:up\s+to|{N.ROUGH_COUNT}|just|more\s+than|less\s+than|over|under))?\s+\Z",
    re.IGNORECASE,
)
# A fact box's line whose label names a length, a height or a tide ("Height: 1.91m", "Wave height:
# 2.4m", "High tide: 3.12m", "Depth (max): 40m", "Height of spire: 123m"): a glued "m" after it on
# its line is metres, also after other words ("Tide: high 4.7m at 05:12, low 0.9m", "Swell: 3m
# easing to 1.5m", "Length: 4.8m, beam 1.9m"; words.line_label); no count or sum is labelled a
# height or a tide ("Reach: 2.3m", "Viewers: 4.1m" stay millions)
LENGTH_LABEL_WORDS = (
    "height|depth|length|width|elevation|altitude|tide|swell|waves|wingspan|draught|draft|crest|span"
    "|visibility|seas"
)
RE_LENGTH_LABEL = re.compile(
    rf"(?:[A-Za-z][a-z]*\.?[ \t]+){{0,2}}(?i:{LENGTH_LABEL_WORDS})"
    r"(?:[ \t]+(?:of|at|above|below|in|on)(?:[ \t]+[A-Za-z'’-]+){1,3})?"
)


def length_label(body: str, start: int) -> bool:
    """Whether a figure at `start` is on a label line whose label names a length (see above)."""
    label = line_label(body, start)
    return bool(label) and RE_LENGTH_LABEL.fullmatch(label) is not None


RE_METRES_NAMED = re.compile(
    rf"(?P<num>{NUM})m(?!\w|\.\w|,\d|\s+(?:people|of\s+(?:the|its|their|his|her)\b))"
)
# "at 2,615 m in the hills", "stood at 17.3 m.": a lone "m" written apart from its number, as
# SI style writes a unit, is a metre symbol when punctuation or a preposition follows it; no desk
# writes a million so without a currency sign ("5 m units" stays a count of 5, the sign's amounts
# are money's)
RE_SPACED_METRES = re.compile(
    rf"(?P<num>{NUM}) m(?!\.\s?p\b)(?=[.,;:)]|\s+(?:of|in|at|on|above|below|from|to|and|or|under|over|with|for"
    r"|since|by|after|before|during|onto|through|along|past|beyond|behind|out|off|up|down|ahead|short)\b|\Z)"
)
# "the 148 m hull", "a 7 m crocodile", "the 2 m mark": a spaced "m" between a determiner and a
# singular noun is the metres that size it (no desk writes a million spaced without a currency
# sign, and a million of one thing is no amount), as is one before a plural sized in metres ("the
# 400 m hurdles", "the 3 m waves", vocab.METRE_SIZED_NOUNS); another plural or people stays unread
RE_SPACED_M_SIZED = re.compile(rf"(?P<num>{NUM}) m(?=\s(?P<noun>[a-z]+)\b(?!-))")


# ... or a count of the things right before the size, which then measures each of them ("four 3 m
# pumps", "twelve 6 m poles"): a number of things cannot be followed by a million of them
RE_COUNT_BEFORE_SIZE = re.compile(rf"(?:(?<![\w.,-])\d{{1,4}}|(?i:{WNUM}))\s\Z")
COUNT_BEFORE_SIZE_REACH = 12  # characters back from the size to the count's start


def _counted_before_size(body: str, start: int) -> bool:
    """Whether a count of things stands right before a size at `start` (RE_COUNT_BEFORE_SIZE)."""
    return RE_COUNT_BEFORE_SIZE.search(body, max(0, start - COUNT_BEFORE_SIZE_REACH), start) is not None


def spaced_metre_sized(sc: Scanner, m: re.Match[str]) -> bool:
    """Whether a spaced "m" sizes the singular noun after it, with a determiner before the number
    (RE_SPACED_M_SIZED), or the things a count right before the number counts."""
    noun = m.group("noun")
    if noun in FUNCTION_WORDS or noun in PEOPLE_NOUNS:
        return False
    if noun.endswith("s") and _counted_before_size(sc.body, m.start()):
        return True  # "four 3 m pumps"
    return (noun in METRE_SIZED_SINGULARS or noun in METRE_SIZED_NOUNS or not noun.endswith("s")) and (
        RE_SIZED_DETERMINER_BEFORE.search(sc.body, max(0, m.start() - SIZED_DETERMINER_REACH), m.start())
        is not None
    )


# "a 5 t axle limit", "the 40 t load", "800 t of steel": a spaced "t" (the letter alone is unsafe)
# is tonnes before "of" and the goods, or between a determiner and the noun it weighs, or closing
# its clause ("may carry up to 44 t.")
RE_SPACED_TONNES = re.compile(rf"(?P<num>{NUM}) t(?=[.,;:)]|\s(?:of\s[a-z]|(?P<noun>[a-z]+)\b(?!-)))")
SPACED_TONNES_FOLLOWERS = N.Followers(("t",))
# ... and a "t" glued to the number, as fisheries, freight and trade copy write tonnes ("the quota was
# cut to 520t", "a 40t truck", "rose to 1,200t from 900t"): no English word closes a number with a
# lone "t", so it weighs whatever follows; a currency sign before it is a trillion's ("$1.5t")
RE_GLUED_TONNES = re.compile(rf"(?<![$€£¥₹])(?P<num>{NUM})t(?![\w'’‑-]|\.\w)")


def spaced_tonnes(sc: Scanner, m: re.Match[str]) -> bool:
    """Whether a spaced "t" weighs what follows (RE_SPACED_TONNES)."""
    noun = m.group("noun")
    return noun is None or (
        noun not in FUNCTION_WORDS
        and RE_SIZED_DETERMINER_BEFORE.search(sc.body, max(0, m.start() - SIZED_DETERMINER_REACH), m.start())
        is not None
    )


# "a 2.4m fence", "the 50m wall", "a 6m wave": a glued "m" between a determiner and the singular of
# a noun sized in metres (vocab.METRE_SIZED_NOUNS) is metres ("a 5m project", "the 2m homes" stay
# millions); one word may describe the thing before the size ("the heated 25m pool", "an
# eight-lane 50m pool", "a new 12m yacht"), as it may after it ("a 20m swimming pool"), a
# name of its make or design too ("a 40m Bailey bridge")
# a noun after a measure hyphened to it, which the measure sizes: after "per" the noun is the base
# of the price and the measure its size ("Q1,900 per 46-kilogram quintal": a row), where "per 10
# grams" is the base itself (no row)
RE_SIZED_NOUN_AFTER = re.compile(r"\s+[a-z]")
RE_WORD_AFTER = re.compile(r"\s+([a-z]+)\b")


def sizes_noun_after(body: str, num_end: int, end: int) -> bool:
    """Whether the measure ending at `end`, its number ending at `num_end`, sizes the noun after it:
    joined to the number by a hyphen ("per 46-kilogram quintal"), or glued or spaced before a pack
    (vocab.SIZED_PACKS: "$1,850 per 40ft box", "$2,400 per 40 ft box", "per 20 ft container"),
    where "per 10 grams", "per 10g of gold" and "per 100ml last year" are the base of a price or a
    reading itself."""
    if body[num_end : num_end + 1] in "-‑":
        return RE_SIZED_NOUN_AFTER.match(body, end) is not None
    noun = RE_WORD_AFTER.match(body, end)
    return noun is not None and noun.group(1) in SIZED_PACKS


RACE_NOUNS = frozenset(
    """hurdles steeplechases relays freestyles backstrokes breaststrokes butterflies medleys sprints races
    finals heats events laps lengths runs swims dashes dives jumps throws""".split()
)
RE_GLUED_M_SIZED = re.compile(rf"(?P<num>{NUM})m\s+(?P<noun>[A-Za-z][a-z]*)\b(?=(?:\s+(?P<next>[a-z]+)\b)?)")
RE_SIZED_DETERMINER_BEFORE = re.compile(
    r"(?<![\w-])(?:[Aa]n?|[Tt]he|its|their)\s"
    rf"(?:(?!(?:{'|'.join(sorted(FUNCTION_WORDS))})\s)[a-z]+(?:-[a-z]+)*\s)?\Z"
)
SIZED_DETERMINER_REACH = 32  # characters back to the determiner ("an eight-lane ")


# ... and a glued "m" before a material a thing is made of sizes that thing, a determiner before it
# or not (a classified's "KAYAK, 2.9m fibreglass, paddle", "a 4.2m steel trailer"); before a plural
# ("4.5m aluminium cans") or a noun of business ("a 3.1m steel deal") it counts millions
MATERIAL_WORDS = frozenset(
    """aluminium aluminum steel timber wooden fibreglass fiberglass plywood hardwood concrete
    stainless galvanised galvanized""".split()
)
BUSINESS_NOUNS = frozenset(
    """deal contract order project plant mill works investment upgrade package scheme programme
    program bid tender sale purchase takeover industry sector market output production fund
    budget subsidy grant loan revenue profit loss business firm company""".split()
)
RE_MATERIAL_END_AFTER = re.compile(r"[,;:.)]|\s*\Z")


def material_sized(body: str, m: re.Match[str]) -> bool:
    """Whether the word after a glued "m" (RE_GLUED_M_SIZED) is a material (MATERIAL_WORDS) that
    ends its phrase or stands before a singular noun of a thing, not of business (see above)."""
    if m.group("noun").lower() not in MATERIAL_WORDS:
        return False
    following = m.group("next")
    if following is None:
        return RE_MATERIAL_END_AFTER.match(body, m.end()) is not None
    return not following.endswith("s") and following not in BUSINESS_NOUNS and following not in FUNCTION_WORDS


def metre_sized(sc: Scanner, m: re.Match[str]) -> bool:
    """Whether the noun after a glued "m" is sized in metres, right after it ("a 2.4m fence") or
    after one word that modifies it ("a 20m swimming pool", "a 40m steel mast"), with a determiner
    before the number (see above), or a material is (material_sized)."""
    noun, following = m.group("noun"), m.group("next")
    if material_sized(sc.body, m):
        return True
    return (
        noun in METRE_SIZED_SINGULARS
        or following is not None
        and following in METRE_SIZED_SINGULARS
        and noun not in FUNCTION_WORDS
    ) and RE_SIZED_DETERMINER_BEFORE.search(
        sc.body, max(0, m.start() - SIZED_DETERMINER_REACH), m.start()
    ) is not None


def sized_thing(m: re.Match[str]) -> str:
    """The thing a glued "m" sizes (RE_GLUED_M_SIZED): "pool", or "swimming pool"."""
    noun, following = m.group("noun"), m.group("next")
    return noun if noun in METRE_SIZED_SINGULARS or following is None else f"{noun} {following}"


METRE_SIZED_SINGULARS = frozenset(
    {singular(noun) for noun in METRE_SIZED_NOUNS - RACE_NOUNS} | {"stretch", "section"}
)  # (races are named by their distance only in copy about racing: RE_GLUED_M, RACE_CUES)
# "The river rose 1.5m above normal", "lake levels fell 0.4m overnight", "the Rhine peaked at
# 4.2m", "the swell will build to 3m": a glued "m" with no noun after it is metres when a body of water or its level, as the
# subject right before the verb, moves or stands at it; no desk counts a river's or a tide's rise in millions ("Sales
# rose 1.5m units" names what it counts, and "the unemployment level rose 1.2m" names no water)
WATER_BODIES = (
    "river rivers water waters lake lakes sea seas tide tides floodwater floodwaters flood floods"
    " reservoir reservoirs dam dams canal canals creek stream swell swells surf".split()
)
WATER_NOUNS = WATER_BODIES + (
    # the banks and walls that hold water back, raised or lowered by so many metres ("the levees
    # were raised by 1.5m"); no desk raises a sum of money "by 1.5m" with a stopbank as subject
    "stopbank stopbanks levee levees embankment embankments seawall seawalls dyke dykes dike dikes".split()
    + [r"sea\s+walls?", r"flood\s+walls?", "breakwater", "breakwaters"]
)
RE_WATER_LEVEL_BEFORE = re.compile(
    rf"\b(?:{'|'.join(WATER_NOUNS)})(?:\s+(?:levels?|heights?|gauges?))?"
    r"(?:\s+(?:at|in|near)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?"
    r"(?:\s*,\s+an?\s+[a-z]+(?:\s+[a-z]+)?,)?"  # an apposition: "the Avon Stream, a tributary, peaked at"
    r"\s+(?:(?:has|had|have|could|may|might|will|would|can)\s+)?(?:(?:been|was|were|is|are|be)\s+)?"
    # ... also forecast ("the river is expected to peak at 6.1m")
    r"(?:(?:expected|forecast|predicted|likely|set|due)\s+to\s+)?"
    r"(?:rose|rise|rises|rising|risen|fell|fall|falls|falling|fallen|dropped|drop|drops|climbed|climb|receded"
    r"|swelled|surged|peaked\s+at|peaks?\s+at|peaking\s+at|reached|reach|reaches|stood\s+at|stands\s+at"
    r"|builds?|building|built|eases?|eased|easing"  # a sea's swell builds and eases
    r"|is\s+at|was\s+at"
    r"|raised|lifted|lowered|heightened)"
    rf"(?:\s+(?:by|to|{N.ROUGH_COUNT}|just|more\s+than|over|a\s+further))?\s+\Z",
    re.IGNORECASE,
)
# ... or a body of water or its wall moved to or by the number as the object of a verb ("the surge
# pushed the river to 4.6m", "raising the sea wall by 0.5m"); a preposition in the verb's place is
# no verb ("the cost of the dam to 1.5m")
RE_WATER_OBJECT_BEFORE = re.compile(
    r"\b(?!(?:of|for|in|on|at|from|with|to|by|and|or|than)\s)[a-z]+\s+(?:the|its|their)\s+"
    r"(?:[A-Z][\w'’-]*\s+)?"
    rf"(?:{'|'.join(WATER_NOUNS)})(?:\s+(?:levels?|heights?))?\s+(?:to|by)"
    rf"(?:\s+(?:{N.ROUGH_COUNT}|just|more\s+than|over|a\s+further))?\s+\Z",
    re.IGNORECASE,
)
RE_METRES_NO_NOUN = re.compile(
    rf"(?P<num>{NUM})m(?=[.,;:)]|\s*\Z|\s+(?:above|below|overnight|in|on|at|by|to|from|over|since|after|before"
    rf"|during|and|or|higher|lower|{'|'.join(sorted(TODAY_WORDS))}|this|last|on|within)\b)"
)
# ... and a range of such levels or of lengths named (RE_LENGTH_BEFORE), the "m" glued to both ends
# or the last ("crest at 6.5-7m", "the river will rise to 4.1m to 4.4m", "waves of 3-4m")
RE_METRES_NO_NOUN_RANGE = re.compile(
    rf"(?P<low>{NUM})(?P<join>m\s+to\s+|m?[-–])(?P<num>{NUM})m(?=[.,;:)]|\s*\Z|\s+\(|\s+(?:above|below|overnight|in|on"
    rf"|at|by|from|over|{'|'.join(sorted(TODAY_WORDS))}|this|last|within)\b)"
)
# ... and such a range after a length named, whatever follows it, as a single length may be read
# (RE_METRES_NAMED): "waves of 5-6m battered the coast", "a depth of 8-10m made the dive"; "to"
# joins them too when the "m" is glued to both ("waves of 4m to 6m along the coast")
RE_METRES_NAMED_RANGE = re.compile(
    rf"(?P<low>{NUM})(?P<join>m?[-–]|m\s+to\s+)(?P<num>{NUM})m(?!\w|\.\w|,\d|\s+(?:people|of\s+(?:the|its|their|his|her)\b))"
)
WATER_LEVEL_REACH = 60  # characters back to the body of water whose level moves


# "the river was falling at 5cm an hour and should drop below 3.5m by noon": a verb of a level's
# move right before the glued "m", in a sentence whose earlier words name a body of water and that
# states another length ("5cm", "metres"): the level is in metres ("visitors to the lake should
# rise to 1.2m by 2030" states no length, so it stays a count)
RE_LEVEL_MOVE_BEFORE = re.compile(
    r"\b(?:drop|drops|dropped|fall|falls|fell|rise|rises|rose|recede|recedes|receded|peak|peaks|peaked)"
    r"\s+(?:below|above|to|under|at)\s+\Z"
)
RE_WATER_NOUN = re.compile(rf"\b(?:{'|'.join(WATER_BODIES)})\b", re.IGNORECASE)
RE_SENTENCE_LENGTH = re.compile(r"\d(?:cm|mm|m)\b|\b(?:centi|milli)?met(?:re|er)s?\b", re.IGNORECASE)
LEVEL_MOVE_REACH = 24  # characters back to the verb of the level's move ("expected to drop below ")
WATER_SENTENCE_REACH = 200  # characters of the sentence either side read for the water and the length

RE_WATER_OR_WALL = re.compile(
    rf"\b(?:{'|'.join(WATER_NOUNS)}|floodwalls?|walls?)\b",
    re.IGNORECASE,
)
LEVEL_MEASURED_REACH = 120  # characters of the sentence before the number read for the level


def level_measured(sc: Scanner, start: int, compared: bool) -> bool:
    """Whether the sentence before the glued "m" at `start` measures a height or a level
    (RE_LEVEL_MEASURED); when the number is compared ("1.2m higher"), a body of water or a wall
    named before it will do (RE_WATER_OR_WALL)."""
    lo = max(sc.sentence_bounds(start)[0], start - LEVEL_MEASURED_REACH)
    if RE_LEVEL_MEASURED.search(sc.body, lo, start):
        return True
    return compared and RE_WATER_OR_WALL.search(sc.body, lo, start) is not None


# "with the freezing level staying below 500m", "the snow line could drop to 1,200m": a glued "m"
# after a level of the air (where snow lies or water freezes, where trees or clouds stop) and a
# preposition of height in its clause is metres; no count or sum is a freezing level (late-units9)
RE_AIR_LEVEL_BEFORE = re.compile(
    r"\b(?:freezing[\s-]levels?|snow[\s-]?lines?|tree[\s-]?lines?|cloud[\s-]bases?|zero-degree\s+(?:level|line)s?)"
    r"(?:\s+[a-z]+){0,4}?\s+(?:below|above|at|to|around|near|under|over)"
    rf"(?:\s+(?:{N.alternation((*ROUGH_COUNT_WORDS, *LIMITING_ADVERBS))}))?\s+\Z",
    re.IGNORECASE,
)
AIR_LEVEL_REACH = 70  # characters back to the level of the air in the number's clause


def air_level(sc: Scanner, start: int) -> bool:
    """Whether a level of the air (RE_AIR_LEVEL_BEFORE) stands before the number at `start` in its clause."""
    s_start, _ = sc.sentence_bounds(start)
    return RE_AIR_LEVEL_BEFORE.search(sc.body, max(s_start, start - AIR_LEVEL_REACH), start) is not None


def water_level(sc: Scanner, start: int) -> bool:
    """Whether a body of water or its level moves to or stands at the number at `start` in its
    clause (RE_WATER_LEVEL_BEFORE), or its sentence names a body of water whose level moves to it
    (RE_LEVEL_MOVE_BEFORE) and states another length."""
    s_start, s_end = sc.sentence_bounds(start)
    if RE_WATER_LEVEL_BEFORE.search(sc.body, max(s_start, start - WATER_LEVEL_REACH), start) is not None:
        return True
    if RE_WATER_OBJECT_BEFORE.search(sc.body, max(s_start, start - WATER_LEVEL_REACH), start) is not None:
        return True
    if RE_LEVEL_MOVE_BEFORE.search(sc.body, max(s_start, start - LEVEL_MOVE_REACH), start) is None:
        return False
    lo, hi = max(s_start, start - WATER_SENTENCE_REACH), min(s_end, start + WATER_SENTENCE_REACH)
    if RE_WATER_NOUN.search(sc.body, lo, start) is None:
        return False
    before, after = sc.body[lo:start], sc.body[start:hi]
    after = after[after.find("m") + 1 :]  # the figure's own "m" is not the other length
    return RE_SENTENCE_LENGTH.search(before) is not None or RE_SENTENCE_LENGTH.search(after) is not None


# a glued "m" before a word of comparison ("peaked at 5.42m, 0.6m below the record", "rose to
# 3.1m, 20cm higher than"), after a water level read in metres earlier in its sentence: the gap
# to another level, in the same metres
RE_COMPARED_AFTER = re.compile(r"\s+(?:above|below|higher|lower|short\s+of)\b")
RE_GLUED_METRES_EARLIER = re.compile(rf"(?P<num>{NUM})m(?=[.,;:)\s])")


def compared_to_level(sc: Scanner, start: int, end: int) -> bool:
    """Whether the glued "m" number at start:end is compared to another level (RE_COMPARED_AFTER)
    after a water level in glued metres earlier in its sentence. The sentence's first such level
    is looked for once (Scanner.first_glued_level), not once per comparison."""
    if RE_COMPARED_AFTER.match(sc.body, end) is None:
        return False
    s_start, s_end = sc.sentence_bounds(start)
    if sc.first_glued_level[0] != s_start:
        levels = RE_GLUED_METRES_EARLIER.finditer(sc.body, s_start, s_end)
        first = next((m for m in levels if water_level(sc, m.start())), None)
        sc.first_glued_level = (s_start, len(sc.body) if first is None else first.end())
    return sc.first_glued_level[1] < start  # (its mark after the "m" before the number too)


# "high water 07:48 (1.6m)", "low tide 1.15pm (0.4m)": a height in brackets right after a clock time,
# as tide tables and forecast pages give a tide's time and height, is metres in a sentence about
# tides or high and low water (quoted from the clock time, whose words before it the subject reads)
# (a bracketed "(£1.6m)" has its sign; "at 10:00 (1.2m viewers)" a noun)
RE_TIDE_HEIGHT = re.compile(
    rf"(?<![\w.:])\d{{1,2}}(?:[:.]\d\d(?:\s?[ap]\.?m\.?)?|\s?[ap]\.?m\.?)\s?\((?P<num>{NUM})\s?m\)"
)
RE_TIDE_WORDS = re.compile(r"\b(?:tides?|tidal|(?:high|low)\s+water)\b", re.IGNORECASE)
# ... and a tide table's height with no brackets, right after the clock time ("high 04.12 3.9m and
# 16.40 4.1m", "is at 06.33, 6.4m"): metres when "high", "low" or tides are named just before it
# ("closed at 14.58, 1.7m shares" has none)
RE_TIDE_CLOCK_BEFORE = re.compile(r"(?<![\w.:])\d\d[.:][0-5]\d,?\s\Z")
RE_TIDE_LINE_CUE = re.compile(r"(?i:\bhigh\b|\blow\b|\btides?\b|\btidal\b)")
TIDE_LINE_REACH = 90  # characters before a tide's height read for its clock time and "high" or "low"


def tide_line_height(sc: Scanner, start: int) -> bool:
    """Whether the glued "m" number at `start` is a tide table's height after its clock time."""
    lo = max(0, start - TIDE_LINE_REACH)
    return bool(RE_TIDE_CLOCK_BEFORE.search(sc.body, max(0, start - 8), start)) and bool(
        RE_TIDE_LINE_CUE.search(sc.body, lo, start)
    )


def tide_sentence(sc: Scanner, offset: int) -> bool:
    """Whether the sentence around `offset` names tides or high and low water (RE_TIDE_WORDS), read
    once per sentence: a table's many heights in one sentence do not each read it again."""
    return sentence_fact(
        sc,
        "tide words",
        offset,
        lambda at: RE_TIDE_WORDS.search(sc.body, *sc.sentence_bounds(at)) is not None,
    )


RE_LENGTH_AFTER = re.compile(
    r"m\s+(?:of\s+(?:water|ascent|descent|climbing)|in\s+(?:depth|length|height|width|diameter))\b"
)
# "the path climbs to 450m", "the loop rises to just 300m": a glued "m" after a verb of climbing and
# "to" is a height when its sentence speaks of walking or hills (WALK_CUES); "subscribers climbed to
# 1.2m" stays millions
RE_CLIMBS_TO_BEFORE = re.compile(
    r"\b(?:climbs|climbing|rises|rising|tops\s+out)\s+(?:to|at)"
    rf"(?:\s+(?:just|only|{N.ROUGH_COUNT}|over|more\s+than))?\s+\Z"
)
WALK_CUES = (
    "walk", "trail", "path", "loop", "route", "hike", "hiking", "summit", "hill", "mountain", "ridge",
)  # fmt: skip
# what may follow such a height: a stop or a preposition, no noun ("climbs to 3m units" counts)
RE_CLIMBED_HEIGHT_AFTER = re.compile(
    r"m(?=[.,;:)]|\s+(?:at|in|on|and|with|before|then|above|near|by|as|when|after)\b)"
)
# "Climbers turned back at 8,300m", "camped at 6,400m": an altitude reached, after a preposition of
# place, in a sentence about climbing a mountain (CLIMBING_CUES, words no other desk uses of money
# or counts), with no noun after it
RE_ALTITUDE_BEFORE = re.compile(
    r"\b(?:at|to|from|above|below)(?:\s+(?:about|around|nearly|almost|some|just|roughly|over|under))?\s+\Z"
)
CLIMBING_CUES = ("climber", "mountaineer", "sherpa", "altitude", "base camp", "summit push", "oxygen")
# "The summit lies at 3,400m", "the pass stands at 2,100m": a landform or a settlement right
# before a verb of lying or standing "at" is where it is, an altitude (late-lists10); "debt stood
# at 3.4m" stays millions
LANDFORM_NOUNS = (
    "summit", "pass", "volcano", "mountain", "village", "town", "crater", "plateau", "glacier", "lake",
    "hut", "col", "refuge", "monastery", "camp",
)  # fmt: skip
RE_LANDFORM_AT_BEFORE = re.compile(
    rf"\b(?:{'|'.join(LANDFORM_NOUNS)})\s+(?:lies|lay|sits|sat|stands|stood)\s+at"
    r"(?:\s+(?:about|around|some|nearly|almost|just|roughly|over|more\s+than))?\s+\Z"
)
# the heights a glued "m" may read (RE_CLIMBED_HEIGHT_AFTER after it): the words before it and the
# sentence's cues (a walk's climb, a mountaineer's altitude, a landform's place)
HEIGHT_READINGS = (
    (RE_CLIMBS_TO_BEFORE, WALK_CUES),
    (RE_ALTITUDE_BEFORE, CLIMBING_CUES),
    (RE_LANDFORM_AT_BEFORE, LANDFORM_NOUNS),
)
# "she cleared 4.70m", "vaulted 5.85m": a bar's height, stated to the centimetre, right after a verb
# of clearing it, with a stop or an attempt's preposition after the "m", is metres, not millions
# ("the club cleared 1.35m in debt" stays millions: "in" follows it)
RE_BAR_HEIGHT = re.compile(r"\d\.\d\d")
RE_BAR_HEIGHT_AFTER = re.compile(r"m(?=[.,;:)]|\s+(?:at|on|to|and|with)\b)")
RE_BAR_CLEARED_BEFORE = re.compile(
    r"\b(?:cleared|clears|clearing|vaulted|vaults|vaulting|leapt|leaped)\s+\Z", re.IGNORECASE
)
BAR_VERB_REACH = 12  # characters back to the verb ("vaulting ")
LENGTH_BEFORE_REACH = 50  # characters back to the noun of length ("a depth of more than 1,000m")
RE_METRE_WORD = re.compile(r"\b(?:kilo|centi|milli)?met(?:re|er)s?\b", re.IGNORECASE)


# inches glued to their number after a height in feet ("6ft 4in", "5ft 11in tall")
RE_INCHES_AFTER_FEET = re.compile(r"(?P<num>\d{1,2})in(?![\w/])")  # tried only after "<digit>ft "


# a height in feet and inches hyphened as American copy writes it ("the 6-foot-2 guard", "a
# 5-foot-11 forward"): the inches after "foot-" are a measurement of their own
RE_FOOT_INCHES = re.compile(r"(?<=\d-foot-)(?P<num>\d{1,2})(?![\w.,]\d|\w)")


# A person's height as sports copy writes it, in metres with two decimals, from 1.4 to 2.4: before
# the noun of a person or of a playing position ("the 1.93m winger", "a 2.04-metre 25-year-old",
# "the 2.01m tall lock" is read below), or after a verb of standing ("stands 1.97m"). The glued
# "m" is metres there, not millions: a sum of money takes a currency ("paid $1.93m for the
# winger") and no desk writes a count of millions before a person's noun.
PLAYING_POSITIONS = frozenset(
    """forward guard centre center lock prop flanker hooker fullback full-back back lineman
    receiver quarterback pitcher keeper opposite libero setter hitter blocker spiker pivot
    playmaker rookie""".split()
)
PERSON_HEIGHT_METRES = r"(?:1\.[4-9]|2\.[0-3])\d"  # from 1.4 m to under 2.4 m, two decimals
RE_PERSON_HEIGHT = re.compile(
    rf"(?<![\w.,$£€])(?P<num>{PERSON_HEIGHT_METRES})(?P<mu>m|-metres?|-meters?)"
    r"(?=\s+(?P<w1>\d{1,2}-year-old|[A-Za-z]+(?:-[a-z]+)?)\b(?:\s+(?P<w2>\d{1,2}-year-old|[a-z]+(?:-[a-z]+)?)\b)?)"
)
RE_STANDS_HEIGHT = re.compile(rf"(?P<num>{PERSON_HEIGHT_METRES})(?P<mu>m|\s(?:metres|meters))(?![\w-])")
RE_STANDS_BEFORE = re.compile(
    r"\b(?:stands|standing|stood|measures|measuring|who\s+is|who\s+was|who's)\s+(?:at\s+)?\Z", re.IGNORECASE
)  # ... or after "who is" ("the centre, who is 2.04m, signed"): a person's own measure


def scan_person_heights(sc: Scanner) -> None:
    """A person's height in metres (see above): `other`, subject "height"."""
    body = sc.body
    found: list[re.Match[str]] = []
    for pos in sc.digits:  # a height starts "1." or "2.": the cheap test before the patterns
        if body[pos + 1 : pos + 2] != "." or body[pos] not in "12":
            continue
        m = RE_PERSON_HEIGHT.match(body, pos)
        if m is not None and (_person_noun(m.group("w1")) or m.group("w2") and _person_noun(m.group("w2"))):
            found.append(m)
        elif (m := RE_STANDS_HEIGHT.match(body, pos)) and RE_STANDS_BEFORE.search(
            body, max(0, pos - 16), pos
        ):
            found.append(m)
    for m in found:
        s, e = m.span("num")
        if not sc.free(s, m.end("mu")):
            continue
        sc.claim(s, m.end("mu"))
        value = N.normalise_number(N.parse_amount(sc.body[s:e]))
        sc.add(
            Figure(
                s, m.end("mu"), (s, e), value, "other", "other", f"height {label('meter')}", measure="meter"
            )
        )


def _person_noun(noun: str) -> bool:
    """Whether a word names a person by role or playing position, or is an age ("25-year-old")."""
    return noun in PERSON_NOUNS or noun in PLAYING_POSITIONS or noun.endswith("year-old")


# Two or three dimensions joined by "by" (or "x" before inches, feet, centimetres or millimetres)
# before one unit: a size as recipes, property and prison reports and reviews' spec boxes give it
# ("a 9-by-13-inch pan", "a 12-by-15-foot room", "a 30 x 40cm frame", "Dimensions: 305 x 212 x
# 15.9mm"): each number is a measurement in that unit ("4x100m" is a relay's legs, read elsewhere).
_DIMENSION = r"\d{1,4}(?:\.\d{1,2})?"
_BY_JOIN = (  # "x" only before the last dimension's glued or spaced unit, or a dimension and it
    r"(?:-by-|\s+by\s+|\s?[x×]\s?(?=\d[\d.]*(?:\s?[x×]\s?\d[\d.]*)?[\s-]?(?:in|inch|ft|foot|feet|cm|mm)\b))"
)
RE_BY_DIMENSIONS = re.compile(
    rf"(?<![\w.,])(?P<a>{_DIMENSION}){_BY_JOIN}(?:(?P<b>{_DIMENSION}){_BY_JOIN})?"
    rf"(?P<num>{_DIMENSION})[\s-]?(?P<mu>inches|inch|in|feet|foot|ft|metres|metre|meters|meter|cm|mm)\b"
)

# ... and two lengths in metres each glued to its "m" ("a cubicle of at least 1.5m by 2m", "a stage
# 12m by 8m"): a size, not millions (a sum or a count is not multiplied "by" another in millions)
RE_GLUED_METRES_BY = re.compile(
    rf"(?<![\w.,£$€¥])(?P<a>{_DIMENSION})m\s+by\s+(?P<num>{_DIMENSION})(?P<mu>m)\b(?![\w-])"
)


def scan_dimensions(sc: Scanner) -> None:
    """Sizes of two dimensions in one unit (see above): one measurement row each."""
    if "by" not in sc.lower and "x" not in sc.lower and "×" not in sc.body:
        return
    for m in [*sc.at(RE_BY_DIMENSIONS, sc.digits), *sc.at(RE_GLUED_METRES_BY, sc.digits)]:
        if not sc.free(m.start(), m.end()):
            continue
        glued = m.re is RE_GLUED_METRES_BY  # ("1.5m by 2m": the first "m" is in its quote)
        measure = "meter" if glued else measure_of(m.group("mu"))
        if not measure or sc.is_name_or_code(*m.span("a")):
            continue  # "extend Quay 7 by 200 metres": a name's number, then the change "by" a length
        sc.claim(m.start(), m.end())
        subject = quantity_subject(sc, m.start(), measure)
        for group in ("a", "b", "num"):
            if m.groupdict().get(group) is None:
                continue  # two dimensions, not three
            s, e = m.span(group)
            value = N.normalise_number(N.parse_amount(m.group(group)))
            sc.add(
                Figure(
                    s,
                    m.end() if group == "num" else e + glued,
                    (s, e),
                    value,
                    "other",
                    "other",
                    subject,
                    measure=measure,
                )
            )


# A screen's, a camera's or an image's size in pixels, width by height ("a resolution of 2,560 x
# 1,440", "a 3,840 x 2,160 panel", "1,080 x 2,400 pixels"): two measurements in pixels, as "18 by
# 120 feet" is two lengths (rules, table 7), when "pixels" follows or "resolution" is named just
# before or after; each side has three or four digits ("a 4 x 100 relay", "3 x 10" name no pixels)
_PIXEL_SIDE = r"(?:\d,?\d{3}|\d{3})"
RE_PIXEL_DIMENSIONS = re.compile(
    rf"(?<![\w.,])(?P<a>{_PIXEL_SIDE})\s?[x×]\s?(?P<num>{_PIXEL_SIDE})(?![\w.,]?\d)"
    r"(?P<unit>\s?(?:pixels|px)\b)?(?P<named>\s+(?:screen\s+|display\s+)?resolution\b)?"
)
RE_RESOLUTION_BEFORE = re.compile(
    r"\bresolution\s+(?:of\s+|is\s+|at\s+|to\s+)?(?:up\s+to\s+)?\Z", re.IGNORECASE
)
RESOLUTION_REACH = 24  # characters before the size read for "resolution of"


def scan_pixel_dimensions(sc: Scanner) -> None:
    """Sizes in pixels written "N x M" (see above): one measurement row per side."""
    if "x" not in sc.body and "×" not in sc.body:
        return
    for m in sc.at(RE_PIXEL_DIMENSIONS, sc.digits):
        if not (
            m.group("unit")
            or m.group("named")
            or RE_RESOLUTION_BEFORE.search(sc.body, max(0, m.start() - RESOLUTION_REACH), m.start())
        ) or not sc.free(m.start(), m.end()):
            continue
        sc.claim(m.start(), m.end())
        subject = quantity_subject(sc, m.start(), "pixel")
        for group in ("a", "num"):
            s, e = m.span(group)
            end = m.end("unit") if group == "num" and m.group("unit") else e
            value = N.normalise_number(N.parse_amount(m.group(group)))
            sc.add(Figure(s, end, (s, e), value, "other", "other", subject, measure="pixel"))


# "slid 45m down a scree slope", "hovered 15m above the water", "landed at 131.5m", "sank 200m
# from the pier": a glued "m" right after a verb of a body moving, falling, hanging or landing is
# the distance it went, when a preposition of place or the clause's end follows it; no sum or count
# hovers, lands, skids or capsizes (verbs a sum also takes, "slid", "plunged", "fell", "rose",
# "climbed", ask for a path after: "slid 45m down a slope", "rose 40m above the old walls")
MOVED_ONLY_VERBS = (
    "hovered|hovers|hovering|landed|lands|landing|skidded|skids|skidding|swam|swims|swimming|swum"
    "|crawled|crawls|crawling|abseiled|abseiling|winched|dangled|dangling|dangles|capsized|capsizing"
    "|threw|thrown|throws|throwing|hurled|hurling|careered|careering|perched|towers|towered|towering"
    "|overhangs|overhang|overhanging|protrudes|protruding|juts|jutting|flying|flew|flies|flown|fly"
)
MOVED_PATH_VERBS = (
    "slid|slide|slides|sliding|slipped|slips|slipping|tumbled|tumbles|tumbling|plunged|plunges|plunging"
    "|plummeted|plummets|plummeting|hurtled|hurtles|hurtling|sank|sinks|sinking|sunk|leapt|leaped|leaps"
    "|leaping|dived|dives|diving|dove|toppled|topples|dug|digs|digging|drilled|bored|tunnelled|tunneled"
    "|encroaches|encroached|encroaching|hanging|hung|suspended|lowered|lifted|hauled|hoisted|towed"
    "|fell|falls|falling|fallen|fall|dropped|drops|dropping|rose|rises|rising|risen|climbed|climbs|climbing"
    "|jumped|jumps|jumping|swept|washed|dragged|carried|pushed|pulled|blown|stands|stood|sits|sat|rolled"
)
RE_MOVED_BEFORE = re.compile(
    rf"\b(?:(?P<only>{MOVED_ONLY_VERBS})|(?P<path>{MOVED_PATH_VERBS}))"
    # ... the body moved may stand between, read only with a path after ("swept the skiers 300m
    # down the couloir", "dragged him 50m along the beach")
    r"(?P<object>\s+(?:him|her|them|it|(?:the|a|an|his|her|their|its)(?:\s+[a-z]+){1,2}))?"
    r"(?P<hedge>\s+(?:at|to|about|around|some|nearly|almost|roughly|just|another|a\s+further|more\s+than|over))?\s+\Z",
    re.IGNORECASE,
)
# a path: a preposition of place and a determiner ("down a slope", "into the gully", "above the old
# town walls", "from the pier"), to or from no figure a sum is compared with ("2m above the
# forecast", "2m from the previous year" and "2m into the red" are no path)
RE_PATH_AFTER = re.compile(
    r"m\s+(?:down|into|onto|on\s+to|off|across|along|through|beneath|underneath|towards?|over\s+the\s+edge"
    r"|above|below|from)\s+(?:an?|the|its|his|her|their)\s+(?P<thing>[a-z]+(?:\s+[a-z]+){0,2})"
)
FIGURE_THINGS = frozenset(
    """forecast forecasts target targets estimate estimates expectations average figure figures level
    levels year previous last same threshold cap limit budget plan record peak total red black""".split()
)
# ... and after a verb of only a body's moving, a preposition or the clause's end will do
RE_MOVED_END_AFTER = re.compile(
    r"m(?=[.,;:)]|\s*\Z|\s+(?:down|up|into|onto|off|across|along|through|beneath|underneath|towards?|above|below"
    r"|from|on|in|at|to|and|before|when|after|as|while|over|under|short|clear|ahead|behind|out|away)\b)"
)
MOVED_REACH = 40  # characters back to the verb ("hovered some ")
# "30m clear at the bell", "15m ahead at the final turn": a lead or a gap in a race, with no figure
# it is compared with after it ("2m ahead of forecast", "3m behind schedule" are sums and counts)
RE_LEAD_AFTER = re.compile(
    r"m\s+(?:clear|ahead|behind)(?=[.,;:)]|\s*\Z|\s+(?:at|with|and|after|when|as|going|of\s+(?:the\s+)?"
    r"(?:field|pack|chasing|rest|others|peloton|leaders?|runner|pursuers)))"
)
# "overhangs the road by 12m", "the extension juts out over the pavement by 1.5m": a glued "m"
# after "by" in a clause whose verb puts a structure over or into a place, a length
RE_JUTS_BY_BEFORE = re.compile(
    r"\b(?:overhang|overhangs|overhanging|overhung|protrude|protrudes|protruding|protruded|jut|juts|jutting"
    r"|jutted|encroach|encroaches|encroaching|encroached)\b[^.,;:]{0,60}?\bby"
    r"(?:\s+(?:about|around|some|nearly|almost|roughly|just|more\s+than|up\s+to))?\s+\Z",
    re.IGNORECASE,
)
# "Hungry Hill, at 685m the highest peak on the peninsula", "at 324m the world's tallest": a glued
# "m" before a superlative of size, a height or a length (a sum is "the biggest", not "the tallest")
RE_SUPERLATIVE_SIZE_AFTER = re.compile(
    r"m,?\s+(?:the\s+|its\s+)?(?:[A-Z][\w-]*['’]s\s+|world['’]s\s+|country['’]s\s+|city['’]s\s+)?"
    r"(?:tallest|deepest|longest|widest|highest\s+(?:peak|point|mountain|summit|hill|tower|building|bridge"
    r"|waterfall|dam|structure|fell|cliff))\b"
)
JUTS_REACH = 90  # characters back to the verb ("overhangs the neighbouring garden by ")


def _moved_distance(sc: Scanner, start: int, num_end: int) -> bool:
    """Whether a number with "m" glued is the distance a body moved, hung or went, a lead in a race,
    a structure's overhang or a height or length ranked by its size (see above)."""
    if RE_LEAD_AFTER.match(sc.body, num_end) or RE_SUPERLATIVE_SIZE_AFTER.match(sc.body, num_end):
        return True
    if RE_JUTS_BY_BEFORE.search(sc.body, max(0, start - JUTS_REACH), start):
        return True
    verb = RE_MOVED_BEFORE.search(sc.body, max(0, start - MOVED_REACH), start)
    if verb is None:
        return False
    path = RE_PATH_AFTER.match(sc.body, num_end)
    if path is not None and not FIGURE_THINGS & set(path.group("thing").split()):
        return True
    if verb.group("only") is None or verb.group("object") is not None:
        return False
    if RE_MOVED_END_AFTER.match(sc.body, num_end) is None:
        return False
    # "hovered at 4.2m", "landed at 2.3m" may be a sum's level: after "at" or a hedge, only in a
    # sentence that states another length ("landed at 131.5m on the 125m hill")
    return verb.group("hedge") is None or _other_length(sc, start, num_end)


def _other_length(sc: Scanner, start: int, num_end: int) -> bool:
    """Whether the sentence around a glued "m" from `start` to `num_end` states another length."""
    s_start, s_end = sc.sentence_bounds(start)
    return (
        RE_SENTENCE_LENGTH.search(sc.body, s_start, start) is not None
        or RE_SENTENCE_LENGTH.search(sc.body, num_end + 1, s_end) is not None
    )


# a structure that works make longer, deeper, wider or higher ("extend its main runway from 2,400m
# to 3,100m", "the sea wall is to be raised by 1.2m", "deepening the channel to 16m"): a glued "m"
# after the verb of size, the structure and "from", "to" or "by" (the second end of "from A to B"
# too) is metres; no count or sum is a runway's or a wall's size
BUILT_STRUCTURES = (
    "runway|channel|canal|wall|pier|quay|berth|jetty|breakwater|dam|dyke|dike|levee|embankment"
    "|platform|tunnel|bridge|shaft|borehole|well|tower|mast|fence|barrier|spillway|harbou?r|basin"
)
SIZE_VERB_FORMS = (
    r"(?:deepen|lengthen|extend|widen|heighten|shorten)(?:s|ed|ing)?|rais(?:e|es|ed|ing)|lower(?:s|ed|ing)?"
)
RE_RESIZED_BEFORE = re.compile(
    rf"\b(?:(?:{SIZE_VERB_FORMS})\s+(?:the|its|their|a|an)\s+(?:[\w'’-]+\s+){{0,2}}?(?:{BUILT_STRUCTURES})s?"
    rf"|(?:{BUILT_STRUCTURES})s?\s+(?:(?:will|would|could|is|was|are|were|has|have|had|to|be|been|being)\s+){{1,3}}"
    rf"(?:{SIZE_VERB_FORMS}))"
    r"\s+(?:from\s+(?:\d[\d,.]*m\s+to\s+)?|to\s+|by\s+(?:a\s+further\s+|another\s+)?)"
    r"(?:(?:about|around|nearly|some|roughly|almost|just)\s+)?\Z",
    re.IGNORECASE,
)
RESIZED_REACH = 80  # characters back to the verb of size ("extend its main runway from 2,400m to ")


def length_named(sc: Scanner, start: int, num_end: int) -> bool:
    """Whether a number with "m" glued is a length by the words around it (RE_LENGTH_BEFORE,
    length_label, RE_LENGTH_AFTER, a height climbed to, a bar's height cleared or a structure
    resized, RE_RESIZED_BEFORE)."""
    return (
        RE_LENGTH_AFTER.match(sc.body, num_end) is not None
        or RE_LENGTH_BEFORE.search(sc.body, max(0, start - LENGTH_BEFORE_REACH), start) is not None
        or length_label(sc.body, start)
        or RE_CLIMBED_HEIGHT_AFTER.match(sc.body, num_end) is not None
        and any(
            before.search(sc.body, max(0, start - LENGTH_BEFORE_REACH), start) is not None
            and sentence_names(sc, start, cues)
            for before, cues in HEIGHT_READINGS
        )
        or RE_BAR_HEIGHT_AFTER.match(sc.body, num_end) is not None
        and RE_BAR_HEIGHT.fullmatch(sc.body, start, num_end) is not None
        and RE_BAR_CLEARED_BEFORE.search(sc.body, max(0, start - BAR_VERB_REACH), start) is not None
        or _moved_distance(sc, start, num_end)
        or RE_RESIZED_BEFORE.search(sc.body, max(0, start - RESIZED_REACH), start) is not None
    )


# A mountain's height set beside its name or its noun, in brackets or in apposition ("Ben Nevis
# (1,345m)", "the island's two highest peaks, 1,818m and 1,862m"): a glued "m" closing its phrase
# is metres when a mountain's noun, a peak's name word or a climber's word stands before it in its
# sentence (a bare "(1,345m)" elsewhere may count millions)
RE_APPOSED_METRES = re.compile(rf"(?P<num>{NUM})m(?=[.,;:)]|\s+(?:and|or)\s|\s*\Z)")
RE_APPOSED_BEFORE = re.compile(r"(?:\(|,\s|\s(?:and|or)\s)\Z")
RE_PEAK_CUE = re.compile(
    r"(?i:\b(?:peaks?|summits?|mountains?|volcano(?:es)?|ridges?|crags?|climb(?:s|ed|ing|ers?)?"
    r"|hik(?:e|es|ed|ing|ers?)|walkers|trek(?:s|king|kers)?|ascents?))\b"
    r"|\b(?:Mount|Mt\.?|Ben|Pico|Pic|Piz|Monte|Mont|Cerro|Nevado|Jebel|Gunung)\s+[A-Z]"
    # ... or a named high place a road or a walk crosses ("Nakayama Pass (835m)", "the Col du
    # Galibier (2,642m)", "Aletsch Glacier"; late-units9)
    r"|\b[A-Z][\w'’-]+\s+(?:Pass|Col|Saddle|Plateau|Glacier)\b|\b(?:Col|Passo|Paso|Colle)\s+(?:d[eiu]l?\s+|de\s+la\s+)?[A-Z]"
)
PEAK_CUE_REACH = 80  # characters before a height read back for its mountain


def peak_height(sc: Scanner, start: int) -> bool:
    """Whether the glued "m" at `start` (RE_APPOSED_METRES) is a mountain's height set beside it."""
    if RE_APPOSED_BEFORE.search(sc.body, max(0, start - 5), start) is None:
        return False
    s_start, _ = sc.sentence_bounds(start)
    return RE_PEAK_CUE.search(sc.body, max(s_start, start - PEAK_CUE_REACH), start) is not None


def converts_metric_length(sc: Scanner, start: int) -> bool:
    """Whether a bracket opens right before `start` after a metric length ("1.8 cm (0.7 in)")."""
    before = sc.body[max(0, start - 20) : start]
    unit = tokens(before[:-1])[-1:]
    return before.endswith("(") and bool(unit) and measure_of(unit[0]) in METRIC_LENGTHS


def converts_length(sc: Scanner, start: int) -> bool:
    """A glued "m" is metres in brackets after a length ("60 feet (18m)") or before "tall"."""
    before = sc.body[max(0, start - 20) : start]
    if not before.endswith("("):
        return True
    unit = tokens(before[:-1])[-1:]
    return bool(unit) and measure_of(unit[0]) in ("foot", "mile", "inch", "kilometer", "yard")
