"""`python -m analysis ...` runs the command line. SIGTERM and Ctrl-C are handled from the first
line, before the command line's heavy imports (pandas): one line and exit status 143 or 130."""

import signal

from .stopping import EXIT_INTERRUPTED, EXIT_TERMINATED, Terminated, error, raise_terminated

signal.signal(signal.SIGTERM, raise_terminated)
try:
    from .cli import main

    status = main()
except KeyboardInterrupt:
    error("interrupted")
    status = EXIT_INTERRUPTED
except Terminated:
    error("terminated")
    status = EXIT_TERMINATED
raise SystemExit(status)
