"""Every V2G protocol the EVCC speaks, as data: one entry per negotiable protocol.

SAP builds its offer from it (namespace, version), the driver looks up the session core, the
V2GTP payload types and the CommunicationSetup limit of the chosen one, the codec the grammar
of each payload type, the simulator the grammar behind a SAP namespace. Adding a protocol is
adding an entry here and its core.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from evcc_agent.iso15118.config import Iso15118Config
from evcc_agent.iso15118.ev_data import EvDataSource
from evcc_agent.iso15118.pnc.errors import PncError
from evcc_agent.iso15118.pnc.wallet import PncWallet
from evcc_agent.iso15118.session import iso20
from evcc_agent.iso15118.session.base import SessionCore
from evcc_agent.iso15118.session.din import DIN
from evcc_agent.iso15118.session.iso2 import ISO2
from evcc_agent.iso15118.session.v2g import Dialect, V2gSession
from evcc_agent.iso15118.v2gtp import ISO20_STREAM_TYPES, PayloadType

#: SupportedAppProtocol: its grammar and its response limit (V2G_EVCC_Msg_Timeout)
SAP_GRAMMAR = "appprotocol"
SAP_TIMEOUT_S = 2.0


@dataclass(frozen=True)
class SessionContext:
    """What a session factory gets to build its core."""

    config: Iso15118Config
    ev: EvDataSource
    evcc_id: str
    epoch_offset: float
    comm_setup_deadline: float
    resume_session_id: str | None = None
    #: Plug & Charge: the wallet, or why it could not be opened; None: PnC not configured
    pnc: PncWallet | PncError | None = None


SessionFactory = Callable[[SessionContext], SessionCore]


@dataclass(frozen=True)
class V2gProtocol:
    #: our name of the negotiated protocol: "iso20-dc", "iso20-ac", "iso2", "din"
    name: str
    #: SAP ProtocolNamespace and version
    namespace: str
    major: int
    minor: int
    #: V2GTP payload type → codec grammar on the connection once this protocol is chosen
    grammars: Mapping[int, str]
    #: payload types accepted on the connection after SAP
    stream_types: frozenset[int]
    #: V2G_EVCC_CommunicationSetup_Timeout: connection up → SessionSetupRes
    comm_setup_s: float
    #: ServiceID of the Internet value-added service; None: the protocol has none
    internet_service_id: int | None
    #: offered only over TLS 1.3 (unless TLS is off on a bench)
    needs_tls13: bool
    factory: SessionFactory


def _iso20(energy: iso20.Energy) -> SessionFactory:
    def build(c: SessionContext) -> iso20.Iso20Session:
        return iso20.Iso20Session(
            energy,
            c.config,
            c.ev,
            c.evcc_id,
            c.epoch_offset,
            c.comm_setup_deadline,
            c.resume_session_id,
            pnc=c.pnc,
        )

    return build


def _v2g_entry(name: str, namespace: str, dialect: Dialect) -> V2gProtocol:
    """-2 and DIN: version 2.0, every message on payload type 0x8001 in the dialect's grammar."""

    def build(c: SessionContext) -> V2gSession:
        return V2gSession(dialect, c.config, c.ev, c.evcc_id, c.comm_setup_deadline, pnc=c.pnc)

    return V2gProtocol(
        name,
        namespace,
        2,
        0,
        {PayloadType.SAP: dialect.ns},
        frozenset({PayloadType.SAP}),
        dialect.timing.comm_setup_s,
        dialect.internet_service_id,
        False,
        build,
    )


_ISO20_GRAMMARS: dict[int, str] = {
    PayloadType.SAP: SAP_GRAMMAR,
    PayloadType.ISO20_COMMON: "iso20-common",
    PayloadType.ISO20_AC: "iso20-ac",
    PayloadType.ISO20_DC: "iso20-dc",
}


def _entries() -> list[V2gProtocol]:
    iso20_common: dict[str, Any] = {
        "major": 1,
        "minor": 0,
        "grammars": _ISO20_GRAMMARS,
        "stream_types": ISO20_STREAM_TYPES,
        "comm_setup_s": iso20.TIMING.comm_setup_s,
        "internet_service_id": iso20.SERVICE_INTERNET,
        "needs_tls13": True,
    }
    return [
        V2gProtocol(
            "iso20-dc", "urn:iso:std:iso:15118:-20:DC", factory=_iso20("dc"), **iso20_common
        ),
        V2gProtocol(
            "iso20-ac", "urn:iso:std:iso:15118:-20:AC", factory=_iso20("ac"), **iso20_common
        ),
        # -2 DC and AC share one SAP namespace: the core picks DC/AC from the SECC's offer
        _v2g_entry("iso2", "urn:iso:15118:2:2013:MsgDef", ISO2),
        _v2g_entry("din", "urn:din:70121:2012:MsgDef", DIN),
    ]


#: negotiated protocol name → entry
PROTOCOLS: dict[str, V2gProtocol] = {p.name: p for p in _entries()}
#: the names of ``iso15118.protocols`` in the config → entry (-2 DC and AC are one protocol)
CONFIG_NAMES: dict[str, V2gProtocol] = {
    "iso20-dc": PROTOCOLS["iso20-dc"],
    "iso20-ac": PROTOCOLS["iso20-ac"],
    "iso2-dc": PROTOCOLS["iso2"],
    "iso2-ac": PROTOCOLS["iso2"],
    "din": PROTOCOLS["din"],
}
#: SAP namespace → entry
BY_NAMESPACE: dict[str, V2gProtocol] = {p.namespace: p for p in PROTOCOLS.values()}
#: SAP namespace → grammar, for the protocols that carry every message in a V2G_Message
#: envelope on payload type 0x8001 (-2, DIN): what a SECC switches to after SAP
V2G_MESSAGE_GRAMMARS: dict[str, str] = {
    p.namespace: p.grammars[PayloadType.SAP]
    for p in PROTOCOLS.values()
    if p.grammars.get(PayloadType.SAP, SAP_GRAMMAR) != SAP_GRAMMAR
}
#: payload types whose grammar does not depend on the negotiated protocol (SAP and -20's)
GRAMMAR_BY_PAYLOAD_TYPE: dict[int, str] = dict(_ISO20_GRAMMARS)


def grammars_for(config_names: list[str]) -> list[str]:
    """Every grammar a session offering ``config_names`` may need (to load them early)."""
    out = list(GRAMMAR_BY_PAYLOAD_TYPE.values())
    for name in config_names:
        for grammar in CONFIG_NAMES[name].grammars.values():
            if grammar not in out:
                out.append(grammar)
    return out
