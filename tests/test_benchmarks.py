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
