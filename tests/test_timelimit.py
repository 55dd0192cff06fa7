"""A time limit stops work in the main thread, including a regular expression that backtracks."""

from __future__ import annotations

import re
import threading
import time

import pytest

from analysis.timelimit import TimeLimitExceeded, can_limit_time, time_limit


def test_work_past_the_limit_is_stopped_soon_after_it():
    started = time.monotonic()
    with pytest.raises(TimeLimitExceeded, match="took longer than 0.2 s"), time_limit(0.2):
        re.match(r"(a|a)*b", "a" * 40)  # exponential backtracking, inside the C matcher
    assert time.monotonic() - started < 10  # (the backtracking would take hours)


def test_work_within_the_limit_is_untouched_and_the_timer_is_cleared():
    with time_limit(5):
        total = sum(range(1000))
    assert total == 499500
    time.sleep(0.1)  # a timer left running would fire here


@pytest.mark.parametrize("seconds", [None, 0])
def test_no_limit(seconds):
    with time_limit(seconds):
        time.sleep(0.05)


def test_outside_the_main_thread_no_limit_is_set():
    seen = []

    def work():
        seen.append(can_limit_time())
        with time_limit(0.01):
            time.sleep(0.1)
        seen.append("finished")

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    assert seen == [False, "finished"]


def test_a_cpu_time_limit_counts_work_not_waiting():
    with time_limit(0.2, cpu=True):
        time.sleep(0.5)  # waiting uses no CPU time: no limit reached
    with (
        pytest.raises(TimeLimitExceeded, match="took longer than 0.2 s of CPU time"),
        time_limit(0.2, cpu=True),
    ):
        re.match(r"(a|a)*b", "a" * 40)
