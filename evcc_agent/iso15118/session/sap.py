"""SupportedAppProtocol handshake (the one step every ISO 15118 / DIN session starts with).

The EVCC offers its protocols with priorities from config; the SECC picks one by SchemaID.
The driver then starts the session core for the chosen protocol on the same connection.
"""

from __future__ import annotations

import logging
from typing import Any, NamedTuple

from evcc_agent.iso15118.registry import CONFIG_NAMES, SAP_GRAMMAR, SAP_TIMEOUT_S, V2gProtocol
from evcc_agent.iso15118.session.base import (
    CodecFailed,
    Message,
    MessageReceived,
    Send,
    V2gEvent,
)
from evcc_agent.iso15118.v2gtp import PayloadType
from evcc_agent.sansio import Deadline, DriverFault, LinkLost, RaiseDtc, Start, Stop, Tick

log = logging.getLogger(__name__)


class Negotiated(NamedTuple):
    """The SECC chose ``protocol`` (by ``schema_id``; OK_…WithMinorDeviation or not)."""

    protocol: V2gProtocol
    schema_id: int
    minor_deviation: bool


def build_offer(names: list[str]) -> tuple[Message, dict[int, V2gProtocol]]:
    """The SupportedAppProtocolReq and the SchemaID → protocol map (duplicates offered once)."""
    offers: list[dict[str, Any]] = []
    by_id: dict[int, V2gProtocol] = {}
    seen: set[str] = set()
    for name in names:
        proto = CONFIG_NAMES[name]
        if proto.namespace in seen:
            continue
        seen.add(proto.namespace)
        schema_id = len(offers) + 1
        by_id[schema_id] = proto
        offers.append(
            {
                "ProtocolNamespace": proto.namespace,
                "VersionNumberMajor": proto.major,
                "VersionNumberMinor": proto.minor,
                "SchemaID": schema_id,
                "Priority": len(offers) + 1,
            }
        )
    return {"supportedAppProtocolReq": {"AppProtocol": offers}}, by_id


class SapSession:
    """Sans-IO SAP handshake. It ends with ``Stop``: ``ok`` and ``result`` set when the SECC
    chose one of ours, else after a DTC; the driver then starts the chosen protocol's core on
    the same connection."""

    def __init__(self, protocols: list[str]) -> None:
        self.request, self.by_id = build_offer(protocols)
        self.deadline: float | None = None
        self.finished = False
        self.result: Negotiated | None = None

    def handle(self, event: V2gEvent, now: float) -> list[Any]:
        if isinstance(event, Start):
            self.deadline = now + SAP_TIMEOUT_S
            return [
                Send(PayloadType.SAP, SAP_GRAMMAR, self.request),
                Deadline("supportedAppProtocolRes", self.deadline),
            ]
        if self.finished:
            return []
        if isinstance(event, MessageReceived):
            try:
                return self._on_answer(event.payload_type, event.message)
            except Exception as exc:  # a SchemaID that is no number: stop, never raise
                log.exception("SAP core failed: %s", exc)
                return self._internal_error(f"internal error: {exc!r}")
        if isinstance(event, DriverFault):
            return self._internal_error(event.detail)
        if isinstance(event, Tick):
            if self.deadline is not None and now >= self.deadline:
                return self._fail("timeout waiting for supportedAppProtocolRes")
            return []
        if isinstance(event, CodecFailed):
            return self._fail(f"codec error in SAP ({event.detail})")
        if isinstance(event, LinkLost):
            detail = event.detail or "link lost during SAP"
            self._end()
            log.warning("SAP: %s", detail)
            return [RaiseDtc("V2G_TRANSPORT_ERROR", detail), Stop(False, detail)]
        return []  # StopRequested: SAP is too short to interrupt

    def next_deadline(self) -> float | None:
        return self.deadline

    def _end(self) -> None:
        self.finished = True
        self.deadline = None

    def _internal_error(self, detail: str) -> list[Any]:
        self._end()
        return [RaiseDtc("V2G_SESSION_FAILED", detail), Stop(False, detail)]

    def _fail(self, detail: str) -> list[Any]:
        self._end()
        log.warning("SAP failed: %s", detail)
        return [RaiseDtc("V2G_SESSION_FAILED", f"SAP: {detail}"), Stop(False, detail)]

    def _on_answer(self, payload_type: int, message: Message) -> list[Any]:
        res = message.get("supportedAppProtocolRes")
        if payload_type != PayloadType.SAP or not isinstance(res, dict):
            return self._fail(f"unexpected message {next(iter(message), '?')}")
        code = str(res.get("ResponseCode", ""))
        if code not in (
            "OK_SuccessfulNegotiation",
            "OK_SuccessfulNegotiationWithMinorDeviation",
        ):
            return self._fail(f"SECC answered {code or 'no code'}")
        proto = self.by_id.get(int(res.get("SchemaID", -1)))
        if proto is None:
            return self._fail(f"SECC chose SchemaID {res.get('SchemaID')} that was not offered")
        self._end()
        self.result = Negotiated(proto, int(res["SchemaID"]), code.endswith("MinorDeviation"))
        log.info("SAP: SECC chose %s (%s)", proto.name, code)
        return [Stop(True, f"negotiated {proto.name}")]
