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
