"""SLAC match time: CM_SLAC_PARM.REQ -> CM_SET_KEY.CNF against the simulated EVSE on a veth pair.

The EV driver runs here, the simulator in a network namespace made for the run. Most of a
match is the standard's own waiting (the PARM.CNF window, 13 frames TP_EV_batch_msg_interval
apart); ``timer_ms`` is that part, the rest is frames, scapy and the EVSE's answers.

    sudo python benchmarks/slac.py [--rounds N]
Last line: ``slac: match_ms=… timer_ms=…`` (medians over the rounds).
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from evcc_agent.iso15118.config import SlacConfig
from evcc_agent.iso15118.slac import run_slac
from evcc_agent.sim.evse_slac import simulator_process
from evcc_agent.sim.netns import netns_unavailable_reason, veth_netns


async def bench(rounds: int) -> tuple[list[float], list[float]]:
    match_ms: list[float] = []
    timer_ms: list[float] = []
    with veth_netns("slacb") as link:
        sim_args = ("--evse", "02:00:00:00:0a:01=20", "--set-key-result", "1")
        async with simulator_process(link.peer_if, *sim_args, netns=link.netns):
            await run_slac(SlacConfig(), link.host_if)  # warm-up: scapy import, link up
            for i in range(rounds):
                r = await run_slac(SlacConfig(), link.host_if)
                match_ms.append(r.duration_s * 1000)
                timer_ms.append(r.timer_wait_s * 1000)
                print(
                    f"round {i + 1}: match {match_ms[-1]:.1f} ms, in timers {timer_ms[-1]:.1f} ms"
                    f" ({timer_ms[-1] / match_ms[-1]:.0%}), attempts {r.attempts}"
                )
    return match_ms, timer_ms


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--rounds", type=int, default=5)
    args = p.parse_args()
    reason = netns_unavailable_reason()
    if reason:
        print(f"slac benchmark: {reason}", file=sys.stderr)
        return 2
    match_ms, timer_ms = asyncio.run(bench(args.rounds))
    m, t = statistics.median(match_ms), statistics.median(timer_ms)
    print(f"median over {args.rounds}: total {m:.1f} ms, protocol timers {t:.1f} ms ({t / m:.0%})")
    print(f"slac: match_ms={m:.1f} timer_ms={t:.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
