"""CAN signals <-> VDV 261 parameters, as configuration (the root ``[mapping]`` section).

Vehicle parameters: ``parameter = round(signal * scale + offset)``, or a code table from the
signal's (integer) value to the parameter's code; a signal that is not available, stale,
outside the code table or outside the parameter's declared range gives the parameter's SNA.

Directives: validated against ``params.PARAMETERS`` first; then ``signal = value * scale +
offset`` or a code table, and the value goes to the TX sink. A rejected directive is counted,
logged, raises DTC ``DIRECTIVE_INVALID``, and leaves the previous valid value on the bus.

The defaults below match our own ``dbc/*.dbc``; the enum tables follow the VDV 463 enumeration
order because VDV 261's own tables are not public (see ``docs/configuration.md``).
"""

from __future__ import annotations

import logging
import math
from collections import Counter
from collections.abc import Callable, Container, Mapping
from dataclasses import dataclass, field
from functools import partial
from typing import Any, Literal, Protocol

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationInfo,
    create_model,
    field_validator,
)

from evcc_agent.clock import Clock
from evcc_agent.dtc import DtcRegistry
from evcc_agent.v2icp.params import (
    BACKEND_PARAMETERS,
    PARAMETERS,
    VEHICLE_PARAMETERS,
    Direction,
    ParameterError,
)

log = logging.getLogger(__name__)

Rounding = Literal["nearest", "floor", "ceil"]


def _check_finite(v: float) -> float:
    if not math.isfinite(v):
        raise ValueError("must be finite")
    return v


def _check_integer_keys(v: dict[str, Any] | None) -> dict[str, Any] | None:
    """Code tables are keyed by integers written as strings (TOML/JSON keys)."""
    if v is not None:
        for key in v:
            try:
                int(key)
            except ValueError:
                raise ValueError(f"code table key {key!r} is not an integer") from None
    return v


class VehicleSignalMapping(BaseModel):
    """Where one vehicle parameter comes from."""

    model_config = ConfigDict(extra="forbid")

    #: DBC signal name; empty = not mapped, the parameter is always SNA
    signal: str = ""
    #: parameter = signal * scale + offset (ignored when ``codes`` is set)
    scale: float = 1.0
    offset: float = 0.0
    rounding: Rounding = "nearest"
    #: signal value (integer, as a string key) -> parameter code; values not listed give SNA;
    #: empty = use scale/offset
    codes: dict[str, int] | None = None

    _finite = field_validator("scale", "offset")(_check_finite)
    _integer_keys = field_validator("codes")(_check_integer_keys)


class DirectiveSignalMapping(BaseModel):
    """Which signal receives one backend directive."""

    model_config = ConfigDict(extra="forbid")

    #: DBC signal name (in one of ``vehicle.tx_messages``); empty = accepted, not forwarded
    signal: str = ""
    #: signal = value * scale + offset (ignored when ``codes`` is set)
    scale: float = 1.0
    offset: float = 0.0
    #: parameter code (as a string key) -> signal value; codes not listed are sent unchanged
    codes: dict[str, float] | None = None

    _finite = field_validator("scale", "offset")(_check_finite)
    _integer_keys = field_validator("codes")(_check_integer_keys)


#: Defaults for our DBC files. Status signals use the J1939 2-bit pattern
#: (0 OK, 1 NOK, 2 error, 3 not available); VDV 463 order gives OK 0, NOK 1, NA 2.
DEFAULT_VEHICLE_MAPPING: dict[str, dict[str, Any]] = {
    "odo": {"signal": "VCU_TotalDistance", "rounding": "floor"},
    "chrg_stat": {
        "signal": "VCU_ChargingStatus",
        "codes": {"0": 0, "1": 1, "2": 2, "3": 3},
    },
    "h2_stat": {"signal": "VCU_H2TankStatus", "codes": {"0": 0, "1": 1, "2": 1}},
    "bat_stat": {"signal": "BMS_BatteryStatus", "codes": {"0": 0, "1": 1, "2": 1}},
    "bat_reqtime": {"signal": "BMS_TimeToFull"},
    "bat_eamount": {"signal": "BMS_EnergyToFull"},
    "bprec_eamount": {"signal": "BMS_PrecondEnergy"},
    "prec_reqtime": {"signal": "HVAC_PrecondTime"},
    "prec_eamount": {"signal": "HVAC_PrecondEnergy"},
}

DEFAULT_DIRECTIVE_MAPPING: dict[str, dict[str, Any]] = {
    "driveoff": {"signal": "AGT_DriveOff"},
    "prec_dsrd": {"signal": "AGT_PrecondDesired"},
    "prec_hvac": {"signal": "AGT_PrecondHvacMode"},
    "ambienttemp": {"signal": "AGT_AmbientTempFwd"},
    "target_dist": {"signal": "AGT_TargetDistance"},
    "target_soc": {"signal": "AGT_TargetSoC"},
}


def _table(
    model_name: str,
    item: type[BaseModel],
    names: tuple[str, ...],
    defaults: dict[str, dict[str, Any]],
) -> type[BaseModel]:
    """A model with one field per parameter, so an unknown name errors with its key path."""
    fields: dict[str, Any] = {
        name: (item, Field(default_factory=partial(item, **defaults.get(name, {}))))
        for name in names
    }
    return create_model(model_name, __config__=ConfigDict(extra="forbid"), **fields)


VehicleMappingTable = _table(
    "VehicleMappingTable", VehicleSignalMapping, VEHICLE_PARAMETERS, DEFAULT_VEHICLE_MAPPING
)
DirectiveMappingTable = _table(
    "DirectiveMappingTable", DirectiveSignalMapping, BACKEND_PARAMETERS, DEFAULT_DIRECTIVE_MAPPING
)


class MappingConfig(BaseModel):
    """The root ``[mapping]`` section: ``[mapping.vehicle.<param>]``, ``[mapping.directives.<param>]``."""

    model_config = ConfigDict(extra="forbid")

    vehicle: VehicleMappingTable = Field(default_factory=VehicleMappingTable)  # type: ignore[valid-type]
    directives: DirectiveMappingTable = Field(default_factory=DirectiveMappingTable)  # type: ignore[valid-type]

    @field_validator("vehicle", "directives", mode="before")
    @classmethod
    def _merge_defaults(cls, v: Any, info: ValidationInfo) -> Any:
        """A key given for one parameter keeps that parameter's other defaults."""
        if not isinstance(v, dict):
            return v
        defaults = (
            DEFAULT_VEHICLE_MAPPING if info.field_name == "vehicle" else DEFAULT_DIRECTIVE_MAPPING
        )
        return {
            k: ({**defaults[k], **e} if k in defaults and isinstance(e, dict) else e)
            for k, e in v.items()
        }

    def vehicle_entry(self, name: str) -> VehicleSignalMapping:
        entry = getattr(self.vehicle, name)
        assert isinstance(entry, VehicleSignalMapping)
        return entry

    def directive_entry(self, name: str) -> DirectiveSignalMapping:
        entry = getattr(self.directives, name)
        assert isinstance(entry, DirectiveSignalMapping)
        return entry


def check_signals(
    cfg: MappingConfig,
    known_signals: Container[str],
    tx_signals: Container[str] | None = None,
) -> list[tuple[str, str]]:
    """``(key.path, problem)`` for every mapped signal no DBC declares (or not sent by us)."""
    problems: list[tuple[str, str]] = []
    for name in VEHICLE_PARAMETERS:
        sig = cfg.vehicle_entry(name).signal
        if sig and sig not in known_signals:
            problems.append((f"mapping.vehicle.{name}.signal", f"no DBC declares signal {sig!r}"))
    for name in BACKEND_PARAMETERS:
        sig = cfg.directive_entry(name).signal
        if not sig:
            continue
        path = f"mapping.directives.{name}.signal"
        if sig not in known_signals:
            problems.append((path, f"no DBC declares signal {sig!r}"))
        elif tx_signals is not None and sig not in tx_signals:
            problems.append((path, f"signal {sig!r} is not in a vehicle.tx_messages message"))
    return problems


class SignalSource(Protocol):
    """What the mapping reads (the vehicle ``SignalStore`` satisfies it)."""

    def get(self, name: str, now: float) -> float | None: ...


class SignalSink(Protocol):
    """What directives are written to (the vehicle ``CyclicTransmitter`` satisfies it).

    ``value=None`` sends the signal's not-available pattern; ``ValueError`` if not encodable.
    """

    def set_signal(self, name: str, value: float | None) -> None: ...


def _round(x: float, how: Rounding) -> int:
    if how == "floor":
        return math.floor(x)
    if how == "ceil":
        return math.ceil(x)
    return math.floor(x + 0.5)


class VehicleParameterMapper:
    """Reads the store and returns every vehicle parameter as a validated int (SNA if unknown)."""

    def __init__(
        self,
        cfg: MappingConfig,
        source: SignalSource,
        dtc: DtcRegistry | None = None,
        startup_grace_s: float = 0.0,
    ) -> None:
        self.source = source
        self.dtc = dtc
        #: a signal never received is no DTC for this long after the first ``parameters``
        #: call (a healthy boot: the ECUs' first frames take up to a staleness bound)
        self.startup_grace_s = startup_grace_s
        self._first_call: float | None = None
        self._entries = [
            (name, cfg.vehicle_entry(name), PARAMETERS[name]) for name in VEHICLE_PARAMETERS
        ]
        self._codes = {
            name: {int(k): v for k, v in (entry.codes or {}).items()}
            for name, entry, _ in self._entries
        }
        #: parameter -> how often a present signal value could not be mapped (SNA sent)
        self.unmappable: Counter[str] = Counter()

    def parameter(self, name: str, now: float) -> int:
        for pname, entry, decl in self._entries:
            if pname == name:
                return self._map(pname, entry, decl, now)
        raise ParameterError(name, None, "unknown vehicle parameter")

    def parameters(self, now: float) -> dict[str, int]:
        """All vehicle parameters at ``now``; not available/stale signals give SNA.

        With a DTC registry: ``CAN_SIGNAL_STALE`` is active while a mapped signal is stale or
        was never received (the all-ones "not available" pattern is a legal value, no DTC).
        """
        params = {name: self._map(name, entry, decl, now) for name, entry, decl in self._entries}
        if self.dtc is not None:
            if self._first_call is None:
                self._first_call = now
            booting = now - self._first_call < self.startup_grace_s
            missing = self.missing_signals(now, include_never_received=not booting)
            if missing:
                self.dtc.raise_("CAN_SIGNAL_STALE", now, ", ".join(missing))
            else:
                self.dtc.clear("CAN_SIGNAL_STALE")
        return params

    def missing_signals(self, now: float, include_never_received: bool = True) -> list[str]:
        """Mapped signals that are stale or (``include_never_received``) never received."""
        sample = getattr(self.source, "sample", None)
        if sample is None:
            return []
        reasons = ("stale", "never_received") if include_never_received else ("stale",)
        out = []
        for _, entry, _ in self._entries:
            if entry.signal and sample(entry.signal, now).reason in reasons:
                out.append(entry.signal)
        return out

    def _map(self, name: str, entry: VehicleSignalMapping, decl: Any, now: float) -> int:
        if not entry.signal:
            return int(decl.sna)
        value = self.source.get(entry.signal, now)
        if value is None:
            return int(decl.sna)
        if not math.isfinite(value):
            self.unmappable[name] += 1
            return int(decl.sna)
        codes = self._codes[name]
        if codes:
            code = codes.get(int(value)) if float(value).is_integer() else None
            if code is None:
                self.unmappable[name] += 1
                return int(decl.sna)
            candidate = code
        else:
            candidate = _round(value * entry.scale + entry.offset, entry.rounding)
        try:
            return int(decl.validate(candidate))
        except ParameterError as exc:
            self.unmappable[name] += 1
            log.debug("vehicle parameter %s: %s -> SNA", name, exc)
            return int(decl.sna)


@dataclass
class DirectiveResult:
    applied: dict[str, int] = field(default_factory=dict)
    rejected: dict[str, str] = field(default_factory=dict)  # name -> reason
    unmapped: list[str] = field(default_factory=list)  # valid, but no signal configured


class DirectiveApplier:
    """Validates backend directives and writes the valid ones to the TX sink."""

    def __init__(
        self, cfg: MappingConfig, sink: SignalSink, dtc: DtcRegistry | None = None
    ) -> None:
        self.sink = sink
        self.dtc = dtc
        self._entries = {name: cfg.directive_entry(name) for name in BACKEND_PARAMETERS}
        self._codes = {
            name: {int(k): v for k, v in (e.codes or {}).items()}
            for name, e in self._entries.items()
        }
        #: the last valid value of each directive (what is on the bus)
        self.current: dict[str, int] = {}
        self.rejected_total = 0
        self.rejected_by_name: Counter[str] = Counter()

    def signal_value(self, name: str, value: int) -> float | None:
        """The physical signal value for a validated directive (``None`` = SNA pattern)."""
        if value == PARAMETERS[name].sna:
            return None
        codes = self._codes[name]
        if codes and value in codes:
            return codes[value]
        entry = self._entries[name]
        return value * entry.scale + entry.offset

    def apply(self, directives: Mapping[str, Any], now: float) -> DirectiveResult:
        """Apply what is valid; reject (count, log, DTC) the rest; previous values stay."""
        result = DirectiveResult()
        if not isinstance(directives, Mapping):
            self._reject(result, "<directives>", directives, "not a JSON object", now)
            return result
        for name, raw in directives.items():
            try:
                value = _validate_directive(name, raw)
                entry = self._entries[name]
                if not entry.signal:
                    result.unmapped.append(name)
                    self.current[name] = value
                    continue
                self.sink.set_signal(entry.signal, self.signal_value(name, value))
            except (ParameterError, ValueError) as exc:
                self._reject(result, str(name), raw, str(exc), now)
                continue
            self.current[name] = value
            result.applied[name] = value
        if self.dtc is not None and not result.rejected and result.applied:
            self.dtc.clear("DIRECTIVE_INVALID")
        return result

    def _reject(
        self, result: DirectiveResult, name: str, raw: Any, reason: str, now: float
    ) -> None:
        self.rejected_total += 1
        self.rejected_by_name[name] += 1
        result.rejected[name] = reason
        log.warning("directive %s=%r rejected: %s (previous value stays)", name, raw, reason)
        if self.dtc is not None:
            self.dtc.raise_("DIRECTIVE_INVALID", now, f"{name}: {reason}")


def _validate_directive(name: Any, value: Any) -> int:
    if not isinstance(name, str):
        raise ParameterError(str(name), value, "unknown parameter")
    decl = PARAMETERS.get(name)
    if decl is None or decl.direction is not Direction.BACKEND:
        raise ParameterError(name, value, "unknown directive")
    return decl.validate(value)


async def publish_parameters(
    mapper: VehicleParameterMapper,
    vehicle_now: Callable[[], float],
    sink: Callable[[dict[str, int]], Any],
    clock: Clock,
    interval: float = 1.0,
) -> None:
    """Push the vehicle parameters to ``sink`` (e.g. ``V2icpClient.parameters_changed``)
    whenever they change, checking every ``interval`` on ``clock``; the first set always.

    ``vehicle_now`` is the clock of the ``SignalStore`` (the vehicle side's), which may differ
    from ``clock`` (the protocol side's, scaled in the demo).
    """
    last: dict[str, int] | None = None
    while True:
        params = mapper.parameters(vehicle_now())
        if params != last:
            sink(params)
            last = params
        await clock.sleep(interval)
