"""-20 Plug & Charge end to end against the SECC simulator over real sockets on [::1]
through the EXI codec: AuthorizationSetup (PnC offered, CertificateInstallationService,
GenChallenge), CertificateInstallation (the OEM provisioning chain signed, the
SignedInstallationData verified, the secp521r1 key decrypted with AES-256-GCM and
installed), Authorization with PnC_AReqAuthorizationMode signed with the contract key; then
a session with the stored contract; bad installation responses refused with their DTC."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("pyhanko_certvalidator")

from evcc_agent.sim import pnc_pki
from evcc_agent.sim.secc import ISO20_DC_NAMESPACE, SeccSimConfig
from evcc_agent.sim.secc.config import SimPnc
from tests.iso2_helpers import Harness
from tests.pnc_helpers import EMAID, PCID, bus_config


@pytest.fixture(scope="module")
def pki() -> pnc_pki.PncPki:
    return pnc_pki.generate("secp521r1", pcid=PCID)


def _cfg(tmp_path: Path, pki: pnc_pki.PncPki) -> dict[str, Any]:
    return {**bus_config(tmp_path, pki), "protocols": ["iso20-dc"]}


async def _session(pnc_codec: Any, pki: pnc_pki.PncPki, cfg: dict[str, Any], **kw: Any) -> Harness:
    sim = SeccSimConfig(protocols=[ISO20_DC_NAMESPACE], pnc=SimPnc(pki, EMAID, **kw))
    h = Harness(pnc_codec, sim)
    async with h.server:
        h.result = await h.run(**cfg)
    return h


def _store(cfg: dict[str, Any]) -> list[str]:
    d = Path(cfg["pnc"]["contract_store"])
    return sorted(p.name for p in d.iterdir()) if d.exists() else []


async def test_iso20_installs_and_authorizes_with_pnc(
    pnc_codec: Any, pki: pnc_pki.PncPki, tmp_path: Path
) -> None:
    cfg = _cfg(tmp_path, pki)
    h = await _session(pnc_codec, pki, cfg)
    assert h.result.ok, h.result
    assert h.result.protocol == "iso20-dc"
    names = h.names()
    assert names.index("CertificateInstallationReq") < names.index("AuthorizationReq")
    req = h.sent("CertificateInstallationReq")[0]
    assert "OEMProvisioningCertificateChain" in req and "Signature" in req["Header"]
    auth = h.sent("AuthorizationReq")[0]
    assert auth["SelectedAuthorizationService"] == "PnC" and "Signature" in auth["Header"]
    assert h.server.cfg.pnc is not None and h.server.cfg.pnc.errors == []
    assert _store(cfg) == [f"{EMAID}.key", f"{EMAID}.pem"]
    assert [d.spec.name for d in h.dtc.active()] == []

    again = await _session(pnc_codec, pki, cfg)
    assert again.result.ok and "CertificateInstallationReq" not in again.names()
    assert again.sent("AuthorizationReq")[0]["SelectedAuthorizationService"] == "PnC"


@pytest.mark.parametrize(
    ("fault", "dtc"),
    [
        ("bad_signature", "PNC_SIGNATURE_INVALID"),
        ("foreign_chain", "PNC_CERT_CHAIN_INVALID"),
        ("wrong_key", "PNC_KEY_DECRYPT_FAILED"),
        ("expired_contract", "PNC_CONTRACT_EXPIRED"),
    ],
)
async def test_iso20_bad_installations_are_refused(
    pnc_codec: Any, pki: pnc_pki.PncPki, tmp_path: Path, fault: str, dtc: str
) -> None:
    cfg = _cfg(tmp_path, pki)
    h = await _session(pnc_codec, pki, cfg, install_fault=fault)
    assert not h.result.ok
    assert dtc in [d.spec.name for d in h.dtc.active()]
    assert h.result.retry_auth == ["eim"] and "AuthorizationReq" not in h.names()
    assert _store(cfg) == []


async def test_iso20_eim_when_pnc_is_not_offered(
    pnc_codec: Any, pki: pnc_pki.PncPki, tmp_path: Path
) -> None:
    cfg = _cfg(tmp_path, pki)
    h = Harness(pnc_codec, SeccSimConfig(protocols=[ISO20_DC_NAMESPACE]))
    async with h.server:
        result = await h.run(**cfg)
    assert result.ok
    assert h.sent("AuthorizationReq")[0]["SelectedAuthorizationService"] == "EIM"
    assert [d.spec.name for d in h.dtc.active()] == ["PNC_NOT_OFFERED"]


async def test_iso20_pnc_over_mutual_tls13_with_the_vehicle_certificate(
    pnc_codec: Any, pki: pnc_pki.PncPki, tmp_path: Path
) -> None:
    """The OEM provisioning certificate is also the TLS client certificate: the simulator
    requires it (mutual TLS 1.3, secp521r1) and the session installs and authorises."""
    from evcc_agent.iso15118.tls import server_context
    from tests.pnc_helpers import write_secc_tls

    cfg = _cfg(tmp_path, pki)
    chain, key = write_secc_tls(tmp_path / "secc", pki)
    sim = SeccSimConfig(protocols=[ISO20_DC_NAMESPACE], pnc=SimPnc(pki, EMAID))
    sctx = server_context(chain, key, [str(tmp_path / "oem_root.pem")], group="secp521r1")
    h = Harness(pnc_codec, sim, sctx)
    async with h.server:
        result = await h.run(tls="required", **cfg)
    assert result.ok, result
    assert result.tls is not None and result.tls.startswith("TLSv1.3")
    assert "CertificateInstallationReq" in h.names() and _store(cfg) == [
        f"{EMAID}.key",
        f"{EMAID}.pem",
    ]


async def test_iso20_pnc_with_the_keys_in_softhsm(
    pnc_codec: Any, pki: pnc_pki.PncPki, tmp_path: Path
) -> None:
    from tests.pnc_helpers import installs_then_reuses, softhsm_bus_or_skip

    cfg = {**softhsm_bus_or_skip(tmp_path, pki), "protocols": ["iso20-dc"]}
    await installs_then_reuses(lambda: _session(pnc_codec, pki, cfg))
    assert _store(cfg) == [f"{EMAID}.pem"]  # the P-521 contract key went into the token
