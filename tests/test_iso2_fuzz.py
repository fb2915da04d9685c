"""Property: whatever a -2 / DIN SECC answers (any field of any response replaced by junk,
dropped, or the body swapped for another response), the sans-IO core never raises; it goes on
or ends with a DTC, and Internet up only ever follows an accepted PaymentServiceSelectionRes."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from evcc_agent.events import InternetUp
from evcc_agent.iso15118.session.base import EmitInternet, MessageReceived, Send
from evcc_agent.iso15118.v2gtp import PayloadType
from evcc_agent.sansio import ClearDtc, Deadline, RaiseDtc, Start, Stop
from evcc_agent.sim.secc import DIN_NAMESPACE, ISO2_NAMESPACE
from tests.iso2_helpers import make_session, negotiated_responder
from tests.mangle import mangled, paths

JUNK = st.one_of(
    st.none(),
    st.integers(-(2**40), 2**40),
    st.text(max_size=20),
    st.booleans(),
    st.floats(allow_nan=True),
    st.lists(st.integers(), max_size=3),
    st.dictionaries(st.text(max_size=5), st.integers(), max_size=2),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    kind=st.sampled_from(["iso2-dc", "iso2-ac", "din"]),
    step=st.integers(0, 25),
    data=st.data(),
    junk=JUNK,
    drop=st.booleans(),
)
def test_any_answer_never_crashes(kind, step, data, junk, drop):
    din = kind == "din"
    session = make_session("din" if din else "iso2", protocols=[kind])
    responder = negotiated_responder(DIN_NAMESPACE if din else ISO2_NAMESPACE)
    now = 0.0
    actions = session.handle(Start(), now)
    payment_ok = False
    for i in range(step + 1):
        send = next((a for a in actions if isinstance(a, Send)), None)
        if send is None or any(isinstance(a, Stop) for a in actions):
            return
        reply = responder.handle(send.payload_type, send.message)
        assert reply.message is not None
        message = reply.message
        if i == step:
            path = data.draw(st.sampled_from(paths(message)))
            message = mangled(message, path, junk, drop)
        elif "PaymentServiceSelectionRes" in message["V2G_Message"]["Body"]:
            payment_ok = True
        now += 0.01
        actions = session.handle(MessageReceived(PayloadType.SAP, message), now)
        assert isinstance(actions, list)
        for act in actions:
            assert isinstance(act, Send | Deadline | EmitInternet | RaiseDtc | ClearDtc | Stop)
            if isinstance(act, EmitInternet) and isinstance(act.event, InternetUp):
                assert not din
                assert payment_ok or i == step
        if session.finished:
            assert any(isinstance(a, Stop) for a in actions)
            return
