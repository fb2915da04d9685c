"""A bus, a charger, a depot network and a cellular uplink, in network namespaces.

``ev``: the agent, with the PLC link to the charger and a "cellular" link that holds the
preferred default route. ``charger``: the SECC simulator, also the EV's IPv6 router (RAs with
prefix and RDNSS, forwarding to the depot). ``depot``: the V2ICP backend (TLS for its host
name) and the DNS server that knows that name. ``cellular``: nothing but a recorder of every
frame that arrives. The EV gets its address by SLAAC from the charger's RA (kernel
``accept_ra``), never by hand. Used by the end-to-end test and ``benchmarks/internet_path.py``;
needs root and iproute2. Each process here is ``python -m evcc_agent.sim.depot_lab ROLE``,
printing one JSON line per event, and ends (with a last JSON line) when its stdin closes.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import secrets
import socket
import subprocess
import sys
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

PLC_PREFIX = "2001:db8:ca:1::/64"
CHARGER_PLC = "2001:db8:ca:1::1"
CHARGER_LL = "fe80::5e:cc"
CHARGER_DEPOT = "2001:db8:de:1::1"
BACKEND = "2001:db8:de:1::10"
DNS = "2001:db8:de:1::53"
BACKEND_NAME = "backend.depot.test"
CELL_EV = "2001:db8:ce11::2"
CELL_GW = "2001:db8:ce11::1"
VIN = "WVWZZZ1JZXW000003"
PASSWORD = "Depot_Lab-261"


def _ip(*args: str) -> None:
    subprocess.run(["ip", *args], check=True, capture_output=True, text=True, timeout=20)


def _sysctl(netns: str, key: str, value: str) -> None:
    """``sysctl -w`` inside ``netns`` (through /proc: procps may not be installed)."""
    path = "/proc/sys/" + key.replace(".", "/")
    subprocess.run(
        ["ip", "netns", "exec", netns, "sh", "-c", f"echo {value} > {path}"],
        check=True,
        capture_output=True,
        timeout=20,
    )


@dataclass
class Lab:
    tag: str
    ev: str
    charger: str
    depot: str
    cellular: str
    ev_plc: str
    charger_plc: str
    ev_cell: str
    cell_if: str
    charger_depot: str
    depot_if: str
    dir: Path
    procs: dict[str, asyncio.subprocess.Process] = field(default_factory=dict)

    @classmethod
    def named(cls, directory: Path) -> Lab:
        t = secrets.token_hex(3)
        return cls(
            t, f"ev{t}", f"chg{t}", f"dep{t}", f"cel{t}",
            f"p{t}e", f"p{t}c", f"c{t}e", f"c{t}x", f"d{t}c", f"d{t}d", directory,
        )  # fmt: skip

    # --- topology ----------------------------------------------------------------------------
    def build(self) -> None:
        for ns in (self.ev, self.charger, self.depot, self.cellular):
            _ip("netns", "add", ns)
            _ip("-n", ns, "link", "set", "lo", "up")
        for a, ns_a, b, ns_b in (
            (self.ev_plc, self.ev, self.charger_plc, self.charger),
            (self.charger_depot, self.charger, self.depot_if, self.depot),
            (self.ev_cell, self.ev, self.cell_if, self.cellular),
        ):
            _ip("-n", ns_a, "link", "add", a, "type", "veth", "peer", "name", b, "netns", ns_b)
        # no DAD where addresses are fixed; the EV's PLC link keeps the kernel's defaults
        for ns, ifs in (
            (self.charger, (self.charger_plc, self.charger_depot)),
            (self.depot, (self.depot_if,)),
            (self.cellular, (self.cell_if,)),
            (self.ev, (self.ev_cell,)),
        ):
            for i in ifs:
                _sysctl(ns, f"net.ipv6.conf.{i}.accept_dad", "0")
        _sysctl(self.ev, f"net.ipv6.conf.{self.ev_cell}.accept_ra", "0")
        _sysctl(self.ev, f"net.ipv6.conf.{self.ev_plc}.accept_ra", "1")
        _sysctl(self.ev, f"net.ipv6.conf.{self.ev_plc}.autoconf", "1")
        _ip("-n", self.charger, "-6", "addr", "add", f"{CHARGER_LL}/64", "dev", self.charger_plc)
        _ip("-n", self.charger, "-6", "addr", "add", f"{CHARGER_PLC}/64", "dev", self.charger_plc)
        _ip(
            "-n",
            self.charger,
            "-6",
            "addr",
            "add",
            f"{CHARGER_DEPOT}/64",
            "dev",
            self.charger_depot,
        )
        _ip("-n", self.depot, "-6", "addr", "add", f"{BACKEND}/64", "dev", self.depot_if)
        _ip("-n", self.depot, "-6", "addr", "add", f"{DNS}/64", "dev", self.depot_if)
        _ip("-n", self.cellular, "-6", "addr", "add", f"{CELL_GW}/64", "dev", self.cell_if)
        _ip("-n", self.ev, "-6", "addr", "add", f"{CELL_EV}/64", "dev", self.ev_cell)
        for ns, i in (
            (self.ev, self.ev_plc), (self.ev, self.ev_cell), (self.charger, self.charger_plc),
            (self.charger, self.charger_depot), (self.depot, self.depot_if),
            (self.cellular, self.cell_if),
        ):  # fmt: skip
            _ip("-n", ns, "link", "set", i, "up")
        _ip("-n", self.depot, "-6", "route", "add", "default", "via", CHARGER_DEPOT)
        # the cellular uplink holds the preferred default route (the RA's gets metric 1024)
        _ip("-n", self.ev, "-6", "route", "add", "default", "via", CELL_GW, "dev", self.ev_cell,
            "metric", "100")  # fmt: skip

    def destroy(self) -> None:
        for ns in (self.ev, self.charger, self.depot, self.cellular):
            subprocess.run(["ip", "netns", "del", ns], capture_output=True, timeout=20)

    def routing(self, on: bool) -> None:
        """The charger's IPv6 forwarding to the depot (off: its uplink is down)."""
        _sysctl(self.charger, "net.ipv6.conf.all.forwarding", "1" if on else "0")

    def ev_addresses(self) -> list[dict[str, Any]]:
        out = subprocess.run(
            ["ip", "-n", self.ev, "-j", "-6", "addr", "show", "dev", self.ev_plc, "scope", "global"],
            check=True, capture_output=True, text=True, timeout=20,
        ).stdout  # fmt: skip
        infos = json.loads(out)
        return [a for i in infos for a in i.get("addr_info", [])]

    # --- processes ---------------------------------------------------------------------------
    async def spawn(self, name: str, netns: str, *argv: str) -> asyncio.subprocess.Process:
        log_file = (self.dir / f"{name}.log").open("wb")
        proc = await asyncio.create_subprocess_exec(
            "ip", "netns", "exec", netns, sys.executable, *argv,
            stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE, stderr=log_file,
            cwd=str(Path(__file__).resolve().parents[2]),
        )  # fmt: skip
        log_file.close()
        self.procs[name] = proc
        return proc

    async def start_support(self) -> None:
        """Recorder (cellular), backend + DNS (depot), SECC + router (charger): all ready."""
        lab = "evcc_agent.sim.depot_lab"
        rec = await self.spawn("cellular", self.cellular, "-m", lab, "record", self.cell_if)
        dep = await self.spawn("depot", self.depot, "-m", lab, "depot", str(self.dir))
        chg = await self.spawn(
            "charger", self.charger, "-m", "evcc_agent.sim.secc",
            "--interface", self.charger_plc, "--advertise", CHARGER_LL,
            "--tls-dir", str(self.dir / "v2g"),
            "--router-prefix", PLC_PREFIX, "--router-dns", DNS,
        )  # fmt: skip
        for proc, marker in ((rec, b'"recording"'), (dep, b'"ready"'), (chg, b"SECC simulator on")):
            await _wait_line(proc, marker)

    def ev_config(self, **v2icp: Any) -> Path:
        """The agent's TOML: SDP on the PLC link, V2ICP to the backend's *name* (no interface
        key: the ISO 15118 interface; DNS from the charger's RA)."""
        v2g = self.dir / "v2g"
        pw = self.dir / "v2icp-password"
        pw.write_text(PASSWORD)
        pw.chmod(0o600)
        keys: dict[str, Any] = {
            "url": f"https://{BACKEND_NAME}",
            "vin": VIN,
            "root_ca": str(self.dir / "backend" / "v2icp_root.pem"),
            "password_file": str(pw),
            "cycle_s": 1.0,
            "response_timeout_s": 2.0,
            "attempts": 2,
            "reconnect_schedule_s": [3.0],
            "reconnect_every_s": 3.0,
            "ready_timeout_s": 15.0,
            "path_poll_s": 0.1,
            **v2icp,
        }

        def toml(v: Any) -> str:
            return json.dumps(v) if not isinstance(v, bool) else str(v).lower()

        lines = [
            "[agent]", "slac = false", "",
            "[vehicle]", 'interface = "virtual"', f'channel = "lab-{self.tag}"', "",
            "[iso15118]", f'interface = "{self.ev_plc}"', 'tls_group = "default"',
            f'tls_roots = ["{v2g}/v2g_root.pem"]', f'tls_cert = "{v2g}/oem_chain.pem"',
            f'tls_key = "{v2g}/oem_key.pem"', "", "[v2icp]",
        ]  # fmt: skip
        lines += [f"{k} = {toml(v)}" for k, v in keys.items()]
        path = self.dir / "ev.toml"
        path.write_text("\n".join(lines) + "\n")
        return path

    async def start_ev(
        self, config: Path, plug_in_after_s: float = 0.0
    ) -> asyncio.subprocess.Process:
        """The agent; its first charging session waits ``plug_in_after_s`` (a warm agent)."""
        lab = "evcc_agent.sim.depot_lab"
        return await self.spawn("ev", self.ev, "-m", lab, "ev", str(config), str(plug_in_after_s))

    async def finish(self, name: str, timeout: float = 30.0) -> dict[str, Any]:
        """Close ``name``'s stdin and return its last JSON line."""
        proc = self.procs.pop(name)
        assert proc.stdin is not None and proc.stdout is not None
        proc.stdin.close()
        last: dict[str, Any] = {}
        try:
            async with asyncio.timeout(timeout):
                async for line in proc.stdout:
                    with contextlib.suppress(ValueError):
                        last = json.loads(line)
                await proc.wait()
        except TimeoutError:
            proc.kill()
            await proc.wait()
        return last

    async def kill_all(self) -> None:
        for proc in self.procs.values():
            if proc.returncode is None:
                proc.kill()
                await proc.wait()
        self.procs.clear()


async def _wait_line(proc: asyncio.subprocess.Process, marker: bytes, timeout: float = 60) -> None:
    assert proc.stdout is not None
    async with asyncio.timeout(timeout):
        while True:
            line = await proc.stdout.readline()
            if not line:
                raise RuntimeError(f"process ended before {marker!r}")
            if marker in line:
                return


@contextlib.asynccontextmanager
async def depot_lab(directory: Path) -> AsyncIterator[Lab]:
    """The four namespaces with their links and support processes; removed on exit."""
    lab = Lab.named(directory)
    try:
        lab.build()
        await lab.start_support()
        yield lab
    finally:
        await lab.kill_all()
        lab.destroy()


class EventStream:
    """The JSON events of a lab process's stdout, awaitable."""

    def __init__(self, proc: asyncio.subprocess.Process) -> None:
        self.proc = proc
        self.events: list[dict[str, Any]] = []

    async def wait(self, pred: Any, timeout: float = 60.0) -> dict[str, Any]:
        assert self.proc.stdout is not None
        for e in self.events:
            if pred(e) and not e.get("_seen"):
                e["_seen"] = True
                return e
        async with asyncio.timeout(timeout):
            while True:
                line = await self.proc.stdout.readline()
                if not line:
                    raise RuntimeError("the agent ended")
                with contextlib.suppress(ValueError):
                    e = json.loads(line)
                    self.events.append(e)
                    if pred(e):
                        e["_seen"] = True
                        return e


# --- frames on the cellular link -------------------------------------------------------------
def is_link_control(frame: bytes) -> bool:
    """Neighbour discovery / MLD on the link itself: what any IPv6 interface sends when it
    comes up. Everything else arriving on the cellular link would be a leak."""
    from scapy.layers.inet6 import IPv6
    from scapy.layers.l2 import Ether

    pkt = Ether(frame)
    ip = pkt.getlayer(IPv6)
    if ip is None:
        return False
    nh, data = ip.nh, bytes(ip.payload)
    if nh == 0 and len(data) >= 8:  # hop-by-hop options (MLD carries router alert)
        nh, data = data[0], data[(data[1] + 1) * 8 :]
    if nh != 58 or not data:
        return False
    if data[0] in (133, 134, 135, 136, 137):  # ND: hop limit 255 means it never left the link
        return bool(ip.hlim == 255)
    return data[0] in (130, 131, 132, 143) and ip.dst.lower().startswith("ff02:")  # MLD


def is_orphan_reset(pkt: Any) -> bool:
    """A bare TCP reset (RST, no payload): what the kernel sends for a socket that is gone."""
    from scapy.layers.inet import TCP

    tcp = pkt.getlayer(TCP)
    return tcp is not None and bool(int(tcp.flags) & 0x04) and not bytes(tcp.payload)


async def _record(interface: str) -> None:
    """Every frame on ``interface`` until stdin closes; then the tally as the last line."""
    sock = socket.socket(socket.AF_PACKET, socket.SOCK_RAW, socket.htons(0x0003))
    sock.bind((interface, 0))
    sock.setblocking(False)
    frames: list[bytes] = []
    loop = asyncio.get_running_loop()

    async def capture() -> None:
        while True:
            frames.append(await loop.sock_recv(sock, 65536))

    task = asyncio.create_task(capture())
    print(json.dumps({"event": "recording"}), flush=True)
    await _stdin_closed()
    task.cancel()
    from scapy.layers.l2 import Ether

    leaked = [Ether(f) for f in frames if not is_link_control(f)]
    leaks = [pkt.summary() for pkt in leaked]
    print(
        json.dumps(
            {
                "event": "recorded",
                "frames": len(frames),
                "link_control": len(frames) - len(leaks),
                "leaks": len(leaks),
                "leaked": leaks[:20],
                # the kernel's answers to segments for a socket already closed (no socket, so
                # no interface binding): kept on the PLC link by the source rule, see
                # docs/v2icp.md "Source rule"; counted apart to name them if one leaks
                "orphan_resets": sum(1 for pkt in leaked if is_orphan_reset(pkt)),
            }
        ),
        flush=True,
    )


async def _stdin_closed() -> None:
    await asyncio.to_thread(sys.stdin.buffer.read)


# --- the depot: backend + DNS ----------------------------------------------------------------
async def _depot(directory: Path) -> None:
    from evcc_agent.sim.backend import SimBackend, default_scenario
    from evcc_agent.sim.backend_pki import BackendCa
    from evcc_agent.sim.dns import DnsServer

    ca = BackendCa.create(directory / "backend")
    cert, key = ca.issue_server(hosts=(BACKEND_NAME,))
    backend = SimBackend(default_scenario(VIN, PASSWORD))
    await backend.start(cert, key, host=BACKEND, port=443)
    dns = DnsServer({BACKEND_NAME: BACKEND})
    await dns.start(DNS, 53)
    print(json.dumps({"event": "ready"}), flush=True)
    await _stdin_closed()
    st = backend.vehicles.get(VIN)
    print(
        json.dumps(
            {
                "event": "depot",
                "history": list(st.history) if st else [],
                "peers": list(st.peers) if st else [],
                "known": st.known if st else {},
                "dns_queries": dns.queries,
            }
        ),
        flush=True,
    )
    dns.stop()
    await backend.stop()


# --- the EV: the agent plus the simulated vehicle on the virtual bus --------------------------
async def _ev(config: Path, plug_in_after_s: float) -> None:
    import can

    from evcc_agent.agent import Agent
    from evcc_agent.clock import MonotonicClock, ScaledClock
    from evcc_agent.config import load_checked_config
    from evcc_agent.sim.vehicle import VehicleSimulator
    from evcc_agent.vehicle.bus import bus_kwargs

    logging.basicConfig(
        level=logging.INFO, stream=sys.stderr, format="%(relativeCreated)7.0f %(name)s %(message)s"
    )
    logging.getLogger("evcc_agent.v2icp.path_driver").setLevel(logging.DEBUG)
    cfg = load_checked_config(config)
    clock = MonotonicClock()

    sim: VehicleSimulator | None = None

    def emit(event: dict[str, Any]) -> None:
        if (
            sim is not None
            and event.get("event") == "dtc"
            and event.get("name") == "V2ICP_UNREACHABLE"
            and event.get("active")
        ):
            # the outage begins: the pack's state moves on purpose (whatever the load on the
            # machine), so the messages that fail during the outage carry a changed value
            sim.soc = sim.soc + 2.0 if sim.soc <= 98.0 else sim.soc - 2.0
        print(json.dumps(event, default=str), flush=True)

    agent = Agent(cfg, clock=clock, emit=emit, environ={})
    plugged = agent.charging_gate = asyncio.Event()
    asyncio.get_running_loop().call_later(plug_in_after_s, plugged.set)
    physics = ScaledClock(20.0)  # the battery charges visibly within seconds
    sim = VehicleSimulator(agent.link.vdb, None, start=physics.now())
    sim_bus = can.Bus(**bus_kwargs(cfg.vehicle))
    vehicle = asyncio.create_task(sim.run(sim_bus.send, physics, MonotonicClock()))
    run = asyncio.create_task(agent.run())

    async def stop_on_eof() -> None:
        await _stdin_closed()
        agent.request_stop("lab over")

    stopper = asyncio.create_task(stop_on_eof())
    try:
        await run
    finally:
        stopper.cancel()
        vehicle.cancel()
        with contextlib.suppress(asyncio.CancelledError, Exception):
            await vehicle
        sim_bus.shutdown()
    emit(_final_report(agent))


def _final_report(agent: Any) -> dict[str, Any]:
    """What the EV's process tells the test at the end: acknowledged set, path, DTCs."""
    session = agent.v2icp.session
    path = agent.v2icp_path
    return {
        "event": "final",
        "acked": session.acked if session else {},
        "path": path.status() if path else {},
        "path_wait_s": (
            path.forwarded_at - path.up_at
            if path and path.forwarded_at is not None and path.up_at is not None
            else None
        ),
        "dtcs": agent.dtc.snapshot(),
        "wall": time.time(),
    }


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    role, arg, rest = args[0], args[1], args[2:]
    if role == "record":
        asyncio.run(_record(arg))
    elif role == "depot":
        asyncio.run(_depot(Path(arg)))
    elif role == "ev":
        asyncio.run(_ev(Path(arg), float(rest[0]) if rest else 0.0))
    else:
        raise SystemExit(f"unknown role {role!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
