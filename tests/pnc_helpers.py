"""Shared by the Plug & Charge session tests and the benchmark: a bus that holds only its
OEM provisioning certificate (files in a directory), and the simulator's PnC knobs."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest
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


def softhsm_bus(directory: Path, pki: pnc_pki.PncPki) -> dict[str, Any]:
    """As ``bus_config``, with the OEM provisioning key in the process's SoftHSM2 token (and
    no key file): the contract keys go there too. Call only where ``pnc_softhsm`` allows."""
    from cryptography.hazmat.primitives.asymmetric import ec

    from evcc_agent.iso15118.pnc.token import Token
    from tests.pnc_softhsm import LABEL, PIN, make_token

    module = make_token()
    oem = pki.oem_prov.key
    assert isinstance(oem, ec.EllipticCurvePrivateKey)
    with Token(module, LABEL, PIN) as tok:
        tok.import_private_key("oem-provisioning", oem, derive=True)
    directory.mkdir(parents=True, exist_ok=True)
    pin = directory / "pin"
    pin.write_text(PIN)
    cfg = bus_config(
        directory,
        pki,
        pkcs11_module=module,
        pkcs11_token=LABEL,
        pkcs11_pin_file=str(pin),
        oem_key_in_token=True,
    )
    Path(cfg.pop("tls_key")).unlink()  # the OEM key lives in the token only
    return cfg


def write_secc_tls(directory: Path, pki: pnc_pki.PncPki) -> tuple[str, str]:
    """The PKI's SECC chain (leaf, CPO sub-CA 2, 1) and key as files, for a TLS server."""
    directory.mkdir(parents=True, exist_ok=True)
    chain = directory / "secc-chain.pem"
    chain.write_bytes(_pem(pki.secc.cert, pki.cpo_subs[1].cert, pki.cpo_subs[0].cert))
    key = directory / "secc-key.pem"
    key.write_bytes(pnc_pki.key_pkcs8(pki.secc))
    return str(chain), str(key)


def softhsm_bus_or_skip(directory: Path, pki: pnc_pki.PncPki) -> dict[str, Any]:
    """``softhsm_bus``, or the test skips where SoftHSM2 / python-pkcs11 is absent."""
    from tests.pnc_softhsm import why_unavailable

    why = why_unavailable()
    if why:
        pytest.skip(why)
    return softhsm_bus(directory, pki)


async def installs_then_reuses(session: Callable[[], Awaitable[Any]]) -> Any:
    """Two sessions: the first installs a contract, the second uses the stored one; the
    first's harness is returned."""
    first = await session()
    assert first.result.ok, first.result
    assert "CertificateInstallationReq" in first.names()
    again = await session()
    assert again.result.ok, again.result
    assert "CertificateInstallationReq" not in again.names()
    return first
