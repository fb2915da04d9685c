"""Configuration of the vehicle CAN layer (the ``[vehicle]`` section).

Relative DBC paths are resolved against the configuration file's folder (without a file:
the project root). The default is our own DBC files, from ``dbc/`` of a source checkout or
from ``<prefix>/share/evcc-agent/dbc`` where a wheel installs them.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator

from evcc_agent.vehicle.charge_loop import ChargeLoopSignals

#: The project root (holds ``dbc/``, ``config/``); the base of relative paths without a file.
PROJECT_ROOT = Path(__file__).resolve().parents[2]

DEFAULT_DBC_FILES = ("bms.dbc", "vcu.dbc", "hvac.dbc")


def default_dbc_dir() -> Path:
    """``dbc/`` of a source checkout, else the copy a wheel installs under ``share/``."""
    checkout = PROJECT_ROOT / "dbc"
    if checkout.is_dir():
        return checkout
    return Path(sys.prefix) / "share" / "evcc-agent" / "dbc"


#: The messages the agent itself sends (all in our DBC files, sender node ``AGENT``).
DEFAULT_TX_MESSAGES = ("AGT_Departure", "AGT_PrecondRequest", "AGT_DtcStatus")

BusOption = str | int | float | bool


class VehicleConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")

    #: python-can interface name: ``socketcan`` in the field, ``virtual`` in tests and the demo
    interface: str = "virtual"
    #: python-can channel: ``can0``/``vcan0`` for socketcan, any name for ``virtual``
    channel: str = "evcc-demo"
    #: bit rate, for interfaces that set it themselves (socketcan takes it from ``ip link``)
    bitrate: int | None = Field(default=None, gt=0)
    #: further keyword arguments for ``can.Bus`` (interface specific)
    bus_options: dict[str, BusOption] = Field(default_factory=dict)
    #: DBC files to load; relative paths are relative to the configuration file
    dbc_files: list[str] = Field(
        default_factory=lambda: [str(default_dbc_dir() / p) for p in DEFAULT_DBC_FILES],
        min_length=1,
    )
    #: match 29-bit frames on the J1939 PGN with the source address (and priority) masked,
    #: so a BMS at another source address still decodes
    j1939_ignore_source_address: bool = True
    #: a signal not refreshed within this many seconds is "not available"
    stale_after_s: float = Field(default=3.0, gt=0)
    #: per-signal (or per-message: every signal of it) staleness timeouts, overriding the default
    stale_after_overrides_s: dict[str, float] = Field(default_factory=dict)
    #: first and longest wait before reopening a failed interface (doubles each attempt)
    reopen_backoff_initial_s: float = Field(default=0.5, gt=0)
    reopen_backoff_max_s: float = Field(default=30.0, gt=0)
    #: the messages the agent sends cyclically (DBC message names)
    tx_messages: list[str] = Field(default_factory=lambda: list(DEFAULT_TX_MESSAGES))
    #: J1939 source address of the agent's frames; ``None`` keeps the DBC's ids
    tx_source_address: int | None = Field(default=None, ge=0, le=253)
    #: per-message cycle time overrides in milliseconds (default: the DBC's GenMsgCycleTime)
    tx_cycle_ms: dict[str, int] = Field(default_factory=dict)
    #: ``periodic``: python-can periodic tasks (kernel BCM on socketcan);
    #: ``clock``: an asyncio loop on the agent's clock (used with scaled/fake clocks)
    tx_mode: Literal["periodic", "clock"] = "periodic"
    #: which signals carry the DC charge-loop values the ISO 15118 session reads
    charge_loop: ChargeLoopSignals = Field(default_factory=ChargeLoopSignals)

    @field_validator("stale_after_overrides_s")
    @classmethod
    def _positive_timeouts(cls, v: dict[str, float]) -> dict[str, float]:
        for name, seconds in v.items():
            if not seconds > 0:
                raise ValueError(f"{name}: timeout must be > 0")
        return v

    @field_validator("tx_cycle_ms")
    @classmethod
    def _positive_cycles(cls, v: dict[str, int]) -> dict[str, int]:
        for name, ms in v.items():
            if ms <= 0:
                raise ValueError(f"{name}: cycle time must be > 0 ms")
        return v

    @field_validator("dbc_files")
    @classmethod
    def _resolve_dbc_paths(cls, v: list[str], info: ValidationInfo) -> list[str]:
        base = (info.context or {}).get("base_dir") or PROJECT_ROOT
        return [str(resolve_path(p, Path(base))) for p in v]


def resolve_path(path: str, base_dir: Path) -> Path:
    p = Path(path).expanduser()
    return p if p.is_absolute() else (base_dir / p).resolve()
