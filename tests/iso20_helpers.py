"""Drive the sans-IO -20 core against the SECC simulator's dict-level responder (no codec)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from evcc_agent.events import InternetEvent
from evcc_agent.iso15118.config import Iso15118Config
from evcc_agent.iso15118.ev_data import EvData, StaticEvData
from evcc_agent.iso15118.session.base import CodecFailed, EmitInternet, MessageReceived, Send
from evcc_agent.iso15118.session.iso20 import Iso20Session
from evcc_agent.sansio import LinkLost, RaiseDtc, Start, Stop, Tick
from evcc_agent.sim.secc import SeccResponder, SeccSimConfig


@dataclass
class Run:
    session: Iso20Session
    responder: SeccResponder
    sent: list[dict[str, Any]] = field(default_factory=list)
    internet: list[InternetEvent] = field(default_factory=list)
    dtcs: list[RaiseDtc] = field(default_factory=list)
    stop: Stop | None = None
    now: float = 0.0


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


def run_against_sim(
    session: Iso20Session,
    sim: SeccSimConfig | None = None,
    max_steps: int = 2000,
    on_step: Any = None,
) -> Run:
    """Run until Stop, advancing time only when the core waits (charge-loop pause, timeouts)."""
    responder = SeccResponder(sim or SeccSimConfig())
    run = Run(session, responder)
    actions = session.handle(Start(), run.now)
    for _ in range(max_steps):
        replies: list[tuple[int, dict[str, Any]]] = []
        for act in actions:
            if isinstance(act, Send):
                run.sent.append(act.message)
                reply = responder.handle(act.payload_type, act.message)
                if reply.kind == "message":
                    assert reply.message is not None
                    replies.append((reply.payload_type, reply.message))
                elif reply.kind == "drop":
                    replies.append((-1, {}))
                elif reply.kind == "garbage":
                    replies.append((-2, {}))
            elif isinstance(act, EmitInternet):
                run.internet.append(act.event)
            elif isinstance(act, RaiseDtc):
                run.dtcs.append(act)
            elif isinstance(act, Stop):
                run.stop = act
                return run
        if on_step is not None:
            on_step(run)
        if replies:
            ptype, msg = replies[0]
            run.now += 0.01
            if ptype == -1:
                actions = session.handle(LinkLost(), run.now)
            elif ptype == -2:  # what the driver does with undecodable EXI
                actions = session.handle(CodecFailed("garbage"), run.now)
            else:
                actions = session.handle(MessageReceived(ptype, msg), run.now)
            continue
        wake = session.next_deadline()
        assert wake is not None, "core neither waits nor stops"
        run.now = max(run.now, wake)
        actions = session.handle(Tick(), run.now)
    raise AssertionError("session did not stop")


def names(messages: list[dict[str, Any]]) -> list[str]:
    return [next(iter(m)) for m in messages]
