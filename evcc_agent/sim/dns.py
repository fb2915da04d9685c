"""A small authoritative DNS server over UDP for the simulated depot network (dnspython).

Answers AAAA (and nothing else) for the names it is given, NXDOMAIN for others; records who
asked what, so a test can see that the EV's look-ups came through the charger.
"""

from __future__ import annotations

import asyncio
import logging
import socket
from dataclasses import dataclass, field
from typing import Any

log = logging.getLogger(__name__)


@dataclass
class DnsServer:
    records: dict[str, str]  # name -> IPv6 address
    ttl: int = 60
    queries: list[tuple[str, str]] = field(default_factory=list)  # (client, name)
    _transport: asyncio.DatagramTransport | None = None

    def answer(self, wire: bytes, client: str) -> bytes | None:
        import dns.exception
        import dns.flags
        import dns.message
        import dns.rcode
        import dns.rdatatype
        import dns.rrset

        try:
            query = dns.message.from_wire(wire)
        except dns.exception.DNSException:
            return None
        response = dns.message.make_response(query)
        response.flags |= dns.flags.AA
        if not query.question:
            response.set_rcode(dns.rcode.FORMERR)
            return response.to_wire()
        q = query.question[0]
        name = q.name.to_text(omit_final_dot=True).lower()
        self.queries.append((client, name))
        address = self.records.get(name)
        if address is None:
            response.set_rcode(dns.rcode.NXDOMAIN)
        elif q.rdtype == dns.rdatatype.AAAA:
            response.answer.append(dns.rrset.from_text(q.name, self.ttl, "IN", "AAAA", address))
        return response.to_wire()

    async def start(self, host: str = "::", port: int = 53) -> int:
        server = self

        class _Proto(asyncio.DatagramProtocol):
            def connection_made(self, transport: Any) -> None:
                server._transport = transport

            def datagram_received(self, data: bytes, addr: Any) -> None:
                out = server.answer(data, addr[0])
                if out is not None and server._transport is not None:
                    server._transport.sendto(out, addr)

        loop = asyncio.get_running_loop()
        transport, _ = await loop.create_datagram_endpoint(
            _Proto, local_addr=(host, port), family=socket.AF_INET6
        )
        bound = transport.get_extra_info("sockname")
        log.info("DNS sim on [%s]:%d for %s", bound[0], bound[1], sorted(self.records))
        return int(bound[1])

    def stop(self) -> None:
        if self._transport is not None:
            self._transport.close()
            self._transport = None
