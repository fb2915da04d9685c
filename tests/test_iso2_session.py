"""The sans-IO -2 and DIN cores against the simulator's dict-level responder, time passed in:
the -2/DIN timeouts, phase limits, EVSEProcessing, notifications, renegotiation, values."""

from __future__ import annotations

import math

import pytest

from evcc_agent.events import InternetDown, InternetUp
from evcc_agent.iso15118.codec import CodecError, namespace_for
from evcc_agent.iso15118.ev_data import EvData, StaticEvData
from evcc_agent.iso15118.messages import from_physical, physical
from evcc_agent.iso15118.registry import PROTOCOLS
from evcc_agent.iso15118.session.base import MessageReceived, Send
from evcc_agent.iso15118.session.v2g import hex_evcc_id
from evcc_agent.iso15118.v2gtp import PayloadType
from evcc_agent.sansio import Start, Stop, Tick
from evcc_agent.sim.secc import Fault, SeccSimConfig
from tests.iso2_helpers import body_of, make_session, run_against_sim


def test_full_dc_session_dict_level():
    run = run_against_sim(make_session())
    assert run.stop == Stop(True, "SessionStop Terminate")
    assert run.internet == [InternetUp("https", 443, "iso2"), InternetDown("session_stop")]
    assert run.session.energy == "dc" and run.session.energy_mode == "DC_extended"
    assert run.session.sa_schedule_tuple_id == 1


def test_request_shapes():
    ev = StaticEvData(EvData(soc=42.4, departure_time_s=7200, target_current=120.0))
    run = run_against_sim(make_session(ev=ev))
    by_name = {}
    for msg in run.sent:
        by_name.setdefault(next(iter(msg["V2G_Message"]["Body"])), body_of(msg))
    assert run.sent[0]["V2G_Message"]["Header"] == {"SessionID": "00"}
    assert by_name["SessionSetupReq"] == {"EVCCID": "020000000001"}
    cpd = by_name["ChargeParameterDiscoveryReq"]["DC_EVChargeParameter"]
    assert cpd["DepartureTime"] == 7200 and cpd["DC_EVStatus"]["EVRESSSOC"] == 42
    demand = by_name["CurrentDemandReq"]
    assert from_physical(demand["EVTargetCurrent"]) == 120.0
    assert demand["EVTargetCurrent"]["Unit"] == "A"
    start = by_name["PowerDeliveryReq"]
    assert start["ChargeProgress"] == "Start" and start["SAScheduleTupleID"] == 1
    sid = run.session.session_id
    assert all(m["V2G_Message"]["Header"]["SessionID"] == sid for m in run.sent[1:])


def test_every_request_uses_payload_type_8001_and_its_grammar():
    session = make_session()
    (send, _timer) = session.handle(Start(), 0.0)
    assert isinstance(send, Send)
    assert send.payload_type == PayloadType.SAP and send.ns == "iso2"
    assert PROTOCOLS["iso2"].grammars == {PayloadType.SAP: "iso2"}
    with pytest.raises(CodecError):
        namespace_for(PayloadType.ISO20_COMMON, PROTOCOLS["iso2"].grammars)
    assert PROTOCOLS["din"].grammars == {PayloadType.SAP: "din"}


@pytest.mark.parametrize(
    ("request_name", "timeout"),
    [
        ("SessionSetupReq", 2.0),
        ("ServiceDiscoveryReq", 2.0),
        ("ServiceDetailReq", 5.0),
        ("PaymentServiceSelectionReq", 2.0),
        ("ChargeParameterDiscoveryReq", 2.0),
        ("PowerDeliveryReq", 5.0),
        ("CurrentDemandReq", 0.25),
        ("ChargingStatusReq", 2.0),
        ("WeldingDetectionReq", 2.0),
        ("SessionStopReq", 2.0),
    ],
)
def test_iso2_message_timeouts(request_name, timeout):
    protocols = ["iso2-ac"] if request_name == "ChargingStatusReq" else ["iso2-dc"]
    session = make_session(protocols=protocols)
    run = run_against_sim(
        session, SeccSimConfig(ongoing_rounds=0, faults=[Fault("no_answer", request_name)])
    )
    assert run.stop is not None and not run.stop.ok
    assert f"timeout waiting for {request_name[:-3]}Res" in run.stop.reason
    sent_at = run.now - timeout
    assert math.isclose(run.now - sent_at, timeout)
    assert any(d.name == "V2G_SESSION_FAILED" for d in run.dtcs)
    assert run.names()[-1] == request_name  # no answer: the connection closes, no SessionStop


@pytest.mark.parametrize(
    ("request_name", "timeout"), [("CurrentDemandReq", 0.25), ("PowerDeliveryReq", 2.0)]
)
def test_din_message_timeouts(request_name, timeout):
    session = make_session("din")
    session.handle(Start(), 0.0)
    session.waiting = None
    actions = session._request(10.0, request_name, {})
    assert actions[1].at == pytest.approx(10.0 + timeout)


@pytest.mark.parametrize(
    ("kind", "request_name", "limit"),
    [
        ("iso2", "CableCheckReq", 40.0),
        ("din", "CableCheckReq", 38.0),
        ("iso2", "PreChargeReq", 7.0),
        ("iso2", "AuthorizationReq", 60.0),
        ("din", "ContractAuthenticationReq", 60.0),
        ("iso2", "ChargeParameterDiscoveryReq", 60.0),
    ],
)
def test_phase_limits(kind, request_name, limit):
    """The SECC keeps answering Ongoing (or never reaches the pre-charge voltage): the phase's
    overall limit ends the session, in order."""
    session = make_session(kind)
    ongoing_for: str | None = request_name
    if request_name == "PreChargeReq":
        ongoing_for = None
        session._handlers["PreChargeRes"] = _never_precharged(session)
    run = run_against_sim(session, SeccSimConfig(), max_steps=20000, ongoing_for=ongoing_for)
    assert run.stop is not None and not run.stop.ok
    assert "timer expired" in run.stop.reason
    first = run.names().index(request_name)
    started = run.sent_at[first]
    assert run.now - started == pytest.approx(limit, abs=0.05)
    assert run.names()[-1] == "SessionStopReq"  # orderly end after the phase limit


def _never_precharged(session):
    original = session._on_pre_charge

    def handler(body, now):
        body = dict(body)
        body["EVSEPresentVoltage"] = physical(10, "V")
        return original(body, now)

    return handler


def test_renegotiation_notification_runs_charge_parameter_discovery_again():
    fault = Fault("notification", "CurrentDemandReq", 2, notification="ReNegotiation")
    run = run_against_sim(make_session(), SeccSimConfig(faults=[fault]), stop_after_loops=4)
    assert run.stop is not None and run.stop.ok
    names = run.names()
    i = names.index("CurrentDemandReq") + 2
    assert names[i : i + 4] == [
        "PowerDeliveryReq",
        "ChargeParameterDiscoveryReq",
        "PowerDeliveryReq",
        "CurrentDemandReq",
    ]
    progress = [
        body_of(m)["ChargeProgress"]
        for m, n in zip(run.sent, names, strict=True)
        if n == "PowerDeliveryReq"
    ]
    assert progress[:3] == ["Start", "Renegotiate", "Start"]
    assert names.count("CableCheckReq") == 2  # Ongoing + Finished, no second check
    assert run.internet[-1] == InternetDown("session_stop")


def test_din_ignores_renegotiation():
    fault = Fault("notification", "CurrentDemandReq", 2, notification="ReNegotiation")
    run = run_against_sim(make_session("din"), SeccSimConfig(faults=[fault]))
    assert run.stop is not None and run.stop.ok
    assert run.names().count("ChargeParameterDiscoveryReq") == 2  # Ongoing + Finished only


def test_charging_complete_from_the_bms_stops_in_order():
    ev = StaticEvData(EvData())
    ev.update(charging_complete=True)
    run = run_against_sim(make_session(ev=ev), stop_after_loops=None)
    assert run.stop is not None and run.stop.ok
    assert run.names().count("CurrentDemandReq") == 1


@pytest.mark.parametrize(
    ("session_id", "body"),
    [
        # an unexpected response with a wrong session id; no session yet: close
        pytest.param("00", {"SessionStopRes": {"ResponseCode": "OK"}}, id="unexpected"),
        pytest.param(
            "0000000000000000",
            {"SessionSetupRes": {"ResponseCode": "OK_NewSessionEstablished", "EVSEID": "x"}},
            id="setup-without-session-id",
        ),
    ],
)
def test_a_bad_first_answer_fails(session_id, body):
    session = make_session()
    session.handle(Start(), 0.0)
    res = {"V2G_Message": {"Header": {"SessionID": session_id}, "Body": body}}
    actions = session.handle(MessageReceived(PayloadType.SAP, res), 0.1)
    assert isinstance(actions[-1], Stop) and not actions[-1].ok


def test_communication_setup_limit():
    session = make_session()
    session.handle(Start(), 0.0)
    assert session.next_deadline() == 2.0  # the message timeout comes first
    session.deadline = None
    actions = session.handle(Tick(), 20.0)
    assert isinstance(actions[-1], Stop) and "CommunicationSetup" in actions[-1].reason


def test_no_acceptable_internet_set():
    sim = SeccSimConfig(internet_sets=[(1, "ftp", 21)])
    run = run_against_sim(make_session(), sim)
    assert run.stop is not None and run.stop.ok
    assert run.internet == [InternetDown("vas_not_offered")]
    assert any(d.name == "V2G_VAS_NOT_OFFERED" for d in run.dtcs)


def test_internet_not_wanted():
    run = run_against_sim(make_session(internet=False))
    assert run.stop is not None and run.stop.ok and run.internet == []
    assert body_of(run.sent[1]) == {}  # ServiceDiscoveryReq without a category


@pytest.mark.parametrize(
    ("value", "unit"), [(0, "A"), (400, "V"), (150_000, "W"), (60_000, "Wh"), (0.5, "A")]
)
def test_physical_values_round_trip(value, unit):
    node = physical(value, unit)
    assert -3 <= node["Multiplier"] <= 3 and abs(node["Value"]) <= 32767
    assert from_physical(node) == pytest.approx(value)
    assert node["Unit"] == unit


def test_physical_rejects_bad_values():
    with pytest.raises(ValueError):
        physical(float("nan"), "A")
    with pytest.raises(ValueError):
        physical(1e12, "W")
    assert from_physical({"Value": 1, "Multiplier": 9}) is None
    assert from_physical(None) is None


def test_hex_evcc_id():
    assert hex_evcc_id("02:00:00:00:00:01") == "020000000001"
    assert hex_evcc_id("EVCCAGENT001") == "020000000001"


def test_physical_prefers_multiplier_zero_for_integers():
    assert physical(400, "V") == {"Multiplier": 0, "Value": 400, "Unit": "V"}
    assert physical(0.5, "A") == {"Multiplier": -1, "Value": 5, "Unit": "A"}
    assert physical(150_000, "W") == {"Multiplier": 1, "Value": 15000, "Unit": "W"}
    assert physical(12.34, None) == {"Multiplier": -2, "Value": 1234}


@pytest.mark.parametrize("kind", ["iso2", "din"])
def test_isolation_fault_in_cable_check_fails_the_session(kind):
    fault = Fault("notification", "CableCheckReq", 2, notification="IsolationFault")
    run = run_against_sim(make_session(kind), SeccSimConfig(faults=[fault]))
    assert run.stop is not None and not run.stop.ok
    assert "isolation fault" in run.stop.reason
    assert "PreChargeReq" not in run.names()
    assert run.names()[-1] == "SessionStopReq"


def test_isolation_fault_while_charging_stops_in_order():
    fault = Fault("notification", "CurrentDemandReq", 2, notification="IsolationFault")
    run = run_against_sim(make_session(), SeccSimConfig(faults=[fault]), stop_after_loops=None)
    assert run.stop is not None and run.stop.ok
    assert run.names().count("CurrentDemandReq") == 2


@pytest.mark.parametrize(("kind", "limit"), [("din", 12.0), ("iso2", 9.0)])
def test_sequence_timeouts_are_configurable_for_slow_chargers(kind, limit):
    """A field charger needs longer than the standard's PreCharge limit: the operator raises it."""
    session = make_session(kind, timeouts={"pre_charge_s": limit})
    session._handlers["PreChargeRes"] = _never_precharged(session)
    run = run_against_sim(session, SeccSimConfig(), max_steps=20000)
    assert run.stop is not None and "PreCharge timer expired" in run.stop.reason
    started = run.sent_at[run.names().index("PreChargeReq")]
    assert run.now - started == pytest.approx(limit, abs=0.05)
