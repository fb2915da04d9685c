"""The SECC simulator's ISO 15118-2 and DIN 70121 answers (``V2G_Message`` envelope).

``SeccResponder`` (``secc.py``) negotiates the protocol in SAP; when it chose -2 or DIN, every
further request goes to a ``V2gResponder`` here, with the same configuration (energy services,
Internet VAS and its parameter sets, Ongoing rounds, EVSE limits) and the same faults (FAILED
codes, wrong session id, EVSE notifications or status codes; no answer / garbage / drop are
handled by ``SeccResponder`` before). -2 offers the InternetAccess VAS (ServiceID 3); DIN has
no value-added services and DC only.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any

from evcc_agent.iso15118.session.numbers import from_physical, physical

if TYPE_CHECKING:
    from evcc_agent.sim.secc import Fault, Reply, SeccResponder

ISO2_NAMESPACE = "urn:iso:15118:2:2013:MsgDef"
DIN_NAMESPACE = "urn:din:70121:2012:MsgDef"
#: SAP namespace → codec grammar
V2G_GRAMMARS = {ISO2_NAMESPACE: "iso2", DIN_NAMESPACE: "din"}
#: the simulator's energy service numbers (-20 style: 1 AC, 2 DC) → -2 transfer modes
ENERGY_MODES = {2: ["DC_extended", "DC_core"], 1: ["AC_three_phase_core", "AC_single_phase_core"]}
CHARGE_SERVICE_ID = 1
INTERNET_SERVICE_ID = 3


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


class V2gResponder:
    """Answers -2 (``ns="iso2"``) or DIN (``ns="din"``) requests for one ``SeccResponder``."""

    def __init__(self, owner: SeccResponder, ns: str) -> None:
        self.owner = owner
        self.cfg = owner.cfg
        self.ns = ns

    # -------------------------------------------------------------- envelope
    def handle(self, name: str, message: dict[str, Any], fault: Fault | None) -> Reply:
        from evcc_agent.iso15118.v2gtp import PayloadType
        from evcc_agent.sim.secc import Reply

        v2g = message.get("V2G_Message") or {}
        body = (v2g.get("Body") or {}).get(name) or {}
        res_name = name[:-3] + "Res"
        builder = getattr(self, "_" + name, None)
        if builder is None:
            res: dict[str, Any] = {"ResponseCode": "FAILED_SequenceError"}
        else:
            res = {"ResponseCode": "OK", **builder(body)}
        sid = self.owner.session_id
        if fault is not None and fault.kind == "failed":
            res["ResponseCode"] = fault.code
        if fault is not None and fault.kind == "wrong_session_id":
            sid = "DEADBEEF00000000" if sid != "DEADBEEF00000000" else "0102030405060708"
        if fault is not None and fault.kind == "notification":
            for key in ("DC_EVSEStatus", "AC_EVSEStatus"):
                if isinstance(res.get(key), dict):
                    if fault.notification.startswith("EVSE_"):
                        res[key]["EVSEStatusCode"] = fault.notification
                    elif fault.notification == "IsolationFault":
                        res[key]["EVSEIsolationStatus"] = "Fault"
                    else:
                        res[key]["EVSENotification"] = fault.notification
        reply = {"V2G_Message": {"Header": {"SessionID": sid}, "Body": {res_name: res}}}
        return Reply("message", PayloadType.SAP, reply, ns=self.ns)

    # -------------------------------------------------------------- helpers
    @property
    def din(self) -> bool:
        return self.ns == "din"

    def _dc_status(self, isolation: str = "Valid") -> dict[str, Any]:
        return {
            "EVSEIsolationStatus": isolation,
            "EVSEStatusCode": "EVSE_Ready",
            "NotificationMaxDelay": 0,
            "EVSENotification": "None",
        }

    def _ac_status(self) -> dict[str, Any]:
        return {"NotificationMaxDelay": 0, "EVSENotification": "None", "RCD": False}

    def _ac(self) -> bool:
        return self.owner.selected_energy == "ac"

    def _status(self) -> dict[str, Any]:
        if self._ac():
            return {"AC_EVSEStatus": self._ac_status()}
        return {"DC_EVSEStatus": self._dc_status()}

    # -------------------------------------------------------------- handlers
    def _SessionSetupReq(self, body: dict[str, Any]) -> dict[str, Any]:
        evse_id = self.cfg.evse_id.encode().hex().upper() if self.din else self.cfg.evse_id
        res: dict[str, Any] = {"ResponseCode": "OK_NewSessionEstablished", "EVSEID": evse_id}
        if not self.din:
            res["EVSETimeStamp"] = int(time.time())
        return res

    def _ServiceDiscoveryReq(self, body: dict[str, Any]) -> dict[str, Any]:
        if self.din:
            return {
                "PaymentOptions": {"PaymentOption": ["ExternalPayment"]},
                "ChargeService": {
                    "ServiceTag": {"ServiceID": CHARGE_SERVICE_ID, "ServiceCategory": "EVCharging"},
                    "FreeService": True,
                    "EnergyTransferType": "DC_extended",
                },
            }
        modes = [m for s in self.cfg.energy_services for m in ENERGY_MODES.get(s, [])]
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
        if self.cfg.offer_internet and body.get("ServiceCategory") in (None, "Internet"):
            res["ServiceList"] = {
                "Service": [
                    {
                        "ServiceID": INTERNET_SERVICE_ID,
                        "ServiceName": "InternetAccess",
                        "ServiceCategory": "Internet",
                        "FreeService": True,
                    }
                ]
            }
        return res

    def _ServiceDetailReq(self, body: dict[str, Any]) -> dict[str, Any]:
        sid = int(body.get("ServiceID", 0))
        if sid != INTERNET_SERVICE_ID or not self.cfg.offer_internet:
            return {"ResponseCode": "FAILED_ServiceIDInvalid", "ServiceID": sid}
        sets = internet_parameter_sets(self.cfg.internet_sets, "stringValue")
        return {"ServiceID": sid, "ServiceParameterList": {"ParameterSet": sets}}

    def _PaymentServiceSelectionReq(self, body: dict[str, Any]) -> dict[str, Any]:
        self.owner.selected = body
        return {}

    _ServicePaymentSelectionReq = _PaymentServiceSelectionReq

    def _AuthorizationReq(self, body: dict[str, Any]) -> dict[str, Any]:
        return {"EVSEProcessing": self.owner._processing("AuthorizationReq")}

    def _ContractAuthenticationReq(self, body: dict[str, Any]) -> dict[str, Any]:
        return {"EVSEProcessing": self.owner._processing("ContractAuthenticationReq")}

    def _ChargeParameterDiscoveryReq(self, body: dict[str, Any]) -> dict[str, Any]:
        self.owner.selected_energy = "ac" if "AC_EVChargeParameter" in body else "dc"
        processing = self.owner._processing("ChargeParameterDiscoveryReq")
        res: dict[str, Any] = {"EVSEProcessing": processing}
        if processing == "Finished" or self.din:  # DIN: SAScheduleList is mandatory
            if self.din:
                pmax: Any = min(32767, int(self.cfg.evse_max_power))
                schedule: dict[str, Any] = {"PMaxScheduleID": 1}
            else:
                pmax = physical(self.cfg.evse_max_power, "W")
                schedule = {}
            schedule["PMaxScheduleEntry"] = [
                {"RelativeTimeInterval": {"start": 0, "duration": 86400}, "PMax": pmax}
            ]
            res["SAScheduleList"] = {
                "SAScheduleTuple": [{"SAScheduleTupleID": 1, "PMaxSchedule": schedule}]
            }
        if self._ac():
            res["AC_EVSEChargeParameter"] = {
                "AC_EVSEStatus": self._ac_status(),
                "EVSENominalVoltage": physical(230, "V"),
                "EVSEMaxCurrent": physical(32, "A"),
            }
        else:
            res["DC_EVSEChargeParameter"] = {
                "DC_EVSEStatus": self._dc_status("Invalid"),
                "EVSEMaximumCurrentLimit": physical(self.cfg.evse_max_current, "A"),
                "EVSEMaximumPowerLimit": physical(self.cfg.evse_max_power, "W"),
                "EVSEMaximumVoltageLimit": physical(self.cfg.evse_max_voltage, "V"),
                "EVSEMinimumCurrentLimit": physical(0, "A"),
                "EVSEMinimumVoltageLimit": physical(self.cfg.evse_min_voltage, "V"),
                "EVSEPeakCurrentRipple": physical(2, "A"),
            }
        return res

    def _CableCheckReq(self, body: dict[str, Any]) -> dict[str, Any]:
        return {
            "DC_EVSEStatus": self._dc_status(),
            "EVSEProcessing": self.owner._processing("CableCheckReq"),
        }

    def _PreChargeReq(self, body: dict[str, Any]) -> dict[str, Any]:
        owner = self.owner
        target = from_physical(body.get("EVTargetVoltage")) or 0.0
        if abs(owner.present_voltage - target) > 1.0 and owner.counts["PreChargeReq"] == 1:
            owner.present_voltage = (owner.present_voltage + target) / 2
        else:
            owner.present_voltage = target
        return {
            "DC_EVSEStatus": self._dc_status(),
            "EVSEPresentVoltage": physical(round(owner.present_voltage, 1), "V"),
        }

    def _PowerDeliveryReq(self, body: dict[str, Any]) -> dict[str, Any]:
        if body.get("ChargeProgress") == "Stop" or body.get("ReadyToChargeState") is False:
            self.owner.present_current = 0.0
        return self._status()

    def _CurrentDemandReq(self, body: dict[str, Any]) -> dict[str, Any]:
        owner, cfg = self.owner, self.cfg
        target_i = from_physical(body.get("EVTargetCurrent")) or 0.0
        target_v = from_physical(body.get("EVTargetVoltage"))
        if target_v is not None:
            owner.present_voltage = min(target_v, cfg.evse_max_voltage)
        owner.present_current = min(target_i, cfg.evse_max_current)
        res: dict[str, Any] = {
            "DC_EVSEStatus": self._dc_status(),
            "EVSEPresentVoltage": physical(round(owner.present_voltage, 1), "V"),
            "EVSEPresentCurrent": physical(round(owner.present_current, 1), "A"),
            "EVSECurrentLimitAchieved": owner.present_current >= cfg.evse_max_current,
            "EVSEVoltageLimitAchieved": False,
            "EVSEPowerLimitAchieved": False,
            "EVSEMaximumVoltageLimit": physical(cfg.evse_max_voltage, "V"),
            "EVSEMaximumCurrentLimit": physical(cfg.evse_max_current, "A"),
            "EVSEMaximumPowerLimit": physical(cfg.evse_max_power, "W"),
        }
        if not self.din:
            res["EVSEID"] = cfg.evse_id
            res["SAScheduleTupleID"] = 1
        return res

    def _ChargingStatusReq(self, body: dict[str, Any]) -> dict[str, Any]:
        return {
            "EVSEID": self.cfg.evse_id,
            "SAScheduleTupleID": 1,
            "EVSEMaxCurrent": physical(32, "A"),
            "AC_EVSEStatus": self._ac_status(),
        }

    def _WeldingDetectionReq(self, body: dict[str, Any]) -> dict[str, Any]:
        owner = self.owner
        owner.present_voltage = owner.present_voltage / 10 if owner.present_voltage > 1 else 0.0
        return {
            "DC_EVSEStatus": self._dc_status(),
            "EVSEPresentVoltage": physical(round(owner.present_voltage, 1), "V"),
        }

    def _SessionStopReq(self, body: dict[str, Any]) -> dict[str, Any]:
        return {}
