"""Protocol negotiation (SupportedAppProtocol): the offer from config priorities, the EVCC
follows the SECC's choice (-20, -2, DIN), the handshake's response codes, fallbacks."""

from __future__ import annotations

import pytest

from evcc_agent.events import InternetUp
from evcc_agent.iso15118.codec import ExiCodec
from evcc_agent.iso15118.session.base import RaiseDtc, Send, Stop
from evcc_agent.iso15118.session.sap import Negotiated, SapSession, build_offer
from evcc_agent.iso15118.v2gtp import PayloadType
from evcc_agent.sim.secc import DIN_NAMESPACE, ISO2_NAMESPACE, Fault, SeccSimConfig
from tests.iso2_helpers import ALL_NAMESPACES, ISO20_AC_NAMESPACE, ISO20_DC_NAMESPACE, Harness


@pytest.fixture
def codec():
    return ExiCodec()


def test_default_offer_is_iso20_then_iso2_then_din():
    request, by_id = build_offer(["iso20-dc", "iso20-ac", "iso2-dc", "iso2-ac", "din"])
    offers = request["supportedAppProtocolReq"]["AppProtocol"]
    assert [o["ProtocolNamespace"] for o in offers] == ALL_NAMESPACES
    assert [o["Priority"] for o in offers] == [1, 2, 3, 4]
    assert len({o["SchemaID"] for o in offers}) == 4
    assert [(o["VersionNumberMajor"], o["VersionNumberMinor"]) for o in offers][2:] == [
        (2, 0),
        (2, 0),
    ]
    assert by_id[3].name == "iso2" and by_id[4].name == "din"


def _sap_answer(code: str, schema_id: int | None = 1) -> dict:
    res: dict = {"ResponseCode": code}
    if schema_id is not None:
        res["SchemaID"] = schema_id
    return {"supportedAppProtocolRes": res}


@pytest.mark.parametrize(
    "code", ["OK_SuccessfulNegotiation", "OK_SuccessfulNegotiationWithMinorDeviation"]
)
def test_sap_ok_codes_follow_the_secc_choice(code):
    sap = SapSession(["iso20-dc", "iso2-dc", "din"])
    assert isinstance(sap.start(0.0)[0], Send)
    (result,) = sap.on_message(PayloadType.SAP, _sap_answer(code, 3), 0.1)
    assert isinstance(result, Negotiated) and result.protocol.name == "din"
    assert result.minor_deviation == code.endswith("MinorDeviation")


def test_sap_failed_no_negotiation_is_an_orderly_end_with_dtc():
    sap = SapSession(["iso2-dc", "din"])
    sap.start(0.0)
    actions = sap.on_message(PayloadType.SAP, _sap_answer("Failed_NoNegotiation", None), 0.1)
    assert [type(a) for a in actions] == [RaiseDtc, Stop]
    assert actions[0].name == "V2G_SESSION_FAILED" and not actions[1].ok
    assert sap.finished


def test_sap_times_out_after_2s():
    sap = SapSession(["din"])
    sap.start(0.0)
    assert sap.tick(1.99) == []
    actions = sap.tick(2.0)
    assert isinstance(actions[-1], Stop)


@pytest.mark.parametrize(
    ("secc_supports", "expected"),
    [
        (ALL_NAMESPACES, "iso20-dc"),
        ([ISO20_AC_NAMESPACE, ISO2_NAMESPACE], "iso20-ac"),
        ([ISO2_NAMESPACE, DIN_NAMESPACE], "iso2"),
        ([ISO2_NAMESPACE], "iso2"),
        ([DIN_NAMESPACE], "din"),
    ],
    ids=["all", "iso20ac+iso2", "iso2+din", "only-iso2", "only-din"],
)
async def test_default_priorities_pick_the_best_common_protocol(codec, secc_supports, expected):
    h = Harness(codec, SeccSimConfig(protocols=secc_supports))
    async with h.server:
        result = await h.run()
    assert result.ok, result
    assert result.protocol == expected
    ups = [e for e in h.internet if isinstance(e, InternetUp)]
    if expected == "din":
        assert ups == [] and h.dtc.is_active("V2G_NO_V2ICP_PROTOCOL")
    else:
        assert ups == [InternetUp("https", 443, "iso20" if "iso20" in expected else "iso2")]


async def test_secc_supports_none_of_ours(codec):
    h = Harness(codec, SeccSimConfig(protocols=["urn:example:other:1"]))
    async with h.server:
        result = await h.run()
    assert not result.ok and result.protocol is None
    assert h.dtc.is_active("V2G_SESSION_FAILED")
    assert h.names() == ["supportedAppProtocolReq"]
    assert h.log[-1][2]["supportedAppProtocolRes"]["ResponseCode"] == "Failed_NoNegotiation"


async def test_config_priority_prefers_din(codec):
    h = Harness(codec, SeccSimConfig(protocols=ALL_NAMESPACES))
    async with h.server:
        result = await h.run(protocols=["din", "iso2-dc", "iso20-dc"])
    assert result.ok and result.protocol == "din"
    assert h.offered_namespaces() == [DIN_NAMESPACE, ISO2_NAMESPACE, ISO20_DC_NAMESPACE]


async def test_minor_deviation_continues(codec):
    fault = Fault(
        "failed", "supportedAppProtocolReq", code="OK_SuccessfulNegotiationWithMinorDeviation"
    )
    h = Harness(codec, SeccSimConfig(protocols=[ISO2_NAMESPACE], faults=[fault]))
    async with h.server:
        result = await h.run()
    assert result.ok and result.protocol == "iso2"


async def test_sap_failed_code_from_secc(codec):
    fault = Fault("failed", "supportedAppProtocolReq", code="Failed_NoNegotiation")
    h = Harness(codec, SeccSimConfig(protocols=[ISO2_NAMESPACE], faults=[fault]))
    async with h.server:
        result = await h.run()
    assert not result.ok and h.dtc.is_active("V2G_SESSION_FAILED")
    assert "SessionSetupReq" not in h.names()
