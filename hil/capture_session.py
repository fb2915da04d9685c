#!/usr/bin/env python3
"""Capture a bench session: every frame on the PLC modem's interface to ``plc.pcap`` and every
CAN frame to ``can.log`` (candump ``-L`` format, which ``can.LogReader`` and our replay read).

    sudo python hil/capture_session.py --plc eth1 --can can0 --out runs/2026-11-21-depot3
    ... plug in, charge, unplug ...  then Ctrl-C  (or --duration S)

Runs beside the agent (needs CAP_NET_RAW for the PLC socket). Prints a line per 5 s with the
counts, and the file names at the end. Nothing but the standard library and python-can: it
works on an ECU image without tcpdump/can-utils.
"""

from __future__ import annotations

import argparse
import contextlib
import signal
import socket
import struct
import sys
import threading
import time
from pathlib import Path
from typing import Any, BinaryIO

ETH_P_ALL = 0x0003
LINKTYPE_ETHERNET = 1


class PcapWriter:
    """Classic pcap (microsecond timestamps), readable by Wireshark, scapy and decode_v2g.py."""

    def __init__(self, fh: BinaryIO, snaplen: int = 65535) -> None:
        self.fh = fh
        fh.write(struct.pack("<IHHiIII", 0xA1B2C3D4, 2, 4, 0, 0, snaplen, LINKTYPE_ETHERNET))

    def write(self, t: float, frame: bytes) -> None:
        sec = int(t)
        usec = round((t - sec) * 1e6)
        if usec >= 1_000_000:
            sec, usec = sec + 1, usec - 1_000_000
        self.fh.write(struct.pack("<IIII", sec, usec, len(frame), len(frame)) + frame)


class Capture:
    """PLC and CAN capture threads; :meth:`stop` ends both and flushes the files."""

    def __init__(
        self,
        out_dir: Path,
        plc: str | None,
        can_interface: str | None,
        can_channel: str | None,
    ) -> None:
        self.out_dir = out_dir
        self.plc = plc
        self.can_interface = can_interface
        self.can_channel = can_channel
        self.plc_frames = 0
        self.can_frames = 0
        self.errors: list[str] = []
        self._stop = threading.Event()
        self._threads: list[threading.Thread] = []
        self._ready = threading.Barrier(1 + bool(plc) + bool(can_channel))

    @property
    def pcap_path(self) -> Path:
        return self.out_dir / "plc.pcap"

    @property
    def can_log_path(self) -> Path:
        return self.out_dir / "can.log"

    def start(self, timeout: float = 10.0) -> None:
        """Start capturing; returns once both sources are open (so nothing early is missed)."""
        self.out_dir.mkdir(parents=True, exist_ok=True)
        if self.plc:
            self._threads.append(threading.Thread(target=self._plc_loop, daemon=True))
        if self.can_channel:
            self._threads.append(threading.Thread(target=self._can_loop, daemon=True))
        for th in self._threads:
            th.start()
        self._sync(timeout)

    def _sync(self, timeout: float | None = None) -> None:
        # a broken barrier means the other source failed to open: its error is recorded
        with contextlib.suppress(threading.BrokenBarrierError):
            self._ready.wait(timeout)

    def stop(self) -> None:
        self._stop.set()
        for th in self._threads:
            th.join(timeout=5)

    def _plc_loop(self) -> None:
        try:
            sock = socket.socket(socket.AF_PACKET, socket.SOCK_RAW, socket.htons(ETH_P_ALL))
            sock.bind((self.plc, 0))
            sock.settimeout(0.2)
        except OSError as exc:
            self.errors.append(f"PLC {self.plc}: {exc}")
            self._ready.abort()
            return
        with sock, open(self.pcap_path, "wb") as fh:
            writer = PcapWriter(fh)
            self._sync()
            while not self._stop.is_set():
                try:
                    frame = sock.recv(65535)
                except TimeoutError:
                    continue
                except OSError as exc:
                    self.errors.append(f"PLC {self.plc}: {exc}")
                    return
                writer.write(time.time(), frame)
                self.plc_frames += 1

    def _can_loop(self) -> None:
        import can

        try:
            bus = can.Bus(interface=self.can_interface, channel=self.can_channel)
        except (can.CanError, OSError, ValueError) as exc:
            self.errors.append(f"CAN {self.can_interface}:{self.can_channel}: {exc}")
            self._ready.abort()
            return
        writer = can.CanutilsLogWriter(self.can_log_path, channel=str(self.can_channel))
        try:
            self._sync()
            while not self._stop.is_set():
                msg = bus.recv(timeout=0.2)
                if msg is not None:
                    writer.on_message_received(msg)
                    self.can_frames += 1
        finally:
            writer.stop()
            bus.shutdown()


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--plc", help="PLC modem interface (e.g. eth1)")
    p.add_argument("--can", dest="can_channel", help="CAN channel (e.g. can0)")
    p.add_argument("--can-interface", default="socketcan", help="python-can interface")
    p.add_argument("--out", required=True, help="folder for plc.pcap and can.log")
    p.add_argument("--duration", type=float, default=None, help="stop after S seconds")
    args = p.parse_args(argv)
    if not args.plc and not args.can_channel:
        p.error("nothing to capture: give --plc and/or --can")
    cap = Capture(Path(args.out), args.plc, args.can_interface, args.can_channel)
    done = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: done.set())
    cap.start()
    if cap.errors:
        cap.stop()
        print("capture_session: " + "; ".join(cap.errors), file=sys.stderr)
        return 1
    print(
        f"capturing PLC={args.plc or '-'} CAN={args.can_channel or '-'} -> {args.out}", flush=True
    )
    t0 = time.monotonic()
    try:
        while not done.wait(5.0 if args.duration is None else min(5.0, args.duration)):
            _progress(cap, t0)
            if args.duration is not None and time.monotonic() - t0 >= args.duration:
                break
    except KeyboardInterrupt:
        pass
    cap.stop()
    _progress(cap, t0)
    if args.plc:
        print(f"wrote {cap.pcap_path}")
    if args.can_channel:
        print(f"wrote {cap.can_log_path}")
    for err in cap.errors:
        print(f"capture_session: {err}", file=sys.stderr)
    return 1 if cap.errors else 0


def _progress(cap: Any, t0: float) -> None:
    dt = time.monotonic() - t0
    print(f"{dt:7.1f} s  PLC frames {cap.plc_frames}  CAN frames {cap.can_frames}", flush=True)


if __name__ == "__main__":
    raise SystemExit(main())
