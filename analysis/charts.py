"""House charts: every chart follows the rules written in `house`, gets a title, subtitle, source
line from the article's metadata and alt text from its data, and is saved as byte-stable PNG + SVG
+ CSV of the numbers drawn.

With `chartcheck`, the only module that imports matplotlib."""

from __future__ import annotations

import base64
import html
import io
import math
import re
import textwrap
from bisect import bisect_left, bisect_right
from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import date, timedelta
from itertools import combinations, pairwise
from pathlib import Path

import matplotlib as mpl
import matplotlib.dates as mdates
import pandas as pd
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter, MaxNLocator

from .alternation import grouped_alternation
from .article import Article
from .checks import change_against_shares, percent_against_values
from .currencies import display_symbol, is_country
from .export import atomic_write, table_csv
from .figures.currency_signs import is_sign_of
from .figures.rate_bases import quoted_against
from .formats import NO_OUTLET, format_number, shown_title
from .house import (
    MAX_SCALE_RATIO,
    RE_FORECAST,
    STANDING_WORDS,
    capitalised,
    claim_note,
    clause_marks,
    figure_label,
    human_number,
    is_anaphoric,
    is_cut,
    money_text,
    nice_limit,
    plain_number,
    scale_of,
    standing,
    tick_text,
)
from .levels import COMPARED_WITH_WORDS, RE_EARLIER_LEAD, RE_EARLIER_TIME
from .measures import AGE_MEASURES
from .paths import FIGURES, SEED_ID
from .phrases import OWN_REACH, base_period_before, recipient_after
from .tables import ATTACK_COLUMNS, NOT_STATED, sum_periods, sum_purposes
from .vocab import (
    AFFECTED_WORDS,
    ANAPHORIC_WORDS,
    APPROX_WORDS,
    AUXILIARY_VERBS,
    BOUND_WORDS,
    BUSINESS_PART_NOUNS,
    CEILING_WORDS,
    CHANGE_OF_NOUNS,
    CHANGE_WORDS,
    DURATION_UNITS,
    FIRST_OR_RECORD,
    FORECAST_WORDS,
    FRACTION_WORDS,
    FUNCTION_WORDS,
    HOLDING_VERBS,
    LIMITING_ADVERBS,
    LOSE_VERBS,
    MONEY_KIND_WORDS,
    MONEY_USE_VERBS,
    MONTHS,
    NAME_WORDS,
    NEAR_WORDS,
    NEGATED_BOUNDS,
    ORDINAL_WORDS,
    PAY_GET_VERBS,
    PAYMENT_VERBS,
    PERSON_NOUNS,
    PERSONAL_MONEY_KINDS,
    PLAIN_BOUNDS,
    POSSESSIVE_DETERMINERS,
    PRICE_GAP_WORDS,
    PRICE_LEVEL_NOUNS,
    RELATIVE_PERIOD_WORDS,
    ROUGH_COUNT_WORDS,
    SCALE_ABBREVIATIONS_MONEY_ONLY,
    SCALE_WORDS,
    SEASONS,
    SHORT_OF_WORDS,
    SUPERLATIVE,
    TENS_WORDS,
    TRANSITIVE_CHANGE_VERBS,
    UNIT_WORDS,
)

STYLE = Path(__file__).with_name("house.mplstyle")
SIZE = (9.0, 5.4)  # inches; explicit so notebook reprs and files never depend on defaults
COLOURS = {
    "earlier": "#999999",
    "later": "#0072B2",
    "money": "#009E73",
    "date": "#D55E00",
    "span": "#56B4E9",
    "text": "#222222",
    "muted": "#555555",
}
# one shape per series of dots beside its colour, so the series are told apart in grey print too
MARKERS = ("o", "s", "^", "D", "v", "P", "X", "*")
PNG_METADATA = {"Software": None}
SVG_METADATA = {"Date": None, "Creator": "article-figures"}
# The numbers a change chart draws (saved beside it): the change table less its bookkeeping.
CHANGE_CHART_COLUMNS = tuple(
    c
    for c in ATTACK_COLUMNS
    if c not in ("period_start", "mentions", "sentence", "quotes", "starts", "attribution")
)
MAX_BARS = 20
NOTE_LINE = 0.142  # inches per line of an 8.5 pt note beside a bar
DECIMALS = 10  # computed numbers in a chart's CSV: enough for any stated figure, no binary noise
MAX_TIMELINE_ROWS = 16
# A figure that is part of a group said just before it ("340,000 of them"), not a peer of it.
RE_PART_OF = re.compile(r"^\s+of\s+(?:them|these|those|whom|which)\b", re.IGNORECASE)
# ... or of a group counted in the same breath: "nine of the 12 driest summers", "12 of its 40
# branches", "three of 20 candidates", "42 out of 60" (the figure is the part; the number after "of" its whole).
_GROUP_SIZE = (
    r"(?:(?!(?:1[89]|20)\d\d\b)\d[\d,.]*|"
    + "|".join(sorted({*UNIT_WORDS, *TENS_WORDS}, key=len, reverse=True))
    + r")\b"
)
RE_PART_OF_NUMBER = re.compile(
    r"^\s*(?:out\s+)?of\s+(?:(?:the|all|"
    + "|".join(sorted(POSSESSIVE_DETERMINERS))
    + r")\s+)?"
    + _GROUP_SIZE
    + r"(?!\s*(?:%|per\s*cent|percent))",
    re.IGNORECASE,
)
RE_NUMBER_HEAD = re.compile(r"^[\w.,-]+")  # the number a quote opens with ("nine" of "nine of the 12 ...")
RE_SINCE = re.compile(r"\bsince\s+(?:the\s+[\w\s'’-]{0,60}?\s+(?:in|of)\s+)?$", re.IGNORECASE)


@dataclass
class Chart:
    """A finished chart: its file stem, the figure, alt text, the numbers it draws, its source line
    and its form ("bars", "timeline" or "dots")."""

    name: str
    figure: Figure
    alt_text: str
    data: pd.DataFrame
    source: str
    form: str = "bars"
    texts: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=list(TEXT_COLUMNS)))

    def __post_init__(self) -> None:
        settle_layout(self.figure)

    def __repr__(self) -> str:
        return f"Chart({self.name!r})"

    def _repr_html_(self) -> str:
        """Shown inline in Jupyter: the saved PNG with the chart's alt text as its alt attribute."""
        png = base64.b64encode(render(self, "png")).decode("ascii")
        return (
            f'<img class="af-chart" alt="{html.escape(self.alt_text, quote=True)}" '
            f'src="data:image/png;base64,{png}" style="max-width:100%;height:auto">'
        )


@dataclass
class NoChart:
    """What a story notebook shows for an article with nothing to draw: a plain sentence saying why
    (as the report's notes do), said once, where the chart's rows would be (`chart_rows`); no image,
    so no alt text, nothing shown in its place, no numbers and no files (`save_chart` writes none)."""

    name: str
    reason: str
    alt_text: str = ""
    data: pd.DataFrame = field(default_factory=pd.DataFrame)
    source: str = ""
    form: str = "none"
    texts: pd.DataFrame = field(default_factory=pd.DataFrame)

    def __repr__(self) -> str:
        return ""

    def _repr_html_(self) -> str:
        return ""


TEXTS_HEAD = "Article text drawn on the chart (subtitle, labels and notes), each with its span:"


def chart_rows(chart: Chart | NoChart) -> str:
    """The numbers a chart draws as text, one row per bar with the quote and span (start, end) it
    comes from, then each piece of article text it draws with its span (`texts`); for no chart,
    the sentence that says why."""
    if isinstance(chart, NoChart):
        return chart.reason
    rows = chart.data.to_string(index=False)
    if chart.texts.empty:
        return rows
    return f"{rows}\n\n{TEXTS_HEAD}\n{chart.texts.to_string(index=False)}"


# --- article text a chart draws, traced to its span ---------------------------------------------

# One row per piece of the article's own words a chart draws (a period, a baseline, a clause
# quoted in a label, a note's quoted words, a purpose): where it is drawn and its span in the body.
TEXT_COLUMNS = ("drawn", "quote", "start", "end")
RE_QUOTED = re.compile(r"“([^“”]+)”")
RE_ELLIPSIS = re.compile(r"\s*(?:…|\.\.\.)\s*")


def piece_pattern(piece: str) -> re.Pattern[str]:
    """The piece as it stands in the body: a wrapped line's break (at a space or after a hyphen)
    may be a space or nothing there; a piece that opens or ends on a letter or digit is a whole
    word or number there, never a part of one ("28" is not the "28" of "11,286.35")."""
    words = r"\s*".join(re.escape(word) for word in piece.split())
    head = r"(?<!\w)(?<!\d[.,])" if piece[:1].isalnum() else ""
    tail = r"(?!\w)(?![.,]\d)" if piece[-1:].isalnum() else ""
    return re.compile(head + words + tail)


def traced_span(body: str, piece: str, anchors: Collection[int]) -> tuple[int, int] | None:
    """The span of `piece` in the body nearest the chart's figures (`anchors`, their starts)."""
    found = [(m.start(), m.end()) for m in piece_pattern(piece).finditer(body)]
    if not found:
        return None
    return min(found, key=lambda span: min((abs(span[0] - a) for a in anchors), default=span[0]))


def _drawn_strings(chart: Chart) -> list[tuple[str, str]]:
    """Every string drawn on the chart with where it is drawn, the source line (metadata, not the
    article's words) left out."""
    fig = chart.figure
    heads = [t.get_text() for t in fig.texts if t.get_text() != wrapped(chart.source, SOURCE_WIDTH)]
    drawn = [("title" if i == 0 else "subtitle", text) for i, text in enumerate(heads)]
    for ax in fig.axes:
        drawn += [("label", t.get_text()) for t in ax.yaxis.get_ticklabels() if t.get_text()]
        drawn += [("note", t.get_text()) for t in ax.texts]
    return drawn


def _anchors(data: pd.DataFrame) -> list[int]:
    """The starts of the figures a chart draws (a timeline's `starts` hold several per row)."""
    column = "start" if "start" in data.columns else "starts" if "starts" in data.columns else None
    if column is None:
        return []
    return [int(n) for cell in data[column].dropna() for n in re.findall(r"\d+", str(cell))]


def traced(chart: Chart, article: Article, plain: Collection[tuple[str, str, int]] = ()) -> Chart:
    """The chart with `texts`: each piece of article text it draws in quotes (split at a "…" that
    marks words left out), and each `plain` piece (drawn, words, the start of its figure) drawn
    without quotes, with its span in the body (the occurrence nearest the chart's figures)."""
    anchors = _anchors(chart.data)
    pieces = [
        (where, piece, anchors)
        for where, text in _drawn_strings(chart)
        for quoted in RE_QUOTED.findall(" ".join(text.split()))
        for piece in RE_ELLIPSIS.split(quoted)
        if piece.strip()
    ] + [(where, words, [start]) for where, words, start in plain]
    rows = []
    for where, piece, near in pieces:
        span = traced_span(article.body, piece, near)
        start, end = span if span else (None, None)
        quote = article.body[start:end] if span else piece
        rows.append((where, quote, start, end))
    texts = pd.DataFrame(list(dict.fromkeys(rows)), columns=list(TEXT_COLUMNS))
    chart.texts = texts.astype({"start": "Int64", "end": "Int64"})
    return chart


# --- text built from metadata and data --------------------------------------------------------


RE_ADDRESS = re.compile(r"^[a-z][a-z0-9+.-]*://(?:www\.)?([^/?#\s]+)", re.IGNORECASE)


def _host(address: str | None) -> str:
    """The host of a web address ("tribune.com.pk"); "" for anything that is not an address (a
    `source` line that describes where the text came from names no outlet)."""
    found = RE_ADDRESS.match(address or "")
    return found.group(1) if found else ""


def source_line(article: Article) -> str:
    """ "Source: outlet, “title” (date). address" from the article's metadata; unknowns said plainly;
    a long title cut (`shown_title`)."""
    meta = article.metadata
    outlet = meta.get("outlet") or _host(meta.get("source")) or NO_OUTLET
    title = f"“{inner_quotes(shown_title(str(meta['title'])))}”" if meta.get("title") else "untitled article"
    if meta.get("published"):
        when = str(meta["published"])
    elif meta.get("notes") and "not confirmed" in str(meta["notes"]):
        when = "publication date not confirmed"
    else:
        when = "publication date unknown"
    where = meta.get("source") or f"article file {article.id}"
    return f"Source: {outlet}, {title} ({when}). {where}"


def inner_quotes(text: str) -> str:
    """Double quotes inside a quoted title as single ones (‘ ’), straight ones paired in order:
    `"Patience & prudence": a bank` -> `‘Patience & prudence’: a bank`."""
    marks = []
    opening = True
    for char in text:
        if char == '"':
            marks.append("‘" if opening else "’")
            opening = not opening
        else:
            marks.append({"“": "‘", "”": "’"}.get(char, char))
    return "".join(marks)


def money_label(amount: float, currency: str) -> str:
    """An amount as people write it ("$77M", "103 billion PKR"): see `house.money_text`."""
    return money_text(amount, currency)


def is_stated(phrase: object) -> bool:
    """Whether a period or baseline is the article's own words (not "not stated" or empty)."""
    return str(phrase).strip() not in ("", "not stated", "nan", "None")


def as_stated(phrase: object) -> str:
    """A period or baseline for a chart: the article's words in quotes, or "not stated by the
    article" (never "not stated" in quotes, as if the article had said it)."""
    return f"“{str(phrase).strip()}”" if is_stated(phrase) else "not stated by the article"


def multiplier_text(percent: float, direction: str, multiplier: float) -> str:
    """ "+500 per cent = 6 times the earlier level (not 5)" for a stated change."""
    sign = "+" if direction != "decrease" else "−"
    text = f"{sign}{format_number(percent)} per cent = {format_number(round(multiplier, 4))} times the earlier level"
    if direction != "decrease" and percent >= 100:
        text += f" (not {format_number(round(percent / 100, 4))} times)"
    return text


def context_note(context: pd.DataFrame | None, quotes: list[str]) -> str:
    """What another source says about whose claim the charted figures are: the first context fact
    whose topic names every charted number, cut at its first clause, labelled with its source."""
    if context is None or context.empty:
        return ""
    numbers = [re.sub(r"[^\d.]", "", q) for q in quotes]
    for row in context.itertuples():
        topic = re.findall(r"\d+(?:\.\d+)?", str(row.topic))
        if numbers and all(n in topic for n in numbers):
            first = re.split(r"[:;]|\.\s", str(row.fact), maxsplit=1)[0].strip()
            return f"Another source ({_host(str(row.source))}), not the article: {first}."
    return ""


def wrapped(text: str, width: int) -> str:
    """A label or line broken into lines of at most `width` characters (at spaces)."""
    return "\n".join(textwrap.wrap(text, width)) or text


# --- figure scaffolding -------------------------------------------------------------------------


TITLE_WIDTH = 72  # characters per title line (14 pt bold across the canvas)
SUBTITLE_WIDTH = 115
SOURCE_WIDTH = 130
TITLE_LINE = 0.235  # inches per further title line
SOURCE_LINE = 0.13  # inches per source line past the two the house layout leaves room for
HEAD_INCHES = 0.756  # above the plot: the title and the space under it (with the subtitle's lines added)
FOOT_INCHES = 0.864  # below the plot: tick labels, axis label and two lines of source
EDGE = 0.02  # share of the canvas width kept clear at its left edge


def house_figure(
    title: str,
    subtitle: str,
    source: str,
    size: tuple[float, float] = SIZE,
    left: float = 0.22,
    right: float = 0.94,
) -> tuple[Figure, object]:
    """A figure in the house style with title, wrapped subtitle and source line; returns (fig, ax).
    `left` and `right` bound the plot (room for bar labels on the left, notes on the right). The
    margins above and below the plot are fixed in inches, so a taller figure gets a taller plot,
    and grow with each further line of title or source."""
    height = size[1]
    extra_title = TITLE_LINE * (len(textwrap.wrap(title, TITLE_WIDTH)) - 1)
    lines = len(textwrap.wrap(subtitle, SUBTITLE_WIDTH))
    top = 1 - (HEAD_INCHES + (0.035 * lines + 0.03) * SIZE[1] + extra_title) / height
    source_lines = len(textwrap.wrap(source, SOURCE_WIDTH))
    bottom = (FOOT_INCHES + SOURCE_LINE * max(source_lines - 2, 0)) / height
    with mpl.rc_context(fname=str(STYLE)):
        fig = Figure(figsize=size)
        ax = fig.add_axes((left, bottom, right - left, max(top - bottom, 0.2)))
        fig.text(
            0.02,
            1 - 0.03 * SIZE[1] / height,
            wrapped(title, TITLE_WIDTH),
            fontsize=14,
            fontweight="bold",
            color=COLOURS["text"],
            va="top",
        )
        for y, text, width, size_pt, va in (
            (
                1 - (0.03 + 0.07) * SIZE[1] / height - extra_title / height,
                subtitle,
                SUBTITLE_WIDTH,
                9.5,
                "top",
            ),
            (0.02 * SIZE[1] / height, source, SOURCE_WIDTH, 7.5, "bottom"),
        ):
            fig.text(0.02, y, wrapped(text, width), fontsize=size_pt, color=COLOURS["muted"], va=va)
    return fig, ax


def _boxes_overlap(boxes: list[object]) -> bool:
    """Whether any two neighbouring boxes (in drawing order) overlap."""
    return any(a.x1 > b.x0 and b.x1 > a.x0 for a, b in pairwise(boxes))


def settle_layout(fig: Figure) -> None:
    """Keep every chart legible whatever its labels: the plot moves right until its longest
    category label clears the canvas's left edge, and a value axis whose tick labels would run
    into one another gets fewer ticks."""
    canvas = FigureCanvasAgg(fig)
    for ax in fig.axes:
        canvas.draw()
        renderer = canvas.get_renderer()
        width = fig.bbox.width
        labels = [t for t in ax.yaxis.get_ticklabels() if t.get_visible() and t.get_text()]
        if labels:
            reach = min(t.get_window_extent(renderer).x0 for t in labels)
            if reach < EDGE * width:
                box = ax.get_position()
                shift = (EDGE * width - reach) / width
                ax.set_position((box.x0 + shift, box.y0, max(box.width - shift, 0.2), box.height))
        for bins in (8, 6, 5, 4, 3, 2):
            canvas.draw()
            low, high = ax.get_xlim()
            ticks = [
                t.label1
                for t in ax.xaxis.get_major_ticks()
                if t.label1.get_visible() and t.label1.get_text() and low <= t.get_loc() <= high
            ]
            boxes = sorted((t.get_window_extent(renderer) for t in ticks), key=lambda b: b.x0)
            if not _boxes_overlap([b.padded(2) for b in boxes]):
                break
            if isinstance(ax.xaxis.get_major_locator(), mdates.DateLocator):
                break
            ax.xaxis.set_major_locator(MaxNLocator(nbins=bins, steps=[1, 2, 5, 10]))


def value_axis(ax: object, largest: float, label: str) -> float:
    """A value axis from 0 to a nice limit just past the largest value, ticks written plainly."""
    limit = nice_limit(largest)
    ax.set_xlim(0, limit)
    ax.xaxis.set_major_formatter(FuncFormatter(lambda x, _pos: tick_text(x)))
    ax.set_xlabel(label)
    return limit


def height_for(rows: int) -> tuple[float, float]:
    """Figure size that leaves room for `rows` bars (never smaller than the house size)."""
    return (SIZE[0], max(SIZE[1], 2.8 + 0.55 * rows))


# A figure that goes on with the clause before it: "would lend $150 million, and the bank offered
# a further $75 million", "would invest SEK 4 billion, creating about 650 jobs", "will be cut from
# January, at a cost of R5 million": it is stated as that clause's figure is (a pledge added to
# pledges, jobs a plan creates, the cost of a measure to come).
RE_GOES_ON = re.compile(
    r"\b(?:a\s+further|another|an\s+additional|creating|adding|at\s+a\s+(?:total\s+)?cost\s+of)\s+"
    r"(?:(?:about|around|some|nearly|roughly|up\s+to)\s+)?$",
    re.IGNORECASE,
)
# A level held at a date (a company's value, an order backlog, a debt), not a sum over a period
LEVEL_WORDS = re.compile(
    r"\b(?:valuation|market\s+(?:value|capitali[sz]ation)|backlog|debts?|reserves|assets|net\s+worth"
    r"|arrears|liabilities|pending\s+bills)\b",
    re.IGNORECASE,
)
RE_STANDS_AT = re.compile(
    r"\b(?:stands?|stood|standing)\s+at\s+(?:about\s+|some\s+|nearly\s+)?$", re.IGNORECASE
)
# a total summed since a year, said later in the figure's clause: "invested £1.2bn in its stadium
# since 2015" (no comma, semicolon or dash between)
RE_SINCE_YEAR_AFTER = re.compile(r"^[^,;:()—–]{0,80}?\bsince\s+(?:1[89]|20)\d\d\b", re.IGNORECASE)
# a period still to come, said later in the figure's clause: "by an average 1.8 per cent over the
# following two years", "$5 billion over the next decade" (a forecast or plan, not a sum done)
RE_FUTURE_AFTER = re.compile(
    r"^[^,;:()—–]{0,40}?\b(?:over|in|during|for|across)\s+the\s+(?:following|next|coming)\s+"
    r"(?:(?:\w+|\d+)\s+)?(?:years?|months?|quarters?|decades?|weeks?)\b",
    re.IGNORECASE,
)
# a clause of a noun and "of" alone, with no verb of its own, that goes on with the clause before it:
# "had expected sales of NOK 12.9 billion and operating profit of NOK 2.5 billion" (an expectation too)
# (a hedge of vocab.APPROX_WORDS may stand before the figure: "sales of about", "profit of more than")
APPROX = grouped_alternation(APPROX_WORDS, ignore_case=True).replace(r"\ ", r"\s+")
RE_NOUN_OF_LEAD = re.compile(
    r"^\s*(?:an?\s+|the\s+|its\s+|their\s+)?((?:[^\W\d_][\w'’-]*\s+){1,3})of\s+"
    rf"(?:(?:{APPROX})\s+)?$",
    re.IGNORECASE,
)


# a clause of "with", a noun and a verb in "-ing", no verb of its own: "The bureau forecasts a cool
# change, with temperatures dropping to 24C on Sunday" (the forecast's, as the clause before it is)
RE_WITH_ING_LEAD = re.compile(
    rf"^\s*with\s+(?:[^\W\d_][\w'’-]*\s+){{1,3}}[a-z]+ing\s+(?:(?:to|at|by|of|from)\s+)?(?:(?:{APPROX})\s+)?$",
    re.IGNORECASE,
)


def goes_on(lead: str) -> bool:
    """Whether a figure's clause, up to it, only goes on with the clause before it: "a further",
    "creating" (RE_GOES_ON), a noun and "of" with no verb ("and net profit of"), or "with" and a
    verb in "-ing" ("with temperatures dropping to")."""
    if RE_GOES_ON.search(lead) or RE_WITH_ING_LEAD.match(lead):
        return True
    nouns = RE_NOUN_OF_LEAD.match(lead)
    return bool(nouns) and not any(
        word.lower() in PHRASE_ENDING_VERBS or word.lower().endswith("ed") for word in nouns.group(1).split()
    )


# a forecast word used as an adjective of a noun ("planned hospital treatment", "projected revenue"):
# it names a kind of thing, no plan, when a verb of change in the past tense follows it before the
# figure ("patients waiting for planned hospital treatment fell in four of the five regions")
RE_ADJECTIVE_FORECAST = re.compile(
    r"\b[a-z]+ed\s+(?!(?:to|by|for|that|in|at|on|with|of|from|as|the|a|an)\b)[a-z]", re.IGNORECASE
)
RE_PAST_CHANGE = re.compile(
    r"\b(?:fell|rose|grew|dropped|declined|increased|decreased|climbed|jumped|slipped|shrank|doubled|halved)\b",
    re.IGNORECASE,
)


def is_tally(text: str, at: int, to: int) -> bool:
    """Whether a figure is a side of a vote's tally ("approved the plan by 31 votes to 9"): votes
    cast, a result, whatever the plan voted on."""
    lead, tail = text[max(0, at - 40) : at], text[to : to + 40]
    return bool(
        (RE_TALLY_FOR_BEFORE.search(lead) and RE_TALLY_FOR_AFTER.match(tail))
        or RE_TALLY_AGAINST_BEFORE.search(lead)
    )


def names_a_kind(text: str) -> bool:
    """Whether every forecast word of `text` (a sentence up to a figure) is an adjective before a noun
    and a verb of change in the past tense follows the last of them: a past fact, no forecast."""
    words = list(RE_FORECAST.finditer(text))
    return (
        bool(words)
        and all(RE_ADJECTIVE_FORECAST.match(text, w.start()) for w in words)
        and bool(RE_PAST_CHANGE.search(text, words[-1].end()))
    )


# an example's size named after the forecast verb's own figure: "will fall by zł 60 on an average loan of
# zł 300,000", "repayments will rise by £45 for a typical mortgage of £200,000"
RE_EXAMPLE_OF_BEFORE = re.compile(
    r"\b(?:on|for|with|per)\s+(?:an?|each|every)\s+(?:[\w'’-]+\s+){0,3}?of\s+"
    r"(?:(?:about|around|roughly|some|nearly)\s+)?$",
    re.IGNORECASE,
)
EXAMPLE_REACH = 60  # characters before a figure read for those words
FORECAST_REACH = 120  # characters before them read for the forecast word and its own figure


def names_an_example(text: str, at: int) -> bool:
    """Whether a figure names the size of an example the forecast is stated on (RE_EXAMPLE_OF_BEFORE),
    after the forecast verb's own figure: what the example is, no forecast ("their instalments will
    fall by zł 60 on an average loan of zł 300,000": "will" is the instalments', not the loan's)."""
    example = RE_EXAMPLE_OF_BEFORE.search(text, max(0, at - EXAMPLE_REACH), at)
    if example is None:
        return False
    head = text[max(0, example.start() - FORECAST_REACH) : example.start()]
    words = list(RE_FORECAST.finditer(head))
    return bool(words) and any(c.isdigit() for c in head[words[-1].end() :])


# what a chart of each standing holds, said in its title ("actual" is said by no title)
CHART_STANDING = {
    **STANDING_WORDS,
    "level": "levels held at a date, not sums over a period",
}


# README rule 6: a price, fare or fee is what one of a thing costs, never a cumulative total, whatever
# its clause says of the thing ("already draws 1.2 lakh visitors a year at a ticket price of Rs 50")
RE_PRICE_SUBJECT = re.compile(r"\b(?:prices?|fares?|fees?|tickets?|admission|tariffs?)\b", re.IGNORECASE)


def _with_standing(article: Article, rows: pd.DataFrame, levels: bool = False) -> pd.Series:
    """How each figure is stated (actual, forecast, cumulative), from its clause (each sentence's
    text and clause marks read once for all its figures); a figure that goes on with the clause
    before it (`goes_on`) is stated as that clause's. With `levels`, an actual amount whose subject
    names a level held at a date (LEVEL_WORDS) or that "stands at" it is a "level", apart from sums over a period; an
    actual amount whose clause goes on to "since <year>" is a cumulative total, and one whose clause
    goes on to a period still to come ("over the following two years") a forecast; a price (RE_PRICE_SUBJECT)
    is never a cumulative total."""
    result = []
    read: dict[int, tuple[str, list[tuple[int, int]]]] = {}
    subjects = rows["subject"] if "subject" in rows.columns else pd.Series([""] * len(rows), index=rows.index)
    for sentence, start, end, subject in zip(
        rows["sentence"], rows["start"], rows["end"], subjects, strict=True
    ):
        index = int(sentence)
        s_start, _ = article.sentences[index]
        if index not in read:
            text = article.sentence_text(index)
            read[index] = (text, clause_marks(text))
        text, marks = read[index]
        at, to = int(start) - s_start, int(end) - s_start
        kind = standing(text, at, to, marks)
        if kind == "forecast" and (
            names_a_kind(text[:at]) or is_tally(text, at, to) or names_an_example(text, at)
        ):
            kind = "actual"
        before = [m for m in marks if m[1] <= at]
        if kind == "actual" and before and goes_on(text[before[-1][1] : at]):
            earlier = (standing(text, m[0] - 1, m[0], marks) for m in reversed(before) if m[0])
            kind = next((k for k in earlier if k != "actual"), kind)
        if kind == "actual" and RE_FUTURE_AFTER.match(text[to:]):
            kind = "forecast"
        if kind == "actual" and RE_SINCE_YEAR_AFTER.match(text[to:]):
            kind = "cumulative"
        if kind == "cumulative" and isinstance(subject, str) and RE_PRICE_SUBJECT.search(subject):
            kind = "actual"  # a price is no running total ("already draws ... at a ticket price of Rs 50")
        held = RE_STANDS_AT.search(text[max(0, at - 30) : at])  # "pending bills stand at KSh 2.3 billion"
        if kind == "actual" and levels and (held or isinstance(subject, str) and LEVEL_WORDS.search(subject)):
            kind = "level"
        result.append(kind)
    return pd.Series(result, index=rows.index, dtype=object)


# Nouns and comparatives among the change words: after a phrase they may go on with it ("rate of
# GDP growth"); every other change word is a verb, which ends the phrase before it.
CHANGE_NOUNS = frozenset(
    "appreciation contraction depreciation devaluation escalation expansion growth increment "
    "reduction upsurge uplift uplifts up down upward upwards downward downwards higher lower fewer "
    "less more".split()
)
# the finite verbs that end a noun phrase: "loans of e-books rose", "the cost of repairs has"
PHRASE_ENDING_VERBS = frozenset(AUXILIARY_VERBS) | frozenset(
    word for word in CHANGE_WORDS if word not in CHANGE_NOUNS and not word.endswith("ing")
)


def runs_on(subject: object, sentence: str) -> bool:
    """Whether a subject stops inside a phrase of its sentence: it ends on a function word and
    one more word, and the sentence goes on with a word of the same phrase ("a bill for a
    typical" in "a bill for a typical family will rise", "in New" before "York"; not "arrivals
    from Tunisia" before "rose": a name ends there; not "loans of e-books" before "rose": a verb
    of change or an auxiliary ends the phrase)."""
    words = str(subject).split() if isinstance(subject, str) else []
    if len(words) < 2 or words[-2] not in FUNCTION_WORDS:
        return False
    pattern = r"\s+".join(re.escape(w) for w in words) + r"\s+([A-Za-z][A-Za-z'’-]*)"
    found = re.search(pattern, sentence, re.IGNORECASE)
    if not found:
        return False
    following = found.group(1)
    word = following.lower()
    if word in FUNCTION_WORDS or word in FORECAST_WORDS or word in PHRASE_ENDING_VERBS:
        return False
    return not (words[-1][:1].isupper() and following[:1].islower())


# a subject that joins two phrases across a gap, "revenue of and net profit" (of "expected revenue of
# DKK 31.0 billion and net profit of DKK 1.8 billion"): the figure's own phrase is the one after the gap
RE_GAPPED = re.compile(r"^.*?\b(?:of|for|in|on|at|by|from|to|with)\s+(?:and|or)\s+(\S.*)$", re.IGNORECASE)


def ungapped(subject: object) -> object:
    """A subject less a phrase cut before "and" ("revenue of and net profit" -> "net profit")."""
    gap = RE_GAPPED.match(subject) if isinstance(subject, str) else None
    return gap.group(1) if gap else subject


def trusted_subjects(rows: pd.DataFrame, article: Article, column: str = "subject") -> pd.Series:
    """Each figure's subject (or `column`; its own phrase where it joins two across a gap, see
    `ungapped`), or "" when it is cut short (see `runs_on`, `house.is_cut`): the label then falls
    back to the figure's quote."""
    subjects = [ungapped(subject) for subject in rows[column]]
    return pd.Series(
        [
            "" if is_cut(str(subject)) or runs_on(subject, article.sentence_text(int(sentence))) else subject
            for subject, sentence in zip(subjects, rows["sentence"], strict=True)
        ],
        index=rows.index,
        dtype=object,
    )


def bar_labels(
    rows: pd.DataFrame, said: list[str] | None = None, holders: list[str] | None = None
) -> list[str]:
    """Bar labels from subject (and measure); repeated labels told apart by the holder the
    sentence names (`holders`, see `holder_of`: "Progress Party seats"), else by the words of each
    figure's clause (`said`, see `clause_of`), else by their quotes."""
    measures = rows["measure"] if "measure" in rows.columns else [None] * len(rows)
    labels = [
        figure_label(subject, measure, quote)
        for subject, measure, quote in zip(rows["subject"], measures, rows["quote"], strict=True)
    ]
    labels = [RE_SUBJECT_UNIT_NOTE.sub("", label) for label in labels]  # the unit is the axis's to say
    repeated = {label for label in labels if labels.count(label) > 1}
    if holders:  # a label a holder tells apart names it; one that none tells apart still quotes its words
        unnamed = {label for who, label in zip(holders, labels, strict=True) if label in repeated and not who}
        labels = [
            f"{who} {label[0].lower()}{label[1:]}" if who and label in repeated else label
            for who, label in zip(holders, labels, strict=True)
        ]
        repeated = {label for label in labels if labels.count(label) > 1} | unnamed
    quotes = [str(q) for q in rows["quote"]]
    words = [w or q for w, q in zip(said, quotes, strict=True)] if said else quotes
    # the clause tells a label's bars apart only when each of them has its own
    plain = {
        label
        for label in repeated
        if len({w for w, lb in zip(words, labels, strict=True) if lb == label}) < labels.count(label)
    }
    return [
        (
            f"{label}: “{quote if label in plain else text}”"
            if label in repeated and label != capitalised(quote)
            else label
        )
        for label, quote, text in zip(labels, rows["quote"], words, strict=True)
    ]


CLAUSE_CHARACTERS = 60  # the most of a clause a bar label quotes
# who holds a figure, named right before the verb that gives it: "The centre-left Progress Party won
# 64", "the Greens, who took 21", "The Union Party fell to 52" (a name: capitalised words; the
# verbs: vocab.HOLDING_VERBS, a space between two words read as any space)
_HOLDING_VERBS = "|".join(
    sorted(
        (v.replace(" ", r"\s+") for v, uses in HOLDING_VERBS.items() if "holder" in uses),
        key=len,
        reverse=True,
    )
)
RE_HOLDER = re.compile(
    r"((?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*)(?:,\s+(?:who|which)(?:\s+\w+)?)?\s+"
    rf"(?:{_HOLDING_VERBS})\s+"
    r"(?:(?:about|around|nearly|roughly|some|almost|more\s+than|over|just)\s+)?$"
)
RE_LEADING_ARTICLE = re.compile(r"^(?:The|A|An)\s+")


def holder_of(article: Article, start: int) -> str:
    """The name of who holds a figure, from the words right before it in its sentence (see
    RE_HOLDER): "Progress Party" for "The centre-left Progress Party won 64"; else ""."""
    s_start, _ = article.sentences[article.sentence_of(start)]
    found = RE_HOLDER.search(article.body[max(s_start, start - 80) : start])
    return RE_LEADING_ARTICLE.sub("", found.group(1)) if found else ""


def clause_of(article: Article, start: int, end: int) -> str:
    """The words of the clause that holds a figure ("Medical staff treated 1,150 runners for heat
    exhaustion"), cut to CLAUSE_CHARACTERS: what tells apart two bars that share a label."""
    index = article.sentence_of(start)
    s_start, _ = article.sentences[index]
    text = article.sentence_text(index)
    at, to = start - s_start, end - s_start
    marks = clause_marks(text)
    left = max((m[1] for m in marks if m[1] <= at), default=0)
    right = min((m[0] for m in marks if m[0] >= to), default=len(text))
    clause = text[left:right].strip(' ,;:."“”')
    return textwrap.shorten(clause, CLAUSE_CHARACTERS, placeholder=" …") if clause else ""


# --- percent changes ----------------------------------------------------------------------------


# the time of an earlier level at the end of a metric ("Net sales a year earlier", "death toll
# Tuesday"): a change's label names what changed, not when its earlier level was
RE_TIME_TAIL = re.compile(
    r"\s+(?:a\s+year\s+(?:earlier|ago|before)|(?:the\s+)?(?:previous|last)\s+(?:year|quarter|month|week)"
    r"|yesterday|(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))$",
    re.IGNORECASE,
)
# a change said with no noun of its own ("…, up 6 per cent on last year", "an increase of 43 per
# cent"): what changed is a figure said before it in the sentence
RE_BARE_CHANGE = re.compile(
    r"^(?:(?:up|down)|an?\s+(?:increase|rise|gain|fall|drop|decline|decrease)\s+of)\s+"
    r"(?:(?:about|around|nearly|some|roughly|almost)\s+)?$",
    re.IGNORECASE,
)


def without_time(metric: object) -> str:
    """A change's metric less the time of its earlier level at its end ("Net sales a year
    earlier" -> "Net sales"); "" for no metric."""
    text = metric.strip() if isinstance(metric, str) else ""
    return RE_TIME_TAIL.sub("", text) if text else ""


def merged_repeats(changes: pd.DataFrame) -> pd.DataFrame:
    """Changes with a repeat merged into its first mention: the same percent and direction, and one
    metric the end of the other ("third-quarter operating profit" and "Operating profit" rose 38
    per cent): one change drawn once, its mentions counted and its sources all named."""
    keep: list[int] = []
    merged: dict[int, list[int]] = {}
    rows = changes.reset_index(drop=True)
    for i, row in rows.iterrows():
        metric = without_time(row["metric"]).lower()
        for j in keep:
            first = rows.loc[j]
            other = without_time(first["metric"]).lower()
            same = first["percent_change"] == row["percent_change"] and first["direction"] == row["direction"]
            if same and metric and other and (metric.endswith(other) or other.endswith(metric)):
                merged[j].append(i)
                break
        else:
            keep.append(i)
            merged[i] = []
    out = rows.loc[keep].copy()
    for j in keep:
        group = rows.loc[[j, *merged[j]]]
        if len(group) > 1:
            out.at[j, "mentions"] = int(group["mentions"].sum())
            out.at[j, "quotes"] = " | ".join(group["quotes"].astype(str))
            out.at[j, "starts"] = " | ".join(group["starts"].astype(str))
            names = [a.strip() for a in group["attribution"] if isinstance(a, str) and a.strip()]
            out.at[j, "attribution"] = " and ".join(dict.fromkeys(names)) or group["attribution"].iloc[0]
    return out.reset_index(drop=True)


def unsaid_changes(changes: pd.DataFrame, article: Article, figures: pd.DataFrame) -> pd.Series:
    """Why each change is left out of the change charts, or "": its words name nothing that changed
    (no metric, so neither what fell nor rose is known), or it is said with no noun of its own
    (RE_BARE_CHANGE) after figures of more than one thing in its sentence, so which one changed is
    not said."""
    amounts = figures[figures["kind"].isin(["count", "money"])]
    reasons = []
    for metric, quote, start, sentence in zip(
        changes["metric"], changes["quote"], changes["start"], changes["sentence"], strict=True
    ):
        s_start, _ = article.sentences[int(sentence)]
        text = article.body[s_start : int(start)]
        marks = clause_marks(text)
        lead = text[marks[-1][1] :] if marks else text
        before = amounts[(amounts["sentence"] == sentence) & (amounts["start"] < start)]
        things = {
            (str(subject).split() or [""])[0].lower() if isinstance(subject, str) else ""
            for subject in before["subject"]
        }
        if not without_time(metric):
            reasons.append(f"“{quote}”: the article's words name nothing that changed: not charted.")
        elif RE_BARE_CHANGE.match(lead.strip() + " ") and len(things) > 1:
            which = ", ".join(f"“{q}”" for q in before["quote"])
            reasons.append(f"“{quote}”: the article does not say which of {which} changed: not charted.")
        else:
            reasons.append("")
    return pd.Series(reasons, index=changes.index, dtype=object)


def contradicted_changes(changes: pd.DataFrame, article: Article, figures: pd.DataFrame) -> pd.Series:
    """Why each change is left out because the article's own levels contradict it (a `disagrees`
    finding of `checks.percent_against_values` or `checks.change_against_shares` for its quote), or
    "": a chart never draws as stated a change the article's before and after values do not give."""
    found = {
        int(str(f["starts"]).split(" | ")[0]): f
        for f in [*percent_against_values(article, figures), *change_against_shares(article, figures)]
        if f["status"] == "disagrees"
    }
    reasons = []
    for quote, start in zip(changes["quote"], changes["start"], strict=True):
        f = found.get(int(start))
        levels = " and ".join(f"“{q}”" for q in str(f["quotes"]).split(" | ")[1:]) if f else ""
        reasons.append(
            f"“{quote}” is not what the article's own levels give: {levels} make a change of "
            f"{str(f['computed']).removeprefix('computed change = ')} (see the consistency findings), "
            "so it is not charted as stated."
            if f
            else ""
        )
    return pd.Series(reasons, index=changes.index, dtype=object)


# A rate whose level a percent is, not a change of anything by that percent: "inflation slowed to
# 8.9 per cent", "its target band of 8 per cent", "raised its growth forecast to 5.8 per cent"
RE_RATE_LEVEL = re.compile(
    r"\b(?:inflation|unemployment|joblessness|(?:interest|jobless|policy|bank|base|lending|repo|deposit|"
    r"mortgage|growth|savings|tax|vacancy|participation|exchange)\s+rates?|yields?|targets?|objectives?|"
    r"forecasts?|projections?|outlook|guidance)\b",
    re.IGNORECASE,
)
# a percent stated as the level a rate moved to or from ("slowed to 8.9 per cent in October from 9.4
# per cent"): the words right before it; not "up to" (a bound), "compared to", "relative to"
RE_LEVEL_END = re.compile(
    r"(?:(?<!\bup\s)(?<!\bcompared\s)(?<!\brelative\s)(?<!\bequal\s)(?<!\bclose\s)\b(?P<to>to)|\b(?P<from>from))\s+"
    r"(?:(?:about|around|nearly|some|roughly|almost|just|over|under)\s+)?$",
    re.IGNORECASE,
)


def rate_levels(changes: pd.DataFrame, article: Article) -> pd.Series:
    """Why each percent is a level, not a change, or "": the article states it as where something
    moved to or from (RE_LEVEL_END: one rate at two times is two levels, never two changes), or
    its metric names a rate, target or forecast (RE_RATE_LEVEL: "inflation target" 8 per cent is
    where inflation should be, not a rise of 8 per cent)."""
    reasons = []
    for metric, quote, start, sentence in zip(
        changes["metric"], changes["quote"], changes["start"], changes["sentence"], strict=True
    ):
        s_start, _ = article.sentences[int(sentence)]
        end = RE_LEVEL_END.search(article.body[s_start : int(start)])
        name = without_time(metric) or "it"
        if end:
            word = "to" if end.group("to") else "from"
            reasons.append(
                f"“{quote}” is the level {name} moved {word} (“{word} {quote}”), not a change by that "
                "percent: a rate at two times is two levels, not two changes; not charted as a change."
            )
        elif isinstance(metric, str) and RE_RATE_LEVEL.search(metric):
            reasons.append(
                f"“{quote}” is a level of a rate, target or forecast ({name}), not a change of anything by "
                "that percent: not charted as a change."
            )
        else:
            reasons.append("")
    return pd.Series(reasons, index=changes.index, dtype=object)


# a percent set against a reference level, no change over time: "a 10.3 per cent premium to the top of
# the range", "a discount of 5 per cent to Friday's close" (the words: vocab.PRICE_GAP_WORDS)
_GAP = grouped_alternation(PRICE_GAP_WORDS, ignore_case=True)
RE_GAP_AFTER = re.compile(rf"^(?:\s+[\w-]+)?\s+({_GAP})\b", re.IGNORECASE)
RE_GAP_BEFORE = re.compile(rf"\b({_GAP})\s+of\s+(?:about\s+|some\s+|nearly\s+|almost\s+)?$", re.IGNORECASE)


def gap_comparisons(changes: pd.DataFrame, article: Article) -> pd.Series:
    """Why each percent is a gap to a reference level (a premium, a discount), not a change over time,
    or "": it has no earlier level, so it is never drawn among changes as "times the earlier level"."""
    reasons = []
    for quote, start, end in zip(changes["quote"], changes["start"], changes["end"], strict=True):
        before = article.body[max(0, int(start) - 40) : int(start)]
        found = RE_GAP_AFTER.match(article.body[int(end) : int(end) + 30]) or RE_GAP_BEFORE.search(before)
        reasons.append(
            f"“{quote}” is a {found.group(1).lower()} against another level, no change over time: not charted "
            "among changes."
            if found
            else ""
        )
    return pd.Series(reasons, index=changes.index, dtype=object)


# a period said at the end of a change's metric ("Electricity prices over the summer")
RE_METRIC_PERIOD = re.compile(
    r"\s+((?:(?:over|during|in|for|throughout)\s+(?:the\s+)?(?:past\s+|last\s+|first\s+|second\s+)?"
    r"|(?:this|last)\s+)(?:summer|winter|spring|autumn|year|quarter|half|month|week|day|session|decade))$",
    re.IGNORECASE,
)
RE_PERIOD_HEAD = re.compile(r"^(?:(?:in|during|over|for|throughout)\s+)?(?:the\s+)?", re.IGNORECASE)
CARRIED = " (stated in an earlier sentence)"  # said of a period the engine carried from a lead
PASSAGE_SENTENCES = 2  # changes with no period, each at most this many sentences after the one before


# a period that dates the starting level of "from A in 2022 to B this year", not the change: the
# change runs from it to the later level's time, if said
# a level's number with its spaced scale word, if any (vocab.SCALE_WORDS): "from 4.2 million"
LEVEL = rf"[^\s,;]+(?:\s+(?:{grouped_alternation(SCALE_WORDS)})\b)?"
RE_FROM_LEVEL_BEFORE = re.compile(rf"\bfrom\s+{LEVEL}\s+$", re.IGNORECASE)
RE_FROM_LEVEL_HEAD = re.compile(rf"^from\s+{LEVEL}\s+(?=in\s)", re.IGNORECASE)
RE_TO_LEVEL_AFTER = re.compile(
    rf"^\s+to\s+{LEVEL}"
    r"(?:\s+(?P<later>(?:this|last)\s+(?:year|month|quarter)|in\s+(?:1[89]|20)\d\d\b|now))?",
    re.IGNORECASE,
)


# a period that opens on the metric's words before its own: "in revenue for 2025" (of "a 9 per cent
# rise in revenue for 2025") is the period "for 2025"
# (none of the metric's words a period's own: an article or "to", one unit of time or a part of a year
# (vocab.DURATION_UNITS in the singular, FRACTION_WORDS; a plural, "hours", "nights", may be what is
# measured), an ordinal (ORDINAL_WORDS) or a relative word (RELATIVE_PERIOD_WORDS))
PERIOD_OPENERS = grouped_alternation(
    {"the", "a", "an", "to", *(unit for unit in DURATION_UNITS if not unit.endswith("s"))}
    | {*FRACTION_WORDS, *ORDINAL_WORDS, *RELATIVE_PERIOD_WORDS},
    ignore_case=True,
)
RE_METRIC_BEFORE_PERIOD = re.compile(
    rf"^(?:in|of)\s+(?:(?!(?:{PERIOD_OPENERS})\b)[^\W\d_][\w'’-]*\s+){{1,3}}((?:in|for|during|over|throughout)\s+\S.*)$",
    re.IGNORECASE,
)


def own_period(period: object) -> object:
    """A period less the metric's words it opens on ("in revenue for 2025" -> "for 2025")."""
    found = RE_METRIC_BEFORE_PERIOD.match(period) if isinstance(period, str) else None
    return found.group(1) if found else period


def starting_period(period: object, at: object, article: Article) -> str | None:
    """The period of a change whose stated period dates its starting level ("rose from £8.00 in 2022
    to £12.00 this year": “2022 to … this year”; "not stated" when the later level has no time), or
    None when its period is its own."""
    if not is_stated(period) or pd.isna(at):
        return None
    start, text = int(at), str(period)
    if article.body[start : start + len(text)] != text:
        return None
    level = RE_FROM_LEVEL_HEAD.match(text)  # a period that holds the level: "from R14 in 2023"
    when = start + (level.end() if level else 0)
    if not RE_FROM_LEVEL_BEFORE.search(article.body[max(0, when - 40) : when]):
        return None
    end = start + len(text)
    to = RE_TO_LEVEL_AFTER.match(article.body[end : end + 60])
    if not to:
        return None
    if not to.group("later"):
        return "not stated"
    return f"{RE_PERIOD_HEAD.sub('', article.body[when:end])} to … {to.group('later')}"


def change_periods(changes: pd.DataFrame, article: Article) -> pd.DataFrame:
    """Changes with each one's period as a chart states it: a period at the end of the metric's
    words moves to the period ("Electricity prices over the summer"), unless the sentence measures
    the change against it ("up from 87 in the second quarter"); a period of a starting level runs to
    the later level's time (`starting_period`); a period never opens on the metric's words
    (`own_period`); `carried` marks a period stated in an earlier
    sentence (a lead's), which a bar says."""
    rows = changes.copy()
    carried = []
    for i in rows.index:
        metric, period, at = rows.at[i, "metric"], rows.at[i, "period"], rows.at[i, "period_start"]
        found = RE_METRIC_PERIOD.search(metric) if isinstance(metric, str) else None
        if found:
            start = int(rows.at[i, "start"])
            before = article.body[
                max(article.sentences[int(rows.at[i, "sentence"])][0], start - OWN_REACH) : start
            ]
            found = None if base_period_before(before, found.group(1)) else found
        if not is_stated(period) and found:
            rows.at[i, "metric"], rows.at[i, "period"] = metric[: found.start()], found.group(1)
        if (spanned := starting_period(period, at, article)) is not None:
            rows.at[i, "period"] = spanned
        rows.at[i, "period"] = own_period(rows.at[i, "period"])
        own = (
            not is_stated(period)
            or pd.isna(at)
            or article.sentence_of(int(at)) == int(rows.at[i, "sentence"])
        )
        carried.append(not own)
    return rows.assign(carried=carried)


def period_groups(changes: pd.DataFrame) -> list[tuple[str, pd.DataFrame]]:
    """The changes that may share an axis, in the article's order: the same stated period (its
    words less a leading "in", "over", "the"), or, with none stated, said in one passage (each at
    most PASSAGE_SENTENCES sentences after the one before); each group with its period's words
    ("" for a passage). A change over another or an unknown period compares with none of them."""
    groups: dict[str, list[object]] = {}
    words: dict[str, str] = {}
    last: int | None = None
    passage = 0
    order = sorted(zip(changes["sentence"], changes["start"], changes.index, changes["period"], strict=True))
    for sentence, _, index, period in order:
        if is_stated(period):
            key = "period:" + RE_PERIOD_HEAD.sub("", str(period).strip().lower())
            words.setdefault(key, str(period).strip())
        else:
            if last is None or int(sentence) - last > PASSAGE_SENTENCES:
                passage += 1
            last = int(sentence)
            key = f"passage:{passage}"
            words[key] = ""
        groups.setdefault(key, []).append(index)
    return [(words[key], changes.loc[indices]) for key, indices in groups.items()]


# why a change chart's bars share an axis, said in its subtitle
TOGETHER_PERIOD = "Drawn together: changes the article states for one period (rates' levels left out)."
TOGETHER_PASSAGE = "Drawn together: changes the article states in one passage, none naming its period (rates' levels left out)."


# a percent said against a base year right after it ("7.1 per cent below 2005 levels", "12 per cent
# above 2019"): a change against that base, whatever period its sentence's other figures have
RE_BASE_AFTER = re.compile(
    r"^\s+(?:below|above|under|over)\s+(?:the\s+)?(?:1[89]|20)\d\d(?:\s+(?:levels?|figures?|average))?\b",
    re.IGNORECASE,
)


def base_after(article: Article, start: int, quote: str) -> str:
    """The base year a change is said against right after its quote ("below 2005 levels"), or ""."""
    end = start + len(quote)
    found = RE_BASE_AFTER.match(article.body[end : end + 40]) if article.body[start:end] == quote else None
    return " ".join(found.group().split()) if found else ""


def lone_change_note(period: str, quote: str, suffix: str, base: str = "") -> str:
    """The note for a change no other change shares an axis with (see `period_groups`); one said
    against a base year (`base_after`) names that base, never its sentence's period."""
    if base:
        return (
            f"One percent change{suffix}, “{quote} {base}”, against a base year: no other change against that "
            "base to set it against; said in a sentence, not charted."
        )
    if period:
        return (
            f"One percent change{suffix} for “{period}”, “{quote}”: no other change of that period to set "
            "it against (changes of other periods share no axis); said in a sentence, not charted."
        )
    return (
        f"One percent change{suffix}, “{quote}”, with no period stated and no other change in its passage: "
        "changes over unknown periods share no axis; said in a sentence, not charted."
    )


def plain_labels(changes: pd.DataFrame, metrics: pd.Series) -> list[str]:
    """Change bars' labels from what changed, else their quotes (`figure_label`)."""
    return [figure_label(m, None, q) for m, q in zip(metrics, changes["quote"], strict=True)]


def told_apart(changes: pd.DataFrame, article: Article, metrics: pd.Series) -> list[str]:
    """Change bars' labels (`plain_labels`), bars that share one told apart as amount bars are
    (`bar_labels`: by the holder named, else each one's clause, else its quote): two bars of one chart
    never say the same ("Sales: “sales rose 8 per cent in the southern stores”")."""
    labels = plain_labels(changes, metrics)
    if len(set(labels)) == len(labels):
        return labels
    rows = pd.DataFrame({"subject": labels, "quote": list(changes["quote"])})
    spans = list(zip(changes["start"].astype(int), changes["end"].astype(int), strict=True))
    said = [clause_of(article, start, end) for start, end in spans]
    return bar_labels(rows, said, [holder_of(article, start) for start, _ in spans])


def change_chart(
    changes: pd.DataFrame,
    article: Article,
    title: str = "How much did it change?",
    slug: str = "percent-changes",
    what: str = "measures",
    context: pd.DataFrame | None = None,
    together: str = "",
) -> Chart:
    """Earlier level = 100 against the later level for each stated percent change, multipliers
    annotated; the period (a `carried` one said so), the baseline, whose claim it is and why the
    changes are drawn together (`together`) said in the subtitle."""
    if changes.empty:
        raise ValueError(f"{article.id}: no percent changes to chart")
    left_out = max(len(changes) - MAX_BARS, 0)
    changes = changes.head(MAX_BARS)
    carried = changes["carried"] if "carried" in changes.columns else pd.Series([False] * len(changes))
    shown = [as_stated(p) + (CARRIED if c else "") for p, c in zip(changes["period"], carried, strict=True)]
    periods = list(dict.fromkeys(shown))
    baselines = list(dict.fromkeys(changes["baseline"]))
    period_note = (
        f"Period: {periods[0]}."
        if len(periods) == 1
        else "Periods as the article states them, per bar (a bar without one has none stated)."
    )
    baseline_note = (
        f"Baseline: {as_stated(baselines[0])}."
        if len(baselines) == 1
        else "Baselines as the article states them, per bar (a bar without one has none stated)."
    )
    if left_out:
        baseline_note += f" The last {left_out} changes are left out of the chart (all are in the table)."
    claim = " ".join(
        t
        for t in (claim_note(list(changes["attribution"])), context_note(context, list(changes["quote"])))
        if t
    )
    source = source_line(article)
    subtitle = " ".join(
        t for t in ("Index, earlier level = 100.", together, period_note, baseline_note, claim) if t
    )
    notes = []
    for row, period in zip(changes.itertuples(), shown, strict=True):
        note = wrapped(multiplier_text(row.percent_change, row.direction, row.multiplier), 30)
        if len(periods) > 1 and is_stated(row.period):
            note += "\n" + wrapped(f"period: {period}", 30)
        if len(baselines) > 1 and is_stated(row.baseline):
            note += "\n" + wrapped(f"baseline: {as_stated(row.baseline)}", 30)
        notes.append(note)
    lines = max(note.count("\n") + 1 for note in notes)
    # a row holds its note beside the later bar, clear of the "100" beside the earlier bar
    row_inches = (lines * NOTE_LINE / 2 + 0.1) / 0.36
    size = height_for(2 * len(changes))
    size = (size[0], max(size[1], 2.8 + row_inches * len(changes)))
    fig, ax = house_figure(title, subtitle, source, size=size, right=0.64)
    metrics = trusted_subjects(changes, article, "metric").map(without_time)
    mentions = changes["mentions"] if "mentions" in changes.columns else pd.Series([1] * len(changes))
    named = told_apart(changes, article, metrics)
    labels = [label + _mentions(int(n)) for label, n in zip(named, mentions, strict=True)]
    with mpl.rc_context(fname=str(STYLE)):
        rows = range(len(labels))
        height = 0.36
        earlier = ax.barh(
            [r - height / 2 for r in rows],
            changes["index_before"],
            height=height,
            color=COLOURS["earlier"],
            label="earlier level (= 100)",
        )
        later = ax.barh(
            [r + height / 2 for r in rows],
            changes["index_after"],
            height=height,
            color=COLOURS["later"],
            label="later level",
        )
        ax.set_yticks(list(rows), [wrapped(label, 28) for label in labels])
        ax.invert_yaxis()
        top = max(changes["index_after"].max(), 100)
        limit = value_axis(ax, top, "Index (earlier level = 100)")
        for r, row, note in zip(rows, changes.itertuples(), notes, strict=True):
            ax.text(
                max(row.index_after, row.index_before) + limit * 0.015,
                r + height / 2,
                note,
                va="center",
                fontsize=8.5,
                color=COLOURS["text"],
            )
            ax.text(
                row.index_before + limit * 0.015,
                r - height / 2,
                "100",
                va="center",
                fontsize=8.5,
                color=COLOURS["muted"],
            )
        ax.legend(handles=[earlier, later], loc="lower left", bbox_to_anchor=(0, 1.0), ncol=2, fontsize=8.5)
    data = changes[list(CHANGE_CHART_COLUMNS)].copy()
    for column in ("multiplier", "index_after"):  # 100 * 0.969 is 96.89999999999999 in binary
        data[column] = data[column].astype(float).round(DECIMALS)
    parts = [
        f"{label if label != first else without_time(row.metric) or row.quote}"
        f"{_mentions(int(getattr(row, 'mentions', 1)))} "
        f"{'rose' if row.direction != 'decrease' else 'fell'} "
        f"{format_number(row.percent_change)} per cent, "
        f"from an index of 100 to {human_number(round(row.index_after, 4))} "
        f"({format_number(round(row.multiplier, 4))} times the earlier level)"
        + (f", period: {period}" if len(periods) > 1 else "")
        + (f", baseline: {as_stated(row.baseline)}" if len(baselines) > 1 else "")
        for row, period, label, first in zip(
            changes.itertuples(), shown, named, plain_labels(changes, metrics), strict=True
        )
    ]
    alt = (
        f"Bar chart of {len(parts)} {what} as an index where the earlier level is 100: "
        + "; ".join(parts)
        + ". "
        + " ".join(t for t in (together, period_note, baseline_note, claim, source) if t)
    )
    return traced(Chart(f"{article.id}--{slug}", fig, alt, data, source), article)


def attack_chart(
    attacks: pd.DataFrame, article: Article, context: pd.DataFrame | None = None
) -> Chart | NoChart:
    """The change chart of the attack metrics; `context` (other sources) may say whose claim they
    are; for an article that states no rise or fall in attacks, a sentence saying so."""
    if attacks.empty:
        return NoChart(
            f"{article.id}--attack-increases",
            f"No attack increases: {article.id} states no percent change in attacks, so there is no attack "
            "chart. Its report charts the figures it does state.",
        )
    return change_chart(
        attacks, article, "How much did attacks rise?", "attack-increases", "attack measures", context
    )


# --- amounts: money and counts ------------------------------------------------------------------


def numeric_rows(rows: pd.DataFrame) -> pd.DataFrame:
    """The rows whose value is one number (never a range, a text or a boolean): the ones a chart may draw."""
    keep = rows["value"].map(lambda v: isinstance(v, (int, float)) and not isinstance(v, bool)).astype(bool)
    return rows[keep]


def distinct_amounts(rows: pd.DataFrame) -> pd.DataFrame:
    """Numeric figures, one per value (a repeated amount is one amount): the first mention with a
    subject is kept."""
    numeric = numeric_rows(rows)
    named = numeric["subject"].map(lambda s: isinstance(s, str) and bool(s.strip()))
    ordered = numeric.assign(_v=numeric["value"].astype(float), _unnamed=~named.astype(bool))
    ordered = ordered.sort_values(["_unnamed", "start"], kind="stable").drop_duplicates("_v")
    return ordered.sort_values("start", kind="stable").drop(columns="_unnamed")


RE_WRITTEN_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
# the word a forecast chart's bar says its figure is, by the forecast word of its sentence before it
EXPECTED_AS = (
    (
        re.compile(r"^(?:expect|forecast|predict|project|anticipat|outlook|guidance)", re.IGNORECASE),
        "expected",
    ),
    (re.compile(r"^(?:appeal|seek|sought)", re.IGNORECASE), "sought"),
    (re.compile(r"^(?:pledge|offer|promise)", re.IGNORECASE), "pledged"),
)


def as_written(text: str, quote: object) -> str:
    """A drawn value with the digits the article writes it with: "31.0 billion DKK" for "DKK 31.0
    billion", where the drawn number is the quote's number less its trailing zeros."""
    said, drawn = RE_WRITTEN_NUMBER.search(str(quote)), RE_WRITTEN_NUMBER.search(text)
    if not said or not drawn or len(said.group(0)) <= len(drawn.group(0)):
        return text
    if float(said.group(0).replace(",", "")) != float(drawn.group(0).replace(",", "")):
        return text
    return text[: drawn.start()] + said.group(0) + text[drawn.end() :]


# README rule 2, the digits and scale words the article writes: amounts it writes in the Indian
# numbering scale ("₹6.8 crore", "Rs 25 lakh", "₹1,200cr", "₹18.5L") are drawn in it, the words and their
# values from the engine's one table of scale words (CLDR's en_IN, through Babel, names the same
# words, but writes "1200 crore" without the article's separator)
INDIAN_SCALE = tuple((SCALE_WORDS[word], word) for word in ("lakh crore", "crore", "lakh"))
INDIAN_SCALE_SIGNS = frozenset(
    word
    for word, value in {**SCALE_WORDS, **SCALE_ABBREVIATIONS_MONEY_ONLY}.items()
    if value in (SCALE_WORDS["lakh"], SCALE_WORDS["crore"]) and " " not in word
)
RE_SCALE_SIGN = re.compile(r"\d[\d,.]*\s*([^\W\d_]+)")


def in_indian_scale(quote: object) -> bool:
    """Whether an amount is written with a scale word of the Indian numbering ("Rs 25 lakh", "₹380 cr")."""
    said = RE_SCALE_SIGN.search(str(quote))
    return bool(said) and said.group(1) in INDIAN_SCALE_SIGNS


def indian_scale_of(largest: float) -> tuple[float, str]:
    """The divisor and word of the Indian scale for numbers of this size: (1e7, "crore") for 68,000,000."""
    return next(((float(v), w) for v, w in INDIAN_SCALE if abs(largest) >= v), (1.0, ""))


def indian_money_text(amount: float, currency: str) -> str:
    """An amount in the Indian scale as the article writes it: "₹6.8 crore", "₹25 lakh", "₹800"."""
    divisor, word = indian_scale_of(amount)
    if not word:
        return money_text(amount, currency)
    symbol = display_symbol(currency)
    number = plain_number(amount / divisor)
    return f"{symbol}{number} {word}" if symbol else f"{number} {word} {currency}"


def standing_said(label: str, how: str) -> bool:
    """Whether a bar's label already says its figure's standing `how` ("EU pledged", "Fund pledge"
    for "pledged"): its bar is not labelled with it twice."""
    patterns = [pattern for pattern, said in EXPECTED_AS if said == how]
    return any(pattern.match(word) for pattern in patterns for word in re.findall(r"[\w'’-]+", label))


def with_standing_words(label: str, said: str) -> str:
    """A forecast bar's label with whose expectation or plan it is (`said`, see `expected_by`),
    never repeating a standing its label says: "EU pledged", "Fund pledge (by the board)"."""
    how, _, who = said.partition(" by ")
    if not standing_said(label, how):
        return f"{label} ({said})"
    return f"{label} (by {who})" if who else label


# the span of time a sum is said over, right after it: "€250 million over two years", "$4bn across
# the next decade", "£80m between 2025 and 2028" (never a rate: "a year" is `per_period`'s)
_SPAN_COUNT = grouped_alternation([*UNIT_WORDS, *TENS_WORDS], ignore_case=True)
_SPAN_UNIT = grouped_alternation([u for u in DURATION_UNITS if len(u) > 3], ignore_case=True)
_YEAR = r"(?:1[89]|20)\d\d"
RE_SUM_SPAN = re.compile(
    rf"^\s*,?\s*((?:over|across|spread\s+over|during|within)\s+(?:the\s+)?"
    rf"(?:(?:next|coming|following|past|last|first)\s+)?(?:(?:\d+|{_SPAN_COUNT})\s+)?(?:{_SPAN_UNIT})\b"
    rf"|between\s+{_YEAR}\s+and\s+{_YEAR}\b|from\s+{_YEAR}\s+(?:to|until|through)\s+{_YEAR}\b)",
    re.IGNORECASE,
)


def with_sum_spans(labels: list[str], shown: pd.DataFrame, article: Article) -> list[str]:
    """Labels of bars whose sum the article says is over a span of time, with that span: "EU pledged,
    over two years" (its bar and alt text never drop the period the sum is paid over)."""
    spans = []
    for end, sentence in zip(shown["end"], shown["sentence"], strict=True):
        after = article.body[int(end) : min(int(end) + 60, article.sentences[int(sentence)][1])]
        found = RE_SUM_SPAN.match(after)
        spans.append(" ".join(found.group(1).split()) if found else "")
    return [f"{label}, {span}" if span else label for label, span in zip(labels, spans, strict=True)]


def whole_subjects(shown: pd.DataFrame, subjects: list[str], article: Article) -> list[str]:
    """Subjects of wholes whose part the article names right after them, where the subject is the
    part's words (said again after the whole: "Spending on the academy and the women's team reached
    €6.3 million, of which €2.1 million went to the women's team"): the whole's own words before its
    verb ("Spending on the academy and the women's team"), never its part's."""
    found = []
    for subject, row in zip(subjects, shown.to_dict("records"), strict=True):
        start, end = int(row["start"]), int(row["end"])
        s_start, s_end = article.sentences[int(row["sentence"])]
        before, after = article.body[max(s_start, start - 120) : start], article.body[end:s_end]
        own = re.split(r"[,;:]\s", before)[-1]
        words = RE_VERB_TAIL.sub("", own).strip()
        taken = (
            isinstance(subject, str)
            and RE_PART_FOLLOWS.match(after)
            and " ".join(subject.lower().split()[-2:]) in after.lower()
            and words
            and words != own.strip()
        )
        found.append(capitalised(words) if taken else subject)
    return found


def expected_by(article: Article, row: dict[str, object]) -> str:
    """Whose forecast, expectation or plan a figure is, from the last forecast word of its sentence
    before it and its attribution: "expected by analysts", "planned by the ministry", "expected"."""
    s_start, _ = article.sentences[int(row["sentence"])]
    words = RE_FORECAST.findall(article.body[s_start : int(row["start"])])
    word = words[-1] if words else ""
    how = next(
        (said for pattern, said in EXPECTED_AS if pattern.match(word)), "planned" if word else "expected"
    )
    who = row.get("attribution")
    return f"{how} by {who}" if isinstance(who, str) and who.strip() else how


def amounts_chart(
    rows: pd.DataFrame,
    article: Article,
    title: str,
    subtitle: str,
    slug: str,
    unit_label: str,
    describe: str,
    currency: str | None = None,
    context: pd.DataFrame | None = None,
    kind: str = "actual",
) -> Chart:
    """One bar per distinct stated figure (largest first, at most MAX_BARS), labelled with its
    subject and its value as the article writes it ("31.0", not "31"); whose claim they are (and
    what another source says of it, from `context`) said in the subtitle, and on each bar of a
    forecast chart whose expectation or plan it is (`expected_by`)."""
    distinct = distinct_amounts(rows)
    if len(distinct) < 2:
        raise ValueError(f"{article.id}: fewer than two comparable values for {slug}")
    ranked = distinct.sort_values(["_v", "start"], ascending=[False, True], kind="stable")
    shown = ranked.head(MAX_BARS).reset_index(drop=True)
    left_out = len(ranked) - len(shown)
    values = shown["_v"]
    indian = currency is not None and any(in_indian_scale(q) for q in shown["quote"])
    divisor, word = indian_scale_of(values.max()) if indian else scale_of(values.max())
    scale_name = word if indian else f"{word}s"  # "INR, crore", "USD, millions"
    if left_out:
        subtitle += f" The {left_out} smallest are left out of the chart (all are in the table)."
    said = [clause_of(article, int(a), int(b)) for a, b in zip(shown["start"], shown["end"], strict=True)]
    holders = [holder_of(article, int(a)) for a in shown["start"]]
    subjects = [
        f"Votes {TALLY_SIDES[side]}" if side else subject
        for subject, side in zip(trusted_subjects(shown, article), tally_sides(shown, article), strict=True)
    ]
    subjects = whole_subjects(shown, subjects, article)
    labels = with_past_times(bar_labels(shown.assign(subject=subjects), said, holders), shown, article)
    if kind == "forecast":
        labels = [
            with_standing_words(label, expected_by(article, row))
            for label, row in zip(labels, shown.to_dict("records"), strict=True)
        ]
    labels = with_sum_spans(labels, shown, article)
    unnamed = [
        str(q)
        for q, label, who in zip(shown["quote"], labels, holders, strict=True)
        if not who and ": “" in label
    ]
    if unnamed and any(holders):
        subtitle += (
            " The article names no holder for "
            + ", ".join(f"“{q}”" for q in unnamed)
            + ": "
            + ("its label quotes" if len(unnamed) == 1 else "their labels quote")
            + " the article's words."
        )
    claim = " ".join(
        t for t in (claim_note(list(shown["attribution"])), context_note(context, list(shown["quote"]))) if t
    )
    source = source_line(article)
    # what the aid table says of a sum to a recipient, beside its bar (`with_recipients`)
    lines = list(shown["_lines"]) if "_lines" in shown.columns else [[] for _ in range(len(shown))]
    rows_tall = sum(max(1.0, (1 + len(said)) * NOTE_LINE / 0.55 + 0.2) for said in lines)
    fig, ax = house_figure(
        title, f"{subtitle} {claim}", source, size=height_for(round(rows_tall, 2)), left=0.34, right=0.86
    )
    texts = [
        qualified(
            article,
            row,
            as_written(
                (indian_money_text if indian else money_text)(v, currency) if currency else human_number(v),
                row["quote"],
            ),
            currency,
        )
        for row, v in zip(shown.to_dict("records"), values, strict=True)
    ]
    with mpl.rc_context(fname=str(STYLE)):
        ax.barh(range(len(shown)), values / divisor, height=0.6, color=COLOURS["money"])
        ax.set_yticks(range(len(shown)), [wrapped(label, 36) for label in labels])
        ax.invert_yaxis()
        limit = value_axis(ax, values.max() / divisor, f"{unit_label}, {scale_name}" if word else unit_label)
        for i, (value, text, said) in enumerate(zip(values, texts, lines, strict=True)):
            beside = "\n".join([text, *(wrapped(line, 34) for line in said)])
            ax.text(
                value / divisor + limit * 0.012, i, beside, va="center", fontsize=8.5, color=COLOURS["text"]
            )
    data = shown[["quote", "value", "unit", "kind", "subject", "start", "end"]].copy()
    data.insert(2, f"drawn_in_{scale_name.replace(' ', '_')}" if word else "drawn_in_units", values / divisor)
    alt = (
        f"Bar chart of {len(shown)} {describe}: "
        + "; ".join(
            ", ".join([label, "; ".join([text, *said])])
            for label, text, said in zip(labels, texts, lines, strict=True)
        )
        + (f"; {left_out} smaller ones not drawn" if left_out else "")
        + f". {claim} {source}"
    )
    plain = [  # the purpose and period drawn beside a bar, unquoted, as the aid chart traces them
        ("note", words, int(start))
        for said, start in zip(lines, shown["start"], strict=True)
        for line in said
        if is_stated(words := line.partition(": ")[2])
    ]
    return traced(Chart(f"{article.id}--{slug}", fig, alt, data, source), article, plain)


# a vote's tally, "passed by 29 votes to 14": the first number is the votes for, the second against
TALLY_SIDES = {"for": "in favour", "against": "opposed"}  # a label never ends on "for" or "against"
RE_TALLY_FOR_BEFORE = re.compile(r"\bby\s+$", re.IGNORECASE)
RE_TALLY_FOR_AFTER = re.compile(r"^(?:\s+votes?)?\s+to\s+[\d,]+\b", re.IGNORECASE)
RE_TALLY_AGAINST_BEFORE = re.compile(r"\bby\s+[\d,]+(?:\s+votes?)?\s+to\s+$", re.IGNORECASE)


def tally_sides(rows: pd.DataFrame, article: Article) -> list[str]:
    """Each figure's side of a vote's tally ("by 29 votes to 14": "for" 29, "against" 14), or ""."""
    sides = []
    for start, end in zip(rows["start"], rows["end"], strict=True):
        before = article.body[max(0, int(start) - 40) : int(start)]
        after = article.body[int(end) : int(end) + 30]
        if RE_TALLY_AGAINST_BEFORE.search(before):
            sides.append("against")
        elif RE_TALLY_FOR_BEFORE.search(before) and RE_TALLY_FOR_AFTER.match(after):
            sides.append("for")
        else:
            sides.append("")
    return sides


# the word that makes a figure approximate, right before it: "more than £3.4 million", "about 40";
# a bound said with a negation (vocab.NEGATED_BOUNDS) read whole, as the bound it says ("not less
# than Sh20 million" is "at least Sh20 million", never "less than")
QUALIFIER_WORDS = (*PLAIN_BOUNDS, *ROUGH_COUNT_WORDS, *NEAR_WORDS)
RE_QUALIFIER_BEFORE = re.compile(rf"\b({grouped_alternation(QUALIFIER_WORDS, True)})\s+$", re.IGNORECASE)
# the sign heading a quote, with the space the article puts after it: "R2.49 trillion", "KSh 14.2 billion"
RE_SIGN_HEAD = re.compile(r"^([^\d\s]{1,5}\s?)\d")


def qualified(article: Article, row: dict[str, object], text: str, currency: str | None) -> str:
    """A bar's value text as the article writes it: with the article's own sign for a currency
    CLDR gives none in English ("R2.49 trillion", not "2.49 trillion ZAR"), and with the word that
    makes it approximate ("more than £3.4M")."""
    quote = str(row["quote"])
    sign = RE_SIGN_HEAD.match(quote)
    if currency and sign and text.endswith(f" {currency}") and is_sign_of(sign.group(1).rstrip(), currency):
        text = sign.group(1) + text[: -len(currency) - 1]
    said = RE_QUALIFIER_BEFORE.search(article.body[max(0, int(row["start"]) - 20) : int(row["start"])])
    if row.get("approx") is True and said:
        word = said.group(1).lower()
        text = f"{NEGATED_BOUNDS.get(word, word)} {text}"
    return text


def standing_suffix(kind: str, band: int = 0) -> tuple[str, str]:
    """(slug suffix, title suffix) for a group of figures of one standing and scale band (0 for
    the band of the largest amounts)."""
    slug, words = ("", []) if kind == "actual" else (f"-{kind}", [CHART_STANDING[kind]])
    if band:
        slug += f"-scale{band + 1}"
        words.append("smaller amounts, charted apart")
    return slug, f" ({'; '.join(words)})" if words else ""


PERIOD_WORDS = {"annum": "year", "annually": "year", "yearly": "year", "monthly": "month", "weekly": "week"}
PERIOD_WORDS |= {"daily": "day", "hourly": "hour"}
PERIODS = tuple(dict.fromkeys(PERIOD_WORDS.values()))  # "year", "month", "week", "day", "hour"
_PERIODS_SAID = f"{', '.join(PERIODS[:-1])} or {PERIODS[-1]}"
# what an article's figures of one kind may hold that is charted apart, in the words a subtitle says
# it with (only what the article has is said: see `apart_note`)
APART_WORDS = {
    "units": "amounts in other currencies",
    "periods": "amounts stated per {} (a rate is no sum)",
    "sums": f"sums, not stated per {_PERIODS_SAID}",
    "forecast": "forecasts, plans and requests",
    "cumulative": "cumulative totals",
    "level": "levels held at a date (a value, a backlog)",
}
# ... and a count chart's words for the first three
COUNT_APART_WORDS = {
    "units": "figures in other units",
    "periods": "counts stated per {} (a rate is no count)",
    "sums": f"counts not stated per {_PERIODS_SAID}",
}
RE_PER_PERIOD = re.compile(
    r"\s*(?:an?|per|each|every)\s+(year|month|week|day|hour|annum)\b(?!\s+(?:ago|earlier|later|before|after)\b)"
    r"|\s*(annually|yearly|monthly|weekly|daily|hourly)\b",
    re.IGNORECASE,
)
# " to $7" after a starting level ("from $5 to $7 a day"): its period is the later level's
RE_TO_LEVEL = re.compile(rf"\s+to\s+{LEVEL}")
# a subject that names the period or unit of time an amount is paid per: "average weekly earnings",
# "the minimum hourly wage" ("annual" not: an annual budget is a sum)
RE_SUBJECT_PERIOD = re.compile(
    r"\b(hourly|daily|weekly|monthly)\b|\bper\s+(hour|day|week|month)\b", re.IGNORECASE
)


def per_period(after: str) -> str:
    """The period an amount is stated per, from the text right after it ("a year" -> "year",
    "annually" -> "year"; "a year ago" none), or ""; a starting level ("from $5 to $7 a day")
    takes its later level's."""
    to = RE_TO_LEVEL.match(after)
    found = RE_PER_PERIOD.match(after, to.end() if to else 0) or RE_PER_PERIOD.match(after)
    if not found:
        return ""
    word = (found.group(1) or found.group(2)).lower()
    return PERIOD_WORDS.get(word, word)


def subject_period(subject: object) -> str:
    """The period or unit of time a subject says its amount is paid per ("weekly earnings" -> "week",
    "minimum hourly wage" -> "hour"), or ""."""
    found = RE_SUBJECT_PERIOD.search(subject) if isinstance(subject, str) else None
    if not found:
        return ""
    word = (found.group(1) or found.group(2)).lower()
    return PERIOD_WORDS.get(word, word)


def with_periods(rows: pd.DataFrame, article: Article) -> pd.DataFrame:
    """Money figures and counts whose `_unit` names the period they are stated per ("USD per year"
    for "$610,000 a year", "people per day" for "17 people a day", "GBP per hour" for a "minimum
    hourly wage"), so a rate is never drawn beside a sum, nor beside a rate of another basis."""
    periods = [
        per_period(article.body[int(end) : int(end) + 60]) or subject_period(subject)
        for end, subject in zip(rows["end"], rows["subject"], strict=True)
    ]
    units = [
        f"{unit} per {period}" if period and not unit.endswith(f" per {period}") else unit
        for unit, period in zip(rows["_unit"], periods, strict=True)
    ]
    return rows.assign(_unit=units)


def apart_note(units: list[str], standings: set[str], words: dict[str, str] = APART_WORDS) -> str:
    """What the article's figures of one kind hold that is charted apart from a chart of `units[0]`
    (the others: units of the other charts drawn): other currencies or units, amounts per each period
    another chart is drawn per (named, never the chart's own), sums beside a chart of amounts per a
    period, forecasts, cumulative totals (`standings`); "" when they hold none of these."""
    own, others = units[0], [unit for unit in units[1:] if unit != units[0]]
    own_found = RE_PERIOD_UNIT.search(own)
    periods = [
        found.group(1)
        for unit in others
        if (found := RE_PERIOD_UNIT.search(unit)) and not (own_found and found.group(1) == own_found.group(1))
    ]
    parts = []
    if any(RE_PERIOD_UNIT.sub("", unit) != RE_PERIOD_UNIT.sub("", own) for unit in others):
        parts.append(words["units"])
    if periods:
        parts.append(words["periods"].format(" or ".join(dict.fromkeys(periods))))
    if RE_PERIOD_UNIT.search(own) and any(not RE_PERIOD_UNIT.search(unit) for unit in others):
        parts.append(words["sums"])
    parts += [APART_WORDS[kind] for kind in ("forecast", "cumulative", "level") if kind in standings]
    return f"Charted apart: {'; '.join(parts)}." if parts else ""


RE_PERIOD_UNIT = re.compile(rf" per ({'|'.join(PERIODS)})$")


def apart_for(unit: str, kind: str, drawn: list[tuple[str, str]], kind_name: str) -> str:
    """What a chart of `unit` and standing `kind` says is charted apart: only what another chart
    drawn of the same kind of figure (`drawn`: each chart's unit and standing) holds, never its own
    group (see `apart_note`); counts of other units are other measures, not other currencies."""
    return apart_note(
        [unit] + [u for u, _ in drawn],
        {k for u, k in drawn if k != kind},
        COUNT_APART_WORDS if kind_name == "count" else APART_WORDS,
    )


def recipient_lines(purpose: object, period: object) -> list[str]:
    """What the aid table says of a sum to a named recipient, as every chart of it says it beside
    its bar: its purpose when stated ("purpose: to respond to recent earthquakes"), and its period,
    stated or not ("period: not stated")."""
    lines = []
    if isinstance(purpose, str) and purpose not in ("", NOT_STATED) and not is_anaphoric(purpose):
        lines.append(f"purpose: {purpose}")
    return [*lines, f"period: {period if is_stated(period) else NOT_STATED}"]


def with_recipients(rows: pd.DataFrame, article: Article) -> pd.DataFrame:
    """Money figures whose subject is their named recipient ("$77M to UNHCR" -> "to UNHCR") where
    the article names one right after the amount, with `_lines`, the purpose and period the aid table
    gives it (`with_sum_periods`, `recipient_lines`), drawn beside its bar as the aid chart draws them:
    a bar never drops what it was for nor when it was paid, nor that the article does not say; any
    other sum keeps its subject with its own period ("Revenue, in 2024"), an amount per period none
    (`with_periods`: "$30 million a year")."""
    subjects, lines = [], []
    units = rows["_unit"] if "_unit" in rows else [""] * len(rows)
    purposes = rows["_purpose"] if "_purpose" in rows else [None] * len(rows)
    for row, given, unit, purpose in zip(rows.itertuples(), rows["_period"], units, purposes, strict=True):
        after = article.body[int(row.end) : article.sentences[int(row.sentence)][1]]
        who, _ = recipient_after(after)
        per = bool(RE_PERIOD_UNIT.search(str(unit)))
        if who and isinstance(purpose, str) and not per:  # a sum the aid table gives a recipient
            subjects.append(f"to {who}")
            lines.append(recipient_lines(purpose, given))
            continue
        period = str(given) if is_stated(given) and not per else ""
        subjects.append((f"to {who}" if who else str(row.subject)) + (f", {period}" if period else ""))
        lines.append([])
    return rows.assign(subject=subjects, _lines=lines)


def with_sum_periods(rows: pd.DataFrame, article: Article, figures: pd.DataFrame) -> pd.DataFrame:
    """Money figures with `_period`, the period the aid table gives a sum to a named recipient
    (`tables.sum_periods`; a sum's own period for any other sum, else ""), and `_purpose`, the
    purpose it gives one (`tables.sum_purposes`; None for any other sum)."""
    periods, purposes = sum_periods(article, figures), sum_purposes(article, figures)
    return rows.assign(
        _period=[periods.get(int(start), "") for start in rows["start"]],
        _purpose=[purposes.get(int(start)) for start in rows["start"]],
    )


def slug_of(text: str) -> str:
    """A file-name part from a unit or currency: "years of age" -> "years-of-age"."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "other"


def money_chart(
    rows: pd.DataFrame,
    article: Article,
    currency: str,
    kind: str = "actual",
    band: int = 0,
    apart: str = "",
    context: pd.DataFrame | None = None,
    thing: str = "",
) -> Chart:
    """The distinct money amounts stated in one currency (and per one unit, for prices: "USD per
    barrel", or per period: "USD per year"), one standing, one scale band and, where the article's
    amounts are of unlike kinds, one kind (`thing`, see `money_kinds`), labelled with their
    recipients where named; never added together. `apart`: what the article holds that is charted
    apart (see `apart_note`)."""
    slug, suffix = standing_suffix(kind, band)
    code = currency.partition(" per ")[0]
    rule = "Each bar is one amount as stated; nothing is added up."
    if thing:
        rule += f" Only {thing}: money of other kinds shares no axis with it."
    return amounts_chart(
        with_recipients(rows, article),
        article,
        f"Money the article states, in {currency}{suffix}" + (f": {thing}" if thing else ""),
        " ".join(t for t in (rule, apart) if t),
        f"money-{slug_of(currency)}" + (f"-{slug_of(thing)}" if thing else "") + slug,
        currency,
        f"money amounts in {currency}",
        code,
        context,
        kind,
    )


COUNT_TITLES = {
    "people": "People counted in the article",
    "attacks": "Attacks and incidents the article counts",
    "count": "Other things the article counts",
}


COUNT_NOUNS = {"count": "other things"}


def common_measure(rows: pd.DataFrame, thing: str) -> str:
    """What a chart of counts of `thing` (named by its first count's subject where groups share a word, see
    `things_counted`) measures, for its axis and title: `thing` when its counts' subjects are alike, else
    the word their quotes count ("seats", never "seats needed for a majority" for every bar)."""
    if not thing:
        return thing
    subjects = {
        re.sub(r"\s*\([^)]*\)", "", s).strip().lower() if isinstance(s, str) else "" for s in rows["subject"]
    }
    words = {
        found[-1].lower()
        for q in rows["quote"]
        if (found := RE_THING_WORD.findall(RE_NUMBER_HEAD.sub("", str(q).strip(), count=1)))
    }
    return words.pop() if len(subjects) > 1 and len(words) == 1 else thing


def count_chart(
    rows: pd.DataFrame,
    article: Article,
    unit: str,
    kind: str = "actual",
    band: int = 0,
    apart: str = "",
    context: pd.DataFrame | None = None,
    thing: str = "",
) -> Chart:
    """The distinct counts of one unit (people, attacks, other things: of one `thing`, see
    `things_counted`), one standing and one scale band, its file named by what all its bars count
    (`common_measure`: "counts-count-seats", never one bar's subject; `unique_names` tells two such
    charts of a report apart). `apart`: what the article holds that is charted apart (see `apart_note`)."""
    slug, suffix = standing_suffix(kind, band)
    counted = (
        unit in COUNT_TITLES
    )  # else a measure ("years of age", "tanker"): figures in it, not counts of it
    title = COUNT_TITLES[unit] if counted else f"Figures the article states, in {unit}"
    rule = f"Each bar is one {'count' if counted else 'figure'} as stated."
    measure = common_measure(rows, thing)
    if thing:
        title = f"Counts of {measure} in the article"
        rule = (
            f"Each bar is one count of {measure} as stated; counts of other things share no axis with them."
        )
    return amounts_chart(
        rows,
        article,
        title + suffix,
        " ".join(t for t in (rule, apart) if t),
        f"counts-{slug_of(unit)}" + (f"-{slug_of(measure)}" if thing and measure != unit else "") + slug,
        measure or unit,
        f"counts of {measure or COUNT_NOUNS.get(unit, unit)}" if counted else f"figures in {unit}",
        context=context,
        kind=kind,
    )


def is_part_of_group(quote: str, after: str) -> bool:
    """Whether a figure is a part of a group: one just counted ("340,000 of them", "60 of them
    injured"), or one whose size follows it ("nine of the 12 driest summers", in its quote or just after it)."""
    head = RE_NUMBER_HEAD.match(quote)
    inside = quote[head.end() :] if head else ""
    return bool(
        RE_PART_OF.match(after)
        or RE_PART_OF.match(inside)
        or RE_PART_OF_NUMBER.match(after)
        or RE_PART_OF_NUMBER.match(inside)
    )


# a part of a group its noun names: "4,470 of the deaths" (opens a sum of parts, see `sums_of_parts`)
RE_PART_OF_NOUN = re.compile(r"^\s*of\s+the\s+[^\W\d_]+s\b", re.IGNORECASE)


def group_size(quote: str, after: str) -> float | None:
    """The whole a part names right after it, as a number (12 of "nine of the 12 driest summers"), or None."""
    head = RE_NUMBER_HEAD.match(quote)
    inside = quote[head.end() :] if head else ""
    found = RE_PART_OF_NUMBER.match(inside) or RE_PART_OF_NUMBER.match(after)
    if not found:
        return None
    word = found.group(0).split()[-1].lower()
    number = UNIT_WORDS.get(word, TENS_WORDS.get(word))
    return float(number) if number is not None else float(word.replace(",", "").rstrip("."))


def sum_openers(rows: pd.DataFrame, article: Article) -> dict[float, str]:
    """The values stated as a part of a group, marked (see `is_part_of_group`) or of a group its
    noun names ("4,470 of the deaths"), each mapped to its quote."""
    found: dict[float, str] = {}
    for value, quote, end in zip(rows["value"], rows["quote"], rows["end"], strict=True):
        after = article.body[int(end) : int(end) + 30]
        head = RE_NUMBER_HEAD.match(str(quote))
        inside = str(quote)[head.end() :] if head else ""
        if (
            is_part_of_group(str(quote), after)
            or RE_PART_OF_NOUN.match(inside)
            or RE_PART_OF_NOUN.match(after)
        ):
            found.setdefault(float(value), str(quote))
    return found


def parts_of_groups(rows: pd.DataFrame, article: Article) -> pd.Series:
    """Which figures are a part of a group the article counts with them (see `is_part_of_group`)
    whose whole is drawn: a part of a whole that is only a reference ("64 of the 169 seats", 169
    not drawn, see `whole_of_part`) is drawn."""
    values = set(rows["value"].astype(float))

    def drawn_whole(quote: str, after: str) -> bool:
        size = group_size(quote, after)
        return size is None or size in values

    return pd.Series(
        [
            is_part_of_group(str(quote), article.body[int(end) : int(end) + 30])
            and drawn_whole(str(quote), article.body[int(end) : int(end) + 30])
            for quote, end in zip(rows["quote"], rows["end"], strict=True)
        ],
        index=rows.index,
        dtype=bool,
    )


def sums_of_parts(rows: pd.DataFrame, parts: dict[float, str]) -> dict[str, tuple[str, str]]:
    """The figures among `rows` that a value stated as a part of a group (`parts`: "64 of the 169
    seats", "4,470 of the deaths", each value mapped to its quote) and another figure among `rows`
    add up to exactly (64 + 21 = 85): each whole's quote mapped to the quotes of its two parts. Only
    a marked part opens such a sum, so two counts that merely add up to a third (21 + 3 = 24) are
    no parts."""
    by_value: dict[float, str] = {}
    for value, quote in zip(rows["value"], rows["quote"], strict=True):
        by_value.setdefault(float(value), str(quote))
    found: dict[str, tuple[str, str]] = {}
    for part in sorted(parts):
        for total, total_quote in by_value.items():
            rest = total - part
            if rest > 0 and rest != part and rest in by_value and total_quote not in found:
                found[total_quote] = (parts[part], by_value[rest])
    return found


def scale_bands(rows: pd.DataFrame) -> list[pd.DataFrame]:
    """Figures split, largest first, where an amount is more than MAX_SCALE_RATIO times smaller
    than the largest of its band (a ₦6,000 bill is not drawn on an axis of billions)."""
    bands: list[list[object]] = []
    top = None
    for index, value in rows["value"].astype(float).abs().sort_values(ascending=False, kind="stable").items():
        if top is None or value * MAX_SCALE_RATIO < top:
            bands.append([])
            top = value
        bands[-1].append(index)
    return [rows[rows.index.isin(band)] for band in bands]


RE_SUBJECT_UNIT = re.compile(r"\(unit: ([^)]+)\)")  # "tariff (unit: halalas)"
RE_SUBJECT_UNIT_NOTE = re.compile(r"\s*\((?:unit: [^)]+|repeat)\)")  # a table's notes, no label's words
RE_SUBJECT_PER = re.compile(r"\(per ([^)]+)\)")  # "Brent crude (per barrel)"


def measure_of(unit: object, measure: object, subject: object) -> str:
    """The unit a figure is charted in: its unit; for unit `other` the measure the table names
    ("sen", "foot") or else the one its subject names ("(unit: halalas)"); a price quoted per
    something adds it ("USD per barrel"), since a price per ounce and one per barrel share no axis."""
    text = str(unit)
    said = subject if isinstance(subject, str) else ""
    if text == "other":
        named = RE_SUBJECT_UNIT.search(said)
        if isinstance(measure, str) and measure.strip():
            text = measure.strip()
        elif named:
            text = named.group(1).strip()
    per = RE_SUBJECT_PER.search(said)
    return f"{text} per {per.group(1).strip()}" if per else text


def with_measures(rows: pd.DataFrame) -> pd.DataFrame:
    """Figures with a `_unit` to group and label them by (see `measure_of`), so unlike measures
    never share a chart."""
    blank = pd.Series([None] * len(rows), index=rows.index)
    measures = rows["measure"] if "measure" in rows.columns else blank
    subjects = rows["subject"] if "subject" in rows.columns else blank
    units = [measure_of(u, m, s) for u, m, s in zip(rows["unit"], measures, subjects, strict=True)]
    return rows.assign(_unit=units)


def comparable_groups(
    article: Article, rows: pd.DataFrame, key: str, levels: bool = False
) -> list[tuple[str, str, pd.DataFrame]]:
    """Figures split into groups that may share a chart: same `key` value (unit), same standing
    (with `levels`, levels held at a date apart from sums over a period: see `_with_standing`)."""
    if rows.empty:
        return []
    rows = rows.assign(_standing=_with_standing(article, rows, levels))
    groups = []
    for (value, kind), group in rows.groupby([key, "_standing"], sort=True):
        groups.append((str(value), str(kind), group.drop(columns="_standing")))
    return groups


# --- figures an amount chart leaves out, each with the reason its note gives ---------------------


# a figure told of a past year: "since 2018, when nearly 500 people died" (the year, then "when")
RE_WHEN_YEAR = re.compile(r"\b((?:1[89]|20)\d\d),?\s+when\b[^\d;:]*$", re.IGNORECASE)
RE_LOSS = re.compile(r"\blosse?s?\b", re.IGNORECASE)
RE_GAIN = re.compile(r"\b(?:profits?|earnings|income|sales|revenues?|surplus)\b", re.IGNORECASE)
RE_DIGITS_OF = re.compile(r"^[\w.]+-figure\b", re.IGNORECASE)  # "six-figure bonus": digits, not things
# the units of time a count's words may hold and still name nothing counted ("three hours"): the
# duration units (vocab.DURATION_UNITS) and "second", which the duration scan reads only as a plural
# ("the second" is an ordinal) but which in a subject is the unit
TIME_UNITS = frozenset(DURATION_UNITS) | {"second"}


def names_nothing(subject: object, quote: str) -> bool:
    """Whether a count's words name nothing counted: its quote is a bare number and its subject is
    empty or only number words and units of time ("three", "hours minutes")."""
    if re.search(r"[^\W\d]", RE_NUMBER_HEAD.sub("", quote.strip(), count=1)):
        return False  # "1,300 houses": the quote names it
    words = re.findall(r"[\w'’-]+", str(subject).lower()) if isinstance(subject, str) else []
    numbers = set(UNIT_WORDS) | set(TENS_WORDS) | TIME_UNITS
    return all(w in numbers or w.replace(",", "").replace(".", "").isdigit() for w in words)


MONEY_WORDS = frozenset("thousand million billion trillion crore lakh bn mn m k".split())


def names_no_money(quote: str) -> bool:
    """Whether a money amount's quote is only its number, scale and currency ("£38m", "$3
    billion", "GHS 1,150"): as a bar label it would say nothing of what the money is."""
    words = re.findall(r"[^\W\d_]+", quote)
    return all(w.lower() in MONEY_WORDS or (w.isupper() and len(w) <= 3) for w in words)


def _peer(
    rows: pd.DataFrame,
    row: dict[str, object],
    to_follows: bool,
    opens: bool = False,
    clause: int = 0,
    nearest: bool = False,
) -> str:
    """The quote of the figure another is compared with, of the same unit: in the same sentence
    the next one after it in "from A to B" (`to_follows`), else the one right before it after "B
    from A" (`nearest`: "matchday income rose to €38m and commercial revenue to €54m from €49m"
    pairs €49m with €54m, never €38m), else the first one before it in its own
    clause (from `clause`, the body offset where it opens: "B, N higher compared with A"; not "C
    from D, and a loss of B, compared with A"), else the first one before it; else, when the
    comparison `opens` its sentence, the last one of the sentence before ("B. That compares with
    A"); else ""."""
    unit = rows[rows["_unit"] == row["_unit"]]
    same = unit[unit["sentence"] == row["sentence"]]
    after = same[same["start"] > row["start"]].sort_values("start", kind="stable")
    before = same[same["start"] < row["start"]].sort_values("start", kind="stable")
    previous = unit[unit["sentence"] == int(row["sentence"]) - 1].sort_values("start", kind="stable")
    if to_follows and len(after):
        return str(after["quote"].iloc[0])
    if nearest and len(before):
        return str(before["quote"].iloc[-1])
    own = before[before["start"] >= clause]
    if len(own) or len(before):
        return str((own if len(own) else before)["quote"].iloc[0])
    return str(previous["quote"].iloc[-1]) if opens and len(previous) else ""


# where a new clause with its own subject opens: ", and the club reported", "; ", ", while"
RE_CLAUSE_JOIN = re.compile(r";|,\s+(?:and|but|while|whereas)\b", re.IGNORECASE)
# a comparison that opens its sentence, pointing back to the one before: "That compares with"
RE_OPENING = re.compile(r"^\W*(?:(?:that|this|it|which)(?:\s+\w+)?\s*)?$", re.IGNORECASE)
# a number joined to its noun by a hyphen, sizing another noun: "62,850-seat stadium"
RE_SIZE_OF = re.compile(r"^[\d.,]+-[a-z]+\s+([a-z][\w'’-]*)\s*$", re.IGNORECASE)
RE_TO_FOLLOWS = re.compile(r"^[^\d;]{0,40}?\bto\s", re.IGNORECASE)  # "61 on Tuesday to 87"
_QUALIFIER = r"(?:(?:about|around|nearly|roughly|some|almost|more\s+than|over|a\s+further|another)\s+)?"
# a change said as an amount: "rose by 40", "increases by R100", "an increase of $5": a change, not a level
RE_CHANGE_BY = re.compile(
    r"\b(?:(?:rise|rises|rose|risen|fall|falls|fell|fallen|increase[sd]?|decrease[sd]?|grow|grows|grew|grown"
    r"|drop(?:s|ped)?|climb(?:s|ed)?|jump(?:s|ed)?|up|down|higher|lower)\s+by"
    rf"|an?\s+(?:{'|'.join(CHANGE_OF_NOUNS)})\s+of)\s+" + _QUALIFIER + r"$",
    re.IGNORECASE,
)
# a change said as a bare "up" or "down" opening its phrase: "rose to 61,500, up 2,300 on the previous
# year", "was down 40 from May" (never "set up 40 clinics", where "up" ends a verb)
OPENING_MARKS = " ,;(—–"  # what a change's words may open with, never quoted in its note
RE_UP_DOWN = re.compile(
    r"(?:^|[,;(—–]\s*|\b(?:was|were|is|are|now|and|or)\s+)(?:up|down)\s+" + _QUALIFIER + r"$",
    re.IGNORECASE,
)
# ... and a count's change: "who lost 19 seats", "shed 300 jobs" (money "lost" is a loss, a level)
RE_COUNT_CHANGE = re.compile(
    r"\b(?:lost|loses?|gained|gains?|shed|sheds|picked\s+up|added|adds?)\s+" + _QUALIFIER + r"$",
    re.IGNORECASE,
)
# a total the article states of parts it lists: "a total of £3.4 million", "for a total of 169"
# ... or all of a thing, "account for all 184,500 patients waiting" (a whole of the parts counted)
RE_TOTAL_LEAD = re.compile(
    r"\b(?:(?:for\s+|with\s+)?a\s+(?:combined\s+|grand\s+)?total\s+of|totall?ing|all)\s+" + _QUALIFIER + r"$",
    re.IGNORECASE,
)
# the whole a part is counted of: the 169 of "64 of the 169 seats"
# a cut or a gain said as an amount in the present tense, as budgets and results are told ("Roads lose
# KSh 260 million", "cuts R40 million"; the past "lost $5m" may be a loss, a level); its verb goes on
# to the next amounts of its list ("..., water KSh 180 million": `change_members`)
# README rule 6: a signed amount in brackets after a level, as price tables give a week's move ("Flaxseed:
# 214,000 (+7,200)", "Wheat, class 4: 87,100 (-900)"), is a change said as an amount
RE_SIGNED_OPEN = re.compile(r"\(\s*[+\-−–]\s*\D{0,4}$")
RE_AMOUNT_CHANGE = re.compile(
    r"\b(?:lose|loses|gain|gains|cut|cuts|save|saves|adds|sheds)\s+" + _QUALIFIER + r"$",
    re.IGNORECASE,
)
# what stands between two amounts of one list: ", water and sanitation ", ", and the trade department "
RE_LIST_GAP = re.compile(
    r"^\s*,\s+(?:and\s+)?(?!(?:while|but|whereas)\b)[^\d,;:.()]{1,60}?\s+$", re.IGNORECASE
)
# the words that give a listed amount a verb of its own, so that it no longer goes on the change before it
CLAUSE_VERBS = (
    frozenset(AUXILIARY_VERBS)
    | frozenset(v for v in HOLDING_VERBS if " " not in v)
    | TRANSITIVE_CHANGE_VERBS
    | LOSE_VERBS
    | MONEY_USE_VERBS
    | PAYMENT_VERBS
    | PAY_GET_VERBS
)
# a part said with its share of a whole: "KSh 5.9 billion, or 41.5 per cent of the budget", "60 per
# cent of the development budget, or KSh 2.5 billion"
_SHARE = r"[\d.]+\s*(?:per\s*cent|percent|%)\s+of\b"
RE_SHARE_AFTER = re.compile(rf"^\s*,?\s*\(?(?:or|about|some|nearly|roughly)?\s*{_SHARE}", re.IGNORECASE)
RE_SHARE_BEFORE = re.compile(rf"\b{_SHARE}[^,;:.]{{1,60}},?\s+or\s+$", re.IGNORECASE)
# what did not happen, set against what did: "will hire 45 nurses instead of the 120 it promised"
RE_INSTEAD_OF = re.compile(rf"\b(?:instead\s+of|rather\s+than)\s+(?:the\s+)?{_QUALIFIER}$", re.IGNORECASE)
# an amount per unit of something, not per period, in its subject: "subsidy per passenger journey"
RE_PER_UNIT = re.compile(
    r"\bper\s+(?!cent\b|annum\b|year\b|month\b|week\b|day\b)([^\W\d_][\w'’-]*(?:\s+[a-z][\w'’-]*)?)"
)
# README rule 6, an amount for each of several, no sum: "Rs 25 lakh for each winner", "$2,000 to every
# family", a subject "for each winner" (never a period: "£5m for each year" is a rate; a bare "each",
# "fined $75 each", "£128.50 each", says what each of a few named got or made, and stays)
RE_EACH_AFTER = re.compile(
    r"^\s+(?:for|to)\s+(?:each|every)\s+(?!(?:year|month|week|day|quarter|season|hour)s?\b)[^\W\d_]",
    re.IGNORECASE,
)
RE_EACH_SUBJECT = re.compile(
    r"^(?:for|to)\s+(?:each|every)\s+(?!(?:year|month|week|day|quarter|season|hour)s?\b)[^\W\d_]",
    re.IGNORECASE,
)
# a part of a figure said right before it: "2,310 people had waited, including 186 ...", "of which KSh 1.4 billion"
# README rule 6, a budget and what it gives out: a sum said given to a part right before it
# ("Education gets KSh 1.1 billion", "Agriculture receives ...", "is allocated"), and a budget, the
# whole such sums come out of ("a KSh 14.2 billion budget for 2026/27"), when no parts marker says so
RE_GIVEN_TO_PART = re.compile(
    r"\b(?:gets|get|got|receives?|received|(?:is|are|was|were|has\s+been|have\s+been)\s+(?:allocated|given))"
    r"\s+" + _QUALIFIER + r"$",
    re.IGNORECASE,
)
RE_BUDGET_SUBJECT = re.compile(r"^(?:[\w'’-]+\s+){0,2}budgets?\b", re.IGNORECASE)
# README rule 6, a company and its parts: an amount of a division, unit, segment, arm, subsidiary,
# business or branch (vocab.BUSINESS_PART_NOUNS), named in its subject or its clause before it ("the
# dairy division's revenue of R2.1bn", "The snacks segment had sales of R1.8bn"), is a part of the
# group's amount of the same measure ("group revenue of R14.6bn", "total sales", "consolidated net
# profit") though no "of which" says so
RE_SEGMENT = re.compile(
    rf"\b(?:{grouped_alternation(BUSINESS_PART_NOUNS, ignore_case=True)})(?:['’]s?)?(?![\w'’-])",
    re.IGNORECASE,
)
SEGMENT_MEASURES = {"revenue": "revenue", "revenues": "revenue", "sales": "revenue", "turnover": "revenue"}
SEGMENT_MEASURES |= {"profit": "profit", "profits": "profit", "earnings": "profit"}
_SEGMENT_MEASURE = grouped_alternation(SEGMENT_MEASURES, ignore_case=True)
RE_SEGMENT_MEASURE = re.compile(rf"\b({_SEGMENT_MEASURE})\b", re.IGNORECASE)
RE_GROUP_MEASURE = re.compile(
    r"\b(?:group|total|consolidated|overall|company-wide|group-wide)(?:['’]s)?\s+(?:[\w-]+\s+){0,2}?"
    rf"({_SEGMENT_MEASURE})\b",
    re.IGNORECASE,
)
# README rule 6, a past time said after a figure in its clause ("collected KSh 1.9 billion in
# own-source revenue last year"), never the time it is compared with (levels.COMPARED_WITH_WORDS)
# the year an amount is of, said right after it: "rose from £8.00 in 2022 to £12.00" (not "2022/23")
RE_IN_YEAR_AFTER = re.compile(r"^\s+in\s+((?:1[89]|20)\d\d)\b(?![/-]\d)")
RE_PAST_AFTER = re.compile(
    r"^[^,;:()—–.]{0,60}?" + "".join(rf"(?<!\b{word}\s)" for word in COMPARED_WITH_WORDS) + r"(?<!vs\.\s)"
    r"\b(last\s+(?:year|month|quarter|season|financial\s+year|fiscal\s+year)"
    r"|(?:a|one)\s+year\s+(?:earlier|ago)|the\s+(?:previous|prior)\s+(?:year|financial\s+year|fiscal\s+year))\b",
    re.IGNORECASE,
)
RE_PART_LEAD = re.compile(
    rf"\b(?:including|of\s+which|of\s+whom)\s+(?:only\s+|just\s+)?{_QUALIFIER}$", re.IGNORECASE
)
# a part named right after its whole ("€6.3 million, of which €2.1 million went to ..."): the whole's
# subject may be its part's words
RE_PART_FOLLOWS = re.compile(r"^\s*,?\s*(?:of\s+which|including|of\s+whom)\s", re.IGNORECASE)
# a ceiling, no amount paid or held ("up to €6 million in add-ons", "as much as", "a maximum of")
_CEILING = grouped_alternation(CEILING_WORDS, ignore_case=True).replace(r"\ ", r"\s+")  # vocab's
RE_CEILING_BEFORE = re.compile(rf"\b(?:{_CEILING}|a\s+maximum\s+of|capped\s+at)\s+$", re.IGNORECASE)
# README rule 6, an age limit: an age said with a bound word ("Riders under 16 are not allowed", "children
# under 15", "people over 60", "younger than 18") bounds a group and is no one's age
_AGE_BOUND = grouped_alternation((*BOUND_WORDS, "younger than", "older than"), ignore_case=True).replace(
    r"\ ", r"\s+"
)
RE_AGE_BOUND = re.compile(
    rf"\b(?:{_AGE_BOUND})\s+(?:the\s+age\s+of\s+)?(?=\d|[a-z]+\s+(?:years?|months?)\b)", re.IGNORECASE
)
# a threshold, no holding: "needs 90 seats for a majority", "the 101 seats needed for a majority"
RE_THRESHOLD_BEFORE = re.compile(
    r"\b(?:needs?|needed|requires?|required|must\s+(?:win|hold|reach))\s+(?:at\s+least\s+)?$", re.IGNORECASE
)
RE_THRESHOLD_AFTER = re.compile(
    r"^(?:\s+[\w'’-]+){0,2}?\s+(?:(?:is|are|was|were)\s+)?(?:needed|required)\b"
    r"|^[^,;:.]{0,30}?\bfor\s+an?\s+(?:[\w-]+\s+)?(?:majority|quorum)\b",
    re.IGNORECASE,
)
# README rule 6, places and no people: a count of people a place is built or able to hold ("built for 3,000
# people", "room for 800", "a capacity of 1,200", "can accommodate up to 1,200", "each seating 10 people"),
# or of things ("parking for 600 trucks", "berths for 12 ships"), never its subject (the engine may carry
# "Capacity" on to the next count of people)
RE_CAPACITY_BEFORE = re.compile(
    r"\b(?:(?:built|designed|meant|intended|planned)\s+(?:for|to\s+(?:hold|house|take|accommodate|sleep))"
    r"|(?:room|space|places?|beds?|capacity|parking|berths?|seats?|seating)\s+for|capacity\s+of"
    r"|(?:\b(?:each|which|that|and)\s+|,\s*)(?:seating|seats|sleeping|sleeps)"
    r"|(?:can|could|able\s+to)\s+(?:hold|house|take|accommodate|sleep|shelter|seat|park))\s+(?:up\s+to\s+)?$",
    re.IGNORECASE,
)
# a sum of holders said as one ("ODS and the alliance together hold 87 seats", "a combined 84 seats",
# "hold 87 between them"): a whole when its parts are stated (`sums_of_holders`)
RE_TOGETHER_BEFORE = re.compile(
    r"\b(?:together|combined|jointly|between\s+them)\s+(?:[a-z]+\s+)?(?:about\s+|some\s+|just\s+)?$",
    re.IGNORECASE,
)
RE_TOGETHER_AFTER = re.compile(r"^(?:\s+[\w'’-]+)?\s+(?:together|combined|between\s+them)\b", re.IGNORECASE)
MAX_SUM_PARTS = 3  # the most parts a sum of holders is looked for as (87 = 61 + 26; 100 = 61 + 18 + 21)
MAX_PART_CANDIDATES = 40  # the most smaller figures of a unit tried as its parts


def sums_of_holders(rows: pd.DataFrame, article: Article) -> dict[int, str]:
    """The counts said as a sum of holders (`RE_TOGETHER_BEFORE`, `RE_TOGETHER_AFTER`) that two or three
    other figures of their unit add up to exactly, wherever the article states them, by start, each with
    its words and those parts' quotes; a sum of holders whose parts are not all stated is no whole here (it
    may itself be a part: "together hold 21 seats" of "the bloc has 85")."""
    found: dict[int, str] = {}
    for row in rows.to_dict("records"):
        start, end = int(row["start"]), int(row["end"])
        s_start, s_end = article.sentences[int(row["sentence"])]
        together = RE_TOGETHER_BEFORE.search(article.body[max(s_start, start - 40) : start]) or (
            RE_TOGETHER_AFTER.match(article.body[end : min(end + 40, s_end)])
        )
        if not together:
            continue
        total = float(row["value"])
        smaller = rows[(rows["_unit"] == row["_unit"]) & (rows["value"].astype(float) < total)]
        values: dict[float, str] = {}  # a value said twice is one part
        for value, said in zip(smaller["value"].astype(float), smaller["quote"].astype(str), strict=True):
            values.setdefault(value, said)
        parts = next(
            (
                combo
                for size in range(2, MAX_SUM_PARTS + 1)
                for combo in combinations(list(values.items())[:MAX_PART_CANDIDATES], size)
                if sum(v for v, _ in combo) == total
            ),
            None,
        )
        if parts:
            quotes = " and ".join(f"“{q}”" for _, q in parts)
            found[start] = f"“{together.group(0).strip()}”, the sum of {quotes}"
    return found


# the verb (and its "to"/"at") between a whole's own words and its figure: "Spending ... reached"
RE_VERB_TAIL = re.compile(r"\s+[a-z]+(?:\s+(?:to|at|of))?\s*$")
RE_WHOLE_OF_PART = re.compile(
    r"\b" + _GROUP_SIZE + r"\s+of\s+(?:the\s+)?$"
    r"|^\W*of\s+(?:the|this|that|these|those|its|their)\s+$",  # "Of the R2.49 trillion, health gets ..."
    re.IGNORECASE,
)


def said_again(rows: pd.DataFrame, row: dict[str, object]) -> bool:
    """Whether another figure of the same unit states the same value (a repeat is drawn once)."""
    others = rows[(rows["_unit"] == row["_unit"]) & (rows["start"] != row["start"])]
    return float(row["value"]) in set(others["value"].astype(float))


def set_apart(rows: pd.DataFrame, article: Article, figures: pd.DataFrame, what: str) -> pd.Series:
    """Why each money amount or count (`what`) is left out of the amount charts, or "": an exchange
    rate (an amount quoted against another currency, "10.85 to the dollar", as the engine's one
    reader of a rate's base, figures/rate_bases.py, reads it); an earlier level of a figure beside
    it ("from 61 to 87": one toll, not two); a figure of a past year ("since 2018, when 500 died"); a
    conversion in brackets of an amount charted in its own currency; a loss beside profits or sales
    (no bar is negative); "six-figure" (digits, not things); a count whose words name nothing
    counted. Each rule is the house's (README, "Charts")."""
    from .checks import bracketed_pairs  # checks reads the review; charts need it only here

    published = _published(article)
    converted = {
        int(b["start"]): str(a["quote"])
        for a, b in bracketed_pairs(article, figures)
        if a["kind"] == b["kind"] == "money" and a["unit"] != b["unit"]
    }
    trusted = trusted_subjects(rows, article) if len(rows) else pd.Series(dtype=object)
    gains = rows["subject"].map(lambda s: isinstance(s, str) and bool(RE_GAIN.search(s))).astype(bool)
    gain_units = set(rows.loc[gains, "_unit"]) if len(rows) else set()
    members = change_members(rows, article)
    wholes = budget_wholes(rows, article) if what == "money amount" else {}
    holders = sums_of_holders(rows, article) if what == "count" else {}
    groups = group_wholes(rows, article) if what == "money amount" else {}
    affected = affected_wholes(rows, article) if what == "count" else {}
    scopes = scope_wholes(rows)
    reasons = []
    for index, row in zip(rows.index, rows.to_dict("records"), strict=True):
        start, subject = int(row["start"]), row["subject"]
        s_start, s_end = article.sentences[int(row["sentence"])]
        before = article.body[s_start:start]
        quote = str(row["quote"])
        when = RE_WHEN_YEAR.search(before[-90:])
        lead = RE_EARLIER_LEAD.search(before[-60:])
        after = article.body[int(row["end"]) : min(int(row["end"]) + 60, s_end)]
        opens = bool(lead and RE_OPENING.match(before[: lead.start()]))
        joins = list(RE_CLAUSE_JOIN.finditer(before))
        clause = s_start + (joins[-1].end() if joins else 0)
        nearest = bool(lead and lead.group(0).lower().startswith("from"))
        peer = _peer(rows, row, bool(RE_TO_FOLLOWS.match(after)), opens, clause, nearest)
        reason = ""
        if what == "money amount" and quoted_against(quote + after, 0, len(quote)) is not None:
            reason = (
                f"“{quote}” is an exchange rate (the price of one currency in another), not a sum of "
                "money: not drawn as a money bar."
            )
        elif RE_SIGNED_OPEN.search(before[-8:]) and article.body[int(row["end"]) :].lstrip().startswith(")"):
            reason = (
                f"“{quote}” is a change in brackets after a level (“{RE_SIGNED_OPEN.search(before[-8:]).group(0)}"
                f"{quote})”), an amount by which something moved, not a level: not drawn as a {what} beside levels."
            )
        elif what == "count" and RE_SIZE_OF.match(quote):
            reason = (
                f"“{quote}” is the size of a {RE_SIZE_OF.match(quote).group(1)}, not a count of "
                f"{row['_unit'] if row['_unit'] in COUNT_TITLES else 'the things in it'}: not drawn."
            )
        elif (
            change := RE_CHANGE_BY.search(before[-40:])
            or RE_UP_DOWN.search(before[-40:])
            or (what == "count" and RE_COUNT_CHANGE.search(before[-40:]))
        ):
            reason = (
                f"“{quote}” is a change (“{change.group(0).strip(OPENING_MARKS)} …”), not a level: not drawn as a {what} "
                "beside levels."
            )
        elif (
            row.get("direction") in ("increase", "decrease")
            or start in members
            or RE_AMOUNT_CHANGE.search(before[-40:])
        ):
            how = f"said with “{members[start]}”, a change" if start in members else "a change"
            reason = (
                f"“{quote}” is {how} (an amount by which something moved), not a level: not drawn as a "
                f"{what} beside levels."
            )
        elif total := RE_TOTAL_LEAD.search(before[-40:]) or whole_of_part(rows, row, before):
            said = total.group(0).strip() if isinstance(total, re.Match) else total
            reason = (
                f"“{quote}” is a whole the article states (“{said} …”): a reference for its parts, not "
                "drawn as a bar among them."
            )
        elif (
            what == "count"
            and str(row.get("measure")) in AGE_MEASURES
            and (limit := RE_AGE_BOUND.search(before[-25:] + quote))
        ):
            reason = (
                f"“{quote}” is an age limit (“{limit.group(0).strip()} …”), bounding a group, no one's age: not "
                "drawn beside ages."
            )
        elif what == "count" and (room := RE_CAPACITY_BEFORE.search(before[-50:])):
            counted = "people" if str(row["_unit"]).startswith("people") else "the things it counts"
            reason = (
                f"“{quote}” is a capacity (“{room.group(0).strip()}”), places and not {counted}: not drawn "
                f"among counts of {'people' if counted == 'people' else 'them'}."
            )
        elif start in holders:
            reason = (
                f"“{quote}” is a sum of holders the article states as one ({holders[start]}): a whole, "
                "not drawn beside its own parts."
            )
        elif start in wholes:
            reason = (
                f"“{quote}” is a budget the article states beside sums it gives out ({wholes[start]}): "
                "their whole, a reference, not drawn as a bar among them."
            )
        elif start in groups:
            reason = (
                f"“{quote}” is the group's amount, the whole of its divisions' or units' amounts of the same "
                f"measure ({groups[start]}): a reference, not drawn as a bar among them."
            )
        elif start in affected:
            reason = (
                f"“{quote}” is the whole group of the people counted in {affected[start]}: a reference, "
                "not drawn as a bar beside its part."
            )
        elif start in scopes:
            reason = (
                f"“{quote}” is a whole of wider scope ({scopes[start]}: one body's own figure, a part of "
                "it): not drawn beside its part."
            )
        elif start in converted:
            reason = (
                f"“{quote}” is the article's conversion in brackets of “{converted[start]}”, "
                "not a further amount: not drawn (the amount is charted in its own currency)."
            )
        elif when and (published is None or int(when.group(1)) < published.year):
            reason = (
                f"“{quote}” is a figure of {when.group(1)} (“{when.group(0).strip()}…”), another time "
                f"than the article's: not drawn beside its figures."
            )
        elif peer and lead and (lead.group(0).lower().startswith("from") or RE_EARLIER_TIME.match(after)):
            reason = (
                f"“{quote}” is the earlier level the article compares “{peer}” with: not drawn as a "
                f"further {what}."
            )
        elif instead := RE_INSTEAD_OF.search(before[-40:]):
            reason = (
                f"“{quote}” is what the article says did not happen (“{instead.group(0).strip()} …”), set "
                f"against “{peer or 'the figure before it'}”: neither a plan nor a figure done, so not drawn."
            )
        elif peer and lead:  # "against a target of": what it is compared with, no more
            reason = (
                f"“{quote}” is what the article compares “{peer}” with (“{lead.group(0).strip()}”): "
                f"not drawn as a further {what} beside it."
            )
        elif isinstance(subject, str) and RE_LOSS.search(subject) and row["_unit"] in gain_units:
            reason = (
                f"“{quote}” is a loss: drawn beside profits or sales it would read as a gain, so not drawn."
            )
        elif what == "money amount" and not trusted[index] and names_no_money(quote):
            reason = (
                f"“{quote}”: the article's words give it no subject the chart can trust, so no label "
                "is true: not drawn."
            )
        elif what == "count" and (
            need := RE_THRESHOLD_BEFORE.search(before[-30:]) or RE_THRESHOLD_AFTER.match(after)
        ):
            reason = (
                f"“{quote}” is a threshold (“{need.group(0).strip()}”), not a holding: not drawn on one "
                "axis with holdings."
            )
        elif what == "money amount" and (ceiling := RE_CEILING_BEFORE.search(before[-30:])):
            reason = (
                f"“{quote}” is a ceiling (“{ceiling.group(0).strip()} …”), not an amount paid or held: a "
                "full bar would read as one, so not drawn."
            )
        elif (
            part := RE_PART_LEAD.search(before[-40:])
            or RE_SHARE_BEFORE.search(before[-80:])
            or RE_SHARE_AFTER.match(after)
        ):
            reason = (
                f"“{quote}” is a part of a whole the article names (“{part.group(0).strip()} …”): not drawn "
                "beside its whole."
            )
        elif (
            what == "money amount"
            and " per " not in row["_unit"]
            and (per := RE_PER_UNIT.search(str(subject)))
        ):
            reason = (
                f"“{quote}” is an amount per {per.group(1)} (a price or a rate), not a sum: not drawn "
                "beside sums."
            )
        elif each := RE_EACH_AFTER.match(after) or RE_EACH_SUBJECT.match(str(subject)):
            reason = (
                f"“{quote}” is an amount for each of several (“{' '.join(each.group(0).split())}”), not a "
                f"sum: not drawn as a {what} beside sums."
            )
        elif what == "count" and RE_DIGITS_OF.match(quote):
            reason = f"“{quote}” says how many digits a sum has, not how many things: not drawn."
        elif what == "count" and names_nothing(subject, quote) and not said_again(rows, row):
            reason = f"“{quote}”: the article's words name nothing it counts, so no label is true: not drawn."
        elif what == "count" and not trusted[index] and names_nothing("", quote):
            reason = (
                f"“{quote}”: the article's words give it no subject the chart can trust, so a bar would be "
                "labelled with only its number: not drawn."
            )
        reasons.append(reason)
    found = pd.Series(reasons, index=rows.index, dtype=object)
    found = found.where(found != "", later_levels(rows, found, figures, what, article))
    return found.where(found != "", restated(rows, found, article))


# README rule 6, one figure stated twice: the side a figure's bound word puts it on ("more than five
# people": the figure is above 5), read from QUALIFIER_WORDS (vocab.PLAIN_BOUNDS' sides, and "nearly"
# or "almost" short of it); any other word, or none, rounds
LOWER_BOUNDS = frozenset(word for word, side in PLAIN_BOUNDS.items() if side == "at least")
UPPER_BOUNDS = frozenset(word for word, side in PLAIN_BOUNDS.items() if side != "at least") | frozenset(
    SHORT_OF_WORDS
)


def rounding_step(value: float) -> float:
    """The place of a figure's last digit, the step it is rounded to (5 -> 1, 5.1 -> 0.1, 5,200 -> 100)."""
    size = abs(value)
    if size == 0:
        return 1.0
    step = 10.0 ** math.floor(math.log10(size))
    while step > 1e-6 and abs(round(size / step) * step - size) > step * 1e-9:
        step /= 10
    return step


def agrees(rough: float, bound: str, exact: float) -> bool:
    """Whether `exact` is what `rough` says, within its rounding and its bound word ("more than 5"
    for 5.1, "about 5,000" for 5,140, "nearly 300" for 296); `exact` is the more precise."""
    step = rounding_step(rough)
    if rounding_step(exact) >= step or exact == rough:
        return False
    if bound in LOWER_BOUNDS:
        return rough < exact < rough + step
    if bound in UPPER_BOUNDS:
        return rough - step < exact < rough
    return abs(exact - rough) <= step / 2


def _said_words(row: dict[str, object]) -> set[str]:
    """The words of a figure's quote after its number and of its subject, singular and lower case."""
    quote = RE_NUMBER_HEAD.sub("", str(row["quote"]).strip(), count=1)
    subject = str(row["subject"]) if isinstance(row["subject"], str) else ""
    return {_singular(w.lower()) for w in RE_THING_WORD.findall(f"{quote} {subject}")}


def restated(rows: pd.DataFrame, reasons: pd.Series, article: Article) -> pd.Series:
    """Why a figure left in is the restatement of another, or "": a rounder figure of the same unit
    in another sentence ("more than five people every day" after "5.1 deaths a day") whose value
    agrees with the more precise one within its rounding and bound (`agrees`), and whose words name
    nothing the other's do not (people at large): one figure, drawn once, as the more precise. Each
    figure is set only against the figures of its unit within its rounding step (all `agrees` can
    take), found by bisection in its unit's values sorted once: no pass over every pair of rows."""
    out = pd.Series("", index=rows.index, dtype=object)
    left = rows[reasons == ""].to_dict("records")
    words = [_said_words(other) for other in left]  # once per figure, not per pair
    # each unit's values, ascending, and the places of their rows
    by_unit: dict[object, tuple[list[float], list[int]]] = {}
    for place, other in sorted(enumerate(left), key=lambda pair: float(pair[1]["value"])):
        values, places = by_unit.setdefault(other["_unit"], ([], []))
        values.append(float(other["value"]))
        places.append(place)
    for index, row, own in zip(rows.index[reasons == ""], left, words, strict=True):
        start = int(row["start"])
        said = RE_QUALIFIER_BEFORE.search(article.body[max(0, start - 20) : start])
        bound = said.group(1).lower() if said and row.get("approx") is True else ""
        extra = own - GENERIC_PEOPLE
        rough = float(row["value"])
        step = rounding_step(rough)
        values, places = by_unit.get(row["_unit"], ([], []))
        near = sorted(places[bisect_left(values, rough - step) : bisect_right(values, rough + step)])
        for other, said_words in ((left[place], words[place]) for place in near):  # in the rows' order
            if not bound and float(other["value"]).is_integer():
                continue  # with no bound word, only a figure with decimals is the precise one
            if (
                other["sentence"] != row["sentence"]
                and not extra - said_words
                and agrees(rough, bound, float(other["value"]))
            ):
                out[index] = (
                    f"“{row['quote']}” states “{other['quote']}” again, rounded"
                    + (f" (“{bound} …”)" if bound else "")
                    + ": one figure, drawn once as the more precise."
                )
                break
    return out


def past_figures(rows: pd.DataFrame, article: Article) -> dict[int, str]:
    """The figures whose clause says, after them, that they are of a past time ("last year", "a
    year earlier") or of a year said right after them ("£8.00 in 2022"), by their start, each with
    those words (the year alone)."""
    found = {}
    for start, end, sentence in zip(rows["start"], rows["end"], rows["sentence"], strict=True):
        after = article.body[int(end) : min(int(end) + 80, article.sentences[int(sentence)][1])]
        if said := RE_PAST_AFTER.match(after) or RE_IN_YEAR_AFTER.match(after):
            found[int(start)] = " ".join(said.group(1).split())
    return found


def with_past_times(labels: list[str], shown: pd.DataFrame, article: Article) -> list[str]:
    """Labels of bars whose clause dates them to a past time, drawn beside bars it does not date so,
    with that time: "Own-source revenue (last year)" beside a budget says which is which."""
    past = past_figures(shown, article)
    if not past or len(past) == len(shown):
        return labels
    return [
        f"{_without_period(label, past[int(start)])} ({past[int(start)]})" if int(start) in past else label
        for label, start in zip(labels, shown["start"], strict=True)
    ]


def _without_period(label: str, time: str) -> str:
    """A label less the sum's period `with_recipients` gave it when that is the past time said after it
    ("Harbour fees, last year" -> "Harbour fees"), so the time is said once."""
    for suffix in (f", {time}", f", in {time}"):
        if label.endswith(suffix):
            return label[: -len(suffix)]
    return label


def budget_wholes(rows: pd.DataFrame, article: Article) -> dict[int, str]:
    """The budget each money unit's sums given to parts come out of, by its start, with those sums'
    verbs: the largest amount of the unit whose subject names a budget, when amounts said given to a
    part ("gets", "receives", "is allocated") are smaller; else none."""
    found = {}
    for _, group in rows.groupby("_unit", sort=False):
        given = {}
        for start, sentence, value in zip(group["start"], group["sentence"], group["value"], strict=True):
            before = article.body[max(article.sentences[int(sentence)][0], int(start) - 40) : int(start)]
            if verb := RE_GIVEN_TO_PART.search(before):
                given[float(value)] = verb.group(0).strip()
        budgets = group[group["subject"].map(lambda s: bool(RE_BUDGET_SUBJECT.match(str(s)))).astype(bool)]
        if budgets.empty or not given:
            continue
        whole = budgets.loc[budgets["value"].astype(float).idxmax()]
        verbs = [f"“{v} …”" for value, v in given.items() if value < float(whole["value"])]
        if verbs and float(whole["value"]) == group["value"].astype(float).max():
            found[int(whole["start"])] = ", ".join(dict.fromkeys(verbs))
    return found


def _segment_words(row: dict[str, object], article: Article) -> str:
    """A money amount's subject and its own clause up to it: where a division or the group is named."""
    s_start, _ = article.sentences[int(row["sentence"])]
    before = article.body[max(s_start, int(row["start"]) - 80) : int(row["start"])]
    joins = list(RE_CLAUSE_JOIN.finditer(before))
    return f"{row['subject']} {before[joins[-1].end() if joins else 0 :]}"


def group_wholes(rows: pd.DataFrame, article: Article) -> dict[int, str]:
    """The group's amounts that are wholes of its divisions' amounts of the same measure, by start,
    each with those parts' quotes: a group amount (`RE_GROUP_MEASURE`) larger than every amount of the
    same measure and money unit whose words name a division, unit, segment, arm or subsidiary."""
    found: dict[int, str] = {}
    for _, group in rows.groupby("_unit", sort=False):
        parts: dict[str, list[tuple[float, str]]] = {}
        wholes: list[tuple[str, float, int]] = []
        for row in group.to_dict("records"):
            words = _segment_words(row, article)
            if RE_SEGMENT.search(words) and (measure := RE_SEGMENT_MEASURE.search(words)):
                parts.setdefault(SEGMENT_MEASURES[measure.group(1).lower()], []).append(
                    (float(row["value"]), str(row["quote"]))
                )
            elif whole := RE_GROUP_MEASURE.search(words):
                wholes.append(
                    (SEGMENT_MEASURES[whole.group(1).lower()], float(row["value"]), int(row["start"]))
                )
        for measure, value, start in wholes:
            of = parts.get(measure, [])
            if of and value > max(v for v, _ in of):
                found[start] = ", ".join(f"“{q}”" for _, q in of)
    return found


# README rule 6, a part never beside its whole: people a count's own clause says something befell
# (vocab.AFFECTED_WORDS: "treated 311 runners", "two firefighters, aged 19 and 27, were treated") are a
# part of a larger count of the same people said without such words ("18,500 runners took part")
RE_AFFECTED = re.compile(rf"\b(?:{grouped_alternation(AFFECTED_WORDS, ignore_case=True)})\b", re.IGNORECASE)
AFFECTED_REACH = 60  # characters before and after a count read for those words, within its clause
RE_AND_VERB = re.compile(
    r"\s(?:and|but|while|whereas)\s+(?!\d)", re.IGNORECASE
)  # "266 individuals and injured 463"


def affected_said(article: Article, row: dict[str, object]) -> str:
    """The words of a count's clause, right before or after it, that say what befell its people
    ("treated", "were taken to hospital"), or ""."""
    start, end = int(row["start"]), int(row["end"])
    s_start, s_end = article.sentences[int(row["sentence"])]
    before = article.body[max(s_start, start - AFFECTED_REACH) : start]
    joins = list(RE_CLAUSE_JOIN.finditer(before))
    after = article.body[end : min(s_end, end + AFFECTED_REACH)]
    cut = RE_CLAUSE_JOIN.search(after) or RE_AND_VERB.search(after)
    said = RE_AFFECTED.search(before[joins[-1].end() if joins else 0 :]) or RE_AFFECTED.search(
        after[: cut.start() if cut else len(after)]
    )
    return said.group(0) if said else ""


def affected_wholes(rows: pd.DataFrame, article: Article) -> dict[int, str]:
    """The counts of people that are the whole of smaller counts of the same people (the word the
    quote counts) whose clause says what befell them (`affected_said`), by start, each with those
    parts' quotes and words; a count said with such words is never a whole here, but of a count that
    names no one and says after it what befell them, later in its sentence ("treated 311 runners, most
    of them for cramps; nine were taken to hospital"): those are some of its people."""
    people = rows[rows["_unit"].astype(str).str.startswith("people")]
    counted, bare = [], []
    for row in people.to_dict("records"):
        words = RE_THING_WORD.findall(RE_NUMBER_HEAD.sub("", str(row["quote"]).strip(), count=1))
        if words and _singular(words[-1].lower()) in GENERIC_PEOPLE:
            continue  # people at large are what their sentence says (`people_are`), no one group
        if words:
            counted.append((row, _singular(words[-1].lower()), affected_said(article, row)))
        elif said := RE_AFFECTED.search(
            article.body[int(row["end"]) : int(row["end"]) + AFFECTED_REACH // 2]
        ):
            bare.append((row, said.group(0)))
    found: dict[int, str] = {}
    for row, said in bare:  # the people it names are those of the count of people right before it
        before = people[(people["sentence"] == row["sentence"]) & (people["end"] <= row["start"])]
        nearest = before.loc[before["end"].idxmax()] if len(before) else None
        if (
            nearest is not None
            and any(int(nearest["start"]) == int(other["start"]) for other, _, _ in counted)
            and (float(nearest["value"]) > float(row["value"]))
        ):
            whole = int(nearest["start"])
            found[whole] = ", ".join(filter(None, (found.get(whole), f"“{row['quote']}” ({said})")))
    said_of: dict[
        tuple[str, object], list[tuple[float, str]]
    ] = {}  # the counts said with such words, by thing
    for row, thing, said in counted:
        if said:
            said_of.setdefault((thing, row["_unit"]), []).append(
                (float(row["value"]), f"“{row['quote']}” ({said})")
            )
    for row, thing, said in counted:
        of = [] if said else said_of.get((thing, row["_unit"]), [])
        parts = [words for value, words in of if value < float(row["value"])]
        if parts:
            found[int(row["start"])] = ", ".join([*parts, *filter(None, [found.get(int(row["start"]))])])
    return found


# README rule 6, rows of different scope: a figure whose subject opens with a country's name or a
# national word ("Kenya produced milk", "India's exports", "national output") is a whole of wider
# scope than a smaller figure of the same thing whose subject names no country (one body's own)
RE_NATIONAL_SUBJECT = re.compile(
    r"^(?:the\s+)?(?:national|nationwide|countrywide|(?:country|nation)['’]s)\b", re.IGNORECASE
)
RE_POSSESSIVE_END = re.compile(r"['’]s?$")


def country_scope(subject: object) -> str:
    """The country or national word a subject opens with ("Kenya" of "Kenya produced milk", "South
    Africa" of "South Africa's exports", "national" of "national output"), or ""."""
    text = RE_SUBJECT_UNIT_NOTE.sub("", subject if isinstance(subject, str) else "").strip()
    if said := RE_NATIONAL_SUBJECT.match(text):
        return said.group(0)
    words = text.split()[:3]
    for size in range(len(words), 0, -1):
        name = RE_POSSESSIVE_END.sub("", " ".join(words[:size]))
        named_after = size < len(words) and words[size][:1].isupper()  # "Kenya's Daniel Kiprop": a name
        if all(w[:1].isupper() for w in words[:size]) and not named_after and is_country(name):
            return name
    return ""


def scope_wholes(rows: pd.DataFrame) -> dict[int, str]:
    """The figures of a country's or national scope (`country_scope`) that are wholes of smaller figures
    of the same unit and thing (the last word of their subjects) whose subjects name no country, by
    start, each with its scope and those figures' quotes. Never temperatures or rates (no sums)."""
    found: dict[int, str] = {}
    plain = [RE_SUBJECT_UNIT_NOTE.sub("", str(s)).strip().lower().split() for s in rows["subject"]]
    scopes = [country_scope(s) for s in rows["subject"]]
    records = rows.to_dict("records")
    for row, words, scope in zip(records, plain, scopes, strict=True):
        if not scope or not words or " per " in str(row["_unit"]) or "degree" in str(row.get("measure", "")):
            continue
        parts = [
            f"“{other['quote']}”"
            for other, other_words, other_scope in zip(records, plain, scopes, strict=True)
            if not other_scope
            and other_words
            and other_words[-1] == words[-1]
            and other["_unit"] == row["_unit"]
            and float(other["value"]) < float(row["value"])
        ]
        if parts:
            found[int(row["start"])] = f"{scope}, beside {', '.join(parts)}"
    return found


def change_members(rows: pd.DataFrame, article: Article) -> dict[int, str]:
    """The figures that go on a change said as an amount in their clause's list, by their start, each
    with that change's quote: "Roads lose KSh 260 million" is a cut, so are "water KSh 180 million"
    and "and the trade department KSh 95 million" after it (no verb of their own between)."""
    members: dict[int, str] = {}
    ordered = rows.sort_values("start", kind="stable").to_dict("records")
    for first, then in pairwise(ordered):
        if then["sentence"] != first["sentence"]:
            continue
        s_start, _ = article.sentences[int(first["sentence"])]
        before = article.body[max(s_start, int(first["start"]) - 40) : int(first["start"])]
        changed = (
            first.get("direction") in ("increase", "decrease")
            or RE_CHANGE_BY.search(before) is not None
            or RE_AMOUNT_CHANGE.search(before) is not None
            or int(first["start"]) in members
        )
        gap = article.body[int(first["end"]) : int(then["start"])]
        words = {w.lower() for w in re.findall(r"[^\W\d_][\w'’-]*", gap)}
        if changed and RE_LIST_GAP.match(gap) and not words & CLAUSE_VERBS:
            members[int(then["start"])] = members.get(int(first["start"]), str(first["quote"]))
    return members


def whole_of_part(rows: pd.DataFrame, row: dict[str, object], before: str) -> str:
    """The words that make a figure the whole of a part stated right before it ("64 of the" of "64
    of the 169 seats"), when figures of its unit other than that part are smaller than it (so
    they may be parts too, and the whole is no peer of theirs); else ""."""
    lead = RE_WHOLE_OF_PART.search(before[-40:])
    if not lead:
        return ""
    smaller = rows[(rows["_unit"] == row["_unit"]) & (rows["value"].astype(float) < float(row["value"]))]
    return lead.group(0).strip() if len(smaller) > 1 else ""


RE_EARLIER_NOTE = re.compile(r"^“(.+)” is the earlier level the article compares “(.+)” with")


def later_levels(
    rows: pd.DataFrame, reasons: pd.Series, figures: pd.DataFrame, what: str, article: Article
) -> pd.Series:
    """Why a figure left in is left out after all, or "": the later level of a pair whose earlier
    level is left out ("a 38 per cent jump, from £5.2 million to £7.4 million", "a fare rose from
    R18 to R22", an amount said moving "from" one level "to" the next: one quantity's two levels are
    drawn together or not at all, and a price after a rise is never drawn as if it had not risen); a
    whole stated again
    ("more than £3.4 million" beside "a total of £3.4 million"). Otherwise a later level is left out
    only when its sentence states the pair's percent change: "won 30 seats, up from 26" is drawn
    among the other parties' seats, and "lost ₦4.2 billion, up from ₦2.8 billion" among the year's sums."""
    changed = set(figures.loc[figures["kind"] == "percent_change", "sentence"].astype(int))
    out = pd.Series("", index=rows.index, dtype=object)
    for index, reason in reasons.items():
        earlier = RE_EARLIER_NOTE.match(reason)
        row = rows.loc[index]
        same = rows[(rows["_unit"] == row["_unit"]) & (reasons == "")]
        moved = RE_TO_FOLLOWS.match(article.body[int(row["end"]) : int(row["end"]) + 60]) is not None
        if earlier and ((what == "money amount" and moved) or int(row["sentence"]) in changed):
            later = same[(same["sentence"] == row["sentence"]) & (same["quote"] == earlier.group(2))]
            for peer in later.index:
                out[peer] = (
                    f"“{earlier.group(2)}” is the later level of a change the article states, from "
                    f"“{earlier.group(1)}”: one quantity at two times, drawn together or not at all, so "
                    f"not drawn as a further {what}."
                )
        elif "is a whole the article states" in reason:
            for peer in same[same["value"].astype(float) == float(row["value"])].index:
                out[peer] = (
                    f"“{rows.loc[peer, 'quote']}” states again the whole “{row['quote']}”: not drawn among its parts."
                )
    return out


RE_THING_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def _singular(word: str) -> str:
    """A plural noun's singular, the simple way ("houses" -> "house", "glass" stays)."""
    return word[:-1] if word.endswith("s") and not word.endswith("ss") and len(word) > 3 else word


def things_counted(rows: pd.DataFrame) -> list[tuple[str, pd.DataFrame]]:
    """Counts of other things split by the thing they count (the last word of the quote after its
    number, else the first word of the subject; "houses" and "house" alike), in the order first
    stated: 1,300 houses and 9,800 houses share an axis, jobs and countries do not. Counts of one
    thing share an axis only when their subjects (a note in brackets aside) are alike or the article
    states them in one sentence: not "41 games" (a player's season) and, sentences later, "two NFL
    games" (a stadium's). Each group is named by its word, or by its subject where groups share a word."""
    words, things, subjects = [], [], []
    for quote, subject in zip(rows["quote"], rows["subject"], strict=True):
        found = RE_THING_WORD.findall(RE_NUMBER_HEAD.sub("", str(quote).strip(), count=1))
        if not found and isinstance(subject, str):
            found = RE_THING_WORD.findall(subject)[:1]
        word = found[-1].lower() if found else "other things"
        said = RE_THING_WORD.findall(_without_holder(subject, word)) if isinstance(subject, str) else []
        words.append(word)
        things.append(_singular(word))
        subjects.append(tuple(_singular(w.lower()) for w in said))
    sentences = [int(s) for s in rows["sentence"]]
    group = list(range(len(rows)))  # each count's group: the first count it is joined to

    def root(i: int) -> int:
        while group[i] != i:
            i = group[i]
        return i

    for i in range(len(rows)):
        for j in range(i):
            alike = subjects[i] == subjects[j] or sentences[i] == sentences[j]
            if things[i] == things[j] and alike:
                group[root(i)] = root(j)
    roots = [root(i) for i in range(len(rows))]
    order = list(dict.fromkeys(roots))
    shared = {things[r] for r in order if [things[o] for o in order].count(things[r]) > 1}
    names = {r: (" ".join(subjects[r]) or words[r]) if things[r] in shared else words[r] for r in order}
    for r in order:
        if things[r] in shared and isinstance(rows["subject"].iloc[r], str):
            names[r] = re.sub(r"\s*\([^)]*\)", "", rows["subject"].iloc[r]).strip() or words[r]
    return [(names[r], rows[[o == r for o in roots]]) for r in order]


RE_HOLDER_TAIL = re.compile(r"\s+(?:of|by|to|in)\s.*$")


def _without_holder(subject: str, word: str) -> str:
    """The subject without a note in brackets, and without its holder when it opens with the thing
    counted ("seats of Labour" counts seats, as "seats" does; "council seats of ..." keeps its words)."""
    subject = re.sub(r"\([^)]*\)", "", subject)
    opens = RE_THING_WORD.findall(subject)[:1]
    if opens and _singular(opens[0].lower()) == _singular(word):
        return RE_HOLDER_TAIL.sub("", subject)
    return subject


GENERIC_PEOPLE = frozenset(("people", "person", "persons", "individual", "resident"))
# what a count of people at large is, said right after it up to a clause's break: its verb or state
# after an auxiliary ("were in work", "had been out of work", "were looking for a job"), else a word of
# content opening it ("work in tourism", "long-term unemployed"); the words before the state skipped
RE_SAID_CUT = re.compile(r"[,;:.()—–]|\s(?:and|but|or|while|whereas|as)\s", re.IGNORECASE)
SAID_SKIPPED = frozenset(("who", "that", "still", "also", "now", "already", "currently", *LIMITING_ADVERBS))
SAID_SKIPPED |= {"to", "reported"}  # "had to be evacuated", "were reported missing"
SAID_LINKING = frozenset(("remain", "remains", "remained"))  # a verb of state read past as an auxiliary
SAID_WORDS = 8  # the most words after a count read for what its people are


def people_said(after: str) -> str:
    """What the people of a count at large are, from the words right after it ("were in work" ->
    "in work", "had been out of work for a year" -> "out", "in Kabul were evacuated" -> "evacuated",
    "had to be evacuated" -> "evacuated", "remain missing" -> "missing"),
    up to its first word of content; "" when those words say none ("on Saturday", ", police said")."""
    words = [w.lower() for w in RE_THING_WORD.findall(RE_SAID_CUT.split(after, maxsplit=1)[0])][:SAID_WORDS]
    verbs = [i for i, w in enumerate(words) if w in AUXILIARY_VERBS or w in SAID_LINKING]
    at = verbs[0] if verbs else 0
    while at < len(words) and (
        words[at] in AUXILIARY_VERBS or words[at] in SAID_SKIPPED or words[at] in SAID_LINKING
    ):
        at += 1
    if not verbs and at < len(words) and words[at] in FUNCTION_WORDS:
        return ""
    said = []
    for word in words[at:]:
        said.append(word)
        if word not in FUNCTION_WORDS:
            return " ".join(said)
    return ""


def people_are(article: Article, row: dict[str, object]) -> str:
    """What the people of a count at large ("4.21 million people") are: said in its subject after
    the word for people ("people employed" -> "employed"), else, when the subject is as bare as the
    quote, right after the count in its sentence (`people_said`); "" when neither says, or when the
    count points back to people counted before ("these 1,229 individuals": vocab.ANAPHORIC_WORDS)."""
    subject = str(row["subject"]).strip()
    head, _, tail = subject.partition(" ")
    before = article.body[max(0, int(row["start"]) - 12) : int(row["start"])].split()
    if _singular(head.lower()) not in GENERIC_PEOPLE or (before and before[-1].lower() in ANAPHORIC_WORDS):
        return ""
    if tail:
        return people_said(" " + tail)
    return people_said(article.body[int(row["end"]) : article.sentences[int(row["sentence"])][1]])


def people_counted(rows: pd.DataFrame, article: Article) -> list[tuple[str, pd.DataFrame]]:
    """Counts of people split by whom they count, when quotes name unlike people ("38,000 ratepayers",
    "45 nurses": unlike people share no axis), in the order first stated; all together, unnamed
    (""), when they name at most one kind of people. A count of people at large, or naming no one
    ("463"), counts what its subject or its sentence says they are (`people_are`: "people in work"
    never beside "people out", "people injured" beside "people injured").
    Where they name two or more, a count that names no one ("40") or only people at large saying
    nothing more ("1.4 million people") may be any of them, so it goes with none: those are counted
    apart, as "people"."""
    words = [RE_THING_WORD.findall(RE_NUMBER_HEAD.sub("", str(q).strip(), count=1)) for q in rows["quote"]]
    things = [_singular(found[-1].lower()) if found else "" for found in words]
    things = [
        ((said := people_are(article, row)) and f"people {said}")
        if not thing or thing in GENERIC_PEOPLE
        else thing
        for thing, row in zip(things, rows.to_dict("records"), strict=True)
    ]
    if len(set(things) - {""}) < 2:
        return [("", rows)]
    named = {
        thing: thing if thing.startswith("people ") else found[-1].lower()
        for thing, found in zip(things, words, strict=True)
        if thing
    }
    named[""] = "people"
    return [(named[t], rows[[x == t for x in things]]) for t in dict.fromkeys(things)]


# README rule 6, money of unlike kinds (vocab.MONEY_KIND_WORDS, in their order); a sum of none of these
# may be any of them (`money_kinds`)
RE_MONEY_KINDS = {
    kind: re.compile(
        rf"(?<![\w-])(?:{grouped_alternation(words, ignore_case=True)})(?![\w-])".replace(r"\ ", r"\s+"),
        re.IGNORECASE,
    )
    for kind, words in MONEY_KIND_WORDS.items()
}
RE_PERSON = re.compile(
    rf"(?<![\w-])(?:{grouped_alternation(PERSON_NOUNS, ignore_case=True)})(?![\w-])", re.IGNORECASE
)
MONEY_KINDS_APART = "debt, capital raised, a day's trading, a deal's price, a person's pay and a period's accounts share no axis"


def money_kind(row: dict[str, object], article: Article) -> str:
    """What a money amount is (one of vocab.MONEY_KIND_WORDS), from its subject and its own clause up to
    it (`_segment_words`), or "" when no word says; a person's pay only where a person is named
    (vocab.PERSONAL_MONEY_KINDS, PERSON_NOUNS: "the highest-paid director received")."""
    words = _segment_words(row, article)
    person = RE_PERSON.search(words) is not None
    return next(
        (
            kind
            for kind, found in RE_MONEY_KINDS.items()
            if (person or kind not in PERSONAL_MONEY_KINDS) and found.search(words)
        ),
        "",
    )


def money_kinds(rows: pd.DataFrame, article: Article) -> list[tuple[str, pd.DataFrame]]:
    """Money amounts split by what they are (`money_kind`), when they are of two kinds or more: a loan
    facility, a transfer fee and a season's revenue share no axis, nor an IPO's funds raised, a day's
    trading and nine months' revenue; all together, unnamed (""), when at most one kind
    is said. Where two or more are, an amount of no kind said may be any of them, and is drawn with
    the others of no kind ("")."""
    kinds = [money_kind(row, article) for row in rows.to_dict("records")]
    if len(set(kinds) - {""}) < 2:
        return [("", rows)]
    return [(kind, rows[[k == kind for k in kinds]]) for kind in dict.fromkeys(kinds)]


LONE_WORDS = {
    "actual": "amounts stated as done",
    "forecast": "forecasts and expectations",
    "cumulative": "cumulative totals",
    "level": "levels held at a date",
}


def lone_note(what: str, of: str, kind: str, kinds: list[str], quote: str) -> str:
    """The note for a figure alone in its unit and standing, naming its `quote`; when the unit is
    charted in another standing, it says so (a pledge said as done is not on the forecasts' chart)."""
    _, suffix = standing_suffix(kind)
    others = [k for k in kinds if k != kind]
    if not others:
        return f"Only one {what} {of}{suffix}, “{quote}”: said in a sentence, not charted."
    return (
        f"Only one {what} {of} ({LONE_WORDS[kind]}), “{quote}”: said in a sentence, not charted, nor "
        "drawn with the " + " or ".join(LONE_WORDS[k] for k in others) + f" {of}."
    )


CHARTED_KINDS = ("percent_change", "money", "count", "date")  # the kinds report_charts charts

# the figures the charts never draw, each with why, in the order a note names them: (name, why)
UNCHARTED = {
    "share": (
        "shares of a whole",
        "each is a share of its own whole{wholes}, which the table does not name, so "
        "shares of different wholes would share an axis",
    ),
    "target": (
        "targets",
        "each is the target its sentence gives for a share it states ({pairs}), a goal and not a "
        "share of anything yet, and each pair measures its own whole",
    ),
    "points": (
        "changes in percentage or basis points",
        "a change in points is no percent change, and the table gives no earlier level to draw it from",
    ),
    "rate": (
        "rates held at a date",
        "a rate is no amount and no change, and rates of different things would share an axis",
    ),
    "duration": ("spans of time", "a span has no date to place it on the timeline"),
    "typical": (
        "medians and averages of time",
        "the charts draw no spans of time: each is compared in its sentence with an earlier level or a "
        "target, which the sentence says",
    ),
    "other": (
        "figures of other kinds",
        "none has a second level of its measure and quantity to be drawn beside, or its measure is a "
        "length (a height, a depth, a distance: unlike quantities in one unit), a scale reading (an "
        "index, an average of a game) or none a chart can put on an axis",
    ),
}


def uncharted_kind(kind: object, unit: object) -> str:
    """Which of UNCHARTED a figure of this kind and unit is, or "" for one the charts may draw."""
    if kind == "percentage_share":
        return "share"
    if kind == "percent_change":
        return "" if unit == "percent" else "points"
    if kind in CHARTED_KINDS:
        return ""
    if kind == "duration":
        return "duration"
    return "rate" if unit == "percent" else "other"


RE_TARGET_SUBJECT = re.compile(r"\b(?:target|goal|aim|benchmark|standard)s?\b", re.IGNORECASE)
RE_TYPICAL_SUBJECT = re.compile(r"\b(?:median|average|mean|typical)\b", re.IGNORECASE)


def _few(quotes: list[str]) -> str:
    """Up to three quotes, and how many more."""
    return ", ".join(f"“{q}”" for q in quotes[:3]) + (
        f" and {len(quotes) - 3} more" if len(quotes) > 3 else ""
    )


# a share's whole said right after it: "58 per cent of normal", "147 per cent of its capacity"
RE_OF_WHOLE = re.compile(
    r"^\s+of\s+(?:(?:the|a|an|all|" + "|".join(sorted(POSSESSIVE_DETERMINERS)) + r")\s+)?", re.IGNORECASE
)
RE_RATE_SUBJECT = re.compile(r"\brates?\b", re.IGNORECASE)  # "reference rate", "the rate"
# the words before a percent that name the level a rate reached: "the peak of", "peaked at", "a high of"
RE_PEAK_BEFORE = re.compile(
    r"\b(?:peak(?:ed)?|high|low|record|trough)\s+(?:of|at)\s+(?:(?:about|around|nearly|some|almost)\s+)?$",
    re.IGNORECASE,
)
PEAK_REACH = 30  # characters before a percent read for those words


def rate_share(article: Article | None, start: int, subject: str, changed: bool) -> bool:
    """Whether a share is the level of a rate, never a share of a whole: its subject names no whole
    and is headed by a price's noun ("Consumer prices": vocab.PRICE_LEVEL_NOUNS; a percent of prices is
    the pace they move at), or it is the peak, high or low of a rate whose change its sentence states
    (`changed`: "rose 2.8 per cent ..., far below the peak of 18.4 per cent")."""
    words = re.findall(r"[\w'’-]+", subject.lower()) if " as a share of " not in subject else []
    if words and words[-1] in PRICE_LEVEL_NOUNS:
        return True
    before = article.body[max(0, start - PEAK_REACH) : start] if article is not None else ""
    return changed and RE_PEAK_BEFORE.search(before) is not None


def whole_said(article: Article | None, start: int, quote: str, subject: str) -> bool:
    """Whether a share's subject is the whole its words name right after it ("of normal", "of its
    capacity"); True without the article (nothing to read)."""
    if article is None:
        return True
    end = start + len(quote)
    after = article.body[end : end + 20 + len(subject)]
    found = RE_OF_WHOLE.match(after)
    return found is not None and after[found.end() :].lower().startswith(subject.lower())


def uncharted_notes(figures: pd.DataFrame, article: Article | None = None) -> list[str]:
    """A note for each kind of figure the charts never draw that the article states (shares, and
    apart from them the targets stated beside a share of their sentence; changes in points, rate
    levels, spans of time, and apart from them medians and averages; other figures), naming up to
    three of them and saying why none is charted; the shares note names what the shares are of,
    with the `article`, only the wholes its words name right after a share ("of normal"). A share
    whose subject is a rate (RE_RATE_LEVEL, "the reference rate") or a rate's level (`rate_share`: "the
    peak of 18.4 per cent" of consumer prices) is among rates; a span that is
    an average's window ("the 10-year average") among spans of time, never an average of time."""
    found: dict[str, list[str]] = {}
    subjects: dict[str, list[str]] = {}
    sentences = (
        figures["sentence"]
        if "sentence" in figures.columns
        else pd.Series([-1 - i for i in range(len(figures))], index=figures.index)  # none shares a sentence
    )
    targets = figures["subject"].map(lambda s: bool(RE_TARGET_SUBJECT.search(str(s))))
    of_sentence: dict[int, str] = {}  # each sentence's last share that is no target
    for quote, sentence in zip(
        figures.loc[(figures["kind"] == "percentage_share") & ~targets, "quote"],
        sentences[(figures["kind"] == "percentage_share") & ~targets],
        strict=True,
    ):
        of_sentence[int(sentence)] = str(quote)
    pairs = []
    starts = figures["start"] if "start" in figures.columns else pd.Series(0, index=figures.index)
    # the sentences that state a percent change: a peak or low of a percent there is that rate's level
    changed = set(
        sentences[(figures["kind"] == "percent_change") & (figures["unit"] == "percent")].astype(int)
    )
    for kind, unit, quote, subject, sentence, start in zip(
        figures["kind"], figures["unit"], figures["quote"], figures["subject"], sentences, starts, strict=True
    ):
        which = uncharted_kind(kind, unit)
        said = subject if isinstance(subject, str) else ""
        if which == "share" and RE_TARGET_SUBJECT.search(said) and int(sentence) in of_sentence:
            which = "target"
            pairs.append(f"“{quote}” for “{of_sentence[int(sentence)]}”")
        elif which == "share" and (
            RE_RATE_LEVEL.search(said)
            or RE_RATE_SUBJECT.search(said)
            or rate_share(article, int(start), said, int(sentence) in changed)
        ):
            which = "rate"
        elif (
            which == "duration"
            and RE_TYPICAL_SUBJECT.search(said)
            and not RE_TYPICAL_SUBJECT.search(str(quote))
        ):
            which = "typical"
        if which:
            found.setdefault(which, []).append(str(quote))
            whole = RE_SUBJECT_UNIT_NOTE.sub("", said).strip()
            whole = whole.rpartition(" as a share of ")[2] if which == "share" else whole
            if (
                said
                and not is_cut(said)
                and (which != "share" or whole_said(article, int(start), str(quote), whole))
            ):
                subjects.setdefault(which, []).append(whole)
    notes = []
    for which, (name, why) in UNCHARTED.items():
        quotes = list(dict.fromkeys(found.get(which, [])))
        if quotes:
            wholes = "; ".join(list(dict.fromkeys(subjects.get(which, [])))[:3])
            why = why.format(wholes=f" (here: {wholes})" if wholes else "", pairs="; ".join(pairs[:3]))
            notes.append(f"{capitalised(name)} ({_few(quotes)}): no chart, since {why}; said in sentences.")
    return notes


def report_charts(
    article: Article,
    figures: pd.DataFrame,
    changes: pd.DataFrame,
    context: pd.DataFrame | None = None,
    kinds: Collection[str] = CHARTED_KINDS,
) -> tuple[list[Chart], list[str]]:
    """The charts an article's figures call for under the house rules, and a sentence for each
    chart not drawn and why; `context` (other sources) may say whose claim the figures are;
    `kinds` (of CHARTED_KINDS) the kinds of figure to chart and speak of (the others were not asked for)."""
    charts: list[Chart] = []
    notes: list[str] = []
    if changes.empty and "percent_change" in kinds:
        notes.append("No percent changes: no change chart.")
    asked = changes if "percent_change" in kinds else changes.iloc[:0]
    if not asked.empty:
        asked = merged_repeats(asked)
        reasons = unsaid_changes(asked, article, figures)
        reasons = reasons.where(reasons != "", rate_levels(asked, article))
        reasons = reasons.where(reasons != "", contradicted_changes(asked, article, figures))
        reasons = reasons.where(reasons != "", gap_comparisons(asked, article))
        notes += [reason for reason in reasons if reason]
        asked = change_periods(asked[reasons == ""], article)
    for _, kind, group in comparable_groups(article, asked.assign(unit="percent"), "unit"):
        slug, suffix = standing_suffix(kind)
        drawn = 0
        for period, rows_of in period_groups(group):
            if len(rows_of) < 2:
                quote, start = str(rows_of["quote"].iloc[0]), int(rows_of["start"].iloc[0])
                notes.append(lone_change_note(period, quote, suffix, base_after(article, start, quote)))
                continue
            drawn += 1
            charts.append(
                change_chart(
                    rows_of,
                    article,
                    f"How much did it change?{suffix}",
                    f"percent-changes{slug}" + (f"-period{drawn}" if drawn > 1 else ""),
                    context=context,
                    together=TOGETHER_PERIOD if period else TOGETHER_PASSAGE,
                )
            )
    for kind_name, build, what in (
        ("money", money_chart, "money amount"),
        ("count", count_chart, "count"),
    ):
        if kind_name not in kinds:
            continue
        of_kind = figures[figures["kind"] == kind_name]
        numeric = numeric_rows(of_kind)
        notes += [
            f"“{quote}” is a range, not one {what}: said in a sentence, not drawn as a bar."
            for quote in dict.fromkeys(of_kind.loc[~of_kind.index.isin(numeric.index), "quote"])
        ]
        rows = with_measures(numeric)
        rows = with_periods(rows, article)  # "$610,000 a year", "17 people a day": rates, no sums
        if kind_name == "money":
            rows = with_sum_periods(rows, article, figures)  # a sum's period as the aid table gives it
        if rows.empty:
            notes.append(f"No {what}s: no {what} chart.")
        else:
            reasons = set_apart(rows, article, figures, what)
            notes += [reason for reason in dict.fromkeys(reasons) if reason]
            rows = rows[reasons == ""]
        groups = comparable_groups(article, rows, "_unit", levels=kind_name == "money")
        pending: list[tuple[pd.DataFrame, str, str, int, dict[str, str]]] = []
        # a value the article marks as a part ("64 of the 169 seats") is a part wherever it is stated
        parts = parts_of_groups(rows, article) if len(rows) else pd.Series(dtype=bool)
        notes += [
            f"“{quote}” is a part of a group the article counts: not drawn beside its whole."
            for quote in dict.fromkeys(rows.loc[parts, "quote"])
        ]
        for unit, kind, group in groups:
            _, suffix = standing_suffix(kind)
            of_unit = rows[parts & (rows["_unit"] == unit)]
            marked = set(of_unit["value"].astype(float))
            sums = sums_of_parts(group, sum_openers(group, article))
            notes += [
                f"“{part}” and “{other}” add up to “{total}”: a whole beside its parts, so the parts are "
                "drawn and the whole is not."
                for total, (part, other) in sums.items()
            ]
            whole = group[~group["value"].astype(float).isin(marked) & ~group["quote"].isin(sums)]
            split = (
                things_counted(whole)
                if kind_name == "count" and unit == "count"
                else people_counted(whole, article)
                if kind_name == "count" and unit == "people"
                else money_kinds(whole, article)
                if " per " not in unit  # a price or a rate is of one kind per its unit
                else [("", whole)]
            )
            alone = [
                str(rows_alone["quote"].iloc[0])
                for thing, rows_alone in split
                if thing and len(distinct_amounts(rows_alone)) < 2
            ]
            if alone and kind_name == "money":
                notes.append(
                    f"Money of unlike kinds in {unit}{suffix}, one of each: "
                    + ", ".join(f"“{q}”" for q in alone)
                    + f"; said in sentences, not charted ({MONEY_KINDS_APART})."
                )
            elif alone:
                notes.append(
                    f"Counts of unlike things{suffix}, one of each: "
                    + ", ".join(f"“{q}”" for q in alone)
                    + "; said in sentences, not charted (counts of unlike things share no axis)."
                )
            for thing, rows_of in split:
                if thing and len(distinct_amounts(rows_of)) < 2:
                    continue
                of = f"in {unit}" if kind_name == "money" else f"of {thing or COUNT_NOUNS.get(unit, unit)}"
                bands = scale_bands(rows_of)
                for band, rows_in_band in enumerate(bands):
                    if len(distinct_amounts(rows_in_band)) >= 2:
                        extra = {"thing": thing} if thing else {}
                        pending.append((rows_in_band, unit, kind, band, extra))
                    elif len(bands) > 1:
                        quotes = ", ".join(f"“{q}”" for q in dict.fromkeys(rows_in_band["quote"]))
                        notes.append(
                            f"{capitalised(what)} {of}{suffix} {quotes}: more than {MAX_SCALE_RATIO:,} times "
                            "apart from the others, so not on their axis; said in a sentence, not charted."
                        )
                    elif len(rows_in_band):
                        standings = [k for u, k, _ in groups if u == unit]
                        quote = str(rows_in_band["quote"].iloc[0])
                        notes.append(lone_note(what, of, kind, standings, quote))
        drawn = [(unit, kind) for _, unit, kind, _, _ in pending]
        for rows_in_band, unit, kind, band, extra in pending:
            apart = apart_for(unit, kind, drawn, kind_name)
            charts.append(build(rows_in_band, article, unit, kind, band, apart, context, **extra))
    if set(CHARTED_KINDS) <= set(kinds):  # all asked: measurements too, and say what no chart draws
        from .measure_charts import measure_charts  # it builds on this module's charts

        measured, said, handled = measure_charts(article, figures, context)
        charts += measured
        rest = figures.drop(index=handled)
        notes += said + (uncharted_notes(rest, article) if len(rest) else [])
    dates = figures[figures["kind"] == "date"]
    if "date" not in kinds:
        return unique_names(charts), notes
    if dates.empty:
        notes.append("No dates: no timeline.")
    else:
        notes += list(eventless_dates(dates, article).values()) + list(fiscal_years(dates, article).values())
        reason = timeline_missing(dates, article)
        if reason:
            notes.append(f"No timeline: {reason}")
        else:
            charts.append(timeline_chart(figures, article))
    return unique_names(charts), notes


def unique_names(charts: list[Chart]) -> list[Chart]:
    """The charts, each file name once in the report: a name an earlier chart has takes the next free
    number ("counts-count-seats-2": two charts of seats, of unlike holders), in the charts' order, so
    the same article always gives the same names."""
    taken = {chart.name for chart in charts}
    seen: set[str] = set()
    for chart in charts:
        if chart.name in seen:
            number = 2
            while f"{chart.name}-{number}" in taken:
                number += 1
            chart.name = f"{chart.name}-{number}"
            taken.add(chart.name)
        seen.add(chart.name)
    return charts


# --- the seed's aid chart ----------------------------------------------------------------------


def aid_chart(
    aid: pd.DataFrame, article: Article, currency: str | None = None, context: pd.DataFrame | None = None
) -> Chart | NoChart:
    """Amounts to each recipient in one currency, with purpose and period where the article makes
    them clear; no shares (the article states no total) and nothing added up; for an article that
    names no recipient of money, a sentence saying so."""
    if aid.empty:
        return NoChart(
            f"{article.id}--aid-amounts",
            f"No aid amounts: {article.id} gives no amount of money to a named recipient, so there is no "
            "aid chart. Its report charts the money it does state.",
        )
    currency = currency or aid["currency"].mode().iloc[0]
    rows = aid[aid["currency"] == currency].reset_index(drop=True)
    source = source_line(article)
    divisor, word = scale_of(rows["amount"].max())
    unit = f"{currency}, {word}s" if word else currency
    claim = " ".join(
        t for t in (claim_note(list(rows["attribution"])), context_note(context, list(rows["quote"]))) if t
    )
    fig, ax = house_figure(
        "Where did the money go?",
        f"Amounts as stated, in {unit}. They are not added up and no shares are shown: the article "
        f"states no total, and the amounts have different purposes and periods. {claim}",
        source,
        right=0.62,
    )
    notes = [
        [money_text(row.amount, currency), *recipient_lines(row.purpose, row.period)]
        for row in rows.itertuples()
    ]
    with mpl.rc_context(fname=str(STYLE)):
        scaled = rows["amount"] / divisor
        ax.barh(range(len(rows)), scaled, height=0.55, color=COLOURS["money"])
        ax.set_yticks(range(len(rows)), list(rows["recipient"]))
        ax.invert_yaxis()
        limit = value_axis(ax, scaled.max(), unit)
        for i, lines in enumerate(notes):
            text = "\n".join(wrapped(line, 34) for line in lines)
            ax.text(scaled[i] + limit * 0.015, i, text, va="center", fontsize=8.5, color=COLOURS["text"])
    data = rows[["recipient", "amount", "currency", "purpose", "period", "quote", "start", "end"]].copy()
    data.insert(2, f"amount_{word}s" if word else "amount_units", scaled)
    parts = [
        f"{recipient} {'; '.join(lines)}" for recipient, lines in zip(rows["recipient"], notes, strict=True)
    ]
    alt = (
        f"Bar chart of money by recipient in {unit}: "
        + ". ".join(parts)
        + f". Not added up; no total is stated. {claim} {source}"
    )
    plain = []  # the purpose and period drawn beside each bar, unquoted
    for row in rows.itertuples():
        if row.purpose != "not stated" and not is_anaphoric(row.purpose):
            plain.append(("note", str(row.purpose), int(row.start)))
        if is_stated(row.period):
            plain.append(("note", str(row.period), int(row.start)))
    return traced(Chart(f"{article.id}--aid-amounts", fig, alt, data, source), article, plain)


# --- timeline -----------------------------------------------------------------------------------


def date_span(value: str) -> tuple[date, date, str] | None:
    """The first and last day a date value covers and its precision ("year", "month", "day",
    "range"); None when it has no year."""

    def bounds(text: str) -> tuple[date, date, str] | None:
        if text.startswith("--") or not text:
            return None
        parts = [int(p) for p in text.split("-")]
        if len(parts) == 1:
            return date(parts[0], 1, 1), date(parts[0], 12, 31), "year"
        if len(parts) == 2:
            first = date(parts[0], parts[1], 1)
            following = date(parts[0] + parts[1] // 12, parts[1] % 12 + 1, 1)
            return first, following - timedelta(days=1), "month"
        day = date(parts[0], parts[1], parts[2])
        return day, day, "day"

    low, _, high = str(value).partition("/")
    try:
        first = bounds(low)
        if not high:
            return first
        last = bounds(high)
    except ValueError:
        return None
    if first is None or last is None:
        return None
    return first[0], last[1], "range"


def _published(article: Article) -> date | None:
    value = article.metadata.get("published")
    try:
        return date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


# The part of a year said before it: months it names ("the third quarter of 2024", "Q3 2024", "the first
# half of 2025", "H1 2025", "the first nine months of 2026", "the last two months of 2023"), the same
# months as a part said before in the sentence ("... in the first ten months of the year, from 36,300
# in the same period of 2025"), or a part it does not give ("mid-2027", "the end of 2028", "early
# 2029", "the summer of 2023")
_PART_MONTHS = (
    r"(?:(?P<quarter>first|second|third|fourth)\s+quarter|Q(?P<q>[1-4])|(?P<half>first|second)\s+half|H(?P<h>[12])"
    r"|(?P<edge>first|opening|last|final)\s+(?P<n>\d\d?|" + "|".join(UNIT_WORDS) + r")\s+months)"
)
RE_PART_OF_YEAR = re.compile(
    rf"\b(?:{_PART_MONTHS}|(?P<same>same|corresponding|comparable)\s+(?:period|months|quarter|half)"
    r"|(?P<vague>mid|middle\s+of|early|late|(?:the\s+)?end\s+of|end|(?:the\s+)?(?:start|beginning)\s+of|"
    + "|".join(SEASONS)
    + r"))(?:\s+(?:of|in))?[\s-]*$",
    re.IGNORECASE,
)
RE_PART_MONTHS = re.compile(rf"\b{_PART_MONTHS}\s+of\s+(?:the\s+year|(?:1[89]|20)\d\d)\b", re.IGNORECASE)
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4}
PART_OF_THE_YEAR = "part of the year"  # the precision of a part of a year the article does not give


def _part_months(found: re.Match[str]) -> tuple[int, int] | None:
    """The first and last month a part of a year names (`_PART_MONTHS`), or None."""
    quarter = ORDINALS.get((found.group("quarter") or "").lower()) or int(found.group("q") or 0)
    if quarter:
        return 3 * quarter - 2, 3 * quarter
    half = ORDINALS.get((found.group("half") or "").lower()) or int(found.group("h") or 0)
    if half:
        return 6 * half - 5, 6 * half
    word = (found.group("n") or "").lower()
    months = UNIT_WORDS.get(word) or (int(word) if word.isdigit() else 0)
    if not 0 < months < 12:
        return None
    return (1, months) if found.group("edge").lower() in ("first", "opening") else (13 - months, 12)


def part_of_year(article: Article, start: int, year: int) -> tuple[date, date] | None:
    """The days of the part of a year its words name ("the first nine months of 2026": January to
    September), the whole year when the part is not given ("mid-2027"); None when no part is said."""
    s_start, _ = article.sentences[article.sentence_of(start)]
    before = article.body[max(s_start, start - 60) : start]
    found = RE_PART_OF_YEAR.search(before)
    if found is None:
        return None
    months = _part_months(found) if not found.group("vague") and not found.group("same") else None
    if found.group("same"):
        stated = list(RE_PART_MONTHS.finditer(article.body[max(s_start, start - 200) : start]))
        months = _part_months(stated[-1]) if stated else None
    if months is None:
        return date(year, 1, 1), date(year, 12, 31)
    following = date(year + months[1] // 12, months[1] % 12 + 1, 1)
    return date(year, months[0], 1), following - timedelta(days=1)


def _since(article: Article, start: int) -> bool:
    """Whether a date is the start of a "since ..." period ("since August 2021")."""
    s_start, _ = article.sentences[article.sentence_of(start)]
    return bool(RE_SINCE.search(article.body[max(s_start, start - 80) : start]))


# A date that names no event a timeline can show: the far end of a superlative's (vocab.SUPERLATIVE),
# a first's or a record's comparison ("the lowest reading since 2021", "their worst result since
# 1993", "best since its 2009 showing", "the first since the system opened in 2014", "the first poetry title
# to top the chain's annual chart since 1998"), or the end of a span whose start the article does not give
# ("runs until 2026")
RE_NO_EVENT = re.compile(
    rf"(?P<since>\b(?:{'|'.join((SUPERLATIVE, *FIRST_OR_RECORD))})\b"
    r"[^.;:]{0,60}?\bsince\s+(?:(?:its|their|his|her|the)\s+|[^.;:,]{0,40}?\b(?:opened|founded|began|started|launched)"
    r"\s+in\s+)?)$"
    r"|(?P<until>\b(?:until|till|runs\s+to)\s+(?:(?:the\s+end\s+of|mid-?|early|late)\s+)?)$",
    re.IGNORECASE,
)


# a year inside a name: "the benchmark 2035 bond", "its 2050 net-zero target" (a maturity, a goal's
# year: no period of the story)
RE_YEAR_IN_NAME = re.compile(
    r"^\s+(?:[a-z][\w-]*\s+){0,2}(?:bonds?|notes?|gilts?|paper|targets?|goals?|agenda|vision|strategy|deadline"
    r"|maturity|maturities|securities|debentures|eurobonds?)\b",
    re.IGNORECASE,
)
RE_YEAR_QUOTE = re.compile(r"^(?:1[89]|20)\d\d$")
# ... or a year after its name's word: "Vision 2030", "Agenda 2063", "Euro 2024", a law's "Act, 2013"
# (the comma only after a name word, vocab.NAME_WORDS); a month, a season, a quarter or half ("Q3",
# "H1") or a fiscal year's "FY" before a year is a date's own word
RE_NAME_BEFORE_YEAR = re.compile(r"\b(?P<word>[A-Z][\w'’-]*)(?P<comma>,)?\s+$")
DATE_WORDS_BEFORE_YEAR = frozenset(
    {
        *MONTHS,
        *(season.capitalize() for season in SEASONS),
        "Fall",
        "FY",
        "Since",
        "Until",
        "Before",
        "After",
        "During",
    }
)
RE_DATE_CODE = re.compile(r"^(?:Q[1-4]|H[12])$")


def name_before_year(article: Article, start: int) -> str:
    """The name word a year is part of ("Vision" of "Vision 2030", "Act," of "the Wildlife Act,
    2013"), or "" when the word before it is no name (a month, a season, a function word such as a
    quote's opening "The", the sentence's first word)."""
    s_start, _ = article.sentences[article.sentence_of(start)]
    window = max(s_start, start - 40)
    found = RE_NAME_BEFORE_YEAR.search(article.body[window:start])
    if found is None or window + found.start() == s_start:
        return ""
    word = found.group("word")
    if (
        word.lower() in FUNCTION_WORDS
        or word in DATE_WORDS_BEFORE_YEAR
        or RE_DATE_CODE.match(word)
        or (found.group("comma") and word not in NAME_WORDS)
    ):
        return ""
    return found.group().rstrip()


RE_FISCAL_YEAR = re.compile(r"^(?:FY\s?)?((?:1[89]|20)\d\d)[/-]((?:\d\d){1,2})$")  # "2026/27", "FY2026-27"


def is_fiscal_year(quote: str) -> bool:
    """Whether a quote is one fiscal year: a year and the next ("2026/27", "2026-2027"), never a
    span of years ("the 1961-1990 average")."""
    found = RE_FISCAL_YEAR.match(quote)
    if found is None:
        return False
    first, second = found.groups()
    return int(second) == (int(first) + 1) % 10 ** len(second)


# a year the words right before it call a fiscal one ("in fiscal 2025", "the financial year 2024", "FY 2026")
RE_FISCAL_BEFORE = re.compile(r"\b(?:(?:fiscal|financial)(?:\s+year)?|FY)\s*$", re.IGNORECASE)


def fiscal_years(figures: pd.DataFrame, article: Article | None = None) -> dict[int, str]:
    """The fiscal years ("2026/27", or a year said with "fiscal" right before it when the article is
    given: "visitors in fiscal 2025"; by start offset), each with the note that says why the timeline
    leaves it out: its months are not given, and drawn over both its calendar years it would be
    twice as long as it is, or over one calendar year it would be the wrong months."""
    notes = {}
    for row in figures[figures["kind"] == "date"].itertuples():
        quote, start = str(row.quote), int(row.start)
        if is_fiscal_year(quote):
            notes[start] = (
                f"“{quote}” is a fiscal year whose months the article does not give: left out of the timeline "
                "(drawn over both its calendar years, it would be twice as long as it is)."
            )
        elif (
            article is not None
            and RE_YEAR_QUOTE.match(quote)
            and (said := RE_FISCAL_BEFORE.search(article.body[max(0, start - 20) : start]))
        ):
            notes[start] = (
                f"“{said.group(0).strip()} {quote}” is a fiscal year whose months the article does not give: "
                "left out of the timeline (drawn as the calendar year, it would be the wrong months)."
            )
    return notes


def eventless_dates(figures: pd.DataFrame, article: Article) -> dict[int, str]:
    """The dates (by start offset) whose words name no event a timeline can show (RE_NO_EVENT; a
    year inside a name, RE_YEAR_IN_NAME), each with the note that says why it is left out."""
    notes = {}
    for row in figures[figures["kind"] == "date"].itertuples():
        s_start, _ = article.sentences[article.sentence_of(int(row.start))]
        named = RE_YEAR_IN_NAME.match(article.body[int(row.end) : int(row.end) + 40])
        before = name_before_year(article, int(row.start))
        if RE_YEAR_QUOTE.match(str(row.quote)) and (named or before):
            words = f"{before} {row.quote}" if before else f"{row.quote}{named.group().rstrip()}"
            notes[int(row.start)] = (
                f"“{words}” is a year inside a name, not a period of the story: left out of the timeline."
            )
            continue
        found = RE_NO_EVENT.search(article.body[max(s_start, int(row.start) - 80) : int(row.start)])
        if not found:
            continue
        words = " ".join(found.group().split()) + " "
        why = (
            "marks the far end of a comparison, not an event"
            if found.group("since")
            else "ends a span whose start the article does not give"
        )
        notes[int(row.start)] = f"“{words}{row.quote}” {why}: left out of the timeline."
    return notes


EVENT_CHARACTERS = 48  # the most of a clause a timeline label quotes


def event_label(article: Article, start: int, end: int, quote: str) -> str:
    """A timeline row's label: the date as stated and the
    words of its clause that lead up to it, the event it dates ("2025: “… economy grew 0.9 per cent
    in 2025”"), at most EVENT_CHARACTERS of them."""
    index = article.sentence_of(start)
    s_start, _ = article.sentences[index]
    text = article.sentence_text(index)
    left = max((m[1] for m in clause_marks(text) if m[1] <= start - s_start), default=0)
    words = text[left : end - s_start].strip(' ,;:."“”')
    if len(words) > EVENT_CHARACTERS:
        words = "… " + words[-EVENT_CHARACTERS:].split(" ", 1)[-1]
    return f"{quote}: “{words}”" if words and words != quote else quote


# words that put a day still to come ("will run from Dec. 13", "the final price due on Dec. 20",
# "can subscribe on Dec. 27"), beside RE_FORECAST's
RE_TO_COME = re.compile(
    r"\b(?:due|scheduled|shall|can|upcoming|next)\b"
    # a present tense that schedules ("Applications open on May 13", "submissions close December 18", "the
    # raffle closes December 18"), never a past one ("was open")
    r"|(?<!\bwas\s)(?<!\bwere\s)\b(?:opens?|closes?)(?:\s+[^.;:,]{0,40}?)?\s+$",
    re.IGNORECASE,
)
# forecast words that say nothing of a time to come: a request named as a noun ("The appeal ran for seven
# weeks, from Oct. 12 to Nov. 30": a fundraising campaign) and requests and pledges made in the past
NOT_TO_COME = frozenset(("appeal", "appeals", "appealed", "sought", "offered", "pledged", "promised"))
RE_DATE_FORECAST = re.compile(
    r"\b(?:" + "|".join(w for w in FORECAST_WORDS if w not in NOT_TO_COME) + r")\b", re.IGNORECASE
)
RE_NO_YEAR = re.compile(r"^--(\d\d)(?:-(\d\d))?$")


def inferred_year(article: Article, start: int, value: str, published: date) -> str:
    """A date without its year ("--07-14", "--12-13/--12-17") given the year its article's date puts
    it in: the latest such day not after the article's date, or the earliest not before it when its
    clause says it is still to come ("will", "due"); "" for a date that states its year."""
    parts = [RE_NO_YEAR.match(part) for part in value.split("/")]
    if not all(parts):
        return ""
    s_start, _ = article.sentences[article.sentence_of(start)]
    clause = article.body[max(s_start, start - 100) : start]
    to_come = bool(RE_DATE_FORECAST.search(clause) or RE_TO_COME.search(clause))
    month, day = int(parts[0].group(1)), parts[0].group(2)
    year = published.year
    try:
        first = date(year, month, int(day or 1))
        last = first if day else date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
    except ValueError:
        return ""
    year += 1 if to_come and last < published else -1 if not to_come and first > published else 0
    years = [year]
    for found in parts[1:]:  # the end of a span: the first such day after its start
        years.append(years[-1] + (int(found.group(1)) < int(parts[len(years) - 1].group(1))))
    return "/".join(
        f"{y}-{found.group(1)}" + (f"-{found.group(2)}" if found.group(2) else "")
        for y, found in zip(years, parts, strict=True)
    )


def _since_to_latest(
    events: dict[tuple[date, date, bool], dict[str, object]], sinces: list, article: Article
) -> None:
    """Draw a "since ..." date of an article whose own date is unknown to the latest day the article
    states for a time already past (no forecast or plan in its sentence), when that is later."""
    done = [
        key[1]
        for key, e in events.items()
        if e["precision"] in ("year", "month", "day", "part", "range")
        and not any(RE_FORECAST.search(article.sentence_text(article.sentence_of(s))) for s in e["starts"])
    ]
    for first, last in sinces:
        event = events.get((first, last, False))
        latest = max(done, default=last)
        if event is None or latest <= last or len(event["quotes"]) > 1 or (first, latest, False) in events:
            continue  # a range already ending on the latest day ("from 2020 to 2024") keeps its row
        del events[(first, last, False)]
        quote = event["quotes"][0]
        label = f"since {quote} (to the latest past date the article states; its own date is unknown)"
        event |= {"precision": "since", "label": label}
        events[(first, latest, False)] = event


def timeline_events(figures: pd.DataFrame, article: Article) -> tuple[pd.DataFrame, list[str]]:
    """The dated events a timeline draws, one row per distinct date or period (label, first day,
    last day, precision, and its quotes, starts and ends, one entry per mention in each, so they pair
    one to one), and the quotes that have no year (not placed); a date
    that names no event (`eventless_dates`) or a fiscal year (`fiscal_years`) is neither."""
    eventless = eventless_dates(figures, article) | fiscal_years(figures, article)
    dates = figures[(figures["kind"] == "date") & ~figures["start"].astype(int).isin(list(eventless))]
    published = _published(article)
    events: dict[tuple[date, date, bool], dict[str, object]] = {}
    unplaced, sinces = [], []
    for row in dates.itertuples():
        start, quote = int(row.start), str(row.quote)
        inferred = published and inferred_year(article, start, str(row.value), published)
        span = date_span(inferred or str(row.value))
        if span is None:
            unplaced.append(quote)
            continue
        first, last, precision = span
        label = event_label(article, start, int(row.end), quote)
        part = part_of_year(article, start, first.year) if precision == "year" else None
        if part is not None:
            first, last, precision = *part, "part" if part != (first, last) else PART_OF_THE_YEAR
            label += " (a part of the year)" if precision == PART_OF_THE_YEAR else ""
        if inferred:
            label += f" (year {first.year} from the article's date)"
        if published and _since(article, start) and published > last:
            last, precision, label = published, "since", f"since {quote} (to the article's date)"
        elif published is None and _since(article, start) and precision in ("year", "month", "day"):
            sinces.append((first, last))
        event = events.setdefault(
            (first, last, precision == PART_OF_THE_YEAR),
            {"label": label, "precision": precision, "quotes": [], "starts": [], "ends": []},
        )
        event["quotes"].append(quote)
        event["starts"].append(start)
        event["ends"].append(int(row.end))
    _since_to_latest(events, sinces, article)
    if published and events and not any(key[:2] == (published, published) for key in events):
        events.setdefault(
            (published, published, False),
            {
                "label": f"the article's date ({published.isoformat()})",
                "precision": "published",
                "quotes": [],
                "starts": [],
                "ends": [],
            },
        )
    rows = [
        {
            "label": str(e["label"]),
            "first_day": first.isoformat(),
            "last_day": last.isoformat(),
            "precision": e["precision"],
            "mentions": len(e["quotes"]),
            "quotes": " | ".join(e["quotes"]),
            "starts": " | ".join(str(s) for s in e["starts"]),
            "ends": " | ".join(str(s) for s in e["ends"]),
        }
        for (first, last, _), e in sorted(events.items(), key=lambda item: item[0])
    ]
    columns = ["label", "first_day", "last_day", "precision", "mentions", "quotes", "starts", "ends"]
    return pd.DataFrame(rows, columns=columns), list(dict.fromkeys(unplaced))


def timeline_missing(figures: pd.DataFrame, article: Article) -> str:
    """Why the dates make no timeline (one lone date is not a span of time), or "" when they do."""
    events, unplaced = timeline_events(figures, article)
    if events.empty and eventless_dates(figures, article):
        return "no date with a year names an event a timeline can show (see the notes on the dates left out)."
    if events.empty and fiscal_years(figures, article):
        return "no date a timeline can place (see the note on the fiscal year left out)."
    if events.empty:
        return "no date with a year" + (f" ({', '.join(unplaced)})." if unplaced else ".")
    spans = events["first_day"] != events["last_day"]
    wide = spans & ~events["precision"].isin(["year", "month", "part", PART_OF_THE_YEAR])
    stated = events[events["precision"] != "published"]  # the article's own date is no date it states
    if len(stated) < 2 and not wide.any():
        published = _published(article)
        quote = stated["quotes"].iloc[0].split(" | ")[0]
        if published is None:
            return (
                f"the article places only one date in time ({quote}), and its own date is unknown; "
                "one date is not a span of time."
            )
        return (
            f"the article states only one date ({quote}) besides its own date ({published.isoformat()}); "
            "a timeline needs two dates the article states, or a period."
        )
    return ""


def timeline_text(figures: pd.DataFrame, article: Article) -> str:
    """Whether the article's dates make a timeline (`timeline_missing`), and which dates state no year."""
    events, unplaced = timeline_events(figures, article)
    missing = timeline_missing(figures, article)
    said = f"No timeline: {missing}" if missing else "The report draws these dates as a timeline."
    if unplaced:
        return said + " No year stated, so not placed: " + ", ".join(f"“{q}”" for q in unplaced) + "."
    return said + (" Every date listed states its year." if not events.empty else "")


def _eventless_words(eventless: dict[int, str]) -> list[str]:
    """The quoted words of each note of `eventless_dates` ("lowest reading since 2021")."""
    return [note.split("”", 1)[0].removeprefix("“") for note in eventless.values()]


def _date_format(days: float) -> str:
    """Tick labels that name the year once the axis spans years, the month and day within months."""
    if days > 3 * 365:
        return "%Y"
    if days > 90:
        return "%b %Y"
    return "%d %b %Y"


def _mentions(count: int) -> str:
    return "" if count < 2 else " (mentioned twice)" if count == 2 else f" (mentioned {count} times)"


def timeline_chart(figures: pd.DataFrame, article: Article) -> Chart:
    """The dates and periods the article gives, one row each on a time axis: periods as spans, days
    as dots, the article's own date when known; dates without a year listed, not placed."""
    reason = timeline_missing(figures, article)
    if reason:
        raise ValueError(f"{article.id}: no timeline: {reason}")
    events, unplaced = timeline_events(figures, article)
    shown = events.head(MAX_TIMELINE_ROWS)
    source = source_line(article)
    note = "Periods are drawn as spans (a year or a month covers all its days); single days as dots."
    if len(events) > len(shown):
        note += f" The {len(events) - len(shown)} latest are left out (all are in the table)."
    if (shown["precision"] == PART_OF_THE_YEAR).any():
        note += " A dashed outline: a part of that year the article does not give exactly."
    if shown["label"].str.contains(" from the article's date)", regex=False).any():
        note += " A year in brackets “from the article's date” is not stated: the nearest such day to it."
    if unplaced:
        note += " No year stated, so not placed: " + ", ".join(f"“{q}”" for q in unplaced) + "."
    eventless = eventless_dates(figures, article)
    if eventless:
        note += (
            " Left out, naming no event: " + ", ".join(f"“{q}”" for q in _eventless_words(eventless)) + "."
        )
    fig, ax = house_figure(
        "When: the dates the article gives", note, source, size=height_for(len(shown)), left=0.34, right=0.96
    )
    firsts = [date.fromisoformat(d) for d in shown["first_day"]]
    lasts = [date.fromisoformat(d) for d in shown["last_day"]]
    labels = [
        wrapped(capitalised(label) + _mentions(n), 40)
        for label, n in zip(shown["label"], shown["mentions"], strict=True)
    ]
    with mpl.rc_context(fname=str(STYLE)):
        for i, (first, last, precision) in enumerate(zip(firsts, lasts, shown["precision"], strict=True)):
            x0, x1 = mdates.date2num(first), mdates.date2num(last + timedelta(days=1))
            if precision in ("day", "published"):
                colour = COLOURS["text"] if precision == "published" else COLOURS["date"]
                ax.scatter(
                    [x0], [i], s=50, color=colour, zorder=3, marker="D" if precision == "published" else "o"
                )
            elif precision == PART_OF_THE_YEAR:
                ax.barh(
                    i, x1 - x0, left=x0, height=0.5, fill=False, edgecolor=COLOURS["date"], linestyle="--"
                )
            else:
                ax.barh(i, x1 - x0, left=x0, height=0.5, color=COLOURS["span"], edgecolor=COLOURS["date"])
        ax.set_yticks(range(len(shown)), labels)
        ax.invert_yaxis()
        low, high = mdates.date2num(min(firsts)), mdates.date2num(max(lasts) + timedelta(days=1))
        pad = max((high - low) * 0.05, 10)
        ax.set_xlim(low - pad, high + pad)
        ax.xaxis.set_major_locator(mdates.AutoDateLocator(minticks=3, maxticks=8))
        ax.xaxis.set_major_formatter(mdates.DateFormatter(_date_format(high - low)))
        ax.set_ylim(len(shown) - 0.5, -0.5)
    parts = [
        f"{label}{_mentions(n)}: " + (first if first == last else f"{first} to {last}")
        for label, n, first, last in zip(
            shown["label"], shown["mentions"], shown["first_day"], shown["last_day"], strict=True
        )
    ]
    alt = (
        f"Timeline of {len(shown)} dates and periods the article gives: "
        + "; ".join(parts)
        + (f". Not placed (no year): {', '.join(unplaced)}" if unplaced else "")
        + (f". Left out, naming no event: {', '.join(_eventless_words(eventless))}" if eventless else "")
        + f". {source}"
    )
    return traced(Chart(f"{article.id}--timeline", fig, alt, events, source, form="timeline"), article)


def archive_source_line(records: int, seed: Article) -> str:
    """Source line of an archive chart: what the archive is, and where the tracked figures come from."""
    return (
        f"Source: a synthetic archive, {records} records built from the development articles (tests/corpus/dev), "
        f"not a real news archive. Figures tracked as first stated in: {source_line(seed).removeprefix('Source: ')}"
    )


def restatement_chart(
    found: pd.DataFrame, tracked: pd.DataFrame, records: int, seed: Article
) -> Chart | NoChart:
    """Which archive articles state the seed's figures (one row each, archive order), each figure
    placed by the order the article states it in and labelled with who the article credits; when
    none does (or the article tracks no figure), a sentence saying so. The chart of an article other
    than the project's seed is named after it."""
    name = "dev-archive--restatements" + ("" if seed.id == SEED_ID else f"-of-{seed.id}")
    if found.empty:
        what = (
            f"no article of the archive states any of the {len(tracked)} figures tracked from {seed.id}"
            if len(tracked)
            else f"{seed.id} states no attack increase and no amount to a named recipient to track"
        )
        return NoChart(name, f"No restatements: {what}, so there is no restatement chart.")
    articles = list(dict.fromkeys(found["article"]))
    source = archive_source_line(records, seed)
    subtitle = (
        f"A synthetic archive, made up for testing: {len(articles)} of {records} articles state at least one of the seed's {len(tracked)} tracked "
        "figures. Each dot is one mention, placed by the order the article states them in; "
        "the label says who the article credits."
    )
    fig, ax = house_figure(
        "Which articles restate the seed's figures?",
        subtitle,
        source,
        size=height_for(len(articles)),
        left=0.3,
    )
    with mpl.rc_context(fname=str(STYLE)):
        colours = mpl.rcParams["axes.prop_cycle"].by_key()["color"]
        row_of = {a: i for i, a in enumerate(articles)}
        for k, figure in enumerate(tracked["figure"]):
            mine = found[found["figure"] == figure]
            ax.scatter(
                mine["order"],
                mine["article"].map(row_of),
                s=70,
                color=colours[k % len(colours)],
                marker=MARKERS[k % len(MARKERS)],
                label=figure,
                zorder=3,
            )
            for row in mine.itertuples():
                ax.text(
                    row.order,
                    row_of[row.article] + 0.28,
                    textwrap.shorten(row.attribution, 24),
                    ha="center",
                    va="top",
                    fontsize=7,
                    color=COLOURS["muted"],
                )
        ax.set_yticks(range(len(articles)), ["\n".join(textwrap.wrap(a, 28)) for a in articles])
        ax.set_ylim(len(articles) - 0.4, -0.6)
        ax.set_xticks(range(1, int(found["order"].max()) + 1))
        ax.set_xlim(0.5, found["order"].max() + 0.5)
        ax.set_xlabel("Order in the article (1 = stated first)")
        fig.legend(loc="upper left", bbox_to_anchor=(0.02, 0.815), ncol=len(tracked), fontsize=8.5)
    data = found[["article", "order", "figure", "quote", "start", "end", "attribution"]].copy()
    parts = [
        f"{a}: "
        + ", ".join(f"{r.figure} ({r.attribution})" for r in found[found["article"] == a].itertuples())
        for a in articles
    ]
    alt = (
        f"Dot chart of the {len(articles)} articles of a synthetic archive of {records} that state the "
        f"seed's figures, each in the order it states them, with who it credits: "
        + "; ".join(parts)
        + f". {source}"
    )
    return Chart(name, fig, alt, data, source, form="dots")


# --- saving -------------------------------------------------------------------------------------


def render(chart: Chart, fmt: str) -> bytes:
    """The chart as PNG or SVG bytes, identical on every run for the same inputs."""
    buffer = io.BytesIO()
    with mpl.rc_context(fname=str(STYLE)):
        metadata = PNG_METADATA if fmt == "png" else SVG_METADATA
        chart.figure.savefig(buffer, format=fmt, metadata=metadata)
    return buffer.getvalue()


def save_chart(chart: Chart | NoChart, folder: Path | str = FIGURES) -> list[Path]:
    """Write NAME.png, NAME.svg, NAME.csv (numbers drawn), NAME.texts.csv (article text drawn, with
    its spans) and NAME.alt.txt, each atomically; nothing for no chart."""
    if isinstance(chart, NoChart):
        return []
    folder = Path(folder)
    return [
        atomic_write(folder / f"{chart.name}.png", render(chart, "png")),
        atomic_write(folder / f"{chart.name}.svg", render(chart, "svg")),
        atomic_write(folder / f"{chart.name}.csv", table_csv(chart.data)),
        atomic_write(folder / f"{chart.name}.texts.csv", table_csv(chart.texts)),
        atomic_write(folder / f"{chart.name}.alt.txt", chart.alt_text + "\n"),
    ]
