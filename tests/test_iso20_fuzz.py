"""Property: whatever a (decodable) SECC response contains, the -20 core never raises; it
either goes on or stops with a DTC."""

from __future__ import annotations

import copy

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from evcc_agent.iso15118.session.base import MessageReceived, Send
from evcc_agent.sansio import RaiseDtc, Start, Stop, StopRequested, Tick
from evcc_agent.sim.secc import SeccResponder, SeccSimConfig
from tests.iso20_helpers import make_session
from tests.mangle import mangled, paths

JUNK = st.one_of(
    st.none(),
    st.integers(-(2**40), 2**40),
    st.text(max_size=5),
    st.booleans(),
    st.just({}),
    st.just([]),
    st.just({"Exponent": 127, "Value": 32767}),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    step=st.integers(0, 40),
    pick=st.integers(0, 10_000),
    junk=JUNK,
    delete=st.booleans(),
    energy=st.sampled_from(["dc", "ac"]),
    mode=st.sampled_from(["scheduled", "dynamic"]),
)
def test_core_never_raises_on_mangled_responses(step, pick, junk, delete, energy, mode):
    session = make_session(energy, control_mode=mode)
    responder = SeccResponder(SeccSimConfig(ongoing_rounds=0))
    now = 0.0
    actions = session.handle(Start(), now)
    for i in range(200):
        if any(isinstance(a, Stop) for a in actions):
            return
        send = next((a for a in actions if isinstance(a, Send)), None)
        if send is None:
            wake = session.next_deadline()
            assert wake is not None
            now = max(now, wake)
            actions = session.handle(Tick(), now)
            continue
        reply = responder.handle(send.payload_type, send.message)
        assert reply.message is not None
        message = copy.deepcopy(reply.message)
        if i == step:
            inner = [p for p in paths(message) if len(p) > 1]
            message = mangled(message, inner[pick % len(inner)], junk, delete)
        now += 0.01
        actions = session.handle(MessageReceived(reply.payload_type, message), now)
        if i >= step + 3 and not any(isinstance(a, RaiseDtc) for a in actions):
            session.handle(StopRequested("fuzz"), now)
