"""The CMS side of one VDV 463 connection as a sans-IO state machine.

``handle(event, now)`` takes one event and returns the actions to carry out; ``now`` is seconds
on the driver's clock, ``epoch + now`` the wall time stamped into frames. The core never reads a
clock, sleeps or touches a socket, so every timing rule is testable with plain numbers.

Rules kept here:

* Only the subprotocol ``v1.463.vdv.de`` is spoken: a connection opened without it (the
  handshake finished without the header) is closed at once.
* Every request (type 1) is answered with a confirmation or a type-3 error carrying its
  messageId; confirmations and errors are never answered. A malformed envelope is
  ``InvalidRequest``, an unknown messageAction ``UnknownAction``, a request of an action the CMS
  itself initiates ``NotSupported``, a payload off the schema ``InvalidRequest``. The
  connection stays open after any of them.
* BootNotification comes first: any other request before an accepted boot is ``InvalidState``.
  A presystemId not in ``presystems`` (when that list is set), or a different presystemId than
  the one already registered on this connection, gets ``Rejected``. After the boot every
  request must carry the registered presystemId (``InvalidRequest`` otherwise).
* After an accepted boot the CMS sends ProvideChargingInformation at once, then every
  ``information_interval_s`` (or the registered presystemId's entry in
  ``information_intervals_s``). ProvideChargingRequests before the first one went out is
  ``InvalidState``.
* The CMS sends its next request only after the previous one was confirmed (an error counts as
  a confirmation). No answer within ``response_timeout_s``: the same frame again, at most
  ``retries`` times; then it is given up and the next cycle goes on.
* Liveness: the upstream pings. No ping within ``ping_interval_s + ping_grace_s`` of the opening
  or of the last ping: the upstream is unreachable and the connection is closed.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from evcc_agent import sansio
from evcc_agent.counters import Counters
from evcc_agent.sansio import LinkLost, Tick
from evcc_agent.sim.vdv463.messages import (
    ACTIONS,
    NIL_MESSAGE_ID,
    SUBPROTOCOL,
    Action,
    BootNotificationConf,
    ChargingRequest,
    Empty,
    ErrorCode,
    ErrorPayload,
    Frame,
    FrameError,
    MessageType,
    ProvideChargingInformationReq,
    ProvideChargingRequestsReq,
    RegistrationStatus,
    new_message_id,
    parse_frame,
    validation_summary,
)

log = logging.getLogger(__name__)

#: WebSocket close codes (RFC 6455 section 7.4.1)
CLOSE_PROTOCOL_ERROR = 1002
CLOSE_GOING_AWAY = 1001


class CmsConfig(BaseModel):
    """The CMS's VDV 463 settings towards one upstream system (sim)."""

    model_config = ConfigDict(extra="forbid")
    source: str = Field(default="CMS", min_length=1)
    information_interval_s: float = Field(default=10.0, gt=0)
    #: the report interval per upstream system (presystemId -> seconds), else the one above
    information_intervals_s: dict[str, float] = Field(default_factory=dict)
    response_timeout_s: float = Field(default=10.0, gt=0)
    retries: int = Field(default=3, ge=0)
    ping_interval_s: float = Field(default=30.0, gt=0)
    ping_grace_s: float = Field(default=10.0, ge=0)
    #: presystemIds that may register; None: any
    presystems: list[str] | None = None


# --- events (and the contract's Tick; LinkLost: the connection is gone) ---------------------
class Opened(sansio.Event, frozen=True):
    """The handshake finished; ``subprotocol`` is the one negotiated (None: none)."""

    subprotocol: str | None


class TextReceived(sansio.Event, frozen=True):
    """A text frame: one VDV 463 envelope (or what claims to be one)."""

    text: str


class BinaryReceived(sansio.Event, frozen=True):
    """A binary frame (VDV 463 has none: answered as a malformed request)."""

    size: int


class PingReceived(sansio.Event, frozen=True):
    """The upstream pinged (its liveness signal)."""


class Information(sansio.Event, frozen=True):
    """The depot report the driver built after ``InformationNeeded``."""

    report: ProvideChargingInformationReq


Event = Opened | TextReceived | BinaryReceived | PingReceived | Information | Tick | LinkLost


# --- actions --------------------------------------------------------------------------------------
class SendText(sansio.Send, frozen=True):
    """A text frame to the peer."""

    text: str


class CloseConnection(sansio.Action, frozen=True):
    """Close the WebSocket with ``code`` (RFC 6455); the connection's work is over."""

    code: int
    reason: str


class InformationNeeded(sansio.Action, frozen=True):
    """Build the current ProvideChargingInformation and hand it back as ``Information``."""


class Registered(sansio.Action, frozen=True):
    """A BootNotification of ``presystem_id`` was accepted (either side of the connection)."""

    presystem_id: str


class ChargingRequestsReceived(sansio.Action, frozen=True):
    """A confirmed ProvideChargingRequests: the upstream's complete list of requests."""

    presystem_id: str
    requests: tuple[ChargingRequest, ...]


class ProtocolProblem(sansio.Action, frozen=True):
    """Something the peer did wrong (already answered where an answer is due); for the log."""

    code: ErrorCode
    description: str


CmsAction = (
    SendText
    | CloseConnection
    | InformationNeeded
    | Registered
    | ChargingRequestsReceived
    | ProtocolProblem
)


class Phase(StrEnum):
    CONNECTING = "connecting"
    AWAITING_BOOT = "awaiting_boot"
    REGISTERED = "registered"
    CLOSED = "closed"


@dataclass
class _Outgoing:
    frame: Frame
    text: str
    first_sent: float
    attempt: int
    deadline: float


#: the CMS session's counts (status view, tests)
CMS_COUNTERS = (
    "received errors_sent information_sent information_confirmed information_given_up retries"
    " pings requests_accepted"
)


@dataclass
class CmsSession:
    """One upstream connection at the CMS."""

    config: CmsConfig
    epoch: float = 0.0  # wall seconds (Unix) at ``now == 0``
    phase: Phase = field(default=Phase.CONNECTING, init=False)
    presystem_id: str | None = field(default=None, init=False)
    counters: Counters = field(default_factory=lambda: Counters(CMS_COUNTERS), init=False)
    information_sent_once: bool = field(default=False, init=False)
    _outgoing: _Outgoing | None = field(default=None, init=False)
    _building: bool = field(default=False, init=False)
    _next_information_at: float | None = field(default=None, init=False)
    _last_ping: float = field(default=0.0, init=False)

    # --- queries ----------------------------------------------------------------------------
    def next_deadline(self) -> float | None:
        if self.phase in (Phase.CONNECTING, Phase.CLOSED):
            return None
        times = [self._last_ping + self.config.ping_interval_s + self.config.ping_grace_s]
        if self._outgoing is not None:
            times.append(self._outgoing.deadline)
        elif self._next_information_at is not None and not self._building:
            times.append(self._next_information_at)
        return min(times)

    def status(self) -> dict[str, Any]:
        return {"phase": str(self.phase), "presystem_id": self.presystem_id, **self.counters}

    def _interval(self) -> float:
        c = self.config
        return c.information_intervals_s.get(self.presystem_id or "", c.information_interval_s)

    def wall(self, now: float) -> datetime:
        return datetime.fromtimestamp(self.epoch + now, UTC)

    # --- events -----------------------------------------------------------------------------
    def handle(self, event: Event, now: float) -> list[CmsAction]:
        if self.phase is Phase.CLOSED:
            return []
        if isinstance(event, Opened):
            return self._opened(event, now)
        if isinstance(event, LinkLost):
            log.info("VDV 463 connection of %s closed: %s", self.presystem_id, event.detail)
            self.phase = Phase.CLOSED
            return []
        if isinstance(event, PingReceived):
            self._last_ping = now
            self.counters.add("pings")
            return []
        if isinstance(event, Tick):
            return self._tick(now)
        if isinstance(event, Information):
            return self._information(event.report, now)
        if isinstance(event, BinaryReceived):
            return self._error_for(
                FrameError(ErrorCode.INVALID_REQUEST, f"binary frame ({event.size} bytes)"), now
            )
        return self._text(event.text, now)

    # --- internals --------------------------------------------------------------------------
    def _opened(self, event: Opened, now: float) -> list[CmsAction]:
        if self.phase is not Phase.CONNECTING:
            return []
        if event.subprotocol != SUBPROTOCOL:
            self.phase = Phase.CLOSED
            return [CloseConnection(CLOSE_PROTOCOL_ERROR, f"subprotocol {SUBPROTOCOL} required")]
        self.phase = Phase.AWAITING_BOOT
        self._last_ping = now
        return []

    def _frame(
        self,
        mtype: MessageType,
        message_id: str,
        action: str,
        payload: dict[str, Any],
        now: float,
        presystem_id: str | None = None,
    ) -> Frame:
        """A frame to the upstream: its registered presystemId, else the one it used."""
        return Frame(
            mtype,
            self.config.source,
            self.presystem_id or presystem_id or "",
            self.wall(now),
            message_id,
            action,
            payload,
        )

    def _error(
        self,
        code: ErrorCode,
        description: str,
        message_id: str | None,
        action: str | None,
        now: float,
        presystem_id: str | None = None,
    ) -> list[CmsAction]:
        self.counters.add("errors_sent")
        frame = self._frame(
            MessageType.ERROR,
            message_id or NIL_MESSAGE_ID,
            action or "",
            ErrorPayload(error_code=code, error_description=description).wire(),
            now,
            presystem_id,
        )
        return [SendText(frame.encode()), ProtocolProblem(code, description)]

    def _error_for(self, err: FrameError, now: float) -> list[CmsAction]:
        if not err.answerable:
            return [ProtocolProblem(err.code, f"malformed response ignored: {err.description}")]
        return self._error(
            err.code, err.description, err.message_id, err.action, now, err.presystem_id
        )

    def _text(self, text: str, now: float) -> list[CmsAction]:
        self.counters.add("received")
        parsed = parse_frame(text)
        if isinstance(parsed, FrameError):
            return self._error_for(parsed, now)
        if parsed.type is MessageType.REQUEST:
            return self._request(parsed, now)
        return self._response(parsed, now)

    def _request(self, frame: Frame, now: float) -> list[CmsAction]:
        def err(code: ErrorCode, description: str) -> list[CmsAction]:
            return self._error(
                code, description, frame.message_id, frame.action, now, frame.presystem_id
            )

        try:
            action = Action(frame.action)
        except ValueError:
            return err(ErrorCode.UNKNOWN_ACTION, f"unknown messageAction {frame.action[:60]!r}")
        spec = ACTIONS[action]
        if spec.initiator != "upstream":
            return err(ErrorCode.NOT_SUPPORTED, f"{action} is sent by the CMS, not to it")
        try:
            payload = spec.request.model_validate(frame.payload)
        except ValidationError as exc:
            return err(ErrorCode.INVALID_REQUEST, validation_summary(exc))
        if action is Action.BOOT_NOTIFICATION:
            return self._boot(frame, now)
        if self.phase is not Phase.REGISTERED:
            return err(ErrorCode.INVALID_STATE, "BootNotification first")
        if frame.presystem_id != self.presystem_id:
            return err(
                ErrorCode.INVALID_REQUEST,
                f"presystemId {frame.presystem_id[:40]!r} is not the registered one",
            )
        if not self.information_sent_once:
            return err(ErrorCode.INVALID_STATE, "ProvideChargingInformation not yet received")
        assert isinstance(payload, ProvideChargingRequestsReq)
        self.counters.add("requests_accepted")
        conf = self._frame(
            MessageType.CONFIRMATION, frame.message_id, frame.action, Empty().wire(), now
        )
        return [
            SendText(conf.encode()),
            ChargingRequestsReceived(frame.presystem_id, tuple(payload.charging_request_list)),
        ]

    def _boot(self, frame: Frame, now: float) -> list[CmsAction]:
        allowed = self.config.presystems
        rejected = (allowed is not None and frame.presystem_id not in allowed) or (
            self.presystem_id is not None and frame.presystem_id != self.presystem_id
        )
        status = RegistrationStatus.REJECTED if rejected else RegistrationStatus.ACCEPTED
        conf = Frame(
            MessageType.CONFIRMATION,
            self.config.source,
            frame.presystem_id,  # even a rejected one hears its own id
            self.wall(now),
            frame.message_id,
            frame.action,
            BootNotificationConf(status=status).wire(),
        )
        acts: list[CmsAction] = [SendText(conf.encode())]
        if rejected:
            log.info("VDV 463 BootNotification of %r rejected", frame.presystem_id)
            return acts
        first = self.phase is not Phase.REGISTERED
        self.phase = Phase.REGISTERED
        self.presystem_id = frame.presystem_id
        if first:
            acts.append(Registered(frame.presystem_id))
        # a (re-)registration starts the report cycle again, beginning with a report at once
        self._next_information_at = now
        return acts + self._tick(now)

    def _response(self, frame: Frame, now: float) -> list[CmsAction]:
        out = self._outgoing
        if out is None or frame.message_id != out.frame.message_id:
            return [ProtocolProblem(ErrorCode.INVALID_REQUEST, "answer to no open request")]
        self._outgoing = None
        acts: list[CmsAction] = []
        if frame.type is MessageType.ERROR:
            acts.append(
                ProtocolProblem(
                    ErrorCode.INVALID_REQUEST,
                    f"the upstream answered an error: {str(frame.payload)[:200]}",
                )
            )
        else:
            self.counters.add("information_confirmed")
        self._next_information_at = max(now, out.first_sent + self._interval())
        return acts + self._tick(now)

    def _tick(self, now: float) -> list[CmsAction]:
        if self.phase is Phase.CLOSED:
            return []
        silent_since = self._last_ping
        if now >= silent_since + self.config.ping_interval_s + self.config.ping_grace_s:
            self.phase = Phase.CLOSED
            reason = f"no ping for {now - silent_since:g} s: upstream unreachable"
            log.warning("VDV 463 %s: %s", self.presystem_id, reason)
            return [CloseConnection(CLOSE_GOING_AWAY, reason)]
        out = self._outgoing
        if out is not None:
            if now < out.deadline:
                return []
            if out.attempt > self.config.retries:
                self.counters.add("information_given_up")
                log.warning(
                    "VDV 463 %s: %s not confirmed, given up", self.presystem_id, out.frame.action
                )
                self._outgoing = None
                self._next_information_at = max(now, out.first_sent + self._interval())
            else:
                out.attempt += 1
                out.deadline = now + self.config.response_timeout_s
                self.counters.add("retries")
                return [SendText(out.text)]
        if (
            self.phase is Phase.REGISTERED
            and self._outgoing is None
            and not self._building
            and self._next_information_at is not None
            and now >= self._next_information_at
        ):
            self._building = True
            return [InformationNeeded()]
        return []

    def _information(self, report: ProvideChargingInformationReq, now: float) -> list[CmsAction]:
        if not self._building or self.phase is not Phase.REGISTERED:
            return []
        self._building = False
        frame = self._frame(
            MessageType.REQUEST,
            new_message_id(),
            Action.PROVIDE_CHARGING_INFORMATION,
            report.wire(),
            now,
        )
        text = frame.encode()
        self._outgoing = _Outgoing(frame, text, now, 1, now + self.config.response_timeout_s)
        self.information_sent_once = True
        self.counters.add("information_sent")
        return [SendText(text)]
