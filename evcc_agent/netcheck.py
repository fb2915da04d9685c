"""``evcc-agent check-network``: is the V2ICP path through the charger usable, right now?

For a bench or a plugged-in bus: the same look the agent takes after ``InternetUp`` (global
IPv6 address on the bound interface, DNS through it, the kernel's route to the backend for a
socket bound to it) and the source rule for each prefix, printed, exit 0 when usable. Without
``[v2icp] dns_servers`` it listens up to ``--wait`` seconds for the charger's RA to learn the
RDNSS.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import time
from typing import Any


async def _check(cfg: Any, interface: str, wait_s: float) -> dict[str, Any]:
    from evcc_agent.v2icp.netlink import link_state, source_view
    from evcc_agent.v2icp.path_driver import PathProbe
    from evcc_agent.v2icp.source_rule import report

    probe = PathProbe(cfg.v2icp, interface)
    listener = asyncio.create_task(probe.run())
    deadline = time.monotonic() + wait_s
    state = await probe()
    while not state.usable and time.monotonic() < deadline:
        await asyncio.sleep(0.2)
        state = await probe()
    listener.cancel()
    with contextlib.suppress(asyncio.CancelledError, Exception):
        await listener
    link = await link_state(interface)
    v2 = cfg.v2icp
    seen = await source_view(interface, v2.source_table, v2.source_rule_priority)
    return {
        "interface": interface,
        "link_up": link.up,
        "addresses": list(link.addresses),
        "dns_servers": probe.servers(),
        "dns_source": "configured" if cfg.v2icp.dns_servers else "RDNSS",
        "rdnss_error": probe.rdnss.error,
        "backend_host": probe.host,
        "backend_address": state.backend,
        "source_address": state.source,
        "usable": state.usable,
        "problem": state.problem,
        # the rule for traffic from each prefix (None: the kernel's own answers, e.g. resets,
        # could leave through another uplink; see docs/v2icp.md "Source rule")
        "source_rules": report(seen, v2.source_table, v2.source_rule_priority),
    }


def main(args: Any) -> int:
    from evcc_agent.config import load_config
    from evcc_agent.exit_codes import CONFIG, print_error
    from evcc_agent.v2icp.path_driver import path_interface

    cfg = load_config(args.config)  # a ConfigError is the CLI's: exit 2, one error format
    interface = path_interface(cfg.v2icp, cfg.iso15118.interface)
    if interface is None:
        print("v2icp.interface = 'any': V2ICP is not bound to an interface; nothing to check")
        return 0
    if cfg.v2icp.url is None:
        print_error("check-network", f"{args.config}: v2icp.url: not set")
        return CONFIG
    report = asyncio.run(_check(cfg, interface, args.wait))
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        for key, value in report.items():
            print(f"{key:16} {value}")
    return 0 if report["usable"] else 1
