"""The charger as the EV's IPv6 router (simulation): Router Advertisements on the PLC link.

A real charger that offers the ISO 15118 Internet service routes the EV's IPv6 traffic to its
uplink. Here: Router Advertisements (scapy builds them) with a SLAAC prefix and the RDNSS of
the depot's DNS server, sent periodically and in answer to Router Solicitations, and IPv6
forwarding switched on in the namespace the router runs in (``set_forwarding``; off again
simulates a charger whose uplink is down). Needs CAP_NET_RAW / CAP_NET_ADMIN (a test netns).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import ipaddress
import logging
import socket
import struct
from dataclasses import dataclass, field
from pathlib import Path

log = logging.getLogger(__name__)

SO_BINDTODEVICE = getattr(socket, "SO_BINDTODEVICE", 25)
ICMP6_FILTER = 1
ND_ROUTER_SOLICIT = 133
ALL_NODES = "ff02::1"


@dataclass
class RouterConfig:
    interface: str
    prefix: str  # "2001:db8:ca:1::/64": SLAAC needs a /64
    dns: list[str] = field(default_factory=list)
    interval_s: float = 3.0
    router_lifetime_s: int = 180
    valid_lifetime_s: int = 600
    preferred_lifetime_s: int = 300
    dns_lifetime_s: int = 600


def set_forwarding(on: bool) -> None:
    """IPv6 forwarding in this network namespace (the charger's routing on or off)."""
    Path("/proc/sys/net/ipv6/conf/all/forwarding").write_text("1\n" if on else "0\n")


def router_advertisement(cfg: RouterConfig, mac: bytes | None = None) -> bytes:
    """The ICMPv6 RA (checksum left to the kernel): prefix information, RDNSS, source MAC."""
    from scapy.layers.inet6 import (
        ICMPv6ND_RA,
        ICMPv6NDOptPrefixInfo,
        ICMPv6NDOptRDNSS,
        ICMPv6NDOptSrcLLAddr,
    )

    net = ipaddress.IPv6Network(cfg.prefix)
    ra = ICMPv6ND_RA(
        routerlifetime=cfg.router_lifetime_s, chlim=64, cksum=0
    ) / ICMPv6NDOptPrefixInfo(
        prefix=str(net.network_address),
        prefixlen=net.prefixlen,
        L=1,
        A=1,
        validlifetime=cfg.valid_lifetime_s,
        preferredlifetime=cfg.preferred_lifetime_s,
    )
    if cfg.dns:
        ra = ra / ICMPv6NDOptRDNSS(dns=list(cfg.dns), lifetime=cfg.dns_lifetime_s)
    if mac is not None:
        ra = ra / ICMPv6NDOptSrcLLAddr(lladdr=":".join(f"{b:02x}" for b in mac))
    data = bytearray(bytes(ra))
    data[2:4] = b"\0\0"  # the kernel computes the checksum of raw ICMPv6 sockets
    return bytes(data)


class Router:
    """Sends RAs on ``cfg.interface`` until ``stop``; answers every Router Solicitation."""

    def __init__(self, cfg: RouterConfig) -> None:
        self.cfg = cfg
        self.sent = 0
        self.solicitations = 0
        self._sock: socket.socket | None = None
        self._tasks: list[asyncio.Task[None]] = []
        self._ra = b""

    async def start(self) -> None:
        mac_text = Path(f"/sys/class/net/{self.cfg.interface}/address").read_text().strip()
        self._ra = router_advertisement(self.cfg, bytes.fromhex(mac_text.replace(":", "")))
        sock = socket.socket(socket.AF_INET6, socket.SOCK_RAW, socket.IPPROTO_ICMPV6)
        sock.setsockopt(socket.SOL_SOCKET, SO_BINDTODEVICE, self.cfg.interface.encode())
        sock.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_MULTICAST_HOPS, 255)
        sock.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_UNICAST_HOPS, 255)
        sock.setsockopt(
            socket.IPPROTO_IPV6,
            socket.IPV6_MULTICAST_IF,
            socket.if_nametoindex(self.cfg.interface),
        )
        blocked = [0xFFFFFFFF] * 8  # receive Router Solicitations only
        blocked[ND_ROUTER_SOLICIT >> 5] &= ~(1 << (ND_ROUTER_SOLICIT & 31))
        sock.setsockopt(socket.IPPROTO_ICMPV6, ICMP6_FILTER, struct.pack("8I", *blocked))
        # join all-routers so solicitations to ff02::2 reach us
        mreq = socket.inet_pton(socket.AF_INET6, "ff02::2") + struct.pack(
            "@I", socket.if_nametoindex(self.cfg.interface)
        )
        sock.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_JOIN_GROUP, mreq)
        sock.setblocking(False)
        self._sock = sock
        self._tasks = [
            asyncio.create_task(self._periodic(), name="ra-periodic"),
            asyncio.create_task(self._answer(), name="ra-solicited"),
        ]
        log.info(
            "router: RAs on %s for %s, RDNSS %s", self.cfg.interface, self.cfg.prefix, self.cfg.dns
        )

    def advertise(self) -> None:
        assert self._sock is not None
        scope = socket.if_nametoindex(self.cfg.interface)
        self._sock.sendto(self._ra, (ALL_NODES, 0, 0, scope))
        self.sent += 1

    async def _periodic(self) -> None:
        while True:
            with contextlib.suppress(OSError):
                self.advertise()
            await asyncio.sleep(self.cfg.interval_s)

    async def _answer(self) -> None:
        loop = asyncio.get_running_loop()
        assert self._sock is not None
        while True:
            await loop.sock_recv(self._sock, 1500)
            self.solicitations += 1
            with contextlib.suppress(OSError):
                self.advertise()  # RFC 4861 allows a multicast answer

    async def stop(self) -> None:
        for t in self._tasks:
            t.cancel()
        for t in self._tasks:
            with contextlib.suppress(asyncio.CancelledError):
                await t
        if self._sock is not None:
            self._sock.close()
            self._sock = None


# --- the SECC simulator's command line ------------------------------------------------------------
def add_arguments(parser: argparse.ArgumentParser) -> None:
    """``--router-prefix`` / ``--router-dns``: the SECC simulator also routes (on ``--interface``)."""
    parser.add_argument(
        "--router-prefix", default=None, help="send RAs with this /64 on --interface and forward"
    )
    parser.add_argument(
        "--router-dns", action="append", default=[], help="RDNSS in the RAs (repeatable)"
    )


async def from_arguments(args: argparse.Namespace) -> Router | None:
    """The router the arguments ask for, started (forwarding on), or None."""
    if args.router_prefix is None:
        return None
    if not args.interface:
        raise SystemExit("--router-prefix needs --interface (the PLC link)")
    set_forwarding(True)
    router = Router(RouterConfig(args.interface, args.router_prefix, list(args.router_dns)))
    await router.start()
    return router
