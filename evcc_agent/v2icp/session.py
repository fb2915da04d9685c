"""The VDV 261 V2ICP session as a sans-IO state machine.

Events go in as method calls carrying ``now`` (seconds on the driver's clock); actions come out
as a list. The core never reads a clock, sleeps or touches a socket, so every timing rule
(cycle, answer timeout, attempts, idle close, reconnect cadence) is testable with plain numbers.

Rules kept here, not in the transport:

* seq 0 carries the full vehicle parameter set; seq grows by one per *new* message (a retry
  re-sends the same seq with the byte-identical body); 255 wraps to 0, which is a full set again.
* A delta holds every parameter that differs from the last set the backend *acknowledged*,
  plus ``h2_stat`` and ``bat_stat`` always, so a failed exchange loses nothing. The values of
  a message given up count as unknown (the backend may have applied them) and are sent again.
* An answer counts only if HTTP 200, a JSON object, and it echoes our seq and VIN.
* After ``attempts`` failed attempts of one seq (or at once on 401/403) the message is given up
  and the next one goes out at the reconnect cadence: ``reconnect_schedule_s`` after the loss,
  then every ``reconnect_every_s``.
* A connection idle for ``idle_close_s`` is closed. Internet down (charging session end) stops
  everything; the next Internet up starts again at seq 0 with a full set.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from evcc_agent import sansio
from evcc_agent.counters import Counters
from evcc_agent.events import InternetDown, InternetUp
from evcc_agent.sansio import ClearDtc, Event, RaiseDtc, Tick
from evcc_agent.v2icp.cadence import ReconnectCadence
from evcc_agent.v2icp.config import V2icpConfig
from evcc_agent.v2icp.params import (
    ALWAYS_SENT,
    PARAMETERS,
    VEHICLE_PARAMETERS,
    Direction,
    ParameterError,
    validate,
)

log = logging.getLogger(__name__)

SEQ_MODULO = 256
#: DTCs this core raises and clears again on the next acknowledged answer
_LINK_DTCS = (
    "V2ICP_UNREACHABLE",
    "V2ICP_AUTH_REJECTED",
    "V2ICP_TLS_FAILURE",
    "V2ICP_PROTOCOL_VIOLATION",
)


# --- actions (and the contract's RaiseDtc / ClearDtc) --------------------------------------
class Send(sansio.Send, frozen=True):
    """POST ``body`` and report the outcome with ``request_id``."""

    request_id: int
    seq: int
    attempt: int
    body: bytes


class CloseConnection(sansio.Action, frozen=True):
    """Abort any request in flight and close the HTTPS connection."""

    reason: str


class ApplyDirectives(sansio.Action, frozen=True):
    """Validated backend parameters, to go to the vehicle (CAN TX)."""

    seq: int
    values: dict[str, int]


class Acknowledged(sansio.Action, frozen=True):
    """The backend acknowledged ``seq``; ``known`` is the full set it now holds for us."""

    seq: int
    known: dict[str, int]


Action = Send | CloseConnection | ApplyDirectives | RaiseDtc | ClearDtc | Acknowledged


class TransportErrorKind(StrEnum):
    TLS = "tls"  # handshake / certificate verification failed
    CONNECT = "connect"  # refused, unreachable, DNS, proxy
    TIMEOUT = "timeout"  # the transport's own safety timeout
    DROPPED = "dropped"  # connection closed or reset before a complete answer
    OVERSIZE = "oversize"  # answer larger than max_response_bytes
    OTHER = "other"


#: the DTC a failed exchange raises, by its kind (the other kinds raise none of their own;
#: enough failed attempts raise V2ICP_UNREACHABLE)
_TRANSPORT_DTCS = {
    TransportErrorKind.TLS: "V2ICP_TLS_FAILURE",
    TransportErrorKind.OVERSIZE: "V2ICP_PROTOCOL_VIOLATION",
}


class Phase(StrEnum):
    STOPPED = "stopped"  # no Internet service (not charging)
    WAITING = "waiting"  # until the next cycle or retry
    IN_FLIGHT = "in_flight"  # a request is out
    BACKOFF = "backoff"  # the backend is lost; waiting for the next reconnect moment


# --- events (and the contract's Tick; InternetUp / InternetDown from ``events``) -----------
class ParametersChanged(Event, frozen=True):
    values: Mapping[str, Any]


class ResponseReceived(Event, frozen=True):
    request_id: int
    status: int
    body: bytes


class TransportFailed(Event, frozen=True):
    request_id: int
    kind: TransportErrorKind
    detail: str


V2icpEvent = (
    Tick | InternetUp | InternetDown | ParametersChanged | ResponseReceived | TransportFailed
)


@dataclass
class _Message:
    seq: int
    parameters: dict[str, int]
    body: bytes
    attempt: int = 0
    request_id: int = 0
    first_sent_at: float = 0.0
    sent_at: float = 0.0
    deadline: float = 0.0


#: the session's counts (status view, tests): ``messages`` new seqs sent; ``attempts`` every
#: POST, retries included; ``reconnects`` messages started from the back-off
SESSION_COUNTERS = (
    "messages attempts failed_attempts acknowledged reconnects directives_applied"
    " directives_rejected"
)


class V2icpSession:
    """One vehicle's V2ICP exchange. ``config.vin`` must be set (checked by the driver)."""

    def __init__(self, config: V2icpConfig) -> None:
        if config.vin is None:
            raise ValueError("V2icpSession needs a VIN")
        self.config = config
        self.vin: str = config.vin
        #: latest vehicle values (SNA until the mapping reports them)
        self.current: dict[str, int] = {n: PARAMETERS[n].sna for n in VEHICLE_PARAMETERS}
        #: the set the backend acknowledged; deltas are computed against it
        self.acked: dict[str, int] = {}
        self.counters = Counters(SESSION_COUNTERS)
        self.last_failure = ""
        self.active = False
        self.seq: int | None = None  # last seq used in this charging session
        self._msg: _Message | None = None
        self._in_flight = False
        self._next_send_at: float | None = None
        self._cadence = ReconnectCadence(config.reconnect_schedule_s, config.reconnect_every_s)
        self._conn_open = False
        self._last_activity = 0.0
        self._request_ids = 0
        self._raised: set[str] = set()

    # --- queries -------------------------------------------------------------------------
    @property
    def phase(self) -> Phase:
        if not self.active:
            return Phase.STOPPED
        if self._in_flight:
            return Phase.IN_FLIGHT
        if self._cadence.lost_at is not None:
            return Phase.BACKOFF
        return Phase.WAITING

    def next_deadline(self) -> float | None:
        """When ``tick`` has something to do next (None: only an event can change anything)."""
        if not self.active:
            return None
        if self._in_flight and self._msg is not None:
            return self._msg.deadline
        times = [t for t in (self._next_send_at,) if t is not None]
        if self._conn_open:
            times.append(self._last_activity + self.config.idle_close_s)
        return min(times) if times else None

    def status(self) -> dict[str, Any]:
        return {
            "phase": str(self.phase),
            "seq": self.seq,
            "attempt": self._msg.attempt if self._msg else 0,
            "next_send_at": self._next_send_at,
            "backend_lost_since": self._cadence.lost_at,
            "connection_open": self._conn_open,
            **self.counters,
            "last_failure": self.last_failure,
        }

    # --- events --------------------------------------------------------------------------
    def handle(self, event: V2icpEvent, now: float) -> list[Action]:
        """The contract's entry: one event in, actions out (the methods below, by event)."""
        if isinstance(event, Tick):
            return self.tick(now)
        if isinstance(event, InternetUp | InternetDown):
            return self.internet(now, event)
        if isinstance(event, ParametersChanged):
            return self.parameters_changed(now, event.values)
        if isinstance(event, ResponseReceived):
            return self.response_received(now, event.request_id, event.status, event.body)
        if isinstance(event, TransportFailed):
            return self.transport_error(now, event.request_id, event.kind, event.detail)
        return []

    def internet(self, now: float, event: InternetUp | InternetDown) -> list[Action]:
        if isinstance(event, InternetUp):
            return self.internet_up(now, event)
        return self.internet_down(now, event.reason)

    def internet_up(self, now: float, event: InternetUp | None = None) -> list[Action]:
        """The charging session offers the Internet service: start at seq 0 with a full set."""
        if self.active:
            return []
        if event is not None and event.protocol.lower() != "https":
            log.warning("Internet service is %s, V2ICP needs https: not starting", event.protocol)
            return []
        log.info("V2ICP session start (Internet service up)")
        self.active = True
        self.seq = None
        self.acked = {}
        self._msg = None
        self._in_flight = False
        self._cadence.reset()
        self._next_send_at = now
        return self.tick(now)

    def internet_down(self, now: float, reason: str = "session_stop") -> list[Action]:
        """The charging session ended (or the tunnel is gone): stop, drop the pending message."""
        if not self.active:
            return []
        log.info("V2ICP session stop (%s) at seq %s", reason, self.seq)
        self.active = False
        self._msg = None
        self._next_send_at = None
        self._cadence.reset()
        acts: list[Action] = []
        if self._conn_open or self._in_flight:
            acts.append(CloseConnection(f"internet down: {reason}"))
        self._in_flight = False
        self._conn_open = False
        return acts

    def parameters_changed(self, now: float, values: Mapping[str, Any]) -> list[Action]:
        """New vehicle values; they go out with the next message (no extra send)."""
        for name, value in values.items():
            try:
                self.current[name] = validate(name, value, Direction.VEHICLE)
            except ParameterError as exc:
                if name in PARAMETERS and PARAMETERS[name].direction is Direction.VEHICLE:
                    log.warning("vehicle parameter %s; sending it as not available", exc)
                    self.current[name] = PARAMETERS[name].sna
                else:
                    log.warning("ignoring vehicle parameter %s", exc)
        return []

    def tick(self, now: float) -> list[Action]:
        if not self.active:
            return []
        acts: list[Action] = []
        msg = self._msg
        if self._in_flight and msg is not None and now >= msg.deadline:
            acts.append(CloseConnection("response timeout"))
            self._conn_open = False
            acts += self._fail(
                now, f"no answer within {self.config.response_timeout_s:g} s", None, False
            )
        if not self._in_flight and self._next_send_at is not None and now >= self._next_send_at:
            acts += self._send(now)
        if (
            self._conn_open
            and not self._in_flight
            and now - self._last_activity >= self.config.idle_close_s
        ):
            acts.append(CloseConnection(f"idle for {self.config.idle_close_s:g} s"))
            self._conn_open = False
        return acts

    def response_received(
        self, now: float, request_id: int, status: int, body: bytes
    ) -> list[Action]:
        msg = self._outcome_of(request_id, now)
        if msg is None:
            return []
        if status in (401, 403):
            return self._fail(
                now, f"HTTP {status}: credentials rejected", "V2ICP_AUTH_REJECTED", True
            )
        if status != 200:
            return self._fail(now, f"HTTP {status}", None, False)
        try:
            doc = json.loads(body)
        except (ValueError, RecursionError) as exc:
            return self._fail(
                now, f"malformed JSON ({type(exc).__name__})", "V2ICP_PROTOCOL_VIOLATION", False
            )
        if not isinstance(doc, dict):
            return self._fail(now, "answer is not a JSON object", "V2ICP_PROTOCOL_VIOLATION", False)
        got_seq = doc.get("seq")
        if type(got_seq) is not int or got_seq != msg.seq:
            return self._fail(
                now,
                f"seq mismatch (sent {msg.seq}, got {got_seq!r})",
                "V2ICP_PROTOCOL_VIOLATION",
                False,
            )
        if doc.get("vin") != self.vin:
            return self._fail(now, "VIN mismatch in the answer", "V2ICP_PROTOCOL_VIOLATION", False)
        return self._acknowledged(now, msg, doc)

    def transport_error(
        self, now: float, request_id: int, kind: TransportErrorKind, detail: str
    ) -> list[Action]:
        if self._outcome_of(request_id, now) is None:
            return []
        self._conn_open = False  # the driver's client dropped the broken connection
        return self._fail(now, f"{kind}: {detail}", _TRANSPORT_DTCS.get(kind), False)

    # --- internals -----------------------------------------------------------------------
    def _outcome_of(self, request_id: int, now: float) -> _Message | None:
        """The message an outcome (answer or failure) at ``now`` belongs to, no longer in
        flight; None for the outcome of a stale request, which changes nothing."""
        msg = self._msg
        if not self.active or not self._in_flight or msg is None or msg.request_id != request_id:
            log.debug("ignoring the outcome of stale request %d", request_id)
            return None
        self._in_flight = False
        self._last_activity = now
        return msg

    def _build(self) -> _Message:
        seq = 0 if self.seq is None else (self.seq + 1) % SEQ_MODULO
        if seq == 0:
            params = {n: self.current[n] for n in VEHICLE_PARAMETERS}
        else:
            params = {n: self.current[n] for n in ALWAYS_SENT}
            for n in VEHICLE_PARAMETERS:
                if n not in params and self.acked.get(n) != self.current[n]:
                    params[n] = self.current[n]
        doc: dict[str, Any] = {"seq": seq, "vin": self.vin}
        if self.config.evccid is not None:
            doc["evccid"] = self.config.evccid
        if self.config.body_shape == "nested":
            doc["parameters"] = params
        else:
            doc.update(params)
        body = json.dumps(doc, separators=(",", ":")).encode()
        self.seq = seq
        self.counters.add("messages")
        if self._cadence.lost_at is not None:
            self.counters.add("reconnects")
        return _Message(seq, params, body)

    def _send(self, now: float) -> list[Action]:
        if self._msg is None:
            self._msg = self._build()
        msg = self._msg
        msg.attempt += 1
        self._request_ids += 1
        msg.request_id = self._request_ids
        if msg.attempt == 1:
            msg.first_sent_at = now
        msg.sent_at = now
        msg.deadline = now + self.config.response_timeout_s
        self._in_flight = True
        self._conn_open = True
        self._last_activity = now
        self._next_send_at = None
        self.counters.add("attempts")
        log.debug(
            "V2ICP seq %d attempt %d: %d parameters", msg.seq, msg.attempt, len(msg.parameters)
        )
        return [Send(msg.request_id, msg.seq, msg.attempt, msg.body)]

    def _raise(self, name: str, detail: str) -> RaiseDtc:
        self._raised.add(name)
        return RaiseDtc(name, detail)

    def _fail(self, now: float, reason: str, dtc: str | None, give_up: bool) -> list[Action]:
        msg = self._msg
        assert msg is not None
        self._in_flight = False
        self.counters.add("failed_attempts")
        self.last_failure = f"seq {msg.seq} attempt {msg.attempt}: {reason}"
        log.warning(
            "V2ICP seq %d attempt %d/%d failed: %s",
            msg.seq,
            msg.attempt,
            self.config.attempts,
            reason,
        )
        acts: list[Action] = []
        if dtc is not None:
            acts.append(self._raise(dtc, reason))
        if give_up or msg.attempt >= self.config.attempts:
            if not give_up:
                acts.append(self._raise("V2ICP_UNREACHABLE", f"{msg.attempt} attempts failed"))
            self._back_off(now)
        else:
            # a quick failure (500, refused) waits for the cycle before the retry: no hammering
            self._next_send_at = max(now, msg.sent_at + self.config.cycle_s)
        return acts

    def _back_off(self, now: float) -> None:
        """Give up the message (its changes stay pending) and wait for the next reconnect."""
        msg = self._msg
        if msg is not None:
            # the backend may or may not have applied it: its values are uncertain now, so they
            # go out again even if the vehicle returned to the last acknowledged value meanwhile
            for name in msg.parameters:
                self.acked.pop(name, None)
        self._msg = None
        self._next_send_at = self._cadence.next_after(now)
        log.warning("V2ICP backend lost; next attempt in %.0f s", self._next_send_at - now)

    def _acknowledged(self, now: float, msg: _Message, doc: dict[str, Any]) -> list[Action]:
        if msg.seq == 0:
            self.acked = dict(msg.parameters)
        else:
            self.acked.update(msg.parameters)
        self.counters.add("acknowledged")
        self._msg = None
        self._cadence.reset()
        self._next_send_at = max(now, msg.first_sent_at + self.config.cycle_s)
        acts: list[Action] = [ClearDtc(n) for n in _LINK_DTCS if n in self._raised]
        self._raised.difference_update(_LINK_DTCS)
        acts.append(Acknowledged(msg.seq, dict(self.acked)))
        acts += self._directives(msg.seq, doc)
        return acts

    def _directives(self, seq: int, doc: dict[str, Any]) -> list[Action]:
        """Validate the answer's backend parameters field by field; the valid ones apply."""
        if self.config.body_shape == "nested":
            raw = doc.get("parameters", {})
        else:
            raw = {k: v for k, v in doc.items() if k not in ("seq", "vin", "evccid")}
        acts: list[Action] = []
        if not isinstance(raw, dict):
            self.counters.add("directives_rejected")
            log.warning("V2ICP seq %d: 'parameters' is not an object; no directive applied", seq)
            return [self._raise("DIRECTIVE_INVALID", "parameters is not an object")]
        valid: dict[str, int] = {}
        rejected = []
        for name, value in raw.items():
            try:
                valid[str(name)] = validate(str(name), value, Direction.BACKEND)
            except ParameterError as exc:
                rejected.append(str(exc))
                log.warning("V2ICP seq %d: directive rejected: %s", seq, exc)
        self.counters.add("directives_rejected", len(rejected))
        if rejected:
            acts.append(self._raise("DIRECTIVE_INVALID", "; ".join(rejected)[:200]))
        elif "DIRECTIVE_INVALID" in self._raised:
            self._raised.discard("DIRECTIVE_INVALID")
            acts.append(ClearDtc("DIRECTIVE_INVALID"))
        if valid:
            self.counters.add("directives_applied", len(valid))
            acts.append(ApplyDirectives(seq, valid))
        return acts
