from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from analysis.article import (
    HEADER_KEYS,
    METADATA_FIELDS,
    METADATA_KEYS,
    ArticleError,
    _dateline_end,
    _may_hold_dateline,
    _sentence_spans,
    article_from_text,
    decode_text,
    furniture_lines,
    id_from_stem,
    line_dateline_end,
    load_article,
    read_input,
    sidecar_path,
    split_header,
    split_sentences,
)
from analysis.paths import CORPUS, SEEDS, seed_path
from analysis.vocab import FURNITURE_LINE_PREFIXES


def test_seed_body_is_the_file_verbatim(seed):
    raw = seed_path().read_bytes().decode("utf-8")
    assert seed.body == raw
    assert seed.id == "us-extends-support-to-pakistan-amid-ttp-threat"


def test_seed_metadata_from_sidecar(seed):
    meta = seed.metadata
    assert meta["outlet"] == "The Express Tribune"
    assert meta["title"] == "US extends support to Pakistan amid TTP threat"
    assert meta["source"].startswith("https://tribune.com.pk/story/2449461/")
    assert meta["published"] is None
    assert "not confirmed" in meta["notes"]
    assert set(meta) == {"id", "title", "outlet", "source", "dateline", "published", "accessed", "notes"}


def test_seed_matches_the_corpus_copy(seed):
    assert (CORPUS / "articles" / "seed.txt").read_bytes() == seed_path().read_bytes()


def test_header_block_parsed_and_body_offsets_start_after_it():
    article = load_article(CORPUS / "articles" / "01.txt")
    assert article.metadata["source"] == "https://dawn.com/news/amp/1765749"
    assert article.metadata["published"] == "2023-07-20"
    assert "Published 20 Jul, 2023" in article.metadata["notes"]
    assert article.body.startswith("ISLAMABAD: A total of 24,822")


def test_unknown_published_is_null():
    article = load_article(CORPUS / "articles" / "10.txt")
    assert article.metadata["published"] is None
    assert article.metadata["notes"].startswith("published: unknown")


def test_headline_line_is_body_not_header():
    header, body, problems = split_header("25,000 Afghans returned home: IOM\n\nText.")
    assert problems == []
    assert header == {}
    assert body.startswith("25,000 Afghans")


@pytest.mark.parametrize(
    ("published", "iso", "notes"),
    [
        ("14 March 2025", "2025-03-14", None),
        ("March 14, 2025 (page)", "2025-03-14", "published: (page)"),
        ("2025-03-14", "2025-03-14", None),
        ("unknown (invented article)", None, "published: unknown (invented article)"),
    ],
)
def test_published_is_read_by_the_engines_date_reader(published, iso, notes):
    article = article_from_text(f"title: T\npublished: {published}\n\nBody.", "p")
    assert article.metadata["published"] == iso
    assert article.metadata["notes"] == notes


@pytest.mark.parametrize("published", ["14/03/2025", "March 2025", "last Friday"])
def test_a_published_date_not_read_to_the_day_is_a_one_line_error(tmp_path: Path, published):
    path = tmp_path / "a.txt"
    path.write_text(f"title: T\npublished: {published}\n\nBody.", encoding="utf-8")
    with pytest.raises(ArticleError) as info:
        load_article(path)
    assert str(info.value) == (
        f"{path}: header 'published: {published}' is not a date read to the day (write YYYY-MM-DD or unknown)"
    )


@pytest.mark.parametrize(
    ("line", "problem"),
    [
        ("titel: T", "unknown header key 'titel' (did you mean 'title'?)"),
        ("notes: n", "unknown header key 'notes' (it belongs in the sidecar)"),
        ("author: A", "unknown header key 'author' (known keys: "),
        ("just words", "header line 2 is not 'key: value'"),
    ],
)
def test_an_unknown_header_key_is_a_one_line_error(tmp_path: Path, line, problem):
    path = tmp_path / "a.txt"
    path.write_text(f"title: T\n{line}\n\nBody with 5 people.", encoding="utf-8")
    with pytest.raises(ArticleError) as info:
        load_article(path)
    assert str(info.value).startswith(f"{path}: {problem}")


def test_every_header_problem_of_a_file_is_in_its_one_line(tmp_path: Path):
    path = tmp_path / "a.txt"
    path.write_text(
        "outlet: O\nauthor: A\npublished: 14/03/2025\njust words\ntitel: T\nOutlet: P\n\nPrices rose 3 per cent.",
        encoding="utf-8",
    )
    with pytest.raises(ArticleError) as info:
        load_article(path)
    assert str(info.value) == (
        f"{path}: unknown header key 'author' (known keys: title, outlet, source, dateline, published, "
        "accessed, extent); header line 4 is not 'key: value' (a blank line ends the header); unknown header "
        "key 'titel' (did you mean 'title'?); header key 'outlet' given twice (lines 1 and 6); keep one; header "
        "'published: 14/03/2025' is not a date read to the day (write YYYY-MM-DD or unknown)"
    )


@pytest.mark.parametrize(
    ("first", "problem"),
    [
        ("titel: T", "unknown header key 'titel' (did you mean 'title'?)"),
        ("Titel: T", "unknown header key 'Titel' (did you mean 'title'?)"),
        ("notes: n", "unknown header key 'notes' (it belongs in the sidecar)"),
    ],
)
def test_a_misspelled_key_on_the_first_header_line_is_a_one_line_error(tmp_path: Path, first, problem):
    path = tmp_path / "a.txt"
    path.write_text(
        f"{first}\nsource: https://example.org/a\npublished: 2024-05-14\n\nFloods kill 15.", encoding="utf-8"
    )
    with pytest.raises(ArticleError) as info:
        load_article(path)
    assert str(info.value).startswith(f"{path}: {problem}")


@pytest.mark.parametrize(
    "text",
    [
        "ISLAMABAD: Floods killed 15 people on Tuesday.\n\nMore rain is due.",
        "ISLAMABAD: Floods killed 15 people.\nRescuers said: 40 are missing.\n\nMore rain is due.",
        "WASHINGTON (AP) — The Senate voted 52 to 48 on Tuesday.\n\nThe bill goes to the House.",
        "WASHINGTON (AP) — The vote: 52 to 48.\nThe result: a win.\n\nThe bill goes to the House.",
    ],
)
def test_a_body_opening_with_a_dateline_stays_body(text: str):
    assert split_header(text) == ({}, text, [])


@pytest.mark.parametrize(
    "text",
    [
        "Published 5:45pm, updated 6:10pm. Shares rose 4 per cent.",
        "Titles 2: the club won 3-1 on Saturday.",
        "Sources 1: officials said 40 were missing.",
    ],
)
def test_a_one_line_opening_with_more_than_a_word_before_its_colon_stays_body(text: str):
    # a header key is one word of letters: a number or a second word before the colon is body text
    assert split_header(text) == ({}, text, [])
    assert article_from_text(text, "case").body == text


def test_header_keys_are_read_in_any_case():
    article = article_from_text("Title: T\nPUBLISHED: 2025-03-14\n\nThe plant opened.", "c")
    assert article.metadata["title"] == "T" and article.metadata["published"] == "2025-03-14"
    assert article.body == "The plant opened."


def test_header_and_sidecar_share_one_key_table():
    assert set(HEADER_KEYS) | set(METADATA_FIELDS) == set(METADATA_KEYS)
    assert METADATA_FIELDS == (
        "id",
        "title",
        "outlet",
        "source",
        "dateline",
        "published",
        "accessed",
        "notes",
    )


def test_sidecar_wins_over_header(tmp_path: Path):
    path = tmp_path / "a.txt"
    path.write_text("title: Header title\noutlet: unknown\n\nBody with 5 people.\n", encoding="utf-8")
    (tmp_path / "a.meta.json").write_text(
        json.dumps({"title": "Sidecar title", "id": "x1"}), encoding="utf-8"
    )
    article = load_article(path)
    assert article.metadata["title"] == "Sidecar title"
    assert article.metadata["outlet"] is None
    assert article.id == "x1"


# file names: plain, with several dots, a leading dot, no suffix, a trailing dot, spaces
_NAME = st.text(st.sampled_from("ab. -"), min_size=1, max_size=8).filter(lambda n: n.strip(".") != "")


@given(st.lists(_NAME, max_size=3), _NAME, st.booleans())
def test_the_sidecar_lies_where_with_name_puts_it(folders, name, absolute):
    path = Path("/" if absolute else ".", *folders, name)
    assert sidecar_path(path) == str(path.with_name(path.stem + ".meta.json"))


@pytest.mark.parametrize("relative", [False, True])
def test_a_bad_sidecar_is_named_as_given(tmp_path: Path, monkeypatch, relative: bool):
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "a.b.txt").write_text("Body with 5 people.\n", encoding="utf-8")
    (tmp_path / "d" / "a.b.meta.json").write_bytes(b"[1]")
    monkeypatch.chdir(tmp_path)
    path = "./d//a.b.txt" if relative else str(tmp_path / "d" / "a.b.txt")
    expected = "d/a.b.meta.json" if relative else str(tmp_path / "d" / "a.b.meta.json")
    with pytest.raises(ArticleError) as caught:
        load_article(path)
    assert str(caught.value) == f"{expected}: metadata sidecar must hold a JSON object"


def test_bom_and_crlf_are_normalised(tmp_path: Path):
    path = tmp_path / "b.txt"
    path.write_bytes(b"\xef\xbb\xbfFirst line.\r\nSecond 5 people.\rThird.")
    article = load_article(path)
    assert article.body == "First line.\nSecond 5 people.\nThird."


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b"", "empty file"),
        (b"abc\x00def", "binary file"),
        (b"caf\xe9 au lait", "not valid utf-8"),
        (b"title: only a header\n\n   \n", "no article text"),
    ],
)
def test_bad_files_raise_one_line_errors(tmp_path: Path, content: bytes, problem: str):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(ArticleError) as info:
        load_article(path)
    message = str(info.value)
    assert problem in message and str(path) in message and "\n" not in message


def test_missing_file_and_folder_errors(tmp_path: Path):
    with pytest.raises(ArticleError, match="no such file"):
        load_article(tmp_path / "nope.txt")
    with pytest.raises(ArticleError, match="folder"):
        load_article(tmp_path)


def test_other_encoding_can_be_chosen(tmp_path: Path):
    path = tmp_path / "latin.txt"
    path.write_bytes("Café owners: 5 people.".encode("latin-1"))
    assert load_article(path, encoding="latin-1").body == "Café owners: 5 people."


@pytest.mark.parametrize(
    "text",
    [
        "He paid Rs. 103 billion to the police. Then he left.",
        "The U.S. gave more. Then it stopped.",
        "It rose 2.5 per cent in Dec. 2023 alone. Next sentence.",
        "Gen. Asim Munir met No. 10 officials. They talked.",
        # a local currency sign written with a stop (vocab.SIGN_ABBREVIATIONS), then its amount
        "The fare is Afl. 3.50 a ride, up from Afl. 3. Then it rose again.",
        "A permit costs Nu. 2,000 a day. Next sentence.",
    ],
)
def test_sentences_do_not_break_on_abbreviations_or_decimals(text: str):
    spans = split_sentences(text)
    assert len(spans) == 2
    assert text[spans[1][0] : spans[1][1]].split()[0] in ("Then", "Next", "They")


@pytest.mark.parametrize(
    ("body", "sentences"),
    [
        # a wrap: the next line goes on in lower case, or the line ends on a word no line ends on
        (
            "Prices rose 3 per cent in\nMay. Then they fell.",
            ["Prices rose 3 per cent in\nMay.", "Then they fell."],
        ),
        ("The fund lost 40 per cent of its\nvalue.", ["The fund lost 40 per cent of its\nvalue."]),
        # a headline, a list's lead and its items, a sign-off: each line ends its sentence
        (
            "Inflation eases, minister says\nPrices rose 3% in May.",
            ["Inflation eases, minister says", "Prices rose 3% in May."],
        ),
        ("Key points:\n- Sales rose\n- Costs fell", ["Key points:", "- Sales rose", "- Costs fell"]),
        ("Sales rose 4%.\nthe end", ["Sales rose 4%.", "the end"]),
        ("Harbour traffic slows\nthe port said", ["Harbour traffic slows", "the port said"]),
        ("Prices rose in\n\nMay.", ["Prices rose in", "May."]),
    ],
)
def test_a_line_break_inside_a_sentence_of_wrapped_copy_does_not_end_it(body: str, sentences: list[str]):
    assert [body[s:e] for s, e in split_sentences(body)] == sentences


def test_sentences_split_on_lines_and_cover_the_body():
    body = "Title line\n\nOne. Two!\nThree?"
    spans = split_sentences(body)
    assert [body[s:e] for s, e in spans] == ["Title line", "One.", "Two!", "Three?"]


@pytest.mark.parametrize(
    ("text", "dateline"),
    [
        ("LONDON, March 3 (Reuters) - Shares rose 5%.", "LONDON, March 3 (Reuters)"),
        ("NAIROBI, Kenya (AP) — Maize prices rose 12% this week.", "NAIROBI, Kenya (AP)"),
        ("WASHINGTON - Retail sales rose 0.4% in May.", "WASHINGTON"),
        ("PARIS (AFP) – Sales rose 3%.", "PARIS (AFP)"),
        ("ABUJA, Dec. 17 - Nigeria's budget grew.", "ABUJA, Dec. 17"),
        ("Intro line\nSAO PAULO, Jan 5 (Reuters) - Coffee fell 2%.", "SAO PAULO, Jan 5 (Reuters)"),
        # no-break spaces or tabs around the dash, as pasted copy has them
        (
            "ROME,\u00a0June\u00a04\u00a0(Wire)\u00a0-\u00a0Bread rose 6%.",
            "ROME,\u00a0June\u00a04\u00a0(Wire)",
        ),
        ("BERLIN\t-\tFares rose 9%.", "BERLIN"),
        # a place of several short words, as long as a city's name together
        ("PORT LOUIS — Sugar exports rose 4%.", "PORT LOUIS"),
        ("DAR ES SALAAM - Port fees rose 8%.", "DAR ES SALAAM"),
    ],
)
def test_a_dateline_that_opens_a_line_is_its_own_sentence(text: str, dateline: str):
    spans = [text[s:e] for s, e in split_sentences(text)]
    assert dateline in spans
    after = spans[spans.index(dateline) + 1]
    assert after[0].isupper() and text.endswith(after)


@pytest.mark.parametrize(
    "text",
    [
        "US - China trade rose 5%.",  # a short capitalised word is no place
        "US EU - talks resumed on Monday.",  # ... nor are two of them
        "GDP - the broadest measure - rose 2%.",
        "Sales rose 5%, FRANKFURT - based analysts said.",  # not at a line start
        "LONDON - ",  # nothing after the dash
        "The FTSE 100 - Britain's main index - fell 1%.",
    ],
)
def test_look_alikes_of_a_dateline_stay_one_sentence(text: str):
    assert len(split_sentences(text)) == 1


def test_furniture_lines_are_marked(seed):
    start = seed.body.index("Read More: Afghan situation")
    assert seed.in_furniture(start + 5)
    assert not seed.in_furniture(seed.body.index("There has been 60"))


def test_article_from_text_without_header():
    article = article_from_text("Plain text with 3 attacks.", "plain")
    assert article.metadata["title"] is None and article.id == "plain"


def test_seeds_folder_holds_articles_with_metadata():
    for path in SEEDS.glob("*.txt"):  # from a header block or a sidecar, as the README allows
        meta = load_article(path).metadata
        assert meta["title"] and meta["source"], path


def test_read_input_reads_a_file_that_grew_after_its_size_was_checked(tmp_path, monkeypatch):
    path = tmp_path / "a.txt"
    path.write_bytes(b"x" * 5000)
    real_stat = os.stat

    def stale_stat(target, *args, **kwargs):  # the size seen before the file grew to 5000 bytes
        found = real_stat(target, *args, **kwargs)
        return os.stat_result((*found[:6], 10, *found[7:]))

    monkeypatch.setattr("analysis.article.os.stat", stale_stat)
    monkeypatch.setattr("analysis.article.os.lstat", stale_stat)
    assert read_input(path) == b"x" * 5000
    with pytest.raises(ArticleError, match=r"a.txt: is over the limit of 4000 bytes"):
        read_input(path, limit=4000)


def test_read_input_reads_exactly_the_file(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(b"12 people\n" * 300)
    assert read_input(path) == b"12 people\n" * 300
    assert read_input(tmp_path / "missing.txt") is None


def test_read_input_reads_on_after_a_short_read(tmp_path, monkeypatch):
    path = tmp_path / "a.txt"
    path.write_bytes(b"3 people. " * 100)
    real_read = os.read
    monkeypatch.setattr("analysis.article.os.read", lambda fd, size: real_read(fd, min(size, 7)))
    assert read_input(path) == b"3 people. " * 100


def test_read_input_tells_a_missing_file_from_a_broken_or_looping_link(tmp_path):
    assert read_input(tmp_path / "none.txt") is None
    (tmp_path / "real.txt").write_bytes(b"text")
    (tmp_path / "link.txt").symlink_to(tmp_path / "real.txt")
    assert read_input(tmp_path / "link.txt") == b"text"
    (tmp_path / "broken.txt").symlink_to(tmp_path / "gone.txt")
    with pytest.raises(ArticleError, match="broken.txt: is a broken symbolic link"):
        read_input(tmp_path / "broken.txt")
    (tmp_path / "loop.txt").symlink_to(tmp_path / "loop.txt")
    with pytest.raises(ArticleError, match=r"loop.txt: cannot read \(Too many levels of symbolic links\)"):
        read_input(tmp_path / "loop.txt")


def _opens_with_prefix(line: str) -> bool:
    """A furniture prefix opens the line, no small letter going on with its last word ("RELATEDx"
    and "Subscribers" are no furniture)."""
    return any(
        line.startswith(prefix) and not line[len(prefix) : len(prefix) + 1].islower()
        for prefix in FURNITURE_LINE_PREFIXES
    )


@given(
    st.lists(
        st.sampled_from(["Read More", "PHOTO :", "RELATED", " ", "\t", "\u2028", "x", ": 5", "Photo"]),
        max_size=12,
    ).map("".join),
    st.integers(0, 3),
)
def test_furniture_lines_are_the_lines_opening_with_a_prefix(line: str, copies: int):
    body = "\n".join([line, "Plain text."] * copies + [line])
    expected, pos = [], 0
    for piece in body.split("\n"):
        if _opens_with_prefix(piece.strip()):
            expected.append((pos, pos + len(piece)))
        pos += len(piece) + 1
    assert furniture_lines(body) == tuple(expected)


def test_sentence_of_and_its_span_for_every_offset():
    body = "  First one.  Second one.\n\nThird."
    article = article_from_text(body, "spans")
    assert [body[s:e] for s, e in article.sentences] == ["First one.", "Second one.", "Third."]
    for offset in range(len(body) + 1):
        index = article.sentence_of(offset)
        assert article.sentence_span(offset) == article.sentences[index]
        assert index == max(i for i, (s, _) in enumerate(article.sentences) if s <= offset or i == 0)


@pytest.mark.parametrize(
    ("key", "hint"),
    [
        ("titel", "did you mean 'title'?"),
        ("Title", "did you mean 'title'?"),
        ("publshed", "did you mean 'published'?"),
        ("outlets", "did you mean 'outlet'?"),
        ("extent", "(it belongs in the header block)"),
        ("x" * 5000, "known keys:"),
    ],
)
def test_an_unknown_sidecar_key_is_named_with_the_nearest_known_one(tmp_path: Path, key: str, hint: str):
    path = tmp_path / "a.txt"
    path.write_text("Body with 5 people.\n", encoding="utf-8")
    (tmp_path / "a.meta.json").write_text(json.dumps({"title": "T", key: "x"}), encoding="utf-8")
    with pytest.raises(ArticleError) as caught:
        load_article(path)
    message = str(caught.value)
    assert message.startswith(f"{tmp_path / 'a.meta.json'}: unknown metadata key ")
    assert hint in message and "\n" not in message and len(message) < 300 + len(str(tmp_path))
    assert repr(key[:60]) in message


def test_every_known_sidecar_key_is_read(tmp_path: Path):
    path = tmp_path / "a.txt"
    path.write_text("Body with 5 people.\n", encoding="utf-8")
    fields = {"id": "a1", "title": "T", "outlet": "O", "source": "https://example.org/a", "dateline": "D",
              "published": "2024-01-02", "accessed": "2024-01-03", "notes": "N"}  # fmt: skip
    (tmp_path / "a.meta.json").write_text(json.dumps(fields), encoding="utf-8")
    assert load_article(path).metadata == fields


@given(st.text(alphabet=" \t\n\u2028ab.?!\"'(A5", max_size=40))
def test_sentences_are_their_stretches_stripped_of_white_space(body: str):
    spans = split_sentences(body)
    if not body.strip():  # white space alone: one span, the whole text
        assert spans == ((0, len(body)),)
    for start, end in spans if body.strip() else ():
        piece = body[start:end]
        assert piece and piece == piece.strip()


_DATELINE_PIECES = st.sampled_from(
    ["LONDON", "PARIS", "A", "Sales", " ", "\n", ", ", "(AP)", " - ", "— ", ".", "x", "\xa0"]
)


@given(st.lists(_DATELINE_PIECES, max_size=14).map("".join))
def test_a_body_without_a_dateline_opening_a_line_has_no_sentence_cut_at_one(text: str):
    # the one scan of the body (_may_hold_dateline) says no only where no sentence has a dateline
    if not _may_hold_dateline(text):
        assert not any(_dateline_end(text, s, e) for s, e in _sentence_spans(text))


_FURNITURE_PIECES = st.sampled_from(
    ["Read More", "RELATED", "Photo:", "Sales", " ", "\n", "\x85", "\u2028", "x", "\t"]
)


@given(st.lists(_FURNITURE_PIECES, max_size=10).map("".join))
def test_furniture_lines_are_the_lines_opening_with_a_furniture_prefix(text: str):
    lines, pos = [], 0
    for line in text.split("\n"):
        if _opens_with_prefix(line.strip()):
            lines.append((pos, pos + len(line)))
        pos += len(line) + 1
    assert furniture_lines(text) == tuple(lines)


class _FindCounting(str):
    """A text that records each `find` called on it."""

    calls: list[tuple[object, ...]]

    def find(self, *args: object) -> int:  # type: ignore[override]
        self.calls.append(args)
        return super().find(*args)  # type: ignore[arg-type]


def test_a_dateline_is_looked_for_only_where_a_line_opens():
    # a sentence inside a long line is no dateline's place: its line's end is not looked for, so a
    # line of many title-case sentences is not read to its end from each (quadratic before)
    text = _FindCounting("PORT LOUIS - Rates Rose. Senate Passes Farm Bill. Votes Fell.\nPARIS - More Rain.")
    text.calls = []
    assert line_dateline_end(text, text.index("Senate")) == 0
    assert line_dateline_end(text, text.index("Votes")) == 0
    assert text.calls == []
    assert line_dateline_end(text, 0) == text.index("Rates")
    assert line_dateline_end(text, text.index("PARIS")) == text.index("More")


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("Caf\u00e9 prices rose 5 per cent.", "latin-1"),
        ("\u201cPrices rose 5 per cent,\u201d she said.", "cp1252"),
    ],
)
def test_text_that_is_not_utf8_gets_an_encoding_to_try(text: str, encoding: str):
    data = text.encode(encoding)
    with pytest.raises(ArticleError) as info:
        decode_text(data, "a.txt")
    assert f"try --encoding {encoding}, or the encoding it was saved in" in str(info.value)
    assert decode_text(data, "a.txt", encoding) == text


@pytest.mark.parametrize(
    ("header", "problem"),
    [
        ("title: One\ntitle: Two", "header key 'title' given twice (lines 1 and 2); keep one"),
        (
            "title: T\npublished: 2026-01-02\nPublished: 2020-01-01",
            "header key 'published' given twice (lines 2 and 3); keep one",
        ),
    ],
)
def test_a_header_key_given_twice_is_a_one_line_error(tmp_path: Path, header, problem):
    path = tmp_path / "a.txt"
    path.write_text(f"{header}\n\nBody with 5 people.", encoding="utf-8")
    with pytest.raises(ArticleError) as info:
        load_article(path)
    assert str(info.value) == f"{path}: {problem}"


def test_header_keys_given_once_each_are_read():
    article = article_from_text("title: T\noutlet: O\npublished: 2026-01-02\n\nBody.", "once")
    assert (article.metadata["title"], article.metadata["published"]) == ("T", "2026-01-02")


def test_a_sidecar_key_given_twice_is_a_one_line_error(tmp_path: Path):
    path = tmp_path / "a.txt"
    path.write_text("Body with 5 people.", encoding="utf-8")
    side = tmp_path / "a.meta.json"
    side.write_text('{\n  "id": "a",\n  "title": "A",\n  "ti\\u0074le": "<b>B</b>"\n}', encoding="utf-8")
    with pytest.raises(ArticleError) as info:
        load_article(path)
    assert str(info.value) == f"{side}: metadata sidecar key 'title' given twice (lines 3 and 4); keep one"
    side.write_text('{"title": "A", "title": "B"}', encoding="utf-8")  # on one line: the line once
    with pytest.raises(ArticleError) as info:
        load_article(path)
    assert str(info.value) == f"{side}: metadata sidecar key 'title' given twice (both on line 1); keep one"
    side.write_text('{"title": "A", "outlet": "title"}', encoding="utf-8")  # a value is no key
    assert load_article(path).metadata["title"] == "A"


@pytest.mark.parametrize(
    ("stem", "article_id"),
    [
        ("Valg på Østlandet – résumé 2026", "Valg-pa-Ostlandet-resume-2026"),
        ("Straße in Łódź", "Strasse-in-Lodz"),
        ("My article (2)", "My-article-2"),
        ("新闻 2026", "2026"),  # no ASCII base: the documented rule
    ],
)
def test_an_id_folds_letters_to_their_ascii_base(stem: str, article_id: str):
    assert id_from_stem(stem) == article_id


def test_the_ids_of_the_seeds_and_the_corpus_do_not_change():
    folders = (SEEDS, CORPUS / "articles", CORPUS.parent / "probe" / "articles")
    stems = [p.stem for folder in folders for p in folder.glob("*.txt")]
    assert len(stems) > 10 and all(id_from_stem(stem) == stem for stem in stems)


# fixwalk38-c: UTF-8 text read as another encoding is refused naming UTF-8, never read as other
# letters (an empty table, a header key "\u00ef\u00bb\u00bftitle"); ASCII reads the same in any of them.
@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        ("title: Caf\u00e9 prices\n\nPrices rose 5 per cent.".encode("utf-8-sig"), "latin-1"),
        ("Caf\u00e9 owners: 5 people.".encode(), "cp1252"),
        (b"Prices rose 5 per cent in March, officials said.", "utf-16"),
        (b"Prices rose 5 per cent in March, officials said", "utf-16"),  # an odd number of bytes
        (b"Prices rose 5 per cent in March, officials said.", "cp037"),
    ],
)
def test_utf8_text_read_as_another_encoding_is_refused_naming_utf8(data: bytes, encoding: str):
    with pytest.raises(ArticleError) as info:
        decode_text(data, "a.txt", encoding)
    message = str(info.value)
    assert message.startswith("a.txt: ") and "try --encoding utf-8" in message
    assert len(message.splitlines()) == 1


@pytest.mark.parametrize("encoding", ["latin-1", "cp1252", "ascii", "utf-8-sig"])
def test_ascii_text_reads_in_any_ascii_encoding(encoding: str):
    assert decode_text(b"Prices rose 5 per cent.", "a.txt", encoding) == "Prices rose 5 per cent."


# fixwalk39-c: a one-line header whose one key is misspelled is the promised one-line error, never body
@pytest.mark.parametrize("opening", ["titel: Floods close the port", "Tilte: Floods close the port"])
def test_a_one_line_header_with_a_misspelled_key_is_an_error(opening: str):
    header, body, problems = split_header(f"{opening}\n\nThe port closed for 3 days.")
    assert (header, body) == ({}, "The port closed for 3 days.")
    assert len(problems) == 1 and "did you mean 'title'" in problems[0]
    with pytest.raises(ArticleError, match="did you mean 'title'"):
        article_from_text(f"{opening}\n\nThe port closed for 3 days.", "a")


@pytest.mark.parametrize("opening", ["ISLAMABAD: The port closed for 3 days.", "Update: the port reopened."])
def test_a_one_line_dateline_or_label_stays_body(opening: str):
    assert split_header(f"{opening}\n\nIt had closed for 3 days.")[0] == {}
