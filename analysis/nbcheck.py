"""Check that notebooks are stored executed: every code cell ran and holds its outputs.

`python -m analysis.nbcheck [NOTEBOOK ...]` (default: notebooks/*.ipynb) prints one line per
problem and exits 1 when there is any; used by the pre-commit hook and by `make test`."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

import nbformat

from .paths import NOTEBOOKS


def problems(path: Path) -> list[str]:
    """One line per code cell that was never executed or holds an error."""
    try:
        nb = nbformat.read(path, as_version=4)
    except (OSError, ValueError) as exc:
        return [f"{path}: cannot read notebook ({exc})"]
    found = []
    for index, cell in enumerate(nb.cells):
        if cell.cell_type != "code" or not cell.source.strip():
            continue
        if cell.get("execution_count") is None:
            found.append(f"{path}: cell {index} was never executed (run `make figures`)")
        elif any(output.get("output_type") == "error" for output in cell.get("outputs", [])):
            found.append(f"{path}: cell {index} stored an error")
    return found


def main(argv: Sequence[str] | None = None) -> int:
    """Check the named notebooks (or all in notebooks/); exit status 1 when any problem is found."""
    names = list(sys.argv[1:] if argv is None else argv)
    paths = [Path(n) for n in names] or sorted(NOTEBOOKS.glob("*.ipynb"))
    lines = [line for path in paths for line in problems(path)]
    for line in lines:
        print(line, file=sys.stderr)
    return 1 if lines else 0


if __name__ == "__main__":
    raise SystemExit(main())
