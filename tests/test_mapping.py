"""CAN signals -> VDV 261 vehicle parameters, and backend directives -> TX signals."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from evcc_agent.config import ConfigError, parse_config
from evcc_agent.dtc import DtcRegistry
from evcc_agent.sim.vehicle import ChargingScenario, VehicleSimulator
from evcc_agent.v2icp.mapping import (
    DirectiveApplier,
    MappingConfig,
    VehicleParameterMapper,
    check_signals,
)
from evcc_agent.v2icp.params import BACKEND_PARAMETERS, PARAMETERS, VEHICLE_PARAMETERS
from evcc_agent.vehicle.config import VehicleConfig
from evcc_agent.vehicle.dbc import FrameDecoder, build_store, load_databases
from evcc_agent.vehicle.tx import CyclicTransmitter

VCFG = VehicleConfig()
VDB = load_databases(VCFG.dbc_files)


def fresh():
    store = build_store(VDB, default_stale_after=3.0)
    return store, FrameDecoder(VDB, store, skip_messages=VCFG.tx_messages)


def feed_sim(dec: FrameDecoder, sim: VehicleSimulator, now: float) -> None:
    for f in sim.all_frames():
        dec.feed(f.arbitration_id, f.is_extended_id, f.data, now)


def test_default_mapping_of_a_charging_bus():
    store, dec = fresh()
    sim = VehicleSimulator(VDB, ChargingScenario(start_soc=40.0, capacity_kwh=400.0))
    feed_sim(dec, sim, 100.0)
    params = VehicleParameterMapper(MappingConfig(), store).parameters(100.5)
    assert set(params) == set(VEHICLE_PARAMETERS)
    assert params["odo"] == 182_345  # 182345.625 km, floored
    assert params["chrg_stat"] == 1  # Charging
    assert params["bat_stat"] == 0  # OK
    assert params["h2_stat"] == PARAMETERS["h2_stat"].sna  # battery bus: NA
    assert params["bat_eamount"] == 240  # 60 % of 400 kWh
    assert params["bprec_eamount"] == 7  # 6.5 kWh, rounded half up
    assert params["prec_reqtime"] == 35
    assert params["prec_eamount"] == 11


def test_stale_or_missing_signals_give_sna():
    store, dec = fresh()
    mapper = VehicleParameterMapper(MappingConfig(), store)
    assert mapper.parameters(0.0) == {n: PARAMETERS[n].sna for n in VEHICLE_PARAMETERS}
    feed_sim(dec, VehicleSimulator(VDB), 10.0)
    assert mapper.parameters(12.9)["odo"] != PARAMETERS["odo"].sna
    assert mapper.parameters(13.1) == {n: PARAMETERS[n].sna for n in VEHICLE_PARAMETERS}


@pytest.mark.parametrize(("raw", "code"), [(0, 0), (1, 1), (2, 1), (3, 2)])
def test_battery_status_codes(raw: int, code: int):
    store, dec = fresh()
    msg = VDB.message("BMS_HVESSS1")
    dec.feed(msg.frame_id, True, bytes([raw]) + bytes(7), 0.0)
    assert VehicleParameterMapper(MappingConfig(), store).parameter("bat_stat", 0.0) == code


def test_mapping_is_configuration():
    cfg = parse_config(
        {
            "mapping": {
                "vehicle": {
                    "odo": {"signal": "VCU_TotalDistanceHR", "scale": 1000, "rounding": "floor"},
                    "bat_stat": {"signal": "BMS_BatteryStatus", "codes": {"0": 1, "1": 0}},
                    "bat_reqtime": {"signal": ""},
                },
                "directives": {"prec_hvac": {"signal": "AGT_PrecondHvacMode", "codes": {"3": 0}}},
            }
        }
    )
    store, dec = fresh()
    feed_sim(dec, VehicleSimulator(VDB, ChargingScenario(odometer_km=12.345)), 0.0)
    params = VehicleParameterMapper(cfg.mapping, store).parameters(0.0)
    assert params["odo"] == 12_345  # metres now, by scale
    assert params["bat_stat"] == 1  # inverted table
    assert params["bat_reqtime"] == PARAMETERS["bat_reqtime"].sna  # unmapped
    # defaults of the other entries are kept
    assert cfg.mapping.vehicle_entry("chrg_stat").signal == "VCU_ChargingStatus"


def test_mapping_config_errors_name_key_paths():
    with pytest.raises(ConfigError) as ei:
        parse_config(
            {
                "mapping": {
                    "vehicle": {"bogus": {}, "odo": {"scale": "x", "sigal": "a"}},
                    "directives": {"odo": {}, "target_soc": {"codes": {"x": 1}}},
                }
            }
        )
    paths = {p for p, _ in ei.value.errors}
    assert {
        "mapping.vehicle.bogus",
        "mapping.vehicle.odo.scale",
        "mapping.vehicle.odo.sigal",
        "mapping.directives.odo",
        "mapping.directives.target_soc.codes",
    } <= paths


def test_check_signals_against_dbc():
    cfg = parse_config(
        {
            "mapping": {
                "vehicle": {"odo": {"signal": "VCU_Odometer"}},
                "directives": {"target_soc": {"signal": "BMS_SoC"}},
            }
        }
    ).mapping
    tx = CyclicTransmitter(VDB, VCFG.tx_messages)
    problems = dict(check_signals(cfg, VDB.signal_message, set(tx.signals())))
    assert "VCU_Odometer" in problems["mapping.vehicle.odo.signal"]
    assert "tx_messages" in problems["mapping.directives.target_soc.signal"]
    assert check_signals(MappingConfig(), VDB.signal_message, set(tx.signals())) == []


@pytest.fixture
def applier():
    tx = CyclicTransmitter(VDB, VCFG.tx_messages)
    dtc = DtcRegistry()
    return DirectiveApplier(MappingConfig(), tx, dtc), tx, dtc


def test_directives_start_as_not_available_on_the_bus(applier):
    _, tx, _ = applier
    assert tx.raw_value("AGT_TargetSoC") == 0xFF
    assert tx.raw_value("AGT_DriveOff") == 0xFFFF
    assert tx.raw_value("AGT_PrecondDesired") == 0b11


def test_valid_directives_are_encoded(applier):
    app, tx, dtc = applier
    res = app.apply(
        {
            "driveoff": 95,
            "prec_dsrd": 1,
            "prec_hvac": 2,
            "ambienttemp": -12,
            "target_dist": 230,
            "target_soc": 90,
        },
        1.0,
    )
    assert res.rejected == {} and len(res.applied) == 6
    assert tx.raw_value("AGT_TargetSoC") == 90
    assert tx.raw_value("AGT_DriveOff") == 95
    assert tx.raw_value("AGT_AmbientTempFwd") == round((-12 + 273) / 0.03125)
    frame = next(f for f in tx.frames() if f.arbitration_id & 0xFFFF00 == 0xFF3000)
    decoded = VDB.message("AGT_Departure").decode(frame.data)
    assert decoded["AGT_TargetSoC"] == 90 and decoded["AGT_TargetDistance"] == 230
    assert not dtc.is_active("DIRECTIVE_INVALID")


def test_sna_directive_sends_not_available(applier):
    app, tx, _ = applier
    app.apply({"driveoff": 30}, 0.0)
    app.apply({"driveoff": 65535, "ambienttemp": 255}, 1.0)
    assert tx.raw_value("AGT_DriveOff") == 0xFFFF
    assert tx.raw_value("AGT_AmbientTempFwd") == 0xFFFF


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("target_soc", 101),
        ("target_soc", -1),
        ("target_soc", "80"),
        ("target_soc", True),
        ("target_soc", 80.5),
        ("target_soc", math.nan),
        ("target_soc", None),
        ("prec_hvac", 7),
        ("odo", 5),  # a vehicle parameter is not a directive
        ("bogus", 1),
    ],
)
def test_invalid_directive_rejected_previous_value_stays(applier, name, value):
    app, tx, dtc = applier
    app.apply({"target_soc": 80, "prec_hvac": 1}, 0.0)
    before = [bytes(f.data) for f in tx.frames()]
    res = app.apply({name: value}, 5.0)
    assert name in res.rejected
    assert [bytes(f.data) for f in tx.frames()] == before
    assert app.rejected_total == 1 and app.rejected_by_name[name] == 1
    assert dtc.is_active("DIRECTIVE_INVALID")
    assert app.current["target_soc"] == 80
    app.apply({"target_soc": 70}, 6.0)  # the next fully valid set clears the DTC
    assert not dtc.is_active("DIRECTIVE_INVALID")
    assert dtc.states["DIRECTIVE_INVALID"].stored


def test_directive_outside_the_signal_range_is_rejected():
    cfg = parse_config({"mapping": {"directives": {"target_soc": {"scale": 10}}}}).mapping
    tx = CyclicTransmitter(VDB, VCFG.tx_messages)
    app = DirectiveApplier(cfg, tx, DtcRegistry())
    res = app.apply({"target_soc": 50}, 0.0)  # 500 % does not fit the signal
    assert "target_soc" in res.rejected
    assert tx.raw_value("AGT_TargetSoC") == 0xFF


@settings(deadline=None)
@given(value=st.one_of(st.integers(-1000, 1000), st.floats(allow_nan=True), st.text(max_size=3)))
def test_target_soc_range_handling(value):
    tx = CyclicTransmitter(VDB, VCFG.tx_messages)
    app = DirectiveApplier(MappingConfig(), tx, DtcRegistry())
    app.apply({"target_soc": 42}, 0.0)
    res = app.apply({"target_soc": value}, 1.0)
    valid = (
        isinstance(value, int | float)
        and not isinstance(value, bool)
        and math.isfinite(value)
        and float(value).is_integer()
        and (0 <= value <= 100 or value == 255)
    )
    if valid:
        assert res.applied == {"target_soc": int(value)}
        assert tx.raw_value("AGT_TargetSoC") == int(value)
    else:
        assert "target_soc" in res.rejected
        assert tx.raw_value("AGT_TargetSoC") == 42


@settings(deadline=None)
@given(
    name=st.sampled_from(BACKEND_PARAMETERS),
    value=st.integers(-(2**17), 2**17),
)
def test_every_directive_validates_against_params(name: str, value: int):
    tx = CyclicTransmitter(VDB, VCFG.tx_messages)
    app = DirectiveApplier(MappingConfig(), tx, DtcRegistry())
    res = app.apply({name: value}, 0.0)
    decl = PARAMETERS[name]
    ok = value == decl.sna or (
        decl.minimum <= value <= decl.maximum and (not decl.codes or value in decl.codes)
    )
    assert (name in res.applied) == ok
    assert (name in res.rejected) == (not ok)


@settings(deadline=None)
@given(km=st.floats(min_value=-10, max_value=6e8, allow_nan=False))
def test_odometer_mapping_never_out_of_declared_range(km: float):
    store, _ = fresh()
    store.update("VCU_TotalDistance", km, 0.0)
    odo = VehicleParameterMapper(MappingConfig(), store).parameter("odo", 0.0)
    decl = PARAMETERS["odo"]
    assert odo == decl.sna or decl.minimum <= odo <= decl.maximum
    if 0 <= km <= decl.maximum:
        assert odo == math.floor(km)


def test_stale_mapped_signal_raises_can_signal_stale():
    store, dec = fresh()
    dtc = DtcRegistry()
    mapper = VehicleParameterMapper(MappingConfig(), store, dtc)
    mapper.parameters(0.0)
    assert dtc.is_active("CAN_SIGNAL_STALE")
    feed_sim(dec, VehicleSimulator(VDB), 1.0)  # H2 status is "not available": no DTC for it
    mapper.parameters(1.5)
    assert not dtc.is_active("CAN_SIGNAL_STALE")
    mapper.parameters(10.0)
    assert dtc.is_active("CAN_SIGNAL_STALE")
    assert "BMS_BatteryStatus" in dtc.states["CAN_SIGNAL_STALE"].detail


def test_a_healthy_boot_raises_no_can_signal_stale():
    store, dec = fresh()
    dtc = DtcRegistry()
    mapper = VehicleParameterMapper(MappingConfig(), store, dtc, startup_grace_s=3.0)
    mapper.parameters(100.0)  # the agent's first round: no frame could have arrived yet
    mapper.parameters(100.1)
    assert not dtc.is_active("CAN_SIGNAL_STALE")
    feed_sim(dec, VehicleSimulator(VDB), 101.0)
    mapper.parameters(101.5)
    assert not dtc.is_active("CAN_SIGNAL_STALE")
    mapper.parameters(110.0)  # the frames stopped: stale after the grace as before
    assert dtc.is_active("CAN_SIGNAL_STALE")
    quiet = VehicleParameterMapper(MappingConfig(), fresh()[0], DtcRegistry(), startup_grace_s=3.0)
    quiet.parameters(0.0)
    quiet.parameters(3.0)  # nothing ever arrived: a DTC once the grace is over
    assert quiet.dtc is not None and quiet.dtc.is_active("CAN_SIGNAL_STALE")


def test_directives_that_are_not_an_object_are_rejected(applier):
    app, tx, dtc = applier
    before = [bytes(f.data) for f in tx.frames()]
    res = app.apply([("target_soc", 80)], 0.0)  # type: ignore[arg-type]
    assert res.rejected and not res.applied
    assert [bytes(f.data) for f in tx.frames()] == before
    assert dtc.is_active("DIRECTIVE_INVALID")


@settings(deadline=None)
@given(
    name=st.sampled_from(VEHICLE_PARAMETERS),
    value=st.one_of(st.floats(allow_nan=True, allow_infinity=True), st.integers(-(2**40), 2**40)),
)
def test_any_signal_value_maps_to_a_declared_value_or_sna(name: str, value: float):
    store, _ = fresh()
    entry = MappingConfig().vehicle_entry(name)
    store.update(entry.signal, value, 0.0)
    mapped = VehicleParameterMapper(MappingConfig(), store).parameter(name, 0.0)
    decl = PARAMETERS[name]
    assert decl.validate(mapped) == mapped


async def test_publish_parameters_on_change_only():
    import asyncio

    from evcc_agent.clock import FakeClock
    from evcc_agent.v2icp.mapping import publish_parameters

    clock = FakeClock()
    store, dec = fresh()
    sim = VehicleSimulator(VDB)
    got: list[dict[str, int]] = []
    mapper = VehicleParameterMapper(MappingConfig(), store)
    task = asyncio.create_task(publish_parameters(mapper, clock.now, got.append, clock, 1.0))
    await asyncio.sleep(0)
    assert len(got) == 1 and got[0]["odo"] == PARAMETERS["odo"].sna
    feed_sim(dec, sim, 0.5)
    clock.advance(1.0)
    await asyncio.sleep(0)
    assert len(got) == 2 and got[1]["odo"] == 182345
    clock.advance(1.0)  # nothing changed within the staleness window
    await asyncio.sleep(0)
    assert len(got) == 2
    task.cancel()
    await asyncio.gather(task, return_exceptions=True)
