"""End-to-end figures: start-up to READY, plug-in to the first V2ICP 200 OK, RSS after 1 h.

* ``startup_ms``: ``evcc-agent run`` as a process (imports, config and DBC loading, CAN open)
  until systemd's ``READY=1`` arrives on a ``NOTIFY_SOCKET`` this script listens on.
* ``plug_to_v2icp_ms``: in the demo at time scale 1 (everything real time), from the plug-in
  to the backend's first HTTP 200: SAP, the -20 session up to ServiceSelection over TLS 1.3,
  Internet up, the V2ICP TLS handshake and seq 0 — the first plug-in after start (first use
  of each message type, first TLS contexts); ``plug_to_v2icp_warm_ms`` the later ones.
* ``rss_mib``: resident memory of the demo process (agent *and* its three simulators, so an
  upper bound for the agent) after one simulated hour at ``--time-scale`` (default 600).
  ``rss_run_mib``: the ``evcc-agent run`` process alone, idle after READY. Goal: ≤ 120 MiB.

Usage: ``python benchmarks/e2e.py [--time-scale 600] [--repeat 3]``; the last line is
``e2e: startup_ms=… plug_to_v2icp_ms=… rss_mib=…``.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from evcc_agent.config import AgentConfig  # noqa: E402
from evcc_agent.demo import Demo, DemoOptions  # noqa: E402


def rss_mib(pid: int | str = "self") -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024.0
    return float("nan")


def startup(tmp: Path) -> tuple[float, float]:
    """(ms until READY=1, RSS of the run process in MiB)."""
    dbc = ", ".join(f'"{ROOT / "dbc" / f}"' for f in ("bms.dbc", "vcu.dbc", "hvac.dbc"))
    cfg = tmp / "agent.toml"
    cfg.write_text(
        "[agent]\nslac = false\ncharging = false\n[v2icp]\nenabled = false\n"
        f'[vehicle]\ninterface = "virtual"\nchannel = "bench-{uuid.uuid4().hex[:8]}"\n'
        f'dbc_files = [{dbc}]\n[logging]\nlevel = "WARNING"\n'
    )
    path = str(tmp / f"notify-{uuid.uuid4().hex[:8]}.sock")
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    sock.bind(path)
    sock.settimeout(60)
    env = {**os.environ, "NOTIFY_SOCKET": path, "PYTHONPATH": str(ROOT)}
    t0 = time.monotonic()
    proc = subprocess.Popen(
        [sys.executable, "-m", "evcc_agent", "run", "--config", str(cfg)],
        env=env,
        cwd=ROOT,
        stderr=subprocess.DEVNULL,
    )
    try:
        while not sock.recv(4096).startswith(b"READY=1"):
            pass
        ms = (time.monotonic() - t0) * 1000.0
        time.sleep(0.5)
        rss = rss_mib(proc.pid)
        proc.send_signal(signal.SIGTERM)
        proc.wait(30)
    finally:
        if proc.poll() is None:
            proc.kill()
        sock.close()
    return ms, rss


def _cfg() -> AgentConfig:
    return AgentConfig.model_validate({"vehicle": {"channel": f"bench-{uuid.uuid4().hex[:8]}"}})


async def plug_to_v2icp() -> float:
    marks: dict[str, float] = {}
    done = asyncio.Event()

    def on_event(e: dict) -> None:
        kind = e.get("event")
        if kind == "plug_in":
            marks["plug"] = time.monotonic()
        elif kind == "v2icp_answer" and e.get("status") == 200 and "ok" not in marks:
            marks["ok"] = time.monotonic()
            done.set()

    async with Demo(DemoOptions(time_scale=1.0, cfg=_cfg(), plug_in_after_s=0.5), on_event):
        await asyncio.wait_for(done.wait(), 60)
    return (marks["ok"] - marks["plug"]) * 1000.0


async def one_hour(time_scale: float) -> tuple[float, int, float]:
    """RSS after 3600 simulated seconds; V2ICP acknowledgements; the SoC reached."""
    async with Demo(DemoOptions(time_scale=time_scale, cfg=_cfg()), lambda e: None) as demo:
        await demo.clock.sleep(3600.0)
        rss = rss_mib()
        assert demo.agent is not None
        acked = int(demo.agent.v2icp.status().get("acknowledged", 0))
        soc = demo.simulator.soc
    return rss, acked, soc


def main() -> int:
    logging.basicConfig(level=logging.ERROR)  # the demo's DTC warnings are expected noise here
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--time-scale", type=float, default=600.0)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        runs = [startup(Path(tmp)) for _ in range(args.repeat)]
    start_ms = statistics.median(r[0] for r in runs)
    rss_run = max(r[1] for r in runs)
    print(
        f"startup to READY (median of {args.repeat}): {start_ms:.0f} ms; run RSS {rss_run:.1f} MiB"
    )
    plugs = [asyncio.run(plug_to_v2icp()) for _ in range(max(2, args.repeat))]
    plug_ms = plugs[0]  # the first plug-in after start: what a bus meets at the depot
    warm_ms = statistics.median(plugs[1:])
    print(f"plug-in to first V2ICP 200 OK: {plug_ms:.0f} ms first, {warm_ms:.0f} ms later")
    rss, acked, soc = asyncio.run(one_hour(args.time_scale))
    print(
        f"after 1 h simulated at x{args.time_scale:g}: RSS {rss:.1f} MiB, {acked} V2ICP acks, SoC {soc:.1f} %"
    )
    print(
        f"e2e: startup_ms={start_ms:.0f} plug_to_v2icp_ms={plug_ms:.0f} rss_mib={rss:.1f} "
        f"rss_run_mib={rss_run:.1f} plug_to_v2icp_warm_ms={warm_ms:.0f} v2icp_acks_1h={acked}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
