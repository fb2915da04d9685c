"""The asyncio driver of the CMS's VDV 463 endpoint (``websockets`` over TLS).

Thin on purpose: the handshake policy (path, HTTP Basic, subprotocol) is the library's hooks,
the protocol is ``CmsSession`` per connection, the depot content is ``DepotBridge``. The
upstream's pings reach the core through a ``ServerConnection`` that reports PING frames; the
library answers them with a pong itself. Time comes from an injected ``Clock``.
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import http
import logging
import ssl
import time
from collections import deque
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from websockets.asyncio.server import Server, ServerConnection, basic_auth, serve
from websockets.exceptions import ConnectionClosed
from websockets.frames import Frame as WsFrame
from websockets.frames import Opcode
from websockets.http11 import Request, Response
from websockets.typing import Subprotocol

from evcc_agent.clock import Clock, MonotonicClock
from evcc_agent.sansio import LinkLost
from evcc_agent.sim.tls import Listen, TlsServer, listen_url, restrict_to_profile
from evcc_agent.sim.vdv463.bridge import ChargerReading, DepotBridge
from evcc_agent.sim.vdv463.driver import FrameCallback, drive
from evcc_agent.sim.vdv463.messages import SUBPROTOCOL, ProvideChargingInformationReq
from evcc_agent.sim.vdv463.session import (
    BinaryReceived,
    ChargingRequestsReceived,
    CloseConnection,
    CmsAction,
    CmsConfig,
    CmsSession,
    Event,
    Information,
    InformationNeeded,
    Opened,
    PingReceived,
    ProtocolProblem,
    Registered,
    SendText,
)

log = logging.getLogger(__name__)

MAX_MESSAGE_BYTES = 1_048_576

VehiclesSource = Callable[[], Mapping[str, tuple[Mapping[str, int], str | None]]]
ChargerSource = Callable[[], ChargerReading | None]


def server_ssl_context(
    certfile: Path, keyfile: Path, tls12_profile_only: bool = False
) -> ssl.SSLContext:
    """TLS 1.2+ with the server certificate. ECDHE-ECDSA-AES128-SHA256 is in the default
    TLS 1.2 list; ``tls12_profile_only`` leaves nothing else."""
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.load_cert_chain(str(certfile), str(keyfile))
    if tls12_profile_only:
        restrict_to_profile(ctx)
    return ctx


class _ProblemLog:
    """One log line per ``every_s`` for a peer's protocol problems, with the count left out."""

    def __init__(self, every_s: float = 10.0) -> None:
        self.every_s = every_s
        self._last: float | None = None
        self._suppressed = 0

    def __call__(self, now: float, peer: str | None, problem: ProtocolProblem) -> None:
        if self._last is not None and now - self._last < self.every_s:
            self._suppressed += 1
            return
        more = f" (+{self._suppressed} more since)" if self._suppressed else ""
        log.warning("VDV 463 %s: %s: %s%s", peer, problem.code, problem.description, more)
        self._last = now
        self._suppressed = 0


class _PingAwareConnection(ServerConnection):
    """Reports each PING frame the upstream sends (the library still answers the pong)."""

    on_ping: Callable[[], None] | None = None

    def process_event(self, event: Any) -> None:
        super().process_event(event)
        if isinstance(event, WsFrame) and event.opcode is Opcode.PING and self.on_ping:
            self.on_ping()


class CmsServer(TlsServer):
    """The VDV 463 endpoint of the reference CMS (``start``/``stop``)."""

    def __init__(
        self,
        config: CmsConfig,
        bridge: DepotBridge,
        *,
        users: Mapping[str, str],
        vehicles: VehiclesSource,
        charger: ChargerSource = lambda: None,
        clock: Clock | None = None,
        epoch: float | None = None,
        path: str = "/vdv463",
        on_frame: FrameCallback | None = None,
    ) -> None:
        self.config = config
        self.bridge = bridge
        self.users = dict(users)
        self.vehicles = vehicles
        self.charger = charger
        self.clock: Clock = clock or MonotonicClock()
        #: wall seconds at clock 0 (frames are stamped ``epoch + clock.now()``)
        self.epoch = time.time() - self.clock.now() if epoch is None else epoch
        self.path = path
        self.on_frame = on_frame
        #: the latest connections' sessions (bounded: a standalone CMS runs for days)
        self.sessions: deque[CmsSession] = deque(maxlen=64)
        self.url = ""
        self.port = 0
        self._server: Server | None = None

    # --- handshake policy ---------------------------------------------------------------
    def _check(self, user: str, password: str) -> bool:
        expected = self.users.get(user)
        return expected is not None and hmac.compare_digest(
            expected.encode(errors="surrogateescape"), password.encode(errors="surrogateescape")
        )

    async def _process_request(self, conn: ServerConnection, request: Request) -> Response | None:
        if request.path.split("?", 1)[0] != self.path:
            return conn.respond(http.HTTPStatus.NOT_FOUND, "no VDV 463 endpoint here\n")
        return await basic_auth(realm="VDV 463", check_credentials=self._check)(conn, request)

    @staticmethod
    def _select(conn: ServerConnection, offered: Any) -> Subprotocol | None:
        """Ours if offered; otherwise none (the handshake ends without the header and the
        session closes the connection)."""
        return Subprotocol(SUBPROTOCOL) if SUBPROTOCOL in offered else None

    # --- life cycle ---------------------------------------------------------------------
    async def _serve(self, listen: Listen) -> str:
        """The ``wss://`` URL with the path."""
        self._server = await serve(
            self._handler,
            listen.host,
            listen.port,
            ssl=server_ssl_context(listen.certfile, listen.keyfile, listen.tls12_profile_only),
            process_request=self._process_request,
            select_subprotocol=self._select,
            create_connection=_PingAwareConnection,
            ping_interval=None,  # the upstream pings, the CMS answers
            max_size=MAX_MESSAGE_BYTES,
        )
        bound = self._server.sockets[0].getsockname()
        self.port = bound[1]
        url = listen_url("wss", bound, self.path)
        log.info("VDV 463 endpoint on %s", url)
        return url

    async def stop(self) -> None:
        if self._server is not None:
            self._server.close()
            with contextlib.suppress(Exception):
                await asyncio.wait_for(self._server.wait_closed(), 5.0)
        self._server = None

    def report(self) -> ProvideChargingInformationReq:
        return self.bridge.report(self.vehicles(), self.charger())

    # --- one connection -----------------------------------------------------------------
    async def _handler(self, conn: ServerConnection) -> None:
        session = CmsSession(self.config, self.epoch)
        self.sessions.append(session)
        problems = _ProblemLog()
        inbox: asyncio.Queue[Event] = asyncio.Queue()
        if isinstance(conn, _PingAwareConnection):
            conn.on_ping = lambda: inbox.put_nowait(PingReceived())

        async def execute(acts: Sequence[CmsAction]) -> bool:
            return await self._execute(conn, session, acts, problems)

        await drive(
            conn,
            session,
            Opened(conn.subprotocol),
            self.clock,
            execute,
            inbox=inbox,
            binary=lambda msg: BinaryReceived(len(msg)),
            on_frame=self.on_frame,
        )

    async def _execute(
        self,
        conn: ServerConnection,
        session: CmsSession,
        actions: Sequence[CmsAction],
        problems: _ProblemLog,
    ) -> bool:
        """Carry out the actions; False once the connection is closed."""
        for act in actions:
            if isinstance(act, SendText):
                if self.on_frame:
                    self.on_frame("tx", act.text)
                try:
                    await conn.send(act.text)
                except ConnectionClosed:
                    session.handle(LinkLost("send failed"), self.clock.now())
                    return False
            elif isinstance(act, CloseConnection):
                log.info("VDV 463: closing the connection (%s)", act.reason)
                await conn.close(act.code, act.reason)
                return False
            elif isinstance(act, InformationNeeded):
                more = session.handle(Information(self.report()), self.clock.now())
                if not await self._execute(conn, session, more, problems):
                    return False
            elif isinstance(act, Registered):
                log.info("VDV 463: %s registered", act.presystem_id)
            elif isinstance(act, ChargingRequestsReceived):
                self.bridge.charging_requests(act.presystem_id, act.requests)
            elif isinstance(act, ProtocolProblem):
                problems(self.clock.now(), session.presystem_id, act)
        return True
