"""Visual checks on every chart built: for the seed's story charts and for the report charts of
every development article (d01-d10 included), and proof that each check can fail."""

from __future__ import annotations

from pathlib import Path

import pytest
from matplotlib.ticker import ScalarFormatter

from analysis.chartcheck import chart_problems, chart_texts, largest_bar_fill
from analysis.charts import aid_chart, attack_chart
from analysis.context import load_context
from analysis.paths import CORPUS, PROJECT_ROOT
from analysis.report import prepare_report
from analysis.tables import aid_amounts, attack_increases

# The labelled development articles d01-d10 live in ../shared until they are copied into the corpus.
SHARED_DEV = PROJECT_ROOT.parent / "shared" / "eval" / "dev" / "articles"
D_ARTICLES = [f"d{n:02d}" for n in range(1, 11)]


def development_articles() -> dict[str, Path]:
    """Every development article by name: the corpus copy, else the shared one."""
    found = {p.stem: p for p in sorted(SHARED_DEV.glob("*.txt"))} if SHARED_DEV.is_dir() else {}
    found.update({p.stem: p for p in sorted((CORPUS / "articles").glob("*.txt"))})
    return found


ARTICLES = development_articles()


def test_the_development_set_includes_d01_to_d10():
    assert set(D_ARTICLES) <= set(ARTICLES), sorted(set(D_ARTICLES) - set(ARTICLES))


@pytest.fixture(scope="module")
def seed_charts(seed):
    context = load_context(seed)
    return [
        attack_chart(attack_increases(seed), seed, context),
        aid_chart(aid_amounts(seed), seed, context=context),
        *prepare_report(str(seed.path), "/nonexistent").charts,
    ]


def test_seed_charts_follow_the_house_rules(seed_charts):
    assert len(seed_charts) == 4
    for chart in seed_charts:
        assert chart_problems(chart) == [], chart.name


@pytest.mark.parametrize("name", sorted(ARTICLES))
def test_report_charts_follow_the_house_rules(name):
    report = prepare_report(str(ARTICLES[name]), "/nonexistent")
    for chart in report.charts:
        assert chart_problems(chart) == [], chart.name
        assert len(chart.data) >= 2 or chart.form == "timeline", chart.name  # more than a sentence


def test_the_checks_see_every_text_drawn(seed_charts):
    texts = chart_texts(seed_charts[0])
    assert "How much did attacks rise?" in texts
    assert "700" in texts and "Suicide attacks" in texts
    assert any(t.startswith("Source: The Express Tribune") for t in texts)


def test_a_half_empty_axis_is_a_problem(seed):
    chart = aid_chart(aid_amounts(seed), seed)
    chart.figure.axes[0].set_xlim(0, 140)
    assert largest_bar_fill(chart) == pytest.approx(0.55)
    assert any("largest bar fills 55%" in p for p in chart_problems(chart))


def test_scientific_ticks_are_a_problem(seed):
    chart = aid_chart(aid_amounts(seed), seed)
    ax = chart.figure.axes[0]
    for patch in ax.patches:
        patch.set_width(patch.get_width() * 1e7)
    ax.set_xlim(0, 80e7)
    formatter = ScalarFormatter()
    formatter.set_powerlimits((-3, 3))
    ax.xaxis.set_major_formatter(formatter)
    assert any(p.startswith("scientific notation") for p in chart_problems(chart))


def test_cut_labels_missing_source_and_alt_text_are_problems(seed):
    chart = attack_chart(attack_increases(seed), seed)
    chart.figure.axes[0].text(0, 0, "Pakistan has seen a rise in...")
    for text in chart.figure.texts:
        if text.get_text().startswith("Source: "):
            text.set_text("")
    chart.alt_text = ""
    problems = chart_problems(chart)
    assert "label cut short: 'Pakistan has seen a rise in...'" in problems
    assert "no source line" in problems
    assert "no alt text naming the source" in problems


def test_a_cut_label_with_its_quote_appended_is_a_problem(seed):
    chart = aid_chart(aid_amounts(seed), seed)
    ax = chart.figure.axes[0]
    labels = [t.get_text() for t in ax.get_yticklabels()]
    ax.set_yticks(ax.get_yticks(), ["Corporation in 2024, up from: “₦4.2 billion”", *labels[1:]])
    assert "label cut short: 'Corporation in 2024, up from: “₦4.2 billion”'" in chart_problems(chart)


def test_text_off_the_canvas_is_a_problem(seed):
    chart = aid_chart(aid_amounts(seed), seed)
    chart.figure.text(-0.05, 0.5, "Recipients")
    assert "text off the canvas: 'Recipients'" in chart_problems(chart)


def test_texts_drawn_on_one_another_are_a_problem(seed):
    chart = aid_chart(aid_amounts(seed), seed)
    chart.figure.text(0.03, 0.03, "a second line over the source")
    assert any(
        p.startswith("texts overlap: 'Source: The Express Tribune") and "a second line over the source" in p
        for p in chart_problems(chart)
    )


def test_tick_labels_that_run_together_are_a_problem(seed):
    chart = aid_chart(aid_amounts(seed), seed)
    ax = chart.figure.axes[0]
    ax.set_xticks(range(0, 81, 2))
    ax.xaxis.set_major_formatter(lambda x, _pos: f"{x * 10_000:,.0f}")
    assert any(p.startswith("tick labels run together: ") for p in chart_problems(chart))
