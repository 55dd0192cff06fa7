"""Overlaps between dimensions: the dimensions run in a fixed order and a number one of them reads
is claimed, so no later one reads it again ("$77M" is money, never also a count of 77). Each
pattern is tried only at anchor positions (where a number, a month or a currency sign starts) that
are still free, and its own matches never overlap; a pattern whose matches start at a known word
is tried only where that word is (matches_at_word)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from .figure import Figure


class Claims:
    """The claimed characters of one text, and matching at the anchors that are still free."""

    def __init__(self, body: str, in_furniture: Callable[[int], bool] | None = None) -> None:
        self.body = body
        self.claimed = bytearray(len(body) + 1)
        self._in_furniture = in_furniture  # page-furniture lines hold no figures; None: there are none
        self._merged: dict[tuple[int, ...], list[int]] = {}

    def free(self, start: int, end: int) -> bool:
        """Whether no character of body[start:end] is claimed and `start` is not on page furniture."""
        return self.claimed.find(1, start, end) < 0 and not (
            self._in_furniture is not None and self._in_furniture(start)
        )

    def claim(self, start: int, end: int) -> None:
        """Claim body[start:end]: no later pattern reads it."""
        self.claimed[start:end] = b"\x01" * (end - start)

    def at(self, pattern: re.Pattern[str], *anchors: list[int]) -> Iterator[re.Match[str]]:
        """Non-overlapping matches of a pattern that start at the given anchor positions (sorted
        lists; several are merged once per set of lists) and at no claimed character."""
        if len(anchors) > 1 and not all(anchors):  # an empty list adds nothing to the others
            anchors = tuple(positions for positions in anchors if positions) or ([],)
        if len(anchors) == 1:
            positions = anchors[0]
        else:
            key = tuple(map(id, anchors))
            positions = self._merged.get(key)
            if positions is None:
                positions = self._merged[key] = sorted(set().union(*anchors))
        claimed, body, match_at = self.claimed, self.body, pattern.match
        last_end = -1
        for pos in positions:
            if pos < last_end or claimed[pos]:
                continue
            match = match_at(body, pos)
            if match:
                last_end = match.end()
                yield match


def matches_at_word(
    pattern: re.Pattern[str], body: str, lower: str, word: str, lead: int = 0
) -> Iterator[re.Match[str]]:
    """What `pattern.finditer(body)` gives, for a pattern whose matches all start `lead`
    characters before a lower-case `word`: tried only there (`lower` is `body` in lower case)."""
    if len(lower) != len(body):  # lower-casing moved the offsets: scan it all
        yield from pattern.finditer(body)
        return
    end = 0
    at = lower.find(word, lead)
    while at >= 0:
        if at - lead >= end:
            m = pattern.match(body, at - lead)
            if m:
                end = m.end()
                yield m
        at = lower.find(word, at + 1)


def matches_before_word(
    pattern: re.Pattern[str], body: str, lower: str, word: str, leads: range
) -> Iterator[re.Match[str]]:
    """What `pattern.finditer(body)` gives, for a pattern whose matches all hold a lower-case `word`
    and start so many characters before it as `leads` allows: tried only there (`lower` is `body`
    in lower case)."""
    if len(lower) != len(body):  # lower-casing moved the offsets: scan it all
        yield from pattern.finditer(body)
        return
    end = 0  # where the last match ends, or the first start not tried yet
    at = lower.find(word)
    while at >= 0:
        for pos in range(max(end, at - leads.stop + 1), at - leads.start + 1):
            m = pattern.match(body, pos)
            if m:
                yield m
                end = m.end()  # past this `word`: a match holds it
                break
        else:
            end = max(end, at - leads.start + 1)
        at = lower.find(word, at + 1)


# the words a quote cut short at the next figure may not end on ("two of its | four mines",
# "7 to | 2"): they lead to the figure cut away
_CUT_END_WORDS = frozenset(
    "of the its his her their our my your a an and or to by from in on at with".split()
)
RE_CUT_END = re.compile(r"[\s,;:(\[–—-]+$")


def _cut_end(body: str, core_end: int, end: int) -> int:
    """Where a quote cut at `end` ends: back over spaces, marks and the words that lead on to the
    next figure, and before an "of" phrase naming the whole; never before its number's own end."""
    while end > core_end:
        tail = RE_CUT_END.search(body, core_end, end)
        if tail is not None:
            end = tail.start()
            continue
        space = body.rfind(" ", core_end, end)
        if space < 0 or body[space + 1 : end].lower() not in _CUT_END_WORDS:
            break
        end = space
    if body.startswith(" of ", core_end, end + 1):
        return core_end  # "two of the board's | 17 seats": the whole it is part of is cut away
    return max(end, core_end)


def disjoint(figures: list[Figure], body: str) -> list[Figure]:
    """The figures with no two quotes overlapping, in the order given. Taken in the order of their
    numbers, a quote that runs into the next figure's ("voted 7 to 2" read as 7 and 2, "two of its
    four mines") ends where the next one starts; a quote that starts before the number of the
    figure before it ("5min 38.4sec" read as minutes and as seconds, "Mbeki, a mother of three,
    41") starts at its own number; a figure whose number is inside the number before it is a
    second reading of it and is dropped."""
    order = sorted(range(len(figures)), key=lambda i: (figures[i].core, figures[i].start))
    spans = {i: (figures[i].start, figures[i].end) for i in order}
    last = -1
    for i in order:
        start, end = spans[i]
        core = figures[i].core
        if last >= 0:
            last_start, last_end = spans[last]
            last_core = figures[last].core
            if core[0] < last_core[1]:
                del spans[i]  # its number is read already
                continue
            if start < last_end:
                if start < last_core[1]:
                    start = core[0]
                    spans[i] = (start, end)
                if last_end > start:
                    spans[last] = (last_start, _cut_end(body, last_core[1], start))
        last = i
    return [
        f if spans[i] == (f.start, f.end) else f._replace(start=spans[i][0], end=spans[i][1])
        for i, f in enumerate(figures)
        if i in spans
    ]
