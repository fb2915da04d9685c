"""What the tests on python-can's virtual bus share: a fresh channel name per test and a wait
for the bus thread's work."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Callable


def channel(prefix: str = "evcc-test") -> str:
    """A virtual channel no other test uses."""
    return f"{prefix}-{uuid.uuid4().hex[:8]}"


async def wait_for(cond: Callable[[], object], timeout: float = 5.0) -> None:
    """Wait for another thread's work (not a timing assertion)."""
    loop = asyncio.get_running_loop()
    end = loop.time() + timeout
    while not cond():
        if loop.time() > end:
            raise AssertionError("condition not reached")
        await asyncio.sleep(0.005)
