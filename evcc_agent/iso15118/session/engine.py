"""The request/response engine the -20, -2 and DIN session cores share.

It owns what does not depend on the protocol: one outstanding request with its response
timeout, the phase limits (CommunicationSetup, Ongoing, CableCheck …), response checking
(expected name, session id, FAILED*/WARNING* codes), the failure path (DTC, Internet down,
orderly SessionStop when the SECC still answers), the Internet VAS up/down events and welding
detection. Subclasses build their messages and handle each response.

Safety and pacing delegate to the sans-IO rule modules: ``interlock.py`` (what the BMS
allows; ``_ev``, ``_bms_gate``, ``_bms_check``, ``_dc_targets``, ``_pre_charged``) and
``pacing.py`` (``_repeat``: every "not yet" answer waits ``ongoing_interval_s`` before the
request goes out again; ``poll_answer`` is where an Ongoing repeat is decided).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from evcc_agent.events import InternetDown, InternetUp
from evcc_agent.iso15118.config import Iso15118Config
from evcc_agent.iso15118.ev_data import EvData, EvDataSource
from evcc_agent.iso15118.session.base import (
    CodecFailed,
    EmitInternet,
    Message,
    MessageReceived,
    V2gEvent,
    code_class,
)
from evcc_agent.iso15118.session.interlock import GATE_POLL_S, Interlock
from evcc_agent.iso15118.session.internet import InternetChoice, choose_internet_set
from evcc_agent.iso15118.session.pacing import Pacing
from evcc_agent.sansio import (
    ClearDtc,
    DriverFault,
    LinkLost,
    RaiseDtc,
    Start,
    Stop,
    StopRequested,
    Tick,
)

log = logging.getLogger(__name__)

#: the SECC's output counts as pre-charged within this many volts of the battery voltage
#: (the default of ``SafetyConfig.pre_charge_tolerance_v``, which the sessions use)
PRE_CHARGE_TOLERANCE_V = 10.0
WELDING_SAFE_V = 60.0
WELDING_MAX_ROUNDS = 20


@dataclass(frozen=True)
class Timing:
    """The dialect's limits (seconds): V2G_EVCC_Msg_Timeout (``msg_s`` unless listed in
    ``msg_overrides``), CommunicationSetup, Ongoing, CableCheck and PreCharge."""

    msg_s: float
    msg_overrides: Mapping[str, float]
    comm_setup_s: float
    ongoing_s: float
    cable_check_s: float
    pre_charge_s: float


class SessionEngine:
    """Common state and event handling of a V2G session core (sans-IO)."""

    #: log prefix ("-20", "-2", "DIN")
    label = "?"
    #: ``via`` of the InternetUp event
    via = "?"
    #: the session id before SessionSetupRes
    zero_session = ""
    #: the Internet service's name in log lines
    internet_service_name = "Internet"
    #: the logger of the protocol's module
    _log = log

    _handlers: dict[str, Callable[[dict[str, Any], float], list[Any]]]
    #: "dc" or "ac", set by the subclass
    energy: str
    #: the protocol's limits, set by the subclass
    timing: Timing
    #: PowerDeliveryReq's ChargeProgress that renegotiates during charging
    renegotiate_progress = "Renegotiate"
    #: EVSEID's schema bound (-20 identifierType: 255 characters); the decoder does not
    #: enforce length facets (real traffic exceeds some), the session checks what it uses
    evse_id_max = 255
    #: keys of the EVSE's maximum current, voltage and power in ``evse_limits``
    evse_limit_keys: tuple[str, str, str] = (
        "EVSEMaximumChargeCurrent",
        "EVSEMaximumVoltage",
        "EVSEMaximumChargePower",
    )

    def __init__(
        self, config: Iso15118Config, ev: EvDataSource, comm_setup_deadline: float | None
    ) -> None:
        self.cfg = config
        self.ev = ev
        self.session_id = self.zero_session
        self.evse_id = ""
        self.paused = False
        self.finished = False
        self.ok: bool | None = None
        #: name of the response we wait for, its deadline
        self.waiting: str | None = None
        self.deadline: float | None = None
        #: overall limit of the current phase (CommunicationSetup, Ongoing, CableCheck …)
        self.phase: str | None = "CommunicationSetup" if comm_setup_deadline else None
        self.phase_deadline: float | None = comm_setup_deadline
        #: charge loop: when to send the next request
        self.send_at: float | None = None
        self.internet_offered = False
        self.internet_choice: InternetChoice | None = None
        self.internet_up = False
        self.evse_limits: dict[str, float] = {}
        self.evse_present_voltage: float | None = None
        self.evse_present_current: float | None = None
        self.loop_rounds = 0
        self.welding_rounds = 0
        self.stop_requested: str | None = None
        self.failure: str | None = None
        self.stop_pending = False
        self.messages_sent = 0
        #: the charge parameters (schedule) are negotiated again during charging
        self.renegotiating = False
        self._power_delivery_progress = ""
        #: the step being polled (phase, limit, request builder)
        self._polling: tuple[str, float, Callable[[float], list[Any]]] | None = None
        self.interlock = Interlock(config.safety)
        self.pacing = Pacing(config.ongoing_interval_s)
        #: a paced repeat (or a gate re-check): when, and what to send then
        self.pending: tuple[float, Callable[[float], list[Any]]] | None = None
        self._gate_since: float | None = None
        #: the charger's schedule power now (W), when it sent one
        self.schedule_power_w: float | None = None

    # ------------------------------------------------------------------ the contract
    def handle(self, event: V2gEvent, now: float) -> list[Any]:
        """One event in, the actions out; a core bug or EV data a request cannot carry (NaN)
        ends the session with a DTC instead of raising."""
        try:
            return self._dispatch(event, now)
        except Exception as exc:
            return self._crashed(exc)

    def next_deadline(self) -> float | None:
        pending = self.pending[0] if self.pending else None
        timers = (self.deadline, self.phase_deadline, self.send_at, pending)
        times = [t for t in timers if t is not None]
        return min(times) if times else None

    def _dispatch(self, event: V2gEvent, now: float) -> list[Any]:
        if isinstance(event, MessageReceived):
            return self._on_message(event.payload_type, event.message, now)
        if isinstance(event, Tick):
            return self._tick(now)
        if isinstance(event, Start):
            return self._start(now)
        if isinstance(event, StopRequested):
            self.stop_requested = event.reason
            return []
        if isinstance(event, LinkLost):
            return self._on_link_lost(now, event.detail or "connection to the SECC lost")
        if isinstance(event, CodecFailed):
            return self._on_codec_error(event.detail, now)
        if isinstance(event, DriverFault):
            return [] if self.finished else self._internal_error(event.detail)
        raise TypeError(f"not a V2G session event: {event!r}")

    def _crashed(self, exc: Exception) -> list[Any]:
        self._log.exception("%s session core failed: %s", self.label, exc)
        return self._internal_error(f"internal error: {exc!r}")

    def _internal_error(self, detail: str) -> list[Any]:
        """A bug in the core or its driver, or EV data a request cannot carry (NaN)."""
        self.finished = True
        self.ok = False
        self.waiting = self.deadline = self.send_at = None
        self._set_phase(None, None)
        actions: list[Any] = [RaiseDtc("V2G_SESSION_FAILED", detail)]
        actions += self._internet_down("session_failed")
        return [*actions, Stop(False, detail)]

    # ------------------------------------------------------------------ protocol hooks
    # every core defines these: its first request and message envelope, the requests of the
    # shared steps, and (``_stop_at_start``) why PowerDeliveryRes(Start) refuses to charge
    _start: Callable[[float], list[Any]]
    _on_message: Callable[[int, Message, float], list[Any]]
    _loop_request: Callable[[float], list[Any]]
    _welding_request: Callable[[float], list[Any]]
    _power_delivery_request: Callable[[float, str], list[Any]]
    _cable_check: Callable[[float], list[Any]]
    _pre_charge_request: Callable[[float], list[Any]]
    _stop_at_start: Callable[[dict[str, Any]], str | None]
    _renegotiation_request: Callable[[float], list[Any]]
    _begin_stop: Callable[[str, float], list[Any]]
    _session_stop_request: Callable[[float], list[Any]]

    def _value_of(self, node: Any) -> float | None:
        """The float of the protocol's number type (RationalNumber, PhysicalValue)."""
        raise NotImplementedError

    def _failure_dtc_detail(self, detail: str) -> str:
        return detail

    def _on_failed_response(self, name: str, code: str, now: float) -> list[Any] | None:
        """A FAILED answer the protocol treats specially (its own DTC); None: the usual."""
        return None

    def _stop_after_failure(self, now: float) -> list[Any]:
        """The orderly stop after a failure when no response is due."""
        return self._session_stop_request(now)

    # ------------------------------------------------------------------ events in
    def _tick(self, now: float) -> list[Any]:
        if self.finished:
            return []
        if self.phase_deadline is not None and now >= self.phase_deadline:
            return self._fail(f"{self.phase} timer expired", now)
        if self.deadline is not None and now >= self.deadline:
            return self._fail(f"timeout waiting for {self.waiting}", now, graceful=False)
        if self.pending is not None and now >= self.pending[0]:  # a paced repeat is due
            build = self.pending[1]
            self.pending = None
            return build(now)
        if self.send_at is not None and now >= self.send_at:
            self.send_at = None
            return self._loop_request(now)
        return []

    def _on_link_lost(self, now: float, detail: str) -> list[Any]:
        if self.finished:
            return []
        self.finished = True
        self.ok = False
        self._log.warning("%s: %s", self.label, detail)
        actions: list[Any] = [RaiseDtc("V2G_TRANSPORT_ERROR", detail)]
        actions += self._internet_down("link_lost")
        actions.append(Stop(False, "link lost"))
        return actions

    def _on_codec_error(self, detail: str, now: float) -> list[Any]:
        """A message could not be decoded (or ours encoded): the session cannot go on."""
        if self.finished:
            return []
        return self._fail(f"undecodable message or codec limit ({detail})", now, graceful=False)

    def _on_response(self, name: str, body: Any, sid: str, now: float) -> list[Any]:
        """Check a response (``sid`` from its header) and pass it to its handler."""
        if self.waiting is None or name != self.waiting or not isinstance(body, dict):
            return self._reject(f"unexpected {name} (waiting for {self.waiting})", now)
        if name != "SessionSetupRes" and sid != self.session_id:
            return self._reject(
                f"{name} with session id {sid or '-'} (ours {self.session_id})", now
            )
        self.waiting = None
        self.deadline = None
        if self.stop_pending:  # a failure waited for this response; now stop in order
            self.stop_pending = False
            return self._session_stop_request(now)
        if self.phase_deadline is not None and now >= self.phase_deadline:
            return self._fail(f"{self.phase} timer expired", now)
        code = str(body.get("ResponseCode", ""))
        klass = code_class(code)
        if klass == "failed":
            if name == "SessionStopRes":  # a failure too: DTC, log line, Internet down
                detail = f"SessionStopRes {code}"
                self._log.warning("%s session failed: %s", self.label, detail)
                dtc = RaiseDtc("V2G_SESSION_FAILED", self._failure_dtc_detail(detail))
                down = self._internet_down("session_failed")
                return [dtc, *down, *self._finish(False, detail, now)]
            special = self._on_failed_response(name, code, now)
            return special if special is not None else self._fail(f"{name} {code}", now)
        if klass == "warning":
            self._log.warning("%s: %s answered %s; continuing", self.label, name, code)
        try:
            return self._handlers[name](body, now)
        except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
            # a response that decodes but is not what the schema promises (or EV data the
            # request cannot carry): end the session in order rather than raise
            return self._fail(f"cannot process {name}: {exc!r}", now)

    # ------------------------------------------------------------------ engine
    def _set_phase(self, name: str | None, deadline: float | None) -> None:
        self.phase = name
        self.phase_deadline = deadline

    def _ensure_phase(self, name: str, now: float, limit: float) -> None:
        if self.phase != name:
            self._set_phase(name, now + limit)

    def poll(
        self, phase: str, limit: float, build: Callable[[float], list[Any]], now: float
    ) -> list[Any]:
        """Send (``build``) the request of a step the SECC may answer with
        EVSEProcessing=Ongoing; ``phase``'s overall ``limit`` runs from the first request."""
        self._polling = (phase, limit, build)
        self._ensure_phase(phase, now, limit)
        return build(now)

    def poll_answer(
        self, body: dict[str, Any], now: float, done: Callable[[float], list[Any]]
    ) -> list[Any]:
        """The answer to the polled request, and the one place that decides a repeat:
        Ongoing sends the request again after the pacing interval, Finished ends the phase
        and goes on with ``done``."""
        polling = self._polling
        if polling is not None and body.get("EVSEProcessing") != "Finished":
            return self._repeat(now, lambda t: self.poll(*polling, t))
        self._polling = None
        self._set_phase(None, None)
        return done(now)

    def _internet_down(self, reason: str) -> list[Any]:
        if not self.internet_up:
            return []
        self.internet_up = False
        return [EmitInternet(InternetDown(reason))]

    def _choose_internet(self, parameter_sets: list[Any]) -> list[Any]:
        """Pick the Internet parameter set; DTC and InternetDown when none is acceptable."""
        self.internet_choice = choose_internet_set(parameter_sets, self.cfg.internet_preference)
        if self.internet_choice is not None:
            return []
        self._log.warning(
            "%s: no acceptable %s parameter set offered", self.label, self.internet_service_name
        )
        return [
            RaiseDtc(
                "V2G_VAS_NOT_OFFERED",
                f"no parameter set matching {self.cfg.internet_preference}",
            ),
            EmitInternet(InternetDown("vas_not_offered")),
        ]

    def _internet_service_up(self) -> list[Any]:
        """InternetUp once the SECC confirmed the selected Internet service."""
        if self.internet_choice is None or self.internet_up:
            return []
        self.internet_up = True
        choice = self.internet_choice
        self._log.info("%s: Internet service up (%s/%d)", self.label, choice.protocol, choice.port)
        return [
            ClearDtc("V2G_VAS_NOT_OFFERED"),
            EmitInternet(InternetUp(choice.protocol, choice.port, via=self.via)),
        ]

    def _reject(self, detail: str, now: float) -> list[Any]:
        """A response we cannot accept (sequence, session id): it still ends the wait."""
        if self.waiting == "SessionStopRes":
            return self._fail(detail, now, graceful=False)
        self.waiting = None
        self.deadline = None
        return self._fail(detail, now)

    def _fail(
        self, detail: str, now: float, graceful: bool = True, dtc: str = "V2G_SESSION_FAILED"
    ) -> list[Any]:
        """Session failure: DTC, Internet down, then an orderly SessionStopReq(Terminate) when
        a session exists and the SECC still answers (``graceful``), else close at once."""
        self._log.warning("%s session failed: %s", self.label, detail)
        self.pending = None
        actions: list[Any] = [RaiseDtc(dtc, self._failure_dtc_detail(detail))]
        actions += self._internet_down("session_failed")
        stopping = self.waiting == "SessionStopRes" or self.failure is not None
        if graceful and not stopping and self.session_id != self.zero_session:
            self.failure = detail
            self.send_at = None
            self._set_phase(None, None)
            if self.waiting is not None:  # a response is due: stop once it arrives
                self.stop_pending = True
                return actions
            return actions + self._stop_after_failure(now)
        self.finished = True
        self.ok = False
        self.waiting = self.deadline = self.send_at = None
        self._set_phase(None, None)
        return [*actions, Stop(False, detail)]

    def _finish(self, ok: bool, reason: str, now: float) -> list[Any]:
        """The end; an orderly one clears the session DTCs of earlier sessions."""
        self.pending = None
        self.finished = True
        self.ok = ok
        self.waiting = self.deadline = self.send_at = None
        self._set_phase(None, None)
        if not ok:
            return [Stop(ok, reason)]
        return [ClearDtc("V2G_SESSION_FAILED"), ClearDtc("V2G_TRANSPORT_ERROR"), Stop(ok, reason)]

    def _ev(self) -> EvData:
        """The EV values every request is built from (interlock rule 2): what the BMS
        reported, a stale value held at its last reading, 0 A when a DC value is stale."""
        return self.interlock.view(self.ev.snapshot())

    def _take_session(
        self, sid: str, valid: bool, body: dict[str, Any], now: float
    ) -> list[Any] | None:
        """SessionSetupRes: the session id (``valid`` by the protocol's rule) and the EVSEID
        taken, the CommunicationSetup limit over (None); else the failure's actions."""
        if not valid:
            return self._fail(f"SessionSetupRes without a valid session id ({sid!r})", now)
        self.session_id = sid
        bad_id = self._take_evse_id(body, now)
        if bad_id:
            return bad_id
        self._set_phase(None, None)
        return None

    def _take_evse_id(self, body: dict[str, Any], now: float) -> list[Any]:
        """EVSEID within its schema bound, else the session fails ([]: taken)."""
        evse_id = str(body.get("EVSEID", ""))
        if len(evse_id) > self.evse_id_max:
            return self._fail(
                f"EVSEID of {len(evse_id)} characters (schema maximum {self.evse_id_max})", now
            )
        self.evse_id = evse_id
        return []

    # ------------------------------------------------------------------ safety and pacing
    def _repeat(self, now: float, build: Callable[[float], list[Any]]) -> list[Any]:
        """The SECC said "not yet": send ``build(now)`` after the pacing interval."""
        at = self.pacing.next_send(now, self.phase_deadline)
        if at <= now:
            return build(now)
        self.pending = (at, build)
        return []

    def _bms_gate(self, now: float, build: Callable[[float], list[Any]]) -> list[Any]:
        """ChargeParameterDiscovery (``build``) only with fresh BMS limits; else wait
        (bounded), then stop in order with ``BMS_DATA_MISSING`` (interlock rule 1)."""
        if self._gate_since is None:
            self._gate_since = now
        if self.stop_requested:  # asked to stop while waiting: nothing was started, just end
            return self._session_stop_request(now)
        verdict = self.interlock.gate(self.ev.snapshot(), now - self._gate_since)
        if verdict.action == "proceed":
            self._gate_since = None
            return build(now)
        if verdict.action == "wait":
            self.pending = (now + GATE_POLL_S, lambda t: self._bms_gate(t, build))
            return []
        detail = f"BMS values {', '.join(verdict.missing)} not available"
        return self._fail(f"{detail} before ChargeParameterDiscovery", now, dtc="BMS_DATA_MISSING")

    def _bms_check(self, now: float) -> list[Any]:
        """After each charge-loop response: stale BMS data or an implausible EVSE value →
        DTC and an orderly stop (interlock rules 3, 4); [] to go on."""
        trip = self.interlock.check_loop(
            self.ev.snapshot(),
            now,
            self.evse_present_voltage,
            self.evse_present_current,
            self.energy == "dc",
        )
        if trip is None:
            return []
        self._log.warning("%s: stopping charge: %s", self.label, trip.detail)
        self.failure = trip.detail
        down = self._internet_down("session_failed")
        return [RaiseDtc(trip.dtc, trip.detail), *down, *self._begin_stop(trip.detail, now)]

    def _dc_targets(self, ev: EvData) -> tuple[float, float]:
        """The loop's (target current, target voltage), clamped to the EV's and the EVSE's
        limits and the schedule's power; the current is kept for the plausibility check."""
        current_key, voltage_key, power_key = self.evse_limit_keys
        power = [p for p in (self.evse_limits.get(power_key), self.schedule_power_w) if p]
        current, voltage = self.interlock.clamp_dc(
            ev,
            self.evse_limits.get(current_key),
            self.evse_limits.get(voltage_key),
            min(power) if power else None,
        )
        self.interlock.asked(current)
        return current, voltage

    def _pre_charged(self, evse_voltage: float | None) -> bool:
        """PreCharge done, judged against the BMS pack voltage (interlock rule 4)."""
        return self.interlock.pre_charged(evse_voltage, self._ev())

    def _pre_charge_answer(self, evse_voltage: float | None, now: float) -> list[Any]:
        """A PreCharge answer: not there yet → the request again (paced); there →
        PowerDelivery(Start)."""
        self.evse_present_voltage = evse_voltage
        if not self._pre_charged(evse_voltage):
            return self._repeat(now, self._pre_charge_request)
        self._set_phase(None, None)
        return self._power_delivery_request(now, "Start")

    # ------------------------------------------------------------------ DC preparation
    def _after_charge_parameters(self, now: float) -> list[Any]:
        """Renegotiated or AC: straight to PowerDelivery(Start); else DC cable check."""
        if self.renegotiating or self.energy == "ac":
            self.renegotiating = False
            return self._power_delivery_request(now, "Start")
        return self._cable_check_request(now)

    def _cable_check_request(self, now: float) -> list[Any]:
        limit = self.cfg.timeouts.cable_check_s or self.timing.cable_check_s
        return self.poll("CableCheck", limit, self._cable_check, now)

    # ------------------------------------------------------------------ power delivery
    def _on_power_delivery(self, body: dict[str, Any], now: float) -> list[Any]:
        progress = self._power_delivery_progress
        if progress == "Start":
            why = self._stop_at_start(body)
            if why:
                return self._begin_stop(why, now)
            self.loop_rounds = 0
            return self._loop_request(now)
        if progress == self.renegotiate_progress:
            self.renegotiating = True
            return self._renegotiation_request(now)
        return self._after_stopped_power_delivery(now)  # Stop

    # ------------------------------------------------------------------ shutdown
    def _after_stopped_power_delivery(self, now: float) -> list[Any]:
        """After PowerDelivery(Stop): welding detection (DC), then SessionStop."""
        if self.energy == "dc":
            self.welding_rounds = 0
            return self._welding_request(now)
        return self._session_stop_request(now)

    def _on_welding_detection(self, body: dict[str, Any], now: float) -> list[Any]:
        volts = self._value_of(body.get("EVSEPresentVoltage"))
        if (volts is None or volts > WELDING_SAFE_V) and self.welding_rounds < WELDING_MAX_ROUNDS:
            return self._repeat(now, self._welding_request)
        if volts is None or volts > WELDING_SAFE_V:
            self._log.warning(
                "%s: EVSE voltage still %s V after welding detection", self.label, volts
            )
        return self._session_stop_request(now)
