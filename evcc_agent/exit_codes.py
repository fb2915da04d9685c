"""One exit-code rule and one error format for every ``evcc-agent`` command.

* 0: done as asked (an orderly stop, a session that ended OK, a demo whose summary is OK);
* 1: it ran and failed (a session FAILED, the demo's summary is NOT OK, a codec error);
* 2: the input is wrong: the command line (argparse's usage errors) or the configuration
  (``check-config`` and ``run`` alike; systemd need not restart a unit for that: retrying
  cannot fix it).

Every error is one line ``evcc-agent COMMAND: error: what happened`` on stderr (argparse's own
format), a configuration error followed by one indented line per key; never a traceback for
a user's mistake.
"""

from __future__ import annotations

import sys

OK = 0
FAILURE = 1
USAGE = 2
CONFIG = 2


class UsageError(Exception):
    """A command-line mistake that argparse cannot see (two options that need each other)."""


def print_error(command: str, message: str) -> None:
    print(f"evcc-agent {command}: error: {message}", file=sys.stderr)
