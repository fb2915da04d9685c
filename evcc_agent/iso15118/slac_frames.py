"""SLAC (ISO 15118-3) frames: typed messages and their wire form.

The wire form is built and parsed with scapy's HomePlug GreenPHY layers
(``scapy.contrib.homepluggp``), imported on first use only so that importing the ISO 15118
package stays cheap on a process that never runs SLAC.

Differences between scapy's layers and what real stations put on the wire (see
``../shared/vectors/slac-frames.json``), handled here so nobody else has to:

* scapy does not pad to the 60-byte Ethernet minimum; :func:`encode` pads (64 with a VLAN tag).
* scapy declares CM_SET_KEY's ProtoRunNumber as a big-endian ``ShortField``; HomePlug AV fields
  are little-endian, so the value is byte-swapped in both directions.
* SECC test systems put each simulated EVSE on its own 802.1Q VLAN; the tag is kept in
  :attr:`SlacFrame.vlan`.
* Station frames carry zero padding after the MME; scapy keeps it as a ``Raw`` payload, we drop it.
* QCA modems answer CM_SET_KEY.REQ with Result 0x01 although the key was applied (see
  :data:`SET_KEY_RESULTS_OK`).
"""

from __future__ import annotations

import enum
import functools
from dataclasses import dataclass, field
from types import SimpleNamespace
from typing import Any

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


def _zeros(n: int) -> bytes:
    return b"\x00" * n


@dataclass(frozen=True)
class ParmReq:
    run_id: bytes
    application_type: int = 0
    security_type: int = 0


@dataclass(frozen=True)
class ParmCnf:
    run_id: bytes
    forwarding_sta: str
    msound_target: str = BROADCAST
    num_sounds: int = 10
    timeout_100ms: int = 6
    response_type: int = 1
    application_type: int = 0
    security_type: int = 0


@dataclass(frozen=True)
class StartAttenCharInd:
    run_id: bytes
    forwarding_sta: str
    num_sounds: int = 10
    timeout_100ms: int = 6
    response_type: int = 1
    application_type: int = 0
    security_type: int = 0


@dataclass(frozen=True)
class MnbcSoundInd:
    run_id: bytes
    countdown: int
    random_value: bytes = field(default_factory=lambda: _zeros(16))
    sender_id: bytes = field(default_factory=lambda: _zeros(17))
    application_type: int = 0
    security_type: int = 0


@dataclass(frozen=True)
class AttenCharInd:
    run_id: bytes
    source_address: str  # the EV's MAC
    num_sounds: int
    attenuation_db: tuple[int, ...]  # one value per carrier group (58 on GreenPHY)
    source_id: bytes = field(default_factory=lambda: _zeros(17))
    response_id: bytes = field(default_factory=lambda: _zeros(17))
    application_type: int = 0
    security_type: int = 0

    @property
    def average_db(self) -> float:
        """The figure the EV ranks EVSEs by: lower means a better (nearer) link."""
        if not self.attenuation_db:
            return float("inf")
        return sum(self.attenuation_db) / len(self.attenuation_db)


@dataclass(frozen=True)
class AttenCharRsp:
    run_id: bytes
    source_address: str  # the EV's MAC
    result: int = 0
    source_id: bytes = field(default_factory=lambda: _zeros(17))
    response_id: bytes = field(default_factory=lambda: _zeros(17))
    application_type: int = 0
    security_type: int = 0


@dataclass(frozen=True)
class SlacMatchReq:
    run_id: bytes
    ev_mac: str
    evse_mac: str
    ev_id: bytes = field(default_factory=lambda: _zeros(17))
    evse_id: bytes = field(default_factory=lambda: _zeros(17))
    application_type: int = 0
    security_type: int = 0


@dataclass(frozen=True)
class SlacMatchCnf:
    run_id: bytes
    ev_mac: str
    evse_mac: str
    nid: bytes
    nmk: bytes
    ev_id: bytes = field(default_factory=lambda: _zeros(17))
    evse_id: bytes = field(default_factory=lambda: _zeros(17))
    application_type: int = 0
    security_type: int = 0


@dataclass(frozen=True)
class SetKeyReq:
    nid: bytes
    nmk: bytes
    my_nonce: int
    your_nonce: int = 0
    pid: int = 4  # HLE protocol
    prn: int = 0  # protocol run number (little-endian on the wire)
    pmn: int = 0
    key_type: int = 1  # NMK (AES-128)
    new_eks: int = 1
    cco_capability: int = 0


@dataclass(frozen=True)
class SetKeyCnf:
    result: int
    my_nonce: int
    your_nonce: int
    pid: int = 4
    prn: int = 0
    pmn: int = 0xFF
    cco_capability: int = 0


@dataclass(frozen=True)
class AttenProfileInd:
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


MMTYPE_OF: dict[type, MMType] = {
    ParmReq: MMType.CM_SLAC_PARM_REQ,
    ParmCnf: MMType.CM_SLAC_PARM_CNF,
    StartAttenCharInd: MMType.CM_START_ATTEN_CHAR_IND,
    MnbcSoundInd: MMType.CM_MNBC_SOUND_IND,
    AttenCharInd: MMType.CM_ATTEN_CHAR_IND,
    AttenCharRsp: MMType.CM_ATTEN_CHAR_RSP,
    SlacMatchReq: MMType.CM_SLAC_MATCH_REQ,
    SlacMatchCnf: MMType.CM_SLAC_MATCH_CNF,
    SetKeyReq: MMType.CM_SET_KEY_REQ,
    SetKeyCnf: MMType.CM_SET_KEY_CNF,
    AttenProfileInd: MMType.CM_ATTEN_PROFILE_IND,
}

#: fixed part of each MME payload (bytes after the 5-byte MMV/MMTYPE/FMI header)
_MIN_PAYLOAD: dict[MMType, int] = {
    MMType.CM_SLAC_PARM_REQ: 10,
    MMType.CM_SLAC_PARM_CNF: 25,
    MMType.CM_START_ATTEN_CHAR_IND: 19,
    MMType.CM_MNBC_SOUND_IND: 52,
    MMType.CM_ATTEN_CHAR_IND: 52,
    MMType.CM_ATTEN_CHAR_RSP: 51,
    MMType.CM_SLAC_MATCH_REQ: 66,
    MMType.CM_SLAC_MATCH_CNF: 90,
    MMType.CM_SET_KEY_REQ: 38,
    MMType.CM_SET_KEY_CNF: 14,
    MMType.CM_ATTEN_PROFILE_IND: 8,
}
_MATCH_REQ_VAR_LEN = 62
_MATCH_CNF_VAR_LEN = 86


@functools.cache
def _layers() -> SimpleNamespace:
    """Import scapy's HomePlug layers on first use (heavy; only processes running SLAC pay)."""
    import scapy.contrib.homepluggp as gp
    from scapy.contrib.homeplugav import HomePlugAV
    from scapy.layers.l2 import Dot1Q, Ether

    return SimpleNamespace(gp=gp, HomePlugAV=HomePlugAV, Ether=Ether, Dot1Q=Dot1Q)


def warm_up() -> None:
    """Import scapy now, so the first frame of a timed exchange doesn't pay for it (~0.3 s)."""
    _layers()


def _swap16(value: int) -> int:
    """HomePlug little-endian <-> scapy's big-endian ShortField (CM_SET_KEY ProtoRunNumber)."""
    return int.from_bytes((value & 0xFFFF).to_bytes(2, "little"), "big")


def _fixed(value: bytes, size: int, what: str) -> bytes:
    if len(value) > size:
        raise ValueError(f"{what} is {len(value)} bytes, at most {size} allowed")
    return value.ljust(size, b"\x00")


def _run_id(value: bytes) -> bytes:
    if len(value) != RUN_ID_LEN:
        raise ValueError(f"RunID must be {RUN_ID_LEN} bytes, got {len(value)}")
    return value


def _build_payload(msg: SlacMessage) -> Any:
    gp = _layers().gp
    if isinstance(msg, ParmReq):
        return gp.CM_SLAC_PARM_REQ(
            ApplicationType=msg.application_type,
            SecurityType=msg.security_type,
            RunID=_run_id(msg.run_id),
        )
    if isinstance(msg, ParmCnf):
        return gp.CM_SLAC_PARM_CNF(
            MSoundTargetMAC=msg.msound_target,
            NumberMSounds=msg.num_sounds,
            TimeOut=msg.timeout_100ms,
            ResponseType=msg.response_type,
            ForwardingSTA=msg.forwarding_sta,
            ApplicationType=msg.application_type,
            SecurityType=msg.security_type,
            RunID=_run_id(msg.run_id),
        )
    if isinstance(msg, StartAttenCharInd):
        return gp.CM_START_ATTEN_CHAR_IND(
            ApplicationType=msg.application_type,
            SecurityType=msg.security_type,
            NumberOfSounds=msg.num_sounds,
            TimeOut=msg.timeout_100ms,
            ResponseType=msg.response_type,
            ForwardingSTA=msg.forwarding_sta,
            RunID=_run_id(msg.run_id),
        )
    if isinstance(msg, MnbcSoundInd):
        return gp.CM_MNBC_SOUND_IND(
            ApplicationType=msg.application_type,
            SecurityType=msg.security_type,
            SenderID=_fixed(msg.sender_id, 17, "SenderID"),
            Countdown=msg.countdown,
            RunID=_run_id(msg.run_id),
            RandomValue=_fixed(msg.random_value, 16, "RandomValue"),
        )
    if isinstance(msg, AttenCharInd):
        return gp.CM_ATTEN_CHAR_IND(
            ApplicationType=msg.application_type,
            SecurityType=msg.security_type,
            SourceAdress=msg.source_address,
            RunID=_run_id(msg.run_id),
            SourceID=_fixed(msg.source_id, 17, "SourceID"),
            ResponseID=_fixed(msg.response_id, 17, "ResponseID"),
            NumberOfSounds=msg.num_sounds,
            Groups=[gp.HPGP_GROUP(group=v) for v in msg.attenuation_db],
        )
    if isinstance(msg, AttenCharRsp):
        return gp.CM_ATTEN_CHAR_RSP(
            ApplicationType=msg.application_type,
            SecurityType=msg.security_type,
            SourceAdress=msg.source_address,
            RunID=_run_id(msg.run_id),
            SourceID=_fixed(msg.source_id, 17, "SourceID"),
            ResponseID=_fixed(msg.response_id, 17, "ResponseID"),
            Result=msg.result,
        )
    if isinstance(msg, SlacMatchReq):
        return gp.CM_SLAC_MATCH_REQ(
            ApplicationType=msg.application_type,
            SecurityType=msg.security_type,
            VariableField=gp.SLAC_varfield(
                EVID=_fixed(msg.ev_id, 17, "EVID"),
                EVMAC=msg.ev_mac,
                EVSEID=_fixed(msg.evse_id, 17, "EVSEID"),
                EVSEMAC=msg.evse_mac,
                RunID=_run_id(msg.run_id),
            ),
        )
    if isinstance(msg, SlacMatchCnf):
        return gp.CM_SLAC_MATCH_CNF(
            ApplicationType=msg.application_type,
            SecurityType=msg.security_type,
            VariableField=gp.SLAC_varfield_cnf(
                EVID=_fixed(msg.ev_id, 17, "EVID"),
                EVMAC=msg.ev_mac,
                EVSEID=_fixed(msg.evse_id, 17, "EVSEID"),
                EVSEMAC=msg.evse_mac,
                RunID=_run_id(msg.run_id),
                NetworkID=_fixed(msg.nid, NID_LEN, "NID"),
                NMK=_fixed(msg.nmk, NMK_LEN, "NMK"),
            ),
        )
    if isinstance(msg, SetKeyReq):
        return gp.CM_SET_KEY_REQ(
            KeyType=msg.key_type,
            MyNonce=msg.my_nonce,
            YourNonce=msg.your_nonce,
            PID=msg.pid,
            ProtoRunNumber=_swap16(msg.prn),
            ProtoMessNumber=msg.pmn,
            CCoCapability=msg.cco_capability,
            NetworkID=_fixed(msg.nid, NID_LEN, "NID"),
            NewEncKeySelect=msg.new_eks,
            NewKey=_fixed(msg.nmk, NMK_LEN, "NMK"),
        )
    if isinstance(msg, SetKeyCnf):
        return gp.CM_SET_KEY_CNF(
            Result=msg.result,
            MyNonce=msg.my_nonce,
            YourNonce=msg.your_nonce,
            PID=msg.pid,
            ProtoRunNumber=_swap16(msg.prn),
            ProtoMessNumber=msg.pmn,
            CCoCapability=msg.cco_capability,
        )
    if isinstance(msg, AttenProfileInd):
        return gp.CM_ATTENUATION_CHARACTERISTICS_MME(
            EVMACAddress=msg.ev_mac,
            Groups=[gp.HPGP_GROUP(group=v) for v in msg.attenuation_db],
        )
    raise ValueError(f"cannot encode {type(msg).__name__}")


def encode(frame: SlacFrame) -> bytes:
    """The frame's bytes on the wire, padded to the Ethernet minimum (scapy doesn't pad)."""
    lay = _layers()
    if isinstance(frame.message, UnknownMme):
        mmtype = frame.message.mmtype
        payload: Any = frame.message.payload
    else:
        mmtype = MMTYPE_OF[type(frame.message)]
        payload = _build_payload(frame.message)
    mme = lay.HomePlugAV(version=MMV_HPAV11, HPtype=mmtype) / payload
    if frame.vlan is None:
        pkt = lay.Ether(dst=frame.dst, src=frame.src, type=ETHERTYPE_HOMEPLUG) / mme
        minimum = MIN_FRAME_LEN
    else:
        pkt = (
            lay.Ether(dst=frame.dst, src=frame.src, type=ETHERTYPE_VLAN)
            / lay.Dot1Q(vlan=frame.vlan, type=ETHERTYPE_HOMEPLUG)
            / mme
        )
        minimum = MIN_FRAME_LEN + 4
    data: bytes = bytes(pkt)
    return data.ljust(minimum, b"\x00")


def _mac(raw: bytes) -> str:
    return ":".join(f"{b:02x}" for b in raw)


def decode(data: bytes) -> SlacFrame:
    """Parse one Ethernet frame; :class:`SlacFrameError` for anything that is not a sane MME."""
    if len(data) < 14:
        raise SlacFrameError(f"frame too short for Ethernet ({len(data)} bytes)")
    dst, src = _mac(data[0:6]), _mac(data[6:12])
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
    try:
        kind = MMType(mmtype)
    except ValueError:
        return SlacFrame(dst, src, UnknownMme(mmtype, payload), vlan)
    need = _MIN_PAYLOAD[kind]
    if len(payload) < need:
        raise SlacFrameError(f"{kind.name}: payload {len(payload)} bytes, needs {need}")
    try:
        message = _parse_payload(kind, payload)
    except SlacFrameError:
        raise
    except Exception as exc:  # scapy raises assorted types on garbage
        raise SlacFrameError(f"{kind.name}: unparsable ({exc})") from exc
    return SlacFrame(dst, src, message, vlan)


def _groups(count: int, payload: bytes, start: int, kind: MMType) -> tuple[int, ...]:
    if len(payload) < start + count:
        raise SlacFrameError(f"{kind.name}: {count} groups announced, payload too short")
    return tuple(payload[start : start + count])


def _parse_payload(kind: MMType, payload: bytes) -> SlacMessage:
    gp = _layers().gp
    if kind is MMType.CM_SLAC_PARM_REQ:
        p = gp.CM_SLAC_PARM_REQ(payload)
        return ParmReq(bytes(p.RunID), p.ApplicationType, p.SecurityType)
    if kind is MMType.CM_SLAC_PARM_CNF:
        p = gp.CM_SLAC_PARM_CNF(payload)
        return ParmCnf(
            run_id=bytes(p.RunID),
            forwarding_sta=p.ForwardingSTA,
            msound_target=p.MSoundTargetMAC,
            num_sounds=p.NumberMSounds,
            timeout_100ms=p.TimeOut,
            response_type=p.ResponseType,
            application_type=p.ApplicationType,
            security_type=p.SecurityType,
        )
    if kind is MMType.CM_START_ATTEN_CHAR_IND:
        p = gp.CM_START_ATTEN_CHAR_IND(payload)
        return StartAttenCharInd(
            run_id=bytes(p.RunID),
            forwarding_sta=p.ForwardingSTA,
            num_sounds=p.NumberOfSounds,
            timeout_100ms=p.TimeOut,
            response_type=p.ResponseType,
            application_type=p.ApplicationType,
            security_type=p.SecurityType,
        )
    if kind is MMType.CM_MNBC_SOUND_IND:
        p = gp.CM_MNBC_SOUND_IND(payload)
        return MnbcSoundInd(
            run_id=bytes(p.RunID),
            countdown=p.Countdown,
            random_value=bytes(p.RandomValue),
            sender_id=bytes(p.SenderID),
            application_type=p.ApplicationType,
            security_type=p.SecurityType,
        )
    if kind is MMType.CM_ATTEN_CHAR_IND:
        p = gp.CM_ATTEN_CHAR_IND(payload)
        count = payload[51]
        # read the groups from the bytes scapy sized them from: its PacketListField would
        # silently return fewer groups on a truncated frame
        return AttenCharInd(
            run_id=bytes(p.RunID),
            source_address=p.SourceAdress,
            num_sounds=p.NumberOfSounds,
            attenuation_db=_groups(count, payload, 52, kind),
            source_id=bytes(p.SourceID),
            response_id=bytes(p.ResponseID),
            application_type=p.ApplicationType,
            security_type=p.SecurityType,
        )
    if kind is MMType.CM_ATTEN_CHAR_RSP:
        p = gp.CM_ATTEN_CHAR_RSP(payload)
        return AttenCharRsp(
            run_id=bytes(p.RunID),
            source_address=p.SourceAdress,
            result=p.Result,
            source_id=bytes(p.SourceID),
            response_id=bytes(p.ResponseID),
            application_type=p.ApplicationType,
            security_type=p.SecurityType,
        )
    if kind is MMType.CM_SLAC_MATCH_REQ:
        p = gp.CM_SLAC_MATCH_REQ(payload)
        if p.MatchVariableFieldLen != _MATCH_REQ_VAR_LEN:
            raise SlacFrameError(f"CM_SLAC_MATCH_REQ: MVFLength {p.MatchVariableFieldLen}")
        v = p.VariableField
        return SlacMatchReq(
            run_id=bytes(v.RunID),
            ev_mac=v.EVMAC,
            evse_mac=v.EVSEMAC,
            ev_id=bytes(v.EVID),
            evse_id=bytes(v.EVSEID),
            application_type=p.ApplicationType,
            security_type=p.SecurityType,
        )
    if kind is MMType.CM_SLAC_MATCH_CNF:
        p = gp.CM_SLAC_MATCH_CNF(payload)
        if p.MatchVariableFieldLen != _MATCH_CNF_VAR_LEN:
            raise SlacFrameError(f"CM_SLAC_MATCH_CNF: MVFLength {p.MatchVariableFieldLen}")
        v = p.VariableField
        return SlacMatchCnf(
            run_id=bytes(v.RunID),
            ev_mac=v.EVMAC,
            evse_mac=v.EVSEMAC,
            nid=bytes(v.NetworkID),
            nmk=bytes(v.NMK),
            ev_id=bytes(v.EVID),
            evse_id=bytes(v.EVSEID),
            application_type=p.ApplicationType,
            security_type=p.SecurityType,
        )
    if kind is MMType.CM_SET_KEY_REQ:
        p = gp.CM_SET_KEY_REQ(payload)
        return SetKeyReq(
            nid=bytes(p.NetworkID),
            nmk=bytes(p.NewKey),
            my_nonce=p.MyNonce,
            your_nonce=p.YourNonce,
            pid=p.PID,
            prn=_swap16(p.ProtoRunNumber),
            pmn=p.ProtoMessNumber,
            key_type=p.KeyType,
            new_eks=p.NewEncKeySelect,
            cco_capability=p.CCoCapability,
        )
    if kind is MMType.CM_SET_KEY_CNF:
        p = gp.CM_SET_KEY_CNF(payload)
        return SetKeyCnf(
            result=p.Result,
            my_nonce=p.MyNonce,
            your_nonce=p.YourNonce,
            pid=p.PID,
            prn=_swap16(p.ProtoRunNumber),
            pmn=p.ProtoMessNumber,
            cco_capability=p.CCoCapability,
        )
    if kind is MMType.CM_ATTEN_PROFILE_IND:
        p = gp.CM_ATTENUATION_CHARACTERISTICS_MME(payload)
        return AttenProfileInd(
            ev_mac=p.EVMACAddress, attenuation_db=_groups(payload[6], payload, 8, kind)
        )
    raise SlacFrameError(f"no parser for {kind.name}")  # pragma: no cover - table is complete
