"""The ``SignalStore``: the latest value of every CAN signal, with its age and validity.

The CAN receive thread writes, asyncio tasks read; every slot field is a single attribute
assignment, so readers never see a torn value. A value is *available* only when it was
received, was not the all-ones "not available" pattern, was finite and inside the DBC range,
and is younger than the signal's staleness timeout. Anything else reads as ``None``: callers
turn that into the VDV 261 SNA value, never into a guess.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field


class UnknownSignalError(KeyError):
    """A signal name that no loaded DBC declares."""


@dataclass(slots=True, eq=False)
class SignalSlot:
    """One signal's latest state; the decoder holds direct references for speed."""

    name: str
    stale_after: float
    message: str = ""
    unit: str = ""
    #: physical value, ``None`` while not available (never received, SNA, NaN, out of range)
    value: float | None = field(default=None, init=False)
    #: clock time of the last frame that carried this signal (valid or not)
    timestamp: float | None = field(default=None, init=False)
    update_count: int = field(default=0, init=False)
    invalid_count: int = field(default=0, init=False)

    def set(self, value: float, now: float) -> None:
        self.value = value
        self.timestamp = now
        self.update_count += 1

    def set_unavailable(self, now: float) -> None:
        self.value = None
        self.timestamp = now
        self.update_count += 1

    def set_invalid(self, now: float) -> None:
        """Out of range or not finite: counted separately from the legal SNA pattern."""
        self.value = None
        self.timestamp = now
        self.update_count += 1
        self.invalid_count += 1

    def read(self, now: float) -> float | None:
        value, ts = self.value, self.timestamp
        if value is None or ts is None or now - ts > self.stale_after:
            return None
        return value


@dataclass(frozen=True)
class SignalSample:
    name: str
    value: float | None  # None = not available (see ``reason``)
    timestamp: float | None
    reason: str  # "ok", "never_received", "not_available", "stale"

    @property
    def available(self) -> bool:
        return self.value is not None


class SignalStore:
    """Latest value, timestamp and validity of each declared signal."""

    def __init__(self, default_stale_after: float = 3.0) -> None:
        if not default_stale_after > 0:
            raise ValueError("default_stale_after must be > 0")
        self.default_stale_after = default_stale_after
        self._slots: dict[str, SignalSlot] = {}

    def declare(
        self,
        name: str,
        *,
        stale_after: float | None = None,
        message: str = "",
        unit: str = "",
    ) -> SignalSlot:
        """Add a signal (idempotent); returns its slot for direct writes by the decoder."""
        slot = self._slots.get(name)
        if slot is None:
            slot = SignalSlot(name, stale_after or self.default_stale_after, message, unit)
            self._slots[name] = slot
        elif stale_after is not None:
            slot.stale_after = stale_after
        return slot

    def slot(self, name: str) -> SignalSlot:
        try:
            return self._slots[name]
        except KeyError:
            raise UnknownSignalError(name) from None

    def __contains__(self, name: object) -> bool:
        return name in self._slots

    def __iter__(self) -> Iterator[str]:
        return iter(self._slots)

    def __len__(self) -> int:
        return len(self._slots)

    def names(self) -> list[str]:
        return list(self._slots)

    def update(self, name: str, value: float | None, now: float) -> None:
        """Write one value; ``None``, NaN and infinities make the signal not available."""
        slot = self.slot(name)
        if value is None:
            slot.set_unavailable(now)
        elif (
            isinstance(value, bool)
            or not isinstance(value, int | float)
            or not math.isfinite(value)
        ):
            slot.set_invalid(now)
        else:
            slot.set(float(value), now)

    def update_many(self, values: dict[str, float | None], now: float) -> None:
        for name, value in values.items():
            self.update(name, value, now)

    def get(self, name: str, now: float) -> float | None:
        """The value if available and fresh at ``now``, else ``None``."""
        return self.slot(name).read(now)

    def available(self, name: str, now: float) -> bool:
        return self.slot(name).read(now) is not None

    def sample(self, name: str, now: float) -> SignalSample:
        slot = self.slot(name)
        value, ts = slot.value, slot.timestamp
        if ts is None:
            return SignalSample(name, None, None, "never_received")
        if now - ts > slot.stale_after:
            return SignalSample(name, None, ts, "stale")
        if value is None:
            return SignalSample(name, None, ts, "not_available")
        return SignalSample(name, value, ts, "ok")

    def snapshot(self, now: float, names: Iterable[str] | None = None) -> dict[str, float | None]:
        """Available values at ``now`` (``None`` where not available)."""
        wanted = self._slots if names is None else names
        return {n: self.slot(n).read(now) for n in wanted}
