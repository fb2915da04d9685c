"""Configuration of the VDV 261 V2ICP client.

Everything may be left out so that ``check-config`` and the demo work on an empty section; the
client raises ``V2ICP_CONFIG_MISSING`` at start for what it needs (``missing()``). The password
never lives in the TOML: it comes from ``password_file`` or from systemd's
``$CREDENTIALS_DIRECTORY/<password_credential>`` (``LoadCredential=``); none at all means the
empty password, which VDV 261 allows (the VIN stays mandatory).
"""

from __future__ import annotations

import ipaddress
import itertools
import logging
import os
import re
import stat
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator, model_validator

from evcc_agent.v2icp.errors import V2icpError

log = logging.getLogger(__name__)

#: ISO 3779: 17 characters, digits and capital letters without I, O and Q.
_VIN_CHAR = re.compile(r"[A-HJ-NPR-Z0-9]")


#: VDV 261 V2 (public notes, second-hand): 8..150 printable ASCII with upper, lower, digit and
#: one of these; checked only to warn, since deployed backends differ
PASSWORD_SPECIALS = "_-+#*!()?"


def password_meets_v2_rules(password: str) -> bool:
    return (
        8 <= len(password) <= 150
        and all(33 <= ord(c) < 127 for c in password)
        and any(c.isupper() for c in password)
        and any(c.islower() for c in password)
        and any(c.isdigit() for c in password)
        and any(c in PASSWORD_SPECIALS for c in password)
    )


class CredentialError(V2icpError):
    """The configured password source exists in the configuration but cannot be read."""


def check_vin(vin: str) -> str:
    """Return ``vin`` if it is a well-formed ISO 3779 VIN, else raise ``ValueError``."""
    if len(vin) != 17:
        raise ValueError(f"VIN must have 17 characters (ISO 3779), got {len(vin)}")
    bad = sorted({c for c in vin if not _VIN_CHAR.fullmatch(c)})
    if bad:
        raise ValueError(
            f"VIN has characters outside ISO 3779 (digits, A-Z without I/O/Q): {''.join(bad)!r}"
        )
    return vin


def split_endpoint(url: str) -> tuple[str, str | None]:
    """The one rule for a backend URL: ``https://host[:port]/p/a/t/h`` is base URL + path.

    Used by the configuration, ``demo --backend-url`` and the HIL bench alike, so a URL that
    the simulator prints can be pasted anywhere. Returns ``(base, path or None)``.
    """
    parts = urlsplit(url)
    base = f"{parts.scheme}://{parts.netloc}"
    path = parts.path.rstrip("/")
    if parts.query or parts.fragment:
        raise ValueError("url must not carry a query or fragment")
    return base, path or None


def _ipv6(text: str, key: str) -> str:
    """An IPv6 address (``%scope`` allowed for link-local); V2ICP is IPv6 only (VDV 261)."""
    addr, _, scope = text.partition("%")
    try:
        ip = ipaddress.IPv6Address(addr)
    except ValueError:
        raise ValueError(f"{key}: {text!r} is not an IPv6 address (V2ICP is IPv6 only)") from None
    return f"{ip.compressed}%{scope}" if scope else ip.compressed


class V2icpConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")

    enabled: bool = True
    #: backend URL, ``https://host[:port]``, or the whole endpoint ``https://host[:port]/path``
    #: (its path then is ``path``; setting both to different paths is an error)
    url: str | None = None
    path: str = "/vdv261/v2icp/messages"
    #: ``nested``: ``{"seq","vin","evccid","parameters":{…}}`` (the seed); ``flat``: parameters
    #: at the top level beside seq/vin/evccid (seen on deployed backends)
    body_shape: Literal["nested", "flat"] = "nested"
    vin: str | None = None
    #: EVCCID sent in every message (the PLC MAC, ``00-1A-B2-C3-D4-E5``); omitted when unset
    evccid: str | None = None
    #: file holding the password; unset: the systemd credential ``password_credential``
    password_file: Path | None = None
    #: systemd credential name looked up in ``$CREDENTIALS_DIRECTORY`` when no password_file
    password_credential: str = "v2icp-password"
    #: the V2ICP root certificate (PEM): the only trust anchor for the backend
    root_ca: Path | None = None
    #: optional HTTP(S) proxy URL
    proxy: str | None = None

    # --- the path through the charger (docs/v2icp.md "Network path") ---
    #: every V2ICP connection and DNS look-up leaves through this interface (bound to it);
    #: unset: the ISO 15118 interface; ``"any"``: no binding, no readiness wait (benches, demo)
    interface: str | None = None
    #: DNS servers (IPv6) for the backend's name; empty: the RDNSS of the charger's RAs
    dns_servers: list[str] = Field(default_factory=list)
    #: the backend's IPv6 address, for depots without DNS (TLS still checks the URL's name)
    backend_address: str | None = None
    ready_timeout_s: float = Field(
        default=30.0, gt=0, description="after Internet up: wait for address, route and DNS"
    )
    path_poll_s: float = Field(
        default=1.0, gt=0, description="how often the path is looked at while waiting"
    )
    dns_timeout_s: float = Field(default=3.0, gt=0, description="one DNS query")
    #: routing table of the source rule: copies of the interface's routes, then ``unreachable``
    source_table: int = Field(
        default=2616, ge=1, le=0xFFFFFFFF, description="table for traffic from the charger's prefix"
    )
    #: priority of ``from <charger's prefix> lookup source_table`` (before main's 32766)
    source_rule_priority: int = Field(
        default=2616, ge=1, le=32765, description="priority of the source rule"
    )

    cycle_s: float = Field(default=10.0, gt=0, description="interval between messages")
    response_timeout_s: float = Field(
        default=15.0, gt=0, description="wait for an answer per attempt"
    )
    attempts: int = Field(default=3, ge=1, description="attempts of one seq before backing off")
    idle_close_s: float = Field(default=61.0, gt=0, description="close the connection after idling")
    #: reconnect moments after the backend was lost (seconds since the loss)
    reconnect_schedule_s: list[float] = Field(default_factory=lambda: [300.0, 900.0, 1800.0])
    #: after the schedule: one more reconnect every this many seconds
    reconnect_every_s: float = Field(default=1800.0, gt=0)
    #: answers larger than this are a protocol violation (never buffered unbounded)
    max_response_bytes: int = Field(default=65_536, ge=1024)

    @model_validator(mode="before")
    @classmethod
    def _url_with_path(cls, data: Any) -> Any:
        if not isinstance(data, dict) or not isinstance(data.get("url"), str):
            return data
        if urlsplit(data["url"]).scheme != "https":
            return data  # the url validator says why
        base, path = split_endpoint(data["url"])
        if path is None:
            return data
        if "path" in data and data["path"] != path:
            raise ValueError(
                f"url has the path {path!r} and path is {data['path']!r}: give it once"
            )
        return {**data, "url": base, "path": path}

    @field_validator("vin")
    @classmethod
    def _vin(cls, v: str | None) -> str | None:
        return None if v is None else check_vin(v)

    @field_validator("url")
    @classmethod
    def _url(cls, v: str | None) -> str | None:
        if v is None:
            return None
        parts = urlsplit(v)
        if parts.scheme != "https" or not parts.hostname:
            raise ValueError("url must be https://host[:port] (TLS is mandatory)")
        if parts.username is not None or parts.password is not None:
            raise ValueError("url must not carry credentials (use vin and password_file)")
        return v.rstrip("/")

    @field_validator("dns_servers")
    @classmethod
    def _dns_servers(cls, v: list[str]) -> list[str]:
        return [_ipv6(a, "dns_servers") for a in v]

    @field_validator("backend_address")
    @classmethod
    def _backend_address(cls, v: str | None) -> str | None:
        return None if v is None else _ipv6(v, "backend_address")

    @field_validator("interface")
    @classmethod
    def _interface(cls, v: str | None) -> str | None:
        if v is not None and not re.fullmatch(r"[A-Za-z0-9_.:@-]{1,15}", v):
            raise ValueError("interface must be a network interface name or 'any'")
        return v

    @field_validator("source_table")
    @classmethod
    def _source_table(cls, v: int) -> int:
        if v in (253, 254, 255):
            raise ValueError(
                "source_table must not be the default (253), main (254) or local (255) table"
            )
        return v

    @field_validator("path")
    @classmethod
    def _path(cls, v: str) -> str:
        if not v.startswith("/"):
            raise ValueError("path must start with '/'")
        return v

    @field_validator("reconnect_schedule_s")
    @classmethod
    def _schedule(cls, v: list[float]) -> list[float]:
        if any(b <= a for a, b in itertools.pairwise(v)) or any(x <= 0 for x in v):
            raise ValueError("reconnect_schedule_s must be positive and increasing")
        return v

    @field_validator("password_file", "root_ca")
    @classmethod
    def _relative_to_config(cls, v: Path | None, info: ValidationInfo) -> Path | None:
        base = (info.context or {}).get("base_dir") if info.context else None
        if v is not None and not v.is_absolute() and base is not None:
            return Path(base) / v
        return v

    @property
    def endpoint(self) -> str | None:
        return None if self.url is None else self.url + self.path

    def missing(self) -> list[str]:
        """What the client cannot run without (each one is ``V2ICP_CONFIG_MISSING``)."""
        out = []
        if self.vin is None:
            out.append("vin")
        if self.url is None:
            out.append("url")
        if self.root_ca is None:
            out.append("root_ca")
        elif not self.root_ca.is_file():
            out.append(f"root_ca ({self.root_ca} not readable)")
        return out

    def read_password(self, environ: Mapping[str, str] | None = None) -> str:
        """The Basic-auth password: ``password_file``, else the systemd credential, else ''.

        A password file readable by others is used but warned about. Raises
        ``CredentialError`` if a configured file cannot be read.
        """
        env: Mapping[str, str] = os.environ if environ is None else environ
        path = self.password_file
        if path is None and env.get("CREDENTIALS_DIRECTORY"):
            cand = Path(env["CREDENTIALS_DIRECTORY"]) / self.password_credential
            if cand.exists():
                path = cand
        if path is None:
            return ""
        try:
            mode = path.stat().st_mode
            raw = path.read_bytes()
        except OSError as exc:
            raise CredentialError(
                f"password file {path}: {exc.strerror or type(exc).__name__}"
            ) from None
        if mode & stat.S_IROTH:
            log.warning("V2ICP password file %s is readable by others; chmod 600 it", path)
        try:
            text = raw.decode("ascii")
        except UnicodeDecodeError:
            raise CredentialError(f"password file {path}: not ASCII") from None
        password = text.rstrip("\r\n")
        if password and not password_meets_v2_rules(password):
            log.warning(
                "V2ICP password in %s does not meet the VDV 261 V2 rules (8-150 ASCII with "
                "upper, lower, digit and one of %s); using it anyway",
                path,
                PASSWORD_SPECIALS,
            )
        return password

    def timing(self) -> dict[str, Any]:
        """The timing knobs, for the status view and the docs."""
        return {
            "cycle_s": self.cycle_s,
            "response_timeout_s": self.response_timeout_s,
            "attempts": self.attempts,
            "idle_close_s": self.idle_close_s,
            "reconnect_schedule_s": list(self.reconnect_schedule_s),
            "reconnect_every_s": self.reconnect_every_s,
        }
