"""V2ICP soak: the client against the sim backend for 24 simulated hours with random faults.

Real HTTPS on loopback, a ``ScaledClock`` (default 600 simulated seconds per second, so about
2.5 minutes of wall time), a random vehicle, random per-request faults (delay, hang, dropped
connection, TCP reset, 500, wrong seq/VIN, garbage JSON, 10 MB body), backend outages (server
stopped and restarted) and charging sessions ending and starting.

Lost changes are counted two ways: at every acknowledgement the set the client believes the
backend holds must be a set of values the vehicle really had at one moment and must equal what
the backend holds; at the end (faults off, vehicle quiet) the backend must hold the vehicle's
final values. Last line:
``v2icp_soak: sim_hours=… messages=… failed_attempts=… reconnects=… lost_changes=… rss_growth_mib=…``
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import logging
import random
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from evcc_agent.clock import ScaledClock
from evcc_agent.dtc import DtcRegistry
from evcc_agent.events import InternetDown, InternetUp
from evcc_agent.sim.backend import Fault, FaultKind, SimBackend, default_scenario
from evcc_agent.sim.backend_pki import BackendCa
from evcc_agent.v2icp.client import V2icpClient
from evcc_agent.v2icp.config import V2icpConfig
from evcc_agent.v2icp.params import VEHICLE_PARAMETERS

VIN = "WVWZZZ1JZXW000001"
PASSWORD = "Soak_Pass-261"
FAULTS = [
    Fault(FaultKind.DELAY, seconds=0.005),
    Fault(FaultKind.DELAY, seconds=0.2),  # longer than the scaled 15 s answer timeout
    Fault(FaultKind.HANG),
    Fault(FaultKind.DROP),
    Fault(FaultKind.TLS_RESET),
    Fault(FaultKind.STATUS_500),
    Fault(FaultKind.WRONG_SEQ),
    Fault(FaultKind.WRONG_VIN),
    Fault(FaultKind.GARBAGE_JSON),
    Fault(FaultKind.HUGE_BODY),
]


def rss_mib() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024.0
    return 0.0


class RandomVehicle:
    """Valid random walks of every vehicle parameter; remembers every state it was in."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.values = {
            "odo": 100_000,
            "chrg_stat": 1,
            "h2_stat": 2,
            "bat_stat": 0,
            "bat_reqtime": 120,
            "bat_eamount": 300,
            "bprec_eamount": 60,
            "prec_reqtime": 0,
            "prec_eamount": 0,
        }
        self.states: set[tuple[int, ...]] = {self.snapshot()}

    def snapshot(self) -> tuple[int, ...]:
        return tuple(self.values[n] for n in VEHICLE_PARAMETERS)

    def step(self) -> dict[str, int]:
        rng, v = self.rng, self.values
        changes: dict[str, int] = {}
        for name in rng.sample(list(VEHICLE_PARAMETERS), rng.randint(0, 3)):
            if name in ("chrg_stat",):
                new = rng.randint(0, 3)
            elif name in ("h2_stat", "bat_stat"):
                new = rng.randint(0, 2)
            elif name == "odo":
                new = v["odo"] + rng.randint(0, 3)
            else:
                new = max(0, min(65_534, v[name] + rng.randint(-5, 5)))
            if new != v[name]:
                changes[name] = new
        v.update(changes)
        self.states.add(self.snapshot())
        return changes


async def soak(args: argparse.Namespace) -> int:
    rng = random.Random(args.seed)
    clock = ScaledClock(args.time_scale)
    dtcs = DtcRegistry()
    vehicle = RandomVehicle(rng)
    lost = 0
    injected = outages = sessions = 0
    with tempfile.TemporaryDirectory(prefix="v2icp-soak-") as tmp:
        ca = BackendCa.create(Path(tmp) / "pki")
        cert, key = ca.issue_server()
        backend = SimBackend(default_scenario(VIN, PASSWORD))
        url = await backend.start(cert, key)
        port = int(url.rsplit(":", 1)[1])
        pw = Path(tmp) / "pw"
        pw.write_text(PASSWORD)
        pw.chmod(0o600)
        cfg = V2icpConfig(url=url, vin=VIN, root_ca=ca.cert_file, password_file=pw)

        def on_ack(seq: int, known: dict[str, int]) -> None:
            nonlocal lost
            state = tuple(known.get(n, -1) for n in VEHICLE_PARAMETERS)
            held = backend.vehicles[VIN].known
            if state not in vehicle.states or held != known:
                lost += 1
                print(f"LOST at seq {seq}: client view {known} backend {held}", file=sys.stderr)

        client = V2icpClient(cfg, clock, dtcs, on_ack=on_ack, environ={})
        client.parameters_changed(vehicle.values)
        run = asyncio.create_task(client.run())
        client.internet(InternetUp("https", 443, "soak"))
        end = args.sim_hours * 3600.0
        stop = asyncio.Event()

        async def changes() -> None:
            while not stop.is_set():
                await clock.sleep(rng.uniform(2.0, 15.0))
                if not stop.is_set():
                    client.parameters_changed(vehicle.step())

        async def faults() -> None:
            nonlocal injected
            while clock.now() < end:
                await clock.sleep(rng.expovariate(1 / args.fault_every_s))
                if backend.faults:  # the last fault has not met a request yet (back-off)
                    continue
                backend.inject(rng.choice(FAULTS), count=rng.choice((1, 1, 1, 2, 3)))
                injected += 1
                if rng.random() < 0.5:
                    backend.release_hangs()

        async def outages_and_sessions() -> None:
            nonlocal outages, sessions
            while clock.now() < end - 3600:
                await clock.sleep(rng.uniform(1.5, 3.0) * 3600)
                if rng.random() < 0.5:
                    outages += 1
                    await backend.stop()
                    await clock.sleep(rng.uniform(60, 2400))
                    await backend.start(cert, key, port=port)
                else:
                    sessions += 1
                    client.internet(InternetDown("session_stop"))
                    await clock.sleep(rng.uniform(60, 1200))
                    client.internet(InternetUp("https", 443, "soak"))

        wall0 = time.monotonic()
        await clock.sleep(3600.0)  # warm-up hour before the memory baseline
        gc.collect()
        rss0 = rss_mib()
        snap0 = tracemalloc.take_snapshot() if args.trace_malloc else None
        workers = [asyncio.create_task(c()) for c in (changes, faults, outages_and_sessions)]
        await clock.sleep(end / 2 - clock.now())
        gc.collect()
        rss_half = rss_mib()
        await clock.sleep(end - clock.now())
        # quiesce: no more faults or changes, backend up, session up
        stop.set()
        for w in workers:
            w.cancel()
        await asyncio.gather(*workers, return_exceptions=True)
        backend.faults.clear()
        backend.release_hangs()
        if backend._server is None:
            await backend.start(cert, key, port=port)
        client.internet(InternetUp("https", 443, "soak"))
        session = client.session
        assert session is not None
        target = session.counters["acknowledged"] + 2
        async with asyncio.timeout(120):
            await client.wait_for(lambda c: session.counters["acknowledged"] >= target)
        final_lost = sum(
            1 for n, v in vehicle.values.items() if backend.vehicles[VIN].known.get(n) != v
        )
        lost += final_lost
        gc.collect()
        rss_end = rss_mib()
        rss_growth = rss_end - rss0
        if snap0 is not None:
            top = tracemalloc.take_snapshot().compare_to(snap0, "lineno")[:8]
            for stat in top:
                print(stat, file=sys.stderr)
        wall = time.monotonic() - wall0
        run.cancel()
        await asyncio.gather(run, return_exceptions=True)
        await backend.stop()
    c = session.counters
    print(
        f"details: wall_s={wall:.1f} acknowledged={c['acknowledged']} attempts={c['attempts']} "
        f"faults_injected={injected} outages={outages} session_restarts={sessions} "
        f"backend_requests={backend.stats['requests']} dtcs_seen={sorted(dtcs.states)} "
        f"rss_first_half_mib=+{rss_half - rss0:.1f} rss_second_half_mib=+{rss_end - rss_half:.1f}"
    )
    print(
        f"v2icp_soak: sim_hours={args.sim_hours:g} messages={c['messages']} "
        f"failed_attempts={c['failed_attempts']} reconnects={c['reconnects']} lost_changes={lost} "
        f"rss_growth_mib={rss_growth:.1f}"
    )
    return 1 if lost else 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sim-hours", type=float, default=24.0)
    ap.add_argument("--time-scale", type=float, default=600.0)
    ap.add_argument("--fault-every-s", type=float, default=120.0, help="mean sim s between faults")
    ap.add_argument("--seed", type=int, default=261)
    ap.add_argument("--trace-malloc", action="store_true", help="print the top allocation growth")
    args = ap.parse_args()
    if args.trace_malloc:
        tracemalloc.start(5)
    logging.basicConfig(level=getattr(logging, __import__("os").environ.get("SOAK_LOG", "ERROR")))
    return asyncio.run(soak(args))


if __name__ == "__main__":
    raise SystemExit(main())
