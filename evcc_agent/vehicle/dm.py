"""J1939-73 diagnostic messages: the agent's DTCs as SPN/FMI, DM1/DM2 payloads.

Every DTC of ``evcc_agent.dtc.DTC_CATALOG`` has an SPN/FMI and a lamp: by default the SPN is
``spn_base + code`` (``spn_base`` 520192, the first SPN of J1939's proprietary range
520192–524287, so our 12-bit codes fit), the FMI and lamp come from ``DEFAULT_FMI`` /
``DEFAULT_LAMP`` (FMI 31 "condition exists" and the amber warning lamp where a DTC is not
listed, so a DTC added to the catalog later still maps). ``[vehicle.j1939.dm]`` overrides any
of it per DTC name. The table in docs/operations.md is generated from ``dm_table``.

Payload (DM1 and DM2 alike): byte 1 lamp status, byte 2 lamp flash (0xFF: no flashing), then
4 bytes per DTC: SPN bits 1–8, SPN bits 9–16, SPN bits 17–19 (top 3 bits) with the FMI (low 5
bits), conversion method 0 (bit 8) with the occurrence count (7 bits, 126 at most). No DTC:
one all-zero DTC, padded to 8 bytes with 0xFF.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field, field_validator

from evcc_agent.dtc import DTC_CATALOG, DtcState

PGN_DM1 = 65226  # active DTCs
PGN_DM2 = 65227  # previously active DTCs
PGN_DM3 = 65228  # clear previously active
PGN_DM11 = 65235  # clear active (and previously active)

PROPRIETARY_SPN_FIRST = 520192
PROPRIETARY_SPN_LAST = 524287
SPN_MAX = (1 << 19) - 1
OC_MAX = 126  # 127 means "not available"


class Lamp(StrEnum):
    """The four DM1 lamps, in the order of their bit pairs from the low end of byte 1."""

    PROTECT = "protect"
    AMBER = "amber"
    RED = "red"
    MIL = "mil"
    NONE = "none"


_LAMP_SHIFT = {Lamp.PROTECT: 0, Lamp.AMBER: 2, Lamp.RED: 4, Lamp.MIL: 6}

#: FMI per DTC name (J1939-73 failure mode identifiers); unlisted names get FMI 31.
DEFAULT_FMI: dict[str, int] = {
    "CAN_BUS_DOWN": 12,  # bad intelligent device or component
    "CAN_SIGNAL_STALE": 9,  # abnormal update rate
    "BMS_DATA_MISSING": 9,
    "BMS_DATA_STALE": 9,
    "EVSE_IMPLAUSIBLE": 0,  # data valid but above normal operational range
    "DIRECTIVE_INVALID": 19,  # received network data in error
    "V2ICP_CONFIG_MISSING": 13,  # out of calibration
    "V2ICP_TLS_FAILURE": 14,  # special instructions
    "V2ICP_AUTH_REJECTED": 14,
    "V2ICP_UNREACHABLE": 9,
    "V2ICP_PROTOCOL_VIOLATION": 19,
    "V2G_TRANSPORT_ERROR": 9,
    "V2G_SESSION_FAILED": 31,
    "V2G_TLS_FAILURE": 14,
    "SLAC_MATCH_FAILED": 31,
    "TASK_CRASHED": 12,
    "J1939_CANNOT_CLAIM": 14,
}
DEFAULT_FMI_OTHER = 31  # condition exists
#: Lamp per DTC name; unlisted names light the amber warning lamp.
DEFAULT_LAMP: dict[str, Lamp] = {
    "V2ICP_UNREACHABLE": Lamp.NONE,  # the depot backend being away is no vehicle fault
    "V2ICP_NO_ROUTE": Lamp.NONE,  # nor is the charger's network
    "V2G_VAS_NOT_OFFERED": Lamp.NONE,
    "V2G_NO_V2ICP_PROTOCOL": Lamp.NONE,
}
DEFAULT_LAMP_OTHER = Lamp.AMBER


class DmOverride(BaseModel):
    """SPN, FMI and/or lamp of one DTC (unset: the default)."""

    model_config = ConfigDict(extra="forbid")

    spn: int | None = Field(default=None, ge=0, le=SPN_MAX)
    fmi: int | None = Field(default=None, ge=0, le=31)
    lamp: Lamp | None = None


class DmConfig(BaseModel):
    """How the agent's DTCs appear in DM1/DM2 (``[vehicle.j1939.dm]``)."""

    model_config = ConfigDict(extra="forbid")

    #: SPN of DTC code 0: a DTC's SPN is ``spn_base + code`` unless overridden
    spn_base: int = Field(
        default=PROPRIETARY_SPN_FIRST, ge=PROPRIETARY_SPN_FIRST, le=PROPRIETARY_SPN_LAST
    )
    #: per DTC name (see the DTC catalog): ``{ spn = ..., fmi = ..., lamp = "red" }``
    overrides: dict[str, DmOverride] = Field(default_factory=dict)

    @field_validator("overrides")
    @classmethod
    def _known_dtcs(cls, v: dict[str, DmOverride]) -> dict[str, DmOverride]:
        unknown = sorted(set(v) - set(DTC_CATALOG))
        if unknown:
            raise ValueError(f"not in the DTC catalog: {', '.join(unknown)}")
        return v


@dataclass(frozen=True)
class DmCode:
    """One DTC as J1939 sees it."""

    name: str
    spn: int
    fmi: int
    lamp: Lamp
    occurrences: int = 1


def dm_table(cfg: DmConfig | None = None) -> list[DmCode]:
    """SPN/FMI/lamp of every catalog DTC, by code (the documented table)."""
    cfg = cfg or DmConfig()
    out = []
    for spec in sorted(DTC_CATALOG.values(), key=lambda s: s.code):
        ov = cfg.overrides.get(spec.name) or DmOverride()
        spn = ov.spn if ov.spn is not None else cfg.spn_base + spec.code
        fmi = ov.fmi if ov.fmi is not None else DEFAULT_FMI.get(spec.name, DEFAULT_FMI_OTHER)
        lamp = ov.lamp or DEFAULT_LAMP.get(spec.name, DEFAULT_LAMP_OTHER)
        out.append(DmCode(spec.name, min(spn, SPN_MAX), fmi, lamp))
    return out


class DmMapper:
    """DTC registry states -> ``DmCode`` tuples for the node (active, previously active)."""

    def __init__(self, cfg: DmConfig | None = None) -> None:
        self._by_name = {c.name: c for c in dm_table(cfg)}

    def code(self, state: DtcState) -> DmCode:
        base = self._by_name[state.spec.name]
        return DmCode(base.name, base.spn, base.fmi, base.lamp, min(max(state.count, 1), OC_MAX))

    def active(self, states: Iterable[DtcState]) -> tuple[DmCode, ...]:
        return tuple(sorted((self.code(s) for s in states if s.active), key=_order))

    def previously_active(self, states: Iterable[DtcState]) -> tuple[DmCode, ...]:
        return tuple(
            sorted((self.code(s) for s in states if s.stored and not s.active), key=_order)
        )


def _order(c: DmCode) -> tuple[int, int]:
    return (c.spn, c.fmi)


def lamp_byte(codes: Iterable[DmCode]) -> int:
    """Byte 1: ``01`` (on) for each lamp one of ``codes`` lights, ``00`` (off) for the rest."""
    value = 0
    for c in codes:
        if c.lamp is not Lamp.NONE:
            value |= 1 << _LAMP_SHIFT[c.lamp]
    return value


def encode_dm(codes: Iterable[DmCode], lamps: Iterable[DmCode] | None = None) -> bytes:
    """A DM1/DM2 payload; ``lamps``: the DTCs that set the lamp byte (default ``codes``)."""
    codes = list(codes)
    out = bytearray((lamp_byte(codes if lamps is None else lamps), 0xFF))
    if not codes:
        out += bytes(4)
    for c in codes:
        out += bytes(
            (
                c.spn & 0xFF,
                (c.spn >> 8) & 0xFF,
                ((c.spn >> 11) & 0xE0) | (c.fmi & 0x1F),
                min(c.occurrences, OC_MAX) & 0x7F,
            )
        )
    if len(out) < 8:
        out += b"\xff" * (8 - len(out))
    return bytes(out)


@dataclass(frozen=True)
class DecodedDtc:
    spn: int
    fmi: int
    occurrences: int


def decode_dm(data: bytes) -> tuple[dict[Lamp, bool], list[DecodedDtc]]:
    """Lamps on and the DTCs of a DM1/DM2 payload (the all-zero "no DTC" entry dropped)."""
    if len(data) < 6:
        raise ValueError(f"DM payload of {len(data)} bytes (at least 6)")
    lamps = {lamp: (data[0] >> shift) & 3 == 1 for lamp, shift in _LAMP_SHIFT.items()}
    dtcs = []
    for i in range(2, len(data) - 3, 4):
        b = data[i : i + 4]
        if b == b"\xff\xff\xff\xff":
            break
        spn = b[0] | (b[1] << 8) | ((b[2] & 0xE0) << 11)
        if spn == 0 and b[2] & 0x1F == 0:
            continue
        dtcs.append(DecodedDtc(spn, b[2] & 0x1F, b[3] & 0x7F))
    return lamps, dtcs


def spn_names(cfg: DmConfig | None = None) -> Mapping[int, str]:
    """SPN -> DTC name (for decoding our own DM1 in tests and tools)."""
    return {c.spn: c.name for c in dm_table(cfg)}
