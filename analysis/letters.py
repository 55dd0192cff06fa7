"""Letters of any script, as regex character classes: what the word patterns read as a letter."""

from __future__ import annotations

import unicodedata

# One letter of any script ("é", "ã", "ß", "М"): a word character but no digit, "_" or number sign
# (the superscripts, fractions, Roman and circled numerals of "km²", "5½", "Ⅻ", "①" are not letters).
LETTER = r"[^\W\d_²³¹¼-¾⁰⁴-⁹₀-₉⅐-ↂↅ-↉①-⒛⓪-⓿❶-➓]"

# Where the capitals of the Latin, Greek and Cyrillic scripts are (the caseless scripts have none).
CAPITAL_BLOCKS = ((0x41, 0x530), (0x1E00, 0x2000))


def capital_class(blocks: tuple[tuple[int, int], ...]) -> str:
    """A regex class of the upper- and title-case letters in the code-point blocks, as the Unicode
    database of `unicodedata` has them ("A-Z", "À-Ö", "Ł", "Ω", "Ж")."""
    spans: list[list[int]] = []
    for first, stop in blocks:
        for point in range(first, stop):
            if unicodedata.category(chr(point)) in ("Lu", "Lt"):
                if spans and spans[-1][1] == point - 1:
                    spans[-1][1] = point
                else:
                    spans.append([point, point])
    return "[" + "".join(chr(a) if a == b else f"{chr(a)}-{chr(b)}" for a, b in spans) + "]"


# One capital letter ("S", "É", "Ł"): the start of a name.
CAPITAL = capital_class(CAPITAL_BLOCKS)
