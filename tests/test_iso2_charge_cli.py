"""``evcc-agent charge --protocol iso2-dc|iso2-ac|din`` and automatic negotiation, as a
subprocess against the SECC simulator (TCP and -2's TLS 1.2)."""

from __future__ import annotations

import json

import pytest

from evcc_agent.iso15118.tls import server_context
from evcc_agent.sim.pki import generate
from evcc_agent.sim.secc import DIN_NAMESPACE, ISO2_NAMESPACE, Fault, SeccServer, SeccSimConfig
from tests.iso2_helpers import charge_cli as _charge


def _sim(protocols: list[str], loop_request: str) -> SeccSimConfig:
    # the charger ends the session after 3 loop rounds, so the CLI run stays short
    stop = Fault("notification", loop_request, 3, notification="StopCharging")
    return SeccSimConfig(protocols=protocols, faults=[stop])


@pytest.mark.parametrize(
    ("protocol", "loop"), [("iso2-dc", "CurrentDemand"), ("iso2-ac", "ChargingStatus")]
)
async def test_charge_iso2_text(protocol, loop):
    sim = _sim([ISO2_NAMESPACE], f"{loop}Req")
    async with SeccServer(sim) as server:
        rc, out, err = await _charge(
            "--secc", f"[::1]:{server.port}", "--no-tls", "--protocol", protocol
        )
    assert rc == 0, err
    assert ">> PaymentServiceSelectionReq" in out and f"<< {loop}Res" in out
    assert "Internet service up: https/443 via iso2" in out
    assert out.strip().splitlines()[-1].startswith("session OK: SessionStop Terminate (iso2")


async def test_charge_iso2_over_tls12(tmp_path):
    pki = generate(tmp_path, algorithm="secp256r1")
    sctx = server_context(pki.secc_chain, pki.secc_key, tls12=True)
    async with SeccServer(_sim([ISO2_NAMESPACE], "CurrentDemandReq"), ssl_context=sctx) as srv:
        rc, out, err = await _charge(
            "--secc", f"[::1]:{srv.port}", "--tls-root", str(pki.v2g_root), "--json"
        )
    assert rc == 0, err
    lines = [json.loads(line) for line in out.splitlines()]
    result = lines[-1]
    assert result["ok"] and result["protocol"] == "iso2"
    assert result["tls"] == "TLSv1.2 ECDHE-ECDSA-AES128-SHA256"
    sap = next(x for x in lines if x.get("message") == "supportedAppProtocolReq")
    offered = [a["ProtocolNamespace"] for a in sap["content"]["AppProtocol"]]
    assert offered == [ISO2_NAMESPACE, DIN_NAMESPACE]  # -20 needs TLS 1.3


async def test_charge_din_json_and_automatic_negotiation():
    async with SeccServer(_sim([DIN_NAMESPACE], "CurrentDemandReq")) as server:
        rc, out, err = await _charge("--secc", f"[::1]:{server.port}", "--no-tls", "--json")
    assert rc == 0, err
    lines = [json.loads(line) for line in out.splitlines()]
    msgs = [x for x in lines if "message" in x]
    assert msgs[2]["message"] == "SessionSetupReq" and "EVCCID" in msgs[2]["content"]
    assert [
        x["event"] for x in lines if x["event"] not in ("v2g", "summary", "simulated_vehicle")
    ] == ["internet_down"]
    assert lines[-1]["ok"] is True and lines[-1]["protocol"] == "din"
    assert "V2G_NO_V2ICP_PROTOCOL" in err
