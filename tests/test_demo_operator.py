"""``evcc-agent demo`` as a user meets it: the live view in a real terminal, exit codes, the
pipe, an external backend with a password, and the JSON events that ``charge`` shares."""

from __future__ import annotations

import asyncio
import json
import shlex
import shutil
import subprocess
import time
import uuid
from pathlib import Path

import pytest

from evcc_agent.demo import v2icp_line
from evcc_agent.sim.backend_pki import BackendCa
from evcc_agent.sim.secc import Fault, SeccServer, SeccSimConfig
from evcc_agent.vehicle.config import PROJECT_ROOT
from tests.operator_helpers import EVCC, assert_for_users, backend_process, cli

V2G_KEYS = {"t", "event", "direction", "message", "ns", "content", "exi"}


# --- 4. the live view in a real terminal ---------------------------------------------------------
class Tmux:
    """One detached tmux session running a command; ``screen()`` is capture-pane's text."""

    def __init__(self, command: str, width: int = 130, height: int = 50) -> None:
        self.name = f"evcc-{uuid.uuid4().hex[:8]}"
        # the shell prints the exit code, then keeps the pane open for capture-pane
        shell = f"{command}; echo EXIT=$?; sleep 120"
        size = ["-x", str(width), "-y", str(height)]
        subprocess.run(
            ["tmux", "new-session", "-d", "-s", self.name, *size, "-c", str(PROJECT_ROOT), shell],
            check=True,
        )

    def screen(self) -> str:
        res = subprocess.run(
            ["tmux", "capture-pane", "-p", "-J", "-S", "-", "-t", self.name],
            capture_output=True,
            text=True,
            check=True,
        )
        return res.stdout

    def wait_for(self, text: str, timeout: float) -> str:
        """Poll capture-pane until ``text`` shows (bounded), then return the screen."""
        deadline = time.monotonic() + timeout
        while True:
            screen = self.screen()
            if text in screen:
                return screen
            if time.monotonic() > deadline:
                raise AssertionError(f"{text!r} not on screen after {timeout} s:\n{screen}")
            time.sleep(0.2)

    def close(self) -> None:
        subprocess.run(["tmux", "kill-session", "-t", self.name], capture_output=True)


@pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux not installed")
def test_live_view_keeps_log_records_inside_and_leaves_one_frame(tmp_path: Path):
    wrong_ca = BackendCa.create(tmp_path / "wrong", name="Not The Backend's Root").cert_file
    with backend_process(tmp_path / "backend") as (url, _right_ca):
        demo = f"{EVCC} demo --duration 6 --time-scale 60"
        clean = Tmux(demo)
        fault = Tmux(f"{demo} --backend-url {url} --backend-ca {shlex.quote(str(wrong_ca))}")
        try:
            clean_screen = clean.wait_for("EXIT=", 90)
            fault_screen = fault.wait_for("EXIT=", 90)
        finally:
            clean.close()
            fault.close()
    for screen in (clean_screen, fault_screen):
        # one frame: the view's title once, the panels once, nothing half-drawn above them
        assert screen.count("evcc-agent demo") == 1, screen
        assert screen.count("─ events ─") == 1 and screen.count("─ log (") == 1, screen
        assert "level=WARNING" not in screen and "Traceback" not in screen, screen
        assert screen.lstrip().startswith("╭"), screen
    assert "summary: OK (--duration 6 s elapsed)" in clean_screen and "EXIT=0" in clean_screen
    # the wrong CA: TLS to the backend fails; the records are in the log panel, the DTC shows,
    # the summary is NOT OK and so is the exit code
    log_panel = fault_screen.split("─ log (")[1].split("╰")[0]
    assert "WARNING" in log_panel and "evcc_agent" in log_panel, fault_screen
    assert "V2ICP_TLS_FAILURE" in fault_screen
    assert "summary: NOT OK (--duration 6 s elapsed)" in fault_screen
    assert "EXIT=1" in fault_screen


def test_v2icp_line_says_what_the_numbers_are():
    st = {"v2icp_phase": "waiting", "v2icp_seq": None, "v2icp_acknowledged": 0}
    assert v2icp_line(st) == "waiting  (no message sent yet)"
    st.update(v2icp_seq=48, v2icp_acknowledged=48)
    assert v2icp_line(st) == "waiting  next seq 48, 48 acknowledged"


# --- 5. exit codes, the pipe, what ended the run ------------------------------------------------
def test_demo_exits_1_on_not_ok_and_says_why_it_ended(tmp_path: Path):
    wrong_ca = BackendCa.create(tmp_path / "wrong").cert_file
    with backend_process(tmp_path / "backend") as (url, _):
        res = cli(
            "demo", "--duration", "4", "--time-scale", "60", "--backend-url", url,
            "--backend-ca", str(wrong_ca),
        )  # fmt: skip
    assert res.returncode == 1, res.stderr
    assert "drive off: --duration 4 s elapsed" in res.stdout
    assert res.stdout.strip().splitlines()[-1].startswith("summary: NOT OK (--duration 4 s")
    assert "seq None" not in res.stdout and "drive-off" not in res.stdout
    assert "V2ICP_TLS_FAILURE" in res.stdout + res.stderr
    assert_for_users(res)


def test_demo_json_into_head_exits_promptly_without_tracebacks():
    started = time.monotonic()
    res = subprocess.run(
        ["bash", "-c", f"{EVCC} demo --json | head -2; echo demo_rc=${{PIPESTATUS[0]}} >&2"],
        capture_output=True,
        text=True,
        cwd=PROJECT_ROOT,
        timeout=60,
    )
    assert len(res.stdout.splitlines()) == 2
    assert all(json.loads(line)["event"] for line in res.stdout.splitlines())
    assert "demo_rc=0" in res.stderr and "Traceback" not in res.stderr, res.stderr
    assert "BrokenPipe" not in res.stderr
    assert time.monotonic() - started < 30  # ends in order once the reader is gone


# --- 6. an external backend with a password -------------------------------------------------------
def test_demo_passes_the_backend_password_and_a_url_with_its_path(tmp_path: Path):
    pw = tmp_path / "pw"
    pw.write_text("Secret_pw-261\n")
    pw.chmod(0o600)
    with backend_process(tmp_path / "backend", password="Secret_pw-261") as (url, ca):
        assert url.endswith("/vdv261/v2icp/messages")  # pasted as the simulator prints it
        args = ("demo", "--duration", "4", "--time-scale", "60", "--json")
        args += ("--backend-url", url, "--backend-ca", str(ca))
        ok = cli(*args, "--backend-password-file", str(pw))
        refused = cli(*args, env={"CREDENTIALS_DIRECTORY": ""})
    summary = json.loads(ok.stdout.splitlines()[-1])
    assert ok.returncode == 0 and summary["ok"] and summary["v2icp_acknowledged"] > 0, ok.stderr
    no_pw = json.loads(refused.stdout.splitlines()[-1])
    assert refused.returncode == 1 and "V2ICP_AUTH_REJECTED" in no_pw["dtcs_seen"]


# --- 8. one JSON event schema for demo and charge -----------------------------------------------
def _decodes(event: dict[str, object]) -> None:
    """The event's EXI, through ``evcc-agent exi decode``, is the document it shows."""
    res = cli("exi", "decode", "--ns", str(event["ns"]), str(event["exi"]))
    assert res.returncode == 0, res.stderr
    doc = json.loads(res.stdout)
    name = str(event["message"])
    body = doc["V2G_Message"]["Body"][name] if "V2G_Message" in doc else doc[name]
    assert body == event["content"], (name, body, event["content"])


async def test_charge_and_demo_write_the_same_events():
    sim = SeccSimConfig(faults=[Fault("notification", "DC_ChargeLoopReq", 3)])
    async with SeccServer(sim) as server:  # the installed entry point, as a user runs it
        proc = await asyncio.create_subprocess_exec(
            str(EVCC),
            "charge",
            "--secc",
            f"[::1]:{server.port}",
            "--no-tls",
            "--json",
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
        )
        out_b, err_b = await asyncio.wait_for(proc.communicate(), 60)
    out, err = out_b.decode(), err_b.decode()
    assert proc.returncode == 0, err
    charge = [json.loads(line) for line in out.splitlines()]
    demo_res = cli("demo", "--duration", "3", "--time-scale", "120", "--json")
    assert demo_res.returncode == 0, demo_res.stderr
    demo = [json.loads(line) for line in demo_res.stdout.splitlines()]
    documented = (PROJECT_ROOT / "docs" / "events.md").read_text()
    for kind in {e["event"] for e in charge + demo}:
        assert f"`{kind}`" in documented, kind
    for events in (charge, demo):
        assert all({"t", "event"} <= set(e) for e in events)
        v2g = [e for e in events if e["event"] == "v2g"]
        assert v2g and all(set(e) == V2G_KEYS for e in v2g)
        ups = [e for e in events if e["event"] == "internet_up"]
        assert ups and set(ups[0]) == {"t", "event", "protocol", "port", "via"}
        assert events[-1]["event"] == "summary" and events[-1]["ok"] is True
        for name in ("SessionSetupReq", "SessionSetupRes", "SessionStopRes"):
            _decodes(next(e for e in v2g if e["message"] == name))
