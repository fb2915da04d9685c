"""The charge-loop values the ISO 15118 session reads from the SignalStore."""

from __future__ import annotations

import pytest

from evcc_agent.sim.vehicle import ChargingScenario, VehicleSimulator
from evcc_agent.vehicle.charge_loop import ChargeLoopReader, ChargeLoopSignals
from evcc_agent.vehicle.config import VehicleConfig
from evcc_agent.vehicle.dbc import FrameDecoder, build_store, load_databases

VDB = load_databases(VehicleConfig().dbc_files)


def test_charge_loop_snapshot_from_simulated_bms():
    store = build_store(VDB, default_stale_after=1.0)
    dec = FrameDecoder(VDB, store)
    sim = VehicleSimulator(VDB, ChargingScenario(start_soc=30.0))
    for f in sim.all_frames():
        dec.feed(f.arbitration_id, f.is_extended_id, f.data, 5.0)
    reader = ChargeLoopReader(store)
    assert reader.missing_signals() == []
    v = reader.read(5.2)
    assert v.complete and v.wants_charge
    assert v.soc == pytest.approx(30.0, abs=0.002)
    assert (v.max_voltage, v.max_current, v.max_power) == (750.0, 400.0, 300.0)
    assert v.target_voltage == pytest.approx(sim.pack_voltage() + 8.0, abs=0.05)
    assert v.target_current == pytest.approx(150_000 / sim.pack_voltage(), abs=0.05)
    stale = reader.read(6.5)  # 100 ms messages not refreshed for 1.5 s
    assert stale.target_current is None and not stale.complete


def test_charge_loop_names_are_configuration():
    store = build_store(VDB)
    reader = ChargeLoopReader(store, ChargeLoopSignals(max_power="", soc="Nope_SoC"))
    assert reader.missing_signals() == ["Nope_SoC"]
    v = reader.read(0.0)
    assert v.max_power is None and v.soc is None


def test_si_fields_match_the_iso15118_ev_data():
    store = build_store(VDB, default_stale_after=1.0)
    dec = FrameDecoder(VDB, store)
    sim = VehicleSimulator(VDB, ChargingScenario(start_soc=50.0, capacity_kwh=400.0))
    for f in sim.all_frames():
        dec.feed(f.arbitration_id, f.is_extended_id, f.data, 0.0)
    si = ChargeLoopReader(store).si_fields(0.0)
    assert si["max_power"] == pytest.approx(300_000.0)
    assert si["target_energy_wh"] == pytest.approx(200_000.0, abs=1)
    assert si["battery_capacity_wh"] == pytest.approx(400_000.0, abs=2)
    assert si["charging_complete"] is False
    ev_data = pytest.importorskip("evcc_agent.iso15118.ev_data")
    from dataclasses import replace

    data = replace(ev_data.EvData(), **si)
    assert data.max_power == si["max_power"] and data.soc == si["soc"]
    assert ChargeLoopReader(store).si_fields(5.0) == {}  # all stale


def test_discharge_limits_and_vcu_floor_from_can():
    store = build_store(VDB, default_stale_after=1.0)
    dec = FrameDecoder(VDB, store)
    scenario = ChargingScenario(max_discharge_power_kw=120.0, min_discharge_soc=42.0)
    sim = VehicleSimulator(VDB, scenario)
    for f in sim.all_frames():
        dec.feed(f.arbitration_id, f.is_extended_id, f.data, 0.0)
    si = ChargeLoopReader(store).si_fields(0.0)
    assert si["max_discharge_power"] == pytest.approx(120_000.0)
    assert si["max_discharge_current"] == pytest.approx(250.0)
    assert si["min_discharge_voltage"] == pytest.approx(560.0)
    assert si["discharge_allowed"] is True
    assert si["min_discharge_soc"] == pytest.approx(42.0, abs=0.2)  # 0.4 %/bit
    sim.sc.discharge_allowed = False
    for f in sim.all_frames():
        dec.feed(f.arbitration_id, f.is_extended_id, f.data, 0.5)
    assert ChargeLoopReader(store).si_fields(0.5)["discharge_allowed"] is False
    # the BMS's discharge frame silenced: its limits go missing (the session: no discharge)
    sim.silenced.add("BMS_DcDischargeLimits")
    for f in sim.all_frames():
        dec.feed(f.arbitration_id, f.is_extended_id, f.data, 1.4)
    si = ChargeLoopReader(store).si_fields(1.6)
    assert "max_discharge_power" not in si and "soc" in si
