"""A veth pair with one end in a fresh network namespace, for tests and benches of link-layer
protocols (SLAC's raw Ethernet, SDP's IPv6 link-local multicast) without hardware.

Names are random so parallel runs never collide; everything is removed on exit even when the
body fails. Needs root (CAP_NET_ADMIN) and iproute2's ``ip``.
"""

from __future__ import annotations

import os
import secrets
import shutil
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class VethNetns:
    netns: str
    host_if: str  # stays in the caller's namespace
    peer_if: str  # lives in ``netns``

    def exec_prefix(self) -> list[str]:
        """Prefix for a command that must run inside the namespace."""
        return ["ip", "netns", "exec", self.netns]


def netns_unavailable_reason() -> str | None:
    """Why a veth/netns set-up cannot be made here, or ``None`` when it can."""
    if os.geteuid() != 0:
        return "needs root to create network namespaces"
    if shutil.which("ip") is None:
        return "iproute2 'ip' not installed"
    return None


def _ip(*args: str) -> None:
    subprocess.run(["ip", *args], check=True, capture_output=True, text=True, timeout=20)


def _wait_until_up(setup: VethNetns, timeout: float = 5.0) -> None:
    """Wait for the kernel's link watch to mark both ends up: until then frames are dropped."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        host = Path(f"/sys/class/net/{setup.host_if}/operstate").read_text().strip()
        peer = subprocess.run(
            ["ip", "-n", setup.netns, "-o", "link", "show", setup.peer_if],
            capture_output=True,
            text=True,
            timeout=20,
        ).stdout
        if host == "up" and "state UP" in peer:
            return
        time.sleep(0.02)


@contextmanager
def veth_netns(prefix: str = "evcc") -> Iterator[VethNetns]:
    """Create ``<prefix><random>`` with a veth pair (both ends up); delete both on exit."""
    tag = secrets.token_hex(3)
    setup = VethNetns(netns=f"{prefix}{tag}", host_if=f"v{tag}h", peer_if=f"v{tag}p")
    created_ns = created_link = False
    try:
        _ip("netns", "add", setup.netns)
        created_ns = True
        _ip("link", "add", setup.host_if, "type", "veth", "peer", "name", setup.peer_if)
        created_link = True
        _ip("link", "set", setup.peer_if, "netns", setup.netns)
        _ip("link", "set", setup.host_if, "up")
        _ip("-n", setup.netns, "link", "set", "lo", "up")
        _ip("-n", setup.netns, "link", "set", setup.peer_if, "up")
        _wait_until_up(setup)
        yield setup
    finally:
        if created_link:
            subprocess.run(["ip", "link", "del", setup.host_if], capture_output=True, timeout=20)
        if created_ns:
            subprocess.run(["ip", "netns", "del", setup.netns], capture_output=True, timeout=20)
