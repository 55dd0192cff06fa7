"""Process states for tests of workers that must end with their parent."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


def alive(pid: int) -> bool:
    """Whether process `pid` runs (a zombie has ended; only its exit status waits to be collected)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except FileNotFoundError:
        return False
    return state != "Z"


def gone_within(pids: list[int], seconds: float) -> bool:
    """Whether every process in `pids` has ended within `seconds`."""
    deadline = time.monotonic() + seconds
    while any(alive(pid) for pid in pids) and time.monotonic() < deadline:
        time.sleep(0.1)
    return not any(alive(pid) for pid in pids)


@contextmanager
def stalled_driver(
    code: str, args: list[str], workers: int
) -> Iterator[tuple[subprocess.Popen[str], list[int]]]:
    """`python -c code *args` in its own session, SIGINT at its default (a background job inherits it
    ignored), and the pids its `workers` worker processes print once they run; ended on the way out."""
    driver = subprocess.Popen(
        [sys.executable, "-c", code, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),  # noqa: PLW1509
    )
    try:
        assert driver.stdout is not None
        yield driver, [int(driver.stdout.readline()) for _ in range(workers)]
    finally:
        if driver.poll() is None:
            driver.kill()
        driver.communicate()
