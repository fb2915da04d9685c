"""The TOML configuration: key paths in errors, DBC cross-checks, the shipped files."""

from __future__ import annotations

from pathlib import Path

import pytest

from evcc_agent.config import (
    AgentConfig,
    ConfigError,
    cross_check,
    load_checked_config,
    load_config,
    parse_config,
)
from evcc_agent.v2icp.params import BACKEND_PARAMETERS, VEHICLE_PARAMETERS
from evcc_agent.vehicle.charge_loop import ChargeLoopSignals
from evcc_agent.vehicle.config import PROJECT_ROOT, VehicleConfig
from tests.cli_helpers import run_cli

CONFIG_DIR = PROJECT_ROOT / "config"


@pytest.mark.parametrize("name", ["agent.toml", "agent.example.toml"])
def test_shipped_configs_are_valid(name: str):
    cfg = load_checked_config(CONFIG_DIR / name)
    assert all(Path(p).is_file() for p in cfg.vehicle.dbc_files)


def test_example_is_a_can0_deployment_with_every_key_shown():
    text = (CONFIG_DIR / "agent.example.toml").read_text()
    cfg = load_config(CONFIG_DIR / "agent.example.toml")
    assert (cfg.vehicle.interface, cfg.vehicle.channel) == ("socketcan", "can0")
    for key in VehicleConfig.model_fields:
        assert f"{key} = " in text or f"[vehicle.{key}]" in text, key
    for key in ChargeLoopSignals.model_fields:
        assert f"\n{key} = " in text, key
    for name in VEHICLE_PARAMETERS:
        assert f"[mapping.vehicle.{name}]" in text
    for name in BACKEND_PARAMETERS:
        assert f"[mapping.directives.{name}]" in text


def test_demo_default_is_the_virtual_bus():
    cfg = load_config(CONFIG_DIR / "agent.toml")
    assert cfg.vehicle.interface == "virtual"
    assert AgentConfig().vehicle.interface == "virtual"


def test_unknown_and_mistyped_keys_name_their_path():
    with pytest.raises(ConfigError) as ei:
        parse_config(
            {
                "vehicle": {"bogus": 1, "stale_after_s": -1, "tx_cycle_ms": {"AGT_Departure": 0}},
                "mapping": {"vehicle": {"odo": {"rounding": "up"}}},
                "nonsense": {},
            }
        )
    paths = dict(ei.value.errors)
    assert paths["vehicle.bogus"] == "unknown key"
    assert "vehicle.stale_after_s" in paths
    assert "vehicle.tx_cycle_ms" in paths
    assert "mapping.vehicle.odo.rounding" in paths
    assert paths["nonsense"] == "unknown key"


def test_relative_dbc_paths_are_relative_to_the_config_file(tmp_path: Path):
    (tmp_path / "dbc").mkdir()
    for f in ("bms", "vcu", "hvac"):
        (tmp_path / "dbc" / f"{f}.dbc").write_bytes(
            (PROJECT_ROOT / "dbc" / f"{f}.dbc").read_bytes()
        )
    cfg_file = tmp_path / "agent.toml"
    cfg_file.write_text('[vehicle]\ndbc_files = ["dbc/bms.dbc", "dbc/vcu.dbc", "dbc/hvac.dbc"]\n')
    cfg = load_checked_config(cfg_file)
    assert cfg.vehicle.dbc_files[0] == str(tmp_path / "dbc" / "bms.dbc")


def test_mapping_signal_missing_from_dbc_is_an_error():
    cfg = parse_config({"mapping": {"vehicle": {"bat_stat": {"signal": "BMS_Nope"}}}})
    assert cross_check(cfg) == [
        ("mapping.vehicle.bat_stat.signal", "no DBC declares signal 'BMS_Nope'")
    ]


def test_check_config_cli_ok_and_errors(tmp_path: Path):
    # the demo's configuration has no backend and no PKI: `run` would start degraded
    degraded = run_cli("check-config", "--config", "config/agent.toml")
    assert degraded.returncode == 2 and "v2icp.url: not set" in degraded.stderr
    ok = run_cli("check-config", "--allow-degraded", "--config", "config/agent.toml")
    assert ok.returncode == 0, ok.stderr
    assert '"interface": "virtual"' in ok.stdout
    assert "warning: v2icp.url: not set" in ok.stderr

    bad_dbc = tmp_path / "broken.dbc"
    text = (PROJECT_ROOT / "dbc" / "vcu.dbc").read_text().splitlines()
    text[16] = "BO_ 123 Broken 8 VCU"  # missing colon
    bad_dbc.write_text("\n".join(text) + "\n")
    cfg_file = tmp_path / "agent.toml"
    cfg_file.write_text(
        f'[vehicle]\ndbc_files = ["{bad_dbc}"]\nbogus_key = 1\n'
        '[mapping.directives.target_soc]\nsignal = "AGT_Nope"\n'
    )
    res = run_cli("check-config", "--config", str(cfg_file))
    assert res.returncode == 2
    assert "vehicle.bogus_key: unknown key" in res.stderr
    cfg_file.write_text(f'[vehicle]\ndbc_files = ["{bad_dbc}"]\n')
    res = run_cli("check-config", "--config", str(cfg_file))
    assert res.returncode == 2
    assert f"vehicle.dbc_files[0]: {bad_dbc}:17:" in res.stderr

    cfg_file.write_text('[mapping.directives.target_soc]\nsignal = "AGT_Nope"\n')
    res = run_cli("check-config", "--config", str(cfg_file))
    assert res.returncode == 2
    assert "mapping.directives.target_soc.signal: no DBC declares signal 'AGT_Nope'" in res.stderr


def test_check_config_unreadable_and_bad_toml(tmp_path: Path):
    res = run_cli("check-config", "--config", str(tmp_path / "missing.toml"))
    assert res.returncode == 2 and "<file>" in res.stderr
    bad = tmp_path / "bad.toml"
    bad.write_text("[vehicle\n")
    res = run_cli("check-config", "--config", str(bad))
    assert res.returncode == 2 and "<toml>" in res.stderr


def test_discharge_signals_missing_from_dbc_matter_only_with_bpt():
    """A vehicle whose DBC predates BPT keeps a valid configuration while ``bpt`` is off."""
    absent = {"max_discharge_power": "BMS_NoSuch", "discharge_allowed": "VCU_NoSuch"}
    plain = parse_config({"vehicle": {"charge_loop": absent}})
    assert cross_check(plain) == []
    bpt = parse_config({"vehicle": {"charge_loop": absent}, "iso15118": {"bpt": True}})
    assert cross_check(bpt) == [
        ("vehicle.charge_loop.max_discharge_power", "no DBC declares signal 'BMS_NoSuch'"),
        ("vehicle.charge_loop.discharge_allowed", "no DBC declares signal 'VCU_NoSuch'"),
    ]
