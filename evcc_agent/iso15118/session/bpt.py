"""Bidirectional power transfer (-20 DC_BPT 6, AC_BPT 5): what the EV allows, sans-IO.

The EV decides whether and how far it may be discharged; these are its rules (docs/iso15118.md,
"Bidirectional power transfer"). Nothing here reads a clock or imports another layer: the
session passes the EV's snapshot, the configuration and the charger's values in.

Sign convention (the one statement of it): limits are magnitudes (``EVMaximumDischargePower``
20 kW means the EV may give 20 kW); flows and targets are signed, positive into the vehicle
(charging), negative out of it (discharging): ``EVTargetCurrent``, ``EVSEPresentCurrent``,
``EVSETargetActivePower``, ``EVPresentActivePower``, schedule and power-profile ``Power``.
``EVMinimumV2XEnergyRequest`` is negative by the energy the EV may give before its floor.

Rules:

1. **Service.** With ``bpt = true`` the EV selects the BPT service of its energy (DC 6, AC 5)
   when the charger offers it, else the plain one (logged).
2. **Parameter set.** Among the BPT sets: the configured control mode first; a set with
   ``GeneratorMode`` 2 (grid forming) is never chosen (the EV follows the grid); then
   ``BPTChannel`` 1 (unified) before 2 (separated); for AC, ``GridCodeIslandingDetectionMethod``
   1 (active) before 2 (passive). A parameter left out takes its default (``DEFAULTS``):
   unified, grid following, islanding detection not stated. No acceptable set → the plain
   service, if offered.
3. **Floor.** The EV discharges only above ``discharge_floor``: the highest of the operator's
   ``min_soc_pct`` (configuration), the VCU's minimum SoC for discharge, and the departure
   bound (``departure_floor_soc``: the SoC from which the charger's maximum power still reaches
   the backend's target SoC by departure; in scheduled mode the energy the charger's schedule
   lets in before the departure, so a discharge window that blocks charging counts), plus
   ``departure_reserve_pct`` when a departure is known.
4. **Allowed.** Discharge needs the VCU's "discharge allowed", fresh BMS discharge limits (a
   stale one: no discharge, as the interlock treats charging values) and the pack voltage
   above the BMS's minimum discharge voltage. Otherwise the EV's discharge limits are 0 and
   its targets go to zero discharge; at the floor it charges or stops (``at_floor``).
5. **Cap.** A charger that asks for more discharge than the EV allows gets what the EV allows
   (``cap_flow``); the session logs it, rate-limited.
"""

from __future__ import annotations

import logging
import math
from dataclasses import dataclass
from typing import Any

from evcc_agent.iso15118.config import DischargeConfig
from evcc_agent.iso15118.ev_data import EvData
from evcc_agent.iso15118.messages import from_rational, rational
from evcc_agent.ratelog import RateLimitedLog

#: energy → (plain service id, BPT service id)
SERVICE_IDS = {"dc": (2, 6), "ac": (1, 5)}
#: ServiceDetail parameters of the BPT services and the value taken when a charger leaves one out
DEFAULTS: dict[str, int | None] = {
    "BPTChannel": 1,  # unified
    "GeneratorMode": 1,  # grid following
    "GridCodeIslandingDetectionMethod": None,  # not stated (AC only)
}
GRID_FORMING = 2
#: preference among the allowed values (lower index first); values not listed come last
PREFERENCE: dict[str, tuple[int, ...]] = {
    "BPTChannel": (1, 2),
    "GridCodeIslandingDetectionMethod": (1, 2),
}
#: the vehicle values discharge needs fresh (missing ones: no discharge)
DISCHARGE_FIELDS = ("max_discharge_power", "max_discharge_current", "min_discharge_voltage")


@dataclass(frozen=True)
class BptChoice:
    parameter_set_id: int
    control_mode: int | None
    parameters: dict[str, int | None]


def choose_parameter_set(
    sets: list[dict[str, Any]], control_mode: int, params_of: Any
) -> BptChoice | None:
    """The BPT parameter set by rule 2; None when none is acceptable."""
    candidates: list[tuple[tuple[int, ...], BptChoice]] = []
    for pset in sets:
        values = params_of(pset)
        chosen = {k: _int_or(values.get(k), d) for k, d in DEFAULTS.items()}
        if chosen["GeneratorMode"] == GRID_FORMING:
            continue
        mode = _int_or(values.get("ControlMode"), None)
        rank = (0 if mode == control_mode else 1, *(_rank(k, chosen[k]) for k in PREFERENCE))
        choice = BptChoice(int(pset["ParameterSetID"]), mode, chosen)
        candidates.append((rank, choice))
    if not candidates:
        return None
    return min(candidates, key=lambda c: c[0])[1]


def _int_or(value: Any, default: int | None) -> int | None:
    return int(value) if isinstance(value, int) and not isinstance(value, bool) else default


def _rank(name: str, value: int | None) -> int:
    order = PREFERENCE[name]
    return order.index(value) if value in order else len(order)


# ---------------------------------------------------------------------- rule 3: the floor
def departure_floor_soc(
    target_soc: float,
    seconds_to_departure: float | None,
    charge_power_w: float | None,
    capacity_wh: float | None,
    regain_wh: float | None = None,
) -> float:
    """The lowest SoC (%) from which ``charge_power_w`` still reaches ``target_soc`` by the
    departure: ``target - P·t / capacity``, within 0..100 (``regain_wh``, when given, replaces
    ``P·t``: the energy the charger's schedule lets in before the departure). No departure
    known: 0 (no bound); power or capacity unknown: the target itself (the EV cannot show it
    would get back)."""
    if seconds_to_departure is None:
        return 0.0
    if regain_wh is None and _positive(charge_power_w):
        assert charge_power_w is not None
        regain_wh = charge_power_w * max(0.0, seconds_to_departure) / 3600.0
    if regain_wh is None or not _positive(capacity_wh):
        return max(0.0, min(100.0, target_soc))
    assert capacity_wh is not None
    return max(0.0, min(100.0, target_soc - max(0.0, regain_wh) / capacity_wh * 100.0))


def discharge_floor(
    ev: EvData, cfg: DischargeConfig, charge_power_w: float | None, regain_wh: float | None = None
) -> float:
    """Rule 3: the highest of the operator's, the VCU's and the departure floor (%)."""
    departure = departure_floor_soc(
        ev.target_soc, ev.departure_time_s, charge_power_w, ev.battery_capacity_wh, regain_wh
    )
    if ev.departure_time_s is not None:
        departure = min(100.0, departure + cfg.departure_reserve_pct)
    vcu = ev.min_discharge_soc if math.isfinite(ev.min_discharge_soc) else 100.0
    return max(cfg.min_soc_pct, vcu, departure)


@dataclass(frozen=True)
class Verdict:
    """May the EV discharge now; ``why`` not; the floor used."""

    allowed: bool
    why: str
    floor_soc: float

    @property
    def at_floor(self) -> bool:
        return self.why.startswith("SoC")


def verdict(
    ev: EvData, cfg: DischargeConfig, charge_power_w: float | None, regain_wh: float | None = None
) -> Verdict:
    """Rules 3 and 4 for this snapshot (``ev.missing`` as the BMS reported it)."""
    floor = discharge_floor(ev, cfg, charge_power_w, regain_wh)
    stale = [f for f in DISCHARGE_FIELDS if f in ev.missing]
    why = ""
    if stale:
        why = f"discharge limits {', '.join(stale)} not available"
    elif not ev.discharge_allowed or "discharge_allowed" in ev.missing:
        why = "the VCU does not allow discharge"
    elif not math.isfinite(ev.soc) or ev.soc <= floor:
        why = f"SoC {ev.soc:.1f} % at or below the discharge floor {floor:.1f} %"
    elif not ev.present_voltage > ev.min_discharge_voltage:
        why = (
            f"pack voltage {ev.present_voltage:g} V at or below the minimum discharge "
            f"voltage {ev.min_discharge_voltage:g} V"
        )
    return Verdict(not why, why, floor)


# ---------------------------------------------------------------------- limits and caps
@dataclass(frozen=True)
class DischargeLimits:
    """What the EV declares (magnitudes, 0 = no discharge)."""

    max_power_w: float
    max_current_a: float

    @classmethod
    def of(cls, ev: EvData, allowed: bool) -> DischargeLimits:
        if not allowed:
            return cls(0.0, 0.0)
        return cls(max(0.0, ev.max_discharge_power), max(0.0, ev.max_discharge_current))


def cap_flow(asked: float, charge_max: float, discharge_max: float) -> float:
    """A signed flow (W or A, + into the vehicle) within ``-discharge_max .. charge_max``."""
    return max(-max(0.0, discharge_max), min(asked, max(0.0, charge_max)))


def v2x_energy(ev: EvData, floor_soc: float, allowed: bool) -> tuple[float, float]:
    """(EVMinimumV2XEnergyRequest, EVMaximumV2XEnergyRequest) in Wh: the minimum is negative
    by what the EV may give above its floor (0 when it may not discharge, positive when it is
    below the floor and needs that much), the maximum is the energy to full."""
    cap = ev.battery_capacity_wh
    if cap is None or not math.isfinite(cap) or not math.isfinite(ev.soc):
        return 0.0, max(0.0, ev.max_energy_wh)
    to_floor = cap * (floor_soc - ev.soc) / 100.0
    minimum = to_floor if allowed else max(0.0, to_floor)
    return minimum, max(0.0, ev.max_energy_wh)


def _positive(value: float | None) -> bool:
    return value is not None and math.isfinite(value) and value > 0


# ---------------------------------------------------------------------- the charger's schedule
@dataclass(frozen=True)
class Schedule:
    """The chosen schedule tuple: (start offset s, duration s, power W) entries of the
    ChargingSchedule (a negative power: the charger asks for discharge at that power) and of
    the optional DischargingSchedule (magnitudes: the discharge the charger accepts)."""

    charging: tuple[tuple[float, float, float], ...]
    discharging: tuple[tuple[float, float, float], ...] = ()

    def power_at(self, elapsed_s: float) -> float | None:
        """The charging schedule's signed power ``elapsed_s`` after its arrival (the last
        entry after its end); None without entries."""
        return _entry_at(self.charging, elapsed_s)

    def charge_energy_wh(self, elapsed_s: float, seconds: float, cap_w: float) -> float:
        """The energy (Wh) the charging schedule lets in over the next ``seconds`` at up to
        ``cap_w`` (discharge entries count 0; the last entry goes on after its end)."""
        end, energy = elapsed_s + max(0.0, seconds), 0.0
        for i, (start, duration, power) in enumerate(self.charging):
            last = i == len(self.charging) - 1
            stop = end if last else min(end, start + duration)
            overlap = stop - max(start, elapsed_s)
            if overlap > 0:
                energy += max(0.0, min(power, cap_w)) * overlap / 3600.0
        return energy

    def discharge_limit_at(self, elapsed_s: float) -> float | None:
        value = _entry_at(self.discharging, elapsed_s)
        return None if value is None else abs(value)


def _entry_at(entries: tuple[tuple[float, float, float], ...], elapsed_s: float) -> float | None:
    for start, duration, power in entries:
        if elapsed_s < start + duration:
            return power
    return entries[-1][2] if entries else None


def parse_schedule(chosen: dict[str, Any], decode: Any = from_rational) -> Schedule:
    """A ScheduleTuple dict → ``Schedule`` (KeyError/TypeError on a malformed one)."""

    def entries(sched: dict[str, Any]) -> tuple[tuple[float, float, float], ...]:
        items = sched["PowerSchedule"]["PowerScheduleEntries"]["PowerScheduleEntry"]
        out, start = [], 0.0
        for item in items if isinstance(items, list) else [items]:
            power = decode(item["Power"])
            if power is None:
                raise TypeError("PowerScheduleEntry without a valid Power")
            out.append((start, float(item["Duration"]), power))
            start += float(item["Duration"])
        return tuple(out)

    discharging = chosen.get("DischargingSchedule")
    return Schedule(
        entries(chosen["ChargingSchedule"]),
        entries(discharging) if isinstance(discharging, dict) else (),
    )


def profile(
    schedule: Schedule, charge_max_w: float, limits: DischargeLimits
) -> list[tuple[int, float]]:
    """The EV's power profile (duration s, signed W): each schedule entry within the EV's
    charge maximum and discharge limits and the discharging schedule."""
    out: list[tuple[int, float]] = []
    for start, duration, power in schedule.charging:
        accepted = schedule.discharge_limit_at(start)
        discharge = min(limits.max_power_w, accepted if accepted is not None else math.inf)
        out.append((max(1, int(duration)), cap_flow(power, charge_max_w, discharge)))
    return out


# ---------------------------------------------------------------------- per session
class Bidirectional:
    """One session's BPT state: the charger's schedule, the last verdict, the signed target.

    The -20 session calls it where a BPT message differs from the plain one; it builds the
    extra fields (numbers as RationalNumbers), applies rules 3-5 and logs (rate-limited where a
    charger controls the rate)."""

    def __init__(self, cfg: DischargeConfig, logger: logging.Logger) -> None:
        self.cfg = cfg
        self.log = logger
        self.limited = RateLimitedLog(logger)
        self.schedule: Schedule | None = None
        self.schedule_at = 0.0
        self.last: Verdict | None = None
        #: the signed flow the EV applies now (DC: A, AC: W), for the vehicle side and tests
        self.target: float = 0.0

    # --- rules 3 and 4, logged on change
    def judge(self, ev: EvData, evse: dict[str, float], now: float) -> Verdict:
        power = [p for p in (ev.max_power, evse.get("EVSEMaximumChargePower")) if p is not None]
        finite = [p for p in power if math.isfinite(p)]
        charge_w = min(finite) if finite else None
        regain = None  # with a schedule: what it lets in before the departure
        if self.schedule is not None and charge_w is not None and ev.departure_time_s is not None:
            regain = self.schedule.charge_energy_wh(
                now - self.schedule_at, ev.departure_time_s, charge_w
            )
        result = verdict(ev, self.cfg, charge_w, regain)
        if self.last is None or result.allowed != self.last.allowed:
            if result.allowed:
                self.log.info("-20: discharge allowed above %.1f %% SoC", result.floor_soc)
            else:
                self.log.info("-20: no discharge: %s", result.why)
        self.last = result
        return result

    def limits(self, ev: EvData, evse: dict[str, float], now: float) -> DischargeLimits:
        return DischargeLimits.of(ev, self.judge(ev, evse, now).allowed)

    # --- ChargeParameterDiscovery and ScheduleExchange
    def cpd_fields(self, ev: EvData, energy: str, evse: dict[str, float], now: float) -> dict:
        """The discharge limits of the BPT ChargeParameterDiscoveryReq (0 when the EV may not)."""
        out = self.loop_fields(ev, energy, evse, now)
        if energy == "dc":
            out["EVMinimumDischargeCurrent"] = rational(0)
        return out

    def v2x_fields(self, ev: EvData, evse: dict[str, float], now: float) -> dict:
        v = self.judge(ev, evse, now)
        low, high = v2x_energy(ev, v.floor_soc, v.allowed)
        return {
            "EVMaximumV2XEnergyRequest": rational(round(high)),
            "EVMinimumV2XEnergyRequest": rational(round(low)),
        }

    def take_schedule(self, chosen: dict[str, Any], now: float) -> None:
        self.schedule = parse_schedule(chosen)
        self.schedule_at = now

    def schedule_power(self, now: float) -> float | None:
        return None if self.schedule is None else self.schedule.power_at(now - self.schedule_at)

    # --- the charge loop
    def loop_fields(self, ev: EvData, energy: str, evse: dict[str, float], now: float) -> dict:
        """The discharge limits of a BPT charge-loop request (0 when the EV may not)."""
        lim = self.limits(ev, evse, now)
        out = {
            "EVMaximumDischargePower": rational(lim.max_power_w),
            "EVMinimumDischargePower": rational(0),
        }
        if energy == "dc":
            out["EVMaximumDischargeCurrent"] = rational(lim.max_current_a)
        return out

    def dc_target_current(
        self, ev: EvData, charge_a: float, volts: float, evse: dict[str, float], now: float
    ) -> float:
        """Scheduled DC: the signed target current. A discharge entry gives a negative
        current within the EV's, the EVSE's and the discharging schedule's limits (rule 5);
        a charge entry keeps ``charge_a`` (already clamped by the interlock)."""
        asked_w = self.schedule_power(now)
        if asked_w is None or asked_w >= 0 or not volts > 0:
            self.target = charge_a
            return charge_a
        lim = self.limits(ev, evse, now)
        accepted = (
            self.schedule.discharge_limit_at(now - self.schedule_at) if self.schedule else None
        )
        caps_w = [lim.max_power_w, evse.get("EVSEMaximumDischargePower"), accepted]
        caps_a = [lim.max_current_a, evse.get("EVSEMaximumDischargeCurrent")]
        allowed_a = min(
            min(c for c in caps_w if c is not None) / volts, *(c for c in caps_a if c is not None)
        )
        current = cap_flow(asked_w / volts, charge_a, allowed_a)
        if lim.max_power_w > 0 and -asked_w / volts > allowed_a + 1e-6:
            self.limited.warning(
                "bpt_cap",
                now,
                "-20: the charger's schedule asks for %.0f W discharge; the EV gives %.0f W "
                "(its limits)",
                -asked_w,
                -current * volts,
            )
        self.target = current
        return current

    def after_loop(self, body: dict[str, Any], energy: str, ev: EvData, now: float) -> str | None:
        """After a BPT charge-loop response: check (and for AC cap) the charger's discharge;
        a reason to stop when the EV reached its floor and ``at_floor`` is "stop"."""
        lim = DischargeLimits.of(ev, self.last.allowed if self.last else False)
        flow = self._charger_flow(body, energy, ev, lim, now)
        wants = flow < 0 or (self.schedule_power(now) or 0.0) < 0
        if (
            wants
            and self.last is not None
            and not self.last.allowed
            and self.cfg.at_floor == "stop"
        ):
            return f"discharge ends: {self.last.why}"
        return None

    def _charger_flow(
        self, body: dict[str, Any], energy: str, ev: EvData, lim: DischargeLimits, now: float
    ) -> float:
        if energy == "ac":
            mode = body.get("BPT_Dynamic_AC_CLResControlMode") or {}
            asked = from_rational(mode.get("EVSETargetActivePower")) if mode else None
            if asked is None:
                return 0.0
            self.target = cap_flow(asked, ev.max_power, lim.max_power_w)
            if self.target != asked:
                self.limited.warning(
                    "bpt_cap",
                    now,
                    "-20: the charger asks for %.0f W; the EV takes %.0f W (its limits)",
                    asked,
                    self.target,
                )
            return asked
        amps = from_rational(body.get("EVSEPresentCurrent"))
        if amps is None:
            return 0.0
        if amps < -(lim.max_current_a + 1.0):
            self.limited.warning(
                "bpt_beyond",
                now,
                "-20: the charger discharges %.1f A, beyond the EV's %.1f A",
                -amps,
                lim.max_current_a,
            )
        return amps
