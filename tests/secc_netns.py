"""Shared by the tests that run whole sessions against an SECC in its own network namespace
behind a veth pair (our simulator or Josev): the namespace with fixed link-local addresses,
the SECC process in it, and an EVCC that stops after its first charge-loop rounds."""

from __future__ import annotations

import asyncio
import os
import shutil
import subprocess
import sys
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from evcc_agent.clock import Clock, MonotonicClock
from evcc_agent.dtc import DtcRegistry
from evcc_agent.internet_service import v2icp_listener
from evcc_agent.iso15118.config import Iso15118Config
from evcc_agent.iso15118.ev_data import StaticEvData
from evcc_agent.iso15118.evcc import Evcc, SessionResult
from evcc_agent.sim.netns import VethNetns, netns_unavailable_reason, veth_netns
from evcc_agent.sim.pki import Algorithm, TestPki, generate

REPO = Path(__file__).resolve().parents[1]

needs_netns = pytest.mark.skipif(
    netns_unavailable_reason() is not None, reason="needs root and iproute2"
)


def _ip(*args: str) -> None:
    subprocess.run(["ip", *args], check=True, capture_output=True)


@asynccontextmanager
async def secc_in_netns(
    argv: Callable[[VethNetns], list[str]],
    *,
    prefix: str,
    ev_addr: str,
    secc_addr: str,
    **popen: Any,
) -> AsyncIterator[tuple[VethNetns, asyncio.subprocess.Process]]:
    """A veth pair (``ev_addr`` on our end, ``secc_addr`` on the namespace's) and the SECC
    process ``argv(net)`` started in the namespace; killed and removed on exit."""
    with veth_netns(prefix) as net:
        _ip("-6", "addr", "add", f"{ev_addr}/64", "dev", net.host_if, "nodad")
        _ip("-n", net.netns, "-6", "addr", "add", f"{secc_addr}/64", "dev", net.peer_if, "nodad")
        proc = await asyncio.create_subprocess_exec(*net.exec_prefix(), *argv(net), **popen)
        try:
            yield net, proc
        finally:
            if proc.returncode is None:
                proc.kill()
                await proc.wait()


# ----------------------------------------------------------------- our SECC simulator
SIM_EV_ADDR = "fe80::ec:1"
SIM_SECC_ADDR = "fe80::5e:cc"


@asynccontextmanager
async def sim_secc_in_netns(server_args: str, prefix: str) -> AsyncIterator[VethNetns]:
    """Our SECC simulator (``SeccServer(<server_args>, host='::')``, SDP on the namespace's
    end of the veth) in its own namespace, ready to answer."""

    def argv(net: VethNetns) -> list[str]:
        code = (
            "import asyncio\n"
            "from evcc_agent.iso15118.tls import server_context\n"
            "from evcc_agent.sim.secc import DIN_NAMESPACE, ISO2_NAMESPACE, SeccServer, SeccSimConfig\n"
            "async def main():\n"
            f"    s = SeccServer({server_args}, host='::')\n"
            "    await s.start()\n"
            f"    await s.start_sdp(interface={net.peer_if!r}, advertise={SIM_SECC_ADDR!r})\n"
            "    print('ready', flush=True)\n"
            "    await asyncio.sleep(60)\n"
            "asyncio.run(main())\n"
        )
        return [sys.executable, "-c", code]

    async with secc_in_netns(
        argv,
        prefix=prefix,
        ev_addr=SIM_EV_ADDR,
        secc_addr=SIM_SECC_ADDR,
        stdout=asyncio.subprocess.PIPE,
        cwd=str(REPO),
    ) as (net, proc):
        assert proc.stdout is not None
        assert (await asyncio.wait_for(proc.stdout.readline(), 20)).strip() == b"ready"
        yield net


# ----------------------------------------------------------------- Josev's SECC
JOSEV_PYTHON = os.environ.get("EVCC_JOSEV_PYTHON")
INTEROP = Path(__file__).resolve().parent / "interop"

needs_josev = pytest.mark.skipif(not JOSEV_PYTHON, reason="EVCC_JOSEV_PYTHON not set")
#: the marks of a -2 / DIN session test against Josev in a namespace (its codec needs Java)
JOSEV_V2_SESSION_MARKS = [
    pytest.mark.netns,
    needs_josev,
    pytest.mark.skipif(shutil.which("java") is None, reason="Josev's EXI codec needs Java"),
    needs_netns,
]


def josev_pki(tmp_path: Path, algorithm: Algorithm) -> tuple[TestPki, Path]:
    """Our test PKI, its SECC side laid out where Josev's ``PKI_PATH`` expects it."""
    pki = generate(tmp_path / "ours", algorithm=algorithm)
    certs = tmp_path / "josev" / "iso15118_2" / "certs"
    keys = tmp_path / "josev" / "iso15118_2" / "private_keys"
    certs.mkdir(parents=True)
    keys.mkdir(parents=True)
    shutil.copy(pki.secc_chain, certs / "cpoCertChain.pem")
    shutil.copy(pki.oem_root, certs / "oemRootCACert.pem")
    shutil.copy(pki.v2g_root, certs / "v2gRootCACert.pem")
    shutil.copy(pki.secc_key, keys / "seccLeaf.key")
    (keys / "seccLeafPassword.txt").write_text("")
    return pki, tmp_path / "josev"


@asynccontextmanager
async def josev_in_netns(
    tmp_path: Path, runner: str, pki_path: Path, prefix: str, **env: str
) -> AsyncIterator[VethNetns]:
    """Josev's SECC (``tests/interop/<runner>``) in its own namespace, started; its own log
    goes to ``tmp_path/josev.log`` (kept for debugging)."""
    assert JOSEV_PYTHON
    (tmp_path / ".env").write_text("")
    with (tmp_path / "josev.log").open("wb") as log_file:
        async with secc_in_netns(
            lambda net: [JOSEV_PYTHON, str(INTEROP / runner), net.peer_if],
            prefix=prefix,
            ev_addr="fe80::e:1",
            secc_addr="fe80::e:2",
            cwd=str(tmp_path),
            env=dict(os.environ, PKI_PATH=f"{pki_path}/", **env),
            stdout=asyncio.subprocess.DEVNULL,
            stderr=log_file,
        ) as (net, _proc):
            await asyncio.sleep(5)  # Josev starts its JVM-backed codec
            yield net


# ----------------------------------------------------------------- the EVCC side
@dataclass
class EvccRun:
    result: SessionResult
    events: list[Any] = field(default_factory=list)
    dtc: DtcRegistry = field(default_factory=DtcRegistry)
    #: names of all messages sent and received
    seen: list[str] = field(default_factory=list)


async def run_evcc_until_loop(
    cfg: Iso15118Config,
    loop_responses: tuple[str, ...],
    *,
    rounds: int = 1,
    timeout: float,
    clock: Clock | None = None,
    ev: Any = None,
    record: list[tuple[str, str, Any]] | None = None,
) -> EvccRun:
    """A whole session that asks to stop after ``rounds`` charge-loop responses; ``record``
    collects every (direction, name, message)."""
    events: list[Any] = []
    seen: list[str] = []
    dtc = DtcRegistry()
    clock = clock or MonotonicClock()
    evcc: Evcc | None = None

    def observer(direction: str, name: str, msg: Any, now: float) -> None:
        seen.append(name)
        if record is not None:
            record.append((direction, name, msg))
        if name in loop_responses and seen.count(name) >= rounds and evcc is not None:
            evcc.request_stop("test")

    evcc = Evcc(
        cfg,
        ev or StaticEvData(),
        on_internet=v2icp_listener(events.append, dtc, clock),
        dtc=dtc,
        on_message=observer,
        clock=clock,
    )
    result = await asyncio.wait_for(evcc.run(), timeout)
    return EvccRun(result, events, dtc, seen)
