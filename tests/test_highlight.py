from __future__ import annotations

from analysis.article import article_from_text
from analysis.extract import extract_figures
from analysis.highlight import CONTEXT_CHARS, CUT, figures_in_sentences, marked_sentence


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


def _long_sentence_article(words_each_side: int):
    text = "w " * words_each_side + "rose 60 per cent " + "v " * words_each_side + "end."
    return article_from_text(text, "h"), text.index("60")


def test_long_sentence_is_cut_around_the_figure_with_a_visible_mark():
    article, start = _long_sentence_article(1_000)
    out = marked_sentence(article, 0, [(start, start + 11)])
    assert out.count(CUT) == 2
    assert "rose <mark>60 per cent</mark> v" in out
    assert len(out) <= 2 * CONTEXT_CHARS + 11 + 2 * len(CUT) + len("<mark></mark>")


def test_sentence_within_the_context_limit_is_shown_whole():
    article, start = _long_sentence_article(CONTEXT_CHARS // 2 - 5)
    out = marked_sentence(article, 0, [(start, start + 11)])
    assert CUT not in out
    assert out.startswith("w w ") and out.endswith("v end.")


def test_html_grows_linearly_with_a_one_sentence_article():
    sizes = []
    for figures in (200, 400):
        text = "Officials said " + "5 people died and " * figures + "it ended."
        article = article_from_text(text, "h")
        sizes.append(len(figures_in_sentences(article, extract_figures(article))))
    assert sizes[1] < 2.2 * sizes[0]


def test_a_readable_table_writes_numbers_as_people_do_and_cuts_no_text():
    import pandas as pd

    from analysis.highlight import readable_table

    period = "since the return of Afghan Taliban to power in August 2021, as the minister said"
    frame = pd.DataFrame(
        {
            "amount": [77000000.0, 9000000.0],
            "percent": [60.0, 1.6],
            "start": [2142, 2222],
            "period": [period, "not stated"],
            "title": [None, "A title"],
            "outlet": [float("nan"), "An outlet"],
        }
    )
    table = readable_table(frame, rename={"start": "at"})
    text = repr(table)
    assert "77 million" in text and "9 million" in text and "1.6" in text and "2142" in text
    assert "60.0" not in text and "77000000" not in text and period in text
    assert (
        "NaN" not in text and "None" not in text and "Untitled article" in text and "outlet unknown" in text
    )
    assert " at " in text.splitlines()[0] + " "
    html_text = table._repr_html_()
    assert period in html_text and "<td>Untitled article</td>" in html_text
    assert "&lt;b&gt;" in readable_table(pd.DataFrame({"x": ["<b>"]}))._repr_html_()
