"""Configuration of the vehicle CAN layer (the ``[vehicle]`` section).

Relative DBC paths are resolved against the configuration file's folder (without a file:
the project root). The default is our own DBC files, from ``dbc/`` of a source checkout or
from ``<prefix>/share/evcc-agent/dbc`` where a wheel installs them.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationInfo,
    field_validator,
    model_validator,
)

from evcc_agent.vehicle.charge_loop import ChargeLoopSignals
from evcc_agent.vehicle.dm import DmConfig

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
#: the agent's source address in our DBC files (the J1939 node's default)
DEFAULT_J1939_ADDRESS = 0x5A


class J1939NameConfig(BaseModel):
    """The fields of the agent's 64-bit J1939 NAME (J1939-81); the lowest NAME wins a claim."""

    model_config = ConfigDict(extra="forbid")

    #: unique per ECU of one manufacturer (21 bits; e.g. from the serial number)
    identity_number: int = Field(default=0, ge=0, lt=1 << 21)
    #: the SAE-assigned manufacturer code (11 bits)
    manufacturer_code: int = Field(default=0, ge=0, lt=1 << 11)
    #: which of several ECUs of the same function (3 bits)
    ecu_instance: int = Field(default=0, ge=0, lt=1 << 3)
    #: which of several functions of the same kind (5 bits)
    function_instance: int = Field(default=0, ge=0, lt=1 << 5)
    #: the J1939 function code (8 bits)
    function: int = Field(default=0, ge=0, lt=1 << 8)
    #: the J1939 vehicle system (7 bits)
    vehicle_system: int = Field(default=0, ge=0, lt=1 << 7)
    #: which of several vehicle systems (4 bits)
    vehicle_system_instance: int = Field(default=0, ge=0, lt=1 << 4)
    #: industry group (3 bits; 1 = on-highway equipment)
    industry_group: int = Field(default=1, ge=0, lt=1 << 3)
    #: may move to another address (128–247) when a higher-priority NAME takes ours
    arbitrary_address_capable: bool = True


class J1939Config(BaseModel):
    """The agent as a J1939 node: address claim, requests, DM1/DM2."""

    model_config = ConfigDict(extra="forbid")

    #: claim an address before any other transmission, answer requests, send DM1;
    #: ``false``: the TX messages go out with their DBC (or ``tx_source_address``) ids unclaimed
    enabled: bool = True
    #: the address to claim first; unset: ``tx_source_address``, else 90 (0x5A, the agent
    #: address of our DBC files)
    address: int | None = Field(default=None, ge=0, le=253)
    #: the NAME sent in Address Claimed
    name: J1939NameConfig = Field(default_factory=J1939NameConfig)
    #: how the agent's DTCs appear in DM1/DM2
    dm: DmConfig = Field(default_factory=DmConfig)


class VehicleConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")

    #: python-can interface name: ``socketcan`` in the field, ``virtual`` in tests and the demo
    interface: str = "virtual"
    #: python-can channel: ``can0``/``vcan0`` for socketcan, any name for ``virtual``
    channel: str = "evcc-demo"
    #: bit rate, for interfaces that set it themselves (socketcan takes it from ``ip link``)
    bitrate: int | None = Field(default=None, gt=0)
    #: CAN FD: frames up to 64 bytes; DBC messages longer than 8 bytes need it
    fd: bool = False
    #: CAN FD data-phase bit rate, for interfaces that set it themselves
    data_bitrate: int | None = Field(default=None, gt=0)
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
    #: J1939 source address of the agent's frames; ``None`` keeps the DBC's ids (with
    #: ``[vehicle.j1939]`` on: the address claimed first unless ``j1939.address`` is set)
    tx_source_address: int | None = Field(default=None, ge=0, le=253)
    #: per-message cycle time overrides in milliseconds (default: the DBC's GenMsgCycleTime)
    tx_cycle_ms: dict[str, int] = Field(default_factory=dict)
    #: ``periodic``: python-can periodic tasks (kernel BCM on socketcan);
    #: ``clock``: an asyncio loop on the agent's clock (used with scaled/fake clocks)
    tx_mode: Literal["periodic", "clock"] = "periodic"
    #: which signals carry the DC charge-loop values the ISO 15118 session reads
    charge_loop: ChargeLoopSignals = Field(default_factory=ChargeLoopSignals)
    #: the agent as a J1939 node (address claim, requests, DM1)
    j1939: J1939Config = Field(default_factory=J1939Config)

    @property
    def j1939_address(self) -> int:
        """The address the J1939 node claims first."""
        for address in (self.j1939.address, self.tx_source_address):
            if address is not None:
                return address
        return DEFAULT_J1939_ADDRESS

    @model_validator(mode="after")
    def _one_source_address(self) -> VehicleConfig:
        j = self.j1939
        if None not in (j.address, self.tx_source_address) and j.address != self.tx_source_address:
            raise ValueError(
                "tx_source_address and j1939.address differ: with J1939 on, the claimed "
                "address is the source address of every TX message (set one of them)"
            )
        if self.data_bitrate is not None and not self.fd:
            raise ValueError("data_bitrate needs fd = true")
        return self

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
