"""The agent's own wiring: EV data from CAN + directives, logging, supervision, `run` + systemd."""

from __future__ import annotations

import asyncio
import logging
import math
import os
import signal
import socket
import subprocess
import sys
import uuid
from pathlib import Path
from typing import Any

import can
import pytest

from evcc_agent.agent import Agent, CanEvData, KeyValueFormatter, configure_logging
from evcc_agent.clock import FakeClock, ScaledClock
from evcc_agent.config import LoggingConfig
from evcc_agent.iso15118.messages import from_rational
from evcc_agent.vehicle.charge_loop import ChargeLoopReader
from evcc_agent.vehicle.config import PROJECT_ROOT
from tests.cli_helpers import run_cli
from tests.e2e_helpers import EventLog, demo_config, make_demo


class _Store:
    def __init__(self, values: dict[str, float]) -> None:
        self.values = values

    def get(self, name: str, now: float) -> float | None:
        return self.values.get(name)

    def __contains__(self, name: object) -> bool:
        return True


def _ev(values: dict[str, float], clock: FakeClock) -> CanEvData:
    return CanEvData(ChargeLoopReader(_Store(values)), lambda: 0.0, clock)


BMS = {
    "BMS_SoC": 40.0,
    "BMS_TargetCurrent": 200.0,
    "BMS_TargetVoltage": 650.0,
    "BMS_EnergyToFull": 252.0,
    "BMS_EnergyAvailable": 168.0,
    "BMS_MaxChargePower": 300.0,
    "BMS_ChargeRequest": 1.0,
}


def test_ev_data_takes_bms_values_and_turns_directives_into_departure_and_energy():
    clock = FakeClock(1000.0)
    ev = _ev(dict(BMS), clock)
    snap = ev.snapshot()
    assert snap.soc == 40.0 and snap.target_current == 200.0 and snap.max_power == 300_000.0
    assert snap.departure_time_s is None and not snap.charging_complete
    ev.on_directives({"driveoff": 45, "target_soc": 85})
    clock.advance(600.0)
    snap = ev.snapshot()
    assert snap.departure_time_s == 45 * 60 - 600
    ev.on_directives({"driveoff": 45})  # mirrored again: the same departure, not a new one
    assert ev.snapshot().departure_time_s == 45 * 60 - 600
    assert snap.target_soc == 85.0
    assert snap.target_energy_wh == pytest.approx(420_000 * (85 - 40) / 100)
    ev.on_directives({"driveoff": 65535, "target_soc": 255})  # SNA: no wish any more
    assert ev.snapshot().departure_time_s is None
    assert ev.target_soc is None and ev.snapshot().target_soc == 100.0


def test_ev_data_requests_no_current_when_the_bms_target_is_stale():
    values = dict(BMS)
    del values["BMS_TargetCurrent"]
    assert _ev(values, FakeClock()).snapshot().target_current == 0.0


def test_ev_data_from_can_never_invents_a_battery_value():
    snap = _ev({}, FakeClock()).snapshot()  # no BMS frame at all
    assert {"soc", "present_voltage", "max_voltage", "max_current", "max_power"} <= snap.missing
    assert all(math.isnan(v) for v in (snap.soc, snap.present_voltage, snap.max_voltage))
    assert snap.target_current == 0.0  # never ask for current the BMS did not
    full = _ev(dict(BMS), FakeClock()).snapshot()
    assert "soc" not in full.missing and "target_current" not in full.missing


def test_key_value_log_lines_and_per_module_levels(caplog):
    record = logging.LogRecord("evcc_agent.v2icp", logging.WARNING, "x", 1, 'a "b"', (), None)
    line = KeyValueFormatter(timestamps=False).format(record)
    assert line == 'level=WARNING logger=evcc_agent.v2icp msg="a \\"b\\""'
    journald = KeyValueFormatter(timestamps=False, syslog_prefix=True).format(record)
    assert journald == "<4>" + line
    configure_logging(LoggingConfig(level="WARNING", modules={"evcc_agent.vehicle": "DEBUG"}))
    try:
        assert logging.getLogger().level == logging.WARNING
        assert logging.getLogger("evcc_agent.vehicle").level == logging.DEBUG
    finally:
        logging.getLogger("evcc_agent.vehicle").setLevel(logging.NOTSET)
        logging.getLogger().setLevel(logging.WARNING)


async def test_the_agent_claims_its_j1939_address_before_any_other_frame():
    log = EventLog()
    cfg = demo_config(agent={"charging": False}, v2icp={"enabled": False})
    peer = can.Bus(interface="virtual", channel=cfg.vehicle.channel)
    agent = Agent(cfg, clock=ScaledClock(200.0), emit=log)
    task = asyncio.create_task(agent.run())
    try:
        await log.wait_kind("ready")
        frames: list[can.Message] = []
        while len({f.arbitration_id for f in frames}) < 3:
            msg = await asyncio.to_thread(peer.recv, 5.0)
            assert msg is not None, "the agent sent nothing"
            frames.append(msg)
        assert frames[0].arbitration_id == 0x18EEFF5A  # Address Claimed, our NAME
        assert agent.status()["j1939"]["phase"] == "claimed"
        assert agent.status()["j1939"]["address"] == 0x5A
    finally:
        agent.request_stop("test")
        await asyncio.wait_for(task, 10)
        peer.shutdown()


async def test_a_crashing_part_is_restarted_with_a_dtc():
    log = EventLog()
    cfg = demo_config(agent={"charging": False}, v2icp={"enabled": False})
    agent = Agent(cfg, clock=ScaledClock(200.0), emit=log)
    crashes = []
    real = agent.mapper.parameters

    def flaky(now: float) -> dict[str, int]:
        if not crashes:
            crashes.append(now)
            raise RuntimeError("mapping bug")
        return real(now)

    agent.mapper.parameters = flaky  # type: ignore[method-assign]
    task = asyncio.create_task(agent.run())
    await log.wait_for(lambda e: e.get("name") == "TASK_CRASHED" and e["active"])
    await log.wait_kind("ready")
    st = agent.supervisor.status["parameters"]
    assert st.crashes == 1 and "mapping bug" in st.last_error
    # V2ICP is disabled: its client is not running, so nothing piles up in its queue
    assert not agent.supervisor.status["v2icp"].running
    queued = agent.v2icp.pending_events
    agent._push_parameters(agent.mapper.parameters(agent.link.now()))
    assert agent.v2icp.pending_events == queued <= 1
    agent.request_stop("test")
    await asyncio.wait_for(task, 10)
    assert log.events[-1]["event"] == "stopped"


async def test_dynamic_mode_sends_the_backends_departure_time_and_target_energy():
    log = EventLog()
    cfg = demo_config(iso15118={"control_mode": "dynamic"})
    demo = make_demo(log, cfg=cfg, time_scale=60.0)
    async with demo:
        directives = await log.wait_kind("directives")
        assert directives["applied"]["driveoff"] == 45
        mark = len(log.events)
        await log.wait_for(lambda e: e.get("message") == "DC_ChargeLoopRes", mark)
        req = next(
            m["DC_ChargeLoopReq"]
            for m in reversed(demo.secc.responder.received)
            if "DC_ChargeLoopReq" in m
        )
        mode = req["Dynamic_DC_CLReqControlMode"]
        elapsed = demo.clock.now() - directives["t"]
        assert abs(mode["DepartureTime"] - (45 * 60 - elapsed)) < 120
        soc = demo.simulator.soc
        target = from_rational(mode["EVTargetEnergyRequest"])
        assert target == pytest.approx(420_000 * (85 - soc) / 100, rel=0.05)
        await demo.stop()
    assert log.of("session_end")[0]["ok"]


def _run_config(
    tmp_path: Path,
    iso: str = 'secc_address = "127.0.0.1:9"\ntls = "off"\n',
    agent: str = "",
    slac: bool = False,
) -> Path:
    dbc = [str(PROJECT_ROOT / "dbc" / f) for f in ("bms.dbc", "vcu.dbc", "hvac.dbc")]
    path = tmp_path / "agent.toml"
    path.write_text(
        f"[agent]\nslac = {str(slac).lower()}\nsession_retry_s = 0.5\n{agent}"
        f'[vehicle]\ninterface = "virtual"\nchannel = "run-{uuid.uuid4().hex[:8]}"\n'
        f"dbc_files = {dbc!r}\n".replace("'", '"')
        + f"[iso15118]\n{iso}"
        + '[logging]\nlevel = "INFO"\n'
    )
    return path


def test_run_notifies_systemd_and_stops_in_order_on_sigterm(tmp_path: Path):
    sock_path = str(tmp_path / "notify.sock")
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    sock.bind(sock_path)
    sock.settimeout(30)
    env = {**os.environ, "NOTIFY_SOCKET": sock_path, "WATCHDOG_USEC": "400000"}
    env.pop("JOURNAL_STREAM", None)
    proc = subprocess.Popen(
        [sys.executable, "-m", "evcc_agent", "run", "--config", str(_run_config(tmp_path))],
        cwd=PROJECT_ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        seen: list[str] = []
        while not any(m.startswith("READY=1") for m in seen):
            seen.append(sock.recv(4096).decode())
        while "WATCHDOG=1" not in seen:
            seen.append(sock.recv(4096).decode())
        proc.send_signal(signal.SIGTERM)
        while "STOPPING=1" not in seen:
            seen.append(sock.recv(4096).decode())
        _, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
        sock.close()
    assert proc.returncode == 0, err
    assert "level=INFO logger=evcc_agent.agent" in err
    assert 'msg="shutdown requested: SIGTERM"' in err
    assert "V2G_TRANSPORT_ERROR" in err  # no SECC at that address: DTC, and the agent stays up


def test_run_refuses_an_invalid_configuration(tmp_path: Path):
    bad = tmp_path / "bad.toml"
    bad.write_text("[agent]\nbogus = 1\n")
    res = run_cli("run", "--config", str(bad))
    assert res.returncode == 2 and "agent.bogus: unknown key" in res.stderr


async def _spawn_run(cfg: Path, **kw: Any) -> asyncio.subprocess.Process:
    """``evcc-agent run --config cfg`` as a child of the test's loop."""
    return await asyncio.create_subprocess_exec(
        sys.executable, "-m", "evcc_agent", "run", "--config", str(cfg), cwd=PROJECT_ROOT, **kw
    )


async def test_run_without_bms_data_never_starts_charging_and_stops_on_sigterm(tmp_path: Path):
    """`evcc-agent run` against the SECC simulator over TLS 1.3 with no BMS on CAN at all: the
    session stops in order before ChargeParameterDiscovery (``BMS_DATA_MISSING``), never telling
    the charger a made-up battery value; SIGTERM then ends the agent cleanly."""
    from evcc_agent.iso15118 import tls
    from evcc_agent.iso15118.messages import message_name
    from evcc_agent.sim.pki import generate
    from evcc_agent.sim.secc import SeccServer

    pki = generate(tmp_path / "pki")
    ctx = tls.server_context(pki.secc_chain, pki.secc_key, [pki.oem_root])
    server = SeccServer(ssl_context=ctx, host="127.0.0.1")
    await server.start()
    iso = (
        f'secc_address = "127.0.0.1:{server.port}"\ntls_roots = ["{pki.v2g_root}"]\n'
        f'tls_cert = "{pki.oem_chain}"\ntls_key = "{pki.oem_key}"\ntls_group = "default"\n'
    )
    iso += "[iso15118.safety]\nbms_wait_s = 0.5\n"
    cfg = _run_config(tmp_path, iso=iso, agent="status_interval_s = 0.1\n")
    sock_path = str(tmp_path / "notify.sock")
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    sock.bind(sock_path)
    sock.setblocking(False)
    log_file = (tmp_path / "agent.log").open("w")
    proc = await _spawn_run(
        cfg,
        env={**os.environ, "NOTIFY_SOCKET": sock_path},
        stderr=log_file,
    )
    loop = asyncio.get_running_loop()
    try:

        async def session_stopped() -> None:
            while b"v2g=SessionStop" not in await loop.sock_recv(sock, 4096):
                pass

        await asyncio.wait_for(session_stopped(), 60)
        proc.send_signal(signal.SIGTERM)
        rc = await asyncio.wait_for(proc.wait(), 30)
    finally:
        if proc.returncode is None:
            proc.kill()
        sock.close()
        log_file.close()
        await server.stop()
    assert rc == 0, (tmp_path / "agent.log").read_text()
    names = [message_name(m) for r in server.responders for m in r.received]
    assert "SessionStopReq" in names
    assert not {"DC_ChargeParameterDiscoveryReq", "PowerDeliveryReq", "DC_ChargeLoopReq"} & set(
        names
    )
    assert "BMS_DATA_MISSING" in (tmp_path / "agent.log").read_text()


async def test_run_without_the_plc_interface_names_it_and_raises_slac_match_failed(tmp_path: Path):
    iface = f"nosuch{uuid.uuid4().hex[:6]}"
    cfg = _run_config(tmp_path, iso=f'interface = "{iface}"\n', slac=True)
    proc = await _spawn_run(
        cfg,
        stderr=asyncio.subprocess.PIPE,
    )
    assert proc.stderr is not None
    seen: list[str] = []

    async def until_dtc() -> None:
        while "SLAC_MATCH_FAILED" not in "".join(seen):
            seen.append((await proc.stderr.readline()).decode())  # type: ignore[union-attr]

    try:
        await asyncio.wait_for(until_dtc(), 60)
    finally:
        proc.send_signal(signal.SIGTERM)
        await asyncio.wait_for(proc.communicate(), 30)
    text = "".join(seen)
    assert f"PLC interface '{iface}' unusable" in text
    assert "DTC 0x401 SLAC_MATCH_FAILED raised" in text
