"""Configuration of the VDV 261 V2ICP client."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class V2icpConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")

    enabled: bool = True
