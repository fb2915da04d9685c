"""The thin driver between a V2G core (SAP, -20, -2, DIN) and one V2GTP connection: the
executor's port (``evcc_agent.executor``).

It encodes what the core sends, reads frames in the background and decodes them with the
grammar of their payload type (the registry's; a charger that labels every message with the
wrong type is read with the grammar of our last request), tells observers of every message
and hands Internet events to the listener. Frames, decode failures and a closed connection
become the core's events.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from evcc_agent.clock import Clock, next_item
from evcc_agent.events import InternetEvent
from evcc_agent.iso15118.codec import Codec, CodecError, namespace_for
from evcc_agent.iso15118.registry import GRAMMAR_BY_PAYLOAD_TYPE
from evcc_agent.iso15118.session.base import (
    CodecFailed,
    EmitInternet,
    MessageReceived,
    Send,
    message_name,
)
from evcc_agent.iso15118.v2gtp import V2gtpConnection, V2gtpError
from evcc_agent.sansio import DriverFault, Event, LinkLost

log = logging.getLogger(__name__)

#: ("tx" | "rx", message name, message dict, now) for every message exchanged
MessageObserver = Callable[[str, str, dict[str, Any], float], None]


@dataclass(frozen=True)
class V2gRecord:
    """One message as it crossed the wire: what ``--json`` shows (``exi`` decodes with ``ns``)."""

    direction: str  # "tx" | "rx"
    name: str
    message: dict[str, Any]
    ns: str
    exi: bytes
    now: float


V2gObserver = Callable[[V2gRecord], None]

_SELECTION = ("ServiceSelectionRes", "PaymentServiceSelectionRes")
_LOOP = ("DC_ChargeLoopRes", "AC_ChargeLoopRes", "CurrentDemandRes", "ChargingStatusRes")


@dataclass
class V2gtpPort:
    """One connection's port; ``grammars`` switch to the negotiated protocol's after SAP."""

    conn: V2gtpConnection
    codec: Codec
    clock: Clock
    on_message: MessageObserver | None = None
    on_v2g: V2gObserver | None = None
    on_internet: Callable[[InternetEvent], None] | None = None
    mark: Callable[[str], None] = lambda _name: None
    grammars: Mapping[int, str] = field(default_factory=lambda: GRAMMAR_BY_PAYLOAD_TYPE)
    #: messages sent
    sent: int = field(default=0, init=False)
    _last_ns: str | None = field(default=None, init=False)
    _frames: asyncio.Queue[tuple[int, bytes] | Exception] = field(
        default_factory=asyncio.Queue, init=False
    )
    _reader: asyncio.Task[None] | None = field(default=None, init=False)

    async def __aenter__(self) -> V2gtpPort:
        self._reader = asyncio.create_task(self._read_loop())
        return self

    async def __aexit__(self, *exc: object) -> None:
        if self._reader is not None:
            self._reader.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await self._reader
        await self.conn.close()

    async def _read_loop(self) -> None:
        try:
            while True:
                self._frames.put_nowait(await self.conn.read_frame())
        except V2gtpError as exc:
            self._frames.put_nowait(exc)

    # ---------------------------------------------------------------- the executor's port
    async def send(self, action: Any) -> Event | None:
        assert isinstance(action, Send)
        now = self.clock.now()
        try:
            data = self.codec.encode(action.ns, action.message)
        except CodecError as exc:
            log.error("cannot encode %s: %s", action.name, exc)
            return CodecFailed(f"encode {action.name}: {exc}")
        self._last_ns = action.ns
        if self.on_message:
            self.on_message("tx", action.name, action.message, now)
        if self.on_v2g:
            self.on_v2g(V2gRecord("tx", action.name, action.message, action.ns, data, now))
        try:
            await self.conn.send_frame(action.payload_type, data)
        except V2gtpError as exc:
            return LinkLost(f"send failed: {exc}")
        self.sent += 1
        return None

    def perform(self, action: Any) -> None:
        if isinstance(action, EmitInternet):
            self._emit(action.event)

    async def receive(self, deadline: float | None) -> Event | None:
        try:
            return await self._receive(deadline)
        except Exception as exc:  # an observer's bug must not crash the agent
            log.exception("V2G driver failed: %s", exc)
            return DriverFault(f"internal error: {exc!r}")

    async def _receive(self, deadline: float | None) -> Event | None:
        item = await next_item(self._frames, self.clock, deadline)
        if item is None:
            return None
        if isinstance(item, Exception):
            log.warning("V2GTP: %s; closing the connection", item)
            return LinkLost(f"V2GTP: {item}")
        ptype, payload = item
        now = self.clock.now()
        try:
            ns, message = self._decode(ptype, payload)
        except (CodecError, ValueError) as exc:
            log.warning("undecodable message (payload type 0x%04X): %s", ptype, exc)
            return CodecFailed(str(exc))
        name = message_name(message)
        if self.on_message:
            self.on_message("rx", name, message, now)
        if self.on_v2g:
            self.on_v2g(V2gRecord("rx", name, message, ns, payload, now))
        if name in _SELECTION:
            self.mark("service_selection")
        elif name in _LOOP:
            self.mark("first_charge_loop")
        return MessageReceived(ptype, message)

    # ---------------------------------------------------------------- internals
    def _decode(self, ptype: int, payload: bytes) -> tuple[str, dict[str, Any]]:
        """(grammar, message): decoded with the payload type's grammar; if that fails and our
        request used another grammar, with that one (a charger that labels every -20 message
        0x8002, say)."""
        ns = namespace_for(ptype, self.grammars)
        try:
            return ns, self.codec.decode(ns, payload)
        except CodecError:
            if self._last_ns is None or self._last_ns == ns:
                raise
            message = self.codec.decode(self._last_ns, payload)
            log.warning("SECC sent a %s message with payload type 0x%04X", self._last_ns, ptype)
            return self._last_ns, message

    def _emit(self, event: InternetEvent) -> None:
        self.mark(f"internet_{type(event).__name__}")
        log.info("Internet service event: %s", event)
        if self.on_internet is None:
            return
        try:
            self.on_internet(event)
        except Exception:  # a listener's bug must not end the charging session
            log.exception("Internet listener failed on %s", event)
