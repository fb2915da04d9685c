"""Shared by the -2 / DIN / negotiation tests: a dict-level runner for the sans-IO cores and an
EVCC-driver ↔ SECC-simulator harness on [::1] with a fake clock (the -20 driver tests use the
harness too)."""

from __future__ import annotations

import asyncio
import sys
from dataclasses import dataclass
from typing import Any

from evcc_agent.clock import FakeClock
from evcc_agent.dtc import DtcRegistry
from evcc_agent.events import InternetDown
from evcc_agent.internet_service import v2icp_listener
from evcc_agent.iso15118.config import Iso15118Config
from evcc_agent.iso15118.ev_data import EvData, StaticEvData
from evcc_agent.iso15118.evcc import Evcc
from evcc_agent.iso15118.session.base import (
    Send,
    message_name,
)
from evcc_agent.iso15118.session.din import DIN
from evcc_agent.iso15118.session.iso2 import ISO2
from evcc_agent.iso15118.session.v2g import V2gSession
from evcc_agent.iso15118.v2gtp import PayloadType
from evcc_agent.sim.secc import (
    DIN_NAMESPACE,
    ISO2_NAMESPACE,
    SeccResponder,
    SeccServer,
    SeccSimConfig,
)
from tests.iso20_helpers import ResponderPort, execute
from tests.iso20_helpers import Run as SessionRun

ISO20_DC_NAMESPACE = "urn:iso:std:iso:15118:-20:DC"
ISO20_AC_NAMESPACE = "urn:iso:std:iso:15118:-20:AC"
ALL_NAMESPACES = [ISO20_DC_NAMESPACE, ISO20_AC_NAMESPACE, ISO2_NAMESPACE, DIN_NAMESPACE]
LOOP_RESPONSES = ("CurrentDemandRes", "ChargingStatusRes", "DC_ChargeLoopRes", "AC_ChargeLoopRes")


def body_of(message: dict[str, Any]) -> dict[str, Any]:
    """The body of a -2/DIN message (or of a -20/SAP one)."""
    name = message_name(message)
    if "V2G_Message" in message:
        return message["V2G_Message"]["Body"][name]
    return message[name]


# ---------------------------------------------------------------- dict level (sans-IO)
@dataclass
class Run(SessionRun):
    session: V2gSession

    def names(self) -> list[str]:
        return [message_name(m) for m in self.sent]


def make_session(kind: str = "iso2", ev: StaticEvData | None = None, **cfg: Any) -> V2gSession:
    cfg.setdefault("protocols", ["din"] if kind == "din" else ["iso2-dc", "iso2-ac"])
    config = Iso15118Config(charge_loop_interval_s=0.1, **cfg)
    ev = ev or StaticEvData(EvData())
    if kind == "din":
        return V2gSession(DIN, config, ev, "020000000001", comm_setup_deadline=20.0)
    return V2gSession(ISO2, config, ev, "020000000001", comm_setup_deadline=20.0)


def negotiated_responder(namespace: str, sim: SeccSimConfig | None = None) -> SeccResponder:
    """A simulator responder that already agreed on ``namespace`` in SAP."""
    responder = SeccResponder(sim or SeccSimConfig(protocols=[namespace]))
    offer = {
        "ProtocolNamespace": namespace,
        "VersionNumberMajor": 2,
        "VersionNumberMinor": 0,
        "SchemaID": 1,
        "Priority": 1,
    }
    responder.handle(PayloadType.SAP, {"supportedAppProtocolReq": {"AppProtocol": [offer]}})
    return responder


def run_against_sim(
    session: V2gSession,
    sim: SeccSimConfig | None = None,
    stop_after_loops: int | None = 3,
    max_steps: int = 3000,
    ongoing_for: str | None = None,
    on_step: Any = None,
) -> Run:
    """Run until Stop; time advances 10 ms per answer and jumps to the core's next wake-up
    when it waits (charge-loop pause, timeouts). ``ongoing_for``: the simulator answers that
    request with EVSEProcessing=Ongoing for ever (the others at once)."""
    namespace = DIN_NAMESPACE if session.dialect.ns == "din" else ISO2_NAMESPACE
    if sim is not None and namespace not in sim.protocols:
        sim.protocols = [namespace]
    responder = negotiated_responder(namespace, sim)
    if ongoing_for is not None:
        responder.hold_ongoing(ongoing_for)
    run = Run(session, responder)
    loops = 0

    def count_loops(send: Send) -> None:
        nonlocal loops
        if message_name(send.message) in ("CurrentDemandReq", "ChargingStatusReq"):
            loops += 1
            if stop_after_loops is not None and loops >= stop_after_loops:
                run.request_stop("test")

    return execute(run, ResponderPort(run, max_steps, on_step=on_step, on_send=count_loops))  # type: ignore[return-value]


# ---------------------------------------------------------------- the CLI
async def charge_cli(*args: str) -> tuple[int, str, str]:
    """``python -m evcc_agent charge <args>``: exit code, stdout, stderr."""
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "evcc_agent",
        "charge",
        *args,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, err = await asyncio.wait_for(proc.communicate(), 60)
    return proc.returncode or 0, out.decode(), err.decode()


# ---------------------------------------------------------------- driver ↔ simulator
class Harness:
    def __init__(self, codec: Any, sim: SeccSimConfig | None = None, ssl_ctx: Any = None) -> None:
        self.codec = codec
        self.server = SeccServer(sim or SeccSimConfig(), ssl_context=ssl_ctx, codec=codec)
        self.clock = FakeClock()
        self.dtc = DtcRegistry()
        self.internet: list[Any] = []
        self.log: list[tuple[str, str, dict[str, Any]]] = []
        self.ev = StaticEvData(EvData())
        self.stop_after_loops: int | None = 3
        self.evcc: Evcc | None = None

    def observer(self, direction: str, name: str, msg: dict[str, Any], now: float) -> None:
        self.log.append((direction, name, msg))
        loops = sum(1 for d, n, _ in self.log if d == "rx" and n in LOOP_RESPONSES)
        if self.stop_after_loops is not None and loops >= self.stop_after_loops:
            assert self.evcc is not None
            self.evcc.request_stop("test")

    async def run(self, timeout: float = 20.0, pump: Any = False, **cfg: Any) -> Any:
        """``pump``: advance fake time while the EVCC waits (True: always; a callable: once it
        returns True)."""
        cfg.setdefault("tls", "off")
        cfg.setdefault("secc_address", f"[::1]:{self.server.port}")
        cfg.setdefault("charge_loop_interval_s", 0.0)
        cfg.setdefault("ongoing_interval_s", 0.0)  # the fake clock only moves when pumped
        self.evcc = Evcc(
            Iso15118Config(**cfg),
            self.ev,
            on_internet=v2icp_listener(self.internet.append, self.dtc, self.clock),
            dtc=self.dtc,
            clock=self.clock,
            codec=self.codec,
            on_message=self.observer,
        )
        task = asyncio.create_task(self.evcc.run())
        if pump:
            while not task.done():
                await asyncio.sleep(0.002)
                if pump is True or pump():
                    self.clock.advance(0.05)
        return await asyncio.wait_for(task, timeout)

    async def run_via_sdp(self, v2g_root: Any, **cfg: Any) -> Any:
        """A run that asks for TLS and finds the simulator by SDP on [::1] (an ephemeral
        port: parallel runs stay apart); inside ``async with h.server``."""
        await self.server.start_sdp(bind="::1", port=0)
        return await self.run(
            tls="required",
            secc_address=None,
            sdp_target=f"[::1]:{self.server.sdp_port}",
            tls_roots=[str(v2g_root)],
            **cfg,
        )

    def assert_charged_without_vas(self, result: Any) -> None:
        """The session ended in order though the SECC offered no Internet service: the
        Internet is reported down and V2G_VAS_NOT_OFFERED is active."""
        assert result.ok
        assert self.internet == [InternetDown("vas_not_offered")]
        assert self.dtc.is_active("V2G_VAS_NOT_OFFERED")

    def names(self, direction: str = "tx") -> list[str]:
        return [n for d, n, _ in self.log if d == direction]

    def sent(self, name: str) -> list[dict[str, Any]]:
        return [body_of(m) for d, n, m in self.log if d == "tx" and n == name]

    def offered_namespaces(self) -> list[str]:
        sap = self.sent("supportedAppProtocolReq")[0]
        return [a["ProtocolNamespace"] for a in sap["AppProtocol"]]
