"""Subject clauses: the clause a subject is read from. What a bare subject is and whether it
names a time, the clause's words without asides, the subject of the clause that leads to a figure
(clause_subject, with_clause) and of a change or link clause ("rose to", "brought ... to", the
level after a change), and the predicate and appraisal readers the other subject modules share."""

from __future__ import annotations

import re
from functools import lru_cache

from .. import currencies
from ..measures import quantity_of
from ..vocab import (
    APPROX_WORDS,
    CHANGE_WORDS,
    CLAUSE_BREAKS,
    FUNCTION_WORDS,
    IRREGULAR_PAST_VERBS,
    MODAL_VERBS,
    ORDINAL_WORDS,
    PEOPLE_NOUNS,
    RELATIVE_PRONOUNS,
    SUPERLATIVE,
    TENS_WORDS,
    TRANSITIVE_CHANGE_VERBS,
    UNIT_WORDS,
)
from ..vocab import MONTHS as MONTH_NAMES
from ..vocab import WEEKDAYS as WEEKDAY_NAMES
from . import giving
from .figure import Figure
from .noun_phrases import (
    AUXILIARIES,
    BE_WORDS,
    BOUNDARY_WORDS,
    CHANGE_NOUNS,
    COMMA_ASIDE_PARTICIPLES,
    DETERMINERS,
    LINK_WORDS,
    NOT_CONTENT,
    NOT_NOUN_ENDS,
    PERIOD_WORDS,
    PREPOSITIONS,
    PRONOUNS,
    QUANTITY_HEADS,
    SUBJECT_PREPOSITIONS,
    aside_participle,
    clause_predicate_subject,
    content_words,
    first_predicate_subject,
    has_content_word,
    head_of,
    noun_after,
    noun_phrase_before,
    participle,
    past_form,
    phrase_after,
    strip_lower,
    tokens,
    without_aside,
    without_relative_opening,
    word_runs,
)
from .noun_phrases import IRREGULAR_PARTICIPLES as LINK_PARTICIPLES

CLAUSE_MARKS = ',;:()"“”'  # a clause starts after one of these, or after one of CLAUSE_WORDS
# "and", the contrasts and subordinators (vocab.CLAUSE_BREAKS) and the relative pronouns but
# "that", which is as often a determiner before the figure's noun ("that year", "that figure")
CLAUSE_WORDS = ("and", *CLAUSE_BREAKS, "which", "who")
RE_CLAUSE_MARK = re.compile(f"[{re.escape(CLAUSE_MARKS)}]")


SUBJECT_FIELD = Figure._fields.index("subject")


def with_subject(fig: Figure, subject: str) -> Figure:
    """fig._replace(subject=subject), built from the figure's other fields without _replace's
    keyword handling (the subject stage replaces a subject for about every other figure)."""
    return tuple.__new__(Figure, (*fig[:SUBJECT_FIELD], subject, *fig[SUBJECT_FIELD + 1 :]))


MAX_WORDS = 4


WINDOW = 120


def clause_subject(body: str, sentence_start: int, start: int) -> str:
    """Up to four content words of the clause that leads to a figure, in text order ("" if none)."""
    window_start = max(sentence_start, start - WINDOW)
    text = _without_acronym_brackets(body[window_start:start])
    # the last cut (RE_CLAUSE_START's last match): no cut word can hold a mark, so only the words
    # after the last mark are searched; the last mark is the first of the text read backwards
    last_mark = RE_CLAUSE_MARK.search(text[::-1])
    after_mark = len(text) - last_mark.start() if last_mark else 0
    tail = text[after_mark:]
    clause_from = max(
        (_end_of_last(word, text, after_mark) for word in CLAUSE_WORDS if word in tail), default=after_mark
    )  # the cheap test first: most clause words are not there
    words = content_words(text[clause_from:])[-MAX_WORDS:]
    if not words and clause_from == after_mark and (opening := _apposition_before(text, after_mark)) >= 0:
        # "Debt-service costs, the fastest-growing item, will reach": the subject before its apposition
        cut = max(text.rfind(mark, 0, opening) for mark in CLAUSE_MARKS)
        words = content_words(text[cut + 1 : opening])[-MAX_WORDS:]
    elif not words and clause_from == after_mark and RE_APPOSED_NUMBER_BEFORE.search(text, 0, after_mark):
        # "Mara Okafor, 27, was 14 of 31": the clause's subject stands before its aside
        aside = RE_APPOSED_NUMBER_BEFORE.search(text, 0, after_mark)
        words = content_words(text[: aside.start()])[-MAX_WORDS:]
    elif (
        len(words) == 1
        and clause_from == after_mark
        and (
            named := RE_NAMED_ASIDE_BEFORE.search(
                text, max(0, text.rfind(",", 0, after_mark - 1)), after_mark
            )
        )
    ):
        # "A second hole, DH-14-031, returned 22m": the subject before a code's or a name's aside
        held = content_words(text[: named.start()])
        if held:
            words = [*held[-(MAX_WORDS - 1) :], *words]
    elif (
        len(words) == 1
        and clause_from == after_mark
        and _verb_opens(text[after_mark:], words[0])
        and (held := _held_past_aside(text, after_mark))
    ):
        # "A kilo of tilapia, when it can be found, now sells at": the clause's subject before its aside
        words = [*held[-(MAX_WORDS - 1) :], *words]
    elif len(words) == 1 and clause_from > after_mark and text[clause_from - 3 : clause_from] == "and":
        # "Okafor gathered the ball and ran 60 metres": a verb after "and" shares the first
        # clause's subject, named when the sentence opens with it
        verb = words[0]
        if verb == text[clause_from:].split()[0] and _verb_after_and(verb):
            first = tokens(text, after_mark, clause_from - 3)
            doer = and_shared_doer(first) or first_predicate_subject(first)
            if doer and TIME_NAMING_WORDS.isdisjoint(doer.lower().split()):  # not "the firm on Tuesday"
                words = [doer, verb]
    return " ".join(words)


# the words that open an aside between a clause's subject and its verb ("A kilo of tilapia, when it
# can be found, now sells at"; "184 commercial claims, mainly from farms and shops, account for";
# late-subj14)
ASIDE_OPENERS = frozenset(
    "when where which who whose mainly mostly largely chiefly including especially though although".split()
)
ASIDE_CHARS = 60  # the longest such aside


PREPOSITION_LISTS = [[word] for word in PREPOSITIONS]  # one-word lists, to test a slice of tokens
VERB_LEADS = (
    AUXILIARIES
    | BE_WORDS
    | frozenset("will would can could may might must should now also still then".split())
)


def _verb_opens(tail: str, word: str) -> bool:
    """Whether a clause's stretch opens with `word` as its verb, past auxiliaries and adverbs ("now
    sells at", "will pay", "account for"; not "at a cost of", "cover grew by"; late-subj14)."""
    toks = tail.split()
    k = 0
    while k < len(toks) and (toks[k].lower() in VERB_LEADS or toks[k].endswith("ly")):
        k += 1
    if k == len(toks) or toks[k] != word or not word.islower():
        return False
    # a plural subject's verb in its base form has a preposition after it ("claims account for")
    return k > 0 or word.endswith("s") or past_form(word) or toks[k + 1 : k + 2] in PREPOSITION_LISTS


def _held_past_aside(text: str, after_mark: int) -> list[str]:
    """The content words of a clause's subject before an aside that ends at `after_mark` (above),
    or []."""
    end = after_mark - 1  # the comma closing the aside
    if text[end : end + 1] != ",":
        return []
    comma = text.rfind(",", max(0, end - ASIDE_CHARS), end)
    while comma >= 0:
        opener = text[comma + 1 : end].split()[:1]
        if opener and opener[0] in ASIDE_OPENERS:
            cut = max(text.rfind(mark, 0, comma) for mark in CLAUSE_MARKS)
            return [w for w in content_words(text[cut + 1 : comma]) if w.lower() not in CLAUSE_WORDS]
        comma = text.rfind(",", max(0, end - ASIDE_CHARS), comma)
    return []


def _verb_after_and(word: str) -> bool:
    """Whether a lower-case word right after "and" reads as a verb in the past or one of lasting,
    finishing or change ("ran", "took", "scored", "rose"; not "diesel", "mining" or "again")."""
    return word.islower() and (
        past_form(word)
        or word in PAST_VERBS
        or word in LASTING_VERBS
        or word in FINISHING_VERBS
        or word in CHANGE_WORDS
    )


# an aside of a code or a short name set off by commas right before a clause's verb ("Another
# hole, DH-14-031, returned", "The new tower, Halcyon Point, rises")
RE_NAMED_ASIDE_BEFORE = re.compile(
    r",\s*(?:[A-Z][A-Za-z0-9]*(?:[-‑][A-Za-z0-9]+)+|(?:[A-Z][\w'’.]*\s+){0,2}[A-Z][\w'’.]*),\s*\Z"
)


# a noun phrase in apposition set off by commas, right before a clause's verb ("Debt-service costs,
# the fastest-growing item in the budget, will reach"; "Spending on defence, now the largest line,")
APPOSITION_ADVERBS = ("now", "already", "still", "once", "long")
RE_APPOSITION_BEFORE = re.compile(
    rf",\s*(?:(?:{'|'.join(APPOSITION_ADVERBS)})\s+)?(?:the|a|an)\s+[^,;:()\"“”\d]{{1,80}},\s*"
)


# the verb after the apposition: one to three words in small letters, the first no preposition,
# conjunction or word of approximation or direction (", the largest sum, EUR 2.65 million", ", a
# four-hour drive, or 1 hour", ", the union says, about 9% less", ", the first two units, of 63.5 MW"),
# nor a verb of saying
RE_VERB_AFTER_APPOSITION = re.compile(r"\s*(?P<first>[a-z]+)(?:\s+[a-z]+){0,2}\s*")
NOT_VERBS_AFTER_APPOSITION = frozenset(
    "and or but nor then up down about around some nearly almost roughly just only more less".split()
)


def _apposition_before(text: str, after_mark: int) -> int:
    """Where the apposition (above) that ends at the comma before `after_mark` opens, when a verb
    follows it (above), or -1."""
    verb = RE_VERB_AFTER_APPOSITION.fullmatch(text, after_mark)
    first = verb.group("first") if verb is not None else ""
    if not first or first in NOT_VERBS_AFTER_APPOSITION | SAYING_WORDS or first in PREPOSITIONS:
        return -1  # ("20 Minutes, the free daily, says 40 cafés": what is said has a subject of its own)
    opening = text.rfind(",", 0, after_mark - 1)
    if opening <= 0 or RE_APPOSITION_BEFORE.fullmatch(text, opening, after_mark) is None:
        return -1
    held = text[max(text.rfind(",", 0, opening), 0) : opening].split()
    superlative = held and is_superlative(held[-1].lower())  # "the largest, the grants of excellence, can"
    return -1 if superlative else opening


# an aside of a bare number set off by commas, right before a clause's verb ("Okafor, 27, was")
RE_APPOSED_NUMBER_BEFORE = re.compile(r",\s*\d{1,3},\s*\Z")


RE_ACRONYM_BRACKETS = re.compile(r"\s*\([A-Z][A-Z0-9&.]{1,9}s?\)(?=\s+[^\W\d_])")


def _without_acronym_brackets(text: str) -> str:
    """The text without a bracketed acronym after a name and before a word ("the Baltic Grain
    Exchange (BGE) closed" -> "the Baltic Grain Exchange closed"): its brackets cut no clause.
    A dateline's "(AP) -" is left alone (a dash, not a word, follows it)."""
    if ")" not in text:
        return text  # the cheap test first
    return RE_ACRONYM_BRACKETS.sub("", text)


def _end_of_last(word: str, text: str, start: int) -> int:
    """Where the last whole-word `word` of text[start:] ends (as `\\bword\\b` matches), or start."""
    at = text.rfind(word, start)
    while at >= 0:
        end = at + len(word)
        if (at == 0 or not _word_char(text[at - 1])) and (end == len(text) or not _word_char(text[end])):
            return end
        at = text.rfind(word, start, end - 1)
    return start


def _word_char(char: str) -> bool:
    """A character regex `\\w` matches (Unicode: alphanumeric or "_")."""
    return char.isalnum() or char == "_"


def head_before_of(words: list[str]) -> str:
    """The head of a sentence's opening noun phrase "The X Y of ...", when the words run from the
    sentence start ("net profit" in "The net profit of the appliance maker fell 37.6 percent"), else ""."""
    if not words or words[0] not in ("The", "Its", "Their", "His", "Her"):
        return ""
    try:
        of = words.index("of", 1, 5)
    except ValueError:
        return ""
    head = words[1:of]
    if not head or not all(w.isalpha() for w in head) or head[-1].lower() in QUANTITY_HEADS:
        return ""
    return " ".join(head)


def with_clause(subject: str, clause: str) -> str:
    """A subject that names only a unit or a bare noun, prefixed with the clause's words."""
    if not clause:
        return subject
    return f"{clause} {subject}".strip()


RE_UNIT_LABEL = re.compile(r"\s*\(unit: [^)]+\)")


@lru_cache(maxsize=4096)
def bare_subject(subject: str) -> str:
    """A subject without its "(unit: ...)" label."""
    if "(unit: " not in subject:
        return subject.strip()
    return RE_UNIT_LABEL.sub("", subject).strip()


# The rules below that take `lead` read the words before a figure in its sentence without the
# approximation that ends them ("rose more than" -> "rose"; noun_phrases.without_approx), which
# refine reads once per figure and passes to own_subject and to them.


def antecedent_head(words: list[str]) -> str:
    """The head of the noun phrase `words` end on, before the comma of an aside or a relative clause
    about it ("the cost of fertiliser" -> "fertiliser"), its leading function words left out."""
    return head_of(_without_function_lead(noun_phrase_before(words, SUBJECT_PREPOSITIONS)))


def relative_antecedent(lead: list[str]) -> str:
    """What an amount right after a relative clause's verb is about: the noun phrase before the
    comma that opens the clause ("the cost of fertiliser, which takes about US$4 million" ->
    "fertiliser"); "" when the words are not ", which VERB" (an approximation word between)."""
    if len(lead) < 4 or lead[-2].lower() not in ("which", "that") or lead[-3] != ",":
        return ""
    verb = lead[-1]
    if not verb.isalpha() or not verb.islower():
        return ""
    return antecedent_head(lead[:-3])


def clause_antecedent(lead: list[str]) -> str:
    """What a measurement right after a relative clause's verb is said of, when the verb is the one
    word read for it or names its quantity: the noun phrase before the relative, across a modal or
    "be" and "have" ("the reservoir, which will hold 14 million cubic metres"), after "who" with or
    without a comma ("Growers, who need about 8ML a hectare", "Nurses who work 12 hours"); or ""
    (the plain ", which VERB" read as relative_antecedent reads it)."""
    if len(lead) < 3 or not lead[-1].isalpha() or not lead[-1].islower():
        return ""
    if plain := relative_antecedent(lead):
        return plain
    i = len(lead) - 2
    while i > 1 and lead[i].lower() in HOLDER_SKIPPED:
        i -= 1  # "which will hold", "who have farmed"
    relative = lead[i].lower()
    if relative in RELATIVE_PRONOUNS and lead[i - 1] == "," and i > 1:
        return _named_antecedent(lead[: i - 1])
    if relative == "who" and lead[i - 1].isalpha():
        return _named_antecedent(lead[:i])  # a restrictive relative: "Nurses who work 12 hours"
    return ""


def _named_antecedent(words: list[str]) -> str:
    """The noun phrase `words` end on (antecedent_head) when it ends on their last word, holds no
    past form or time and is no figure's rate ("wildfires so far this year, which have burned", "the
    board paid each of the dockers who left", "$200 a fortnight, which would take": none), or ""."""
    named = antecedent_head(words).split()
    if not named or named[-1] != words[-1] or any(_past(w.lower()) for w in named):
        return ""
    k = len(words) - len(named)  # where the phrase opens: after "a" or "per" and a number, a rate
    if k > 1 and words[k - 1].lower() in RATE_OPENERS and any(ch.isdigit() for ch in words[k - 2]):
        return ""
    return "" if names_a_time(" ".join(named)) else " ".join(named)


RATE_OPENERS = frozenset(("a", "an", "per", "each", "every"))  # "$200 a fortnight", "40 litres per head"


def _past(lower: str) -> bool:
    """Whether a lower-cased word is a past form, regular or not ("burned", "paid")."""
    return past_form(lower) or lower in IRREGULAR_PAST_VERBS


def relative_doer(lead: list[str], verb: str) -> str:
    """The antecedent of the relative clause whose verb, right before a figure, is the one word read
    for it, with the verb ("Nurses who work 12 hours a shift" -> "Nurses work"), or ""."""
    antecedent = clause_antecedent(lead) if lead[-1:] == [verb] else ""
    return f"{antecedent} {verb}" if antecedent else ""


# Words between a measurement's verb and the comma or "and" before it that name no doer ("can each
# lift", "is now taking"): modals, "be" and "have", adverbs of time, "each".
HOLDER_SKIPPED = frozenset((*MODAL_VERBS, *BE_WORDS, *AUXILIARIES, "each", "every", "now", "still", "also"))
HOLDER_WORDS = 6  # the longest noun phrase read as the holder at the sentence's start


def _comma_at(word: str) -> bool:
    """Whether a token is a comma or ends with one (a number's token takes its comma: "Ariane 6,")."""
    return word == "," or len(word) > 1 and word.endswith(",")


def measure_holder(lead: list[str], opens: bool) -> str:
    """What a measurement right after its verb is said of when its clause's subject stands further
    back: the antecedent of a relative clause whose second verb it is ("Ariane 6, which stands 62
    metres tall and weighs 870 tonnes" -> "Ariane 6"), or, when `opens` (the words run from the
    sentence's start), the noun phrase that opens the sentence before an aside and the verb's
    auxiliaries ("Two harvesting boats, the A and the B, can each lift 60 tonnes" -> "Two harvesting
    boats"); else "" (no verb right before: "with 118 MW", "or 1290L")."""
    if len(lead) < 3 or not _holder_verb(lead[-1]):
        return ""
    rest = lead[:-1]
    while rest and rest[-1].lower() in HOLDER_SKIPPED:
        rest = rest[:-1]
    if rest[-1:] == ["and"]:
        for k in range(len(rest) - 2, 0, -1):
            if _comma_at(rest[k]) or rest[k] in CLAUSE_MARKS:
                if rest[k + 1].lower() not in ("which", "that"):
                    return ""
                named = [*rest[:k], rest[k].removesuffix(",")] if rest[k] != "," else rest[:k]
                return _holder_words(antecedent_head(named).split(), numbered=True)
        return ""
    if not opens or not rest:
        return ""
    first = next((i for i, word in enumerate(rest) if _comma_at(word) or word in CLAUSE_MARKS), -1)
    if first < 0 or first == len(rest) - 1 and rest[first] == ",":
        # the aside read away already: "The Vulcan Centaur can lift"
        return _holder_words(_doer(rest).split(), numbered=False)
    if not _comma_at(rest[-1]):
        return ""
    named = [*rest[:first], rest[first].removesuffix(",")] if rest[first] != "," else rest[:first]
    return _holder_words(named, numbered=True)


def _holder_verb(word: str) -> bool:
    """Whether the word before a measurement may be its clause's verb: a lower-case word that is no
    function word, preposition, determiner or adverb ("weighs", "lift"; not "with", "or", "already")."""
    lower = word.lower()
    return (
        word.isalpha()
        and word.islower()
        and lower not in FUNCTION_WORDS
        and lower not in PREPOSITIONS
        and lower not in DETERMINERS
        and lower not in VERB_ADVERBS
        and lower not in HOLDER_SKIPPED
        and not ly_adverb(lower)
    )


def _holder_words(named: list[str], numbered: bool) -> str:
    """The noun phrase `named` as a holder, its determiners left out; "" unless it is a short phrase
    of words (a number only at its end when `numbered`: "Ariane 6") that opens with a capital or a
    noun and is no time, pronoun, adverb or clause ("In 2024", "However", "Last year")."""
    words = named[:-1] if numbered and named[-1:] and named[-1].isdigit() else named
    if not words or len(named) > HOLDER_WORDS or not all(RE_HOLDER_WORD.fullmatch(w) for w in words):
        return ""
    if (
        words[0].lower() in PREPOSITIONS  # "In 2024, ..."
        or words[0].lower().endswith("ing")
        and words[0][:1].isupper()  # "According to ..."
        or words[-1].lower() in FUNCTION_WORDS  # "However, ..."
        or ly_adverb(words[-1].lower())  # "Separately, ..."
        or any(w.lower() in PRONOUNS or past_form(w.lower()) for w in words)
        or names_a_time(" ".join(words))  # "Last year, ..."
    ):
        return ""  # no noun phrase, a year or a clause opens the sentence
    return " ".join(w for w in named if w.lower() not in DETERMINERS)


RE_HOLDER_WORD = re.compile(r"[^\W\d_][\w'’-]*")


# Nouns of a part that a share "of" its whole only restates ("a stake of 20% of the firm"): the
# whole names it; and the words that make a share the size of the noun before them ("a deficit
# equal to 4% of GDP").
PART_NOUNS = frozenset(
    "share shares stake stakes portion proportion percentage fraction part average total maximum minimum".split()
)
EQUAL_WORDS = (["equal", "to"], ["equivalent", "to"])


def equal_to_noun(lead: list[str]) -> str:
    """The noun phrase before "equal to" or "equivalent to" that ends the words before a share
    ("a deficit equal to", "Public debt, equivalent to" -> "deficit", "Public debt"), or ""."""
    if len(lead) < 3 or [w.lower() for w in lead[-2:]] not in EQUAL_WORDS:
        return ""
    words = lead[:-2]
    aside = words[-1:] == [","]
    if aside:
        words = words[:-1]  # an aside: "Public debt, equivalent to"
    found = noun_phrase_before(words)
    if (
        aside
        and len(found) < len(words)
        and words[-len(found) - 1] not in CLAUSE_MARKS
        and not (found and found[0].lower() in DETERMINERS and not names_a_time(" ".join(found)))
    ):  # ("said the sum, equal to": a determined noun; "this year, equal to" names a time)
        return ""  # "to expand by 2% in 2027, equivalent to": no noun opens the clause
    phrase = [w for w in found if w.lower() not in DETERMINERS]
    if (
        not phrase
        or len(phrase) > LASTING_WORDS
        or not all(w.isalpha() for w in phrase)
        or phrase[-1].endswith("ly")
    ):
        return ""  # "roughly equal to": an adverb, no noun
    return "" if phrase[0].lower() in PRONOUNS or phrase[-1].lower() in PART_NOUNS else " ".join(phrase)


def _without_function_lead(phrase: list[str]) -> list[str]:
    """A noun phrase without the preposition or article it was read with ("of water treatment
    chemicals" -> "water treatment chemicals")."""
    while phrase and phrase[0].lower() in FUNCTION_WORDS:
        phrase = phrase[1:]
    return phrase


ADD_VERBS = frozenset("add adds added adding".split())
ADDED_TO_REACH = 10  # the most tokens after the figure read for its "to" phrase


def added_to(lead: list[str], after: list[str]) -> str:
    """ "added to each trip" for a figure right after a verb of adding ("adding 6 to 9 hours and
    about 420 kilometres to each trip"): what it is added to, read past a figure joined by
    "and" to the "to" phrase of the clause; "" otherwise."""
    if not lead or lead[-1].lower() not in ADD_VERBS:
        return ""
    for i, word in enumerate(after[:ADDED_TO_REACH]):
        if word in (",", ";", ".", ":", "(", ")"):
            return ""
        if word.lower() == "to" and i:
            target: list[str] = []
            for part in after[i + 1 : i + 5]:
                lower = part.lower()
                if not part.isalpha() or lower in FUNCTION_WORDS and lower not in ADDED_TO_OPENERS:
                    break
                target.append(part)
            return " ".join(["added to", *target]) if has_content_word(" ".join(target)) else ""
    return ""


ADDED_TO_OPENERS = DETERMINERS | {"each", "every"}  # "to each voyage", "to the bill"


def currency_word(word: str) -> bool:
    """A word that is a currency's sign or code ("Rs", "US", "CHF"): an amount starts with it."""
    return word in currencies.sign_words()  # built on first use


# the words that set a figure against another of the same measure ("against", "versus", "vs.",
# "instead of", "compared with"): one alternation for every join below that reads them
COMPARED_WORDS = r"against|versus|vs\.?|instead\s+of|compared\s+(?:with|to)"
RESTATED_JOIN = (
    36  # characters before the figure read for the join ("compared with the ", ", down from more than ")
)
TIME_ADVERBS = frozenset(("earlier", "ago", "later", "before", "after", "since"))


# ", against" or ", compared with" (any of COMPARED_WORDS) right before a figure: another level of
# the figure before it, as plainly as ", up from" says it, whatever qualifies that figure in between
# ("1,000 cases among adults over 65 in the first quarter of the year, against 2,000 a year earlier")
RE_COMMA_COMPARED = re.compile(
    rf",\s*(?:{COMPARED_WORDS})\s+(?:the\s+)?(?:(?:{'|'.join(map(re.escape, APPROX_WORDS))})\s+)?\Z"
)


def compared_after_comma(body: str, fig: Figure) -> bool:
    """Whether ", against", ", versus", ", instead of" or ", compared with" (COMPARED_WORDS) stands
    right before a figure (RE_COMMA_COMPARED)."""
    window = body[max(0, fig.start - RESTATED_JOIN) : fig.start]
    return (
        "," in window
        and (
            "against" in window
            or "compared" in window
            or "versus" in window
            or "vs" in window
            or "instead" in window
        )
        and bool(RE_COMMA_COMPARED.search(window))
    )


# ", to" and an approximation word before the new level that ends a change ("cut its workforce by
# 12%, to 5,700 people")
RE_COMMA_TO_BEFORE = re.compile(
    rf",\s+to\s+(?:(?:{'|'.join(map(re.escape, APPROX_WORDS))})\s+)?\Z", re.IGNORECASE
)
LEVEL_AFTER_CHANGE_GAP = 40  # the most characters from the change's percent to the level after it


def level_after_change(body: str, change: Figure, fig: Figure) -> bool:
    """Whether a figure is the new level a percent change in its clause led to: ", to" right
    before it, and no mark between the change and that comma ("by 8% over five years, to about
    31 rupees"; not "rose 5%; exports, to $3 billion"); or the old level it started from, "from"
    alone between them ("up 9% from $40m")."""
    if change.kind != "percent_change" or not 0 <= fig.start - change.end <= LEVEL_AFTER_CHANGE_GAP:
        return False
    if fig.kind == "other" and RE_TO_RIGHT_AFTER.fullmatch(body, change.end, fig.start):
        return True  # "rose 12% to 86,000 tonnes": "to" alone between the change and a measured level
    if RE_THAN_RIGHT_AFTER.fullmatch(body, change.end, fig.start):
        # "was 4.1% lower than the 117,200 tons of a year earlier": the same measure at the time
        # it is compared with, unless the figure names its own thing after it
        return not names_after(body, fig)
    if RE_FROM_RIGHT_AFTER.fullmatch(body, change.end, fig.start):
        # "up 22 per cent from Rs 3,450 crore": the level the change started from, unless the
        # figure already names what it measures (an amount restating the one before)
        return names_no_thing(fig)
    found = RE_COMMA_TO_BEFORE.search(body, change.end, fig.start)
    return found is not None and not any(c in ",;:.()" for c in body[change.end : found.start()])


# a comparative and "than" right after a change's percent: "4.1% lower than the 117,200 tons"
RE_THAN_RIGHT_AFTER = re.compile(
    r"\s+(?:lower|higher|more|less|fewer|smaller|larger|bigger|greater)\s+than\s+(?:the\s+)?"
    rf"(?:(?:{'|'.join(map(re.escape, APPROX_WORDS))})\s+)?",
    re.IGNORECASE,
)
# "from" alone right after a change's percent: "up 22 per cent from Rs 3,450 crore", the old level
RE_FROM_RIGHT_AFTER = re.compile(
    rf"\s+from\s+(?:(?:{'|'.join(map(re.escape, APPROX_WORDS))})\s+)?", re.IGNORECASE
)
# "to" alone (and an approximation word) right after a change's percent: "rose 12% to 86,000 tonnes"
RE_TO_RIGHT_AFTER = re.compile(
    rf"\s+to\s+(?:(?:{'|'.join(map(re.escape, APPROX_WORDS))})\s+)?", re.IGNORECASE
)


# ", up" or ", down" alone between an amount or count and a percent
RE_UP_DOWN_RIGHT_AFTER = re.compile(r",\s*(?:up|down)\s+(?:(?:by|about|around|some|nearly|almost)\s+)?")
# a second clause joined to the first ("Sales rose 5%, while profit fell to $2m, down 12%")
RE_SECOND_CLAUSE = re.compile(r"(?:,\s+(?:while|whereas|but|and)|;)\s+")
SECOND_CLAUSE_REACH = 150  # characters before the amount read for the join


def change_of_second_clause(body: str, earlier: Figure, fig: Figure) -> bool:
    """Whether a percent after ", up" or ", down" right after an amount is that amount's change, its
    own subject taken from an earlier clause of the sentence ("Oil made up 40% of sales, while dates
    brought in 90 million dinars, up 6%": the dates' earnings rose)."""
    if not RE_UP_DOWN_RIGHT_AFTER.fullmatch(body, earlier.end, fig.start):
        return False
    window = body[max(0, earlier.start - SECOND_CLAUSE_REACH) : earlier.start]
    window = window[window.rfind(". ") + 1 :]
    joins = list(RE_SECOND_CLAUSE.finditer(window))
    if not joins:
        return False
    clause = window[joins[-1].end() :].lower()
    own = [w for w in bare_subject(fig.subject).lower().split() if len(w) > 2]
    return bool(own) and not any(w in clause for w in own)


# participles without -ed: noun_phrases' table ("set", "forecast", "seen", ...) and those of a clause after a
# figure ("the $40 million given", "the 12 made")
IRREGULAR_PARTICIPLES = LINK_PARTICIPLES | frozenset("given taken made paid sold hit".split())
# ... and a comparison whose mark a reduced relative clause qualifies ("more than the $650 million
# budgeted in 2019", "double the 40,000 reached by the first book"): the same measure as the
# figure compared, from as far as ", up from" joins one (RESTATED_CHANGE_GAP), when the clause
# names nothing but its participle (what "recorded in the same month last year" names, it keeps)
COMPARED_MARK_LEADS = ("than", "double", "twice", "triple", "treble")  # before "the" and the mark


def qualified_mark(word: str) -> bool:
    """Whether a word right after a figure opens a reduced relative clause about it: a past
    participle ("budgeted", "reached", "forecast"), lower case."""
    return word.islower() and (past_form(word) or word in IRREGULAR_PARTICIPLES)


MARK_LEADS = frozenset((*COMPARED_MARK_LEADS, "above", "below"))  # before "the"
SHORT_OF = frozenset(("short", "shy"))  # "short of the", "shy of the"
# the words before the mark read for a figure compared in its clause ("18 per cent more than the")
MARK_CLAUSE_WORDS = 6


def marked_clause_subject(lead: list[str], after: list[str]) -> str:
    """What a figure that is the mark of its clause's comparison measures, a reduced relative clause
    after it ("visitors could fall short of the 2.4 million forecast", "output is above the 40,000
    tonnes planned"): the subject of the clause, or ""."""
    if len(lead) < 4 or lead[-1].lower() != "the" or not after or not qualified_mark(after[0]):
        return ""  # the cheap test first
    join = lead[-2].lower()
    if not (join in MARK_LEADS or join == "of" and lead[-3].lower() in SHORT_OF):
        return ""
    if any(w[:1].isdigit() for w in lead[-MARK_CLAUSE_WORDS:]):
        return ""  # "were $1.6 billion higher than the": the figure before is the one compared
    return first_predicate_subject(lead[:-2])


# a summing-up apposition after a level and "and up" or "and down" before a percent: the level's
# change ("moved 8.7 million boxes in 2025, the most on record and up 3 per cent")
RE_APPOSED_CHANGE = re.compile(
    r",\s+the\s+[^,;:()\d]{1,50}?\s+and\s+(?:up|down)\s+(?:by\s+)?"
    rf"(?:(?:{'|'.join(map(re.escape, APPROX_WORDS))})\s+)?\Z"
)
APPOSED_CHANGE_GAP = 90  # the most characters between the level and the percent of its change


def apposed_change(body: str, earlier: Figure, fig: Figure) -> bool:
    """Whether a percent after an apposition that sums up the level before it and "and up" or "and
    down" (RE_APPOSED_CHANGE) is that level's change; a time may stand between ("in 2025")."""
    if (
        fig.start - earlier.end > APPOSED_CHANGE_GAP
        or "and" not in body[max(earlier.end, fig.start - 16) : fig.start]
    ):
        return False  # the cheap tests first
    comma = body.find(",", earlier.end, fig.start)
    if comma < 0 or any(c in ";:()" for c in body[earlier.end : comma]):
        return False
    return bool(RE_APPOSED_CHANGE.fullmatch(body, comma, fig.start)) and names_a_thing(earlier.subject)


def runs_alpha(words: list[str]) -> bool:
    """Whether no word holds a digit."""
    return not any(c.isdigit() for w in words for c in w)


OWN_WORDS_CHARS = 40  # the characters after a compared figure read for the words of its subject


# Adverbs of the scope a compared figure holds for, which name no thing of their own (late-subj13)
SCOPE_ADVERBS = frozenset(
    "nationally nationwide statewide countrywide worldwide globally locally regionally".split()
)


def names_after(body: str, fig: Figure) -> bool:
    """Whether a content word of a figure's subject stands right after it: a figure compared with
    another ("41 units per acre against 46 units a year earlier") names its own thing only there; a
    subject read from the words before it names the other figure's."""
    named = {w.lower() for w in content_words(bare_subject(fig.subject))} - SCOPE_ADVERBS
    if not named:
        return False  # "€148 in Thuringia, against €126 nationally": a scope, no thing of its own
    following = {w.lower() for w in word_runs(body[fig.end : fig.end + OWN_WORDS_CHARS])}
    return bool(named & following)


# The words of a measure the engine names without its thing ("sale price", "sum paid", "cost").
MEASURE_ONLY_WORDS = frozenset("sale price cost sum paid value valuation earnings spending".split())


def names_a_thing(subject: str) -> bool:
    """Whether a subject names a thing besides a measure ("sale price of the flat", not "sale
    price"): a compared figure whose own words name the thing keeps them."""
    return any(w.lower() not in MEASURE_ONLY_WORDS for w in content_words(bare_subject(subject)))


def names_no_thing(fig: Figure) -> bool:
    """Whether a figure's subject names only a time, a unit, or the bare quantity its measure
    measures ("weight (unit: tonnes)"): it takes what a figure it restates or compares measures."""
    if fig.measure and bare_subject(fig.subject) == quantity_of(fig.measure):
        return True
    if " per " in fig.measure and _names_only_its_rate(fig):
        return True  # "from 260 in 2020" after "210 deaths per 100,000 live births": "live births year"
    return names_a_time(fig.subject)


def _names_only_its_rate(fig: Figure) -> bool:
    """Whether a rate's subject holds only words of its own unit and of time ("live births year"
    of a rate in deaths per 1,000 live births)."""
    own = {w.lower() for w in content_words(fig.measure)}
    words = content_words(bare_subject(fig.subject))
    return bool(words) and all(w.lower() in own or w.lower() in NOT_TIME_CONTENT for w in words)


# Unit nouns that name no measured thing: "from 16.2 points" restates what the earlier figure measures.
UNIT_NOUNS = frozenset(("points", "point"))


@lru_cache(maxsize=4096)
def names_a_time(subject: str) -> bool:
    """Whether a subject names nothing but a time or its unit ("March", "a year earlier", "in
    October", "points")."""
    for run in bare_subject(subject).split():  # its content words (content_words), all time words
        if run.isalpha():  # most runs are one word (word_runs reads them run by run)
            if len(run) > 2 and run.lower() not in NOT_TIME_CONTENT:
                return False
        elif any(len(word) > 2 and word.lower() not in NOT_TIME_CONTENT for word in word_runs(run)):
            return False
    return True


BEFORE_CHARS = 150  # how far back in its sentence a figure's measured noun is looked for


AFTER_CHARS = 80
SPAN_LENGTH = "length of the "  # the subject of a span named before its noun ("a six-week run")


# What lasts, when the sentence says it: the subject of a verb of lasting ("The strike lasted 23
# days", "the talks took 42 days"), or the event a verb names ("jailed for six years": a prison
# sentence; "banned for three years": a ban; "walked out for two days": a strike).
LASTING_VERBS = frozenset(
    "last lasts lasted lasting run runs ran take takes took taking span spans spanned drag drags dragged continued".split()
)
# the words between the thing that lasts and its verb: "are expected to take", "will last"
LASTING_AUXILIARIES = AUXILIARIES | BE_WORDS | frozenset("to expected likely due set can".split())
LASTING_WORDS = 4  # the longest name of what lasts
LASTING_CUTS = BOUNDARY_WORDS | frozenset(CLAUSE_WORDS) | {"or"}  # words that open the clause of what lasts
RE_LABELS = re.compile(r"\s*\((?:unit: [^)]+|interest-rate level|per [^)]+)\)")


@lru_cache(maxsize=4096)
def bare_subject_of(subject: str) -> str:
    """A subject without any of its labels."""
    if "(" not in subject:
        return subject.strip()  # no label to take out
    return RE_LABELS.sub("", subject).strip()


def verb_like(word: str) -> bool:
    """Whether a word after a noun reads as its verb: a change or link word, or a past form in -ed."""
    lower = word.lower()
    return lower in CHANGE_WORDS or lower in LINK_WORDS or lower.endswith("ed")


DEGREE_WORDS = frozenset(("barely", "only", "just", "merely", "scarcely"))  # "lasted barely 40 minutes"


def ly_adverb(word: str) -> bool:
    """Whether a word is a lower-case adverb in -ly ("roughly", not "July" or "Italy")."""
    return word.islower() and len(word) > 4 and word.endswith("ly")


PERCENT_WORDS = frozenset(("percent", "cent", "%"))
PERSONAL_PRONOUNS = frozenset("i you he she we they it".split())  # a clause's subject naming no one by name
# Time units a race time is stated in, part by part ("3 hours, 14 minutes and 22 seconds").
TIME_PART_UNITS = frozenset("hour hours hr hrs minute minutes min mins seconds secs second sec".split())
# Verbs after which "in" and a time is the time a race was run in ("crossed the line in 3 hours").
FINISHING_VERBS = frozenset("finish finishes finished won wins win completed completes run ran".split())
# Object pronouns: no one named ("It took him", "paid £45m for him")
OBJECT_PRONOUNS = frozenset("him her them us me you it".split())
DIRECTION_WORDS = frozenset(("up", "down"))  # change words that are no verb: "lose up to 9 kg"


# verbs of going a distance: a length after one and "to" a place is the distance to it ("pupils
# walk 6 km to the nearest school")
TRAVEL_VERBS = frozenset(
    """travel travels travelled traveled travelling traveling walk walks walked walking drive drives
    drove driving ride rides rode riding fly flies flew flying commute commutes commuted commuting
    trek treks trekked trekking cycle cycles cycled cycling""".split()
)
RE_SUPERLATIVE_WORD = re.compile(SUPERLATIVE)


def is_superlative(word: str) -> bool:
    """A superlative adjective ("best", "weakest", "longest", "driest"; vocab.SUPERLATIVE), alone or
    ending a hyphened word ("second-largest"; lower case; not "forest", "interest", "harvest")."""
    return RE_SUPERLATIVE_WORD.fullmatch(word.rpartition("-")[2]) is not None


RE_YEAR_WORD = re.compile(r"(?:1[89]|20)\d\d")  # a calendar year written alone


def lasting_noun(words: list[str]) -> str:
    """The noun phrase that opens a clause, before its first preposition ("last strike" in "The
    last strike at the mine , in 2019 ,"), or "" (a pronoun, a number, a phrase too long)."""
    commas = [i for i, w in enumerate(words) if w.endswith(",")]  # a number's token takes its comma
    if len(commas) > 1 and commas[-1] == len(words) - 1:
        words = words[: commas[-2]]  # an aside: ", in 2019,"
    dated = len(words) if words and RE_YEAR_WORD.fullmatch(words[-1]) else 0  # a year right before the verb
    while dated > 1 and (
        RE_YEAR_WORD.fullmatch(words[dated - 1]) or words[dated - 1].lower() in ("and", "or")
    ):
        dated -= 1
    if 0 < dated < len(words) and words[dated - 1].lower() in ("in", "of"):
        words = words[: dated - 1]  # "protests in 2019 and 2022 lasted": the years date the noun
    cut = max((i for i, w in enumerate(words) if w in CLAUSE_MARKS or w.lower() in LASTING_CUTS), default=-1)
    phrase: list[str] = []
    for word in words[cut + 1 :]:
        if word.lower() in PREPOSITIONS:
            break
        if word.lower() not in DETERMINERS:
            phrase.append(word)
    if not phrase or len(phrase) > LASTING_WORDS or phrase[0].lower() in PRONOUNS:
        return ""
    if not all(w.isalpha() and w.lower() not in LASTING_AUXILIARIES for w in phrase):
        return ""  # a number, or a verb: "are overweight"
    if cut < 0 and words[0] == phrase[0] and phrase[0][1:].islower():
        phrase[0] = phrase[0].lower()  # "Talks took": the sentence's capital, not a name's
    return " ".join(phrase)


OBJECT_WORDS = 4  # the longest object of a change verb read before "to"


def object_changed_to(before: list[str]) -> str:
    """The object of a verb that changes it, right before "to" and the figure ("will lift military
    spending to 2.6% of GDP" -> "military spending"), or ""."""
    if len(before) < 3 or before[-1].lower() != "to":
        return ""
    for i in range(len(before) - 2, max(0, len(before) - 3 - OBJECT_WORDS), -1):
        if before[i].lower() in TRANSITIVE_CHANGE_VERBS:
            words = [w for w in before[i + 1 : -1] if w.lower() not in DETERMINERS]
            return " ".join(words) if words and all(w.isalpha() for w in words) else ""
    return ""


def amount_changed_to(before: list[str]) -> str:
    """The noun an amount after a verb of changing, its object and "to" is the new level of ("cut
    its net loss to $41 million" -> "net loss"), or "": a pronoun, a particle or a preposition where
    the object would be ("raised it to", "raised up to", "raised fees by up to")."""
    named = object_changed_to(before)
    if not named or any(
        w.lower() in PRONOUNS or w.lower() in PREPOSITIONS or w.lower() in DIRECTION_WORDS
        for w in named.split()
    ):
        return ""
    return named


# Verbs that bring a level to a figure ("bringing its domestic total to $268.4 million", "taking
# its stake to 25%"): the object between the verb and "to" is what the figure measures.
BRINGING_VERBS = frozenset(
    "bring brings brought bringing take takes took taking push pushes pushed pushing".split()
)


# the period an object is measured over, between it and "to" ("taking the rise over 12 months
# to 4.2%", "bringing the rise in the past 12 months to 2.7%"): left out of the object
PERIOD_TAIL_PREPOSITIONS = frozenset("over in during across".split())
PERIOD_TAIL_WORDS = frozenset("the past last previous first latest".split())
PERIOD_TAIL_UNITS = frozenset("days weeks months quarters years".split())


def _without_period_tail(before: list[str]) -> list[str]:
    """`before` (ending in "to") without a period right before its "to" (PERIOD_TAIL_UNITS after a
    number, after PERIOD_TAIL_PREPOSITIONS and PERIOD_TAIL_WORDS)."""
    if len(before) < 5 or before[-2].lower() not in PERIOD_TAIL_UNITS:
        return before
    number = before[-3].lower()
    if not (number.isdigit() or number in UNIT_WORDS or number in TENS_WORDS):
        return before
    k = len(before) - 4
    while k > 0 and before[k].lower() in PERIOD_TAIL_WORDS:
        k -= 1
    return [*before[:k], "to"] if before[k].lower() in PERIOD_TAIL_PREPOSITIONS else before


def brought_to(before: list[str]) -> str:
    """The object of a verb of BRINGING_VERBS right before "to" and the figure ("bringing the
    death toll to" -> "death toll", the period it is over left out: _without_period_tail); for
    "it" or "them" after the clause's comma, the noun phrase that clause ends on ("to the water
    levy, taking it to" -> "water levy"); or "" (another pronoun, or a time before the comma:
    "hired 40 in May, taking them to")."""
    if len(before) < 3 or before[-1] != "to":
        return ""
    before = _without_period_tail(before)
    for i in range(len(before) - 2, max(0, len(before) - 3 - OBJECT_WORDS), -1):
        if before[i].lower() in BRINGING_VERBS:
            words = [w for w in before[i + 1 : -1] if w.lower() not in DETERMINERS]
            if len(words) == 1 and words[0].lower() in ("it", "them") and i > 1 and before[i - 1] == ",":
                # "adds $60 to the water levy, taking it to": the noun phrase the clause ends on
                named = head_of(noun_phrase_before(before[: i - 1]))
                return "" if not has_content_word(named) or names_a_time(named) else named
            if not words or words[0].lower() in OBJECT_PRONOUNS:
                return ""
            return " ".join(words) if all(w.replace("'", "").isalpha() for w in words) else ""
    return ""


WEEKDAYS = frozenset(day.lower() for day in WEEKDAY_NAMES)
DAY_PARTS = frozenset(("morning", "afternoon", "evening", "night"))
DAY_WORDS = WEEKDAYS | DAY_PARTS  # "on Tuesday", "on Thursday morning": a time, naming nothing measured
# Words a subject may hold and still name nothing but a time or its unit (names_a_time).
MONTH_WORDS = frozenset(month.lower() for month in MONTH_NAMES)  # "november", "nov", "sept"
TIME_NAMING_WORDS = PERIOD_WORDS | TIME_ADVERBS | UNIT_NOUNS | DAY_WORDS | MONTH_WORDS
# the words of a point in a period ("at the end of 2029", "by the start of May"): a subject of
# nothing but them names a time
PERIOD_POINT_WORDS = frozenset(("end", "start", "beginning", "middle"))
# the participle that closes a reporting period ("the nine months ended June 30", "the year ending March")
PERIOD_END_WORDS = frozenset(("ended", "ending"))
NOT_TIME_CONTENT = (
    TIME_NAMING_WORDS
    | NOT_CONTENT
    | PERIOD_POINT_WORDS
    | PERIOD_END_WORDS
    | frozenset(w.lower() for w in (*UNIT_WORDS, *TENS_WORDS))  # a period's length: "the nine months"
)  # no content word, or one that names a time
# the kinds and spans of a period a time is said with ("in the 2025-26 financial year", "the
# year so far", "between January and June", "in a single year"; subj42)
PERIOD_KIND_WORDS = frozenset(
    "fiscal financial calendar judicial academic single whole entire far between".split()
)
# the small words a time is said with ("in the first half", "a year earlier", "from March"), the
# number words of a period's length ("in the first four months"), the words of a point in a
# period ("at the end of October", "by the start of 2026"), of its close ("the year that ended in
# June") and of its kind (PERIOD_KIND_WORDS)
TIME_FILLERS = (
    frozenset("a an the in on at from to of for by this that its".split())
    | frozenset(UNIT_WORDS)
    | PERIOD_POINT_WORDS
    | PERIOD_END_WORDS
    | PERIOD_KIND_WORDS
)


def change_of(before: list[str], after: list[str]) -> str:
    """What an amount after a change noun and "of" measures: the change ("a monthly increase of
    R2,500 for miners" -> "monthly increase"), or what "in" after the amount names ("a rise of $2
    in the price of bread" -> "price of bread"); "" when no change noun and "of" come before it."""
    if len(before) < 2 or before[-1].lower() != "of" or before[-2].lower() not in CHANGE_NOUNS:
        return ""
    if after[:1] == ["in"] and not (len(after) > 2 and after[2].lower() == "terms"):
        # (not "in cash terms", "in real terms": how the change is counted, no thing changed)
        return " ".join(w for w in phrase_after(after)[1:] if w.lower() not in DETERMINERS)
    return " ".join(w for w in noun_phrase_before(before[:-1])[-MAX_WORDS:] if w.lower() not in DETERMINERS)


def only_a_time(subject: str) -> bool:
    """Whether a subject's words are all words of time, small words or signs ("year", "a year
    earlier", "on Thursday", "in the first half from Rp"), with at least one of them a time word."""
    timed = False
    for word in word_runs(bare_subject(subject)):
        lower = word.lower()
        if lower in PERIOD_WORDS or lower in TIME_ADVERBS or lower in WEEKDAYS or lower in MONTH_WORDS:
            timed = True  # (a month's abbreviation too: "between Sept. 1 and Nov. 30")
        elif lower not in TIME_FILLERS and len(lower) >= 3:
            return False  # a word that is no time nor a small word: read no further
    return timed


PLACE_NOUNS_OF_RANK = frozenset(("place", "spot", "position"))
RANK_LINKS = frozenset(("with", "on"))
RANK_REACH = 16  # the words read back from the rank for the clause's subject
QUOTES = giving.QUOTE_MARKS  # the quote marks, double and single


WINNING_VERBS = frozenset("won wins win winning finished finishes".split())
WON_OBJECT_WORDS = 8  # the most words between a verb of winning and "with" ("won the Madrid Open on Sunday")


def ranked_with(lead: list[str], counted: bool = False) -> str:
    """The subject of the clause in which a figure after a rank and "with" or "on" stands ("The
    comedy "Paper Moons" was fourth with" -> "Paper Moons"; "Rovers finished second on" ->
    "Rovers"): a quoted title, else the noun phrase before the clause's verb; or ""."""
    if len(lead) < 3 or lead[-1].lower() not in RANK_LINKS:
        return ""
    rank = len(lead) - 2
    if lead[rank].lower() in PLACE_NOUNS_OF_RANK and rank and lead[rank - 1].lower() in ORDINAL_WORDS:
        rank -= 1  # "slipped to second place with"
    if lead[rank].lower() in ORDINAL_WORDS and rank >= 2:
        verb = rank - 1
        if lead[verb].lower() == "to" and verb:
            verb -= 1  # "slipped to second place"
    elif counted and lead[-1].lower() == "with":
        verb = next(
            (
                i
                for i in range(len(lead) - 2, max(0, len(lead) - 2 - WON_OBJECT_WORDS), -1)
                if lead[i].lower() in WINNING_VERBS
            ),
            -1,
        )  # "won the Oslo Cup on Saturday with 6.5 points": the winner's points
        if verb < 1 or any(w in CLAUSE_MARKS for w in lead[verb:]):
            return ""
    else:
        return ""
    words = lead[max(0, verb - RANK_REACH) : verb]
    quoted = [i for i, w in enumerate(words) if w in QUOTES]
    if len(quoted) >= 2 and quoted[-1] - quoted[-2] > 1:
        title = words[quoted[-2] + 1 : quoted[-1]]
        if all(w[:1].isalnum() for w in title):
            return " ".join(title)  # a quoted title: "Pocket Pals 3"
    clause = without_aside(strip_lower(words, AUXILIARIES))
    cut = max((i for i, w in enumerate(clause) if w.lower() in CLAUSE_WORDS), default=-1)
    clause = clause[cut + 1 :]  # "I gave it 14 years and they finished": the clause of the verb
    head = head_of(noun_phrase_before(clause, SUBJECT_PREPOSITIONS, subject=True))
    return "" if not head or head.split()[0].lower() in PRONOUNS or only_a_time(head) else head


STATE_WORDS = 3  # the most words of a state after a bare count of people ("in intensive care")
DOSE_FREQUENCIES = frozenset("once twice thrice daily nightly weekly".split())
NOT_PREMODIFIED = (
    frozenset(
        """above below ahead behind clear short straight up down away off apart overall each apiece
    more less lower higher longer shorter deeper taller wider heavier lighter further farther
    underground downhole overhead tall high long wide deep thick per north south east west
    northeast northwest southeast southwest inland offshore upstream downstream""".split()
    )
    | DOSE_FREQUENCIES
)  # (how often a dose is taken is no noun it sizes: "40mg twice a day", "5mg daily")


SAYING_WORDS = frozenset("said says say told added adds wrote writes asked explained".split())


def active_past(word: str) -> bool:
    """A verb in the past tense of a regular verb, lower case ("crossed", "burned", "passed")."""
    return word.islower() and word.endswith("ed") and participle(word)


# Words after a change noun that name what changed ("a 3% rise in sales", "a 12% cut to the budget").
CHANGED_OPENERS = frozenset(("in", "to", "of", "for", "on"))


def named_change(fig: Figure, lead: list[str], after: list[str]) -> bool:
    """Whether a percent change is named as a change noun after a determiner, with no phrase after
    it saying what changed ("the 3.15% rise was", "A 21% cut means"): a change told before."""
    return (
        fig.kind == "percent_change"
        and bool(lead)
        and lead[-1].lower() in DETERMINERS
        and bool(after)
        and after[0].lower() in CHANGE_NOUNS
        and (len(after) < 2 or after[1].lower() not in CHANGED_OPENERS)
    )


def named_after_be(after: list[str]) -> str:
    """The plural noun a bare count is said to be ("Some 1,375 are women", "12 were children"), or ""."""
    if len(after) < 2 or after[0].lower() not in ("are", "were"):
        return ""
    noun = after[1]
    if not noun.islower() or not (noun in PEOPLE_NOUNS or noun.endswith("s") and not noun.endswith("ss")):
        return ""
    return " ".join(noun_after(after[1:], 2))


STATE_AUXILIARIES = BE_WORDS | AUXILIARIES  # "were", "will be", "had been" before a bare count's state
STATE_WORDS = 5  # the longest state read after a bare count's verb


def state_after_be(after: list[str]) -> str:
    """The state a bare count is said to be in, by a participle phrase or a hyphened adjective after
    its verb "to be" ("Eleven were taken to hospital" -> "taken to hospital"; "14 will be
    five-member" -> "five-member"), or ""."""
    rest = after
    while rest and rest[0].lower() in STATE_AUXILIARIES:
        rest = rest[1:]
    if (
        len(rest) == len(after)
        or not rest
        or not any(w.lower() in BE_WORDS for w in after[: len(after) - len(rest)])
    ):
        return ""  # no verb "to be": "Eleven went home"
    first = rest[0]
    if "-" in first and first.islower() and all(part.isalpha() for part in first.split("-")):
        return first  # "14 will be five-member"
    lower = first.lower()
    if not first.islower() or not (
        participle(lower) and lower.endswith("ed") or lower in IRREGULAR_PARTICIPLES
    ):
        return ""
    state = [first]
    for word in rest[1:STATE_WORDS]:
        lower = word.lower()
        if (
            not (word[0].isalnum() or word in "'’-")
            or lower in BOUNDARY_WORDS
            or lower in WEEKDAYS
            or lower in ("and", "or")
        ):
            break
        state.append(word)
    while len(state) > 1 and (state[-1].lower() in PREPOSITIONS or state[-1].lower() in DETERMINERS):
        state.pop()  # "arrested on Friday": no weekday
    return " ".join(state)  # "taken to hospital", "arrested at the scene"


DISTRIBUTIVES = frozenset(("each", "every"))  # "Each road death costs": the cost of a road death
NOW_WORDS = frozenset(("now", "currently", "today"))  # "a centre built for 400 people": its capacity
# adverbs of time and degree that stand between a clause's subject and its verb ("a farmer now
# pays", "the council still owes"): no part of the subject
VERB_ADVERBS = NOW_WORDS | frozenset("still already also typically usually often then therefore".split())


SHARED_DOER_WORDS = 3  # the longest noun phrase read as the subject a verb after "and" shares


def and_shared_doer(words: list[str]) -> str:
    """The subject a verb after "and" shares with the clause in `words`: the noun phrase that opens
    it, up to its first verb ("The mill makes paper" -> "mill"; "Tourism accounts for 9% of GDP" ->
    "Tourism"), or the noun before ", which" that opens it ("the plant, which has ..." -> "plant");
    "" when no sentence's start is there or a pronoun opens it ("It sells ...")."""
    cut = max((i for i, w in enumerate(words) if w in CLAUSE_MARKS or w.lower() in CLAUSE_WORDS), default=-1)
    if cut > 0 and words[cut].lower() in ("which", "who"):
        return _doer(words[: cut + 1])  # "the plant, which has ... and employs": the plant
    if cut >= 0 or not words or not words[0][:1].isupper():
        return ""  # a clause inside the sentence, or its start out of reach
    at = 1 if words[0].lower() in DETERMINERS else 0
    phrase: list[str] = []
    for i in range(at, min(len(words), at + SHARED_DOER_WORDS + 1)):
        word = words[i]
        lower = word.lower()
        verb = (
            lower in LINK_WORDS
            or lower in CHANGE_WORDS
            or lower in AUXILIARIES
            or past_form(lower)
            or lower in PAST_VERBS
            or bool(phrase)
            and word.islower()
            and lower.endswith("s")
            and not lower.endswith("ss")
            # a verb in -s after "The ..." or before a function word or a number ("Tourism accounts
            # for"), not a plural noun after an adjective ("Local farmers grow")
            and (
                at
                or i + 1 < len(words)
                and (
                    words[i + 1].lower() in FUNCTION_WORDS
                    or words[i + 1][:1].isdigit()
                    or ly_adverb(words[i + 1])  # "Mining accounts directly for"
                )
            )
        )
        if verb:
            break
        if not word.replace("'", "").replace("’", "").isalpha() or lower in FUNCTION_WORDS:
            return ""
        phrase.append(word)
    else:
        return ""  # no verb within reach: no short subject opens the sentence
    if not phrase or phrase[0].lower() in PRONOUNS:
        return ""
    return " ".join(phrase)


DOER_PLACE_PREPOSITIONS = frozenset(("in", "at"))  # "A ticket in Vienna costs": where the doer is
DOER_PLACE_WORDS = 3  # the longest place phrase read after a doer's noun ("in the far north")
# the prepositions of a place phrase read across to the doer's noun before it ("A seat on the ferry costs")
DOER_PLACE_OPENERS = DOER_PLACE_PREPOSITIONS | {"on", "to"}  # "A trip to the dentist costs": where one goes


# verbs of saying that a reported clause follows without "that" ("She said a sack of rice costs"):
# the clause's subject opens after them


def _doer(words: list[str]) -> str:
    """The noun phrase that opens the clause of the verb after `words` ("company" in "The company,
    which"; "Lampedusa's reception centre" in "Lampedusa's reception centre ,"; "ticket in Vienna"
    in "A ticket in Vienna costs", a place after its noun), or "" (a pronoun, a phrase after a
    preposition, a number)."""
    stripped = strip_lower(words, AUXILIARIES | VERB_ADVERBS)  # "A bag now costs"
    words = without_relative_opening(stripped)
    relative = len(words) < len(stripped) and words[-1:] != [","]  # ", which": about the noun before it
    last = words[-1] if words else ""
    if len(words) > 2 and last.endswith(",") and last[:-1].isdigit() and words[-2] != ",":
        words = [*words[:-1], last[:-1], ","]  # "which opened in 2019,": a number's token takes the comma
    if words[-1:] == [","]:
        # "The bridge, which opened in 2019, cost": the noun before the aside; "the centre, built
        # for": the noun before the comma
        words = without_aside(words) if without_aside(words) != words else words[:-1]
    phrase = _with_place_opener(words, noun_phrase_before(words))
    opener = words[-len(phrase) - 1].lower() if phrase and len(phrase) < len(words) else ","
    if "-" in phrase[:-2]:  # "The 580-km line": the measure before the noun is an adjective
        phrase = phrase[len(phrase) - phrase[::-1].index("-") + 1 :]
    phrase = without_measure(phrase)  # "A 2kg packet of maize flour": so is a glued unit symbol
    named = _before_qualifier(
        [w for w in phrase if w.lower() not in DETERMINERS and w.lower() not in DISTRIBUTIVES]
    )
    placed = _place_after_noun(named)  # "ticket in Vienna": the place's preposition is let through
    if placed and len(named) > LASTING_WORDS:
        named, placed = named[:placed], 0  # "two-bedroom flat in the old town": too long, the noun alone
    if (
        not named
        or opener not in CLAUSE_MARKS
        and opener not in CLAUSE_WORDS
        and opener not in SAYING_WORDS
        and opener not in CONSEQUENCE_WORDS
        and not (
            relative and opener in PREPOSITIONS and (named[:placed] if placed else named)[-1][:1].isupper()
        )
        or len(named) > LASTING_WORDS
    ):
        # a name before ", which" is what the clause is about, after a preposition too ("work at
        # the Brookvale mine, which employs"); a common noun there may end a longer phrase
        # ("treatment at a clinic, which cost": the treatment)
        return ""
    head = named[:placed] if placed else named
    if named[-1] == "of" or "not" in named or any(w.lower() in PREPOSITIONS and w != "of" for w in head):
        return ""  # "mostly in Finland": an aside, no noun phrase
    sized = named[:-2] if len(named) > 2 and named[-2] == "of" and named[-1].isdigit() else named
    if named[0].lower() in PRONOUNS or not all(w.replace("'", "").replace("-", "").isalpha() for w in sized):
        return ""  # (a container and its size, "a pack of 20", is a doer: "a pack of 20 will cost")
    return " ".join(named)


# words that open a clause of consequence, its doer right after them ("rents rose, meaning a flat
# now costs", "which means a ticket costs")
CONSEQUENCE_WORDS = frozenset(("meaning", "means"))


def _with_place_opener(words: list[str], phrase: list[str]) -> list[str]:
    """The doer's phrase with the noun its place phrase follows: a noun phrase read back to "in",
    "at" or "on" ("the lake" in "A cabin at the lake costs") and a short noun phrase before that preposition
    that opens its clause ("A cabin") are one phrase ("A cabin at the lake"); else `phrase`."""
    at = len(words) - len(phrase) - 1
    if not phrase or at < 1 or words[at].lower() not in DOER_PLACE_OPENERS or names_a_time(" ".join(phrase)):
        return phrase  # "The council on Tuesday approved": a time, no place
    head = noun_phrase_before(words[:at])
    opener = words[at - len(head) - 1].lower() if len(head) < at else ","
    if not head or len(head) > LASTING_WORDS or opener not in CLAUSE_MARKS and opener not in CLAUSE_WORDS:
        return phrase  # "Sales rose 4% at the group": no noun phrase that opens its clause before "at"
    return [*head, words[at], *phrase]


def _before_qualifier(named: list[str]) -> list[str]:
    """A noun phrase without the phrase of a preposition other than "of" that qualifies its noun
    ("three-room cottage in the old town" -> "three-room cottage" where the whole is too long;
    "tunnel under the river" -> "tunnel"); the phrase itself when no noun stands before the preposition ("mostly in Finland") or
    the phrase is a short place after the noun ("ticket in Vienna": _place_after_noun)."""
    placed = _place_after_noun(named)
    if (
        placed
        and not named[placed - 1].lower().endswith("ed")
        and all(w.isalpha() for w in named[placed + 1 :])
    ):
        return named
    for i, word in enumerate(named):
        lower = word.lower()
        if lower in PREPOSITIONS and lower != "of":
            noun = named[i - 1].lower() if i else ""
            if i > 1 and named[i - 1].islower() and noun.endswith("ed") and participle(noun):
                i -= 1  # "A portrait painted in 1932": a reduced relative about the noun before it
                noun = named[i - 1].lower()
            if noun.isalpha() and noun not in NOT_NOUN_ENDS and not noun.endswith("ly"):
                return named[:i]
            return named
    return named


def _place_after_noun(named: list[str]) -> int:
    """Where a place phrase after a doer's noun starts ("ticket in Vienna" -> 1), or 0: "in" or
    "at" after the noun, then at most DOER_PLACE_WORDS words with no preposition among them."""
    at = next((i for i, w in enumerate(named) if w.lower() in PREPOSITIONS and w != "of"), 0)
    if not at or named[at].lower() not in DOER_PLACE_PREPOSITIONS or len(named) - at - 1 > DOER_PLACE_WORDS:
        return 0
    if named[0].lower().endswith("ly"):
        return 0  # "mostly in Finland": an adverb's aside, no noun
    rest = named[at + 1 :]
    return at if rest and not any(w.lower() in PREPOSITIONS for w in rest) else 0


UNIT_SYMBOL_LETTERS = 3  # the longest unit symbol read after a number inside a noun phrase ("kg", "km")


def without_measure(phrase: list[str]) -> list[str]:
    """A noun phrase without a measurement that qualifies its noun, a number and its short
    lower-case unit symbol ("A 2kg packet of flour" -> "A packet of flour"); the phrase itself when
    none stands before a noun in it ("The 40 buses")."""
    for i, word in enumerate(phrase[:-2]):
        if word[0].isdigit():
            end = i + 2 if _unit_symbol(phrase[i + 1]) else i + 1
            if end < len(phrase) - 1 and phrase[i + 1] in AREA_SYMBOL_OPENERS and _unit_symbol(phrase[end]):
                end += 1  # "A 312 sq ft studio": a symbol of two words
            return [*phrase[:i], *phrase[end:]] if end > i + 1 else phrase
    return phrase


AREA_SYMBOL_OPENERS = frozenset(("sq", "cu"))  # the first word of a two-word symbol ("sq ft", "cu m")


def _unit_symbol(word: str) -> bool:
    """Whether a word reads as a short lower-case unit symbol ("kg", "km", "sq", "ft")."""
    return len(word) <= UNIT_SYMBOL_LETTERS and word.isalpha() and word.islower()


# Verbs whose amount is a measure they name: "The count cost 1.1 billion cedis" (its cost), "would
# save 180 million euros" (savings); and verbs of valuing before "at": "valuing the company at".
MEASURE_VERBS: dict[str, str] = {
    **dict.fromkeys("cost costs costing".split(), "cost"),
    **dict.fromkeys("save saves saving".split(), "savings"),
    **dict.fromkeys("invest invests invested investing".split(), "investment"),
    **dict.fromkeys(("fined", "fining"), "fine"),  # the verb forms only: "a £25,000 fine and £4,200"
    **dict.fromkeys("seek seeks sought seeking".split(), "sum sought"),  # "a claim, seeking 1,500 euros"
    **dict.fromkeys("request requests requested requesting".split(), "sum requested"),
}


def without_bracket_asides(words: list[str]) -> list[str]:
    """The words without each closed bracketed aside ("a sack ( about 50 kilos ) of rice" -> "a
    sack of rice"): an aside inside a noun phrase, often a figure, is no part of it; an unclosed
    bracket stays."""
    if ")" not in words:
        return words
    out: list[str] = []
    opened = -1  # where the open aside starts in `out`
    for word in words:
        if word == "(":
            opened = len(out)
        elif word == ")" and opened >= 0:
            del out[opened:]
            opened = -1
            continue
        out.append(word)
    return out


# prepositions whose phrase describes the noun before it ("the premium for cars with engines up to
# 1,600cc"), in an aside between commas too ("Category B, for larger cars, slipped": the aside is
# the noun's, and the verb after it)
DESCRIBING_PREPOSITIONS = frozenset(("for", "with"))


# The dimension a physical measure used as an adjective gives the noun it qualifies, by the measure's
# kind of quantity ("a 46-pound fish": its weight; "a 600 MW plant": its capacity); a length in
# kilometres or miles is the noun's length ("a 9,600-km cable", "a 42-km walk") and any output per
# period its capacity ("a 45,000-tonne-a-year plant"); a voltage is the noun's ("a 110 kV cable"). Shorter lengths are left out: a metre or a
# foot before a noun reads a height, a depth or a width as often ("a 2-metre wall", "a 40ft well").
PREMODIFIED_DIMENSIONS = {
    "weight": "weight",
    "area": "area",
    "power": "capacity",
    "speed": "speed",
    "voltage": "voltage",
}


# Verbs that state a thing's size, the thing their subject ("The grave measures 1.2 metres by 70
# centimetres": its length and its width); not a past "measured", which reads what an instrument
# recorded ("Gauges measured 84mm of rain")
MEASURING_VERBS = frozenset("measure measures measuring".split())


CHANGE_BY_REACH = 6  # the tokens of "by" and its figure read back from "to" ("by 5,000 tonnes to")


def level_after_change_by(lead: list[str]) -> str:
    """The object of a verb of changing whose new level a figure after "by <figure> to" gives
    ("raised its 2027 forecast by 5,000 tonnes to" -> "2027 forecast"), or "" (no such verb and
    object: "rose by 5 metres to", "cut it by half to")."""
    if lead[-1:] != ["to"]:
        return ""
    by = next(
        (k for k in range(len(lead) - 2, max(-1, len(lead) - 2 - CHANGE_BY_REACH), -1) if lead[k] == "by"), -1
    )
    if by < 2 or not any(w[:1].isdigit() for w in lead[by + 1 : -1]):
        return ""
    for k in range(by - 1, max(-1, by - 2 - OBJECT_WORDS), -1):
        if lead[k].lower() in TRANSITIVE_CHANGE_VERBS:
            named = [w for w in lead[k + 1 : by] if w.lower() not in DETERMINERS]
            if named and all(w.isalnum() for w in named) and named[-1].isalpha() and named[-1].islower():
                return " ".join(named)
            return ""
    return ""


DEPTH_WORDS = frozenset(("below", "beneath", "under", "underneath"))
# verbs of where a thing is, after its subject ("The carved stone lay 30cm beneath the turf")
POSITION_VERBS = frozenset(
    "lie lies lay lying sit sits sat sitting stand stands stood standing rest rests rested".split()
)
OPENER_WORDS = 6  # the longest noun phrase read as what opens a clause
CLAUSE_JOINS = frozenset(("and", "but", "while", "whereas"))  # after a comma, they open a new clause


def clause_opener(words: list[str]) -> str:
    """The noun phrase that opens the sentence or clause (after ".", ";" or ":") the words lead up
    to, before its first comma or verb ("The grave, known to the team as Cist 2, measures" ->
    "grave"; "Kouris, the largest reservoir, was" -> "Kouris"), or "" (a pronoun, a preposition
    or a figure opens it, or the words start inside a sentence a window cut)."""
    start = max((k + 1 for k, w in enumerate(words) if w in ".;:"), default=0)
    joined = max(
        (
            k + 2
            for k in range(start, len(words) - 1)
            if words[k] == "," and words[k + 1].lower() in CLAUSE_JOINS
        ),
        default=-1,
    )  # "Its femur is 2.38 metres long, and one vertebra measures": the clause after ", and"
    if joined > start:
        start = joined
    elif not words[start : start + 1] or not words[start][:1].isupper():
        return ""
    first = words[start].lower() if start < len(words) else ""
    if first in PREPOSITIONS or first.endswith("ing"):
        # "According to the ministry, the line can carry": the clause after the fronted phrase
        comma = next((k for k in range(start, len(words)) if words[k] == ","), -1)
        if comma < 0:
            return ""
        start = comma + 1
    phrase: list[str] = []
    for word in words[start : start + OPENER_WORDS + 1]:
        lower = word.lower()
        if not phrase and lower in DETERMINERS:
            continue
        if (
            not word.replace("-", "").replace("'", "").replace("’", "").isalpha()
            or lower in FUNCTION_WORDS
            or lower in PREPOSITIONS
            or lower in LINK_WORDS
            or lower in BE_WORDS
            or lower in AUXILIARIES
            or lower in MEASURING_VERBS
            or lower in HOLDING_VERBS
            or lower in POSITION_VERBS
            or lower in CHANGE_WORDS
            or lower in VERB_ADVERBS
            or phrase
            and word.islower()
            and (active_past(word) or lower in IRREGULAR_PAST_VERBS)  # "climbers camped", "the wall gave"
        ):
            break
        phrase.append(word)
    if not phrase or len(phrase) > OPENER_WORDS or phrase[0].lower() in PRONOUNS:
        return ""
    return " ".join(phrase)


# Verbs of holding an amount ("The reservoir is holding 11.3 mcm") and the modal phrases of what a
# thing can hold or carry ("each able to handle 24 terabits per second", "can carry 1,200 tonnes")
HOLDING_VERBS = frozenset(
    "hold holds holding held contain contains containing contained store stores storing stored".split()
)


# Adjectives after a length that name the dimension measured ("8 metres long", "a 2-metre-wide canvas").
DIMENSIONS = {
    "long": "length",
    "wide": "width",
    "high": "height",
    "tall": "height",
    "deep": "depth",
    "thick": "thickness",
    "across": "width",
}
# the nouns of a length's dimension, after "in" ("6 metres in depth", "40 cm in diameter"; late-subj14)
LENGTH_DIMENSION_WORDS = [[noun] for noun in (*DIMENSIONS.values(), "diameter", "circumference")]
# the nouns of a dimension, which a measure qualifying them names already ("a 2-metre width")
DIMENSION_NOUNS = frozenset(
    (*DIMENSIONS.values(), *PREMODIFIED_DIMENSIONS.values(), "power", "size", "diameter")
)


# Verbs that add an amount to a value or take it off ("adding $4.5 billion to its market value",
# "wiped $50 billion off the company's shares"): the value after "to"/"off" is what the amount changed.
VALUE_CHANGE_VERBS = frozenset(
    "add adds added adding wipe wipes wiped wiping knock knocks knocked knocking".split()
)


def value_changed(lead: list[str], after: list[str]) -> str:
    """The value an amount was added to or taken off ("market value"), or ""."""
    if not lead or lead[-1].lower() not in VALUE_CHANGE_VERBS:
        return ""
    rest = after
    if rest[:1] == ["("] and ")" in rest[:8]:
        rest = rest[rest.index(")") + 1 :]  # a conversion in brackets between
    if rest[:1] in (["a"], ["an"], ["per"], ["each"]) and rest[1:2] and rest[1].lower() in PER_PERIODS:
        rest = rest[2:]  # "adds £92.16 a year to the bill": its rate
    if rest[:1] not in (["to"], ["off"]):
        return ""
    words = [w for w in rest[1:10] if w.lower() not in DETERMINERS]
    value = noun_after(words, 3)
    if value and words[len(value) : len(value) + 1] == ["of"]:  # "to the cost of a new home"
        value = [*value, "of", *noun_after(words[len(value) + 1 :], 3)]
    return " ".join(value)


PER_PERIODS = frozenset("day week month year season".split())  # "a year" after an amount: its rate


# What the amount after a verb of EARNING_VERBS is, and the word that joins it to who earns, pays
# or spends it ("funds raised by Acme", "spending by the city", "gross of the band"); the verbs of
# reporting ("posted", "reported", "booked") name no measure of their own.
EARNED_MEASURES: dict[str, tuple[str, str]] = {
    **dict.fromkeys(
        "earn earns earned earning make makes made pocket pockets pocketed".split(), ("earnings", "of")
    ),
    **dict.fromkeys("net nets netted".split(), ("net earnings", "of")),
    **dict.fromkeys("gross grosses grossed".split(), ("gross", "of")),
    **dict.fromkeys("spend spends spent".split(), ("spending", "by")),
    **dict.fromkeys("pay pays paid paying".split(), ("sum paid", "by")),
    # "Education gets KSh 1.1 billion": a budget line's allocation, received as any sum is
    **dict.fromkeys(
        "receive receives received receiving get gets got getting".split(), ("sum received", "by")
    ),
    **dict.fromkeys("collect collects collected collecting".split(), ("sum collected", "by")),
    **dict.fromkeys("borrow borrows borrowed borrowing".split(), ("sum borrowed", "by")),
    **dict.fromkeys("owe owes owed owing".split(), ("sum owed", "by")),
    **dict.fromkeys("raise raises raised raising".split(), ("funds raised", "by")),
    **dict.fromkeys("bring brings brought bringing".split(), ("sum brought in", "by")),  # "bring in"
    **dict.fromkeys("charge charges charged charging".split(), ("charge", "by")),
    **dict.fromkeys("win wins won winning".split(), ("prize won", "by")),
}


# Words between a change word and the amount it changes by: "rose by", "fell a further"; not
# "to", which opens the level reached ("fell $2 billion to $40 billion", "rose to $5 million").
MONEY_CHANGE_PARTICLES = frozenset(("by", "a", "an", "further", "another"))
# A measurement listed after another in its unit ("winds hit 130 km/h on the coast and 85 km/h
# inland"): when its own subject names only the kind of quantity, it measures what the
# first does.
QUANTITY_WORDS = frozenset(
    ("", "speed", "temperature", "weight", "area", "volume", "energy", "power", "voltage")
)
# Irregular past forms that end a clause's predicate before its figure ("sold at", "paid", "won").
PAST_VERBS = COMMA_ASIDE_PARTICIPLES | frozenset("let took gave sat got went came".split())


# Irregular past forms that may be the first verb of a clause whose second verb, after "and",
# leaves its subject out ("The ferry left at dawn and took 14 hours").
FIRST_PAST_VERBS = PAST_VERBS | IRREGULAR_PAST_VERBS
SHARED_DOER_WORDS = 6  # the longest noun phrase read before a clause's first verb


# "N of that", "N of it": a part of a sum or count the text has just given, named by that sum's
# subject and by what the clause says the part does ("Around 30% of that will go on the upkeep of
# footpaths", "$11,500 of that went to printing ballots")
PART_PRONOUNS = frozenset(("that", "this", "it"))
PART_REACH = 400  # characters back from the part to the figure it is a part of, at most


# Sentence adverbs set off by commas between a noun and its verb: "Exports, however, fell 3%".
ASIDE_ADVERBS = frozenset(
    "however meanwhile though too also instead overall nonetheless nevertheless moreover".split()
)
ADVERB_REACH = 8  # how many words before a figure are read for such an aside


OPEN_QUOTE_REACH = 4  # the tokens before a figure read for the quote mark that opens its fragment
OPENING_QUOTES = frozenset(('"', "“"))


def without_open_quote(words: list[str]) -> list[str]:
    """Words without the quote mark that opens a quoted fragment the figure stands in, when the
    sentence runs on into it ('expected to gross "between $1m and $2m"', 'was written "in about
    20 minutes'): the fragment's words belong to the clause before the mark. A quote opening a
    sentence of its own (after a colon, a comma or nothing) is left."""
    tail = words[-OPEN_QUOTE_REACH:]
    if '"' not in tail and "“" not in tail:
        return words  # the cheap test first: no quote mark near the figure
    for i in range(len(words) - 1, max(0, len(words) - 1 - OPEN_QUOTE_REACH), -1):
        if words[i] in OPENING_QUOTES:
            opens = words[i] == "“" or words.count('"') % 2 == 1  # a straight mark opens when unpaired
            if opens and words[i - 1][:1].isalpha():
                return [*words[:i], *words[i + 1 :]]
            return words
        if not words[i][:1].isalnum():
            return words  # another mark first: the figure is in no fragment that opens here
    return words


RELATIVE_ASIDE_OPENERS = frozenset(("which", "who", "whose", "where"))
RELATIVE_ASIDE_REACH = 16  # the most tokens of a relative aside read back over
RELATIVE_ASIDE_TAIL = (
    6  # the most tokens between the aside's closing comma and the figure ("slipped 1.2 per cent to")
)


def _aside_opener(words: list[str], i: int, close: int) -> bool:
    """Whether the token after the comma at `i` opens an aside about the noun before that comma:
    a relative word ("which", "of which"), a past participle ("held amid heavy rain", "run by the
    trust") or a describing preposition ("for larger cars")."""
    opener = words[i + 1].lower() if i + 1 < close else ""
    if opener == "of" and i + 2 < close:
        opener = words[i + 2].lower()
    if opener in RELATIVE_ASIDE_OPENERS:
        return True
    if not words[i - 1][-1].isalpha() or i > 1 and words[i - 2][0].isdigit():
        return False  # the noun before the aside: a word, not a figure's ("2,188 units, followed by")
    if words[close + 1].lower() in DIRECTION_WORDS:
        return False  # ", followed by Taoyuan, down 31.4 percent": a trailing change, no verb of the noun
    if any(w[0].isdigit() for w in words[i + 1 : close]):
        return False  # "The hall, built in 1890 for 800 people, now holds": the aside's own figures
    first = words[i + 1]
    return first in COMMA_ASIDE_PARTICIPLES or aside_participle(first) or first in DESCRIBING_PREPOSITIONS


def without_relative_aside(words: list[str]) -> list[str]:
    """The words without a relative clause or another aside about a noun (_aside_opener) set off
    by commas between the noun and the verb before the figure ("The line, of which 142 km runs
    underground, carries" -> "The line carries"; "Participation, held amid rain, was")."""
    tail = words[-RELATIVE_ASIDE_TAIL - 1 :]
    if "," not in tail:
        return words  # the cheap test first: the aside's closing comma stands there
    n = len(words)
    close = n - 1 - tail[::-1].index(",")
    if close < 2 or close == n - 1 or words[close + 1].lower().endswith("ing"):
        return words  # (", costing the Treasury": a participle clause, no verb of the noun)
    for i in range(close - 1, max(0, close - RELATIVE_ASIDE_REACH) - 1, -1):
        if words[i] in (",", ";", ":", "(", ")"):
            if words[i] == "," and i > 0 and words[i - 1][:1].isalpha() and _aside_opener(words, i, close):
                return [*words[:i], *words[close + 1 :]]
            return words
    return words


def without_adverb_aside(words: list[str]) -> list[str]:
    """The words without a sentence adverb set off by commas near their end (", however,")."""
    if words[-ADVERB_REACH - 2 : -1].count(",") < 2:
        return words  # the cheap test first: the two commas of such an aside stand there
    for i in range(len(words) - 2, max(0, len(words) - ADVERB_REACH) - 1, -1):
        if words[i] == "," and i >= 2 and words[i - 2] == "," and words[i - 1].lower() in ASIDE_ADVERBS:
            return [*words[: i - 2], *words[i + 1 :]]
    return words


COMMA_PARTICLES = frozenset(("by", "to"))  # "grew fastest, by 16.8 percent", "fell ..., to 5.26 million"
# verbs that state the size of a thing before "at": after a comma, of the noun before it ("the
# circular debt, estimated at Rs1.7tr,", "the home, priced at $1.2 million,"; "valued at" is a
# valuation: _named_by_verb), and in a relative clause (percent.ESTIMATE_AT_VERBS: "which analysts
# put at 1.4%")
APPRAISALS = frozenset(
    "put puts putting estimate estimates estimated pegged pegs peg place places placed priced assessed".split()
)


APPRAISED_WORDS = 5  # the longest object between an appraisal verb and "at" ("put the death toll at")


def appraised_object(lead: list[str]) -> str:
    """The object an active appraisal verb sizes with "at" right before the figure ("the office put
    unemployment at" -> "unemployment", "estimated the storm damage at" -> "storm damage"), without
    its determiner; "" when no such verb stands in reach, or the object is a pronoun ("put it at"),
    a phrase of a preposition ("pegged to the euro at"), holds a verb ("the rate peg was set at"),
    a figure or a mark."""
    if len(lead) < 3 or lead[-1] != "at":
        return ""
    for i in range(len(lead) - 2, max(-1, len(lead) - 3 - APPRAISED_WORDS), -1):
        word = lead[i]
        if word.lower() in APPRAISALS:
            if i and lead[i - 1] == ",":
                return ""  # "the debt, estimated at": a participle after a comma (predicate_before_comma)
            obj = lead[i + 1 : -1]
            while obj and obj[0].lower() in DETERMINERS:
                obj = obj[1:]
            if not obj or obj[0].lower() in PRONOUNS or obj[0].lower() in OBJECT_PRONOUNS:
                return ""
            if obj[0].lower() in PREPOSITIONS or any(
                w.lower() in BE_WORDS or w.lower() in AUXILIARIES for w in obj
            ):
                return ""  # "is pegged to the euro at", "the rate peg was set at": no object sized
            if not all(w.replace("-", "").replace("'", "").replace("’", "").isalpha() for w in obj):
                return ""
            if len(obj) == 1 and (obj[0] in IRREGULAR_PAST_VERBS or obj[0] in POSITION_VERBS):
                return ""  # "A preliminary damage estimate stood at": the noun, then its verb (late-subj14)
            return " ".join(obj)
        if not word[:1].isalnum():
            return ""
    return ""


RE_PLAIN_NOUN = re.compile(r"[a-z]+(?:-[a-z]+)*(?:['’]s|(?<=s)['’])?")  # "two-year", "council's", "drivers'"
APPRAISER_WORDS = (
    10  # the longest appraiser between "that" and its verb ("the owners, Johan and Mariska Venter,")
)


def appraised_antecedent(lead: list[str]) -> str:
    """What a relative clause of appraisal sizes with "at" right before the figure: the noun phrase
    before its "that" or "which" ("a two-year restoration that the owners put at" ->
    "two-year restoration"), or ""."""
    if len(lead) < 5 or lead[-1] != "at" or lead[-2].lower() not in APPRAISALS:
        return ""
    for j in range(len(lead) - 3, max(0, len(lead) - 4 - APPRAISER_WORDS), -1):
        if lead[j].lower() in ("that", "which"):
            if j and lead[j - 1] == ",":
                j -= 1  # "the damage, which insurers put at"
            k = j
            while (
                k
                and j - k < MAX_WORDS
                and RE_PLAIN_NOUN.fullmatch(lead[k - 1])
                and lead[k - 1] not in DETERMINERS
                and not (lead[k - 1].endswith("ed") and k < j)  # "The storm caused damage": a verb
            ):
                k -= 1  # "a two-year restoration": the plain words back to its determiner
            named = " ".join(lead[k:j] if k and lead[k - 1].lower() in DETERMINERS else lead[j - 1 : j])
            return "" if not named or only_a_time(named) else named
        if not (lead[j][:1].isalpha() or lead[j] == ","):
            return ""
    return ""


def predicate_before_comma(lead: list[str]) -> str:
    """What a figure measures when only "by" or "to" after a comma leads to it: the subject of the
    clause's predicate before the comma ("The Northern region grew fastest, by" -> "Northern
    region"); or the noun an appraisal after a comma sizes ("the circular debt, estimated at" ->
    "circular debt"); or ""."""
    if len(lead) > 3 and lead[-3] == "," and lead[-1] == "at" and lead[-2].lower() in APPRAISALS:
        if appraised_antecedent(lead):
            return ""  # "a restoration that the owners, the Venters, put at": the comma ends an aside
        head = head_of(noun_phrase_before(lead[:-3], SUBJECT_PREPOSITIONS))  # "the debt, estimated at"
        return "" if not head or only_a_time(head) else head
    if len(lead) < 3 or lead[-2] != "," or lead[-1].lower() not in COMMA_PARTICLES:
        return ""
    found = clause_predicate_subject(lead[:-2])
    return "" if not found or only_a_time(found) else found


# What may stand right before a share that opens its clause ("..., and 9.3% were positive",
# "but only 61.7 percent had been waiting"): it names no whole, and the verb after it says what it is.
SHARE_CLAUSE_OPENERS = frozenset((*CLAUSE_MARKS, *CLAUSE_WORDS))
SHARE_ADVERBS = frozenset(("only", "just"))
WHOLE_OPENERS = frozenset(("of", "among"))  # "Of the riders, 41% were women": the whole is fronted


def opens_clause(lead: list[str]) -> bool:
    """Whether a share opens its clause (after a clause mark or word, "but only", or nothing) with
    no whole fronted before it ("Of the riders, 41%")."""
    if lead[-1:] and lead[-1].lower() in SHARE_ADVERBS:
        lead = lead[:-1]
        if not lead:
            return True
    if not lead:
        return True
    if lead[-1].lower() not in SHARE_CLAUSE_OPENERS:
        return False
    if lead[-1] != ",":
        return True
    opening = max((i for i, w in enumerate(lead[:-1]) if w in CLAUSE_MARKS), default=-1) + 1
    return opening == len(lead) - 1 or lead[opening].lower() not in WHOLE_OPENERS


# what opens the clause of a bare count that is its verb's subject: "..., 11 got qualified
# opinions and six had not filed accounts", "of 25 analysts, 14 expect a rise, while nine see none"
PREDICATE_COUNT_OPENERS = frozenset((",", ";", "and", "while", "whereas", "but"))
PREDICATE_WORDS = 6  # the longest verb phrase read after such a count
PREDICATE_CUTS = frozenset((*CLAUSE_WORDS, "or"))


def own_predicate(lead: list[str], after: list[str], group: str) -> str:
    """What a bare count names when it opens its own clause after another count of its sentence
    and a verb follows it ("40 schools were rated good, 11 needed improvement and six were judged
    inadequate": "schools were judged inadequate"): the group counted before, and its own verb
    phrase; "" when no verb follows ("and six in Leeds") or the count opens no clause."""
    if not lead or lead[-1].lower() not in PREDICATE_COUNT_OPENERS or not after:
        return ""
    first = after[0]
    lower = first.lower()
    if not first.isalpha() or not first.islower():
        return ""
    if lower in FUNCTION_WORDS or lower in PREPOSITIONS or lower in DETERMINERS or lower in PERIOD_WORDS:
        if lower not in AUXILIARIES and lower not in BE_WORDS:
            return ""  # "and six in Leeds", "and 12 more": no verb of its own
    elif not (lower in AUXILIARIES or lower in BE_WORDS or past_form(lower) or lower in IRREGULAR_PAST_VERBS):
        # a present verb after a plural count has no -s and takes an object ("nine see a hold",
        # "fewer than 1,500 receive it"); not an adjective of the count's noun ("640 lesser flamingos")
        following = after[1].lower() if len(after) > 1 else ""
        if lower.endswith(("ly", "s")) or lower in CHANGE_WORDS:
            return ""
        if not (
            following in DETERMINERS
            or following in OBJECT_PRONOUNS
            or following == "no"
            or following[:1].isdigit()
        ):
            return ""
    phrase: list[str] = []
    for word in after[:PREDICATE_WORDS]:
        if not word[0].isalnum() or word.lower() in PREDICATE_CUTS:
            break
        phrase.append(word)
    if len(phrase) < 2 or not has_content_word(" ".join(phrase[1:])):
        return ""  # "and nine are": nothing the verb says
    head = group.split()[0].lower() if group else ""
    if head in IRREGULAR_PAST_VERBS or head.endswith("ed") and group.count(" ") > 1:
        group = ""  # the count before names its own verb phrase ("11 got opinions"), no group
    return " ".join([group, *phrase] if group else phrase)
