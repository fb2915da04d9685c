"""One agent J1939 node on a python-can ``udp_multicast`` bus, as its own process.

``python tests/j1939_udp_node.py GROUP ADDRESS IDENTITY AAC`` prints one JSON line per change
of the node (phase, address) and per DTC raised, and stops when its standard input closes.
Used by test_vehicle_j1939_udp.py, which runs two of these in one network namespace.
"""

from __future__ import annotations

import asyncio
import json
import sys
import threading
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from evcc_agent.clock import MonotonicClock
from evcc_agent.dtc import DtcRegistry
from evcc_agent.vehicle.config import VehicleConfig
from evcc_agent.vehicle.link import VehicleLink


def say(**event: object) -> None:
    print(json.dumps(event), flush=True)


async def main(group: str, address: int, identity: int, aac: bool) -> None:
    cfg = VehicleConfig.model_validate(
        {
            "interface": "udp_multicast",
            "channel": group,
            "tx_mode": "clock",
            "j1939": {
                "address": address,
                "name": {"identity_number": identity, "arbitrary_address_capable": aac},
            },
        }
    )
    dtc = DtcRegistry()
    dtc.listeners.append(lambda st: say(dtc=st.spec.name, active=st.active, detail=st.detail))
    link = VehicleLink.from_config(cfg, dtc, MonotonicClock())
    assert link.node is not None
    core = link.node.core
    stdin_closed = threading.Event()
    threading.Thread(target=lambda: (sys.stdin.read(), stdin_closed.set()), daemon=True).start()
    task = asyncio.create_task(link.run())
    last = None
    while not stdin_closed.is_set():
        now = (core.phase.value, core.address)
        if now != last:
            say(phase=now[0], address=now[1])
            last = now
        await asyncio.sleep(0.01)
    link.stop()
    task.cancel()
    await asyncio.gather(task, return_exceptions=True)


if __name__ == "__main__":
    g, a, i, c = sys.argv[1:5]
    asyncio.run(main(g, int(a, 0), int(i), c == "1"))
