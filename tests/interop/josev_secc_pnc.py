"""Josev's -2 SECC with Plug & Charge (run under the separate Josev Python by
tests/test_pnc_interop_josev.py): ``josev_secc_v2.py`` (InternetAccess over TLS, the output
voltage following the EV) with AUTH_MODES=PNC,EIM, the certificate installation service on,
and Josev's own test PKI (made by the wheel's ``create_certs.sh``) under ``PKI_PATH``.
Usage: python josev_secc_pnc.py INTERFACE
"""

from __future__ import annotations

import os
import runpy
import sys
from pathlib import Path

if __name__ == "__main__":
    os.environ.setdefault("AUTH_MODES", "PNC,EIM")
    os.environ.setdefault("SECC_ENFORCE_TLS", "True")
    os.environ.setdefault("ALLOW_CERT_INSTALL_SERVICE", "True")
    os.environ.setdefault("PROTOCOLS", "ISO_15118_2")
    os.environ.setdefault("FREE_CHARGING_SERVICE", "False")  # then it sends a SalesTariff
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    runpy.run_path(str(Path(__file__).resolve().parent / "josev_secc_v2.py"), run_name="__main__")
