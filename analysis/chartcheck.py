"""Visual checks of a built chart against the house rules: what a graphics editor would look for
first (numbers in scientific notation, a half-empty plot, labels cut short, text off the canvas or
on top of other text, no source, no alt text)."""

from __future__ import annotations

from itertools import pairwise

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.patches import Rectangle
from matplotlib.text import Text
from matplotlib.transforms import Bbox

from .charts import Chart
from .house import FILL_MIN, is_cut, is_scientific


def chart_texts(chart: Chart) -> list[str]:
    """Every piece of text drawn: tick labels, axis labels and offsets, annotations, figure texts."""
    figure = chart.figure
    FigureCanvasAgg(figure).draw()  # tick labels and offset texts exist only once drawn
    texts: list[str] = [t.get_text() for t in figure.texts]
    for ax in figure.axes:
        for axis in (ax.xaxis, ax.yaxis):
            texts += [t.get_text() for t in axis.get_ticklabels()]
            texts += [axis.get_label().get_text(), axis.get_offset_text().get_text()]
        texts += [t.get_text() for t in ax.texts]
        legend = ax.get_legend()
        if legend is not None:
            texts += [t.get_text() for t in legend.get_texts()]
    return [t for t in texts if t]


TOLERANCE = 1.0  # pixels two texts may touch by (antialiasing) before they count as overlapping
MIN_TICK_GAP = 4.0  # pixels between neighbouring value-axis tick labels ("100,000200,000" reads as one)


def drawn_texts(chart: Chart) -> list[Text]:
    """Every visible, non-empty text artist of a drawn chart (figure texts, tick labels inside the
    view, axis labels, annotations, legend entries)."""
    figure = chart.figure
    FigureCanvasAgg(figure).draw()
    artists: list[Text] = list(figure.texts)
    for ax in figure.axes:
        for axis, (low, high) in ((ax.xaxis, ax.get_xlim()), (ax.yaxis, ax.get_ylim())):
            low, high = min(low, high), max(low, high)
            artists += [
                tick.label1
                for tick in axis.get_major_ticks()
                if tick.label1.get_visible() and low - 1e-9 <= tick.get_loc() <= high + 1e-9
            ]
            artists.append(axis.get_label())
        artists += list(ax.texts)
        legend = ax.get_legend()
        if legend is not None:
            artists += list(legend.get_texts())
    for legend in figure.legends:
        artists += list(legend.get_texts())
    return [t for t in artists if t.get_visible() and t.get_text().strip()]


def layout_problems(chart: Chart) -> list[str]:
    """Texts that leave the canvas or are drawn on top of one another."""
    texts = drawn_texts(chart)
    renderer = chart.figure.canvas.get_renderer()
    canvas = chart.figure.bbox
    boxes: list[tuple[str, Bbox]] = [(t.get_text(), t.get_window_extent(renderer)) for t in texts]
    problems = []
    for text, box in boxes:
        if (
            box.x0 < canvas.x0 - TOLERANCE
            or box.y0 < canvas.y0 - TOLERANCE
            or box.x1 > canvas.x1 + TOLERANCE
            or box.y1 > canvas.y1 + TOLERANCE
        ):
            problems.append(f"text off the canvas: {text!r}")
    for ax in chart.figure.axes:
        low, high = sorted(ax.get_xlim())
        ticks = [t.label1 for t in ax.xaxis.get_major_ticks() if low - 1e-9 <= t.get_loc() <= high + 1e-9]
        ticks = sorted(
            (
                (t.get_window_extent(renderer), t.get_text())
                for t in ticks
                if t.get_visible() and t.get_text()
            ),
            key=lambda pair: pair[0].x0,
        )
        problems += [
            f"tick labels run together: {a!r} and {b!r}"
            for (box_a, a), (box_b, b) in pairwise(ticks)
            if box_b.x0 - box_a.x1 < MIN_TICK_GAP
        ]
    for i, (text, box) in enumerate(boxes):
        inner = box.padded(-TOLERANCE)
        for other, other_box in boxes[i + 1 :]:
            if inner.overlaps(other_box.padded(-TOLERANCE)):
                problems.append(f"texts overlap: {text!r} and {other!r}")
    return problems


def largest_bar_fill(chart: Chart) -> float:
    """How much of the value axis the largest bar fills (1.0 = all of it)."""
    ax = chart.figure.axes[0]
    widths = [p.get_x() + p.get_width() for p in ax.patches if isinstance(p, Rectangle)]
    low, high = ax.get_xlim()
    return (max(widths) - low) / (high - low) if widths and high > low else 0.0


def chart_problems(chart: Chart) -> list[str]:
    """What breaks the house rules in a built chart; empty when it may be published."""
    problems = []
    texts = chart_texts(chart)
    problems += [f"scientific notation: {t!r}" for t in texts if is_scientific(t)]
    problems += [f"label cut short: {t!r}" for t in texts if is_cut(t)]
    problems += layout_problems(chart)
    if chart.form == "bars":
        fill = largest_bar_fill(chart)
        if fill <= FILL_MIN:
            problems.append(f"largest bar fills {fill:.0%} of the axis (must be over {FILL_MIN:.0%})")
    if not any(t.startswith("Source: ") for t in (t.get_text() for t in chart.figure.texts)):
        problems.append("no source line")
    if not chart.alt_text.strip() or chart.source not in chart.alt_text:
        problems.append("no alt text naming the source")
    if is_scientific(chart.alt_text):
        problems.append("scientific notation in the alt text")
    return problems
