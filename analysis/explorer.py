"""The interactive explorer for JupyterLab: choose an article (from seeds/ or the development set)
or paste a text, filter by kind, and see the figure table, each figure marked in its sentence and
the charts the house rules allow, all updating in place."""

from __future__ import annotations

import html
from pathlib import Path

import ipywidgets as widgets
import pandas as pd

from .article import Article, ArticleError, article_from_text, list_articles, load_article
from .charts import CHARTED_KINDS, Chart, report_charts, source_line
from .formats import UNTITLED
from .highlight import figures_in_sentences
from .paths import CORPUS, SEEDS
from .review import reviewed_figures
from .tables import percent_changes
from .vocab import KINDS

ALL_KINDS = "every kind"
PASTED = "(pasted text)"
TABLE_COLUMNS = ("quote", "value", "unit", "kind", "subject", "attribution")


def article_choices(folders: tuple[Path, ...] = (SEEDS, CORPUS / "articles")) -> list[tuple[str, str]]:
    """(label, path) for every article in seeds/ and the development set, the seed's first; a label
    is the title and the file name ("Title (file.txt)"), so two articles with one title differ."""
    choices = []
    for folder, where in zip(folders, ("", ", development set"), strict=False):
        if not folder.is_dir():
            continue
        for path in list_articles(folder):
            title = load_article(path).metadata.get("title") or path.stem
            choices.append((f"{title} ({path.name}{where})", str(path)))
    return choices


def table_html(figures: pd.DataFrame) -> str:
    """The figure table as escaped HTML."""
    columns = [c for c in TABLE_COLUMNS if c in figures.columns]
    return figures[columns].to_html(index=False, escape=True, classes="af-table", na_rep="")


class Explorer:
    """Widgets to choose an article and a kind, and the views that follow them."""

    def __init__(self, start: Path | None = None, choices: list[tuple[str, str]] | None = None) -> None:
        """Widgets over `choices` (every article by default), opening on the article file `start`
        when it is one of them, else on the first."""
        self.choices = choices if choices is not None else article_choices()
        paths = [path for _, path in self.choices]
        self.article_menu = widgets.Dropdown(
            options=self.choices,
            value=str(start) if start is not None and str(start) in paths else (paths or [None])[0],
            description="Article",
            layout=widgets.Layout(width="95%"),
        )
        self.kind_menu = widgets.Dropdown(options=[ALL_KINDS, *KINDS], description="Kind")
        self.pasted = widgets.Textarea(
            placeholder="…or paste an article's text here and press the button",
            layout=widgets.Layout(width="95%", height="6em"),
        )
        self.paste_button = widgets.Button(
            description="Explore the pasted text", layout=widgets.Layout(width="auto")
        )
        self.summary = widgets.HTML()
        self.table = widgets.HTML()
        self.sentences = widgets.HTML()
        self.charts = widgets.HTML()
        self.article: Article | None = None
        self.figures = pd.DataFrame()
        self.shown: list[Chart] = []
        self.notes: list[str] = []
        self.article_menu.observe(lambda _change: self.load_chosen(), names="value")
        self.kind_menu.observe(lambda _change: self.refresh(), names="value")
        self.paste_button.on_click(lambda _button: self.load_pasted())
        self.view = widgets.VBox(
            [
                self.article_menu,
                self.pasted,
                self.paste_button,
                self.kind_menu,
                self.summary,
                widgets.HTML("<h3>Figures</h3>"),
                self.table,
                widgets.HTML("<h3>Each figure in its sentence</h3>"),
                self.sentences,
                widgets.HTML("<h3>Charts</h3>"),
                self.charts,
            ]
        )
        if self.choices:
            self.load_chosen()

    def _repr_mimebundle_(self, **kwargs: object) -> dict[str, object]:
        bundle = self.view._repr_mimebundle_(**kwargs)
        bundle["text/plain"] = "Article explorer (interactive in JupyterLab)"
        return bundle

    def load_chosen(self) -> None:
        """Show the article chosen in the menu."""
        self.show(load_article(self.article_menu.value))

    def load_pasted(self) -> None:
        """Show the pasted text as an article (nothing happens for empty text); a header block
        that cannot be read is said in one line, and the article shown stays."""
        if self.pasted.value.strip():
            try:
                article = article_from_text(self.pasted.value, "pasted")
            except ArticleError as exc:
                self.summary.value = f"<p><b>Not read:</b> {html.escape(str(exc))}</p>"
                return
            self.show(article)

    def show(self, article: Article) -> None:
        """Make `article` the one shown, with its reviewed figures."""
        self.article = article
        self.figures = reviewed_figures(article)[0]
        self.refresh()

    def selected(self) -> pd.DataFrame:
        """The figures of the chosen kind."""
        if self.kind_menu.value == ALL_KINDS:
            return self.figures
        return self.figures[self.figures["kind"] == self.kind_menu.value].reset_index(drop=True)

    def refresh(self) -> None:
        """Redraw the summary, the table, the marked sentences and the charts."""
        if self.article is None:
            return
        figures = self.selected()
        changes = percent_changes(self.article, figures)
        chosen = self.kind_menu.value
        kinds = CHARTED_KINDS if chosen == ALL_KINDS else (chosen,)
        self.shown, self.notes = report_charts(self.article, figures, changes, kinds=kinds)
        title = self.article.metadata.get("title") or UNTITLED
        self.summary.value = (
            f"<p><b>{html.escape(title)}</b><br>{html.escape(source_line(self.article))}<br>"
            f"{len(figures)} figures shown, {len(self.shown)} charts.</p>"
        )
        self.table.value = table_html(figures)
        self.sentences.value = figures_in_sentences(self.article, figures)
        notes = "".join(f"<li>{html.escape(note)}</li>" for note in self.notes)
        self.charts.value = "".join(chart._repr_html_() for chart in self.shown) + (
            f"<ul>{notes}</ul>" if notes else ""
        )

    def describe(self) -> str:
        """What the explorer shows now, as text (article, kind, figures, charts, notes)."""
        title = (self.article.metadata.get("title") if self.article else None) or PASTED
        lines = [f"article: {title}", f"kind: {self.kind_menu.value}", f"figures: {len(self.selected())}"]
        lines += [f"chart: {chart.name.split('--', 1)[1]}" for chart in self.shown]
        lines += [f"note: {note}" for note in self.notes]
        return "\n".join(lines)
