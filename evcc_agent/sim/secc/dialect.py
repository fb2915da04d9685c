"""What an answer table is made of, for every protocol alike.

``SeccState`` is the simulated charger one connection talks to (session id, power stage, what
it received); an ``Answer`` turns one request body into a response body, reading and writing
that state. A ``Dialect`` is a protocol family's table of answers plus its envelope: where the
body sits in a request, how a response is wrapped, and where an injected notification or a
spare session id goes. The responder (``responder.py``) applies faults the same way for all.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from evcc_agent.iso15118.messages import Message
from evcc_agent.sim.secc.config import SeccSimConfig


class SeccState:
    """The simulated charger behind one connection; the answers read and change it."""

    def __init__(
        self,
        config: SeccSimConfig | None = None,
        session_id: str | None = None,
        paused_sessions: set[str] | None = None,
    ) -> None:
        self.cfg = config or SeccSimConfig()
        self.session_id = session_id or os.urandom(8).hex().upper()
        #: ids of sessions stopped with Pause (shared by a server's connections)
        self.paused_sessions = paused_sessions if paused_sessions is not None else set()
        self.received: list[Message] = []
        self.counts: dict[str, int] = {}
        self.present_voltage = 0.0
        self.present_current = 0.0
        self.selected: dict[str, Any] | None = None
        self.selected_energy: str | None = None  # -2: "ac" / "dc" from ChargeParameterDiscovery
        self.chosen_protocol: str | None = None
        #: the header of the request being answered (-2: its Signature)
        self.request_header: dict[str, Any] = {}
        #: a header Signature for the response being built (-2 PnC answers set it)
        self.response_signature: dict[str, Any] | None = None
        #: -2 PnC: the contract certificate of PaymentDetailsReq and the challenge handed out
        self.contract: Any = None
        self.gen_challenge = b""
        self._ongoing: dict[str, int] = {}
        self._held_ongoing: str | None = None
        #: wall time each request name first arrived (``ongoing_s``, the pre-charge ramp)
        self._first_seen: dict[str, float] = {}

    def hold_ongoing(self, request: str | None) -> None:
        """From now on answer ``request`` with EVSEProcessing=Ongoing every time, and every
        other request Finished at once (for the EV's Ongoing timeouts); None: as configured."""
        self._held_ongoing = request

    def processing(self, request: str) -> str:
        """EVSEProcessing for ``request``: Ongoing ``cfg.ongoing_rounds`` times and for
        ``cfg.ongoing_s`` after its first arrival, then Finished."""
        if self._held_ongoing is not None:
            return "Ongoing" if request == self._held_ongoing else "Finished"
        done = self._ongoing.get(request, 0)
        first = self._first_seen.setdefault(request, time.monotonic())
        if done < self.cfg.ongoing_rounds or time.monotonic() - first < self.cfg.ongoing_s:
            self._ongoing[request] = done + 1
            return "Ongoing"
        return "Finished"

    # --- the power stage -------------------------------------------------------------------
    def pre_charge(self, target_v: float, request: str) -> None:
        """Half-way to ``target_v`` on the first PreCharge request, there on the next; with
        ``cfg.pre_charge_ramp_v_per_s`` a ramp from 0 V at that rate (wall time)."""
        rate = self.cfg.pre_charge_ramp_v_per_s
        if rate:
            first = self._first_seen.setdefault(request, time.monotonic())
            self.present_voltage = round(min(target_v, rate * (time.monotonic() - first)), 1)
            return
        if abs(self.present_voltage - target_v) > 1.0 and self.counts[request] == 1:
            self.present_voltage = (self.present_voltage + target_v) / 2
        else:
            self.present_voltage = target_v

    def deliver(self, target_v: float | None, target_i: float) -> None:
        """What the EV asks for in the charge loop, within the EVSE's limits (a negative
        current: discharge, within the EVSE's discharge limit)."""
        if target_v is not None:
            self.present_voltage = min(target_v, self.cfg.evse_max_voltage)
        limit = -self.cfg.evse_max_discharge_current
        self.present_current = max(limit, min(target_i, self.cfg.evse_max_current))

    def discharge(self) -> None:
        """The output capacitor discharging during WeldingDetection."""
        self.present_voltage = self.present_voltage / 10 if self.present_voltage > 1 else 0.0


#: request body → response body (without ResponseCode where it is OK)
Answer = Callable[[SeccState, dict[str, Any]], dict[str, Any]]


@dataclass(frozen=True)
class Dialect:
    """One protocol family's answers and envelope."""

    answers: Mapping[str, Answer]
    #: (request name, request message) → the request body
    body_of: Callable[[str, Message], dict[str, Any]]
    #: (response name, session id, response body) → the response message
    wrap: Callable[[str, str, dict[str, Any]], Message]
    #: put an injected EVSE notification into a response body
    notify: Callable[[dict[str, Any], str], None]
    #: the other wrong session id, for a session that already has the usual one
    spare_session_id: str
    #: V2GTP payload type of every response; None: the request's
    payload_type: int | None = None
    #: (request message) → its header; None: no headers (-20 has them in the body)
    header_of: Callable[[Message], dict[str, Any]] | None = None
    #: (response message, header Signature) → the message with it
    signed: Callable[[Message, dict[str, Any]], None] | None = None


def internet_parameter_sets(
    internet_sets: list[tuple[int, str, int]], string_field: str
) -> list[dict[str, Any]]:
    """The Internet service's ParameterSets (-20: ``finiteString``, -2: ``stringValue``)."""
    return [
        {
            "ParameterSetID": ident,
            "Parameter": [
                {"Name": "Protocol", string_field: proto},
                {"Name": "Port", "intValue": port},
            ],
        }
        for ident, proto, port in internet_sets
    ]
