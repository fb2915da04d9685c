"""What ``check-config`` checks beyond the file itself: everything ``run`` will load.

``run`` loads certificates, keys and password files when a session or the V2ICP client starts;
a broken one then only shows as a DTC and a degraded agent. ``preflight`` loads them all up
front, the way ``run`` will (the same process user under systemd: ``ExecStartPre``), so a
configuration that passes ``check-config`` runs. Certificates are parsed and verified with
``cryptography`` (its X.509 path builder), never by hand.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import os
import stat
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from evcc_agent.config import (
    SECRET_CREDENTIALS,
    AgentConfig,
    ConfigError,
    load_checked_config,
    redacted,
)

#: a certificate expiring within this many days is a warning
EXPIRY_WARNING_DAYS = 30


@dataclass(frozen=True)
class Finding:
    key: str  # the configuration key, ``iso15118.tls_cert``
    message: str
    severity: Literal["error", "warning"] = "error"


class _Problem(Exception):
    """One file that ``run`` could not use (message only; the key is the caller's)."""


def _read(path: Path | str, what: str) -> bytes:
    p = Path(path)
    if not p.exists():
        raise _Problem(f"{what} {p} does not exist")
    if not p.is_file():
        raise _Problem(f"{what} {p} is not a regular file")
    if not os.access(p, os.R_OK):
        raise _Problem(f"{what} {p} is not readable by this user (uid {os.getuid()})")
    try:
        return p.read_bytes()
    except OSError as exc:
        raise _Problem(f"{what} {p}: {exc.strerror or exc}") from None


def _certificates(path: Path | str, what: str) -> list[Any]:
    from cryptography import x509

    data = _read(path, what)
    try:
        certs = x509.load_pem_x509_certificates(data)
    except ValueError as exc:
        raise _Problem(f"{what} {path} holds no PEM certificate ({exc})") from None
    return certs


def _validity(key: str, path: Path | str, certs: list[Any], now: dt.datetime) -> list[Finding]:
    out = []
    for cert in certs:
        name = cert.subject.rfc4514_string()
        if cert.not_valid_after_utc < now:
            out.append(Finding(key, f"{path}: {name} expired on {cert.not_valid_after_utc:%F}"))
        elif cert.not_valid_before_utc > now:
            out.append(
                Finding(key, f"{path}: {name} is not valid before {cert.not_valid_before_utc:%F}")
            )
        elif cert.not_valid_after_utc - now < dt.timedelta(days=EXPIRY_WARNING_DAYS):
            days = (cert.not_valid_after_utc - now).days
            plural = "" if days == 1 else "s"
            out.append(
                Finding(
                    key,
                    f"{path}: {name} expires on {cert.not_valid_after_utc:%F} (in {days} day{plural})",
                    "warning",
                )
            )
    return out


def _trust_anchors(key: str, path: Path | str, now: dt.datetime) -> list[Finding]:
    """A root file: PEM certificates, each a CA, in date; self-signed ones verify."""
    from cryptography import x509
    from cryptography.exceptions import InvalidSignature

    certs = _certificates(path, "trust anchor")
    out = _validity(key, path, certs, now)
    for cert in certs:
        try:
            ca = cert.extensions.get_extension_for_class(x509.BasicConstraints).value.ca
        except x509.ExtensionNotFound:
            ca = False
        if not ca:
            out.append(Finding(key, f"{path}: {cert.subject.rfc4514_string()} is not a CA"))
        elif cert.issuer == cert.subject:
            try:
                cert.verify_directly_issued_by(cert)
            except (InvalidSignature, ValueError, TypeError) as exc:
                out.append(Finding(key, f"{path}: self-signature does not verify ({exc!r})"))
    return out


def _secret_file(key: str, path: Path | str) -> list[Finding]:
    data = _read(path, "file")
    out = []
    if key == "v2icp.password_file" and not data.isascii():
        out.append(Finding(key, f"{path}: the password is not ASCII (HTTP Basic needs it)"))
    if Path(path).stat().st_mode & stat.S_IROTH:
        out.append(
            Finding(
                key,
                f"{path} is readable by every user; chmod 600 it or use a systemd credential",
                "warning",
            )
        )
    return out


def _oem_chain(_key: str, cfg: AgentConfig, now: dt.datetime) -> list[Finding]:
    """The EVCC's own TLS client chain: PEMs parse, the key is the leaf's, the chain builds."""
    from cryptography.hazmat.primitives import serialization

    iso = cfg.iso15118
    assert iso.tls_cert is not None and iso.tls_key is not None
    certs = _certificates(iso.tls_cert, "certificate chain")
    out = _validity("iso15118.tls_cert", iso.tls_cert, certs, now)
    password: bytes | None = None
    if iso.tls_key_password_file:
        password = _read(iso.tls_key_password_file, "key password file").strip() or None
    key_pem = _read(iso.tls_key, "private key")
    try:
        private = serialization.load_pem_private_key(key_pem, password=password)
    except TypeError as exc:  # encrypted without password, or a password for a plain key
        return [*out, Finding("iso15118.tls_key", f"{iso.tls_key}: {exc}")]
    except ValueError as exc:
        return [*out, Finding("iso15118.tls_key", f"{iso.tls_key}: cannot load the key ({exc})")]
    raw = serialization.PublicFormat.SubjectPublicKeyInfo
    der = serialization.Encoding.DER
    if private.public_key().public_bytes(der, raw) != certs[0].public_key().public_bytes(der, raw):
        out.append(
            Finding("iso15118.tls_key", f"{iso.tls_key} is not the key of {iso.tls_cert}'s leaf")
        )
    if len(certs) < 2:
        return out
    return [*out, *_chain(iso.tls_cert, certs, now)]


def _chain(path: Path | str, certs: list[Any], now: dt.datetime) -> list[Finding]:
    """The chain leads from the leaf to the file's top certificate."""
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric import ed448
    from cryptography.x509.verification import (
        ExtensionPolicy,
        PolicyBuilder,
        Store,
        VerificationError,
    )

    out: list[Finding] = []
    # the chain must lead from the leaf to the file's top certificate (a self-signed root,
    # or the last sub-CA: the OEM root is the charger's trust anchor, not ours)
    if any(isinstance(c.public_key(), ed448.Ed448PublicKey) for c in certs):
        # -20 allows Ed448, which cryptography's (Web PKI) path builder refuses: then each
        # link is checked with cryptography's issued-by check (name and signature)
        for child, issuer in itertools.pairwise(certs):
            try:
                child.verify_directly_issued_by(issuer)
            except (InvalidSignature, ValueError, TypeError) as exc:
                name = child.subject.rfc4514_string()
                out.append(
                    Finding(
                        "iso15118.tls_cert",
                        f"{path}: {name} not issued by the next "
                        f"certificate ({str(exc) or type(exc).__name__})",
                    )
                )
        return out
    verifier = (
        PolicyBuilder()
        .store(Store([certs[-1]]))
        .time(now)
        .extension_policies(
            ca_policy=ExtensionPolicy.webpki_defaults_ca(), ee_policy=ExtensionPolicy.permit_all()
        )
        .build_client_verifier()
    )
    try:
        verifier.verify(certs[0], certs[1:-1])
    except VerificationError as exc:
        out.append(Finding("iso15118.tls_cert", f"{path}: chain does not build: {exc}"))
    return out


def _guard(key: str, check: Callable[..., list[Finding]], *args: Any) -> list[Finding]:
    """``check(key, *args)``; a file it cannot use is one finding for ``key``."""
    try:
        return check(key, *args)
    except _Problem as exc:
        return [Finding(key, str(exc))]


def _interfaces(cfg: AgentConfig) -> list[Finding]:
    """Network interfaces that do not exist (yet): a warning, the unit may start before them."""
    wanted = []
    if cfg.vehicle.interface == "socketcan":
        wanted.append(("vehicle.channel", cfg.vehicle.channel))
    if cfg.agent.charging and not cfg.iso15118.secc_address:
        wanted.append(("iso15118.interface", cfg.iso15118.interface))
        if cfg.agent.slac and cfg.iso15118.slac.interface:
            wanted.append(("iso15118.slac.interface", cfg.iso15118.slac.interface))
    return [
        Finding(key, f"network interface {name} does not exist (yet)", "warning")
        for key, name in wanted
        if not Path("/sys/class/net", name).exists()
    ]


def preflight(cfg: AgentConfig, now: dt.datetime | None = None) -> list[Finding]:
    """Every problem ``run`` would meet loading files; ``error``: it would run degraded."""
    now = now or dt.datetime.now(dt.UTC)
    out: list[Finding] = []
    v2 = cfg.v2icp
    if v2.enabled:
        for key in ("vin", "url", "root_ca"):
            if getattr(v2, key) is None:
                out.append(Finding(f"v2icp.{key}", "not set: the V2ICP client cannot start"))
        if v2.root_ca is not None:
            out += _guard("v2icp.root_ca", _trust_anchors, v2.root_ca, now)
        if v2.password_file is not None:
            out += _guard("v2icp.password_file", _secret_file, v2.password_file)
    out += _interfaces(cfg)
    iso = cfg.iso15118
    if cfg.agent.charging and iso.tls == "required":
        if not iso.tls_roots:
            out.append(Finding("iso15118.tls_roots", "empty: no TLS session can verify a charger"))
        for i, root in enumerate(iso.tls_roots):
            out += _guard(f"iso15118.tls_roots[{i}]", _trust_anchors, root, now)
        if iso.tls_cert and iso.tls_key:
            out += _guard("iso15118.tls_cert", _oem_chain, cfg, now)
            if iso.tls_key_password_file:
                key = "iso15118.tls_key_password_file"
                out += _guard(key, _secret_file, iso.tls_key_password_file)
            out += _guard("iso15118.tls_key", _secret_file, iso.tls_key)
        elif iso.tls_cert or iso.tls_key:
            missing, partner = ("tls_key", "tls_cert") if iso.tls_cert else ("tls_cert", "tls_key")
            why = f"not set, but {partner} is"
            if missing == "tls_key":
                why += f" (nor is the systemd credential {SECRET_CREDENTIALS['iso15118.tls_key']})"
            out.append(Finding(f"iso15118.{missing}", why))
        else:
            out.append(
                Finding(
                    "iso15118.tls_cert",
                    "no OEM provisioning certificate: -20 chargers (mutual TLS) will refuse",
                    "warning",
                )
            )
    if cfg.agent.charging and "pnc" in iso.auth:
        out += _pnc(cfg, now)
    return out


def _pnc_roots(cfg: AgentConfig, now: dt.datetime) -> list[Finding]:
    """The MO roots (contracts) and the V2G roots (provisioning service) of PnC."""
    iso, pnc = cfg.iso15118, cfg.iso15118.pnc
    out: list[Finding] = []
    if not pnc.mo_roots:
        out.append(Finding("iso15118.pnc.mo_roots", "empty: no contract chain can validate"))
    for i, root in enumerate(pnc.mo_roots):
        out += _guard(f"iso15118.pnc.mo_roots[{i}]", _trust_anchors, root, now)
    for i, root in enumerate(pnc.v2g_roots):
        out += _guard(f"iso15118.pnc.v2g_roots[{i}]", _trust_anchors, root, now)
    if not pnc.v2g_roots and not iso.tls_roots:
        out.append(Finding("iso15118.pnc.v2g_roots", "empty (and no tls_roots): no installation"))
    return out


def _pnc_store(key: str, cfg: AgentConfig, now: dt.datetime) -> list[Finding]:
    """The contract store: a writable directory (or one that can be made); each contract in
    it loads and validates to the configured roots (a bad one is a warning: PnC installs a
    new one)."""
    from evcc_agent.iso15118.pnc import PncError
    from evcc_agent.iso15118.pnc.store import ContractStore
    from evcc_agent.iso15118.pnc.wallet import roots_of

    d = Path(cfg.iso15118.pnc.contract_store)
    if not d.exists():
        parent = next(p for p in d.parents if p.exists())
        if not os.access(parent, os.W_OK):
            return [Finding(key, f"{d} does not exist and {parent} is not writable")]
        return []
    if not d.is_dir() or not os.access(d, os.W_OK | os.X_OK):
        return [Finding(key, f"{d} is not a writable directory for this user")]
    pnc = cfg.iso15118.pnc
    # with a token, a contract without a key file has its key there (checked with the token)
    in_token = (lambda: {p.stem for p in d.glob("*.pem")}) if pnc.pkcs11_module else None
    try:
        store = ContractStore(d, roots_of(cfg.iso15118), pnc.renew_days, in_token)
        emaids = store.emaids()
    except PncError as exc:
        return [Finding(key, str(exc))]
    out = []
    for emaid in emaids:
        try:
            store.load(emaid, now)
        except PncError as exc:
            out.append(Finding(key, f"contract {emaid}: {exc}", "warning"))
    return out


def _pnc_token(key: str, cfg: AgentConfig) -> list[Finding]:
    """The token opens with the PIN, and holds the OEM key when it should."""
    from evcc_agent.iso15118.pnc import PncError
    from evcc_agent.iso15118.pnc.wallet import open_token

    pnc = cfg.iso15118.pnc
    if pnc.pkcs11_pin_file:
        out = _guard("iso15118.pnc.pkcs11_pin_file", _secret_file, pnc.pkcs11_pin_file)
        if [f for f in out if f.severity == "error"]:
            return out
    try:
        token = open_token(pnc)
        try:
            labels = token.private_key_labels()
        finally:
            token.close()
    except PncError as exc:
        return [Finding(key, str(exc))]
    if pnc.oem_key_in_token and pnc.oem_key_label not in labels:
        return [Finding("iso15118.pnc.oem_key_label", f"no key {pnc.oem_key_label!r} in the token")]
    return []


def _pnc(cfg: AgentConfig, now: dt.datetime) -> list[Finding]:
    """Plug & Charge, when ``auth`` has it: roots, OEM chain and key, store, token."""
    iso = cfg.iso15118
    out = _pnc_roots(cfg, now)
    if not iso.tls_cert:
        out.append(Finding("iso15118.tls_cert", "not set: PnC needs the OEM provisioning chain"))
    elif iso.tls != "required" and iso.tls_key:  # else checked with TLS above
        out += _guard("iso15118.tls_cert", _oem_chain, cfg, now)
    if not iso.tls_key and not iso.pnc.oem_key_in_token:
        out.append(Finding("iso15118.tls_key", "not set: PnC needs the OEM provisioning key"))
    out += _guard("iso15118.pnc.contract_store", _pnc_store, cfg, now)
    if iso.pnc.pkcs11_module:
        out += _guard("iso15118.pnc.pkcs11_token", _pnc_token, cfg)
    return out


def check_config_main(args: Any) -> int:
    """``evcc-agent check-config``: load everything ``run`` will load; print the resolved config.

    Exit 0 when ``run`` would start with everything working, 2 (configuration error) when the
    file is invalid or something ``run`` needs is missing, unreadable or broken; with
    ``--allow-degraded`` only an invalid file fails (benches without TLS files or backend).
    """
    try:
        cfg = load_checked_config(args.config)
    except ConfigError as exc:
        exc.report(command="check-config")
        return 2
    findings = preflight(cfg)
    allow = bool(getattr(args, "allow_degraded", False))
    errors = [f for f in findings if f.severity == "error"]
    for f in findings:
        kind = "warning" if f.severity == "warning" or allow else "error"
        print(f"evcc-agent check-config: {kind}: {f.key}: {f.message}", file=sys.stderr)
    print(json.dumps(redacted(cfg), indent=2, sort_keys=True))
    if errors and not allow:
        print(
            f"evcc-agent check-config: error: {args.config}: `run` would start degraded "
            f"({len(errors)} problem(s) above); --allow-degraded accepts that on a bench",
            file=sys.stderr,
        )
        return 2
    return 0
