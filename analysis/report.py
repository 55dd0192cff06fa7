"""Reports for any article: the parameterised notebook `notebooks/report.ipynb` run for one article
(or each in a folder), written with its HTML rendering, tables and charts into a folder that
appears whole or not at all."""

from __future__ import annotations

import html
import os
import re
import secrets
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

import pandas as pd

from .article import (
    COMPANION_SUFFIXES,
    Article,
    ArticleError,
    list_articles,
    load_article,
    not_articles,
    printable,
    read_input,
    skipped_line,
)
from .batch import read_once
from .charts import Chart, report_charts, save_chart
from .checks import consistency_checks, findings_summary
from .context import CONTEXT_COLUMNS, load_context
from .escape import markdown_link, markdown_text
from .export import atomic_write, table_csv
from .formats import NO_OUTLET, UNTITLED, shown_title
from .leftovers import remove_dead_leftovers
from .paths import NOTEBOOKS, PROJECT_ROOT, REPORTS, seed_path
from .review import load_review, reviewed_figures
from .tables import percent_changes

REPORT_NOTEBOOK = NOTEBOOKS / "report.ipynb"
TEMPLATES = Path(__file__).with_name("templates")
DEVELOPER_TAG = "developer"  # report notebook cells left out of report.html
REPORT_MARKER = ".article-figures-report"  # inside every report folder this command wrote
REPORT_MARKER_TEXT = "a report written by python -m analysis report\n"
INPUT_FOLDER = "input"  # in a report folder: the copy of the article (and companions) the notebook reads
INDEX_MARKER = ".article-figures-index"  # inside every folder of reports (folder mode)
INDEX_NAME = "index.html"
PROJECT_ONLY = "--force replaces only folders outside the project; name a new folder for the report"
# what a report page may load: images, fonts and styles from itself; no scripts, forms or frames
CONTENT_SECURITY_POLICY = (
    "default-src 'none'; img-src data:; font-src data:; style-src 'unsafe-inline'; "
    "base-uri 'none'; form-action 'none'"
)
_ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")
KIND_WORDS = {
    "percent_change": ("percent change", "percent changes"),
    "percentage_share": ("percentage share", "percentage shares"),
    "money": ("money amount", "money amounts"),
    "count": ("count", "counts"),
    "date": ("date", "dates"),
    "duration": ("duration", "durations"),
    "other": ("other measure", "other measures"),
}


def article_title(article: Article) -> str:
    """The title a report shows for an article (page, heading, index): its own, else 'Untitled
    article' with its id."""
    return article.metadata.get("title") or f"{UNTITLED} ({article.id})"


def plural(count: int, word: str) -> str:
    """'1 figure', '2 figures'."""
    return f"{count} {word}{'' if count == 1 else 's'}"


@dataclass
class Report:
    """Everything a report shows for one article (computed once, shown by the notebook); `context`:
    the facts of its context file, every one shown in a section of its own."""

    article: Article
    figures: pd.DataFrame
    decisions: pd.DataFrame
    changes: pd.DataFrame
    findings: pd.DataFrame
    charts: list[Chart]
    notes: list[str]
    out_dir: Path
    context: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=list(CONTEXT_COLUMNS)))
    written: list[Path] = field(default_factory=list)

    def summary_markdown(self) -> str:
        """What the article is and what was found in it, and what was not."""
        meta = self.article.metadata
        counts = self.figures["kind"].value_counts()
        found = [f"{int(counts[k])} {KIND_WORDS[k][int(counts[k]) != 1]}" for k in KIND_WORDS if k in counts]
        missing = [KIND_WORDS[k][1] for k in KIND_WORDS if k not in counts]
        title, outlet = article_title(self.article), meta.get("outlet") or NO_OUTLET
        published, source = meta.get("published") or "publication date unknown", meta.get("source")
        lines = [
            f"# {markdown_text(shown_title(title))}",
            f"{markdown_text(outlet)}, {markdown_text(published)}."
            f" Source: {markdown_link(source, source) if source else 'not given'}",
            f"**Found:** {plural(len(self.figures), 'figure')}"
            + (f": {', '.join(found)}." if found else "."),
            f"**Not found:** {', '.join(missing)}."
            if missing
            else "**Not found:** nothing; every kind is present.",
            f"**Consistency findings:** {markdown_text(findings_summary(self.findings))}",
            f"**Review decisions:** {len(self.decisions)}"
            + (
                f" ({', '.join(f'{n} {s}' for s, n in self.decisions['status'].value_counts().items())})."
                if len(self.decisions)
                else " (no review file)."
            ),
        ]
        lines += [f"- {markdown_text(note)}" for note in self.notes]
        return "\n\n".join(lines)

    def save(self) -> list[Path]:
        """Write figures.csv, findings.csv, review_decisions.csv and every chart into out_dir."""
        out = self.out_dir
        if not out.exists() or _ours(out, REPORT_MARKER):  # a folder of our own: `report` may replace it
            atomic_write(out / REPORT_MARKER, REPORT_MARKER_TEXT)
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
    context = load_context(loaded)
    charts, notes = report_charts(loaded, figures, changes, context)
    out = Path(out_dir) if out_dir else REPORTS / loaded.id
    return Report(loaded, figures, decisions, changes, findings, charts, notes, out, context)


# --- running the notebook ------------------------------------------------------------------------


def notebook_html(notebook: Path, title: str) -> str:
    """An executed notebook as a standalone HTML page for readers (code hidden, outputs shown),
    `title` its page title."""
    import nbformat
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
    node = nbformat.read(notebook, as_version=4)
    node.metadata["title"] = title  # the page's <title> (the lab template's), not "report"
    resources = {
        "content_security_policy": CONTENT_SECURITY_POLICY,
        "metadata": {"name": notebook.stem, "path": str(notebook.parent)},
    }
    body, _ = exporter.from_notebook_node(node, resources=resources)
    return body


def _holds(folder: Path, path: Path) -> bool:
    """Whether `path` is `folder` or lies inside it (both absolute)."""
    return path == folder or folder in path.parents


def _ours(folder: Path, marker: str) -> bool:
    """Whether an existing folder is empty or holds our marker (safe to replace or fill)."""
    try:
        return (folder / marker).is_file() or not any(folder.iterdir())
    except OSError:
        return False


def _reports_only(folder: Path) -> bool:
    """Whether an existing folder holds nothing but reports this command wrote (or nothing)."""
    try:
        return all(child.is_dir() and (child / REPORT_MARKER).is_file() for child in folder.iterdir())
    except OSError:
        return False


def _in_project(path: Path) -> bool:
    """Whether a path is the project's root or lies inside it (through symbolic links)."""
    return _holds(PROJECT_ROOT, path.resolve())


def check_target(target: Path, article: Path, force: bool = False) -> None:
    """Refuse (ArticleError) a report folder that may not be replaced: the current folder or one
    holding it, the folder holding the article or the project, anything that is not a folder, an
    existing folder inside the project without the report marker (even with `force`), and (unless
    `force`) a folder that is not a report this command wrote."""
    real = target.resolve()  # through symbolic links: /link/work may be the current folder
    if _holds(real, Path.cwd().resolve()):
        raise ArticleError(target, "is the current folder or holds it; name a new folder for the report")
    for kept, what in ((article.resolve(), "the article"), (PROJECT_ROOT, "the project")):
        if _holds(real, kept):
            raise ArticleError(target, f"holds {what}; name a new folder for the report")
    if target.is_symlink() or (target.exists() and not target.is_dir()):
        raise ArticleError(target, "exists and is not a folder; name a new folder for the report")
    if target.exists() and _in_project(target) and not (target / REPORT_MARKER).is_file():
        raise ArticleError(
            target, f"is inside the project and not a report written by this command; {PROJECT_ONLY}"
        )
    if target.exists() and not force and not _ours(target, REPORT_MARKER):
        raise ArticleError(
            target, "exists and is not a report written by this command; use --force to replace it"
        )


def _replace_folder(built: Path, target: Path) -> None:
    """Move a finished folder into place, replacing an older one (checked by check_target)."""
    old = None
    if target.exists():
        old = target.with_name(f".{target.name}.old-{os.getpid()}-{secrets.token_hex(4)}")
        target.rename(old)
    built.rename(target)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def _notebook_article(path: Path, article: Article, folder: Path) -> str:
    """The `article` parameter: a seed's id, else the path, relative to the report `folder`, of a
    copy of the article file and its companion files (sidecar, review, context) in the folder's
    input/ folder, named by the article's id. Either way report.ipynb names no machine's path, its
    bytes do not change when the input folder moves, and it reruns from the report folder."""
    resolved, stem = path.resolve(), path.stem
    if resolved == seed_path(stem) and Path(stem).suffix != ".txt" and not stem.startswith("."):
        return stem
    (folder / INPUT_FOLDER).mkdir()
    name = str(path)[: len(str(path)) - len(path.name)] + path.stem  # the companions' name before the suffix
    for source, suffix in ((str(path), ".txt"), *((name + s, s) for s in COMPANION_SUFFIXES)):
        data = read_input(source)
        if data is not None:
            (folder / INPUT_FOLDER / f"{article.id}{suffix}").write_bytes(data)
    return f"{INPUT_FOLDER}/{article.id}.txt"


def build_report(
    path: Path | str,
    out: Path | None = None,
    encoding: str = "utf-8",
    force: bool = False,
    starting: Callable[[Article], None] | None = None,
) -> Path:
    """Run the report notebook for one article into `out` (default reports/<id>/; relative to the
    current folder); the folder is built beside it and moved into place only when complete.
    `starting` is told the article once it is read and the target accepted, before the notebook
    runs. Raises ArticleError on bad input or a target that may not be replaced (see check_target)."""
    from nbclient.exceptions import CellExecutionError, CellTimeoutError, DeadKernelError

    from .build import execute_notebook

    path = Path(path)
    article = load_article(path, encoding)  # fail fast, before a kernel starts
    load_review(article)
    if out is None and article.id == INDEX_NAME:  # reports/index.html is the index of folder mode
        raise ArticleError(path, f"id {article.id!r} is the index page's name; name a folder with --out")
    target = Path(os.path.abspath(out if out else REPORTS / article.id))
    check_target(target, path, force)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        remove_dead_leftovers(target.parent, REPORT_MARKER)
        built = Path(tempfile.mkdtemp(prefix=f".{target.name}.build-{os.getpid()}-", dir=target.parent))
        built.chmod(0o755)  # a finished report is readable like the files in it
    except OSError as exc:
        raise ArticleError(target, f"cannot write the report here ({exc.strerror or exc})") from None
    try:
        if starting is not None:
            starting(article)
        atomic_write(built / REPORT_MARKER, REPORT_MARKER_TEXT)
        parameters = {
            "article": _notebook_article(path, article, built),
            "out_dir": ".",
            "encoding": encoding,
        }
        notebook = execute_notebook(REPORT_NOTEBOOK, parameters, out=built / "report.ipynb")
        atomic_write(built / "report.html", notebook_html(notebook, article_title(article)))
        _replace_folder(built, target)
    except (CellExecutionError, CellTimeoutError, DeadKernelError) as exc:
        shutil.rmtree(built, ignore_errors=True)
        lines = _ANSI.sub("", str(exc)).strip().splitlines()
        raise ArticleError(path, f"report notebook failed: {lines[-1] if lines else 'error'}") from None
    except OSError as exc:
        shutil.rmtree(built, ignore_errors=True)
        raise ArticleError(target, f"cannot write the report ({exc.strerror or exc})") from None
    except BaseException:
        shutil.rmtree(built, ignore_errors=True)
        raise
    return target


def index_html(
    entries: list[tuple[str, str, str]],
    failures: list[str],
    others: Sequence[str] = (),
    copies: Sequence[str] = (),
) -> str:
    """An index page linking each report: (folder name, title, outlet or ''), then the failures,
    then `copies` (a line for each file skipped as the same text as another, naming both), then
    `others`: the folders of earlier reports in the same folder that this run did not write."""
    rows = "".join(
        f"<li><a href='{html.escape(quote(name))}/report.html'>{html.escape(title)}</a>"
        + (f" — {html.escape(outlet)}" if outlet else "")
        + "</li>"
        for name, title, outlet in entries
    )
    failed = "".join(f"<li>{html.escape(line)}</li>" for line in failures)
    same = "".join(f"<li>{html.escape(line)}</li>" for line in copies)
    earlier = "".join(
        f"<li><a href='{html.escape(quote(name))}/report.html'>{html.escape(name)}</a></li>"
        for name in others
    )
    return (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        f"<meta http-equiv='Content-Security-Policy' content=\"{CONTENT_SECURITY_POLICY}\">"
        "<title>Article reports</title>"
        "<style>body{font-family:sans-serif;max-width:60em;margin:2em auto;line-height:1.5}</style></head>"
        f"<body><h1>Article reports</h1><ul>{rows}</ul>"
        + (f"<h2>Not reported</h2><ul>{failed}</ul>" if failures else "")
        + (
            "<h2>Read once</h2><p>Each of these files holds the same text as another file of the folder: "
            f"that file's report is theirs.</p><ul>{same}</ul>"
            if copies
            else ""
        )
        + (
            "<h2>Earlier reports in this folder</h2><p>Written by an earlier run and not updated by "
            f"this one.</p><ul>{earlier}</ul>"
            if others
            else ""
        )
        + "</body></html>\n"
    )


def _say(message: str, quiet: bool) -> None:
    if not quiet:
        print(message, file=sys.stderr, flush=True)


def _starting(article: Article) -> str:
    """The line said before an article's report notebook runs (a large article takes minutes)."""
    return f"report: {printable(str(article.path))}: {len(article.body):,} characters; running the report notebook"


def report_command(
    path: str, out: Path | None, encoding: str = "utf-8", quiet: bool = False, force: bool = False
) -> int:
    """`report PATH`: one report for a file, or one per article plus an index for a folder.
    Exit status 0 all done, 1 some failed, 2 all failed (errors one line each on stderr)."""
    source = Path(path)
    if source.is_dir():
        return _folder_reports(source, out, encoding, quiet, force)
    try:
        started = time.perf_counter()
        target = build_report(source, out, encoding, force, lambda article: _say(_starting(article), quiet))
    except ArticleError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    _say(f"report: {target}/report.html ({time.perf_counter() - started:.1f} s)", quiet)
    return 0


def _load(file: Path, encoding: str) -> Article | str:
    """The article of a file, or the error line of a bad one: a bad review or context file too
    (build_report reads both), so that a copy of the file is reported instead (read_once)."""
    try:
        article = load_article(file, encoding)
        load_review(article)
        load_context(article)
    except ArticleError as exc:
        return str(exc)
    return article


def _read_id(loaded: Article | str) -> str:
    """The id of a file's article when it was read and its id is no page's name of the index (see
    _loaded_articles), else ""."""
    return loaded.id if isinstance(loaded, Article) and loaded.id != INDEX_NAME else ""


def _loaded_articles(loaded: list[Article | str]) -> tuple[list[Article], list[str]]:
    """The articles of a folder that can be reported, and one error line for each that cannot: a bad
    file (its error line in `loaded`), an id taken by another file (both named), an id that would
    replace the index page."""
    articles = [a for a in loaded if isinstance(a, Article)]
    failures = [line for line in loaded if isinstance(line, str)]
    by_id: dict[str, list[Article]] = {}
    for article in articles:
        by_id.setdefault(article.id, []).append(article)
    kept = []
    for article in articles:
        same = [a.path for a in by_id[article.id] if a is not article]
        if same:
            failures.append(str(ArticleError(article.path, f"id {article.id!r} is also the id of {same[0]}")))
        elif article.id == INDEX_NAME:
            failures.append(str(ArticleError(article.path, f"id {article.id!r} is the index page's name")))
        else:
            kept.append(article)
    return kept, failures


def seed_reports(seeds: Path, root: Path, quiet: bool = False) -> None:
    """A report for every article in `seeds` (and the index) in `root`, replacing reports of articles
    no longer there; raises ArticleError when any article fails. Files of `seeds` that are not
    articles are left out without a word (build_all has said so)."""
    ids = {article.id for article in (load_article(file) for file in list_articles(seeds))}
    for folder in sorted(root.glob("*")) if root.is_dir() else []:
        if folder.name not in ids and folder.is_dir() and (folder / REPORT_MARKER).is_file():
            shutil.rmtree(folder)
    if _folder_reports(seeds, root, "utf-8", quiet, force=False, say_skipped=False) != 0:
        raise ArticleError(seeds, f"not every article got a report (see {root / INDEX_NAME})")


def _earlier_reports(root: Path, entries: list[tuple[str, str, str]]) -> list[str]:
    """The report folders in `root` (by their marker) that this run did not write, sorted."""
    written = {name for name, _, _ in entries}
    return sorted(
        child.name
        for child in root.iterdir()
        if child.name not in written
        and not child.name.startswith(".")
        and child.is_dir()
        and (child / REPORT_MARKER).is_file()
    )


def local_paths(line: str, *folders: Path) -> str:
    """A failure line with each path inside one of `folders` (the articles' folder, the reports'
    folder) written relative to it ("/home/ana/desk/empty.txt: ..." -> "empty.txt: ..."): a page
    meant for publishing shows no machine's paths."""
    for folder in folders:
        line = line.replace(printable(os.path.join(str(folder), "")), "")
    return line


def _folder_reports(
    source: Path, out: Path | None, encoding: str, quiet: bool, force: bool, say_skipped: bool = True
) -> int:
    """One report per article of a folder, then the index page (written even when some failed); with
    `say_skipped`, first one line for each other file of the folder, which is skipped (and named
    in the index's "Not reported" list with the failures). A file skipped as the same text as
    another is named in the index with the file it copies."""
    skipped = [skipped_line(file) for file in not_articles(source)] if say_skipped else []
    for line in skipped:  # also with --quiet: never silent
        print(line, file=sys.stderr)
    try:
        files = list_articles(source)
        root = Path(os.path.abspath(out or REPORTS))
        if root.exists() and not root.is_dir():
            raise ArticleError(root, "exists and is not a folder")
        if root.is_dir() and not _ours(root, INDEX_MARKER) and not _reports_only(root):
            if _in_project(root):
                raise ArticleError(
                    root,
                    f"is inside the project and not a folder of reports written by this command; {PROJECT_ONLY}",
                )
            if not force:
                raise ArticleError(root, "is not a folder of reports written by this command; use --force")
    except ArticleError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    loaded, copies = read_once(files, lambda batch: [_load(f, encoding) for f in batch], _read_id)
    for line in copies:  # one article under two names: one report
        print(line, file=sys.stderr)
    articles, failures = _loaded_articles(loaded)
    for line in failures:
        print(f"error: {line}", file=sys.stderr)
    entries = []
    for i, article in enumerate(articles, 1):
        started = time.perf_counter()
        try:
            target = build_report(article.path, root / article.id, encoding, force)
        except ArticleError as exc:
            print(f"error: {exc}", file=sys.stderr)
            failures.append(str(exc))
            continue
        meta = article.metadata
        entries.append((target.name, article_title(article), meta.get("outlet") or meta.get("source") or ""))
        _say(f"[{i}/{len(articles)}] {target.name}: done in {time.perf_counter() - started:.1f} s", quiet)
    try:
        atomic_write(root / INDEX_MARKER, "a folder of reports written by python -m analysis report\n")
        shown = [local_paths(line, source, root) for line in failures + skipped]
        same = [local_paths(line.removeprefix("warning: "), source, root) for line in copies]
        atomic_write(root / INDEX_NAME, index_html(entries, shown, _earlier_reports(root, entries), same))
    except OSError as exc:
        print(
            f"error: {ArticleError(root, f'cannot write the index ({exc.strerror or exc})')}", file=sys.stderr
        )
        return 2
    _say(f"index: {root / INDEX_NAME} ({len(entries)} reports, {len(failures)} failed)", quiet)
    if not entries:
        return 2
    return 1 if failures else 0
