"""The SECC simulator's ISO 15118-2 and DIN 70121 answers (``V2G_Message`` envelope).

Both tables share most answers; DIN differs in SessionSetup (EVSEID in hex, no time stamp),
ServiceDiscovery (DC only, no value-added services), the mandatory SAScheduleList with plain
PMax numbers, and a CurrentDemandRes without EVSEID. -2 offers the InternetAccess VAS
(ServiceID 3). Every message travels on payload type 0x8001; numbers are PhysicalValues.
"""

from __future__ import annotations

import time
from functools import partial
from typing import Any

from evcc_agent.iso15118.messages import Message, from_physical, physical
from evcc_agent.iso15118.v2gtp import PayloadType
from evcc_agent.sim.secc.dialect import Answer, Dialect, SeccState, internet_parameter_sets

#: the simulator's energy service numbers (-20 style: 1 AC, 2 DC) → -2 transfer modes
ENERGY_MODES = {2: ["DC_extended", "DC_core"], 1: ["AC_three_phase_core", "AC_single_phase_core"]}
CHARGE_SERVICE_ID = 1
INTERNET_SERVICE_ID = 3


# ------------------------------------------------------------------ EVSE status
def _dc_status(isolation: str = "Valid") -> dict[str, Any]:
    return {
        "EVSEIsolationStatus": isolation,
        "EVSEStatusCode": "EVSE_Ready",
        "NotificationMaxDelay": 0,
        "EVSENotification": "None",
    }


def _ac_status() -> dict[str, Any]:
    return {"NotificationMaxDelay": 0, "EVSENotification": "None", "RCD": False}


def _ac(sim: SeccState) -> bool:
    return sim.selected_energy == "ac"


def _status(sim: SeccState) -> dict[str, Any]:
    if _ac(sim):
        return {"AC_EVSEStatus": _ac_status()}
    return {"DC_EVSEStatus": _dc_status()}


# ------------------------------------------------------------------ answers
def _session_setup(sim: SeccState, body: dict[str, Any]) -> dict[str, Any]:
    return {
        "ResponseCode": "OK_NewSessionEstablished",
        "EVSEID": sim.cfg.evse_id,
        "EVSETimeStamp": int(time.time()),
    }


def _din_session_setup(sim: SeccState, body: dict[str, Any]) -> dict[str, Any]:
    return {
        "ResponseCode": "OK_NewSessionEstablished",
        "EVSEID": sim.cfg.evse_id.encode().hex().upper(),
    }


def _service_discovery(sim: SeccState, body: dict[str, Any]) -> dict[str, Any]:
    modes = [m for s in sim.cfg.energy_services for m in ENERGY_MODES.get(s, [])]
    res: dict[str, Any] = {
        "PaymentOptionList": {"PaymentOption": ["ExternalPayment"]},
        "ChargeService": {
            "ServiceID": CHARGE_SERVICE_ID,
            "ServiceName": "AC_DC_Charging",
            "ServiceCategory": "EVCharging",
            "FreeService": True,
            "SupportedEnergyTransferMode": {"EnergyTransferMode": modes},
        },
    }
    if sim.cfg.offer_internet and body.get("ServiceCategory") in (None, "Internet"):
        internet = {
            "ServiceID": INTERNET_SERVICE_ID,
            "ServiceName": "InternetAccess",
            "ServiceCategory": "Internet",
            "FreeService": True,
        }
        res["ServiceList"] = {"Service": [internet]}
    return res


def _din_service_discovery(sim: SeccState, body: dict[str, Any]) -> dict[str, Any]:
    return {
        "PaymentOptions": {"PaymentOption": ["ExternalPayment"]},
        "ChargeService": {
            "ServiceTag": {"ServiceID": CHARGE_SERVICE_ID, "ServiceCategory": "EVCharging"},
            "FreeService": True,
            "EnergyTransferType": "DC_extended",
        },
    }


def _service_detail(sim: SeccState, body: dict[str, Any]) -> dict[str, Any]:
    sid = int(body.get("ServiceID", 0))
    if sid != INTERNET_SERVICE_ID or not sim.cfg.offer_internet:
        return {"ResponseCode": "FAILED_ServiceIDInvalid", "ServiceID": sid}
    sets = internet_parameter_sets(sim.cfg.internet_sets, "stringValue")
    return {"ServiceID": sid, "ServiceParameterList": {"ParameterSet": sets}}


def _payment_selection(sim: SeccState, body: dict[str, Any]) -> dict[str, Any]:
    sim.selected = body
    return {}


def _processing(request: str) -> Answer:
    return lambda sim, body: {"EVSEProcessing": sim.processing(request)}


def _sa_schedules(sim: SeccState, din: bool) -> dict[str, Any]:
    if din:
        pmax: Any = min(32767, int(sim.cfg.evse_max_power))
        schedule: dict[str, Any] = {"PMaxScheduleID": 1}
    else:
        pmax = physical(sim.cfg.evse_max_power, "W")
        schedule = {}
    schedule["PMaxScheduleEntry"] = [
        {"RelativeTimeInterval": {"start": 0, "duration": 86400}, "PMax": pmax}
    ]
    return {"SAScheduleTuple": [{"SAScheduleTupleID": 1, "PMaxSchedule": schedule}]}


def _charge_parameter_discovery(sim: SeccState, body: dict[str, Any], din: bool) -> dict[str, Any]:
    cfg = sim.cfg
    sim.selected_energy = "ac" if "AC_EVChargeParameter" in body else "dc"
    processing = sim.processing("ChargeParameterDiscoveryReq")
    res: dict[str, Any] = {"EVSEProcessing": processing}
    if processing == "Finished" or din:  # DIN: SAScheduleList is mandatory
        res["SAScheduleList"] = _sa_schedules(sim, din)
    if _ac(sim):
        res["AC_EVSEChargeParameter"] = {
            "AC_EVSEStatus": _ac_status(),
            "EVSENominalVoltage": physical(230, "V"),
            "EVSEMaxCurrent": physical(32, "A"),
        }
    else:
        res["DC_EVSEChargeParameter"] = {
            "DC_EVSEStatus": _dc_status("Invalid"),
            "EVSEMaximumCurrentLimit": physical(cfg.evse_max_current, "A"),
            "EVSEMaximumPowerLimit": physical(cfg.evse_max_power, "W"),
            "EVSEMaximumVoltageLimit": physical(cfg.evse_max_voltage, "V"),
            "EVSEMinimumCurrentLimit": physical(0, "A"),
            "EVSEMinimumVoltageLimit": physical(cfg.evse_min_voltage, "V"),
            "EVSEPeakCurrentRipple": physical(2, "A"),
        }
    return res


def _cable_check(sim: SeccState, body: dict[str, Any]) -> dict[str, Any]:
    return {"DC_EVSEStatus": _dc_status(), "EVSEProcessing": sim.processing("CableCheckReq")}


def _pre_charge(sim: SeccState, body: dict[str, Any]) -> dict[str, Any]:
    sim.pre_charge(from_physical(body.get("EVTargetVoltage")) or 0.0, "PreChargeReq")
    return {
        "DC_EVSEStatus": _dc_status(),
        "EVSEPresentVoltage": physical(round(sim.present_voltage, 1), "V"),
    }


def _power_delivery(sim: SeccState, body: dict[str, Any]) -> dict[str, Any]:
    if body.get("ChargeProgress") == "Stop" or body.get("ReadyToChargeState") is False:
        sim.present_current = 0.0
    return _status(sim)


def _current_demand(sim: SeccState, body: dict[str, Any], din: bool) -> dict[str, Any]:
    cfg = sim.cfg
    sim.deliver(
        from_physical(body.get("EVTargetVoltage")),
        from_physical(body.get("EVTargetCurrent")) or 0.0,
    )
    res: dict[str, Any] = {
        "DC_EVSEStatus": _dc_status(),
        "EVSEPresentVoltage": physical(round(sim.present_voltage, 1), "V"),
        "EVSEPresentCurrent": physical(round(sim.present_current, 1), "A"),
        "EVSECurrentLimitAchieved": sim.present_current >= cfg.evse_max_current,
        "EVSEVoltageLimitAchieved": False,
        "EVSEPowerLimitAchieved": False,
        "EVSEMaximumVoltageLimit": physical(cfg.evse_max_voltage, "V"),
        "EVSEMaximumCurrentLimit": physical(cfg.evse_max_current, "A"),
        "EVSEMaximumPowerLimit": physical(cfg.evse_max_power, "W"),
    }
    if not din:
        res["EVSEID"] = cfg.evse_id
        res["SAScheduleTupleID"] = 1
    return res


def _charging_status(sim: SeccState, body: dict[str, Any]) -> dict[str, Any]:
    return {
        "EVSEID": sim.cfg.evse_id,
        "SAScheduleTupleID": 1,
        "EVSEMaxCurrent": physical(32, "A"),
        "AC_EVSEStatus": _ac_status(),
    }


def _welding_detection(sim: SeccState, body: dict[str, Any]) -> dict[str, Any]:
    sim.discharge()
    return {
        "DC_EVSEStatus": _dc_status(),
        "EVSEPresentVoltage": physical(round(sim.present_voltage, 1), "V"),
    }


ISO2_ANSWERS: dict[str, Answer] = {
    "SessionSetupReq": _session_setup,
    "ServiceDiscoveryReq": _service_discovery,
    "ServiceDetailReq": _service_detail,
    "PaymentServiceSelectionReq": _payment_selection,
    "ServicePaymentSelectionReq": _payment_selection,
    "AuthorizationReq": _processing("AuthorizationReq"),
    "ContractAuthenticationReq": _processing("ContractAuthenticationReq"),
    "ChargeParameterDiscoveryReq": partial(_charge_parameter_discovery, din=False),
    "CableCheckReq": _cable_check,
    "PreChargeReq": _pre_charge,
    "PowerDeliveryReq": _power_delivery,
    "CurrentDemandReq": partial(_current_demand, din=False),
    "ChargingStatusReq": _charging_status,
    "WeldingDetectionReq": _welding_detection,
    "SessionStopReq": lambda sim, body: {},
}
DIN_ANSWERS: dict[str, Answer] = {
    **ISO2_ANSWERS,
    "SessionSetupReq": _din_session_setup,
    "ServiceDiscoveryReq": _din_service_discovery,
    "ChargeParameterDiscoveryReq": partial(_charge_parameter_discovery, din=True),
    "CurrentDemandReq": partial(_current_demand, din=True),
}


# ------------------------------------------------------------------ envelope
def _body_of(name: str, message: Message) -> dict[str, Any]:
    v2g = message.get("V2G_Message") or {}
    body: dict[str, Any] = (v2g.get("Body") or {}).get(name) or {}
    return body


def _wrap(name: str, session_id: str, res: dict[str, Any]) -> Message:
    return {"V2G_Message": {"Header": {"SessionID": session_id}, "Body": {name: res}}}


def _notify(res: dict[str, Any], notification: str) -> None:
    """An EVSENotification, a DC EVSEStatusCode (``EVSE_…``) or an isolation fault."""
    for key in ("DC_EVSEStatus", "AC_EVSEStatus"):
        status = res.get(key)
        if not isinstance(status, dict):
            continue
        if notification.startswith("EVSE_"):
            status["EVSEStatusCode"] = notification
        elif notification == "IsolationFault":
            status["EVSEIsolationStatus"] = "Fault"
        else:
            status["EVSENotification"] = notification


def _dialect(answers: dict[str, Answer]) -> Dialect:
    return Dialect(
        answers=answers,
        body_of=_body_of,
        wrap=_wrap,
        notify=_notify,
        spare_session_id="0102030405060708",
        payload_type=PayloadType.SAP,
    )


ISO2 = _dialect(ISO2_ANSWERS)
DIN = _dialect(DIN_ANSWERS)
