"""The sans-IO V2ICP session: every timing rule on plain numbers (no clock, no sockets)."""

from __future__ import annotations

import json
from typing import Any

import pytest

from evcc_agent.events import InternetDown, InternetUp
from evcc_agent.v2icp.config import V2icpConfig
from evcc_agent.v2icp.params import PARAMETERS, VEHICLE_PARAMETERS
from evcc_agent.v2icp.session import (
    Acknowledged,
    Action,
    ApplyDirectives,
    ClearDtc,
    CloseConnection,
    Phase,
    RaiseDtc,
    Send,
    TransportErrorKind,
    V2icpSession,
)
from tests.v2icp_helpers import VEHICLE_VALUES, VIN


def make(**kw: Any) -> V2icpSession:
    cfg = V2icpConfig(vin=VIN, evccid="00-1A-B2-C3-D4-E5", **kw)
    s = V2icpSession(cfg)
    s.parameters_changed(0.0, VEHICLE_VALUES)
    return s


def sends(acts: list[Action]) -> list[Send]:
    return [a for a in acts if isinstance(a, Send)]


def one_send(acts: list[Action]) -> Send:
    (s,) = sends(acts)
    return s


def params_of(send: Send) -> dict[str, int]:
    return json.loads(send.body)["parameters"]


def answer(seq: int, vin: str = VIN, **directives: Any) -> bytes:
    return json.dumps({"seq": seq, "vin": vin, "parameters": directives}).encode()


def ack(s: V2icpSession, now: float, send: Send, **directives: Any) -> list[Action]:
    return s.response_received(now, send.request_id, 200, answer(send.seq, **directives))


UP = InternetUp("https", 443, "iso20")


def test_seq0_is_full_set_then_deltas_every_cycle_with_h2_and_bat_always():
    s = make()
    first = one_send(s.internet(0.0, UP))
    body = json.loads(first.body)
    assert body["seq"] == 0 and body["vin"] == VIN and body["evccid"] == "00-1A-B2-C3-D4-E5"
    assert body["parameters"] == VEHICLE_VALUES
    acts = ack(s, 0.2, first, driveoff=45)
    assert ApplyDirectives(0, {"driveoff": 45}) in acts
    assert s.tick(9.9) == []
    s.parameters_changed(5.0, {"chrg_stat": 3, "bat_eamount": 220})
    second = one_send(s.tick(10.0))
    assert second.seq == 1
    assert params_of(second) == {"h2_stat": 2, "bat_stat": 0, "chrg_stat": 3, "bat_eamount": 220}
    ack(s, 10.1, second)
    third = one_send(s.tick(20.0))
    assert third.seq == 2 and params_of(third) == {"h2_stat": 2, "bat_stat": 0}


def test_missing_parameters_go_out_as_sna_and_invalid_values_become_sna():
    s = V2icpSession(V2icpConfig(vin=VIN))
    s.parameters_changed(0.0, {"odo": 5, "bat_stat": 7, "bogus": 1})
    p = json.loads(one_send(s.internet_up(0.0)).body)["parameters"]
    assert p["odo"] == 5
    assert p["bat_stat"] == PARAMETERS["bat_stat"].sna
    assert p["prec_eamount"] == PARAMETERS["prec_eamount"].sna
    assert list(p) == list(VEHICLE_PARAMETERS) and "evccid" not in json.loads(s._msg.body)  # type: ignore[union-attr]


def test_flat_body_shape():
    s = make(body_shape="flat")
    doc = json.loads(one_send(s.internet_up(0.0)).body)
    assert doc["odo"] == 18234 and "parameters" not in doc
    send = s._msg
    assert send is not None
    acts = s.response_received(
        0.1, send.request_id, 200, json.dumps({"seq": 0, "vin": VIN, "target_soc": 80}).encode()
    )
    assert ApplyDirectives(0, {"target_soc": 80}) in acts


def test_retry_same_seq_byte_identical_then_backoff_and_delta_keeps_failed_changes():
    s = make()
    ack(s, 0.1, one_send(s.internet_up(0.0)))
    s.parameters_changed(3.0, {"odo": 18240})
    a1 = one_send(s.tick(10.0))
    # no answer within 15 s: the connection is closed and the same seq goes out again
    acts = s.tick(25.0)
    assert any(isinstance(a, CloseConnection) for a in acts)
    a2 = one_send(acts)
    assert (a2.seq, a2.body, a2.attempt) == (a1.seq, a1.body, 2)
    # a quick 500 waits a cycle before attempt 3
    assert s.response_received(26.0, a2.request_id, 500, b"") == []
    assert s.tick(34.9) == []
    a3 = one_send(s.tick(35.0))
    assert a3.body == a1.body and a3.attempt == 3
    acts = s.response_received(36.0, a3.request_id, 503, b"")
    assert RaiseDtc("V2ICP_UNREACHABLE", "3 attempts failed") in acts
    assert s.phase is Phase.BACKOFF
    # changes while the backend is away
    s.parameters_changed(100.0, {"chrg_stat": 3})
    s.parameters_changed(200.0, {"odo": 18241})
    # the connection idles for 61 s and is closed
    assert s.tick(96.9) == []
    assert s.tick(97.0) == [CloseConnection("idle for 61 s")]
    assert s.tick(335.9) == []
    r = one_send(s.tick(336.0))  # 5 min after the loss
    assert r.seq == 2 and r.attempt == 1
    assert params_of(r) == {"h2_stat": 2, "bat_stat": 0, "odo": 18241, "chrg_stat": 3}
    acts = ack(s, 336.5, r)
    assert ClearDtc("V2ICP_UNREACHABLE") in acts
    assert s.counters["reconnects"] == 1 and s.counters["failed_attempts"] == 3
    assert s.acked["odo"] == 18241 and s.phase is Phase.WAITING


def test_reconnect_cadence_5_15_30_then_every_30_minutes():
    s = make(attempts=1)
    first = one_send(s.internet_up(0.0))
    s.transport_error(1.0, first.request_id, TransportErrorKind.CONNECT, "refused")
    moments = []
    now = 1.0
    for _ in range(6):
        nxt = s.next_deadline()
        assert nxt is not None
        # only the idle close may come earlier than the next reconnect moment
        while s.tick(nxt) and not s._in_flight:
            nxt = s.next_deadline()
            assert nxt is not None
        send = s._msg
        assert send is not None and s._in_flight
        moments.append(nxt - 1.0)
        now = nxt
        s.transport_error(now + 0.5, send.request_id, TransportErrorKind.CONNECT, "refused")
    assert moments == [300, 900, 1800, 3600, 5400, 7200]
    assert s.counters["reconnects"] == 6


def test_auth_rejected_raises_dtc_and_waits_for_reconnect_cadence():
    s = make()
    first = one_send(s.internet_up(0.0))
    acts = s.response_received(0.1, first.request_id, 401, b"")
    assert RaiseDtc("V2ICP_AUTH_REJECTED", "HTTP 401: credentials rejected") in acts
    assert s.phase is Phase.BACKOFF
    for t in (10.0, 20.0, 60.0, 299.0):
        assert sends(s.tick(t)) == []
    again = one_send(s.tick(300.1))
    assert again.seq == 1  # a new message, delta against nothing acknowledged = full set
    assert params_of(again) == VEHICLE_VALUES
    s.response_received(300.2, again.request_id, 403, b"")
    assert s.next_deadline() == pytest.approx(361.2)  # idle close first
    assert s.tick(361.2) == [CloseConnection("idle for 61 s")]
    assert s.next_deadline() == pytest.approx(900.1)  # 15 min after the first rejection


def test_seq_wraps_to_zero_with_full_set():
    s = make()
    send = one_send(s.internet_up(0.0))
    now = 0.0
    for expected in range(1, 256):
        ack(s, now + 0.1, send)
        now += 10.0
        send = one_send(s.tick(now))
        assert send.seq == expected
    assert params_of(send) == {"h2_stat": 2, "bat_stat": 0}
    ack(s, now + 0.1, send)
    wrapped = one_send(s.tick(now + 10.0))
    assert wrapped.seq == 0 and params_of(wrapped) == VEHICLE_VALUES


@pytest.mark.parametrize(
    ("body", "why"),
    [
        (answer(5), "seq mismatch"),
        (answer(1, vin="WVWZZZ1JZXW000002"), "VIN mismatch"),
        (b'{"seq": 1, "vin": "WVW', "malformed JSON"),
        (b"[1, 2]", "not a JSON object"),
        (json.dumps({"seq": "1", "vin": VIN}).encode(), "seq mismatch"),
    ],
)
def test_off_protocol_answer_is_a_failed_attempt_with_dtc(body: bytes, why: str):
    s = make()
    ack(s, 0.1, one_send(s.internet_up(0.0)))
    s.parameters_changed(1.0, {"odo": 1})
    send = one_send(s.tick(10.0))
    acts = s.response_received(10.1, send.request_id, 200, body)
    (dtc,) = [a for a in acts if isinstance(a, RaiseDtc)]
    assert dtc.name == "V2ICP_PROTOCOL_VIOLATION" and why in dtc.detail
    assert why in s.last_failure
    assert not any(isinstance(a, (ApplyDirectives, Acknowledged)) for a in acts)
    retry = one_send(s.tick(20.0))
    assert retry.body == send.body
    acts = ack(s, 20.1, retry)
    assert ClearDtc("V2ICP_PROTOCOL_VIOLATION") in acts


def test_invalid_directives_rejected_one_by_one_valid_ones_apply():
    s = make()
    send = one_send(s.internet_up(0.0))
    acts = ack(
        s,
        0.1,
        send,
        driveoff=40,
        target_soc=180,
        prec_hvac=9,
        ambienttemp=255,
        odo=5,
        foo=1,
        prec_dsrd="1",
    )
    assert ApplyDirectives(0, {"driveoff": 40, "ambienttemp": 255}) in acts
    (dtc,) = [a for a in acts if isinstance(a, RaiseDtc)]
    assert dtc.name == "DIRECTIVE_INVALID"
    assert s.counters["directives_rejected"] == 5
    nxt = one_send(s.tick(10.0))
    acts = ack(s, 10.1, nxt, target_soc=80)
    assert ClearDtc("DIRECTIVE_INVALID") in acts
    assert ApplyDirectives(1, {"target_soc": 80}) in acts
    # 'parameters' of the wrong type: acknowledged, nothing applied
    nxt = one_send(s.tick(20.0))
    acts = s.response_received(
        20.1, nxt.request_id, 200, json.dumps({"seq": 2, "vin": VIN, "parameters": [1]}).encode()
    )
    assert any(isinstance(a, Acknowledged) for a in acts)
    assert not any(isinstance(a, ApplyDirectives) for a in acts)


def test_stop_on_internet_down_and_restart_at_seq0_full():
    s = make()
    ack(s, 0.1, one_send(s.internet_up(0.0)))
    send = one_send(s.tick(10.0))
    acts = s.internet(11.0, InternetDown("session_stop"))
    assert acts == [CloseConnection("internet down: session_stop")]
    assert s.phase is Phase.STOPPED and s.next_deadline() is None
    assert s.tick(1000.0) == []
    # a late answer of the old session is ignored
    assert ack(s, 12.0, send) == []
    s.parameters_changed(2000.0, {"odo": 20000})
    again = one_send(s.internet(3000.0, UP))
    assert again.seq == 0 and params_of(again) == {**VEHICLE_VALUES, "odo": 20000}
    assert s.internet(3001.0, UP) == []  # already running


def test_non_https_internet_service_does_not_start():
    s = make()
    assert s.internet(0.0, InternetUp("http", 80, "iso2")) == []
    assert s.phase is Phase.STOPPED


def test_stale_outcomes_after_timeout_are_ignored():
    s = make()
    first = one_send(s.internet_up(0.0))
    retry = one_send(s.tick(15.0))
    assert ack(s, 15.5, first) == []  # the answer to attempt 1 came too late
    assert any(isinstance(a, Acknowledged) for a in ack(s, 15.6, retry))


def test_tls_failure_and_oversize_raise_their_dtcs():
    s = make()
    first = one_send(s.internet_up(0.0))
    acts = s.transport_error(0.1, first.request_id, TransportErrorKind.TLS, "certificate expired")
    assert RaiseDtc("V2ICP_TLS_FAILURE", "tls: certificate expired") in acts
    second = one_send(s.tick(10.0))
    acts = s.transport_error(10.1, second.request_id, TransportErrorKind.OVERSIZE, "> 64 KiB")
    assert any(isinstance(a, RaiseDtc) and a.name == "V2ICP_PROTOCOL_VIOLATION" for a in acts)


def test_idle_close_only_when_nothing_happens_for_61_s():
    s = make(cycle_s=70.0)
    ack(s, 0.5, one_send(s.internet_up(0.0)))
    assert s.tick(61.4) == []
    assert s.tick(61.5) == [CloseConnection("idle for 61 s")]
    assert s.tick(65.0) == []
    assert one_send(s.tick(70.0)).seq == 1


def test_vin_is_required():
    with pytest.raises(ValueError):
        V2icpSession(V2icpConfig())


def test_values_of_a_given_up_message_are_resent_even_if_they_returned_to_the_acked_value():
    s = make(attempts=1)
    ack(s, 0.1, one_send(s.internet_up(0.0)))
    s.parameters_changed(1.0, {"chrg_stat": 3})
    lost = one_send(s.tick(10.0))
    assert params_of(lost)["chrg_stat"] == 3
    s.tick(25.0)  # no answer: the backend may or may not hold chrg_stat=3 now
    s.parameters_changed(30.0, {"chrg_stat": 1})  # back to the acknowledged value
    again = one_send(s.tick(325.0))
    assert params_of(again) == {"h2_stat": 2, "bat_stat": 0, "chrg_stat": 1}


# --- property: whatever fails, every acknowledged state is what the vehicle had -------------
from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_CHANGE = st.tuples(st.just("change"), st.sampled_from(["odo", "chrg_stat"]), st.integers(0, 1))
_OUTCOME = st.tuples(
    st.sampled_from(["ok", "500", "timeout", "garbage", "received_but_lost"]),
    st.just(""),
    st.just(0),
)


@settings(max_examples=300, deadline=None)
@given(st.integers(1, 2), st.lists(st.one_of(_CHANGE, _OUTCOME), max_size=60))
def test_acknowledged_set_always_equals_the_vehicle_state_when_the_message_was_built(attempts, ops):
    s = make(attempts=attempts)
    backend: dict[str, int] = {}
    now = 0.0
    pending: tuple[Send, dict[str, int]] | None = None

    built: dict[str, int] = {}

    def collect(acts: list[Action]) -> None:
        nonlocal pending, built
        for a in acts:
            if isinstance(a, Send):
                if a.attempt == 1:  # a retry carries what the first attempt was built from
                    built = dict(s.current)
                pending = (a, built)

    collect(s.internet_up(now))
    for kind, name, value in ops:
        now += 1.0
        if kind == "change":
            s.parameters_changed(now, {name: value})
            continue
        if pending is None:
            deadline = s.next_deadline()
            assert deadline is not None
            now = max(now, deadline)
            collect(s.tick(now))
            continue
        send, built_from = pending
        pending = None
        doc = json.loads(send.body)
        if kind in ("ok", "garbage", "received_but_lost"):  # the backend got the message
            if doc["seq"] == 0:
                backend.clear()
            backend.update(doc["parameters"])
        if kind == "ok":
            collect(s.response_received(now, send.request_id, 200, answer(send.seq)))
            assert s.acked == built_from == backend
        elif kind == "500":
            collect(s.response_received(now, send.request_id, 500, b""))
        elif kind == "garbage":
            collect(s.response_received(now, send.request_id, 200, b"{"))
        else:
            now = send_deadline = now + 15.0
            collect(s.tick(send_deadline))


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**40), 2**40) | st.floats() | st.text(max_size=5),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)
_DIRECTIVES = st.dictionaries(
    st.sampled_from([*PARAMETERS, "x"]),
    st.one_of(st.integers(-300, 70_000), st.floats(), st.text(max_size=3), st.none()),
    max_size=8,
)


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from([200, 200, 200, 401, 403, 500, 302]),
    st.one_of(
        _JSON.map(lambda d: json.dumps(d).encode()),
        _DIRECTIVES.map(lambda d: json.dumps({"seq": 0, "vin": VIN, "parameters": d}).encode()),
        st.binary(max_size=40),
    ),
    st.sampled_from(["nested", "flat"]),
)
def test_any_answer_never_crashes_and_only_valid_directives_apply(status, body, shape):
    from evcc_agent.v2icp.params import Direction, validate

    s = make(body_shape=shape)
    first = one_send(s.internet_up(0.0))
    acts = s.response_received(0.1, first.request_id, status, body)
    for a in acts:
        if isinstance(a, ApplyDirectives):
            assert a.values
            for name, value in a.values.items():
                assert validate(name, value, Direction.BACKEND) == value
    acked = any(isinstance(a, Acknowledged) for a in acts)
    assert acked == (s.counters["acknowledged"] == 1)
    assert acked or s.counters["failed_attempts"] == 1
