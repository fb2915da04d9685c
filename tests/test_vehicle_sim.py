"""The vehicle simulator's charging scenario, on a fake clock, and the demo command."""

from __future__ import annotations

import subprocess
import sys

import pytest

from evcc_agent.sim.vehicle import ChargingScenario, VehicleSimulator
from evcc_agent.v2icp.mapping import MappingConfig, VehicleParameterMapper
from evcc_agent.v2icp.params import CHARGING_CODES, PARAMETERS
from evcc_agent.vehicle.config import PROJECT_ROOT, VehicleConfig
from evcc_agent.vehicle.dbc import FrameDecoder, build_store, load_databases
from evcc_agent.vehicle.tx import CyclicTransmitter

VDB = load_databases(VehicleConfig().dbc_files)


def decode_all(sim: VehicleSimulator, now: float):
    store = build_store(VDB, default_stale_after=5.0)
    dec = FrameDecoder(VDB, store)
    for f in sim.all_frames():
        assert dec.feed(f.arbitration_id, f.is_extended_id, f.data, now)
    return store, VehicleParameterMapper(MappingConfig(), store).parameters(now)


def test_charging_progresses_on_simulated_time():
    sim = VehicleSimulator(VDB, ChargingScenario(start_soc=20.0))
    _, p0 = decode_all(sim, 0.0)
    sim.step(3600.0)  # one hour at 150 kW into 420 kWh: +35.7 %
    store, p1 = decode_all(sim, 3600.0)
    assert store.get("BMS_SoC", 3600.0) == pytest.approx(20 + 150 / 420 * 100, abs=0.01)
    assert p1["bat_eamount"] < p0["bat_eamount"]
    assert p1["bat_reqtime"] < p0["bat_reqtime"]
    assert p1["chrg_stat"] == 1
    sim.step(6 * 3600.0)
    store, p2 = decode_all(sim, 6 * 3600.0)
    assert sim.soc == pytest.approx(100.0)
    assert p2["chrg_stat"] == 0 and p2["bat_eamount"] == 0
    assert store.get("BMS_ChargeRequest", 6 * 3600.0) == 0


def test_taper_reduces_current_above_80_percent():
    sim = VehicleSimulator(VDB, ChargingScenario(start_soc=50.0))
    i_low = sim.values()["BMS_TargetCurrent"]
    sim.soc = 90.0
    assert sim.values()["BMS_TargetCurrent"] < i_low / 1.5


def test_charge_stops_at_the_agents_target_soc():
    sim = VehicleSimulator(VDB, ChargingScenario(start_soc=60.0))
    tx = CyclicTransmitter(VDB, ["AGT_Departure"])
    tx.set_signal("AGT_TargetSoC", 70)
    sim.on_frame(tx.frames()[0])
    sim.step(3 * 3600.0)
    assert sim.target_soc == 70 and not sim.charging
    assert 70.0 <= sim.soc < 71.0


def test_silenced_message_goes_stale():
    sim = VehicleSimulator(VDB)
    sim.silenced.add("BMS_HVESSS1")
    store = build_store(VDB, default_stale_after=3.0)
    dec = FrameDecoder(VDB, store)
    for f in sim.frames_due(0.0):
        dec.feed(f.arbitration_id, f.is_extended_id, f.data, 0.0)
    params = VehicleParameterMapper(MappingConfig(), store).parameters(0.0)
    assert params["bat_stat"] == 2  # NA
    assert params["chrg_stat"] == 1


def test_frames_follow_dbc_cycle_times():
    sim = VehicleSimulator(VDB)
    counts: dict[str, int] = {}
    for i in range(200):  # 10 s in 50 ms steps
        for f in sim.frames_due(i / 20):
            name = next(m.name for m in sim.messages if m.frame_id == f.arbitration_id)
            counts[name] = counts.get(name, 0) + 1
    assert counts["BMS_HVESSD2"] == 100 and counts["BMS_DcTargets"] == 100
    assert counts["VCU_VD"] == 10
    assert not any(n.startswith("AGT_") for n in counts)


def test_demo_refuses_to_simulate_on_a_real_bus():
    res = subprocess.run(
        [
            sys.executable,
            "-m",
            "evcc_agent",
            "demo",
            "--duration",
            "1",
            "--config",
            "config/agent.example.toml",
        ],
        capture_output=True,
        text=True,
        cwd=PROJECT_ROOT,
        timeout=60,
    )
    assert res.returncode == 2 and "can0" in res.stderr


def test_discharging_reports_follow_the_declared_v2icp_parameters():
    """While the charger takes energy out (bidirectional), the vehicle reports chrg_stat
    Charging (VDV 463 has no "discharging": energy transfer in either direction) and the
    energy to full grows, each within its declaration in v2icp/params.py."""
    vdb = load_databases(VehicleConfig().dbc_files)
    store = build_store(vdb, default_stale_after=5.0)
    dec = FrameDecoder(vdb, store)
    sim = VehicleSimulator(vdb, ChargingScenario(start_soc=70.0))
    mapper = VehicleParameterMapper(MappingConfig(), store)

    def report(t: float) -> dict[str, int]:
        sim.step(t)
        for f in sim.all_frames():
            dec.feed(f.arbitration_id, f.is_extended_id, f.data, t)
        return mapper.parameters(t)

    before = report(0.0)
    sim.supply_kw = -100.0  # the charger discharges 100 kW
    during = report(1800.0)
    assert sim.soc == pytest.approx(70.0 - 50.0 / 420.0 * 100, abs=0.01)
    assert CHARGING_CODES[during["chrg_stat"]] == "Charging"
    assert during["bat_eamount"] == before["bat_eamount"] + 50
    for name in ("chrg_stat", "bat_eamount", "bat_reqtime"):
        assert PARAMETERS[name].validate(during[name]) == during[name]
