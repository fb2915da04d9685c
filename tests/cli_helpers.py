"""Running ``evcc-agent`` as a command from the tests (``python -m evcc_agent``)."""

from __future__ import annotations

import subprocess
import sys

from evcc_agent.vehicle.config import PROJECT_ROOT


def run_cli(*args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    """``evcc-agent *args`` to its end, output captured as text."""
    return subprocess.run(
        [sys.executable, "-m", "evcc_agent", *args],
        capture_output=True,
        text=True,
        cwd=PROJECT_ROOT,
        timeout=timeout,
    )


def run_demo(*args: str) -> subprocess.CompletedProcess[str]:
    """``evcc-agent demo *args`` (a demo runs longer than the other commands)."""
    return run_cli("demo", *args, timeout=120)
