"""The upstream side's sans-IO core with plain numbers: boot, confirmations, one request at a
time, retries, plans only after a report."""

from __future__ import annotations

import json
import uuid
from typing import Any

from evcc_agent.sansio import Tick
from evcc_agent.sim.vdv463.messages import SUBPROTOCOL
from evcc_agent.sim.vdv463.session import (
    CloseConnection,
    Opened,
    Registered,
    SendText,
    TextReceived,
)
from evcc_agent.sim.vdv463.upstream import (
    PlanAnswered,
    ReportReceived,
    UpstreamSession,
)

STAMP = "2026-12-01T10:00:00Z"
REPORT = {"depotInfoList": []}


def cms(mtype: int, action: str, payload: Any, mid: str | None = None) -> TextReceived:
    return TextReceived(
        json.dumps([mtype, "CMS", "BMS", STAMP, mid or str(uuid.uuid4()), action, payload])
    )


def sent(acts: list) -> list[list]:
    return [json.loads(a.text) for a in acts if isinstance(a, SendText)]


class Plans:
    """A plan source handing out the queued payloads, one per report."""

    def __init__(self, *payloads: dict) -> None:
        self.payloads = list(payloads)

    def __call__(self, report, at) -> dict | None:
        return self.payloads.pop(0) if self.payloads else None


def registered(plans: Plans | None = None, **kw: Any) -> tuple[UpstreamSession, list]:
    s = UpstreamSession("BMS", "depot", plan=plans, epoch=1_700_000_000.0, **kw)
    boot = sent(s.handle(Opened(SUBPROTOCOL), 0.0))[0]
    assert boot[0] == 1 and boot[5] == "BootNotification" and boot[6] == {}
    assert boot[3] == "2023-11-14T22:13:20.000Z"
    acts = s.handle(cms(2, "BootNotification", {"status": "Accepted"}, boot[4]), 0.1)
    assert acts == [Registered("BMS")] and s.registered
    return s, acts


def test_without_the_subprotocol_the_upstream_closes():
    s = UpstreamSession("BMS", "depot")
    acts = s.handle(Opened(None), 0.0)
    assert isinstance(acts[0], CloseConnection) and acts[0].code == 1002 and s.closed


def test_a_rejected_boot_closes_the_connection():
    s = UpstreamSession("BMS", "depot")
    boot = sent(s.handle(Opened(SUBPROTOCOL), 0.0))[0]
    acts = s.handle(cms(2, "BootNotification", {"status": "Rejected"}, boot[4]), 0.1)
    assert isinstance(acts[0], CloseConnection) and not s.registered


def test_reports_are_confirmed_and_the_plan_goes_out_after_the_first():
    plans = Plans({"chargingRequestList": []}, {"chargingRequestList": [{"x": 1}]})
    s, _ = registered(plans)
    mid = str(uuid.uuid4())
    acts = s.handle(cms(1, "ProvideChargingInformation", REPORT, mid), 1.0)
    out = sent(acts)
    assert out[0][:1] == [2] and out[0][4] == mid and out[0][6] == {}
    assert any(isinstance(a, ReportReceived) for a in acts)
    assert out[1][5] == "ProvideChargingRequests"
    # the next step falls due while the first is unanswered: it waits
    acts = s.handle(cms(1, "ProvideChargingInformation", REPORT), 2.0)
    assert [f[0] for f in sent(acts)] == [2]
    acts = s.handle(cms(2, "ProvideChargingRequests", {}, out[1][4]), 3.0)
    assert PlanAnswered(True) in acts
    nxt = sent(acts)
    assert nxt[0][5] == "ProvideChargingRequests" and nxt[0][6] == {
        "chargingRequestList": [{"x": 1}]
    }
    err = {"errorCode": "InvalidState", "errorDescription": "x"}
    acts = s.handle(cms(3, "ProvideChargingRequests", err, nxt[0][4]), 4.0)
    assert PlanAnswered(False, err) in acts


def test_an_unanswered_request_is_retried_then_the_cms_counts_as_lost():
    s = UpstreamSession("BMS", "depot", response_timeout_s=5, retries=2)
    boot = sent(s.handle(Opened(SUBPROTOCOL), 0.0))
    assert s.next_deadline() == 5.0 and s.handle(Tick(), 4.9) == []
    assert sent(s.handle(Tick(), 5.0)) == boot
    assert sent(s.handle(Tick(), 10.0)) == boot
    acts = s.handle(Tick(), 15.0)
    assert isinstance(acts[0], CloseConnection) and s.closed


def test_what_the_upstream_does_not_take_gets_an_error_and_responses_are_never_answered():
    s, _ = registered()
    out = sent(s.handle(cms(1, "BootNotification", {}), 1.0))
    assert out[0][0] == 3 and out[0][6]["errorCode"] == "NotSupported"
    out = sent(s.handle(cms(1, "Reboot", {}), 1.0))
    assert out[0][6]["errorCode"] == "UnknownAction"
    out = sent(s.handle(cms(1, "ProvideChargingInformation", {"depotInfoList": 5}), 1.0))
    assert out[0][6]["errorCode"] == "InvalidRequest"
    assert sent(s.handle(TextReceived('[2,"CMS"]'), 1.0)) == []
    assert sent(s.handle(cms(2, "ProvideChargingRequests", {}), 1.0)) == []  # nothing open
