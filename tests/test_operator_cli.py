"""The operator's view of ``evcc-agent``: check-config, errors, exit codes, help, secrets.

Every command runs through the installed console script, as a user or systemd starts it.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from evcc_agent.config import SECRET_CREDENTIALS, ConfigError, load_config, parse_config
from evcc_agent.sim.backend_pki import BackendCa
from evcc_agent.sim.pki import generate
from evcc_agent.vehicle.config import PROJECT_ROOT
from tests.operator_helpers import EVCC, assert_for_users, cli, full_config, write_config

UNIT = PROJECT_ROOT / "packaging" / "evcc-agent.service"


def _check(
    path: Path, *extra: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    res = cli("check-config", *extra, "--config", str(path), env=env)
    assert_for_users(res)
    return res


# --- 1. one rule for a path in [v2icp] url ----------------------------------------------------
def test_a_url_with_a_path_is_the_endpoint_not_a_prefix(tmp_path: Path):
    full = "https://127.0.0.1:8443/vdv261/v2icp/messages"
    cfg = parse_config({"v2icp": {"url": full}})
    assert (cfg.v2icp.url, cfg.v2icp.path) == ("https://127.0.0.1:8443", "/vdv261/v2icp/messages")
    assert cfg.v2icp.endpoint == full  # not …/messages/vdv261/v2icp/messages
    assert parse_config({"v2icp": {"url": "https://h:1/x", "path": "/x"}}).v2icp.endpoint == (
        "https://h:1/x"
    )
    res = _check(write_config(tmp_path / "a.toml", '[v2icp]\nurl = "https://h/x"\npath = "/y"\n'))
    assert res.returncode == 2 and "url has the path '/x' and path is '/y'" in res.stderr
    # the bench file's example: the whole endpoint URL, accepted by the same rule
    bench = (PROJECT_ROOT / "hil" / "bench.toml").read_text()
    example = re.search(r'^# url = "([^"]+)"', bench, re.M)
    assert (
        example is not None
        and parse_config({"v2icp": {"url": example[1]}}).v2icp.endpoint == (example[1])
    )


# --- 2. check-config loads what run loads -------------------------------------------------------
def test_check_config_refuses_log_levels_run_would_die_on(tmp_path: Path):
    res = _check(write_config(tmp_path / "a.toml", '[logging]\nlevel = "INFOO"\n'))
    assert res.returncode == 2 and "logging.level: unknown log level 'INFOO'" in res.stderr
    res = _check(
        write_config(tmp_path / "b.toml", '[logging.modules]\n"evcc_agent.v2icp" = "LOUD"\n')
    )
    assert res.returncode == 2 and "logging.modules: unknown log level 'LOUD'" in res.stderr
    res = cli("--log-level", "FOO", "check-config", "--config", "config/agent.toml")
    assert res.returncode == 2 and "unknown log level 'FOO'" in res.stderr
    assert_for_users(res)


def test_check_config_names_every_missing_file_and_allow_degraded_keeps_benches(tmp_path: Path):
    gone = tmp_path / "gone"
    pki = generate(tmp_path / "pki")
    text = full_config(
        tmp_path,
        pki,
        gone / "root.pem",
        password_file=str(gone / "pw"),
        tls_roots=str(gone / "v2g.pem"),
        tls_cert=str(gone / "chain.pem"),
    )
    cfg = write_config(tmp_path / "agent.toml", text)
    res = _check(cfg)
    assert res.returncode == 2
    for key in (
        "v2icp.root_ca",
        "v2icp.password_file",
        "iso15118.tls_roots[0]",
        "iso15118.tls_cert",
    ):
        assert f"error: {key}: " in res.stderr and "does not exist" in res.stderr, key
    assert "--allow-degraded" in res.stderr
    bench = _check(cfg, "--allow-degraded")
    assert bench.returncode == 0 and "warning: v2icp.root_ca:" in bench.stderr
    assert json.loads(bench.stdout)["v2icp"]["vin"]


def _self_signed_ca(path: Path, days: int) -> Path:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Old Root")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=400))
        .not_valid_after(now + dt.timedelta(days=days))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    return path


def test_check_config_verifies_the_pki(tmp_path: Path):
    pki = generate(tmp_path / "pki")
    other = generate(tmp_path / "other")
    backend = BackendCa.create(tmp_path / "backend").cert_file
    good = _check(write_config(tmp_path / "good.toml", full_config(tmp_path, pki, backend)))
    assert good.returncode == 0, good.stderr
    # the test PKI's leaves live two days: a warning, not an error
    assert "warning: iso15118.tls_cert:" in good.stderr and "expires on" in good.stderr

    wrong_key = full_config(tmp_path, pki, backend, tls_key=str(other.oem_key))
    res = _check(write_config(tmp_path / "k.toml", wrong_key))
    assert res.returncode == 2 and "is not the key of" in res.stderr

    mixed = tmp_path / "mixed_chain.pem"  # our leaf, another OEM's sub-CA
    leaf = x509.load_pem_x509_certificates(pki.oem_chain.read_bytes())[0]
    sub = x509.load_pem_x509_certificates(other.oem_chain.read_bytes())[1]
    mixed.write_bytes(b"".join(c.public_bytes(serialization.Encoding.PEM) for c in (leaf, sub)))
    res = _check(
        write_config(tmp_path / "c.toml", full_config(tmp_path, pki, backend, tls_cert=str(mixed)))
    )
    assert res.returncode == 2 and "chain does not build" in res.stderr

    expired = _self_signed_ca(tmp_path / "expired.pem", days=-1)
    res = _check(write_config(tmp_path / "e.toml", full_config(tmp_path, pki, expired)))
    assert res.returncode == 2 and "v2icp.root_ca: " in res.stderr and "expired on" in res.stderr
    soon = _self_signed_ca(tmp_path / "soon.pem", days=10)
    res = _check(write_config(tmp_path / "s.toml", full_config(tmp_path, pki, soon)))
    assert (
        res.returncode == 0
        and "warning: v2icp.root_ca:" in res.stderr
        and "in 9 days" in res.stderr
    )

    not_pem = tmp_path / "not.pem"
    not_pem.write_text("hello\n")
    res = _check(write_config(tmp_path / "p.toml", full_config(tmp_path, pki, not_pem)))
    assert res.returncode == 2 and "holds no PEM certificate" in res.stderr
    res = _check(write_config(tmp_path / "l.toml", full_config(tmp_path, pki, pki.oem_chain)))
    assert res.returncode == 2 and "is not a CA" in res.stderr


@pytest.mark.skipif(
    os.geteuid() != 0 or shutil.which("setpriv") is None, reason="needs root and setpriv"
)
def test_check_config_runs_as_the_service_user_and_sees_what_it_cannot_read():
    """Like ``DynamicUser=``: another uid than the files' owner; a 0600 root file is unreadable."""
    d = Path(tempfile.mkdtemp(prefix="evcc-ops-"))
    try:
        d.chmod(0o755)
        pki = generate(d / "pki")
        for p in (d / "pki").iterdir():
            p.chmod(0o644)
        (d / "pki").chmod(0o755)
        backend = BackendCa.create(d / "backend")
        (d / "backend").chmod(0o755)
        backend.cert_file.chmod(0o644)
        cfg = write_config(d / "agent.toml", full_config(d, pki, backend.cert_file))
        cfg.chmod(0o644)
        as_service_user = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]
        probe = subprocess.run(
            [*as_service_user, str(EVCC), "--version"], capture_output=True, timeout=60, cwd="/"
        )
        if probe.returncode != 0:  # e.g. a venv under a 0700 temporary folder
            pytest.skip(f"the installed entry point is not usable by uid 65534: {probe.stderr!r}")
        res = subprocess.run(
            [*as_service_user, str(EVCC), "check-config", "--config", str(cfg)],
            capture_output=True,
            text=True,
            cwd="/",
            timeout=60,
        )
        assert res.returncode == 2
        assert "v2icp.password_file: " in res.stderr and "not readable by this user" in res.stderr
    finally:
        shutil.rmtree(d)


# --- 3. every secret through systemd credentials -----------------------------------------------
def _unit_credentials() -> dict[str, str]:
    out = {}
    for line in UNIT.read_text().splitlines():
        if line.startswith("LoadCredential="):
            name, _, source = line.removeprefix("LoadCredential=").partition(":")
            out[name] = source
    return out


def test_the_unit_loads_every_secret_as_a_credential():
    creds = _unit_credentials()
    assert set(SECRET_CREDENTIALS.values()) <= set(creds)
    assert all(src.startswith("/etc/evcc-agent/credentials/") for src in creds.values())


def test_run_and_check_config_take_every_secret_from_the_units_credential_layout(tmp_path: Path):
    pki = generate(tmp_path / "pki")
    backend = BackendCa.create(tmp_path / "backend").cert_file
    # $CREDENTIALS_DIRECTORY as systemd lays it out for the unit: one file per LoadCredential
    creds = tmp_path / "credentials"
    creds.mkdir(mode=0o700)
    key = serialization.load_pem_private_key(pki.oem_key.read_bytes(), None)
    encrypted = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(b"Key-pass_1"),
    )
    content = {
        "v2g-oem-key": encrypted,
        "v2g-oem-key-password": b"Key-pass_1\n",
        "v2icp-password": b"Secret_pw-261\n",
    }
    for name in _unit_credentials():
        (creds / name).write_bytes(content[name])
        (creds / name).chmod(0o400)
    # the TOML names no secret at all
    text = full_config(tmp_path, pki, backend, password_file="", tls_key="")
    cfg_file = write_config(tmp_path / "agent.toml", text)
    env = {"CREDENTIALS_DIRECTORY": str(creds)}
    res = _check(cfg_file, env=env)
    assert res.returncode == 0, res.stderr
    shown = json.loads(res.stdout)
    assert shown["iso15118"]["tls_key"] == str(creds / "v2g-oem-key")
    assert shown["iso15118"]["tls_key_password_file"] == str(creds / "v2g-oem-key-password")
    assert shown["v2icp"]["password_file"] == str(creds / "v2icp-password")
    # without the credentials the same file is degraded: no OEM key, so no OEM chain
    res = _check(cfg_file, env={"CREDENTIALS_DIRECTORY": ""})
    assert "iso15118.tls_key: not set" in res.stderr

    # what run loads from there: the TLS client context with the encrypted key, the password
    from evcc_agent.iso15118 import tls

    cfg = load_config(cfg_file, environ=env)
    iso = cfg.iso15118
    assert iso.tls_key_password_file is not None
    tls.client_context(
        iso.tls_roots,
        iso.tls_cert,
        iso.tls_key,
        Path(iso.tls_key_password_file).read_text().strip(),
    )
    assert cfg.v2icp.read_password(environ=env) == "Secret_pw-261"


# --- 7. one error format, one exit-code rule ----------------------------------------------------
def test_errors_read_alike_and_exit_by_one_rule(tmp_path: Path):
    ca = BackendCa.create(tmp_path / "be").cert_file
    bad_iso = write_config(tmp_path / "iso.toml", '[iso15118]\nprotocols = ["iso99"]\n')
    bogus = write_config(tmp_path / "bogus.toml", "[agent]\nbogus = 1\n")
    cases = [
        (
            ("demo", "--backend-url", "http://127.0.0.1:1/v", "--backend-ca", str(ca)),
            "demo",
            "--backend-url: url must be https://",
        ),
        (("demo", "--backend-ca", str(ca)), "demo", "go with --backend-url"),
        (("demo", "--duration", "-1"), "demo", "must be a positive number"),
        (("demo", "--time-scale", "0"), "demo", "must be a positive number"),
        (("demo", "--config", str(tmp_path / "absent.toml")), "demo", "No such file"),
        (("charge", "--protocol", "iso99"), "charge", "unknown protocol 'iso99'"),
        (("charge", "--secc", "nonsense"), "charge", "--secc: bad SECC address 'nonsense'"),
        (
            ("charge", "--config", str(bad_iso), "--no-tls"),
            "charge",
            "iso15118.protocols: unknown protocol(s) ['iso99']",
        ),
        (("check-config", "--config", str(bogus)), "check-config", "agent.bogus: unknown key"),
        (("run", "--config", str(bogus)), "run", "agent.bogus: unknown key"),
        (("exi", "decode", "--ns", "din", "hello"), "exi", "not hex EXI"),
        (("exi", "decode", "--ns", "iso99", "80"), "exi decode", "unknown namespace 'iso99'"),
    ]
    for args, command, text in cases:
        res = cli(*args, timeout=60)
        assert res.returncode == 2, (args, res.stderr)
        assert f"evcc-agent {command}: error: " in res.stderr, (args, res.stderr)
        assert text in res.stderr, (args, res.stderr)
        assert_for_users(res)


def test_exi_decode_takes_hex_only_and_says_so(tmp_path: Path):
    res = cli("exi", "decode", "--ns", "appprotocol", "80 40 00 40")
    assert res.returncode == 0 and "supportedAppProtocolRes" in res.stdout
    odd = cli("exi", "decode", "--ns", "appprotocol", "804")
    assert odd.returncode == 2 and "odd number of hex digits" in odd.stderr
    binary = tmp_path / "m.exi"
    binary.write_bytes(bytes.fromhex("80400040"))
    assert cli("exi", "decode", "--ns", "appprotocol", f"@{binary}").returncode == 0


# --- 9. --help everywhere -----------------------------------------------------------------------
def test_help_everywhere_with_descriptions_choices_and_examples():
    import argparse

    from evcc_agent.cli import build_parser

    def parsers(p: argparse.ArgumentParser) -> list[argparse.ArgumentParser]:
        out = [p]
        for action in p._actions:
            if isinstance(action, argparse._SubParsersAction):
                for sub in action.choices.values():
                    out += parsers(sub)
        return out

    for p in parsers(build_parser()):
        assert p.description, p.prog
        for action in p._actions:
            assert action.help and action.help != argparse.SUPPRESS, (p.prog, action.dest)
    top = cli("--help")
    assert top.returncode == 0 and "examples:" in top.stdout and "exit codes:" in top.stdout
    assert "developer" not in top.stdout and "{CRITICAL,ERROR,WARNING,INFO,DEBUG}" in top.stdout
    for command in ("run", "check-config", "demo", "exi", "charge"):
        res = cli(command, "--help")
        assert res.returncode == 0 and "examples:" in res.stdout, command
        assert f"evcc-agent {command}" in res.stdout.split("examples:")[1], command
    assert "{iso20-dc,iso20-ac,iso2-dc,iso2-ac,din}" in cli("charge", "--help").stdout
    assert "iso20-common" in cli("exi", "decode", "--help").stdout


# --- 10. redaction shows paths and names; TOML types are exact ----------------------------------
def test_check_config_shows_secret_paths_and_names_and_refuses_quoted_booleans(tmp_path: Path):
    pw = tmp_path / "pw"
    pw.write_text("x")
    pw.chmod(0o600)
    cfg = write_config(tmp_path / "a.toml", f'[v2icp]\npassword_file = "{pw}"\n')
    shown = json.loads(_check(cfg, "--allow-degraded").stdout)["v2icp"]
    assert shown["password_file"] == str(pw) and shown["password_credential"] == "v2icp-password"
    res = _check(write_config(tmp_path / "b.toml", '[agent]\ncharging = "no"\n'))
    assert res.returncode == 2 and "agent.charging: must be true or false" in res.stderr
    res = _check(write_config(tmp_path / "c.toml", '[v2icp]\ncycle_s = "10"\n'))
    assert res.returncode == 2 and "v2icp.cycle_s: must be a number, not the string '10'" in (
        res.stderr
    )
    with pytest.raises(ConfigError) as err:
        parse_config({"agent": {"slac": 1}})
    assert err.value.errors == [("agent.slac", "must be true or false (TOML booleans), not 1")]


def test_iso15118_files_are_relative_to_the_configuration_like_every_path(tmp_path: Path):
    pki = generate(tmp_path / "pki")
    backend = BackendCa.create(tmp_path / "backend").cert_file
    text = full_config(
        tmp_path,
        pki,
        backend,
        tls_roots="pki/v2g_root.pem",
        tls_cert="pki/oem_chain.pem",
        tls_key="pki/oem_key.pem",
    )
    res = _check(write_config(tmp_path / "agent.toml", text))  # run from the project, not tmp
    assert res.returncode == 0, res.stderr
    iso = json.loads(res.stdout)["iso15118"]
    assert iso["tls_roots"] == [str(pki.v2g_root)] and iso["tls_key"] == str(pki.oem_key)


def test_check_config_verifies_an_ed448_chain_too(tmp_path: Path):
    """-20's Ed448, which cryptography's Web PKI path builder refuses, is checked link by link."""
    pki = generate(tmp_path / "pki", "ed448")
    other = generate(tmp_path / "other", "ed448")
    backend = BackendCa.create(tmp_path / "backend").cert_file
    good = _check(write_config(tmp_path / "good.toml", full_config(tmp_path, pki, backend)))
    assert good.returncode == 0, good.stderr
    mixed = tmp_path / "mixed_chain.pem"
    leaf = x509.load_pem_x509_certificates(pki.oem_chain.read_bytes())[0]
    sub = x509.load_pem_x509_certificates(other.oem_chain.read_bytes())[1]
    mixed.write_bytes(b"".join(c.public_bytes(serialization.Encoding.PEM) for c in (leaf, sub)))
    text = full_config(tmp_path, pki, backend, tls_cert=str(mixed))
    res = _check(write_config(tmp_path / "c.toml", text))
    assert res.returncode == 2 and "not issued by the next certificate (InvalidSignature)" in (
        res.stderr
    )
