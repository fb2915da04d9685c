"""A VDV 463 upstream system (depot management system, "BMS"): ``python -m evcc_agent.sim.depot``.

It connects to a CMS (wss, the CMS's CA, HTTP Basic, subprotocol ``v1.463.vdv.de``), registers
with BootNotification, confirms and prints every ProvideChargingInformation, and sends the
charging plan of a JSON file once the CMS has reported (the specification's order; the rules
are ``sim/vdv463/upstream.py``, the timing of the plan ``PlanSchedule``). It pings at
``ping_interval_s`` and, when the CMS is gone, reconnects every ``reconnect_interval_s``,
booting again and re-sending the current plan.

Plan file: ``{"steps": [{"after_s": 0, "anchor": "boot", "chargingRequestList": [...]}]}``.
A step goes out with the first report at least ``after_s`` CMS seconds after its anchor
(``boot``: the first report; ``arrival``: the first report that shows a vehicle of the step at
a charging point). Date-time attributes may be ISO-8601 durations (``"PT45M"``): they count
from the timestamp of the report the step goes out with, i.e. on the CMS's clock.
Used by the demo, tests and a HIL bench; never by production code.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import functools
import logging
import re
import ssl
import sys
import time
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError
from pydantic.alias_generators import to_camel

from evcc_agent.clock import Clock, MonotonicClock
from evcc_agent.sim.vdv463.driver import drive
from evcc_agent.sim.vdv463.messages import (
    SUBPROTOCOL,
    ProvideChargingInformationReq,
    ProvideChargingRequestsReq,
)
from evcc_agent.sim.vdv463.session import (
    CloseConnection,
    Opened,
    ProtocolProblem,
    Registered,
    SendText,
)
from evcc_agent.sim.vdv463.upstream import (
    PlanAnswered,
    ReportReceived,
    UpstreamAction,
    UpstreamSession,
)

log = logging.getLogger(__name__)

_DURATION = re.compile(r"^(-)?P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$")


class PlanError(ValueError):
    """A plan file that cannot be read or does not make valid VDV 463 requests."""


class PlanStep(BaseModel):
    model_config = ConfigDict(alias_generator=to_camel, populate_by_name=True, extra="forbid")
    after_s: float = Field(default=0.0, ge=0)
    anchor: Literal["boot", "arrival"] = "boot"
    #: ChargingRequest objects; date-time attributes may be durations (see the module doc)
    charging_request_list: list[dict[str, Any]]


class DepotPlan(BaseModel):
    model_config = ConfigDict(extra="forbid")
    steps: list[PlanStep] = Field(min_length=1)

    @classmethod
    def load(cls, path: str | Path) -> DepotPlan:
        try:
            plan = cls.model_validate_json(Path(path).read_bytes())
        except (OSError, ValidationError) as exc:
            raise PlanError(f"{path}: {exc}") from exc
        for i, step in enumerate(plan.steps):  # every step must make a valid request list
            try:
                step_payload(step, datetime.now(UTC))
            except ValidationError as exc:
                raise PlanError(f"{path}: step {i}: {exc}") from exc
        return plan


def _resolve(value: Any, base: datetime, key: str = "") -> Any:
    """Durations in date-time attributes (keys with ``Time``) become ``base`` + duration."""
    if isinstance(value, dict):
        return {k: _resolve(v, base, k) for k, v in value.items()}
    if isinstance(value, list):
        return [_resolve(v, base, key) for v in value]
    if (
        isinstance(value, str)
        and "Time" in key
        and (m := _DURATION.match(value))
        and any(m.groups()[1:])  # "P" or "PT" alone is no duration
    ):
        sign, days, hours, minutes, seconds = m.groups()
        delta = timedelta(
            days=int(days or 0),
            hours=int(hours or 0),
            minutes=int(minutes or 0),
            seconds=float(seconds or 0),
        )
        return (base - delta if sign else base + delta).isoformat()
    return value


def step_payload(step: PlanStep, base: datetime) -> ProvideChargingRequestsReq:
    doc = {"chargingRequestList": _resolve(step.charging_request_list, base)}
    return ProvideChargingRequestsReq.model_validate(doc)


def _vehicles_at_points(report: ProvideChargingInformationReq) -> set[str]:
    return {
        point.vehicle_info.vehicle_id
        for depot in report.depot_info_list
        for station in depot.charging_station_info_list
        for point in station.charging_point_info_list
        if point.vehicle_info is not None
    }


@dataclass
class PlanSchedule:
    """Which plan step is due, on the CMS's clock (the timestamps of its reports); after a
    reconnect the current step goes out again, with the times it was first resolved to."""

    plan: DepotPlan
    _anchors: dict[str, datetime] = field(default_factory=dict, init=False)
    _due_steps: int = field(default=0, init=False)  # steps due so far; the last is current
    _current: dict[str, Any] | None = field(default=None, init=False)
    _resend: bool = field(default=False, init=False)

    def new_connection(self) -> None:
        self._resend = self._current is not None

    def due(self, report: ProvideChargingInformationReq, at: datetime) -> dict[str, Any] | None:
        """The ProvideChargingRequests payload to send after this report, if any."""
        self._anchors.setdefault("boot", at)
        present = _vehicles_at_points(report)
        steps = self.plan.steps
        due = self._due_steps
        while due < len(steps):
            step = steps[due]
            vins = {str(r.get("vehicleId")) for r in step.charging_request_list}
            if step.anchor == "arrival" and "arrival" not in self._anchors and vins & present:
                self._anchors["arrival"] = at
            anchor = self._anchors.get(step.anchor)
            if anchor is None or at < anchor + timedelta(seconds=step.after_s):
                break
            due += 1
        if due > self._due_steps:
            self._due_steps = due
            self._current = step_payload(steps[due - 1], at).wire()
        elif not self._resend:
            return None
        self._resend = False
        return self._current


class DepotClient:
    """The upstream system's asyncio driver around ``UpstreamSession``; ``run`` until cancelled."""

    def __init__(
        self,
        url: str,
        ca_file: Path | None,
        user: str,
        password: str,
        *,
        plan: DepotPlan | None = None,
        presystem_id: str = "BMS",
        source: str = "evcc-agent-depot",
        ping_interval_s: float = 10.0,
        response_timeout_s: float = 10.0,
        retries: int = 3,
        reconnect_interval_s: float = 10.0,
        clock: Clock | None = None,
        subprotocols: tuple[str, ...] = (SUBPROTOCOL,),
        on_frame: Callable[[str, str], None] | None = None,
        on_report: Callable[[ProvideChargingInformationReq], None] | None = None,
    ) -> None:
        if not url.startswith("wss://"):
            raise ValueError("VDV 463 runs over TLS: the CMS URL must be wss://")
        self.url = url
        self.ca_file = ca_file
        self.auth = base64.b64encode(f"{user}:{password}".encode()).decode()
        self.schedule = PlanSchedule(plan) if plan is not None else None
        #: wall seconds (the library's keepalive pings, not the clock)
        self.ping_interval_s = ping_interval_s
        self.reconnect_interval_s = reconnect_interval_s
        self.clock: Clock = clock or MonotonicClock()
        #: wall seconds at clock 0: frames are stamped on the same time base as the timers
        self.epoch = time.time() - self.clock.now()
        #: each connection's protocol core (``response_timeout_s`` in seconds on ``clock``)
        self._new_session = functools.partial(
            UpstreamSession,
            presystem_id,
            source,
            plan=self.schedule.due if self.schedule is not None else None,
            response_timeout_s=response_timeout_s,
            retries=retries,
            epoch=self.epoch,
        )
        self.subprotocols = subprotocols
        self.on_frame = on_frame
        self.on_report = on_report
        self.connections = 0
        self.boots = 0
        #: the latest reports (bounded: one arrives every few seconds for as long as it runs)
        self.reports: deque[ProvideChargingInformationReq] = deque(maxlen=1000)
        self.confirmed_plans = 0
        self.connected = asyncio.Event()
        #: set after each accepted BootNotification / each lost connection (tests wait on them)
        self.booted = asyncio.Event()
        self.disconnected = asyncio.Event()
        #: set once a plan step was confirmed by the CMS
        self.plan_confirmed = asyncio.Event()

    def _ssl(self) -> ssl.SSLContext:
        """The CMS's certificate is verified: against ``ca_file``, else the system's roots."""
        return ssl.create_default_context(cafile=str(self.ca_file) if self.ca_file else None)

    async def run(self) -> None:
        from websockets.asyncio.client import connect

        while True:
            try:
                async with connect(
                    self.url,
                    ssl=self._ssl(),
                    subprotocols=[*map(_subprotocol, self.subprotocols)],
                    additional_headers={"Authorization": f"Basic {self.auth}"},
                    ping_interval=self.ping_interval_s,
                    ping_timeout=self.ping_interval_s,
                    open_timeout=10,
                ) as ws:
                    self.connections += 1
                    if self.schedule is not None:
                        self.schedule.new_connection()
                    self.disconnected.clear()
                    self.connected.set()
                    await self._drive(ws)
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # connection refused, TLS, 401, dropped: try again
                log.warning("VDV 463 upstream: %s: %s", type(exc).__name__, exc)
            finally:
                self.connected.clear()
                self.booted.clear()
                self.disconnected.set()
            await self.clock.sleep(self.reconnect_interval_s)

    # --- one connection ---------------------------------------------------------------------
    async def _drive(self, ws: Any) -> None:
        session = self._new_session()

        async def execute(acts: Sequence[UpstreamAction]) -> bool:
            return await self._execute(ws, acts)

        await drive(
            ws,
            session,
            Opened(ws.subprotocol),
            self.clock,
            execute,
            binary=_ignore_binary,
            on_frame=self.on_frame,
        )

    async def _execute(self, ws: Any, actions: Sequence[UpstreamAction]) -> bool:
        """Carry out the actions; False once the connection is to be given up."""
        for act in actions:
            if isinstance(act, SendText):
                if self.on_frame:
                    self.on_frame("tx", act.text)
                await ws.send(act.text)
            elif isinstance(act, CloseConnection):
                log.warning("VDV 463 upstream: closing (%s)", act.reason)
                await ws.close(act.code, act.reason)
                return False
            elif isinstance(act, Registered):
                self.boots += 1
                self.booted.set()
            elif isinstance(act, ReportReceived):
                self.reports.append(act.report)
                if self.on_report:
                    self.on_report(act.report)
            elif isinstance(act, PlanAnswered):
                if act.confirmed:
                    self.confirmed_plans += 1
                    self.plan_confirmed.set()
                else:
                    log.warning("VDV 463 upstream: plan refused: %s", str(act.error)[:200])
            elif isinstance(act, ProtocolProblem):
                log.warning("VDV 463 upstream: %s: %s", act.code, act.description)
        return True


def _ignore_binary(msg: bytes) -> None:
    log.warning("VDV 463 upstream: binary frame from the CMS ignored")


def _subprotocol(name: str) -> Any:
    from websockets.typing import Subprotocol

    return Subprotocol(name)


def _print_frame(direction: str, text: str) -> None:
    print(("<< " if direction == "rx" else ">> ") + text, flush=True)


def main(argv: list[str] | None = None) -> int:
    import argparse

    ap = argparse.ArgumentParser(
        prog="python -m evcc_agent.sim.depot",
        description="VDV 463 upstream system (depot management) for the reference CMS",
    )
    ap.add_argument("--url", required=True, help="the CMS endpoint, wss://host:port/path")
    ap.add_argument("--ca", default=None, help="the CMS's root CA (PEM)")
    ap.add_argument("--user", default="depot")
    ap.add_argument("--password", default="", help="HTTP Basic password (sim only)")
    ap.add_argument("--plan", default=None, help="charging plan JSON (see the module doc)")
    ap.add_argument("--presystem-id", default="BMS")
    ap.add_argument("--ping-interval", type=float, default=10.0, help="seconds between pings")
    ap.add_argument("--reconnect-interval", type=float, default=10.0, help="seconds")
    ap.add_argument("--response-timeout", type=float, default=10.0, help="seconds")
    ap.add_argument("--retries", type=int, default=3, help="more attempts of an unanswered request")
    args = ap.parse_args(argv)
    if not args.url.startswith("wss://"):
        print("--url must be wss:// (VDV 463 runs over TLS)", file=sys.stderr)
        return 2
    try:
        plan = DepotPlan.load(args.plan) if args.plan else None
    except PlanError as exc:
        print(f"plan: {exc}", file=sys.stderr)
        return 2
    client = DepotClient(
        args.url,
        Path(args.ca) if args.ca else None,
        args.user,
        args.password,
        plan=plan,
        presystem_id=args.presystem_id,
        ping_interval_s=args.ping_interval,
        reconnect_interval_s=args.reconnect_interval,
        response_timeout_s=args.response_timeout,
        retries=args.retries,
        on_frame=_print_frame,
    )
    logging.basicConfig(level=logging.WARNING)
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(client.run())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())


def default_plan(vin: str) -> DepotPlan:
    """The demo's plan, the old scripted directive lifecycle as a depot would send it: on
    arrival leave in 45 min with 85 %, precondition (vehicle's choice, 4 °C outside); a minute
    later leave in 40 min, no hot water / cooling / ventilation; after five minutes leave in
    10 min with 90 %, no preconditioning any more. Each departure is a minute over: the bus is
    told whole minutes left, rounded down, at the next V2ICP answer (45, 40, 10)."""

    def request(
        instruction: str, departure: str, soc: int, auto: dict[str, Any] | None
    ) -> dict[str, Any]:
        req: dict[str, Any] = {
            "vehicleId": vin,
            "chargingRequestId": "demo-1",
            "priority": 1,
            "chargingInstruction": instruction,
            "chargingRequestData": {
                "minTargetSoc": 60,
                "maxTargetSoc": soc,
                "requestedTimeForDeparture": departure,
            },
        }
        if auto is not None:
            req["automaticPreconditioning"] = auto
        return req

    def auto(kind: str) -> dict[str, Any]:
        return {"preconditioningRequest": kind, "ambientTemperature": 4}

    return DepotPlan(
        steps=[
            PlanStep(
                anchor="arrival",
                charging_request_list=[
                    request("Normal", "PT46M", 85, auto("NoClimaticPreconditioningOrSNA"))
                ],
            ),
            PlanStep(
                anchor="arrival",
                after_s=60,
                charging_request_list=[
                    request("Changed", "PT41M", 85, auto("NoWaterCoolingOrVentilation"))
                ],
            ),
            PlanStep(
                anchor="arrival",
                after_s=300,
                charging_request_list=[request("Changed", "PT11M", 90, None)],
            ),
        ]
    )
