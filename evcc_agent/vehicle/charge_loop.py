"""The EV's DC charge-loop values for the ISO 15118 side, read from the ``SignalStore``.

This is the one link between ``iso15118/`` and ``vehicle/``: the session asks for a snapshot
each loop iteration and gets limits, targets and SoC, each ``None`` when not available or
stale (the session's BMS interlock then decides: wait, hold the last value at 0 A, or stop). The signal names
are configuration (``[vehicle.charge_loop]``) with defaults for our ``dbc/bms.dbc``.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Protocol

from pydantic import BaseModel, ConfigDict


class DischargeSignals(BaseModel):
    """Bidirectional (ISO 15118-20 BPT): the BMS's discharge limits and the VCU's permission
    and floor (``""``: not on this vehicle's CAN, which then is never discharged)."""

    model_config = ConfigDict(extra="forbid")

    max_discharge_power: str = "BMS_MaxDischargePower"  # kW
    max_discharge_current: str = "BMS_MaxDischargeCurrent"  # A
    min_discharge_voltage: str = "BMS_MinDischargeVoltage"  # V
    discharge_allowed: str = "VCU_DischargeAllowed"  # 0 no, 1 yes
    min_discharge_soc: str = "VCU_MinDischargeSoC"  # %


class ChargeLoopSignals(DischargeSignals):
    """Which DBC signal carries each charge-loop value (``""``: not on this vehicle's CAN);
    the discharge signals are ``DischargeSignals``'."""

    soc: str = "BMS_SoC"  # %
    max_voltage: str = "BMS_MaxChargeVoltage"  # V
    max_current: str = "BMS_MaxChargeCurrent"  # A
    max_power: str = "BMS_MaxChargePower"  # kW
    min_voltage: str = "BMS_MinChargeVoltage"  # V
    min_current: str = "BMS_MinChargeCurrent"  # A
    target_voltage: str = "BMS_TargetVoltage"  # V
    target_current: str = "BMS_TargetCurrent"  # A
    present_voltage: str = "BMS_PackVoltage"  # V
    charge_request: str = "BMS_ChargeRequest"  # 0 stop, 1 charge
    energy_to_full: str = "BMS_EnergyToFull"  # kWh
    energy_available: str = "BMS_EnergyAvailable"  # kWh
    time_to_full: str = "BMS_TimeToFull"  # min


@dataclass(frozen=True)
class ChargeLoopValues:
    """One snapshot; units as in ``ChargeLoopSignals``; ``None`` = not available."""

    soc: float | None
    max_voltage: float | None
    max_current: float | None
    max_power: float | None
    min_voltage: float | None
    min_current: float | None
    target_voltage: float | None
    target_current: float | None
    present_voltage: float | None
    charge_request: float | None
    energy_to_full: float | None
    energy_available: float | None
    time_to_full: float | None
    max_discharge_power: float | None
    max_discharge_current: float | None
    min_discharge_voltage: float | None
    discharge_allowed: float | None
    min_discharge_soc: float | None

    @property
    def complete(self) -> bool:
        """All limits and targets the DC loop needs are available."""
        return None not in (
            self.soc,
            self.max_voltage,
            self.max_current,
            self.max_power,
            self.target_voltage,
            self.target_current,
        )

    @property
    def wants_charge(self) -> bool:
        return self.charge_request == 1


class _Source(Protocol):
    def get(self, name: str, now: float) -> float | None: ...

    def __contains__(self, name: object) -> bool: ...


class ChargeLoopReader:
    """``read(now)`` -> ``ChargeLoopValues`` from the store, names from configuration."""

    def __init__(self, store: _Source, signals: ChargeLoopSignals | None = None) -> None:
        self.store = store
        names = signals or ChargeLoopSignals()
        self._names = {f.name: getattr(names, f.name) for f in fields(ChargeLoopValues)}

    def missing_signals(self) -> list[str]:
        """Configured names the store does not know (a configuration error)."""
        return [n for n in self._names.values() if n and n not in self.store]

    def read(self, now: float) -> ChargeLoopValues:
        values = {
            key: (self.store.get(name, now) if name and name in self.store else None)
            for key, name in self._names.items()
        }
        return ChargeLoopValues(**values)

    def si_fields(self, now: float) -> dict[str, float | bool]:
        """The available values in SI units (V, A, W, Wh, s, %), named like the ISO 15118
        side's ``EvData`` fields (its adapter is ``FieldsEvData``).

        Values that are not available (stale, never received, not on this vehicle's CAN) are
        left out: the ISO 15118 side marks them missing and never replaces them by a default.
        """
        v = self.read(now)
        out: dict[str, float | bool] = {}
        for key in (
            "soc",
            "present_voltage",
            "max_voltage",
            "min_voltage",
            "max_current",
            "min_current",
            "target_voltage",
            "target_current",
            "max_discharge_current",
            "min_discharge_voltage",
            "min_discharge_soc",
        ):
            value = getattr(v, key)
            if value is not None:
                out[key] = value
        if v.max_power is not None:
            out["max_power"] = v.max_power * 1000.0
        if v.energy_to_full is not None:
            out["target_energy_wh"] = v.energy_to_full * 1000.0
            out["max_energy_wh"] = v.energy_to_full * 1000.0
            if v.energy_available is not None:
                out["battery_capacity_wh"] = (v.energy_to_full + v.energy_available) * 1000.0
        if v.charge_request is not None:
            out["charging_complete"] = v.charge_request == 0
        if v.max_discharge_power is not None:
            out["max_discharge_power"] = v.max_discharge_power * 1000.0
        if v.discharge_allowed is not None:
            out["discharge_allowed"] = v.discharge_allowed == 1
        return out
