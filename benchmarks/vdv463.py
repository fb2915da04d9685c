"""The reference CMS's VDV 463 endpoint under a depot-sized plan.

A real client over wss on loopback (TLS, HTTP Basic, ``v1.463.vdv.de``) boots and then sends
``--rounds`` ProvideChargingRequests of ``--requests`` charging requests each (a depot's whole
plan every time, as the specification wants), waiting for each confirmation. In-process, the
same frame is parsed and validated, and the CMS's ProvideChargingInformation is built and
encoded for a point with a charging bus.

Reported (last line): request -> confirmation round trip (median, 99th percentile, ms), frame
size (kB), parse + validation µs per frame, report build + encode µs.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import tempfile
import time
import timeit
import uuid
from base64 import b64encode
from datetime import UTC, datetime, timedelta
from pathlib import Path

if __package__ in (None, ""):  # run as a script from a checkout without `pip install -e`
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from evcc_agent.sim.backend_pki import BackendCa
from evcc_agent.sim.vdv463.bridge import ChargerReading, DepotBridge
from evcc_agent.sim.vdv463.messages import (
    SUBPROTOCOL,
    Frame,
    ProvideChargingRequestsReq,
    parse_frame,
)
from evcc_agent.sim.vdv463.server import CmsServer
from evcc_agent.sim.vdv463.session import CmsConfig

VIN = "WVWZZZ1JZXW000001"


def plan_frame(n: int) -> str:
    now = datetime.now(UTC)
    reqs = [
        {
            "vehicleId": f"WVWZZZ1JZXW{i:06d}",
            "chargingRequestId": f"block-{i}",
            "priority": i % 5,
            "chargingInstruction": "Normal",
            "chargingRequestData": {
                "minTargetSoc": 50,
                "maxTargetSoc": 90,
                "requestedTimeForDeparture": (now + timedelta(minutes=30 + i)).isoformat(),
            },
            "automaticPreconditioning": {
                "preconditioningRequest": "HotWaterAndHeating",
                "ambientTemperature": -3,
            },
        }
        for i in range(n)
    ]
    stamp = now.isoformat()
    return json.dumps(
        [
            1,
            "bms",
            "BMS",
            stamp,
            str(uuid.uuid4()),
            "ProvideChargingRequests",
            {"chargingRequestList": reqs},
        ]
    )


async def round_trips(rounds: int, n: int) -> tuple[list[float], int]:
    import ssl

    from websockets.asyncio.client import connect

    tmp = Path(tempfile.mkdtemp(prefix="vdv463-bench-"))
    ca = BackendCa.create(tmp)
    bridge = DepotBridge(wall=lambda: datetime.now(UTC))
    server = CmsServer(
        CmsConfig(information_interval_s=3600, ping_interval_s=3600),
        bridge,
        users={"depot": "pw"},
        vehicles=dict,
    )
    url = await server.start(*ca.issue_server("cms", vdv463=True))
    ctx = ssl.create_default_context(cafile=str(ca.cert_file))
    auth = {"Authorization": "Basic " + b64encode(b"depot:pw").decode()}
    times: list[float] = []
    size = 0
    try:
        async with connect(
            url,
            ssl=ctx,
            subprotocols=[SUBPROTOCOL],
            additional_headers=auth,
            max_size=None,  # type: ignore[list-item]
        ) as ws:
            stamp = datetime.now(UTC).isoformat()
            await ws.send(
                json.dumps([1, "bms", "BMS", stamp, str(uuid.uuid4()), "BootNotification", {}])
            )
            await ws.recv()
            report = json.loads(await ws.recv())
            await ws.send(json.dumps([2, "bms", "BMS", stamp, report[4], report[5], {}]))
            for _ in range(rounds):
                text = plan_frame(n)
                size = len(text)
                t0 = time.perf_counter()
                await ws.send(text)
                answer = json.loads(await ws.recv())
                times.append((time.perf_counter() - t0) * 1000)
                assert answer[0] == 2, answer
    finally:
        await server.stop()
    assert len(bridge.requests) == n
    return times, size


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--rounds", type=int, default=100)
    ap.add_argument("--requests", type=int, default=200, help="charging requests per plan")
    args = ap.parse_args()
    times, size = asyncio.run(round_trips(args.rounds, args.requests))
    p99 = statistics.quantiles(times, n=100)[98] if len(times) >= 2 else times[0]
    print(f"plan of {args.requests} requests ({size / 1000:.1f} kB), {args.rounds} round trips")

    text = plan_frame(args.requests)

    def parse_validate() -> ProvideChargingRequestsReq:
        frame = parse_frame(text)
        assert isinstance(frame, Frame)
        return ProvideChargingRequestsReq.model_validate(frame.payload)

    k = 50
    parse_us = timeit.timeit(parse_validate, number=k) / k * 1e6
    bridge = DepotBridge(wall=lambda: datetime.now(UTC))
    bridge.charging_requests("BMS", tuple(parse_validate().charging_request_list))
    vehicles = {
        VIN: (
            {"odo": 1, "chrg_stat": 1, "bat_stat": 0, "h2_stat": 2, "bat_reqtime": 90},
            "00-1A-B2-C3-D4-E5",
        )
    }
    charger = ChargerReading("S1", "001AB2C3D4E5", 650.0, 200.0)

    def build() -> None:
        json.dumps(bridge.report(vehicles, charger).wire())

    build_us = timeit.timeit(build, number=200) / 200 * 1e6
    print(
        f"vdv463: rtt_ms_p50={statistics.median(times):.2f} rtt_ms_p99={p99:.2f} "
        f"frame_kb={size / 1000:.1f} parse_validate_us={parse_us:.0f} report_build_us={build_us:.0f}"
    )


if __name__ == "__main__":
    main()
