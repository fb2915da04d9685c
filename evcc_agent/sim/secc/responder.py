"""The SECC simulator's dict-level core: one request dict in, one reply out (or a fault).

SAP picks the protocol (``protocols.py``); every later request is answered from that
protocol's table (``answers_iso20.py``, ``answers_v2g.py``), and faults are injected here, the
same way for every protocol: no answer, garbage EXI, connection drop (before any answer), a
FAILED code, a wrong session id, an EVSE notification (in the answer).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any, Literal

from evcc_agent.iso15118.codec import namespace_for
from evcc_agent.iso15118.messages import Message, message_name
from evcc_agent.iso15118.v2gtp import PayloadType
from evcc_agent.sim.secc.answers_pnc import ISO2, ISO20
from evcc_agent.sim.secc.answers_v2g import DIN
from evcc_agent.sim.secc.config import Fault
from evcc_agent.sim.secc.dialect import Dialect, SeccState
from evcc_agent.sim.secc.protocols import BY_NAMESPACE, DialectName, SimProtocol

log = logging.getLogger(__name__)

#: ``SimProtocol.dialect`` → its answers; -20 also before SAP chose anything
DIALECTS: dict[DialectName, Dialect] = {
    "iso20": ISO20,
    "iso2": ISO2,
    "din": DIN,
}
#: the session id a ``wrong_session_id`` fault answers with (the spare one if it is in use)
WRONG_SESSION_ID = "DEADBEEF00000000"


@dataclass
class Reply:
    kind: Literal["message", "none", "garbage", "drop"]
    payload_type: int = 0
    message: dict[str, Any] | None = None
    #: grammar to encode with (-2/DIN: their own on payload type 0x8001); None: by type
    ns: str | None = None


class SeccResponder(SeccState):
    """Answers one EVCC's requests; keeps the simulated power stage and what it received.

    Knobs: ``cfg.faults`` (read at every request, so a test may change them between
    connections) and ``hold_ongoing`` (from ``SeccState``).
    """

    protocol: SimProtocol | None = None  # agreed in SAP

    @property
    def dialect(self) -> Dialect:
        return DIALECTS[self.protocol.dialect if self.protocol else "iso20"]

    def request_namespace(self, payload_type: int) -> str:
        """Grammar of an incoming request: -2/DIN after SAP chose them, else by type."""
        grammar = self.protocol.grammar if self.protocol else None
        if grammar is not None and payload_type == PayloadType.SAP:
            return grammar
        return namespace_for(payload_type)

    def wire_payload_type(self, reply: Reply) -> int:
        """The payload type the response is framed with (normally the request's)."""
        if self.cfg.response_payload_type and reply.payload_type != PayloadType.SAP:
            return self.cfg.response_payload_type
        return reply.payload_type

    def handle(self, payload_type: int, message: Message) -> Reply:
        name = message_name(message)
        self.received.append(message)
        self.counts[name] = self.counts.get(name, 0) + 1
        fault = self._fault(name)
        if fault is not None and fault.kind in ("no_answer", "garbage_exi", "drop"):
            log.info("SECC sim: fault %s at %s", fault.kind, name)
            if fault.kind == "no_answer":
                return Reply("none")
            return Reply("garbage" if fault.kind == "garbage_exi" else "drop")
        if name == "supportedAppProtocolReq":
            return Reply("message", PayloadType.SAP, self._sap(message.get(name) or {}, fault))
        return self._answer(self.dialect, name, payload_type, message, fault)

    def _fault(self, name: str) -> Fault | None:
        for fault in self.cfg.faults:
            if fault.at == name and fault.nth == self.counts.get(name, 0):
                return fault
        return None

    def _answer(
        self, dialect: Dialect, name: str, payload_type: int, message: Message, fault: Fault | None
    ) -> Reply:
        answer = dialect.answers.get(name)
        self.request_header = dialect.header_of(message) if dialect.header_of else {}
        self.response_signature = None
        if answer is None:
            res: dict[str, Any] = {"ResponseCode": "FAILED_SequenceError"}
        else:
            res = {"ResponseCode": "OK", **answer(self, dialect.body_of(name, message))}
        sid = self.session_id
        if fault is not None and fault.kind == "failed":
            res["ResponseCode"] = fault.code
        if fault is not None and fault.kind == "wrong_session_id":
            sid = WRONG_SESSION_ID if sid != WRONG_SESSION_ID else dialect.spare_session_id
        if fault is not None and fault.kind == "notification":
            dialect.notify(res, fault.notification)
        reply = dialect.wrap(name[:-3] + "Res", sid, res)
        if self.response_signature is not None and dialect.signed is not None:
            dialect.signed(reply, self.response_signature)
        ns = self.protocol.grammar if self.protocol else None
        return Reply("message", dialect.payload_type or payload_type, reply, ns=ns)

    def _sap(self, body: dict[str, Any], fault: Fault | None) -> Message:
        offers = sorted(body.get("AppProtocol", []), key=lambda a: a.get("Priority", 99))
        for offer in offers:
            if offer.get("ProtocolNamespace") in self.cfg.protocols:
                self.chosen_protocol = offer["ProtocolNamespace"]
                self.protocol = BY_NAMESPACE.get(offer["ProtocolNamespace"])
                failed = fault is not None and fault.kind == "failed"
                code = fault.code if fault and failed else "OK_SuccessfulNegotiation"
                return {
                    "supportedAppProtocolRes": {"ResponseCode": code, "SchemaID": offer["SchemaID"]}
                }
        return {"supportedAppProtocolRes": {"ResponseCode": "Failed_NoNegotiation"}}
