"""The depot tool's plan schedule with plain timestamps: anchors, steps, relative times, resend."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from evcc_agent.sim.depot import DepotPlan, PlanSchedule, PlanStep, default_plan
from evcc_agent.sim.vdv463.messages import ProvideChargingInformationReq

VIN = "WVWZZZ1JZXW000001"
T0 = datetime(2026, 12, 1, 5, 0, tzinfo=UTC)


def report(vin: str | None) -> ProvideChargingInformationReq:
    point: dict = {"chargingPointId": "CP-1", "chargingPointStatus": "Available"}
    if vin is not None:
        point["vehicleInfo"] = {
            "vehicleId": vin,
            "vehicleStatusInfo": {},
            "vehicleChargingStatus": "Charging",
            "preconditioningInfo": {},
        }
    station = {
        "chargingStationId": "CS-1",
        "chargingStationStatus": "Available",
        "chargingPointInfoList": [point],
    }
    return ProvideChargingInformationReq.model_validate(
        {"depotInfoList": [{"depotId": "D", "chargingStationInfoList": [station]}]}
    )


def step(soc: int, departure: str, anchor: str = "boot", after_s: float = 0) -> PlanStep:
    return PlanStep(
        anchor=anchor,  # type: ignore[arg-type]
        after_s=after_s,
        charging_request_list=[
            {
                "vehicleId": VIN,
                "chargingRequestId": "r1",
                "chargingInstruction": "Normal",
                "chargingRequestData": {
                    "minTargetSoc": 10,
                    "maxTargetSoc": soc,
                    "requestedTimeForDeparture": departure,
                },
            }
        ],
    )


def target(payload) -> tuple[float, str]:
    data = payload["chargingRequestList"][0]["chargingRequestData"]
    return data["maxTargetSoc"], data["requestedTimeForDeparture"]


def test_boot_steps_follow_the_cms_clock_and_relative_times_count_from_their_report():
    sched = PlanSchedule(DepotPlan(steps=[step(80, "PT1H"), step(90, "PT30M", after_s=120)]))
    first = sched.due(report(None), T0)
    assert first is not None and target(first) == (80.0, "2026-12-01T06:00:00Z")
    assert sched.due(report(None), T0 + timedelta(seconds=119)) is None
    second = sched.due(report(None), T0 + timedelta(seconds=125))
    assert second is not None and target(second) == (90.0, "2026-12-01T05:32:05Z")
    assert sched.due(report(None), T0 + timedelta(hours=1)) is None  # nothing new


def test_absolute_times_stay_as_written():
    sched = PlanSchedule(DepotPlan(steps=[step(70, "2026-12-01T07:15:00+01:00")]))
    payload = sched.due(report(None), T0)
    assert payload is not None and target(payload) == (70.0, "2026-12-01T07:15:00+01:00")


def test_arrival_steps_wait_for_the_vehicle_at_a_point():
    sched = PlanSchedule(default_plan(VIN))
    assert sched.due(report(None), T0) is None
    assert sched.due(report("WVWZZZ1JZXW000999"), T0 + timedelta(seconds=5)) is None
    arrived = T0 + timedelta(seconds=10)
    first = sched.due(report(VIN), arrived)
    assert first is not None and target(first) == (85.0, "2026-12-01T05:46:10Z")
    assert sched.due(report(VIN), arrived + timedelta(seconds=59)) is None
    # the vehicle may leave the report meanwhile: the anchor stays
    later = sched.due(report(None), arrived + timedelta(seconds=60))
    assert later is not None and target(later)[1] == "2026-12-01T05:42:10Z"
    last = sched.due(report(VIN), arrived + timedelta(seconds=300))
    assert last is not None and target(last) == (90.0, "2026-12-01T05:16:10Z")
    assert "automaticPreconditioning" not in last["chargingRequestList"][0]


def test_a_new_connection_resends_the_current_step_unchanged():
    sched = PlanSchedule(DepotPlan(steps=[step(80, "PT1H")]))
    sched.new_connection()
    assert sched.due(report(None), T0) is not None
    sched.new_connection()  # reconnected ten minutes later: the same departure, not +1 h again
    again = sched.due(report(None), T0 + timedelta(minutes=10))
    assert again is not None and target(again) == (80.0, "2026-12-01T06:00:00Z")
    assert sched.due(report(None), T0 + timedelta(minutes=11)) is None


def test_only_real_durations_in_time_attributes_are_resolved():
    from evcc_agent.sim.depot import _resolve

    doc = {"requestedStartTime": "PT", "chargingRequestId": "PT5M", "x": {"fooTime": "-PT1H30M"}}
    out = _resolve(doc, T0)
    assert out["requestedStartTime"] == "PT" and out["chargingRequestId"] == "PT5M"
    assert out["x"]["fooTime"] == (T0 - timedelta(hours=1, minutes=30)).isoformat()
