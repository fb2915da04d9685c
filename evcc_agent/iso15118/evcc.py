"""One EVCC charging session: connection (``connect.py``) → SAP → the negotiated protocol's
core, both driven by the one executor over the V2GTP port (``driver.py``).

Which core runs after SAP, with which payload types, grammars and CommunicationSetup limit,
comes from the protocol registry (``registry.py``).

Usage::

    evcc = Evcc(config.iso15118, ev_source, on_internet=listener, dtc=registry)
    result = await evcc.run()         # one session; evcc.request_stop() ends it early
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field
from typing import Any

from evcc_agent.clock import Clock, MonotonicClock
from evcc_agent.dtc import DtcRegistry
from evcc_agent.events import InternetEvent, InternetListener
from evcc_agent.executor import Executor
from evcc_agent.iso15118.codec import Codec, default_codec, warm_up
from evcc_agent.iso15118.config import Iso15118Config
from evcc_agent.iso15118.connect import Connected, ConnectFailed, SeccConnector, default_evcc_id
from evcc_agent.iso15118.driver import MessageObserver, V2gObserver, V2gRecord, V2gtpPort
from evcc_agent.iso15118.ev_data import EvDataSource
from evcc_agent.iso15118.pnc.errors import PncError
from evcc_agent.iso15118.pnc.wallet import PncWallet
from evcc_agent.iso15118.pnc.wallet import from_config as wallet_from_config
from evcc_agent.iso15118.registry import SessionContext, V2gProtocol, grammars_for
from evcc_agent.iso15118.session.sap import SapSession
from evcc_agent.sansio import StopRequested

log = logging.getLogger(__name__)


@dataclass
class SessionResult:
    ok: bool
    reason: str
    protocol: str | None = None
    secc: str | None = None
    tls: str | None = None
    session_id: str | None = None
    #: the session ended with SessionStop(Pause): pass ``session_id`` to ``run`` to resume
    paused: bool = False
    #: offer these protocols next time (the SECC accepted a -20 energy namespace it then did
    #: not offer as a service: the other one goes first)
    retry_protocols: list[str] | None = None
    #: offer these identification modes next time (a Plug & Charge step failed: EIM)
    retry_auth: list[str] | None = None
    messages: int = 0
    timings: dict[str, float] = field(default_factory=dict)


class Evcc:
    """One charging session against the SECC that SDP (or the config) names."""

    def __init__(
        self,
        config: Iso15118Config,
        ev: EvDataSource,
        *,
        on_internet: InternetListener | None = None,
        dtc: DtcRegistry | None = None,
        clock: Clock | None = None,
        codec: Codec | None = None,
        on_message: MessageObserver | None = None,
        ssl_context: Any = None,
        on_v2g: V2gObserver | None = None,
        pnc: PncWallet | None = None,
    ) -> None:
        self.cfg = config
        #: a wallet kept by the caller (tests, the benchmark); None: opened per session
        self._pnc = pnc
        self.ev = ev
        self.on_internet = on_internet
        self.dtc = dtc or DtcRegistry()
        self.clock = clock or MonotonicClock()
        self._codec = codec
        self.on_message = on_message
        self.on_v2g = on_v2g
        self.connector = SeccConnector(config, self.dtc, self.clock, ssl_context, self._mark)
        self.result: SessionResult | None = None
        self._executor: Executor | None = None
        self._stop_requested: str | None = None
        self._t0 = 0.0

    @property
    def codec(self) -> Codec:
        if self._codec is None:
            self._codec = default_codec()
        return self._codec

    def prepare(self) -> None:
        """Load the codec's grammars now, so that the first messages do not wait for them."""
        warm_up(self.codec, grammars_for(self.cfg.protocols))

    def request_stop(self, reason: str = "requested") -> None:
        """End the session in order (PowerDelivery(Stop) … SessionStop) at the next step."""
        self._stop_requested = reason
        if self._executor is not None:
            self._executor.post(StopRequested(reason))

    def _observe(self, direction: str, name: str, message: dict[str, Any], now: float) -> None:
        if self.on_message is not None:  # read at each message: callers may set it late
            self.on_message(direction, name, message, now)

    def _record(self, record: V2gRecord) -> None:
        if self.on_v2g is not None:
            self.on_v2g(record)

    def _internet(self, event: InternetEvent) -> None:
        if self.on_internet is not None:
            self.on_internet(event)

    def _mark(self, name: str) -> None:
        if self.result is not None:
            self.result.timings.setdefault(name, self.clock.now() - self._t0)

    async def run(self, resume_session_id: str | None = None) -> SessionResult:
        """Run one session to its end; never raises for protocol or network trouble.

        ``resume_session_id``: the id of a paused session (``SessionResult.paused``) to join.
        """
        self.prepare()
        self._t0 = self.clock.now()
        result = self.result = SessionResult(ok=False, reason="not started")
        try:
            connected = await self.connector.connect()
        except ConnectFailed as exc:
            result.secc, result.reason = self.connector.where, str(exc)
            return result
        result.secc, result.tls = connected.where, connected.info
        port = V2gtpPort(
            connected.conn,
            self.codec,
            self.clock,
            on_message=self._observe,
            on_v2g=self._record,
            on_internet=self._internet,
            mark=self._mark,
        )
        try:
            async with port:
                protocol = await self._negotiate(port, connected)
                if protocol is not None:
                    await self._session(port, protocol, connected, resume_session_id)
        finally:
            result.messages = port.sent
            self._executor = None
        return result

    async def _negotiate(self, port: V2gtpPort, connected: Connected) -> V2gProtocol | None:
        """SAP on the connection; the chosen protocol, or None (DTC raised, reason set)."""
        assert self.result is not None
        offer = self.connector.offer(connected.tls_version)
        if not offer:
            detail = f"no protocol of {self.cfg.protocols} allowed over {connected.info}"
            self.dtc.raise_("V2G_SESSION_FAILED", self.clock.now(), detail)
            self.result.reason = detail
            return None
        sap = SapSession(offer)
        stop = await Executor(sap, port, self.clock, self.dtc).run()
        if sap.result is None:
            self.result.reason = stop.reason
            return None
        self.result.protocol = sap.result.protocol.name
        return sap.result.protocol

    async def _session(
        self,
        port: V2gtpPort,
        protocol: V2gProtocol,
        connected: Connected,
        resume_session_id: str | None,
    ) -> None:
        assert self.result is not None
        connected.conn.allowed = protocol.stream_types
        port.grammars = protocol.grammars
        wallet = self._wallet()
        core = protocol.factory(
            SessionContext(
                self.cfg,
                self.ev,
                self.cfg.evcc_id or default_evcc_id(self.cfg.interface),
                time.time() - self.clock.now(),
                connected.at + protocol.comm_setup_s,
                resume_session_id,
                wallet,
            )
        )
        self._executor = Executor(core, port, self.clock, self.dtc)
        if self._stop_requested:
            self._executor.post(StopRequested(self._stop_requested))
        try:
            stop = await self._executor.run()
        finally:
            if self._pnc is None and isinstance(wallet, PncWallet):
                wallet.close()  # opened for this session only
        self.result.retry_auth = getattr(core, "auth_fallback", None)
        self.result.ok, self.result.reason = stop.ok, stop.reason
        self.result.session_id = core.session_id
        self.result.paused = core.paused
        self.result.retry_protocols = self._retry_protocols(core)

    def _wallet(self) -> PncWallet | PncError | None:
        """The Plug & Charge wallet when ``auth`` wants PnC (given, or opened from the
        config); the error says why it could not be opened (the session falls back)."""
        if "pnc" not in self.cfg.auth:
            return None
        if self._pnc is not None:
            return self._pnc
        try:
            return wallet_from_config(self.cfg)
        except PncError as exc:
            log.warning("Plug & Charge unavailable: %s", exc)
            return exc

    def _retry_protocols(self, core: Any) -> list[str] | None:
        """The SECC accepted a -20 energy namespace it did not offer as a service: the next
        attempt offers the other one first (``Iso20Session.energy_fallback``)."""
        fallback = getattr(core, "energy_fallback", None)
        if fallback not in self.cfg.protocols:
            return None
        return [fallback, *(p for p in self.cfg.protocols if p != fallback)]
