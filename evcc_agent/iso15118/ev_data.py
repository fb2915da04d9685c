"""What the ISO 15118 session needs to know about the vehicle, behind a small interface.

The session reads one ``EvData`` snapshot whenever it builds a request (charge parameters,
schedule exchange, every charge-loop round). Production adapts the CAN ``SignalStore`` (BMS
signals) to ``EvDataSource``; tests, the simulators and the ``charge`` command use
``StaticEvData``.

Rule: the production source never invents a battery value. ``FieldsEvData`` without
``defaults`` starts from ``EvData.unreported()`` (NaN for every BMS value, which no codec
accepts) and names each BMS value it has no fresh reading for in ``EvData.missing``; the
session's interlock (``session/interlock.py``) decides what to do about them. Defaults exist
only where a person sets them (``EvData()``'s field values, used by the bench and simulators).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from typing import Protocol


@dataclass(frozen=True)
class EvData:
    """Vehicle values in SI units (V, A, W, Wh, s, %)."""

    soc: float = 50.0
    target_soc: float = 100.0
    min_soc: float = 0.0
    present_voltage: float = 400.0
    max_voltage: float = 500.0
    min_voltage: float = 200.0
    max_current: float = 200.0
    min_current: float = 0.0
    max_power: float = 100_000.0
    min_power: float = 0.0
    #: DC charge-loop targets (the BMS's request)
    target_voltage: float = 450.0
    target_current: float = 100.0
    #: AC: power the vehicle currently takes
    present_active_power: float = 0.0
    #: seconds from now until departure (None: not known)
    departure_time_s: int | None = None
    #: energy to reach the target SoC, and the bounds the EV accepts
    target_energy_wh: float = 40_000.0
    max_energy_wh: float = 60_000.0
    min_energy_wh: float = 0.0
    battery_capacity_wh: float | None = None
    #: the BMS says: stop charging now (full, fault, driver request)
    charging_complete: bool = False
    #: bidirectional: the BMS's discharge limits (magnitudes: W, A) and minimum voltage (V)
    max_discharge_power: float = 50_000.0
    max_discharge_current: float = 100.0
    min_discharge_voltage: float = 300.0
    #: bidirectional: the VCU allows discharge, and its minimum SoC for it (%)
    discharge_allowed: bool = True
    min_discharge_soc: float = 0.0
    #: the BMS values (``BMS_FIELDS``) this snapshot has no fresh reading for
    missing: frozenset[str] = field(default_factory=frozenset)

    @classmethod
    def unreported(cls) -> EvData:
        """The production starting point: every BMS value NaN (unencodable, so it can never
        reach a charger), the minima and energies 0 (no claim), and all of them missing."""
        nan = math.nan
        return cls(
            soc=nan,
            present_voltage=nan,
            max_voltage=nan,
            max_current=nan,
            max_power=nan,
            target_voltage=nan,
            target_current=nan,
            min_voltage=0.0,
            min_current=0.0,
            target_energy_wh=0.0,
            max_energy_wh=0.0,
            max_discharge_power=nan,
            max_discharge_current=nan,
            min_discharge_voltage=nan,
            discharge_allowed=False,
            min_discharge_soc=100.0,
            missing=BMS_FIELDS,
        )


#: the values only the vehicle (BMS, VCU) can give (``FieldsEvData`` marks the absent ones ``missing``)
BMS_FIELDS = frozenset(
    {
        "soc",
        "present_voltage",
        "max_voltage",
        "max_current",
        "max_power",
        "min_voltage",
        "min_current",
        "target_voltage",
        "target_current",
        "target_energy_wh",
        "max_energy_wh",
        "charging_complete",
        # bidirectional (BMS limits, VCU permission and floor): missing means no discharge
        "max_discharge_power",
        "max_discharge_current",
        "min_discharge_voltage",
        "discharge_allowed",
        "min_discharge_soc",
    }
)


class EvDataSource(Protocol):
    def snapshot(self) -> EvData: ...


class StaticEvData:
    """A fixed set of values that tests (and the simulated vehicle) change with ``update``."""

    def __init__(self, data: EvData | None = None) -> None:
        self.data = data or EvData()

    def snapshot(self) -> EvData:
        return self.data

    def update(self, **changes: object) -> None:
        self.data = replace(self.data, **changes)  # type: ignore[arg-type]


class FieldsEvData:
    """An ``EvDataSource`` over a function returning available ``EvData`` fields by name.

    The vehicle side provides such a function (``ChargeLoopReader.si_fields(now)``: values in
    SI units, unavailable ones left out); unknown names are ignored, so neither side imports
    the other. Without ``defaults`` (production) absent BMS values stay unreported and are
    listed in ``missing``; with ``defaults`` (a bench that sets them on purpose) they keep
    those::

        ev = FieldsEvData(lambda: reader.si_fields(clock.now()))
    """

    _names = frozenset(EvData.__dataclass_fields__) - {"missing"}

    def __init__(
        self, fields: Callable[[], Mapping[str, float | bool]], defaults: EvData | None = None
    ) -> None:
        self.fields = fields
        self.defaults = defaults
        self._base = defaults or EvData.unreported()

    def snapshot(self) -> EvData:
        values = {k: v for k, v in self.fields().items() if k in self._names}
        missing = frozenset() if self.defaults is not None else BMS_FIELDS - values.keys()
        return replace(self._base, **values, missing=missing)  # type: ignore[arg-type]
