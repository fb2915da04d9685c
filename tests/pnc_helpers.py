"""Shared by the Plug & Charge session tests and the benchmark: a bus that holds only its
OEM provisioning certificate (files in a directory), and the simulator's PnC knobs."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import serialization

from evcc_agent.sim import pnc_pki
from evcc_agent.sim.secc import ISO2_NAMESPACE, SeccSimConfig
from evcc_agent.sim.secc.config import SimPnc

EMAID = "DEABCC123ABC56"
PCID = "WMIV1234567890ABCE"


def _pem(*certs: Any) -> bytes:
    return b"".join(c.public_bytes(serialization.Encoding.PEM) for c in certs)


def bus_config(directory: Path, pki: pnc_pki.PncPki, **pnc: Any) -> dict[str, Any]:
    """``Iso15118Config`` keys of a bus with its OEM provisioning chain and key as files,
    an empty contract store and the PKI's roots; ``auth`` PnC first, then EIM."""
    directory.mkdir(parents=True, exist_ok=True)
    roots = pki.write_roots(directory)
    chain = directory / "oem-chain.pem"
    chain.write_bytes(_pem(pki.oem_prov.cert, pki.oem_subs[1].cert, pki.oem_subs[0].cert))
    key = directory / "oem-key.pem"
    key.write_bytes(pnc_pki.key_pkcs8(pki.oem_prov))
    key.chmod(0o600)
    return {
        "protocols": ["iso2-dc", "iso2-ac"],
        "auth": ["pnc", "eim"],
        "tls_cert": str(chain),
        "tls_key": str(key),
        "tls_roots": [str(roots["v2g_root"])],
        "pnc": {
            "contract_store": str(directory / "contracts"),
            "mo_roots": [str(roots["mo_root"])],
            **pnc,
        },
    }


def pnc_sim(pki: pnc_pki.PncPki, **kw: Any) -> SeccSimConfig:
    """A -2 simulator that offers PnC (``kw``: ``SimPnc`` fields)."""
    return SeccSimConfig(protocols=[ISO2_NAMESPACE], pnc=SimPnc(pki, EMAID, **kw))
