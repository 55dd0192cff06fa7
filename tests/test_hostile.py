"""Hostile and careless input (issue 9): path-like ids, existing --out targets, script and link
injection in the rendered page, bad review and sidecar files, pipes and devices, signals."""

from __future__ import annotations

import html
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from analysis import report as report_module
from analysis.article import ArticleError, list_articles, load_article, parse_sidecar, valid_id
from analysis.batch import collect, extract_many
from analysis.build import RUN_MARKER
from analysis.cli import main
from analysis.context import load_context
from analysis.escape import is_http_url, markdown_link, markdown_text
from analysis.highlight import context_html
from analysis.leftovers import dead_leftovers, remove_dead_leftovers
from analysis.paths import NOTEBOOKS, PROJECT_ROOT, seed_path
from analysis.report import INDEX_NAME, REPORT_MARKER, check_target, index_html, prepare_report
from analysis.review import load_review, parse_review, reviewed_figures

HEADER = "action,quote,start,value,unit,kind,subject,reason\n"
ARTICLE = "Officials said 12 people died and 40 were injured in 2023.\n"


def one_line_error(capsys: pytest.CaptureFixture[str], *words: str) -> str:
    """The single stderr line of a failed command, checked to name every word and hold no traceback."""
    err = capsys.readouterr().err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert "Traceback" not in err and "\x1b" not in err
    for word in words:
        assert word in lines[0], (word, lines[0])
    return lines[0]


def own_text(name: str) -> str:
    """ARTICLE made this file's own: a folder reads a text that another file holds only once."""
    return f"{ARTICLE}Filed as {name}.\n"


def article_with_sidecar(folder: Path, sidecar: object, name: str = "a") -> Path:
    path = folder / f"{name}.txt"
    path.write_text(own_text(name), encoding="utf-8")
    text = sidecar if isinstance(sidecar, str) else json.dumps(sidecar)
    (folder / f"{name}.meta.json").write_text(text, encoding="utf-8")
    return path


def dead_pid() -> int:
    """The id of a process that has ended."""
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


# --- article ids ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "bad_id",
    ["/some/folder", "../../x", ".", "..", "a..b", ".hidden", "a\nb", "a\x00b", "x" * 101, "a b", "", "-x"],
)
def test_path_like_or_unsafe_ids_are_refused(tmp_path, bad_id):
    path = article_with_sidecar(tmp_path, {"id": bad_id})
    with pytest.raises(ArticleError) as caught:
        load_article(path)
    message = str(caught.value)
    assert "a.meta.json" in message and "not a valid id" in message and "\n" not in message


@pytest.mark.parametrize("bad_value", [["a", "b"], False, 3, {"x": 1}])
def test_ids_and_fields_of_the_wrong_type_are_refused(tmp_path, bad_value):
    for field in ("id", "title", "source"):
        path = article_with_sidecar(tmp_path, {field: bad_value})
        with pytest.raises(ArticleError, match=f"'{field}' must be a string or null"):
            load_article(path)


def test_nan_in_a_sidecar_is_not_json(tmp_path):
    path = article_with_sidecar(tmp_path, '{"id": NaN}')
    with pytest.raises(ArticleError, match="NaN is not a JSON value"):
        load_article(path)


def test_valid_ids():
    assert valid_id("us-extends-support_2.0") and valid_id("A" * 100)
    assert not valid_id("A" * 101) and not valid_id(None)


def test_file_names_outside_the_alphabet_give_safe_ids(tmp_path):
    path = tmp_path / "My article (2).txt"
    path.write_text(ARTICLE, encoding="utf-8")
    assert load_article(path).id == "My-article-2"


def test_report_with_a_path_like_id_deletes_nothing(tmp_path, capsys):
    victim = tmp_path / "victim"
    victim.mkdir()
    (victim / "keep.txt").write_text("precious", encoding="utf-8")
    path = article_with_sidecar(tmp_path, {"id": str(victim)})
    assert main(["report", str(path)]) == 2
    one_line_error(capsys, "a.meta.json", "not a valid id")
    assert (victim / "keep.txt").read_text(encoding="utf-8") == "precious"


def test_deeply_nested_sidecar_is_one_line(tmp_path):
    path = article_with_sidecar(tmp_path, "[" * 100_000 + "]" * 100_000)
    with pytest.raises(ArticleError, match="nested too deeply"):
        load_article(path)


def test_sidecar_with_a_utf8_bom_is_read(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "a.meta.json").write_bytes(b"\xef\xbb\xbf" + json.dumps({"title": "T"}).encode())
    assert load_article(path).metadata["title"] == "T"


def test_parse_sidecar_refuses_a_key_outside_the_metadata_fields():
    with pytest.raises(ArticleError, match=r"^x\.meta\.json: unknown metadata key 'extra' \(known keys: "):
        parse_sidecar('{"title": "T", "extra": [1]}', "x.meta.json")


def test_a_mistyped_sidecar_key_fails_its_file_alone_in_a_batch(tmp_path):
    good, bad = tmp_path / "good.txt", tmp_path / "bad.txt"
    good.write_text(own_text("good"), encoding="utf-8")
    bad.write_text(own_text("bad"), encoding="utf-8")
    (tmp_path / "bad.meta.json").write_text('{"titel": "T"}', encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "analysis", "extract", str(tmp_path), "-q"],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert result.returncode == 1
    assert (
        result.stderr
        == f"error: {tmp_path / 'bad.meta.json'}: unknown metadata key 'titel' (did you mean 'title'?)\n"
    )
    assert {row.split(",")[0] for row in result.stdout.splitlines()[1:]} == {"good"}


# --- report targets -----------------------------------------------------------------------------


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "in" / "plain.txt"
    path.parent.mkdir()
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_existing_folder_that_is_not_a_report_is_refused(article, tmp_path, capsys):
    out = tmp_path / "mine"
    out.mkdir()
    (out / "thesis.tex").write_text("years of work", encoding="utf-8")
    assert main(["report", str(article), "--out", str(out)]) == 2
    one_line_error(capsys, str(out), "use --force")
    assert [p.name for p in out.iterdir()] == ["thesis.tex"]


@pytest.mark.parametrize("force", [[], ["--force"]])
def test_existing_file_is_never_replaced(article, tmp_path, capsys, force):
    out = tmp_path / "notes.txt"
    out.write_text("mine", encoding="utf-8")
    assert main(["report", str(article), "--out", str(out), *force]) == 2
    one_line_error(capsys, str(out), "not a folder")
    assert out.read_text(encoding="utf-8") == "mine"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in", "notes.txt"]


@pytest.mark.parametrize("force", [[], ["--force"]])
def test_the_folder_holding_the_article_is_never_replaced(article, tmp_path, capsys, force):
    for out in (article.parent, tmp_path):
        assert main(["report", str(article), "--out", str(out), *force]) == 2
        one_line_error(capsys, "holds the article")
    assert article.read_text(encoding="utf-8") == ARTICLE


def test_out_dot_is_a_clear_error_and_leaves_nothing(article, tmp_path, capsys, monkeypatch):
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    assert main(["report", str(article), "--out", ".", "--force"]) == 2
    one_line_error(capsys, "current folder")
    assert list(work.iterdir()) == [] and sorted(p.name for p in tmp_path.iterdir()) == ["in", "work"]


def test_the_project_is_never_a_report_target(article, capsys, monkeypatch):
    monkeypatch.chdir(article.parent)
    assert main(["report", str(article), "--out", str(PROJECT_ROOT), "--force"]) == 2
    one_line_error(capsys, "holds the project")


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the project's layout standing in for the project (tracked files in benchmarks/)."""
    root = tmp_path / "project"
    (root / "benchmarks").mkdir(parents=True)
    (root / "benchmarks" / "extract_speed.py").write_text("print('bench')\n", encoding="utf-8")
    (root / "data").mkdir()
    monkeypatch.setattr(report_module, "PROJECT_ROOT", root)
    return root


def tree(folder: Path) -> list[str]:
    """Every path under a folder, relative to it."""
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


@pytest.mark.parametrize("force", [[], ["--force"]])
@pytest.mark.parametrize("name", ["benchmarks", "data"])  # a folder of tracked files; an empty one
def test_a_folder_inside_the_project_is_never_replaced(article, project, capsys, monkeypatch, force, name):
    monkeypatch.chdir(article.parent)
    before = tree(project)
    out = project / name
    assert main(["report", str(article), "--out", str(out), *force]) == 2
    one_line_error(capsys, str(out), "inside the project", "only folders outside the project")
    assert tree(project) == before
    assert (project / "benchmarks" / "extract_speed.py").read_text(encoding="utf-8") == "print('bench')\n"


@pytest.mark.parametrize("force", [False, True])
def test_a_report_inside_the_project_may_be_replaced(article, project, force):
    ours, new = project / "reports" / "plain", project / "reports" / "fresh"
    ours.mkdir(parents=True)
    (ours / REPORT_MARKER).touch()
    check_target(ours, article, force)  # neither raises
    check_target(new, article, force)


def test_force_still_replaces_a_foreign_folder_outside_the_project(article, project, tmp_path):
    outside = tmp_path / "mine"
    outside.mkdir()
    (outside / "notes.txt").touch()
    check_target(outside, article, force=True)
    with pytest.raises(ArticleError, match="use --force"):
        check_target(outside, article, force=False)


def test_a_folder_of_reports_inside_the_project_is_never_a_foreign_folder(article, project, capsys):
    assert main(["report", str(article.parent), "--out", str(project / "benchmarks"), "--force"]) == 2
    one_line_error(capsys, str(project / "benchmarks"), "inside the project")
    assert tree(project) == ["benchmarks", "benchmarks/extract_speed.py", "data"]


def test_a_folder_holding_only_reports_takes_more_reports(project, tmp_path, capsys):
    """reports/ after single reports (no index marker) is a folder of reports, inside the project too."""
    (project / "reports" / "one").mkdir(parents=True)
    (project / "reports" / "one" / REPORT_MARKER).touch()
    source = tmp_path / "in"
    source.mkdir()
    (source / "empty.txt").write_bytes(b"")  # refused before any kernel starts
    assert main(["report", str(source), "--out", str(project / "reports"), "--quiet"]) == 2
    assert "empty file" in capsys.readouterr().err
    assert (project / "reports" / INDEX_NAME).is_file() and (project / "reports" / "one").is_dir()


def test_unwritable_out_is_one_line(article, tmp_path, capsys):
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    assert main(["report", str(article), "--out", str(blocker / "sub")]) == 2
    one_line_error(capsys, "cannot write")


def test_index_links_are_url_encoded_and_escaped():
    page = index_html([("a b#c", "<b>T</b>", "O&O")], ["x.txt: <bad>"])
    assert "href='a%20b%23c/report.html'" in page
    assert "&lt;b&gt;T&lt;/b&gt;" in page and "O&amp;O" in page and "&lt;bad&gt;" in page
    assert "Content-Security-Policy" in page


def test_folder_of_reports_that_is_not_ours_is_refused(article, tmp_path, capsys):
    out = tmp_path / "site"
    out.mkdir()
    (out / "index.html").write_text("my home page", encoding="utf-8")
    assert main(["report", str(article.parent), "--out", str(out)]) == 2
    one_line_error(capsys, str(out), "use --force")
    assert (out / "index.html").read_text(encoding="utf-8") == "my home page"


# --- leftovers of kill -9 ----------------------------------------------------------------------


def test_only_our_dead_leftovers_are_removed(tmp_path):
    pid = dead_pid()
    dead = tmp_path / f".x.build-{pid}-abc123"
    alive = tmp_path / f".x.build-{os.getppid()}-abc123"
    unmarked = tmp_path / f".x.old-{pid}-abc123"
    user = tmp_path / ".x.mine"
    for folder in (dead, alive, unmarked, user):
        folder.mkdir()
    for folder in (dead, alive, user):
        (folder / REPORT_MARKER).touch()
    (unmarked / "report.html").touch()  # not ours to remove (an empty one is: see below)
    assert dead_leftovers(tmp_path, REPORT_MARKER) == [dead]
    assert remove_dead_leftovers(tmp_path, REPORT_MARKER) == [dead]
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(p.name for p in (alive, unmarked, user))


def test_an_empty_leftover_of_a_dead_run_is_removed(tmp_path):
    """kill -9 between making the build or runtime folder and writing its marker leaves it empty."""
    pid = dead_pid()
    empty, holding = tmp_path / f"article-figures-{pid}-abc123", tmp_path / f".x.build-{pid}-def456"
    empty.mkdir()
    holding.mkdir()
    (holding / "mine.txt").write_text("x", encoding="utf-8")
    assert remove_dead_leftovers(tmp_path, REPORT_MARKER) == [empty]
    assert [p.name for p in tmp_path.iterdir()] == [holding.name]


# --- injection ----------------------------------------------------------------------------------


def test_markdown_text_renders_as_itself():
    text = "<script>alert(1)</script> **b** [x](javascript:alert(2)) `c` <img src=x onerror=y>"
    out = markdown_text(text)
    assert "<" not in out and "](" not in out and "**" not in out


@pytest.mark.parametrize(
    "address",
    ["javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,x", "//evil", "http:x", " https://a"],
)
def test_only_http_addresses_become_links(address):
    assert not is_http_url(address)
    assert "](" not in markdown_link(address, address)


def test_http_links_are_kept():
    assert is_http_url("https://example.org/a?b=1&c=2")
    assert markdown_link("T", "https://example.org/a(b)") == "[T](https://example.org/a%28b%29)"


def test_summary_escapes_every_metadata_field(tmp_path):
    hostile = "<script>document.title='pwned'</script>"
    path = article_with_sidecar(
        tmp_path, {"title": hostile, "outlet": "[o](javascript:alert(1))", "source": "javascript:alert(2)"}
    )
    summary = prepare_report(str(path), str(tmp_path / "out")).summary_markdown()
    assert "<script>" not in summary and "](javascript" not in summary and "&lt;script&gt;" in summary


def test_context_html_refuses_other_addresses():
    frame = pd.DataFrame([{"topic": "t", "fact": "f", "source": "javascript:alert(1)"}])
    with pytest.raises(ValueError, match="http"):
        context_html(frame)


def test_context_file_with_a_javascript_source_is_refused(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    facts = {"facts": [{"topic": "t", "fact": "f", "source": "javascript:alert(1)"}]}
    (tmp_path / "a.context.json").write_text(json.dumps(facts), encoding="utf-8")
    with pytest.raises(ArticleError, match="must be an http"):
        load_context(load_article(path))


# --- review files -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("rows", "problem"),
    [
        ('add,"' + "x" * 140_000 + '",,1,people,count,,r\n', "131072"),
        ("reject,12 people,²,,,,,r\n", "line 2: start must be a character offset"),
        ("add,12 people,,seventy,people,count,,r\n", "line 2: value must be"),
        ("add,12 people,,nan,people,count,,r\n", "line 2: value must be"),
        ("add,12 people,,1e400,people,count,,r\n", "line 2: value must be"),
        ("add,12 people,,inf,people,count,,r\n", "line 2: value must be"),
        ("add,12 people,,1" + "0" * 400 + ",people,count,,r\n", "line 2: value must be"),
        ("add,12 people,,12,people,count,,r\nadd,12 people,,12,people,count,,r\n", "line 3: adds the same"),
        ('reject,"x,1,,,,,r\n', "not valid CSV"),
    ],
)
def test_bad_review_rows_are_one_line_errors_naming_the_line(rows, problem):
    with pytest.raises(ArticleError) as caught:
        parse_review(HEADER + rows, "a.review.csv")
    assert problem in str(caught.value) and str(caught.value).startswith("a.review.csv: ")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("77,000,000", 77000000),
        ("77000000", 77000000),
        ("6.3", 6.3),
        ("2021-08", "2021-08"),
        ("1,000/2,000", "1000/2000"),
    ],
)
def test_review_values_are_read_plainly(tmp_path, value, expected):
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "a.review.csv").write_text(
        HEADER + f'add,12 people,,"{value}",people,count,,r\n', encoding="utf-8"
    )
    figures, decisions = reviewed_figures(load_article(path))
    added = figures[figures["review"] != ""]
    assert list(added["value"]) == [expected] and list(decisions["status"]) == ["added"]


def test_an_add_repeating_an_earlier_one_by_offset_is_stale(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    start = ARTICLE.index("12 people")
    rows = f"add,12 people,,12,people,count,,r\nadd,12 people,{start},12,people,count,,r\n"
    (tmp_path / "a.review.csv").write_text(HEADER + rows, encoding="utf-8")
    figures, decisions = reviewed_figures(load_article(path))
    assert (figures["review"] != "").sum() == 1 and list(decisions["status"]) == ["added", "stale"]


def test_a_bad_review_file_never_stops_a_batch(tmp_path):
    for name in ("a", "b"):
        (tmp_path / f"{name}.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "a.review.csv").write_text(HEADER + "reject,x,²,,,,,r\n", encoding="utf-8")
    rows, errors = collect(extract_many(list_articles(tmp_path), jobs=1))
    assert len(errors) == 1 and "a.review.csv: line 2" in errors[0] and rows


# --- input files --------------------------------------------------------------------------------


def test_fifo_is_refused_without_reading(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    with pytest.raises(ArticleError, match="named pipe"):
        load_article(fifo)


def test_device_behind_a_symlink_is_refused(tmp_path):
    link = tmp_path / "zero.txt"
    link.symlink_to("/dev/zero")
    with pytest.raises(ArticleError, match="character device"):
        load_article(link)


def test_review_file_that_is_a_fifo_is_refused(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    os.mkfifo(tmp_path / "a.review.csv")
    with pytest.raises(ArticleError, match="named pipe"):
        load_review(load_article(path))


def test_folder_mode_names_loops_pipes_and_devices(tmp_path):
    (tmp_path / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "loop.txt").symlink_to(tmp_path / "loop.txt")
    (tmp_path / "dev.txt").symlink_to("/dev/null")
    os.mkfifo(tmp_path / "pipe.txt")
    rows, errors = collect(extract_many(list_articles(tmp_path), jobs=1))
    assert rows and len(errors) == 3
    text = "\n".join(errors)
    assert (
        "loop.txt" in text
        and "dev.txt: is a character device" in text
        and "pipe.txt: is a named pipe" in text
    )


def test_cli_refuses_a_fifo_quickly(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    result = subprocess.run(
        [sys.executable, "-m", "analysis", "extract", str(fifo)], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 2 and "named pipe" in result.stderr and "Traceback" not in result.stderr


def test_control_characters_in_names_are_escaped(tmp_path):
    path = tmp_path / "\x1b[31mred\nline.txt"
    with pytest.raises(ArticleError) as caught:
        load_article(path)
    assert "\x1b" not in str(caught.value) and "\n" not in str(caught.value) and "\\x1b" in str(caught.value)


# --- the same treatment for an added article ---------------------------------------------------


def test_the_seed_notebooks_name_the_seed_not_the_first_article():
    # 00-explore lists every article and opens on the seed; 01-04 load the article their
    # parameter cell names (the seed's id by default, tests/test_notebooks.py)
    for path in sorted(NOTEBOOKS.glob("[0-9][0-9]-*.ipynb")):
        text = path.read_text(encoding="utf-8")
        assert "articles[0]" not in text, path.name
        assert "seed_path()" in text or "seed_path(article_id)" in text, path.name


# --- reports run in a kernel (slower) ----------------------------------------------------------


@pytest.fixture(scope="module")
def hostile_report(tmp_path_factory) -> tuple[Path, Path]:
    """A report for an article whose metadata attacks the page, written to a relative --out."""
    root = tmp_path_factory.mktemp("hostile")
    path = article_with_sidecar(
        root,
        {
            "title": "<script>document.title='pwned'</script>T",
            "outlet": "<img src=x onerror=\"document.title='img'\">",
            "source": "javascript:document.title='link'",
            "notes": "[x](javascript:alert(1))",
        },
        name="evil",
    )
    before = sorted(p.name for p in NOTEBOOKS.iterdir())
    cwd = Path.cwd()
    os.chdir(root)
    try:
        assert main(["report", str(path), "--out", "rel", "--quiet"]) == 0
        assert main(["report", str(path), "--out", "rel", "--quiet"]) == 0  # our own report: replaced
    finally:
        os.chdir(cwd)
    assert sorted(p.name for p in NOTEBOOKS.iterdir()) == before
    return root, root / "rel"


def test_relative_out_gets_the_whole_report(hostile_report):
    root, out = hostile_report
    names = {p.name for p in out.iterdir()}
    assert {"report.html", "report.ipynb", "figures.csv", "findings.csv", REPORT_MARKER} <= names
    assert any(n.endswith(".png") for n in names)
    assert not [p for p in root.iterdir() if p.name.startswith(".")]


def test_page_holds_no_script_and_escapes_metadata(hostile_report):
    page = (hostile_report[1] / "report.html").read_text(encoding="utf-8")
    assert "<script" not in page and "<img src=x" not in page
    assert not re.search(r"<a[^>]+href=['\"]?javascript:", page, re.IGNORECASE)
    assert "&lt;script&gt;document.title" in page
    assert re.search(r"<meta[^>]+Content-Security-Policy", page) and "script-src" not in page
    assert "default-src 'none'" in page


@pytest.mark.browser
def test_page_runs_no_script_in_chromium(hostile_report):
    from tests.browser_harness import CHROMIUM, CHROMIUM_FLAGS

    page = hostile_report[1] / "report.html"
    result = subprocess.run(
        [CHROMIUM, *CHROMIUM_FLAGS, "--dump-dom", page.as_uri()],
        capture_output=True,
        text=True,
        timeout=120,
    )
    dom = result.stdout
    title = re.search(r"<title>(.*?)</title>", dom, re.DOTALL)
    # the page's title is the article's own, escaped: a script that ran would have made it "pwned"
    assert title and title.group(1) != "pwned", title
    assert "&lt;script&gt;document.title" in title.group(1) and "&lt;script&gt;document.title" in dom


def test_folder_mode_refuses_twins_and_the_index_name(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    article_with_sidecar(folder, {"id": "same"}, name="one")
    article_with_sidecar(folder, {"id": "same"}, name="two")
    (folder / "index.html.txt").write_text(own_text("index"), encoding="utf-8")
    (folder / "good.txt").write_text(own_text("good"), encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    out = tmp_path / "out"
    assert main(["report", str(folder), "--out", str(out), "--quiet"]) == 1
    err = capsys.readouterr().err
    assert re.search(r"one\.txt: id 'same' is also the id of .*two\.txt", err)
    assert re.search(r"two\.txt: id 'same' is also the id of .*one\.txt", err)
    assert "index.html.txt: id 'index.html' is the index page's name" in err and "empty file" in err
    index = (out / "index.html").read_text(encoding="utf-8")
    assert index.count("<li>") == 5 and "href='good/report.html'" in index
    assert sorted(p.name for p in out.iterdir() if not p.name.startswith(".")) == ["good", "index.html"]


def run_report_process(article: Path, out: Path) -> subprocess.Popen[bytes]:
    """`python -m analysis report` in its own session, SIGINT at its default (not ignored)."""
    return subprocess.Popen(
        [sys.executable, "-m", "analysis", "report", str(article), "--out", str(out), "--quiet"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),  # noqa: PLW1509
    )


def wait_for_running_kernel(parent: Path, proc: subprocess.Popen[bytes]) -> tuple[Path, list[Path]]:
    """The report's build folder and kernel runtime folder, once its kernel process runs (its
    command line names the connection file in the runtime folder): a sign, not a guess of time."""
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline and proc.poll() is None:
        built = list(parent.glob(".out.build-*"))
        runtime = list(Path(tempfile.gettempdir()).glob(f"article-figures-{proc.pid}-*"))
        if built and runtime and kernels_of(proc.pid) and (runtime[0] / RUN_MARKER).exists():
            return built[0], runtime
        time.sleep(0.05)
    raise AssertionError(f"the report's kernel never ran (exit status {proc.poll()})")


@pytest.mark.parametrize(
    ("signum", "status", "word"), [(signal.SIGINT, 130, "interrupted"), (signal.SIGTERM, 143, "terminated")]
)
def test_signal_during_report_is_one_line_and_cleans_up(article, tmp_path, signum, status, word):
    proc = run_report_process(article, tmp_path / "out")
    built, _ = wait_for_running_kernel(tmp_path, proc)
    pid = proc.pid
    proc.send_signal(signum)
    _, err = proc.communicate(timeout=300)
    assert proc.returncode == status and err.decode().strip() == f"error: {word}"
    assert not built.exists() and not (tmp_path / "out").exists()
    assert not list(Path(tempfile.gettempdir()).glob(f"article-figures-{pid}-*"))
    assert not kernels_of(pid)


def kernels_of(pid: int) -> list[int]:
    """Kernel processes still running for the report process `pid` (by their connection file)."""
    found = []
    for proc in Path("/proc").glob("[0-9]*"):
        try:
            command = (proc / "cmdline").read_bytes()
        except OSError:
            continue
        if b"ipykernel" in command and f"article-figures-{pid}-".encode() in command:
            found.append(int(proc.name))
    return found


def test_kill_9_leftovers_are_removed_by_the_next_run(article, tmp_path):
    proc = run_report_process(article, tmp_path / "out")
    built, runtime = wait_for_running_kernel(tmp_path, proc)
    proc.kill()
    proc.wait(timeout=60)
    assert built.exists() and all(p.exists() for p in runtime)
    assert main(["report", str(article), "--out", str(tmp_path / "out"), "--quiet"]) == 0
    assert not built.exists() and not any(p.exists() for p in runtime)


def test_an_added_header_only_article_gets_the_same_treatment(tmp_path):
    from frictionless import validate

    from analysis.publish import data_files, write_data
    from analysis.report import seed_reports

    seeds = tmp_path / "seeds"
    shutil.copytree(seed_path().parent, seeds)
    (seeds / "a-new-article.txt").write_text(
        "source: https://example.org/news/1\ntitle: A new article\noutlet: Example\n\n"
        # two comparable values of each kind: one value alone is said, not charted (house rule 1)
        "Prices rose 12 per cent and rents rose 8 per cent in 2024, officials said. "
        "Some 300 people lost their jobs and 120 people found new ones.\n",
        encoding="utf-8",
    )
    articles = [load_article(p) for p in list_articles(seeds)]
    write_data(tmp_path / "data", articles)
    assert validate(str(tmp_path / "data" / "datapackage.json")).valid
    assert "a-new-article" in data_files(articles)["figures.csv"]
    seed_reports(seeds, tmp_path / "reports", quiet=True)
    for article in articles:
        assert (tmp_path / "reports" / article.id / "report.html").exists()
        assert list((tmp_path / "reports" / article.id).glob("*.png"))


def test_the_notebook_marks_only_folders_of_its_own(tmp_path, article):
    fresh, users = tmp_path / "fresh", tmp_path / "users"
    users.mkdir()
    (users / "mine.txt").write_text("x", encoding="utf-8")
    for out in (fresh, users):
        prepare_report(str(article), str(out)).save()
    assert (fresh / REPORT_MARKER).is_file() and not (users / REPORT_MARKER).exists()


@settings(max_examples=300, deadline=None)
@example("- x")
@example("1. x")
@example("---")
@example("$+$ and $$x$$")
@example("<b>x</b> [a](javascript:b) ![i](x) `c` *e* _f_ ~g~ &amp;")
@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=80))
def test_markdown_text_renders_as_the_text_itself(text):
    from nbconvert.filters.markdown import markdown2html_mistune

    flat = " ".join(text.split())
    rendered = markdown2html_mistune(markdown_text(text)).strip()
    if not flat:
        return
    assert rendered.startswith("<p>") and rendered.endswith("</p>")
    inner = rendered[3:-4]
    assert "<" not in inner and html.unescape(inner) == flat


def test_a_link_to_the_current_folder_is_seen_through(article, tmp_path, capsys, monkeypatch):
    work = tmp_path / "work"
    work.mkdir()
    (work / "keep.txt").write_text("x", encoding="utf-8")
    (tmp_path / "link").symlink_to(tmp_path)
    monkeypatch.chdir(work)
    assert main(["report", str(article), "--out", str(tmp_path / "link" / "work"), "--force"]) == 2
    one_line_error(capsys, "current folder")
    assert (work / "keep.txt").exists()


def test_an_article_named_like_the_index_needs_its_own_out(tmp_path, capsys):
    path = tmp_path / "index.html.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    assert main(["report", str(path)]) == 2
    one_line_error(capsys, "index.html.txt", "index page's name")
