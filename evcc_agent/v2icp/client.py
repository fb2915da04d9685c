"""The asyncio driver of the V2ICP session: feeds it events, executes its actions.

Thin on purpose: time comes from the injected ``Clock``, the protocol from ``V2icpSession``,
the bytes from ``V2icpTransport``. Other parts talk to it through three synchronous calls
(``internet``, ``parameters_changed``, ``status``) and callbacks: directives, ack, and the
exchange observer (``on_exchange``: every POST and its outcome as frozen records, for event
streams and monitoring).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import ssl
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from evcc_agent.clock import Clock
from evcc_agent.dtc import DtcRegistry
from evcc_agent.events import InternetDown, InternetEvent, InternetUp
from evcc_agent.v2icp.config import CredentialError, V2icpConfig
from evcc_agent.v2icp.session import (
    Acknowledged,
    Action,
    ApplyDirectives,
    CloseConnection,
    Send,
    TransportErrorKind,
    V2icpSession,
)
from evcc_agent.v2icp.transport import TransportFailure, V2icpTransport, client_ssl_context

log = logging.getLogger(__name__)

DirectiveCallback = Callable[[dict[str, int]], None]
AckCallback = Callable[[int, dict[str, int]], None]


@dataclass(frozen=True)
class V2icpRequest:
    """One POST as it goes out: the message's seq and the parameters it carries."""

    request_id: int
    seq: int
    attempt: int
    parameters: dict[str, Any]
    sent_at: float  # on the client's clock


@dataclass(frozen=True)
class V2icpExchange:
    """One POST and its outcome: an HTTP answer, or a transport error."""

    request: V2icpRequest
    received_at: float
    status: int | None = None  # None: no HTTP answer (see ``error``)
    body: bytes = b""
    error: TransportErrorKind | None = None
    detail: str = ""

    @property
    def duration_s(self) -> float:
        return self.received_at - self.request.sent_at


@dataclass(frozen=True)
class ParametersChanged:
    """New vehicle parameter values for the session (``parameters_changed``)."""

    values: dict[str, Any]


#: what the loop takes from its queue, in arrival order
ClientEvent = InternetUp | InternetDown | ParametersChanged | V2icpExchange
#: sees each POST as it starts (``V2icpRequest``), then its outcome (``V2icpExchange``)
ExchangeObserver = Callable[[V2icpRequest | V2icpExchange], None]


def _parameters_of(body: bytes) -> dict[str, Any]:
    """The vehicle parameters in a request body, nested (``parameters``) or flat."""
    try:
        doc = json.loads(body)
    except ValueError:  # never: the session builds the body
        return {}
    params = doc.get("parameters") if isinstance(doc, dict) else None
    if isinstance(params, dict):
        return params
    if not isinstance(doc, dict):
        return {}
    return {k: v for k, v in doc.items() if k not in ("seq", "vin", "evccid")}


class V2icpClient:
    """Runs one V2ICP session until cancelled (``run``).

    ``on_exchange`` sees every POST as it starts, and its outcome just before the session
    does (an outcome of a request already superseded by a newer one is not reported). A
    callback that raises is logged and never stops the client.
    """

    def __init__(
        self,
        config: V2icpConfig,
        clock: Clock,
        dtcs: DtcRegistry,
        *,
        on_directives: DirectiveCallback | None = None,
        on_ack: AckCallback | None = None,
        on_exchange: ExchangeObserver | None = None,
        ssl_context: ssl.SSLContext | None = None,
        environ: Mapping[str, str] | None = None,
        network: Any = None,
    ) -> None:
        """``network``: an httpcore network backend for every connection (``BoundNetwork``:
        through the charger's interface only); None: wherever the system routes lead."""
        self.config = config
        self._network = network
        self.clock = clock
        self.dtcs = dtcs
        self.on_directives = on_directives
        self.on_ack = on_ack
        self.on_exchange = on_exchange
        self._ssl_context = ssl_context
        self._environ = environ
        self.session: V2icpSession | None = None
        self.transport: V2icpTransport | None = None
        #: latest valid value of every backend parameter received
        self.directives: dict[str, int] = {}
        self.problem = ""
        self._queue: asyncio.Queue[ClientEvent] = asyncio.Queue()
        self._in_flight: asyncio.Task[None] | None = None
        #: the request ``on_exchange`` saw start last, until it saw its outcome
        self._observed: int | None = None
        self._changed = asyncio.Event()

    # --- inputs from other parts (synchronous, safe to call from any task) ----------------
    def internet(self, event: InternetEvent) -> None:
        """Listener for the ISO 15118 side's Internet service events."""
        self._queue.put_nowait(event)

    def parameters_changed(self, values: Mapping[str, Any]) -> None:
        self._queue.put_nowait(ParametersChanged(dict(values)))

    @property
    def pending_events(self) -> int:
        """Events queued for the loop and not processed yet."""
        return self._queue.qsize()

    def status(self) -> dict[str, Any]:
        st: dict[str, Any] = {
            "enabled": self.config.enabled,
            "endpoint": self.config.endpoint,
            "vin": self.config.vin,
            "problem": self.problem,
            "directives": dict(self.directives),
        }
        if self.session is not None:
            st.update(self.session.status())
        if self.transport is not None:
            st["connections_opened"] = self.transport.connections_opened
        return st

    async def wait_for(self, predicate: Callable[[V2icpClient], bool]) -> None:
        """Return once ``predicate(self)`` holds (checked after every processed event)."""
        while not predicate(self):
            self._changed.clear()
            await self._changed.wait()

    # --- the loop ------------------------------------------------------------------------
    def _prepare(self) -> bool:
        cfg = self.config
        if not cfg.enabled:
            self.problem = "disabled"
            return False
        missing = cfg.missing()
        try:
            password = cfg.read_password(self._environ)
        except CredentialError as exc:
            missing.append(str(exc))
            password = ""
        if self._network is not None and cfg.proxy is not None:
            missing.append("proxy (only with [v2icp] interface = 'any')")
        if missing and not (self._ssl_context is not None and missing == ["root_ca"]):
            self.problem = "missing configuration: " + ", ".join(missing)
            self.dtcs.raise_("V2ICP_CONFIG_MISSING", self.clock.now(), ", ".join(missing))
            log.error("V2ICP not started: %s", self.problem)
            return False
        self.dtcs.clear("V2ICP_CONFIG_MISSING")
        assert cfg.vin is not None and cfg.endpoint is not None
        ctx = self._ssl_context
        if ctx is None:
            assert cfg.root_ca is not None
            try:
                ctx = client_ssl_context(cfg.root_ca)
            except (OSError, ssl.SSLError) as exc:
                self.problem = f"root_ca unusable: {exc}"
                self.dtcs.raise_("V2ICP_CONFIG_MISSING", self.clock.now(), self.problem)
                log.error("V2ICP not started: %s", self.problem)
                return False
        self.session = V2icpSession(cfg)
        self.transport = V2icpTransport(
            cfg.endpoint,
            cfg.vin,
            password,
            ctx,
            proxy=cfg.proxy,
            timeout_s=cfg.response_timeout_s,
            max_response_bytes=cfg.max_response_bytes,
            network=self._network,
        )
        return True

    async def run(self) -> None:
        """Drive the session until cancelled; returns at once if misconfigured (DTC raised)."""
        if not self._prepare():
            self._changed.set()
            return
        session = self.session
        assert session is not None
        try:
            while True:
                await self._execute(session.tick(self.clock.now()))
                self._changed.set()
                item = await self._next_event(session.next_deadline())
                if item is not None:
                    await self._execute(self._dispatch(session, item))
        finally:
            await self._abort_request()
            if self.transport is not None:
                await self.transport.close()

    async def _next_event(self, deadline: float | None) -> ClientEvent | None:
        if not self._queue.empty():
            return self._queue.get_nowait()
        getter = asyncio.ensure_future(self._queue.get())
        waits: set[asyncio.Future[Any]] = {getter}
        if deadline is not None:
            waits.add(asyncio.ensure_future(self.clock.sleep(deadline - self.clock.now())))
        try:
            await asyncio.wait(waits, return_when=asyncio.FIRST_COMPLETED)
        finally:
            for w in waits:
                if not w.done():
                    w.cancel()
        return getter.result() if getter.done() and not getter.cancelled() else None

    def _dispatch(self, session: V2icpSession, item: ClientEvent) -> list[Action]:
        now = self.clock.now()
        if isinstance(item, ParametersChanged):
            return session.parameters_changed(now, item.values)
        if not isinstance(item, V2icpExchange):
            return session.internet(now, item)
        rid = item.request.request_id
        if rid == self._observed:
            self._observed = None
            self._call(self.on_exchange, "exchange", item)
        if item.error is None:
            assert item.status is not None
            return session.response_received(now, rid, item.status, item.body)
        return session.transport_error(now, rid, item.error, item.detail)

    @staticmethod
    def _call(callback: Callable[..., None] | None, what: str, *args: Any) -> None:
        if callback is not None:
            try:
                callback(*args)
            except Exception:
                log.exception("%s callback failed", what)

    async def _execute(self, actions: list[Action]) -> None:
        for act in actions:
            if isinstance(act, Send):
                await self._abort_request()
                self._in_flight = asyncio.create_task(self._post(act))
            elif isinstance(act, CloseConnection):
                log.info("V2ICP closing the connection: %s", act.reason)
                await self._abort_request()
                if self.transport is not None:
                    await self.transport.close()
            elif isinstance(act, ApplyDirectives):
                self.directives.update(act.values)
                self._call(self.on_directives, "directive", dict(act.values))
            elif isinstance(act, Acknowledged):
                self._call(self.on_ack, "ack", act.seq, act.known)
            else:
                self.dtcs.apply(act, self.clock.now())

    async def _abort_request(self) -> None:
        task, self._in_flight = self._in_flight, None
        if task is not None and not task.done():
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task

    async def _post(self, send: Send) -> None:
        transport = self.transport
        assert transport is not None
        request = V2icpRequest(
            send.request_id, send.seq, send.attempt, _parameters_of(send.body), self.clock.now()
        )
        self._observed = send.request_id
        self._call(self.on_exchange, "exchange", request)
        try:
            answer = await transport.post(send.body)
        except TransportFailure as exc:
            outcome = V2icpExchange(request, self.clock.now(), error=exc.kind, detail=exc.detail)
        except Exception as exc:  # the session decides; the driver never dies of one request
            log.exception("V2ICP request failed unexpectedly")
            outcome = V2icpExchange(
                request, self.clock.now(), error=TransportErrorKind.OTHER, detail=type(exc).__name__
            )
        else:
            outcome = V2icpExchange(request, self.clock.now(), answer.status, answer.body)
        self._queue.put_nowait(outcome)
