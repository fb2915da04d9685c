"""`evcc-agent demo` as a command: JSON events, plain lines, an external backend."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from evcc_agent.demo import DEMO_VIN
from evcc_agent.sim.backend import SimBackend, default_scenario
from evcc_agent.sim.backend_pki import BackendCa
from tests.cli_helpers import run_demo
from tests.e2e_helpers import EventLog, make_demo


def test_demo_json_has_every_kind_of_event_and_a_summary():
    res = run_demo("--duration", "4", "--time-scale", "120", "--json")
    assert res.returncode == 0, res.stderr
    events = [json.loads(line) for line in res.stdout.splitlines()]
    kinds = {e["event"] for e in events}
    assert {"plug_in", "v2g", "internet_up", "v2icp_request", "v2icp_answer"} <= kinds
    assert {"directives", "internet_down", "session_end", "summary"} <= kinds
    names = {e["message"] for e in events if e["event"] == "v2g"}
    assert {"SessionSetupReq", "ServiceDetailRes", "DC_ChargeLoopReq", "SessionStopRes"} <= names
    first = next(e for e in events if e["event"] == "v2icp_request")
    assert first["seq"] == 0 and len(first["parameters"]) == 9
    summary = events[-1]
    assert summary["event"] == "summary" and summary["ok"], summary
    assert summary["sessions"][0]["reason"] == "SessionStop Terminate"


def test_demo_plain_lines_when_not_a_terminal():
    res = run_demo("--duration", "3", "--time-scale", "60")
    assert res.returncode == 0, res.stderr
    assert "V2G >> SessionSetupReq" in res.stdout
    assert "V2ICP -> seq 0" in res.stdout
    assert res.stdout.strip().splitlines()[-1].startswith("summary: OK")


def test_demo_needs_the_ca_of_an_external_backend():
    res = run_demo("--duration", "1", "--backend-url", "https://127.0.0.1:1/vdv")
    assert res.returncode == 2 and "--backend-ca" in res.stderr


async def test_demo_against_an_external_backend(tmp_path: Path):
    ca = BackendCa.create(tmp_path)
    backend = SimBackend(default_scenario(DEMO_VIN, password=""), path="/vdv")
    url = await backend.start(*ca.issue_server())
    log = EventLog()
    try:
        demo = make_demo(log, backend_url=url + "/vdv", backend_ca=ca.cert_file)
        async with demo:
            await log.wait_kind("v2icp_ack", seq=1)
            await demo.stop()
    finally:
        await backend.stop()
    assert log.of("backend")[0]["kind"] == "external"
    assert [h["seq"] for h in backend.vehicles[DEMO_VIN].history][:2] == [0, 1]
    assert demo.summary()["ok"]


async def test_live_view_renders_session_soc_v2icp_and_directives():
    from rich.console import Console

    from evcc_agent.demo import LiveView

    view = LiveView()
    log = EventLog()

    def both(event: dict[str, Any]) -> None:
        view(event)
        log(event)

    demo = make_demo(both, time_scale=120.0)
    view.demo = demo
    async with demo:
        await log.wait_kind("directives")
        console = Console(record=True, width=140, force_terminal=False)
        console.print(view.render())
        await demo.stop()
    text = console.export_text()
    for label in ("session", "running", "SoC", "V2ICP", "parameters sent", "directives", "DTCs"):
        assert label in text
    assert '"target_soc":85' in text
