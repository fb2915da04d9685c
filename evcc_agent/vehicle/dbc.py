"""DBC loading (cantools) and the receive-side decoder that feeds the ``SignalStore``.

Decoding is compiled once per message: for the usual J1939 layout (little-endian, integer,
not multiplexed) a frame is one ``int.from_bytes`` plus a shift and mask per signal, several
times faster than ``cantools``' ``decode_message``. Other layouts fall back to cantools with
raw values. Either way the all-ones raw pattern is "not available", and a value outside the
DBC's ``[min|max]`` or not finite is invalid; both make the signal unavailable.

J1939: ``decode_message`` ignores cantools' ``frame_id_mask``, so we do our own lookup: an
exact id first, then (29-bit frames) the PGN with priority and source address masked. The
answer is cached per arbitration id, so an unknown id costs one dict lookup and a counter.
"""

from __future__ import annotations

import logging
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import cantools
from cantools.database import Database
from cantools.database.can import Message, Signal

from evcc_agent.vehicle.store import SignalSlot, SignalStore

log = logging.getLogger(__name__)

#: cache key flag that keeps 11-bit ids apart from 29-bit ids of the same number
_STD_FLAG = 1 << 30
_CACHE_LIMIT = 8192


class DbcError(Exception):
    """A DBC file could not be loaded; names the file and, where known, the line."""

    def __init__(self, path: str, line: int | None, reason: str) -> None:
        self.path = path
        self.line = line
        self.reason = reason
        where = f"{path}:{line}" if line is not None else path
        super().__init__(f"{where}: {reason}")


def _line_of(text: str, needle: str) -> int | None:
    for no, line in enumerate(text.splitlines(), 1):
        if needle in line:
            return no
    return None


def load_dbc(path: str | Path) -> Database:
    """Load one DBC file strictly; every failure becomes a ``DbcError`` naming file and line."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        raise DbcError(str(path), None, exc.strerror or str(exc)) from None
    try:
        db = cantools.database.load_string(text, database_format="dbc", strict=True)
    except Exception as exc:  # cantools raises several unrelated types on bad input
        cause = getattr(exc, "e_dbc", None) or exc
        line = getattr(cause, "line", None)
        msg = str(cause)
        if line is None:
            m = re.search(r"line (\d+)", msg)
            if m:
                line = int(m.group(1))
            else:  # semantic errors name a signal or message: point at its definition
                for ident in re.findall(r"\w+", msg):
                    line = _line_of(text, f"SG_ {ident} ") or _line_of(text, f" {ident}:")
                    if line is not None:
                        break
        raise DbcError(str(path), line, msg.strip('"') or type(exc).__name__) from None
    assert isinstance(db, Database)
    return db


@dataclass
class VehicleDatabase:
    """All loaded DBC files, with unique signal and message names across them."""

    messages: list[Message] = field(default_factory=list)
    sources: dict[str, str] = field(default_factory=dict)  # message name -> DBC path
    by_name: dict[str, Message] = field(default_factory=dict)
    signal_message: dict[str, Message] = field(default_factory=dict)  # signal name -> message

    def message(self, name: str) -> Message:
        try:
            return self.by_name[name]
        except KeyError:
            raise KeyError(f"no DBC message named {name!r}") from None

    def signal(self, name: str) -> Signal:
        msg = self.signal_message.get(name)
        if msg is None:
            raise KeyError(f"no DBC signal named {name!r}")
        return msg.get_signal_by_name(name)

    def has_signal(self, name: str) -> bool:
        return name in self.signal_message


def load_databases(paths: Sequence[str | Path]) -> VehicleDatabase:
    """Load several DBC files; a signal or message name defined twice is an error."""
    vdb = VehicleDatabase()
    for path in paths:
        for msg in load_dbc(path).messages:
            if msg.name in vdb.by_name:
                where = vdb.sources[msg.name]
                raise _clash(path, f" {msg.name}:", f"message {msg.name} also defined in {where}")
            for sig in msg.signals:
                if sig.name in vdb.signal_message:
                    other = vdb.signal_message[sig.name].name
                    raise _clash(
                        path,
                        f"SG_ {sig.name} ",
                        f"signal {sig.name} also defined in message {other}",
                    )
                vdb.signal_message[sig.name] = msg
            vdb.by_name[msg.name] = msg
            vdb.sources[msg.name] = str(path)
            vdb.messages.append(msg)
    return vdb


def _clash(path: str | Path, needle: str, why: str) -> DbcError:
    """A name defined twice: the error points at the line of ``needle`` in ``path``."""
    text = Path(path).read_text(encoding="utf-8", errors="replace")
    return DbcError(str(path), _line_of(text, needle), why)


def pgn_key(arbitration_id: int) -> int:
    """J1939 lookup key: the 18-bit PGN field (EDP, DP, PF, PS) without priority and source."""
    return (arbitration_id >> 8) & 0x3FFFF


def _bounds(sig: Signal) -> tuple[float, float]:
    lo = -math.inf if sig.minimum is None else float(sig.minimum)
    hi = math.inf if sig.maximum is None else float(sig.maximum)
    return lo, hi


class CompiledMessage:
    """Decodes one DBC message's frames straight into store slots."""

    __slots__ = ("_fields", "_slow", "length", "message", "name", "received", "slots")

    def __init__(self, message: Message, slots: dict[str, SignalSlot]) -> None:
        self.message = message
        self.name = message.name
        self.length = message.length
        self.received = 0
        self.slots = slots
        fast = not message.is_multiplexed() and all(
            s.byte_order == "little_endian" and not s.is_float for s in message.signals
        )
        # (shift, mask, sign_bit, scale, offset, lo, hi, slot)
        self._fields: list[tuple[int, int, int, float, float, float, float, SignalSlot]] = []
        self._slow: list[tuple[Signal, SignalSlot]] = []
        for sig in message.signals:
            slot = slots[sig.name]
            lo, hi = _bounds(sig)
            if fast:
                mask = (1 << sig.length) - 1
                sign_bit = 1 << (sig.length - 1) if sig.is_signed else 0
                self._fields.append(
                    (sig.start, mask, sign_bit, float(sig.scale), float(sig.offset), lo, hi, slot)
                )
            else:
                self._slow.append((sig, slot))

    def decode_into(self, data: bytes | bytearray, now: float) -> None:
        self.received += 1
        if self._fields:
            v = int.from_bytes(data[: self.length], "little")
            for shift, mask, sign_bit, scale, offset, lo, hi, slot in self._fields:
                raw = (v >> shift) & mask
                if raw == mask:  # all ones: not available
                    slot.set_unavailable(now)
                    continue
                if sign_bit and raw & sign_bit:
                    raw -= mask + 1
                phys = raw * scale + offset
                if lo <= phys <= hi:  # ``slot.set`` inlined: the hot path of every frame
                    slot.value = phys
                    slot.timestamp = now
                    slot.update_count += 1
                else:
                    slot.set_invalid(now)
        if self._slow:
            self._decode_slow(bytes(data[: self.length]), now)

    def _decode_slow(self, data: bytes, now: float) -> None:
        try:
            raw_values: Any = self.message.decode(data, decode_choices=False, scaling=False)
        except Exception as exc:  # cantools: bad multiplexer id, struct errors
            log.debug("%s: undecodable frame %s (%s)", self.name, data.hex(), exc)
            for _, slot in self._slow:
                slot.set_invalid(now)
            return
        for sig, slot in self._slow:
            if sig.name not in raw_values:
                continue  # another multiplexer branch
            raw = raw_values[sig.name]
            if not sig.is_float and (raw == (1 << sig.length) - 1 or (sig.is_signed and raw == -1)):
                slot.set_unavailable(now)
                continue
            phys = float(raw) * float(sig.scale) + float(sig.offset)
            lo, hi = _bounds(sig)
            if math.isfinite(phys) and lo <= phys <= hi:
                slot.set(phys, now)
            else:
                slot.set_invalid(now)


class FrameDecoder:
    """Arbitration id -> compiled message -> store; counts what it could not use."""

    def __init__(
        self,
        vdb: VehicleDatabase,
        store: SignalStore,
        *,
        ignore_source_address: bool = True,
        skip_messages: Iterable[str] = (),
    ) -> None:
        self.store = store
        self.ignore_source_address = ignore_source_address
        skip = set(skip_messages)
        self._exact: dict[int, CompiledMessage] = {}
        self._by_pgn: dict[int, CompiledMessage] = {}
        self.compiled: dict[str, CompiledMessage] = {}
        for msg in vdb.messages:
            if msg.name in skip:
                continue
            slots = {s.name: store.declare(s.name, message=msg.name) for s in msg.signals}
            for s in msg.signals:
                slots[s.name].unit = s.unit or ""
            cm = CompiledMessage(msg, slots)
            self.compiled[msg.name] = cm
            key = msg.frame_id if msg.is_extended_frame else msg.frame_id | _STD_FLAG
            self._exact[key] = cm
            if msg.is_extended_frame:
                self._by_pgn.setdefault(pgn_key(msg.frame_id), cm)
        self._cache: dict[int, CompiledMessage | None] = {}
        self.handled = 0
        self.unknown = 0
        self.bad_length = 0
        self._bad_length_logged: set[str] = set()

    def _resolve(self, key: int, extended: bool) -> CompiledMessage | None:
        cm = self._exact.get(key)
        if cm is None and extended and self.ignore_source_address:
            cm = self._by_pgn.get(pgn_key(key))
        if len(self._cache) >= _CACHE_LIMIT:
            self._cache.clear()  # a storm of random ids must not grow memory
        self._cache[key] = cm
        return cm

    def feed(
        self, arbitration_id: int, extended: bool, data: bytes | bytearray, now: float
    ) -> bool:
        """Decode one frame into the store; ``False`` for unknown ids and bad lengths."""
        key = arbitration_id if extended else arbitration_id | _STD_FLAG
        try:
            cm = self._cache[key]
        except KeyError:
            cm = self._resolve(key, extended)
        if cm is None:
            self.unknown += 1
            return False
        if len(data) < cm.length:
            self.bad_length += 1
            if cm.name not in self._bad_length_logged:
                self._bad_length_logged.add(cm.name)
                log.warning(
                    "%s: frame of %d bytes, DBC says %d: dropped (logged once)",
                    cm.name,
                    len(data),
                    cm.length,
                )
            return False
        cm.decode_into(data, now)
        self.handled += 1
        return True

    def counters(self) -> dict[str, int]:
        return {"handled": self.handled, "unknown": self.unknown, "bad_length": self.bad_length}


def build_store(
    vdb: VehicleDatabase,
    *,
    default_stale_after: float = 3.0,
    overrides: dict[str, float] | None = None,
) -> SignalStore:
    """A store declaring every DBC signal, with per-signal or per-message staleness."""
    store = SignalStore(default_stale_after)
    overrides = overrides or {}
    for msg in vdb.messages:
        for sig in msg.signals:
            timeout = overrides.get(sig.name, overrides.get(msg.name))
            store.declare(sig.name, stale_after=timeout, message=msg.name, unit=sig.unit or "")
    return store


def unknown_override_names(vdb: VehicleDatabase, names: Iterable[str]) -> list[str]:
    """Names in a staleness/cycle override table that are neither a signal nor a message."""
    return [n for n in names if n not in vdb.signal_message and n not in vdb.by_name]
