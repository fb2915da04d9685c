"""TLS 1.3 contexts for ISO 15118-20 (mutual authentication).

The EVCC presents its OEM provisioning chain and verifies the SECC chain against the
configured V2G root(s). -20 names the key-exchange groups secp521r1 and x448 and the signature
schemes ecdsa_secp521r1_sha512 and ed448. Python's ``ssl`` (3.11, OpenSSL 3) can select one
key-exchange group (``set_ecdh_curve``) but cannot restrict the signature schemes; certificates
with secp521r1/SHA-512 and Ed448 both work. See docs/iso15118.md for the gap.

Verification is never disabled here; the SECC certificate is not matched against a host name
(the SECC is reached by a link-local address learnt from SDP), only against the V2G root(s).
"""

from __future__ import annotations

import logging
import ssl
from collections.abc import Sequence
from pathlib import Path

from evcc_agent.iso15118.errors import Iso15118Error

log = logging.getLogger(__name__)

#: The key-exchange groups -20 names, in the spelling OpenSSL accepts; "default" keeps
#: OpenSSL's list (x25519, P-256, x448, P-521, P-384) for chargers that do not follow -20.
TLS_GROUPS = ("secp521r1", "X448", "default", "prime256v1")
#: -2 names ECDH(E) on secp256r1 (OpenSSL: prime256v1)
ISO2_GROUP = "prime256v1"
#: -2's TLS 1.2 suites in OpenSSL's spelling. -2 also names the static-ECDH
#: TLS_ECDH_ECDSA_WITH_AES_128_CBC_SHA256, which OpenSSL 3 no longer implements.
TLS12_CIPHERS = "ECDHE-ECDSA-AES128-SHA256"


class TlsConfigError(Iso15118Error):
    """A certificate, key or trust anchor could not be loaded."""


def _base_context(
    purpose: ssl.Purpose, group: str, tls12: bool = False, tls13: bool = True
) -> ssl.SSLContext:
    proto = (
        ssl.PROTOCOL_TLS_CLIENT if purpose == ssl.Purpose.SERVER_AUTH else ssl.PROTOCOL_TLS_SERVER
    )
    ctx = ssl.SSLContext(proto)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2 if tls12 else ssl.TLSVersion.TLSv1_3
    ctx.maximum_version = ssl.TLSVersion.TLSv1_3 if tls13 else ssl.TLSVersion.TLSv1_2
    if tls12:  # -2: server-authenticated TLS 1.2 with the -2 suite only
        ctx.set_ciphers(TLS12_CIPHERS)
    if group != "default":
        if group not in TLS_GROUPS:
            raise TlsConfigError(f"unknown TLS group {group!r} (one of {', '.join(TLS_GROUPS)})")
        ctx.set_ecdh_curve(group)
    return ctx


def _load_chain(
    ctx: ssl.SSLContext, cert: str | Path, key: str | Path, password: str | None
) -> None:
    try:
        ctx.load_cert_chain(str(cert), str(key), password=password)
    except (OSError, ssl.SSLError) as exc:
        raise TlsConfigError(f"cannot load certificate chain {cert} / key {key}: {exc}") from exc


def _load_roots(ctx: ssl.SSLContext, roots: Sequence[str | Path]) -> None:
    if not roots:
        raise TlsConfigError("no trust anchor configured")
    for root in roots:
        try:
            ctx.load_verify_locations(cafile=str(root))
        except (OSError, ssl.SSLError) as exc:
            raise TlsConfigError(f"cannot load trust anchor {root}: {exc}") from exc


def client_context(
    v2g_roots: Sequence[str | Path],
    cert_chain: str | Path | None,
    key: str | Path | None,
    key_password: str | None = None,
    group: str = "secp521r1",
    allow_tls12: bool = False,
) -> ssl.SSLContext:
    """EVCC side: verify the SECC against ``v2g_roots``; present the OEM chain when given.

    ``allow_tls12``: also accept -2's TLS 1.2 (when -2 is among the offered protocols)."""
    ctx = _base_context(ssl.Purpose.SERVER_AUTH, group, tls12=allow_tls12)
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_REQUIRED
    _load_roots(ctx, v2g_roots)
    if cert_chain and key:
        _load_chain(ctx, cert_chain, key, key_password)
    else:
        log.warning("TLS: no OEM provisioning certificate configured; -20 SECCs will refuse")
    return ctx


def server_context(
    cert_chain: str | Path,
    key: str | Path,
    client_roots: Sequence[str | Path] = (),
    group: str = "default",
    tls12: bool = False,
) -> ssl.SSLContext:
    """SECC side (simulator): present the SECC chain; require a client chain when roots given.

    ``tls12``: a -2 SECC: TLS 1.2 only, server authentication (pass no ``client_roots``)."""
    ctx = _base_context(ssl.Purpose.CLIENT_AUTH, group, tls12=tls12, tls13=not tls12)
    _load_chain(ctx, cert_chain, key, None)
    if client_roots:
        _load_roots(ctx, client_roots)
        ctx.verify_mode = ssl.CERT_REQUIRED
    return ctx


def describe(obj: ssl.SSLObject | ssl.SSLSocket | None) -> str:
    """Version, cipher and group of an established connection, for the log."""
    if obj is None:
        return "plain TCP"
    cipher = obj.cipher()
    return f"{obj.version()} {cipher[0] if cipher else '?'}"
