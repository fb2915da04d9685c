"""ISO 15118-2 EVCC against the SECC simulator over TLS 1.2 on [::1] (sibling of
``iso20_session.py``, same figures).

Figures: SDP start → PaymentServiceSelectionRes with Internet up (``to_internet_ms``) and →
first CurrentDemandRes (``to_first_loop_ms``), median of several DC sessions with a warm codec;
EV processing per charge-loop round (decode the CurrentDemandRes, run the state machine,
encode the next CurrentDemandReq: ``ev_loop_ms``). Goals as for -20: ≤ 500 ms to Internet up
on loopback, ≤ 2 ms EV processing per round (the -2 CurrentDemand timeout is 250 ms).
"""

from __future__ import annotations

import asyncio
import logging
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.harness.session import loop_ms, median_sessions, report, run_until_loop, session_ms
from evcc_agent.iso15118.codec import ExiCodec
from evcc_agent.iso15118.config import Iso15118Config
from evcc_agent.iso15118.ev_data import EvData, StaticEvData
from evcc_agent.iso15118.session.iso2 import Iso2Session
from evcc_agent.iso15118.tls import server_context
from evcc_agent.sim.pki import generate
from evcc_agent.sim.secc import ISO2_NAMESPACE, SeccResponder, SeccServer, SeccSimConfig


async def one_session(server: SeccServer, pki, codec: ExiCodec) -> tuple[float, float]:
    cfg = Iso15118Config(
        sdp_target=f"[::1]:{server.sdp_port}",
        tls="required",
        tls_roots=[str(pki.v2g_root)],
        charge_loop_interval_s=0.1,
    )
    result = await run_until_loop(cfg, codec, "CurrentDemandRes")
    assert result.ok and result.protocol == "iso2", result
    assert result.tls is not None and result.tls.startswith("TLSv1.2"), result.tls
    return session_ms(result)


async def session_figures() -> tuple[float, float]:
    codec = ExiCodec()
    with tempfile.TemporaryDirectory() as tmp:
        pki = generate(tmp, algorithm="secp256r1")  # -2 PKI: ECDSA P-256
        sctx = server_context(pki.secc_chain, pki.secc_key, tls12=True)
        sim = SeccSimConfig(ongoing_rounds=0, protocols=[ISO2_NAMESPACE])
        async with SeccServer(sim, ssl_context=sctx, codec=codec) as srv:
            await srv.start_sdp(bind="::1", port=0)
            return await median_sessions(lambda: one_session(srv, pki, codec))


def _reply_ns(reply) -> str:
    assert reply.ns is not None
    return reply.ns


def loop_figure() -> float:
    """Mean EV processing per CurrentDemand round: decode + core + encode."""
    ev = StaticEvData(EvData())
    core = Iso2Session(Iso15118Config(protocols=["iso2-dc"]), ev, "020000000001")
    responder = SeccResponder(SeccSimConfig(ongoing_rounds=0, protocols=[ISO2_NAMESPACE]))
    offer = {
        "ProtocolNamespace": ISO2_NAMESPACE,
        "VersionNumberMajor": 2,
        "VersionNumberMinor": 0,
        "SchemaID": 1,
        "Priority": 1,
    }
    responder.handle(0x8001, {"supportedAppProtocolReq": {"AppProtocol": [offer]}})
    return loop_ms(
        core,
        responder,
        ExiCodec(),
        "CurrentDemandReq",
        wire_ns=_reply_ns,
        read_ns=core.decode_namespace,
        ev=ev,
    )


def main() -> None:
    logging.basicConfig(level=logging.ERROR)
    to_internet, to_loop = asyncio.run(session_figures())
    report("iso2_session", to_internet, to_loop, loop_figure(), note=", TLS 1.2")


if __name__ == "__main__":
    main()
