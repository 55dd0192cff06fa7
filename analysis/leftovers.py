"""Leftovers of runs that were killed (kill -9): hidden build folders and kernel runtime folders
named with the process id that made them, removed by a later run once that process is gone."""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

# ".NAME.build-PID-XXXX" / ".NAME.old-PID-XXXX" beside a report; "article-figures-PID-XXXX" in /tmp
LEFTOVER = re.compile(r"^(?:\..+\.(?:build|old)|article-figures)-(?P<pid>[0-9]{1,10})-[A-Za-z0-9_]+$")


def pid_alive(pid: int) -> bool:
    """Whether a process with this id exists (one we may not signal counts as alive)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError):
        return True
    return True


def dead_leftovers(folder: Path, marker: str) -> list[Path]:
    """Folders in `folder` named like our leftovers, holding `marker` (or empty: killed between
    making the folder and marking it), whose process has ended."""
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return []
    found = []
    for entry in entries:
        match = LEFTOVER.match(entry.name)
        if not match or not entry.is_dir(follow_symlinks=False) or int(match["pid"]) == os.getpid():
            continue
        if _marked_or_empty(Path(entry.path), marker) and not pid_alive(int(match["pid"])):
            found.append(Path(entry.path))
    return sorted(found)


def _marked_or_empty(path: Path, marker: str) -> bool:
    if (path / marker).is_file():
        return True
    try:
        return next(os.scandir(path), None) is None
    except OSError:
        return False


def remove_dead_leftovers(folder: Path, marker: str) -> list[Path]:
    """Remove the dead leftovers in `folder` (see dead_leftovers); returns what was removed."""
    removed = dead_leftovers(folder, marker)
    for path in removed:
        shutil.rmtree(path, ignore_errors=True)
    return removed
