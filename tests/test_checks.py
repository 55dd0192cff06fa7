from __future__ import annotations

from analysis.article import article_from_text, load_article
from analysis.checks import consistency_checks


def test_seed_visit_stated_two_ways(seed):
    findings = consistency_checks(seed)
    two = findings[findings["check"] == "stated_two_ways"]
    assert len(two) == 1
    row = two.iloc[0]
    assert row["quotes"] == "three-day visit | two-day visit"
    assert "3 days" in row["detail"] and "2 days" in row["detail"]
    for start, quote in zip(row["starts"].split(" | "), row["quotes"].split(" | "), strict=True):
        assert seed.body[int(start) :].startswith(quote)


def test_parts_that_add_up(corpus_dir):
    findings = consistency_checks(load_article(corpus_dir / "articles" / "01.txt"))
    parts = findings[findings["check"] == "parts_against_total"]
    assert list(parts["status"]) == ["adds up"]
    assert "11397 + 13425 = 24822" in parts.iloc[0]["detail"]


def test_parts_that_do_not_add_up():
    text = "A total of 100 people returned. Of them, 60 people came by road and 30 people by air."
    parts = consistency_checks(article_from_text(text, "t"))
    assert list(parts["status"]) == ["does not add up"]
    assert "difference = -10" in parts.iloc[0]["computed"]


def test_percent_change_against_stated_values():
    agree = "Attacks rose 50 per cent, from 100 attacks to 150 attacks."
    wrong = "Attacks rose 80 per cent, from 100 attacks to 150 attacks."
    assert consistency_checks(article_from_text(agree, "a"))["status"].tolist() == ["agrees"]
    found = consistency_checks(article_from_text(wrong, "w"))
    assert found["status"].tolist() == ["disagrees"]
    assert "+50.0%" in found.iloc[0]["computed"]


def test_percent_found_from_pairs_elsewhere(corpus_dir):
    findings = consistency_checks(load_article(corpus_dir / "articles" / "03.txt"))
    pct = findings[findings["check"] == "percent_against_values"]
    assert "151 to 271" in " ".join(pct["detail"])
    assert set(pct["status"]) == {"agrees"}


def test_no_findings_for_plain_text():
    assert consistency_checks(article_from_text("Nothing to check here.", "n")).empty
