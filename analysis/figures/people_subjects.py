"""People subjects: the persons and groups a figure counts or is about: casualties, the people
described or done to, the doer of a verb, the share of a group, offspring, and sport's tallies,
shots, margins, records and holders (with_sport_holders)."""

from __future__ import annotations

import re
from collections.abc import Callable

from ..vocab import (
    APPROX_WORDS,
    AUXILIARY_VERBS,
    BUSINESS_PART_NOUNS,
    CHANGE_WORDS,
    FUNCTION_WORDS,
    IN_A_ROW_WORDS,
    IRREGULAR_PAST_VERBS,
    LOSE_VERBS,
    NUMBERING_VERBS,
    PARENT_NOUNS,
    TODAY_WORDS,
)
from ..vocab import MONTHS as MONTH_NAMES
from ..vocab import WEEKDAYS as WEEKDAY_NAMES
from .figure import Figure
from .noun_phrases import (
    ARTICLES,
    AUXILIARIES,
    BARE_COUNT_NOUNS,
    BE_WORDS,
    BOUNDARY_WORDS,
    DETERMINERS,
    LINK_WORDS,
    PASSIVE_TIME_ADVERBS,
    PERIOD_WORDS,
    PREPOSITIONS,
    PRONOUNS,
    SUBJECT_ADVERBS,
    aside_participle,
    clause_predicate_subject,
    head_of,
    noun_after,
    noun_phrase_before,
    participle,
    past_form,
    phrase_after,
    strip_lower,
    tokens,
    without_approx,
)
from .subject_clauses import (
    CLAUSE_MARKS,
    CLAUSE_WORDS,
    DEGREE_WORDS,
    DIRECTION_WORDS,
    FIRST_PAST_VERBS,
    NOW_WORDS,
    PAST_VERBS,
    PERCENT_WORDS,
    PERSONAL_PRONOUNS,
    SAYING_WORDS,
    SHARED_DOER_WORDS,
    VERB_ADVERBS,
    WEEKDAYS,
    WHOLE_OPENERS,
    WINDOW,
    _doer,
    and_shared_doer,
    antecedent_head,
    clause_subject,
    ly_adverb,
    verb_like,
    with_subject,
)

# Casualties: the words that say a count of people is of deaths or of injured people, and the
# subject each gives. Before the number ("killed 12"), as its noun ("246 fatalities") or after
# its noun ("1,480 people dead", "40 villagers died").
CASUALTY_SUBJECTS: dict[str, str] = {
    **dict.fromkeys("died die dies dead deaths death fatalities fatality drowned".split(), "deaths"),
    # the verb the text kills with is the subject's word ("killed 38 people": people killed)
    **dict.fromkeys("killed killing kill kills".split(), "people killed"),
    **dict.fromkeys(
        "injured injuring injures injure injuries injury wounded wounding wounds hurt".split(),
        "people injured",
    ),
    "missing": "people missing",  # "46 were still missing": not deaths, not yet
}


# the words of a partitive before its noun ("of the", "of those"): no noun of their own
PARTITIVE_ONLY = frozenset(("of", "of the", "of those", "of these", "of its", "of their"))


# "the loss of 389 lives", "claimed the lives of 266 people": lives counted as lost.
LIVES_LOST_CUES = frozenset("loss lost claimed claiming claim claims took cost costing".split())


def _of_noun(found: str, noun: str) -> str:
    """A casualty subject for a named group: "deaths of miners", "miners killed", "miners injured"."""
    return f"deaths of {noun}" if found == "deaths" else f"{noun} {found.split()[-1]}"


def casualty(lead: list[str], noun: str, after: list[str]) -> str:
    """ "deaths" or "people injured" when the words around a count of people say so, else ""."""
    lower_before = [w.lower() for w in lead[-5:]]  # the rules read five words back
    noun_lower = noun.lower()
    noun_words = noun_lower.split()
    if len(noun_words) > 1 and noun_words[-1] in CASUALTY_SUBJECTS:  # "people dead"
        found = CASUALTY_SUBJECTS[noun_words[-1]]
        head = " ".join(noun.split()[:-1])
        if head.lower() in BARE_COUNT_NOUNS or head in PARTITIVE_ONLY:
            return found  # "people dead", "11 of the dead"
        return _of_noun(found, head)
    if noun_lower == "lives":
        return "deaths" if LIVES_LOST_CUES & set(lower_before[-4:]) else ""
    if noun_lower in CASUALTY_SUBJECTS:
        return CASUALTY_SUBJECTS[noun_lower]
    following = ""  # the first of the three words after the noun that is no auxiliary
    for word in after[:3]:
        lower = word.lower()
        if lower not in ("were", "was", "have", "had", "been", "are", "still"):
            following = lower
            break
    if following in CASUALTY_SUBJECTS:
        found = CASUALTY_SUBJECTS[following]
    elif lower_before and lower_before[-1] in CASUALTY_SUBJECTS:
        found = CASUALTY_SUBJECTS[lower_before[-1]]
    elif lower_before[-3:-1] == ["lives", "of"] or lower_before[-2:] == ["lives", "of"]:
        found = "deaths" if LIVES_LOST_CUES & set(lower_before[-5:]) else ""
    else:
        return ""
    if noun and noun_lower not in BARE_COUNT_NOUNS and found:
        return _of_noun(found, noun)
    return found


# the doers of a deed done to a noun, named after "by" in an aside after it: "the app, used by 2
# million people" -> "users of app"
PASSIVE_DOERS = {
    "used": "users",
    "visited": "visitors",
    "watched": "viewers",
    "read": "readers",
    "attended": "attendees",
    "ridden": "riders",
}


def described_people(noun: str, after: list[str]) -> str:
    """A bare count of people ("people", "persons") named by the participle and the phrase it
    opens after it, which say who they are ("3,700 people registered as volunteers", "about 900
    persons living near the dam", "nine people turned up"); "" when no such phrase follows."""
    done = after[0].lower()
    rest = after[1:]
    if rest[:1] and rest[0].lower() == "as":
        named = noun_after(rest[1:], 2)
        return f"{noun} {done} as {' '.join(named)}" if named else ""
    phrase = phrase_after(rest)
    if not phrase or phrase[0].lower() not in PREPOSITIONS:
        return ""
    return " ".join([noun, done, *phrase])


RELATIVE_REACH = 6  # the most words of a relative clause read after "people who"
HELPER_VERBS = AUXILIARIES | frozenset(AUXILIARY_VERBS)  # "had", "did", "will", "been"
FINITE_BE = frozenset(("is", "are", "was", "were"))  # a finite "be" after "have" opens the main clause


def _helper_verb(lower: str) -> bool:
    """Whether a lower-case word is a helper verb or an adverb before a verb ("already")."""
    return lower in HELPER_VERBS or lower in VERB_ADVERBS


def relative_words(words: list[str], reach: int = RELATIVE_REACH) -> list[str]:
    """The words of a relative clause, up to a mark, a number or the main clause's verb after the
    clause's own ("who lost their homes in the landslide are" -> "lost their homes in the
    landslide"; "they tagged swam" -> "tagged"), without a preposition or function word that ends
    them; [] when only helper verbs stand there."""
    kept: list[str] = []
    for word in words[:reach]:
        lower = word.lower()
        adjective = kept[-1:] and kept[-1].lower() in DETERMINERS  # "the projected line": no verb
        verb = lower in HELPER_VERBS or not adjective and (past_form(lower) or lower in IRREGULAR_PAST_VERBS)
        own = [w.lower() for w in kept if w.lower() not in VERB_ADVERBS]
        if (
            not word[:1].isalpha()
            or verb
            and any(w not in HELPER_VERBS for w in own)
            or lower in FINITE_BE
            and own
        ):
            break  # a mark or a number; the main clause's verb after the clause's own ("we have are")
        kept.append(word)
    while kept and (kept[-1].lower() in FUNCTION_WORDS or kept[-1].lower() in PREPOSITIONS):
        kept.pop()  # "who lived in the": the phrase cut short
    return kept if any(not _helper_verb(w.lower()) for w in kept) else []


def relative_people(noun: str, after: list[str]) -> str:
    """A bare count of people named by the relative clause after it ("2,400 people who lost their
    homes in the landslide are" -> "people who lost their homes in the landslide"), or ""."""
    words = relative_words(after[1:]) if after[:1] == ["who"] else []
    return " ".join([noun, "who", *words]) if words else ""


DEED_REACH = 5  # the most words read after a bare count of people for the verb that says who they are
# prepositions after which a plain present form after a bare count reads as its verb ("work in
# tourism", "commute into the city"); not those after adjectives ("familiar with", "due to", "out of")
DEED_PLACES = frozenset(("in", "on", "into", "at", "across", "through"))


def people_doing(noun: str, lead: list[str], after: list[str]) -> str:
    """A bare count of people that opens its clause, named by the verb right after it and the
    words it opens: a past form as it stands ("nine people turned up," -> "people turned up"), a
    helper verb or a present form before a preposition of place after "who" ("some 210,000 people
    work in tourism" -> "people who work in tourism"); "" when no verb follows or the count is a
    verb's or a preposition's object ("a boat carrying 180 people capsized")."""
    done = lead[-1].lower() if lead else ""
    if done in PREPOSITIONS or done in HELPER_VERBS or done.endswith("ing") or past_form(done):
        return ""
    if done in ("and", "or") and any(w[:1].isdigit() for w in lead[-4:-1]):
        return ""  # "an archipelago of 115 islands and about 120,000 people completed": a listed part
    first = after[0] if after else ""
    if not first.isalpha() or not first.islower() or first in FUNCTION_WORDS or first in PREPOSITIONS:
        return ""
    past = past_form(first) or first in IRREGULAR_PAST_VERBS
    present = first in HELPER_VERBS or (
        after[1:2]
        and after[1] in DEED_PLACES
        and not first.endswith(("ing", "ly"))
        and first not in DETERMINERS
    )
    words = relative_words(after, DEED_REACH) if past or present else []
    if not words:
        return ""
    return " ".join([noun, *words]) if past else " ".join([noun, "who", *words])


def passive_doers(lead: list[str]) -> str:
    """Who does the deed of a passive aside after a noun when a count of people follows its "by"
    ("The coupon, used by 90,000 commuters," -> "users of coupon"), or ""."""
    if len(lead) < 4 or lead[-1].lower() != "by" or lead[-2].lower() not in PASSIVE_DOERS or lead[-3] != ",":
        return ""
    phrase = noun_phrase_before(lead[:-3])
    head = head_of(phrase) if phrase and phrase[-1][:1].isalpha() else ""
    if not head or head.split()[0].lower() in PRONOUNS:
        return ""
    return f"{PASSIVE_DOERS[lead[-2].lower()]} of {head}"


SHOOTING_VERBS = frozenset(("shot", "shoots", "shooting"))
SHOOTING_GAP_TOKENS = 8  # the most tokens between a shooting verb's first percent and "and" before a second


def shooting_from(lead: list[str], after: list[str]) -> str:
    """What a percent after a verb of shooting measures, named by where the shots were taken from
    in basketball copy ("shot 47 percent from the field and 35 percent from three-point range":
    "shooting percentage from the field", "... from three-point range"); "" otherwise."""
    if after[:1] != ["from"] or not lead:
        return ""
    last = lead[-1].lower()
    verb = len(lead) - 1
    if last == "and":  # the second percent of the same verb: "... from the field and 35 percent"
        start = max(0, len(lead) - 1 - SHOOTING_GAP_TOKENS)
        verb = next((k for k in range(len(lead) - 2, start - 1, -1) if lead[k].lower() in SHOOTING_VERBS), -1)
        if (
            verb < 0
            or not lead[verb + 1][0].isdigit()
            or lead[verb + 2].lower() not in PERCENT_WORDS | {"per"}
        ):
            return ""  # the verb's first figure is a percent too: "shot 12 birds and 40% ..." is not
        if any(not w[0].isalnum() and w not in "%-" for w in lead[verb + 1 : -1]):
            return ""  # a clause mark between them: another sentence's percent
    elif last not in SHOOTING_VERBS:
        return ""
    place = _shot_from(after)
    return _held(lead, verb, f"shooting percentage from {place}") if place else ""


def _shot_from(after: list[str]) -> str:
    """Where shots were taken from, after "from" ("from the field", "from three-point range on 5.4
    attempts": "three-point range"), or ""."""
    place: list[str] = []
    for word in after[1:5]:
        if not word[0].isalpha() or word.lower() in PREPOSITIONS or word.lower() in CLAUSE_WORDS:
            break  # the place ends at the next phrase
        if word.lower() not in DETERMINERS:
            place.append(word)
    if not any(w.lower() in SHOT_PLACES for w in place):
        return ""  # "went 3 of 4 from committee": no place shots are taken from
    return " ".join(place)


def _held(lead: list[str], verb: int, named: str) -> str:
    """`named` after the team or player named right before lead[verb] ("The Suns shot", "Okafor
    went"), if any."""
    holder: list[str] = []
    for word in reversed(lead[max(0, verb - 3) : verb]):
        if (
            not word[:1].isupper()
            or not word.isalpha()
            or word.lower() in PRONOUNS
            or word.lower() in ARTICLES
        ):
            break
        holder.insert(0, word)
    return f"{' '.join(holder)} {named}" if holder else named


TALLY_VERBS = frozenset(("went", "goes", "going", "shot", "shooting"))  # "went 9 of 13 from the floor"
# where basketball copy's shots are taken from ("from the field", "from the line", "from beyond the
# arc", "from three-point range", "from deep"): only there is "went 3 of 4 from" a shooting tally,
# not "the bill went 3 of 4 from committee"
SHOT_PLACES = frozenset(
    "field floor line arc range deep distance stripe perimeter paint outside inside downtown spot three-point 3-point".split()
)


def shot_tally(lead: list[str], after: list[str]) -> str:
    """What the numbers of a shooting tally in basketball copy count ("went 9 of 13 from the
    floor": "shots made from floor", "shots attempted from floor"), or ""."""
    if len(after) > 3 and after[0] == "of" and after[1][:1].isdigit() and after[2] == "from":
        verb = _tally_verb(lead, len(lead) - 1)
        if verb >= 0 and (place := _shot_from(after[2:])):
            return _held(lead, verb, f"shots made from {place}")
    if after[:1] == ["from"] and len(lead) > 2 and lead[-1] == "of" and lead[-2][:1].isdigit():
        verb = _tally_verb(lead, len(lead) - 3)
        if verb >= 0 and (place := _shot_from(after)):
            return _held(lead, verb, f"shots attempted from {place}")
    return ""


def _tally_verb(lead: list[str], at: int) -> int:
    """Where the verb of a shooting tally is: lead[at] itself, or, when lead[at] is "and", the verb
    of the tally before it ("hit 7 of 11 from the field and 5 of 6 from the line"); -1 if none."""
    if at < 0:
        return -1
    if lead[at].lower() in TALLY_VERBS:
        return at
    if lead[at] != "and":
        return -1
    for k in range(at - 1, max(-1, at - SHOOTING_GAP_TOKENS - 3), -1):
        word = lead[k]
        if word.lower() in TALLY_VERBS:
            return k if lead[k + 1 : k + 3][1:] == ["of"] else -1
        if not word[0].isalnum() and word not in "-":
            return -1  # a clause mark: another clause's tally
    return -1


# Golf scores, counted in strokes: strokes under or over par ("12-under", "19-under-par", "three
# over par"; a hyphened "-over" only with "par": "a 20-over match" counts a cricket game's overs),
# and a bare score, a round's ("carded a 68", "a seven-under 65", "after a 71 that included a
# bogey") or, past the strokes a round may take, a total of rounds ("on 19-under-par 269").
RE_PAR_SIDE_IN = re.compile(r"-(under)\Z|-(under|over)-par\Z")  # at the end of the figure's own words
RE_PAR_SIDE_AFTER = re.compile(r"(?:-(under)\b(?!-)|-(under|over)-par\b|\s+(under|over)\s+par\b)")
RE_SCORE_BEFORE = re.compile(
    r"(?:(?P<par>\b\w+-(?:under|over)-par|\b\w+-under|\b(?:level|even)[- ]par)"
    r"|\b(?:card|cards|carded|carding|shot|shoots|shooting|fired|fires|firing|posted|posts|posting)\s+an?"
    r"|\b(?P<after>after)\s+an?)\s+\Z"
)
SCORE_BEFORE_CHARS = 24  # the characters read before a bare score ("carded a ", "on 19-under-par ")
SCORE_LEAD_ENDS = frozenset((" a ", "an ", "er ", "ar "))  # the last three characters of those leads
GOLF_SCORING_WORDS = frozenset(
    "par birdie birdies bogey bogeys eagle eagles".split()
)  # "after a 71" is golf with them
ROUND_STROKES = (55, 100)  # the strokes a round of golf takes; a score past them totals several rounds


def golf_strokes(body: str, fig: Figure, after: list[str]) -> str:
    """What a bare count in golf copy counts (see above): "strokes under par", "strokes over par",
    "round score in strokes" or "total in strokes"; "" for any other count."""
    side = (
        RE_PAR_SIDE_IN.search(body, fig.start, fig.end) if "-" in body[fig.start : fig.end] else None
    ) or (RE_PAR_SIDE_AFTER.match(body, fig.end) if body[fig.end : fig.end + 1] in ("-", " ") else None)
    if side:
        return f"strokes {next(g for g in side.groups() if g)} par"
    if fig.end > fig.core[1] or body[fig.start].isalpha() or fig.end < len(body) and body[fig.end].isalnum():
        return ""  # a noun of its own, a number word or a glued word: no score
    if body[max(0, fig.start - 3) : fig.start] not in SCORE_LEAD_ENDS:
        return ""  # the cheap test first: no "a ", "-under " or "par " right before
    score = RE_SCORE_BEFORE.search(body, max(0, fig.start - SCORE_BEFORE_CHARS), fig.start)
    if not score or score.group("after") and not GOLF_SCORING_WORDS.intersection(w.lower() for w in after):
        return ""  # "after a 71" alone may be any sport's
    value = fig.value if isinstance(fig.value, (int, float)) else 0
    if ROUND_STROKES[0] <= value < ROUND_STROKES[1]:
        return "round score in strokes"
    return "total in strokes" if value >= ROUND_STROKES[1] and score.group("par") else ""


# Cricket scores, counted in runs: a bare number after "bowled out for" or "all out for" (an
# innings' total), before "not out" (a batter's runs, not dismissed), or, with a word of cricket
# around it, after "made" or "scored" (a batter's runs) or "a target of" (the runs set to win);
# "scored 3" alone may be any sport's. A bare number after "off" and such a score is the balls faced.
ALL_OUT_WORDS = frozenset(("bowled", "all"))
RUN_VERBS = frozenset(("made", "scored", "making", "scoring"))
CRICKET_WORDS = frozenset("innings overs wickets wicket bowled batting batted century Test Tests".split())


def cricket_runs(before: list[str], after: list[str]) -> str:
    """What a bare count in cricket copy counts (see above): "runs, all out", "runs made", "runs
    scored" or "runs target"; "" for any other count."""
    lead = without_approx(before)
    if len(lead) < 2:
        return ""
    last = lead[-1].lower()
    if last == "for" and lead[-2].lower() == "out" and len(lead) > 2 and lead[-3].lower() in ALL_OUT_WORDS:
        return "runs, all out"
    if [w.lower() for w in after[:2]] == ["not", "out"]:
        return "runs not out"  # "(44 not out off 31)": a batter's runs, not dismissed
    if (
        last == "off"
        and (lead[-2][:1].isdigit() or lead[-2].lower() == "out")
        and (
            CRICKET_WORDS.intersection(before)
            or CRICKET_WORDS.intersection(after)
            or [w.lower() for w in lead[-3:-1]] == ["not", "out"]
        )
    ):
        return "balls faced"  # "44 not out off 31", "made 60 off 41": the balls of the innings
    if last not in RUN_VERBS and lead[-2:] != ["target", "of"]:
        return ""  # the cheap test first
    if not CRICKET_WORDS.intersection(after) and not CRICKET_WORDS.intersection(before):
        return ""
    return (
        "runs target"
        if last == "of"
        else f"runs {'made' if last.startswith('mak') or last == 'made' else 'scored'}"
    )


# The second halves of a compound before a count that make it a record ("a career-high 38", "a
# season-best 14 assists", "a team-high nine rebounds"), and the minimum words that make a count in
# a run of games a count in each game ("at least 25 points in seven straight games").
RECORD_ENDS = frozenset(("high", "best", "low", "worst"))
STREAK_GAMES = 7  # the most words read after a count for "in six straight games"


def personal_record(body: str, fig: Figure, lead: list[str], before: list[str], after: list[str]) -> str:
    """A count that a record compound qualifies ("a career-high 38 against the Hawks" -> "career-high";
    with its noun, "career-high points"), or a minimum count in each of a run of games ("at least 25
    points in seven straight games" -> "points in each of seven straight games"); else ""."""
    compound = lead[-1].lower() if lead else ""
    first, dash, last = compound.partition("-")
    if dash and last in RECORD_ENDS and first.isalpha() and first not in RECORD_ENDS:
        # not "a high-rise 40", "a high-low 3"; the clause names whose record it is ("Okafor poured
        # in a career-high 38" -> "Okafor poured career-high")
        opening = body.rfind(". ", max(0, fig.start - WINDOW), fig.start)
        clause = clause_subject(body, opening + 2 if opening >= 0 else max(0, fig.start - WINDOW), fig.start)
        if compound not in clause.lower():
            clause = compound
        return f"{clause} {' '.join(body[fig.core[1] : fig.end].split())}".rstrip()
    if not (
        fig.end - fig.start >= 8
        and body[fig.start : fig.start + 8].lower() == "at least"
        or [w.lower() for w in before[-2:]] == ["at", "least"]
    ):
        return ""  # "scored 25 points in seven straight games": a total over the run
    noun = " ".join(body[fig.core[1] : fig.end].split())
    if not noun or not noun.replace(" ", "").isalpha():
        return ""
    words = after[:STREAK_GAMES]
    if words[:1] == ["and"] and len(words) > 2 and words[1][:1].isdigit():
        words = words[3:]  # "at least 12 points and 8 assists in five consecutive games"
    if len(words) > 3 and words[0] == "in" and words[2].lower() in IN_A_ROW_WORDS and words[3].isalpha():
        return f"{noun} in each of {' '.join(words[1:4])}"
    return ""


# Places whose people "of" counts are their population ("a country of 170 million people").
def home_of(before: list[str]) -> str:
    """ "population of <place>" for the people a place is "home to", the place being the noun
    phrase before ", home to" or "is home to" ("The town of Ebo, home to", "Lagos is home to");
    "population" when no place is read."""
    words = list(before)
    while words and (words[-1] in (",", "—", "–") or words[-1].lower() in BE_WORDS):
        words.pop()
    phrase = noun_phrase_before(words, subject=True)
    inside = [i for i, w in enumerate(phrase) if w.lower() in PREPOSITIONS and w.lower() != "of"]
    if inside:
        phrase = phrase[inside[-1] + 1 :]  # "power in the northern camp, home to": the camp's
    while phrase and phrase[0].lower() in DETERMINERS:
        phrase = phrase[1:]
    return f"population of {' '.join(phrase)}" if phrase else "population"


def fronted_group(lead: list[str]) -> str:
    """The group a fronted "Of" or "Among" phrase names before a bare count's clause ("Of the
    claimants, 187 have" -> "claimants"), or ""."""
    if len(lead) < 3 or lead[-1] != ",":
        return ""
    opening = max((i for i, w in enumerate(lead[:-1]) if w in CLAUSE_MARKS), default=-1) + 1
    words = lead[opening:-1]
    if len(words) < 2 or words[0].lower() not in WHOLE_OPENERS or len(words) > FRONTED_WHOLE_WORDS:
        return ""
    group = words[2:] if words[1].lower() in ARTICLES else words[1:]
    return " ".join(group) if group and all(w.isalpha() for w in group) else ""


def opening_group(before: list[str]) -> str:
    """The group a sentence's opening "Of" or "Among" phrase names when a bare count, or a list of
    them joined by "and", follows its comma ("Of the passengers, 12 drowned and" -> "passengers"),
    or ""."""
    if not before or before[0] not in ("Of", "Among") or "," not in before[: FRONTED_WHOLE_WORDS + 2]:
        return ""
    comma = before.index(",")
    rest = before[comma + 1 :]
    if any(
        w in CLAUSE_MARKS and not (w == "," and rest[i + 1 : i + 2] == ["and"]) for i, w in enumerate(rest)
    ):
        return ""  # another clause mark since, not a list's ", and": "Of the dead, most were men; 12 ..."
    return fronted_group([w for w in before[: comma + 1] if not w[0].isdigit()])  # "Of the 300 passengers,"


# Verbs whose count names a group or a capacity, not the people counted ("The firm employs 7,800
# people": its employees; "The stadium holds 60,000": its capacity), the bare nouns a capacity
# counts ("seats 900 people"), and the words before "hold" that make it a capacity ("can hold").
GROUP_VERBS: dict[str, str] = {
    **dict.fromkeys("employs employ employed employing".split(), "employees"),
    **dict.fromkeys("holds seats accommodates".split(), "capacity"),
}
CAPACITY_MODALS = frozenset("can could will would".split())
CAPACITY_NOUNS = BARE_COUNT_NOUNS - {"lives", "times"}
# verbs of holding people after "can" or "could" ("trains can carry 900 passengers"): a capacity
# of people, as "hold" is after any of CAPACITY_MODALS ("will carry 2.8 million passengers a year"
# is traffic expected, no capacity)
MODAL_CAPACITY_VERBS = frozenset("carry accommodate seat house".split())
ABLE_MODALS = frozenset(("can", "could"))
BUILT_FOR = frozenset(("built", "designed"))
ROOM_HAVERS = frozenset(("has", "have", "had", "with"))  # "has room for 900 people": a capacity
WHOSE_REACH = 8  # words before a figure read for "whose" and its noun


def whose_head(before: list[str]) -> str:
    """The noun after "whose" in the figure's clause, up to its verb ("the precept, whose cost has
    grown by" -> "cost"), or ""."""
    lead = before[-WHOSE_REACH:]
    if "whose" not in lead:
        return ""
    clause = lead[len(lead) - lead[::-1].index("whose") :]
    if "," in clause:
        return ""  # "The carrier, whose fleet is ageing, was valued at": the clause is over
    words: list[str] = []
    for word in clause:
        lower = word.lower()
        if lower in AUXILIARIES or lower in BE_WORDS or lower in CHANGE_WORDS:
            break
        if not word[0].isalpha():
            return ""
        words.append(word)
    return " ".join(words) if 0 < len(words) <= 3 else ""


# "number" as a verb after a relative pronoun (vocab.NUMBERING_VERBS): the count is of the noun
# before the pronoun ("its depots, which number 31", "the island's residents, who now number about 900")
NUMBERED_NOUN_WORDS = 4  # the longest noun phrase read before the relative pronoun


def numbered_noun(lead: list[str]) -> str:
    """The noun phrase a bare count is the number of when "which number" or "who number" stands
    before it ("the ferries, which number 12" -> "ferries"), or ""."""
    if not lead or lead[-1].lower() not in NUMBERING_VERBS:
        return ""
    words = strip_lower(lead[:-1], VERB_ADVERBS)  # "who now number"
    if len(words) < 3 or words[-1].lower() not in ("which", "who"):
        return ""
    words = words[:-1]
    if words[-1:] == [","]:
        words = words[:-1]
    phrase = [w for w in noun_phrase_before(words) if w.lower() not in DETERMINERS]
    if len(phrase) > NUMBERED_NOUN_WORDS:  # "the daily rate for seasonal cane cutters, who": the object
        cut = max((i for i, w in enumerate(phrase) if w.lower() in PREPOSITIONS), default=-1)
        phrase = phrase[cut + 1 :] if cut >= 0 else phrase
    if not phrase or len(phrase) > NUMBERED_NOUN_WORDS or phrase[0].lower() in PRONOUNS:
        return ""
    return " ".join(phrase) if all(w.replace("-", "").replace("'", "").isalpha() for w in phrase) else ""


def group_by_verb(lead: list[str], noun: str, ends: bool, shared: bool = False) -> str:
    """What a count names when the verb before it names a group or a capacity (GROUP_VERBS; "built
    for"), with the noun phrase that does it ("employees of the company"), else ""."""
    if not lead:
        return ""
    if len(lead) > 3 and lead[-1] == "and" and lead[-2].isalpha() and lead[-3][:1].isdigit():
        # "can carry up to 600 passengers and 150 cars": the second count shares the first's capacity
        # verb ("employs 300 people and 40 contractors" names no second group of employees)
        first = group_by_verb(without_approx(lead[:-3]), noun, ends, shared=True)
        return first if first.startswith("capacity") else ""
    verb = lead[-1].lower()
    modal = False
    if verb == "for" and len(lead) > 1 and lead[-2].lower() in BUILT_FOR:
        verb, lead = "seats", lead[:-1]
    elif verb == "for" and len(lead) > 2 and lead[-2].lower() == "room" and lead[-3].lower() in ROOM_HAVERS:
        verb, lead = "seats", lead[:-2]  # "The arena has room for 18,500 fans": its capacity
    elif (
        verb == "for"
        and len(lead) > 3
        and lead[-3] == "in"
        and lead[-2].isdigit()
        and lead[-4].lower() in BUILT_FOR
    ):
        verb, lead = "seats", lead[:-3]  # "Camp Jail, built in 1912 for 1,050 prisoners"
    elif verb == "hold" and len(lead) > 1 and lead[-2].lower() in CAPACITY_MODALS:
        verb, lead, modal = "holds", lead[:-1], True  # "The centres can hold 3,000 people"
    elif verb in MODAL_CAPACITY_VERBS and len(lead) > 1 and lead[-2].lower() in ABLE_MODALS:
        verb, lead, modal = "holds", lead[:-1], True  # "The new trains can carry up to 900 passengers"
    group = GROUP_VERBS.get(verb, "")
    if not group:
        return ""
    if (
        group == "capacity"
        and not (modal and shared)
        and (noun.lower() not in CAPACITY_NOUNS if noun else not ends)
    ):
        return ""  # "The partners hold 84 of the 179 seats": a part of a whole; "holds 280 million shares"
    if group == "capacity" and lead[-2:-1] and lead[-2].lower() in NOW_WORDS:
        return ""  # "built for 1,050, now holds 4,186": what it holds now, not what it can hold
    # "..., and can carry": the doer is far back; "The mill makes paper and employs": it opens the sentence
    doer = _doer(lead[:-1]) if lead[-2:-1] != ["and"] else and_shared_doer(lead[:-2])
    return f"{group} of {doer}" if doer else group


CAPACITY_WORDS = 3  # the longest phrase read back from "capacity" ("the airport's annual capacity")


def capacity_phrase(words: list[str]) -> str:
    """The phrase that ends in "capacity" (its last word), without determiners: "airport's
    capacity", "annual capacity"."""
    phrase: list[str] = []
    for word in reversed(words[-CAPACITY_WORDS:]):
        lower = word.lower()
        if (
            not word.replace("'", "").replace("’", "").isalpha()
            or lower in DETERMINERS
            or lower in PREPOSITIONS
        ):
            break
        if lower in BE_WORDS or lower in AUXILIARIES or lower in ("has", "have", "had", "with"):
            break
        phrase.insert(0, word)
    return " ".join(phrase)


AGED_WORDS = 2  # the longest noun read before "aged" ("young people")


AGE_OPENERS = ("aged", "over", "under", "above", "below")  # how an age whose noun stands before it opens


def aged_whom(body: str, fig: Figure, before: list[str]) -> str:
    """Whose age "aged N" or an age bound ("over 65", "under 12") gives: the noun right before it
    ("Drivers aged 17 to 24" -> "age of Drivers", "The victim, aged 34," -> "age of victim",
    "seniors over 65" -> "age of seniors"), or "" (a pronoun: "most of them aged")."""
    if not body.startswith(AGE_OPENERS, fig.start):
        return ""
    words = before[:-1] if before[-1:] == [","] else before
    if not body.startswith("aged", fig.start):
        words = words[-1:]  # "passengers under 25": the one noun that names persons (ages.py)
    noun: list[str] = []
    for word in reversed(words[-AGED_WORDS:]):
        lower = word.lower()
        if not word.isalpha() or lower in DETERMINERS or lower in PREPOSITIONS or lower in CLAUSE_WORDS:
            break
        if lower.endswith("ed") or lower in LINK_WORDS or lower in BE_WORDS or lower in PERIOD_WORDS:
            break  # "He died aged 81": a verb, no noun
        noun.insert(0, word)
    if not noun or any(w.lower() in PRONOUNS or w.lower() == "them" for w in noun):
        return ""
    return f"age of {' '.join(noun)}"


def offspring(before: list[str]) -> str:
    """The children a parent (vocab.PARENT_NOUNS) is "of" ("a mother of two" -> "children", "a
    grandmother of 11" -> "grandchildren"), or ""."""
    lead = [w.lower() for w in before[-2:]]
    if len(lead) < 2 or lead[1] != "of" or lead[0] not in PARENT_NOUNS:
        return ""
    return "grandchildren" if lead[0].startswith("grand") else "children"


# A margin of victory or defeat: "by" and its number after a verb of winning or losing, the loser
# or the race named between ("won the Grand Prix by 1.9 seconds", "beating the favourite by two
# lengths", "edged Ruiz by 0.07", "lost by 14"), within its clause.
MARGIN_KINDS = frozenset(("count", "duration", "other"))
MARGIN_WIN_VERBS = frozenset(
    "won win wins winning beat beats beating edged edges edging pipped pipping".split()
)
MARGIN_REACH = 14  # tokens between the verb and "by", at most (a race's name and its prize)


def winning_margin(lead: list[str]) -> str:
    """ "winning margin" or "losing margin" when the words before a number end in "by" after a verb
    of winning or losing in the same clause (see above); "margin over" the mark a verb of bettering
    a record names ("bettered the old mark of 37.9 degrees, set in 1932, by 0.4 degrees": "margin over
    old mark"); else ""."""
    if "by" not in lead:
        return ""  # the cheap test first: most figures follow no "by"
    if lead[-1:] != ["by"]:
        return ""
    start = max(0, len(lead) - MARGIN_REACH - 1)
    i = len(lead) - 1
    while i > start:
        i -= 1
        word = lead[i]
        low = word.lower()
        if low in RECORD_VERBS:
            mark = [
                w
                for w in noun_phrase_before(_until_aside(lead[i + 1 : -1]))
                if w[:1].isalpha() and w.lower() not in DETERMINERS
            ]
            return f"margin over {' '.join(mark)}" if mark else "winning margin"
        if low in MARGIN_WIN_VERBS:
            return "winning margin"
        if low in LOSE_VERBS:
            return "losing margin"
        closes = word == "," or word[:1].isdigit() and word.endswith(",")  # "set in 1932, by": its comma
        if closes and (opening := _aside_comma(lead, start, i)) is not None:
            i = opening  # ", set in 1932,": an aside on the mark, passed
            continue
        if closes or word in (";", ":", ".") or low in ("and", "but", "while", "that", "which", "who"):
            return ""  # another clause (a bracketed conversion in the race's name is none)
    return ""


# verbs of bettering a record or a mark: a "by" after their object is the margin over it
RECORD_VERBS = frozenset(
    """broke breaks breaking bettered betters bettering exceeded exceeds exceeding surpassed surpasses
    surpassing eclipsed eclipses eclipsing""".split()
)


def _aside_comma(words: list[str], start: int, end: int) -> int | None:
    """The comma that opens an aside with a past participle closed by the comma at words[end]
    (", set in 1932,", ", held by Ochieng,"), at or after `start`, or None."""
    for j in range(end - 1, start - 1, -1):
        if words[j] in (",", ";", ":", "."):
            return j if words[j] == "," and j + 1 < end and aside_participle(words[j + 1]) else None
    return None


def _until_aside(words: list[str]) -> list[str]:
    """The words up to the first comma or preposition ("the old mark" of "the old mark of 37.9
    degrees, set in 1932,")."""
    for k, word in enumerate(words):
        if word == "," or word.lower() in PREPOSITIONS:
            return words[:k]
    return words


# The particles between a clause's verb and its figure ("sells at", "was let at", "earned", "were
# dated to", "took"): the verb reads as the clause's predicate, whose subject names what is measured.
VERB_FIGURE_PARTICLES = frozenset(("at", "to", "for", "by"))
# Words that never open the noun phrase of a clause's doer: "Some have gone", "Now I pay".
NOT_DOER_WORDS = (
    PERSONAL_PRONOUNS | PRONOUNS | frozenset(("and", "or", "some", "many", "most", "others", "all"))
)


def _clause_verb(word: str, prev: str) -> bool:
    """Whether a lower-case word after `prev` (lower-cased) reads as its clause's verb: a past form
    ("earned", "sold") not after a verb or a determiner ("lifted profit", "the combined"); a present
    form in -s after an adverb ("now sells"; not "..., oils" of a list whose verb is gapped); a form
    in -ing after "be" ("are moving")."""
    if word in CHANGE_WORDS or word in LINK_WORDS or prev in DETERMINERS or prev in PREPOSITIONS:
        return False
    if past_form(word) or word in PAST_VERBS:
        return not (past_form(prev) or prev in CHANGE_WORDS or prev in PAST_VERBS)
    if word.endswith("s") and not word.endswith("ss"):
        return prev in NOW_WORDS or prev in PASSIVE_TIME_ADVERBS or ly_adverb(prev)
    return word.endswith("ing") and prev in BE_WORDS


RELATIVE_ASIDE_WORDS = 12  # the longest relative clause read back between commas


def _relative_opening(words: list[str]) -> int:
    """Where a relative clause between commas that ends the words opens (the index of its first
    comma: ", which closed in June ,"), or -1."""
    for i in range(len(words) - 2, max(0, len(words) - RELATIVE_ASIDE_WORDS) - 1, -1):
        if words[i] in ",;:(":
            return i if i > 0 and words[i + 1].lower() in ("which", "who") else -1
    return -1


def shared_doer(words: list[str]) -> str:
    """The subject a clause shares with a second verb joined to it by "and": the noun phrase that
    opens the clause, read before its first verb ("The depot opened in 2021" -> "depot"), or ""
    (a pronoun or nothing opens it, or no verb follows within reach); a relative clause between
    commas before "and" is passed ("Kenya sold 90 tonnes, which was a record, and earned")."""
    if words[-1:] == [","] and (opened := _relative_opening(words)) > 0:
        words = words[:opened]  # "..., which closed in June,": an aside
    start = (
        max((i for i, w in enumerate(words) if w in ",;:(" or w.lower() in BOUNDARY_WORDS), default=-1) + 1
    )
    for i in range(start + 1, min(len(words), start + SHARED_DOER_WORDS + 1)):
        lower = words[i].lower()
        if lower in LINK_WORDS or lower in CHANGE_WORDS or lower in AUXILIARIES or lower in FIRST_PAST_VERBS:
            break
        if past_form(lower) and words[i - 1].lower() not in DETERMINERS:
            break
        if present_verb(lower, words[i - 1].lower(), words[i + 1 : i + 2]):
            break  # "Chile needs about 1.1 million tonnes a year and imported"
    else:
        return ""
    phrase = strip_lower(words[start:i], SUBJECT_ADVERBS)
    if not phrase or phrase[0].lower() in PREPOSITIONS or phrase[0].lower() in PERSONAL_PRONOUNS:
        return ""
    return head_of(phrase)


def verb_doer(lead: list[str], verb: str) -> str:
    """What a figure measures when the one word read for it is its clause's verb: the noun phrase
    that opens the verb's clause, across an aside or a relative opening, with the verb ("A sack of
    flour, the staple, now sells at 900 shillings" -> "sack of flour sells"; "The fish, a cold-water
    species, are moving 40 km" -> "fish moving"), or "" (a pronoun opens the clause, or the word is
    no verb: "outside the capital €900", "prices rose 3%, oils 2%")."""
    i = len(lead) - 1
    if i >= 0 and (lead[i].lower() in VERB_FIGURE_PARTICLES or lead[i].lower() in DEGREE_WORDS):
        i -= 1  # "sells at", "has received barely"
    if i < 1 or lead[i] != verb or not _clause_verb(verb, lead[i - 1].lower()):
        return ""
    words = strip_lower(lead[:i], BE_WORDS | AUXILIARIES)  # "is let at", "are moving", "has received"
    if len(words) > 2 and words[-1].lower() in PERSONAL_PRONOUNS and words[-2].lower() in ("which", "that"):
        words = words[:-1]  # "the demands, which she put at": the relative's object is the noun before
    if not words:
        return ""
    if words[-1].lower() == "and":
        # "the dollar was bought at 281 and sold at"; "The bridge opened in May and took ..."
        doer = clause_predicate_subject(words[:-1]) or shared_doer(words[:-1])
    elif len(words) > 2 and words[-1].lower() in ("which", "that") and words[-2] == ",":
        # "could not meet the drivers' demands, which she put at": the antecedent, wherever it stands
        doer = antecedent_head(words[:-2])
    else:
        doer = _doer(words)
    named = doer.lower().split()
    if not named or verb in named or not NOT_DOER_WORDS.isdisjoint(named) or past_form(named[-1]):
        return ""
    return f"{doer} {verb}"


def part_changed(lead: list[str], noun: str) -> str:
    """The part of a business that changed its own figure by an amount ("The dairy division, which
    ..., grew revenue by 7%" -> "dairy division revenue"), or "": the verb's doer ends in a
    BUSINESS_PART_NOUNS word and `noun` is the verb's object right before "by"."""
    if len(lead) < 4 or lead[-1] != "by" or lead[-2] != noun or lead[-3].lower() not in CHANGE_WORDS:
        return ""
    doer = _doer(lead[:-3])
    return f"{doer} {noun}" if doer.split()[-1:] and doer.split()[-1].lower() in BUSINESS_PART_NOUNS else ""


def present_verb(lower: str, prev: str, following: list[str]) -> bool:
    """Whether a word in -s after a singular noun reads as that noun's verb: a function word, a
    number or a word of time follows it ("pass goes on", "account pays 4%", "meeting ends today");
    never a plural after a preposition or a determiner ("Sales of cars in Kenya", tidy36)."""
    if (
        not lower.endswith("s")
        or lower.endswith(("ss", "us", "is"))
        or prev.endswith("s")
        and not prev.endswith("ss")
        or prev in PREPOSITIONS
        or prev in DETERMINERS
    ):
        return False
    nxt = following[0].lower() if following else ""
    return (
        not nxt
        or not nxt[0].isalpha()
        or nxt in FUNCTION_WORDS
        or nxt in PREPOSITIONS
        or nxt in TODAY_WORDS
        or nxt in APPROX_WORDS
        or nxt in DIRECTION_WORDS
    )


# People named for what they stand for: a share or a change of a share whose clause's subject is
# a list of names ("Kate Lyons and Sam Rudd slipped to 7.8 per cent"; presenters for their show)
# measures what the relative aside after the names says they do ("..., who host the evening
# slot,") or is named with the title the names follow ("Drive-time hosts Mel Carter and Joe Ng")
RE_NAME_LIST = re.compile(r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*(?:,? and [A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*)+")
RE_WHO_ASIDE_OBJECT = re.compile(
    r",\s+who\s+[a-z]+\s+(?:the\s+|their\s+|its\s+)?([a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,3}),"
)
RE_TITLE_BEFORE = re.compile(
    r"(?:^|[,;:]\s+|\b(?:the|The)\s+)((?:[A-Za-z][\w'’-]*\s+){0,2}[a-z][\w'’-]*)\s+\Z"
)


def named_for_share(subject: str, body: str, s_start: int, start: int) -> str:
    """What a list of names that a share's clause opens with stands for (see above), or ""."""
    if not RE_NAME_LIST.fullmatch(subject):
        return ""
    at = body.find(subject, s_start, start)
    if at < 0:
        return ""
    aside = RE_WHO_ASIDE_OBJECT.match(body, at + len(subject), start)
    if aside:
        return aside.group(1)  # "Patel and Moore, who present the late show,": the late show
    title = RE_TITLE_BEFORE.search(body, s_start, at)
    last = title.group(1).split()[-1] if title else ""
    if last[-1:] == "s" and last not in FUNCTION_WORDS and not verb_like(last):
        return f"{title.group(1)} {subject}"  # "Drive-time hosts Mel Carter and Joe Ng": a plural title
    return ""


# Verbs a share of people or things may do, besides the participles ("backed", "contained"): "40%
# said", "70% were women", "a third say".
SHARE_VERBS = BE_WORDS | frozenset("said say says told think thought want wanted".split())
SHARE_PHRASE_WORDS = 5  # the longest verb phrase read after a share
SHARE_AUXILIARIES = frozenset(("had", "has", "have", "will", "would"))  # "40% had said", "30% will vote"
# "11 per cent had a cataract", "14% had high blood pressure": "had" before a determiner or a word
# that is no participle is the verb itself, not an auxiliary (late-subj11)
SHARE_HOLDING_VERBS = frozenset(("had", "has", "have"))


def share_doing(lead: list[str], after: list[str]) -> str:
    """A share named by what it does, when a verb follows it and nothing before it names the whole
    ("About 40% said they would vote" -> "share that said they would vote"; "It was 15 per cent
    contained" -> "share contained"), or ""."""
    passive = bool(lead) and lead[-1].lower() in BE_WORDS
    verb = after[1:2] if after[:1] and after[0].lower() in SHARE_AUXILIARIES else after[:1]
    holds = (
        bool(verb)
        and after[0].lower() in SHARE_HOLDING_VERBS
        and verb[0].isalpha()
        and (verb[0].lower() in DETERMINERS or verb[0].islower() and not participle(verb[0].lower()))
        and verb[0].lower() not in SHARE_VERBS
    )
    if not holds and (not verb or verb[0].lower() not in SHARE_VERBS and not participle(verb[0].lower())):
        return ""  # "61.7 percent had been waiting": the verb after its auxiliary
    phrase: list[str] = []
    for word in after[:SHARE_PHRASE_WORDS]:
        lower = word.lower()
        if not word[0].isalpha() or (phrase and lower in BOUNDARY_WORDS) or lower in WEEKDAYS:
            break
        phrase.append(word)
    while phrase[1:] and (phrase[-1].lower() in PREPOSITIONS or phrase[-1].lower() in DETERMINERS):
        phrase.pop()
    if len(phrase) < 2 and phrase[0].lower() in BE_WORDS:
        return ""  # "55% were under 30": the verb alone names nothing
    return " ".join(["share" if passive else "share that", *phrase])


FRONTED_WHOLE_WORDS = 10  # the longest whole read between "Among" or "Of" and its comma
APPOSED_WHOLE_WORDS = 4  # the longest whole read after the share's "of"
RE_APPOSED = re.compile(r"\s*(?:,|\()\s*(?:or\s+)?")  # "7,100 children, or 12%", "7,100 children (12%)"


def apposed_group(
    count: Figure, fig: Figure, body: str, before: list[str], after: list[str], whole: str
) -> str:
    """The group a share in apposition to a count is of ("about 7,100 children, or 12 per cent of
    those screened" -> "children as a share of those screened"): the count's noun, not the words
    next to the share; "" when the share does not follow the count so."""
    gap = RE_APPOSED.match(body, count.end, fig.start)
    if gap is None:
        return ""
    rest = without_approx(tokens(body, gap.end(), fig.start)) if gap.end() < fig.start else []
    if rest:
        return ""  # a word between them that is no approximation: "..., while 12%"
    noun = counted_noun(count, body)
    if not noun or noun.lower() in BARE_COUNT_NOUNS - {"people"}:
        return ""
    of: list[str] = []
    for word in after[1 : 1 + APPOSED_WHOLE_WORDS] if after[:1] == ["of"] else []:
        if not word[0].isalpha() or word.lower() in BOUNDARY_WORDS:
            break
        if word.lower() != "the":
            of.append(word)  # "of those screened", "of staff"
    named = " ".join(of) or whole
    return f"{noun} as a share of {named}" if named else noun


def counted_noun(fig: Figure, body: str) -> str:
    """The noun a count names after its number, with a participle that follows it ("Afghan
    nationals returned")."""
    noun = " ".join(body[fig.core[1] : fig.end].split())
    after = tokens(body, fig.end, fig.end + 40)
    if after and participle(after[0].lower()) and after[0].endswith("ed"):
        return f"{noun} {after[0]}"
    return noun


# Sports copy opens its sentences with whose tallies they are: a player or a side named first
# ("Dana Whitcombe had 19 points and eight assists", "The Falcons have won five straight", "Ortiz,
# 24, went 9 of 14"), and every figure of that clause is the holder's, though its own words name
# only the statistic ("19 points"). A holder is a name: two or more capitalised words, one word
# before an age's aside, or "The" before a capitalised plural (a side); a sentence opening with a
# pronoun, a time ("In March"), a common noun ("Tickets for") or a role alone names no holder.
RE_OPENING_HOLDER = re.compile(
    r"(?P<the>The\s+)?(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})"
    r"(?P<aside>,\s+\d{1,2},|\s+\([^()]{1,16}\))?\s+(?=[a-z])"
)
# the words of sports copy's tallies that mark a sentence as sport beside percent_points.SPORT_CUES
RE_TALLY_CUE = re.compile(
    r"\b(?:points|goals|tries|wickets|saves|laps|frames|aces|assists|rebounds|touchdowns|yards|"
    r"innings|birdies|strikeouts|appearances|straight|in a row)\b"
)
HOLDER_KINDS = MARGIN_KINDS  # tallies, times and readings; not shares or sums
# the unit note of a sport statistic counted per game, match or round ("(unit: points per game)")
RE_PER_PLAY_NOTE = re.compile(r" \(unit: [a-z -]+ per (?:game|match|round|start|innings)\)$")
# a height hyphened in feet and inches before its noun ("a 6-foot-2 guard"), matched from a little
# before either number
# (the noun after the height, or the name of the player it describes: "the 6-foot-9 forward",
# "The 6-foot-9 Mensah")
RE_FEET_INCHES_NOUN = re.compile(
    r".*?(?<![\w.,])(?P<num>\d)-foot-\d{1,2}\s+(?P<noun>[a-z]{3,}|[A-Z][a-z]{2,})\b"
)
# "clear" right after a tally (ending its quote or after it): a lead over the next in a table or a race
RE_CLEAR_AFTER = re.compile(r"\s+clear\b(?!\s+(?:the|a|an|its|their|his|her|up|out|away)\b)")
HOLDER_REACH = 160  # characters of a sentence read for its opening holder
HOLDER_BARRIER = re.compile(r"[A-Z;:]")  # a second name or a clause break before the figure
# a length measures a course, a stage or a track ("the 5.8km circuit"), never a holder's tally
RE_LENGTH_NOTE = re.compile(r"\(unit: (?:kilo|centi|milli)?met(?:re|er)s\)|\(unit: miles\)")


def _opening_holder(body: str, start: int, end: int) -> tuple[str, int]:
    """The holder a sports sentence opens with (see above) and where its clause's verb starts, or ("", 0)."""
    m = RE_OPENING_HOLDER.match(body, start, min(end, start + HOLDER_REACH))
    if m is None:
        return "", 0
    words = m.group("name").split()
    if any(w.lower() in FUNCTION_WORDS or w in MONTH_NAMES or w in WEEKDAY_NAMES for w in words):
        return "", 0  # "In October", "After Monday": an adjunct, no holder
    if words[-1].endswith(("'s", "’s", "s'", "s’")):
        return "", 0  # "Leeds's striker": the holder is the noun the possessive opens
    verb = body[m.end() : m.end() + 12].split(" ", 1)[0]
    if verb in SAYING_WORDS or verb in ARTICLES:
        return "", 0  # "Coach Ana Ruiz said": a reported clause; "Ruiz, 22, the youngest of": an aside
    if m.group("the"):
        if not words[-1].endswith("s") or len(words) > 2:
            return "", 0  # "The Wildcats": a side; "The Union Bank" is no team's plural
    elif len(words) < 2 and not (m.group("aside") or "").startswith(","):
        return "", 0  # "Tickets for": one capitalised word alone may open any sentence
    return " ".join(words), m.end()


def _named_tally(body: str, fig: Figure) -> Figure:
    """The figure with the name its kind of tally takes in sports copy: a height hyphened before its
    noun, a lead ("N clear"), an average per game (see above); else the figure as it is."""
    subject = fig.subject
    if fig.kind == "other" and subject.endswith(("(unit: feet)", "(unit: inches)")):
        hyphened = RE_FEET_INCHES_NOUN.match(body, max(0, fig.start - 9), fig.end + 24)
        if hyphened is not None and hyphened.start("num") <= fig.start < hyphened.end():
            # "the 6-foot-9 forward": both numbers measure the noun after them, its height
            return with_subject(
                fig, f"height of {hyphened.group('noun')} {subject[subject.index('(unit:') :]}"
            )
    elif (
        fig.kind == "count"
        and "lead" not in subject
        and "margin" not in subject
        and body.find("clear", fig.start, fig.end + 8) >= 0  # the cheap test first
        and (RE_CLEAR_AFTER.match(body, fig.end, fig.end + 16) or body.endswith(" clear", fig.start, fig.end))
    ):
        # "moved 18 points clear", "sit four clear of Penrith": the tally is a lead over the next
        return with_subject(fig, f"lead {subject}".strip())
    elif fig.kind == "other" and " per " in subject and RE_PER_PLAY_NOTE.search(subject):
        # "is averaging 25.7 points", "0.6 goals per game": a player's tally per game is an average
        words = [w for w in subject.split(" (unit:")[0].split() if not w.lower().startswith("averag")]
        return with_subject(fig, " ".join([*words, "average"]) + subject[subject.index(" (unit:") :])
    return fig


def with_sport_holders(
    figures: list[Figure],
    body: str,
    sentence_span: Callable[[int], tuple[int, int]],
    sport: Callable[[str], bool],
) -> list[Figure]:
    """The figures, each tally named as sports copy names its kind (_named_tally), and each tally of
    a sports sentence's opening clause whose subject names no one prefixed with the holder the
    sentence opens with (see above); `sport` tells a sentence of sport from its lower-cased text."""
    out = []
    known: dict[int, tuple[str, int]] = {}  # sentence start: its holder and its verb's start
    for fig in figures:
        if fig.kind not in HOLDER_KINDS:
            out.append(fig)
            continue  # the cheap test first: shares, sums and dates are no tallies
        fig = _named_tally(body, fig)
        subject = fig.subject
        if subject and not subject.islower() or "of age" in subject or RE_LENGTH_NOTE.search(subject):
            out.append(fig)
            continue  # a subject that names someone, an age, a course's length
        s_start, s_end = sentence_span(fig.start)
        if s_start not in known:
            holder, verb = _opening_holder(body, s_start, s_end)
            if not holder and body.startswith(("He ", "She "), s_start) and s_start > 0:
                # "Okafor had 41 points. He is averaging 30.1": the pronoun is the player just named
                p_start, _ = sentence_span(s_start - 1)
                if not body.startswith("The ", p_start):
                    holder = _opening_holder(body, p_start, s_start)[0]
                    verb = s_start + body.index(" ", s_start) - s_start + 1 if holder else 0
            if holder:
                text = body[s_start:s_end].lower()
                if not (sport(text) or RE_TALLY_CUE.search(text)):
                    holder = ""
            known[s_start] = (holder, verb)
        holder, verb = known[s_start]
        if (
            holder
            and verb <= fig.start < verb + HOLDER_REACH  # the opening clause, read a bounded way
            and not HOLDER_BARRIER.search(body, verb, fig.start)
        ):
            fig = with_subject(fig, f"{holder} {subject}".strip())
        out.append(fig)
    return out


# A race's field ("A field of six goes to post in Race 6", "a field of 12 lines up for the Guineas"):
# the count is of the runners, never of the verb after it nor of "field"; a field a possessive
# names ("the women's field of 24") is that group's, and a field of people ("The mayoral field of
# seven") is not read here (late-subj14)
FIELD_VERBS = frozenset("goes go lines line faces face contests contest takes take will is are has".split())


def field_of_runners(lead: list[str], after: list[str], counted: str) -> str:
    """ "runners" for a count of a race's field (above), or ""."""
    if [w.lower() for w in lead[-2:]] != ["field", "of"] or (counted and counted.lower() not in FIELD_VERBS):
        return ""
    if lead[-3:-2] and lead[-3].endswith(("'s", "’s", "s'", "s’")):
        return ""  # "The women's field of 24 is down to eight": that group's entrants, as it names them
    return "runners"


# A share a candidate is elected with ("was re-elected with 71.5%", "elected with 58% of the vote"):
# the votes for that election, of the person the clause names (late-subj14)
ELECTED_VERBS = frozenset("elected re-elected reelected".split())


def elected_share(lead: list[str], named: str) -> str:
    """The vote share a percent after "elected with" is (above), or ""."""
    if lead[-1:] != ["with"] or len(lead) < 2 or lead[-2].lower() not in ELECTED_VERBS:
        return ""
    election = "re-election" if lead[-2].lower().startswith("re") else "election"
    return f"votes for the {election} of {named}" if named else f"votes for the {election}"
