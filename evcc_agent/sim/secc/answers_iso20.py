"""The SECC simulator's ISO 15118-20 answers (DC and AC, EIM, Internet VAS ServiceID 65).

-20 messages are ``{"XRes": {"Header": {...}, ...}}`` and travel with the request's payload
type (0x8002 common, 0x8003 AC, 0x8004 DC); numbers are RationalNumbers.
"""

from __future__ import annotations

import time
from typing import Any

from evcc_agent.iso15118.messages import Message, from_rational, rational
from evcc_agent.sim.secc.bpt import (
    bpt_ac_loop_res,
    bpt_cpd_fields,
    bpt_dc_dynamic_current,
    bpt_dc_loop_res,
    bpt_parameters,
    bpt_schedule_entries,
    bpt_selected,
)
from evcc_agent.sim.secc.dialect import Answer, Dialect, SeccState, internet_parameter_sets

INTERNET_SERVICE_ID = 65


def _session_setup(sim: SeccState, body: dict[str, Any]) -> dict[str, Any]:
    asked = str(body.get("Header", {}).get("SessionID", "")).upper()
    if asked in sim.paused_sessions:
        sim.paused_sessions.discard(asked)
        sim.session_id = asked
        return {"ResponseCode": "OK_OldSessionJoined", "EVSEID": sim.cfg.evse_id}
    return {"ResponseCode": "OK_NewSessionEstablished", "EVSEID": sim.cfg.evse_id}


def _authorization_setup(sim: SeccState, body: dict[str, Any]) -> dict[str, Any]:
    return {
        "AuthorizationServices": ["EIM"],
        "CertificateInstallationService": False,
        "EIM_ASResAuthorizationMode": {},
    }


def _authorization(sim: SeccState, body: dict[str, Any]) -> dict[str, Any]:
    return {"EVSEProcessing": sim.processing("AuthorizationReq")}


def _service_discovery(sim: SeccState, body: dict[str, Any]) -> dict[str, Any]:
    res: dict[str, Any] = {
        "ServiceRenegotiationSupported": sim.cfg.renegotiation_supported,
        "EnergyTransferServiceList": {
            "Service": [{"ServiceID": s, "FreeService": True} for s in sim.cfg.energy_services]
        },
    }
    if sim.cfg.offer_internet:
        res["VASList"] = {"Service": [{"ServiceID": INTERNET_SERVICE_ID, "FreeService": True}]}
    return res


def _energy_parameter_sets(modes: list[int], extra: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [
        {
            "ParameterSetID": mode,
            "Parameter": [
                {"Name": "Connector", "intValue": 1},
                {"Name": "ControlMode", "intValue": mode},
                {"Name": "MobilityNeedsMode", "intValue": 1},
                {"Name": "Pricing", "intValue": 0},
                *extra,
            ],
        }
        for mode in modes
    ]


def _service_detail(sim: SeccState, body: dict[str, Any]) -> dict[str, Any]:
    sid = int(body.get("ServiceID", 0))
    if sid == INTERNET_SERVICE_ID and sim.cfg.offer_internet:
        sets = internet_parameter_sets(sim.cfg.internet_sets, "finiteString")
    elif sid in sim.cfg.energy_services:
        sets = _energy_parameter_sets(sim.cfg.control_modes, bpt_parameters(sim, sid))
    else:
        return {
            "ResponseCode": "FAILED_ServiceIDInvalid",
            "ServiceID": sid,
            "ServiceParameterList": {
                "ParameterSet": [{"ParameterSetID": 0, "Parameter": [{"Name": "x", "intValue": 0}]}]
            },
        }
    return {"ServiceID": sid, "ServiceParameterList": {"ParameterSet": sets}}


def _service_selection(sim: SeccState, body: dict[str, Any]) -> dict[str, Any]:
    sim.selected = body
    return {}


def _dc_charge_parameter_discovery(sim: SeccState, body: dict[str, Any]) -> dict[str, Any]:
    cfg = sim.cfg
    mode = {
        "EVSEMaximumChargePower": rational(cfg.evse_max_power),
        "EVSEMinimumChargePower": rational(0),
        "EVSEMaximumChargeCurrent": rational(cfg.evse_max_current),
        "EVSEMinimumChargeCurrent": rational(0),
        "EVSEMaximumVoltage": rational(cfg.evse_max_voltage),
        "EVSEMinimumVoltage": rational(cfg.evse_min_voltage),
    }
    if "BPT_DC_CPDReqEnergyTransferMode" in body:
        return {"BPT_DC_CPDResEnergyTransferMode": {**mode, **bpt_cpd_fields(sim, True)}}
    return {"DC_CPDResEnergyTransferMode": mode}


def _ac_charge_parameter_discovery(sim: SeccState, body: dict[str, Any]) -> dict[str, Any]:
    mode = {
        "EVSEMaximumChargePower": rational(22_000),
        "EVSEMinimumChargePower": rational(1_400),
        "EVSENominalFrequency": rational(50),
    }
    if "BPT_AC_CPDReqEnergyTransferMode" in body:
        return {"BPT_AC_CPDResEnergyTransferMode": {**mode, **bpt_cpd_fields(sim, False)}}
    return {"AC_CPDResEnergyTransferMode": mode}


def _schedule_exchange(sim: SeccState, body: dict[str, Any]) -> dict[str, Any]:
    res: dict[str, Any] = {"EVSEProcessing": sim.processing("ScheduleExchangeReq")}
    if "Dynamic_SEReqControlMode" in body:
        res["Dynamic_SEResControlMode"] = {}
        return res
    if bpt_selected(sim):
        entries = bpt_schedule_entries(sim)
    else:
        entries = [{"Duration": 86400, "Power": rational(sim.cfg.evse_max_power)}]
    schedule = {
        "TimeAnchor": int(time.time()),
        "PowerScheduleEntries": {"PowerScheduleEntry": entries},
    }
    res["Scheduled_SEResControlMode"] = {
        "ScheduleTuple": [{"ScheduleTupleID": 1, "ChargingSchedule": {"PowerSchedule": schedule}}]
    }
    return res


def _cable_check(sim: SeccState, body: dict[str, Any]) -> dict[str, Any]:
    return {"EVSEProcessing": sim.processing("DC_CableCheckReq")}


def _pre_charge(sim: SeccState, body: dict[str, Any]) -> dict[str, Any]:
    sim.pre_charge(from_rational(body.get("EVTargetVoltage")) or 0.0, "DC_PreChargeReq")
    return {"EVSEPresentVoltage": rational(sim.present_voltage)}


def _power_delivery(sim: SeccState, body: dict[str, Any]) -> dict[str, Any]:
    if body.get("ChargeProgress") == "Stop":
        sim.present_current = 0.0
    return {}


def _dc_charge_loop(sim: SeccState, body: dict[str, Any]) -> dict[str, Any]:
    cfg = sim.cfg
    key = next((k for k in body if k.endswith("_DC_CLReqControlMode")), "")
    mode = body.get(key) or {}
    target_i = from_rational(mode.get("EVTargetCurrent"))
    target_v = from_rational(mode.get("EVTargetVoltage"))
    if target_i is None and key.startswith("BPT_"):  # dynamic BPT: the charger's targets
        target_i = bpt_dc_dynamic_current(sim, mode, sim.present_voltage)
    if target_i is None:  # dynamic: the EVSE decides; give what the EV allows
        target_i = min(
            from_rational(mode.get("EVMaximumChargeCurrent")) or 0.0, cfg.evse_max_current
        )
    sim.deliver(target_v, target_i)
    res: dict[str, Any] = {
        "EVSEPresentCurrent": rational(sim.present_current),
        "EVSEPresentVoltage": rational(sim.present_voltage),
        "EVSEPowerLimitAchieved": False,
        "EVSECurrentLimitAchieved": sim.present_current >= cfg.evse_max_current,
        "EVSEVoltageLimitAchieved": False,
    }
    if key.startswith("BPT_"):
        res.update(bpt_dc_loop_res(sim, "Dynamic" in key))
    elif "Dynamic_DC_CLReqControlMode" in body:
        res["Dynamic_DC_CLResControlMode"] = {
            "EVSEMaximumChargePower": rational(cfg.evse_max_power),
            "EVSEMinimumChargePower": rational(0),
            "EVSEMaximumChargeCurrent": rational(cfg.evse_max_current),
            "EVSEMaximumVoltage": rational(cfg.evse_max_voltage),
        }
    else:
        res["Scheduled_DC_CLResControlMode"] = {}
    return res


def _ac_charge_loop(sim: SeccState, body: dict[str, Any]) -> dict[str, Any]:
    if any(k.startswith("BPT_") for k in body):
        return bpt_ac_loop_res(sim, body)
    if "Dynamic_AC_CLReqControlMode" in body:
        return {"Dynamic_AC_CLResControlMode": {"EVSETargetActivePower": rational(11_000)}}
    return {"Scheduled_AC_CLResControlMode": {}}


def _welding_detection(sim: SeccState, body: dict[str, Any]) -> dict[str, Any]:
    sim.discharge()
    return {"EVSEPresentVoltage": rational(round(sim.present_voltage, 1))}


def _session_stop(sim: SeccState, body: dict[str, Any]) -> dict[str, Any]:
    if body.get("ChargingSession") == "Pause":
        sim.paused_sessions.add(sim.session_id)
    return {}


ANSWERS: dict[str, Answer] = {
    "SessionSetupReq": _session_setup,
    "AuthorizationSetupReq": _authorization_setup,
    "AuthorizationReq": _authorization,
    "ServiceDiscoveryReq": _service_discovery,
    "ServiceDetailReq": _service_detail,
    "ServiceSelectionReq": _service_selection,
    "DC_ChargeParameterDiscoveryReq": _dc_charge_parameter_discovery,
    "AC_ChargeParameterDiscoveryReq": _ac_charge_parameter_discovery,
    "ScheduleExchangeReq": _schedule_exchange,
    "DC_CableCheckReq": _cable_check,
    "DC_PreChargeReq": _pre_charge,
    "PowerDeliveryReq": _power_delivery,
    "DC_ChargeLoopReq": _dc_charge_loop,
    "AC_ChargeLoopReq": _ac_charge_loop,
    "DC_WeldingDetectionReq": _welding_detection,
    "SessionStopReq": _session_stop,
}


def _wrap(name: str, session_id: str, res: dict[str, Any]) -> Message:
    return {name: {"Header": {"SessionID": session_id, "TimeStamp": int(time.time())}, **res}}


def _notify(res: dict[str, Any], notification: str) -> None:
    res["EVSEStatus"] = {"NotificationMaxDelay": 0, "EVSENotification": notification}


ISO20 = Dialect(
    answers=ANSWERS,
    body_of=lambda name, message: message.get(name) or {},
    wrap=_wrap,
    notify=_notify,
    spare_session_id="0" * 16,
)
