"""The VDV 463 <-> V2ICP bridge: the table, the request life cycle, and the whole chain
plan -> CMS -> bus -> CAN and bus -> CMS -> upstream in the demo."""

from __future__ import annotations

import asyncio
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from evcc_agent.demo import DEMO_VIN
from evcc_agent.sim.depot import DepotPlan, PlanError
from evcc_agent.sim.vdv463.bridge import (
    DIRECTIVES,
    VEHICLE,
    ChargerReading,
    DepotBridge,
    cleared_directives,
    directives_of,
    vehicle_info,
)
from evcc_agent.sim.vdv463.messages import ChargingRequest
from evcc_agent.v2icp.params import PARAMETERS
from evcc_agent.vehicle.config import PROJECT_ROOT
from tests.e2e_helpers import CanListener, EventLog, demo_config, make_demo

T0 = datetime(2026, 12, 1, 5, 0, tzinfo=UTC)
VIN = "WVWZZZ1JZXW000001"
SNA = {n: p.sna for n, p in PARAMETERS.items()}


def request(**over) -> ChargingRequest:
    doc = {
        "vehicleId": VIN,
        "chargingRequestId": "r1",
        "chargingInstruction": "Normal",
        "chargingRequestData": {
            "minTargetSoc": 50,
            "maxTargetSoc": 80.4,
            "requestedTimeForDeparture": (T0 + timedelta(minutes=30, seconds=20)).isoformat(),
        },
        "automaticPreconditioning": {
            "preconditioningRequest": "HotWaterAndHeating",
            "ambientTemperature": -3.6,
            "requestedStartTime": (T0 + timedelta(minutes=10)).isoformat(),
        },
    }
    doc.update(over)
    return ChargingRequest.model_validate(doc)


class Wall:
    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> datetime:
        return self.now


def test_a_request_becomes_the_directives_of_the_table():
    req = request()
    assert directives_of(req, T0) == {
        "driveoff": 30,
        "target_soc": 80,
        "prec_dsrd": 0,  # preconditioning wanted from T0 + 10 min on
        "prec_hvac": 1,  # HotWaterAndHeating: second in the enumeration
        "ambienttemp": -4,
        "target_dist": SNA["target_dist"],
    }
    later = directives_of(req, T0 + timedelta(minutes=10))
    assert later["prec_dsrd"] == 1 and later["driveoff"] == 20
    gone = directives_of(req, T0 + timedelta(hours=1))
    assert gone["driveoff"] == 0  # departure passed: clamped, never negative


def test_without_departure_or_preconditioning_the_directives_are_sna_or_off():
    req = request(
        chargingRequestData={"minTargetSoc": 10, "maxTargetSoc": 100},
        automaticPreconditioning=None,
    )
    d = directives_of(req, T0)
    assert d["driveoff"] == SNA["driveoff"] and d["target_soc"] == 100 and d["prec_dsrd"] == 0
    assert d["prec_hvac"] == SNA["prec_hvac"] and d["ambienttemp"] == SNA["ambienttemp"]


def test_manual_preconditioning_sets_prec_dsrd_from_its_earliest_start_and_no_mode():
    req = request(
        automaticPreconditioning=None,
        manualPreconditioning={
            "hvacPreconditioningStartTime": (T0 + timedelta(minutes=5)).isoformat(),
            "systemPreconditioningStartTime": (T0 + timedelta(minutes=2)).isoformat(),
            "hvacAuxiliaryConsumerPower": 12.5,
        },
    )
    assert directives_of(req, T0)["prec_dsrd"] == 0
    d = directives_of(req, T0 + timedelta(minutes=2))
    assert d["prec_dsrd"] == 1 and d["prec_hvac"] == SNA["prec_hvac"]


def test_every_directive_stays_inside_its_v2icp_declaration():
    extreme = request(
        chargingRequestData={
            "minTargetSoc": 0,
            "maxTargetSoc": 0,
            "requestedTimeForDeparture": (T0 + timedelta(days=400)).isoformat(),
        },
        automaticPreconditioning={
            "preconditioningRequest": "WarmWaterAndVentilation",
            "ambientTemperature": -99,
        },
    )
    for name, value in directives_of(extreme, T0).items():
        assert PARAMETERS[name].validate(value) == value


def test_request_life_cycle_update_terminate_deletion_started():
    wall = Wall()
    bridge = DepotBridge(wall=wall)
    assert bridge.directives(VIN) is None  # VDV 463 has no say: the scenario's directives stay
    bridge.charging_requests("BMS", (request(),))
    assert bridge.directives(VIN)["target_soc"] == 80  # delivered: the process has started
    changed = request(
        chargingInstruction="Changed",
        chargingRequestData={"minTargetSoc": 50, "maxTargetSoc": 90},
    )
    bridge.charging_requests("BMS", (changed,))
    assert bridge.directives(VIN)["target_soc"] == 90
    bridge.charging_requests("BMS", ())  # missing, but started: kept
    assert bridge.directives(VIN)["target_soc"] == 90
    bridge.charging_requests("BMS", (request(chargingInstruction="Terminate"),))
    assert bridge.directives(VIN) == cleared_directives()
    assert cleared_directives()["prec_dsrd"] == 0 and cleared_directives()["target_soc"] == 255


def test_a_missing_request_not_started_is_deleted_and_priority_picks():
    bridge = DepotBridge(wall=Wall())
    low = request(chargingRequestId="a", priority=5)
    high = request(
        chargingRequestId="b",
        priority=1,
        chargingRequestData={"minTargetSoc": 20, "maxTargetSoc": 70},
    )
    bridge.charging_requests("BMS", (low, high))
    active = bridge.active(VIN)
    assert active is not None and active.request.charging_request_id == "b"
    bridge.charging_requests("BMS", (low,))  # b was never delivered: deleted
    active = bridge.active(VIN)
    assert active is not None and active.request.charging_request_id == "a"
    bridge.charging_requests("ITCS", ())  # another upstream's list leaves BMS's alone
    assert bridge.active(VIN) is not None


def test_v2icp_parameters_become_vehicle_info():
    values = {
        "odo": 182345,
        "chrg_stat": 1,
        "h2_stat": 2,
        "bat_stat": 1,
        "bat_reqtime": 95,
        "bat_eamount": 210,
        "bprec_eamount": 12,
        "prec_reqtime": 30,
        "prec_eamount": SNA["prec_eamount"],
    }
    info = vehicle_info(VIN, values, "00-1A-B2-C3-D4-E5", soc=41.23).wire()
    assert info == {
        "vehicleId": VIN,
        "evccId": "00-1A-B2-C3-D4-E5",
        "mileage": 182345.0,
        "tractionBatteryInfo": {"stateOfCharge": 41.2, "batteryStatus": "NOK"},
        "h2TankInfo": {"h2TankStatus": "NA"},
        "vehicleStatusInfo": {},
        "vehicleChargingStatus": "Charging",
        "preconditioningInfo": {
            "hvBatteryPreconditioningTime": 95.0,
            "hvBatteryChargingEnergy": 222.0,
            "vehiclePreconditioningTime": 30.0,  # prec_eamount SNA: energy left out
        },
    }
    unknown = vehicle_info(VIN, {"chrg_stat": SNA["chrg_stat"]}, None).wire()
    assert unknown["vehicleChargingStatus"] == "Unknown" and "mileage" not in unknown


def test_the_report_puts_the_bus_at_the_point_by_its_evccid():
    bridge = DepotBridge(wall=Wall())
    bridge.charging_requests("BMS", (request(),))
    bridge.directives(VIN)
    vehicles = {VIN: ({"odo": 5, "chrg_stat": 1}, "00-1A-B2-C3-D4-E5")}
    charger = ChargerReading("S1", "001AB2C3D4E5", 650.0, 200.0, delivered_wh=1500.0)
    point = bridge.report(vehicles, charger).wire()["depotInfoList"][0]
    point = point["chargingStationInfoList"][0]["chargingPointInfoList"][0]
    assert point["chargingPointStatus"] == "Occupied" and point["presentPower"] == 130.0
    assert point["vehicleInfo"]["vehicleId"] == VIN
    process = point["chargingProcessInfo"]
    assert process["processStatus"] == "Charging" and process["chargingRequestId"] == "r1"
    assert process["electricData"] == {
        "chargingCurrent": 200.0,
        "chargingVoltage": 650.0,
        "chargingPower": 130.0,
    }
    other = bridge.report(vehicles, ChargerReading("S2", "0011223344FF", 0, 0)).wire()
    point = other["depotInfoList"][0]["chargingStationInfoList"][0]["chargingPointInfoList"][0]
    assert "vehicleInfo" not in point  # another EV at the point
    free = bridge.report(vehicles, None).wire()
    point = free["depotInfoList"][0]["chargingStationInfoList"][0]["chargingPointInfoList"][0]
    assert point["chargingPointStatus"] == "Available"


def test_docs_show_every_row_of_the_bridge_table():
    text = (PROJECT_ROOT / "docs" / "vdv463.md").read_text()
    for row in DIRECTIVES:
        assert f"`{row.parameter}`" in text and row.source.split(" ")[0] in text
    for vrow in VEHICLE:
        assert f"`{vrow.target}`" in text, vrow.target


def test_plan_files_are_checked_before_anything_is_sent(tmp_path: Path):
    bad = tmp_path / "plan.json"
    bad.write_text(json.dumps({"steps": [{"chargingRequestList": [{"vehicleId": VIN}]}]}))
    with pytest.raises(PlanError, match="step 0"):
        DepotPlan.load(bad)
    bad.write_text("{")
    with pytest.raises(PlanError):
        DepotPlan.load(bad)


# --- the whole chain in the demo ------------------------------------------------------------
def _known_sets(history) -> list[dict[str, int]]:
    """The parameter set the CMS held after each V2ICP message."""
    known: dict[str, int] = {}
    out = []
    for h in history:
        known = dict(h["parameters"]) if h["seq"] == 0 else {**known, **h["parameters"]}
        out.append(dict(known))
    return out


async def test_a_depot_plan_reaches_can_and_the_bus_data_reaches_the_depot(tmp_path: Path):
    plan = tmp_path / "plan.json"
    plan.write_text(
        json.dumps(
            {
                "steps": [
                    {
                        "chargingRequestList": [
                            {
                                "vehicleId": DEMO_VIN,
                                "chargingRequestId": "block-17",
                                "chargingInstruction": "Normal",
                                "chargingRequestData": {
                                    "minTargetSoc": 50,
                                    "maxTargetSoc": 80,
                                    "requestedTimeForDeparture": "PT90M",
                                },
                                "automaticPreconditioning": {
                                    "preconditioningRequest": "WarmWaterAndVentilation",
                                    "ambientTemperature": -5,
                                },
                            }
                        ]
                    }
                ]
            }
        )
    )
    log = EventLog()
    cfg = demo_config()
    demo = make_demo(log, time_scale=120.0, cfg=cfg, depot_plan=plan)
    async with demo:
        assert demo.agent is not None and demo.depot is not None
        listening = log.of("vdv463_listening")[0]
        assert listening["url"].startswith("wss://127.0.0.1:") and listening["url"].endswith(
            "/vdv463"
        )
        assert Path(listening["ca_file"]).is_file()
        can_rx = CanListener(cfg, demo.agent.link.vdb)
        try:
            applied = await log.wait_kind("directives")
            assert applied["applied"]["target_soc"] == 80 and applied["applied"]["prec_hvac"] == 0
            # the departure the CMS holds: 90 min after the report the plan went out with
            req = demo.cms.bridge.active(DEMO_VIN)
            assert req is not None and req.request.charging_request_id == "block-17"
            departure = req.request.charging_request_data.requested_time_for_departure
            assert departure is not None
            minutes_left = (departure.timestamp() - (demo.cms.epoch + applied["t"])) / 60
            assert abs(applied["applied"]["driveoff"] - minutes_left) <= 1.5
            # the plan on the bus's CAN: target SoC, departure, preconditioning
            assert await can_rx.wait_signal("AGT_TargetSoC", lambda v: v == 80) == 80
            drive_off = await can_rx.wait_signal("AGT_DriveOff", lambda v: v < 90)
            # the agent counts down towards the same moment on CAN
            left_now = (departure.timestamp() - (demo.cms.epoch + demo.clock.now())) / 60
            assert left_now - 1.5 <= drive_off <= applied["applied"]["driveoff"]
            assert await can_rx.wait_signal("AGT_PrecondDesired", lambda v: v == 1) == 1

            def reported(e: dict) -> bool:
                return any(
                    p.vehicle_info is not None and p.charging_process_info is not None
                    for r in demo.depot.reports
                    for p in r.depot_info_list[0]
                    .charging_station_info_list[0]
                    .charging_point_info_list
                )

            await log.wait_for(reported)
        finally:
            can_rx.close()
        await demo.stop()

    points = [
        p
        for r in demo.depot.reports
        for p in r.depot_info_list[0].charging_station_info_list[0].charging_point_info_list
        if p.vehicle_info is not None
    ]
    info = points[-1].vehicle_info
    assert info is not None and info.vehicle_id == DEMO_VIN and info.evcc_id == "00-1A-B2-C3-D4-E5"
    # the bus's VDV 261 preconditioning data as the CMS received it over V2ICP
    sets = _known_sets(demo.backend.vehicles[DEMO_VIN].history)
    pre = info.preconditioning_info
    assert any(
        pre.vehicle_preconditioning_time == s["prec_reqtime"]
        and pre.vehicle_preconditioning_energy == s["prec_eamount"]
        and pre.hv_battery_charging_energy == s["bat_eamount"] + s["bprec_eamount"]
        and info.mileage == s["odo"]
        for s in sets
    )
    socs = [
        p.vehicle_info.traction_battery_info.state_of_charge
        for p in points
        if p.vehicle_info is not None and p.vehicle_info.traction_battery_info is not None
    ]
    assert any(soc is not None and 20 <= soc <= 100 for soc in socs)  # the charger's view
    process = points[-1].charging_process_info
    assert process is not None and process.charging_request_id == "block-17"
    assert any(
        p.charging_process_info is not None
        and (p.charging_process_info.electric_data.charging_voltage or 0) > 100
        for p in points
    )
    assert demo.depot.confirmed_plans == 1 and demo.depot.boots == 1


async def test_the_default_demo_sends_its_built_in_plan_through_vdv_463():
    log = EventLog()
    demo = make_demo(log, time_scale=120.0)
    async with demo:
        first = await log.wait_kind("directives")
        await demo.stop()
    frames = [(e["direction"], e["type"], e["action"]) for e in log.of("vdv463")]
    assert frames[:3] == [
        ("rx", 1, "BootNotification"),
        ("tx", 2, "BootNotification"),
        ("tx", 1, "ProvideChargingInformation"),
    ]
    plan_at = next(e["t"] for e in log.of("vdv463") if e["action"] == "ProvideChargingRequests")
    assert plan_at < first["t"]  # the directives came from the plan
    assert first["applied"]["driveoff"] == 45 and first["applied"]["target_soc"] == 85
    req = demo.cms.bridge.active(DEMO_VIN)
    assert req is not None and req.presystem_id == "BMS"
    assert req.request.charging_request_id == "demo-1" and req.started
    # nothing was scripted at the V2ICP backend itself
    assert demo.backend.scenario.vehicles[DEMO_VIN].directives == []


async def test_the_cms_endpoint_restarts_the_depot_reconnects_and_the_bus_keeps_its_plan():
    log = EventLog()
    demo = make_demo(log, time_scale=120.0)
    async with demo:
        await log.wait_kind("directives")
        depot, server = demo.depot, demo.cms.server
        await server.stop()  # the CMS's VDV 463 side goes away; V2ICP goes on
        await asyncio.wait_for(depot.disconnected.wait(), 30)
        mark = len(log.events)
        depot.plan_confirmed.clear()
        assert demo.cms_cert is not None
        await server.start(*demo.cms_cert, port=server.port)
        await asyncio.wait_for(depot.plan_confirmed.wait(), 30)  # reconnect interval: 10 s
        after = log.events[mark:]
        frames = [(e["direction"], e["action"]) for e in after if e["event"] == "vdv463"]
        assert frames[:2] == [("rx", "BootNotification"), ("tx", "BootNotification")]
        assert ("rx", "ProvideChargingRequests") in frames
        applied = await log.wait_kind("directives", after=mark)
        await demo.stop()
    assert depot.connections == 2 and depot.boots == 2
    assert applied["applied"]["target_soc"] in (85, 90)  # still the plan, never a gap
    assert all(e["applied"]["target_soc"] != 255 for e in log.of("directives"))
