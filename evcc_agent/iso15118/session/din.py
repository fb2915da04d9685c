"""The DIN SPEC 70121 dialect of the ``V2gSession`` engine (``v2g.py``): DC only, EIM, no
value-added services, no renegotiation; the DIN timeouts.

DIN is -2's predecessor: the same ``V2G_Message`` envelope, PhysicalValues and DC sequence,
with other names for a few steps (ServicePaymentSelection, ContractAuthentication), a
PowerDeliveryReq with ``ReadyToChargeState`` instead of ``ChargeProgress`` and an empty
SessionStopReq.
"""

from __future__ import annotations

from typing import Any

from evcc_agent.iso15118.messages import PHYSICAL
from evcc_agent.iso15118.session.engine import Timing
from evcc_agent.iso15118.session.v2g import ChargeService, Dialect, as_list

#: DIN SPEC 70121's V2G_EVCC_Msg_Timeout (2 s; 0.25 s CurrentDemand), CommunicationSetup
#: 20 s, Ongoing 60 s, CableCheck 38 s, PreCharge 7 s
# Settled from public implementations (docs/iso15118.md, "Timeouts"): the message timeouts as
# Josev's DIN table; CableCheck 38 s as HotWire's DIN table 78 (Josev's 40 s is -2's value).
# CableCheck and PreCharge can be raised in ``[iso15118.timeouts]``.
TIMING = Timing(2.0, {"CurrentDemandReq": 0.25}, 20.0, 60.0, 38.0, 7.0)


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
    timing=TIMING,
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
    evse_id_max=64,  # DIN evseIDType: hexBinary of at most 32 bytes, 64 hex digits
)
