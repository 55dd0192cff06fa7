"""Wall time and peak memory of executing each story notebook, against the floor: a notebook that
only imports pandas and matplotlib, executed by the same machinery (analysis.build).

Run: `.venv/bin/python benchmarks/notebooks_speed.py`. The notebooks rewrite figures/ with identical bytes."""

from __future__ import annotations

import argparse
import resource
import tempfile
import time
from pathlib import Path

import nbformat

from analysis.build import execute_notebook, story_notebooks

FLOOR_SOURCE = "import matplotlib.pyplot as plt\nimport pandas as pd\n\npd.__version__"


def timed(path: Path, out: Path) -> float:
    start = time.perf_counter()
    execute_notebook(path, out=out)
    return time.perf_counter() - start


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        floor = folder / "00-floor.ipynb"
        nbformat.write(nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(FLOOR_SOURCE)]), floor)
        timed(floor, folder / "warm.ipynb")  # warm caches once
        floor_seconds = min(timed(floor, folder / "floor.ipynb") for _ in range(3))
        floor_rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        print(
            f"floor (import pandas, matplotlib): {floor_seconds:.2f} s, kernel peak RSS {floor_rss:.0f} MiB"
        )
        for path in story_notebooks():
            seconds = min(timed(path, folder / path.name) for _ in range(3))
            rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
            print(
                f"{path.name}: {seconds:.2f} s = {seconds / floor_seconds:.2f} x floor; "
                f"largest kernel so far {rss:.0f} MiB"
            )


if __name__ == "__main__":
    argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    ).parse_args()
    main()
