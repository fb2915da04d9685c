"""The ISO 15118-2 and DIN 70121 EVCC session: one sans-IO engine, two dialect tables.

Flow: SessionSetup → ServiceDiscovery → [ServiceDetail(Internet)] → payment/service selection →
authorization (EIM) → ChargeParameterDiscovery → [CableCheck → PreCharge] →
PowerDelivery(Start) → CurrentDemand (DC) / ChargingStatus (AC) … → PowerDelivery(Stop) →
[WeldingDetection] → SessionStop. SAP happens before (``sap.py``).

Both protocols send ``{"V2G_Message": {"Header": {...}, "Body": {"XReq": {...}}}}`` with V2GTP
payload type 0x8001 and PhysicalValues, and walk the same DC sequence; what differs (message
names, a few bodies, timeouts, the Internet service, renegotiation) is data in a ``Dialect``:
``iso2.ISO2`` and ``din.DIN``.

Rules: every response is checked for the expected name and the session id; FAILED* ends the
session (DTC ``V2G_SESSION_FAILED``, then an orderly SessionStopReq when a session exists);
each request has its response timeout and the Ongoing / CableCheck / PreCharge phases their
overall limits; EVSENotification (StopCharging, ReNegotiation), DC EVSEStatusCode (shutdown,
malfunction) and EVSEProcessing are honoured. The Internet VAS (-2 only) raises the same
``InternetUp`` / ``InternetDown`` events as -20.
"""

from __future__ import annotations

import base64
import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Literal

from evcc_agent.events import NO_INTERNET_SERVICE, InternetDown
from evcc_agent.iso15118.config import Iso15118Config
from evcc_agent.iso15118.ev_data import EvData, EvDataSource
from evcc_agent.iso15118.messages import NumberCodec
from evcc_agent.iso15118.pnc.errors import PncError
from evcc_agent.iso15118.pnc.wallet import PncWallet
from evcc_agent.iso15118.session.base import EmitInternet, Message, Send
from evcc_agent.iso15118.session.engine import SessionEngine, Timing
from evcc_agent.iso15118.session.pnc_v2g import (
    CERTIFICATE_SERVICE_ID,
    EXTERNAL,
    PncState,
    choose_payment,
)
from evcc_agent.iso15118.v2gtp import PayloadType
from evcc_agent.sansio import ClearDtc, Deadline, RaiseDtc

log = logging.getLogger(__name__)

#: current asked for while the SECC adapts its voltage (the EV may ask up to 2 A)
PRE_CHARGE_CURRENT_A = 2.0
#: energy transfer modes per energy kind, best first
ENERGY_MODES: dict[str, tuple[str, ...]] = {
    "dc": ("DC_extended", "DC_core", "DC_combo_core", "DC_unique"),
    "ac": ("AC_three_phase_core", "AC_single_phase_core"),
}
#: DC EVSEStatusCode values after which the EV stops charging
EVSE_STOP_CODES = frozenset(
    {"EVSE_Shutdown", "EVSE_EmergencyShutdown", "EVSE_Malfunction", "EVSE_UtilityInterruptEvent"}
)

Energy = Literal["dc", "ac"]


@dataclass(frozen=True)
class ChargeService:
    """What ServiceDiscoveryRes says about charging, read by the dialect."""

    service_id: int
    modes: list[str]
    payment_options: list[str]


@dataclass(frozen=True)
class Dialect:
    """Everything that makes a ``V2gSession`` speak -2 or DIN."""

    ns: str  # the codec grammar
    via: str  # InternetUp.via
    label: str  # log prefix
    timing: Timing
    numbers: NumberCodec
    #: ServiceID of the Internet service; None: the protocol has none (DIN)
    internet_service_id: int | None
    renegotiation: bool
    dc_only: bool
    payment_selection: str  # request names
    authorization: str
    #: ChargeParameterDiscoveryReq's key for the chosen mode; DepartureTime sent
    requested_mode_key: str
    departure_time: bool
    discovery_body: Callable[[bool], dict[str, Any]]  # (Internet wanted) → body
    read_charge_service: Callable[[dict[str, Any]], ChargeService]
    #: (ChargeProgress "Start"/"Stop"/"Renegotiate", SAScheduleTupleID) → body head
    power_delivery_head: Callable[[str, int | None], dict[str, Any]]
    session_stop_body: Mapping[str, Any]
    #: EVSEID's schema bound (the session checks it; the decoder leaves length facets alone)
    evse_id_max: int
    #: Plug & Charge (Contract payment, certificate installation, signed requests; -2 only)
    pnc: bool = False


#: the responses of PnC steps (a FAILED answer is PNC_REFUSED)
_PNC_RESPONSES = frozenset(
    {
        "CertificateInstallationRes",
        "CertificateUpdateRes",
        "PaymentDetailsRes",
        "AuthorizationRes",
        "MeteringReceiptRes",
    }
)


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


class V2gSession(SessionEngine):
    """One -2 or DIN session from SessionSetupReq to SessionStopRes (sans-IO)."""

    zero_session = "00"
    internet_service_name = "InternetAccess"
    _log = log

    def __init__(
        self,
        dialect: Dialect,
        config: Iso15118Config,
        ev: EvDataSource,
        evcc_id: str,
        comm_setup_deadline: float | None = None,
        energy: list[Energy] | None = None,
        pnc: PncWallet | PncError | None = None,
    ) -> None:
        super().__init__(config, ev, comm_setup_deadline)
        self.dialect = dialect
        self.timing = dialect.timing
        self.evse_id_max = dialect.evse_id_max
        self.evse_limit_keys = (
            "EVSEMaximumCurrentLimit",
            "EVSEMaximumVoltageLimit",
            "EVSEMaximumPowerLimit",
        )
        self.label, self.via = dialect.label, dialect.via
        self.num = dialect.numbers
        self.evcc_id = hex_evcc_id(evcc_id)
        #: acceptable energy kinds, best first; the SECC's offer decides among them
        if energy is None:
            energy = ["dc"] if dialect.dc_only else energy_preference(config)
        self.energy_preference: list[Energy] = energy
        self.energy: Energy = self.energy_preference[0]
        self.energy_mode: str = ""
        self.charge_service_id: int | None = None
        self.payment_options: list[str] = []
        self.sa_schedule_tuple_id: int | None = None
        self._last_header_sid = ""
        self._last_header_signature: dict[str, Any] | None = None
        #: "ExternalPayment" or "Contract" once ServiceDiscoveryRes came
        self.payment_option: str | None = EXTERNAL
        self._certificate_set: int | None = None
        self.pnc = PncState(pnc)
        #: a PnC step failed: the next session offers these identification modes
        self.auth_fallback: list[str] | None = None
        self._handlers: dict[str, Callable[[dict[str, Any], float], list[Any]]] = {
            "SessionSetupRes": self._on_session_setup,
            "ServiceDiscoveryRes": self._on_service_discovery,
            "ServiceDetailRes": self._on_service_detail,
            dialect.payment_selection[:-3] + "Res": self._on_payment_selection,
            dialect.authorization[:-3] + "Res": self._on_authorization,
            "CertificateInstallationRes": self._on_certificate,
            "CertificateUpdateRes": self._on_certificate,
            "PaymentDetailsRes": self._on_payment_details,
            "MeteringReceiptRes": self._on_metering_receipt,
            "ChargeParameterDiscoveryRes": self._on_charge_parameters,
            "CableCheckRes": self._on_cable_check,
            "PreChargeRes": self._on_pre_charge,
            "PowerDeliveryRes": self._on_power_delivery,
            "CurrentDemandRes": self._on_current_demand,
            "ChargingStatusRes": self._on_charging_status,
            "WeldingDetectionRes": self._on_welding_detection,
            "SessionStopRes": self._on_session_stop,
        }

    # ------------------------------------------------------------------ events in
    def _start(self, now: float) -> list[Any]:
        actions: list[Any] = []
        if self.cfg.internet and self.dialect.internet_service_id is None:
            log.warning("%s negotiated: the protocol has no Internet service", self.label)
            actions.append(EmitInternet(InternetDown(NO_INTERNET_SERVICE)))
        return actions + self._request(now, "SessionSetupReq", {"EVCCID": self.evcc_id})

    def _on_message(self, payload_type: int, message: Message, now: float) -> list[Any]:
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
        signature = header.get("Signature")
        self._last_header_signature = signature if isinstance(signature, dict) else None
        return self._on_response(name, body, sid, now)

    # ------------------------------------------------------------------ engine
    def _request(
        self,
        now: float,
        name: str,
        body: Mapping[str, Any],
        signature: dict[str, Any] | None = None,
    ) -> list[Any]:
        header: dict[str, Any] = {"SessionID": self.session_id}
        if signature is not None:
            header["Signature"] = signature
        msg = {"V2G_Message": {"Header": header, "Body": {name: body}}}
        self.waiting = name[:-3] + "Res"
        self.deadline = now + self.timing.msg_overrides.get(name, self.timing.msg_s)
        self.messages_sent += 1
        return [Send(PayloadType.SAP, self.dialect.ns, msg), Deadline(self.waiting, self.deadline)]

    def _value_of(self, node: Any) -> float | None:
        return self.num.decode(node)

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
        sid = str(self._last_header_sid).upper()
        valid = bool(sid) and len(sid) <= 16 and not len(sid) % 2 and set(sid) != {"0"}
        failed = self._take_session(sid, valid, body, now)
        if failed is not None:
            return failed
        log.info("%s: session %s with EVSE %s", self.label, sid, self.evse_id or "?")
        # PnC needs the Certificate service listed too: no category filter then
        only_internet = self.cfg.internet and not (self.dialect.pnc and "pnc" in self.cfg.auth)
        return self._request(now, "ServiceDiscoveryReq", self.dialect.discovery_body(only_internet))

    def _choose_energy(self, offered: list[str]) -> bool:
        for kind in self.energy_preference:
            for mode in ENERGY_MODES[kind]:
                if mode in offered:
                    self.energy, self.energy_mode = kind, mode
                    return True
        return False

    def _on_service_discovery(self, body: dict[str, Any], now: float) -> list[Any]:
        charge = self.dialect.read_charge_service(body)
        self.charge_service_id = charge.service_id
        if not self._choose_energy(charge.modes):
            return self._fail(
                f"no acceptable energy transfer mode ({charge.modes}; "
                f"want {self.energy_preference})",
                now,
            )
        self.payment_options = charge.payment_options
        services = as_list((body.get("ServiceList") or {}).get("Service"))
        ids = {int(s.get("ServiceID", -1)) for s in services if isinstance(s, dict)}
        actions = self._choose_payment(ids)
        if self.payment_option is None:
            return actions + self._fail(
                f"no acceptable payment option ({self.payment_options}; want {self.cfg.auth})",
                now,
            )
        internet = self.dialect.internet_service_id
        if internet is None:
            return actions + self._payment_selection_request(now)
        self.internet_offered = internet in ids
        if self.cfg.internet:
            if self.internet_offered:
                return actions + self._request(now, "ServiceDetailReq", {"ServiceID": internet})
            log.warning("%s: the charger offers no InternetAccess service (%s)", self.label, ids)
            actions += [
                RaiseDtc("V2G_VAS_NOT_OFFERED", f"{self.label} ServiceList {sorted(ids)}"),
                EmitInternet(InternetDown("vas_not_offered")),
            ]
        return actions + self._payment_selection_request(now)

    def _choose_payment(self, service_ids: set[int]) -> list[Any]:
        """PnC or EIM (``pnc_v2g.choose_payment``); the DTC when PnC was wanted but not used."""
        choice = choose_payment(
            self.cfg.auth,
            self.payment_options,
            service_ids,
            self.pnc.wallet,
            self.dialect.pnc,
            self.cfg.pnc.certificate_update,
        )
        self.payment_option = choice.option
        self.pnc.plan = choice.plan
        self._certificate_set = choice.certificate_set
        actions: list[Any] = []
        if choice.plan is not None:
            log.info("%s: Plug & Charge: %s (%s)", self.label, choice.plan.action, choice.plan.why)
            self.pnc.contract = choice.plan.contract
        if choice.not_pnc is not None and "pnc" in self.cfg.auth:
            dtc, why = choice.not_pnc
            using = "EIM" if choice.option == EXTERNAL else "nothing"
            log.warning("%s: Plug & Charge not possible (%s): using %s", self.label, why, using)
            actions.append(RaiseDtc(dtc, f"{self.label}: {why}"))
        return actions

    def _on_service_detail(self, body: dict[str, Any], now: float) -> list[Any]:
        asked = self.dialect.internet_service_id
        if body.get("ServiceID") != asked:
            return self._fail(f"ServiceDetailRes for {body.get('ServiceID')} (asked {asked})", now)
        sets = as_list((body.get("ServiceParameterList") or {}).get("ParameterSet"))
        actions = self._choose_internet(_as_internet_sets(sets))
        return actions + self._payment_selection_request(now)

    def _payment_selection_request(self, now: float) -> list[Any]:
        selected: list[dict[str, Any]] = [{"ServiceID": self.charge_service_id}]
        if self.internet_choice is not None:
            selected.append(
                {
                    "ServiceID": self.dialect.internet_service_id,
                    "ParameterSetID": self.internet_choice.parameter_set_id,
                }
            )
        if self.pnc.active and self._certificate_set is not None:
            selected.append(
                {"ServiceID": CERTIFICATE_SERVICE_ID, "ParameterSetID": self._certificate_set}
            )
        return self._request(
            now,
            self.dialect.payment_selection,
            {
                "SelectedPaymentOption": self.payment_option,
                "SelectedServiceList": {"SelectedService": selected},
            },
        )

    def _on_payment_selection(self, body: dict[str, Any], now: float) -> list[Any]:
        up = self._internet_service_up()
        if not self.pnc.active:
            return up + self._authorization_request(now)
        return up + self._pnc_step(now, self._contract_request)

    # ------------------------------------------------------------------ Plug & Charge
    def _pnc_step(self, now: float, step: Callable[[float], list[Any]]) -> list[Any]:
        """A PnC step whose wallet call may fail: its DTC, and EIM for the next session."""
        try:
            return step(now)
        except PncError as exc:
            return self._pnc_failed(exc.dtc, f"{type(exc).__name__}: {exc}", now)

    def _pnc_failed(self, dtc: str, detail: str, now: float) -> list[Any]:
        if "eim" in self.cfg.auth:
            self.auth_fallback = ["eim"]
        return self._fail(f"Plug & Charge: {detail}", now, dtc=dtc)

    def _on_failed_response(self, name: str, code: str, now: float) -> list[Any] | None:
        """A FAILED answer to a PnC step: ``PNC_REFUSED`` and EIM next time."""
        if self.pnc.active and name in _PNC_RESPONSES:
            return self._pnc_failed("PNC_REFUSED", f"{name} {code}", now)
        return None

    def _contract_request(self, now: float) -> list[Any]:
        """After PaymentServiceSelection(Contract): install / update, or PaymentDetails."""
        plan, wallet = self.pnc.plan, self.pnc.usable_wallet()
        assert plan is not None
        if plan.action == "install":
            body, sig = wallet.installation_req()
            return self._request(now, "CertificateInstallationReq", body, sig)
        if plan.action == "update":
            assert plan.contract is not None
            body, sig = wallet.update_req(plan.contract)
            return self._request(now, "CertificateUpdateReq", body, sig)
        return self._payment_details_request(now)

    def _on_certificate(self, body: dict[str, Any], now: float) -> list[Any]:
        def accept(t: float) -> list[Any]:
            plan = self.pnc.plan
            renewed = plan.contract if plan is not None and plan.action == "update" else None
            wallet = self.pnc.usable_wallet()
            self.pnc.contract = wallet.accept(body, self._last_header_signature, renewed)
            log.info("%s: contract %s installed", self.label, self.pnc.contract.emaid)
            return [ClearDtc("PNC_NOT_OFFERED"), *self._payment_details_request(t)]

        return self._pnc_step(now, accept)

    def _payment_details_request(self, now: float) -> list[Any]:
        contract = self.pnc.contract
        assert contract is not None
        body = self.pnc.usable_wallet().payment_details(contract)
        return self._request(now, "PaymentDetailsReq", body)

    def _on_payment_details(self, body: dict[str, Any], now: float) -> list[Any]:
        challenge = body.get("GenChallenge")
        raw = challenge if isinstance(challenge, bytes) else base64.b64decode(str(challenge))
        if len(raw) != 16:
            return self._pnc_failed("PNC_REFUSED", f"GenChallenge of {len(raw)} bytes", now)
        self.pnc.gen_challenge = raw
        return self._authorization_request(now)

    def _authorization_body(self, now: float) -> list[Any]:
        name = self.dialect.authorization
        if not self.pnc.active:
            return self._request(now, name, {})
        contract = self.pnc.contract
        assert contract is not None
        body, sig = self.pnc.usable_wallet().authorization_req(contract, self.pnc.gen_challenge)
        return self._request(now, name, body, sig)

    def _authorization_request(self, now: float) -> list[Any]:
        name = self.dialect.authorization
        return self.poll(
            f"Ongoing({name[:-3]})",
            self.timing.ongoing_s,
            lambda t: self._pnc_step(t, self._authorization_body),
            now,
        )

    def _metering_receipt(self, body: dict[str, Any], now: float) -> list[Any]:
        """MeteringReceiptReq over the loop response's MeterInfo, signed with the contract."""
        contract = self.pnc.contract
        assert contract is not None
        receipt: dict[str, Any] = {"Id": "id1", "SessionID": self.session_id}
        if self.sa_schedule_tuple_id is not None:
            receipt["SAScheduleTupleID"] = self.sa_schedule_tuple_id
        receipt["MeterInfo"] = body["MeterInfo"]
        sig = self.pnc.usable_wallet().sign_element(contract, "MeteringReceiptReq", receipt)
        self.pnc.receipts += 1
        return self._request(now, "MeteringReceiptReq", receipt, sig)

    def _on_metering_receipt(self, body: dict[str, Any], now: float) -> list[Any]:
        self.send_at = now + self.cfg.charge_loop_interval_s
        return []

    def _on_authorization(self, body: dict[str, Any], now: float) -> list[Any]:
        # interlock rule 1: ChargeParameterDiscovery waits for fresh BMS limits
        return self.poll_answer(
            body, now, lambda t: self._bms_gate(t, self._charge_parameter_request)
        )

    # ------------------------------------------------------------------ charge parameters
    def _charge_parameter_request(self, now: float) -> list[Any]:
        return self.poll(
            "Ongoing(ChargeParameterDiscovery)",
            self.timing.ongoing_s,
            self._charge_parameters,
            now,
        )

    def _charge_parameters(self, now: float) -> list[Any]:
        ev, phys = self._ev(), self.num.encode
        body: dict[str, Any] = {self.dialect.requested_mode_key: self.energy_mode}
        param: dict[str, Any] = {}
        if self.dialect.departure_time and ev.departure_time_s is not None:
            param["DepartureTime"] = int(ev.departure_time_s)
        if self.energy == "dc":
            param.update(self._dc_ev_charge_parameter(ev))
            body["DC_EVChargeParameter"] = param
        else:
            param.update(
                {
                    "EAmount": phys(ev.target_energy_wh, "Wh"),
                    "EVMaxVoltage": phys(ev.max_voltage, "V"),
                    "EVMaxCurrent": phys(ev.max_current, "A"),
                    "EVMinCurrent": phys(ev.min_current, "A"),
                }
            )
            body["AC_EVChargeParameter"] = param
        return self._request(now, "ChargeParameterDiscoveryReq", body)

    def _dc_ev_charge_parameter(self, ev: EvData) -> dict[str, Any]:
        phys = self.num.encode
        return {
            "DC_EVStatus": self._ev_status(ev),
            "EVMaximumCurrentLimit": phys(ev.max_current, "A"),
            "EVMaximumPowerLimit": phys(ev.max_power, "W"),
            "EVMaximumVoltageLimit": phys(ev.max_voltage, "V"),
            "EVEnergyRequest": phys(ev.target_energy_wh, "Wh"),
            "FullSOC": max(0, min(100, round(ev.target_soc))),
        }

    def _on_charge_parameters(self, body: dict[str, Any], now: float) -> list[Any]:
        return self.poll_answer(body, now, lambda t: self._charge_parameters_done(body, t))

    def _charge_parameters_done(self, body: dict[str, Any], now: float) -> list[Any]:
        tuples = as_list((body.get("SAScheduleList") or {}).get("SAScheduleTuple"))
        ids = [int(t["SAScheduleTupleID"]) for t in tuples if isinstance(t, dict)]
        if not ids:
            return self._fail("ChargeParameterDiscoveryRes without an SAScheduleTuple", now)
        self.sa_schedule_tuple_id = ids[0]
        self._take_schedule_power(tuples[0])
        actions = self._check_sales_tariffs(body)
        for key in ("DC_EVSEChargeParameter", "AC_EVSEChargeParameter"):
            params = body.get(key)
            if isinstance(params, dict):
                for name, node in params.items():
                    value = self.num.decode(node)
                    if value is not None:
                        self.evse_limits[name] = value
        reason = self._evse_wants_stop(body)
        if reason:
            return actions + self._fail(f"ChargeParameterDiscoveryRes: {reason}", now)
        return actions + self._after_charge_parameters(now)

    def _check_sales_tariffs(self, body: dict[str, Any]) -> list[Any]:
        """PnC: the signed SalesTariffs verify with the MO sub-CA of the contract chain; one
        that does not is logged with ``PNC_SIGNATURE_INVALID`` (charging goes on: the EV
        uses PMax and no tariff)."""
        contract = self.pnc.contract
        if not self.pnc.active or contract is None:
            return []
        try:
            n = self.pnc.usable_wallet().verify_sales_tariffs(
                contract, body, self._last_header_signature
            )
        except PncError as exc:
            log.warning("%s: SalesTariff not verified (%s); tariffs are not used", self.label, exc)
            return [RaiseDtc(exc.dtc, f"{self.label}: SalesTariff: {exc}")]
        if n:
            log.info("%s: %d SalesTariff signature(s) verified", self.label, n)
        return []

    # ------------------------------------------------------------------ DC preparation
    def _cable_check(self, now: float) -> list[Any]:
        return self._request(now, "CableCheckReq", {"DC_EVStatus": self._ev_status(self._ev())})

    def _on_cable_check(self, body: dict[str, Any], now: float) -> list[Any]:
        reason = self._evse_wants_stop(body)
        if reason:
            return self._fail(f"CableCheckRes: {reason}", now)
        return self.poll_answer(body, now, self._pre_charge_request)

    def _pre_charge_request(self, now: float) -> list[Any]:
        self._ensure_phase(
            "PreCharge", now, self.cfg.timeouts.pre_charge_s or self.timing.pre_charge_s
        )
        ev, phys = self._ev(), self.num.encode
        return self._request(
            now,
            "PreChargeReq",
            {
                "DC_EVStatus": self._ev_status(ev),
                "EVTargetVoltage": phys(ev.present_voltage, "V"),
                "EVTargetCurrent": phys(PRE_CHARGE_CURRENT_A, "A"),
            },
        )

    def _on_pre_charge(self, body: dict[str, Any], now: float) -> list[Any]:
        reason = self._evse_wants_stop(body)
        if reason:
            return self._fail(f"PreChargeRes: {reason}", now)
        return self._pre_charge_answer(self.num.decode(body.get("EVSEPresentVoltage")), now)

    # ------------------------------------------------------------------ power delivery
    def _power_delivery_request(self, now: float, progress: str) -> list[Any]:
        self._power_delivery_progress = progress
        body = self.dialect.power_delivery_head(progress, self.sa_schedule_tuple_id)
        if self.energy == "dc":
            body["DC_EVPowerDeliveryParameter"] = {
                "DC_EVStatus": self._ev_status(self._ev()),
                "ChargingComplete": progress == "Stop",
            }
        return self._request(now, "PowerDeliveryReq", body)

    def _stop_at_start(self, body: dict[str, Any]) -> str | None:
        return self._evse_wants_stop(body)

    def _renegotiation_request(self, now: float) -> list[Any]:
        return self._charge_parameter_request(now)

    def _begin_stop(self, why: str, now: float) -> list[Any]:
        log.info("%s: stopping charge (%s)", self.label, why)
        self.send_at = None
        return self._power_delivery_request(now, "Stop")

    # ------------------------------------------------------------------ charge loop
    def _loop_request(self, now: float) -> list[Any]:
        self.loop_rounds += 1
        ev, phys = self._ev(), self.num.encode
        if self.energy == "ac":
            return self._request(now, "ChargingStatusReq", {})
        target_current, target_voltage = self._dc_targets(ev)
        body = {
            "DC_EVStatus": self._ev_status(ev),
            "EVTargetCurrent": phys(target_current, "A"),
            "EVMaximumVoltageLimit": phys(ev.max_voltage, "V"),
            "EVMaximumCurrentLimit": phys(ev.max_current, "A"),
            "EVMaximumPowerLimit": phys(ev.max_power, "W"),
            "ChargingComplete": bool(ev.charging_complete),
            "EVTargetVoltage": phys(target_voltage, "V"),
        }
        return self._request(now, "CurrentDemandReq", body)

    def _after_loop_response(self, body: dict[str, Any], now: float) -> list[Any]:
        reason = self._evse_wants_stop(body)
        if reason:
            return self._begin_stop(reason, now)
        note = self._evse_status(body).get("EVSENotification")
        if note == "ReNegotiation" and self.dialect.renegotiation:
            log.info("%s: EVSE asks for renegotiation", self.label)
            return self._power_delivery_request(now, "Renegotiate")
        if note not in (None, "None"):
            log.info("%s: EVSE notification %s (no action)", self.label, note)
        tripped = self._bms_check(now)
        if tripped:
            return tripped
        if self._ev().charging_complete or self.stop_requested:
            return self._begin_stop(self.stop_requested or "charging complete", now)
        if self.pnc.active and body.get("ReceiptRequired") is True and "MeterInfo" in body:
            return self._pnc_step(now, lambda t: self._metering_receipt(body, t))
        self.send_at = now + self.cfg.charge_loop_interval_s
        return []

    def _take_schedule_power(self, chosen: Any) -> None:
        """The SAScheduleTuple's PMax now (its first entry); 0 W is logged (AC: the EV waits
        at 0 W; the rule is in docs/iso15118.md)."""
        entries = as_list(((chosen or {}).get("PMaxSchedule") or {}).get("PMaxScheduleEntry"))
        first = entries[0] if entries and isinstance(entries[0], dict) else None
        power = self.num.decode(first.get("PMax")) if first is not None else None
        self.schedule_power_w = power
        if power is not None and power <= 0:
            log.warning("%s: the charger's schedule allows 0 W now: waiting at 0 W", self.label)

    def _on_current_demand(self, body: dict[str, Any], now: float) -> list[Any]:
        self.evse_present_voltage = self.num.decode(body.get("EVSEPresentVoltage"))
        self.evse_present_current = self.num.decode(body.get("EVSEPresentCurrent"))
        for key in ("EVSEMaximumCurrentLimit", "EVSEMaximumVoltageLimit"):
            value = self.num.decode(body.get(key))
            if value is not None:
                self.evse_limits[key] = value
        return self._after_loop_response(body, now)

    def _on_charging_status(self, body: dict[str, Any], now: float) -> list[Any]:
        value = self.num.decode(body.get("EVSEMaxCurrent"))
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
        return self._request(now, "SessionStopReq", self.dialect.session_stop_body)

    def _on_session_stop(self, body: dict[str, Any], now: float) -> list[Any]:
        actions = self._internet_down("session_stop")
        if self.failure is not None:
            return actions + self._finish(False, self.failure, now)
        log.info("%s: session %s stopped", self.label, self.session_id)
        return actions + self._finish(True, "SessionStop Terminate", now)
