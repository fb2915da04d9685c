"""SupportedAppProtocol handshake (the one step every ISO 15118 / DIN session starts with).

The EVCC offers its protocols with priorities from config; the SECC picks one by SchemaID.
The driver then starts the session core for the chosen protocol (-20 now, -2/DIN later).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from evcc_agent.iso15118.session.base import Message, RaiseDtc, Send, StartTimer, Stop
from evcc_agent.iso15118.v2gtp import PayloadType

log = logging.getLogger(__name__)

SAP_TIMEOUT_S = 2.0


@dataclass(frozen=True)
class AppProtocol:
    name: str  # our name: "iso20-dc", "iso20-ac", "iso2", "din"
    namespace: str
    major: int
    minor: int


#: Known protocols by config name; -2 DC and AC share one namespace.
APP_PROTOCOLS: dict[str, AppProtocol] = {
    "iso20-dc": AppProtocol("iso20-dc", "urn:iso:std:iso:15118:-20:DC", 1, 0),
    "iso20-ac": AppProtocol("iso20-ac", "urn:iso:std:iso:15118:-20:AC", 1, 0),
    "iso2-dc": AppProtocol("iso2", "urn:iso:15118:2:2013:MsgDef", 2, 0),
    "iso2-ac": AppProtocol("iso2", "urn:iso:15118:2:2013:MsgDef", 2, 0),
    "din": AppProtocol("din", "urn:din:70121:2012:MsgDef", 2, 0),
}


@dataclass(frozen=True)
class Negotiated:
    """The SECC chose ``protocol`` (``requested``: the config names that map to it)."""

    protocol: AppProtocol
    schema_id: int
    minor_deviation: bool


def build_offer(names: list[str]) -> tuple[Message, dict[int, AppProtocol]]:
    """The SupportedAppProtocolReq and the SchemaID → protocol map (duplicates offered once)."""
    offers: list[dict[str, Any]] = []
    by_id: dict[int, AppProtocol] = {}
    seen: set[str] = set()
    for name in names:
        proto = APP_PROTOCOLS[name]
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
    """Sans-IO SAP handshake; ends with ``Negotiated`` or ``Stop``."""

    def __init__(self, protocols: list[str]) -> None:
        self.request, self.by_id = build_offer(protocols)
        self.deadline: float | None = None
        self.finished = False
        self.result: Negotiated | None = None

    def start(self, now: float) -> list[Any]:
        self.deadline = now + SAP_TIMEOUT_S
        return [
            Send(PayloadType.SAP, "appprotocol", self.request),
            StartTimer("supportedAppProtocolRes", self.deadline),
        ]

    def next_wakeup(self) -> float | None:
        return self.deadline

    def _fail(self, detail: str) -> list[Any]:
        self.finished = True
        self.deadline = None
        log.warning("SAP failed: %s", detail)
        return [RaiseDtc("V2G_SESSION_FAILED", f"SAP: {detail}"), Stop(False, detail)]

    def on_message(self, payload_type: int, message: Message, now: float) -> list[Any]:
        if self.finished:
            return []
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
        self.finished = True
        self.deadline = None
        self.result = Negotiated(proto, int(res["SchemaID"]), code.endswith("MinorDeviation"))
        log.info("SAP: SECC chose %s (%s)", proto.name, code)
        return [self.result]

    def on_codec_error(self, detail: str, now: float) -> list[Any]:
        if self.finished:
            return []
        return self._fail(f"codec error in SAP ({detail})")

    def tick(self, now: float) -> list[Any]:
        if not self.finished and self.deadline is not None and now >= self.deadline:
            return self._fail("timeout waiting for supportedAppProtocolRes")
        return []

    def on_link_lost(self, now: float, detail: str = "link lost during SAP") -> list[Any]:
        if self.finished:
            return []
        self.finished = True
        self.deadline = None
        log.warning("SAP: %s", detail)
        return [RaiseDtc("V2G_TRANSPORT_ERROR", detail), Stop(False, detail)]
