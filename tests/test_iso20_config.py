"""The [iso15118] section: defaults, validation, and the root config accepting it."""

from __future__ import annotations

import pytest

from evcc_agent.config import ConfigError, parse_config
from evcc_agent.iso15118.config import Iso15118Config


def test_defaults_follow_the_standard():
    cfg = Iso15118Config()
    assert cfg.tls == "required"
    assert cfg.protocols == ["iso20-dc", "iso20-ac", "iso2-dc", "iso2-ac", "din"]
    assert cfg.internet_preference[0] == "https/443"
    assert cfg.tls_group == "secp521r1"


def test_root_config_accepts_section():
    cfg = parse_config(
        {
            "iso15118": {
                "interface": "plc0",
                "tls": "off",
                "protocols": ["iso20-ac"],
                "internet_preference": ["HTTPS/443", "https/*"],
                "secc_address": "[fe80::1%plc0]:15118",
            }
        }
    )
    assert cfg.iso15118.interface == "plc0" and cfg.iso15118.tls == "off"


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("protocols", ["iso21"]),
        ("protocols", []),
        ("tls", "optional"),
        ("tls_group", "x25519"),
        ("internet_preference", ["https"]),
        ("internet_preference", ["https/abc"]),
        ("control_mode", "bidirectional"),
        ("bogus", 1),
    ],
)
def test_bad_values_name_their_key(key, value):
    with pytest.raises(ConfigError) as info:
        parse_config({"iso15118": {key: value}})
    assert any(path.startswith(f"iso15118.{key}") for path, _ in info.value.errors)
