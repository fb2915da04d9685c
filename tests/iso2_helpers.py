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
from evcc_agent.iso15118.config import Iso15118Config
from evcc_agent.iso15118.ev_data import EvData, StaticEvData
from evcc_agent.iso15118.evcc import Evcc
from evcc_agent.iso15118.session.base import EmitInternet, RaiseDtc, Send, Stop, message_name
from evcc_agent.iso15118.session.din import DinSession
from evcc_agent.iso15118.session.iso2 import Iso2Session
from evcc_agent.iso15118.v2gtp import PayloadType
from evcc_agent.sim.secc import (
    DIN_NAMESPACE,
    ISO2_NAMESPACE,
    SeccResponder,
    SeccServer,
    SeccSimConfig,
)
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
    session: Iso2Session

    def names(self) -> list[str]:
        return [message_name(m) for m in self.sent]


def make_session(kind: str = "iso2", ev: StaticEvData | None = None, **cfg: Any) -> Iso2Session:
    cfg.setdefault("protocols", ["din"] if kind == "din" else ["iso2-dc", "iso2-ac"])
    config = Iso15118Config(charge_loop_interval_s=0.1, **cfg)
    ev = ev or StaticEvData(EvData())
    if kind == "din":
        return DinSession(config, ev, "020000000001", comm_setup_deadline=20.0)
    return Iso2Session(config, ev, "020000000001", comm_setup_deadline=20.0)


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
    session: Iso2Session,
    sim: SeccSimConfig | None = None,
    stop_after_loops: int | None = 3,
    max_steps: int = 3000,
    ongoing_for: str | None = None,
) -> Run:
    """Run until Stop; time advances 10 ms per answer and jumps to the core's next wake-up
    when it waits (charge-loop pause, timeouts). ``ongoing_for``: the simulator answers that
    request with EVSEProcessing=Ongoing for ever (the others at once)."""
    namespace = DIN_NAMESPACE if session.ns == "din" else ISO2_NAMESPACE
    if sim is not None and namespace not in sim.protocols:
        sim.protocols = [namespace]
    responder = negotiated_responder(namespace, sim)
    if ongoing_for is not None:
        responder.hold_ongoing(ongoing_for)
    run = Run(session, responder)
    loops = 0
    actions = session.start(run.now)
    for _ in range(max_steps):
        replies: list[dict[str, Any]] = []
        for act in actions:
            if isinstance(act, Send):
                run.sent.append(act.message)
                if message_name(act.message) in ("CurrentDemandReq", "ChargingStatusReq"):
                    loops += 1
                    if stop_after_loops is not None and loops >= stop_after_loops:
                        session.request_stop("test")
                reply = responder.handle(act.payload_type, act.message)
                if reply.kind == "message":
                    assert reply.message is not None
                    replies.append(reply.message)
                elif reply.kind in ("garbage",):
                    run.now += 0.01
                    actions = session.on_codec_error("garbage", run.now)
                    break
                elif reply.kind == "drop":
                    run.now += 0.01
                    actions = session.on_link_lost(run.now)
                    break
            elif isinstance(act, EmitInternet):
                run.internet.append(act.event)
            elif isinstance(act, RaiseDtc):
                run.dtcs.append(act)
            elif isinstance(act, Stop):
                run.stop = act
                return run
        else:
            if replies:
                run.now += 0.01
                actions = session.on_message(PayloadType.SAP, replies[0], run.now)
            else:
                wake = session.next_wakeup()
                assert wake is not None, "core waits for nothing"
                run.now = max(run.now, wake)
                actions = session.tick(run.now)
    raise AssertionError("session did not end")


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
        self.evcc = Evcc(
            Iso15118Config(**cfg),
            self.ev,
            on_internet=self.internet.append,
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

    def names(self, direction: str = "tx") -> list[str]:
        return [n for d, n, _ in self.log if d == direction]

    def sent(self, name: str) -> list[dict[str, Any]]:
        return [body_of(m) for d, n, m in self.log if d == "tx" and n == name]

    def offered_namespaces(self) -> list[str]:
        sap = self.sent("supportedAppProtocolReq")[0]
        return [a["ProtocolNamespace"] for a in sap["AppProtocol"]]
