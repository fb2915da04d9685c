"""The SECC simulator's SDP responder: answers discovery requests on UDP (ISO 15118-2 §7.10).

Multicast on ff02::1 of an interface (the real set-up, in a network namespace) or unicast on
an address (tests, benches); the answer names the V2GTP server's address, port and security.
"""

from __future__ import annotations

import asyncio
import contextlib
import ipaddress
import logging
import socket
import struct
from collections.abc import Callable
from pathlib import Path
from typing import Any, cast

from evcc_agent.iso15118 import sdp

log = logging.getLogger(__name__)

#: builds the SDP response for the moment a request arrives; None: stay silent (a fault)
Answer = Callable[[], bytes | None]


def link_local_of(interface: str | None) -> str | None:
    """The first fe80:: address of ``interface`` (from /proc/net/if_inet6)."""
    if not interface:
        return None
    with contextlib.suppress(OSError):
        for line in Path("/proc/net/if_inet6").read_text().splitlines():
            fields = line.split()
            if len(fields) >= 6 and fields[5] == interface and fields[0].startswith("fe80"):
                return str(ipaddress.IPv6Address(bytes.fromhex(fields[0])))
    return None


def advertised_address(advertise: str | None, host: str, bind: str, interface: str | None) -> str:
    """The address SDP responses name: ``advertise``, the server's host, else the SDP socket's
    (or the interface's link-local one when both listen on every address)."""
    address = advertise or host
    if address in ("::", "0.0.0.0", ""):
        address = bind if bind != "::" else link_local_of(interface) or "::1"
    return address


class _SdpProtocol(asyncio.DatagramProtocol):
    def __init__(self, answer: Answer) -> None:
        self.answer = answer
        self.transport: asyncio.DatagramTransport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = cast(asyncio.DatagramTransport, transport)

    def datagram_received(self, data: bytes, addr: tuple[Any, ...]) -> None:
        try:
            security, _ = sdp.parse_request(data)
        except sdp.SdpError as exc:
            log.warning("SECC sim: bad SDP request: %s", exc)
            return
        resp = self.answer()
        if resp is None or self.transport is None:
            return
        self.transport.sendto(resp, addr)
        log.debug("SECC sim: SDP answered %s (asked %s)", addr, security.name)


def _socket(interface: str | None, bind: str, port: int) -> socket.socket:
    scope = socket.if_nametoindex(interface) if interface else 0
    sock = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM)
    if port:  # never with an ephemeral port: Linux may hand two such sockets the same one
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setblocking(False)
    if scope:
        mreq = ipaddress.IPv6Address(sdp.SDP_MULTICAST).packed + struct.pack("@I", scope)
        sock.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_JOIN_GROUP, mreq)
    sock.bind((bind, port, 0, scope if ipaddress.IPv6Address(bind).is_link_local else 0))
    return sock


async def serve_sdp(
    answer: Answer, interface: str | None, bind: str, port: int
) -> tuple[asyncio.DatagramTransport, int]:
    """Answer SDP on ``port`` (0: an ephemeral one); joins ff02::1 on ``interface`` when
    given. Returns the transport (close it to stop) and the port bound."""
    sock = _socket(interface, bind, port)
    loop = asyncio.get_running_loop()
    transport, _ = await loop.create_datagram_endpoint(lambda: _SdpProtocol(answer), sock=sock)
    return transport, sock.getsockname()[1]
