"""Injected time.

Protocol cores never read the clock: drivers pass ``now`` in. Drivers get a ``Clock`` so that
tests can use ``FakeClock`` and the demo a ``ScaledClock`` (``--time-scale 60`` turns the
5-minute V2ICP reconnect into 5 wall-clock seconds).
"""

from __future__ import annotations

import asyncio
import time
from typing import Protocol, TypeVar

T = TypeVar("T")


class Clock(Protocol):
    """Monotonic seconds plus a way to wait for a moment on that time base."""

    def now(self) -> float: ...

    async def sleep(self, seconds: float) -> None: ...


class MonotonicClock:
    """Wall time, for production."""

    def now(self) -> float:
        return time.monotonic()

    async def sleep(self, seconds: float) -> None:
        await asyncio.sleep(max(0.0, seconds))


class ScaledClock:
    """``scale`` simulated seconds pass per wall-clock second."""

    def __init__(self, scale: float = 1.0) -> None:
        if scale <= 0:
            raise ValueError("time scale must be > 0")
        self.scale = scale
        self._t0 = time.monotonic()

    def now(self) -> float:
        return (time.monotonic() - self._t0) * self.scale

    async def sleep(self, seconds: float) -> None:
        await asyncio.sleep(max(0.0, seconds) / self.scale)


class FakeClock:
    """Manually advanced time for tests; ``sleep`` returns once ``advance`` has passed its deadline."""

    def __init__(self, start: float = 0.0) -> None:
        self._now = start
        self._waiters: list[tuple[float, asyncio.Future[None]]] = []

    def now(self) -> float:
        return self._now

    async def sleep(self, seconds: float) -> None:
        if seconds <= 0:
            await asyncio.sleep(0)
            return
        fut: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._waiters.append((self._now + seconds, fut))
        await fut

    def advance(self, seconds: float) -> None:
        """Move time forward and wake every sleeper whose deadline has come."""
        self._now += seconds
        due = [(t, f) for t, f in self._waiters if t <= self._now]
        self._waiters = [(t, f) for t, f in self._waiters if t > self._now]
        for _, fut in sorted(due, key=lambda tf: tf[0]):
            if not fut.done():
                fut.set_result(None)


async def next_item(queue: asyncio.Queue[T], clock: Clock, deadline: float | None) -> T | None:
    """The next item of ``queue``, or None once ``deadline`` (``clock`` time) has come; with no
    deadline, wait for an item however long it takes. What drivers wait on between a core's
    actions: its inbox or its ``next_deadline()``, whichever comes first."""
    if not queue.empty() or deadline is None:
        return await queue.get()
    getter = asyncio.ensure_future(queue.get())
    sleeper = asyncio.ensure_future(clock.sleep(deadline - clock.now()))
    try:
        await asyncio.wait({getter, sleeper}, return_when=asyncio.FIRST_COMPLETED)
    finally:
        sleeper.cancel()
        if not getter.done():
            getter.cancel()
    return getter.result() if getter.done() and not getter.cancelled() else None
