"""-2 EVCC driver ↔ SECC simulator over real sockets on [::1]: DC and AC over TCP and TLS 1.2
(server authentication, test PKI, SDP security byte), the InternetAccess VAS, simulator faults.
Time is a FakeClock: timeouts fire by advancing it."""

from __future__ import annotations

import pytest

from evcc_agent.events import InternetDown, InternetUp
from evcc_agent.iso15118.codec import ExiCodec
from evcc_agent.iso15118.tls import server_context
from evcc_agent.sim.pki import generate
from evcc_agent.sim.secc import ISO2_NAMESPACE, Fault, SeccSimConfig
from tests.iso2_helpers import ALL_NAMESPACES, Harness


@pytest.fixture
def codec():
    return ExiCodec()


@pytest.fixture(scope="module")
def pki(tmp_path_factory):
    # -2 certificates are ECDSA on secp256r1 with SHA-256
    return generate(tmp_path_factory.mktemp("pki2"), algorithm="secp256r1")


def iso2_only(**kw) -> SeccSimConfig:
    return SeccSimConfig(protocols=[ISO2_NAMESPACE], **kw)


async def test_dc_session_over_tcp_with_internet(codec):
    h = Harness(codec, iso2_only())
    async with h.server:
        result = await h.run()
    assert result.ok, result
    assert result.protocol == "iso2" and result.tls == "plain TCP"
    assert h.internet == [InternetUp("https", 443, "iso2"), InternetDown("session_stop")]
    assert h.sent("ServiceDiscoveryReq") == [{"ServiceCategory": "Internet"}]
    assert h.sent("ServiceDetailReq") == [{"ServiceID": 3}]
    selection = h.sent("PaymentServiceSelectionReq")[0]
    assert selection["SelectedPaymentOption"] == "ExternalPayment"
    assert selection["SelectedServiceList"]["SelectedService"] == [
        {"ServiceID": 1},
        {"ServiceID": 3, "ParameterSetID": 4},
    ]
    names = h.names()
    assert names[:4] == [
        "supportedAppProtocolReq",
        "SessionSetupReq",
        "ServiceDiscoveryReq",
        "ServiceDetailReq",
    ]
    for step in ("AuthorizationReq", "CableCheckReq", "PreChargeReq", "WeldingDetectionReq"):
        assert step in names
    assert names.count("CurrentDemandReq") == 3 and names.count("PowerDeliveryReq") == 2
    assert names[-1] == "SessionStopReq" and h.names("rx")[-1] == "SessionStopRes"
    assert h.dtc.active() == []
    assert result.session_id == h.server.responder.session_id
    assert {"connected", "service_selection", "first_charge_loop"} <= set(result.timings)


async def test_ac_session_over_tcp(codec):
    h = Harness(codec, iso2_only())
    async with h.server:
        result = await h.run(protocols=["iso2-ac", "iso2-dc"])
    assert result.ok, result
    cpd = h.sent("ChargeParameterDiscoveryReq")[0]
    assert cpd["RequestedEnergyTransferMode"] == "AC_three_phase_core"
    assert "AC_EVChargeParameter" in cpd
    assert h.names().count("ChargingStatusReq") == 3
    assert "CableCheckReq" not in h.names() and "WeldingDetectionReq" not in h.names()
    assert h.internet[0] == InternetUp("https", 443, "iso2")


async def test_dc_preferred_but_only_ac_offered(codec):
    h = Harness(codec, iso2_only(energy_services=[1]))
    async with h.server:
        result = await h.run(protocols=["iso2-dc", "iso2-ac"])
    assert result.ok
    assert "ChargingStatusReq" in h.names()


async def test_only_dc_wanted_but_only_ac_offered_fails(codec):
    h = Harness(codec, iso2_only(energy_services=[1]))
    async with h.server:
        result = await h.run(protocols=["iso2-dc"])
    assert not result.ok
    assert h.dtc.is_active("V2G_SESSION_FAILED")
    assert h.names()[-1] == "SessionStopReq"  # orderly end


@pytest.mark.parametrize("energy", ["iso2-dc", "iso2-ac"])
async def test_session_over_tls12_with_sdp(codec, pki, energy):
    sctx = server_context(pki.secc_chain, pki.secc_key, tls12=True)
    h = Harness(codec, iso2_only(), ssl_ctx=sctx)
    async with h.server:
        result = await h.run_via_sdp(
            pki.v2g_root,
            protocols=[energy, "iso2-ac" if energy == "iso2-dc" else "iso2-dc"],
        )
    assert result.ok, result
    assert result.tls == "TLSv1.2 ECDHE-ECDSA-AES128-SHA256"
    assert h.internet == [InternetUp("https", 443, "iso2"), InternetDown("session_stop")]
    assert "sdp" in result.timings


async def test_tls12_secc_gets_no_iso20_offer(codec, pki):
    """-20 needs TLS 1.3: over TLS 1.2 the EVCC offers only -2 and DIN."""
    sctx = server_context(pki.secc_chain, pki.secc_key, tls12=True)
    h = Harness(codec, SeccSimConfig(protocols=ALL_NAMESPACES), ssl_ctx=sctx)
    async with h.server:
        result = await h.run(tls="required", tls_roots=[str(pki.v2g_root)])
    assert result.ok and result.protocol == "iso2"
    assert not any("-20" in ns for ns in h.offered_namespaces())


async def test_tls12_refused_when_only_iso20_configured(codec, pki):
    sctx = server_context(pki.secc_chain, pki.secc_key, tls12=True)
    h = Harness(codec, iso2_only(), ssl_ctx=sctx)
    async with h.server:
        result = await h.run(tls="required", tls_roots=[str(pki.v2g_root)], protocols=["iso20-dc"])
    assert not result.ok
    assert h.dtc.is_active("V2G_TLS_FAILURE")


async def test_no_internet_vas_charging_goes_on(codec):
    h = Harness(codec, iso2_only(offer_internet=False))
    async with h.server:
        result = await h.run()
    h.assert_charged_without_vas(result)
    assert "ServiceDetailReq" not in h.names()
    assert h.sent("PaymentServiceSelectionReq")[0]["SelectedServiceList"] == {
        "SelectedService": [{"ServiceID": 1}]
    }


async def test_internet_set_preference_https_first_case_insensitive(codec):
    sets = [(1, "ftp", 21), (3, "Http", 80), (7, "hTTpS", 443)]
    h = Harness(codec, iso2_only(internet_sets=sets))
    async with h.server:
        result = await h.run()
    assert result.ok
    chosen = h.sent("PaymentServiceSelectionReq")[0]["SelectedServiceList"]["SelectedService"]
    assert chosen[1] == {"ServiceID": 3, "ParameterSetID": 7}
    assert h.internet[0] == InternetUp("https", 443, "iso2")


@pytest.mark.parametrize(
    ("fault", "internet_was_up"),
    [
        (Fault("failed", "SessionSetupReq"), False),
        (Fault("failed", "ServiceDiscoveryReq", code="FAILED_UnknownSession"), False),
        (
            Fault("failed", "PaymentServiceSelectionReq", code="FAILED_ServiceSelectionInvalid"),
            False,
        ),
        (Fault("failed", "AuthorizationReq"), True),
        (Fault("failed", "CurrentDemandReq", nth=2), True),
        (Fault("wrong_session_id", "ChargeParameterDiscoveryReq"), True),
        (Fault("garbage_exi", "CableCheckReq"), True),
        (Fault("drop", "PreChargeReq"), True),
    ],
    ids=lambda v: f"{v.kind}@{v.at}" if isinstance(v, Fault) else str(v),
)
async def test_faults_end_with_dtc(codec, fault, internet_was_up):
    h = Harness(codec, iso2_only(faults=[fault]))
    async with h.server:
        result = await h.run()
    assert not result.ok
    assert h.dtc.is_active("V2G_SESSION_FAILED") or h.dtc.is_active("V2G_TRANSPORT_ERROR")
    if internet_was_up:
        assert h.internet[0] == InternetUp("https", 443, "iso2")
        assert isinstance(h.internet[-1], InternetDown)
    else:
        assert not any(isinstance(e, InternetUp) for e in h.internet)
    if fault.kind == "failed" and fault.at != "SessionSetupReq":
        assert h.names()[-1] == "SessionStopReq"  # orderly stop after FAILED


async def test_no_answer_times_out(codec):
    h = Harness(codec, iso2_only(faults=[Fault("no_answer", "ChargeParameterDiscoveryReq", 2)]))
    async with h.server:
        result = await h.run(pump=lambda: h.names().count("ChargeParameterDiscoveryReq") >= 2)
    assert not result.ok
    assert "timeout waiting for ChargeParameterDiscoveryRes" in result.reason
    assert h.internet[-1] == InternetDown("session_failed")


@pytest.mark.parametrize("what", ["StopCharging", "EVSE_EmergencyShutdown"])
async def test_evse_ends_charging_in_the_loop(codec, what):
    h = Harness(
        codec, iso2_only(faults=[Fault("notification", "CurrentDemandReq", 2, notification=what)])
    )
    h.stop_after_loops = None
    async with h.server:
        result = await h.run()
    assert result.ok  # the EV stops in order: PowerDelivery(Stop) … SessionStop
    assert h.names().count("CurrentDemandReq") == 2
    assert h.sent("PowerDeliveryReq")[-1]["ChargeProgress"] == "Stop"


@pytest.mark.parametrize(
    ("protocols", "fallback"),
    [(["iso2-dc", "din"], False), (["iso20-dc", "iso2-dc", "din"], True)],
    ids=["iso2-only-offers-p256", "with-iso20-falls-back"],
)
async def test_tls12_key_exchange_on_p256(codec, pki, caplog, protocols, fallback):
    """-2 names ECDHE on secp256r1: offered first when -20 is not; with -20 in the list the
    -20 group goes first and the handshake falls back once (as real -2 SECCs require)."""
    sctx = server_context(pki.secc_chain, pki.secc_key, group="prime256v1", tls12=True)
    h = Harness(codec, iso2_only(), ssl_ctx=sctx)
    async with h.server:
        result = await h.run(tls="required", tls_roots=[str(pki.v2g_root)], protocols=protocols)
    assert result.ok, result
    assert result.tls == "TLSv1.2 ECDHE-ECDSA-AES128-SHA256"
    assert ("retrying with OpenSSL's default groups" in caplog.text) == fallback
