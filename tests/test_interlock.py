"""The BMS interlock: the charger is told only what the BMS reported; stale data stops charging."""

from __future__ import annotations

import math
from typing import Any

import pytest

from evcc_agent.iso15118.config import SafetyConfig
from evcc_agent.iso15118.ev_data import BMS_FIELDS, EvData, FieldsEvData
from evcc_agent.iso15118.messages import from_physical, from_rational, message_name, rational
from evcc_agent.iso15118.session.interlock import Interlock
from evcc_agent.sim.secc import SeccSimConfig
from tests import iso2_helpers, iso20_helpers

#: what a healthy BMS reports (SI units, as ``ChargeLoopReader.si_fields`` gives them)
BMS: dict[str, float | bool] = {
    "soc": 50.0,
    "present_voltage": 650.0,
    "max_voltage": 800.0,
    "max_current": 300.0,
    "max_power": 200_000.0,
    "min_voltage": 300.0,
    "min_current": 0.0,
    "target_voltage": 700.0,
    "target_current": 200.0,
    "target_energy_wh": 100_000.0,
    "max_energy_wh": 100_000.0,
    "charging_complete": False,
    "max_discharge_power": 100_000.0,
    "max_discharge_current": 150.0,
    "min_discharge_voltage": 550.0,
    "discharge_allowed": True,
    "min_discharge_soc": 20.0,
}


def _bms(values: dict[str, float | bool] | None = None) -> tuple[dict[str, Any], FieldsEvData]:
    fields: dict[str, Any] = dict(BMS if values is None else values)
    return fields, FieldsEvData(lambda: fields)  # production: no defaults


def _complete_after(fields: dict[str, Any], loops: int) -> Any:
    def step(run: Any) -> None:
        names = [message_name(m) for m in run.sent]
        if sum(n.endswith("ChargeLoopReq") for n in names) >= loops:
            fields["charging_complete"] = True

    return step


def _body(msg: dict[str, Any]) -> dict[str, Any]:
    return iso2_helpers.body_of(msg)


# ---------------------------------------------------------------- the production source
def test_production_source_never_invents_a_battery_value():
    _, ev = _bms({})
    snap = ev.snapshot()
    assert snap.missing == BMS_FIELDS
    for name in ("soc", "present_voltage", "max_voltage", "max_current", "max_power"):
        assert math.isnan(getattr(snap, name))
        with pytest.raises(ValueError):
            rational(getattr(snap, name))  # a missing value cannot be encoded by accident
    fields, ev = _bms()
    assert ev.snapshot().missing == frozenset()
    del fields["target_current"]
    assert ev.snapshot().missing == {"target_current"}


def test_view_holds_the_last_bms_values_and_asks_for_no_current():
    lock = Interlock()
    fields, ev = _bms()
    assert lock.view(ev.snapshot()).target_voltage == 700.0
    for name in ("target_voltage", "target_current", "present_voltage"):
        del fields[name]
    held = lock.view(ev.snapshot())
    assert held.target_current == 0.0
    assert held.target_voltage == 700.0 and held.present_voltage == 650.0  # never a default


# ---------------------------------------------------------------- the gate
@pytest.mark.parametrize("kind", ["iso20", "iso2", "din"])
def test_no_bms_data_no_power_delivery_and_an_orderly_stop(kind: str):
    _, ev = _bms({})
    if kind == "iso20":
        run = iso20_helpers.run_against_sim(iso20_helpers.make_session("dc", ev))  # type: ignore[arg-type]
    else:
        run = iso2_helpers.run_against_sim(iso2_helpers.make_session(kind, ev))  # type: ignore[arg-type]
    names = [message_name(m) for m in run.sent]
    assert not any("ChargeParameterDiscovery" in n or n == "PowerDeliveryReq" for n in names)
    assert names[-1] == "SessionStopReq"
    assert run.stop is not None and not run.stop.ok
    dtcs = [d.name for d in run.dtcs]
    assert "BMS_DATA_MISSING" in dtcs
    # bounded: it waited bms_wait_s (10 s) after the last setup answer, not forever
    assert 10.0 <= run.now < 11.0


def test_the_gate_waits_for_the_bms_then_charges():
    fields, ev = _bms({})

    def bms_boots(run: Any) -> None:
        if run.now >= 3.0 and not fields:
            fields.update(BMS)
            fields["charging_complete"] = True  # one loop round, then stop

    run = iso20_helpers.run_against_sim(iso20_helpers.make_session("dc", ev), on_step=bms_boots)  # type: ignore[arg-type]
    assert run.stop is not None and run.stop.ok
    cpd = next(m for m in run.sent if "DC_ChargeParameterDiscoveryReq" in m)
    mode = cpd["DC_ChargeParameterDiscoveryReq"]["DC_CPDReqEnergyTransferMode"]
    assert from_rational(mode["EVMaximumVoltage"]) == 800.0  # the BMS's, not 500 V
    assert not any(d.name == "BMS_DATA_MISSING" for d in run.dtcs)


def test_a_stop_request_while_the_gate_waits_ends_the_session_at_once():
    _, ev = _bms({})
    session = iso20_helpers.make_session("dc", ev)  # type: ignore[arg-type]

    def stop_soon(run: Any) -> None:
        if run.now >= 2.0:
            run.request_stop("driver")

    run = iso20_helpers.run_against_sim(session, on_step=stop_soon)
    names = [message_name(m) for m in run.sent]
    assert names[-1] == "SessionStopReq" and "PowerDeliveryReq" not in names
    assert run.now < 3.0 and not any(d.name == "BMS_DATA_MISSING" for d in run.dtcs)


# ---------------------------------------------------------------- in the loop
@pytest.mark.parametrize("kind", ["iso20", "iso2"])
def test_stale_bms_mid_loop_zero_amps_then_orderly_stop(kind: str):
    fields, ev = _bms()
    marks: dict[str, float] = {}

    def frames_stop(run: Any) -> None:
        loops = [m for m in run.sent if message_name(m) in ("DC_ChargeLoopReq", "CurrentDemandReq")]
        if len(loops) == 5 and "stale" not in marks:
            marks["stale"] = run.now
            for name in ("target_voltage", "target_current", "max_current"):
                fields.pop(name, None)

    if kind == "iso20":
        session: Any = iso20_helpers.make_session("dc", ev)  # type: ignore[arg-type]
        run = iso20_helpers.run_against_sim(session, on_step=frames_stop)
    else:
        session = iso2_helpers.make_session("iso2", ev)  # type: ignore[arg-type]
        run = iso2_helpers.run_against_sim(session, stop_after_loops=None, on_step=frames_stop)
    names = [message_name(m) for m in run.sent]
    loop_name = "DC_ChargeLoopReq" if kind == "iso20" else "CurrentDemandReq"
    loops = [m for m in run.sent if message_name(m) == loop_name]
    after = loops[5:]
    assert after, "no loop request after the BMS went stale"
    for msg in after:
        body = _body(msg)
        if kind == "iso20":
            mode = body["Scheduled_DC_CLReqControlMode"]
            amps, volts = (
                from_rational(mode["EVTargetCurrent"]),
                from_rational(mode["EVTargetVoltage"]),
            )
        else:
            amps = from_physical(body["EVTargetCurrent"])
            volts = from_physical(body["EVTargetVoltage"])
        assert amps == 0.0 and volts == 700.0  # 0 A at once, the BMS's last voltage
    stop_at = run.sent_at[names.index("PowerDeliveryReq", names.index(loop_name))]
    assert stop_at - marks["stale"] <= 1.0 + 0.15  # grace 1 s (+ one loop round)
    welding = "DC_WeldingDetectionReq" if kind == "iso20" else "WeldingDetectionReq"
    assert welding in names and names[-1] == "SessionStopReq"
    assert any(d.name == "BMS_DATA_STALE" for d in run.dtcs)
    assert run.stop is not None and not run.stop.ok and "stale" in run.stop.reason


def test_ac_stale_bms_limit_stops_in_order():
    fields, ev = _bms()

    def limit_stops(run: Any) -> None:
        if sum(message_name(m) == "AC_ChargeLoopReq" for m in run.sent) == 3:
            fields.pop("max_power", None)

    run = iso20_helpers.run_against_sim(iso20_helpers.make_session("ac", ev), on_step=limit_stops)  # type: ignore[arg-type]
    assert any(d.name == "BMS_DATA_STALE" and "max_power" in d.detail for d in run.dtcs)
    loops = [m["AC_ChargeLoopReq"] for m in run.sent if "AC_ChargeLoopReq" in m]
    held = loops[-1]["Scheduled_AC_CLReqControlMode"]["EVMaximumChargePower"]
    assert from_rational(held) == 200_000.0  # the BMS's last value, not a default
    assert message_name(run.sent[-1]) == "SessionStopReq"


def test_bms_charge_request_zero_stops_in_order():
    fields, ev = _bms()

    def done(run: Any) -> None:
        if sum(message_name(m) == "DC_ChargeLoopReq" for m in run.sent) == 3:
            fields["charging_complete"] = True

    run = iso20_helpers.run_against_sim(iso20_helpers.make_session("dc", ev), on_step=done)  # type: ignore[arg-type]
    names = [message_name(m) for m in run.sent]
    tail = names[names.index("PowerDeliveryReq", names.index("DC_ChargeLoopReq")) :]
    assert set(tail[1:-1]) == {"DC_WeldingDetectionReq"} and tail[-1] == "SessionStopReq"
    assert run.stop is not None and run.stop.ok


def test_evse_voltage_above_the_ev_maximum_stops_with_a_dtc():
    fields, ev = _bms()

    def bms_lowers_its_limit(run: Any) -> None:
        if sum(message_name(m) == "DC_ChargeLoopReq" for m in run.sent) == 3:
            fields["max_voltage"] = 650.0  # the charger is at 700 V

    session = iso20_helpers.make_session("dc", ev, safety={"plausibility_debounce_s": 0.0})  # type: ignore[arg-type]
    run = iso20_helpers.run_against_sim(session, on_step=bms_lowers_its_limit)
    assert any(d.name == "EVSE_IMPLAUSIBLE" and "700 V" in d.detail for d in run.dtcs)
    names = [message_name(m) for m in run.sent]
    assert names[-1] == "SessionStopReq" and "DC_WeldingDetectionReq" in names


def test_plausibility_tolerances_and_debounce():
    lock = Interlock(SafetyConfig())
    ev = EvData(max_voltage=800.0)
    lock.asked(100.0)
    assert lock.check_loop(ev, 0.0, 815.0, 104.9, dc=True) is None  # within 2 % / 5 %
    assert lock.check_loop(ev, 0.0, 817.0, 100.0, dc=True) is None  # above, not yet 1 s
    trip = lock.check_loop(ev, 1.0, 817.0, 100.0, dc=True)
    assert trip is not None and trip.dtc == "EVSE_IMPLAUSIBLE"
    lock = Interlock(SafetyConfig())
    lock.asked(100.0)
    assert lock.check_loop(ev, 0.0, 700.0, 106.0, dc=True) is None
    trip = lock.check_loop(ev, 1.0, 700.0, 106.0, dc=True)
    assert trip is not None and "current 106 A" in trip.detail


def test_pre_charge_completes_only_at_the_bms_pack_voltage():
    lock = Interlock()
    fields, ev = _bms()
    assert lock.pre_charged(645.0, lock.view(ev.snapshot()))
    assert not lock.pre_charged(635.0, lock.view(ev.snapshot()))  # 15 V off: tolerance 10 V
    del fields["present_voltage"]
    assert not lock.pre_charged(650.0, lock.view(ev.snapshot()))  # held, not fresh: no


# ---------------------------------------------------------------- clamping
def test_power_delivery_profile_respects_the_schedule_and_evse_limits():
    fields, ev = _bms()
    sim = SeccSimConfig(evse_max_power=150_000.0)
    session = iso20_helpers.make_session("dc", ev)  # type: ignore[arg-type]
    run = iso20_helpers.run_against_sim(session, sim, on_step=_complete_after(fields, 2))  # type: ignore[arg-type]
    start = next(
        m["PowerDeliveryReq"]
        for m in run.sent
        if m.get("PowerDeliveryReq", {}).get("EVPowerProfile")
    )
    entry = start["EVPowerProfile"]["EVPowerProfileEntries"]["EVPowerProfileEntry"][0]
    assert from_rational(entry["Power"]) == 150_000.0  # EV 200 kW, charger 150 kW
    loop = next(m["DC_ChargeLoopReq"] for m in run.sent if "DC_ChargeLoopReq" in m)
    amps = from_rational(loop["Scheduled_DC_CLReqControlMode"]["EVTargetCurrent"])
    assert amps is not None and amps <= 150_000.0 / 700.0 + 0.5  # the power at 700 V


def test_clamp_dc_never_exceeds_any_limit():
    ev = EvData(target_current=400.0, max_current=300.0, target_voltage=900.0, max_voltage=800.0)
    current, voltage = Interlock.clamp_dc(ev, 250.0, 850.0, 100_000.0)
    assert voltage == 800.0 and current == pytest.approx(125.0)
    unreported = EvData(target_current=math.nan)  # never reaches a charger as a number
    assert math.isnan(Interlock.clamp_dc(unreported, 250.0, None, None)[0])


def test_zero_watt_ac_schedule_is_logged_and_followed(caplog):
    fields, ev = _bms()
    sim = SeccSimConfig(evse_max_power=0.0)
    session = iso20_helpers.make_session("ac", ev)  # type: ignore[arg-type]
    run = iso20_helpers.run_against_sim(session, sim, on_step=_complete_after(fields, 2))
    start = next(m["PowerDeliveryReq"] for m in run.sent if "PowerDeliveryReq" in m)
    entry = start["EVPowerProfile"]["EVPowerProfileEntries"]["EVPowerProfileEntry"][0]
    assert from_rational(entry["Power"]) == 0.0
    assert "schedule allows 0 W" in caplog.text
    assert session.schedule_power_w == 0.0
