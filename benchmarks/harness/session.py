"""What the -20 and -2 session benchmarks share: timing real sessions against the SECC
simulator and timing the EV's side of one charge-loop round at dict level."""

from __future__ import annotations

import statistics
import time
from collections.abc import Awaitable, Callable
from typing import Any

from evcc_agent.iso15118.codec import ExiCodec
from evcc_agent.iso15118.config import Iso15118Config
from evcc_agent.iso15118.ev_data import StaticEvData
from evcc_agent.iso15118.evcc import Evcc, SessionResult
from evcc_agent.iso15118.session.base import MessageReceived, Send
from evcc_agent.sansio import Start, Tick
from evcc_agent.sim.secc import SeccResponder

SESSIONS = 7
LOOP_ROUNDS = 2000


def sdp_tls_config(server: Any, pki: Any, **extra: Any) -> Iso15118Config:
    """The EV's config against ``server``: SDP on [::1], TLS to the simulator's PKI."""
    return Iso15118Config(
        sdp_target=f"[::1]:{server.sdp_port}",
        tls="required",
        tls_roots=[str(pki.v2g_root)],
        charge_loop_interval_s=0.1,
        **extra,
    )


async def run_until_loop(cfg: Iso15118Config, codec: ExiCodec, loop_response: str) -> SessionResult:
    """One session that stops after its first ``loop_response``."""
    evcc: Evcc | None = None

    def observer(direction: str, name: str, msg: dict, now: float) -> None:
        if direction == "rx" and name == loop_response and evcc is not None:
            evcc.request_stop("benchmark")

    evcc = Evcc(cfg, StaticEvData(), codec=codec, on_message=observer)
    return await evcc.run()


def session_ms(result: SessionResult) -> tuple[float, float]:
    """Start → Internet up, start → first charge-loop response (ms)."""
    t = result.timings
    return t["internet_InternetUp"] * 1000, t["first_charge_loop"] * 1000


async def median_sessions(
    one_session: Callable[[], Awaitable[tuple[float, float]]],
) -> tuple[float, float]:
    runs = [await one_session() for _ in range(SESSIONS)]
    return statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs)


def loop_ms(
    core: Any,
    responder: SeccResponder,
    codec: ExiCodec,
    loop_request: str,
    wire_ns: Callable[[Any], str],
    read_ns: Callable[[int], str],
    ev: StaticEvData,
) -> float:
    """Mean EV processing per charge-loop round (decode + core + encode), after driving
    ``core`` to its first ``loop_request`` against ``responder``. ``wire_ns`` names the grammar
    the SECC encodes a reply with, ``read_ns`` the one the EV decodes a payload type with."""
    now = 0.0
    actions = core.handle(Start(), now)
    request: Send | None = None
    while True:  # drive to the charge loop at dict level
        sends = [a for a in actions if isinstance(a, Send)]
        if not sends:  # a paced repeat (Ongoing, pre-charge): wake the core when it is due
            wake = core.next_deadline()
            assert wake is not None, "core neither sends nor waits"
            now = wake
            actions = core.handle(Tick(), now)
            continue
        send = sends[0]
        if send.name == loop_request:
            request = send
            break
        reply = responder.handle(send.payload_type, send.message)
        now += 0.001
        assert reply.message is not None
        actions = core.handle(MessageReceived(reply.payload_type, reply.message), now)
    durations = []
    for i in range(LOOP_ROUNDS):
        assert request is not None
        reply = responder.handle(request.payload_type, request.message)
        assert reply.message is not None
        wire = codec.encode(wire_ns(reply), reply.message)
        ev.update(target_current=100.0 + (i % 50))
        t0 = time.perf_counter()
        message = codec.decode(read_ns(reply.payload_type), wire)
        now += 0.001
        core.handle(MessageReceived(reply.payload_type, message), now)
        now = core.next_deadline() or now
        actions = core.handle(Tick(), now)
        request = next(a for a in actions if isinstance(a, Send))
        codec.encode(request.ns, request.message)
        durations.append(time.perf_counter() - t0)
    return statistics.mean(durations) * 1000


def report(name: str, to_internet: float, to_loop: float, ev_loop: float, note: str = "") -> None:
    """The two output lines; the last is the ``name: key=value …`` figure line."""
    print(f"sessions={SESSIONS} loop_rounds={LOOP_ROUNDS} (median / mean){note}")
    print(
        f"{name}: to_internet_ms={to_internet:.1f} to_first_loop_ms={to_loop:.1f} "
        f"ev_loop_ms={ev_loop:.3f}"
    )
