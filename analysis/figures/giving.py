"""Money given: an amount after a verb of giving names a contribution to its recipient ("US has
contributed $77M to UNHCR" -> "US contribution to UNHCR"), and so does an amount joined to it by
"and" ("..., and $9M to IOM"), not the words that happen to follow the amount."""

from __future__ import annotations

from ..vocab import TENS_WORDS, UNIT_WORDS
from .noun_phrases import (
    AUXILIARIES,
    BE_WORDS,
    BOUNDARY_WORDS,
    DETERMINERS,
    LIST_JOINS,
    PASSIVE_TIME_ADVERBS,
    PREPOSITIONS,
    SUBJECT_PREPOSITIONS,
    head_of,
    noun_phrase_before,
    recipient,
    strip_lower,
    without_approx,
    without_aside,
)

# Verbs of giving, every inflection, and the noun that names what each gives.
GIVING_VERBS: dict[str, str] = {
    **dict.fromkeys("contribute contributes contributed contributing".split(), "contribution"),
    **dict.fromkeys("donate donates donated donating".split(), "donation"),
    **dict.fromkeys("give gives gave given giving".split(), "contribution"),
    **dict.fromkeys("provide provides provided providing".split(), "contribution"),
    **dict.fromkeys("pledge pledges pledged pledging".split(), "pledge"),
    **dict.fromkeys("allocate allocates allocated allocating".split(), "allocation"),
    **dict.fromkeys("allot allots allotted allotting".split(), "allocation"),
    **dict.fromkeys("grant grants granted granting".split(), "grant"),
    **dict.fromkeys("award awards awarded awarding".split(), "award"),
    **dict.fromkeys("disburse disburses disbursed disbursing".split(), "disbursement"),
    **dict.fromkeys("lend lends lent lending loan loans loaned".split(), "loan"),
    **dict.fromkeys("pay pays paid paying".split(), "payment"),  # "pay $3,500 to the family of each victim"
}
# Verbs of taking money unlawfully, every inflection, and the participle that names the money
# ("stole $2m", "accused of embezzling Sh40 million"): the money stolen, embezzled, ...
TAKING_VERBS: dict[str, str] = {
    **dict.fromkeys("steal steals stole stolen stealing".split(), "stolen"),
    **dict.fromkeys("embezzle embezzles embezzled embezzling".split(), "embezzled"),
    **dict.fromkeys(
        "misappropriate misappropriates misappropriated misappropriating".split(), "misappropriated"
    ),
    **dict.fromkeys("loot loots looted looting".split(), "looted"),
    **dict.fromkeys("siphon siphons siphoned siphoning".split(), "siphoned off"),
    **dict.fromkeys("launder launders laundered laundering".split(), "laundered"),
}
# Verbs of depriving a victim of money by deceit or force, every inflection, and the participle
# that names the money ("defrauded 17 pensioners of $640,000", "cheated investors out of $9m"): the
# money defrauded from the victims, who stand between the verb and "of".
DEPRIVING_VERBS: dict[str, str] = {
    **dict.fromkeys("defraud defrauds defrauded defrauding".split(), "defrauded"),
    **dict.fromkeys("cheat cheats cheated cheating".split(), "cheated"),
    **dict.fromkeys("swindle swindles swindled swindling".split(), "swindled"),
    **dict.fromkeys("con conned conning".split(), "conned"),
    **dict.fromkeys("fleece fleeces fleeced fleecing".split(), "fleeced"),
    **dict.fromkeys("scam scams scammed scamming".split(), "scammed"),
    **dict.fromkeys("rob robs robbed robbing".split(), "robbed"),
}
VICTIM_WORDS = 6  # the most words of the victims named between a verb of depriving and "of"
# a count in words before the victims ("three municipalities", "hundreds of job seekers")
COUNT_WORDS = frozenset(
    (*(w.lower() for w in (*UNIT_WORDS, *TENS_WORDS)), *"dozens hundreds thousands millions".split())
)
CONVERSION_WORDS = 8  # the longest conversion in brackets read past ("($3,500)")
DISTRIBUTIVES = frozenset(("each", "apiece"))  # "give 4,500 taka each to 40,000 families"
# words between a verb of giving or asking and its amount: "will lend an extra $7 million"
AMOUNT_PARTICLES = frozenset(("a", "an", "further", "another", "additional", "extra"))


def giving_stem(before: list[str]) -> str:
    """ "US contribution" for the words "Proud that US has contributed" right before an amount:
    the giver (when named) and the noun of the verb of giving; "" when no such verb stands right
    before the amount."""
    words = strip_lower(without_approx(before), AMOUNT_PARTICLES)  # "will lend an extra"
    if not words or words[-1].lower() not in GIVING_VERBS:
        return ""
    noun = GIVING_VERBS[words[-1].lower()]
    giver = _giver(without_aside(strip_lower(words[:-1], AUXILIARIES)))
    return f"{giver} {noun}" if giver else noun


OWING_VERBS = frozenset("owe owes owed owing".split())
OWED_OBJECT_WORDS = 4  # the longest creditor named between a verb of owing and the amount


def owed_subject(lead: list[str]) -> str:
    """ "debt of councils to the water board" for the words "Councils owed the water board" before an
    amount: a verb of owing and its creditor, with the debtor before it when named; "" otherwise."""
    words = strip_lower(without_approx(lead), AMOUNT_PARTICLES)
    for k in range(len(words) - 1, max(-1, len(words) - OWED_OBJECT_WORDS - 2), -1):
        if words[k].lower() in OWING_VERBS:
            if words[k + 1 : k + 2] and words[k + 1].lower() in ("a", "an"):
                return ""  # "owed a combined N12trn": an adjective of the amount, no creditor
            creditor = [w for w in words[k + 1 :] if w.lower() not in DETERMINERS]
            if not creditor or not all(w.replace("'", "").isalpha() for w in creditor):
                return ""  # "owes $38m to suppliers": the "to" phrase after it names the creditor
            # (the debtor right before the verb, not the end of an aside: "the firm, wound up in 2013, owed")
            debtor = (
                _giver(strip_lower(words[:k], AUXILIARIES | PASSIVE_TIME_ADVERBS))
                if k and words[k - 1].isalpha()
                else ""
            )
            owed = " ".join(creditor)
            return f"debt of {debtor} to {owed}" if debtor else f"debt to {owed}"
        if not words[k][:1].isalpha():
            return ""
    return ""


def passive_gift(lead: list[str], after: list[str]) -> str:
    """ "allocation to housing agency" for the words "The housing agency has been allocated" right before
    an amount: a verb of giving in the passive makes its subject the recipient; "" otherwise
    ("The board allocated", "was allocated to")."""
    words = strip_lower(lead, AMOUNT_PARTICLES)
    if len(words) < 3 or words[-1].lower() not in GIVING_VERBS or words[-2].lower() not in BE_WORDS:
        return ""
    if after[:1] and after[0].lower() == "for":
        return ""  # "Clinics were paid $700,000 for 1,450 patients": what it was paid for tells more
    verb = words[-1].lower()
    if not (verb.endswith("ed") or verb in ("given", "lent", "paid")):
        return ""
    lead = without_aside(strip_lower(words[:-2], AUXILIARIES))
    phrase = noun_phrase_before(lead, SUBJECT_PREPOSITIONS)
    if not phrase or len(phrase) < len(lead) and lead[-len(phrase) - 1].lower() in PREPOSITIONS:
        return ""  # "a clerk sacked after 14 years with a firm has been awarded": not the firm
    receiver = _giver(lead)
    return f"{GIVING_VERBS[verb]} to {receiver}" if receiver else ""


def _giver(words: list[str]) -> str:
    """What the noun phrase that ends the words names ("government"), or an acronym alone ("US",
    "EU"), too short for a content word; "" for a pronoun or nothing."""
    phrase = noun_phrase_before(words, SUBJECT_PREPOSITIONS)
    head = head_of(phrase)
    if head:
        return head
    last = phrase[-1] if phrase else ""
    return last if len(last) > 1 and last.isalpha() and last.isupper() else ""


def given_subject(stem: str, after: list[str]) -> str:
    """ "US contribution to UNHCR this year": the stem of a verb of giving with the "to" phrase
    after the amount, a conversion in brackets or "each" between them; "" when no recipient
    follows ("pledged $5m to rebuild": a purpose)."""
    if after[:1] == ["("] and ")" in after[:CONVERSION_WORDS]:
        after = after[after.index(")") + 1 :]  # "300,000 pesos ($5,200) to the family"
    if after[:1] and after[0].lower() in DISTRIBUTIVES:
        after = after[1:]
    to = recipient(after)
    if not to or to[0].lower() != "to":
        return ""
    return " ".join([stem, *to])


def joined_to_gift(before: list[str]) -> bool:
    """Whether an amount is joined by "and" to the amount before it ("$77M to UNHCR ..., and $9M")."""
    return bool(before) and before[-1].lower() == "and"


def taken_subject(lead: list[str], after: list[str]) -> str:
    """ "money stolen from the council" for an amount right after a verb of taking money unlawfully
    (TAKING_VERBS), with the "from" phrase after it when there is one; "money defrauded from
    pensioners" for one after the victims of a verb of depriving and "of" (DEPRIVING_VERBS, above);
    "" otherwise."""
    if lead[-1:] == ["of"]:
        return _deprived_of(lead[:-2] if lead[-2:-1] == ["out"] else lead[:-1])
    if not lead or lead[-1].lower() not in TAKING_VERBS:
        return ""
    taken = f"money {TAKING_VERBS[lead[-1].lower()]}"
    if after[:1] == ["from"] and len(after) > 1:
        source = recipient(["for", *after[1:]])  # read as a recipient phrase: "from the council"
        if source:
            return " ".join([taken, "from", *source[1:]])
    return taken


def _deprived_of(words: list[str]) -> str:
    """ "money defrauded from elderly Americans" for the words "defrauded at least 17 elderly
    Americans" before "of" and an amount (DEPRIVING_VERBS), or ""."""
    for at in range(len(words) - 2, max(-1, len(words) - 2 - VICTIM_WORDS), -1):
        verb = words[at].lower()
        if verb in DEPRIVING_VERBS:
            victims = [w for w in _without_count(words[at + 1 :]) if w.lower() not in DETERMINERS]
            if victims and all(w[:1].isalpha() for w in victims):
                return f"money {DEPRIVING_VERBS[verb]} from {' '.join(victims)}"
            return ""
    return ""


def _without_count(words: list[str]) -> list[str]:
    """The words without a count and its approximation before them ("at least 17 elderly", "three",
    "hundreds of")."""
    at = next((i for i, w in enumerate(words) if w[:1].isdigit() or w.lower() in COUNT_WORDS), -1)
    rest = words[at + 1 :] if at >= 0 else words
    return rest[1:] if at >= 0 and rest[:1] == ["of"] else rest


# Verbs that reserve a sum for a purpose ("has set aside $4m in its budget to hire nurses",
# "earmarked €2bn for the scheme"): the sum is the funds reserved, named by the purpose after it.
SETTING_ASIDE = frozenset(("set", "sets", "setting"))
EARMARKING_VERBS = frozenset("earmark earmarks earmarked earmarking ring-fenced ring-fences".split())
PURPOSE_REACH = 8  # the most tokens after the sum read for "for" or "to" ("in the 2026/27 budget to")
PURPOSE_WORDS = 5  # the most words of the purpose kept
QUOTE_MARKS = frozenset(
    ('"', "“", "”", "'", "‘", "’")
)  # a name in quotes opening a purpose ("for the "Buy Local" scheme")


def set_aside_subject(lead: list[str], after: list[str]) -> str:
    """ "funds set aside to hire nurses" for a sum right after "set aside" or "earmarked", with the
    first "for" or "to" phrase after it in its clause when a budget or a time is named between
    them ("set aside $4m in the 2026/27 budget to hire nurses") or a name in quotes after it ("for
    the "Buy Local" scheme"), which the plain reading stops at; "" otherwise (no purpose named, or
    a plain one right after the sum, which the other rules read: "set aside $2m for roads")."""
    words = strip_lower(lead, AMOUNT_PARTICLES)
    if not words:
        return ""
    last = words[-1].lower()
    if not (
        last in EARMARKING_VERBS or last == "aside" and len(words) > 1 and words[-2].lower() in SETTING_ASIDE
    ):
        return ""
    for i, word in enumerate(after[:PURPOSE_REACH]):
        lower = word.lower()
        if word in ",;:." or lower in LIST_JOINS:
            return ""  # no purpose in the clause: the subject the other rules give
        if lower in ("for", "to"):
            if i == 0 and not any(w in QUOTE_MARKS for w in after[1:3]):
                return ""  # "set aside $2m for roads": the purpose right after the sum, read as it is
            purpose: list[str] = []
            for named in after[i + 1 : i + 1 + 2 * PURPOSE_WORDS]:
                low = named.lower()
                if (
                    named in ",;:.()"
                    or low in LIST_JOINS
                    or low in BOUNDARY_WORDS
                    or len(purpose) == PURPOSE_WORDS
                ):
                    break
                if named[:1].isalpha():
                    purpose.append(named)  # quotes and numbers left out: "for the "Buy Local" scheme"
            while purpose and (
                purpose[-1].lower() in PREPOSITIONS or purpose[-1].lower() in ("the", "a", "an")
            ):
                purpose.pop()  # "for the next phase of the": the phrase cut off
            return f"funds set aside {lower} {' '.join(purpose)}" if purpose else ""
    return ""
