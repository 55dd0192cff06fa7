"""Digit groups that count nothing: clock times ("9.15am", "2:30 pm", "at 2200 GMT", an hour quoted
alone, spans of hours) and phone numbers (numbers dialled, hotlines, spaced and paired groups,
extensions, emergency numbers), with the word before a number (previous_word) and web addresses,
which every name reader asks about."""

from __future__ import annotations

import re

from ..vocab import CHANGE_WORDS, LEVEL_AT_VERBS, MONTHS, PERCENT_SIGNS
from .numbers import TIME_ZONES, WORD_NUMBER, alternation
from .rate_bases import rate_base

# a later group of a phone number written with spaces: a trunk "0" group of three digits or more
# or a "+" country code first ("0300 123 1000", "+44 20 7946 0000"); "in 2020 123 people" is not
# (a trunk group joined by a hyphen too: "044-4567 4567")
# A trunk group of one or two digits ("0 800 44 650", "02 8173 404", as Moldovan and Bulgarian
# hotlines are written) opens a phone number when another group follows it: "0 800" alone could be
# a score's or a list's figures.
RE_PHONE_GROUPS_BEFORE = re.compile(
    r"(?:(?:(?<![\w,.])0\d{2,4}|\+\d{1,3})(?:[ -]\d{2,4}){0,3}|(?<![\w,.])0\d?(?:[ -]\d{2,4}){1,3}) \Z"
)
# the first group after a short trunk group, another group after it ("0 800 44", "02 8173 404")
RE_SHORT_TRUNK_BEFORE = re.compile(r"(?<![\w,.\-])0\d? \Z")
RE_GROUP_AFTER = re.compile(r" \d{2,4}(?![\w\-]|[,.]\d)")
RE_TWO_GROUPS_AFTER = re.compile(r" \d{2,4} \d{2,4}(?![\w\-]|[,.]\d)")
# a phone number of two spaced groups, the later one of four digits ("800 7315", "4172 6050"):
# thousands grouped by spaces have three digits a group ("62 000"), and a first group that reads as
# a year is a year before a count ("in 2020 1500 homes" is loose, but two figures)
# (its first digit before the look-behind on what precedes it: the search skips to digits)
RE_SPACED_GROUP_BEFORE = re.compile(r"(\d(?<![\w,.\-‑].)\d{2,3}) \Z")
RE_GROUP_END = re.compile(r"(?![\w\-‑]|[,.]\d)")
RE_SPACED_GROUP_AFTER = re.compile(r" \d{4}(?![\w\-‑]|[,.]\d)")
# a North American phone number: the area code in brackets, then "555-0142" ("(716) 555-0142")
RE_AREA_CODE_AFTER = re.compile(r"\) ?\d{3}[-.]\d{4}(?!\d)")
# the later groups of a phone number written in three hyphenated groups ("1800-318-4462",
# "800-555-0199"): the first group is part of it too
# (the last group of three digits too: "1700-212-646", "0900-567-123", as toll-free lines are grouped)
RE_PHONE_GROUPS_AFTER = re.compile(r"[-.]\d{3}[-.]\d{3,4}(?![\d-])")
# a line's name right before its number ("the hotline, 1471,", "the helpline on 1553", "the hotline
# is 1199", "the helpline for farmers is 1517", "the
# toll-free line 5757", "a toll-free number, 0861", "the utility's service number 133", "the
# emergency line 112"; "the number of calls", "a service of 40 buses" are no line)
# ... also with whom the line is for between them ("the hotline for tenants, 1471,", "a helpline for
# farmers on 1553")
RE_HOTLINE_BEFORE = re.compile(
    r"(?i:(?:hot|help)line|toll[- ]free (?:line|number)"
    r"|(?:service|customer|emergency|contact|phone|telephone|information) number"
    r"|(?:customer|emergency|information) line)"
    r"(?:(?:,| on| at| is| was)?| for (?:the )?[\w'’-]+(?: [\w'’-]+)?(?:,| on| at| is| was)) \Z"
)
# a free line's number as francophone desks name it in English, the "numéro vert" ("call the green
# line 13 13", "on the green number 800 11 22", "report it on the free line 155"), its earlier groups
# too, no noun after it (another line offered after "or" is none: "complaints go to the free line
# 155 or to 97 12 44 60"): "the Green Line 12 buses" counts a transit line's buses
GREEN_LINE_WORDS = ("green ", "free ")
RE_GREEN_LINE_BEFORE = re.compile(
    rf"\b(?:{'|'.join(GREEN_LINE_WORDS)})(?:line|number)(?:,| on| at)? (?:\d{{2,4}} ){{0,3}}\Z"
)
HOTLINE_REACH = 48  # characters before a number read for a line's name and whom it is for


def may_name_hotline(window: str) -> bool:
    """Whether RE_HOTLINE_BEFORE can match in `window` (a cheap test first): every match ends the
    window with a space and holds "line" or "number" in any case (the pattern's "i" also matches
    "ı" and "İ", which lowers to "i" and a combining dot)."""
    if window[-1:] != " ":
        return False
    low = window.lower()
    return "line" in low or "number" in low or "\u0131" in low or "\u0307" in low


# a percent sign or word (vocab.PERCENT_SIGNS) right after a number, glued ("15%") or spaced
PERCENT_AFTER = ("%", *(f" {sign}" for sign in PERCENT_SIGNS))
# an international prefix in brackets, with its area code, and the groups after it ("(+44 20) 7946
# 0000", "(+61) 2 9374 4000"): every group after the bracket is part of the phone number
RE_BRACKET_PREFIX_BEFORE = re.compile(r"\(\+\d{1,3}(?:[ -]\d{1,4}){0,2}\)(?: \d{1,4}){0,3} \Z")
# a short number offered as the other line to a phone number ("call 311 or (716) 555-0187", "on
# *315 or at 868-555-0122"), or to another line named before it ("the parks line 3110 or the
# council on 555-0163", "at 911 or Crime Stoppers at 555-HELP"): a phone number's groups, or a
# vanity number's letters, after the other line's name (a span of years, "2025-2026", is none)
# (a trunk "0" number in five pairs too, as French copy groups it: "dial 17 or 05 08 41 17 17")
PHONE_DIGITS = (
    r"(?!(?:19|20)\d\d-\d)(?:\(\d{3}\) ?\d{3}[-.]\d{4}|\+?\d{2,4}[ -]\d{3,4}(?:[ -]?\d{3,4})?|\d{3}-[A-Z]{4}"
    r"|0\d(?:[ .]\d\d){4})(?![\d-])"
)
RE_PHONE_AFTER_OR = re.compile(rf" or (?:(?:at|on) |(?:the )?(?:[\w'’-]+ ){{1,4}}(?:at|on) )?{PHONE_DIGITS}")
# a short number called or dialled ("call 311 to report it", "dial 999 in an emergency", "Call
# 911 now"), in the past tense too ("hikers dialled 999, the police said", "phoned 111 in the
# first hour", "rang 112"; late-money8): no noun after it ("call 12 witnesses", "called 150
# players" count)
# the last four letters of those verbs, of "dialling", "calling", "phoning" and of the past tense
DIAL_TAILS = frozenset(
    ("call", "dial", "text", "hone", "ring", "ling", "ning", "lled", "aled", "xted", "oned", "rang")
)
DIAL_VERBS = r"(?i:\b(?:call|dial|text|phone|ring)"  # the verbs of calling, opened for their endings
RE_DIAL_BEFORE = re.compile(
    rf"(?:{DIAL_VERBS}(?:l?ing)?)|(?i:\b(?:called|dial(?:l)?ed|texted|phoned|rang))) \Z"
)
# ... and a second short number given as the other choice after one dialled ("by calling 999, or 994
# from a mobile phone", "ring 105 or 0800 555 from abroad"; late-carry8)
RE_DIAL_OR_BEFORE = re.compile(
    rf"(?:{DIAL_VERBS}(?:l?ing|s)?)|(?i:\b(?:called|dial(?:l)?ed|texted|phoned|rang))) \d{{2,5}},? or \Z"
)
DIAL_LAST_LETTERS = frozenset("lLtTeEgGdD")  # how each verb of calling, its "-ing" and "-ed" end, in any case
DIAL_REACH = 10  # characters before a number read for a verb of calling ("phoning ")
# ... or for one with whom is called and "on" or "at" between them ("call the airline on ", "phone
# us at "): what follows is a number to dial too
RE_DIAL_ON_BEFORE = re.compile(rf"{DIAL_VERBS}(?:l?ing|s)?)\s+(?:[\w'’-]+\s+){{0,4}}(?:on|at)\s\Z")
DIAL_ON_REACH = 48
# ... and so is a number of three digits or more with no noun after it ("readers can call the desk
# on 41275.", "ring us at 5512 or write"), whom is called named in between: "called on 150 to
# resign" asks people, "call the desk on 40 occasions" counts
RE_DIAL_WHOM_ON_BEFORE = re.compile(rf"{DIAL_VERBS}(?:l?ing|s)?)\s+(?:[\w'’-]+\s+){{1,4}}(?:on|at)\s\Z")
# ... or a number a keyword is texted to, the keyword in capitals or quotes ("Text DONATE to 70070",
# "text the word 'FLOOD' to 88600"), or a line said to be on it ("the forecast line is on 27100",
# "its advice line on 4455"); no noun after it ("sent texts to 400 voters" counts)
RE_TEXT_KEYWORD_BEFORE = re.compile(
    r"\b[Tt]ext(?:ing)?\s+(?:the\s+word\s+)?(?:[A-Z]{2,}\b|['‘\"“][^'’\"”\n]{1,20}['’\"”])\s+to\s\Z"
)
TEXT_KEYWORD_REACH = 48  # characters back to the verb "text" before the keyword
RE_LINE_ON_BEFORE = re.compile(r"\b[a-z]+\s+line\s+(?:(?:is|was|remains)\s+)?on\s\Z")
# ... or a number reached "toll-free" ("report it toll-free on 1199", "call toll-free at 0800"), or a
# short code an SMS is sent to ("send an SMS to 55444", "text message to 40404"), four digits or
# more there: "an SMS to 300 farmers" counts them
RE_TOLL_FREE_ON_BEFORE = re.compile(r"\b(?i:toll[- ]free)\s+(?:on|at)\s\Z")
RE_SMS_TO_BEFORE = re.compile(r"\b(?:SMS|sms|[Tt]ext\s+message)\s+to\s\Z")
# ... or a short code something to quote is sent or texted to, four digits or more: one's number
# or code ("sending their reference number to 4455", "text your ID number to 3030", "an SMS with
# their voter number to 8080") or a keyword after "the code" ("send the code EXAM to 6060"); no
# noun after it ("sent the number to 3000 households" counts)
RE_SENT_CODE_TO_BEFORE = re.compile(
    r"\b(?i:send|sends|sending|text|texts|texting|sms)\s+(?:[\w'’-]+\s+){0,4}"
    r"(?:(?i:number|code|PIN|ID)|(?i:code|word|keyword)\s+(?:[A-Z]{2,}\b|['‘\"“][^'’\"”\n]{1,20}['’\"”]))\s+to\s\Z"
)
SENT_CODE_REACH = 64  # characters back to the verb of sending before the number's or the keyword's name
# ... and a line named by its owner in the possessive ("call the ministry's line 5050 between 8
# a.m. and 2 p.m.", "the hospital's line 1515 is staffed"): three digits or more, no plural noun or
# per cent after them ("the network's line 300 trains" counts)
RE_OWNED_LINE_BEFORE = re.compile(
    r"\w['’]s\s+(?:(?:phone|telephone|free|toll-free|help|advice|information|emergency)\s+)?line\s\Z"
)
RE_OWNED_LINE_PLURAL_AFTER = re.compile(r"\s+(?!(?:is|was|has|as|this|its|his|thus|plus)\b)[a-z]+s\b")
# ... and a short number named as an emergency or a non-emergency line ("the 101 non-emergency
# number", "the 1737 emergency line"); "400 emergency service vehicles" counts vehicles
RE_EMERGENCY_LINE_AFTER = re.compile(
    r"\s+(?:non-)?emergency\s+(?:line|number|service|hotline)\b(?!\s+[a-z]{3,}s\b|[-‑])"
)
# ... and a short number of an emergency service named with it, as travel advice, embassy notices
# and safety copy list them: the service in brackets after it ("reached on 110 (police) and 118
# (ambulance)", "dial 117 (police), 144 (ambulance)"), or named before "on" ("reach the fire
# brigade on 112 and the ambulance service on 115"), or after "for" in a sentence of calling ("call
# 117 for the police and 144 for an ambulance"): the number names the line (rules, table 8), no
# noun after it ("110 police officers", "the police on 12 occasions", "recruited 110 for the
# police" with no verb of calling count)
EMERGENCY_SERVICES = (
    r"(?i:police|ambulances?|fire|fire\s+(?:brigade|service|department)|emergenc(?:y|ies)|medical\s+emergencies"
    r"|rescue|mountain\s+rescue|sea\s+rescue|coastguard|coast\s+guard|gendarmerie|civil\s+protection"
    r"|tourist\s+police|traffic\s+police)"
)
RE_SERVICE_IN_BRACKETS_AFTER = re.compile(rf" \({EMERGENCY_SERVICES}\)")
RE_SERVICE_ON_BEFORE = re.compile(
    rf"(?<![\w-]){EMERGENCY_SERVICES}(?:\s+(?:service|services|line))?\s+(?:on|at)\s\Z"
)
RE_FOR_SERVICE_AFTER = re.compile(rf" for (?:the |an |a )?{EMERGENCY_SERVICES}\b")
SERVICE_REACH = 40  # characters before a number read for the service named before "on"
SERVICE_CALL_REACH = 80  # characters before a number read for a verb of calling, with "for" after it
RE_CALLING = re.compile(rf"{DIAL_VERBS}(?:s|ed|l?ing)?)\b")
# ... and, before a service in brackets, also a line's or a number's word ("Emergency numbers: 110
# (police), 118 (ambulance)") or "reach" ("can be reached on")
RE_CALLING_OR_LINE = re.compile(
    rf"{DIAL_VERBS}(?:s|ed|l?ing)?)\b|(?i:\b(?:numbers?|lines?|hotlines?|reach(?:ed)?)\b)"
)


def service_line_number(body: str, start: int, end: int) -> bool:
    """Whether the short number at start:end is an emergency service's line named with it (above)."""
    if not 2 <= end - start <= 4 or not body[start:end].isdigit() or body[end : end + 1] not in " .,;":
        return False
    if body.startswith(" (", end) and RE_SERVICE_IN_BRACKETS_AFTER.match(body, end):
        return body[start - 4 : start] in (" on ", " at ") or bool(
            RE_CALLING_OR_LINE.search(body, max(0, start - SERVICE_CALL_REACH), start)
        )  # ("deployed 110 (police)" counts officers)
    if body[start - 4 : start] in (" on ", " at ") and RE_SERVICE_ON_BEFORE.search(
        body, max(0, start - SERVICE_REACH), start
    ):
        return RE_NO_NOUN_AFTER.match(body, end) is not None
    return (
        body.startswith(" for ", end)
        and RE_FOR_SERVICE_AFTER.match(body, end) is not None
        and RE_CALLING.search(body, max(0, start - SERVICE_CALL_REACH), start) is not None
    )


# the digits in brackets after a vanity number ("555-HELP (4357)"): the same number spelt in digits
RE_VANITY_BEFORE = re.compile(r"\d{3}-[A-Z]{4} \(\Z")
# a short code after a star, as mobile networks and utilities give them ("report a fault on *462"):
# after a space, with no "#" (which "*151#" has, above)
RE_STAR_CODE_BEFORE = re.compile(r"(?:^|\s)\*\Z")
# (an adverb of the call also: "dial 111 rather than go to A&E", "ring 999 first", "call 116 123
# free"; not a counted noun, "called 111 witnesses")
RE_NO_NOUN_AFTER = re.compile(
    rf"(?:[.,;:!?)]|\s+(?:to|or|for|in|if|and|now|immediately|from|with|at|when|rather|instead|first|free|straight"
    rf"|urgently)\b(?![\w-])(?!\s+(?:\d|(?i:{WORD_NUMBER})\b))|\s*\Z)"
)

# a service known by its short number ("Text to 988": the text line of an emergency
# service), or numbers of lines named between "toll-free" and "line" ("the toll-free 1919 and 1800
# lines", "its toll-free 1919 number"; late-money8): no row (rules, table 8); "the toll-free
# line took 300 calls" and "text 40 voters" count
RE_TEXT_SERVICE_BEFORE = re.compile(r"\bText\s+(?:with|to)\s\Z")
RE_FREE_LINES_BEFORE = re.compile(r"\b(?i:toll[- ]free|freephone)\s+(?:\d{2,4}(?:,\s*|\s+(?:and|or)\s+))*\Z")
RE_LINES_AFTER = re.compile(r"(?:(?:,\s*|\s+(?:and|or)\s+)\d{2,4})*\s+(?:lines?|numbers?|hotlines?)\b")
SERVICE_NUMBER_REACH = 40  # characters before a number read for "toll-free" and the numbers before it


def service_number(body: str, start: int, end: int) -> bool:
    """Whether the short number at start:end names a service or its line (above): "Text to 988",
    "the toll-free 1919 and 1800 lines"."""
    if not 2 <= end - start <= 4 or not body[start:end].isdigit():
        return False
    if body[start - 1 : start] == " " and body[start - 2 : start - 1] in ("h", "o"):  # (the cheap test first)
        if RE_TEXT_SERVICE_BEFORE.search(body, max(0, start - 12), start):
            return RE_NO_NOUN_AFTER.match(body, end) is not None
    return (
        "free" in body[max(0, start - SERVICE_NUMBER_REACH) : start].lower()  # (the cheap test first)
        and RE_FREE_LINES_BEFORE.search(body, max(0, start - SERVICE_NUMBER_REACH), start) is not None
        and RE_LINES_AFTER.match(body, end, end + SERVICE_NUMBER_REACH) is not None
    )


DIALLED_REACH = 24  # characters before a number read for a verb of calling or "toll-free on"


def dialled_number(body: str, start: int, end: int) -> bool:
    """Whether the number at body[start:end] is one to dial: a verb of calling (RE_DIAL_BEFORE) or
    "toll-free on" (RE_TOLL_FREE_ON_BEFORE) right before it, and no noun after it (RE_NO_NOUN_AFTER):
    "dial 1919 from any phone", "toll-free on 1920."."""
    before = body[max(0, start - DIALLED_REACH) : start]
    return (
        before[-1:].isspace()
        and (before[-2:-1] in DIAL_LAST_LETTERS or before[-3:-1] in ("on", "at"))  # (the cheap test first)
        and (RE_DIAL_BEFORE.search(before) is not None or RE_TOLL_FREE_ON_BEFORE.search(before) is not None)
        and RE_NO_NOUN_AFTER.match(body, end) is not None
    )


# a short line offered after a phone number, the other line's name between them ("ring the help
# desk at 555-210-8127 or Parks Line at 311"), or a service named in lower case after "and" or "or"
# ("on 061 290 2000 and the ambulance on 211 111") when no noun follows the second number ("and the
# council on 300 beds" counts beds)
RE_LINE_AFTER_PHONE = re.compile(
    r"\d{3,4}[-. ]\d{3,4}\s+(?:or\s+(?P<name>(?:(?:the\s+)?[A-Z][\w'’-]*\s+){1,4})"
    r"|(?:or|and)\s+the\s+(?:[a-z][\w'’-]*\s+){1,3})(?:at|on)\s\Z"
)
PHONE_REACH = 60  # characters before a number read for the phone number and line name before it
# ... also the time zones wire copy writes after a 24-hour clock time ("by 1027 GMT", "a call at
# 1315 CET", "opens at 0915 EST"); not three-letter words a count may stand before ("CAT", "EAT")
# (the zones besides GMT and UTC: numbers.TIME_ZONES, read also by clock_before_zone)
# ... and the first clock time of a span whose "am" or "pm" is written on the second alone ("open
# 8.35-5pm", "10-4pm on Sundays", "6.20–11pm", "from 9 to 11 p.m."), as listings write opening hours
# (also joined by "and", "until" or "till": "between 7 and 9 a.m.", "from 6 until 10pm")
# (German copy's "Uhr", "noon" and "midnight" after a clock time too: "at 13.25 Uhr", "until 12 noon")
CLOCK_AFTER = (
    r"(?::\d\d|(?:[-–]|\s(?:to|and|until|till)\s)\d{1,2}(?:[.:]\d\d)?\s?(?:am|pm|a\.m\.|p\.m\.)(?!\w)"
    r"|\s?(?:am|pm|a\.m\.|p\.m\.|AM|PM|A\.M\.|P\.M\.|GMT|UTC|hrs|hours GMT|hours UTC|o'clock|Uhr|noon|midnight"
    rf"|{TIME_ZONES})(?!\w))"
)


def previous_word(before: str) -> str:
    """The word (letters and dots) just before trailing white space, or ""."""
    stripped = before.rstrip()
    if not stripped or not (stripped[-1].isalpha() or stripped[-1] == "."):
        return ""  # no word ends right there
    token = stripped.rsplit(None, 1)[-1]
    if token.replace(".", "").isalpha():  # letters and dots only (the common case): the whole token
        return token.lstrip(".")
    i = len(token)
    while i and (token[i - 1].isalpha() or token[i - 1] == "."):
        i -= 1
    word = token[i:]
    while word and not word[0].isalpha():
        word = word[1:]
    return word


URL_LOOKBACK = 200  # how far back a number's token is read for a web address (bounded: linear time)


def in_web_address(body: str, start: int) -> bool:
    """Whether a number sits inside a web address ("https://example.com/?q=30%25", "www.x.com/2020")."""
    token = body[max(0, start - URL_LOOKBACK) : start].rsplit(None, 1)[-1:]
    return bool(token) and ("://" in token[0] or token[0].lower().startswith("www."))


def is_phone_number_start(body: str, end: int) -> bool:
    """Whether the number ending at `end` opens a phone number of three hyphenated groups."""
    return body[end : end + 1] in "-." and bool(RE_PHONE_GROUPS_AFTER.match(body, end))


# the time zones wire copy writes after a 24-hour clock time ("closes at 2200 GMT"), on their own
RE_ZONE_AFTER = re.compile(rf" (?:GMT|UTC|{TIME_ZONES})(?!\w)")


def clock_before_zone(body: str, start: int, end: int) -> bool:
    """Whether four digits are a 24-hour clock time before a time zone ("at 2200 GMT", "by 1930
    CET"), which a year never stands before: hours to 23, minutes to 59."""
    number = body[start:end]
    return (
        len(number) == 4
        and number.isdigit()
        and int(number[:2]) <= 23
        and int(number[2:]) <= 59
        and RE_ZONE_AFTER.match(body, end) is not None
    )


def clock_digits(body: str, start: int, end: int) -> bool:
    """Whether a number before "hrs" is a clock time, as military and police copy writes one ("at
    0600 hrs", "18.00hrs"): four digits, or hours and minutes; "48 hrs" is a span of hours."""
    number = body[start:end]
    return len(number) == 4 and number.isdigit() or len(number) == 5 and number[2] in ".:"


# A telephone extension ("(664) 491-2365, ext. 2214", "call extension 4410 during office hours"):
# part of a phone number (rules, table 8); after the word "extension" only three digits or more
# that end the clause or go on with a preposition or a name ("extension 4410 during office hours",
# "extension 2290, Mr Tui"), so "an extension 12 months long" and "the line extension 400 households
# await" keep their figure.
RE_EXTENSION_BEFORE = re.compile(r"\b(?:[Ee]xtn?|EXTN?)\.?\s?\Z|\b(?P<word>[Ee]xtension)\s\Z")
RE_EXTENSION_END = re.compile(
    r"[.,;:!?)]|\s*\Z|\s+(?:during|between|from|to|for|or|and|on|at|in|if|before|after|until|weekdays)\b|\s+[A-Z(]"
)
# ... and an extension of any length right after a phone number's last group ("on 555-0142
# extension 3.", "020 7946 0321, ext. 4 or"): a phone number's part, as above (the phone number's
# last group right before the extension's word that RE_EXTENSION_BEFORE found)
RE_PHONE_BEFORE_EXTENSION = re.compile(r"\d{3,4}[-. ]\d{3,4},?\s\Z")
PHONE_EXTENSION_REACH = 28  # characters before an extension's digits read for the phone number


def is_extension(body: str, start: int, end: int) -> bool:
    """Whether the digits at body[start:end] are a telephone extension (see above)."""
    if not body[start:end].isdigit():
        return False
    window = body[max(0, start - 12) : start]
    if "xt" not in window and "XT" not in window:  # (what every match of the pattern holds)
        return False
    before = RE_EXTENSION_BEFORE.search(body, max(0, start - 12), start)
    if before is None:
        return False
    if RE_EXTENSION_END.match(body, end) and RE_PHONE_BEFORE_EXTENSION.search(
        body, max(0, start - PHONE_EXTENSION_REACH), before.start()
    ):
        return True  # "555-0142 extension 3": after a phone number, any length
    if end - start < 2:
        return False
    return before.group("word") is None or (
        end - start >= 3 and RE_EXTENSION_END.match(body, end) is not None
    )


# a word that puts a time of day before four digits and "hours" ("at 1545 hours", "until 0615
# hours"): a clock time; "1,730 hours" and "1630 hours of flying" are spans
RE_CLOCK_HOURS_BEFORE = re.compile(
    r"\b(?:at|by|until|till|from|before|after|around|since)\s\Z", re.IGNORECASE
)
RE_HOURS_OF_AFTER = re.compile(r"\s+hours\s+of\b")


def clock_hours(body: str, before: str, start: int, end: int) -> bool:
    """Whether four digits before " hours" are a clock time (see above)."""
    number = body[start:end]
    if len(number) != 4 or not number.isdigit() or int(number[:2]) > 23 or int(number[2:]) > 59:
        return False
    return bool(RE_CLOCK_HOURS_BEFORE.search(before)) and not RE_HOURS_OF_AFTER.match(body, end)


# an hour quoted alone with the word that places it ('would start "at 6"', '"by 10."'): a time of day
RE_QUOTED_HOUR_BEFORE = re.compile(r"[\"“](?i:at|by|from|until|till|after|before|around)\s\Z")
RE_QUOTED_HOUR_END = re.compile(r"[.,!?]?[\"”]")


def quoted_hour(body: str, before: str, start: int, end: int) -> bool:
    """Whether a whole hour (1 to 24) is quoted alone after the word that places it."""
    return (
        body[start:end].isdigit()
        and 1 <= int(body[start:end]) <= 24
        and bool(RE_QUOTED_HOUR_END.match(body, end))
        and bool(RE_QUOTED_HOUR_BEFORE.search(before))
    )


def _not_a_year(group: str) -> bool:
    """Whether a group of digits cannot read as a year (1800 to 2199)."""
    return len(group) != 4 or not 1800 <= int(group) <= 2199


# A phone number in three groups written apart by spaces, the first of four digits ("1300 555
# 019", an Irish or Australian freephone line; "0161 496 0123"): thousands grouped by spaces
# lead with at most three digits ("1 300 555"), so a four-digit group before two more is no amount
# (also with a middle group of two, "1890 22 4636", which no grouping of thousands has)
RE_THREE_SPACED_GROUPS = re.compile(r"(?<![\w,.\-‑])\d{4} \d{2,3} \d{3,4}(?![\w\-‑]|[,.]\d)")
THREE_GROUPS_REACH = 9  # characters before a group read for the first group of its number
# ... but a first group that reads as a year after a word placing a year, before thousands grouped
# by a space, is that year and a count after it, as local desks write a year opening a clause
# without a comma ("In 2019 12 200 homes", "By 2030 250 000 young people"; "call 2019 555 019",
# "on 1300 555 019" and a last group of four digits stay phone numbers)
RE_YEAR_PLACED_BEFORE = re.compile(
    r"(?<![\w-])(?i:in|by|since|until|till|from|before|after|during|through)\s\Z"
)


# A phone number in three or more spaced groups with a later group of two digits ("13 43 25 84",
# "0412 55 61 20", as Australian and European numbers are grouped): thousands grouped by spaces
# have three digits in every later group ("1 450 posts", "12 400 homes"), so a later pair of
# digits is no amount's; "13 or 43 people" and "aged 13 to 43" are no run of groups
RE_PAIRED_DIGIT_GROUPS = re.compile(r"(?<![\w,.\-‑])\d{2,4}(?: \d{2,4}){2,5}(?![\w\-‑]|[,.]\d)")
PAIRED_GROUPS_REACH = 16  # characters either side of a group read for the rest of its number


def paired_digit_groups(body: str, start: int, end: int) -> bool:
    """Whether the digits at start:end are a group of a phone number spaced in three or more
    groups, a later one of two digits (above)."""
    for found in RE_PAIRED_DIGIT_GROUPS.finditer(
        body, max(0, start - PAIRED_GROUPS_REACH), min(len(body), end + PAIRED_GROUPS_REACH)
    ):
        if found.start() <= start < found.end():
            return any(len(group) == 2 for group in found.group(0).split()[1:])
    return False


# A vanity number called or dialled, its digits and then a word in capitals ("call 13 HEALTH",
# "dial 1300 ROSES"): the number names the line; "call 13 NATO allies" has a noun after the word
RE_VANITY_WORD_AFTER = re.compile(r" [A-Z]{4,}(?=[.,;:)]| \(| or | to |\s*\Z)")
# A three-digit service line named by its number before the line's word ("the city's 311 app",
# "the 988 line", "a 211 helpline"): a name, as "Route 66" is (rules, table 8); "311 calls" and
# "911 people" are left to the counts
# ... also the emergency numbers other countries dial, with "emergency" before the line's word
# ("the 999 emergency line", "a 112 emergency number", "the 000 service"), or up to two other
# words saying what a line or helpline is for ("the 988 suicide crisis helpline", "the 211
# community line"; not "the 999 new service staff", whose service is no line)
EMERGENCY_NUMBERS = r"(?:[1-9]11|988|999|112|000|119)"
RE_SERVICE_NUMBER = re.compile(
    rf"(?<![\w,.$£€-]){EMERGENCY_NUMBERS}\s+(?:(?:[a-z]+(?:-[a-z]+)?\s+){{1,2}}(?=(?:help|hot)?line\b)|emergency\s+)?"
    r"(?:app|line|helpline|hotline|number|service"
    r"|system|website|portal|centre|center|operators?|dispatchers?)\b(?!\s+[a-z]{3,}s\b|[-‑])"
)  # not "the 511 service members"
# ... and one of those before the calls made to it, after a count or a word no count follows
# ("3,200 999 calls", "most 112 calls", "hoax 999 calls"), or before one call or caller ("a 911
# call", "the 999 caller"): the number names the line; "received 112 calls" and "the 112 calls"
# may count them
RE_EMERGENCY_CALLS_AFTER = re.compile(r" (?:(?P<one>call|caller)|calls|callers)\b(?![-‑])")
RE_CALLS_COUNT_BEFORE = re.compile(
    rf"(?:(?<![\w.,])\d[\d,]*|(?<![\w-])(?i:{WORD_NUMBER}|most|many|all|some|any|such|more|fewer|hoax|false"
    r"|prank|fake|nuisance|silent|genuine|abandoned|accidental|unnecessary|repeat))\s\Z"
)
CALLS_COUNT_REACH = 16  # characters before an emergency number read for its count or quantifier
RE_EMERGENCY_DIGITS = re.compile(EMERGENCY_NUMBERS)
# ... and one of those called, after "calls to" ("calls to 999 rose", "200 calls to 112 failed"): no
# noun after it ("calls to 300 homes" counts the homes)
RE_CALLS_TO_BEFORE = re.compile(r"\b[Cc]alls?\s+to\s\Z")
RE_EMERGENCY_NUMBER = re.compile(rf"{EMERGENCY_NUMBERS}(?!\s+[a-z]{{3,}}s\b)\b")
# A 24-hour clock time written with a point ("leaves at 21.55", "the 07.45 from the city"): hours
# to 23 in two digits, minutes to 59, after "at", "from", "until" or "by" or before "from" or
# "service", in a sentence of a timetable (a departure, a train, a bus, a ferry, a flight, a
# kick-off) or of an event's hours (its gates or doors, polls, a curfew, a match, a concert, the
# curtain: "doors open at 18.30"); "shares closed at 21.55" has no such word near it and keeps its
# number
# (... or "between", or the second of two such times after "to", "and" or a dash: "from 9.00 to
# 16.00", "between 7.55 and 11.30", "7.10-16.35", and an office's or a shop's opening hours are
# such a sentence too: "open from 8.00 to 15.30", "opens at 7.55", "on weekdays", "opening hours";
# "the open market" opens no hours, and "bought at 6.48" there is a price)
# (... or a rough time's word after one of those, "rises at about 19.45", "ends at around 22.15";
# or a verb that moves hours and "to", "extended to 22.00", "brought forward to 17.30"; or an
# almanac's word right before it, "sunrise 09.52, sunset 15.04", "moonrise: 19.02")
RE_POINT_CLOCK_BEFORE = re.compile(
    r"(?:\b(?:at|from|until|till|by|before|after|the|between)\s(?:(?:about|around|approximately|roughly)\s)?"
    r"|\b(?:extended|moved|brought\s+forward|pushed\s+back|put\s+back|switched|changed)\s+(?:to|until)\s"
    r"|(?i:sunrise|sunset|moonrise|moonset|first\s+light|last\s+light|lighting-up\s+time):?\s"
    r"|\d[.:][0-5]\d(?:\s(?:to|and|until)\s|\s?[-–]\s?)"
    # ... or the time it replaces, after a first one ("leaves at 22.15 instead of 23.45")
    r"|\d[.:][0-5]\d,?\s(?:instead\s+of|rather\s+than)\s)\Z"
)
RE_TIMETABLE_CUE = re.compile(
    r"(?i:departures?|depart(?:s|ing)?|arriv(?:al|als|es?|ing)|train|bus|buses|ferry|ferries|flight"
    r"|timetable|kick-off|kickoff|kicks off|tip-off|service|gates|doors|polls|polling|curfew|curtain"
    r"|match|concert|ceremony|parade|opening hours|office hours|weekdays|weekends|shifts?\b"
    r"|(?:sun|moon)(?:rise|set)(?!\s+(?:clauses?|provisions?|reviews?|dates?|periods?|rules?|years?|industr))"
    r"|\b(?:rises|sets)\s(?:in\s+the\s+[\w-]+\s+)?(?:at|about|around|shortly|just)\b"
    r"|\bopens?\s(?:from|at|between|until|till|daily|on|every|\d)"
    # ... or a closing hour a venue must keep ("bars must close by 23.30", "shops will shut at
    # 22.00"; not a market's "closed at", a price), or licensing hours
    r"|\b(?:close|shut)\s+(?:by|at|before|from)\s|licensing\s+(?:rules|laws|hours)|last\s+orders)"
)
# "the 18.30 shift", "the 06.00 pilot shift", "the 21.00 news bulletin", "the 7.30 sitting", "the
# 4.15 ceremony": a clock time naming what starts at it, after "the" (a word of its kind perhaps
# between); "the 20.00 mark", "the 12.50 fare"
# name a level or a price
RE_POINT_CLOCK_NOUN_AFTER = re.compile(
    r"\s+(?:[a-z]+\s+)?(?:shifts?|news|bulletin|departure|sailing|crossing|kick-off|start|watch|sitting"
    r"|ceremony|screening|performance|matinee)\b(?!-)"
)
# a tide table's line, a clock time and then a height in metres ("high 04.12 3.9m and 16.40 4.1m",
# "at 06.33, 6.4m"), high or low water or tides named before it
RE_TIDE_HEIGHT_AFTER = re.compile(r",?\s\d{1,2}(?:\.\d{1,2})?\s?m(?!\w|\.\w)")
RE_TIDE_CUE = re.compile(r"(?i:\bhigh\b|\blow\b|\btides?\b|\btidal\b)")
# what may follow such a clock time: a clause mark, a function word or a timetable's noun
RE_POINT_CLOCK_AFTER = re.compile(
    r"(?:[,;:)]|\.(?!\d)|\s+(?:on|from|to|and|or|each|every|daily|until|in|at|the|for|will|would|is|was|has"
    r"|had|service|departure|train|bus|ferry|flight|sailing|kick-off"
    r"|instead|rather|under|during|sharp|tonight)\b|\s*\Z)"
)
TIMETABLE_REACH = 90  # characters either side of a clock time read for a timetable's word
# a bulletin's head, a date and then the clock time of its readings, ending the line ("WAITING
# TIMES, Tuesday 1 December, 9.00", "ROAD CONDITIONS, Dec. 2, 06.30"): the time of day, no figure
_MONTH = alternation(MONTHS)
RE_HEAD_DATE_BEFORE = re.compile(
    rf"(?:\b\d{{1,2}}\s+(?:{_MONTH})\.?|\b(?:{_MONTH})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?)(?:,?\s+\d{{4}})?,\s\Z"
)
RE_HEAD_CLOCK_END = re.compile(r"[ \t]*(?:\n|\Z)")
# (... and a race known by its off time at its course, as racing copy names it: "won the 2.30 at
# Kempton", "the 12.40 at Cheltenham")
RE_TRAIN_BY_HOUR_AFTER = re.compile(r"\s+(?:from|to|at)\s+[A-Z]")


def point_clock_time(body: str, before: str, start: int, end: int) -> bool:
    """Whether the number at start:end is a 24-hour clock time written with a point (above)."""
    number = body[start:end]
    if len(number) == 4 and number[1] == "." and (number[0] + number[2:]).isdigit():
        # a train known by its hour, one digit before the point, "the 8.15 from Brighton", "the 7.52
        # to Leeds": a time (the place after it capitalised)
        if before.endswith(("the ", "The ")) and RE_TRAIN_BY_HOUR_AFTER.match(body, end):
            return True
        hour = number[0]
    elif len(number) == 5 and number[2] == "." and (number[:2] + number[3:]).isdigit():
        hour = number[:2]
    else:
        return False
    if int(hour) > 23 or int(number[-2:]) > 59 or rate_base(body, end) is not None:
        return False  # "traded at 9.21 to the dollar": a rate (rate_bases.py), though "services" be near
    if before.endswith(", ") and RE_HEAD_CLOCK_END.match(body, end) and RE_HEAD_DATE_BEFORE.search(before):
        return True  # "WAITING TIMES, Tuesday 1 December, 9.00": a bulletin head's clock time
    if before.endswith(("the ", "The ")) and RE_TRAIN_BY_HOUR_AFTER.match(body, end):
        return True  # "the 12.40 at Cheltenham", "the 17.45 to Leeds": a race or a train by its time
    if len(number) == 5 and RE_TIDE_HEIGHT_AFTER.match(body, end):
        return RE_TIDE_CUE.search(body, max(0, start - TIMETABLE_REACH), start) is not None
    if before.endswith(("the ", "The ")) and RE_POINT_CLOCK_NOUN_AFTER.match(body, end):
        return True  # "the 18.30 shift": what starts at that time
    if not RE_POINT_CLOCK_BEFORE.search(before):
        return False
    if not RE_POINT_CLOCK_AFTER.match(body, end):
        return False  # "at 18.35 euros", "21.55km": a unit or a noun follows
    lo, hi = max(0, start - TIMETABLE_REACH), min(len(body), end + TIMETABLE_REACH)
    return RE_TIMETABLE_CUE.search(body, lo, hi) is not None


# "half past 7", "quarter to 10", "ten past 3": a clock's words before it make any number a time.
# A time of day in the hours news copy gives an event, a shop or a timetable: whole hours 1 to 12,
# hours and minutes ("7.20", "14.40", "14h30") or four digits ("1415"), alone or as a span ("open 8
# to 6", "from 11 until 2", "between 6 and 8"). It is a clock time (rules, table 8) when
#  - a word that places a time leads it ("at", "from", "until", "by", "between", "later than",
#    "open"; a span of hours that runs backwards, "8 to 6", "10 to 4", may follow any word), and
#  - a clock's words close it or the span: "at 9 sharp", "at 1415 local time", "10.00 WIB", "14.40
#    WITA", "from 6 until 11 at night", "between 6 and 8 in the evening", "at 11 this morning";
#  - or nothing but a clause mark or a function word follows it or the span, and the words near it
#    name a time of day's business: opening, closing, arriving, leaving or starting, doors,
#    kick-off, trains, shops, the morning or the evening ("doors at 7,", "the museum closes at 5 on
#    Sundays"), or the span, of hours and minutes, runs backwards ("from 8.35 to 3.05"), or a day
#    is named near a span that runs backwards or a time on the hour ("from 9 to 5 on Saturday",
#    "by 11.00 on Monday"; "the toll stood at 9 on Monday" is neither: a count).
# Not: a unit or a noun after it ("open 8 to 10 new stores", "from 9 to 5 percent", "rose 9 to
# 5,370", "at 11.00 euros", "7.35 metres"), a change from one level to another ("shifts rose from 6
# to 8 in the year"), an age's or a tally's words before it ("aged 9 to 11", "voted 9 to 5"), a
# market's close ("the stock closed at 5.70 on Monday", "the rouble sold at 9.48": a price; hours
# and minutes near a market's word), hours past 12 without minutes.
RE_CLOCK_SHAPE = re.compile(r"(?:1[0-2]|[1-9])(?:[.:][0-5]\d)?|(?:[01]\d|2[0-3])(?:[.:h]?[0-5]\d)")
RE_CLOCK_WORDS_AFTER = re.compile(
    r"\s+(?:sharp|local\s+time|WIB|WITA|WIT|tonight|at\s+night"
    r"|(?:in\s+the|this|that|on\s+\w+|each|every)\s+(?:morning|afternoon|evening|night)\b"
    r"(?!\s+(?!(?:on|and|at|to|when|for|with|from|before|after|until|in|the)\b)[a-z])"
    r"|the\s+(?:next|following)\s+(?:morning|afternoon|evening|night|day)\b)"
)  # not "in the evening league", where the words name a noun's kind ("by 10 the next day" is a time)
# "about" or "around" before an hour those words close, opening the sentence or after a time's verb
# ("Around 3 in the afternoon the crowd", "arrived about 7 that evening"); not after a count's
# verb ("killed about 9 in the morning, police said")
RE_CLOCK_ROUGHLY_BEFORE = re.compile(r"(?:\A|[.!?]\s+|,\s+|\n)(?i:about|around)\s\Z")
RE_CLOCK_ROUGHLY_LEAD = re.compile(r"\b(?i:about|around)\s\Z")
RE_CLOCK_WORDS_BEFORE = re.compile(
    r"\b(?:half\s+past|quarter\s+(?:past|to)|(?:five|ten|twenty|twenty-five)\s+past"
    r"|at\s+(?:five|ten|twenty|twenty-five)\s+to)\s\Z",
    re.IGNORECASE,
)
# A time of day in words, with no digits (rules, table 8: clock times): a number word before
# "o'clock", "noon" or "midnight" ("by two o'clock", "at twelve noon"); the minutes before "past"
# and an hour word ("at ten past nine"), or before "to" and an hour word that ends its clause,
# after a word that places a time ("by five to four."); the hour after the minutes is read by
# RE_CLOCK_WORDS_BEFORE ("half past six", "a quarter to seven")
HOUR_WORDS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
MINUTE_WORDS = "five|ten|twenty|twenty-five"
RE_CLOCK_WORD_AFTER = re.compile(r"\s*o['’]clock\b|\s+(?:noon|midnight)\b", re.IGNORECASE)
RE_MINUTES_PAST_HOUR = re.compile(rf"(?:{MINUTE_WORDS})\s+past\s+(?:{HOUR_WORDS})(?![\w-])", re.IGNORECASE)
RE_MINUTES_TO_HOUR = re.compile(
    rf"(?:{MINUTE_WORDS})\s+to\s+(?:{HOUR_WORDS})(?=[,.;:!?)]|\s*\Z|\s+(?:on|in|at|and|this|that|sharp|tonight)\b)",
    re.IGNORECASE,
)
RE_TIME_PLACED_BEFORE = re.compile(r"\b(?:at|by|until|till|before|after|around|about)\s\Z", re.IGNORECASE)


def clock_words(body: str, start: int, end: int) -> bool:
    """Whether the number word at start:end tells a time of day in words (see above)."""
    return bool(
        RE_CLOCK_WORD_AFTER.match(body, end)
        or RE_MINUTES_PAST_HOUR.match(body, start)
        or RE_MINUTES_TO_HOUR.match(body, start)
        and RE_TIME_PLACED_BEFORE.search(body, max(0, start - 8), start)
    )


# the word that places a time before the first (or only) number
RE_CLOCK_LEAD = re.compile(
    r"\b(?:at|from|until|till|by|between|before|after|(?:later|earlier)\s+than|open|opens|reopens?)\s\Z",
    re.IGNORECASE,
)
# the ends of those words, the ends of a span's first half or a clock's words, the starts of a
# span's second half: one of them stands next to every time read here
CLOCK_LEAD_TAILS = (
    " at ",
    " from ",
    " until ",
    " till ",
    " by ",
    " between ",
    " before ",
    " after ",
    " than ",
    " open ",
    " opens ",
    " reopen ",
    " reopens ",
    " about ",
    " around ",
    " roughly ",
)
CLOCK_SPAN_TAILS = (" to ", " and ", " until ", " till ", "-", "–", "- ", "– ", " past ")
CLOCK_SPAN_HEADS = (" to ", " and ", " until ", " till ", "-", "–", " -", " –")
# the second time of a span, and what follows the span
RE_CLOCK_SPAN_AFTER = re.compile(r"\s?[-–]\s?|\s+(?:to|and|until|till)\s+(?=\d)")
# the first time of a span, before the second
RE_CLOCK_OPENER = re.compile(
    r"(?<![\d.,])(\d{1,2}(?:[.:h][0-5]\d)?)(?:\s?[-–]\s?|\s+(?:to|and|until|till)\s+)\Z"
)
RE_CLOCK_END = re.compile(
    r"(?:[,;:)]|\.(?!\d)|\s+(?:on|from|to|and|or|each|every|daily|until|in|at|the|for|will|would|is|was"
    r"|are|were|with|when|but|after|before|sharp|local|tonight|Monday|Tuesday|Wednesday|Thursday|Friday"
    r"|Saturday|Sunday|weekdays|weeknights|weekends|most|some|nightly|this|today|tomorrow"
    r"|near|outside|inside|behind|opposite|beside|along)\b|\s*\Z)"
)  # ("open until 9 most nights", "at 7 this morning": when in the week or the day; "at 10.20 near the
# station": where)
# the words near it that name a time of day's business
RE_CLOCK_CUE = re.compile(
    r"(?i:\b(?:open(?:s|ed|ing)?|reopen(?:s|ed)?|clos(?:e|es|ing)|shuts?|starts?|started|begins?|began"
    r"|arriv(?:e|es|ed|al|ing)|leav(?:e|es|ing)|left|departs?|departed|resum(?:e|es|ed)|sets?\s+off"
    r"|doors|gates|kick-off|kicks?\s+off|trains?|bus|buses|ferry|flights?|shops?|stores?|curfew"
    r"|morning|afternoon|evening|night|lunch|daily|weekdays|weekends|timetable|service"
    r"|voting|turnout|work|works|worked|working|shifts?|meet|meets|meeting)\b)"
)  # (a working day's hours, "work from 9 to 5"; a poll's, "voting ends at 6"; a meeting's)
# a market's words: a price closes or opens at a number
RE_CLOCK_MARKET = re.compile(
    r"(?i:\b(?:shares?|stocks?|index|yields?|prices?|markets?|rates?|exchange|currency|traded|trading|sold"
    r"|bought|dollars?|euros?|pounds?|rupees?|roubles?|rand|cents?)\b)"
)
# ... and for whole hours, the words of a price alone ("shares opened at 7 on Tuesday")
RE_CLOCK_PRICE = re.compile(r"(?i:\b(?:shares?|yields?|prices?|traded|sold|bought)\b)")
# the words before a time's leading word that make the number another figure: an age, a vote or a
# score's tally, a price traded at ("aged 9 to 11", "voted 9 to 5", "won 9 to 5", "sold at 9")
# the words after a change's verb that lead the levels it runs between ("rose from 6 to 8", "cut by
# 5"); a change at a time ("the ban was lifted at 9 on Monday") is none
CHANGE_LEVEL_LEADS = frozenset(("from", "by", "between"))
CHANGE_REACH = 4  # words before such a lead read for the change's verb ("lifted its squad from 6 to 8")
CLOCK_VETO_WORDS = frozenset(
    (
        "aged",
        "ages",
        "voted",
        "won",
        "lost",
        "beat",
        "led",
        "sold",
        "bought",
        "traded",
        "fetched",
        "quoted",
        "priced",
        "valued",
    )
)
RE_CLOCK_DAY = re.compile(
    r"\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days?|each day|every day|today|tomorrow)\b"
)
RE_MINUTES = re.compile(r"\d[.:h][0-5]\d")  # a time written with its minutes
# a time's words that place an hour near it or roughly ("shortly after 11 the police arrived", "just
# after 9", "at about 4 the storm reached the coast", "by around 10"): a time of day with no
# business word near it, where a clause's end follows (not "at about 10 sites", "shortly after 6
# weeks"); not after a level's verb ("the toll stood at about 9") or near a market's words ("the
# index closed at about 10"), nor two digits past 12
RE_CLOCK_NEAR_LEAD = re.compile(
    r"(?i:(?:shortly|just|soon|sometime|some\s+time|moments|minutes|a\s+little|not\s+long)\s+(?:after|before)"
    r"|(?:at|from|until|by)\s+(?:about|around|roughly))\s\Z"
)
CLOCK_NEAR_REACH = 24  # characters before the number read for those words
LEVEL_VERBS = LEVEL_AT_VERBS | frozenset(("put", "estimated"))  # "the toll was put at about 9"
# a sentence opened by "At 10," ("At 10, the meeting was adjourned"): an hour of the day where the
# clause after it reads no level ("At 12, the toll is the highest since 2019" restates a count) and
# no person by a pronoun ("At 3, the youngest, she was reading": an age); an age the ages module
# reads after it ("At 10, she left school") keeps its row
RE_OPENING_AT_HOUR_BEFORE = re.compile(r"(?:\A|[.!?\n][\"”’']?\s+|\n)At\s\Z")
RE_PERSON_CLAUSE = re.compile(r"[^.!?;\n]{0,80}?\b(?:he|she|I|his|her|him)\b")
RE_LEVEL_CLAUSE = re.compile(
    r"[^.!?;\n]{0,80}?\b(?:highest|lowest|most|least|biggest|largest|smallest|more|fewer|less|greater"
    r"|higher|lower|record|total|toll|tally|number|figure|count|rate|level|score|points?|per\s+cent"
    r"|percent)\b"
)
# ... and where the clause's verb is a proceeding's, which happens at an hour, not in a life ("At 11,
# the judge called a short recess", "At 10, he adjourned the hearing"; "At 11, she left school" is an
# age), not after a verb of being ("At 11, she was called up")
PROCEEDING_VERBS = frozenset(
    """adjourned adjourns called calls convened reconvened resumed suspended announced declared addressed
    ordered briefed halted""".split()
)
RE_EVENT_CLAUSE = re.compile(
    r"[^.!?;\n]{0,40}?(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bbe )(?<!\bis )\b(?:"
    + "|".join(sorted(PROCEEDING_VERBS))
    + r")\b"
)
CLOCK_REACH = 60  # characters either side of a time read for its business
# hours and minutes ("7.45", "10.20") after a word that places a time, a clause's end or a place after
# them: a clock time with no business word near it ("the committee will meet at 7.45 on Monday", "at
# 10.20 near the station"); not after a level's verb ("the ratio stood at 2.30") nor near a market's
# words ("the index closed at 7.45")
MINUTES_LEADS = frozenset(("at", "by", "until", "till", "before", "after", "from"))
# a whole hour after "until" or "till" that ends its clause ("fought the blaze until 7."): a time
UNTIL_LEADS = frozenset(("until", "till"))
RE_UNTIL_HOUR_END = re.compile(
    r"[,;:)]|\.(?!\d)|\s*\Z|\s+(?:on|in|at|when|each|every|tonight|today|tomorrow|the\s+next)\b"
)


def _hour(number: str) -> int:
    """The hour of a clock-shaped number ("7.20" -> 7, "1415" -> 14, "8" -> 8)."""
    if number.isdigit():
        return int(number[:2]) if len(number) == 4 else int(number)
    return int(re.split(r"[.:h]", number, maxsplit=1)[0])


def _clock_span_end(body: str, start: int, end: int) -> tuple[int, bool]:
    """The end of the span a clock-shaped number opens ("8 to 6", "6 and 8"), or `end` itself, and
    whether the span's hours run backwards."""
    span = RE_CLOCK_SPAN_AFTER.match(body, end)
    if span is None:
        return end, False
    second = RE_CLOCK_SHAPE.match(body, span.end())
    if second is None or body[second.end() : second.end() + 1].isdigit():
        return end, False
    return second.end(), _hour(second.group(0)) < _hour(body[start:end])


def event_clause(body: str, at: int) -> bool:
    """Whether the clause from `at` has a proceeding's verb (RE_EVENT_CLAUSE): an hour's business."""
    return RE_EVENT_CLAUSE.match(body, at) is not None


# A place's or a service's hours named, then the times they run, a list of spans of bare hours
# ("Visiting hours at the prison are 10 to 12 and 2 to 4", "Opening hours: 9 to 5", "clinic hours
# are 8 to 12, 1 to 4"): clock times (rules, table 8); "for 2 to 4 hours" has its unit after it
RE_OPENING_HOURS_BEFORE = re.compile(
    r"(?i:\b(?:visiting|opening|office|clinic|surgery|business|trading|shop|store|library|museum|school"
    r"|counter|banking|polling|voting|consultation|reception|service|working|court|registry)\s+hours"
    r"(?:\s+[\w'’-]+){0,4}?(?::|\s+(?:are|were|will\s+be|remain|run|runs))\s+"
    r"(?:\d{1,2}(?:[.:][0-5]\d)?\s*(?:to|until|till|-|–|and|,)\s*(?:and\s+)?){0,5}\Z)"
)
OPENING_HOURS_REACH = 90  # characters before a time read for the hours named and the spans before it


def opening_hours(body: str, start: int, end: int) -> bool:
    """Whether the bare hour at start:end is one of the times of a place's or a service's hours
    named before it (RE_OPENING_HOURS_BEFORE), with no noun or unit after its span."""
    window = body[max(0, start - OPENING_HOURS_REACH) : start]
    if "hours" not in window.lower() or _hour(body[start:end]) > 24:
        return False
    if RE_OPENING_HOURS_BEFORE.search(window) is None:
        return False
    span_end, _ = _clock_span_end(body, start, end)
    return (
        RE_CLOCK_END.match(body, span_end) is not None
        or RE_CLOCK_WORDS_AFTER.match(body, span_end) is not None
    )


def is_clock_hour(body: str, start: int, end: int, *, spans: bool = True) -> bool:
    """Whether the number at start:end is a time of day, alone or opening or closing a span of
    hours (see above); `spans` False reads it as a span's first time without looking further back
    (a chain "1 to 2 to 3" is read once per number)."""
    number = body[start:end]
    shape = RE_CLOCK_SHAPE.fullmatch(number)
    if shape is None and not (
        number.isdigit()
        and len(number) == 2
        and body[end : end + 1] == "h"
        and RE_CLOCK_SHAPE.fullmatch(body, start, end + 3)
    ):
        return False
    before = body[max(0, start - 40) : start]
    if before[-1:] == " " and opening_hours(body, start, end):
        return True  # "Visiting hours are 2 to 4 and 6 to 8": the times of a place's hours
    if not (
        (" " + before[-10:].lower()).endswith(CLOCK_LEAD_TAILS)
        or before.endswith(CLOCK_SPAN_TAILS)
        or body.startswith(CLOCK_SPAN_HEADS, end)
    ):
        return False  # no word that places a time, no span and no clock's word before it (the cheap test)
    opener = RE_CLOCK_OPENER.search(before) if spans else None
    if opener is not None and RE_CLOCK_SHAPE.fullmatch(opener.group(1)):
        # the second time of a span: read the span from its first number
        first_start = start - len(opener.group(0))
        return is_clock_hour(body, first_start, first_start + len(opener.group(1)), spans=False)
    if before.endswith((" past ", " to ")) and RE_CLOCK_WORDS_BEFORE.search(before):
        return True
    span_end, backwards = _clock_span_end(body, start, end)
    closed = RE_CLOCK_WORDS_AFTER.match(body, span_end) is not None
    if not closed and not RE_CLOCK_END.match(body, span_end):
        return False  # "open 8 to 10 new stores", "at 11.00 euros": a noun or a unit follows
    lo, hi = max(0, start - CLOCK_REACH), min(len(body), span_end + CLOCK_REACH)
    if (len(number) <= 2 or not number.isdigit()) and _hour(number) <= 12:
        near = RE_CLOCK_NEAR_LEAD.search(before, max(0, len(before) - CLOCK_NEAR_REACH))
        if near is not None:
            word = previous_word(before[: near.start()]).lower()
            return (
                word not in CLOCK_VETO_WORDS
                and word not in LEVEL_VERBS
                and RE_CLOCK_MARKET.search(body, lo, hi) is None
            )  # "shortly after 11 the police arrived", "at about 4 the storm"
        if (
            body.startswith(",", span_end)
            and before.endswith("At ")
            and RE_OPENING_AT_HOUR_BEFORE.search(before)
            and not RE_LEVEL_CLAUSE.match(body, span_end + 1)
            and (not RE_PERSON_CLAUSE.match(body, span_end + 1) or RE_EVENT_CLAUSE.match(body, span_end + 1))
        ):
            return True  # "At 10, the meeting was adjourned": an hour opening the sentence
    lead = RE_CLOCK_LEAD.search(before, max(0, len(before) - 20))
    if lead is None and closed and (roughly := RE_CLOCK_ROUGHLY_LEAD.search(before)):
        return bool(
            RE_CLOCK_ROUGHLY_BEFORE.search(before)
            or RE_CLOCK_CUE.fullmatch(previous_word(before[: roughly.start()]))
        )  # "Around 3 in the afternoon the crowd dispersed", "arrived about 7 that evening"
    if lead is None and not (backwards and before[-1:] == " "):
        return False  # ("killed 9 in the morning raid" has no word that places a time)
    word = previous_word(before[: lead.start()] if lead is not None else before).lower()
    levels = lead is None or lead.group(0).split()[0].lower() in CHANGE_LEVEL_LEADS
    if word in CLOCK_VETO_WORDS or (
        levels
        and any(
            w.lower().strip(",") in CHANGE_WORDS
            for w in (before[: lead.start()] if lead else before).split()[-CHANGE_REACH:]
        )
    ):
        return False  # "rose from 6 to 8", "aged 9 to 11", "voted 9 to 5", "sold at 9" (not "lifted at 9")
    if closed:
        return True
    minutes = RE_MINUTES.search(body, start, span_end) is not None
    lead_word = lead.group(0).split()[0].lower() if lead is not None else ""
    if minutes and lead_word in MINUTES_LEADS and word not in LEVEL_VERBS:
        # "meet at 7.45 on Monday", "at 10.20 near"; near a market's words, only after a proceeding's
        # verb ("trading was halted at 2.15 after the index fell")
        return word in PROCEEDING_VERBS or RE_CLOCK_MARKET.search(body, lo, hi) is None
    if lead_word in UNTIL_LEADS and span_end == end and RE_UNTIL_HOUR_END.match(body, end):
        return RE_CLOCK_PRICE.search(body, lo, hi) is None  # "fought the blaze until 7."
    if (
        RE_CLOCK_CUE.search(body, lo, hi) is None
        and not (backwards and minutes and lead is not None)
        and not ((backwards or number.endswith("00")) and RE_CLOCK_DAY.search(body, lo, hi))
    ):
        return False
    if "." in number or ":" in number:
        return RE_CLOCK_MARKET.search(body, lo, hi) is None
    # ("shares opened at 7": a price; "markets open at 9": a time)
    return RE_CLOCK_PRICE.search(body, lo, hi) is None


def three_spaced_groups(body: str, start: int, end: int) -> bool:
    """Whether the digits at start:end are a group of a phone number in three spaced groups."""
    found = RE_THREE_SPACED_GROUPS.search(body, max(0, start - THREE_GROUPS_REACH), end + THREE_GROUPS_REACH)
    return (
        found is not None and found.start() <= start < found.end() and not _year_before_thousands(body, found)
    )


def _year_before_thousands(body: str, found: re.Match[str]) -> bool:
    """Whether three spaced groups are a year a word places and a number grouped by a space after
    it (see RE_YEAR_PLACED_BEFORE), not a phone number."""
    first, _, last = found.group(0).split(" ")
    return (
        len(last) == 3
        and not _not_a_year(first)
        and RE_YEAR_PLACED_BEFORE.search(body, max(0, found.start() - 8), found.start()) is not None
        and not _dialled(body, found.start())
    )


def spaced_phone_group(body: str, before: str, start: int, end: int) -> bool:
    """Whether the digits at start:end are one of two groups of a phone number written apart by a
    space, the later group of four digits and the first of three or four that is no year ("800
    7315", "4172 6050"), or any such first group right after a verb of calling ("call 2041 7730",
    as eight-digit lines are written); thousands grouped by spaces ("62 000") have three-digit
    groups."""
    digits = body[start:end]
    if not digits.isdigit() or not 3 <= len(digits) <= 4:
        return False
    if len(digits) == 4 and before[-1:] == " " and RE_GROUP_END.match(body, end):
        first = RE_SPACED_GROUP_BEFORE.search(before)
        if first is not None and (_not_a_year(first.group(1)) or _dialled(body, start - len(first.group(0)))):
            return True
    return (
        (_not_a_year(digits) or _dialled(body, start))
        and bool(RE_SPACED_GROUP_AFTER.match(body, end))
        and (start == 0 or not (body[start - 1].isalnum() or body[start - 1] in ",.-‑"))
    )


def dialled_spaced_groups(body: str, start: int, end: int) -> bool:
    """Whether the digits at start:end open a phone number of two spaced groups right after a verb
    of calling ("call 2041 7730"), though they read like a year."""
    return bool(RE_SPACED_GROUP_AFTER.match(body, end)) and _dialled(body, start)


def _dialled(body: str, start: int) -> bool:
    """Whether a verb of calling and one space stand right before `start` ("call ", "dial ",
    "phoning "), or such a verb, whom it calls and "on" or "at" ("call the desk on "): what follows
    is a number to dial, even when its first group reads like a year."""
    return bool(
        body[start - 1 : start] == " "
        and body[start - 2 : start - 1] in DIAL_LAST_LETTERS  # (the cheap test first)
        and RE_DIAL_BEFORE.search(body, max(0, start - DIAL_REACH), start)
        or body.endswith((" on ", " at "), 0, start)
        and RE_DIAL_ON_BEFORE.search(body, max(0, start - DIAL_ON_REACH), start)
    )
