"""The explorer's widgets: choosing an article or a kind, or pasting a text, updates every view."""

from __future__ import annotations

from pathlib import Path

import pytest

from analysis.explorer import ALL_KINDS, Explorer, article_choices, table_html
from analysis.paths import SEED_ID


@pytest.fixture()
def explorer() -> Explorer:
    return Explorer()


def test_choices_list_the_seed_first_then_the_development_set():
    choices = article_choices()
    assert choices[0][0] == f"US extends support to Pakistan amid TTP threat ({SEED_ID}.txt)"
    assert choices[0][1].endswith(f"{SEED_ID}.txt")
    assert any(label.endswith(".txt, development set)") for label, _ in choices[1:])


def test_two_articles_with_one_title_get_two_labels(tmp_path):
    """The menu labels by title and file name, so articles sharing a title are told apart."""
    for name in ("harbour-fees", "harbour-fees-copy"):
        (tmp_path / f"{name}.txt").write_text(
            "title: Harbour fees rise for ferries\n\nThe port raised its fees by 8 per cent on Monday.\n",
            encoding="utf-8",
        )
    labels = [label for label, _ in article_choices((tmp_path,))]
    assert sorted(labels) == [
        "Harbour fees rise for ferries (harbour-fees-copy.txt)",
        "Harbour fees rise for ferries (harbour-fees.txt)",
    ]


def test_opens_on_the_seed_with_its_charts(explorer):
    assert explorer.kind_menu.value == ALL_KINDS
    assert "$77M" in explorer.table.value and "<mark>" in explorer.sentences.value
    assert [c.name.split("--")[1] for c in explorer.shown] == ["percent-changes", "money-usd"]
    assert explorer.charts.value.count("<img ") == 2 and 'alt="Bar chart' in explorer.charts.value


def test_choosing_another_article_updates_table_and_charts(explorer):
    before = (explorer.table.value, explorer.charts.value)
    label, path = next(c for c in explorer.choices if "Herat Earthquake Response" in c[0])
    explorer.article_menu.value = path
    assert explorer.table.value != before[0] and explorer.charts.value != before[1]
    assert "114,000 people" in explorer.table.value
    assert explorer.describe().startswith("article: Afghanistan: Herat Earthquake Response")


def test_filtering_by_kind(explorer):
    explorer.kind_menu.value = "percent_change"
    assert set(explorer.selected()["kind"]) == {"percent_change"}
    assert "$77M" not in explorer.table.value and "500 per cent" in explorer.table.value
    assert [c.name.split("--")[1] for c in explorer.shown] == ["percent-changes"]


def test_pasted_text_is_explored_and_escaped(explorer):
    explorer.pasted.value = "<b>Officials</b> said 12 people died and 40 were injured in 2023."
    explorer.paste_button.click()
    assert explorer.describe().startswith("article: (pasted text)")
    assert "<b>Officials</b>" not in explorer.sentences.value and "&lt;b&gt;" in explorer.sentences.value
    explorer.pasted.value = "   "
    explorer.paste_button.click()
    assert "12 people" in explorer.table.value  # empty text changes nothing


def test_a_pasted_header_that_cannot_be_read_is_said_in_one_line(explorer):
    explorer.pasted.value = "Some 12 people died."
    explorer.paste_button.click()
    explorer.pasted.value = "Title: T\nauthor: A\n\nSome 40 people died."
    explorer.paste_button.click()
    assert explorer.summary.value == (
        "<p><b>Not read:</b> pasted: unknown header key &#x27;author&#x27; (known keys: "
        "title, outlet, source, dateline, published, accessed, extent)</p>"
    )
    assert "12 people" in explorer.table.value  # the article shown stays


def test_widget_repr_is_short_text_and_a_view():
    bundle = Explorer()._repr_mimebundle_()
    assert bundle["text/plain"] == "Article explorer (interactive in JupyterLab)"
    assert "model_id" in bundle["application/vnd.jupyter.widget-view+json"]


def test_table_html_escapes_cells(explorer):
    frame = explorer.figures.head(1).assign(quote="<script>x</script>")
    assert "<script>" not in table_html(frame)


def test_opens_on_the_article_asked_for():
    choices = article_choices()
    label, path = choices[2]
    explorer = Explorer(Path(path))
    assert explorer.article_menu.value == path
    assert explorer.describe().startswith(f"article: {label.rsplit(' (', 1)[0]}")
    assert Explorer(Path("not-an-article.txt")).article_menu.value == choices[0][1]


def test_a_kind_chosen_gets_no_note_about_the_other_kinds(explorer):
    explorer.kind_menu.value = "money"
    assert "note:" not in explorer.describe()
    assert [c.name.split("--")[1] for c in explorer.shown] == ["money-usd"]
    explorer.kind_menu.value = ALL_KINDS
    assert "note: No counts: no count chart." in explorer.describe()
