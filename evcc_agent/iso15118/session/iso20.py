"""The ISO 15118-20 EVCC session (DC, then AC) as a sans-IO state machine on message dicts.

Flow: SessionSetup → AuthorizationSetup → Authorization (EIM) → ServiceDiscovery →
ServiceDetail (energy service, then Internet 65) → ServiceSelection (+ SelectedVASList) →
{DC,AC}_ChargeParameterDiscovery → ScheduleExchange → [DC_CableCheck → DC_PreCharge] →
PowerDelivery(Start) → {DC,AC}_ChargeLoop … → PowerDelivery(Stop) → [DC_WeldingDetection] →
SessionStop. SAP happens before (``sap.py``); the driver starts this core with the result.

Rules: every response is checked for the expected name and the session id; FAILED* ends the
session (DTC ``V2G_SESSION_FAILED``), WARNING* is logged and the session goes on; each request
has its response timeout and the Ongoing phases their overall limits; EVSE notifications
(Terminate, Pause, Schedule/ServiceRenegotiation) are honoured. The Internet VAS raises
``InternetUp`` once ServiceSelectionRes confirms it, ``InternetDown`` when the session stops,
pauses, renegotiates or fails.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, Literal

from evcc_agent.events import InternetDown
from evcc_agent.iso15118.config import Iso15118Config
from evcc_agent.iso15118.ev_data import EvData, EvDataSource
from evcc_agent.iso15118.messages import Message, from_rational, message_name, rational
from evcc_agent.iso15118.pnc import xmldsig as xd
from evcc_agent.iso15118.pnc.errors import PncError
from evcc_agent.iso15118.pnc.wallet import PncWallet
from evcc_agent.iso15118.session import bpt
from evcc_agent.iso15118.session.base import EmitInternet, Send
from evcc_agent.iso15118.session.engine import SessionEngine, Timing
from evcc_agent.iso15118.session.pnc_v2g import (
    CERTIFICATE_SERVICE_ID,
    CONTRACT,
    EXTERNAL,
    PncState,
    choose_payment,
)
from evcc_agent.iso15118.v2gtp import PayloadType
from evcc_agent.sansio import Deadline, RaiseDtc

log = logging.getLogger(__name__)

# ----------------------------------------------------------------- timing (seconds)
MSG_TIMEOUT_S = 2.0
#: response timeouts that differ from MSG_TIMEOUT_S
MSG_TIMEOUTS_S = {
    "ServiceDetailReq": 5.0,
    "CertificateInstallationReq": 5.0,
    "DC_ChargeLoopReq": 0.5,
    "AC_ChargeLoopReq": 0.5,
}
COMMUNICATION_SETUP_S = 20.0  # TCP/TLS up → SessionSetupRes
ONGOING_S = 60.0  # EVSEProcessing=Ongoing for Authorization, ScheduleExchange
CABLE_CHECK_S = 40.0
PRE_CHARGE_S = 10.0
TIMING = Timing(
    MSG_TIMEOUT_S, MSG_TIMEOUTS_S, COMMUNICATION_SETUP_S, ONGOING_S, CABLE_CHECK_S, PRE_CHARGE_S
)

SERVICE_AC = 1
SERVICE_DC = 2
SERVICE_INTERNET = 65
#: ServiceDetail parameter "ControlMode": 1 scheduled, 2 dynamic
CONTROL_MODE_IDS = {"scheduled": 1, "dynamic": 2}

#: (energy, bidirectional) → the ChargeParameterDiscovery request's energy-transfer element
CPD_REQ_MODE = {
    ("dc", False): "DC_CPDReqEnergyTransferMode",
    ("dc", True): "BPT_DC_CPDReqEnergyTransferMode",
    ("ac", False): "AC_CPDReqEnergyTransferMode",
    ("ac", True): "BPT_AC_CPDReqEnergyTransferMode",
}
#: (energy, control mode, bidirectional) → the charge-loop request's control-mode element
LOOP_REQ_MODE = {
    (e, m, b): ("BPT_" if b else "") + f"{m.capitalize()}_{e.upper()}_CLReqControlMode"
    for e in ("dc", "ac")
    for m in ("scheduled", "dynamic")
    for b in (False, True)
}

ZERO_SESSION = "0000000000000000"

Energy = Literal["dc", "ac"]


def _params_of(pset: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    params = pset.get("Parameter", [])
    for param in params if isinstance(params, list) else [params]:
        if isinstance(param, dict):
            value = next(
                (param[k] for k in param if k != "Name"),
                None,
            )
            out[str(param.get("Name", ""))] = value
    return out


class Iso20Session(SessionEngine):
    """One -20 session from SessionSetupReq to SessionStopRes (sans-IO)."""

    label = "-20"
    via = "iso20"
    renegotiate_progress = "ScheduleRenegotiation"
    timing = TIMING
    zero_session = ZERO_SESSION
    _log = log

    def __init__(
        self,
        energy: Energy,
        config: Iso15118Config,
        ev: EvDataSource,
        evcc_id: str,
        epoch_offset: float = 0.0,
        comm_setup_deadline: float | None = None,
        resume_session_id: str | None = None,
        pnc: PncWallet | PncError | None = None,
    ) -> None:
        super().__init__(config, ev, comm_setup_deadline)
        self.energy: Energy = energy
        #: Plug & Charge (``session/pnc_v2g.py`` rules; installation, signed Authorization)
        self.pnc = PncState(pnc)
        self.auth_fallback: list[str] | None = None
        self._last_header_signature: dict[str, Any] | None = None
        self.evcc_id = evcc_id
        self.epoch_offset = epoch_offset
        #: a paused session to resume (SessionSetupReq carries its id; OK_OldSessionJoined)
        self.resume_session_id = resume_session_id.upper() if resume_session_id else None
        self.control_mode: str = config.control_mode
        self.energy_service = SERVICE_DC if energy == "dc" else SERVICE_AC
        self.energy_param_set: int | None = None
        self.renegotiation_supported = False
        self.schedule_tuple_id: int | None = None
        #: why and how we stop: ChargingSession value of SessionStopReq
        self.stop_mode: Literal["Terminate", "Pause", "ServiceRenegotiation"] = "Terminate"
        self._handlers: dict[str, Callable[[dict[str, Any], float], list[Any]]] = {
            "SessionSetupRes": self._on_session_setup,
            "AuthorizationSetupRes": self._on_authorization_setup,
            "AuthorizationRes": self._on_authorization,
            "CertificateInstallationRes": self._on_certificate_installation,
            "ServiceDiscoveryRes": self._on_service_discovery,
            "ServiceDetailRes": self._on_service_detail,
            "ServiceSelectionRes": self._on_service_selection,
            "DC_ChargeParameterDiscoveryRes": self._on_charge_parameters,
            "AC_ChargeParameterDiscoveryRes": self._on_charge_parameters,
            "ScheduleExchangeRes": self._on_schedule_exchange,
            "DC_CableCheckRes": self._on_cable_check,
            "DC_PreChargeRes": self._on_pre_charge,
            "PowerDeliveryRes": self._on_power_delivery,
            "DC_ChargeLoopRes": self._on_charge_loop,
            "AC_ChargeLoopRes": self._on_charge_loop,
            "DC_WeldingDetectionRes": self._on_welding_detection,
            "SessionStopRes": self._on_session_stop,
        }
        self._pending_details: list[int] = []
        #: bidirectional service selected (``bpt.py``); the plain one offered as a fallback
        self.bpt = False
        self._plain_offered = False
        self.bidirectional = bpt.Bidirectional(config.discharge, log)
        #: the other -20 protocol to offer first next time: the SECC accepted ours in SAP but
        #: offers only the other energy service
        self.energy_fallback: str | None = None

    # ------------------------------------------------------------------ events in
    def _start(self, now: float) -> list[Any]:
        actions = self._request(
            now, "SessionSetupReq", {"EVCCID": self.evcc_id}, PayloadType.ISO20_COMMON
        )
        if self.resume_session_id:
            actions[0].message["SessionSetupReq"]["Header"]["SessionID"] = self.resume_session_id
        return actions

    def _on_message(self, payload_type: int, message: Message, now: float) -> list[Any]:
        if self.finished:
            return []
        name = message_name(message)
        body = message.get(name)
        header = body.get("Header", {}) if isinstance(body, dict) else None
        sid = str(header.get("SessionID", "")).upper() if isinstance(header, dict) else ""
        signature = header.get("Signature") if isinstance(header, dict) else None
        self._last_header_signature = signature if isinstance(signature, dict) else None
        return self._on_response(name, body, sid, now)

    # ------------------------------------------------------------------ helpers
    def _header(self, now: float) -> dict[str, Any]:
        return {"SessionID": self.session_id, "TimeStamp": max(0, int(self.epoch_offset + now))}

    def _request(
        self,
        now: float,
        name: str,
        body: dict[str, Any],
        ptype: PayloadType,
        signature: dict[str, Any] | None = None,
    ) -> list[Any]:
        ns = {
            PayloadType.ISO20_COMMON: "iso20-common",
            PayloadType.ISO20_DC: "iso20-dc",
            PayloadType.ISO20_AC: "iso20-ac",
        }[ptype]
        header = self._header(now)
        if signature is not None:
            header["Signature"] = signature
        msg = {name: {"Header": header, **body}}
        self.waiting = name[:-3] + "Res"
        self.deadline = now + self.timing.msg_overrides.get(name, self.timing.msg_s)
        self.messages_sent += 1
        return [Send(ptype, ns, msg), Deadline(self.waiting, self.deadline)]

    def _value_of(self, node: Any) -> float | None:
        return from_rational(node)

    def _stop_after_failure(self, now: float) -> list[Any]:
        self.stop_mode = "Terminate"
        return self._session_stop_request(now)

    # ------------------------------------------------------------------ handlers
    def _on_session_setup(self, body: dict[str, Any], now: float) -> list[Any]:
        sid = str(body.get("Header", {}).get("SessionID", "")).upper()
        failed = self._take_session(sid, len(sid) == 16 and sid != ZERO_SESSION, body, now)
        if failed is not None:
            return failed
        if self.resume_session_id:
            joined = body.get("ResponseCode") == "OK_OldSessionJoined"
            log.info(
                "-20: resuming %s: %s",
                self.resume_session_id,
                "joined" if joined else f"new session {sid}",
            )
        log.info("-20: session %s with EVSE %s", sid, self.evse_id or "?")
        return self._request(now, "AuthorizationSetupReq", {}, PayloadType.ISO20_COMMON)

    def _on_authorization_setup(self, body: dict[str, Any], now: float) -> list[Any]:
        services = body.get("AuthorizationServices", [])
        services = services if isinstance(services, list) else [services]
        actions = self._choose_authorization(body, [str(s) for s in services])
        if self.pnc.plan is None and "EIM" not in services:
            return actions + self._fail(
                f"SECC offers no acceptable authorization ({services})", now
            )
        if self.pnc.plan is not None and self.pnc.plan.action != "use":
            return actions + self._pnc_step(now, self._certificate_installation_request)
        return actions + self._authorization_request(now)

    # ------------------------------------------------------------------ Plug & Charge
    def _choose_authorization(self, body: dict[str, Any], services: list[str]) -> list[Any]:
        """PnC or EIM by ``auth`` (the -2 rules; -20 installs, it has no update)."""
        offered = [CONTRACT if s == "PnC" else EXTERNAL for s in services if s in ("PnC", "EIM")]
        cis = {CERTIFICATE_SERVICE_ID} if body.get("CertificateInstallationService") else set()
        choice = choose_payment(self.cfg.auth, offered, cis, self.pnc.wallet, True, False, "iso20")
        mode = body.get("PnC_ASResAuthorizationMode") or {}
        challenge = mode.get("GenChallenge")
        if choice.option == CONTRACT and choice.plan is not None and challenge:
            self.pnc.plan, self.pnc.contract = choice.plan, choice.plan.contract
            self.pnc.gen_challenge = xd.b64(challenge, "GenChallenge")
            log.info("-20: Plug & Charge: %s (%s)", choice.plan.action, choice.plan.why)
        if choice.not_pnc is not None and "pnc" in self.cfg.auth:
            dtc, why = choice.not_pnc
            log.warning("-20: Plug & Charge not possible (%s)", why)
            return [RaiseDtc(dtc, f"-20: {why}")]
        return []

    def _pnc_step(self, now: float, step: Callable[[float], list[Any]]) -> list[Any]:
        try:
            return step(now)
        except PncError as exc:
            if "eim" in self.cfg.auth:
                self.auth_fallback = ["eim"]
            return self._fail(f"Plug & Charge: {type(exc).__name__}: {exc}", now, dtc=exc.dtc)

    def _certificate_installation_request(self, now: float) -> list[Any]:
        body, sig = self.pnc.usable_wallet().iso20_installation_req()
        return self._request(now, "CertificateInstallationReq", body, PayloadType.ISO20_COMMON, sig)

    def _on_certificate_installation(self, body: dict[str, Any], now: float) -> list[Any]:
        if body.get("EVSEProcessing") == "Ongoing":
            return self._repeat(
                now, lambda t: self._pnc_step(t, self._certificate_installation_request)
            )

        def accept(t: float) -> list[Any]:
            wallet = self.pnc.usable_wallet()
            self.pnc.contract = wallet.iso20_accept(body, self._last_header_signature)
            log.info("-20: contract %s installed", self.pnc.contract.emaid)
            return self._authorization_request(t)

        return self._pnc_step(now, accept)

    def _pnc_authorization(self, now: float) -> list[Any]:
        """AuthorizationReq with PnC_AReqAuthorizationMode signed with the contract key."""
        contract = self.pnc.contract
        assert contract is not None
        wallet = self.pnc.usable_wallet()
        mode, sig = wallet.iso20_authorization(contract, self.pnc.gen_challenge)
        body = {"SelectedAuthorizationService": "PnC", "PnC_AReqAuthorizationMode": mode}
        return self._request(now, "AuthorizationReq", body, PayloadType.ISO20_COMMON, sig)

    def _on_failed_response(self, name: str, code: str, now: float) -> list[Any] | None:
        if self.pnc.active and name in ("CertificateInstallationRes", "AuthorizationRes"):
            if "eim" in self.cfg.auth:
                self.auth_fallback = ["eim"]
            return self._fail(f"Plug & Charge: {name} {code}", now, dtc="PNC_REFUSED")
        return None

    def _authorization_request(self, now: float) -> list[Any]:
        return self.poll("Ongoing(Authorization)", self.timing.ongoing_s, self._authorization, now)

    def _authorization(self, now: float) -> list[Any]:
        if self.pnc.active:
            return self._pnc_step(now, self._pnc_authorization)
        return self._request(
            now,
            "AuthorizationReq",
            {"SelectedAuthorizationService": "EIM", "EIM_AReqAuthorizationMode": {}},
            PayloadType.ISO20_COMMON,
        )

    def _on_authorization(self, body: dict[str, Any], now: float) -> list[Any]:
        return self.poll_answer(body, now, self._service_discovery_request)

    def _plan_energy_fallback(self, offered: set[int]) -> None:
        other = "ac" if self.energy == "dc" else "dc"
        other_id = SERVICE_AC if other == "ac" else SERVICE_DC
        if other_id in offered and f"iso20-{other}" in self.cfg.protocols:
            self.energy_fallback = f"iso20-{other}"
            log.warning(
                "-20: the SECC accepted %s in SAP but offers only service(s) %s: the next "
                "session offers iso20-%s first",
                self.energy.upper(),
                sorted(offered),
                other,
            )

    def _service_discovery_request(self, now: float) -> list[Any]:
        return self._request(now, "ServiceDiscoveryReq", {}, PayloadType.ISO20_COMMON)

    def _on_service_discovery(self, body: dict[str, Any], now: float) -> list[Any]:
        self.renegotiation_supported = bool(body.get("ServiceRenegotiationSupported"))
        energy = body.get("EnergyTransferServiceList", {}).get("Service", [])
        energy_ids = {int(s.get("ServiceID", -1)) for s in energy if isinstance(s, dict)}
        self._choose_energy_service(energy_ids)
        if self.energy_service not in energy_ids:
            self._plan_energy_fallback(energy_ids)
            return self._fail(
                f"energy service {self.energy_service} not offered ({sorted(energy_ids)})",
                now,
            )
        vas = body.get("VASList", {}).get("Service", []) if body.get("VASList") else []
        vas_ids = {int(s.get("ServiceID", -1)) for s in vas if isinstance(s, dict)}
        self.internet_offered = SERVICE_INTERNET in vas_ids
        actions: list[Any] = []
        self._pending_details = [self.energy_service]
        if self.cfg.internet:
            if self.internet_offered:
                self._pending_details.append(SERVICE_INTERNET)
            else:
                log.warning("-20: the charger offers no Internet service (VAS %s)", sorted(vas_ids))
                actions += [
                    RaiseDtc("V2G_VAS_NOT_OFFERED", f"VASList {sorted(vas_ids)}"),
                    EmitInternet(InternetDown("vas_not_offered")),
                ]
        return actions + self._next_service_detail(now)

    def _choose_energy_service(self, offered: set[int]) -> None:
        """``bpt.py`` rule 1: the bidirectional service when configured and offered."""
        plain, bidirectional = bpt.SERVICE_IDS[self.energy]
        self.bpt = self.cfg.bpt and bidirectional in offered
        self.energy_service = bidirectional if self.bpt else plain
        self._plain_offered = plain in offered
        if self.cfg.bpt and not self.bpt:
            log.warning(
                "-20: bidirectional service %d not offered (%s): charging only",
                bidirectional,
                sorted(offered),
            )

    def _next_service_detail(self, now: float) -> list[Any]:
        if self._pending_details:
            sid = self._pending_details[0]
            return self._request(
                now, "ServiceDetailReq", {"ServiceID": sid}, PayloadType.ISO20_COMMON
            )
        return self._service_selection_request(now)

    def _on_service_detail(self, body: dict[str, Any], now: float) -> list[Any]:
        asked = self._pending_details.pop(0)
        if body.get("ServiceID") != asked:
            return self._fail(
                f"ServiceDetailRes for {body.get('ServiceID')} (asked {asked})", now, graceful=True
            )
        sets = body.get("ServiceParameterList", {}).get("ParameterSet", [])
        sets = sets if isinstance(sets, list) else [sets]
        actions: list[Any] = []
        if asked == SERVICE_INTERNET:
            actions += self._choose_internet(sets)
        else:
            chosen = self._choose_bpt_set(sets) if self.bpt else self._choose_energy_set(sets)
            if chosen is None and self.bpt and self._plain_offered:
                return self._bpt_to_plain(now)
            if chosen is None:
                return self._fail("no energy parameter set offered", now)
            self.energy_param_set = chosen
        return actions + self._next_service_detail(now)

    def _choose_energy_set(self, sets: list[Any]) -> int | None:
        want = CONTROL_MODE_IDS[self.control_mode]
        valid = [s for s in sets if isinstance(s, dict) and "ParameterSetID" in s]
        for pset in valid:
            if _params_of(pset).get("ControlMode") == want:
                return int(pset["ParameterSetID"])
        if not valid:
            return None
        first = valid[0]
        mode = _params_of(first).get("ControlMode")
        for name, ident in CONTROL_MODE_IDS.items():
            if ident == mode:
                log.info("-20: SECC offers no %s mode; using %s", self.control_mode, name)
                self.control_mode = name
        return int(first["ParameterSetID"])

    def _choose_bpt_set(self, sets: list[Any]) -> int | None:
        """``bpt.py`` rule 2; the control mode follows the chosen set."""
        valid = [s for s in sets if isinstance(s, dict) and "ParameterSetID" in s]
        choice = bpt.choose_parameter_set(valid, CONTROL_MODE_IDS[self.control_mode], _params_of)
        if choice is None:
            return None
        for name, ident in CONTROL_MODE_IDS.items():
            if ident == choice.control_mode and name != self.control_mode:
                log.info("-20: SECC offers no %s BPT set; using %s", self.control_mode, name)
                self.control_mode = name
        log.info("-20: BPT parameter set %d %s", choice.parameter_set_id, choice.parameters)
        return choice.parameter_set_id

    def _bpt_to_plain(self, now: float) -> list[Any]:
        """No acceptable BPT parameter set: ask for the plain service's details instead."""
        log.warning("-20: no acceptable BPT parameter set (grid forming only?): charging only")
        self.bpt = False
        self.energy_service = bpt.SERVICE_IDS[self.energy][0]
        self._pending_details.insert(0, self.energy_service)
        return self._next_service_detail(now)

    def _service_selection_request(self, now: float) -> list[Any]:
        body: dict[str, Any] = {
            "SelectedEnergyTransferService": {
                "ServiceID": self.energy_service,
                "ParameterSetID": self.energy_param_set,
            }
        }
        if self.internet_choice is not None:
            body["SelectedVASList"] = {
                "SelectedService": [
                    {
                        "ServiceID": SERVICE_INTERNET,
                        "ParameterSetID": self.internet_choice.parameter_set_id,
                    }
                ]
            }
        return self._request(now, "ServiceSelectionReq", body, PayloadType.ISO20_COMMON)

    def _on_service_selection(self, body: dict[str, Any], now: float) -> list[Any]:
        # interlock rule 1: ChargeParameterDiscovery waits for fresh BMS limits
        return self._internet_service_up() + self._bms_gate(now, self._charge_parameter_request)

    def _charge_parameter_request(self, now: float) -> list[Any]:
        ev = self._ev()
        if self.energy == "dc":
            mode: dict[str, Any] = {
                "EVMaximumChargePower": rational(ev.max_power),
                "EVMinimumChargePower": rational(ev.min_power),
                "EVMaximumChargeCurrent": rational(ev.max_current),
                "EVMinimumChargeCurrent": rational(ev.min_current),
                "EVMaximumVoltage": rational(ev.max_voltage),
                "EVMinimumVoltage": rational(ev.min_voltage),
                "TargetSOC": round(ev.target_soc),
            }
        else:
            mode = {
                "EVMaximumChargePower": rational(ev.max_power),
                "EVMinimumChargePower": rational(ev.min_power),
            }
        if self.bpt:
            mode.update(self.bidirectional.cpd_fields(ev, self.energy, self.evse_limits, now))
        return self._request(
            now,
            f"{self.energy.upper()}_ChargeParameterDiscoveryReq",
            {CPD_REQ_MODE[(self.energy, self.bpt)]: mode},
            PayloadType.ISO20_DC if self.energy == "dc" else PayloadType.ISO20_AC,
        )

    def _on_charge_parameters(self, body: dict[str, Any], now: float) -> list[Any]:
        mode = next((v for k, v in body.items() if k.endswith("CPDResEnergyTransferMode")), None)
        if isinstance(mode, dict):
            for key, node in mode.items():
                value = from_rational(node)
                if value is not None:
                    self.evse_limits[key] = value
        return self._schedule_exchange_request(now)

    def _schedule_exchange_request(self, now: float) -> list[Any]:
        return self.poll(
            "Ongoing(ScheduleExchange)", self.timing.ongoing_s, self._schedule_exchange, now
        )

    def _schedule_exchange(self, now: float) -> list[Any]:
        ev = self._ev()
        energy = {
            "EVTargetEnergyRequest": rational(ev.target_energy_wh),
            "EVMaximumEnergyRequest": rational(ev.max_energy_wh),
            "EVMinimumEnergyRequest": rational(ev.min_energy_wh),
        }
        body: dict[str, Any] = {"MaximumSupportingPoints": 1024}
        if self.control_mode == "dynamic":
            dyn: dict[str, Any] = {"DepartureTime": int(ev.departure_time_s or 0)}
            dyn["MinimumSOC"] = round(ev.min_soc)
            dyn["TargetSOC"] = round(ev.target_soc)
            if self.bpt:
                energy.update(self.bidirectional.v2x_fields(ev, self.evse_limits, now))
            body["Dynamic_SEReqControlMode"] = {**dyn, **energy}
        else:
            sched: dict[str, Any] = {}
            if ev.departure_time_s is not None:
                sched["DepartureTime"] = int(ev.departure_time_s)
            body["Scheduled_SEReqControlMode"] = {**sched, **energy}
        return self._request(now, "ScheduleExchangeReq", body, PayloadType.ISO20_COMMON)

    def _on_schedule_exchange(self, body: dict[str, Any], now: float) -> list[Any]:
        return self.poll_answer(body, now, lambda t: self._schedule_chosen(body, t))

    def _schedule_chosen(self, body: dict[str, Any], now: float) -> list[Any]:
        sched = body.get("Scheduled_SEResControlMode")
        if isinstance(sched, dict):
            tuples = sched.get("ScheduleTuple", [])
            tuples = tuples if isinstance(tuples, list) else [tuples]
            ids = [
                int(t["ScheduleTupleID"])
                for t in tuples
                if isinstance(t, dict) and "ScheduleTupleID" in t
            ]
            if not ids:
                return self._fail("ScheduleExchangeRes without a schedule", now)
            self.schedule_tuple_id = ids[0]
            self._take_schedule_power(tuples)
            if self.bpt:
                chosen = next(t for t in tuples if t.get("ScheduleTupleID") == ids[0])
                self.bidirectional.take_schedule(chosen, now)
            if self.control_mode != "scheduled":
                self.control_mode = "scheduled"
        elif "Dynamic_SEResControlMode" in body:
            self.control_mode = "dynamic"
        return self._after_charge_parameters(now)

    def _cable_check(self, now: float) -> list[Any]:
        return self._request(now, "DC_CableCheckReq", {}, PayloadType.ISO20_DC)

    def _on_cable_check(self, body: dict[str, Any], now: float) -> list[Any]:
        return self.poll_answer(body, now, self._pre_charge_request)

    def _pre_charge_request(self, now: float) -> list[Any]:
        self._ensure_phase(
            "PreCharge", now, self.cfg.timeouts.pre_charge_s or self.timing.pre_charge_s
        )
        ev = self._ev()
        return self._request(
            now,
            "DC_PreChargeReq",
            {
                "EVProcessing": "Ongoing",
                "EVPresentVoltage": rational(ev.present_voltage),
                "EVTargetVoltage": rational(ev.present_voltage),
            },
            PayloadType.ISO20_DC,
        )

    def _on_pre_charge(self, body: dict[str, Any], now: float) -> list[Any]:
        return self._pre_charge_answer(from_rational(body.get("EVSEPresentVoltage")), now)

    def _power_delivery_request(self, now: float, progress: str) -> list[Any]:
        self._power_delivery_progress = progress
        body: dict[str, Any] = {"EVProcessing": "Finished", "ChargeProgress": progress}
        if progress == "Start":
            ev = self._ev()
            if self.control_mode == "scheduled" and self.schedule_tuple_id is not None:
                # PowerToleranceAcceptance is optional in the XSD, but chargers (Josev)
                # require it; the EV accepts the schedule's tolerance.
                ctrl: dict[str, Any] = {
                    "Scheduled_EVPPTControlMode": {
                        "SelectedScheduleTupleID": self.schedule_tuple_id,
                        "PowerToleranceAcceptance": "PowerToleranceConfirmed",
                    }
                }
            else:
                ctrl = {"Dynamic_EVPPTControlMode": {}}
            body["EVPowerProfile"] = {
                "TimeAnchor": max(0, int(self.epoch_offset + now)),
                **ctrl,
                "EVPowerProfileEntries": {"EVPowerProfileEntry": self._profile_entries(ev, now)},
            }
        return self._request(now, "PowerDeliveryReq", body, PayloadType.ISO20_COMMON)

    def _profile_entries(self, ev: EvData, now: float) -> list[dict[str, Any]]:
        """PowerDelivery's EV power profile: one entry at the allowed power; BPT with a
        schedule: its entries within the EV's limits (``bpt.profile``)."""
        schedule = self.bidirectional.schedule if self.bpt else None
        if schedule is None or not schedule.charging:
            entries = [(int(ev.departure_time_s or 3600), self._profile_power(ev))]
        else:
            limits = self.bidirectional.limits(ev, self.evse_limits, now)
            charge_max = self.interlock.profile_power(
                ev, self.evse_limits.get("EVSEMaximumChargePower"), None
            )
            entries = bpt.profile(schedule, charge_max, limits)
        return [{"Duration": d, "Power": rational(p)} for d, p in entries]

    def _stop_at_start(self, body: dict[str, Any]) -> str | None:
        note = self._notification(body)
        return note if note in ("Terminate", "Pause", "ServiceRenegotiation") else None

    def _renegotiation_request(self, now: float) -> list[Any]:
        return self._schedule_exchange_request(now)

    def _notification(self, body: dict[str, Any]) -> str | None:
        status = body.get("EVSEStatus")
        if not isinstance(status, dict):
            return None
        note = status.get("EVSENotification")
        return str(note) if note else None

    def _begin_stop(self, note: str, now: float) -> list[Any]:
        log.info("-20: stopping charge (%s)", note)
        if note == "Pause":
            self.stop_mode = "Pause"
        elif note == "ServiceRenegotiation" and self.renegotiation_supported:
            self.stop_mode = "ServiceRenegotiation"
        else:
            self.stop_mode = "Terminate"
        self.send_at = None
        return self._power_delivery_request(now, "Stop")

    def _loop_request(self, now: float) -> list[Any]:
        ev = self._ev()
        display: dict[str, Any] = {
            "PresentSOC": max(0, min(100, round(ev.soc))),
            "TargetSOC": max(0, min(100, round(ev.target_soc))),
            "ChargingComplete": bool(ev.charging_complete),
        }
        self.loop_rounds += 1
        if self.bpt and self.bidirectional.schedule is not None:
            self.schedule_power_w = self.bidirectional.schedule_power(now)
        body: dict[str, Any] = {"DisplayParameters": display, "MeterInfoRequested": False}
        if self.energy == "dc":
            body["EVPresentVoltage"] = rational(ev.present_voltage)
            mode = self._dc_loop_mode(ev, now)
        else:
            mode = self._ac_loop_mode(ev)
        if self.bpt:
            mode.update(self.bidirectional.loop_fields(ev, self.energy, self.evse_limits, now))
            if self.control_mode == "dynamic":
                mode.update(self.bidirectional.v2x_fields(ev, self.evse_limits, now))
        body[LOOP_REQ_MODE[(self.energy, self.control_mode, self.bpt)]] = mode
        ptype = PayloadType.ISO20_DC if self.energy == "dc" else PayloadType.ISO20_AC
        return self._request(now, f"{self.energy.upper()}_ChargeLoopReq", body, ptype)

    def _dc_loop_mode(self, ev: EvData, now: float) -> dict[str, Any]:
        if self.control_mode == "dynamic":
            self.interlock.asked(ev.max_current)  # the charger picks the current
            return {
                **self._dynamic_energy(ev),
                "EVMaximumChargePower": rational(ev.max_power),
                "EVMinimumChargePower": rational(ev.min_power),
                "EVMaximumChargeCurrent": rational(ev.max_current),
                "EVMaximumVoltage": rational(ev.max_voltage),
                "EVMinimumVoltage": rational(ev.min_voltage),
            }
        target_current, target_voltage = self._dc_targets(ev)
        if self.bpt:  # a discharge entry of the schedule: a negative target current
            target_current = self.bidirectional.dc_target_current(
                ev, target_current, target_voltage, self.evse_limits, now
            )
            self.interlock.asked(target_current)
        return {
            "EVTargetCurrent": rational(target_current),
            "EVTargetVoltage": rational(target_voltage),
            "EVMaximumChargePower": rational(ev.max_power),
            "EVMaximumChargeCurrent": rational(ev.max_current),
            "EVMaximumVoltage": rational(ev.max_voltage),
        }

    def _ac_loop_mode(self, ev: EvData) -> dict[str, Any]:
        if self.control_mode == "dynamic":
            return {
                **self._dynamic_energy(ev),
                "EVMaximumChargePower": rational(ev.max_power),
                "EVMinimumChargePower": rational(ev.min_power),
                "EVPresentActivePower": rational(ev.present_active_power),
                "EVPresentReactivePower": rational(0),
            }
        return {
            "EVMaximumChargePower": rational(ev.max_power),
            "EVMinimumChargePower": rational(ev.min_power),
            "EVPresentActivePower": rational(ev.present_active_power),
        }

    def _dynamic_energy(self, ev: EvData) -> dict[str, Any]:
        out: dict[str, Any] = {}
        if ev.departure_time_s is not None:
            out["DepartureTime"] = int(ev.departure_time_s)
        out["EVTargetEnergyRequest"] = rational(ev.target_energy_wh)
        out["EVMaximumEnergyRequest"] = rational(ev.max_energy_wh)
        out["EVMinimumEnergyRequest"] = rational(ev.min_energy_wh)
        return out

    def _on_charge_loop(self, body: dict[str, Any], now: float) -> list[Any]:
        self.evse_present_voltage = from_rational(body.get("EVSEPresentVoltage"))
        self.evse_present_current = from_rational(body.get("EVSEPresentCurrent"))
        note = self._notification(body)
        if note in ("Terminate", "Pause", "ServiceRenegotiation"):
            return self._begin_stop(note, now)
        if note == "ScheduleRenegotiation":
            log.info("-20: EVSE asks for schedule renegotiation")
            return self._power_delivery_request(now, "ScheduleRenegotiation")
        if note:
            log.info("-20: EVSE notification %s (no action)", note)
        tripped = self._bms_check(now)
        if tripped:
            return tripped
        if self.bpt:
            ends = self.bidirectional.after_loop(body, self.energy, self._ev(), now)
            if ends:
                return self._begin_stop(ends, now)
        if self._ev().charging_complete or self.stop_requested:
            return self._begin_stop("Terminate", now)
        self.send_at = now + self.cfg.charge_loop_interval_s
        return []

    def _take_schedule_power(self, tuples: list[Any]) -> None:
        """The chosen schedule's power now (its first entry); 0 W is logged (AC: the EV asks
        for 0 W and waits; the rule is in docs/iso15118.md)."""
        try:
            chosen = next(t for t in tuples if t.get("ScheduleTupleID") == self.schedule_tuple_id)
            entries = chosen["ChargingSchedule"]["PowerSchedule"]["PowerScheduleEntries"]
            entry = entries["PowerScheduleEntry"]
            first = entry[0] if isinstance(entry, list) else entry
            power = from_rational(first["Power"])
        except (StopIteration, KeyError, TypeError, IndexError, AttributeError):
            return
        self.schedule_power_w = power
        if power is not None and power <= 0 and not self.bpt:
            log.warning(
                "-20: the charger's schedule allows 0 W now: requesting 0 W and waiting for a "
                "renegotiation or the end of the session"
            )

    def _profile_power(self, ev: EvData) -> float:
        return self.interlock.profile_power(
            ev, self.evse_limits.get("EVSEMaximumChargePower"), self.schedule_power_w
        )

    def _welding_request(self, now: float) -> list[Any]:
        self.welding_rounds += 1
        return self._request(
            now, "DC_WeldingDetectionReq", {"EVProcessing": "Ongoing"}, PayloadType.ISO20_DC
        )

    def _session_stop_request(self, now: float) -> list[Any]:
        return self._request(
            now,
            "SessionStopReq",
            {"ChargingSession": self.stop_mode},
            PayloadType.ISO20_COMMON,
        )

    def _on_session_stop(self, body: dict[str, Any], now: float) -> list[Any]:
        if self.stop_mode == "ServiceRenegotiation" and self.failure is None:
            actions = self._internet_down("renegotiation")
            self.stop_mode = "Terminate"
            self.internet_choice = None
            return actions + self._service_discovery_request(now)
        reason = {"Pause": "pause"}.get(self.stop_mode, "session_stop")
        self.paused = self.stop_mode == "Pause" and self.failure is None
        actions = self._internet_down(reason)
        if self.failure is not None:
            return actions + self._finish(False, self.failure, now)
        log.info("-20: session %s stopped (%s)", self.session_id, self.stop_mode)
        return actions + self._finish(True, f"SessionStop {self.stop_mode}", now)
