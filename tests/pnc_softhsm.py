"""A SoftHSM2 token for the PnC tests and benchmark: skips cleanly where the softhsm2 module
library, softhsm2-util or python-pkcs11 is absent. SoftHSM reads its configuration once per
process (at C_Initialize), so there is one token directory per process."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

MODULES = (
    "/usr/lib/softhsm/libsofthsm2.so",
    "/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so",
    "/usr/lib/aarch64-linux-gnu/softhsm/libsofthsm2.so",
)
LABEL = "evcc-pnc-test"
PIN = "1234"
_made: str | None = None


def why_unavailable() -> str | None:
    try:
        import pkcs11  # noqa: F401
    except ImportError:
        return "python-pkcs11 not installed"
    if not any(Path(m).exists() for m in MODULES):
        return "softhsm2 module library not installed"
    if shutil.which("softhsm2-util") is None:
        return "softhsm2-util not installed"
    return None


def make_token() -> str:
    """Initialise the process's test token once; returns the module path."""
    global _made
    module = next(m for m in MODULES if Path(m).exists())
    if _made is None:
        root = Path(tempfile.mkdtemp(prefix="evcc-softhsm-"))
        (root / "tokens").mkdir()
        conf = root / "softhsm2.conf"
        conf.write_text(
            f"directories.tokendir = {root / 'tokens'}\nobjectstore.backend = file\n"
            "log.level = ERROR\n"
        )
        os.environ["SOFTHSM2_CONF"] = str(conf)
        init = ["softhsm2-util", "--init-token", "--free", "--label", LABEL, "--pin", PIN]
        subprocess.run(
            [*init, "--so-pin", "56781234"],
            check=True,
            capture_output=True,
        )
        _made = module
    return module
