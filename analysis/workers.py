"""Worker processes for a batch: results in task order, a time limit per task that the parent
enforces (and, if asked, the worker too), and workers that end with their parent (interrupted,
killed or finished)."""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import Generic, TypeVar

from .timelimit import Limit, TimeLimits, seconds_for

Task = TypeVar("Task")
Result = TypeVar("Result")

# how often an idle or busy worker checks that its parent is still alive (seconds)
PARENT_CHECK_SECONDS = 0.5
# extra time a task gets beyond its limit before the parent kills its worker (the worker is
# expected to stop the task itself at the limit; this covers work that cannot be interrupted)
KILL_GRACE_SECONDS = 5.0
INFINITY = float("inf")


def _end_with_parent(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(PARENT_CHECK_SECONDS)
    os._exit(1)


def _serve(
    conn: Connection,
    func: Callable[[Task], Result],
    parent: int,
    limit: Limit,
    lost: Callable[[Task, str], Result],
    cpu: bool = False,
) -> None:
    """A worker's loop: run each task received (stopped at `limit` seconds, of CPU time if `cpu`, if
    given: the signal handler set once for the worker's life), send its result back; end when the
    parent ends."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the whole group; the parent decides
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # not the command's handler a fork inherits
    threading.Thread(target=_end_with_parent, args=(parent,), daemon=True).start()
    with TimeLimits(limit, cpu) as limits:
        _answer_tasks(conn, func, limits, lost)


def _answer_tasks(
    conn: Connection, func: Callable[[Task], Result], limits: TimeLimits, lost: Callable[[Task, str], Result]
) -> None:
    while True:
        try:
            item = conn.recv()
        except EOFError:  # the parent's end of the pipe is gone: so is the parent
            os._exit(1)
        if item is None:
            return
        index, task = item
        try:
            answer: Result | _Raised = limits.call_or(func, task, lost)
        except Exception as exc:  # a bug, not a bad file: raised again in the parent
            answer = _Raised(exc)
        try:
            conn.send((index, answer))
        except OSError:
            os._exit(1)


class _Raised:
    """An exception a task raised in a worker, carried to the parent to be raised there."""

    def __init__(self, exc: Exception) -> None:
        self.exc = exc


class _Worker(Generic[Task, Result]):
    """One worker process, its pipe, and the task it is running (with its deadline)."""

    def __init__(
        self, func: Callable[[Task], Result], limit: Limit, lost: Callable[[Task, str], Result], cpu: bool
    ) -> None:
        self.conn, child = multiprocessing.Pipe()
        self.process = multiprocessing.Process(
            target=_serve, args=(child, func, os.getpid(), limit, lost, cpu), daemon=True
        )
        self.cpu = cpu
        self.cpu_at_start = 0.0
        self.process.start()
        child.close()
        self.index = -1
        self.deadline = INFINITY
        self.seconds: float | None = None

    def start(self, index: int, tasks: Sequence[Task], limit: Limit) -> None:
        """Send task `index`; it is due back within its `limit` seconds (plus the grace)."""
        self.index = index
        self.seconds = seconds_for(limit, tasks[index])
        self.deadline = time.monotonic() + self.seconds + KILL_GRACE_SECONDS if self.seconds else INFINITY
        self.cpu_at_start = self.cpu_seconds() or 0.0
        self.conn.send((index, tasks[index]))

    def cpu_seconds(self) -> float | None:
        """The CPU time the worker process has used (None where it cannot be read, or not `cpu`)."""
        return process_cpu_seconds(self.process.pid) if self.cpu and self.process.pid else None

    def overdue(self, now: float) -> bool:
        """Whether the task is past its deadline; on CPU time, a deadline reached with less CPU time
        used than the limit and the grace is moved on by what is left (waiting for a core is no work)."""
        if self.deadline > now:
            return False
        used = self.cpu_seconds()
        if used is None or self.seconds is None:
            return True
        left = self.seconds + KILL_GRACE_SECONDS - (used - self.cpu_at_start)
        if left <= 0:
            return True
        self.deadline = now + left
        return False

    def stop(self) -> None:
        """Kill the process (if still alive) and close the pipe."""
        if self.process.is_alive():
            self.process.kill()
        self.process.join()
        self.conn.close()


def run_in_workers(
    func: Callable[[Task], Result],
    tasks: Sequence[Task],
    workers: int,
    limit: Limit,
    lost: Callable[[Task, str], Result],
    stop_in_worker: bool = False,
    cpu: bool = False,
) -> Iterator[Result]:
    """`func(task)` for each task in `workers` processes, yielded in task order. A task whose worker
    passes `limit` seconds (plus a grace; a function of the task gives each its own) or dies gives `lost(task, reason)`; a new worker takes over.
    With `stop_in_worker`, the worker itself stops a task at `limit` and answers `lost(task, reason)`
    (for tasks that set no time limit of their own inside). With `cpu`, the limit counts the worker's
    CPU time, not wall time (where the parent can read it: else the parent's grace is wall time).
    Leaving early (an exception, Ctrl-C) kills every worker."""
    queue = deque(range(len(tasks)))
    done: dict[int, Result | _Raised] = {}
    started: list[_Worker[Task, Result]] = []

    def fresh() -> _Worker[Task, Result]:
        started.append(_Worker(func, limit if stop_in_worker else None, lost, cpu))
        return started[-1]

    idle = [fresh() for _ in range(max(1, min(workers, len(tasks))))]
    busy: dict[Connection, _Worker[Task, Result]] = {}
    try:
        for next_index in range(len(tasks)):
            while next_index not in done:
                while idle and queue:
                    worker = idle.pop()
                    worker.start(queue.popleft(), tasks, limit)
                    busy[worker.conn] = worker
                soonest = min(w.deadline for w in busy.values())
                for conn in wait(
                    list(busy), None if soonest == INFINITY else max(0.0, soonest - time.monotonic())
                ):
                    worker = busy.pop(conn)
                    try:
                        index, result = conn.recv()
                    except (EOFError, OSError):
                        worker.stop()
                        done[worker.index] = lost(tasks[worker.index], _death(worker))
                        worker = fresh()
                    else:
                        done[index] = result
                    idle.append(worker)
                now = time.monotonic()
                for conn, worker in list(busy.items()):
                    if worker.overdue(now):
                        del busy[conn]
                        worker.stop()
                        done[worker.index] = lost(
                            tasks[worker.index], f"took longer than {worker.seconds:g} s{CPU_SAID[cpu]}"
                        )
                        idle.append(fresh())
            result = done.pop(next_index)
            if isinstance(result, _Raised):
                raise result.exc
            yield result
    finally:
        for worker in started:
            worker.stop()


# how a limit's clock is named in a message (as TimeLimits says it)
CPU_SAID = {False: "", True: " of CPU time"}


def process_cpu_seconds(pid: int) -> float | None:
    """The user and system CPU time of process `pid` in seconds, from Linux's /proc (None elsewhere,
    or once it is gone)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text(encoding="ascii").rsplit(")", 1)[1].split()
    except (OSError, IndexError, ValueError):
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _death(worker: _Worker[Task, Result]) -> str:
    code = worker.process.exitcode
    if code is not None and code < 0:
        return f"its worker process was ended by signal {signal.Signals(-code).name}"
    return f"its worker process ended unexpectedly (exit status {code})"
