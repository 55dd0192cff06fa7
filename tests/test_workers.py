"""Worker processes: results in task order, a time limit per task, lost workers replaced."""

from __future__ import annotations

import os
import signal
import time

import pytest

from analysis import workers
from analysis.workers import run_in_workers


def square(n: int) -> int:
    if n < 0:
        time.sleep(-n)
    return n * n


def dies_on_seven(n: int) -> int:
    if n == 7:
        os._exit(3)
    return n


def ignores_the_alarm(n: int) -> int:
    signal.signal(signal.SIGALRM, signal.SIG_IGN)
    time.sleep(60 if n == 1 else 0)
    return n


def lost(task: int, reason: str) -> str:
    return f"{task}: {reason}"


def test_results_come_in_task_order():
    tasks = [3, -0.3, 1, 2, -0.1, 5]
    assert list(run_in_workers(square, tasks, 2, None, lost)) == [n * n for n in tasks]


def test_a_task_past_its_limit_is_lost_and_the_rest_go_on(monkeypatch):
    monkeypatch.setattr(workers, "KILL_GRACE_SECONDS", 0.2)
    started = time.monotonic()
    out = list(run_in_workers(square, [1, -60, 2, 3], 2, 0.5, lost))
    assert out == [1, "-60: took longer than 0.5 s", 4, 9]
    assert time.monotonic() - started < 30  # a generous margin below the task's 60 s


def test_a_worker_that_cannot_be_interrupted_is_killed_at_the_limit(monkeypatch):
    monkeypatch.setattr(workers, "KILL_GRACE_SECONDS", 0.2)
    started = time.monotonic()
    assert list(run_in_workers(ignores_the_alarm, [0, 1, 2], 2, 0.5, lost)) == [
        0,
        "1: took longer than 0.5 s",
        2,
    ]
    assert time.monotonic() - started < 30  # a generous margin below the task's 60 s


def test_a_worker_that_dies_is_reported_and_replaced():
    out = list(run_in_workers(dies_on_seven, [1, 7, 2, 7, 3], 2, None, lost))
    assert out[::2] == [1, 2, 3]
    assert out[1] == out[3] == "7: its worker process ended unexpectedly (exit status 3)"


def test_leaving_early_ends_every_worker():
    results = run_in_workers(square, [1, -30, -30], 2, None, lost)
    assert next(results) == 1
    children = workers.multiprocessing.active_children()
    assert children
    results.close()
    assert not any(child.is_alive() for child in children)


@pytest.mark.parametrize("count", [1, 3])
def test_fewer_tasks_than_workers(count):
    assert list(run_in_workers(square, list(range(count)), 4, 1.0, lost)) == [n * n for n in range(count)]


def fails_on_two(n: int) -> int:
    if n == 2:
        raise ValueError("two is a bug")
    return n


def test_an_exception_in_a_task_is_raised_in_the_parent_and_workers_end():
    results = run_in_workers(fails_on_two, [1, 2, 3], 2, None, lost)
    assert next(results) == 1
    children = workers.multiprocessing.active_children()
    with pytest.raises(ValueError, match="two is a bug"):
        next(results)
    assert not any(child.is_alive() for child in children)


def pid_or_sleep(n: int) -> int:
    if n < 0:
        time.sleep(-n)
    return os.getpid()


def test_a_task_can_be_stopped_inside_its_worker_which_goes_on():
    started = time.monotonic()
    out = list(run_in_workers(pid_or_sleep, [1, -60, 2], 1, 0.3, lost, stop_in_worker=True))
    assert time.monotonic() - started < 4  # stopped at its limit, before the parent's kill (5 s grace)
    assert out[1] == "-60: took longer than 0.3 s"
    assert out[0] == out[2] != os.getpid()  # the same worker ran the task after the stopped one


# fixwalk38-c: on CPU time, a task that waits past its limit (a loaded machine) is not lost, and one
# that works past it, deaf to the profiling timer, is killed by the parent once its CPU time passes.
def ignores_the_profiler(n: int) -> int:
    signal.signal(signal.SIGPROF, signal.SIG_IGN)
    end = time.process_time() + (60 if n == 1 else 0)
    while time.process_time() < end:
        pass
    return n


def test_on_cpu_time_a_task_that_waits_is_not_lost(monkeypatch):
    monkeypatch.setattr(workers, "KILL_GRACE_SECONDS", 0.2)
    assert list(run_in_workers(square, [-2, 3], 1, 0.5, lost, stop_in_worker=True, cpu=True)) == [4, 9]


def test_on_cpu_time_a_worker_deaf_to_the_timer_is_killed_once_it_worked_past_the_limit(monkeypatch):
    monkeypatch.setattr(workers, "KILL_GRACE_SECONDS", 0.2)
    assert list(run_in_workers(ignores_the_profiler, [0, 1, 2], 2, 0.5, lost, cpu=True)) == [
        0,
        "1: took longer than 0.5 s of CPU time",
        2,
    ]
