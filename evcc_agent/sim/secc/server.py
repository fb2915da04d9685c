"""The SECC simulator on the network: ``SeccResponder`` behind V2GTP framing and the EXI codec.

One responder per connection (they share the ids of paused sessions, so a resumed session
finds its id again), on TCP or TLS (1.3 with mutual authentication, or 1.2, with the test
PKI), plus an SDP responder (``sdp.py``) naming this server.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import ssl
from collections.abc import Callable

from evcc_agent.iso15118 import sdp
from evcc_agent.iso15118.codec import Codec, default_codec, namespace_for, warm_up
from evcc_agent.iso15118.v2gtp import ISO20_STREAM_TYPES, V2gtpConnection, V2gtpError
from evcc_agent.sim.secc.config import SeccSimConfig
from evcc_agent.sim.secc.protocols import grammars
from evcc_agent.sim.secc.responder import Reply, SeccResponder
from evcc_agent.sim.secc.sdp import advertised_address, serve_sdp

log = logging.getLogger(__name__)


class SeccServer:
    """TCP or TLS V2GTP server around ``SeccResponder``, plus an SDP responder."""

    def __init__(
        self,
        config: SeccSimConfig | None = None,
        ssl_context: ssl.SSLContext | None = None,
        host: str = "::1",
        port: int = 0,
        codec: Codec | None = None,
    ) -> None:
        self.cfg = config or SeccSimConfig()
        self.ssl_context = ssl_context
        self.host = host
        self.port = port
        self._codec = codec
        self.responders: list[SeccResponder] = []
        self.paused_sessions: set[str] = set()
        #: called with each new connection's responder (a test may change faults there)
        self.on_responder: Callable[[SeccResponder], None] | None = None
        self._server: asyncio.Server | None = None
        self._sdp_transport: asyncio.DatagramTransport | None = None
        self.sdp_port = 0
        self._conn_tasks: set[asyncio.Task[None]] = set()

    @property
    def codec(self) -> Codec:
        if self._codec is None:
            self._codec = default_codec()
        return self._codec

    @property
    def responder(self) -> SeccResponder:
        return self.responders[-1]

    async def start(self) -> None:
        warm_up(self.codec)
        extra = grammars(self.cfg.protocols)
        if extra:
            warm_up(self.codec, extra)
        self._server = await asyncio.start_server(
            self._serve, self.host, self.port, ssl=self.ssl_context
        )
        self.port = self._server.sockets[0].getsockname()[1]
        log.info(
            "SECC sim listening on [%s]:%d (%s)",
            self.host,
            self.port,
            "TLS" if self.ssl_context else "TCP",
        )

    async def start_sdp(
        self,
        interface: str | None = None,
        bind: str = "::",
        advertise: str | None = None,
        port: int = sdp.SDP_PORT,
    ) -> None:
        """Answer SDP on UDP 15118 (``port`` 0: an ephemeral port for tests, see
        ``sdp_port``): joins ff02::1 on ``interface`` when given."""
        address = advertised_address(advertise, self.host, bind, interface).split("%")[0]

        def answer() -> bytes | None:
            if any(f.kind == "no_answer" and f.at == "SDP" for f in self.cfg.faults):
                return None
            sec = sdp.Security.TLS if self.ssl_context else sdp.Security.NONE
            return sdp.build_response(sdp.SdpResponse(address, self.port, sec, sdp.Transport.TCP))

        self._sdp_transport, self.sdp_port = await serve_sdp(answer, interface, bind, port)

    async def stop(self) -> None:
        if self._sdp_transport is not None:
            self._sdp_transport.close()
        if self._server is not None:
            self._server.close()
            for task in list(self._conn_tasks):
                task.cancel()
            with contextlib.suppress(Exception):
                await asyncio.wait_for(self._server.wait_closed(), 2.0)

    async def __aenter__(self) -> SeccServer:
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        if task is not None:
            self._conn_tasks.add(task)
        responder = SeccResponder(self.cfg, paused_sessions=self.paused_sessions)
        self.responders.append(responder)
        if self.on_responder:
            self.on_responder(responder)
        conn = V2gtpConnection(reader, writer, allowed=ISO20_STREAM_TYPES)
        try:
            while await self._exchange(conn, responder):
                pass
        except (V2gtpError, asyncio.CancelledError) as exc:
            log.debug("SECC sim: connection ended: %s", exc)
        finally:
            await conn.close()
            if task is not None:
                self._conn_tasks.discard(task)

    async def _exchange(self, conn: V2gtpConnection, responder: SeccResponder) -> bool:
        """One request and its reply; False: the connection ends."""
        ptype, payload = await conn.read_frame()
        try:
            msg = self.codec.decode(responder.request_namespace(ptype), payload)
        except Exception as exc:  # the codec's typed errors; the sim just drops
            log.warning("SECC sim: undecodable request: %s", exc)
            return False
        reply: Reply = responder.handle(ptype, msg)
        if reply.kind == "drop":
            return False
        if reply.kind == "garbage":
            await conn.send_frame(ptype, b"\xff\xfe\xfd\xfc garbage")
        elif reply.kind == "message":
            assert reply.message is not None
            data = self.codec.encode(reply.ns or namespace_for(reply.payload_type), reply.message)
            await conn.send_frame(responder.wire_payload_type(reply), data)
        return True
