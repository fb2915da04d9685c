"""Every way a session can end leaves a trace: DTC, log line, Internet event, exit code.

The table here is the one in docs/iso15118.md ("How a session ends"); ``charge`` exits 0 on an
orderly end and 1 otherwise, and the agent retries every non-orderly end.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import pytest

from evcc_agent.events import InternetDown
from evcc_agent.iso15118.ev_data import FieldsEvData, StaticEvData
from evcc_agent.iso15118.messages import message_name
from evcc_agent.sim.secc import Fault, SeccServer, SeccSimConfig
from tests import iso20_helpers
from tests.iso2_helpers import charge_cli
from tests.test_interlock import BMS


@dataclass(frozen=True)
class End:
    name: str
    faults: tuple[Fault, ...] = ()
    dtc: str | None = None
    log: str = ""
    internet: str = "session_stop"
    exit_code: int = 1
    #: the EV side: "bms" healthy, "no_bms" nothing on CAN, "stale" targets stop mid-loop,
    #: "low_max" the BMS lowers its voltage limit under the charger's voltage
    ev: str = "bms"


ENDS = [
    End("orderly (EVSE Terminate)", (Fault("notification", "DC_ChargeLoopReq", 3),), None, "", "session_stop", 0),
    End("FAILED response", (Fault("failed", "DC_CableCheckReq"),), "V2G_SESSION_FAILED", "session failed", "session_failed"),
    End("FAILED SessionStopRes", (Fault("notification", "DC_ChargeLoopReq", 3), Fault("failed", "SessionStopReq")), "V2G_SESSION_FAILED", "SessionStopRes FAILED", "session_failed"),
    End("response timeout", (Fault("no_answer", "DC_ChargeLoopReq", 2),), "V2G_SESSION_FAILED", "timeout waiting", "session_failed"),
    End("link lost", (Fault("drop", "DC_ChargeLoopReq", 2),), "V2G_TRANSPORT_ERROR", "connection to the SECC lost", "link_lost"),
    End("undecodable answer", (Fault("garbage_exi", "DC_PreChargeReq"),), "V2G_SESSION_FAILED", "undecodable", "session_failed"),
    End("wrong session id", (Fault("wrong_session_id", "DC_ChargeLoopReq", 2),), "V2G_SESSION_FAILED", "session id", "session_failed"),
    End("no BMS data", (), "BMS_DATA_MISSING", "not available", "session_failed", ev="no_bms"),
    End("BMS data stale", (), "BMS_DATA_STALE", "stale for", "session_failed", ev="stale"),
    End("EVSE implausible", (), "EVSE_IMPLAUSIBLE", "above the EV maximum", "session_failed", ev="low_max"),
]  # fmt: skip


def _ev(kind: str) -> tuple[Any, Any]:
    fields: dict[str, Any] = {} if kind == "no_bms" else dict(BMS)
    source = FieldsEvData(lambda: fields)

    def step(run: Any) -> None:
        loops = sum(message_name(m) == "DC_ChargeLoopReq" for m in run.sent)
        if kind == "stale" and loops == 3:
            fields.pop("target_current", None)
        elif kind == "low_max" and loops == 3:
            fields["max_voltage"] = 600.0
        elif loops >= 30:
            fields["charging_complete"] = True

    return source, step


@pytest.mark.parametrize("end", ENDS, ids=[e.name for e in ENDS])
def test_every_end_leaves_a_trace(end: End, caplog):
    ev, step = _ev(end.ev)
    session = iso20_helpers.make_session("dc", ev, safety={"plausibility_debounce_s": 0.0})  # type: ignore[arg-type]
    run = iso20_helpers.run_against_sim(
        session, SeccSimConfig(faults=list(end.faults)), on_step=step
    )
    assert run.stop is not None
    assert (0 if run.stop.ok else 1) == end.exit_code
    assert [d.name for d in run.dtcs if d.name != "V2G_VAS_NOT_OFFERED"][:1] == (
        [end.dtc] if end.dtc else []
    )
    assert isinstance(run.internet[-1], InternetDown) and run.internet[-1].reason == end.internet
    if end.log:
        warnings = [r.getMessage() for r in caplog.records if r.levelname == "WARNING"]
        assert any(end.log in w for w in warnings), warnings


async def test_charge_json_after_a_failed_session_stop_ends_internet_down_and_exits_1():
    sim = SeccSimConfig(
        faults=[Fault("notification", "DC_ChargeLoopReq", 3), Fault("failed", "SessionStopReq")]
    )
    async with SeccServer(sim) as server:
        rc, out, err = await charge_cli("--secc", f"[::1]:{server.port}", "--no-tls", "--json")
    lines = [json.loads(line) for line in out.splitlines()]
    internet = [x["event"] for x in lines if x["event"] in ("internet_up", "internet_down")]
    assert internet == ["internet_up", "internet_down"]
    assert rc == 1 and lines[-1]["event"] == "summary" and not lines[-1]["ok"]
    assert "SessionStopRes FAILED" in err


def test_static_sources_report_nothing_missing():
    assert StaticEvData().snapshot().missing == frozenset()
