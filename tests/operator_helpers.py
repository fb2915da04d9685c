"""Running ``evcc-agent`` the way an operator does: the installed entry point, real files."""

from __future__ import annotations

import contextlib
import os
import queue
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from evcc_agent.vehicle.config import PROJECT_ROOT

#: the console script pip installed next to this interpreter
EVCC = Path(sys.executable).with_name("evcc-agent")
VIN = "WVWZZZ1JZXW000001"
#: what a user's mistake must never show
NOT_FOR_USERS = ("Traceback", "errors.pydantic.dev", "Value error, ", "[type=")


def cli(
    *args: str, env: dict[str, str] | None = None, timeout: float = 120, **kw: Any
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(EVCC), *args],
        capture_output=True,
        text=True,
        cwd=PROJECT_ROOT,
        timeout=timeout,
        env={**os.environ, **(env or {})},
        **kw,
    )


def assert_for_users(res: subprocess.CompletedProcess[str]) -> None:
    for bad in NOT_FOR_USERS:
        assert bad not in res.stderr and bad not in res.stdout, res.stderr


def _read_lines(proc: subprocess.Popen[str], want: int, timeout: float) -> list[str]:
    """The first ``want`` lines of ``proc``'s stdout, waiting at most ``timeout`` seconds."""
    assert proc.stdout is not None
    stdout = proc.stdout
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(
        target=lambda: [lines.put(line) for line in iter(stdout.readline, "")], daemon=True
    ).start()
    deadline = time.monotonic() + timeout
    out: list[str] = []
    while len(out) < want:
        try:
            out.append(lines.get(timeout=max(0.0, deadline - time.monotonic())).strip())
        except queue.Empty:
            raise TimeoutError(f"backend printed {out}") from None
    return out


@contextlib.contextmanager
def backend_process(directory: Path, password: str = "") -> Iterator[tuple[str, Path]]:
    """``python -m evcc_agent.sim.backend`` on an ephemeral port: (its URL with path, root CA)."""
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "evcc_agent.sim.backend",
            "--port",
            "0",
            "--pki-dir",
            str(directory),
            "--vin",
            VIN,
            "--password",
            password,
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        url_line, ca_line = _read_lines(proc, 2, 30)
        yield url_line.removeprefix("url: "), Path(ca_line.removeprefix("root CA: "))
    finally:
        proc.kill()
        proc.wait()


def write_config(path: Path, text: str) -> Path:
    path.write_text('[vehicle]\ninterface = "virtual"\nchannel = "ops-test"\n' + text)
    return path


def full_config(tmp: Path, pki: Any, backend_ca: Path, **over: str) -> str:
    """A configuration naming every file ``run`` loads (``over``: replace a file key)."""
    pw = tmp / "v2icp-password"
    pw.write_text("Secret_pw-261\n")
    pw.chmod(0o600)
    files = {
        "root_ca": str(backend_ca),
        "password_file": str(pw),
        "tls_roots": str(pki.v2g_root),
        "tls_cert": str(pki.oem_chain),
        "tls_key": str(pki.oem_key),
        **over,
    }
    v2 = f'url = "https://127.0.0.1:1/vdv261/v2icp/messages"\nvin = "{VIN}"\n'
    for key in ("root_ca", "password_file"):
        if files[key]:
            v2 += f'{key} = "{files[key]}"\n'
    iso = f'secc_address = "127.0.0.1:1"\ntls_roots = ["{files["tls_roots"]}"]\n'
    for key in ("tls_cert", "tls_key"):
        if files[key]:
            iso += f'{key} = "{files[key]}"\n'
    return f"[v2icp]\n{v2}[iso15118]\n{iso}"
