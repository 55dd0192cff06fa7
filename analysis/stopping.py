"""How the command line stops on Ctrl-C or SIGTERM: one line and an exit status of 128 + the signal.
Imports nothing heavy, so that `python -m analysis` has its handler before pandas loads."""

from __future__ import annotations

import signal
import sys
from types import FrameType

EXIT_INTERRUPTED, EXIT_TERMINATED = 128 + signal.SIGINT, 128 + signal.SIGTERM


class Terminated(BaseException):
    """SIGTERM, raised like KeyboardInterrupt so that every `finally` and cleanup runs."""


def raise_terminated(signum: int, frame: FrameType | None) -> None:
    """A SIGTERM handler: raise Terminated."""
    raise Terminated


def error(message: str) -> None:
    """One line on stderr: `error: MESSAGE`."""
    print(f"error: {message}", file=sys.stderr)
