"""The one sans-IO contract and its executor: every core takes the same events, the executor
runs any of them the same way (send failures, posted events, DTCs, the end)."""

from __future__ import annotations

import asyncio
import json
from dataclasses import dataclass, field
from typing import Any

from evcc_agent.clock import FakeClock
from evcc_agent.dtc import DtcRegistry
from evcc_agent.events import InternetDown, InternetUp
from evcc_agent.executor import Executor
from evcc_agent.iso15118.config import SlacConfig
from evcc_agent.iso15118.session.sap import SapSession
from evcc_agent.iso15118.slac import SlacEv
from evcc_agent.sansio import (
    ClearDtc,
    Core,
    Deadline,
    Event,
    LinkLost,
    RaiseDtc,
    Send,
    Start,
    Stop,
    StopRequested,
    Tick,
)
from evcc_agent.v2icp.config import V2icpConfig
from evcc_agent.v2icp.session import ParametersChanged, ResponseReceived, V2icpSession
from tests.iso20_helpers import make_session

VIN = "WVWZZZ1JZXW000001"


def test_every_core_is_a_core_of_the_contract():
    cores: list[Core[Any]] = [
        SapSession(["iso20-dc"]),
        make_session("dc"),
        SlacEv(SlacConfig(), "02:00:00:00:00:01"),
        V2icpSession(V2icpConfig(vin=VIN)),
    ]
    for core in cores:
        assert callable(core.handle) and callable(core.next_deadline)


def test_v2icp_handle_is_its_event_methods():
    by_event, by_method = V2icpSession(V2icpConfig(vin=VIN)), V2icpSession(V2icpConfig(vin=VIN))
    up = InternetUp("https", 443, "iso20")
    assert by_event.handle(ParametersChanged({"odo": 5}), 0.0) == by_method.parameters_changed(
        0.0, {"odo": 5}
    )
    (send,) = by_event.handle(up, 0.0)
    assert [send] == by_method.internet(0.0, up)
    body = json.dumps({"seq": 0, "vin": VIN}).encode()
    acts = by_event.handle(ResponseReceived(send.request_id, 200, body), 0.1)
    assert acts == by_method.response_received(0.1, send.request_id, 200, body)
    assert by_event.next_deadline() == by_method.next_deadline() is not None
    wake = by_event.next_deadline()
    assert wake is not None
    assert by_event.handle(Tick(), wake) == by_method.tick(wake)
    assert by_event.handle(InternetDown("x"), wake) == by_method.internet_down(wake, "x")


# ---------------------------------------------------------------- the executor
class Ping(Send):
    """Request ``n`` on the test wire."""

    def __init__(self, n: int) -> None:
        self.n = n


class Pong(Event):
    """The answer to Ping ``n``."""

    def __init__(self, n: int) -> None:
        self.n = n


class Note:
    """A world action the port performs."""

    def __init__(self, text: str) -> None:
        self.text = text


@dataclass
class PingCore:
    """Sends Ping 1..3, each answered by Pong; a lost link retries once; stops in order when
    asked. Raises a DTC at the first loss and clears it with the next Pong."""

    log: list[Any] = field(default_factory=list)
    n: int = 0
    stopping: bool = False
    deadline: float | None = None

    def handle(self, event: Event, now: float) -> list[Any]:
        self.log.append(event)
        if isinstance(event, Start | Tick):
            return self._ping(now)
        if isinstance(event, LinkLost):
            return [RaiseDtc("V2G_TRANSPORT_ERROR", event.detail), *self._ping(now, again=True)]
        if isinstance(event, StopRequested):
            self.stopping = True
            return [Note(f"stop: {event.reason}")]
        assert isinstance(event, Pong)
        if self.stopping or event.n == 3:
            return [Stop(True, f"done at {event.n}")]
        return [ClearDtc("V2G_TRANSPORT_ERROR"), *self._ping(now)]

    def next_deadline(self) -> float | None:
        return self.deadline

    def _ping(self, now: float, again: bool = False) -> list[Any]:
        self.n += 0 if again else 1
        self.deadline = now + 1.0
        return [Ping(self.n), Deadline("Pong", self.deadline)]


@dataclass
class PingPort:
    clock: FakeClock
    lose: set[int] = field(default_factory=set)
    sent: list[int] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    pending: list[Event] = field(default_factory=list)

    async def send(self, action: Any) -> Event | None:
        self.sent.append(action.n)
        if action.n in self.lose:
            self.lose.discard(action.n)
            return LinkLost(f"lost {action.n}")
        self.pending.append(Pong(action.n))
        return None

    async def receive(self, deadline: float | None) -> Event | None:
        await asyncio.sleep(0)  # a real port waits: let others run
        self.clock.advance(0.5)
        return self.pending.pop(0) if self.pending else None

    def perform(self, action: Any) -> None:
        self.notes.append(action.text)


def test_executor_runs_a_core_to_its_stop_with_dtcs_and_a_failed_send():
    clock, dtc = FakeClock(), DtcRegistry()
    core, port = PingCore(), PingPort(clock, lose={2})
    stop = asyncio.run(Executor(core, port, clock, dtc).run())
    assert stop == Stop(True, "done at 3")
    assert port.sent == [1, 2, 2, 3]  # the lost send went straight back to the core
    assert [type(e).__name__ for e in core.log] == ["Start", "Pong", "LinkLost", "Pong", "Pong"]
    st = dtc.states["V2G_TRANSPORT_ERROR"]
    assert st.count == 1 and not st.active and st.detail == "lost 2"


def test_executor_posted_event_reaches_the_core_at_once_and_its_actions_run_next():
    clock, dtc = FakeClock(), DtcRegistry()
    core, port = PingCore(), PingPort(clock)
    executor = Executor(core, port, clock, dtc)

    async def run() -> Stop:
        task = asyncio.create_task(executor.run())
        await asyncio.sleep(0)
        executor.post(StopRequested("test"))
        assert core.stopping  # handled at once, not queued behind the wire
        return await task

    stop = asyncio.run(run())
    assert stop == Stop(True, "done at 1") and port.notes == ["stop: test"]
    assert port.sent == [1]


def test_executor_ticks_at_the_cores_deadline():
    clock, dtc = FakeClock(), DtcRegistry()
    core = PingCore()
    port = PingPort(clock)
    port.send = _swallow  # type: ignore[method-assign]  # no answers: only deadlines
    executor = Executor(core, port, clock, dtc)

    async def run() -> None:
        task = asyncio.create_task(executor.run())
        for _ in range(4):
            await asyncio.sleep(0)
        executor.post(StopRequested("enough"))
        port.pending.append(Pong(0))
        await task

    asyncio.run(run())
    ticks = [e for e in core.log if isinstance(e, Tick)]
    assert ticks and core.n == 1 + len(ticks)


async def _swallow(action: Any) -> Event | None:
    return None


def test_dtc_registry_applies_the_contracts_dtc_actions_and_nothing_else():
    dtcs = DtcRegistry()
    assert dtcs.apply(RaiseDtc("V2ICP_UNREACHABLE", "all attempts failed"), 5.0)
    state = dtcs.states["V2ICP_UNREACHABLE"]
    assert state.active and state.detail == "all attempts failed" and state.last_seen == 5.0
    assert dtcs.apply(ClearDtc("V2ICP_UNREACHABLE"), 6.0)
    assert not state.active and state.stored
    assert not dtcs.apply(Stop(ok=True, reason="done"), 7.0)
