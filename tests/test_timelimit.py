"""A time limit stops work in the main thread, including a regular expression that backtracks."""

from __future__ import annotations

import re
import signal
import threading
import time

import pytest

from analysis.timelimit import TimeLimitExceeded, TimeLimits, can_limit_time, time_limit


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


def _backtrack() -> None:
    re.match(r"(a|a)*b", "a" * 40)  # exponential backtracking: hours without a limit


def test_limits_for_many_calls_stop_a_slow_one_and_run_the_next():
    before = signal.getsignal(signal.SIGALRM)
    with TimeLimits(0.2) as limits:
        assert signal.getsignal(signal.SIGALRM) is not before  # set once, for every call
        assert limits.call(sum, range(1000)) == 499500
        with pytest.raises(TimeLimitExceeded, match="took longer than 0.2 s"):
            limits.call(_backtrack)
        assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)  # not armed between calls
        assert limits.call(sum, range(10)) == 45
    assert signal.getsignal(signal.SIGALRM) is before
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


def test_limits_are_undone_when_the_block_is_left_by_an_exception():
    before = signal.getsignal(signal.SIGPROF)
    with pytest.raises(ValueError, match="bad"), TimeLimits(5, cpu=True) as limits:
        limits.arm()
        raise ValueError("bad")
    assert signal.getsignal(signal.SIGPROF) is before
    assert signal.getitimer(signal.ITIMER_PROF) == (0.0, 0.0)


@pytest.mark.parametrize("seconds", [None, 0])
def test_limits_of_none_set_nothing(seconds):
    before = signal.getsignal(signal.SIGALRM)
    with TimeLimits(seconds) as limits:
        assert signal.getsignal(signal.SIGALRM) is before
        assert limits.call(sum, [1, 2]) == 3


def test_call_or_answers_late_work_with_the_reason():
    with TimeLimits(0.2) as limits:
        assert limits.call_or(len, "abc", lambda task, why: why) == 3
        assert limits.call_or(lambda _: _backtrack(), "x", lambda task, why: f"{task}: {why}") == (
            "x: took longer than 0.2 s"
        )
