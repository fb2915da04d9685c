"""SDP: sans-IO retries with time passed in, loopback unicast, and link-local multicast over a
veth pair into a network namespace (skipped without root/ip)."""

from __future__ import annotations

import asyncio
import os
import shutil
import socket
import subprocess
import sys
import uuid

import pytest

from evcc_agent.iso15118 import sdp
from evcc_agent.iso15118.sdp import (
    DatagramReceived,
    Found,
    GaveUp,
    SdpClient,
    SdpError,
    SdpResponse,
    Security,
    SendRequest,
    Transport,
)
from evcc_agent.sansio import Start, Tick

RESPONSE = SdpResponse("fe80::1", 61000, Security.TLS, Transport.TCP)


def test_request_and_response_bytes():
    assert sdp.build_request(Security.TLS) == bytes.fromhex("01fe9000000000020000")
    assert sdp.build_request(Security.NONE) == bytes.fromhex("01fe9000000000021000")
    raw = sdp.build_response(RESPONSE)
    assert len(raw) == 8 + 20
    assert raw[:8] == bytes.fromhex("01fe900100000014")
    assert sdp.parse_response(raw) == RESPONSE
    assert sdp.parse_request(sdp.build_request(Security.NONE)) == (Security.NONE, Transport.TCP)


@pytest.mark.parametrize(
    "raw",
    [
        b"",
        bytes.fromhex("01fe9001000000130000"),
        sdp.build_response(RESPONSE)[:-1],
        sdp.build_request(Security.TLS),  # a request is not a response
        sdp.build_response(RESPONSE)[:-2] + b"\x77\x00",  # bad security
        sdp.build_response(SdpResponse("fe80::1", 1, Security.TLS, Transport.TCP))[:-4]
        + b"\x00\x00\x00\x00",  # port 0
    ],
)
def test_bad_responses_raise(raw):
    with pytest.raises(SdpError):
        sdp.parse_response(raw)


def test_client_retries_every_250ms_50_times():
    client = SdpClient(Security.TLS)
    actions = client.handle(Start(), 0.0)
    assert isinstance(actions[0], SendRequest)
    sends = 1
    now = 0.0
    assert client.handle(Tick(), 0.2) == []
    while True:
        now = client.next_deadline()
        out = client.handle(Tick(), now)
        if out and isinstance(out[0], GaveUp):
            break
        assert isinstance(out[0], SendRequest)
        sends += 1
    assert sends == 50
    assert now == pytest.approx(50 * 0.25)


def test_client_ignores_garbage_then_finds():
    client = SdpClient(Security.TLS)
    client.handle(Start(), 0.0)
    assert client.handle(DatagramReceived(b"junk"), 0.1) == []
    udp = sdp.build_response(SdpResponse("fe80::1", 1, Security.TLS, Transport.UDP))
    assert client.handle(DatagramReceived(udp), 0.1) == []
    out = client.handle(DatagramReceived(sdp.build_response(RESPONSE)), 0.2)
    assert out == [Found(True, "SECC found", RESPONSE)]
    assert client.handle(Tick(), 99) == []


async def test_discover_unicast_loopback():
    from evcc_agent.sim.secc import SeccServer

    server = SeccServer(host="::1")
    await server.start()
    await server.start_sdp(bind="::1", port=0)
    try:
        resp, scope = await sdp.discover(Security.NONE, target="::1", port=server.sdp_port)
        assert resp.address == "::1" and resp.port == server.port
        assert resp.security == Security.NONE and scope == 0
    finally:
        await server.stop()


async def test_discover_gives_up():
    # nobody listens on this port: unicast to loopback, short schedule
    with socket.socket(socket.AF_INET6, socket.SOCK_DGRAM) as probe:
        probe.bind(("::1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(sdp.SdpFailed):
        await sdp.discover(Security.NONE, target="::1", interval=0.01, max_requests=3, port=port)


def test_client_bound_holds_under_a_flood_of_garbage(caplog):
    """A datagram every millisecond: requests still go out every 250 ms, 50 in all, then it
    gives up; the malformed answers produce a handful of log lines, not thousands."""
    client = SdpClient(Security.TLS)
    sends = len(client.handle(Start(), 0.0))
    now, gave_up = 0.0, None
    while gave_up is None and now < 20.0:
        now += 0.001
        for act in client.handle(DatagramReceived(b"junk"), now):
            if isinstance(act, SendRequest):
                sends += 1
            elif isinstance(act, GaveUp):
                gave_up = now
    assert sends == 50 and gave_up == pytest.approx(12.5, abs=0.06)  # 1 ms granularity
    lines = [r for r in caplog.records if "malformed" in r.getMessage()]
    assert 1 <= len(lines) <= 2 and client.ignored > 12_000  # one per 10 s, with a count
    assert "more since the last line" in lines[-1].getMessage()


async def test_discover_ends_on_time_while_flooded():
    """A peer answers the first request with an endless flood of malformed datagrams."""
    loop = asyncio.get_running_loop()
    flooding = asyncio.Event()

    class Flooder(asyncio.DatagramProtocol):
        def connection_made(self, transport):  # type: ignore[no-untyped-def]
            self.transport = transport

        def datagram_received(self, data, addr):  # type: ignore[no-untyped-def]
            self.requests = getattr(self, "requests", 0) + 1
            self.addr = addr
            flooding.set()

    transport, flooder = await loop.create_datagram_endpoint(Flooder, local_addr=("::1", 0))
    port = transport.get_extra_info("sockname")[1]

    async def flood() -> None:
        await flooding.wait()
        while True:
            for _ in range(200):
                transport.sendto(b"\x01\xfe\x90\x01junk", flooder.addr)
            await asyncio.sleep(0)

    task = asyncio.create_task(flood())
    try:
        with pytest.raises(sdp.SdpFailed):
            await asyncio.wait_for(
                sdp.discover(Security.NONE, target="::1", interval=0.02, max_requests=5, port=port),
                5.0,
            )
    finally:
        task.cancel()
        transport.close()
    assert flooder.requests == 5


def _can_netns() -> bool:
    return os.geteuid() == 0 and shutil.which("ip") is not None


@pytest.mark.netns
@pytest.mark.skipif(not _can_netns(), reason="needs root and iproute2")
async def test_discover_multicast_over_veth_in_netns():
    tag = uuid.uuid4().hex[:6]
    ns, host_if, ns_if = f"sdp{tag}", f"vsh{tag}", f"vsn{tag}"

    def ip(*args: str) -> None:
        subprocess.run(["ip", *args], check=True, capture_output=True)

    ip("netns", "add", ns)
    try:
        ip("link", "add", host_if, "type", "veth", "peer", "name", ns_if)
        ip("link", "set", ns_if, "netns", ns)
        ip("-6", "addr", "add", "fe80::e1/64", "dev", host_if, "nodad")
        ip("link", "set", host_if, "up")
        ip("netns", "exec", ns, "ip", "-6", "addr", "add", "fe80::5ecc/64", "dev", ns_if, "nodad")
        ip("netns", "exec", ns, "ip", "link", "set", ns_if, "up")
        ip("netns", "exec", ns, "ip", "link", "set", "lo", "up")
        code = (
            "import asyncio,sys\n"
            "from evcc_agent.sim.secc import SeccServer\n"
            "async def main():\n"
            "    s = SeccServer(host='::', port=0)\n"
            "    await s.start()\n"
            f"    await s.start_sdp(interface='{ns_if}', advertise='fe80::5ecc')\n"
            "    print(s.port, flush=True)\n"
            "    await asyncio.sleep(30)\n"
            "asyncio.run(main())\n"
        )
        proc = await asyncio.create_subprocess_exec(
            "ip",
            "netns",
            "exec",
            ns,
            sys.executable,
            "-c",
            code,
            stdout=asyncio.subprocess.PIPE,
            cwd=os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
        )
        try:
            assert proc.stdout is not None
            port = int((await asyncio.wait_for(proc.stdout.readline(), 10)).decode())
            resp, scope = await sdp.discover(Security.NONE, interface=host_if)
            assert resp.address == "fe80::5ecc" and resp.port == port
            assert scope == __import__("socket").if_nametoindex(host_if)
            # the EVCC can now reach the SECC's TCP port over the link-local address
            _, writer = await asyncio.open_connection(
                sdp.with_scope(resp.address, scope), resp.port
            )
            writer.close()
        finally:
            proc.kill()
            await proc.wait()
    finally:
        subprocess.run(["ip", "link", "del", host_if], capture_output=True)
        subprocess.run(["ip", "netns", "del", ns], capture_output=True)
