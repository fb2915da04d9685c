"""The V2ICP part of ``evcc-agent demo``: the client against the sim backend (or a real one).

``run_v2icp_demo`` starts the reference backend on loopback with a fresh PKI (unless
``backend_url``/``backend_ca`` name an external one), runs the V2ICP client on a
``ScaledClock``, feeds it vehicle parameters from a callable, and reports what happens through
``on_event(kind, data)``. ``demo_main(args)`` does the same for the CLI's parsed arguments.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import tempfile
from collections.abc import Callable, Coroutine, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from evcc_agent.clock import Clock, ScaledClock
from evcc_agent.dtc import DtcRegistry, DtcState
from evcc_agent.events import InternetEvent, InternetUp
from evcc_agent.sim.backend import SimBackend, default_scenario
from evcc_agent.sim.backend_pki import BackendCa
from evcc_agent.v2icp.client import V2icpClient
from evcc_agent.v2icp.config import V2icpConfig

log = logging.getLogger(__name__)

DEMO_VIN = "WVWZZZ1JZXW000001"
DEMO_PASSWORD = "Demo_Pass-261"
DEMO_EVCCID = "00-1A-B2-C3-D4-E5"

#: sim seconds -> the vehicle parameters at that moment
ParameterSource = Callable[[float], Mapping[str, int]]
EventCallback = Callable[[str, dict[str, Any]], None]


@dataclass
class DemoVehicle:
    """A bus charging in the depot: energy still needed falls, preconditioning on request."""

    odo: int = 18_234
    energy_needed_kwh: float = 240.0
    charge_power_kw: float = 150.0
    precondition: bool = False
    prec_energy_kwh: float = 0.0
    _last_t: float | None = None

    def parameters(self, t: float) -> dict[str, int]:
        dt_h = 0.0 if self._last_t is None else max(0.0, t - self._last_t) / 3600.0
        self._last_t = t
        self.energy_needed_kwh = max(0.0, self.energy_needed_kwh - self.charge_power_kw * dt_h)
        if self.precondition:
            self.prec_energy_kwh += 8.0 * dt_h
        charging = self.energy_needed_kwh > 0
        return {
            "odo": self.odo,
            "chrg_stat": 1 if charging else 0,
            "h2_stat": 2,  # NA: battery bus
            "bat_stat": 0,
            "bat_reqtime": round(self.energy_needed_kwh / self.charge_power_kw * 60),
            "bat_eamount": round(self.energy_needed_kwh),
            "bprec_eamount": 60,
            "prec_reqtime": 30 if self.precondition else 0,
            "prec_eamount": round(self.prec_energy_kwh),
        }

    def apply(self, directives: Mapping[str, int]) -> None:
        if "prec_dsrd" in directives:
            self.precondition = directives["prec_dsrd"] == 1


@dataclass
class DemoResult:
    acknowledged: int = 0
    failed_attempts: int = 0
    directives: dict[str, int] = field(default_factory=dict)
    active_dtcs: list[str] = field(default_factory=list)
    status: dict[str, Any] = field(default_factory=dict)


def _split_url(url: str) -> tuple[str, str | None]:
    """``https://host:port/path`` -> (base, path or None)."""
    parts = urlsplit(url)
    base = f"{parts.scheme}://{parts.netloc}"
    return base, (parts.path if parts.path not in ("", "/") else None)


async def run_v2icp_demo(
    *,
    duration_s: float | None = None,
    time_scale: float = 1.0,
    backend_url: str | None = None,
    backend_ca: str | Path | None = None,
    parameters: ParameterSource | None = None,
    on_directives: Callable[[dict[str, int]], None] | None = None,
    on_event: EventCallback | None = None,
    clock: Clock | None = None,
    dtcs: DtcRegistry | None = None,
    vin: str = DEMO_VIN,
    password_file: str | Path | None = None,
    poll_s: float = 5.0,
    start_internet: bool = True,
    internet_listener: Callable[[Callable[[InternetEvent], None]], None] | None = None,
) -> DemoResult:
    """Run until ``duration_s`` wall seconds passed (forever if None); returns a summary.

    ``parameters`` is polled every ``poll_s`` simulated seconds (default: ``DemoVehicle``).
    ``start_internet`` sends the Internet-up event itself; with ``internet_listener`` the
    caller instead receives the client's listener to hook up to the ISO 15118 session.
    """
    clock = clock or ScaledClock(time_scale)
    dtcs = dtcs or DtcRegistry()
    emit = on_event or (lambda kind, data: None)
    vehicle = DemoVehicle()
    source = parameters or vehicle.parameters

    def dtc_changed(st: DtcState) -> None:
        emit("dtc", {"name": st.spec.name, "active": st.active, "detail": st.detail})

    dtcs.listeners.append(dtc_changed)
    with tempfile.TemporaryDirectory(prefix="evcc-v2icp-demo-") as tmp:
        backend: SimBackend | None = None
        path: str | None = None
        if backend_url is None:
            ca = BackendCa.create(Path(tmp) / "pki")
            backend = SimBackend(default_scenario(vin, DEMO_PASSWORD))
            base = await backend.start(*ca.issue_server())
            root_ca: Path = ca.cert_file
            pw = Path(tmp) / "password"
            pw.write_text(DEMO_PASSWORD)
            pw.chmod(0o600)
            password_file = pw
            emit("backend", {"url": base + backend.path, "kind": "sim"})
        else:
            if backend_ca is None:
                raise ValueError("--backend-url needs --backend-ca (the backend's root CA)")
            base, path = _split_url(backend_url)
            root_ca = Path(backend_ca)
            emit("backend", {"url": backend_url, "kind": "external"})
        cfg = V2icpConfig(
            url=base,
            vin=vin,
            evccid=DEMO_EVCCID,
            root_ca=root_ca,
            password_file=Path(password_file) if password_file else None,
        )
        if path:
            cfg = cfg.model_copy(update={"path": path})

        shown: dict[str, int] = {}

        def directives(values: dict[str, int]) -> None:
            vehicle.apply(values)
            if values != shown:  # the backend mirrors its instruction in every answer
                shown.clear()
                shown.update(values)
                emit("directives", dict(values))
            if on_directives is not None:
                on_directives(values)

        def acked(seq: int, known: dict[str, int]) -> None:
            emit("ack", {"seq": seq})

        client = V2icpClient(cfg, clock, dtcs, on_directives=directives, on_ack=acked, environ={})

        async def feed() -> None:
            while True:
                client.parameters_changed(source(clock.now()))
                await clock.sleep(poll_s)

        task = asyncio.create_task(client.run())
        feeder = asyncio.create_task(feed())
        if internet_listener is not None:
            internet_listener(client.internet)
        elif start_internet:
            client.internet(InternetUp("https", 443, "demo"))
        try:
            if duration_s is None:
                await task
            else:
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(asyncio.shield(task), duration_s)
        finally:
            for t in (feeder, task):
                t.cancel()
            await asyncio.gather(feeder, task, return_exceptions=True)
            if backend is not None:
                await backend.stop()
            dtcs.listeners.remove(dtc_changed)
        st = client.status()
        return DemoResult(
            acknowledged=int(st.get("acknowledged", 0)),
            failed_attempts=int(st.get("failed_attempts", 0)),
            directives=dict(client.directives),
            active_dtcs=[s.spec.name for s in dtcs.active()],
            status=st,
        )


def demo_extra_task(
    *,
    backend_url: str | None = None,
    backend_ca: str | Path | None = None,
    on_event: EventCallback | None = None,
) -> Callable[[Any], Coroutine[Any, Any, None]]:
    """An extra task for ``evcc_agent.demo``'s ``DemoParts.extra_tasks``.

    Uses the parts' scaled clock, DTC registry, mapped vehicle parameters
    (``parts.vehicle_parameters()``) and directive applier (``parts.directives.apply``), and
    runs until the demo cancels it.
    """

    async def task(parts: Any) -> None:
        def to_vehicle(values: dict[str, int]) -> None:
            parts.directives.apply(values, parts.link.now())

        await run_v2icp_demo(
            backend_url=backend_url,
            backend_ca=backend_ca,
            parameters=lambda t: parts.vehicle_parameters(),
            on_directives=to_vehicle,
            on_event=on_event,
            clock=parts.clock,
            dtcs=parts.dtc,
        )

    return task


def demo_main(args: Any) -> int:
    """Run the V2ICP demo for the CLI's ``demo`` arguments; prints one line per event."""
    as_json = bool(getattr(args, "json", False))

    def show(kind: str, data: dict[str, Any]) -> None:
        if as_json:
            print(json.dumps({"event": f"v2icp.{kind}", **data}), flush=True)
        else:
            print(f"v2icp {kind}: {data}", flush=True)

    result = asyncio.run(
        run_v2icp_demo(
            duration_s=getattr(args, "duration", None),
            time_scale=getattr(args, "time_scale", 1.0) or 1.0,
            backend_url=getattr(args, "backend_url", None),
            backend_ca=getattr(args, "backend_ca", None),
            on_event=show,
        )
    )
    show("summary", {"acknowledged": result.acknowledged, "dtcs": result.active_dtcs})
    return 0
