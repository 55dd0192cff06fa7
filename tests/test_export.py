from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from analysis.export import atomic_write, table_csv, table_json, table_markdown, write_table
from analysis.formats import format_value


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


def test_json_is_native():
    frame = pd.DataFrame({"value": [77000000, "2021-08"], "approx": [True, False]})
    assert json.loads(table_json(frame)) == [
        {"value": 77000000, "approx": True},
        {"value": "2021-08", "approx": False},
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
