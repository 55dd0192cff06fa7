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


@contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Raise TimeLimitExceeded inside the block once `seconds` have passed (no limit for None or 0,
    or where `can_limit_time()` is false)."""
    if not seconds or not can_limit_time():
        yield
        return

    def expired(signum: int, frame: FrameType | None) -> None:
        raise TimeLimitExceeded(f"took longer than {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
