"""The SECC simulator's knobs: what it offers, its EVSE limits, and the faults to inject."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from evcc_agent.sim.secc.protocols import ISO20_AC_NAMESPACE, ISO20_DC_NAMESPACE

FaultKind = Literal[
    "no_answer", "failed", "wrong_session_id", "garbage_exi", "drop", "notification"
]


@dataclass
class Fault:
    """Misbehave when the ``nth`` request called ``at`` arrives."""

    kind: FaultKind
    at: str  # request name, e.g. "ServiceSelectionReq"
    nth: int = 1
    code: str = "FAILED"  # for kind="failed"
    notification: str = "Terminate"  # for kind="notification" (in a ChargeLoopRes)


def parse_fault(text: str) -> Fault:
    """``KIND@REQUEST[#N][=CODE_OR_NOTIFICATION]``, e.g. ``failed@ServiceSelectionReq=FAILED``."""
    kind, _, rest = text.partition("@")
    rest, _, value = rest.partition("=")
    at, _, nth = rest.partition("#")
    fault = Fault(kind, at, int(nth or 1))  # type: ignore[arg-type]
    if value and kind == "failed":
        fault.code = value
    elif value:
        fault.notification = value
    return fault


#: bad CertificateInstallationRes / CertificateUpdateRes the simulated provisioning service
#: sends: a tampered signature, none, a provisioning chain under another V2G root, an eMAID
#: that is not the certificate's, a key encrypted for another vehicle, an expired contract
PncFault = Literal[
    "bad_signature", "no_signature", "foreign_chain", "other_emaid", "wrong_key", "expired_contract"
]


@dataclass
class SimPnc:
    """Plug & Charge in the simulator (-2): it offers Contract, checks the EV's signatures
    and chains against ``pki`` (a ``sim.pnc_pki.PncPki``) and plays the provisioning
    service, issuing contracts for ``emaid``."""

    pki: Any
    emaid: str = "DEABCC123ABC56"
    #: also offer ExternalPayment (EIM)
    offer_eim: bool = True
    #: list the Certificate service (installation and update)
    offer_installation: bool = True
    #: ask for a MeteringReceipt in this charge-loop response (0: never)
    receipt_at_loop: int = 2
    install_fault: PncFault | None = None
    #: a SalesTariff in ChargeParameterDiscoveryRes signed with the MO sub-CA 2 key
    #: ("good"), with a tampered signature ("bad"), or none (None)
    sales_tariff: Literal["good", "bad"] | None = "good"
    #: what went wrong in the EV's PnC requests (a test reads it)
    errors: list[str] = field(default_factory=list)


@dataclass
class SeccSimConfig:
    energy_services: list[int] = field(default_factory=lambda: [2, 1])  # DC, AC
    protocols: list[str] = field(default_factory=lambda: [ISO20_DC_NAMESPACE, ISO20_AC_NAMESPACE])
    offer_internet: bool = True
    #: (ParameterSetID, Protocol, Port) as the charger announces them
    internet_sets: list[tuple[int, str, int]] = field(
        default_factory=lambda: [(3, "http", 80), (4, "HTTPS", 443)]
    )
    control_modes: list[int] = field(default_factory=lambda: [1, 2])  # scheduled, dynamic
    renegotiation_supported: bool = True
    ongoing_rounds: int = 1  # Ongoing answers before Finished (Authorization, CableCheck …)
    #: also stay Ongoing until this many (wall) seconds after each request's first arrival
    ongoing_s: float = 0.0
    #: PreCharge: ramp the output at this rate from 0 V (0: half-way, then there)
    pre_charge_ramp_v_per_s: float = 0.0
    evse_max_voltage: float = 900.0
    evse_min_voltage: float = 150.0
    evse_max_current: float = 300.0
    evse_max_power: float = 150_000.0
    #: bidirectional (services 5/6): the EVSE's discharge limits (magnitudes)
    evse_max_discharge_power: float = 100_000.0
    evse_max_discharge_current: float = 200.0
    #: BPT ServiceDetail parameters (BPTChannel, GeneratorMode, ...); None: leave them out,
    #: as Josev's -20 SECC does
    bpt_parameters: dict[str, int] | None = field(
        default_factory=lambda: {"BPTChannel": 1, "GeneratorMode": 1}
    )
    #: BPT scheduled mode: the ChargingSchedule's (duration s, power W) entries, a negative
    #: power asking for discharge; empty: one entry at ``evse_max_power``
    bpt_schedule: list[tuple[int, float]] = field(default_factory=list)
    #: BPT dynamic mode: (charge-loop rounds, target power W) steps, negative = discharge;
    #: empty: charge at what the EV allows
    bpt_dynamic_targets: list[tuple[int, float]] = field(default_factory=list)
    #: a charger that ignores the EV's discharge limits (dynamic mode: discharges at the
    #: target even beyond them)
    bpt_ignore_ev_limits: bool = False
    evse_id: str = "DE*TST*E1*1"
    faults: list[Fault] = field(default_factory=list)
    #: label every -20 response with this payload type (mimics sloppy chargers)
    response_payload_type: int | None = None
    #: Plug & Charge (-2); None: EIM only
    pnc: SimPnc | None = None
