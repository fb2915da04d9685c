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
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.harness.session import (
    loop_ms,
    median_sessions,
    report,
    run_until_loop,
    sdp_tls_config,
    session_ms,
)
from evcc_agent.iso15118.codec import ExiCodec, namespace_for
from evcc_agent.iso15118.config import Iso15118Config
from evcc_agent.iso15118.ev_data import EvData, StaticEvData
from evcc_agent.iso15118.session.iso20 import Iso20Session
from evcc_agent.iso15118.tls import server_context
from evcc_agent.sim.pki import generate
from evcc_agent.sim.secc import SeccResponder, SeccServer, SeccSimConfig


async def one_session(server: SeccServer, pki, codec: ExiCodec) -> tuple[float, float]:
    cfg = sdp_tls_config(server, pki, tls_cert=str(pki.oem_chain), tls_key=str(pki.oem_key))
    result = await run_until_loop(cfg, codec, "DC_ChargeLoopRes")
    assert result.ok, result
    return session_ms(result)


async def session_figures() -> tuple[float, float]:
    codec = ExiCodec()
    with tempfile.TemporaryDirectory() as tmp:
        pki = generate(tmp)
        sctx = server_context(pki.secc_chain, pki.secc_key, [pki.oem_root])
        async with SeccServer(
            SeccSimConfig(ongoing_rounds=0), ssl_context=sctx, codec=codec
        ) as srv:
            await srv.start_sdp(bind="::1", port=0)
            return await median_sessions(lambda: one_session(srv, pki, codec))


def loop_figure() -> float:
    """Mean EV processing per charge-loop round: decode + core + encode."""
    ev = StaticEvData(EvData())
    core = Iso20Session("dc", Iso15118Config(), ev, "020000000001", 1.7e9)
    responder = SeccResponder(SeccSimConfig(ongoing_rounds=0))
    return loop_ms(
        core,
        responder,
        ExiCodec(),
        "DC_ChargeLoopReq",
        wire_ns=lambda reply: namespace_for(reply.payload_type),
        read_ns=namespace_for,
        ev=ev,
    )


def main() -> None:
    logging.basicConfig(level=logging.ERROR)
    to_internet, to_loop = asyncio.run(session_figures())
    report("iso20_session", to_internet, to_loop, loop_figure())


if __name__ == "__main__":
    main()
