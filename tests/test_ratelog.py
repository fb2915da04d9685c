"""The rate-limited log helper: one line per kind per interval, with the count held back."""

from __future__ import annotations

import logging

from evcc_agent.ratelog import RateLimitedLog


def test_one_line_per_kind_per_interval_with_a_count(caplog):
    caplog.set_level(logging.WARNING)
    limited = RateLimitedLog(logging.getLogger("t"), interval_s=10.0)
    assert limited.warning("a", 0.0, "bad %s", 1)
    assert not any(limited.warning("a", t / 100, "bad %s", 2) for t in range(1, 500))
    assert limited.warning("b", 1.0, "other")  # another kind is not held back
    assert limited.held_back("a") == 499
    assert limited.warning("a", 10.0, "bad %s", 3)
    lines = [r.getMessage() for r in caplog.records]
    assert lines == ["bad 1", "other", "bad 3 (499 more since the last line)"]
