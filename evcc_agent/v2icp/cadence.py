"""The V2ICP reconnect cadence, shared by the session (backend lost) and the path gate (path
not ready): the next attempt ``reconnect_schedule_s`` after the first loss, then every
``reconnect_every_s``; a moment already past is skipped."""

from __future__ import annotations

from collections.abc import Sequence


class ReconnectCadence:
    def __init__(self, schedule_s: Sequence[float], every_s: float) -> None:
        self.schedule_s = schedule_s
        self.every_s = every_s
        #: when the first loss since the last success happened (None: nothing lost)
        self.lost_at: float | None = None
        self._index = 0

    def reset(self) -> None:
        """Success (or a new start): the next loss counts from its own moment again."""
        self.lost_at = None
        self._index = 0

    def next_after(self, now: float) -> float:
        """The moment of the next attempt after a loss at ``now``."""
        if self.lost_at is None:
            self.lost_at = now
            self._index = 0
        while self._moment(self._index) <= now:
            self._index += 1
        at = self._moment(self._index)
        self._index += 1
        return at

    def _moment(self, index: int) -> float:
        assert self.lost_at is not None
        sched = self.schedule_s
        if index < len(sched):
            return self.lost_at + sched[index]
        last = sched[-1] if sched else 0.0
        return self.lost_at + last + (index - len(sched) + 1) * self.every_s
