"""Configuration of the ISO 15118 side (SLAC, SDP, TLS, sessions)."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class Iso15118Config(BaseModel):
    model_config = ConfigDict(extra="forbid")

    interface: str = "eth1"
