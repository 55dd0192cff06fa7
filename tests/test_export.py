from __future__ import annotations

import csv
import io
import json
import os
import re
import stat
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from analysis.article import list_articles
from analysis.batch import OUTPUT_COLUMNS, collect, extract_many
from analysis.export import (
    atomic_write,
    out_format,
    rows_csv,
    special_file,
    table_csv,
    table_json,
    table_markdown,
    write_rows,
    write_table,
)
from analysis.formats import format_cell, format_value, is_missing


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (77000000, "77000000"),
        (77000000.0, "77000000"),
        (6.3, "6.3"),
        (1e20, "100000000000000000000"),
        (2023, "2023"),
        ("2021-08", "2021-08"),
        ("--10-07/--10-15", "--10-07/--10-15"),
        (None, ""),
        (True, "true"),
        (0.000001, "0.000001"),
    ],
)
def test_values_are_written_plainly(value, text):
    assert format_value(value) == text


def test_csv_has_header_plain_numbers_and_lf():
    frame = pd.DataFrame({"value": [77000000, "2021-08"], "approx": [True, False], "x": [None, 1.5]})
    assert table_csv(frame) == "value,approx,x\n77000000,true,\n2021-08,false,1.5\n"


# fixwalk38-c: native types, but `value` always text, as the codebook, CSV and Parquet have it
def test_json_is_native_and_its_value_text():
    frame = pd.DataFrame(
        {"value": [77000000, "2021-08", 31.5], "approx": [True, False, False], "n": [1, 2, 3]}
    )
    assert json.loads(table_json(frame)) == [
        {"value": "77000000", "approx": True, "n": 1},
        {"value": "2021-08", "approx": False, "n": 2},
        {"value": "31.5", "approx": False, "n": 3},
    ]


def test_markdown_escapes_pipes():
    assert "a \\| b" in table_markdown(pd.DataFrame({"q": ["a | b"]}))


def test_atomic_write_leaves_no_partial_file(tmp_path: Path):
    target = tmp_path / "out.csv"
    atomic_write(target, "old\n")

    class Boom(bytes):
        pass

    with pytest.raises(TypeError):
        atomic_write(target, 12345)  # type: ignore[arg-type]
    assert target.read_text() == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]


def test_write_table_refuses_unknown_suffix(tmp_path: Path):
    with pytest.raises(ValueError, match="unknown table format"):
        write_table(pd.DataFrame({"a": [1]}), tmp_path / "x.xlsx")


@pytest.mark.parametrize("suffix", [".csv", ".md", ".json", ".parquet"])
def test_rows_are_written_as_a_table_of_them_is(tmp_path: Path, corpus_dir: Path, suffix: str):
    rows, errors = collect(extract_many(list_articles(corpus_dir / "articles"), jobs=1))
    assert rows and not errors
    from_rows, from_table = tmp_path / f"rows{suffix}", tmp_path / f"table{suffix}"
    write_rows(OUTPUT_COLUMNS, rows, from_rows)
    write_table(pd.DataFrame(rows, columns=list(OUTPUT_COLUMNS)), from_table)
    assert from_rows.read_bytes() == from_table.read_bytes()


def test_csv_rows_keep_an_integer_that_a_float_column_would_round(tmp_path: Path):
    rows = [("a", 987654321987653000), ("b", 5.5)]
    write_rows(["id", "value"], rows, tmp_path / "x.csv")
    assert (tmp_path / "x.csv").read_text() == "id,value\na,987654321987653000\nb,5.5\n"
    assert (tmp_path / "x.csv").read_text() == rows_csv(["id", "value"], rows)


def test_write_rows_refuses_unknown_suffix(tmp_path: Path):
    with pytest.raises(ValueError, match="unknown table format '.xlsx'"):
        write_rows(["a"], [(1,)], tmp_path / "x.xlsx")
    assert not any(tmp_path.iterdir())


@pytest.mark.parametrize(
    ("value", "missing"), [(None, True), (float("nan"), True), (pd.NA, True), (0, False), ("", False)]
)
def test_missing_cells(value: object, missing: bool):
    assert is_missing(value) is missing
    assert (format_cell(value) == "") is (missing or value == "")


@pytest.mark.parametrize(
    ("name", "fmt", "kind"),
    [
        ("x.csv", None, "csv"),
        ("x.MD", None, "markdown"),
        ("x.parquet", None, "parquet"),
        ("x.json", "json", "json"),
        ("x.txt", "json", "json"),
        ("x", "markdown", "markdown"),
    ],
)
def test_out_format_takes_the_suffix_or_the_explicit_format(name: str, fmt: str | None, kind: str):
    assert out_format(name, fmt) == kind


@pytest.mark.parametrize(("name", "fmt"), [("x.csv", "json"), ("x.md", "csv"), ("x.parquet", "markdown")])
def test_out_format_refuses_a_suffix_naming_another_format(name: str, fmt: str):
    with pytest.raises(ValueError, match=rf"^{re.escape(name)}: the name says \w+ but --format is {fmt}"):
        out_format(name, fmt)


def test_out_format_without_a_format_needs_a_known_suffix():
    with pytest.raises(ValueError, match="unknown table format"):
        out_format("x.txt", None)


@pytest.mark.parametrize(
    ("name", "said"), [("x.txt", "unknown table format '.txt'"), ("x", "no table format")]
)
def test_out_format_without_a_suffix_or_format_names_both_ways_out(name: str, said: str):
    with pytest.raises(ValueError, match=rf"^{name}: {said} in the name \(.*\.parquet, or add --format\)$"):
        out_format(name, None)


def test_write_rows_in_an_explicit_format(tmp_path: Path):
    path = write_rows(["id", "value"], [("a", 1)], tmp_path / "x.txt", "json")
    assert json.loads(path.read_text(encoding="utf-8")) == [{"id": "a", "value": "1"}]


_CELLS = st.one_of(st.text(max_size=3), st.integers(), st.floats(), st.booleans(), st.none(), st.dates())


@given(st.lists(st.lists(_CELLS, min_size=0, max_size=3), max_size=4), st.booleans())
def test_rows_csv_writes_each_cell_as_format_cell_does(rows: list[list[object]], same_width: bool):
    if same_width:
        rows = [(row + [None] * 3)[:3] for row in rows]
    expected = io.StringIO()
    writer = csv.writer(expected, lineterminator="\n")
    writer.writerow(["a", "b", "c"])
    writer.writerows([format_cell(v) if v is not None else "" for v in row] for row in rows)
    assert rows_csv(["a", "b", "c"], rows) == expected.getvalue()


# text with every character that csv quotes for (and "\r", which it does not, and non-ASCII)
_CSV_TEXT = st.text(alphabet=st.sampled_from(list(',"\n\r a1é’|')), max_size=6)
_CSV_CELLS = st.one_of(_CSV_TEXT, st.integers(), st.none(), st.booleans(), st.floats(allow_nan=False))


@given(st.integers(1, 4), st.lists(st.lists(_CSV_CELLS, min_size=4, max_size=4), max_size=5), st.booleans())
def test_rows_csv_quotes_as_the_csv_module_does(width: int, rows: list[list[object]], ragged: bool):
    rows = [row[: width - (ragged and i % 2)] for i, row in enumerate(rows)]
    columns = ["a", 'b"', "c,d", "e"][:width]
    expected = io.StringIO()
    writer = csv.writer(expected, lineterminator="\n")
    writer.writerow(columns)
    writer.writerows(
        [v if type(v) in (str, int, type(None)) else format_cell(v) for v in row] for row in rows
    )
    assert rows_csv(columns, rows) == expected.getvalue()


def test_rows_csv_quotes_a_cell_with_a_comma_quote_or_line_break_only():
    rows = [("1,200", 'say "x"', "a\nb", "c\rd", 7, None)]
    assert rows_csv(list("abcdef"), rows) == 'a,b,c,d,e,f\n"1,200","say ""x""","a\nb",c\rd,7,\n'


def test_file_names_one_a_line(tmp_path):
    from analysis.export import file_names

    assert file_names([tmp_path / "a.png", tmp_path / "b" / "c.csv"]) == "a.png\nc.csv"
    assert file_names([]) == "no files written"  # fixwalk34-b: a notebook cell never prints a blank


# fixwalk38-c: the atomic writer never renames over a device, a named pipe or a socket.
def test_atomic_write_never_replaces_a_named_pipe(tmp_path: Path):
    pipe = tmp_path / "figures.csv"
    os.mkfifo(pipe)
    with pytest.raises(OSError, match="named pipe"):
        atomic_write(pipe, "article\n")
    assert stat.S_ISFIFO(os.lstat(pipe).st_mode) and [p.name for p in tmp_path.iterdir()] == ["figures.csv"]


def test_special_file_names_what_is_no_regular_file(tmp_path: Path):
    regular, pipe, link = tmp_path / "a.csv", tmp_path / "p", tmp_path / "l"
    regular.write_text("x", encoding="utf-8")
    os.mkfifo(pipe)
    link.symlink_to(pipe)
    assert [special_file(p) for p in (regular, pipe, link, tmp_path, tmp_path / "none")] == [
        None,
        "a named pipe",
        "a named pipe",
        "a folder",
        None,
    ]
    assert special_file(link, follow=False) is None
