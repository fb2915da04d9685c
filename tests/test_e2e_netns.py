"""End to end the production way: SLAC over raw Ethernet, SDP multicast, TLS 1.3, then V2ICP.

The charger side (the SLAC EVSE simulator and the SECC simulator answering SDP) runs in its own
network namespace behind a veth pair; the agent, in this process, has SLAC on (no SECC
address configured), exactly as ``evcc-agent run`` on the ECU. Skipped without root/iproute2.
"""

from __future__ import annotations

import asyncio
import subprocess
import sys
from pathlib import Path

import can
import pytest

from evcc_agent.agent import Agent
from evcc_agent.clock import MonotonicClock
from evcc_agent.sim.backend import SimBackend, default_scenario
from evcc_agent.sim.backend_pki import BackendCa
from evcc_agent.sim.evse_slac import simulator_process
from evcc_agent.sim.netns import netns_unavailable_reason, veth_netns
from evcc_agent.sim.pki import generate
from evcc_agent.sim.vehicle import VehicleSimulator
from evcc_agent.vehicle.bus import bus_kwargs
from tests.e2e_helpers import EventLog, demo_config

pytestmark = [
    pytest.mark.netns,
    pytest.mark.skipif(
        netns_unavailable_reason() is not None, reason=str(netns_unavailable_reason())
    ),
]

REPO = Path(__file__).resolve().parents[1]
EVSE_MAC = "02:00:00:00:0a:01"
VIN = "WVWZZZ1JZXW000002"


def _ip(*args: str) -> None:
    subprocess.run(["ip", *args], check=True, capture_output=True, timeout=20)


async def _secc_in_netns(netns: str, interface: str, pki) -> asyncio.subprocess.Process:
    code = (
        "import asyncio\n"
        "from evcc_agent.iso15118.tls import server_context\n"
        "from evcc_agent.sim.secc import SeccServer\n"
        "async def main():\n"
        f"    ctx = server_context({str(pki.secc_chain)!r}, {str(pki.secc_key)!r},"
        f" [{str(pki.oem_root)!r}])\n"
        "    s = SeccServer(host='::', ssl_context=ctx)\n"
        "    await s.start()\n"
        f"    await s.start_sdp(interface={interface!r}, advertise='fe80::5e:cc')\n"
        "    print('ready', flush=True)\n"
        "    await asyncio.sleep(120)\n"
        "asyncio.run(main())\n"
    )
    proc = await asyncio.create_subprocess_exec(
        "ip", "netns", "exec", netns, sys.executable, "-c", code,
        stdout=asyncio.subprocess.PIPE, cwd=str(REPO),
    )  # fmt: skip
    assert proc.stdout is not None
    assert (await asyncio.wait_for(proc.stdout.readline(), 30)).strip() == b"ready"
    return proc


async def test_agent_with_slac_sdp_tls_and_v2icp_over_a_veth_pair(tmp_path: Path):
    pki = generate(tmp_path / "v2g")
    ca = BackendCa.create(tmp_path / "backend")
    backend = SimBackend(default_scenario(VIN, ""))
    url = await backend.start(*ca.issue_server())
    with veth_netns("e2e") as link:
        _ip("-6", "addr", "add", "fe80::ec:1/64", "dev", link.host_if, "nodad")
        _ip("-n", link.netns, "-6", "addr", "add", "fe80::5e:cc/64", "dev", link.peer_if, "nodad")
        secc = await _secc_in_netns(link.netns, link.peer_if, pki)
        log = EventLog()
        try:
            async with simulator_process(
                link.peer_if, "--evse", f"{EVSE_MAC}=18", "--set-key-result", "1",
                netns=link.netns,
            ):  # fmt: skip
                cfg = demo_config(
                    agent={"slac": True},
                    iso15118={
                        "interface": link.host_if,
                        "tls_roots": [str(pki.v2g_root)],
                        "tls_cert": str(pki.oem_chain),
                        "tls_key": str(pki.oem_key),
                        "tls_group": "default",
                    },
                    v2icp={"url": url, "vin": VIN, "root_ca": str(ca.cert_file)},
                )
                agent = Agent(cfg, emit=log, environ={})
                # the bus's BMS on the agent's CAN channel: no BMS, no charging
                bms = VehicleSimulator(agent.link.vdb, start=MonotonicClock().now())
                bms_bus = can.Bus(**bus_kwargs(cfg.vehicle))
                bms_task = asyncio.create_task(bms.run(bms_bus.send, MonotonicClock()))
                task = asyncio.create_task(agent.run())
                try:
                    matched = await log.wait_kind("slac_matched")
                    assert matched["evse_mac"] == EVSE_MAC
                    await log.wait_kind("internet_up", protocol="https")
                    await log.wait_kind("v2icp_answer", seq=0, status=200)
                    await log.wait_kind("directives")
                    await log.wait_for(lambda e: e.get("message") == "DC_ChargeLoopRes")
                finally:
                    agent.request_stop("test over")
                    await asyncio.wait_for(task, 30)
                    bms_task.cancel()
                    bms_bus.shutdown()
        finally:
            secc.terminate()
            await secc.wait()
            await backend.stop()
    tx = [e["message"] for e in log.of("v2g") if e["direction"] == "tx"]
    assert tx[0] == "supportedAppProtocolReq" and tx[-1] == "SessionStopReq"
    assert log.of("session_end")[0]["ok"]
    assert backend.vehicles[VIN].history[0]["seq"] == 0
    assert not agent.dtc.is_active("SLAC_MATCH_FAILED")
