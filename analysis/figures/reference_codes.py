"""Reference codes: digits of codes and references: code words ("ZIP code 90210"), batch codes,
sections and subsections of laws, provisions cited, lists' item numbers, registry and docket
numbers, catalogued bodies, market indices' names ("FTSE 250"), auction lots and numbers drawn."""

from __future__ import annotations

import re

from .. import measures as units
from ..currencies import is_currency_code
from ..vocab import DURATION_UNITS, MARKET_INDEX_NUMBERS, PROVISION_WORDS, SCALE_WORDS
from .numbers import alternation
from .place_names import PERCENT_WORDS

# a letter hyphened after the digits ("Section 12-A", "Kh-55-b"), not the "a" of a rate hyphened
# to a span of time ("a 240,000-a-year target", "a 50-a-day limit")
HYPHEN_NAME_AFTER = r"[-‑][A-Za-z]\b(?![-‑][a-z])|[-‑][A-Z]"
# Words naming a code, in any case: a number right after them ("ZIP code 90210") or right before
# them ("the 10115 ZIP code", "call the 1717 hotline") is that code, not a figure; the plural
# counts ("500 postcodes", "two hotlines").
CODE_WORDS = (
    "ZIP code",
    "postcode",
    "post code",
    "postal code",
    "PIN code",
    "area code",
    "hotline",
    "helpline",
)
_CODE_WORD = rf"(?i:{alternation(CODE_WORDS)})".replace(r"\ ", r"\s+")
# "1/16", "1⁄32": a fraction (the fraction slash U+2044 too); "12/3": a code or a date
_CODE_WORD_AFTER = rf" {_CODE_WORD}\b"
# "3:1", "1:8", "85:1": a ratio's, a score's or a verse's first term, none a figure (rules, table 8;
# two digits after the colon read as a clock time below)
CODE_AFTER = rf"[/⁄:]\d|\s?[-–]\d{{3,}}|{_CODE_WORD_AFTER}"
RE_CODE_WORD_AFTER = re.compile(_CODE_WORD_AFTER)
# what stands before a digital object identifier ("DOI: 10.1016/..."): no figure is in it
DOI_BEFORE = ("DOI: ", "doi: ", "DOI:", "doi:", "DOI ", "doi ")
RE_CODE_WORD_BEFORE = re.compile(rf"(?<![\w-]){_CODE_WORD}\s\Z")
# a later group of a phone number or code: five digits or more, two groups before it, a "+" group
# or a trunk "0" group ("+92-51-9201234", "051-9201234"); "5-10W" is a range
RE_LATER_GROUP_BEFORE = re.compile(r"(?:\+\d+|\d+-\d+|(?<!\d)0\d*)-\Z")
# (a class or a model named by one capital, a slash and its number, "the J/70 fleet", "a J/109":
# a name, as sailing's one-design classes are written; not a degree's scale, "31°C/24°C": a
# forecast's high and low; a reference of two or three capitals, a slash and its number, "quoting
# reference RW/118", "file HB/204": a code, but not a unit's symbol after a number, "60 MW/240 MWh";
# late-units13)
RE_CODE_BEFORE = re.compile(r"\d[/:⁄]$|[#+№]$|(?<![\w/.&°-])[A-Z]/$|(?<![\w/.&°-])(?<!\d\s)[A-Z]{2,3}/$")
# a market index's name right before its number: "S&P 500", "s p 500", "Euro Stoxx 50" (a
# possessive's "s" is no letter of it: "Belgium's BEL 20")
RE_INDEX_BEFORE = re.compile(r"(?<![\w&'’])((?:[A-Za-z]&|[A-Za-z] )?[A-Za-z]+)\s\Z")
INDEX_NUMBERS = frozenset().union(*MARKET_INDEX_NUMBERS.values())  # every number an index is named with
# the last run of letters of every index name ("p" of "s&p"): a name before a number ends with one
INDEX_NAME_ENDS = tuple(sorted({re.findall("[a-z]+", name)[-1] for name in MARKET_INDEX_NUMBERS}))
# a small body of the solar system by its catalogue designation, a kind noun in lower case before
# it and its name or provisional code after it ("asteroid 99942 Apophis", "minor planet 4179
# Toutatis", "asteroid 2024 YR4"): digits inside a name (rules, table 8); "asteroid 3,170 more",
# "41,900 asteroids" quantify
CATALOGUED_BODY_WORDS = frozenset(("asteroid", "comet", "planetoid", "planet"))
RE_CATALOGUED_BODY_BEFORE = re.compile(  # a planet only a minor or a dwarf one
    rf"(?:\b(?:{'|'.join(sorted(CATALOGUED_BODY_WORDS - {'planet'}))})|\b(?:minor|dwarf)\s+planet)\s\Z"
)
RE_DESIGNATION_AFTER = re.compile(r" (?:[A-Z][a-z]|[A-Z]{2}\d*\b)")

# the numbers a lottery draws, listed after "winning numbers" or "numbers drawn": labels of balls,
# not quantities ("The winning numbers were 7, 19, 33 and 41")
# (... or a results line's, "Winning numbers: 03 – 11 – 17 – 26", the numbers joined by dashes)
# (... or with the draw's day or game between them and the colon or the verb: "Numbers drawn on 30
# November: 4, 11, 19", "Winning numbers in Saturday's draw: 3, 14", "The numbers drawn on Wednesday
# were 5, 18 and 23"; late-lists10)
RE_DRAWN_NUMBERS_BEFORE = re.compile(
    r"\b(?:(?:[Ww]inning|[Ll]ucky|[Dd]rawn)\s+numbers|[Nn]umbers\s+drawn)"
    r"(?:(?:\s+[^\s:;.!?]+){0,5}?(?:\s+(?:were|are|was|is)\b|\s*:))?\s*"
    r"(?:\d{1,2}(?:,?\s+(?:and\s+)?|\s[-–—]\s))*\Z"
)
DRAWN_REACH = 80  # characters before a drawn number read for the words that open the list


# two four-digit groups joined by a hyphen that are no span of years: a batch, lot or reference
# number ("batch 2025-0408", "lot 2025-1184"); "2019-2024" and "1,200-1,500" read as ranges
RE_FOUR_FOUR = re.compile(r"(?<![\w.,-])(\d{4})-(\d{4})(?![\w-]|[.,]\d)")


def is_batch_code(body: str, start: int, end: int) -> bool:
    """Whether a four-digit number is a group of a code "dddd-dddd" whose later group has a
    leading zero or is smaller than the first: no range of years or counts is written so."""
    if end - start != 4:
        return False
    if body[end : end + 1] == "-":
        m = RE_FOUR_FOUR.match(body, start)
    elif body[start - 5 : start - 4].isdigit() and body[start - 1 : start] == "-":
        m = RE_FOUR_FOUR.match(body, start - 5)
    else:
        return False
    return m is not None and (m.group(2)[0] == "0" or int(m.group(2)) < int(m.group(1)))


# The number of an item in a numbered list: one or two digits opening a line, then a full stop or
# a closing bracket and a space ("1. The bank raised ...", "2) Sales rose ...", "(3) Exports"); a
# label, not a quantity. Not "1.5 million people ..." (a digit after the stop) nor "12 people ..."
# (no mark after the number).
RE_LIST_MARK_AFTER = re.compile(r"[.)] +\S")
LIST_MARK_LEAD = " \t("  # what may stand between a line's start and its item number
LIST_MARKS = (".", ")")  # what follows an item's number
LIST_MARK_REACH = 8  # the most characters of indent and bracket read back before it


# A numbered section of minutes, an agenda, a report or a contract opening its line before its
# heading ("3.1 Waste management: ...", "4.2.1 Drainage works"): a label, a numbered position (rules,
# table 8); a figure opening a line goes on with a lower-case word, a unit, a percent or a scale
# word ("3.4 per cent of voters ...", "2.1 Percent of ...", "2.5 Million tonnes ...").
RE_SECTION_NUMBER = re.compile(r"\d{1,2}(?:\.\d{1,2}){1,3}\.? +([A-Z][a-z]+)\b")


def is_section_number(body: str, start: int, end: int) -> bool:
    """Whether the number at body[start:end] numbers a section opening its line (see above)."""
    heading = RE_SECTION_NUMBER.match(body, start)
    if heading is None or not body[end : heading.start(1)].strip(". ") == "":
        return False
    word = heading.group(1)
    if word.lower() in SCALE_WORDS or word.lower() in PERCENT_WORDS or units.unit_word(word) is not None:
        return False
    i = start
    while i and body[i - 1] in " \t":
        i -= 1
    return i == 0 or body[i - 1] == "\n"


# A provision's subsection or an item's part glued in brackets to its number, as laws and contracts
# cite them ("Section 12(3)", "Article 41(2)", "s.14(2)(b)"), or a provision's own number in
# brackets after its word ("Section (3) of the act", "Article (2)"): part of the citation, no figure.
RE_PROVISION_WORD_BEFORE = re.compile(r"(?P<word>[A-Za-z]+) \(\Z")


def is_subsection(body: str, start: int, end: int) -> bool:
    """Whether the number at body[start:end] stands in brackets glued to a citation's number, or
    in brackets after a provision's word (PROVISION_WORDS)."""
    if end - start > 3 or start < 2 or body[start - 1] != "(" or body[end : end + 1] != ")":
        return False
    if body[start - 2].isalnum():
        return True
    word = RE_PROVISION_WORD_BEFORE.search(body, max(0, start - 20), start)
    return word is not None and word.group("word").lower() in PROVISION_WORDS


# A label's number alone on its line at a paragraph's start before the label's title, as museum
# labels, catalogues and numbered entries print it ("1\nSafety lamp\nBrass, about 1905"): a label
# when the label before or after it is numbered so too (n - 1 or n + 1 alone on its line after a
# blank line) within LABEL_RUN_REACH characters; a fact box's value under its label line ("Deaths\n12")
# opens no paragraph, and a lone "12" before a title with no neighbour is left to the other rules.
LABEL_RUN_REACH = 1500


def is_label_line_number(body: str, start: int, end: int) -> bool:
    """Whether the digits at body[start:end] number a label, alone on their line in a run (above)."""
    if end - start > 2 or not body[start:end].isdigit() or not body[end + 1 : end + 2].isupper():
        return False
    if body[end : end + 1] != "\n" or start and body[max(0, start - 2) : start] != "\n\n":
        return False  # not alone on its line, or no paragraph's start
    number = int(body[start:end])
    return (
        body.find(f"\n\n{number + 1}\n", end, end + LABEL_RUN_REACH) >= 0
        or number > 1
        and (
            body.rfind(f"\n\n{number - 1}\n", max(0, start - LABEL_RUN_REACH), start) >= 0
            or start <= LABEL_RUN_REACH
            and body.startswith(f"{number - 1}\n")  # the text's first label
        )
    )


# the last part of a range of parts after a dotted reference code, as a museum's accession numbers
# write a set of objects ("(1992.3.1-4)", "1978.14.2-5"): three dotted groups or more before the
# hyphen make it a code, no range of figures ("1.5-2" and "2.4-3.1" have two groups at most)
RE_DOTTED_CODE_BEFORE = re.compile(r"(?<![\w.])\d{1,4}(?:\.\d{1,4}){2,}[-‑]\Z")
DOTTED_CODE_REACH = 20  # characters read back from the hyphen for the code


def dotted_code_part(body: str, start: int) -> bool:
    """Whether the number at `start` ends a range of parts after a dotted reference code (above)."""
    return RE_DOTTED_CODE_BEFORE.search(body, max(0, start - DOTTED_CODE_REACH), start) is not None


def is_list_number(body: str, start: int, end: int) -> bool:
    """Whether the digits at body[start:end] number an item of a list that opens a line."""
    if end - start > 2 or not body[start:end].isdigit() or not RE_LIST_MARK_AFTER.match(body, end):
        return False
    i = start
    while i > start - LIST_MARK_REACH and i and body[i - 1] in LIST_MARK_LEAD:
        i -= 1
    if body[i:start].count("(") > (body[end] == ")"):
        return False  # "(3)", "3)" or "3.", not "(3." nor "((3)"
    return i == 0 or body[i - 1] == "\n"


def catalogued_body(body: str, start: int, end: int) -> bool:
    """Whether the digits at start:end are an asteroid's or a comet's catalogue designation (see
    RE_CATALOGUED_BODY_BEFORE), a year in it too ("asteroid 2024 YR4")."""
    return (
        body[start:end].isdigit()
        and bool(RE_CATALOGUED_BODY_BEFORE.search(body, max(0, start - 16), start))
        and bool(RE_DESIGNATION_AFTER.match(body, end))
    )


def registry_number(word: str, digits: str) -> bool:
    """Whether five digits or more, ungrouped, after an abbreviation in two to four capitals are
    a registry's or a file's number ("registered as RC 731905", "case CR 55012"): news groups
    the thousands of a count ("2,860 people"), and a currency's code is an amount's sign."""
    return (
        2 <= len(word) <= 4
        and word.isalpha()
        and word.isupper()
        and digits.isdigit()
        and not is_currency_code(word)
    )


# an auction's lot in lower case set off by commas or brackets ("the sketch, lot 412, sold", "(lot
# 88)"), or before a sale's verb ("lot 12 sold for €4,000", "lot 7 fetched"): a label, not a count
RE_LOT_SET_OFF_BEFORE = re.compile(r"[,(]\s*lot\s\Z")
RE_LOT_SET_OFF_END = re.compile(r"\s*[,)]")
RE_LOT_SALE_AFTER = re.compile(
    r"\s+(?:sold|fetched|made|realised|realized|achieved|went\s+for|went\s+under|was\s+sold|was\s+knocked)\b"
)
RE_NOT_LOT_BEFORE = re.compile(r"\b(?i:a|parking|car)\s+lot\s\Z")  # "a lot", "the parking lot"


def auction_lot(body: str, before: str, end: int) -> bool:
    """Whether a number after a lower-case "lot" (`before` ends with it) names an auction's lot:
    set off by commas or brackets, or before a sale's verb (RE_LOT_SALE_AFTER)."""
    if RE_NOT_LOT_BEFORE.search(before):
        return False
    return bool(
        RE_LOT_SET_OFF_BEFORE.search(before)
        and RE_LOT_SET_OFF_END.match(body, end)
        or RE_LOT_SALE_AFTER.match(body, end)
    )


# the word right after a number
RE_WORD_AFTER = re.compile(r"\s+([A-Za-z]+)")


def provision_number(body: str, end: int) -> bool:
    """Whether the number after a provision word ending at `end` names a provision: no unit or
    time unit follows it ("a section 65 inquiry", not "a section 12 metres long")."""
    after = RE_WORD_AFTER.match(body, end)
    if after is None:
        return True
    word = after.group(1)
    return word.lower() not in DURATION_UNITS and units.unit_word(word) is None


def drawn_number(body: str, start: int) -> bool:
    """Whether a number is one of a lottery's drawn numbers listed after "winning numbers"."""
    reach = max(0, start - DRAWN_REACH)
    return body.find("umbers", reach, start) >= 0 and bool(RE_DRAWN_NUMBERS_BEFORE.search(body[reach:start]))


def code_word_before(before: str) -> bool:
    """Whether a word naming a code (CODE_WORDS, each ending in "code") and one white-space
    character end `before` ("ZIP code 90210")."""
    tail = before[-5:-1]  # ASCII letters match only their own two cases: other text cannot be "code"
    return (tail.lower() == "code" or not tail.isascii()) and bool(RE_CODE_WORD_BEFORE.search(before))


def beside_code_word(body: str, start: int, end: int) -> bool:
    """Whether a number stands right after or right before a word naming a code (CODE_WORDS):
    "ZIP code 90210", "the 2000 postcode"."""
    return bool(
        body[start - 1 : start].isspace()
        and body[start - 2 : start - 1] in ("e", "E")  # (the cheap test first: each ends in "code" or "line")
        and RE_CODE_WORD_BEFORE.search(body, max(0, start - 24), start)
        or RE_CODE_WORD_AFTER.match(body, end)
    )


# a provision's number in a citation of a law's sections, articles or clauses, with its
# subsection glued after it or after another number of the list ("Sections 115(2) and 351(3) of
# the Penal Code", "under sections 302, 307(1) and 34", "Articles 12 and 14 of the treaty"):
# every number of the list names a provision, as "Section 144" does (rules, table 8)
RE_CITED_PROVISIONS_BEFORE = re.compile(
    r"(?<![\w-])(?P<word>(?i:sections?|articles?|clauses?|ss?\.|arts?\.))\s+"
    r"(?P<list>(?:\d{1,4}[A-Z]?(?:\([\da-z]{1,4}\))*(?:,\s*|\s+(?:and|or|&)\s+))*)\Z"
)
RE_SUBSECTION_AFTER = re.compile(r"\([\da-z]{1,4}\)(?![\w-])")
PROVISION_LIST_TAILS = (", ", " and ", " or ", " & ")
CITED_REACH = 80  # characters before a number read for the provision's word and the list after it
# what follows a provision's number at the end of a citation ("and 14 of the treaty", "or 119.")
RE_CITATION_GOES_ON = re.compile(r"(?:,\s*|\s+(?:and|or|&)\s+)\d")  # "sections 302, 307(1)"
RE_CITATION_END = re.compile(r"[,;:)]|\.(?!\d)|\s*\Z|\s+(?:of|and|or|&|in|under|were|was|is|are)\b")


def cited_provision(body: str, start: int, end: int) -> bool:
    """Whether the number at start:end is a provision cited after its word (RE_CITED_PROVISIONS_BEFORE):
    its subsection glued after it, or, after a plural word ("Sections", "ss."), any number of the list
    before the citation goes on or ends."""
    cited = RE_CITED_PROVISIONS_BEFORE.search(body, max(0, start - CITED_REACH), start)
    if cited is None:
        return False
    if RE_SUBSECTION_AFTER.match(body, end):
        return True
    word = cited.group("word").lower()
    if not (word.endswith("s") or word == "ss."):
        return False  # "Under section 3, 40 officers": one provision, then a count
    if cited.group("list"):
        return RE_CITATION_END.match(body, end) is not None
    return RE_CITATION_GOES_ON.match(body, end) is not None


# a court's or an agency's file number that opens with its year, then a code in letters and a
# serial joined by hyphens ("Case number 2024-CR-1187", "docket 2023-CV-0412"): the year is part of
# the code, a name (rules, table 8), whatever word stands before it
RE_DOCKET_TAIL = re.compile(r"[-‑][A-Za-z]{1,5}[-‑]\d")


def docket_number(body: str, end: int) -> bool:
    """Whether the year ending at `end` opens a file number (RE_DOCKET_TAIL follows it)."""
    return RE_DOCKET_TAIL.match(body, end) is not None


def word_just_before(body: str, start: int) -> bool:
    """Whether an ASCII letter, then one white-space character, stand right before `start` (a
    cheap test that the name patterns before a number need)."""
    return (
        start >= 2 and body[start - 1].isspace() and body[start - 2].isascii() and body[start - 2].isalpha()
    )


# A listed company's code on its exchange, after "symbol", "ticker" or "stock code" ("listed under
# the symbol 2297", "trades under ticker 7203", "stock code 0700"): the company's name in digits
# (rules, table 8), a run of digits without separators
RE_TICKER_BEFORE = re.compile(r"(?i:\b(?:symbols?|tickers?|stock\s+codes?))(?::|\s+of)?\s\Z")
TICKER_REACH = 20  # characters before a number read for a ticker's word


def is_ticker_number(body: str, start: int, end: int) -> bool:
    """Whether the digits at start:end are a company's code on an exchange ("under the symbol 2297")."""
    return body[start:end].isdecimal() and bool(
        RE_TICKER_BEFORE.search(body, max(0, start - TICKER_REACH), start)
    )


def is_index_number(body: str, start: int, end: int) -> bool:
    """The number in a market index's name: "S&P 500", "FTSE 250", "Nikkei 225" (not "Nasdaq 16,000")."""
    text = body[start:end]
    if not (text.isdecimal() and int(text) in INDEX_NUMBERS) or not word_just_before(body, start):
        return False  # not a number any index is named with, or no name's letters right before it
    if not body[max(0, start - 12) : start - 1].lower().endswith(INDEX_NAME_ENDS):
        return False  # the word before ends no index's name (a cheap test before the pattern)
    found = RE_INDEX_BEFORE.search(body, max(0, start - 12), start)
    if found is None:
        return False
    numbers = MARKET_INDEX_NUMBERS.get(found.group(1).lower())
    return numbers is not None and int(text) in numbers
