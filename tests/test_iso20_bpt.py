"""Bidirectional power transfer (-20 DC_BPT / AC_BPT): service choice, the discharge floor,
stale limits, a charger beyond the EV's limits, and discharge → charge in one session."""

from __future__ import annotations

import logging
from typing import Any

import pytest

from evcc_agent.iso15118.codec import ExiCodec
from evcc_agent.iso15118.config import DischargeConfig
from evcc_agent.iso15118.ev_data import EvData, FieldsEvData, StaticEvData
from evcc_agent.iso15118.messages import from_rational, rational
from evcc_agent.iso15118.session import bpt
from evcc_agent.iso15118.session.iso20 import _params_of
from evcc_agent.sim.secc import SeccResponder, SeccSimConfig
from tests.iso20_helpers import ResponderPort, Run, execute, make_session, run_against_sim
from tests.test_iso20_codec_roundtrip import roundtrip

BPT_DC = SeccSimConfig(energy_services=[6, 2, 1])
#: 2 s of discharge at 30 kW, then charging at 50 kW
V2G_SCHEDULE = [(2, -30_000.0), (86_400, 50_000.0)]


def stop_after(rounds: int) -> Any:
    def step(run: Any) -> None:
        if run.session.loop_rounds >= rounds:
            run.request_stop("test")

    return step


def _sim(**changes: Any) -> SeccSimConfig:
    return SeccSimConfig(energy_services=[6, 5, 2, 1], **changes)


def _bodies(run: Any, name: str) -> list[dict[str, Any]]:
    return [m[name] for m in run.sent if name in m]


def _selected(run: Any) -> dict[str, Any]:
    sel = _bodies(run, "ServiceSelectionReq")[0]
    return dict(sel["SelectedEnergyTransferService"])


def _targets(run: Any) -> list[float]:
    loops = _bodies(run, "DC_ChargeLoopReq")
    return [from_rational(b["BPT_Scheduled_DC_CLReqControlMode"]["EVTargetCurrent"]) for b in loops]


def _run(ev: Any = None, sim: SeccSimConfig | None = None, rounds: int = 30, **cfg: Any) -> Any:
    session = make_session(cfg.pop("energy", "dc"), ev, bpt=True, **cfg)
    return run_against_sim(
        session, sim or _sim(bpt_schedule=V2G_SCHEDULE), on_step=stop_after(rounds)
    )


# ---------------------------------------------------------------- rule 1 and 2: the service
def test_dc_bpt_selected_discharges_then_charges_in_one_session():
    run = _run()
    assert run.stop is not None and run.stop.ok, run.stop
    assert _selected(run)["ServiceID"] == 6
    cpd = _bodies(run, "DC_ChargeParameterDiscoveryReq")[0]["BPT_DC_CPDReqEnergyTransferMode"]
    assert from_rational(cpd["EVMaximumDischargePower"]) == 50_000
    assert from_rational(cpd["EVMaximumDischargeCurrent"]) == 100
    targets = _targets(run)
    # 30 kW at the 450 V target voltage, out of the vehicle; then charging
    assert targets[0] == pytest.approx(-30_000 / 450, abs=0.01)
    assert targets[-1] > 0
    first_charge = next(i for i, t in enumerate(targets) if t > 0)
    assert all(t < 0 for t in targets[:first_charge])
    # the charger delivered what was asked: negative current first
    profile = _bodies(run, "PowerDeliveryReq")[0]["EVPowerProfile"]["EVPowerProfileEntries"]
    powers = [from_rational(e["Power"]) for e in profile["EVPowerProfileEntry"]]
    assert powers == [-30_000, 50_000]


def test_bpt_off_by_default_selects_plain_dc():
    session = make_session("dc", None)
    run = run_against_sim(session, _sim(), on_step=stop_after(2))
    assert run.stop is not None and run.stop.ok
    assert _selected(run)["ServiceID"] == 2
    assert "DC_CPDReqEnergyTransferMode" in _bodies(run, "DC_ChargeParameterDiscoveryReq")[0]


def test_bpt_not_offered_charges_with_plain_dc(caplog):
    run = _run(sim=SeccSimConfig(), rounds=2)
    assert run.stop is not None and run.stop.ok
    assert _selected(run)["ServiceID"] == 2
    assert "Scheduled_DC_CLReqControlMode" in _bodies(run, "DC_ChargeLoopReq")[0]
    assert "bidirectional service 6 not offered" in caplog.text


def test_charger_without_bpt_parameters_gets_the_documented_defaults(caplog):
    # Josev's -20 SECC answers service 6 without BPTChannel / GeneratorMode
    caplog.set_level(logging.INFO)
    run = _run(sim=_sim(bpt_parameters=None, bpt_schedule=V2G_SCHEDULE), rounds=3)
    assert run.stop is not None and run.stop.ok
    assert _selected(run) == {"ServiceID": 6, "ParameterSetID": 1}
    assert "'BPTChannel': 1, 'GeneratorMode': 1" in caplog.text


def test_grid_forming_only_falls_back_to_plain_dc():
    run = _run(sim=_sim(bpt_parameters={"GeneratorMode": 2}), rounds=2)
    assert run.stop is not None and run.stop.ok
    details = [b["ServiceID"] for b in _bodies(run, "ServiceDetailReq")]
    assert details == [6, 2, 65]
    assert _selected(run)["ServiceID"] == 2


def test_parameter_set_rules():
    def pset(ident: int, **params: int) -> dict[str, Any]:
        return {
            "ParameterSetID": ident,
            "Parameter": [{"Name": k, "intValue": v} for k, v in params.items()],
        }

    sets = [
        pset(1, ControlMode=1, BPTChannel=2, GeneratorMode=1),
        pset(2, ControlMode=1, BPTChannel=1, GeneratorMode=2),
        pset(3, ControlMode=1, BPTChannel=1, GeneratorMode=1),
        pset(4, ControlMode=2, BPTChannel=1, GeneratorMode=1),
    ]
    assert bpt.choose_parameter_set(sets, 1, _params_of).parameter_set_id == 3
    assert bpt.choose_parameter_set(sets, 2, _params_of).parameter_set_id == 4
    assert bpt.choose_parameter_set(sets[1:2], 1, _params_of) is None  # grid forming only
    islanding = [
        pset(5, ControlMode=1, GridCodeIslandingDetectionMethod=2),
        pset(6, ControlMode=1, GridCodeIslandingDetectionMethod=1),
    ]
    choice = bpt.choose_parameter_set(islanding, 1, _params_of)
    assert choice.parameter_set_id == 6
    assert choice.parameters == {
        "BPTChannel": 1,
        "GeneratorMode": 1,
        "GridCodeIslandingDetectionMethod": 1,
    }


# ---------------------------------------------------------------- rule 3: the floor
def test_departure_floor_numbers():
    # 80 % wanted in 2 h at 50 kW into 420 kWh: 100 kWh = 23.81 % come back → 56.19 %
    assert bpt.departure_floor_soc(80, 7200, 50_000, 420_000) == pytest.approx(56.190, abs=1e-3)
    # the depot's 150 kW over 5.5 h brings back more than the pack holds: no bound
    assert bpt.departure_floor_soc(80, 5.5 * 3600, 150_000, 420_000) == 0.0
    # departure now: the target itself
    assert bpt.departure_floor_soc(80, 0, 150_000, 420_000) == 80.0
    # power or capacity unknown: the EV cannot show it gets back, so the target
    assert bpt.departure_floor_soc(80, 7200, None, 420_000) == 80.0
    assert bpt.departure_floor_soc(80, 7200, 50_000, None) == 80.0
    # no departure known: no bound
    assert bpt.departure_floor_soc(80, None, 50_000, 420_000) == 0.0


def test_floor_is_the_highest_of_operator_vcu_and_departure():
    cfg = DischargeConfig(min_soc_pct=30)
    ev = EvData(soc=70, min_discharge_soc=40, target_soc=80, battery_capacity_wh=420_000)
    assert bpt.discharge_floor(ev, cfg, 50_000) == 40  # the VCU's
    soon = EvData(**{**ev.__dict__, "departure_time_s": 7200})
    # the departure bound plus the 2 % reserve
    assert bpt.discharge_floor(soon, cfg, 50_000) == pytest.approx(58.19, abs=0.01)
    assert bpt.discharge_floor(EvData(soc=70), cfg, 50_000) == 30  # the operator's


def test_below_the_floor_no_discharge_is_offered():
    ev = StaticEvData(EvData(soc=25.0))  # operator floor 30 %
    run = _run(ev, rounds=5)
    assert run.stop is not None and run.stop.ok
    cpd = _bodies(run, "DC_ChargeParameterDiscoveryReq")[0]["BPT_DC_CPDReqEnergyTransferMode"]
    assert from_rational(cpd["EVMaximumDischargePower"]) == 0
    assert all(t == 0 for t in _targets(run))  # the discharge entry gets 0 A
    loop = _bodies(run, "DC_ChargeLoopReq")[0]["BPT_Scheduled_DC_CLReqControlMode"]
    assert from_rational(loop["EVMaximumDischargePower"]) == 0
    profile = _bodies(run, "PowerDeliveryReq")[0]["EVPowerProfile"]["EVPowerProfileEntries"]
    assert from_rational(profile["EVPowerProfileEntry"][0]["Power"]) == 0


def _soc_falls_to(ev: StaticEvData, soc: float, after: int, stop: int) -> Any:
    def step(run: Any) -> None:
        if run.session.loop_rounds >= after:
            ev.update(soc=soc)
        if run.session.loop_rounds >= stop:
            run.request_stop("test")

    return step


def test_reaching_the_floor_stops_the_discharge_then_charges():
    ev = StaticEvData(EvData(soc=31.0))
    session = make_session("dc", ev, bpt=True)
    sim = _sim(bpt_schedule=[(60, -30_000.0)])
    run = run_against_sim(session, sim, on_step=_soc_falls_to(ev, 29.9, after=4, stop=8))
    assert run.stop is not None and run.stop.ok
    targets = _targets(run)
    assert all(t < 0 for t in targets[:4]) and all(t == 0 for t in targets[5:])
    assert run.responder.present_current == 0.0


def test_reaching_the_floor_stops_the_session_when_configured(caplog):
    caplog.set_level(logging.INFO)
    ev = StaticEvData(EvData(soc=31.0))
    session = make_session("dc", ev, bpt=True, discharge={"at_floor": "stop"})
    sim = _sim(bpt_schedule=[(60, -30_000.0)])
    run = run_against_sim(session, sim, on_step=_soc_falls_to(ev, 29.9, after=4, stop=50))
    assert run.stop is not None and run.stop.ok
    assert sum(1 for m in run.sent if "DC_ChargeLoopReq" in m) <= 6
    assert [next(iter(m)) for m in run.sent][-3:] == [
        "PowerDeliveryReq",
        "DC_WeldingDetectionReq",
        "SessionStopReq",
    ]
    assert "discharge ends: SoC 29.9 %" in caplog.text


def test_vcu_forbids_discharge():
    run = _run(StaticEvData(EvData(discharge_allowed=False)), rounds=4)
    assert all(t == 0 for t in _targets(run))


# ---------------------------------------------------------------- rule 4: stale limits
def test_stale_discharge_limits_mean_no_discharge_but_charging_goes_on():
    full = {k: v for k, v in EvData().__dict__.items() if k not in ("missing", "departure_time_s")}
    fields = dict(full)
    ev = FieldsEvData(lambda: fields)  # production source: what is absent is missing
    session = make_session("dc", ev, bpt=True)

    def step(run: Any) -> None:
        if run.session.loop_rounds >= 3:
            fields.pop("max_discharge_current", None)
        if run.session.loop_rounds >= 30:
            run.request_stop("test")

    run = run_against_sim(session, _sim(bpt_schedule=V2G_SCHEDULE), on_step=step)
    assert run.stop is not None and run.stop.ok, run.stop
    assert run.dtcs == []  # no charging value is stale: no stop
    targets = _targets(run)
    assert all(t < 0 for t in targets[:3])
    assert all(t >= 0 for t in targets[4:]) and targets[-1] > 0


# ---------------------------------------------------------------- rule 5: the cap
def test_schedule_beyond_the_ev_limits_is_capped_and_logged_once(caplog):
    run = _run(sim=_sim(bpt_schedule=[(60, -200_000.0)]), rounds=20)
    assert run.stop is not None and run.stop.ok
    assert all(t == pytest.approx(-100.0) for t in _targets(run))  # the EV's 100 A
    assert caplog.text.count("asks for 200000 W discharge") == 1  # rate-limited


def test_dynamic_dc_negative_targets_then_charge():
    ev = StaticEvData(EvData(soc=60.0, battery_capacity_wh=400_000, max_energy_wh=160_000))
    sim = _sim(bpt_dynamic_targets=[(5, -20_000.0), (1000, 30_000.0)])
    currents: list[float] = []

    def step(run: Any) -> None:
        if run.session.loop_rounds and run.session.waiting == "DC_ChargeLoopRes":
            currents.append(run.responder.present_current)
        if run.session.loop_rounds >= 10:
            run.request_stop("test")

    session = make_session("dc", ev, bpt=True, control_mode="dynamic")
    run = run_against_sim(session, sim, on_step=step)
    assert run.stop is not None and run.stop.ok
    loops = _bodies(run, "DC_ChargeLoopReq")
    mode = loops[0]["BPT_Dynamic_DC_CLReqControlMode"]
    assert from_rational(mode["EVMaximumDischargeCurrent"]) == 100
    # 60 % → the 30 % floor: 120 kWh the EV may give; to full: 160 kWh
    assert from_rational(mode["EVMinimumV2XEnergyRequest"]) == -120_000
    assert from_rational(mode["EVMaximumV2XEnergyRequest"]) == 160_000
    se = _bodies(run, "ScheduleExchangeReq")[0]["Dynamic_SEReqControlMode"]
    assert from_rational(se["EVMinimumV2XEnergyRequest"]) == -120_000
    # 20 kW out of the 400 V pack, then charging
    assert currents[0] == pytest.approx(-50.0) and currents[-1] > 0


def test_dynamic_dc_charger_beyond_the_ev_limit_is_logged(caplog):
    sim = _sim(bpt_dynamic_targets=[(1000, -200_000.0)], bpt_ignore_ev_limits=True)
    run = _run(sim=sim, rounds=15, control_mode="dynamic")
    assert run.stop is not None
    assert caplog.text.count("beyond the EV's 100.0 A") == 1


def test_ac_dynamic_target_beyond_the_ev_limit_is_capped(caplog):
    sim = _sim(bpt_dynamic_targets=[(3, -20_000.0), (1000, -90_000.0)])
    run = _run(sim=sim, rounds=8, control_mode="dynamic", energy="ac")
    assert run.stop is not None and run.stop.ok
    assert _selected(run)["ServiceID"] == 5
    assert "BPT_AC_CPDReqEnergyTransferMode" in _bodies(run, "AC_ChargeParameterDiscoveryReq")[0]
    assert "BPT_Dynamic_AC_CLReqControlMode" in _bodies(run, "AC_ChargeLoopReq")[0]
    assert run.session.bidirectional.target == -50_000  # the EV's maximum discharge power
    assert caplog.text.count("asks for -90000 W; the EV takes -50000 W") == 1


# ---------------------------------------------------------------- the codec
@pytest.mark.parametrize("energy", ["dc", "ac"])
@pytest.mark.parametrize("mode", ["scheduled", "dynamic"])
def test_bpt_messages_roundtrip_the_exi_codec(energy, mode):
    codec = ExiCodec()
    sim = _sim(bpt_schedule=V2G_SCHEDULE, bpt_dynamic_targets=[(2, -20_000.0), (99, 9_000.0)])
    ev = StaticEvData(EvData(departure_time_s=3600, battery_capacity_wh=300_000))
    run = _run(ev, sim, rounds=4, control_mode=mode, energy=energy)
    assert run.stop is not None and run.stop.ok
    replies = roundtrip(codec, run.sent, sim)
    bpt_bodies = sum(any(k.startswith("BPT_") for k in next(iter(r.values()))) for r in replies)
    assert bpt_bodies >= 4  # CPD and the loop responses are the BPT variants


def test_departure_floor_counts_only_what_the_schedule_lets_in():
    # discharge until 21:00 (4 h after arrival), then 25 kW; departure 05:30 (12.5 h)
    sched = bpt.Schedule(((0, 4 * 3600, -50_000.0), (4 * 3600, 86_400, 25_000.0)))
    regain = sched.charge_energy_wh(0, 12.5 * 3600, 150_000)
    assert regain == pytest.approx(25_000 * 8.5)  # 212.5 kWh: only the 8.5 h after 21:00
    # 80 % at departure from a 420 kWh pack: the floor is 80 - 212.5/420·100 = 29.40 %
    floor = bpt.departure_floor_soc(80, 12.5 * 3600, 150_000, 420_000, regain)
    assert floor == pytest.approx(29.405, abs=1e-3)
    # an hour later the window has 3 h left: still 8.5 h of charging before departure
    assert sched.charge_energy_wh(3600, 11.5 * 3600, 150_000) == pytest.approx(regain)
    # the EV's own maximum caps what a schedule entry lets in
    assert sched.charge_energy_wh(4 * 3600, 3600, 10_000) == pytest.approx(10_000)


class _OverDischarging(SeccResponder):
    """A charger that takes 50 % more current out of the vehicle than the EV asked for."""

    def handle(self, payload_type: int, message: Any) -> Any:
        reply = super().handle(payload_type, message)
        res = (reply.message or {}).get("DC_ChargeLoopRes")
        if res is not None and self.present_current < 0:
            res["EVSEPresentCurrent"] = rational(self.present_current * 1.5)
        return reply


def test_charger_discharging_beyond_the_request_trips_the_interlock():
    session = make_session("dc", None, bpt=True)
    run = Run(session, _OverDischarging(_sim(bpt_schedule=[(600, -30_000.0)])))
    execute(run, ResponderPort(run, 2000, on_step=stop_after(60)))
    assert run.stop is not None and not run.stop.ok
    assert [d.name for d in run.dtcs] == ["EVSE_IMPLAUSIBLE"]
    assert "beyond the requested discharge -66.6" in run.dtcs[0].detail
