"""Pay rises: when a percent is a pay rise and to whom (pay_rise, pay_deal): the words before it
up to its verb, workforces and payees, rises given to persons, pay rounds and asides, gapped
lists of grades, members voting on an offer, and the sentences that speak of pay or a vote."""

from __future__ import annotations

from itertools import islice
from typing import TYPE_CHECKING

from ..vocab import (
    CHANGE_WORDS,
    FUNCTION_WORDS,
    HOLDING_VERBS,
    NOT_PAY_RISE_AFTER,
    PAY_CLIMB_DOWN_VERBS,
    PAY_CUES,
    PAY_GET_VERBS,
    PAY_GIVE_VERBS,
    PAY_MORE_WORDS,
    PAY_MOVE_VERBS,
    PAY_OFFER_VERBS,
    PAY_RISE_NOUNS,
    PAY_RISE_QUALIFIERS,
    PAY_TALK_VERBS,
    PAY_WENT_VERBS,
    PAY_WORDS,
    PEOPLE_NOUNS,
    RETURN_HOLDERS,
    SHARE_NOUNS,
    VOTE_CUES,
    WORKFORCE_CUES,
)
from .noun_phrases import BE_WORDS
from .rate_levels import LENDING_CUES
from .words import RE_TOKEN, has_person_ending, sentence_names

if TYPE_CHECKING:
    from ..extract import Scanner

# ... and nouns after a percent that name a change of a price or an estimate with no direction ("the
# 6% tariff adjustment requested", "a 0.3% revision"): a change either way
ADJUSTMENT_NOUNS = frozenset(
    """adjustment adjustments readjustment revision revisions indexation indexations uprating
    upratings revalorisation revalorization cola colas""".split()  # a pension's or a benefit's yearly
    # change ("a 3% indexation", "a 2.5% COLA", the US cost-of-living adjustment)
)
# ... also after one or two words that name what is adjusted ("a 2% wage adjustment", "a 3.1 percent
# cost-of-living adjustment", "a 4% pension indexation"); a preposition or a determiner between
# opens another phrase ("12% of the adjustment", "5% in the revision")
ADJUSTED_NAME_STOPS = frozenset("of in on for to at by from with than and or the a an".split())


PAY_RISE_REACH = 3  # how near the percent a pay rise is named ("a wage deal worth 5%")


def pay_rise(clause: list[str], after: list[str]) -> str:
    """The pay rise ("pay offer") a pay word and a pay-rise noun name right before a percent (its
    clause, lower case, nearest first) or right after it ("a pay offer of 3.5%", "a 4% pay award"),
    or ""."""
    if after[1:2] and after[0] in PAY_WORDS and after[1] in PAY_RISE_NOUNS:
        return f"{after[0]} {after[1]}"
    near = clause[: PAY_RISE_REACH + 1]
    for i, word in enumerate(near[:-1]):
        if word in PAY_RISE_NOUNS and near[i + 1] in PAY_WORDS:
            return f"{near[i + 1]} {word}"
    return ""


PAY_DEAL_LINKS = frozenset(("worth", "of"))  # between a pay-rise noun and its percent ("a deal worth 9%")


def pay_deal(clause: list[str], after: list[str]) -> str:
    """The pay-rise noun that alone names a percent (vocab.PAY_RISE_NOUNS, or its plural: "wage
    settlements of more than 7 percent"; late-kinds14), right after it ("a 4.2% offer") or right
    before it with "worth" or "of" ("a deal worth 9%", "an offer of 5%"), or ""."""
    if after[:1] and _pay_rise_noun(after[0]):
        return after[0]
    if clause[1:2] and clause[0] in PAY_DEAL_LINKS and _pay_rise_noun(clause[1]):
        return clause[1]
    return ""


def _pay_rise_noun(word: str) -> bool:
    """Whether a lower-case word is one of vocab.PAY_RISE_NOUNS or its plural ("settlements")."""
    return word in PAY_RISE_NOUNS or word.endswith("s") and word[:-1] in PAY_RISE_NOUNS


def adjustment_named_after(after: list[str]) -> bool:
    """Whether a percent's next words (lower case) are a name of what is adjusted, then an
    adjustment noun: "a 1.5% wage adjustment", "a 2.8% cost-of-living adjustment" (a change)."""
    for i in (1, 2):
        if after[i : i + 1] and after[i] in ADJUSTMENT_NOUNS:
            return all(w[:1].isalpha() and w not in ADJUSTED_NAME_STOPS for w in after[:i])
    return False


def lower_tokens_after(body: str, start: int, end: int, count: int) -> list[str]:
    """The first `count` tokens of body[start:end] (words.tokens), lower-case: read one by one, so
    the window's later tokens are never read."""
    return [m.group().lower() for m in islice(RE_TOKEN.finditer(body, start, end), count)]


PAY_CLAUSE_WORDS = 8  # words read back for who offers or asks for a pay rise
CLAUSE_JOINS = frozenset("while whereas but and as though although".split())  # where the clause opens


def clause_words(before_words: list[str]) -> str:
    """The words of a percent's clause as written, back to a comma, semicolon or colon (at most
    PAY_CLAUSE_WORDS): "the dockers' union asked for"."""
    words: list[str] = []
    for word in reversed(before_words[-PAY_CLAUSE_WORDS:]):
        if word in (",", ";", ":", "(", ")", '"', "“", "”") or word.lower() in CLAUSE_JOINS:
            break
        if word[:1].isalpha():
            words.append(word)
    return " ".join(reversed(words))


# the word between a side's verb in pay talks (or a pay-rise noun) and its percent: "opened at",
# "settled for", "came down to", "its demand to", "the offer of" (pay_deal reads the offer first
# where the sentence itself is of pay; this reads it where the pay word is in the sentence before)
PAY_TALK_LINKS = frozenset(("at", "for", "to", "on", "of"))


PAY_RANGE_OPENERS = frozenset(("range", "band"))  # "seeking a range of 5 to 8 percent"
PAY_GAP_JOINS = frozenset(("and", ",", "while", "whereas"))  # "... get 3 percent and lower grades 6 percent"
PERCENT_TOKENS = frozenset(("%", "percent", "cent", "pc"))
TALK_NOUNS = frozenset(("talks", "negotiations", "bargaining", "bidding"))  # "opened talks at 11 percent"
GAP_REACH = 3  # words of a gapped list's second subject, and of a time after the first percent


def pay_lead(before: list[str]) -> tuple[list[str], bool]:
    """The words before a percent (lower case) up to the verb that may make it a pay rise, and
    whether it is an end of a move between offers: a range's opener taken away ("seeking a range
    of 5 to 8 percent"), a move's "from" ("moved from 2 to 3.5 percent", both ends), the people a
    rise is given to ("gives police officers 7.5 percent"), and a gapped list's second subject,
    back to the first percent's verb ("senior grades get 3 percent and lower grades 6 percent")."""
    n = len(before)
    if n > 2 and before[-1] == "of" and before[-2] in PAY_RANGE_OPENERS:
        cut = n - 2
        if before[cut - 1] in ("a", "an", "the"):
            cut -= 1
        return before[:cut], False
    if n > 1 and before[-1] == "from":
        return before[:-1], True  # the old end of "moved from 2 to 3.5 percent"
    tail = before[-6:]
    if "to" in tail[-1:] and "from" in tail:  # the new end: "from 2 to", "from 1.5 % to"
        at = len(tail) - 1 - tail[::-1].index("from")
        if all(w[:1].isdigit() or w in PERCENT_TOKENS or w == "per" for w in tail[at + 1 : -1]):
            return before[: n - len(tail) + at], True
    for k in range(1, GAP_REACH + 1):  # the people a rise is given to: "awarded nurses 4 per cent"
        verb = before[-k - 1] if n > k else ""
        if (verb in PAY_GET_VERBS or verb in PAY_OFFER_VERBS) and all(w.isalpha() for w in before[-k:]):
            if before[-1] in PEOPLE_NOUNS or _names_workforce(before[-k:]):
                return before[:-k], False
            break
    return _gapped_lead(before), False


def _names_workforce(words: list[str]) -> bool:
    """Whether lower-case words name a workforce (vocab.WORKFORCE_CUES, PAY_CUES): "police officers"."""
    text = " " + " ".join(words)
    return any(cue in text for cue in WORKFORCE_CUES) or any(cue in text for cue in PAY_CUES)


PEOPLE_LOWER = frozenset(w.lower() for w in PEOPLE_NOUNS)  # "MPs", "MSPs" as lower-case tokens read them
# words that may follow a rise given to persons ("giving MPs 2.7 per cent, the smallest rise", "pay
# its cleaners 6 percent backdated to April", "award dockers 7% over two years"), not a noun the
# percent is of ("gave shoppers 10% cashback")
PAY_GIVE_TAILS = (
    (FUNCTION_WORDS - NOT_PAY_RISE_AFTER - {"on"})  # not "offers savers 4.5% on one-year bonds"
    | PAY_RISE_NOUNS
    | PAY_WORDS
    | frozenset("more extra backdated rise increase raise hike".split())
)
PAY_SUBJECT_WORDS = 10  # words read back from a verb of getting to the persons who get the rise
PAY_FOR_WORDS = 4  # "for" and up to three words of the persons a rise is for
SUBJECT_BREAKS = CLAUSE_JOINS - {"and"}  # "Porters and cleaners were offered 4%": one subject


def _is_payee(word: str) -> bool:
    """Whether a lower-case word is a plural of persons a wage may be paid to: vocab.PEOPLE_NOUNS
    in any case ("mps", "midwives", "porters"), a person's end ("paramedics", "dockworkers") or a
    workforce (vocab.WORKFORCE_CUES: "collectors"), not holders of money paid a return
    (vocab.RETURN_HOLDERS: "investors", "bondholders") nor savers, lenders or borrowers (LENDING_CUES)."""
    if word in RETURN_HOLDERS or word in LENDING_CUES:
        return False
    return word in PEOPLE_LOWER or has_person_ending(word) or any(cue in word for cue in WORKFORCE_CUES)


def _pay_tail(after: list[str]) -> bool:
    """Whether the words right after a percent (lower case) may follow a pay rise (PAY_GIVE_TAILS,
    punctuation or nothing), not a noun the percent is of ("gave shoppers 10% cashback")."""
    return not after[:1] or not after[0][:1].isalpha() or after[0] in PAY_GIVE_TAILS


PAY_OBJECT_WORDS = 4  # words of the persons a rise is given to: "offered its 2,000 refuse collectors"


def given_to_persons(before: list[str], after: list[str]) -> bool:
    """Whether a percent is a rise given to persons: a verb of giving (vocab.PAY_GIVE_VERBS), then
    up to four words or numbers that end with a plural of persons right before it, and no noun the
    percent is of after it ("proposed giving MPs 2.7 per cent", "to pay its cleaners 6 percent",
    "offered its 2,000 refuse collectors 4 percent")."""
    if not _pay_tail(after) or not before or not _is_payee(before[-1]) or not LENDING_CUES.isdisjoint(before):
        return False
    for k in range(1, PAY_OBJECT_WORDS + 1):
        if len(before) <= k or not (before[-k].isalpha() or before[-k][:1].isdigit()):
            return False
        if before[-k - 1] in PAY_GIVE_VERBS:
            return True
    return False


def persons_given(body: str, end: int, s_end: int) -> str:
    """The persons a percent is given to, read after its participle and "to" (vocab.
    PAY_GIVEN_PARTICIPLES): up to four words or numbers that end with a plural of persons ("the
    2.5 per cent given to civil servants", "awarded to its 900 nurses"), or ""."""
    words = lower_tokens_after(body, end, min(s_end, end + 80), PAY_OBJECT_WORDS + 2)[2:]
    for k, word in enumerate(words):
        if not (word.isalpha() or word[:1].isdigit()) or word in LENDING_CUES:
            return ""
        if _is_payee(word):
            return " ".join(words[: k + 1])
    return ""


def persons_paid(lead: list[str], for_words: list[str]) -> bool:
    """Whether the persons a pay rise goes to are named: a plural of persons in the clause of the
    verb or noun before the percent, with a word that may follow a rise after it (`for_words`, read
    from the percent on: "Porters at three hospitals were offered 4 percent", "Senior judges will
    get 2 per cent and ..."), or after "for" right after it ("a recommendation of 6 per cent for
    paramedics"); not in a clause of lending or saving (vocab: savers, loans, deposits)."""
    if not LENDING_CUES.isdisjoint(lead[-PAY_SUBJECT_WORDS:]):
        return False
    if _pay_tail(for_words):
        for word in reversed(lead[-PAY_SUBJECT_WORDS:]):
            if not word[:1].isalpha() or word in SUBJECT_BREAKS:
                break
            if _is_payee(word):
                return True
    if for_words[:1] != ["for"]:
        return False
    for word in for_words[1:PAY_FOR_WORDS]:
        if not word.isalpha():
            return False
        if _is_payee(word):
            return True
    return False


PAY_ASIDE_WORDS = 6  # words back from an aside's comma to the pay-rise noun it names


def pay_aside(before: list[str]) -> bool:
    """Whether a percent is an aside after a noun phrase that names a pay rise (vocab.PAY_RISE_NOUNS)
    right before its comma: "the offer to bus drivers, 5.2 per cent, does not cover inflation"."""
    if len(before) < 2 or before[-1] != ",":
        return False
    for word in reversed(before[-PAY_ASIDE_WORDS - 1 : -1]):
        if not word[:1].isalpha():
            return False
        if word in PAY_RISE_NOUNS:
            return True
    return False


def _gapped_lead(before: list[str]) -> list[str]:
    """The words up to the first percent's verb of a gapped list ("senior grades get 3 percent
    and lower grades 6 percent", "cabin crew will receive 4 percent this year and pilots 3
    percent"), or the words unchanged: a second subject of up to three words after "and", a comma
    or "while", then up to three words, then a percent right after a verb of getting or offering."""
    n = len(before)
    for k in range(1, GAP_REACH + 1):
        if n <= k or before[-k - 1] not in PAY_GAP_JOINS:
            continue
        if not all(w.isalpha() for w in before[-k:]):
            return before
        join = n - k - 1
        for gap in range(GAP_REACH + 1):
            at = join - gap  # the token after the first percent
            if at < 3 or not all(w.isalpha() for w in before[at:join]):
                break
            if before[at - 1] in PERCENT_TOKENS:
                pct = at - 2 if before[at - 1] == "cent" and before[at - 2] == "per" else at - 1
                if pct >= 2 and before[pct - 1][:1].isdigit():
                    verb = before[pct - 2]
                    if verb in PAY_GET_VERBS or verb in PAY_OFFER_VERBS:
                        return before[: pct - 1]
                return before
        return before
    return before


def _share_of_stated(before: list[str]) -> bool:
    """Whether the words before a percent hold an earlier percent with "of" after it ("5% of their
    salary"): a share, which "a further" or "another" percent then adds to."""
    window = before[-SHARE_OF_REACH:]
    return any(w in PERCENT_TOKENS and nxt == "of" for w, nxt in zip(window, window[1:], strict=False))


SHARE_OF_REACH = 30  # tokens read back for the earlier share (the clause before "and" or "with")


def pay_round(before: list[str], after: list[str], moved: bool = False) -> bool:
    """Whether the words before a percent (lower case, as pay_lead leaves them) or right after it
    name a pay rise got, granted or bargained over, without a pay word: "will receive 7 percent",
    "get 5.5 percent", "opened at 15 percent", "came down to 9 percent", "settled for 11 percent",
    "its demand to 14 percent", "the offer of 6.5 per cent", "the offer was 3.2 per cent", "met at
    6.5 per cent", "a further 5 per cent", "a 9% award", an end of a side's move
    ("moved from 2 to 3.5 percent", "the offer went from 1.5% to 2.8%") (the caller checks the
    sentence is of pay)."""
    if not SHARE_NOUNS.isdisjoint(before):
        return False  # "paid a share of the adult rate: 16-year-olds get 47.3%": a share, as written
    last = before[-1] if before else ""
    if last in PAY_MORE_WORDS and _share_of_stated(before):
        return False  # "staff pay 5% of their salary and employers a further 3%": more of that share
    if moved:
        return last in PAY_MOVE_VERBS or (
            (last in PAY_WENT_VERBS or last in CHANGE_WORDS) and not PAY_RISE_NOUNS.isdisjoint(before[-6:])
        )
    if last == "at" and len(before) > 2 and before[-2] in TALK_NOUNS and before[-3] in PAY_TALK_VERBS:
        return True  # "opened talks at 11 percent"
    if (
        last in PAY_GET_VERBS
        or last in PAY_MORE_WORDS
        or last in PAY_RISE_QUALIFIERS  # "a backdated 6 per cent for paramedics"
        or after[:1]
        and after[0] in PAY_RISE_NOUNS
    ):
        return True  # "will receive 7 percent", "a further 5 per cent from April", "a 9% award"
    if last in BE_WORDS and len(before) > 1 and before[-2] in PAY_RISE_NOUNS:
        return True  # "management's first offer was 3.2 per cent"
    if last not in PAY_TALK_LINKS or len(before) < 2:
        return False
    if before[-2] == "down":  # "came down to 9 percent", not "membership is down to 40 percent"
        return len(before) > 2 and before[-3] in PAY_CLIMB_DOWN_VERBS
    return before[-2] in PAY_TALK_VERBS or before[-2] in PAY_RISE_NOUNS


BALLOT_VERBS = frozenset(("accept", "reject"))  # "voted to accept 9.25%": a ballot on an offer


def ballot_on_offer(lead: list[str]) -> bool:
    """Whether the words before a percent end with "to accept" or "to reject": members voting on
    an offer ("Bus drivers voted to accept 9.25%"), not an election's share."""
    return len(lead) > 1 and lead[-1] in BALLOT_VERBS and lead[-2] == "to"


def vote_sentence(sc: Scanner, offset: int) -> bool:
    """Whether the sentence around `offset` speaks of a vote or an election (vocab.VOTE_CUES)."""
    return sentence_names(sc, offset, VOTE_CUES)


def pay_sentence(sc: Scanner, offset: int) -> bool:
    """Whether the sentence around `offset` speaks of pay, a union, a strike, workers, employees or
    bargaining (vocab.PAY_CUES)."""
    return sentence_names(sc, offset, PAY_CUES)


def pay_context(sc: Scanner, offset: int) -> bool:
    """Whether the sentence around `offset` speaks of pay or names a workforce, or the sentence
    right before it speaks of pay ("The union wants more for its members. It opened at 12
    percent."): one sentence back only, each sentence read once (sentence_names keeps it)."""
    if pay_sentence(sc, offset) or sentence_names(sc, offset, WORKFORCE_CUES):
        return True
    s_start, _ = sc.sentence_bounds(offset)
    return s_start > 0 and pay_sentence(sc, s_start - 1)


# verbs by which a party, candidate or list gets its share of a vote ("the Liberals got 10.9 per
# cent", "her rival polled 38 per cent"); "polled" is of a vote alone, the others are where the
# sentence or one of the two before it speaks of a vote (VOTE_CUES) or the holder is a name
VOTE_WIN_VERBS = frozenset(verb for verb, uses in HOLDING_VERBS.items() if "vote" in uses)
POLLED_VERBS = frozenset(("polled",))
# words that may follow a vote share: a time, a place, a comparison or the next clause ("took 7.2
# per cent, enough to", "got 24.6 per cent and the ...", "polled 38 per cent in the runoff"); not a
# noun it is of ("won 40 per cent of the market") nor persons it is for ("got 5 per cent for its members")
VOTE_SHARE_TAILS = frozenset(
    "in at and while but whereas up down against compared behind ahead nationally nationwide overall".split()
)
HOLDER_WORDS = 4  # words of the party, candidate or list before its verb ("the Farmers' League")
HOLDER_DETERMINERS = frozenset("the a an her his its their our".split())
HOLDER_PRONOUNS = frozenset("who which that it he she they we i you this".split())  # no holder's name
VOTE_LOOKBACK_SENTENCES = 2  # sentences before a bare share read for a vote ("share of the vote")


def _vote_holder(before_words: list[str]) -> str:
    """The party, candidate or list right before a vote verb, as written, less its determiner:
    "Liberals", "Farmers' League", "rival"; "" where a word that is no part of a name stands between."""
    words: list[str] = []
    for word in reversed(before_words[-HOLDER_WORDS - 1 : -1]):
        if word.lower() in HOLDER_DETERMINERS or not (word[:1].isalpha() or word in ("'", "’")):
            break
        if words and word.lower() in CLAUSE_JOINS | FUNCTION_WORDS:
            break
        words.append(word)
    return " ".join(reversed(words)).replace(" '", "'").replace(" ’", "’")


def _vote_near(sc: Scanner, offset: int) -> bool:
    """Whether the sentence around `offset` or one of the VOTE_LOOKBACK_SENTENCES before it
    speaks of a vote (each sentence read once: sentence_names keeps it)."""
    at = offset
    for _ in range(VOTE_LOOKBACK_SENTENCES + 1):
        if vote_sentence(sc, at):
            return True
        s_start, _ = sc.sentence_bounds(at)
        if s_start == 0:
            return False
        at = s_start - 1
    return False


def vote_share_won(sc: Scanner, start: int, before_words: list[str], after: list[str]) -> str:
    """The share of a vote a party, candidate or list got, won, took or polled ("the Liberals got
    10.9 per cent": "Liberals' share of the vote"), or "": a vote verb right before the percent, a
    holder before it that is no payee ("Teachers got 4.5 per cent" is a pay rise), nothing after
    the percent it is of, and a vote in the sentence (or, for a name, in one of the two before it;
    "polled" is of a vote alone). A pay rise needs a pay word (pay_rise, pay_round)."""
    if len(before_words) < 2 or before_words[-1].lower() not in VOTE_WIN_VERBS:
        return ""
    if after[:1] and after[0][:1].isalpha() and after[0] not in VOTE_SHARE_TAILS:
        return ""
    holder = _vote_holder(before_words)
    named = holder[:1].isupper() and len(before_words) > len(holder.split()) + 1  # not the sentence's opening
    if not holder or holder.lower() in FUNCTION_WORDS or holder.lower() in HOLDER_PRONOUNS:
        return ""  # "Harris, who won 42.8 percent": the relative's antecedent, read elsewhere
    if not named and _is_payee(holder.split()[-1].lower().rstrip("'’")):
        return ""  # "Teachers got 4.5 per cent": payees; "the Socialists got 14 per cent": a name
    if before_words[-1].lower() not in POLLED_VERBS:
        near = _vote_near(sc, start) if holder[:1].isupper() else vote_sentence(sc, start)
        if not near:
            return ""
    return f"{holder}' share of the vote" if holder.endswith("s") else f"{holder}'s share of the vote"
