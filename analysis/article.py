"""Article loader: metadata (header block and sidecar), verbatim body, sentences with spans."""

from __future__ import annotations

import codecs
import difflib
import json
import os
import re
import stat
import string
import unicodedata
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace
from pathlib import Path

from .letters import plain_letters
from .vocab import ABBREVIATIONS, FURNITURE_LINE_PREFIXES, LINE_WRAP_WORDS, SIGN_ABBREVIATIONS

# Every metadata key (the fixed schema's order) and where it may be written: the header block at
# the top of an article file, its sidecar (<stem>.meta.json), or both. The one table of keys.
METADATA_KEYS: dict[str, str] = {
    "id": "sidecar",
    "title": "both",
    "outlet": "both",
    "source": "both",
    "dateline": "both",
    "published": "both",
    "accessed": "both",
    "notes": "sidecar",
    "extent": "header",
}
HEADER_KEYS: tuple[str, ...] = tuple(k for k, where in METADATA_KEYS.items() if where != "sidecar")
METADATA_FIELDS: tuple[str, ...] = tuple(k for k, where in METADATA_KEYS.items() if where != "header")
# How a header block's first line starts: a header key, in any case ("Title:"), then a colon.
RE_HEADER_OPENING = re.compile(rf"(?i:{'|'.join(HEADER_KEYS)})\s*:")
RE_HEADER_LINE = re.compile(r"\s*([^:\s][^:]{0,60}?)\s*:(.*)")
RE_KEY_WORD = re.compile(r"[a-z]+(?:[_-][a-z]+)*")  # a header key's form: one word of letters
SIDECAR_SUFFIX = ".meta.json"
CONTEXT_SUFFIX = ".context.json"
REVIEW_SUFFIX = ".review.csv"
COMPANION_SUFFIXES = (SIDECAR_SUFFIX, CONTEXT_SUFFIX, REVIEW_SUFFIX)  # files an article may have beside it
UNKNOWN_WORDS = ("unknown", "null", "none")  # a metadata value that says it is not known
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")
# An article id names files and folders: a safe alphabet, no leading dot, at most 100 characters.
ARTICLE_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,99}")
ID_RULE = "letters, digits, '.', '_' or '-', starting with a letter or digit, at most 100 characters, no '..'"
MAX_INPUT_BYTES = 64 * 1024 * 1024  # articles, sidecars, review and context files
_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def printable(text: str) -> str:
    """Text safe to print on one terminal line: control characters (newlines, colour codes) escaped."""
    return _UNPRINTABLE.sub(lambda m: repr(m.group(0))[1:-1], text)


class ArticleError(Exception):
    """An article file that cannot be read; str() is a one-line message naming the file."""

    def __init__(self, path: Path | str, problem: str, encoding: str | None = None) -> None:
        advice = f"; try --encoding {encoding}, or the encoding it was saved in" if encoding else ""
        super().__init__(f"{printable(str(path))}: {printable(problem + advice)}")
        self.path = str(path)
        self.problem = problem
        self.encoding = encoding  # an encoding the file may be read with (text that is not `--encoding`)


def valid_id(article_id: object) -> bool:
    """Whether a value may be an article id (see ARTICLE_ID and ID_RULE)."""
    return isinstance(article_id, str) and bool(ARTICLE_ID.fullmatch(article_id)) and ".." not in article_id


_FILE_TYPES = (
    (stat.S_ISDIR, "is a folder, not an article file"),
    (stat.S_ISFIFO, "is a named pipe (FIFO), not a regular file"),
    (stat.S_ISCHR, "is a character device, not a regular file"),
    (stat.S_ISBLK, "is a block device, not a regular file"),
    (stat.S_ISSOCK, "is a socket, not a regular file"),
)


def _file_type_problem(mode: int) -> str | None:
    """Why a file of this mode cannot be read as input, or None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    return next((problem for test, problem in _FILE_TYPES if test(mode)), "is not a regular file")


def read_input(path: Path | str, limit: int = MAX_INPUT_BYTES) -> bytes | None:
    """The bytes of a regular input file (None when it does not exist), read only after its type and
    size are checked: a pipe, a device or a huge file gets an ArticleError instead of a hang."""
    link = False  # looked at without following a link first: one system call for a missing file
    try:
        before = os.lstat(path)
        if stat.S_ISLNK(before.st_mode):
            link = True
            before = os.stat(path)
    except FileNotFoundError:
        if link:
            raise ArticleError(path, "is a broken symbolic link") from None
        return None
    except OSError as exc:
        raise ArticleError(path, f"cannot read ({exc.strerror})") from None
    problem = _file_type_problem(before.st_mode)
    if problem:
        raise ArticleError(path, problem)
    if before.st_size > limit:
        raise ArticleError(path, f"is {before.st_size} bytes, over the limit of {limit} bytes")
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_NOCTTY)
    except OSError as exc:
        raise ArticleError(path, f"cannot read ({exc.strerror})") from None
    try:
        problem = _file_type_problem(os.fstat(fd).st_mode)  # swapped after the first check
        if problem:
            raise ArticleError(path, problem)
        # read what stat said is there (not a limit-sized buffer per file), then on if it grew
        data = _read_fd(fd, min(limit, before.st_size) + 1)
        if before.st_size < len(data) <= limit:
            data += _read_fd(fd, limit + 1 - len(data))
    finally:
        os.close(fd)
    if len(data) > limit:
        raise ArticleError(path, f"is over the limit of {limit} bytes")
    return data


def _read_fd(fd: int, size: int) -> bytes:
    """Up to `size` bytes from an open file, fewer only at its end (no buffered file object)."""
    chunks = []
    while size > 0:
        chunk = os.read(fd, size)
        if not chunk:
            break
        chunks.append(chunk)
        size -= len(chunk)
    return chunks[0] if len(chunks) == 1 else b"".join(chunks)


RE_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")  # a line of nothing but white space: a paragraph's end


@dataclass(frozen=True)
class Article:
    """One article: id, metadata (fixed schema), verbatim body and sentence spans."""

    id: str
    metadata: dict[str, str | None]
    body: str
    sentences: tuple[tuple[int, int], ...]
    path: str = ""
    furniture: tuple[tuple[int, int], ...] = field(default=())
    # start offsets of the sentences, in order (set from `sentences`)
    sentence_starts: tuple[int, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "sentence_starts", tuple(start for start, _ in self.sentences))

    def with_body(self, body: str) -> Article:
        """The same article with another body of the same length: offsets, sentences and furniture
        hold (a reading copy, such as hard wraps read as spaces)."""
        return replace(self, body=body)

    def sentence_of(self, offset: int) -> int:
        """Index of the sentence holding a body offset (the last one that starts at or before it)."""
        return max(0, bisect_right(self.sentence_starts, offset) - 1)

    def sentence_span(self, offset: int) -> tuple[int, int]:
        """Span of the sentence holding a body offset (`sentences[sentence_of(offset)]`)."""
        return self.sentences[max(0, bisect_right(self.sentence_starts, offset) - 1)]

    def sentence_text(self, index: int) -> str:
        """Text of sentence `index`."""
        start, end = self.sentences[index]
        return self.body[start:end]

    def opens_paragraph(self, index: int) -> bool:
        """Whether sentence `index` opens a paragraph: the first sentence, or one after a blank line (after
        any line break, in a body that holds no blank line: one paragraph a line)."""
        if index <= 0:
            return True
        blank = self.__dict__.get("_blank_lines")
        if blank is None:
            blank = RE_BLANK_LINE.search(self.body) is not None
            object.__setattr__(self, "_blank_lines", blank)
        gap = self.body[self.sentences[index - 1][1] : self.sentences[index][0]]
        return RE_BLANK_LINE.search(gap) is not None if blank else "\n" in gap

    def in_furniture(self, offset: int) -> bool:
        """True when the offset lies on a page-furniture line."""
        starts = self.__dict__.get("_furniture_starts")
        if starts is None:
            starts = tuple(start for start, _ in self.furniture)
            object.__setattr__(self, "_furniture_starts", starts)
        i = bisect_right(starts, offset) - 1
        return i >= 0 and offset < self.furniture[i][1]

    def count_between(self, char: str, start: int, end: int) -> int:
        """How often `char` occurs in body[start:end] (its positions are found once per article)."""
        found = self.__dict__.setdefault("_positions", {})
        positions = found.get(char)
        if positions is None:
            positions = found[char] = [m.start() for m in re.finditer(re.escape(char), self.body)]
        return max(0, bisect_left(positions, end) - bisect_left(positions, start))


def _likely_encoding(data: bytes) -> str:
    """The encoding to suggest for text that `--encoding` cannot read: utf-8 when it is UTF-8, else
    cp1252 (Windows) when it has the bytes 0x80-0x9f that cp1252 reads as letters and quotes
    (latin-1 as control characters), else latin-1."""
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        return "utf-8"
    if any(0x80 <= byte <= 0x9F for byte in data):
        try:
            data.decode("cp1252")
        except UnicodeDecodeError:
            return "latin-1"
        return "cp1252"
    return "latin-1"


def _misread_utf8(data: bytes, text: str, encoding: str) -> str | None:
    """What is wrong when UTF-8 bytes (no NUL among them: UTF-16 text has some) were decoded as
    another encoding into other text (a BOM read as "ï»¿", "é" as "Ã©", ASCII as UTF-16's CJK
    letters); None when the encoding is UTF-8 or reads the bytes as UTF-8 does (plain ASCII)."""
    if codecs.lookup(encoding).name in ("utf-8", "utf-8-sig") or b"\x00" in data:
        return None
    try:
        as_utf8 = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None
    if text == as_utf8:
        return None
    pairs = zip(text, as_utf8, strict=False)
    at = next((i for i, (char, meant) in enumerate(pairs) if char != meant), min(len(text), len(as_utf8)))
    return (
        f"valid UTF-8 text, which --encoding {encoding} misreads ({text[at : at + 8]!r} where "
        f"UTF-8 reads {as_utf8[at : at + 8]!r})"
    )


def decode_text(data: bytes, path: Path | str, encoding: str = "utf-8") -> str:
    """Decode file bytes to text with universal newlines and no BOM, or raise ArticleError."""
    if not data:
        raise ArticleError(path, "empty file")
    utf16 = data.startswith((b"\xff\xfe", b"\xfe\xff"))
    if utf16 and not encoding.lower().replace("-", "").replace("_", "").startswith(("utf16", "utf32")):
        raise ArticleError(path, "UTF-16 text (it starts with a byte order mark)", "utf-16")
    if b"\x00" in data[:8192] and encoding.lower().replace("-", "") not in ("utf16", "utf32"):
        raise ArticleError(path, "binary file (NUL bytes), not a text article")
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise ArticleError(
            path,
            f"not valid {encoding} text (byte 0x{data[exc.start]:02x} at offset {exc.start})",
            _likely_encoding(data),
        ) from None
    except LookupError:
        raise ArticleError(path, f"unknown encoding {encoding!r}") from None
    misread = _misread_utf8(data, text, encoding)
    if misread:
        raise ArticleError(path, misread, "utf-8")
    if "\r" in text:  # most files have none: no copies made then
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if text.startswith("\ufeff"):
        text = text[1:]
    return text


class HeaderError(ValueError):
    """A header value that cannot be read (its published date); str() is the problem, without the file's name."""


def _all_key_value_lines(head: str) -> bool:
    """Whether every line of a first paragraph is `key: value` and one key is a metadata key, or
    the paragraph is one `word: value` line whose one word (letters only) is close to a header key
    (`titel: X`; never "Published 5: ...", a body's opening with a number before its colon)."""
    found = [RE_HEADER_LINE.fullmatch(line) for line in head.split("\n")]
    if not all(found):
        return False
    keys = [f.group(1).lower() for f in found if f]
    if any(key in METADATA_KEYS for key in keys):
        return True
    return (
        len(keys) == 1
        and RE_KEY_WORD.fullmatch(keys[0]) is not None
        and bool(difflib.get_close_matches(keys[0], HEADER_KEYS, n=1, cutoff=0.8))
    )


def split_header(text: str) -> tuple[dict[str, str], str, list[str]]:
    """Split an optional `key: value` header block (ended by the first blank line) from the body;
    keys in any case. A header block opens with a header key, or is lines that are all `key: value`
    with at least one metadata key (so a misspelled first key is an error, while a body opening
    with a dateline, "ISLAMABAD: ...", stays body). The third item is every problem of the block
    (a line that is no known `key: value`, a key given twice), in line order; the header keeps the
    lines that are right."""
    head, sep, body = text.partition("\n\n")
    if not RE_HEADER_OPENING.match(text) and not _all_key_value_lines(head):
        return {}, text, []
    if not sep:
        head, body = text, ""
    header: dict[str, str] = {}
    lines: dict[str, int] = {}  # the line each key was given on
    problems: list[str] = []
    for number, line in enumerate(head.split("\n"), start=1):
        found = RE_HEADER_LINE.fullmatch(line)
        key = found.group(1).lower() if found else ""
        if not found:
            problems.append(f"header line {number} is not 'key: value' (a blank line ends the header)")
        elif key not in HEADER_KEYS:
            problems.append(
                f"unknown header key {_shown_key(found.group(1))}{_nearest_key(key, HEADER_KEYS)}"
            )
        elif key in lines:
            problems.append(f"header key {key!r} given twice (lines {lines[key]} and {number}); keep one")
        else:
            lines[key] = number
            header[key] = found.group(2).strip()
    return header, body, problems


def read_published(value: str) -> tuple[str | None, str]:
    """A header's `published` value as (ISO date or None, the rest for the notes): an ISO date,
    "unknown ...", or a date the engine's own date reader reads whole and to the day ("14 March
    2025"); a HeaderError for anything else."""
    match = ISO_DATE.match(value)
    if match:
        return match.group(0), value[match.end() :].strip()
    if not value or value.lower().startswith(UNKNOWN_WORDS):
        return None, value
    from .extract import extract_figures  # the engine reads dates; it imports this module

    meta: dict[str, str | None] = dict.fromkeys(METADATA_FIELDS)
    dates = extract_figures(Article("published", meta, value, split_sentences(value)))
    first = dates.iloc[0] if len(dates) else None
    if first is not None and first["kind"] == "date" and first["start"] == 0:
        day = str(first["value"])
        if ISO_DATE.fullmatch(day):
            return day, value[int(first["end"]) :].strip()
    raise HeaderError(
        f"header 'published: {value}' is not a date read to the day (write YYYY-MM-DD or unknown)"
    )


def normalise_metadata(
    header: dict[str, str], sidecar: dict[str, str | None], stem: str
) -> dict[str, str | None]:
    """Merge header and sidecar (sidecar wins) into the fixed metadata schema."""
    meta: dict[str, str | None] = dict.fromkeys(METADATA_FIELDS)
    if not header and not sidecar:  # most articles: nothing to merge
        meta["id"] = stem
        return meta
    notes: list[str] = []
    for key, value in header.items():
        if key == "published":
            meta["published"], rest = read_published(value)
            if rest:
                notes.append(f"published: {rest}")
        elif key == "extent":
            notes.append(f"extent: {value}")
        else:
            meta[key] = value or None
    if notes:
        meta["notes"] = "; ".join(notes)
    for key in METADATA_FIELDS:
        if key in sidecar:
            value = sidecar[key]
            meta[key] = None if value is None else str(value)
    for key, value in meta.items():
        if isinstance(value, str) and value.strip().lower() in ("", *UNKNOWN_WORDS):
            meta[key] = None
    meta["id"] = meta["id"] or stem
    return meta


# A line break (with the white space after it: blank lines in one match), or a sentence end
# candidate: . ! ? (and closing quotes or brackets), then white space on the same line, then the
# character that opens the next sentence (group 1). One scan of the whole body; an end is tried
# only where a run of end marks begins, so a long run is scanned once (linear time). The pattern
# starts with a character class, which the regex engine skips to.
_BREAK = re.compile(r"[\n.!?](?:(?<=\n)\s*|(?<![.!?][.!?])[.!?]*[\"'”’)\]]*(?=[^\S\n]+(\S)))")
_OPENERS = "\"'“‘(•["


# A wire-copy dateline that opens a line: a place in capitals, then perhaps a region or a date after a
# comma and an agency in brackets, then a spaced dash ("LONDON, March 3 (Reuters) - ", "ABUJA, Dec. 17 -
# ", "NAIROBI, Kenya (AP) — "). It is its own sentence, so what follows it is read without the place.
DATELINE_MIN_PLACE = (
    5  # letters of a place standing alone before the dash ("PARIS - ", "PORT LOUIS - ", not "GDP - ")
)
_DATELINE = re.compile(
    r"[A-Z][A-Z'.-]*(?: [A-Z][A-Z'.-]*)*((?:,[^\n,()\-–—]{1,30}){1,2}(?: ?\([A-Za-z][\w .&-]{0,30}\))?"
    r"| ?\([A-Za-z][\w .&-]{0,30}\))?"
    r"[^\S\n]+[-–—][^\S\n]+(?=\S)"
)

# A dateline that opens a line after the first: one scan of the body for it (to a line break, which
# the regex engine skips to fast) spares most articles a dateline test per sentence.
_RE_LINE_DATELINE = re.compile("\n" + _DATELINE.pattern)


def _may_hold_dateline(body: str) -> bool:
    """Whether a line of the body opens with a dateline (False: no sentence does, see _dateline_end)."""
    return bool(_DATELINE.match(body) or _RE_LINE_DATELINE.search(body))


def split_sentences(body: str) -> tuple[tuple[int, int], ...]:
    """Sentence spans: lines are split at . ! ? before a capital, not after abbreviations, and
    after a dateline that opens a line."""
    spans = _sentence_spans(body)
    if not _may_hold_dateline(body) or not any(_dateline_end(body, s, e) for s, e in spans):
        return spans
    split: list[tuple[int, int]] = []
    for start, end in spans:
        cut = _dateline_end(body, start, end)
        if cut:
            place_end = cut - 2  # the white space before the dash: any, a no-break space or a tab too
            while not body[place_end].isspace():
                place_end -= 1
            _add_span(split, body, start, place_end)  # the place, date and agency
            start = cut
        split.append((start, end))
    return tuple(split)


def line_dateline_end(body: str, start: int) -> int:
    """Where the text after a dateline begins, when the line at `start` opens with one ("PORT LOUIS,
    Mauritius — "); else 0. The line's end is looked for only where a line opens, so that a long
    line of many sentences is not read to its end from each of them."""
    if start > 0 and body[start - 1] != "\n":
        return 0  # (as _dateline_end answers: no line opens here)
    end = body.find("\n", start)
    return _dateline_end(body, start, len(body) if end < 0 else end)


def _dateline_end(body: str, start: int, end: int) -> int:
    """Where the text after a dateline begins, when the sentence at `start` opens a line with one; else 0."""
    if not (body[start : start + 2].isupper() and (start == 0 or body[start - 1] == "\n")):
        return 0
    match = _DATELINE.match(body, start, end)
    if not match or match.end() >= end:
        return 0
    # A bare capitalised place before a dash is a dateline only when it is as long as a city's name,
    # in one word or several ("PORT LOUIS - "): "US - China trade", "GDP - the broadest measure -" are not.
    place = match.group(0).rstrip().rstrip("-–—")
    if not match.group(1) and sum(c.isalpha() for c in place) < DATELINE_MIN_PLACE:
        return 0
    return match.end()


def _sentence_spans(body: str) -> tuple[tuple[int, int], ...]:
    """Sentence spans from end marks and line breaks alone."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _BREAK.finditer(body):
        opener = match.group(1)
        if opener is None:  # a line break ends a sentence, unless the copy is hard-wrapped
            if _soft_wrap(body, match.start(), match.end()):
                continue
            _add_span(spans, body, start, match.start())
            start = match.end()
            continue
        if not (opener.isupper() or opener in _OPENERS or opener.isdigit() or _is_currency_sign(opener)):
            continue  # (a price may open a sentence: "Built 1824. £1,395,000.")
        if body[match.start()] == "." and _is_abbreviation(body, match.start()):
            continue
        if (
            body[match.start()] == "."
            and opener.isdigit()
            and _is_sign_abbreviation(_word_before(body, match.start()))
        ):
            continue  # "a beer costs kr. 65": a currency sign, then its amount
        _add_span(spans, body, start, match.end())
        start = match.end()
    _add_span(spans, body, start, len(body))
    if not spans:
        spans.append((0, len(body)))
    return tuple(spans)


WRAP_WORD_REACH = 16  # the most characters read back for the word a wrapped line ends on
WRAP_LINE_MIN = 50  # the shortest line a wrap before a digit is read after (wrapped copy is wide)
WRAP_LOWER_LINE_MIN = 40  # ... and before a lower-case word (shorter: a headline, a dated update line)
_RE_WRAP_TAIL = re.compile(r"[a-z]+\Z")
# a line opening with a list item's number, its mark and a capital ("1. It will cost", "2) The")
_RE_LIST_ITEM_OPENING = re.compile(r"\d{1,2}[.)] +[A-Z\"“‘(]")


def _soft_wrap(body: str, brk: int, nxt: int) -> bool:
    """Whether the single line break at `brk` (the next line's text at `nxt`) wraps a sentence of
    hard-wrapped copy instead of ending a line: the line ends without a mark that ends a sentence,
    a heading or a list's lead ("." "!" "?" ":" ";" or a closing quote), and the next line goes on
    in lower case after a wide line that is no headline ("25 basis\npoints"), or the line ends on a
    word no line ends on ("fell
    to\n4%", "the\nMidwest"), or a wide line ends on a word and the next opens with digits ("rose\n9.7
    percent"). Headlines and list items open their next line with a capital or a mark."""
    if nxt >= len(body) or body.count("\n", brk, nxt) != 1:
        return False  # the end of the text, or a blank line between paragraphs
    end = brk
    while end and body[end - 1] in " \t\r":
        end -= 1
    last = body[end - 1] if end else ""
    first = body[nxt]
    if last in "'’" and first.islower() and end > 1 and body[end - 2].isalpha():
        return True  # "17 shots to Rovers'\nnine": a possessive, then the sentence goes on
    if not (last.isalnum() or last in ",%"):
        return False
    if first.islower():  # a wide line of prose goes on (a short one or a headline: see below)
        line_start = body.rfind("\n", 0, brk) + 1
        if brk - line_start >= WRAP_LOWER_LINE_MIN and not in_title_case(body, line_start, brk):
            return True
    if not (first.isalnum() or first in "$£€¥₹\"“'‘("):
        return False  # "- ", "• ": the next line is a list's item
    if last == ",":
        return True
    tail = _RE_WRAP_TAIL.search(body, max(0, end - WRAP_WORD_REACH), end)
    if tail is not None and (tail.start() == 0 or not body[tail.start() - 1].isalnum()):
        if tail.group(0) in LINE_WRAP_WORDS:
            return True
    if not first.isdigit() or not (last.isalnum()) or _RE_LIST_ITEM_OPENING.match(body, nxt):
        return False  # (a numbered list's item opens its own line: "... harbour crossing\n1. It will")
    line_start = body.rfind("\n", max(0, brk - WRAP_LINE_MIN), brk)
    return line_start < 0 and brk >= WRAP_LINE_MIN


RE_LONG_WORD = re.compile(
    r"(?<![\w'’-])[A-Za-z][a-z'’]{3,}"
)  # a word of four letters or more, not in capitals
TITLE_CASE_MIN_WORDS = 5  # the fewest capitalised longer words a headline-style sentence has
TITLE_CASE_LOWER_PER = 10  # ... and at most one lower-case content word for each ten of them


def in_title_case(body: str, start: int, end: int, least: int = TITLE_CASE_MIN_WORDS) -> bool:
    """Whether body[start:end] is written headline-style, every longer word capitalised but for
    short function words ("Six Killed As Storm Hits Coast, Three Missing", "Fares Rise from
    Monday"); running prose has lower-case words between its names, so the reading stops at its
    second lower-case content word. `least`: the fewest capitalised longer words it needs."""
    capitalised = lower = 0
    for word in RE_LONG_WORD.finditer(body, start, end):
        if body[word.start()].isupper():
            capitalised += 1
        elif word.group(0) not in LINE_WRAP_WORDS:
            lower += 1
            if lower > 1:
                return False
    return capitalised >= max(least, lower * TITLE_CASE_LOWER_PER)


def soft_wraps(body: str) -> list[int]:
    """Offsets of the line breaks that wrap a sentence of hard-wrapped copy (see _soft_wrap)."""
    found: list[int] = []
    brk = body.find("\n")
    while brk >= 0:
        nxt = brk + 1
        while nxt < len(body) and body[nxt] in " \t\r\n":
            nxt += 1  # a later break of this run follows a break, so it wraps nothing
        if _soft_wrap(body, brk, nxt):
            found.append(brk)
        brk = body.find("\n", nxt)
    return found


_LETTERS_AND_DOT = frozenset(string.ascii_letters + ".")  # what an abbreviation or initials are made of
SIGN_REACH = 4  # the longest sign abbreviation (SIGN_ABBREVIATIONS) read back from its stop


def _word_before(text: str, dot: int) -> str:
    """The letters right before the full stop at `dot`, at most SIGN_REACH of them after a space."""
    i = dot
    while i > max(0, dot - SIGN_REACH - 1) and (text[i - 1].isalpha() or text[i - 1] == "/"):
        i -= 1
    if i and text[i - 1].isalnum() or text[max(0, i - 2) : i][:1].isdigit():
        return ""  # a longer word, or a sign after its amount ("65 kr. 12 people"): the stop may end it
    return text[i:dot]


# the sign abbreviations as a line set in capitals writes them ("AFL. 7.5 MILLION", "KSH. 40 BILLION")
_SIGN_ABBREVIATIONS_IN_CAPITALS = frozenset(sign.upper() for sign in SIGN_ABBREVIATIONS)


def _is_sign_abbreviation(word: str) -> bool:
    """Whether a word before a full stop is a currency sign's abbreviation ("kr", "Afl"), as written
    or in capitals ("AFL")."""
    return word in SIGN_ABBREVIATIONS or word.isupper() and word in _SIGN_ABBREVIATIONS_IN_CAPITALS


def _is_currency_sign(char: str) -> bool:
    """Whether a character is a currency sign ("£", "$", "€": Unicode's category Sc)."""
    return unicodedata.category(char) == "Sc"


def _is_abbreviation(text: str, dot: int) -> bool:
    """True when the full stop at `dot` closes an abbreviation or an initial (U.S., Gen.)."""
    i = dot
    while i and text[i - 1] in _LETTERS_AND_DOT:
        i -= 1
    token = text[i:dot].lstrip(".")
    if not token:
        return False
    if token.rstrip(".") in ABBREVIATIONS:
        return True
    if token.isupper() and token.rstrip(".").capitalize() in ABBREVIATIONS:
        return True  # an abbreviation in a line set in capitals ("NO. 1 SEED", "GOV. SMITH")
    # Initials and dotted acronyms: "U.S", "U.N", "J"
    return len(token.replace(".", "")) <= 2 and token[0].isupper() and ("." in token or len(token) == 1)


def _add_span(spans: list[tuple[int, int]], body: str, start: int, end: int) -> None:
    """Add body[start:end] without its surrounding white space, unless nothing is left."""
    if start < end and not body[start].isspace() and not body[end - 1].isspace():
        spans.append((start, end))  # nothing to strip (the common case: no copy of the text made)
        return
    piece = body[start:end]
    stripped = piece.strip()
    if stripped:
        lead = start + piece.find(stripped[0])  # only white space comes before it
        spans.append((lead, lead + len(stripped)))


# A line opening with a furniture prefix, after white space: one scan of the body for it (to a line
# break, which the regex engine skips to fast) spares most articles a test of every line. The white
# space after a line break is the line's own (no line break): a run of blank lines is passed once,
# not once from each of its breaks (time linear in the run).
_PREFIXES = f"(?:{'|'.join(map(re.escape, FURNITURE_LINE_PREFIXES))})"
_RE_FURNITURE_OPENING = re.compile(r"\s*" + _PREFIXES)
_RE_LINE_FURNITURE = re.compile(r"\n[^\S\n]*" + _PREFIXES)


def _opens_with_furniture(line: str) -> bool:
    """Whether a stripped line opens with a furniture prefix whose last word no small letter goes on
    with: "Subscribe to ..." and "Comments (4)" do, a fact box's "Subscribers: 6.2m" does not."""
    return any(
        line.startswith(prefix) and not line[len(prefix) : len(prefix) + 1].islower()
        for prefix in FURNITURE_LINE_PREFIXES
    )


def furniture_lines(body: str) -> tuple[tuple[int, int], ...]:
    """Spans of page-furniture lines ("Read More: ...", "PHOTO: ...", "RELATED")."""
    if not (_RE_FURNITURE_OPENING.match(body) or _RE_LINE_FURNITURE.search(body)):
        return ()  # no line opens with a furniture prefix
    spans: list[tuple[int, int]] = []
    pos = 0
    for line in body.split("\n"):
        stripped = line.strip()
        if stripped and _opens_with_furniture(stripped):
            spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return tuple(spans)


def article_from_text(
    text: str, article_id: str, path: str = "", sidecar: dict[str, str | None] | None = None
) -> Article:
    """Build an Article from decoded text (header block optional); an ArticleError naming the file
    (or the id) and every problem of a header block that cannot be read, in one line."""
    header, body, problems = split_header(text)
    try:
        meta = normalise_metadata(header, sidecar or {}, article_id)
    except HeaderError as exc:  # its published date: said with the lines' problems
        problems.append(str(exc))
    if problems:
        raise ArticleError(path or article_id, "; ".join(problems))
    return Article(
        id=str(meta["id"]),
        metadata=meta,
        body=body,
        sentences=split_sentences(body),
        path=path,
        furniture=furniture_lines(body),
    )


def sidecar_path(path: Path) -> str:
    """Where the metadata sidecar of an article file lives (beside it: `<stem>.meta.json`), as the
    text str(path.with_name(...)) gives, without building another Path."""
    name = str(path)
    return name[: len(name) - len(path.name)] + path.stem + SIDECAR_SUFFIX


_NOT_ID = re.compile(r"[^A-Za-z0-9._-]+")
_DOTS = re.compile(r"\.{2,}")


def _ascii_base(char: str) -> str:
    """A character's ASCII base letter(s) ('é' -> 'e', 'ø' -> 'o'), or the character itself when it
    has none ('–', '中')."""
    base = plain_letters(char)
    return base if base.isascii() and base.isalpha() else char


def ascii_letters(text: str) -> str:
    """Letters folded to their ASCII base where one exists ('på Østlandet' -> 'pa Ostlandet', 'résumé'
    -> 'resume'); other characters are kept as they are. The folding is letters.plain_letters, one
    character at a time, kept only where it gives ASCII letters: an id is made of ASCII, so a letter
    of another script stays whole ('й', not the 'и' plain_letters leaves), where names compared
    as English spells them (currencies, gazetteer) take plain_letters of the whole text."""
    return text if text.isascii() else "".join(map(_ascii_base, text))


def id_from_stem(stem: str) -> str:
    """An article id made from a file name: letters folded to their ASCII base where one exists
    (ascii_letters), then characters outside the id alphabet become '-'."""
    slug = _DOTS.sub(".", _NOT_ID.sub("-", ascii_letters(stem))).lstrip("._-")
    return slug[:100].rstrip("._-") or "article"


def parse_sidecar(text: str, side: Path | str) -> dict[str, str | None]:
    """The metadata fields of a sidecar's JSON text, each a string or null, or an ArticleError."""
    try:
        loaded = json.loads(text, parse_constant=_no_constant, object_pairs_hook=no_duplicate_keys)
    except DuplicateKeyError as exc:
        raise ArticleError(side, f"metadata sidecar {duplicate_key_problem(text, exc.key)}") from None
    except (ValueError, RecursionError) as exc:
        problem = "nested too deeply" if isinstance(exc, RecursionError) else str(exc).splitlines()[0]
        raise ArticleError(side, f"metadata sidecar is not valid JSON ({problem})") from None
    if not isinstance(loaded, dict):
        raise ArticleError(side, "metadata sidecar must hold a JSON object")
    for key in loaded:
        if key not in METADATA_FIELDS:
            raise ArticleError(
                side, f"unknown metadata key {_shown_key(key)}{_nearest_key(key, METADATA_FIELDS)}"
            )
    fields: dict[str, str | None] = {}
    for key in METADATA_FIELDS:
        value = loaded.get(key)
        if value is not None and not isinstance(value, str):
            raise ArticleError(
                side, f"metadata field {key!r} must be a string or null, not {type(value).__name__}"
            )
        if key in loaded:
            fields[key] = value
    if "id" in fields and not valid_id(fields["id"]):
        raise ArticleError(side, f"metadata id {fields['id']!r} is not a valid id ({ID_RULE})")
    return fields


SHOWN_KEY_CHARS = 60  # a longer unknown key is cut in the message


def _shown_key(key: str) -> str:
    """A sidecar key as a message quotes it, cut when long."""
    return repr(key) if len(key) <= SHOWN_KEY_CHARS else repr(key[:SHOWN_KEY_CHARS]) + "..."


def _nearest_key(key: str, known: tuple[str, ...]) -> str:
    """' (did you mean 'title'?)' for the known key nearest a mistyped one, else where the key
    belongs (a sidecar key in a header) or the list of known keys."""
    near = difflib.get_close_matches(key.lower(), known, n=1)
    if near:
        return f" (did you mean {near[0]!r}?)"
    where = METADATA_KEYS.get(key.lower())
    if where:
        return f" (it belongs in the {'sidecar' if where == 'sidecar' else 'header block'})"
    return f" (known keys: {', '.join(known)})"


class DuplicateKeyError(ValueError):
    """A JSON object that gives one key twice (json keeps the last silently)."""

    def __init__(self, key: str) -> None:
        super().__init__(f"key {key!r} given twice")
        self.key = key


def no_duplicate_keys(pairs: list[tuple[str, object]]) -> dict[str, object]:
    """A JSON object's pairs as a dict, or a DuplicateKeyError for a key given twice."""
    found: dict[str, object] = {}
    for key, value in pairs:
        if key in found:
            raise DuplicateKeyError(key)
        found[key] = value
    return found


_JSON_STRING = re.compile(r'"(?:[^"\\]|\\.)*"')
_JSON_KEY_END = re.compile(r"\s*:")


def duplicate_key_problem(text: str, key: str) -> str:
    """ "key 'title' given twice (lines 1 and 3); keep one": the lines of the first two times the
    key is written as an object key in JSON text (left out when they cannot be found)."""
    lines = []
    for token in _JSON_STRING.finditer(text):
        if not _JSON_KEY_END.match(text, token.end()):
            continue  # a value, not a key
        try:
            written = json.loads(token.group(0))
        except ValueError:
            continue
        if written == key:
            lines.append(text.count("\n", 0, token.start()) + 1)
    where = ""
    if len(lines) >= 2:
        where = (
            f" (both on line {lines[0]})" if lines[0] == lines[1] else f" (lines {lines[0]} and {lines[1]})"
        )
    return f"key {_shown_key(key)} given twice{where}; keep one"


def _no_constant(name: str) -> object:
    raise ValueError(f"{name} is not a JSON value")


def load_article(path: Path | str, encoding: str = "utf-8") -> Article:
    """Load an article file and its optional sidecar, or raise ArticleError with a clear message."""
    path = Path(path)
    name = str(path)  # reads and messages name the file by this text (no Path conversion each time)
    data = read_input(name)
    if data is None:
        raise ArticleError(name, "no such file")
    text = decode_text(data, name, encoding)
    side = sidecar_path(path)
    side_data = read_input(side)
    sidecar: dict[str, str | None] = {}
    if side_data is not None:
        try:
            side_text = side_data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise ArticleError(
                side, f"metadata sidecar is not UTF-8 ({exc.reason} at byte {exc.start})"
            ) from None
        sidecar = parse_sidecar(side_text, side)
    article = article_from_text(text, id_from_stem(path.stem), name, sidecar)
    if not valid_id(article.id):
        raise ArticleError(name, f"article id {article.id!r} is not a valid id ({ID_RULE})")
    if not article.body or article.body.isspace():  # nothing but white space (no stripped copy made)
        raise ArticleError(name, "no article text after the header block")
    return article


def not_articles(folder: Path | str) -> list[Path]:
    """The files of a folder that are neither articles (*.txt) nor an article's companions (sidecar,
    context, review file) nor hidden, and its sub-folders that are not hidden, sorted: what a folder
    run skips, and says it skips (articles are read from the folder's top level only)."""
    return sorted(
        p
        for p in Path(folder).iterdir()
        if not p.name.startswith(".")
        and (p.is_dir() or (p.suffix != ".txt" and not p.name.endswith(COMPANION_SUFFIXES) and p.is_file()))
    )


# A sub-folder is not read: its articles may be older copies, another desk's or a run's output, and
# reading them unasked would count their figures in the table; a sub-folder named as a PATH is read.
SUB_FOLDER_SKIPPED = "a folder; not read: articles are read from the top level only (name it to read it)"


def skipped_line(path: Path) -> str:
    """The one line that says a file or a sub-folder of a folder is not read."""
    if path.is_dir():
        return f"{printable(str(path))}: {SUB_FOLDER_SKIPPED}"
    return f"{printable(str(path))}: not a .txt article; skipped"


def list_articles(folder: Path | str) -> list[Path]:
    """Article files (*.txt) in a folder, sorted by name, or raise ArticleError when none."""
    folder = Path(folder)
    if not folder.is_dir():
        raise ArticleError(folder, "no such folder")
    # not only regular files: a pipe, a device or a broken link is named and refused by load_article
    files = sorted(p for p in folder.glob("*.txt") if not p.is_dir())
    if not files:
        raise ArticleError(folder, "folder holds no articles (*.txt)")
    return files
