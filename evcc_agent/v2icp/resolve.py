"""The backend's name, resolved through the charger's DNS over the bound interface (dnspython).

Never the system resolver: it would ask whatever ``/etc/resolv.conf`` names, through whatever
uplink routes there. Only AAAA (VDV 261 is IPv6 end to end; IPv4-only backends are out of
scope). Servers are tried in order; the first address of the first answer wins.
"""

from __future__ import annotations

import asyncio
import ipaddress
import logging
import socket
from collections.abc import Sequence
from typing import Any

from evcc_agent.v2icp.binding import bound_socket

log = logging.getLogger(__name__)


class ResolveError(Exception):
    """No server gave an IPv6 address for the name (the message says why, per server)."""


def literal_address(host: str) -> str | None:
    """``host`` itself when it is an IPv6 literal (no look-up needed), else None."""
    try:
        return ipaddress.IPv6Address(host.strip("[]")).compressed
    except ValueError:
        return None


async def _query(
    name: str, server: str, interface: str | None, source: str | None, timeout: float, port: int
) -> Any:
    """One AAAA query over UDP on a socket bound to ``interface``: dnspython builds, checks
    and parses the messages; only the datagrams go through our socket (asyncio, no thread)."""
    import dns.exception
    import dns.inet
    import dns.message
    import dns.rdatatype

    query = dns.message.make_query(name, dns.rdatatype.AAAA)
    where = dns.inet.low_level_address_tuple((server, port), socket.AF_INET6)
    loop = asyncio.get_running_loop()
    with bound_socket(interface, source, socket.SOCK_DGRAM) as sock:
        async with asyncio.timeout(timeout):
            await loop.sock_sendto(sock, query.to_wire(), where)
            while True:
                wire, peer = await loop.sock_recvfrom(sock, 65535)
                if peer[0].partition("%")[0] != where[0]:
                    continue  # not from the server we asked
                try:
                    answer = dns.message.from_wire(wire)
                except dns.exception.DNSException:
                    continue
                if query.is_response(answer):
                    return answer


async def resolve(
    name: str,
    servers: Sequence[str],
    *,
    interface: str | None,
    source: str | None = None,
    timeout: float = 3.0,
    port: int = 53,
) -> str:
    """The first IPv6 address of ``name``, asked of ``servers`` through ``interface``."""
    import dns.exception
    import dns.rcode
    import dns.rdatatype

    if not servers:
        raise ResolveError("no DNS server known (no RDNSS from the charger, none configured)")
    problems = []
    for server in servers:
        try:
            answer = await _query(name, server, interface, source, timeout, port)
        except TimeoutError:
            problems.append(f"{server}: no answer within {timeout:g} s")
            continue
        except (OSError, ValueError, dns.exception.DNSException) as exc:
            problems.append(f"{server}: {type(exc).__name__} {exc}".strip())
            continue
        if answer.rcode() != dns.rcode.NOERROR:
            problems.append(f"{server}: {dns.rcode.to_text(answer.rcode())}")
            continue
        for rrset in answer.answer:
            if rrset.rdtype == dns.rdatatype.AAAA:
                for rdata in rrset:
                    return ipaddress.IPv6Address(rdata.address).compressed
        problems.append(f"{server}: no AAAA record")
    raise ResolveError(f"{name}: " + "; ".join(problems))
