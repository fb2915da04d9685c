"""ISO 15118-20 EVCC against the SECC simulator over TLS 1.3 on [::1].

Figures: SDP start → ServiceSelectionRes with Internet up (``to_internet_ms``) and → first
DC_ChargeLoopRes (``to_first_loop_ms``), median of several sessions with a warm codec (the
agent loads the grammars at start, long before a plug-in); EV processing per charge-loop round
(decode the response, run the state machine, encode the next request: ``ev_loop_ms``).
Goals: ≤ 500 ms to Internet up on loopback, ≤ 2 ms EV processing per round.
"""

from __future__ import annotations

import asyncio
import logging
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from evcc_agent.iso15118.codec import ExiCodec, namespace_for
from evcc_agent.iso15118.config import Iso15118Config
from evcc_agent.iso15118.ev_data import EvData, StaticEvData
from evcc_agent.iso15118.evcc import Evcc
from evcc_agent.iso15118.session.base import Send
from evcc_agent.iso15118.session.iso20 import Iso20Session
from evcc_agent.iso15118.tls import server_context
from evcc_agent.sim.pki import generate
from evcc_agent.sim.secc import SeccResponder, SeccServer, SeccSimConfig

SESSIONS = 7
LOOP_ROUNDS = 2000


async def one_session(server: SeccServer, pki, codec: ExiCodec) -> tuple[float, float]:
    cfg = Iso15118Config(
        sdp_target=f"[::1]:{server.sdp_port}",
        tls="required",
        tls_roots=[str(pki.v2g_root)],
        tls_cert=str(pki.oem_chain),
        tls_key=str(pki.oem_key),
        charge_loop_interval_s=0.1,
    )
    evcc: Evcc | None = None

    def observer(direction: str, name: str, msg: dict, now: float) -> None:
        if direction == "rx" and name == "DC_ChargeLoopRes" and evcc is not None:
            evcc.request_stop("benchmark")

    evcc = Evcc(cfg, StaticEvData(), codec=codec, on_message=observer)
    result = await evcc.run()
    assert result.ok, result
    t = result.timings
    return t["internet_InternetUp"] * 1000, t["first_charge_loop"] * 1000


async def session_figures() -> tuple[float, float]:
    codec = ExiCodec()
    with tempfile.TemporaryDirectory() as tmp:
        pki = generate(tmp)
        sctx = server_context(pki.secc_chain, pki.secc_key, [pki.oem_root])
        async with SeccServer(
            SeccSimConfig(ongoing_rounds=0), ssl_context=sctx, codec=codec
        ) as srv:
            await srv.start_sdp(bind="::1", port=0)
            runs = [await one_session(srv, pki, codec) for _ in range(SESSIONS)]
    return statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs)


def loop_figure() -> float:
    """Mean EV processing per charge-loop round: decode + core + encode."""
    codec = ExiCodec()
    ev = StaticEvData(EvData())
    core = Iso20Session("dc", Iso15118Config(), ev, "020000000001", 1.7e9)
    responder = SeccResponder(SeccSimConfig(ongoing_rounds=0))
    now = 0.0
    actions = core.start(now)
    request: Send | None = None
    while True:  # drive to the charge loop at dict level
        send = next(a for a in actions if isinstance(a, Send))
        if send.name == "DC_ChargeLoopReq":
            request = send
            break
        reply = responder.handle(send.payload_type, send.message)
        now += 0.001
        assert reply.message is not None
        actions = core.on_message(reply.payload_type, reply.message, now)
    durations = []
    for i in range(LOOP_ROUNDS):
        assert request is not None
        reply = responder.handle(request.payload_type, request.message)
        assert reply.message is not None
        wire = codec.encode(namespace_for(reply.payload_type), reply.message)
        ev.update(target_current=100.0 + (i % 50))
        t0 = time.perf_counter()
        message = codec.decode(namespace_for(reply.payload_type), wire)
        now += 0.001
        core.on_message(reply.payload_type, message, now)
        now = core.next_wakeup() or now
        actions = core.tick(now)
        request = next(a for a in actions if isinstance(a, Send))
        codec.encode(request.ns, request.message)
        durations.append(time.perf_counter() - t0)
    return statistics.mean(durations) * 1000


def main() -> None:
    logging.basicConfig(level=logging.ERROR)
    to_internet, to_loop = asyncio.run(session_figures())
    ev_loop = loop_figure()
    print(f"sessions={SESSIONS} loop_rounds={LOOP_ROUNDS} (median / mean)")
    print(
        f"iso20_session: to_internet_ms={to_internet:.1f} to_first_loop_ms={to_loop:.1f} "
        f"ev_loop_ms={ev_loop:.3f}"
    )


if __name__ == "__main__":
    main()
