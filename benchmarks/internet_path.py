"""V2ICP through the charger's Internet service, measured in network namespaces (needs root).

The bus/charger/depot/cellular namespaces of ``evcc_agent.sim.depot_lab``: the agent gets its
address by SLAAC from the charger's RA, its DNS server from the RA's RDNSS, and posts to the
depot's backend by name. Printed:

* ``slaac_ms``: from the charger's router being up to the EV's SLAAC address being usable;
* ``inet_up_to_200_ms``: from ``InternetUp`` (ISO 15118) to the first V2ICP 200 OK (the path
  wait, DNS through the charger, TCP + TLS to the backend, the first POST);
* ``path_wait_ms``: the part of it until the path was usable and V2ICP started;
* ``cellular_packets``: frames that reached the cellular namespace other than its own link's
  neighbour discovery / MLD (``cellular_link_control``); must be 0; ``cellular_resets``: the
  kernel's TCP resets among them (kept off it by the source rule, docs/v2icp.md);
* ``backend_messages``, ``dns_queries``: what the depot saw, all from the EV's address.

Last line: ``internet_path: inet_up_to_200_ms=… cellular_packets=0 …``.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from evcc_agent.sim.depot_lab import EventStream, depot_lab
from evcc_agent.sim.netns import netns_unavailable_reason

PLUG_IN_AFTER_S = 4.0


async def one_run(messages: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory(prefix="internet-path-") as tmp:
        async with depot_lab(Path(tmp)) as lab:
            t_support = time.monotonic()
            while not [
                a for a in lab.ev_addresses() if a.get("dynamic") and not a.get("tentative")
            ]:
                await asyncio.sleep(0.01)
            slaac_ms = (time.monotonic() - t_support) * 1000.0
            # a warm agent (libraries loaded, RDNSS listener up), as on the bus before plug-in
            ev = EventStream(await lab.start_ev(lab.ev_config(), plug_in_after_s=PLUG_IN_AFTER_S))
            up = await ev.wait(lambda e: e.get("event") == "internet_up")
            first = await ev.wait(
                lambda e: e.get("event") == "v2icp_answer" and e.get("status") == 200
            )
            for _ in range(messages - 1):
                await ev.wait(lambda e: e.get("event") == "v2icp_answer" and e.get("status") == 200)
            final = await lab.finish("ev")
            depot = await lab.finish("depot")
            cell = await lab.finish("cellular")
        peers = set(depot["peers"])
        return {
            "slaac_ms": slaac_ms,
            "inet_up_to_200_ms": (first["t"] - up["t"]) * 1000.0,
            "path_wait_ms": (final.get("path_wait_s") or 0.0) * 1000.0,
            "cellular_packets": float(cell["leaks"]),
            "cellular_resets": float(cell["orphan_resets"]),
            "cellular_link_control": float(cell["link_control"]),
            "backend_messages": float(len(depot["history"])),
            "dns_queries": float(len(depot["dns_queries"])),
            "peers": float(len(peers)),
        }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--messages", type=int, default=5, help="V2ICP 200 OKs per run")
    args = ap.parse_args()
    why = netns_unavailable_reason()
    if why is not None:
        print(f"internet_path: skipped ({why})")
        return 0
    results = [asyncio.run(one_run(args.messages)) for _ in range(args.runs)]
    for i, r in enumerate(results, 1):
        print(
            f"run {i}: slaac {r['slaac_ms']:.0f} ms, InternetUp->200 {r['inet_up_to_200_ms']:.1f} ms "
            f"(path wait {r['path_wait_ms']:.1f} ms), backend {r['backend_messages']:.0f} msgs "
            f"from {r['peers']:.0f} address(es), DNS {r['dns_queries']:.0f}, cellular "
            f"{r['cellular_packets']:.0f} (+{r['cellular_link_control']:.0f} link ND/MLD)"
        )

    def med(key: str) -> float:
        return statistics.median(r[key] for r in results)

    print(
        "internet_path:"
        f" inet_up_to_200_ms={med('inet_up_to_200_ms'):.1f}"
        f" cellular_packets={sum(int(r['cellular_packets']) for r in results)}"
        f" cellular_resets={sum(int(r['cellular_resets']) for r in results)}"
        f" path_wait_ms={med('path_wait_ms'):.1f}"
        f" slaac_ms={med('slaac_ms'):.0f}"
        f" backend_messages={sum(int(r['backend_messages']) for r in results)}"
        f" dns_queries={sum(int(r['dns_queries']) for r in results)}"
        f" runs={len(results)}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
