"""The VDV 261 V2ICP parameters, declared once.

Validation, the CAN mapping, the OpenAPI schema and the docs table all read ``PARAMETERS``.
VDV 261's own value tables are not public: ranges, SNA values and code tables below are our
documented assumptions (source in ``source``); code tables are overridable in the mapping
configuration.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class Direction(StrEnum):
    VEHICLE = "vehicle"  # vehicle -> backend (request "parameters")
    BACKEND = "backend"  # backend -> vehicle (directives in the answer)


class ParameterError(ValueError):
    """A value does not fit its declaration (unknown name, wrong type, out of range)."""

    def __init__(self, name: str, value: object, reason: str) -> None:
        super().__init__(f"{name}={value!r}: {reason}")
        self.name = name
        self.value = value
        self.reason = reason


@dataclass(frozen=True)
class Parameter:
    name: str
    direction: Direction
    unit: str
    minimum: int
    maximum: int
    sna: int
    description: str
    json_type: str = "integer"
    codes: dict[int, str] = field(default_factory=dict)
    source: str = ""

    def validate(self, value: Any) -> int:
        """Return ``value`` as int if it is this parameter's type and in range (or SNA)."""
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ParameterError(self.name, value, f"expected {self.json_type}")
        if isinstance(value, float):
            if not math.isfinite(value) or not value.is_integer():
                raise ParameterError(self.name, value, f"expected {self.json_type}")
            value = int(value)
        if value == self.sna:
            return value
        if not self.minimum <= value <= self.maximum:
            raise ParameterError(
                self.name, value, f"out of range {self.minimum}..{self.maximum} (SNA {self.sna})"
            )
        if self.codes and value not in self.codes:
            raise ParameterError(self.name, value, f"not one of {sorted(self.codes)}")
        return value


_V, _B = Direction.VEHICLE, Direction.BACKEND
_SEED = "VDV 261 communication sequences (shared/seeds/001)"
_ASSUMED = "assumption: VDV 261 table not public; all-ones of the field width as SNA"
_VDV463 = "order of the VDV 463 enumeration (shared/seeds/002); VDV 261 code table not public"

STATUS_CODES = {0: "OK", 1: "NOK", 2: "NA"}
CHARGING_CODES = {0: "ReadyToCharge", 1: "Charging", 2: "ChargingImpossible", 3: "Unknown"}

PARAMETERS: dict[str, Parameter] = {
    p.name: p
    for p in (
        # --- vehicle -> backend -------------------------------------------------------
        Parameter("odo", _V, "km", 0, 4_294_967_294, 4_294_967_295, "odometer", source=_ASSUMED),
        Parameter(
            "chrg_stat",
            _V,
            "",
            0,
            3,
            255,
            "vehicle charging status",
            codes=CHARGING_CODES,
            source=_VDV463,
        ),
        Parameter(
            "h2_stat",
            _V,
            "",
            0,
            2,
            2,
            "hydrogen tank status (NA on battery buses)",
            codes=STATUS_CODES,
            source=_VDV463,
        ),
        Parameter(
            "bat_stat",
            _V,
            "",
            0,
            2,
            2,
            "traction battery status",
            codes=STATUS_CODES,
            source=_VDV463,
        ),
        Parameter(
            "bat_reqtime",
            _V,
            "min",
            0,
            65_534,
            65_535,
            "time the battery needs to reach full charge",
            source=_ASSUMED,
        ),
        Parameter(
            "bat_eamount",
            _V,
            "kWh",
            0,
            65_534,
            65_535,
            "energy the battery needs to reach full charge",
            source=_ASSUMED,
        ),
        Parameter(
            "bprec_eamount",
            _V,
            "kWh",
            0,
            65_534,
            65_535,
            "energy for battery preconditioning",
            source=_ASSUMED,
        ),
        Parameter(
            "prec_reqtime",
            _V,
            "min",
            0,
            65_534,
            65_535,
            "time the vehicle preconditioning needs",
            source=_ASSUMED,
        ),
        Parameter(
            "prec_eamount",
            _V,
            "kWh",
            0,
            65_534,
            65_535,
            "energy for vehicle (cabin) preconditioning",
            source=_ASSUMED,
        ),
        # --- backend -> vehicle (directives) ------------------------------------------
        Parameter(
            "driveoff",
            _B,
            "min",
            0,
            65_534,
            65_535,
            "planned departure (minutes until departure by default; unit configurable)",
            source="SNA 65535 observed; unit not public (" + _SEED + ")",
        ),
        Parameter(
            "prec_dsrd",
            _B,
            "",
            0,
            1,
            255,
            "preconditioning desired",
            codes={0: "no", 1: "yes"},
            source="0/1 per the protocol notes (shared/docs/PROTOCOLS.md); SNA assumed",
        ),
        Parameter(
            "prec_hvac",
            _B,
            "",
            0,
            3,
            255,
            "preconditioning HVAC mode",
            codes={
                0: "hot water + ventilation only",
                1: "hot water + heating",
                2: "no hot water / cooling / ventilation",
                3: "no preconditioning or vehicle's choice",
            },
            source="public blog (second-hand); SNA assumed",
        ),
        Parameter(
            "ambienttemp",
            _B,
            "°C",
            -50,
            80,
            255,
            "ambient temperature at departure",
            source="SNA 255 observed; range assumed",
        ),
        Parameter(
            "target_dist",
            _B,
            "km",
            0,
            65_534,
            65_535,
            "distance of the next block",
            source=_ASSUMED,
        ),
        Parameter(
            "target_soc",
            _B,
            "%",
            0,
            100,
            255,
            "state of charge wanted at departure",
            source="range 0..100 %; SNA assumed",
        ),
    )
}

VEHICLE_PARAMETERS: tuple[str, ...] = tuple(
    n for n, p in PARAMETERS.items() if p.direction is Direction.VEHICLE
)
BACKEND_PARAMETERS: tuple[str, ...] = tuple(
    n for n, p in PARAMETERS.items() if p.direction is Direction.BACKEND
)
#: Sent in every V2ICP message, delta or not.
ALWAYS_SENT: tuple[str, ...] = ("h2_stat", "bat_stat")


def validate(name: str, value: Any, direction: Direction | None = None) -> int:
    """Validate one parameter value against its declaration."""
    p = PARAMETERS.get(name)
    if p is None or (direction is not None and p.direction is not direction):
        raise ParameterError(name, value, "unknown parameter")
    return p.validate(value)
