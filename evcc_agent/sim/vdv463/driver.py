"""The asyncio loop both ends of a VDV 463 connection share (the CMS's ``server`` and the
upstream's ``depot``): a reader turns WebSocket messages into events, the loop feeds them (and
a ``Tick`` at the core's ``next_deadline()``) to the core and hands its actions to the end's
own executor. Only the executors differ: what each end does with its actions."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Awaitable, Callable, Sequence
from typing import Any, Protocol

from websockets.exceptions import ConnectionClosed

from evcc_agent.clock import Clock
from evcc_agent.sansio import Event, LinkLost, Tick
from evcc_agent.sim.vdv463.session import TextReceived

#: (direction "rx"/"tx", frame text)
FrameCallback = Callable[[str, str], None]


class _Core(Protocol):
    def handle(self, event: Any, now: float) -> Sequence[Any]: ...

    def next_deadline(self) -> float | None: ...


async def read(ws: Any, inbox: asyncio.Queue[Any], binary: Callable[[bytes], Event | None]) -> None:
    """Text frames become ``TextReceived``, binary ones what ``binary`` makes of them (None:
    nothing); the end of the connection is a ``LinkLost``."""
    try:
        async for msg in ws:
            if isinstance(msg, str):
                inbox.put_nowait(TextReceived(msg))
            elif (event := binary(msg)) is not None:
                inbox.put_nowait(event)
    except ConnectionClosed:
        pass
    inbox.put_nowait(LinkLost(f"closed ({ws.close_code})"))


async def drive(
    ws: Any,
    core: _Core,
    first: Event,
    clock: Clock,
    execute: Callable[[Sequence[Any]], Awaitable[bool]],
    *,
    inbox: asyncio.Queue[Any] | None = None,
    binary: Callable[[bytes], Event | None] = lambda _: None,
    on_frame: FrameCallback | None = None,
) -> None:
    """Run one connection: ``first``, then every event of ``ws`` (and ``inbox``, where other
    events are posted too), until ``execute`` says False or the connection is gone."""
    queue: asyncio.Queue[Any] = inbox if inbox is not None else asyncio.Queue()
    reader = asyncio.create_task(read(ws, queue, binary))
    getter: asyncio.Task[Any] | None = None
    event: Event = first
    try:
        while True:
            if isinstance(event, TextReceived) and on_frame:
                on_frame("rx", event.text)
            if not await execute(core.handle(event, clock.now())):
                return
            if isinstance(event, LinkLost):
                return
            if getter is None:
                getter = asyncio.create_task(queue.get())
            deadline = core.next_deadline()
            waits: set[asyncio.Future[Any]] = {getter}
            sleeper = None
            if deadline is not None:
                sleeper = asyncio.ensure_future(clock.sleep(deadline - clock.now()))
                waits.add(sleeper)
            done, _ = await asyncio.wait(waits, return_when=asyncio.FIRST_COMPLETED)
            if sleeper is not None:
                sleeper.cancel()
            if getter in done:
                event, getter = getter.result(), None
            else:
                event = Tick()
    finally:
        if getter is not None:
            getter.cancel()
        reader.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await reader
