"""Requests per second while the charger answers "not yet", per phase (-20 DC over TCP on [::1]).

The SECC simulator stays Ongoing for ``HOLD_S`` wall seconds in Authorization and CableCheck
(``ongoing_s``) and ramps its pre-charge voltage at 100 V/s (``pre_charge_ramp_v_per_s``), like
the EVerest run in the issue (3 s authorization, 4 s cable check, 100 V/s). Each phase's rate is
its request count over the time from its first to its last request. ``unpaced`` repeats the run
with ``ongoing_interval_s = 0`` (the behaviour before pacing). Goal: ≤ 1 / ongoing_interval_s
requests per second in every phase (10 with the default 0.1 s).
"""

from __future__ import annotations

import asyncio
import logging
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from evcc_agent.clock import MonotonicClock
from evcc_agent.iso15118.codec import ExiCodec
from evcc_agent.iso15118.config import Iso15118Config
from evcc_agent.iso15118.ev_data import EvData, StaticEvData
from evcc_agent.iso15118.evcc import Evcc
from evcc_agent.sim.secc import SeccServer, SeccSimConfig

HOLD_S = 3.0
PHASES = {
    "auth": "AuthorizationReq",
    "cablecheck": "DC_CableCheckReq",
    "precharge": "DC_PreChargeReq",
}


async def rates(interval: float, codec: ExiCodec) -> dict[str, float]:
    sim = SeccSimConfig(
        protocols=["urn:iso:std:iso:15118:-20:DC"],
        ongoing_s=HOLD_S,
        pre_charge_ramp_v_per_s=100.0,
    )
    clock = MonotonicClock()
    sent: dict[str, list[float]] = {name: [] for name in PHASES.values()}
    evcc: Evcc | None = None

    def observer(direction: str, name: str, msg: dict[str, Any], now: float) -> None:
        if direction == "tx" and name in sent:
            sent[name].append(clock.now())
        if direction == "rx" and name == "DC_ChargeLoopRes" and evcc is not None:
            evcc.request_stop("benchmark")

    async with SeccServer(sim, codec=codec) as server:
        cfg = Iso15118Config(
            secc_address=f"[::1]:{server.port}",
            tls="off",
            protocols=["iso20-dc"],
            ongoing_interval_s=interval,
        )
        ev = StaticEvData(EvData(present_voltage=300.0))  # 3 s of ramp at 100 V/s
        evcc = Evcc(cfg, ev, clock=clock, codec=codec, on_message=observer)
        result = await evcc.run()
    assert result.ok, result
    out = {}
    for key, name in PHASES.items():
        times = sent[name]
        span = times[-1] - times[0] if len(times) > 1 else 0.0
        out[key] = (len(times) - 1) / span if span > 0 else 0.0
    return out


async def main() -> None:
    logging.basicConfig(level=logging.ERROR)
    codec = ExiCodec()
    unpaced = await rates(0.0, codec)
    paced = await rates(Iso15118Config().ongoing_interval_s, codec)
    for key in PHASES:
        print(f"{key:11s} unpaced {unpaced[key]:9.0f} req/s   paced {paced[key]:6.1f} req/s")
    print(
        "ongoing_pacing: "
        + " ".join(f"{key}_rps={paced[key]:.1f}" for key in PHASES)
        + " "
        + " ".join(f"unpaced_{key}_rps={unpaced[key]:.0f}" for key in PHASES)
    )


if __name__ == "__main__":
    asyncio.run(main())
