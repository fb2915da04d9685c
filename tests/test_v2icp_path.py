"""The V2ICP path core (``v2icp/path.py``): readiness after Internet up, its bounded wait, the
reconnect cadence of the next look, path loss while running. Plain numbers for time."""

from __future__ import annotations

import pytest

from evcc_agent.events import InternetDown, InternetUp
from evcc_agent.v2icp.config import V2icpConfig
from evcc_agent.v2icp.path import Bind, Forward, PathGate, PathPhase, PathState, Probe
from evcc_agent.v2icp.session import ClearDtc, RaiseDtc

UP = InternetUp("https", 443, "iso20")
READY = PathState("2001:db8:ca::5", "2001:db8:de::10", "2001:db8:ca::5")
NO_ADDRESS = PathState(problem="no global IPv6 address on plc0 (no RA/SLAAC yet)")


def gate(**kw: object) -> PathGate:
    cfg = {
        "ready_timeout_s": 10.0,
        "path_poll_s": 1.0,
        "cycle_s": 10.0,
        "reconnect_schedule_s": [300.0, 900.0],
        "reconnect_every_s": 1800.0,
        **kw,
    }
    return PathGate(V2icpConfig.model_validate(cfg))


def test_usable_path_binds_then_passes_internet_up_on():
    g = gate()
    assert g.internet(0.0, UP) == [Probe()]
    acts = g.observed(0.2, READY)
    assert acts == [Bind("2001:db8:de::10", "2001:db8:ca::5"), Forward(UP)]
    assert g.phase is PathPhase.READY
    assert g.next_deadline() == pytest.approx(10.2)  # monitored every cycle


def test_waits_polling_until_slaac_gives_an_address():
    g = gate()
    g.internet(0.0, UP)
    assert g.observed(0.1, NO_ADDRESS) == []
    assert g.next_deadline() == pytest.approx(1.1)
    assert g.tick(1.0) == []  # not yet
    assert g.tick(1.1) == [Probe()]
    assert g.next_deadline() is None  # one look at a time
    acts = g.observed(1.2, READY)
    assert Forward(UP) in acts
    assert not any(isinstance(a, RaiseDtc) for a in acts)


def test_not_ready_in_time_raises_no_route_and_retries_on_the_reconnect_cadence():
    g = gate()
    g.internet(0.0, UP)
    t = 0.0
    acts: list[object] = []
    while not acts:
        t = g.next_deadline() or t
        acts = [a for a in g.tick(t) if not isinstance(a, Probe)]
        if g.phase is PathPhase.WAITING and not acts:
            acts = g.observed(t, NO_ADDRESS)
    assert t == pytest.approx(10.0)
    assert len(acts) == 1 and isinstance(acts[0], RaiseDtc)
    assert acts[0].name == "V2ICP_NO_ROUTE" and "no global IPv6 address" in acts[0].detail
    assert g.phase is PathPhase.BACKOFF
    # no look before the first reconnect moment (300 s after the miss), never Forward
    assert g.next_deadline() == pytest.approx(310.0)
    assert g.tick(309.0) == []
    assert g.tick(310.0) == [Probe()]
    acts = g.observed(310.5, READY)
    assert acts == [
        Bind("2001:db8:de::10", "2001:db8:ca::5"),
        ClearDtc("V2ICP_NO_ROUTE"),
        Forward(UP),
    ]


def test_second_miss_waits_for_the_next_moment_of_the_schedule():
    g = gate(ready_timeout_s=2.0, path_poll_s=2.0)
    g.internet(0.0, UP)
    g.observed(0.0, NO_ADDRESS)
    assert g.tick(2.0) == [Probe()]
    assert isinstance(g.observed(2.0, NO_ADDRESS)[0], RaiseDtc)  # window over: miss 1 at t=2
    assert g.next_deadline() == pytest.approx(302.0)
    g.tick(302.0)
    g.observed(302.0, NO_ADDRESS)
    g.tick(304.0)
    g.observed(304.0, NO_ADDRESS)  # miss 2
    assert g.misses == 2
    assert g.next_deadline() == pytest.approx(902.0)  # lost at 2 + 900


def test_path_lost_while_running_raises_once_and_clears_when_back():
    g = gate()
    g.internet(0.0, UP)
    g.observed(0.0, READY)
    assert g.tick(10.0) == [Probe()]
    gone = PathState("2001:db8:ca::5", "2001:db8:de::10", None, "no route to 2001:db8:de::10")
    acts = g.observed(10.0, gone)
    assert acts == [RaiseDtc("V2ICP_NO_ROUTE", "no route to 2001:db8:de::10")]
    g.tick(20.0)
    assert g.observed(20.0, gone) == []  # still gone: no second raise, V2ICP not stopped
    g.tick(30.0)
    assert g.observed(30.0, READY) == [ClearDtc("V2ICP_NO_ROUTE")]


def test_new_prefix_binds_again():
    g = gate()
    g.internet(0.0, UP)
    g.observed(0.0, READY)
    g.tick(10.0)
    renumbered = PathState("2001:db8:cb::7", "2001:db8:de::10", "2001:db8:cb::7")
    assert g.observed(10.0, renumbered) == [Bind("2001:db8:de::10", "2001:db8:cb::7")]


def test_internet_down_is_passed_on_only_after_its_up():
    g = gate()
    g.internet(0.0, UP)
    assert g.internet(1.0, InternetDown("session_stop")) == []  # never started V2ICP
    assert g.phase is PathPhase.STOPPED
    assert g.observed(1.5, READY) == []  # a late probe result changes nothing
    g.internet(2.0, UP)
    g.observed(2.0, READY)
    assert g.internet(3.0, InternetDown("session_stop")) == [Forward(InternetDown("session_stop"))]
    assert g.next_deadline() is None


def test_a_second_internet_up_while_waiting_is_ignored():
    g = gate()
    g.internet(0.0, UP)
    assert g.internet(0.5, UP) == []
