"""The DIN SPEC 70121 EVCC session (DC only, EIM, no value-added services), sans-IO.

DIN is -2's predecessor: the same ``V2G_Message`` envelope, PhysicalValues and DC sequence,
with other names for a few steps (ServicePaymentSelection, ContractAuthentication), a
PowerDeliveryReq with ``ReadyToChargeState`` instead of ``ChargeProgress``, an empty
SessionStopReq and no renegotiation. So this core is ``Iso2Session`` with DIN's message
bodies. DIN has no Internet service: the session raises ``V2G_NO_V2ICP_PROTOCOL`` (why V2ICP
is unavailable) and ``InternetDown("no_v2icp_protocol")`` at the start; charging goes on.
"""

from __future__ import annotations

import logging
from typing import Any

from evcc_agent.events import InternetDown
from evcc_agent.iso15118.config import Iso15118Config
from evcc_agent.iso15118.ev_data import EvDataSource
from evcc_agent.iso15118.session.base import EmitInternet
from evcc_agent.iso15118.session.iso2 import ENERGY_MODES, Iso2Session, as_list
from evcc_agent.sansio import RaiseDtc

log = logging.getLogger(__name__)

# ----------------------------------------------------------------- DIN timing (seconds)
MSG_TIMEOUT_S = 2.0
MSG_TIMEOUTS_S = {"CurrentDemandReq": 0.25}
COMMUNICATION_SETUP_S = 20.0  # V2G_EVCC_CommunicationSetup_Timeout
CABLE_CHECK_S = 38.0  # V2G_EVCC_CableCheck_Timeout
PRE_CHARGE_S = 7.0  # V2G_EVCC_PreCharge_Timeout
ONGOING_S = 60.0  # V2G_EVCC_Ongoing_Timeout


class DinSession(Iso2Session):
    """One DIN 70121 DC session from SessionSetupReq to SessionStopRes (sans-IO)."""

    ns = "din"
    via = "din"
    label = "DIN"
    msg_timeout_s = MSG_TIMEOUT_S
    msg_timeouts_s = MSG_TIMEOUTS_S
    cable_check_s = CABLE_CHECK_S
    pre_charge_s = PRE_CHARGE_S
    ongoing_s = ONGOING_S

    def __init__(
        self,
        config: Iso15118Config,
        ev: EvDataSource,
        evcc_id: str,
        comm_setup_deadline: float | None = None,
    ) -> None:
        super().__init__(config, ev, evcc_id, comm_setup_deadline, energy=["dc"])

    def _start(self, now: float) -> list[Any]:
        actions: list[Any] = []
        if self.cfg.internet:
            log.warning("DIN 70121 negotiated: no Internet service, V2ICP unavailable")
            actions += [
                RaiseDtc("V2G_NO_V2ICP_PROTOCOL", "SECC negotiated DIN 70121 (no VAS)"),
                EmitInternet(InternetDown("no_v2icp_protocol")),
            ]
        return actions + super()._start(now)

    def _can_renegotiate(self) -> bool:
        return False

    def _service_discovery_request(self, now: float) -> list[Any]:
        return self._request(now, "ServiceDiscoveryReq", {"ServiceCategory": "EVCharging"})

    def _on_service_discovery(self, body: dict[str, Any], now: float) -> list[Any]:
        charge = body["ChargeService"]
        self.charge_service_id = int(charge["ServiceTag"]["ServiceID"])
        offered = str(charge.get("EnergyTransferType", ""))
        if offered not in ENERGY_MODES["dc"]:
            return self._fail(f"no DC energy transfer type offered ({offered!r})", now)
        self.energy, self.energy_mode = "dc", offered
        self.payment_options = [
            str(p) for p in as_list((body.get("PaymentOptions") or {}).get("PaymentOption"))
        ]
        if "ExternalPayment" not in self.payment_options:
            return self._fail(f"SECC offers no EIM payment ({self.payment_options})", now)
        return self._payment_selection_request(now)

    def _payment_selection_request(self, now: float) -> list[Any]:
        return self._request(
            now,
            "ServicePaymentSelectionReq",
            {
                "SelectedPaymentOption": "ExternalPayment",
                "SelectedServiceList": {"SelectedService": [{"ServiceID": self.charge_service_id}]},
            },
        )

    def _authorization_request(self, now: float) -> list[Any]:
        self._ensure_phase("Ongoing(ContractAuthentication)", now, self.ongoing_s)
        return self._request(now, "ContractAuthenticationReq", {})

    def _charge_parameter_request(self, now: float) -> list[Any]:
        self._ensure_phase("Ongoing(ChargeParameterDiscovery)", now, self.ongoing_s)
        ev = self._ev()
        return self._request(
            now,
            "ChargeParameterDiscoveryReq",
            {
                "EVRequestedEnergyTransferType": self.energy_mode,
                "DC_EVChargeParameter": self._dc_ev_charge_parameter(ev),
            },
        )

    def _power_delivery_body(self, progress: str) -> dict[str, Any]:
        return {
            "ReadyToChargeState": progress == "Start",
            "DC_EVPowerDeliveryParameter": {
                "DC_EVStatus": self._ev_status(self._ev()),
                "ChargingComplete": progress == "Stop",
            },
        }

    def _session_stop_request(self, now: float) -> list[Any]:
        return self._request(now, "SessionStopReq", {})
