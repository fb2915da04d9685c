"""The CMS's VDV 463 endpoint with a real WebSocket client over TLS on loopback."""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import ssl
import uuid
from base64 import b64encode
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from cryptography import x509
from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed, InvalidStatus

from evcc_agent.clock import Clock, FakeClock, MonotonicClock
from evcc_agent.sim.backend_pki import BackendCa
from evcc_agent.sim.depot import DepotClient, DepotPlan, PlanStep
from evcc_agent.sim.tls import PROFILE_CIPHER
from evcc_agent.sim.vdv463.bridge import DepotBridge
from evcc_agent.sim.vdv463.messages import SUBPROTOCOL
from evcc_agent.sim.vdv463.server import CmsServer
from evcc_agent.sim.vdv463.session import CmsConfig, Phase

USER, PASSWORD = "depot", "S3cret_463"
STAMP = "2026-12-01T10:00:00Z"
TIMEOUT = 10.0


@dataclass
class Cms:
    server: CmsServer
    url: str
    ca: BackendCa
    cert: tuple[Path, Path]


async def _cms(
    tmp_path: Path, clock: Clock | None = None, config: CmsConfig | None = None, **kw: Any
) -> Cms:
    ca = BackendCa.create(tmp_path / "pki")
    cert = ca.issue_server("cms", vdv463=True)
    server = CmsServer(
        config or CmsConfig(ping_interval_s=1e6),
        DepotBridge(wall=lambda: datetime.now(UTC)),
        users={USER: PASSWORD},
        vehicles=dict,
        clock=clock,
        **kw,
    )
    url = await server.start(*cert)
    return Cms(server, url, ca, cert)


@pytest.fixture
async def cms(tmp_path: Path) -> AsyncIterator[Cms]:
    c = await _cms(tmp_path)
    yield c
    await c.server.stop()


def client_ssl(cms: Cms) -> ssl.SSLContext:
    return ssl.create_default_context(cafile=str(cms.ca.cert_file))


def auth(user: str = USER, password: str = PASSWORD) -> dict[str, str]:
    return {"Authorization": "Basic " + b64encode(f"{user}:{password}".encode()).decode()}


def open_ws(cms: Cms, subprotocols: list[str] | None = [SUBPROTOCOL], **kw: Any) -> Any:  # noqa: B006
    """``subprotocols=None``: the header is left out."""
    kw.setdefault("additional_headers", auth())
    kw.setdefault("ssl", client_ssl(cms))
    return connect(
        cms.url,
        subprotocols=subprotocols,  # type: ignore[arg-type]
        ping_interval=None,
        open_timeout=TIMEOUT,
        **kw,
    )


def req(action: str, payload: Any, mid: str | None = None) -> str:
    return json.dumps([1, "bms", "BMS", STAMP, mid or str(uuid.uuid4()), action, payload])


async def recv(ws: ClientConnection) -> list:
    return json.loads(await asyncio.wait_for(ws.recv(), TIMEOUT))


async def boot(ws: ClientConnection) -> list:
    """BootNotification; returns the CMS's first ProvideChargingInformation."""
    await ws.send(req("BootNotification", {}))
    conf = await recv(ws)
    assert conf[0] == 2 and conf[6] == {"status": "Accepted"}
    return await recv(ws)


# --- handshake --------------------------------------------------------------------------------
async def test_subprotocol_negotiated_from_the_specifications_example_offer(cms: Cms):
    async with open_ws(cms, [SUBPROTOCOL, "v2.463.vdv.de"]) as ws:
        assert ws.subprotocol == SUBPROTOCOL
        assert ws.response.headers["Sec-WebSocket-Protocol"] == SUBPROTOCOL
        report = await boot(ws)
        assert report[0] == 1 and report[5] == "ProvideChargingInformation"


@pytest.mark.parametrize("offer", [None, ["v2.463.vdv.de"]])
async def test_no_supported_subprotocol_handshake_without_header_then_closed(cms: Cms, offer):
    async with open_ws(cms, offer) as ws:
        assert ws.subprotocol is None and "Sec-WebSocket-Protocol" not in ws.response.headers
        with pytest.raises(ConnectionClosed) as exc:
            await asyncio.wait_for(ws.recv(), TIMEOUT)
    assert exc.value.rcvd is not None and exc.value.rcvd.code == 1002


@pytest.mark.parametrize("headers", [auth(password="wrong"), auth(user="nobody"), {}])
async def test_wrong_or_missing_credentials_are_401(cms: Cms, headers):
    with pytest.raises(InvalidStatus) as exc:
        async with open_ws(cms, additional_headers=headers):
            pass
    assert exc.value.response.status_code == 401
    assert "Basic" in exc.value.response.headers["WWW-Authenticate"]


async def test_an_unknown_path_is_404(cms: Cms):
    with pytest.raises(InvalidStatus) as exc:
        async with connect(
            cms.url.replace("/vdv463", "/other"),
            ssl=client_ssl(cms),
            additional_headers=auth(),
            open_timeout=TIMEOUT,
        ):
            pass
    assert exc.value.response.status_code == 404


async def test_no_tls_no_connection_and_the_endpoint_still_serves(cms: Cms):
    with pytest.raises(Exception) as exc:
        async with connect(cms.url.replace("wss://", "ws://"), open_timeout=TIMEOUT):
            pass
    assert not isinstance(exc.value, InvalidStatus)  # never got an HTTP answer
    async with open_ws(cms) as ws:
        assert (await boot(ws))[5] == "ProvideChargingInformation"


async def test_the_tls_profile_of_the_specification_is_available(cms: Cms):
    ctx = client_ssl(cms)
    ctx.maximum_version = ssl.TLSVersion.TLSv1_2
    ctx.set_ciphers(PROFILE_CIPHER)
    async with open_ws(cms, ssl=ctx) as ws:
        tls = ws.transport.get_extra_info("ssl_object")
        assert tls.version() == "TLSv1.2" and tls.cipher()[0] == PROFILE_CIPHER
    cert = x509.load_pem_x509_certificate(cms.cert[0].read_bytes())
    ku = cert.extensions.get_extension_for_class(x509.KeyUsage).value
    assert ku.digital_signature and ku.content_commitment and ku.key_encipherment
    assert ku.key_agreement
    eku = cert.extensions.get_extension_for_class(x509.ExtendedKeyUsage).value
    assert {u.dotted_string for u in eku} == {"1.3.6.1.5.5.7.3.1", "1.3.6.1.5.5.7.3.2"}


async def test_profile_only_endpoint_refuses_other_suites(tmp_path: Path):
    ca = BackendCa.create(tmp_path)
    server = CmsServer(
        CmsConfig(),
        DepotBridge(wall=lambda: None),
        users={USER: PASSWORD},
        vehicles=dict,  # type: ignore[arg-type,return-value]
    )
    url = await server.start(*ca.issue_server("cms", vdv463=True), tls12_profile_only=True)
    try:
        gcm = ssl.create_default_context(cafile=str(ca.cert_file))
        gcm.maximum_version = ssl.TLSVersion.TLSv1_2
        gcm.set_ciphers("ECDHE-ECDSA-AES128-GCM-SHA256")
        with pytest.raises((ssl.SSLError, ConnectionError)):  # handshake failure or reset
            async with connect(url, ssl=gcm, additional_headers=auth(), open_timeout=TIMEOUT):
                pass
        modern = ssl.create_default_context(cafile=str(ca.cert_file))
        async with connect(
            url,
            ssl=modern,
            subprotocols=[SUBPROTOCOL],
            additional_headers=auth(),  # type: ignore[list-item]
        ) as ws:
            assert ws.transport.get_extra_info("ssl_object").cipher()[0] == PROFILE_CIPHER
    finally:
        await server.stop()


# --- frames -----------------------------------------------------------------------------------
MID = str(uuid.uuid4())
MALFORMED = [
    (
        "six elements",
        json.dumps([1, "bms", "BMS", STAMP, MID, "BootNotification"]),
        "InvalidRequest",
    ),
    (
        "type is a string",
        json.dumps(["1", "bms", "BMS", STAMP, MID, "BootNotification", {}]),
        "InvalidRequest",
    ),
    (
        "source is a number",
        json.dumps([1, 5, "BMS", STAMP, MID, "BootNotification", {}]),
        "InvalidRequest",
    ),
    (
        "payload is a list",
        json.dumps([1, "bms", "BMS", STAMP, MID, "BootNotification", []]),
        "InvalidRequest",
    ),
    ("bad uuid", req("BootNotification", {}, mid="1234-abcd"), "InvalidRequest"),
    (
        "bad timestamp",
        req("BootNotification", {}).replace(STAMP, "01.12.2026 10:00"),
        "InvalidRequest",
    ),
    ("unknown action", req("RemoteStart", {}, mid=MID), "UnknownAction"),
    (
        "invalid payload",
        req("ProvideChargingRequests", {"chargingRequestList": [{"vehicleId": "X"}]}, MID),
        "InvalidRequest",
    ),
    ("not JSON", "[1, 'bms'", "InvalidRequest"),
]


async def test_malformed_frames_get_type_3_with_the_error_code_and_the_connection_stays(
    cms: Cms, caplog: pytest.LogCaptureFixture
):
    caplog.set_level(logging.WARNING, "evcc_agent.sim.vdv463")
    async with open_ws(cms) as ws:
        for name, text, code in MALFORMED:
            await ws.send(text)
            err = await recv(ws)
            assert err[0] == 3 and err[6]["errorCode"] == code, name
            assert isinstance(err[6]["errorDescription"], str) and err[6]["errorDescription"]
            if code != "InvalidRequest" or name == "invalid payload":
                assert err[4] == MID, name  # correlated with the request
        await ws.send(b"\x01\x02")
        assert (await recv(ws))[6]["errorCode"] == "InvalidRequest"
        report = await boot(ws)  # still the same, open connection
        assert report[5] == "ProvideChargingInformation"
    assert cms.server.sessions[0].counters["errors_sent"] == len(MALFORMED) + 1
    # a peer sending garbage costs one log line per 10 s, not one per frame
    assert len([r for r in caplog.records if "InvalidRequest" in r.getMessage()]) == 1


async def test_ordering_boot_first_then_the_cms_reports_then_the_plan(cms: Cms):
    plan = {"chargingRequestList": []}
    async with open_ws(cms) as ws:
        await ws.send(req("ProvideChargingRequests", plan))
        assert (await recv(ws))[6]["errorCode"] == "InvalidState"
        report = await boot(ws)
        await ws.send(json.dumps([2, "bms", "BMS", STAMP, report[4], report[5], {}]))
        mid = str(uuid.uuid4())
        await ws.send(req("ProvideChargingRequests", plan, mid))
        conf = await recv(ws)
        assert conf[:1] == [2] and conf[4] == mid and conf[6] == {}


# --- liveness ---------------------------------------------------------------------------------
async def test_no_ping_within_the_interval_closes_the_connection(tmp_path: Path):
    clock = FakeClock()
    config = CmsConfig(ping_interval_s=30, ping_grace_s=5, information_interval_s=1e6)
    c = await _cms(tmp_path, clock, config)
    try:
        async with open_ws(c) as ws:
            report = await boot(ws)
            await ws.send(json.dumps([2, "bms", "BMS", STAMP, report[4], report[5], {}]))
            await ws.send(req("Nope", {}))  # a round trip: the confirmation has been taken
            assert (await recv(ws))[6]["errorCode"] == "UnknownAction"
            clock.advance(20.0)
            await asyncio.wait_for(await ws.ping(), TIMEOUT)  # the library answers the pong
            # a round trip after the ping: the CMS has taken it into account
            await ws.send(req("Nope", {}))
            assert (await recv(ws))[6]["errorCode"] == "UnknownAction"
            clock.advance(30.0)  # 50 s: 30 s after the ping, inside interval + grace
            await ws.send(req("Nope", {}))
            assert (await recv(ws))[6]["errorCode"] == "UnknownAction"
            clock.advance(5.0)  # 55 s: 35 s without a ping
            with pytest.raises(ConnectionClosed) as exc:
                while True:
                    await recv(ws)  # reports (if any) until the close
            assert exc.value.rcvd is not None and exc.value.rcvd.code == 1001
        session = c.server.sessions[0]
        assert session.phase is Phase.CLOSED and session.counters["pings"] == 1
    finally:
        await c.server.stop()


# --- reconnect --------------------------------------------------------------------------------
async def test_the_upstream_reconnects_boots_again_and_resends_its_plan(tmp_path: Path):
    c = await _cms(tmp_path, MonotonicClock(), CmsConfig(ping_interval_s=60))
    port = c.server.port
    client_clock = FakeClock()
    plan = DepotPlan(
        steps=[
            PlanStep(
                charging_request_list=[
                    {
                        "vehicleId": "WVWZZZ1JZXW000001",
                        "chargingRequestId": "r1",
                        "chargingInstruction": "Normal",
                        "chargingRequestData": {
                            "minTargetSoc": 40,
                            "maxTargetSoc": 80,
                            "requestedTimeForDeparture": "PT30M",
                        },
                    }
                ]
            )
        ]
    )
    client = DepotClient(
        c.url,
        c.ca.cert_file,
        USER,
        PASSWORD,
        plan=plan,
        reconnect_interval_s=30,
        clock=client_clock,
    )
    task = asyncio.create_task(client.run())
    try:
        await asyncio.wait_for(client.plan_confirmed.wait(), TIMEOUT)
        assert client.boots == 1 and c.server.bridge.active("WVWZZZ1JZXW000001") is not None
        first = c.server.bridge.active("WVWZZZ1JZXW000001")
        await c.server.stop()  # the CMS fails
        await asyncio.wait_for(client.disconnected.wait(), TIMEOUT)
        client.plan_confirmed.clear()
        client.disconnected.clear()
        client_clock.advance(30.0)  # the reconnect interval: refused, the CMS is still gone
        await asyncio.wait_for(client.disconnected.wait(), TIMEOUT)
        assert client.connections == 1
        await c.server.start(*c.cert, port=port)
        client_clock.advance(30.0)  # the next attempt finds it back
        await asyncio.wait_for(client.plan_confirmed.wait(), TIMEOUT)
        assert client.connections == 2 and client.boots == 2 and client.confirmed_plans == 2
        assert [s.phase for s in c.server.sessions] == [Phase.CLOSED, Phase.REGISTERED]
        again = c.server.bridge.active("WVWZZZ1JZXW000001")
        assert again is not None and first is not None
        # the same plan (same departure) again, not a new one relative to the reconnect
        assert again.request == first.request
    finally:
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)
        await c.server.stop()


async def test_the_specifications_example_handshake_byte_for_byte(cms: Cms):
    """The example request of the specification (RFC 6455's sample key) over a plain TLS
    socket, no WebSocket library on this side: the accept value is RFC 6455's."""
    reader, writer = await asyncio.open_connection(
        "127.0.0.1", cms.server.port, ssl=client_ssl(cms), server_hostname="localhost"
    )
    request = (
        "GET /vdv463 HTTP/1.1\r\n"
        "Host: localhost\r\n"
        "Upgrade: websocket\r\n"
        "Connection: Upgrade\r\n"
        "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
        "Origin: http://example.com\r\n"
        "Sec-WebSocket-Protocol: v1.463.vdv.de, v2.463.vdv.de\r\n"
        "Sec-WebSocket-Version: 13\r\n"
        f"Authorization: {auth()['Authorization']}\r\n\r\n"
    )
    try:
        writer.write(request.encode())
        head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), TIMEOUT)
    finally:
        writer.close()
        with contextlib.suppress(OSError, ssl.SSLError):
            await writer.wait_closed()
    lines = head.decode().split("\r\n")
    assert lines[0].startswith("HTTP/1.1 101")
    headers = {k.lower(): v.strip() for k, _, v in (x.partition(":") for x in lines[1:] if x)}
    assert headers["sec-websocket-accept"] == "s3pPLMBiTxaQ9kYGzzhZRbK+xOo="
    assert headers["sec-websocket-protocol"] == SUBPROTOCOL
    assert headers["upgrade"].lower() == "websocket"
