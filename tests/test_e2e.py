"""End to end: the agent with the vehicle, SECC (TLS 1.3) and V2ICP backend (HTTPS) simulators.

Each test runs the demo scenario in-process on a scaled clock and awaits the events it checks;
the time scale keeps every test to a few wall seconds.
"""

from __future__ import annotations

from evcc_agent.demo import DEMO_VIN
from evcc_agent.v2icp.params import ALWAYS_SENT, PARAMETERS, VEHICLE_PARAMETERS
from tests.e2e_helpers import CanListener, EventLog, demo_config, make_demo


def _loop_target_current(demo) -> float | None:
    """EVTargetCurrent of the last DC_ChargeLoopReq the SECC received."""
    from evcc_agent.iso15118.messages import from_rational

    for msg in reversed(demo.secc.responder.received):
        req = msg.get("DC_ChargeLoopReq")
        if req:
            mode = req.get("Scheduled_DC_CLReqControlMode") or {}
            return from_rational(mode.get("EVTargetCurrent"))
    return None


def _faults_on_first_connection_only(demo) -> None:
    """The charger misbehaves once; from the next connection on it behaves."""

    def on_responder(responder) -> None:
        if len(demo.secc.responders) > 1:
            demo.secc.cfg.faults.clear()

    demo.secc.on_responder = on_responder


async def test_demo_scenario_plug_in_charge_precondition_drive_off():
    log = EventLog()
    cfg = demo_config()
    demo = make_demo(log, time_scale=120.0, cfg=cfg)
    async with demo:
        assert demo.agent is not None
        can_rx = CanListener(cfg, demo.agent.link.vdb)
        try:
            await log.wait_kind("plug_in")
            await log.wait_kind("internet_up", protocol="https", port=443)
            await log.wait_kind("v2icp_answer", seq=0, status=200)
            first = await log.wait_kind("directives")
            assert first["applied"]["prec_dsrd"] == 1 and first["applied"]["target_soc"] == 85
            await log.wait_kind("v2icp_ack", seq=2)

            # the directives are on the CAN bus, as our DBC encodes them
            assert await can_rx.wait_signal("AGT_TargetSoC", lambda v: v == 85) == 85
            assert await can_rx.wait_signal("AGT_PrecondDesired", lambda v: v == 1) == 1
            assert await can_rx.wait_signal("AGT_DriveOff", lambda v: v <= 45) <= 45
            # ... and the simulated HVAC reacted to them
            await log.wait_for(lambda e: demo.simulator.preconditioning)

            # the charge loop follows the BMS: lower the BMS's power request
            demo.simulator.sc.charge_power_kw = 60.0
            await log.wait_for(
                lambda e: (
                    e.get("message") == "DC_ChargeLoopRes"
                    and abs(
                        (_loop_target_current(demo) or 0)
                        - demo.simulator.values()["BMS_TargetCurrent"]
                    )
                    < 1.0
                    and (_loop_target_current(demo) or 999) < 120
                )
            )
            soc_before_stop = demo.simulator.soc
        finally:
            can_rx.close()
        await demo.stop()

    agent = demo.agent
    assert log.events[-1]["event"] == "stopped" and not agent.link.bus.up  # CAN TX stopped
    v2icp = agent.v2icp.status()
    assert v2icp["phase"] == "stopped" and not v2icp["connection_open"]  # V2ICP closed
    assert soc_before_stop > 22.0  # the battery took the power the SECC delivered
    names = [e["message"] for e in log.of("v2g") if e["direction"] == "tx"]
    assert names[0] == "supportedAppProtocolReq"
    assert names[-1] == "SessionStopReq" and "PowerDeliveryReq" in names[-4:]
    end = log.of("session_end")
    assert len(end) == 1 and end[0]["ok"] and end[0]["reason"] == "SessionStop Terminate"
    assert log.of("internet_down")[0]["reason"] == "session_stop"

    history = list(demo.backend.vehicles[DEMO_VIN].history)
    assert history[0]["seq"] == 0 and set(history[0]["parameters"]) == set(VEHICLE_PARAMETERS)
    assert all(0 < len(h["parameters"]) < len(VEHICLE_PARAMETERS) for h in history[1:3])
    for h in history[1:]:
        assert set(ALWAYS_SENT) <= set(h["parameters"])
    assert [h["seq"] for h in history] == list(range(len(history)))
    summary = demo.summary()
    assert summary["ok"] and summary["dtcs_active"] == []
    assert summary["v2icp_acknowledged"] == len(history)


async def test_backend_down_for_ten_minutes_reconnects_on_cadence_and_loses_nothing():
    log = EventLog()
    demo = make_demo(log, time_scale=600.0)
    async with demo:
        agent = demo.agent
        assert agent is not None
        await log.wait_kind("v2icp_ack", seq=1)
        mark = len(log.events)
        await demo.backend.stop()
        down_at = demo.clock.now()
        unreachable = await log.wait_for(
            lambda e: e.get("name") == "V2ICP_UNREACHABLE" and e.get("active"), mark
        )
        lost_at = unreachable["t"]
        acked_before = dict(agent.v2icp.session.acked)  # nothing is acknowledged from here on
        failed = [
            e for e in log.events[mark:] if e["event"] == "v2icp_answer" and e["t"] <= lost_at
        ]
        failed = failed[-3:]
        assert len(failed) == 3 and all("error" in e for e in failed)
        assert len({e["seq"] for e in failed}) == 1  # three attempts of the same seq

        await demo.clock.sleep(down_at + 600.0 - demo.clock.now())  # ten simulated minutes
        assert demo.backend_cert is not None
        await demo.backend.start(*demo.backend_cert, port=demo.backend_port)
        ok = await log.wait_for(
            lambda e: e.get("event") == "v2icp_answer" and "status" in e and e["t"] > lost_at, mark
        )
        await log.wait_for(lambda e: e.get("name") == "V2ICP_UNREACHABLE" and not e["active"], mark)

        requests = [
            e
            for e in log.events[mark:]
            if e["event"] == "v2icp_request" and e["t"] > lost_at and e["attempt"] == 1
        ][:2]
        # reconnect moments: 5 min after the loss (backend still down), then 15 min (back up)
        assert ok["seq"] == requests[1]["seq"]
        assert abs(requests[0]["t"] - (lost_at + 300)) < 90
        assert abs(requests[1]["t"] - (lost_at + 900)) < 90 and ok["t"] >= requests[1]["t"]
        # nothing lost: the delta after the outage carries every change since the last ack
        sent = requests[1]["parameters"]
        changed = {n for n, v in agent.v2icp.session.acked.items() if acked_before.get(n) != v}
        assert changed and changed <= set(sent)
        assert "bat_eamount" in sent and sent["bat_eamount"] < acked_before["bat_eamount"]
        assert demo.backend.vehicles[DEMO_VIN].known == agent.v2icp.session.acked


async def test_charger_without_internet_vas_raises_dtc_and_charging_goes_on():
    from evcc_agent.sim.secc import SeccSimConfig

    log = EventLog()
    demo = make_demo(log, secc=SeccSimConfig(offer_internet=False))
    async with demo:
        await log.wait_for(lambda e: e.get("name") == "V2G_VAS_NOT_OFFERED" and e["active"])
        loops = 0

        def five_loops(e: dict) -> bool:
            nonlocal loops
            loops += e.get("message") == "DC_ChargeLoopRes"
            return loops >= 5

        await log.wait_for(five_loops)
        await demo.stop()
    assert log.of("v2icp_request") == [] and log.of("internet_up") == []
    assert demo.backend.stats["requests"] == 0
    assert log.of("session_end")[0]["ok"]
    assert demo.dtc.is_active("V2G_VAS_NOT_OFFERED")


async def test_stale_bms_signal_is_sent_as_sna():
    log = EventLog()
    cfg = demo_config(
        vehicle={"stale_after_overrides_s": {"BMS_HVESSD7": 1.5, "BMS_DcTargets": 0.3}}
    )
    demo = make_demo(log, cfg=cfg, time_scale=300.0)
    async with demo:
        await log.wait_kind("v2icp_ack", seq=0)
        demo.simulator.silenced.add("BMS_HVESSD7")  # energy to full: bat_eamount
        sna = PARAMETERS["bat_eamount"].sna
        request = await log.wait_for(
            lambda e: (
                e.get("event") == "v2icp_request" and e["parameters"].get("bat_eamount") == sna
            )
        )
        stale = demo.dtc.states["CAN_SIGNAL_STALE"]
        assert stale.active and "BMS_EnergyToFull" in stale.detail
        await log.wait_kind("v2icp_ack", seq=request["seq"])
        assert demo.backend.vehicles[DEMO_VIN].known["bat_eamount"] == sna
        demo.simulator.silenced.clear()  # the BMS is back: a real value again, DTC cleared
        await log.wait_for(
            lambda e: (
                e.get("event") == "v2icp_request" and e["parameters"].get("bat_eamount", sna) != sna
            )
        )
        await log.wait_for(lambda e: e.get("name") == "CAN_SIGNAL_STALE" and not e["active"])
        # the BMS's DC targets go stale: the EV asks the charger for 0 A, never a guess
        assert (_loop_target_current(demo) or 0) > 100
        demo.simulator.silenced.add("BMS_DcTargets")
        await log.wait_for(
            lambda e: e.get("message") == "DC_ChargeLoopRes" and _loop_target_current(demo) == 0
        )


async def test_bms_frames_stop_mid_loop_zero_amps_then_an_orderly_stop_with_a_dtc():
    """The BMS's DC target frame stops: 0 A at the BMS's last voltage at once, then
    PowerDelivery(Stop) → WeldingDetection → SessionStop within the 1 s grace."""
    log = EventLog()
    cfg = demo_config(vehicle={"stale_after_overrides_s": {"BMS_DcTargets": 0.3}})
    demo = make_demo(log, cfg=cfg, time_scale=120.0)
    async with demo:
        await log.wait_for(lambda e: e.get("message") == "DC_ChargeLoopRes")
        demo.simulator.silenced.add("BMS_DcTargets")
        end = await log.wait_kind("session_end")
        assert not end["ok"] and "stale" in end["reason"]
        assert demo.dtc.is_active("BMS_DATA_STALE")
    received = [next(iter(m)) for m in demo.secc.responders[0].received]
    last_loop = max(i for i, n in enumerate(received) if n == "DC_ChargeLoopReq")
    assert received[last_loop + 1] == "PowerDeliveryReq"
    assert received[-1] == "SessionStopReq" and "DC_WeldingDetectionReq" in received[last_loop:]
    assert _loop_target_current(demo) == 0


async def test_secc_drops_the_connection_mid_loop_then_a_new_session_starts():
    from evcc_agent.sim.secc import Fault, SeccSimConfig

    log = EventLog()
    secc = SeccSimConfig(faults=[Fault("drop", at="DC_ChargeLoopReq", nth=5)])
    demo = make_demo(log, secc=secc, time_scale=120.0)
    async with demo:
        _faults_on_first_connection_only(demo)
        await log.wait_kind("v2icp_ack", seq=0)
        end = await log.wait_kind("session_end")
        assert not end["ok"] and end["reason"] == "link lost"
        assert demo.dtc.is_active("V2G_TRANSPORT_ERROR")
        down = await log.wait_kind("internet_down")
        assert down["reason"] == "link_lost"
        mark = log.events.index(end)
        await log.wait_kind("session_start", after=mark)
        await log.wait_kind("internet_up", after=mark)
        await log.wait_kind("v2icp_ack", after=mark, seq=0)  # a new V2ICP session: seq 0 again
        await demo.stop()
    seqs = [h["seq"] for h in demo.backend.vehicles[DEMO_VIN].history]
    assert seqs.count(0) == 2
    ends = log.of("session_end")
    assert len(ends) == 2 and ends[-1]["ok"]
    assert not demo.dtc.is_active("V2G_TRANSPORT_ERROR")  # cleared by the orderly session


async def test_the_bus_drives_off_when_the_backends_departure_time_has_come():
    log = EventLog()
    demo = make_demo(log, time_scale=600.0, drive_off_at_departure=True)
    async with demo:
        departure = await log.wait_kind("departure")
        await demo.stop()
    # the scenario's last instruction: driveoff 10 min, first sent with the 31st answer
    first = next(e for e in log.of("directives") if e["applied"].get("driveoff") == 10)
    assert abs(departure["t"] - (first["t"] + 600)) < 90
    assert log.of("session_end")[-1]["ok"]
    assert [e["message"] for e in log.of("v2g")][-1] == "SessionStopRes"


async def test_an_iso15118_2_charger_carries_v2icp_too():
    from evcc_agent.sim.secc import ISO2_NAMESPACE, SeccSimConfig

    log = EventLog()
    secc = SeccSimConfig(protocols=[ISO2_NAMESPACE])
    demo = make_demo(log, secc=secc, secc_tls="1.2", time_scale=120.0)
    async with demo:
        up = await log.wait_kind("internet_up")
        assert up["via"] == "iso2" and up["protocol"] == "https"
        await log.wait_kind("v2icp_ack", seq=1)
        await log.wait_for(lambda e: e.get("message") == "CurrentDemandRes")
        await demo.stop()
    end = log.of("session_end")[0]
    assert end["ok"] and end["protocol"] == "iso2"
    assert demo.backend.vehicles[DEMO_VIN].history[0]["seq"] == 0


async def test_a_din_charger_has_no_internet_service_dtc_and_charging_goes_on():
    from evcc_agent.sim.secc import DIN_NAMESPACE, SeccSimConfig

    log = EventLog()
    secc = SeccSimConfig(protocols=[DIN_NAMESPACE])
    demo = make_demo(log, secc=secc, secc_tls="off", time_scale=120.0)
    async with demo:
        await log.wait_for(lambda e: e.get("name") == "V2G_NO_V2ICP_PROTOCOL" and e["active"])
        await log.wait_for(lambda e: e.get("message") == "CurrentDemandRes")
        await demo.stop()
    assert log.of("session_end")[0]["ok"] and log.of("session_end")[0]["protocol"] == "din"
    assert log.of("internet_up") == [] and demo.backend.stats["requests"] == 0


async def test_a_paused_session_is_resumed_and_v2icp_follows():
    from evcc_agent.sim.secc import Fault, SeccSimConfig

    log = EventLog()
    secc = SeccSimConfig(
        faults=[Fault("notification", "DC_ChargeLoopReq", 3, notification="Pause")]
    )
    demo = make_demo(log, secc=secc, time_scale=120.0)
    async with demo:
        _faults_on_first_connection_only(demo)
        end = await log.wait_kind("session_end")
        assert end["ok"] and end["reason"] == "SessionStop Pause"
        assert (await log.wait_kind("internet_down"))["reason"] == "pause"
        mark = log.events.index(end)
        start = await log.wait_kind("session_start", after=mark)
        await log.wait_kind("internet_up", after=mark)
        await log.wait_kind("v2icp_ack", after=mark, seq=0)
        await log.wait_for(lambda e: e.get("message") == "DC_ChargeLoopRes", mark)
        await demo.stop()
    first_id = demo.secc.responders[0].session_id
    assert start["resume"] == first_id  # the agent rejoined the paused session
    setup = next(m for m in demo.secc.responders[-1].received if "SessionSetupReq" in m)
    assert setup["SessionSetupReq"]["Header"]["SessionID"].upper() == first_id
    assert [e["reason"] for e in log.of("session_end")] == [
        "SessionStop Pause",
        "SessionStop Terminate",
    ]


async def test_the_backends_target_soc_ends_the_charge_through_can_and_the_bms():
    from evcc_agent.sim.vehicle import ChargingScenario

    log = EventLog()
    demo = make_demo(log, time_scale=120.0, vehicle_scenario=ChargingScenario(start_soc=84.0))
    async with demo:
        await log.wait_kind("directives")  # target_soc 85 goes to CAN, the BMS stops there
        end = await log.wait_kind("session_end")
        await log.wait_kind("internet_down")
        soc = demo.simulator.soc
        await demo.stop()
    assert end["ok"] and end["reason"] == "SessionStop Terminate"
    assert 85.0 <= soc < 85.5 and not demo.simulator.charging
    assert log.of("drive_off") == [] or log.of("drive_off")[0]["t"] > end["t"]


def test_no_vdv463_frame_event_follows_the_agents_stopped():
    """The depot and CMS shut down behind the agent: a frame they exchange then is not
    reported, so ``stopped`` stays the stream's last event (a race seen under load)."""
    events: list[dict[str, object]] = []
    demo = make_demo(events.append)
    frame = '[2, "", "", "", "m1", "StatusNotification", {}]'
    demo._vdv463_frame("in", frame)
    demo.emit({"event": "stopped"})
    demo._vdv463_frame("in", frame)
    assert [e["event"] for e in events] == ["vdv463", "stopped"]
