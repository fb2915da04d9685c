"""The VDV 463 command lines: the upstream tool against a CMS, the demo with a depot plan."""

from __future__ import annotations

import asyncio
import json
import sys
from datetime import UTC, datetime
from pathlib import Path

from evcc_agent.demo import DEMO_VIN
from evcc_agent.sim.backend_pki import BackendCa
from evcc_agent.sim.vdv463.bridge import DepotBridge
from evcc_agent.sim.vdv463.server import CmsServer
from evcc_agent.sim.vdv463.session import CmsConfig
from evcc_agent.vehicle.config import PROJECT_ROOT
from tests.cli_helpers import run_demo

PLAN = {
    "steps": [
        {
            "chargingRequestList": [
                {
                    "vehicleId": DEMO_VIN,
                    "chargingRequestId": "late-shift",
                    "chargingInstruction": "Normal",
                    "chargingRequestData": {
                        "minTargetSoc": 40,
                        "maxTargetSoc": 77,
                        "requestedTimeForDeparture": "PT2H",
                    },
                }
            ]
        }
    ]
}


def _plan(tmp_path: Path) -> Path:
    path = tmp_path / "plan.json"
    path.write_text(json.dumps(PLAN))
    return path


async def test_the_depot_tool_boots_prints_the_reports_and_sends_its_plan(tmp_path: Path):
    ca = BackendCa.create(tmp_path / "pki")
    server = CmsServer(
        CmsConfig(information_interval_s=0.2),
        DepotBridge(wall=lambda: datetime.now(UTC)),
        users={"depot": "pw-463"},
        vehicles=dict,
    )
    url = await server.start(*ca.issue_server("cms", vdv463=True))
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "evcc_agent.sim.depot",
        "--url",
        url,
        "--ca",
        str(ca.cert_file),
        "--user",
        "depot",
        "--password",
        "pw-463",
        "--plan",
        str(_plan(tmp_path)),
        stdout=asyncio.subprocess.PIPE,
        cwd=PROJECT_ROOT,
    )
    lines: list[str] = []
    try:
        assert proc.stdout is not None

        async def until_plan_confirmed() -> None:
            while True:
                line = (await proc.stdout.readline()).decode()
                assert line, "the tool ended"
                lines.append(line)
                if line.startswith("<< [2,") and '"ProvideChargingRequests"' in line:
                    return

        await asyncio.wait_for(until_plan_confirmed(), 30)
    finally:
        proc.terminate()
        await proc.wait()
        await server.stop()
    sent = [json.loads(x[3:]) for x in lines if x.startswith(">> ")]
    got = [json.loads(x[3:]) for x in lines if x.startswith("<< ")]
    assert sent[0][0] == 1 and sent[0][5] == "BootNotification"
    assert got[0][6] == {"status": "Accepted"} and got[1][5] == "ProvideChargingInformation"
    assert [f[5] for f in sent[1:3]] == ["ProvideChargingInformation", "ProvideChargingRequests"]
    assert sent[1][0] == 2 and sent[1][4] == got[1][4]  # each report confirmed by its id
    active = server.bridge.active(DEMO_VIN)
    assert active is not None and active.request.charging_request_data.max_target_soc == 77


def test_demo_json_announces_the_endpoint_and_follows_a_depot_plan(tmp_path: Path):
    res = run_demo(
        "--duration", "5", "--time-scale", "120", "--json", "--depot-plan", str(_plan(tmp_path))
    )
    assert res.returncode == 0, res.stderr
    events = [json.loads(line) for line in res.stdout.splitlines()]
    listening = next(e for e in events if e["event"] == "vdv463_listening")
    assert listening["url"].startswith("wss://127.0.0.1:") and listening["url"].endswith("/vdv463")
    assert listening["ca_file"].endswith(".pem")
    frames = [(e["direction"], e["type"], e["action"]) for e in events if e["event"] == "vdv463"]
    assert frames[:3] == [
        ("rx", 1, "BootNotification"),
        ("tx", 2, "BootNotification"),
        ("tx", 1, "ProvideChargingInformation"),
    ]
    assert ("rx", 1, "ProvideChargingRequests") in frames
    applied = [e["applied"] for e in events if e["event"] == "directives"]
    assert applied and applied[0]["target_soc"] == 77 and 60 <= applied[0]["driveoff"] <= 120
    assert events[-1]["event"] == "summary" and events[-1]["ok"]


def test_demo_refuses_a_broken_plan_and_a_bad_port(tmp_path: Path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"steps": [{"chargingRequestList": [{"vehicleId": 1}]}]}')
    res = run_demo("--duration", "1", "--depot-plan", str(bad))
    assert res.returncode == 2 and "--depot-plan" in res.stderr and "step 0" in res.stderr
    res = run_demo("--duration", "1", "--vdv463-port", "70000")
    assert res.returncode == 2 and "--vdv463-port" in res.stderr
