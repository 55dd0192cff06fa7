"""Archive readers: records of JSON Lines, CSV and Parquet files become articles; bad records are
reported by id and skipped; offsets count code points of the stored text."""

from __future__ import annotations

import csv
import json
import os

import pandas as pd
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from analysis.archive import (
    ArchiveColumns,
    archive_files,
    archive_parts,
    is_archive,
    meta_column,
    part_articles,
    record_article,
)
from analysis.article import ArticleError
from analysis.batch import OUTPUT_COLUMNS
from analysis.cli import main
from analysis.paths import DEV_ARCHIVE
from analysis.synthetic import write_archive

FORMATS = (".jsonl", ".csv", ".parquet")


def records_of(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def table(path):
    return list(csv.DictReader(path.open(encoding="utf-8", newline="")))


@pytest.fixture(scope="module")
def txt_rows(corpus_dir, tmp_path_factory):
    """The figure rows of the development articles read as .txt files (the pool path)."""
    out = tmp_path_factory.mktemp("txt") / "txt.csv"
    assert main(["extract", str(corpus_dir / "articles"), "--out", str(out), "--quiet"]) == 0
    return table(out)


@pytest.mark.parametrize("suffix", FORMATS)
def test_each_format_gives_the_rows_of_the_txt_files(tmp_path, suffix, txt_rows):
    archive = write_archive(records_of(DEV_ARCHIVE), tmp_path / f"dev{suffix}")
    out = tmp_path / "out.csv"
    assert main(["extract", str(archive), "--out", str(out), "--quiet"]) == 0
    rows = table(out)
    assert tuple(rows[0]) == OUTPUT_COLUMNS
    whole = [
        dict(r, article=r["article"].removeprefix("dev-")) for r in rows if "--excerpt" not in r["article"]
    ]
    assert whole == txt_rows and len(whole) == len(txt_rows) > 100


def test_a_folder_of_archives_is_read_in_name_order(tmp_path):
    records = records_of(DEV_ARCHIVE)
    write_archive(records[:3], tmp_path / "a.csv")
    write_archive(records[3:], tmp_path / "b.parquet")
    (tmp_path / "notes.md").write_text("not an archive", encoding="utf-8")
    assert [p.name for p in archive_files([tmp_path])] == ["a.csv", "b.parquet"]
    out = tmp_path / "out.csv"
    assert main(["extract", str(tmp_path), "--out", str(out), "--quiet"]) == 0
    assert list(dict.fromkeys(r["article"] for r in table(out))) == [r["id"] for r in records]


def test_is_archive_by_suffix_or_folder_content(tmp_path, corpus_dir):
    assert is_archive(DEV_ARCHIVE) and is_archive(DEV_ARCHIVE.parent)
    assert not is_archive(corpus_dir / "articles") and not is_archive(tmp_path / "a.txt")


def test_a_folder_of_articles_with_a_review_file_is_no_archive(tmp_path, capsys):
    (tmp_path / "a.txt").write_text("The mill cut 30 jobs and 12 more.\n", encoding="utf-8")
    (tmp_path / "a.review.csv").write_text(
        "action,quote,start,value,unit,kind,subject,reason\nreject,12,25,,,,,checked\n", encoding="utf-8"
    )
    assert not is_archive(tmp_path)
    out = tmp_path / "out.csv"
    assert main(["extract", str(tmp_path), "--out", str(out), "--quiet"]) == 0
    assert [r["quote"] for r in csv.DictReader(out.open(encoding="utf-8"))] == ["30 jobs"]


def test_an_archive_named_with_txt_articles_is_refused_before_anything_runs(tmp_path, capsys):
    article = tmp_path / "a.txt"
    article.write_text("The mill cut 30 jobs.\n", encoding="utf-8")
    out = tmp_path / "out.csv"
    assert main(["extract", str(article), str(DEV_ARCHIVE), "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert (
        err
        == f"error: {DEV_ARCHIVE}: an archive of records cannot be extracted with .txt articles in one call\n"
    )
    assert not out.exists()


def good(record_id, text="Attacks rose 60 per cent last year."):
    return {"id": record_id, "text": text}


def test_bad_records_among_good_ones_are_reported_by_id_and_skipped(tmp_path, capsys):
    lines = [
        json.dumps(good("a")),
        json.dumps(good("empty", "   ")),
        json.dumps({"id": "number", "text": 42}),
        json.dumps({"id": "missing"}),
        json.dumps({"text": "No id here, 5 per cent."}),
        "{not json",
        json.dumps(["a", "list"]),
        json.dumps(good("twice")),
        json.dumps(good("twice", "Again 7 per cent.")),
        json.dumps(good("../../etc\n\x1b[31m", "Sneaky 9 per cent.")),
        json.dumps(good("b", "Prices fell 5 per cent.")),
    ]
    archive = tmp_path / "mixed.jsonl"
    archive.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out.csv"
    assert main(["extract", str(archive), "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert f"{archive}: line at byte" in err
    assert "id 'empty': empty text; skipped" in err
    assert "id 'number': text is not text (int); skipped" in err
    assert "id 'missing': no text; skipped" in err
    assert "no usable id in column 'id'; skipped" in err
    assert "not valid JSON" in err and "not a JSON object" in err
    assert err.count("id 'twice' is not unique in the archive") == 2
    assert "id '../../etc\\n\\x1b[31m' is not a valid id" in err and "\x1b" not in err
    assert "wrote 2 figure(s) from 2 article(s)" in err
    assert [r["article"] for r in table(out)] == ["a", "b"]
    positions = [
        int(line.split("line at byte ")[1].split(":")[0]) for line in err.splitlines() if "byte" in line
    ]
    assert len(positions) == 9 and positions == sorted(positions)  # file order, parsed or not


def test_csv_and_parquet_empty_or_null_texts_are_skipped(tmp_path, capsys):
    records = [good("a"), good("blank", ""), {"id": "null", "text": None}, good("b", "Up 3 per cent.")]
    for suffix in (".csv", ".parquet"):
        archive = write_archive(
            [{k: r.get(k) for k in ("id", "text")} for r in records], tmp_path / f"x{suffix}"
        )
        out = tmp_path / f"x{suffix}.csv"
        assert main(["extract", str(archive), "--out", str(out), "--quiet"]) == 1
        err = capsys.readouterr().err
        assert "id 'blank': empty text; skipped" in err and f"{archive}: row 2" in err
        assert "id 'null'" in err
        assert [r["article"] for r in table(out)] == ["a", "b"]


def test_all_records_bad_is_status_2_and_writes_nothing(tmp_path, capsys):
    archive = tmp_path / "bad.jsonl"
    archive.write_text(json.dumps(good("a", "")) + "\n", encoding="utf-8")
    out = tmp_path / "out.csv"
    assert main(["extract", str(archive), "--out", str(out)]) == 2
    assert not out.exists()
    assert "no article in the archive could be extracted" in capsys.readouterr().err


def test_all_records_bad_leaves_an_older_dataset_and_makes_no_new_one(tmp_path, capsys):
    archive = tmp_path / "bad.jsonl"
    archive.write_text(json.dumps(good("a", "")) + "\n", encoding="utf-8")
    older = tmp_path / "older"
    assert main(["extract", str(DEV_ARCHIVE), "--out", str(older), "--quiet", "--jobs", "1"]) == 0
    marker = (older / "_SUCCESS").read_text(encoding="utf-8")
    for out in (older, tmp_path / "new"):
        assert main(["extract", str(archive), "--out", str(out), "--jobs", "1"]) == 2
        assert "no article in the archive could be extracted" in capsys.readouterr().err
    assert (older / "_SUCCESS").read_text(encoding="utf-8") == marker
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.jsonl", "older"]


def test_offsets_count_code_points_of_the_stored_text(tmp_path):
    text = "😀 Café\r\nAttacks rose 60 per cent, and 🇵🇰 aid was $77M to UNHCR.\r\n"
    archive = write_archive([good("emoji", text)], tmp_path / "e.parquet")
    out = tmp_path / "out.csv"
    assert main(["extract", str(archive), "--out", str(out), "--quiet"]) == 0
    rows = table(out)
    assert {r["quote"] for r in rows} >= {"60 per cent", "$77M"}
    for row in rows:
        assert text[int(row["start"]) : int(row["end"])] == row["quote"]
    assert next(int(r["start"]) for r in rows if r["quote"] == "60 per cent") == text.index("60")


def test_text_id_and_metadata_columns_are_chosen_by_options(tmp_path):
    text = "The budget is Rs 5 billion this year."
    rows = [{"uid": 7, "body": text, "url": "https://example.com.pk/story", "headline": "Budget"}]
    archive = tmp_path / "renamed.jsonl"
    archive.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    out = tmp_path / "out.csv"
    base = [
        "extract",
        str(archive),
        "--text-column",
        "body",
        "--id-column",
        "uid",
        "--quiet",
        "--out",
        str(out),
    ]
    assert main([*base, "--meta-column", "source=url", "--meta-column", "title=headline"]) == 0
    pakistani = table(out)
    assert main(base) == 0
    plain = table(out)
    assert [r["article"] for r in pakistani] == ["7"]
    assert pakistani[0]["unit"] == "PKR" and plain[0]["unit"] == "INR"


def test_a_missing_column_is_one_line_naming_file_column_and_option(tmp_path, capsys):
    archive = write_archive([good("a")], tmp_path / "a.csv")
    assert main(["extract", str(archive), "--text-column", "body", "--quiet"]) == 2
    err = capsys.readouterr().err.strip()
    assert (
        err
        == f"error: {archive}: no column 'body' (see --text-column); columns: id, title, outlet, published, source, text"
    )


def test_unknown_metadata_field_or_bad_mapping_is_refused(tmp_path, capsys):
    archive = write_archive([good("a")], tmp_path / "a.jsonl")
    for item in ("author=byline", "title"):
        with pytest.raises(SystemExit) as info:
            main(["extract", str(archive), "--meta-column", item])
        assert info.value.code == 2
    assert capsys.readouterr().err.count("argument --meta-column") == 2
    with pytest.raises(ValueError):
        meta_column("outlet=")
    assert meta_column("title=headline") == ("title", "headline")


def test_an_unreadable_archive_is_one_line(tmp_path, capsys):
    broken = tmp_path / "broken.parquet"
    broken.write_bytes(b"not parquet at all")
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    assert main(["extract", str(broken)]) == 2
    assert main(["extract", str(empty)]) == 2
    lines = capsys.readouterr().err.strip().splitlines()
    assert lines[0].startswith(f"error: {broken}: not a readable Parquet file")
    assert lines[1] == f"error: {empty}: empty file, no records"


def test_stdout_gets_the_table_when_no_out_is_named(tmp_path, capsys):
    archive = write_archive([good("a")], tmp_path / "a.jsonl")
    assert main(["extract", str(archive), "--format", "json", "--quiet"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows[0]["article"] == "a" and rows[0]["quote"] == "60 per cent"


def test_record_article_keeps_the_text_verbatim_and_fills_metadata():
    article = record_article("x", "source: not a header\n\nBody.", {"title": "T", "outlet": "unknown"})
    assert article.body == "source: not a header\n\nBody."
    assert article.metadata["title"] == "T" and article.metadata["outlet"] is None and article.id == "x"


def test_metadata_map_defaults_to_columns_named_like_fields():
    columns = ArchiveColumns(metadata=(("title", "headline"),))
    assert columns.metadata_map(["id", "text", "title", "outlet", "headline"]) == {
        "title": "headline",
        "outlet": "outlet",
    }


@settings(max_examples=40, deadline=None)
@given(
    texts=st.lists(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40), max_size=12),
    block=st.integers(min_value=1, max_value=300),
)
def test_jsonl_parts_hold_every_record_once_in_order(tmp_path_factory, texts, block):
    folder = tmp_path_factory.mktemp("jsonl")
    records = [{"id": f"r{i}", "text": t or "x"} for i, t in enumerate(texts)]
    path = write_archive(records, folder / "a.jsonl") if records else folder / "a.jsonl"
    if not records:
        path.write_bytes(b"")
        with pytest.raises(ArticleError, match="empty file, no records"):
            archive_parts([path], block=block)
        return
    parts = archive_parts([path], block=block)
    seen = [(a.id, a.body) for part in parts for a in part_articles(part, ArchiveColumns())[0]]
    assert seen == [(r["id"], r["text"]) for r in records if r["text"].strip()]


def test_parquet_parts_are_row_groups_with_their_row_numbers(tmp_path):
    records = [good(f"r{i}", "" if i == 5 else "Up 1 per cent.") for i in range(7)]
    path = tmp_path / "a.parquet"
    frame = pd.DataFrame(records)
    frame.to_parquet(path, row_group_size=3, index=False)
    parts = archive_parts([path])
    assert [(p.index, p.first_row) for p in parts] == [(0, 0), (1, 3), (2, 6)]
    _, skipped = part_articles(parts[1], ArchiveColumns())
    assert skipped == [f"{path}: row 6: id 'r5': empty text; skipped"]


def test_a_path_that_is_not_an_archive_is_refused(tmp_path):
    with pytest.raises(ArticleError, match="no such file"):
        archive_files([tmp_path / "missing.jsonl"])
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    with pytest.raises(ArticleError, match="not an archive file"):
        archive_files([tmp_path / "a.txt"])
    with pytest.raises(ArticleError, match="holds no archive files"):
        archive_files([tmp_path])
    os.mkfifo(tmp_path / "pipe.jsonl")
    with pytest.raises(ArticleError, match="is not a regular file"):
        archive_files([tmp_path / "pipe.jsonl"])


@settings(max_examples=30, deadline=None)
@given(
    text=st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=60).filter(
        str.strip
    ),
    suffix=st.sampled_from(FORMATS),
)
@example(text="a lone\rcarriage return", suffix=".csv")
@example(text="😀 Café\r\n", suffix=".csv")
def test_every_format_keeps_the_text_exactly_as_stored(tmp_path_factory, text, suffix):
    path = write_archive([good("r", text)], tmp_path_factory.mktemp("fmt") / f"a{suffix}")
    (part,) = archive_parts([path])
    articles, skipped = part_articles(part, ArchiveColumns())
    assert skipped == [] and [a.body for a in articles] == [text]


@pytest.mark.parametrize(
    ("name", "content", "problem"),
    [
        ("empty.jsonl", b"", "empty file, no records"),
        ("empty.csv", b"", "empty file, no records"),
        ("blank.jsonl", b"\n \n", "no records (only blank lines)"),
        ("header.csv", b"id,text\n", "no records (a header row only)"),
        (
            "binary.jsonl",
            b"\x92abc\n\xb9\n{\x98}\n",
            "not a JSON Lines file: no line is a JSON object; line at byte 0: not utf-8 text (byte 0x92)",
        ),
        (
            "array.jsonl",
            b"[1, 2]\n",
            "not a JSON Lines file: no line is a JSON object; line at byte 0: not a",
        ),
    ],
)
def test_an_archive_without_records_is_one_line_naming_it(tmp_path, capsys, name, content, problem):
    archive = tmp_path / name
    archive.write_bytes(content)
    out = tmp_path / "out.csv"
    assert main(["extract", str(archive), "--out", str(out), "--jobs", "1"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith(f"error: {archive}: {problem}"), err
    assert "codec" not in err[0] and not out.exists()


def test_all_records_bad_names_the_archive(tmp_path, capsys):
    archive = tmp_path / "bad.jsonl"
    archive.write_text(json.dumps(good("a", "")) + "\n", encoding="utf-8")
    assert main(["extract", str(archive), "--jobs", "1"]) == 2
    assert f"error: {archive}: no article in the archive could be extracted" in capsys.readouterr().err
