"""The -2 Plug & Charge session against an independent SECC: Josev (EcoG-io ``iso15118``
0.31, EXIficient) in a network namespace, over TLS 1.2, with **Josev's own test PKI** (made
by the wheel's ``create_certs.sh`` with openssl). The bus holds only Josev's OEM
provisioning chain and key; Josev installs its contract (CertificateInstallation: its
signature, its key encryption), checks our PaymentDetails chain and AuthorizationReq
signature, and we charge.

Opt-in like the other Josev tests (``EVCC_JOSEV_PYTHON``; Java, root and iproute2).
"""

from __future__ import annotations

import logging
import shutil
import subprocess
from pathlib import Path

import pytest

pytest.importorskip("pyhanko_certvalidator")

from evcc_agent.clock import ScaledClock
from evcc_agent.iso15118.config import Iso15118Config
from tests.secc_netns import (
    JOSEV_PYTHON,
    JOSEV_V2_SESSION_MARKS,
    josev_in_netns,
    run_evcc_until_loop,
)

pytestmark = [
    *JOSEV_V2_SESSION_MARKS,
    pytest.mark.skipif(shutil.which("openssl") is None, reason="Josev's PKI script needs openssl"),
]


def _josev_pki(tmp_path: Path) -> Path:
    """Josev's -2 test PKI, made by its own script in ``tmp_path/josev-pki``."""
    assert JOSEV_PYTHON
    site = subprocess.run(
        [JOSEV_PYTHON, "-c", "import iso15118, os; print(os.path.dirname(iso15118.__file__))"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    root = tmp_path / "josev-pki"
    shutil.copytree(Path(site) / "shared" / "pki", root)
    subprocess.run(
        ["bash", "create_certs.sh", "-v", "iso-2"], cwd=root, check=True, capture_output=True
    )
    return root


async def test_pnc_session_with_installation_against_josev(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="evcc_agent.iso15118.session.v2g")
    pki = _josev_pki(tmp_path)
    certs, keys = pki / "iso15118_2" / "certs", pki / "iso15118_2" / "private_keys"
    store = tmp_path / "contracts"
    cfg = Iso15118Config(
        protocols=["iso2-dc"],
        auth=["pnc"],
        tls="required",
        tls_roots=[str(certs / "v2gRootCACert.pem")],
        tls_cert=str(certs / "oemCertChain.pem"),
        tls_key=str(keys / "oemLeaf.key"),
        tls_key_password_file=str(keys / "oemLeafPassword.txt"),
        pnc={"contract_store": str(store), "mo_roots": [str(certs / "moRootCACert.pem")]},
        charge_loop_interval_s=0.05,
    )
    async with josev_in_netns(tmp_path, "josev_secc_pnc.py", pki, "jp") as net:
        cfg = cfg.model_copy(update={"interface": net.host_if})
        run = await run_evcc_until_loop(
            cfg, ("CurrentDemandRes",), rounds=3, timeout=120, clock=ScaledClock(0.2)
        )
    log = (tmp_path / "josev.log").read_text()[-4000:]
    assert run.result.ok, (run.result, log)
    seen = run.seen
    for step in ("CertificateInstallationRes", "PaymentDetailsRes", "AuthorizationRes"):
        assert step in seen, (seen, log)
    assert run.result.tls and run.result.tls.startswith("TLSv1.2")
    assert sorted(p.suffix for p in store.iterdir()) == [".key", ".pem"]
    assert not [d for d in run.dtc.active() if d.spec.name.startswith("PNC_")]
    # Josev signs its SalesTariff with the MO sub-CA 2 key of its PKI: verified with the
    # contract chain's sub-CA 2
    tariffs = [r.getMessage() for r in caplog.records if "SalesTariff" in r.getMessage()]
    assert tariffs == ["-2: 1 SalesTariff signature(s) verified"]
