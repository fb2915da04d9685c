"""SECC Discovery Protocol (SDP), EV side.

The request (2 bytes: security, transport) goes over UDP to ``ff02::1`` port 15118 on the PLC
interface (link-local multicast needs the interface's scope id), or unicast to a bench's
``sdp_target``. The response (20 bytes: IPv6 address, port, security, transport) names the
SECC's TCP/TLS endpoint. Retry every 250 ms, at most 50 requests.

``SdpClient`` is the sans-IO core (retries and parsing, ``now`` passed in); ``discover`` runs it
with the shared executor over the UDP socket.
"""

from __future__ import annotations

import asyncio
import ipaddress
import logging
import socket
import struct
from dataclasses import dataclass
from enum import IntEnum
from typing import Any, cast

from evcc_agent.clock import Clock, MonotonicClock, next_item
from evcc_agent.dtc import DtcRegistry
from evcc_agent.executor import Executor
from evcc_agent.iso15118.errors import Iso15118Error
from evcc_agent.iso15118.v2gtp import (
    HEADER_LEN,
    PayloadType,
    V2gtpError,
    encode_frame,
    parse_header,
)
from evcc_agent.ratelog import RateLimitedLog
from evcc_agent.sansio import Event, Send, Start, Stop, Tick

log = logging.getLogger(__name__)

SDP_PORT = 15118
SDP_MULTICAST = "ff02::1"
RETRY_INTERVAL_S = 0.25
MAX_REQUESTS = 50
#: datagrams waiting for the core; more are dropped (a flood cannot grow memory)
QUEUE_MAX = 64


class Security(IntEnum):
    TLS = 0x00
    NONE = 0x10


class Transport(IntEnum):
    TCP = 0x00
    UDP = 0x10


class SdpError(Iso15118Error):
    """A malformed SDP datagram."""


class SdpFailed(Iso15118Error):
    """No SECC answered within all retries."""


@dataclass(frozen=True)
class SdpResponse:
    address: str  # IPv6 address as text (without scope)
    port: int
    security: Security
    transport: Transport


def build_request(security: Security, transport: Transport = Transport.TCP) -> bytes:
    return encode_frame(PayloadType.SDP_REQUEST, bytes([security, transport]))


def parse_request(datagram: bytes) -> tuple[Security, Transport]:
    """For the SECC side (simulator)."""
    payload = _payload(datagram, PayloadType.SDP_REQUEST, 2)
    try:
        return Security(payload[0]), Transport(payload[1])
    except ValueError as exc:
        raise SdpError(f"bad SDP request values {payload.hex()}") from exc


def build_response(resp: SdpResponse) -> bytes:
    addr = ipaddress.IPv6Address(resp.address).packed
    return encode_frame(
        PayloadType.SDP_RESPONSE,
        addr + struct.pack(">HBB", resp.port, resp.security, resp.transport),
    )


def parse_response(datagram: bytes) -> SdpResponse:
    payload = _payload(datagram, PayloadType.SDP_RESPONSE, 20)
    port, sec, tr = struct.unpack(">HBB", payload[16:20])
    try:
        security, transport = Security(sec), Transport(tr)
    except ValueError as exc:
        raise SdpError(f"bad SDP response security/transport {sec:02X} {tr:02X}") from exc
    if port == 0:
        raise SdpError("SDP response with port 0")
    return SdpResponse(str(ipaddress.IPv6Address(payload[:16])), port, security, transport)


def _payload(datagram: bytes, expected: PayloadType, length: int) -> bytes:
    if len(datagram) < HEADER_LEN:
        raise SdpError(f"SDP datagram too short ({len(datagram)} bytes)")
    try:
        _, plen = parse_header(datagram[:HEADER_LEN], allowed={expected})
    except V2gtpError as exc:
        raise SdpError(str(exc)) from exc
    if plen != length or len(datagram) != HEADER_LEN + length:
        raise SdpError(f"SDP payload length {plen} (datagram {len(datagram)}), want {length}")
    return datagram[HEADER_LEN:]


# ---------------------------------------------------------------- sans-IO core


class DatagramReceived(Event, frozen=True):
    """A datagram on the SDP socket, from anyone."""

    datagram: bytes


class SendRequest(Send, frozen=True):
    datagram: bytes


class Found(Stop, frozen=True):
    """An SECC named its TCP endpoint: connect there."""

    response: SdpResponse


class GaveUp(Stop, frozen=True):
    """Every request went unanswered."""


SdpEvent = Start | Tick | DatagramReceived
SdpAction = SendRequest | Found | GaveUp


class SdpClient:
    """Retry logic and response matching, a ``sansio.Core``: ``Start``, then a ``Tick`` at
    ``next_deadline()`` or ``DatagramReceived``; the driver sends, receives and waits."""

    def __init__(
        self,
        security: Security,
        interval: float = RETRY_INTERVAL_S,
        max_requests: int = MAX_REQUESTS,
    ) -> None:
        self.security = security
        self.interval = interval
        self.max_requests = max_requests
        self.requests = 0
        self.deadline: float | None = None
        self.done = False
        self.ignored = 0
        self._limited = RateLimitedLog(log)

    def next_deadline(self) -> float | None:
        return self.deadline

    def handle(self, event: SdpEvent, now: float) -> list[SdpAction]:
        if isinstance(event, Start):
            return self._send(now)
        if isinstance(event, DatagramReceived):
            return self._on_datagram(event.datagram, now)
        return self._tick(now)

    def _send(self, now: float) -> list[SdpAction]:
        self.requests += 1
        self.deadline = now + self.interval
        return [SendRequest(build_request(self.security))]

    def _tick(self, now: float) -> list[SdpAction]:
        """Resends, or gives up, once the deadline passed."""
        if self.done or self.deadline is None or now < self.deadline:
            return []
        if self.requests >= self.max_requests:
            self.done = True
            self.deadline = None
            return [GaveUp(False, f"no SDP response after {self.requests} requests")]
        return self._send(now)

    def _on_datagram(self, datagram: bytes, now: float) -> list[SdpAction]:
        if self.done:
            return []
        try:
            resp = parse_response(datagram)
        except SdpError as exc:
            self.ignored += 1
            self._limited.warning("malformed", now, "SDP: ignoring malformed response: %s", exc)
            return self._tick(now)  # a flood of answers must not hold back the retries
        if resp.transport != Transport.TCP:
            self.ignored += 1
            self._limited.warning(
                "transport", now, "SDP: ignoring response with transport %s", resp.transport.name
            )
            return self._tick(now)
        self.done = True
        self.deadline = None
        return [Found(True, "SECC found", resp)]


# ---------------------------------------------------------------- asyncio driver


class _Port(asyncio.DatagramProtocol):
    """The SDP socket's protocol and the executor's port to it: requests out to ``dest``,
    datagrams in (at most QUEUE_MAX waiting; more are counted and dropped)."""

    def __init__(self, dest: tuple[str, int, int, int], clock: Clock) -> None:
        self.dest = dest
        self.clock = clock
        self.queue: asyncio.Queue[bytes] = asyncio.Queue(QUEUE_MAX)
        self.dropped = 0
        self.sent = 0
        self.transport: asyncio.DatagramTransport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = cast(asyncio.DatagramTransport, transport)

    def datagram_received(self, data: bytes, addr: tuple[str | int, ...]) -> None:
        if self.queue.full():
            self.dropped += 1  # counted, reported once when discovery ends
            return
        self.queue.put_nowait(data)

    def error_received(self, exc: Exception) -> None:
        log.debug("SDP socket error: %s", exc)

    async def send(self, action: Any) -> Event | None:
        assert self.transport is not None
        self.sent += 1
        log.debug("SDP request %d to %s", self.sent, self.dest[0])
        self.transport.sendto(action.datagram, self.dest)
        return None

    async def receive(self, deadline: float | None) -> Event | None:
        data = await next_item(self.queue, self.clock, deadline)
        return None if data is None else DatagramReceived(data)

    def perform(self, action: Any) -> None:
        pass


def _report_unusable(client: SdpClient, proto: _Port) -> None:
    """One line with the totals of what a discovery could not use."""
    if client.ignored or proto.dropped:
        log.warning(
            "SDP: %d unusable answers ignored, %d dropped (queue full)",
            client.ignored,
            proto.dropped,
        )


def with_scope(address: str, scope: int) -> str:
    """The host string to connect to: link-local addresses need their interface's scope."""
    if scope and "%" not in address and ipaddress.IPv6Address(address).is_link_local:
        return f"{address}%{scope}"
    return address


def scope_id(interface: str | None) -> int:
    if not interface:
        return 0
    try:
        return socket.if_nametoindex(interface)
    except OSError as exc:
        raise SdpFailed(f"interface {interface!r} not found") from exc


def _open_socket(dest_addr: str, ifname: str | None) -> tuple[socket.socket, int]:
    """The SDP client socket and the scope id for ``dest_addr``."""
    ip = ipaddress.IPv6Address(dest_addr)
    # only link-local and multicast destinations need (and get) the interface's scope
    scope = scope_id(ifname) if ip.is_link_local or ip.is_multicast else 0
    sock = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM)
    sock.setblocking(False)
    if scope:
        sock.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_MULTICAST_IF, scope)
    sock.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_MULTICAST_HOPS, 1)
    sock.bind(("::", 0, 0, 0))
    return sock, scope


async def discover(
    security: Security,
    interface: str | None = None,
    target: str | None = None,
    clock: Clock | None = None,
    interval: float = RETRY_INTERVAL_S,
    max_requests: int = MAX_REQUESTS,
    port: int = SDP_PORT,
) -> tuple[SdpResponse, int]:
    """Find the SECC; returns the response and the scope id to connect with.

    ``target`` sends unicast to that address instead of the ``ff02::1`` multicast; ``port``
    other than 15118 only for tests and benches.
    Raises ``SdpFailed`` when all requests went unanswered.
    """
    clock = clock or MonotonicClock()
    dest_addr = target or SDP_MULTICAST
    ifname = interface
    if "%" in dest_addr:
        dest_addr, ifname = dest_addr.split("%", 1)
    sock, scope = _open_socket(dest_addr, ifname)
    loop = asyncio.get_running_loop()
    dest = (dest_addr, port, 0, scope)
    transport, proto = await loop.create_datagram_endpoint(lambda: _Port(dest, clock), sock=sock)
    client = SdpClient(security, interval, max_requests)
    try:
        stop = await Executor(client, proto, clock, DtcRegistry()).run()
    finally:
        transport.close()
        _report_unusable(client, proto)
    if not isinstance(stop, Found):
        raise SdpFailed(stop.reason)
    resp = stop.response
    log.info("SDP: SECC at [%s]:%d security=%s", resp.address, resp.port, resp.security.name)
    return resp, scope
