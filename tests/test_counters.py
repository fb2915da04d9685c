"""The named counters the cores and simulators share."""

from __future__ import annotations

import pytest

from evcc_agent.counters import Counters


def test_every_declared_counter_starts_at_zero_in_declaration_order():
    c = Counters("sent lost\n retried")
    assert dict(c) == {"sent": 0, "lost": 0, "retried": 0}
    assert list(c) == ["sent", "lost", "retried"] and len(c) == 3


def test_add_counts_and_the_view_follows():
    c = Counters("sent lost")
    c.add("sent")
    c.add("sent", 3)
    assert c["sent"] == 4 and c["lost"] == 0
    assert {**c} == {"sent": 4, "lost": 0}


def test_a_name_not_declared_is_an_error_not_a_silent_count():
    c = Counters("sent")
    with pytest.raises(KeyError, match="sant"):
        c.add("sant")
    with pytest.raises(KeyError):
        c["sant"]
    assert dict(c) == {"sent": 0}
