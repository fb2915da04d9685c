"""Helpers for the end-to-end tests: an awaitable event log and a CAN listener."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Callable
from typing import Any

import can

from evcc_agent.config import AgentConfig
from evcc_agent.demo import Demo, DemoOptions
from evcc_agent.vehicle.dbc import pgn_key

Event = dict[str, Any]
#: a safety cap only: every wait returns as soon as its event arrives
TIMEOUT_S = 30.0


class EventLog:
    """Collects the agent's and demo's events; ``wait_for`` returns once one matches."""

    def __init__(self) -> None:
        self.events: list[Event] = []
        self._changed = asyncio.Event()

    def __call__(self, event: Event) -> None:
        self.events.append(event)
        self._changed.set()

    def of(self, kind: str) -> list[Event]:
        return [e for e in self.events if e.get("event") == kind]

    async def wait_for(
        self, pred: Callable[[Event], bool], after: int = 0, timeout: float = TIMEOUT_S
    ) -> Event:
        """The first event from index ``after`` on for which ``pred`` holds."""

        async def scan() -> Event:
            i = after
            while True:
                while i < len(self.events):
                    if pred(self.events[i]):
                        return self.events[i]
                    i += 1
                self._changed.clear()
                await self._changed.wait()

        return await asyncio.wait_for(scan(), timeout)

    async def wait_kind(self, kind: str, after: int = 0, **fields: Any) -> Event:
        return await self.wait_for(
            lambda e: e.get("event") == kind and all(e.get(k) == v for k, v in fields.items()),
            after,
        )


def demo_config(**sections: Any) -> AgentConfig:
    """The embedded demo configuration on a CAN channel of its own (tests run in parallel)."""
    data: dict[str, Any] = {"vehicle": {"channel": f"e2e-{uuid.uuid4().hex[:10]}"}}
    for key, value in sections.items():
        data.setdefault(key, {}).update(value)
    return AgentConfig.model_validate(data)


def make_demo(
    log: Callable[[dict[str, Any]], None], time_scale: float = 120.0, **kwargs: Any
) -> Demo:
    cfg = kwargs.pop("cfg", None) or demo_config()
    kwargs.setdefault("drive_off_at_departure", False)  # the tests decide when the bus leaves
    return Demo(DemoOptions(time_scale=time_scale, cfg=cfg, **kwargs), log)


class CanListener:
    """A second endpoint on the virtual bus: collects and decodes the agent's frames."""

    def __init__(self, cfg: AgentConfig, vdb: Any) -> None:
        self.bus = can.Bus(interface="virtual", channel=cfg.vehicle.channel)
        self.vdb = vdb

    async def wait_signal(self, signal: str, pred: Callable[[float], bool]) -> float:
        """Read frames until one carries ``signal`` with a value for which ``pred`` holds."""
        message = self.vdb.signal_message[signal]
        loop = asyncio.get_running_loop()

        async def read() -> float:
            while True:
                msg = await loop.run_in_executor(None, self.bus.recv, 0.1)
                if msg is None or pgn_key(msg.arbitration_id) != pgn_key(message.frame_id):
                    continue
                value = message.decode(bytes(msg.data), decode_choices=False)[signal]
                if pred(float(value)):
                    return float(value)

        return await asyncio.wait_for(read(), TIMEOUT_S)

    def close(self) -> None:
        self.bus.shutdown()
