"""SLAC (ISO 15118-3) frames: typed messages and their wire form.

Each message's wire layout is one field table in :data:`LAYOUTS` (attribute, codec, size;
offsets follow from the order), read by one parser and one builder, the way cantools reads a
DBC: what a field is on the wire is written once, in the table, and nowhere in code.

What real stations put on the wire (``../shared/vectors/slac-frames.json``), and so the tables:

* Frames are zero-padded to the 60-byte Ethernet minimum (64 with a VLAN tag): :func:`encode`
  pads; :func:`decode` ignores whatever follows the message.
* HomePlug AV numbers are little-endian (CM_SET_KEY's ProtoRunNumber, the MVF length). The
  CM_SET_KEY nonces are opaque (only compared), read and written as big-endian 32-bit values.
* SECC test systems put each simulated EVSE on its own 802.1Q VLAN; the tag is kept in
  :attr:`SlacFrame.vlan`.
* QCA modems answer CM_SET_KEY.REQ with Result 0x01 although the key was applied (see
  :data:`SET_KEY_RESULTS_OK`).
"""

from __future__ import annotations

import enum
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal

ETHERTYPE_HOMEPLUG = 0x88E1
ETHERTYPE_VLAN = 0x8100
BROADCAST = "ff:ff:ff:ff:ff:ff"
#: HomePlug AV 1.1 management message version, the only one SLAC uses
MMV_HPAV11 = 0x01
MIN_FRAME_LEN = 60
RUN_ID_LEN = 8
NID_LEN = 7
NMK_LEN = 16
#: HomePlug AV says 0x00 is success; QCA7000/7005 firmware answers 0x01 on success (every
#: CM_SET_KEY.CNF in the captures says 0x01 and the sessions go on), so both are accepted.
SET_KEY_RESULTS_OK = frozenset({0x00, 0x01})
#: EVID, EVSEID, SenderID, SourceID, ResponseID: 17 bytes each
ID_LEN = 17


class MMType(enum.IntEnum):
    CM_SET_KEY_REQ = 0x6008
    CM_SET_KEY_CNF = 0x6009
    CM_SLAC_PARM_REQ = 0x6064
    CM_SLAC_PARM_CNF = 0x6065
    CM_START_ATTEN_CHAR_IND = 0x606A
    CM_ATTEN_CHAR_IND = 0x606E
    CM_ATTEN_CHAR_RSP = 0x606F
    CM_MNBC_SOUND_IND = 0x6076
    CM_SLAC_MATCH_REQ = 0x607C
    CM_SLAC_MATCH_CNF = 0x607D
    #: sent by the EVSE's modem to its host after each sound; visible on the wire, not for us
    CM_ATTEN_PROFILE_IND = 0x6086


class SlacFrameError(ValueError):
    """A frame that cannot be a valid SLAC message (truncated, wrong header, bad lengths)."""


#: an all-zero EVID / EVSEID / SenderID / SourceID / ResponseID (what EVs and EVSEs send)
NO_ID = bytes(ID_LEN)


@dataclass(frozen=True, kw_only=True)
class _Typed:
    """ApplicationType and SecurityType, which open every CM_SLAC_* and ATTEN message; 0 and 0
    (PEV-EVSE matching, no security) are the only values ISO 15118-3 uses."""

    application_type: int = 0
    security_type: int = 0


@dataclass(frozen=True, kw_only=True)
class _Sounding(_Typed):
    """The sounding the EVSE asks for (CM_SLAC_PARM.CNF) and the EV announces
    (CM_START_ATTEN_CHAR.IND): how many M-Sounds, the window in 100 ms units, response type 1
    (the EVSE reports the attenuation to the EV)."""

    num_sounds: int = 10
    timeout_100ms: int = 6
    response_type: int = 1


@dataclass(frozen=True)
class _Atten(_Typed):
    """What CM_ATTEN_CHAR.IND and its RSP both carry: the run, the EV's MAC, the station IDs."""

    run_id: bytes
    source_address: str  # the EV's MAC
    source_id: bytes = field(default=NO_ID, kw_only=True)
    response_id: bytes = field(default=NO_ID, kw_only=True)


@dataclass(frozen=True)
class _Match(_Typed):
    """What CM_SLAC_MATCH.REQ and its CNF both carry: the run and the pair being matched."""

    run_id: bytes
    ev_mac: str
    evse_mac: str
    ev_id: bytes = field(default=NO_ID, kw_only=True)
    evse_id: bytes = field(default=NO_ID, kw_only=True)


@dataclass(frozen=True)
class ParmReq(_Typed):
    """CM_SLAC_PARM.REQ: the EV opens a run (broadcast, new RunID)."""

    run_id: bytes


@dataclass(frozen=True)
class ParmCnf(_Sounding):
    """CM_SLAC_PARM.CNF: an EVSE answers and says how to sound."""

    run_id: bytes
    forwarding_sta: str
    msound_target: str = BROADCAST


@dataclass(frozen=True)
class StartAttenCharInd(_Sounding):
    """CM_START_ATTEN_CHAR.IND: the EV announces its sounds."""

    run_id: bytes
    forwarding_sta: str


@dataclass(frozen=True)
class MnbcSoundInd(_Typed):
    """CM_MNBC_SOUND.IND: one M-Sound, counting down to 0."""

    run_id: bytes
    countdown: int
    random_value: bytes = bytes(16)
    sender_id: bytes = NO_ID


@dataclass(frozen=True)
class AttenCharInd(_Atten):
    """CM_ATTEN_CHAR.IND: an EVSE reports the attenuation it measured."""

    num_sounds: int
    attenuation_db: tuple[int, ...]  # one value per carrier group (58 on GreenPHY)

    @property
    def average_db(self) -> float:
        """The figure the EV ranks EVSEs by: lower means a better (nearer) link."""
        if not self.attenuation_db:
            return float("inf")
        return sum(self.attenuation_db) / len(self.attenuation_db)


@dataclass(frozen=True)
class AttenCharRsp(_Atten):
    """CM_ATTEN_CHAR.RSP: the EV acknowledges a report."""

    result: int = 0


@dataclass(frozen=True)
class SlacMatchReq(_Match):
    """CM_SLAC_MATCH.REQ: the EV asks the EVSE it chose to join."""


@dataclass(frozen=True)
class SlacMatchCnf(_Match):
    """CM_SLAC_MATCH.CNF: the EVSE hands over its network (NID) and key (NMK)."""

    nid: bytes
    nmk: bytes = field(repr=False)  # the network key never reaches a log line


@dataclass(frozen=True, kw_only=True)
class _KeyRun:
    """The protocol run both CM_SET_KEY messages name: PID 4 (HLE protocol), its run number
    (little-endian on the wire), and the sender's CCo capability."""

    pid: int = 4
    prn: int = 0
    cco_capability: int = 0


@dataclass(frozen=True)
class SetKeyReq(_KeyRun):
    """CM_SET_KEY.REQ: the EV gives its own modem the network key."""

    nid: bytes
    nmk: bytes = field(repr=False)
    my_nonce: int
    your_nonce: int = 0
    pmn: int = 0  # protocol message number
    key_type: int = 1  # NMK (AES-128)
    new_eks: int = 1


@dataclass(frozen=True)
class SetKeyCnf(_KeyRun):
    """CM_SET_KEY.CNF: the modem's answer (see :data:`SET_KEY_RESULTS_OK`)."""

    result: int
    my_nonce: int
    your_nonce: int
    pmn: int = 0xFF  # last message of the run


@dataclass(frozen=True)
class AttenProfileInd:
    """CM_ATTEN_PROFILE.IND: the EVSE's modem to its host after each sound; not for the EV."""

    ev_mac: str
    attenuation_db: tuple[int, ...]


@dataclass(frozen=True)
class UnknownMme:
    """A HomePlug management message SLAC does not use (vendor MMEs, CM_AMP_MAP, …)."""

    mmtype: int
    payload: bytes


SlacMessage = (
    ParmReq
    | ParmCnf
    | StartAttenCharInd
    | MnbcSoundInd
    | AttenCharInd
    | AttenCharRsp
    | SlacMatchReq
    | SlacMatchCnf
    | SetKeyReq
    | SetKeyCnf
    | AttenProfileInd
    | UnknownMme
)


@dataclass(frozen=True)
class SlacFrame:
    dst: str
    src: str
    message: SlacMessage
    vlan: int | None = None


# -- field codecs ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Codec:
    """How one field's bytes become a message value and back; ``write`` raises ValueError for
    a value that does not fit."""

    size: int
    read: Callable[[bytes], Any]
    write: Callable[[Any], bytes]


def _uint(size: int, order: Literal["little", "big"]) -> Codec:
    limit = 1 << (8 * size)

    def write(value: int) -> bytes:
        if not 0 <= value < limit:
            raise ValueError(f"{value} does not fit in {size} byte(s)")
        return value.to_bytes(size, order)

    return Codec(size, lambda raw: int.from_bytes(raw, order), write)


def _octets(size: int, *, exact: bool = False) -> Codec:
    """Bytes of fixed length; shorter values are zero-padded unless ``exact`` (the RunID)."""

    def write(value: bytes) -> bytes:
        if len(value) > size or (exact and len(value) != size):
            rule = "exactly" if exact else "at most"
            raise ValueError(f"{len(value)} bytes, {rule} {size} allowed")
        return bytes(value).ljust(size, b"\x00")

    return Codec(size, bytes, write)


_OCTET = re.compile(r"[0-9a-fA-F]{1,2}")


def _mac_str(raw: bytes) -> str:
    return raw.hex(":")


def _mac_bytes(mac: str) -> bytes:
    parts = mac.split(":")
    if len(parts) != 6 or not all(_OCTET.fullmatch(p) for p in parts):
        raise ValueError(f"{mac!r} is not a MAC address")
    return bytes(int(p, 16) for p in parts)


U8 = _uint(1, "little")
U16_LE = _uint(2, "little")
U32_BE = _uint(4, "big")
MAC = Codec(6, _mac_str, _mac_bytes)
RUN_ID = _octets(RUN_ID_LEN, exact=True)
ID = _octets(ID_LEN)
NID = _octets(NID_LEN)
NMK = _octets(NMK_LEN)
RANDOM = _octets(16)


# -- field tables ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Field:
    """One run of bytes in a message. ``attr`` is the message attribute it carries; a field
    without one is not in the message: ``const`` (written as is, required when read, like the
    MVF length) or reserved (zeros). ``count_of`` names the attribute whose length this field
    holds: an array of one byte per item (attenuation per carrier group) ending the message."""

    name: str
    codec: Codec
    attr: str | None = None
    const: int | None = None
    count_of: str | None = None


def _f(attr: str, codec: Codec) -> Field:
    return Field(attr, codec, attr=attr)


def _reserved(size: int) -> Field:
    return Field("reserved", Codec(size, bytes, lambda _: bytes(size)))


@dataclass(frozen=True)
class Layout:
    """A message's wire form: its MMTYPE and the fields after the 5-byte MME header, in order."""

    mmtype: MMType
    cls: type[SlacMessage]
    fields: tuple[Field, ...]
    #: where each field starts in the payload
    offsets: tuple[int, ...]
    #: bytes of the fixed part (everything but the array)
    size: int
    #: the attribute holding the trailing array, if the message has one
    array: str | None


def _layout(mmtype: MMType, cls: type[SlacMessage], *fields: Field) -> Layout:
    offsets, size = [], 0
    for f in fields:
        offsets.append(size)
        size += f.codec.size
    array = next((f.count_of for f in fields if f.count_of), None)
    return Layout(mmtype, cls, fields, tuple(offsets), size, array)


_APP = (_f("application_type", U8), _f("security_type", U8))
_SOUNDING = (
    _f("num_sounds", U8),
    _f("timeout_100ms", U8),
    _f("response_type", U8),
    _f("forwarding_sta", MAC),
)
_ATTEN = (
    *_APP,
    _f("source_address", MAC),
    _f("run_id", RUN_ID),
    _f("source_id", ID),
    _f("response_id", ID),
)
_GROUPS = Field("NumGroups", U8, count_of="attenuation_db")
_MATCH = (_f("ev_id", ID), _f("ev_mac", MAC), _f("evse_id", ID), _f("evse_mac", MAC))
_MATCH_REQ_VAR = (*_MATCH, _f("run_id", RUN_ID), _reserved(8))
_MATCH_CNF_VAR = (*_MATCH_REQ_VAR, _f("nid", NID), _reserved(1), _f("nmk", NMK))
_SET_KEY = (
    _f("my_nonce", U32_BE),
    _f("your_nonce", U32_BE),
    _f("pid", U8),
    _f("prn", U16_LE),
    _f("pmn", U8),
    _f("cco_capability", U8),
)


def _mvf_length(fields: tuple[Field, ...]) -> Field:
    return Field("MVFLength", U16_LE, const=sum(f.codec.size for f in fields))


#: every SLAC message's wire layout, by message class
LAYOUTS: dict[type, Layout] = {
    layout.cls: layout
    for layout in (
        _layout(MMType.CM_SLAC_PARM_REQ, ParmReq, *_APP, _f("run_id", RUN_ID)),
        _layout(
            MMType.CM_SLAC_PARM_CNF,
            ParmCnf,
            _f("msound_target", MAC),
            *_SOUNDING,
            *_APP,
            _f("run_id", RUN_ID),
        ),
        _layout(
            MMType.CM_START_ATTEN_CHAR_IND,
            StartAttenCharInd,
            *_APP,
            *_SOUNDING,
            _f("run_id", RUN_ID),
        ),
        _layout(
            MMType.CM_MNBC_SOUND_IND,
            MnbcSoundInd,
            *_APP,
            _f("sender_id", ID),
            _f("countdown", U8),
            _f("run_id", RUN_ID),
            _reserved(8),
            _f("random_value", RANDOM),
        ),
        _layout(
            MMType.CM_ATTEN_CHAR_IND,
            AttenCharInd,
            *_ATTEN,
            _f("num_sounds", U8),
            _GROUPS,
        ),
        _layout(MMType.CM_ATTEN_CHAR_RSP, AttenCharRsp, *_ATTEN, _f("result", U8)),
        _layout(
            MMType.CM_SLAC_MATCH_REQ,
            SlacMatchReq,
            *_APP,
            _mvf_length(_MATCH_REQ_VAR),
            *_MATCH_REQ_VAR,
        ),
        _layout(
            MMType.CM_SLAC_MATCH_CNF,
            SlacMatchCnf,
            *_APP,
            _mvf_length(_MATCH_CNF_VAR),
            *_MATCH_CNF_VAR,
        ),
        _layout(
            MMType.CM_SET_KEY_REQ,
            SetKeyReq,
            _f("key_type", U8),
            *_SET_KEY,
            _f("nid", NID),
            _f("new_eks", U8),
            _f("nmk", NMK),
        ),
        _layout(MMType.CM_SET_KEY_CNF, SetKeyCnf, _f("result", U8), *_SET_KEY),
        _layout(
            MMType.CM_ATTEN_PROFILE_IND, AttenProfileInd, _f("ev_mac", MAC), _GROUPS, _reserved(1)
        ),
    )
}
MMTYPE_OF: dict[type, MMType] = {cls: layout.mmtype for cls, layout in LAYOUTS.items()}
_BY_MMTYPE: dict[int, Layout] = {layout.mmtype: layout for layout in LAYOUTS.values()}


def warm_up() -> None:
    """Nothing left to load: the tables are plain Python. Kept so drivers may call it before
    arming their first timer, as they did when frames went through a heavy import."""


# -- the parser and the builder ----------------------------------------------------------------


def _parse(layout: Layout, payload: bytes) -> SlacMessage:
    kind = layout.mmtype
    if len(payload) < layout.size:
        raise SlacFrameError(f"{kind.name}: payload {len(payload)} bytes, needs {layout.size}")
    values: dict[str, Any] = {}
    for f, start in zip(layout.fields, layout.offsets, strict=True):
        value = f.codec.read(payload[start : start + f.codec.size])
        if f.attr is not None:
            values[f.attr] = value
        elif f.count_of is not None:
            end = layout.size + value
            if len(payload) < end:
                raise SlacFrameError(f"{kind.name}: {value} groups announced, payload too short")
            values[f.count_of] = tuple(payload[layout.size : end])
        elif f.const is not None and value != f.const:
            raise SlacFrameError(f"{kind.name}: {f.name} {value}")
    return layout.cls(**values)


def _build(layout: Layout, msg: SlacMessage) -> bytes:
    out = bytearray()
    for f in layout.fields:
        if f.attr is not None:
            value = getattr(msg, f.attr)
        elif f.count_of is not None:
            value = len(getattr(msg, f.count_of))
        else:
            value = f.const
        try:
            out += f.codec.write(value)
        except ValueError as exc:
            raise ValueError(f"{type(msg).__name__}.{f.attr or f.name}: {exc}") from None
    if layout.array is not None:
        out += bytes(getattr(msg, layout.array))  # ValueError unless every item is 0..255
    return bytes(out)


def _vlan_tag(vlan: int) -> bytes:
    if not 0 <= vlan <= 0x0FFF:
        raise ValueError(f"VLAN ID {vlan} out of range 0..4095")
    return ETHERTYPE_VLAN.to_bytes(2, "big") + vlan.to_bytes(2, "big")


def encode(frame: SlacFrame) -> bytes:
    """The frame's bytes on the wire, zero-padded to the Ethernet minimum."""
    msg = frame.message
    if isinstance(msg, UnknownMme):
        mmtype, payload = msg.mmtype, msg.payload
    elif (layout := LAYOUTS.get(type(msg))) is not None:
        mmtype, payload = layout.mmtype, _build(layout, msg)
    else:
        raise ValueError(f"cannot encode {type(msg).__name__}")
    head = _mac_bytes(frame.dst) + _mac_bytes(frame.src)
    minimum = MIN_FRAME_LEN
    if frame.vlan is not None:
        head += _vlan_tag(frame.vlan)
        minimum += 4
    mme = bytes([MMV_HPAV11]) + U16_LE.write(mmtype) + b"\x00\x00"  # FMI: never fragmented
    data = head + ETHERTYPE_HOMEPLUG.to_bytes(2, "big") + mme + payload
    return data.ljust(minimum, b"\x00")


def decode(data: bytes) -> SlacFrame:
    """Parse one Ethernet frame; :class:`SlacFrameError` for anything that is not a sane MME."""
    if len(data) < 14:
        raise SlacFrameError(f"frame too short for Ethernet ({len(data)} bytes)")
    dst, src = _mac_str(data[0:6]), _mac_str(data[6:12])
    ethertype = int.from_bytes(data[12:14], "big")
    offset, vlan = 14, None
    if ethertype == ETHERTYPE_VLAN:
        if len(data) < 18:
            raise SlacFrameError("truncated 802.1Q tag")
        vlan = int.from_bytes(data[14:16], "big") & 0x0FFF
        ethertype = int.from_bytes(data[16:18], "big")
        offset = 18
    if ethertype != ETHERTYPE_HOMEPLUG:
        raise SlacFrameError(f"EtherType 0x{ethertype:04X} is not HomePlug AV")
    header = data[offset : offset + 5]
    if len(header) < 5:
        raise SlacFrameError("truncated HomePlug AV management header")
    mmv, mmtype = header[0], int.from_bytes(header[1:3], "little")
    if mmv != MMV_HPAV11:
        raise SlacFrameError(f"management message version 0x{mmv:02X}, expected 0x01")
    if header[3:5] != b"\x00\x00":
        raise SlacFrameError("fragmented management message (SLAC never fragments)")
    payload = bytes(data[offset + 5 :])
    layout = _BY_MMTYPE.get(mmtype)
    if layout is None:
        return SlacFrame(dst, src, UnknownMme(mmtype, payload), vlan)
    return SlacFrame(dst, src, _parse(layout, payload), vlan)
