"""The asyncio driver of one EVCC charging session: SDP → TCP/TLS → V2GTP → SAP → session.

It executes what the sans-IO cores ask for (send, wait, emit Internet up/down, raise DTCs,
stop) and feeds them what happens (frames, timeouts, link loss). Which core runs after SAP
is looked up in ``SESSION_FACTORIES`` by the negotiated protocol, so a -2 or DIN core can be
registered beside the -20 one.

Usage::

    evcc = Evcc(config.iso15118, ev_source, on_internet=v2icp.on_internet, dtc=registry)
    result = await evcc.run()         # one session; evcc.request_stop() ends it early
"""

from __future__ import annotations

import asyncio
import contextlib
import ipaddress
import logging
import ssl
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from evcc_agent.clock import Clock, MonotonicClock
from evcc_agent.dtc import DtcRegistry
from evcc_agent.events import InternetDown, InternetEvent, InternetListener, InternetUp
from evcc_agent.iso15118 import sdp, tls
from evcc_agent.iso15118.codec import (
    NAMESPACE_BY_PAYLOAD_TYPE,
    Codec,
    CodecError,
    default_codec,
    namespace_for,
    warm_up,
)
from evcc_agent.iso15118.config import Iso15118Config
from evcc_agent.iso15118.ev_data import EvDataSource
from evcc_agent.iso15118.messages import message_name
from evcc_agent.iso15118.session.base import (
    EmitInternet,
    RaiseDtc,
    Send,
    SessionCore,
    StartTimer,
    Stop,
)
from evcc_agent.iso15118.session.din import DinSession
from evcc_agent.iso15118.session.iso2 import Iso2Session
from evcc_agent.iso15118.session.iso20 import COMMUNICATION_SETUP_S, Iso20Session
from evcc_agent.iso15118.session.sap import APP_PROTOCOLS, Negotiated, SapSession
from evcc_agent.iso15118.v2gtp import (
    ISO20_STREAM_TYPES,
    PayloadType,
    V2gtpConnection,
    V2gtpError,
)

log = logging.getLogger(__name__)

CONNECT_TIMEOUT_S = 5.0

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


@dataclass(frozen=True)
class SessionContext:
    """What a session factory gets to build its core."""

    config: Iso15118Config
    ev: EvDataSource
    evcc_id: str
    epoch_offset: float
    comm_setup_deadline: float
    resume_session_id: str | None = None


#: negotiated protocol name → session core factory (issue 8 registers "iso2" and "din")
SESSION_FACTORIES: dict[str, Callable[[SessionContext], SessionCore]] = {
    "iso20-dc": lambda c: Iso20Session(
        "dc", c.config, c.ev, c.evcc_id, c.epoch_offset, c.comm_setup_deadline, c.resume_session_id
    ),
    "iso20-ac": lambda c: Iso20Session(
        "ac", c.config, c.ev, c.evcc_id, c.epoch_offset, c.comm_setup_deadline, c.resume_session_id
    ),
    # -2 DC and AC share one SAP namespace: the core picks DC/AC from the SECC's offer
    "iso2": lambda c: Iso2Session(c.config, c.ev, c.evcc_id, c.comm_setup_deadline),
    "din": lambda c: DinSession(c.config, c.ev, c.evcc_id, c.comm_setup_deadline),
}

#: V2GTP payload types accepted on the stream, per negotiated protocol family
STREAM_TYPES: dict[str, frozenset[int]] = {
    "iso20-dc": ISO20_STREAM_TYPES,
    "iso20-ac": ISO20_STREAM_TYPES,
    "iso2": frozenset({PayloadType.SAP}),
    "din": frozenset({PayloadType.SAP}),
}


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
    messages: int = 0
    timings: dict[str, float] = field(default_factory=dict)


class SessionError(Exception):
    """The session could not even start (SDP, connect, TLS); the DTC is already raised."""


def parse_secc_address(text: str) -> tuple[str, int]:
    """``HOST:PORT``, ``[V6]:PORT`` or ``[fe80::1%eth1]:PORT`` → (host, port)."""
    text = text.strip()
    if text.startswith("["):
        host, sep, rest = text[1:].partition("]")
        if not sep or not rest.startswith(":"):
            raise ValueError(f"bad SECC address {text!r}")
        port = rest[1:]
    else:
        host, sep, port = text.rpartition(":")
        if not sep:
            raise ValueError(f"bad SECC address {text!r} (want HOST:PORT)")
    if not port.isdigit() or not 0 < int(port) < 65536:
        raise ValueError(f"bad port in SECC address {text!r}")
    return host, int(port)


def _is_link_local(host: str) -> bool:
    try:
        return ipaddress.ip_address(host).is_link_local
    except ValueError:  # a host name
        return False


def default_evcc_id(interface: str | None) -> str:
    """The interface's MAC address as 12 hex digits (what EVCCs commonly send)."""
    if interface:
        with contextlib.suppress(OSError):
            mac = Path(f"/sys/class/net/{interface}/address").read_text().strip()
            digits = mac.replace(":", "").upper()
            if len(digits) == 12 and digits != "000000000000":
                return digits
    return "EVCCAGENT001"


def _read_secret(path: str | None) -> str | None:
    if not path:
        return None
    return Path(path).read_text().strip() or None


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
    ) -> None:
        self.cfg = config
        self.ev = ev
        self.on_internet = on_internet
        self.dtc = dtc or DtcRegistry()
        self.clock = clock or MonotonicClock()
        self._codec = codec
        self.on_message = on_message
        self.on_v2g = on_v2g
        self._rx_ns = ""
        self._ssl_context = ssl_context
        self.core: SessionCore | None = None
        self.result: SessionResult | None = None
        self._stop_requested: str | None = None
        self._t0 = 0.0
        self._last_ns: str | None = None
        #: the SECC answered SDP without TLS although we asked for it (-2/DIN only then)
        self._plain_tcp = False
        self._tls_version: str | None = None

    @property
    def codec(self) -> Codec:
        if self._codec is None:
            self._codec = default_codec()
        return self._codec

    def prepare(self) -> None:
        """Load the codec's grammars now, so that the first messages do not wait for them."""
        offered = {APP_PROTOCOLS[p].name for p in self.cfg.protocols}
        v2g = [ns for ns in ("iso2", "din") if ns in offered]  # -2/DIN grammars by name
        warm_up(self.codec, [*NAMESPACE_BY_PAYLOAD_TYPE.values(), *v2g])

    def request_stop(self, reason: str = "requested") -> None:
        """End the session in order (PowerDelivery(Stop) … SessionStop) at the next step."""
        self._stop_requested = reason
        stop = getattr(self.core, "request_stop", None)
        if stop is not None:
            stop(reason)

    def _mark(self, name: str) -> None:
        if self.result is not None:
            self.result.timings.setdefault(name, self.clock.now() - self._t0)

    # ---------------------------------------------------------------- setup
    def _client_ssl(self, group: str | None = None) -> Any:
        if self.cfg.tls == "off":
            log.warning("TLS to the SECC is OFF (bench/test mode); -20 requires TLS 1.3")
            return None
        if self._ssl_context is not None:
            return self._ssl_context
        try:
            return tls.client_context(
                self.cfg.tls_roots,
                self.cfg.tls_cert,
                self.cfg.tls_key,
                _read_secret(self.cfg.tls_key_password_file),
                group or self._tls_group(),
                allow_tls12=any(p.startswith("iso2-") for p in self.cfg.protocols),
            )
        except (tls.TlsConfigError, OSError) as exc:
            self._raise("V2G_TLS_FAILURE", f"TLS configuration: {exc}")
            raise SessionError(str(exc)) from exc

    def _raise(self, name: str, detail: str) -> None:
        self.dtc.raise_(name, self.clock.now(), detail)

    async def _endpoint(self, secure: bool) -> tuple[str, int]:
        if self.cfg.secc_address:
            try:
                host, port = parse_secc_address(self.cfg.secc_address)
                if "%" not in host and _is_link_local(host):
                    host = sdp.with_scope(host, sdp.scope_id(self.cfg.interface))
                return host, port
            except (ValueError, sdp.SdpFailed) as exc:
                self._raise("V2G_SESSION_FAILED", str(exc))
                raise SessionError(str(exc)) from exc
        security = sdp.Security.TLS if secure else sdp.Security.NONE
        try:
            target, port = self.cfg.sdp_target, sdp.SDP_PORT
            if target and target.startswith("["):  # "[ADDR]:PORT": a bench's own port
                target, port = parse_secc_address(target)
            resp, scope = await sdp.discover(
                security, self.cfg.interface, target, self.clock, port=port
            )
        except (sdp.SdpFailed, ValueError) as exc:
            self._raise("V2G_SDP_FAILED", str(exc))
            raise SessionError(str(exc)) from exc
        self.dtc.clear("V2G_SDP_FAILED")
        self._mark("sdp")
        if resp.security != security and secure and self._without_tls(self.cfg.protocols):
            # -2 (EIM) and DIN may run without TLS; -20 may not, so it is not offered then
            log.warning(
                "SECC offers no TLS (SDP); continuing over TCP with %s only",
                ", ".join(self._without_tls(self.cfg.protocols)),
            )
            self._plain_tcp = True
        elif resp.security != security:
            detail = f"SECC answered SDP with security {resp.security.name}, wanted {security.name}"
            self._raise("V2G_TLS_FAILURE" if secure else "V2G_SESSION_FAILED", detail)
            raise SessionError(detail)
        return sdp.with_scope(resp.address, scope), resp.port

    async def _connect(self) -> tuple[V2gtpConnection, str]:
        ssl_ctx = self._client_ssl()
        host, port = await self._endpoint(ssl_ctx is not None)
        if self._plain_tcp:
            ssl_ctx = None
        where = f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
        if self.result is not None:
            self.result.secc = where
        try:
            try:
                reader, writer = await self._open(host, port, ssl_ctx)
            except (ssl.SSLError, ConnectionResetError, asyncio.IncompleteReadError) as exc:
                if not self._may_fall_back(ssl_ctx):
                    raise
                # chargers that ignore -20's key-exchange groups (seen: P-256 only) reset
                # the handshake; retry once with OpenSSL's list, which includes the -20 ones
                log.warning(
                    "TLS handshake with %s failed with group %s (%r); retrying with "
                    "OpenSSL's default groups",
                    where,
                    self.cfg.tls_group,
                    exc,
                )
                ssl_ctx = self._client_ssl("default")
                reader, writer = await self._open(host, port, ssl_ctx)
        except (ConnectionError, OSError, TimeoutError, asyncio.IncompleteReadError) as exc:
            if isinstance(exc, ssl.SSLError | ConnectionResetError | asyncio.IncompleteReadError):
                self._raise("V2G_TLS_FAILURE", f"TLS handshake with {where}: {exc!r}")
            else:
                self._raise("V2G_TRANSPORT_ERROR", f"cannot connect to {where}: {exc!r}")
            raise SessionError(f"connect {where}: {exc!r}") from exc
        ssl_object = writer.get_extra_info("ssl_object")
        info = tls.describe(ssl_object)
        self._tls_version = ssl_object.version() if ssl_object is not None else None
        if ssl_ctx is not None:
            self.dtc.clear("V2G_TLS_FAILURE")
        log.info("connected to SECC %s (%s)", where, info)
        self._mark("connected")
        conn = V2gtpConnection(reader, writer, {PayloadType.SAP}, self.cfg.max_payload_bytes)
        return conn, info

    def _tls_group(self) -> str:
        """-20's group (config) when -20 is offered; -2's secp256r1 when only -2/DIN are."""
        if any(p.startswith("iso20-") for p in self.cfg.protocols):
            return self.cfg.tls_group
        return tls.ISO2_GROUP

    @staticmethod
    def _without_tls(protocols: list[str]) -> list[str]:
        """The protocols that may run without TLS 1.3 (-2 over TLS 1.2 or TCP, DIN)."""
        return [p for p in protocols if not p.startswith("iso20-")]

    def _offer(self) -> list[str]:
        """The SAP offer for this connection: -20 only over TLS 1.3 (unless TLS is off)."""
        if self.cfg.tls == "off" or self._tls_version == "TLSv1.3":
            return list(self.cfg.protocols)
        return self._without_tls(self.cfg.protocols)

    def _may_fall_back(self, ssl_ctx: Any) -> bool:
        return (
            ssl_ctx is not None
            and self._ssl_context is None
            and self.cfg.tls_group != "default"
            and self.cfg.tls_group_fallback
        )

    async def _open(
        self, host: str, port: int, ssl_ctx: Any
    ) -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
        return await asyncio.wait_for(
            asyncio.open_connection(
                host, port, ssl=ssl_ctx, server_hostname="" if ssl_ctx else None
            ),
            CONNECT_TIMEOUT_S,
        )

    # ---------------------------------------------------------------- run
    async def run(self, resume_session_id: str | None = None) -> SessionResult:
        """Run one session to its end; never raises for protocol or network trouble.

        ``resume_session_id``: the id of a paused session (``SessionResult.paused``) to join.
        """
        self.prepare()
        self._t0 = self.clock.now()
        self._plain_tcp, self._tls_version = False, None
        self.result = SessionResult(ok=False, reason="not started")
        try:
            conn, info = await self._connect()
        except SessionError as exc:
            self.result.reason = str(exc)
            return self.result
        self.result.tls = info
        reader_task: asyncio.Task[None] | None = None
        frames: asyncio.Queue[tuple[int, bytes] | Exception] = asyncio.Queue()

        async def read_loop() -> None:
            try:
                while True:
                    frames.put_nowait(await conn.read_frame())
            except V2gtpError as exc:
                frames.put_nowait(exc)

        try:
            reader_task = asyncio.create_task(read_loop())
            connected_at = self.clock.now()
            offer = self._offer()
            if not offer:
                detail = f"no protocol of {self.cfg.protocols} allowed over {info}"
                self._raise("V2G_SESSION_FAILED", detail)
                self.result.reason = detail
                return self.result
            sap = SapSession(offer)
            outcome = await self._drive(sap, conn, frames)
            if not isinstance(outcome, Negotiated):
                self.result.reason = outcome.reason if isinstance(outcome, Stop) else "SAP failed"
                return self.result
            name = outcome.protocol.name
            self.result.protocol = name
            factory = SESSION_FACTORIES.get(name)
            if factory is None:
                self._raise("V2G_SESSION_FAILED", f"no session implementation for {name}")
                self.result.reason = f"protocol {name} not implemented"
                return self.result
            conn.allowed = STREAM_TYPES.get(name)
            ctx = SessionContext(
                self.cfg,
                self.ev,
                self.cfg.evcc_id or default_evcc_id(self.cfg.interface),
                time.time() - self.clock.now(),
                connected_at + COMMUNICATION_SETUP_S,
                resume_session_id,
            )
            self.core = factory(ctx)
            if self._stop_requested:
                self.request_stop(self._stop_requested)
            outcome = await self._drive(self.core, conn, frames)
            stop = outcome if isinstance(outcome, Stop) else Stop(False, "session ended")
            self.result.ok = stop.ok
            self.result.reason = stop.reason
            self.result.session_id = getattr(self.core, "session_id", None)
            self.result.paused = bool(getattr(self.core, "paused", False))
            if stop.ok:
                self.dtc.clear("V2G_SESSION_FAILED")
                self.dtc.clear("V2G_TRANSPORT_ERROR")
            return self.result
        finally:
            if reader_task is not None:
                reader_task.cancel()
                with contextlib.suppress(asyncio.CancelledError, Exception):
                    await reader_task
            await conn.close()

    async def _drive(
        self,
        core: SessionCore,
        conn: V2gtpConnection,
        frames: asyncio.Queue[tuple[int, bytes] | Exception],
    ) -> Any:
        actions = self._guard(core, lambda: core.start(self.clock.now()))
        while True:
            for act in actions:
                if isinstance(act, Send):
                    error = await self._send(conn, act)
                    if error is not None:
                        actions = self._guard(core, lambda: error(core))  # noqa: B023
                        break
                elif isinstance(act, EmitInternet):
                    self._emit(act.event)
                elif isinstance(act, RaiseDtc):
                    self._raise(act.name, act.detail)
                elif isinstance(act, Stop | Negotiated):
                    return act
                elif isinstance(act, StartTimer):
                    pass
            else:
                try:
                    actions = await self._wait(core, frames)
                except Exception as exc:  # a bug or bad EV data must not crash the agent
                    actions = self._crashed(core, exc)

    def _guard(self, core: SessionCore, step: Callable[[], list[Any]]) -> list[Any]:
        try:
            return step()
        except Exception as exc:
            return self._crashed(core, exc)

    def _crashed(self, core: SessionCore, exc: Exception) -> list[Any]:
        """The session core raised (bad EV data such as NaN, or a bug): stop, never crash."""
        log.exception("session core failed: %s", exc)
        core.finished = True
        actions: list[Any] = [RaiseDtc("V2G_SESSION_FAILED", f"internal error: {exc!r}")]
        if getattr(core, "internet_up", False):
            actions.append(EmitInternet(InternetDown("session_failed")))
        return [*actions, Stop(False, f"internal error: {exc!r}")]

    async def _send(
        self, conn: V2gtpConnection, act: Send
    ) -> Callable[[SessionCore], list[Any]] | None:
        now = self.clock.now()
        try:
            data = self.codec.encode(act.ns, act.message)
        except CodecError as exc:
            log.error("cannot encode %s: %s", act.name, exc)
            detail = f"encode {act.name}: {exc}"
            return lambda core: core.on_codec_error(detail, now)
        self._last_ns = act.ns
        if self.on_message:
            self.on_message("tx", act.name, act.message, now)
        if self.on_v2g:
            self.on_v2g(V2gRecord("tx", act.name, act.message, act.ns, data, now))
        try:
            await conn.send_frame(act.payload_type, data)
        except V2gtpError as exc:
            lost = f"send failed: {exc}"
            return lambda core: core.on_link_lost(now, lost)
        if self.result is not None:
            self.result.messages += 1
        return None

    async def _wait(
        self, core: SessionCore, frames: asyncio.Queue[tuple[int, bytes] | Exception]
    ) -> list[Any]:
        wake = core.next_wakeup()
        if frames.empty():
            getter = asyncio.ensure_future(frames.get())
            waiters: set[asyncio.Future[Any]] = {getter}
            sleeper = None
            if wake is not None:
                sleeper = asyncio.ensure_future(self.clock.sleep(wake - self.clock.now()))
                waiters.add(sleeper)
            done, _ = await asyncio.wait(waiters, return_when=asyncio.FIRST_COMPLETED)
            if sleeper is not None and not sleeper.done():
                sleeper.cancel()
            if getter not in done:
                getter.cancel()
                return core.tick(self.clock.now())
            item = getter.result()
        else:
            item = frames.get_nowait()
        now = self.clock.now()
        if isinstance(item, Exception):
            log.warning("V2GTP: %s; closing the connection", item)
            return core.on_link_lost(now, f"V2GTP: {item}")
        ptype, payload = item
        try:
            message = self._decode(core, ptype, payload)
        except (CodecError, ValueError) as exc:
            log.warning("undecodable message (payload type 0x%04X): %s", ptype, exc)
            return core.on_codec_error(str(exc), now)
        name = message_name(message)
        if self.on_message:
            self.on_message("rx", name, message, now)
        if self.on_v2g:
            self.on_v2g(V2gRecord("rx", name, message, self._rx_ns, payload, now))
        if name in ("ServiceSelectionRes", "PaymentServiceSelectionRes"):
            self._mark("service_selection")
        elif name in (
            "DC_ChargeLoopRes",
            "AC_ChargeLoopRes",
            "CurrentDemandRes",
            "ChargingStatusRes",
        ):
            self._mark("first_charge_loop")
        return core.on_message(ptype, message, now)

    def _decode(self, core: SessionCore, ptype: int, payload: bytes) -> dict[str, Any]:
        """Decode with the payload type's grammar; if that fails and our request used another
        grammar, try that one (a charger that labels every -20 message 0x8002, say)."""
        ns_of = getattr(core, "decode_namespace", None) or namespace_for
        ns = ns_of(ptype)
        try:
            message = self.codec.decode(ns, payload)
            self._rx_ns = ns
            return message
        except CodecError:
            if self._last_ns is None or self._last_ns == ns:
                raise
            message = self.codec.decode(self._last_ns, payload)
            self._rx_ns = self._last_ns
            log.warning("SECC sent a %s message with payload type 0x%04X", self._last_ns, ptype)
            return message

    def _emit(self, event: InternetEvent) -> None:
        self._mark(f"internet_{type(event).__name__}")
        log.info("Internet service event: %s", event)
        if isinstance(event, InternetUp):
            self.dtc.clear("V2G_VAS_NOT_OFFERED")
            self.dtc.clear("V2G_NO_V2ICP_PROTOCOL")
        if self.on_internet is None:
            return
        try:
            self.on_internet(event)
        except Exception:  # a listener's bug must not end the charging session
            log.exception("Internet listener failed on %s", event)


async def run_session(
    config: Iso15118Config,
    ev: EvDataSource,
    on_internet: InternetListener | None = None,
    **kwargs: Any,
) -> SessionResult:
    """Convenience: one session with ``Evcc``."""
    return await Evcc(config, ev, on_internet=on_internet, **kwargs).run()
