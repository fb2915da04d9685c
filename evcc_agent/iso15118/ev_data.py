"""What the ISO 15118 session needs to know about the vehicle, behind a small interface.

The session reads one ``EvData`` snapshot whenever it builds a request (charge parameters,
schedule exchange, every charge-loop round). Production adapts the CAN ``SignalStore`` (BMS
signals) to ``EvDataSource``; tests and the ``charge`` command use ``StaticEvData``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
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
    SI units, unavailable ones left out); missing fields keep ``defaults``, unknown names are
    ignored, so neither side imports the other::

        ev = FieldsEvData(lambda: reader.si_fields(clock.now()), defaults=EvData(...))
    """

    _names = frozenset(EvData.__dataclass_fields__)

    def __init__(
        self, fields: Callable[[], Mapping[str, float | bool]], defaults: EvData | None = None
    ) -> None:
        self.fields = fields
        self.defaults = defaults or EvData()

    def snapshot(self) -> EvData:
        values = {k: v for k, v in self.fields().items() if k in self._names}
        return replace(self.defaults, **values)  # type: ignore[arg-type]
