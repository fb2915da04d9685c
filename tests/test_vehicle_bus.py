"""The vehicle side on python-can's virtual bus: receive, TX, reopen; vcan0 where present."""

from __future__ import annotations

import asyncio
from pathlib import Path

import can
import pytest

from evcc_agent.clock import FakeClock, MonotonicClock
from evcc_agent.dtc import DtcRegistry
from evcc_agent.sim.vehicle import VehicleSimulator
from evcc_agent.v2icp.mapping import DirectiveApplier, MappingConfig, VehicleParameterMapper
from evcc_agent.vehicle.config import VehicleConfig
from evcc_agent.vehicle.dbc import load_databases
from evcc_agent.vehicle.link import VehicleLink
from evcc_agent.vehicle.tx import CyclicTransmitter
from tests.bus_helpers import channel, wait_for

VDB = load_databases(VehicleConfig().dbc_files)


async def test_simulated_vehicle_to_mapped_parameters_on_virtual_bus():
    cfg = VehicleConfig(channel=channel())
    dtc = DtcRegistry()
    link = VehicleLink.from_config(cfg, dtc, MonotonicClock())
    sim = VehicleSimulator(link.vdb)
    task = asyncio.create_task(link.run())
    sim_bus = can.Bus(interface="virtual", channel=cfg.channel)
    try:
        await wait_for(lambda: link.bus.up)
        for frame in sim.all_frames():
            sim_bus.send(frame)
        sim_bus.send(can.Message(arbitration_id=0x1ABCDE01, data=bytes(8)))  # unknown id
        sim_bus.send(  # wrong length
            can.Message(arbitration_id=VDB.message("VCU_VD").frame_id, data=bytes(3))
        )
        await wait_for(lambda: link.decoder.handled >= len(sim.messages))
        await wait_for(lambda: link.decoder.bad_length == 1)
        assert link.decoder.unknown == 1
        assert link.read("BMS_SoC") == pytest.approx(sim.soc, abs=0.002)
        assert link.read("BMS_MaxChargeVoltage") == pytest.approx(750.0)
        params = VehicleParameterMapper(MappingConfig(), link.store).parameters(link.now())
        assert params["chrg_stat"] == 1 and params["bat_stat"] == 0
        assert params["odo"] == 182345
        assert not dtc.is_active("CAN_BUS_DOWN")
    finally:
        link.stop()
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)
        sim_bus.shutdown()


async def test_directive_appears_on_the_bus_via_periodic_task():
    cfg = VehicleConfig(channel=channel(), tx_cycle_ms={"AGT_Departure": 20})
    dtc = DtcRegistry()
    link = VehicleLink.from_config(cfg, dtc, MonotonicClock())
    applier = DirectiveApplier(MappingConfig(), link.tx, dtc)
    listener = can.Bus(interface="virtual", channel=cfg.channel)
    departure = VDB.message("AGT_Departure")
    seen: list[dict] = []

    def drain() -> None:
        while (m := listener.recv(0)) is not None:
            if m.arbitration_id == departure.frame_id:
                seen.append(departure.decode(m.data, decode_choices=False, scaling=False))

    task = asyncio.create_task(link.run())
    try:
        await wait_for(lambda: link.bus.up)
        await wait_for(lambda: (drain(), len(seen) >= 1)[1])
        assert seen[-1]["AGT_TargetSoC"] == 0xFF  # SNA until a directive comes
        assert link.tx.messages["AGT_Departure"].task is not None
        applier.apply({"target_soc": 85, "target_dist": 120}, link.now())
        await wait_for(lambda: (drain(), seen[-1]["AGT_TargetSoC"] == 85)[1])
        assert seen[-1]["AGT_TargetDistance"] == 120
        applier.apply({"target_soc": 150}, link.now())  # rejected
        n = len(seen)
        await wait_for(lambda: (drain(), len(seen) >= n + 3)[1])
        assert all(s["AGT_TargetSoC"] == 85 for s in seen[n:])
        assert dtc.is_active("DIRECTIVE_INVALID")
    finally:
        link.stop()
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)
        listener.shutdown()


def test_tx_schedule_periods_on_a_fake_clock():
    tx = CyclicTransmitter(
        VDB, ["AGT_Departure", "AGT_DtcStatus"], cycle_overrides_ms={"AGT_DtcStatus": 250}
    )
    tx.start(100.0)
    sent: dict[int, list[float]] = {}
    for i in range(17):  # every 1/8 s (exact in binary floating point) up to 102.0
        t = 100.0 + i / 8
        for f in tx.due(t):
            sent.setdefault(f.arbitration_id, []).append(t)
    dep = VDB.message("AGT_Departure").frame_id
    dtc = VDB.message("AGT_DtcStatus").frame_id
    assert sent[dep] == [100.0, 101.0, 102.0]
    assert sent[dtc] == [100.0 + 0.25 * i for i in range(9)]
    assert tx.next_deadline() == pytest.approx(102.25)
    # a clock that jumps does not cause a burst: one frame, then the normal cycle
    assert len([f for f in tx.due(200.0) if f.arbitration_id == dep]) == 1
    assert tx.messages["AGT_Departure"].next_due == pytest.approx(201.0)


async def test_clock_mode_sends_on_the_injected_clock():
    clock = FakeClock(0.0)
    tx = CyclicTransmitter(VDB, ["AGT_PrecondRequest"], source_address=0x8A)
    sent: list[tuple[float, can.Message]] = []
    task = asyncio.create_task(tx.run_on_clock(lambda m: sent.append((clock.now(), m)), clock))
    for _ in range(24):
        await asyncio.sleep(0)
        clock.advance(0.125)
        await asyncio.sleep(0)
    task.cancel()
    await asyncio.gather(task, return_exceptions=True)
    times = [round(t, 6) for t, _ in sent]
    assert times == [0.0, 1.0, 2.0, 3.0][: len(times)] and len(times) >= 3
    assert all(m.arbitration_id & 0xFF == 0x8A for _, m in sent)
    assert all(
        m.arbitration_id >> 8 == VDB.message("AGT_PrecondRequest").frame_id >> 8 for _, m in sent
    )


def test_modify_data_is_called_only_on_change():
    class Task:
        def __init__(self) -> None:
            self.modified: list[bytes] = []

        def modify_data(self, msg: can.Message) -> None:
            self.modified.append(bytes(msg.data))

        def stop(self) -> None:
            pass

    tx = CyclicTransmitter(VDB, ["AGT_Departure"])
    fake = Task()
    tx.messages["AGT_Departure"].task = fake  # type: ignore[assignment]
    tx.set_signal("AGT_TargetSoC", 80)
    tx.set_signal("AGT_TargetSoC", 80)
    tx.set_signal("AGT_TargetSoC", None)
    assert len(fake.modified) == 2
    assert fake.modified[0][2] == 80 and fake.modified[1][2] == 0xFF


def test_dtc_status_message_follows_the_registry():
    dtc = DtcRegistry()
    link = VehicleLink.from_config(VehicleConfig(channel=channel()), dtc, FakeClock())
    assert link.tx.raw_value("AGT_DtcActiveCount") == 0
    dtc.raise_("V2ICP_UNREACHABLE", 1.0)
    dtc.raise_("CAN_BUS_DOWN", 1.0)
    assert link.tx.raw_value("AGT_DtcActiveCount") == 2
    assert link.tx.raw_value("AGT_DtcCode1") == 0x101
    assert link.tx.raw_value("AGT_DtcCode2") == 0x204
    assert link.tx.raw_value("AGT_DtcLamp") == 1
    dtc.clear("CAN_BUS_DOWN")
    dtc.clear("V2ICP_UNREACHABLE")
    assert link.tx.raw_value("AGT_DtcActiveCount") == 0


class FlakyBus(can.BusABC):
    """A virtual bus whose receive fails once, like an interface going down."""

    def __init__(self, ch: str, fail_after: int) -> None:
        self.inner = can.Bus(interface="virtual", channel=ch)
        self.fail_after = fail_after
        self.channel_info = "flaky"
        super().__init__(channel=ch)

    def _recv_internal(self, timeout):  # type: ignore[override]
        if self.fail_after <= 0:
            raise can.CanOperationError("Network is down")
        self.fail_after -= 1
        return self.inner._recv_internal(timeout)

    def send(self, msg, timeout=None):  # type: ignore[override]
        self.inner.send(msg, timeout)

    def shutdown(self) -> None:
        self.inner.shutdown()
        super().shutdown()


async def test_reopen_with_backoff_and_dtc_while_down():
    clock = FakeClock()
    dtc = DtcRegistry()
    ch = channel()
    attempts: list[float] = []

    def factory() -> can.BusABC:
        attempts.append(clock.now())
        if len(attempts) <= 3:
            raise can.CanInitializationError("No such device")
        if len(attempts) == 4:
            return FlakyBus(ch, fail_after=2)
        return can.Bus(interface="virtual", channel=ch)

    cfg = VehicleConfig(
        channel=ch, reopen_backoff_initial_s=1.0, reopen_backoff_max_s=3.0, tx_mode="clock"
    )
    link = VehicleLink.from_config(cfg, dtc, clock, bus_factory=factory)
    task = asyncio.create_task(link.run())
    try:
        await wait_for(lambda: len(attempts) == 1)
        assert dtc.is_active("CAN_BUS_DOWN")
        for _ in range(3):  # backoff 1, 2, 3 s
            clock.advance(0.99 * 3)
            await asyncio.sleep(0.01)
        await wait_for(lambda: len(attempts) >= 3)
        assert attempts[:3] == pytest.approx([0.0, 2.97, 5.94])
        clock.advance(3.0)
        await wait_for(lambda: len(attempts) == 4)
        # FlakyBus fails on its third recv: down again, then reopened after 1 s
        await wait_for(lambda: link.bus.failures == 4)
        assert dtc.is_active("CAN_BUS_DOWN")
        assert "Network is down" in dtc.states["CAN_BUS_DOWN"].detail
        clock.advance(1.0)
        await wait_for(lambda: link.bus.up and len(attempts) == 5)
        assert not dtc.is_active("CAN_BUS_DOWN")
        assert link.bus.open_count == 2
    finally:
        link.stop()
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)


@pytest.mark.skipif(not Path("/sys/class/net/vcan0").exists(), reason="no vcan0 here")
async def test_vcan0_roundtrip():  # pragma: no cover - needs SocketCAN
    cfg = VehicleConfig(interface="socketcan", channel="vcan0")
    link = VehicleLink.from_config(cfg, DtcRegistry(), MonotonicClock())
    sim = VehicleSimulator(link.vdb)
    task = asyncio.create_task(link.run())
    peer = can.Bus(interface="socketcan", channel="vcan0")
    try:
        await wait_for(lambda: link.bus.up)
        for frame in sim.all_frames():
            peer.send(frame)
        await wait_for(lambda: link.read("BMS_SoC") is not None)
    finally:
        link.stop()
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)
        peer.shutdown()
