"""The systemd unit: notify + watchdog, the credential the agent reads, the hardening."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from evcc_agent.v2icp.config import V2icpConfig
from evcc_agent.vehicle.config import PROJECT_ROOT

UNIT = PROJECT_ROOT / "packaging" / "evcc-agent.service"


def _settings() -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for line in UNIT.read_text().splitlines():
        line = line.strip()
        if line and not line.startswith(("#", "[")) and "=" in line:
            key, _, value = line.partition("=")
            out.setdefault(key, []).append(value)
    return out


def test_unit_is_notify_with_watchdog_and_the_agents_credential():
    s = _settings()
    assert s["Type"] == ["notify"] and s["WatchdogSec"] and s["KillSignal"] == ["SIGTERM"]
    assert any(v.endswith("run --config /etc/evcc-agent/agent.toml") for v in s["ExecStart"])
    assert any("check-config" in v for v in s["ExecStartPre"])
    credential = V2icpConfig().password_credential
    assert any(v.startswith(f"{credential}:") for v in s["LoadCredential"])


def test_unit_hardening_keeps_only_the_slac_capabilities():
    s = _settings()
    assert s["CapabilityBoundingSet"] == ["CAP_NET_RAW CAP_NET_ADMIN"]
    assert s["DynamicUser"] == ["yes"] and s["ProtectSystem"] == ["strict"]
    assert s["NoNewPrivileges"] == ["yes"]
    families = s["RestrictAddressFamilies"][0].split()
    assert {"AF_CAN", "AF_PACKET", "AF_INET6", "AF_UNIX"} <= set(families)


def test_unit_verifies(tmp_path: Path):
    if shutil.which("systemd-analyze") is None:
        pytest.skip("systemd-analyze not installed")
    unit = tmp_path / UNIT.name
    unit.write_text(UNIT.read_text().replace("/opt/evcc-agent/venv/bin/evcc-agent", "/bin/true"))
    res = subprocess.run(
        ["systemd-analyze", "verify", str(unit)], capture_output=True, text=True, timeout=60
    )
    problems = [ln for ln in res.stderr.splitlines() if UNIT.name in ln]
    assert res.returncode == 0 and not problems, res.stderr


def test_plc_network_keeps_the_chargers_default_route_to_bound_sockets():
    """The .network file: RAs accepted, their routes in a table only the bound V2ICP sockets
    consult (rule on the outgoing interface), the charger's DNS not the system's."""
    import configparser

    path = PROJECT_ROOT / "packaging" / "50-evcc-plc.network"
    ini = configparser.ConfigParser(strict=False)
    ini.optionxform = str  # type: ignore[assignment,method-assign]
    ini.read_string(path.read_text())
    name = ini["Match"]["Name"]
    assert ini["Network"]["IPv6AcceptRA"] == "yes"
    assert ini["Network"]["DNSDefaultRoute"] == "no"
    table = ini["IPv6AcceptRA"]["RouteTable"]
    assert table not in ("main", "254") and ini["IPv6AcceptRA"]["UseDNS"] == "no"
    rules = _sections(path.read_text(), "RoutingPolicyRule")
    assert rules[0]["OutgoingInterface"] == name and rules[0]["Table"] == table
    # traffic from the charger's prefix: that table first, then unreachable; before main
    source, fallback = rules[1], rules[2]
    assert source["From"] == fallback["From"] and source["Table"] == table
    assert fallback["Type"] == "unreachable" and "Table" not in fallback
    assert int(source["Priority"]) < int(fallback["Priority"]) < 32766


def _sections(text: str, name: str) -> list[dict[str, str]]:
    """Every ``[name]`` section of a systemd unit-style file, in order (repeats allowed)."""
    out: list[dict[str, str]] = []
    current: dict[str, str] | None = None
    for line in text.splitlines():
        line = line.strip()
        if line.startswith("["):
            current = {} if line == f"[{name}]" else None
            if current is not None:
                out.append(current)
        elif current is not None and "=" in line and not line.startswith("#"):
            key, _, value = line.partition("=")
            current[key] = value
    return out
