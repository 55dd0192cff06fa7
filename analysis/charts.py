"""House chart style: every chart gets a title, subtitle, source line from the article's metadata,
alt text from the data, and is saved as byte-stable PNG + SVG + CSV of the numbers drawn.

The only module that imports matplotlib."""

from __future__ import annotations

import io
import re
import textwrap
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import matplotlib as mpl
import matplotlib.dates as mdates
import pandas as pd
from matplotlib.figure import Figure

from .article import Article
from .export import atomic_write, table_csv
from .formats import format_number
from .paths import FIGURES
from .tables import ATTACK_COLUMNS

STYLE = Path(__file__).with_name("house.mplstyle")
SIZE = (9.0, 5.4)  # inches; explicit so notebook reprs and files never depend on defaults
COLOURS = {
    "earlier": "#999999",
    "later": "#0072B2",
    "money": "#009E73",
    "computed": "#E69F00",
    "date": "#D55E00",
    "text": "#222222",
    "muted": "#555555",
}
CURRENCY_SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "INR": "₹"}
PNG_METADATA = {"Software": None}
# The numbers a change chart draws (saved beside it): the change table less its bookkeeping.
CHANGE_CHART_COLUMNS = tuple(
    c
    for c in ATTACK_COLUMNS
    if c not in ("period_start", "mentions", "end", "sentence", "quotes", "starts", "attribution")
)
SVG_METADATA = {"Date": None, "Creator": "article-figures"}


@dataclass
class Chart:
    """A finished chart: its file stem, the figure, alt text and the numbers it draws."""

    name: str
    figure: Figure
    alt_text: str
    data: pd.DataFrame
    source: str

    def __repr__(self) -> str:
        return f"Chart({self.name!r})"

    def _repr_png_(self) -> bytes:
        """Shown inline in Jupyter: the same PNG bytes that save_chart writes."""
        return render(self, "png")


# --- text built from metadata and data --------------------------------------------------------


def _host(address: str | None) -> str:
    if not address:
        return ""
    return re.sub(r"^[a-z]+://(www\.)?", "", address).split("/")[0]


def source_line(article: Article) -> str:
    """ "Source: outlet, “title” (date). address" from the article's metadata; unknowns said plainly."""
    meta = article.metadata
    outlet = meta.get("outlet") or _host(meta.get("source")) or "outlet unknown"
    title = f"“{meta['title']}”" if meta.get("title") else "untitled article"
    if meta.get("published"):
        when = str(meta["published"])
    elif meta.get("notes") and "not confirmed" in str(meta["notes"]):
        when = "publication date not confirmed"
    else:
        when = "publication date unknown"
    where = meta.get("source") or f"article file {article.id}"
    return f"Source: {outlet}, {title} ({when}). {where}"


def money_label(amount: float, currency: str) -> str:
    """ "$77M", "€3.5M", "PKR 103,000M" for an amount."""
    millions = amount / 1e6
    number = format_number(round(millions, 3))
    symbol = CURRENCY_SYMBOLS.get(currency)
    return f"{symbol}{number}M" if symbol else f"{currency} {number}M"


def multiplier_text(percent: float, direction: str, multiplier: float) -> str:
    """ "+500 per cent = 6 times the earlier level (not 5)" for a stated change."""
    sign = "+" if direction != "decrease" else "−"
    text = f"{sign}{format_number(percent)} per cent = {format_number(round(multiplier, 4))} times the earlier level"
    if direction != "decrease" and percent >= 100:
        text += f" (not {format_number(round(percent / 100, 4))} times)"
    return text


# --- figure scaffolding -------------------------------------------------------------------------


def house_figure(
    title: str, subtitle: str, source: str, size: tuple[float, float] = SIZE, left: float = 0.22
) -> tuple[Figure, object]:
    """A figure in the house style with title, wrapped subtitle and source line; returns (fig, ax).
    `left` is the share of the width kept for the bar labels."""
    with mpl.rc_context(fname=str(STYLE)):
        fig = Figure(figsize=size)
        ax = fig.add_axes((left, 0.2, 0.94 - left, 0.56))
        fig.text(0.02, 0.95, title, fontsize=14, fontweight="bold", color=COLOURS["text"], va="top")
        for y, text, width, size_pt, va in (
            (0.885, subtitle, 115, 9.5, "top"),
            (0.02, source, 130, 7.5, "bottom"),
        ):
            wrapped = "\n".join(textwrap.wrap(text, width))
            fig.text(0.02, y, wrapped, fontsize=size_pt, color=COLOURS["muted"], va=va)
    return fig, ax


# --- the charts ---------------------------------------------------------------------------------


def _height_for(rows: int) -> tuple[float, float]:
    """Figure size that leaves room for `rows` bars (never smaller than the house size)."""
    return (SIZE[0], max(SIZE[1], 2.6 + 0.62 * rows))


def _label(text: str, width: int = 30) -> str:
    text = text[:1].upper() + text[1:] if text else text
    return "\n".join(textwrap.wrap(text, width)[:3]) or "(unnamed)"


def change_chart(
    changes: pd.DataFrame,
    article: Article,
    title: str = "How much did it change?",
    slug: str = "percent-changes",
    what: str = "measures",
) -> Chart:
    """Earlier level = 100 against the later level for each stated percent change, multipliers
    annotated, the period as stated and the baseline (or its absence) said plainly."""
    if changes.empty:
        raise ValueError(f"{article.id}: no percent changes to chart")
    periods = list(dict.fromkeys(changes["period"]))
    baselines = list(dict.fromkeys(changes["baseline"]))
    period_note = (
        f"Period as the article states it: “{periods[0]}”."
        if len(periods) == 1
        else "Periods as the article states them, per bar."
    )
    baseline_note = (
        "The article gives no baseline period for these changes."
        if baselines == ["not stated"]
        else "Baselines as stated: " + "; ".join(b for b in baselines) + "."
    )
    source = source_line(article)
    fig, ax = house_figure(
        title,
        f"Index, earlier level = 100. {period_note} {baseline_note}",
        source,
        size=_height_for(2 * len(changes)),
    )
    with mpl.rc_context(fname=str(STYLE)):
        labels = [metric or quote for metric, quote in zip(changes["metric"], changes["quote"], strict=True)]
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
        ax.set_yticks(list(rows), [_label(label) for label in labels])
        ax.invert_yaxis()
        top = max(changes["index_after"].max(), 100)
        ax.set_xlim(0, top * 1.75)
        ax.set_xlabel("Index (earlier level = 100)")
        for r, row in zip(rows, changes.itertuples(), strict=True):
            note = multiplier_text(row.percent_change, row.direction, row.multiplier).replace(
                " (not", "\n(not"
            )
            if len(periods) > 1:
                note += "\n" + textwrap.shorten(str(row.period), 60)
            ax.text(
                row.index_after + top * 0.015,
                r + height / 2,
                note,
                va="center",
                fontsize=9,
                color=COLOURS["text"],
            )
            ax.text(
                row.index_before + top * 0.015,
                r - height / 2,
                "100",
                va="center",
                fontsize=8.5,
                color=COLOURS["muted"],
            )
        ax.legend(handles=[earlier, later], loc="lower left", bbox_to_anchor=(0, 1.0), ncol=2, fontsize=8.5)
    data = changes[list(CHANGE_CHART_COLUMNS)].copy()
    parts = [
        f"{row.metric or row.quote} {'rose' if row.direction != 'decrease' else 'fell'} "
        f"{format_number(row.percent_change)} per cent, "
        f"from an index of 100 to {format_number(round(row.index_after, 4))} "
        f"({format_number(round(row.multiplier, 4))} times the earlier level)"
        for row in changes.itertuples()
    ]
    alt = (
        f"Bar chart of {len(parts)} {what} as an index where the earlier level is 100: "
        + "; ".join(parts)
        + f". {period_note} {baseline_note} {source}"
    )
    return Chart(f"{article.id}--{slug}", fig, alt, data, source)


def attack_chart(attacks: pd.DataFrame, article: Article) -> Chart:
    """The change chart of the attack metrics."""
    if attacks.empty:
        raise ValueError(f"{article.id}: no attack increases to chart")
    return change_chart(attacks, article, "How much did attacks rise?", "attack-increases", "attack measures")


def quote_in_context(article: Article, start: int, end: int, extra: int = 24) -> str:
    """The quote plus the next few words of its sentence ("114,000 in urgent need…") for labels."""
    _, s_end = article.sentences[article.sentence_of(start)]
    tail = article.body[end : min(s_end, end + extra)]
    if end + extra < s_end and " " in tail:
        tail = tail.rsplit(" ", 1)[0] + "…"
    return (article.body[start:end] + tail).strip(" ,;:.")


def _numeric(rows: pd.DataFrame) -> pd.DataFrame:
    keep = rows["value"].map(lambda v: isinstance(v, (int, float)) and not isinstance(v, bool)).astype(bool)
    return rows[keep]


MAX_BARS = 20


def amounts_chart(
    rows: pd.DataFrame, article: Article, title: str, subtitle: str, slug: str, unit_label: str, describe: str
) -> Chart:
    """One bar per stated figure (largest first, at most MAX_BARS), labelled with its quote."""
    numeric = _numeric(rows)
    if numeric.empty:
        raise ValueError(f"{article.id}: nothing to chart for {slug}")
    ranked = numeric.assign(_v=numeric["value"].astype(float)).sort_values(
        ["_v", "start"], ascending=[False, True], kind="stable"
    )
    shown = ranked.head(MAX_BARS).reset_index(drop=True)
    left_out = len(ranked) - len(shown)
    values = shown["_v"]
    scale, scale_word = (1e6, " millions") if values.max() >= 1e6 else (1.0, "")
    if left_out:
        subtitle += f" The {left_out} smallest are left out of the chart (all are in the table)."
    source = source_line(article)
    fig, ax = house_figure(title, subtitle, source, size=_height_for(len(shown)), left=0.36)
    with mpl.rc_context(fname=str(STYLE)):
        ax.barh(range(len(shown)), values / scale, height=0.6, color=COLOURS["money"])
        labels = [
            _label(quote_in_context(article, int(a), int(b)), 34)
            for a, b in zip(shown["start"], shown["end"], strict=True)
        ]
        ax.set_yticks(range(len(shown)), labels)
        ax.invert_yaxis()
        ax.set_xlim(0, (values.max() / scale) * 1.35)
        ax.set_xlabel(f"{unit_label} ({scale_word.strip()})" if scale_word else unit_label)
        for i, value in enumerate(values):
            ax.text(
                value / scale + values.max() / scale * 0.015,
                i,
                f"{value:,.10g}",
                va="center",
                fontsize=8.5,
                color=COLOURS["text"],
            )
    data = shown[["quote", "value", "unit", "kind", "subject", "start"]].copy()
    data.insert(2, f"drawn_in{scale_word.replace(' ', '_') or '_units'}", values / scale)
    alt = (
        f"Bar chart of {len(shown)} {describe}: "
        + "; ".join(
            f"“{q}” = {format_number(v)}" for q, v in zip(shown["quote"], shown["value"], strict=True)
        )
        + (f"; {left_out} smaller ones not drawn" if left_out else "")
        + f". {source}"
    )
    return Chart(f"{article.id}--{slug}", fig, alt, data, source)


def money_chart(figures: pd.DataFrame, article: Article, currency: str) -> Chart:
    """The money amounts stated in one currency; currencies are never added together."""
    rows = figures[(figures["kind"] == "money") & (figures["unit"] == currency)]
    return amounts_chart(
        rows,
        article,
        f"Money the article states, in {currency}",
        "Each bar is one amount as stated (repeats included). Amounts in other currencies are charted "
        "separately; nothing is added up.",
        f"money-{currency.lower()}",
        currency,
        f"money amounts in {currency}",
    )


COUNT_TITLES = {
    "people": "People counted in the article",
    "attacks": "Attacks and incidents the article counts",
    "count": "Other things the article counts",
}


def count_chart(figures: pd.DataFrame, article: Article, unit: str) -> Chart:
    """The counts of one unit (people, attacks, other things)."""
    rows = figures[(figures["kind"] == "count") & (figures["unit"] == unit)]
    return amounts_chart(
        rows,
        article,
        COUNT_TITLES.get(unit, f"Counts of {unit}"),
        "Each bar is one count as stated (repeats included), with its words from the article.",
        f"counts-{unit}",
        unit,
        f"counts of {unit}",
    )


def report_charts(
    article: Article, figures: pd.DataFrame, changes: pd.DataFrame
) -> tuple[list[Chart], list[str]]:
    """The charts an article's figures call for, and a sentence for each kind it lacks."""
    charts: list[Chart] = []
    notes: list[str] = []
    if changes.empty:
        notes.append("No percent change with a single stated value: no change chart.")
    else:
        charts.append(change_chart(changes, article))
    money = _numeric(figures[figures["kind"] == "money"])
    if money.empty:
        notes.append("No money amounts: no money chart.")
    for currency in sorted(money["unit"].unique()):
        charts.append(money_chart(figures, article, currency))
    counts = _numeric(figures[figures["kind"] == "count"])
    if counts.empty:
        notes.append("No counts: no count chart.")
    for unit in [u for u in ("people", "attacks", "count") if u in set(counts["unit"])]:
        charts.append(count_chart(figures, article, unit))
    if (figures["kind"] == "date").any():
        charts.append(timeline_chart(figures, article))
    else:
        notes.append("No dates: no timeline.")
    return charts, notes


def aid_chart(aid: pd.DataFrame, article: Article, currency: str | None = None) -> Chart:
    """Amounts to each recipient in millions of one currency, with purpose, period and share."""
    if aid.empty:
        raise ValueError(f"{article.id}: no aid amounts to chart")
    currency = currency or aid["currency"].mode().iloc[0]
    rows = aid[aid["currency"] == currency].reset_index(drop=True)
    total = float(rows["amount"].sum())
    shares = rows["amount"] / total
    source = source_line(article)
    unit = f"{CURRENCY_SYMBOLS.get(currency, currency + ' ')}M".replace("$M", "US$ millions").replace(
        " M", " millions"
    )
    fig, ax = house_figure(
        "Where did the money go?",
        f"Amounts as stated, in {unit}. Their sum, {money_label(total, currency)}, is computed here: "
        "the article does not state it, and the amounts have different purposes and periods.",
        source,
    )
    with mpl.rc_context(fname=str(STYLE)):
        millions = rows["amount"] / 1e6
        ax.barh(range(len(rows)), millions, height=0.55, color=COLOURS["money"])
        ax.set_yticks(range(len(rows)), list(rows["recipient"]))
        ax.invert_yaxis()
        ax.set_xlim(0, millions.max() * 1.9)
        ax.set_xlabel(f"{currency} millions")
        for i, row in rows.iterrows():
            note = (
                f"{money_label(row['amount'], currency)} · {shares[i]:.1%} of the computed sum\n"
                f"purpose: {row['purpose']} · period: {row['period']}"
            )
            ax.text(
                millions[i] + millions.max() * 0.03, i, note, va="center", fontsize=8.5, color=COLOURS["text"]
            )
    data = rows[["recipient", "amount", "currency", "purpose", "period", "quote", "start"]].copy()
    data.insert(2, "amount_millions", millions)
    data["share_of_computed_sum"] = shares
    data["computed_sum"] = total
    parts = [
        f"{row.recipient} {money_label(row.amount, currency)} ({shares[i]:.1%}; purpose: {row.purpose}; period: {row.period})"
        for i, row in rows.iterrows()
    ]
    alt = (
        f"Bar chart of money by recipient in {currency} millions: "
        + "; ".join(parts)
        + f". The sum, {money_label(total, currency)}, is computed, not stated by the article. {source}"
    )
    return Chart(f"{article.id}--aid-amounts", fig, alt, data, source)


def _date_position(value: str) -> tuple[date, str] | None:
    """Where a date value sits on a time axis and how precise it is; None when it has no year."""
    low = value.split("/")[0]
    if low.startswith("--"):
        return None
    parts = [int(p) for p in low.split("-")]
    if len(parts) == 1:
        return date(parts[0], 7, 2), "year"
    if len(parts) == 2:
        return date(parts[0], parts[1], 15), "month"
    return date(parts[0], parts[1], parts[2]), "day"


def timeline_chart(figures: pd.DataFrame, article: Article) -> Chart:
    """The dates the article gives, on a time axis; dates without a year are listed, not placed."""
    dates = figures[figures["kind"] == "date"]
    if dates.empty:
        raise ValueError(f"{article.id}: no dates to chart")
    placed, unplaced = [], []
    for row in dates.itertuples():
        pos = _date_position(str(row.value))
        if pos is None:
            unplaced.append(row)
        else:
            placed.append((row, *pos))
    source = source_line(article)
    note = "Each dot is a date the article states: a day where it falls, a month or a year at its middle."
    if unplaced:
        note += " No year stated, so not placed: " + ", ".join(f"“{r.quote}”" for r in unplaced) + "."
    fig, ax = house_figure("Dates the article gives", note, source, size=(9.0, 4.2))
    with mpl.rc_context(fname=str(STYLE)):
        ax.set_position((0.05, 0.28, 0.9, 0.4))
        grouped: dict[date, list[str]] = {}
        for row, when, _precision in placed:
            grouped.setdefault(when, []).append(f"{row.quote} ({row.value})")
        xs = sorted(grouped)
        if xs:
            ax.scatter([mdates.date2num(x) for x in xs], [0] * len(xs), s=60, color=COLOURS["date"], zorder=3)
            for i, x in enumerate(xs):
                labels = list(dict.fromkeys(grouped[x]))
                text = "\n".join(labels) + (
                    f"\n(mentioned {len(grouped[x])} times)" if len(grouped[x]) > 1 else ""
                )
                ax.annotate(
                    text,
                    (mdates.date2num(x), 0),
                    xytext=(0, 14 if i % 2 == 0 else -30),
                    textcoords="offset points",
                    ha="center",
                    fontsize=8.5,
                    color=COLOURS["text"],
                )
            span = max(xs).toordinal() - min(xs).toordinal()
            pad = max(span * 0.15, 200)
            ax.set_xlim(mdates.date2num(min(xs)) - pad, mdates.date2num(max(xs)) + pad)
            ax.xaxis.set_major_formatter(mdates.DateFormatter("%b %Y"))
        ax.set_yticks([])
        ax.set_ylim(-1, 1)
        ax.spines["left"].set_visible(False)
        ax.grid(False)
    data = (
        pd.DataFrame(
            [
                {
                    "quote": r.quote,
                    "value": r.value,
                    "start": r.start,
                    "placed_at": w.isoformat() if w else "",
                    "precision": p,
                }
                for r, w, p in placed
            ]
            + [
                {
                    "quote": r.quote,
                    "value": r.value,
                    "start": r.start,
                    "placed_at": "",
                    "precision": "no year",
                }
                for r in unplaced
            ],
            columns=["quote", "value", "start", "placed_at", "precision"],
        )
        .sort_values(["start"], kind="stable")
        .reset_index(drop=True)
    )
    alt = (
        f"Timeline of the {len(dates)} dates the article states: "
        + "; ".join(f"“{r.quote}” ({r.value})" for r in dates.itertuples())
        + f". {source}"
    )
    return Chart(f"{article.id}--timeline", fig, alt, data, source)


def archive_source_line(records: int, seed: Article) -> str:
    """Source line of an archive chart: what the archive is, and where the tracked figures come from."""
    return (
        f"Synthetic archive: {records} records built from the development articles (tests/corpus/dev), "
        f"not a real news archive. Figures tracked as first stated in: {source_line(seed).removeprefix('Source: ')}"
    )


def restatement_chart(found: pd.DataFrame, tracked: pd.DataFrame, records: int, seed: Article) -> Chart:
    """Which archive articles state the seed's figures (one row each, archive order), each figure
    placed by the order the article states it in and labelled with who the article credits."""
    if found.empty:
        raise ValueError("no article of the archive states the tracked figures")
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
        size=_height_for(len(articles)),
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
    data = found[["article", "order", "figure", "quote", "start", "attribution"]].copy()
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
    return Chart("dev-archive--restatements", fig, alt, data, source)


# --- saving -------------------------------------------------------------------------------------


def render(chart: Chart, fmt: str) -> bytes:
    """The chart as PNG or SVG bytes, identical on every run for the same inputs."""
    buffer = io.BytesIO()
    with mpl.rc_context(fname=str(STYLE)):
        metadata = PNG_METADATA if fmt == "png" else SVG_METADATA
        chart.figure.savefig(buffer, format=fmt, metadata=metadata)
    return buffer.getvalue()


def save_chart(chart: Chart, folder: Path | str = FIGURES) -> list[Path]:
    """Write NAME.png, NAME.svg, NAME.csv (numbers drawn) and NAME.alt.txt, each atomically."""
    folder = Path(folder)
    return [
        atomic_write(folder / f"{chart.name}.png", render(chart, "png")),
        atomic_write(folder / f"{chart.name}.svg", render(chart, "svg")),
        atomic_write(folder / f"{chart.name}.csv", table_csv(chart.data)),
        atomic_write(folder / f"{chart.name}.alt.txt", chart.alt_text + "\n"),
    ]
