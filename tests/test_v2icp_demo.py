"""The demo hook: the V2ICP client against the sim backend, or an external backend."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from evcc_agent.sim.backend import SimBackend, default_scenario
from evcc_agent.sim.backend_pki import BackendCa
from evcc_agent.sim.v2icp_demo import DEMO_VIN, DemoVehicle, run_v2icp_demo


async def test_demo_against_the_sim_backend_applies_directives():
    events: list[tuple[str, dict[str, Any]]] = []
    result = await run_v2icp_demo(
        duration_s=1.0, time_scale=120.0, on_event=lambda k, d: events.append((k, d))
    )
    assert result.acknowledged >= 1 and result.active_dtcs == []
    assert result.directives["target_soc"] == 85
    kinds = {k for k, _ in events}
    assert {"backend", "ack", "directives"} <= kinds


async def test_demo_against_an_external_backend(tmp_path: Path):
    ca = BackendCa.create(tmp_path)
    backend = SimBackend(default_scenario(DEMO_VIN, password=""), path="/vdv")
    url = await backend.start(*ca.issue_server())
    try:
        result = await run_v2icp_demo(
            duration_s=0.8,
            time_scale=120.0,
            backend_url=url + "/vdv",
            backend_ca=ca.cert_file,
        )
    finally:
        await backend.stop()
    assert result.acknowledged >= 1
    assert backend.vehicles[DEMO_VIN].history[0]["seq"] == 0


def test_demo_vehicle_charges_and_preconditions_on_request():
    v = DemoVehicle()
    first = v.parameters(0.0)
    later = v.parameters(3600.0)
    assert later["bat_eamount"] < first["bat_eamount"]
    v.apply({"prec_dsrd": 1})
    assert v.parameters(7200.0)["prec_reqtime"] == 30


async def test_standalone_sim_backend_with_control_endpoint(tmp_path: Path):
    import asyncio
    import ssl
    import sys

    import httpx

    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "evcc_agent.sim.backend",
        "--port",
        "0",
        "--pki-dir",
        str(tmp_path),
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.DEVNULL,
    )
    try:
        assert proc.stdout is not None
        async with asyncio.timeout(30):
            url = (await proc.stdout.readline()).decode().split()[1]
            ca = (await proc.stdout.readline()).decode().split(": ", 1)[1].strip()
        base = url.split("/vdv261")[0]
        ctx = ssl.create_default_context(cafile=ca)
        async with httpx.AsyncClient(verify=ctx, base_url=base) as http:
            r = await http.post("/_sim/faults", json={"kind": "status_500", "count": 1})
            assert r.json() == {"queued": 1}
            assert (await http.post("/_sim/faults", json={"kind": "nope"})).status_code == 400
        result = await run_v2icp_demo(
            duration_s=1.0, time_scale=120.0, backend_url=url, backend_ca=ca
        )
        assert result.acknowledged >= 1 and result.failed_attempts >= 1
        async with httpx.AsyncClient(verify=ctx, base_url=base) as http:
            state = (await http.get("/_sim/state")).json()
        assert state["vehicles"][DEMO_VIN]["messages"] >= 2
    finally:
        proc.terminate()
        await proc.wait()


async def test_demo_extra_task_drives_the_parts_until_cancelled():
    import asyncio
    from types import SimpleNamespace

    from evcc_agent.clock import ScaledClock
    from evcc_agent.dtc import DtcRegistry
    from evcc_agent.sim.v2icp_demo import demo_extra_task

    applied: list[dict[str, int]] = []
    acked = asyncio.Event()
    parts = SimpleNamespace(
        clock=ScaledClock(120.0),
        dtc=DtcRegistry(),
        vehicle_parameters=lambda: DemoVehicle().parameters(0.0),
        directives=SimpleNamespace(apply=lambda d, now: applied.append(d)),
        link=SimpleNamespace(now=lambda: 0.0),
    )
    task = asyncio.create_task(
        demo_extra_task(on_event=lambda k, d: acked.set() if k == "ack" else None)(parts)
    )
    async with asyncio.timeout(20):
        await acked.wait()
    task.cancel()
    await asyncio.gather(task, return_exceptions=True)
    assert applied and applied[0]["target_soc"] == 85
