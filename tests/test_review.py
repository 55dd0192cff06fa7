from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from analysis.article import ArticleError, load_article
from analysis.cli import main
from analysis.paths import seed_path
from analysis.review import has_review, load_review, parse_review, reviewed_figures
from analysis.tables import attack_increases

HEADER = "action,quote,start,value,unit,kind,subject,reason\n"


@pytest.fixture
def seed_copy(tmp_path: Path) -> Path:
    target = tmp_path / "seed.txt"
    shutil.copyfile(seed_path(), target)
    return target


def write_review(article_file: Path, rows: str) -> Path:
    path = article_file.with_name(article_file.stem + ".review.csv")
    path.write_text(HEADER + rows, encoding="utf-8")
    return path


def test_no_review_file_changes_nothing(seed_copy):
    article = load_article(seed_copy)
    assert not has_review(article)
    figures, decisions = reviewed_figures(article)
    assert decisions.empty and (figures["review"] == "").all() and len(figures) == 8


def test_reject_and_add_are_applied_and_listed(seed_copy):
    write_review(
        seed_copy,
        "reject,three-day visit,843,,,,,The envoy himself says two days\n"
        "add,this year,,2023,year,date,year of the $77M,Dated from other sources (inference)\n",
    )
    article = load_article(seed_copy)
    figures, decisions = reviewed_figures(article)
    assert "three-day visit" not in set(figures["quote"])
    added = figures[figures["quote"] == "this year"].iloc[0]
    assert added["start"] == article.body.index("this year")
    assert (added["value"], added["unit"], added["kind"]) == (2023, "year", "date")
    assert added["review"] == "added by review: Dated from other sources (inference)"
    assert list(decisions["status"]) == ["rejected", "added"]


def test_stale_rows_are_reported_not_dropped(seed_copy):
    write_review(
        seed_copy, "reject,60 per cent,9999,,,,,wrong place\nadd,not in the text,,5,count,count,,missing\n"
    )
    _, decisions = reviewed_figures(load_article(seed_copy))
    assert list(decisions["status"]) == ["stale", "stale"]
    assert "at 9999" in decisions.iloc[0]["detail"]
    assert "not in the article text" in decisions.iloc[1]["detail"]


def test_tables_apply_the_review(seed_copy):
    write_review(seed_copy, "reject,500 per cent,2222,,,,,disputed figure\n")
    table = attack_increases(load_article(seed_copy))
    assert list(table["metric"]) == ["terrorist attacks"]


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("action,quote\nreject,x\n", "lacks column(s) reason"),
        (HEADER + "delete,x,,,,,,why\n", "action must be one of"),
        (HEADER + "reject,x,,,,,,\n", "needs a quote and a reason"),
        (HEADER + "add,x,,,,,,why\n", "needs value, unit and kind"),
        (HEADER + "add,x,,5,count,weird,,why\n", "kind must be one of"),
        (HEADER + "reject,x,abc,,,,,why\n", "start must be a character offset"),
    ],
)
def test_malformed_review_files_are_clear_errors(text, problem):
    with pytest.raises(ArticleError, match=re.escape(problem)):
        parse_review(text, "x.review.csv")


def test_cli_extract_applies_and_lists_review(seed_copy, capsys):
    write_review(seed_copy, "reject,$9M,2961,,,,,earthquake money not confirmed\n")
    assert main(["extract", str(seed_copy)]) == 0
    captured = capsys.readouterr()
    assert "$9M" not in captured.out and "$77M" in captured.out
    assert "review:" in captured.err and "rejected" in captured.err
    assert main(["extract", str(seed_copy), "--no-review"]) == 0
    assert "$9M" in capsys.readouterr().out


def test_load_review_of_in_memory_article_is_empty():
    from analysis.article import article_from_text

    assert load_review(article_from_text("5 people.", "m")).empty


@pytest.mark.parametrize("value", ["--09", "09-2021", "2021-8"])
def test_a_date_in_no_iso_form_is_refused_with_every_form_shown(value: str):
    with pytest.raises(ArticleError) as info:
        parse_review(
            f"action,quote,start,value,unit,kind,subject,reason\nadd,in May,,{value},month,date,,r\n", "a"
        )
    assert "an ISO date (2021-08-15, 2021-08, or --08-15 without a year)" in str(info.value)


@pytest.mark.parametrize("value", ["2021-08-15", "2021-08", "--08-15"])
def test_each_iso_form_the_error_shows_is_taken(value: str):
    frame = parse_review(
        f"action,quote,start,value,unit,kind,subject,reason\nadd,in May,,{value},day,date,,r\n", "a"
    )
    assert list(frame["value"]) == [value]


def test_decisions_text_says_each_decision_or_that_there_are_none():
    import pandas as pd

    from analysis.review import NO_DECISIONS, decisions_text

    assert decisions_text(pd.DataFrame(columns=["status"])) == NO_DECISIONS
    row = {"status": "rejected", "action": "reject", "quote": "three-day visit", "reason": "r", "detail": "d"}
    assert decisions_text(pd.DataFrame([row])) == "[rejected] reject 'three-day visit': r (d)"


def test_an_added_figure_is_credited_as_an_extracted_one_in_its_clause(tmp_path):
    article_file = tmp_path / "aid.txt"
    article_file.write_text(
        "Aid pledged\n\nThe European Commission said it would provide €40 million in emergency aid, "
        "and Norway offered a further twelve million dollars.\n",
        encoding="utf-8",
    )
    write_review(article_file, "add,twelve million dollars,,12000000,USD,money,aid from Norway,Spelled out\n")
    figures, _ = reviewed_figures(load_article(article_file))
    credits = dict(zip(figures["quote"], figures["attribution"], strict=True))
    assert credits["€40 million"] == "The European Commission"
    assert credits["twelve million dollars"] == ""
