"""How the command line stops on Ctrl-C or SIGTERM (one line and an exit status of 128 + the
signal) and on a fault of the program itself (one line naming it as a bug). Imports nothing heavy, so that `python -m analysis` has its handler before pandas loads."""

from __future__ import annotations

import os
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


DEBUG_VARIABLE = "ARTICLE_FIGURES_TRACEBACK"  # set to 1: a fault of the program shows its traceback


def debugging() -> bool:
    """Whether the user asked for the traceback of a fault of the program (DEBUG_VARIABLE=1)."""
    return os.environ.get(DEBUG_VARIABLE, "") not in ("", "0")


def internal_error(exc: Exception) -> str:
    """The one-line message for a fault of the program itself (a bug, not bad input)."""
    detail = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
    return (
        f"internal error ({detail}); this is a bug in article-figures: please report it with the "
        f"input, and set {DEBUG_VARIABLE}=1 to see where it happened"
    )
