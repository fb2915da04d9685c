"""``evcc-agent charge``: one charging session with a simulated vehicle against a real SECC.

The bench and interop tool (application layer: it reads the agent's configuration file).
Prints one line per message exchanged (``--json``: the events of ``json_events``, the same
schema as ``demo --json``), plus the Internet events and a final summary; exits 0 on an orderly
SessionStop, 1 when the session failed, 2 on a configuration error. The first line names the
vehicle values the session sends and says they are simulated, not from a BMS (``--json``:
the ``simulated_vehicle`` event). The simulated vehicle asks for charging for
``SIM_CHARGE_S`` seconds of charge loop, then reports charging complete (Ctrl-C stops earlier,
in order).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import signal
import sys
import time
from typing import Any

from pydantic import ValidationError

from evcc_agent.config import ConfigError, validation_errors
from evcc_agent.events import InternetEvent, InternetUp
from evcc_agent.exit_codes import FAILURE, OK, UsageError
from evcc_agent.internet_service import v2icp_listener
from evcc_agent.iso15118.config import Iso15118Config
from evcc_agent.iso15118.connect import parse_secc_address
from evcc_agent.iso15118.driver import V2gRecord
from evcc_agent.iso15118.ev_data import BMS_FIELDS, EvData, StaticEvData
from evcc_agent.iso15118.evcc import Evcc
from evcc_agent.iso15118.registry import CONFIG_NAMES
from evcc_agent.json_events import dumps, internet_event, message_body, v2g_event

log = logging.getLogger(__name__)

SIM_CHARGE_S = 10.0
#: charge-loop responses of -20 (DC, AC), -2 and DIN (CurrentDemand DC, ChargingStatus AC)
LOOP_RESPONSES = frozenset(
    {"DC_ChargeLoopRes", "AC_ChargeLoopRes", "CurrentDemandRes", "ChargingStatusRes"}
)


class SimulatedVehicle(StaticEvData):
    """Static BMS values; SoC creeps up and charging completes after ``charge_s`` of loop."""

    def __init__(self, charge_s: float = SIM_CHARGE_S) -> None:
        super().__init__(
            EvData(
                soc=60.0, target_soc=80.0, departure_time_s=4 * 3600, battery_capacity_wh=400_000
            )
        )
        self.charge_s = charge_s
        self._loop_start: float | None = None

    def on_charge_loop(self) -> None:
        now = time.monotonic()
        if self._loop_start is None:
            self._loop_start = now
        elapsed = now - self._loop_start
        self.update(soc=min(80.0, 60.0 + elapsed * 0.1), charging_complete=elapsed >= self.charge_s)


def build_config(args: Any) -> Iso15118Config:
    """The ``iso15118`` section of ``--config`` (or defaults), overridden by the options."""
    if args.config:
        from evcc_agent.config import load_config

        base = load_config(args.config).iso15118
    else:
        base = Iso15118Config()
    data = base.model_dump()
    if args.interface:
        data["interface"] = args.interface
    if args.sdp_target:
        data["sdp_target"] = args.sdp_target
        data["secc_address"] = None
    if args.secc:
        try:
            parse_secc_address(args.secc)
        except ValueError as exc:
            raise UsageError(f"--secc: {exc}") from None
        data["secc_address"] = args.secc
    if args.no_tls:
        data["tls"] = "off"
    if args.tls_root:
        data["tls_roots"] = [args.tls_root]
    if args.tls_cert:
        data["tls_cert"] = args.tls_cert
    if args.tls_key:
        data["tls_key"] = args.tls_key
    if args.protocol:
        data["protocols"] = [args.protocol]
    if getattr(args, "bpt", False):
        data["bpt"] = True
    if getattr(args, "auth", None):
        data["auth"] = args.auth
    if getattr(args, "contract_store", None):
        data["pnc"]["contract_store"] = args.contract_store
    if getattr(args, "mo_root", None):
        data["pnc"]["mo_roots"] = [args.mo_root]
    try:
        return Iso15118Config.model_validate(data)
    except ValidationError as exc:
        source = f"{args.config} + options" if args.config else "the options"
        raise ConfigError(source, validation_errors(exc, "iso15118")) from None


def main(args: Any) -> int:
    logging.basicConfig(
        level=getattr(args, "log_level", None) or "WARNING",
        stream=sys.stderr,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    cfg = build_config(args)  # ConfigError: reported by the command line, exit 2
    implemented = [p for p in cfg.protocols if p in CONFIG_NAMES]
    if not implemented:
        raise UsageError(f"protocol(s) {', '.join(cfg.protocols)} not implemented in this build")
    cfg = cfg.model_copy(update={"protocols": implemented})
    return asyncio.run(_charge(cfg, bool(args.json)))


async def _charge(cfg: Iso15118Config, as_json: bool) -> int:
    vehicle = SimulatedVehicle()
    t0 = time.monotonic()

    def out(obj: dict[str, Any], text: str) -> None:
        t = round(time.monotonic() - t0, 3)
        print(dumps({"t": t, **obj}) if as_json else f"{t:8.3f} {text}", flush=True)

    def on_v2g(rec: V2gRecord) -> None:
        if rec.direction == "rx" and rec.name in LOOP_RESPONSES:
            vehicle.on_charge_loop()
        arrow = ">>" if rec.direction == "tx" else "<<"
        body = json.dumps(message_body(rec.name, rec.message), separators=(",", ":"))
        out(v2g_event(rec), f"{arrow} {rec.name} {body}")

    def on_internet(event: InternetEvent) -> None:
        if isinstance(event, InternetUp):
            text = f"== Internet service up: {event.protocol}/{event.port} via {event.via}"
        else:
            text = f"== Internet service down ({event.reason})"
        out(internet_event(event), text)

    values = {k: getattr(vehicle.snapshot(), k) for k in sorted(BMS_FIELDS)}
    out(
        {"event": "simulated_vehicle", "simulated_vehicle": values},
        "vehicle values are simulated, NOT from a BMS: "
        + ", ".join(f"{k}={v}" for k, v in values.items()),
    )
    evcc = Evcc(cfg, vehicle, on_v2g=on_v2g)
    evcc.on_internet = v2icp_listener(on_internet, evcc.dtc, evcc.clock)
    loop = asyncio.get_running_loop()
    with contextlib.suppress(NotImplementedError, RuntimeError):
        loop.add_signal_handler(signal.SIGINT, evcc.request_stop, "interrupted")
        loop.add_signal_handler(signal.SIGTERM, evcc.request_stop, "terminated")
    result = await evcc.run()
    summary = {
        "event": "summary",
        "ok": result.ok,
        "reason": result.reason,
        "protocol": result.protocol,
        "secc": result.secc,
        "tls": result.tls,
        "session_id": result.session_id,
        "messages": result.messages,
    }
    text = (
        f"session {'OK' if result.ok else 'FAILED'}: {result.reason} "
        f"({result.protocol or '-'}, {result.secc or '-'}, {result.tls or '-'})"
    )
    if as_json:
        out(summary, text)
    else:
        print(text, flush=True)
    return OK if result.ok else FAILURE
