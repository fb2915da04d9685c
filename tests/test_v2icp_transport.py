"""The V2ICP client against the sim backend over real TLS on loopback.

PKI generated per test module with ``cryptography``. Time is the real monotonic clock with
small configured knobs; every wait is on an event (``client.wait_for``), guarded by a timeout.
"""

from __future__ import annotations

import asyncio
import base64
import datetime as dt
import json
import logging
import ssl
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest

from evcc_agent.clock import MonotonicClock
from evcc_agent.dtc import DtcRegistry
from evcc_agent.events import InternetDown, InternetUp
from evcc_agent.sim.backend import (
    DirectiveStep,
    Fault,
    FaultKind,
    Scenario,
    SimBackend,
    VehicleScenario,
)
from evcc_agent.sim.backend_pki import BackendCa
from evcc_agent.v2icp.client import V2icpClient, V2icpExchange, V2icpRequest
from evcc_agent.v2icp.config import V2icpConfig
from evcc_agent.v2icp.params import BACKEND_PARAMETERS, validate
from evcc_agent.v2icp.session import Phase, TransportErrorKind
from tests.v2icp_helpers import VEHICLE_VALUES, VIN

PASSWORD = "Depot_Pass-42"
UP = InternetUp("https", 443, "iso20")
GUARD_S = 20.0


@dataclass
class Pki:
    ca: BackendCa
    other_ca: BackendCa
    good: tuple[Path, Path]
    expired: tuple[Path, Path]
    wrong_host: tuple[Path, Path]
    password_file: Path


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> Pki:
    d = tmp_path_factory.mktemp("v2icp_pki")
    ca = BackendCa.create(d / "ca")
    other = BackendCa.create(d / "other", name="Some Other Root")
    now = dt.datetime.now(dt.UTC)
    pw = d / "password"
    pw.write_text(PASSWORD + "\n")
    pw.chmod(0o600)
    return Pki(
        ca=ca,
        other_ca=other,
        good=ca.issue_server("good"),
        expired=ca.issue_server(
            "expired",
            valid_from=now - dt.timedelta(days=30),
            valid_until=now - dt.timedelta(days=1),
        ),
        wrong_host=ca.issue_server("wronghost", hosts=("backend.example", "10.9.9.9")),
        password_file=pw,
    )


def scenario(password: str = PASSWORD, directives: dict[str, Any] | None = None) -> Scenario:
    params = directives if directives is not None else {"driveoff": 45, "target_soc": 85}
    return Scenario(
        vehicles={
            VIN: VehicleScenario(
                password=password, directives=[DirectiveStep(from_message=0, parameters=params)]
            )
        }
    )


@pytest.fixture
async def backend(pki: Pki) -> AsyncIterator[SimBackend]:
    be = SimBackend(scenario())
    await be.start(*pki.good)
    yield be
    await be.stop()


@dataclass
class Running:
    client: V2icpClient
    task: asyncio.Task[None]
    dtcs: DtcRegistry
    applied: list[dict[str, int]] = field(default_factory=list)
    observed: list[V2icpRequest | V2icpExchange] = field(default_factory=list)

    @property
    def requests(self) -> list[V2icpRequest]:
        return [r for r in self.observed if isinstance(r, V2icpRequest)]

    @property
    def exchanges(self) -> list[V2icpExchange]:
        return [r for r in self.observed if isinstance(r, V2icpExchange)]

    @property
    def counters(self) -> Any:
        assert self.client.session is not None
        return self.client.session.counters

    async def until(self, pred: Callable[[V2icpClient], bool]) -> None:
        async with asyncio.timeout(GUARD_S):
            await self.client.wait_for(pred)

    async def acks(self, n: int) -> None:
        base = self.counters["acknowledged"]
        await self.until(lambda c: self.counters["acknowledged"] >= base + n)

    async def failures(self, n: int) -> None:
        base = self.counters["failed_attempts"]
        await self.until(lambda c: self.counters["failed_attempts"] >= base + n)


@pytest.fixture
async def run_client(pki: Pki) -> AsyncIterator[Callable[..., Any]]:
    started: list[Running] = []

    async def start(
        url: str,
        root_ca: Path | None = None,
        observer: Callable[[V2icpRequest | V2icpExchange], None] | None = None,
        **knobs: Any,
    ) -> Running:
        knobs = {
            "cycle_s": 0.05,
            "response_timeout_s": 5.0,
            "reconnect_schedule_s": [0.2, 0.4, 0.6],
            "reconnect_every_s": 0.2,
            **knobs,
        }
        cfg = V2icpConfig(
            url=url,
            vin=VIN,
            evccid="00-1A-B2-C3-D4-E5",
            root_ca=root_ca or pki.ca.cert_file,
            password_file=knobs.pop("password_file", pki.password_file),
            **knobs,
        )
        dtcs = DtcRegistry()
        run = Running(None, None, dtcs)  # type: ignore[arg-type]
        run.client = V2icpClient(
            cfg,
            MonotonicClock(),
            dtcs,
            on_directives=run.applied.append,
            on_exchange=observer or run.observed.append,
            environ={},
        )
        run.task = asyncio.create_task(run.client.run())
        run.client.parameters_changed(VEHICLE_VALUES)
        run.client.internet(UP)
        started.append(run)
        await run.until(lambda c: c.session is not None or bool(c.problem))
        return run

    yield start
    for run in started:
        assert not run.task.done() or run.client.problem, "the client must never die"
        run.task.cancel()
        await asyncio.gather(run.task, return_exceptions=True)


def assert_only_valid_directives(applied: list[dict[str, int]]) -> None:
    for values in applied:
        for name, value in values.items():
            assert name in BACKEND_PARAMETERS
            assert validate(name, value) == value


async def test_exchange_over_the_vdv261_tls12_profile(pki: Pki, run_client: Any):
    be = SimBackend(scenario())
    await be.start(*pki.good, tls12_profile_only=True)  # only ECDHE-ECDSA-AES128-SHA256
    try:
        run = await run_client(be.url)
        await run.acks(3)
        vehicle = be.vehicles[VIN]
        assert vehicle.history[0] == {"seq": 0, "parameters": VEHICLE_VALUES}
        assert vehicle.history[1]["parameters"] == {"h2_stat": 2, "bat_stat": 0}
        assert run.applied[0] == {"driveoff": 45, "target_soc": 85}
        assert run.client.directives == {"driveoff": 45, "target_soc": 85}
        assert run.client.transport is not None
        assert run.client.transport.connections_opened == 1  # one persistent connection
        assert not run.dtcs.active()
    finally:
        await be.stop()


async def test_the_exchange_observer_sees_each_request_and_its_answer(
    backend: SimBackend, run_client: Any
):
    run = await run_client(backend.url)
    await run.until(lambda c: len(run.exchanges) >= 2)
    first, second = run.requests[:2]
    assert (first.seq, first.attempt, first.parameters) == (0, 1, VEHICLE_VALUES)
    assert (second.seq, second.parameters) == (1, {"h2_stat": 2, "bat_stat": 0})
    answer = run.exchanges[0]
    assert answer.request is first and answer.status == 200 and answer.error is None
    assert json.loads(answer.body)["seq"] == 0
    assert 0.0 <= answer.duration_s < GUARD_S
    assert run.exchanges[1].request is second


async def test_the_exchange_observer_sees_transport_errors(pki: Pki, run_client: Any):
    be = SimBackend(scenario())
    await be.start(*pki.good)
    try:
        run = await run_client(be.url, root_ca=pki.other_ca.cert_file)
        await run.failures(2)
        failed = run.exchanges[0]
        assert failed.status is None and failed.error is TransportErrorKind.TLS
        assert "unable to get local issuer certificate" in failed.detail
        assert [e.request.attempt for e in run.exchanges[:2]] == [1, 2]
    finally:
        await be.stop()


async def test_a_failing_exchange_observer_never_stops_the_client(
    backend: SimBackend, run_client: Any, caplog: pytest.LogCaptureFixture
):
    def broken(record: V2icpRequest | V2icpExchange) -> None:
        raise RuntimeError("observer bug")

    run = await run_client(backend.url, observer=broken)
    await run.acks(2)
    assert "exchange callback failed" in caplog.text
    assert not run.task.done()


@pytest.mark.parametrize(
    ("cert", "root", "reason"),
    [
        ("good", "other", "unable to get local issuer certificate"),
        ("expired", "ca", "certificate has expired"),
        ("wrong_host", "ca", "mismatch"),
    ],
)
async def test_tls_failures_raise_dtc_and_never_send(
    pki: Pki, run_client: Any, cert: str, root: str, reason: str
):
    be = SimBackend(scenario())
    await be.start(*getattr(pki, cert))
    try:
        ca = pki.other_ca if root == "other" else pki.ca
        run = await run_client(be.url, root_ca=ca.cert_file)
        await run.failures(1)
        assert run.dtcs.is_active("V2ICP_TLS_FAILURE")
        assert reason in run.client.status()["last_failure"]
        assert be.stats["requests"] == 0 and run.applied == []
    finally:
        await be.stop()


async def test_401_raises_auth_dtc_and_waits_for_the_reconnect_cadence(
    pki: Pki, run_client: Any, tmp_path: Path
):
    be = SimBackend(scenario(password="another"))
    await be.start(*pki.good)
    try:
        run = await run_client(be.url, reconnect_schedule_s=[300.0])
        await run.failures(1)
        assert run.dtcs.is_active("V2ICP_AUTH_REJECTED")
        session = run.client.session
        assert session is not None and session.phase is Phase.BACKOFF
        assert session.status()["next_send_at"] >= 299.0  # no retry before 5 minutes
        assert be.stats["unauthorized"] == 1
    finally:
        await be.stop()


async def test_empty_password_is_sent_with_the_vin(pki: Pki, run_client: Any, tmp_path: Path):
    be = SimBackend(scenario(password=""))
    await be.start(*pki.good)
    empty = tmp_path / "empty"
    empty.write_text("")
    empty.chmod(0o600)
    try:
        run = await run_client(be.url, password_file=empty)
        await run.acks(1)
        assert be.stats["unauthorized"] == 0
    finally:
        await be.stop()


@pytest.mark.parametrize(
    ("fault", "reason", "dtc"),
    [
        (Fault(FaultKind.STATUS_500), "HTTP 500", None),
        (Fault(FaultKind.GARBAGE_JSON), "malformed JSON", "V2ICP_PROTOCOL_VIOLATION"),
        (Fault(FaultKind.WRONG_SEQ), "seq mismatch", "V2ICP_PROTOCOL_VIOLATION"),
        (Fault(FaultKind.WRONG_VIN), "VIN mismatch", "V2ICP_PROTOCOL_VIOLATION"),
        (Fault(FaultKind.HUGE_BODY), "oversize", "V2ICP_PROTOCOL_VIOLATION"),
        (Fault(FaultKind.DROP), "dropped", None),
        (Fault(FaultKind.TLS_RESET), "dropped", None),
    ],
)
async def test_faults_are_failed_attempts_then_the_retry_is_byte_identical(
    backend: SimBackend, run_client: Any, fault: Fault, reason: str, dtc: str | None
):
    run = await run_client(backend.url)
    await run.acks(2)
    backend.inject(fault)
    await run.failures(1)
    assert reason in run.client.status()["last_failure"]
    if dtc:
        assert run.dtcs.is_active(dtc)
    await run.acks(1)
    hist = list(backend.vehicles[VIN].history)
    # the faulty exchange and its retry carried the same seq and parameters
    assert hist[-1]["seq"] == hist[-2]["seq"]
    assert hist[-1]["parameters"] == hist[-2]["parameters"]
    if dtc:
        assert not run.dtcs.is_active(dtc)
    assert_only_valid_directives(run.applied)


async def test_timeout_with_a_backend_that_never_answers(backend: SimBackend, run_client: Any):
    run = await run_client(backend.url, response_timeout_s=0.3)
    await run.acks(1)
    backend.inject(Fault(FaultKind.HANG), count=3)
    session = run.client.session
    assert session is not None
    await run.until(lambda c: session.phase is Phase.BACKOFF)
    assert "no answer within 0.3 s" in session.last_failure
    assert run.dtcs.is_active("V2ICP_UNREACHABLE")
    backend.release_hangs()
    await run.acks(1)
    assert not run.dtcs.is_active("V2ICP_UNREACHABLE")
    assert session.counters["reconnects"] >= 1


async def test_changes_during_an_outage_arrive_with_the_next_acknowledged_message(
    pki: Pki, run_client: Any
):
    be = SimBackend(scenario())
    url = await be.start(*pki.good)
    port = int(url.rsplit(":", 1)[1])
    run = await run_client(url, attempts=2)
    await run.acks(2)
    await be.stop()  # the backend is gone: connection refused
    session = run.client.session
    assert session is not None
    await run.until(lambda c: session.phase is Phase.BACKOFF)
    run.client.parameters_changed({"odo": 18300, "chrg_stat": 3})
    run.client.parameters_changed({"bat_eamount": 100, "odo": 18301})
    await run.failures(1)  # a reconnect moment passes while the backend is still away
    await be.start(*pki.good, port=port)  # back, with the state it had
    try:
        await run.acks(1)
        first_after = be.vehicles[VIN].history[-1]
        assert {"odo": 18301, "chrg_stat": 3, "bat_eamount": 100}.items() <= first_after[
            "parameters"
        ].items()
        expected = {**VEHICLE_VALUES, "odo": 18301, "chrg_stat": 3, "bat_eamount": 100}
        assert be.vehicles[VIN].known == expected == session.acked
    finally:
        await be.stop()


async def test_invalid_directives_never_reach_the_vehicle(pki: Pki, run_client: Any):
    bad = {"driveoff": 30, "target_soc": 150, "prec_hvac": "2", "ambienttemp": -60, "odo": 1}
    be = SimBackend(scenario(directives=bad))
    await be.start(*pki.good)
    try:
        run = await run_client(be.url)
        await run.acks(2)
        assert run.applied[0] == {"driveoff": 30}
        assert_only_valid_directives(run.applied)
        assert run.dtcs.is_active("DIRECTIVE_INVALID")
    finally:
        await be.stop()


async def test_flat_body_and_other_path(pki: Pki, run_client: Any):
    be = SimBackend(scenario(), path="/v1/vehicleMessage", body_shape="flat")
    await be.start(*pki.good)
    try:
        run = await run_client(be.url, path="/v1/vehicleMessage", body_shape="flat")
        await run.acks(2)
        assert be.vehicles[VIN].known == VEHICLE_VALUES
        assert run.client.directives == {"driveoff": 45, "target_soc": 85}
    finally:
        await be.stop()


async def test_session_end_stops_and_a_new_session_restarts_at_seq0(
    backend: SimBackend, run_client: Any
):
    run = await run_client(backend.url)
    await run.acks(3)
    run.client.internet(InternetDown("session_stop"))
    session = run.client.session
    assert session is not None
    await run.until(lambda c: session.phase is Phase.STOPPED)
    run.client.internet(UP)
    await run.acks(1)
    # the first acknowledged message of the new session is seq 0 with the full set
    seq0 = [h for h in list(backend.vehicles[VIN].history)[-3:] if h["seq"] == 0]
    assert seq0 and seq0[-1]["parameters"] == VEHICLE_VALUES
    assert session.seq in (0, 1)


async def test_credentials_never_logged(
    backend: SimBackend, run_client: Any, caplog: pytest.LogCaptureFixture
):
    token = base64.b64encode(f"{VIN}:{PASSWORD}".encode()).decode()
    with caplog.at_level(logging.DEBUG):
        run = await run_client(backend.url)
        await run.acks(2)
        backend.inject(Fault(FaultKind.GARBAGE_JSON))
        await run.failures(1)
        await run.acks(1)
    text = caplog.text + json.dumps(run.client.status(), default=str)
    assert "HTTP Request: POST" in caplog.text or "V2ICP" in caplog.text  # logs were captured
    assert PASSWORD not in text and token not in text


async def test_missing_configuration_raises_dtc_and_returns(run_client: Any, tmp_path: Path):
    run = await run_client("https://127.0.0.1:9", root_ca=tmp_path / "absent.pem")
    await asyncio.wait_for(run.task, GUARD_S)
    assert run.dtcs.is_active("V2ICP_CONFIG_MISSING")
    assert "root_ca" in run.client.status()["problem"]


async def test_backend_validates_messages_and_serves_openapi(backend: SimBackend, pki: Pki):
    ctx = ssl.create_default_context(cafile=str(pki.ca.cert_file))
    async with httpx.AsyncClient(verify=ctx, base_url=backend.url, auth=(VIN, PASSWORD)) as http:
        doc = await http.get("/openapi.yaml")
        assert doc.status_code == 200 and "postVehicleMessage" in doc.text

        async def post(body: dict[str, Any], auth: Any = None) -> httpx.Response:
            kw = {"auth": auth} if auth else {}
            return await http.post(backend.path, json=body, **kw)

        assert (
            await post({"seq": 0, "vin": VIN, "parameters": VEHICLE_VALUES}, ("X", "y"))
        ).status_code == 401
        assert (
            await post({"seq": 0, "vin": VIN, "parameters": {"bat_stat": 0}})
        ).status_code == 400
        assert (await post({"seq": 1, "vin": VIN, "parameters": {"odo": 1}})).status_code == 400
        bad_range = {**VEHICLE_VALUES, "bat_stat": 9}
        assert (await post({"seq": 0, "vin": VIN, "parameters": bad_range})).status_code == 400
        ok = await post({"seq": 0, "vin": VIN, "parameters": VEHICLE_VALUES})
        assert ok.status_code == 200 and ok.json()["seq"] == 0 and ok.json()["vin"] == VIN
    assert backend.stats["invalid"] == 3 and backend.stats["unauthorized"] == 1


async def _connect_proxy(seen: list[str]) -> asyncio.Server:
    """A minimal HTTP CONNECT proxy on loopback (pipes bytes, TLS stays end to end)."""

    async def pipe(r: asyncio.StreamReader, w: asyncio.StreamWriter) -> None:
        try:
            while data := await r.read(65536):
                w.write(data)
                await w.drain()
        except (ConnectionError, asyncio.CancelledError):
            pass
        finally:
            w.close()

    async def handle(r: asyncio.StreamReader, w: asyncio.StreamWriter) -> None:
        head = (await r.readuntil(b"\r\n\r\n")).decode()
        target = head.split()[1]
        seen.append(head.split()[0] + " " + target)
        host, port = target.rsplit(":", 1)
        ur, uw = await asyncio.open_connection(host, int(port))
        w.write(b"HTTP/1.1 200 Connection established\r\n\r\n")
        await w.drain()
        await asyncio.gather(pipe(r, uw), pipe(ur, w))

    return await asyncio.start_server(handle, "127.0.0.1", 0)


async def test_through_a_connect_proxy(backend: SimBackend, run_client: Any):
    seen: list[str] = []
    proxy = await _connect_proxy(seen)
    port = proxy.sockets[0].getsockname()[1]
    try:
        run = await run_client(backend.url, proxy=f"http://127.0.0.1:{port}")
        await run.acks(2)
        assert seen and seen[0] == "CONNECT " + backend.url.removeprefix("https://")
    finally:
        proxy.close()


async def test_a_10_mb_answer_is_not_buffered(backend: SimBackend, pki: Pki):
    import tracemalloc

    from evcc_agent.v2icp.session import TransportErrorKind
    from evcc_agent.v2icp.transport import TransportFailure, V2icpTransport, client_ssl_context

    transport = V2icpTransport(
        backend.url + backend.path, VIN, PASSWORD, client_ssl_context(pki.ca.cert_file)
    )
    body = json.dumps({"seq": 0, "vin": VIN, "parameters": VEHICLE_VALUES}).encode()
    backend.inject(Fault(FaultKind.HUGE_BODY, size=10 * 1024 * 1024))
    tracemalloc.start()
    try:
        with pytest.raises(TransportFailure) as err:
            await transport.post(body)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
        await transport.close()
    assert err.value.kind is TransportErrorKind.OVERSIZE
    assert peak < 3 * 1024 * 1024, f"peak {peak} bytes while refusing a 10 MB answer"


def test_client_tls_policy(pki: Pki):
    from evcc_agent.v2icp.transport import client_ssl_context

    ctx = client_ssl_context(pki.ca.cert_file)
    assert ctx.verify_mode is ssl.CERT_REQUIRED and ctx.check_hostname
    assert ctx.minimum_version is ssl.TLSVersion.TLSv1_2
    assert ctx.cert_store_stats()["x509_ca"] == 1  # the V2ICP root only, no system store
    names = [c["name"] for c in ctx.get_ciphers()]
    assert "ECDHE-ECDSA-AES128-SHA256" in names
    assert not any("NULL" in n or "RC4" in n or n.startswith("DES") for n in names)
