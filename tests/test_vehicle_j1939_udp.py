"""Two agent processes on one bus (python-can ``udp_multicast`` inside a network namespace of
our own, multicast routed to its loopback only): the higher-priority NAME keeps the address,
the other moves (arbitrary-address capable) or cannot claim."""

from __future__ import annotations

import importlib.util
import json
import os
import select
import subprocess
import sys
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from evcc_agent.sim.netns import netns_unavailable_reason

HELPER = Path(__file__).with_name("j1939_udp_node.py")
GROUP = "239.74.163.2"

pytestmark = [
    pytest.mark.netns,
    pytest.mark.skipif(netns_unavailable_reason() is not None, reason="needs root and iproute2"),
    pytest.mark.skipif(importlib.util.find_spec("msgpack") is None, reason="needs msgpack"),
]


def _ip(*args: str) -> None:
    subprocess.run(["ip", *args], check=True, capture_output=True, timeout=20)


@contextmanager
def loopback_netns() -> Iterator[str]:
    """A namespace with only ``lo``, multicast on and routed there: nothing leaves it."""
    ns = f"evcc-j1939-{uuid.uuid4().hex[:6]}"
    _ip("netns", "add", ns)
    try:
        _ip("-n", ns, "link", "set", "lo", "up")
        _ip("-n", ns, "link", "set", "lo", "multicast", "on")
        _ip("-n", ns, "route", "add", "224.0.0.0/4", "dev", "lo")
        yield ns
    finally:
        _ip("netns", "del", ns)


class Node:
    def __init__(self, ns: str, address: int, identity: int, aac: bool) -> None:
        argv = [
            sys.executable,
            str(HELPER),
            GROUP,
            hex(address),
            str(identity),
            "1" if aac else "0",
        ]
        self.proc = subprocess.Popen(
            ["ip", "netns", "exec", ns, *argv],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            env={**os.environ, "PYTHONUNBUFFERED": "1"},
        )
        self.events: list[dict] = []
        self._buf = b""

    def wait_for(self, pred, timeout: float = 20.0) -> dict:
        """The first event (seen or coming) for which ``pred`` holds."""
        assert self.proc.stdout is not None
        fd = self.proc.stdout.fileno()
        while True:
            for e in self.events:
                if pred(e):
                    return e
            ready, _, _ = select.select([fd], [], [], timeout)
            if not ready:
                raise AssertionError(f"no such event; got {self.events}")
            chunk = os.read(fd, 65536)
            if not chunk:
                raise AssertionError(f"node exited; got {self.events}")
            self._buf += chunk
            *lines, self._buf = self._buf.split(b"\n")
            self.events += [json.loads(line) for line in lines if line.strip()]

    def stop(self) -> None:
        if self.proc.stdin:
            self.proc.stdin.close()
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


def claimed(address: int):
    return lambda e: e.get("phase") == "claimed" and e.get("address") == address


@pytest.mark.slow
def test_two_processes_the_lower_name_wins_the_other_moves():
    with loopback_netns() as ns:
        first = Node(ns, 0x80, identity=900, aac=True)  # AAC bit set: the higher NAME
        try:
            first.wait_for(claimed(0x80))
            second = Node(ns, 0x80, identity=5, aac=False)
            try:
                second.wait_for(claimed(0x80))
                first.wait_for(claimed(0x81))
                assert not any("dtc" in e for e in first.events + second.events)
            finally:
                second.stop()
        finally:
            first.stop()


@pytest.mark.slow
def test_two_processes_the_loser_without_aac_cannot_claim():
    with loopback_netns() as ns:
        first = Node(ns, 0x80, identity=900, aac=False)
        try:
            first.wait_for(claimed(0x80))
            second = Node(ns, 0x80, identity=5, aac=False)  # same fields, lower identity
            try:
                second.wait_for(claimed(0x80))
                event = first.wait_for(lambda e: e.get("dtc") == "J1939_CANNOT_CLAIM")
                assert event["active"] and "not arbitrary-address capable" in event["detail"]
                first.wait_for(lambda e: e.get("phase") == "cannot_claim")
            finally:
                second.stop()
        finally:
            first.stop()
