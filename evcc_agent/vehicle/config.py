"""Configuration of the vehicle CAN layer."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class VehicleConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")

    interface: str = "virtual"
    channel: str = "evcc-demo"
