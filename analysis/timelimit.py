"""A time limit on work done in the main thread: past it, the work is stopped by an exception."""

from __future__ import annotations

import signal
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from types import FrameType, TracebackType
from typing import Any, TypeVar

Task = TypeVar("Task")
Result = TypeVar("Result")
# what signal.signal gives back: the handler that was set before
Handler = Callable[[int, FrameType | None], object] | int | None

# seconds one file (or one article of an archive) may take before it is stopped (`extract --timeout`)
DEFAULT_TIMEOUT = 60.0
# ... and, by default, this many more seconds per megabyte (10**6 bytes) of a file: a long article
# takes longer, and longer still on a loaded machine; the limit grows with the size no faster than
# the work, so a hostile input that is slow for its size is still stopped
DEFAULT_TIMEOUT_PER_MB = 60.0
# the longest limit `--timeout` takes (about 11.6 days; a timer of 1e10 s overflows the platform's time_t)
MAX_TIMEOUT = 1e6
# A time limit: seconds for every task, none (None or 0), or each task's own (a function of the task)
Limit = float | Callable[[Any], float | None] | None


def limit_for_size(seconds: float | None, per_mb: float, size: int) -> float | None:
    """The limit of a file of `size` bytes: `seconds` plus `per_mb` for each megabyte (None for no
    limit: `seconds` None or 0)."""
    return seconds + per_mb * size / 1_000_000 if seconds else None


def seconds_for(limit: Limit, task: object) -> float | None:
    """The seconds a task may take under `limit` (None: no limit)."""
    seconds = limit(task) if callable(limit) else limit
    return seconds or None


class TimeLimitExceeded(BaseException):
    """Work ran past its time limit (a BaseException, like KeyboardInterrupt: it may arrive anywhere,
    so no `except Exception` on the way may swallow it)."""


def can_limit_time() -> bool:
    """True where a time limit can be set here: POSIX timers, called from the main thread."""
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


# the clock a limit counts on: wall-clock time, or the CPU time of this process (which other
# processes competing for the cores do not stretch)
CLOCKS = {False: (signal.ITIMER_REAL, signal.SIGALRM), True: (signal.ITIMER_PROF, signal.SIGPROF)}


class TimeLimits:
    """The same time limit for each of many calls in turn (`call`), inside a `with` block: the signal
    handler is set once on entering, only the timer is armed for each call, and on leaving the timer
    is cleared and the previous handler put back. No limit for None or 0 seconds, or where
    `can_limit_time()` is false; a limit that is a function of the task (`Limit`) gives each task
    of `call_or` its own."""

    def __init__(self, seconds: Limit, cpu: bool = False) -> None:
        self.limit = seconds if seconds and can_limit_time() else None
        self.seconds = self.limit if not callable(self.limit) else None
        self.armed: float | None = self.seconds
        self.cpu = cpu
        self.timer, self.signum = CLOCKS[cpu]
        self._previous: Handler = None

    def __enter__(self) -> TimeLimits:
        if self.limit:
            self._previous = signal.signal(self.signum, self._expired)
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, trace: TracebackType | None
    ) -> None:
        if self.limit:
            signal.setitimer(self.timer, 0)
            signal.signal(self.signum, self._previous)

    def _expired(self, signum: int, frame: FrameType | None) -> None:
        raise TimeLimitExceeded(f"took longer than {self.armed:g} s{' of CPU time' if self.cpu else ''}")

    def arm(self, seconds: float | None = None) -> None:
        """Start the clock of one piece of work (inside the `with` block): `seconds`, else the limit's."""
        self.armed = (seconds or self.seconds) if self.limit else None
        if self.armed:
            signal.setitimer(self.timer, self.armed)

    def disarm(self) -> None:
        """Stop the clock: the piece of work is done."""
        if self.limit:
            signal.setitimer(self.timer, 0)

    def call(self, func: Callable[..., Result], *args: object, seconds: float | None = None) -> Result:
        """`func(*args)`, raising TimeLimitExceeded once it runs past the limit (or `seconds`)."""
        self.arm(seconds)
        try:
            return func(*args)
        finally:
            self.disarm()

    def call_or(
        self, func: Callable[[Task], Result], task: Task, late: Callable[[Task, str], Result]
    ) -> Result:
        """`func(task)`, or `late(task, reason)` when it runs past the task's limit."""
        try:
            return self.call(func, task, seconds=seconds_for(self.limit, task))
        except TimeLimitExceeded as exc:
            return late(task, str(exc))


@contextmanager
def time_limit(seconds: float | None, cpu: bool = False) -> Iterator[None]:
    """Raise TimeLimitExceeded inside the block once `seconds` have passed (of CPU time if `cpu`;
    no limit for None or 0, or where `can_limit_time()` is false)."""
    with TimeLimits(seconds, cpu) as limits:
        limits.arm()
        try:
            yield
        finally:
            limits.disarm()
