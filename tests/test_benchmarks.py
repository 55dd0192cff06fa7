"""Every benchmark script answers --help with its usage and runs nothing (a user's first try)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from analysis.paths import PROJECT_ROOT

SCRIPTS = sorted((PROJECT_ROOT / "benchmarks").glob("*.py"))


def test_the_benchmark_scripts_are_found():
    assert {"notebooks_speed.py", "units_speed.py", "extract_speed.py"} <= {p.name for p in SCRIPTS}


@pytest.mark.parametrize("script", SCRIPTS, ids=lambda p: p.name)
def test_help_prints_usage_and_exits_at_once(script):
    result = subprocess.run(
        [sys.executable, str(script), "--help"], capture_output=True, text=True, timeout=60, cwd=PROJECT_ROOT
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("usage:") and script.name in result.stdout


@pytest.mark.parametrize("rounds", ["0", "-2", "three"])
def test_growth_rounds_must_be_a_whole_number_of_at_least_one(rounds):
    """extract_speed.py refuses a --rounds it cannot time (before any work: nothing is timed here)."""
    result = subprocess.run(
        [sys.executable, "benchmarks/extract_speed.py", "--growth", "--rounds", rounds],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=PROJECT_ROOT,
    )
    assert result.returncode == 2 and "argument --rounds" in result.stderr
