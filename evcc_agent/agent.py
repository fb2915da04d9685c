"""The agent: wires the vehicle layer, ISO 15118 and V2ICP into one supervised asyncio process.

No protocol logic lives here. Parts (each restarted with backoff by ``Supervisor`` on a crash):

* ``vehicle``: the CAN bus (receive into the ``SignalStore``, cyclic TX of the agent's frames);
* ``parameters``: pushes the mapped VDV 261 vehicle parameters to V2ICP when they change;
* ``v2icp``: the V2ICP client; it starts on *Internet up* and stops on *Internet down*;
* ``v2icp_path``: holds *Internet up* back until the charger's link is usable, binds V2ICP to it
  (not with ``[v2icp] interface = "any"``);
* ``charging``: SLAC (when configured) → SDP → TCP/TLS → the ISO 15118 session, again after a
  failure; the session reads the charge-loop values from CAN (``CanEvData``);
* ``watchdog`` / ``status``: systemd notifications.

Accepted directives go to CAN (``DirectiveApplier``); ``driveoff`` and ``target_soc`` also
become the session's departure time and target energy (``CanEvData``). SIGTERM: the session
ends in order (PowerDelivery(Stop) … SessionStop), V2ICP closes, CAN TX stops.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import os
import signal
import sys
from collections.abc import Callable, Mapping
from dataclasses import replace
from typing import Any

from evcc_agent.clock import Clock, MonotonicClock
from evcc_agent.config import AgentConfig, LoggingConfig
from evcc_agent.dtc import DtcRegistry, DtcState
from evcc_agent.events import InternetDown, InternetEvent, InternetUp
from evcc_agent.iso15118.ev_data import EvData, FieldsEvData
from evcc_agent.json_events import internet_event, v2g_event
from evcc_agent.supervisor import Supervisor
from evcc_agent.systemd import Notifier, watchdog_interval
from evcc_agent.v2icp.client import V2icpClient, V2icpExchange, V2icpRequest
from evcc_agent.v2icp.mapping import DirectiveApplier, VehicleParameterMapper, publish_parameters
from evcc_agent.v2icp.params import PARAMETERS
from evcc_agent.vehicle.charge_loop import ChargeLoopReader
from evcc_agent.vehicle.link import VehicleLink

log = logging.getLogger(__name__)

#: one agent event as plain data (``{"event": name, ...}``); the demo prints them
Emit = Callable[[dict[str, Any]], None]

DRIVEOFF_SNA = PARAMETERS["driveoff"].sna
TARGET_SOC_SNA = PARAMETERS["target_soc"].sna


# --- the session's view of the vehicle ----------------------------------------------------------
class CanEvData:
    """``EvDataSource`` for the ISO 15118 session: BMS values from CAN plus the backend's wishes.

    Only what the BMS reports: a value that is stale or missing is never defaulted; it is
    listed in ``EvData.missing`` (its number is NaN, which no codec encodes) and the session's
    interlock holds its last reading, asks for 0 A and stops in order (``session/interlock.py``).
    ``driveoff`` (minutes until departure, counted from the arrival of a *new* value: the backend
    mirrors its latest instruction in every answer, so a repeated value is the same departure)
    becomes ``departure_time_s``; ``target_soc`` becomes the target SoC and, with the pack's capacity
    known, the target energy. The session uses them where the protocol has room (-20:
    ScheduleExchange, and every dynamic-mode loop request).
    """

    def __init__(self, reader: ChargeLoopReader, vehicle_now: Callable[[], float], clock: Clock):
        self.reader = reader
        self.vehicle_now = vehicle_now
        self.clock = clock
        self.departure_at: float | None = None
        self._driveoff: int | None = None
        self.target_soc: float | None = None
        self._warned_missing = False
        self._fields: Mapping[str, float | bool] = {}
        self._base = FieldsEvData(self._read)

    def _read(self) -> Mapping[str, float | bool]:
        self._fields = self.reader.si_fields(self.vehicle_now())
        return self._fields

    def on_directives(self, values: Mapping[str, int]) -> None:
        now = self.clock.now()
        if "driveoff" in values and values["driveoff"] != self._driveoff:
            v = self._driveoff = values["driveoff"]
            self.departure_at = None if v == DRIVEOFF_SNA else now + 60.0 * v
        if "target_soc" in values:
            v = values["target_soc"]
            self.target_soc = None if v == TARGET_SOC_SNA else float(v)

    def snapshot(self) -> EvData:
        data = self._base.snapshot()
        fields = self._fields
        if "target_current" not in fields:
            if not self._warned_missing:
                log.warning("BMS target current not available: requesting 0 A")
                self._warned_missing = True
            data = replace(data, target_current=0.0)
        else:
            self._warned_missing = False
        if self.departure_at is not None:
            data = replace(
                data, departure_time_s=int(max(0.0, self.departure_at - self.clock.now()))
            )
        if self.target_soc is not None:
            data = replace(data, target_soc=self.target_soc)
            if data.battery_capacity_wh is not None and "soc" in fields:
                wanted = data.battery_capacity_wh * (self.target_soc - data.soc) / 100.0
                data = replace(data, target_energy_wh=max(0.0, min(wanted, data.max_energy_wh)))
        return data


# --- the V2ICP path through the charger --------------------------------------------------------
def _v2icp_path(cfg: AgentConfig, clock: Clock, dtc: DtcRegistry) -> Any:
    """The path driver binding V2ICP to the charger's interface, or None for ``"any"``."""
    from evcc_agent.v2icp.path_driver import PathDriver, path_interface

    interface = path_interface(cfg.v2icp, cfg.iso15118.interface)
    if interface is None or not cfg.v2icp.enabled:
        return None
    return PathDriver(cfg.v2icp, interface, clock, dtc, downstream=lambda event: None)


# --- the agent ----------------------------------------------------------------------------------
class Agent:
    """One agent process. ``run()`` until ``request_stop()`` (SIGTERM in ``run_main``)."""

    def __init__(
        self,
        cfg: AgentConfig,
        *,
        clock: Clock | None = None,
        session_clock: Clock | None = None,
        vehicle_clock: Clock | None = None,
        dtc: DtcRegistry | None = None,
        emit: Emit | None = None,
        notifier: Notifier | None = None,
        environ: Mapping[str, str] | None = None,
        v2icp_ssl_context: Any = None,
        iso_ssl_context: Any = None,
        bus_factory: Any = None,
    ) -> None:
        """``clock``: protocol timers (V2ICP, restarts; scaled in the demo); ``session_clock``:
        the ISO 15118 session (always physical: a charger answers in real time);
        ``vehicle_clock``: the CAN side's timestamps and staleness (physical)."""
        self.cfg = cfg
        self.clock = clock or MonotonicClock()
        self.session_clock = session_clock or MonotonicClock()
        self.dtc = dtc or DtcRegistry()
        self._emit_cb = emit
        self.notifier = notifier or Notifier()
        self._wire_vehicle(vehicle_clock or MonotonicClock(), bus_factory)
        #: the path through the charger (None: ``[v2icp] interface = "any"``)
        self.v2icp_path = _v2icp_path(cfg, self.clock, self.dtc)
        self.v2icp = V2icpClient(
            cfg.v2icp,
            self.clock,
            self.dtc,
            on_directives=self._on_directives,
            on_ack=self._on_ack,
            on_exchange=self._on_v2icp_exchange,
            ssl_context=v2icp_ssl_context,
            environ=environ,
            network=self.v2icp_path.network if self.v2icp_path else None,
        )
        if self.v2icp_path is not None:
            self.v2icp_path.downstream = self.v2icp.internet
        self._iso_ssl_context = iso_ssl_context
        self.supervisor = Supervisor(self.clock, self.dtc)
        self.evcc: Any = None  # evcc_agent.iso15118.evcc.Evcc of the running session
        self.sessions: list[Any] = []  # SessionResult of every finished session
        self.session_state = "idle"
        self.internet: InternetEvent | None = None
        self.last_v2g_message = ""
        #: the first session waits for this (the demo's plug-in); None: start at once
        self.charging_gate: asyncio.Event | None = None
        self._stop: asyncio.Event | None = None
        self._stop_reason = ""
        self.ready = False
        self._dtc_shown: dict[str, bool] = {}
        self.dtc.listeners.append(self._on_dtc)

    def _wire_vehicle(self, vehicle_clock: Clock, bus_factory: Any) -> None:
        """The CAN side: link, parameter mapper (a start-up grace of one staleness bound),
        directive applier and the session's view of the BMS."""
        cfg = self.cfg
        self.link = VehicleLink.from_config(
            cfg.vehicle, self.dtc, vehicle_clock, bus_factory=bus_factory
        )
        self.mapper = VehicleParameterMapper(
            cfg.mapping, self.link.store, self.dtc, startup_grace_s=cfg.vehicle.stale_after_s
        )
        self.directives = DirectiveApplier(cfg.mapping, self.link.tx, self.dtc)
        self.ev = CanEvData(
            ChargeLoopReader(self.link.store, cfg.vehicle.charge_loop), self.link.now, self.clock
        )

    # --- events ---------------------------------------------------------------------------
    def emit(self, event: dict[str, Any]) -> None:
        if self._emit_cb is None:
            return
        try:
            self._emit_cb({"t": round(self.clock.now(), 3), **event})
        except Exception:  # an observer's bug must not stop the agent
            log.exception("event observer failed")

    def _on_dtc(self, st: DtcState) -> None:
        if self._dtc_shown.get(st.spec.name) == st.active:
            return  # report transitions only (the registry calls on every raise)
        self._dtc_shown[st.spec.name] = st.active
        self.emit(
            {
                "event": "dtc",
                "name": st.spec.name,
                "code": f"0x{st.spec.code:03X}",
                "active": st.active,
                "detail": st.detail,
            }
        )

    def _on_directives(self, values: dict[str, int]) -> None:
        before = dict(self.directives.current)
        result = self.directives.apply(values, self.link.now())
        self.ev.on_directives(result.applied | {n: values[n] for n in result.unmapped})
        changed = self.directives.current != before or result.rejected
        # the backend mirrors its instruction in every answer: log what changes, once
        log.log(
            logging.INFO if changed else logging.DEBUG,
            "directives applied=%s rejected=%s unmapped=%s",
            result.applied,
            result.rejected,
            result.unmapped,
        )
        self.emit(
            {
                "event": "directives",
                "applied": result.applied,
                "rejected": result.rejected,
                "unmapped": result.unmapped,
            }
        )

    def _on_ack(self, seq: int, known: dict[str, int]) -> None:
        self.emit({"event": "v2icp_ack", "seq": seq})

    def _on_v2icp_exchange(self, record: V2icpRequest | V2icpExchange) -> None:
        if isinstance(record, V2icpRequest):
            seq, attempt, params = record.seq, record.attempt, record.parameters
            self.emit(
                {"event": "v2icp_request", "seq": seq, "attempt": attempt, "parameters": params}
            )
            return
        out: dict[str, Any] = {"event": "v2icp_answer", "seq": record.request.seq}
        if record.error is None:
            out["status"] = record.status
        else:
            out["error"] = f"{record.error}: {record.detail}"
        self.emit(out)

    def _on_internet(self, event: InternetEvent) -> None:
        self.internet = event
        if isinstance(event, InternetUp):
            log.info(
                "internet up protocol=%s port=%d via=%s", event.protocol, event.port, event.via
            )
        else:
            log.info("internet down reason=%s", event.reason)
        self.emit(internet_event(event))
        (self.v2icp_path or self.v2icp).internet(event)

    def _on_v2g(self, rec: Any) -> None:  # iso15118.evcc.V2gRecord
        self.last_v2g_message = rec.name
        if self._emit_cb is not None:
            self.emit(v2g_event(rec))

    # --- status ---------------------------------------------------------------------------
    def status(self) -> dict[str, Any]:
        now = self.link.now()
        v2 = self.v2icp.status()
        return {
            "session": self.session_state,
            "v2g_message": self.last_v2g_message,
            "internet": isinstance(self.internet, InternetUp),
            "soc": self.link.store.get(self.cfg.vehicle.charge_loop.soc, now)
            if self.cfg.vehicle.charge_loop.soc in self.link.store
            else None,
            "v2icp_phase": v2.get("phase", "stopped"),
            "v2icp_seq": v2.get("seq"),
            "v2icp_acknowledged": v2.get("acknowledged", 0),
            "directives": dict(self.directives.current),
            "dtcs": [s.spec.name for s in self.dtc.active()],
            "can_up": self.link.bus.up,
            "j1939": self.link.node.core.status() if self.link.node is not None else None,
            "parts": {
                n: {"running": p.running, "crashes": p.crashes}
                for n, p in self.supervisor.status.items()
            },
        }

    def status_line(self) -> str:
        st = self.status()
        soc = "n/a" if st["soc"] is None else f"{st['soc']:.1f}%"
        return (
            f"session={st['session']} v2g={st['v2g_message'] or '-'} soc={soc} "
            f"v2icp={st['v2icp_phase']} seq={st['v2icp_seq']} dtcs={','.join(st['dtcs']) or '-'}"
        )

    # --- parts ----------------------------------------------------------------------------
    async def _charging(self) -> None:
        """Charging sessions, one after the other; a failed or paused one is started again
        after ``agent.session_retry_s``.

        After an orderly SessionStop the part ends: without a control-pilot input the agent
        cannot see the plug, so the next session comes with the next start (the ECU wakes
        with the vehicle).
        """
        from evcc_agent.internet_service import v2icp_listener
        from evcc_agent.iso15118.evcc import Evcc

        cfg = self.cfg
        assert self._stop is not None
        # the EXI grammars load now, at start, not when the vehicle plugs in
        Evcc(cfg.iso15118, self.ev, dtc=self.dtc, clock=self.session_clock).prepare()
        await self._wait_for_plug_in()
        resume: str | None = None  # the id of a paused session, to resume it
        iso = cfg.iso15118  # the next attempt may offer the protocols in another order
        while not self._stop.is_set():
            use_slac = cfg.agent.slac and not cfg.iso15118.secc_address
            if use_slac and not await self._slac():
                await self._pause(cfg.agent.session_retry_s)
                continue
            self.evcc = Evcc(
                iso,
                self.ev,
                on_internet=v2icp_listener(self._on_internet, self.dtc, self.session_clock),
                dtc=self.dtc,
                clock=self.session_clock,
                on_v2g=self._on_v2g,
                ssl_context=self._iso_ssl_context,
            )
            if self._stop.is_set():
                break
            self.session_state = "running"
            self.emit({"event": "session_start", "resume": resume})
            try:
                result = await self.evcc.run(resume_session_id=resume)
            finally:
                if isinstance(self.internet, InternetUp):  # the session always ends V2ICP
                    self._on_internet(InternetDown("session_end"))
            self._session_ended(result)
            paused = result.paused
            resume = result.session_id if paused else None
            if result.retry_protocols:
                iso = iso.model_copy(update={"protocols": result.retry_protocols})
            if result.retry_auth:  # a Plug & Charge step failed: EIM next time
                iso = iso.model_copy(update={"auth": result.retry_auth})
            if result.ok and not paused:
                return
            if paused:  # the charger paused the session: come back and resume it
                self.session_state = "paused"
            await self._pause(cfg.agent.session_retry_s)

    async def _wait_for_plug_in(self) -> None:
        """Until ``charging_gate`` opens (or a stop comes); at once without a gate."""
        assert self._stop is not None
        if self.charging_gate is None:
            return
        self.session_state = "waiting_plug_in"
        gate = asyncio.ensure_future(self.charging_gate.wait())
        stop = asyncio.ensure_future(self._stop.wait())
        await asyncio.wait({gate, stop}, return_when=asyncio.FIRST_COMPLETED)
        gate.cancel()
        stop.cancel()

    def _session_ended(self, result: Any) -> None:
        self.sessions.append(result)
        self.session_state = "done" if result.ok else "failed"
        log.info(
            "session end ok=%s reason=%s protocol=%s messages=%d",
            result.ok,
            result.reason,
            result.protocol,
            result.messages,
        )
        self.emit(
            {
                "event": "session_end",
                "ok": result.ok,
                "reason": result.reason,
                "protocol": result.protocol,
                "messages": result.messages,
            }
        )

    async def _slac(self) -> bool:
        from evcc_agent.iso15118.slac import SlacMatchError, run_slac

        self.session_state = "slac"
        interface = self.cfg.iso15118.slac.interface or self.cfg.iso15118.interface
        try:
            result = await run_slac(
                self.cfg.iso15118.slac, interface, clock=self.session_clock, dtc=self.dtc
            )
        except SlacMatchError as exc:  # the core raised SLAC_MATCH_FAILED
            log.warning("SLAC on %s failed: %s", interface, exc)
            self.session_state = "slac_failed"
            return False
        except (OSError, ValueError) as exc:  # no such interface, no permission, not configured
            detail = (
                f"PLC interface {interface!r} unusable: {getattr(exc, 'strerror', None) or exc}"
            )
            log.warning("SLAC failed: %s", detail)
            self.dtc.raise_("SLAC_MATCH_FAILED", self.session_clock.now(), detail)
            self.session_state = "slac_failed"
            return False
        log.info("SLAC matched evse=%s attenuation_db=%.1f", result.evse_mac, result.attenuation_db)
        self.emit({"event": "slac_matched", "evse_mac": result.evse_mac})
        return True

    async def _pause(self, seconds: float) -> None:
        """``seconds`` on the agent's clock, or less if a stop comes."""
        assert self._stop is not None
        stop = asyncio.ensure_future(self._stop.wait())
        sleep = asyncio.ensure_future(self.clock.sleep(seconds))
        await asyncio.wait({stop, sleep}, return_when=asyncio.FIRST_COMPLETED)
        stop.cancel()
        sleep.cancel()

    async def _publish(self) -> None:
        await publish_parameters(self.mapper, self.link.now, self._push_parameters, self.clock)

    def _push_parameters(self, params: dict[str, int]) -> None:
        """To V2ICP only while its client runs (its queue must not grow when it cannot)."""
        st = self.supervisor.status.get("v2icp")
        if st is not None and st.running:
            self.v2icp.parameters_changed(params)

    async def _run_v2icp(self) -> None:
        """The V2ICP client, starting from the vehicle's parameters as they are now."""
        self.v2icp.parameters_changed(self.mapper.parameters(self.link.now()))
        await self.v2icp.run()

    async def _watchdog(self, interval: float) -> None:
        while True:
            self.notifier.watchdog()
            await asyncio.sleep(interval)

    async def _status(self) -> None:
        last = ""
        while True:
            await asyncio.sleep(self.cfg.agent.status_interval_s)
            line = self.status_line()
            self.notifier.status(line)
            if line != last:  # the journal gets changes, systemctl status the latest
                log.info("status %s", line)
                last = line

    # --- lifecycle ------------------------------------------------------------------------
    def request_stop(self, reason: str = "stop requested") -> None:
        """Begin the orderly shutdown (safe to call more than once, from a signal handler)."""
        if self._stop is None or self._stop.is_set():
            return
        log.info("shutdown requested: %s", reason)
        self._stop_reason = reason
        self._stop.set()
        if self.evcc is not None:
            self.evcc.request_stop(reason)

    async def run(self) -> None:
        """Start every part, notify READY, run until ``request_stop``, then shut down in order."""
        self._stop = asyncio.Event()
        sup = self.supervisor
        tasks: dict[str, asyncio.Task[None]] = {}

        def start(name: str, factory: Callable[[], Any]) -> None:
            tasks[name] = asyncio.create_task(sup.run(name, factory), name=name)

        start("vehicle", self.link.run)
        start("parameters", self._publish)
        start("v2icp", self._run_v2icp)
        if self.v2icp_path is not None:
            start("v2icp_path", self.v2icp_path.run)
        if self.cfg.agent.charging:
            start("charging", self._charging)
        wd = watchdog_interval()
        if wd is not None:
            start("watchdog", lambda: self._watchdog(wd))
        start("status", self._status)
        with contextlib.suppress(TimeoutError):  # READY once CAN is open (or 2 s: DTC shows why)
            await asyncio.wait_for(self.link.bus.opened.wait(), 2.0)
        self.ready = True
        self.notifier.ready(self.status_line())
        log.info("ready can_up=%s", self.link.bus.up)
        self.emit({"event": "ready", "can_up": self.link.bus.up})
        try:
            await self._stop.wait()
        finally:
            await self._shutdown(tasks)

    async def _shutdown(self, tasks: dict[str, asyncio.Task[None]]) -> None:
        self.notifier.stopping()
        self.emit({"event": "stopping", "reason": self._stop_reason})
        charging = tasks.pop("charging", None)
        if charging is not None:  # SessionStop in order, bounded; SLAC or a pause: at once
            in_session = self.session_state == "running" and self.evcc is not None
            if in_session:
                self.evcc.request_stop(self._stop_reason or "shutdown")
            timeout = self.cfg.agent.shutdown_timeout_s if in_session else 0.5
            done, _ = await asyncio.wait({charging}, timeout=timeout)
            if not done and in_session:
                log.warning("session did not stop within %.0f s", timeout)
            charging.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await charging
        if isinstance(self.internet, InternetUp):
            self._on_internet(InternetDown("shutdown"))
        for name in (
            "status",
            "watchdog",
            "parameters",
            "v2icp_path",
            "v2icp",
        ):  # v2icp closes its connection
            task = tasks.pop(name, None)
            if task is not None:
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError, Exception):
                    await task
        self.link.stop()  # CAN TX stops with the bus
        vehicle = tasks.pop("vehicle")
        try:
            await asyncio.wait_for(vehicle, 2.0)
        except (TimeoutError, asyncio.CancelledError, Exception):
            vehicle.cancel()
        log.info("stopped")
        self.emit({"event": "stopped"})


# --- logging for journald -----------------------------------------------------------------------
#: syslog priorities, for journald's ``<N>`` line prefix (SyslogLevelPrefix=, on by default)
_SYSLOG_PRIORITY = {"DEBUG": 7, "INFO": 6, "WARNING": 4, "ERROR": 3, "CRITICAL": 2}


class KeyValueFormatter(logging.Formatter):
    """``level=INFO logger=evcc_agent.v2icp msg="..."``: one line, greppable, journald-ready.

    Under journald (``$JOURNAL_STREAM`` set) the line starts with the syslog priority
    (``<4>``), so ``journalctl -p warning`` works, and the journal adds the time; elsewhere
    the line starts with an ISO timestamp.
    """

    def __init__(self, timestamps: bool = True, syslog_prefix: bool = False) -> None:
        super().__init__()
        self.timestamps = timestamps
        self.syslog_prefix = syslog_prefix

    def format(self, record: logging.LogRecord) -> str:
        msg = record.getMessage()
        if record.exc_info:
            msg += "\n" + self.formatException(record.exc_info)
        parts = []
        if self.timestamps:
            parts.append(f"ts={self.formatTime(record, '%Y-%m-%dT%H:%M:%S')}")
        parts += [f"level={record.levelname}", f"logger={record.name}", f"msg={json.dumps(msg)}"]
        line = " ".join(parts)
        if self.syslog_prefix:
            line = f"<{_SYSLOG_PRIORITY.get(record.levelname, 6)}>{line}"
        return line


def configure_logging(cfg: LoggingConfig, level_override: str | None = None) -> None:
    """Root level and per-module levels from ``[logging]``; ``--log-level`` wins for the root."""
    handler = logging.StreamHandler(sys.stderr)
    journald = bool(os.environ.get("JOURNAL_STREAM"))
    handler.setFormatter(KeyValueFormatter(timestamps=not journald, syslog_prefix=journald))
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel((level_override or cfg.level).upper())
    for module, level in cfg.modules.items():
        logging.getLogger(module).setLevel(level.upper())


# --- evcc-agent run ----------------------------------------------------------------------------
async def _run_until_signal(agent: Agent) -> None:
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        with contextlib.suppress(NotImplementedError, RuntimeError):
            loop.add_signal_handler(sig, agent.request_stop, signal.Signals(sig).name)
    await agent.run()


def run_main(args: Any) -> int:
    """``evcc-agent run --config FILE``: exit 0 after an orderly shutdown, 2 on a bad config."""
    from evcc_agent.config import ConfigError, load_checked_config
    from evcc_agent.vehicle.dbc import DbcError

    cfg = load_checked_config(args.config)  # ConfigError: the command line reports it, exit 2
    configure_logging(cfg.logging, getattr(args, "log_level", None))
    from evcc_agent.preflight import preflight

    for finding in preflight(cfg):  # what check-config reported, once more in the journal
        log.warning("configuration %s: %s: %s", finding.severity, finding.key, finding.message)
    try:
        agent = Agent(cfg)
    except DbcError as exc:
        raise ConfigError(args.config, [("vehicle.dbc_files", str(exc))]) from None
    asyncio.run(_run_until_signal(agent))
    return 0
