"""Overlaps between dimensions: the dimensions run in a fixed order and a number one of them reads
is claimed, so no later one reads it again ("$77M" is money, never also a count of 77). Each
pattern is tried only at anchor positions (where a number, a month or a currency sign starts) that
are still free, and its own matches never overlap; a pattern whose matches start at a known word
is tried only where that word is (matches_at_word)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator


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
