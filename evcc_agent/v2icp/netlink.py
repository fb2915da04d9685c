"""What the kernel knows about the charger's link: address, route (pyroute2), RDNSS (the RAs);
the source rule's rules and table (read and written over netlink, CAP_NET_ADMIN to write).

Thin I/O for the path core (``path.py``): no decisions here beyond "usable". The OS applies
the Router Advertisements (kernel SLAAC or systemd-networkd); we only read the result. The
kernel hands the RA's RDNSS option to user space but keeps no copy, so ``RdnssListener``
reads RAs on the interface itself (a raw ICMPv6 socket, CAP_NET_RAW) and solicits one at
start, so it need not wait for the next periodic RA.
"""

from __future__ import annotations

import asyncio
import contextlib
import importlib
import ipaddress
import logging
import os
import socket
import struct
import time
from dataclasses import dataclass, field
from typing import Any

from evcc_agent.v2icp.binding import SO_BINDTODEVICE
from evcc_agent.v2icp.source_rule import (
    Change,
    Observed,
    OtherRule,
    Policy,
    TableRoute,
    describe,
    route_key,
)

log = logging.getLogger(__name__)

# <linux/if_addr.h>
IFA_F_DADFAILED = 0x08
IFA_F_DEPRECATED = 0x20
IFA_F_TENTATIVE = 0x40
_UNUSABLE = IFA_F_DADFAILED | IFA_F_TENTATIVE | IFA_F_DEPRECATED
RT_SCOPE_UNIVERSE = 0
ICMP6_FILTER = 1  # <netinet/icmp6.h>, level IPPROTO_ICMPV6
ND_ROUTER_SOLICIT = 133
ND_ROUTER_ADVERT = 134


@dataclass(frozen=True)
class LinkState:
    exists: bool
    up: bool = False
    addresses: tuple[str, ...] = ()  # usable global IPv6 addresses, kernel order


async def _all(result: Any) -> list[Any]:
    """pyroute2's async calls answer with a list or an async generator, by request."""
    if hasattr(result, "__aiter__"):
        return [msg async for msg in result]
    return list(result)


async def link_state(interface: str) -> LinkState:
    """The interface's operational state and its usable global IPv6 addresses."""
    from pyroute2 import AsyncIPRoute

    async with AsyncIPRoute() as ipr:
        found = await ipr.link_lookup(ifname=interface)
        if not found:
            return LinkState(False)
        index = found[0]
        link = (await _all(await ipr.link("get", index=index)))[0]
        up = link.get("IFLA_OPERSTATE") in ("UP", "UNKNOWN")
        addrs = []
        for msg in await _all(await ipr.addr("dump", family=socket.AF_INET6, index=index)):
            flags = msg.get("IFA_FLAGS") or msg["flags"]
            if msg["scope"] == RT_SCOPE_UNIVERSE and not flags & _UNUSABLE:
                addrs.append(str(msg.get("IFA_ADDRESS")))
        return LinkState(True, up, tuple(addrs))


async def route_source(interface: str, destination: str) -> str | None:
    """The source address of the kernel's route to ``destination`` for a socket bound to
    ``interface`` (policy rules on ``oif`` included), or None when there is none."""
    from pyroute2 import AsyncIPRoute
    from pyroute2.netlink.exceptions import NetlinkError

    async with AsyncIPRoute() as ipr:
        found = await ipr.link_lookup(ifname=interface)
        if not found:
            return None
        try:
            routes = await _all(
                await ipr.route("get", dst=destination.partition("%")[0], oif=found[0])
            )
        except NetlinkError:
            return None
        if not routes or routes[0].get("RTA_OIF") != found[0]:
            return None
        src = routes[0].get("RTA_PREFSRC")
        return str(src) if src else None


# --- the source rule's kernel state (decisions: source_rule.py) --------------------------------
RTN_UNICAST = 1
RTN_UNREACHABLE = 7
FR_ACT_TO_TBL = 1
RT_TABLE_LOCAL = 255
RTPROT_STATIC = 4


def _network(msg: Any, key: str, length: int) -> str:
    return str(ipaddress.IPv6Network(f"{msg.get(key) or '::'}/{length}", strict=False))


def _table_route(msg: Any) -> TableRoute:
    return TableRoute(
        _network(msg, "RTA_DST", msg["dst_len"]),
        str(msg.get("RTA_GATEWAY")) if msg.get("RTA_GATEWAY") else None,
        int(msg.get("RTA_PRIORITY") or 0),
        msg["type"] == RTN_UNREACHABLE,
    )


def _rule_table(msg: Any) -> int:
    return int(msg.get("FRA_TABLE") or msg["table"])


async def source_view(interface: str, table: int, priority: int) -> Observed:
    """What the kernel holds for the source rule: the interface's global addresses, its
    unicast routes in every other table, our rules (``priority`` to ``table``) and table, and
    every other rule with a source. A missing interface has no addresses and no routes."""
    from pyroute2 import AsyncIPRoute

    v6 = socket.AF_INET6
    async with AsyncIPRoute() as ipr:
        found = await ipr.link_lookup(ifname=interface)
        index = found[0] if found else -1
        addrs, routes, ours = [], set(), set()
        if found:
            for msg in await _all(await ipr.addr("dump", family=v6, index=index)):
                flags = msg.get("IFA_FLAGS") or msg["flags"]
                if msg["scope"] == RT_SCOPE_UNIVERSE and not flags & IFA_F_DADFAILED:
                    addrs.append((str(msg.get("IFA_ADDRESS")), int(msg["prefixlen"])))
        for msg in await _all(await ipr.route("dump", family=v6)):
            t = int(msg.get("RTA_TABLE") or msg["table"])
            if t == table:
                ours.add(_table_route(msg))
            elif t != RT_TABLE_LOCAL and msg["type"] == RTN_UNICAST and msg.get("RTA_OIF") == index:
                routes.add(_table_route(msg))
        rules, others = set(), []
        for msg in await _all(await ipr.rule("dump", family=v6)):
            if not msg["src_len"]:
                continue
            source = _network(msg, "FRA_SRC", msg["src_len"])
            prio = int(msg.get("FRA_PRIORITY") or 0)
            to_table = _rule_table(msg) if msg["action"] == FR_ACT_TO_TBL else None
            if prio == priority and to_table == table:
                rules.add(source)
            else:
                others.append(OtherRule(source, prio, to_table))
    return Observed(
        tuple(addrs),
        tuple(sorted(routes, key=route_key)),
        Policy(frozenset(rules), frozenset(ours)),
        tuple(others),
    )


async def apply_source_changes(
    interface: str,
    table: int,
    priority: int,
    actions: list[Change],
) -> None:
    """Carry the changes out in order. An add that exists already and a delete of what is gone
    are no errors; no right (EPERM) is ``PermissionError``; any other refusal ``OSError``."""
    import errno

    from pyroute2 import AsyncIPRoute
    from pyroute2.netlink.exceptions import NetlinkError

    v6 = socket.AF_INET6
    async with AsyncIPRoute() as ipr:
        found = await ipr.link_lookup(ifname=interface)
        for act in actions:
            try:
                verb = "add" if act.add else "del"
                if isinstance(act.target, str):
                    net = ipaddress.IPv6Network(act.target)
                    rule = {"table": table, "priority": priority, "src_len": net.prefixlen}
                    if act.add:  # a delete matches whoever's rule it is
                        rule["proto"] = RTPROT_STATIC
                    await ipr.rule(verb, family=v6, src=str(net.network_address), **rule)
                    continue
                r = act.target
                keys: dict[str, Any] = {"dst": r.destination, "table": table, "priority": r.metric}
                if r.unreachable:
                    keys["type"] = "unreachable"
                elif found:
                    keys.update(oif=found[0], **({"gateway": r.gateway} if r.gateway else {}))
                else:
                    continue  # the interface went away meanwhile: the next look sees it
                await ipr.route(verb, family=v6, **keys)
            except NetlinkError as exc:
                what = describe(act, table, priority)
                if exc.code in (errno.EPERM, errno.EACCES):
                    raise PermissionError(exc.code, f"{what}: {os.strerror(exc.code)}") from exc
                if exc.code in ((errno.EEXIST,) if act.add else (errno.ENOENT, errno.ESRCH)):
                    continue
                raise OSError(exc.code, f"{what}: {os.strerror(exc.code)}") from exc


# --- RDNSS from the Router Advertisements --------------------------------------------------------
def parse_rdnss(payload: bytes) -> list[tuple[str, float]]:
    """``(server, lifetime_s)`` of every RDNSS option in an ICMPv6 Router Advertisement."""
    from scapy.layers.inet6 import ICMPv6ND_RA, ICMPv6NDOptRDNSS

    ra = ICMPv6ND_RA(payload)
    out = []
    opt = ra.getlayer(ICMPv6NDOptRDNSS)
    while opt is not None:
        out += [(ipaddress.IPv6Address(a).compressed, float(opt.lifetime)) for a in opt.dns]
        opt = opt.payload.getlayer(ICMPv6NDOptRDNSS) if opt.payload else None
    return out


@dataclass
class RdnssListener:
    """The DNS servers the charger announces on ``interface``, with their lifetimes."""

    interface: str
    servers: dict[str, float] = field(default_factory=dict)  # server -> expiry (monotonic)
    error: str = ""

    def current(self, now: float | None = None) -> list[str]:
        now = time.monotonic() if now is None else now
        return [s for s, until in self.servers.items() if until > now]

    def heard(self, payload: bytes, now: float) -> None:
        try:
            found = parse_rdnss(payload)
        except Exception as exc:  # a malformed RA must not stop the listener
            log.debug("ignoring a malformed RA: %s", exc)
            return
        for server, lifetime in found:
            if lifetime <= 0:
                self.servers.pop(server, None)
            else:
                if server not in self.servers:
                    log.info("RDNSS %s on %s (lifetime %.0f s)", server, self.interface, lifetime)
                self.servers[server] = now + lifetime

    def _socket(self) -> socket.socket:
        sock = socket.socket(socket.AF_INET6, socket.SOCK_RAW, socket.IPPROTO_ICMPV6)
        try:
            sock.setsockopt(socket.SOL_SOCKET, SO_BINDTODEVICE, self.interface.encode())
            blocked = [0xFFFFFFFF] * 8  # pass Router Advertisements only
            blocked[ND_ROUTER_ADVERT >> 5] &= ~(1 << (ND_ROUTER_ADVERT & 31))
            sock.setsockopt(socket.IPPROTO_ICMPV6, ICMP6_FILTER, struct.pack("8I", *blocked))
            sock.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_RECVHOPLIMIT, 1)
            sock.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_MULTICAST_HOPS, 255)
            sock.setblocking(False)
        except BaseException:
            sock.close()
            raise
        return sock

    async def run(self, retry_s: float = 5.0) -> None:
        """Listen until cancelled. Without the right (CAP_NET_RAW) say so once and end; while
        the interface is missing or broken (modem reset) try again every ``retry_s``."""
        # scapy takes a second to import: load it now, not when the first RA arrives
        await asyncio.to_thread(importlib.import_module, "scapy.layers.inet6")
        while True:
            try:
                await self._listen()
            except PermissionError as exc:
                self.error = f"cannot read RAs on {self.interface}: {exc.strerror or exc}"
                log.warning("%s; set [v2icp] dns_servers", self.error)
                return
            except OSError as exc:
                if self.error != str(exc):
                    log.info("RA listener on %s: %s; again in %g s", self.interface, exc, retry_s)
                self.error = str(exc)
            await asyncio.sleep(retry_s)

    async def _listen(self) -> None:
        loop = asyncio.get_running_loop()
        with contextlib.closing(self._socket()) as sock:
            scope = socket.if_nametoindex(self.interface)
            try:  # a solicited RA, so we need not wait for the next periodic one
                sock.sendto(
                    bytes([ND_ROUTER_SOLICIT, 0, 0, 0, 0, 0, 0, 0]), ("ff02::2", 0, 0, scope)
                )
            except OSError as exc:
                log.info("no Router Solicitation on %s: %s", self.interface, exc)
            self.error = ""
            while True:
                data, ancdata = await _recvmsg(loop, sock)
                if not _hop_limit_255(ancdata):
                    continue  # RFC 4861: an RA from off the link is ignored
                self.heard(data, time.monotonic())


async def _recvmsg(
    loop: asyncio.AbstractEventLoop, sock: socket.socket
) -> tuple[bytes, list[tuple[int, int, bytes]]]:
    """One datagram with its ancillary data (asyncio has no ``sock_recvmsg``)."""
    while True:
        try:
            data, ancdata, _flags, _addr = sock.recvmsg(1500, socket.CMSG_SPACE(4))
            return data, ancdata
        except BlockingIOError:
            ready: asyncio.Future[None] = loop.create_future()
            loop.add_reader(sock.fileno(), _wake, ready)
            try:
                await ready
            finally:
                loop.remove_reader(sock.fileno())


def _wake(fut: asyncio.Future[None]) -> None:
    if not fut.done():
        fut.set_result(None)


def _hop_limit_255(ancdata: list[tuple[int, int, bytes]]) -> bool:
    for level, kind, value in ancdata:
        if level == socket.IPPROTO_IPV6 and kind == socket.IPV6_HOPLIMIT:
            return struct.unpack("i", value[:4])[0] == 255
    return False
