"""Fuzzing (`make fuzz`, not part of `make test`): the extractor, the review parser and the sidecar
loader on generated input raise nothing but the documented one-line ArticleError. FUZZ_EXAMPLES sets
the number of examples per target (default 10,000)."""

from __future__ import annotations

import json
import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analysis.article import ArticleError, article_from_text, decode_text, parse_sidecar
from analysis.extract import extract_figures
from analysis.review import REVIEW_COLUMNS, apply_review, parse_review

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "10000"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
)
NEWS = "0123456789 ,.%$€£-–/()'\"\n:;abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ²½·\u00a0\u2009"
WORDS = st.sampled_from(
    [
        "per cent",
        "percent",
        "million",
        "billion",
        "thousand",
        "people",
        "died",
        "said",
        "rose",
        "fell",
        "increase",
        "since",
        "August",
        "2021",
        "$77m",
        "Rs",
        "PKR",
        "USD",
        "times",
        "half",
        "dozen",
        "one",
        "twenty-five",
        "hundred",
        "from",
        "to",
        "between",
        "and",
        "about",
        "nearly",
        "over",
        "at least",
        "attacks",
        "suicide",
        "years",
        "days",
        "three-day",
        "on Saturday",
        "Read More:",
        "PHOTO:",
        "U.S.",
    ]
)
NEWS_TEXT = st.one_of(
    st.text(alphabet=NEWS, max_size=300),
    st.lists(st.one_of(WORDS, st.text(alphabet=NEWS, max_size=8)), max_size=60).map(" ".join),
    st.text(max_size=200),
)


def check_spans(text: str) -> None:
    try:
        article = article_from_text(text, "fuzz")
    except ArticleError as exc:  # a header block refused: one line naming the article
        assert str(exc).startswith("fuzz: ") and "\n" not in str(exc)
        return
    figures = extract_figures(article)
    for row in figures.itertuples():
        assert article.body[row.start : row.end] == row.quote


@FUZZ
@given(NEWS_TEXT)
def test_extractor_never_raises_and_quotes_are_exact(text):
    check_spans(text)


@FUZZ
@given(st.binary(max_size=300))
def test_decoding_bytes_gives_text_or_one_line_error(data):
    try:
        text = decode_text(data, "fuzz.txt")
    except ArticleError as exc:
        assert "\n" not in str(exc)
        return
    check_spans(text)


CELL = st.one_of(
    st.sampled_from(["", "reject", "add", "12 people", "people", "count", "money", "date", "0", "13", "²"]),
    st.sampled_from(["77,000,000", "seventy", "nan", "1e400", "-1", "2021-08", "1/2", "1,00", "inf"]),
    st.text(alphabet=NEWS + '"\r\x00', max_size=20),
)
REVIEW_TEXT = st.one_of(
    st.lists(st.lists(CELL, min_size=0, max_size=9), max_size=6).map(
        lambda rows: ",".join(REVIEW_COLUMNS) + "\n" + "\n".join(",".join(r) for r in rows)
    ),
    st.text(max_size=300),
)
ARTICLE = article_from_text(
    "Officials said 12 people died and 40 were injured in 2023. It rose 60 per cent.", "a"
)
FIGURES = extract_figures(ARTICLE)


@FUZZ
@given(REVIEW_TEXT)
def test_review_parser_gives_rows_or_one_line_error(text):
    try:
        review = parse_review(text, "fuzz.review.csv")
    except ArticleError as exc:
        assert "\n" not in str(exc) and str(exc).startswith("fuzz.review.csv: ")
        return
    figures, decisions = apply_review(ARTICLE, FIGURES, review)
    assert len(decisions) == len(review)
    for row in figures.itertuples():
        assert ARTICLE.body[row.start : row.end] == row.quote


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.floats(allow_nan=False) | st.integers() | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4),
    max_leaves=20,
)
FIELDS = st.sampled_from(["id", "title", "outlet", "source", "published", "notes", "x"])
SIDECAR_TEXT = st.one_of(
    st.dictionaries(FIELDS, JSON_VALUES, max_size=6).map(json.dumps),
    st.dictionaries(FIELDS, st.text(max_size=120) | st.none(), max_size=6).map(json.dumps),
    st.text(alphabet='{}[]":,\\ nulNaItyf0123456789e.-', max_size=200),
    st.integers(min_value=1, max_value=5000).map(lambda n: "[" * n + "]" * n),
    st.text(max_size=200),
)


@FUZZ
@given(SIDECAR_TEXT)
def test_sidecar_loader_gives_fields_or_one_line_error(text):
    try:
        fields = parse_sidecar(text, "fuzz.meta.json")
    except ArticleError as exc:
        assert "\n" not in str(exc) and str(exc).startswith("fuzz.meta.json: ")
        return
    assert all(value is None or isinstance(value, str) for value in fields.values())
    article_from_text("Some text with 3 attacks.", "fuzz", sidecar=fields)
