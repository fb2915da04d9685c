"""The J1939 node on python-can's virtual bus: claim first, contention against the independent
can-j1939 stack both ways, cannot-claim, DM1 BAM as another stack reassembles it, requests."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
from collections.abc import AsyncIterator
from typing import Any

import can
import pytest

from evcc_agent.clock import FakeClock, MonotonicClock
from evcc_agent.dtc import DtcRegistry
from evcc_agent.vehicle.config import VehicleConfig
from evcc_agent.vehicle.dbc import load_databases
from evcc_agent.vehicle.dm import PGN_DM1, PGN_DM2, PROPRIETARY_SPN_FIRST, decode_dm
from evcc_agent.vehicle.j1939 import (
    PGN_ACK,
    PGN_ADDRESS_CLAIMED,
    PGN_REQUEST,
    Name,
    Phase,
    can_id,
    parse_id,
)
from evcc_agent.vehicle.link import VehicleLink
from tests.bus_helpers import channel, wait_for

DEPARTURE_PGN = parse_id(
    load_databases(VehicleConfig().dbc_files).message("AGT_Departure").frame_id
).pgn


class Peer:
    """A raw second node on the virtual bus that collects every frame it sees."""

    def __init__(self, ch: str) -> None:
        self.bus = can.Bus(interface="virtual", channel=ch)
        self.seen: list[can.Message] = []

    def drain(self) -> list[can.Message]:
        while (m := self.bus.recv(0)) is not None:
            self.seen.append(m)
        return self.seen

    def of(self, pgn: int) -> list[can.Message]:
        return [m for m in self.drain() if parse_id(m.arbitration_id).pgn == pgn]

    def send(self, pgn: int, source: int, data: bytes, dest: int = 255) -> None:
        self.bus.send(can.Message(arbitration_id=can_id(pgn, source, dest=dest), data=data))

    def request(self, pgn: int, dest: int = 255, source: int = 0x21) -> None:
        self.send(PGN_REQUEST, source, pgn.to_bytes(3, "little"), dest)


class Running:
    def __init__(self, link: VehicleLink) -> None:
        self.link = link
        self.task = asyncio.create_task(link.run())

    async def stop(self) -> None:
        self.link.stop()
        self.task.cancel()
        await asyncio.gather(self.task, return_exceptions=True)


def link_on(ch: str, clock, dtc: DtcRegistry | None = None, **j1939) -> VehicleLink:
    cfg = VehicleConfig.model_validate(
        {"channel": ch, "tx_mode": "clock", "j1939": {"name": {"identity_number": 77}, **j1939}}
    )
    return VehicleLink.from_config(cfg, dtc or DtcRegistry(), clock)


async def advance(clock: FakeClock, seconds: float, steps: int = 1) -> None:
    for _ in range(steps):
        clock.advance(seconds / steps)
        for _ in range(5):
            await asyncio.sleep(0)


async def test_address_claimed_is_the_first_frame_and_tx_waits_250_ms():
    ch, clock = channel("evcc-j1939"), FakeClock(100.0)
    peer = Peer(ch)
    run = Running(link_on(ch, clock))
    try:
        await wait_for(lambda: len(peer.drain()) >= 1)
        first = peer.seen[0]
        assert first.arbitration_id == 0x18EEFF5A
        assert first.data == Name(identity_number=77, industry_group=1,
                                  arbitrary_address_capable=True).to_bytes()  # fmt: skip
        node = run.link.node
        assert node is not None and node.core.phase is Phase.CLAIMING
        await advance(clock, 0.2)
        assert len(peer.drain()) == 1  # nothing else within the claim wait
        await advance(clock, 0.1)
        await wait_for(
            lambda: (
                {parse_id(m.arbitration_id).pgn for m in peer.drain()} >= {PGN_DM1, DEPARTURE_PGN}
            )
        )
        assert all(m.arbitration_id & 0xFF == 0x5A for m in peer.seen)
        assert node.claimed.is_set()
    finally:
        await run.stop()
        peer.bus.shutdown()


async def test_requests_on_the_bus_answered_nacked_or_ignored():
    ch, clock = channel("evcc-j1939"), FakeClock(0.0)
    peer = Peer(ch)
    dtc = DtcRegistry()
    run = Running(link_on(ch, clock, dtc))
    try:
        await wait_for(lambda: run.link.node is not None and run.link.node._loop is not None)
        await advance(clock, 0.25)
        await wait_for(lambda: run.link.node.claimed.is_set())
        dtc.raise_("V2G_SDP_FAILED", 0.3)
        dtc.clear("V2G_SDP_FAILED")
        peer.drain().clear()
        peer.request(DEPARTURE_PGN, dest=0x5A)
        await wait_for(lambda: len(peer.of(DEPARTURE_PGN)) == 1)
        peer.request(PGN_DM2)
        await wait_for(lambda: len(peer.of(PGN_DM2)) == 1)
        _, dtcs = decode_dm(peer.of(PGN_DM2)[0].data)
        assert [d.spn for d in dtcs] == [PROPRIETARY_SPN_FIRST + 0x305]
        peer.request(0xFEE5)  # global, not ours: ignored
        peer.request(0xFEE6, dest=0x5A)  # to us, not ours: NACK
        await wait_for(lambda: len(peer.of(PGN_ACK)) == 1)
        ack = peer.of(PGN_ACK)[0]
        assert ack.data == bytes((1, 0xFF, 0xFF, 0xFF, 0x21)) + (0xFEE6).to_bytes(3, "little")
        peer.request(PGN_ADDRESS_CLAIMED)
        await wait_for(lambda: len(peer.of(PGN_ADDRESS_CLAIMED)) == 1)
        assert run.link.node.core.counters["requests_nacked"] == 1
    finally:
        await run.stop()
        peer.bus.shutdown()


async def test_cannot_claim_stops_every_transmission_with_dtc_and_log(caplog):
    ch, clock = channel("evcc-j1939"), FakeClock(0.0)
    peer = Peer(ch)
    dtc = DtcRegistry()
    run = Running(
        link_on(ch, clock, dtc, name={"identity_number": 77, "arbitrary_address_capable": False})
    )
    caplog.set_level(logging.INFO)
    try:
        await wait_for(lambda: run.link.node is not None and run.link.node._loop is not None)
        await advance(clock, 0.25)
        await wait_for(lambda: run.link.node.claimed.is_set())
        await wait_for(lambda: len(peer.of(DEPARTURE_PGN)) >= 1)
        winner = Name(identity_number=1, industry_group=0)
        peer.send(PGN_ADDRESS_CLAIMED, 0x5A, winner.to_bytes())
        await wait_for(lambda: dtc.is_active("J1939_CANNOT_CLAIM"))
        assert "cannot claim" in caplog.text and "stays silent" in caplog.text
        assert not run.link.node.claimed.is_set()
        await advance(clock, 0.077)  # the pseudo-random delay (identity 77 -> 77 ms)
        await wait_for(lambda: any(m.arbitration_id == 0x18EEFFFE for m in peer.drain()))
        before = len(peer.drain())
        await advance(clock, 5.0, steps=10)  # 5 s: no DM1, no AGT frames
        peer.request(PGN_DM1)
        peer.request(PGN_ADDRESS_CLAIMED)
        await wait_for(lambda: run.link.node.core.next_deadline() is not None)
        await advance(clock, 0.1)
        await wait_for(lambda: len(peer.drain()) == before + 1)
        assert peer.seen[-1].arbitration_id == 0x18EEFFFE  # only Cannot Claim again
        assert run.link.bus._tx_task is None  # the application TX is stopped
    finally:
        await run.stop()
        peer.bus.shutdown()


# --- against the independent can-j1939 stack (real time: it runs its own threads) -----------
try:
    import j1939  # the can-j1939 package (dev extra)
except ImportError:  # pragma: no cover - the dev extra installs it
    j1939 = None

needs_can_j1939 = pytest.mark.skipif(j1939 is None, reason="can-j1939 not installed")


def lib_name(identity: int, *, function: int, aac: bool = True):
    return j1939.Name(
        arbitrary_address_capable=int(aac),
        industry_group=1,
        vehicle_system_instance=0,
        vehicle_system=0,
        function=function,
        function_instance=0,
        ecu_instance=0,
        manufacturer_code=0,
        identity_number=identity,
    )


class LibNode:
    """A can-j1939 ECU with one controller application on the same virtual channel."""

    def __init__(self, ch: str) -> None:
        self.ecu = j1939.ElectronicControlUnit()
        self.ecu.connect(interface="virtual", channel=ch)
        self.received: list[tuple[int, int, bytes]] = []
        self.got = threading.Event()
        self.ecu.subscribe(self._on_message)

    def _on_message(self, priority, pgn, sa, timestamp, data) -> None:
        self.received.append((pgn, sa, bytes(data)))
        self.got.set()

    def claim(self, name, address: int):
        ca = j1939.ControllerApplication(name, address)
        self.ecu.add_ca(controller_application=ca)
        ca.start()
        return ca

    def stop(self) -> None:
        self.ecu.disconnect()
        self.ecu.stop()


@contextlib.asynccontextmanager
async def beside_library(
    ch: str, dtc: DtcRegistry | None = None, **j1939: Any
) -> AsyncIterator[tuple[Running, LibNode]]:
    """The agent on ``ch`` (real clock), its address claimed, with a can-j1939 ECU beside it."""
    run = Running(link_on(ch, MonotonicClock(), dtc, **j1939))
    lib = LibNode(ch)
    try:
        await wait_for(lambda: run.link.node is not None and run.link.node.claimed.is_set())
        yield run, lib
    finally:
        await run.stop()
        lib.stop()


@pytest.mark.slow
@needs_can_j1939
async def test_the_agent_yields_to_a_higher_priority_name_and_moves():
    ch = channel("evcc-j1939")
    peer = Peer(ch)
    try:
        async with beside_library(ch, address=0x80) as (run, lib):
            # our NAME: AAC bit set; theirs: not, so it is lower (higher priority)
            ca = lib.claim(lib_name(5, function=0, aac=False), 0x80)
            await wait_for(lambda: run.link.node.core.address == 0x81)
            await wait_for(lambda: ca.state == j1939.ControllerApplication.State.NORMAL)
            assert ca.device_address == 0x80
            await wait_for(
                lambda: any(
                    parse_id(m.arbitration_id).pgn == DEPARTURE_PGN
                    and m.arbitration_id & 0xFF == 0x81
                    for m in peer.drain()
                )
            )
            assert run.link.node.core.counters["contentions_lost"] == 1
    finally:
        peer.bus.shutdown()


@pytest.mark.slow
@needs_can_j1939
async def test_a_lower_priority_name_gives_way_to_the_agent():
    async with beside_library(channel("evcc-j1939"), address=0x80) as (run, lib):
        ca = lib.claim(lib_name(5, function=255, aac=True), 0x80)  # higher NAME value
        await wait_for(lambda: ca.state == j1939.ControllerApplication.State.NORMAL)
        assert ca.device_address == 0x81  # the library moved on
        assert run.link.node.core.address == 0x80
        assert run.link.node.core.counters["contentions_won"] == 1


@pytest.mark.slow
@needs_can_j1939
async def test_dm1_bam_is_reassembled_by_the_independent_stack():
    dtc = DtcRegistry()
    async with beside_library(channel("evcc-j1939"), dtc) as (_, lib):
        dtc.raise_("CAN_SIGNAL_STALE", 1.0)
        dtc.raise_("V2G_SDP_FAILED", 1.0)
        dtc.raise_("V2G_SDP_FAILED", 2.0)

        def dm1_with_two() -> list[bytes]:
            return [
                d for pgn, sa, d in lib.received if pgn == PGN_DM1 and sa == 0x5A and len(d) > 8
            ]

        await wait_for(lambda: bool(dm1_with_two()))
        data = dm1_with_two()[-1]
        dtcs = [j1939.DTC(dtc=int.from_bytes(data[i : i + 4], "little")) for i in (2, 6)]
        assert [(d.spn, d.fmi, d.oc) for d in dtcs] == [
            (PROPRIETARY_SPN_FIRST + 0x102, 9, 1),
            (PROPRIETARY_SPN_FIRST + 0x305, 31, 2),
        ]
        assert data[0] & 0x0C == 0x04  # amber warning lamp on
