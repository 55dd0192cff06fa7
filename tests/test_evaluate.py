from __future__ import annotations

import pytest

from analysis.article import load_article
from analysis.evaluate import evaluate_folder, read_gold, score_article, values_equal

# Issue 8: the whole development set (d01-d10 included) must reach 0.95; the bars below are
# what the engine reaches now and only ever go up. The on-topic part keeps its 0.95.
WHOLE_F1_BAR = 0.98
WHOLE_KIND_BAR = 0.96
ON_TOPIC_F1_BAR = 0.95
ON_TOPIC_KIND_BAR = 0.95


def test_seed_precision_and_recall_are_one(corpus_dir):
    article = load_article(corpus_dir / "articles" / "seed.txt")
    score, _ = score_article(article, read_gold(corpus_dir / "gold" / "seed.csv", article))
    assert (score.precision, score.recall) == (1.0, 1.0)


@pytest.fixture(scope="module")
def dev_scores(corpus_dir):
    return evaluate_folder(corpus_dir / "articles", corpus_dir / "gold")


def test_whole_development_set_meets_the_bars(dev_scores):
    scores, total = dev_scores
    assert len(scores) == 17
    assert total.f1 >= WHOLE_F1_BAR, total.line()
    assert total.kind_accuracy >= WHOLE_KIND_BAR, total.line()


def test_on_topic_part_of_the_development_set_meets_the_bars(dev_scores):
    scores, _ = dev_scores
    on_topic = [s for s in scores if not s.name.startswith("d")]
    assert len(on_topic) == 7
    matched = sum(s.matched for s in on_topic)
    precision = matched / sum(s.predicted for s in on_topic)
    recall = matched / sum(s.gold for s in on_topic)
    assert 2 * precision * recall / (precision + recall) >= ON_TOPIC_F1_BAR
    assert sum(s.kind_matched for s in on_topic) / matched >= ON_TOPIC_KIND_BAR


def test_values_compare_numbers_loosely_and_strings_exactly():
    assert values_equal("77000000", "7.7e7")
    assert values_equal("0.1", "0.1000000001")
    assert not values_equal("60", "61")
    assert values_equal("2021-08", "2021-08")
    assert not values_equal("--10-07", "2023-10-07")


def test_a_wrong_prediction_lowers_the_score(corpus_dir, monkeypatch):
    import analysis.evaluate as ev

    article = load_article(corpus_dir / "articles" / "seed.txt")
    gold = read_gold(corpus_dir / "gold" / "seed.csv", article)
    real = ev.extract_figures

    def shifted(a):
        frame = real(a)
        frame.loc[frame["unit"] == "USD", "value"] = 1
        return frame

    monkeypatch.setattr(ev, "extract_figures", shifted)
    score, _ = ev.score_article(article, gold)
    assert score.matched == len(gold) - 2
