"""Every message the -20 core sends and the simulator answers survives the real EXI codec
unchanged (decode(encode(m)) == m), across DC/AC, scheduled/dynamic and the stop variants."""

from __future__ import annotations

from typing import Any

import pytest

from evcc_agent.iso15118.codec import ExiCodec, namespace_for
from evcc_agent.iso15118.ev_data import EvData, StaticEvData
from evcc_agent.iso15118.session.sap import build_offer
from evcc_agent.sim.secc import Fault, SeccResponder, SeccSimConfig
from tests.iso20_helpers import make_session, run_against_sim


@pytest.mark.parametrize("energy", ["dc", "ac"])
@pytest.mark.parametrize("mode", ["scheduled", "dynamic"])
@pytest.mark.parametrize("note", [None, "Pause", "ScheduleRenegotiation", "ServiceRenegotiation"])
def test_all_exchanged_messages_roundtrip(energy, mode, note):
    codec = ExiCodec()
    loop = "DC_ChargeLoopReq" if energy == "dc" else "AC_ChargeLoopReq"
    faults = [Fault("notification", loop, 2, notification=note)] if note else []
    ev = StaticEvData(EvData(departure_time_s=3600, soc=33.3, target_current=123.4))

    def stop(run):
        if run.session.loop_rounds >= 4:
            run.request_stop("test")

    session = make_session(energy, ev, control_mode=mode)
    run = run_against_sim(session, SeccSimConfig(faults=faults), on_step=stop)
    assert run.stop is not None and run.stop.ok
    roundtrip(codec, run.sent, SeccSimConfig(faults=faults))


def roundtrip(codec: ExiCodec, sent: list[Any], sim: SeccSimConfig) -> list[Any]:
    """Every request in ``sent`` and the simulator's answer to it survive the codec; the
    answers."""
    responder = SeccResponder(sim)
    replies = []
    for msg in sent:
        ns = _ns_of(next(iter(msg)))
        assert codec.decode(ns, codec.encode(ns, msg)) == msg, next(iter(msg))
        reply = responder.handle(0, msg)
        if reply.message is not None:
            assert codec.decode(ns, codec.encode(ns, reply.message)) == reply.message
            replies.append(reply.message)
    return replies


def _ns_of(name: str) -> str:
    if name.startswith("DC_"):
        return "iso20-dc"
    if name.startswith("AC_"):
        return "iso20-ac"
    return "iso20-common"


def test_sap_roundtrip():
    codec = ExiCodec()
    req, _ = build_offer(["iso20-dc", "iso20-ac", "iso2-dc", "din"])
    assert codec.decode("appprotocol", codec.encode("appprotocol", req)) == req
    assert namespace_for(0x8001) == "appprotocol"
