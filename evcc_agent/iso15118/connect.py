"""Connection policy: how the EVCC reaches its SECC before any V2G message.

SDP (or the configured address) names the SECC; TLS 1.3 for -20 with the config's key-exchange
group and one retry with OpenSSL's groups when a charger resets the handshake; TLS 1.2 for
-2; plain TCP for -2 (EIM) and DIN when the SECC offers no TLS in SDP. The SAP offer of the
connection follows from it: -20 only over TLS 1.3 (unless TLS is off on a bench). Every way
this fails raises its DTC and ``ConnectFailed``.
"""

from __future__ import annotations

import asyncio
import contextlib
import ipaddress
import logging
import ssl
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from evcc_agent.clock import Clock
from evcc_agent.dtc import DtcRegistry
from evcc_agent.iso15118 import sdp, tls
from evcc_agent.iso15118.config import Iso15118Config
from evcc_agent.iso15118.errors import Iso15118Error
from evcc_agent.iso15118.registry import CONFIG_NAMES
from evcc_agent.iso15118.v2gtp import PayloadType, V2gtpConnection

log = logging.getLogger(__name__)

CONNECT_TIMEOUT_S = 5.0
_TLS_RESETS = (ssl.SSLError, ConnectionResetError, asyncio.IncompleteReadError)


class ConnectFailed(Iso15118Error):
    """The session could not even start (SDP, connect, TLS); the DTC is already raised."""


@dataclass
class Connected:
    conn: V2gtpConnection
    #: "[host]:port" of the SECC, the TLS description ("TLSv1.3 …" or "plain TCP")
    where: str
    info: str
    tls_version: str | None
    #: clock time the connection came up (CommunicationSetup runs from here)
    at: float


def parse_secc_address(text: str) -> tuple[str, int]:
    """``HOST:PORT``, ``[V6]:PORT`` or ``[fe80::1%eth1]:PORT`` → (host, port)."""
    text = text.strip()
    if text.startswith("["):
        host, sep, rest = text[1:].partition("]")
        if not sep or not rest.startswith(":"):
            raise ValueError(f"bad SECC address {text!r}")
        port = rest[1:]
    else:
        host, sep, port = text.rpartition(":")
        if not sep:
            raise ValueError(f"bad SECC address {text!r} (want HOST:PORT)")
    if not port.isdigit() or not 0 < int(port) < 65536:
        raise ValueError(f"bad port in SECC address {text!r}")
    return host, int(port)


def _is_link_local(host: str) -> bool:
    try:
        return ipaddress.ip_address(host).is_link_local
    except ValueError:  # a host name
        return False


def _read_secret(path: str | None) -> str | None:
    if not path:
        return None
    return Path(path).read_text().strip() or None


def without_tls13(protocols: list[str]) -> list[str]:
    """The protocols that may run without TLS 1.3 (-2 over TLS 1.2 or TCP, DIN)."""
    return [p for p in protocols if not CONFIG_NAMES[p].needs_tls13]


@dataclass
class SeccConnector:
    """Finds the SECC and opens the connection by the policy above (``ssl_context``: a
    fixed client context, no group fallback; ``mark``: timing marks "sdp", "connected")."""

    cfg: Iso15118Config
    dtc: DtcRegistry
    clock: Clock
    ssl_context: Any = None
    mark: Callable[[str], None] = lambda _name: None
    #: the SECC answered SDP without TLS although we asked for it (-2/DIN only then)
    plain_tcp: bool = field(default=False, init=False)
    #: "[host]:port" of the SECC once known
    where: str | None = field(default=None, init=False)

    def offer(self, tls_version: str | None) -> list[str]:
        """The SAP offer for this connection: -20 only over TLS 1.3 (unless TLS is off)."""
        if self.cfg.tls == "off" or tls_version == "TLSv1.3":
            return list(self.cfg.protocols)
        return without_tls13(self.cfg.protocols)

    async def connect(self) -> Connected:
        self.plain_tcp, self.where = False, None
        ssl_ctx = self._client_ssl()
        host, port = await self._endpoint(ssl_ctx is not None)
        if self.plain_tcp:
            ssl_ctx = None
        where = f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
        self.where = where
        try:
            reader, writer = await self._open_with_fallback(host, port, ssl_ctx, where)
        except (ConnectionError, OSError, TimeoutError, asyncio.IncompleteReadError) as exc:
            if isinstance(exc, _TLS_RESETS):
                self._raise("V2G_TLS_FAILURE", f"TLS handshake with {where}: {exc!r}")
            else:
                self._raise("V2G_TRANSPORT_ERROR", f"cannot connect to {where}: {exc!r}")
            raise ConnectFailed(f"connect {where}: {exc!r}") from exc
        ssl_object = writer.get_extra_info("ssl_object")
        info = tls.describe(ssl_object)
        if ssl_ctx is not None:
            self.dtc.clear("V2G_TLS_FAILURE")
        log.info("connected to SECC %s (%s)", where, info)
        self.mark("connected")
        conn = V2gtpConnection(reader, writer, {PayloadType.SAP}, self.cfg.max_payload_bytes)
        version = ssl_object.version() if ssl_object is not None else None
        return Connected(conn, where, info, version, self.clock.now())

    # ---------------------------------------------------------------- internals
    def _raise(self, name: str, detail: str) -> None:
        self.dtc.raise_(name, self.clock.now(), detail)

    def _client_ssl(self, group: str | None = None) -> Any:
        if self.cfg.tls == "off":
            log.warning("TLS to the SECC is OFF (bench/test mode); -20 requires TLS 1.3")
            return None
        if self.ssl_context is not None:
            return self.ssl_context
        try:
            return tls.client_context(
                self.cfg.tls_roots,
                self.cfg.tls_cert,
                self.cfg.tls_key,
                _read_secret(self.cfg.tls_key_password_file),
                group or self._tls_group(),
                allow_tls12=any(p.startswith("iso2-") for p in self.cfg.protocols),
            )
        except (tls.TlsConfigError, OSError) as exc:
            self._raise("V2G_TLS_FAILURE", f"TLS configuration: {exc}")
            raise ConnectFailed(str(exc)) from exc

    def _tls_group(self) -> str:
        """-20's group (config) when -20 is offered; -2's secp256r1 when only -2/DIN are."""
        if any(CONFIG_NAMES[p].needs_tls13 for p in self.cfg.protocols):
            return self.cfg.tls_group
        return tls.ISO2_GROUP

    async def _endpoint(self, secure: bool) -> tuple[str, int]:
        if self.cfg.secc_address:
            try:
                host, port = parse_secc_address(self.cfg.secc_address)
                if "%" not in host and _is_link_local(host):
                    host = sdp.with_scope(host, sdp.scope_id(self.cfg.interface))
                return host, port
            except (ValueError, sdp.SdpFailed) as exc:
                self._raise("V2G_SESSION_FAILED", str(exc))
                raise ConnectFailed(str(exc)) from exc
        return await self._discover(secure)

    async def _discover(self, secure: bool) -> tuple[str, int]:
        security = sdp.Security.TLS if secure else sdp.Security.NONE
        try:
            target, port = self.cfg.sdp_target, sdp.SDP_PORT
            if target and target.startswith("["):  # "[ADDR]:PORT": a bench's own port
                target, port = parse_secc_address(target)
            resp, scope = await sdp.discover(
                security, self.cfg.interface, target, self.clock, port=port
            )
        except (sdp.SdpFailed, ValueError) as exc:
            self._raise("V2G_SDP_FAILED", str(exc))
            raise ConnectFailed(str(exc)) from exc
        self.dtc.clear("V2G_SDP_FAILED")
        self.mark("sdp")
        if resp.security != security and secure and without_tls13(self.cfg.protocols):
            # -2 (EIM) and DIN may run without TLS; -20 may not, so it is not offered then
            log.warning(
                "SECC offers no TLS (SDP); continuing over TCP with %s only",
                ", ".join(without_tls13(self.cfg.protocols)),
            )
            self.plain_tcp = True
        elif resp.security != security:
            detail = f"SECC answered SDP with security {resp.security.name}, wanted {security.name}"
            self._raise("V2G_TLS_FAILURE" if secure else "V2G_SESSION_FAILED", detail)
            raise ConnectFailed(detail)
        return sdp.with_scope(resp.address, scope), resp.port

    async def _open_with_fallback(
        self, host: str, port: int, ssl_ctx: Any, where: str
    ) -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
        try:
            return await self._open(host, port, ssl_ctx)
        except _TLS_RESETS as exc:
            if not self._may_fall_back(ssl_ctx):
                raise
            # chargers that ignore -20's key-exchange groups (seen: P-256 only) reset
            # the handshake; retry once with OpenSSL's list, which includes the -20 ones
            log.warning(
                "TLS handshake with %s failed with group %s (%r); retrying with "
                "OpenSSL's default groups",
                where,
                self.cfg.tls_group,
                exc,
            )
            return await self._open(host, port, self._client_ssl("default"))

    def _may_fall_back(self, ssl_ctx: Any) -> bool:
        return (
            ssl_ctx is not None
            and self.ssl_context is None
            and self.cfg.tls_group != "default"
            and self.cfg.tls_group_fallback
        )

    async def _open(
        self, host: str, port: int, ssl_ctx: Any
    ) -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
        return await asyncio.wait_for(
            asyncio.open_connection(
                host, port, ssl=ssl_ctx, server_hostname="" if ssl_ctx else None
            ),
            CONNECT_TIMEOUT_S,
        )


def default_evcc_id(interface: str | None) -> str:
    """The interface's MAC address as 12 hex digits (what EVCCs commonly send)."""
    if interface:
        with contextlib.suppress(OSError):
            mac = Path(f"/sys/class/net/{interface}/address").read_text().strip()
            digits = mac.replace(":", "").upper()
            if len(digits) == 12 and digits != "000000000000":
                return digits
    return "EVCCAGENT001"
