"""SECC simulator (ISO 15118-20 DC and AC, Internet VAS) for tests, the demo and benches.

``SeccResponder`` is the dict-level core: one request dict in, one reply out (or a fault).
``SeccServer`` puts it behind the same V2GTP framing and EXI codec the EVCC uses, on TCP or
TLS 1.3 (mutual authentication with the test PKI), and answers SDP (multicast on an
interface, or unicast). Faults are injected per request name: no answer, FAILED codes, no
Internet VAS, wrong session id, garbage EXI, connection drop, EVSE notifications.
"""

from __future__ import annotations

import asyncio
import contextlib
import ipaddress
import logging
import os
import socket
import ssl
import struct
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from evcc_agent.iso15118 import sdp
from evcc_agent.iso15118.codec import Codec, default_codec, namespace_for, warm_up
from evcc_agent.iso15118.session.base import message_name
from evcc_agent.iso15118.session.numbers import from_rational, rational
from evcc_agent.iso15118.v2gtp import (
    ISO20_STREAM_TYPES,
    PayloadType,
    V2gtpConnection,
    V2gtpError,
)
from evcc_agent.sim.secc_v2g import (
    DIN_NAMESPACE,
    ISO2_NAMESPACE,
    V2G_GRAMMARS,
    V2gResponder,
    internet_parameter_sets,
)

log = logging.getLogger(__name__)

FaultKind = Literal[
    "no_answer", "failed", "wrong_session_id", "garbage_exi", "drop", "notification"
]


@dataclass
class Fault:
    """Misbehave when the ``nth`` request called ``at`` arrives."""

    kind: FaultKind
    at: str  # request name, e.g. "ServiceSelectionReq"
    nth: int = 1
    code: str = "FAILED"  # for kind="failed"
    notification: str = "Terminate"  # for kind="notification" (in a ChargeLoopRes)


@dataclass
class SeccSimConfig:
    energy_services: list[int] = field(default_factory=lambda: [2, 1])  # DC, AC
    protocols: list[str] = field(
        default_factory=lambda: ["urn:iso:std:iso:15118:-20:DC", "urn:iso:std:iso:15118:-20:AC"]
    )
    offer_internet: bool = True
    #: (ParameterSetID, Protocol, Port) as the charger announces them
    internet_sets: list[tuple[int, str, int]] = field(
        default_factory=lambda: [(3, "http", 80), (4, "HTTPS", 443)]
    )
    control_modes: list[int] = field(default_factory=lambda: [1, 2])  # scheduled, dynamic
    renegotiation_supported: bool = True
    ongoing_rounds: int = 1  # Ongoing answers before Finished (Authorization, CableCheck …)
    evse_max_voltage: float = 900.0
    evse_min_voltage: float = 150.0
    evse_max_current: float = 300.0
    evse_max_power: float = 150_000.0
    evse_id: str = "DE*TST*E1*1"
    faults: list[Fault] = field(default_factory=list)
    #: label every -20 response with this payload type (mimics sloppy chargers)
    response_payload_type: int | None = None


@dataclass
class Reply:
    kind: Literal["message", "none", "garbage", "drop"]
    payload_type: int = 0
    message: dict[str, Any] | None = None
    #: grammar to encode with (-2/DIN: their own on payload type 0x8001); None: by type
    ns: str | None = None


class SeccResponder:
    """Answers one EVCC's requests; keeps the simulated power stage and what it received."""

    def __init__(
        self,
        config: SeccSimConfig | None = None,
        session_id: str | None = None,
        paused_sessions: set[str] | None = None,
    ) -> None:
        self.cfg = config or SeccSimConfig()
        self.session_id = session_id or os.urandom(8).hex().upper()
        #: ids of sessions stopped with Pause (shared by a server's connections)
        self.paused_sessions = paused_sessions if paused_sessions is not None else set()
        self.received: list[dict[str, Any]] = []
        self.counts: dict[str, int] = {}
        self.present_voltage = 0.0
        self.present_current = 0.0
        self.selected: dict[str, Any] | None = None
        self.chosen_protocol: str | None = None
        self._ongoing: dict[str, int] = {}
        #: -2 / DIN answers once SAP chose one of them (``secc_v2g.py``)
        self.v2g: V2gResponder | None = None
        self.selected_energy: str | None = None

    def request_namespace(self, payload_type: int) -> str:
        """Grammar of an incoming request: -2/DIN after SAP chose them, else by type."""
        if self.v2g is not None and payload_type == PayloadType.SAP:
            return self.v2g.ns
        return namespace_for(payload_type)

    # -------------------------------------------------------------- helpers
    def _fault(self, name: str) -> Fault | None:
        for fault in self.cfg.faults:
            if fault.at == name and fault.nth == self.counts.get(name, 0):
                return fault
        return None

    def _header(self, sid: str | None = None) -> dict[str, Any]:
        return {"SessionID": sid or self.session_id, "TimeStamp": int(time.time())}

    def _processing(self, name: str) -> str:
        done = self._ongoing.get(name, 0)
        if done < self.cfg.ongoing_rounds:
            self._ongoing[name] = done + 1
            return "Ongoing"
        return "Finished"

    # -------------------------------------------------------------- core
    def handle(self, payload_type: int, message: dict[str, Any]) -> Reply:
        name = message_name(message)
        body = message.get(name) or {}
        self.received.append(message)
        self.counts[name] = self.counts.get(name, 0) + 1
        fault = self._fault(name)
        if fault is not None and fault.kind in ("no_answer", "garbage_exi", "drop"):
            log.info("SECC sim: fault %s at %s", fault.kind, name)
            if fault.kind == "no_answer":
                return Reply("none")
            return Reply("garbage" if fault.kind == "garbage_exi" else "drop")
        if name == "supportedAppProtocolReq":
            return Reply("message", PayloadType.SAP, self._sap(body, fault))
        if self.v2g is not None:
            return self.v2g.handle(name, message, fault)
        res_name = name[:-3] + "Res"
        builder = getattr(self, "_" + name, None)
        if builder is None:
            res: dict[str, Any] = {"ResponseCode": "FAILED_SequenceError"}
        else:
            res = builder(body)
            res.setdefault("ResponseCode", "OK")
        sid = self.session_id
        if fault is not None and fault.kind == "failed":
            res["ResponseCode"] = fault.code
        if fault is not None and fault.kind == "wrong_session_id":
            sid = "DEADBEEF00000000" if self.session_id != "DEADBEEF00000000" else "0" * 16
        if fault is not None and fault.kind == "notification":
            res["EVSEStatus"] = {"NotificationMaxDelay": 0, "EVSENotification": fault.notification}
        reply = {"Header": self._header(sid), **res}
        return Reply("message", payload_type, {res_name: reply})

    def wire_payload_type(self, reply: Reply) -> int:
        """The payload type the response is framed with (normally the request's)."""
        if self.cfg.response_payload_type and reply.payload_type != PayloadType.SAP:
            return self.cfg.response_payload_type
        return reply.payload_type

    def _sap(self, body: dict[str, Any], fault: Fault | None) -> dict[str, Any]:
        offers = sorted(body.get("AppProtocol", []), key=lambda a: a.get("Priority", 99))
        for offer in offers:
            if offer.get("ProtocolNamespace") in self.cfg.protocols:
                self.chosen_protocol = offer["ProtocolNamespace"]
                grammar = V2G_GRAMMARS.get(offer["ProtocolNamespace"])
                self.v2g = V2gResponder(self, grammar) if grammar else None
                code = (
                    fault.code if fault and fault.kind == "failed" else "OK_SuccessfulNegotiation"
                )
                return {
                    "supportedAppProtocolRes": {"ResponseCode": code, "SchemaID": offer["SchemaID"]}
                }
        return {"supportedAppProtocolRes": {"ResponseCode": "Failed_NoNegotiation"}}

    def _SessionSetupReq(self, body: dict[str, Any]) -> dict[str, Any]:
        asked = str(body.get("Header", {}).get("SessionID", "")).upper()
        if asked in self.paused_sessions:
            self.paused_sessions.discard(asked)
            self.session_id = asked
            return {"ResponseCode": "OK_OldSessionJoined", "EVSEID": self.cfg.evse_id}
        return {"ResponseCode": "OK_NewSessionEstablished", "EVSEID": self.cfg.evse_id}

    def _AuthorizationSetupReq(self, body: dict[str, Any]) -> dict[str, Any]:
        return {
            "AuthorizationServices": ["EIM"],
            "CertificateInstallationService": False,
            "EIM_ASResAuthorizationMode": {},
        }

    def _AuthorizationReq(self, body: dict[str, Any]) -> dict[str, Any]:
        return {"EVSEProcessing": self._processing("AuthorizationReq")}

    def _ServiceDiscoveryReq(self, body: dict[str, Any]) -> dict[str, Any]:
        res: dict[str, Any] = {
            "ServiceRenegotiationSupported": self.cfg.renegotiation_supported,
            "EnergyTransferServiceList": {
                "Service": [{"ServiceID": s, "FreeService": True} for s in self.cfg.energy_services]
            },
        }
        if self.cfg.offer_internet:
            res["VASList"] = {"Service": [{"ServiceID": 65, "FreeService": True}]}
        return res

    def _ServiceDetailReq(self, body: dict[str, Any]) -> dict[str, Any]:
        sid = int(body.get("ServiceID", 0))
        if sid == 65 and self.cfg.offer_internet:
            sets = internet_parameter_sets(self.cfg.internet_sets, "finiteString")
        elif sid in self.cfg.energy_services:
            sets = [
                {
                    "ParameterSetID": mode,
                    "Parameter": [
                        {"Name": "Connector", "intValue": 1},
                        {"Name": "ControlMode", "intValue": mode},
                        {"Name": "MobilityNeedsMode", "intValue": 1},
                        {"Name": "Pricing", "intValue": 0},
                    ],
                }
                for mode in self.cfg.control_modes
            ]
        else:
            return {
                "ResponseCode": "FAILED_ServiceIDInvalid",
                "ServiceID": sid,
                "ServiceParameterList": {
                    "ParameterSet": [
                        {"ParameterSetID": 0, "Parameter": [{"Name": "x", "intValue": 0}]}
                    ]
                },
            }
        return {"ServiceID": sid, "ServiceParameterList": {"ParameterSet": sets}}

    def _ServiceSelectionReq(self, body: dict[str, Any]) -> dict[str, Any]:
        self.selected = body
        return {}

    def _evse_dc_limits(self, prefix: str = "EVSE") -> dict[str, Any]:
        return {
            f"{prefix}MaximumChargePower": rational(self.cfg.evse_max_power),
            f"{prefix}MinimumChargePower": rational(0),
            f"{prefix}MaximumChargeCurrent": rational(self.cfg.evse_max_current),
            f"{prefix}MinimumChargeCurrent": rational(0),
            f"{prefix}MaximumVoltage": rational(self.cfg.evse_max_voltage),
            f"{prefix}MinimumVoltage": rational(self.cfg.evse_min_voltage),
        }

    def _DC_ChargeParameterDiscoveryReq(self, body: dict[str, Any]) -> dict[str, Any]:
        return {"DC_CPDResEnergyTransferMode": self._evse_dc_limits()}

    def _AC_ChargeParameterDiscoveryReq(self, body: dict[str, Any]) -> dict[str, Any]:
        return {
            "AC_CPDResEnergyTransferMode": {
                "EVSEMaximumChargePower": rational(22_000),
                "EVSEMinimumChargePower": rational(1_400),
                "EVSENominalFrequency": rational(50),
            }
        }

    def _ScheduleExchangeReq(self, body: dict[str, Any]) -> dict[str, Any]:
        processing = self._processing("ScheduleExchangeReq")
        res: dict[str, Any] = {"EVSEProcessing": processing}
        if "Dynamic_SEReqControlMode" in body:
            res["Dynamic_SEResControlMode"] = {}
        else:
            res["Scheduled_SEResControlMode"] = {
                "ScheduleTuple": [
                    {
                        "ScheduleTupleID": 1,
                        "ChargingSchedule": {
                            "PowerSchedule": {
                                "TimeAnchor": int(time.time()),
                                "PowerScheduleEntries": {
                                    "PowerScheduleEntry": [
                                        {
                                            "Duration": 86400,
                                            "Power": rational(self.cfg.evse_max_power),
                                        }
                                    ]
                                },
                            }
                        },
                    }
                ]
            }
        return res

    def _DC_CableCheckReq(self, body: dict[str, Any]) -> dict[str, Any]:
        return {"EVSEProcessing": self._processing("DC_CableCheckReq")}

    def _DC_PreChargeReq(self, body: dict[str, Any]) -> dict[str, Any]:
        target = from_rational(body.get("EVTargetVoltage")) or 0.0
        # ramp: half-way on the first request, there on the second
        if abs(self.present_voltage - target) > 1.0 and self.counts["DC_PreChargeReq"] == 1:
            self.present_voltage = (self.present_voltage + target) / 2
        else:
            self.present_voltage = target
        return {"EVSEPresentVoltage": rational(self.present_voltage)}

    def _PowerDeliveryReq(self, body: dict[str, Any]) -> dict[str, Any]:
        if body.get("ChargeProgress") == "Stop":
            self.present_current = 0.0
        return {}

    def _DC_ChargeLoopReq(self, body: dict[str, Any]) -> dict[str, Any]:
        mode = (
            body.get("Scheduled_DC_CLReqControlMode")
            or body.get("Dynamic_DC_CLReqControlMode")
            or {}
        )
        target_i = from_rational(mode.get("EVTargetCurrent"))
        target_v = from_rational(mode.get("EVTargetVoltage"))
        if target_i is None:  # dynamic: the EVSE decides; give what the EV allows
            target_i = min(
                from_rational(mode.get("EVMaximumChargeCurrent")) or 0.0, self.cfg.evse_max_current
            )
        if target_v is not None:
            self.present_voltage = min(target_v, self.cfg.evse_max_voltage)
        self.present_current = min(target_i, self.cfg.evse_max_current)
        res: dict[str, Any] = {
            "EVSEPresentCurrent": rational(self.present_current),
            "EVSEPresentVoltage": rational(self.present_voltage),
            "EVSEPowerLimitAchieved": False,
            "EVSECurrentLimitAchieved": self.present_current >= self.cfg.evse_max_current,
            "EVSEVoltageLimitAchieved": False,
        }
        if "Dynamic_DC_CLReqControlMode" in body:
            res["Dynamic_DC_CLResControlMode"] = {
                "EVSEMaximumChargePower": rational(self.cfg.evse_max_power),
                "EVSEMinimumChargePower": rational(0),
                "EVSEMaximumChargeCurrent": rational(self.cfg.evse_max_current),
                "EVSEMaximumVoltage": rational(self.cfg.evse_max_voltage),
            }
        else:
            res["Scheduled_DC_CLResControlMode"] = {}
        return res

    def _AC_ChargeLoopReq(self, body: dict[str, Any]) -> dict[str, Any]:
        if "Dynamic_AC_CLReqControlMode" in body:
            return {"Dynamic_AC_CLResControlMode": {"EVSETargetActivePower": rational(11_000)}}
        return {"Scheduled_AC_CLResControlMode": {}}

    def _DC_WeldingDetectionReq(self, body: dict[str, Any]) -> dict[str, Any]:
        self.present_voltage = self.present_voltage / 10 if self.present_voltage > 1 else 0.0
        return {"EVSEPresentVoltage": rational(round(self.present_voltage, 1))}

    def _SessionStopReq(self, body: dict[str, Any]) -> dict[str, Any]:
        if body.get("ChargingSession") == "Pause":
            self.paused_sessions.add(self.session_id)
        return {}


# ------------------------------------------------------------------ network server


def _link_local_of(interface: str | None) -> str | None:
    """The first fe80:: address of ``interface`` (from /proc/net/if_inet6)."""
    if not interface:
        return None
    with contextlib.suppress(OSError):
        for line in Path("/proc/net/if_inet6").read_text().splitlines():
            fields = line.split()
            if len(fields) >= 6 and fields[5] == interface and fields[0].startswith("fe80"):
                return str(ipaddress.IPv6Address(bytes.fromhex(fields[0])))
    return None


class SeccServer:
    """TCP or TLS V2GTP server around ``SeccResponder``, plus an SDP responder."""

    def __init__(
        self,
        config: SeccSimConfig | None = None,
        ssl_context: ssl.SSLContext | None = None,
        host: str = "::1",
        port: int = 0,
        codec: Codec | None = None,
    ) -> None:
        self.cfg = config or SeccSimConfig()
        self.ssl_context = ssl_context
        self.host = host
        self.port = port
        self._codec = codec
        self.responders: list[SeccResponder] = []
        self.paused_sessions: set[str] = set()
        self.on_responder: Callable[[SeccResponder], None] | None = None
        self._server: asyncio.Server | None = None
        self._sdp_transport: asyncio.DatagramTransport | None = None
        self.sdp_port = 0
        self._conn_tasks: set[asyncio.Task[None]] = set()

    @property
    def codec(self) -> Codec:
        if self._codec is None:
            self._codec = default_codec()
        return self._codec

    @property
    def responder(self) -> SeccResponder:
        return self.responders[-1]

    async def start(self) -> None:
        warm_up(self.codec)
        grammars = [V2G_GRAMMARS[ns] for ns in self.cfg.protocols if ns in V2G_GRAMMARS]
        if grammars:
            warm_up(self.codec, grammars)
        self._server = await asyncio.start_server(
            self._serve, self.host, self.port, ssl=self.ssl_context
        )
        self.port = self._server.sockets[0].getsockname()[1]
        log.info(
            "SECC sim listening on [%s]:%d (%s)",
            self.host,
            self.port,
            "TLS" if self.ssl_context else "TCP",
        )

    async def start_sdp(
        self,
        interface: str | None = None,
        bind: str = "::",
        advertise: str | None = None,
        port: int = sdp.SDP_PORT,
    ) -> None:
        """Answer SDP on UDP 15118 (``port`` 0: an ephemeral port for tests, see
        ``sdp_port``): joins ff02::1 on ``interface`` when given."""
        scope = socket.if_nametoindex(interface) if interface else 0
        sock = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM)
        if port:  # never with an ephemeral port: Linux may hand two such sockets the same one
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.setblocking(False)
        if scope:
            mreq = ipaddress.IPv6Address(sdp.SDP_MULTICAST).packed + struct.pack("@I", scope)
            sock.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_JOIN_GROUP, mreq)
        sock.bind((bind, port, 0, scope if ipaddress.IPv6Address(bind).is_link_local else 0))
        loop = asyncio.get_running_loop()
        address = advertise or self.host
        if address in ("::", "0.0.0.0", ""):
            address = bind if bind != "::" else _link_local_of(interface) or "::1"
        server = self

        class _Proto(asyncio.DatagramProtocol):
            def connection_made(self, transport: asyncio.BaseTransport) -> None:
                self.transport = transport

            def datagram_received(self, data: bytes, addr: tuple[Any, ...]) -> None:
                try:
                    security, _ = sdp.parse_request(data)
                except sdp.SdpError as exc:
                    log.warning("SECC sim: bad SDP request: %s", exc)
                    return
                if any(f.kind == "no_answer" and f.at == "SDP" for f in server.cfg.faults):
                    return
                sec = sdp.Security.TLS if server.ssl_context else sdp.Security.NONE
                resp = sdp.build_response(
                    sdp.SdpResponse(address.split("%")[0], server.port, sec, sdp.Transport.TCP)
                )
                self.transport.sendto(resp, addr)  # type: ignore[attr-defined]
                log.debug("SECC sim: SDP answered %s (asked %s)", addr, security.name)

        transport, _ = await loop.create_datagram_endpoint(_Proto, sock=sock)
        self._sdp_transport = transport
        self.sdp_port = sock.getsockname()[1]

    async def stop(self) -> None:
        if self._sdp_transport is not None:
            self._sdp_transport.close()
        if self._server is not None:
            self._server.close()
            for task in list(self._conn_tasks):
                task.cancel()
            with contextlib.suppress(Exception):
                await asyncio.wait_for(self._server.wait_closed(), 2.0)

    async def __aenter__(self) -> SeccServer:
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        if task is not None:
            self._conn_tasks.add(task)
        responder = SeccResponder(self.cfg, paused_sessions=self.paused_sessions)
        self.responders.append(responder)
        if self.on_responder:
            self.on_responder(responder)
        conn = V2gtpConnection(reader, writer, allowed=ISO20_STREAM_TYPES)
        try:
            while True:
                ptype, payload = await conn.read_frame()
                try:
                    msg = self.codec.decode(responder.request_namespace(ptype), payload)
                except Exception as exc:  # the codec's typed errors; the sim just drops
                    log.warning("SECC sim: undecodable request: %s", exc)
                    return
                reply = responder.handle(ptype, msg)
                if reply.kind == "drop":
                    return
                if reply.kind == "none":
                    continue
                if reply.kind == "garbage":
                    await conn.send_frame(ptype, b"\xff\xfe\xfd\xfc garbage")
                    continue
                assert reply.message is not None
                ns = reply.ns or namespace_for(reply.payload_type)
                data = self.codec.encode(ns, reply.message)
                await conn.send_frame(responder.wire_payload_type(reply), data)
        except (V2gtpError, asyncio.CancelledError) as exc:
            log.debug("SECC sim: connection ended: %s", exc)
        finally:
            await conn.close()
            if task is not None:
                self._conn_tasks.discard(task)


def _parse_fault(text: str) -> Fault:
    """``KIND@REQUEST[#N][=CODE_OR_NOTIFICATION]``, e.g. ``failed@ServiceSelectionReq=FAILED``."""
    kind, _, rest = text.partition("@")
    rest, _, value = rest.partition("=")
    at, _, nth = rest.partition("#")
    fault = Fault(kind, at, int(nth or 1))  # type: ignore[arg-type]
    if value and kind == "failed":
        fault.code = value
    elif value:
        fault.notification = value
    return fault


#: ``--protocols`` names → SAP namespaces
SIM_PROTOCOLS = {
    "iso20-dc": "urn:iso:std:iso:15118:-20:DC",
    "iso20-ac": "urn:iso:std:iso:15118:-20:AC",
    "iso2": ISO2_NAMESPACE,
    "din": DIN_NAMESPACE,
}


def main(argv: list[str] | None = None) -> int:
    """``python -m evcc_agent.sim.secc``: a standalone SECC for benches and the demo."""
    import argparse

    from evcc_agent.iso15118.tls import server_context
    from evcc_agent.sim.pki import generate

    p = argparse.ArgumentParser(prog="python -m evcc_agent.sim.secc", description=__doc__)
    p.add_argument("--host", default="::")
    p.add_argument("--port", type=int, default=0)
    p.add_argument("--interface", default=None, help="answer SDP multicast on this interface")
    p.add_argument("--sdp-bind", default=None, help="answer SDP unicast on this address")
    p.add_argument("--advertise", default=None, help="address to put in SDP responses")
    p.add_argument("--sdp-port", type=int, default=sdp.SDP_PORT, help="0: ephemeral (tests)")
    p.add_argument("--tls-dir", default=None, help="generate a test PKI here and serve TLS 1.3")
    p.add_argument(
        "--tls12",
        action="store_true",
        help="with --tls-dir: a -2 SECC (TLS 1.2, server authentication, P-256 test PKI)",
    )
    p.add_argument(
        "--protocols",
        default="iso20-dc,iso20-ac",
        help=f"SAP namespaces the SECC accepts, from {','.join(SIM_PROTOCOLS)}",
    )
    p.add_argument("--no-internet", action="store_true")
    p.add_argument("--fault", action="append", default=[], help="KIND@REQUEST[#N][=VALUE]")
    args = p.parse_args(argv)
    logging.basicConfig(level=logging.INFO)
    try:
        protocols = [SIM_PROTOCOLS[name] for name in args.protocols.split(",") if name]
    except KeyError as exc:
        p.error(f"unknown protocol {exc}")
    cfg = SeccSimConfig(
        offer_internet=not args.no_internet,
        faults=[_parse_fault(f) for f in args.fault],
        protocols=protocols,
    )
    ctx = None
    if args.tls_dir and args.tls12:
        pki = generate(args.tls_dir, algorithm="secp256r1")
        ctx = server_context(pki.secc_chain, pki.secc_key, tls12=True)
        print(f"test PKI in {args.tls_dir}: EV uses v2g_root.pem (TLS 1.2, no client cert)")
    elif args.tls_dir:
        pki = generate(args.tls_dir)
        ctx = server_context(pki.secc_chain, pki.secc_key, [pki.oem_root])
        print(f"test PKI in {args.tls_dir}: EV uses v2g_root.pem, oem_chain.pem, oem_key.pem")

    async def serve() -> None:
        async with SeccServer(cfg, ssl_context=ctx, host=args.host, port=args.port) as srv:
            if args.interface or args.sdp_bind:
                await srv.start_sdp(
                    interface=args.interface,
                    bind=args.sdp_bind or "::",
                    advertise=args.advertise,
                    port=args.sdp_port,
                )
            print(f"SECC simulator on [{args.host}]:{srv.port} sdp_port={srv.sdp_port}", flush=True)
            await asyncio.Event().wait()

    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(serve())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
