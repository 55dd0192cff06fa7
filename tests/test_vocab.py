"""The vocabulary's tables (analysis/vocab.py): each word list typed once, read by every module."""

from __future__ import annotations

from analysis import charts, measure_charts, vocab


def test_bound_words_are_one_table_read_by_the_engine_and_the_charts():
    # charts39: the approximation words hold every bound word, and the charts read their sides from it
    assert set(vocab.BOUND_WORDS) <= set(vocab.APPROX_WORDS)
    assert set(vocab.BOUND_WORDS.values()) == {"at least", "at most", "up to"}
    assert set(charts.QUALIFIER_WORDS) <= set(vocab.APPROX_WORDS)
    assert charts.LOWER_BOUNDS == {
        w for w in charts.QUALIFIER_WORDS if vocab.BOUND_WORDS.get(w) == "at least"
    }
    assert {"up to", "no more than", "nearly"} <= charts.UPPER_BOUNDS
    assert not charts.LOWER_BOUNDS & charts.UPPER_BOUNDS
    for word in vocab.CEILING_WORDS:
        assert charts.RE_CEILING_BEFORE.search(f"a fee of {word} ")
    for word in vocab.BOUND_WORDS:
        assert measure_charts.RE_BOUND_BEFORE.search(f"the river rose to {word} ")
