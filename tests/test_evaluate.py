from __future__ import annotations

from analysis.article import load_article
from analysis.evaluate import evaluate_folder, read_gold, score_article, values_equal

F1_BAR = 0.95
KIND_BAR = 0.95


def test_seed_precision_and_recall_are_one(corpus_dir):
    article = load_article(corpus_dir / "articles" / "seed.txt")
    score, _ = score_article(article, read_gold(corpus_dir / "gold" / "seed.csv", article))
    assert (score.precision, score.recall) == (1.0, 1.0)


def test_development_set_meets_the_bars(corpus_dir):
    scores, total = evaluate_folder(corpus_dir / "articles", corpus_dir / "gold")
    assert len(scores) == 7
    assert total.f1 >= F1_BAR, total.line()
    assert total.kind_accuracy >= KIND_BAR, total.line()


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
