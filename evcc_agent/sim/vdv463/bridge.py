"""The bridge inside the reference CMS: VDV 463 charging requests <-> VDV 261 V2ICP.

The mapping is data: ``DIRECTIVES`` (a ChargingRequest becomes the bus's V2ICP directives),
``VEHICLE`` (the bus's V2ICP parameters become its VehicleInfo) and ``ELECTRIC`` (the
charger's measurements become ChargingProcessInfo.electricData). Each row names its source, its
target and, where the specifications leave a unit or code open, the assumption (``assumed``).
docs/vdv463.md shows the same table; a test keeps them in step. The V2ICP side is read from the
declarations in ``evcc_agent.v2icp.params`` (ranges, SNA values, code tables), never redeclared.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from evcc_agent.sim.vdv463.messages import (
    ChargingInstruction,
    ChargingPointInfo,
    ChargingPointStatus,
    ChargingProcessInfo,
    ChargingRequest,
    ChargingStationInfo,
    ChargingStationStatus,
    ComponentStatus,
    DepotInfo,
    PreconditioningRequest,
    ProcessStatus,
    ProvideChargingInformationReq,
    ScheduledChargingProcess,
    VehicleChargingStatus,
    VehicleInfo,
)
from evcc_agent.v2icp.params import BACKEND_PARAMETERS, PARAMETERS

log = logging.getLogger(__name__)

#: a charger current below this (A) is no energy transfer (assumed)
CHARGING_CURRENT_A = 0.5


def _sna(name: str) -> int:
    return PARAMETERS[name].sna


def _clamp(name: str, value: float) -> int:
    """Keep an integer inside the parameter's declared range."""
    p = PARAMETERS[name]
    return int(min(max(value, p.minimum), p.maximum))


# --- VDV 463 -> V2ICP directives -----------------------------------------------------------------
def _driveoff(req: ChargingRequest, now: datetime) -> int | None:
    dep = req.charging_request_data.requested_time_for_departure
    if dep is None:
        return None
    # whole minutes left, rounded down: the bus is never told it has more time than it has
    return _clamp("driveoff", math.floor((dep - now).total_seconds() / 60.0))


def _target_soc(req: ChargingRequest, now: datetime) -> int | None:
    return _clamp("target_soc", round(req.charging_request_data.max_target_soc))


def _preconditioning_start(req: ChargingRequest) -> datetime | None:
    """When preconditioning is wanted from (None: at once); no structure: not wanted."""
    auto, manual = req.automatic_preconditioning, req.manual_preconditioning
    starts = []
    if auto is not None:
        starts.append(auto.requested_start_time)
    if manual is not None:
        starts += [manual.hvac_preconditioning_start_time, manual.system_preconditioning_start_time]
    if not starts:
        raise LookupError
    known = [s for s in starts if s is not None]
    return None if len(known) < len(starts) else min(known)


def _prec_dsrd(req: ChargingRequest, now: datetime) -> int | None:
    try:
        start = _preconditioning_start(req)
    except LookupError:
        return 0
    return 1 if start is None or now >= start else 0


#: PreconditioningRequest in the specification's order = the prec_hvac code (assumed)
PREC_HVAC_CODES: dict[PreconditioningRequest, int] = {
    r: i for i, r in enumerate(PreconditioningRequest) if i in PARAMETERS["prec_hvac"].codes
}


def _prec_hvac(req: ChargingRequest, now: datetime) -> int | None:
    auto = req.automatic_preconditioning
    return None if auto is None else PREC_HVAC_CODES[auto.preconditioning_request]


def _ambienttemp(req: ChargingRequest, now: datetime) -> int | None:
    auto = req.automatic_preconditioning
    if auto is None or auto.ambient_temperature is None:
        return None
    return _clamp("ambienttemp", round(auto.ambient_temperature))


@dataclass(frozen=True)
class DirectiveRow:
    parameter: str  # a V2ICP backend parameter (params.py)
    source: str  # the VDV 463 attribute(s) it comes from
    convert: Callable[[ChargingRequest, datetime], int | None]  # None: send SNA
    note: str


DIRECTIVES: tuple[DirectiveRow, ...] = (
    DirectiveRow(
        "driveoff",
        "chargingRequestData.requestedTimeForDeparture",
        _driveoff,
        "whole minutes from the answer's moment to the departure, rounded down, clamped to "
        "0..65534; absent: SNA (assumed: VDV 261 unit not public, minutes until departure as "
        "in the seed's examples)",
    ),
    DirectiveRow(
        "target_soc",
        "chargingRequestData.maxTargetSoc",
        _target_soc,
        "% rounded; minTargetSoc has no V2ICP counterpart and is not sent (assumed)",
    ),
    DirectiveRow(
        "prec_dsrd",
        "automaticPreconditioning / manualPreconditioning (their start times)",
        _prec_dsrd,
        "1 from the earliest start time on (no start time: at once) while either structure is "
        "present, else 0 (assumed)",
    ),
    DirectiveRow(
        "prec_hvac",
        "automaticPreconditioning.preconditioningRequest",
        _prec_hvac,
        "code = position in the PreconditioningRequest enumeration (assumed, same order as "
        "params.py's code table); manual preconditioning only: SNA",
    ),
    DirectiveRow(
        "ambienttemp",
        "automaticPreconditioning.ambientTemperature",
        _ambienttemp,
        "°C rounded, clamped to the declared range; absent: SNA",
    ),
    DirectiveRow(
        "target_dist",
        "(none)",
        lambda req, now: None,
        "VDV 463 carries no distance: always SNA (assumed)",
    ),
)
assert {r.parameter for r in DIRECTIVES} == set(BACKEND_PARAMETERS), "every directive mapped"


def directives_of(req: ChargingRequest, now: datetime) -> dict[str, int]:
    out = {}
    for row in DIRECTIVES:
        value = row.convert(req, now)
        out[row.parameter] = _sna(row.parameter) if value is None else value
    return out


def cleared_directives() -> dict[str, int]:
    """After Terminate or deletion: preconditioning off, no other wish (SNA)."""
    return {n: 0 if n == "prec_dsrd" else _sna(n) for n in BACKEND_PARAMETERS}


# --- V2ICP parameters -> VehicleInfo -------------------------------------------------------------
def _code(name: str, enum: type[Any]) -> Callable[[Mapping[str, int]], Any]:
    """A V2ICP code through params.py's code table to the VDV 463 enumeration (SNA: None)."""

    def conv(values: Mapping[str, int]) -> Any:
        v = values.get(name)
        label = PARAMETERS[name].codes.get(v) if v is not None else None
        return None if label is None else enum(label)

    return conv


def _plain(*names: str) -> Callable[[Mapping[str, int]], Any]:
    """The sum of the V2ICP values (None if any is missing or SNA)."""

    def conv(values: Mapping[str, int]) -> Any:
        got = [values.get(n) for n in names]
        if any(v is None or v == _sna(n) for n, v in zip(names, got, strict=True)):
            return None
        return float(sum(v for v in got if v is not None))

    return conv


@dataclass(frozen=True)
class VehicleRow:
    target: str  # the VehicleInfo attribute path (camelCase, dotted)
    parameters: tuple[str, ...]  # the V2ICP vehicle parameters it comes from
    convert: Callable[[Mapping[str, int]], Any]  # None: attribute left out
    note: str


def _charging_status(values: Mapping[str, int]) -> Any:
    return _code("chrg_stat", VehicleChargingStatus)(values) or VehicleChargingStatus.UNKNOWN


VEHICLE: tuple[VehicleRow, ...] = (
    VehicleRow("mileage", ("odo",), _plain("odo"), "km = km; SNA: left out"),
    VehicleRow(
        "vehicleChargingStatus",
        ("chrg_stat",),
        _charging_status,
        "code table of params.py (VDV 463 order, assumed); SNA: Unknown",
    ),
    VehicleRow(
        "tractionBatteryInfo.batteryStatus",
        ("bat_stat",),
        _code("bat_stat", ComponentStatus),
        "0 OK, 1 NOK, 2 NA (params.py, assumed)",
    ),
    VehicleRow(
        "h2TankInfo.h2TankStatus",
        ("h2_stat",),
        _code("h2_stat", ComponentStatus),
        "0 OK, 1 NOK, 2 NA (params.py, assumed)",
    ),
    VehicleRow(
        "preconditioningInfo.hvBatteryPreconditioningTime",
        ("bat_reqtime",),
        _plain("bat_reqtime"),
        "min = min (assumed: VDV 261's battery time is the HV battery's preparation time)",
    ),
    VehicleRow(
        "preconditioningInfo.hvBatteryChargingEnergy",
        ("bat_eamount", "bprec_eamount"),
        _plain("bat_eamount", "bprec_eamount"),
        "kWh, the sum: VDV 463 says it includes the pre-heating/cooling energy (assumed)",
    ),
    VehicleRow(
        "preconditioningInfo.vehiclePreconditioningTime",
        ("prec_reqtime",),
        _plain("prec_reqtime"),
        "min = min",
    ),
    VehicleRow(
        "preconditioningInfo.vehiclePreconditioningEnergy",
        ("prec_eamount",),
        _plain("prec_eamount"),
        "kWh = kWh",
    ),
)


def _put(doc: dict[str, Any], path: str, value: Any) -> None:
    *parents, leaf = path.split(".")
    for key in parents:
        doc = doc.setdefault(key, {})
    doc[leaf] = value


def vehicle_info(
    vin: str, values: Mapping[str, int], evccid: str | None, soc: float | None = None
) -> VehicleInfo:
    """The VehicleInfo of a bus from the V2ICP set the CMS holds for it."""
    doc: dict[str, Any] = {
        "vehicleId": vin,
        "vehicleStatusInfo": {},  # required; V2ICP carries none of its flags
        "preconditioningInfo": {},
    }
    if evccid is not None:
        doc["evccId"] = evccid
    for row in VEHICLE:
        value = row.convert(values)
        if value is not None:
            _put(doc, row.target, value)
    if soc is not None:  # from the charger (ISO 15118), not from V2ICP
        _put(doc, "tractionBatteryInfo.stateOfCharge", round(soc, 1))
    return VehicleInfo.model_validate(doc)


# --- the charger's measurements -> ElectricData ------------------------------------------------
@dataclass(frozen=True)
class ChargerReading:
    """What the charging point reports itself (in the sim: the SECC simulator)."""

    session_id: str  # the charger's session: one charging process
    evcc_id: str  # the EVCCID the charger sees (MAC)
    voltage_v: float
    current_a: float
    soc: float | None = None
    delivered_wh: float | None = None


ELECTRIC: tuple[tuple[str, Callable[[ChargerReading], float | None], str], ...] = (
    ("chargingCurrent", lambda r: round(r.current_a, 3), "A, EVSEPresentCurrent"),
    ("chargingVoltage", lambda r: round(r.voltage_v, 3), "V, EVSEPresentVoltage"),
    ("chargingPower", lambda r: round(r.voltage_v * r.current_a / 1000.0, 3), "kW, V x I"),
    ("reactivePower", lambda r: None, "DC charger: left out"),
)


def _mac(text: str) -> str:
    return "".join(c for c in text.lower() if c in "0123456789abcdef")


# --- the CMS's view of requests and the depot ------------------------------------------------------
@dataclass
class _Request:
    presystem_id: str
    request: ChargingRequest
    received_at: datetime
    started: bool = False
    terminated: bool = False


@dataclass
class DepotLayout:
    depot_id: str = "DEPOT-1"
    name: str = "evcc-agent reference depot"
    station_id: str = "CS-1"
    point_id: str = "CP-1"


@dataclass
class DepotBridge:
    """Charging requests in, directives and depot reports out (one depot, one point)."""

    wall: Callable[[], datetime]
    layout: DepotLayout = field(default_factory=DepotLayout)
    #: (presystemId, chargingRequestId) -> the request as last listed
    requests: dict[tuple[str, str], _Request] = field(default_factory=dict, init=False)
    #: VINs that had a request: once it is gone they get ``cleared_directives``
    _planned: set[str] = field(default_factory=set, init=False)
    _process_start: dict[str, datetime] = field(default_factory=dict, init=False)

    # --- VDV 463 in ---------------------------------------------------------------------
    def charging_requests(self, presystem_id: str, requests: tuple[ChargingRequest, ...]) -> None:
        """The upstream's complete list: new/changed entries, Terminate, deletion by absence."""
        now = self.wall()
        listed = set()
        for req in requests:
            key = (presystem_id, req.charging_request_id)
            listed.add(key)
            old = self.requests.get(key)
            if req.charging_instruction is ChargingInstruction.TERMINATE:
                if old is not None:
                    old.terminated = True
                    log.info("VDV 463 request %s terminated", key)
                continue
            self.requests[key] = _Request(
                presystem_id, req, now, started=old.started if old is not None else False
            )
            self._planned.add(req.vehicle_id)
        for key in [k for k in self.requests if k[0] == presystem_id and k not in listed]:
            if not self.requests[key].started:
                log.info("VDV 463 request %s deleted (not listed, not started)", key)
                del self.requests[key]
        for key in [k for k, r in self.requests.items() if r.terminated]:
            del self.requests[key]

    def active(self, vin: str) -> _Request | None:
        """The vehicle's request: lowest priority value first, then the newest."""
        mine = [r for r in self.requests.values() if r.request.vehicle_id == vin]
        if not mine:
            return None
        mine.sort(key=lambda r: (r.request.priority or 0, -r.received_at.timestamp()))
        return mine[0]

    # --- towards the bus (the V2ICP backend asks at each answer) ---------------------------
    def directives(self, vin: str) -> dict[str, int] | None:
        """The directives for the bus's next V2ICP answer (None: VDV 463 has no say)."""
        req = self.active(vin)
        if req is None:
            return cleared_directives() if vin in self._planned else None
        req.started = True  # its directives reach the bus: a charging process exists
        return directives_of(req.request, self.wall())

    # --- towards the upstream ------------------------------------------------------------
    def report(
        self,
        vehicles: Mapping[str, tuple[Mapping[str, int], str | None]],
        charger: ChargerReading | None,
    ) -> ProvideChargingInformationReq:
        """The depot as the CMS sees it: V2ICP sets (vin -> values, evccid), the charger."""
        now = self.wall()
        at_point: str | None = None
        if charger is not None:
            for vin, (_, evccid) in vehicles.items():
                if evccid is not None and _mac(evccid) == _mac(charger.evcc_id):
                    at_point = vin
        point: dict[str, Any] = {
            "chargingPointId": self.layout.point_id,
            "chargingPointStatus": ChargingPointStatus.OCCUPIED
            if charger is not None
            else ChargingPointStatus.AVAILABLE,
        }
        if charger is not None:
            point["presentPower"] = round(charger.voltage_v * charger.current_a / 1000.0, 3)
        if at_point is not None and charger is not None:
            values, evccid = vehicles[at_point]
            point["vehicleInfo"] = vehicle_info(at_point, values, evccid, charger.soc).wire()
            point["chargingProcessInfo"] = self._process(at_point, values, charger, now).wire()
        scheduled = [
            ScheduledChargingProcess(
                presystem_id=r.presystem_id,
                charging_request_id=r.request.charging_request_id,
                vehicle_id=r.request.vehicle_id,
                start_time=r.request.charging_request_data.expected_arrival_time_at_charging_point,
            ).wire()
            for r in self.requests.values()
            if not r.started and r.request.vehicle_id != at_point
        ]
        if scheduled:
            point["scheduledChargingProcessList"] = scheduled
        station = ChargingStationInfo(
            charging_station_id=self.layout.station_id,
            charging_station_status=ChargingStationStatus.AVAILABLE,
            charging_point_info_list=[ChargingPointInfo.model_validate(point)],
            total_power=point.get("presentPower", 0.0),
        )
        depot = DepotInfo(
            depot_id=self.layout.depot_id,
            name=self.layout.name,
            charging_station_info_list=[station],
        )
        return ProvideChargingInformationReq(depot_info_list=[depot])

    def _process(
        self, vin: str, values: Mapping[str, int], charger: ChargerReading, now: datetime
    ) -> ChargingProcessInfo:
        process_id = f"{self.layout.point_id}-{charger.session_id}"
        start = self._process_start.setdefault(process_id, now)
        req = self.active(vin)
        electric = {}
        for name, conv, _ in ELECTRIC:
            value = conv(charger)
            if value is not None and math.isfinite(value):
                electric[name] = value
        prediction: dict[str, Any] = {}
        if req is not None:
            data = req.request.charging_request_data
            prediction["chargingPredictionDataMinSoc"] = {"requestedMinSoc": data.min_target_soc}
            to_full = values.get("bat_reqtime")
            if to_full is not None and to_full != _sna("bat_reqtime"):
                # the bus reports the time to full: an upper bound for the time to the target
                prediction["chargingPredictionDataFinalSoc"] = {
                    "predictedFinalSoc": data.max_target_soc,
                    "predictedTime": now + timedelta(minutes=to_full),
                }
            if data.requested_time_for_departure is not None:
                prediction["chargingPredictionDataDepartureTime"] = {
                    "predictedTime": data.requested_time_for_departure
                }
        doc: dict[str, Any] = {
            "chargingProcessId": process_id,
            "processStatus": ProcessStatus.CHARGING
            if charger.current_a > CHARGING_CURRENT_A
            else ProcessStatus.PREPARING,
            "startTime": start,
            "chargingPredictionData": prediction,
            "electricData": electric,
        }
        if req is not None:
            doc["presystemId"] = req.presystem_id
            doc["chargingRequestId"] = req.request.charging_request_id
        if charger.delivered_wh is not None:
            doc["deliveredEnergy"] = round(charger.delivered_wh, 1)
        return ChargingProcessInfo.model_validate(doc)
