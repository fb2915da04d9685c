"""Every "not yet" answer is paced: the request goes out again after ``ongoing_interval_s``."""

from __future__ import annotations

import itertools

import pytest

from evcc_agent.iso15118.messages import message_name
from evcc_agent.iso15118.session.pacing import DEFAULT_INTERVAL_S, Pacing
from evcc_agent.sim.secc import SeccSimConfig
from tests import iso2_helpers, iso20_helpers


def test_next_send_is_capped_by_the_phase_deadline():
    assert Pacing(0.1).next_send(5.0, None) == pytest.approx(5.1)
    assert Pacing(0.1).next_send(5.0, 5.05) == 5.05
    assert DEFAULT_INTERVAL_S == 0.1


def _gaps(run, name: str) -> list[float]:
    """Seconds between consecutive ``name`` requests."""
    times = [t for m, t in zip(run.sent, run.sent_at, strict=True) if message_name(m) == name]
    return [b - a for a, b in itertools.pairwise(times)]


@pytest.mark.parametrize("interval", [0.1, 0.5])
def test_iso20_authorization_ongoing_for_ever_is_paced_and_still_times_out(interval: float):
    session = iso20_helpers.make_session("dc", ongoing_interval_s=interval)
    run = iso20_helpers.run_against_sim(session, SeccSimConfig(ongoing_rounds=10**9), 100_000)
    count = sum(message_name(m) == "AuthorizationReq" for m in run.sent)
    assert count <= 60.0 / interval + 1  # unpaced: one per 10 ms answer, 6000
    assert min(_gaps(run, "AuthorizationReq")) >= interval  # after each answer (+10 ms)
    assert run.stop is not None and "Ongoing(Authorization) timer expired" in run.stop.reason
    assert run.now == pytest.approx(60.0, abs=0.2)  # the phase limit is unchanged


@pytest.mark.parametrize(
    ("kind", "request_name"),
    [
        ("iso2", "AuthorizationReq"),
        ("iso2", "ChargeParameterDiscoveryReq"),
        ("iso2", "CableCheckReq"),
        ("din", "ContractAuthenticationReq"),
        ("din", "CableCheckReq"),
    ],
)
def test_iso2_and_din_ongoing_repeats_are_paced(kind: str, request_name: str):
    session = iso2_helpers.make_session(kind)
    run = iso2_helpers.run_against_sim(session, max_steps=20_000, ongoing_for=request_name)
    gaps = _gaps(run, request_name)
    assert gaps and min(gaps) >= DEFAULT_INTERVAL_S
    assert run.stop is not None and "timer expired" in run.stop.reason


def test_iso20_cable_check_pre_charge_and_welding_are_paced():
    session = iso20_helpers.make_session("dc")

    def stop_after_two_loops(run) -> None:
        if sum(message_name(m) == "DC_ChargeLoopReq" for m in run.sent) >= 2:
            run.request_stop("requested")

    run = iso20_helpers.run_against_sim(
        session, SeccSimConfig(ongoing_rounds=3), 2000, stop_after_two_loops
    )
    for name in ("DC_CableCheckReq", "ScheduleExchangeReq", "DC_PreChargeReq"):
        gaps = _gaps(run, name)
        assert gaps and min(gaps) >= DEFAULT_INTERVAL_S, name
    assert all(g >= DEFAULT_INTERVAL_S for g in _gaps(run, "DC_WeldingDetectionReq"))
    assert run.stop is not None and run.stop.ok
