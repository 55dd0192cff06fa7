"""Reports for any article: the parameterised notebook `notebooks/report.ipynb` run for one article
(or each in a folder), written with its HTML rendering, tables and charts into a folder that
appears whole or not at all."""

from __future__ import annotations

import html
import os
import shutil
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from .article import Article, ArticleError, list_articles, load_article
from .charts import Chart, report_charts, save_chart
from .checks import consistency_checks
from .export import atomic_write, table_csv
from .paths import NOTEBOOKS, REPORTS, seed_path
from .review import load_review, reviewed_figures
from .tables import percent_changes

REPORT_NOTEBOOK = NOTEBOOKS / "report.ipynb"
TEMPLATES = Path(__file__).with_name("templates")
DEVELOPER_TAG = "developer"  # report notebook cells left out of report.html
KIND_WORDS = {
    "percent_change": ("percent change", "percent changes"),
    "percentage_share": ("percentage share", "percentage shares"),
    "money": ("money amount", "money amounts"),
    "count": ("count", "counts"),
    "date": ("date", "dates"),
    "duration": ("duration", "durations"),
    "other": ("other measure", "other measures"),
}


@dataclass
class Report:
    """Everything a report shows for one article (computed once, shown by the notebook)."""

    article: Article
    figures: pd.DataFrame
    decisions: pd.DataFrame
    changes: pd.DataFrame
    findings: pd.DataFrame
    charts: list[Chart]
    notes: list[str]
    out_dir: Path
    written: list[Path] = field(default_factory=list)

    def summary_markdown(self) -> str:
        """What the article is and what was found in it, and what was not."""
        meta = self.article.metadata
        counts = self.figures["kind"].value_counts()
        found = [f"{int(counts[k])} {KIND_WORDS[k][int(counts[k]) != 1]}" for k in KIND_WORDS if k in counts]
        missing = [KIND_WORDS[k][1] for k in KIND_WORDS if k not in counts]
        lines = [
            f"# {meta.get('title') or 'Untitled article'}",
            f"{meta.get('outlet') or 'Outlet unknown'}, {meta.get('published') or 'publication date unknown'}."
            f" Source: {meta.get('source') or 'not given'}",
            f"**Found:** {len(self.figures)} figures" + (f": {', '.join(found)}." if found else "."),
            f"**Not found:** {', '.join(missing)}."
            if missing
            else "**Not found:** nothing; every kind is present.",
            f"**Consistency findings:** {len(self.findings)}.",
            f"**Review decisions:** {len(self.decisions)}"
            + (
                f" ({', '.join(f'{n} {s}' for s, n in self.decisions['status'].value_counts().items())})."
                if len(self.decisions)
                else " (no review file)."
            ),
        ]
        lines += [f"- {note}" for note in self.notes]
        return "\n\n".join(lines)

    def save(self) -> list[Path]:
        """Write figures.csv, findings.csv, review_decisions.csv and every chart into out_dir."""
        out = self.out_dir
        self.written = [
            atomic_write(out / "figures.csv", table_csv(self.figures)),
            atomic_write(out / "findings.csv", table_csv(self.findings)),
            atomic_write(out / "review_decisions.csv", table_csv(self.decisions)),
        ]
        for chart in self.charts:
            self.written += save_chart(chart, out)
        return self.written


def article_file(article: str | None) -> Path:
    """An article given as an id in seeds/ ("us-extends-support-…") or as a file path."""
    if not article:
        return seed_path()
    path = Path(article)
    return path if path.suffix == ".txt" or path.exists() else seed_path(article)


def prepare_report(article: str | None = None, out_dir: str | None = None, encoding: str = "utf-8") -> Report:
    """Load an article (an id in seeds/ or a path; the seed by default), apply its review, and compute
    tables, findings and charts."""
    loaded = load_article(article_file(article), encoding)
    figures, decisions = reviewed_figures(loaded)
    changes = percent_changes(loaded, figures)
    findings = consistency_checks(loaded, figures)
    charts, notes = report_charts(loaded, figures, changes)
    out = Path(out_dir) if out_dir else REPORTS / loaded.id
    return Report(loaded, figures, decisions, changes, findings, charts, notes, out)


# --- running the notebook ------------------------------------------------------------------------


def notebook_html(notebook: Path) -> str:
    """An executed notebook as a standalone HTML page for readers (code hidden, outputs shown)."""
    from nbconvert import HTMLExporter
    from nbconvert.preprocessors import TagRemovePreprocessor

    exporter = HTMLExporter(
        template_name="article_report",
        extra_template_basedirs=[str(TEMPLATES)],
        exclude_input=True,
        exclude_input_prompt=True,
        exclude_output_prompt=True,
    )
    # the notes for developers stay in the notebook; readers start with the article itself
    exporter.register_preprocessor(TagRemovePreprocessor(remove_cell_tags={DEVELOPER_TAG}), enabled=True)
    body, _ = exporter.from_filename(str(notebook))
    return body


def _replace_folder(built: Path, target: Path) -> None:
    """Move a finished folder into place, replacing an older one."""
    old = None
    if target.exists():
        old = target.with_name(f".{target.name}.old-{os.getpid()}")
        target.rename(old)
    built.rename(target)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def build_report(path: Path | str, out: Path | None = None, encoding: str = "utf-8") -> Path:
    """Run the report notebook for one article into `out` (default reports/<id>/); the folder is
    built beside it and moved into place only when complete. Raises ArticleError on bad input."""
    from nbclient.exceptions import CellExecutionError

    from .build import execute_notebook

    path = Path(path)
    article = load_article(path, encoding)  # fail fast, before a kernel starts
    load_review(article)
    target = Path(out) if out else REPORTS / article.id
    target.parent.mkdir(parents=True, exist_ok=True)
    built = Path(tempfile.mkdtemp(prefix=f".{target.name}.", dir=target.parent))
    try:
        parameters = {"article": str(path.resolve()), "out_dir": str(built), "encoding": encoding}
        notebook = execute_notebook(REPORT_NOTEBOOK, parameters, out=built / "report.ipynb")
        atomic_write(built / "report.html", notebook_html(notebook))
        _replace_folder(built, target)
    except CellExecutionError as exc:
        shutil.rmtree(built, ignore_errors=True)
        last = str(exc).strip().splitlines()[-1] if str(exc).strip() else "error"
        raise ArticleError(path, f"report notebook failed: {last}") from None
    except BaseException:
        shutil.rmtree(built, ignore_errors=True)
        raise
    return target


def index_html(entries: list[tuple[str, str, str]], failures: list[str]) -> str:
    """An index page linking each report: (folder name, title, outlet), then the failures."""
    rows = "".join(
        f"<li><a href='{html.escape(name)}/report.html'>{html.escape(title)}</a> — {html.escape(outlet)}</li>"
        for name, title, outlet in entries
    )
    failed = "".join(f"<li>{html.escape(line)}</li>" for line in failures)
    return (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Article reports</title>"
        "<style>body{font-family:sans-serif;max-width:60em;margin:2em auto;line-height:1.5}</style></head>"
        f"<body><h1>Article reports</h1><ul>{rows}</ul>"
        + (f"<h2>Not reported</h2><ul>{failed}</ul>" if failures else "")
        + "</body></html>\n"
    )


def report_command(path: str, out: Path | None, encoding: str = "utf-8", quiet: bool = False) -> int:
    """`report PATH`: one report for a file, or one per article plus an index for a folder.
    Exit status 0 all done, 1 some failed, 2 all failed (errors one line each on stderr)."""

    def say(message: str) -> None:
        if not quiet:
            print(message, file=sys.stderr, flush=True)

    source = Path(path)
    if not source.is_dir():
        try:
            started = time.perf_counter()
            target = build_report(source, out, encoding)
        except ArticleError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
        say(f"report: {target}/report.html ({time.perf_counter() - started:.1f} s)")
        return 0
    try:
        files = list_articles(source)
    except ArticleError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    root = out or REPORTS
    entries, failures = [], []
    for i, file in enumerate(files, 1):
        started = time.perf_counter()
        try:
            article = load_article(file, encoding)
            target = build_report(file, root / article.id, encoding)
        except ArticleError as exc:
            print(f"error: {exc}", file=sys.stderr)
            failures.append(str(exc))
            continue
        meta = article.metadata
        entries.append(
            (target.name, meta.get("title") or article.id, meta.get("outlet") or meta.get("source") or "")
        )
        say(f"[{i}/{len(files)}] {target.name}: done in {time.perf_counter() - started:.1f} s")
    atomic_write(root / "index.html", index_html(entries, failures))
    say(f"index: {root / 'index.html'} ({len(entries)} reports, {len(failures)} failed)")
    if not entries:
        return 2
    return 1 if failures else 0
