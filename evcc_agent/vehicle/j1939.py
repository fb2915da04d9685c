"""The agent as a J1939 node (J1939-81 address claim, -21 requests and BAM, -73 DM1/DM2), sans-IO.

Events go in through ``handle(event, now)``, actions come out as a list; the core never reads a
clock or touches a bus, so every timing rule below is testable with plain numbers.

Rules kept here:

* **Claim first.** On ``Start`` the node sends Address Claimed (PGN 60928, our NAME) for its
  preferred address and transmits nothing else until 250 ms have passed without a contender
  winning; then ``AddressClaimed`` lets the application frames go (with that source address).
  J1939-81 lets addresses 0–127 start at once; we wait anyway so a conflict is settled before
  any data frame carries the address.
* **Contention.** A claim for our address with another NAME is decided by the NAME's value:
  lower wins. We win: our claim goes out again at once. We lose: ``AddressLost`` stops every
  transmission on that address at once; an arbitrary-address-capable node then claims the next
  address of 128–247 not claimed by another NAME (wrapping) and waits 250 ms again; one that is
  not, or that finds no free address, *cannot claim*: it sends Cannot Claim (source address 254)
  after a pseudo-random 0–153 ms delay (from the NAME, so it is the same each run), raises DTC
  ``J1939_CANNOT_CLAIM`` and stays silent but for answering a Request for Address Claimed with
  Cannot Claim. Only a new ``Start`` (bus reopened, agent restarted) tries again.
* **Requests** (PGN 59904) addressed to us or global are answered only while the address is
  claimed, except a request for Address Claimed, which is always answered. Answered PGNs:
  Address Claimed, DM1, DM2, DM3/DM11 (clear; positive ACK when addressed to us) and the
  application's own PGNs (``SendApplicationPgn``). Any other PGN: a NACK (PGN 59392) when the
  request was addressed to us, nothing for a global request.
* **DM1** (active DTCs) goes out once the address is claimed, then every second, and on every
  change of the active set (no sooner than 100 ms after the previous DM1, so a flapping DTC
  cannot flood the bus). With no DTC it still goes out (all lamps off, SPN 0 FMI 0).
  **DM2** (previously active) only on request. A payload longer than 8 bytes (two or more
  DTCs) goes as BAM: TP.CM (PGN 60416) then TP.DT packets (PGN 60160) 50 ms apart; one BAM at
  a time, a DM due meanwhile waits for its end.
* **Bad frames** (a claim shorter than 8 bytes, a request shorter than 3) are dropped and
  counted (``counters["malformed"]``, in the status view); they never change the claim.
* **Clear.** DM3 clears the previously active list; DM11 does the same (active DTCs are
  conditions the agent still sees and clear by themselves when the condition ends).
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field
from enum import StrEnum

from evcc_agent import sansio
from evcc_agent.counters import Counters
from evcc_agent.sansio import ClearDtc, LinkLost, RaiseDtc, Start, Tick
from evcc_agent.vehicle.dm import PGN_DM1, PGN_DM2, PGN_DM3, PGN_DM11, DmCode, encode_dm

PGN_REQUEST = 59904  # 0xEA00
PGN_ACK = 59392  # 0xE800
PGN_ADDRESS_CLAIMED = 60928  # 0xEE00
PGN_TP_CM = 60416  # 0xEC00
PGN_TP_DT = 60160  # 0xEB00

ADDRESS_NULL = 254
ADDRESS_GLOBAL = 255
ARBITRARY_FIRST = 128
ARBITRARY_LAST = 247

CLAIM_WAIT_S = 0.25
DM1_PERIOD_S = 1.0
DM1_MIN_GAP_S = 0.1
BAM_PACKET_GAP_S = 0.05
CANNOT_CLAIM_MAX_DELAY_S = 0.153

PRIORITY_DEFAULT = 6
PRIORITY_TP = 7
TP_BAM = 32
ACK_POSITIVE = 0
ACK_NEGATIVE = 1


# --- identifiers ---------------------------------------------------------------------------
def can_id(pgn: int, source: int, *, priority: int = PRIORITY_DEFAULT, dest: int = 255) -> int:
    """The 29-bit identifier; for a PDU1 PGN (PF < 240) ``dest`` goes into the PS byte."""
    pf = (pgn >> 8) & 0xFF
    if pf < 240:
        pgn = (pgn & 0x3FF00) | (dest & 0xFF)
    return ((priority & 7) << 26) | ((pgn & 0x3FFFF) << 8) | (source & 0xFF)


@dataclass(frozen=True)
class J1939Id:
    priority: int
    pgn: int  # PDU1: PS cleared
    dest: int  # PDU2: 255
    source: int


def parse_id(arbitration_id: int) -> J1939Id:
    raw = (arbitration_id >> 8) & 0x3FFFF
    pf = (raw >> 8) & 0xFF
    if pf < 240:
        return J1939Id((arbitration_id >> 26) & 7, raw & 0x3FF00, raw & 0xFF, arbitration_id & 0xFF)
    return J1939Id((arbitration_id >> 26) & 7, raw, ADDRESS_GLOBAL, arbitration_id & 0xFF)


# --- NAME ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class Name:
    """The 64-bit J1939 NAME; ``value`` orders priority (lower wins a contention)."""

    identity_number: int = 0  # 21 bits
    manufacturer_code: int = 0  # 11 bits
    ecu_instance: int = 0  # 3 bits
    function_instance: int = 0  # 5 bits
    function: int = 0  # 8 bits
    vehicle_system: int = 0  # 7 bits
    vehicle_system_instance: int = 0  # 4 bits
    industry_group: int = 0  # 3 bits
    arbitrary_address_capable: bool = False

    _FIELDS = (  # (attribute, first bit, width)
        ("identity_number", 0, 21),
        ("manufacturer_code", 21, 11),
        ("ecu_instance", 32, 3),
        ("function_instance", 35, 5),
        ("function", 40, 8),
        ("vehicle_system", 49, 7),
        ("vehicle_system_instance", 56, 4),
        ("industry_group", 60, 3),
        ("arbitrary_address_capable", 63, 1),
    )

    def __post_init__(self) -> None:
        for attr, _, width in self._FIELDS:
            value = int(getattr(self, attr))
            if not 0 <= value < 1 << width:
                raise ValueError(f"NAME {attr}={value} does not fit {width} bits")

    @property
    def value(self) -> int:
        v = 0
        for attr, shift, _ in self._FIELDS:
            v |= int(getattr(self, attr)) << shift
        return v

    def to_bytes(self) -> bytes:
        return self.value.to_bytes(8, "little")

    @classmethod
    def from_value(cls, value: int) -> Name:
        kw = {a: (value >> s) & ((1 << w) - 1) for a, s, w in cls._FIELDS}
        kw["arbitrary_address_capable"] = bool(kw["arbitrary_address_capable"])
        return cls(**kw)  # type: ignore[arg-type]


# --- events (and the contract's Start / Tick / LinkLost) -----------------------------------
# ``Start``: the bus is open, claim the address. ``LinkLost``: the bus went away, forget the
# claim (the next ``Start`` claims again). ``Tick``: the driver calls at ``next_deadline()``.
class FrameReceived(sansio.Event, frozen=True):
    """A 29-bit frame from another node."""

    arbitration_id: int
    data: bytes


class DtcsChanged(sansio.Event, frozen=True):
    """The agent's active and previously active DTCs, as SPN/FMI."""

    active: tuple[DmCode, ...]
    previously_active: tuple[DmCode, ...]


Event = Start | LinkLost | FrameReceived | DtcsChanged | Tick


# --- actions (and the contract's RaiseDtc / ClearDtc) --------------------------------------
class SendFrame(sansio.Send, frozen=True):
    arbitration_id: int
    data: bytes


class AddressClaimed(sansio.Action, frozen=True):
    """The address is ours: application frames may go out with this source address."""

    address: int


class AddressLost(sansio.Action, frozen=True):
    """Stop every application frame now (a higher-priority NAME took the address)."""

    address: int
    winner_name: int


class SendApplicationPgn(sansio.Action, frozen=True):
    """A request for one of the application's own PGNs: send its current frame now."""

    pgn: int


class ClearPreviouslyActive(sansio.Action, frozen=True):
    """DM3/DM11 arrived (``via`` names which): the previously active list was emptied."""

    via: int


Action = (
    SendFrame
    | AddressClaimed
    | AddressLost
    | SendApplicationPgn
    | ClearPreviouslyActive
    | RaiseDtc
    | ClearDtc
)


class Phase(StrEnum):
    IDLE = "idle"
    CLAIMING = "claiming"
    CLAIMED = "claimed"
    CANNOT_CLAIM = "cannot_claim"


#: the node's counts (status view, tests); ``malformed``: claims shorter than 8 bytes and
#: requests shorter than 3, dropped
NODE_COUNTERS = (
    "claims_sent contentions_won contentions_lost requests_answered requests_nacked dm1_sent"
    " bam_sent malformed"
)


@dataclass
class _Bam:
    frames: deque[bytes] = field(default_factory=deque)
    next_due: float = 0.0


class J1939Node:
    """The rules above; one instance per bus."""

    def __init__(
        self,
        name: Name,
        preferred_address: int,
        *,
        application_pgns: frozenset[int] = frozenset(),
    ) -> None:
        if not 0 <= preferred_address <= 253:
            raise ValueError("preferred address must be 0..253")
        self.name = name
        self.preferred_address = preferred_address
        self.application_pgns = application_pgns
        self.counters = Counters(NODE_COUNTERS)
        self._phase = Phase.IDLE
        self._address = preferred_address
        self._claim_due: float | None = None
        self._cannot_claim_due: float | None = None
        self._others: dict[int, int] = {}  # address -> NAME value heard claiming it
        self._active: tuple[DmCode, ...] = ()
        self._previous: tuple[DmCode, ...] = ()
        self._cleared: set[str] = set()  # previously active names cleared by DM3/DM11
        self._dm1_due: float | None = None
        self._dm1_last: float | None = None
        self._bam: _Bam | None = None
        self._bam_free_at = 0.0
        self._waiting: deque[tuple[int, bytes]] = deque()  # (pgn, payload) behind a BAM

    # --- derived state ------------------------------------------------------------------
    @property
    def phase(self) -> Phase:
        return self._phase

    @property
    def address(self) -> int | None:
        """The claimed address, ``None`` unless claimed."""
        return self._address if self._phase is Phase.CLAIMED else None

    def previously_active(self) -> tuple[DmCode, ...]:
        return tuple(c for c in self._previous if c.name not in self._cleared)

    def next_deadline(self) -> float | None:
        times = [self._claim_due, self._cannot_claim_due]
        if self._phase is Phase.CLAIMED:
            if self._bam is not None:
                times.append(self._bam.next_due)
            else:
                if self._waiting:
                    times.append(self._bam_free_at)
                if self._dm1_due is not None:
                    times.append(max(self._dm1_due, self._bam_free_at))
        present = [t for t in times if t is not None]
        return min(present) if present else None

    def status(self) -> dict[str, object]:
        return {
            "phase": self._phase.value,
            "address": self.address,
            "name": f"{self.name.value:016X}",
            "others": {f"0x{a:02X}": f"{n:016X}" for a, n in sorted(self._others.items())},
            "active_dtcs": len(self._active),
            "malformed_frames": self.counters["malformed"],
        }

    # --- events -------------------------------------------------------------------------
    def handle(self, event: Event, now: float) -> list[Action]:
        if isinstance(event, Start):
            return self._start(now)
        if isinstance(event, LinkLost):
            self._reset(Phase.IDLE)
            return []
        if isinstance(event, FrameReceived):
            return self._frame(event, now)
        if isinstance(event, DtcsChanged):
            return self._dtcs(event, now)
        return self._tick(now)

    def _reset(self, phase: Phase) -> None:
        self._phase = phase
        self._claim_due = None
        self._cannot_claim_due = None
        self._dm1_due = None
        self._bam = None
        self._bam_free_at = 0.0
        self._waiting.clear()

    def _start(self, now: float) -> list[Action]:
        was_cannot = self._phase is Phase.CANNOT_CLAIM
        self._reset(Phase.CLAIMING)
        self._others.clear()
        self._address = self.preferred_address
        self._claim_due = now + CLAIM_WAIT_S
        out: list[Action] = [self._claim_frame(self._address)]
        if was_cannot:
            out.append(ClearDtc("J1939_CANNOT_CLAIM"))
        return out

    def _claim_frame(self, address: int) -> SendFrame:
        self.counters.add("claims_sent")
        return SendFrame(can_id(PGN_ADDRESS_CLAIMED, address), self.name.to_bytes())

    def _tick(self, now: float) -> list[Action]:
        out: list[Action] = []
        if self._cannot_claim_due is not None and now >= self._cannot_claim_due:
            self._cannot_claim_due = None
            out.append(self._claim_frame(ADDRESS_NULL))
        if self._phase is Phase.CLAIMING and self._claim_due is not None and now >= self._claim_due:
            self._claim_due = None
            self._phase = Phase.CLAIMED
            self._dm1_due = now
            out.append(AddressClaimed(self._address))
        if self._phase is not Phase.CLAIMED:
            return out
        out += self._bam_step(now)
        if self._bam is None and now >= self._bam_free_at and self._waiting:
            pgn, payload = self._waiting.popleft()
            out += self._start_bam(pgn, payload, now)
        if (
            self._bam is None
            and now >= self._bam_free_at
            and self._dm1_due is not None
            and now >= self._dm1_due
        ):
            out += self._send_dm1(now)
        return out

    # --- received frames ----------------------------------------------------------------
    def _frame(self, ev: FrameReceived, now: float) -> list[Action]:
        jid = parse_id(ev.arbitration_id)
        if jid.pgn == PGN_ADDRESS_CLAIMED:
            if len(ev.data) < 8:
                self.counters.add("malformed")
                return []
            return self._claim_heard(jid.source, int.from_bytes(ev.data[:8], "little"), now)
        if jid.pgn == PGN_REQUEST:
            if len(ev.data) < 3:
                self.counters.add("malformed")
                return []
            requested = int.from_bytes(ev.data[:3], "little")
            return self._request(jid.source, jid.dest, requested, now)
        return []

    def _claim_heard(self, source: int, name: int, now: float) -> list[Action]:
        if name == self.name.value:
            return []  # our own claim, echoed by the interface
        for addr in [a for a, n in self._others.items() if n == name]:
            del self._others[addr]  # that NAME moved
        if source == ADDRESS_NULL:
            return []  # another node's Cannot Claim
        self._others[source] = name
        if self._phase not in (Phase.CLAIMING, Phase.CLAIMED) or source != self._address:
            return []
        if self.name.value < name:
            self.counters.add("contentions_won")
            del self._others[source]
            return [self._claim_frame(self._address)]
        self.counters.add("contentions_lost")
        out: list[Action] = []
        if self._phase is Phase.CLAIMED:
            out.append(AddressLost(self._address, name))
        self._reset(Phase.CLAIMING)
        new = self._free_address() if self.name.arbitrary_address_capable else None
        if new is None:
            return [*out, *self._cannot_claim(now, source, name)]
        self._address = new
        self._claim_due = now + CLAIM_WAIT_S
        return [*out, self._claim_frame(new)]

    def _free_address(self) -> int | None:
        """The next address of 128–247 after the current one (wrapping) nobody claimed."""
        pool = list(range(ARBITRARY_FIRST, ARBITRARY_LAST + 1))
        if self._address in pool:
            i = pool.index(self._address) + 1
            pool = pool[i:] + pool[: i - 1]
        for addr in pool:
            if addr not in self._others:
                return addr
        return None

    def _cannot_claim_delay(self) -> float:
        return (self.name.identity_number % 154) / 1000.0

    def _cannot_claim(self, now: float, lost: int, winner: int) -> list[Action]:
        self._reset(Phase.CANNOT_CLAIM)
        self._cannot_claim_due = now + self._cannot_claim_delay()
        how = (
            "no free address in 128-247"
            if self.name.arbitrary_address_capable
            else "not arbitrary-address capable"
        )
        return [
            RaiseDtc(
                "J1939_CANNOT_CLAIM",
                f"address 0x{lost:02X} taken by NAME {winner:016X}; {how}",
            )
        ]

    def _request(self, source: int, dest: int, pgn: int, now: float) -> list[Action]:
        if pgn == PGN_ADDRESS_CLAIMED:
            if self._phase is Phase.CANNOT_CLAIM:
                if dest == ADDRESS_GLOBAL and self._cannot_claim_due is None:
                    self._cannot_claim_due = now + self._cannot_claim_delay()
                return []
            if self._phase is Phase.IDLE or dest not in (ADDRESS_GLOBAL, self._address):
                return []
            self.counters.add("requests_answered")
            return [self._claim_frame(self._address)]
        if self._phase is not Phase.CLAIMED or dest not in (ADDRESS_GLOBAL, self._address):
            return []
        to_us = dest == self._address
        if pgn == PGN_DM1:
            self.counters.add("requests_answered")
            return self._send_dm(PGN_DM1, encode_dm(self._active), now)
        if pgn == PGN_DM2:
            self.counters.add("requests_answered")
            prev = self.previously_active()
            return self._send_dm(PGN_DM2, encode_dm(prev, lamps=self._active), now)
        if pgn in (PGN_DM3, PGN_DM11):
            self.counters.add("requests_answered")
            self._cleared |= {c.name for c in self._previous}
            out: list[Action] = [ClearPreviouslyActive(pgn)]
            if to_us:
                out.append(self._ack(ACK_POSITIVE, source, pgn))
            return out
        if pgn in self.application_pgns:
            self.counters.add("requests_answered")
            return [SendApplicationPgn(pgn)]
        if to_us:
            self.counters.add("requests_nacked")
            return [self._ack(ACK_NEGATIVE, source, pgn)]
        return []

    def _ack(self, control: int, requester: int, pgn: int) -> SendFrame:
        data = bytes((control, 0xFF, 0xFF, 0xFF, requester)) + pgn.to_bytes(3, "little")
        return SendFrame(can_id(PGN_ACK, self._address, dest=ADDRESS_GLOBAL), data)

    # --- DTCs and DM ---------------------------------------------------------------------
    def _dtcs(self, ev: DtcsChanged, now: float) -> list[Action]:
        changed = ev.active != self._active
        self._active = ev.active
        self._previous = ev.previously_active
        self._cleared -= {c.name for c in ev.active}
        if changed and self._phase is Phase.CLAIMED:
            earliest = now if self._dm1_last is None else self._dm1_last + DM1_MIN_GAP_S
            self._dm1_due = max(now, earliest)
            return self._tick(now)
        return []

    def _send_dm1(self, now: float) -> list[Action]:
        self._dm1_due = now + DM1_PERIOD_S
        self._dm1_last = now
        self.counters.add("dm1_sent")
        return self._send_dm(PGN_DM1, encode_dm(self._active), now, queue=False)

    def _send_dm(self, pgn: int, payload: bytes, now: float, *, queue: bool = True) -> list[Action]:
        if len(payload) <= 8:
            return [SendFrame(can_id(pgn, self._address), payload)]
        if self._bam is not None or now < self._bam_free_at:
            if queue:
                self._waiting.append((pgn, payload))
            return []
        return self._start_bam(pgn, payload, now)

    def _start_bam(self, pgn: int, payload: bytes, now: float) -> list[Action]:
        packets = -(-len(payload) // 7)
        cm = bytes((TP_BAM, len(payload) & 0xFF, len(payload) >> 8, packets, 0xFF))
        cm += pgn.to_bytes(3, "little")
        frames: deque[bytes] = deque()
        for seq in range(packets):
            chunk = payload[seq * 7 : seq * 7 + 7]
            frames.append(bytes((seq + 1,)) + chunk + b"\xff" * (7 - len(chunk)))
        self._bam = _Bam(frames, now + BAM_PACKET_GAP_S)
        self.counters.add("bam_sent")
        cm_id = can_id(PGN_TP_CM, self._address, priority=PRIORITY_TP, dest=ADDRESS_GLOBAL)
        return [SendFrame(cm_id, cm)]

    def _bam_step(self, now: float) -> list[Action]:
        bam = self._bam
        if bam is None or now < bam.next_due:
            return []
        dt_id = can_id(PGN_TP_DT, self._address, priority=PRIORITY_TP, dest=ADDRESS_GLOBAL)
        out: list[Action] = [SendFrame(dt_id, bam.frames.popleft())]
        bam.next_due = now + BAM_PACKET_GAP_S
        if not bam.frames:
            self._bam = None
            self._bam_free_at = bam.next_due  # the next announcement keeps the gap too
        return out
