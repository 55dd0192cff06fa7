from __future__ import annotations

from analysis.article import article_from_text
from analysis.extract import extract_figures
from analysis.highlight import figures_in_sentences, marked_sentence


def test_marked_sentence_wraps_the_span_and_escapes_html():
    article = article_from_text("Costs <rose> 60 per cent. Next.", "h")
    start = article.body.index("60")
    assert (
        marked_sentence(article, 0, [(start, start + 11)]) == "Costs &lt;rose&gt; <mark>60 per cent</mark>."
    )


def test_table_has_one_row_per_figure(seed):
    html = figures_in_sentences(seed, extract_figures(seed))
    assert html.count("<mark>") == 8
    assert "<mark>$77M</mark> to UNHCR" in html


def test_context_html_keeps_facts_whole_with_links():
    import pandas as pd

    from analysis.highlight import context_html

    frame = pd.DataFrame(
        [{"topic": "t", "fact": "A long fact " * 10, "source": "https://example.org/a?b=1&c=2"}]
    )
    out = context_html(frame)
    assert ("A long fact " * 10).strip() in out
    assert "<a href='https://example.org/a?b=1&amp;c=2'>" in out
