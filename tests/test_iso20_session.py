"""The sans-IO -20 EVCC core on message dicts (no codec, no sockets, time passed in)."""

from __future__ import annotations

import json

import pytest

from evcc_agent.events import InternetDown, InternetUp
from evcc_agent.iso15118.ev_data import EvData, StaticEvData
from evcc_agent.iso15118.messages import from_rational, rational
from evcc_agent.iso15118.session.base import code_class
from evcc_agent.iso15118.session.iso20 import (
    CABLE_CHECK_S,
    ZERO_SESSION,
    choose_internet_set,
)
from evcc_agent.iso15118.session.sap import SapSession
from evcc_agent.iso15118.v2gtp import PayloadType
from evcc_agent.sim.secc import Fault, SeccSimConfig
from tests.iso20_helpers import make_session, names, run_against_sim

DC_FLOW_HEAD = [
    "SessionSetupReq",
    "AuthorizationSetupReq",
    "AuthorizationReq",
    "AuthorizationReq",
    "ServiceDiscoveryReq",
    "ServiceDetailReq",
    "ServiceDetailReq",
    "ServiceSelectionReq",
    "DC_ChargeParameterDiscoveryReq",
    "ScheduleExchangeReq",
    "ScheduleExchangeReq",
    "DC_CableCheckReq",
    "DC_CableCheckReq",
    "DC_PreChargeReq",
    "DC_PreChargeReq",
    "PowerDeliveryReq",
    "DC_ChargeLoopReq",
]


def stop_after(rounds: int):
    def hook(run):
        if run.session.loop_rounds >= rounds:
            run.session.request_stop("test")

    return hook


def test_full_dc_session_with_internet():
    session = make_session("dc")
    run = run_against_sim(session, on_step=stop_after(5))
    assert run.stop is not None and run.stop.ok, run.stop
    sent = names(run.sent)
    assert sent[: len(DC_FLOW_HEAD)] == DC_FLOW_HEAD
    assert sent[-4:] == [
        "DC_ChargeLoopReq",
        "PowerDeliveryReq",
        "DC_WeldingDetectionReq",
        "SessionStopReq",
    ]
    assert sent.count("DC_ChargeLoopReq") == 5
    assert run.internet == [InternetUp("https", 443, "iso20"), InternetDown("session_stop")]
    assert run.dtcs == []
    # the ServiceDetail requests asked for the energy service, then Internet
    details = [m["ServiceDetailReq"]["ServiceID"] for m in run.sent if "ServiceDetailReq" in m]
    assert details == [2, 65]
    sel = next(m["ServiceSelectionReq"] for m in run.sent if "ServiceSelectionReq" in m)
    assert sel["SelectedEnergyTransferService"] == {"ServiceID": 2, "ParameterSetID": 1}
    assert sel["SelectedVASList"] == {"SelectedService": [{"ServiceID": 65, "ParameterSetID": 4}]}
    # every request after SessionSetup carries the SECC's session id
    for msg in run.sent[1:]:
        body = next(iter(msg.values()))
        assert body["Header"]["SessionID"] == run.responder.session_id
    assert run.sent[0]["SessionSetupReq"]["Header"]["SessionID"] == ZERO_SESSION
    stop = run.sent[-1]["SessionStopReq"]
    assert stop["ChargingSession"] == "Terminate"


def test_full_ac_session_dynamic():
    session = make_session("ac", control_mode="dynamic")
    run = run_against_sim(session, on_step=stop_after(3))
    assert run.stop is not None and run.stop.ok
    sent = names(run.sent)
    assert "DC_CableCheckReq" not in sent and "DC_WeldingDetectionReq" not in sent
    assert sent.count("AC_ChargeLoopReq") == 3
    assert "Dynamic_SEReqControlMode" in next(
        m["ScheduleExchangeReq"] for m in run.sent if "ScheduleExchangeReq" in m
    )
    loop = next(m["AC_ChargeLoopReq"] for m in run.sent if "AC_ChargeLoopReq" in m)
    assert "Dynamic_AC_CLReqControlMode" in loop
    assert sent[-2:] == ["PowerDeliveryReq", "SessionStopReq"]


def test_dc_dynamic_schedule_uses_departure_and_energy():
    ev = StaticEvData(EvData(departure_time_s=7200, target_energy_wh=30_000))
    run = run_against_sim(make_session("dc", ev, control_mode="dynamic"), on_step=stop_after(1))
    req = next(m["ScheduleExchangeReq"] for m in run.sent if "ScheduleExchangeReq" in m)
    dyn = req["Dynamic_SEReqControlMode"]
    assert dyn["DepartureTime"] == 7200
    assert from_rational(dyn["EVTargetEnergyRequest"]) == 30_000
    loop = next(m["DC_ChargeLoopReq"] for m in run.sent if "DC_ChargeLoopReq" in m)
    assert "Dynamic_DC_CLReqControlMode" in loop


def test_charge_loop_follows_ev_data():
    ev = StaticEvData(EvData(target_current=50, target_voltage=420, soc=40))

    def hook(run):
        if run.session.loop_rounds == 2:
            ev.update(target_current=120.0, soc=41.0)
        if run.session.loop_rounds >= 4:
            ev.update(charging_complete=True)

    run = run_against_sim(make_session("dc", ev), on_step=hook)
    assert run.stop is not None and run.stop.ok
    loops = [m["DC_ChargeLoopReq"] for m in run.sent if "DC_ChargeLoopReq" in m]
    currents = [from_rational(m["Scheduled_DC_CLReqControlMode"]["EVTargetCurrent"]) for m in loops]
    assert currents[:2] == [50, 50] and currents[2:] == [120, 120]
    assert loops[-1]["DisplayParameters"]["PresentSOC"] == 41
    assert len(loops) == 4  # complete → no further round
    assert run.responder.present_current == 0  # PowerDelivery(Stop) reached the EVSE


def test_no_internet_offered_charging_goes_on():
    run = run_against_sim(
        make_session("dc"), SeccSimConfig(offer_internet=False), on_step=stop_after(2)
    )
    assert run.stop is not None and run.stop.ok
    assert [d.name for d in run.dtcs] == ["V2G_VAS_NOT_OFFERED"]
    assert run.internet == [InternetDown("vas_not_offered")]
    sel = next(m["ServiceSelectionReq"] for m in run.sent if "ServiceSelectionReq" in m)
    assert "SelectedVASList" not in sel
    assert names(run.sent).count("DC_ChargeLoopReq") == 2


def test_internet_only_unacceptable_sets():
    sim = SeccSimConfig(internet_sets=[(1, "ftp", 20), (2, "ftp", 21)])
    run = run_against_sim(make_session("dc"), sim, on_step=stop_after(1))
    assert run.stop is not None and run.stop.ok
    assert [d.name for d in run.dtcs] == ["V2G_VAS_NOT_OFFERED"]


def test_internet_parameter_set_preference_case_insensitive():
    def pset(ident, proto, port):
        return {
            "ParameterSetID": ident,
            "Parameter": [
                {"Name": "Protocol", "finiteString": proto},
                {"Name": "Port", "intValue": port},
            ],
        }

    sets = [pset(1, "ftp", 20), pset(3, "HTTP", 80), pset(4, "HTTPS", 443)]
    assert choose_internet_set(sets, ["https/443", "http/80"]).parameter_set_id == 4
    assert choose_internet_set(sets[:2], ["https/443", "http/80"]).parameter_set_id == 3
    assert choose_internet_set(sets[:2], ["https/443"]) is None
    assert choose_internet_set([pset(9, "https", 8443)], ["https/*"]).port == 8443
    assert choose_internet_set([{"ParameterSetID": 1}], ["https/443"]) is None


@pytest.mark.parametrize(
    "at",
    [
        "SessionSetupReq",
        "AuthorizationReq",
        "ServiceDiscoveryReq",
        "ServiceSelectionReq",
        "DC_CableCheckReq",
        "DC_ChargeLoopReq",
    ],
)
def test_failed_code_stops_with_dtc(at):
    sim = SeccSimConfig(faults=[Fault("failed", at, code="FAILED_SequenceError")])
    run = run_against_sim(make_session("dc"), sim, on_step=stop_after(3))
    assert run.stop is not None and not run.stop.ok
    assert "V2G_SESSION_FAILED" in [d.name for d in run.dtcs]
    if at != "SessionSetupReq":  # an established session is stopped in order
        assert names(run.sent)[-1] == "SessionStopReq"
    if at in ("DC_CableCheckReq", "DC_ChargeLoopReq"):
        assert run.internet[-1] == InternetDown("session_failed")


def test_warning_code_continues():
    sim = SeccSimConfig(
        faults=[Fault("failed", "AuthorizationReq", 2, "WARNING_EIMAuthorizationFailure")]
    )
    run = run_against_sim(make_session("dc"), sim, on_step=stop_after(1))
    assert run.stop is not None and run.stop.ok and run.dtcs == []


def test_wrong_session_id_fails():
    sim = SeccSimConfig(faults=[Fault("wrong_session_id", "ServiceDiscoveryReq")])
    run = run_against_sim(make_session("dc"), sim)
    assert run.stop is not None and not run.stop.ok
    assert any("session id" in d.detail for d in run.dtcs)


def test_no_answer_times_out_per_message_timeout():
    sim = SeccSimConfig(faults=[Fault("no_answer", "ServiceDetailReq")])
    run = run_against_sim(make_session("dc"), sim)
    assert run.stop is not None and not run.stop.ok
    # ServiceDetail has 5 s, sent at ~0.05 s
    assert 5.0 <= run.now < 5.2
    assert "timeout waiting for ServiceDetailRes" in run.dtcs[0].detail


def test_charge_loop_timeout_is_half_a_second():
    sim = SeccSimConfig(faults=[Fault("no_answer", "DC_ChargeLoopReq", 3)])
    session = make_session("dc")
    marks: dict[str, float] = {}

    def hook(run):
        if session.waiting == "DC_ChargeLoopRes" and session.loop_rounds == 3:
            marks.setdefault("sent", run.now)

    run = run_against_sim(session, sim, on_step=hook)
    assert run.stop is not None and not run.stop.ok
    assert run.now - marks["sent"] == pytest.approx(0.5)
    assert run.internet[-1] == InternetDown("session_failed")


def test_cable_check_overall_limit():
    sim = SeccSimConfig(ongoing_rounds=10_000)
    session = make_session("dc")
    run = run_against_sim(session, sim, max_steps=100_000)
    assert run.stop is not None and not run.stop.ok
    assert any("Ongoing(Authorization) timer expired" in d.detail for d in run.dtcs)
    assert run.now == pytest.approx(60.0, abs=0.1)
    assert CABLE_CHECK_S == 40.0


def test_communication_setup_timer():
    session = make_session("dc")
    session.start(0.0)
    assert session.next_wakeup() == 2.0  # SessionSetupRes timeout first
    actions = session.tick(2.0)
    assert any(getattr(a, "name", "") == "V2G_SESSION_FAILED" for a in actions)


@pytest.mark.parametrize(
    ("note", "mode", "down"),
    [("Terminate", "Terminate", "session_stop"), ("Pause", "Pause", "pause")],
)
def test_evse_notification_in_charge_loop(note, mode, down):
    sim = SeccSimConfig(faults=[Fault("notification", "DC_ChargeLoopReq", 2, notification=note)])
    run = run_against_sim(make_session("dc"), sim)
    assert run.stop is not None and run.stop.ok
    assert names(run.sent).count("DC_ChargeLoopReq") == 2
    assert run.sent[-1]["SessionStopReq"]["ChargingSession"] == mode
    assert run.internet[-1] == InternetDown(down)


def test_service_renegotiation_runs_service_selection_again():
    sim = SeccSimConfig(
        faults=[Fault("notification", "DC_ChargeLoopReq", 2, notification="ServiceRenegotiation")]
    )
    session = make_session("dc")
    run = run_against_sim(session, sim, on_step=stop_after(4))
    assert run.stop is not None and run.stop.ok
    stops = [m["SessionStopReq"]["ChargingSession"] for m in run.sent if "SessionStopReq" in m]
    assert stops == ["ServiceRenegotiation", "Terminate"]
    assert names(run.sent).count("ServiceSelectionReq") == 2
    assert run.internet == [
        InternetUp("https", 443, "iso20"),
        InternetDown("renegotiation"),
        InternetUp("https", 443, "iso20"),
        InternetDown("session_stop"),
    ]


def test_schedule_renegotiation():
    sim = SeccSimConfig(
        faults=[Fault("notification", "DC_ChargeLoopReq", 2, notification="ScheduleRenegotiation")]
    )
    run = run_against_sim(make_session("dc"), sim, on_step=stop_after(4))
    assert run.stop is not None and run.stop.ok
    progress = [
        m["PowerDeliveryReq"]["ChargeProgress"] for m in run.sent if "PowerDeliveryReq" in m
    ]
    assert progress == ["Start", "ScheduleRenegotiation", "Start", "Stop"]


def test_link_lost_emits_internet_down():
    session = make_session("dc")
    run = run_against_sim(session, SeccSimConfig(faults=[Fault("drop", "DC_ChargeLoopReq", 2)]))
    assert run.stop is not None and not run.stop.ok
    assert run.internet[-1] == InternetDown("link_lost")
    assert [d.name for d in run.dtcs] == ["V2G_TRANSPORT_ERROR"]


def test_garbage_exi_fails_the_session():
    sim = SeccSimConfig(faults=[Fault("garbage_exi", "ServiceDiscoveryReq")])
    run = run_against_sim(make_session("dc"), sim)
    assert run.stop is not None and not run.stop.ok
    assert [d.name for d in run.dtcs] == ["V2G_SESSION_FAILED"]
    assert "undecodable" in run.dtcs[0].detail
    assert names(run.sent)[-1] == "ServiceDiscoveryReq"


def test_unexpected_message_is_a_failure():
    session = make_session("dc")
    session.start(0.0)
    actions = session.on_message(
        PayloadType.ISO20_COMMON,
        {
            "ServiceDiscoveryRes": {
                "Header": {"SessionID": "00", "TimeStamp": 1},
                "ResponseCode": "OK",
            }
        },
        0.1,
    )
    assert any(getattr(a, "name", "") == "V2G_SESSION_FAILED" for a in actions)
    assert session.finished


def test_accepts_vector_shaped_responses(shared_dir):
    """Real SECC responses (decoded vectors) drive the core through the first steps."""
    recs: dict[str, dict] = {}
    with open(shared_dir / "vectors" / "exi-iso20-common.jsonl") as fh:
        for line in fh:
            rec = json.loads(line)
            if rec.get("decoded") and rec["message"] not in recs:
                recs[rec["message"]] = rec["decoded"]
    with open(shared_dir / "vectors" / "exi-iso20-common.jsonl") as fh:
        decoded = [json.loads(line)["decoded"] for line in fh if '"SessionSetupRes"' in line]
    setup = next(
        d for d in decoded if d and d["SessionSetupRes"]["Header"]["SessionID"] != "0" * 16
    )
    session = make_session("dc")
    session.start(0.0)
    session.on_message(PayloadType.ISO20_COMMON, setup, 0.1)
    sid = setup["SessionSetupRes"]["Header"]["SessionID"]
    assert session.session_id == sid and session.waiting == "AuthorizationSetupRes"
    auth_setup = json.loads(json.dumps(recs["AuthorizationSetupRes"]))
    auth_setup["AuthorizationSetupRes"]["Header"]["SessionID"] = sid
    auth_setup["AuthorizationSetupRes"]["AuthorizationServices"] = ["PnC", "EIM"]
    actions = session.on_message(PayloadType.ISO20_COMMON, auth_setup, 0.2)
    sent = [a.message for a in actions if hasattr(a, "message")]
    assert sent[0]["AuthorizationReq"]["SelectedAuthorizationService"] == "EIM"


def test_sap_negotiation():
    sap = SapSession(["iso20-dc", "iso20-ac"])
    actions = sap.start(0.0)
    req = actions[0].message["supportedAppProtocolReq"]["AppProtocol"]
    assert [a["ProtocolNamespace"] for a in req] == [
        "urn:iso:std:iso:15118:-20:DC",
        "urn:iso:std:iso:15118:-20:AC",
    ]
    assert [a["Priority"] for a in req] == [1, 2]
    out = sap.on_message(
        PayloadType.SAP,
        {"supportedAppProtocolRes": {"ResponseCode": "OK_SuccessfulNegotiation", "SchemaID": 2}},
        0.1,
    )
    assert out[0].protocol.name == "iso20-ac"
    failed = SapSession(["iso20-dc"])
    failed.start(0)
    out = failed.on_message(
        PayloadType.SAP, {"supportedAppProtocolRes": {"ResponseCode": "Failed_NoNegotiation"}}, 0.1
    )
    assert out[-1].ok is False
    timed = SapSession(["iso20-dc"])
    timed.start(0)
    assert timed.tick(1.9) == [] and timed.tick(2.0)[-1].ok is False


def test_rational_numbers():
    assert rational(400) == {"Exponent": 0, "Value": 400}
    assert rational(150_000) == {"Exponent": 1, "Value": 15000}
    assert rational(0.5) == {"Exponent": -1, "Value": 5}
    assert rational(-12.25) == {"Exponent": -2, "Value": -1225}
    for value in (0, 1, 399.9, 32767, 32768, 1e6, 123456.7):
        r = rational(value)
        assert -32768 <= r["Value"] <= 32767
        assert from_rational(r) == pytest.approx(value, rel=1e-3)
    assert from_rational({"Value": 1}) is None
    assert code_class("FAILED_UnknownSession") == "failed"
    assert code_class("WARNING_eMSPUnknown") == "warning"
    assert code_class("OK_NewSessionEstablished") == "ok"


def test_phase_timer_expiry_waits_for_the_outstanding_response():
    """PreCharge limit expires while a DC_PreChargeRes is due: no request crosses it; the
    SessionStopReq follows that response (seen against a real SECC)."""
    from evcc_agent.iso15118.session.iso20 import PRE_CHARGE_S
    from evcc_agent.sim.secc import SeccResponder

    session = make_session("dc")
    responder = SeccResponder(SeccSimConfig(ongoing_rounds=0))
    now = 0.0
    actions = session.start(now)
    while True:
        send = next(a for a in actions if hasattr(a, "message"))
        if send.name == "DC_PreChargeReq":
            break
        reply = responder.handle(send.payload_type, send.message)
        now += 0.01
        actions = session.on_message(reply.payload_type, reply.message, now)
    reply = responder.handle(send.payload_type, send.message)
    expired = now + PRE_CHARGE_S
    actions = session.tick(expired)
    assert [type(a).__name__ for a in actions] == ["RaiseDtc", "EmitInternet"]
    assert session.waiting == "DC_PreChargeRes"
    actions = session.on_message(reply.payload_type, reply.message, expired + 0.1)
    sends = [a.message for a in actions if hasattr(a, "message")]
    assert list(sends[0]) == ["SessionStopReq"]


def test_communication_setup_limit_counts_from_connection_up():
    from evcc_agent.iso15118.config import Iso15118Config
    from evcc_agent.iso15118.session.iso20 import Iso20Session

    # connected at t=0 (deadline 20 s), SAP was slow: the session core starts at 19 s
    session = Iso20Session("dc", Iso15118Config(), StaticEvData(), "E1", 0.0, 20.0)
    session.start(19.0)
    assert session.next_wakeup() == 20.0
    actions = session.tick(20.0)
    dtc = next(a for a in actions if getattr(a, "name", "") == "V2G_SESSION_FAILED")
    assert "CommunicationSetup" in dtc.detail
    assert session.finished


def test_from_rational_rejects_out_of_range():
    assert from_rational({"Exponent": 2**40, "Value": 1}) is None
    assert from_rational({"Exponent": 0, "Value": 40000}) is None
    assert from_rational({"Exponent": "x", "Value": 1}) is None
    assert from_rational({"Exponent": 127, "Value": 1}) == 1e127
