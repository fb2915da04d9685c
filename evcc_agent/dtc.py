"""Diagnostic trouble codes shared by every part of the agent.

One registry per process. Each code is declared once in ``DTC_CATALOG`` (code, text); parts
raise and clear by code. The registry keeps active/stored state, first/last seen and a count,
logs every transition, and lets listeners (the CAN DTC message, the status view) follow it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class DtcSpec:
    code: int
    name: str
    text: str


def _spec(code: int, name: str, text: str) -> DtcSpec:
    return DtcSpec(code, name, text)


#: Every DTC the agent can raise. Codes are our own numbering (VDV 261 names the conditions,
#: not the numbers); 0x1xx vehicle, 0x2xx V2ICP, 0x3xx ISO 15118, 0x4xx SLAC, 0x5xx agent.
DTC_CATALOG: dict[str, DtcSpec] = {
    s.name: s
    for s in (
        _spec(0x101, "CAN_BUS_DOWN", "CAN interface down or unreadable"),
        _spec(0x102, "CAN_SIGNAL_STALE", "a mapped CAN signal is stale or not available"),
        _spec(0x103, "DIRECTIVE_INVALID", "a backend directive was rejected (range/type/unknown)"),
        _spec(
            0x201,
            "V2ICP_CONFIG_MISSING",
            "V2ICP configuration missing (VIN, URL, root certificate or password file)",
        ),
        _spec(
            0x202,
            "V2ICP_TLS_FAILURE",
            "TLS to the V2ICP backend failed (untrusted, expired, wrong host)",
        ),
        _spec(0x203, "V2ICP_AUTH_REJECTED", "the V2ICP backend rejected the credentials (401/403)"),
        _spec(0x204, "V2ICP_UNREACHABLE", "the V2ICP backend is unreachable (all attempts failed)"),
        _spec(
            0x205,
            "V2ICP_PROTOCOL_VIOLATION",
            "the V2ICP backend answered off-protocol (seq/VIN mismatch, malformed JSON)",
        ),
        _spec(0x301, "V2G_TRANSPORT_ERROR", "V2GTP framing error or connection lost to the SECC"),
        _spec(
            0x302,
            "V2G_SESSION_FAILED",
            "the ISO 15118 session ended on a FAILED response code or timeout",
        ),
        _spec(0x303, "V2G_VAS_NOT_OFFERED", "the charger offers no Internet value-added service"),
        _spec(0x304, "V2G_TLS_FAILURE", "TLS to the SECC failed"),
        _spec(0x305, "V2G_SDP_FAILED", "no SECC answered SDP"),
        _spec(
            0x306,
            "V2G_NO_V2ICP_PROTOCOL",
            "the negotiated protocol (DIN 70121) has no Internet service: V2ICP unavailable",
        ),
        _spec(0x401, "SLAC_MATCH_FAILED", "SLAC matching failed after all retries"),
        _spec(0x501, "TASK_CRASHED", "an agent task crashed and was restarted"),
        # Plug & Charge (ISO 15118-2/-20), 0x38x; raised from evcc_agent.iso15118.pnc errors
        _spec(0x381, "PNC_SIGNATURE_INVALID", "a PnC signature or digest does not verify"),
        _spec(0x382, "PNC_CERT_CHAIN_INVALID", "a PnC certificate chain does not validate"),
        _spec(0x383, "PNC_CONTRACT_EXPIRED", "the contract certificate is expired"),
        _spec(0x384, "PNC_EMAID_MISMATCH", "an installation or key is for another eMAID"),
        _spec(0x385, "PNC_KEY_DECRYPT_FAILED", "the contract key does not decrypt or match"),
        _spec(0x386, "PNC_STORE_FAILED", "the contract store cannot be read or written"),
        _spec(0x387, "PNC_TOKEN_UNAVAILABLE", "the PKCS#11 token is absent, locked or refuses"),
    )
}


@dataclass
class DtcState:
    spec: DtcSpec
    active: bool = False
    stored: bool = False
    first_seen: float | None = None
    last_seen: float | None = None
    count: int = 0
    detail: str = ""


Listener = Callable[[DtcState], None]


@dataclass
class DtcRegistry:
    """Active/stored state of every DTC; ``now`` comes from the caller's clock."""

    states: dict[str, DtcState] = field(default_factory=dict)
    listeners: list[Listener] = field(default_factory=list)

    def raise_(self, name: str, now: float, detail: str = "") -> DtcState:
        spec = DTC_CATALOG[name]
        st = self.states.setdefault(name, DtcState(spec))
        newly = not st.active
        st.active = True
        st.stored = True
        st.count += 1
        st.detail = detail
        if st.first_seen is None:
            st.first_seen = now
        st.last_seen = now
        if newly:
            log.warning(
                "DTC 0x%03X %s raised: %s%s",
                spec.code,
                name,
                spec.text,
                f" ({detail})" if detail else "",
            )
        for cb in self.listeners:
            cb(st)
        return st

    def clear(self, name: str) -> None:
        st = self.states.get(name)
        if st is None or not st.active:
            return
        st.active = False
        log.info("DTC 0x%03X %s cleared", st.spec.code, name)
        for cb in self.listeners:
            cb(st)

    def is_active(self, name: str) -> bool:
        st = self.states.get(name)
        return bool(st and st.active)

    def active(self) -> list[DtcState]:
        return [s for s in self.states.values() if s.active]

    def snapshot(self) -> list[dict[str, object]]:
        return [
            {
                "code": f"0x{s.spec.code:03X}",
                "name": s.spec.name,
                "text": s.spec.text,
                "active": s.active,
                "stored": s.stored,
                "count": s.count,
                "first_seen": s.first_seen,
                "last_seen": s.last_seen,
                "detail": s.detail,
            }
            for s in sorted(self.states.values(), key=lambda s: s.spec.code)
        ]
