"""CAN FD on python-can's virtual bus: 64-byte DBC messages decoded, a 32-byte TX message sent."""

from __future__ import annotations

import asyncio
from pathlib import Path

import can
import pytest

from evcc_agent.clock import FakeClock
from evcc_agent.config import AgentConfig, cross_check
from evcc_agent.dtc import DtcRegistry
from evcc_agent.vehicle.config import VehicleConfig
from evcc_agent.vehicle.dbc import load_databases
from evcc_agent.vehicle.link import VehicleLink
from evcc_agent.vehicle.tx import CyclicTransmitter, TxValueError
from tests.bus_helpers import channel, wait_for

FD_DBC = """VERSION ""

NS_ :

BS_:

BU_: BMS AGENT

BO_ 2566877427 BMS_FdCells: 64 BMS
 SG_ BMS_FdCell1 : 0|16@1+ (0.001,0) [0|65.534] "V" AGENT
 SG_ BMS_FdCell32 : 496|16@1+ (0.001,0) [0|65.534] "V" AGENT
 SG_ BMS_FdTemp : 480|8@1- (1,0) [-40|125] "degC" AGENT

BO_ 2566877530 AGT_FdStatus: 32 AGENT
 SG_ AGT_FdCounter : 0|8@1+ (1,0) [0|250] "" BMS
 SG_ AGT_FdTail : 240|16@1+ (1,0) [0|65534] "" BMS
"""


@pytest.fixture
def fd_dbc(tmp_path: Path) -> str:
    path = tmp_path / "fd.dbc"
    path.write_text(FD_DBC)
    return str(path)


def fd_config(fd_dbc: str, **kw) -> VehicleConfig:
    return VehicleConfig(
        channel=channel("evcc-fd"),
        fd=True,
        data_bitrate=2_000_000,
        tx_mode="clock",
        dbc_files=[*VehicleConfig().dbc_files, fd_dbc],
        tx_messages=["AGT_Departure", "AGT_FdStatus"],
        **kw,
    )


async def test_fd_frames_are_decoded_and_sent(fd_dbc: str):
    cfg = fd_config(fd_dbc)
    clock = FakeClock(0.0)
    link = VehicleLink.from_config(cfg, DtcRegistry(), clock)
    peer = can.Bus(interface="virtual", channel=cfg.channel, fd=True)
    task = asyncio.create_task(link.run())
    seen: list[can.Message] = []

    def drain() -> list[can.Message]:
        while (m := peer.recv(0)) is not None:
            seen.append(m)
        return seen

    status = link.vdb.message("AGT_FdStatus")
    try:
        await wait_for(lambda: link.node is not None and link.node._loop is not None)
        clock.advance(0.25)  # the address claim wait
        await wait_for(lambda: any(m.arbitration_id == status.frame_id for m in drain()))
        frame = next(m for m in seen if m.arbitration_id == status.frame_id)
        assert frame.is_fd and frame.bitrate_switch and len(frame.data) == 32
        assert status.decode(frame.data, scaling=False)["AGT_FdTail"] == 0xFFFF  # n/a
        classic = next(m for m in seen if m.arbitration_id & 0xFFFF00 == 0xFF3000)
        assert not classic.is_fd and len(classic.data) == 8  # 8-byte messages stay classic
        link.tx.set_signals({"AGT_FdTail": 4321, "AGT_FdCounter": 7})
        seen.clear()
        clock.advance(1.0)
        await wait_for(lambda: any(m.arbitration_id == status.frame_id for m in drain()))
        frame = next(m for m in seen if m.arbitration_id == status.frame_id)
        decoded = status.decode(frame.data)
        assert decoded["AGT_FdTail"] == 4321 and decoded["AGT_FdCounter"] == 7

        cells = link.vdb.message("BMS_FdCells")
        data = cells.encode({"BMS_FdCell1": 3.301, "BMS_FdCell32": 4.125, "BMS_FdTemp": -12})
        assert len(data) == 64
        peer.send(can.Message(arbitration_id=cells.frame_id, data=data, is_fd=True))
        await wait_for(lambda: link.read("BMS_FdCell32") is not None)
        assert link.read("BMS_FdCell1") == pytest.approx(3.301)
        assert link.read("BMS_FdCell32") == pytest.approx(4.125)
        assert link.read("BMS_FdTemp") == -12
        # a truncated FD frame (48 of 64 bytes) is dropped and counted, never half-decoded
        peer.send(can.Message(arbitration_id=cells.frame_id, data=data[:48], is_fd=True))
        await wait_for(lambda: link.decoder.bad_length == 1)
    finally:
        link.stop()
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)
        peer.shutdown()


def test_an_fd_message_needs_fd_on(fd_dbc: str):
    vdb = load_databases([fd_dbc])
    with pytest.raises(TxValueError, match="fd = true"):
        CyclicTransmitter(vdb, ["AGT_FdStatus"])
    cfg = AgentConfig(
        vehicle=fd_config(fd_dbc).model_copy(update={"fd": False, "data_bitrate": None})
    )
    assert ("vehicle.tx_messages[1]", "AGT_FdStatus is CAN FD: needs fd = true") in cross_check(cfg)
    assert not [e for e in cross_check(AgentConfig(vehicle=fd_config(fd_dbc))) if "FD" in e[1]]
    with pytest.raises(ValueError, match="data_bitrate needs fd"):
        VehicleConfig(data_bitrate=2_000_000)


def test_fd_bus_options_reach_python_can():
    from evcc_agent.vehicle.bus import bus_kwargs

    kw = bus_kwargs(
        VehicleConfig(interface="socketcan", channel="can0", fd=True, data_bitrate=2_000_000)
    )
    assert kw == {
        "interface": "socketcan",
        "channel": "can0",
        "fd": True,
        "data_bitrate": 2_000_000,
    }
    assert "fd" not in bus_kwargs(VehicleConfig())
