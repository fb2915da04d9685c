"""The BMS interlock: what the EV may tell a charger, decided from the BMS's own values (sans-IO).

Rules (docs/iso15118.md, "BMS interlock"; tolerances in ``SafetyConfig``):

1. **Gate.** ChargeParameterDiscovery is sent only when the BMS limits (``GATE_FIELDS``) are
   fresh. Missing: wait, re-checking every ``GATE_POLL_S``, up to ``bms_wait_s`` (well inside
   the SECC's 60 s sequence timeout); still missing → orderly stop, DTC ``BMS_DATA_MISSING``.
2. **Hold.** Every request is built from ``view(ev)``: a value the BMS has stopped reporting is
   replaced by the last one it did report, never a default; with any DC target or limit
   missing the target current is 0 A at once.
3. **Stale stop.** Charging values (``LOOP_FIELDS``; AC: the gate's and the charge request)
   missing for longer than
   ``stale_grace_s`` → orderly stop (PowerDelivery Stop → WeldingDetection → SessionStop),
   DTC ``BMS_DATA_STALE``. A BMS charge request of 0 (``charging_complete``) stops as well.
4. **Plausibility.** PreCharge completes only within ``pre_charge_tolerance_v`` of the pack
   voltage the BMS reports. In the loop, an EVSE voltage above the EV maximum, or a current
   above what was asked (bidirectional: a discharge beyond the one asked), beyond tolerance for ``plausibility_debounce_s`` → stop, DTC
   ``EVSE_IMPLAUSIBLE``.
5. **Clamp.** Requested current, voltage and power never exceed the EV's limits, the EVSE's
   limits or the charger's schedule (``clamp_dc``, ``profile_power``).

The interlock never reads a clock: callers pass ``now``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from typing import Literal

from evcc_agent.iso15118.config import SafetyConfig
from evcc_agent.iso15118.ev_data import EvData

#: BMS values the gate requires before ChargeParameterDiscovery
GATE_FIELDS = ("max_voltage", "max_current", "max_power", "present_voltage", "soc")
#: BMS values the DC charge loop needs fresh (a missing one: 0 A, then a stop after the grace)
LOOP_FIELDS = (*GATE_FIELDS, "target_voltage", "target_current", "charging_complete")
#: how often the gate re-checks while it waits
GATE_POLL_S = 0.1
#: substitute for a missing value the BMS never reported (numbers the protocol needs but no
#: BMS value backs: no lower bound, no energy claim)
_NEUTRAL: dict[str, float | bool] = {
    "min_voltage": 0.0,
    "min_current": 0.0,
    "target_energy_wh": 0.0,
    "max_energy_wh": 0.0,
    "charging_complete": False,
    # never reported: no discharge (``bpt.py`` also refuses on ``missing``)
    "max_discharge_power": 0.0,
    "max_discharge_current": 0.0,
    "discharge_allowed": False,
    "min_discharge_soc": 100.0,
}


@dataclass(frozen=True)
class GateVerdict:
    action: Literal["proceed", "wait", "stop"]
    missing: tuple[str, ...] = ()


@dataclass(frozen=True)
class Trip:
    """Stop charging: ``dtc`` with ``detail``."""

    dtc: str
    detail: str


class Interlock:
    """Per-session interlock state: the last values the BMS reported and since when not."""

    def __init__(self, config: SafetyConfig | None = None) -> None:
        self.cfg = config or SafetyConfig()
        #: last fresh value of every BMS field seen this session
        self.held: dict[str, float | bool] = {}
        self.stale_since: float | None = None
        self._implausible_since: float | None = None
        self._asked_current: list[float] = []

    # ------------------------------------------------------------------ rule 2
    def view(self, ev: EvData) -> EvData:
        """``ev`` with missing values held (or neutral) and 0 A when a DC target is missing."""
        for name in type(ev).__dataclass_fields__:
            if name != "missing" and name not in ev.missing and _is_value(getattr(ev, name)):
                self.held[name] = getattr(ev, name)
        if not ev.missing:
            return ev
        fill: dict[str, float | bool] = {}
        for name in ev.missing:
            if name in self.held:
                fill[name] = self.held[name]
            elif name in _NEUTRAL:
                fill[name] = _NEUTRAL[name]
        if "target_voltage" in ev.missing and "target_voltage" not in self.held:
            fill["target_voltage"] = self.held.get("present_voltage", math.nan)
        if any(f in ev.missing for f in LOOP_FIELDS if f != "charging_complete"):
            fill["target_current"] = 0.0
        return replace(ev, **fill)  # type: ignore[arg-type]

    # ------------------------------------------------------------------ rule 1
    def gate(self, ev: EvData, waited_s: float) -> GateVerdict:
        missing = tuple(f for f in GATE_FIELDS if f in ev.missing)
        if not missing:
            return GateVerdict("proceed")
        if waited_s < self.cfg.bms_wait_s:
            return GateVerdict("wait", missing)
        return GateVerdict("stop", missing)

    # ------------------------------------------------------------------ rules 3 and 4
    def check_loop(
        self,
        ev: EvData,
        now: float,
        evse_voltage: float | None,
        evse_current: float | None,
        dc: bool,
    ) -> Trip | None:
        """After each charge-loop response: stale BMS data or an implausible EVSE → a trip."""
        needed = LOOP_FIELDS if dc else (*GATE_FIELDS, "charging_complete")
        missing = [f for f in needed if f in ev.missing]
        if not missing:
            self.stale_since = None
        else:
            if self.stale_since is None:
                self.stale_since = now
            if now - self.stale_since >= self.cfg.stale_grace_s:
                return Trip(
                    "BMS_DATA_STALE",
                    f"BMS values {', '.join(sorted(missing))} stale for "
                    f"{now - self.stale_since:.1f} s",
                )
        return self._plausible(self.view(ev), now, evse_voltage, evse_current) if dc else None

    def asked(self, current: float) -> None:
        """Record the target current just requested (the plausibility reference)."""
        self._asked_current = [*self._asked_current[-1:], current]

    def _plausible(
        self, ev: EvData, now: float, volts: float | None, amps: float | None
    ) -> Trip | None:
        why = None
        max_v = ev.max_voltage
        if volts is not None and math.isfinite(max_v):
            limit = max_v + max(
                self.cfg.overvoltage_tolerance_v, max_v * self.cfg.overvoltage_tolerance_pct / 100
            )
            if volts > limit:
                why = f"EVSE present voltage {volts:g} V above the EV maximum {max_v:g} V"
        if amps is not None and self._asked_current:
            asked = max(self._asked_current)
            limit = asked + max(
                self.cfg.overcurrent_tolerance_a, asked * self.cfg.overcurrent_tolerance_pct / 100
            )
            if amps > limit:
                why = f"EVSE present current {amps:g} A above the requested {asked:g} A"
            least = min(self._asked_current)  # bidirectional: a discharge asked for
            if least < 0 and amps < least - max(
                self.cfg.overcurrent_tolerance_a, -least * self.cfg.overcurrent_tolerance_pct / 100
            ):
                why = f"EVSE present current {amps:g} A beyond the requested discharge {least:g} A"
        if why is None:
            self._implausible_since = None
            return None
        if self._implausible_since is None:
            self._implausible_since = now
        if now - self._implausible_since >= self.cfg.plausibility_debounce_s:
            return Trip("EVSE_IMPLAUSIBLE", why)
        return None

    def pre_charged(self, evse_voltage: float | None, ev: EvData) -> bool:
        """PreCharge is done: the EVSE matches the pack voltage the BMS reports (rule 4)."""
        if evse_voltage is None or "present_voltage" in ev.missing:
            return False
        pack = ev.present_voltage
        return math.isfinite(pack) and abs(evse_voltage - pack) <= self.cfg.pre_charge_tolerance_v

    # ------------------------------------------------------------------ rule 5
    @staticmethod
    def clamp_dc(
        ev: EvData,
        evse_max_current: float | None,
        evse_max_voltage: float | None,
        power_cap_w: float | None,
    ) -> tuple[float, float]:
        """(target current, target voltage) within the EV's and the EVSE's limits and, for the
        current, the power allowed (EV, EVSE, schedule) at the target voltage."""
        voltage = min(_finite(ev.target_voltage, ev.max_voltage, evse_max_voltage))
        current = min(_finite(ev.target_current, ev.max_current, evse_max_current))
        power = min(_finite(ev.max_power, power_cap_w))
        if math.isnan(current) or math.isnan(voltage):
            return current, voltage  # unreported: stays unencodable, never a plausible number
        if voltage > 0 and math.isfinite(power):
            current = min(current, power / voltage)
        return max(0.0, current), voltage

    @staticmethod
    def profile_power(ev: EvData, evse_max_power: float | None, schedule_w: float | None) -> float:
        """PowerDelivery's profile power: the least of the EV, EVSE and schedule maxima."""
        return max(0.0, min(_finite(ev.max_power, evse_max_power, schedule_w)))


def _is_value(value: object) -> bool:
    return isinstance(value, bool) or (isinstance(value, int | float) and math.isfinite(value))


def _finite(first: float, *others: float | None) -> list[float]:
    """``first`` (NaN kept: a missing value must not be clamped into a plausible one) and the
    known finite ``others``."""
    return [first, *(o for o in others if o is not None and math.isfinite(o))]
