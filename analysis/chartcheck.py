"""Visual checks of a built chart against the house rules: what a graphics editor would look for
first (numbers in scientific notation, a half-empty plot, labels cut short, no source, no alt text)."""

from __future__ import annotations

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.patches import Rectangle

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
