"""A full SLAC match over a real veth pair: our EV driver in this process, the simulated EVSEs
(a separate process) inside a network namespace the test creates. Real time, so only outcomes
are asserted, never durations."""

from __future__ import annotations

import asyncio
import re
import subprocess
import sys

import pytest

from evcc_agent.dtc import DtcRegistry
from evcc_agent.iso15118.config import SlacConfig
from evcc_agent.iso15118.slac import SlacMatchError, run_slac
from evcc_agent.sim.evse_slac import simulator_process
from evcc_agent.sim.netns import VethNetns, netns_unavailable_reason, veth_netns

pytestmark = [
    pytest.mark.netns,
    pytest.mark.skipif(
        netns_unavailable_reason() is not None, reason=str(netns_unavailable_reason())
    ),
]

NEAR, FAR = "02:00:00:00:0a:01", "02:00:00:00:0b:02"


@pytest.fixture
def link():
    with veth_netns("slac") as setup:
        yield setup


def evse_sim(link: VethNetns, *args: str):
    return simulator_process(link.peer_if, *args, netns=link.netns)


async def test_slac_full_match_over_veth_with_simulated_evse(link):
    async with evse_sim(link, "--evse", f"{NEAR}=18", "--set-key-result", "1"):
        dtc = DtcRegistry()
        result = await asyncio.wait_for(run_slac(SlacConfig(), link.host_if, dtc=dtc), 30)
    assert result.evse_mac == NEAR
    assert result.nid == bytes([2, 0, 0, 0, 0, 0, 1]) and len(result.nmk) == 16
    assert result.attenuation_db == 18 and not dtc.is_active("SLAC_MATCH_FAILED")


async def test_slac_two_evses_over_veth_nearest_wins_despite_faults(link):
    faults = [
        "--wrong-run-id",
        "AttenCharInd",
        "--malformed",
        "ParmCnf",
        "--drop",
        "SlacMatchCnf:1",
    ]
    async with evse_sim(link, "--evse", f"{FAR}=35", "--evse", f"{NEAR}=22", *faults):
        result = await asyncio.wait_for(run_slac(SlacConfig(), link.host_if), 30)
    assert result.evse_mac == NEAR
    assert result.candidates == {FAR: 35, NEAR: 22}


async def test_slac_no_evse_on_the_wire_fails_with_dtc(link):
    dtc = DtcRegistry()
    cfg = SlacConfig(c_ev_match_retry=1)
    with pytest.raises(SlacMatchError, match=r"PARM\.CNF"):
        await asyncio.wait_for(run_slac(cfg, link.host_if, dtc=dtc), 30)
    assert dtc.is_active("SLAC_MATCH_FAILED")


def test_slac_veth_netns_is_cleaned_up():
    with veth_netns("slac") as setup:
        names = subprocess.run(["ip", "netns", "list"], capture_output=True, text=True).stdout
        assert setup.netns in names
    names = subprocess.run(["ip", "netns", "list"], capture_output=True, text=True).stdout
    links = subprocess.run(["ip", "-o", "link"], capture_output=True, text=True).stdout
    assert setup.netns not in names and setup.host_if not in links


async def test_slac_bench_command_prints_match_without_the_key(link):
    args = ("--evse", f"{NEAR}=12", "--set-key-result", "1")
    async with simulator_process(link.peer_if, *args, netns=link.netns):
        proc = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "evcc_agent.iso15118.slac",
            "--interface",
            link.host_if,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
        )
        out, err = await asyncio.wait_for(proc.communicate(), 60)
    assert proc.returncode == 0, err.decode()
    assert f"SLAC matched EVSE {NEAR}" in out.decode()
    # no 16-byte key in hex anywhere in the output (the NID is 7 bytes)
    assert re.search(r"[0-9a-f]{32}", (out + err).decode()) is None
