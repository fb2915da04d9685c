"""-2 Plug & Charge end to end: the EVCC driver against the SECC simulator over real sockets
on [::1] through the EXI codec. A bus with only its OEM provisioning certificate installs a
contract (file keys; SoftHSM where installed), charges with PnC, signs a MeteringReceipt;
the next session uses the stored contract; a contract due for renewal is updated. Every bad
installation response is a typed refusal with its DTC, the store untouched and EIM next
time; a charger without PnC (or a token that does not open) means EIM at once."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("pyhanko_certvalidator")

from evcc_agent.sim import pnc_pki
from tests.iso2_helpers import Harness
from tests.pnc_helpers import (
    EMAID,
    PCID,
    bus_config,
    installs_then_reuses,
    pnc_sim,
    softhsm_bus_or_skip,
)

PNC_STEPS = ["PaymentServiceSelectionReq", "PaymentDetailsReq", "AuthorizationReq"]


@pytest.fixture(scope="module")
def pki() -> pnc_pki.PncPki:
    return pnc_pki.generate("secp256r1", pcid=PCID)


def _active(h: Harness) -> list[str]:
    return [d.spec.name for d in h.dtc.active()]


def _store(cfg: dict[str, Any]) -> dict[str, bytes]:
    d = Path(cfg["pnc"]["contract_store"])
    return {p.name: p.read_bytes() for p in sorted(d.iterdir())} if d.exists() else {}


async def _session(pnc_codec: Any, pki: pnc_pki.PncPki, cfg: dict[str, Any], **sim: Any) -> Any:
    h = Harness(pnc_codec, pnc_sim(pki, **sim))
    async with h.server:
        h.result = await h.run(**cfg)
    return h


async def test_a_bus_with_only_its_oem_certificate_installs_and_charges(
    pnc_codec: Any, pki: pnc_pki.PncPki, tmp_path: Path
) -> None:
    cfg = bus_config(tmp_path, pki)
    assert _store(cfg) == {}
    h = await _session(pnc_codec, pki, cfg)
    assert h.result.ok, h.result
    names = h.names()
    assert names.index("CertificateInstallationReq") < names.index("PaymentDetailsReq")
    assert "MeteringReceiptReq" in names and "MeteringReceiptRes" in h.names("rx")
    selection = h.sent("PaymentServiceSelectionReq")[0]
    assert selection["SelectedPaymentOption"] == "Contract"
    assert {"ServiceID": 2, "ParameterSetID": 1} in selection["SelectedServiceList"][
        "SelectedService"
    ]
    assert h.sent("PaymentDetailsReq")[0]["eMAID"] == EMAID
    assert h.server.cfg.pnc is not None and h.server.cfg.pnc.errors == []
    assert set(_store(cfg)) == {f"{EMAID}.pem", f"{EMAID}.key"}
    assert h.dtc.active() == []

    again = await _session(pnc_codec, pki, cfg)  # the stored contract, no installation
    assert again.result.ok
    assert "CertificateInstallationReq" not in again.names()
    assert all(step in again.names() for step in PNC_STEPS)


async def test_the_sales_tariff_signature_is_checked(
    pnc_codec: Any, pki: pnc_pki.PncPki, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="evcc_agent.iso15118.session.v2g")
    cfg = bus_config(tmp_path, pki)
    good = await _session(pnc_codec, pki, cfg)
    assert good.result.ok and _active(good) == []
    assert "-2: 1 SalesTariff signature(s) verified" in caplog.messages
    bad = await _session(pnc_codec, pki, cfg, sales_tariff="bad")
    assert bad.result.ok  # the EV uses PMax, no tariff: charging goes on
    assert _active(bad) == ["PNC_SIGNATURE_INVALID"]
    assert any("SalesTariff not verified" in m for m in caplog.messages)


async def test_a_contract_due_for_renewal_is_updated(
    pnc_codec: Any, pki: pnc_pki.PncPki, tmp_path: Path
) -> None:
    cfg = bus_config(tmp_path, pki)
    assert (await _session(pnc_codec, pki, cfg)).result.ok
    before = _store(cfg)
    cfg["pnc"]["renew_days"] = 365 * 3  # the two-year contract is now due
    h = await _session(pnc_codec, pki, cfg)
    assert h.result.ok, h.result
    assert "CertificateUpdateReq" in h.names()
    selected = h.sent("PaymentServiceSelectionReq")[0]["SelectedServiceList"]
    assert {"ServiceID": 2, "ParameterSetID": 2} in selected["SelectedService"]
    after = _store(cfg)
    assert set(after) == set(before) and after != before  # a new certificate and key


@pytest.mark.parametrize(
    ("fault", "dtc"),
    [
        ("bad_signature", "PNC_SIGNATURE_INVALID"),
        ("no_signature", "PNC_SIGNATURE_INVALID"),
        ("foreign_chain", "PNC_CERT_CHAIN_INVALID"),
        ("other_emaid", "PNC_EMAID_MISMATCH"),
        ("wrong_key", "PNC_KEY_DECRYPT_FAILED"),
        ("expired_contract", "PNC_CONTRACT_EXPIRED"),
    ],
)
@pytest.mark.parametrize("step", ["install", "update"])
async def test_bad_provisioning_answers_leave_the_store_untouched(
    pnc_codec: Any, pki: pnc_pki.PncPki, tmp_path: Path, fault: str, dtc: str, step: str
) -> None:
    cfg = bus_config(tmp_path, pki)
    if step == "update":
        assert (await _session(pnc_codec, pki, cfg)).result.ok
        cfg["pnc"]["renew_days"] = 365 * 3
    before = _store(cfg)
    h = await _session(pnc_codec, pki, cfg, install_fault=fault)
    assert not h.result.ok
    assert dtc in _active(h)
    assert h.result.retry_auth == ["eim"]  # the next session identifies with EIM
    assert "PaymentDetailsReq" not in h.names() and h.names()[-1] == "SessionStopReq"
    assert _store(cfg) == before

    cfg["auth"] = h.result.retry_auth
    eim = await _session(pnc_codec, pki, cfg, install_fault=fault)
    assert eim.result.ok
    assert eim.sent("PaymentServiceSelectionReq")[0]["SelectedPaymentOption"] == "ExternalPayment"


async def test_eim_when_the_charger_offers_no_pnc(
    pnc_codec: Any, pki: pnc_pki.PncPki, tmp_path: Path
) -> None:
    cfg = bus_config(tmp_path, pki)
    h = Harness(pnc_codec)  # the plain simulator: ExternalPayment only
    h.server.cfg.protocols = pnc_sim(pki).protocols
    async with h.server:
        result = await h.run(**cfg)
    assert result.ok
    assert h.sent("PaymentServiceSelectionReq")[0]["SelectedPaymentOption"] == "ExternalPayment"
    assert _active(h) == ["PNC_NOT_OFFERED"]
    assert _store(cfg) == {}


def _absent_token(tmp_path: Path) -> dict[str, Any]:
    pin = tmp_path / "pin"
    pin.write_text("1234\n")
    module = str(tmp_path / "no-such-module.so")
    return {"pkcs11_module": module, "pkcs11_token": "absent", "pkcs11_pin_file": str(pin)}


@pytest.mark.parametrize(
    ("why", "dtc"),
    [("no installation offered", "PNC_NOT_OFFERED"), ("token absent", "PNC_TOKEN_UNAVAILABLE")],
)
async def test_pnc_impossible_before_the_selection_means_eim_at_once(
    pnc_codec: Any, pki: pnc_pki.PncPki, tmp_path: Path, why: str, dtc: str
) -> None:
    token = _absent_token(tmp_path) if why == "token absent" else {}
    cfg = bus_config(tmp_path, pki, **token)
    h = await _session(pnc_codec, pki, cfg, offer_installation=bool(token))
    assert h.result.ok
    assert h.sent("PaymentServiceSelectionReq")[0]["SelectedPaymentOption"] == "ExternalPayment"
    assert _active(h) == [dtc]
    assert _store(cfg) == {}


async def test_pnc_only_fails_without_a_contract_path(
    pnc_codec: Any, pki: pnc_pki.PncPki, tmp_path: Path
) -> None:
    cfg = {**bus_config(tmp_path, pki), "auth": ["pnc"]}
    h = await _session(pnc_codec, pki, cfg, offer_installation=False)
    assert not h.result.ok
    assert {"PNC_NOT_OFFERED", "V2G_SESSION_FAILED"} <= set(_active(h))


async def test_the_charger_refusing_authorization_is_pnc_refused(
    pnc_codec: Any, pki: pnc_pki.PncPki, tmp_path: Path
) -> None:
    from evcc_agent.sim.secc import Fault

    cfg = bus_config(tmp_path, pki)
    h = Harness(pnc_codec, pnc_sim(pki))
    h.server.cfg.faults = [Fault("failed", "AuthorizationReq", code="FAILED_CertificateRevoked")]
    async with h.server:
        result = await h.run(**cfg)
    assert not result.ok and result.retry_auth == ["eim"]
    assert "PNC_REFUSED" in set(_active(h))


async def test_install_and_charge_with_the_keys_in_softhsm(
    pnc_codec: Any, pki: pnc_pki.PncPki, tmp_path: Path
) -> None:
    cfg = softhsm_bus_or_skip(tmp_path, pki)
    assert not (tmp_path / "oem-key.pem").exists()
    h = await installs_then_reuses(lambda: _session(pnc_codec, pki, cfg))
    assert "MeteringReceiptReq" in h.names()
    assert set(_store(cfg)) == {f"{EMAID}.pem"}  # the contract key went into the token
