"""Stopping on a signal: exit statuses, the SIGTERM handler and the one-line message."""

from __future__ import annotations

import signal

import pytest

from analysis.stopping import EXIT_INTERRUPTED, EXIT_TERMINATED, Terminated, error, raise_terminated


def test_exit_statuses_are_128_plus_the_signal():
    assert (EXIT_INTERRUPTED, EXIT_TERMINATED) == (130, 143)


def test_the_handler_raises_terminated_which_no_except_exception_swallows():
    with pytest.raises(Terminated):
        raise_terminated(signal.SIGTERM, None)
    assert not issubclass(Terminated, Exception)


def test_error_is_one_line_on_stderr(capsys):
    error("interrupted")
    assert capsys.readouterr() == ("", "error: interrupted\n")
