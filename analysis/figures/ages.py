"""Ages: "aged 25", "under the age of 18", "the 31-year-old", "Ms Okafor, 44,", "men over 30".
An age is a count of years lived: unit "other", kind "count", "(unit: years of age)"."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from ..measures import unit_word
from ..vocab import (
    AGED_GOODS,
    ANIMAL_GROUP_NOUNS,
    ANIMAL_NOUNS,
    CLAUSE_BREAKS,
    LEVEL_AT_VERBS,
    MONTHS,
    OFFICE_HOLDER_NOUNS,
    PEOPLE_GROUP_NOUNS,
    PEOPLE_NOUNS,
    PEOPLE_NOUNS_UNLESS_OF,
    PERSON_NOUNS,
    ROUGH_WORDS,
    SHARE_NOUNS,
)
from . import numbers as N
from .amount_subjects import BUY_VERBS, SELL_VERBS
from .digit_groups import event_clause
from .figure import Figure
from .person_nouns import is_demonym_plural, is_person_noun
from .resolve import matches_at_word
from .sport_names import age_grade_team
from .subject_clauses import DAY_PARTS
from .unit_readings import AGE
from .words import LABEL_LINE_OPENING, has_person_ending, holds_any, is_agent_plural, is_person_agent

if TYPE_CHECKING:
    from ..extract import Scanner

AGE_SUBJECT = "age (unit: years of age)"
# Words that open a sentence or a clause and so are capitalised without being a name.
NOT_NAMES = frozenset(
    "In On At By For From To Of And But Or The A An As If When While After Before Since Until With".split()
)
PREPOSITIONS = frozenset("in on at from to of for near across outside inside into".split())
RE_WORD_BEFORE = re.compile(r"(\w+)\s+\Z")
# people nouns (vocab.PEOPLE_NOUNS) that name events or states, not persons who have an age
NOT_PERSONS = frozenset(
    "deaths death dead killed fatalities fatality lives casualties injured injuries injury wounded "
    "cases infections attendance crowd displaced".split()
)
WHO_PRONOUNS = frozenset(("those", "anyone"))
# ... but a state of persons after "the" is the persons in it ("the dead were over 70", "the injured
# were under 18": an age bound of persons; "deaths were over 70" counts; late-kinds15)
STATE_PERSONS = frozenset("dead injured wounded displaced missing".split())


def _persons_noun(word: str) -> bool:
    """Whether a lower-case word is a noun of persons (vocab.PEOPLE_NOUNS) that names no event or
    state of them (NOT_PERSONS: "deaths", "casualties")."""
    return word in PEOPLE_NOUNS and word not in NOT_PERSONS


# (and American copy's "ages 18 to 24" and "Jane Doe, age 44,")
# (an age in words after "aged" too: "children aged one year and over", "aged five to 11")
RE_AGED = re.compile(
    rf"\b(?:[Aa]ged|[Aa]ges?\s+of|[Aa]ges(?=\s+(?:\d|(?:{N.SMALL_WORD})\s+(?:to|through|and)\s))|(?<=, )age(?=\s+\d)"
    # ... and after a plural noun of persons ("adults age 65", "children age 5 to 11"), or before
    # an open end ("those age 65 and older")
    r"|(?<=[a-z] )age(?=\s+\d))"
    r"\s+(?P<btw>(?:between|from)\s+)?"
    # ... a word of how young between ("aged just 19", "aged only 3")
    r"(?:(?<=aged )(?:just|only|barely)\s+)?"
    rf"(?P<num>\d{{1,3}}|(?:(?<=aged )|(?<=just )|(?<=only )|(?<=barely )|(?<=age of )|(?<=ages of )|(?<=ages )|(?<=between )|(?<=from )){N.SMALL_WORD}(?!\s+of\b))"
    rf"(?:\s*(?P<join>to|-|–|and|\bthrough\b)\s*(?P<num2>\d{{1,3}}|{N.SMALL_WORD}))?(?![\w.,]\d|\w)"
)  # "aged between 18 and 35": the range opens inside the match
# "three suspects, aged 24, 31 and 45": a list of ages, one row each
RE_AGED_LIST = re.compile(r"[Aa]ged\s+(?P<list>\d{1,3}(?:,\s*\d{1,3})+,?\s+and\s+\d{1,3})(?![\w.,]\d|\w)")
RE_LISTED_AGE = re.compile(r"\d{1,3}")
# "between the ages of 18 and 29": "and" joins a range only after "between"; "his two sons, aged
# 26 and 31" are two ages
RE_BETWEEN_BEFORE = re.compile(r"\b[Bb]etween\s+(?:the\s+)?\Z")
# "the 31-year-old", "twenty-two years old", "30 years of age" (table 4's own words for an age), and
# the plural noun "five-year-olds" (children of that age) (a mixed number's glyph, written as a decimal before the scans, leaves the digit right before
# "year": "a 2½-year-old" reads "a 2.5year-old")
RE_YEAR_OLD = re.compile(r"(?:[\s-]|(?<=\d\.)\d)(?:years?|yrs?)(?:[\s-]olds?|\s+of\s+age)\b", re.IGNORECASE)
# (after "then-" or "now-" too: "the then-18-year-old", the age at that time)
RE_AGE_NUMBER_BEFORE = re.compile(
    rf"(?:(?<![\w,.-])|(?<=\bthen-)|(?<=\bnow-)|(?<=\d-)|(?<=\w-to-))(?P<num>{N.DIGITS_LOOSE}|{N.WORD_NUMBER})\Z",
    re.IGNORECASE,
)
# found from the number (a fast scan), then checked against the word before it
# "Ms Okafor, 44, said", and at a sentence's end: "said its spokesman, Ross Kerr, 41."
PLURAL_PEOPLE = frozenset("men women people children".split())  # plurals without an "s"
# (or in one compound, "the 18-to-24-year-olds", "18-to-34 year olds")
RE_SUSPENDED_LOW = re.compile(
    rf"(?<![\w.,])(?P<low>\d{{1,3}}|{N.SMALL_WORD})(?:-\s+(?:to|and)\s+|-to-)\Z", re.IGNORECASE
)


# ... or a smaller age before "and" whose "-year-old" is left unsaid, before a thing's noun in small
# letters ("mostly 12 and 18-year-old bottlings", "10 and 21-year-old malts"): two ages; not a tally
# before a person named after ("scored 12 and 18-year-old Smith")
RE_UNHYPHENED_LOW = re.compile(r"(?<![\w.,$€£-])(?P<low>\d{1,2})\s+and\s+\Z")
RE_LOWER_WORD_AFTER = re.compile(r"\s+[a-z]")


def _unhyphened_low_age(body: str, high: re.Match[str], old_end: int) -> re.Match[str] | None:
    """The smaller age before "and" that shares the "-year-old" after `high` (RE_UNHYPHENED_LOW)."""
    low = RE_UNHYPHENED_LOW.search(body, max(0, high.start() - 8), high.start())
    if low is None or not high.group("num").isdigit() or int(low.group("low")) >= int(high.group("num")):
        return None
    return low if RE_LOWER_WORD_AFTER.match(body, old_end) else None


def _two_suspended_ages(body: str, low: re.Match[str]) -> bool:
    """Whether a suspended low age is joined to the next by "and" with no "between" before it
    ("three- and four-year-olds": two ages, not a range)."""
    return (
        " and " in low.group()
        and RE_BETWEEN_BEFORE.search(body, max(0, low.start() - 16), low.start()) is None
    )


# "40-50 years old", "76\u2013100 years old": the low end of a range of ages, joined by a dash
RE_DASHED_LOW = re.compile(r"(?<![\w.,\-\u2013])(?P<low>\d{1,3})\s?[-\u2013]\s?\Z")
# ... also one age for two or more people named together ("Richard and Helen Ashby, both 71,"), and
# one told roughly ("a man, about 40,", a shelter's "Male, about 9, beagle.")
# (and with "years" after the number, as Baltic, Polish and West African copy writes it: "Kowalski,
# 34 years, a mechanic")
RE_NAME_AGE = re.compile(
    rf", (?:now |then |both |each |(?:{N.alternation(ROUGH_WORDS)}) |(?:still )?(?:only |just ))?(?P<num>\d{{1,3}})"
    r"(?: years| yrs\.?)?(?:,(?!\d)|\.(?=\s|\Z))"
)
# ... and a list's line of a label in capitals, a colon and a person's full name with the age
# after it, ending the line, as awards and honours lists print a winner ("LIFETIME: Ngaio Te Rangi,
# 81", "YOUNG FARMER: Aroha Smith, 24"; late-kinds15); the name's words but the last may be read
# in lower case (reading.lowered_title_case reads such a line as a headline)
RE_AGE_ENDS_LINE = re.compile(r", \d{1,3}(?=[ \t]*(?:\n|\Z))")
RE_LABELLED_NAME_AGE_LINE = re.compile(
    r"^[ \t]*[A-Z][A-Z'’&/ -]{1,40}:[ \t]+(?P<name>(?:[^\W\d_][\w'’.-]*[ \t]+){1,3}[A-Z][\w'’-]*),"
    r" (?P<num>\d{1,3})[ \t]*$",
    re.MULTILINE,
)
# ... and several ages in apposition after a plural noun of persons ("Their sons, 11 and 7, were
# unhurt", "the victims, 19, 22 and 31, were"): one age each, in the order of the persons
RE_PLURAL_AGES = re.compile(
    r"\b(?P<who>[a-z]+), (?P<list>\d{1,3}(?:, \d{1,3})*,? and \d{1,3})(?:,(?!\d)|\.(?=\s|\Z))"
)
# where such a match's first comma stands: a pattern opening with its ", " is searched for fast,
# while RE_PLURAL_AGES, opening with "\b" and a class, is tried at every character
RE_PLURAL_AGES_COMMA = re.compile(r", (?<=[a-z], )\d")
# a name's last word, its parts joined by a hyphen or an apostrophe too ("Ji-won", "O'Neill",
# "McKay"), in any alphabet's letters ("Cárdenas", "Wójcik", "Łukasz"), or a person named by a
# singular noun ("the defendant, now 34,", "a woman, 52,"); a word in capitals ("NEA") is no name
RE_NAME_BEFORE = re.compile(
    r"\b(?P<name>[^\W\d_a-z][^\W\d_]*(?:[-'’][^\W\d_]+)*|(?<=[Tt]he )[a-z]+|(?<=[Aa] )[a-z]+)\Z"
)
# ... or a name that ends in an initial, as court and police copy in much of Europe shortens a
# defendant's or a victim's surname and as lists of officials write a first name ("his former
# partner Ilona K., 39,", "Tomas R. J., 27,"): a capitalised name word, then one or more capital
# initials each after a space ("the U.S., 40," and "Washington D.C., 12," have no space between)
RE_INITIAL_NAME_BEFORE = re.compile(
    r"(?<![\w'’-])(?P<name>[^\W\d_a-z][^\W\d_A-Z]+(?:[-'’][^\W\d_]+)*)(?:(?:\s[^\W\d_a-z]\.)+|,?\s[JS]r\.)\Z"
)  # ... and a name with a generational suffix, as US copy writes it ("John Doe Jr., 45,")
RE_ROLE_BEFORE = re.compile(r"\b(?P<name>[a-z]+)\Z")
# a person named by a trade or a pursuit made with "-ist" or "-ian" ("the cyclist, 24,", "the
# guitarist, 31,", "the comedian, 45,"); long enough that "list" and "Asian" are not read
ROLE_SUFFIXES = ("ist", "ian")
ROLE_SUFFIX_MIN = 7


def _person_by_role(name: str, shared: bool) -> bool:
    """Whether a lower-case noun before ", N," names a person whose age N is: a person noun, a
    superlative of age, a trade made with ROLE_SUFFIXES, a doer's noun ("the bricklayer, 52,"), or with
    "both"/"each" a plural of people ("the two survivors, both 19,")."""
    return (
        name in PERSON_NOUNS
        or name in ANIMAL_NOUNS  # "The dog, 14, was rescued": an animal's age
        or name in SUPERLATIVE_AGE_CUES  # "the youngest, 7, was flown out": the youngest's age
        or len(name) >= ROLE_SUFFIX_MIN
        and name.endswith(ROLE_SUFFIXES)
        or is_agent_plural(f"{name}s")  # "the bricklayer, 52,", "a fruit picker, 19,": a doer
        or shared
        and name in PEOPLE_NOUNS
        # "his best man, 39,", "her younger sister, 27,", "a close friend, 31,": a kinsman, a
        # companion or a singular noun of persons after its modifier
        or name in KIN_NOUNS
        or name in COMPANION_NOUNS
        or name in SINGULAR_PERSONS
    )


# persons named by whom they are close to, and singular nouns of persons (vocab.PEOPLE_NOUNS holds
# their plurals too)
COMPANION_NOUNS = frozenset(
    "friend girlfriend boyfriend fiance fiancé fiancee fiancée neighbour neighbor colleague flatmate "
    "roommate classmate housemate cousin nephew niece stepfather stepmother stepson stepdaughter".split()
)
SINGULAR_PERSONS = frozenset(("man", "woman", "boy", "girl", "person"))


# (a plural noun after the number counts it, "fans over 360 games"; a closed-class word ending in
# "s" is no plural: "pupils under 12 across the region", "girls under 18 this year")
NOT_PLURALS_AFTER = (
    r"(?!(?:across|this|is|was|has|as|its|his|thus|plus|unless|whereas|towards|besides|always|perhaps)\b)"
)
RE_OVER_UNDER = re.compile(
    r"\b(?P<cmp>over|under|above|below)\s+(?:(?P<num>\d{1,3})(?![\w%]|[.,]\d|\s+(?:per|percent|"
    rf"{NOT_PLURALS_AFTER}(?:[a-z]+-)*[a-z]+s)\b"
    r"|\s+[a-z]+(?:-[a-z]+)+\s+[a-z]+s\b)"
    rf"|(?P<word>{N.WORD_NUMBER})(?=[,.;:)]|\s+(?:in|and|or|who|were|are|was|is|at|on|with)\b))"
)
# "children younger than five years", "anyone older than 70": an age bound written with "than",
# the years (or a shorter unit of age) after the number if any; "younger than 2,000 years" is none
RE_THAN_AGE = re.compile(
    rf"\b(?:[Oo]lder|[Yy]ounger)\s+than\s+(?P<num>\d{{1,3}}|{N.SMALL_WORD})"
    r"(?:\s+(?:years?|months?|weeks?|days?)(?:\s+old|\s+of\s+age)?)?(?![\w%-]|[.,]\d)"
)
THAN_CUES = ("older than ", "younger than ")
# "The defendant, now 71, was 23 when", "Reyes was just 17 when he": a bare number after "was" or
# "is" and before "when", the clause's subject a person (a person noun or a name, an aside in
# commas between); "the rate was 5 when" names no person
RE_WAS_AGE_WHEN = re.compile(
    rf"\s(?:was|is)\s+(?:just\s+|only\s+|barely\s+|still\s+)?(?P<num>\d{{1,3}}|{N.SMALL_WORD})\s+when\b"
)
RE_SUBJECT_BEFORE = re.compile(r"\b(?P<who>[^\W\d_][\w'’-]*)(?:,[^,.;:]{1,30},)?\Z")
NOT_PERSON_SUBJECTS = frozenset("It This That There What Which Who Here".split())
# an age band named before "age group" ("the 25-34 age group", "the 18 to 24 age bracket"): one range;
# without "age", persons named before it ("men in the 65-74 bracket") and the ends as an age
# bracket's (AGE_BRACKET_MIN_GAP apart, from 12)
# (a band joined "-to-", as a compound adjective, "the 18-to-34 bracket", or a "demographic", a
# group of persons by age in ratings and marketing copy, "the 25-to-54 demographic", needs no persons
# named before it; "18-to-34 tonnes" has no such noun)
RE_AGE_BAND_NOUN = re.compile(
    r"(?<![\w.,-])(?P<low>\d{1,2})(?P<join>-to-|\s?(?:-|–|\s+to\s+)\s?)(?P<high>\d{1,3})\s+(?P<age>age\s+)?"
    r"(?:groups?|brackets?|bands?|range|cohorts?|(?P<demo>demographics?))\b"
)
# ... or a band in ratings and marketing copy, an audience or its buyers named near it ("In the
# 18-54 group that advertisers buy, the show averaged 187,000 viewers"; late-kinds11)
RE_AUDIENCE_COPY = re.compile(r"\b(?:viewers|listeners|audiences?|advertisers|ratings)\b", re.IGNORECASE)
AUDIENCE_COPY_REACH = 160  # characters either side of the band read for those words
# an open-ended age group as a compound before its noun ("the 65-and-over population", "an
# 18-and-under team"): an age, as "aged 65 and over" is
RE_AND_OVER_COMPOUND = re.compile(r"(?<![\w.,-])(?P<num>\d{1,3})-and-(?:over|older|under|younger|up)\s+[a-z]")
# where or in what the persons who must be of an age take part, a phrase of a preposition of up to
# three lower-case words after them ("Paddlers on the long course must be 16 or over", "Riders in
# the junior class must be under 14"): the persons are still the clause's subject
PERSONS_PLACE = r"(?:\s+(?:in|on|of|at|for|from)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)?"
# persons and what they must be ("Applicants must be at least 18", "Drivers must be over 21", "no
# older than 30"): a bound on their age, a bare number ending its clause
RE_MUST_BE_AGE = re.compile(
    rf"\b(?P<who>[A-Za-z]+){PERSONS_PLACE}\s+(?:must|should|will\s+have\s+to|have\s+to|need\s+to)\s+be\s+"
    rf"(?:at\s+least|over|under|above|below|no\s+(?:older|younger)\s+than)\s+(?P<num>\d{{1,3}}|{N.SMALL_WORD})"
    r"(?=[,;:)]|\.(?!\d)|\s*\Z|\s+(?:and|or|to|when|on|by|at|in|before)\b)"
)
# what every such match holds, opening with "be": searched for fast before RE_MUST_BE_AGE, which
# opens with "\b" and a class and so is tried at every character
RE_BE_BOUND = re.compile(
    r"be(?<=\sbe)\s+(?:at\s+least|over|under|above|below|no\s+(?:older|younger)\s+than)\s"
)
# ... and the age persons must reach to do a thing, with no bound word ("Players must be 18 to buy a
# ticket", "Candidates have to be 35 to run", "Applicants need to be 21 or over"): an age, as the
# infinitive of what the age allows or an open end follows it ("must be 18 to 20 percent" has none)
RE_MUST_BE_TO_AGE = re.compile(
    rf"\b(?P<who>[A-Za-z]+){PERSONS_PLACE}\s+(?:must|should|will\s+have\s+to|ha(?:ve|s)\s+to|needs?\s+to)\s+be\s+"
    rf"(?P<num>\d{{1,3}}|{N.SMALL_WORD})(?=\s+(?:to\s+(?!\d)[a-z]{{2,}}|or\s+(?:over|older|above)\b))"
)
# ... and a job or an entry notice's sentence that leaves its persons unsaid ("Must be 16 or over.",
# "Must be at least 18."): the same bound on the age of those who apply (late-lists10)
RE_SUBJECTLESS_MUST_BE_AGE = re.compile(
    rf"(?:^|(?<=[.!?:;]\s))Must\s+be\s+(?:(?:at\s+least|over|under|aged)\s+)?(?P<num>\d{{1,3}}|{N.SMALL_WORD})"
    r"(?=\s+or\s+(?:over|older|above|under|younger)\b|\s*[.,;]|\s*\Z)",
    re.M,
)
# what every such match holds, opening with "be": searched for fast before RE_MUST_BE_TO_AGE
RE_BE_AGE_TO = re.compile(r"be(?<=\sbe)\s+(?:\d{1,3}|[a-z]+)\s+(?:to\s+[a-z]|or\s+(?:over|older|above)\b)")
# "a 40-something accountant", "thirty-something": an age left vague (rules, table 8), no row
RE_SOMETHING_AGE = re.compile(rf"(?<![\w-])(?P<num>\d{{2}}|{N.SMALL_WORD})-something\b", re.IGNORECASE)
# "drivers under 25 and over 70": a second bound joined to an age bound is an age too
RE_BOUND_JOINED_BEFORE = re.compile(r"\b(?:over|under|above|below)\s+(?:\d{1,3}|[a-z]+)\s+(?:and|or)\s+\Z")
RE_WORD_AGED_BEFORE = re.compile(r"\b(?P<who>[A-Za-z]+)\s+(?:aged\s+)?\Z")
# the verbs "be" that may stand between persons and their age bound ("the victims were under 25")
AGE_COPULAS = frozenset("are were is was".split())
# ... and a percent right before that copula, the bound ending its clause: the share of the
# persons named before who are of that age ("107,000 speakers left; nearly 80% are over 60": 60 is
# an age; late-kinds13)
RE_SHARE_BEFORE_COPULA = re.compile(r"\d(?:\s?%|\s+per\s?cent|\s+percent)\s+\Z")
SHARE_COPULA_REACH = 16  # characters before the copula read for the percent
# an age group named as a noun: "among over-65s", "the under-18s", "an under-21 pass" (an age grade
# naming a team, "an under-21 side", is a name: sport_names.age_grade_team), or in words: "flu jabs for
# under-fives", "the over-sixties" (a plural number word)
RE_AGE_GROUP = re.compile(
    r"(?<![\w-])(?:[Oo]ver|[Uu]nder)-(?:(?P<num>\d{1,3})(?:s\b|(?=\s[a-z]))|(?P<words>[a-z]+(?:ies|es|s))\b(?!-))"
)
# "when he was 76,", "she is 34.", "he turned 80 in May", "since I was 12,", "since she was
# seven,", "I'm 61, and": a bare number (in digits, or a number word below a hundred) after a
# person's pronoun and "is", "was", "am" or "turned", ending its clause or followed by "when", "and",
# "at" or "in"
# (Each branch opens with one literal letter and tests the word boundary before it after it,
# "(?<!\w.)": the regex engine then skips to those five letters instead of trying the whole pattern
# at every character; the same matches as "\b(?:(?:[Hh]e|[Ss]he|I)\s+VERB|I['’]m|[Ss]?[Hh]e['’]s)".)
_PRONOUN_VERB = r"\s+(?:is|was|am|turned|turns)"
RE_PRONOUN_AGE = re.compile(
    rf"(?:H(?<!\w.)e(?:{_PRONOUN_VERB}|['’]s)|h(?<!\w.)e(?:{_PRONOUN_VERB}|['’]s)"
    rf"|S(?<!\w.)(?:he{_PRONOUN_VERB}|[Hh]e['’]s)|s(?<!\w.)(?:he{_PRONOUN_VERB}|[Hh]e['’]s)"
    rf"|I(?<!\w.)(?:{_PRONOUN_VERB}|['’]m))"
    rf"\s+(?P<num>\d{{1,3}}|{N.SMALL_WORD})"
    r"(?=[,.;:)]|\s+(?:when|and|at|in)\b)"
)
PRONOUN_CUES = ("he is ", "he was ", "he turn", "i was ", "i am ", "i turn", "i'm ", "i’m ", "he's ", "he’s ")
# ... and a relative named by a possessive ("My mother is 82 and", "her son was 19."): found from each
# " is " and " was " (a plain search), the words before it checked
KIN_NOUNS = frozenset(
    """mother father son daughter wife husband brother sister grandmother grandfather grandson
    granddaughter partner aunt uncle mum mom dad""".split()
)
POSSESSIVES = frozenset("my his her our their".split())
RE_KIN_BEFORE = re.compile(r"\b(?P<pos>[A-Za-z]+)\s+(?P<kin>[a-z]+)\Z")
RE_KIN_AGE_AFTER = re.compile(
    rf"(?:is|was)\s+(?P<num>\d{{1,3}}|{N.SMALL_WORD})(?=[,.;:)]|\s+(?:when|and|at|in)\b)"
)
KIN_VERBS = (" is ", " was ")
# ("she ..." holds "he ..."; the contractions too: "I'm 61, and", "she's 34.")
# "a memoir about turning 50", "residents turning 70 this year", "the club turns 100 in May", "when
# you turn 65,": a birthday reached is an age (and a club's or a firm's, as "a 40-year-old firm"
# is), a bare number after a form of "turn" with no noun or unit after it ("turning 40 degrees",
# "turned 300 acres into a park" and "turned 180 at the junction" are no age); bare "turn" only
# after a person's pronoun, "who", "to", "will" or "would" ("at turn 3" is a bend of a racetrack)
RE_TURNING_AGE = re.compile(
    r"(?:\b[Tt]urn(?:ing|s|ed)|(?:(?<=\byou )|(?<=\bthey )|(?<=\bwho )|(?<=\b[Ww]e )|(?<=\bto )|(?<=\bwill )"
    r"|(?<=\bwould ))turn)\s+"
    rf"(?P<num>\d{{1,3}}|{N.SMALL_WORD})(?![\w%-]|[.,]\d)"
    r"(?=[,;:)!?]|\.(?!\d)|\s*\Z|\s+(?:this|next|last|in|on|at|and|or|but|with|when|before|after|soon|later"
    r"|today|tomorrow|yesterday|had|has|have|was|is|will|would|the|his|her|their|its|a|that|while|since"
    r"|until|as|by|earlier|recently)\b)"
)
TURNING_CUE = "turn"
# ... and after persons named right before it, whatever verb follows the number ("women turning 45
# skip the test", "anyone turning 18 gets a card"), unless a plural noun or a unit does ("farmers
# turning 40 hectares into a reserve")
RE_PERSONS_TURNING_AGE = re.compile(
    rf"turning\s+(?P<num>\d{{1,3}}|{N.SMALL_WORD})(?![\w%-]|[.,]\d)"
    r"(?!\s+(?:[a-z]+s|per|percent|degrees?|million|billion|thousand|hundred|dozen)\b)"
)
# "a farmer in Kent, who is 71, wrote ...", "Mr Ruto, who turned 60 in May,": a bare number after a
# relative "who" set off by a comma (it speaks of a person) and "is", "was" or "turned", ending its
# clause ("the club, which is 71," speaks of no person; "who is 6ft" has a unit after it)
# (and the age a person would have reached: "Mr Doyle, who would have been 90 next month,")
RE_WHO_AGE = re.compile(
    rf", who\s+(?:is|was|turned|turns|would\s+have\s+been|would\s+have\s+turned)\s+(?P<num>\d{{1,3}}|{N.SMALL_WORD})"
    r"(?=[,.;:)]|\s+(?:when|and|in|next|this|on|today|tomorrow)\b)"
)
WHO_CUE = ", who "
# "My wife and I are both 67 and", "the twins were both 19.": one age shared by the people the
# clause names, a bare number after "are both" or "were both" ending its clause ("are both 5 per
# cent" and "were both 40 minutes late" have a unit after them)
RE_BOTH_AGE = re.compile(
    rf"\b(?:are|were)\s+(?P<both>both)\s+(?P<num>\d{{1,3}}|{N.SMALL_WORD})"
    r"(?=[,;:)]|\.(?!\d)|\s+(?:when|and|at|in)\b)"
)
BOTH_CUES = (" are both ", " were both ")
# "she lived to 102.", "the tortoises can live to 150 in captivity": the age a life reaches, a
# bare number after "live(s)/lived to (be)" ending its clause ("lived to 2019" is a year, four
# digits; "live to 20 years" leaves the span to durations)
RE_LIVED_TO_AGE = re.compile(
    r"\b(?:live|lives|lived|living)\s+to\s+(?:be\s+)?(?:about\s+|around\s+|over\s+|nearly\s+)?"
    r"(?P<num>\d{1,3})(?=[,;:)]|\.(?!\d)|\s+(?:in|and|or|but|when|if|on)\b)"
)
LIVED_TO_CUES = ("live to ", "lives to ", "lived to ", "living to ")
# "the youngest was 19.", "the oldest of them is 84,", "the eldest of whom was 23": a superlative of
# age, then a bare number ending its clause, is that one's age, also with persons after it or a
# name in commas between ("the youngest nurse is 19", "the oldest, Ana Ruiz, is 67 and running",
# "the oldest rider, Ana Ruiz, is 71"; "the oldest tower is 60 metres" is none) ("the oldest was built in 1910", "the
# oldest is 12 years old" and "the youngest team has 12 players" leave it to other rules); the
# person's noun singular too, and the group or event of one or two words after "of", "in", "at" or
# "among the" ("the youngest finisher of the half marathon was 16", "the oldest entrant in the
# regatta was 79", fixwalk40-a)
SUPERLATIVE_AGE_CUES = ("youngest", "oldest", "eldest")
RE_SUPERLATIVE_AGE = re.compile(
    rf"\b(?:{'|'.join(SUPERLATIVE_AGE_CUES)})(?:\s+(?!(?:of|was|is|being)\b)(?P<noun>[a-z]+))?"
    r"(?:\s+of\s+(?:them|whom|those)|\s+(?:of|in|at|among)\s+the\s+[a-z]+(?:[\s-][a-z]+)?)?"
    r"(?:,\s+(?P<name>(?-i:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})),|,)?\s+(?:was|is|being)\s+"
    rf"(?:just\s+|only\s+|about\s+|around\s+)?(?P<num>\d{{1,3}}|{N.SMALL_WORD})(?=[,;:)]|\.(?!\d)|\s+(?:and|but|when|while)\b|\Z)",
    re.IGNORECASE,
)
# "the youngest man held was 18 and the oldest 81" (or ", the oldest 81", late-kinds11): two
# superlatives of age, the second's verb left out; both numbers are ages (the first noun persons, as RE_SUPERLATIVE_AGE); also with no verb
# at all after a count of persons ("about 60 knitters came, the youngest 11 and the oldest 94";
# late-lists10)
RE_GAPPED_SUPERLATIVE_AGE = re.compile(
    rf"\b(?:{'|'.join(SUPERLATIVE_AGE_CUES)})(?:(?:\s+(?P<noun>[a-z]+))?(?:\s+[a-z]+)?\s+(?:was|is))?\s+(?P<num>\d{{1,3}})"
    rf"(?:,?\s+and|,)\s+the\s+(?:{'|'.join(SUPERLATIVE_AGE_CUES)})\s+(?P<num2>\d{{1,3}})(?=[,;:)]|\.(?!\d)|\s+(?:and|but)\b|[ \t]*(?:\n|\Z))",
    re.IGNORECASE,
)
# "adults 65 or older", "were 55 or older", "children five or younger": an age with its bound
RE_OR_OLDER = re.compile(
    rf"(?<![\w,.-])(?P<num>\d{{1,3}}|{N.WORD_NUMBER})\s+or\s+(?:older|younger)\b", re.IGNORECASE
)
OR_OLDER_CUES = (" or older", " or younger")
# ... and "N and older" ("and over", "and under") right after persons named before it ("those 65
# and older", "adults 80 and over", "children 5 and under"): an open-ended age; "sizes 12 and
# over" and "orders of 50 and up" name no persons
RE_AND_OLDER = re.compile(
    rf"(?<![\w,.-])(?P<num>\d{{1,3}}|{N.WORD_NUMBER})\s+and\s+(?:older|younger|over|under)\b(?![\w-])",
    re.IGNORECASE,
)
AND_OLDER_CUES = (" and older", " and younger", " and over", " and under")
# ... and "N or over" after a be-verb ("one in four is 65 or over", "most were 70 or above"): an
# age with its bound, as "aged 65 or over" is; not after another word ("a score of 60 or over",
# "speeds of 70 or above")
RE_BE_OR_OVER = re.compile(r"\b(?:is|are|was|were)\s+(?P<num>\d{1,3})\s+or\s+(?:over|above)\b")
# an age band alone in brackets after a benefit, a fare or a rate, with the household it is for
# before a comma ("(under 25)", "(single, 25 or over)", "(couple, 66 and over)"): the bracket holds
# nothing but the age and its bound, so no unit or noun is counted
RE_BRACKETED_BAND = re.compile(
    r"\((?:[a-z]+(?:\s[a-z]+)?,\s*)?(?:(?P<cmp>under|over|aged)\s+(?P<num>\d{1,3})"
    r"|(?P<num2>\d{1,3})\s+(?:or|and)\s+(?:over|under|older|younger|above))\)"
)
OR_OVER_CUES = (" or over", " or above")
# a person's age as a correction or a record gives it ("the age of the singer was wrongly given as
# 72", "his age was listed as 45 in the report"): the number after the verb and "as", with "age"
# before the verb in its sentence; not "the age of the bridge, given as 120 metres" (a unit follows)
AGE_GIVEN_VERBS = tuple(f"{v} as " for v in "given put listed reported stated printed recorded".split())
RE_GIVEN_AGE_NUMBER = re.compile(r"(?P<num>\d{1,3})(?=[,;:)]|\.(?!\d)|\s+(?:in|and|but|when)\b|\Z)")
AGE_GIVEN_REACH = 70  # characters from "age" to its verb, at most
# ... or "age as" itself after a possessive, the age the object of a verb of giving ("gave his age
# as 91", "listed her age as 34", "put the victim's age as 19")
RE_AGE_AS_OWNER_BEFORE = re.compile(r"\b(?:his|her|their|[a-z]+['’]s)\s\Z")
# an age statistic ("the average age of the fleet") or an age set by law ("the retirement age"),
# then "N years" after it in its sentence: an age, unless a word of a span of time stands before
# the number ("rose over 10 years")
# (and an age the law sets: "lower the voting age to 16 from 18", "the age of consent is 16")
AGE_STATISTICS = (
    "average age",
    "median age",
    "mean age",
    "retirement age",
    "pension age",
    "pensionable age",
    "voting age",
    "minimum age",
    "age of consent",
    "school-leaving age",
    "drinking age",
    "age of criminal responsibility",
    "age limit",
)
AGE_STATISTIC_REACH = 120  # how far after the statistic's name its years are read
RE_YEARS_AFTER_STATISTIC = re.compile(
    r"(?<![\w.,])(?P<num>\d{1,3}(?:\.\d+)?)\s+years\b(?!\s+(?:ago|earlier|later|before|after|old))"
)
# ... and a bare number such a sentence leads to ("rose to 34 from 32", "is 27.", "from 62 to 64"):
# no noun after it, save the time ago of an earlier level ("from 34 a decade ago"); the time or the
# persons the level holds for may follow it ("from 66 to 67 between 2026 and 2028", "to 68 by 2040",
# "is 65 for men"); a hedge may stand before the number ("the median age is just 18.1")
RE_BARE_AFTER_STATISTIC = re.compile(
    r"\b(?:to|from|of|at|against|versus|compared\s+with|is|was|as|reached|reaching)\s+"
    r"(?:(?:just|only|now|about|around|roughly|nearly|almost|some)\s+)?(?P<num>\d{1,3}(?:\.\d+)?)"
    r"(?=[,;:)]|\.(?!\d)|\Z|\s+(?:from|to|in|and|against|last|this|between|by|for|until|over)\b"
    r"|\s+(?:a|an|[a-z]+|\d+)\s+(?:decades?|years?|generations?)\s+(?:ago|earlier|before)\b)"
)
# ... and a line headed by its figure, the statistic after a dash ("38 – average age of those
# rescued", a "by the numbers" sidebar's line): that figure is the age (late-kinds11)
RE_HEADED_STATISTIC_BEFORE = re.compile(
    r"(?<![^\n])[ \t]*(?P<num>\d{1,3}(?:\.\d+)?)[ \t]+[–—-][ \t]+(?:the[ \t]+)?\Z"
)
HEADED_STATISTIC_REACH = 16  # characters before the statistic read for its line's figure
# where an age statistic's clause ends: a comma, a semicolon, a contrast or a subordinate clause;
# not a comma before a participle that goes on with its change (", reaching 43 in the north"),
# nor before the earlier level it changed from (", from 34 a decade ago", ", up from 41") or the
# level it is set against elsewhere (", against 48.4 in Japan", ", compared with 41 in Peru")
RE_CLAUSE_END = re.compile(
    r"[;,](?!\s+(?:reaching|rising|falling)\s|\s+(?:(?:up|down)\s+)?from\s+\d"
    r"|\s+(?:against|compared\s+with|versus)\s+\d)"
    rf"|\s(?:{'|'.join(CLAUSE_BREAKS)})\s"
)
# "the age" once the article has named an age statistic: that statistic again ("lift the
# pension age to 67 ... The age will rise in steps, reaching 67 in 2031")
AGE_REFERENCE = "the age "
# "began playing at age six", "retired at age 58": an age after "at age"
RE_AT_AGE = re.compile(
    rf"\b[Aa]t\s+age\s+(?P<num>\d{{1,3}}|{N.WORD_NUMBER})(?![\w.,]\d|[\w-])", re.IGNORECASE
)
# "won a scholarship at 17 and", "left school at 15,": a bare number from 13 to 99 (below, a clock
# hour) after "at", ending its clause, in a sentence about a person ("he", "she" or "I" before it)
# (or a range of such ages, "women who began at 30 to 34,")
RE_AT_BARE_AGE = re.compile(
    r"at (?P<num>1[3-9]|[2-9]\d)(?:\s+to\s+(?P<num2>1[3-9]|[2-9]\d))?"
    r"(?=[,;]|\.(?!\d)|\s+(?:and|when|after|but|he|she|I)\b|[^\S\n]*(?:\n|\Z))"
)  # (a headline's line ends its clause too: "Jazz Legend Dies At 84"; and so does the subject of the
# next, "and at 19 he was sent to the front")
# ... after a life event (LIFE_EVENTS_BEFORE_AT) the clause may go on ("left school at 16 to work",
# "married at 19 in Leeds", "retired at 60 because of ill health", "died at 58 of this cancer";
# late-kinds15), though not into a range ("to 18")
RE_AT_BARE_AGE_GOING_ON = re.compile(
    r"at (?P<num>1[3-9]|[2-9]\d)(?=\s+(?:to\s+(?!\d)|in\s|as\s|before\s|because\s|while\s|with\s|from\s|of\s))"
)
# ... and an age under 13 after "began" or "started" and what was taken up ("she began dancing at
# 9", "started school at 5"), where the text does not speak of the time of day ("started work at 9"
# has no "-ing"; "began queuing at 6 that morning" is an hour): a child's age
RE_STARTED_AT_CHILD_AGE = re.compile(
    r"\b(?:began|begun|started|begins|starts)\s+(?:[a-z]{2,}ing|school)\s+at\s+(?P<num>[1-9]|1[0-2])"
    r"(?=[,;]|\.(?!\d)|\s+(?:and|when|after|but|in|with)\b|[^\S\n]*(?:\n|\Z))"
)
# (a relative "who" speaks of a person too: "the coach, who first played abroad at 21.", and so
# does the reader addressed: "if you retire at 60,")
RE_PERSON_PRONOUN = re.compile(r"\b(?:[Ss]he|[Hh]e|I|who|[Yy]ou)\b")
PERSON_REACH = 160  # characters before "at" read for the pronoun, back to the sentence's start
# words before "at N" that make N a level or a time, not an age ("closed at 17", "stood at 40")
LEVEL_WORDS = LEVEL_AT_VERBS | frozenset(
    """closed closes close trading traded trades finished ended ends peaked priced valued held kept
    standing remains remained is was were are be been opened settled started starting starts arrived
    sold bought sell buy""".split()
)
# verbs of trading a few words before "at N": a price, not an age ("bought the shares at 40,")
TRADE_VERBS = BUY_VERBS | SELL_VERBS | frozenset("priced valued traded trading".split())
TRADE_REACH = 40  # characters before "at" read for a verb of trading (about four words)
# life events a person has at an age, right before a bare "at N": an age even with no pronoun in
# the sentence ("a mother who quit college at 20 and", "the singer, married at 19,")
LIFE_EVENTS_BEFORE_AT = (
    "left school",
    "left home",
    "quit school",
    "married",
    "retired",
    "retire",  # "will retire at 67 from 2028"
    "widowed",
    "orphaned",
    "emigrated",
    "died",  # "the singer died at 84 in Lagos", a headline's "Dies At 84"
    "dies",
)
SPAN_WORDS = frozenset("for over in within during after than by past next last since".split())
# "Petrus Kandjii (44) was sentenced": a two-digit age in brackets after a person's full name, as
# Southern African and British popular papers print it; not a tally in a list of names in brackets
# ("Haaland (22), Salah (18)": another bracketed number close by), nor after a name in capitals
BRACKET_CUE = " ("
RE_BRACKET_AGE = re.compile(
    r" \((?P<num>[1-9]\d?)(?P<years> years| yrs\.?)?\)(?=[\s,.;:]|\Z)"
)  # tried where " (" stands after a letter; one digit only in a list of kin (RE_KIN_LIST_NAME_BEFORE)
# a capitalised name word, an Irish or Scottish prefix allowed ("O'Neal", "D’Souza", "McKenzie")
NAME_WORD = r"[^\W\d_a-z](?:['’][^\W\d_a-z]|c[^\W\d_a-z])?[^\W\d_A-Z]+(?:[-'’][^\W\d_]+)*"
RE_FULL_NAME_BEFORE = re.compile(rf"\b(?P<first>{NAME_WORD})\s+(?:{NAME_WORD}\s+)?(?P<last>{NAME_WORD})\Z")
RE_BRACKET_NUMBER = re.compile(r"\(\d")
# a given name alone before a bracketed age in a list of kin, as death and birth notices print it
# ("Beloved Oma of Lena (12), Max (9) and baby Ida", "survived by his grandchildren Tom (14) and
# Ava (11)"): the kin word opens the list, each earlier name of it has its bracketed age
KIN_LIST_WORDS = (
    r"(?:grand|great-grand)?(?:mother|father|son|daughter|child)(?:s|ren)?|brothers?|sisters?"
    r"|nieces?|nephews?|Oma|Opa|Nana|Nanna|Grandma|Grandpa|Granny|Grandad"
)
RE_KIN_LIST_NAME_BEFORE = re.compile(
    rf"\b(?i:{KIN_LIST_WORDS})(?:\s+(?:of|for|to))?[\s,:]+(?:{NAME_WORD} \(\d{{1,2}}\)(?:,\s*|\s+and\s+))*"
    rf"(?P<last>{NAME_WORD})\Z"
)
KIN_LIST_REACH = 80  # characters before a bracketed age read for the kin word and the list after it
RE_BRACKET_CLOSE = re.compile(r"(?: years| yrs\.?)?\)")  # the end of a bracketed age
BRACKET_LIST_REACH = 40  # characters either side where another bracketed number makes a list
# a player's tally in brackets ("Joe Root (83) anchored the innings"): sport words right after it
RE_SPORT_TALLY_AFTER = re.compile(
    r"\b(?:innings|runs?|wickets?|goals?|scored|points|balls|not out|minutes?)\b"
)
SPORT_TALLY_REACH = 80
# An open-ended age group written "N+" before the noun of the audience or the group it bounds, as
# ratings and market-research copy gives it ("a share of the 10+ audience", "the 18+ demographic"):
# an age, as "over 18" is (rules, table 4); "50+ people" and "10+ years" count. So is the age limit
# of a film's, a game's or an app's rating ("rated 18+", "a 12+ label", "its 16+ classification").
RE_PLUS_AGE = re.compile(
    r"(?P<num>\d(?<![\w.,+-]\d)\d?)\+\s+(?:audiences?|demographics?|age\s+(?:groups?|brackets?|range)|cohorts?"
    r"|ratings?|labels?|certificates?|certification|classifications?)\b"
    r"|\b[Rr]ated\s+(?P<rated>\d{1,2})\+(?![\w+])"
)
# an aside naming a parent by the children between a name and its age ("Ana Lima, a mother of
# three, 41,"): the age is the name's; the aside's number counts the children (counts)
RE_PARENT_APPOSITION_BEFORE = re.compile(
    rf", an? (?:[a-z]+ )?(?:mother|father|parent|grandmother|grandfather|mum|mom|dad)\s+of\s+"
    rf"(?:\d{{1,2}}|{N.SMALL_WORD})\Z"
)
# "a girl of 14", "a man of 70", "a young woman of 26": a number after one person named by a
# singular noun and "of" is that person's age; not a group's members ("a crew of 12", "a family of
# four": counts), a parent's children ("a mother of three"), nor a measure ("a man of 70 kilograms")
# (it opens with its letter and looks behind for the word boundary, so the regex engine leaps from
# "a" to "a" instead of testing a boundary at every character: the same matches as a leading "\b")
RE_PERSON_OF_AGE = re.compile(
    rf"[Aa](?<!\w[Aa])n?\s+(?:[a-z]+\s+){{0,2}}?(?P<who>[a-z]+)\s+of\s+(?P<num>\d{{1,3}}|{N.SMALL_WORD})(?![\w%-]|[.,]\d)"
)
PERSON_OF_CUE = " of "
ONE_PERSON_NOUNS = frozenset(
    "man woman girl boy youth lad lass child teenager teen widow widower pensioner lady gentleman".split()
)
PARENT_NOUNS = frozenset("mother father parent grandmother grandfather grandparent mum mom dad".split())
# words ending in "s" after "a man of 70" that are no plural noun it counts ("a man of 70 was")
VERBS_IN_S = frozenset(
    "was is has says lives dies remains works runs goes does as his its this thus whose plus across".split()
)
RE_NEXT_WORD = re.compile(r"\s*(?P<word>[^\W\d_]+|%)")
AGE_UNIT_WORDS = frozenset("year years month months week weeks".split())
# a sentence opened by "At 21," or "Now 58," with a person as its subject after the comma ("At 21,
# she became", "Now 74, the former minister lives", "At 19, the Kenyan won"): the person's age then
# or now; "At 21, the score was level", "At 63 per cent" and "Now 58 remain" are none
# (found by its opening words, "At" or "Now", and kept where a sentence or a line opens before
# them: `_opens_sentence_at`)
RE_OPENING_AGE = re.compile(rf"(?P<lead>At|Now)\s+(?P<num>\d{{1,3}}|{N.SMALL_WORD}),\s+")
SENTENCE_ENDS = ".!?"
CLOSING_QUOTES = "\"”’'"
OPENING_AGE_CUES = ("at ", "now ")
OPENING_PRONOUNS = frozenset(("he", "she", "I"))
# verbs after a bare name opening the clause ("At 21, Okonjo became"), not a company's ("At 30,
# Apple looks cheap")
NAME_VERBS_AFTER = frozenset(
    "is was has had became becomes won wins took takes made makes left joined".split()
)
RE_THE_PERSON_AFTER = re.compile(
    r"(?P<the>[Tt]he\s+)?(?:[a-z]+\s+){0,2}?(?P<who>[^\W\d_][\w'’-]*)\s+(?P<next>[^\W\d_]+)"
)
# "Residents, 70-plus, queued", "voters 65-plus backed": an open-ended age after persons; "30-plus
# knots" and "50-plus years" have a unit or a noun after it
RE_PLUS_AFTER_PERSONS = re.compile(
    r"\b(?P<who>[A-Za-z]+),?\s+(?P<num>\d{1,3})-plus\b(?!-)(?!\s+(?:[a-z]+s|per|percent)\b)"
)
# "The goalkeeper is still only 22 and", "the driver was still just 20.": a person's youth, a bare
# number ending its clause after a person as the subject
RE_STILL_ONLY_AGE = re.compile(
    rf"\s(?:is|was)\s+still\s+(?:only|just)\s+(?P<num>\d{{1,3}}|{N.SMALL_WORD})"
    r"(?=[,;:)]|\.(?!\d)|\s*\Z|\s+(?:and|but|when|yet|so|as)\b)"
)
CUES = (  # the commonest first: any() stops at the first found
    ", ",
    "aged ",
    "ages ",
    "age of ",
    "at age ",
    " age ",
    "ages of ",
    "year-old",
    "years-old",
    "year old",
    "years old",
    " of age",
    "yr-old",
    "yr old",
    "yrs old",
    "yrs-old",
    "over ",
    "under ",
    "over-",
    "under-",
    *PRONOUN_CUES,
    *BOTH_CUES,
    *LIVED_TO_CUES,
    *KIN_VERBS,
    WHO_CUE,
    *OR_OLDER_CUES,
    *AGE_STATISTICS,
    " at ",
    BRACKET_CUE,
    TURNING_CUE,
    *THAN_CUES,
    " when",
    "bracket",
    "cohort",
    "-and-",
    " be ",
    "-to-",
    "demographic",
    "-plus",
    " still ",
    *OPENING_AGE_CUES,
    PERSON_OF_CUE,
    " between ",
)


def _age_number(text: str) -> int:
    """An age written in digits or in words ("31", "one", "twenty-two")."""
    return int(text) if text.isdigit() else N.parse_word_number(text)


def _ending_at_cues(
    body: str, lower: str, cues: Iterable[str], pattern: re.Pattern[str], reach: int
) -> Iterator[re.Match[str]]:
    """Matches of `pattern` that end where a cue ends ("65 or older" at " or older"), searched from
    `reach` characters before the cue, cue by cue in text order."""
    for word in cues:
        at = lower.find(word)
        while at >= 0:
            m = pattern.search(body, max(0, at - reach), at + len(word))
            if m and m.end() == at + len(word):
                yield m
            at = lower.find(word, at + 1)


# An age bracket written after a plural of persons with a dash, as ratings, marketing and polling
# copy names a group ("adults 18-49", "women 25-54", "voters 18-29"): one range of ages. The ends
# are ages of 12 or more set at least five years apart, so a score after a team's noun ("the women
# 21-24") is none.
RE_AGE_BRACKET = re.compile(r"(?P<low>[1-9]\d)\s?[-–](?P<high>[2-9]\d)(?:(?P<plural>s)\b)?(?![\w.,]\d|[\w-])")
# ... or the bracket as a plural noun of its own, as polls and surveys name their age groups
# ("Among 18-34s, 58% agreed", "support among the 65-74s"), after a word that opens a noun phrase
# and not among a text's readings ("highs in the 70-80s": RE_READING_BAND_BEFORE)
RE_AGE_BRACKET_NOUN_BEFORE = re.compile(
    r"(?:^[ \t]*|(?<![\w-])(?:[Aa]mong|of|for|by|with|the|[Tt]hose)\s+)\Z", re.M
)
RE_READING_BAND_BEFORE = re.compile(r"high|low|temperatur|degree|mercury|°|price|\$|£|€", re.IGNORECASE)
AGE_BRACKET_NOUN_REACH = 40  # characters before the bracket read for a reading's words
RE_AGE_BRACKET_GROUP_BEFORE = re.compile(
    r"(?<![\w.,-])(?:adults|women|men|viewers|people|persons|voters|listeners|consumers|respondents)\s+\Z"
)
AGE_BRACKET_MIN_GAP = 5
# a bracket that counts follows white space (RE_AGE_BRACKET_GROUP_BEFORE), so it starts a digit run
# (a scanner's digit anchor), and a dash is the follower of its first age
AGE_BRACKET_FOLLOWERS = N.Followers(("-", "–"))


# a fact box's line "Age: 34", "Age: 12-18" (its label opens the line, after a list's dash or bullet if any)
RE_AGE_LABEL = re.compile(
    rf"{LABEL_LINE_OPENING}Age:[ \t]*(?P<num>\d{{1,3}})(?:[-–](?P<num2>\d{{1,3}}))?(?![\w-]|[.,]\d)"
)


def _plural_ages(body: str) -> Iterator[re.Match[str]]:
    """What `RE_PLURAL_AGES.finditer(body)` gives, tried only at the lower-case words that end
    before a comma, a space and a digit (a match opens at such a word's first letter)."""
    end = 0  # where the last match ends
    for comma in RE_PLURAL_AGES_COMMA.finditer(body):
        start = comma.start()
        while start and "a" <= body[start - 1] <= "z":
            start -= 1
        if end <= start < comma.start():  # (no match opens inside the last one: "\b" fails there)
            m = RE_PLURAL_AGES.match(body, start)
            if m:
                yield m
                end = m.end()


# the age of animals sold or shown, set off after their count in months ("a pen of 14 Angus
# steers, 16 to 18 months, at 438c/kg", "40 lambs, 6 months,"): an age in months (rules, table 4;
# p203's "months of age"); not a span after "for" or "in" ("kept 40 cows for 6 months")
RE_ANIMAL_AGE_APPOSITION = re.compile(
    r"(?<![\w.,])\d[\d,]*\s+(?:[A-Za-z-]+\s+){0,2}?(?P<animal>[a-z]+s),\s+(?P<num>\d{1,2})"
    r"(?:\s+(?:to|-|–)\s+(?P<num2>\d{1,2}))?(?=\s+months?(?:\s+old)?,)"
)


def _animal_ages(body: str) -> Iterator[tuple[int, int, int, int | float | str]]:
    """Ages in months set off after a count of animals (RE_ANIMAL_AGE_APPOSITION)."""
    for m in RE_ANIMAL_AGE_APPOSITION.finditer(body):
        animal = m.group("animal")
        if animal[:-1] not in ANIMAL_NOUNS and animal not in ANIMAL_NOUNS:
            continue
        low = int(m.group("num"))
        value: int | str = f"{low}/{m.group('num2')}" if m.group("num2") else low
        yield m.start("num"), m.start("num"), m.end("num2") if m.group("num2") else m.end("num"), value


# one animal's age set off after it in a results list or a letter ("Corriedale ram, 5 years,",
# "Angus heifer, 18 months:"): its age in years or months (rules, table 4; p203's "months of age");
# not a span after a verb ("the ewe, 3 years after"); also in a classified pet listing, the animal in
# capitals and a few words of its breed or state set off between ("CAT, tabby, desexed, 2 years, free
# to a good home"; late-lists10)
RE_ANIMAL_AGE_AFTER = re.compile(
    r"\b(?P<animal>[a-z]+|[A-Z]+)(?:,\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?){0,3},\s+(?P<num>\d{1,2})"
    r"(?=\s+(?:years?|months?)(?:\s+old)?(?:[,:;)]|\.(?!\d)|\s*$))"
)
# a pet or a person named in commas after its noun, then "is N" ending the clause ("Our Labrador,
# Bamse, is 9 and weighs 41kg", "her cat, Mitzi, is 16"): that one's age
RE_NAMED_ONE_AGE = re.compile(
    r"\b(?:(?P<own>[Oo]ur|[Mm]y|[Hh]is|[Hh]er|[Tt]heir)\s+)?(?P<noun>[A-Za-z]+),\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?,"
    rf"\s+(?:is|was|turns|turned)\s+(?P<num>\d{{1,2}}|{N.SMALL_WORD})(?=[,;:)]|\.(?!\d)|\s+(?:and|but|when|while)\b|\Z)"
)
# Cheap cues, one for each pattern above, that every match of it holds (its comma and what must
# follow it): both open with "\b" and a run of letters, so searched on their own they enter the
# matcher at every word of the text; the comma first is a fast scan
RE_ANIMAL_AGE_CUE = re.compile(r",\s+\d{1,2}\s+(?:year|month)")
RE_NAMED_ONE_AGE_CUE = re.compile(r",\s+(?:is|was|turns|turned)\s")


# a shelter's or a breeder's listing line opened by the animals' sex, their noun if any, then an
# age in weeks, months or years set off by commas ("Male littermates, 11 months, domestic
# shorthair", "Female kittens, 10 weeks, tabby"): their age (rules, table 4's "months of age"); a
# bare number there, before the animal's weight or ending the line's first sentence, is its age in
# years ("Male kelpie cross, 3, 19kg.", "Male sulphur-crested cockatoo, about 22."; p922; late-kinds14)
RE_LISTED_SEX_AGE = re.compile(
    r"^[ \t]*(?:Male|Female)(?:\s+[a-z][a-z-]*){0,3},\s+(?:about\s+)?(?P<num>\d{1,2})"
    r"(?=\s+(?:weeks?|months?|years?)[,;:.]|,\s+\d[\d.]*\s?kg\b|\.(?!\d))",
    re.M,
)


def _one_animal_ages(body: str) -> Iterator[tuple[int, int, int, int | float | str]]:
    """Ages of one animal or person set off after it (RE_ANIMAL_AGE_AFTER, RE_NAMED_ONE_AGE), and
    of the animals a listing line opens with (RE_LISTED_SEX_AGE)."""
    if RE_ANIMAL_AGE_CUE.search(body):
        for m in RE_ANIMAL_AGE_AFTER.finditer(body):
            if m.group("animal").lower() in ANIMAL_NOUNS:
                yield m.start("num"), m.start("num"), m.end("num"), int(m.group("num"))
    if "ale" in body:
        for m in RE_LISTED_SEX_AGE.finditer(body):
            yield m.start("num"), m.start("num"), m.end("num"), int(m.group("num"))
    if not RE_NAMED_ONE_AGE_CUE.search(body):
        return
    for m in RE_NAMED_ONE_AGE.finditer(body):
        noun = m.group("noun").lower()
        if m.group("own") or noun in ANIMAL_NOUNS or _persons_noun(noun):
            age = _age_number(m.group("num").lower())
            if 0 < age < 120:
                yield m.start("num"), m.start("num"), m.end("num"), age


def _age_bracket_noun(body: str, start: int) -> bool:
    """Whether an age bracket written as a plural noun at `start` ("18-34s") names an age group
    (RE_AGE_BRACKET_NOUN_BEFORE), no band of readings or prices before it."""
    return (
        RE_AGE_BRACKET_NOUN_BEFORE.search(body, max(0, start - 8), start) is not None
        and RE_READING_BAND_BEFORE.search(body, max(0, start - AGE_BRACKET_NOUN_REACH), start) is None
    )


def find_ages(
    body: str, lower: str, dashed: list[int] | None = None
) -> Iterator[tuple[int, int, int, int | float | str]]:
    """(quote start, number start, number end, age) for every age stated, in no set order.
    `dashed`: the digit anchors AGE_BRACKET_FOLLOWERS passes, if known (the age brackets are
    looked for there only)."""
    if " months" in lower:
        yield from _animal_ages(body)
    if ", " in lower:
        yield from _one_animal_ages(body)
    if "+" in body:  # "the 10+ audience": the age an audience is counted from; "rated 18+"
        for m in RE_PLUS_AGE.finditer(body):
            num = "num" if m.group("num") else "rated"
            yield m.start(), m.start(num), m.end(num), int(m.group(num))
    if "-" in body or "–" in body:
        if dashed is None:
            brackets: Iterable[re.Match[str] | None] = RE_AGE_BRACKET.finditer(body)
        else:
            brackets = (RE_AGE_BRACKET.match(body, at) for at in dashed)
        for m in brackets:
            if m is None:
                continue
            low, high = int(m.group("low")), int(m.group("high"))
            if low < 12 or high - low < AGE_BRACKET_MIN_GAP:
                continue
            if m.group("plural"):
                if _age_bracket_noun(body, m.start()):
                    yield m.start(), m.start("low"), m.end("high"), f"{low}/{high}"
                continue
            group = RE_AGE_BRACKET_GROUP_BEFORE.search(body, max(0, m.start() - 16), m.start())
            if group is not None:
                yield group.start(), m.start("low"), m.end("high"), f"{low}/{high}"
    if "age:" in lower:
        for m in RE_AGE_LABEL.finditer(body):
            low, high = m.group("num"), m.group("num2")
            yield m.start(), m.start("num"), m.end(), f"{low}/{high}" if high else int(low)
    if not any(cue in lower for cue in CUES):
        return
    aged = "aged " in lower or "ages " in lower or "age of" in lower or " age " in lower
    for m in matches_at_word(RE_AGED, body, lower, "age") if aged else ():
        listed = RE_AGED_LIST.match(body, m.start()) if body.startswith(",", m.end("num")) else None
        if listed:  # "aged 24, 31 and 45": one age each
            for n in RE_LISTED_AGE.finditer(body, listed.start("list"), listed.end()):
                yield (
                    n.start() if n.start() > listed.start("list") else m.start(),
                    n.start(),
                    n.end(),
                    int(n.group()),
                )
            continue
        if body[m.start() : m.start("num")].rstrip() == "age" and not _persons_age(body, m):
            continue
        if RE_SPAN_UNIT_AFTER.match(body, m.end()) and _aged_goods_before(body, m.start()):
            continue  # "the sirloin, aged 28 days": the maturing's span (durations), not an age
        low, high = _age_number(m.group("num")), m.group("num2")
        high = str(_age_number(high)) if high else high
        if (
            high
            and m.group("join") == "and"
            and not m.group("btw")
            and not RE_BETWEEN_BEFORE.search(body, max(0, m.start() - 16), m.start())
        ):
            yield m.start(), m.start("num"), m.end("num"), low  # "aged 26 and 31": two ages
            yield m.start("num2"), m.start("num2"), m.end("num2"), int(high)
        elif high and int(high) > low:  # "aged 18 to 29": one range
            yield m.start(), m.start("num"), m.end("num2"), f"{low}/{int(high)}"
        else:
            yield m.start(), m.start("num"), m.end("num"), low
    if (
        "year-old" in lower
        or "years-old" in lower
        or "year old" in lower
        or "years old" in lower
        or " of age" in lower
        or "yr-old" in lower
        or "yr old" in lower
        or "yrs old" in lower
        or "yrs-old" in lower
    ):
        olds = matches_at_word(RE_YEAR_OLD, body, lower, "year", lead=1)
        if "yr" in lower:  # headline copy's "a 25-yr-old", "30 yrs old"
            olds = itertools.chain(olds, matches_at_word(RE_YEAR_OLD, body, lower, "yr", lead=1))
        for old in olds:
            num_end = old.start() + body[old.start()].isdigit()  # "2.5year-old": the digit is the number's
            m = RE_AGE_NUMBER_BEFORE.search(body, max(0, num_end - 40), num_end)
            low = RE_SUSPENDED_LOW.search(body, max(0, m.start() - 16), m.start()) if m else None
            if m and low is None and body[m.start() - 1 : m.start()] in ("-", "\u2013", " "):
                low = RE_DASHED_LOW.search(body, max(0, m.start() - 8), m.start())
                if low and not int(low.group("low")) < N.parse_amount(m.group("num")):
                    low = None
            if m and low is None and body.endswith(" and ", max(0, m.start() - 5), m.start()):
                low = _unhyphened_low_age(body, m, old.end())
            if m and low and _two_suspended_ages(body, low):
                # "three- and four-year-olds": two ages, as "aged 26 and 31" ("and" joins a range only
                # after "between")
                yield low.start(), low.start(), low.end("low"), _age_number(low.group("low").lower())
                low = None
            if m and low:  # "18- to 24-year-olds", "40-50 years old": one range of ages
                high = N.normalise_number(N.parse_amount(m.group("num")))
                yield (
                    low.start(),
                    low.start(),
                    m.end("num"),
                    f"{_age_number(low.group('low').lower())}/{high}",
                )
            elif m:
                yield (
                    m.start(),
                    m.start("num"),
                    old.end() if num_end > old.start() else m.end("num"),  # "2½-year-old" whole
                    N.normalise_number(N.parse_amount(m.group("num"))),
                )
    if "at age " in lower:
        for m in matches_at_word(RE_AT_AGE, body, lower, "at age "):
            value = N.normalise_number(N.parse_amount(m.group("num")))
            if 0 < value < 120:
                yield m.start(), m.start("num"), m.end("num"), value
    if ":" in body:
        for tail in RE_AGE_ENDS_LINE.finditer(body):  # the cheap test first: ", 81" ends a line
            line_start = body.rfind("\n", 0, tail.start()) + 1
            m = RE_LABELLED_NAME_AGE_LINE.match(body, line_start, tail.end())
            if m is not None and 0 < int(m.group("num")) < 120:  # "LIFETIME: Ngaio Te Rangi, 81"
                yield m.start("name"), m.start("num"), m.end("num"), int(m.group("num"))
    for m in RE_NAME_AGE.finditer(body):
        found = RE_NAME_BEFORE.search(body, max(0, m.start() - 30), m.start())
        if found is None and body[m.start() - 1 : m.start()] == ".":
            found = RE_INITIAL_NAME_BEFORE.search(body, max(0, m.start() - 40), m.start())
        if found is None and body[m.start() - 1 : m.start()] == ")":
            found = _name_before_affiliation(body, m.start() - 1)  # "Anna Berg (Labour), 52,"
        if found is None and (
            parent := RE_PARENT_APPOSITION_BEFORE.search(body, max(0, m.start() - 40), m.start())
        ):
            found = RE_NAME_BEFORE.search(body, max(0, parent.start() - 30), parent.start())
            if found is None or found.group("name").islower():
                continue  # "Ana Lima, a mother of three, 41,": the name before the aside
        shared = m.group(0)[2:4] in ("bo", "ea")  # "both 71", "each 19": one age of several people
        if found is None:  # "his son, 34,", "the chief executive, 48,": a person by role
            found = RE_ROLE_BEFORE.search(body, max(0, m.start() - 20), m.start())
            if found is not None and body[max(0, found.start() - 5) : found.start()].lower() == "both ":
                shared = True  # "Both defendants, 19,": one age of the two
            if found is None or not _person_by_role(found.group("name"), shared):
                continue
        name = found.group("name")
        if name[0].islower() and not name.isascii() or len(name) > 1 and name.isupper():
            continue  # a word in capitals ("the NEA, 12,") or one opened by a small letter
        before = RE_WORD_BEFORE.search(body, max(0, found.start() - 16), found.start())
        if before and before.group(1).lower() in PREPOSITIONS:
            continue  # "In London, 25 people": a place, not a person
        if (
            name.islower()
            and not _person_by_role(name, shared)
            and (name not in PEOPLE_NOUNS or name.endswith("s") or name in PLURAL_PEOPLE)
        ):
            continue  # "the defendant, 34," counts years lived; "the total, 34," does not
        if name not in NOT_NAMES and name not in MONTHS and 0 < int(m.group("num")) < 120:
            yield found.start(), m.start("num"), m.end("num"), int(m.group("num"))
    if holds_any(lower, "than ", THAN_CUES):
        for m in RE_THAN_AGE.finditer(body):
            age = _age_number(m.group("num").lower())
            if 0 < age < 120:
                yield m.start(), m.start("num"), m.end("num"), age
    if " when" in lower:
        for m in RE_WAS_AGE_WHEN.finditer(body):
            age = _age_number(m.group("num").lower())
            if 0 < age < 120 and _person_subject(body, m.start()):
                yield m.start("num"), m.start("num"), m.end("num"), age
    if (
        " age " in lower
        or "bracket" in lower
        or "cohort" in lower
        or "-to-" in lower
        or "demographic" in lower
        or " group" in lower
    ):
        for m in RE_AGE_BAND_NOUN.finditer(body):
            low, high = int(m.group("low")), int(m.group("high"))
            if not m.group("age") and (
                low < 12
                or high - low < AGE_BRACKET_MIN_GAP
                or not (
                    m.group("demo")
                    or m.group("join") == "-to-"
                    or _persons_in_clause_before(body, m.start())
                    or _audience_copy(body, m.start(), m.end())
                )
            ):
                continue
            if low < high < 120:
                yield m.start(), m.start("low"), m.end("high"), f"{low}/{high}"
    if "-and-" in lower:
        for m in RE_AND_OVER_COMPOUND.finditer(body):
            if 0 < int(m.group("num")) < 120:
                yield m.start(), m.start("num"), m.end("num"), int(m.group("num"))
    if " be " in lower and RE_BE_BOUND.search(body):
        for m in RE_MUST_BE_AGE.finditer(body):
            who = m.group("who").lower()
            age = _age_number(m.group("num").lower())
            persons = _persons_noun(who) or is_agent_plural(who) or has_person_ending(who)
            if persons and 0 < age < 120:
                yield m.start("num"), m.start("num"), m.end("num"), age
    if "Must be " in body:
        for m in RE_SUBJECTLESS_MUST_BE_AGE.finditer(body):
            age = _age_number(m.group("num").lower())
            if 0 < age < 120:
                yield m.start("num"), m.start("num"), m.end("num"), age
    if " be " in lower and RE_BE_AGE_TO.search(body):
        for m in RE_MUST_BE_TO_AGE.finditer(body):
            who = m.group("who").lower()
            age = _age_number(m.group("num").lower())
            persons = _persons_noun(who) or is_agent_plural(who) or has_person_ending(who) or who == "you"
            if persons and 0 < age < 120:
                yield m.start("num"), m.start("num"), m.end("num"), age
    if " and " in lower:
        for m in _plural_ages(body):
            who = m.group("who")
            if _persons_noun(who) and (who.endswith("s") or who in PLURAL_PEOPLE):
                for n in RE_LISTED_AGE.finditer(body, m.start("list"), m.end("list")):
                    if 0 < int(n.group()) < 120:
                        quote = m.start("who") if n.start() == m.start("list") else n.start()
                        yield quote, n.start(), n.end(), int(n.group())
    if " between " in lower:
        for m in RE_PERSONS_BETWEEN.finditer(body):
            low, high = _age_number(m.group("num").lower()), _age_number(m.group("num2").lower())
            if 0 < low < high < 120 and _persons_before(body, m.start()):
                yield m.start(), m.start("num"), m.end("num2"), f"{low}/{high}"
    for word in ("over ", "under ", "above ", "below "):
        at = lower.find(word)
        while at >= 0:
            m = RE_OVER_UNDER.match(body, at) or _child_age_word(body, at)
            if m and (
                _persons_before(body, at) or _joined_to_age_bound(body, at)
            ):  # "children under five": in words too
                num = "num" if m.groupdict().get("num") else "word"
                value = N.normalise_number(N.parse_amount(m.group(num)))
                if (value > 1 or num == "num") and value < 120:  # "fans over 360 games": no age
                    yield m.start("cmp"), m.start(num), m.end(num), value
            at = lower.find(word, at + 1)
    if TURNING_CUE in lower:
        for m in matches_at_word(RE_TURNING_AGE, body, lower, TURNING_CUE):
            age = N.normalise_number(N.parse_amount(m.group("num")))
            if 0 < age < 120:
                yield m.start(), m.start("num"), m.end("num"), age
        for m in matches_at_word(RE_PERSONS_TURNING_AGE, body, lower, "turning "):
            age = N.normalise_number(N.parse_amount(m.group("num")))
            if 0 < age < 120 and _persons_before(body, m.start()):
                yield m.start(), m.start("num"), m.end("num"), age
    if any(cue in lower for cue in PRONOUN_CUES):
        for m in RE_PRONOUN_AGE.finditer(body):
            age = N.normalise_number(N.parse_amount(m.group("num")))
            if 0 < age < 120:
                yield m.start("num"), m.start("num"), m.end("num"), age
    if holds_any(lower, " both ", BOTH_CUES):
        for m in RE_BOTH_AGE.finditer(body):
            age = N.normalise_number(N.parse_amount(m.group("num")))
            if 0 < age < 120:
                yield m.start("both"), m.start("num"), m.end("num"), age
    if holds_any(lower, "liv", LIVED_TO_CUES):
        for m in RE_LIVED_TO_AGE.finditer(body):
            age = N.normalise_number(N.parse_amount(m.group("num")))
            if 0 < age < 250:
                yield m.start(), m.start("num"), m.end("num"), age
    if holds_any(lower, "est", SUPERLATIVE_AGE_CUES):
        for m in RE_SUPERLATIVE_AGE.finditer(body):
            age = _age_number(m.group("num").lower())
            noun = m.group("noun")
            persons = noun is None or m.group("name") or _persons_noun(noun) or is_person_agent(noun)
            if 0 < age < 120 and (persons or is_person_noun(noun)):
                yield m.start("num"), m.start("num"), m.end("num"), age
        for m in RE_GAPPED_SUPERLATIVE_AGE.finditer(body):
            noun = m.group("noun")
            if (noun is None or _persons_noun(noun) or is_person_agent(noun)) and int(m.group("num2")) < 120:
                for g in ("num", "num2"):
                    yield m.start(g), m.start(g), m.end(g), int(m.group(g))
    for verb in KIN_VERBS:
        yield from _kin_ages(body, lower, verb)
    if WHO_CUE in lower:
        for m in RE_WHO_AGE.finditer(body):
            age = N.normalise_number(N.parse_amount(m.group("num")))
            if 0 < age < 120:
                yield m.start("num"), m.start("num"), m.end("num"), age
    for m in _ending_at_cues(body, lower, OR_OLDER_CUES, RE_OR_OLDER, 16):
        value = N.normalise_number(N.parse_amount(m.group("num")))
        if 0 < value < 120:
            yield m.start(), m.start("num"), m.end("num"), value
    for m in _ending_at_cues(body, lower, AND_OLDER_CUES, RE_AND_OLDER, 16):
        if _persons_before(body, m.start()):
            value = N.normalise_number(N.parse_amount(m.group("num")))
            if 0 < value < 120:
                yield m.start(), m.start("num"), m.end("num"), value
    for verb in AGE_GIVEN_VERBS:
        at = lower.find(verb)
        while at >= 0:
            m = RE_GIVEN_AGE_NUMBER.match(body, at + len(verb))
            if m and 0 < int(m.group("num")) < 120 and _age_named_before(lower, at):
                yield m.start("num"), m.start("num"), m.end("num"), int(m.group("num"))
            at = lower.find(verb, at + 1)
    at = lower.find(" age as ")
    while at >= 0:
        m = RE_GIVEN_AGE_NUMBER.match(body, at + len(" age as "))
        if (
            m
            and 0 < int(m.group("num")) < 120
            and RE_AGE_AS_OWNER_BEFORE.search(lower, max(0, at - 24), at + 1)
        ):
            yield m.start("num"), m.start("num"), m.end("num"), int(m.group("num"))
        at = lower.find(" age as ", at + 1)
    if "(" in lower:
        for m in RE_BRACKETED_BAND.finditer(body):
            group = "num" if m.group("num") else "num2"
            if 0 < int(m.group(group)) < 120:
                yield m.start(group), m.start(group), m.end(group), int(m.group(group))
    for m in _ending_at_cues(body, lower, OR_OVER_CUES, RE_BE_OR_OVER, 12):
        if 0 < int(m.group("num")) < 120:
            yield m.start("num"), m.start("num"), m.end("num"), int(m.group("num"))
    first = len(lower)
    for word in AGE_STATISTICS:
        at = lower.find(word)
        first = min(first, at) if at >= 0 else first
        while at >= 0:
            yield from _statistic_ages(body, at)
            at = lower.find(word, at + 1)
    at = lower.find(AGE_REFERENCE, first)
    while at >= 0:
        yield from _statistic_ages(body, at)
        at = lower.find(AGE_REFERENCE, at + 1)
    yield from _ages_after_at(body, lower)
    if BRACKET_CUE in lower:
        yield from _bracket_ages(body)
    if PERSON_OF_CUE in lower:
        yield from _ages_of_one_person(body)
    if "at " in lower or "now " in lower:
        yield from _opening_ages(body)
    if "-plus" in lower:
        yield from _plus_ages(body)
    if " still " in lower:
        yield from _still_only_ages(body)
    for word in ("over-", "under-"):
        at = lower.find(word)
        while at >= 0:
            m = RE_AGE_GROUP.match(body, at)
            if m and not age_grade_team(body, m.start(), m.end()):  # "the under-21 side": a name
                if m.group("num"):
                    yield m.start(), m.start("num"), m.end("num"), int(m.group("num"))
                elif value := plural_number_word(m.group("words")):
                    yield m.start(), m.start("words"), m.end("words"), value
            at = lower.find(word, at + 1)


def _ages_of_one_person(body: str) -> Iterator[tuple[int, int, int, int | float | str]]:
    """Ages after one person named by a singular noun and "of" ("a girl of 14", RE_PERSON_OF_AGE)."""
    for m in RE_PERSON_OF_AGE.finditer(body):
        who = m.group("who")
        person = who in ONE_PERSON_NOUNS or who in PERSON_NOUNS or is_agent_plural(f"{who}s")
        if not person or who in PARENT_NOUNS or who in ANIMAL_GROUP_NOUNS or who in PEOPLE_GROUP_NOUNS:
            continue
        nxt = RE_NEXT_WORD.match(body, m.end())
        word = nxt.group("word").lower() if nxt else ""
        if word not in AGE_UNIT_WORDS and (word == "%" or word in ("per", "percent") or unit_word(word)):
            continue  # "a man of 70 kilograms": a measure
        if word.endswith("s") and word.islower() and word not in AGE_UNIT_WORDS and word not in VERBS_IN_S:
            continue  # "a veteran of 40 campaigns", "a winner of 3 titles": the plural noun counted
        age = _age_number(m.group("num").lower())
        if 1 < age < 120:
            yield m.start(), m.start("num"), m.end("num"), age


# words of the time of day ("at 9am", "9 p.m.", "nine o'clock", "that morning"): near them, an
# opening "At 9," may be a clock hour; elsewhere it is a child's age ("At 9, she moved to London")
RE_TIME_OF_DAY = re.compile(
    r"\d\s*(?:[ap]\.?m\b\.?|[AP]\.?M\b\.?)|\b(?:o['’]clock|tonight|midnight|noon|midday|dawn|dusk|hours"
    rf"|{'|'.join(sorted(DAY_PARTS))})\b",
    re.IGNORECASE,
)
TIME_OF_DAY_REACH = 240  # characters read either side of an opening "At N,"


def _time_of_day_near(body: str, at: int) -> bool:
    """Whether the time of day is spoken of near `at` (see above)."""
    return RE_TIME_OF_DAY.search(body[max(0, at - TIME_OF_DAY_REACH) : at + TIME_OF_DAY_REACH]) is not None


def _opening_ages(body: str) -> Iterator[tuple[int, int, int, int | float | str]]:
    """Ages opening a sentence, "At 21, she became", "Now 58, the painter" (RE_OPENING_AGE)."""
    for m in RE_OPENING_AGE.finditer(body):
        if not _opens_sentence_at(body, m.start()):
            continue
        age = _age_number(m.group("num").lower())
        # "At 9, he left": a clock hour too, where the text around speaks of the time of day
        # ... or where the clause's verb is a proceeding's ("At 11, the judge called a short recess")
        # ... or where "the" and an office only a grown-up holds follow ("At 9, the minister arrived")
        hour = (
            _time_of_day_near(body, m.start())
            or event_clause(body, m.end())
            or _office_holder_opens(body, m.end())
        )
        low = 13 if m.group("lead") == "At" and hour else 1
        if low <= age < 120 and (_person_opens(body, m.end()) or _speaker_clause(body, m.end())):
            yield m.start(), m.start("num"), m.end("num"), age


# the speaker in the clause after an opening "At 44," ("At 44, who is going to hire me?", "At 63,
# nobody wants my CV"): a first-person pronoun before the sentence ends, read in a bounded window
RE_CLAUSE_TO_END = re.compile(r"[^.!?;\n]{0,80}")
FIRST_PERSON = frozenset(("I", "me", "my", "I'm", "I’m", "I've", "I’ve"))


def _speaker_clause(body: str, at: int) -> bool:
    """Whether the clause from `at` to its sentence's end names the speaker ("me", "my", "I")."""
    m = RE_CLAUSE_TO_END.match(body, at)
    return m is not None and any(w.strip(',"”’') in FIRST_PERSON for w in m.group().split())


def _opens_sentence_at(body: str, at: int) -> bool:
    """Whether a sentence or a line opens at `at`: the text's start, a line break, or a sentence's
    end (a closing quote after it or not) and one space before it."""
    if at == 0 or body[at - 1] == "\n":
        return True
    if at < 2 or not body[at - 1].isspace():
        return False
    if body[at - 2] in SENTENCE_ENDS:
        return True
    return at >= 3 and body[at - 2] in CLOSING_QUOTES and body[at - 3] in SENTENCE_ENDS


def _office_holder_opens(body: str, at: int) -> bool:
    """Whether "the" and a noun of an office only a grown-up holds (vocab.OFFICE_HOLDER_NOUNS) open
    the clause at `at` ("the minister arrived")."""
    m = RE_THE_PERSON_AFTER.match(body, at)
    return m is not None and m.group("the") is not None and m.group("who").lower() in OFFICE_HOLDER_NOUNS


def _person_opens(body: str, at: int) -> bool:
    """Whether a person is the subject at `at`: "he", "she" or "I"; a name ("Okonjo won"); or "the"
    and a person's noun ("the former minister") or a capitalised one ("the Kenyan is")."""
    first = RE_NEXT_WORD.match(body, at)
    if first is None:
        return False
    if first.group("word") in OPENING_PRONOUNS:
        return True
    m = RE_THE_PERSON_AFTER.match(body, at)
    if m is None:
        return False
    who, nxt = m.group("who"), m.group("next")
    if who[0].isupper():  # a name or a nationality, then a word in lower case (after a bare name, a verb)
        return (
            nxt.islower()
            and (m.group("the") is not None or nxt in NAME_VERBS_AFTER or nxt.endswith("ed"))
            and not who.isupper()
            and who not in NOT_NAMES
            and who not in MONTHS
            and who not in NOT_PERSON_SUBJECTS
            and (m.group("the") is not None or m.start("who") == at)
        )
    return m.group("the") is not None and (
        who in PERSON_NOUNS or who in ONE_PERSON_NOUNS or is_agent_plural(f"{who}s") or has_person_ending(who)
    )


def _plus_ages(body: str) -> Iterator[tuple[int, int, int, int | float | str]]:
    """Open-ended ages "N-plus" after persons ("Residents, 70-plus,", RE_PLUS_AFTER_PERSONS)."""
    for m in RE_PLUS_AFTER_PERSONS.finditer(body):
        who = m.group("who").lower()
        persons = who in PEOPLE_NOUNS and who not in NOT_PERSONS or is_agent_plural(who)
        if persons and 0 < int(m.group("num")) < 120:
            yield m.start("num"), m.start("num"), m.end("num"), int(m.group("num"))


def _still_only_ages(body: str) -> Iterator[tuple[int, int, int, int | float | str]]:
    """Ages after a person and "is still only" ("The goalkeeper is still only 22", RE_STILL_ONLY_AGE)."""
    for m in RE_STILL_ONLY_AGE.finditer(body):
        age = _age_number(m.group("num").lower())
        if 0 < age < 120 and _person_subject(body, m.start()):
            yield m.start("num"), m.start("num"), m.end("num"), age


RE_PERSONS_IN_CLAUSE = re.compile(r"\b(?P<who>[a-z]+)\s+(?:in|among|within|from)\s+(?:the\s+)?\Z")


def _persons_in_clause_before(body: str, at: int) -> bool:
    """Whether a plural noun of persons stands right before "in the" at `at` ("men in the 65-74
    bracket", "voters among the 18-24 cohort")."""
    m = RE_PERSONS_IN_CLAUSE.search(body, max(0, at - 30), at)
    return m is not None and _persons_noun(m.group("who"))


def _joined_to_age_bound(body: str, at: int) -> bool:
    """Whether the bound at `at` is joined by "and"/"or" to an age bound right before it ("drivers
    under 25 and over 70")."""
    joined = RE_BOUND_JOINED_BEFORE.search(body, max(0, at - 24), at)
    return joined is not None and _persons_before(body, joined.start())


def _person_subject(body: str, at: int) -> bool:
    """Whether a person is the subject right before `at` ("The defendant, now 71,", "Reyes"): a
    person noun (vocab.PERSON_NOUNS) or a capitalised name, an aside in commas after it allowed."""
    m = RE_SUBJECT_BEFORE.search(body, max(0, at - 60), at)
    if m is None:
        return False
    who = m.group("who")
    if who.lower() in PERSON_NOUNS:
        return True
    return (
        who[0].isupper()
        and not who.isupper()
        and who not in NOT_NAMES
        and who not in NOT_PERSON_SUBJECTS
        and who not in MONTHS
    )


def plural_number_word(word: str) -> int | None:
    """The number a plural number word names ("fives" 5, "sixes" 6, "twelves" 12, "sixties" 60), or
    None when the word is no plural of a number word."""
    for stem in (word[:-3] + "y" if word.endswith("ies") else "", word[:-2], word[:-1]):
        if stem.isalpha() and re.fullmatch(N.SMALL_WORD, stem):
            return N.parse_word_number(stem)
    return None


# a party or a party and a state in brackets after a full name, as political copy writes it
# ("Senator Jane Roe (D-Ohio), 64,", "Ola Berg (Sp), 52."): letters, a hyphen, a point
RE_AFFILIATION = re.compile(r" \((?P<tag>[A-Z][A-Za-z.\- ]{0,19})\)\Z")
AFFILIATION_REACH = 60  # characters before the closing bracket read for the tag and the name


def _name_before_affiliation(body: str, close: int) -> re.Match[str] | None:
    """The last word of a full name before a bracketed party tag that ends at `close` (its ")"):
    a match with the group "name", or None."""
    tag = RE_AFFILIATION.search(body, max(0, close - 24), close + 1)
    if tag is None:
        return None
    full = RE_FULL_NAME_BEFORE.search(body, max(0, tag.start() - AFFILIATION_REACH), tag.start())
    if full is None or full.group("last").isupper():
        return None
    return RE_NAME_BEFORE.search(body, full.start("last"), full.end("last"))


def _bracket_ages(body: str) -> Iterator[tuple[int, int, int, int | float | str]]:
    """Ages in brackets after a person's full name ("Petrus Kandjii (44)"), or a name that ends in
    an initial ("Libor H. (51)", RE_INITIAL_NAME_BEFORE): RE_BRACKET_AGE."""
    at = body.find(BRACKET_CUE)
    while at >= 0:
        initial = at > 1 and body[at - 1] == "." and body[at - 2].isupper()  # "Libor H. (51)"
        m = RE_BRACKET_AGE.match(body, at) if at and (body[at - 1].isalpha() or initial) else None
        at = body.find(BRACKET_CUE, at + 1)
        if m is None:
            continue
        kin = None
        if initial:
            name = RE_INITIAL_NAME_BEFORE.search(body, max(0, m.start() - 40), m.start())
            if name is None or name.group("name") in NOT_NAMES or name.group("name") in MONTHS:
                continue
        else:
            name = RE_FULL_NAME_BEFORE.search(body, max(0, m.start() - 50), m.start())
            if name is None:
                name = kin = RE_KIN_LIST_NAME_BEFORE.search(
                    body, max(0, m.start() - KIN_LIST_REACH), m.start()
                )
                if kin is None or kin.group("last") in NOT_NAMES or kin.group("last") in MONTHS:
                    continue
            elif name.group("first") in NOT_NAMES or name.group("last") in MONTHS:
                continue
        if kin is None and len(m.group("num")) == 1:
            continue  # "Team B (3)": one digit is an age only in a list of kin
        if body[max(0, name.start() - 4) : name.start()].lower() == "the ":
            continue  # "the Liberal Democrats (12)": a party or a team, not a person
        before = RE_BRACKET_NUMBER.search(body, max(0, m.start() - BRACKET_LIST_REACH), m.start())
        after = RE_BRACKET_NUMBER.search(body, m.end(), m.end() + BRACKET_LIST_REACH)
        if (
            (before or after)
            and kin is None  # "Oma of Lena (12), Max (9)": kin listed with their ages
            and not m.group("years")
            and not RE_OF_PLACE_AFTER.match(body, m.end())
            and not _same_surname_list(body, name.group("last"), before, after)
            and not _kin_between(
                body, before.start() if before else m.end(), after.start() if after else m.start()
            )
        ):
            continue  # "Haaland (22), Salah (18)": tallies listed by name
        if RE_SPORT_TALLY_AFTER.search(body, m.end(), m.end() + SPORT_TALLY_REACH):
            continue  # "Joe Root (83) anchored the innings": runs, not years
        opening = kin.start("last") if kin is not None else name.start()  # the kin word not quoted
        yield opening, m.start("num"), m.end("num"), int(m.group("num"))


# a bracketed age then where the person lives, as court lists and police copy give it ("Marcus
# O'Neal (52), of Sea Cows Bay"): no tally has a home
RE_OF_PLACE_AFTER = re.compile(r",? (?:both |all )?of [A-Z]")


def _same_surname_list(
    body: str, last: str, before: re.Match[str] | None, after: re.Match[str] | None
) -> bool:
    """Whether the other bracketed number close by follows the same surname ("Shanice Vanterpool
    (27) and Levi Vanterpool (29)"): kin named in full, their ages, not a list of tallies."""
    for other in (before, after):
        if other is not None and body.endswith(
            last, max(0, other.start() - len(last) - 1), other.start() - 1
        ):
            return True
    return False


def _kin_between(body: str, start: int, end: int) -> bool:
    """Whether a relative named by a possessive stands between `start` and `end` ("Maria Santos (34)
    and her mother Elena Santos (61)"): bracketed numbers after the names of kin are ages, not a
    list of tallies."""
    words = body[start:end].lower().split()
    return any(a in POSSESSIVES and b.strip(",") in KIN_NOUNS for a, b in itertools.pairwise(words))


def _kin_ages(body: str, lower: str, verb: str) -> Iterator[tuple[int, int, int, int | float | str]]:
    """Ages after a relative named by a possessive and `verb` (" is ", " was "): "My father is 88
    and", "Their daughter was 17." (RE_KIN_AGE_AFTER)."""
    at = lower.find(verb)
    while at >= 0:
        space = lower.rfind(" ", max(0, at - 16), at)  # the word before the verb, read first
        if (
            space >= 0
            and lower[space + 1 : at] in KIN_NOUNS
            and body[at + len(verb) : at + len(verb) + 1].isalnum()
        ):
            kin = RE_KIN_BEFORE.search(body, max(0, at - 24), at)
            if kin and kin.group("kin") in KIN_NOUNS and kin.group("pos").lower() in POSSESSIVES:
                m = RE_KIN_AGE_AFTER.match(body, at + 1)
                if m:
                    age = N.normalise_number(N.parse_amount(m.group("num")))
                    if 0 < age < 120:
                        yield m.start("num"), m.start("num"), m.end("num"), age
        at = lower.find(verb, at + 1)


RE_OPEN_AGE_END = re.compile(r"\s+(?:and|or)\s+(?:older|over|up|above|younger|under)\b")


def _persons_age(body: str, m: re.Match[str]) -> bool:
    """Whether a bare "age N" (RE_AGED) states an age: after a comma ("Jane Doe, age 44,"), after a
    plural noun of persons ("adults age 65", "children age 5 to 11"), or before an open end ("those
    age 65 and older"); not "its age 3 ranking"."""
    if body.startswith(", ", m.start() - 2) or RE_OPEN_AGE_END.match(body, m.end("num")):
        return True
    word = RE_WORD_AGED_BEFORE.search(body, max(0, m.start() - 24), m.start())
    if word is None:
        return False
    who = word.group("who").lower()
    return who in WHO_PRONOUNS or _persons_noun(who) and who.endswith(("s", "men", "ren"))


def _ages_after_at(body: str, lower: str) -> Iterator[tuple[int, int, int, int | float | str]]:
    """Ages stated as a bare "at N" in a sentence about a person ("she joined the company at 19,")."""
    at = lower.find(" at ")
    last = -1  # where the last bare age read ends
    while at >= 0:
        if lower[at + 4 : at + 5].isdigit():
            m = RE_AT_BARE_AGE.match(body, at + 1)
            if m is None and (started := _started_at_child_age(body, at)) is not None:
                yield started
                last = started[2]
            if m is None and lower.endswith(LIFE_EVENTS_BEFORE_AT, 0, at):
                m = RE_AT_BARE_AGE_GOING_ON.match(body, at + 1)
            word = RE_WORD_BEFORE.search(body, max(0, at - 16), at + 1) if m else None
            traded = m is not None and not TRADE_VERBS.isdisjoint(
                lower[max(0, at - TRADE_REACH) : at].split()[-4:]
            )
            level = word is not None and word.group(1).lower() in LEVEL_WORDS
            if level and word is not None and _compares_age_before(body, word.group(1).lower(), last, at):
                level = False  # "at 38, your odds are half what they would be at 32": an age beside an age
            if m and not traded and not level:
                window = body[max(0, at - PERSON_REACH) : at]
                cut = max(window.rfind(". "), window.rfind("; "), window.rfind("\n"))
                if RE_PERSON_PRONOUN.search(window, cut + 1) or lower.endswith(LIFE_EVENTS_BEFORE_AT, 0, at):
                    low, high = m.group("num"), m.groupdict().get("num2")
                    if high is None:
                        yield m.start("num"), m.start("num"), m.end("num"), int(low)
                        last = m.end("num")
                    elif int(low) < int(high):
                        yield m.start("num"), m.start("num"), m.end("num2"), f"{low}/{high}"
                        last = m.end("num2")
        at = lower.find(" at ", at + 1)


STARTED_REACH = 40  # characters before " at " read for "began" and what was taken up


def _started_at_child_age(body: str, at: int) -> tuple[int, int, int, int] | None:
    """A child's age after "began dancing at" (RE_STARTED_AT_CHILD_AGE; `at` where " at " is), in a
    sentence about a person, far from words of the time of day, as find_ages yields it, or None."""
    m = RE_STARTED_AT_CHILD_AGE.search(body, max(0, at - STARTED_REACH), at + STARTED_REACH)
    if m is None or m.start("num") != at + 4 or _time_of_day_near(body, at):
        return None
    window = body[max(0, at - PERSON_REACH) : at]
    cut = max(window.rfind(". "), window.rfind("; "), window.rfind("\n"))
    if not RE_PERSON_PRONOUN.search(window, cut + 1):
        return None
    return m.start("num"), m.start("num"), m.end("num"), int(m.group("num"))


# "what they would be at 32", "than you will be at 60": a person's pronoun and a modal before "be"
RE_PERSON_WOULD_BE_BEFORE = re.compile(
    r"\b(?:they|you|he|she|I|we)\s+(?:would|could|might|will|should|may)(?:\s+have)?\s+(?:be|been)\s+\Z"
)


def _compares_age_before(body: str, verb: str, last: int, at: int) -> bool:
    """Whether "at N" after a person's pronoun, a modal and "be" (`verb` the word before "at" at
    `at`) compares with a bare age "at M" read before it in the same sentence ("if you freeze eggs
    at 38, your odds are half what they would be at 32"): then N is an age too, not a level."""
    return (
        verb in ("be", "been")
        and last >= 0
        and not any(stop in body[last:at] for stop in (". ", "; ", "\n"))
        and RE_PERSON_WOULD_BE_BEFORE.search(body, max(last, at - 40), at + 1) is not None
    )


# "children under five got", "babies under two": after a noun of the young, a number word after
# "under" or "over" is an age whatever follows, unless a plural noun it counts does ("two schemes")
RE_CHILD_AGE_WORD = re.compile(rf"\b(?P<cmp>under|over)\s+(?P<word>{N.SMALL_WORD})\b(?!\s+[a-z]+s\b)")
CHILD_NOUNS = frozenset("children child babies infants kids toddlers girls boys pupils".split())


def _child_age_word(body: str, at: int) -> re.Match[str] | None:
    """RE_CHILD_AGE_WORD at `at` when a noun of the young stands right before it, else None."""
    m = RE_WORD_AGED_BEFORE.search(body, max(0, at - 24), at)
    if m is None or m.group("who").lower() not in CHILD_NOUNS:
        return None
    return RE_CHILD_AGE_WORD.match(body, at)


RE_SPAN_UNIT_AFTER = re.compile(r"\s+(?:days?|weeks?|months?|years?)\b")
RE_NOUN_BEFORE_AGED = re.compile(r"\b([a-z]+)(?:,?\s+(?:is|was|are|were|been|being|then))?,?\s+\Z")
AGED_GOODS_REACH = 24  # characters before "aged" read for the food or drink matured


def _aged_goods_before(body: str, at: int) -> bool:
    """Whether food or drink (vocab.AGED_GOODS) is named right before "aged" ("the pork chop, aged
    21 days", "a cheddar aged 18 months")."""
    m = RE_NOUN_BEFORE_AGED.search(body, max(0, at - AGED_GOODS_REACH), at)
    return m is not None and m.group(1) in AGED_GOODS


def _age_named_before(lower: str, at: int) -> bool:
    """Whether the word "age" stands before `at` in its sentence, within AGE_GIVEN_REACH characters."""
    reach = max(0, at - AGE_GIVEN_REACH)
    found = lower.rfind("age", reach, at)
    while found >= 0:
        whole = (not found or not lower[found - 1].isalpha()) and not lower[found + 3 : found + 4].isalpha()
        if whole:
            return not any(stop in lower[found:at] for stop in ".;!?")
        found = lower.rfind("age", reach, found)
    return False


# ... or a plural that may name persons or things, a doer's by its end ("smokers", "drivers",
# "jobseekers": figures/words.py), when the bound ends its clause or a verb follows it ("drivers
# under 21.", "smokers over 40 should ask"): an age; "drivers over 80 km/h" and "sweepers under 5
# tonnes" have a unit after the number
AGE_END_AFTER = (  # the clause's end or a verb after an age bound or range: no noun it counts
    r"(?=[,;:)!?]|\.(?!\d)|\s*\Z|\s+(?:in|and|or|who|were|are|was|is|at|on|with|across|from|to|for|will|can"
    r"|may|must|should|could|would|get|pay|need|have|had|has|face|make|took|take|account"
    r"|rose|fell|grew|dropped|declined|climbed|doubled|rises|falls|grows)\b)"
)
RE_AGE_BOUND_END = re.compile(r"(?:over|under|above|below)\s+(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)" + AGE_END_AFTER)
# "Teenagers between 13 and 15 will be offered", "women between 40 and 74.": a range right after a
# plural of persons (_persons_before) that ends its clause or is followed by a verb, as
# RE_AGE_BOUND_END reads an age bound, is a range of ages; "players between 20 and 30 goals" and
# "workers between 2019 and 2024" are not (it opens with its letter and looks behind for the word
# boundary, so the regex engine leaps from "b" to "b": the same matches as a leading "\b")
RE_PERSONS_BETWEEN = re.compile(
    rf"[Bb](?<!\w[Bb])etween\s+(?P<num>\d{{1,3}}|{N.SMALL_WORD})\s+and\s+(?P<num2>\d{{1,3}}|{N.SMALL_WORD})"
    + AGE_END_AFTER
)
# ... and a share of a population named by its bound (vocab.SHARE_NOUNS: "the share under 30 fell",
# "the proportion over 65 has doubled"), as census and survey copy writes an age group


def _persons_before(body: str, at: int) -> bool:
    """Whether persons are named right before "over"/"under" ("passengers under 25", "men over
    30", "those aged under 18"): a people noun (vocab.PEOPLE_NOUNS) that is no event or state, or
    a doer's plural before an age bound that ends its clause (RE_AGE_BOUND_END)."""
    m = RE_WORD_AGED_BEFORE.search(body, max(0, at - 24), at)
    if m is not None and m.group("who").lower() in AGE_COPULAS:
        # "43% of the population are under 18", "most victims were under 25": the persons before the
        # verb, when the bound ends its clause (not "the population is over 2 million")
        if RE_AGE_BOUND_END.match(body, at, at + 60) is None:
            return False
        copula = m.start()
        m = RE_WORD_AGED_BEFORE.search(body, max(0, copula - 24), copula)
        if _count_of_persons_before(body, copula):
            return True  # "40 residents, of whom 12 were over 65": the 12 are persons
        if RE_SHARE_BEFORE_COPULA.search(body, max(0, copula - SHARE_COPULA_REACH), copula):
            return True  # "nearly 80% are over 60": a share of the population named before, by age
        if (
            m is not None
            and m.group("who").lower() in STATE_PERSONS
            and body[max(0, m.start() - 4) : m.start()].lower() == "the "
        ):
            return True  # "Two of the dead were over 70": the dead are persons, as "the victims" are
        if (
            m is None
            or not _persons_noun(m.group("who").lower())
            and m.group("who").lower() not in ("them", "whom")
        ):
            # "most of those who died were over 60", "the victims of the crash were under 18": the
            # subject's head before its who-clause or prepositional phrase ("a third of them are
            # under 35": "them" is read below, never the fraction before it, fixwalk40-a)
            m = _qualified_subject(body, copula) or m
    elif _count_of_persons_before(body, at) and RE_AGE_BOUND_END.match(body, at, at + 60) is not None:
        return True  # "nine men, four aged under 18": the four are persons
    if m is None:
        return False
    who = m.group("who").lower()
    if who in ("them", "whom"):  # "150 visitors, many of them over 70": the persons counted before
        return body.endswith("of ", 0, m.start("who")) and _persons_counted_before(body, m.start())
    return (
        who in WHO_PRONOUNS
        or _persons_noun(who)
        or (
            who in PEOPLE_NOUNS_UNLESS_OF
            or has_person_ending(who)
            or is_agent_plural(who)
            or who in SHARE_NOUNS
            and body[max(0, m.start() - 4) : m.start()].lower() == "the "
            or is_demonym_plural(m.group("who"))  # "One in five Japanese is over 70": a people
        )
        and RE_AGE_BOUND_END.match(body, at, at + 60) is not None
    )


# a subject's head, then a who-clause or a phrase of a preposition of up to four lower-case words,
# before the copula of an age bound ("those who died in the heatwave were over 75", "the victims of
# the ferry disaster were under 18")
RE_QUALIFIED_SUBJECT_BEFORE = re.compile(
    r"\b(?P<who>[A-Za-z]+)\s+(?:who|of|in|on|at|from|aboard)\s+(?:[a-z]+\s+){1,4}\Z"
)
QUALIFIED_SUBJECT_REACH = 50  # characters before the copula read for the subject's head


def _qualified_subject(body: str, copula: int) -> re.Match[str] | None:
    """The nearest head of persons before the copula at `copula` with its qualifying words between
    (RE_QUALIFIED_SUBJECT_BEFORE: "Most of those who died were"), or None."""
    pos = max(0, copula - QUALIFIED_SUBJECT_REACH)
    found = None
    while (m := RE_QUALIFIED_SUBJECT_BEFORE.search(body, pos, copula)) is not None:
        who = m.group("who").lower()
        if who in WHO_PRONOUNS or _persons_noun(who):
            found = m
        pos = m.end("who")
    return found


# "many of them", "most of them" after a count of persons in the same clause ("we see 150
# visitors a day, many of them over 70", "a team of eight ringers, four of them aged under 18"):
# "them" are those persons; the count in digits or in words, its noun after one word too ("14,200
# active members, and a third of them are under 35", fixwalk40-a)
RE_PERSONS_COUNT_BEFORE = re.compile(
    rf"(?<![\w-])(?:\d[\d,]*|{N.WORD_NUMBER})\s+(?P<noun>[a-z]+)\b(?:\s+(?P<noun2>[a-z]+)\b)?", re.IGNORECASE
)
PERSONS_COUNT_REACH = 90  # characters before "them" read for the count of persons
# ... or a count taken "of the" persons, the persons ending the count's noun phrase ("214 of the
# licence holders were women and 96 were under 18"): the second count is of those persons too
RE_PERSONS_OF_THE_COUNT_BEFORE = re.compile(
    rf"(?<![\w-])(?:\d[\d,]*|{N.WORD_NUMBER})\s+of\s+(?:the|its|their|these|those)\s+(?:[a-z-]+\s+){{0,2}}?"
    r"(?P<noun>[a-z]+)(?=\s+(?:were|are|was|is|had|have)\b|[,;)])",
    re.IGNORECASE,
)
# a number right before an age bound or its copula, after "of whom" or after a count of persons
# ("40 residents, of whom 12 were over 65", "nine men, four aged under 18"): it counts persons
RE_COUNT_AGED_BEFORE = re.compile(rf"(?<![\w-])(?:\d[\d,]*|{N.WORD_NUMBER})\s+(?:aged\s+)?\Z", re.IGNORECASE)


def _persons_counted_before(body: str, at: int) -> bool:
    """Whether a count of persons (a number and a people noun, or a doer's plural that names
    persons: "eight ringers", or a count "of the" persons) stands shortly before `at` in its clause."""
    start = max(0, at - PERSONS_COUNT_REACH)
    stop = max(body.rfind(c, start, at) for c in ".;:!?")
    for regex in (RE_PERSONS_COUNT_BEFORE, RE_PERSONS_OF_THE_COUNT_BEFORE):
        for m in regex.finditer(body, max(start, stop + 1), at):
            nouns = (m.group("noun"), m.groupdict().get("noun2") or "")
            if any(_persons_noun(noun.lower()) or is_person_agent(noun.lower()) for noun in nouns):
                return True
    return False


# the persons a clause's count is taken from, named before it with "of the" or "among the" ("Of
# the victims, 12 were over 65", "Among the injured, six were under 18"): the count is of persons,
# the dead, injured or wounded too (persons after "the", not states as after a number)
RE_OF_THE_PERSONS_BEFORE = re.compile(
    r"\b(?:[Oo]f|[Aa]mong)\s+(?:the|those|these|its|their)\s+(?:[a-z-]+\s+){0,2}?(?P<noun>[a-z]+),\s+\Z"
)
OF_THE_PERSONS_REACH = 60  # characters before the count read for "of the" and its persons


def of_the_persons_before(body: str, at: int) -> bool:
    """Whether persons are named before the count at `at` with "of the" (RE_OF_THE_PERSONS_BEFORE)."""
    m = RE_OF_THE_PERSONS_BEFORE.search(body, max(0, at - OF_THE_PERSONS_REACH), at)
    return m is not None and (m.group("noun") in PEOPLE_NOUNS or is_person_agent(m.group("noun")))


def _audience_copy(body: str, start: int, end: int) -> bool:
    """Whether ratings or marketing copy's audience is named near an age band (RE_AUDIENCE_COPY)."""
    return (
        RE_AUDIENCE_COPY.search(body, max(0, start - AUDIENCE_COPY_REACH), end + AUDIENCE_COPY_REACH)
        is not None
    )


def _count_of_persons_before(body: str, at: int) -> bool:
    """Whether a number right before `at` (RE_COUNT_AGED_BEFORE) counts persons: after "of whom",
    after a count of persons in its clause or persons named with "of the" ("of whom 12 were",
    "nine men, four aged", "Of the victims, 12 were")."""
    m = RE_COUNT_AGED_BEFORE.search(body, max(0, at - 40), at)
    if m is None:
        return False
    return (
        body[max(0, m.start() - 8) : m.start()].lower() == "of whom "
        or _persons_counted_before(body, m.start())
        or of_the_persons_before(body, m.start())
    )


def _statistic_ages(body: str, at: int) -> Iterator[tuple[int, int, int, int | float | str]]:
    """The ages stated after an age statistic named at `at`, to its sentence's end ("the average
    age of the fleet will fall to 11.4 years from 14.9 years")."""
    headed = RE_HEADED_STATISTIC_BEFORE.search(body, max(0, at - HEADED_STATISTIC_REACH), at)
    if headed is not None:
        yield (
            headed.start("num"),
            headed.start("num"),
            headed.end("num"),
            N.normalise_number(N.parse_amount(headed.group("num"))),
        )
    stop = body.find(". ", at, at + AGE_STATISTIC_REACH)
    limit = stop if stop >= 0 else min(len(body), at + AGE_STATISTIC_REACH)
    for m in RE_YEARS_AFTER_STATISTIC.finditer(body, at, limit):
        before = RE_WORD_BEFORE.search(body, max(at, m.start() - 16), m.start())
        if before is None or before.group(1).lower() not in SPAN_WORDS:
            yield m.start(), m.start("num"), m.end("num"), N.normalise_number(N.parse_amount(m.group("num")))
    clause = RE_CLAUSE_END.search(body, at, limit)  # a bare number only in the statistic's clause
    for m in RE_BARE_AFTER_STATISTIC.finditer(body, at, clause.start() if clause else limit):
        yield m.start("num"), m.start("num"), m.end("num"), N.normalise_number(N.parse_amount(m.group("num")))


# an age counted in a unit shorter than a year, named after its number ("aged six months", "aged
# 16 to 18 months"): an age in that unit (rules, table 4, "years of age"; p203's "months of age")
RE_AGE_UNIT_AFTER = re.compile(
    r"\s+(?P<unit>days?|weeks?|months?)\b(?!\s+(?:after|before|later|earlier|ago|into|from)\b)"
)  # not "died aged 81 days after his wife": an age in years, then a span
# ... then the upper end of an age band in years ("aged nine months to 45 years", "between six
# weeks and two years"): two units, so two ages, not one range (p585's call); or in months after
# weeks or days ("aged six weeks to 18 months")
RE_AGE_HIGH_IN_LONGER_UNIT = re.compile(
    rf"\s*(?:to|and|-|–)\s*(?P<num>\d{{1,3}}|(?i:{N.SMALL_WORD}))\s+(?P<unit>years?|months?)\b(?!-)"
)


# the entrance exam of British selective schools, named by the age it is sat at ("sat the 11-plus",
# "the county's 11-plus", "passed the 13-plus"): a name, no row; an age group after it ("the 11-plus
# age group") is left to the ages
RE_PLUS_EXAM = re.compile(
    r"\b(?:the|an|its|their|[A-Z]?[a-z]+['’]s)\s+(?P<num>1[0-3])-plus(?![\w-])"
    r"(?!\s+(?:ages?|groups?|audiences?|brackets?|cohorts?|year-olds?|population)\b)"
)


def scan_ages(sc: Scanner) -> None:
    """Ages (see figures/ages.py): a count of years lived, not a span of time. A quote that opens
    the bracket round an age closes it too ("Ann Lee (34)")."""
    if "-something" in sc.lower:
        for m in RE_SOMETHING_AGE.finditer(sc.body):  # "a 40-something accountant": vague, no row
            if sc.free(m.start("num"), m.end("num")):
                sc.claim(m.start("num"), m.end("num"))
    if "-plus" in sc.lower:
        for m in RE_PLUS_EXAM.finditer(sc.body):  # "sat the 11-plus": an exam's name, no row
            if sc.free(m.start("num"), m.end()):
                sc.claim(m.start("num"), m.end())
    for start, s, e, value in sorted(find_ages(sc.body, sc.lower, sc.digits_then(AGE_BRACKET_FOLLOWERS))):
        if sc.free(s, e):
            sc.claim(s, e)
            named = statistic_before(sc.lower, start)
            subject = f"{named} (unit: years of age)" if named else AGE_SUBJECT
            close = RE_BRACKET_CLOSE.match(sc.body, e) if start < s - 1 and sc.body[s - 1] == "(" else None
            end = close.end() if close else e  # "Ann Lee (34)", "Ann Lee (34 years)"
            unit = RE_AGE_UNIT_AFTER.match(sc.body, e)
            if unit is None:
                sc.add(Figure(start, end, (s, e), value, "other", "count", subject, measure=AGE))
                continue
            measure = f"{unit.group('unit').rstrip('s')}s of age"  # "aged six months": months of age
            sc.add(
                Figure(
                    start,
                    end,
                    (s, e),
                    value,
                    "other",
                    "count",
                    subject.replace(AGE, measure),
                    measure=measure,
                )
            )
            high = RE_AGE_HIGH_IN_LONGER_UNIT.match(sc.body, unit.end())
            if high is not None and sc.free(high.start("num"), high.end()):
                hs, he = high.span("num")
                sc.claim(hs, high.end())  # "to 45 years": the oldest age, in its own unit
                oldest = N.normalise_number(N.parse_amount(high.group("num")))
                high_measure = f"{high.group('unit').lower().rstrip('s')}s of age"
                high_subject = subject.replace(AGE, high_measure)
                sc.add(
                    Figure(
                        hs, high.end(), (hs, he), oldest, "other", "count", high_subject, measure=high_measure
                    )
                )


def statistic_before(lower: str, at: int) -> str:
    """The age statistic ("median age", "retirement age") named shortly before `at` in the
    lower-case text, in its clause (no comma or full stop between), or ""."""
    window = lower[max(0, at - AGE_STATISTIC_REACH) : at]
    found = max(((window.rfind(word), word) for word in AGE_STATISTICS), default=(-1, ""))
    if found[0] < 0 or ". " in window[found[0] :] or "," in window[found[0] :]:
        return ""
    return found[1]
