"""HTML views of figures inside their sentences, with each figure's quote highlighted."""

from __future__ import annotations

import html

import pandas as pd

from .article import Article
from .escape import is_http_url
from .formats import format_value

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


def context_html(context: pd.DataFrame) -> str:
    """Context facts in full, each with its source as a link (kept apart from the article's figures);
    a ValueError for a source that is not an http(s) address."""
    unsafe = [str(s) for s in context["source"] if not is_http_url(s)]
    if unsafe:
        raise ValueError(f"context source must be an http(s) address, not {unsafe[0]!r}")
    rows = "".join(
        f"<tr><td>{html.escape(str(row.topic))}</td><td>{html.escape(str(row.fact))}</td>"
        f"<td><a href='{html.escape(str(row.source), quote=True)}'>{html.escape(str(row.source))}</a></td></tr>"
        for row in context.itertuples()
    )
    head = "<tr><th>topic</th><th>fact (from another source, not from the article)</th><th>source</th></tr>"
    return f"{STYLE}<table class='af-table'>{head}{rows}</table>"


def alt_text_html(alt_text: str) -> str:
    """A chart's alt text as a wrapped paragraph (printed text would run off the page)."""
    return f"<p style='max-width:60em'><em>Alt text:</em> {html.escape(alt_text)}</p>"
