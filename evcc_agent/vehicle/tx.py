"""Cyclic transmission of the agent's commanded messages.

``CyclicTransmitter`` keeps the raw value of every signal in the agent's messages, starting at
the all-ones "not available" pattern (or the DBC's initial value) until a directive sets it.
A change re-encodes the frame once; the frame then goes out every cycle either through
python-can periodic tasks (``modify_data``; the kernel's broadcast manager on socketcan) or,
in ``clock`` mode, from ``due(now)`` driven by the agent's clock (scaled/fake clocks).
A message longer than 8 bytes (or an FD frame in the DBC) goes as a CAN FD frame (bit rate switch on); it needs
``[vehicle] fd = true``, which ``CyclicTransmitter(fd=...)`` checks. With J1939 on, the source
address comes from the address claim (``set_source_address``).
"""

from __future__ import annotations

import logging
import math
import threading
from collections.abc import Callable, Iterable, Mapping
from typing import Any

import can
from cantools.database.can import Message, Signal

from evcc_agent.clock import Clock
from evcc_agent.vehicle.dbc import VehicleDatabase
from evcc_agent.vehicle.j1939 import parse_id

log = logging.getLogger(__name__)

DEFAULT_PERIOD_S = 1.0


class TxValueError(ValueError):
    """A value that the signal cannot carry (outside the DBC range, not finite, unknown)."""


def _physical_to_raw(sig: Signal, value: float) -> int:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise TxValueError(f"{sig.name}: {value!r} is not a finite number")
    lo = sig.minimum if sig.minimum is not None else -math.inf
    hi = sig.maximum if sig.maximum is not None else math.inf
    if not lo <= value <= hi:
        raise TxValueError(f"{sig.name}: {value} outside DBC range {lo}..{hi}")
    raw = round((value - float(sig.offset)) / float(sig.scale))
    if sig.is_signed:
        lo_raw, hi_raw = -(1 << (sig.length - 1)), (1 << (sig.length - 1)) - 2
    else:
        lo_raw, hi_raw = 0, (1 << sig.length) - 2  # all-ones stays reserved for "n/a"
    if not lo_raw <= raw <= hi_raw:
        raise TxValueError(f"{sig.name}: {value} does not fit {sig.length} bits")
    return raw


def needs_fd(message: Message) -> bool:
    """Longer than 8 bytes, or declared a CAN FD frame in the DBC (``VFrameFormat``)."""
    return message.length > 8 or bool(message.is_fd)


def not_available_raw(sig: Signal) -> int:
    return -1 if sig.is_signed else (1 << sig.length) - 1


class TxMessage:
    """One commanded message: its raw signal values, encoded frame and schedule."""

    def __init__(self, message: Message, arbitration_id: int, period: float) -> None:
        self.message = message
        self.name = message.name
        self.arbitration_id = arbitration_id
        self.period = period
        self.raw: dict[str, int] = {}
        for sig in message.signals:
            initial = getattr(sig, "raw_initial", None)
            self.raw[sig.name] = (
                int(initial) if isinstance(initial, int | float) else not_available_raw(sig)
            )
        self.data = self._encode()
        self.next_due: float | None = None
        self.task: can.broadcastmanager.CyclicSendTaskABC | None = None

    def _encode(self) -> bytes:
        return bytes(self.message.encode(self.raw, scaling=False, strict=False))

    def frame(self) -> can.Message:
        fd = needs_fd(self.message)
        return can.Message(
            arbitration_id=self.arbitration_id,
            is_extended_id=self.message.is_extended_frame,
            data=self.data,
            is_fd=fd,
            bitrate_switch=fd,
        )

    def update(self, raw: Mapping[str, int]) -> bool:
        """Apply raw values; True when the encoded frame changed."""
        self.raw.update(raw)
        data = self._encode()
        changed = data != self.data
        self.data = data
        return changed


class CyclicTransmitter:
    """The agent's TX messages: set signals by name, send every cycle."""

    def __init__(
        self,
        vdb: VehicleDatabase,
        message_names: Iterable[str],
        *,
        cycle_overrides_ms: Mapping[str, int] | None = None,
        source_address: int | None = None,
        fd: bool = False,
    ) -> None:
        overrides = cycle_overrides_ms or {}
        self.messages: dict[str, TxMessage] = {}
        self._signal_owner: dict[str, TxMessage] = {}
        self._lock = threading.Lock()
        for name in message_names:
            msg = vdb.message(name)
            if needs_fd(msg) and not fd:
                raise TxValueError(f"{name}: a CAN FD message needs [vehicle] fd = true")
            arb = msg.frame_id
            if source_address is not None and msg.is_extended_frame:
                arb = (arb & ~0xFF) | source_address
            ms = overrides.get(name) or msg.cycle_time or int(DEFAULT_PERIOD_S * 1000)
            tm = TxMessage(msg, arb, ms / 1000.0)
            self.messages[name] = tm
            for sig in msg.signals:
                self._signal_owner[sig.name] = tm
        self._bus: can.BusABC | None = None
        #: called with each frame whose content changed (tests, status view)
        self.on_change: list[Callable[[can.Message], None]] = []

    # --- values -------------------------------------------------------------------------
    def signals(self) -> list[str]:
        return list(self._signal_owner)

    def set_signal(self, name: str, value: float | None) -> None:
        """Set one physical value (``None``: not available); raises ``TxValueError``."""
        self.set_signals({name: value})

    def set_signals(self, values: Mapping[str, float | None]) -> None:
        """Set several values atomically: all are checked before any frame changes."""
        per_message: dict[str, dict[str, int]] = {}
        for name, value in values.items():
            tm = self._signal_owner.get(name)
            if tm is None:
                raise TxValueError(f"{name}: not a signal of the agent's TX messages")
            sig = tm.message.get_signal_by_name(name)
            raw = not_available_raw(sig) if value is None else _physical_to_raw(sig, value)
            per_message.setdefault(tm.name, {})[name] = raw
        for msg_name, raw_values in per_message.items():
            tm = self.messages[msg_name]
            with self._lock:
                changed = tm.update(raw_values)
                if changed and tm.task is not None:
                    modify = getattr(tm.task, "modify_data", None)
                    if modify is not None:
                        modify(tm.frame())
            if changed:
                frame = tm.frame()
                for cb in self.on_change:
                    cb(frame)

    def set_source_address(self, address: int) -> None:
        """Use ``address`` as the source of every 29-bit message (before ``attach``/``start``)."""
        with self._lock:
            for tm in self.messages.values():
                if tm.message.is_extended_frame:
                    tm.arbitration_id = (tm.arbitration_id & ~0xFF) | (address & 0xFF)

    def frame_for_pgn(self, pgn: int) -> can.Message | None:
        """The current frame of the message with this J1939 PGN (a request's answer)."""
        for tm in self.messages.values():
            if tm.message.is_extended_frame and parse_id(tm.arbitration_id).pgn == pgn:
                return tm.frame()
        return None

    def pgns(self) -> frozenset[int]:
        return frozenset(
            parse_id(tm.arbitration_id).pgn
            for tm in self.messages.values()
            if tm.message.is_extended_frame
        )

    def raw_value(self, name: str) -> int:
        tm = self._signal_owner[name]
        return tm.raw[name]

    def frames(self) -> list[can.Message]:
        return [tm.frame() for tm in self.messages.values()]

    # --- clock-driven schedule (sans-IO) ----------------------------------------------
    def start(self, now: float) -> None:
        for tm in self.messages.values():
            tm.next_due = now

    def due(self, now: float) -> list[can.Message]:
        """Frames whose cycle has come at ``now``; each advances by one period (no bursts)."""
        out = []
        for tm in self.messages.values():
            if tm.next_due is None:
                tm.next_due = now
            if now >= tm.next_due:
                out.append(tm.frame())
                tm.next_due += tm.period
                if tm.next_due <= now:  # fell behind (suspended clock): resync, no burst
                    tm.next_due = now + tm.period
        return out

    def next_deadline(self) -> float:
        return min(
            (tm.next_due for tm in self.messages.values() if tm.next_due is not None),
            default=math.inf,
        )

    async def run_on_clock(self, send: Callable[[can.Message], Any], clock: Clock) -> None:
        """Send due frames on the agent's clock until cancelled."""
        self.start(clock.now())
        while True:
            for frame in self.due(clock.now()):
                try:
                    send(frame)
                except (can.CanError, OSError) as exc:
                    log.debug("TX %x failed: %s", frame.arbitration_id, exc)
            wait = self.next_deadline() - clock.now()
            await clock.sleep(max(wait, 0.001))

    # --- python-can periodic tasks ------------------------------------------------------
    def attach(self, bus: can.BusABC) -> None:
        """Start one periodic task per message on ``bus`` (after each (re)open)."""
        self.detach()
        with self._lock:
            self._bus = bus
            for tm in self.messages.values():
                tm.task = bus.send_periodic(tm.frame(), tm.period, store_task=True)

    def detach(self) -> None:
        with self._lock:
            for tm in self.messages.values():
                if tm.task is not None:
                    try:
                        tm.task.stop()
                    except (can.CanError, OSError) as exc:
                        log.debug("stopping TX task %s: %s", tm.name, exc)
                    tm.task = None
            self._bus = None
