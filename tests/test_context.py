from __future__ import annotations

from analysis.article import article_from_text
from analysis.context import load_context


def test_seed_context_has_a_source_for_every_fact(seed):
    context = load_context(seed)
    assert len(context) >= 10
    assert context["source"].str.startswith("https://").all()
    assert context["fact"].str.len().min() > 20


def test_article_without_context_gives_an_empty_table():
    assert load_context(article_from_text("No context.", "x")).empty


def _with_context(tmp_path, text: str):
    from analysis.article import load_article

    (tmp_path / "a.txt").write_text("Body with 5 people.", encoding="utf-8")
    (tmp_path / "a.context.json").write_text(text, encoding="utf-8")
    return load_article(tmp_path / "a.txt")


def test_a_context_key_given_twice_is_a_one_line_error(tmp_path):
    import pytest

    from analysis.article import ArticleError

    article = _with_context(
        tmp_path,
        '{"facts": [\n {"fact": "F", "source": "https://example.org/a",\n  "source": "https://example.org/b"}]}',
    )
    with pytest.raises(ArticleError) as info:
        load_context(article)
    assert str(info.value) == (
        f"{tmp_path / 'a.context.json'}: context file key 'source' given twice (lines 2 and 3); keep one"
    )


def test_a_context_fact_must_be_text(tmp_path):
    import pytest

    from analysis.article import ArticleError

    for fact, shown in (('{"n": 1}', "{'n': 1}"), ('"  "', "'  '")):
        article = _with_context(tmp_path, f'{{"facts": [{{"fact": {fact}, "source": "https://e.org/"}}]}}')
        with pytest.raises(ArticleError, match=f"context fact must be text, not {shown}"):
            load_context(article)
    good = _with_context(tmp_path, '{"facts": [{"fact": "F", "source": "https://e.org/"}]}')
    assert load_context(good)["fact"].tolist() == ["F"]
