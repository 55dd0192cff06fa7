"""Letters of any script, as regex character classes: what the word patterns read as a letter; and
the one folding of accents (plain_letters) that currency names, town names and article ids use."""

from __future__ import annotations

import re
import unicodedata

# One letter of any script ("é", "ã", "ß", "М"): a word character but no digit, "_" or number sign
# (the superscripts, fractions, Roman and circled numerals of "km²", "5½", "Ⅻ", "①" are not letters).
LETTER = r"[^\W\d_²³¹¼-¾⁰⁴-⁹₀-₉⅐-ↂↅ-↉①-⒛⓪-⓿❶-➓]"

# Where the capitals of the Latin, Greek and Cyrillic scripts are (the caseless scripts have none).
CAPITAL_BLOCKS = ((0x41, 0x530), (0x1E00, 0x2000))


def category_chars(blocks: tuple[tuple[int, int], ...], categories: tuple[str, ...]) -> str:
    """The inside of a regex class of the characters in the code-point blocks whose Unicode
    category (as `unicodedata` has it) is one of `categories`, as ranges ("A-ZÀ-Ö")."""
    spans: list[list[int]] = []
    for first, stop in blocks:
        for point in range(first, stop):
            if unicodedata.category(chr(point)) in categories:
                if spans and spans[-1][1] == point - 1:
                    spans[-1][1] = point
                else:
                    spans.append([point, point])
    return "".join(
        re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in spans
    )


def capital_class(blocks: tuple[tuple[int, int], ...]) -> str:
    """A regex class of the upper- and title-case letters in the code-point blocks ("A-Z", "À-Ö",
    "Ł", "Ω", "Ж")."""
    return "[" + category_chars(blocks, ("Lu", "Lt")) + "]"


# One capital letter ("S", "É", "Ł"): the start of a name.
CAPITAL = capital_class(CAPITAL_BLOCKS)


# Where the combining marks of the alphabetic scripts are: the diacritics that text in decomposed
# form (NFD) types after a letter ("e" + U+0301 for "é"), those of Greek, Cyrillic, Hebrew,
# Arabic and the Indic and South-East Asian scripts, and the combining blocks after them.
MARK_BLOCKS = ((0x300, 0x2000), (0x20D0, 0x2100), (0x3099, 0x309B), (0xFE20, 0xFE30))


# The inside of a regex class of combining marks (Mn, Mc, Me): Python's `\w` takes none of them,
# so a word's pattern must, or "Cafe\u0301" would end at its "e".
MARK_CHARS = category_chars(MARK_BLOCKS, ("Mn", "Mc", "Me"))


MARK = f"[{MARK_CHARS}]"


# Letters with the combining marks inside and after them: one word's letters ("Cafe\u0301",
# "Nu\u0301n\u0303ez"), never starting with a mark.
LETTER_RUN = rf"{LETTER}++(?:{MARK}++{LETTER}*+)*+"


# Letters with a base letter that Unicode does not decompose them into (NFKD takes "å" to "a" and a
# ring, but "ø" holds no "o"), as English news writes them: "Tromsø" -> "Tromso", "Łódź" -> "Lodz",
# "Gießen" -> "Giessen", "Diyarbakır" -> "Diyarbakir", "Næstved" -> "Naestved".
BASE_LETTERS = str.maketrans(
    {
        "Ø": "O",
        "ø": "o",
        "Æ": "AE",
        "æ": "ae",
        "Œ": "OE",
        "œ": "oe",
        "ß": "ss",
        "Đ": "D",
        "đ": "d",
        "Ð": "D",
        "ð": "d",
        "Þ": "Th",
        "þ": "th",
        "Ł": "L",
        "ł": "l",
        "ı": "i",
        "Ħ": "H",
        "ħ": "h",
    }
)


def plain_letters(text: str) -> str:
    """The text as English news spells foreign names: accents stripped after compatibility
    decomposition (NFKD: "krónur" -> "kronur", "São Paulo" -> "Sao Paulo", "Umeå" -> "Umea", in any
    script) and the letters of BASE_LETTERS written with their base ("Łódź" -> "Lodz"). The one
    home of "accents stripped": currency names (currencies.py), town names (gazetteer.py) and, one
    character at a time, article ids (article.ascii_letters)."""
    if text.isascii():
        return text
    folded = unicodedata.normalize("NFKD", text.translate(BASE_LETTERS))
    return "".join(c for c in folded if not unicodedata.combining(c))


def ascii_view(text: str) -> bytes:
    """The text as bytes of the same length: each ASCII character as itself, each other one as "?".
    Offsets agree with the text's, and bytes.find and bytes.translate walk it far faster than a
    regex's leading character class walks the text (a cheap first pass: what it finds is checked
    on the text itself)."""
    return text.encode("ascii", "replace")


def non_ascii(text: str, view: bytes) -> str:
    """The characters of a text outside ASCII, in order (found at the "?" of its ascii_view)."""
    found = []
    at = view.find(b"?")
    while at >= 0:
        if text[at] != "?":
            found.append(text[at])
        at = view.find(b"?", at + 1)
    return "".join(found)


def lower_case(text: str, view: bytes) -> str:
    """`text.lower()`, given the text's ascii_view: lowered as UTF-8 bytes when every character
    outside ASCII stays as it is in lower case (the common text: curly quotes and dashes), since
    bytes.lower, which lowers the ASCII letters alone, costs far fewer instructions than str.lower
    on text that is not all ASCII."""
    if text.isascii():
        return text.lower()
    others = non_ascii(text, view)
    if others.lower() != others:
        return text.lower()
    return text.encode("utf-8", "surrogatepass").lower().decode("utf-8", "surrogatepass")
