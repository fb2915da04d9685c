"""Configuration of the ISO 15118 side (SLAC, SDP, TLS, sessions)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, field_validator

#: Protocol names accepted in ``protocols`` / ``--protocol`` (SAP offers them in list order).
KNOWN_PROTOCOLS = ("iso20-dc", "iso20-ac", "iso2-dc", "iso2-ac", "din")


class Iso15118Config(BaseModel):
    model_config = ConfigDict(extra="forbid")

    # --- EVCC session (-20); see docs/iso15118.md for every key ---
    #: SAP offer, highest priority first
    protocols: list[str] = ["iso20-dc", "iso20-ac"]
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
    tls_key: str | None = None
    #: file holding the key's password (secrets never live in the TOML)
    tls_key_password_file: str | None = None
    #: key-exchange group: "secp521r1" or "X448" (-20), "default" (OpenSSL's list)
    tls_group: Literal["secp521r1", "X448", "default"] = "secp521r1"
    #: when the SECC rejects that group, retry the handshake once with OpenSSL's list
    tls_group_fallback: bool = True
    #: EVCCID in SessionSetupReq; empty: the interface's MAC address
    evcc_id: str = ""
    #: requested control mode; falls back to what the SECC's parameter sets offer
    control_mode: Literal["scheduled", "dynamic"] = "scheduled"
    #: ask for the Internet value-added service (ServiceID 65)
    internet: bool = True
    #: acceptable Internet parameter sets, best first, "protocol/port" ("*" any port)
    internet_preference: list[str] = ["https/443", "http/80"]
    #: pause between a charge-loop response and the next request
    charge_loop_interval_s: float = 0.1
    #: largest V2GTP payload accepted
    max_payload_bytes: int = 65536

    @field_validator("protocols")
    @classmethod
    def _known_protocols(cls, value: list[str]) -> list[str]:
        bad = [p for p in value if p not in KNOWN_PROTOCOLS]
        if bad or not value:
            raise ValueError(f"unknown protocol(s) {bad}; known: {', '.join(KNOWN_PROTOCOLS)}")
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
