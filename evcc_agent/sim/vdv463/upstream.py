"""The upstream side (depot management system, ITCS) of one VDV 463 connection, sans-IO.

``handle(event, now)`` returns actions; ``now`` is seconds on the driver's clock, ``epoch + now``
the wall time stamped into frames. Rules kept here:

* Nothing but ``v1.463.vdv.de``: a connection without it is closed at once.
* BootNotification goes out first, on every connection. ``Rejected`` (or an error) closes the
  connection; the driver reconnects at its interval.
* One own request at a time: the next waits for the confirmation (an error counts as one). No
  answer within ``response_timeout_s``: the same frame again, at most ``retries`` times; then
  the CMS counts as lost and the connection is closed.
* Every ProvideChargingInformation is confirmed (``{}``), or answered with an error when it is
  off the schema; other requests get ``NotSupported`` / ``UnknownAction``; responses are never
  answered.
* ProvideChargingRequests only after a report of this connection: what ``PlanSchedule`` says is
  due after each report goes out (a step due while a request is open waits for its answer).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from pydantic import ValidationError

from evcc_agent import sansio
from evcc_agent.sansio import LinkLost, Tick
from evcc_agent.sim.vdv463.messages import (
    SUBPROTOCOL,
    Action,
    BootNotificationConf,
    Empty,
    ErrorCode,
    ErrorPayload,
    Frame,
    FrameError,
    MessageType,
    ProvideChargingInformationReq,
    RegistrationStatus,
    new_message_id,
    parse_frame,
    validation_summary,
)
from evcc_agent.sim.vdv463.session import (
    CLOSE_GOING_AWAY,
    CLOSE_PROTOCOL_ERROR,
    CloseConnection,
    Opened,
    ProtocolProblem,
    Registered,
    SendText,
    TextReceived,
)

#: (report, its timestamp) -> the ProvideChargingRequests payload now due, if any
PlanSource = Callable[[ProvideChargingInformationReq, datetime], dict[str, Any] | None]


class ReportReceived(sansio.Action, frozen=True):
    """A confirmed ProvideChargingInformation and the CMS's timestamp on it."""

    report: ProvideChargingInformationReq
    at: datetime


class PlanAnswered(sansio.Action, frozen=True):
    """The CMS answered a ProvideChargingRequests: confirmed, or the error's payload."""

    confirmed: bool
    error: dict[str, Any] = field(default_factory=dict)


UpstreamEvent = Opened | TextReceived | Tick | LinkLost
UpstreamAction = (
    SendText | CloseConnection | Registered | ReportReceived | PlanAnswered | ProtocolProblem
)


@dataclass
class _Open:
    action: Action
    message_id: str
    text: str
    attempt: int
    deadline: float


@dataclass
class UpstreamSession:
    presystem_id: str
    source: str
    plan: PlanSource | None = None
    response_timeout_s: float = 10.0
    retries: int = 3
    epoch: float = 0.0
    registered: bool = field(default=False, init=False)
    closed: bool = field(default=False, init=False)
    _open: _Open | None = field(default=None, init=False)
    _queued: dict[str, Any] | None = field(default=None, init=False)

    def next_deadline(self) -> float | None:
        return None if self.closed or self._open is None else self._open.deadline

    def handle(self, event: UpstreamEvent, now: float) -> list[UpstreamAction]:
        if self.closed:
            return []
        if isinstance(event, Opened):
            if event.subprotocol != SUBPROTOCOL:
                return self._close(CLOSE_PROTOCOL_ERROR, "the CMS did not accept v1.463.vdv.de")
            return self._request(Action.BOOT_NOTIFICATION, {}, now)
        if isinstance(event, LinkLost):
            self.closed = True
            return []
        if isinstance(event, Tick):
            return self._tick(now)
        return self._text(event.text, now)

    # --- internals --------------------------------------------------------------------------
    def _frame(
        self, mtype: MessageType, mid: str, action: str, payload: dict[str, Any], now: float
    ) -> str:
        when = datetime.fromtimestamp(self.epoch + now, UTC)
        return Frame(mtype, self.source, self.presystem_id, when, mid, action, payload).encode()

    def _close(self, code: int, reason: str) -> list[UpstreamAction]:
        self.closed = True
        return [CloseConnection(code, reason)]

    def _request(self, action: Action, payload: dict[str, Any], now: float) -> list[UpstreamAction]:
        mid = new_message_id()
        text = self._frame(MessageType.REQUEST, mid, action, payload, now)
        self._open = _Open(action, mid, text, 1, now + self.response_timeout_s)
        return [SendText(text)]

    def _tick(self, now: float) -> list[UpstreamAction]:
        out = self._open
        if out is None or now < out.deadline:
            return []
        if out.attempt > self.retries:
            return self._close(CLOSE_GOING_AWAY, f"{out.action} not answered: the CMS is lost")
        out.attempt += 1
        out.deadline = now + self.response_timeout_s
        return [SendText(out.text)]

    def _answer_error(
        self, frame: Frame | FrameError, code: ErrorCode, text: str, now: float
    ) -> list[UpstreamAction]:
        mid = frame.message_id if frame.message_id else "00000000-0000-0000-0000-000000000000"
        action = frame.action or ""
        payload = ErrorPayload(error_code=code, error_description=text).wire()
        return [
            SendText(self._frame(MessageType.ERROR, mid, action, payload, now)),
            ProtocolProblem(code, text),
        ]

    def _text(self, text: str, now: float) -> list[UpstreamAction]:
        frame = parse_frame(text)
        if isinstance(frame, FrameError):
            if not frame.answerable:
                return [ProtocolProblem(frame.code, frame.description)]
            return self._answer_error(frame, frame.code, frame.description, now)
        if frame.type is MessageType.REQUEST:
            return self._cms_request(frame, now)
        return self._answered(frame, now)

    def _cms_request(self, frame: Frame, now: float) -> list[UpstreamAction]:
        if frame.action != Action.PROVIDE_CHARGING_INFORMATION:
            known = frame.action in tuple(Action)
            code = ErrorCode.NOT_SUPPORTED if known else ErrorCode.UNKNOWN_ACTION
            return self._answer_error(frame, code, f"{frame.action[:60]} is not for us", now)
        try:
            report = ProvideChargingInformationReq.model_validate(frame.payload)
        except ValidationError as exc:
            return self._answer_error(
                frame, ErrorCode.INVALID_REQUEST, validation_summary(exc), now
            )
        conf = self._frame(
            MessageType.CONFIRMATION, frame.message_id, frame.action, Empty().wire(), now
        )
        acts: list[UpstreamAction] = [SendText(conf), ReportReceived(report, frame.timestamp)]
        if self.registered and self.plan is not None:
            due = self.plan(report, frame.timestamp)
            if due is not None:
                self._queued = due
        return acts + self._send_queued(now)

    def _send_queued(self, now: float) -> list[UpstreamAction]:
        if self._open is not None or self._queued is None:
            return []
        payload, self._queued = self._queued, None
        return self._request(Action.PROVIDE_CHARGING_REQUESTS, payload, now)

    def _answered(self, frame: Frame, now: float) -> list[UpstreamAction]:
        out = self._open
        if out is None or frame.message_id != out.message_id:
            return [ProtocolProblem(ErrorCode.INVALID_REQUEST, "answer to no open request")]
        self._open = None
        error = frame.payload if frame.type is MessageType.ERROR else None
        if out.action is Action.BOOT_NOTIFICATION:
            if error is not None:
                return self._close(CLOSE_GOING_AWAY, f"BootNotification: error {str(error)[:100]}")
            try:
                status = BootNotificationConf.model_validate(frame.payload).status
            except ValidationError as exc:
                return self._close(CLOSE_PROTOCOL_ERROR, validation_summary(exc))
            if status is not RegistrationStatus.ACCEPTED:
                return self._close(CLOSE_GOING_AWAY, "BootNotification rejected")
            self.registered = True
            return [Registered(self.presystem_id)]
        acts: list[UpstreamAction] = [PlanAnswered(error is None, error or {})]
        return acts + self._send_queued(now)
