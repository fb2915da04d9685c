"""CAN ingest under a saturated bus: receive -> decode -> store -> VDV 261 mapping.

A sender thread puts 4,000 frames/s on python-can's virtual bus (what a 500 kbit/s bus
carries with 29-bit 8-byte frames): our BMS/VCU/HVAC frames mixed with foreign J1939 ids and
some frames of the wrong length. The agent's own pipeline (``VehicleLink``: receive thread,
decoder, ``SignalStore``; the mapping computed 10 times a second) consumes them.

Reported (last line): frames handled per second, frames not handled by the end (dropped),
CPU of the pipeline in % of one core (process CPU minus the sender thread's), CPU µs per
frame, and plain cantools ``decode_message`` µs per frame on the same frame mix.

``--fd``: a CAN FD bus (``[vehicle] fd = true``, 500 kbit/s arbitration, 2 Mbit/s data):
2,500 frames/s of 64 bytes, each carrying 32 16-bit signals, from 8 FD messages of a DBC
written for the run, mixed with foreign FD ids and short frames the same way. The last line
is then ``can_ingest_fd: ...`` with the signals decoded per second as well.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import random
import tempfile
import threading
import time
import uuid
from pathlib import Path

import can

if __package__ in (None, ""):  # run as a script from a checkout without `pip install -e`
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from evcc_agent.clock import MonotonicClock
from evcc_agent.dtc import DtcRegistry
from evcc_agent.sim.vehicle import VehicleSimulator
from evcc_agent.v2icp.mapping import MappingConfig, VehicleParameterMapper
from evcc_agent.vehicle.config import VehicleConfig
from evcc_agent.vehicle.link import VehicleLink

FD_MESSAGES = 8
FD_SIGNALS = 32  # 16 bits each: 64 bytes


def write_fd_dbc(folder: Path) -> Path:
    """A DBC of 8 64-byte FD messages (PGNs 0xFF70.., source 0xF3), 32 16-bit signals each."""
    lines = ['VERSION ""', "", "NS_ :", "", "BS_:", "", "BU_: BMS AGENT", ""]
    for m in range(FD_MESSAGES):
        frame_id = 0x98FF70F3 + (m << 8)
        lines.append(f"BO_ {frame_id} BMS_Fd{m}: 64 BMS")
        for s in range(FD_SIGNALS):
            lines.append(f' SG_ BMS_Fd{m}_Cell{s} : {s * 16}|16@1+ (0.001,0) [0|65.534] "V" AGENT')
        lines.append("")
    path = folder / "fd_bench.dbc"
    path.write_text("\n".join(lines) + "\n")
    return path


def fd_frames(link: VehicleLink, rng: random.Random) -> list[can.Message]:
    out = []
    for m in range(FD_MESSAGES):
        msg = link.vdb.message(f"BMS_Fd{m}")
        values = {s.name: rng.randrange(2500, 4200) / 1000 for s in msg.signals}
        data = msg.encode(values)
        out.append(
            can.Message(arbitration_id=msg.frame_id, data=data, is_fd=True, bitrate_switch=True)
        )
    return out


def frame_mix(link: VehicleLink, n: int, seed: int = 7, *, fd: bool = False) -> list[can.Message]:
    """Our frames (70 %), foreign J1939 ids (28 %), wrong lengths (2 %)."""
    rng = random.Random(seed)
    ours = fd_frames(link, rng) if fd else VehicleSimulator(link.vdb).all_frames()
    size = 64 if fd else 8
    foreign_ids = [
        (6 << 26) | (rng.randrange(0xF000, 0xFF00) << 8) | rng.randrange(0x80, 0xF0)
        for _ in range(40)
    ]
    out = []
    for _ in range(n):
        r = rng.random()
        if r < 0.70:
            f = rng.choice(ours)
            # other source addresses for the same PGN, as from a second pack
            arb = f.arbitration_id if rng.random() < 0.8 else (f.arbitration_id & ~0xFF) | 0x42
            out.append(can.Message(arbitration_id=arb, data=f.data, is_fd=fd, bitrate_switch=fd))
        elif r < 0.98:
            data = bytes(rng.randrange(256) for _ in range(size))
            out.append(can.Message(arbitration_id=rng.choice(foreign_ids), data=data, is_fd=fd))
        else:
            f = rng.choice(ours)
            short = bytes(f.data[: 40 if fd else 5])
            out.append(can.Message(arbitration_id=f.arbitration_id, data=short, is_fd=fd))
    return out


def baseline_us_per_frame(link: VehicleLink, frames: list[can.Message]) -> float:
    """Plain cantools: one Database, ``decode_message`` per frame (unknown ids raise)."""
    import cantools

    db = cantools.database.Database()
    for path in link.cfg.dbc_files:
        db.add_dbc_file(path)
    t0 = time.process_time()
    for f in frames:
        try:
            db.decode_message(f.arbitration_id, f.data)
        except Exception:  # unknown id / short frame: the baseline drops it
            continue
    return (time.process_time() - t0) / len(frames) * 1e6


def feed_us_per_frame(link: VehicleLink, frames: list[can.Message]) -> float:
    """Our decoder alone (lookup, decode, store) on the same frames, for comparison."""
    feed, now = link.decoder.feed, link.now
    t0 = time.process_time()
    for f in frames:
        feed(f.arbitration_id, f.is_extended_id, f.data, now())
    return (time.process_time() - t0) / len(frames) * 1e6


async def run(seconds: float, rate: int, *, fd: bool = False) -> str:
    extra = {}
    if fd:
        tmp = Path(tempfile.mkdtemp(prefix="evcc-bench-"))
        extra = {"fd": True, "dbc_files": [*VehicleConfig().dbc_files, str(write_fd_dbc(tmp))]}
    cfg = VehicleConfig(channel=f"bench-{uuid.uuid4().hex[:8]}", tx_messages=[], **extra)
    link = VehicleLink.from_config(cfg, DtcRegistry(), MonotonicClock())
    mapper = VehicleParameterMapper(MappingConfig(), link.store)
    frames = frame_mix(link, 20_000, fd=fd)
    sender_bus = can.Bus(interface="virtual", channel=cfg.channel, fd=fd)
    stop = threading.Event()
    sent = 0
    sender_cpu = 0.0

    def sender() -> None:
        nonlocal sent, sender_cpu
        batch = max(1, rate // 200)  # 5 ms bursts
        t_start = time.perf_counter()
        i = 0
        while not stop.is_set():
            for _ in range(batch):
                sender_bus.send(frames[i % len(frames)])
                i += 1
            sent = i
            wait = t_start + i / rate - time.perf_counter()
            if wait > 0:
                time.sleep(wait)
        sender_cpu = time.thread_time()

    task = asyncio.create_task(link.run())
    while not link.bus.up:
        await asyncio.sleep(0.01)
    mappings = 0

    async def mapping_loop() -> None:
        nonlocal mappings
        while True:
            await asyncio.sleep(0.1)
            mapper.parameters(link.now())
            mappings += 1

    map_task = asyncio.create_task(mapping_loop())
    dec = link.decoder
    th = threading.Thread(target=sender, daemon=True)
    cpu0 = time.process_time()
    wall0 = time.perf_counter()
    th.start()
    await asyncio.sleep(seconds)
    stop.set()
    th.join()
    wall = time.perf_counter() - wall0
    handled_at_end = dec.handled + dec.unknown + dec.bad_length
    await asyncio.sleep(0.5)  # drain
    cpu = time.process_time() - cpu0 - sender_cpu
    total = dec.handled + dec.unknown + dec.bad_length
    link.stop()
    map_task.cancel()
    task.cancel()
    await asyncio.gather(task, map_task, return_exceptions=True)
    sender_bus.shutdown()
    dropped = sent - total
    fps = handled_at_end / wall
    cpu_pct = cpu / wall * 100
    us = cpu / max(total, 1) * 1e6
    base = baseline_us_per_frame(link, frames)
    print(
        f"sent={sent} handled={total} decoded={dec.handled} unknown={dec.unknown} "
        f"bad_length={dec.bad_length} mappings={mappings} wall={wall:.2f}s "
        f"decoder_only_us_per_frame={feed_us_per_frame(link, frames):.2f}"
    )
    if fd:
        signals = sum(len(cm.slots) for cm in link.decoder.compiled.values() if cm.length == 64)
        per_frame = signals / FD_MESSAGES
        return (
            f"can_ingest_fd: fps={fps:.0f} dropped={dropped} cpu={cpu_pct:.1f} "
            f"us_per_frame={us:.1f} baseline_us_per_frame={base:.1f} "
            f"signals_per_s={fps * 0.7 * per_frame:.0f}"
        )
    return (
        f"can_ingest: fps={fps:.0f} dropped={dropped} cpu={cpu_pct:.1f} "
        f"us_per_frame={us:.1f} baseline_us_per_frame={base:.1f}"
    )


def main() -> None:
    logging.basicConfig(level=logging.ERROR)
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--seconds", type=float, default=10.0)
    ap.add_argument("--rate", type=int, help="frames per second offered (4000; --fd: 2500)")
    ap.add_argument("--fd", action="store_true", help="CAN FD: 64-byte frames")
    args = ap.parse_args()
    rate = args.rate or (2500 if args.fd else 4000)
    print(asyncio.run(run(args.seconds, rate, fd=args.fd)))


if __name__ == "__main__":
    main()
