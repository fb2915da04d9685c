"""What the simulators' TLS servers (the V2ICP backend, the VDV 463 CMS) share: the TLS 1.2
profile VDV 261 and VDV 463 both name, the URL of a bound listening socket, and how a server is
started."""

from __future__ import annotations

import ssl
from abc import ABC, abstractmethod
from dataclasses import dataclass
from pathlib import Path
from typing import Any

#: the one TLS 1.2 suite of the VDV 261 / VDV 463 profile
PROFILE_CIPHER = "ECDHE-ECDSA-AES128-SHA256"


def restrict_to_profile(ctx: ssl.SSLContext) -> None:
    """TLS 1.2 with the profile's suite and nothing else."""
    ctx.maximum_version = ssl.TLSVersion.TLSv1_2
    ctx.set_ciphers(PROFILE_CIPHER)


def listen_url(scheme: str, sockname: Any, path: str = "") -> str:
    """``scheme://host:port/path`` of a bound socket (an IPv6 host in brackets)."""
    host, port = sockname[0], sockname[1]
    shown = f"[{host}]" if ":" in host else host
    return f"{scheme}://{shown}:{port}{path}"


@dataclass(frozen=True)
class Listen:
    """Where and how a simulator serves: its certificate and key, the address (port 0: any
    free one) and whether only the TLS 1.2 profile is offered."""

    certfile: Path
    keyfile: Path
    host: str = "127.0.0.1"
    port: int = 0
    tls12_profile_only: bool = False


class TlsServer(ABC):
    """A simulator's TLS server: ``start`` serves and returns the URL, ``stop`` ends it (and
    ``start`` may follow again)."""

    url: str

    async def start(
        self,
        certfile: Path,
        keyfile: Path,
        host: str = "127.0.0.1",
        port: int = 0,
        tls12_profile_only: bool = False,
    ) -> str:
        """Serve; returns the URL (also kept as ``url``). ``tls12_profile_only``: TLS 1.2 with
        the profile's suite ``PROFILE_CIPHER`` and nothing else."""
        self.url = await self._serve(Listen(certfile, keyfile, host, port, tls12_profile_only))
        return self.url

    @abstractmethod
    async def _serve(self, listen: Listen) -> str:
        """Start serving as ``listen`` says; returns the URL."""

    @abstractmethod
    async def stop(self) -> None:
        """Stop serving."""
