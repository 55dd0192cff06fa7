from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from analysis import currencies, gazetteer, measures, vocab_cache


class Builder:
    """A table builder that counts its calls."""

    def __init__(self) -> None:
        self.calls = 0

    def __call__(self) -> dict[str, list[str]]:
        self.calls += 1
        return {"Sh": ["KES", "UGX"]}


def load(raw: object) -> dict[str, tuple[str, ...]]:
    return {str(k): tuple(v) for k, v in dict(raw).items()}  # type: ignore[call-overload]


@pytest.fixture
def folder(tmp_path, monkeypatch) -> Path:
    monkeypatch.setenv(vocab_cache.CACHE_ENV, str(tmp_path / "cache"))
    return tmp_path / "cache"


@pytest.fixture
def source(tmp_path) -> Path:
    path = tmp_path / "builder.py"
    path.write_text("TABLE = 1\n", encoding="utf-8")
    return path


def test_built_once_then_read(folder, source):
    build = Builder()
    first = vocab_cache.cached("signs", source, build, load)
    second = vocab_cache.cached("signs", source, build, load)
    assert first == second == {"Sh": ("KES", "UGX")}
    assert build.calls == 1
    assert json.loads((folder / "signs.json").read_text(encoding="utf-8"))["table"] == {"Sh": ["KES", "UGX"]}


@pytest.mark.parametrize(
    "content",
    [b"\x00\xff garbage", b'{"key": ', b"[1, 2]", b'{"table": {}}', b"null"],
    ids=["bytes", "truncated", "a list", "no key", "null"],
)
def test_corrupt_file_is_rebuilt_silently(folder, source, content):
    build = Builder()
    vocab_cache.cached("signs", source, build, load)
    (folder / "signs.json").write_bytes(content)
    assert vocab_cache.cached("signs", source, build, load) == {"Sh": ("KES", "UGX")}
    assert build.calls == 2
    assert vocab_cache.cached("signs", source, build, load) == {"Sh": ("KES", "UGX")}
    assert build.calls == 2  # the rebuilt file is read again


def test_table_of_the_wrong_shape_is_rebuilt(folder, source):
    build = Builder()
    vocab_cache.cached("signs", source, build, load)
    stored = json.loads((folder / "signs.json").read_text(encoding="utf-8"))
    stored["table"] = [1, 2, 3]  # right key, but not what load reads
    (folder / "signs.json").write_text(json.dumps(stored), encoding="utf-8")
    assert vocab_cache.cached("signs", source, build, load) == {"Sh": ("KES", "UGX")}
    assert build.calls == 2


def test_new_library_version_rebuilds(folder, source, monkeypatch):
    build = Builder()
    vocab_cache.cached("signs", source, build, load)
    real = vocab_cache._version
    monkeypatch.setattr(vocab_cache, "_version", lambda name: "99.0" if name == "babel" else real(name))
    vocab_cache.cached("signs", source, build, load)
    assert build.calls == 2


def test_changed_builder_code_rebuilds(folder, source):
    build = Builder()
    vocab_cache.cached("signs", source, build, load)
    source.write_text("TABLE = 2\n", encoding="utf-8")
    vocab_cache.cached("signs", source, build, load)
    assert build.calls == 2


def test_changed_helper_code_rebuilds(folder, source, tmp_path):
    helper = tmp_path / "letters.py"
    helper.write_text("FOLD = 1\n", encoding="utf-8")
    build = Builder()
    vocab_cache.cached("signs", source, build, load, helpers=(helper,))
    vocab_cache.cached("signs", source, build, load, helpers=(helper,))
    helper.write_text("FOLD = 2\n", encoding="utf-8")
    vocab_cache.cached("signs", source, build, load, helpers=(helper,))
    assert build.calls == 2


def test_unwritable_folder_only_costs_the_build(tmp_path, source, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv(vocab_cache.CACHE_ENV, str(blocker / "cache"))
    build = Builder()
    assert vocab_cache.cached("signs", source, build, load) == {"Sh": ("KES", "UGX")}
    assert blocker.read_text(encoding="utf-8") == "not a folder"


def test_empty_setting_turns_the_cache_off(tmp_path, source, monkeypatch):
    monkeypatch.setenv(vocab_cache.CACHE_ENV, "")
    monkeypatch.chdir(tmp_path)
    build = Builder()
    vocab_cache.cached("signs", source, build, load)
    vocab_cache.cached("signs", source, build, load)
    assert build.calls == 2
    assert vocab_cache.cache_dir() is None
    assert sorted(p.name for p in tmp_path.iterdir()) == ["builder.py"]


def test_no_temporary_file_is_left(folder, source):
    vocab_cache.cached("signs", source, Builder(), load)
    assert [p.name for p in folder.iterdir()] == ["signs.json"]


def test_default_folder_is_the_users_cache_folder(monkeypatch):
    monkeypatch.delenv(vocab_cache.CACHE_ENV, raising=False)
    from platformdirs import user_cache_dir

    assert vocab_cache.cache_dir() == Path(user_cache_dir("article-figures", appauthor=False))


def _roundtrip(table: object) -> object:
    return json.loads(json.dumps(table, ensure_ascii=False))


def test_currency_tables_read_back_as_built():
    built = currencies._build_tables()
    assert currencies._load_tables(_roundtrip(built)) == currencies._load_tables(built)
    assert currencies._load_tables(built).signs["KSh"] == ("KES",)


def test_unit_table_reads_back_as_built():
    built = measures._build_forms()
    assert measures._load_forms(_roundtrip(built)) == built
    assert built["km/h"].measure == "kilometer / hour"


def test_quantity_table_reads_back_as_built():
    built = measures._build_quantities()
    assert measures._load_quantities(_roundtrip(built)) == built
    assert built["kilometer / hour"] == "speed"
    assert "meter" not in built  # a length names no one kind of quantity


FIRST_CALL = """
import sys
from analysis.article import article_from_text
from analysis.extract import extract_figures
frame = extract_figures(article_from_text("KSh4.2 billion and 12 km in Nairobi.", "x"))
print(list(frame["unit"]), "pint" in sys.modules)
"""


def test_warm_cache_needs_no_pint(tmp_path):
    """The first extraction in a process builds the tables once; later processes read them."""
    env = {"PATH": "/usr/bin:/bin", vocab_cache.CACHE_ENV: str(tmp_path)}
    runs = [
        subprocess.run(
            [sys.executable, "-c", FIRST_CALL], env=env, capture_output=True, text=True, check=True
        ).stdout.strip()
        for _ in range(2)
    ]
    assert runs == ["['KES', 'other'] True", "['KES', 'other'] False"]


def test_source_changed_since_import_leaves_the_cache_alone(folder, source):
    """A process running code imported before its file was edited neither reads nor writes."""
    build = Builder()
    imported = vocab_cache.source_stamp(source)
    vocab_cache.cached("signs", source, build, load, imported)
    assert build.calls == 1 and (folder / "signs.json").exists()
    source.write_text("TABLE = 22\n", encoding="utf-8")  # edited while the process runs
    (folder / "signs.json").unlink()
    assert vocab_cache.cached("signs", source, build, load, imported) == {"Sh": ("KES", "UGX")}
    assert build.calls == 2
    assert not (folder / "signs.json").exists()  # nothing written under the new file's key
    assert vocab_cache.cached("signs", source, build, load, vocab_cache.source_stamp(source))
    assert (folder / "signs.json").exists()  # a process that imported the new file writes it


def test_stamp_of_a_missing_file_is_none(tmp_path):
    assert vocab_cache.source_stamp(tmp_path / "gone.py") is None


def test_the_building_modules_stamp_their_file_at_import():
    for module in (currencies, measures):
        assert module._IMPORTED == vocab_cache.source_stamp(module.__file__)


def test_gazetteer_reads_back_as_built():
    built = gazetteer._build()
    assert gazetteer._load(_roundtrip(built)) == built
    assert built["Sialkot"] == "PK" and built["Yigo"] == "GU" and built["Yakima County"] == "US"
    assert "Hyderabad" not in built  # India's and Pakistan's: neither dwarfs the other
