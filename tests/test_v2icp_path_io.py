"""The path's I/O pieces on loopback: dnspython resolution against our DNS server, the RA the
router sends parsed back into RDNSS, the bound httpcore backend, and the path driver with a
scripted probe on a fake clock."""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import socket
from pathlib import Path

import httpx
import pytest

from evcc_agent.clock import FakeClock
from evcc_agent.dtc import DtcRegistry
from evcc_agent.events import InternetDown, InternetUp
from evcc_agent.sim.backend import SimBackend, default_scenario
from evcc_agent.sim.backend_pki import BackendCa
from evcc_agent.sim.dns import DnsServer
from evcc_agent.sim.router import RouterConfig, router_advertisement
from evcc_agent.v2icp.binding import BoundNetwork, Route
from evcc_agent.v2icp.config import V2icpConfig
from evcc_agent.v2icp.netlink import RdnssListener, parse_rdnss
from evcc_agent.v2icp.params import PARAMETERS, VEHICLE_PARAMETERS
from evcc_agent.v2icp.path import PathState
from evcc_agent.v2icp.path_driver import PathDriver, path_interface
from evcc_agent.v2icp.resolve import ResolveError, literal_address, resolve
from evcc_agent.v2icp.session import TransportErrorKind
from evcc_agent.v2icp.transport import TransportFailure, V2icpTransport, client_ssl_context

VIN = "WVWZZZ1JZXW000004"


def has_ipv6_loopback() -> bool:
    try:
        with socket.socket(socket.AF_INET6, socket.SOCK_DGRAM) as s:
            s.bind(("::1", 0))
        return True
    except OSError:
        return False


needs_v6 = pytest.mark.skipif(not has_ipv6_loopback(), reason="no IPv6 loopback")


@needs_v6
async def test_resolve_asks_the_given_server_and_reports_each_failure():
    dns = DnsServer({"backend.depot.test": "2001:db8:de:1::10"})
    port = await dns.start("::1", 0)
    try:
        where = "::1"
        got = await resolve_on(where, port, "backend.depot.test")
        assert got == "2001:db8:de:1::10"
        assert dns.queries == [("::1", "backend.depot.test")]
        with pytest.raises(ResolveError, match="NXDOMAIN"):
            await resolve_on(where, port, "other.depot.test")
    finally:
        dns.stop()
    with pytest.raises(ResolveError, match="no DNS server known"):
        await resolve("x.test", [], interface=None)


async def resolve_on(server: str, port: int, name: str) -> str:
    return await resolve(name, [server], interface=None, timeout=2.0, port=port)


@needs_v6
async def test_a_silent_server_is_a_bounded_failure():
    with socket.socket(socket.AF_INET6, socket.SOCK_DGRAM) as silent:
        silent.bind(("::1", 0))
        port = silent.getsockname()[1]
        with pytest.raises(ResolveError, match=r"no answer within 0\.2 s"):
            await resolve("backend.depot.test", ["::1"], interface=None, timeout=0.2, port=port)


def test_literal_backend_needs_no_lookup():
    assert literal_address("[2001:db8::1]") == "2001:db8::1"
    assert literal_address("backend.depot.test") is None


def test_the_routers_ra_carries_the_rdnss_the_listener_learns():
    cfg = RouterConfig("plc0", "2001:db8:ca:1::/64", ["2001:db8:de:1::53"], dns_lifetime_s=600)
    ra = router_advertisement(cfg, bytes.fromhex("020000000a01"))
    assert ra[0] == 134 and ra[2:4] == b"\0\0"
    assert parse_rdnss(ra) == [("2001:db8:de:1::53", 600.0)]
    listener = RdnssListener("plc0")
    listener.heard(ra, now=100.0)
    assert listener.current(now=699.0) == ["2001:db8:de:1::53"]
    assert listener.current(now=700.0) == []  # the lifetime is honoured
    listener.heard(b"\x86\x00", now=101.0)  # malformed: ignored, no crash
    expired = router_advertisement(
        RouterConfig("plc0", "2001:db8:ca:1::/64", ["2001:db8:de:1::53"], dns_lifetime_s=0)
    )
    listener.heard(expired, now=102.0)
    assert listener.current(now=103.0) == []  # lifetime 0 withdraws the server


def test_interface_default_is_the_iso15118_one_and_any_unbinds():
    assert path_interface(V2icpConfig(), "eth1") == "eth1"
    assert path_interface(V2icpConfig(interface="plc0"), "eth1") == "plc0"
    assert path_interface(V2icpConfig(interface="any"), "eth1") is None


def test_addresses_are_ipv6_only():
    with pytest.raises(ValueError, match="IPv6 only"):
        V2icpConfig(dns_servers=["192.0.2.53"])
    with pytest.raises(ValueError, match="IPv6 only"):
        V2icpConfig(backend_address="192.0.2.10")
    assert V2icpConfig(backend_address="2001:DB8::0010").backend_address == "2001:db8::10"


@needs_v6
@pytest.mark.skipif(os.geteuid() != 0, reason="SO_BINDTODEVICE needs CAP_NET_RAW")
async def test_bound_transport_connects_to_the_path_address_and_verifies_the_name(tmp_path: Path):
    ca = BackendCa.create(tmp_path)
    backend = SimBackend(default_scenario(VIN, ""))
    await backend.start(*ca.issue_server(hosts=("backend.depot.test",)), host="::1")
    port = int(backend.url.rsplit(":", 1)[1])
    route = Route("lo", "::1", "::1")
    url = f"https://backend.depot.test:{port}{backend.path}"
    full = {n: PARAMETERS[n].sna for n in VEHICLE_PARAMETERS}
    body = json.dumps({"seq": 0, "vin": VIN, "parameters": full}).encode()
    try:
        tr = V2icpTransport(
            url, VIN, "", client_ssl_context(ca.cert_file), network=BoundNetwork(route)
        )
        answer = await tr.post(body)
        await tr.close()
        assert answer.status == 200  # TLS checked the name while connecting to [::1]
        assert backend.vehicles[VIN].peers[-1] == "::1"
        # a certificate for another name is refused, whatever address we connect to
        wrong = f"https://other.depot.test:{port}{backend.path}"
        tr = V2icpTransport(
            wrong, VIN, "", client_ssl_context(ca.cert_file), network=BoundNetwork(route)
        )
        with pytest.raises(TransportFailure, match="certificate") as tls:
            await tr.post(body)
        assert tls.value.kind is TransportErrorKind.TLS  # httpcore's error seen as httpx's
        await tr.close()
        # no path yet: no connection at all (never the system resolver)
        tr = V2icpTransport(
            url, VIN, "", client_ssl_context(ca.cert_file), network=BoundNetwork(Route("lo"))
        )
        with pytest.raises(Exception, match="no path"):
            await tr.post(body)
        await tr.close()
    finally:
        await backend.stop()
    # the backend is gone: a refused connection is CONNECT, as with httpx's own transport
    tr = V2icpTransport(url, VIN, "", client_ssl_context(ca.cert_file), network=BoundNetwork(route))
    with pytest.raises(TransportFailure) as refused:
        await tr.post(body)
    assert refused.value.kind is TransportErrorKind.CONNECT, refused.value
    await tr.close()


async def test_driver_gates_internet_up_on_the_probe_and_raises_no_route():
    clock = FakeClock()
    dtcs = DtcRegistry()
    passed: list[object] = []
    states = [PathState(problem="no global IPv6 address on plc0")] * 3 + [
        PathState("2001:db8:ca::5", "2001:db8:de::10", "2001:db8:ca::5")
    ]
    probes = 0

    async def probe() -> PathState:
        nonlocal probes
        probes += 1
        return states[min(probes - 1, len(states) - 1)]

    cfg = V2icpConfig(ready_timeout_s=1.0, path_poll_s=0.5, reconnect_schedule_s=[300.0])
    driver = PathDriver(cfg, "plc0", clock, dtcs, passed.append, probe=probe)
    task = asyncio.create_task(driver.run())
    try:
        driver.internet(InternetUp("https", 443, "iso20"))
        for _ in range(3):
            await settle()
            clock.advance(0.5)
        await settle()
        assert dtcs.is_active("V2ICP_NO_ROUTE") and passed == []
        clock.advance(299.0)
        await settle()
        assert probes == 3 and passed == []  # nothing before the reconnect moment
        clock.advance(1.0)
        await settle()
        assert passed == [InternetUp("https", 443, "iso20")]
        assert not dtcs.is_active("V2ICP_NO_ROUTE")
        assert driver.route.backend == "2001:db8:de::10" and driver.route.source == "2001:db8:ca::5"
        driver.internet(InternetDown("session_stop"))
        await settle()
        assert passed[-1] == InternetDown("session_stop")
    finally:
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task


async def settle() -> None:
    for _ in range(20):
        await asyncio.sleep(0)


def test_bound_client_refuses_a_proxy():
    from evcc_agent.v2icp.client import V2icpClient

    cfg = V2icpConfig(
        url="https://b.test", vin=VIN, root_ca=None, proxy="http://[2001:db8::8]:3128"
    )
    client = V2icpClient(
        cfg, FakeClock(), DtcRegistry(), network=BoundNetwork(Route("plc0")), environ={}
    )
    assert not client._prepare()
    assert "proxy" in client.problem


def test_httpx_is_untouched_without_a_network():
    tr = V2icpTransport("https://b.test/x", VIN, "", client_ssl_context_or_default())
    assert isinstance(tr._get_client(), httpx.AsyncClient)


def client_ssl_context_or_default():  # type: ignore[no-untyped-def]
    import ssl

    return ssl.create_default_context()


async def test_rdnss_listener_waits_for_a_missing_interface_and_never_crashes():
    listener = RdnssListener("nosuch0")
    task = asyncio.create_task(listener.run(retry_s=0.05))
    try:
        for _ in range(200):
            await asyncio.sleep(0.01)
            if listener.error:
                break
        assert listener.error  # no CAP_NET_RAW (ends) or no such device (retries)
        if os.geteuid() == 0:
            assert not task.done()  # the modem's interface may still appear
        else:
            await asyncio.wait_for(task, 1)
            assert "cannot read RAs" in listener.error
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task


def test_agent_binds_to_the_iso15118_interface_unless_any():
    from evcc_agent.agent import Agent
    from tests.e2e_helpers import demo_config

    assert Agent(demo_config(), environ={}).v2icp_path is None  # "any": loopback, no root
    agent = Agent(demo_config(v2icp={"interface": None}, iso15118={"interface": "plc0"}))
    assert agent.v2icp_path is not None and agent.v2icp_path.interface == "plc0"
    assert agent.v2icp._network is agent.v2icp_path.network
