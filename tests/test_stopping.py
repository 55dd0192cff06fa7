"""Stopping on a signal or a fault of the program: exit statuses, the SIGTERM handler and the one-line
messages."""

from __future__ import annotations

import signal

import pytest

from analysis.stopping import (
    DEBUG_VARIABLE,
    EXIT_INTERRUPTED,
    EXIT_TERMINATED,
    Terminated,
    debugging,
    error,
    internal_error,
    raise_terminated,
)


def test_exit_statuses_are_128_plus_the_signal():
    assert (EXIT_INTERRUPTED, EXIT_TERMINATED) == (130, 143)


def test_the_handler_raises_terminated_which_no_except_exception_swallows():
    with pytest.raises(Terminated):
        raise_terminated(signal.SIGTERM, None)
    assert not issubclass(Terminated, Exception)


def test_error_is_one_line_on_stderr(capsys):
    error("interrupted")
    assert capsys.readouterr() == ("", "error: interrupted\n")


def test_a_fault_of_the_program_is_one_line_naming_it_a_bug_and_how_to_see_where():
    line = internal_error(IndexError("list index out of range"))
    assert "\n" not in line
    assert line.startswith("internal error (IndexError: list index out of range); this is a bug")
    assert DEBUG_VARIABLE in line


@pytest.mark.parametrize(("value", "wanted"), [(None, False), ("", False), ("0", False), ("1", True)])
def test_the_traceback_is_shown_only_when_asked_for(monkeypatch, value, wanted):
    if value is None:
        monkeypatch.delenv(DEBUG_VARIABLE, raising=False)
    else:
        monkeypatch.setenv(DEBUG_VARIABLE, value)
    assert debugging() is wanted
