"""A time limit on work done in the main thread: past it, the work is stopped by an exception."""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType


class TimeLimitExceeded(BaseException):
    """Work ran past its time limit (a BaseException, like KeyboardInterrupt: it may arrive anywhere,
    so no `except Exception` on the way may swallow it)."""


def can_limit_time() -> bool:
    """True where a time limit can be set here: POSIX timers, called from the main thread."""
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


# the clock a limit counts on: wall-clock time, or the CPU time of this process (which other
# processes competing for the cores do not stretch)
CLOCKS = {False: (signal.ITIMER_REAL, signal.SIGALRM), True: (signal.ITIMER_PROF, signal.SIGPROF)}


@contextmanager
def time_limit(seconds: float | None, cpu: bool = False) -> Iterator[None]:
    """Raise TimeLimitExceeded inside the block once `seconds` have passed (of CPU time if `cpu`;
    no limit for None or 0, or where `can_limit_time()` is false)."""
    if not seconds or not can_limit_time():
        yield
        return

    def expired(signum: int, frame: FrameType | None) -> None:
        raise TimeLimitExceeded(f"took longer than {seconds:g} s{' of CPU time' if cpu else ''}")

    timer, signum = CLOCKS[cpu]
    previous = signal.signal(signum, expired)
    signal.setitimer(timer, seconds)
    try:
        yield
    finally:
        signal.setitimer(timer, 0)
        signal.signal(signum, previous)
