"""DIN 70121 EVCC driver ↔ SECC simulator on [::1]: DC charging works, "internet up" never
comes, ``V2G_NO_V2ICP_PROTOCOL`` says why; TLS-less SDP answer accepted for DIN; faults."""

from __future__ import annotations

import pytest

from evcc_agent.events import InternetDown, InternetUp
from evcc_agent.iso15118.codec import ExiCodec
from evcc_agent.sim.pki import generate
from evcc_agent.sim.secc import DIN_NAMESPACE, Fault, SeccSimConfig
from tests.iso2_helpers import Harness


@pytest.fixture
def codec():
    return ExiCodec()


def din_only(**kw) -> SeccSimConfig:
    return SeccSimConfig(protocols=[DIN_NAMESPACE], **kw)


async def test_din_dc_session_without_v2icp(codec):
    h = Harness(codec, din_only())
    async with h.server:
        result = await h.run(protocols=["din"])
    assert result.ok, result
    assert result.protocol == "din"
    assert h.internet == [InternetDown("no_v2icp_protocol")]
    assert h.dtc.is_active("V2G_NO_V2ICP_PROTOCOL")
    assert not h.dtc.is_active("V2G_SESSION_FAILED")
    names = h.names()
    assert names[1:5] == [
        "SessionSetupReq",
        "ServiceDiscoveryReq",
        "ServicePaymentSelectionReq",
        "ContractAuthenticationReq",
    ]
    assert "ServiceDetailReq" not in names
    for step in ("CableCheckReq", "PreChargeReq", "WeldingDetectionReq"):
        assert step in names
    assert names.count("CurrentDemandReq") == 3
    assert [p["ReadyToChargeState"] for p in h.sent("PowerDeliveryReq")] == [True, False]
    assert h.sent("SessionStopReq") == [{}]
    cpd = h.sent("ChargeParameterDiscoveryReq")[0]
    assert cpd["EVRequestedEnergyTransferType"] == "DC_extended"


async def test_din_without_internet_wanted_raises_no_dtc(codec):
    h = Harness(codec, din_only())
    async with h.server:
        result = await h.run(protocols=["din"], internet=False)
    assert result.ok and h.internet == [] and h.dtc.active() == []


async def test_din_secc_without_tls_answers_sdp_plain(codec, tmp_path):
    """The EVCC asks SDP for TLS; a DIN charger answers "no TLS": the EVCC continues over TCP
    and offers only the protocols that may run without TLS 1.3 (never -20)."""
    pki = generate(tmp_path)
    h = Harness(codec, din_only())
    async with h.server:
        await h.server.start_sdp(bind="::1", port=0)
        result = await h.run(
            tls="required",
            secc_address=None,
            sdp_target=f"[::1]:{h.server.sdp_port}",
            tls_roots=[str(pki.v2g_root)],
        )
    assert result.ok, result
    assert result.protocol == "din" and result.tls == "plain TCP"
    assert h.offered_namespaces() == [
        "urn:iso:15118:2:2013:MsgDef",
        "urn:din:70121:2012:MsgDef",
    ]
    assert not any(isinstance(e, InternetUp) for e in h.internet)


async def test_plain_sdp_answer_refused_when_only_iso20(codec, tmp_path):
    pki = generate(tmp_path)
    h = Harness(codec, din_only())
    async with h.server:
        await h.server.start_sdp(bind="::1", port=0)
        result = await h.run(
            tls="required",
            secc_address=None,
            sdp_target=f"[::1]:{h.server.sdp_port}",
            tls_roots=[str(pki.v2g_root)],
            protocols=["iso20-dc"],
        )
    assert not result.ok
    assert h.dtc.is_active("V2G_TLS_FAILURE")


@pytest.mark.parametrize(
    "fault",
    [
        Fault("failed", "ContractAuthenticationReq"),
        Fault("failed", "CurrentDemandReq", nth=2),
        Fault("wrong_session_id", "PreChargeReq"),
        Fault("garbage_exi", "ServicePaymentSelectionReq"),
        Fault("drop", "CurrentDemandReq"),
    ],
    ids=lambda f: f"{f.kind}@{f.at}",
)
async def test_din_faults_end_with_dtc(codec, fault):
    h = Harness(codec, din_only(faults=[fault]))
    async with h.server:
        result = await h.run(protocols=["din"])
    assert not result.ok
    assert h.dtc.is_active("V2G_SESSION_FAILED") or h.dtc.is_active("V2G_TRANSPORT_ERROR")
    if fault.kind == "failed":
        assert h.names()[-1] == "SessionStopReq"


async def test_din_evse_stop_charging_notification(codec):
    fault = Fault("notification", "CurrentDemandReq", 2, notification="StopCharging")
    h = Harness(codec, din_only(faults=[fault]))
    h.stop_after_loops = None
    async with h.server:
        result = await h.run(protocols=["din"])
    assert result.ok
    assert h.names().count("CurrentDemandReq") == 2
    assert h.sent("PowerDeliveryReq")[-1]["ReadyToChargeState"] is False
