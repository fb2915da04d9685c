"""The DIN SPEC 70121 dialect of the ``V2gSession`` engine (``v2g.py``): DC only, EIM, no
value-added services, no renegotiation; the DIN timeouts.

DIN is -2's predecessor: the same ``V2G_Message`` envelope, PhysicalValues and DC sequence,
with other names for a few steps (ServicePaymentSelection, ContractAuthentication), a
PowerDeliveryReq with ``ReadyToChargeState`` instead of ``ChargeProgress`` and an empty
SessionStopReq.
"""

from __future__ import annotations

from typing import Any

from evcc_agent.iso15118.session.engine import Timing
from evcc_agent.iso15118.session.numbers import PHYSICAL
from evcc_agent.iso15118.session.v2g import ChargeService, Dialect, as_list

MSG_TIMEOUT_S = 2.0
MSG_TIMEOUTS_S = {"CurrentDemandReq": 0.25}
COMMUNICATION_SETUP_S = 20.0  # V2G_EVCC_CommunicationSetup_Timeout
ONGOING_S = 60.0  # V2G_EVCC_Ongoing_Timeout
CABLE_CHECK_S = 38.0  # V2G_EVCC_CableCheck_Timeout
PRE_CHARGE_S = 7.0  # V2G_EVCC_PreCharge_Timeout


def _charge_service(body: dict[str, Any]) -> ChargeService:
    charge = body["ChargeService"]
    payments = as_list((body.get("PaymentOptions") or {}).get("PaymentOption"))
    return ChargeService(
        int(charge["ServiceTag"]["ServiceID"]),
        [str(charge.get("EnergyTransferType", ""))],
        [str(p) for p in payments],
    )


DIN = Dialect(
    ns="din",
    via="din",
    label="DIN",
    timing=Timing(
        MSG_TIMEOUT_S, MSG_TIMEOUTS_S, COMMUNICATION_SETUP_S, ONGOING_S, CABLE_CHECK_S, PRE_CHARGE_S
    ),
    numbers=PHYSICAL,
    internet_service_id=None,
    renegotiation=False,
    dc_only=True,
    payment_selection="ServicePaymentSelectionReq",
    authorization="ContractAuthenticationReq",
    requested_mode_key="EVRequestedEnergyTransferType",
    departure_time=False,
    discovery_body=lambda _internet: {"ServiceCategory": "EVCharging"},
    read_charge_service=_charge_service,
    power_delivery_head=lambda progress, _tuple_id: {"ReadyToChargeState": progress == "Start"},
    session_stop_body={},
)
