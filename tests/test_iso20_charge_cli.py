"""``evcc-agent charge`` as a subprocess against the SECC simulator (TCP and TLS 1.3)."""

from __future__ import annotations

import asyncio
import json
import sys

from evcc_agent.iso15118.tls import server_context
from evcc_agent.sim.pki import generate
from evcc_agent.sim.secc import Fault, SeccServer, SeccSimConfig
from tests.iso2_helpers import charge_cli as _charge

# the charger ends the session after 3 loop rounds, so the CLI run stays short
SIM = SeccSimConfig(faults=[Fault("notification", "DC_ChargeLoopReq", 3)])


async def test_charge_json_over_tcp():
    async with SeccServer(SIM) as server:
        rc, out, err = await _charge("--secc", f"[::1]:{server.port}", "--no-tls", "--json")
    assert rc == 0, err
    lines = [json.loads(line) for line in out.splitlines()]
    msgs = [x for x in lines if "message" in x]
    assert msgs[0]["direction"] == "tx" and msgs[0]["message"] == "supportedAppProtocolReq"
    assert msgs[1]["direction"] == "rx" and msgs[1]["content"]["ResponseCode"].startswith("OK")
    assert msgs[-1]["message"] == "SessionStopRes"
    assert all("event" in x for x in lines)
    events = [
        x["event"] for x in lines if x["event"] not in ("v2g", "summary", "simulated_vehicle")
    ]
    assert events == ["internet_up", "internet_down"]
    assert lines[-1]["event"] == "summary"
    assert lines[-1]["ok"] is True
    assert "TLS to the SECC is OFF" in err
    # the bench says which values are not a BMS's
    simulated = lines[0]["simulated_vehicle"]
    assert simulated["max_voltage"] == 500.0 and "present_voltage" in simulated


async def test_charge_text_over_tls13(tmp_path):
    pki = generate(tmp_path)
    sctx = server_context(pki.secc_chain, pki.secc_key, [pki.oem_root])
    async with SeccServer(SIM, ssl_context=sctx) as server:
        rc, out, err = await _charge(
            "--secc",
            f"[::1]:{server.port}",
            "--tls-root",
            str(pki.v2g_root),
            "--tls-cert",
            str(pki.oem_chain),
            "--tls-key",
            str(pki.oem_key),
            "--protocol",
            "iso20-dc",
        )
    assert rc == 0, err
    assert ">> SessionSetupReq" in out and "<< DC_ChargeLoopRes" in out
    assert "Internet service up: https/443" in out
    assert out.strip().splitlines()[-1].startswith("session OK")
    assert "TLSv1.3" in out


async def test_charge_fails_with_exit_1():
    sim = SeccSimConfig(faults=[Fault("failed", "ServiceDiscoveryReq")])
    async with SeccServer(sim) as server:
        rc, out, _ = await _charge("--secc", f"[::1]:{server.port}", "--no-tls")
    assert rc == 1
    assert "session FAILED" in out


async def test_charge_unknown_protocol():
    rc, _, err = await _charge("--secc", "[::1]:1", "--no-tls", "--protocol", "iso21")
    assert rc == 2 and "unknown protocol" in err


async def test_standalone_simulator_with_sdp_and_tls(tmp_path):
    """``python -m evcc_agent.sim.secc`` + ``evcc-agent charge`` via SDP unicast and TLS 1.3."""
    sim = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "evcc_agent.sim.secc",
        "--host",
        "::1",
        "--sdp-bind",
        "::1",
        "--sdp-port",
        "0",  # ephemeral: parallel test runs must not answer each other
        "--tls-dir",
        str(tmp_path),
        "--fault",
        "notification@DC_ChargeLoopReq#2=Terminate",
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.DEVNULL,
    )
    try:
        assert sim.stdout is not None
        line = b""
        while b"SECC simulator on" not in line:
            line = await asyncio.wait_for(sim.stdout.readline(), 30)
        sdp_port = int(line.decode().rsplit("sdp_port=", 1)[1])
        rc, out, err = await _charge(
            "--sdp-target",
            f"[::1]:{sdp_port}",
            "--tls-root",
            str(tmp_path / "v2g_root.pem"),
            "--tls-cert",
            str(tmp_path / "oem_chain.pem"),
            "--tls-key",
            str(tmp_path / "oem_key.pem"),
            "--json",
        )
    finally:
        sim.kill()
        await sim.wait()
    assert rc == 0, err
    result = json.loads(out.splitlines()[-1])
    assert result["ok"] and result["tls"].startswith("TLSv1.3")


def test_build_config_file_then_options(tmp_path):
    from evcc_agent.charge import build_config
    from evcc_agent.cli import build_parser

    cfg_file = tmp_path / "agent.toml"
    cfg_file.write_text('[iso15118]\ninterface = "plc0"\ncontrol_mode = "dynamic"\n')
    args = build_parser().parse_args(
        [
            "charge",
            "--config",
            str(cfg_file),
            "--sdp-target",
            "fe80::1",
            "--no-tls",
            "--protocol",
            "iso20-ac",
        ]
    )
    cfg = build_config(args)
    assert (cfg.interface, cfg.control_mode, cfg.sdp_target) == ("plc0", "dynamic", "fe80::1")
    assert cfg.tls == "off" and cfg.protocols == ["iso20-ac"]
