"""Sockets that can only leave through one interface: the V2ICP connection and its DNS queries.

``SO_BINDTODEVICE`` must be set *before* ``connect``: the kernel picks the route at connect
time, and with only a source address bound, a preferred default route through another uplink
(cellular) would still carry the SYN. httpcore applies its ``socket_options`` after
connecting, so the V2ICP transport gets a network backend of its own (``BoundNetwork``) that
creates the socket itself. The URL keeps the backend's host name (TLS SNI and certificate check
use it); only the address to connect to comes from the path (``Bind``), never from the
system resolver. Binding needs CAP_NET_RAW (the service unit grants it).
"""

from __future__ import annotations

import asyncio
import socket
from collections.abc import Iterable
from dataclasses import dataclass

import httpcore
from anyio.abc import SocketStream
from httpcore._backends.anyio import AnyIOStream  # the stream httpcore's own backend returns

#: Linux <linux/socket.h>; Python's socket module has it only on some builds
SO_BINDTODEVICE = getattr(socket, "SO_BINDTODEVICE", 25)


def bound_socket(
    interface: str | None, source: str | None, kind: int = socket.SOCK_STREAM
) -> socket.socket:
    """A non-blocking IPv6 socket bound to ``interface`` (and ``source``) before any connect."""
    sock = socket.socket(socket.AF_INET6, kind)
    try:
        sock.setblocking(False)
        if interface is not None:
            sock.setsockopt(socket.SOL_SOCKET, SO_BINDTODEVICE, interface.encode())
        if source is not None:
            sock.bind((source, 0))
        if kind == socket.SOCK_STREAM:
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    except BaseException:
        sock.close()
        raise
    return sock


@dataclass
class Route:
    """Where V2ICP connections go: set by the path driver, read at each connect."""

    interface: str
    backend: str | None = None
    source: str | None = None


class BoundNetwork(httpcore.AsyncNetworkBackend):
    """httpcore network backend: TCP to ``route.backend`` through ``route.interface`` only."""

    def __init__(self, route: Route) -> None:
        self.route = route
        self._fallback = httpcore.AnyIOBackend()

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        route = self.route
        if route.backend is None:
            raise httpcore.ConnectError(f"no path to {host} through {route.interface} yet")
        addr, _, scope = route.backend.partition("%")
        scope_id = socket.if_nametoindex(scope) if scope else 0
        try:
            sock = bound_socket(route.interface, route.source)
        except OSError as exc:
            raise httpcore.ConnectError(f"binding to {route.interface}: {exc}") from exc
        try:
            async with asyncio.timeout(timeout):
                await asyncio.get_running_loop().sock_connect(sock, (addr, port, 0, scope_id))
            stream = await SocketStream.from_socket(sock)
        except TimeoutError as exc:
            sock.close()
            raise httpcore.ConnectTimeout(f"connect to [{addr}]:{port}") from exc
        except OSError as exc:
            sock.close()
            raise httpcore.ConnectError(str(exc)) from exc
        return AnyIOStream(stream)

    async def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        raise httpcore.ConnectError("V2ICP does not use UNIX sockets")

    async def sleep(self, seconds: float) -> None:
        await self._fallback.sleep(seconds)
