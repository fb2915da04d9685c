"""EVCC driver ↔ SECC simulator over real sockets on [::1]: TCP, TLS 1.3 (mutual auth, test PKI),
SDP unicast, every simulator fault. Time is a FakeClock: timeouts fire by advancing it."""

from __future__ import annotations

import asyncio
import socket

import pytest

from evcc_agent.events import InternetDown, InternetUp
from evcc_agent.iso15118.codec import ExiCodec
from evcc_agent.iso15118.connect import parse_secc_address
from evcc_agent.iso15118.messages import from_rational
from evcc_agent.iso15118.tls import server_context
from evcc_agent.sim.pki import generate
from evcc_agent.sim.secc import Fault, SeccSimConfig
from tests.iso2_helpers import Harness


@pytest.fixture
def codec():
    return ExiCodec()


@pytest.fixture(scope="module")
def pki(tmp_path_factory):
    return generate(tmp_path_factory.mktemp("pki"))


def free_udp_port() -> int:
    with socket.socket(socket.AF_INET6, socket.SOCK_DGRAM) as sock:
        sock.bind(("::1", 0))
        return int(sock.getsockname()[1])


async def test_full_dc_session_over_tcp(codec):
    h = Harness(codec)
    async with h.server:
        result = await h.run()
    assert result.ok, result
    assert result.protocol == "iso20-dc" and result.tls == "plain TCP"
    assert h.internet == [InternetUp("https", 443, "iso20"), InternetDown("session_stop")]
    assert h.names()[0] == "supportedAppProtocolReq"
    assert h.names()[-1] == "SessionStopReq" and h.names("rx")[-1] == "SessionStopRes"
    assert h.names().count("DC_ChargeLoopReq") == 3
    assert h.dtc.active() == []
    assert result.session_id == h.server.responder.session_id


async def test_full_dc_session_over_tls13_with_sdp(codec, pki):
    sctx = server_context(pki.secc_chain, pki.secc_key, [pki.oem_root])
    h = Harness(codec, ssl_ctx=sctx)
    async with h.server:
        result = await h.run_via_sdp(
            pki.v2g_root,
            tls_cert=str(pki.oem_chain),
            tls_key=str(pki.oem_key),
        )
    assert result.ok, result
    assert result.tls is not None and result.tls.startswith("TLSv1.3")
    assert result.secc == f"[::1]:{h.server.port}"
    assert h.internet[0] == InternetUp("https", 443, "iso20")
    assert {"sdp", "connected", "service_selection", "first_charge_loop"} <= set(result.timings)


async def test_full_ac_session(codec):
    h = Harness(codec)
    async with h.server:
        result = await h.run(protocols=["iso20-ac", "iso20-dc"], control_mode="dynamic")
    assert result.ok and result.protocol == "iso20-ac"
    assert h.names().count("AC_ChargeLoopReq") == 3
    assert "DC_CableCheckReq" not in h.names()


async def test_secc_chooses_by_its_support(codec):
    h = Harness(codec, SeccSimConfig(protocols=["urn:iso:std:iso:15118:-20:AC"]))
    async with h.server:
        result = await h.run()
    assert result.ok and result.protocol == "iso20-ac"


async def test_charge_loop_follows_ev_data(codec):
    h = Harness(codec)
    h.stop_after_loops = 5
    h.ev.update(target_current=40.0, target_voltage=430.0)
    original = h.observer

    def observer(direction, name, msg, now):
        original(direction, name, msg, now)
        if direction == "rx" and name == "DC_ChargeLoopRes":
            h.ev.update(target_current=h.ev.data.target_current + 10)

    async with h.server:
        h.evcc = None
        h.observer = observer  # type: ignore[method-assign]
        result = await h.run()
    assert result.ok
    reqs = [m["DC_ChargeLoopReq"] for d, n, m in h.log if n == "DC_ChargeLoopReq"]
    currents = [from_rational(r["Scheduled_DC_CLReqControlMode"]["EVTargetCurrent"]) for r in reqs]
    assert currents == [40, 50, 60, 70, 80]
    evse = [
        from_rational(m["DC_ChargeLoopRes"]["EVSEPresentCurrent"])
        for d, n, m in h.log
        if n == "DC_ChargeLoopRes"
    ]
    assert evse == currents  # the simulated charger follows the EV's request


async def test_no_vas_charging_goes_on(codec):
    h = Harness(codec, SeccSimConfig(offer_internet=False))
    async with h.server:
        h.assert_charged_without_vas(await h.run())
        h.server.cfg.offer_internet = True  # the next session gets it: the DTC clears
        assert h.evcc is not None
        again = await asyncio.wait_for(h.evcc.run(), 20)
    assert again.ok and not h.dtc.is_active("V2G_VAS_NOT_OFFERED")


@pytest.mark.parametrize(
    ("fault", "dtc"),
    [
        (
            Fault("failed", "ServiceSelectionReq", code="FAILED_ServiceSelectionInvalid"),
            "V2G_SESSION_FAILED",
        ),
        (Fault("failed", "DC_ChargeLoopReq", 2, code="FAILED"), "V2G_SESSION_FAILED"),
        (Fault("wrong_session_id", "AuthorizationSetupReq"), "V2G_SESSION_FAILED"),
        (Fault("garbage_exi", "ServiceDiscoveryReq"), "V2G_SESSION_FAILED"),
        (Fault("drop", "DC_PreChargeReq"), "V2G_TRANSPORT_ERROR"),
        (Fault("drop", "DC_ChargeLoopReq", 2), "V2G_TRANSPORT_ERROR"),
        (
            Fault("failed", "supportedAppProtocolReq", code="Failed_NoNegotiation"),
            "V2G_SESSION_FAILED",
        ),
    ],
    ids=lambda v: getattr(v, "kind", None) and f"{v.kind}@{v.at}",
)
async def test_simulator_faults(codec, fault, dtc):
    h = Harness(codec, SeccSimConfig(faults=[fault]))
    async with h.server:
        result = await h.run()
    assert not result.ok
    assert h.dtc.is_active(dtc), h.dtc.snapshot()
    if h.internet:
        assert isinstance(h.internet[-1], InternetDown)


async def test_no_answer_times_out_on_fake_clock(codec):
    h = Harness(codec, SeccSimConfig(faults=[Fault("no_answer", "ServiceDetailReq")]))
    async with h.server:
        result = await h.run(pump=lambda: "ServiceDetailReq" in h.names())
    assert not result.ok and "timeout waiting for ServiceDetailRes" in result.reason
    assert h.dtc.is_active("V2G_SESSION_FAILED")
    # 5 s ServiceDetail timeout on the fake clock (pumped in 50 ms steps)
    assert 5.0 <= h.clock.now() <= 5.3


async def test_evse_terminate_notification(codec):
    h = Harness(codec, SeccSimConfig(faults=[Fault("notification", "DC_ChargeLoopReq", 2)]))
    h.stop_after_loops = None
    async with h.server:
        result = await h.run()
    assert result.ok and h.names().count("DC_ChargeLoopReq") == 2
    assert h.internet[-1] == InternetDown("session_stop")


async def test_sdp_failure_raises_dtc(codec):
    h = Harness(codec)
    result = await h.run(pump=True, secc_address=None, sdp_target=f"[::1]:{free_udp_port()}")
    assert not result.ok and h.dtc.is_active("V2G_SDP_FAILED")
    # 50 requests 250 ms apart (the pump's 50 ms steps add a little per retry)
    assert 50 * 0.25 <= h.clock.now() <= 50 * 0.30


async def test_untrusted_secc_raises_tls_dtc(codec, pki, tmp_path):
    other = generate(tmp_path / "other")
    sctx = server_context(other.secc_chain, other.secc_key, [pki.oem_root])
    h = Harness(codec, ssl_ctx=sctx)
    async with h.server:
        result = await h.run(
            tls="required",
            tls_roots=[str(pki.v2g_root)],
            tls_cert=str(pki.oem_chain),
            tls_key=str(pki.oem_key),
        )
    assert not result.ok and h.dtc.is_active("V2G_TLS_FAILURE")


async def test_connection_refused_raises_transport_dtc(codec):
    h = Harness(codec)
    await h.server.start()
    port = h.server.port
    await h.server.stop()
    result = await h.run(secc_address=f"[::1]:{port}")
    assert not result.ok and h.dtc.is_active("V2G_TRANSPORT_ERROR")


def test_parse_secc_address():
    assert parse_secc_address("[fe80::1%eth1]:15118") == ("fe80::1%eth1", 15118)
    assert parse_secc_address("192.168.1.5:61000") == ("192.168.1.5", 61000)
    assert parse_secc_address("[::1]:1") == ("::1", 1)
    for bad in ("nohost", "[::1]", "[::1]:x", "h:70000"):
        with pytest.raises(ValueError):
            parse_secc_address(bad)


async def test_bad_ev_data_fails_the_session_without_crashing(codec):
    h = Harness(codec)
    h.stop_after_loops = None
    original = h.observer

    def observer(direction, name, msg, now):
        original(direction, name, msg, now)
        if name == "DC_ChargeLoopRes":
            h.ev.update(target_current=float("nan"))  # e.g. a stale BMS signal

    h.observer = observer  # type: ignore[method-assign]
    async with h.server:
        result = await h.run()
    assert not result.ok and "internal error" in result.reason
    assert h.dtc.is_active("V2G_SESSION_FAILED")
    assert h.internet[-1] == InternetDown("session_failed")


async def test_listener_exception_does_not_end_the_session(codec):
    h = Harness(codec)

    def bad_listener(event):
        raise RuntimeError("listener bug")

    async with h.server:
        task = asyncio.create_task(h.run())
        while h.evcc is None:
            await asyncio.sleep(0)
        h.evcc.on_internet = bad_listener
        result = await task
    assert result.ok


async def test_observer_bug_ends_the_session_in_order_of_an_internal_error(codec):
    """A message observer that raises is a driver bug: the session ends like after a core
    bug (DTC, Internet down, closed) instead of crashing the agent."""
    h = Harness(codec)
    h.stop_after_loops = None
    original = h.observer

    def observer(direction, name, msg, now):
        original(direction, name, msg, now)
        if direction == "rx" and name == "DC_ChargeLoopRes":
            raise RuntimeError("observer bug")

    h.observer = observer  # type: ignore[method-assign]
    async with h.server:
        result = await h.run()
    assert not result.ok and "internal error" in result.reason and "observer bug" in result.reason
    assert h.dtc.is_active("V2G_SESSION_FAILED")
    assert h.internet[-1] == InternetDown("session_failed")
    assert h.names()[-1] == "DC_ChargeLoopReq"  # no further request after the bug


async def test_tls_group_fallback_for_p256_only_secc(codec, pki):
    """A charger that only does P-256 (seen in the field) resets the -20 secp521r1 handshake:
    one retry with OpenSSL's group list gets through; without fallback it is a TLS DTC."""
    sctx = server_context(pki.secc_chain, pki.secc_key, [pki.oem_root])
    sctx.set_ecdh_curve("prime256v1")
    tls_cfg = {
        "tls": "required",
        "tls_roots": [str(pki.v2g_root)],
        "tls_cert": str(pki.oem_chain),
        "tls_key": str(pki.oem_key),
    }
    h = Harness(codec, ssl_ctx=sctx)
    async with h.server:
        result = await h.run(**tls_cfg)
    assert result.ok and result.tls.startswith("TLSv1.3")
    strict = Harness(codec, ssl_ctx=sctx)
    async with strict.server:
        result = await strict.run(tls_group_fallback=False, **tls_cfg)
    assert not result.ok and strict.dtc.is_active("V2G_TLS_FAILURE")


async def test_pause_then_resume_joins_the_old_session(codec):
    h = Harness(
        codec,
        SeccSimConfig(faults=[Fault("notification", "DC_ChargeLoopReq", 2, notification="Pause")]),
    )
    h.stop_after_loops = None
    async with h.server:
        first = await h.run()
        assert first.ok and first.paused
        assert h.internet[-1] == InternetDown("pause")
        h.log.clear()
        h.stop_after_loops = 1
        assert h.evcc is not None
        second = await asyncio.wait_for(h.evcc.run(resume_session_id=first.session_id), 20)
    assert second.ok and not second.paused
    assert second.session_id == first.session_id
    setup = next(m for d, n, m in h.log if n == "SessionSetupRes")
    assert setup["SessionSetupRes"]["ResponseCode"] == "OK_OldSessionJoined"
    req = next(m for d, n, m in h.log if n == "SessionSetupReq")
    assert req["SessionSetupReq"]["Header"]["SessionID"] == first.session_id


@pytest.mark.parametrize(
    "raw",
    [
        bytes.fromhex("02fd800100000001") + b"\x00",  # wrong version bytes
        bytes.fromhex("01fe7777000000010a"),  # unknown payload type
        bytes.fromhex("01fe8001ffffffff"),  # oversize
    ],
    ids=["version", "payload_type", "size"],
)
async def test_bad_v2gtp_header_closes_with_transport_dtc(codec, raw):
    async def secc(reader, writer):
        await reader.read(100)  # the SAP request
        writer.write(raw)
        await writer.drain()
        await asyncio.sleep(1)
        writer.close()

    server = await asyncio.start_server(secc, "::1", 0)
    port = server.sockets[0].getsockname()[1]
    h = Harness(codec)
    try:
        result = await h.run(secc_address=f"[::1]:{port}")
    finally:
        server.close()
    assert not result.ok
    assert h.dtc.is_active("V2G_TRANSPORT_ERROR")
    assert "V2GTP" in h.dtc.states["V2G_TRANSPORT_ERROR"].detail


async def test_secc_address_by_host_name_over_ipv4(codec):
    h = Harness(codec)
    h.server.host = "127.0.0.1"
    async with h.server:
        result = await h.run(secc_address=f"localhost:{h.server.port}")
    assert result.ok, result


async def test_secc_labelling_dc_messages_as_common_still_works(codec, caplog):
    h = Harness(codec, SeccSimConfig(response_payload_type=0x8002))
    async with h.server:
        result = await h.run()
    assert result.ok, result
    assert "SECC sent a iso20-dc message with payload type 0x8002" in caplog.text
