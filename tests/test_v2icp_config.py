"""V2ICP configuration: VIN rules, password sources, defaults."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from evcc_agent.config import ConfigError, parse_config
from evcc_agent.v2icp.config import CredentialError, V2icpConfig

VIN = "WVWZZZ1JZXW000001"


def test_defaults_match_vdv261():
    cfg = V2icpConfig()
    assert (cfg.cycle_s, cfg.response_timeout_s, cfg.attempts, cfg.idle_close_s) == (
        10.0,
        15.0,
        3,
        61.0,
    )
    assert cfg.reconnect_schedule_s == [300.0, 900.0, 1800.0] and cfg.reconnect_every_s == 1800.0
    assert cfg.path == "/vdv261/v2icp/messages" and cfg.body_shape == "nested"
    assert cfg.missing() == ["vin", "url", "root_ca"]


@pytest.mark.parametrize(
    "vin",
    [
        "WVVZZZ1JZX000001",  # the seed's example: 16 characters
        "WVWZZZ1JZXW0000011",
        "WVWZZZ1JZXI000001",
        "WVWZZZ1JZXO000001",
        "WVWZZZ1JZXQ000001",
        "wvwzzz1jzxw000001",
    ],
)
def test_invalid_vins_are_rejected_with_the_key_path(vin: str):
    with pytest.raises(ConfigError) as err:
        parse_config({"v2icp": {"vin": vin}})
    assert err.value.errors[0][0] == "v2icp.vin"


def test_url_must_be_https_and_paths_resolve_against_the_config_dir(tmp_path: Path):
    for bad in ("http://backend.example", "https://vin:secret@backend.example"):
        with pytest.raises(ConfigError) as err:
            parse_config({"v2icp": {"url": bad}})
        assert "secret" not in str(err.value)
    cfg = parse_config(
        {"v2icp": {"url": "https://be.example:8443/", "vin": VIN, "root_ca": "ca.pem"}},
        base_dir=tmp_path,
    ).v2icp
    assert cfg.endpoint == "https://be.example:8443/vdv261/v2icp/messages"
    assert cfg.root_ca == tmp_path / "ca.pem"
    assert cfg.missing() == [f"root_ca ({tmp_path / 'ca.pem'} not readable)"]


def test_password_never_in_toml():
    with pytest.raises(ConfigError) as err:
        parse_config({"v2icp": {"password": "secret"}})
    assert err.value.errors == [("v2icp.password", "unknown key")]


def test_password_sources(tmp_path: Path, caplog: pytest.LogCaptureFixture):
    # nothing configured: the empty password (VDV 261 allows it)
    assert V2icpConfig(vin=VIN).read_password(environ={}) == ""
    # systemd LoadCredential
    creds = tmp_path / "creds"
    creds.mkdir()
    (creds / "v2icp-password").write_text("Cred_1234\n")
    (creds / "v2icp-password").chmod(0o600)
    env = {"CREDENTIALS_DIRECTORY": str(creds)}
    assert V2icpConfig(vin=VIN).read_password(environ=env) == "Cred_1234"
    # an explicit file wins; world-readable is used but warned about
    pw = tmp_path / "pw"
    pw.write_text("File_5678\r\n")
    pw.chmod(0o644)
    with caplog.at_level(logging.WARNING):
        assert V2icpConfig(password_file=pw).read_password(environ=env) == "File_5678"
    assert "readable by others" in caplog.text and "File_5678" not in caplog.text
    with pytest.raises(CredentialError):
        V2icpConfig(password_file=tmp_path / "absent").read_password(environ={})


def test_reconnect_schedule_must_increase():
    with pytest.raises(ConfigError):
        parse_config({"v2icp": {"reconnect_schedule_s": [900, 300]}})


def test_weak_password_is_used_with_a_warning_that_does_not_show_it(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
):
    from evcc_agent.v2icp.config import password_meets_v2_rules

    assert password_meets_v2_rules("Depot_Pass-42")
    assert not password_meets_v2_rules("depotpass")
    pw = tmp_path / "pw"
    pw.write_text("weakpass1")
    pw.chmod(0o600)
    with caplog.at_level(logging.WARNING):
        assert V2icpConfig(password_file=pw).read_password(environ={}) == "weakpass1"
    assert "V2 rules" in caplog.text and "weakpass1" not in caplog.text
