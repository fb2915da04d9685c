"""-2 Plug & Charge crypto against an independent peer: Josev (EcoG-io ``iso15118``, its
EXIficient codec and its security module), both directions, no network.

Opt-in like the other Josev tests: ``EVCC_JOSEV_PYTHON`` names a Python with ``iso15118``
0.31 installed (and Java for its codec). Josev verifies our AuthorizationReq and
CertificateInstallationReq signatures; we accept Josev's signed CertificateInstallationRes
(its eMAID digested in the relaxed EXI form) and decrypt its contract key (its KDF).
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec

from evcc_agent.iso15118 import exi
from evcc_agent.iso15118.pnc import contract_key as ck
from evcc_agent.iso15118.pnc import installation as inst
from evcc_agent.iso15118.pnc import xmldsig as xd
from evcc_agent.sim import pnc_pki
from tests.secc_netns import INTEROP, JOSEV_PYTHON, needs_josev

pytestmark = [
    needs_josev,
    pytest.mark.skipif(shutil.which("java") is None, reason="Josev's EXI codec needs Java"),
]
EMAID = "DEABCC123ABC56"


def _der(cert: x509.Certificate) -> str:
    return base64.b64encode(cert.public_bytes(serialization.Encoding.DER)).decode()


def _josev(tmp_path: Path, *args: str) -> Any:
    assert JOSEV_PYTHON
    run = subprocess.run(
        [JOSEV_PYTHON, str(INTEROP / "josev_pnc.py"), *args],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
    )
    lines = [ln for ln in run.stdout.splitlines() if ln.startswith("RESULT ")]
    assert lines, run.stderr[-2000:]
    return json.loads(lines[-1][len("RESULT ") :])


def _v2g(body: dict[str, Any], signature: dict[str, Any]) -> str:
    msg = {
        "V2G_Message": {
            "Header": {"SessionID": "0102030405060708", "Signature": signature},
            "Body": body,
        }
    }
    return exi.encode("iso2", msg).hex()


def test_josev_verifies_our_signatures(tmp_path: Path) -> None:
    pki = pnc_pki.generate("secp256r1")
    contract = pki.issue_contract(EMAID)
    auth = {"Id": "id1", "GenChallenge": bytes(range(16))}
    auth_sig = xd.sign(
        "iso2", {"id1": ("AuthorizationReq", auth)}, xd.KeySigner(contract.key), xd.DIGEST_SHA256
    )
    req, req_sig = inst.iso2_installation_req(
        pki.oem_prov.cert, xd.KeySigner(pki.oem_prov.key), [pki.v2g_root.cert]
    )
    data = {
        "auth": _v2g({"AuthorizationReq": auth}, auth_sig),
        "cireq": _v2g({"CertificateInstallationReq": req}, req_sig),
        "contract": _der(contract.cert),
        "oem": _der(pki.oem_prov.cert),
        "messages": [
            ["auth", "authorization_req", "contract"],
            ["cireq", "certificate_installation_req", "oem"],
        ],
    }
    (tmp_path / "in.json").write_text(json.dumps(data))
    assert _josev(tmp_path, "verify", "in.json") == {"auth": True, "cireq": True}


def test_we_install_josevs_certificate_installation_res(tmp_path: Path) -> None:
    pki = pnc_pki.generate("secp256r1")
    contract = pki.issue_contract(EMAID)
    data = {
        "oem": _der(pki.oem_prov.cert),
        "cps": _der(pki.cps.cert),
        "cps_sub2": _der(pki.cps_subs[1].cert),
        "cps_sub1": _der(pki.cps_subs[0].cert),
        "contract": _der(contract.cert),
        "mo_sub2": _der(pki.mo_subs[1].cert),
        "mo_sub1": _der(pki.mo_subs[0].cert),
        "emaid": EMAID,
    }
    (tmp_path / "in.json").write_text(json.dumps(data))
    (tmp_path / "cps.key").write_bytes(pnc_pki.key_pkcs8(pki.cps))
    (tmp_path / "contract.key").write_bytes(pnc_pki.key_pkcs8(contract))
    out = _josev(tmp_path, "cps", "in.json", "cps.key", "contract.key")

    # Josev (EXIficient) digests eMAID in the relaxed ElementFragment form
    emaid = {"eMAID": {"Id": "id4", "value": EMAID}}
    assert bytes.fromhex(out["emaid_fragment"]) == exi.encode_relaxed_fragment("iso2", emaid)
    wire = bytes.fromhex(out["exi"])
    msg = exi.decode("iso2", wire)["V2G_Message"]
    assert exi.encode("iso2", {"V2G_Message": msg}) == wire
    oem = pki.oem_prov.key
    assert isinstance(oem, ec.EllipticCurvePrivateKey)
    trust = inst.Trust(
        [pki.v2g_root.cert],
        [pki.mo_root.cert],
        lambda peer: ck.ecdh_shared_secret(oem, peer),
        dt.datetime.now(dt.UTC),
    )
    got = inst.iso2_installation_res(
        msg["Body"]["CertificateInstallationRes"], msg["Header"]["Signature"], trust, EMAID
    )
    assert isinstance(contract.key, ec.EllipticCurvePrivateKey)
    assert isinstance(got.private_key, ec.EllipticCurvePrivateKey)
    assert got.private_key.private_numbers() == contract.key.private_numbers()
