"""`python -m analysis report`: per article and per folder, on the development articles."""

from __future__ import annotations

import contextlib
import csv
import html
import io
import re
import shutil
from pathlib import Path

import pytest

from analysis.article import ArticleError, load_article
from analysis.charts import timeline_missing
from analysis.cli import main
from analysis.extract import extract_figures
from analysis.paths import SEED_ID, SEED_REPORTS
from analysis.report import (
    REPORT_MARKER,
    _earlier_reports,
    build_report,
    index_html,
    notebook_html,
    prepare_report,
)

DEV = ["01", "03", "07", "08", "10", "13", "seed"]


@pytest.fixture(scope="module")
def reports(tmp_path_factory, corpus_dir) -> Path:
    """One report folder for the whole development set (one notebook run per article)."""
    out = tmp_path_factory.mktemp("reports")
    assert main(["report", str(corpus_dir / "articles"), "--out", str(out), "--quiet"]) == 0
    return out


@pytest.mark.parametrize("name", DEV)
def test_each_article_has_a_whole_report(reports, corpus_dir, name):
    folder = reports / name
    for file in ("report.html", "report.ipynb", "figures.csv", "findings.csv", "review_decisions.csv"):
        assert (folder / file).exists(), file
    article = load_article(corpus_dir / "articles" / f"{name}.txt")
    figures = extract_figures(article)
    page = (folder / "report.html").read_text(encoding="utf-8")
    for quote in figures["quote"]:
        assert quote.replace("&", "&amp;") in page, quote
    assert "https://cdn" not in page and "<script src=" not in page
    rows = list(csv.DictReader((folder / "figures.csv").open(encoding="utf-8")))
    assert len(rows) == len(figures) and "attribution" in rows[0]


@pytest.mark.parametrize("name", DEV)
def test_charts_follow_what_the_article_contains(reports, corpus_dir, name):
    article = load_article(corpus_dir / "articles" / f"{name}.txt")
    figures = extract_figures(article)
    charts = {p.name.split("--", 1)[1].removesuffix(".png") for p in (reports / name).glob("*--*.png")}
    assert ("timeline" in charts) == (
        timeline_missing(figures, article) == "" and "date" in set(figures["kind"])
    )
    money = figures[figures["kind"] == "money"]
    money_units = {str(u).lower() for u in [*money["unit"], *money.get("measure", [])]}
    assert {c.removeprefix("money-").split("-")[0] for c in charts if c.startswith("money-")} <= money_units
    count_units = set(figures.loc[figures["kind"] == "count", "unit"])
    assert {c.removeprefix("counts-").split("-")[0] for c in charts if c.startswith("counts-")} <= count_units
    for png in (reports / name).glob("*.png"):
        assert png.with_suffix(".svg").exists() and png.with_suffix(".csv").exists()
        assert png.with_name(png.stem + ".alt.txt").read_text(encoding="utf-8").strip()


@pytest.mark.parametrize("name", DEV)
def test_report_page_images_carry_their_alt_text(reports, name):
    folder = reports / name
    page = (folder / "report.html").read_text(encoding="utf-8")
    alts = re.findall(r"<img [^>]*alt=\"([^\"]*)\"", page)
    assert len(alts) == len(re.findall(r"<img ", page)) == len(list(folder.glob("*.png")))
    expected = {html.escape(p.read_text(encoding="utf-8").strip()) for p in folder.glob("*.alt.txt")}
    assert {html.escape(html.unescape(a)) for a in alts} == expected
    assert "No description has been provided" not in page


def test_report_opens_with_the_article_for_a_reader(reports):
    page = (reports / "13" / "report.html").read_text(encoding="utf-8")
    body = page[page.index("<body") :]
    first_heading = re.search(r"<h1[^>]*>(.*?)</h1>", body, re.S).group(1)
    assert "EU announces 3.5 million euros in aid for victims of Herat earthquake" in first_heading
    page_title = re.search(r"<title>(.*?)</title>", page, re.S).group(1)
    assert page_title == "EU announces 3.5 million euros in aid for victims of Herat earthquake"
    assert "2023-10-11" in body[: body.index("Found:")]
    assert "parameter `article`" not in page and "out_dir" not in page


def test_index_links_every_report(reports):
    index = (reports / "index.html").read_text(encoding="utf-8")
    for name in DEV:
        assert f"href='{name}/report.html'" in index


def test_summary_says_what_was_not_found(corpus_dir):
    report = prepare_report(str(corpus_dir / "articles" / "13.txt"), "/nonexistent")
    summary = report.summary_markdown()
    assert "**Found:** 6 figures: 5 money amounts, 1 date." in summary
    assert "percent changes" in summary.split("**Not found:**")[1]
    assert "No percent changes: no change chart." in report.notes


def test_plain_text_without_metadata(tmp_path):
    article = tmp_path / "plain.txt"
    article.write_text("Officials said 12 people died and 40 were injured in 2023.\n", encoding="utf-8")
    out = build_report(article, tmp_path / "out")
    page = (out / "report.html").read_text(encoding="utf-8")
    assert "outlet unknown" in page and "12 people" in page


def test_a_report_notebook_names_no_machine_path_and_reruns_from_its_folder(tmp_path):
    # fixwalk39-a: report.ipynb names a copy of its input inside the report folder, never the path
    # the input had (a server's paths in a published notebook; bytes that change when it moves)
    desk = tmp_path / "desk"
    desk.mkdir()
    article = desk / "Story one.txt"
    article.write_text("title: Rates\n\nOfficials said 12 people died in 2023.\n", encoding="utf-8")
    (desk / "Story one.meta.json").write_text('{"outlet": "The Desk"}', encoding="utf-8")
    (desk / "Story one.review.csv").write_text(
        "action,quote,start,value,unit,kind,subject,reason\nreject,12 people,,,,,,a typo\n", encoding="utf-8"
    )
    out = build_report(article, tmp_path / "out")
    notebook = (out / "report.ipynb").read_text(encoding="utf-8")
    assert str(tmp_path) not in notebook and "desk" not in notebook
    assert "\"article = 'input/Story-one.txt'\\n\"" in notebook
    copies = sorted(p.name for p in (out / "input").iterdir())
    assert copies == ["Story-one.meta.json", "Story-one.review.csv", "Story-one.txt"]
    for name in copies:
        assert (out / "input" / name).read_bytes() == (
            desk / name.replace("Story-one", "Story one")
        ).read_bytes()
    report = prepare_report(str(out / "input" / "Story-one.txt"), str(tmp_path / "again"))
    assert report.article.id == "Story-one" and report.article.metadata["outlet"] == "The Desk"
    assert len(report.decisions) == 1


def test_a_report_says_what_it_runs_before_the_notebook_starts(tmp_path, capsys, monkeypatch):
    """A large article's report runs for minutes: a line names it and its size before the notebook
    runs, so a user never watches a silent terminal (the done line follows)."""
    import analysis.build as build

    article = tmp_path / "story.txt"
    article.write_text("Officials said 12 people died.\n", encoding="utf-8")

    def no_notebook(*_args: object, **_kwargs: object) -> Path:
        said = capsys.readouterr().err
        assert said == f"report: {article}: 31 characters; running the report notebook\n"
        raise ArticleError(article, "stopped here by the test")

    monkeypatch.setattr(build, "execute_notebook", no_notebook)
    assert main(["report", str(article), "--out", str(tmp_path / "out")]) == 2
    assert "stopped here by the test" in capsys.readouterr().err


@pytest.mark.parametrize(("content", "problem"), [(b"", "empty file"), (b"\x00\x01", "binary file")])
def test_bad_input_leaves_no_report(tmp_path, capsys, content, problem):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    out = tmp_path / "out"
    assert main(["report", str(bad), "--out", str(out)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and problem in err[0] and str(bad) in err[0]
    assert not out.exists()
    assert [p.name for p in tmp_path.iterdir()] == ["bad.txt"]


@pytest.fixture(scope="module")
def report_with_an_empty_file(tmp_path_factory, corpus_dir: Path) -> tuple[Path, Path, str]:
    """The folder of reports of a folder of one good article (13) and one empty file (exit status
    1), the folder they are in, and what the command wrote on stderr (ci41: built once for the two
    tests that read it)."""
    root = tmp_path_factory.mktemp("with-empty")
    folder = root / "in"
    folder.mkdir()
    shutil.copyfile(corpus_dir / "articles" / "13.txt", folder / "13.txt")
    (folder / "empty.txt").write_bytes(b"")
    out = root / "out"
    with contextlib.redirect_stderr(io.StringIO()) as err:
        assert main(["report", str(folder), "--out", str(out), "--quiet"]) == 1
    return out, root, err.getvalue()


def test_folder_with_a_bad_file_reports_the_rest(report_with_an_empty_file):
    out, _, err = report_with_an_empty_file
    assert (out / "13" / "report.html").exists()
    assert "empty file" in err
    assert "Not reported" in (out / "index.html").read_text(encoding="utf-8")


def test_article_given_by_id_or_path(corpus_dir):
    from analysis.paths import SEED_ID, seed_path
    from analysis.report import article_file

    assert article_file(None) == seed_path()
    assert article_file(SEED_ID) == seed_path()
    path = str(corpus_dir / "articles" / "13.txt")
    assert str(article_file(path)) == path


def test_report_change_chart_says_what_other_sources_say_of_the_claim():
    report = prepare_report(None, "/nonexistent")
    change = next(c for c in report.charts if c.name.endswith("percent-changes"))
    assert "Another source (brecorder.com), not the article: First stated by caretaker" in change.alt_text


def test_report_page_title_is_the_articles_title_escaped():
    page = notebook_html(SEED_REPORTS / SEED_ID / "report.ipynb", "Rates <b>up</b> & out")
    assert "<title>Rates &lt;b&gt;up&lt;/b&gt; &amp; out</title>" in page
    assert "<title>report</title>" not in page


def test_summary_counts_one_figure_in_the_singular(tmp_path):
    article = tmp_path / "one.txt"
    article.write_text("Officials said 12 people died.\n", encoding="utf-8")
    summary = prepare_report(str(article), str(tmp_path / "out")).summary_markdown()
    assert "**Found:** 1 figure: 1 count." in summary
    assert summary.startswith("# Untitled article \\(one\\)")  # markdown-escaped


def test_index_entry_without_outlet_has_no_trailing_dash():
    page = index_html([("good", "Untitled article (good)", ""), ("b", "B", "Outlet")], [])
    assert "Untitled article (good)</a></li>" in page and "B</a> — Outlet</li>" in page


def test_index_lists_earlier_reports_in_its_folder(tmp_path):
    for name in ("old-one", "new", ".new.build-1-x"):
        (tmp_path / name).mkdir()
        (tmp_path / name / REPORT_MARKER).write_text("x", encoding="utf-8")
    (tmp_path / "not-a-report").mkdir()
    others = _earlier_reports(tmp_path, [("new", "New", "")])
    assert others == ["old-one"]
    page = index_html([("new", "New", "")], [], others)
    assert "Earlier reports in this folder" in page and "href='old-one/report.html'" in page


LONG_TITLE = "Very long headline " * 100


def test_a_report_shows_every_context_fact_and_a_long_title_cut(tmp_path):
    import json

    from analysis.formats import SHOWN_TITLE_CHARS, shown_title

    article = tmp_path / "ctx.txt"
    article.write_text(
        f"title: {LONG_TITLE}\n\nFloods killed 87 people on Wednesday, up from 61 on Tuesday.\n",
        encoding="utf-8",
    )
    facts = [
        {
            "topic": "death toll",
            "fact": "The state bulletin gave 91 deaths.",
            "source": "https://example.org/b",
        },
        {"topic": "2018", "fact": "The 2018 floods killed 483 people.", "source": "https://example.org/2018"},
        {
            "topic": "<b>x</b>",
            "fact": "<script>alert('fact')</script> 2,346 mm.",
            "source": "https://example.org/<s>",
        },
        {"fact": "A fact without a topic.", "source": "https://example.org/none"},
    ]
    (tmp_path / "ctx.context.json").write_text(json.dumps({"facts": facts}), encoding="utf-8")
    page = (build_report(article, tmp_path / "out") / "report.html").read_text(encoding="utf-8")
    section = page[page.index("Context from other public sources") :]
    for fact in facts:
        assert html.escape(fact["fact"], quote=False) in section, fact["fact"]
        assert f'<a href="{html.escape(fact["source"])}">' in section  # as nbconvert writes it
    assert "<script>alert" not in page and "&lt;b&gt;x&lt;/b&gt;" in section
    # the title: whole in the page's <title>, cut in the heading and in every chart's source line
    assert f"<title>{LONG_TITLE.strip()}</title>" in page
    heading = re.search(r"<h1[^>]*>(.*?)</h1>", page[page.index("<body") :], re.S).group(1)
    assert shown_title(LONG_TITLE) in heading and LONG_TITLE.strip() not in heading
    assert len(shown_title(LONG_TITLE)) <= SHOWN_TITLE_CHARS and shown_title(LONG_TITLE).endswith("…")
    report = prepare_report(str(article), str(tmp_path / "again"))
    assert all(f"“{shown_title(LONG_TITLE)}”" in c.source for c in report.charts)
    assert list(report.context["fact"]) == [f["fact"] for f in facts]


def test_a_report_says_when_there_is_no_context():
    from analysis.highlight import NO_CONTEXT, context_html

    report = prepare_report(str(Path(__file__).parent / "corpus" / "dev" / "articles" / "13.txt"), "/x")
    assert report.context.empty and context_html(report.context) == f"<p>{NO_CONTEXT}</p>"


def test_a_title_is_cut_only_when_long():
    from analysis.formats import SHOWN_TITLE_CHARS, shown_title

    assert shown_title("Floods kill 15") == "Floods kill 15"
    exact = "x" * SHOWN_TITLE_CHARS
    assert shown_title(exact) == exact
    assert shown_title("word " * 60) == ("word " * 23).strip() + "…"
    assert shown_title("y" * 500) == "y" * (SHOWN_TITLE_CHARS - 1) + "…"


def test_a_folder_report_names_each_file_it_skips(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "story.pdf").write_bytes(b"%PDF-1.4")
    (folder / "notes.docx").write_bytes(b"PK")
    (folder / ".hidden").write_text("x", encoding="utf-8")
    assert main(["report", str(folder), "--out", str(tmp_path / "out"), "--quiet"]) == 2
    err = capsys.readouterr().err.splitlines()
    assert err == [
        f"{folder / 'notes.docx'}: not a .txt article; skipped",
        f"{folder / 'story.pdf'}: not a .txt article; skipped",
        f"error: {folder}: folder holds no articles (*.txt)",
    ]


def test_the_index_names_failed_files_without_a_machine_s_path(report_with_an_empty_file):
    # fixwalk33-b: the index is a page for publishing: paths relative to the articles' folder
    out, root, _ = report_with_an_empty_file
    page = (out / "index.html").read_text(encoding="utf-8")
    assert "<li>empty.txt: empty file</li>" in page
    assert str(root) not in page


def test_the_index_names_each_skipped_file_relative_to_the_folder(tmp_path, corpus_dir, capsys):
    # fixwalk36-c: a file left out of a folder's reports is named in the index as the failures are
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copyfile(corpus_dir / "articles" / "13.txt", folder / "13.txt")
    (folder / "memo.pdf").write_bytes(b"%PDF-1.4")
    out = tmp_path / "out"
    assert main(["report", str(folder), "--out", str(out), "--quiet"]) == 0
    page = (out / "index.html").read_text(encoding="utf-8")
    assert "<li>memo.pdf: not a .txt article; skipped</li>" in page
    assert str(tmp_path) not in page
    assert f"{folder / 'memo.pdf'}: not a .txt article; skipped" in capsys.readouterr().err


def test_the_index_names_each_file_skipped_as_a_copy_and_the_file_it_copies(
    tmp_path, corpus_dir, monkeypatch
):
    # fixwalk39-a: a file with the same text as another gets no report of its own; the index says
    # so and names the file whose report covers it (the reports themselves are not built here)
    import analysis.report as report

    def no_notebook(path: Path, out: Path, *_args: object) -> Path:
        out.mkdir(parents=True)
        return out

    monkeypatch.setattr(report, "build_report", no_notebook)
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("b.txt", "a.txt", "c.txt"):
        shutil.copyfile(corpus_dir / "articles" / "13.txt", folder / name)
    out = tmp_path / "out"
    assert main(["report", str(folder), "--out", str(out), "--quiet"]) == 0
    page = (out / "index.html").read_text(encoding="utf-8")
    assert "href='a/report.html'" in page and "href='b/report.html'" not in page
    copies = page[page.index("<h2>Read once</h2>") :]
    for name in ("b.txt", "c.txt"):
        assert f"<li>{name}: same text as a.txt; skipped (its figures are read once)</li>" in copies
    assert str(tmp_path) not in page
