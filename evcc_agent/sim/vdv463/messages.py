"""The VDV 463 message model, declared once: envelope, enumerations, payloads, actions.

Every frame is a JSON array of exactly seven elements ``[type, source, presystemId,
timestamp, messageId, messageAction, payload]``. ``parse_frame`` turns text into a ``Frame``
or a ``FrameError`` that carries the ErrorCode to answer with; ``Frame.encode`` is the only
writer. The payload models follow the specification's attribute lists (camelCase on the wire);
where it does not say whether an attribute is required, the choice is marked ``assumed`` and
listed in docs/vdv463.md. Unknown attributes are rejected (a misspelt ``maxTargetSOC`` must
not silently drop a target).
"""

from __future__ import annotations

import json
import re
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import IntEnum, StrEnum
from typing import Annotated, Any

from pydantic import (
    AwareDatetime,
    BaseModel,
    ConfigDict,
    Field,
    TypeAdapter,
    ValidationError,
)
from pydantic.alias_generators import to_camel

SUBPROTOCOL = "v1.463.vdv.de"
#: the messageId of an error answering a frame whose own messageId could not be read
NIL_MESSAGE_ID = "00000000-0000-0000-0000-000000000000"
MAX_FRAME_CHARS = 1_048_576


class MessageType(IntEnum):
    REQUEST = 1
    CONFIRMATION = 2
    ERROR = 3


class Action(StrEnum):
    BOOT_NOTIFICATION = "BootNotification"
    PROVIDE_CHARGING_REQUESTS = "ProvideChargingRequests"
    PROVIDE_CHARGING_INFORMATION = "ProvideChargingInformation"


# --- enumerations -------------------------------------------------------------------------------
class RegistrationStatus(StrEnum):
    ACCEPTED = "Accepted"
    REJECTED = "Rejected"


class ChargingInstruction(StrEnum):
    NORMAL = "Normal"
    CHANGED = "Changed"
    TERMINATE = "Terminate"


class ChargingPointFaultCode(StrEnum):
    NO_FAULT_KNOWN = "NoFaultKnown"
    USAGE_FAILURE = "UsageFailure"
    COMMUNICATION_FAILURE = "CommunicationFailure"
    OTHER_CHARGING_POINT_FAILURE = "OtherChargingPointFailure"


class ChargingPointStatus(StrEnum):
    AVAILABLE = "Available"
    OCCUPIED = "Occupied"
    RESERVED = "Reserved"
    UNAVAILABLE = "Unavailable"
    FAULTED = "Faulted"


class ChargingStationFaultCode(StrEnum):
    NO_FAULT_KNOWN = "NoFaultKnown"
    USAGE_FAILURE = "UsageFailure"
    COMMUNICATION_FAILURE = "CommunicationFailure"
    ELECTRICAL_OPERATION_FAILURE = "ElectricalOperationFailure"
    CONFIGURATION_FAILURE = "ConfigurationFailure"
    OTHER_CHARGING_STATION_FAILURE = "OtherChargingStationFailure"


class ChargingStationStatus(StrEnum):
    AVAILABLE = "Available"
    UNAVAILABLE = "Unavailable"
    FAULTED = "Faulted"


class PreconditioningRequest(StrEnum):
    """In the specification's order, which is also VDV 261's ``prec_hvac`` code order."""

    WARM_WATER_AND_VENTILATION = "WarmWaterAndVentilation"
    HOT_WATER_AND_HEATING = "HotWaterAndHeating"
    NO_WATER_COOLING_OR_VENTILATION = "NoWaterCoolingOrVentilation"
    NO_CLIMATIC_PRECONDITIONING_OR_SNA = "NoClimaticPreconditioningOrSNA"


class ProcessStatus(StrEnum):
    PREPARING = "Preparing"
    CHARGING = "Charging"
    SUSPENDED_EVSE = "SuspendedEVSE"
    SUSPENDED_EV = "SuspendedEV"
    FINISHING = "Finishing"
    QUEUED = "Queued"
    CHARGING_REJECTED_TECHNICALLY = "ChargingRejectedTechnically"


class VehicleChargingStatus(StrEnum):
    READY_TO_CHARGE = "ReadyToCharge"
    CHARGING = "Charging"
    CHARGING_IMPOSSIBLE = "ChargingImpossible"
    UNKNOWN = "Unknown"


class ComponentStatus(StrEnum):
    """The traction battery's ``batteryStatus`` and the H2 tank's ``h2TankStatus`` (the same
    three values)."""

    OK = "OK"
    NOK = "NOK"
    NA = "NA"


class ErrorCode(StrEnum):
    INVALID_REQUEST = "InvalidRequest"
    UNKNOWN_ACTION = "UnknownAction"
    UNAUTHORIZED = "Unauthorized"
    NOT_SUPPORTED = "NotSupported"
    INTERNAL_ERROR = "InternalError"
    TIMEOUT = "Timeout"
    RESOURCE_UNAVAILABLE = "ResourceUnavailable"
    REJECTED_TECHNICALLY = "RejectedTechnically"
    REJECTED_OPERATIONALLY = "RejectedOperationally"
    INVALID_STATE = "InvalidState"
    CONFLICT = "Conflict"


# --- payloads -----------------------------------------------------------------------------------
class Model(BaseModel):
    """camelCase on the wire, snake_case in Python; unknown attributes rejected."""

    model_config = ConfigDict(
        alias_generator=to_camel, populate_by_name=True, extra="forbid", frozen=True
    )

    def wire(self) -> dict[str, Any]:
        return self.model_dump(mode="json", by_alias=True, exclude_none=True)


#: a state of charge in % of the (current) capacity
Pct = Annotated[float, Field(ge=0, le=100)]
IdStr = Annotated[str, Field(min_length=1, max_length=256)]


class Empty(Model):
    """The confirmations of ProvideChargingRequests / ProvideChargingInformation."""


class BootNotificationReq(Model):
    """The specification declares no attribute for the request."""


class BootNotificationConf(Model):
    status: RegistrationStatus


class ChargingRequestData(Model):
    expected_arrival_time_at_charging_point: AwareDatetime | None = None
    expected_soc_at_arrival: Pct | None = None
    min_target_soc: Pct
    max_target_soc: Pct
    requested_time_for_departure: AwareDatetime | None = None
    ad_hoc_charging: bool | None = None


class AutomaticPreconditioning(Model):
    preconditioning_request: PreconditioningRequest
    requested_start_time: AwareDatetime | None = None
    ambient_temperature: float | None = Field(default=None, ge=-100, le=100)
    requested_finish_time: AwareDatetime | None = None


class ManualPreconditioning(Model):
    hvac_preconditioning_start_time: AwareDatetime
    hvac_auxiliary_consumer_power: float | None = None
    system_preconditioning_start_time: AwareDatetime
    system_auxiliary_consumer_power: float | None = None


class ChargingRequest(Model):
    charging_point_id: str | None = None
    vehicle_id: IdStr  # assumed required
    charging_request_id: IdStr  # assumed required
    charging_process_id: str | None = None
    priority: int | None = Field(default=None, ge=0)
    charging_instruction: ChargingInstruction  # assumed required
    charging_request_data: ChargingRequestData  # assumed required
    automatic_preconditioning: AutomaticPreconditioning | None = None
    manual_preconditioning: ManualPreconditioning | None = None


class ProvideChargingRequestsReq(Model):
    charging_request_list: list[ChargingRequest] = Field(max_length=10_000)


class ChargingPointFaultInfo(Model):
    charging_point_fault_code: ChargingPointFaultCode
    fault_text: str | None = None
    fault_time_stamp: AwareDatetime | None = None


class ChargingStationFaultInfo(Model):
    charging_station_fault_code: ChargingStationFaultCode
    fault_text: str | None = None
    fault_time_stamp: AwareDatetime | None = None


class VehicleFaultInfo(Model):
    vehicle_fault_code: str  # VDV 463 defines no codes yet
    fault_text: str | None = None
    fault_time_stamp: AwareDatetime | None = None


class TractionBatteryInfo(Model):
    state_of_charge: Pct | None = None
    state_of_health: Pct | None = None
    temperature: float | None = None
    battery_status: ComponentStatus | None = None


class H2TankInfo(Model):
    h2_tank_status: ComponentStatus | None = None


class VehicleStatusInfo(Model):
    conservation_charging_active: bool | None = None
    system_preconditioning_active: bool | None = None
    hvac_preconditioning_active: bool | None = None
    balancing_active: bool | None = None
    fossil_flame_control_active: bool | None = None
    battery_charging_voltage: float | None = None


class PreconditioningInfo(Model):
    hv_battery_preconditioning_time: float | None = None  # min
    hv_battery_charging_energy: float | None = None  # kWh
    vehicle_preconditioning_time: float | None = None  # min
    vehicle_preconditioning_energy: float | None = None  # kWh


class VehicleInfo(Model):
    vehicle_id: IdStr
    evcc_id: str | None = None
    mileage: float | None = Field(default=None, ge=0)
    traction_battery_info: TractionBatteryInfo | None = None
    h2_tank_info: H2TankInfo | None = None
    vehicle_status_info: VehicleStatusInfo
    vehicle_charging_status: VehicleChargingStatus
    vehicle_fault_info: VehicleFaultInfo | None = None
    preconditioning_info: PreconditioningInfo


class ChargingPredictionDataMinSoc(Model):
    requested_min_soc: Pct | None = None
    predicted_time: AwareDatetime | None = None


class ChargingPredictionDataFinalSoc(Model):
    predicted_final_soc: Pct | None = None
    predicted_time: AwareDatetime | None = None


class ChargingPredictionDataDepartureTime(Model):
    predicted_departure_time_soc: Pct | None = None
    predicted_time: AwareDatetime | None = None


class ChargingPredictionData(Model):
    charging_prediction_data_min_soc: ChargingPredictionDataMinSoc | None = None
    charging_prediction_data_final_soc: ChargingPredictionDataFinalSoc | None = None
    charging_prediction_data_departure_time: ChargingPredictionDataDepartureTime | None = None


class ElectricData(Model):
    """Negative values are allowed (regeneration)."""

    charging_current: float | None = None  # A
    charging_voltage: float | None = None  # V
    charging_power: float | None = None  # kW
    reactive_power: float | None = None  # kvar


class ChargingProcessInfo(Model):
    charging_process_id: IdStr  # assumed required
    presystem_id: str | None = None
    charging_request_id: str | None = None
    process_status: ProcessStatus
    start_time: AwareDatetime | None = None
    charging_prediction_data: ChargingPredictionData
    electric_data: ElectricData
    delivered_energy: float | None = None  # Wh


class ScheduledChargingProcess(Model):
    presystem_id: str | None = None
    charging_request_id: str | None = None
    charging_process_id: str | None = None
    vehicle_id: str | None = None
    start_time: AwareDatetime | None = None
    charging_prediction_data: ChargingPredictionData | None = None


class ChargingPointInfo(Model):
    charging_point_id: IdStr  # assumed required
    charging_point_status: ChargingPointStatus  # assumed required
    charging_point_fault_info: ChargingPointFaultInfo | None = None
    inside_temperature: float | None = None
    outside_temperature: float | None = None
    connector_temperature: float | None = None
    present_power: float | None = None  # kW
    energy_meter_reading: float | None = None  # Wh
    vehicle_info: VehicleInfo | None = None
    charging_process_info: ChargingProcessInfo | None = None
    scheduled_charging_process_list: list[ScheduledChargingProcess] | None = None


class ChargingStationInfo(Model):
    charging_station_id: IdStr  # assumed required
    charging_station_status: ChargingStationStatus  # assumed required
    charging_point_info_list: list[ChargingPointInfo] = Field(default_factory=list)
    charging_station_fault_info: ChargingStationFaultInfo | None = None
    total_power: float | None = None  # kW


class DepotInfo(Model):
    depot_id: IdStr  # assumed required
    name: str | None = None
    charging_station_info_list: list[ChargingStationInfo] = Field(default_factory=list)


class ProvideChargingInformationReq(Model):
    depot_info_list: list[DepotInfo]


class ErrorPayload(Model):
    """The type-3 payload: an ErrorCode and the "descriptive string" (names assumed)."""

    error_code: ErrorCode
    error_description: str = ""


@dataclass(frozen=True)
class ActionSpec:
    request: type[Model]
    confirmation: type[Model]
    #: who sends the request: "upstream" or "cms"
    initiator: str


ACTIONS: dict[Action, ActionSpec] = {
    Action.BOOT_NOTIFICATION: ActionSpec(BootNotificationReq, BootNotificationConf, "upstream"),
    Action.PROVIDE_CHARGING_REQUESTS: ActionSpec(ProvideChargingRequestsReq, Empty, "upstream"),
    Action.PROVIDE_CHARGING_INFORMATION: ActionSpec(ProvideChargingInformationReq, Empty, "cms"),
}


# --- the envelope -------------------------------------------------------------------------------
_UUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")
_TIMESTAMP: TypeAdapter[datetime] = TypeAdapter(AwareDatetime)


def timestamp(at: datetime) -> str:
    """ISO-8601 in UTC with milliseconds and ``Z``."""
    return at.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def new_message_id() -> str:
    return str(uuid.uuid4())


@dataclass(frozen=True)
class Frame:
    """One well-formed envelope; ``payload`` is the raw object (validated per action later)."""

    type: MessageType
    source: str
    presystem_id: str
    timestamp: datetime
    message_id: str
    action: str
    payload: dict[str, Any]

    def encode(self) -> str:
        return json.dumps(
            [
                int(self.type),
                self.source,
                self.presystem_id,
                timestamp(self.timestamp),
                self.message_id,
                self.action,
                self.payload,
            ],
            separators=(",", ":"),
            ensure_ascii=False,
        )


@dataclass(frozen=True)
class FrameError:
    """Text that is not a well-formed envelope, and what could be read of it."""

    code: ErrorCode
    description: str
    type: int | None = None
    message_id: str | None = None
    action: str | None = None
    presystem_id: str | None = None

    @property
    def answerable(self) -> bool:
        """Requests (or frames of unknown type) get a type-3 answer; responses never do, so
        two peers cannot bounce errors at each other."""
        return self.type not in (MessageType.CONFIRMATION, MessageType.ERROR)


def parse_frame(text: str) -> Frame | FrameError:
    """The envelope checks of the specification, in element order."""
    if len(text) > MAX_FRAME_CHARS:
        return FrameError(ErrorCode.INVALID_REQUEST, f"frame longer than {MAX_FRAME_CHARS}")
    try:
        doc = json.loads(text)
    except (ValueError, RecursionError) as exc:
        return FrameError(ErrorCode.INVALID_REQUEST, f"not JSON ({type(exc).__name__})")
    if not isinstance(doc, list):
        return FrameError(ErrorCode.INVALID_REQUEST, "not a JSON array")
    raw_type = doc[0] if doc and type(doc[0]) is int else None
    raw_id = doc[4] if len(doc) > 4 and isinstance(doc[4], str) else None
    ctx: dict[str, Any] = {
        "type": raw_type,
        "message_id": raw_id if raw_id is not None and _UUID.match(raw_id) else None,
        "action": doc[5] if len(doc) > 5 and isinstance(doc[5], str) else None,
        "presystem_id": doc[2] if len(doc) > 2 and isinstance(doc[2], str) else None,
    }

    def bad(reason: str) -> FrameError:
        return FrameError(ErrorCode.INVALID_REQUEST, reason, **ctx)

    if len(doc) != 7:
        return bad(f"{len(doc)} elements, a frame has exactly 7")
    mtype, source, presystem, stamp, message_id, action, payload = doc
    if type(mtype) is not int or mtype not in tuple(MessageType):
        return bad(f"element 0 (messageType) {repr(mtype)[:40]} is not 1, 2 or 3")
    if not isinstance(source, str):
        return bad("element 1 (source) is not a string")
    if not isinstance(presystem, str):
        return bad("element 2 (presystemId) is not a string")
    if not isinstance(stamp, str):
        return bad("element 3 (timestamp) is not a string")
    try:
        when = _TIMESTAMP.validate_python(stamp)
    except ValidationError:
        return bad(f"element 3 (timestamp) {stamp[:40]!r} is not ISO-8601 with a time zone")
    if not isinstance(message_id, str) or not _UUID.match(message_id):
        return bad(f"element 4 (messageId) {str(message_id)[:40]!r} is not a UUID")
    if not isinstance(action, str):
        return bad("element 5 (messageAction) is not a string")
    if not isinstance(payload, dict):
        return bad("element 6 (payload) is not an object")
    return Frame(MessageType(mtype), source, presystem, when, message_id, action, payload)


def validation_summary(exc: ValidationError, limit: int = 3) -> str:
    """``field.path: message`` for the first few errors (no input values: they may be huge)."""
    parts = []
    for err in exc.errors()[:limit]:
        loc = ".".join(str(p) for p in err["loc"]) or "payload"
        parts.append(f"{loc}: {err['msg']}")
    more = exc.error_count() - limit
    return "; ".join(parts) + (f" (+{more} more)" if more > 0 else "")
