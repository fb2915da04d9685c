"""Rate-limited log lines: one line per kind per interval, then a count of what was held back.

For input an attacker or a broken peer controls (malformed SDP answers, frames): a flood must
not fill the journal. ``now`` comes from the caller (sans-IO cores pass theirs)::

    limited = RateLimitedLog(log, interval_s=10.0)
    limited.warning("malformed", now, "SDP: ignoring malformed response: %s", exc)
    # → "SDP: ignoring malformed response: bad magic" once, then at most once per 10 s:
    #   "SDP: ignoring malformed response: bad magic (1234 more since the last line)"
"""

from __future__ import annotations

import logging
from typing import Any

DEFAULT_INTERVAL_S = 10.0


class RateLimitedLog:
    def __init__(self, logger: logging.Logger, interval_s: float = DEFAULT_INTERVAL_S) -> None:
        self.logger = logger
        self.interval_s = interval_s
        #: kind → (time of the last line, lines held back since)
        self._kinds: dict[str, tuple[float, int]] = {}

    def log(self, level: int, kind: str, now: float, msg: str, *args: Any) -> bool:
        """Log unless ``kind`` logged less than ``interval_s`` ago; True when it did."""
        last = self._kinds.get(kind)
        if last is not None and now - last[0] < self.interval_s:
            self._kinds[kind] = (last[0], last[1] + 1)
            return False
        held = last[1] if last is not None else 0
        if held:
            msg = f"{msg} ({held} more since the last line)"
        self._kinds[kind] = (now, 0)
        self.logger.log(level, msg, *args)
        return True

    def warning(self, kind: str, now: float, msg: str, *args: Any) -> bool:
        return self.log(logging.WARNING, kind, now, msg, *args)

    def held_back(self, kind: str) -> int:
        """Lines of ``kind`` suppressed since its last line."""
        return self._kinds.get(kind, (0.0, 0))[1]
