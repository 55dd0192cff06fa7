from __future__ import annotations

import csv
import io
import json

import pytest
from frictionless import validate

from analysis.article import list_articles, load_article
from analysis.charts import aid_chart, attack_chart
from analysis.context import load_context
from analysis.export import table_csv
from analysis.extract import extract_figures
from analysis.paths import DATA, FIGURES, SEED_ID, SEED_REPORTS, SEEDS
from analysis.publish import data_files, write_data
from analysis.review import reviewed_figures
from analysis.tables import aid_amounts, attack_increases


@pytest.fixture(scope="module")
def articles():
    return [load_article(p) for p in list_articles(SEEDS)]


def test_package_validates_with_frictionless(tmp_path, articles):
    write_data(tmp_path, articles)
    report = validate(str(tmp_path / "datapackage.json"))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "message"])


def test_committed_package_validates():
    report = validate(str(DATA / "datapackage.json"))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "message"])


def test_every_quote_is_in_its_article_word_for_word(articles):
    bodies = {a.id: a.body for a in articles}
    files = data_files(articles)
    for name in ("figures.csv", "attack_increases.csv", "aid_amounts.csv"):
        for row in csv.DictReader(io.StringIO(files[name])):
            start = int(row["start"])
            assert bodies[row["article"]][start : start + len(row["quote"])] == row["quote"], (name, row)
            for quote, offset in zip(
                row.get("quotes", row["quote"]).split(" | "),
                row.get("starts", row["start"]).split(" | "),
                strict=True,
            ):
                assert bodies[row["article"]][int(offset) :].startswith(quote)


def test_every_field_is_described(articles):
    package = json.loads(data_files(articles)["datapackage.json"])
    for resource in package["resources"]:
        for field in resource["schema"]["fields"]:
            assert field["description"] and field["type"], field
    outlets = {meta["id"]: meta["outlet"] for meta in package["articles"]}
    assert outlets[SEED_ID] == "The Express Tribune"


def test_csv_files_are_utf8_lf_and_sorted(articles):
    for name, text in data_files(articles).items():
        assert "\r" not in text and text.endswith("\n"), name


def test_committed_data_is_what_the_code_produces_now(articles):
    for name, text in data_files(articles).items():
        committed = (DATA / name).read_text(encoding="utf-8")
        assert committed == text, f"data/{name} is stale: run `make figures` and commit"


def test_committed_chart_csvs_are_what_the_code_produces_now(articles):
    for article in [a for a in articles if a.id == SEED_ID]:  # figures/ holds the seed's story charts
        figures = extract_figures(article)
        charts = [
            attack_chart(attack_increases(article, figures), article, load_context(article)),
            aid_chart(aid_amounts(article, figures), article, context=load_context(article)),
        ]
        for chart in charts:
            committed = (FIGURES / f"{chart.name}.csv").read_text(encoding="utf-8")
            assert committed == table_csv(chart.data), (
                f"figures/{chart.name}.csv is stale: run `make figures`"
            )
            alt = (FIGURES / f"{chart.name}.alt.txt").read_text(encoding="utf-8")
            assert alt == chart.alt_text + "\n"
            texts = (FIGURES / f"{chart.name}.texts.csv").read_text(encoding="utf-8")  # fixwalk35
            assert texts == table_csv(chart.texts), (
                f"figures/{chart.name}.texts.csv is stale: run `make figures`"
            )


def test_committed_reports_cover_every_article_in_seeds(articles):
    index = (SEED_REPORTS / "index.html").read_text(encoding="utf-8")
    for article in articles:
        figures = reviewed_figures(article)[0]
        committed = (SEED_REPORTS / article.id / "figures.csv").read_text(encoding="utf-8")
        assert committed == table_csv(figures), f"figures/reports/{article.id} is stale: run `make figures`"
        assert f"href='{article.id}/report.html'" in index
