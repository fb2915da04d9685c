"""Vehicle CAN simulator: BMS, VCU and HVAC frames of a bus charging at the depot.

The physics runs on an injected clock (a scaled clock in the demo, a fake one in tests); the
frames go out at their DBC cycle times on the scheduling clock given to ``frames_due``. SoC
rises with a power taper above 80 %, energy and time to full fall, the DC charge targets
follow the pack voltage, and charging stops at the agent's ``AGT_TargetSoC`` once that is
commanded. ``supply_kw`` couples the battery to a charger (the demo sets it from the SECC
simulator's delivered power; ``None``: the BMS gets what it asks for). The agent's
``AGT_PrecondRequest`` switches cabin preconditioning on and off. Messages can be silenced to
exercise staleness. This is the one vehicle simulator (demo, tests, HIL replay).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

import can
from cantools.database.can import Message

from evcc_agent.clock import Clock
from evcc_agent.vehicle.dbc import VehicleDatabase, pgn_key
from evcc_agent.vehicle.tx import not_available_raw


@dataclass
class ChargingScenario:
    """A 12 m battery bus at a 150 kW depot charger on a cold morning."""

    capacity_kwh: float = 420.0
    start_soc: float = 22.0
    charge_power_kw: float = 150.0
    taper_from_soc: float = 80.0
    min_power_kw: float = 15.0
    odometer_km: float = 182_345.625
    trip_km: float = 241.5
    ambient_c: float = -3.5
    cabin_c: float = 8.0
    battery_temp_c: float = 18.0
    soh_pct: float = 94.0
    battery_precond_time_min: float = 25.0
    battery_precond_energy_kwh: float = 6.5
    cabin_precond_time_min: float = 35.0
    cabin_precond_energy_kwh: float = 11.2
    max_voltage_v: float = 750.0
    min_voltage_v: float = 480.0
    max_current_a: float = 400.0
    min_current_a: float = 5.0
    max_power_kw: float = 300.0
    h2_tank: bool = False  # battery bus: H2 tank status not available
    cabin_target_c: float = 20.0
    cabin_warmup_c_per_min: float = 0.4
    hvac_power_kw: float = 18.0
    #: bidirectional: the BMS's discharge limits, the VCU's permission and floor
    max_discharge_power_kw: float = 150.0
    max_discharge_current_a: float = 250.0
    min_discharge_voltage_v: float = 560.0
    discharge_allowed: bool = True
    min_discharge_soc: float = 30.0


class VehicleSimulator:
    """Generates the vehicle's frames from a charging scenario."""

    def __init__(
        self,
        vdb: VehicleDatabase,
        scenario: ChargingScenario | None = None,
        *,
        start: float = 0.0,
        senders: Iterable[str] = ("BMS", "VCU", "HVAC"),
    ) -> None:
        self.vdb = vdb
        self.sc = scenario or ChargingScenario()
        wanted = set(senders)
        self.messages: list[Message] = [
            m for m in vdb.messages if any(s in wanted for s in m.senders)
        ]
        self.soc = self.sc.start_soc
        self.target_soc: float | None = None
        self.charging = True
        #: power the charger delivers (kW); ``None``: whatever the BMS asks for
        self.supply_kw: float | None = None
        self.cabin_c = self.sc.cabin_c
        self.preconditioning = False
        self.precond_mode = 3
        self.precond_energy_kwh = 0.0
        self._t = start
        self._next_due: dict[str, float] = {}
        self.silenced: set[str] = set()
        self._agent_target_soc_key: int | None = None
        if vdb.has_signal("AGT_TargetSoC"):
            self._agent_target_soc_key = pgn_key(vdb.signal_message["AGT_TargetSoC"].frame_id)
        self._agent_precond_key: int | None = None
        if vdb.has_signal("AGT_PrecondDesired"):
            self._agent_precond_key = pgn_key(vdb.signal_message["AGT_PrecondDesired"].frame_id)

    # --- physics ----------------------------------------------------------------------
    def delivered_kw(self) -> float:
        """What goes into the pack: the BMS's request, bounded by the charger's supply; a
        negative supply (bidirectional) is what the charger takes out of the pack."""
        wanted = self.power_kw()
        if self.supply_kw is not None and self.supply_kw < 0:
            return self.supply_kw
        return wanted if self.supply_kw is None else max(0.0, min(wanted, self.supply_kw))

    def power_kw(self) -> float:
        """What the BMS asks for (taper above ``taper_from_soc``)."""
        if not self.charging:
            return 0.0
        sc = self.sc
        if self.soc < sc.taper_from_soc:
            return sc.charge_power_kw
        share = (100.0 - self.soc) / (100.0 - sc.taper_from_soc)
        return max(sc.min_power_kw, sc.charge_power_kw * share)

    def step(self, now: float) -> None:
        """Advance the battery to simulated time ``now``."""
        dt = max(0.0, now - self._t)
        self._t = now
        while dt > 0:  # integrate in steps of at most 10 s, so the taper is followed
            h = min(dt, 10.0)
            dt -= h
            soc = self.soc + self.delivered_kw() * h / 3600.0 / self.sc.capacity_kwh * 100
            self.soc = max(0.0, min(100.0, soc))
            if self.preconditioning and self.cabin_c < self.sc.cabin_target_c:
                self.cabin_c = min(
                    self.sc.cabin_target_c, self.cabin_c + self.sc.cabin_warmup_c_per_min * h / 60
                )
                self.precond_energy_kwh += self.sc.hvac_power_kw * h / 3600.0
            limit = self.target_soc if self.target_soc is not None else 100.0
            if self.soc >= limit:
                self.charging = False

    def energy_to_full_kwh(self) -> float:
        return self.sc.capacity_kwh * (100.0 - self.soc) / 100.0

    def time_to_full_min(self) -> float:
        sc, soc, minutes = self.sc, self.soc, 0.0
        if soc < sc.taper_from_soc:
            minutes += (sc.taper_from_soc - soc) / 100 * sc.capacity_kwh / sc.charge_power_kw * 60
            soc = sc.taper_from_soc
        if soc < 100:  # taper: mean power of the linear taper, bounded below
            mean_kw = max(
                sc.min_power_kw, sc.charge_power_kw * (100 - soc) / (100 - sc.taper_from_soc) / 2
            )
            minutes += (100 - soc) / 100 * sc.capacity_kwh / mean_kw * 60
        return minutes

    def pack_voltage(self) -> float:
        return 560.0 + 1.6 * self.soc

    def values(self) -> dict[str, float | None]:
        """Every simulated signal's physical value (``None`` = not available)."""
        sc = self.sc
        volts = self.pack_voltage()
        power = self.power_kw()
        amps = power * 1000.0 / volts if power else 0.0
        delivered = self.delivered_kw()
        if self.preconditioning:
            remaining = (sc.cabin_target_c - self.cabin_c) / sc.cabin_warmup_c_per_min
            cabin_time = max(0.0, remaining)
            cabin_energy = sc.hvac_power_kw * cabin_time / 60.0
        else:
            cabin_time, cabin_energy = sc.cabin_precond_time_min, sc.cabin_precond_energy_kwh
        return {
            "BMS_SoC": self.soc,
            "BMS_PackVoltage": volts,
            "BMS_PackCurrent": delivered * 1000.0 / volts,
            "BMS_CellTempMax": sc.battery_temp_c + 2.5,
            "BMS_CellTempMin": sc.battery_temp_c - 1.5,
            "BMS_BatteryTemp": sc.battery_temp_c,
            "BMS_BatteryStatus": 0,
            "BMS_ContactorState": 1,
            "BMS_BalancingActive": 0,
            "BMS_EnergyToFull": self.energy_to_full_kwh(),
            "BMS_EnergyAvailable": sc.capacity_kwh * self.soc / 100.0,
            "BMS_SoH": sc.soh_pct,
            "BMS_TimeToFull": self.time_to_full_min(),
            "BMS_PrecondTime": sc.battery_precond_time_min,
            "BMS_PrecondEnergy": sc.battery_precond_energy_kwh,
            "BMS_PrecondActive": 0,
            "BMS_MaxChargeVoltage": sc.max_voltage_v,
            "BMS_MaxChargeCurrent": sc.max_current_a,
            "BMS_MaxChargePower": sc.max_power_kw,
            "BMS_MinChargeCurrent": sc.min_current_a,
            "BMS_TargetVoltage": min(sc.max_voltage_v, volts + 8.0),
            "BMS_TargetCurrent": min(sc.max_current_a, amps),
            "BMS_MinChargeVoltage": sc.min_voltage_v,
            "BMS_ChargeRequest": 1 if self.charging else 0,
            "VCU_TripDistance": sc.trip_km,
            "VCU_TotalDistance": sc.odometer_km,
            "VCU_TotalDistanceHR": sc.odometer_km,
            "VCU_TripDistanceHR": sc.trip_km,
            # VDV 463 has no "discharging": energy flowing either way is Charging
            "VCU_ChargingStatus": 1 if self.charging and abs(delivered) > 0.5 else 0,
            "VCU_H2TankStatus": 0 if sc.h2_tank else None,
            "VCU_ParkBrake": 1,
            "VCU_DischargeAllowed": 1 if sc.discharge_allowed else 0,
            "VCU_MinDischargeSoC": sc.min_discharge_soc,
            "BMS_MaxDischargePower": sc.max_discharge_power_kw,
            "BMS_MaxDischargeCurrent": sc.max_discharge_current_a,
            "BMS_MinDischargeVoltage": sc.min_discharge_voltage_v,
            "HVAC_BarometricPressure": 98.5,
            "HVAC_CabinTemp": self.cabin_c,
            "HVAC_AmbientTemp": sc.ambient_c,
            "HVAC_PrecondRequest": 1 if self.preconditioning else 0,
            "HVAC_PrecondMode": self.precond_mode,
            "HVAC_PrecondActive": 1 if self.preconditioning and cabin_time > 0 else 0,
            "HVAC_PrecondTime": cabin_time,
            "HVAC_PrecondEnergy": cabin_energy,
        }

    # --- frames -----------------------------------------------------------------------
    def encode(self, message: Message, values: dict[str, float | None]) -> can.Message:
        raw: dict[str, int] = {}
        for sig in message.signals:
            v = values.get(sig.name)
            if v is None or not math.isfinite(v):
                raw[sig.name] = not_available_raw(sig)
            else:
                r = round((v - float(sig.offset)) / float(sig.scale))
                raw[sig.name] = max(0, min(r, (1 << sig.length) - 2))
        data = message.encode(raw, scaling=False, strict=False)
        return can.Message(
            arbitration_id=message.frame_id,
            is_extended_id=message.is_extended_frame,
            data=bytes(data),
        )

    def frames_due(self, now: float) -> list[can.Message]:
        """Frames whose DBC cycle has come at ``now`` (scheduling clock)."""
        due = []
        values: dict[str, float | None] | None = None
        for m in self.messages:
            nxt = self._next_due.get(m.name, now)
            if now < nxt:
                continue
            period = (m.cycle_time or 1000) / 1000.0
            self._next_due[m.name] = nxt + period if nxt + period > now else now + period
            if m.name in self.silenced:
                continue
            if values is None:
                values = self.values()
            due.append(self.encode(m, values))
        return due

    def all_frames(self) -> list[can.Message]:
        values = self.values()
        return [self.encode(m, values) for m in self.messages if m.name not in self.silenced]

    def on_frame(self, msg: can.Message) -> None:
        """React to the agent's commands: target SoC ends the charge there; preconditioning."""
        if not msg.is_extended_id:
            return
        key = pgn_key(msg.arbitration_id)
        if key == self._agent_precond_key:
            self._on_precond_request(msg)
        if key != self._agent_target_soc_key:
            return
        message = self.vdb.signal_message["AGT_TargetSoC"]
        raw: Any = message.decode(bytes(msg.data), decode_choices=False, scaling=False)
        value = raw.get("AGT_TargetSoC")
        sig = message.get_signal_by_name("AGT_TargetSoC")
        if isinstance(value, int) and value != not_available_raw(sig):
            self.target_soc = float(value) * float(sig.scale) + float(sig.offset)
            if self.soc < self.target_soc:
                self.charging = True

    def _on_precond_request(self, msg: can.Message) -> None:
        message = self.vdb.signal_message["AGT_PrecondDesired"]
        raw: Any = message.decode(bytes(msg.data), decode_choices=False, scaling=False)
        desired = raw.get("AGT_PrecondDesired")
        if desired in (0, 1):
            self.preconditioning = desired == 1
        mode = raw.get("AGT_PrecondHvacMode")
        if isinstance(mode, int) and 0 <= mode <= 3:
            self.precond_mode = mode

    async def run(
        self,
        send: Callable[[can.Message], Any],
        physics_clock: Clock,
        schedule_clock: Clock | None = None,
        tick: float = 0.02,
    ) -> None:
        """Send frames until cancelled; physics on ``physics_clock``, cycles on the other."""
        sched = schedule_clock or physics_clock
        while True:
            self.step(physics_clock.now())
            for frame in self.frames_due(sched.now()):
                send(frame)
            await sched.sleep(tick)
