"""The ISO 15118-2 dialect of the ``V2gSession`` engine (``v2g.py``): DC and AC, EIM, the
InternetAccess service (ServiceID 3), renegotiation; the -2 timeouts."""

from __future__ import annotations

from typing import Any

from evcc_agent.iso15118.messages import PHYSICAL
from evcc_agent.iso15118.session.engine import Timing
from evcc_agent.iso15118.session.v2g import ChargeService, Dialect, as_list

SERVICE_INTERNET = 3  # -2 "InternetAccess"
_SLOW = ("ServiceDetailReq", "PaymentDetailsReq", "CertificateInstallationReq")
_SLOW_TOO = ("CertificateUpdateReq", "PowerDeliveryReq")
#: ISO 15118-2's V2G_EVCC_Msg_Timeout (2 s; 5 s for the slow ones, 0.25 s CurrentDemand),
#: CommunicationSetup 20 s, Ongoing 60 s, CableCheck 40 s, PreCharge 7 s
TIMING = Timing(
    2.0, {**dict.fromkeys(_SLOW + _SLOW_TOO, 5.0), "CurrentDemandReq": 0.25}, 20.0, 60.0, 40.0, 7.0
)


def _charge_service(body: dict[str, Any]) -> ChargeService:
    charge = body["ChargeService"]
    modes = as_list((charge.get("SupportedEnergyTransferMode") or {}).get("EnergyTransferMode"))
    payments = as_list((body.get("PaymentOptionList") or {}).get("PaymentOption"))
    return ChargeService(
        int(charge["ServiceID"]), [str(m) for m in modes], [str(p) for p in payments]
    )


ISO2 = Dialect(
    ns="iso2",
    via="iso2",
    label="-2",
    timing=TIMING,
    numbers=PHYSICAL,
    internet_service_id=SERVICE_INTERNET,
    renegotiation=True,
    dc_only=False,
    payment_selection="PaymentServiceSelectionReq",
    authorization="AuthorizationReq",
    requested_mode_key="RequestedEnergyTransferMode",
    departure_time=True,
    discovery_body=lambda internet: {"ServiceCategory": "Internet"} if internet else {},
    read_charge_service=_charge_service,
    power_delivery_head=lambda progress, tuple_id: {
        "ChargeProgress": progress,
        "SAScheduleTupleID": tuple_id,
    },
    session_stop_body={"ChargingSession": "Terminate"},
    evse_id_max=37,  # -2 evseIDType (minLength 7 is not enforced: chargers send 5)
    pnc=True,
)
