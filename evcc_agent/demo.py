"""``evcc-agent demo``: the chain on one machine, on embedded defaults, no root, no kernel CAN.

A thin composition: ``build_parts`` wires the reusable pieces (vehicle link, mapping, vehicle
simulator); ``run_parts`` runs them plus any extra tasks (the V2ICP client, the SECC side) and
a reporter that prints the mapped VDV 261 parameters once a second (``--json``: one object a
line). Exits 0 after ``--duration`` wall seconds.

Clocks: the vehicle side (CAN cycles, staleness) runs on wall time; the simulated battery and
the protocol timers run on ``--time-scale`` (so SoC visibly rises at ``--time-scale 60``).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import sys
import time
from collections.abc import Callable, Coroutine
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from evcc_agent.clock import MonotonicClock, ScaledClock
from evcc_agent.config import AgentConfig, ConfigError, load_config
from evcc_agent.dtc import DtcRegistry
from evcc_agent.v2icp.mapping import DirectiveApplier, VehicleParameterMapper
from evcc_agent.v2icp.params import PARAMETERS
from evcc_agent.vehicle.config import PROJECT_ROOT

log = logging.getLogger(__name__)

DEMO_CONFIG = PROJECT_ROOT / "config" / "agent.toml"
#: signals shown beside the parameters (the charge loop's view of the battery)
SHOWN_SIGNALS = ("BMS_SoC", "BMS_TargetVoltage", "BMS_TargetCurrent", "HVAC_AmbientTemp")

Emit = Callable[[dict[str, Any]], None]


@dataclass
class DemoParts:
    cfg: AgentConfig
    clock: ScaledClock  # protocol/simulation time (--time-scale)
    dtc: DtcRegistry
    link: Any  # evcc_agent.vehicle.link.VehicleLink
    mapper: VehicleParameterMapper
    directives: DirectiveApplier
    simulator: Any  # evcc_agent.sim.vehicle.VehicleSimulator
    sim_bus: Any  # the simulator's python-can bus (same channel as the agent's)
    extra_tasks: list[Callable[[DemoParts], Coroutine[Any, Any, None]]] = field(
        default_factory=list
    )

    def vehicle_parameters(self) -> dict[str, int]:
        """The mapped VDV 261 vehicle parameters now (SNA where a signal is not available)."""
        return self.mapper.parameters(self.link.now())


def build_parts(cfg: AgentConfig, time_scale: float = 1.0) -> DemoParts:
    import can

    from evcc_agent.sim.vehicle import VehicleSimulator
    from evcc_agent.vehicle.bus import bus_kwargs
    from evcc_agent.vehicle.link import VehicleLink

    dtc = DtcRegistry()
    link = VehicleLink.from_config(cfg.vehicle, dtc, MonotonicClock())
    mapper = VehicleParameterMapper(cfg.mapping, link.store, dtc)
    directives = DirectiveApplier(cfg.mapping, link.tx, dtc)
    clock = ScaledClock(time_scale)
    sim = VehicleSimulator(link.vdb, start=clock.now())
    sim_bus = can.Bus(**bus_kwargs(cfg.vehicle))
    return DemoParts(cfg, clock, dtc, link, mapper, directives, sim, sim_bus)


def _format_line(
    t: float, params: dict[str, int], signals: dict[str, float | None], dtcs: list[str]
) -> str:
    shown = []
    for name, value in params.items():
        decl = PARAMETERS[name]
        text = "SNA" if value == decl.sna else str(value)
        if decl.codes and value in decl.codes and value != decl.sna:
            text += f"({decl.codes[value]})"
        shown.append(f"{name}={text}")
    sig = " ".join(f"{n}={'n/a' if v is None else round(v, 2)}" for n, v in signals.items())
    active = f" | DTC {','.join(dtcs)}" if dtcs else ""
    return f"[{t:8.1f}s] {' '.join(shown)} | {sig}{active}"


async def _report(parts: DemoParts, emit: Emit, interval: float) -> None:
    while True:
        await asyncio.sleep(interval)
        now = parts.link.now()
        params = parts.mapper.parameters(now)
        signals = {n: parts.link.store.get(n, now) for n in SHOWN_SIGNALS if n in parts.link.store}
        emit(
            {
                "event": "vehicle_parameters",
                "sim_time": round(parts.clock.now(), 1),
                "parameters": params,
                "signals": signals,
                "dtcs": [s.spec.name for s in parts.dtc.active()],
            }
        )


async def _simulate(parts: DemoParts) -> None:
    def send(frame: Any) -> None:
        parts.sim_bus.send(frame)

    await parts.simulator.run(send, parts.clock, MonotonicClock())


async def _sim_listen(parts: DemoParts) -> None:
    """Feed the agent's frames back to the simulator (target SoC ends the charge)."""
    loop = asyncio.get_running_loop()
    while True:
        msg = await loop.run_in_executor(None, parts.sim_bus.recv, 0.2)
        if msg is not None:
            parts.simulator.on_frame(msg)


async def run_parts(parts: DemoParts, duration: float | None, emit: Emit) -> int:
    """Run everything until ``duration`` wall seconds have passed (or forever)."""
    tasks = [
        asyncio.create_task(parts.link.run(), name="vehicle-bus"),
        asyncio.create_task(_simulate(parts), name="vehicle-sim"),
        asyncio.create_task(_sim_listen(parts), name="vehicle-sim-rx"),
        asyncio.create_task(_report(parts, emit, 1.0), name="report"),
    ]
    tasks += [asyncio.create_task(fn(parts)) for fn in parts.extra_tasks]
    try:
        if duration is None:
            await asyncio.gather(*tasks)
        else:
            done, _ = await asyncio.wait(tasks, timeout=duration, return_when="FIRST_EXCEPTION")
            for t in done:
                if t.exception() is not None:
                    raise t.exception()  # type: ignore[misc]
    finally:
        parts.link.stop()
        for t in tasks:
            t.cancel()
        for t in tasks:
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await t
        parts.sim_bus.shutdown()
    return 0


def main(args: Any) -> int:
    """``evcc-agent demo`` (args: duration, time_scale, backend_url, backend_ca, json, config)."""
    logging.basicConfig(
        level=getattr(args, "log_level", None) or "WARNING",
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )
    path = Path(args.config) if getattr(args, "config", None) else DEMO_CONFIG
    try:
        cfg = load_config(path) if path.exists() else AgentConfig()
    except ConfigError as exc:
        print(str(exc), file=sys.stderr)
        return 1
    if getattr(args, "time_scale", 1.0) <= 0:
        print("--time-scale must be > 0", file=sys.stderr)
        return 2
    if not (cfg.vehicle.interface == "virtual" or cfg.vehicle.channel.startswith("vcan")):
        # the simulator would put a fake vehicle on a real bus
        print(
            f"demo: refusing to simulate a vehicle on {cfg.vehicle.interface}/"
            f"{cfg.vehicle.channel}; use the virtual interface or a vcan channel",
            file=sys.stderr,
        )
        return 2
    from evcc_agent.vehicle.dbc import DbcError

    try:
        parts = build_parts(cfg, args.time_scale)
    except DbcError as exc:
        print(f"DBC error: {exc}", file=sys.stderr)
        return 1
    t0 = time.monotonic()

    def emit(event: dict[str, Any]) -> None:
        if args.json:
            print(json.dumps(event), flush=True)
        else:
            print(
                _format_line(
                    time.monotonic() - t0, event["parameters"], event["signals"], event["dtcs"]
                ),
                flush=True,
            )

    with contextlib.suppress(KeyboardInterrupt):
        return asyncio.run(run_parts(parts, args.duration, emit))
    return 0
