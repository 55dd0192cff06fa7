from __future__ import annotations

import pytest

from analysis.article import article_from_text
from analysis.charts import (
    aid_chart,
    attack_chart,
    money_label,
    multiplier_text,
    render,
    save_chart,
    source_line,
    timeline_chart,
)
from analysis.extract import extract_figures
from analysis.tables import aid_amounts, attack_increases


@pytest.fixture(scope="module")
def attack(seed):
    return attack_chart(attack_increases(seed), seed)


@pytest.fixture(scope="module")
def aid(seed):
    return aid_chart(aid_amounts(seed), seed)


def texts(chart) -> list[str]:
    ax = chart.figure.axes[0]
    return [" ".join(t.get_text().split()) for t in [*ax.texts, *chart.figure.texts]]


def test_attack_bars_are_the_index_values(attack):
    ax = attack.figure.axes[0]
    widths = sorted(round(p.get_width(), 6) for p in ax.patches)
    assert widths == [100.0, 100.0, 160.0, 600.0]


def test_attack_annotations_carry_multipliers(attack):
    joined = "\n".join(texts(attack))  # wrapped lines joined by spaces
    assert "+500 per cent = 6 times the earlier level (not 5 times)" in joined
    assert "+60 per cent = 1.6 times the earlier level" in joined
    assert "no baseline period" in joined
    assert "since the return of Afghan Taliban to power in August 2021" in joined


def test_source_line_is_built_from_metadata(seed, attack):
    line = source_line(seed)
    assert line.startswith("Source: The Express Tribune, “US extends support to Pakistan amid TTP threat”")
    assert "publication date not confirmed" in line
    assert any("The Express Tribune" in t for t in texts(attack))


def test_source_line_of_a_plain_file_says_what_is_unknown():
    line = source_line(article_from_text("Just 5 people.", "plain"))
    assert line == "Source: outlet unknown, untitled article (publication date unknown). article file plain"


def test_attack_alt_text_mentions_every_value(attack, seed):
    for row in attack_increases(seed).itertuples():
        assert f"{row.percent_change:g} per cent" in attack.alt_text
        assert f"to {row.index_after:g}" in attack.alt_text
        assert f"{row.multiplier:g} times" in attack.alt_text
    assert "no baseline period" in attack.alt_text


def test_aid_bars_are_the_amounts_in_millions(aid):
    ax = aid.figure.axes[0]
    assert sorted(p.get_width() for p in ax.patches) == pytest.approx([9.0, 77.0])
    assert [t.get_text() for t in ax.get_yticklabels()] == ["UNHCR", "IOM"]


def test_aid_annotations_carry_shares_and_mark_the_sum_computed(aid):
    joined = "\n".join(texts(aid))
    assert "$77M · 89.5% of the computed sum" in joined
    assert "$9M · 10.5% of the computed sum" in joined
    assert "$86M, is computed here" in joined
    assert "period: this year" in joined and "purpose: to respond to recent earthquakes" in joined


def test_aid_alt_text_mentions_every_value(aid):
    for piece in ("UNHCR $77M", "IOM $9M", "89.5%", "10.5%", "$86M", "computed"):
        assert piece in aid.alt_text


def test_chart_data_is_what_is_drawn(attack, aid):
    assert list(attack.data["index_after"]) == [160.0, 600.0]
    assert list(aid.data["amount_millions"]) == [77.0, 9.0]


def test_timeline_places_dates_and_lists_yearless_ones():
    text = "The war began in August 2021. Talks resume on 5 December. It ended in 2023."
    article = article_from_text(text, "t")
    chart = timeline_chart(extract_figures(article), article)
    assert list(chart.data["precision"]) == ["month", "no year", "year"]
    assert "“5 December”" in "\n".join(texts(chart))
    assert "(2021-08)" in chart.alt_text and "(--12-05)" in chart.alt_text


def test_rendering_is_byte_stable(attack):
    assert render(attack, "png") == render(attack, "png")
    svg = render(attack, "svg")
    assert svg == render(attack, "svg")
    assert b"<dc:date>" not in svg and b"How much did attacks rise?" in svg


def test_save_chart_writes_four_files(tmp_path, aid):
    paths = save_chart(aid, tmp_path)
    assert sorted(p.name.split("--")[1] for p in paths) == [
        "aid-amounts.alt.txt",
        "aid-amounts.csv",
        "aid-amounts.png",
        "aid-amounts.svg",
    ]
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(p.name for p in paths)
    assert (tmp_path / f"{aid.name}.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


@pytest.mark.parametrize(
    ("percent", "direction", "multiplier", "text"),
    [
        (500, "increase", 6.0, "+500 per cent = 6 times the earlier level (not 5 times)"),
        (13, "decrease", 0.87, "−13 per cent = 0.87 times the earlier level"),
    ],
)
def test_multiplier_text(percent, direction, multiplier, text):
    assert multiplier_text(percent, direction, multiplier) == text


def test_money_label():
    assert money_label(77_000_000, "USD") == "$77M"
    assert money_label(103_000_000_000, "PKR") == "PKR 103000M"


def test_empty_tables_refuse_to_chart():
    article = article_from_text("Nothing.", "n")
    with pytest.raises(ValueError, match="no attack increases"):
        attack_chart(attack_increases(article), article)


def test_restatement_chart_says_the_archive_is_synthetic(seed):
    from analysis.archive import archive_metadata
    from analysis.charts import restatement_chart
    from analysis.dataset import read_dataset
    from analysis.paths import DEV_ARCHIVE, DEV_ARCHIVE_FIGURES
    from analysis.restatements import restatements, tracked_figures

    tracked = tracked_figures(seed)
    found = restatements(read_dataset(DEV_ARCHIVE_FIGURES), tracked, archive_metadata([DEV_ARCHIVE]))
    chart = restatement_chart(found, tracked, 11, seed)
    ax = chart.figure.axes[0]
    assert [t.get_text() for t in ax.get_yticklabels()][0] == "dev-seed"
    assert sum(len(c.get_offsets()) for c in ax.collections) == len(found) == 16
    assert chart.source.startswith("Synthetic archive: 11 records built from the development articles")
    assert "The Express Tribune" in chart.source and chart.source in chart.alt_text
    texts = [t.get_text() for t in chart.figure.texts]
    assert any("synthetic archive" in t.lower() for t in texts)
    assert {t.get_text() for t in ax.texts} == {"no one named", "the US special envoy"}
