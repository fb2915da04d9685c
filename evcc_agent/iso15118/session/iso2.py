"""The ISO 15118-2 EVCC session (DC and AC, EIM, Internet VAS) as a sans-IO state machine.

Flow: SessionSetup → ServiceDiscovery (category Internet) → ServiceDetail(3) →
PaymentServiceSelection (charge service + InternetAccess 3 with the preferred parameter set) →
Authorization (EIM) → ChargeParameterDiscovery → [CableCheck → PreCharge] →
PowerDelivery(Start) → CurrentDemand (DC) / ChargingStatus (AC) … → PowerDelivery(Stop) →
[WeldingDetection] → SessionStop. SAP happens before (``sap.py``).

-2 messages are ``{"V2G_Message": {"Header": {...}, "Body": {"XReq": {...}}}}`` and all travel
with V2GTP payload type 0x8001; the core tells the driver which grammar decodes them
(``decode_namespace``). DIN 70121 (``din.py``) reuses this engine with its own message bodies.

Rules: every response is checked for the expected name and the session id; FAILED* ends the
session (DTC ``V2G_SESSION_FAILED``, then an orderly SessionStopReq when a session exists);
each request has its -2 response timeout and the Ongoing / CableCheck / PreCharge phases their
overall limits; EVSENotification (StopCharging, ReNegotiation), DC EVSEStatusCode (shutdown,
malfunction) and EVSEProcessing are honoured. The Internet VAS raises the same ``InternetUp``
/ ``InternetDown`` events as -20 (``via="iso2"``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, Literal

from evcc_agent.events import InternetDown
from evcc_agent.iso15118.config import Iso15118Config
from evcc_agent.iso15118.ev_data import EvData, EvDataSource
from evcc_agent.iso15118.messages import from_physical, physical
from evcc_agent.iso15118.session.base import (
    EmitInternet,
    Message,
    RaiseDtc,
    Send,
    StartTimer,
)
from evcc_agent.iso15118.session.engine import PRE_CHARGE_TOLERANCE_V, SessionEngine
from evcc_agent.iso15118.v2gtp import PayloadType

log = logging.getLogger(__name__)

# ----------------------------------------------------------------- -2 timing (seconds)
#: V2G_EVCC_Msg_Timeout: 2 s unless listed
MSG_TIMEOUT_S = 2.0
MSG_TIMEOUTS_S = {
    "ServiceDetailReq": 5.0,
    "PaymentDetailsReq": 5.0,
    "CertificateInstallationReq": 5.0,
    "CertificateUpdateReq": 5.0,
    "PowerDeliveryReq": 5.0,
    "CurrentDemandReq": 0.25,
}
COMMUNICATION_SETUP_S = 20.0  # V2G_EVCC_CommunicationSetup_Timeout
ONGOING_S = 60.0  # V2G_EVCC_Ongoing_Timeout (Authorization, ChargeParameterDiscovery)
CABLE_CHECK_S = 40.0  # V2G_EVCC_CableCheck_Timeout
PRE_CHARGE_S = 7.0  # V2G_EVCC_PreCharge_Timeout
#: current asked for while the SECC adapts its voltage (the EV may ask up to 2 A)
PRE_CHARGE_CURRENT_A = 2.0

SERVICE_INTERNET = 3  # -2 "InternetAccess"
#: -2 energy transfer modes per energy kind, best first
ENERGY_MODES: dict[str, tuple[str, ...]] = {
    "dc": ("DC_extended", "DC_core", "DC_combo_core", "DC_unique"),
    "ac": ("AC_three_phase_core", "AC_single_phase_core"),
}
#: DC EVSEStatusCode values after which the EV stops charging
EVSE_STOP_CODES = frozenset(
    {"EVSE_Shutdown", "EVSE_EmergencyShutdown", "EVSE_Malfunction", "EVSE_UtilityInterruptEvent"}
)

Energy = Literal["dc", "ac"]


def as_list(node: Any) -> list[Any]:
    if node is None:
        return []
    return node if isinstance(node, list) else [node]


def hex_evcc_id(evcc_id: str) -> str:
    """The EVCCID as -2/DIN want it (hexBinary, the MAC: 6 bytes); non-hex ids are replaced."""
    digits = evcc_id.replace(":", "").replace("-", "").upper()
    if 0 < len(digits) <= 16 and len(digits) % 2 == 0:
        try:
            bytes.fromhex(digits)
            return digits
        except ValueError:
            pass
    log.warning("EVCCID %r is not hexBinary; sending 020000000001", evcc_id)
    return "020000000001"


def _as_internet_sets(parameter_sets: list[Any]) -> list[Any]:
    """-2 ParameterSets in the -20 shape ``choose_internet_set`` reads (stringValue →
    finiteString), so both protocols choose by the same rules."""
    out: list[Any] = []
    for pset in parameter_sets:
        if not isinstance(pset, dict):
            continue
        params = []
        for param in as_list(pset.get("Parameter")):
            if isinstance(param, dict):
                param = dict(param)
                if "stringValue" in param:
                    param["finiteString"] = param.pop("stringValue")
                params.append(param)
        out.append({**pset, "Parameter": params})
    return out


def energy_preference(config: Iso15118Config, family: str = "iso2") -> list[Energy]:
    """DC/AC preference from the order of ``iso2-dc`` / ``iso2-ac`` in ``protocols``."""
    prefs: list[Energy] = []
    for name in config.protocols:
        if name == f"{family}-dc":
            prefs.append("dc")
        elif name == f"{family}-ac":
            prefs.append("ac")
    return prefs or ["dc", "ac"]


class Iso2Session(SessionEngine):
    """One -2 session from SessionSetupReq to SessionStopRes (sans-IO)."""

    ns = "iso2"
    via = "iso2"
    label = "-2"
    msg_timeout_s = MSG_TIMEOUT_S
    msg_timeouts_s = MSG_TIMEOUTS_S
    cable_check_s = CABLE_CHECK_S
    pre_charge_s = PRE_CHARGE_S
    ongoing_s = ONGOING_S
    zero_session = "00"
    internet_service_name = "InternetAccess"
    _log = log

    def __init__(
        self,
        config: Iso15118Config,
        ev: EvDataSource,
        evcc_id: str,
        comm_setup_deadline: float | None = None,
        energy: list[Energy] | None = None,
    ) -> None:
        super().__init__(config, ev, comm_setup_deadline)
        self.evcc_id = hex_evcc_id(evcc_id)
        #: acceptable energy kinds, best first; the SECC's offer decides among them
        self.energy_preference: list[Energy] = energy or energy_preference(config)
        self.energy: Energy = self.energy_preference[0]
        self.energy_mode: str = ""
        self.charge_service_id: int | None = None
        self.payment_options: list[str] = []
        self.sa_schedule_tuple_id: int | None = None
        self.renegotiating = False
        self._last_header_sid = ""
        self._handlers: dict[str, Callable[[dict[str, Any], float], list[Any]]] = {
            "SessionSetupRes": self._on_session_setup,
            "ServiceDiscoveryRes": self._on_service_discovery,
            "ServiceDetailRes": self._on_service_detail,
            "PaymentServiceSelectionRes": self._on_payment_selection,
            "ServicePaymentSelectionRes": self._on_payment_selection,
            "AuthorizationRes": self._on_authorization,
            "ContractAuthenticationRes": self._on_authorization,
            "ChargeParameterDiscoveryRes": self._on_charge_parameters,
            "CableCheckRes": self._on_cable_check,
            "PreChargeRes": self._on_pre_charge,
            "PowerDeliveryRes": self._on_power_delivery,
            "CurrentDemandRes": self._on_current_demand,
            "ChargingStatusRes": self._on_charging_status,
            "WeldingDetectionRes": self._on_welding_detection,
            "SessionStopRes": self._on_session_stop,
        }

    # ------------------------------------------------------------------ driver interface
    def decode_namespace(self, payload_type: int) -> str:
        """-2 and DIN use payload type 0x8001 for everything: the grammar is the session's."""
        if payload_type != PayloadType.SAP:
            raise ValueError(f"payload type 0x{payload_type:04X} in a {self.label} session")
        return self.ns

    def start(self, now: float) -> list[Any]:
        return self._request(now, "SessionSetupReq", {"EVCCID": self.evcc_id})

    def on_message(self, payload_type: int, message: Message, now: float) -> list[Any]:
        if self.finished:
            return []
        v2g = message.get("V2G_Message")
        header = v2g.get("Header") if isinstance(v2g, dict) else None
        bodies = v2g.get("Body") if isinstance(v2g, dict) else None
        if not isinstance(bodies, dict) or len(bodies) != 1 or not isinstance(header, dict):
            return self._reject(f"not a V2G_Message with one body ({list(message)})", now)
        name, body = next(iter(bodies.items()))
        sid = str(header.get("SessionID", "")).upper()
        self._last_header_sid = sid  # read by SessionSetupRes' handler
        return self._on_response(name, body, sid, now)

    # ------------------------------------------------------------------ engine
    def _request(self, now: float, name: str, body: dict[str, Any]) -> list[Any]:
        msg = {"V2G_Message": {"Header": {"SessionID": self.session_id}, "Body": {name: body}}}
        self.waiting = name[:-3] + "Res"
        self.deadline = now + self.msg_timeouts_s.get(name, self.msg_timeout_s)
        self.messages_sent += 1
        return [Send(PayloadType.SAP, self.ns, msg), StartTimer(self.waiting, self.deadline)]

    def _value_of(self, node: Any) -> float | None:
        return from_physical(node)

    def _failure_dtc_detail(self, detail: str) -> str:
        return f"{self.label}: {detail}"

    def _ev_status(self, ev: EvData) -> dict[str, Any]:
        return {
            "EVReady": True,
            "EVErrorCode": "NO_ERROR",
            "EVRESSSOC": max(0, min(100, round(ev.soc))),
        }

    def _evse_status(self, body: dict[str, Any]) -> dict[str, Any]:
        for key in ("DC_EVSEStatus", "AC_EVSEStatus", "EVSEStatus"):
            status = body.get(key)
            if isinstance(status, dict):
                return status
        cpd = body.get("DC_EVSEChargeParameter") or body.get("AC_EVSEChargeParameter")
        if isinstance(cpd, dict):
            return self._evse_status(cpd)
        return {}

    def _evse_wants_stop(self, body: dict[str, Any]) -> str | None:
        """Why the EVSE wants charging to end (notification or DC status code), if it does."""
        status = self._evse_status(body)
        if status.get("EVSENotification") == "StopCharging":
            return "EVSE notification StopCharging"
        code = status.get("EVSEStatusCode")
        if code in EVSE_STOP_CODES:
            return f"EVSE status {code}"
        if status.get("EVSEIsolationStatus") == "Fault":
            return "EVSE isolation fault"
        return None

    # ------------------------------------------------------------------ setup handlers
    def _on_session_setup(self, body: dict[str, Any], now: float) -> list[Any]:
        return self._session_established(body, now) or self._service_discovery_request(now)

    def _session_established(self, body: dict[str, Any], now: float) -> list[Any]:
        """Take the SECC's session id; a failure list when it is unusable, else []."""
        sid = str(self._last_header_sid).upper()
        if not sid or len(sid) > 16 or len(sid) % 2 or set(sid) == {"0"}:
            return self._fail(f"SessionSetupRes without a valid session id ({sid!r})", now)
        self.session_id = sid
        self.evse_id = str(body.get("EVSEID", ""))
        self._set_phase(None, None)
        log.info("%s: session %s with EVSE %s", self.label, sid, self.evse_id or "?")
        return []

    def _service_discovery_request(self, now: float) -> list[Any]:
        body: dict[str, Any] = {"ServiceCategory": "Internet"} if self.cfg.internet else {}
        return self._request(now, "ServiceDiscoveryReq", body)

    def _choose_energy(self, offered: list[str]) -> bool:
        for kind in self.energy_preference:
            for mode in ENERGY_MODES[kind]:
                if mode in offered:
                    self.energy, self.energy_mode = kind, mode
                    return True
        return False

    def _on_service_discovery(self, body: dict[str, Any], now: float) -> list[Any]:
        charge = body["ChargeService"]
        self.charge_service_id = int(charge["ServiceID"])
        modes = as_list((charge.get("SupportedEnergyTransferMode") or {}).get("EnergyTransferMode"))
        if not self._choose_energy([str(m) for m in modes]):
            return self._fail(
                f"no acceptable energy transfer mode ({modes}; want {self.energy_preference})",
                now,
            )
        self.payment_options = [
            str(p) for p in as_list((body.get("PaymentOptionList") or {}).get("PaymentOption"))
        ]
        if "ExternalPayment" not in self.payment_options:
            # PnC ("Contract") would go here
            return self._fail(f"SECC offers no EIM payment ({self.payment_options})", now)
        services = as_list((body.get("ServiceList") or {}).get("Service"))
        ids = {int(s.get("ServiceID", -1)) for s in services if isinstance(s, dict)}
        self.internet_offered = SERVICE_INTERNET in ids
        actions: list[Any] = []
        if self.cfg.internet:
            if self.internet_offered:
                return self._request(now, "ServiceDetailReq", {"ServiceID": SERVICE_INTERNET})
            log.warning("%s: the charger offers no InternetAccess service (%s)", self.label, ids)
            actions += [
                RaiseDtc("V2G_VAS_NOT_OFFERED", f"{self.label} ServiceList {sorted(ids)}"),
                EmitInternet(InternetDown("vas_not_offered")),
            ]
        return actions + self._payment_selection_request(now)

    def _on_service_detail(self, body: dict[str, Any], now: float) -> list[Any]:
        if body.get("ServiceID") != SERVICE_INTERNET:
            return self._fail(f"ServiceDetailRes for {body.get('ServiceID')} (asked 3)", now)
        sets = as_list((body.get("ServiceParameterList") or {}).get("ParameterSet"))
        actions = self._choose_internet(_as_internet_sets(sets))
        return actions + self._payment_selection_request(now)

    def _payment_selection_request(self, now: float) -> list[Any]:
        selected: list[dict[str, Any]] = [{"ServiceID": self.charge_service_id}]
        if self.internet_choice is not None:
            selected.append(
                {
                    "ServiceID": SERVICE_INTERNET,
                    "ParameterSetID": self.internet_choice.parameter_set_id,
                }
            )
        return self._request(
            now,
            "PaymentServiceSelectionReq",
            {
                "SelectedPaymentOption": "ExternalPayment",
                "SelectedServiceList": {"SelectedService": selected},
            },
        )

    def _on_payment_selection(self, body: dict[str, Any], now: float) -> list[Any]:
        return self._internet_service_up() + self._authorization_request(now)

    def _authorization_request(self, now: float) -> list[Any]:
        self._ensure_phase("Ongoing(Authorization)", now, self.ongoing_s)
        return self._request(now, "AuthorizationReq", {})

    def _on_authorization(self, body: dict[str, Any], now: float) -> list[Any]:
        if body.get("EVSEProcessing") != "Finished":
            return self._authorization_request(now)
        self._set_phase(None, None)
        return self._charge_parameter_request(now)

    # ------------------------------------------------------------------ charge parameters
    def _charge_parameter_request(self, now: float) -> list[Any]:
        self._ensure_phase("Ongoing(ChargeParameterDiscovery)", now, self.ongoing_s)
        ev = self._ev()
        body: dict[str, Any] = {"RequestedEnergyTransferMode": self.energy_mode}
        if self.energy == "dc":
            param: dict[str, Any] = {}
            if ev.departure_time_s is not None:
                param["DepartureTime"] = int(ev.departure_time_s)
            param.update(self._dc_ev_charge_parameter(ev))
            body["DC_EVChargeParameter"] = param
        else:
            param = {}
            if ev.departure_time_s is not None:
                param["DepartureTime"] = int(ev.departure_time_s)
            param.update(
                {
                    "EAmount": physical(ev.target_energy_wh, "Wh"),
                    "EVMaxVoltage": physical(ev.max_voltage, "V"),
                    "EVMaxCurrent": physical(ev.max_current, "A"),
                    "EVMinCurrent": physical(ev.min_current, "A"),
                }
            )
            body["AC_EVChargeParameter"] = param
        return self._request(now, "ChargeParameterDiscoveryReq", body)

    def _dc_ev_charge_parameter(self, ev: EvData) -> dict[str, Any]:
        """The DC_EVChargeParameter limits -2 and DIN share."""
        return {
            "DC_EVStatus": self._ev_status(ev),
            "EVMaximumCurrentLimit": physical(ev.max_current, "A"),
            "EVMaximumPowerLimit": physical(ev.max_power, "W"),
            "EVMaximumVoltageLimit": physical(ev.max_voltage, "V"),
            "EVEnergyRequest": physical(ev.target_energy_wh, "Wh"),
            "FullSOC": max(0, min(100, round(ev.target_soc))),
        }

    def _on_charge_parameters(self, body: dict[str, Any], now: float) -> list[Any]:
        if body.get("EVSEProcessing") != "Finished":
            return self._charge_parameter_request(now)
        self._set_phase(None, None)
        tuples = as_list((body.get("SAScheduleList") or {}).get("SAScheduleTuple"))
        ids = [int(t["SAScheduleTupleID"]) for t in tuples if isinstance(t, dict)]
        if not ids:
            return self._fail("ChargeParameterDiscoveryRes without an SAScheduleTuple", now)
        self.sa_schedule_tuple_id = ids[0]
        for key in ("DC_EVSEChargeParameter", "AC_EVSEChargeParameter"):
            params = body.get(key)
            if isinstance(params, dict):
                for name, node in params.items():
                    value = from_physical(node)
                    if value is not None:
                        self.evse_limits[name] = value
        reason = self._evse_wants_stop(body)
        if reason:
            return self._fail(f"ChargeParameterDiscoveryRes: {reason}", now)
        if self.renegotiating or self.energy == "ac":
            self.renegotiating = False
            return self._power_delivery_request(now, "Start")
        return self._cable_check_request(now)

    # ------------------------------------------------------------------ DC preparation
    def _cable_check_request(self, now: float) -> list[Any]:
        self._ensure_phase("CableCheck", now, self.cable_check_s)
        return self._request(now, "CableCheckReq", {"DC_EVStatus": self._ev_status(self._ev())})

    def _on_cable_check(self, body: dict[str, Any], now: float) -> list[Any]:
        reason = self._evse_wants_stop(body)
        if reason:
            return self._fail(f"CableCheckRes: {reason}", now)
        if body.get("EVSEProcessing") != "Finished":
            return self._cable_check_request(now)
        self._set_phase(None, None)
        return self._pre_charge_request(now)

    def _pre_charge_request(self, now: float) -> list[Any]:
        self._ensure_phase("PreCharge", now, self.pre_charge_s)
        ev = self._ev()
        return self._request(
            now,
            "PreChargeReq",
            {
                "DC_EVStatus": self._ev_status(ev),
                "EVTargetVoltage": physical(ev.present_voltage, "V"),
                "EVTargetCurrent": physical(PRE_CHARGE_CURRENT_A, "A"),
            },
        )

    def _on_pre_charge(self, body: dict[str, Any], now: float) -> list[Any]:
        reason = self._evse_wants_stop(body)
        if reason:
            return self._fail(f"PreChargeRes: {reason}", now)
        evse_v = from_physical(body.get("EVSEPresentVoltage"))
        self.evse_present_voltage = evse_v
        if evse_v is None or abs(evse_v - self._ev().present_voltage) > PRE_CHARGE_TOLERANCE_V:
            return self._pre_charge_request(now)
        self._set_phase(None, None)
        return self._power_delivery_request(now, "Start")

    # ------------------------------------------------------------------ power delivery
    def _power_delivery_body(self, progress: str) -> dict[str, Any]:
        body: dict[str, Any] = {
            "ChargeProgress": progress,
            "SAScheduleTupleID": self.sa_schedule_tuple_id,
        }
        if self.energy == "dc":
            body["DC_EVPowerDeliveryParameter"] = {
                "DC_EVStatus": self._ev_status(self._ev()),
                "ChargingComplete": progress == "Stop",
            }
        return body

    def _power_delivery_request(self, now: float, progress: str) -> list[Any]:
        self._power_delivery_progress = progress
        return self._request(now, "PowerDeliveryReq", self._power_delivery_body(progress))

    def _on_power_delivery(self, body: dict[str, Any], now: float) -> list[Any]:
        progress = self._power_delivery_progress
        if progress == "Start":
            reason = self._evse_wants_stop(body)
            if reason:
                return self._begin_stop(reason, now)
            self.loop_rounds = 0
            return self._loop_request(now)
        if progress == "Renegotiate":
            self.renegotiating = True
            return self._charge_parameter_request(now)
        return self._after_stopped_power_delivery(now)

    def _begin_stop(self, why: str, now: float) -> list[Any]:
        log.info("%s: stopping charge (%s)", self.label, why)
        self.send_at = None
        return self._power_delivery_request(now, "Stop")

    # ------------------------------------------------------------------ charge loop
    def _loop_request(self, now: float) -> list[Any]:
        self.loop_rounds += 1
        ev = self._ev()
        if self.energy == "ac":
            return self._request(now, "ChargingStatusReq", {})
        target_current = ev.target_current
        if "EVSEMaximumCurrentLimit" in self.evse_limits:
            target_current = min(target_current, self.evse_limits["EVSEMaximumCurrentLimit"])
        target_voltage = ev.target_voltage
        if "EVSEMaximumVoltageLimit" in self.evse_limits:
            target_voltage = min(target_voltage, self.evse_limits["EVSEMaximumVoltageLimit"])
        body = {
            "DC_EVStatus": self._ev_status(ev),
            "EVTargetCurrent": physical(target_current, "A"),
            "EVMaximumVoltageLimit": physical(ev.max_voltage, "V"),
            "EVMaximumCurrentLimit": physical(ev.max_current, "A"),
            "EVMaximumPowerLimit": physical(ev.max_power, "W"),
            "ChargingComplete": bool(ev.charging_complete),
            "EVTargetVoltage": physical(target_voltage, "V"),
        }
        return self._request(now, "CurrentDemandReq", body)

    def _after_loop_response(self, body: dict[str, Any], now: float) -> list[Any]:
        reason = self._evse_wants_stop(body)
        if reason:
            return self._begin_stop(reason, now)
        note = self._evse_status(body).get("EVSENotification")
        if note == "ReNegotiation" and self._can_renegotiate():
            log.info("%s: EVSE asks for renegotiation", self.label)
            return self._power_delivery_request(now, "Renegotiate")
        if note not in (None, "None"):
            log.info("%s: EVSE notification %s (no action)", self.label, note)
        if self._ev().charging_complete or self.stop_requested:
            return self._begin_stop(self.stop_requested or "charging complete", now)
        self.send_at = now + self.cfg.charge_loop_interval_s
        return []

    def _can_renegotiate(self) -> bool:
        return True

    def _on_current_demand(self, body: dict[str, Any], now: float) -> list[Any]:
        self.evse_present_voltage = from_physical(body.get("EVSEPresentVoltage"))
        self.evse_present_current = from_physical(body.get("EVSEPresentCurrent"))
        for key in ("EVSEMaximumCurrentLimit", "EVSEMaximumVoltageLimit"):
            value = from_physical(body.get(key))
            if value is not None:
                self.evse_limits[key] = value
        return self._after_loop_response(body, now)

    def _on_charging_status(self, body: dict[str, Any], now: float) -> list[Any]:
        value = from_physical(body.get("EVSEMaxCurrent"))
        if value is not None:
            self.evse_limits["EVSEMaxCurrent"] = value
        return self._after_loop_response(body, now)

    # ------------------------------------------------------------------ shutdown
    def _welding_request(self, now: float) -> list[Any]:
        self.welding_rounds += 1
        return self._request(
            now, "WeldingDetectionReq", {"DC_EVStatus": self._ev_status(self._ev())}
        )

    def _session_stop_request(self, now: float) -> list[Any]:
        return self._request(now, "SessionStopReq", {"ChargingSession": "Terminate"})

    def _on_session_stop(self, body: dict[str, Any], now: float) -> list[Any]:
        actions = self._internet_down("session_stop")
        if self.failure is not None:
            return actions + self._finish(False, self.failure, now)
        log.info("%s: session %s stopped", self.label, self.session_id)
        return actions + self._finish(True, "SessionStop Terminate", now)
