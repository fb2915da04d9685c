#!/usr/bin/env python3
"""Replay a candump log (``candump -L`` / ``capture_session.py``'s ``can.log``, or any format
``can.LogReader`` reads: .asc, .blf, .csv, .trc …) onto a CAN bus the agent listens on.

    # into an agent in this same process (config with [vehicle] interface = "virtual"):
    python hil/replay_candump.py runs/x/can.log --run-agent hil/replay.toml
    # onto a kernel virtual CAN the agent (started separately) uses:
    sudo ip link add vcan0 type vcan && sudo ip link set vcan0 up
    python hil/replay_candump.py runs/x/can.log --interface socketcan --channel vcan0 --speed 4

The original spacing is kept (divided by ``--speed``); pauses longer than ``--max-gap`` seconds
are shortened, like ``can.MessageSync``'s ``skip``. Prints the count when done.
"""

from __future__ import annotations

import argparse
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def replay(
    log_path: str | Path,
    bus: Any,
    speed: float = 1.0,
    max_gap: float | None = 5.0,
    stop: threading.Event | None = None,
    sleep: Callable[[float], None] = time.sleep,
    monotonic: Callable[[], float] = time.monotonic,
) -> int:
    """Send every frame of ``log_path`` on ``bus`` with the log's timing; returns the count."""
    import can

    if speed <= 0:
        raise ValueError("speed must be > 0")
    sent = 0
    start_wall = monotonic()
    log_elapsed = 0.0  # log time since the first frame, gaps capped
    prev_ts: float | None = None
    for msg in can.LogReader(str(log_path)):
        if stop is not None and stop.is_set():
            break
        if prev_ts is not None:
            gap = max(0.0, msg.timestamp - prev_ts)
            log_elapsed += gap if max_gap is None else min(gap, max_gap)
        prev_ts = msg.timestamp
        delay = start_wall + log_elapsed / speed - monotonic()
        if delay > 0:
            sleep(delay)
        try:
            bus.send(msg)
        except can.CanError as exc:
            print(f"replay_candump: send failed at frame {sent}: {exc}", file=sys.stderr)
            continue
        sent += 1
    return sent


def main(argv: list[str] | None = None) -> int:
    import can

    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("log", help="candump -L log (or .asc/.blf/.csv/.trc)")
    p.add_argument("--interface", default=None, help="python-can interface (default: from config)")
    p.add_argument("--channel", default=None, help="channel (default: from config)")
    p.add_argument("--speed", type=float, default=1.0, help="replay this many times faster")
    p.add_argument("--max-gap", type=float, default=5.0, help="cap pauses at S seconds")
    p.add_argument("--loop", type=int, default=1, help="replay the log N times")
    p.add_argument("--run-agent", metavar="CONFIG", help="run `evcc-agent run` in this process")
    args = p.parse_args(argv)
    if not Path(args.log).is_file():
        print(f"replay_candump: {args.log}: no such file", file=sys.stderr)
        return 1

    interface, channel = args.interface, args.channel
    if args.run_agent:
        from evcc_agent.config import ConfigError, load_config

        try:
            cfg = load_config(args.run_agent)
        except ConfigError as exc:
            print(f"replay_candump: {exc}", file=sys.stderr)
            return 1
        # the agent's own bus: python-can 'virtual' works because both run in this process
        interface = interface or cfg.vehicle.interface
        channel = channel or cfg.vehicle.channel
    interface, channel = interface or "virtual", channel or "evcc-demo"

    try:
        bus = can.Bus(interface=interface, channel=channel, receive_own_messages=False)
    except (can.CanError, OSError, ValueError) as exc:
        print(f"replay_candump: cannot open {interface}:{channel}: {exc}", file=sys.stderr)
        return 1
    stop = threading.Event()
    counts: list[int] = []

    def run_replay() -> None:
        for _ in range(max(1, args.loop)):
            counts.append(replay(args.log, bus, args.speed, args.max_gap, stop))
        print(f"replayed {sum(counts)} frames onto {interface}:{channel}", flush=True)

    try:
        if args.run_agent:
            from evcc_agent.cli import main as cli_main

            th = threading.Thread(target=run_replay, daemon=True)
            th.start()
            rc = cli_main(["run", "--config", args.run_agent])
            stop.set()
            th.join(timeout=5)
            return rc
        run_replay()
    except KeyboardInterrupt:
        stop.set()
    finally:
        bus.shutdown()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
