"""``evcc-agent demo``: the whole chain on one machine, no root, no kernel CAN.

The real ``Agent`` runs against three simulators:

* the vehicle (``sim/vehicle.py``) on python-can's virtual bus: BMS, VCU and HVAC frames from
  our DBC files; the battery charges with the power the SECC simulator delivers, stops at the
  agent's target SoC, and the cabin preconditions when the agent asks for it over CAN;
* the SECC (``sim/secc/``) on loopback TCP + TLS 1.3 with mutual authentication (a test PKI
  generated into a temporary folder at start), offering the Internet VAS (HTTPS/443);
* the V2ICP backend (``sim/backend.py``) over HTTPS with its own PKI, whose scenario asks for
  preconditioning and a target SoC (``--backend-url``/``--backend-ca``: an external one; its
  VIN comes from ``[v2icp] vin`` of ``--config``, its password from
  ``--backend-password-file``, else ``[v2icp] password_file`` or the systemd credential).
* the sim backend is the reference CMS: its VDV 463 endpoint (``sim/vdv463/``, wss with the
  backend's PKI, announced as ``vdv463_listening``) takes the depot's charging plan; a built-in
  upstream client (``sim/depot.py``) sends the plan (``--depot-plan`` or the built-in one) and
  the plan becomes the bus's V2ICP directives.

No PLC modem here, so SLAC is skipped (the agent connects to the SECC's address directly).
Scenario: the bus is parked on CAN, plugs in after ``PLUG_IN_AFTER_S`` simulated seconds, the
session runs to the charge loop, the Internet service comes up, V2ICP exchanges parameters and
the backend's directives go to CAN (preconditioning, target SoC, departure); when the departure
time the backend gave (``driveoff``) has come, or at ``--duration``/Ctrl-C, the bus drives
off: PowerDelivery(Stop) … SessionStop. ``--time-scale`` speeds up the battery and the V2ICP
timers; the ISO 15118 session and the CAN cycles stay in real time.

Exit codes (``exit_codes``): 0 when the summary is OK (or stdout was closed early, as by
``| head``), 1 when it is NOT OK, 2 for a wrong option or configuration.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import os
import signal
import ssl
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from pydantic import ValidationError

from evcc_agent.agent import Agent, Emit, configure_logging
from evcc_agent.clock import MonotonicClock, ScaledClock
from evcc_agent.config import (
    AgentConfig,
    ConfigError,
    LoggingConfig,
    load_config,
    validation_errors,
)
from evcc_agent.dtc import DtcRegistry
from evcc_agent.exit_codes import FAILURE, OK, UsageError
from evcc_agent.json_events import dumps
from evcc_agent.v2icp.config import V2icpConfig
from evcc_agent.vehicle.config import PROJECT_ROOT

if TYPE_CHECKING:  # the simulators load when a demo starts, not with the CLI
    import can

    from evcc_agent.sim.backend import Scenario, SimBackend
    from evcc_agent.sim.backend_pki import BackendCa
    from evcc_agent.sim.depot import DepotClient
    from evcc_agent.sim.pki import TestPki
    from evcc_agent.sim.secc import SeccServer, SeccSimConfig
    from evcc_agent.sim.vdv463.cms import ReferenceCms
    from evcc_agent.sim.vehicle import ChargingScenario, VehicleSimulator

log = logging.getLogger(__name__)

DEMO_CONFIG = PROJECT_ROOT / "config" / "agent.toml"
DEMO_VIN = "WVWZZZ1JZXW000001"
DEMO_PASSWORD = "Demo_Pass-261"
DEMO_EVCCID = "00-1A-B2-C3-D4-E5"
#: simulated seconds from start until the cable is plugged in
PLUG_IN_AFTER_S = 2.0
#: a network answer cannot be scaled: the V2ICP answer timeout stays >= this many wall seconds
MIN_WALL_RESPONSE_TIMEOUT_S = 2.0
SETUP_FAILED = "setup failed"
#: the VDV 463 endpoint's defaults (port 0: a free port, announced in ``vdv463_listening``)
DEMO_VDV463_PORT = 0
DEMO_VDV463_USER = "depot"
DEMO_VDV463_PASSWORD = "Demo_Pass-463"
#: wall seconds between the built-in depot client's pings (the CMS's liveness rule scales)
DEMO_VDV463_PING_S = 5.0


@dataclass
class DemoOptions:
    duration: float | None = None  # wall seconds; None: until Ctrl-C
    time_scale: float = 1.0
    backend_url: str | None = None
    backend_ca: Path | None = None
    #: the V2ICP password of ``backend_url`` (None: [v2icp] password_file / the credential)
    backend_password_file: Path | None = None
    #: vehicle, mapping and logging come from here; [v2icp]/[iso15118] endpoints are the sims'
    cfg: AgentConfig = field(default_factory=AgentConfig)
    secc: SeccSimConfig | None = None  # the SECC simulator's (faults, no Internet VAS ...)
    scenario: Scenario | None = None  # the sim backend's
    plug_in_after_s: float = PLUG_IN_AFTER_S
    vehicle_scenario: ChargingScenario | None = None
    #: the bus leaves when the backend's ``driveoff`` time has come (``departed`` is set)
    drive_off_at_departure: bool = True
    #: the charger's transport: "1.3" (-20: mutual authentication), "1.2" (-2: server
    #: authentication), "off" (plain TCP: DIN 70121); the protocols are ``secc.protocols``
    secc_tls: Literal["1.3", "1.2", "off"] = "1.3"
    #: the reference CMS's VDV 463 endpoint and the plan its built-in depot client sends
    vdv463_port: int = DEMO_VDV463_PORT
    vdv463_user: str = DEMO_VDV463_USER
    vdv463_password: str = DEMO_VDV463_PASSWORD
    #: a plan file (``sim/depot.py`` format); None: the built-in plan, unless ``scenario`` is
    #: given (then its scripted directives stay and no plan is sent)
    depot_plan: Path | None = None


class Demo:
    """The agent plus its simulators; ``async with Demo(opts, emit) as demo`` runs them."""

    def __init__(self, opts: DemoOptions, emit: Emit | None = None) -> None:
        self.opts = opts
        self._emit = emit or (lambda event: None)
        self.clock = ScaledClock(opts.time_scale)
        self.dtc = DtcRegistry()
        self._tmp = tempfile.TemporaryDirectory(prefix="evcc-demo-")
        self.tmp = Path(self._tmp.name)
        self.agent: Agent | None = None
        self.secc: SeccServer | None = None
        self.pki: TestPki | None = None
        self.backend: SimBackend | None = None
        self.backend_cert: tuple[Path, Path] | None = None
        self.backend_port = 0
        self.cms: ReferenceCms | None = None
        self.depot: DepotClient | None = None
        self.cms_cert: tuple[Path, Path] | None = None
        self.simulator: VehicleSimulator | None = None
        self.sim_bus: can.BusABC | None = None
        self._tasks: list[asyncio.Task[Any]] = []
        self._agent_task: asyncio.Task[None] | None = None
        self.plugged = asyncio.Event()
        #: the backend's departure time has come (``DemoOptions.drive_off_at_departure``)
        self.departed = asyncio.Event()
        self.started_wall = 0.0
        self._stopped = False
        #: the agent has ended: its ``stopped`` event stays the stream's last
        self._agent_ended = False
        #: why the run ended (``stop``'s reason)
        self.ended = ""

    def emit(self, event: dict[str, Any]) -> None:
        if "t" not in event:
            event = {"t": round(self.clock.now(), 3), **event}
        if event.get("event") == "stopped":
            self._agent_ended = True
        self._emit(event)

    # --- set-up ---------------------------------------------------------------------------
    async def _start_secc(self) -> str:
        from evcc_agent.iso15118 import tls
        from evcc_agent.sim.pki import generate
        from evcc_agent.sim.secc import SeccServer, SeccSimConfig

        pki = generate(self.tmp / "v2g")
        self.pki = pki
        ctx: ssl.SSLContext | None = None
        if self.opts.secc_tls == "1.2":
            ctx = tls.server_context(pki.secc_chain, pki.secc_key, tls12=True)
        elif self.opts.secc_tls == "1.3":
            ctx = tls.server_context(pki.secc_chain, pki.secc_key, [pki.oem_root])
        secc = SeccServer(self.opts.secc or SeccSimConfig(), ssl_context=ctx, host="127.0.0.1")
        self.secc = secc
        await secc.start()
        return f"127.0.0.1:{secc.port}"

    async def _start_backend(self) -> dict[str, Any]:
        """The [v2icp] keys for the sim backend, or for ``--backend-url``."""
        if self.opts.backend_url is not None:
            if self.opts.backend_ca is None:
                raise ValueError("--backend-url needs --backend-ca (the backend's root CA, PEM)")
            # the url's path, if any, is the endpoint path: V2icpConfig's one rule for a URL
            keys: dict[str, Any] = {
                "url": self.opts.backend_url,
                "root_ca": str(self.opts.backend_ca),
            }
            if self.opts.backend_password_file is not None:
                keys["password_file"] = str(self.opts.backend_password_file)
            self.emit({"event": "backend", "url": self.opts.backend_url, "kind": "external"})
            return keys
        from evcc_agent.sim.backend import Scenario, SimBackend, VehicleScenario
        from evcc_agent.sim.backend_pki import BackendCa

        def plan_scenario(vin: str, password: str) -> Scenario:
            """The bus may log in; its directives come from the depot's plan (VDV 463)."""
            return Scenario(vehicles={vin: VehicleScenario(password=password)})

        ca = BackendCa.create(self.tmp / "backend")
        backend = SimBackend(self.opts.scenario or plan_scenario(DEMO_VIN, DEMO_PASSWORD))
        self.backend = backend
        self.backend_cert = ca.issue_server()
        url = await backend.start(*self.backend_cert)
        self.backend_port = int(url.rsplit(":", 1)[1])
        pw = self.tmp / "v2icp-password"
        pw.write_text(DEMO_PASSWORD)
        pw.chmod(0o600)
        self.emit({"event": "backend", "url": url + backend.path, "kind": "sim"})
        await self._start_cms(ca, backend)
        return {"url": url, "root_ca": str(ca.cert_file), "password_file": str(pw)}

    # --- the reference CMS's VDV 463 side -------------------------------------------------
    async def _start_cms(self, ca: BackendCa, backend: SimBackend) -> None:
        """The VDV 463 endpoint next to the sim backend, and the depot client sending a plan."""
        from evcc_agent.sim.depot import DepotClient, DepotPlan, default_plan
        from evcc_agent.sim.vdv463.cms import ReferenceCms
        from evcc_agent.sim.vdv463.session import CmsConfig

        scale = self.opts.time_scale
        floor = MIN_WALL_RESPONSE_TIMEOUT_S * scale
        config = CmsConfig(
            response_timeout_s=max(10.0, floor),
            ping_interval_s=max(30.0, 2 * DEMO_VDV463_PING_S * scale),
            ping_grace_s=max(10.0, DEMO_VDV463_PING_S * scale),
        )
        users = {self.opts.vdv463_user: self.opts.vdv463_password}
        self.cms = ReferenceCms(
            backend,
            users=users,
            config=config,
            clock=self.clock,
            charger=self._charger_reading,
            on_frame=self._vdv463_frame,
        )
        cert, key = self.cms_cert = ca.issue_server("cms", vdv463=True)
        url = await self.cms.start(cert, key, port=self.opts.vdv463_port)
        self.emit({"event": "vdv463_listening", "url": url, "ca_file": str(ca.cert_file)})
        if self.opts.depot_plan is not None:
            plan = DepotPlan.load(self.opts.depot_plan)
        elif self.opts.scenario is None:
            plan = default_plan(DEMO_VIN)
        else:
            return
        self.depot = DepotClient(
            url,
            ca.cert_file,
            self.opts.vdv463_user,
            self.opts.vdv463_password,
            plan=plan,
            ping_interval_s=DEMO_VDV463_PING_S,
            response_timeout_s=config.response_timeout_s,  # on the same (scaled) clock
            reconnect_interval_s=10.0,
            clock=self.clock,
        )
        self._tasks.append(asyncio.create_task(self.depot.run(), name="sim-depot"))

    def _vdv463_frame(self, direction: str, text: str) -> None:
        """One compact event per frame at the CMS (type, action, messageId); none once the
        agent has ended (the depot and CMS are shutting down behind its ``stopped``)."""
        if self._agent_ended:
            return
        try:
            frame = json.loads(text)
            mtype, action, mid = frame[0], frame[5], frame[4]
        except (ValueError, IndexError, KeyError, TypeError):
            mtype, action, mid = None, None, None
        self.emit(
            {"event": "vdv463", "direction": direction, "type": mtype, "action": action, "id": mid}
        )

    def _charger_reading(self) -> Any:
        """What the charging point reports to the CMS: the SECC simulator's present values."""
        from evcc_agent.sim.vdv463.bridge import ChargerReading

        if self.agent is None or self.agent.session_state != "running" or self.secc is None:
            return None
        responders = self.secc.responders
        if not responders:
            return None
        r = responders[-1]
        evcc_id = next(
            (str(m["SessionSetupReq"].get("EVCCID")) for m in r.received if "SessionSetupReq" in m),
            None,
        )
        if evcc_id is None:
            return None
        soc = _reported_soc(r.received[-20:])
        return ChargerReading(r.session_id, evcc_id, r.present_voltage, r.present_current, soc)

    def _agent_config(self, secc_address: str, v2icp_keys: dict[str, Any]) -> AgentConfig:
        base = self.opts.cfg
        v2 = base.v2icp.model_dump(exclude_unset=True, mode="json")
        # loopback, no charger network: V2ICP is not bound to an interface
        v2 = {"vin": DEMO_VIN, "evccid": DEMO_EVCCID, "interface": "any", **v2, **v2icp_keys}
        floor = MIN_WALL_RESPONSE_TIMEOUT_S * self.opts.time_scale
        if base.v2icp.response_timeout_s < floor:
            v2["response_timeout_s"] = floor
        iso = base.iso15118.model_dump(exclude_unset=True, mode="json")
        pki = self.pki
        assert pki is not None  # made by _start_secc
        iso.update(
            secc_address=secc_address,
            tls="off" if self.opts.secc_tls == "off" else "required",
            tls_roots=[str(pki.v2g_root)],
            tls_cert=str(pki.oem_chain),
            tls_key=str(pki.oem_key),
            tls_group="default",
            evcc_id=iso.get("evcc_id") or "001AB2C3D4E5",
        )
        agent = {**base.agent.model_dump(), "slac": False}
        update: dict[str, Any] = {}
        for name, data in (("v2icp", v2), ("iso15118", iso), ("agent", agent)):
            try:
                update[name] = type(getattr(base, name)).model_validate(data)
            except ValidationError as exc:  # --config + the demo's own keys do not fit
                raise ConfigError(
                    "the demo's configuration", validation_errors(exc, name)
                ) from None
        return base.model_copy(update=update)

    async def start(self) -> None:
        import can

        from evcc_agent.sim.vehicle import VehicleSimulator
        from evcc_agent.vehicle.bus import bus_kwargs

        self.started_wall = time.monotonic()
        secc_address = await self._start_secc()
        v2icp_keys = await self._start_backend()
        cfg = self._agent_config(secc_address, v2icp_keys)
        self.cfg = cfg
        external = self.opts.backend_url is not None  # its password may come from systemd
        self.agent = Agent(
            cfg, clock=self.clock, dtc=self.dtc, emit=self.emit, environ=None if external else {}
        )
        self.agent.charging_gate = self.plugged
        sim = VehicleSimulator(
            self.agent.link.vdb, self.opts.vehicle_scenario, start=self.clock.now()
        )
        sim.supply_kw = 0.0  # parked, not plugged in
        self.simulator = sim
        bus = self.sim_bus = can.Bus(**bus_kwargs(cfg.vehicle))
        self._tasks += [
            asyncio.create_task(
                sim.run(bus.send, self.clock, MonotonicClock()), name="sim-vehicle"
            ),
            asyncio.create_task(self._sim_listen(sim, bus), name="sim-vehicle-rx"),
            asyncio.create_task(self._couple(sim), name="sim-charger-coupling"),
            asyncio.create_task(self._plug_in(), name="sim-plug-in"),
        ]
        if self.opts.drive_off_at_departure:
            self._tasks.append(asyncio.create_task(self._departure(), name="sim-departure"))
        self._agent_task = asyncio.create_task(self.agent.run(), name="agent")
        self.emit({"event": "demo_start", "time_scale": self.opts.time_scale, "slac": "skipped"})

    async def _sim_listen(self, sim: VehicleSimulator, bus: can.BusABC) -> None:
        """The agent's frames go to the simulated vehicle (target SoC, preconditioning)."""
        loop = asyncio.get_running_loop()
        while True:
            msg = await loop.run_in_executor(None, bus.recv, 0.1)
            if msg is not None:
                sim.on_frame(msg)

    async def _couple(self, sim: VehicleSimulator) -> None:
        """The battery gets the power the SECC simulator delivers while a session runs."""
        while True:
            kw = 0.0
            if self.agent is not None and self.agent.session_state == "running":
                responders = self.secc.responders if self.secc is not None else []
                if responders:
                    r = responders[-1]
                    kw = r.present_voltage * r.present_current / 1000.0
            sim.supply_kw = kw
            await asyncio.sleep(0.05)

    async def _plug_in(self) -> None:
        """The bus is on CAN first (every mapped signal received), then the cable goes in."""
        agent = self.agent
        assert agent is not None
        await agent.link.bus.opened.wait()
        deadline = time.monotonic() + 3.0
        while agent.mapper.missing_signals(agent.link.now()) and time.monotonic() < deadline:
            await asyncio.sleep(0.05)
        await self.clock.sleep(self.opts.plug_in_after_s)
        self.emit({"event": "plug_in"})
        self.plugged.set()

    async def _departure(self) -> None:
        """Watch the departure time the agent took from the backend's ``driveoff``."""
        agent = self.agent
        assert agent is not None
        while True:
            due = agent.ev.departure_at
            if due is not None and self.clock.now() >= due and agent.session_state == "running":
                self.emit({"event": "departure", "directives": dict(agent.directives.current)})
                self.departed.set()
                return
            await self.clock.sleep(1.0)

    async def stop(self, reason: str = "the demo was stopped") -> None:
        """Drive off: the session ends in order, then everything else stops.

        ``reason`` says why, in words (``departure time reached``, ``--duration 5 s
        elapsed``, ``interrupted``); it is the ``drive_off`` event's and the summary's."""
        if self._stopped:
            return
        self._stopped = True
        self.ended = reason
        if self.agent is not None and self._agent_task is not None:
            kind = "stop" if reason == SETUP_FAILED else "drive_off"
            self.emit({"event": kind, "reason": reason})
            self.agent.request_stop(reason)
            try:
                await asyncio.wait_for(asyncio.shield(self._agent_task), 20.0)
            except TimeoutError:
                self._agent_task.cancel()
        for t in self._tasks:
            t.cancel()
        for t in self._tasks:
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await t
        if self.sim_bus is not None:
            self.sim_bus.shutdown()
        if self.cms is not None:
            await self.cms.stop()
        if self.backend is not None:
            await self.backend.stop()
        if self.secc is not None:
            await self.secc.stop()
        self._tmp.cleanup()

    async def __aenter__(self) -> Demo:
        try:
            await self.start()
        except BaseException:
            await self.stop(SETUP_FAILED)
            raise
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    # --- results --------------------------------------------------------------------------
    def summary(self) -> dict[str, Any]:
        agent = self.agent
        assert agent is not None
        st = agent.status()
        sessions = [
            {"ok": r.ok, "reason": r.reason, "protocol": r.protocol, "messages": r.messages}
            for r in agent.sessions
        ]
        backend_msgs = 0
        if self.backend is not None and DEMO_VIN in self.backend.vehicles:
            backend_msgs = self.backend.vehicles[DEMO_VIN].messages
        ok = any(s["ok"] for s in sessions) and (
            st["v2icp_acknowledged"] > 0 or self.dtc.is_active("V2G_VAS_NOT_OFFERED")
        )
        return {
            "t": round(self.clock.now(), 3),
            "event": "summary",
            "ok": ok,
            "ended": self.ended,
            "sim_time_s": round(self.clock.now(), 1),
            "wall_time_s": round(time.monotonic() - self.started_wall, 1),
            "sessions": sessions,
            "soc": None if st["soc"] is None else round(st["soc"], 2),
            "v2icp_acknowledged": st["v2icp_acknowledged"],
            "backend_messages": backend_msgs,
            "directives": st["directives"],
            "dtcs_active": st["dtcs"],
            "dtcs_seen": sorted(self.dtc.states),
        }


def _reported_soc(received: list[dict[str, Any]]) -> float | None:
    """The EV's SoC as the charger last saw it (-20 DisplayParameters, -2/DIN DC_EVStatus)."""
    for msg in reversed(received):
        for body in msg.values():
            if not isinstance(body, dict):
                continue
            display = body.get("DisplayParameters") or {}
            status = body.get("DC_EVStatus") or {}
            soc = display.get("PresentSOC", status.get("EVRESSSOC"))
            if isinstance(soc, int | float):
                return float(soc)
    return None


# --- output ---------------------------------------------------------------------------------
def _plain(event: dict[str, Any]) -> str | None:
    kind = event.get("event")
    t = f"[{event.get('t', 0):9.1f}s]"
    if kind == "v2g":
        arrow = ">>" if event["direction"] == "tx" else "<<"
        return f"{t} V2G {arrow} {event['message']}"
    if kind == "v2icp_request":
        params = json.dumps(event["parameters"], separators=(",", ":"))
        return f"{t} V2ICP -> seq {event['seq']} (attempt {event['attempt']}) {params}"
    if kind == "v2icp_answer":
        return f"{t} V2ICP <- seq {event['seq']} {event.get('status', event.get('error'))}"
    if kind == "drive_off":
        return f"{t} drive off: {event['reason']}"
    rest = {k: v for k, v in event.items() if k not in ("t", "event")}
    return f"{t} {kind} {json.dumps(rest, separators=(',', ':')) if rest else ''}".rstrip()


class Output:
    """stdout, line by line; when the reader goes away (``| head``) it stops writing and
    calls ``on_closed`` (the demo then ends in order) instead of raising on every event."""

    def __init__(self) -> None:
        self.closed = False
        self.on_closed: Callable[[], None] = lambda: None

    def line(self, text: str) -> None:
        if self.closed:
            return
        try:
            print(text, flush=True)
        except BrokenPipeError:
            self.closed = True
            with contextlib.suppress(OSError):  # what is still buffered goes nowhere
                os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            self.on_closed()


class JsonPrinter:
    """``--json``: every event, one JSON object per line (``json_events``' schema)."""

    def __init__(self, out: Output) -> None:
        self.out = out

    def __call__(self, event: dict[str, Any]) -> None:
        self.out.line(dumps(event))


class PlainPrinter:
    """One line per event; charge-loop messages only every ``loop_every``-th (10 per second)."""

    def __init__(self, out: Callable[[str], None], loop_every: int = 50) -> None:
        self.out = out
        self.loop_every = loop_every
        self._loops = 0

    def __call__(self, event: dict[str, Any]) -> None:
        if event.get("event") == "summary":
            return  # printed as text at the end
        if event.get("event") == "v2g" and "ChargeLoop" in event.get("message", ""):
            self._loops += 1
            if self._loops % self.loop_every != 1:
                return
        line = _plain(event)
        if line:
            self.out(line)


#: lines of the events and the log panel (fixed, so the view never changes height)
EVENT_LINES = 8
LOG_LINES = 6


class ViewLogHandler(logging.Handler):
    """Log records go into the live view's log panel, never onto the terminal under it."""

    def __init__(self, view: LiveView) -> None:
        super().__init__()
        self.view = view
        self.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))

    def emit(self, record: logging.LogRecord) -> None:
        try:
            self.view.log(self.format(record))
        except Exception:  # a formatting bug must not reach the terminal either
            self.handleError(record)


class LiveView:
    """The rich terminal view: session, SoC, V2ICP, parameters, directives, DTCs, events, log."""

    def __init__(self) -> None:
        from collections import deque

        self.last_params: dict[str, Any] = {}
        self.last_seq: int | None = None
        self.events: deque[str] = deque(maxlen=EVENT_LINES)
        self.logs: deque[str] = deque(maxlen=LOG_LINES)
        self.log_count = 0
        self.demo: Demo | None = None

    def __call__(self, event: dict[str, Any]) -> None:
        kind = event.get("event")
        if kind == "v2icp_request":
            if event["seq"] == 0:
                self.last_params = {}
            self.last_params.update(event["parameters"])
            self.last_seq = event["seq"]
        if kind == "summary" or (kind == "v2g" and "ChargeLoop" in event.get("message", "")):
            return
        line = _plain(event)
        if line:
            self.events.append(line)

    def log(self, line: str) -> None:
        self.log_count += 1
        self.logs.append(line)

    @staticmethod
    def _lines(lines: Any, n: int) -> str:
        """Exactly ``n`` lines (padded), each cut to one screen line by the panel."""
        items = [*lines][-n:] or ["-"]
        return "\n".join(items + [""] * (n - len(items)))

    def render(self) -> Any:
        from rich.console import Group
        from rich.panel import Panel
        from rich.table import Table
        from rich.text import Text

        table = Table.grid(padding=(0, 2))
        table.add_column(style="bold cyan", no_wrap=True, min_width=15)
        table.add_column(no_wrap=True, overflow="ellipsis")
        rows: dict[str, str] = dict.fromkeys(
            (
                "sim time",
                "session",
                "internet",
                "SoC",
                "vehicle",
                "V2ICP",
                "parameters sent",
                "directives",
                "DTCs",
            ),
            "-",
        )
        if self.demo is not None and self.demo.agent is not None:
            st = self.demo.agent.status()
            rows["sim time"] = f"{self.demo.clock.now():.0f} s"
            rows["session"] = f"{st['session']}  last {st['v2g_message'] or '-'}"
            rows["internet"] = "up" if st["internet"] else "down"
            rows["SoC"] = "n/a" if st["soc"] is None else f"{st['soc']:.2f} %"
            sim = self.demo.simulator
            if sim is not None:
                rows["vehicle"] = (
                    f"BMS asks {sim.power_kw():.0f} kW, gets {sim.delivered_kw():.0f} kW; "
                    f"cabin {sim.cabin_c:.1f} °C, preconditioning "
                    f"{'on' if sim.preconditioning else 'off'}"
                )
            rows["V2ICP"] = v2icp_line(st)
            rows["parameters sent"] = json.dumps(self.last_params, separators=(",", ":"))
            rows["directives"] = json.dumps(st["directives"], separators=(",", ":"))
            rows["DTCs"] = ", ".join(st["dtcs"]) or "none"
        for label, value in rows.items():
            table.add_row(label, value)
        log_title = f"log ({self.log_count} record{'' if self.log_count == 1 else 's'})"
        return Group(
            Panel(table, title="evcc-agent demo"),
            Panel(Text(self._lines(self.events, EVENT_LINES), no_wrap=True), title="events"),
            Panel(Text(self._lines(self.logs, LOG_LINES), no_wrap=True), title=log_title),
        )


def v2icp_line(st: dict[str, Any]) -> str:
    """The V2ICP state in words: the next sequence number and how many answers came back."""
    if st["v2icp_seq"] is None:
        return f"{st['v2icp_phase']}  (no message sent yet)"
    return (
        f"{st['v2icp_phase']}  next seq {st['v2icp_seq']}, {st['v2icp_acknowledged']} acknowledged"
    )


# --- the command ----------------------------------------------------------------------------
async def run_demo(
    opts: DemoOptions,
    emit: Emit,
    live: LiveView | None = None,
    out: Output | None = None,
) -> dict[str, Any]:
    """Run the scenario for ``opts.duration`` wall seconds (or until SIGINT/SIGTERM, the
    backend's departure time, or ``out`` closed)."""
    stop = asyncio.Event()
    interrupted = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError, RuntimeError):
            loop.add_signal_handler(sig, interrupted.set)
    if out is not None:
        out.on_closed = stop.set
    demo = Demo(opts, emit)
    if live is not None:
        live.demo = demo
    async with demo:
        ends = {
            asyncio.ensure_future(stop.wait()),
            asyncio.ensure_future(interrupted.wait()),
            asyncio.ensure_future(demo.departed.wait()),
        }
        await asyncio.wait(ends, timeout=opts.duration, return_when=asyncio.FIRST_COMPLETED)
        for end in ends:
            end.cancel()
        if demo.departed.is_set():
            reason = "departure time reached"
        elif interrupted.is_set():
            reason = "interrupted"
        elif stop.is_set():
            reason = "output closed"
        else:
            reason = f"--duration {opts.duration:g} s elapsed"
        await demo.stop(reason)
        summary = demo.summary()
    emit(summary)
    return summary


def _load_base_config(path: Path | None) -> AgentConfig:
    """``--config`` (which must exist), else the embedded default (an installed wheel may
    have none: then the built-in defaults)."""
    if path is not None:
        return load_config(path)
    return load_config(DEMO_CONFIG) if DEMO_CONFIG.exists() else AgentConfig()


def _check_backend_url(url: str) -> None:
    """``--backend-url`` under ``[v2icp] url``'s rule (https, an optional path)."""
    try:
        V2icpConfig.model_validate({"url": url})
    except ValidationError as exc:
        raise UsageError(
            "--backend-url: " + "; ".join(m for _, m in validation_errors(exc))
        ) from None


def main(args: Any) -> int:
    """``evcc-agent demo``; ``--bpt``: the V2G night of ``demo_bpt`` instead."""
    configure_logging(LoggingConfig(level="WARNING"), getattr(args, "log_level", None))
    if getattr(args, "bpt", False):
        from evcc_agent import demo_bpt

        return demo_bpt.main(getattr(args, "time_scale", None), bool(args.json))
    return _main_chain(args)


def _main_chain(args: Any) -> int:
    """``evcc-agent demo`` (args: duration, time_scale, backend_url, backend_ca,
    backend_password_file, json, config). A ConfigError/UsageError is the command line's."""
    cfg = _load_base_config(Path(args.config) if getattr(args, "config", None) else None)
    duration = getattr(args, "duration", None)
    time_scale = getattr(args, "time_scale", 1.0)
    if time_scale <= 0 or (duration is not None and duration <= 0):
        raise UsageError("--time-scale and --duration must be positive")
    if not (cfg.vehicle.interface == "virtual" or cfg.vehicle.channel.startswith("vcan")):
        raise UsageError(
            f"refusing to simulate a vehicle on {cfg.vehicle.interface}/"
            f"{cfg.vehicle.channel}; use the virtual interface or a vcan channel"
        )
    backend_url = getattr(args, "backend_url", None)
    password_file = getattr(args, "backend_password_file", None)
    if backend_url:
        if not args.backend_ca:
            raise UsageError("--backend-url needs --backend-ca (the backend's root CA, PEM)")
        _check_backend_url(backend_url)
    elif args.backend_ca or password_file:
        raise UsageError("--backend-ca and --backend-password-file go with --backend-url")
    for option, value in (
        ("--backend-ca", args.backend_ca),
        ("--backend-password-file", password_file),
    ):
        if value and not Path(value).is_file():
            raise UsageError(f"{option}: {value} is not a readable file")
    opts = DemoOptions(
        duration=duration,
        time_scale=time_scale,
        backend_url=backend_url,
        backend_ca=Path(args.backend_ca) if args.backend_ca else None,
        backend_password_file=Path(password_file) if password_file else None,
        cfg=cfg,
    )
    problem = _vdv463_options(opts, args)
    if problem:
        print(problem, file=sys.stderr)
        return 2
    from evcc_agent.vehicle.dbc import DbcError

    out = Output()
    try:
        if args.json:
            summary = asyncio.run(run_demo(opts, JsonPrinter(out), out=out))
        elif sys.stdout.isatty():
            summary = _run_live(opts)
        else:
            summary = asyncio.run(run_demo(opts, PlainPrinter(out.line), out=out))
    except DbcError as exc:
        raise UsageError(f"DBC error: {exc}") from None
    if not args.json:
        out.line(_summary_text(summary))
    if out.closed:
        return OK  # the reader stopped reading: not a failure of the demo
    return OK if summary["ok"] else FAILURE


def _vdv463_options(opts: DemoOptions, args: Any) -> str | None:
    """``--vdv463-*`` and ``--depot-plan`` into ``opts``; a message if they cannot work."""

    def given(name: str, default: Any) -> Any:
        value = getattr(args, name, None)
        return default if value is None else value

    opts.vdv463_port = given("vdv463_port", DEMO_VDV463_PORT)
    opts.vdv463_user = given("vdv463_user", DEMO_VDV463_USER)
    opts.vdv463_password = given("vdv463_password", DEMO_VDV463_PASSWORD)
    plan = getattr(args, "depot_plan", None)
    if not 0 <= opts.vdv463_port <= 65535:
        return "--vdv463-port must be 0..65535"
    if plan is None:
        return None
    if args.backend_url:
        return "--depot-plan needs the demo's own CMS (not with --backend-url)"
    from evcc_agent.sim.depot import DepotPlan, PlanError

    try:
        DepotPlan.load(plan)
    except PlanError as exc:
        return f"--depot-plan: {exc}"
    opts.depot_plan = Path(plan)
    return None


def _summary_text(s: dict[str, Any]) -> str:
    sessions = ", ".join(f"{x['reason']} ({'ok' if x['ok'] else 'failed'})" for x in s["sessions"])
    return (
        f"summary: {'OK' if s['ok'] else 'NOT OK'} ({s['ended']}) | sim {s['sim_time_s']} s, "
        f"wall {s['wall_time_s']} s | sessions: {sessions or 'none'} | SoC {s['soc']} | V2ICP "
        f"acknowledged {s['v2icp_acknowledged']} | directives {s['directives']} | DTCs seen "
        f"{', '.join(s['dtcs_seen']) or 'none'}"
    )


def _run_live(opts: DemoOptions) -> dict[str, Any]:
    """The live view; while it runs, log records go into its log panel (not to stderr)."""
    from rich.live import Live

    view = LiveView()
    root = logging.getLogger()
    saved = list(root.handlers)
    handler = ViewLogHandler(view)

    async def go() -> dict[str, Any]:
        with Live(view.render(), auto_refresh=False, screen=False) as live:

            async def refresh() -> None:
                while True:
                    live.update(view.render(), refresh=True)
                    await asyncio.sleep(0.25)

            task = asyncio.create_task(refresh())
            try:
                return await run_demo(opts, view, view)
            finally:
                task.cancel()
                live.update(view.render(), refresh=True)

    for old in saved:
        root.removeHandler(old)
    root.addHandler(handler)
    logging.captureWarnings(True)  # Python warnings too: into the panel, not under the view
    try:
        return asyncio.run(go())
    finally:
        logging.captureWarnings(False)
        root.removeHandler(handler)
        for old in saved:
            root.addHandler(old)
