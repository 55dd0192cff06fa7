"""A time limit on work done in the main thread: past it, the work is stopped by an exception."""

from __future__ import annotations

import signal
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from types import FrameType, TracebackType
from typing import TypeVar

Task = TypeVar("Task")
Result = TypeVar("Result")
# what signal.signal gives back: the handler that was set before
Handler = Callable[[int, FrameType | None], object] | int | None

# seconds one file (or one article of an archive) may take before it is stopped (`extract --timeout`)
DEFAULT_TIMEOUT = 60.0


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
    `can_limit_time()` is false."""

    def __init__(self, seconds: float | None, cpu: bool = False) -> None:
        self.seconds = seconds if seconds and can_limit_time() else None
        self.cpu = cpu
        self.timer, self.signum = CLOCKS[cpu]
        self._previous: Handler = None

    def __enter__(self) -> TimeLimits:
        if self.seconds:
            self._previous = signal.signal(self.signum, self._expired)
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, trace: TracebackType | None
    ) -> None:
        if self.seconds:
            signal.setitimer(self.timer, 0)
            signal.signal(self.signum, self._previous)

    def _expired(self, signum: int, frame: FrameType | None) -> None:
        raise TimeLimitExceeded(f"took longer than {self.seconds:g} s{' of CPU time' if self.cpu else ''}")

    def arm(self) -> None:
        """Start the clock of one piece of work (inside the `with` block)."""
        if self.seconds:
            signal.setitimer(self.timer, self.seconds)

    def disarm(self) -> None:
        """Stop the clock: the piece of work is done."""
        if self.seconds:
            signal.setitimer(self.timer, 0)

    def call(self, func: Callable[..., Result], *args: object) -> Result:
        """`func(*args)`, raising TimeLimitExceeded once it runs past the limit."""
        self.arm()
        try:
            return func(*args)
        finally:
            self.disarm()

    def call_or(
        self, func: Callable[[Task], Result], task: Task, late: Callable[[Task, str], Result]
    ) -> Result:
        """`func(task)`, or `late(task, reason)` when it runs past the limit."""
        try:
            return self.call(func, task)
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
