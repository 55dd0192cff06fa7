"""Who a sentence credits for what it states ("according to X", "X said", '..." he wrote')."""

from __future__ import annotations

import re

from .alternation import grouped_alternation
from .article import Article
from .letters import CAPITAL, MARK_CHARS
from .vocab import WEEKDAYS

SPEECH_VERBS = (
    "said",
    "says",
    "told",
    "added",
    "wrote",
    "stated",
    "announced",
    "noted",
    "reported",
    "claimed",
    "revealed",
    "showed",
    "shows",
    "estimated",
    "estimates",
    "explained",
    "warned",
    "confirmed",
    "tweeted",
    "posted",
    "highlighted",
    "disclosed",
    "informed",
    "observed",
    "found",
    "indicated",
    "acknowledged",
    "assured",
    "stressed",
    "emphasised",
    "argued",
    "insisted",
    "maintained",
    "remarked",
)
PRONOUNS = frozenset(("he", "she", "they", "it"))
_VERBS = grouped_alternation(SPEECH_VERBS)
# A name is whole words, each a capitalised word or one of these; every word is matched once and
# kept (atomic groups, possessive repeat), so a long run of candidate words costs linear time.
# the lower-case words a name may start with, and those it may hold after its first word
NAME_FIRST_WORDS = tuple("of for and on in special caretaker interim federal provincial".split())
NAME_NEXT_WORDS = (
    *("envoy", "spokesperson", "spokesman", "minister", "official", "officials", "sources", "report"),
    *("agency", "organisation", "organization", "ministry", "department", "police", "government"),
    *("think tank", "representative", "secretary", "chief", "president"),
)
_NAME_FIRST = rf"{CAPITAL}[\w.'’{MARK_CHARS}-]*|" + "|".join(NAME_FIRST_WORDS)
_NAME_NEXT = _NAME_FIRST + "|" + "|".join(w.replace(" ", r"\s+") for w in NAME_NEXT_WORDS)
# what the last word of a name ends with, when it has no capital ("ministry", "think tank")
NAME_END_WORDS = tuple(w.rpartition(" ")[2] for w in (*NAME_FIRST_WORDS, *NAME_NEXT_WORDS))
_RE_CAPITAL = re.compile(CAPITAL)
_NAME = rf"(?>(?:the\s+|The\s+)?(?:{_NAME_FIRST})(?=\s))(?:\s+(?>(?:{_NAME_NEXT})(?=\s)))*+"
# how far before a speech verb its subject may start (characters, then back to a space)
_LOOKBACK = 100

# The words that may credit a source: a sentence without one of them credits no one.
CUE_WORDS: tuple[str, ...] = ("according", "According", *SPEECH_VERBS)
_RE_CUE = re.compile(rf"(?:{grouped_alternation(CUE_WORDS)})\b")
_RE_CUE_AFTER = re.compile(rf"[^A-Za-z0-9_]{_RE_CUE.pattern}")
RE_ACCORDING = re.compile(r"[Aa]ccording to\s+((?:the\s+)?[^,.;:\"”(]{2,120})")
RE_AFTER_QUOTE = re.compile(rf"[\"”,]\s+(?P<who>{_NAME}|he|she|they|it)\s+(?:{_VERBS})\b")
_AUXILIARIES = ("has", "had", "have")  # what may stand between a name and its speech verb
_AUXILIARY = "|".join(word + r"\s+" for word in _AUXILIARIES)
RE_SUBJECT_SAID = re.compile(rf"(?P<who>{_NAME})\s+(?:\([A-Z]{{2,}}\)\s+)?(?:{_AUXILIARY})?(?:{_VERBS})\b")
RE_SAID_SUBJECT = re.compile(
    rf"\b(?:{_VERBS})\s+(?P<who>(?:the\s+)?{CAPITAL}[\w.'’{MARK_CHARS}-]*(?:\s+{CAPITAL}[\w.'’{MARK_CHARS}-]*)*)"
)
# ", the US pointman for Afghanistan on Saturday in a statement acknowledged"
_CLAUSE = rf"(?P<who>(?:the|The)\s+[^,;:\"”]{{2,90}}?)\s+(?:{_VERBS})\b"
RE_CLAUSE_SUBJECT = re.compile(rf"(?:^|,\s+){_CLAUSE}")
# the same after a comma: a pattern that starts with a plain character, which the engine skips to
_RE_CLAUSE_AFTER_COMMA = re.compile(rf",\s+{_CLAUSE}")
# a speaker's title and name in apposition before the verb (", the council's finance chair, Maria
# Delgado, said", ", its chief executive, Thandi Nkosi, told reporters"): the name is credited
_PERSON = rf"{CAPITAL}[\w.'’{MARK_CHARS}-]*(?:\s+(?:(?:de|da|del|dos|van|von|bin|al|el|le|la)\s+)?{CAPITAL}[\w.'’{MARK_CHARS}-]*){{0,4}}"
RE_APPOSED_NAME = re.compile(
    rf",\s+(?:the|its|his|her|their|{CAPITAL}[\w.{MARK_CHARS}-]*['’]s?)\s+[^,;:\"”()]{{2,80}}?,\s+"
    rf"(?P<who>{_PERSON}),\s+(?:{_VERBS})\b"
)
RE_TRAILING_CIRCUMSTANCE = re.compile(
    rf"\s+(?:on|in|at|during|late|early)\s+(?:{'|'.join(WEEKDAYS)}"
    r"|a statement|a post|a tweet|a press conference|a briefing|an interview|a report).*$"
)
RE_ACRONYM = re.compile(r"\(([A-Z]{2,})\)\s+(?:has\s+|had\s+)?(?:" + _VERBS + r")\b")


TRAILING_WORDS = frozenset(("the", "a", "an", "in", "on", "of", "for", "and"))  # cut from a name's end


def _clean(who: str) -> str:
    who = " ".join(who.split()).strip(" ,.;:\"'“”‘’")  # white space runs as one space
    head, _, last = who.rpartition(" ")
    return head if head and last in TRAILING_WORDS else who


def cue_spans(text: str) -> list[tuple[int, int]]:
    """The spans of the cue words (CUE_WORDS) standing as whole words in a text, in order: the
    spans of a word-boundary regex's matches. The scan looks for a cue after a character that is
    no ASCII letter, digit or "_", which the regex engine skips to far faster than it tests a
    word boundary at every position; a letter or digit outside ASCII passes that test and is
    turned down after it."""
    first = _RE_CUE.match(text)
    found = [first.span()] if first else []
    at = first.end() if first else 0
    while match := _RE_CUE_AFTER.search(text, at):
        before = match.start()
        if text[before].isalnum() or text[before] == "_":  # a word character: no word boundary
            at = before + 1
        else:
            found.append((before + 1, match.end()))
            at = match.end()
    return found


def sentence_attribution(text: str) -> str:
    """The source a sentence credits, or "" (pronouns returned as they stand)."""
    cues = cue_spans(text)
    if not cues:
        return ""
    # every pattern below ends at a cue word, a whole word: none reads past the last one
    last = cues[-1][1]
    m = RE_ACCORDING.search(text) if "ccording" in text else None
    if m:
        return " ".join(_clean(m.group(1)).split()[:10])
    m = RE_ACRONYM.search(text, 0, last) if "(" in text else None
    if m:
        return m.group(1)
    m = RE_AFTER_QUOTE.search(text, 0, last) if ('"' in text or "”" in text or "," in text) else None
    if m:
        return _clean(m.group("who"))
    for k, (verb_start, verb_end) in enumerate(cues):
        # the name that ends at this verb; searched in a short window before it (fast)
        window = said_window(text, verb_start)
        # the speech verbs inside the window, this one and those just before it (walking back only
        # as far as the window reaches keeps the time linear in a sentence of many cues)
        first = k
        while first and cues[first - 1][0] > window:
            first -= 1
        if not any(may_end_name(text, window, cues[i][0]) for i in range(first, k + 1)):
            continue  # no name can end before a speech verb of the window: nothing to search
        m = RE_SUBJECT_SAID.search(text, window, verb_end)
        if not m:
            continue
        who = _clean(m.group("who"))
        words = who.split()
        if (
            words
            and (words[0][0].isupper() or words[0] == "the")
            and who.lower() not in ("the", "it", "this", "that")
        ):
            return " ".join(words[-6:])
    if "," in text:
        for verb_start, verb_end in cues:
            m = RE_APPOSED_NAME.search(text, said_window(text, verb_start), verb_end)
            if m:
                return _clean(m.group("who"))
    m = _said_subject(text, cues)
    if m:
        return _clean(m.group("who"))
    m = RE_CLAUSE_SUBJECT.match(text, 0, last) or _RE_CLAUSE_AFTER_COMMA.search(text, 1, last)
    if m:  # RE_CLAUSE_SUBJECT.search(text, 0, last): after the text's start, it can match only at a comma
        who = _clean(RE_TRAILING_CIRCUMSTANCE.sub("", m.group("who")))
        return who if len(who.split()) <= 8 else ""
    return ""


def said_window(text: str, verb_start: int) -> int:
    """Where RE_SUBJECT_SAID is searched for the name before the speech verb at `verb_start`: about
    _LOOKBACK characters before it, back to a space."""
    floor = max(0, verb_start - _LOOKBACK)
    space = text.rfind(" ", max(0, floor - _LOOKBACK), floor)
    return space if space >= 0 else max(0, floor - _LOOKBACK)


def may_end_name(text: str, start: int, verb_start: int) -> bool:
    """Whether a name of RE_SUBJECT_SAID found in text[start:] may end before the speech verb at
    `verb_start`: the word before the verb (or before "has", "had", "have" or "(WHO)" there) holds
    a capital or ends with a lower-case word a name may end with. False rules the match out (a
    cheap test that spares most searches); True does not promise one."""
    words = text[start:verb_start].rsplit(None, 3)
    while words:
        word = words.pop()
        if word.endswith(NAME_END_WORDS) or _RE_CAPITAL.search(word):
            return True
        if word not in _AUXILIARIES and not word.startswith("("):
            return False
    return False


def _said_subject(text: str, cues: list[tuple[int, int]]) -> re.Match[str] | None:
    """The first "said the X" in the text: RE_SAID_SUBJECT tried only where a cue word starts,
    the only places it can match."""
    for cue_start, _ in cues:
        m = RE_SAID_SUBJECT.match(text, cue_start)
        if m and not RE_AMOUNT_AFTER_VERB.match(text, m.start("who")):
            return m
    return None


# an amount after the verb, not a name: a sign glued to digits with decimals or a scale word after
# ("announced Shs2.5 billion", "pledged RM120 million"); "said the G20" names a group
RE_AMOUNT_AFTER_VERB = re.compile(
    r"[A-Z][A-Za-z]{0,3}[$¢£€]?\d[\d,]*(?:\.\d|\s+(?:thousand|million|billion|trillion|crore|lakh|bn|mn|m)\b)"
)


def _opens_quotation(text: str) -> bool:
    return (text.count('"') % 2 == 1 and text.lstrip().startswith('"')) or text.count("“") > text.count("”")


def _closes_quotation(text: str) -> bool:
    return (text.count('"') % 2 == 1) or text.count("”") > text.count("“")


def _resolved(body: str, spans: tuple[tuple[int, int], ...], index: int) -> str:
    text = body[spans[index][0] : spans[index][1]]
    who = sentence_attribution(text)
    if not who and _opens_quotation(text):
        # a quotation running over several sentences is credited where it closes
        for ahead in range(index + 1, min(len(spans), index + 6)):
            later = body[spans[ahead][0] : spans[ahead][1]]
            if _closes_quotation(later):
                who = sentence_attribution(later)
                if who.lower() in PRONOUNS:
                    index = ahead
                break
    if who.lower() not in PRONOUNS:
        return who
    for back in range(index - 1, max(-1, index - 4), -1):
        earlier = sentence_attribution(body[spans[back][0] : spans[back][1]])
        if earlier and earlier.lower() not in PRONOUNS:
            return earlier
    return ""


def attribution_for(article: Article, sentence: int, memo: dict[int, str] | None = None) -> str:
    """Who the sentence credits; a pronoun resolves to the nearest earlier named source.
    Pass one `memo` dict per article to compute each sentence once."""
    if memo is None:
        return _resolved(article.body, article.sentences, sentence)
    if sentence not in memo:
        memo[sentence] = _resolved(article.body, article.sentences, sentence)
    return memo[sentence]


def inside_quotation(article: Article, offset: int) -> bool:
    """True when a body offset lies inside a direct quotation (quote marks opened, not closed)."""
    start, _ = article.sentences[article.sentence_of(offset)]
    opened, closed = article.count_between("“", start, offset), article.count_between("”", start, offset)
    return article.count_between('"', start, offset) % 2 == 1 or opened > closed
