"""EV data sources: static values and the adapter over the vehicle side's SI field function."""

from __future__ import annotations

from evcc_agent.iso15118.ev_data import EvData, FieldsEvData, StaticEvData


def test_static_update():
    ev = StaticEvData()
    ev.update(soc=77.0)
    assert ev.snapshot().soc == 77.0


def test_fields_adapter_keeps_defaults_for_missing_values():
    current = {"soc": 42.0, "target_current": 150.0, "charging_complete": False, "x": 1}
    ev = FieldsEvData(lambda: current, EvData(max_voltage=750.0))
    snap = ev.snapshot()
    assert (snap.soc, snap.target_current, snap.max_voltage) == (42.0, 150.0, 750.0)
    current.pop("target_current")
    current["charging_complete"] = True
    snap = ev.snapshot()
    assert snap.target_current == EvData().target_current and snap.charging_complete
