"""The VDV 463 CMS session core with plain numbers: envelope errors, ordering, cycle, liveness."""

from __future__ import annotations

import json
import uuid
from typing import Any

import pytest

from evcc_agent.sim.vdv463.messages import (
    NIL_MESSAGE_ID,
    SUBPROTOCOL,
    FrameError,
    ProvideChargingInformationReq,
    parse_frame,
)
from evcc_agent.sim.vdv463.session import (
    ChargingRequestsReceived,
    CloseConnection,
    CmsConfig,
    CmsSession,
    Information,
    InformationNeeded,
    Opened,
    Phase,
    PingReceived,
    Registered,
    SendText,
    TextReceived,
    Tick,
)

STAMP = "2026-12-01T10:00:00Z"
EMPTY_REPORT = ProvideChargingInformationReq(depot_info_list=[])
REQUEST = {
    "vehicleId": "WVWZZZ1JZXW000001",
    "chargingRequestId": "r1",
    "chargingInstruction": "Normal",
    "chargingRequestData": {"minTargetSoc": 50, "maxTargetSoc": 80},
}


def frame(
    action: str, payload: Any, mtype: int = 1, mid: str | None = None, presystem: str = "BMS"
) -> str:
    return json.dumps([mtype, "bms", presystem, STAMP, mid or str(uuid.uuid4()), action, payload])


def sent(acts: list) -> list[list]:
    return [json.loads(a.text) for a in acts if isinstance(a, SendText)]


def opened(config: CmsConfig | None = None) -> CmsSession:
    s = CmsSession(config or CmsConfig(), epoch=1_700_000_000.0)
    assert s.handle(Opened(SUBPROTOCOL), 0.0) == []
    return s


def fill(s: CmsSession, acts: list, now: float) -> list:
    """Answer InformationNeeded with an empty report, as the driver does."""
    out = []
    for a in acts:
        out.append(a)
        if isinstance(a, InformationNeeded):
            out += s.handle(Information(EMPTY_REPORT), now)
    return out


def booted(config: CmsConfig | None = None) -> tuple[CmsSession, list]:
    s = opened(config)
    acts = fill(s, s.handle(TextReceived(frame("BootNotification", {})), 0.0), 0.0)
    return s, acts


def test_without_the_subprotocol_the_connection_is_closed():
    for offered in (None, "v2.463.vdv.de"):
        s = CmsSession(CmsConfig())
        acts = s.handle(Opened(offered), 0.0)
        assert len(acts) == 1 and isinstance(acts[0], CloseConnection)
        assert acts[0].code == 1002 and s.phase is Phase.CLOSED


def test_boot_is_confirmed_then_the_cms_reports_at_once():
    s, acts = booted()
    out = sent(acts)
    assert (
        out[0][0] == 2 and out[0][5] == "BootNotification" and out[0][6] == {"status": "Accepted"}
    )
    assert out[1][0] == 1 and out[1][5] == "ProvideChargingInformation"
    assert out[1][2] == "BMS" and out[1][1] == "CMS"
    assert out[1][3] == "2023-11-14T22:13:20.000Z"  # epoch + now, ISO-8601 UTC
    assert Registered("BMS") in acts and s.phase is Phase.REGISTERED


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            '[1,"a","BMS","2026-12-01T10:00:00Z","' + str(uuid.uuid4()) + '","BootNotification"]',
            "InvalidRequest",
        ),
        ("[1, 2, 3]", "InvalidRequest"),
        ("{}", "InvalidRequest"),
        ("not json", "InvalidRequest"),
        (frame("BootNotification", {}).replace("[1,", '["1",', 1), "InvalidRequest"),
        (frame("BootNotification", {}).replace('"bms"', "7"), "InvalidRequest"),
        (frame("BootNotification", {}, mid="not-a-uuid"), "InvalidRequest"),
        (frame("BootNotification", {}).replace(STAMP, "yesterday"), "InvalidRequest"),
        (frame("BootNotification", {}).replace(STAMP, "2026-12-01T10:00:00"), "InvalidRequest"),
        (frame("BootNotification", []), "InvalidRequest"),
        (frame("StartCharging", {}), "UnknownAction"),
        (frame("ProvideChargingInformation", {"depotInfoList": []}), "NotSupported"),
        (frame("BootNotification", {"vendor": "x"}), "InvalidRequest"),
    ],
)
def test_malformed_requests_get_a_type_3_with_the_right_code_and_the_session_goes_on(text, code):
    s = opened()
    out = sent(s.handle(TextReceived(text), 0.0))
    assert len(out) == 1 and out[0][0] == 3
    assert out[0][6]["errorCode"] == code and out[0][6]["errorDescription"]
    assert not isinstance(parse_frame(json.dumps(out[0])), FrameError)  # a valid envelope
    assert s.phase is Phase.AWAITING_BOOT  # still open, still waiting for the boot
    boot = sent(s.handle(TextReceived(frame("BootNotification", {})), 1.0))
    assert boot[0][6] == {"status": "Accepted"}


def test_an_error_keeps_the_request_id_or_the_nil_uuid_when_it_is_unreadable():
    s = opened()
    mid = str(uuid.uuid4())
    err = sent(s.handle(TextReceived(frame("Nope", {}, mid=mid)), 0.0))[0]
    assert err[4] == mid and err[5] == "Nope"
    err = sent(s.handle(TextReceived(frame("BootNotification", {}, mid="1234")), 0.0))[0]
    assert err[4] == NIL_MESSAGE_ID and "1234" in err[6]["errorDescription"]


def test_responses_are_never_answered_even_when_malformed():
    s, _ = booted()
    assert sent(s.handle(TextReceived(frame("X", {}, mtype=2, mid="bad")), 1.0)) == []
    assert sent(s.handle(TextReceived(frame("X", {}, mtype=3)), 1.0)) == []


def test_invalid_payload_is_invalid_request_and_names_the_field():
    s, _ = booted()
    bad = dict(REQUEST, chargingRequestData={"minTargetSoc": 50, "maxTargetSoc": 180})
    out = sent(
        s.handle(
            TextReceived(frame("ProvideChargingRequests", {"chargingRequestList": [bad]})), 1.0
        )
    )
    assert out[0][0] == 3 and out[0][6]["errorCode"] == "InvalidRequest"
    assert "maxTargetSoc" in out[0][6]["errorDescription"]


def test_charging_requests_before_the_boot_are_invalid_state():
    s = opened()
    out = sent(
        s.handle(TextReceived(frame("ProvideChargingRequests", {"chargingRequestList": []})), 0.0)
    )
    assert out[0][0] == 3 and out[0][6]["errorCode"] == "InvalidState"


def test_charging_requests_before_the_first_report_are_invalid_state():
    s = opened()
    acts = s.handle(TextReceived(frame("BootNotification", {})), 0.0)
    assert InformationNeeded() in acts  # the report is being built, not sent yet
    pcr = frame("ProvideChargingRequests", {"chargingRequestList": [REQUEST]})
    out = sent(s.handle(TextReceived(pcr), 0.0))
    assert out[0][6]["errorCode"] == "InvalidState"
    s.handle(Information(EMPTY_REPORT), 0.0)
    acts = s.handle(TextReceived(pcr), 0.1)
    assert sent(acts)[0][0] == 2 and sent(acts)[0][6] == {}
    got = next(a for a in acts if isinstance(a, ChargingRequestsReceived))
    assert got.presystem_id == "BMS" and got.requests[0].charging_request_data.max_target_soc == 80


def test_presystem_rules():
    s = opened(CmsConfig(presystems=["BMS"]))
    out = sent(s.handle(TextReceived(frame("BootNotification", {}, presystem="ITCS")), 0.0))
    assert out[0][6] == {"status": "Rejected"} and s.phase is Phase.AWAITING_BOOT
    s, _ = booted()
    out = sent(s.handle(TextReceived(frame("BootNotification", {}, presystem="ITCS")), 1.0))
    assert out[0][6] == {"status": "Rejected"} and s.presystem_id == "BMS"
    pcr = frame("ProvideChargingRequests", {"chargingRequestList": []}, presystem="ITCS")
    assert sent(s.handle(TextReceived(pcr), 1.0))[0][6]["errorCode"] == "InvalidRequest"


def test_the_report_cycle_waits_for_each_confirmation_and_retries_then_gives_up():
    cfg = CmsConfig(information_interval_s=10, response_timeout_s=5, retries=2, ping_interval_s=1e6)
    s, acts = booted(cfg)
    first = sent(acts)[1]
    assert s.next_deadline() == 5.0  # the answer timeout, not the next cycle
    # confirmed at 1 s: the next report is due 10 s after the first went out
    s.handle(TextReceived(frame(first[5], {}, mtype=2, mid=first[4])), 1.0)
    assert s.next_deadline() == 10.0 and s.counters["information_confirmed"] == 1
    second = sent(fill(s, s.handle(Tick(), 10.0), 10.0))[0]
    assert second[5] == "ProvideChargingInformation" and second[4] != first[4]
    # unanswered: the same frame again after 5 s, twice, then given up
    assert sent(s.handle(Tick(), 15.0)) == [second]
    assert sent(s.handle(Tick(), 20.0)) == [second]
    assert s.handle(Tick(), 24.9) == []
    third = sent(fill(s, s.handle(Tick(), 25.0), 25.0))
    assert s.counters["information_given_up"] == 1 and s.counters["retries"] == 2
    assert len(third) == 1 and third[0][4] != second[4]
    # an error answer counts as the confirmation too
    s.handle(TextReceived(frame(third[0][5], {"errorCode": "InternalError"}, 3, third[0][4])), 26.0)
    assert s.next_deadline() == 35.0


def test_no_ping_within_interval_and_grace_closes_the_connection():
    s, acts = booted(CmsConfig(ping_interval_s=30, ping_grace_s=5, information_interval_s=1000))
    report = sent(acts)[1]
    s.handle(TextReceived(frame(report[5], {}, mtype=2, mid=report[4])), 1.0)
    s.handle(PingReceived(), 20.0)
    assert s.next_deadline() == 55.0 and s.counters["pings"] == 1
    assert s.handle(Tick(), 54.9) == []
    acts = s.handle(Tick(), 55.0)
    assert len(acts) == 1 and isinstance(acts[0], CloseConnection) and acts[0].code == 1001
    assert s.phase is Phase.CLOSED and s.next_deadline() is None


def test_the_first_ping_is_due_from_the_opening():
    s = opened(CmsConfig(ping_interval_s=10, ping_grace_s=2))
    assert s.next_deadline() == 12.0
    assert isinstance(s.handle(Tick(), 12.0)[0], CloseConnection)


def test_an_error_never_echoes_a_huge_input():
    s = opened()
    huge = json.dumps(
        ["x" * 100_000, "bms", "BMS", STAMP, str(uuid.uuid4()), "BootNotification", {}]
    )
    out = sent(s.handle(TextReceived(huge), 0.0))
    assert out[0][6]["errorCode"] == "InvalidRequest" and len(json.dumps(out[0])) < 1000


def test_the_report_interval_is_per_upstream_system():
    cfg = CmsConfig(
        information_interval_s=10, information_intervals_s={"ITCS": 60}, ping_interval_s=1e6
    )
    for presystem, due in (("BMS", 10.0), ("ITCS", 60.0)):
        s = opened(cfg)
        acts = fill(
            s, s.handle(TextReceived(frame("BootNotification", {}, presystem=presystem)), 0.0), 0.0
        )
        report = sent(acts)[1]
        s.handle(TextReceived(frame(report[5], {}, 2, report[4], presystem)), 1.0)
        assert s.next_deadline() == due
