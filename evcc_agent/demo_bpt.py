"""``evcc-agent demo --bpt``: a V2G night at the depot, on one machine (application layer).

The real EVCC selects ISO 15118-20 DC_BPT from the SECC simulator (TLS 1.3 on loopback). The
charger's schedule asks for discharge in the evening peak (arrival until ``peak_end``), then
charges at its maximum. The backend's directive (``target_soc`` by ``departure``) reaches the
session the way the agent passes it (``EvData.target_soc`` / ``departure_time_s``), so the
EV's discharge floor (``iso15118/session/bpt.py``) keeps enough SoC to be at the target by
departure. A battery model integrates what the charger's loop responses report; the battery
and the departure run ``--time-scale`` times faster than the wall clock (default
``DEFAULT_TIME_SCALE``), the schedule's durations are scaled to match. It prints the SoC curve
(one line per simulated half hour, ``--json``: ``bpt_soc`` events) and a summary; exits 0 when
the bus reached its target SoC by departure without going below its floor, else 1.

Not in this scenario: the V2ICP backend and the vehicle's CAN bus (``evcc-agent demo`` runs
those); the directive's values are the scenario's.
"""

from __future__ import annotations

import asyncio
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from evcc_agent.clock import ScaledClock
from evcc_agent.iso15118.config import DischargeConfig, Iso15118Config
from evcc_agent.iso15118.driver import V2gRecord
from evcc_agent.iso15118.ev_data import EvData
from evcc_agent.iso15118.evcc import Evcc
from evcc_agent.iso15118.messages import from_rational
from evcc_agent.json_events import dumps

DEFAULT_TIME_SCALE = 2400.0
HALF_HOUR_S = 1800.0


@dataclass(frozen=True)
class V2gNight:
    """A 12 m bus arriving at 17:00, wanted at 80 % at 05:30; times are seconds after 00:00."""

    capacity_kwh: float = 420.0
    start_soc: float = 75.0
    arrival_s: float = 17 * 3600.0
    peak_end_s: float = 21 * 3600.0
    departure_s: float = (24 + 5.5) * 3600.0
    target_soc: float = 80.0
    discharge_kw: float = 50.0  # what the charger asks for in the peak
    charge_kw: float = 25.0  # the charger's maximum afterwards (a night charger)
    vcu_min_soc: float = 20.0  # the VCU's floor (the first trip)
    operator_min_soc: float = 20.0


class Battery:
    """The simulated pack behind the session's ``EvDataSource``: SoC from the energy the
    charger's loop responses report (positive into the pack), on the scenario's clock."""

    def __init__(self, night: V2gNight, scale: float) -> None:
        self.night = night
        self.scale = scale
        self.soc = night.start_soc
        self.power_w = 0.0
        self.lowest = night.start_soc
        self._clock: ScaledClock | None = None  # from the schedule's arrival: the scenario's 17:00
        self._last: float | None = None

    def now_s(self) -> float:
        """Seconds after 00:00 on the scenario's clock."""
        if self._clock is None:
            return self.night.arrival_s
        return self.night.arrival_s + self._clock.now()

    def on_v2g(self, rec: V2gRecord) -> None:
        if rec.direction != "rx":
            return
        if rec.name == "ScheduleExchangeRes" and self._clock is None:
            self._clock = ScaledClock(self.scale)
        if rec.name != "DC_ChargeLoopRes":
            return
        body = rec.message[rec.name]
        amps = from_rational(body.get("EVSEPresentCurrent")) or 0.0
        volts = from_rational(body.get("EVSEPresentVoltage")) or 0.0
        now = self.now_s()
        if self._last is not None:
            wh = self.power_w * (now - self._last) / 3600.0
            self.soc = max(0.0, min(100.0, self.soc + wh / (self.night.capacity_kwh * 10.0)))
            self.lowest = min(self.lowest, self.soc)
        self._last, self.power_w = now, amps * volts

    def snapshot(self) -> EvData:
        n, volts = self.night, 560.0 + 1.6 * self.soc
        to_full = n.capacity_kwh * 1000.0 * (100.0 - self.soc) / 100.0
        to_target = n.capacity_kwh * 1000.0 * (n.target_soc - self.soc) / 100.0
        return EvData(
            soc=self.soc,
            target_soc=n.target_soc,
            present_voltage=volts,
            max_voltage=750.0,
            min_voltage=480.0,
            max_current=400.0,
            max_power=300_000.0,
            target_voltage=volts + 8.0,
            target_current=400.0,
            departure_time_s=max(0, int(n.departure_s - self.now_s())),
            target_energy_wh=max(0.0, to_target),
            max_energy_wh=to_full,
            battery_capacity_wh=n.capacity_kwh * 1000.0,
            charging_complete=self.soc >= n.target_soc,
            max_discharge_power=150_000.0,
            max_discharge_current=250.0,
            min_discharge_voltage=560.0,
            min_discharge_soc=n.vcu_min_soc,
        )


def clock_text(seconds: float) -> str:
    minutes = int(seconds // 60) % (24 * 60)
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def sim_config(night: V2gNight, scale: float) -> Any:
    """The SECC simulator: DC_BPT offered, the evening peak's discharge, then charging."""
    from evcc_agent.sim.secc import SeccSimConfig

    peak = max(1, round((night.peak_end_s - night.arrival_s) / scale))
    return SeccSimConfig(
        energy_services=[6, 2],
        offer_internet=False,
        evse_max_power=night.charge_kw * 1000.0,
        bpt_schedule=[(peak, -night.discharge_kw * 1000.0), (86_400, night.charge_kw * 1000.0)],
    )


async def run_night(
    night: V2gNight, scale: float, emit: Callable[[dict[str, Any], str], None]
) -> dict[str, Any]:
    """The scenario; ``emit(event, text)`` for each half hour's SoC and the summary."""
    from evcc_agent.iso15118 import tls
    from evcc_agent.sim.pki import generate
    from evcc_agent.sim.secc import SeccServer

    with tempfile.TemporaryDirectory(prefix="evcc-bpt-") as tmp:
        pki = generate(Path(tmp))
        ctx = tls.server_context(pki.secc_chain, pki.secc_key, [pki.oem_root])
        async with SeccServer(sim_config(night, scale), ssl_context=ctx, host="127.0.0.1") as srv:
            cfg = Iso15118Config(
                secc_address=f"127.0.0.1:{srv.port}",
                protocols=["iso20-dc"],
                tls_roots=[str(pki.v2g_root)],
                tls_cert=str(pki.oem_chain),
                tls_key=str(pki.oem_key),
                tls_group="default",
                evcc_id="001AB2C3D4E5",
                internet=False,
                # a fine loop: at x2400 a 0.1 s round is 4 minutes of the night
                charge_loop_interval_s=0.02,
                bpt=True,
                discharge=DischargeConfig(min_soc_pct=night.operator_min_soc),
            )
            battery = Battery(night, scale)
            evcc = Evcc(cfg, battery, on_v2g=battery.on_v2g)
            curve = asyncio.create_task(_curve(battery, emit))
            departure = asyncio.create_task(_depart(battery, evcc))
            result = await evcc.run()
            curve.cancel()
            departure.cancel()
    return _summary(night, battery, result.ok, result.reason)


async def _curve(battery: Battery, emit: Callable[[dict[str, Any], str], None]) -> None:
    """One SoC line per simulated half hour from the arrival."""
    step = HALF_HOUR_S
    mark = battery.night.arrival_s
    while True:
        now = battery.now_s()
        if now >= mark:
            kw = battery.power_w / 1000.0
            text = f"{clock_text(mark)}  SoC {battery.soc:5.1f} %  {kw:+7.1f} kW  " + _bar(
                battery.soc
            )
            emit({"event": "bpt_soc", "time": clock_text(mark), "soc": round(battery.soc, 2),
                  "power_kw": round(kw, 1)}, text)  # fmt: skip
            mark += step
        await asyncio.sleep(0.01)


def _bar(soc: float) -> str:
    return "#" * round(soc / 2)


async def _depart(battery: Battery, evcc: Evcc) -> None:
    """The bus leaves at its departure time (or once the target is reached and charging ends)."""
    while battery.now_s() < battery.night.departure_s:
        await asyncio.sleep(0.02)
    evcc.request_stop("departure")


def _summary(night: V2gNight, battery: Battery, ok: bool, reason: str) -> dict[str, Any]:
    floor = max(night.vcu_min_soc, night.operator_min_soc)
    reached = battery.soc >= night.target_soc - 0.5
    return {
        "event": "summary",
        "ok": bool(ok and reached and battery.lowest >= floor - 0.5),
        "session": reason,
        "soc": round(battery.soc, 2),
        "lowest_soc": round(battery.lowest, 2),
        "target_soc": night.target_soc,
        "ended_at": clock_text(battery.now_s()),
        "departure": clock_text(night.departure_s),
    }


def main(scale: float | None, as_json: bool) -> int:
    """``evcc-agent demo --bpt``: 0 when the target SoC was reached by departure."""
    scale = scale if scale and scale != 1.0 else DEFAULT_TIME_SCALE

    def emit(event: dict[str, Any], text: str) -> None:
        print(dumps(event) if as_json else text, flush=True)

    night = V2gNight()
    if not as_json:
        print(
            f"V2G night: arrival {clock_text(night.arrival_s)} at {night.start_soc:g} %, the "
            f"charger asks for {night.discharge_kw:g} kW until {clock_text(night.peak_end_s)}, "
            f"then charges at up to {night.charge_kw:g} kW; the backend wants "
            f"{night.target_soc:g} % at {clock_text(night.departure_s)} (x{scale:g})",
            flush=True,
        )
    summary = asyncio.run(run_night(night, scale, emit))
    text = (
        f"{'OK' if summary['ok'] else 'NOT OK'}: SoC {summary['soc']} % at "
        f"{summary['ended_at']} (target {summary['target_soc']:g} % by {summary['departure']}), "
        f"lowest {summary['lowest_soc']} %; session: {summary['session']}"
    )
    emit(summary, text)
    return 0 if summary["ok"] else 1
