"""Reference V2ICP backend: a real HTTPS server (uvicorn + starlette) on loopback.

It authenticates VIN/password (HTTP Basic), validates every message against the parameter
declarations (seq, VIN, shape, full set at seq 0, ``h2_stat``/``bat_stat`` always), keeps the
parameter set each vehicle reported, answers with the directives of a scenario, serves the
generated OpenAPI document, and injects faults on demand (``inject``): delay, hang, dropped
connection, TCP reset under TLS, HTTP 500, wrong seq, garbage JSON, a huge body.
Used by the demo, the tests and the soak; never by production code.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import contextlib
import hmac
import json
import logging
import socket
import struct
from collections import deque
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any, Literal

import uvicorn
from pydantic import BaseModel, ConfigDict, Field
from starlette.applications import Starlette
from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, PlainTextResponse, Response, StreamingResponse
from starlette.routing import Route
from uvicorn.protocols.http.h11_impl import H11Protocol

from evcc_agent.counters import Counters
from evcc_agent.sim.tls import Listen, TlsServer, listen_url, restrict_to_profile
from evcc_agent.v2icp.openapi import build as build_openapi
from evcc_agent.v2icp.openapi import render as render_openapi
from evcc_agent.v2icp.params import (
    ALWAYS_SENT,
    VEHICLE_PARAMETERS,
    Direction,
    ParameterError,
    validate,
)

log = logging.getLogger(__name__)

MAX_REQUEST_BYTES = 65_536
_TRANSPORT_KEY = "evcc.transport"


# --- scenario --------------------------------------------------------------------------------
class DirectiveStep(BaseModel):
    """From the ``from_message``-th message of a vehicle on, answer with ``parameters``.

    Values are sent as written (not validated), so a scenario can exercise the client's
    directive validation with out-of-range or mistyped values.
    """

    model_config = ConfigDict(extra="forbid")
    from_message: int = Field(default=0, ge=0)
    parameters: dict[str, Any] = Field(default_factory=dict)


class VehicleScenario(BaseModel):
    model_config = ConfigDict(extra="forbid")
    password: str = ""
    directives: list[DirectiveStep] = Field(default_factory=list)


class Scenario(BaseModel):
    """Which vehicles may log in and what the backend tells them (JSON scenario file)."""

    model_config = ConfigDict(extra="forbid")
    vehicles: dict[str, VehicleScenario] = Field(default_factory=dict)

    @classmethod
    def load(cls, path: str | Path) -> Scenario:
        return cls.model_validate_json(Path(path).read_bytes())


# --- faults ----------------------------------------------------------------------------------
class FaultKind(StrEnum):
    DELAY = "delay"  # answer after ``seconds``
    HANG = "hang"  # never answer (until ``release_hangs``)
    DROP = "drop"  # close the connection without an answer
    TLS_RESET = "tls_reset"  # TCP RST under the TLS session
    STATUS_500 = "status_500"
    WRONG_SEQ = "wrong_seq"  # echo seq + 1
    WRONG_VIN = "wrong_vin"
    GARBAGE_JSON = "garbage_json"  # truncated JSON with HTTP 200
    HUGE_BODY = "huge_body"  # ``size`` bytes of HTTP 200 body, streamed


@dataclass(frozen=True)
class Fault:
    kind: FaultKind
    seconds: float = 0.0
    size: int = 10 * 1024 * 1024


# --- state -----------------------------------------------------------------------------------
@dataclass
class VehicleState:
    vin: str
    #: the parameter set as this backend knows it (seq 0 replaces, deltas merge)
    known: dict[str, int] = field(default_factory=dict)
    last_seq: int | None = None
    evccid: str | None = None
    messages: int = 0
    history: deque[dict[str, Any]] = field(default_factory=lambda: deque(maxlen=500))
    #: the client address each ``history`` entry came from (same order)
    peers: deque[str] = field(default_factory=lambda: deque(maxlen=500))


#: what the backend saw, over every vehicle (the tests read it): ``requests`` every POST to the
#: message path; ``accepted`` valid messages (the vehicle state was updated, an answer or a
#: fault went out); ``unauthorized`` no, unknown or wrong HTTP Basic credentials (401);
#: ``invalid`` too large, malformed JSON or off the parameter declarations (400); ``faults``
#: accepted messages whose answer met an injected fault
BACKEND_STATS = "requests accepted unauthorized invalid faults"


class _TransportAwareH11(H11Protocol):
    """uvicorn's h11 protocol that hands the connection's transport to the app (faults)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        inner = self.app

        async def app(scope: Any, receive: Any, send: Any) -> None:
            scope.setdefault("extensions", {})[_TRANSPORT_KEY] = self.transport
            await inner(scope, receive, send)

        self.app = app


class _QuietServer(uvicorn.Server):
    """No signal handlers: the server runs inside someone else's event loop."""

    @contextlib.contextmanager
    def capture_signals(self) -> Iterator[None]:
        yield


def _basic_credentials(header: str) -> tuple[str, str] | None:
    scheme, _, value = header.partition(" ")
    if scheme.lower() != "basic":
        return None
    try:
        user, sep, password = base64.b64decode(value, validate=True).decode().partition(":")
    except (binascii.Error, UnicodeDecodeError):
        return None
    return (user, password) if sep else None


class SimBackend(TlsServer):
    """The backend application plus its HTTPS server (``start``/``stop``)."""

    def __init__(
        self,
        scenario: Scenario,
        *,
        path: str = "/vdv261/v2icp/messages",
        body_shape: Literal["nested", "flat"] = "nested",
        control: bool = False,
    ) -> None:
        self.scenario = scenario
        self.path = path
        self.body_shape = body_shape
        self.vehicles: dict[str, VehicleState] = {}
        self.stats = Counters(BACKEND_STATS)
        self.faults: deque[Fault] = deque()
        #: directives from elsewhere (the VDV 463 bridge): VIN -> parameters, None: scenario's
        self.directive_source: Callable[[str], dict[str, Any] | None] | None = None
        self._release = asyncio.Event()
        self.url = ""
        self._server: _QuietServer | None = None
        self._task: asyncio.Task[None] | None = None
        self._openapi_yaml = render_openapi(path)
        self.app = Starlette(
            routes=[
                Route(path, self._message, methods=["POST"]),
                Route("/openapi.yaml", self._openapi, methods=["GET"]),
                Route("/openapi.json", self._openapi_json, methods=["GET"]),
                *(
                    [
                        Route("/_sim/faults", self._control_faults, methods=["POST"]),
                        Route("/_sim/state", self._control_state, methods=["GET"]),
                    ]
                    if control
                    else []
                ),
            ]
        )

    # --- control -----------------------------------------------------------------------
    def inject(self, fault: Fault, count: int = 1) -> None:
        """The next ``count`` valid messages meet ``fault``."""
        self.faults.extend([fault] * count)

    def release_hangs(self) -> None:
        self._release.set()
        self._release = asyncio.Event()

    async def _serve(self, listen: Listen) -> str:
        """HTTPS; the URL is the base (without ``path``). ``stop`` then ``start`` again (same
        port) simulates an outage; the per-vehicle state survives."""
        self._release = asyncio.Event()
        # proto IPPROTO_TCP explicitly: asyncio only sets TCP_NODELAY on accepted sockets whose
        # proto says TCP, and without it every answer waits ~40 ms for a delayed ACK
        family = socket.AF_INET6 if ":" in listen.host else socket.AF_INET
        sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((listen.host, listen.port))
        sock.listen(64)
        sock.setblocking(False)
        config = uvicorn.Config(
            self.app,
            ssl_certfile=str(listen.certfile),
            ssl_keyfile=str(listen.keyfile),
            http=_TransportAwareH11,
            lifespan="off",
            access_log=False,
            log_level="warning",
            timeout_keep_alive=120,  # longer than the client's 61 s idle close
        )
        config.load()
        assert config.ssl is not None
        if listen.tls12_profile_only:
            restrict_to_profile(config.ssl)
        self._server = _QuietServer(config)
        self._task = asyncio.create_task(self._server.serve(sockets=[sock]))
        while not self._server.started:
            if self._task.done():
                self._task.result()
            await asyncio.sleep(0.01)
        url = listen_url("https", sock.getsockname())
        log.info("V2ICP sim backend on %s%s", url, self.path)
        return url

    async def stop(self) -> None:
        self._release.set()
        if self._server is not None and self._task is not None:
            self._server.should_exit = True
            self._server.force_exit = True
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        self._server = None
        self._task = None

    # --- handlers ----------------------------------------------------------------------
    async def _openapi(self, request: Request) -> Response:
        return PlainTextResponse(self._openapi_yaml, media_type="application/yaml")

    async def _openapi_json(self, request: Request) -> Response:
        return JSONResponse(build_openapi(self.path))

    async def _control_faults(self, request: Request) -> Response:
        """``{"kind": "status_500", "count": 2, "seconds": 1.0, "size": 1000}`` (sim only)."""
        try:
            doc = json.loads(await request.body())
            fault = Fault(
                FaultKind(doc["kind"]),
                seconds=float(doc.get("seconds", 0.0)),
                size=int(doc.get("size", 10 * 1024 * 1024)),
            )
            count = int(doc.get("count", 1))
        except (ValueError, KeyError, TypeError) as exc:
            return JSONResponse({"error": f"bad fault: {exc}"}, status_code=400)
        if fault.kind is FaultKind.HANG and doc.get("release"):
            self.release_hangs()
        self.inject(fault, count)
        return JSONResponse({"queued": len(self.faults)})

    async def _control_state(self, request: Request) -> Response:
        return JSONResponse(
            {
                "stats": dict(self.stats),
                "faults_queued": len(self.faults),
                "vehicles": {
                    vin: {"known": st.known, "last_seq": st.last_seq, "messages": st.messages}
                    for vin, st in self.vehicles.items()
                },
            }
        )

    def _invalid(self, reason: str) -> Response:
        self.stats.add("invalid")
        log.info("sim backend: invalid message: %s", reason)
        return JSONResponse({"error": reason}, status_code=400)

    def _parse(self, doc: Any, vin: str) -> tuple[int, dict[str, int]] | str:
        """``(seq, parameters)`` of a valid message, else the reason it is invalid."""
        if not isinstance(doc, dict):
            return "not a JSON object"
        seq = doc.get("seq")
        if type(seq) is not int or not 0 <= seq <= 255:
            return f"seq {seq!r} not an integer 0..255"
        if doc.get("vin") != vin:
            return "vin differs from the authenticated VIN"
        if self.body_shape == "nested":
            raw = doc.get("parameters")
            if not isinstance(raw, dict):
                return "parameters missing or not an object"
        else:
            raw = {k: v for k, v in doc.items() if k not in ("seq", "vin", "evccid")}
        params: dict[str, int] = {}
        errors = []
        for name, value in raw.items():
            try:
                params[name] = validate(name, value, Direction.VEHICLE)
            except ParameterError as exc:
                errors.append(str(exc))
        if errors:
            return "; ".join(errors)
        absent = [n for n in (VEHICLE_PARAMETERS if seq == 0 else ALWAYS_SENT) if n not in params]
        if absent:
            return f"seq {seq} lacks {', '.join(absent)}"
        return seq, params

    def _directives(self, vin: str, messages: int) -> dict[str, Any]:
        steps = self.scenario.vehicles[vin].directives
        current: dict[str, Any] = {}
        for step in steps:
            if step.from_message <= messages:
                current = step.parameters
        return dict(current)

    async def _message(self, request: Request) -> Response:
        self.stats.add("requests")
        creds = _basic_credentials(request.headers.get("authorization", ""))
        vehicle = self.scenario.vehicles.get(creds[0]) if creds else None
        if (
            creds is None
            or vehicle is None
            or not hmac.compare_digest(creds[1].encode(), vehicle.password.encode())
        ):
            self.stats.add("unauthorized")
            return Response(status_code=401, headers={"WWW-Authenticate": 'Basic realm="V2ICP"'})
        vin = creds[0]
        try:
            body = await request.body()
        except ClientDisconnect:
            return Response(status_code=400)  # nobody is listening any more
        if len(body) > MAX_REQUEST_BYTES:
            return self._invalid("request too large")
        try:
            doc = json.loads(body)
        except ValueError:
            return self._invalid("malformed JSON")
        parsed = self._parse(doc, vin)
        if isinstance(parsed, str):
            return self._invalid(parsed)
        seq, params = parsed
        # the state is updated on receipt, whatever happens to the answer afterwards
        st = self.vehicles.setdefault(vin, VehicleState(vin))
        if seq == 0:
            st.known = dict(params)
        else:
            st.known.update(params)
        st.last_seq = seq
        if isinstance(doc.get("evccid"), str):
            st.evccid = doc["evccid"]
        st.messages += 1
        st.history.append({"seq": seq, "parameters": params})
        st.peers.append(request.client.host if request.client else "")
        self.stats.add("accepted")
        answer: dict[str, Any] = {"seq": seq, "vin": vin}
        bridged = self.directive_source(vin) if self.directive_source is not None else None
        directives = bridged if bridged is not None else self._directives(vin, st.messages - 1)
        if self.body_shape == "nested":
            answer["parameters"] = directives
        else:
            answer.update(directives)
        fault = self.faults.popleft() if self.faults else None
        if fault is not None:
            self.stats.add("faults")
            return await self._faulty(request, fault, answer)
        return JSONResponse(answer)

    async def _faulty(self, request: Request, fault: Fault, answer: dict[str, Any]) -> Response:
        log.info("sim backend: injecting %s", fault.kind)
        transport = request.scope.get("extensions", {}).get(_TRANSPORT_KEY)
        kind = fault.kind
        if kind is FaultKind.DELAY:
            await asyncio.sleep(fault.seconds)
        elif kind is FaultKind.HANG:
            await self._release.wait()
        elif kind in (FaultKind.DROP, FaultKind.TLS_RESET) and transport is not None:
            if kind is FaultKind.TLS_RESET:
                sock = transport.get_extra_info("socket")
                if sock is not None:
                    sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                transport.abort()
            else:
                transport.close()
            return Response(status_code=500)  # never reaches the client
        elif kind in (FaultKind.DROP, FaultKind.TLS_RESET, FaultKind.STATUS_500):
            return PlainTextResponse("injected failure", status_code=500)
        elif kind is FaultKind.WRONG_SEQ:
            answer["seq"] = (answer["seq"] + 1) % 256
        elif kind is FaultKind.WRONG_VIN:
            answer["vin"] = "WVWZZZ1JZXW999999"
        elif kind is FaultKind.GARBAGE_JSON:
            return Response(json.dumps(answer)[:-7].encode(), media_type="application/json")
        elif kind is FaultKind.HUGE_BODY:
            return StreamingResponse(_huge(fault.size), media_type="application/json")
        return JSONResponse(answer)


async def _huge(size: int) -> AsyncIterator[bytes]:
    chunk = b" " * 65_536
    sent = 0
    yield b"["
    while sent < size:
        yield chunk
        sent += len(chunk)
    yield b"]"


def default_scenario(vin: str, password: str = "") -> Scenario:
    """One vehicle; the seed's directive lifecycle (preconditioning on, later off)."""
    return Scenario(
        vehicles={
            vin: VehicleScenario(
                password=password,
                directives=[
                    DirectiveStep(
                        from_message=0,
                        parameters={
                            "driveoff": 45,
                            "prec_dsrd": 1,
                            "prec_hvac": 3,
                            "ambienttemp": 4,
                            "target_dist": 120,
                            "target_soc": 85,
                        },
                    ),
                    DirectiveStep(
                        from_message=6,
                        parameters={"driveoff": 40, "prec_dsrd": 1, "prec_hvac": 2},
                    ),
                    DirectiveStep(
                        from_message=30,
                        parameters={"driveoff": 10, "prec_dsrd": 0, "target_soc": 90},
                    ),
                ],
            )
        }
    )


def main(argv: list[str] | None = None) -> int:
    """Run the sim backend standalone (for ``demo --backend-url`` or a HIL bench)."""
    import argparse
    import tempfile

    from evcc_agent.sim.backend_pki import BackendCa

    ap = argparse.ArgumentParser(description="VDV 261 V2ICP reference backend (simulation)")
    ap.add_argument("--host", default="127.0.0.1")
    ap.add_argument("--port", type=int, default=8443)
    ap.add_argument("--path", default="/vdv261/v2icp/messages")
    ap.add_argument("--body-shape", choices=("nested", "flat"), default="nested")
    ap.add_argument("--scenario", default=None, help="scenario JSON (default: one demo vehicle)")
    ap.add_argument("--vin", default="WVWZZZ1JZXW000001", help="demo vehicle without --scenario")
    ap.add_argument("--password", default="", help="demo vehicle's password (sim only)")
    ap.add_argument("--pki-dir", default=None, help="where the root CA and server cert go")
    ap.add_argument("--tls12-profile-only", action="store_true")
    ap.add_argument(
        "--vdv463-port", type=int, default=None, help="also serve VDV 463 (wss) on this port"
    )
    ap.add_argument("--vdv463-user", default="depot")
    ap.add_argument("--vdv463-password", default="", help="VDV 463 Basic password (sim only)")
    args = ap.parse_args(argv)
    scenario = (
        Scenario.load(args.scenario) if args.scenario else default_scenario(args.vin, args.password)
    )
    pki_dir = Path(args.pki_dir or tempfile.mkdtemp(prefix="v2icp-sim-pki-"))
    ca = BackendCa.create(pki_dir)
    cert, key = ca.issue_server(hosts=("localhost", args.host))

    async def serve() -> None:
        backend = SimBackend(scenario, path=args.path, body_shape=args.body_shape, control=True)
        url = await backend.start(cert, key, args.host, args.port, args.tls12_profile_only)
        print(f"url: {url}{backend.path}\nroot CA: {ca.cert_file}", flush=True)
        cms = None
        if args.vdv463_port is not None:  # the reference CMS: plans from depot systems
            from evcc_agent.sim.vdv463.cms import ReferenceCms

            cms = ReferenceCms(backend, users={args.vdv463_user: args.vdv463_password})
            cms_cert, cms_key = ca.issue_server("cms", hosts=("localhost", args.host), vdv463=True)
            vdv463_url = await cms.start(cms_cert, cms_key, args.host, args.vdv463_port)
            print(f"vdv463: {vdv463_url}", flush=True)
        try:
            await asyncio.Event().wait()
        finally:
            if cms is not None:
                await cms.stop()
            await backend.stop()

    logging.basicConfig(level=logging.INFO)
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(serve())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
