"""Reading copies (analysis/reading.py): same-length copies of an article read as prose."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from analysis.article import article_from_text
from analysis.reading import capital_signs_as_written, lowered_title_case, plain_letters, unwrapped

WRAPPED = (
    "The ministry said on Tuesday that the number of visitors to the national parks rose\n"
    "to 1.2 million last year, from 950,000 the year before, as new trails opened.\n"
)
HEADLINE_STYLE = (
    "Output Rose 4% To 2.1 Million Tonnes, March Figures Show As Prices Fell.\nIt was a good year.\n"
)


def test_a_hard_wrapped_line_break_reads_as_a_space():
    article = article_from_text(WRAPPED, "t")
    copy = unwrapped(article)
    assert copy.body == WRAPPED.replace("rose\nto", "rose to")
    assert copy.body.endswith("opened.\n")  # the paragraph's own end is no wrap


def test_copy_without_wraps_is_the_article_itself():
    article = article_from_text("Prices rose 4% in March.\n\nWages rose 2%.\n", "t")
    assert unwrapped(article) is article
    assert lowered_title_case(article) is article


def test_dotted_and_dotless_i_and_long_s_read_as_plain_letters_at_the_same_offsets():
    text = "İzmir's ferries carried 4.1 million riders, the İZMİR PORT AUTHORİTY said.\n"
    article = article_from_text(text, "t")
    copy = plain_letters(article)
    assert copy.body == text.replace("İ", "I")
    assert plain_letters(article_from_text("It took 40 mınutes and 9 ſeconds.", "t")).body == (
        "It took 40 minutes and 9 seconds."
    )
    assert copy.body.lower().find("4.1") == text.find("4.1")  # lower case keeps the offsets
    assert copy.sentences == article.sentences
    plain = article_from_text("Prices rose 4% in March.\n", "t")
    assert plain_letters(plain) is plain


def test_a_headline_style_sentence_is_lowered_but_for_its_first_word_and_months():
    article = article_from_text(HEADLINE_STYLE, "t")
    copy = lowered_title_case(article)
    first = copy.body.split("\n")[0]
    assert first == "Output rose 4% to 2.1 million tonnes, March figures show as prices fell."
    assert copy.body.split("\n")[1] == "It was a good year."  # prose is left alone


def test_a_name_before_its_number_keeps_its_capital():
    text = "Listeners Of Radio 4 Rose To 9.8 Million In The Quarter, Figures Showed.\n"
    first = lowered_title_case(article_from_text(text, "t")).body
    assert "Radio 4 rose to 9.8 million in the quarter" in first


def test_a_short_headline_line_and_a_line_in_capitals_are_lowered():
    text = "Ferry Service Cut By 20 Minutes\nCITY SPENDS RS. 30 MILLION ON 12 NEW BUSES\nIt was late.\n"
    lines = lowered_title_case(article_from_text(text, "t")).body.split("\n")
    assert lines[0] == "Ferry service cut by 20 minutes"
    # in capitals: longer words and words of prose capitalised, short acronym-like words kept
    assert lines[1].startswith("City ") and "Rs. 30 million on 12 NEW buses" in lines[1]
    assert lines[2] == "It was late."


def test_bylines_datelines_and_acronyms_keep_their_capitals():
    text = "By Jane Roe Staff Writer 2026\nOSLO, MAY 4, NTB. GDP ROSE 2 PERCENT IN THE EU AND THE US.\n"
    article = article_from_text(text, "t")
    copy = lowered_title_case(article).body
    assert copy.split("\n")[0] == "By Jane Roe Staff Writer 2026"
    assert "OSLO, MAY 4" in copy
    caps = lowered_title_case(article_from_text("GDP ROSE 2 PERCENT IN THE EU AND THE US\n", "t")).body
    assert caps == "GDP rose 2 percent in the EU and the US\n"


def test_a_sign_in_capitals_before_an_amount_in_capitals_is_spelled_as_the_sign():
    text = "WILLEMSTAD — The deal was worth CG 480 MILLION, not ABC 5 MILLION or the RS 5 coupe."
    copy = capital_signs_as_written(article_from_text(text, "t")).body
    assert copy == text.replace("CG 480", "Cg 480")  # same offsets; no sign, or no scale: kept
    naf = capital_signs_as_written(article_from_text("It owes NAF. 2 BILLION.", "t")).body
    assert naf == "It owes NAf. 2 BILLION."


@given(
    st.lists(
        st.sampled_from(
            ["Prices", "Rose", "Sharply", "to", "4%", "in", "March", "Output", "tonnes", "\n", "."]
        ),
        min_size=1,
        max_size=40,
    )
)
def test_copies_keep_length_offsets_and_sentences(words: list[str]):
    article = article_from_text(" ".join(words), "t")
    for copy in (unwrapped(article), lowered_title_case(article)):
        assert len(copy.body) == len(article.body)
        assert copy.sentences == article.sentences
        assert copy.body.lower() == article.body.lower().replace("\n", " ") or all(
            a == b or a.lower() == b.lower() or (a == "\n" and b == " ")
            for a, b in zip(article.body, copy.body, strict=True)
        )
