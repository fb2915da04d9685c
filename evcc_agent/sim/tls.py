"""What the simulators' TLS servers (the V2ICP backend, the VDV 463 CMS) share: the TLS 1.2
profile VDV 261 and VDV 463 both name, and the URL of a bound listening socket."""

from __future__ import annotations

import ssl
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
