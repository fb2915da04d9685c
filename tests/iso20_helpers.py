"""Drive the sans-IO -20 core against the SECC simulator's dict-level responder (no codec)."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from typing import Any

from evcc_agent.dtc import DtcRegistry, DtcState
from evcc_agent.events import InternetEvent
from evcc_agent.executor import Executor
from evcc_agent.iso15118.config import Iso15118Config
from evcc_agent.iso15118.ev_data import EvData, StaticEvData
from evcc_agent.iso15118.session.base import CodecFailed, EmitInternet, MessageReceived
from evcc_agent.iso15118.session.iso20 import Iso20Session
from evcc_agent.sansio import LinkLost, RaiseDtc, Stop, StopRequested
from evcc_agent.sim.secc import SeccResponder, SeccSimConfig


@dataclass
class Run:
    session: Iso20Session
    responder: SeccResponder
    sent: list[dict[str, Any]] = field(default_factory=list)
    #: when each of ``sent`` went out
    sent_at: list[float] = field(default_factory=list)
    internet: list[InternetEvent] = field(default_factory=list)
    dtcs: list[RaiseDtc] = field(default_factory=list)
    stop: Stop | None = None
    now: float = 0.0
    executor: Executor | None = None

    def request_stop(self, reason: str) -> None:
        """What ``Evcc.request_stop`` does: the stop request reaches the core at once."""
        assert self.executor is not None
        self.executor.post(StopRequested(reason))


def make_session(
    energy: str = "dc",
    ev: StaticEvData | None = None,
    **cfg: Any,
) -> Iso20Session:
    config = Iso15118Config(charge_loop_interval_s=0.1, **cfg)
    return Iso20Session(
        energy,  # type: ignore[arg-type]
        config,
        ev or StaticEvData(EvData()),
        evcc_id="020000000001",
        epoch_offset=1_700_000_000,
        comm_setup_deadline=20.0,
    )


class RecordingDtc(DtcRegistry):
    """A real registry that also keeps every raise in ``run.dtcs``."""

    def __init__(self, run: Run) -> None:
        super().__init__()
        self.run = run

    def raise_(self, name: str, now: float, detail: str = "") -> DtcState:
        self.run.dtcs.append(RaiseDtc(name, detail))
        return super().raise_(name, now, detail)


class RunClock:
    """The executor's clock: ``run.now``, moved only by the port."""

    def __init__(self, run: Run) -> None:
        self.run = run

    def now(self) -> float:
        return self.run.now

    async def sleep(self, seconds: float) -> None:  # pragma: no cover - the port never sleeps
        raise AssertionError("the dict-level run does not sleep")


class ResponderPort:
    """The executor's port to the simulator's dict-level responder: one answer per request,
    10 ms later; with no answer due, time jumps to the core's deadline (a ``Tick``)."""

    def __init__(self, run: Run, max_steps: int, on_step: Any = None, on_send: Any = None) -> None:
        self.run = run
        self.steps = max_steps
        self.on_step = on_step
        self.on_send = on_send
        self.pending: list[Any] = []

    async def send(self, action: Any) -> Any:
        self.run.sent.append(action.message)
        self.run.sent_at.append(self.run.now)
        if self.on_send is not None:
            self.on_send(action)
        reply = self.run.responder.handle(action.payload_type, action.message)
        if reply.kind == "message":
            assert reply.message is not None
            self.pending.append(MessageReceived(reply.payload_type, reply.message))
        elif reply.kind == "drop":
            self.pending.append(LinkLost())
        elif reply.kind == "garbage":  # what the driver does with undecodable EXI
            self.pending.append(CodecFailed("garbage"))
        return None

    def perform(self, action: Any) -> None:
        if isinstance(action, EmitInternet):
            self.run.internet.append(action.event)

    async def receive(self, deadline: float | None) -> Any:
        self.steps -= 1
        if self.steps < 0:
            raise AssertionError("session did not stop")
        if self.on_step is not None:
            self.on_step(self.run)
        if self.pending:
            event, self.pending = self.pending[0], []
            self.run.now += 0.01
            return event
        assert deadline is not None, "core neither waits nor stops"
        self.run.now = max(self.run.now, deadline)
        return None


def execute(run: Run, port: ResponderPort) -> Run:
    """Drive ``run.session`` with the production executor until it stops."""
    executor = Executor(run.session, port, RunClock(run), RecordingDtc(run))
    run.executor = executor
    run.stop = asyncio.run(executor.run())
    return run


def run_against_sim(
    session: Iso20Session,
    sim: SeccSimConfig | None = None,
    max_steps: int = 2000,
    on_step: Any = None,
) -> Run:
    """Run until Stop, advancing time only when the core waits (charge-loop pause, timeouts)."""
    run = Run(session, SeccResponder(sim or SeccSimConfig()))
    return execute(run, ResponderPort(run, max_steps, on_step=on_step))


def names(messages: list[dict[str, Any]]) -> list[str]:
    return [next(iter(m)) for m in messages]
