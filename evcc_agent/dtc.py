"""Diagnostic trouble codes shared by every part of the agent.

One registry per process. Each code is declared once in ``DTC_CATALOG`` (code, name, text, what
to do); parts raise and clear by code. The registry keeps active/stored state, first/last seen and a count,
logs every transition, and lets listeners (the CAN DTC message, the status view) follow it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field

from evcc_agent.sansio import ClearDtc, RaiseDtc

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class DtcSpec:
    code: int
    name: str
    text: str
    #: what an operator does about it (docs/operations.md's "what to do" column)
    action: str


#: Every DTC the agent can raise, each declared once: code, name, what it means, what an
#: operator does about it (docs/operations.md's "what to do" column). Codes are our own
#: numbering (VDV 261 names the conditions, not the numbers); 0x1xx vehicle, 0x2xx V2ICP,
#: 0x3xx ISO 15118, 0x4xx SLAC, 0x5xx agent.
DTC_CATALOG: dict[str, DtcSpec] = {
    s.name: s
    for s in (
        DtcSpec(
            0x101,
            "CAN_BUS_DOWN",
            "CAN interface down or unreadable",
            "check `ip -details link show <channel>` (bit rate, `restart-ms`), wiring and termination; `candump <channel>` must show frames",
        ),
        DtcSpec(
            0x102,
            "CAN_SIGNAL_STALE",
            "a mapped CAN signal is stale or not available",
            "the detail names the signals: is their ECU awake and sending (`candump`)? do `vehicle.dbc_files` and the `[mapping]` signal names match the bus?",
        ),
        DtcSpec(
            0x103,
            "DIRECTIVE_INVALID",
            "a backend directive was rejected (range/type/unknown)",
            "the detail names the parameter and value: agree the range with the backend operator; nothing to do on the bus",
        ),
        DtcSpec(
            0x104,
            "BMS_DATA_MISSING",
            "BMS limits (max voltage/current/power, pack voltage, SoC) not available before charging: the session stopped before PowerDelivery",
            "check the BMS is awake and on CAN (candump), the DBC and [vehicle.charge_loop] signal names; the next session attempt tries again",
        ),
        DtcSpec(
            0x105,
            "BMS_DATA_STALE",
            "BMS charging values went stale while charging: 0 A, then an orderly stop",
            "check the CAN wiring and the BMS's cycle times against stale_after_s; charging restarts with the next session",
        ),
        DtcSpec(
            0x110,
            "J1939_CANNOT_CLAIM",
            "J1939 address claim lost: no address for the agent, it no longer transmits",
            "another ECU with a higher-priority NAME holds the address: give the agent a free `vehicle.j1939.address` or set `arbitrary_address_capable`; restart the service",
        ),
        DtcSpec(
            0x201,
            "V2ICP_CONFIG_MISSING",
            "V2ICP configuration missing (VIN, URL, root certificate or password file)",
            "set what the detail names in `[v2icp]` (`vin`, `url`, `root_ca`) or install the password credential; `evcc-agent check-config` lists it",
        ),
        DtcSpec(
            0x202,
            "V2ICP_TLS_FAILURE",
            "TLS to the V2ICP backend failed (untrusted, expired, wrong host)",
            "`v2icp.root_ca` must be the backend's root; check the ECU clock (`timedatectl`) and the backend certificate's host name and dates",
        ),
        DtcSpec(
            0x203,
            "V2ICP_AUTH_REJECTED",
            "the V2ICP backend rejected the credentials (401/403)",
            "VIN and password must match the backend's record: renew the `v2icp-password` credential, check `v2icp.vin`",
        ),
        DtcSpec(
            0x204,
            "V2ICP_UNREACHABLE",
            "the V2ICP backend is unreachable (all attempts failed)",
            "the charger's Internet service or the backend is down: nothing to do on the bus; if it persists check `v2icp.url` and the depot network",
        ),
        DtcSpec(
            0x205,
            "V2ICP_PROTOCOL_VIOLATION",
            "the V2ICP backend answered off-protocol (seq/VIN mismatch, malformed JSON)",
            "report the journal lines to the backend operator; `v2icp.body_shape` may have to be `flat` for this backend",
        ),
        DtcSpec(
            0x206,
            "V2ICP_NO_ROUTE",
            "no IPv6 address, DNS or route to the V2ICP backend through the charger's link",
            "the charger's network gave no usable IPv6 address, DNS or route on the PLC interface: `evcc-agent check-network --config …` shows which; retried on the reconnect cadence",
        ),
        DtcSpec(
            0x207,
            "V2ICP_SOURCE_RULE_MISSING",
            "no routing rule keeps traffic from the charger's prefix on the PLC link (the "
            "kernel's own answers may leave through another uplink); V2ICP goes on",
            "grant CAP_NET_ADMIN (`packaging/evcc-agent.service`) or set `From=` in `50-evcc-plc.network` to a prefix covering the charger's; `evcc-agent check-network` shows the rules",
        ),
        DtcSpec(
            0x301,
            "V2G_TRANSPORT_ERROR",
            "V2GTP framing error or connection lost to the SECC",
            "a charger that drops the link: retried by itself; if every session ends so, capture it (`hil/capture_session.py`) for the charger vendor",
        ),
        DtcSpec(
            0x302,
            "V2G_SESSION_FAILED",
            "the ISO 15118 session ended on a FAILED response code or timeout",
            "the detail names the message and response code; retried; a charger that always fails: try `iso15118.protocols` without the failing protocol",
        ),
        DtcSpec(
            0x303,
            "V2G_VAS_NOT_OFFERED",
            "the charger offers no Internet value-added service",
            "the charger has no Internet service: nothing to do on the bus (ask the charge point operator to enable it)",
        ),
        DtcSpec(
            0x304,
            "V2G_TLS_FAILURE",
            "TLS to the SECC failed",
            "`iso15118.tls_roots` must hold the charger's V2G root; `evcc-agent check-config` checks the OEM certificate, key and dates",
        ),
        DtcSpec(
            0x305,
            "V2G_SDP_FAILED",
            "no SECC answered SDP",
            "the PLC link: is `iso15118.interface` up with an IPv6 link-local address, and SLAC matched (journal)?",
        ),
        DtcSpec(
            0x307,
            "EVSE_IMPLAUSIBLE",
            "the charger's present voltage or current exceeded what the EV allows or asked for beyond tolerance: charging stopped",
            "report the charger (EVSEID in the log) to its operator; repeated on one charger: avoid it; on many: check the BMS limits on CAN",
        ),
        DtcSpec(
            0x306,
            "V2G_NO_V2ICP_PROTOCOL",
            "the negotiated protocol (DIN 70121) has no Internet service: V2ICP unavailable",
            "a DIN 70121-only charger: nothing to do; V2ICP comes with the next ISO 15118 charger",
        ),
        DtcSpec(
            0x401,
            "SLAC_MATCH_FAILED",
            "SLAC matching failed after all retries",
            "check the PLC modem (`iso15118.slac.interface`, `modem_mac`) and the CP line; a slow charger may need a larger `tt_ev_atten_results_ms`",
        ),
        DtcSpec(
            0x501,
            "TASK_CRASHED",
            "an agent task crashed and was restarted",
            "a bug: send the traceback from the journal (`journalctl -u evcc-agent`) to the developers; the part restarts by itself",
        ),
        # Plug & Charge (ISO 15118-2/-20), 0x38x; raised from evcc_agent.iso15118.pnc errors
        DtcSpec(
            0x381,
            "PNC_SIGNATURE_INVALID",
            "a PnC signature or digest does not verify",
            "the charger or provisioning service signed wrongly (or the message was altered): report the journal lines to the charger operator; EIM still works where configured",
        ),
        DtcSpec(
            0x382,
            "PNC_CERT_CHAIN_INVALID",
            "a PnC certificate chain does not validate",
            "the detail names the chain: are the V2G / MO roots of the charger's PKI among the configured roots? check the ECU clock (`timedatectl`)",
        ),
        DtcSpec(
            0x383,
            "PNC_CONTRACT_EXPIRED",
            "the contract certificate is expired",
            "the contract certificate is out of date: the next session with a PnC charger renews it; else install one by hand in the contract store",
        ),
        DtcSpec(
            0x384,
            "PNC_EMAID_MISMATCH",
            "an installation or key is for another eMAID",
            "an installation for another contract arrived, or a store file is misnamed: `<eMAID>.pem` must carry that eMAID in its subject CN",
        ),
        DtcSpec(
            0x385,
            "PNC_KEY_DECRYPT_FAILED",
            "the contract key does not decrypt or match",
            "the contract key was not encrypted for this vehicle's OEM provisioning certificate: check which certificate the mobility operator has on record",
        ),
        DtcSpec(
            0x386,
            "PNC_STORE_FAILED",
            "the contract store cannot be read or written",
            "the contract store directory or a file in it is unreadable or malformed (see the detail): check permissions, disk space and the PEM files",
        ),
        DtcSpec(
            0x387,
            "PNC_TOKEN_UNAVAILABLE",
            "the PKCS#11 token is absent, locked or refuses",
            "the PKCS#11 token is missing, locked or its PIN is wrong: check the module path, the token label and the PIN credential",
        ),
        DtcSpec(
            0x388,
            "PNC_NOT_OFFERED",
            "Plug & Charge wanted but not possible with this charger",
            "the charger offers no Plug & Charge (or no certificate installation while the bus has no valid contract): EIM was used where configured; nothing to do on the bus",
        ),
        DtcSpec(
            0x389,
            "PNC_REFUSED",
            "the charger refused a Plug & Charge step (FAILED code)",
            "the charger answered a Plug & Charge step with FAILED (detail: the step and code): the next session uses EIM where configured; report the code to the charger or mobility operator",
        ),
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

    def apply(self, action: object, now: float) -> bool:
        """Carry out a core's ``RaiseDtc`` / ``ClearDtc`` (the contract's DTC actions); False
        for any other action. The one place every driver hands its cores' DTC actions to."""
        if isinstance(action, RaiseDtc):
            self.raise_(action.name, now, action.detail)
        elif isinstance(action, ClearDtc):
            self.clear(action.name)
        else:
            return False
        return True

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
