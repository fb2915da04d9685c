"""Configuration of the ISO 15118 side (SLAC, SDP, TLS, sessions)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

#: Protocol names accepted in ``protocols`` / ``--protocol`` (SAP offers them in list order).
KNOWN_PROTOCOLS = ("iso20-dc", "iso20-ac", "iso2-dc", "iso2-ac", "din")

# --- SLAC (ISO 15118-3) -------------------------------------------------------------------------
_MAC_PATTERN = r"^[0-9A-Fa-f]{2}(:[0-9A-Fa-f]{2}){5}$"


class SlacConfig(BaseModel):
    """EV-side SLAC: the PLC modem's interface and the ISO 15118-3 timers (ms) and counters.

    The defaults are the standard's values; change them only to work around a station.
    """

    model_config = ConfigDict(extra="forbid")

    #: Ethernet interface of the PLC modem; unset means ``iso15118.interface``
    interface: str | None = None
    #: where CM_SET_KEY.REQ goes; broadcast reaches the local QCA modem without knowing its MAC
    modem_mac: str = Field(default="ff:ff:ff:ff:ff:ff", pattern=_MAC_PATTERN)
    #: TT_match_response: wait for each CNF (PARM, MATCH, SET_KEY) before resending
    tt_match_response_ms: int = Field(default=200, ge=1, le=10_000)
    #: TT_match_sequence: how long the EVSE side waits for the EV's next message
    tt_match_sequence_ms: int = Field(default=400, ge=1, le=10_000)
    #: TT_EVSE_match_MNBC: sounding window announced to the EVSEs (sent in units of 100 ms)
    tt_evse_match_mnbc_ms: int = Field(default=600, ge=100, le=25_500)
    #: TT_EV_atten_results: from the first CM_START_ATTEN_CHAR.IND to the EVSEs' results
    tt_ev_atten_results_ms: int = Field(default=1200, ge=1, le=60_000)
    #: TT_match_join: after CM_SET_KEY.CNF, time for the modem to join the EVSE's network
    tt_match_join_ms: int = Field(default=12_000, ge=1, le=120_000)
    #: TP_EV_batch_msg_interval: spacing of START_ATTEN_CHAR and MNBC_SOUND (standard: 20-50)
    tp_ev_batch_msg_interval_ms: int = Field(default=20, ge=1, le=1_000)
    #: C_EV_match_retry: resends of each request, and restarts of the whole matching process
    c_ev_match_retry: int = Field(default=2, ge=0, le=10)
    #: C_EV_start_atten_char_inds: CM_START_ATTEN_CHAR.IND repetitions
    c_ev_start_atten_char_inds: int = Field(default=3, ge=1, le=10)
    #: C_EV_match_MNBC: number of CM_MNBC_SOUND.IND
    c_ev_match_mnbc: int = Field(default=10, ge=1, le=255)


# --- end SLAC -----------------------------------------------------------------------------------


class SafetyConfig(BaseModel):
    """The BMS interlock and the plausibility checks (``session/interlock.py``).

    Sources of the defaults: docs/iso15118.md, "BMS interlock".
    """

    model_config = ConfigDict(extra="forbid")

    #: before ChargeParameterDiscovery, wait this long for fresh BMS limits (the SECC's
    #: V2G_SECC_Sequence_Timeout of 60 s bounds it)
    bms_wait_s: float = Field(default=10.0, gt=0, le=50.0)
    #: BMS charging values stale this long → orderly stop (0 A from the first stale round)
    stale_grace_s: float = Field(default=1.0, ge=0, le=5.0)
    #: PreCharge is complete within this many volts of the BMS pack voltage
    pre_charge_tolerance_v: float = Field(default=10.0, gt=0, le=50.0)
    #: EVSE present voltage may exceed the EV maximum by max(this, the pct below) before a stop
    overvoltage_tolerance_v: float = Field(default=10.0, ge=0)
    #: ... or by this percentage of the EV maximum, whichever is larger
    overvoltage_tolerance_pct: float = Field(default=2.0, ge=0, le=20.0)
    #: EVSE present current may exceed the request by max(this, the pct below) before a stop
    overcurrent_tolerance_a: float = Field(default=2.5, ge=0)
    #: ... or by this percentage of the requested current, whichever is larger
    overcurrent_tolerance_pct: float = Field(default=5.0, ge=0, le=50.0)
    #: an implausible EVSE value must persist this long (chargers ramp down, not jump)
    plausibility_debounce_s: float = Field(default=1.0, ge=0, le=10.0)


class SequenceTimeouts(BaseModel):
    """Overall limits of the DC preparation phases, where field chargers exceed the standard.

    Unset: the protocol's own value (docs/iso15118.md, "Timeouts"): CableCheck -20/-2 40 s,
    DIN 38 s; PreCharge -20 10 s, -2/DIN 7 s.
    """

    model_config = ConfigDict(extra="forbid")

    #: V2G_EVCC_CableCheck_Timeout override (public -2 captures show 23.5 s cable checks)
    cable_check_s: float | None = Field(default=None, ge=1.0, le=120.0)
    #: V2G_EVCC_PreCharge_Timeout override (public DIN captures show 8.7 s pre-charges)
    pre_charge_s: float | None = Field(default=None, ge=1.0, le=60.0)


class DischargeConfig(BaseModel):
    """Bidirectional power transfer: the operator's floor and what happens at it
    (``session/bpt.py``; docs/iso15118.md, "Bidirectional power transfer")."""

    model_config = ConfigDict(extra="forbid")

    #: never discharge below this SoC (%); the VCU's minimum and the departure bound may
    #: raise it, never lower it
    min_soc_pct: float = Field(default=30.0, ge=0, le=100)
    #: added to the departure bound (charging losses, ramps): the EV keeps this much more SoC
    #: than the charger's power would strictly need to reach the target by departure
    departure_reserve_pct: float = Field(default=2.0, ge=0, le=20)
    #: at the floor (or when discharge is no longer allowed): "charge" (the targets go to zero
    #: discharge and the EV charges where the charger lets it) or "stop" (end the session)
    at_floor: Literal["charge", "stop"] = "charge"


#: identification modes of ``auth`` (docs/pnc.md): Plug & Charge, external identification
AuthMethod = Literal["pnc", "eim"]


class PncConfig(BaseModel):
    """Plug & Charge (docs/pnc.md): the contract store, the trust anchors, the token.

    The OEM provisioning chain and key are ``iso15118.tls_cert`` / ``tls_key`` (or the token
    object ``oem_key_label`` with ``oem_key_in_token``)."""

    model_config = ConfigDict(extra="forbid")

    #: directory of installed contracts: ``<eMAID>.pem`` (+ ``<eMAID>.key`` for file keys)
    contract_store: str = "/var/lib/evcc-agent/contracts"
    #: mobility operator root certificate(s), PEM: what a contract chain must lead to
    mo_roots: list[str] = []
    #: V2G root certificate(s), PEM, for the provisioning service's chain; empty: ``tls_roots``
    v2g_roots: list[str] = []
    #: renew (CertificateUpdate / re-installation) this many days before the contract expires
    renew_days: int = Field(default=30, ge=0, le=3650)
    #: ask for CertificateUpdate (not a new installation) when a contract is due for renewal
    certificate_update: bool = True
    #: PKCS#11 module (``libsofthsm2.so``, the HSM vendor's); unset: file keys only
    pkcs11_module: str | None = None
    #: label of the token in that module
    pkcs11_token: str | None = None
    #: file holding the token's user PIN; unset: the systemd credential ``pnc-token-pin``
    pkcs11_pin_file: str | None = None
    #: the OEM provisioning key is the token object ``oem_key_label`` (not ``tls_key``)
    oem_key_in_token: bool = False
    #: label of the OEM provisioning key object in the token (with ``oem_key_in_token``)
    oem_key_label: str = "oem-provisioning"

    @model_validator(mode="after")
    def _token_complete(self) -> PncConfig:
        if bool(self.pkcs11_module) != bool(self.pkcs11_token):
            raise ValueError("pkcs11_module and pkcs11_token go together")
        if self.oem_key_in_token and not self.pkcs11_module:
            raise ValueError("oem_key_in_token needs pkcs11_module and pkcs11_token")
        return self


class Iso15118Config(BaseModel):
    model_config = ConfigDict(extra="forbid")

    #: identification, best first: "pnc" (Plug & Charge, a contract certificate) and/or
    #: "eim" (external identification: card, app, free charging); docs/pnc.md
    auth: list[AuthMethod] = ["eim"]
    #: Plug & Charge settings (used when "pnc" is in ``auth``)
    pnc: PncConfig = Field(default_factory=PncConfig)

    # --- EVCC session (-20); see docs/iso15118.md for every key ---
    #: SAP offer, highest priority first (-2 DC/AC share one offer; their order picks DC or AC)
    protocols: list[str] = ["iso20-dc", "iso20-ac", "iso2-dc", "iso2-ac", "din"]
    #: send the SDP request unicast to this IPv6 address instead of ff02::1 (benches);
    #: "[ADDR]:PORT" for a responder on another port than 15118
    sdp_target: str | None = None
    #: "HOST:PORT" / "[V6ADDR%IF]:PORT": skip SDP and connect here
    secc_address: str | None = None
    #: "required" (the -20 rule) or "off" (benches, logged as a warning)
    tls: Literal["required", "off"] = "required"
    #: V2G root certificate(s), PEM, that the SECC chain must lead to
    tls_roots: list[str] = []
    #: the EV's OEM provisioning chain (leaf first, then sub-CAs), PEM
    tls_cert: str | None = None
    #: the chain's private key (PEM); unset: the systemd credential ``v2g-oem-key``
    tls_key: str | None = None
    #: file holding the key's password (secrets never live in the TOML); unset: the systemd
    #: credential ``v2g-oem-key-password``
    tls_key_password_file: str | None = None
    #: key-exchange group: "secp521r1" or "X448" (-20), "default" (OpenSSL's list)
    tls_group: Literal["secp521r1", "X448", "default"] = "secp521r1"
    #: when the SECC rejects that group, retry the handshake once with OpenSSL's list
    tls_group_fallback: bool = True
    #: EVCCID in SessionSetupReq; empty: the interface's MAC address
    evcc_id: str = ""
    #: requested control mode; falls back to what the SECC's parameter sets offer
    control_mode: Literal["scheduled", "dynamic"] = "scheduled"
    #: select the bidirectional service (DC_BPT 6 / AC_BPT 5) when the charger offers it
    bpt: bool = False
    #: the discharge floor and what happens at it (with ``bpt``)
    discharge: DischargeConfig = Field(default_factory=DischargeConfig)
    #: ask for the Internet value-added service (ServiceID 65)
    internet: bool = True
    #: acceptable Internet parameter sets, best first, "protocol/port" ("*" any port)
    internet_preference: list[str] = ["https/443", "http/80"]
    #: pause between a charge-loop response and the next request
    charge_loop_interval_s: float = 0.1
    #: pause after an EVSEProcessing=Ongoing answer (or a PreCharge/WeldingDetection answer
    #: that is not there yet) before asking again; production EVs wait 40-130 ms (``session/pacing.py``)
    ongoing_interval_s: float = Field(default=0.1, ge=0, le=5.0)
    #: the BMS interlock and plausibility tolerances
    safety: SafetyConfig = Field(default_factory=SafetyConfig)
    #: CableCheck / PreCharge limits where a charger needs longer than the standard allows
    timeouts: SequenceTimeouts = Field(default_factory=SequenceTimeouts)
    #: largest V2GTP payload accepted
    max_payload_bytes: int = 65536

    @field_validator("protocols")
    @classmethod
    def _known_protocols(cls, value: list[str]) -> list[str]:
        bad = [p for p in value if p not in KNOWN_PROTOCOLS]
        if bad or not value:
            raise ValueError(f"unknown protocol(s) {bad}; known: {', '.join(KNOWN_PROTOCOLS)}")
        return value

    @field_validator("auth")
    @classmethod
    def _auth_methods(cls, value: list[AuthMethod]) -> list[AuthMethod]:
        if not value or len(set(value)) != len(value):
            raise ValueError("want one or both of 'pnc', 'eim', each once")
        return value

    @field_validator("internet_preference")
    @classmethod
    def _protocol_port(cls, value: list[str]) -> list[str]:
        for item in value:
            proto, sep, port = item.partition("/")
            if not sep or not proto or not (port == "*" or port.isdigit()):
                raise ValueError(f"{item!r}: want 'protocol/port' or 'protocol/*'")
        return value

    interface: str = "eth1"
    slac: SlacConfig = Field(default_factory=SlacConfig)
