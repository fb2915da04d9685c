"""``[iso15118] auth`` and ``[iso15118.pnc]``: the schema, paths relative to the file,
what ``check-config`` finds, and ``evcc-agent charge --auth pnc`` on the simulator."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("pyhanko_certvalidator")

from evcc_agent.config import ConfigError, load_config, parse_config
from evcc_agent.iso15118.config import Iso15118Config
from evcc_agent.preflight import preflight
from evcc_agent.sim import pnc_pki
from evcc_agent.sim.secc import Fault, SeccServer
from tests.iso2_helpers import charge_cli
from tests.pnc_helpers import EMAID, PCID, bus_config, pnc_sim


@pytest.fixture(scope="module")
def pki() -> pnc_pki.PncPki:
    return pnc_pki.generate("secp256r1", pcid=PCID)


def test_eim_stays_the_default_and_bad_auth_is_refused() -> None:
    assert Iso15118Config().auth == ["eim"]
    assert Iso15118Config(auth=["pnc", "eim"]).auth == ["pnc", "eim"]
    for bad in ([], ["pnc", "pnc"], ["card"]):
        with pytest.raises(ConfigError):
            parse_config({"iso15118": {"auth": bad}})
    with pytest.raises(ConfigError, match="go together"):
        parse_config({"iso15118": {"pnc": {"pkcs11_module": "/x.so"}}})
    with pytest.raises(ConfigError, match="oem_key_in_token"):
        parse_config({"iso15118": {"pnc": {"oem_key_in_token": True}}})


def test_pnc_paths_are_relative_to_the_file(tmp_path: Path) -> None:
    toml = tmp_path / "agent.toml"
    toml.write_text(
        '[iso15118]\nauth = ["pnc", "eim"]\n[iso15118.pnc]\ncontract_store = "contracts"\n'
        'mo_roots = ["mo.pem"]\nv2g_roots = ["v2g.pem"]\npkcs11_pin_file = "pin"\n'
    )
    pnc = load_config(toml).iso15118.pnc
    assert pnc.contract_store == str(tmp_path / "contracts")
    assert (pnc.mo_roots, pnc.v2g_roots) == (
        [str(tmp_path / "mo.pem")],
        [str(tmp_path / "v2g.pem")],
    )
    assert pnc.pkcs11_pin_file == str(tmp_path / "pin")


def _findings(iso: dict[str, Any]) -> dict[str, list[str]]:
    cfg = parse_config({"iso15118": {"tls": "off", **iso}, "v2icp": {"enabled": False}})
    out: dict[str, list[str]] = {}
    for f in preflight(cfg):
        if f.key.startswith("iso15118"):
            out.setdefault(f.key, []).append(f"{f.severity}: {f.message}")
    return out


def test_check_config_validates_the_pnc_settings(pki: pnc_pki.PncPki, tmp_path: Path) -> None:
    good = bus_config(tmp_path / "bus", pki)
    assert not [k for k, v in _findings(good).items() if any("error" in m for m in v)]

    no_mo = {**good, "pnc": {**good["pnc"], "mo_roots": []}}
    assert "iso15118.pnc.mo_roots" in _findings(no_mo)
    leaf = {**good, "pnc": {**good["pnc"], "mo_roots": [good["tls_cert"]]}}  # not a CA
    assert any("is not a CA" in m for m in _findings(leaf)["iso15118.pnc.mo_roots[0]"])
    no_key = {k: v for k, v in good.items() if k != "tls_key"}
    assert "iso15118.tls_key" in _findings(no_key)

    store = Path(good["pnc"]["contract_store"])
    store.mkdir()
    other = pnc_pki.generate("secp256r1")  # a contract under an MO root we do not trust
    other.issue_contract(EMAID)
    (store / f"{EMAID}.pem").write_bytes(other.contract_chain_pem(EMAID))
    (store / f"{EMAID}.key").write_bytes(pnc_pki.key_pkcs8(other.contracts[EMAID]))
    found = _findings(good)["iso15118.pnc.contract_store"]
    assert len(found) == 1 and found[0].startswith(f"warning: contract {EMAID}:")

    pin = tmp_path / "pin"
    pin.write_text("1234")
    token = {"pkcs11_module": str(tmp_path / "none.so"), "pkcs11_token": "t"}
    absent = {**good, "pnc": {**good["pnc"], **token, "pkcs11_pin_file": str(pin)}}
    assert "PKCS#11 module" in _findings(absent)["iso15118.pnc.pkcs11_token"][0]
    no_pin = {**good, "pnc": {**good["pnc"], **token}}
    assert "no PIN" in _findings(no_pin)["iso15118.pnc.pkcs11_token"][0]


async def test_charge_auth_pnc_installs_and_charges(pki: pnc_pki.PncPki, tmp_path: Path) -> None:
    bus = bus_config(tmp_path, pki)
    sim = pnc_sim(pki, offer_eim=False)
    sim.faults = [Fault("notification", "CurrentDemandReq", 3, notification="StopCharging")]
    async with SeccServer(sim) as server:
        rc, out, err = await charge_cli(
            "--secc",
            f"[::1]:{server.port}",
            "--no-tls",
            "--protocol",
            "iso2-dc",
            "--auth",
            "pnc",
            "--tls-cert",
            bus["tls_cert"],
            "--tls-key",
            bus["tls_key"],
            "--tls-root",
            bus["tls_roots"][0],
            "--mo-root",
            bus["pnc"]["mo_roots"][0],
            "--contract-store",
            bus["pnc"]["contract_store"],
            "--json",
        )
    assert rc == 0, err
    lines = [json.loads(line) for line in out.splitlines()]
    names = [x.get("message") for x in lines]
    assert "CertificateInstallationReq" in names and "AuthorizationRes" in names
    assert lines[-1]["ok"] is True
    assert (Path(bus["pnc"]["contract_store"]) / f"{EMAID}.pem").exists()
    assert sim.pnc is not None and sim.pnc.errors == []


def test_check_config_names_a_contract_without_its_key(pki: pnc_pki.PncPki, tmp_path: Path) -> None:
    """Without a token, a stored contract needs its key file; with one, the key may be there."""
    good = bus_config(tmp_path / "bus", pki)
    store = Path(good["pnc"]["contract_store"])
    store.mkdir()
    pki.issue_contract(EMAID)
    (store / f"{EMAID}.pem").write_bytes(pki.contract_chain_pem(EMAID))
    found = _findings(good)["iso15118.pnc.contract_store"]
    assert len(found) == 1 and f"no key for {EMAID}" in found[0]
    token = {"pkcs11_module": str(tmp_path / "none.so"), "pkcs11_token": "t"}
    with_token = {**good, "pnc": {**good["pnc"], **token}}
    assert "iso15118.pnc.contract_store" not in _findings(with_token)
