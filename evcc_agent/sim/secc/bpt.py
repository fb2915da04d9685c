"""The SECC simulator's bidirectional side (-20 DC_BPT 6, AC_BPT 5).

What a V2G charger adds to the plain answers: BPT parameter sets (or none of the BPT
parameters, like Josev), discharge limits in ChargeParameterDiscovery, a schedule with
discharge entries (negative power) and, in dynamic mode, targets that turn negative. Signs as
in docs/iso15118.md: positive into the vehicle.
"""

from __future__ import annotations

from typing import Any

from evcc_agent.iso15118.messages import from_rational, rational
from evcc_agent.sim.secc.dialect import SeccState

BPT_SERVICES = frozenset({5, 6})


def bpt_parameters(sim: SeccState, service_id: int) -> list[dict[str, Any]]:
    """The extra ServiceDetail parameters of a BPT service (none when not configured)."""
    extra = sim.cfg.bpt_parameters if service_id in BPT_SERVICES else None
    return [{"Name": k, "intValue": v} for k, v in (extra or {}).items()]


def bpt_selected(sim: SeccState) -> bool:
    chosen = (sim.selected or {}).get("SelectedEnergyTransferService", {})
    return int(chosen.get("ServiceID", 0)) in BPT_SERVICES


def bpt_cpd_fields(sim: SeccState, dc: bool) -> dict[str, Any]:
    cfg = sim.cfg
    out = {
        "EVSEMaximumDischargePower": rational(cfg.evse_max_discharge_power),
        "EVSEMinimumDischargePower": rational(0),
    }
    if dc:
        out["EVSEMaximumDischargeCurrent"] = rational(cfg.evse_max_discharge_current)
        out["EVSEMinimumDischargeCurrent"] = rational(0)
    return out


def bpt_schedule_entries(sim: SeccState) -> list[dict[str, Any]]:
    steps = sim.cfg.bpt_schedule or [(86400, sim.cfg.evse_max_power)]
    return [{"Duration": d, "Power": rational(p)} for d, p in steps]


def bpt_dynamic_target_w(sim: SeccState, request: str) -> float | None:
    """The dynamic target for this charge-loop round (None: not configured)."""
    rounds = sim.counts.get(request, 0)
    for until, power in sim.cfg.bpt_dynamic_targets:
        if rounds <= until:
            return power
    steps = sim.cfg.bpt_dynamic_targets
    return steps[-1][1] if steps else None


def bpt_dc_dynamic_current(sim: SeccState, mode: dict[str, Any], volts: float) -> float | None:
    """Dynamic DC: the current the charger drives this round (negative: discharge), within
    the EV's limits unless ``bpt_ignore_ev_limits``."""
    power = bpt_dynamic_target_w(sim, "DC_ChargeLoopReq")
    if power is None or volts <= 0:
        return None
    amps = power / volts
    if amps < 0 and not sim.cfg.bpt_ignore_ev_limits:
        ev_a = from_rational(mode.get("EVMaximumDischargeCurrent")) or 0.0
        ev_w = from_rational(mode.get("EVMaximumDischargePower")) or 0.0
        amps = max(amps, -ev_a, -ev_w / volts)
    elif amps > 0:
        amps = min(amps, from_rational(mode.get("EVMaximumChargeCurrent")) or 0.0)
    return max(amps, -sim.cfg.evse_max_discharge_current)


def bpt_dc_loop_res(sim: SeccState, dynamic: bool) -> dict[str, Any]:
    cfg = sim.cfg
    if not dynamic:
        return {"BPT_Scheduled_DC_CLResControlMode": {}}
    return {
        "BPT_Dynamic_DC_CLResControlMode": {
            "EVSEMaximumChargePower": rational(cfg.evse_max_power),
            "EVSEMinimumChargePower": rational(0),
            "EVSEMaximumChargeCurrent": rational(cfg.evse_max_current),
            "EVSEMaximumVoltage": rational(cfg.evse_max_voltage),
            **{
                k: v
                for k, v in bpt_cpd_fields(sim, True).items()
                if k != "EVSEMinimumDischargeCurrent"
            },
            "EVSEMinimumVoltage": rational(cfg.evse_min_voltage),
        }
    }


def bpt_ac_loop_res(sim: SeccState, body: dict[str, Any]) -> dict[str, Any]:
    if "BPT_Dynamic_AC_CLReqControlMode" not in body:
        return {"BPT_Scheduled_AC_CLResControlMode": {}}
    target = bpt_dynamic_target_w(sim, "AC_ChargeLoopReq")
    return {
        "BPT_Dynamic_AC_CLResControlMode": {
            "EVSETargetActivePower": rational(11_000 if target is None else target)
        }
    }
