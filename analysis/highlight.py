"""Views for the notebooks: figures inside their sentences, with each figure's quote highlighted,
and tables with their numbers written as people write them and no text cut."""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence

import pandas as pd

from .article import Article
from .escape import is_http_url
from .formats import NO_OUTLET, UNTITLED, format_value, is_missing
from .house import human_number

STYLE = (
    "<style>.af-table{border-collapse:collapse;font-size:13px}"
    ".af-table td,.af-table th{border-bottom:1px solid #ddd;padding:4px 8px;"
    "text-align:left !important;vertical-align:top}"
    ".af-table mark{background:#ffe08a;padding:0 2px}</style>"
)


# characters of a sentence shown on each side of the marked figures; longer sentences are cut at a
# word, shown by CUT, so each row stays small however long the sentence (HTML linear in the text)
CONTEXT_CHARS = 300
CUT = "<span title='sentence shortened here'>[…]</span>"


def marked_sentence(
    article: Article, sentence: int, spans: list[tuple[int, int]], context: int = CONTEXT_CHARS
) -> str:
    """A sentence as HTML with the given body spans wrapped in <mark>, showing at most `context`
    characters before the first span and after the last (the cut marked [...])."""
    s_start, s_end = article.sentences[sentence]
    inside = sorted((max(a, s_start), min(b, s_end)) for a, b in spans if max(a, s_start) < min(b, s_end))
    lead, tail = "", ""
    if inside:
        first, last = inside[0][0], max(end for _, end in inside)
        if first - s_start > context:
            space = article.body.find(" ", first - context, first)
            s_start, lead = (space + 1 if space >= 0 else first - context), CUT
        if s_end - last > context:
            space = article.body.rfind(" ", last, last + context)
            s_end, tail = (space if space >= 0 else last + context), CUT
    pieces, pos = [lead], s_start
    for start, end in inside:
        start = max(start, pos)
        if start >= end:
            continue
        pieces.append(html.escape(article.body[pos:start]))
        pieces.append(f"<mark>{html.escape(article.body[start:end])}</mark>")
        pos = end
    pieces.append(html.escape(article.body[pos:s_end]))
    pieces.append(tail)
    return "".join(pieces)


def figures_in_sentences(article: Article, table: pd.DataFrame) -> str:
    """An HTML table: one row per figure (any table with quote, start, end and sentence columns),
    its sentence with the quote highlighted, then value, unit, kind and credit when the table has them."""
    extra = [c for c in ("value", "unit", "kind", "attribution") if c in table.columns]
    rows = []
    for fig in table.itertuples():
        sentence = marked_sentence(article, int(fig.sentence), [(int(fig.start), int(fig.end))])
        cells = "".join(f"<td>{html.escape(format_value(getattr(fig, c)))}</td>" for c in extra)
        rows.append(f"<tr><td>{int(fig.start)}–{int(fig.end)}</td><td>{sentence}</td>{cells}</tr>")
    names = {"attribution": "credited to"}
    head = (
        "<tr><th>span</th><th>sentence (figure marked)</th>"
        + "".join(f"<th>{names.get(c, c)}</th>" for c in extra)
        + "</tr>"
    )
    return f"{STYLE}<table class='af-table'>{head}{''.join(rows)}</table>"


NO_CONTEXT = (
    "No context facts: no context file (&lt;stem&gt;.context.json) beside the article, or it lists none."
)


def context_html(context: pd.DataFrame) -> str:
    """Context facts in full, each with its topic (blank when none) and its source as a link (kept
    apart from the article's figures), or NO_CONTEXT; a ValueError for a source that is not an
    http(s) address."""
    unsafe = [str(s) for s in context["source"] if not is_http_url(s)]
    if unsafe:
        raise ValueError(f"context source must be an http(s) address, not {unsafe[0]!r}")
    if context.empty:
        return f"<p>{NO_CONTEXT}</p>"
    rows = "".join(
        f"<tr><td>{html.escape(readable_cell(row.topic))}</td><td>{html.escape(str(row.fact))}</td>"
        f"<td><a href='{html.escape(str(row.source), quote=True)}'>{html.escape(str(row.source))}</a></td></tr>"
        for row in context.itertuples()
    )
    head = "<tr><th>topic</th><th>fact (from another source, not from the article)</th><th>source</th></tr>"
    return f"{STYLE}<table class='af-table'>{head}{rows}</table>"


# what a readable table shows for a missing cell of these columns (as the report pages show them)
MISSING_AS = {"title": UNTITLED, "outlet": NO_OUTLET}


def readable_cell(value: object, column: str = "") -> str:
    """A table cell as people read it: a float with separators and no ".0" ("77 million", "60",
    "1.6"), an integer (a count, an offset) as it stands, a missing cell as MISSING_AS says or empty."""
    if is_missing(value):
        return MISSING_AS.get(column, "")
    if hasattr(value, "item") and not isinstance(value, str):
        value = value.item()
    if isinstance(value, float):
        return human_number(value)
    return format_value(value)


class ReadableTable:
    """A table shown whole in a notebook: numbers as people write them (`readable_cell`), no text
    cut short, every cell escaped in HTML; plain text for the checks on stored notebooks."""

    def __init__(
        self,
        frame: pd.DataFrame,
        columns: Sequence[str] | None = None,
        rename: Mapping[str, str] | None = None,
    ) -> None:
        shown = frame[list(columns)] if columns is not None else frame
        self.frame = pd.DataFrame(
            {(rename or {}).get(c, c): [readable_cell(v, c) for v in shown[c]] for c in shown.columns},
            index=shown.index,
        )

    def __repr__(self) -> str:
        with pd.option_context("display.max_colwidth", None, "display.width", None):
            return self.frame.to_string(index=False)

    def _repr_html_(self) -> str:
        head = "".join(f"<th>{html.escape(str(c))}</th>" for c in self.frame.columns)
        rows = "".join(
            "<tr>" + "".join(f"<td>{html.escape(cell)}</td>" for cell in row) + "</tr>"
            for row in self.frame.itertuples(index=False)
        )
        return f"{STYLE}<table class='af-table'><tr>{head}</tr>{rows}</table>"


def readable_table(
    frame: pd.DataFrame, columns: Sequence[str] | None = None, rename: Mapping[str, str] | None = None
) -> ReadableTable:
    """The chosen columns (all by default; `rename` gives some another heading) as a ReadableTable."""
    return ReadableTable(frame, columns, rename)


def metadata_text(article: Article) -> str:
    """The article's metadata, one `key: value` a line."""
    return "\n".join(f"{key}: {value}" for key, value in article.metadata.items())
